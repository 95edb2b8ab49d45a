#pragma once

// CONTRACT between the file sources (core/source) and the load engine (core/load).
// Implemented in core/source; consumed by core/load. Change only together.

#include "common/result.h"
#include "fieldrules.h"
#include "readeroptions.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QPair>
#include <QStringList>

#include <memory>
#include <optional>

namespace dia::source {

/// How a chunk body is written, i.e. the Stream Load headers that make Doris parse it as our reader did.
struct BodyFormat
{
    QByteArray columnSeparator = ","; ///< raw bytes, possibly several
    QByteArray lineDelimiter = "\n"; ///< raw bytes
    char enclose = '\0'; ///< '\0': none
    char escape = '\0'; ///< '\0': none
    bool trimDoubleQuotes = false;

    /// The Stream Load headers for this format (column_separator/line_delimiter hex-encoded as \xHH when not
    /// printable, enclose, escape, trim_double_quotes), in a stable order.
    QList<QPair<QByteArray, QByteArray>> streamLoadHeaders() const;
};

/// Where one chunk comes from and what it holds. Deterministic for a given file, options and limits,
/// so a resumed job cuts exactly the same chunks.
struct ChunkInfo
{
    int index = 0; ///< 0-based
    qint64 firstRow = 0; ///< 0-based index of its first data row among all data rows of the file
    qint64 rowCount = 0; ///< data rows (records) in the chunk
    qint64 firstLine = 0; ///< 1-based physical line in the original file where its first record starts
    qint64 sourceBegin = 0; ///< byte range in the original file (CSV); for XLSX: row range start
    qint64 sourceEnd = 0;
    qint64 bodySize = 0; ///< bytes of the body as it will be sent; -1: known only once sent (rewritten as it streams)
    bool passthrough = false; ///< body is a byte range of the original file, not a rewritten copy
    /// A passthrough body without any quoted field: Doris needs no enclose/escape/trim_double_quotes for it
    /// (its plain line reader is the faster one).
    bool plainFields = false;

    /// Bytes this chunk stands for, for progress: the body size, or the source range when that is unknown.
    qint64 progressBytes() const { return bodySize >= 0 ? bodySize : sourceEnd - sourceBegin; }
};

/// A chunk's body, re-openable from the start any number of times (retries, redirects).
class ChunkBody
{
public:
    virtual ~ChunkBody() = default;
    /// A new sequential device positioned at the first byte, owning its own file handle; readable
    /// from a worker thread. Never holds the whole body in memory.
    virtual std::unique_ptr<QIODevice> open() const = 0;
    /// Physical line numbers (1-based, original file) of each record in the chunk, in order; read lazily
    /// when filtered rows have to be mapped back. `rawRecords` are the records exactly as in the body.
    virtual Result<QList<QPair<qint64, QByteArray>>> records() const = 0;
};

struct Chunk
{
    ChunkInfo info;
    std::shared_ptr<const ChunkBody> body;
};

struct ChunkLimits
{
    qint64 maxBytes = 100LL * 1024 * 1024;
    qint64 maxRows = 1'000'000;
};

/// Cuts a CSV/XLSX file into chunks that end on record boundaries (never inside a quoted field), with the
/// header and skipped lines removed, transcoded to UTF-8 when needed, with the load's FieldRules applied.
/// Produces chunks one at a time so a bounded number are in flight. UTF-8 CSV bodies are byte ranges of the
/// file, sent as they are or rewritten as they stream; rows from other readers are spooled to files under
/// `spoolDir` and deleted with their ChunkBody.
class ChunkSource
{
public:
    virtual ~ChunkSource() = default;
    virtual BodyFormat bodyFormat() const = 0;
    /// File column names in order (the header, or c1..cn without a header).
    virtual QStringList columnNames() const = 0;
    /// The next chunk, std::nullopt at the end, or an error (unreadable, decoding failure, ...).
    virtual Result<std::optional<Chunk>> next() = 0;
    /// Fraction of the source consumed so far, 0..1.
    virtual double progress() const = 0;
};

Result<std::unique_ptr<ChunkSource>> openChunkSource(const QString& path, const ReaderOptions& options,
    const ChunkLimits& limits, const QString& spoolDir, const FieldRules& rules = {});

} // namespace dia::source
