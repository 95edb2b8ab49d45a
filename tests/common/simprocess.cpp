#include "simprocess.h"

#include "testenv.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTcpSocket>

namespace dia::test {

SimProcess::SimProcess(QStringList extraArgs, QString password)
    : m_extraArgs(std::move(extraArgs))
    , m_password(std::move(password))
    , m_dir(std::make_unique<QTemporaryDir>())
{ }

SimProcess::~SimProcess()
{
    if (m_process) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

QString SimProcess::dataDir() const
{
    return m_dir->filePath(QStringLiteral("state"));
}

QString SimProcess::feUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_feHttp);
}

bool SimProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QByteArray SimProcess::stderrOutput()
{
    if (m_process)
        m_stderr += m_process->readAllStandardError();
    return m_stderr;
}

bool SimProcess::start()
{
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QStringList args { QStringLiteral("--data-dir"), dataDir(), QStringLiteral("--fe-http-port"), QStringLiteral("0"),
        QStringLiteral("--be-http-port"), QStringLiteral("0"), QStringLiteral("--mysql-port"), QStringLiteral("0") };
    if (!m_password.isEmpty()) {
        env.insert(QStringLiteral("DIA_SIM_PASSWORD"), m_password);
        args << QStringLiteral("--password-env") << QStringLiteral("DIA_SIM_PASSWORD");
    }
    args << m_extraArgs;
    m_process->setProcessEnvironment(env);
    m_process->start(binPath(QStringLiteral("doris-sim")), args);
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("doris-sim did not start: %1").arg(m_process->errorString());
        return false;
    }
    QByteArray out;
    QDeadlineTimer deadline(20000);
    while (!out.contains('\n')) {
        if (deadline.hasExpired() || m_process->state() != QProcess::Running) {
            m_error = QStringLiteral("doris-sim printed no ready line; stderr: %1")
                          .arg(QString::fromLocal8Bit(stderrOutput()));
            return false;
        }
        m_process->waitForReadyRead(int(std::min<qint64>(deadline.remainingTime(), 1000)));
        out += m_process->readAllStandardOutput();
    }
    const QJsonObject ready = QJsonDocument::fromJson(out.left(out.indexOf('\n'))).object();
    m_feHttp = ready.value(QLatin1String("fe_http")).toInt();
    m_beHttp = ready.value(QLatin1String("be_http")).toInt();
    m_mysql = ready.value(QLatin1String("mysql")).toInt();
    if (m_feHttp <= 0 || m_beHttp <= 0 || m_mysql <= 0) {
        m_error = QStringLiteral("unexpected ready line: %1").arg(QString::fromUtf8(out));
        return false;
    }
    return true;
}

void SimProcess::stop()
{
    if (!m_process)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(5000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    stderrOutput();
    m_process.reset();
}

bool SimProcess::restart()
{
    if (m_process) {
        m_process->kill();
        m_process->waitForFinished(5000);
        stderrOutput();
        m_process.reset();
    }
    return start();
}

QByteArray SimProcess::adminRequest(const QByteArray& method, const QByteArray& body, bool* ok)
{
    *ok = false;
    QTcpSocket socket;
    socket.connectToHost(host(), quint16(m_feHttp));
    if (!socket.waitForConnected(10000)) {
        m_error = QStringLiteral("cannot connect to the sim's FE port: %1").arg(socket.errorString());
        return {};
    }
    QByteArray request = method + " /_sim/faults HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    request += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    request += body;
    socket.write(request);
    socket.waitForBytesWritten(10000);
    QByteArray response;
    QDeadlineTimer deadline(10000);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        socket.waitForReadyRead(int(std::min<qint64>(deadline.remainingTime(), 1000)));
        response += socket.readAll();
    }
    response += socket.readAll();
    const qsizetype split = response.indexOf("\r\n\r\n");
    if (!response.startsWith("HTTP/1.1 200") || split < 0) {
        m_error = QStringLiteral("admin request failed: %1").arg(QString::fromUtf8(response));
        return {};
    }
    *ok = true;
    return response.mid(split + 4);
}

bool SimProcess::setFaults(const QStringList& specs)
{
    QJsonObject o;
    o[QLatin1String("faults")] = QJsonArray::fromStringList(specs);
    bool ok = false;
    adminRequest("POST", QJsonDocument(o).toJson(QJsonDocument::Compact), &ok);
    return ok;
}

QByteArray SimProcess::faultState()
{
    bool ok = false;
    return adminRequest("GET", {}, &ok);
}

} // namespace dia::test
