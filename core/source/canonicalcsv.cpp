#include "canonicalcsv.h"

#include <cstring>

namespace dia::source {

BodyFormat CanonicalCsv::bodyFormat(const QByteArray& separator)
{
    BodyFormat format;
    format.columnSeparator = separator;
    format.lineDelimiter = "\n";
    format.enclose = '"';
    format.escape = '\\';
    format.trimDoubleQuotes = true;
    return format;
}

void CanonicalCsv::appendField(QByteArray& out, const char* data, qint64 size, const QByteArray& separator)
{
    if (size <= 0)
        return;
    // A field that is exactly \N stays bare, so Doris reads NULL, as it does in a passthrough chunk: the same
    // file gives the same rows whichever way a chunk is sent.
    if (size == 2 && data[0] == '\\' && data[1] == 'N') {
        out.append("\\N", 2);
        return;
    }
    bool needsEnclose = false;
    const char sep0 = separator.at(0);
    for (qint64 i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '"' || c == '\\' || c == '\n' || c == '\r') {
            needsEnclose = true;
            break;
        }
        if (c == sep0
            && (separator.size() == 1
                || (i + separator.size() <= size
                    && std::memcmp(data + i, separator.constData(), static_cast<size_t>(separator.size())) == 0))) {
            needsEnclose = true;
            break;
        }
    }
    if (!needsEnclose && separator.size() > 1) {
        // a multi-byte separator could also be completed across the field boundary ("a|" + "|" + ...)
        const char last = data[size - 1];
        if (separator.contains(last))
            needsEnclose = true;
    }
    if (!needsEnclose) {
        out.append(data, size);
        return;
    }
    out.append('"');
    for (qint64 i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '"' || c == '\\')
            out.append('\\');
        out.append(c);
    }
    out.append('"');
}

void CanonicalCsv::appendRecord(QByteArray& out, const QList<QByteArray>& fields, const QByteArray& separator)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(separator);
        appendField(out, fields.at(i).constData(), fields.at(i).size(), separator);
    }
    out.append('\n');
}

void CanonicalCsv::appendRecord(QByteArray& out, const QStringList& fields, const QByteArray& separator)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(separator);
        const QByteArray utf8 = fields.at(i).toUtf8();
        appendField(out, utf8.constData(), utf8.size(), separator);
    }
    out.append('\n');
}

QList<QList<QByteArray>> CanonicalCsv::parse(
    const QByteArray& body, const QByteArray& separator, const QByteArray& lineDelimiter)
{
    // Doris's reading: a field is enclosed only when it starts with "; inside it \x is x; it ends at the
    // " followed by the separator or the line end.
    QList<QList<QByteArray>> records;
    QList<QByteArray> fields;
    QByteArray current;
    qsizetype i = 0;
    const qsizetype n = body.size();
    bool fieldStart = true;
    qsizetype lineStart = 0;
    while (i < n) {
        if (fieldStart && body.at(i) == '"') {
            ++i;
            while (i < n && body.at(i) != '"') {
                if (body.at(i) == '\\' && i + 1 < n)
                    ++i;
                current.append(body.at(i));
                ++i;
            }
            ++i; // closing quote
            fieldStart = false;
            continue;
        }
        fieldStart = false;
        if (body.mid(i, lineDelimiter.size()) == lineDelimiter) {
            fields.append(current);
            current.clear();
            if (i > lineStart)
                records.append(fields); // Doris skips empty lines
            fields.clear();
            fieldStart = true;
            i += lineDelimiter.size();
            lineStart = i;
            continue;
        }
        if (body.mid(i, separator.size()) == separator) {
            fields.append(current);
            current.clear();
            i += separator.size();
            fieldStart = true;
            continue;
        }
        current.append(body.at(i));
        ++i;
    }
    if (!fields.isEmpty() || !current.isEmpty()) {
        fields.append(current);
        records.append(fields);
    }
    return records;
}

} // namespace dia::source
