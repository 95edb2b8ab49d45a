#include "source/canonicalcsv.h"
#include "source/chunksource.h"
#include "source/csvparser.h"
#include "source/csvrewriter.h"
#include "source/sourcescanner.h"
#include "sourcetestutil.h"

#include <QFile>
#include <QTemporaryDir>

using namespace dia;
using namespace dia::source;

namespace {

struct DialectCase
{
    const char* file;
    const char* delimiter;
    const char* lineEnding;
    int rows;
    int columns;
};

class DetectsDialect : public ::testing::TestWithParam<DialectCase>
{
};

TEST_P(DetectsDialect, DelimiterLineEndingAndShape)
{
    const DialectCase c = GetParam();
    SourceInfo info;
    const auto rows = test::readAll(test::sourceData(c.file), {}, &info);
    EXPECT_EQ(info.delimiter, QString::fromUtf8(c.delimiter));
    EXPECT_EQ(info.lineEnding, QString::fromLatin1(c.lineEnding));
    EXPECT_EQ(rows.size(), c.rows);
    EXPECT_EQ(info.columnNames.size(), c.columns);
    for (const Row& r : rows)
        EXPECT_EQ(r.fields.size(), c.columns) << "line " << r.line;
}

INSTANTIATE_TEST_SUITE_P(Files, DetectsDialect,
    ::testing::Values(DialectCase { "basic.csv", ",", "\n", 3, 3 }, DialectCase { "crlf.csv", ",", "\r\n", 2, 2 },
        DialectCase { "cr_only.csv", ",", "\r", 2, 2 }, DialectCase { "semicolon.csv", ";", "\n", 2, 3 },
        DialectCase { "tab.tsv", "\t", "\n", 2, 3 }, DialectCase { "pipe.csv", "|", "\n", 2, 3 },
        DialectCase { "multichar.csv", "||", "\n", 2, 3 }, DialectCase { "ctrl_a.csv", "\x01", "\n", 2, 3 }));

TEST(Csv, QuotedDelimitersNewlinesAndDoubledQuotes)
{
    const auto rows = test::readAll(test::sourceData("quoted_newline.csv"));
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.at(0).fields.at(1), QStringLiteral("line one\nline two"));
    EXPECT_EQ(rows.at(0).line, 2);
    EXPECT_EQ(rows.at(1).fields.at(1), QStringLiteral("a \"quoted\" word, comma"));
    EXPECT_EQ(rows.at(1).line, 4); // the quoted newline moved it down a line
    EXPECT_EQ(rows.at(2).line, 5);
}

TEST(Csv, BackslashEscapeIsDetected)
{
    SourceInfo info;
    const auto rows = test::readAll(test::sourceData("backslash_escape.csv"), {}, &info);
    EXPECT_EQ(info.escape, EscapeStyle::Backslash);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).fields.at(1), QStringLiteral("say \"hi\""));
    EXPECT_EQ(rows.at(1).fields.at(1), QStringLiteral("c:\\dir"));
}

TEST(Csv, RaggedRowsAreReportedWithLineNumbers)
{
    QList<SourceWarning> warnings;
    const auto rows = test::readAll(test::sourceData("ragged.csv"), {}, nullptr, &warnings);
    EXPECT_EQ(rows.size(), 4);
    ASSERT_EQ(warnings.size(), 2);
    EXPECT_EQ(warnings.at(0).code, QStringLiteral("ragged_row"));
    EXPECT_EQ(warnings.at(0).line, 3);
    EXPECT_EQ(warnings.at(0).message, QStringLiteral("Line 3 has 2 fields, the header has 3."));
    EXPECT_EQ(warnings.at(1).line, 4);
    EXPECT_EQ(warnings.at(1).message, QStringLiteral("Line 4 has 4 fields, the header has 3."));
}

TEST(Csv, TitleAndCommentLinesAreSkipped)
{
    SourceInfo info;
    const auto rows = test::readAll(test::sourceData("title_rows.csv"), {}, &info);
    EXPECT_EQ(info.skipLines, 2);
    EXPECT_EQ(
        info.columnNames, (QStringList { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("amount") }));
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.at(0).line, 4);
}

