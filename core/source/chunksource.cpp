#include "chunksource.h"

#include "csvchunksource.h"
#include "csvtablereader.h"
#include "formatdetector.h"
#include "rowchunksource.h"

#include <QCoreApplication>

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
    if ((*scanner)->info().encoding != QLatin1String("UTF-8")) {
        return std::unique_ptr<ChunkSource>(
            std::make_unique<RowChunkSource>(std::move(*scanner), limits, spoolDir, rules));
    }
    return std::unique_ptr<ChunkSource>(std::make_unique<CsvChunkSource>(path, std::move(*scanner), limits, rules));
}

} // namespace dia::source
