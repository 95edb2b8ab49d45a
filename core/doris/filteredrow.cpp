#include "filteredrow.h"

#include <QRegularExpression>

namespace dia::doris {

QString columnFromReason(const QString& reason)
{
    static const QRegularExpression kPatterns[] = {
        QRegularExpression(QStringLiteral(R"(column_name\[([^\]]+)\])")),
        QRegularExpression(QStringLiteral(R"(column\(([^)]+)\))")),
        QRegularExpression(QStringLiteral(R"(column\[([^\]]+)\])")),
        QRegularExpression(QStringLiteral(R"(column[ :]+`?([A-Za-z_][A-Za-z0-9_]*)`?)")),
    };
    for (const auto& pattern : kPatterns) {
        const auto match = pattern.match(reason);
        if (!match.hasMatch())
            continue;
        const QString name = match.captured(1).trimmed();
        if (name == QLatin1String("number") || name == QLatin1String("separator"))
            continue; // "column number", "column separator" are not column names
        return name;
    }
    return {};
}

ErrorLog parseErrorLog(const QByteArray& text)
{
    ErrorLog log;
    const QString all = QString::fromUtf8(text);
    const QStringList lines = all.split(QLatin1Char('\n'));
    static const QLatin1String kReason("Reason: ");
    static const QLatin1String kSrc(". src line [");
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (line.startsWith(QLatin1String("TOO MUCH ERROR"))) {
            log.truncated = true;
            continue;
        }
        const qsizetype src = line.indexOf(kSrc);
        if (!line.startsWith(kReason) || src < 0) {
            log.otherLines.append(line);
            continue;
        }
        FilteredRow row;
        row.reason = line.mid(kReason.size(), src - kReason.size());
        QString raw = line.mid(src + kSrc.size());
        // The record ends with "]; " (or "]" at the end of a cut line).
        while (raw.endsWith(QLatin1Char(' ')))
            raw.chop(1);
        if (raw.endsWith(QLatin1String("];")))
            raw.chop(2);
        else if (raw.endsWith(QLatin1Char(']')))
            raw.chop(1);
        row.rawRow = raw;
        row.column = columnFromReason(row.reason);
        log.rows.append(row);
    }
    return log;
}

} // namespace dia::doris
