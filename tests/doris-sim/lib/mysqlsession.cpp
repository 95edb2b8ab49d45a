#include "mysqlsession.h"

#include <QCryptographicHash>

#include <cerrno>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <random>
#include <sys/socket.h>
#include <unistd.h>

namespace dia::sim {

namespace {

constexpr uint32_t kClientLongPassword = 1;
constexpr uint32_t kClientFoundRows = 2;
constexpr uint32_t kClientLongFlag = 4;
constexpr uint32_t kClientConnectWithDb = 8;
constexpr uint32_t kClientProtocol41 = 512;
constexpr uint32_t kClientInteractive = 1024;
constexpr uint32_t kClientTransactions = 8192;
constexpr uint32_t kClientSecureConnection = 32768;
constexpr uint32_t kClientMultiResults = 1U << 17;
constexpr uint32_t kClientPluginAuth = 1U << 19;
constexpr uint32_t kClientConnectAttrs = 1U << 20;
constexpr uint32_t kClientPluginAuthLenencData = 1U << 21;

constexpr uint32_t kServerCaps = kClientLongPassword | kClientFoundRows | kClientLongFlag | kClientConnectWithDb
    | kClientProtocol41 | kClientInteractive | kClientTransactions | kClientSecureConnection | kClientMultiResults
    | kClientPluginAuth | kClientConnectAttrs | kClientPluginAuthLenencData;

void putInt(std::string& s, uint64_t v, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        s += char((v >> (8 * i)) & 0xFF);
}

void putLenenc(std::string& s, uint64_t v)
{
    if (v < 251) {
        s += char(v);
    } else if (v < (1U << 16)) {
        s += char(0xFC);
        putInt(s, v, 2);
    } else if (v < (1U << 24)) {
        s += char(0xFD);
        putInt(s, v, 3);
    } else {
        s += char(0xFE);
        putInt(s, v, 8);
    }
}

void putLenencString(std::string& s, const std::string& v)
{
    putLenenc(s, v.size());
    s += v;
}

QByteArray sha1(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha1);
}

bool checkNativePassword(const std::string& scramble, const std::string& response, const std::string& password)
{
    if (password.empty())
        return response.empty();
    if (response.size() != 20)
        return false;
    const QByteArray stage1 = sha1(QByteArray::fromStdString(password));
    const QByteArray stage2 = sha1(stage1);
    const QByteArray mix = sha1(QByteArray::fromStdString(scramble) + stage2);
    for (int i = 0; i < 20; ++i) {
        if (char(stage1[i] ^ mix[i]) != response[size_t(i)])
            return false;
    }
    return true;
}

} // namespace

