// Value formats: inference from whole columns, the ValueConverter contract, roomy vs tight types, the
// preflight's prediction of converted values and of Doris 2.1's silent DECIMAL changes, and `--format`.
#include "csvfixture.h"
#include "testenv.h"

#include "recipe/importrecipe.h"
#include "schema/columnprofiler.h"
#include "schema/filescan.h"
#include "schema/preflight.h"
#include "schema/schemainferrer.h"
#include "schema/schemajson.h"
#include "schema/valueconverter.h"
#include "schema/valueformat.h"
#include "schema/valuelexer.h"
#include "source/tablereader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <random>

using namespace dia;
using namespace dia::schema;
using Outcome = ValueConverter::Outcome;

namespace {

InferredColumn infer(std::initializer_list<const char*> values, const InferenceOptions& options = {})
{
    ColumnProfiler p(options);
    qint64 line = 2;
    for (const char* v : values)
        p.addValue(std::string_view(v), line++);
    return p.result();
}

/// The converted text of one field: the value, "NULL", or "INVALID:<what is sent>".
std::string convert(const ValueConverter* c, std::string_view field)
{
    if (!c)
        return std::string(field);
    std::string out;
    switch (c->convert(field, out)) {
    case Outcome::Keep:
        return std::string(field);
    case Outcome::Rewritten:
        return out;
    case Outcome::Null:
        return "NULL";
    case Outcome::Invalid:
        return "INVALID:" + out;
    }
    return {};
}

std::string convertWith(const InferredColumn& column, std::string_view field, const ConversionOptions& options = {})
{
    const auto c = makeConverter(column, options);
    return convert(c.get(), field);
}

InferredColumn column(const char* type, const char* spec, bool nullable = true)
{
    InferredColumn c;
    c.type = *ColumnType::parse(QString::fromUtf8(type));
    c.format = *ValueFormat::parse(QString::fromUtf8(spec));
    c.nullable = nullable;
    return c;
}

/// Infers a golden file with the real reader and converts every cell as the loader will.
QJsonObject runGolden(const QString& path)
{
    const Result<FileInference> inferred = FileScan::infer(path, {});
    EXPECT_TRUE(inferred.ok()) << path.toStdString();
    if (!inferred)
        return {};
    ConversionOptions conversion;
    conversion.timezone = QStringLiteral("UTC");
    const auto converters = makeConverters(inferred->columns, conversion);
    QJsonArray columns;
    for (const InferredColumn& c : inferred->columns) {
        columns.append(QJsonObject { { QStringLiteral("name"), c.name }, { QStringLiteral("type"), c.type.toSql() },
            { QStringLiteral("nullable"), c.nullable }, { QStringLiteral("format"), c.format.toSpec() },
            { QStringLiteral("reason"), c.reason } });
    }
    QJsonArray rows;
    auto reader = source::openTableReader(path, {});
    EXPECT_TRUE(reader.ok());
    source::Row row;
    while (reader && *(*reader)->next(row)) {
        QJsonArray cells;
        for (qsizetype i = 0; i < row.fields.size(); ++i) {
            const QByteArray u = row.fields[i].toUtf8();
            const std::string v
                = convert(converters[size_t(i)].get(), std::string_view(u.constData(), size_t(u.size())));
            cells.append(v == "NULL" ? QJsonValue() : QJsonValue(QString::fromStdString(v)));
        }
        rows.append(cells);
    }
    return QJsonObject { { QStringLiteral("columns"), columns }, { QStringLiteral("rows"), rows } };
}

} // namespace

TEST(ValueFormatGolden, EveryFileGetsTheExpectedTypesAndValues)
{
    const QDir dir(test::dataPath(QStringLiteral("schema/formats")));
    const QStringList files = dir.entryList({ QStringLiteral("*.csv") }, QDir::Files, QDir::Name);
    ASSERT_GE(files.size(), 7);
    for (const QString& file : files) {
        SCOPED_TRACE(file.toStdString());
        const QJsonObject got = runGolden(dir.filePath(file));
        const QString expectedPath
            = dir.filePath(QFileInfo(file).completeBaseName() + QStringLiteral(".expected.json"));
        const QString text = QString::fromUtf8(QJsonDocument(got).toJson(QJsonDocument::Indented));
        if (test::updateGolden()) {
            ASSERT_TRUE(test::writeText(expectedPath, text));
        }
        EXPECT_EQ(text, test::readText(expectedPath));
    }
}

TEST(ValueFormats, GermanNumbersAreDecimalCommaWithDotGroups)
{
    const InferredColumn c = infer({ "1.234,50", "12,5", "-3,75", "1.000.000,01" });
    EXPECT_EQ(c.type.toSql(), u"DECIMAL(18,2)");
    EXPECT_EQ(c.format.toSpec(), u"number;decimal=,;group=.");
    EXPECT_TRUE(c.reason.contains(u"decimal comma, '.' groups thousands: 1.234,50 → 1234.50"))
        << c.reason.toStdString();
    EXPECT_EQ(convertWith(c, "1.234,50"), "1234.50");
    EXPECT_EQ(convertWith(c, "-3,75"), "-3.75");
    EXPECT_EQ(convertWith(c, "1.000.000,01"), "1000000.01");
}

