// Legacy .xls (BIFF8) workbooks read by our own Compound File + BIFF reader: the same sheet, date, number and
// boolean handling as XLSX. Fixtures: tests/data/source/xls (make_xls_fixtures.py writes them with xlwt,
// make_lo_fixtures.sh with LibreOffice for real cached formula results).
#include "source/biffsheetreader.h"
#include "source/biffworkbook.h"
#include "source/canonicalcsv.h"
#include "source/cellformatter.h"
#include "source/chunksource.h"
#include "source/sourcescanner.h"
#include "source/xlstablereader.h"
#include "sourcetestutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtEndian>

#include <functional>

#include <random>

using namespace dia;
using namespace dia::source;

namespace {

QString xls(const char* name)
{
    return test::dataPath(QStringLiteral("source/xls/") + QString::fromUtf8(name));
}

QStringList texts(std::initializer_list<const char*> values)
{
    QStringList out;
    for (const char* v : values)
        out.append(QString::fromUtf8(v));
    return out;
}

/// "name TYPE" of every inspected column, with " NULL" when nullable.
QStringList columnTypes(const QJsonObject& inspected)
{
    QStringList out;
    for (const auto& c : inspected.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject column = c.toObject();
        out.append(column.value(QStringLiteral("original_name")).toString() + QLatin1Char(' ')
            + column.value(QStringLiteral("type")).toString()
            + (column.value(QStringLiteral("nullable")).toBool() ? QStringLiteral(" NULL") : QString()));
    }
    return out;
}

TEST(Xls, CellTypesAsText)
{
    SourceInfo info;
    QList<SourceWarning> warnings;
    const auto rows = test::readAll(xls("basic.xls"), {}, &info, &warnings);
    EXPECT_EQ(info.format, FileFormat::Xls);
    EXPECT_EQ(info.sheets, QStringList { QStringLiteral("Data") });
    EXPECT_EQ(info.sheet, QStringLiteral("Data"));
    EXPECT_TRUE(info.header);
    EXPECT_EQ(info.skipLines, 0);
    EXPECT_EQ(info.columnNames, texts({ "id", "amount", "name", "ok", "note", "total" }));
    ASSERT_EQ(rows.size(), 4);
    // 1.0 is "1", decimals are plain (no exponent), BOOLERR cells are booleans as in XLSX. xlwt writes
    // its formulas without a cached result (Excel recomputes them on open), so the total column is empty;
    // LibreOffice's formulas.xls below has real results.
    EXPECT_EQ(rows.at(0).line, 2);
    EXPECT_EQ(rows.at(0).fields, texts({ "1", "10.5", "alice", "true", "plain", "" }));
    EXPECT_EQ(rows.at(1).fields, texts({ "2", "1", "张三", "false", "has,comma", "" }));
    EXPECT_EQ(rows.at(2).fields, texts({ "3", "-0.25", "say \"hi\"", "true", "line one\nline two", "" }));
    EXPECT_EQ(rows.at(3).line, 5);
    EXPECT_EQ(rows.at(3).fields, texts({ "1234567890123", "0.000025", "北京市", "false", "", "" }));
    EXPECT_TRUE(warnings.isEmpty());
}

TEST(Xls, ProgressRunsToTheEnd)
{
    auto reader = openTableReader(xls("basic.xls"), {});
    ASSERT_TRUE(reader.ok());
    EXPECT_LT((*reader)->progress(), 1.0);
    Row row;
    int count = 0;
    double last = 0;
    for (;;) {
        auto got = (*reader)->next(row);
        ASSERT_TRUE(got.ok());
        if (!*got)
            break;
        ++count;
        EXPECT_GE((*reader)->progress(), last);
        last = (*reader)->progress();
    }
    EXPECT_EQ(count, 4);
    EXPECT_DOUBLE_EQ((*reader)->progress(), 1.0);
}

// The same calendar values written in the 1900 and in the 1904 date system read as the same ISO text.
void expectDates(const char* file)
{
    SourceInfo info;
    const auto rows = test::readAll(xls(file), {}, &info);
    EXPECT_EQ(info.columnNames, texts({ "id", "day", "at", "clock", "serial" })) << file;
    ASSERT_EQ(rows.size(), 4) << file;
    EXPECT_EQ(rows.at(0).fields, texts({ "1", "2024-01-01", "2024-01-01 12:00:00", "18:00:00", "45292" })) << file;
    EXPECT_EQ(rows.at(1).fields, texts({ "2", "1999-12-31", "2000-02-29 23:59:59", "06:30:15", "45292" })) << file;
    EXPECT_EQ(rows.at(2).fields, texts({ "3", "2028-07-04", "1970-01-01 00:00:01", "00:00:00", "45292" })) << file;
    // 2100 is not a leap year; milliseconds are kept as in XLSX (FreeXL rounded this one to the next day)
    EXPECT_EQ(rows.at(3).fields, texts({ "4", "2100-03-01", "2100-12-31 23:59:59.600", "23:59:59", "45292" })) << file;
}

TEST(Xls, Dates1900System)
{
    expectDates("dates1900.xls");
}

TEST(Xls, Dates1904System)
{
    expectDates("dates1904.xls");
}

TEST(Xls, Excel1900SerialsLikeXlsx)
{
    ReaderOptions options;
    options.sheet = QStringLiteral("Serials");
    const auto rows = test::readAll(xls("dates1900.xls"), options);
    ASSERT_EQ(rows.size(), 5);
    // 60 is Excel's nonexistent 1900-02-29, read as 1900-02-28 by both readers
    EXPECT_EQ(rows.at(0).fields, texts({ "1", "1900-01-01" }));
    EXPECT_EQ(rows.at(1).fields, texts({ "59", "1900-02-28" }));
    EXPECT_EQ(rows.at(2).fields, texts({ "60", "1900-02-28" }));
    EXPECT_EQ(rows.at(3).fields, texts({ "61", "1900-03-01" }));
    EXPECT_EQ(rows.at(4).fields, texts({ "2958465", "9999-12-31" }));
}

TEST(Xls, SparseRowsKeepColumnsByReference)
{
    SourceInfo info;
    const auto rows = test::readAll(xls("sparse.xls"), {}, &info);
    EXPECT_EQ(info.columnNames, texts({ "id", "name", "score" }));
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).line, 4);
    EXPECT_EQ(rows.at(0).fields, (QStringList { QString(), QString(), QStringLiteral("9") }));
    EXPECT_EQ(rows.at(1).line, 6);
    EXPECT_EQ(rows.at(1).fields, (QStringList { QStringLiteral("6"), QString(), QString() }));
}

