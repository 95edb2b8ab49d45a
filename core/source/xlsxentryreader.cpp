#include "xlsxentryreader.h"

#include "xlsxworkbook.h"

#include <QCoreApplication>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace dia::source {

namespace {
constexpr qint64 kReadBlock = 256 * 1024;
} // namespace

XlsxEntryReader::XlsxEntryReader() = default;
XlsxEntryReader::~XlsxEntryReader()
{
    if (m_file)
        m_file->close();
    if (m_zip)
        m_zip->close();
}

Status XlsxEntryReader::open(const QString& zipPath, const QString& entry, qint64 maxBytes)
{
    m_entry = entry;
    m_maxBytes = maxBytes;
    m_read = 0;
    m_file.reset();
    m_zip = std::make_unique<QuaZip>(zipPath);
    if (!m_zip->open(QuaZip::mdUnzip)) {
        return makeError(QStringLiteral("bad_workbook"), tr("%1 is not a readable XLSX (zip) file.").arg(zipPath),
            tr("Save the workbook again from Excel, or export it as CSV."));
    }
    if (!m_zip->setCurrentFile(entry)) {
        return makeError(QStringLiteral("bad_workbook"), tr("The workbook has no part %1.").arg(entry),
            tr("Save the workbook again from Excel, or export it as CSV."));
    }
    QuaZipFileInfo64 info;
    if (!m_zip->getCurrentFileInfo(&info)) {
        return makeError(QStringLiteral("bad_workbook"), tr("Cannot read the zip directory entry of %1.").arg(entry));
    }
    if (info.flags & 1) {
        return makeError(QStringLiteral("encrypted_workbook"), tr("The workbook is encrypted."),
            tr("Remove the password in Excel (File > Info > Protect Workbook) and save it again."));
    }
    m_compressed = static_cast<qint64>(info.compressedSize);
    m_declared = static_cast<qint64>(info.uncompressedSize);
    if (m_declared > m_maxBytes
        || (m_declared > XlsxWorkbook::kRatioFloor
            && m_declared > XlsxWorkbook::kMaxRatio * qMax<qint64>(1, m_compressed))) {
        return makeError(QStringLiteral("zip_bomb"),
            tr("The workbook part %1 would expand from %2 to %3 bytes; refusing it as a possible zip bomb.")
                .arg(entry)
                .arg(m_compressed)
                .arg(m_declared),
            tr("If the file is genuine, export the sheet as CSV and load that instead."));
    }
    m_file = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_file->open(QIODevice::ReadOnly)) {
        return makeError(QStringLiteral("bad_workbook"), tr("Cannot open the workbook part %1.").arg(entry),
            tr("Save the workbook again from Excel, or export it as CSV."));
    }
    return {};
}

Result<QByteArray> XlsxEntryReader::read()
{
    if (!m_file)
        return QByteArray();
    QByteArray block = m_file->read(kReadBlock);
    if (block.isEmpty() && m_file->getZipError() != 0) {
        return makeError(QStringLiteral("bad_workbook"), tr("The workbook part %1 is corrupt.").arg(m_entry),
            tr("Save the workbook again from Excel, or export it as CSV."));
    }
    m_read += block.size();
    // the directory may lie: apply the caps to what really comes out
    if (m_read > m_maxBytes || m_read > m_declared + kReadBlock
        || (m_read > XlsxWorkbook::kRatioFloor && m_read > XlsxWorkbook::kMaxRatio * qMax<qint64>(1, m_compressed))) {
        return makeError(QStringLiteral("zip_bomb"),
            tr("The workbook part %1 expands beyond its limits; refusing it as a possible zip bomb.").arg(m_entry),
            tr("If the file is genuine, export the sheet as CSV and load that instead."));
    }
    return block;
}

} // namespace dia::source
