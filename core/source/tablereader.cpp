#include "tablereader.h"

#include "csvtablereader.h"
#include "formatdetector.h"
#include "xlstablereader.h"
#include "xlsxtablereader.h"

namespace dia::source {

Result<bool> TableReader::nextFields(FieldTable& table)
{
    const size_t before = table.rows();
    while (!table.full()) {
        Result<bool> got = appendNextRow(table);
        if (!got)
            return got.error();
        if (!*got)
            break;
    }
    return table.rows() > before;
}

Result<bool> TableReader::appendNextRow(FieldTable& table)
{
    Result<bool> got = nextViews(m_fieldRow);
    if (got && *got)
        table.append(m_fieldRow.fields, m_fieldRow.line);
    return got;
}

Result<bool> TableReader::nextViews(RowViews& views)
{
    Result<bool> got = next(m_viewRow);
    if (!got || !*got)
        return got;
    views.line = m_viewRow.line;
    views.storage.clear();
    std::vector<size_t> ends;
    ends.reserve(size_t(m_viewRow.fields.size()));
    for (const QString& f : std::as_const(m_viewRow.fields)) {
        const QByteArray u = f.toUtf8();
        views.storage.append(u.constData(), size_t(u.size()));
        ends.push_back(views.storage.size());
    }
    views.fields.clear();
    size_t begin = 0;
    for (size_t end : ends) {
        views.fields.emplace_back(views.storage.data() + begin, end - begin);
        begin = end;
    }
    return true;
}

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
