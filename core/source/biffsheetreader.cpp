#include "biffsheetreader.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace dia::source {

namespace {

enum : quint16 {
    kBof = 0x0809,
    kEof = 0x000A,
    kFormula = 0x0006,
    kString = 0x0207,
    kNumber = 0x0203,
    kRk = 0x027E,
    kMulRk = 0x00BD,
    kLabelSst = 0x00FD,
    kLabel = 0x0204,
    kRString = 0x00D6,
    kBoolErr = 0x0205,
    kMergedCells = 0x00E5,
    kContinue = 0x003C,
    kBlank = 0x0201,
    kMulBlank = 0x00BE,
    // Excel 2-4
    kBof2 = 0x0009,
    kBof3 = 0x0209,
    kBof4 = 0x0409,
    kInteger2 = 0x0002,
    kNumber2 = 0x0003,
    kLabel2 = 0x0004,
    kBoolErr2 = 0x0005,
    kString2 = 0x0007,
    kFormula3 = 0x0206,
    kFormula4 = 0x0406,
};

bool isBof(quint16 type)
{
    return type == kBof || type == kBof2 || type == kBof3 || type == kBof4;
}

bool isFormula(quint16 type)
{
    return type == kFormula || type == kFormula3 || type == kFormula4;
}

/// Records of one cell (or a run of cells); records between a FORMULA and its STRING (SHRFMLA, ARRAY,
/// TABLE) are not.
bool isCellRecord(quint16 type)
{
    switch (type) {
    case kFormula:
    case kFormula3:
    case kFormula4:
    case kInteger2:
    case kNumber2:
    case kLabel2:
    case kBoolErr2:
    case kNumber:
    case kRk:
    case kMulRk:
    case kLabelSst:
    case kLabel:
    case kRString:
    case kBoolErr:
    case kBlank:
    case kMulBlank:
        return true;
    default:
        return false;
    }
}

QString columnName(int col)
{
    QString out;
    for (int c = col + 1; c > 0; c = (c - 1) / 26)
        out.prepend(QChar(u'A' + (c - 1) % 26));
    return out;
}

QString cellRef(quint32 row, int col)
{
    return columnName(col) + QString::number(row + 1);
}

QString errorName(quint8 code)
{
    switch (code) {
    case 0x00:
        return QStringLiteral("#NULL!");
    case 0x07:
        return QStringLiteral("#DIV/0!");
    case 0x0F:
        return QStringLiteral("#VALUE!");
    case 0x17:
        return QStringLiteral("#REF!");
    case 0x1D:
        return QStringLiteral("#NAME?");
    case 0x24:
        return QStringLiteral("#NUM!");
    case 0x2A:
        return QStringLiteral("#N/A");
    case 0x2B:
        return QStringLiteral("#GETTING_DATA");
    default:
        return QStringLiteral("#ERR%1").arg(code);
    }
}

/// FORMULA's cached result: a number, or (bytes 6-7 = 0xFFFF) a string/boolean/error/empty marker.
enum class FormulaResult { Number, String, Boolean, Error, Empty };

FormulaResult formulaResult(const BiffRecord& r, int base)
{
    if (r.size < base + 8 || biffU16(r, base + 6) != 0xFFFF)
        return FormulaResult::Number;
    switch (quint8(r.data[base])) {
    case 0:
        return FormulaResult::String;
    case 1:
        return FormulaResult::Boolean;
    case 2:
        return FormulaResult::Error;
    default:
        return FormulaResult::Empty;
    }
}

} // namespace

BiffSheetReader::BiffSheetReader(const BiffWorkbook& book, qint64 start, qint64 end, WarningSink warn)
    : m_book(book)
    , m_start(start)
    , m_end(end)
    , m_warn(std::move(warn))
    , m_records(book.stream(), start)
    , m_base(book.version() == 2 ? 7 : 6)
{ }

