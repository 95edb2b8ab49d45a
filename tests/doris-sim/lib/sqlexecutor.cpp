#include "sqlexecutor.h"

#include "ddlparser.h"
#include "sqltokenizer.h"
#include "valueconverter.h"

#include <QDateTime>
#include <QFile>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <regex>

namespace dia::sim {

namespace {

constexpr const char* kVersionComment = "Doris version doris-2.1.7-rc01 (doris-sim)";
constexpr const char* kBuildVersion = "doris-2.1.7-rc01-sim";

using Cell = std::optional<std::string>;
using SqlRow = std::vector<Cell>;

std::string variableValue(const std::string& rawName, bool& known)
{
    std::string name = toLower(rawName);
    for (const char* prefix : { "@@session.", "@@global.", "@@local.", "@@" }) {
        if (name.rfind(prefix, 0) == 0) {
            name = name.substr(std::string(prefix).size());
            break;
        }
    }
    known = true;
    static const std::pair<const char*, const char*> kVars[] = {
        { "version_comment", kVersionComment },
        { "version", "5.7.99" },
        { "character_set_client", "utf8mb4" },
        { "character_set_connection", "utf8mb4" },
        { "character_set_results", "utf8mb4" },
        { "character_set_server", "utf8mb4" },
        { "character_set_database", "utf8mb4" },
        { "collation_connection", "utf8mb4_0900_bin" },
        { "collation_server", "utf8mb4_0900_bin" },
        { "collation_database", "utf8mb4_0900_bin" },
        { "max_allowed_packet", "16777216" },
        { "auto_increment_increment", "1" },
        { "lower_case_table_names", "0" },
        { "wait_timeout", "28800" },
        { "interactive_timeout", "3600" },
        { "net_write_timeout", "600" },
        { "net_read_timeout", "600" },
        { "net_buffer_length", "16384" },
        { "sql_mode", "ONLY_FULL_GROUP_BY" },
        { "time_zone", "Asia/Shanghai" },
        { "system_time_zone", "UTC" },
        { "tx_isolation", "REPEATABLE-READ" },
        { "transaction_isolation", "REPEATABLE-READ" },
        { "tx_read_only", "0" },
        { "transaction_read_only", "0" },
        { "autocommit", "1" },
        { "license", "Apache License, Version 2.0" },
        { "init_connect", "" },
        { "query_cache_size", "1048576" },
        { "query_cache_type", "0" },
        { "have_query_cache", "YES" },
        { "performance_schema", "0" },
        { "sql_select_limit", "9223372036854775807" },
        { "enable_unicode_name_support", "false" },
        { "language", "/palo/share/english/" },
        { "sql_auto_is_null", "0" },
    };
    for (const auto& [k, v] : kVars) {
        if (name == k)
            return v;
    }
    known = false;
    return {};
}

std::string nowText()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toStdString();
}

SqlResult resultSet(std::vector<std::string> columns, std::vector<SqlRow> rows)
{
    SqlResult r;
    r.kind = SqlResult::Kind::ResultSet;
    r.columns = std::move(columns);
    r.numericColumns.assign(r.columns.size(), false);
    r.rows = std::move(rows);
    return r;
}

// ---- tiny expression evaluator for WHERE
struct Expr
{
    enum class Kind {
        Literal,
        Null,
        Column,
        Func,
        Compare,
        And,
        Or,
        Not,
        IsNull,
    } kind
        = Kind::Literal;
    std::string text; // literal / column / function / operator
    bool negate = false;
    std::vector<Expr> args;
};

class ExprParser
{
public:
    ExprParser(SqlCursor& c)
        : m_c(c)
    { }
    bool parse(Expr& out) { return parseOr(out); }
    std::string error;

private:
    bool parseOr(Expr& out)
    {
        if (!parseAnd(out))
            return false;
        while (m_c.acceptWord("OR")) {
            Expr rhs;
            if (!parseAnd(rhs))
                return false;
            Expr e;
            e.kind = Expr::Kind::Or;
            e.args = { out, rhs };
            out = e;
        }
        return true;
    }
    bool parseAnd(Expr& out)
    {
        if (!parseNot(out))
            return false;
        while (m_c.acceptWord("AND")) {
            Expr rhs;
            if (!parseNot(rhs))
                return false;
            Expr e;
            e.kind = Expr::Kind::And;
            e.args = { out, rhs };
            out = e;
        }
        return true;
    }
    bool parseNot(Expr& out)
    {
        if (m_c.acceptWord("NOT")) {
            Expr inner;
            if (!parseNot(inner))
                return false;
            out.kind = Expr::Kind::Not;
            out.args = { inner };
            return true;
        }
        return parseCompare(out);
    }
    bool parseCompare(Expr& out)
    {
        Expr lhs;
        if (!parseTerm(lhs))
            return false;
        if (m_c.acceptWord("IS")) {
            const bool neg = m_c.acceptWord("NOT");
            if (!m_c.acceptWord("NULL")) {
                error = "expected NULL after IS";
                return false;
            }
            out.kind = Expr::Kind::IsNull;
            out.negate = neg;
            out.args = { lhs };
            return true;
        }
        static const char* const kOps[] = { "=", "==", "!=", "<>", "<", "<=", ">", ">=" };
        for (const char* op : kOps) {
            if (m_c.peek().isSymbol(op)) {
                m_c.next();
                Expr rhs;
                if (!parseTerm(rhs))
                    return false;
                out.kind = Expr::Kind::Compare;
                out.text = op;
                out.args = { lhs, rhs };
                return true;
            }
        }
        out = lhs;
        return true;
    }
    bool parseTerm(Expr& out)
    {
        const SqlToken& t = m_c.peek();
        if (t.isSymbol("(")) {
            m_c.next();
            if (!parseOr(out))
                return false;
            if (!m_c.acceptSymbol(")")) {
                error = "expected )";
                return false;
            }
            return true;
        }
        if (t.kind == SqlToken::Kind::String || t.kind == SqlToken::Kind::Number) {
            out.kind = Expr::Kind::Literal;
            out.text = m_c.next().text;
            return true;
        }
        if (t.isSymbol("-") && m_c.peek(1).kind == SqlToken::Kind::Number) {
            m_c.next();
            out.kind = Expr::Kind::Literal;
            out.text = "-" + m_c.next().text;
            return true;
        }
        if (t.isWord("NULL")) {
            m_c.next();
            out.kind = Expr::Kind::Null;
            return true;
        }
        if (t.isWord("TRUE") || t.isWord("FALSE")) {
            out.kind = Expr::Kind::Literal;
            out.text = t.isWord("TRUE") ? "1" : "0";
            m_c.next();
            return true;
        }
        if (t.isName()) {
            const std::string name = m_c.next().text;
            if (m_c.acceptSymbol("(")) {
                out.kind = Expr::Kind::Func;
                out.text = toUpper(name);
                while (!m_c.acceptSymbol(")")) {
                    Expr arg;
                    if (!parseOr(arg))
                        return false;
                    out.args.push_back(arg);
                    if (!m_c.acceptSymbol(",") && !m_c.peek().isSymbol(")")) {
                        error = "expected , or )";
                        return false;
                    }
                }
                return true;
            }
            if (t.isWord("CURRENT_TIMESTAMP") || t.isWord("CURRENT_DATE")) {
                out.kind = Expr::Kind::Func;
                out.text = toUpper(name);
                return true;
            }
            out.kind = Expr::Kind::Column;
            out.text = name;
            if (m_c.acceptSymbol(".") && m_c.peek().isName())
                out.text = m_c.next().text; // t.col
            return true;
        }
        error = "unexpected '" + t.text + "'";
        return false;
    }
    SqlCursor& m_c;
};

bool isNumber(const std::string& s)
{
    if (s.empty())
        return false;
    char* end = nullptr;
    std::strtold(s.c_str(), &end);
    return end == s.c_str() + s.size();
}

Cell evalExpr(const Expr& e, const TableSchema& schema, const SqlRow& row, std::string& error)
{
    switch (e.kind) {
    case Expr::Kind::Literal:
        return e.text;
    case Expr::Kind::Null:
        return std::nullopt;
    case Expr::Kind::Column: {
        const int idx = schema.columnIndex(e.text);
        if (idx < 0) {
            error = "Unknown column '" + e.text + "' in 'table list'";
            return std::nullopt;
        }
        return row[size_t(idx)];
    }
    case Expr::Kind::Func: {
        std::vector<Cell> args;
        for (const Expr& a : e.args)
            args.push_back(evalExpr(a, schema, row, error));
        if (e.text == "NOW" || e.text == "CURRENT_TIMESTAMP")
            return nowText();
        if (e.text == "CURRENT_DATE" || e.text == "CURDATE")
            return nowText().substr(0, 10);
        if (args.size() != 1) {
            error = "function " + e.text + " is not supported by doris-sim";
            return std::nullopt;
        }
        if (!args[0])
            return std::nullopt;
        const std::string& v = *args[0];
        if (e.text == "YEAR")
            return v.size() >= 4 ? std::optional<std::string>(std::to_string(std::atoi(v.substr(0, 4).c_str())))
                                 : std::nullopt;
        if (e.text == "MONTH")
            return v.size() >= 7 ? std::optional<std::string>(std::to_string(std::atoi(v.substr(5, 2).c_str())))
                                 : std::nullopt;
        if (e.text == "DAY")
            return v.size() >= 10 ? std::optional<std::string>(std::to_string(std::atoi(v.substr(8, 2).c_str())))
                                  : std::nullopt;
        if (e.text == "DATE" || e.text == "TO_DATE")
            return v.substr(0, 10);
        if (e.text == "LENGTH")
            return std::to_string(v.size());
        if (e.text == "UPPER")
            return toUpper(v);
        if (e.text == "LOWER")
            return toLower(v);
        error = "function " + e.text + " is not supported by doris-sim";
        return std::nullopt;
    }
    case Expr::Kind::Compare: {
        const Cell a = evalExpr(e.args[0], schema, row, error);
        const Cell b = evalExpr(e.args[1], schema, row, error);
        if (!a || !b)
            return std::nullopt;
        int cmp = 0;
        if (isNumber(*a) && isNumber(*b)) {
            const long double x = std::strtold(a->c_str(), nullptr);
            const long double y = std::strtold(b->c_str(), nullptr);
            cmp = x < y ? -1 : x > y ? 1 : 0;
        } else {
            cmp = a->compare(*b);
        }
        bool r = false;
        if (e.text == "=" || e.text == "==")
            r = cmp == 0;
        else if (e.text == "!=" || e.text == "<>")
            r = cmp != 0;
        else if (e.text == "<")
            r = cmp < 0;
        else if (e.text == "<=")
            r = cmp <= 0;
        else if (e.text == ">")
            r = cmp > 0;
        else
            r = cmp >= 0;
        return std::string(r ? "1" : "0");
    }
    case Expr::Kind::And:
    case Expr::Kind::Or: {
        const Cell a = evalExpr(e.args[0], schema, row, error);
        const Cell b = evalExpr(e.args[1], schema, row, error);
        const bool x = a && *a != "0" && !a->empty();
        const bool y = b && *b != "0" && !b->empty();
        return std::string((e.kind == Expr::Kind::And ? (x && y) : (x || y)) ? "1" : "0");
    }
    case Expr::Kind::Not: {
        const Cell a = evalExpr(e.args[0], schema, row, error);
        if (!a)
            return std::nullopt;
        return std::string(*a == "0" ? "1" : "0");
    }
    case Expr::Kind::IsNull: {
        const Cell a = evalExpr(e.args[0], schema, row, error);
        return std::string((!a) != e.negate ? "1" : "0");
    }
    }
    return std::nullopt;
}

std::string stripTrailingSemicolons(std::string s)
{
    while (!s.empty() && (s.back() == ';' || std::isspace(static_cast<unsigned char>(s.back()))))
        s.pop_back();
    return s;
}

bool likeMatch(const std::string& value, const std::string& pattern)
{
    std::string re;
    for (char c : pattern) {
        if (c == '%')
            re += ".*";
        else if (c == '_')
            re += '.';
        else if (std::isalnum(static_cast<unsigned char>(c)))
            re += c;
        else {
            re += '\\';
            re += c;
        }
    }
    return std::regex_match(value, std::regex(re, std::regex::icase));
}

} // namespace

