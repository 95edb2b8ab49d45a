#include "csvrewriter.h"

#include <cstring>

namespace dia::source {

CsvRecordRewriter::CsvRecordRewriter(
    const CsvDialect& dialect, QByteArray separator, QByteArray lineDelimiter, FieldRules rules)
    : m_dialect(dialect)
    , m_separator(separator.isEmpty() ? QByteArray(",") : std::move(separator))
    , m_lineDelimiter(std::move(lineDelimiter))
    , m_rules(std::move(rules))
{
    if (m_dialect.separator.isEmpty())
        m_dialect.separator = ",";
    for (unsigned char c : { '\n', '\r' }) {
        m_fieldEnd[c] = true;
        m_needsEnclose[c] = true;
    }
    m_fieldEnd[static_cast<unsigned char>(m_dialect.separator.at(0))] = true;
    for (unsigned char c : { '"', '\\' })
        m_needsEnclose[c] = true;
    // any byte of a multi-byte separator could complete it across a field boundary
    for (char c : m_separator)
        m_needsEnclose[static_cast<unsigned char>(c)] = true;
}

void CsvRecordRewriter::appendCanonical(std::string_view value, std::string& out) const
{
    bool enclose = false;
    for (char c : value) {
        if (m_needsEnclose[static_cast<unsigned char>(c)]) {
            enclose = true;
            break;
        }
    }
    // exactly \N stays bare, so Doris reads NULL, as in a byte-range chunk of the same file
    if (!enclose || value == std::string_view("\\N", 2)) {
        out.append(value);
        return;
    }
    out.push_back('"');
    size_t start = 0;
    for (size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c == '"' || c == '\\') {
            out.append(value.substr(start, i - start));
            out.push_back('\\');
            start = i;
        }
    }
    out.append(value.substr(start));
    out.push_back('"');
}

void CsvRecordRewriter::appendValue(int column, std::string_view value, std::string& out, std::string& scratch) const
{
    const FieldRule* rule = m_rules.at(column);
    if (value.empty()) {
        if (rule && rule->emptyToNull)
            out.append("\\N", 2);
        return;
    }
    if (rule && rule->transform) {
        scratch.clear();
        switch (rule->transform->apply(value, scratch)) {
        case ValueTransform::Outcome::Keep:
            break;
        case ValueTransform::Outcome::Replace:
            appendCanonical(scratch, out);
            return;
        case ValueTransform::Outcome::Null:
            out.append("\\N", 2);
            return;
        }
    }
    appendCanonical(value, out);
}

