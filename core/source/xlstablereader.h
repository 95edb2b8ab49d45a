#pragma once

#include "tablereader.h"
#include "xlsworker.h"

#include <memory>
#include <utility>
#include <vector>

namespace dia::source {

/// Reader of one worksheet of a legacy .xls (BIFF) workbook through FreeXL (dates come out as ISO text).
/// FreeXL runs in a child process (XlsWorker): a workbook that crashes it gives "bad_workbook", one that
/// stalls it for XlsWorker::watchdogMilliseconds() "xls_timeout". The reader holds at most the rows that
/// decide the sheet layout plus one row; the socket to the child gives the back-pressure.
class XlsTableReader final : public TableReader
{
public:
    static Result<std::unique_ptr<XlsTableReader>> open(const QString& path, const ReaderOptions& options);
    /// Stops the FreeXL child (SIGKILL when it still runs) and reaps it.
    ~XlsTableReader() override;

    const SourceInfo& info() const override { return m_info; }
    Result<bool> next(Row& row) override;
    QList<SourceWarning> warnings() const override { return m_warnings; }
    double progress() const override;

private:
    XlsTableReader() = default;
    /// The next row holding a value, as text, with its 0-based sheet row; false after the last one.
    Result<bool> readRow(unsigned int& number, QStringList& cells);

    std::unique_ptr<XlsWorker> m_worker;
    std::vector<XlsWorker::Cell> m_cells;
    QList<std::pair<unsigned int, QStringList>> m_pending; ///< layout rows not yet returned
    SourceInfo m_info;
    QList<SourceWarning> m_warnings;
    unsigned int m_rows = 0;
    unsigned int m_nextRow = 0;
    int m_columnCount = 0;
    bool m_date1904 = false;
    bool m_ended = false;
};

} // namespace dia::source
