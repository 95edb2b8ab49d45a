#include "formatdetector.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace dia::source {

namespace {

/// An OLE2 file holding an "EncryptedPackage" stream is an encrypted OOXML workbook.
bool oleHasEncryptedPackage(QFile& file)
{
    static const QByteArray needle = QByteArray("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
    file.seek(0);
    QByteArray carry;
    qint64 scanned = 0;
    while (!file.atEnd() && scanned < 64LL * 1024 * 1024) {
        QByteArray block = carry + file.read(1 << 20);
        if (block.contains(needle))
            return true;
        scanned += block.size() - carry.size();
        carry = block.right(needle.size());
        if (block.size() <= carry.size())
            break;
    }
    return false;
}

/// An Excel 2-4 worksheet file: a bare BIFF stream starting with its BOF record (id 0x0009, 0x0209 or
/// 0x0409, a body of 4 to 16 bytes, sheet type 0x0010).
bool isBiff2To4Worksheet(const QByteArray& head)
{
    if (head.size() < 8 || head.at(0) != 0x09 || (head.at(1) != 0x00 && head.at(1) != 0x02 && head.at(1) != 0x04))
        return false;
    const int size = quint8(head.at(2)) | (quint8(head.at(3)) << 8);
    return size >= 4 && size <= 16 && head.at(6) == 0x10 && head.at(7) == 0x00;
}

} // namespace

Result<FileFormat> FormatDetector::detect(const QString& path)
{
    const QFileInfo fi(path);
    if (!fi.exists()) {
        return makeError(QStringLiteral("file_not_found"), tr("%1 does not exist.").arg(path),
            tr("Check the path and the file name."));
    }
    if (fi.isDir()) {
        return makeError(QStringLiteral("file_unreadable"), tr("%1 is a directory, not a file.").arg(path),
            tr("Choose a CSV, TSV, XLSX or XLS file."));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(QStringLiteral("file_unreadable"), tr("Cannot open %1: %2.").arg(path, file.errorString()),
            tr("Check the file permissions."));
    }
    const QByteArray head = file.read(8);
    const QString suffix = fi.suffix().toLower();
    const bool excelName = suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm");
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return FileFormat::Xlsx;
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        if (oleHasEncryptedPackage(file) || excelName) {
            return makeError(QStringLiteral("encrypted_workbook"),
                tr("%1 is an encrypted (password-protected) Excel workbook.").arg(fi.fileName()),
                tr("Open it in Excel, remove the password (File > Info > Protect Workbook) and save it again."));
        }
        return FileFormat::Xls;
    }
    if (isBiff2To4Worksheet(head))
        return FileFormat::Xls;
    if (excelName) {
        return makeError(QStringLiteral("bad_workbook"),
            tr("%1 is named like an Excel workbook but is not one.").arg(fi.fileName()),
            tr("Save the workbook again from Excel, or export it as CSV."));
    }
    return FileFormat::Csv;
}

} // namespace dia::source
