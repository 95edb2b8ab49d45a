#include "streamloadhandler.h"

#include "bodydecompressor.h"
#include "csvsplitter.h"
#include "sqltokenizer.h"
#include "valueconverter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTimeZone>
#include <QUuid>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <optional>
#include <regex>
#include <sys/socket.h>
#include <sys/time.h>
#include <thread>
#include <unistd.h>

namespace dia::sim {

namespace {

int64_t nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

struct LoadResult
{
    int64_t txnId = -1;
    std::string label;
    std::string comment;
    bool twoPc = false;
    std::string status = "Fail";
    std::string existingJobStatus;
    std::string message;
    int64_t total = 0;
    int64_t loaded = 0;
    int64_t filtered = 0;
    int64_t unselected = 0;
    int64_t loadBytes = 0;
    int64_t loadTimeMs = 0;
    int64_t beginTxnMs = 0;
    int64_t putMs = 0;
    int64_t readMs = 0;
    int64_t writeMs = 0;
    int64_t receiveMs = 0;
    int64_t commitMs = 0;
    std::string errorUrl;

    std::string toJson() const
    {
        std::string j = "{\n";
        auto num = [&](const char* key, int64_t v, bool last = false) {
            j += std::string("    \"") + key + "\": " + std::to_string(v) + (last ? "\n" : ",\n");
        };
        auto str = [&](const char* key, const std::string& v, bool last = false) {
            j += std::string("    \"") + key + "\": \"" + jsonEscape(v) + (last ? "\"\n" : "\",\n");
        };
        num("TxnId", txnId);
        str("Label", label);
        str("Comment", comment);
        str("TwoPhaseCommit", twoPc ? "true" : "false");
        str("Status", status);
        if (!existingJobStatus.empty())
            str("ExistingJobStatus", existingJobStatus);
        str("Message", message);
        num("NumberTotalRows", total);
        num("NumberLoadedRows", loaded);
        num("NumberFilteredRows", filtered);
        num("NumberUnselectedRows", unselected);
        num("LoadBytes", loadBytes);
        num("LoadTimeMs", loadTimeMs);
        num("BeginTxnTimeMs", beginTxnMs);
        num("StreamLoadPutTimeMs", putMs);
        num("ReadDataTimeMs", readMs);
        num("WriteDataTimeMs", writeMs);
        num("ReceiveDataTimeMs", receiveMs);
        num("CommitAndPublishTimeMs", commitMs, errorUrl.empty());
        if (!errorUrl.empty())
            str("ErrorURL", errorUrl, true);
        j += "}\n";
        return j;
    }
};

bool iequalsAscii(const std::string& a, const char* b)
{
    return toLower(a) == b;
}

std::string printable(const std::string& s)
{
    std::string out;
    for (char c : s) {
        if (c == '\n')
            out += "\\n";
        else if (c == '\t')
            out += "\\t";
        else if (c == '\r')
            out += "\\r";
        else
            out += c;
    }
    return out;
}

// `columns` header: "k1, k2, tmp, v=tmp" (backquotes allowed)
struct Assignment
{
    std::string target;
    std::string source;
    std::string dateFormat; // non-empty: target = str_to_date(source, 'dateFormat')
};

struct ColumnMapping
{
    std::vector<std::string> sources; // file column names, in file order
    std::vector<Assignment> assignments;
};

// str_to_date with the MySQL specifiers Doris supports for dates: %Y %m %d %H %i %s (and %c %e, unpadded).
// Returns "YYYY-MM-DD[ HH:MM:SS]" or nullopt when the text does not match (Doris: NULL).
std::optional<std::string> strToDate(const char* text, size_t n, const std::string& format)
{
    int year = -1, month = -1, day = -1, hour = 0, minute = 0, second = 0;
    bool hasTime = false;
    size_t i = 0;
    auto number = [&](int maxDigits, int& out) {
        int v = 0, digits = 0;
        while (i < n && digits < maxDigits && text[i] >= '0' && text[i] <= '9') {
            v = v * 10 + (text[i] - '0');
            ++i;
            ++digits;
        }
        out = v;
        return digits > 0;
    };
    for (size_t f = 0; f < format.size(); ++f) {
        if (format[f] != '%' || f + 1 >= format.size()) {
            if (i >= n || text[i] != format[f])
                return std::nullopt;
            ++i;
            continue;
        }
        const char spec = format[++f];
        bool ok = false;
        switch (spec) {
        case 'Y':
            ok = number(4, year);
            break;
        case 'm':
        case 'c':
            ok = number(2, month);
            break;
        case 'd':
        case 'e':
            ok = number(2, day);
            break;
        case 'H':
            ok = number(2, hour);
            hasTime = true;
            break;
        case 'i':
            ok = number(2, minute);
            hasTime = true;
            break;
        case 's':
            ok = number(2, second);
            hasTime = true;
            break;
        default:
            return std::nullopt;
        }
        if (!ok)
            return std::nullopt;
    }
    if (i != n || year < 0 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    static const int kDays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > kDays[month - 1] + (month == 2 && leap ? 1 : 0))
        return std::nullopt;
    char buf[32];
    if (hasTime)
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d:%02d", year, month, day, hour, minute, second);
    else
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return std::string(buf);
}

bool parseColumns(const std::string& text, ColumnMapping& m, std::string& error)
{
    std::vector<std::string> items;
    std::string cur;
    int depth = 0;
    bool inQuote = false;
    for (char c : text) {
        if (c == '`')
            inQuote = !inQuote;
        if (!inQuote) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ',' && depth == 0) {
                items.push_back(cur);
                cur.clear();
                continue;
            }
        }
        cur += c;
    }
    items.push_back(cur);
    auto clean = [](std::string s) {
        size_t b = s.find_first_not_of(" \t\r\n");
        size_t e = s.find_last_not_of(" \t\r\n");
        s = b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
        if (s.size() >= 2 && s.front() == '`' && s.back() == '`')
            s = s.substr(1, s.size() - 2);
        return s;
    };
    for (const std::string& item : items) {
        const size_t eq = item.find('=');
        if (eq == std::string::npos) {
            const std::string name = clean(item);
            if (name.empty()) {
                error = "[INVALID_ARGUMENT]empty column name in columns header";
                return false;
            }
            m.sources.push_back(name);
            continue;
        }
        const std::string target = clean(item.substr(0, eq));
        const std::string expr = clean(item.substr(eq + 1));
        static const std::regex kIdent("^[A-Za-z_@][A-Za-z0-9_@]*$");
        static const std::regex kStrToDate(
            R"(^str_to_date\(\s*`?([^`,\s]+)`?\s*,\s*'([^']*)'\s*\)$)", std::regex::icase);
        std::smatch match;
        if (std::regex_match(expr, match, kStrToDate)) {
            m.assignments.push_back({ target, match[1].str(), match[2].str() });
            continue;
        }
        if (!std::regex_match(expr, kIdent)) {
            error = "[NOT_IMPLEMENTED_ERROR]doris-sim does not evaluate expressions in the columns header: " + target
                + "=" + expr + " (only plain column names, target=source and target=str_to_date(source, 'format'))";
            return false;
        }
        m.assignments.push_back({ target, expr, {} });
    }
    return true;
}

