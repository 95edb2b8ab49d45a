#include "csvsplitter.h"

#include <cstring>

namespace dia::sim {

namespace {

const char* memmemFast(const char* from, const char* to, const std::string& needle)
{
    const size_t n = size_t(to - from);
    if (needle.size() == 1)
        return static_cast<const char*>(std::memchr(from, needle[0], n));
    return static_cast<const char*>(::memmem(from, n, needle.data(), needle.size()));
}

} // namespace

int hexDigitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool decodeSeparator(const std::string& value, std::string& out, std::string& error)
{
    out.clear();
    if (value.size() >= 2 && value[0] == '\\' && (value[1] == 'x' || value[1] == 'X')) {
        // one or more \xHH groups
        size_t i = 0;
        while (i < value.size()) {
            if (value.compare(i, 2, "\\x") != 0 && value.compare(i, 2, "\\X") != 0) {
                error = "Hex str format error";
                return false;
            }
            i += 2;
            std::string hex;
            while (i < value.size() && value[i] != '\\')
                hex += value[i++];
            if (hex.empty() || hex.size() % 2 != 0) {
                error = "Hex str length error";
                return false;
            }
            for (size_t k = 0; k < hex.size(); k += 2) {
                const int hi = hexDigitValue(hex[k]);
                const int lo = hexDigitValue(hex[k + 1]);
                if (hi < 0 || lo < 0) {
                    error = "Hex str format error";
                    return false;
                }
                out += char(hi * 16 + lo);
            }
        }
        return true;
    }
    for (size_t i = 0; i < value.size(); ++i) {
        if (value[i] == '\\' && i + 1 < value.size()) {
            const char e = value[i + 1];
            switch (e) {
            case 't':
                out += '\t';
                ++i;
                continue;
            case 'n':
                out += '\n';
                ++i;
                continue;
            case 'r':
                out += '\r';
                ++i;
                continue;
            case '\\':
            case '\'':
            case '"':
                out += e;
                ++i;
                continue;
            default:
                break;
            }
        }
        out += value[i];
    }
    return true;
}

bool isValidUtf8(const char* s, size_t n)
{
    const auto* p = reinterpret_cast<const unsigned char*>(s);
    size_t i = 0;
    while (i < n) {
        // ASCII fast path, 8 bytes at a time
        while (i + 8 <= n) {
            uint64_t w;
            std::memcpy(&w, p + i, 8);
            if ((w & 0x8080808080808080ULL) != 0)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t len = 0;
        unsigned int cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + len > n)
            return false;
        for (size_t k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))
            || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += len;
    }
    return true;
}

CsvSplitter::CsvSplitter(CsvOptions options)
    : m_options(std::move(options))
{
    if (m_options.columnSeparator.empty())
        m_options.columnSeparator = "\t";
    if (m_options.lineDelimiter.empty())
        m_options.lineDelimiter = "\n";
    m_defaultDelimiter = m_options.lineDelimiter == "\n";
    m_buffer.resize(size_t(4) << 20);
}

char* CsvSplitter::writePointer(size_t minSpace)
{
    if (m_buffer.size() - m_end < minSpace) {
        if (m_begin > 0) {
            std::memmove(m_buffer.data(), m_buffer.data() + m_begin, m_end - m_begin);
            m_end -= m_begin;
            m_begin = 0;
        }
        if (m_buffer.size() - m_end < minSpace)
            m_buffer.resize(std::max(m_buffer.size() * 2, m_end + minSpace));
    }
    return m_buffer.data() + m_end;
}

void CsvSplitter::produced(size_t n)
{
    m_end += n;
}

bool CsvSplitter::feed(const char* data, size_t size, const LineHandler& onLine)
{
    std::memcpy(writePointer(size), data, size);
    produced(size);
    return drain(onLine);
}

const char* CsvSplitter::findLineDelimiter(const char* from, const char* to) const
{
    return memmemFast(from, to, m_options.lineDelimiter);
}

const char* CsvSplitter::findColumnSeparator(const char* from, const char* to) const
{
    return memmemFast(from, to, m_options.columnSeparator);
}

void CsvSplitter::resetLineState()
{
    m_state = State::Start;
    m_scan = 0;
    m_escaped = false;
    m_separators.clear();
}

