#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace dia::doris {

/// One row Doris filtered, as its error log describes it.
struct FilteredRow
{
    qint64 line = -1; ///< 1-based line in the original file, -1 until mapped back
    QString reason; ///< "actual column number ... " without the "Reason: " prefix and the final '.'
    QString column; ///< the column the reason names, when it names one
    QString rawRow; ///< the source line as Doris saw it
};

/// The rows of one error log (ErrorURL body or SHOW LOAD WARNINGS lines).
struct ErrorLog
{
    QList<FilteredRow> rows;
    bool truncated = false; ///< Doris stopped logging ("TOO MUCH ERROR! ...")
    QStringList otherLines; ///< lines that are not row records (summaries, unknown text)
};

/// Parses `Reason: <reason>. src line [<row>]; ` lines.
ErrorLog parseErrorLog(const QByteArray& text);
/// The column a reason names ("column(c)", "column_name[c]", "column c"), or empty.
QString columnFromReason(const QString& reason);

} // namespace dia::doris
