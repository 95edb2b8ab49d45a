#pragma once

#include "tablereader.h"
#include "xlsxsheetscanner.h"
#include "xlsxworkbook.h"

#include <QCoreApplication>
#include <QQueue>

namespace dia::source {

/// Streaming reader of one worksheet of an .xlsx workbook: rows come straight from the sheet XML
/// (XlsxSheetScanner, a byte-level tokenizer fed block by block); only the shared strings are held in memory.
class XlsxTableReader final : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(dia::source::XlsxTableReader) // lupdate files member functions' texts under the class
public:
    static Result<std::unique_ptr<XlsxTableReader>> open(const QString& path, const ReaderOptions& options);

    const SourceInfo& info() const override { return m_info; }
    Result<bool> next(Row& row) override;
    QList<SourceWarning> warnings() const override { return m_warnings; }
    double progress() const override { return m_stream.progress(); }
    /// Data rows announced by the sheet's <dimension>, or -1.
    qint64 declaredRows() const;
    qint64 warningCount() const { return m_warningCount; }

private:
    XlsxTableReader() = default;
    /// The next non-empty sheet row, cells placed by their reference; false at the end.
    Result<bool> readRow(QStringList& cells, qint64& rowNumber);
    QString cellValue();
    void addWarning(const QString& code, qint64 line, const QString& message);

    std::unique_ptr<XlsxWorkbook> m_book;
    XlsxSheetScanner m_stream;
    SourceInfo m_info;
    QQueue<QPair<qint64, QStringList>> m_lookahead;
    QList<SourceWarning> m_warnings;
    qint64 m_warningCount = 0;
    qint64 m_dimensionLastRow = -1;
    qint64 m_firstDataRow = 0;
    int m_columnCount = 0;
    // sheet XML state
    qint64 m_rowNumber = 0;
    int m_nextColumn = 0;
    int m_cellColumn = 0;
    QByteArray m_cellRef;
    QByteArray m_cellType;
    int m_cellStyle = 0;
    QByteArray m_cellText;
    bool m_inValue = false;
    bool m_inInlineText = false;
    int m_phonetic = 0;
};

} // namespace dia::source
