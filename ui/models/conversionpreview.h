#pragma once

#include "schema/inferredcolumn.h"
#include "schema/valueconverter.h"
#include "source/tablereader.h"

#include <QList>
#include <QString>

namespace dia::ui {

/// One value of the file next to what the load sends for it.
struct ConvertedValue
{
    enum class Kind : quint8 {
        Same, ///< sent as written
        Converted, ///< rewritten (1.234,50 → 1234.50)
        Null, ///< sent as NULL (empty cell, N/A, #DIV/0! ...)
        Invalid, ///< does not convert: NULL without strict mode, the row filtered with it
    };
    QString raw;
    QString loaded; ///< the text Doris gets (empty for Null and Invalid)
    Kind kind = Kind::Same;
    qint64 line = 0; ///< line in the file of the first occurrence
};

/// What the load does with the first rows of one column.
struct ConversionSample
{
    QList<ConvertedValue> values; ///< distinct values in file order; every kind that occurs is represented
    int checked = 0; ///< cells looked at
    int converted = 0; ///< of them, rewritten
    int nulls = 0; ///< of them, sent as NULL
    int invalid = 0; ///< of them, not convertible
};

/// Runs the cells of column `index` of `rows` through the converter the loader uses for `column` (its `type` and
/// `nullable` set to the target's, as load::addConversions does) with `options`, keeping up to `maxValues` distinct
/// values. `emptyToNull`: empty cells are sent as NULL before any conversion (the field rule of nullable targets).
ConversionSample sampleConversions(const QList<source::Row>& rows, int index, const schema::InferredColumn& column,
    const schema::ConversionOptions& options, bool emptyToNull, int maxValues = 10);

} // namespace dia::ui