struct TargetPlan
{
    int source = -1; // index into the split fields, -1 = default
    std::string dateFormat; // str_to_date(source, dateFormat)
    bool useNow = false;
    std::optional<std::string> defaultValue; // canonical, nullopt = NULL
};

void removeEscapes(const char* p, size_t n, char escape, std::string& out)
{
    out.clear();
    bool escaped = false;
    for (size_t i = 0; i < n; ++i) {
        if (p[i] == escape && !escaped) {
            escaped = true;
            continue;
        }
        escaped = false;
        out += p[i];
    }
}

std::string hex16(uint64_t v)
{
    char buf[20];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
    return buf;
}

void setRecvTimeout(int fd, int ms)
{
    timeval tv {};
    tv.tv_sec = ms / 1000;
    tv.tv_usec = (ms % 1000) * 1000;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
}

// Answer before the body was read: without Expect the client is already sending it, so drain (bounded)
// before closing, or the reset could destroy our answer.
bool answerEarly(HttpConnection& conn, const HttpRequest& request, int status, const std::string& reason,
    const std::string& contentType, const std::string& body)
{
    const bool expect = request.hasHeader("expect");
    conn.respond(status, reason, contentType, body, {}, true);
    if (!expect && !conn.bodyComplete()) {
        setRecvTimeout(conn.fd(), 2000);
        conn.drainBody(int64_t(256) << 20);
    }
    return false;
}

// `timezone` header: a tz database name, `+hh:mm` / `-hh:mm`, or CST (Doris' alias for Asia/Shanghai).
std::optional<QTimeZone> parseLoadZone(const std::string& name)
{
    if (toUpper(name) == "CST")
        return QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
    static const std::regex kOffset(R"(^([+-])(\d{1,2}):(\d{2})$)");
    std::smatch m;
    if (std::regex_match(name, m, kOffset)) {
        const int hours = std::stoi(m[2].str());
        const int minutes = std::stoi(m[3].str());
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        return QTimeZone((m[1].str() == "-" ? -1 : 1) * (hours * 3600 + minutes * 60));
    }
    const QByteArray id = QByteArray::fromStdString(name);
    if (!QTimeZone::isTimeZoneIdAvailable(id))
        return std::nullopt;
    return QTimeZone(id);
}

} // namespace