SqlResult SqlResult::ok(int64_t affected)
{
    SqlResult r;
    r.affectedRows = affected;
    return r;
}

SqlResult SqlResult::error(const std::string& detail, int code)
{
    return rawError(code,
        code == 1064       ? "42000"
            : code == 1049 ? "42000"
                           : "HY000",
        "errCode = 2, detailMessage = " + detail);
}

SqlResult SqlResult::rawError(int code, const std::string& sqlState, const std::string& message)
{
    SqlResult r;
    r.kind = Kind::Error;
    r.errorCode = code;
    r.sqlState = sqlState;
    r.message = message;
    return r;
}

SqlResult SqlExecutor::useDatabase(const std::string& db)
{
    if (!m_context.store->hasDatabase(db))
        return SqlResult::error("Unknown database '" + db + "'", 1049);
    m_database = db;
    return SqlResult::ok();
}

SqlExecutor::SqlExecutor(SimContext& context)
    : m_context(context)
{
    std::lock_guard<std::mutex> lock(m_context.globalsMutex);
    m_timeZone = m_context.globalTimeZone.empty() ? m_context.config.timeZone : m_context.globalTimeZone;
    m_unicodeNames = m_context.globalUnicodeNames;
}

std::optional<std::string> SqlExecutor::sessionVariable(const std::string& rawName) const
{
    std::string name = toLower(rawName);
    bool global = false;
    for (const char* prefix : { "@@session.", "@@global.", "@@local.", "@@" }) {
        if (name.rfind(prefix, 0) == 0) {
            global = std::string(prefix) == "@@global.";
            name = name.substr(std::string(prefix).size());
            break;
        }
    }
    if (name == "time_zone") {
        if (!global)
            return m_timeZone;
        std::lock_guard<std::mutex> lock(m_context.globalsMutex);
        return m_context.globalTimeZone.empty() ? m_context.config.timeZone : m_context.globalTimeZone;
    }
    if (name == "enable_unicode_name_support") {
        if (!global)
            return std::string(m_unicodeNames ? "true" : "false");
        std::lock_guard<std::mutex> lock(m_context.globalsMutex);
        return std::string(m_context.globalUnicodeNames ? "true" : "false");
    }
    return std::nullopt;
}

