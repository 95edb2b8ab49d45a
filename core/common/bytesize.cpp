#include "bytesize.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <cmath>
#include <limits>

namespace dia {

namespace {
struct Unit
{
    const char* name;
    double factor;
};

constexpr std::array<Unit, 13> kUnits { {
    { "", 1.0 },
    { "b", 1.0 },
    { "kb", 1e3 },
    { "mb", 1e6 },
    { "gb", 1e9 },
    { "tb", 1e12 },
    { "k", 1024.0 },
    { "kib", 1024.0 },
    { "m", 1048576.0 },
    { "mib", 1048576.0 },
    { "g", 1073741824.0 },
    { "gib", 1073741824.0 },
    { "tib", 1099511627776.0 },
} };
} // namespace

Result<qint64> parseByteSize(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*(\d+(?:\.\d+)?)\s*([A-Za-z]*)\s*$)"));
    const auto match = pattern.match(text);
    const auto bad = [&text] {
        return makeError(QStringLiteral("bad_size"),
            QCoreApplication::translate("dia::ByteSize", "'%1' is not a size.").arg(text),
            QCoreApplication::translate(
                "dia::ByteSize", "Use a number with an optional unit, e.g. 64MiB, 100MB or 1048576."));
    };
    if (!match.hasMatch())
        return bad();
    const QString unit = match.captured(2).toLower();
    for (const Unit& u : kUnits) {
        if (unit == QLatin1String(u.name)) {
            const double bytes = match.captured(1).toDouble() * u.factor;
            if (!std::isfinite(bytes) || bytes > double(std::numeric_limits<qint64>::max()))
                return bad();
            return static_cast<qint64>(std::llround(bytes));
        }
    }
    return bad();
}

QString formatByteSize(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    static const char* const units[] = { "KiB", "MiB", "GiB", "TiB" };
    double value = double(bytes);
    int i = -1;
    while (value >= 1024.0 && i < 3) {
        value /= 1024.0;
        ++i;
    }
    return QStringLiteral("%1 %2").arg(value, 0, 'f', value < 10 ? 2 : 1).arg(QLatin1String(units[i]));
}

} // namespace dia
