#pragma once

// A small in-process Doris stand-in for engine unit tests (the full doris-sim is used by the integration
// tests): FE port with 307 redirects, BE port with Stream Load, labels, get_load_state, 2PC and one-shot
// faults. It runs on its own thread because LoadEngine::run() blocks the test's thread.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QThread>

#include <memory>

class QTcpServer;
class QEventLoop;

namespace dia::test {

class FakeDoris final
{
public:
    enum class Fault {
        ResetMidBody, ///< close the connection after half the body, nothing committed
        CommitThenDrop, ///< commit, then close without answering
        Http500, ///< answer 500 before reading the body
        TooManyVersions, ///< Fail with [TOO_MANY_VERSION]
        PublishTimeout, ///< commit, answer Publish Timeout
        SlowCommit, ///< commit, answer only after `slowMs` (past the client's timeout)
        FeDown, ///< the FE answers 503
    };

    FakeDoris();
    ~FakeDoris();
    Q_DISABLE_COPY_MOVE(FakeDoris)

    int fePort() const { return m_fePort; }
    int bePort() const { return m_bePort; }

    /// Queue a fault for the `nth` (1-based) BE load request from now on, counting every BE request.
    /// `times` > 1: also for the following requests (Qt silently re-sends a request whose connection closed
    /// before any answer, so a drop has to repeat to reach the client).
    void addFault(Fault fault, int nth = 1, int times = 1);
    void clearFaults();
    void setPassword(const QString& password);
    /// The FE names this BE port instead of the real one (to simulate an unreachable BE).
    void setAdvertisedBePort(int port);
    void setSlowMs(int ms);

    /// Visible rows (committed loads), in arrival order per label.
    QList<QByteArray> visibleRows() const;
    int beRequests() const;
    QStringList labelsWithState(const QString& state) const;
    int commitsReceived() const;

    struct Txn
    {
        qint64 id = 0;
        QString state; ///< PREPARE, PRECOMMITTED, VISIBLE, ABORTED
        QList<QByteArray> rows;
    };

private:
    friend class FakeDorisWorker;
    mutable QMutex m_mutex;
    QHash<QString, Txn> m_labels;
    QList<QPair<int, Fault>> m_faults; ///< absolute request number → fault
    int m_beRequests = 0;
    int m_commits = 0;
    qint64 m_nextTxn = 1000;
    QString m_password;
    int m_advertisedBePort = 0;
    int m_slowMs = 3000;
    int m_fePort = 0;
    int m_bePort = 0;
    std::unique_ptr<QThread> m_thread;
    QEventLoop* m_loop = nullptr;
};

} // namespace dia::test
