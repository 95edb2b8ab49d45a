#pragma once

#include "chunksource.h"

#include <QCoreApplication>

namespace dia::source {

/// A chunk body that is a byte range of the original (UTF-8) file, streamed from disk on every open().
class PassthroughBody final : public ChunkBody
{
    Q_DECLARE_TR_FUNCTIONS(dia::source::PassthroughBody) // lupdate files member functions' texts under the class
public:
    PassthroughBody(QString path, qint64 begin, qint64 end, qint64 firstLine);
    std::unique_ptr<QIODevice> open() const override;
    Result<QList<QPair<qint64, QByteArray>>> records() const override;

private:
    QString m_path;
    qint64 m_begin = 0;
    qint64 m_end = 0;
    qint64 m_firstLine = 1;
};

} // namespace dia::source
