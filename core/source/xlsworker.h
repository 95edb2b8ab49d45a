#pragma once

#include "common/result.h"
#include "xlschild.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace dia::source {

/// FreeXL behind a process boundary: a forked child (XlsChild) opens the workbook and streams the chosen
/// sheet's cells over a socket, so a crash or an endless loop inside FreeXL becomes an error here
/// ("bad_workbook" when the child dies, "xls_timeout" when it sends nothing for watchdogMilliseconds()).
/// Without fork() (non-POSIX builds) FreeXL runs in-process behind the same interface.
class XlsWorker
{
public:
    /// One non-empty cell as FreeXL returned it. `text` (types TEXT, SST_TEXT, DATE, DATETIME, TIME) is
    /// NUL-terminated UTF-8, valid until the next nextRow().
    struct Cell
    {
        unsigned short column = 0;
        unsigned char type = 0; ///< FREEXL_CELL_*
        int integer = 0;
        double number = 0;
        const char* text = nullptr;
    };

    /// What freexl_open() found.
    struct Workbook
    {
        int openResult = 0; ///< FREEXL_OK or FreeXL's error code; nothing else is set when not OK
        bool passwordProtected = false;
        bool date1904 = false;
        QStringList sheets; ///< names; "SheetN" when FreeXL has none
    };

    /// Starts the worker on `path` and waits for the workbook facts. Fails only when FreeXL crashed,
    /// stalled or the worker could not start; FreeXL's own errors are in workbook().openResult.
    static Result<std::unique_ptr<XlsWorker>> start(const QString& path);
    /// Kills (SIGKILL) and reaps the child when it still runs.
    ~XlsWorker();
    XlsWorker(const XlsWorker&) = delete;
    XlsWorker& operator=(const XlsWorker&) = delete;

    const Workbook& workbook() const { return m_workbook; }
    /// Chooses the sheet to stream. Returns FreeXL's result (FREEXL_OK or an error code) and its size.
    Result<int> selectSheet(int index, unsigned int& rows, unsigned short& columns);
    /// The next row holding at least one value, its cells in column order; false after the last one.
    Result<bool> nextRow(unsigned int& row, std::vector<Cell>& cells);

    /// Longest wait for the child to send anything (default 20 s); `milliseconds <= 0` restores the default.
    /// While FreeXL opens the workbook the wait is this time per started 512 KiB of file (FreeXL's date
    /// conversion makes a big sheet of dates legitimately slow to open).
    static void setWatchdogMilliseconds(int milliseconds);
    static int watchdogMilliseconds();

private:
    XlsWorker() = default;

    Status read(void* data, std::size_t size);
    template <typename T> Status read(T& value) { return read(&value, sizeof value); }
    Status fill();
    Error fail(Error error); ///< remembers the first failure: every later call returns it
    Error stopped(); ///< the child ended without the end marker
    Error timedOut(); ///< the child sent nothing for watchdogMilliseconds()
    Error malformed(); ///< the child sent bytes outside the protocol
    int finish(bool kill); ///< closes the socket, kills the child when asked, reaps it; its wait status

    Workbook m_workbook;
    QString m_path;
    Status m_failed;
    bool m_ended = false;
    int m_pid = -1; ///< the forked child while it is not reaped
    int m_status = 0;
    int m_limitMs = 0; ///< the current watchdog time
    int m_fd = -1;
    std::vector<char> m_buffer;
    std::size_t m_begin = 0;
    std::size_t m_end = 0;
    std::vector<std::size_t> m_textOffsets;
    std::vector<char> m_text;
    unsigned int m_rows = 0;
    unsigned short m_columns = 0;
#if !DIA_XLS_FORK
    const void* m_handle = nullptr; ///< in-process FreeXL (non-POSIX builds)
    unsigned int m_nextRow = 0;
#endif
};

} // namespace dia::source
