#include "xlschild.h"

#if DIA_XLS_FORK

#include <cerrno>
#include <csignal>
#include <cstddef>
#include <cstring>
#include <ctime>
#include <initializer_list>

#include <sys/socket.h>
#include <unistd.h>

#include <freexl.h>

// Nothing of Qt, no stdio, no exceptions, no heap of our own: the child of a fork() in a multi-threaded
// process may only rely on what was not locked by another thread at the time of the fork.

namespace dia::source {

namespace {

/// Exit codes of the child when it stops on its own (the parent only needs "not the end marker").
constexpr int kExitPeerGone = 3;

/// Socket writer with a fixed buffer, flushed when full, on demand, and at most ~50 ms after a row.
class Writer
{
public:
    explicit Writer(int fd)
        : m_fd(fd)
    {
        clock_gettime(CLOCK_MONOTONIC, &m_flushed);
    }

    void put(const void* data, std::size_t size)
    {
        const char* from = static_cast<const char*>(data);
        while (size > 0) {
            const std::size_t room = sizeof(s_buffer) - m_used;
            const std::size_t n = size < room ? size : room;
            std::memcpy(s_buffer + m_used, from, n);
            m_used += n;
            from += n;
            size -= n;
            if (m_used == sizeof(s_buffer))
                flush();
        }
    }

    template <typename T> void value(T v) { put(&v, sizeof v); }

    void flush()
    {
        std::size_t done = 0;
        while (done < m_used) {
            const ssize_t n = ::send(m_fd, s_buffer + done, m_used - done, MSG_NOSIGNAL);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                _exit(kExitPeerGone); // the parent closed the reader
            done += static_cast<std::size_t>(n);
        }
        m_used = 0;
        clock_gettime(CLOCK_MONOTONIC, &m_flushed);
    }

