// The wizard on a cluster (issue 17), driven with real key and mouse events against `doris-sim --backends 3`: the
// connect page lists every BE with its reachability and names a stopped one, the BE address mapping is tested again
// on Enter, the DDL page proposes min(3, alive BEs) replicas with the reason and warns before more, a gzip load shows
// rows per BE, and a BE lost mid-load (its body in flight through a slow link) still leaves every row once while
// the page names the chunks sent again. States are saved as PNGs under <build>/screenshots/.
#include "common/appsettings.h"
#include "guitestsupport.h"
#include "importsession.h"
#include "importwizard.h"
#include "keyboarddriver.h"
#include "mainwindow.h"
#include "models/backendreachabilitymodel.h"
#include "models/backendstatsmodel.h"
#include "models/chunkmodel.h"
#include "pages/connectpage.h"
#include "pages/ddlpage.h"
#include "pages/loadpage.h"
#include "pages/mappingpage.h"
#include "pages/previewpage.h"
#include "pages/resultspage.h"
#include "simprocess.h"
#include "simsql.h"
#include "testenv.h"
#include "widgets/backendloadpanel.h"
#include "widgets/messagebanner.h"
#include "wizardfixture.h"
#include "wizardsteps.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTimer>

#include <gtest/gtest.h>

#include <algorithm>

using namespace dia;
using namespace dia::ui;

namespace {

using test::answerDialog;
using test::saveShot;
using test::writeCsv;

constexpr int kWaitMs = 60000;
/// Whether `table` holds ids 1..rows, each exactly once (every row of writeCsv's file loaded once).
::testing::AssertionResult holdsEveryRowOnce(const test::SimProcess& sim, const QString& table, int rows)
{
    const auto read = test::simQuery(sim, { QStringLiteral("SELECT id FROM `import`.`%1`").arg(table) });
    if (!read)
        return ::testing::AssertionFailure() << "the table cannot be read over MySQL";
    QList<qint64> ids;
    for (const QStringList& row : *read)
        ids.append(row.first().toLongLong());
    std::sort(ids.begin(), ids.end());
    if (ids.size() != rows)
        return ::testing::AssertionFailure() << ids.size() << " rows instead of " << rows;
    for (int i = 0; i < rows; ++i) {
        if (ids.at(i) != i + 1)
            return ::testing::AssertionFailure() << "id " << (i + 1) << " missing or twice";
    }
    return ::testing::AssertionSuccess();
}

/// A port nothing listens on (a server is opened on an ephemeral port and closed again).
int closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const int port = server.serverPort();
    server.close();
    return port;
}

/// `dia-slowlink --target 127.0.0.1:PORT --rate RATE`: a slow link in front of one BE.
class SlowLink
{
public:
    SlowLink(int targetPort, const QString& rate)
    {
        m_process.start(test::binPath(QStringLiteral("dia-slowlink")),
            { QStringLiteral("--target"), QStringLiteral("127.0.0.1:%1").arg(targetPort), QStringLiteral("--rate"),
                rate });
        QByteArray line;
        while (!line.contains('\n') && m_process.waitForReadyRead(10000))
            line += m_process.readAllStandardOutput();
        m_port = QJsonDocument::fromJson(line.trimmed()).object().value(QLatin1String("port")).toInt();
    }
    ~SlowLink()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    SlowLink(const SlowLink&) = delete;
    SlowLink& operator=(const SlowLink&) = delete;
    int port() const { return m_port; }

private:
    QProcess m_process;
    int m_port = 0;
};