MysqlSession::MysqlSession(SimContext& context, int fd)
    : m_context(context)
    , m_fd(fd)
    , m_connectionId(uint32_t(context.nextConnectionId.fetch_add(1)))
    , m_executor(context)
{
    // Packets are written one send() each: without TCP_NODELAY, Nagle holds the second packet of a result
    // set until the client's delayed ACK (40 ms per query). Doris's FE flushes whole responses instead.
    const int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

MysqlSession::~MysqlSession()
{
    ::close(m_fd);
}

bool MysqlSession::readPacket(std::string& payload)
{
    payload.clear();
    while (true) {
        while (m_inBuf.size() < 4) {
            char tmp[16384];
            const ssize_t n = ::recv(m_fd, tmp, sizeof tmp, 0);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return false;
            m_inBuf.append(tmp, size_t(n));
        }
        const size_t len
            = size_t(uint8_t(m_inBuf[0])) | size_t(uint8_t(m_inBuf[1])) << 8 | size_t(uint8_t(m_inBuf[2])) << 16;
        while (m_inBuf.size() < 4 + len) {
            char tmp[65536];
            const ssize_t n = ::recv(m_fd, tmp, sizeof tmp, 0);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return false;
            m_inBuf.append(tmp, size_t(n));
        }
        m_seq = uint8_t(uint8_t(m_inBuf[3]) + 1);
        payload.append(m_inBuf, 4, len);
        m_inBuf.erase(0, 4 + len);
        if (len < 0xFFFFFF)
            return true;
        if (payload.size() > (size_t(64) << 20))
            return false;
    }
}

bool MysqlSession::writePacket(const std::string& payload)
{
    std::string packet;
    putInt(packet, payload.size(), 3);
    packet += char(m_seq++);
    packet += payload;
    const char* p = packet.data();
    size_t left = packet.size();
    while (left > 0) {
        const ssize_t n = ::send(m_fd, p, left, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        p += n;
        left -= size_t(n);
    }
    return true;
}

bool MysqlSession::sendOk(int64_t affected)
{
    std::string p;
    p += char(0x00);
    putLenenc(p, uint64_t(affected));
    putLenenc(p, 0);
    putInt(p, 0x0002, 2); // SERVER_STATUS_AUTOCOMMIT
    putInt(p, 0, 2);
    return writePacket(p);
}

bool MysqlSession::sendError(int code, const std::string& sqlState, const std::string& message)
{
    std::string p;
    p += char(0xFF);
    putInt(p, uint64_t(code), 2);
    p += '#';
    p += (sqlState + "HY000").substr(0, 5);
    p += message;
    return writePacket(p);
}

bool MysqlSession::sendEof()
{
    std::string p;
    p += char(0xFE);
    putInt(p, 0, 2);
    putInt(p, 0x0002, 2);
    return writePacket(p);
}

bool MysqlSession::sendResult(const SqlResult& r)
{
    if (r.kind == SqlResult::Kind::Ok)
        return sendOk(r.affectedRows);
    if (r.kind == SqlResult::Kind::Error)
        return sendError(r.errorCode, r.sqlState, r.message);
    std::string p;
    putLenenc(p, r.columns.size());
    if (!writePacket(p))
        return false;
    for (size_t i = 0; i < r.columns.size(); ++i) {
        p.clear();
        putLenencString(p, "def");
        putLenencString(p, m_executor.currentDatabase());
        putLenencString(p, "");
        putLenencString(p, "");
        putLenencString(p, r.columns[i]);
        putLenencString(p, r.columns[i]);
        p += char(0x0C);
        const bool numeric = i < r.numericColumns.size() && r.numericColumns[i];
        putInt(p, numeric ? 63 : 33, 2); // binary / utf8
        putInt(p, numeric ? 20 : 65533, 4);
        p += char(numeric ? 0x08 : 0xFD); // LONGLONG / VAR_STRING
        putInt(p, numeric ? 0x0081 : 0, 2); // NOT_NULL|BINARY for numbers
        p += char(0);
        putInt(p, 0, 2);
        if (!writePacket(p))
            return false;
    }
    if (!sendEof())
        return false;
    for (const auto& row : r.rows) {
        p.clear();
        for (const auto& cell : row) {
            if (cell)
                putLenencString(p, *cell);
            else
                p += char(0xFB);
        }
        if (!writePacket(p))
            return false;
    }
    return sendEof();
}

bool MysqlSession::handshake()
{
    std::string scramble;
    std::mt19937 rng(std::random_device {}());
    for (int i = 0; i < 20; ++i)
        scramble += char(0x21 + rng() % 0x5D); // printable, no NUL
    std::string p;
    p += char(10);
    p += "5.7.99";
    p += char(0);
    putInt(p, m_connectionId, 4);
    p += scramble.substr(0, 8);
    p += char(0);
    putInt(p, kServerCaps & 0xFFFF, 2);
    p += char(33);
    putInt(p, 0x0002, 2);
    putInt(p, kServerCaps >> 16, 2);
    p += char(21);
    p += std::string(10, '\0');
    p += scramble.substr(8);
    p += char(0);
    p += "mysql_native_password";
    p += char(0);
    m_seq = 0;
    if (!writePacket(p))
        return false;
    std::string resp;
    if (!readPacket(resp) || resp.size() < 32)
        return false;
    const uint32_t caps = uint32_t(uint8_t(resp[0])) | uint32_t(uint8_t(resp[1])) << 8
        | uint32_t(uint8_t(resp[2])) << 16 | uint32_t(uint8_t(resp[3])) << 24;
    size_t pos = 32;
    auto readNul = [&]() {
        const size_t end = resp.find('\0', pos);
        std::string s = resp.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
        pos = end == std::string::npos ? resp.size() : end + 1;
        return s;
    };
    const std::string user = readNul();
    std::string auth;
    if ((caps & kClientPluginAuthLenencData) != 0U && pos < resp.size()) {
        const size_t len = uint8_t(resp[pos++]);
        auth = resp.substr(pos, len);
        pos += len;
    } else if ((caps & kClientSecureConnection) != 0U && pos < resp.size()) {
        const size_t len = uint8_t(resp[pos++]);
        auth = resp.substr(pos, len);
        pos += len;
    } else {
        auth = readNul();
    }
    std::string db;
    if ((caps & kClientConnectWithDb) != 0U && pos < resp.size())
        db = readNul();
    std::string plugin;
    if ((caps & kClientPluginAuth) != 0U && pos < resp.size())
        plugin = readNul();
    if (!plugin.empty() && plugin != "mysql_native_password") {
        std::string sw;
        sw += char(0xFE);
        sw += "mysql_native_password";
        sw += char(0);
        sw += scramble;
        sw += char(0);
        if (!writePacket(sw) || !readPacket(auth))
            return false;
    }
    const bool userOk = user == m_context.config.user;
    if (!userOk || !checkNativePassword(scramble, auth, m_context.config.password)
        || !m_context.authenticate(user, m_context.config.password)) {
        sendError(1045, "28000",
            "Access denied for user '" + user + "@127.0.0.1' (using password: " + (auth.empty() ? "NO" : "YES") + ")");
        return false;
    }
    m_executor.setUser(user);
    if (!db.empty()) {
        const SqlResult r = m_executor.useDatabase(db);
        if (r.kind == SqlResult::Kind::Error) {
            sendError(r.errorCode, r.sqlState, r.message);
            return false;
        }
    }
    return sendOk();
}

void MysqlSession::run()
{
    if (!handshake())
        return;
    std::string packet;
    while (readPacket(packet)) {
        if (packet.empty())
            return;
        const uint8_t command = uint8_t(packet[0]);
        const std::string arg = packet.substr(1);
        bool ok = true;
        switch (command) {
        case 0x01: // COM_QUIT
            return;
        case 0x02: { // COM_INIT_DB
            const SqlResult r = m_executor.useDatabase(arg);
            ok = sendResult(r);
            break;
        }
        case 0x03: // COM_QUERY
            ok = sendResult(m_executor.execute(arg));
            break;
        case 0x0E: // COM_PING
            ok = sendOk();
            break;
        case 0x04: // COM_FIELD_LIST: empty list
            ok = sendEof();
            break;
        case 0x16: // COM_STMT_PREPARE
            ok = sendError(1295, "HY000",
                "errCode = 2, detailMessage = doris-sim does not support server-side prepared statements "
                "(COM_STMT_PREPARE); send the statement as a plain query");
            break;
        case 0x19: // COM_STMT_CLOSE: no answer
        case 0x1A: // COM_STMT_RESET
            if (command == 0x1A)
                ok = sendOk();
            break;
        case 0x11: // COM_CHANGE_USER
            ok = sendError(1105, "HY000", "errCode = 2, detailMessage = doris-sim does not support COM_CHANGE_USER");
            break;
        case 0x1F: // COM_RESET_CONNECTION
            ok = sendOk();
            break;
        default:
            ok = sendError(1047, "08S01",
                "errCode = 2, detailMessage = doris-sim does not support command 0x" + std::to_string(int(command)));
        }
        if (!ok)
            return;
    }
}

} // namespace dia::sim
