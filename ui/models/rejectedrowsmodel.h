#pragma once

#include "doris/filteredrow.h"

#include <QAbstractTableModel>
#include <QList>

namespace dia::ui {

/// Rows Doris filtered, with their line in the original file, the column, the reason and the raw row.
class RejectedRowsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RejectedRowsModel)

public:
    /// Doris's reason in plain words where it has CSV jargon (a row with too many or too few values); else as is.
    static QString plainReason(const QString& reason);

    enum Column {
        ChunkColumn,
        LineColumn,
        FieldColumn,
        ReasonColumn,
        RowColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    struct Entry
    {
        int chunk = 0;
        doris::FilteredRow row;
    };

    explicit RejectedRowsModel(QObject* parent = nullptr);

    void setEntries(const QList<Entry>& entries);
    void appendEntries(const QList<Entry>& entries);
    const QList<Entry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Entry> m_entries;
};

} // namespace dia::ui