TEST(ValueFormats, AmbiguousThousandsAreDecidedByTheWholeColumnAndSaid)
{
    // alone, 1,234 reads as one thousand two hundred thirty-four, and the reason says it could be 1.234
    const InferredColumn alone = infer({ "1,234", "12,345" });
    EXPECT_EQ(alone.type.toSql(), u"INT");
    EXPECT_EQ(alone.format.toSpec(), u"number;decimal=.;group=,");
    EXPECT_TRUE(alone.reason.contains(u"could also be read with a decimal comma")) << alone.reason.toStdString();
    // one value with a decimal comma decides the column: every 1,234 is then 1.234
    const InferredColumn decided = infer({ "1,234", "0,5" });
    EXPECT_EQ(decided.format.toSpec(), u"number;decimal=,;group=none");
    EXPECT_EQ(decided.type.toSql(), u"DECIMAL(18,3)");
    EXPECT_FALSE(decided.reason.contains(u"could also")) << decided.reason.toStdString();
    EXPECT_EQ(convertWith(decided, "1,234"), "1.234");
    // 1.234 with 1.234,50 elsewhere is one thousand...
    const InferredColumn german = infer({ "1.234", "5,50" });
    EXPECT_EQ(convertWith(german, "1.234"), "1234");
    EXPECT_EQ(german.format.toSpec(), u"number;decimal=,;group=.");
    // ... and 1.234 alone is a decimal
    EXPECT_EQ(infer({ "1.234", "2.5" }).type.toSql(), u"DECIMAL(18,3)");
}

TEST(ValueFormats, CurrencyPercentAccountingAndTrailingMinus)
{
    const InferredColumn us = infer({ "$1,200.00", "($3.00)", "$15.5", "-$2.25" });
    EXPECT_EQ(us.format.toSpec(), u"number;decimal=.;group=,;currency=$");
    EXPECT_EQ(us.type.toSql(), u"DECIMAL(18,2)");
    EXPECT_EQ(convertWith(us, "$1,200.00"), "1200.00");
    EXPECT_EQ(convertWith(us, "($3.00)"), "-3.00");
    EXPECT_EQ(convertWith(us, "-$2.25"), "-2.25");
    EXPECT_EQ(convertWith(us, "€5"), "INVALID:?€5"); // one currency per column

    const InferredColumn pct = infer({ "12%", "7.5%", "100%" });
    EXPECT_EQ(pct.format.toSpec(), u"number;decimal=.;group=none;percent=ratio");
    EXPECT_EQ(pct.type.toSql(), u"DECIMAL(18,3)");
    EXPECT_EQ(convertWith(pct, "12%"), "0.12");
    EXPECT_EQ(convertWith(pct, "7.5%"), "0.075");
    InferenceOptions points;
    points.percentAsRatio = false;
    const InferredColumn asPoints = infer({ "12%", "7.5%" }, points);
    EXPECT_EQ(asPoints.type.toSql(), u"DECIMAL(18,1)");
    EXPECT_EQ(convertWith(asPoints, "12%"), "12");

    const InferredColumn sap = infer({ "1.234,50-", "12,00", "1.000,00-" });
    EXPECT_EQ(sap.format.toSpec(), u"number;decimal=,;group=.");
    EXPECT_EQ(convertWith(sap, "1.234,50-"), "-1234.50");

    const InferredColumn eur = infer({ "1.234,50 €", "12,00 €" });
    EXPECT_EQ(eur.format.currency, u"€");
    EXPECT_EQ(convertWith(eur, "1.234,50 €"), "1234.50");
    EXPECT_EQ(infer({ "$5", "€5" }).type.kind, TypeKind::Varchar);
}

TEST(ValueFormats, SwissFrenchAndSpaces)
{
    EXPECT_EQ(convertWith(infer({ "1'234.50", "12'000.00" }), "1'234.50"), "1234.50");
    const InferredColumn fr = infer({ "1 234,50",
        "12\xc2\xa0"
        "345,00",
        "7\xe2\x80\xaf"
        "000,5" });
    EXPECT_EQ(fr.format.toSpec(), u"number;decimal=,;group=space");
    EXPECT_EQ(convertWith(fr,
                  "12\xc2\xa0"
                  "345,00"),
        "12345.00");
    EXPECT_EQ(convertWith(fr,
                  "7\xe2\x80\xaf"
                  "000,5"),
        "7000.5");
}

TEST(ValueFormats, PhoneNumbersAndLeadingZerosStayText)
{
    const InferredColumn phone = infer({ "+318855443322", "+41446681800" });
    EXPECT_EQ(phone.type.kind, TypeKind::Varchar);
    EXPECT_TRUE(phone.reason.contains(u"'+'")) << phone.reason.toStdString();
    EXPECT_EQ(infer({ "01067", "80331" }).type.kind, TypeKind::Varchar);
    EXPECT_EQ(infer({ "+5", "-3" }).type.toSql(), u"INT"); // a short signed number is a number
}

TEST(ValueFormats, ScientificNotation)
{
    const InferredColumn c = infer({ "1.5e3", "-2E-7" });
    EXPECT_EQ(c.type.toSql(), u"DOUBLE");
    EXPECT_EQ(convertWith(c, "1.5e3"), "1.5e3");
    // into DECIMAL the exponent is written out
    EXPECT_EQ(convertWith(column("DECIMAL(18,4)", "number;decimal=.;group=none"), "1.5e3"), "1500");
    EXPECT_EQ(convertWith(column("DECIMAL(18,4)", "number;decimal=.;group=none"), "2.5E-3"), "0.0025");
}

