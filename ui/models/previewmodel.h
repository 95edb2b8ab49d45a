#pragma once

#include "source/tablereader.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace dia::ui {

/// The first rows of a file as read by core/source. Cells are capped so a 1 MB cell cannot freeze the view;
/// the vertical header shows each row's line in the file; ragged rows are marked.
class PreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewModel)

public:
    static constexpr int kMaxCellChars = 1024;

    explicit PreviewModel(QObject* parent = nullptr);

    void setPreview(const QStringList& header, const QList<source::Row>& rows);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList m_header;
    QList<source::Row> m_rows;
    int m_columns = 0;
};

} // namespace dia::ui
