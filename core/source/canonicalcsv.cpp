#include "canonicalcsv.h"

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
