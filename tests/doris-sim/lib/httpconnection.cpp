#include "httpconnection.h"

#include "csvsplitter.h"

#include <arpa/inet.h>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace dia::sim {

namespace {

std::string lower(std::string s)
{
    for (char& c : s)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string trim(const std::string& s)
{
    size_t b = 0;
    size_t e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t'))
        ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
        --e;
    return s.substr(b, e - b);
}

} // namespace

std::string percentDecode(const std::string& s)
{
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && hexDigitValue(s[i + 1]) >= 0 && hexDigitValue(s[i + 2]) >= 0) {
            out += char(hexDigitValue(s[i + 1]) * 16 + hexDigitValue(s[i + 2]));
            i += 2;
        } else if (s[i] == '+') {
            out += ' ';
        } else {
            out += s[i];
        }
    }
    return out;
}

std::string HttpRequest::header(const std::string& lowerName) const
{
    auto it = headers.find(lowerName);
    return it == headers.end() ? std::string() : it->second;
}

std::string HttpRequest::queryParam(const std::string& name) const
{
    size_t pos = 0;
    while (pos <= query.size()) {
        size_t amp = query.find('&', pos);
        if (amp == std::string::npos)
            amp = query.size();
        const std::string part = query.substr(pos, amp - pos);
        const size_t eq = part.find('=');
        if (percentDecode(part.substr(0, eq)) == name)
            return eq == std::string::npos ? std::string() : percentDecode(part.substr(eq + 1));
        pos = amp + 1;
    }
    return {};
}

bool HttpRequest::wantsClose() const
{
    std::string value = header("connection");
    for (char& c : value)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return value.find("close") != std::string::npos;
}

HttpConnection::HttpConnection(int fd)
    : m_fd(fd)
{
    int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    int size = 4 << 20;
    ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
}

HttpConnection::~HttpConnection()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