TEST(Csv, HeaderlessFileGetsGeneratedNames)
{
    SourceInfo info;
    const auto rows = test::readAll(test::sourceData("no_header.csv"), {}, &info);
    EXPECT_FALSE(info.header);
    EXPECT_EQ(info.columnNames, (QStringList { QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3") }));
    EXPECT_EQ(rows.size(), 3);
}

TEST(Csv, OverridesWin)
{
    ReaderOptions options;
    options.header = false;
    options.delimiter = QStringLiteral(";");
    options.skipLines = 1;
    SourceInfo info;
    const auto rows = test::readAll(test::sourceData("basic.csv"), options, &info);
    EXPECT_FALSE(info.header);
    EXPECT_EQ(info.delimiter, QStringLiteral(";"));
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.at(0).fields, QStringList { QStringLiteral("1,alice,10.5") });
}

TEST(Csv, NoQuotingOverride)
{
    ReaderOptions options;
    options.quote = QChar();
    const auto rows = test::readAll(test::sourceData("quoted_newline.csv"), options);
    ASSERT_GE(rows.size(), 1);
    EXPECT_EQ(rows.at(0).fields.at(1), QStringLiteral("\"line one"));
}

TEST(Csv, EmptyAndBlankFilesAreErrors)
{
    for (const char* name : { "empty.csv", "blank_lines.csv" }) {
        auto reader = openTableReader(test::sourceData(name), {});
        ASSERT_FALSE(reader.ok()) << name;
        EXPECT_EQ(reader.error().code, QStringLiteral("empty_file")) << name;
    }
}

TEST(Csv, HeaderOnlyFileHasColumnsAndNoRows)
{
    auto scan = SourceScanner::scan(test::sourceData("header_only.csv"), {});
    ASSERT_TRUE(scan.ok());
    EXPECT_EQ(scan->rows, 0);
    EXPECT_EQ(scan->info.columnNames.size(), 3);
    ASSERT_EQ(scan->warnings.size(), 1);
    EXPECT_EQ(scan->warnings.first().code, QStringLiteral("no_data_rows"));
}

TEST(Csv, UnterminatedQuoteIsReported)
{
    QList<SourceWarning> warnings;
    test::readAll(test::sourceData("unterminated.csv"), {}, nullptr, &warnings);
    bool found = false;
    for (const auto& w : warnings)
        found = found || (w.code == QStringLiteral("unterminated_quote") && w.line == 2);
    EXPECT_TRUE(found);
}

TEST(Csv, BinaryGarbageAndMissingFilesAreRefused)
{
    auto binary = openTableReader(test::sourceData("binary.bin"), {});
    ASSERT_FALSE(binary.ok());
    EXPECT_EQ(binary.error().code, QStringLiteral("binary_file"));
    auto missing = openTableReader(test::sourceData("does-not-exist.csv"), {});
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, QStringLiteral("file_not_found"));
}

TEST(Csv, ParserNeedsMoreDataInsideQuotes)
{
    CsvParser parser(CsvDialect {});
    RecordMeta meta;
    QList<QByteArray> fields;
    const QByteArray partial = "1,\"open\nstill";
    EXPECT_EQ(parser.parse(partial.constData(), partial.size(), false, &fields, meta), 0);
    const QByteArray whole = "1,\"open\nstill\"\n2";
    EXPECT_EQ(parser.parse(whole.constData(), whole.size(), false, &fields, meta), 15);
    EXPECT_EQ(fields, (QList<QByteArray> { "1", "open\nstill" }));
    EXPECT_EQ(meta.lineBreaks, 2);
}

TEST(Csv, MultiCharSeparatorSplitsLeftToRightWithoutOverlap)
{
    CsvDialect dialect;
    dialect.separator = "xx";
    CsvParser parser(dialect);
    RecordMeta meta;
    QList<QByteArray> fields;
    const QByteArray line = "data1xxxxdata2\n";
    parser.parse(line.constData(), line.size(), true, &fields, meta);
    EXPECT_EQ(fields, (QList<QByteArray> { "data1", "", "data2" }));
}

TEST(Preview, FirstRowsAndEstimate)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("id,name\n");
    for (int i = 0; i < 20000; ++i)
        f.write(QByteArray::number(i).rightJustified(6, '0') + ",name" + QByteArray::number(i % 10) + "\n");
    f.close();
    auto preview = SourceScanner::preview(path, {}, 200);
    ASSERT_TRUE(preview.ok());
    EXPECT_EQ(preview->rows.size(), 200);
    EXPECT_FALSE(preview->complete);
    EXPECT_NEAR(double(preview->estimatedRows), 20000.0, 200.0);
    auto scan = SourceScanner::scan(path, {});
    ASSERT_TRUE(scan.ok());
    EXPECT_EQ(scan->rows, 20000);
}

TEST(Preview, ScanReportsProgressAndCanBeCancelled)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("id,name\n");
    for (int i = 0; i < 100000; ++i)
        f.write(QByteArray::number(i) + ",x\n");
    f.close();
    std::atomic<bool> cancel { true };
    auto cancelled = SourceScanner::scan(path, {}, {}, &cancel);
    ASSERT_TRUE(cancelled.ok());
    EXPECT_TRUE(cancelled->cancelled);
    EXPECT_LT(cancelled->rows, 100000);
    double last = -1;
    int calls = 0;
    auto full = SourceScanner::scan(
        path, {}, [&](const ScanProgress& p) { last = p.fraction, ++calls; }, nullptr);
    ASSERT_TRUE(full.ok());
    EXPECT_EQ(full->rows, 100000);
    EXPECT_GE(calls, 1);
    EXPECT_EQ(last, 1.0);
}

