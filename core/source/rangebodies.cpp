#include "rangebodies.h"

#include "csvrewriter.h"
#include "passthroughbody.h"
#include "quotefixer.h"
#include "transcoder.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace dia::source {

namespace {

constexpr qint64 kBlock = 1 << 20;

/// Reads [begin, end) of a file block by block with pread (no shared file position).
class RangeReader
{
public:
    RangeReader(const QString& path, qint64 begin, qint64 end)
        : m_file(path)
        , m_pos(begin)
        , m_end(end)
    { }
    bool open() { return m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered); }
    QString errorString() const { return m_file.errorString(); }
    qint64 left() const { return m_end - m_pos; }
    qint64 position() const { return m_pos; }

    /// Up to `max` next bytes of the range into `out`; 0 at the end, -1 on an error.
    qint64 read(char* out, qint64 max)
    {
        const qint64 n = readAt(out, qMin(max, left()), m_pos);
        if (n > 0)
            m_pos += n;
        return n;
    }
    /// The byte at `offset` of the file, or -1 past the range end.
    int byteAt(qint64 offset)
    {
        char c = 0;
        return offset < m_end && readAt(&c, 1, offset) == 1 ? static_cast<unsigned char>(c) : -1;
    }

private:
    qint64 readAt(char* out, qint64 n, qint64 offset)
    {
        qint64 done = 0;
        while (done < n) {
            const ssize_t got = ::pread(m_file.handle(), out + done, static_cast<size_t>(n - done), offset + done);
            if (got < 0 && errno == EINTR)
                continue;
            if (got < 0)
                return -1;
            if (got == 0)
                break;
            done += got;
        }
        return done;
    }

    QFile m_file;
    qint64 m_pos;
    qint64 m_end;
};

/// The range as UTF-8, block by block: read as it is, or transcoded from the file's encoding.
class Utf8RangeReader
{
    Q_DECLARE_TR_FUNCTIONS(dia::source::Utf8RangeReader) // lupdate files member functions' texts under the class
public:
    Utf8RangeReader(const QString& path, qint64 begin, qint64 end, const QString& encoding)
        : m_reader(path, begin, end)
        , m_encoding(encoding)
        , m_begin(begin)
    { }
    bool open()
    {
        if (!m_encoding.isEmpty() && !m_transcoder.open(m_encoding)) {
            m_error = tr("Unknown encoding \"%1\".").arg(m_encoding);
            return false;
        }
        if (!m_reader.open()) {
            m_error = m_reader.errorString();
            return false;
        }
        return true;
    }
    QString errorString() const { return m_error; }
    bool atEnd() const { return m_reader.left() == 0; }

    /// Appends the next block to `out`; false on an error (unreadable, or a byte sequence invalid in the encoding).
    bool appendNext(std::string& out)
    {
        const size_t have = out.size();
        char* target = nullptr;
        if (m_encoding.isEmpty()) {
            out.resize(have + size_t(kBlock));
            target = out.data() + have;
        } else {
            m_raw.resize(kBlock);
            target = m_raw.data();
        }
        const qint64 n = m_reader.read(target, kBlock);
        if (n < 0) {
            m_error = m_reader.errorString();
            return false;
        }
        if (m_encoding.isEmpty()) {
            out.resize(have + size_t(n));
            return true;
        }
        m_decoded.resize(0);
        QList<qint64> invalid;
        m_transcoder.convert(m_raw.constData(), n, atEnd(), m_decoded, &invalid);
        if (!invalid.isEmpty()) {
            m_error
                = tr("The byte sequence at offset %1 is not valid %2.").arg(m_begin + invalid.first()).arg(m_encoding);
            return false;
        }
        out.append(m_decoded.constData(), size_t(m_decoded.size()));
        return true;
    }

private:
    RangeReader m_reader;
    QString m_encoding;
    qint64 m_begin;
    Transcoder m_transcoder;
    QByteArray m_raw;
    QByteArray m_decoded;
    QString m_error;
};

