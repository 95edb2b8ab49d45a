#pragma once

#include "biffsheetreader.h"
#include "biffworkbook.h"
#include "tablereader.h"

#include <QCoreApplication>
#include <QList>

#include <memory>
#include <utility>

namespace dia::source {

/// Reader of one worksheet of a legacy .xls workbook (BIFF8, Excel 97-2003, or BIFF5, Excel 5/95) with
/// our own Compound File (CfbReader) and BIFF (BiffWorkbook, BiffSheetReader) parsers: formula cells give
/// their cached results, dates and booleans read as in XLSX. Every row has the sheet's used width. The
/// workbook stream is held in memory (at most CfbReader::kMaxStreamBytes); the rows are decoded lazily.
class XlsTableReader final : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(dia::source::XlsTableReader) // lupdate files member functions' texts under the class
public:
    static Result<std::unique_ptr<XlsTableReader>> open(const QString& path, const ReaderOptions& options);

    const SourceInfo& info() const override { return m_info; }
    Result<bool> next(Row& row) override;
    QList<SourceWarning> warnings() const override { return m_warnings; }
    double progress() const override;

private:
    XlsTableReader() = default;
    void addWarning(const QString& code, qint64 line, const QString& message);

    std::unique_ptr<BiffWorkbook> m_book;
    std::unique_ptr<BiffSheetReader> m_sheet;
    QList<std::pair<quint32, QStringList>> m_pending; ///< layout rows not yet returned
    SourceInfo m_info;
    QList<SourceWarning> m_warnings;
    qint64 m_warningCount = 0;
    int m_columnCount = 0;
    bool m_ended = false;
};

} // namespace dia::source