// ---- chunk source -------------------------------------------------------------------------------------

QByteArray readBody(const Chunk& chunk)
{
    auto device = chunk.body->open();
    EXPECT_TRUE(device != nullptr);
    return device ? device->readAll() : QByteArray();
}

TEST(Chunks, PassthroughChunksAreFileRangesOnRecordBoundaries)
{
    QTemporaryDir spool;
    ChunkLimits limits;
    limits.maxRows = 2;
    auto source = openChunkSource(test::sourceData("basic.csv"), {}, limits, spool.path());
    ASSERT_TRUE(source.ok());
    EXPECT_EQ((*source)->columnNames().size(), 3);
    auto first = (*source)->next();
    ASSERT_TRUE(first.ok() && first->has_value());
    const Chunk& c0 = **first;
    EXPECT_TRUE(c0.info.passthrough);
    EXPECT_EQ(c0.info.rowCount, 2);
    EXPECT_EQ(c0.info.firstLine, 2);
    EXPECT_EQ(c0.info.sourceBegin, 15); // after "id,name,amount\n"
    EXPECT_EQ(readBody(c0), QByteArray("1,alice,10.5\n2,bob,20\n"));
    auto records = c0.body->records();
    ASSERT_TRUE(records.ok());
    ASSERT_EQ(records->size(), 2);
    EXPECT_EQ(records->at(1).first, 3);
    EXPECT_EQ(records->at(1).second, QByteArray("2,bob,20"));
    auto second = (*source)->next();
    ASSERT_TRUE(second.ok() && second->has_value());
    EXPECT_EQ((**second).info.firstRow, 2);
    EXPECT_EQ(readBody(**second), QByteArray("3,carol,30\n"));
    auto end = (*source)->next();
    ASSERT_TRUE(end.ok());
    EXPECT_FALSE(end->has_value());
    EXPECT_EQ((*source)->progress(), 1.0);
}

TEST(Chunks, QuotedNewlinesNeverSplitAChunk)
{
    QTemporaryDir spool;
    ChunkLimits limits;
    limits.maxBytes = 10; // smaller than one record: one record per chunk
    auto source = openChunkSource(test::sourceData("quoted_newline.csv"), {}, limits, spool.path());
    ASSERT_TRUE(source.ok());
    QList<qint64> firstLines;
    for (;;) {
        auto next = (*source)->next();
        ASSERT_TRUE(next.ok());
        if (!next->has_value())
            break;
        EXPECT_EQ((**next).info.rowCount, 1);
        firstLines.append((**next).info.firstLine);
    }
    EXPECT_EQ(firstLines, (QList<qint64> { 2, 4, 5 }));
}

TEST(Chunks, BodyFormatHeaders)
{
    BodyFormat format = CanonicalCsv::bodyFormat("\x01");
    const auto headers = format.streamLoadHeaders();
    ASSERT_EQ(headers.size(), 5);
    EXPECT_EQ(headers.at(0), (QPair<QByteArray, QByteArray>("column_separator", "\\x01")));
    EXPECT_EQ(headers.at(1), (QPair<QByteArray, QByteArray>("line_delimiter", "\\x0a")));
    EXPECT_EQ(headers.at(2), (QPair<QByteArray, QByteArray>("enclose", "\"")));
    EXPECT_EQ(headers.at(3), (QPair<QByteArray, QByteArray>("escape", "\\")));
    EXPECT_EQ(headers.at(4), (QPair<QByteArray, QByteArray>("trim_double_quotes", "true")));
}

/// Reads every chunk's body and splits it the way Doris does (CanonicalCsv::parse).
QList<QList<QByteArray>> loadAll(
    const QString& path, const ChunkLimits& limits, QList<qint64>* lines = nullptr, bool* anyPassthrough = nullptr)
{
    QTemporaryDir spool;
    QList<QList<QByteArray>> all;
    auto source = openChunkSource(path, {}, limits, spool.path());
    EXPECT_TRUE(source.ok()) << (source.ok() ? "" : source.error().text().toStdString());
    if (!source.ok())
        return all;
    const QByteArray sep = (*source)->bodyFormat().columnSeparator;
    const QByteArray lineDelimiter = (*source)->bodyFormat().lineDelimiter;
    for (;;) {
        auto next = (*source)->next();
        EXPECT_TRUE(next.ok());
        if (!next.ok() || !next->has_value())
            break;
        if (anyPassthrough)
            *anyPassthrough = *anyPassthrough || (**next).info.passthrough;
        const QByteArray body = readBody(**next);
        if ((**next).info.bodySize >= 0) {
            EXPECT_EQ(body.size(), (**next).info.bodySize);
        }
        all += CanonicalCsv::parse(body, sep, lineDelimiter);
        if (lines) {
            auto records = (**next).body->records();
            EXPECT_TRUE(records.ok());
            for (const auto& r : *records)
                lines->append(r.first);
        }
    }
    return all;
}