namespace {

bool validTimeZone(const std::string& name)
{
    static const std::regex kOffset(R"(^[+-]\d{1,2}:\d{2}$)");
    if (std::regex_match(name, kOffset) || toUpper(name) == "CST" || toUpper(name) == "SYSTEM")
        return true;
    return QTimeZone::isTimeZoneIdAvailable(QByteArray::fromStdString(name));
}

} // namespace

// SET [GLOBAL|SESSION|LOCAL] var = value [, ...] and SET @@[global.|session.]var = value. The sim keeps
// time_zone and enable_unicode_name_support (SET GLOBAL needs ADMIN: the sim's one user is root and has it);
// other variables are accepted and ignored.
SqlResult SqlExecutor::set(SqlCursor& c)
{
    while (!c.atEnd()) {
        bool global = false;
        if (c.acceptWord("GLOBAL"))
            global = true;
        else if (!c.acceptWord("SESSION"))
            c.acceptWord("LOCAL");
        std::string name = toLower(c.next().text);
        for (const char* prefix : { "@@session.", "@@global.", "@@local.", "@@" }) {
            if (name.rfind(prefix, 0) == 0) {
                global = global || std::string(prefix) == "@@global.";
                name = name.substr(std::string(prefix).size());
                break;
            }
        }
        if (!c.acceptSymbol("=") && !c.acceptSymbol(":="))
            return SqlResult::ok(); // SET TRANSACTION ..., SET PASSWORD ...: accepted and ignored, as before
        std::string value;
        while (!c.atEnd() && !c.peek().isSymbol(","))
            value += c.next().text;
        c.acceptSymbol(",");
        if (global && m_user != m_context.config.user)
            return SqlResult::error(
                "Access denied; you need (at least one of) the (ADMIN) privilege(s) for this operation", 1227);
        if (name == "enable_unicode_name_support") {
            const std::string v = toLower(value);
            bool on = false;
            if (v == "true" || v == "1" || v == "on")
                on = true;
            else if (v != "false" && v != "0" && v != "off")
                return SqlResult::error(
                    "Variable 'enable_unicode_name_support' can't be set to the value of '" + value + "'", 1231);
            if (global) {
                std::lock_guard<std::mutex> lock(m_context.globalsMutex);
                m_context.globalUnicodeNames = on;
            }
            m_unicodeNames = on;
        } else if (name == "time_zone") {
            if (!validTimeZone(value))
                return SqlResult::error("Unknown or incorrect time zone: '" + value + "'", 1298);
            if (global) {
                std::lock_guard<std::mutex> lock(m_context.globalsMutex);
                m_context.globalTimeZone = value;
            }
            m_timeZone = value;
        }
    }
    return SqlResult::ok();
}