TEST(ValueFormats, DatesInEveryCommonForm)
{
    const InferredColumn report = infer({ "1-Jul-2024", "15-Aug-2023", "29-Feb-2024" });
    EXPECT_EQ(report.type.toSql(), u"DATE");
    EXPECT_EQ(convertWith(report, "1-Jul-2024"), "2024-07-01");
    const InferredColumn longForm = infer({ "Jul 1, 2024", "September 3, 2024" });
    EXPECT_EQ(convertWith(longForm, "September 3, 2024"), "2024-09-03");
    const InferredColumn cjk = infer({ "2024年7月1日", "2024年12月31日" });
    EXPECT_EQ(cjk.type.toSql(), u"DATE");
    EXPECT_EQ(convertWith(cjk, "2024年7月1日"), "2024-07-01");
    const InferredColumn german = infer({ "31.12.2024", "01.02.2024" });
    EXPECT_EQ(convertWith(german, "01.02.2024"), "2024-02-01");
    EXPECT_EQ(german.sourceDateFormat, u"DD.MM.YYYY"); // still set for loaders using str_to_date
    const InferredColumn clock = infer({ "07/01/2024 02:30 PM", "12/31/2023 12:05 AM" });
    EXPECT_EQ(clock.type.toSql(), u"DATETIME");
    EXPECT_EQ(convertWith(clock, "07/01/2024 02:30 PM"), "2024-07-01 14:30:00");
    EXPECT_EQ(convertWith(clock, "12/31/2023 12:05 AM"), "2023-12-31 00:05:00");
    EXPECT_TRUE(clock.sourceDateFormat.isEmpty()); // 12-hour clocks need the converter
    EXPECT_EQ(infer({ "2024-02-30" }).type.kind, TypeKind::Varchar);
}

TEST(ValueFormats, OffsetsBecomeOneZoneAndAreNeverDropped)
{
    const InferredColumn c = infer({ "2024-07-01T10:00:00Z", "2024-07-01T12:00:00+02:00", "2024-07-01T10:00:00" });
    EXPECT_EQ(c.type.toSql(), u"DATETIME");
    EXPECT_EQ(c.offsetCount, 2);
    EXPECT_TRUE(c.reason.contains(u"2 value(s) carry a UTC offset")) << c.reason.toStdString();
    ConversionOptions utc;
    utc.timezone = QStringLiteral("UTC");
    EXPECT_EQ(convertWith(c, "2024-07-01T12:00:00+02:00", utc), "2024-07-01 10:00:00");
    EXPECT_EQ(convertWith(c, "2024-07-01T10:00:00Z", utc), "2024-07-01 10:00:00");
    EXPECT_EQ(convertWith(c, "2024-07-01T10:00:00", utc), "2024-07-01 10:00:00"); // no offset: as written
    ConversionOptions shanghai;
    shanghai.timezone = QStringLiteral("Asia/Shanghai");
    EXPECT_EQ(convertWith(c, "2024-07-01T23:30:00-05:00", shanghai), "2024-07-02 12:30:00");
    ConversionOptions berlin;
    berlin.timezone = QStringLiteral("Europe/Berlin"); // summer time +02:00, winter +01:00
    EXPECT_EQ(convertWith(c, "2024-07-01T10:00:00Z", berlin), "2024-07-01 12:00:00");
    EXPECT_EQ(convertWith(c, "2024-01-01T10:00:00Z", berlin), "2024-01-01 11:00:00");
    ConversionOptions fixed;
    fixed.timezone = QStringLiteral("+05:30");
    EXPECT_EQ(convertWith(c, "2024-07-01T00:00:00Z", fixed), "2024-07-01 05:30:00");
    EXPECT_EQ(convertWith(c, "2024-07-01T10:00:00+0200", utc), "2024-07-01 08:00:00"); // +0200, which 2.1 refuses
    const InferredColumn frac = infer({ "2024-07-01T10:00:00.250Z" });
    EXPECT_EQ(frac.type.toSql(), u"DATETIME(3)");
    EXPECT_EQ(convertWith(frac, "2024-07-01T10:00:00.250Z", utc), "2024-07-01 10:00:00.250");
}

TEST(ValueFormats, DateOrderIsDecidedByTheColumnOrChosen)
{
    const InferredColumn ambiguous = infer({ "03/04/2024", "05/06/2024" });
    EXPECT_TRUE(ambiguous.dateOrderAmbiguous);
    EXPECT_EQ(convertWith(ambiguous, "03/04/2024"), "2024-03-04");
    const InferredColumn dayFirst = infer({ "03/04/2024", "25/06/2024" });
    EXPECT_FALSE(dayFirst.dateOrderAmbiguous);
    EXPECT_EQ(dayFirst.format.toSpec(), u"date;order=dmy");
    EXPECT_EQ(convertWith(dayFirst, "03/04/2024"), "2024-04-03");
    InferenceOptions chosen;
    chosen.formats.append(FormatChoice { QStringLiteral("1"), QStringLiteral("date;order=dmy") });
    SchemaInferrer inferrer(QStringList { QStringLiteral("d") }, chosen);
    inferrer.addRow(QStringList { QStringLiteral("03/04/2024") }, 2);
    const InferredColumn c = inferrer.columns().first();
    EXPECT_FALSE(c.dateOrderAmbiguous);
    EXPECT_EQ(convertWith(c, "03/04/2024"), "2024-04-03");
}

