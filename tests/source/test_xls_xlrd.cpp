// Differential test of the .xls reader against xlrd (python3-xlrd, an independent BIFF reader): for every
// workbook in ../shared/xls-samples and every fixture in tests/data/source/xls, the same sheets (names,
// hidden ones) and, sheet by sheet, the same non-empty rows with the same cells (numbers compared as
// doubles, strings exactly, booleans, dates as dates). xlrd_dump.py turns xlrd's view into our conventions.
#include "sourcetestutil.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

using namespace dia;
using namespace dia::source;

namespace {

QString python()
{
    return QFileInfo::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                 : QStringLiteral("python3");
}

bool haveXlrd()
{
    const auto r = test::runProcess(python(), { QStringLiteral("-c"), QStringLiteral("import xlrd") });
    return r.exitCode == 0;
}

QJsonObject xlrdDump(const QString& path)
{
    const auto r = test::runProcess(python(), { test::dataPath(QStringLiteral("source/xls/xlrd_dump.py")), path });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return QJsonDocument::fromJson(r.out).object();
}

/// Where xlrd is wrong or stricter than we are (and Excel): the file, and why its answer is not compared.
const QMap<QString, QString>& xlrdExceptions()
{
    static const QMap<QString, QString> cases = {
        // xlrd 1.2 (Debian 12) stops at "Workbook corruption: seen[2] == 4": two directory entries claim
        // the same sector. Excel, LibreOffice and xlrd 2 (ignore_workbook_corruption=True) open it.
        { QStringLiteral("xlrd_corrupted_error.xls"), QStringLiteral("xlrd refuses a shared sector") },
    };
    return cases;
}

/// Same cell, in our text conventions: numbers as doubles, dates by their day (and time to the second).
bool sameCell(const QString& ours, const QString& theirs)
{
    if (ours == theirs)
        return true;
    if (theirs.startsWith(QLatin1String("serial:"))) {
        // a date-formatted serial xlrd refuses to convert: negative ones (Excel shows ####, we keep the
        // number) and 1900 ones before March (Excel's calendar, which we follow, has them)
        const double serial = theirs.mid(7).toDouble();
        return serial < 0 ? ours.toDouble() == serial : !ours.isEmpty();
    }
    // a date format with a whole day: our DATETIME-formatted cells keep " 00:00:00"
    if (ours == theirs + QLatin1String(" 00:00:00"))
        return true;
    // serial 0 with a date format (Excel shows 1900-01-00): xlrd gives the time 00:00:00, we the day before 1900-01-01
    if (theirs == QLatin1String("00:00:00") && ours == QLatin1String("1899-12-31"))
        return true;
    bool okA = false;
    bool okB = false;
    const double a = ours.toDouble(&okA);
    const double b = theirs.toDouble(&okB);
    if (okA && okB)
        return a == b;
    return false;
}

void compareWorkbook(const QString& path)
{
    SCOPED_TRACE(path.toStdString());
    const QJsonObject expected = xlrdDump(path);
    const QString name = QFileInfo(path).fileName();
    if (xlrdExceptions().contains(name)) {
        auto reader = openTableReader(path, {});
        EXPECT_TRUE(reader.ok()) << xlrdExceptions().value(name).toStdString();
        return;
    }
    if (expected.contains(QStringLiteral("error"))) {
        auto reader = openTableReader(path, {});
        ASSERT_FALSE(reader.ok()) << "xlrd: " << expected.value(QStringLiteral("error")).toString().toStdString();
        const QString code = expected.value(QStringLiteral("error")).toString() == QLatin1String("encrypted")
            ? QStringLiteral("encrypted_workbook")
            : QStringLiteral("bad_workbook");
        EXPECT_EQ(reader.error().code, code) << reader.error().text().toStdString();
        return;
    }
    const QJsonArray sheets = expected.value(QStringLiteral("sheets")).toArray();
    QStringList names;
    QStringList hidden;
    for (const auto& s : sheets) {
        names.append(s.toObject().value(QStringLiteral("name")).toString());
        if (s.toObject().value(QStringLiteral("hidden")).toBool())
            hidden.append(names.last());
    }
    for (int i = 0; i < sheets.size(); ++i) {
        SCOPED_TRACE(names.at(i).toStdString());
        ReaderOptions options;
        options.sheet = QString::number(i);
        options.header = false;
        options.skipLines = 0;
        auto reader = openTableReader(path, options);
        ASSERT_TRUE(reader.ok()) << reader.error().text().toStdString();
        EXPECT_EQ((*reader)->info().sheets, names);
        EXPECT_EQ((*reader)->info().hiddenSheets, hidden);
        QMap<int, QStringList> ours;
        Row row;
        for (;;) {
            auto got = (*reader)->next(row);
            ASSERT_TRUE(got.ok()) << got.error().text().toStdString();
            if (!*got)
                break;
            QStringList cells = row.fields;
            while (!cells.isEmpty() && cells.last().isEmpty())
                cells.removeLast();
            EXPECT_FALSE(ours.contains(int(row.line - 1))) << "row " << row.line << " twice";
            ours.insert(int(row.line - 1), cells);
        }
        const QJsonObject rows = sheets.at(i).toObject().value(QStringLiteral("rows")).toObject();
        QList<int> theirRows;
        for (auto it = rows.begin(); it != rows.end(); ++it)
            theirRows.append(it.key().toInt());
        std::sort(theirRows.begin(), theirRows.end());
        EXPECT_EQ(ours.keys(), theirRows);
        for (int r : theirRows) {
            const QJsonArray theirs = rows.value(QString::number(r)).toArray();
            const QStringList mine = ours.value(r);
            for (int c = 0; c < qMax(int(theirs.size()), int(mine.size())); ++c) {
                const QString a = c < mine.size() ? mine.at(c) : QString();
                const QString b = c < theirs.size() ? theirs.at(c).toString() : QString();
                EXPECT_TRUE(sameCell(a, b)) << "row " << r + 1 << " col " << c + 1 << ": ours \"" << a.toStdString()
                                            << "\", xlrd \"" << b.toStdString() << "\"";
            }
        }
    }
}

class XlsAgainstXlrd : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!haveXlrd())
            GTEST_SKIP() << "python3-xlrd is not installed (installer/deps-debian.sh installs it)";
    }
};

TEST_F(XlsAgainstXlrd, SharedSamples)
{
    const QDir dir(QStringLiteral(DIA_XLS_SAMPLES_DIR));
    if (!dir.exists())
        GTEST_SKIP() << "../shared/xls-samples is absent: the public sample workbooks are not compared";
    const QStringList files = dir.entryList({ QStringLiteral("*.xls") }, QDir::Files, QDir::Name);
    EXPECT_GE(files.size(), 24);
    for (const QString& f : files)
        compareWorkbook(dir.filePath(f));
}

TEST_F(XlsAgainstXlrd, OwnFixtures)
{
    const QDir dir(test::dataPath(QStringLiteral("source/xls")));
    const QStringList files = dir.entryList({ QStringLiteral("*.xls") }, QDir::Files, QDir::Name);
    EXPECT_GE(files.size(), 10);
    for (const QString& f : files)
        compareWorkbook(dir.filePath(f));
}

} // namespace
