#include "csvtablereader.h"

#include "dialectsniffer.h"
#include "encodingdetector.h"
#include "transcoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstring>

namespace dia::source {

namespace {

constexpr qint64 kSampleBytes = 256 * 1024;

QString tr(const char* text)
{
    return QCoreApplication::translate("dia::source", text);
}

/// Control bytes (NUL included) in more than 2 % of the sample: an image, archive or database file. A few NUL
/// bytes in a text file are data (they get a `nul_byte` warning), as DuckDB and data.table read them.
bool looksBinary(const QByteArray& sample, const QString& encoding)
{
    if (encoding.startsWith(QLatin1String("UTF-16"), Qt::CaseInsensitive))
        return false;
    constexpr qint64 kFewControls = 4;
    qint64 controls = 0;
    for (char ch : sample) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x01 && c != 0x1e && c != 0x0c)
            ++controls;
    }
    return controls > kFewControls && controls * 50 > sample.size();
}

/// How a skipped line above the header is shown in the `skipped_lines` warning.
QString describeSkippedLine(const QByteArray& line)
{
    constexpr int kMaxShown = 60;
    const QString text = QString::fromUtf8(line).trimmed();
    if (text.isEmpty())
        return tr("a blank line");
    const QString shown = text.size() > kMaxShown ? text.left(kMaxShown) + QChar(0x2026) : text;
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

QString skippedLinesMessage(const QStringList& lines, bool header)
{
    constexpr int kMaxListed = 5;
    QStringList listed = lines.mid(0, kMaxListed);
    if (lines.size() > kMaxListed)
        listed.append(QString(QChar(0x2026)));
    const QString range = lines.size() == 1 ? tr("Line 1") : tr("Lines 1-%1").arg(lines.size());
    return (header ? tr("%1 above the header skipped: %2.") : tr("%1 above the data skipped: %2."))
        .arg(range, listed.join(QStringLiteral(", ")));
}

} // namespace

