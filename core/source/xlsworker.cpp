#include "xlsworker.h"

#include "xlschild.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <limits>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>

#include <freexl.h>

#if DIA_XLS_FORK
#include <csignal>
#include <poll.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace dia::source {

namespace {

constexpr int kDefaultWatchdogMs = 20000;
/// freexl_open() parses the whole workbook and sends nothing meanwhile, turning each date cell into text
/// one day at a time (~70 us per cell of today's dates, ~7.5 us per byte of a sheet of dates): the open
/// phase gets the watchdog time once per started 512 KiB of file, so a big legitimate workbook of dates
/// is not taken for a hang, while a small hostile one is still stopped after the plain watchdog time.
constexpr qint64 kOpenBytesPerWatchdog = 512 * 1024;
std::atomic<int> s_watchdogMs { kDefaultWatchdogMs };

#if DIA_XLS_FORK
QString tr(const char* text)
{
    return QCoreApplication::translate("dia::source", text);
}

QString damagedHint()
{
    return tr("Open it in Excel and save it again as .xlsx, or export the sheet as CSV.");
}

constexpr std::size_t kReadBuffer = 64 * 1024;
constexpr std::uint32_t kMaxCellText = 64U * 1024 * 1024; // BIFF8 caps a cell at 32767 characters
constexpr std::size_t kMaxRowText = 256U * 1024 * 1024;
constexpr std::size_t kNoText = std::numeric_limits<std::size_t>::max();

bool isText(unsigned char type)
{
    return type == FREEXL_CELL_TEXT || type == FREEXL_CELL_SST_TEXT || type == FREEXL_CELL_DATE
        || type == FREEXL_CELL_DATETIME || type == FREEXL_CELL_TIME;
}
#endif

} // namespace

void XlsWorker::setWatchdogMilliseconds(int milliseconds)
{
    s_watchdogMs.store(milliseconds > 0 ? milliseconds : kDefaultWatchdogMs);
}

int XlsWorker::watchdogMilliseconds()
{
    return s_watchdogMs.load();
}

#if DIA_XLS_FORK

Result<std::unique_ptr<XlsWorker>> XlsWorker::start(const QString& path)
{
    std::unique_ptr<XlsWorker> worker(new XlsWorker);
    worker->m_path = path;
    // everything the child needs is prepared before fork(): it must not allocate through Qt
    const QByteArray native = QFile::encodeName(path);
    const qint64 fileSize = QFileInfo(path).size();
    int fds[2] = { -1, -1 };
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
        return makeError(QStringLiteral("xls_reader_failed"),
            tr("Could not start the .xls reader for %1: %2.").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(fds[0]);
        XlsChild::run(native.constData(), fds[1]);
    }
    const int forkError = errno;
    ::close(fds[1]);
    if (pid < 0) {
        ::close(fds[0]);
        return makeError(QStringLiteral("xls_reader_failed"),
            tr("Could not start the .xls reader for %1: %2.")
                .arg(path, QString::fromLocal8Bit(std::strerror(forkError))),
            tr("Close other programs to free memory and processes, then try again."));
    }
    worker->m_pid = pid;
    worker->m_fd = fds[0];
    worker->m_buffer.resize(kReadBuffer);
    const qint64 watchdog = watchdogMilliseconds();
    const qint64 slices = std::max<qint64>(1, (fileSize + kOpenBytesPerWatchdog - 1) / kOpenBytesPerWatchdog);
    worker->m_limitMs = static_cast<int>(std::min<qint64>(watchdog * slices, std::numeric_limits<int>::max()));

    Workbook& book = worker->m_workbook;
    std::uint8_t tag = 0;
    std::int32_t opened = 0;
    if (Status s = worker->read(tag); !s)
        return s.error();
    if (tag != XlsChild::kWorkbook)
        return worker->malformed();
    if (Status s = worker->read(opened); !s)
        return s.error();
    book.openResult = opened;
    if (opened != FREEXL_OK) {
        worker->finish(false);
        return worker;
    }
    std::uint8_t locked = 0;
    std::uint8_t date1904 = 0;
    std::uint32_t count = 0;
    if (Status s = worker->read(locked); !s)
        return s.error();
    if (Status s = worker->read(date1904); !s)
        return s.error();
    if (Status s = worker->read(count); !s)
        return s.error();
    if (count > 65535)
        return worker->malformed();
    book.passwordProtected = locked != 0;
    book.date1904 = date1904 != 0;
    QByteArray name;
    for (std::uint32_t i = 0; i < count; ++i) {
        std::int32_t size = 0;
        if (Status s = worker->read(size); !s)
            return s.error();
        if (size < 0) {
            book.sheets.append(QStringLiteral("Sheet%1").arg(i + 1));
            continue;
        }
        if (size > 1024 * 1024)
            return worker->malformed();
        name.resize(size);
        if (Status s = worker->read(name.data(), name.size()); !s)
            return s.error();
        book.sheets.append(QString::fromUtf8(name));
    }
    worker->m_limitMs = watchdogMilliseconds(); // from here on FreeXL only looks cells up
    return worker;
}

