#pragma once

#include "doris/backendprobe.h"

#include <QAbstractTableModel>
#include <QList>

namespace dia::ui {

/// Every BE of the cluster as the connect page shows it: the address the FE names, the address tried from here
/// (through the BE address mapping), Alive from SHOW BACKENDS, and whether this machine reaches its HTTP port.
class BackendReachabilityModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackendReachabilityModel)

public:
    enum Column {
        BackendColumn,
        AddressColumn,
        AliveColumn,
        ReachableColumn,
        DetailColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    explicit BackendReachabilityModel(QObject* parent = nullptr);

    void setBackends(const QList<doris::BackendReachability>& backends);
    const QList<doris::BackendReachability>& backends() const { return m_backends; }
    /// Headers and cells again in the current language.
    void retranslate();
    /// The BEs this machine cannot reach (alive or not).
    QList<doris::BackendReachability> unreachable() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<doris::BackendReachability> m_backends;
};

} // namespace dia::ui
