#pragma once

#include "common/result.h"
#include "inferenceoptions.h"

#include <QList>
#include <QString>

namespace dia::schema {

/// How the values of one column are written in the file, decided from the whole column (or chosen by the
/// user), so they can be rewritten into the canonical text Doris parses as intended.
///
/// Stable text spec (CLI `--format COLUMN:SPEC`, recipes, JSON): the kind, then `key=value` pairs, `;`-separated:
///   `text`                                   values sent as written
///   `number;decimal=,;group=.;currency=€;percent=ratio`
///        decimal: `.` or `,`; group: `none`, `.`, `,`, `'`, `space` (also U+00A0/U+202F); currency: the symbol
///        or code (optional, before or after); percent: `ratio` (12% → 0.12) or `points` (12% → 12)
///   `date;order=dmy`, `datetime;order=mdy;tz=UTC`
///        order (numeric dates with the year last): `mdy` or `dmy`; tz: the zone values with an offset are
///        converted to (IANA name or ±hh:mm; empty: the load's zone)
///   `boolean`                                yes/no, y/n, true/false, on/off, ja/nein, oui/non, 是/否, 1/0 → 1/0
/// Accounting negatives `(…)`, a trailing minus, `+`, exponents and null tokens are always understood.
struct ValueFormat
{
    enum class Kind : quint8 { Text, Number, Date, Boolean };
    enum class Percent : quint8 { None, Ratio, Points };

    Kind kind = Kind::Text;
    char decimal = '.';
    char group = '\0'; ///< '\0' none, '.', ',', '\'', ' ' (any space)
    QString currency;
    Percent percent = Percent::None;
    DateOrder dateOrder = DateOrder::MonthFirst;
    bool withTime = false; ///< `datetime` rather than `date` (informational: the column type decides the output)
    QString timezone;

    QString toSpec() const;
    /// Parses a spec; the error names the part that is wrong.
    static Result<ValueFormat> parse(const QString& spec);
    /// One phrase for users ("decimal comma, '.' groups thousands").
    QString describe() const;
    /// An example of a value in this format and what it becomes ("1.234,50 → 1234.50").
    QString example() const;

    /// Choices for a GUI, with translated display names.
    struct Choice
    {
        QString value; ///< as in the spec
        QString displayName;
    };
    static QList<Choice> kindChoices();
    static QList<Choice> decimalChoices();
    static QList<Choice> groupChoices();
    /// A group separator as the spec and groupChoices() name it ("none", ".", ",", "'", "space"), and back
    /// (also U+00A0/U+202F and " " for a space); -1 for anything else.
    static QString groupValue(char group);
    static int groupFromValue(const QString& value);
    static QList<Choice> percentChoices();
    static QList<Choice> dateOrderChoices();

    friend bool operator==(const ValueFormat& a, const ValueFormat& b)
    {
        return a.kind == b.kind && a.decimal == b.decimal && a.group == b.group && a.currency == b.currency
            && a.percent == b.percent && a.dateOrder == b.dateOrder && a.withTime == b.withTime
            && a.timezone == b.timezone;
    }
    friend bool operator!=(const ValueFormat& a, const ValueFormat& b) { return !(a == b); }
};

/// Parses `COLUMN:SPEC` as given to `--format` (the column is a file header, a Doris column name or a 1-based
/// number), checking the spec.
Result<FormatChoice> parseFormatChoice(const QString& text);

/// Index of the column a FormatChoice names among `originalNames` (headers) and `names` (Doris names), or -1.
qsizetype formatChoiceColumn(const FormatChoice& choice, const QStringList& originalNames, const QStringList& names);

} // namespace dia::schema