class ClusterWalk : public test::WizardFixture
{
protected:
    ClusterWalk(int backends = 3, const QStringList& extraArgs = {})
        : WizardFixture(QStringList { QStringLiteral("--backends"), QString::number(backends) } + extraArgs,
            QStringLiteral("pw-for-the-sim"))
    { }

    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(startSim());
        m_bePorts = simBackendPorts();
        ASSERT_NO_FATAL_FAILURE(openWindow());
    }

    void TearDown() override
    {
        if (m_window)
            switchLanguage(QStringLiteral("en"));
        WizardFixture::TearDown();
    }

    /// An admin request on the sim's FE port (`POST /_sim/backends/1/stop`, `GET /_sim/backends`): the body.
    QByteArray admin(const QByteArray& method, const QByteArray& path)
    {
        QTcpSocket socket;
        socket.connectToHost(m_sim.host(), quint16(m_sim.feHttpPort()));
        if (!socket.waitForConnected(10000))
            return {};
        socket.write(
            method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
        QByteArray response;
        while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(10000))
            response += socket.readAll();
        response += socket.readAll();
        EXPECT_TRUE(response.startsWith("HTTP/1.1 200")) << response.toStdString();
        return response.mid(response.indexOf("\r\n\r\n") + 4);
    }

    QList<int> simBackendPorts()
    {
        QList<int> ports;
        const QJsonArray list = QJsonDocument::fromJson(admin("GET", "/_sim/backends"))
                                    .object()
                                    .value(QLatin1String("backends"))
                                    .toArray();
        for (const QJsonValue& be : list)
            ports.append(be.toObject().value(QLatin1String("http_port")).toInt());
        return ports;
    }

    QString be(int index) const { return QStringLiteral("127.0.0.1:%1").arg(m_bePorts.value(index)); }

    /// View > Language, and the layouts settled on the new texts (for the screenshots).
    void switchLanguage(const QString& language)
    {
        m_window->switchLanguage(language);
        QTest::qWait(100);
    }

    /// Runs `action` (a key press) and waits for the connection test it starts; its verdict.
    bool waitForTest(const std::function<void()>& action)
    {
        QSignalSpy tested(m_wizard->connectPage(), &ConnectPage::connectionTested);
        action();
        EXPECT_TRUE(tested.wait(kWaitMs));
        return !tested.isEmpty() && tested.first().first().toBool();
    }

    /// The connect page filled by keyboard, then Test connection (Alt+T).
    void connectByKeyboard()
    {
        ASSERT_NO_FATAL_FAILURE(test::fillConnectPage(
            m_window.get(), m_sim.host(), m_sim.feHttpPort(), m_sim.mysqlPort(), m_sim.user(), m_sim.password()));
        ASSERT_TRUE(waitForTest([this] { alt(Qt::Key_T); }));
    }

    /// Connect, open `csv`, name the table, and arrive on the DDL page.
    void walkToDdl(const QString& csv, const QString& table)
    {
        ASSERT_NO_FATAL_FAILURE(connectByKeyboard());
        ASSERT_NO_FATAL_FAILURE(openAndNameTable(csv, table));
    }

    /// From the connect page, connected: open `csv`, name the new table, and arrive on the DDL page.
    void openAndNameTable(const QString& csv, const QString& table)
    {
        ASSERT_NO_FATAL_FAILURE(go(Qt::Key_N, ImportWizard::PreviewPageId));
        ASSERT_NO_FATAL_FAILURE(openByKeyboard(csv));
        ASSERT_NO_FATAL_FAILURE(go(Qt::Key_N, ImportWizard::MappingPageId));
        ASSERT_FALSE(test::typeTableName(m_window.get(), m_wizard, table)) << "a new table";
        ASSERT_NO_FATAL_FAILURE(go(Qt::Key_N, ImportWizard::DdlPageId));
    }

    /// Create table (Alt+T), Next to the load page, chunks of 1 MiB typed, compression picked with `comboKey`.
    void createTableAndPrepareLoad(Qt::Key comboKey)
    {
        QSignalSpy created(m_wizard->ddlPage(), &DdlPage::tableCreated);
        alt(Qt::Key_T);
        ASSERT_TRUE(created.wait(kWaitMs));
        ASSERT_TRUE(created.first().first().toBool());
        ASSERT_NO_FATAL_FAILURE(go(Qt::Key_N, ImportWizard::LoadPageId));
        retype(Qt::Key_H, QStringLiteral("1"));
        alt(Qt::Key_M);
        auto* compression = child<QComboBox>("compressionCombo");
        ASSERT_EQ(QApplication::focusWidget(), compression);
        EXPECT_EQ(compression->currentText(), QStringLiteral("Automatic")); // the default
        QTest::keyClick(compression, comboKey);
    }

    bool bannerSays(QWidget* page, const QString& text) const
    {
        for (const MessageBanner* banner : page->findChildren<MessageBanner*>()) {
            if (banner->isVisible() && QTextDocumentFragment::fromHtml(banner->text()).toPlainText().contains(text))
                return true;
        }
        return false;
    }

    QList<int> m_bePorts;
};

