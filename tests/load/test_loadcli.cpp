// `doris-import load` and `doris-import errors`: usage, validation and failures that need no cluster.
#include "cli/cliapp.h"
#include "qtprint.h"
#include "testenv.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dia;

namespace {

using Captured = test::CliCapture;

Captured runInProcess(const QStringList& args)
{
    return test::runCliInProcess(args);
}

class LoadCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_csv = m_dir.filePath(QStringLiteral("people.csv"));
        QFile file(m_csv);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("id,name\n1,Ann\n2,Bob\n");
    }
    QTemporaryDir m_dir;
    QString m_csv;
};

} // namespace

TEST_F(LoadCli, NeedsFileAndTable)
{
    Captured c = runInProcess({ QStringLiteral("load"), QStringLiteral("--fe"), QStringLiteral("http://127.0.0.1:1") });
    EXPECT_EQ(c.code, 2);
    EXPECT_EQ(
        c.err, QStringLiteral("doris-import load: expected exactly one FILE.\nTry 'doris-import load --help'.\n"));
    c = runInProcess({ QStringLiteral("load"), m_csv, QStringLiteral("--fe"), QStringLiteral("http://127.0.0.1:1") });
    EXPECT_EQ(c.code, 2);
    EXPECT_TRUE(c.err.startsWith(QStringLiteral("doris-import load: --table DATABASE.TABLE is required.")));
    c = runInProcess({ QStringLiteral("load"), m_csv, QStringLiteral("--table"), QStringLiteral("justatable"),
        QStringLiteral("--fe"), QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--json") });
    EXPECT_EQ(c.code, 2);
    const QJsonObject error = QJsonDocument::fromJson(c.out.toUtf8()).object().value(QLatin1String("error")).toObject();
    EXPECT_EQ(error.value(QLatin1String("code")).toString(), QStringLiteral("bad_table"));
    EXPECT_EQ(error.value(QLatin1String("message")).toString(), QStringLiteral("'justatable' is not DATABASE.TABLE."));
}

TEST_F(LoadCli, RejectsBadOptionValues)
{
    const QStringList base { QStringLiteral("load"), m_csv, QStringLiteral("--table"), QStringLiteral("db.t"),
        QStringLiteral("--fe"), QStringLiteral("http://127.0.0.1:1") };
    const std::pair<QStringList, const char*> cases[] = {
        { { QStringLiteral("--chunk-size"), QStringLiteral("lots") }, "--chunk-size needs a size such as 100MiB." },
        { { QStringLiteral("--parallel"), QStringLiteral("0") }, "--parallel needs a number from 1 to 64." },
        { { QStringLiteral("--max-filter-ratio"), QStringLiteral("1.5") },
            "--max-filter-ratio needs a number between 0 and 1." },
        { { QStringLiteral("--header"), QStringLiteral("--no-header") },
            "--header and --no-header exclude each other." },
    };
    for (const auto& [extra, message] : cases) {
        const Captured c = runInProcess(base + extra);
        EXPECT_EQ(c.code, 2) << message;
        EXPECT_EQ(c.err,
            QStringLiteral("doris-import load: %1\nTry 'doris-import load --help'.\n").arg(QLatin1String(message)));
    }
    const Captured prefix
        = runInProcess(base + QStringList { QStringLiteral("--label-prefix"), QStringLiteral("a b") });
    EXPECT_EQ(prefix.code, 2);
    EXPECT_TRUE(prefix.err.startsWith(QStringLiteral("doris-import load: The label prefix 'a b' is not allowed.")));
    const Captured fe = runInProcess({ QStringLiteral("load"), m_csv, QStringLiteral("--table"), QStringLiteral("db.t"),
        QStringLiteral("--fe"), QStringLiteral("http://root:pw@host:8030") });
    EXPECT_EQ(fe.code, 2);
    EXPECT_TRUE(fe.err.contains(QStringLiteral("The FE address must not contain a user name or password.")));
}

TEST_F(LoadCli, MissingFileIsUnreadableInput)
{
    const Captured c
        = runInProcess({ QStringLiteral("load"), m_dir.filePath(QStringLiteral("nope.csv")), QStringLiteral("--table"),
            QStringLiteral("db.t"), QStringLiteral("--fe"), QStringLiteral("http://127.0.0.1:1") });
    EXPECT_EQ(c.code, 2);
    EXPECT_TRUE(c.err.startsWith(QStringLiteral("doris-import load: "))) << c.err.toStdString();
}

TEST_F(LoadCli, UnreachableClusterFailsWithTheReason)
{
    const Captured c = runInProcess({ QStringLiteral("load"), m_csv, QStringLiteral("--table"), QStringLiteral("db.t"),
        QStringLiteral("--fe"), QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--mysql"),
        QStringLiteral("127.0.0.1:1"), QStringLiteral("--json") });
    EXPECT_EQ(c.code, 1);
    const QJsonObject error = QJsonDocument::fromJson(c.out.toUtf8()).object().value(QLatin1String("error")).toObject();
    EXPECT_EQ(error.value(QLatin1String("code")).toString(), QStringLiteral("mysql_connect_failed"));
    EXPECT_TRUE(error.value(QLatin1String("message"))
                    .toString()
                    .startsWith(QStringLiteral("Cannot connect to Doris at 127.0.0.1:1")));
}

TEST(ErrorsCli, NeedsUrlOrLabel)
{
    Captured c
        = runInProcess({ QStringLiteral("errors"), QStringLiteral("--fe"), QStringLiteral("http://127.0.0.1:1") });
    EXPECT_EQ(c.code, 2);
    EXPECT_TRUE(c.err.startsWith(
        QStringLiteral("doris-import errors: give either --url URL or --label LABEL --table DATABASE.TABLE.")));
    c = runInProcess({ QStringLiteral("errors"), QStringLiteral("--label"), QStringLiteral("x"), QStringLiteral("--fe"),
        QStringLiteral("http://127.0.0.1:1") });
    EXPECT_EQ(c.code, 2);
    EXPECT_TRUE(c.err.startsWith(QStringLiteral("doris-import errors: --label needs --table DATABASE.TABLE.")));
}

TEST(ErrorsCli, RefusesUrlsOutsideTheCluster)
{
    const Captured c = runInProcess({ QStringLiteral("errors"), QStringLiteral("--url"),
        QStringLiteral("http://evil.example:8040/api/_load_error_log?file=x"), QStringLiteral("--fe"),
        QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--mysql"), QStringLiteral("127.0.0.1:1"),
        QStringLiteral("--json") });
    EXPECT_EQ(c.code, 2);
    const QJsonObject error = QJsonDocument::fromJson(c.out.toUtf8()).object().value(QLatin1String("error")).toObject();
    EXPECT_EQ(error.value(QLatin1String("code")).toString(), QStringLiteral("untrusted_error_url"));
    EXPECT_EQ(error.value(QLatin1String("message")).toString(),
        QStringLiteral("The error log address http://evil.example:8040/api/_load_error_log is not on a host of this "
                       "Doris cluster; it was not fetched."));
}
