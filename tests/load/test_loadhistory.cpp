// findPreviousLoad: which finished load of the same file into the same table the journals remember.
#include "load/loadhistory.h"
#include "load/loadjournal.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dia;
using namespace dia::load;

namespace {

class LoadHistoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_source = m_dir.filePath(QStringLiteral("sales.csv"));
        QFile file(m_source);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("id,name\n1,a\n2,b\n");
        file.close();
        m_journals = m_dir.filePath(QStringLiteral("journals"));
        m_plan.sourcePath = m_source;
        m_plan.database = QStringLiteral("shop");
        m_plan.table = QStringLiteral("orders");
    }

    /// A journal of a load of m_source into db.table, its chunks committed with `loaded` rows each.
    QString writeJournal(const QString& name, const QString& database, const QString& table, bool finished,
        const QList<qint64>& loaded, const QDateTime& created = QDateTime::currentDateTimeUtc())
    {
        LoadJournal journal;
        journal.fingerprint = QStringLiteral("f00d");
        journal.jobId = QStringLiteral("job");
        journal.sourcePath = m_source;
        journal.database = database;
        journal.table = table;
        journal.finished = finished;
        journal.created = created.toString(Qt::ISODate);
        for (int i = 0; i < loaded.size(); ++i) {
            ChunkReport& chunk = journal.upsert(i);
            chunk.status = finished || i == 0 ? ChunkStatus::Committed : ChunkStatus::Pending;
            chunk.label = QStringLiteral("dia_job_%1").arg(i);
            chunk.rows = loaded.at(i) + 1;
            chunk.loaded = loaded.at(i);
            chunk.filtered = 1;
        }
        const QString path = m_journals + QLatin1Char('/') + name + QStringLiteral(".json");
        EXPECT_TRUE(journal.save(path).ok());
        return path;
    }

    QTemporaryDir m_dir;
    QString m_source;
    QString m_journals;
    LoadPlan m_plan;
};

} // namespace

TEST_F(LoadHistoryTest, FindsTheFinishedLoadOfTheSameFileIntoTheSameTable)
{
    const QString path = writeJournal(
        QStringLiteral("a"), QStringLiteral("shop"), QStringLiteral("orders"), true, { 1000000, 1000000, 191498 });
    const std::optional<PreviousLoad> previous = findPreviousLoad(m_plan, m_journals);
    ASSERT_TRUE(previous.has_value());
    EXPECT_EQ(previous->journalPath, path);
    EXPECT_EQ(previous->rowsLoaded, 2191498);
    EXPECT_EQ(previous->rowsFiltered, 3);
    EXPECT_EQ(previous->database, QStringLiteral("shop"));
    EXPECT_EQ(previous->table, QStringLiteral("orders"));
    EXPECT_LE(qAbs(previous->finished.secsTo(QDateTime::currentDateTime())), 60);
}

TEST_F(LoadHistoryTest, IgnoresOtherTablesUnfinishedLoadsAndBrokenJournals)
{
    writeJournal(QStringLiteral("other_table"), QStringLiteral("shop"), QStringLiteral("orders_2"), true, { 10 });
    writeJournal(QStringLiteral("other_db"), QStringLiteral("crm"), QStringLiteral("orders"), true, { 10 });
    writeJournal(QStringLiteral("unfinished"), QStringLiteral("shop"), QStringLiteral("orders"), false, { 10, 10 });
    QFile broken(m_journals + QStringLiteral("/broken.json"));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("{ not json");
    broken.close();
    EXPECT_FALSE(findPreviousLoad(m_plan, m_journals).has_value());

    // The connection, chunking and options are no part of the question: the rows are in the table either way.
    writeJournal(QStringLiteral("done"), QStringLiteral("shop"), QStringLiteral("orders"), true, { 20 });
    m_plan.chunkLimits.maxBytes = 1024;
    m_plan.maxFilterRatio = 0.5;
    m_plan.journalPath = m_journals + QStringLiteral("/another-job.json");
    const std::optional<PreviousLoad> previous = findPreviousLoad(m_plan); // the folder of plan.journalPath
    ASSERT_TRUE(previous.has_value());
    EXPECT_EQ(previous->rowsLoaded, 20);
}

TEST_F(LoadHistoryTest, AFileRewrittenAfterTheLoadIsAnotherFile)
{
    writeJournal(QStringLiteral("old"), QStringLiteral("shop"), QStringLiteral("orders"), true, { 2 },
        QDateTime::currentDateTimeUtc().addSecs(-3600));
    QFile file(m_source);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
    file.close();
    EXPECT_FALSE(findPreviousLoad(m_plan, m_journals).has_value());
}

TEST_F(LoadHistoryTest, NothingForAMissingFileOrAnEmptyFolder)
{
    EXPECT_FALSE(findPreviousLoad(m_plan, m_journals).has_value());
    m_plan.sourcePath = m_dir.filePath(QStringLiteral("missing.csv"));
    writeJournal(QStringLiteral("a"), QStringLiteral("shop"), QStringLiteral("orders"), true, { 1 });
    EXPECT_FALSE(findPreviousLoad(m_plan, m_journals).has_value());
}