class OneBeWalk : public ClusterWalk
{
protected:
    OneBeWalk()
        : ClusterWalk(1)
    { }
};

/// Three BEs that advertise a host name this machine cannot resolve, as behind NAT or in Docker.
class NatWalk : public ClusterWalk
{
protected:
    NatWalk()
        : ClusterWalk(3, { QStringLiteral("--be-advertise-host"), QStringLiteral("be-nat.invalid") })
    { }
};

} // namespace

TEST_F(ClusterWalk, ConnectPageListsEveryBeNamesAStoppedOneAndProbesAgainThroughTheMapping)
{
    ASSERT_EQ(m_bePorts.size(), 3);
    ASSERT_NO_FATAL_FAILURE(connectByKeyboard());
    ConnectPage* page = m_wizard->connectPage();
    const BackendReachabilityModel* backends = page->backendModel();
    ASSERT_EQ(backends->rowCount(), 3);
    for (int i = 0; i < 3; ++i) {
        const doris::BackendReachability& b = backends->backends().at(i);
        EXPECT_EQ(b.advertised, be(i));
        EXPECT_TRUE(b.alive) << i;
        EXPECT_TRUE(b.reachable) << i << " " << b.error.toStdString();
        EXPECT_EQ(backends->index(i, BackendReachabilityModel::AliveColumn).data().toString(), QStringLiteral("yes"));
    }
    EXPECT_TRUE(child<QTableView>("backendView")->isVisible());
    EXPECT_FALSE(bannerSays(page, QStringLiteral("cannot be reached")));
    EXPECT_EQ(m_wizard->session()->aliveBackends, 3);
    saveShot(m_window.get(), QStringLiteral("1-connect-three-bes"));

    // BE 1 stops; the same test again names it: not alive, connection refused, and the banner says what to do.
    admin("POST", "/_sim/backends/1/stop");
    ASSERT_TRUE(waitForTest([this] { alt(Qt::Key_T); }));
    ASSERT_EQ(backends->rowCount(), 3);
    const doris::BackendReachability& lost = backends->backends().at(1);
    EXPECT_EQ(lost.advertised, be(1));
    EXPECT_FALSE(lost.alive);
    EXPECT_FALSE(lost.reachable);
    EXPECT_EQ(lost.error, QStringLiteral("connection refused"));
    EXPECT_EQ(backends->index(1, BackendReachabilityModel::AliveColumn).data().toString(), QStringLiteral("no"));
    EXPECT_EQ(backends->index(1, BackendReachabilityModel::ReachableColumn).data().toString(), QStringLiteral("no"));
    EXPECT_TRUE(backends->backends().at(0).reachable);
    EXPECT_TRUE(backends->backends().at(2).reachable);
    EXPECT_TRUE(bannerSays(page, QStringLiteral("1 BE(s) cannot be reached from this machine.")));
    EXPECT_TRUE(bannerSays(page,
        QStringLiteral("BE %1 is not alive in SHOW BACKENDS and cannot be reached from here: connection refused.")
            .arg(be(1))));
    EXPECT_TRUE(bannerSays(page, QStringLiteral("map it in 'BE address mapping'")));
    EXPECT_TRUE(bannerSays(page, QStringLiteral("follow the 2 alive BE(s)")));
    EXPECT_EQ(m_wizard->session()->aliveBackends, 2);
    saveShot(m_window.get(), QStringLiteral("1-connect-be-stopped"));
    switchLanguage(QStringLiteral("zh_CN"));
    EXPECT_EQ(backends->headerData(BackendReachabilityModel::AliveColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
        QStringLiteral("存活"));
    EXPECT_TRUE(bannerSays(page, QStringLiteral("本机无法访问 1 个 BE。")));
    EXPECT_EQ(child<QLineEdit>("userEdit")->text(), m_sim.user());
    saveShot(m_window.get(), QStringLiteral("1-connect-be-stopped-zh_CN"));
    switchLanguage(QStringLiteral("en"));
    EXPECT_TRUE(bannerSays(page, QStringLiteral("1 BE(s) cannot be reached from this machine.")));

    // BE 1 back; BE 2 mapped (Alt+B, Enter) to an address where nothing listens: probed again at once, through
    // the mapping, and stored in the session's connection.
    admin("POST", "/_sim/backends/1/start");
    const QString dead = QStringLiteral("127.0.0.1:%1").arg(closedPort());
    const QString mapping = be(2) + QLatin1Char('=') + dead;
    alt(Qt::Key_B);
    ASSERT_EQ(QApplication::focusWidget(), child<QLineEdit>("beOverrideEdit"));
    EXPECT_TRUE(QApplication::focusWidget()->toolTip().contains(QLatin1String("NAT")));
    type(mapping);
    ASSERT_TRUE(waitForTest([] { QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); }));
    EXPECT_EQ(m_wizard->session()->connection.beOverride, mapping);
    EXPECT_EQ(m_wizard->session()->connectionSettings().beOverride, mapping);
    EXPECT_EQ(m_wizard->session()->connectionSettings().beAddressFor(QStringLiteral("127.0.0.1"), m_bePorts.at(2)),
        qMakePair(QStringLiteral("127.0.0.1"), dead.section(QLatin1Char(':'), 1).toInt()));
    EXPECT_TRUE(backends->backends().at(1).alive);
    EXPECT_TRUE(backends->backends().at(1).reachable);
    const doris::BackendReachability& mapped = backends->backends().at(2);
    EXPECT_TRUE(mapped.alive);
    EXPECT_FALSE(mapped.reachable);
    EXPECT_EQ(mapped.address, dead);
    EXPECT_EQ(backends->index(2, BackendReachabilityModel::AddressColumn).data().toString(), dead);
    EXPECT_TRUE(bannerSays(page,
        QStringLiteral("BE %1 (mapped to %2) cannot be reached from here: connection refused.").arg(be(2), dead)));
    saveShot(m_window.get(), QStringLiteral("1-connect-be-mapping"));

    // A mapping that is no mapping is refused with the syntax, and nothing is tested.
    retype(Qt::Key_B, QStringLiteral("be1.internal=10.0.0.7:8040"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    EXPECT_TRUE(bannerSays(page, QStringLiteral("is not a BE mapping entry")));
    EXPECT_FALSE(m_wizard->button(QWizard::NextButton)->isEnabled());

    // Emptied: every BE as the FE names it, all reachable, no banner. Saved with the connection, without the
    // password.
    alt(Qt::Key_B);
    selectAll();
    ASSERT_TRUE(waitForTest([] { QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); }));
    for (const doris::BackendReachability& b : backends->backends())
        EXPECT_TRUE(b.reachable && b.alive) << b.advertised.toStdString();
    EXPECT_FALSE(bannerSays(page, QStringLiteral("cannot be reached")));
    retype(Qt::Key_B, mapping);
    ASSERT_TRUE(waitForTest([] { QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); }));
    retype(Qt::Key_C, QStringLiteral("three BEs"));
    alt(Qt::Key_S);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return m_settings->connectionProfiles().size() == 1; }, 5000)); // a mnemonic clicks 100 ms later
    m_settings->sync(); // written to disk
    QFile ini(m_dir.filePath(QStringLiteral("settings.ini")));
    ASSERT_TRUE(ini.open(QIODevice::ReadOnly));
    const QByteArray saved = ini.readAll();
    EXPECT_TRUE(saved.contains(dead.toUtf8())) << saved.toStdString();
    EXPECT_FALSE(saved.contains("pw-for-the-sim")) << saved.toStdString();
}

