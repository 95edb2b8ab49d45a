#include "metadataclient.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <atomic>

namespace dia::doris {

namespace {

std::atomic<int> s_connectionCounter { 0 };

} // namespace

int MetadataClient::Rows::column(const QString& name) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

MetadataClient::MetadataClient(ConnectionSettings settings)
    : m_settings(std::move(settings))
    , m_connectionName(QStringLiteral("dia_meta_%1").arg(++s_connectionCounter))
{ }

MetadataClient::~MetadataClient()
{
    close();
}

QString MetadataClient::quoteIdentifier(const QString& name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('`'), QLatin1String("``"));
    return QLatin1Char('`') + escaped + QLatin1Char('`');
}

QString MetadataClient::quoteString(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

Status MetadataClient::open()
{
    if (m_open)
        return {};
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QMYSQL")))
        return makeError(QStringLiteral("mysql_driver_missing"), tr("Qt's MySQL driver (QMYSQL) is not installed."),
            tr("Install the package libqt6sql6-mysql."));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), m_connectionName);
        db.setHostName(m_settings.effectiveMysqlHost());
        db.setPort(m_settings.mysqlPort);
        db.setUserName(m_settings.user);
        db.setPassword(m_settings.password);
        const int seconds = qMax(1, m_settings.connectTimeoutMs / 1000);
        const int readSeconds = qMax(seconds, m_settings.requestTimeoutMs / 1000);
        db.setConnectOptions(
            QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1;MYSQL_OPT_READ_TIMEOUT=%2;MYSQL_OPT_WRITE_TIMEOUT=%2")
                .arg(seconds)
                .arg(readSeconds));
        if (!db.open()) {
            const QSqlError error = db.lastError();
            const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
            const int native = error.nativeErrorCode().toInt();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            if (native == 1045 || text.contains(QLatin1String("Access denied")))
                return makeError(QStringLiteral("auth_failed"), tr("Doris refused the login: %1").arg(text),
                    tr("Check the user name and password (--user)."));
            return makeError(QStringLiteral("mysql_connect_failed"),
                tr("Cannot connect to Doris at %1:%2: %3")
                    .arg(m_settings.effectiveMysqlHost())
                    .arg(m_settings.mysqlPort)
                    .arg(text),
                tr("Check the FE host and its MySQL query port (--mysql, usually 9030), and that the FE is running."));
        }
    }
    m_open = true;
    return {};
}

void MetadataClient::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_open = false;
    m_unicodeNames = false;
}

Error MetadataClient::sqlError(const QString& sql, const QString& driverText, int nativeCode) const
{
    QString code = QStringLiteral("sql_failed");
    if (nativeCode == 1049 || driverText.contains(QLatin1String("Unknown database"))
        || driverText.contains(QLatin1String("unknown databases")))
        code = QStringLiteral("unknown_database");
    else if (nativeCode == 1146 || driverText.contains(QLatin1String("nknown table"))
        || driverText.contains(QLatin1String("does not exist")))
        code = QStringLiteral("unknown_table");
    else if (nativeCode == 1045 || nativeCode == 1227 || driverText.contains(QLatin1String("Access denied")))
        code = QStringLiteral("auth_failed");
    qCDebug(lcDoris) << "sql failed:" << sql.left(200) << driverText;
    return makeError(code, tr("Doris rejected the statement: %1").arg(driverText));
}

Result<MetadataClient::Rows> MetadataClient::query(const QString& sql)
{
    if (Status opened = open(); !opened)
        return opened.error();
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        const QSqlError error = q.lastError();
        const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
        return sqlError(sql, text, error.nativeErrorCode().toInt());
    }
    Rows rows;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i)
        rows.columns.append(record.fieldName(i));
    while (q.next()) {
        QStringList row;
        row.reserve(record.count());
        for (int i = 0; i < record.count(); ++i) {
            const QVariant value = q.value(i);
            row.append(value.isNull() ? QString() : value.toString());
        }
        rows.rows.append(row);
    }
    return rows;
}

Result<QString> MetadataClient::serverVersion()
{
    auto rows = query(QStringLiteral("SELECT @@version_comment"));
    if (!rows)
        return rows.error();
    if (rows->rows.isEmpty() || rows->rows.first().isEmpty())
        return QString();
    return rows->rows.first().first();
}

Result<QStringList> MetadataClient::databases()
{
    auto rows = query(QStringLiteral("SHOW DATABASES"));
    if (!rows)
        return rows.error();
    QStringList names;
    for (const auto& row : rows->rows)
        names.append(row.value(0));
    return names;
}

Result<QStringList> MetadataClient::tables(const QString& database)
{
    auto rows = query(QStringLiteral("SHOW TABLES FROM %1").arg(quoteIdentifier(database)));
    if (!rows)
        return rows.error();
    QStringList names;
    for (const auto& row : rows->rows)
        names.append(row.value(0));
    return names;
}

