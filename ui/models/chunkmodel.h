#pragma once

#include "load/loadreport.h"

#include <QAbstractTableModel>
#include <QList>

namespace dia::ui {

/// Per-chunk state of a load: label, state (coloured), attempts, the BE of the last attempt, rows loaded and
/// filtered, first line, message.
class ChunkModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChunkModel)

public:
    enum Column {
        IndexColumn,
        LabelColumn,
        StateColumn,
        AttemptsColumn,
        BackendColumn,
        RowsColumn,
        LoadedColumn,
        FilteredColumn,
        FirstLineColumn,
        MessageColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    explicit ChunkModel(QObject* parent = nullptr);

    /// Updates rows in place (dataChanged) and appends new chunks (rowsInserted); never resets while loading.
    void update(const QList<load::ChunkReport>& chunks);
    void clear();
    const QList<load::ChunkReport>& chunks() const { return m_chunks; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<load::ChunkReport> m_chunks;
};

} // namespace dia::ui
