#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

class QuaZip;
class QuaZipFile;

namespace dia::source {

/// One zip entry read in blocks with the bomb guards applied to the bytes really inflated.
class XlsxEntryReader
{
    Q_DECLARE_TR_FUNCTIONS(dia::source::XlsxEntryReader) // lupdate files member functions' texts under the class
public:
    XlsxEntryReader();
    ~XlsxEntryReader();
    XlsxEntryReader(const XlsxEntryReader&) = delete;
    XlsxEntryReader& operator=(const XlsxEntryReader&) = delete;

    Status open(const QString& zipPath, const QString& entry, qint64 maxBytes);
    /// Next block (empty at the end).
    Result<QByteArray> read();
    qint64 bytesRead() const { return m_read; }
    qint64 compressedSize() const { return m_compressed; }
    qint64 uncompressedSize() const { return m_declared; }

private:
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_file;
    QString m_entry;
    qint64 m_read = 0;
    qint64 m_maxBytes = 0;
    qint64 m_compressed = 0;
    qint64 m_declared = 0;
};

} // namespace dia::source