XlsWorker::~XlsWorker()
{
    finish(true);
}

Result<int> XlsWorker::selectSheet(int index, unsigned int& rows, unsigned short& columns)
{
    if (!m_failed)
        return m_failed.error();
    const std::int32_t sheet = index;
    if (m_fd < 0 || ::send(m_fd, &sheet, sizeof sheet, MSG_NOSIGNAL) != static_cast<ssize_t>(sizeof sheet))
        return fail(stopped());
    std::uint8_t tag = 0;
    std::int32_t selected = 0;
    std::uint32_t r = 0;
    std::uint16_t c = 0;
    if (Status s = read(tag); !s)
        return s.error();
    if (tag != XlsChild::kSheet)
        return malformed();
    if (Status s = read(selected); !s)
        return s.error();
    if (Status s = read(r); !s)
        return s.error();
    if (Status s = read(c); !s)
        return s.error();
    rows = m_rows = r;
    columns = m_columns = c;
    if (selected != FREEXL_OK)
        finish(false);
    return int(selected);
}

Result<bool> XlsWorker::nextRow(unsigned int& row, std::vector<Cell>& cells)
{
    if (!m_failed)
        return m_failed.error();
    if (m_ended)
        return false;
    cells.clear();
    m_text.clear();
    m_textOffsets.clear();
    std::uint8_t tag = 0;
    if (Status s = read(tag); !s)
        return s.error();
    if (tag == XlsChild::kEnd) {
        m_ended = true;
        finish(false);
        return false;
    }
    std::uint32_t number = 0;
    if (tag != XlsChild::kRow)
        return malformed();
    if (Status s = read(number); !s)
        return s.error();
    for (;;) {
        std::uint16_t column = 0;
        if (Status s = read(column); !s)
            return s.error();
        if (column == XlsChild::kEndOfRow)
            break;
        Cell cell;
        cell.column = column;
        std::size_t offset = kNoText;
        if (Status s = read(cell.type); !s)
            return s.error();
        if (cell.type == FREEXL_CELL_INT) {
            std::int32_t v = 0;
            if (Status s = read(v); !s)
                return s.error();
            cell.integer = v;
        } else if (cell.type == FREEXL_CELL_DOUBLE) {
            if (Status s = read(cell.number); !s)
                return s.error();
        } else if (isText(cell.type)) {
            std::uint32_t size = 0;
            if (Status s = read(size); !s)
                return s.error();
            if (size > kMaxCellText || m_text.size() + size > kMaxRowText)
                return malformed();
            offset = m_text.size();
            m_text.resize(offset + size + 1);
            if (Status s = read(m_text.data() + offset, size); !s)
                return s.error();
            m_text[offset + size] = '\0';
        } else {
            return malformed();
        }
        cells.push_back(cell);
        m_textOffsets.push_back(offset);
    }
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (m_textOffsets[i] != kNoText)
            cells[i].text = m_text.data() + m_textOffsets[i];
    }
    row = number;
    return true;
}

Status XlsWorker::read(void* data, std::size_t size)
{
    char* to = static_cast<char*>(data);
    while (size > 0) {
        if (m_begin == m_end) {
            if (Status s = fill(); !s)
                return s;
        }
        const std::size_t n = std::min(size, m_end - m_begin);
        std::memcpy(to, m_buffer.data() + m_begin, n);
        m_begin += n;
        to += n;
        size -= n;
    }
    return {};
}

Status XlsWorker::fill()
{
    if (!m_failed)
        return m_failed;
    if (m_fd < 0)
        return fail(stopped());
    m_begin = m_end = 0;
    // the watchdog: the child must send something within the limit, however long the sheet is
    const QDeadlineTimer deadline(m_limitMs);
    for (;;) {
        pollfd wait { m_fd, POLLIN, 0 };
        const qint64 left = deadline.remainingTime();
        const int ready = left > 0 ? ::poll(&wait, 1, static_cast<int>(left)) : 0;
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready == 0)
            return fail(timedOut());
        if (ready < 0)
            return fail(stopped());
        const ssize_t n = ::recv(m_fd, m_buffer.data(), m_buffer.size(), 0);
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (n <= 0)
            return fail(stopped());
        m_end = static_cast<std::size_t>(n);
        return {};
    }
}

