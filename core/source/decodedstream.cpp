#include "decodedstream.h"

#include "encodingdetector.h"

#include <QCoreApplication>

namespace dia::source {

DecodedStream::~DecodedStream()
{
    stopReadAhead();
}

void DecodedStream::stopReadAhead()
{
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    m_stopping = false;
    m_queue.clear();
}

Status DecodedStream::open(const QString& path, const QString& encoding, qint64 rawOffset)
{
    stopReadAhead();
    if (m_file.isOpen())
        m_file.close();
    m_eof = false;
    m_utf8Carry.clear();
    m_invalid.clear();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return makeError(QStringLiteral("file_unreadable"),
            QCoreApplication::translate("dia::source", "Cannot open %1: %2.").arg(path, m_file.errorString()),
            QCoreApplication::translate("dia::source", "Check the path and the file permissions."));
    }
    m_fileSize = m_file.size();
    m_validate = encoding != QLatin1String(kRawBytes);
    m_utf8 = !m_validate || encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0;
    if (!m_utf8 && !m_transcoder.open(encoding)) {
        return makeError(QStringLiteral("unknown_encoding"),
            QCoreApplication::translate("dia::source", "Unknown encoding \"%1\".").arg(encoding),
            QCoreApplication::translate("dia::source",
                "Use a name such as UTF-8, GB18030, Big5, Shift_JIS, "
                "windows-1252 or UTF-16LE."));
    }
    if (rawOffset > 0 && !m_file.seek(rawOffset)) {
        return makeError(QStringLiteral("file_unreadable"),
            QCoreApplication::translate("dia::source", "Cannot seek in %1: %2.").arg(path, m_file.errorString()));
    }
    m_startOffset = rawOffset;
    m_readPosition = rawOffset;
    m_rawPosition = rawOffset;
    return {};
}

Result<bool> DecodedStream::read(QByteArray& buffer)
{
    if (m_eof)
        return false;
    if (!m_thread.joinable())
        m_thread = std::thread([this] { readAhead(); });
    Block block;
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_queue.empty(); });
        block = std::move(m_queue.front());
        m_queue.pop_front();
    }
    m_changed.notify_all();
    if (block.error) {
        m_eof = true;
        return *block.error;
    }
    m_invalid.append(block.invalid);
    m_rawPosition = block.rawEnd;
    m_eof = block.last;
    const bool delivered = !block.bytes.isEmpty();
    buffer.append(block.bytes);
    block.bytes.resize(0); // keeps the allocation for the next block
    {
        std::lock_guard lock(m_mutex);
        m_spare.append(std::move(block.bytes));
    }
    return delivered || !m_eof;
}

void DecodedStream::readAhead()
{
    for (;;) {
        Block block;
        {
            std::lock_guard lock(m_mutex);
            if (!m_spare.isEmpty())
                block.bytes = m_spare.takeLast();
        }
        decodeBlock(block);
        const bool done = block.last || block.error.has_value();
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stopping || m_queue.size() < kQueueDepth; });
            if (m_stopping)
                return;
            m_queue.push_back(std::move(block));
        }
        m_changed.notify_all();
        if (done)
            return;
    }
}

void DecodedStream::decodeBlock(Block& block)
{
    QByteArray& buffer = block.bytes;
    buffer.resize(0);
    auto readError = [&] {
        block.error = makeError(QStringLiteral("file_unreadable"),
            QCoreApplication::translate("dia::source", "Read error: %1.").arg(m_file.errorString()));
    };
    if (!m_utf8) {
        m_raw.resize(kBlockSize);
        const qint64 n = m_file.read(m_raw.data(), kBlockSize);
        if (n < 0)
            return readError();
        block.last = n == 0 || m_file.atEnd();
        QList<qint64> invalid;
        m_transcoder.convert(m_raw.constData(), n, block.last, buffer, &invalid);
        for (qint64 offset : invalid)
            block.invalid.append(m_startOffset + offset);
        m_readPosition += n;
        block.rawEnd = m_readPosition;
        return;
    }
    const qint64 carried = m_utf8Carry.size();
    buffer.resize(carried + kBlockSize);
    char* target = buffer.data();
    std::copy(m_utf8Carry.cbegin(), m_utf8Carry.cend(), target);
    const qint64 n = m_file.read(target + carried, kBlockSize);
    if (n < 0)
        return readError();
    const qint64 total = carried + n;
    block.last = n == 0 || m_file.atEnd();
    if (!m_validate) {
        buffer.resize(total);
        m_readPosition += n;
        block.rawEnd = m_readPosition;
        return;
    }
    for (qint64 checkFrom = 0; checkFrom < total;) {
        const qint64 bad = EncodingDetector::firstInvalidUtf8(target + checkFrom, total - checkFrom, block.last);
        if (bad < 0)
            break;
        block.invalid.append(m_readPosition - carried + checkFrom + bad);
        checkFrom += bad + 1;
    }
    // keep a sequence cut by the block end for the next block
    qint64 validEnd = total;
    m_utf8Carry.clear();
    if (!block.last) {
        for (qint64 k = 1; k <= 3 && total - k >= 0; ++k) {
            const auto c = static_cast<unsigned char>(target[total - k]);
            if ((c & 0xC0) == 0x80)
                continue;
            if (c >= 0xC0) {
                const int need = c >= 0xF0 ? 4 : (c >= 0xE0 ? 3 : 2);
                if (k < need)
                    validEnd = total - k;
            }
            break;
        }
        m_utf8Carry = QByteArray(target + validEnd, total - validEnd);
    }
    buffer.resize(validEnd);
    m_readPosition += n;
    // bytes delivered end where the carried sequence starts
    block.rawEnd = m_readPosition - (total - validEnd);
}

QList<qint64> DecodedStream::takeInvalidOffsets()
{
    QList<qint64> result;
    result.swap(m_invalid);
    return result;
}

} // namespace dia::source
