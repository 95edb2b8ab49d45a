#pragma once

#include "common/result.h"
#include "loadreport.h"

#include <QList>
#include <QString>

namespace dia::load {

/// The resume record of one job: plan fingerprint, job id and the chunk table. Never holds a password.
/// Written atomically (QSaveFile: write, fsync, rename) on every chunk state change, so after a crash,
/// kill -9 or power loss it shows the last state that was reached.
struct LoadJournal
{
    static constexpr int kVersion = 1;

    QString fingerprint;
    QString jobId;
    QString sourcePath;
    QString database;
    QString table;
    bool atomic = false;
    bool finished = false; ///< every chunk committed (or the atomic job committed)
    QString created; ///< ISO time
    QList<ChunkReport> chunks; ///< by index

    /// The entry for `index`, or nullptr.
    const ChunkReport* chunk(int index) const;
    ChunkReport& upsert(int index);

    Status save(const QString& path) const;
    /// Errors: `journal_missing`, `journal_unreadable`, `journal_corrupt`.
    static Result<LoadJournal> load(const QString& path);
};

} // namespace dia::load
