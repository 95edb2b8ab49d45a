#pragma once

#include <QList>
#include <QStringList>

namespace dia::schema {

/// Which field comes first in dates written with the year last (03/04/2024) when the data alone
/// cannot tell (every such date has both fields ≤ 12).
enum class DateOrder {
    MonthFirst, ///< MM/DD/YYYY
    DayFirst, ///< DD/MM/YYYY
};

struct ValueFormat;

/// A format the user chose for one column (`--format COLUMN:SPEC`): the column is a file header, a Doris
/// column name or a 1-based position; `spec` is ValueFormat's text spec.
struct FormatChoice
{
    QString column;
    QString spec;
};

struct InferenceOptions
{
    /// Cell texts that mean "no value" (compared case-insensitively). They make a column nullable.
    QStringList nullTokens { QString(), QStringLiteral("NULL"), QStringLiteral("\\N"), QStringLiteral("N/A") };
    /// Rows of the fast first answer (the preview sample); the full scan refines it.
    qint64 sampleRows = 1000;
    DateOrder preferredDateOrder = DateOrder::MonthFirst;
    /// Distinct example values kept per column.
    int maxExamples = 3;
    /// Types just wide enough for the values seen (TINYINT, VARCHAR(16), DECIMAL(7,2)) instead of the roomy
    /// defaults that leave space for next month's data (`--tight-types`, "Tight types" on the mapping page).
    bool tightTypes = false;
    /// Keep headers in any script as column names (`日期`), for a session that sets
    /// `enable_unicode_name_support` (`--unicode-names`); see IdentifierCleaner and NameRule::Unicode.
    bool unicodeNames = false;
    /// Values written with '%' become ratios (12% → 0.12) rather than points (12% → 12).
    bool percentAsRatio = true;
    /// Formats chosen by the user; inference reads those columns with them instead of guessing.
    QList<FormatChoice> formats;
};

} // namespace dia::schema
