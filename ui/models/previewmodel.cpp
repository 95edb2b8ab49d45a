#include "previewmodel.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace dia::ui {

PreviewModel::PreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void PreviewModel::setPreview(const QStringList& header, const QList<source::Row>& rows)
{
    beginResetModel();
    m_header = header;
    m_rows = rows;
    m_columns = int(header.size());
    for (const source::Row& row : rows)
        m_columns = std::max(m_columns, int(row.fields.size()));
    endResetModel();
}

void PreviewModel::clear()
{
    setPreview({}, {});
}

int PreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant PreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const source::Row& row = m_rows.at(index.row());
    const bool present = index.column() < row.fields.size();
    const bool ragged = row.fields.size() != m_header.size();
    switch (role) {
    case Qt::DisplayRole: {
        if (!present)
            return {};
        const QString& cell = row.fields.at(index.column());
        if (cell.size() <= kMaxCellChars)
            return QString(cell).replace(QLatin1Char('\n'), QChar(0x21B5));
        return QString(cell.left(kMaxCellChars) + QChar(0x2026));
    }
    case Qt::ToolTipRole:
        if (ragged)
            return tr("Line %1 has %2 fields, the header has %3.")
                .arg(row.line)
                .arg(row.fields.size())
                .arg(m_header.size());
        return present ? row.fields.at(index.column()).left(kMaxCellChars * 4) : QVariant();
    case Qt::BackgroundRole:
        return ragged ? QVariant(QBrush(QColor(0xff, 0xf3, 0xe0))) : QVariant();
    default:
        return {};
    }
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section < m_header.size() ? m_header.at(section) : tr("(extra %1)").arg(section + 1);
    return section < m_rows.size() ? QVariant(m_rows.at(section).line) : QVariant();
}

} // namespace dia::ui
