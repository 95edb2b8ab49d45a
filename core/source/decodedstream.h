#pragma once

#include "common/result.h"
#include "transcoder.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace dia::source {

/// A file read in large blocks and delivered as UTF-8: UTF-8 files are passed through untouched (validated,
/// so offsets equal file offsets minus the BOM), anything else goes through ICU. Reading, validation and
/// transcoding run on a read-ahead thread a few blocks in front of the consumer, so they overlap with
/// parsing; memory stays at a few blocks.
class DecodedStream
{
public:
    DecodedStream() = default;
    ~DecodedStream();
    DecodedStream(const DecodedStream&) = delete;
    DecodedStream& operator=(const DecodedStream&) = delete;

    /// Opens `path` at raw byte `rawOffset` (after any BOM), decoding from `encoding`.
    Status open(const QString& path, const QString& encoding, qint64 rawOffset);
    /// Appends the next block (about kBlockSize UTF-8 bytes) to `buffer`; false when the file is exhausted.
    Result<bool> read(QByteArray& buffer);
    bool isUtf8() const { return m_utf8; }
    /// Raw file offset after the bytes delivered so far.
    qint64 rawPosition() const { return m_rawPosition; }
    qint64 fileSize() const { return m_fileSize; }
    /// Raw file offsets of invalid byte sequences found since the last call.
    QList<qint64> takeInvalidOffsets();
    static constexpr qint64 kBlockSize = 256 * 1024;
    /// Pseudo-encoding: the file's bytes as they are, unchecked. For the chunker's record scan of encodings in which
    /// every byte below 0x40 (but digits) is that ASCII character, so separators, quotes and line breaks are found
    /// without decoding (GB18030, Big5, Shift_JIS, single-byte code pages); offsets are then file offsets.
    static constexpr const char* kRawBytes = "x-dia-raw-bytes";

private:
    /// One decoded block, made on the read-ahead thread.
    struct Block
    {
        QByteArray bytes;
        QList<qint64> invalid;
        qint64 rawEnd = 0;
        bool last = false;
        std::optional<Error> error;
    };

    void stopReadAhead();
    void readAhead(); ///< the read-ahead thread's loop
    void decodeBlock(Block& block); ///< reads and decodes one block (read-ahead thread only)

    static constexpr size_t kQueueDepth = 4;

    // used by the read-ahead thread only while it runs
    QFile m_file;
    Transcoder m_transcoder;
    QByteArray m_raw;
    QByteArray m_utf8Carry; ///< an incomplete UTF-8 sequence at the end of the last block
    qint64 m_readPosition = 0;
    qint64 m_startOffset = 0;

    // shared with the read-ahead thread
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Block> m_queue;
    QList<QByteArray> m_spare; ///< consumed blocks, handed back for reuse
    bool m_stopping = false;

    // consumer side
    bool m_utf8 = true;
    bool m_validate = true; ///< UTF-8 is checked (not for kRawBytes)
    bool m_eof = false;
    qint64 m_rawPosition = 0;
    qint64 m_fileSize = 0;
    QList<qint64> m_invalid;
};

} // namespace dia::source
