#pragma once

#include "result.h"

#include <QString>

namespace dia {

/// Parses a size with an optional unit: "1048576", "64MB", "8MiB", "1.5GiB", "100 kB".
/// Decimal units (kB, MB, GB, TB) are powers of 1000, binary units (KiB, MiB, GiB, TiB, and K/M/G/T) powers of 1024.
Result<qint64> parseByteSize(const QString& text);

/// Formats a byte count for people: "0 B", "512 B", "1.5 MiB", "2.00 GiB".
QString formatByteSize(qint64 bytes);

} // namespace dia
