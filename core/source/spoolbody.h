#pragma once

#include "chunksource.h"

#include <QCoreApplication>
#include <QTemporaryFile>

namespace dia::source {

/// A rewritten chunk body spooled to a temporary file under the spool directory (deleted with the body),
/// with a sidecar of (start line, end offset) per record for records().
class SpoolBody final : public ChunkBody
{
    Q_DECLARE_TR_FUNCTIONS(dia::source::SpoolBody) // lupdate files member functions' texts under the class
public:
    SpoolBody() = default;
    /// Creates the spool files; call before append().
    Status create(const QString& spoolDir);
    /// Appends canonical record bytes that started on physical line `line` of the original file.
    Status append(const QByteArray& recordBytes, qint64 line);
    /// Flushes and closes the files for writing; returns the body size.
    Result<qint64> finish();

    std::unique_ptr<QIODevice> open() const override;
    Result<QList<QPair<qint64, QByteArray>>> records() const override;
    QString fileName() const { return m_data.fileName(); }

private:
    mutable QTemporaryFile m_data;
    mutable QTemporaryFile m_index;
    QByteArray m_pending;
    QByteArray m_pendingIndex;
    qint64 m_size = 0;
};

} // namespace dia::source