Result<QList<ColumnInfo>> MetadataClient::describe(const QString& database, const QString& table)
{
    auto rows = query(QStringLiteral("DESC %1.%2").arg(quoteIdentifier(database), quoteIdentifier(table)));
    if (!rows)
        return rows.error();
    const int field = rows->column(QStringLiteral("Field"));
    const int type = rows->column(QStringLiteral("Type"));
    const int nullable = rows->column(QStringLiteral("Null"));
    const int key = rows->column(QStringLiteral("Key"));
    const int def = rows->column(QStringLiteral("Default"));
    const int extra = rows->column(QStringLiteral("Extra"));
    QList<ColumnInfo> columns;
    for (const auto& row : rows->rows) {
        ColumnInfo column;
        column.name = row.value(field < 0 ? 0 : field);
        column.type = row.value(type);
        column.nullable = nullable < 0 || row.value(nullable).compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
        column.key = key >= 0 && row.value(key).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        column.defaultValue = def >= 0 ? row.value(def) : QString();
        column.hasDefault = !column.defaultValue.isNull() && !column.defaultValue.isEmpty();
        column.extra = extra >= 0 ? row.value(extra) : QString();
        columns.append(column);
    }
    return columns;
}

Result<QString> MetadataClient::showCreateTable(const QString& database, const QString& table)
{
    auto rows = query(QStringLiteral("SHOW CREATE TABLE %1.%2").arg(quoteIdentifier(database), quoteIdentifier(table)));
    if (!rows)
        return rows.error();
    if (rows->rows.isEmpty())
        return makeError(QStringLiteral("unknown_table"), tr("Table %1.%2 does not exist.").arg(database, table));
    const int create = rows->column(QStringLiteral("Create Table"));
    return rows->rows.first().value(create < 0 ? 1 : create);
}

Result<QList<BackendInfo>> MetadataClient::backends()
{
    auto rows = query(QStringLiteral("SHOW BACKENDS"));
    if (!rows)
        return rows.error();
    int host = rows->column(QStringLiteral("Host"));
    if (host < 0)
        host = rows->column(QStringLiteral("IP"));
    const int http = rows->column(QStringLiteral("HttpPort"));
    const int alive = rows->column(QStringLiteral("Alive"));
    QList<BackendInfo> backends;
    for (const auto& row : rows->rows) {
        BackendInfo backend;
        backend.host = row.value(host);
        backend.httpPort = row.value(http).toInt();
        backend.alive = alive < 0 || row.value(alive).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        backends.append(backend);
    }
    return backends;
}

Result<QList<QStringList>> MetadataClient::select(const QString& sql)
{
    auto rows = query(sql);
    if (!rows)
        return rows.error();
    return rows->rows;
}

Status MetadataClient::execute(const QString& sql)
{
    if (!m_unicodeNames && needsUnicodeNames(sql)) {
        if (Status enabled = enableUnicodeNames(); !enabled)
            return enabled;
    }
    auto rows = query(sql);
    if (!rows)
        return rows.error();
    return {};
}

Status MetadataClient::enableUnicodeNames()
{
    auto rows = query(QStringLiteral("SET enable_unicode_name_support = true"));
    if (!rows) {
        Error error = rows.error();
        if (error.code != QLatin1String("sql_failed"))
            return error;
        return makeError(QStringLiteral("unicode_names_unsupported"),
            tr("This Doris cannot keep column names outside ASCII: it refused SET enable_unicode_name_support = true "
               "(%1).")
                .arg(error.message),
            tr("Use ASCII column names (leave out --unicode-names), or a Doris version with "
               "enable_unicode_name_support (2.0 or later)."));
    }
    m_unicodeNames = true;
    return {};
}

bool MetadataClient::needsUnicodeNames(const QString& sql)
{
    QChar quote; // the open quote: ', " or `; null outside
    bool nonAscii = false;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (quote.isNull()) {
            if (c == u'\'' || c == u'"' || c == u'`') {
                quote = c;
                nonAscii = false;
            }
            continue;
        }
        if (c == u'\\' && quote != u'`') {
            ++i; // escaped character inside a string literal
            continue;
        }
        if (c == quote) {
            if (i + 1 < sql.size() && sql.at(i + 1) == quote) {
                ++i; // doubled quote
                continue;
            }
            if (quote == u'`' && nonAscii)
                return true;
            quote = QChar();
            continue;
        }
        nonAscii = nonAscii || c.unicode() >= 0x80;
    }
    return false;
}

Result<QStringList> MetadataClient::loadWarnings(const QString& errorUrl)
{
    auto rows = query(QStringLiteral("SHOW LOAD WARNINGS ON %1").arg(quoteString(errorUrl)));
    if (!rows)
        return rows.error();
    const int detail = rows->column(QStringLiteral("ErrorMsgDetail"));
    QStringList lines;
    for (const auto& row : rows->rows)
        lines.append(row.value(detail < 0 ? row.size() - 1 : detail));
    return lines;
}

} // namespace dia::doris