std::string HttpConnection::peerAddress() const
{
    sockaddr_in addr {};
    socklen_t len = sizeof addr;
    if (::getpeername(m_fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0)
        return "127.0.0.1";
    char buf[INET_ADDRSTRLEN] = {};
    ::inet_ntop(AF_INET, &addr.sin_addr, buf, sizeof buf);
    return buf;
}

ssize_t HttpConnection::fill()
{
    if (m_pos > 0 && m_pos == m_buf.size()) {
        m_buf.clear();
        m_pos = 0;
    }
    char tmp[65536];
    while (true) {
        const ssize_t n = ::recv(m_fd, tmp, sizeof tmp, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n > 0)
            m_buf.append(tmp, size_t(n));
        return n;
    }
}

bool HttpConnection::readLine(std::string& line)
{
    while (true) {
        const size_t nl = m_buf.find('\n', m_pos);
        if (nl != std::string::npos) {
            line = m_buf.substr(m_pos, nl - m_pos);
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            m_pos = nl + 1;
            return true;
        }
        if (m_buf.size() - m_pos > 1 << 20)
            return false;
        if (fill() <= 0)
            return false;
    }
}

bool HttpConnection::readRequest(HttpRequest& request)
{
    request = HttpRequest();
    std::string line;
    do {
        if (!readLine(line))
            return false;
    } while (line.empty());
    const size_t sp1 = line.find(' ');
    const size_t sp2 = line.find(' ', sp1 + 1);
    if (sp1 == std::string::npos || sp2 == std::string::npos)
        return false;
    request.method = line.substr(0, sp1);
    request.target = line.substr(sp1 + 1, sp2 - sp1 - 1);
    const size_t q = request.target.find('?');
    request.path = request.target.substr(0, q);
    request.query = q == std::string::npos ? std::string() : request.target.substr(q + 1);
    size_t headerCount = 0;
    while (true) {
        if (!readLine(line))
            return false;
        if (line.empty())
            break;
        if (++headerCount > 200)
            return false;
        const size_t colon = line.find(':');
        if (colon == std::string::npos)
            continue;
        request.headers[lower(trim(line.substr(0, colon)))] = trim(line.substr(colon + 1));
    }
    return true;
}

void HttpConnection::beginBody(const HttpRequest& request)
{
    m_bodyRead = 0;
    m_chunked = lower(request.header("transfer-encoding")).find("chunked") != std::string::npos;
    m_contentLength = -1;
    if (request.hasHeader("content-length")) {
        try {
            m_contentLength = std::stoll(request.header("content-length"));
        } catch (...) {
            m_contentLength = -1;
        }
    }
    if (m_chunked) {
        m_remaining = 0;
        m_bodyDone = false;
    } else {
        m_remaining = m_contentLength > 0 ? m_contentLength : 0;
        m_bodyDone = m_remaining == 0;
    }
}

ssize_t HttpConnection::readBody(char* dst, size_t max)
{
    if (m_broken)
        return -1;
    if (m_bodyDone)
        return 0;
    if (m_chunked && m_remaining == 0) {
        std::string line;
        if (!readLine(line)) {
            m_broken = true;
            return -1;
        }
        if (line.empty() && !readLine(line)) { // CRLF after the previous chunk
            m_broken = true;
            return -1;
        }
        char* end = nullptr;
        const long long size = std::strtoll(line.c_str(), &end, 16);
        if (end == line.c_str() || size < 0) {
            m_broken = true;
            return -1;
        }
        if (size == 0) {
            // trailers until empty line
            while (readLine(line) && !line.empty()) { }
            m_bodyDone = true;
            return 0;
        }
        m_remaining = size;
    }
    const size_t want = size_t(std::min<int64_t>(int64_t(max), m_remaining));
    size_t got = 0;
    if (m_pos < m_buf.size()) {
        got = std::min(want, m_buf.size() - m_pos);
        std::memcpy(dst, m_buf.data() + m_pos, got);
        m_pos += got;
    } else {
        while (true) {
            const ssize_t n = ::recv(m_fd, dst, want, 0);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                m_broken = true;
                return -1;
            }
            got = size_t(n);
            break;
        }
    }
    m_remaining -= int64_t(got);
    m_bodyRead += int64_t(got);
    if (!m_chunked && m_remaining == 0)
        m_bodyDone = true;
    if (m_chunked && m_remaining == 0) {
        // consume the CRLF that ends the chunk lazily on the next call (readLine handles empty line)
    }
    return ssize_t(got);
}

bool HttpConnection::drainBody(int64_t limit)
{
    char buf[65536];
    int64_t total = 0;
    while (total < limit) {
        const ssize_t n = readBody(buf, sizeof buf);
        if (n <= 0)
            return n == 0;
        total += n;
    }
    return false;
}

bool HttpConnection::writeAll(const char* data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::send(m_fd, data, size, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= size_t(n);
    }
    return true;
}

bool HttpConnection::respond(int status, const std::string& reason, const std::string& contentType,
    const std::string& body, const std::string& extraHeaders, bool close)
{
    std::string head = "HTTP/1.1 " + std::to_string(status) + " " + reason + "\r\n";
    if (!contentType.empty())
        head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + std::to_string(body.size()) + "\r\n";
    head += extraHeaders;
    if (close)
        head += "Connection: close\r\n";
    head += "\r\n";
    return writeAll(head + body);
}

void HttpConnection::resetConnection()
{
    linger l {};
    l.l_onoff = 1;
    l.l_linger = 0;
    ::setsockopt(m_fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
    // The close (and so the RST) happens in the destructor, right after the caller returns: the fd number must
    // stay ours until the BE has forgotten the connection (BackendSet::detach), or a reused number could be cut.
    ::shutdown(m_fd, SHUT_RD);
}

void HttpConnection::shutdownWrite()
{
    ::shutdown(m_fd, SHUT_WR);
}

} // namespace dia::sim
