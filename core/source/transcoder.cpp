#include "transcoder.h"

#include <QStringView>

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

namespace dia::source {

namespace {
constexpr int kBufferChars = 16384;
}

Transcoder::~Transcoder()
{
    if (m_converter)
        ucnv_close(m_converter);
}

bool Transcoder::open(const QString& encoding)
{
    if (m_converter)
        ucnv_close(m_converter);
    m_converter = nullptr;
    m_consumed = 0;
    m_pendingHigh = 0;
    UErrorCode status = U_ZERO_ERROR;
    const QByteArray name = encoding.toLatin1();
    m_converter = ucnv_open(name.constData(), &status);
    if (U_FAILURE(status) || !m_converter) {
        m_converter = nullptr;
        return false;
    }
    status = U_ZERO_ERROR;
    ucnv_setToUCallBack(m_converter, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    return U_SUCCESS(status);
}

void Transcoder::convert(const char* data, qint64 size, bool flush, QByteArray& out, QList<qint64>* invalidOffsets)
{
    if (!m_converter)
        return;
    char16_t buffer[kBufferChars + 1];
    const char* source = data;
    const char* sourceEnd = data + size;
    int guard = 0;
    for (;;) {
        char16_t* start = buffer;
        if (m_pendingHigh) {
            buffer[0] = m_pendingHigh;
            m_pendingHigh = 0;
            ++start;
        }
        UChar* target = reinterpret_cast<UChar*>(start);
        UErrorCode status = U_ZERO_ERROR;
        const char* before = source;
        ucnv_toUnicode(m_converter, &target, reinterpret_cast<UChar*>(buffer + kBufferChars), &source, sourceEnd,
            nullptr, flush, &status);
        qsizetype produced = reinterpret_cast<char16_t*>(target) - buffer;
        if (produced > 0 && QChar::isHighSurrogate(buffer[produced - 1])
            && !(flush && source == sourceEnd && status != U_BUFFER_OVERFLOW_ERROR)) {
            m_pendingHigh = buffer[produced - 1];
            --produced;
        }
        out += QStringView(buffer, produced).toUtf8();
        if (status == U_BUFFER_OVERFLOW_ERROR)
            continue;
        if (status == U_ILLEGAL_CHAR_FOUND || status == U_INVALID_CHAR_FOUND || status == U_TRUNCATED_CHAR_FOUND) {
            char invalid[32];
            int8_t invalidLength = sizeof(invalid);
            UErrorCode ignored = U_ZERO_ERROR;
            ucnv_getInvalidChars(m_converter, invalid, &invalidLength, &ignored);
            const qint64 offset = m_consumed + (source - data) - invalidLength;
            if (invalidOffsets)
                invalidOffsets->append(qMax<qint64>(0, offset));
            out += "\xEF\xBF\xBD";
            if (source == before && ++guard > 4)
                break;
            if (source == sourceEnd && !flush)
                break;
            continue;
        }
        break;
    }
    m_consumed += size;
}

qint64 Transcoder::countErrors(const char* data, qint64 size)
{
    QList<qint64> invalid;
    QByteArray out;
    convert(data, size, false, out, &invalid);
    return invalid.size();
}

} // namespace dia::source