qint64 CsvRecordRewriter::rewrite(const char* data, qint64 size, bool eof, std::string& out,
    const std::function<void(qint64, qint64, size_t)>& onRecord) const
{
    const char quote = m_dialect.quote;
    const bool backslashEscape = m_dialect.escape == EscapeStyle::Backslash;
    const char* sep = m_dialect.separator.constData();
    const qint64 sepLen = m_dialect.separator.size();
    // Unchanged fields are not copied one by one: the bytes of a record stay pending from `copyFrom` and go out
    // in one piece up to the next field that changes (only when the body keeps the file's separator).
    const bool spans = m_separator == m_dialect.separator;
    const bool countBreaks = bool(onRecord);
    auto lineBreaks = [&](qint64 from, qint64 to) {
        qint64 n = 0;
        for (qint64 k = from; k < to; ++k)
            n += data[k] == '\n' || (data[k] == '\r' && (k + 1 >= size || data[k + 1] != '\n'));
        return n;
    };
    std::string value; // a field's value when it has to be assembled (escapes)
    std::string scratch;
    out.reserve(out.size() + size_t(size) + size_t(size) / 8 + 64);
    qint64 consumed = 0;
    qint64 pendingBreaks = 0; // blank lines before the next record
    qint64 lastRecordEnd = 0; // blank lines are only consumed together with the record after them

    while (consumed < size) {
        const size_t outStart = out.size();
        qint64 i = consumed;
        qint64 copyFrom = consumed;
        qint64 breaks = 0;
        int column = 0;
        qint64 contentEnd = 0; // where the record's terminator starts
        bool recordDone = false;
        bool blank = false;
        while (!recordDone) {
            // one field starting at i
            const qint64 fieldBegin = i;
            std::string_view view;
            bool assembled = false;
            bool plain = true; // its bytes are already what the body needs (before field rules)
            qint64 j = i;
            if (quote != '\0' && j < size && data[j] == quote) {
                ++j;
                const qint64 valueBegin = j;
                for (;;) {
                    qint64 k = j;
                    if (backslashEscape) {
                        while (k < size && data[k] != quote && data[k] != '\\')
                            ++k;
                    } else {
                        const void* hit = std::memchr(data + k, quote, size_t(size - k));
                        k = hit ? static_cast<const char*>(hit) - data : size;
                    }
                    if (countBreaks)
                        breaks += lineBreaks(j, k);
                    if (assembled)
                        value.append(data + j, static_cast<size_t>(k - j));
                    if (k >= size) {
                        if (!eof)
                            goto incomplete;
                        if (!assembled) {
                            value.assign(data + valueBegin, size_t(k - valueBegin));
                            assembled = true;
                        }
                        plain = false;
                        j = k; // unterminated: the rest is the value
                        break;
                    }
                    const bool closing
                        = data[k] == quote && !(!backslashEscape && k + 1 < size && data[k + 1] == quote);
                    if (closing && (k + 1 < size || eof)) {
                        if (!assembled) {
                            view = std::string_view(data + valueBegin, size_t(k - valueBegin));
                            // a backslash is data here but an escape for Doris
                            plain = std::memchr(view.data(), '\\', view.size()) == nullptr;
                        }
                        j = k + 1;
                        break;
                    }
                    if (k + 1 >= size && !eof)
                        goto incomplete;
                    // an escape (backslash, or the first quote of a doubled one): the value is assembled
                    if (!assembled) {
                        value.assign(data + valueBegin, size_t(k - valueBegin));
                        assembled = true;
                    }
                    plain = false;
                    if (k + 1 >= size) { // a backslash ending the data
                        value.push_back(data[k]);
                        j = k + 1;
                        continue;
                    }
                    const char e = data[k + 1];
                    if (countBreaks && (e == '\n' || (e == '\r' && (k + 2 >= size || data[k + 2] != '\n'))))
                        ++breaks;
                    value.push_back(e);
                    j = k + 2;
                }
            }
            // unquoted bytes (or the text after a closing quote) up to the separator or the line end
            {
                const qint64 from = j;
                qint64 k = j;
                for (;;) {
                    while (k < size && !m_fieldEnd[static_cast<unsigned char>(data[k])])
                        ++k;
                    if (k < size && sepLen > 1 && data[k] == sep[0]) {
                        if (k + sepLen > size && !eof)
                            goto incomplete;
                        if (k + sepLen > size || std::memcmp(data + k, sep, static_cast<size_t>(sepLen)) != 0) {
                            ++k; // only the first byte of the separator
                            continue;
                        }
                    }
                    break;
                }
                if (j > i && k > from) { // text after a closing quote
                    if (!assembled) {
                        value.assign(view.data(), view.size());
                        assembled = true;
                    }
                    value.append(data + from, static_cast<size_t>(k - from));
                    plain = false;
                } else if (j == i) {
                    view = std::string_view(data + i, static_cast<size_t>(k - i));
                    for (char c : view) {
                        if (m_needsEnclose[static_cast<unsigned char>(c)]) {
                            plain = false;
                            break;
                        }
                    }
                }
                j = k;
            }
            if (j >= size) {
                if (!eof)
                    goto incomplete;
                if (j == consumed) { // nothing left
                    blank = true;
                    consumed = j;
                    break;
                }
                recordDone = true;
                contentEnd = j;
            } else if (data[j] == '\n' || data[j] == '\r') {
                qint64 end = j + 1;
                if (data[j] == '\r') {
                    if (j + 1 >= size && !eof)
                        goto incomplete;
                    if (j + 1 < size && data[j + 1] == '\n')
                        end = j + 2;
                }
                ++breaks;
                if (j == consumed) { // a blank line: Doris skips it
                    blank = true;
                    pendingBreaks += breaks;
                    consumed = end;
                    break;
                }
                recordDone = true;
                contentEnd = j;
                i = end;
            }
            const std::string_view fieldValue = assembled ? std::string_view(value) : view;
            const FieldRule* rule = m_rules.at(column);
            const bool ruleApplies = rule && (rule->transform || (rule->emptyToNull && fieldValue.empty()));
            if (spans && plain && !ruleApplies) {
                // unchanged: stays in the pending bytes
            } else {
                if (spans) {
                    out.append(data + copyFrom, size_t(fieldBegin - copyFrom));
                    copyFrom = j;
                } else if (column > 0) {
                    out.append(m_separator.constData(), static_cast<size_t>(m_separator.size()));
                }
                appendValue(column, fieldValue, out, scratch);
            }
            ++column;
            if (recordDone) {
                if (j >= size)
                    i = size;
                break;
            }
            i = j + sepLen; // after the separator
        }
        if (blank)
            continue;
        {
            // the record's end: its pending bytes, then the body's line delimiter
            if (spans)
                out.append(data + copyFrom, size_t(contentEnd - copyFrom));
            if (column == 1 && out.size() == outStart)
                out.append("\"\"", 2); // one empty field, not a blank line (Doris would skip that)
            out.append(m_lineDelimiter.constData(), static_cast<size_t>(m_lineDelimiter.size()));
        }
        consumed = i;
        if (onRecord)
            onRecord(pendingBreaks, breaks, outStart);
        pendingBreaks = 0;
        lastRecordEnd = consumed;
        continue;
    incomplete:
        out.resize(outStart);
        return lastRecordEnd;
    }
    return pendingBreaks > 0 && !eof ? lastRecordEnd : consumed;
}

} // namespace dia::source
