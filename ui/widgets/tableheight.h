#pragma once

class QTableView;

namespace dia::ui {

/// Fixes a table view's height to its header and rows (at most `maxRows`, then it scrolls), so a short list of
/// BEs takes only the room it needs and is never squeezed below it.
void fitTableHeight(QTableView* view, int maxRows);

} // namespace dia::ui
