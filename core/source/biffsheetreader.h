#pragma once

#include "biffworkbook.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <vector>

namespace dia::source {

/// Streams the cells of one worksheet of a BiffWorkbook as rows of text, in the XLSX reader's
/// conventions: numbers as plain shortest decimal text, dates and times as ISO text (by the cell's
/// XF), booleans "true"/"false", formula cells as their cached result, error values as empty cells with
/// a "cell_error" warning. scan() runs first over the sheet's records (only their row and column) to
/// learn the used width, the merged ranges ("merged_cells" warnings) and whether rows come in order;
/// a sheet whose rows are out of order is decoded whole and sorted, so every row is returned once.
class BiffSheetReader
{
    Q_DECLARE_TR_FUNCTIONS(dia::source::BiffSheetReader) // lupdate files member functions' texts under the class
public:
    using WarningSink = std::function<void(const QString& code, qint64 line, const QString& message)>;

    /// Highest column count read (XLSX's limit); cells further right are ignored with a warning.
    static constexpr int kMaxColumns = 16384;

    BiffSheetReader(const BiffWorkbook& book, qint64 start, qint64 end, WarningSink warn);
    /// Checks the sheet's BOF and learns its layout; "bad_workbook" error (message without the file name).
    Status scan();
    /// 1 + the rightmost column holding a value.
    int width() const { return m_width; }
    /// Next row holding at least one non-empty value: its 0-based sheet row and width() cells.
    bool nextRow(quint32& row, QStringList& cells);
    double progress() const;

    /// CellFormatter::serialToIso without QDate and QString::arg (the same text, several times faster: a
    /// sheet can hold 100,000s of dates); falls back to it outside 1900-01-01..9999-12-31.
    static QString serialToIso(double serial, bool date1904, DateKind kind);

private:
    struct Cell
    {
        quint32 row = 0;
        quint16 col = 0;
        QString text;
    };
    /// Decodes the record's cells into m_queue.
    void decode(BiffRecord r);
    /// The BIFF5/8 id of a record of any version (BIFF2-4 BOF/FORMULA, BIFF2 cells).
    quint16 normalized(quint16 type) const;
    bool nextCell(Cell& cell);
    void push(quint32 row, quint16 col, QString text);
    QString numberText(double value, int xf) const;
    void errorCell(quint32 row, quint16 col, quint8 code);

    const BiffWorkbook& m_book;
    qint64 m_start;
    qint64 m_end;
    WarningSink m_warn;
    BiffRecordStream m_records;
    int m_base; ///< offset of a cell record's value: 7 in BIFF2 (3 attribute bytes), 6 later
    int m_width = 0;
    int m_depth = 0;
    bool m_inOrder = true;
    bool m_done = false;
    std::vector<Cell> m_queue;
    std::size_t m_queueAt = 0;
    bool m_sorted = false;
    bool m_hasStash = false;
    Cell m_stash;
    bool m_formulaString = false; ///< a FORMULA with a string result waits for its STRING record
    quint32 m_formulaRow = 0;
    quint16 m_formulaCol = 0;
    int m_wideWarnings = 0;
};

} // namespace dia::source