TEST_F(ClusterWalk, DdlPageProposesThreeReplicasOnThreeBesAndWarnsBeforeMoreThanTheAliveBes)
{
    const QString csv = writeCsv(m_dir.filePath(QStringLiteral("people.csv")), 20);
    ASSERT_NO_FATAL_FAILURE(walkToDdl(csv, QStringLiteral("people_three")));
    auto* replicas = child<QSpinBox>("replicationSpin");
    auto* note = child<QLabel>("replicationNoteLabel");
    auto* ddl = child<QPlainTextEdit>("ddlEdit");
    EXPECT_EQ(replicas->value(), 3);
    EXPECT_EQ(note->text(),
        QStringLiteral("replication_num 3: the cluster has 3 alive BEs; three copies keep the data when a disk or BE "
                       "is lost."));
    EXPECT_TRUE(ddl->toPlainText().contains(QLatin1String("\"replication_num\" = \"3\"")))
        << ddl->toPlainText().toStdString();
    EXPECT_FALSE(replicas->toolTip().contains(QLatin1String("One replica fits a single-BE cluster")));
    saveShot(m_window.get(), QStringLiteral("4-ddl-three-bes"));

    // Four replicas on three BEs: said next to the box, and asked before the statement goes; "No" sends nothing.
    retype(Qt::Key_R, QStringLiteral("4"));
    EXPECT_TRUE(ddl->toPlainText().contains(QLatin1String("\"replication_num\" = \"4\"")));
    EXPECT_TRUE(note->text().contains(QLatin1String("4 replicas, but the cluster has 3 alive BE(s): Doris refuses")))
        << note->text().toStdString();
    QSignalSpy created(m_wizard->ddlPage(), &DdlPage::tableCreated);
    QString question;
    answerDialog(QMessageBox::No, QStringLiteral("4-ddl-more-replicas-question"), &question);
    alt(Qt::Key_T);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !question.isEmpty(); }, 10000));
    EXPECT_TRUE(question.contains(QLatin1String("asks for 4 replicas, but the cluster has 3 alive BE(s)")))
        << question.toStdString();
    QTest::qWait(300);
    EXPECT_TRUE(created.isEmpty());
    EXPECT_FALSE(m_wizard->ddlPage()->isTableCreated());
    EXPECT_TRUE(bannerSays(m_wizard->ddlPage(), QStringLiteral("Nothing was sent. Set Replicas to at most 3")));
    saveShot(m_window.get(), QStringLiteral("4-ddl-more-replicas"));

    // Sent anyway ("Yes"): the cluster refuses it, as Doris does, and says so inline.
    question.clear();
    answerDialog(QMessageBox::Yes, QStringLiteral("4-ddl-more-replicas-question-yes"), &question);
    alt(Qt::Key_T);
    ASSERT_TRUE(created.wait(kWaitMs));
    EXPECT_FALSE(created.takeFirst().first().toBool());
    EXPECT_TRUE(bannerSays(m_wizard->ddlPage(), QStringLiteral("Failed to find enough backend")));

    // Back to three: created.
    retype(Qt::Key_R, QStringLiteral("3"));
    EXPECT_TRUE(note->text().startsWith(QLatin1String("replication_num 3:")));
    EXPECT_TRUE(ddl->toPlainText().contains(QLatin1String("\"replication_num\" = \"3\"")));
    alt(Qt::Key_T);
    ASSERT_TRUE(created.wait(kWaitMs));
    EXPECT_TRUE(created.first().first().toBool());
    EXPECT_TRUE(bannerSays(m_wizard->ddlPage(), QStringLiteral("Created the table people_three.")));
}