bool StreamLoadHandler::handleLoad(
    HttpConnection& conn, const HttpRequest& request, const std::string& db, const std::string& tableName)
{
    const int64_t t0 = nowMs();
    SimContext& ctx = m_context;
    LoadResult r;
    r.label = request.header("label");
    if (r.label.empty())
        r.label = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    r.comment = request.header("comment");
    r.twoPc = request.header("two_phase_commit") == "true";
    conn.beginBody(request);
    const int64_t loadNo = ctx.faults->nextLoad();
    auto fail = [&](const std::string& message) {
        r.status = "Fail";
        r.message = message;
        r.loadTimeMs = nowMs() - t0;
        return answerEarly(conn, request, 200, "OK", "text/plain; charset=UTF-8", r.toJson());
    };

    if (auto f = ctx.faults->fire(FaultKind::Http5xx, loadNo)) {
        return answerEarly(conn, request, int(f->value),
            f->value == 503 ? "Service Unavailable" : "Internal Server Error", "text/plain",
            "Internal Server Error (doris-sim fault " + f->spec + ")\n");
    }
    // ---- auth
    std::string user;
    std::string password;
    if (!parseBasicAuth(request.header("authorization"), user, password))
        return fail("[INTERNAL_ERROR]no valid Basic authorization");
    if (!ctx.authenticate(user, password))
        return fail("[ANALYSIS_ERROR]TStatus: errCode = 2, detailMessage = Access denied for user '" + user + "@"
            + conn.peerAddress() + "' (using password: " + (password.empty() ? "NO" : "YES") + ")");
    // ---- header checks (Doris _on_header order, roughly)
    if (request.hasHeader("group_commit")) {
        const std::string gc = request.header("group_commit");
        if (gc != "sync_mode" && gc != "async_mode" && gc != "off_mode")
            return fail("[INVALID_ARGUMENT]group_commit can only be [async_mode, sync_mode, off_mode]");
        if (gc != "off_mode" && request.hasHeader("label"))
            return fail("[INVALID_ARGUMENT]label and group_commit can't be set at the same time");
    }
    const std::string format = toLower(request.header("format"));
    const std::string compressType = request.header("compress_type");
    if (!compressType.empty() && format == "json")
        return fail("[INTERNAL_ERROR]compress data of JSON format is not supported.");
    int skipLines = 0;
    if (format.empty() || format == "csv") {
    } else if (format == "csv_with_names") {
        skipLines = 1;
    } else if (format == "csv_with_names_and_types") {
        skipLines = 2;
    } else if (format == "json" || format == "parquet" || format == "orc" || format == "arrow"
        || format == "hive_text") {
        return fail("[NOT_IMPLEMENTED_ERROR]doris-sim loads CSV only, format=" + request.header("format"));
    } else {
        return fail("[INVALID_ARGUMENT]unknown data format, format=" + request.header("format"));
    }
    std::unique_ptr<BodyDecompressor> decompressor;
    switch (BodyDecompressor::check(compressType)) {
    case BodyDecompressor::Check::Plain:
        break;
    case BodyDecompressor::Check::Supported:
        decompressor = BodyDecompressor::create(compressType);
        break;
    case BodyDecompressor::Check::NotImplemented:
        return fail("[NOT_IMPLEMENTED_ERROR]doris-sim decompresses gz, deflate, bz2 and lz4 only, compress_type="
            + compressType);
    case BodyDecompressor::Check::Unknown: // Doris 2.1 parse_format: FORMAT_UNKNOWN
        return fail("[INTERNAL_ERROR]unknown data format, format=" + request.header("format"));
    }
    const bool hasLength = request.hasHeader("content-length");
    if (hasLength && conn.chunked())
        return fail("[INVALID_ARGUMENT]please do not set both content_length and transfer-encoding");
    if (!hasLength && !conn.chunked())
        return fail("[INVALID_ARGUMENT]content_length is empty and transfer-encoding!=chunked, please set "
                    "content_length or transfer-encoding=chunked");
    if (conn.contentLength() > (int64_t(10240) << 20))
        return fail(
            "[INVALID_ARGUMENT]body exceed max size: 10737418240, data: " + std::to_string(conn.contentLength()));
    static const std::regex kLabel("^[-_A-Za-z0-9:]{1,128}$");
    if (!std::regex_match(r.label, kLabel))
        return fail("[ANALYSIS_ERROR]TStatus: errCode = 2, detailMessage = Label format error. regex: "
                    "^[-_A-Za-z0-9:]{1,128}$, label: "
            + r.label);
    if (request.hasHeader("timeout")) {
        const std::string t = request.header("timeout");
        if (t.empty() || t.find_first_not_of("0123456789") != std::string::npos)
            return fail("[INVALID_ARGUMENT]Invalid timeout format, " + t);
    }
    // the load's time zone: values with an offset or zone name are converted to it (default Asia/Shanghai)
    QTimeZone loadZone(QByteArrayLiteral("Asia/Shanghai"));
    const std::string zoneName
        = request.hasHeader("timezone") ? request.header("timezone") : request.header("time_zone");
    if (!zoneName.empty()) {
        const std::optional<QTimeZone> zone = parseLoadZone(zoneName);
        if (!zone)
            return fail("[ANALYSIS_ERROR]TStatus: errCode = 2, detailMessage = Unknown or incorrect time zone: '"
                + zoneName + "'");
        loadZone = *zone;
    }
    bool strict = false;
    if (request.hasHeader("strict_mode")) {
        const std::string s = toLower(request.header("strict_mode"));
        if (s == "true")
            strict = true;
        else if (s != "false")
            return fail("[INVALID_ARGUMENT]Invalid strict mode format. Must be bool type");
    }
    double maxRatio = 0.0;
    if (request.hasHeader("max_filter_ratio")) {
        try {
            size_t pos = 0;
            const std::string v = request.header("max_filter_ratio");
            maxRatio = std::stod(v, &pos);
            if (pos != v.size())
                throw std::invalid_argument("x");
        } catch (...) {
            return fail("[INVALID_ARGUMENT]Invalid max_filter_ratio: " + request.header("max_filter_ratio"));
        }
    }
    if (request.hasHeader("merge_type")) {
        const std::string mt = request.header("merge_type");
        const std::string upper = toUpper(mt);
        if (upper != "APPEND" && upper != "DELETE" && upper != "MERGE")
            return fail("[INVALID_ARGUMENT]Invalid merge type " + mt);
        if (upper != "APPEND")
            return fail("[NOT_IMPLEMENTED_ERROR]doris-sim supports merge_type APPEND only");
    }
    CsvOptions opts;
    std::string decodeError;
    if (request.hasHeader("column_separator")) {
        if (request.header("column_separator").empty())
            return fail("[ANALYSIS_ERROR]TStatus: errCode = 2, detailMessage = Column separator is null or empty");
        if (!decodeSeparator(request.header("column_separator"), opts.columnSeparator, decodeError))
            return fail("[ANALYSIS_ERROR]TStatus: errCode = 2, detailMessage = " + decodeError);
    }
    if (request.hasHeader("line_delimiter")) {
        if (request.header("line_delimiter").empty())
            return fail("[ANALYSIS_ERROR]TStatus: errCode = 2, detailMessage = Line delimiter is null or empty");
        if (!decodeSeparator(request.header("line_delimiter"), opts.lineDelimiter, decodeError))
            return fail("[ANALYSIS_ERROR]TStatus: errCode = 2, detailMessage = " + decodeError);
    }
    if (request.hasHeader("enclose")) {
        const std::string e = request.header("enclose");
        if (e.size() > 1)
            return fail("[INVALID_ARGUMENT]enclose must be single-char, actually is " + e);
        opts.enclose = e.empty() ? 0 : e[0];
    }
    if (request.hasHeader("escape")) {
        const std::string e = request.header("escape");
        if (e.size() > 1)
            return fail("[INVALID_ARGUMENT]escape must be single-char, actually is " + e);
        opts.escape = e.empty() ? 0 : e[0];
    }
    opts.trimDoubleQuotes = iequalsAscii(request.header("trim_double_quotes"), "true");
    if (skipLines == 0 && request.hasHeader("skip_lines")) {
        const std::string s = request.header("skip_lines");
        try {
            size_t pos = 0;
            skipLines = std::stoi(s, &pos);
            if (pos != s.size() || skipLines < 0)
                throw std::invalid_argument("x");
        } catch (...) {
            return fail("[INVALID_ARGUMENT]Invalid 'skip_lines': " + s);
        }
    }
    ColumnMapping mapping;
    const bool hasColumns = !request.header("columns").empty();
    if (hasColumns) {
        std::string error;
        if (!parseColumns(request.header("columns"), mapping, error))
            return fail(error);
    }
    if (!request.header("where").empty())
        return fail("[NOT_IMPLEMENTED_ERROR]doris-sim does not evaluate the where header: " + request.header("where"));
    if (!request.header("partitions").empty() || !request.header("temporary_partitions").empty())
        return fail("[NOT_IMPLEMENTED_ERROR]doris-sim does not support the partitions header");
    // ---- db / table
    if (!ctx.store->hasDatabase(db))
        return fail("[ANALYSIS_ERROR]TStatus: errCode = 7, detailMessage = unknown databases, dbName=" + db);
    const std::optional<TableRef> table = ctx.store->table(db, tableName);
    if (!table)
        return fail("[ANALYSIS_ERROR]TStatus: errCode = 7, detailMessage = unknown table, tableName=" + tableName);
    const TableSchema& schema = table->schema;
    // ---- plan: table column -> source field / default
    std::vector<TargetPlan> plan(schema.columns.size());
    size_t expectedFields = schema.columns.size();
    if (!hasColumns) {
        for (size_t i = 0; i < plan.size(); ++i)
            plan[i].source = int(i);
    } else {
        expectedFields = mapping.sources.size();
        std::vector<bool> assigned(schema.columns.size(), false);
        auto sourceIndex = [&](const std::string& name) {
            for (size_t s = 0; s < mapping.sources.size(); ++s) {
                if (toLower(mapping.sources[s]) == toLower(name))
                    return int(s);
            }
            return -1;
        };
        for (size_t s = 0; s < mapping.sources.size(); ++s) {
            const int idx = schema.columnIndex(mapping.sources[s]);
            if (idx >= 0 && !assigned[size_t(idx)]) {
                plan[size_t(idx)].source = int(s);
                assigned[size_t(idx)] = true;
            }
        }
        for (const auto& [target, source, dateFormat] : mapping.assignments) {
            const int idx = schema.columnIndex(target);
            if (idx < 0)
                return fail("[ANALYSIS_ERROR]TStatus: errCode = 2, detailMessage = Unknown column '" + target
                    + "' in table '" + tableName + "'");
            const int s = sourceIndex(source);
            if (s < 0)
                return fail("[ANALYSIS_ERROR]TStatus: errCode = 2, detailMessage = Unknown column '" + source + "'");
            plan[size_t(idx)].source = s;
            plan[size_t(idx)].dateFormat = dateFormat;
            assigned[size_t(idx)] = true;
        }
        for (size_t i = 0; i < plan.size(); ++i) {
            if (assigned[i])
                continue;
            const ColumnDef& col = schema.columns[i];
            if (col.hasDefault && col.defaultCurrentTimestamp) {
                plan[i].useNow = true;
            } else if (col.hasDefault && !col.defaultIsNull) {
                std::string v;
                if (ValueConverter::convert(col.type, col.defaultValue.data(), col.defaultValue.size(), false, v)
                    == ConvertStatus::Ok)
                    plan[i].defaultValue = v;
            } else if (!col.nullable && !col.autoIncrement) {
                return fail("[ANALYSIS_ERROR]TStatus: errCode = 2, detailMessage = Column has no default value. "
                            "column: "
                    + col.name);
            }
        }
    }
    if (ctx.faults->fire(FaultKind::TxnLimit, loadNo))
        return fail("[ANALYSIS_ERROR]TStatus: errCode = 2, detailMessage = current running txns on db "
            + std::to_string(table->dbId) + " is 100, larger than limit 100");
    // ---- begin txn (label check)
    const int64_t tBegin = nowMs();
    const SimStore::BeginResult begin = ctx.store->beginTxn(db, table->id, r.label);
    r.beginTxnMs = nowMs() - tBegin;
    if (!begin.ok) {
        r.status = "Label Already Exists";
        r.existingJobStatus = begin.existingState == TxnState::Precommitted ? "PRECOMMITTED"
            : begin.existingState == TxnState::Prepare                      ? "RUNNING"
                                                                            : "FINISHED";
        r.message = "[LABEL_ALREADY_EXISTS]Label [" + r.label + "] has already been used, relate to txn ["
            + std::to_string(begin.existingTxnId) + "]";
        r.loadTimeMs = nowMs() - t0;
        return answerEarly(conn, request, 200, "OK", "text/plain; charset=UTF-8", r.toJson());
    }
    r.txnId = begin.txnId;
    const int64_t txnId = begin.txnId;
    auto abortAndFail = [&](const std::string& message) {
        ctx.store->abortTxn(txnId, message);
        r.status = "Fail";
        r.message = message;
        r.loaded = 0;
        r.loadTimeMs = nowMs() - t0;
        const bool keep = conn.bodyComplete();
        conn.respond(200, "OK", "text/plain; charset=UTF-8", r.toJson(), {}, !keep);
        return keep;
    };
    // ---- body
    if (request.hasHeader("expect") && !conn.bodyComplete())
        conn.writeAll("HTTP/1.1 100 Continue\r\n\r\n");
    const int64_t tRead = nowMs();
    CsvSplitter splitter(opts);
    std::vector<CsvField> fields;
    std::string rowBuf;
    std::string unescaped;
    std::vector<std::string> errors;
    int64_t errorCount = 0;
    bool bomChecked = false;
    std::FILE* out = nullptr;
    std::vector<char> outBuffer;
    const bool store = !ctx.config.discardSink;
    const int partitionCol = schema.partitionColumn.empty() ? -1 : schema.columnIndex(schema.partitionColumn);
    std::string sepShown = printable(opts.columnSeparator);
    std::string delimShown = printable(opts.lineDelimiter);
    auto addError = [&](const std::string& reason, const char* line, size_t len) {
        ++r.filtered;
        ++errorCount;
        if (errors.size() < 50)
            errors.push_back("Reason: " + reason + ". src line [" + std::string(line, len) + "]; ");
    };
    std::vector<std::string> values(schema.columns.size());
    std::vector<char> isNull(schema.columns.size(), 0);
    std::string converted;
    const CsvSplitter::LineHandler onLine = [&](const char* line, size_t len) -> bool {
        if (!bomChecked && skipLines == 0) {
            bomChecked = true;
            if (len >= 3 && static_cast<unsigned char>(line[0]) == 0xEF && static_cast<unsigned char>(line[1]) == 0xBB
                && static_cast<unsigned char>(line[2]) == 0xBF) {
                line += 3;
                len -= 3;
            }
        }
        if (skipLines > 0) {
            --skipLines;
            bomChecked = true;
            return true;
        }
        if (len == 0)
            return true;
        ++r.total;
        if (!isValidUtf8(line, len)) {
            ++r.filtered;
            ++errorCount;
            if (errors.size() < 50)
                errors.push_back("Reason: Unable to display, only support csv data in utf8 codec, please check the "
                                 "data encoding. src line [Unable to display]; ");
            return true;
        }
        splitter.split(line, len, fields);
        if (fields.size() != expectedFields) {
            std::string reason = "actual column number in csv file is ";
            reason += fields.size() > expectedFields ? " more than " : " less than ";
            reason += " schema column number.actual number: " + std::to_string(fields.size())
                + ", schema column number: " + std::to_string(expectedFields) + "; line delimiter: [" + delimShown
                + "], column separator: [" + sepShown + "], ";
            if (opts.enclose != 0)
                reason += std::string("enclose:[") + opts.enclose + "] ";
            if (opts.escape != 0)
                reason += std::string("escape:[") + opts.escape + "] ";
            reason += "result values:[";
            for (const CsvField& f : fields)
                reason += std::string(f.data, f.size) + ", ";
            reason += "]";
            addError(reason, line, len);
            return true;
        }
        rowBuf.clear();
        for (size_t c = 0; c < schema.columns.size(); ++c) {
            const ColumnDef& col = schema.columns[c];
            const TargetPlan& p = plan[c];
            std::string& value = values[c];
            value.clear();
            isNull[c] = 1;
            if (p.source < 0) {
                if (p.useNow) {
                    value = ValueConverter::currentTimestamp(col.type);
                    isNull[c] = 0;
                } else if (p.defaultValue) {
                    value = *p.defaultValue;
                    isNull[c] = 0;
                }
                if (isNull[c] != 0 && !col.nullable) {
                    addError("column(" + col.name + ") values is null while columns is not nullable", line, len);
                    return true;
                }
                continue;
            }
            const CsvField& f = fields[size_t(p.source)];
            if (f.size == 2 && !f.quoted && f.data[0] == '\\' && f.data[1] == 'N') {
                if (!col.nullable) {
                    addError("column(" + col.name + ") values is null while columns is not nullable", line, len);
                    return true;
                }
                continue;
            }
            const char* vp = f.data;
            size_t vn = f.size;
            if (opts.escape != 0 && std::memchr(vp, opts.escape, vn) != nullptr) {
                removeEscapes(vp, vn, opts.escape, unescaped);
                vp = unescaped.data();
                vn = unescaped.size();
            }
            if (!p.dateFormat.empty()) {
                // A function result: NULL when it does not match, and strict mode does not apply (Doris).
                const std::optional<std::string> iso = strToDate(vp, vn, p.dateFormat);
                if (!iso) {
                    if (!col.nullable) {
                        addError("column(" + col.name + ") values is null while columns is not nullable", line, len);
                        return true;
                    }
                    continue;
                }
                converted = *iso;
                vp = converted.data();
                vn = converted.size();
            }
            ConvertStatus st = ConvertStatus::Ok;
            if (!store && c != size_t(partitionCol)
                && (col.type.kind == TypeKind::Varchar || col.type.kind == TypeKind::String)) {
                // discard sink: the value is never stored, so check the length without copying it
                const size_t limit = col.type.kind == TypeKind::String ? size_t(1048576) : size_t(col.type.length);
                st = vn > limit ? ConvertStatus::TooLong : ConvertStatus::Ok;
            } else {
                st = ValueConverter::convert(col.type, vp, vn, strict, loadZone, value);
            }
            if (st == ConvertStatus::TooLong) {
                addError(ValueConverter::tooLongMessage(col.name, col.type, vp, vn), line, len);
                return true;
            }
            if (st == ConvertStatus::Invalid) {
                if (strict) {
                    addError("column(" + col.name + ") value is incorrect while strict mode is true, src value is "
                            + std::string(vp, vn),
                        line, len);
                    return true;
                }
                if (!col.nullable) {
                    addError("column(" + col.name + ") values is null while columns is not nullable", line, len);
                    return true;
                }
                continue;
            }
            isNull[c] = 0;
        }
        if (partitionCol >= 0 && !schema.partitions.empty()) {
            const ColumnDef& pc = schema.columns[size_t(partitionCol)];
            const std::optional<std::string> v = isNull[size_t(partitionCol)] != 0
                ? std::nullopt
                : std::optional<std::string>(values[size_t(partitionCol)]);
            bool matched = false;
            for (const PartitionDef& part : schema.partitions) {
                if (schema.partitionType == "LIST") {
                    for (const std::string& lv : part.values) {
                        std::string canon;
                        if (v
                            && ValueConverter::convert(pc.type, lv.data(), lv.size(), false, canon) == ConvertStatus::Ok
                            && ValueConverter::compare(pc.type, canon, *v) == 0)
                            matched = true;
                    }
                } else {
                    bool aboveLower = part.lowerIsMin;
                    bool belowUpper = part.upperIsMax;
                    if (!v) {
                        aboveLower = part.lowerIsMin;
                        belowUpper = true;
                    } else {
                        std::string canon;
                        if (!aboveLower
                            && ValueConverter::convert(pc.type, part.lower.data(), part.lower.size(), false, canon)
                                == ConvertStatus::Ok)
                            aboveLower = ValueConverter::compare(pc.type, *v, canon) >= 0;
                        canon.clear();
                        if (!belowUpper
                            && ValueConverter::convert(pc.type, part.upper.data(), part.upper.size(), false, canon)
                                == ConvertStatus::Ok)
                            belowUpper = ValueConverter::compare(pc.type, *v, canon) < 0;
                    }
                    matched = aboveLower && belowUpper;
                }
                if (matched)
                    break;
            }
            if (!matched) {
                addError("no partition for this tuple. tuple=" + (v ? *v : std::string("NULL")), line, len);
                return true;
            }
        }
        ++r.loaded;
        if (store) {
            for (size_t c = 0; c < values.size(); ++c) {
                if (c > 0)
                    rowBuf += '\t';
                if (isNull[c] == 0)
                    SimStore::encodeField(rowBuf, values[c].data(), values[c].size());
                else
                    rowBuf += "\\N";
            }
            rowBuf += '\n';
            if (out == nullptr) {
                out = std::fopen(ctx.store->stagingPath(txnId).toLocal8Bit().constData(), "wb");
                outBuffer.resize(size_t(1) << 20);
                if (out != nullptr)
                    std::setvbuf(out, outBuffer.data(), _IOFBF, outBuffer.size());
            }
            if (out != nullptr)
                std::fwrite(rowBuf.data(), 1, rowBuf.size(), out);
        }
        return true;
    };
    std::optional<Fault> resetFault = ctx.faults->fire(FaultKind::ResetAfterBytes, loadNo);
    const size_t kChunk = size_t(1) << 20;
    bool broken = false;
    bool corrupt = false;
    std::string compressedBuf(decompressor ? kChunk : 0, '\0');
    std::string plainBuf;
    while (true) {
        size_t want = kChunk;
        if (resetFault && r.loadBytes + int64_t(want) > resetFault->value)
            want = size_t(std::max<int64_t>(0, resetFault->value - r.loadBytes));
        if (resetFault && want == 0) {
            if (out != nullptr)
                std::fclose(out);
            ctx.store->abortTxn(txnId, "connection reset by doris-sim fault");
            conn.resetConnection();
            return false;
        }
        char* w = decompressor ? compressedBuf.data() : splitter.writePointer(want);
        const ssize_t n = conn.readBody(w, decompressor ? std::min(want, compressedBuf.size()) : want);
        if (backendKilled()) {
            // the BE was stopped under this load (POST /_sim/backends/{i}/stop): a killed BE's txn is aborted
            if (out != nullptr)
                std::fclose(out);
            ctx.store->abortTxn(txnId, "[CANCELLED]backend " + std::to_string(m_backendIndex) + " stopped");
            conn.resetConnection();
            return false;
        }
        if (n < 0) {
            broken = true;
            break;
        }
        if (n == 0)
            break;
        r.loadBytes += n;
        if (decompressor) {
            plainBuf.clear();
            if (!decompressor->feed(compressedBuf.data(), size_t(n), plainBuf)) {
                corrupt = true;
                break;
            }
            size_t pos = 0;
            while (pos < plainBuf.size()) {
                const size_t part = std::min(kChunk, plainBuf.size() - pos);
                std::memcpy(splitter.writePointer(part), plainBuf.data() + pos, part);
                splitter.produced(part);
                splitter.drain(onLine);
                pos += part;
            }
            continue;
        }
        splitter.produced(size_t(n));
        splitter.drain(onLine);
    }
    if (!broken && decompressor && (corrupt || !decompressor->finish())) {
        // Doris: the decompressor's error fails the load (and aborts its txn)
        if (out != nullptr) {
            std::fclose(out);
            out = nullptr;
        }
        if (!conn.bodyComplete()) {
            setRecvTimeout(conn.fd(), 2000);
            conn.drainBody(int64_t(256) << 20);
        }
        return abortAndFail("[INTERNAL_ERROR]" + decompressor->error());
    }
    if (broken) {
        if (out != nullptr)
            std::fclose(out);
        ctx.store->abortTxn(txnId, "receive body don't equal with body bytes");
        return false;
    }
    splitter.finish(onLine);
    if (out != nullptr) {
        std::fflush(out);
        ::fsync(fileno(out));
        std::fclose(out);
    }
    r.readMs = nowMs() - tRead;
    r.receiveMs = r.readMs;
    r.writeMs = r.readMs / 2;
    r.putMs = 1;
    if (errorCount > 0) {
        if (errorCount > 50)
            errors.push_back("TOO MUCH ERROR! already reach 50. show no more next error.");
        const uint64_t a = uint64_t(nowMs()) ^ (uint64_t(txnId) << 20);
        const uint64_t b = uint64_t(ctx.nextErrorLog.fetch_add(1)) * 0x9E3779B97F4A7C15ULL ^ uint64_t(txnId);
        const std::string shard = "__shard_" + std::to_string(txnId % 10);
        const std::string file
            = shard + "/error_log_insert_stmt_" + hex16(a) + "-" + hex16(b) + "_" + hex16(a) + "_" + hex16(b);
        QDir().mkpath(ctx.store->errorLogDir() + QLatin1Char('/') + QString::fromStdString(shard));
        QSaveFile f(ctx.store->errorLogDir() + QLatin1Char('/') + QString::fromStdString(file));
        if (f.open(QIODevice::WriteOnly)) {
            for (const std::string& e : errors) {
                f.write(e.data(), qint64(e.size()));
                f.write("\n", 1);
            }
            f.commit();
        }
        r.errorUrl = "http://" + ctx.beHost() + ":"
            + std::to_string(ctx.backends->snapshot()[size_t(m_backendIndex)].port)
            + "/api/_load_error_log?file=" + file;
    }
    if (splitter.unterminatedEnclose())
        return abortAndFail("[DATA_QUALITY_ERROR]too many filtered rows");
    const int64_t considered = r.total - r.unselected;
    if (r.filtered > 0 && considered > 0 && double(r.filtered) / double(considered) > maxRatio)
        return abortAndFail("[DATA_QUALITY_ERROR]too many filtered rows");
    if (auto f = ctx.faults->fire(FaultKind::TooManyVersions, loadNo))
        return abortAndFail("[TOO_MANY_VERSION]failed to init rowset builder. version count: 2001, exceed limit: "
                            "2000, tablet: "
            + std::to_string(table->id + 1)
            + ". Please reduce the frequency of loading data or adjust the max_tablet_version_num or "
              "time_series_max_tablet_version_num in be.conf to a larger value.");
    if (auto f = ctx.faults->fire(FaultKind::Fail, loadNo))
        return abortAndFail("[INTERNAL_ERROR]cancelled: doris-sim injected fault (" + f->spec + ")");
    // ---- commit
    const int64_t tCommit = nowMs();
    r.status = "Success";
    r.message = "OK";
    if (r.twoPc) {
        ctx.store->precommitTxn(txnId);
    } else if (auto f = ctx.faults->fire(FaultKind::PublishTimeout, loadNo)) {
        ctx.store->commitTxn(txnId, int(f->value));
        r.status = "Publish Timeout";
        r.message = "[PUBLISH_TIMEOUT]transaction commit successfully, BUT data will be visible later";
    } else {
        ctx.store->commitTxn(txnId);
    }
    r.commitMs = nowMs() - tCommit;
    if (ctx.faults->fire(FaultKind::CommitThenDrop, loadNo)) {
        conn.resetConnection();
        return false;
    }
    if (auto f = ctx.faults->fire(FaultKind::DelayMs, loadNo))
        std::this_thread::sleep_for(std::chrono::milliseconds(f->value));
    r.loadTimeMs = nowMs() - t0;
    return conn.respond(200, "OK", "text/plain; charset=UTF-8", r.toJson());
}

