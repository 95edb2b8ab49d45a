#include "simserver.h"

#include "httpconnection.h"
#include "mysqlsession.h"
#include "streamloadhandler.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sys/socket.h>
#include <sys/time.h>
#include <vector>

namespace dia::sim {

namespace {

std::vector<std::string> splitPath(const std::string& path)
{
    std::vector<std::string> parts;
    size_t pos = 0;
    while (pos < path.size()) {
        size_t slash = path.find('/', pos);
        if (slash == std::string::npos)
            slash = path.size();
        if (slash > pos)
            parts.push_back(path.substr(pos, slash - pos));
        pos = slash + 1;
    }
    return parts;
}

std::string userinfoEncode(const std::string& s)
{
    static const char* const kHex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += char(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

const char* kJsonType = "application/json;charset=UTF-8";

} // namespace

std::string jsonEscape(const std::string& s)
{
    std::string out;
    out.reserve(s.size() + 8);
    for (unsigned char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += char(c);
            }
        }
    }
    return out;
}

bool parseBasicAuth(const std::string& header, std::string& user, std::string& password)
{
    if (header.size() < 6 || (header.compare(0, 6, "Basic ") != 0 && header.compare(0, 6, "basic ") != 0))
        return false;
    const QByteArray decoded = QByteArray::fromBase64(QByteArray::fromStdString(header.substr(6)));
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0)
        return false;
    user = decoded.left(colon).toStdString();
    password = decoded.mid(colon + 1).toStdString();
    return !user.empty();
}

bool SimContext::authenticate(const std::string& user, const std::string& pw)
{
    if (faults->fire(FaultKind::AuthRefuse))
        return false;
    return user == config.user && pw == config.password;
}

SimServer::SimServer(SimConfig config)
{
    m_context.config = std::move(config);
    m_context.store = std::make_unique<SimStore>(QString::fromStdString(m_context.config.dataDir));
    m_context.faults = std::make_unique<FaultInjector>(m_context.config.seed);
    m_context.backends = std::make_unique<BackendSet>();
    m_context.startMs = QDateTime::currentMSecsSinceEpoch();
}

std::string SimServer::start()
{
    std::string err = m_context.store->open();
    if (!err.empty())
        return err;
    const std::string& host = m_context.config.host;
    if (!(err = m_fe.listen(host, m_context.config.feHttpPort)).empty())
        return "FE HTTP: " + err;
    if (!(err = m_context.backends->listen(host, m_context.config.beHttpPort, m_context.config.backends)).empty())
        return "BE HTTP: " + err;
    if (!(err = m_mysql.listen(host, m_context.config.mysqlPort)).empty())
        return "MySQL: " + err;
    m_context.feHttpPort = m_fe.port();
    m_context.beHttpPort = m_context.backends->snapshot().front().port;
    m_context.mysqlPort = m_mysql.port();
    m_fe.start([this](int fd) { serveFe(fd); });
    m_context.backends->start([this](int index, int fd) { serveBe(index, fd); });
    m_mysql.start([this](int fd) {
        MysqlSession session(m_context, fd);
        session.run();
    });
    return {};
}

std::string SimServer::readyLine() const
{
    std::string ports;
    for (const BackendSet::Info& be : m_context.backends->snapshot())
        ports += (ports.empty() ? "" : ",") + std::to_string(be.port);
    return "{\"fe_http\":" + std::to_string(m_context.feHttpPort)
        + ",\"be_http\":" + std::to_string(m_context.beHttpPort) + ",\"be_http_ports\":[" + ports
        + "],\"mysql\":" + std::to_string(m_context.mysqlPort) + "}";
}

void SimServer::serveFe(int fd)
{
    HttpConnection conn(fd);
    HttpRequest request;
    while (conn.readRequest(request)) {
        if (!handleFe(conn, request) || request.wantsClose())
            return;
    }
}

void SimServer::serveBe(int backendIndex, int fd)
{
    BackendSet& backends = *m_context.backends;
    const uint64_t generation = backends.generation(backendIndex);
    backends.attach(backendIndex, fd);
    {
        HttpConnection conn(fd);
        HttpRequest request;
        while (conn.readRequest(request)) {
            if (!handleBe(conn, request, backendIndex, generation) || request.wantsClose())
                break;
        }
        backends.detach(backendIndex, fd); // before the fd is closed and its number reused
    }
}