TEST(Xls, MultipleSheetsByNameAndIndex)
{
    auto sheets = SourceScanner::sheets(xls("multisheet.xls"));
    ASSERT_TRUE(sheets.ok());
    EXPECT_EQ(*sheets, texts({ "People", "销售", "Notes" }));

    SourceInfo info;
    auto rows = test::readAll(xls("multisheet.xls"), {}, &info);
    EXPECT_EQ(info.sheet, QStringLiteral("People"));
    EXPECT_EQ(info.columnNames, texts({ "id", "name" }));
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(1).fields, texts({ "2", "carol" }));

    ReaderOptions byName;
    byName.sheet = QString::fromUtf8("销售");
    rows = test::readAll(xls("multisheet.xls"), byName, &info);
    EXPECT_EQ(info.sheet, QString::fromUtf8("销售"));
    EXPECT_EQ(info.columnNames, texts({ "城市", "金额" }));
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.at(0).fields, texts({ "上海", "99.5" }));

    ReaderOptions byIndex;
    byIndex.sheet = QStringLiteral("2");
    rows = test::readAll(xls("multisheet.xls"), byIndex, &info);
    EXPECT_EQ(info.sheet, QStringLiteral("Notes"));
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.at(0).fields, texts({ "third sheet" }));

    for (const char* missing : { "Nope", "3", "-1" }) {
        ReaderOptions options;
        options.sheet = QString::fromLatin1(missing);
        auto reader = openTableReader(xls("multisheet.xls"), options);
        ASSERT_FALSE(reader.ok()) << missing;
        EXPECT_EQ(reader.error().code, QStringLiteral("sheet_not_found")) << missing;
        EXPECT_TRUE(reader.error().message.contains(QString::fromUtf8("销售"))) << missing;
    }
}

TEST(Xls, MergedCellsReadTopLeftOnly)
{
    // as in XLSX: the value sits in the top-left cell (B3), the other merged cells read as empty, and a
    // merged_cells warning on the range's first row says so
    QList<SourceWarning> warnings;
    const auto rows = test::readAll(xls("merged.xls"), {}, nullptr, &warnings);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.at(0).fields, texts({ "1", "x", "y" }));
    EXPECT_EQ(rows.at(1).fields, texts({ "2", "merged", "" }));
    EXPECT_EQ(rows.at(2).fields, texts({ "3", "", "" }));
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_EQ(warnings.at(0).code, QStringLiteral("merged_cells"));
    EXPECT_EQ(warnings.at(0).line, 3);
    EXPECT_EQ(warnings.at(0).message,
        QStringLiteral("Cells B3:C4 are merged; only the top-left cell has a value, the others are read as empty."));
}