bool StreamLoadHandler::handle2pc(HttpConnection& conn, const HttpRequest& request, const std::string& db)
{
    SimContext& ctx = m_context;
    conn.beginBody(request);
    auto answer = [&](const std::string& status, const std::string& msg) {
        const std::string body
            = "{\n    \"status\": \"" + jsonEscape(status) + "\",\n    \"msg\": \"" + jsonEscape(msg) + "\"\n}\n";
        return conn.respond(200, "OK", "text/plain; charset=UTF-8", body, {}, !conn.bodyComplete());
    };
    std::string user;
    std::string password;
    if (!parseBasicAuth(request.header("authorization"), user, password))
        return answer("INTERNAL_ERROR", "no valid Basic authorization");
    if (!ctx.authenticate(user, password))
        return answer("ANALYSIS_ERROR",
            "errCode = 2, detailMessage = Access denied for user '" + user + "@" + conn.peerAddress() + "'");
    const std::string op = toLower(request.header("txn_operation"));
    if (op != "commit" && op != "abort")
        return answer("INVALID_ARGUMENT", "transaction operation should be 'commit' or 'abort'");
    const std::string label = request.header("label");
    int64_t txnId = -1;
    if (label.empty()) {
        const std::string id = request.header("txn_id");
        if (id.empty())
            return answer("INVALID_ARGUMENT", "No transaction id or label selected.");
        try {
            size_t pos = 0;
            txnId = std::stoll(id, &pos);
            if (pos != id.size())
                throw std::invalid_argument("x");
        } catch (...) {
            return answer("INVALID_ARGUMENT", "convert txn_id [" + id + "] failed");
        }
    }
    const auto [ok, msg] = ctx.store->finish2pc(db, txnId, label, op == "commit");
    return answer(ok ? "Success" : "ANALYSIS_ERROR", msg);
}

bool StreamLoadHandler::handleErrorLog(HttpConnection& conn, const HttpRequest& request)
{
    const std::string file = request.queryParam("file");
    if (file.empty() || file.find("..") != std::string::npos || file[0] == '/')
        return conn.respond(400, "Bad Request", "text/plain", "invalid file parameter\n");
    QFile f(m_context.store->errorLogDir() + QLatin1Char('/') + QString::fromStdString(file));
    if (!f.open(QIODevice::ReadOnly))
        return conn.respond(404, "Not Found", "text/plain", "File not found: " + file + "\n");
    const QByteArray data = f.readAll();
    return conn.respond(200, "OK", "text/plain; charset=utf-8", data.toStdString());
}

} // namespace dia::sim