Status BiffSheetReader::scan()
{
    BiffRecordStream records(m_book.stream(), m_start);
    BiffRecord r;
    if (!records.next(r) || !isBof(r.type)) {
        return makeError(QStringLiteral("bad_workbook"),
            tr("Its sheet at offset %1 does not start with a BOF record.").arg(m_start));
    }
    int depth = 1;
    qint64 lastRow = -1;
    bool formulaString = false;
    quint16 formulaCol = 0;
    auto ordered = [&](quint32 row) {
        if (qint64(row) < lastRow)
            m_inOrder = false;
        lastRow = qMax<qint64>(lastRow, row);
    };
    auto seen = [&](quint32 row, int col) {
        if (col < kMaxColumns)
            m_width = qMax(m_width, col + 1);
        ordered(row);
    };
    while (depth > 0 && records.next(r)) {
        r.type = normalized(r.type);
        switch (r.type) {
        case kBof:
            ++depth;
            break;
        case kEof:
            --depth;
            break;
        default:
            break;
        }
        if (depth != 1 || r.size < 6)
            continue;
        const quint32 row = biffU16(r, 0);
        const int col = biffU16(r, 2);
        switch (r.type) {
        case kNumber:
        case kRk:
        case kLabel:
        case kRString:
        case kInteger2:
            seen(row, col);
            break;
        case kLabelSst: {
            const QString* s = m_book.sharedString(biffU32(r, 6));
            if (s && !s->isEmpty())
                seen(row, col);
            break;
        }
        case kBoolErr:
            if (r.size >= m_base + 2 && r.data[m_base + 1] == 0)
                seen(row, col);
            break;
        case kMulRk: {
            const int last = biffU16(r, r.size - 2);
            const int count = (r.size - 6) / 6;
            if (count > 0)
                seen(row, qMin(last, col + count - 1));
            break;
        }
        case kFormula: {
            const FormulaResult kind = formulaResult(r, m_base);
            formulaString = kind == FormulaResult::String;
            formulaCol = quint16(col);
            if (kind == FormulaResult::Number || kind == FormulaResult::Boolean)
                seen(row, col);
            else if (formulaString)
                ordered(row);
            continue; // keeps formulaString for the STRING record
        }
        case kString:
            if (formulaString && (m_base == 7 ? quint8(r.data[0]) : biffU16(r, 0)) > 0 && formulaCol < kMaxColumns)
                m_width = qMax(m_width, formulaCol + 1);
            formulaString = false;
            break;
        case kMergedCells: {
            const int count = biffU16(r, 0);
            for (int i = 0; i < count && 2 + 8 * (i + 1) <= r.size; ++i) {
                const int at = 2 + 8 * i;
                const quint32 firstRow = biffU16(r, at);
                const quint32 lastMergedRow = biffU16(r, at + 2);
                const int firstCol = biffU16(r, at + 4);
                const int lastCol = biffU16(r, at + 6);
                m_warn(QStringLiteral("merged_cells"), firstRow + 1,
                    tr("Cells %1 are merged; only the top-left cell has a value, the others are read as empty.")
                        .arg(cellRef(firstRow, firstCol) + QLatin1Char(':') + cellRef(lastMergedRow, lastCol)));
            }
            break;
        }
        default:
            break;
        }
        if (isCellRecord(r.type))
            formulaString = false;
    }
    if (records.truncated()) {
        return makeError(QStringLiteral("bad_workbook"),
            tr("Its sheet at offset %1 is damaged: a record runs past the end of the workbook stream.").arg(m_start));
    }
    m_end = qMin(m_end, records.position());
    BiffRecord bof;
    m_records.next(bof);
    m_depth = 1;
    if (!m_inOrder) {
        // rows out of order (some writers do this): decode the whole sheet, then sort by row
        std::vector<Cell> all;
        while (!m_done) {
            Cell c;
            if (!nextCell(c))
                break;
            all.push_back(std::move(c));
        }
        std::stable_sort(all.begin(), all.end(), [](const Cell& a, const Cell& b) { return a.row < b.row; });
        m_queue = std::move(all);
        m_queueAt = 0;
        m_sorted = true;
    }
    return {};
}

