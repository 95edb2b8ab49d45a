#pragma once

#include "cellformatter.h"
#include "common/result.h"
#include "xlsxentryreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>

namespace dia::source {

/// A worksheet listed in the workbook.
struct XlsxSheet
{
    QString name;
    QString path; ///< zip entry, e.g. "xl/worksheets/sheet1.xml"
};

/// The parts of an .xlsx workbook needed to read its sheets: sheet list, date system, cell styles and
/// shared strings. Refuses zip bombs (size and ratio caps), XML with a DTD (entity expansion) and
/// encrypted entries.
class XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(dia::source::XlsxWorkbook) // lupdate files member functions' texts under the class
public:
    static Result<std::unique_ptr<XlsxWorkbook>> open(const QString& path);

    const QList<XlsxSheet>& sheets() const { return m_sheets; }
    QStringList sheetNames() const;
    bool date1904() const { return m_date1904; }
    /// Date kind of a cell style index (`s` attribute).
    DateKind styleDateKind(int styleIndex) const { return m_styleKinds.value(styleIndex, DateKind::None); }
    const QStringList& sharedStrings() const { return m_sharedStrings; }
    const QString& path() const { return m_path; }

    /// Sheet by name or by 0-based index as text; the first when `selector` is empty.
    Result<XlsxSheet> sheet(const QString& selector) const;

    static constexpr qint64 kMaxSheetBytes = 4LL * 1024 * 1024 * 1024;
    static constexpr qint64 kMaxSharedStringsBytes = 256LL * 1024 * 1024;
    static constexpr qint64 kMaxSmallPartBytes = 32LL * 1024 * 1024;
    static constexpr qint64 kMaxRatio = 200; ///< uncompressed / compressed, checked above kRatioFloor bytes
    static constexpr qint64 kRatioFloor = 8LL * 1024 * 1024;

private:
    XlsxWorkbook() = default;
    Status readWorkbook();
    Status readStyles(const QString& entry);
    Status readSharedStrings(const QString& entry);

    QString m_path;
    QList<XlsxSheet> m_sheets;
    QHash<QString, QPair<qint64, qint64>> m_entrySizes; ///< name -> (compressed, uncompressed)
    bool m_date1904 = false;
    QHash<int, DateKind> m_styleKinds;
    QStringList m_sharedStrings;
};

} // namespace dia::source
