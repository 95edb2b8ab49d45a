#include "ddlparser.h"

#include "sqltokenizer.h"

#include <QRegularExpression>
#include <QString>
#include <cctype>

#include <regex>
#include <set>

namespace dia::sim {

namespace {

struct ParseError
{
    int code = 1105;
    std::string message;
};

std::string syntaxError(const SqlToken& t)
{
    if (t.kind == SqlToken::Kind::End)
        return "Syntax error: unexpected end of statement";
    return "\nmismatched input '" + t.text + "' expecting a valid CREATE TABLE clause (doris-sim)";
}

bool readInt(SqlCursor& c, int& out)
{
    if (c.peek().kind != SqlToken::Kind::Number)
        return false;
    try {
        out = std::stoi(c.next().text);
    } catch (...) {
        return false;
    }
    return true;
}

// Parses a type at the cursor. Returns false with err set on failure.
bool parseType(SqlCursor& c, ColumnType& type, ParseError& err)
{
    const SqlToken& t = c.peek();
    if (t.kind != SqlToken::Kind::Ident) {
        err = { 1064, syntaxError(t) };
        return false;
    }
    const std::string name = toUpper(c.next().text);
    auto optionalParams = [&](std::vector<int>& params) -> bool {
        if (!c.acceptSymbol("("))
            return true;
        while (true) {
            int v = 0;
            if (!readInt(c, v)) {
                err = { 1064, syntaxError(c.peek()) };
                return false;
            }
            params.push_back(v);
            if (c.acceptSymbol(")"))
                return true;
            if (!c.acceptSymbol(",")) {
                err = { 1064, syntaxError(c.peek()) };
                return false;
            }
        }
    };
    std::vector<int> p;
    if (name == "ARRAY" || name == "MAP" || name == "STRUCT") {
        // nested type text is kept verbatim
        std::string text = name;
        int depth = 0;
        if (!c.peek().isSymbol("<")) {
            err = { 1064, syntaxError(c.peek()) };
            return false;
        }
        do {
            const SqlToken& x = c.next();
            if (x.kind == SqlToken::Kind::End) {
                err = { 1064, syntaxError(x) };
                return false;
            }
            if (x.isSymbol("<"))
                ++depth;
            if (x.isSymbol(">"))
                --depth;
            text += x.kind == SqlToken::Kind::Ident ? toUpper(x.text) : x.text;
        } while (depth > 0);
        type.kind = TypeKind::Other;
        type.otherName = text;
        return true;
    }
    if (!optionalParams(p))
        return false;
    auto intType = [&](TypeKind k) {
        type.kind = k;
        return true; // display width is accepted and ignored
    };
    if (name == "BOOLEAN" || name == "BOOL")
        return intType(TypeKind::Boolean);
    if (name == "TINYINT")
        return intType(TypeKind::TinyInt);
    if (name == "SMALLINT")
        return intType(TypeKind::SmallInt);
    if (name == "INT" || name == "INTEGER")
        return intType(TypeKind::Int);
    if (name == "BIGINT")
        return intType(TypeKind::BigInt);
    if (name == "LARGEINT")
        return intType(TypeKind::LargeInt);
    if (name == "FLOAT")
        return intType(TypeKind::Float);
    if (name == "DOUBLE")
        return intType(TypeKind::Double);
    if (name == "DECIMAL" || name == "DECIMALV3" || name == "DECIMALV2" || name == "NUMERIC") {
        type.kind = TypeKind::Decimal;
        type.precision = p.empty() ? 38 : p[0];
        type.scale = p.size() > 1 ? p[1] : (p.empty() ? 9 : 0);
        if (type.precision < 1 || type.precision > 38) {
            err.message = "Precision of decimal must between 1 and 38. Precision was set to: "
                + std::to_string(type.precision) + ".";
            return false;
        }
        if (type.scale < 0 || type.scale > type.precision) {
            err.message = "Scale of decimal must between 0 and precision. Scale was set to: "
                + std::to_string(type.scale) + ".";
            return false;
        }
        return true;
    }
    if (name == "DATE" || name == "DATEV2") {
        type.kind = TypeKind::Date;
        return true;
    }
    if (name == "DATETIME" || name == "DATETIMEV2") {
        type.kind = TypeKind::DateTime;
        type.precision = p.empty() ? 0 : p[0];
        if (type.precision < 0 || type.precision > 6) {
            err.message
                = "Scale of Datetime/Time must between 0 and 6. Scale was set to: " + std::to_string(type.precision);
            return false;
        }
        return true;
    }
    if (name == "CHAR" || name == "CHARACTER") {
        type.kind = TypeKind::Char;
        type.length = p.empty() ? 1 : p[0];
        if (type.length < 1 || type.length > 255) {
            err.message = "Char size must be between 1 and 255. Size was set to: " + std::to_string(type.length) + ".";
            return false;
        }
        return true;
    }
    if (name == "VARCHAR") {
        type.kind = TypeKind::Varchar;
        type.length = p.empty() ? 65533 : p[0];
        if (type.length < 1 || type.length > 65533) {
            err.message
                = "Varchar size must be between 1 and 65533. Size was set to: " + std::to_string(type.length) + ".";
            return false;
        }
        return true;
    }
    if (name == "STRING" || name == "TEXT") {
        type.kind = TypeKind::String;
        return true;
    }
    if (name == "JSON" || name == "JSONB") {
        type.kind = TypeKind::Json;
        return true;
    }
    if (name == "TIME") {
        err.message = "Time type is not supported for olap table";
        return false;
    }
    static const std::set<std::string> kOther
        = { "BITMAP", "HLL", "QUANTILE_STATE", "VARIANT", "IPV4", "IPV6", "AGG_STATE" };
    if (kOther.count(name) != 0U) {
        type.kind = TypeKind::Other;
        type.otherName = name;
        return true;
    }
    err = { 1064, "\nUnknown data type '" + name + "' (doris-sim)" };
    return false;
}

bool isAggName(const SqlToken& t)
{
    static const char* const kAgg[] = { "SUM", "MAX", "MIN", "REPLACE", "REPLACE_IF_NOT_NULL", "HLL_UNION",
        "BITMAP_UNION", "QUANTILE_UNION", "GENERIC" };
    for (const char* a : kAgg) {
        if (t.isWord(a))
            return true;
    }
    return false;
}

bool parseNameList(SqlCursor& c, std::vector<std::string>& names, ParseError& err)
{
    if (!c.acceptSymbol("(")) {
        err = { 1064, syntaxError(c.peek()) };
        return false;
    }
    while (true) {
        if (!c.peek().isName()) {
            err = { 1064, syntaxError(c.peek()) };
            return false;
        }
        names.push_back(c.next().text);
        if (c.acceptSymbol(")"))
            return true;
        if (!c.acceptSymbol(",")) {
            err = { 1064, syntaxError(c.peek()) };
            return false;
        }
    }
}

// ("v1"[, ...]) or (MAXVALUE) / (MINVALUE); single column partitions only
bool parsePartitionValue(SqlCursor& c, std::string& value, bool& isMax, bool& isMin, ParseError& err)
{
    isMax = isMin = false;
    if (!c.acceptSymbol("(")) {
        if (c.acceptWord("MAXVALUE")) {
            isMax = true;
            return true;
        }
        err = { 1064, syntaxError(c.peek()) };
        return false;
    }
    const SqlToken& t = c.next();
    if (t.isWord("MAXVALUE"))
        isMax = true;
    else if (t.isWord("MINVALUE"))
        isMin = true;
    else if (t.kind == SqlToken::Kind::String || t.kind == SqlToken::Kind::Number)
        value = t.text;
    else if (t.isSymbol("-") && c.peek().kind == SqlToken::Kind::Number)
        value = "-" + c.next().text;
    else {
        err = { 1064, syntaxError(t) };
        return false;
    }
    while (c.acceptSymbol(",")) // extra columns of multi-column partitions are ignored
        c.next();
    if (!c.acceptSymbol(")")) {
        err = { 1064, syntaxError(c.peek()) };
        return false;
    }
    return true;
}

bool parsePartitions(SqlCursor& c, TableSchema& t, ParseError& err)
{
    if (c.acceptWord("AUTO")) {
        // AUTO PARTITION BY RANGE(date_trunc(col, 'day')) (): kept as unpartitioned
        while (!c.atEnd() && !c.peekWord("DISTRIBUTED") && !c.peekWord("PROPERTIES"))
            c.next();
        return true;
    }
    if (!c.acceptWord("PARTITION") || !c.acceptWord("BY")) {
        err = { 1064, syntaxError(c.peek()) };
        return false;
    }
    if (c.acceptWord("RANGE"))
        t.partitionType = "RANGE";
    else if (c.acceptWord("LIST"))
        t.partitionType = "LIST";
    else {
        err = { 1064, syntaxError(c.peek()) };
        return false;
    }
    std::vector<std::string> cols;
    if (!parseNameList(c, cols, err))
        return false;
    t.partitionColumn = cols.front();
    if (!c.acceptSymbol("(")) {
        err = { 1064, syntaxError(c.peek()) };
        return false;
    }
    if (c.acceptSymbol(")"))
        return true;
    std::string previousUpper;
    bool previousIsMax = false;
    bool first = true;
    while (true) {
        PartitionDef p;
        if (c.acceptWord("FROM")) {
            // FROM ("a") TO ("b") INTERVAL n unit: kept as one covering range
            bool isMax = false;
            bool isMin = false;
            if (!parsePartitionValue(c, p.lower, isMax, isMin, err) || !c.acceptWord("TO")
                || !parsePartitionValue(c, p.upper, isMax, isMin, err)) {
                if (err.message.empty())
                    err = { 1064, syntaxError(c.peek()) };
                return false;
            }
            p.name = "p_from_to";
            p.lowerIsMin = false;
            while (!c.peek().isSymbol(",") && !c.peek().isSymbol(")") && !c.atEnd())
                c.next();
        } else {
            if (!c.acceptWord("PARTITION")) {
                err = { 1064, syntaxError(c.peek()) };
                return false;
            }
            c.acceptWord("IF");
            c.acceptWord("NOT");
            c.acceptWord("EXISTS");
            if (!c.peek().isName()) {
                err = { 1064, syntaxError(c.peek()) };
                return false;
            }
            p.name = c.next().text;
            if (!c.acceptWord("VALUES")) {
                err = { 1064, syntaxError(c.peek()) };
                return false;
            }
            if (t.partitionType == "LIST") {
                if (!c.acceptWord("IN") || !c.acceptSymbol("(")) {
                    err = { 1064, syntaxError(c.peek()) };
                    return false;
                }
                while (true) {
                    if (c.acceptSymbol("(")) {
                        p.values.push_back(c.next().text);
                        while (c.acceptSymbol(","))
                            c.next();
                        c.acceptSymbol(")");
                    } else {
                        p.values.push_back(c.next().text);
                    }
                    if (c.acceptSymbol(")"))
                        break;
                    if (!c.acceptSymbol(",")) {
                        err = { 1064, syntaxError(c.peek()) };
                        return false;
                    }
                }
            } else if (c.acceptWord("LESS")) {
                if (!c.acceptWord("THAN")) {
                    err = { 1064, syntaxError(c.peek()) };
                    return false;
                }
                bool isMax = false;
                bool isMin = false;
                if (!parsePartitionValue(c, p.upper, isMax, isMin, err))
                    return false;
                p.upperIsMax = isMax;
                p.lowerIsMin = first || previousIsMax;
                p.lower = previousUpper;
            } else if (c.acceptSymbol("[")) {
                bool isMax = false;
                bool isMin = false;
                if (!parsePartitionValue(c, p.lower, isMax, isMin, err))
                    return false;
                p.lowerIsMin = isMin;
                if (!c.acceptSymbol(",") || !parsePartitionValue(c, p.upper, isMax, isMin, err)
                    || !c.acceptSymbol(")")) {
                    if (err.message.empty())
                        err = { 1064, syntaxError(c.peek()) };
                    return false;
                }
                p.upperIsMax = isMax;
            } else {
                err = { 1064, syntaxError(c.peek()) };
                return false;
            }
            // trailing partition properties ("k" = "v")
            if (c.peek().isSymbol("(")) {
                int depth = 0;
                do {
                    const SqlToken& x = c.next();
                    depth += x.isSymbol("(") ? 1 : x.isSymbol(")") ? -1 : 0;
                } while (depth > 0 && !c.atEnd());
            }
        }
        previousUpper = p.upper;
        previousIsMax = p.upperIsMax;
        first = false;
        t.partitions.push_back(p);
        if (c.acceptSymbol(")"))
            return true;
        if (!c.acceptSymbol(",")) {
            err = { 1064, syntaxError(c.peek()) };
            return false;
        }
    }
}

bool canBeKey(const ColumnDef& col, std::string& message)
{
    switch (col.type.kind) {
    case TypeKind::Float:
    case TypeKind::Double:
        message = "Float or double can not used as a key, use decimal instead.";
        return false;
    case TypeKind::String:
        message = "String Type should not be used in key column[" + col.name + "]";
        return false;
    case TypeKind::Json:
        message = "JsonType type should not be used in key column[" + col.name + "].";
        return false;
    case TypeKind::Other:
        if (col.type.otherName.rfind("ARRAY", 0) == 0 || col.type.otherName.rfind("MAP", 0) == 0
            || col.type.otherName.rfind("STRUCT", 0) == 0) {
            message = "Array can only be used in the non-key column of the duplicate table at present.";
            return false;
        }
        if (col.type.otherName == "IPV4" || col.type.otherName == "IPV6")
            return true;
        message = "Key column can not set complex type:" + col.name;
        return false;
    default:
        return true;
    }
}

int keyByteSize(const ColumnType& t)
{
    switch (t.kind) {
    case TypeKind::Boolean:
    case TypeKind::TinyInt:
        return 1;
    case TypeKind::SmallInt:
        return 2;
    case TypeKind::Int:
    case TypeKind::Date:
        return 4;
    case TypeKind::BigInt:
    case TypeKind::DateTime:
        return 8;
    case TypeKind::LargeInt:
        return 16;
    case TypeKind::Decimal:
        return t.precision <= 9 ? 4 : t.precision <= 18 ? 8 : 16;
    case TypeKind::Char:
        return t.length;
    default:
        return 1 << 20;
    }
}

} // namespace

// Doris 2.1 FeNameFormat; with enable_unicode_name_support the narrower Unicode rules (\p{L}: any letter; no
// spaces, '"', ',' or ':' in column names).
const char* DdlParser::tableNameRegex(bool unicodeNames)
{
    return unicodeNames ? "^[a-zA-Z\\p{L}][a-zA-Z0-9-_\\p{L}]*$" : "^[a-zA-Z][a-zA-Z0-9-_]*$";
}

const char* DdlParser::columnNameRegex(bool unicodeNames)
{
    return unicodeNames ? "^[_a-zA-Z@0-9\\p{L}][.a-zA-Z0-9_+-/?@#$%^&*\\p{L}]{0,255}$"
                        : "^[_a-zA-Z@0-9\\s/][.a-zA-Z0-9_+-/?@#$%^&*\"\\s,:]{0,255}$";
}

bool DdlParser::isValidTableName(const std::string& name, bool unicodeNames)
{
    if (unicodeNames) {
        static const QRegularExpression kRe(QStringLiteral("^[a-zA-Z\\p{L}][a-zA-Z0-9\\-_\\p{L}]*$"));
        const QString n = QString::fromStdString(name);
        return n.size() <= 64 && kRe.match(n).hasMatch();
    }
    static const std::regex kRe("^[a-zA-Z][a-zA-Z0-9\\-_]*$");
    return name.size() <= 64 && std::regex_match(name, kRe);
}

bool DdlParser::isValidDbName(const std::string& name)
{
    static const std::regex kRe("^[a-zA-Z][a-zA-Z0-9\\-_]{0,63}$");
    return std::regex_match(name, kRe);
}

bool DdlParser::isValidColumnName(const std::string& name, bool unicodeNames)
{
    if (name.rfind("__DORIS_", 0) == 0 || name.rfind("mv_", 0) == 0 || name.rfind("mva_", 0) == 0)
        return false;
    if (unicodeNames) {
        static const QRegularExpression kRe(
            QStringLiteral("^[_a-zA-Z@0-9\\p{L}][.a-zA-Z0-9_+\\-/?@#$%^&*\\p{L}]{0,255}$"));
        return kRe.match(QString::fromStdString(name)).hasMatch();
    }
    static const std::regex kRe("^[_a-zA-Z@0-9\\s/][.a-zA-Z0-9_+\\-/?@#$%^&*\"\\s,:]{0,255}$");
    return std::regex_match(name, kRe);
}

bool DdlParser::parseTypeText(const std::string& text, ColumnType& type, std::string& error)
{
    std::vector<SqlToken> tokens;
    if (!tokenizeSql(text, tokens, error))
        return false;
    SqlCursor c(tokens);
    ParseError err;
    if (!parseType(c, type, err)) {
        error = err.message;
        return false;
    }
    if (!c.atEnd()) {
        error = syntaxError(c.peek());
        return false;
    }
    return true;
}

DdlResult DdlParser::parseCreateTable(const std::string& sql, int aliveBackends, bool unicodeNames)
{
    DdlResult r;
    std::vector<SqlToken> tokens;
    std::string tokError;
    if (!tokenizeSql(sql, tokens, tokError)) {
        r.mysqlCode = 1064;
        r.message = "\nSyntax error: " + tokError;
        return r;
    }
    SqlCursor c(tokens);
    ParseError err;
    auto fail = [&](const ParseError& e) {
        r.ok = false;
        r.mysqlCode = e.code;
        r.message = e.message;
        return r;
    };
    auto syntax = [&]() { return fail({ 1064, syntaxError(c.peek()) }); };

    c.acceptWord("CREATE");
    c.acceptWord("EXTERNAL");
    if (!c.acceptWord("TABLE"))
        return syntax();
    if (c.acceptWord("IF")) {
        if (!c.acceptWord("NOT") || !c.acceptWord("EXISTS"))
            return syntax();
        r.ifNotExists = true;
    }
    if (!c.peek().isName())
        return syntax();
    std::string name = c.next().text;
    if (c.acceptSymbol(".")) {
        r.database = name;
        if (!c.peek().isName())
            return syntax();
        name = c.next().text;
    }
    TableSchema& t = r.schema;
    t.name = name;
    if (!isValidTableName(name, unicodeNames))
        return fail({ 1105,
            "Incorrect table name '" + name + "'. Table name regex is '" + tableNameRegex(unicodeNames) + "'" });
    if (c.acceptWord("LIKE") || c.peekWord("AS"))
        return fail({ 1105, "doris-sim supports CREATE TABLE with a column list only (not LIKE / AS SELECT)" });
    if (!c.acceptSymbol("("))
        return syntax();

    std::set<std::string> seen;
    while (true) {
        if (c.peekWord("INDEX")) {
            // INDEX idx (col) USING INVERTED [PROPERTIES(...)] [COMMENT '..']: accepted, not modelled
            int depth = 0;
            while (!c.atEnd()) {
                if (depth == 0 && (c.peek().isSymbol(",") || c.peek().isSymbol(")")))
                    break;
                const SqlToken& x = c.next();
                depth += x.isSymbol("(") ? 1 : x.isSymbol(")") ? -1 : 0;
            }
        } else {
            if (!c.peek().isName())
                return syntax();
            ColumnDef col;
            col.name = c.next().text;
            if (!isValidColumnName(col.name, unicodeNames))
                return fail({ 1105,
                    "Incorrect column name '" + col.name + "'. Column regex is '" + columnNameRegex(unicodeNames)
                        + "'" });
            if (!seen.insert(toLower(col.name)).second)
                return fail({ 1060, "Duplicate column name '" + col.name + "'" });
            if (!parseType(c, col.type, err))
                return fail(err);
            bool nullSpecified = false;
            while (!c.peek().isSymbol(",") && !c.peek().isSymbol(")")) {
                if (c.atEnd())
                    return syntax();
                if (c.acceptWord("KEY")) {
                    col.isKey = true;
                } else if (isAggName(c.peek())) {
                    col.aggType = toUpper(c.next().text);
                } else if (c.acceptWord("NOT")) {
                    if (!c.acceptWord("NULL"))
                        return syntax();
                    col.nullable = false;
                    nullSpecified = true;
                } else if (c.acceptWord("NULL")) {
                    col.nullable = true;
                    nullSpecified = true;
                } else if (c.acceptWord("AUTO_INCREMENT")) {
                    col.autoIncrement = true;
                    if (c.acceptSymbol("(")) {
                        c.next();
                        if (!c.acceptSymbol(")"))
                            return syntax();
                    }
                } else if (c.acceptWord("DEFAULT")) {
                    col.hasDefault = true;
                    const SqlToken& d = c.next();
                    if (d.isWord("NULL")) {
                        col.defaultIsNull = true;
                    } else if (d.isWord("CURRENT_TIMESTAMP") || d.isWord("CURRENT_DATE") || d.isWord("NOW")) {
                        col.defaultCurrentTimestamp = true;
                        if (c.acceptSymbol("(")) {
                            if (c.peek().kind == SqlToken::Kind::Number)
                                c.next();
                            if (!c.acceptSymbol(")"))
                                return syntax();
                        }
                    } else if (d.kind == SqlToken::Kind::String || d.kind == SqlToken::Kind::Number) {
                        col.defaultValue = d.text;
                    } else if (d.isSymbol("-") && c.peek().kind == SqlToken::Kind::Number) {
                        col.defaultValue = "-" + c.next().text;
                    } else if (d.isWord("PI") || d.isWord("E") || d.isWord("BITMAP_EMPTY")) {
                        col.defaultValue = toLower(d.text);
                    } else {
                        return fail({ 1064, syntaxError(d) });
                    }
                } else if (c.acceptWord("ON")) {
                    // ON UPDATE CURRENT_TIMESTAMP
                    if (!c.acceptWord("UPDATE"))
                        return syntax();
                    c.next();
                    if (c.acceptSymbol("(")) {
                        if (c.peek().kind == SqlToken::Kind::Number)
                            c.next();
                        c.acceptSymbol(")");
                    }
                } else if (c.acceptWord("COMMENT")) {
                    if (c.peek().kind != SqlToken::Kind::String)
                        return syntax();
                    col.comment = c.next().text;
                } else {
                    return syntax();
                }
            }
            (void)nullSpecified;
            if (!col.nullable && col.hasDefault && col.defaultIsNull)
                return fail({ 1105, "Can not set null default value to non nullable column: " + col.name });
            t.columns.push_back(col);
        }
        if (c.acceptSymbol(")"))
            break;
        if (!c.acceptSymbol(","))
            return syntax();
    }
    if (t.columns.empty())
        return fail({ 1105, "Table should contain at least one column" });

    std::vector<std::string> keyNames;
    bool distributionGiven = false;
    while (!c.atEnd() && !c.peek().isSymbol(";")) {
        if (c.acceptWord("ENGINE")) {
            c.acceptSymbol("=");
            const SqlToken& e = c.next();
            if (!e.isWord("OLAP"))
                return fail({ 1105, "doris-sim supports ENGINE=OLAP only, not " + e.text });
        } else if (c.peekWord("DUPLICATE") || c.peekWord("UNIQUE") || c.peekWord("AGGREGATE")) {
            const std::string kind = toUpper(c.next().text);
            if (!c.acceptWord("KEY"))
                return syntax();
            t.keysType = kind == "UNIQUE" ? KeysType::Unique
                : kind == "AGGREGATE"     ? KeysType::Aggregate
                                          : KeysType::Duplicate;
            t.keysExplicit = true;
            if (!parseNameList(c, keyNames, err))
                return fail(err);
        } else if (c.acceptWord("COMMENT")) {
            if (c.peek().kind != SqlToken::Kind::String)
                return syntax();
            t.comment = c.next().text;
        } else if (c.peekWord("PARTITION") || c.peekWord("AUTO")) {
            if (!parsePartitions(c, t, err))
                return fail(err);
        } else if (c.acceptWord("DISTRIBUTED")) {
            if (!c.acceptWord("BY"))
                return syntax();
            distributionGiven = true;
            if (c.acceptWord("RANDOM")) {
                t.distributionRandom = true;
            } else if (c.acceptWord("HASH")) {
                if (!parseNameList(c, t.distributionColumns, err))
                    return fail(err);
            } else {
                return syntax();
            }
            if (c.acceptWord("BUCKETS")) {
                if (c.acceptWord("AUTO")) {
                    t.buckets = 0;
                } else if (!readInt(c, t.buckets)) {
                    return syntax();
                } else if (t.buckets <= 0) {
                    return fail({ 1105, "Number of hash distribution should be greater than zero." });
                }
            }
        } else if (c.acceptWord("ROLLUP")) {
            int depth = 0;
            do {
                const SqlToken& x = c.next();
                depth += x.isSymbol("(") ? 1 : x.isSymbol(")") ? -1 : 0;
            } while (depth > 0 && !c.atEnd());
        } else if (c.acceptWord("PROPERTIES")) {
            if (!c.acceptSymbol("("))
                return syntax();
            while (!c.acceptSymbol(")")) {
                if (c.peek().kind != SqlToken::Kind::String)
                    return syntax();
                std::string key = c.next().text;
                if (!c.acceptSymbol("=") || c.peek().kind != SqlToken::Kind::String)
                    return syntax();
                t.properties.emplace_back(key, c.next().text);
                if (!c.acceptSymbol(",") && !c.peek().isSymbol(")"))
                    return syntax();
            }
        } else {
            return syntax();
        }
    }

    // ---- validation (Doris 2.1 rules and texts)
    for (auto& col : t.columns)
        col.isKey = false;
    if (!keyNames.empty()) {
        for (size_t i = 0; i < keyNames.size(); ++i) {
            const int idx = t.columnIndex(keyNames[i]);
            if (idx < 0)
                return fail({ 1105, "Key column[" + keyNames[i] + "] doesn't exist." });
            if (size_t(idx) != i)
                return fail({ 1105,
                    "Key columns should be a ordered prefix of the schema. KeyColumns[" + std::to_string(i)
                        + "] (starts from zero) is " + keyNames[i] + ", but corresponding column is "
                        + t.columns[i].name + " in the previous columns declaration." });
        }
        t.keyCount = int(keyNames.size());
    } else {
        // default DUPLICATE KEY: leading columns, at most 3 and 36 bytes, stopping at VARCHAR
        if (t.keysType != KeysType::Duplicate)
            return syntax();
        int bytes = 0;
        for (const ColumnDef& col : t.columns) {
            std::string ignored;
            if (t.keyCount >= 3 || !canBeKey(col, ignored))
                break;
            if (col.type.kind == TypeKind::Varchar) {
                ++t.keyCount;
                break;
            }
            bytes += keyByteSize(col.type);
            if (bytes > 36 && t.keyCount > 0)
                break;
            ++t.keyCount;
        }
        if (t.keyCount == 0)
            return fail({ 1105,
                "The olap table first column could not be float, double, string or array, struct, map, please use "
                "decimal or varchar instead." });
    }
    for (int i = 0; i < t.keyCount; ++i) {
        ColumnDef& col = t.columns[size_t(i)];
        col.isKey = true;
        std::string message;
        if (!canBeKey(col, message))
            return fail({ 1105, message });
        if (!col.aggType.empty())
            return fail({ 1105, "Key column " + col.name + " should not specify aggregate type." });
    }
    for (size_t i = size_t(t.keyCount); i < t.columns.size(); ++i) {
        ColumnDef& col = t.columns[i];
        if (t.keysType == KeysType::Aggregate) {
            if (col.aggType.empty())
                return fail(
                    { 1105, "AGG_KEYS table should specify aggregate type for non-key column[" + col.name + "]" });
        } else if (!col.aggType.empty()) {
            return fail({ 1105,
                std::string("Only AGG_KEYS table can specify aggregate type for non-key column[") + col.name + "]" });
        }
        if (t.keysType == KeysType::Unique)
            col.aggType = "";
    }
    if (t.keysType == KeysType::Aggregate) {
        for (size_t i = size_t(t.keyCount); i < t.columns.size(); ++i) {
            const ColumnDef& col = t.columns[i];
            if (col.aggType == "SUM" && !col.type.isNumeric())
                return fail(
                    { 1105, "Aggregate type SUM is not compatible with primitive type " + col.type.describe() });
        }
    }
    if (!distributionGiven) {
        t.distributionRandom = t.keysType == KeysType::Duplicate;
        if (!t.distributionRandom)
            t.distributionColumns.push_back(t.columns.front().name);
        t.buckets = 0;
    }
    if (t.distributionRandom && t.keysType != KeysType::Duplicate)
        return fail(
            { 1105, "Random distribution for unique or aggregate table is not supported (only DUPLICATE KEY)" });
    for (const std::string& d : t.distributionColumns) {
        const int idx = t.columnIndex(d);
        if (idx < 0)
            return fail({ 1105, "Distribution column[" + d + "] is not found." });
        if (t.keysType != KeysType::Duplicate && !t.columns[size_t(idx)].isKey)
            return fail({ 1105, "Distribution column[" + d + "] is not key column" });
        if (t.columns[size_t(idx)].type.kind == TypeKind::Float || t.columns[size_t(idx)].type.kind == TypeKind::Double)
            return fail({ 1105, "Distribution column[" + d + "] can not be float or double type." });
    }
    if (!t.partitionColumn.empty()) {
        const int idx = t.columnIndex(t.partitionColumn);
        if (idx < 0)
            return fail({ 1105, "Partition column[" + t.partitionColumn + "] does not exist in column list." });
        if (t.keysType != KeysType::Duplicate && !t.columns[size_t(idx)].isKey)
            return fail({ 1105, "The partition column could not be aggregated column" });
    }
    int replicationNum = 3;
    for (const auto& [key, value] : t.properties) {
        if (key == "replication_num") {
            try {
                replicationNum = std::stoi(value);
            } catch (...) {
                return fail({ 1105, "Invalid replication number: " + value });
            }
        } else if (key == "replication_allocation") {
            const size_t colon = value.rfind(':');
            try {
                replicationNum = std::stoi(value.substr(colon + 1));
            } catch (...) {
                return fail({ 1105, "Invalid replication allocation: " + value });
            }
        }
    }
    if (replicationNum <= 0)
        return fail({ 1105, "Total replication num should between 1 and 32767" });
    if (replicationNum > aliveBackends)
        return fail({ 1105,
            "Failed to find enough backend, please check the replication num,replication tag and storage medium and "
            "avail capacity of backends or maybe all be on same host.\nCreate failed replications:\nreplication tag: "
            "{\"location\" : \"default\"}, replication num: "
                + std::to_string(replicationNum) + ", storage medium: HDD" });
    r.ok = true;
    return r;
}

} // namespace dia::sim
