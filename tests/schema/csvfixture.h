#pragma once

// A minimal RFC 4180 splitter for the small test inputs of the schema tests (the real readers live in
// core/source; these tests must not depend on them).

#include "schema/schemainferrer.h"

#include <QFile>
#include <QList>
#include <QStringList>

#include <ostream>

/// Readable QString values in GoogleTest failure messages.
inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace dia::test {

struct CsvFixture
{
    QStringList header;
    QList<schema::SchemaInferrer::LineRow> rows; ///< line numbers are physical, header = line 1
};

inline CsvFixture parseCsv(const QString& text, QChar delimiter = QLatin1Char(','))
{
    CsvFixture out;
    QList<QStringList> records;
    QList<qint64> lines;
    QStringList fields;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    qint64 line = 1;
    qint64 recordLine = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            fields.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            if (fieldStarted || !field.isEmpty() || !fields.isEmpty()) {
                fields.append(field);
                records.append(fields);
                lines.append(recordLine);
            }
            fields.clear();
            field.clear();
            fieldStarted = false;
            ++line;
            recordLine = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || !fields.isEmpty()) {
        fields.append(field);
        records.append(fields);
        lines.append(recordLine);
    }
    if (!records.isEmpty()) {
        out.header = records.takeFirst();
        lines.removeFirst();
    }
    for (qsizetype i = 0; i < records.size(); ++i)
        out.rows.append({ lines[i], records[i] });
    return out;
}

inline QString readText(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

inline bool writeText(const QString& path, const QString& text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(text.toUtf8()) >= 0;
}

inline bool updateGolden()
{
    return qEnvironmentVariableIntValue("DIA_UPDATE_GOLDEN") == 1;
}

} // namespace dia::test