SqlResult SqlExecutor::execute(const std::string& rawSql)
{
    const std::string sql = stripTrailingSemicolons(rawSql);
    std::vector<SqlToken> tokens;
    std::string tokError;
    if (!tokenizeSql(sql, tokens, tokError))
        return SqlResult::error("\nSyntax error: " + tokError, 1064);
    SqlCursor c(tokens);
    if (c.atEnd())
        return SqlResult::rawError(1065, "42000", "Query was empty");
    const SqlToken first = c.peek();
    if (first.isWord("SET")) {
        c.next();
        if (c.acceptWord("NAMES") || (c.acceptWord("CHARACTER") && c.acceptWord("SET")) || c.acceptWord("CHARSET")) {
            const std::string cs = toLower(c.next().text);
            if (cs.rfind("utf8", 0) != 0 && cs != "default")
                return SqlResult::error("Unknown character set: '" + cs + "'", 1115);
            return SqlResult::ok();
        }
        return set(c);
    }
    if (first.isWord("USE")) {
        c.next();
        if (!c.peek().isName())
            return SqlResult::error("\nmismatched input '<EOF>' expecting database name", 1064);
        return useDatabase(c.next().text);
    }
    if (first.isWord("SELECT"))
        return select(sql);
    if (first.isWord("SHOW"))
        return show(sql);
    if (first.isWord("DESC") || first.isWord("DESCRIBE") || first.isWord("EXPLAIN")) {
        c.next();
        if (!c.peek().isName())
            return SqlResult::error("\nmismatched input expecting a table name", 1064);
        std::string db = m_database;
        std::string name = c.next().text;
        if (c.acceptSymbol(".")) {
            db = name;
            name = c.next().text;
        }
        return show("SHOW COLUMNS FROM `" + db + "`.`" + name + "`");
    }
    if (first.isWord("CREATE")) {
        if (c.peekWord("DATABASE", 1) || c.peekWord("SCHEMA", 1)) {
            c.next();
            c.next();
            bool ifNotExists = false;
            if (c.acceptWord("IF")) {
                c.acceptWord("NOT");
                c.acceptWord("EXISTS");
                ifNotExists = true;
            }
            if (!c.peek().isName())
                return SqlResult::error("\nmismatched input expecting a database name", 1064);
            const std::string db = c.next().text;
            if (!DdlParser::isValidDbName(db))
                return SqlResult::error(
                    "Incorrect database name '" + db + "'. Database name regex is '^[a-zA-Z][a-zA-Z0-9-_]{0,63}$'");
            int code = 1105;
            const std::string err = m_context.store->createDatabase(db, ifNotExists, code);
            return err.empty() ? SqlResult::ok(1) : SqlResult::error(err, code);
        }
        return createTable(sql);
    }
    if (first.isWord("DROP")) {
        c.next();
        const bool isDb = c.acceptWord("DATABASE") || c.acceptWord("SCHEMA");
        if (!isDb && !c.acceptWord("TABLE"))
            return SqlResult::error("doris-sim supports DROP DATABASE and DROP TABLE only");
        bool ifExists = false;
        if (c.acceptWord("IF")) {
            c.acceptWord("EXISTS");
            ifExists = true;
        }
        std::string db = m_database;
        std::string name = c.next().text;
        if (!isDb && c.acceptSymbol(".")) {
            db = name;
            name = c.next().text;
        }
        int code = 1105;
        if (isDb) {
            const std::string err = m_context.store->dropDatabase(name, ifExists, code);
            if (err.empty() && m_database == name)
                m_database.clear();
            return err.empty() ? SqlResult::ok() : SqlResult::error(err, code);
        }
        if (db.empty())
            return SqlResult::error("No database selected", 1046);
        const std::string err = m_context.store->dropTable(db, name, ifExists, code);
        return err.empty() ? SqlResult::ok() : SqlResult::error(err, code);
    }
    if (first.isWord("TRUNCATE")) {
        c.next();
        c.acceptWord("TABLE");
        std::string db = m_database;
        std::string name = c.next().text;
        if (c.acceptSymbol(".")) {
            db = name;
            name = c.next().text;
        }
        const std::string err = m_context.store->truncateTable(db, name);
        return err.empty() ? SqlResult::ok() : SqlResult::error(err);
    }
    if (first.isWord("BEGIN") || first.isWord("COMMIT") || first.isWord("ROLLBACK") || first.isWord("START"))
        return SqlResult::ok();
    return SqlResult::error("doris-sim does not support this statement: " + sql.substr(0, 200));
}

SqlResult SqlExecutor::createTable(const std::string& sql)
{
    const DdlResult ddl = DdlParser::parseCreateTable(sql, m_context.backends->aliveCount(), m_unicodeNames);
    if (!ddl.ok)
        return SqlResult::error(ddl.message, ddl.mysqlCode);
    const std::string db = ddl.database.empty() ? m_database : ddl.database;
    if (db.empty())
        return SqlResult::error("No database selected", 1046);
    int code = 1105;
    const std::string err = m_context.store->createTable(db, ddl.schema, ddl.ifNotExists, code);
    return err.empty() ? SqlResult::ok() : SqlResult::error(err, code);
}

