#pragma once

#include "bodycompression.h"
#include "common/result.h"
#include "source/chunksource.h"
#include "source/fieldrules.h"
#include "source/readeroptions.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace dia::load {

/// Everything one load needs, as plain values (copyable across threads). No password: that is in
/// doris::ConnectionSettings, which is never written anywhere.
struct LoadPlan
{
    QString sourcePath;
    source::ReaderOptions readerOptions;
    QString database;
    QString table;
    /// File columns in order, sent as the `columns` header (backquoted); empty: positional mapping.
    QStringList columns;
    /// A ready `columns` header value (e.g. schema::ColumnMapping::columnsHeader); wins over `columns`.
    QString columnsHeader;
    source::ChunkLimits chunkLimits;
    /// Parallel Stream Loads; <= 0: 1. Use defaultParallelism() with the alive BE count.
    int parallelism = 1;
    double maxFilterRatio = 0.0;
    bool strictMode = false;
    /// Empty fields load as '' into nullable text columns (`--empty-as-string`); by default every empty field
    /// of a nullable column loads as NULL.
    bool emptyAsString = false;
    /// What happens to each file column's fields in the chunk bodies (empty fields as NULL, value conversions);
    /// see makeFieldRules(). Part of the job identity.
    source::FieldRules fieldRules;
    QString timezone; ///< empty: the cluster's
    QString labelPrefix = QStringLiteral("dia"); ///< [-_A-Za-z0-9:], at most 64 characters
    /// All chunks with two-phase commit; committed only when every chunk is prepared, aborted otherwise.
    bool atomic = false;
    /// Journal for resume; empty: no journal (the job cannot be resumed).
    QString journalPath;
    /// Continue the job recorded in journalPath (its plan fingerprint must match).
    bool resume = false;
    /// More Stream Load headers (e.g. "where", "timeout"), sent with every chunk.
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
    /// How chunk bodies travel (`--compress`): Auto measures the first chunk and compresses the rest only
    /// when the link, not the CPU, is the limit. Not part of the fingerprint: a resumed job may change it.
    Compression compression = Compression::None;
    /// Where rewritten chunk bodies are spooled; empty: the system temp dir.
    QString spoolDir;

    int maxAttempts = 8; ///< per chunk, including the first
    int retryBaseDelayMs = 1000; ///< back-off: base * 2^(attempt-1), capped
    int retryMaxDelayMs = 60'000;

    /// Identifies the job as hex SHA-256: the file (size, mtime, SHA-256 of its first MiB), the table, the column
    /// mapping and what decides the chunks, their labels and their bytes (reader options, limits, label prefix,
    /// atomic, value handling, extra headers). Connection settings (FE, BE, user, TLS), the filter ratio and strict
    /// mode are not part of it: a resume may change them. Error `source_unreadable`.
    Result<QString> fingerprint() const;
};

/// The default parallelism: one stream per alive BE, at least 1, at most kMaxDefaultParallelism.
int defaultParallelism(int aliveBackends);
constexpr int kMaxDefaultParallelism = 4;

} // namespace dia::load