Error XlsWorker::fail(Error error)
{
    if (m_failed)
        m_failed = error;
    return m_failed.error();
}

Error XlsWorker::stopped()
{
    const int status = finish(false);
    const QString why = WIFSIGNALED(status) ? tr("signal %1").arg(WTERMSIG(status))
                                            : tr("exit code %1").arg(WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    return makeError(QStringLiteral("bad_workbook"),
        tr("FreeXL stopped while reading %1 (%2): the workbook is damaged.").arg(m_path, why), damagedHint());
}

Error XlsWorker::timedOut()
{
    finish(true);
    return makeError(QStringLiteral("xls_timeout"),
        tr("FreeXL sent nothing for %1 s while reading %2, so it was stopped.")
            .arg(QString::number(m_limitMs / 1000.0, 'g', 6), m_path),
        tr("The workbook is damaged or holds values FreeXL handles very slowly (such as dates thousands of "
           "years ahead). Save it again from Excel as .xlsx, or export the sheet as CSV."));
}

Error XlsWorker::malformed()
{
    finish(true);
    return fail(makeError(QStringLiteral("bad_workbook"),
        tr("The .xls reader sent an answer that makes no sense for %1: the workbook is damaged.").arg(m_path),
        damagedHint()));
}

int XlsWorker::finish(bool kill)
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (m_pid > 0) {
        if (kill)
            ::kill(m_pid, SIGKILL);
        int status = 0;
        while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) { }
        m_status = status;
        m_pid = -1;
    }
    return m_status;
}

#else // in-process FreeXL: no protection against its crashes, kept so non-POSIX builds still work

Result<std::unique_ptr<XlsWorker>> XlsWorker::start(const QString& path)
{
    std::unique_ptr<XlsWorker> worker(new XlsWorker);
    worker->m_path = path;
    Workbook& book = worker->m_workbook;
    book.openResult = freexl_open(QFile::encodeName(path).constData(), &worker->m_handle);
    if (book.openResult != FREEXL_OK)
        return worker;
    unsigned int value = 0;
    book.passwordProtected
        = freexl_get_info(worker->m_handle, FREEXL_BIFF_PASSWORD, &value) == FREEXL_OK && value != FREEXL_BIFF_PLAIN;
    book.date1904 = freexl_get_info(worker->m_handle, FREEXL_BIFF_DATEMODE, &value) == FREEXL_OK
        && value == FREEXL_BIFF_DATEMODE_1904;
    unsigned int count = 0;
    freexl_get_info(worker->m_handle, FREEXL_BIFF_SHEET_COUNT, &count);
    for (unsigned int i = 0; i < count && i < 65535; ++i) {
        const char* name = nullptr;
        if (freexl_get_worksheet_name(worker->m_handle, static_cast<unsigned short>(i), &name) == FREEXL_OK && name)
            book.sheets.append(QString::fromUtf8(name));
        else
            book.sheets.append(QStringLiteral("Sheet%1").arg(i + 1));
    }
    return worker;
}

XlsWorker::~XlsWorker()
{
    if (m_handle)
        freexl_close(m_handle);
}

Result<int> XlsWorker::selectSheet(int index, unsigned int& rows, unsigned short& columns)
{
    const bool ok = m_handle
        && freexl_select_active_worksheet(m_handle, static_cast<unsigned short>(index)) == FREEXL_OK
        && freexl_worksheet_dimensions(m_handle, &m_rows, &m_columns) == FREEXL_OK;
    rows = m_rows;
    columns = m_columns;
    return ok ? FREEXL_OK : -1;
}

Result<bool> XlsWorker::nextRow(unsigned int& row, std::vector<Cell>& cells)
{
    cells.clear();
    while (m_nextRow < m_rows) {
        const unsigned int r = m_nextRow++;
        for (unsigned short c = 0; c < m_columns; ++c) {
            FreeXL_CellValue value;
            if (freexl_get_cell_value(m_handle, r, c, &value) != FREEXL_OK)
                continue;
            Cell cell;
            cell.column = c;
            cell.type = value.type;
            switch (value.type) {
            case FREEXL_CELL_INT:
                cell.integer = value.value.int_value;
                break;
            case FREEXL_CELL_DOUBLE:
                cell.number = value.value.double_value;
                break;
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT:
            case FREEXL_CELL_DATE:
            case FREEXL_CELL_DATETIME:
            case FREEXL_CELL_TIME:
                cell.text = value.value.text_value ? value.value.text_value : "";
                break;
            default:
                continue;
            }
            cells.push_back(cell);
        }
        if (!cells.empty()) {
            row = r;
            return true;
        }
    }
    m_ended = true;
    return false;
}

#endif

} // namespace dia::source