SqlResult SqlExecutor::select(const std::string& sql)
{
    std::vector<SqlToken> tokens;
    std::string tokError;
    tokenizeSql(sql, tokens, tokError);
    SqlCursor c(tokens);
    c.next(); // SELECT
    // select list: split at top-level commas up to FROM
    struct Item
    {
        size_t begin = 0;
        size_t end = 0;
        std::string alias;
    };
    std::vector<Item> items;
    size_t itemStart = c.position();
    int depth = 0;
    while (!c.atEnd()) {
        const SqlToken& t = c.peek();
        if (depth == 0 && (t.isWord("FROM") || t.isSymbol(",") || t.isWord("LIMIT"))) {
            items.push_back({ itemStart, c.position(), {} });
            if (!t.isSymbol(","))
                break;
            c.next();
            itemStart = c.position();
            continue;
        }
        depth += t.isSymbol("(") ? 1 : t.isSymbol(")") ? -1 : 0;
        c.next();
    }
    if (c.atEnd())
        items.push_back({ itemStart, c.position(), {} });
    auto textOf = [&](size_t b, size_t e) {
        if (b >= e)
            return std::string();
        const size_t from = tokens[b].offset;
        const size_t to = e < tokens.size() ? tokens[e].offset : sql.size();
        std::string s = sql.substr(from, to - from);
        while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
            s.pop_back();
        return s;
    };
    // aliases: `expr AS name` or `expr name`
    for (Item& item : items) {
        if (item.end >= item.begin + 2 && tokens[item.end - 2].isWord("AS")) {
            item.alias = tokens[item.end - 1].text;
            item.end -= 2;
        }
    }
    if (!c.acceptWord("FROM")) {
        // constant select: @@vars, functions, literals
        std::vector<std::string> names;
        SqlRow row;
        for (const Item& item : items) {
            const std::string text = textOf(item.begin, item.end);
            names.push_back(item.alias.empty() ? text : item.alias);
            if (item.end == item.begin + 1 && tokens[item.begin].kind == SqlToken::Kind::Ident
                && tokens[item.begin].text.rfind("@@", 0) == 0) {
                bool known = false;
                const std::optional<std::string> session = sessionVariable(tokens[item.begin].text);
                const std::string v
                    = session ? (known = true, *session) : variableValue(tokens[item.begin].text, known);
                if (!known)
                    return SqlResult::error(
                        "Unknown system variable '" + tokens[item.begin].text.substr(2) + "'", 1193);
                row.emplace_back(v);
                continue;
            }
            const std::string upper = toUpper(text);
            if (upper == "VERSION()")
                row.emplace_back(std::string("5.7.99"));
            else if (upper == "DATABASE()" || upper == "SCHEMA()")
                row.emplace_back(m_database.empty() ? Cell() : Cell(m_database));
            else if (upper == "CONNECTION_ID()")
                row.emplace_back(std::string("1"));
            else if (upper == "USER()" || upper == "CURRENT_USER()" || upper == "SESSION_USER()")
                row.emplace_back("'" + m_user + "'@'%'");
            else if (upper == "NOW()" || upper == "CURRENT_TIMESTAMP()" || upper == "CURRENT_TIMESTAMP"
                || upper == "SYSDATE()")
                row.emplace_back(nowText());
            else if (upper == "CURDATE()" || upper == "CURRENT_DATE()" || upper == "CURRENT_DATE")
                row.emplace_back(nowText().substr(0, 10));
            else if (item.end == item.begin + 1 && tokens[item.begin].kind == SqlToken::Kind::Number)
                row.emplace_back(tokens[item.begin].text);
            else if (item.end == item.begin + 1 && tokens[item.begin].kind == SqlToken::Kind::String)
                row.emplace_back(tokens[item.begin].text);
            else if (upper == "NULL")
                row.emplace_back(std::nullopt);
            else
                return SqlResult::error("doris-sim cannot evaluate '" + text + "'");
        }
        return resultSet(names, { row });
    }
    // FROM [db.]table
    if (!c.peek().isName())
        return SqlResult::error("\nmismatched input expecting a table name", 1064);
    std::string db = m_database;
    std::string name = c.next().text;
    if (c.acceptSymbol(".")) {
        db = name;
        name = c.next().text;
    }
    if (toLower(db) == "information_schema")
        return SqlResult::error("doris-sim does not provide information_schema." + name + "; use SHOW / DESC");
    if (db.empty())
        return SqlResult::error("No database selected", 1046);
    if (!m_context.store->hasDatabase(db))
        return SqlResult::error("Unknown database '" + db + "'", 1049);
    const std::optional<TableRef> table = m_context.store->table(db, name);
    if (!table)
        return SqlResult::error("Unknown table '" + name + "'", 1051);
    const TableSchema& schema = table->schema;
    if (c.peek().isName() && !c.peekWord("WHERE") && !c.peekWord("ORDER") && !c.peekWord("LIMIT"))
        c.next(); // table alias
    c.acceptWord("AS");
    std::optional<Expr> where;
    if (c.acceptWord("WHERE")) {
        ExprParser p(c);
        Expr e;
        if (!p.parse(e))
            return SqlResult::error("\nSyntax error in WHERE: " + p.error, 1064);
        where = e;
    }
    std::vector<std::pair<int, bool>> orderBy; // column index, descending
    if (c.acceptWord("ORDER")) {
        c.acceptWord("BY");
        while (true) {
            const SqlToken& t = c.next();
            int idx = -1;
            if (t.kind == SqlToken::Kind::Number)
                idx = std::atoi(t.text.c_str()) - 1;
            else
                idx = schema.columnIndex(t.text);
            bool desc = false;
            if (c.acceptWord("DESC"))
                desc = true;
            else
                c.acceptWord("ASC");
            orderBy.emplace_back(idx, desc);
            if (!c.acceptSymbol(","))
                break;
        }
    }
    int64_t limit = -1;
    int64_t offset = 0;
    if (c.acceptWord("LIMIT")) {
        limit = std::atoll(c.next().text.c_str());
        if (c.acceptSymbol(",")) {
            offset = limit;
            limit = std::atoll(c.next().text.c_str());
        } else if (c.acceptWord("OFFSET")) {
            offset = std::atoll(c.next().text.c_str());
        }
    }
    if (!c.atEnd())
        return SqlResult::error("doris-sim does not support '" + c.peek().text
            + "' in SELECT (supported: SELECT "
              "cols|*|COUNT(*) FROM t [WHERE ..] [ORDER BY ..] [LIMIT n])");
    // projection
    bool countStar = false;
    std::vector<int> projection;
    std::vector<std::string> names;
    for (const Item& item : items) {
        const std::string text = textOf(item.begin, item.end);
        const std::string upper = toUpper(text);
        std::string compact;
        for (char ch : upper) {
            if (!std::isspace(static_cast<unsigned char>(ch)))
                compact += ch;
        }
        if (compact == "COUNT(*)" || compact == "COUNT(1)") {
            countStar = true;
            names.push_back(item.alias.empty() ? text : item.alias);
            continue;
        }
        if (text == "*") {
            for (size_t i = 0; i < schema.columns.size(); ++i) {
                projection.push_back(int(i));
                names.push_back(schema.columns[i].name);
            }
            continue;
        }
        std::string colName = text;
        if (item.end == item.begin + 1 && tokens[item.begin].isName())
            colName = tokens[item.begin].text;
        const int idx = schema.columnIndex(colName);
        if (idx < 0)
            return SqlResult::error("Unknown column '" + colName + "' in 'table list'", 1054);
        projection.push_back(idx);
        names.push_back(item.alias.empty() ? schema.columns[size_t(idx)].name : item.alias);
    }
    if (countStar && !projection.empty())
        return SqlResult::error("doris-sim supports COUNT(*) alone, without other columns or GROUP BY");
    if (countStar && !where) {
        SqlResult r = resultSet(names, { { std::to_string(m_context.store->countRows(*table)) } });
        r.numericColumns.assign(1, true);
        return r;
    }
    std::vector<Row> rows = m_context.store->readRows(*table);
    if (where) {
        std::string error;
        std::vector<Row> kept;
        for (Row& row : rows) {
            const Cell v = evalExpr(*where, schema, row, error);
            if (!error.empty())
                return SqlResult::error(error, 1054);
            if (v && *v != "0" && !v->empty())
                kept.push_back(std::move(row));
        }
        rows.swap(kept);
    }
    if (countStar) {
        SqlResult r = resultSet(names, { { std::to_string(rows.size()) } });
        r.numericColumns.assign(1, true);
        return r;
    }
    if (!orderBy.empty()) {
        std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
            for (const auto& [idx, desc] : orderBy) {
                if (idx < 0 || size_t(idx) >= a.size())
                    continue;
                const Cell& x = a[size_t(idx)];
                const Cell& y = b[size_t(idx)];
                int cmp = 0;
                if (!x || !y)
                    cmp = (!x && !y) ? 0 : !x ? -1 : 1;
                else
                    cmp = ValueConverter::compare(schema.columns[size_t(idx)].type, *x, *y);
                if (cmp != 0)
                    return desc ? cmp > 0 : cmp < 0;
            }
            return false;
        });
    }
    std::vector<SqlRow> out;
    for (size_t i = size_t(offset); i < rows.size(); ++i) {
        if (limit >= 0 && int64_t(out.size()) >= limit)
            break;
        SqlRow r;
        for (int idx : projection)
            r.push_back(rows[i][size_t(idx)]);
        out.push_back(std::move(r));
    }
    return resultSet(names, std::move(out));
}