Result<std::unique_ptr<CsvTableReader>> CsvTableReader::open(const QString& path, const ReaderOptions& options)
{
    std::unique_ptr<CsvTableReader> reader(new CsvTableReader);
    reader->m_path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(QStringLiteral("file_unreadable"), tr("Cannot open %1: %2.").arg(path, file.errorString()),
            tr("Check the path and the file permissions."));
    }
    const qint64 fileSize = file.size();
    const QByteArray rawSample = file.read(kSampleBytes);
    file.close();
    const bool complete = rawSample.size() >= fileSize;

    SourceInfo& info = reader->m_info;
    info.format = FileFormat::Csv;
    info.fileSize = fileSize;
    const bool rawBytes = options.encoding == QLatin1String(DecodedStream::kRawBytes);
    if (rawBytes) {
        info.encoding = options.encoding; // the chunker's raw scan of an ASCII-transparent encoding
    } else if (!options.encoding.isEmpty()) {
        info.encoding = EncodingDetector::canonicalName(options.encoding);
        if (info.encoding.isEmpty()) {
            return makeError(QStringLiteral("unknown_encoding"), tr("Unknown encoding \"%1\".").arg(options.encoding),
                tr("Use a name such as UTF-8, GB18030, Big5, Shift_JIS, windows-1252 or UTF-16LE."));
        }
        info.encodingConfidence = 1.0;
        reader->m_bomLength = EncodingDetector::bomLength(rawSample, info.encoding);
    } else {
        const EncodingGuess guess = EncodingDetector::detect(rawSample, complete);
        info.encoding = guess.name;
        info.encodingConfidence = guess.confidence;
        reader->m_bomLength = guess.bomLength;
    }
    info.bom = reader->m_bomLength > 0;

    if (fileSize - reader->m_bomLength <= 0) {
        return makeError(QStringLiteral("empty_file"), tr("%1 is empty.").arg(QFileInfo(path).fileName()),
            tr("Choose a file that contains data."));
    }
    if (!rawBytes && looksBinary(rawSample.mid(reader->m_bomLength), info.encoding)) {
        return makeError(QStringLiteral("binary_file"),
            tr("%1 does not look like a text (CSV) file: it contains binary data.").arg(QFileInfo(path).fileName()),
            tr("Choose a CSV, TSV, XLSX or XLS file."));
    }

    // decoded sample for the sniffer
    QByteArray sample;
    const bool utf8 = info.encoding == QLatin1String("UTF-8") || rawBytes;
    if (utf8) {
        sample = rawSample.mid(reader->m_bomLength);
    } else {
        Transcoder transcoder;
        if (!transcoder.open(info.encoding)) {
            return makeError(QStringLiteral("unknown_encoding"), tr("Unknown encoding \"%1\".").arg(info.encoding));
        }
        const QByteArray body = rawSample.mid(reader->m_bomLength);
        transcoder.convert(body.constData(), body.size(), complete, sample, nullptr);
    }
    if (sample.trimmed().isEmpty()) {
        return makeError(QStringLiteral("empty_file"),
            tr("%1 contains no data, only blank lines.").arg(QFileInfo(path).fileName()),
            tr("Choose a file that contains data."));
    }

    const SniffResult sniff = DialectSniffer::sniff(sample, complete, options);
    info.delimiter = QString::fromUtf8(sniff.dialect.separator);
    info.quote = sniff.dialect.quote == '\0' ? QChar() : QChar::fromLatin1(sniff.dialect.quote);
    info.escape = sniff.dialect.escape;
    info.lineEnding = QString::fromLatin1(sniff.dialect.lineEnding);
    info.header = sniff.header;
    info.skipLines = sniff.skipLines;
    info.columnNames = sniff.columnNames;
    reader->m_parser = std::make_unique<CsvParser>(sniff.dialect);

    if (Status s = reader->m_stream.open(path, info.encoding, reader->m_bomLength); !s)
        return s.error();
    reader->m_bufferOffset = utf8 ? reader->m_bomLength : 0;

    // skip title lines (physical lines, not records), reported so that preview, inspect and load agree
    QStringList skippedLines;
    for (int skipped = 0; skipped < sniff.skipLines;) {
        const qint64 avail = reader->m_buffer.size() - reader->m_pos;
        const qint64 after
            = DialectSniffer::offsetAfterLines(reader->m_buffer.constData() + reader->m_pos, avail, 1, reader->m_eof);
        if (after < 0 || (after == 0 && !reader->m_eof)) {
            if (avail > kMaxRecordBytes) {
                return makeError(QStringLiteral("record_too_large"), tr("A line near the top is longer than 64 MB."));
            }
            if (Status s = reader->fill(); !s)
                return s.error();
            continue;
        }
        if (after == 0)
            break;
        qint64 content = after;
        while (content > 0
            && (reader->m_buffer.at(reader->m_pos + content - 1) == '\n'
                || reader->m_buffer.at(reader->m_pos + content - 1) == '\r'))
            --content;
        skippedLines.append(describeSkippedLine(reader->m_buffer.mid(reader->m_pos, content)));
        reader->m_pos += after;
        ++reader->m_line;
        ++skipped;
    }
    if (!skippedLines.isEmpty())
        reader->addWarning(QStringLiteral("skipped_lines"), 1, skippedLinesMessage(skippedLines, sniff.header));
    if (sniff.header) {
        reader->m_readingHeader = true;
        RawRecord header;
        QList<QByteArray> cells;
        auto got = reader->nextRecord(header, &cells);
        if (!got)
            return got.error();
        if (*got) {
            info.columnNames = DialectSniffer::columnNames(cells, static_cast<int>(cells.size()));
        }
    }
    reader->m_readingHeader = false;
    reader->m_dataStart = reader->m_bufferOffset + reader->m_pos;
    reader->m_dataStartLine = reader->m_line;
    return reader;
}

Status CsvTableReader::fill()
{
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_bufferOffset += m_pos;
        m_pos = 0;
    }
    const qint64 before = m_buffer.size();
    auto more = m_stream.read(m_buffer);
    if (!more)
        return more.error();
    if (!*more)
        m_eof = true;
    reportNulBytes(before);
    return drainInvalid();
}

void CsvTableReader::reportNulBytes(qint64 from)
{
    const qint64 start = qMax(from, m_nulCheckedUpTo - m_bufferOffset);
    const qint64 size = m_buffer.size();
    if (start >= size)
        return;
    m_nulCheckedUpTo = m_bufferOffset + size;
    const char* data = m_buffer.constData();
    const void* hit = std::memchr(data + start, '\0', static_cast<size_t>(size - start));
    if (!hit)
        return;
    // physical line of each NUL: m_line is the line at m_pos
    qint64 line = m_line;
    qint64 lastReported = 0;
    for (qint64 i = m_pos; i < size; ++i) {
        const char c = data[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= size || data[i + 1] != '\n'))) {
            ++line;
        } else if (c == '\0' && i >= start && line != lastReported) {
            lastReported = line;
            addWarning(QStringLiteral("nul_byte"), line,
                tr("Line %1 contains a NUL byte; it is kept in the value as data.").arg(line));
        }
    }
}

