#pragma once

#include "load/loadreport.h"

#include <QAbstractTableModel>
#include <QList>

namespace dia::ui {

/// Rows, bytes and throughput of the committed chunks per BE (load::LoadReport::backendStats), for the load and
/// results pages.
class BackendStatsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackendStatsModel)

public:
    enum Column {
        BackendColumn,
        ChunksColumn,
        RowsColumn,
        BytesColumn,
        WireColumn,
        RateColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    explicit BackendStatsModel(QObject* parent = nullptr);

    /// Replaces the rows in place while the BEs stay the same (no reset under the user's selection).
    void setStats(const QList<load::BackendLoadStats>& stats);
    const QList<load::BackendLoadStats>& stats() const { return m_stats; }
    qint64 totalRows() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<load::BackendLoadStats> m_stats;
};

} // namespace dia::ui
