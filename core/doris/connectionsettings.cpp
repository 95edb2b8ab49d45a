#include "connectionsettings.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dia::doris {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dia::doris", text);
}

} // namespace

QUrl ConnectionSettings::feBaseUrl() const
{
    QUrl url;
    url.setScheme(useTls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(feHost);
    url.setPort(feHttpPort);
    return url;
}

QByteArray ConnectionSettings::authorizationHeader() const
{
    return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

QString ConnectionSettings::toLogString() const
{
    return QStringLiteral("fe=%1:%2 mysql=%3:%4 user=%5 tls=%6 be_override=%7")
        .arg(feHost)
        .arg(feHttpPort)
        .arg(effectiveMysqlHost())
        .arg(mysqlPort)
        .arg(user)
        .arg(useTls ? QStringLiteral("yes") : QStringLiteral("no"))
        .arg(beOverride.isEmpty() ? QStringLiteral("-") : beOverride);
}

Result<QPair<QString, int>> parseHostPort(const QString& text, int defaultPort)
{
    const QString trimmed = text.trimmed();
    QString host;
    QString portText;
    if (trimmed.startsWith(QLatin1Char('['))) {
        const qsizetype close = trimmed.indexOf(QLatin1Char(']'));
        if (close < 0)
            return makeError(QStringLiteral("bad_address"), tr("'%1' is not a valid HOST:PORT address.").arg(text),
                tr("Write IPv6 addresses as [::1]:8040."));
        host = trimmed.mid(1, close - 1);
        const QString rest = trimmed.mid(close + 1);
        if (rest.startsWith(QLatin1Char(':')))
            portText = rest.mid(1);
        else if (!rest.isEmpty())
            host.clear();
    } else {
        const qsizetype colon = trimmed.lastIndexOf(QLatin1Char(':'));
        host = colon < 0 ? trimmed : trimmed.left(colon);
        if (colon >= 0)
            portText = trimmed.mid(colon + 1);
    }
    int port = defaultPort;
    if (!portText.isEmpty()) {
        bool ok = false;
        port = portText.toInt(&ok);
        if (!ok || port <= 0 || port > 65535)
            host.clear();
    }
    if (host.isEmpty() || host.contains(QLatin1Char('/')) || host.contains(QLatin1Char('@')) || port <= 0)
        return makeError(QStringLiteral("bad_address"), tr("'%1' is not a valid HOST:PORT address.").arg(text),
            tr("Give a host name or IP address and a port, e.g. 10.0.0.5:8040."));
    return qMakePair(host, port);
}

Status ConnectionSettings::setFeUrl(const QString& text)
{
    QString rest = text.trimmed();
    bool tls = false;
    if (rest.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
        tls = true;
        rest = rest.mid(8);
    } else if (rest.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)) {
        rest = rest.mid(7);
    } else if (rest.contains(QLatin1String("://"))) {
        return makeError(QStringLiteral("bad_fe_url"), tr("'%1' is not an http:// or https:// address.").arg(text),
            tr("Give the FE HTTP address, e.g. http://10.0.0.5:8030."));
    }
    while (rest.endsWith(QLatin1Char('/')))
        rest.chop(1);
    if (rest.contains(QLatin1Char('@')))
        return makeError(QStringLiteral("bad_fe_url"), tr("The FE address must not contain a user name or password."),
            tr("Pass the user with --user and the password through an environment variable."));
    auto hostPort = parseHostPort(rest, tls ? 8050 : 8030);
    if (!hostPort)
        return makeError(QStringLiteral("bad_fe_url"), tr("'%1' is not a valid FE address.").arg(text),
            tr("Give the FE HTTP address, e.g. http://10.0.0.5:8030."));
    feHost = hostPort->first;
    feHttpPort = hostPort->second;
    useTls = tls;
    return {};
}

Status ConnectionSettings::setMysqlAddress(const QString& text)
{
    auto hostPort = parseHostPort(text, 9030);
    if (!hostPort)
        return hostPort.error();
    mysqlHost = hostPort->first;
    mysqlPort = hostPort->second;
    return {};
}

namespace {

QString joinHostPort(const QString& host, int port)
{
    return host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(host).arg(port)
                                           : QStringLiteral("%1:%2").arg(host).arg(port);
}

} // namespace

Result<QList<BeAddressMapping>> parseBeMapping(const QString& text)
{
    QList<BeAddressMapping> mappings;
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString& entry : text.split(separators, Qt::SkipEmptyParts)) {
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        auto advertised = eq < 0 ? parseHostPort(entry, -1) : parseHostPort(entry.left(eq), -1);
        auto reachable = eq < 0 ? advertised : parseHostPort(entry.mid(eq + 1), -1);
        if (eq < 0 || !advertised || !reachable || advertised->second <= 0 || reachable->second <= 0)
            return makeError(QStringLiteral("bad_address"), tr("'%1' is not a BE mapping entry.").arg(entry),
                tr("Map each BE as the FE advertises it to an address reachable from here: "
                   "--be 'be1.internal:8040=127.0.0.1:18040,be2.internal:8040=127.0.0.1:18041'."));
        for (const BeAddressMapping& seen : mappings) {
            if (seen.advertisedHost.compare(advertised->first, Qt::CaseInsensitive) == 0
                && seen.advertisedPort == advertised->second)
                return makeError(QStringLiteral("bad_address"),
                    tr("The BE %1 is mapped twice.").arg(joinHostPort(advertised->first, advertised->second)),
                    tr("Give each BE once in --be."));
        }
        mappings.append({ advertised->first, advertised->second, reachable->first, reachable->second });
    }
    if (mappings.isEmpty())
        return makeError(QStringLiteral("bad_address"), tr("The BE mapping is empty."));
    return mappings;
}

QPair<QString, int> ConnectionSettings::beAddressFor(const QString& host, int port) const
{
    if (beOverride.isEmpty())
        return qMakePair(host, port);
    if (!beOverrideIsMapping()) {
        auto single = parseHostPort(beOverride, -1);
        return single ? *single : qMakePair(host, port);
    }
    auto mappings = parseBeMapping(beOverride);
    if (mappings) {
        for (const BeAddressMapping& m : *mappings) {
            if (m.advertisedHost.compare(host, Qt::CaseInsensitive) == 0 && m.advertisedPort == port)
                return qMakePair(m.host, m.port);
        }
    }
    return qMakePair(host, port);
}

Status ConnectionSettings::setBeOverride(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        beOverride.clear();
        return {};
    }
    if (text.contains(QLatin1Char('='))) {
        auto mappings = parseBeMapping(text);
        if (!mappings)
            return mappings.error();
        QStringList entries;
        for (const BeAddressMapping& m : *mappings)
            entries.append(
                joinHostPort(m.advertisedHost, m.advertisedPort) + QLatin1Char('=') + joinHostPort(m.host, m.port));
        beOverride = entries.join(QLatin1Char(','));
        return {};
    }
    auto hostPort = parseHostPort(text, -1);
    if (!hostPort || hostPort->second <= 0)
        return makeError(QStringLiteral("bad_address"), tr("'%1' is not a valid BE address.").arg(text),
            tr("Give the BE HTTP address as HOST:PORT, e.g. 127.0.0.1:8040."));
    beOverride = hostPort->first.contains(QLatin1Char(':'))
        ? QStringLiteral("[%1]:%2").arg(hostPort->first).arg(hostPort->second)
        : QStringLiteral("%1:%2").arg(hostPort->first).arg(hostPort->second);
    return {};
}

} // namespace dia::doris
