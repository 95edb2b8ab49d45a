#pragma once

#include "connectionsettings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace dia::doris {

/// One row of `DESC table`.
struct ColumnInfo
{
    QString name;
    QString type; ///< as Doris spells it, e.g. "VARCHAR(20)"
    bool nullable = true;
    bool key = false;
    QString defaultValue; ///< empty with hasDefault false: no default
    bool hasDefault = false;
    QString extra; ///< aggregation (SUM, REPLACE, NONE) or empty
};

/// One row of `SHOW BACKENDS`, found by column name (2.0 had IP/HostName instead of Host).
struct BackendInfo
{
    QString host;
    int httpPort = 0;
    bool alive = false;
};

/// Metadata and DDL over the MySQL protocol (QtSql QMYSQL). One instance = one connection with a unique
/// connection name, created, used and destroyed on one thread (QtSql's rule); never the GUI thread.
/// Statements are sent with QSqlQuery::exec(QString) (no server-side prepare, which Doris does not support for
/// SHOW/DDL). Errors carry Doris's own text; codes: `mysql_driver_missing`, `mysql_connect_failed`,
/// `auth_failed`, `sql_failed`, `unknown_database`, `unknown_table`.
class MetadataClient final
{
    Q_DECLARE_TR_FUNCTIONS(dia::doris::MetadataClient) // lupdate files member functions' texts under the class
public:
    explicit MetadataClient(ConnectionSettings settings);
    ~MetadataClient();
    Q_DISABLE_COPY_MOVE(MetadataClient)

    /// Connects (with the connect timeout). Called by every query when not yet open.
    Status open();
    void close();

    /// `SELECT @@version_comment`, e.g. "Doris version doris-2.1.7-rc01".
    Result<QString> serverVersion();
    Result<QStringList> databases();
    Result<QStringList> tables(const QString& database);
    Result<QList<ColumnInfo>> describe(const QString& database, const QString& table);
    Result<QString> showCreateTable(const QString& database, const QString& table);
    Result<QList<BackendInfo>> backends();
    /// Any query's rows as text (NULL → null QString), e.g. for checks and previews.
    Result<QList<QStringList>> select(const QString& sql);
    /// Runs a statement (e.g. CREATE TABLE); the error message is Doris's text. A statement whose backquoted
    /// names are not all ASCII (needsUnicodeNames) runs after enableUnicodeNames() in this session.
    Status execute(const QString& sql);
    /// `SET enable_unicode_name_support = true` for this session (a session variable any user may set; Doris
    /// 2.0-3.0 default it to false). `unicode_names_unsupported` when the server refuses it.
    Status enableUnicodeNames();
    /// Whether `sql` has a backquoted identifier with a character outside ASCII (string literals such as
    /// COMMENT '日期' do not count).
    static bool needsUnicodeNames(const QString& sql);
    /// `SHOW LOAD WARNINGS ON 'url'`: the ErrorMsgDetail lines.
    Result<QStringList> loadWarnings(const QString& errorUrl);

    /// `` `name` `` with backquotes doubled.
    static QString quoteIdentifier(const QString& name);
    /// `'text'` with quotes and backslashes escaped.
    static QString quoteString(const QString& text);

private:
    struct Rows
    {
        QStringList columns;
        QList<QStringList> rows;
        int column(const QString& name) const;
    };
    Result<Rows> query(const QString& sql);
    Error sqlError(const QString& sql, const QString& driverText, int nativeCode) const;

    ConnectionSettings m_settings;
    QString m_connectionName;
    bool m_open = false;
    bool m_unicodeNames = false; ///< enable_unicode_name_support was set in this session
};

} // namespace dia::doris
