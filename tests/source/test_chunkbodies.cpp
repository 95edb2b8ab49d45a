// How CSV chunks are sent: byte ranges where Doris reads the bytes as our reader does (quoted fields, CRLF),
// byte ranges with RFC 4180 doubled quotes fixed on the way, and bodies rewritten as they stream. Each path must
// give Doris (CanonicalCsv::parse reads like Doris with enclose ", escape \, trim_double_quotes) exactly the
// fields our reader saw.
#include "source/canonicalcsv.h"
#include "source/chunksource.h"
#include "source/csvparser.h"
#include "source/csvrewriter.h"
#include "source/quotefixer.h"
#include "source/tablereader.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <random>

using namespace dia;
using namespace dia::source;

namespace {

struct ChunkedFile
{
    QList<QList<QByteArray>> records; ///< as Doris would read the bodies
    QList<ChunkInfo> chunks;
    BodyFormat format;
};

ChunkedFile sendAll(const QString& path, const ChunkLimits& limits = {}, const FieldRules& rules = {})
{
    ChunkedFile out;
    QTemporaryDir spool;
    auto source = openChunkSource(path, {}, limits, spool.path(), rules);
    EXPECT_TRUE(source.ok()) << (source.ok() ? "" : source.error().text().toStdString());
    if (!source.ok())
        return out;
    out.format = (*source)->bodyFormat();
    for (;;) {
        auto next = (*source)->next();
        EXPECT_TRUE(next.ok());
        if (!next.ok() || !next->has_value())
            break;
        auto device = (**next).body->open();
        EXPECT_TRUE(device != nullptr);
        const QByteArray body = device->readAll();
        if ((**next).info.bodySize >= 0) {
            EXPECT_EQ(body.size(), (**next).info.bodySize);
        }
        out.records += CanonicalCsv::parse(body, out.format.columnSeparator, out.format.lineDelimiter);
        out.chunks.append((**next).info);
    }
    return out;
}

/// The rows as our reader sees them (UTF-8 bytes per field).
QList<QList<QByteArray>> readerRows(const QString& path)
{
    QList<QList<QByteArray>> rows;
    auto reader = openTableReader(path, {});
    EXPECT_TRUE(reader.ok());
    if (!reader.ok())
        return rows;
    Row row;
    while (true) {
        auto got = (*reader)->next(row);
        if (!got.ok() || !*got)
            break;
        QList<QByteArray> fields;
        for (const QString& f : row.fields)
            fields.append(f.toUtf8());
        rows.append(fields);
    }
    return rows;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

/// Rows shaped like Excel's and pandas' CSV: a quoted name with commas and doubled quotes, numbers, dates.
QByteArray excelRows(int count, const QByteArray& lineEnd, bool bom)
{
    QByteArray out = bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    out += "id,name,amount,day" + lineEnd;
    for (int i = 1; i <= count; ++i) {
        const QByteArray name = i % 3 == 0 ? "\"Olga \"\"Max\"\" Lopez, Jr\"" : (i % 3 == 1 ? "\"Smith, Ann\"" : "Bo");
        out += QByteArray::number(i) + ',' + name + ',' + QByteArray::number(i * 1.25, 'f', 2) + ",2024-07-"
            + QByteArray::number(1 + i % 28).rightJustified(2, '0') + lineEnd;
    }
    return out;
}

} // namespace

TEST(ChunkBodies, QuotedRfc4180FieldsAreSentAsByteRanges)
{
    QTemporaryDir dir;
    QByteArray data = "id,name\n";
    for (int i = 0; i < 500; ++i)
        data += QByteArray::number(i) + ",\"Smith, Ann\nsecond line\"\n";
    const QString path = writeFile(dir, QStringLiteral("quoted.csv"), data);
    ChunkLimits limits;
    limits.maxRows = 100;
    const ChunkedFile sent = sendAll(path, limits);
    ASSERT_EQ(sent.chunks.size(), 5);
    for (const ChunkInfo& chunk : sent.chunks)
        EXPECT_TRUE(chunk.passthrough) << chunk.index;
    EXPECT_EQ(sent.records, readerRows(path));
}

TEST(ChunkBodies, ExcelCsvWithBomCrlfAndDoubledQuotesKeepsItsSizeAndValues)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("excel.csv"), excelRows(3000, "\r\n", true));
    ChunkLimits limits;
    limits.maxBytes = 16 * 1024; // many chunks, doubled quotes across read blocks
    const ChunkedFile sent = sendAll(path, limits);
    EXPECT_EQ(sent.format.lineDelimiter, QByteArray("\r\n"));
    ASSERT_GT(sent.chunks.size(), 5);
    for (const ChunkInfo& chunk : sent.chunks) {
        EXPECT_FALSE(chunk.passthrough);
        EXPECT_EQ(chunk.bodySize, chunk.sourceEnd - chunk.sourceBegin) << "fixed in place, same size";
    }
    const auto expected = readerRows(path);
    ASSERT_EQ(expected.size(), 3000);
    EXPECT_EQ(expected.at(2).at(1), QByteArray("Olga \"Max\" Lopez, Jr"));
    EXPECT_EQ(sent.records, expected);
}