TEST(ValueFormats, BooleansInEveryLanguageLoadAsOneAndZero)
{
    for (const auto& values : { std::vector<const char*> { "Yes", "No", "yes" }, { "Y", "N", "n" }, { "true", "FALSE" },
             { "on", "off" }, { "Ja", "Nein", "ja" }, { "oui", "NON" }, { "是", "否" } }) {
        ColumnProfiler p;
        for (const char* v : values)
            p.addValue(std::string_view(v), 2);
        const InferredColumn c = p.result();
        EXPECT_EQ(c.type.toSql(), u"BOOLEAN") << values.front();
        EXPECT_EQ(convertWith(c, values[0]), "1") << values.front();
        EXPECT_EQ(convertWith(c, values[1]), "0") << values.front();
    }
    EXPECT_EQ(convertWith(column("BOOLEAN", "boolean"), "maybe"), "INVALID:?maybe");
}

TEST(ValueFormats, NullTokensAndExcelErrorsAreNullAndCounted)
{
    const InferredColumn c = infer({ "10.50", "N/A", "#N/A", "-", "NULL", "#DIV/0!", "", "na", "#VALUE!", "3" });
    EXPECT_EQ(c.type.toSql(), u"DECIMAL(18,2)");
    EXPECT_TRUE(c.nullable);
    EXPECT_EQ(c.nullCount, 8);
    EXPECT_EQ(c.nullTokenCount, 5);
    EXPECT_EQ(c.errorCount, 2);
    for (const char* v : { "N/A", "#N/A", "-", "NULL", "#DIV/0!", "", "#REF!", "#NAME?", "#NUM!", "#NULL!", "\\N" })
        EXPECT_EQ(convertWith(c, v), "NULL") << v;
    EXPECT_EQ(convertWith(c, "12abc"), "INVALID:?12abc"); // never 12 into DECIMAL
}

TEST(ValueConverter, TextColumnsTurnOnlyEmptyAndNullIntoNull)
{
    InferredColumn text = column("VARCHAR(64)", "text", true);
    EXPECT_EQ(convertWith(text, ""), "NULL");
    EXPECT_EQ(convertWith(text, "\\N"), "NULL");
    EXPECT_EQ(convertWith(text, "null"), "NULL");
    EXPECT_EQ(convertWith(text, "N/A"), "N/A");
    EXPECT_EQ(convertWith(text, "Müller, Hans"), "Müller, Hans");
    ConversionOptions keepEmpty;
    keepEmpty.emptyAsString = true;
    EXPECT_EQ(makeConverter(text, keepEmpty), nullptr);
    EXPECT_EQ(makeConverter(column("VARCHAR(64)", "text", false), {}), nullptr);
    // plain integers in a NOT NULL column go as written: no converter, the loader keeps its byte ranges
    EXPECT_EQ(makeConverter(column("INT", "number;decimal=.;group=none", false), {}), nullptr);
    EXPECT_NE(makeConverter(column("INT", "number;decimal=.;group=none", true), {}), nullptr);
}

TEST(ValueConverter, IntegersRefuseFractionsAndKeepCanonicalText)
{
    const InferredColumn c = column("INT", "number;decimal=,;group=.");
    EXPECT_EQ(convertWith(c, "1.234"), "1234");
    EXPECT_EQ(convertWith(c, "1.234,00"), "1234");
    EXPECT_EQ(convertWith(c, "1.234,50"), "INVALID:?1.234,50");
    EXPECT_EQ(convertWith(c, "-0"), "0");
    EXPECT_EQ(convertWith(column("INT", "number;decimal=.;group=none"), "42"), "42");
    std::string out;
    EXPECT_EQ(makeConverter(column("INT", "number;decimal=.;group=none"), {})->convert("42", out), Outcome::Keep);
    EXPECT_TRUE(out.empty());
}

