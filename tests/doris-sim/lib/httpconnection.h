#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <sys/types.h>

namespace dia::sim {

struct HttpRequest
{
    std::string method;
    std::string target; ///< as sent: path[?query]
    std::string path; ///< raw (still percent-encoded)
    std::string query;
    std::map<std::string, std::string> headers; ///< lower-case names
    std::string header(const std::string& lowerName) const;
    bool hasHeader(const std::string& lowerName) const { return headers.count(lowerName) != 0U; }
    std::string queryParam(const std::string& name) const; ///< percent-decoded
    /// The client sent `Connection: close`: the server closes after its response (RFC 9112 section 9.6).
    bool wantsClose() const;
};

std::string percentDecode(const std::string& s);

/// One accepted HTTP/1.1 socket, used by one thread with blocking reads: request head parsing, streaming
/// body reads (Content-Length or chunked) into caller buffers, and response writing.
class HttpConnection
{
public:
    explicit HttpConnection(int fd);
    ~HttpConnection();
    HttpConnection(const HttpConnection&) = delete;
    HttpConnection& operator=(const HttpConnection&) = delete;

    /// Reads the next request head; false on EOF/garbage.
    bool readRequest(HttpRequest& request);
    /// Prepares body reading for `request`. False if the framing headers are unusable.
    void beginBody(const HttpRequest& request);
    /// Reads up to `max` body bytes; 0 at body end, -1 on a broken connection or bad chunking.
    ssize_t readBody(char* dst, size_t max);
    /// Reads and drops the rest of the body (bounded by `limit` bytes); false if the limit was hit.
    bool drainBody(int64_t limit);
    bool bodyComplete() const { return m_bodyDone; }
    int64_t bodyBytesRead() const { return m_bodyRead; }
    bool chunked() const { return m_chunked; }
    int64_t contentLength() const { return m_contentLength; }

    bool writeAll(const char* data, size_t size);
    bool writeAll(const std::string& s) { return writeAll(s.data(), s.size()); }
    /// Writes a complete response with Content-Length; `extraHeaders` lines end with "\r\n".
    bool respond(int status, const std::string& reason, const std::string& contentType, const std::string& body,
        const std::string& extraHeaders = {}, bool close = false);
    /// Arms a TCP reset (SO_LINGER 0) sent when the connection is destroyed; used by the reset fault and a
    /// stopped BE. The caller must stop using the connection.
    void resetConnection();
    void shutdownWrite();
    int fd() const { return m_fd; }
    std::string peerAddress() const;

private:
    ssize_t fill(); ///< reads more bytes into the internal buffer
    bool readLine(std::string& line);

    int m_fd;
    std::string m_buf; // bytes read but not consumed
    size_t m_pos = 0;
    bool m_chunked = false;
    int64_t m_contentLength = -1;
    int64_t m_remaining = 0; // in current chunk / content
    int64_t m_bodyRead = 0;
    bool m_bodyDone = true;
    bool m_broken = false;
};

} // namespace dia::sim
