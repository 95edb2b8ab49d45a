#pragma once

#include <QChar>
#include <QString>
#include <QStringList>

#include <optional>

namespace dia::source {

enum class FileFormat {
    Csv,
    Xlsx,
    Xls,
};

/// How a quote character inside a quoted CSV field is escaped.
enum class EscapeStyle {
    DoubledQuote, ///< RFC 4180: "" inside a quoted field
    Backslash, ///< \" and \\ inside a quoted field
};

/// What the user chose; every unset field is detected from the file.
struct ReaderOptions
{
    QString encoding; ///< empty: detect. Names as QStringDecoder/ICU know them ("UTF-8", "GB18030", "Shift_JIS", ...)
    QString delimiter; ///< empty: detect. May be several characters; "\t", "\x01" are real characters here
    std::optional<QChar> quote; ///< unset: detect; QChar() means "no quoting"
    std::optional<EscapeStyle> escape; ///< unset: detect
    std::optional<bool> header; ///< unset: detect
    int skipLines = -1; ///< lines above the header (title/comment lines); -1: detect
    QString sheet; ///< workbook sheet name or 0-based index as text; empty: first sheet
};

} // namespace dia::source
