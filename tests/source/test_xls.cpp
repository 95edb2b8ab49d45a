// Legacy .xls (BIFF8) workbooks read through FreeXL: the same sheet, date and number handling as XLSX.
// Fixtures: tests/data/source/xls (make_xls_fixtures.py writes them with xlwt).
#include "source/canonicalcsv.h"
#include "source/chunksource.h"
#include "source/sourcescanner.h"
#include "source/xlstablereader.h"
#include "source/xlsworker.h"
#include "sourcetestutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <random>

#include <unistd.h>

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
    // 1.0 is "1", decimals are plain (no exponent), booleans come out as 1/0 (FreeXL does not tell them
    // from numbers), and formula cells are empty: FreeXL skips FORMULA records and their cached results.
    EXPECT_EQ(rows.at(0).line, 2);
    EXPECT_EQ(rows.at(0).fields, texts({ "1", "10.5", "alice", "1", "plain", "" }));
    EXPECT_EQ(rows.at(1).fields, texts({ "2", "1", "张三", "0", "has,comma", "" }));
    EXPECT_EQ(rows.at(2).fields, texts({ "3", "-0.25", "say \"hi\"", "1", "line one\nline two", "" }));
    EXPECT_EQ(rows.at(3).line, 5);
    EXPECT_EQ(rows.at(3).fields, texts({ "1234567890123", "0.000025", "北京市", "0", "", "" }));
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
    // FreeXL alone gives "2100-02-29" (every fourth year leap) and "2100-12-30 24:00:00" here
    EXPECT_EQ(rows.at(3).fields, texts({ "4", "2100-03-01", "2101-01-01 00:00:00", "23:59:59", "45292" })) << file;
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
    // 60 is Excel's nonexistent 1900-02-29, read as 1900-02-28 by both readers (FreeXL alone: "1900-02-29")
    EXPECT_EQ(rows.at(0).fields, texts({ "1", "1900-01-01" }));
    EXPECT_EQ(rows.at(1).fields, texts({ "59", "1900-02-28" }));
    EXPECT_EQ(rows.at(2).fields, texts({ "60", "1900-02-28" }));
    EXPECT_EQ(rows.at(3).fields, texts({ "61", "1900-03-01" }));
    EXPECT_EQ(rows.at(4).fields, texts({ "2958465", "9999-12-31" })); // FreeXL alone: "9999-11-01"
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
    // FreeXL does not expose MERGEDCELLS records, so unlike XLSX there is no merged_cells warning:
    // the value sits in the top-left cell (B3) and the other merged cells read as empty.
    QList<SourceWarning> warnings;
    const auto rows = test::readAll(xls("merged.xls"), {}, nullptr, &warnings);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.at(0).fields, texts({ "1", "x", "y" }));
    EXPECT_EQ(rows.at(1).fields, texts({ "2", "merged", "" }));
    EXPECT_EQ(rows.at(2).fields, texts({ "3", "", "" }));
    EXPECT_TRUE(warnings.isEmpty());
}

TEST(Xls, BrokenWorkbooksAreRefused)
{
    for (const char* file : { "truncated.xls", "garbage.xls" }) {
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
    // 0/1 flags stay TINYINT (FreeXL reads BOOLERR cells as integers); the formula column has no values
    EXPECT_EQ(columnTypes(basic),
        texts({ "id BIGINT", "amount DECIMAL(8,6)", "name VARCHAR(16)", "ok TINYINT", "note VARCHAR(32) NULL",
            "total VARCHAR(255) NULL" }));
    EXPECT_TRUE(basic.value(QStringLiteral("warnings")).toArray().isEmpty());

    const QJsonObject dates = test::inspectJson({ xls("dates1904.xls"), QStringLiteral("--tight-types") }, 0);
    EXPECT_EQ(dates.value(QStringLiteral("rows")).toInt(), 4);
    // the serial without a date format stays a number; a time of day alone has no Doris type but text
    EXPECT_EQ(
        columnTypes(dates), texts({ "id TINYINT", "day DATE", "at DATETIME", "clock VARCHAR(16)", "serial INT" }));

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

/// Child processes of this test process as "pid state" (state from /proc/<pid>/stat; Z = zombie).
QStringList children()
{
    QStringList out;
    const QString self = QString::number(::getpid());
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        QFile stat(QStringLiteral("/proc/") + entry + QStringLiteral("/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // "pid (comm) state ppid ...": comm may hold spaces, so split after its closing parenthesis
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && QString::fromLatin1(fields.at(1)) == self)
            out.append(entry + QLatin1Char(' ') + QString::fromLatin1(fields.at(0)));
    }
    return out;
}

int openFds()
{
    return static_cast<int>(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System).size());
}

/// Sets the FreeXL watchdog for one test and restores the 20 s default after it.
class WatchdogGuard
{
public:
    explicit WatchdogGuard(int milliseconds) { XlsWorker::setWatchdogMilliseconds(milliseconds); }
    ~WatchdogGuard() { XlsWorker::setWatchdogMilliseconds(0); }
    WatchdogGuard(const WatchdogGuard&) = delete;
    WatchdogGuard& operator=(const WatchdogGuard&) = delete;
};

// FreeXL 1.0.6 segfaults (in its clean-up after the parse error) on basic.xls with the byte at 0x6e3 (the
// HEADER record length) set to 0x74. It runs in a child process, so the crash is an error, not our crash.
TEST(Xls, FreeXlCrashIsABadWorkbook)
{
    const int fds = openFds();
    const QString crash = xls("crash_0x6e3.xls");
    auto reader = openTableReader(crash, {});
    ASSERT_FALSE(reader.ok());
    EXPECT_EQ(reader.error().code, QStringLiteral("bad_workbook"));
    EXPECT_EQ(reader.error().message,
        QStringLiteral("FreeXL stopped while reading %1 (signal 11): the workbook is damaged.").arg(crash));
    EXPECT_EQ(reader.error().hint,
        QStringLiteral("Open it in Excel and save it again as .xlsx, or export the sheet as CSV."));

    auto scanned = SourceScanner::scan(crash, {});
    ASSERT_FALSE(scanned.ok());
    EXPECT_EQ(scanned.error().code, QStringLiteral("bad_workbook"));
    auto sheets = SourceScanner::sheets(crash);
    ASSERT_FALSE(sheets.ok());
    EXPECT_EQ(sheets.error().code, QStringLiteral("bad_workbook"));

    const QJsonObject error = test::inspectJson({ crash }, 2).value(QStringLiteral("error")).toObject();
    EXPECT_EQ(error.value(QStringLiteral("code")).toString(), QStringLiteral("bad_workbook"));
    EXPECT_TRUE(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("(signal 11)")));
    EXPECT_FALSE(error.value(QStringLiteral("hint")).toString().isEmpty());

    // every crashed child was reaped, and no descriptor was left behind
    EXPECT_EQ(children(), QStringList());
    EXPECT_EQ(openFds(), fds);
}