TEST(ValueConverter, PropertyRandomNumbersInEveryFormatComeBackExactly)
{
    std::mt19937_64 rng(20240701);
    struct Form
    {
        const char* spec;
        char decimal;
        const char* group; // bytes between groups of three
        const char* prefix;
        const char* suffix;
    };
    const Form forms[] = {
        { "number;decimal=.;group=,", '.', ",", "", "" },
        { "number;decimal=,;group=.", ',', ".", "", "" },
        { "number;decimal=.;group='", '.', "'", "", "" },
        { "number;decimal=,;group=space", ',', " ", "", "" },
        { "number;decimal=,;group=space", ',', "\xc2\xa0", "", "" },
        { "number;decimal=,;group=space", ',', "\xe2\x80\xaf", "", "" },
        { "number;decimal=.;group=,;currency=$", '.', ",", "$", "" },
        { "number;decimal=,;group=.;currency=€", ',', ".", "", " €" },
        { "number;decimal=.;group=none;currency=¥", '.', "", "¥", "" },
    };
    for (const Form& form : forms) {
        const InferredColumn c = column("DECIMAL(38,4)", form.spec);
        const auto converter = makeConverter(c, {});
        for (int k = 0; k < 2000; ++k) {
            const quint64 whole = rng() % 100000000000ULL;
            const int scale = int(rng() % 5);
            quint64 frac = 0;
            std::string fracText;
            for (int s = 0; s < scale; ++s) {
                const int d = int(rng() % 10);
                fracText.push_back(char('0' + d));
                frac = frac * 10 + quint64(d);
            }
            const bool negative = rng() % 3 == 0;
            const int negForm = int(rng() % 3); // -x, (x), x-
            std::string digits = std::to_string(whole);
            std::string grouped;
            for (size_t i = 0; i < digits.size(); ++i) {
                if (i > 0 && (digits.size() - i) % 3 == 0)
                    grouped += form.group;
                grouped.push_back(digits[i]);
            }
            std::string body = std::string(form.prefix) + grouped;
            if (scale > 0)
                body += form.decimal + fracText;
            body += form.suffix;
            std::string written = body;
            if (negative)
                written = negForm == 0 ? "-" + body : negForm == 1 ? "(" + body + ")" : body + "-";
            std::string canonical = (negative && (whole != 0 || frac != 0) ? "-" : "") + digits;
            if (scale > 0)
                canonical += "." + fracText;
            EXPECT_EQ(convert(converter.get(), written), canonical) << form.spec << " " << written;
        }
    }
}

TEST(ValueConverter, PropertyRandomDatesInEveryFormatComeBackExactly)
{
    std::mt19937_64 rng(7);
    static const char* const kMonths[]
        = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    const InferredColumn mdy = column("DATETIME", "datetime;order=mdy");
    const InferredColumn dmy = column("DATETIME", "datetime;order=dmy");
    const InferredColumn date = column("DATE", "date;order=mdy");
    ConversionOptions utc;
    utc.timezone = QStringLiteral("UTC");
    for (int k = 0; k < 3000; ++k) {
        const int year = 1900 + int(rng() % 200);
        const int month = 1 + int(rng() % 12);
        const int day = 1 + int(rng() % 28);
        const int hour = int(rng() % 24);
        const int minute = int(rng() % 60);
        const int second = int(rng() % 60);
        char iso[32];
        std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
        char isoTime[64];
        std::snprintf(isoTime, sizeof isoTime, "%s %02d:%02d:%02d", iso, hour, minute, second);
        char buf[64];
        std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", month, day, year);
        EXPECT_EQ(convertWith(date, buf), iso) << buf;
        std::snprintf(buf, sizeof buf, "%02d.%02d.%04d", day, month, year);
        EXPECT_EQ(convertWith(date, buf), iso) << buf;
        std::snprintf(buf, sizeof buf, "%d-%s-%04d", day, kMonths[month - 1], year);
        EXPECT_EQ(convertWith(date, buf), iso) << buf;
        std::snprintf(buf, sizeof buf, "%s %d, %04d", kMonths[month - 1], day, year);
        EXPECT_EQ(convertWith(date, buf), iso) << buf;
        std::snprintf(buf, sizeof buf, "%04d年%d月%d日", year, month, day);
        EXPECT_EQ(convertWith(date, buf), iso) << buf;
        std::snprintf(buf, sizeof buf, "%02d/%02d/%04d %02d:%02d:%02d", day, month, year, hour, minute, second);
        EXPECT_EQ(convertWith(dmy, buf), isoTime) << buf;
        const int h12 = hour % 12 == 0 ? 12 : hour % 12;
        std::snprintf(buf, sizeof buf, "%02d/%02d/%04d %02d:%02d:%02d %s", month, day, year, h12, minute, second,
            hour < 12 ? "AM" : "PM");
        EXPECT_EQ(convertWith(mdy, buf), isoTime) << buf;
        std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02dZ", iso, hour, minute, second);
        EXPECT_EQ(convertWith(mdy, buf, utc), isoTime) << buf;
        // an offset: the same instant written in another zone converts back to UTC
        const int offset = int(rng() % 27) - 12; // hours
        const qint64 utcSeconds = lex::daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
        const qint64 local = utcSeconds + offset * 3600;
        int ly = 0;
        int lm = 0;
        int ld = 0;
        const qint64 localDays = local >= 0 ? local / 86400 : -((-local + 86399) / 86400); // floor
        lex::civilFromDays(localDays, ly, lm, ld);
        const int ls = int(local - localDays * 86400);
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:00", ly, lm, ld, ls / 3600, ls / 60 % 60,
            ls % 60, offset < 0 ? '-' : '+', offset < 0 ? -offset : offset);
        EXPECT_EQ(convertWith(mdy, buf, utc), isoTime) << buf;
    }
}

namespace {

PreflightColumn preflightColumn(const char* name, const char* type, const char* spec, bool nullable = true)
{
    PreflightColumn c;
    c.name = QString::fromUtf8(name);
    c.type = *ColumnType::parse(QString::fromUtf8(type));
    c.format = *ValueFormat::parse(QString::fromUtf8(spec));
    c.nullable = nullable;
    return c;
}

} // namespace

