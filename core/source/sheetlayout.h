#pragma once

#include "readeroptions.h"

#include <QList>
#include <QStringList>

namespace dia::source {

/// Title rows, header and width of a worksheet, decided from its first rows (options win).
struct SheetLayout
{
    int skipRows = 0; ///< non-empty rows above the header
    bool header = true;
    int columnCount = 0;
    QStringList columnNames;

    static SheetLayout decide(const QList<QStringList>& firstRows, const ReaderOptions& options);
};

} // namespace dia::source