Status CsvTableReader::drainInvalid()
{
    const QList<qint64> invalid = m_stream.takeInvalidOffsets();
    for (qint64 offset : invalid) {
        const QString message = tr("Invalid %1 byte sequence at byte offset %2.").arg(m_info.encoding).arg(offset);
        if (m_strictEncoding) {
            return makeError(QStringLiteral("invalid_encoding"), message,
                tr("Choose the file's real encoding with the encoding option, or fix the file."));
        }
        addWarning(QStringLiteral("invalid_encoding"), 0, message);
    }
    return {};
}

void CsvTableReader::addWarning(const QString& code, qint64 line, const QString& message)
{
    ++m_warningCount;
    if (m_warnings.size() < kMaxWarnings)
        m_warnings.append(SourceWarning { code, line, message });
}

Result<bool> CsvTableReader::nextRecord(RawRecord& record, QList<QByteArray>* fields)
{
    quint8 blankLineEnds = 0; // how skipped blank lines ended: they sit between records in a chunk's bytes
    for (;;) {
        const qint64 avail = m_buffer.size() - m_pos;
        const qint64 n
            = avail > 0 || m_eof ? m_parser->parse(m_buffer.constData() + m_pos, avail, m_eof, fields, record.meta) : 0;
        if (n == 0) {
            if (m_eof)
                return false;
            if (avail > kMaxRecordBytes) {
                return makeError(QStringLiteral("record_too_large"),
                    tr("The record starting at line %1 is larger than 64 MB.").arg(m_line),
                    tr("This usually means an unbalanced quote; check the quote character (or choose none)."));
            }
            if (Status s = fill(); !s)
                return s.error();
            continue;
        }
        record.line = m_line;
        record.begin = m_bufferOffset + m_pos;
        m_pos += n;
        record.end = m_bufferOffset + m_pos;
        m_line += record.meta.lineBreaks;
        if (record.meta.empty) {
            blankLineEnds |= record.meta.shape.lineEnds;
            continue;
        }
        record.meta.shape.lineEnds |= blankLineEnds;
        if (record.meta.unterminatedQuote) {
            addWarning(QStringLiteral("unterminated_quote"), record.line,
                tr("The quoted field starting on line %1 is never closed; the rest of the file was read as one "
                   "field.")
                    .arg(record.line));
        }
        const int expected = static_cast<int>(m_info.columnNames.size());
        if (record.meta.fieldCount != expected && expected > 0 && !m_readingHeader) {
            ++m_raggedRows;
            addWarning(QStringLiteral("ragged_row"), record.line,
                m_info.header ? tr("Line %1 has %2 fields, the header has %3.")
                                    .arg(record.line)
                                    .arg(record.meta.fieldCount)
                                    .arg(expected)
                              : tr("Line %1 has %2 fields, expected %3.")
                                    .arg(record.line)
                                    .arg(record.meta.fieldCount)
                                    .arg(expected));
        }
        return true;
    }
}

Status CsvTableReader::skipRecords(qint64 maxRecords, qint64 maxEnd, CsvParser::ScanRun& run)
{
    run = CsvParser::ScanRun {};
    if (!m_eof && m_buffer.size() - m_pos < kRefillBelow) {
        if (Status s = fill(); !s)
            return s;
    }
    const qint64 avail = m_buffer.size() - m_pos;
    const qint64 here = m_bufferOffset + m_pos;
    if (avail <= 0 || maxEnd <= here)
        return {};
    const int expected = m_readingHeader ? 0 : static_cast<int>(m_info.columnNames.size());
    m_parser->scanRecords(m_buffer.constData() + m_pos, avail, maxRecords, maxEnd - here, expected, run);
    m_pos += run.consumed;
    m_line += run.lineBreaks;
    run.end = here + run.recordsEnd;
    return {};
}