TEST_F(OneBeWalk, DdlPageProposesOneReplicaOnOneBe)
{
    const QString csv = writeCsv(m_dir.filePath(QStringLiteral("people.csv")), 20);
    ASSERT_NO_FATAL_FAILURE(walkToDdl(csv, QStringLiteral("people_one")));
    EXPECT_EQ(child<QSpinBox>("replicationSpin")->value(), 1);
    EXPECT_EQ(child<QLabel>("replicationNoteLabel")->text(),
        QStringLiteral("replication_num 1: the cluster has 1 alive BE(s), and Doris cannot place more copies than "
                       "alive BEs."));
    EXPECT_TRUE(child<QPlainTextEdit>("ddlEdit")->toPlainText().contains(QLatin1String("\"replication_num\" = \"1\"")));
    saveShot(m_window.get(), QStringLiteral("4-ddl-one-be"));
    switchLanguage(QStringLiteral("zh_CN"));
    saveShot(m_window.get(), QStringLiteral("4-ddl-one-be-zh_CN"));
    switchLanguage(QStringLiteral("en"));
}

TEST_F(ClusterWalk, AGzipLoadShowsRowsAndThroughputPerBe)
{
    constexpr int kRows = 60000; // about 7 MB: chunks of 1 MiB for every BE
    const QString csv = writeCsv(m_dir.filePath(QStringLiteral("orders.csv")), kRows);
    ASSERT_NO_FATAL_FAILURE(walkToDdl(csv, QStringLiteral("orders_gz")));
    ASSERT_NO_FATAL_FAILURE(createTableAndPrepareLoad(Qt::Key_Down)); // Automatic -> gzip
    EXPECT_EQ(child<QComboBox>("compressionCombo")->currentText(), QStringLiteral("gzip"));
    EXPECT_EQ(child<QSpinBox>("parallelSpin")->value(), load::defaultParallelism(3));

    QSignalSpy finished(m_wizard->loadPage(), &LoadPage::loadFinished);
    alt(Qt::Key_S);
    ASSERT_TRUE(finished.wait(kWaitMs));
    const load::LoadReport report = m_wizard->session()->loadReport;
    ASSERT_EQ(report.status, load::LoadReport::Status::Success) << report.message.toStdString();
    EXPECT_EQ(m_wizard->session()->lastPlan.compression, load::Compression::Gzip);
    EXPECT_GE(report.chunks.size(), 6);
    for (const load::ChunkReport& chunk : report.chunks) {
        EXPECT_EQ(chunk.compression, QStringLiteral("gz")) << chunk.index;
        EXPECT_LT(chunk.wireBytes, chunk.bytes / 2) << chunk.index;
    }
    EXPECT_TRUE(holdsEveryRowOnce(m_sim, QStringLiteral("orders_gz"), kRows));

    // The load page and the results page: rows per BE, summing to the file's rows, over all three BEs.
    for (BackendLoadPanel* panel : { m_wizard->loadPage()->backendPanel(), m_wizard->resultsPage()->backendPanel() }) {
        if (panel == m_wizard->resultsPage()->backendPanel()) {
            saveShot(m_window.get(), QStringLiteral("5-load-gzip-per-be"));
            ASSERT_NO_FATAL_FAILURE(go(Qt::Key_N, ImportWizard::ResultsPageId));
        }
        const BackendStatsModel* perBe = panel->model();
        ASSERT_EQ(perBe->rowCount(), 3);
        qint64 rows = 0;
        QStringList seen;
        for (int i = 0; i < 3; ++i) {
            seen.append(perBe->stats().at(i).backend);
            EXPECT_GT(perBe->stats().at(i).rows, 0);
            EXPECT_LT(perBe->stats().at(i).wireBytes, perBe->stats().at(i).bytes);
            EXPECT_TRUE(
                perBe->index(i, BackendStatsModel::RateColumn).data().toString().endsWith(QLatin1String("MB/s")));
            rows += perBe->stats().at(i).rows;
        }
        seen.sort();
        QStringList all { be(0), be(1), be(2) };
        all.sort();
        EXPECT_EQ(seen, all);
        EXPECT_EQ(rows, kRows);
        EXPECT_EQ(perBe->totalRows(), kRows);
        EXPECT_TRUE(panel->summaryText().contains(QLatin1String("3 BE(s) took the chunks: 60,000 rows in all.")))
            << panel->summaryText().toStdString();
        EXPECT_TRUE(panel->summaryText().contains(QLatin1String("Compression: gzip;")));
        EXPECT_TRUE(panel->retriedText().isEmpty());
    }
    saveShot(m_window.get(), QStringLiteral("6-results-per-be"));
    switchLanguage(QStringLiteral("zh_CN"));
    saveShot(m_window.get(), QStringLiteral("6-results-per-be-zh_CN"));
    switchLanguage(QStringLiteral("en"));
}