bool CsvSplitter::findLineEnd(bool atEof, size_t& lineLen, size_t& consumed)
{
    const char* base = m_buffer.data() + m_begin;
    const char* end = m_buffer.data() + m_end;
    const size_t delimLen = m_options.lineDelimiter.size();
    if (m_options.enclose == 0) {
        const char* pos = findLineDelimiter(base, end);
        if (pos == nullptr) {
            if (!atEof)
                return false;
            lineLen = size_t(end - base);
            consumed = lineLen;
        } else {
            lineLen = size_t(pos - base);
            consumed = lineLen + delimLen;
        }
    } else {
        const size_t sepLen = m_options.columnSeparator.size();
        const char enclose = m_options.enclose;
        const char escape = m_options.escape;
        bool found = false;
        while (!found) {
            const char* cur = base + m_scan;
            if (cur >= end) {
                if (!atEof)
                    return false;
                if (m_state == State::InEnclose)
                    m_unterminated = true;
                lineLen = size_t(end - base);
                consumed = lineLen;
                found = true;
                break;
            }
            switch (m_state) {
            case State::Start:
                if (*cur == enclose) {
                    m_state = State::InEnclose;
                    ++m_scan;
                } else {
                    m_state = State::Normal;
                }
                break;
            case State::Normal:
            case State::AfterEnclose: {
                const char* line = findLineDelimiter(cur, end);
                const char* sep = findColumnSeparator(cur, line != nullptr ? line : end);
                if (sep != nullptr && (line == nullptr || sep < line)) {
                    m_separators.push_back(size_t(sep - base));
                    m_scan = size_t(sep - base) + sepLen;
                    m_state = State::Start;
                } else if (line != nullptr) {
                    lineLen = size_t(line - base);
                    consumed = lineLen + delimLen;
                    found = true;
                } else {
                    if (!atEof)
                        return false;
                    lineLen = size_t(end - base);
                    consumed = lineLen;
                    found = true;
                }
                break;
            }
            case State::InEnclose: {
                const char* p = cur;
                for (; p < end; ++p) {
                    const char b = *p;
                    if (escape != 0 && b == escape) {
                        m_escaped = !m_escaped;
                    } else if (m_escaped) {
                        m_escaped = false;
                    } else if (b == enclose) {
                        m_state = State::AfterEnclose;
                        ++p;
                        break;
                    }
                }
                m_scan = size_t(p - base);
                break;
            }
            }
        }
    }
    // a '\r' right before the default '\n' is dropped (Doris >= 2.1.5)
    if (m_defaultDelimiter && consumed > lineLen && lineLen > 0 && base[lineLen - 1] == '\r')
        --lineLen;
    return true;
}

bool CsvSplitter::drain(const LineHandler& onLine)
{
    while (m_begin < m_end) {
        size_t lineLen = 0;
        size_t consumed = 0;
        if (!findLineEnd(false, lineLen, consumed))
            return true;
        const char* line = m_buffer.data() + m_begin;
        m_begin += consumed;
        const bool go = onLine(line, lineLen);
        resetLineState();
        if (!go)
            return false;
    }
    m_begin = m_end = 0;
    return true;
}

bool CsvSplitter::finish(const LineHandler& onLine)
{
    if (!drain(onLine))
        return false;
    while (m_begin < m_end) {
        size_t lineLen = 0;
        size_t consumed = 0;
        findLineEnd(true, lineLen, consumed);
        const char* line = m_buffer.data() + m_begin;
        m_begin += consumed;
        const bool go = onLine(line, lineLen);
        resetLineState();
        if (!go)
            return false;
    }
    m_begin = m_end = 0;
    return true;
}

void CsvSplitter::processField(const char* p, size_t n, std::vector<CsvField>& out) const
{
    if (!m_options.trimDoubleQuotes) {
        out.push_back(CsvField { p, n, false });
        return;
    }
    CsvField f;
    f.data = p;
    f.size = n;
    if (m_options.trimDoubleQuotes) {
        if (n >= 2 && p[0] == '"' && p[n - 1] == '"') {
            f.data = p + 1;
            f.size = n - 2;
            f.quoted = true;
        } else if (m_options.enclose == '"' && n >= 2 && p[0] == '"' && p[1] == '"') {
            // an empty enclosed value followed by text (`""aaa`) loads as the text (Doris regression suite)
            f.data = p + 2;
            f.size = n - 2;
            f.quoted = true;
        }
    }
    out.push_back(f);
}

void CsvSplitter::split(const char* line, size_t size, std::vector<CsvField>& out) const
{
    out.clear();
    const size_t sepLen = m_options.columnSeparator.size();
    if (m_options.enclose != 0) {
        size_t start = 0;
        for (size_t pos : m_separators) {
            if (pos > size)
                break;
            processField(line + start, pos - start, out);
            start = pos + sepLen;
        }
        processField(line + start, start <= size ? size - start : 0, out);
        return;
    }
    const char* p = line;
    const char* end = line + size;
    if (sepLen == 1) {
        const char sep = m_options.columnSeparator[0];
        const bool plain = !m_options.trimDoubleQuotes;
        while (true) {
            const char* s = static_cast<const char*>(std::memchr(p, sep, size_t(end - p)));
            if (s == nullptr)
                break;
            if (plain)
                out.push_back(CsvField { p, size_t(s - p), false });
            else
                processField(p, size_t(s - p), out);
            p = s + 1;
        }
    } else {
        while (true) {
            const char* s = memmemFast(p, end, m_options.columnSeparator);
            if (s == nullptr)
                break;
            processField(p, size_t(s - p), out);
            p = s + sepLen;
        }
    }
    processField(p, size_t(end - p), out);
}

} // namespace dia::sim
