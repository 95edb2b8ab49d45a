#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

struct UConverter;

namespace dia::source {

/// One BIFF record: its type and a view of its body inside the workbook stream.
struct BiffRecord
{
    quint16 type = 0;
    const char* data = nullptr;
    int size = 0;
    qint64 offset = 0; ///< of the record header in the stream
};

/// Walks the records of a BIFF stream from a given offset; a record whose body runs past the stream ends
/// the walk and sets truncated().
class BiffRecordStream
{
public:
    explicit BiffRecordStream(const QByteArray& stream, qint64 offset = 0)
        : m_data(stream.constData())
        , m_size(stream.size())
        , m_pos(offset)
    { }
    bool next(BiffRecord& record);
    /// Type of the record at the current position, 0 when there is none.
    quint16 peekType() const;
    bool truncated() const { return m_truncated; }
    qint64 position() const { return m_pos; }

private:
    const char* m_data;
    qint64 m_size;
    qint64 m_pos;
    bool m_truncated = false;
};

/// Decodes the 8-bit strings of BIFF5 and earlier through ICU in the workbook's CODEPAGE.
class BiffCodepage
{
public:
    /// Chooses the code page (Windows numbering: 1252, 936, 10000 = Mac Roman...); unknown ones keep 1252.
    void set(int codepage);
    QString decode(const char* data, int size) const;

private:
    std::shared_ptr<UConverter> m_converter;
};

/// Reads a value spread over a record and its CONTINUE records, as SST and long STRING records are.
/// Character runs that cross into a CONTINUE record restart with a new option byte there (BIFF8 rule).
class BiffContinuedReader
{
public:
    void addSegment(const char* data, int size) { m_segments.push_back({ data, size }); }
    bool readU8(quint8& v);
    bool readU16(quint16& v);
    bool readU32(quint32& v);
    bool skip(qint64 n);
    /// `count` characters, 8-bit (Latin-1) or UTF-16 as `wide` says, switching width at segment starts.
    bool readChars(int count, bool wide, QString& out);
    /// BIFF8 XLUnicodeString (16-bit length) or the rich/phonetic SST form: rich-text runs and phonetic
    /// data are skipped. False when the data ends first.
    bool readUnicodeString(QString& out);
    /// Bytes left in all segments.
    qint64 remaining() const;

private:
    bool read(void* out, int n);
    struct Segment
    {
        const char* data;
        int size;
    };
    std::vector<Segment> m_segments;
    std::size_t m_segment = 0;
    int m_offset = 0;
};

/// Little-endian readers over a record body; they return 0 past its end (callers check sizes first).
quint16 biffU16(const BiffRecord& r, int offset);
quint32 biffU32(const BiffRecord& r, int offset);
double biffDouble(const BiffRecord& r, int offset);
/// A BIFF RK value: a 30-bit integer or the high 30 bits of a double, optionally divided by 100.
double biffRk(quint32 rk);

} // namespace dia::source
