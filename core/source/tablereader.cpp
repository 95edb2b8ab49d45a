#include "tablereader.h"

#include "csvtablereader.h"
#include "formatdetector.h"
#include "xlstablereader.h"
#include "xlsxtablereader.h"

namespace dia::source {

Result<std::unique_ptr<TableReader>> openTableReader(const QString& path, const ReaderOptions& options)
{
    auto format = FormatDetector::detect(path);
    if (!format)
        return format.error();
    switch (*format) {
    case FileFormat::Xlsx: {
        auto reader = XlsxTableReader::open(path, options);
        if (!reader)
            return reader.error();
        return std::unique_ptr<TableReader>(std::move(*reader));
    }
    case FileFormat::Xls: {
        auto reader = XlsTableReader::open(path, options);
        if (!reader)
            return reader.error();
        return std::unique_ptr<TableReader>(std::move(*reader));
    }
    case FileFormat::Csv:
        break;
    }
    auto reader = CsvTableReader::open(path, options);
    if (!reader)
        return reader.error();
    return std::unique_ptr<TableReader>(std::move(*reader));
}

} // namespace dia::source
