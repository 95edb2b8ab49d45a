#include "csvparser.h"

#include <cstring>

namespace dia::source {

CsvParser::CsvParser(const CsvDialect& dialect)
    : m_dialect(dialect)
{
    if (m_dialect.separator.isEmpty())
        m_dialect.separator = ",";
    m_special[static_cast<unsigned char>('\n')] = true;
    m_special[static_cast<unsigned char>('\r')] = true;
    m_special[static_cast<unsigned char>(m_dialect.separator.at(0))] = true;
    m_special[static_cast<unsigned char>('\\')] = true;
}

qint64 CsvParser::parse(const char* data, qint64 size, bool eof, QList<QByteArray>* fields, RecordMeta& meta) const
{
    meta = RecordMeta {};
    if (fields)
        fields->clear();
    const char* sep = m_dialect.separator.constData();
    const qint64 sepLen = m_dialect.separator.size();
    const char quote = m_dialect.quote;
    const bool backslash = m_dialect.escape == EscapeStyle::Backslash;

    qint64 i = 0;
    QByteArray current;
    for (;;) {
        // start of a field
        if (quote != '\0' && i < size && data[i] == quote) {
            meta.hasQuotes = true;
            ++i;
            for (;;) {
                if (i >= size) {
                    if (!eof)
                        return 0;
                    meta.unterminatedQuote = true;
                    meta.contentLength = i;
                    ++meta.fieldCount;
                    if (fields)
                        fields->append(current);
                    return i;
                }
                const char* q = static_cast<const char*>(std::memchr(data + i, quote, static_cast<size_t>(size - i)));
                const char* stop = q ? q : data + size;
                if (backslash) {
                    const char* b
                        = static_cast<const char*>(std::memchr(data + i, '\\', static_cast<size_t>(stop - (data + i))));
                    if (b)
                        stop = b;
                }
                // count line breaks in the literal run
                for (const char* p = data + i; p < stop; ++p) {
                    if (*p == '\r')
                        meta.hasCarriageReturn = true;
                    if (*p == '\n')
                        ++meta.lineBreaks;
                    else if (*p == '\r' && (p + 1 >= data + size || p[1] != '\n'))
                        ++meta.lineBreaks;
                }
                if (fields)
                    current.append(data + i, stop - (data + i));
                i = stop - data;
                if (i >= size)
                    continue;
                if (backslash && data[i] == '\\') {
                    if (i + 1 >= size) {
                        if (!eof)
                            return 0;
                        if (fields)
                            current.append('\\');
                        ++i;
                        continue;
                    }
                    if (fields)
                        current.append(data[i + 1]);
                    if (data[i + 1] == '\n' || (data[i + 1] == '\r' && (i + 2 >= size || data[i + 2] != '\n')))
                        ++meta.lineBreaks;
                    i += 2;
                    continue;
                }
                // a quote
                if (i + 1 >= size && !eof)
                    return 0;
                if (!backslash && i + 1 < size && data[i + 1] == quote) {
                    if (fields)
                        current.append(quote);
                    i += 2;
                    continue;
                }
                ++i; // closing quote; anything up to the separator is kept literally below
                break;
            }
        }
        // unquoted part (or the rest after a closing quote)
        for (;;) {
            qint64 j = i;
            while (j < size && !m_special[static_cast<unsigned char>(data[j])])
                ++j;
            if (fields && j > i)
                current.append(data + i, j - i);
            i = j;
            if (i >= size) {
                if (!eof)
                    return 0;
                // end of input ends the record
                meta.contentLength = i;
                if (i == 0) {
                    meta.empty = true;
                    return 0;
                }
                ++meta.fieldCount;
                if (fields)
                    fields->append(current);
                return i;
            }
            const char c = data[i];
            if (c == '\\' && m_dialect.separator.at(0) != '\\') {
                meta.hasBackslash = true;
                if (fields)
                    current.append(c);
                ++i;
                continue;
            }
            if (c == '\n' || c == '\r') {
                qint64 end = i + 1;
                if (c == '\r') {
                    meta.hasCarriageReturn = true;
                    if (i + 1 >= size && !eof)
                        return 0;
                    if (i + 1 < size && data[i + 1] == '\n')
                        end = i + 2;
                }
                meta.contentLength = i;
                ++meta.lineBreaks;
                if (i == 0) {
                    meta.empty = true;
                    return end;
                }
                ++meta.fieldCount;
                if (fields)
                    fields->append(current);
                return end;
            }
            // first byte of the separator
            if (sepLen == 1) {
                ++meta.fieldCount;
                if (fields) {
                    fields->append(current);
                    current.clear();
                }
                ++i;
                break;
            }
            if (i + sepLen > size && !eof)
                return 0;
            if (i + sepLen <= size && std::memcmp(data + i, sep, static_cast<size_t>(sepLen)) == 0) {
                ++meta.fieldCount;
                if (fields) {
                    fields->append(current);
                    current.clear();
                }
                i += sepLen;
                break;
            }
            if (fields)
                current.append(c);
            ++i;
        }
    }
}

} // namespace dia::source
