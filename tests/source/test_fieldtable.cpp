// The whole-file pass's record splitter (CsvTableReader::nextFields, CsvParser::splitRecords) gives exactly the
// rows, line numbers and warnings of the record-by-record reader (nextViews), on files full of what analysts' CSVs
// hold: quoted fields with separators, doubled quotes and line breaks, CRLF, lone CRs, blank lines, ragged rows,
// stray quotes, text after a closing quote, backslashes, a last record without a line break.

#include "source/csvparser.h"
#include "source/csvtablereader.h"
#include "source/fieldtable.h"
#include "source/tablereader.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

#include <random>
#include <string>
#include <vector>

using namespace dia::source;

namespace {

struct ReadRow
{
    qint64 line = 0;
    std::vector<std::string> fields;
    bool operator==(const ReadRow& o) const { return line == o.line && fields == o.fields; }
};

std::string randomField(std::mt19937& rng, char sep)
{
    static const char* const plain[]
        = { "", "abc", "12", "-3.50", "2024-07-01", "\xC3\xA9t\xC3\xA9", "a b", "N/A", "x\\y", "\\N" };
    const std::string s(1, sep);
    const std::vector<std::string> awkward { "\"\"", "\"a" + s + "b\"", "\"say \"\"hi\"\"\"", "\"two\nlines\"",
        "\"cr\r\nlf\"", "\"lone\rcr\"", "ab\"c", "\"q\"tail", "\"\"\"\"", "\"" + s + "\"", "\"back\\\"" };
    std::uniform_int_distribution<int> kind(0, 9);
    if (kind(rng) < 7)
        return plain[std::uniform_int_distribution<size_t>(0, std::size(plain) - 1)(rng)];
    return awkward[std::uniform_int_distribution<size_t>(0, awkward.size() - 1)(rng)];
}

/// About `bytes` of records with `columns` fields, a few of them with one field more or less, mostly LF-ended.
std::string randomCsv(std::mt19937& rng, char sep, int columns, size_t bytes, bool crlf)
{
    std::string out;
    for (int c = 0; c < columns; ++c)
        out += (c ? std::string(1, sep) : std::string()) + "h" + std::to_string(c);
    out += crlf ? "\r\n" : "\n";
    std::uniform_int_distribution<int> odd(0, 99);
    while (out.size() < bytes) {
        const int roll = odd(rng);
        int fields = columns;
        if (roll == 0)
            fields = columns + 1;
        else if (roll == 1 && columns > 1)
            fields = columns - 1;
        for (int c = 0; c < fields; ++c) {
            if (c)
                out += sep;
            out += randomField(rng, sep);
        }
        const int end = odd(rng);
        out += end < 3 ? "\n\n" : end < 4 ? "\r" : (crlf || end < 10) ? "\r\n" : "\n";
    }
    return out;
}

std::unique_ptr<CsvTableReader> openCsv(const QString& path, char sep)
{
    ReaderOptions options;
    options.encoding = QStringLiteral("UTF-8");
    options.delimiter = QString(QChar::fromLatin1(sep));
    options.quote = QChar(u'"');
    options.escape = EscapeStyle::DoubledQuote;
    options.header = true;
    options.skipLines = 0;
    auto reader = CsvTableReader::open(path, options);
    EXPECT_TRUE(reader.ok()) << (reader.ok() ? "" : reader.error().text().toStdString());
    return reader.ok() ? std::move(*reader) : nullptr;
}

std::vector<ReadRow> readByViews(CsvTableReader& reader, size_t columns)
{
    std::vector<ReadRow> rows;
    RowViews row;
    for (;;) {
        auto got = reader.nextViews(row);
        EXPECT_TRUE(got.ok());
        if (!got.ok() || !*got)
            return rows;
        ReadRow r { row.line, {} };
        for (size_t c = 0; c < columns; ++c)
            r.fields.emplace_back(c < row.fields.size() ? std::string(row.fields[c]) : std::string());
        rows.push_back(std::move(r));
    }
}

std::vector<ReadRow> readByTables(CsvTableReader& reader, size_t columns, size_t capacity, qint64& ragged)
{
    std::vector<ReadRow> rows;
    FieldTable table(columns, capacity);
    ragged = 0;
    for (;;) {
        auto got = reader.nextFields(table);
        EXPECT_TRUE(got.ok());
        if (!got.ok() || !*got)
            return rows;
        EXPECT_LE(table.rows(), capacity);
        for (size_t r = 0; r < table.rows(); ++r) {
            ReadRow row { table.line(r), {} };
            for (size_t c = 0; c < columns; ++c)
                row.fields.emplace_back(table.field(r, c));
            rows.push_back(std::move(row));
        }
        ragged += table.raggedRows();
        table.clear();
    }
}

QString writeFile(const QTemporaryDir& dir, const std::string& bytes)
{
    const QString path = dir.filePath(QStringLiteral("data.csv"));
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes.data(), qint64(bytes.size()));
    return path;
}

void expectSameAsViews(const std::string& bytes, char sep, int columns, const std::string& what)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, bytes);
    auto byViews = openCsv(path, sep);
    ASSERT_TRUE(byViews);
    const std::vector<ReadRow> expected = readByViews(*byViews, size_t(columns));
    for (size_t capacity : { size_t(1), size_t(7), size_t(8192) }) {
        auto byTables = openCsv(path, sep);
        ASSERT_TRUE(byTables);
        qint64 ragged = 0;
        const std::vector<ReadRow> got = readByTables(*byTables, size_t(columns), capacity, ragged);
        ASSERT_EQ(got.size(), expected.size()) << what << ", tables of " << capacity;
        for (size_t i = 0; i < got.size(); ++i)
            ASSERT_EQ(got[i], expected[i]) << what << ", tables of " << capacity << ", row " << i;
        EXPECT_EQ(ragged, byViews->raggedRows()) << what;
        EXPECT_EQ(byTables->raggedRows(), byViews->raggedRows()) << what;
        const auto a = byViews->warnings();
        const auto b = byTables->warnings();
        ASSERT_EQ(b.size(), a.size()) << what;
        for (qsizetype i = 0; i < a.size(); ++i) {
            EXPECT_EQ(b[i].code, a[i].code) << what;
            EXPECT_EQ(b[i].line, a[i].line) << what;
        }
    }
}

} // namespace

