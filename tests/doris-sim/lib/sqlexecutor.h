#pragma once

#include "simcontext.h"
#include "sqltokenizer.h"

#include <optional>
#include <string>
#include <vector>

namespace dia::sim {

/// Answer to one SQL statement: an OK, an error (MySQL code + Doris text) or a text result set.
struct SqlResult
{
    enum class Kind {
        Ok,
        Error,
        ResultSet,
    };
    Kind kind = Kind::Ok;
    int errorCode = 1105;
    std::string sqlState = "HY000";
    std::string message; ///< full ERR text, e.g. "errCode = 2, detailMessage = Unknown table 't'"
    std::vector<std::string> columns;
    std::vector<bool> numericColumns; ///< columns sent as LONGLONG instead of VAR_STRING
    std::vector<std::vector<std::optional<std::string>>> rows;
    int64_t affectedRows = 0;

    static SqlResult ok(int64_t affected = 0);
    static SqlResult error(const std::string& detail, int code = 1105); ///< wraps in "errCode = 2, detailMessage = "
    static SqlResult rawError(int code, const std::string& sqlState, const std::string& message);
};

/// The FE's SQL surface for one session: the statements client libraries send on connect, databases,
/// tables (CREATE TABLE via DdlParser), DESC/SHOW, SHOW BACKENDS/FRONTENDS, SELECT COUNT(*) / SELECT cols,
/// SHOW LOAD WARNINGS ON 'url', SHOW TRANSACTION. Anything else: a clear ERR.
class SqlExecutor
{
public:
    /// A new session: time_zone and enable_unicode_name_support start from their GLOBAL values.
    explicit SqlExecutor(SimContext& context);

    SqlResult execute(const std::string& sql);
    const std::string& currentDatabase() const { return m_database; }
    SqlResult useDatabase(const std::string& db);
    void setUser(const std::string& user) { m_user = user; }

private:
    SqlResult select(const std::string& sql);
    SqlResult show(const std::string& sql);
    SqlResult createTable(const std::string& sql);
    SqlResult set(SqlCursor& c);
    /// Session value of a variable the sim keeps per session (time_zone, enable_unicode_name_support);
    /// nullopt for the fixed ones. `rawName` may carry @@, @@session., @@global.
    std::optional<std::string> sessionVariable(const std::string& rawName) const;

    SimContext& m_context;
    std::string m_database;
    std::string m_user = "root";
    std::string m_timeZone;
    bool m_unicodeNames = false;
};

} // namespace dia::sim
