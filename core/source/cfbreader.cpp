#include "cfbreader.h"

#include <QCoreApplication>
#include <QtEndian>

#include <vector>

namespace dia::source {

namespace {

constexpr quint32 kEndOfChain = 0xFFFFFFFE;
constexpr quint32 kFreeSector = 0xFFFFFFFF;
constexpr quint32 kMaxRegular = 0xFFFFFFFA;
constexpr int kEntrySize = 128;

Error broken(const QString& what)
{
    return makeError(QStringLiteral("bad_workbook"), what);
}

quint16 u16(const char* p)
{
    return qFromLittleEndian<quint16>(p);
}

quint32 u32(const char* p)
{
    return qFromLittleEndian<quint32>(p);
}

} // namespace

Result<CfbReader> CfbReader::open(const QByteArray& file)
{
    CfbReader reader(file);
    if (file.size() < 512 || !file.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return broken(tr("It is not an OLE2 compound file (the container of Excel 97-2003 workbooks)."));
    const char* h = file.constData();
    const int shift = u16(h + 0x1E);
    const int miniShift = u16(h + 0x20);
    if (shift != 9 && shift != 12)
        return broken(tr("Its compound-file header has an invalid sector size (2^%1).").arg(shift));
    if (miniShift < 1 || miniShift >= shift)
        return broken(tr("Its compound-file header has an invalid mini sector size (2^%1).").arg(miniShift));
    reader.m_sectorShift = shift;
    reader.m_miniShift = miniShift;
    reader.m_firstDirSector = u32(h + 0x30);
    reader.m_miniCutoff = u32(h + 0x38);
    reader.m_firstMiniFatSector = u32(h + 0x3C);
    reader.m_miniFatSectors = u32(h + 0x40);
    if (Status s = reader.readFat(); !s)
        return s.error();
    if (Status s = reader.readDirectory(); !s)
        return s.error();
    if (Status s = reader.readMiniFat(); !s)
        return s.error();
    return reader;
}

const char* CfbReader::sector(quint32 n) const
{
    const qint64 size = qint64(1) << m_sectorShift;
    const qint64 offset = (qint64(n) + 1) * size;
    if (n > kMaxRegular || offset + size > m_file.size())
        return nullptr;
    return m_file.constData() + offset;
}

Status CfbReader::readFat()
{
    const char* h = m_file.constData();
    const quint32 fatSectors = u32(h + 0x2C);
    const qint64 perSector = (qint64(1) << m_sectorShift) / 4;
    const qint64 sectorsInFile = m_file.size() >> m_sectorShift;
    if (fatSectors > sectorsInFile)
        return broken(tr("Its compound-file header claims %1 FAT sectors; the file holds only %2 sectors.")
                          .arg(fatSectors)
                          .arg(sectorsInFile));
    // the DIFAT: 109 entries in the header, then a chain of DIFAT sectors (last entry = next sector)
    std::vector<quint32> fatList;
    for (int i = 0; i < 109 && fatList.size() < fatSectors; ++i)
        fatList.push_back(u32(h + 0x4C + 4 * i));
    quint32 next = u32(h + 0x44);
    std::vector<bool> seen(static_cast<std::size_t>(sectorsInFile), false);
    while (fatList.size() < fatSectors) {
        if (next >= sectorsInFile || seen[next])
            return broken(tr("Its DIFAT chain is broken (sector %1).").arg(next));
        seen[next] = true;
        const char* s = sector(next);
        if (!s)
            return broken(tr("Its DIFAT chain points past the end of the file."));
        for (qint64 i = 0; i + 1 < perSector && fatList.size() < fatSectors; ++i)
            fatList.push_back(u32(s + 4 * i));
        next = u32(s + 4 * (perSector - 1));
    }
    m_fat.reserve(qsizetype(fatList.size() * perSector));
    for (quint32 n : fatList) {
        const char* s = sector(n);
        if (!s)
            return broken(tr("Its FAT sector %1 lies past the end of the file.").arg(n));
        for (qint64 i = 0; i < perSector; ++i)
            m_fat.append(u32(s + 4 * i));
    }
    return {};
}

Result<QList<quint32>> CfbReader::chain(const QList<quint32>& fat, quint32 start, qint64 limit, const char* what) const
{
    QList<quint32> out;
    std::vector<bool> seen(static_cast<std::size_t>(fat.size()), false);
    quint32 n = start;
    while (n != kEndOfChain) {
        if (n >= quint32(fat.size()) || seen[n]) {
            return broken(n < quint32(fat.size())
                    ? tr("The %1 chain loops back to sector %2.").arg(tr(what)).arg(n)
                    : tr("The %1 chain points to sector %2, outside the allocation table.").arg(tr(what)).arg(n));
        }
        if (out.size() >= limit)
            break; // longer than the stream needs: the rest is ignored, as Excel does
        seen[n] = true;
        out.append(n);
        n = fat.at(n);
        if (n == kFreeSector)
            break; // a chain ending on a free sector instead of ENDOFCHAIN: tolerated
    }
    return out;
}

Status CfbReader::readDirectory()
{
    const qint64 sectorSize = qint64(1) << m_sectorShift;
    const qint64 maxSectors = m_file.size() / sectorSize;
    auto sectors = chain(m_fat, m_firstDirSector, maxSectors, "directory");
    if (!sectors)
        return sectors.error();
    if (sectors->isEmpty())
        return broken(tr("Its compound-file directory is empty."));
    for (quint32 n : *sectors) {
        const char* s = sector(n);
        if (!s)
            return broken(tr("Its directory sector %1 lies past the end of the file.").arg(n));
        for (qint64 off = 0; off + kEntrySize <= sectorSize; off += kEntrySize) {
            const char* e = s + off;
            Entry entry;
            entry.type = static_cast<unsigned char>(e[66]);
            if (entry.type != 1 && entry.type != 2 && entry.type != 5)
                continue;
            const int nameBytes = qBound(0, int(u16(e + 64)), 64);
            const int chars = qMax(0, nameBytes / 2 - 1);
            QString name;
            for (int i = 0; i < chars; ++i) {
                const char16_t c = u16(e + 2 * i);
                if (c == 0)
                    break;
                name.append(QChar(c));
            }
            entry.name = name;
            entry.start = u32(e + 116);
            entry.size = qFromLittleEndian<quint64>(e + 120);
            if (m_sectorShift == 9)
                entry.size &= 0xFFFFFFFFu; // version 3 files may leave garbage in the high half
            m_entries.append(entry);
        }
    }
    if (m_entries.isEmpty() || m_entries.first().type != 5)
        return broken(tr("Its compound-file directory has no root entry."));
    return {};
}

Status CfbReader::readMiniFat()
{
    const Entry& root = m_entries.first();
    if (m_miniFatSectors == 0 || m_firstMiniFatSector == kEndOfChain || root.size == 0)
        return {}; // no small streams
    const qint64 sectorSize = qint64(1) << m_sectorShift;
    auto sectors = chain(m_fat, m_firstMiniFatSector, m_file.size() / sectorSize, "miniFAT");
    if (!sectors)
        return sectors.error();
    for (quint32 n : *sectors) {
        const char* s = sector(n);
        if (!s)
            return broken(tr("Its miniFAT sector %1 lies past the end of the file.").arg(n));
        for (qint64 i = 0; i < sectorSize / 4; ++i)
            m_miniFat.append(u32(s + 4 * i));
    }
    if (root.size > quint64(m_file.size()))
        return broken(tr("Its mini stream claims %1 bytes, more than the file holds.").arg(root.size));
    const qint64 needed = (qint64(root.size) + sectorSize - 1) / sectorSize;
    auto mini = chain(m_fat, root.start, needed, "mini stream");
    if (!mini)
        return mini.error();
    m_miniStream.reserve(qsizetype(mini->size() * sectorSize));
    for (quint32 n : *mini) {
        const char* s = sector(n);
        if (!s)
            return broken(tr("Its mini stream sector %1 lies past the end of the file.").arg(n));
        m_miniStream.append(s, sectorSize);
    }
    return {};
}

QStringList CfbReader::streamNames() const
{
    QStringList out;
    for (const Entry& e : m_entries) {
        if (e.type == 2)
            out.append(e.name);
    }
    return out;
}

Result<QByteArray> CfbReader::stream(const QString& name) const
{
    const Entry* found = nullptr;
    for (const Entry& e : m_entries) {
        if (e.type == 2 && e.name.compare(name, Qt::CaseInsensitive) == 0) {
            found = &e;
            break;
        }
    }
    if (!found)
        return makeError(QStringLiteral("not_found"), tr("The compound file has no \"%1\" stream.").arg(name));
    const quint64 size = found->size;
    if (size > quint64(kMaxStreamBytes)) {
        return makeError(QStringLiteral("bad_workbook"),
            tr("Its \"%1\" stream claims %2 bytes; streams over 512 MiB are refused.").arg(name).arg(size));
    }
    if (size > quint64(m_file.size()))
        return broken(tr("Its \"%1\" stream claims %2 bytes, more than the file holds.").arg(name).arg(size));
    QByteArray out;
    if (size < m_miniCutoff) {
        const qint64 miniSize = qint64(1) << m_miniShift;
        auto sectors = chain(m_miniFat, found->start, (qint64(size) + miniSize - 1) / miniSize, "mini stream");
        if (!sectors)
            return sectors.error();
        out.reserve(qsizetype(size));
        for (quint32 n : *sectors) {
            const qint64 offset = qint64(n) * miniSize;
            if (offset + miniSize > m_miniStream.size())
                return broken(tr("Its \"%1\" stream points past the end of the mini stream.").arg(name));
            out.append(m_miniStream.constData() + offset, miniSize);
        }
    } else {
        const qint64 sectorSize = qint64(1) << m_sectorShift;
        auto sectors = chain(m_fat, found->start, (qint64(size) + sectorSize - 1) / sectorSize, "stream");
        if (!sectors)
            return sectors.error();
        out.reserve(qsizetype(size));
        for (quint32 n : *sectors) {
            const char* s = sector(n);
            if (!s) {
                // the last sector may be cut short by a writer that did not pad the file
                const qint64 offset = (qint64(n) + 1) * sectorSize;
                if (n <= kMaxRegular && offset < m_file.size()
                    && out.size() + (m_file.size() - offset) >= qint64(size)) {
                    out.append(m_file.constData() + offset, m_file.size() - offset);
                    break;
                }
                return broken(
                    tr("Its \"%1\" stream points past the end of the file (the file is truncated).").arg(name));
            }
            out.append(s, sectorSize);
        }
    }
    if (out.size() < qint64(size))
        return broken(
            tr("Its \"%1\" stream is shorter than its directory entry says (the file is truncated).").arg(name));
    out.truncate(qsizetype(size));
    return out;
}

} // namespace dia::source