TEST_F(ClusterWalk, ABeLostMidLoadStillLoadsEveryRowOnceAndThePagesNameTheRetriedChunks)
{
    constexpr int kRows = 100000; // about 12 MB: 12 chunks of 1 MiB
    const QString csv = writeCsv(m_dir.filePath(QStringLiteral("events.csv")), kRows);
    // BE 1 sits behind a slow link (1 MB/s), mapped on the connect page: its bodies are in flight for about a
    // second each, so stopping it cuts one.
    const SlowLink link(m_bePorts.value(1), QStringLiteral("1MB"));
    ASSERT_GT(link.port(), 0);
    ASSERT_NO_FATAL_FAILURE(connectByKeyboard());
    const QString mapping = be(1) + QStringLiteral("=127.0.0.1:%1").arg(link.port());
    retype(Qt::Key_B, mapping);
    ASSERT_TRUE(waitForTest([] { QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); }));
    EXPECT_TRUE(m_wizard->connectPage()->backendModel()->backends().at(1).reachable);
    EXPECT_EQ(m_wizard->connectPage()->backendModel()->backends().at(1).address,
        QStringLiteral("127.0.0.1:%1").arg(link.port()));
    ASSERT_NO_FATAL_FAILURE(openAndNameTable(csv, QStringLiteral("events")));
    ASSERT_NO_FATAL_FAILURE(createTableAndPrepareLoad(Qt::Key_End)); // None
    EXPECT_EQ(child<QComboBox>("compressionCombo")->currentText(), QStringLiteral("None"));

    QSignalSpy finished(m_wizard->loadPage(), &LoadPage::loadFinished);
    alt(Qt::Key_S);
    const ChunkModel* chunks = m_wizard->loadPage()->chunkModel();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            int committed = 0;
            for (const load::ChunkReport& chunk : chunks->chunks())
                committed += chunk.status == load::ChunkStatus::Committed ? 1 : 0;
            return committed >= 2 || !finished.isEmpty();
        },
        kWaitMs));
    ASSERT_TRUE(finished.isEmpty()) << "the load ended before BE 1 could be stopped";
    QTest::qWait(200); // a body to BE 1 is on its way through the slow link
    admin("POST", "/_sim/backends/1/stop");
    ASSERT_TRUE(finished.wait(kWaitMs * 2));
    const load::LoadReport report = m_wizard->session()->loadReport;
    ASSERT_EQ(report.status, load::LoadReport::Status::Success) << report.message.toStdString();
    EXPECT_TRUE(holdsEveryRowOnce(m_sim, QStringLiteral("events"), kRows));

    // The chunk cut on BE 1 went again through the FE to another BE; both pages name it and BE 1.
    const QList<load::ChunkReport> retried = report.retriedChunks();
    ASSERT_FALSE(retried.isEmpty()) << QJsonDocument(report.toJson()).toJson().toStdString();
    for (const load::ChunkReport& chunk : retried) {
        EXPECT_EQ(chunk.status, load::ChunkStatus::Committed);
        EXPECT_NE(chunk.backend, be(1));
    }
    const QString named = QStringLiteral("Chunk %1 (%2, ").arg(retried.first().index + 1).arg(retried.first().label);
    QStringList numbers;
    for (const load::ChunkReport& chunk : retried)
        numbers.append(QString::number(chunk.index + 1));
    const BackendLoadPanel* loadPanel = m_wizard->loadPage()->backendPanel();
    EXPECT_TRUE(loadPanel->retriedText().startsWith(
        QStringLiteral("Sent again through the FE to another BE: chunk(s) %1 (each row still loaded once")
            .arg(numbers.join(QStringLiteral(", ")))))
        << loadPanel->retriedText().toStdString();
    EXPECT_TRUE(loadPanel->retriedDetails().contains(named)) << loadPanel->retriedDetails().toStdString();
    EXPECT_TRUE(loadPanel->retriedDetails().contains(QStringLiteral("attempt 1 on BE %1: ").arg(be(1))))
        << loadPanel->retriedDetails().toStdString();
    EXPECT_TRUE(bannerSays(m_wizard->loadPage(), QStringLiteral("Loaded 100000 rows")));
    qint64 rows = 0;
    for (const load::BackendLoadStats& s : m_wizard->loadPage()->backendPanel()->model()->stats())
        rows += s.rows;
    EXPECT_EQ(rows, kRows);
    saveShot(m_window.get(), QStringLiteral("5-load-be-lost"));
    ASSERT_NO_FATAL_FAILURE(go(Qt::Key_N, ImportWizard::ResultsPageId));
    const QString resultsText = m_wizard->resultsPage()->backendPanel()->retriedText();
    EXPECT_TRUE(resultsText.contains(named)) << resultsText.toStdString();
    EXPECT_TRUE(resultsText.contains(QStringLiteral("attempt 1 on BE %1: ").arg(be(1)))) << resultsText.toStdString();
    saveShot(m_window.get(), QStringLiteral("6-results-be-lost"));
    switchLanguage(QStringLiteral("zh_CN"));
    saveShot(m_window.get(), QStringLiteral("6-results-be-lost-zh_CN"));
    switchLanguage(QStringLiteral("en"));
}

