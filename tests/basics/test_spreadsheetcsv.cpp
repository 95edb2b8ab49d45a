// Exported rejected rows open safely in Excel/LibreOffice: no formula is evaluated, quoting is RFC 4180.
#include "common/spreadsheetcsv.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dia;

TEST(SpreadsheetCsv, FormulaLikeCellsAreDefused)
{
    EXPECT_EQ(spreadsheetSafeCell(QStringLiteral("=HYPERLINK(\"http://evil\")")),
        QStringLiteral("'=HYPERLINK(\"http://evil\")"));
    EXPECT_EQ(spreadsheetSafeCell(QStringLiteral("+1+1")), QStringLiteral("'+1+1"));
    EXPECT_EQ(spreadsheetSafeCell(QStringLiteral("-2")), QStringLiteral("'-2"));
    EXPECT_EQ(spreadsheetSafeCell(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    EXPECT_EQ(spreadsheetSafeCell(QStringLiteral("\t=1")), QStringLiteral("'\t=1"));
    EXPECT_EQ(spreadsheetSafeCell(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(spreadsheetSafeCell(QString()), QString());
}

TEST(SpreadsheetCsv, LinesQuoteSeparatorsQuotesAndNewlines)
{
    EXPECT_EQ(spreadsheetCsvLine({ QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("x\ny"),
                  QStringLiteral("=1") }),
        QStringLiteral("\"a,b\",\"say \"\"hi\"\"\",\"x\ny\",'=1"));
}

TEST(SpreadsheetCsv, WritesUtf8WithBomAndCrlf)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rejected.csv"));
    ASSERT_TRUE(writeSpreadsheetCsv(path, { QStringLiteral("line"), QStringLiteral("reason") },
        { { QStringLiteral("17"), QStringLiteral("值太长") } })
                    .ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("\xEF\xBB\xBFline,reason\r\n17,\xE5\x80\xBC\xE5\xA4\xAA\xE9\x95\xBF\r\n"));
}

TEST(SpreadsheetCsv, UnwritablePathGivesAnError)
{
    const Status status = writeSpreadsheetCsv(QStringLiteral("/proc/definitely/not/here.csv"), {}, {});
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, QStringLiteral("export_failed"));
}
