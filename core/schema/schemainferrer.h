#pragma once

#include "columnprofiler.h"
#include "identifiercleaner.h"
#include "inferenceoptions.h"
#include "inferredcolumn.h"
#include "source/fieldtable.h"

#include <QList>
#include <QStringList>

#include <atomic>
#include <string_view>
#include <vector>

namespace dia::schema {

/// Column proposals for a whole table, fed row by row (the preview sample first, then the background
/// full scan). `columns()` can be asked at any time: after `sampleRows` rows it is the fast first
/// answer, after the last row the final one.
class SchemaInferrer
{
public:
    explicit SchemaInferrer(const QStringList& headers, const InferenceOptions& options = {});

    /// One record; missing trailing fields count as null, surplus fields are ignored (and counted).
    void addRow(const QStringList& fields, qint64 line);
    /// The same for a record as UTF-8 byte views (the fast whole-file path).
    void addRow(const std::vector<std::string_view>& fields, qint64 line);
    /// The records of a table, column after column.
    void addTable(source::FieldTable& table);
    /// Rows of the same record shape; stops early (returning false) when `cancel` becomes true.
    struct LineRow
    {
        qint64 line = 0;
        QStringList fields;
    };
    bool addRows(const QList<LineRow>& rows, const std::atomic<bool>* cancel = nullptr);

    /// For ParallelInference, which feeds the profilers column by column: one column's profiler, and the
    /// records it fed (`ragged`: those with another field count).
    size_t columnCount() const { return m_profilers.size(); }
    ColumnProfiler& profiler(size_t column) { return m_profilers[column]; }
    void countRows(qint64 rows, qint64 ragged)
    {
        m_rows += rows;
        m_raggedRows += ragged;
    }

    QList<InferredColumn> columns() const;
    qint64 rowCount() const { return m_rows; }
    qint64 raggedRows() const { return m_raggedRows; }
    /// The sample part is complete (rowCount() >= sampleRows).
    bool sampleComplete() const { return m_rows >= m_options.sampleRows; }
    const InferenceOptions& options() const { return m_options; }

private:
    InferenceOptions m_options;
    QList<CleanedName> m_names;
    std::vector<ColumnProfiler> m_profilers;
    qint64 m_rows = 0;
    qint64 m_raggedRows = 0;
};

} // namespace dia::schema