TEST(ValueFormatPreflight, HandMappedDecimalWithoutFormatPredictsTheSilentWrongValues)
{
    // doris-facts §12.6: 2.1 stores 1,234.50 as 1.00, 1.234,50 as 12.34 and 12% as 12.00, filtering nothing
    Preflight p({ preflightColumn("amount", "DECIMAL(10,2)", "text") }, PreflightOptions {});
    p.addRow({ QStringLiteral("1,234.50") }, 2);
    p.addRow({ QStringLiteral("1.234,50") }, 3);
    p.addRow({ QStringLiteral("12%") }, 4);
    p.addRow({ QStringLiteral("7.25") }, 5);
    const PreflightReport r = p.report();
    EXPECT_EQ(r.filteredRows, 0);
    EXPECT_TRUE(r.pass);
    ASSERT_EQ(r.columns[0].reasons.size(), 1);
    const PreflightReason& altered = r.columns[0].reasons[0];
    EXPECT_EQ(altered.code, u"altered");
    EXPECT_EQ(altered.effect, PreflightEffect::Altered);
    EXPECT_EQ(altered.count, 3);
    EXPECT_EQ(r.columns[0].alteredValues, 3);
    EXPECT_EQ(altered.examples[1].line, 3);
    EXPECT_TRUE(altered.message.contains(u"1,234.50 → 1.00")) << altered.message.toStdString();
    EXPECT_EQ(DorisConversion::lenientDecimal(
                  QStringLiteral("1.234,50"), *ColumnType::parse(QStringLiteral("DECIMAL(10,2)"))),
        u"12.34");
    EXPECT_EQ(
        DorisConversion::lenientDecimal(QStringLiteral("12%"), *ColumnType::parse(QStringLiteral("DECIMAL(10,2)"))),
        u"12.00");
    EXPECT_EQ(
        DorisConversion::lenientDecimal(QStringLiteral("12abc"), *ColumnType::parse(QStringLiteral("DECIMAL(10,2)"))),
        u"12.00");
    EXPECT_TRUE(
        DorisConversion::lenientDecimal(QStringLiteral("$12"), *ColumnType::parse(QStringLiteral("DECIMAL(10,2)")))
            .isEmpty());
}

TEST(ValueFormatPreflight, WithTheFormatEveryValueLoadsAndMisfitsAreCountedWithTheirLines)
{
    for (const bool strict : { false, true }) {
        PreflightOptions options;
        options.strictMode = strict;
        Preflight p({ preflightColumn("amount", "DECIMAL(18,2)", "number;decimal=,;group=."),
                        preflightColumn("note", "VARCHAR(64)", "text") },
            options);
        p.addRow({ QStringLiteral("1.234,50"), QString() }, 2);
        p.addRow({ QStringLiteral("N/A"), QStringLiteral("x") }, 3);
        p.addRow({ QStringLiteral("12abc"), QStringLiteral("y") }, 4);
        const PreflightReport r = p.report();
        const ColumnPrediction& amount = r.columns[0];
        EXPECT_EQ(amount.alteredValues, 0);
        EXPECT_EQ(amount.unconvertible, 1);
        EXPECT_EQ(amount.nullValues, 1); // N/A
        ASSERT_EQ(amount.reasons.size(), 1);
        EXPECT_EQ(amount.reasons[0].code, u"not_convertible");
        EXPECT_EQ(amount.reasons[0].examples[0].line, 4);
        EXPECT_EQ(amount.reasons[0].examples[0].value, u"12abc");
        EXPECT_EQ(amount.reasons[0].effect, strict ? PreflightEffect::Filtered : PreflightEffect::Nulled);
        EXPECT_EQ(r.filteredRows, strict ? 1 : 0);
        EXPECT_EQ(r.columns[1].nullValues, 1); // the empty note loads as NULL
    }
}

TEST(RoomyTypes, DefaultsLeaveRoomAndTightTypesFitTheData)
{
    InferenceOptions tight;
    tight.tightTypes = true;
    const auto both = [&](std::initializer_list<const char*> values) {
        return std::make_pair(infer(values).type.toSql(), infer(values, tight).type.toSql());
    };
    EXPECT_EQ(both({ "1", "42", "-7" }), std::make_pair(QStringLiteral("INT"), QStringLiteral("TINYINT")));
    EXPECT_EQ(both({ "70000" }), std::make_pair(QStringLiteral("INT"), QStringLiteral("INT")));
    EXPECT_EQ(both({ "3000000000" }), std::make_pair(QStringLiteral("BIGINT"), QStringLiteral("BIGINT")));
    EXPECT_EQ(both({ "99999999999999999999" }), std::make_pair(QStringLiteral("LARGEINT"), QStringLiteral("LARGEINT")));
    EXPECT_EQ(
        both({ "99999.99", "1.5" }), std::make_pair(QStringLiteral("DECIMAL(18,2)"), QStringLiteral("DECIMAL(7,2)")));
    EXPECT_EQ(both({ "12345678901234567.891" }),
        std::make_pair(QStringLiteral("DECIMAL(20,3)"), QStringLiteral("DECIMAL(20,3)")));
    EXPECT_EQ(both({ "Olga Lopez 12" }), std::make_pair(QStringLiteral("VARCHAR(64)"), QStringLiteral("VARCHAR(16)")));
    EXPECT_EQ(both({ "a string of forty bytes, exactly forty.." }),
        std::make_pair(QStringLiteral("VARCHAR(255)"), QStringLiteral("VARCHAR(64)")));
    EXPECT_EQ(both({ "2024-07-01 10:00:00.123" }),
        std::make_pair(QStringLiteral("DATETIME(3)"), QStringLiteral("DATETIME(3)")));
    const std::string long20k(20000, 'x');
    ColumnProfiler roomy;
    roomy.addValue(std::string_view(long20k), 2);
    EXPECT_EQ(roomy.result().type.toSql(), u"STRING"); // 4 x 20000 is past 64 KiB
    const InferredColumn reason = infer({ "1", "42" });
    EXPECT_EQ(reason.reason, u"whole numbers from 1 to 42; INT leaves room for larger values (tight types: TINYINT)");
    EXPECT_TRUE(infer({ "99999.99" }).reason.contains(u"DECIMAL(18,2) leaves room"))
        << infer({ "99999.99" }).reason.toStdString();
}

