#include "spoolbody.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace dia::source {

namespace { } // namespace

Status SpoolBody::create(const QString& spoolDir)
{
    QDir().mkpath(spoolDir);
    m_data.setFileTemplate(QDir(spoolDir).filePath(QStringLiteral("chunk-XXXXXX.csv")));
    m_index.setFileTemplate(QDir(spoolDir).filePath(QStringLiteral("chunk-XXXXXX.idx")));
    if (!m_data.open() || !m_index.open()) {
        return makeError(QStringLiteral("spool_failed"),
            tr("Cannot create a spool file in %1: %2.").arg(spoolDir, m_data.errorString()),
            tr("Check that the spool directory is writable and has free space."));
    }
    // Qt may create the files unnamed (O_TMPFILE); asking for the names links them into the directory so
    // other handles can open them later
    if (m_data.fileName().isEmpty() || m_index.fileName().isEmpty())
        return makeError(QStringLiteral("spool_failed"), tr("Cannot name a spool file in %1.").arg(spoolDir));
    return {};
}

Status SpoolBody::append(const QByteArray& recordBytes, qint64 line)
{
    m_pending += recordBytes;
    m_size += recordBytes.size();
    qint64 entry[2] = { line, m_size };
    m_pendingIndex.append(reinterpret_cast<const char*>(entry), sizeof(entry));
    if (m_pending.size() >= (1 << 20)) {
        if (m_data.write(m_pending) != m_pending.size() || m_index.write(m_pendingIndex) != m_pendingIndex.size()) {
            return makeError(QStringLiteral("spool_failed"),
                tr("Cannot write the spool file: %1.").arg(m_data.errorString()),
                tr("Check that the spool directory has free space."));
        }
        m_pending.clear();
        m_pendingIndex.clear();
    }
    return {};
}

Result<qint64> SpoolBody::finish()
{
    if (m_data.write(m_pending) != m_pending.size() || m_index.write(m_pendingIndex) != m_pendingIndex.size()
        || !m_data.flush() || !m_index.flush()) {
        return makeError(QStringLiteral("spool_failed"),
            tr("Cannot write the spool file: %1.").arg(m_data.errorString()),
            tr("Check that the spool directory has free space."));
    }
    m_pending.clear();
    m_pendingIndex.clear();
    m_data.close();
    m_index.close();
    return m_size;
}

std::unique_ptr<QIODevice> SpoolBody::open() const
{
    auto file = std::make_unique<QFile>(m_data.fileName());
    if (!file->open(QIODevice::ReadOnly))
        return nullptr;
    return file;
}

Result<QList<QPair<qint64, QByteArray>>> SpoolBody::records() const
{
    QFile data(m_data.fileName());
    QFile index(m_index.fileName());
    if (!data.open(QIODevice::ReadOnly) || !index.open(QIODevice::ReadOnly))
        return makeError(
            QStringLiteral("file_unreadable"), tr("Cannot reopen the spool file %1.").arg(data.fileName()));
    QList<QPair<qint64, QByteArray>> result;
    qint64 previousEnd = 0;
    for (;;) {
        qint64 entry[2];
        if (index.read(reinterpret_cast<char*>(entry), sizeof(entry)) != sizeof(entry))
            break;
        QByteArray bytes = data.read(entry[1] - previousEnd);
        if (bytes.endsWith('\n'))
            bytes.chop(1);
        result.append({ entry[0], bytes });
        previousEnd = entry[1];
    }
    return result;
}

} // namespace dia::source