TEST(CsvFieldSplit, GivesTheRowsOfTheRecordReaderOnRandomFiles)
{
    std::mt19937 rng(2026);
    for (int round = 0; round < 10; ++round) {
        const char sep = round % 3 == 0 ? ';' : round % 3 == 1 ? ',' : '\t';
        const int columns = 1 + round % 5;
        const bool crlf = round % 2 == 1;
        // past the reader's 256 KiB read blocks, so records are cut by buffer ends too
        std::string bytes = randomCsv(rng, sep, columns, 300 * 1024, crlf);
        if (round % 4 == 2)
            bytes += "last,record,without,line,break"; // the general parser's end of data
        if (round % 4 == 3)
            bytes += "\"never closed"; // an unterminated quote, reported once
        expectSameAsViews(bytes, sep, columns, "round " + std::to_string(round));
    }
}

TEST(CsvFieldSplit, UnescapesQuotedFieldsInItsOwnCopy)
{
    const std::string bytes = "a,b\n\"x \"\"y\"\" z\",\"1,5\"\r\n\"\",\"line\none\"\n\n7,\"\"\"\"\n";
    QTemporaryDir dir;
    auto reader = openCsv(writeFile(dir, bytes), ',');
    ASSERT_TRUE(reader);
    FieldTable table(2, 16);
    ASSERT_TRUE(*reader->nextFields(table));
    ASSERT_EQ(table.rows(), 3u);
    EXPECT_EQ(table.field(0, 0), "x \"y\" z");
    EXPECT_EQ(table.field(0, 1), "1,5");
    EXPECT_EQ(table.line(0), 2);
    EXPECT_EQ(table.field(1, 0), "");
    EXPECT_EQ(table.field(1, 1), "line\none");
    EXPECT_EQ(table.line(1), 3);
    EXPECT_EQ(table.field(2, 0), "7");
    EXPECT_EQ(table.field(2, 1), "\"");
    EXPECT_EQ(table.line(2), 6); // after a line break inside a quoted field and a blank line
    EXPECT_FALSE(*reader->nextFields(table));
}

TEST(CsvFieldSplit, SplitsCommonRecordsItselfAndStopsBeforeTheOthers)
{
    const CsvParser parser(CsvDialect {});
    ASSERT_TRUE(parser.canSplitInPlace());
    FieldTable table(2, 16);
    const std::string data = "1,\"a\"\"b\"\r\n\n2,\"x\ny\"\n3,y,z\n4,w\n";
    char* copy = table.reserveBytes(data.size());
    std::copy(data.begin(), data.end(), copy);
    qint64 lineBreaks = 0;
    const qint64 used = parser.splitRecords(copy, qint64(data.size()), 10, table, lineBreaks);
    table.keepBytes(size_t(used));
    EXPECT_EQ(used, qint64(data.find("3,y,z"))); // a record with a field too many is left to the general parser
    EXPECT_EQ(lineBreaks, 4);
    ASSERT_EQ(table.rows(), 2u);
    EXPECT_EQ(table.field(0, 1), "a\"b");
    EXPECT_EQ(table.line(1), 12);
    EXPECT_EQ(table.field(1, 1), "x\ny");

    CsvDialect backslash;
    backslash.escape = EscapeStyle::Backslash;
    EXPECT_FALSE(CsvParser(backslash).canSplitInPlace()); // \" escapes: the general parser only
}

TEST(CsvFieldSplit, TranscodedFilesAreSplitAfterDecoding)
{
    // GB18030 bytes become UTF-8 in the reader's buffer; the splitter sees only UTF-8
    QTemporaryDir dir;
    // "名称,金额\n" then "\"张三, 北京\",1000\n" in GB18030
    const QString path
        = writeFile(dir, "\xC3\xFB\xB3\xC6,\xBD\xF0\xB6\xEE\n\"\xD5\xC5\xC8\xFD, \xB1\xB1\xBE\xA9\",1000\n");
    ReaderOptions options;
    options.encoding = QStringLiteral("GB18030");
    auto reader = openTableReader(path, options);
    ASSERT_TRUE(reader.ok());
    FieldTable table(2, 8);
    ASSERT_TRUE(*(*reader)->nextFields(table));
    ASSERT_EQ(table.rows(), 1u);
    EXPECT_EQ(table.field(0, 0), "\xE5\xBC\xA0\xE4\xB8\x89, \xE5\x8C\x97\xE4\xBA\xAC"); // 张三, 北京
    EXPECT_EQ(table.field(0, 1), "1000");
}

TEST(CsvFieldSplit, ATableOfHugeCellsFillsByBytes)
{
    // a file of multi-megabyte cells must not gather 8,192 of them in one table: the whole-file pass holds a few
    const std::string cell(1 << 20, 'x');
    FieldTable table(1, 8192);
    size_t rows = 0;
    while (!table.full()) {
        table.append({ std::string_view(cell) }, qint64(rows) + 2);
        ++rows;
    }
    EXPECT_EQ(rows, FieldTable::kMaxBytes / cell.size());
    EXPECT_EQ(table.field(rows - 1, 0).size(), cell.size());
}