// FreeXL converts date cells day by day: eight serials near 2e9 keep it busy for far longer than the
// watchdog, which kills it and reports a timeout instead of hanging.
TEST(Xls, StalledFreeXlTimesOut)
{
    EXPECT_EQ(XlsWorker::watchdogMilliseconds(), 20000);
    const WatchdogGuard watchdog(300);
    const QString slow = xls("slow_dates.xls");
    auto reader = openTableReader(slow, {});
    ASSERT_FALSE(reader.ok());
    EXPECT_EQ(reader.error().code, QStringLiteral("xls_timeout"));
    EXPECT_EQ(reader.error().message,
        QStringLiteral("FreeXL sent nothing for 0.3 s while reading %1, so it was stopped.").arg(slow));
    EXPECT_TRUE(reader.error().hint.contains(QStringLiteral(".xlsx")));

    auto scanned = SourceScanner::scan(slow, {});
    ASSERT_FALSE(scanned.ok());
    EXPECT_EQ(scanned.error().code, QStringLiteral("xls_timeout"));
    EXPECT_EQ(children(), QStringList());
}

// 600 rows of 8 cells of 250 characters stream to ~1.2 MB, far more than the socket holds: after three
// rows the child is still alive, blocked writing. Closing the reader kills and reaps it.
TEST(Xls, ClosingTheReaderEarlyStopsFreeXl)
{
    const int fds = openFds();
    auto reader = openTableReader(xls("long_rows.xls"), {});
    ASSERT_TRUE(reader.ok()) << reader.error().text().toStdString();
    EXPECT_EQ((*reader)->info().columnNames, texts({ "a", "b", "c", "d", "e", "f", "g", "h" }));
    QString expected;
    for (int i = 0; i < 250; ++i)
        expected.append(QLatin1Char(char('a' + i % 26)));
    Row row;
    for (int i = 0; i < 3; ++i) {
        auto got = (*reader)->next(row);
        ASSERT_TRUE(got.ok() && *got);
        EXPECT_EQ(row.line, i + 2);
        EXPECT_EQ(row.fields, QStringList(8, expected));
    }
    const QStringList running = children();
    ASSERT_EQ(running.size(), 1);
    EXPECT_FALSE(running.first().endsWith(QLatin1Char('Z'))) << running.first().toStdString();
    EXPECT_GT(openFds(), fds); // the socket to the child

    reader->reset(); // the user closed the preview
    EXPECT_EQ(children(), QStringList());
    EXPECT_EQ(openFds(), fds);
}

// 200 copies of basic.xls with a few bytes changed or cut short (fixed seed): each is read to its end
// or refused with one of the workbook errors, and this process survives all of them.
TEST(Xls, MutatedWorkbooksNeverCrashTheReader)
{
    const WatchdogGuard watchdog(2000);
    QFile file(xls("basic.xls"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    std::mt19937 random(20261125);
    const QSet<QString> allowed
        = { QStringLiteral("bad_workbook"), QStringLiteral("xls_timeout"), QStringLiteral("encrypted_workbook") };
    int read = 0;
    int refused = 0;
    int crashed = 0;
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
        crashed += error->message.contains(QStringLiteral("(signal ")) ? 1 : 0;
        EXPECT_TRUE(allowed.contains(error->code)) << i << ": " << error->text().toStdString();
        EXPECT_FALSE(error->message.isEmpty()) << i;
    }
    EXPECT_EQ(read + refused, 200);
    EXPECT_GT(read, 0);
    EXPECT_GE(crashed, 1);
    EXPECT_EQ(children(), QStringList());
    std::printf("mutated .xls: %d read, %d refused (%d FreeXL crashes)\n", read, refused, crashed);
}

} // namespace