TEST(Xls, BrokenWorkbooksAreRefused)
{
    // crash_0x6e3.xls: basic.xls with a record length in the sheet changed (it used to crash FreeXL)
    for (const char* file : { "truncated.xls", "garbage.xls", "crash_0x6e3.xls" }) {
        auto reader = openTableReader(xls(file), {});
        ASSERT_FALSE(reader.ok()) << file;
        EXPECT_EQ(reader.error().code, QStringLiteral("bad_workbook")) << file;
        EXPECT_TRUE(reader.error().message.contains(QString::fromLatin1(file))) << file;
        EXPECT_FALSE(reader.error().hint.isEmpty()) << file;
        auto scanned = SourceScanner::scan(xls(file), {});
        ASSERT_FALSE(scanned.ok()) << file;
        EXPECT_EQ(scanned.error().code, QStringLiteral("bad_workbook")) << file;
        const QJsonObject o = test::inspectJson({ xls(file) }, 2);
        EXPECT_EQ(o.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("bad_workbook"))
            << file;
    }
}

TEST(Xls, InspectInfersTypes)
{
    const QJsonObject basic = test::inspectJson({ xls("basic.xls"), QStringLiteral("--tight-types") }, 0);
    EXPECT_EQ(basic.value(QStringLiteral("format")).toString(), QStringLiteral("xls"));
    EXPECT_EQ(basic.value(QStringLiteral("sheet")).toString(), QStringLiteral("Data"));
    EXPECT_EQ(basic.value(QStringLiteral("rows")).toInt(), 4);
    // BOOLERR cells are booleans; xlwt's formula column has no cached values
    EXPECT_EQ(columnTypes(basic),
        texts({ "id BIGINT", "amount DECIMAL(8,6)", "name VARCHAR(16)", "ok BOOLEAN", "note VARCHAR(32) NULL",
            "total VARCHAR(255) NULL" }));
    EXPECT_TRUE(basic.value(QStringLiteral("warnings")).toArray().isEmpty());

    const QJsonObject dates = test::inspectJson({ xls("dates1904.xls"), QStringLiteral("--tight-types") }, 0);
    EXPECT_EQ(dates.value(QStringLiteral("rows")).toInt(), 4);
    // the serial without a date format stays a number; a time of day alone has no Doris type but text;
    // the milliseconds of 23:59:59.600 ask for DATETIME(3)
    EXPECT_EQ(
        columnTypes(dates), texts({ "id TINYINT", "day DATE", "at DATETIME(3)", "clock VARCHAR(16)", "serial INT" }));

    const QJsonObject sales
        = test::inspectJson({ xls("multisheet.xls"), QStringLiteral("--sheet"), QString::fromUtf8("销售") }, 0);
    EXPECT_EQ(sales.value(QStringLiteral("sheet")).toString(), QString::fromUtf8("销售"));
    EXPECT_EQ(sales.value(QStringLiteral("sheets")).toArray().size(), 3);
    EXPECT_EQ(sales.value(QStringLiteral("rows")).toInt(), 1);
}

TEST(Xls, ChunkBodiesRoundTripAwkwardCells)
{
    test::expectAwkwardCellsRoundTrip(xls("awkward.xls"));
}

