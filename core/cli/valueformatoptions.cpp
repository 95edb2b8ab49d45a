#include "valueformatoptions.h"

#include "schema/valueformat.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace dia::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dia::cli::ValueFormatOptions", text);
}

Error badFormat(const QString& message, const QString& hint = {})
{
    return makeError(QStringLiteral("bad_format"), message, hint);
}

bool isOffset(const QString& zone)
{
    static const QRegularExpression re(QStringLiteral("^[+-](0\\d|1[0-4]):?[0-5]\\d$"));
    return re.match(zone).hasMatch();
}

} // namespace

void addValueFormatOptions(QCommandLineParser& parser, bool withDateOrder, bool withTimezone)
{
    parser.addOption({ QStringLiteral("format"),
        tr("How COLUMN's values are written, instead of the detected format; repeatable. SPEC is text, boolean, "
           "number;decimal=.|,;group=none|.|,|'|space[;currency=SYMBOL][;percent=ratio|points], or "
           "date|datetime;order=mdy|dmy[;tz=ZONE]. COLUMN is a header, a column name or a 1-based number."),
        tr("COLUMN:SPEC") });
    parser.addOption({ QStringLiteral("tight-types"),
        tr("Types just wide enough for the values seen (TINYINT, VARCHAR(16), DECIMAL(7,2)) instead of roomy ones "
           "(INT, VARCHAR of at least 64 bytes and 4x the longest value, DECIMAL of at least 18 digits).") });
    if (withDateOrder) {
        parser.addOption({ QStringLiteral("date-order"),
            tr("Read ambiguous dates like 03/04/2024 as mdy (default) or dmy."), tr("ORDER") });
    }
    parser.addOption({ QStringLiteral("percent"),
        tr("Load values written with % as a ratio (12% -> 0.12, default) or as points (12% -> 12)."),
        tr("ratio|points") });
    if (!withTimezone)
        return;
    parser.addOption({ QStringLiteral("timezone"),
        tr("Time zone that date-times written with an offset or Z are converted to (IANA name such as "
           "Europe/Berlin, UTC, or +hh:mm; default: the cluster's time_zone when loading, UTC for predictions made "
           "without a cluster)."),
        tr("ZONE") });
}

Result<ValueFormatSettings> valueFormatSettingsFromParser(
    const QCommandLineParser& parser, const schema::InferenceOptions& base)
{
    ValueFormatSettings s;
    s.inference = base;
    s.inference.tightTypes = base.tightTypes || parser.isSet(QStringLiteral("tight-types"));
    if (parser.isSet(QStringLiteral("date-order"))) {
        const QString order = parser.value(QStringLiteral("date-order")).toLower();
        if (order == QLatin1String("dmy"))
            s.inference.preferredDateOrder = schema::DateOrder::DayFirst;
        else if (order == QLatin1String("mdy"))
            s.inference.preferredDateOrder = schema::DateOrder::MonthFirst;
        else
            return badFormat(tr("--date-order must be mdy or dmy."));
    }
    if (parser.isSet(QStringLiteral("percent"))) {
        const QString p = parser.value(QStringLiteral("percent")).toLower();
        if (p == QLatin1String("ratio"))
            s.inference.percentAsRatio = true;
        else if (p == QLatin1String("points"))
            s.inference.percentAsRatio = false;
        else
            return badFormat(tr("--percent must be ratio or points."));
    }
    if (parser.isSet(QStringLiteral("timezone"))) {
        s.timezone = parser.value(QStringLiteral("timezone")).trimmed();
        if (!isKnownTimezone(s.timezone))
            return badFormat(tr("--timezone: unknown time zone \"%1\".").arg(s.timezone),
                tr("Use an IANA name such as Asia/Shanghai or Europe/Berlin, UTC, or an offset like +08:00."));
    }
    for (const QString& text : parser.values(QStringLiteral("format"))) {
        Result<schema::FormatChoice> choice = schema::parseFormatChoice(text);
        if (!choice)
            return badFormat(choice.error().message, choice.error().hint);
        s.inference.formats.append(*choice);
    }
    return s;
}

bool isKnownTimezone(const QString& zone)
{
    return zone.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0 || isOffset(zone)
        || QTimeZone(zone.toUtf8()).isValid();
}

Status checkFormatColumns(const QList<schema::FormatChoice>& formats, const QList<schema::InferredColumn>& columns)
{
    QStringList originals;
    QStringList names;
    for (const schema::InferredColumn& c : columns) {
        originals.append(c.originalName);
        names.append(c.name);
    }
    for (const schema::FormatChoice& f : formats) {
        if (schema::formatChoiceColumn(f, originals, names) < 0)
            return badFormat(tr("--format: the file has no column \"%1\".").arg(f.column),
                tr("Name a header (%1), a column name or a number from 1 to %2.")
                    .arg(originals.join(QStringLiteral(", ")))
                    .arg(originals.size()));
    }
    return {};
}

} // namespace dia::cli
