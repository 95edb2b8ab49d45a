#include "cellformatter.h"

#include <QDate>
#include <QLocale>

#include <cmath>

namespace dia::source {

DateKind CellFormatter::dateKind(int numFmtId, const QString& formatCode)
{
    if ((numFmtId >= 14 && numFmtId <= 17) || numFmtId == 30 || numFmtId == 31 || (numFmtId >= 27 && numFmtId <= 29)
        || (numFmtId >= 34 && numFmtId <= 36) || (numFmtId >= 50 && numFmtId <= 58 && numFmtId != 55 && numFmtId != 56))
        return DateKind::Date;
    if (numFmtId == 22)
        return DateKind::DateTime;
    if ((numFmtId >= 18 && numFmtId <= 21) || (numFmtId >= 45 && numFmtId <= 47) || numFmtId == 32 || numFmtId == 33
        || numFmtId == 55 || numFmtId == 56)
        return DateKind::Time;
    if (numFmtId < 164 || formatCode.isEmpty())
        return DateKind::None;
    // strip literals, escapes and bracketed sections (colours, conditions, locales)
    QString stripped;
    bool inQuote = false;
    int bracket = 0;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode.at(i);
        if (inQuote) {
            if (c == QLatin1Char('"'))
                inQuote = false;
            continue;
        }
        if (c == QLatin1Char('"')) {
            inQuote = true;
            continue;
        }
        if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('[')) {
            // colours, conditions, locales; also [h], [mm], [ss]: elapsed time is a duration (a number of
            // days), not a point in time, so it stays a number (as xlrd reads it)
            const qsizetype close = formatCode.indexOf(QLatin1Char(']'), i);
            i = close > i ? close : formatCode.size();
            continue;
        }
        if (c == QLatin1Char(';'))
            break; // first section decides
        stripped += c.toLower();
        (void)bracket;
    }
    if (stripped.contains(QLatin1String("general")))
        return DateKind::None;
    const bool hasDate = stripped.contains(QLatin1Char('y')) || stripped.contains(QLatin1Char('d'));
    const bool hasTime = stripped.contains(QLatin1Char('h')) || stripped.contains(QLatin1Char('s'));
    const bool hasM = stripped.contains(QLatin1Char('m'));
    if (hasDate && hasTime)
        return DateKind::DateTime;
    if (hasDate || (hasM && !hasTime))
        return DateKind::Date;
    if (hasTime)
        return DateKind::Time;
    return DateKind::None;
}

QString CellFormatter::serialToIso(double serial, bool date1904, DateKind kind)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958466.0)
        return {};
    double days = std::floor(serial);
    qint64 ms = std::llround((serial - days) * 86400000.0);
    if (ms >= 86400000) {
        ms -= 86400000;
        days += 1;
    }
    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(static_cast<qint64>(days));
    } else if (days < 60) {
        date = QDate(1899, 12, 31).addDays(static_cast<qint64>(days));
    } else if (days == 60) {
        date = QDate(1900, 2, 28); // Excel's nonexistent 1900-02-29
    } else {
        date = QDate(1899, 12, 30).addDays(static_cast<qint64>(days));
    }
    const int h = static_cast<int>(ms / 3600000);
    const int mi = static_cast<int>((ms / 60000) % 60);
    const int s = static_cast<int>((ms / 1000) % 60);
    const int milli = static_cast<int>(ms % 1000);
    QString time = QStringLiteral("%1:%2:%3")
                       .arg(h, 2, 10, QLatin1Char('0'))
                       .arg(mi, 2, 10, QLatin1Char('0'))
                       .arg(s, 2, 10, QLatin1Char('0'));
    if (milli != 0)
        time += QStringLiteral(".%1").arg(milli, 3, 10, QLatin1Char('0'));
    const QString day = date.toString(Qt::ISODate);
    switch (kind) {
    case DateKind::Time:
        if (days == 0)
            return time;
        return day + QLatin1Char(' ') + time;
    case DateKind::Date:
        if (ms == 0)
            return day;
        return day + QLatin1Char(' ') + time;
    case DateKind::DateTime:
    case DateKind::None:
        break;
    }
    return day + QLatin1Char(' ') + time;
}

QString CellFormatter::formatNumber(const QString& raw)
{
    const QString text = raw.trimmed();
    if (!text.contains(QLatin1Char('E')) && !text.contains(QLatin1Char('e'))) {
        if (text == QLatin1String("-0"))
            return QStringLiteral("0");
        return text;
    }
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok)
        return text;
    if (v == 0.0)
        return QStringLiteral("0");
    const double a = std::fabs(v);
    if (a >= 1e-12 && a < 1e21)
        return QString::number(v, 'f', QLocale::FloatingPointShortest);
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

} // namespace dia::source
