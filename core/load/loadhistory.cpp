#include "loadhistory.h"

#include "loadjournal.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace dia::load {

QString defaultJournalDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/journals");
}

std::optional<PreviousLoad> findPreviousLoad(const LoadPlan& plan, const QString& journalDirectory)
{
    const QFileInfo source(plan.sourcePath);
    if (!source.exists() || plan.database.isEmpty() || plan.table.isEmpty())
        return std::nullopt;
    const QString sourcePath = source.absoluteFilePath();
    const QDateTime sourceModified = source.lastModified();
    const QDir dir(journalDirectory);
    // Newest first: the first match is the answer.
    const QFileInfoList journals = dir.entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Time);
    for (const QFileInfo& file : journals) {
        const Result<LoadJournal> journal = LoadJournal::load(file.filePath());
        if (!journal.ok() || !journal->finished)
            continue;
        if (QFileInfo(journal->sourcePath).absoluteFilePath() != sourcePath || journal->database != plan.database
            || journal->table != plan.table)
            continue;
        // A file rewritten since that load started (next month's export under the same name) is another file.
        const QDateTime started = QDateTime::fromString(journal->created, Qt::ISODate);
        if (started.isValid() && sourceModified.toSecsSinceEpoch() > started.toSecsSinceEpoch())
            continue;
        PreviousLoad previous;
        previous.journalPath = file.filePath();
        previous.database = journal->database;
        previous.table = journal->table;
        previous.finished = file.lastModified();
        for (const ChunkReport& chunk : journal->chunks) {
            if (chunk.status != ChunkStatus::Committed)
                continue;
            previous.rowsLoaded += std::max<qint64>(0, chunk.loaded);
            previous.rowsFiltered += std::max<qint64>(0, chunk.filtered);
        }
        return previous;
    }
    return std::nullopt;
}

std::optional<PreviousLoad> findPreviousLoad(const LoadPlan& plan)
{
    return findPreviousLoad(
        plan, plan.journalPath.isEmpty() ? defaultJournalDirectory() : QFileInfo(plan.journalPath).absolutePath());
}

} // namespace dia::load