TEST(ValueFormatCli, InspectJsonCarriesFormatsAndTakesOverrides)
{
    const QString german = test::dataPath(QStringLiteral("schema/formats/german.csv"));
    test::CliCapture c = test::runCliInProcess({ QStringLiteral("inspect"), german, QStringLiteral("--json") });
    ASSERT_EQ(c.code, 0) << c.err.toStdString();
    QJsonArray cols = QJsonDocument::fromJson(c.out.toUtf8()).object().value(QStringLiteral("columns")).toArray();
    ASSERT_EQ(cols.size(), 5);
    QJsonObject betrag = cols[1].toObject();
    EXPECT_EQ(betrag.value(QStringLiteral("type")).toString(), u"DECIMAL(18,2)");
    EXPECT_EQ(betrag.value(QStringLiteral("format")).toString(), u"number;decimal=,;group=.");
    EXPECT_EQ(betrag.value(QStringLiteral("format_description")).toString(), u"decimal comma, '.' groups thousands");

    c = test::runCliInProcess({ QStringLiteral("inspect"), german, QStringLiteral("--json"),
        QStringLiteral("--tight-types"), QStringLiteral("--format"), QStringLiteral("Kunde:text"),
        QStringLiteral("--format"), QStringLiteral("5:number;decimal=,;group=none;percent=points") });
    ASSERT_EQ(c.code, 0) << c.err.toStdString();
    cols = QJsonDocument::fromJson(c.out.toUtf8()).object().value(QStringLiteral("columns")).toArray();
    EXPECT_EQ(cols[1].toObject().value(QStringLiteral("type")).toString(), u"DECIMAL(9,2)");
    EXPECT_EQ(
        cols[4].toObject().value(QStringLiteral("format")).toString(), u"number;decimal=,;group=none;percent=points");
    EXPECT_EQ(cols[4].toObject().value(QStringLiteral("type")).toString(), u"DECIMAL(4,1)");

    c = test::runCliInProcess(
        { QStringLiteral("inspect"), german, QStringLiteral("--format"), QStringLiteral("Preis:number;decimal=,") });
    EXPECT_EQ(c.code, 2);
    EXPECT_TRUE(c.err.contains(u"no column \"Preis\"")) << c.err.toStdString();
    c = test::runCliInProcess(
        { QStringLiteral("inspect"), german, QStringLiteral("--format"), QStringLiteral("Betrag:number;decimal=;") });
    EXPECT_EQ(c.code, 2);
    EXPECT_TRUE(c.err.contains(u"decimal must be . or ,")) << c.err.toStdString();
    c = test::runCliInProcess(
        { QStringLiteral("inspect"), german, QStringLiteral("--timezone"), QStringLiteral("Mars/Olympus") });
    EXPECT_EQ(c.code, 2);
}

TEST(ValueFormatCli, PreflightPredictsTheConvertedLoadOrTheRawOne)
{
    const QString us = test::dataPath(QStringLiteral("schema/formats/us.csv"));
    test::CliCapture c = test::runCliInProcess({ QStringLiteral("preflight"), us, QStringLiteral("--json") });
    ASSERT_EQ(c.code, 0) << c.err.toStdString() << c.out.toStdString();
    QJsonObject o = QJsonDocument::fromJson(c.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("filtered_rows")).toInt(), 0);
    for (const QJsonValue v : o.value(QStringLiteral("columns")).toArray())
        EXPECT_EQ(v.toObject().value(QStringLiteral("altered_values")).toInt(), 0);
    // sent as written, the amounts would be stored wrong by 2.1 without a word
    c = test::runCliInProcess(
        { QStringLiteral("preflight"), us, QStringLiteral("--json"), QStringLiteral("--no-convert") });
    o = QJsonDocument::fromJson(c.out.toUtf8()).object();
    const QJsonObject share = o.value(QStringLiteral("columns")).toArray()[4].toObject();
    EXPECT_EQ(share.value(QStringLiteral("altered_values")).toInt(), 3) << c.out.toStdString();
}

