#include "rejectedrowsmodel.h"

#include <QRegularExpression>

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

QString RejectedRowsModel::plainReason(const QString& reason)
{
    // Doris words a row with the wrong number of fields in CSV terms ("actual column number in csv file is more
    // than schema column number. actual number: 4, schema column number: 3; ..."), even for a spreadsheet.
    static const QRegularExpression count(QStringLiteral(
        "actual column number in csv file is\\s+(more|less)\\s+than\\s+schema column number\\.?\\s*actual "
        "number:\\s*(\\d+),\\s*schema column number:\\s*(\\d+)"));
    const QRegularExpressionMatch m = count.match(reason);
    if (!m.hasMatch())
        return reason;
    return m.captured(1) == QLatin1String("more")
        ? tr("This row has %1 values but the table takes %2: the row has extra cells to the right of the last "
             "column. Delete them in the file, or add a column for them.")
              .arg(m.captured(2), m.captured(3))
        : tr("This row has %1 values but the table takes %2: cells are missing at the end of the row. Fill them in "
             "the file, or skip those columns.")
              .arg(m.captured(2), m.captured(3));
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
        return index.column() == ReasonColumn ? tr("Doris said: %1").arg(e.row.reason) : e.row.rawRow;
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
        return plainReason(e.row.reason);
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
