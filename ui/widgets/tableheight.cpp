#include "tableheight.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

namespace dia::ui {

void fitTableHeight(QTableView* view, int maxRows)
{
    view->resizeRowsToContents();
    const int rows = std::min(view->model()->rowCount(), maxRows);
    int height = view->horizontalHeader()->sizeHint().height() + 2 * view->frameWidth();
    for (int row = 0; row < rows; ++row)
        height += view->rowHeight(row);
    if (view->model()->rowCount() > maxRows)
        height += view->horizontalScrollBar()->sizeHint().height() / 2;
    view->setFixedHeight(height);
}

} // namespace dia::ui