// 200 copies of basic.xls with a few bytes changed or cut short (fixed seed): each is read to its end
// or refused with one of the workbook errors, and this process survives all of them.
TEST(Xls, MutatedWorkbooksNeverCrashTheReader)
{
    QFile file(xls("basic.xls"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    std::mt19937 random(20261125);
    const QSet<QString> allowed = { QStringLiteral("bad_workbook"), QStringLiteral("encrypted_workbook") };
    int read = 0;
    int refused = 0;
    for (int i = 0; i < 200; ++i) {
        QByteArray bytes = original;
        if (i == 0) {
            bytes[0x6e3] = char(0x74); // the known crash
        } else if (i % 10 == 0) {
            bytes.truncate(512 + int(random() % std::uint32_t(bytes.size() - 512)));
        } else {
            for (int n = 1 + int(random() % 4); n > 0; --n)
                bytes[int(random() % std::uint32_t(bytes.size()))] = char(random() % 256);
        }
        const QString path = dir.filePath(QStringLiteral("m%1.xls").arg(i));
        QFile out(path);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size());
        out.close();

        std::optional<Error> error;
        auto reader = XlsTableReader::open(path, {});
        if (reader.ok()) {
            Row row;
            for (;;) {
                auto got = (*reader)->next(row);
                if (!got.ok())
                    error = got.error();
                if (!got.ok() || !*got)
                    break;
            }
        } else {
            error = reader.error();
        }
        if (!error) {
            ++read;
            continue;
        }
        ++refused;
        EXPECT_TRUE(allowed.contains(error->code)) << i << ": " << error->text().toStdString();
        EXPECT_FALSE(error->message.isEmpty()) << i;
    }
    EXPECT_EQ(read + refused, 200);
    EXPECT_GT(read, 0);
    EXPECT_GT(refused, 0);
    std::printf("mutated .xls: %d read, %d refused\n", read, refused);
}

QString sample(const char* name)
{
    return QStringLiteral(DIA_XLS_SAMPLES_DIR "/") + QString::fromUtf8(name);
}

// The workbook: column A values, columns B-D and row 6 formulas (two of them #VALUE!). FreeXL
// showed one column and five rows; the cached formula results give all four columns and six rows.
TEST(Xls, FormulaResultsAreRead)
{
    if (!QFileInfo::exists(sample("sheetjs_formulae_test_simple.xls")))
        GTEST_SKIP() << "../shared/xls-samples is absent";
    SourceInfo info;
    QList<SourceWarning> warnings;
    const auto rows = test::readAll(sample("sheetjs_formulae_test_simple.xls"), {}, &info, &warnings);
    EXPECT_FALSE(info.header);
    EXPECT_EQ(info.columnNames, texts({ "c1", "c2", "c3", "c4" }));
    ASSERT_EQ(rows.size(), 6);
    for (int i = 0; i < 5; ++i) {
        const QString v = QString::number(i + 1);
        EXPECT_EQ(rows.at(i).fields, (QStringList { v, v, v, v })) << i;
    }
    EXPECT_EQ(rows.at(5).line, 6);
    EXPECT_EQ(rows.at(5).fields, texts({ "", "55", "", "55" }));
    ASSERT_EQ(warnings.size(), 2);
    EXPECT_EQ(warnings.at(0).code, QStringLiteral("cell_error"));
    EXPECT_EQ(warnings.at(0).line, 6);
    EXPECT_EQ(warnings.at(0).message, QStringLiteral("Cell A6 holds the error #VALUE!; it is read as empty."));

    const QJsonObject o = test::inspectJson({ sample("sheetjs_formulae_test_simple.xls") }, 0);
    EXPECT_EQ(o.value(QStringLiteral("rows")).toInt(), 6);
    EXPECT_EQ(o.value(QStringLiteral("columns")).toArray().size(), 4);
}

// Password-protected workbooks (RC4 and CryptoAPI) carry FILEPASS: named as encrypted, not as broken.
TEST(Xls, EncryptedWorkbooksAreNamedAsSuch)
{
    for (const char* file : { "sheetjs_password_2002_40_972000.xls", "sheetjs_password_2002_128_enhanced.xls" }) {
        if (!QFileInfo::exists(sample(file)))
            GTEST_SKIP() << "../shared/xls-samples is absent";
        auto reader = openTableReader(sample(file), {});
        ASSERT_FALSE(reader.ok()) << file;
        EXPECT_EQ(reader.error().code, QStringLiteral("encrypted_workbook")) << file;
        EXPECT_EQ(reader.error().message, QStringLiteral("The workbook is password-protected.")) << file;
    }
}

// Hidden and very hidden sheets are listed (and can be chosen); the default sheet is the first visible one.
TEST(Xls, HiddenSheetsAreListedAsSuch)
{
    if (!QFileInfo::exists(sample("sheetjs_sheet_visibility.xls")))
        GTEST_SKIP() << "../shared/xls-samples is absent";
    SourceInfo info;
    test::readAll(sample("sheetjs_sheet_visibility.xls"), {}, &info);
    EXPECT_EQ(info.sheets, texts({ "Visible", "Hidden", "VeryHidden" }));
    EXPECT_EQ(info.hiddenSheets, texts({ "Hidden", "VeryHidden" }));
    EXPECT_EQ(info.sheet, QStringLiteral("Visible"));
}

// A compound file without a Workbook stream (here: a Word-like file) says it is not a workbook.
TEST(Xls, CompoundFileWithoutWorkbookSaysSo)
{
    QFile file(xls("basic.xls"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    const QByteArray name("W\0o\0r\0k\0b\0o\0o\0k\0", 16);
    const qsizetype at = bytes.indexOf(name);
    ASSERT_GE(at, 0);
    bytes.replace(at, name.size(), QByteArray("D\0o\0c\0u\0m\0e\0n\0t\0", 16));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("word.xls"));
    QFile out(path);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size());
    out.close();
    auto reader = openTableReader(path, {});
    ASSERT_FALSE(reader.ok());
    EXPECT_EQ(reader.error().code, QStringLiteral("bad_workbook"));
    EXPECT_TRUE(reader.error().message.contains(QStringLiteral("not an Excel workbook")))
        << reader.error().message.toStdString();
    EXPECT_TRUE(reader.error().message.contains(QStringLiteral("Document"))) << reader.error().message.toStdString();
}

// LibreOffice's BIFF8 (make_lo_fixtures.py): every formula gives its cached result: numbers from a
// filled-down (shared) formula, strings from the STRING record after FORMULA, booleans, an error, dates by
// the cell's format, the array formula I2:I5; a formula returning "" is an empty cell.
TEST(Xls, CachedFormulaResultsOfEveryKind)
{
    SourceInfo info;
    QList<SourceWarning> warnings;
    const auto rows = test::readAll(xls("lo_formulas.xls"), {}, &info, &warnings);
    EXPECT_EQ(info.sheets, texts({ "Formulas", "Hidden" }));
    EXPECT_EQ(info.hiddenSheets, texts({ "Hidden" }));
    EXPECT_EQ(info.columnNames, texts({ "id", "qty", "price", "total", "size", "big", "ratio", "due", "tenfold" }));
    ASSERT_EQ(rows.size(), 5);
    EXPECT_EQ(rows.at(0).fields, texts({ "1", "1", "2.5", "2.5", "small", "false", "0.25", "2024-02-01", "10" }));
    EXPECT_EQ(rows.at(1).fields, texts({ "2", "3", "5", "15", "big", "true", "0.75", "2024-02-02", "30" }));
    EXPECT_EQ(rows.at(2).fields, texts({ "3", "5", "7.5", "37.5", "big", "true", "1.25", "2024-02-03", "50" }));
    EXPECT_EQ(rows.at(3).fields, texts({ "4", "2", "10", "20", "small", "false", "", "2024-02-04", "20" }));
    EXPECT_EQ(rows.at(4).line, 6);
    EXPECT_EQ(rows.at(4).fields, texts({ "empty", "", "Müller €5 Café", "", "", "", "", "", "" }));
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_EQ(warnings.at(0).code, QStringLiteral("cell_error"));
    EXPECT_EQ(warnings.at(0).line, 5);
    EXPECT_EQ(warnings.at(0).message, QStringLiteral("Cell G5 holds the error #DIV/0!; it is read as empty."));

    ReaderOptions hidden;
    hidden.sheet = QStringLiteral("Hidden");
    const auto secret = test::readAll(xls("lo_formulas.xls"), hidden, &info);
    EXPECT_EQ(info.columnNames, texts({ "secret" }));
    ASSERT_EQ(secret.size(), 1);
    EXPECT_EQ(secret.at(0).fields, texts({ "42" }));
}

// A shared string table of 1,200 strings and one of 9,000 CJK characters spans five CONTINUE records:
// strings cut at record boundaries (switching between 8-bit and UTF-16 runs) come back whole.
TEST(Xls, SharedStringsAcrossContinueRecords)
{
    const auto rows = test::readAll(xls("lo_strings.xls"), {});
    ASSERT_EQ(rows.size(), 1201);
    for (int i = 0; i < 1200; ++i) {
        QString word = QStringLiteral("w%1-").arg(i, 5, 10, QLatin1Char('0'));
        if (i % 7 == 0)
            word += QChar(0xE4);
        word += QString(i % 23, QLatin1Char('x'));
        ASSERT_EQ(rows.at(i).fields, (QStringList { QString::number(i), word })) << i;
        ASSERT_EQ(rows.at(i).line, i + 2);
    }
    EXPECT_EQ(rows.at(1200).fields, (QStringList { QStringLiteral("1200"), QString(9000, QChar(0x957F)) }));
}

/// basic.xls with `edit` applied to its bytes; `edit` gets the offset of the Workbook directory entry and
/// of the FAT entry of the stream's first sector.
QString editedBasic(QTemporaryDir& dir, const std::function<void(QByteArray&, int entry, int fatEntry)>& edit)
{
    QFile file(xls("basic.xls"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    const int entry = int(bytes.indexOf(QByteArray("W\0o\0r\0k\0b\0o\0o\0k\0", 16)));
    EXPECT_GT(entry, 0);
    const quint32 start = qFromLittleEndian<quint32>(bytes.constData() + entry + 116);
    const quint32 fatSector = qFromLittleEndian<quint32>(bytes.constData() + 0x4C);
    edit(bytes, entry, int((fatSector + 1) * 512 + 4 * start));
    const QString path = dir.filePath(QStringLiteral("edited.xls"));
    QFile out(path);
    EXPECT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(bytes) == bytes.size());
    return path;
}

void expectBadWorkbook(const QString& path, const char* says)
{
    auto reader = openTableReader(path, {});
    ASSERT_FALSE(reader.ok()) << says;
    EXPECT_EQ(reader.error().code, QStringLiteral("bad_workbook"));
    EXPECT_TRUE(reader.error().message.contains(QString::fromUtf8(says))) << reader.error().message.toStdString();
    EXPECT_EQ(reader.error().hint,
        QStringLiteral("Open it in Excel and save it again as .xlsx, or export the sheet as CSV."));
}

void putU32(QByteArray& bytes, int at, quint32 v)
{
    qToLittleEndian<quint32>(v, bytes.data() + at);
}

// Every chain of the container is checked: a loop, a sector outside the FAT, sizes the file cannot hold.
TEST(Xls, BrokenContainerChainsAreRefused)
{
    QTemporaryDir dir;
    const QString loop = editedBasic(dir, [](QByteArray& b, int entry, int fatEntry) {
        putU32(b, fatEntry, qFromLittleEndian<quint32>(b.constData() + entry + 116)); // sector -> itself
    });
    expectBadWorkbook(loop, "chain loops back to sector");
    const QString outside = editedBasic(dir, [](QByteArray& b, int entry, int) { putU32(b, entry + 116, 0x00FFFFF0); });
    expectBadWorkbook(outside, "outside the allocation table");
    const QString huge = editedBasic(dir, [](QByteArray& b, int entry, int) { putU32(b, entry + 120, 600u << 20); });
    expectBadWorkbook(huge, "streams over 512 MiB are refused");
    const QString pastEnd = editedBasic(dir, [](QByteArray& b, int entry, int) { putU32(b, entry + 120, 1u << 20); });
    expectBadWorkbook(pastEnd, "more than the file holds");
}

/// A BIFF8 record.
QByteArray record(quint16 type, const QByteArray& body)
{
    QByteArray r(4, '\0');
    qToLittleEndian<quint16>(type, r.data());
    qToLittleEndian<quint16>(quint16(body.size()), r.data() + 2);
    return r + body;
}

QByteArray le16(quint16 v)
{
    QByteArray b(2, '\0');
    qToLittleEndian<quint16>(v, b.data());
    return b;
}

QByteArray le32(quint32 v)
{
    QByteArray b(4, '\0');
    qToLittleEndian<quint32>(v, b.data());
    return b;
}

QByteArray numberRecord(quint16 row, quint16 col, double v)
{
    QByteArray b = le16(row) + le16(col) + le16(0);
    b.append(reinterpret_cast<const char*>(&v), 8);
    return record(0x0203, b);
}

/// A BIFF8 stream: globals (`globals` between BOF and BOUNDSHEET) and one worksheet of `cells`.
QByteArray biffStream(const QByteArray& globals, const QByteArray& cells)
{
    const QByteArray bof = le16(0x0600) + le16(0x0005) + QByteArray(12, '\0');
    const QByteArray sheetBof = le16(0x0600) + le16(0x0010) + QByteArray(12, '\0');
    QByteArray head = record(0x0809, bof) + globals;
    const QByteArray name = QByteArray("\x01\x00S", 3);
    const int boundSheetSize = 4 + 8 + 1;
    const quint32 sheetAt = quint32(head.size() + boundSheetSize + 4);
    head += record(0x0085, le32(sheetAt) + QByteArray("\x00\x00", 2) + name) + record(0x000A, {});
    return head + record(0x0809, sheetBof) + cells + record(0x000A, {});
}

// Hostile or odd BIFF: a shared string count the table cannot hold is refused; FILEPASS is encryption;
// rows written out of order come back sorted, each once.
TEST(Xls, BiffStreamsAreChecked)
{
    const QByteArray lyingSst = record(0x00FC, le32(1000000000) + le32(1000000000) + QByteArray(16, 'a'));
    auto sst = BiffWorkbook::parse(biffStream(lyingSst, {}));
    ASSERT_FALSE(sst.ok());
    EXPECT_EQ(sst.error().code, QStringLiteral("bad_workbook"));
    EXPECT_EQ(sst.error().message,
        QStringLiteral("Its shared string table claims 1000000000 strings but holds only 16 bytes."));

    auto encrypted = BiffWorkbook::parse(biffStream(record(0x002F, le16(1) + QByteArray(52, '\0')), {}));
    ASSERT_FALSE(encrypted.ok());
    EXPECT_EQ(encrypted.error().code, QStringLiteral("encrypted_workbook"));

    const QByteArray cells = numberRecord(4, 1, 5.5) + numberRecord(0, 0, 1) + numberRecord(4, 0, 4)
        + numberRecord(2, 2, 0.1) + numberRecord(0, 1, 2);
    auto book = BiffWorkbook::parse(biffStream({}, cells));
    ASSERT_TRUE(book.ok()) << book.error().text().toStdString();
    ASSERT_EQ(book->sheets().size(), 1);
    EXPECT_EQ(book->sheets().at(0).name, QStringLiteral("S"));
    BiffSheetReader sheet(*book, book->sheets().at(0).offset, book->stream().size(), [](auto&&...) {});
    ASSERT_TRUE(sheet.scan().ok());
    EXPECT_EQ(sheet.width(), 3);
    quint32 row = 0;
    QStringList got;
    QList<std::pair<quint32, QStringList>> rows;
    while (sheet.nextRow(row, got))
        rows.append({ row, got });
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.at(0), (std::pair<quint32, QStringList>(0, texts({ "1", "2", "" }))));
    EXPECT_EQ(rows.at(1), (std::pair<quint32, QStringList>(2, texts({ "", "", "0.1" }))));
    EXPECT_EQ(rows.at(2), (std::pair<quint32, QStringList>(4, texts({ "4", "5.5", "" }))));
}

// Date-formatted serials past 9999-12-31 cannot be dates: they stay numbers (FreeXL took seconds per cell).
TEST(Xls, SerialsPastTheCalendarStayNumbers)
{
    const auto rows = test::readAll(xls("slow_dates.xls"), {});
    ASSERT_EQ(rows.size(), 8);
    EXPECT_EQ(rows.at(0).fields, texts({ "1", "2000000001" }));
    EXPECT_EQ(rows.at(7).fields, texts({ "8", "2000000008" }));
}

// BIFF5 (Excel 5/95) stores 8-bit strings in the workbook's CODEPAGE: sheet names and labels in
// Windows-1251 come out as Cyrillic.
TEST(Xls, Biff5StringsUseTheCodepage)
{
    const QByteArray bof = le16(0x0500) + le16(0x0005) + QByteArray(4, '\0');
    const QByteArray sheetBof = le16(0x0500) + le16(0x0010) + QByteArray(4, '\0');
    const QByteArray name("\xCB\xE8\xF1\xF2", 4); // "Лист" in Windows-1251
    QByteArray head = record(0x0809, bof) + record(0x0042, le16(1251));
    const quint32 sheetAt = quint32(head.size() + 4 + 4 + 2 + 1 + name.size() + 4);
    head += record(0x0085, le32(sheetAt) + QByteArray("\x00\x00", 2) + char(name.size()) + name) + record(0x000A, {});
    const QByteArray city("\xCC\xEE\xF1\xEA\xE2\xE0", 6); // "Москва"
    const QByteArray label = record(0x0204, le16(0) + le16(0) + le16(0) + le16(quint16(city.size())) + city);
    auto book
        = BiffWorkbook::parse(head + record(0x0809, sheetBof) + label + numberRecord(0, 1, 7) + record(0x000A, {}));
    ASSERT_TRUE(book.ok()) << book.error().text().toStdString();
    EXPECT_EQ(book->version(), 5);
    ASSERT_EQ(book->sheets().size(), 1);
    EXPECT_EQ(book->sheets().at(0).name, QString::fromUtf8("Лист"));
    BiffSheetReader sheet(*book, book->sheets().at(0).offset, book->stream().size(), [](auto&&...) {});
    ASSERT_TRUE(sheet.scan().ok());
    quint32 row = 9;
    QStringList cells;
    ASSERT_TRUE(sheet.nextRow(row, cells));
    EXPECT_EQ(row, 0u);
    EXPECT_EQ(cells, (QStringList { QString::fromUtf8("Москва"), QStringLiteral("7") }));
    EXPECT_FALSE(sheet.nextRow(row, cells));
}

QString writeTemp(QTemporaryDir& dir, const char* name, const QByteArray& bytes)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile out(path);
    EXPECT_TRUE(out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size());
    return path;
}

