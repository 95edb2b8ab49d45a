#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace dia::test {

/// Runs the built `doris-sim` (a single-node Doris stand-in, see tests/doris-sim/README.md) for one test.
///
///     dia::test::SimProcess sim;                       // or SimProcess sim({"--fault", "fail,load=2"});
///     ASSERT_TRUE(sim.start()) << sim.lastError();
///     // FE HTTP: http://sim.host():sim.feHttpPort()/api/{db}/{table}/_stream_load (user root, empty password)
///     // MySQL:   sim.host():sim.mysqlPort()
///     sim.setFaults({"reset_after_bytes=1000,load=1"});  // runtime faults (replaces the current set)
///     ASSERT_TRUE(sim.restart());                        // same data dir: state survives
///
/// start() launches `<build>/bin/doris-sim --data-dir <QTemporaryDir> --fe-http-port 0 --be-http-port 0
/// --mysql-port 0 [extra args]` and waits (bounded, 20 s) for its one JSON ready line on stdout. The process
/// is killed and the data dir removed in the destructor. Not thread-safe; use from the test thread.
class SimProcess
{
public:
    /// `extraArgs` are appended to every start, e.g. {"--fault", "fail,load=1", "--sink", "discard"}.
    /// `password` non-empty: the sim requires it (passed via --password-env, never argv).
    explicit SimProcess(QStringList extraArgs = {}, QString password = {});
    ~SimProcess();
    SimProcess(const SimProcess&) = delete;
    SimProcess& operator=(const SimProcess&) = delete;

    bool start();
    /// Stops the process (SIGKILL, like a crash) and starts it again on the same data dir (new ports).
    bool restart();
    /// Graceful stop (SIGTERM, then SIGKILL after 5 s).
    void stop();
    bool isRunning() const;

    QString host() const { return QStringLiteral("127.0.0.1"); }
    int feHttpPort() const { return m_feHttp; }
    int beHttpPort() const { return m_beHttp; }
    int mysqlPort() const { return m_mysql; }
    QString user() const { return QStringLiteral("root"); }
    QString password() const { return m_password; }
    QString dataDir() const;
    /// `http://127.0.0.1:<fe>`.
    QString feUrl() const;

    /// Replaces the runtime faults (POST /_sim/faults); {} clears them. Resets the sim's load counter.
    bool setFaults(const QStringList& specs);
    /// GET /_sim/faults: `{"faults":[...],"loads":N}`.
    QByteArray faultState();

    /// What went wrong in the last failed call (and the sim's stderr so far).
    QString lastError() const { return m_error; }
    QByteArray stderrOutput();

private:
    QByteArray adminRequest(const QByteArray& method, const QByteArray& body, bool* ok);

    QStringList m_extraArgs;
    QString m_password;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_stderr;
    int m_feHttp = 0;
    int m_beHttp = 0;
    int m_mysql = 0;
    QString m_error;
};

} // namespace dia::test
