#pragma once

#include "columntype.h"
#include "dorisconversion.h"
#include "valueconverter.h"
#include "valueformat.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace dia::schema {

/// A target column as the preflight sees it.
struct PreflightColumn
{
    QString name;
    ColumnType type;
    bool nullable = true;
    /// When the loader rewrites non-ISO dates (InferredColumn::sourceDateFormat), the same format here makes
    /// the preflight check the rewritten value, as Doris will receive it.
    QString sourceDateFormat;
    /// How the file writes the values (InferredColumn::format): the preflight checks what the loader's
    /// ValueConverter sends, as Doris will receive it.
    ValueFormat format;
};

struct PreflightOptions
{
    bool strictMode = false;
    double maxFilterRatio = 0.0; ///< Doris default
    /// Field texts that reach Doris as NULL. Doris itself knows only `\N`; add the inference null tokens when
    /// the loader sends them as `\N`.
    QStringList nullTokens { QStringLiteral("\\N") };
    int maxExamples = 5;
    /// Whether the loader converts values (ValueConverter) before sending them; false predicts a raw load.
    bool convertValues = true;
    ConversionOptions conversion;
};

/// What happens to the affected values.
enum class PreflightEffect {
    Filtered, ///< the row is filtered (counts against max_filter_ratio)
    Nulled, ///< the value becomes NULL, the row loads
    Truncated, ///< the value is cut to the column length, the row loads
    Altered, ///< Doris 2.1 stores a different value without a word (lenient DECIMAL parsing, doris-facts §12.6)
};

struct PreflightExample
{
    qint64 line = 0;
    QString value;
};

struct PreflightReason
{
    QString code; ///< empty_field, not_a_number, out_of_range, decimal_overflow, invalid_date, too_long,
                  ///< null_into_not_null, column_count, ...
    PreflightEffect effect = PreflightEffect::Filtered;
    QString message;
    qint64 count = 0;
    QList<PreflightExample> examples;
};

struct ColumnPrediction
{
    QString name;
    ColumnType type;
    bool nullable = true;
    qint64 filteredRows = 0; ///< rows this column alone would filter (a row may count in several columns)
    qint64 nulledValues = 0; ///< values turned into NULL by a failed conversion
    qint64 truncatedValues = 0;
    qint64 alteredValues = 0; ///< values Doris 2.1 stores silently as a different number
    qint64 unconvertible = 0; ///< values that do not fit the column's format (their lines are in the reasons)
    qint64 nullValues = 0; ///< NULLs in the file (`\N` ...)
    QList<PreflightReason> reasons;
};

struct PreflightReport
{
    qint64 totalRows = 0;
    qint64 loadedRows = 0;
    qint64 filteredRows = 0;
    double filterRatio = 0.0;
    double maxFilterRatio = 0.0;
    bool strictMode = false;
    bool pass = true; ///< filterRatio <= maxFilterRatio: Doris would accept the load
    bool complete = true; ///< false when the scan was cancelled
    PreflightReason columnCount; ///< rows with the wrong number of fields (count 0 when none)
    QList<ColumnPrediction> columns;
};

/// Predicts, row by row, what Doris will filter, turn into NULL or cut (see DorisConversion for the rules).
/// Feed rows in the order they will be sent, with their physical line numbers.
class Preflight
{
public:
    Preflight(const QList<PreflightColumn>& columns, const PreflightOptions& options);

    void addRow(const QStringList& fields, qint64 line);
    /// Stops (returning false) when `cancel` is set; checked once per call, i.e. per batch.
    struct LineRow
    {
        qint64 line = 0;
        QStringList fields;
    };
    bool addRows(const QList<LineRow>& rows, const std::atomic<bool>* cancel = nullptr);
    void markIncomplete() { m_complete = false; }

    PreflightReport report() const;

private:
    void note(ColumnPrediction& column, const QString& code, PreflightEffect effect, const QString& message,
        qint64 line, const QString& value);

    QList<PreflightColumn> m_columns;
    std::vector<std::shared_ptr<const ValueConverter>> m_converters;
    PreflightOptions m_options;
    QList<ColumnPrediction> m_predictions;
    PreflightReason m_columnCount;
    qint64 m_total = 0;
    qint64 m_filtered = 0;
    bool m_complete = true;
};

} // namespace dia::schema
