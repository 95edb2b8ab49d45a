#include "backendstatsmodel.h"

#include "common/bytesize.h"

#include <QLocale>

namespace dia::ui {

BackendStatsModel::BackendStatsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void BackendStatsModel::setStats(const QList<load::BackendLoadStats>& stats)
{
    bool sameBackends = stats.size() == m_stats.size();
    for (qsizetype i = 0; sameBackends && i < stats.size(); ++i)
        sameBackends = stats.at(i).backend == m_stats.at(i).backend;
    if (!sameBackends) {
        beginResetModel();
        m_stats = stats;
        endResetModel();
        return;
    }
    m_stats = stats;
    if (!m_stats.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_stats.size()) - 1, ColumnCount - 1));
}

qint64 BackendStatsModel::totalRows() const
{
    qint64 rows = 0;
    for (const load::BackendLoadStats& s : m_stats)
        rows += s.rows;
    return rows;
}

int BackendStatsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_stats.size());
}

int BackendStatsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackendStatsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const load::BackendLoadStats& s = m_stats.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != BackendColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == RateColumn)
        return tr("What one stream to this BE achieved: its bytes over the summed time of its requests.");
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case BackendColumn:
        return s.backend;
    case ChunksColumn:
        return s.chunks;
    case RowsColumn:
        return locale.toString(s.rows);
    case BytesColumn:
        return formatByteSize(s.bytes);
    case WireColumn:
        return formatByteSize(s.wireBytes);
    case RateColumn:
        return tr("%1 MB/s").arg(locale.toString(s.bytesPerSecond() / 1e6, 'f', 1));
    default:
        return {};
    }
}

QVariant BackendStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case BackendColumn:
        return tr("BE");
    case ChunksColumn:
        return tr("Chunks");
    case RowsColumn:
        return tr("Rows");
    case BytesColumn:
        return tr("Data");
    case WireColumn:
        return tr("On the wire");
    case RateColumn:
        return tr("Per stream");
    default:
        return {};
    }
}

} // namespace dia::ui
