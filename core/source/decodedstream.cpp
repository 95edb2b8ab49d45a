#include "decodedstream.h"

#include "encodingdetector.h"

#include <QCoreApplication>

namespace dia::source {

Status DecodedStream::open(const QString& path, const QString& encoding, qint64 rawOffset)
{
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
    m_utf8 = encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0;
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
    m_rawPosition = rawOffset;
    return {};
}

Result<bool> DecodedStream::read(QByteArray& buffer, qint64 blockSize)
{
    if (m_eof)
        return false;
    if (m_utf8) {
        const qsizetype old = buffer.size();
        buffer.resize(old + m_utf8Carry.size() + blockSize);
        char* target = buffer.data() + old;
        std::copy(m_utf8Carry.cbegin(), m_utf8Carry.cend(), target);
        const qint64 n = m_file.read(target + m_utf8Carry.size(), blockSize);
        if (n < 0) {
            buffer.resize(old);
            return makeError(QStringLiteral("file_unreadable"),
                QCoreApplication::translate("dia::source", "Read error: %1.").arg(m_file.errorString()));
        }
        const qint64 carried = m_utf8Carry.size();
        const qint64 total = carried + n;
        const bool last = n == 0 || m_file.atEnd();
        qint64 checkFrom = 0;
        qint64 validEnd = total;
        for (;;) {
            const qint64 bad = EncodingDetector::firstInvalidUtf8(target + checkFrom, total - checkFrom, last);
            if (bad < 0)
                break;
            m_invalid.append(m_rawPosition - carried + checkFrom + bad);
            checkFrom += bad + 1;
            if (checkFrom >= total)
                break;
        }
        // keep a sequence cut by the block end for the next read
        m_utf8Carry.clear();
        if (!last) {
            qint64 cut = total;
            for (qint64 k = 1; k <= 3 && total - k >= 0; ++k) {
                const auto c = static_cast<unsigned char>(target[total - k]);
                if ((c & 0xC0) == 0x80)
                    continue;
                if (c >= 0xC0) {
                    const int need = c >= 0xF0 ? 4 : (c >= 0xE0 ? 3 : 2);
                    if (k < need)
                        cut = total - k;
                }
                break;
            }
            m_utf8Carry = QByteArray(target + cut, total - cut);
            validEnd = cut;
        }
        buffer.resize(old + validEnd);
        m_rawPosition += n;
        if (last)
            m_eof = true;
        return validEnd > 0 || !m_eof;
    }
    m_raw.resize(blockSize);
    const qint64 n = m_file.read(m_raw.data(), blockSize);
    if (n < 0) {
        return makeError(QStringLiteral("file_unreadable"),
            QCoreApplication::translate("dia::source", "Read error: %1.").arg(m_file.errorString()));
    }
    const bool last = n == 0 || m_file.atEnd();
    QList<qint64> invalid;
    const qsizetype old = buffer.size();
    m_transcoder.convert(m_raw.constData(), n, last, buffer, &invalid);
    for (qint64 offset : invalid)
        m_invalid.append(m_startOffset + offset);
    m_rawPosition += n;
    if (last)
        m_eof = true;
    return buffer.size() > old || !m_eof;
}

QList<qint64> DecodedStream::takeInvalidOffsets()
{
    QList<qint64> result;
    result.swap(m_invalid);
    return result;
}

} // namespace dia::source
