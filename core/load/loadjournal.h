#pragma once

#include "common/result.h"
#include "loadreport.h"
#include "source/chunksource.h"
#include "source/readeroptions.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace dia::load {

/// The resume record of one job: plan fingerprint, job id and the chunk table. Never holds a password.
/// Written atomically (QSaveFile: write, fsync, rename) on every chunk state change, so after a crash,
/// kill -9 or power loss it shows the last state that was reached.
struct LoadJournal
{
    Q_DECLARE_TR_FUNCTIONS(dia::load::LoadJournal) // lupdate files member functions' texts under the class
public:
    static constexpr int kVersion = 1;

    QString fingerprint;
    QString jobId;
    QString sourcePath;
    QString database;
    QString table;
    bool atomic = false;
    bool finished = false; ///< every chunk committed (or the atomic job committed)
    QString created; ///< ISO time
    /// How the file was read and cut, so its chunks can be cut again (e.g. to map filtered rows to lines).
    source::ReaderOptions readerOptions;
    source::ChunkLimits chunkLimits;
    /// Per file column: empty fields were sent as NULL (so the chunks' records can be rebuilt as they were sent).
    QList<bool> emptyToNull;
    QList<ChunkReport> chunks; ///< by index

    /// The entry for `index`, or nullptr.
    const ChunkReport* chunk(int index) const;
    ChunkReport& upsert(int index);

    /// How far a save goes: `Durable` waits for the disk (QSaveFile, fsync); `Atomic` only replaces the file
    /// atomically, which survives a crash or kill -9 of this process but maybe not a power loss. Chunk
    /// progress is saved `Atomic`: losing it is harmless because the labels are deterministic, so a resumed
    /// load that sends a committed chunk again gets "Label Already Exists" and counts it as done.
    enum class Durability {
        Durable,
        Atomic,
    };
    Status save(const QString& path, Durability durability = Durability::Durable) const;
    QJsonObject readerToJson() const;
    void readerFromJson(const QJsonObject& object);
    /// Errors: `journal_missing`, `journal_unreadable`, `journal_corrupt`.
    static Result<LoadJournal> load(const QString& path);
};

} // namespace dia::load