/// The range with doubled quotes fixed, block by block.
class QuoteFixDevice final : public QIODevice
{
public:
    QuoteFixDevice(const QString& path, qint64 begin, qint64 end)
        : m_reader(path, begin, end)
        , m_size(end - begin)
    { }
    bool open(OpenMode mode) override { return m_reader.open() && QIODevice::open(mode | QIODevice::Unbuffered); }
    bool isSequential() const override { return true; }
    qint64 size() const override { return m_size; }
    qint64 bytesAvailable() const override { return m_reader.left(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = m_reader.read(data, qMin(maxSize, kBlock));
        if (n < 0) {
            setErrorString(m_reader.errorString());
            return -1;
        }
        if (n > 0)
            m_fixer.fix(data, n, m_reader.byteAt(m_reader.position()));
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    RangeReader m_reader;
    DoubledQuoteFixer m_fixer;
    qint64 m_size;
};

/// The range rewritten record by record as it is read.
class RewriteDevice final : public QIODevice
{
    Q_DECLARE_TR_FUNCTIONS(dia::source::RewriteDevice) // lupdate files member functions' texts under the class
public:
    RewriteDevice(const QString& path, qint64 begin, qint64 end, const QString& encoding, CsvRecordRewriter rewriter)
        : m_reader(path, begin, end, encoding)
        , m_rewriter(std::move(rewriter))
    { }
    bool open(OpenMode mode) override
    {
        if (!m_reader.open()) {
            setErrorString(m_reader.errorString());
            return false;
        }
        return QIODevice::open(mode | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return qint64(m_out.size() - m_outPos) + (m_reader.atEnd() ? 0 : 1); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        while (m_outPos == m_out.size()) {
            if (m_finished)
                return 0;
            if (!refill())
                return -1;
        }
        const qint64 n = qMin<qint64>(maxSize, qint64(m_out.size() - m_outPos));
        std::memcpy(data, m_out.data() + m_outPos, static_cast<size_t>(n));
        m_outPos += size_t(n);
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    bool refill()
    {
        m_out.clear();
        m_outPos = 0;
        if (!m_reader.appendNext(m_in)) {
            setErrorString(m_reader.errorString());
            return false;
        }
        const bool eof = m_reader.atEnd();
        const qint64 used = m_rewriter.rewrite(m_in.data(), qint64(m_in.size()), eof, m_out);
        m_in.erase(0, size_t(used));
        if (eof) {
            m_finished = true;
            if (!m_in.empty()) {
                setErrorString(tr("The chunk ends inside a record."));
                return false;
            }
        }
        return true;
    }

    Utf8RangeReader m_reader;
    CsvRecordRewriter m_rewriter;
    std::string m_in;
    std::string m_out;
    size_t m_outPos = 0;
    bool m_finished = false;
};

} // namespace

QuoteFixedRangeBody::QuoteFixedRangeBody(QString path, qint64 begin, qint64 end, qint64 firstLine)
    : m_path(std::move(path))
    , m_begin(begin)
    , m_end(end)
    , m_firstLine(firstLine)
{ }

std::unique_ptr<QIODevice> QuoteFixedRangeBody::open() const
{
    auto device = std::make_unique<QuoteFixDevice>(m_path, m_begin, m_end);
    if (!device->open(QIODevice::ReadOnly))
        return nullptr;
    return device;
}

Result<QList<QPair<qint64, QByteArray>>> QuoteFixedRangeBody::records() const
{
    return PassthroughBody(m_path, m_begin, m_end, m_firstLine).records();
}

RewrittenRangeBody::RewrittenRangeBody(QString path, qint64 begin, qint64 end, qint64 firstLine, CsvDialect dialect,
    BodyFormat body, FieldRules rules, QString encoding)
    : m_path(std::move(path))
    , m_begin(begin)
    , m_end(end)
    , m_firstLine(firstLine)
    , m_dialect(std::move(dialect))
    , m_body(std::move(body))
    , m_rules(std::move(rules))
    , m_encoding(std::move(encoding))
{ }

std::unique_ptr<QIODevice> RewrittenRangeBody::open() const
{
    auto device = std::make_unique<RewriteDevice>(m_path, m_begin, m_end, m_encoding,
        CsvRecordRewriter(m_dialect, m_body.columnSeparator, m_body.lineDelimiter, m_rules));
    if (!device->open(QIODevice::ReadOnly))
        return nullptr;
    return device;
}

Result<QList<QPair<qint64, QByteArray>>> RewrittenRangeBody::records() const
{
    Utf8RangeReader reader(m_path, m_begin, m_end, m_encoding);
    if (!reader.open())
        return makeError(
            QStringLiteral("file_unreadable"), tr("Cannot reopen %1: %2").arg(m_path, reader.errorString()));
    const CsvRecordRewriter rewriter(m_dialect, m_body.columnSeparator, m_body.lineDelimiter, m_rules);
    QList<QPair<qint64, QByteArray>> result;
    qint64 line = m_firstLine;
    std::string in;
    std::string out;
    const qsizetype delimiter = m_body.lineDelimiter.size();
    for (;;) {
        if (!reader.appendNext(in))
            return makeError(
                QStringLiteral("file_unreadable"), tr("Cannot read %1: %2").arg(m_path, reader.errorString()));
        const bool eof = reader.atEnd();
        out.clear();
        QList<QPair<qint64, size_t>> starts; // (line, output offset) of each record
        qint64 breaksBefore = 0;
        const qint64 used
            = rewriter.rewrite(in.data(), qint64(in.size()), eof, out, [&](qint64 blank, qint64 breaks, size_t begin) {
                  breaksBefore += blank;
                  starts.append({ line + breaksBefore, begin });
                  breaksBefore += breaks;
              });
        for (qsizetype k = 0; k < starts.size(); ++k) {
            const size_t begin = starts.at(k).second;
            const size_t end = (k + 1 < starts.size() ? starts.at(k + 1).second : out.size()) - size_t(delimiter);
            result.append({ starts.at(k).first, QByteArray(out.data() + begin, qsizetype(end - begin)) });
        }
        line += breaksBefore;
        in.erase(0, size_t(used));
        if (eof)
            break;
    }
    return result;
}

} // namespace dia::source
