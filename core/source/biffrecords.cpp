#include "biffrecords.h"

#include <QtEndian>

#include <cstring>

#include <unicode/ucnv.h>

namespace dia::source {

bool BiffRecordStream::next(BiffRecord& record)
{
    if (m_pos + 4 > m_size)
        return false; // the end, or a few padding bytes after the last record
    const char* h = m_data + m_pos;
    const int size = qFromLittleEndian<quint16>(h + 2);
    if (m_pos + 4 + size > m_size) {
        m_truncated = true;
        m_pos = m_size;
        return false;
    }
    record.type = qFromLittleEndian<quint16>(h);
    record.data = h + 4;
    record.size = size;
    record.offset = m_pos;
    m_pos += 4 + size;
    return true;
}

quint16 BiffRecordStream::peekType() const
{
    if (m_pos + 4 > m_size)
        return 0;
    return qFromLittleEndian<quint16>(m_data + m_pos);
}

void BiffCodepage::set(int codepage)
{
    if (codepage == 1200 || codepage <= 0)
        return;
    QByteArray name;
    switch (codepage) {
    case 367:
        name = "US-ASCII";
        break;
    case 10000:
    case 32768:
        name = "macintosh";
        break;
    case 32769:
        name = "windows-1252";
        break;
    default:
        name = QByteArray("windows-" + QByteArray::number(codepage));
        break;
    }
    UErrorCode status = U_ZERO_ERROR;
    UConverter* converter = ucnv_open(name.constData(), &status);
    if (U_FAILURE(status)) {
        status = U_ZERO_ERROR;
        converter = ucnv_open(QByteArray("cp" + QByteArray::number(codepage)).constData(), &status);
    }
    if (U_FAILURE(status) || !converter)
        return;
    m_converter.reset(converter, [](UConverter* c) { ucnv_close(c); });
}

QString BiffCodepage::decode(const char* data, int size) const
{
    if (!m_converter) {
        // Windows-1252 without ICU: Latin-1 is exact except 0x80..0x9F, rare in names and labels
        UErrorCode status = U_ZERO_ERROR;
        static thread_local std::shared_ptr<UConverter> cp1252(
            ucnv_open("windows-1252", &status), [](UConverter* c) { ucnv_close(c); });
        if (!cp1252)
            return QString::fromLatin1(data, size);
        QString out(size, Qt::Uninitialized);
        status = U_ZERO_ERROR;
        const int n = ucnv_toUChars(cp1252.get(), reinterpret_cast<UChar*>(out.data()), size, data, size, &status);
        out.truncate(U_SUCCESS(status) ? n : 0);
        return out;
    }
    QString out(size * 2 + 2, Qt::Uninitialized);
    UErrorCode status = U_ZERO_ERROR;
    const int n
        = ucnv_toUChars(m_converter.get(), reinterpret_cast<UChar*>(out.data()), int(out.size()), data, size, &status);
    if (U_FAILURE(status))
        return QString::fromLatin1(data, size);
    out.truncate(n);
    return out;
}

bool BiffContinuedReader::read(void* out, int n)
{
    char* dst = static_cast<char*>(out);
    while (n > 0) {
        if (m_segment >= m_segments.size())
            return false;
        const Segment& s = m_segments[m_segment];
        if (m_offset >= s.size) {
            // segments are entered lazily: a character run that starts exactly at a record boundary
            // still sees the option byte at the start of the next one
            ++m_segment;
            m_offset = 0;
            continue;
        }
        const int take = qMin(n, s.size - m_offset);
        if (dst) {
            std::memcpy(dst, s.data + m_offset, std::size_t(take));
            dst += take;
        }
        n -= take;
        m_offset += take;
    }
    return true;
}

bool BiffContinuedReader::readU8(quint8& v)
{
    return read(&v, 1);
}

bool BiffContinuedReader::readU16(quint16& v)
{
    char b[2];
    if (!read(b, 2))
        return false;
    v = qFromLittleEndian<quint16>(b);
    return true;
}

bool BiffContinuedReader::readU32(quint32& v)
{
    char b[4];
    if (!read(b, 4))
        return false;
    v = qFromLittleEndian<quint32>(b);
    return true;
}

bool BiffContinuedReader::skip(qint64 n)
{
    while (n > 0) {
        if (m_segment >= m_segments.size())
            return false;
        const int left = m_segments[m_segment].size - m_offset;
        if (left <= 0) {
            ++m_segment;
            m_offset = 0;
            continue;
        }
        const int take = int(qMin<qint64>(n, left));
        m_offset += take;
        n -= take;
    }
    return true;
}

bool BiffContinuedReader::readChars(int count, bool wide, QString& out)
{
    out.reserve(out.size() + count);
    while (count > 0) {
        if (m_segment >= m_segments.size())
            return false;
        const Segment& s = m_segments[m_segment];
        const int width = wide ? 2 : 1;
        const int take = qMin(count, (s.size - m_offset) / width);
        const char* p = s.data + m_offset;
        if (wide) {
            const qsizetype at = out.size();
            out.resize(at + take);
            QChar* dst = out.data() + at;
            for (int i = 0; i < take; ++i)
                dst[i] = QChar(qFromLittleEndian<quint16>(p + 2 * i));
        } else {
            out.append(QLatin1String(p, take));
        }
        m_offset += take * width;
        count -= take;
        if (count == 0)
            break;
        if (m_offset < s.size)
            return false; // half a UTF-16 unit left at the end of the record: malformed
        // the run goes on in the next record, which starts with its own option byte
        ++m_segment;
        m_offset = 0;
        if (m_segment >= m_segments.size())
            return false;
        if (m_segments[m_segment].size < 1)
            return false;
        wide = (m_segments[m_segment].data[0] & 1) != 0;
        m_offset = 1;
    }
    return true;
}

bool BiffContinuedReader::readUnicodeString(QString& out)
{
    quint16 count = 0;
    quint8 flags = 0;
    if (!readU16(count) || !readU8(flags))
        return false;
    quint16 runs = 0;
    quint32 phonetic = 0;
    if ((flags & 0x08) && !readU16(runs))
        return false;
    if ((flags & 0x04) && !readU32(phonetic))
        return false;
    out.clear();
    if (!readChars(count, (flags & 1) != 0, out))
        return false;
    return skip(qint64(runs) * 4) && skip(phonetic);
}

qint64 BiffContinuedReader::remaining() const
{
    qint64 n = 0;
    for (std::size_t i = m_segment; i < m_segments.size(); ++i)
        n += m_segments[i].size - (i == m_segment ? m_offset : 0);
    return n;
}

quint16 biffU16(const BiffRecord& r, int offset)
{
    return offset + 2 <= r.size ? qFromLittleEndian<quint16>(r.data + offset) : 0;
}

quint32 biffU32(const BiffRecord& r, int offset)
{
    return offset + 4 <= r.size ? qFromLittleEndian<quint32>(r.data + offset) : 0;
}

double biffDouble(const BiffRecord& r, int offset)
{
    if (offset + 8 > r.size)
        return 0;
    const quint64 bits = qFromLittleEndian<quint64>(r.data + offset);
    double v = 0;
    std::memcpy(&v, &bits, sizeof v);
    return v;
}

double biffRk(quint32 rk)
{
    double v = 0;
    if (rk & 2) {
        v = double(qint32(rk) >> 2);
    } else {
        const quint64 bits = quint64(rk & 0xFFFFFFFCu) << 32;
        std::memcpy(&v, &bits, sizeof v);
    }
    return (rk & 1) ? v / 100 : v;
}

} // namespace dia::source
