#include "biffworkbook.h"

#include <QCoreApplication>
#include <QHash>
#include <QtEndian>

namespace dia::source {

namespace {

Error broken(const QString& what)
{
    return makeError(QStringLiteral("bad_workbook"), what);
}

enum : quint16 {
    kBof = 0x0809,
    kEof = 0x000A,
    kFilePass = 0x002F,
    kCodepage = 0x0042,
    kDateMode = 0x0022,
    kFormat = 0x041E,
    kXf = 0x00E0,
    kBoundSheet = 0x0085,
    kSst = 0x00FC,
    kContinue = 0x003C,
    kBof2 = 0x0009,
    kBof3 = 0x0209,
    kBof4 = 0x0409,
    kFormat23 = 0x001E,
    kXf3 = 0x0243,
    kXf4 = 0x0443,
};

} // namespace

QString BiffWorkbook::decode8(const char* data, int size) const
{
    if (m_version >= 8)
        return QString::fromLatin1(data, size);
    return m_codepage.decode(data, size);
}

QString BiffWorkbook::recordString(const BiffRecord& record, int offset) const
{
    const int count = biffU16(record, offset);
    if (m_version < 8) {
        const int size = qBound(0, qMin(count, record.size - offset - 2), 0xFFFF);
        return decode8(record.data + offset + 2, size);
    }
    if (offset + 3 > record.size)
        return {};
    const quint8 flags = quint8(record.data[offset + 2]);
    int at = offset + 3 + ((flags & 0x08) ? 2 : 0) + ((flags & 0x04) ? 4 : 0);
    const bool wide = (flags & 1) != 0;
    const int chars = qBound(0, qMin(count, (record.size - at) / (wide ? 2 : 1)), 0xFFFF);
    if (!wide)
        return QString::fromLatin1(record.data + at, chars);
    QString out(chars, Qt::Uninitialized);
    for (int i = 0; i < chars; ++i)
        out[i] = QChar(qFromLittleEndian<quint16>(record.data + at + 2 * i));
    return out;
}

Result<BiffWorkbook> BiffWorkbook::parse(const QByteArray& stream)
{
    BiffWorkbook book;
    book.m_stream = stream;
    BiffRecordStream records(book.m_stream);
    BiffRecord r;
    if (!records.next(r) || r.size < 4 || (r.type != kBof && r.type != kBof2 && r.type != kBof3 && r.type != kBof4))
        return broken(tr("Its workbook stream does not start with a BIFF BOF record."));
    const quint16 version = biffU16(r, 0);
    if (r.type != kBof) {
        // Excel 2-4: one worksheet, globals and cells in a single substream
        book.m_version = r.type == kBof2 ? 2 : r.type == kBof3 ? 3 : 4;
        if (biffU16(r, 2) != 0x0010)
            return broken(tr("It is an Excel 2-4 file but not a worksheet (a chart or a macro sheet)."));
        book.m_sheets.append({ tr("Sheet1"), 0, false });
    } else if (version == 0x0500)
        book.m_version = 5;
    else if (version == 0x0600 || version == 0 || version > 0x0600)
        book.m_version = 8;
    else
        return broken(
            tr("Its workbook stream has the unknown BIFF version 0x%1.").arg(version, 4, 16, QLatin1Char('0')));

    std::vector<int> xfFormatIds; // resolved to date kinds after all FORMAT records
    QHash<int, QString> formats;
    std::vector<BiffRecord> sst;
    bool ended = false;
    while (records.next(r)) {
        if (r.type == kEof) {
            ended = true;
            break;
        }
        switch (r.type) {
        case kFilePass:
            return makeError(QStringLiteral("encrypted_workbook"), tr("The workbook is password-protected."),
                tr("Open it in Excel, remove the password (File > Info > Protect Workbook) and save it again."));
        case kCodepage:
            if (book.m_version < 8)
                book.m_codepage.set(biffU16(r, 0));
            break;
        case kDateMode:
            book.m_date1904 = biffU16(r, 0) == 1;
            break;
        case kFormat23:
        case kFormat: {
            if (book.m_version < 5) {
                // Excel 2-4: no built-in formats, every one is a FORMAT record, numbered in order
                const int skip = r.type == kFormat ? 2 : 0;
                if (r.size >= skip + 1) {
                    const int count = qMin(int(quint8(r.data[skip])), r.size - skip - 1);
                    formats.insert(int(formats.size()), book.decode8(r.data + skip + 1, count));
                }
                break;
            }
            const int id = biffU16(r, 0);
            if (book.m_version >= 8) {
                formats.insert(id, book.recordString(r, 2));
            } else if (r.size >= 3) {
                const int count = qMin(int(quint8(r.data[2])), r.size - 3);
                formats.insert(id, book.decode8(r.data + 3, count));
            }
            break;
        }
        case kXf:
            xfFormatIds.push_back(biffU16(r, 2));
            break;
        case kXf3:
        case kXf4:
            if (r.size >= 2)
                xfFormatIds.push_back(quint8(r.data[1]));
            break;
        case kBoundSheet: {
            if (r.size < 8)
                break;
            const quint32 offset = biffU32(r, 0);
            const quint8 visibility = quint8(r.data[4]) & 0x03;
            const quint8 type = quint8(r.data[5]);
            if (type != 0)
                break; // macro sheet, chart, VB module
            const int count = quint8(r.data[6]);
            QString name;
            if (book.m_version >= 8) {
                const bool wide = (r.data[7] & 1) != 0;
                const int chars = qMin(count, (r.size - 8) / (wide ? 2 : 1));
                if (wide) {
                    name.resize(chars);
                    for (int i = 0; i < chars; ++i)
                        name[i] = QChar(qFromLittleEndian<quint16>(r.data + 8 + 2 * i));
                } else {
                    name = QString::fromLatin1(r.data + 8, chars);
                }
            } else {
                name = book.decode8(r.data + 7, qMin(count, r.size - 7));
            }
            book.m_sheets.append({ name, offset, visibility != 0 });
            break;
        }
        case kSst:
            sst.clear();
            sst.push_back(r);
            while (records.peekType() == kContinue && records.next(r))
                sst.push_back(r);
            break;
        default:
            break;
        }
    }
    if (!ended && records.truncated())
        return broken(tr("Its workbook stream is cut short inside the workbook globals."));
    if (!sst.empty()) {
        if (Status s = book.parseSst(sst); !s)
            return s.error();
    }
    book.m_xfKinds.reserve(xfFormatIds.size());
    if (book.m_version == 2) {
        // BIFF2 cells name their format directly (BiffSheetReader passes that index as the XF)
        xfFormatIds.clear();
        for (int i = 0; i < formats.size(); ++i)
            xfFormatIds.push_back(i);
    }
    QHash<int, DateKind> kinds;
    for (int id : xfFormatIds) {
        auto known = kinds.constFind(id);
        if (known == kinds.cend()) {
            // built-in ids keep their meaning; any other id with a FORMAT record is judged by its code
            DateKind kind = book.m_version < 5 ? DateKind::None : CellFormatter::dateKind(id, formats.value(id));
            if (kind == DateKind::None && id < 164 && formats.contains(id))
                kind = CellFormatter::dateKind(164, formats.value(id));
            known = kinds.insert(id, kind);
        }
        book.m_xfKinds.push_back(*known);
    }
    for (const Sheet& sheet : book.m_sheets) {
        if (sheet.offset >= quint64(book.m_stream.size()))
            return broken(tr("Its sheet \"%1\" starts past the end of the workbook stream.").arg(sheet.name));
    }
    return book;
}

Status BiffWorkbook::parseSst(const std::vector<BiffRecord>& records)
{
    if (records.front().size < 8)
        return broken(tr("Its shared string table (SST) is shorter than its header."));
    BiffContinuedReader reader;
    for (const BiffRecord& r : records)
        reader.addSegment(r.data, r.size);
    quint32 total = 0;
    quint32 unique = 0;
    reader.readU32(total);
    reader.readU32(unique);
    // every string takes at least 3 bytes (length and option byte): a count the records cannot hold is a lie
    if (qint64(unique) * 3 > reader.remaining()) {
        return broken(tr("Its shared string table claims %1 strings but holds only %2 bytes.")
                          .arg(unique)
                          .arg(reader.remaining()));
    }
    m_strings.reserve(qsizetype(unique));
    QString s;
    for (quint32 i = 0; i < unique; ++i) {
        if (!reader.readUnicodeString(s))
            return broken(tr("Its shared string %1 runs past the end of the shared string table.").arg(i));
        m_strings.append(s);
    }
    return {};
}

} // namespace dia::source
