#include "logmodel.h"

#include <QApplication>
#include <QBrush>
#include <QStyle>

namespace dia::ui {

LogModel::LogModel(int capacity, QObject* parent)
    : QAbstractListModel(parent)
    , m_capacity(capacity)
{ }

void LogModel::append(Severity severity, const QString& message)
{
    if (m_entries.size() >= m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_entries.removeFirst();
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append({ QDateTime::currentDateTime(), severity, message });
    endInsertRows();
}

void LogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int LogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant LogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1  %2").arg(entry.time.toString(QStringLiteral("hh:mm:ss")), entry.message);
    case Qt::ToolTipRole:
        return entry.message;
    case Qt::DecorationRole: {
        const QStyle::StandardPixmap pixmap = entry.severity == Severity::Error ? QStyle::SP_MessageBoxCritical
            : entry.severity == Severity::Warning                               ? QStyle::SP_MessageBoxWarning
                                                                                : QStyle::SP_MessageBoxInformation;
        return QApplication::style()->standardIcon(pixmap);
    }
    case SeverityRole:
        return QVariant::fromValue(entry.severity);
    case TimeRole:
        return entry.time;
    default:
        return {};
    }
}

} // namespace dia::ui