TEST_F(NatWalk, BesBehindNatAreNamedThenMappedAndTheLoadGoesThroughTheMapping)
{
    ASSERT_EQ(m_bePorts.size(), 3);
    ASSERT_NO_FATAL_FAILURE(connectByKeyboard());
    ConnectPage* page = m_wizard->connectPage();
    const BackendReachabilityModel* backends = page->backendModel();
    ASSERT_EQ(backends->rowCount(), 3);
    for (const doris::BackendReachability& b : backends->backends()) {
        EXPECT_TRUE(b.advertised.startsWith(QLatin1String("be-nat.invalid:"))) << b.advertised.toStdString();
        EXPECT_TRUE(b.alive);
        EXPECT_FALSE(b.reachable);
    }
    EXPECT_TRUE(bannerSays(page, QStringLiteral("3 BE(s) cannot be reached from this machine.")));
    EXPECT_TRUE(bannerSays(page, QStringLiteral("map it in 'BE address mapping'")));
    saveShot(m_window.get(), QStringLiteral("1-connect-nat-unmapped"));

    // Each BE mapped to where it listens: all reachable, the load path too, no warning.
    QStringList mapping;
    for (int port : std::as_const(m_bePorts))
        mapping.append(QStringLiteral("be-nat.invalid:%1=127.0.0.1:%1").arg(port));
    retype(Qt::Key_B, mapping.join(QLatin1Char(',')));
    ASSERT_TRUE(waitForTest([] { QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); }));
    for (const doris::BackendReachability& b : backends->backends())
        EXPECT_TRUE(b.reachable) << b.advertised.toStdString() << " " << b.error.toStdString();
    EXPECT_FALSE(bannerSays(page, QStringLiteral("cannot be reached")));
    EXPECT_FALSE(bannerSays(page, QStringLiteral("BE address override")));
    EXPECT_TRUE(child<QLabel>("resultLabel")->text().contains(QLatin1String("reachable for loads")));
    EXPECT_FALSE(child<QLabel>("resultLabel")->text().contains(QLatin1String("<b>not</b>")));
    saveShot(m_window.get(), QStringLiteral("1-connect-nat-mapped"));

    // A load goes through the mapping; the rows per BE name the BEs as the FE does.
    constexpr int kRows = 30000;
    const QString csv = writeCsv(m_dir.filePath(QStringLiteral("nat.csv")), kRows);
    ASSERT_NO_FATAL_FAILURE(openAndNameTable(csv, QStringLiteral("nat")));
    ASSERT_NO_FATAL_FAILURE(createTableAndPrepareLoad(Qt::Key_Up)); // stays Automatic
    EXPECT_EQ(child<QComboBox>("compressionCombo")->currentText(), QStringLiteral("Automatic"));
    QSignalSpy finished(m_wizard->loadPage(), &LoadPage::loadFinished);
    alt(Qt::Key_S);
    ASSERT_TRUE(finished.wait(kWaitMs));
    const load::LoadReport report = m_wizard->session()->loadReport;
    ASSERT_EQ(report.status, load::LoadReport::Status::Success) << report.message.toStdString();
    EXPECT_TRUE(holdsEveryRowOnce(m_sim, QStringLiteral("nat"), kRows));
    const BackendStatsModel* perBe = m_wizard->loadPage()->backendPanel()->model();
    ASSERT_GE(perBe->rowCount(), 1);
    for (const load::BackendLoadStats& s : perBe->stats())
        EXPECT_TRUE(s.backend.startsWith(QLatin1String("be-nat.invalid:"))) << s.backend.toStdString();
    EXPECT_EQ(perBe->totalRows(), kRows);
}