TEST(ChunkBodies, EmptyFieldsBecomeNullOnlyWhereTheRulesSaySo)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("gaps.csv"), "a,b,c\n1,,x\n,\"\",\n3,z,\n");
    FieldRules rules;
    rules.columns
        = { FieldRule { true, nullptr, {} }, FieldRule { true, nullptr, {} }, FieldRule { false, nullptr, {} } };
    const ChunkedFile sent = sendAll(path, {}, rules);
    ASSERT_EQ(sent.chunks.size(), 1);
    EXPECT_EQ(sent.chunks.first().bodySize, -1);
    const QList<QList<QByteArray>> expected { { "1", "\\N", "x" }, { "\\N", "\\N", "" }, { "3", "z", "" } };
    EXPECT_EQ(sent.records, expected);
    // without rules the same file is a plain byte range
    const ChunkedFile plain = sendAll(path);
    EXPECT_TRUE(plain.chunks.first().passthrough);
}

namespace {

class UpperCase final : public ValueTransform
{
public:
    Outcome apply(std::string_view value, std::string& out) const override
    {
        if (value == "n/a")
            return Outcome::Null;
        if (value.find(',') == std::string_view::npos)
            return Outcome::Keep;
        for (char c : value)
            out.push_back(c == ',' ? '.' : c);
        return Outcome::Replace;
    }
};

} // namespace

TEST(ChunkBodies, ValueTransformsApplyToTheirColumnOnly)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("eu.csv"), "n;v;w\r\n1;\"1,5\";1,5\r\n2;n/a;n/a\r\n");
    FieldRules rules;
    rules.columns = { FieldRule {}, FieldRule { false, std::make_shared<UpperCase>(), QStringLiteral("t") } };
    const ChunkedFile sent = sendAll(path, {}, rules);
    const QList<QList<QByteArray>> expected { { "1", "1.5", "1,5" }, { "2", "\\N", "n/a" } };
    EXPECT_EQ(sent.records, expected);
}

TEST(ChunkBodies, MixedLineEndsAreRewrittenToTheBodyDelimiter)
{
    QTemporaryDir dir;
    QByteArray data = "a,b\r\n";
    for (int i = 0; i < 50; ++i)
        data += QByteArray::number(i) + (i == 20 ? ",lf\n" : (i == 30 ? ",cr\r" : ",crlf\r\n"));
    const QString path = writeFile(dir, QStringLiteral("mixed.csv"), data);
    ChunkLimits limits;
    limits.maxRows = 10;
    const ChunkedFile sent = sendAll(path, limits);
    int rewritten = 0;
    for (const ChunkInfo& chunk : sent.chunks)
        rewritten += chunk.passthrough ? 0 : 1;
    EXPECT_EQ(rewritten, 2); // the chunks with the LF and the lone CR
    EXPECT_EQ(sent.records, readerRows(path));
}

