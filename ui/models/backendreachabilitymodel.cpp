#include "backendreachabilitymodel.h"

#include <QBrush>
#include <QColor>

namespace dia::ui {

namespace {

const QColor kBad(0xff, 0xcd, 0xd2);
const QColor kGood(0xc8, 0xe6, 0xc9);

} // namespace

BackendReachabilityModel::BackendReachabilityModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void BackendReachabilityModel::setBackends(const QList<doris::BackendReachability>& backends)
{
    beginResetModel();
    m_backends = backends;
    endResetModel();
}

void BackendReachabilityModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_backends.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_backends.size()) - 1, ColumnCount - 1));
}

QList<doris::BackendReachability> BackendReachabilityModel::unreachable() const
{
    QList<doris::BackendReachability> out;
    for (const doris::BackendReachability& be : m_backends) {
        if (!be.reachable)
            out.append(be);
    }
    return out;
}

int BackendReachabilityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_backends.size());
}

int BackendReachabilityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackendReachabilityModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const doris::BackendReachability& be = m_backends.at(index.row());
    if (role == Qt::BackgroundRole) {
        if (index.column() == AliveColumn)
            return QBrush(be.alive ? kGood : kBad);
        if (index.column() == ReachableColumn)
            return QBrush(be.reachable ? kGood : kBad);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == AddressColumn && be.address != be.advertised)
        return tr("Mapped: the FE names %1, this machine connects to %2.").arg(be.advertised, be.address);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case BackendColumn:
        return be.advertised;
    case AddressColumn:
        return be.address == be.advertised ? tr("as named") : be.address;
    case AliveColumn:
        return be.alive ? tr("yes") : tr("no");
    case ReachableColumn:
        return be.reachable ? tr("yes (%1 ms)").arg(be.connectMs) : tr("no");
    case DetailColumn:
        if (!be.reachable)
            return be.error;
        return be.alive ? QString() : tr("listening, but Doris does not count it as alive");
    default:
        return {};
    }
}

QVariant BackendReachabilityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case BackendColumn:
        return tr("BE (as the FE names it)");
    case AddressColumn:
        return tr("Connects to");
    case AliveColumn:
        return tr("Alive");
    case ReachableColumn:
        return tr("Reachable from here");
    case DetailColumn:
        return tr("Why not");
    default:
        return {};
    }
}

} // namespace dia::ui
