#pragma once

#include "chunksource.h"

#include <QByteArray>
#include <QStringList>

namespace dia::source {

/// The canonical UTF-8 form of rewritten chunk bodies (see README "Chunk bodies"): fields separated by the
/// body's separator, records ended by \n; a field containing the separator, ", \, \n or \r is enclosed in "
/// with " and \ escaped by \; an empty field stays empty (no quotes). Doris parses it with
/// enclose=" escape=\ trim_double_quotes=true back to exactly the original value.
class CanonicalCsv
{
public:
    /// The body format of rewritten chunks using `separator` (UTF-8 bytes).
    static BodyFormat bodyFormat(const QByteArray& separator);
    /// Splits a canonical body into its fields again, as Doris does (used by tests). CsvRecordRewriter writes it.
    static QList<QList<QByteArray>> parse(
        const QByteArray& body, const QByteArray& separator, const QByteArray& lineDelimiter = "\n");
};

} // namespace dia::source