QByteArray doubleBytes(double v)
{
    return QByteArray(reinterpret_cast<const char*>(&v), 8);
}

// Excel 2-4 saved one worksheet as a bare BIFF stream (no compound file): read as a one-sheet workbook,
// dates by their FORMAT record (numbered in order: these versions have no built-in formats).
TEST(Xls, Excel4WorksheetIsRead)
{
    const QByteArray biff4 = record(0x0409, le16(0) + le16(0x0010) + le16(0))
        + record(0x041E, le16(0) + char(7) + QByteArray("General"))
        + record(0x041E, le16(0) + char(10) + QByteArray("yyyy-mm-dd")) + record(0x0443, QByteArray("\x00\x00", 2))
        + record(0x0443, QByteArray("\x00\x01", 2)) + record(0x0204, le16(0) + le16(0) + le16(0) + le16(2) + "id")
        + record(0x0204, le16(0) + le16(1) + le16(0) + le16(3) + "day")
        + record(0x0204, le16(0) + le16(2) + le16(0) + le16(2) + "ok")
        + record(0x0204, le16(0) + le16(3) + le16(0) + le16(5) + "ratio")
        + record(0x0203, le16(1) + le16(0) + le16(0) + doubleBytes(1))
        + record(0x0203, le16(1) + le16(1) + le16(1) + doubleBytes(45292))
        + record(0x0205, le16(1) + le16(2) + le16(0) + QByteArray("\x01\x00", 2))
        + record(0x0406, le16(1) + le16(3) + le16(0) + doubleBytes(3.5) + le16(0) + le16(0)) + record(0x000A, {});
    QTemporaryDir dir;
    SourceInfo info;
    const auto rows = test::readAll(writeTemp(dir, "excel4.xls", biff4), {}, &info);
    EXPECT_EQ(info.format, FileFormat::Xls);
    EXPECT_EQ(info.sheets, texts({ "Sheet1" }));
    EXPECT_TRUE(info.header);
    EXPECT_EQ(info.columnNames, texts({ "id", "day", "ok", "ratio" }));
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.at(0).line, 2);
    EXPECT_EQ(rows.at(0).fields, texts({ "1", "2024-01-01", "true", "3.5" }));
}

