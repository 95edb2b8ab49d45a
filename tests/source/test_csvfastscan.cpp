#include "source/csvparser.h"
#include "source/sourcescanner.h"
#include "sourcetestutil.h"

#include <QFile>
#include <QTemporaryDir>

#include <random>

using namespace dia;
using namespace dia::source;

namespace {

struct RefRecord
{
    qint64 begin = 0;
    qint64 end = 0;
    RecordMeta meta;
};

/// The record-by-record reference: parse() over the whole input, blank lines included as `empty`.
QList<RefRecord> reference(const CsvParser& parser, const QByteArray& data)
{
    QList<RefRecord> out;
    qint64 pos = 0;
    while (pos < data.size()) {
        RecordMeta meta;
        const qint64 n = parser.parse(data.constData() + pos, data.size() - pos, true, nullptr, meta);
        if (n == 0)
            break;
        out.append({ pos, pos + n, meta });
        pos += n;
    }
    return out;
}

QByteArray randomCsv(std::mt19937& rng, char sep, qint64 length)
{
    static const char* const pieces[] = { "a", "bc", "12", "\xC3\xA9", "\"", "\"\"", "\n", "\r\n", "\r", "\\", " " };
    std::uniform_int_distribution<int> pick(0, 10 + 6);
    QByteArray out;
    while (out.size() < length) {
        const int k = pick(rng);
        if (k > 10)
            out.append(sep); // separators are the most common special byte
        else
            out.append(pieces[k]);
    }
    return out;
}

void checkEquivalence(const CsvDialect& dialect, const QByteArray& data, int expectedFields, std::mt19937& rng)
{
    const CsvParser parser(dialect);
    const QList<RefRecord> ref = reference(parser, data);
    std::uniform_int_distribution<int> maxRecords(1, 8);
    // walk the reference with the fast scan on arbitrary prefixes of the data (as a reader's buffer would be)
    qint64 pos = 0;
    qsizetype next = 0; // next reference entry (records and blank lines)
    while (next < ref.size()) {
        std::uniform_int_distribution<qint64> cut(pos, data.size());
        const qint64 avail = cut(rng) - pos;
        const qint64 limit = maxRecords(rng);
        CsvParser::ScanRun run;
        parser.scanRecords(
            data.constData() + pos, avail, limit, std::numeric_limits<qint64>::max(), expectedFields, run);
        qint64 records = 0;
        qint64 lines = 0;
        qint64 recordsEnd = 0;
        bool quotes = false;
        bool backslash = false;
        bool cr = false;
        RecordShape shape;
        while (next < ref.size() && ref.at(next).end - pos <= run.consumed) {
            const RefRecord& r = ref.at(next++);
            lines += r.meta.lineBreaks;
            cr = cr || r.meta.hasCarriageReturn;
            shape.lineEnds |= r.meta.shape.lineEnds;
            if (r.meta.empty)
                continue;
            shape.merge(r.meta.shape);
            ASSERT_FALSE(r.meta.unterminatedQuote);
            if (expectedFields > 0) {
                ASSERT_EQ(r.meta.fieldCount, expectedFields) << "fast scan passed a ragged record at " << r.begin;
            }
            ++records;
            recordsEnd = r.end - pos;
            quotes = quotes || r.meta.hasQuotes;
            backslash = backslash || r.meta.hasBackslash;
        }
        ASSERT_TRUE(next == ref.size() || ref.at(next).begin - pos == run.consumed)
            << "fast scan stopped inside a record at " << pos + run.consumed;
        ASSERT_EQ(run.records, records);
        ASSERT_LE(run.records, limit);
        ASSERT_EQ(run.lineBreaks, lines);
        if (records > 0) {
            ASSERT_EQ(run.recordsEnd, recordsEnd);
        }
        ASSERT_EQ(run.hasQuotes, quotes);
        ASSERT_EQ(run.hasBackslash, backslash);
        ASSERT_EQ(run.hasCarriageReturn, cr);
        ASSERT_EQ(run.shape.doubledQuotes, shape.doubledQuotes);
        ASSERT_EQ(run.shape.textAfterQuote, shape.textAfterQuote);
        ASSERT_EQ(run.shape.strayQuote, shape.strayQuote);
        ASSERT_EQ(run.shape.backslash, shape.backslash);
        ASSERT_EQ(run.shape.emptyField, shape.emptyField);
        ASSERT_EQ(run.shape.lineEnds, shape.lineEnds);
        pos += run.consumed;
        if (run.consumed == 0 && next < ref.size()) { // the slow path takes one entry
            pos = ref.at(next).end;
            ++next;
        }
    }
}

TEST(CsvFastScan, MatchesRecordByRecordParsingOnRandomInput)
{
    std::mt19937 rng(20261125);
    for (int round = 0; round < 400; ++round) {
        CsvDialect dialect;
        const int kind = round % 5;
        dialect.separator = kind == 1 ? ";" : (kind == 2 ? "\t" : ",");
        dialect.quote = kind == 3 ? '\0' : '"';
        dialect.escape = kind == 4 ? EscapeStyle::Backslash : EscapeStyle::DoubledQuote;
        const QByteArray data = randomCsv(rng, dialect.separator.at(0), 50 + round * 7);
        SCOPED_TRACE(testing::Message() << "round " << round << " data " << data.toPercentEncoding().constData());
        checkEquivalence(dialect, data, 0, rng);
        checkEquivalence(dialect, data, 3, rng);
        if (HasFatalFailure())
            return;
    }
}

TEST(CsvFastScan, LongRecordsAcrossSimdBlocks)
{
    std::mt19937 rng(7);
    CsvDialect dialect;
    QByteArray data;
    for (int r = 0; r < 200; ++r) {
        for (int f = 0; f < 5; ++f) {
            if (f)
                data.append(',');
            const int len = (r * 37 + f * 11) % 150;
            if (r % 7 == 0 && f == 2)
                data.append('"').append(QByteArray(len, 'x')).append("\"\"\n,\"");
            else
                data.append(QByteArray(len, 'y'));
        }
        data.append(r % 3 == 0 ? "\r\n" : "\n");
    }
    checkEquivalence(dialect, data, 5, rng);
}

TEST(CsvFastScan, ScanCountsRowsAndReportsRaggedLinesLikeTheRowReader)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("mixed.csv"));
    QByteArray data = "id,name,note\n";
    qint64 expectedRows = 0;
    QList<qint64> raggedLines;
    qint64 line = 2;
    for (int i = 0; i < 300000; ++i) {
        if (i % 50000 == 7) {
            data.append(QByteArray::number(i) + ",only two\n");
            raggedLines.append(line);
            ++line;
        } else if (i % 1000 == 3) {
            data.append(QByteArray::number(i) + ",\"multi\nline, quoted\",x\n");
            line += 2;
        } else if (i % 20000 == 5) {
            data.append("\n"); // blank line: not a row
            ++line;
            continue;
        } else {
            data.append(QByteArray::number(i) + ",name" + QByteArray::number(i % 97) + ",plain\n");
            ++line;
        }
        ++expectedRows;
    }
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(data);
    f.close();

    auto scanned = SourceScanner::scan(path, {});
    ASSERT_TRUE(scanned) << scanned.error().message.toStdString();
    EXPECT_EQ(scanned->rows, expectedRows);
    QList<qint64> reported;
    for (const SourceWarning& w : scanned->warnings) {
        if (w.code == QLatin1String("ragged_row"))
            reported.append(w.line);
    }
    EXPECT_EQ(reported, raggedLines);
    // the row reader agrees line by line
    const auto rows = test::readAll(path, {});
    EXPECT_EQ(rows.size(), expectedRows);
}

} // namespace
