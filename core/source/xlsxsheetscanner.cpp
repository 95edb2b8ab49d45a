#include "xlsxsheetscanner.h"

#include <QCoreApplication>

#include <cstring>

namespace dia::source {

namespace {

inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

inline bool isNameEnd(char c)
{
    return isSpace(c) || c == '>' || c == '/' || c == '=';
}

/// Index of the ':' ending a namespace prefix, or -1.
qsizetype prefixEnd(QByteArrayView qname)
{
    for (qsizetype k = qname.size() - 1; k >= 0; --k) {
        if (qname.at(k) == ':')
            return k;
    }
    return -1;
}

void appendUtf8(QByteArray& out, uint cp)
{
    if (cp < 0x80) {
        out.append(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.append(static_cast<char>(0xC0 | (cp >> 6)));
        out.append(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(static_cast<char>(0xE0 | (cp >> 12)));
        out.append(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.append(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.append(static_cast<char>(0xF0 | (cp >> 18)));
        out.append(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.append(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.append(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

} // namespace

Status XlsxSheetScanner::open(const QString& zipPath, const QString& entry, qint64 maxBytes)
{
    m_entryName = entry;
    m_buffer.clear();
    m_pos = 0;
    m_inputDone = false;
    m_started = false;
    m_pendingEnd = false;
    m_rootClosed = false;
    m_depth = 0;
    return m_entry.open(zipPath, entry, maxBytes);
}

double XlsxSheetScanner::progress() const
{
    const qint64 total = m_entry.uncompressedSize();
    return total > 0 ? qBound(0.0, double(m_entry.bytesRead()) / double(total), 1.0) : 0.0;
}

Error XlsxSheetScanner::malformed(const QString& what) const
{
    return makeError(QStringLiteral("bad_workbook"),
        tr("The workbook part %1 is not valid XML: %2.").arg(m_entryName, what),
        tr("Save the workbook again from Excel, or export it as CSV."));
}

Result<bool> XlsxSheetScanner::more()
{
    if (m_inputDone)
        return false;
    if (m_buffer.size() - m_pos > kMaxTokenBytes)
        return malformed(tr("an element or text is larger than 64 MB"));
    auto block = m_entry.read();
    if (!block)
        return block.error();
    if (block->isEmpty()) {
        m_inputDone = true;
        return false;
    }
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    if (m_buffer.isEmpty())
        m_buffer = std::move(*block);
    else
        m_buffer.append(*block);
    if (!m_started && m_buffer.size() >= 2) {
        const auto b0 = static_cast<unsigned char>(m_buffer.at(0));
        const auto b1 = static_cast<unsigned char>(m_buffer.at(1));
        if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF) || b0 == 0 || b1 == 0)
            return malformed(tr("only UTF-8 worksheet parts are supported"));
        if (b0 == 0xEF && m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
        m_started = true;
    }
    return true;
}

bool XlsxSheetScanner::decode(QByteArrayView raw, QByteArray& out)
{
    out.clear();
    qsizetype i = 0;
    while (i < raw.size()) {
        const char* amp = static_cast<const char*>(std::memchr(raw.data() + i, '&', size_t(raw.size() - i)));
        if (!amp) {
            out.append(raw.data() + i, raw.size() - i);
            break;
        }
        const qsizetype a = amp - raw.data();
        out.append(raw.data() + i, a - i);
        const char* semi = static_cast<const char*>(std::memchr(amp, ';', size_t(raw.size() - a)));
        if (!semi || semi - amp > 12)
            return false;
        const QByteArrayView ref(amp + 1, semi - amp - 1);
        if (ref == "lt")
            out.append('<');
        else if (ref == "gt")
            out.append('>');
        else if (ref == "amp")
            out.append('&');
        else if (ref == "quot")
            out.append('"');
        else if (ref == "apos")
            out.append('\'');
        else if (ref.size() >= 2 && ref.at(0) == '#') {
            bool ok = false;
            const uint cp = ref.at(1) == 'x' ? ref.sliced(2).toUInt(&ok, 16) : ref.sliced(1).toUInt(&ok, 10);
            if (!ok || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
                return false;
            appendUtf8(out, cp);
        } else {
            return false;
        }
        i = semi - raw.data() + 1;
    }
    return true;
}

QByteArrayView XlsxSheetScanner::attribute(QByteArrayView name)
{
    for (const Attribute& a : std::as_const(m_attributes)) {
        if (equal(a.name, name)) {
            if (!a.rawValue.contains('&'))
                return a.rawValue;
            if (!decode(a.rawValue, m_attrStorage))
                return {};
            return m_attrStorage;
        }
    }
    return {};
}

Result<XlsxSheetScanner::Token> XlsxSheetScanner::next()
{
    if (m_pendingEnd) { // the end of a self-closing element
        m_pendingEnd = false;
        if (--m_depth == 0)
            m_rootClosed = true;
        return Token::EndElement;
    }
    for (;;) {
        const char* data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        if (m_pos < size && data[m_pos] != '<') {
            // character data up to the next tag
            const char* lt = static_cast<const char*>(std::memchr(data + m_pos, '<', size_t(size - m_pos)));
            if (!lt) {
                auto got = more();
                if (!got)
                    return got.error();
                if (*got)
                    continue;
                lt = data + size; // text at the very end: only whitespace is allowed there
            }
            const QByteArrayView raw(data + m_pos, lt - (data + m_pos));
            m_pos = lt - data;
            if (m_depth == 0) {
                for (char c : raw) {
                    if (!isSpace(c))
                        return malformed(tr("text outside the root element"));
                }
                continue;
            }
            if (!raw.contains('&')) {
                m_text = raw;
            } else {
                if (!decode(raw, m_textStorage))
                    return malformed(tr("an unknown or malformed entity reference"));
                m_text = m_textStorage;
            }
            return Token::Text;
        }
        if (m_pos >= size) {
            auto got = more();
            if (!got)
                return got.error();
            if (*got)
                continue;
            if (m_depth != 0 || !m_rootClosed) {
                return makeError(QStringLiteral("bad_workbook"),
                    tr("The workbook part %1 is truncated.").arg(m_entryName),
                    tr("Save the workbook again from Excel, or export it as CSV."));
            }
            return Token::EndDocument;
        }
        auto token = parseTag();
        if (!token)
            return token.error();
        if (*token == Token::EndDocument) { // incomplete tag (or a skipped comment/PI): more input, retry
            continue;
        }
        return *token;
    }
}

Result<XlsxSheetScanner::Token> XlsxSheetScanner::parseTag()
{
    // returns EndDocument to mean "nothing to report, call again" (more input read, or a comment skipped)
    const char* data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    const qsizetype start = m_pos; // at '<'
    auto needMore = [&]() -> Result<Token> {
        auto got = more();
        if (!got)
            return got.error();
        if (!*got)
            return malformed(tr("the part ends inside a tag"));
        return Token::EndDocument;
    };
    auto skipTo = [&](const char* terminator, qsizetype termLen) -> Result<Token> {
        const QByteArrayView rest(data + start, size - start);
        const qsizetype at = rest.indexOf(QByteArrayView(terminator, termLen));
        if (at < 0)
            return needMore();
        m_pos = start + at + termLen;
        return Token::EndDocument;
    };
    if (start + 1 >= size)
        return needMore();
    const char c1 = data[start + 1];
    if (c1 == '?')
        return skipTo("?>", 2);
    if (c1 == '!') {
        if (size - start < 9)
            return needMore();
        const QByteArrayView rest(data + start, size - start);
        if (rest.startsWith("<!--"))
            return skipTo("-->", 3);
        if (rest.startsWith("<![CDATA[")) {
            const qsizetype at = rest.indexOf("]]>");
            if (at < 0)
                return needMore();
            if (m_depth == 0)
                return malformed(tr("CDATA outside the root element"));
            m_text = QByteArrayView(data + start + 9, at - 9);
            m_pos = start + at + 3;
            return Token::Text;
        }
        return makeError(QStringLiteral("xml_dtd_refused"),
            tr("The workbook part %1 declares a DTD or entities; refusing it (possible entity-expansion attack).")
                .arg(m_entryName),
            tr("Workbooks saved by Excel or LibreOffice never contain one; save the file again."));
    }
    if (c1 == '/') {
        qsizetype i = start + 2;
        while (i < size && !isNameEnd(data[i]))
            ++i;
        const qsizetype nameEnd = i;
        while (i < size && isSpace(data[i]))
            ++i;
        if (i >= size)
            return needMore();
        if (data[i] != '>' || nameEnd == start + 2)
            return malformed(tr("a malformed end tag"));
        const QByteArrayView qname(data + start + 2, nameEnd - start - 2);
        if (m_depth == 0 || !equal(m_stack.at(m_depth - 1), qname))
            return malformed(tr("the end tag </%1> does not match").arg(QString::fromUtf8(qname)));
        if (--m_depth == 0)
            m_rootClosed = true;
        const qsizetype colon = prefixEnd(qname);
        m_name = colon >= 0 ? qname.sliced(colon + 1) : qname;
        m_pos = i + 1;
        return Token::EndElement;
    }
    // start tag
    qsizetype i = start + 1;
    while (i < size && !isNameEnd(data[i]))
        ++i;
    if (i >= size)
        return needMore();
    const QByteArrayView qname(data + start + 1, i - start - 1);
    if (qname.isEmpty())
        return malformed(tr("a tag without a name"));
    m_attributes.clear();
    bool selfClosing = false;
    for (;;) {
        while (i < size && isSpace(data[i]))
            ++i;
        if (i >= size)
            return needMore();
        if (data[i] == '>') {
            ++i;
            break;
        }
        if (data[i] == '/') {
            if (i + 1 >= size)
                return needMore();
            if (data[i + 1] != '>')
                return malformed(tr("a malformed tag <%1>").arg(QString::fromUtf8(qname)));
            selfClosing = true;
            i += 2;
            break;
        }
        const qsizetype nameStart = i;
        while (i < size && !isNameEnd(data[i]))
            ++i;
        const qsizetype nameEnd = i;
        while (i < size && isSpace(data[i]))
            ++i;
        if (i >= size)
            return needMore();
        if (data[i] != '=' || nameEnd == nameStart)
            return malformed(tr("a malformed attribute in <%1>").arg(QString::fromUtf8(qname)));
        ++i;
        while (i < size && isSpace(data[i]))
            ++i;
        if (i >= size)
            return needMore();
        const char q = data[i];
        if (q != '"' && q != '\'')
            return malformed(tr("an unquoted attribute value in <%1>").arg(QString::fromUtf8(qname)));
        const char* close = static_cast<const char*>(std::memchr(data + i + 1, q, size_t(size - i - 1)));
        if (!close)
            return needMore();
        const QByteArrayView value(data + i + 1, close - (data + i + 1));
        if (value.contains('<'))
            return malformed(tr("'<' in an attribute value"));
        m_attributes.append({ QByteArrayView(data + nameStart, nameEnd - nameStart), value });
        i = close - data + 1;
    }
    if (m_rootClosed)
        return malformed(tr("a second root element"));
    if (m_stack.size() <= m_depth)
        m_stack.append(QByteArray());
    QByteArray& slot = m_stack[m_depth++]; // reuses the slot's storage: no allocation per element
    slot.resize(qname.size());
    std::memcpy(slot.data(), qname.data(), size_t(qname.size()));
    const qsizetype colon = prefixEnd(qname);
    m_name = colon >= 0 ? qname.sliced(colon + 1) : qname;
    m_pendingEnd = selfClosing;
    m_pos = i;
    return Token::StartElement;
}

} // namespace dia::source