TEST(Xls, Excel2WorksheetIsRead)
{
    const QByteArray attrDate("\x00\x01\x00", 3); // format index 1 in the second attribute byte
    const QByteArray attr("\x00\x00\x00", 3);
    const QByteArray biff2 = record(0x0009, le16(2) + le16(0x0010)) + record(0x001E, char(7) + QByteArray("General"))
        + record(0x001E, char(8) + QByteArray("dd.mm.yy")) + record(0x0002, le16(0) + le16(0) + attr + le16(7))
        + record(0x0003, le16(0) + le16(1) + attrDate + doubleBytes(45292))
        + record(0x0004, le16(0) + le16(2) + attr + char(3) + QByteArray("abc"))
        + record(0x0005, le16(0) + le16(3) + attr + QByteArray("\x07\x01", 2)) + record(0x000A, {});
    QTemporaryDir dir;
    ReaderOptions options;
    options.header = false;
    QList<SourceWarning> warnings;
    const auto rows = test::readAll(writeTemp(dir, "excel2.xls", biff2), options, nullptr, &warnings);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.at(0).fields, texts({ "7", "2024-01-01", "abc" }));
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_EQ(warnings.at(0).message, QStringLiteral("Cell D1 holds the error #DIV/0!; it is read as empty."));
}

// The reader's own date formatting gives exactly CellFormatter's text (the XLSX reader's) for every kind, both
// date systems, the 1900 leap-year bug, times rounding into the next day and the calendar's ends.
TEST(Xls, FastDateTextMatchesCellFormatter)
{
    std::mt19937 random(16);
    QList<double> serials = { 0, 0.5, 1, 59, 59.99999999, 60, 60.5, 61, 1461, 25569, 45292.999999999, 2958464.99999,
        2958465, 2958465.5, 2958466, -1 };
    for (int i = 0; i < 20000; ++i)
        serials.append(std::uniform_real_distribution<double>(0, 2958466)(random));
    for (int i = 0; i < 2000; ++i)
        serials.append(double(random() % 3000000) + double(random() % 86400000) / 86400000.0);
    for (double serial : serials) {
        for (bool date1904 : { false, true }) {
            for (DateKind kind : { DateKind::Date, DateKind::DateTime, DateKind::Time }) {
                ASSERT_EQ(BiffSheetReader::serialToIso(serial, date1904, kind),
                    CellFormatter::serialToIso(serial, date1904, kind))
                    << qPrintable(QString::number(serial, 'g', 17)) << " " << date1904 << " " << int(kind);
            }
        }
    }
}

} // namespace
