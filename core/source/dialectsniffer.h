#pragma once

#include "csvdialect.h"
#include "readeroptions.h"

#include <QByteArray>
#include <QStringList>

namespace dia::source {

/// The dialect decided for a file, with the layout above the data.
struct SniffResult
{
    CsvDialect dialect;
    bool header = true;
    int skipLines = 0;
    int columnCount = 0;
    QStringList columnNames;
};

/// Guesses delimiter, quote, escape style, line ending, header and title lines from a UTF-8 sample;
/// every field the user set in ReaderOptions is taken as given. Lines above the header that are skipped: an
/// Excel `sep=;` line (its separator is used), `#` comments, blank lines, lines with another field count than
/// the table, and rows with at most one value (a title Excel wrote across the full width) when a header follows.
class DialectSniffer
{
public:
    /// `sample`: the decoded start of the file without BOM; `complete`: it is the whole file.
    static SniffResult sniff(const QByteArray& sample, bool complete, const ReaderOptions& options);

    /// Column names from header cells as the file has them (trimmed; empty and repeated labels kept, padded with
    /// empty labels up to `columnCount`); without header cells c1..cN. schema::IdentifierCleaner makes them
    /// unique Doris names.
    static QStringList columnNames(const QList<QByteArray>& headerCells, int columnCount);
    /// Physical line starts: the byte offset just after `lines` line breaks (\n, \r\n or \r) of `data`,
    /// or -1 when `data` has fewer.
    static qint64 offsetAfterLines(const char* data, qint64 size, int lines, bool complete);
};

} // namespace dia::source
