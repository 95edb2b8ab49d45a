#include "encodingdetector.h"

#include "utf8validator.h"

#include "transcoder.h"

#include <uchardet/uchardet.h>
#include <unicode/ucnv.h>

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace dia::source {

namespace {

bool startsWith(const QByteArray& data, const char* prefix, int n)
{
    return data.size() >= n && std::memcmp(data.constData(), prefix, static_cast<size_t>(n)) == 0;
}

/// UTF-16 without BOM: most ASCII-range text has a zero byte in every other position.
QString utf16WithoutBom(const QByteArray& sample)
{
    const qint64 n = qMin<qint64>(sample.size(), 4096) & ~qint64(1);
    if (n < 8)
        return {};
    qint64 evenZeros = 0;
    qint64 oddZeros = 0;
    for (qint64 i = 0; i < n; i += 2) {
        evenZeros += sample.at(i) == 0 ? 1 : 0;
        oddZeros += sample.at(i + 1) == 0 ? 1 : 0;
    }
    const qint64 pairs = n / 2;
    if (oddZeros * 10 >= pairs * 7 && evenZeros * 10 < pairs)
        return QStringLiteral("UTF-16LE");
    if (evenZeros * 10 >= pairs * 7 && oddZeros * 10 < pairs)
        return QStringLiteral("UTF-16BE");
    return {};
}

QString mapUchardet(const QByteArray& name)
{
    const QByteArray upper = name.toUpper();
    if (upper.isEmpty() || upper == "ASCII")
        return {};
    if (upper == "GB18030" || upper == "GB2312" || upper == "GBK" || upper == "HZ-GB-2312" || upper == "EUC-CN")
        return QStringLiteral("GB18030");
    if (upper == "BIG5" || upper == "BIG5-HKSCS" || upper == "EUC-TW")
        return QStringLiteral("Big5");
    if (upper == "SHIFT_JIS" || upper == "SJIS" || upper == "CP932")
        return QStringLiteral("Shift_JIS");
    if (upper == "WINDOWS-1252" || upper == "ISO-8859-1" || upper == "ISO-8859-15")
        return QStringLiteral("windows-1252");
    return EncodingDetector::canonicalName(QString::fromLatin1(name));
}

/// How well `encoding` decodes `sample`: 1 when without errors, lower with each invalid sequence.
double trialConfidence(const QByteArray& sample, const QString& encoding)
{
    Transcoder transcoder;
    if (!transcoder.open(encoding))
        return 0.0;
    QByteArray out;
    const qint64 errors = transcoder.countErrors(sample.constData(), sample.size());
    if (errors == 0)
        return 1.0;
    return errors < 3 ? 0.5 : 0.1;
}

} // namespace

namespace {

qint64 firstInvalidUtf8Scalar(const char* data, qint64 size, bool complete)
{
    const auto* p = reinterpret_cast<const unsigned char*>(data);
    qint64 i = 0;
    while (i < size) {
        // ASCII fast path: skip 16 bytes at a time, or straight to the first non-ASCII byte
#if defined(__SSE2__)
        if (i + 16 <= size) {
            const int mask = _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i)));
            if (mask == 0) {
                i += 16;
                continue;
            }
            i += __builtin_ctz(static_cast<unsigned>(mask));
        }
#else
        while (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
#endif
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned char min2 = 0x80;
        unsigned char max2 = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                min2 = 0xA0;
            if (c == 0xED)
                max2 = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                min2 = 0x90;
            if (c == 0xF4)
                max2 = 0x8F;
        } else {
            return i;
        }
        for (int k = 1; k < len; ++k) {
            if (i + k >= size)
                return complete ? i : -1;
            const unsigned char t = p[i + k];
            const unsigned char lo = k == 1 ? min2 : 0x80;
            const unsigned char hi = k == 1 ? max2 : 0xBF;
            if (t < lo || t > hi)
                return i;
        }
        i += len;
    }
    return -1;
}

} // namespace

qint64 EncodingDetector::firstInvalidUtf8(const char* data, qint64 size, bool complete)
{
    if (const qint64 valid = Utf8Validator::validPrefix(data, size); valid > 0) {
        const qint64 bad = firstInvalidUtf8Scalar(data + valid, size - valid, complete);
        return bad < 0 ? -1 : valid + bad;
    }
    return firstInvalidUtf8Scalar(data, size, complete); // no vector unit, or an error somewhere: find it
}

