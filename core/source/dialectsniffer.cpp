#include "dialectsniffer.h"

#include "csvparser.h"

#include <QHash>
#include <QSet>

#include <map>

namespace dia::source {

namespace {

constexpr int kMaxSampleRecords = 200;

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
    QSet<QByteArray> seen;
    for (const QByteArray& cell : head) {
        const QByteArray v = cell.trimmed();
        if (v.isEmpty() || looksNumeric(v) || seen.contains(v))
            return false;
        seen.insert(v);
    }
    const int dataRows = static_cast<int>(records.rows.size()) - firstRecord - 1;
    if (dataRows <= 0)
        return true; // a lone row of distinct non-numeric labels
    // a column whose data is mostly numeric under a non-numeric label is strong evidence
    for (int c = 0; c < qMin(columnCount, static_cast<int>(head.size())); ++c) {
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
        for (int r = firstRecord + 1; r < records.rows.size(); ++r) {
            const auto& row = records.rows.at(r);
            if (c < row.size() && row.at(c) == head.at(c))
                return false;
        }
    }
    return true;
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
    QHash<QString, int> used;
    const int n = qMax(columnCount, static_cast<int>(headerCells.size()));
    for (int i = 0; i < n; ++i) {
        QString name = i < headerCells.size() ? QString::fromUtf8(headerCells.at(i)).trimmed() : QString();
        if (name.isEmpty())
            name = QStringLiteral("c%1").arg(i + 1);
        QString unique = name;
        int suffix = used.value(name.toLower(), 0);
        while (used.contains(unique.toLower())) {
            ++suffix;
            unique = QStringLiteral("%1_%2").arg(name).arg(suffix + 1);
        }
        used.insert(name.toLower(), suffix);
        used.insert(unique.toLower(), 0);
        names.append(unique);
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
    if (!options.delimiter.isEmpty()) {
        dialect.separator = options.delimiter.toUtf8();
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
        if (stats.mode > 1) {
            for (int r = 0; r < records.rows.size() && r < 20; ++r) {
                const auto& row = records.rows.at(r);
                const bool comment = !row.isEmpty() && row.first().startsWith('#');
                if (row.size() == stats.mode && !comment) {
                    firstRecord = r;
                    result.skipLines = static_cast<int>(records.lines.at(r) - 1);
                    break;
                }
            }
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
