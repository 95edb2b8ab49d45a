#pragma once

#include "biffrecords.h"
#include "cellformatter.h"
#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <vector>

namespace dia::source {

/// The workbook globals of a BIFF5/BIFF8 stream (or of a single-sheet BIFF2-4 file): worksheets (BOUNDSHEET), shared
/// strings (SST), number formats (FORMAT, XF), the date system (DATEMODE) and the code page. Chart, macro and VB sheets
/// are left out. Errors: "encrypted_workbook" (FILEPASS), "bad_workbook" (the message says what is wrong, without the
/// file name).
class BiffWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(dia::source::BiffWorkbook) // lupdate files member functions' texts under the class
public:
    struct Sheet
    {
        QString name;
        quint32 offset = 0; ///< of the sheet's BOF record in the stream
        bool hidden = false; ///< hidden or very hidden
    };

    static Result<BiffWorkbook> parse(const QByteArray& stream);

    const QByteArray& stream() const { return m_stream; }
    /// 8 (Excel 97-2003), 5 (Excel 5/95), or 2-4 (Excel 2-4: one worksheet, "Sheet1", at offset 0)
    int version() const { return m_version; }
    bool date1904() const { return m_date1904; }
    const QList<Sheet>& sheets() const { return m_sheets; }
    /// How cells with extended format `xf` show numbers (BIFF2: `xf` is the cell's format index).
    DateKind dateKind(int xf) const
    {
        return xf >= 0 && std::size_t(xf) < m_xfKinds.size() ? m_xfKinds[std::size_t(xf)] : DateKind::None;
    }
    /// Shared string `index`; nullptr when out of range.
    const QString* sharedString(quint32 index) const
    {
        return index < quint32(m_strings.size()) ? &m_strings.at(qsizetype(index)) : nullptr;
    }
    /// A byte string of BIFF5 (code page) or the 8-bit form of BIFF8 (Latin-1).
    QString decode8(const char* data, int size) const;
    /// A string at `offset` of `record`: BIFF8 XLUnicodeString (16-bit length, option byte) or BIFF5
    /// (16-bit length, code-page bytes). Ends at the record end when it claims more.
    QString recordString(const BiffRecord& record, int offset) const;

private:
    Status parseSst(const std::vector<BiffRecord>& records);

    QByteArray m_stream;
    int m_version = 8;
    bool m_date1904 = false;
    QList<Sheet> m_sheets;
    QStringList m_strings;
    std::vector<DateKind> m_xfKinds;
    BiffCodepage m_codepage;
};

} // namespace dia::source