TEST(Chunks, RewrittenBodiesRoundTripEveryAwkwardValue)
{
    QList<qint64> lines;
    bool passthrough = false;
    const auto records = loadAll(test::sourceData("awkward.csv"), ChunkLimits {}, &lines, &passthrough);
    EXPECT_FALSE(passthrough);
    const QList<QByteArray> expected = { "has,comma", "has \"quote\"", "back\\slash", "multi\nline",
        "\"starts and ends with quote\"", "", "\\N", "carriage\r\nreturn", "plain" };
    ASSERT_EQ(records.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(records.at(i).at(1), expected.at(i)) << i;
        EXPECT_EQ(records.at(i).at(0), QByteArray::number(i + 1));
    }
    EXPECT_EQ(lines, (QList<qint64> { 2, 3, 4, 5, 7, 8, 9, 10, 12 }));
}

TEST(Chunks, CanonicalFieldEncoding)
{
    // the fields a, '', 'b,c', \N and "q" as a file writes them
    const QByteArray record = "a,,\"b,c\",\\N,\"\"\"q\"\"\"\n";
    const CsvRecordRewriter rewriter(CsvDialect {}, ",", "\n", {});
    std::string written;
    ASSERT_EQ(rewriter.rewrite(record.constData(), record.size(), true, written), record.size());
    const QByteArray out = QByteArray::fromStdString(written);
    // \N stays bare (Doris: NULL), exactly as in a passthrough chunk of the same file.
    EXPECT_EQ(out, QByteArray("a,,\"b,c\",\\N,\"\\\"q\\\"\"\n"));
}

TEST(Chunks, TranscodedFilesAreRewrittenToUtf8)
{
    bool passthrough = false;
    const auto records = loadAll(test::sourceData("gbk.csv"), ChunkLimits {}, nullptr, &passthrough);
    EXPECT_FALSE(passthrough);
    ASSERT_EQ(records.size(), 5);
    EXPECT_EQ(QString::fromUtf8(records.at(0).at(1)), QStringLiteral("张三"));
}

TEST(Chunks, CrlfFilesAreByteRangesWithACrlfLineDelimiter)
{
    QTemporaryDir spool;
    auto source = openChunkSource(test::sourceData("crlf.csv"), {}, ChunkLimits {}, spool.path());
    ASSERT_TRUE(source.ok());
    EXPECT_EQ((*source)->bodyFormat().lineDelimiter, QByteArray("\r\n"));
    bool passthrough = false;
    const auto records = loadAll(test::sourceData("crlf.csv"), ChunkLimits {}, nullptr, &passthrough);
    EXPECT_TRUE(passthrough);
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records.at(1), (QList<QByteArray> { "2", "b" }));
}

TEST(Chunks, InvalidEncodingFailsTheLoad)
{
    QTemporaryDir spool;
    ReaderOptions options;
    options.encoding = QStringLiteral("UTF-8");
    auto source = openChunkSource(test::sourceData("invalid_utf8.csv"), options, ChunkLimits {}, spool.path());
    ASSERT_FALSE(source.ok());
    EXPECT_EQ(source.error().code, QStringLiteral("invalid_encoding"));
}

TEST(Chunks, Utf8ChunksAreRewrittenWithoutSpoolFiles)
{
    QTemporaryDir spool;
    auto source = openChunkSource(test::sourceData("awkward.csv"), {}, ChunkLimits {}, spool.path());
    ASSERT_TRUE(source.ok());
    auto next = (*source)->next();
    ASSERT_TRUE(next.ok() && next->has_value());
    EXPECT_EQ((**next).info.bodySize, -1); // rewritten as it is sent
    EXPECT_FALSE(readBody(**next).isEmpty());
    EXPECT_TRUE(QDir(spool.path()).entryList(QDir::Files).isEmpty());
}

TEST(Chunks, SpoolFilesAreDeletedWithTheirBody)
{
    QTemporaryDir spool;
    {
        auto source = openChunkSource(test::sourceData("awkward.xlsx"), {}, ChunkLimits {}, spool.path());
        ASSERT_TRUE(source.ok());
        auto next = (*source)->next();
        ASSERT_TRUE(next.ok() && next->has_value());
        EXPECT_FALSE(QDir(spool.path()).entryList(QDir::Files).isEmpty());
    }
    EXPECT_TRUE(QDir(spool.path()).entryList(QDir::Files).isEmpty());
}

} // namespace