int EncodingDetector::bomLength(const QByteArray& sample, const QString& encoding)
{
    const QString e = encoding.toUpper();
    if (e == QLatin1String("UTF-8") && startsWith(sample, "\xEF\xBB\xBF", 3))
        return 3;
    if (e == QLatin1String("UTF-16LE") && startsWith(sample, "\xFF\xFE", 2))
        return 2;
    if (e == QLatin1String("UTF-16BE") && startsWith(sample, "\xFE\xFF", 2))
        return 2;
    if (e == QLatin1String("GB18030") && startsWith(sample, "\x84\x31\x95\x33", 4))
        return 4;
    return 0;
}

QString EncodingDetector::canonicalName(const QString& name)
{
    const QString upper = name.trimmed().toUpper();
    if (upper.isEmpty())
        return {};
    if (upper == QLatin1String("UTF8") || upper == QLatin1String("UTF-8"))
        return QStringLiteral("UTF-8");
    if (upper == QLatin1String("GBK") || upper == QLatin1String("GB2312") || upper == QLatin1String("GB18030")
        || upper == QLatin1String("CP936"))
        return QStringLiteral("GB18030");
    if (upper == QLatin1String("BIG5"))
        return QStringLiteral("Big5");
    if (upper == QLatin1String("SHIFT_JIS") || upper == QLatin1String("SJIS") || upper == QLatin1String("SHIFT-JIS"))
        return QStringLiteral("Shift_JIS");
    if (upper == QLatin1String("LATIN1") || upper == QLatin1String("LATIN-1") || upper == QLatin1String("ISO-8859-1")
        || upper == QLatin1String("CP1252") || upper == QLatin1String("WINDOWS-1252"))
        return QStringLiteral("windows-1252");
    if (upper == QLatin1String("UTF-16LE") || upper == QLatin1String("UTF16LE"))
        return QStringLiteral("UTF-16LE");
    if (upper == QLatin1String("UTF-16BE") || upper == QLatin1String("UTF16BE"))
        return QStringLiteral("UTF-16BE");
    UErrorCode status = U_ZERO_ERROR;
    const QByteArray latin = name.trimmed().toLatin1();
    const char* canonical = ucnv_getCanonicalName(latin.constData(), "", &status);
    if (U_FAILURE(status) || canonical == nullptr) {
        status = U_ZERO_ERROR;
        UConverter* cnv = ucnv_open(latin.constData(), &status);
        if (U_FAILURE(status) || cnv == nullptr)
            return {};
        const char* n = ucnv_getName(cnv, &status);
        QString result = QString::fromLatin1(n);
        ucnv_close(cnv);
        return result;
    }
    return QString::fromLatin1(canonical);
}

EncodingGuess EncodingDetector::detect(const QByteArray& sample, bool complete)
{
    if (startsWith(sample, "\xEF\xBB\xBF", 3))
        return { QStringLiteral("UTF-8"), 1.0, 3 };
    if (startsWith(sample, "\xFF\xFE", 2))
        return { QStringLiteral("UTF-16LE"), 1.0, 2 };
    if (startsWith(sample, "\xFE\xFF", 2))
        return { QStringLiteral("UTF-16BE"), 1.0, 2 };
    const QString utf16 = utf16WithoutBom(sample);
    if (!utf16.isEmpty())
        return { utf16, 0.8, 0 };
    if (firstInvalidUtf8(sample.constData(), sample.size(), complete) < 0)
        return { QStringLiteral("UTF-8"), 1.0, 0 };

    uchardet_t detector = uchardet_new();
    uchardet_handle_data(detector, sample.constData(), static_cast<size_t>(sample.size()));
    uchardet_data_end(detector);
    const QString name = mapUchardet(QByteArray(uchardet_get_charset(detector)));
    uchardet_delete(detector);
    if (name.isEmpty())
        return { QStringLiteral("windows-1252"), 0.3, 0 };
    double confidence = 0.9 * trialConfidence(sample.left(sample.size() - (complete ? 0 : 4)), name);
    if (confidence <= 0.1)
        return { QStringLiteral("windows-1252"), 0.3, 0 };
    return { name, confidence, 0 };
}

} // namespace dia::source
