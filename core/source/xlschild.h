#pragma once

// Qt-free on purpose: this runs in a child forked from a (possibly multi-threaded) Qt process, where only
// FreeXL, plain buffers and system calls are safe to use. See xlsworker.h for the parent side.

#include <cstdint>

#if defined(__unix__) || (defined(__APPLE__) && defined(__MACH__))
#define DIA_XLS_FORK 1
#else
#define DIA_XLS_FORK 0
#endif

namespace dia::source {

/// The FreeXL side of XlsWorker, run in a forked child process.
///
/// Protocol over one AF_UNIX stream socket, native byte order (both ends are the same binary):
///   child  -> 'W' i32 openResult; when FREEXL_OK: u8 password, u8 date1904, u32 sheetCount,
///             per sheet i32 nameBytes (-1 = no name) + UTF-8 bytes
///   parent -> i32 sheet index (-1: quit)
///   child  -> 'S' i32 selectResult, u32 rows, u16 columns
///   child  -> per row holding a cell: 'R' u32 row, per cell: u16 column, u8 FreeXL type, value
///             (i32 | f64 | u32 bytes + UTF-8 bytes), then u16 kEndOfRow
///   child  -> 'E' after the last row, then _exit(0)
/// Rows stream as fast as the socket takes them: its buffer is the back-pressure.
class XlsChild
{
public:
    static constexpr std::uint8_t kWorkbook = 'W';
    static constexpr std::uint8_t kSheet = 'S';
    static constexpr std::uint8_t kRow = 'R';
    static constexpr std::uint8_t kEnd = 'E';
    static constexpr std::uint16_t kEndOfRow = 0xFFFF;
    static constexpr std::int32_t kQuit = -1;

#if DIA_XLS_FORK
    /// Serves the workbook at `path` over `fd`, then ends the process with _exit() (never returns, never
    /// runs atexit handlers or flushes the parent's stdio buffers).
    [[noreturn]] static void run(const char* path, int fd);
#endif
};

} // namespace dia::source
