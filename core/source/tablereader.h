#pragma once

// CONTRACT of the row-at-a-time reader used by schema inference, preflight and the preview.
// Implemented in core/source.

#include "common/result.h"
#include "fieldtable.h"
#include "readeroptions.h"

#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dia::source {

/// A problem found in the file that does not stop reading (ragged row, decoding error, merged cells...).
struct SourceWarning
{
    QString code; ///< "ragged_row", "invalid_encoding", "merged_cells", ...
    qint64 line = 0; ///< 1-based physical line (CSV) or sheet row (XLSX); 0 when not tied to a line
    QString message;
};

/// What the reader detected (or was told) about the file.
struct SourceInfo
{
    FileFormat format = FileFormat::Csv;
    QString encoding; ///< "UTF-8", "UTF-16LE", "GB18030", ...
    double encodingConfidence = 1.0;
    bool bom = false;
    QString delimiter;
    QChar quote; ///< QChar() = none
    EscapeStyle escape = EscapeStyle::DoubledQuote;
    QString lineEnding; ///< "\n", "\r\n" or "\r"
    bool header = true;
    int skipLines = 0;
    QStringList sheets; ///< workbooks only: the worksheets, hidden ones included
    QStringList hiddenSheets; ///< the hidden and very hidden ones among `sheets` (.xls)
    QString sheet;
    qint64 fileSize = 0;
    QStringList columnNames; ///< header cells, or c1..cn
};

/// One record: its fields (already decoded to text; XLSX dates as ISO text, numbers as plain decimal
/// text, NULL cells as empty) and the physical line where it starts.
struct Row
{
    qint64 line = 0;
    QStringList fields;
};

/// One record as UTF-8 byte views (the fast path of whole-file inference): valid until the next call on the
/// reader that filled it. Fields point into the reader's buffer or into `storage`.
struct RowViews
{
    qint64 line = 0;
    std::vector<std::string_view> fields;
    std::string storage; ///< bytes of fields that had to be built (unescaped quotes, converted text)
};

class TableReader
{
public:
    virtual ~TableReader() = default;
    virtual const SourceInfo& info() const = 0;
    /// Next data row into `row`; false at the end. Warnings found so far are in warnings().
    virtual Result<bool> next(Row& row) = 0;
    /// The next data row as UTF-8 byte views, same rows as next() (do not mix both on one reader).
    /// The default converts next()'s strings; CsvTableReader splits its buffer without building strings.
    virtual Result<bool> nextViews(RowViews& row);
    /// Appends data rows to `table` until it is full or the file ends; false when none was left. The same rows as
    /// nextViews() (do not mix both on one reader). The default copies nextViews()'s fields; CsvTableReader
    /// splits records in the table's own copy of its buffer.
    virtual Result<bool> nextFields(FieldTable& table);
    virtual QList<SourceWarning> warnings() const = 0;
    /// Fraction of the file consumed, 0..1.
    virtual double progress() const = 0;

protected:
    /// The next row read with nextViews() and appended to `table` (not full); false at the end.
    Result<bool> appendNextRow(FieldTable& table);

private:
    Row m_viewRow; ///< the default nextViews() reads into it
    RowViews m_fieldRow; ///< appendNextRow() reads into it
};

/// Opens a CSV/TSV/TXT/XLSX/XLS file, detecting format, encoding and dialect for unset options.
Result<std::unique_ptr<TableReader>> openTableReader(const QString& path, const ReaderOptions& options);

} // namespace dia::source
