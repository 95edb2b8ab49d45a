#pragma once

#include <QByteArray>
#include <QString>

namespace dia::source {

/// What the encoding detector decided from a sample of the file's first bytes.
struct EncodingGuess
{
    QString name; ///< ICU converter name: "UTF-8", "UTF-16LE", "GB18030", "Big5", "Shift_JIS", "windows-1252", ...
    double confidence = 0.0; ///< 0..1
    int bomLength = 0; ///< bytes of byte-order mark at the start of the file (0 when none)
};

/// Encoding detection: BOM first, then UTF-16 without BOM (zero-byte pattern), then strict UTF-8 validation,
/// then uchardet for legacy code pages, checked by a trial conversion of the sample.
class EncodingDetector
{
public:
    /// `sample` is the start of the file; `complete` is true when it is the whole file (a truncated
    /// multi-byte sequence at its end is then an error, not a cut).
    static EncodingGuess detect(const QByteArray& sample, bool complete);

    /// Length of the BOM of `encoding` at the start of `sample`, 0 when there is none.
    static int bomLength(const QByteArray& sample, const QString& encoding);

    /// Canonical name of an encoding the user typed ("gbk" -> "GB18030", "utf8" -> "UTF-8"),
    /// or an empty string when ICU does not know it.
    static QString canonicalName(const QString& name);

    /// Offset of the first invalid UTF-8 sequence in `data`, or -1. A sequence cut by the end of
    /// `data` is reported only when `complete`.
    static qint64 firstInvalidUtf8(const char* data, qint64 size, bool complete);
};

} // namespace dia::source
