#include "schemainferrer.h"

namespace dia::schema {

SchemaInferrer::SchemaInferrer(const QStringList& headers, const InferenceOptions& options)
    : m_options(options)
    , m_names(IdentifierCleaner::cleanColumnNames(headers, options.unicodeNames ? NameRule::Unicode : NameRule::Ascii))
{
    m_profilers.reserve(size_t(headers.size()));
    for (qsizetype i = 0; i < headers.size(); ++i)
        m_profilers.emplace_back(m_options);
    QStringList names;
    for (const CleanedName& n : m_names)
        names.append(n.name);
    for (const FormatChoice& choice : m_options.formats) {
        const qsizetype index = formatChoiceColumn(choice, headers, names);
        const Result<ValueFormat> format = ValueFormat::parse(choice.spec);
        if (index >= 0 && format)
            m_profilers[size_t(index)].setForcedFormat(*format);
    }
}

void SchemaInferrer::addRow(const std::vector<std::string_view>& fields, qint64 line)
{
    ++m_rows;
    if (fields.size() != m_profilers.size())
        ++m_raggedRows;
    for (size_t i = 0; i < m_profilers.size(); ++i)
        m_profilers[i].addValue(i < fields.size() ? fields[i] : std::string_view(), line);
}

void SchemaInferrer::addTable(source::FieldTable& table)
{
    const size_t rows = table.rows();
    for (size_t c = 0; c < m_profilers.size() && c < table.columns(); ++c)
        m_profilers[c].addValues(table, c);
    countRows(qint64(rows), table.raggedRows());
}

void SchemaInferrer::addRow(const QStringList& fields, qint64 line)
{
    ++m_rows;
    if (fields.size() != qsizetype(m_profilers.size()))
        ++m_raggedRows;
    static const QString kEmpty;
    for (size_t i = 0; i < m_profilers.size(); ++i) {
        const qsizetype index = qsizetype(i);
        m_profilers[i].addValue(index < fields.size() ? fields[index] : kEmpty, line);
    }
}

bool SchemaInferrer::addRows(const QList<LineRow>& rows, const std::atomic<bool>* cancel)
{
    if (cancel && cancel->load(std::memory_order_relaxed))
        return false;
    for (const LineRow& row : rows)
        addRow(row.fields, row.line);
    return true;
}

QList<InferredColumn> SchemaInferrer::columns() const
{
    QList<InferredColumn> out;
    out.reserve(qsizetype(m_profilers.size()));
    for (size_t i = 0; i < m_profilers.size(); ++i) {
        InferredColumn c = m_profilers[i].result();
        const CleanedName& n = m_names[qsizetype(i)];
        c.originalName = n.original;
        c.name = n.name;
        c.nameReason = n.reason;
        out.append(c);
    }
    return out;
}

} // namespace dia::schema
