#include "dialectsniffer.h"

#include "csvparser.h"

#include <QHash>
#include <QSet>

#include <map>

namespace dia::source {

namespace {

constexpr int kMaxSampleRecords = 200;
constexpr int kMaxTitleRecords = 20; ///< title/comment records looked for above the header

struct Records
{
    QList<QList<QByteArray>> rows;
    QList<qint64> lines; ///< 1-based physical start line of each record
};

Records parseSample(const QByteArray& sample, bool complete, const CsvDialect& dialect, int maxRecords)
{
    Records result;
    CsvParser parser(dialect);
    qint64 pos = 0;
    qint64 line = 1;
    QList<QByteArray> fields;
    RecordMeta meta;
    while (pos < sample.size() && result.rows.size() < maxRecords) {
        const qint64 n = parser.parse(sample.constData() + pos, sample.size() - pos, complete, &fields, meta);
        if (n <= 0)
            break;
        if (!meta.empty) {
            result.rows.append(fields);
            result.lines.append(line);
        }
        line += meta.lineBreaks;
        pos += n;
    }
    return result;
}

struct CountStats
{
    int mode = 0;
    double frequency = 0.0;
};

CountStats countStats(const Records& records)
{
    std::map<int, int> counts;
    for (const auto& row : records.rows)
        ++counts[static_cast<int>(row.size())];
    CountStats stats;
    int best = 0;
    for (const auto& [count, n] : counts) {
        if (n > best || (n == best && count > stats.mode)) {
            best = n;
            stats.mode = count;
        }
    }
    if (!records.rows.isEmpty())
        stats.frequency = double(best) / double(records.rows.size());
    return stats;
}

bool looksNumeric(const QByteArray& raw)
{
    const QByteArray v = raw.trimmed();
    if (v.isEmpty())
        return false;
    bool ok = false;
    v.toDouble(&ok);
    if (ok)
        return true;
    // dates and times: digits with - / : . and space, at least 4 digits
    int digits = 0;
    for (char c : v) {
        if (c >= '0' && c <= '9')
            ++digits;
        else if (c != '-' && c != '/' && c != ':' && c != '.' && c != ' ' && c != 'T')
            return false;
    }
    return digits >= 4;
}

bool decideHeader(const Records& records, int firstRecord, int columnCount)
{
    if (firstRecord >= records.rows.size())
        return true;
    const QList<QByteArray>& head = records.rows.at(firstRecord);
    // Labels may repeat (Amount, Amount) and some may be empty (a column Excel left unnamed): the names are made
    // unique later. A numeric cell means data, and so does a row that is mostly empty.
    int labels = 0;
    for (const QByteArray& cell : head) {
        const QByteArray v = cell.trimmed();
        if (v.isEmpty())
            continue;
        if (looksNumeric(v))
            return false;
        ++labels;
    }
    if (labels == 0 || labels * 2 < head.size())
        return false;
    const int dataRows = static_cast<int>(records.rows.size()) - firstRecord - 1;
    if (dataRows <= 0)
        return true; // a lone row of non-numeric labels
    // a column whose data is mostly numeric under a non-numeric label is strong evidence
    for (int c = 0; c < qMin(columnCount, static_cast<int>(head.size())); ++c) {
        if (head.at(c).trimmed().isEmpty())
            continue;
        int numeric = 0;
        int nonEmpty = 0;
        for (int r = firstRecord + 1; r < records.rows.size(); ++r) {
            const auto& row = records.rows.at(r);
            if (c >= row.size() || row.at(c).trimmed().isEmpty())
                continue;
            ++nonEmpty;
            numeric += looksNumeric(row.at(c)) ? 1 : 0;
        }
        if (nonEmpty > 0 && numeric * 2 >= nonEmpty)
            return true;
    }
    // all text: a header when no label repeats as a value in its own column
    for (int c = 0; c < head.size(); ++c) {
        if (head.at(c).trimmed().isEmpty())
            continue;
        for (int r = firstRecord + 1; r < records.rows.size(); ++r) {
            const auto& row = records.rows.at(r);
            if (c < row.size() && row.at(c) == head.at(c))
                return false;
        }
    }
    return true;
}

/// Excel's `sep=;` first line: the separator it names, or empty.
QByteArray excelSeparatorLine(const QByteArray& sample)
{
    if (sample.size() < 5 || !sample.left(4).toLower().startsWith("sep="))
        return {};
    qsizetype end = 4;
    while (end < sample.size() && sample.at(end) != '\n' && sample.at(end) != '\r')
        ++end;
    if (end == sample.size() || end == 4 || end - 4 > 3)
        return {};
    return sample.mid(4, end - 4);
}

int nonEmptyCells(const QList<QByteArray>& row)
{
    int n = 0;
    for (const QByteArray& cell : row)
        n += cell.trimmed().isEmpty() ? 0 : 1;
    return n;
}

bool isCommentRecord(const QList<QByteArray>& row)
{
    return !row.isEmpty() && row.first().trimmed().startsWith('#');
}

} // namespace

qint64 DialectSniffer::offsetAfterLines(const char* data, qint64 size, int lines, bool complete)
{
    qint64 pos = 0;
    for (int l = 0; l < lines; ++l) {
        while (pos < size && data[pos] != '\n' && data[pos] != '\r')
            ++pos;
        if (pos >= size)
            return complete ? size : -1;
        if (data[pos] == '\r') {
            if (pos + 1 >= size && !complete)
                return -1;
            pos += (pos + 1 < size && data[pos + 1] == '\n') ? 2 : 1;
        } else {
            ++pos;
        }
    }
    return pos;
}

QStringList DialectSniffer::columnNames(const QList<QByteArray>& headerCells, int columnCount)
{
    QStringList names;
    const int n = qMax(columnCount, static_cast<int>(headerCells.size()));
    names.reserve(n);
    for (int i = 0; i < n; ++i) {
        if (headerCells.isEmpty())
            names.append(QStringLiteral("c%1").arg(i + 1));
        else
            names.append(i < headerCells.size() ? QString::fromUtf8(headerCells.at(i)).trimmed() : QString());
    }
    return names;
}

SniffResult DialectSniffer::sniff(const QByteArray& sample, bool complete, const ReaderOptions& options)
{
    SniffResult result;
    CsvDialect& dialect = result.dialect;

    // line ending: the first one found
    const qsizetype nl = sample.indexOf('\n');
    const qsizetype cr = sample.indexOf('\r');
    if (cr >= 0 && (nl < 0 || cr < nl))
        dialect.lineEnding
            = (cr + 1 < sample.size() && sample.at(cr + 1) == '\n') ? QByteArray("\r\n") : QByteArray("\r");
    else
        dialect.lineEnding = "\n";

    if (options.quote.has_value())
        dialect.quote = options.quote->isNull() ? '\0' : static_cast<char>(options.quote->toLatin1());
    else
        dialect.quote = '"';
    if (options.escape.has_value()) {
        dialect.escape = *options.escape;
    } else {
        // \" against "" not preceded by a backslash
        qsizetype backslashQuotes = 0;
        qsizetype doubledQuotes = 0;
        for (qsizetype i = 1; i < sample.size(); ++i) {
            if (sample.at(i) != '"')
                continue;
            if (sample.at(i - 1) == '\\') {
                ++backslashQuotes;
            } else if (sample.at(i - 1) == '"' && (i < 2 || sample.at(i - 2) != '\\')) {
                ++doubledQuotes;
                ++i;
            }
        }
        dialect.escape = backslashQuotes > doubledQuotes ? EscapeStyle::Backslash : EscapeStyle::DoubledQuote;
    }

    // delimiter
    const QByteArray excelSeparator = excelSeparatorLine(sample);
    if (!options.delimiter.isEmpty()) {
        dialect.separator = options.delimiter.toUtf8();
    } else if (!excelSeparator.isEmpty()) {
        dialect.separator = excelSeparator;
    } else {
        static const char* const kCandidates[] = { ",", ";", "\t", "|", "\x01", "^", "~", "||", "|+|", "\x1e" };
        double bestScore = -1.0;
        QByteArray best = ",";
        for (const char* candidate : kCandidates) {
            CsvDialect trial = dialect;
            trial.separator = QByteArray(candidate);
            if (!sample.contains(trial.separator))
                continue;
            const Records records = parseSample(sample, complete, trial, kMaxSampleRecords);
            const CountStats stats = countStats(records);
            if (stats.mode <= 1)
                continue;
            // consistency first; among equally consistent candidates, longer separators (|| over |)
            // and then more columns win
            const double score
                = stats.frequency * 1000.0 + (trial.separator.size() > 1 ? 50.0 : 0.0) + qMin(stats.mode, 40);
            if (score > bestScore) {
                bestScore = score;
                best = trial.separator;
            }
        }
        dialect.separator = best;
    }

    // quote detection: a quote char counts when fields start with it
    if (!options.quote.has_value()) {
        const Records plain = parseSample(sample, complete, dialect, kMaxSampleRecords);
        int doubleQuoted = 0;
        int singleQuoted = 0;
        for (const auto& row : plain.rows) {
            for (const QByteArray& f : row) {
                if (f.size() >= 2 && f.startsWith('\'') && f.endsWith('\''))
                    ++singleQuoted;
            }
        }
        CsvDialect noQuote = dialect;
        noQuote.quote = '\0';
        const Records raw = parseSample(sample, complete, noQuote, kMaxSampleRecords);
        for (const auto& row : raw.rows) {
            for (const QByteArray& f : row) {
                if (f.startsWith('"'))
                    ++doubleQuoted;
            }
        }
        if (doubleQuoted == 0 && singleQuoted > 0)
            dialect.quote = '\'';
    }

    const Records records = parseSample(sample, complete, dialect, kMaxSampleRecords);
    const CountStats stats = countStats(records);
    result.columnCount = qMax(stats.mode, 1);

    // title and comment lines above the table
    int firstRecord = 0;
    if (options.skipLines >= 0) {
        result.skipLines = options.skipLines;
        while (firstRecord < records.lines.size() && records.lines.at(firstRecord) <= result.skipLines)
            ++firstRecord;
    } else {
        result.skipLines = 0;
        const int limit = qMin(static_cast<int>(records.rows.size()), kMaxTitleRecords);
        int first = -1;
        for (int r = 0; r < limit; ++r) {
            const auto& row = records.rows.at(r);
            const bool separatorLine = r == 0 && !excelSeparator.isEmpty() && records.lines.at(0) == 1;
            if (separatorLine || (stats.mode > 1 && (isCommentRecord(row) || row.size() != stats.mode)))
                continue;
            first = r;
            break;
        }
        if (first >= 0) {
            firstRecord = first;
            // Excel writes a title cell as a full-width row ("Sales report,,,,"): rows with at most one value above
            // a header are titles too, but only when a header follows them (otherwise they are data).
            if (!options.header.has_value() || *options.header) {
                int candidate = first;
                while (candidate + 1 < limit && stats.mode >= 3 && nonEmptyCells(records.rows.at(candidate)) <= 1
                    && records.rows.at(candidate).size() == stats.mode)
                    ++candidate;
                while (candidate + 1 < limit
                    && (isCommentRecord(records.rows.at(candidate)) || records.rows.at(candidate).size() != stats.mode))
                    ++candidate;
                if (candidate != first && decideHeader(records, candidate, stats.mode))
                    firstRecord = candidate;
            }
            result.skipLines = static_cast<int>(records.lines.at(firstRecord) - 1);
        }
    }

    if (options.header.has_value())
        result.header = *options.header;
    else
        result.header = decideHeader(records, firstRecord, result.columnCount);

    if (result.header && firstRecord < records.rows.size()) {
        result.columnNames = columnNames(records.rows.at(firstRecord), result.columnCount);
        result.columnCount = static_cast<int>(result.columnNames.size());
    } else {
        result.columnNames = columnNames({}, result.columnCount);
    }
    return result;
}

} // namespace dia::source