SqlResult SqlExecutor::show(const std::string& sql)
{
    std::vector<SqlToken> tokens;
    std::string tokError;
    tokenizeSql(sql, tokens, tokError);
    SqlCursor c(tokens);
    c.next(); // SHOW
    const bool full = c.acceptWord("FULL");
    c.acceptWord("SESSION");
    c.acceptWord("GLOBAL");
    auto likeFilter = [&](std::vector<std::string> values) {
        if (c.acceptWord("LIKE")) {
            const std::string pattern = c.next().text;
            values.erase(std::remove_if(values.begin(), values.end(),
                             [&](const std::string& v) { return !likeMatch(v, pattern); }),
                values.end());
        }
        return values;
    };
    if (c.acceptWord("DATABASES") || c.acceptWord("SCHEMAS")) {
        std::vector<std::string> dbs = m_context.store->databases();
        dbs.push_back("information_schema");
        dbs.push_back("mysql");
        dbs.push_back("__internal_schema");
        std::sort(dbs.begin(), dbs.end());
        dbs = likeFilter(dbs);
        std::vector<SqlRow> rows;
        for (const std::string& d : dbs)
            rows.push_back({ d });
        return resultSet({ "Database" }, rows);
    }
    if (c.acceptWord("TABLES")) {
        std::string db = m_database;
        if (c.acceptWord("FROM") || c.acceptWord("IN"))
            db = c.next().text;
        if (db.empty())
            return SqlResult::error("No database selected", 1046);
        if (!m_context.store->hasDatabase(db))
            return SqlResult::error("Unknown database '" + db + "'", 1049);
        const std::vector<std::string> tables = likeFilter(m_context.store->tables(db));
        std::vector<SqlRow> rows;
        for (const std::string& t : tables) {
            if (full)
                rows.push_back({ t, std::string("BASE TABLE") });
            else
                rows.push_back({ t });
        }
        if (full)
            return resultSet({ "Tables_in_" + db, "Table_type" }, rows);
        return resultSet({ "Tables_in_" + db }, rows);
    }
    auto readTableName = [&](std::string& db, std::string& name) {
        db = m_database;
        name = c.next().text;
        if (c.acceptSymbol(".")) {
            db = name;
            name = c.next().text;
        }
        if (c.acceptWord("FROM") || c.acceptWord("IN"))
            db = c.next().text;
    };
    auto findTable = [&](const std::string& db, const std::string& name, std::optional<TableRef>& out) -> SqlResult {
        if (db.empty())
            return SqlResult::error("No database selected", 1046);
        if (!m_context.store->hasDatabase(db))
            return SqlResult::error("Unknown database '" + db + "'", 1049);
        out = m_context.store->table(db, name);
        if (!out)
            return SqlResult::error("Unknown table '" + name + "'", 1051);
        return SqlResult::ok();
    };
    if (c.acceptWord("CREATE")) {
        c.acceptWord("TABLE");
        std::string db;
        std::string name;
        readTableName(db, name);
        std::optional<TableRef> t;
        const SqlResult err = findTable(db, name, t);
        if (err.kind == SqlResult::Kind::Error)
            return err;
        return resultSet({ "Table", "Create Table" }, { { name, t->schema.showCreate() } });
    }
    if (c.acceptWord("COLUMNS") || c.acceptWord("FIELDS")) {
        if (!c.acceptWord("FROM"))
            c.acceptWord("IN");
        std::string db;
        std::string name;
        readTableName(db, name);
        std::optional<TableRef> t;
        const SqlResult err = findTable(db, name, t);
        if (err.kind == SqlResult::Kind::Error)
            return err;
        std::vector<SqlRow> rows;
        for (const ColumnDef& col : t->schema.columns) {
            Cell def;
            if (col.hasDefault && !col.defaultIsNull)
                def = col.defaultCurrentTimestamp ? std::string("CURRENT_TIMESTAMP") : col.defaultValue;
            std::string extra;
            if (!col.isKey) {
                extra = t->schema.keysType == KeysType::Aggregate ? col.aggType
                    : t->schema.keysType == KeysType::Unique      ? "REPLACE"
                                                                  : "NONE";
            }
            if (full)
                rows.push_back({ col.name, col.type.describe(), std::string(), std::string(col.nullable ? "YES" : "NO"),
                    std::string(col.isKey ? "YES" : "NO"), def, extra, std::string("select,insert,update,references"),
                    col.comment });
            else
                rows.push_back({ col.name, col.type.describe(), std::string(col.nullable ? "Yes" : "No"),
                    std::string(col.isKey ? "true" : "false"), def, extra });
        }
        if (full)
            return resultSet(
                { "Field", "Type", "Collation", "Null", "Key", "Default", "Extra", "Privileges", "Comment" }, rows);
        return resultSet({ "Field", "Type", "Null", "Key", "Default", "Extra" }, rows);
    }
    const std::string start = QDateTime::fromMSecsSinceEpoch(m_context.startMs)
                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                  .toStdString();
    if (c.acceptWord("BACKENDS")) {
        // Doris 2.1 column set and order (doris-facts.md 12.7); one row per BE, all over the same store.
        std::vector<SqlRow> rows;
        for (const BackendSet::Info& be : m_context.backends->snapshot()) {
            const std::string lastStart = QDateTime::fromMSecsSinceEpoch(be.lastStartMs)
                                              .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                              .toStdString();
            const std::string status = "{\"lastSuccessReportTabletsTime\":\"" + nowText()
                + "\",\"lastStreamLoadTime\":-1,\"isQueryDisabled\":false,\"isLoadDisabled\":false}";
            rows.push_back({ std::to_string(be.id), m_context.beHost(), std::string("9050"), std::string("9060"),
                std::to_string(be.port), std::string("8060"), std::string("-1"), lastStart, nowText(),
                std::string(be.alive ? "true" : "false"), std::string("false"), std::string("0"), std::string("0.000 "),
                std::string("0.000 "), std::string("1.000 TB"), std::string("1.000 TB"), std::string("0.00 %"),
                std::string("0.00 %"), std::string("0.000 "), std::string("{\"location\" : \"default\"}"),
                std::string(be.alive ? "" : "java.net.ConnectException: Connection refused"),
                std::string(kBuildVersion), status, std::string(be.alive ? "0" : "1"), std::string("mix") });
        }
        return resultSet(
            { "BackendId", "Host", "HeartbeatPort", "BePort", "HttpPort", "BrpcPort", "ArrowFlightSqlPort",
                "LastStartTime", "LastHeartbeat", "Alive", "SystemDecommissioned", "TabletNum", "DataUsedCapacity",
                "TrashUsedCapacity", "AvailCapacity", "TotalCapacity", "UsedPct", "MaxDiskUsedPct",
                "RemoteUsedCapacity", "Tag", "ErrMsg", "Version", "Status", "HeartbeatFailureCounter", "NodeRole" },
            rows);
    }
    if (c.acceptWord("FRONTENDS")) {
        return resultSet({ "Name", "Host", "EditLogPort", "HttpPort", "QueryPort", "RpcPort", "ArrowFlightSqlPort",
                             "Role", "IsMaster", "ClusterId", "Join", "Alive", "ReplayedJournalId", "LastStartTime",
                             "LastHeartbeat", "IsHelper", "ErrMsg", "Version", "CurrentConnected" },
            { { std::string("fe_doris_sim"), m_context.config.host, std::string("9010"),
                std::to_string(m_context.feHttpPort), std::to_string(m_context.mysqlPort), std::string("9020"),
                std::string("-1"), std::string("FOLLOWER"), std::string("true"), std::string("1"), std::string("true"),
                std::string("true"), std::string("1"), start, nowText(), std::string("true"), std::string(),
                std::string(kBuildVersion), std::string("Yes") } });
    }
    if (c.acceptWord("VARIABLES")) {
        static const char* const kNames[] = { "auto_increment_increment", "autocommit", "character_set_client",
            "character_set_connection", "character_set_results", "character_set_server", "collation_connection",
            "collation_server", "init_connect", "interactive_timeout", "license", "lower_case_table_names",
            "max_allowed_packet", "net_buffer_length", "net_write_timeout", "query_cache_size", "query_cache_type",
            "sql_mode", "system_time_zone", "time_zone", "enable_unicode_name_support", "transaction_isolation",
            "tx_isolation", "version", "version_comment", "wait_timeout" };
        std::vector<std::string> names(std::begin(kNames), std::end(kNames));
        if (c.acceptWord("WHERE")) {
            // WHERE Variable_name = 'x' / IN (...): keep simple, match any quoted names
            std::vector<std::string> wanted;
            while (!c.atEnd()) {
                const SqlToken& t = c.next();
                if (t.kind == SqlToken::Kind::String)
                    wanted.push_back(toLower(t.text));
            }
            names.erase(
                std::remove_if(names.begin(), names.end(),
                    [&](const std::string& n) { return std::find(wanted.begin(), wanted.end(), n) == wanted.end(); }),
                names.end());
        } else {
            names = likeFilter(names);
        }
        std::vector<SqlRow> rows;
        for (const std::string& n : names) {
            bool known = false;
            const std::optional<std::string> session = sessionVariable(n);
            rows.push_back({ n, session ? *session : variableValue(n, known) });
        }
        return resultSet({ "Variable_name", "Value" }, rows);
    }
    if (c.acceptWord("WARNINGS") || c.acceptWord("ERRORS"))
        return resultSet({ "Level", "Code", "Message" }, {});
    if (c.acceptWord("STATUS"))
        return resultSet({ "Variable_name", "Value" }, {});
    if (c.acceptWord("ENGINES"))
        return resultSet({ "Engine", "Support", "Comment", "Transactions", "XA", "Savepoints" },
            { { std::string("Olap engine"), std::string("DEFAULT"), std::string("Default storage engine of palo"),
                std::string("YES"), std::string("NO"), std::string("NO") } });
    if (c.acceptWord("LOAD")) {
        if (!c.acceptWord("WARNINGS"))
            return SqlResult::error("doris-sim supports SHOW LOAD WARNINGS ON 'url' only (stream loads are not "
                                    "listed by SHOW LOAD)");
        if (!c.acceptWord("ON") || c.peek().kind != SqlToken::Kind::String)
            return SqlResult::error("doris-sim supports SHOW LOAD WARNINGS ON '<ErrorURL>' only");
        const std::string url = c.next().text;
        if (!c.atEnd())
            return SqlResult::error("Can not set database, where or limit clause if getting error log from url");
        const QUrl u(QString::fromStdString(url), QUrl::StrictMode);
        if (!u.isValid() || u.host().isEmpty())
            return SqlResult::error("Invalid url: " + url);
        const std::string hostPort = u.host().toStdString() + ":" + std::to_string(u.port(80));
        bool knownBackend = false;
        for (const BackendSet::Info& be : m_context.backends->snapshot())
            knownBackend = knownBackend || u.port(80) == be.port;
        if (u.host().toStdString() != m_context.beHost() || !knownBackend)
            return SqlResult::error(hostPort + " is not a valid backend");
        if (u.path() != QLatin1String("/api/_load_error_log"))
            return SqlResult::error("Invalid error log path: " + u.path().toStdString());
        const std::string file = QUrlQuery(u).queryItemValue(QStringLiteral("file")).toStdString();
        QFile f(m_context.store->errorLogDir() + QLatin1Char('/') + QString::fromStdString(file));
        if (file.find("..") != std::string::npos || !f.open(QIODevice::ReadOnly))
            return SqlResult::error("failed to get error log from url: " + url + ". reason: file not found");
        std::vector<SqlRow> rows;
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (const QByteArray& line : lines) {
            if (line.isEmpty() || rows.size() >= 100)
                continue;
            rows.push_back({ std::string("-1"), std::nullopt, line.toStdString() });
        }
        return resultSet({ "JobId", "Label", "ErrorMsgDetail" }, rows);
    }
    if (c.acceptWord("TRANSACTION")) {
        std::string db = m_database;
        if (c.acceptWord("FROM") || c.acceptWord("IN"))
            db = c.next().text;
        if (db.empty())
            return SqlResult::error("No database selected", 1046);
        if (!c.acceptWord("WHERE"))
            return SqlResult::error("should supply condition like: ID = $transaction_id, or LABEL = $label");
        const bool byLabel = c.acceptWord("LABEL");
        if (!byLabel && !c.acceptWord("ID"))
            return SqlResult::error("should supply condition like: ID = $transaction_id, or LABEL = $label");
        c.acceptSymbol("=");
        const std::string key = c.next().text;
        std::optional<TxnInfo> txn
            = byLabel ? m_context.store->txnByLabel(db, key) : m_context.store->txnById(std::atoll(key.c_str()));
        if (!txn)
            return SqlResult::error(byLabel ? "transaction with label " + key + " does not exist"
                                            : "transaction with id " + key + " does not exist");
        auto ts = [](int64_t ms) {
            return ms <= 0
                ? std::string("NULL")
                : QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toStdString();
        };
        const bool finished = txn->state == TxnState::Visible || txn->state == TxnState::Aborted;
        return resultSet({ "TransactionId", "Label", "Coordinator", "TransactionStatus", "LoadJobSourceType",
                             "PrepareTime", "PreCommitTime", "CommitTime", "PublishTime", "FinishTime", "Reason",
                             "ErrorReplicasCount", "ListenerId", "TimeoutMs", "ErrMsg" },
            { { std::to_string(txn->id), txn->label, "BE: " + m_context.beHost(), std::string(txnStateName(txn->state)),
                std::string("BACKEND_STREAMING"), ts(txn->prepareMs), std::string("NULL"), ts(txn->finishMs),
                ts(txn->finishMs), finished ? ts(txn->finishMs) : "NULL", txn->reason, std::string("0"),
                std::string("-1"), std::string("259200000"), std::string() } });
    }
    return SqlResult::error("doris-sim does not support this SHOW statement: " + sql.substr(0, 200));
}

} // namespace dia::sim
