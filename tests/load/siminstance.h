#pragma once

// Starts the real doris-sim (tests/doris-sim) on ephemeral ports in a temporary directory, for the load
// integration tests: ports, runtime faults through its admin endpoint, SQL over MySQL, restart on the same
// ports and data.

#include "common/result.h"
#include "doris/connectionsettings.h"

#include <QList>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace dia::test {

class SimInstance final
{
public:
    /// `extraArgs` e.g. {"--fault", "http5xx,load=2"}.
    explicit SimInstance(const QStringList& extraArgs = {});
    ~SimInstance();
    Q_DISABLE_COPY_MOVE(SimInstance)

    bool started() const { return m_fePort > 0; }
    QString startError() const { return m_error; }
    int fePort() const { return m_fePort; }
    int bePort() const { return m_bePort; }
    int mysqlPort() const { return m_mysqlPort; }
    QString dataDir() const { return m_dir.path(); }

    doris::ConnectionSettings settings() const;
    /// Replaces the runtime faults (grammar: tests/doris-sim/README.md), e.g. {"http5xx,load=2"}.
    Status setFaults(const QStringList& faults);
    Status execute(const QString& sql);
    Result<QList<QStringList>> select(const QString& sql);
    /// Stops the process (SIGKILL when `hard`) and starts it again on the same ports and data.
    bool restart(bool hard);
    void stop();

private:
    bool start(int fePort, int bePort, int mysqlPort);

    QTemporaryDir m_dir;
    QStringList m_extraArgs;
    std::unique_ptr<QProcess> m_process;
    int m_fePort = 0;
    int m_bePort = 0;
    int m_mysqlPort = 0;
    QString m_error;
};

} // namespace dia::test
