#pragma once

#include "columntype.h"
#include "valueformat.h"

#include <QString>
#include <QStringList>

namespace dia::schema {

/// The proposal for one file column: name, Doris type and why.
struct InferredColumn
{
    QString originalName; ///< header cell as read
    QString name; ///< Doris column name (see IdentifierCleaner)
    QString nameReason; ///< why `name` differs from the header; empty when it does not
    ColumnType type;
    bool nullable = false; ///< some cells were empty or a null token
    QString reason; ///< one short sentence for the user: why this type
    QStringList examples; ///< a few distinct non-null values

    qint64 valueCount = 0; ///< non-null cells seen
    qint64 nullCount = 0; ///< null cells seen (empty or a null token)
    qint64 maxBytes = 0; ///< longest non-null value in UTF-8 bytes
    int maxIntegerDigits = 0; ///< numbers: most digits before the point (leading zeros not counted)
    int maxScale = 0; ///< numbers: most digits after the point

    /// Dates not written as ISO: how they are written ("MM/DD/YYYY", "DD/MM/YYYY", "DD.MM.YYYY",
    /// "YYYY/MM/DD"), so the loader can rewrite them with ValueSyntax::toIso(); empty for ISO or non-dates.
    QString sourceDateFormat;
    /// The day/month order of the dates could not be told from the data (the preferred order was used).
    bool dateOrderAmbiguous = false;

    /// How the values are written (decimal mark, grouping, currency, percent, date order...), decided from the
    /// whole column; makeConverters() turns it into the rewrite the loader applies. Kind Text: sent as written.
    ValueFormat format;
    qint64 nullTokenCount = 0; ///< cells that are a null token (N/A, NULL, -, #N/A ...), within nullCount
    qint64 errorCount = 0; ///< cells that are an Excel error value (#DIV/0!, #VALUE! ...), within nullCount
    /// Cells a typed column cannot take as written: numbers and dates not written the way Doris writes them
    /// (1.234,50, $5, 1e3, 007, 07/01/2024, 2024-07-01T10:00Z), yes/no words, null tokens other than an empty
    /// cell and \N, error values. None: the loader may send the column as written (see readsAsWritten()).
    qint64 unlikeDorisCount = 0;
    qint64 nullWordCount = 0; ///< cells that are exactly NULL or null: NULL in a nullable text column once rewritten
    qint64 offsetCount = 0; ///< date-times written with a UTC offset or Z (converted to one zone when loading)
};

} // namespace dia::schema