bool SimServer::handleFe(HttpConnection& conn, const HttpRequest& request)
{
    const std::vector<std::string> parts = splitPath(request.path);
    if (!parts.empty() && parts[0] == "_sim")
        return handleAdmin(conn, request);
    conn.beginBody(request);
    auto finish = [&](int status, const std::string& reason, const std::string& type, const std::string& body,
                      const std::string& headers = {}) {
        const bool expect = request.hasHeader("expect");
        const bool bodyPending = !conn.bodyComplete();
        conn.respond(status, reason, type, body, headers, bodyPending);
        if (!bodyPending)
            return true;
        if (!expect) {
            // the client is sending the body we will not read: drain a bounded amount before closing
            timeval tv { 2, 0 };
            ::setsockopt(conn.fd(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
            conn.drainBody(int64_t(256) << 20);
        }
        return false;
    };
    auto restFailed = [&](const std::string& msg) {
        return finish(200, "OK", kJsonType, "{\"status\":\"FAILED\",\"msg\":\"" + jsonEscape(msg) + "\"}");
    };
    auto unauthorized = [&](const std::string& why) {
        return finish(401, "Unauthorized", kJsonType,
            "{\"msg\":\"Unauthorized\",\"code\":401,\"data\":\"" + jsonEscape(why) + "\",\"count\":0}");
    };
    if (parts.size() >= 1 && parts[0] == "api" && parts.size() >= 2 && parts.back() == "health"
        && request.method == "GET")
        return finish(200, "OK", kJsonType,
            "{\"msg\":\"success\",\"code\":0,\"data\":{\"online_backend_num\":"
                + std::to_string(m_context.backends->aliveCount())
                + ",\"total_backend_num\":" + std::to_string(m_context.backends->size()) + "},\"count\":0}");
    const bool isLoad = parts.size() == 4 && parts[0] == "api" && parts[3] == "_stream_load";
    const bool is2pc
        = (parts.size() == 3 || parts.size() == 4) && parts[0] == "api" && parts.back() == "_stream_load_2pc";
    const bool isState = parts.size() == 3 && parts[0] == "api" && parts[2] == "get_load_state";
    if (!isLoad && !is2pc && !isState)
        return finish(404, "Not Found", kJsonType,
            "{\"msg\":\"Not Found\",\"code\":404,\"data\":\"" + jsonEscape(request.path) + "\",\"count\":0}");
    std::string user;
    std::string password;
    if (!parseBasicAuth(request.header("authorization"), user, password))
        return unauthorized("Need auth information.");
    if (!m_context.authenticate(user, password))
        return unauthorized("Access denied for user '" + user + "@" + conn.peerAddress()
            + "' (using password: " + (password.empty() ? "NO" : "YES") + ")");
    const std::string db = percentDecode(parts[1]);
    if (isState) {
        if (request.method != "GET")
            return finish(405, "Method Not Allowed", kJsonType, "{\"msg\":\"Method Not Allowed\",\"code\":405}");
        const std::string label = request.queryParam("label");
        if (label.empty())
            return finish(200, "OK", kJsonType,
                "{\"msg\":\"Bad Request\",\"code\":400,\"data\":\"No label selected\",\"count\":0}");
        if (!m_context.store->hasDatabase(db))
            return finish(200, "OK", kJsonType,
                "{\"msg\":\"Error\",\"code\":1,\"data\":\"errCode = 2, detailMessage = Unknown database '"
                    + jsonEscape(db) + "'\",\"count\":0}");
        const std::optional<TxnInfo> txn = m_context.store->txnByLabel(db, label);
        const std::string state = txn ? txnStateName(txn->state) : "UNKNOWN";
        return finish(200, "OK", kJsonType, "{\"msg\":\"success\",\"code\":0,\"data\":\"" + state + "\",\"count\":0}");
    }
    if (request.method != "PUT")
        return finish(405, "Method Not Allowed", kJsonType,
            "{\"msg\":\"Request method '" + request.method + "' not supported\",\"code\":405,\"count\":0}");
    if (isLoad) {
        if (!request.hasHeader("expect"))
            return restFailed("There is no 100-continue header");
        if (parts[1].empty())
            return restFailed("No database selected.");
        const std::string gc = request.header("group_commit");
        if (!gc.empty() && gc != "sync_mode" && gc != "async_mode" && gc != "off_mode")
            return restFailed("Header `group_commit` can only be `sync_mode`, `async_mode` or `off_mode`.");
    } else {
        if (request.header("txn_id").empty() && request.header("label").empty())
            return restFailed("No transaction id or label selected.");
        if (request.header("txn_operation").empty())
            return restFailed("No transaction operation('commit' or 'abort') selected.");
    }
    // Doris 2.1 LoadAction: round-robin among alive, load-available BEs (SystemInfoService, BeSelectionPolicy).
    const std::optional<BackendSet::Info> target = m_context.backends->pickForLoad();
    if (!target)
        return restFailed("No backend load available., policy: computeNode=false | query=false | load=true | "
                          "schedule=false | tags={\"location\" : \"default\"} | medium=null");
    int port = target->port;
    if (m_context.faults->fire(FaultKind::UnreachableBe))
        port = TcpListener::deadPort(m_context.config.host);
    const std::string location = "http://" + userinfoEncode(user) + ":" + userinfoEncode(password) + "@"
        + m_context.beHost() + ":" + std::to_string(port) + request.target;
    return finish(307, "Temporary Redirect", "text/html;charset=utf-8", {}, "Location: " + location + "\r\n");
}

bool SimServer::handleBe(HttpConnection& conn, const HttpRequest& request, int backendIndex, uint64_t generation)
{
    const std::vector<std::string> parts = splitPath(request.path);
    StreamLoadHandler handler(m_context, backendIndex, generation);
    if (parts.size() == 4 && parts[0] == "api" && parts[3] == "_stream_load" && request.method == "PUT")
        return handler.handleLoad(conn, request, percentDecode(parts[1]), percentDecode(parts[2]));
    if ((parts.size() == 3 || parts.size() == 4) && parts[0] == "api" && parts.back() == "_stream_load_2pc"
        && request.method == "PUT")
        return handler.handle2pc(conn, request, percentDecode(parts[1]));
    if (parts.size() == 2 && parts[0] == "api" && parts[1] == "_load_error_log" && request.method == "GET")
        return handler.handleErrorLog(conn, request);
    conn.beginBody(request);
    if (parts.size() == 2 && parts[0] == "api" && parts[1] == "health")
        return conn.respond(200, "OK", kJsonType, "{\"status\": \"OK\",\"msg\": \"To Be Added\"}");
    const bool pending = !conn.bodyComplete();
    conn.respond(404, "Not Found", "text/plain", "Not Found", {}, pending);
    return !pending;
}

bool SimServer::handleBackendAdmin(HttpConnection& conn, const HttpRequest& request)
{
    conn.beginBody(request);
    conn.drainBody(1 << 20);
    BackendSet& backends = *m_context.backends;
    auto state = [&]() {
        QJsonArray list;
        int index = 0;
        for (const BackendSet::Info& be : backends.snapshot()) {
            QJsonObject o;
            o[QLatin1String("index")] = index++;
            o[QLatin1String("id")] = qint64(be.id);
            o[QLatin1String("http_port")] = be.port;
            o[QLatin1String("alive")] = be.alive;
            list.append(o);
        }
        QJsonObject o;
        o[QLatin1String("backends")] = list;
        return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString() + "\n";
    };
    const std::vector<std::string> parts = splitPath(request.path); // _sim backends [i action]
    if (parts.size() == 2 && request.method == "GET")
        return conn.respond(200, "OK", kJsonType, state());
    if (parts.size() != 4 || (parts[3] != "stop" && parts[3] != "start"))
        return conn.respond(404, "Not Found", kJsonType,
            "{\"error\":\"use GET /_sim/backends or POST /_sim/backends/{i}/stop|start\"}\n");
    if (request.method != "POST")
        return conn.respond(405, "Method Not Allowed", kJsonType, "{\"error\":\"use POST\"}\n");
    bool ok = false;
    const int index = QString::fromStdString(parts[2]).toInt(&ok);
    std::string error = "backend index must be a number";
    if (ok)
        ok = parts[3] == "stop" ? backends.stop(index, error) : backends.startBackend(index, error);
    if (!ok)
        return conn.respond(400, "Bad Request", kJsonType, "{\"error\":\"" + jsonEscape(error) + "\"}\n");
    return conn.respond(200, "OK", kJsonType, state());
}

bool SimServer::handleAdmin(HttpConnection& conn, const HttpRequest& request)
{
    if (request.path.rfind("/_sim/backends", 0) == 0)
        return handleBackendAdmin(conn, request);
    conn.beginBody(request);
    std::string body;
    char buf[65536];
    while (body.size() < (1U << 20)) {
        const ssize_t n = conn.readBody(buf, sizeof buf);
        if (n <= 0)
            break;
        body.append(buf, size_t(n));
    }
    auto state = [&]() {
        QJsonArray list;
        for (const Fault& f : m_context.faults->faults())
            list.append(QString::fromStdString(f.spec));
        QJsonObject o;
        o[QLatin1String("faults")] = list;
        o[QLatin1String("loads")] = qint64(m_context.faults->loadCount());
        return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString() + "\n";
    };
    if (request.path != "/_sim/faults")
        return conn.respond(404, "Not Found", kJsonType, "{\"error\":\"unknown admin path\"}\n");
    if (request.method == "GET")
        return conn.respond(200, "OK", kJsonType, state());
    if (request.method == "DELETE") {
        m_context.faults->clear();
        return conn.respond(200, "OK", kJsonType, state());
    }
    if (request.method == "POST" || request.method == "PUT") {
        QJsonParseError perr {};
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(body), &perr);
        if (perr.error != QJsonParseError::NoError || !doc.isObject())
            return conn.respond(400, "Bad Request", kJsonType,
                "{\"error\":\"body must be a JSON object like {\\\"faults\\\":[\\\"fail,load=2\\\"]}\"}\n");
        std::vector<Fault> faults;
        const QJsonArray list = doc.object()[QLatin1String("faults")].toArray();
        for (const QJsonValue& v : list) {
            std::string error;
            std::optional<Fault> f = FaultInjector::parse(v.toString().toStdString(), error);
            if (!f)
                return conn.respond(400, "Bad Request", kJsonType, "{\"error\":\"" + jsonEscape(error) + "\"}\n");
            faults.push_back(*f);
        }
        if (doc.object()[QLatin1String("append")].toBool()) {
            for (Fault& f : faults)
                m_context.faults->add(f);
        } else {
            m_context.faults->set(faults);
        }
        return conn.respond(200, "OK", kJsonType, state());
    }
    return conn.respond(405, "Method Not Allowed", kJsonType, "{\"error\":\"use GET, POST or DELETE\"}\n");
}

} // namespace dia::sim
