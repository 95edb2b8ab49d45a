// doris-sim: a single-node Apache Doris stand-in (FE HTTP + BE HTTP + MySQL protocol) for tests and the sandbox.
#include "simserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

using namespace dia::sim;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("doris-sim"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Single-node Apache Doris stand-in: FE HTTP (307 to BE), BE stream load, MySQL protocol.\n"
        "Prints one JSON line {\"fe_http\":N,\"be_http\":N,\"be_http_ports\":[N,...],\"mysql\":N} on stdout "
        "when ready."));
    parser.addHelpOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"), QStringLiteral("State directory (required)."), QStringLiteral("DIR"));
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("IPv4 address to bind and report."),
        QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption fePort(QStringLiteral("fe-http-port"), QStringLiteral("FE HTTP port (0 = ephemeral)."),
        QStringLiteral("N"), QStringLiteral("8030"));
    const QCommandLineOption bePort(QStringLiteral("be-http-port"), QStringLiteral("BE HTTP port (0 = ephemeral)."),
        QStringLiteral("N"), QStringLiteral("8040"));
    const QCommandLineOption mysqlPort(QStringLiteral("mysql-port"), QStringLiteral("MySQL port (0 = ephemeral)."),
        QStringLiteral("N"), QStringLiteral("9030"));
    const QCommandLineOption user(
        QStringLiteral("user"), QStringLiteral("User name."), QStringLiteral("NAME"), QStringLiteral("root"));
    const QCommandLineOption passwordEnv(QStringLiteral("password-env"),
        QStringLiteral("Environment variable holding the password (default: empty password)."), QStringLiteral("VAR"));
    const QCommandLineOption fault(QStringLiteral("fault"),
        QStringLiteral("Fault spec, repeatable (see tests/doris-sim/README.md)."), QStringLiteral("SPEC"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed for probabilistic faults."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption sink(QStringLiteral("sink"), QStringLiteral("store (default) or discard (counts only)."),
        QStringLiteral("MODE"), QStringLiteral("store"));
    const QCommandLineOption backends(QStringLiteral("backends"),
        QStringLiteral("Number of BE HTTP endpoints over the same storage (default 1); with a fixed "
                       "--be-http-port P they take P, P+1, ..."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption advertise(QStringLiteral("be-advertise-host"),
        QStringLiteral("BE host named in SHOW BACKENDS and redirects instead of --host (a cluster behind NAT)."),
        QStringLiteral("NAME"));
    const QCommandLineOption timeZone(QStringLiteral("time-zone"),
        QStringLiteral("The cluster's time_zone variable (default Asia/Shanghai)."), QStringLiteral("TZ"),
        QStringLiteral("Asia/Shanghai"));
    parser.addOptions({ dataDir, host, fePort, bePort, mysqlPort, user, passwordEnv, fault, seed, sink, backends,
        advertise, timeZone });
    parser.process(app);

    auto fail = [](const QString& message) {
        std::fprintf(stderr, "doris-sim: %s\n", qPrintable(message));
        return 2;
    };
    SimConfig config;
    if (!parser.isSet(dataDir))
        return fail(QStringLiteral("--data-dir is required"));
    config.dataDir = parser.value(dataDir).toStdString();
    config.host = parser.value(host).toStdString();
    bool ok1 = false;
    bool ok2 = false;
    bool ok3 = false;
    bool ok4 = false;
    config.feHttpPort = parser.value(fePort).toInt(&ok1);
    config.beHttpPort = parser.value(bePort).toInt(&ok2);
    config.mysqlPort = parser.value(mysqlPort).toInt(&ok3);
    config.seed = parser.value(seed).toULongLong(&ok4);
    if (!ok1 || !ok2 || !ok3 || !ok4)
        return fail(QStringLiteral("ports and --seed must be numbers"));
    bool ok5 = false;
    config.backends = parser.value(backends).toInt(&ok5);
    if (!ok5 || config.backends < 1 || config.backends > 64)
        return fail(QStringLiteral("--backends must be a number from 1 to 64"));
    config.beAdvertiseHost = parser.value(advertise).toStdString();
    config.timeZone = parser.value(timeZone).toStdString();
    config.user = parser.value(user).toStdString();
    if (parser.isSet(passwordEnv)) {
        const QByteArray name = parser.value(passwordEnv).toLocal8Bit();
        const char* value = std::getenv(name.constData());
        if (value == nullptr)
            return fail(QStringLiteral("environment variable %1 is not set").arg(parser.value(passwordEnv)));
        config.password = value;
    }
    const QString sinkMode = parser.value(sink);
    if (sinkMode != QLatin1String("store") && sinkMode != QLatin1String("discard"))
        return fail(QStringLiteral("--sink must be store or discard"));
    config.discardSink = sinkMode == QLatin1String("discard");

    SimServer server(config);
    for (const QString& spec : parser.values(fault)) {
        std::string error;
        const std::optional<Fault> f = FaultInjector::parse(spec.toStdString(), error);
        if (!f)
            return fail(QStringLiteral("bad --fault %1: %2").arg(spec, QString::fromStdString(error)));
        server.context().faults->add(*f);
    }
    const std::string error = server.start();
    if (!error.empty()) {
        std::fprintf(stderr, "doris-sim: %s\n", error.c_str());
        return 1;
    }
    std::printf("%s\n", server.readyLine().c_str());
    std::fflush(stdout);
    std::fprintf(stderr, "doris-sim: ready, data dir %s, sink %s\n", config.dataDir.c_str(),
        config.discardSink ? "discard" : "store");
    return QCoreApplication::exec();
}
