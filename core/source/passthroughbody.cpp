#include "passthroughbody.h"

#include "common/filerangedevice.h"

#include <QCoreApplication>
#include <QFile>

namespace dia::source {

namespace {

/// A read-only view of [begin, end) of a file, as a sequential device with its own handle.
class RangeDevice final : public QIODevice, public FileRangeDevice
{
public:
    RangeDevice(const QString& path, qint64 begin, qint64 end)
        : m_file(path)
        , m_begin(begin)
        , m_end(end)
    { }
    bool open(OpenMode mode) override
    {
        if (!m_file.open(QIODevice::ReadOnly) || !m_file.seek(m_begin))
            return false;
        return QIODevice::open(mode);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return (m_end - m_begin - m_read) + QIODevice::bytesAvailable(); }
    qint64 size() const override { return m_end - m_begin; }

    int fileDescriptor() const override { return m_file.handle(); }
    qint64 nextFileOffset() const override { return m_begin + m_read; }
    qint64 remaining() const override { return m_end - m_begin - m_read; }
    void skipSent(qint64 bytes) override
    {
        m_read += bytes;
        m_file.seek(m_begin + m_read);
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 left = m_end - m_begin - m_read;
        if (left <= 0)
            return -1;
        const qint64 n = m_file.read(data, qMin(left, maxSize));
        if (n > 0)
            m_read += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QFile m_file;
    qint64 m_begin;
    qint64 m_end;
    qint64 m_read = 0;
};

} // namespace

PassthroughBody::PassthroughBody(QString path, qint64 begin, qint64 end, qint64 firstLine)
    : m_path(std::move(path))
    , m_begin(begin)
    , m_end(end)
    , m_firstLine(firstLine)
{ }

std::unique_ptr<QIODevice> PassthroughBody::open() const
{
    auto device = std::make_unique<RangeDevice>(m_path, m_begin, m_end);
    if (!device->open(QIODevice::ReadOnly))
        return nullptr;
    return device;
}

Result<QList<QPair<qint64, QByteArray>>> PassthroughBody::records() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(m_begin))
        return makeError(QStringLiteral("file_unreadable"), tr("Cannot reopen %1.").arg(m_path));
    QList<QPair<qint64, QByteArray>> result;
    qint64 line = m_firstLine;
    QByteArray carry;
    qint64 left = m_end - m_begin;
    while (left > 0 || !carry.isEmpty()) {
        QByteArray block = left > 0 ? file.read(qMin<qint64>(left, 1 << 20)) : QByteArray();
        if (left > 0 && block.isEmpty())
            return makeError(QStringLiteral("file_unreadable"), tr("Cannot read %1.").arg(m_path));
        left -= block.size();
        carry += block;
        qsizetype start = 0;
        for (;;) {
            const qsizetype nl = carry.indexOf('\n', start);
            if (nl < 0)
                break;
            if (nl > start)
                result.append({ line, carry.mid(start, nl - start) });
            ++line;
            start = nl + 1;
        }
        carry.remove(0, start);
        if (left <= 0) {
            if (!carry.isEmpty())
                result.append({ line, carry });
            break;
        }
    }
    return result;
}

} // namespace dia::source