TEST(ChunkBodies, DoubledQuoteFixerGivesTheSameBytesWhateverTheBlocks)
{
    std::mt19937 rng(14);
    const QByteArray separator = ";";
    for (int round = 0; round < 300; ++round) {
        // well-formed records: the fixer only ever sees chunks whose only difference is doubled quotes
        QByteArray data;
        std::uniform_int_distribution<int> pick(0, 5);
        for (int r = 0; r < 20; ++r) {
            for (int f = 0; f < 3; ++f) {
                if (f > 0)
                    data += separator;
                switch (pick(rng)) {
                case 0:
                    data += "\"\"";
                    break;
                case 1:
                    data += "\"a\"\"b\"\"\"";
                    break;
                case 2:
                    data += "\"\"\"\"";
                    break;
                case 3:
                    data += "x y";
                    break;
                case 4:
                    data += "\"p;q\r\n\"";
                    break;
                default:
                    data += "plain";
                    break;
                }
            }
            data += "\n";
        }
        QByteArray whole = data;
        DoubledQuoteFixer().fix(whole.data(), whole.size(), -1);
        QByteArray pieces = data;
        DoubledQuoteFixer fixer;
        qint64 pos = 0;
        while (pos < pieces.size()) {
            const qint64 n = qMin<qint64>(std::uniform_int_distribution<int>(1, 150)(rng), pieces.size() - pos);
            const int next = pos + n < pieces.size() ? static_cast<unsigned char>(data.at(pos + n)) : -1;
            fixer.fix(pieces.data() + pos, n, next);
            pos += n;
        }
        ASSERT_EQ(pieces, whole) << data.toStdString();
        // and Doris reads the fixed bytes as our parser reads the original
        const CsvParser parser(CsvDialect { separator, '"', EscapeStyle::DoubledQuote, "\n" });
        QList<QList<QByteArray>> ours;
        qint64 at = 0;
        while (at < data.size()) {
            RecordMeta meta;
            QList<QByteArray> fields;
            const qint64 used = parser.parse(data.constData() + at, data.size() - at, true, &fields, meta);
            if (used == 0)
                break;
            at += used;
            if (!meta.empty)
                ours.append(fields);
        }
        ASSERT_EQ(CanonicalCsv::parse(whole, separator), ours) << data.toStdString();
    }
}

TEST(ChunkBodies, RewriterMatchesTheReaderOnRandomInputInAnyBlocks)
{
    std::mt19937 rng(20261203);
    static const char* const pieces[] = { "a", "bc", "\xC3\xA9", "\"", "\"\"", "\n", "\r\n", "\r", "\\", " ", "\\N" };
    for (int round = 0; round < 400; ++round) {
        CsvDialect dialect;
        dialect.separator = round % 3 == 0 ? ";" : ",";
        dialect.escape = round % 4 == 3 ? EscapeStyle::Backslash : EscapeStyle::DoubledQuote;
        QByteArray data;
        std::uniform_int_distribution<int> pick(0, 16);
        while (data.size() < 40 + round) {
            const int k = pick(rng);
            data += k > 10 ? dialect.separator : QByteArray(pieces[k]);
        }
        SCOPED_TRACE(testing::Message() << "round " << round << " data " << data.toPercentEncoding().constData());
        const CsvParser parser(dialect);
        QList<QList<QByteArray>> ours;
        qint64 at = 0;
        while (at < data.size()) {
            RecordMeta meta;
            QList<QByteArray> fields;
            const qint64 used = parser.parse(data.constData() + at, data.size() - at, true, &fields, meta);
            if (used == 0)
                break;
            at += used;
            if (!meta.empty)
                ours.append(fields);
        }
        const CsvRecordRewriter rewriter(dialect, ",", "\n", {});
        std::string whole;
        ASSERT_EQ(rewriter.rewrite(data.constData(), data.size(), true, whole), data.size());
        EXPECT_EQ(CanonicalCsv::parse(QByteArray::fromStdString(whole), ","), ours);
        // fed in random blocks with the unconsumed tail carried over: the same bytes
        std::string pieced;
        std::string carry;
        qint64 pos = 0;
        while (pos < data.size() || !carry.empty()) {
            const qint64 n = qMin<qint64>(std::uniform_int_distribution<int>(1, 12)(rng), data.size() - pos);
            carry.append(data.constData() + pos, size_t(n));
            pos += n;
            const bool eof = pos >= data.size();
            const qint64 used = rewriter.rewrite(carry.data(), qint64(carry.size()), eof, pieced);
            carry.erase(0, size_t(used));
            if (eof) {
                ASSERT_TRUE(carry.empty());
                break;
            }
        }
        EXPECT_EQ(pieced, whole);
        if (HasFailure())
            return;
    }
}