QString BiffSheetReader::serialToIso(double serial, bool date1904, DateKind kind)
{
    if (!(serial >= 0 && serial < 2958465.0))
        return CellFormatter::serialToIso(serial, date1904, kind);
    qint64 days = qint64(std::floor(serial));
    qint64 ms = std::llround((serial - double(days)) * 86400000.0);
    if (ms >= 86400000) {
        ms -= 86400000;
        days += 1;
    }
    // days since 1970-01-01 of the serial's calendar day (1900 system: Excel's 1900-02-29 is 02-28)
    qint64 unixDays = 0;
    if (date1904)
        unixDays = days - 24107;
    else if (days < 60)
        unixDays = days - 25568;
    else if (days == 60)
        unixDays = -25509; // 1900-02-28
    else
        unixDays = days - 25569;
    // civil date from a day count (the proleptic Gregorian calendar, as QDate)
    const qint64 z = unixDays + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    const int y = int(yoe + era * 400 + (m <= 2 ? 1 : 0));
    if (y > 9999)
        return CellFormatter::serialToIso(serial, date1904, kind);
    char buf[32];
    char* p = buf;
    auto put = [&p](int v, int width) {
        for (int i = width - 1; i >= 0; --i) {
            p[i] = char('0' + v % 10);
            v /= 10;
        }
        p += width;
    };
    const bool withDay = !(kind == DateKind::Time && days == 0);
    const bool withTime = !(kind == DateKind::Date && ms == 0);
    if (withDay) {
        put(y, 4);
        *p++ = '-';
        put(m, 2);
        *p++ = '-';
        put(d, 2);
        if (withTime)
            *p++ = ' ';
    }
    if (withTime) {
        put(int(ms / 3600000), 2);
        *p++ = ':';
        put(int((ms / 60000) % 60), 2);
        *p++ = ':';
        put(int((ms / 1000) % 60), 2);
        if (ms % 1000 != 0) {
            *p++ = '.';
            put(int(ms % 1000), 3);
        }
    }
    return QString::fromLatin1(buf, p - buf);
}

quint16 BiffSheetReader::normalized(quint16 type) const
{
    if (isBof(type))
        return kBof;
    if (isFormula(type))
        return kFormula;
    if (m_base != 7)
        return type;
    switch (type) {
    case kNumber2:
        return kNumber;
    case kLabel2:
        return kLabel;
    case kBoolErr2:
        return kBoolErr;
    case kString2:
        return kString;
    default:
        return type;
    }
}

QString BiffSheetReader::numberText(double value, int xf) const
{
    const DateKind kind = m_book.dateKind(xf);
    if (kind != DateKind::None) {
        const QString iso = serialToIso(value, m_book.date1904(), kind);
        if (!iso.isEmpty())
            return iso;
    }
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return CellFormatter::formatNumber(QString::number(value, 'g', QLocale::FloatingPointShortest));
}

void BiffSheetReader::push(quint32 row, quint16 col, QString text)
{
    if (col >= kMaxColumns) {
        if (m_wideWarnings++ == 0) {
            m_warn(QStringLiteral("bad_cell"), row + 1,
                tr("Cell %1 lies beyond column %2; cells that far right are ignored.")
                    .arg(cellRef(row, col))
                    .arg(kMaxColumns));
        }
        return;
    }
    m_queue.push_back({ row, col, std::move(text) });
}

void BiffSheetReader::errorCell(quint32 row, quint16 col, quint8 code)
{
    m_warn(QStringLiteral("cell_error"), row + 1,
        tr("Cell %1 holds the error %2; it is read as empty.").arg(cellRef(row, col), errorName(code)));
}

