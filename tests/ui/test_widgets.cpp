// The live chart, the bounded log model and the inline banner, offscreen.
#include "models/logmodel.h"
#include "models/rejectedrowsmodel.h"
#include "widgets/messagebanner.h"
#include "widgets/throughputchart.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QImage>

#include <qcustomplot.h>

#include <gtest/gtest.h>

using namespace dia::ui;

TEST(ThroughputChart, FlushesQueuedSamplesInOneBatchAndFollowsTheTail)
{
    ThroughputChart chart;
    chart.resize(800, 300);
    for (int i = 1; i <= 600; ++i)
        chart.addSample(i * 0.25, 50000.0 + i, 40.0 + (i % 7));
    EXPECT_EQ(chart.plot()->graph(0)->dataCount(), 0); // nothing is plotted before the timer flushes
    chart.flush();
    EXPECT_EQ(chart.plot()->graph(0)->dataCount(), 600);
    EXPECT_EQ(chart.plot()->graph(1)->dataCount(), 600);
    EXPECT_TRUE(chart.isFollowingTail());
    EXPECT_DOUBLE_EQ(chart.plot()->xAxis->range().upper, 150.0);
    EXPECT_DOUBLE_EQ(chart.plot()->xAxis->range().lower, 150.0 - ThroughputChart::kWindowSeconds);

    QDir().mkpath(QStringLiteral(DIA_SCREENSHOT_DIR));
    const QString path = QStringLiteral(DIA_SCREENSHOT_DIR "/throughput-chart.png");
    ASSERT_TRUE(chart.savePng(path, 800, 300));
    EXPECT_EQ(QImage(path).size(), QSize(800, 300));
}

TEST(ThroughputChart, OutOfOrderSamplesAreDroppedAndClearResets)
{
    ThroughputChart chart;
    chart.addSample(1.0, 10, 1);
    chart.addSample(0.5, 10, 1); // older than the last one: ignored so keys stay sorted
    chart.addSample(2.0, 20, 2);
    chart.flush();
    EXPECT_EQ(chart.plot()->graph(0)->dataCount(), 2);
    chart.clear();
    EXPECT_EQ(chart.plot()->graph(0)->dataCount(), 0);
    EXPECT_TRUE(chart.isFollowingTail());
}

TEST(LogModel, IsBoundedAndDropsTheOldestEntry)
{
    LogModel model(3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (int i = 0; i < 5; ++i)
        model.append(LogModel::Severity::Info, QStringLiteral("message %1").arg(i));
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_TRUE(model.data(model.index(0, 0), Qt::ToolTipRole).toString() == QStringLiteral("message 2"));
    EXPECT_TRUE(model.data(model.index(2, 0), Qt::DisplayRole).toString().endsWith(QStringLiteral("message 4")));
    model.append(LogModel::Severity::Error, QStringLiteral("boom"));
    EXPECT_EQ(
        model.data(model.index(2, 0), LogModel::SeverityRole).value<LogModel::Severity>(), LogModel::Severity::Error);
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(MessageBanner, ShowsEscapedErrorsAndHidesOnClear)
{
    MessageBanner banner;
    EXPECT_TRUE(banner.isHidden());
    banner.showError(QStringLiteral("Table <x> missing"), QStringLiteral("Create it first."));
    EXPECT_FALSE(banner.isHidden());
    EXPECT_EQ(banner.kind(), MessageBanner::Kind::Error);
    EXPECT_TRUE(banner.text().contains(QStringLiteral("Table &lt;x&gt; missing")));
    banner.clearMessage();
    EXPECT_TRUE(banner.isHidden());
}

TEST(MessageBanner, ErrorsInTheWindowDoNotCiteCommandLineFlags)
{
    EXPECT_EQ(MessageBanner::withoutCliFlags(QStringLiteral("Check the user name and password (--user).")),
        QStringLiteral("Check the user name and password."));
    EXPECT_EQ(MessageBanner::withoutCliFlags(
                  QStringLiteral("Check the FE host and its MySQL query port (--mysql, usually 9030), and more.")),
        QStringLiteral("Check the FE host and its MySQL query port (usually 9030), and more."));
    EXPECT_EQ(MessageBanner::withoutCliFlags(QStringLiteral("Set a BE address override (--be HOST:PORT) here.")),
        QStringLiteral("Set a BE address override here."));
    EXPECT_EQ(MessageBanner::withoutCliFlags(
                  QStringLiteral("Map the BE in the BE address mapping (--be ADVERTISED=HOST:PORT) to an address.")),
        QStringLiteral("Map the BE in the BE address mapping to an address."));
    EXPECT_EQ(MessageBanner::withoutCliFlags(QStringLiteral("Loaded 20 rows; 3 filtered.")),
        QStringLiteral("Loaded 20 rows; 3 filtered."));
}

TEST(RejectedRows, ARaggedRowIsExplainedInPlainWords)
{
    const QString more = RejectedRowsModel::plainReason(
        QStringLiteral("actual column number in csv file is  more than  schema column number.actual number: 4, schema "
                       "column number: 3; line delimiter: [\n], column separator: [,], result values:[a, b, c, d, ]"));
    EXPECT_EQ(more,
        QStringLiteral("This row has 4 values but the table takes 3: the row has extra cells to the right of the last "
                       "column. Delete them in the file, or add a column for them."));
    const QString less = RejectedRowsModel::plainReason(QStringLiteral(
        "actual column number in csv file is  less than  schema column number.actual number: 2, schema column "
        "number: 3; column separator: [,], line delimiter: [\n]"));
    EXPECT_TRUE(less.startsWith(QLatin1String("This row has 2 values but the table takes 3"))) << less.toStdString();
    const QString other = QStringLiteral("column(q) value is incorrect while strict mode is true, src value is x");
    EXPECT_EQ(RejectedRowsModel::plainReason(other), other);
}
