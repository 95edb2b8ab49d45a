#include "rejectedrowsmodel.h"

namespace dia::ui {

RejectedRowsModel::RejectedRowsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void RejectedRowsModel::setEntries(const QList<Entry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void RejectedRowsModel::appendEntries(const QList<Entry>& entries)
{
    if (entries.isEmpty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(entries.size()) - 1);
    m_entries.append(entries);
    endInsertRows();
}

int RejectedRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RejectedRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedRowsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && (index.column() == ReasonColumn || index.column() == RowColumn))
        return index.column() == ReasonColumn ? e.row.reason : e.row.rawRow;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case ChunkColumn:
        return e.chunk + 1;
    case LineColumn:
        return e.row.line > 0 ? QVariant(e.row.line) : QVariant(tr("?"));
    case FieldColumn:
        return e.row.column;
    case ReasonColumn:
        return e.row.reason;
    case RowColumn:
        return e.row.rawRow;
    default:
        return {};
    }
}

QVariant RejectedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChunkColumn:
        return tr("Chunk");
    case LineColumn:
        return tr("Line");
    case FieldColumn:
        return tr("Column");
    case ReasonColumn:
        return tr("Reason");
    case RowColumn:
        return tr("Row");
    default:
        return {};
    }
}

} // namespace dia::ui
