#pragma once

#include "common/result.h"
#include "transcoder.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

namespace dia::source {

/// A file read in large blocks and delivered as UTF-8: UTF-8 files are passed through untouched (validated,
/// so offsets equal file offsets minus the BOM), anything else goes through ICU.
class DecodedStream
{
public:
    /// Opens `path` at raw byte `rawOffset` (after any BOM), decoding from `encoding`.
    Status open(const QString& path, const QString& encoding, qint64 rawOffset);
    /// Appends at most about `blockSize` UTF-8 bytes to `buffer`; false when the file is exhausted.
    Result<bool> read(QByteArray& buffer, qint64 blockSize);
    bool isUtf8() const { return m_utf8; }
    qint64 rawPosition() const { return m_rawPosition; }
    qint64 fileSize() const { return m_fileSize; }
    /// Raw file offsets of invalid byte sequences found since the last call.
    QList<qint64> takeInvalidOffsets();
    static constexpr qint64 kBlockSize = 256 * 1024;

private:
    QFile m_file;
    Transcoder m_transcoder;
    bool m_utf8 = true;
    bool m_eof = false;
    qint64 m_rawPosition = 0;
    qint64 m_startOffset = 0;
    qint64 m_fileSize = 0;
    QByteArray m_raw;
    QByteArray m_utf8Carry; ///< an incomplete UTF-8 sequence at the end of the last block
    QList<qint64> m_invalid;
};

} // namespace dia::source
