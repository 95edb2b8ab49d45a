#include "siminstance.h"

#include "doris/httpsession.h"
#include "doris/metadataclient.h"
#include "testenv.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dia::test {

SimInstance::SimInstance(const QStringList& extraArgs)
    : m_extraArgs(extraArgs)
{
    start(0, 0, 0);
}

SimInstance::~SimInstance()
{
    stop();
}

bool SimInstance::start(int fePort, int bePort, int mysqlPort)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    QStringList args { QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data")),
        QStringLiteral("--fe-http-port"), QString::number(fePort), QStringLiteral("--be-http-port"),
        QString::number(bePort), QStringLiteral("--mysql-port"), QString::number(mysqlPort) };
    m_process->start(binPath(QStringLiteral("doris-sim")), args + m_extraArgs);
    QByteArray line;
    while (!line.contains('\n') && m_process->waitForReadyRead(30000))
        line += m_process->readAllStandardOutput();
    const QJsonObject ready = QJsonDocument::fromJson(line.trimmed()).object();
    m_fePort = ready.value(QLatin1String("fe_http")).toInt();
    m_bePort = ready.value(QLatin1String("be_http")).toInt();
    m_mysqlPort = ready.value(QLatin1String("mysql")).toInt();
    if (m_fePort <= 0)
        m_error = QString::fromUtf8(line + m_process->readAllStandardError());
    return m_fePort > 0;
}

void SimInstance::stop()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(30000);
    m_process.reset();
}

bool SimInstance::restart(bool hard)
{
    if (hard)
        m_process->kill();
    else
        m_process->terminate();
    m_process->waitForFinished(30000);
    return start(m_fePort, m_bePort, m_mysqlPort);
}

doris::ConnectionSettings SimInstance::settings() const
{
    doris::ConnectionSettings s;
    s.feHost = QStringLiteral("127.0.0.1");
    s.feHttpPort = m_fePort;
    s.mysqlHost = QStringLiteral("127.0.0.1");
    s.mysqlPort = m_mysqlPort;
    s.user = QStringLiteral("root");
    s.connectTimeoutMs = 5000;
    s.requestTimeoutMs = 20000;
    return s;
}

Status SimInstance::setFaults(const QStringList& faults)
{
    doris::HttpSession http;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_fePort);
    url.setPath(QStringLiteral("/_sim/faults"));
    const QByteArray body
        = QJsonDocument(QJsonObject { { QStringLiteral("faults"), QJsonArray::fromStringList(faults) } }).toJson();
    QBuffer buffer;
    buffer.setData(body);
    buffer.open(QIODevice::ReadOnly);
    const doris::HttpResponse response = http.send("POST", url,
        { qMakePair(QByteArray("Content-Type"), QByteArray("application/json")) }, &buffer, body.size(), 10000);
    if (response.httpStatus != 200)
        return makeError(QStringLiteral("sim_fault"), QString::fromUtf8(response.body));
    return {};
}

Status SimInstance::execute(const QString& sql)
{
    doris::MetadataClient client(settings());
    return client.execute(sql);
}

Result<QList<QStringList>> SimInstance::select(const QString& sql)
{
    doris::MetadataClient client(settings());
    return client.select(sql);
}

} // namespace dia::test