Result<bool> CsvTableReader::next(Row& row)
{
    RawRecord record;
    auto got = nextRecord(record, &m_fields);
    if (!got || !*got)
        return got;
    row.line = record.line;
    row.fields.clear();
    row.fields.reserve(m_fields.size());
    for (const QByteArray& f : m_fields)
        row.fields.append(QString::fromUtf8(f));
    return true;
}

Result<bool> CsvTableReader::nextViews(RowViews& row)
{
    // as nextRecord(), with the fields split in the same pass
    for (;;) {
        const qint64 avail = m_buffer.size() - m_pos;
        RecordMeta meta;
        const qint64 n = avail > 0 || m_eof
            ? m_parser->parseViews(m_buffer.constData() + m_pos, avail, m_eof, row.fields, row.storage, meta)
            : 0;
        if (n == 0) {
            if (m_eof)
                return false;
            if (avail > kMaxRecordBytes) {
                return makeError(QStringLiteral("record_too_large"),
                    tr("The record starting at line %1 is larger than 64 MB.").arg(m_line),
                    tr("This usually means an unbalanced quote; check the quote character (or choose none)."));
            }
            if (Status s = fill(); !s)
                return s.error();
            continue;
        }
        const qint64 line = m_line;
        m_pos += n;
        m_line += meta.lineBreaks;
        if (meta.empty)
            continue;
        if (meta.unterminatedQuote) {
            addWarning(QStringLiteral("unterminated_quote"), line,
                tr("The quoted field starting on line %1 is never closed; the rest of the file was read as one "
                   "field.")
                    .arg(line));
        }
        const int expected = static_cast<int>(m_info.columnNames.size());
        if (meta.fieldCount != expected && expected > 0 && !m_readingHeader) {
            ++m_raggedRows;
            addWarning(QStringLiteral("ragged_row"), line,
                m_info.header
                    ? tr("Line %1 has %2 fields, the header has %3.").arg(line).arg(meta.fieldCount).arg(expected)
                    : tr("Line %1 has %2 fields, expected %3.").arg(line).arg(meta.fieldCount).arg(expected));
        }
        row.line = line;
        return true;
    }
}

Result<bool> CsvTableReader::nextFields(FieldTable& table)
{
    const size_t before = table.rows();
    const bool inPlace = m_parser->canSplitInPlace() && !m_readingHeader;
    while (!table.full()) {
        if (!m_eof && m_buffer.size() - m_pos < kRefillBelow) {
            if (Status s = fill(); !s)
                return s.error();
        }
        const qint64 avail = m_buffer.size() - m_pos;
        if (inPlace && avail > 0) {
            // copy about what the table has room for, split there
            const qint64 want = qint64(table.capacity() - table.rows()) * m_splitBytesPerRow * 5 / 4 + 4096;
            const qint64 window = qMin(avail, want);
            char* copy = table.reserveBytes(size_t(window));
            std::memcpy(copy, m_buffer.constData() + m_pos, size_t(window));
            const size_t rowsBefore = table.rows();
            qint64 lineBreaks = 0;
            const qint64 used = m_parser->splitRecords(copy, window, m_line, table, lineBreaks);
            table.keepBytes(size_t(used));
            if (used > 0) {
                if (table.rows() > rowsBefore)
                    m_splitBytesPerRow = qMax<qint64>(1, used / qint64(table.rows() - rowsBefore));
                m_pos += used;
                m_line += lineBreaks;
                continue;
            }
        }
        // a record the splitter leaves to the general parser, which reports it
        Result<bool> got = appendNextRow(table);
        if (!got)
            return got.error();
        if (!*got)
            break;
    }
    return table.rows() > before;
}

Status CsvTableReader::seekToRecord(qint64 offset, qint64 line)
{
    if (!m_stream.isUtf8()) {
        return makeError(QStringLiteral("internal_error"), tr("Seeking is only possible in UTF-8 files."));
    }
    if (Status s = m_stream.open(m_path, m_info.encoding, offset); !s)
        return s;
    m_buffer.clear();
    m_pos = 0;
    m_bufferOffset = offset;
    m_line = line;
    m_eof = false;
    return {};
}

double CsvTableReader::progress() const
{
    if (m_info.fileSize <= 0)
        return 1.0;
    if (m_stream.isUtf8())
        return qBound(0.0, double(m_bufferOffset + m_pos) / double(m_info.fileSize), 1.0);
    return qBound(0.0, double(m_stream.rawPosition()) / double(m_info.fileSize), 1.0);
}

} // namespace dia::source