TEST(ChunkBodies, Gb18030ChunksAreFoundInTheRawBytesAndTranscodedAsTheyAreSent)
{
    QTemporaryDir dir;
    QString text = QStringLiteral("编号,姓名,城市\n");
    for (int i = 0; i < 2000; ++i)
        text += QStringLiteral("%1,\"张伟, \"\"王芳\"\" %1\",北京\n").arg(i);
    QStringEncoder gb("GB18030");
    const QByteArray encoded = gb.encode(text);
    const QString path = writeFile(dir, QStringLiteral("gb.csv"), encoded);
    ChunkLimits limits;
    limits.maxBytes = 8 * 1024;
    QTemporaryDir spool;
    auto source = openChunkSource(path, {}, limits, spool.path());
    ASSERT_TRUE(source.ok());
    EXPECT_EQ((*source)->columnNames(),
        (QStringList { QStringLiteral("编号"), QStringLiteral("姓名"), QStringLiteral("城市") }));
    const ChunkedFile sent = sendAll(path, limits);
    ASSERT_GT(sent.chunks.size(), 5);
    for (const ChunkInfo& chunk : sent.chunks)
        EXPECT_EQ(chunk.bodySize, -1);
    const auto expected = readerRows(path);
    ASSERT_EQ(expected.size(), 2000);
    EXPECT_EQ(QString::fromUtf8(expected.at(7).at(1)), QStringLiteral("张伟, \"王芳\" 7"));
    EXPECT_EQ(sent.records, expected);
    EXPECT_TRUE(QDir(spool.path()).entryList(QDir::Files).isEmpty());
}

TEST(ChunkBodies, AnInvalidSequenceFailsItsChunkWithItsOffset)
{
    QTemporaryDir dir;
    QStringEncoder gb("GB18030");
    QByteArray data = gb.encode(QStringLiteral("编号,姓名\n"));
    const QByteArray name = gb.encode(QStringLiteral("张伟"));
    for (int i = 0; i < 40000; ++i) // past the 256 KiB the reader checks when it opens the file
        data += QByteArray::number(i) + ',' + name + '\n';
    const qsizetype bad = data.size() - 40;
    data[bad] = char(0x81); // a lead byte followed by a byte no GB18030 sequence has
    data[bad + 1] = char(0x7f);
    const QString path = writeFile(dir, QStringLiteral("bad.csv"), data);
    QTemporaryDir spool;
    ChunkLimits limits;
    limits.maxBytes = 64 * 1024;
    auto source = openChunkSource(path, {}, limits, spool.path());
    ASSERT_TRUE(source.ok()) << source.error().text().toStdString();
    QString failure;
    for (;;) {
        auto next = (*source)->next();
        ASSERT_TRUE(next.ok());
        if (!next->has_value())
            break;
        auto device = (**next).body->open();
        ASSERT_TRUE(device != nullptr);
        char block[65536];
        qint64 n = 0;
        while ((n = device->read(block, sizeof block)) > 0) { }
        if (n < 0)
            failure = device->errorString();
    }
    EXPECT_TRUE(failure.contains(QString::number(bad))) << failure.toStdString();
}
