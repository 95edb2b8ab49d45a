#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dia::source {

/// Reads one stream out of a Compound File (the OLE2 container of .xls workbooks) held in memory.
/// Every chain (DIFAT, FAT, miniFAT, directory, the stream) is checked: a sector number outside the
/// FAT or the file, a chain that loops back on itself, and a size the chain cannot hold are errors.
/// The directory is scanned entry by entry instead of walked as a red-black tree, so a sloppy tree
/// (wrong colours, dangling siblings, as some writers leave it) still finds its streams, as Excel does.
class CfbReader
{
    Q_DECLARE_TR_FUNCTIONS(dia::source::CfbReader) // lupdate files member functions' texts under the class
public:
    /// Largest stream handed out (a BIFF workbook stream is never near this).
    static constexpr qint64 kMaxStreamBytes = qint64(512) << 20;

    /// Parses the header, DIFAT, FAT and directory of `file`. Errors have the code "bad_workbook" and say
    /// what is broken, without the file name.
    static Result<CfbReader> open(const QByteArray& file);

    /// Names of all stream entries of the directory, in directory order.
    QStringList streamNames() const;
    /// The first stream named `name` (case-insensitive); an error with the code "not_found" when there is none.
    Result<QByteArray> stream(const QString& name) const;

private:
    struct Entry
    {
        QString name;
        int type = 0; ///< 1 storage, 2 stream, 5 root
        quint32 start = 0;
        quint64 size = 0;
    };

    explicit CfbReader(const QByteArray& file)
        : m_file(file)
    { }
    Status readFat();
    Status readDirectory();
    Status readMiniFat();
    /// The sectors of the chain starting at `start` in `fat`, checked; at most `limit` sectors.
    Result<QList<quint32>> chain(const QList<quint32>& fat, quint32 start, qint64 limit, const char* what) const;
    /// Sector `n` of the file, or nullptr when it lies (even partly) past the end.
    const char* sector(quint32 n) const;

    QByteArray m_file;
    int m_sectorShift = 9;
    int m_miniShift = 6;
    quint32 m_miniCutoff = 4096;
    quint32 m_firstDirSector = 0;
    quint32 m_firstMiniFatSector = 0;
    quint32 m_miniFatSectors = 0;
    QList<quint32> m_fat;
    QList<quint32> m_miniFat;
    QList<Entry> m_entries;
    QByteArray m_miniStream;
};

} // namespace dia::source
