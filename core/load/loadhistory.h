#pragma once

#include "loadplan.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace dia::load {

/// A finished load of the same file into the same table, as its journal remembers it.
struct PreviousLoad
{
    QString journalPath;
    QString database;
    QString table;
    QDateTime finished; ///< when the journal was last written (its last chunk committed), local time
    qint64 rowsLoaded = 0; ///< rows Doris reported loaded (chunks committed in an earlier run without counts: 0)
    qint64 rowsFiltered = 0;
};

/// The folder journals go to when the caller gives none: "journals" in the application's data folder.
QString defaultJournalDirectory();

/// The newest finished load, recorded in a journal in `journalDirectory`, of the file `plan.sourcePath` (same
/// absolute path, not modified since that load started) into `plan.database`.`plan.table`. Connection settings,
/// chunking and load options play no part: loading the same file into the same table again duplicates its rows
/// whatever they are. Unreadable journals are skipped.
std::optional<PreviousLoad> findPreviousLoad(const LoadPlan& plan, const QString& journalDirectory);
/// The same, in the folder of `plan.journalPath` when it is set, else in defaultJournalDirectory().
std::optional<PreviousLoad> findPreviousLoad(const LoadPlan& plan);

} // namespace dia::load