TEST(ValueFormatRecipe, RecipesKeepFormatsAndRefuseBadOnes)
{
    recipe::ImportRecipe r;
    r.filePath = QStringLiteral("/data/umsatz.csv");
    r.database = QStringLiteral("db");
    r.table = QStringLiteral("t");
    r.tightTypes = true;
    r.percentAsRatio = false;
    r.timezone = QStringLiteral("Europe/Berlin");
    recipe::RecipeColumn amount;
    amount.sourceName = QStringLiteral("Betrag");
    amount.name = QStringLiteral("betrag");
    amount.type = QStringLiteral("DECIMAL(18,2)");
    r.columns.append(amount);
    r.columnFormats.insert(QStringLiteral("Betrag"), QStringLiteral("number;decimal=,;group=."));
    const Result<recipe::ImportRecipe> back = recipe::ImportRecipe::fromJson(r.toJson());
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back->columnFormats.value(QStringLiteral("Betrag")), u"number;decimal=,;group=.");
    EXPECT_TRUE(back->tightTypes);
    EXPECT_FALSE(back->percentAsRatio);
    EXPECT_EQ(back->timezone, u"Europe/Berlin");

    r.columnFormats[QStringLiteral("Betrag")] = QStringLiteral("number;decimal=x");
    const Result<recipe::ImportRecipe> bad = recipe::ImportRecipe::fromJson(r.toJson());
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, u"bad_recipe");
    EXPECT_TRUE(bad.error().message.contains(u"Betrag")) << bad.error().message.toStdString();
}

TEST(ValueFormatSpec, SpecsRoundTripAndChoicesAreListed)
{
    for (const char* spec :
        { "text", "boolean", "number;decimal=.;group=none", "number;decimal=,;group=space;currency=€",
            "number;decimal=.;group=';percent=ratio", "date;order=dmy", "datetime;order=mdy;tz=UTC" }) {
        const Result<ValueFormat> f = ValueFormat::parse(QString::fromUtf8(spec));
        ASSERT_TRUE(f.ok()) << spec;
        EXPECT_EQ(f->toSpec(), QString::fromUtf8(spec));
    }
    EXPECT_FALSE(ValueFormat::parse(QStringLiteral("number;decimal=.;group=.")).ok());
    EXPECT_FALSE(ValueFormat::parse(QStringLiteral("money")).ok());
    EXPECT_EQ(ValueFormat::groupChoices().size(), 5);
    EXPECT_EQ(ValueFormat::kindChoices().first().value, u"text");
    EXPECT_FALSE(ValueFormat::percentChoices().first().displayName.isEmpty());
}

TEST(RowViews, CsvViewsGiveExactlyTheFieldsOfNext)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("awkward.csv"));
    const QByteArray text = QByteArrayLiteral("\xEF\xBB\xBFid;name;note;amount\r\n"
                                              "1;\"Olga \"\"Max\"\" Lopez\";\"a;b\r\nc\";1.234,50\r\n"
                                              "2;plain;\"\"\"\";\r\n"
                                              "3;\"x\"tail;\\N;-3,75\r\n"
                                              "4;;;\r\n"
                                              "5;\"\";M\xC3\xBCller;7\r\n");
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text);
    f.close();
    auto a = source::openTableReader(path, {});
    auto b = source::openTableReader(path, {});
    ASSERT_TRUE(a.ok() && b.ok());
    source::Row row;
    source::RowViews views;
    int rows = 0;
    while (*(*a)->next(row)) {
        ASSERT_TRUE(*(*b)->nextViews(views));
        EXPECT_EQ(views.line, row.line);
        ASSERT_EQ(qsizetype(views.fields.size()), row.fields.size()) << row.line;
        for (qsizetype i = 0; i < row.fields.size(); ++i) {
            const std::string_view v = views.fields[size_t(i)];
            EXPECT_EQ(QString::fromUtf8(v.data(), qsizetype(v.size())), row.fields[i]) << row.line << " " << i;
        }
        ++rows;
    }
    EXPECT_FALSE(*(*b)->nextViews(views));
    EXPECT_EQ(rows, 5);
}

TEST(RowViews, RandomAwkwardCsvGivesTheSameFieldsAsNext)
{
    std::mt19937 rng(42);
    const char* const pieces[] = { "a", "b1", ",", "\"", "\"\"", "\r\n", "\n", "\r", "\\", "é", " ", ";", "x\"y" };
    QTemporaryDir dir;
    for (int round = 0; round < 40; ++round) {
        QByteArray text = "h1,h2,h3\n";
        for (int k = 0; k < 200; ++k)
            text += pieces[rng() % (sizeof(pieces) / sizeof(*pieces))];
        const QString path = dir.filePath(QStringLiteral("r%1.csv").arg(round));
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        source::ReaderOptions options;
        options.delimiter = QStringLiteral(",");
        auto a = source::openTableReader(path, options);
        auto b = source::openTableReader(path, options);
        ASSERT_TRUE(a.ok() && b.ok()) << round;
        source::Row row;
        source::RowViews views;
        while (*(*a)->next(row)) {
            ASSERT_TRUE(*(*b)->nextViews(views)) << round;
            ASSERT_EQ(views.line, row.line) << round;
            QStringList got;
            for (const std::string_view v : views.fields)
                got.append(QString::fromUtf8(v.data(), qsizetype(v.size())));
            ASSERT_EQ(got, row.fields) << round << " line " << row.line;
        }
        EXPECT_FALSE(*(*b)->nextViews(views)) << round;
        EXPECT_EQ((*a)->warnings().size(), (*b)->warnings().size()) << round;
    }
}