    /// Flushes when something waits for longer than 50 ms, so a slow sheet still shows progress.
    void flushIfStale()
    {
        if (m_used == 0)
            return;
        timespec now {};
        clock_gettime(CLOCK_MONOTONIC, &now);
        const long long ms = (now.tv_sec - m_flushed.tv_sec) * 1000LL + (now.tv_nsec - m_flushed.tv_nsec) / 1000000;
        if (ms >= 50)
            flush();
    }

private:
    static char s_buffer[64 * 1024];
    int m_fd;
    std::size_t m_used = 0;
    timespec m_flushed {};
};

char Writer::s_buffer[64 * 1024];

bool readExact(int fd, void* data, std::size_t size)
{
    char* to = static_cast<char*>(data);
    while (size > 0) {
        const ssize_t n = ::recv(fd, to, size, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        to += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

/// Default actions for the fatal signals (the parent may have a crash handler that must not run here)
/// and nothing blocked, so a crash in FreeXL ends the child with the signal the parent reports.
void resetSignals()
{
    struct sigaction action
    {
    };
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    for (const int sig : { SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGPIPE, SIGTERM, SIGINT, SIGHUP })
        sigaction(sig, &action, nullptr);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
}

/// Closes every inherited descriptor but stdio and `keep`, so the child holds none of the parent's pipes,
/// sockets or files open while FreeXL works.
void closeOtherFds(int keep)
{
#if defined(__linux__)
    const bool closed = (keep <= 3 || ::close_range(3, static_cast<unsigned>(keep - 1), 0) == 0)
        && ::close_range(static_cast<unsigned>(keep + 1), ~0U, 0) == 0;
    if (closed)
        return;
#endif
    long max = sysconf(_SC_OPEN_MAX);
    if (max < 0 || max > 65536)
        max = 65536;
    for (int fd = 3; fd < max; ++fd) {
        if (fd != keep)
            ::close(fd);
    }
}

void writeCell(Writer& out, unsigned short column, const FreeXL_CellValue& cell)
{
    switch (cell.type) {
    case FREEXL_CELL_INT:
        out.value<std::uint16_t>(column);
        out.value<std::uint8_t>(cell.type);
        out.value<std::int32_t>(cell.value.int_value);
        break;
    case FREEXL_CELL_DOUBLE:
        out.value<std::uint16_t>(column);
        out.value<std::uint8_t>(cell.type);
        out.value<double>(cell.value.double_value);
        break;
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
    case FREEXL_CELL_TIME: {
        const char* text = cell.value.text_value ? cell.value.text_value : "";
        const std::size_t size = std::strlen(text);
        out.value<std::uint16_t>(column);
        out.value<std::uint8_t>(cell.type);
        out.value<std::uint32_t>(static_cast<std::uint32_t>(size));
        out.put(text, size);
        break;
    }
    default:
        break;
    }
}

bool isValue(unsigned char type)
{
    return type >= FREEXL_CELL_INT && type <= FREEXL_CELL_TIME;
}

} // namespace

void XlsChild::run(const char* path, int fd)
{
    resetSignals();
    closeOtherFds(fd);
    Writer out(fd);

    // FreeXL parses the whole workbook here (and converts every date to text, day by day): the parent's
    // watchdog covers this call, and a crash in it ends the child without the end marker.
    const void* handle = nullptr;
    const int opened = freexl_open(path, &handle);
    out.value<std::uint8_t>(kWorkbook);
    out.value<std::int32_t>(opened);
    if (opened != FREEXL_OK) {
        out.flush();
        _exit(0);
    }
    unsigned int password = 0;
    const bool locked
        = freexl_get_info(handle, FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK && password != FREEXL_BIFF_PLAIN;
    unsigned int dateMode = 0;
    const bool date1904 = freexl_get_info(handle, FREEXL_BIFF_DATEMODE, &dateMode) == FREEXL_OK
        && dateMode == FREEXL_BIFF_DATEMODE_1904;
    unsigned int sheetCount = 0;
    if (freexl_get_info(handle, FREEXL_BIFF_SHEET_COUNT, &sheetCount) != FREEXL_OK || sheetCount > 65535)
        sheetCount = sheetCount > 65535 ? 65535 : 0;
    out.value<std::uint8_t>(locked ? 1 : 0);
    out.value<std::uint8_t>(date1904 ? 1 : 0);
    out.value<std::uint32_t>(sheetCount);
    for (unsigned int i = 0; i < sheetCount; ++i) {
        const char* name = nullptr;
        if (freexl_get_worksheet_name(handle, static_cast<unsigned short>(i), &name) == FREEXL_OK && name) {
            const std::size_t size = std::strlen(name);
            out.value<std::int32_t>(static_cast<std::int32_t>(size));
            out.put(name, size);
        } else {
            out.value<std::int32_t>(-1);
        }
    }
    out.flush();

    std::int32_t sheet = kQuit;
    if (!readExact(fd, &sheet, sizeof sheet) || sheet < 0 || static_cast<unsigned int>(sheet) >= sheetCount)
        _exit(0);
    unsigned int rows = 0;
    unsigned short columns = 0;
    const std::int32_t selected
        = freexl_select_active_worksheet(handle, static_cast<unsigned short>(sheet)) == FREEXL_OK
            && freexl_worksheet_dimensions(handle, &rows, &columns) == FREEXL_OK
        ? FREEXL_OK
        : -1;
    out.value<std::uint8_t>(kSheet);
    out.value<std::int32_t>(selected);
    out.value<std::uint32_t>(rows);
    out.value<std::uint16_t>(columns);
    out.flush();
    if (selected != FREEXL_OK)
        _exit(0);

    for (unsigned int r = 0; r < rows; ++r) {
        bool started = false;
        for (unsigned short c = 0; c < columns && c != kEndOfRow; ++c) {
            FreeXL_CellValue cell;
            if (freexl_get_cell_value(handle, r, c, &cell) != FREEXL_OK || !isValue(cell.type))
                continue;
            if (!started) {
                out.value<std::uint8_t>(kRow);
                out.value<std::uint32_t>(r);
                started = true;
            }
            writeCell(out, c, cell);
        }
        if (started) {
            out.value<std::uint16_t>(kEndOfRow);
            out.flushIfStale();
        }
    }
    out.value<std::uint8_t>(kEnd);
    out.flush();
    // no freexl_close(): the process ends here, and FreeXL's clean-up is where it crashed before
    _exit(0);
}

} // namespace dia::source

#endif