void BiffSheetReader::decode(BiffRecord r)
{
    r.type = normalized(r.type);
    if (r.type == kBof) {
        ++m_depth;
        return;
    }
    if (r.type == kEof) {
        if (--m_depth <= 0)
            m_done = true;
        return;
    }
    if (m_depth != 1)
        return;
    if (r.type == kString) {
        if (m_formulaString) {
            m_formulaString = false;
            QString text;
            if (m_base == 7) {
                if (r.size >= 1)
                    text = m_book.decode8(r.data + 1, qMin(int(quint8(r.data[0])), r.size - 1));
            } else if (m_book.version() >= 8) {
                // a long result continues in CONTINUE records
                BiffContinuedReader reader;
                reader.addSegment(r.data, r.size);
                BiffRecordStream peek = m_records;
                BiffRecord c;
                while (peek.peekType() == kContinue && peek.next(c)) {
                    reader.addSegment(c.data, c.size);
                    m_records.next(c);
                }
                if (!reader.readUnicodeString(text))
                    text = m_book.recordString(r, 0);
            } else {
                text = m_book.recordString(r, 0);
            }
            push(m_formulaRow, m_formulaCol, std::move(text));
        }
        return;
    }
    if (isCellRecord(r.type))
        m_formulaString = false; // the STRING record of a string formula never came
    if (r.size < 6)
        return;
    const quint32 row = biffU16(r, 0);
    const quint16 col = biffU16(r, 2);
    // BIFF2 cells hold 3 attribute bytes, the format index in the second; later ones a 16-bit XF index
    const int xf = m_base == 7 ? (r.size >= 7 ? quint8(r.data[5]) & 0x3F : 0) : biffU16(r, 4);
    switch (r.type) {
    case kNumber:
        if (r.size >= m_base + 8)
            push(row, col, numberText(biffDouble(r, m_base), xf));
        break;
    case kInteger2:
        if (r.size >= 9)
            push(row, col, numberText(biffU16(r, 7), xf));
        break;
    case kRk:
        if (r.size >= 10)
            push(row, col, numberText(biffRk(biffU32(r, 6)), xf));
        break;
    case kMulRk: {
        const int count = (r.size - 6) / 6;
        for (int i = 0; i < count; ++i) {
            const int at = 4 + 6 * i;
            push(row, quint16(col + i), numberText(biffRk(biffU32(r, at + 2)), biffU16(r, at)));
        }
        break;
    }
    case kLabelSst: {
        const QString* s = m_book.sharedString(biffU32(r, 6));
        if (!s) {
            m_warn(QStringLiteral("bad_cell"), row + 1,
                tr("Cell %1 refers to a missing shared string; it is read as empty.").arg(cellRef(row, col)));
            break;
        }
        push(row, col, *s);
        break;
    }
    case kLabel:
    case kRString:
        if (m_base == 7) {
            if (r.size >= 8)
                push(row, col, m_book.decode8(r.data + 8, qMin(int(quint8(r.data[7])), r.size - 8)));
        } else {
            push(row, col, m_book.recordString(r, 6));
        }
        break;
    case kBoolErr:
        if (r.size < m_base + 2)
            break;
        if (r.data[m_base + 1] == 0)
            push(row, col, r.data[m_base] ? QStringLiteral("true") : QStringLiteral("false"));
        else
            errorCell(row, col, quint8(r.data[m_base]));
        break;
    case kFormula:
        if (r.size < m_base + 8)
            break;
        switch (formulaResult(r, m_base)) {
        case FormulaResult::Number:
            push(row, col, numberText(biffDouble(r, m_base), xf));
            break;
        case FormulaResult::String:
            m_formulaString = true;
            m_formulaRow = row;
            m_formulaCol = col;
            break;
        case FormulaResult::Boolean:
            push(row, col, r.data[m_base + 2] ? QStringLiteral("true") : QStringLiteral("false"));
            break;
        case FormulaResult::Error:
            errorCell(row, col, quint8(r.data[m_base + 2]));
            break;
        case FormulaResult::Empty:
            break;
        }
        break;
    default:
        break;
    }
}

bool BiffSheetReader::nextCell(Cell& cell)
{
    for (;;) {
        if (m_queueAt < m_queue.size()) {
            cell = std::move(m_queue[m_queueAt++]);
            return true;
        }
        if (m_sorted || m_done)
            return false;
        m_queue.clear();
        m_queueAt = 0;
        BiffRecord r;
        if (m_records.position() >= m_end || !m_records.next(r)) {
            m_done = true;
            return false;
        }
        decode(r);
    }
}

bool BiffSheetReader::nextRow(quint32& row, QStringList& cells)
{
    for (;;) {
        Cell c;
        if (m_hasStash) {
            c = std::move(m_stash);
            m_hasStash = false;
        } else if (!nextCell(c)) {
            return false;
        }
        row = c.row;
        cells = QStringList(m_width);
        bool any = false;
        for (;;) {
            if (!c.text.isEmpty() && c.col < m_width) {
                cells[c.col] = std::move(c.text);
                any = true;
            }
            if (!nextCell(c))
                break;
            if (c.row != row) {
                m_stash = std::move(c);
                m_hasStash = true;
                break;
            }
        }
        if (any)
            return true;
    }
}

double BiffSheetReader::progress() const
{
    if (m_done || m_end <= m_start)
        return 1.0;
    if (m_sorted)
        return m_queue.empty() ? 1.0 : double(m_queueAt) / double(m_queue.size());
    return qBound(0.0, double(m_records.position() - m_start) / double(m_end - m_start), 1.0);
}

} // namespace dia::source
