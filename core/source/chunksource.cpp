#include "chunksource.h"

#include "csvchunksource.h"
#include "csvtablereader.h"
#include "formatdetector.h"
#include "rowchunksource.h"

#include <QCoreApplication>

#include <algorithm>

namespace dia::source {

namespace {

QByteArray headerValue(const QByteArray& bytes)
{
    bool printable = !bytes.isEmpty();
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x21 || u > 0x7e)
            printable = false;
    }
    if (printable)
        return bytes;
    return "\\x" + bytes.toHex();
}

/// Whether the records of a file in `info`'s encoding and dialect can be found in its raw bytes: the encoding is
/// one in which every byte below 0x40 is that ASCII character (trail bytes of GB18030, Big5, Shift_JIS, EUC are
/// 0x40 and above, but GB18030's four-byte digits), and the separator, quote and line breaks are such bytes.
bool rawScannable(const SourceInfo& info)
{
    static const char* const kPrefixes[] = { "GB", "Big5", "Shift_JIS", "EUC-", "windows-", "ISO-8859-", "KOI8" };
    const bool transparent = std::any_of(std::begin(kPrefixes), std::end(kPrefixes),
        [&](const char* prefix) { return info.encoding.startsWith(QLatin1String(prefix), Qt::CaseInsensitive); });
    if (!transparent || info.bom || info.escape == EscapeStyle::Backslash)
        return false;
    const QString structural = info.delimiter + (info.quote.isNull() ? QString() : QString(info.quote));
    return !info.delimiter.isEmpty() && std::all_of(structural.cbegin(), structural.cend(), [](QChar c) {
        return c.unicode() < 0x40 && !c.isDigit() && c != u'\\';
    });
}

/// Options that pin what the first reader detected, for the raw-byte scanner.
ReaderOptions rawScanOptions(const SourceInfo& info, const ReaderOptions& options)
{
    ReaderOptions o = options;
    o.encoding = QLatin1String(DecodedStream::kRawBytes);
    o.delimiter = info.delimiter;
    o.quote = info.quote;
    o.escape = info.escape;
    o.header = info.header;
    o.skipLines = info.skipLines;
    return o;
}

} // namespace

QList<QPair<QByteArray, QByteArray>> BodyFormat::streamLoadHeaders() const
{
    QList<QPair<QByteArray, QByteArray>> headers;
    headers.append({ "column_separator", headerValue(columnSeparator) });
    headers.append({ "line_delimiter", headerValue(lineDelimiter) });
    if (enclose != '\0')
        headers.append({ "enclose", QByteArray(1, enclose) });
    if (escape != '\0')
        headers.append({ "escape", QByteArray(1, escape) });
    headers.append({ "trim_double_quotes", trimDoubleQuotes ? QByteArray("true") : QByteArray("false") });
    return headers;
}

Result<std::unique_ptr<ChunkSource>> openChunkSource(const QString& path, const ReaderOptions& options,
    const ChunkLimits& limits, const QString& spoolDir, const FieldRules& rules)
{
    auto format = FormatDetector::detect(path);
    if (!format)
        return format.error();
    if (*format != FileFormat::Csv) {
        auto reader = openTableReader(path, options);
        if (!reader)
            return reader.error();
        return std::unique_ptr<ChunkSource>(
            std::make_unique<RowChunkSource>(std::move(*reader), limits, spoolDir, rules));
    }
    auto scanner = CsvTableReader::open(path, options);
    if (!scanner)
        return scanner.error();
    for (const SourceWarning& w : (*scanner)->warnings()) {
        if (w.code == QLatin1String("invalid_encoding")) {
            return makeError(QStringLiteral("invalid_encoding"), w.message,
                QCoreApplication::translate(
                    "dia::source", "Choose the file's real encoding with the encoding option, or fix the file."));
        }
    }
    (*scanner)->setStrictEncoding(true);
    const SourceInfo& info = (*scanner)->info();
    if (info.encoding != QLatin1String("UTF-8") && rawScannable(info)) {
        // records found in the raw bytes on this thread; each chunk transcoded and rewritten as it is sent
        auto raw = CsvTableReader::open(path, rawScanOptions(info, options));
        if (!raw)
            return raw.error();
        return std::unique_ptr<ChunkSource>(std::make_unique<CsvChunkSource>(
            path, std::move(*raw), limits, rules, TranscodedRanges { info.encoding, info.columnNames }));
    }
    if (info.encoding != QLatin1String("UTF-8")) {
        return std::unique_ptr<ChunkSource>(
            std::make_unique<RowChunkSource>(std::move(*scanner), limits, spoolDir, rules));
    }
    return std::unique_ptr<ChunkSource>(std::make_unique<CsvChunkSource>(path, std::move(*scanner), limits, rules));
}

} // namespace dia::source
