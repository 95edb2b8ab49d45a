#include "source/encodingdetector.h"
#include "source/transcoder.h"
#include "sourcetestutil.h"

#include <QFile>

#include <random>

using namespace dia;
using namespace dia::source;

namespace {

QByteArray fileBytes(const char* name)
{
    QFile f(test::sourceData(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

struct EncodingCase
{
    const char* file;
    const char* encoding;
    bool bom;
    const char* secondRowName;
};

class DetectsEncoding : public ::testing::TestWithParam<EncodingCase>
{
};

TEST_P(DetectsEncoding, DetectsAndTranscodesToUtf8)
{
    const EncodingCase c = GetParam();
    const EncodingGuess guess = EncodingDetector::detect(fileBytes(c.file), true);
    EXPECT_EQ(guess.name, QString::fromLatin1(c.encoding));
    EXPECT_EQ(guess.bomLength > 0, c.bom);
    EXPECT_GT(guess.confidence, 0.5);
    SourceInfo info;
    const auto rows = test::readAll(test::sourceData(c.file), {}, &info);
    ASSERT_GE(rows.size(), 1);
    EXPECT_EQ(info.encoding, QString::fromLatin1(c.encoding));
    EXPECT_EQ(info.bom, c.bom);
    EXPECT_EQ(rows.at(0).fields.at(1), QString::fromUtf8(c.secondRowName));
}

INSTANTIATE_TEST_SUITE_P(Files, DetectsEncoding,
    ::testing::Values(EncodingCase { "basic.csv", "UTF-8", false, "alice" },
        EncodingCase { "bom.csv", "UTF-8", true, "x" }, EncodingCase { "gbk.csv", "GB18030", false, "张三" },
        EncodingCase { "big5.csv", "Big5", false, "陳大文" },
        EncodingCase { "sjis.csv", "Shift_JIS", false, "山田太郎" },
        EncodingCase { "latin1.csv", "windows-1252", false, "José Müller" },
        EncodingCase { "utf16le.csv", "UTF-16LE", true, "Zoë" },
        EncodingCase { "utf16be.csv", "UTF-16BE", true, "Zoë" }));

TEST(Encoding, BomIsNotPartOfTheFirstHeaderName)
{
    SourceInfo info;
    test::readAll(test::sourceData("bom.csv"), {}, &info);
    EXPECT_EQ(info.columnNames.first(), QStringLiteral("id"));
}

TEST(Encoding, UserOverrideWins)
{
    ReaderOptions options;
    options.encoding = QStringLiteral("latin1"); // read the GBK file as Latin-1: wrong but as asked
    SourceInfo info;
    const auto rows = test::readAll(test::sourceData("gbk.csv"), options, &info);
    EXPECT_EQ(info.encoding, QStringLiteral("windows-1252"));
    EXPECT_EQ(info.encodingConfidence, 1.0);
    ASSERT_EQ(rows.size(), 5);
    EXPECT_NE(rows.at(0).fields.at(1), QStringLiteral("张三"));
}

TEST(Encoding, UnknownOverrideIsAnError)
{
    ReaderOptions options;
    options.encoding = QStringLiteral("no-such-charset");
    auto reader = openTableReader(test::sourceData("basic.csv"), options);
    ASSERT_FALSE(reader.ok());
    EXPECT_EQ(reader.error().code, QStringLiteral("unknown_encoding"));
}

TEST(Encoding, InvalidUtf8IsReportedWithItsOffset)
{
    // "id,name\n1,ok\n2,bad" is 18 bytes; the 0xFF is at offset 18
    QList<SourceWarning> warnings;
    ReaderOptions options;
    options.encoding = QStringLiteral("UTF-8");
    test::readAll(test::sourceData("invalid_utf8.csv"), options, nullptr, &warnings);
    ASSERT_FALSE(warnings.isEmpty());
    EXPECT_EQ(warnings.first().code, QStringLiteral("invalid_encoding"));
    EXPECT_TRUE(warnings.first().message.contains(QStringLiteral("offset 18")))
        << warnings.first().message.toStdString();
}

TEST(Encoding, InvalidGb18030SequenceOffsetIsExact)
{
    Transcoder t;
    ASSERT_TRUE(t.open(QStringLiteral("GB18030")));
    // "ab", 北 (B1 B1), then a lead byte followed by a space (invalid), then "cd"
    const QByteArray input = QByteArray("ab\xB1\xB1\x81 cd");
    QByteArray out;
    QList<qint64> invalid;
    t.convert(input.constData(), input.size(), true, out, &invalid);
    ASSERT_EQ(invalid.size(), 1);
    EXPECT_EQ(invalid.first(), 4);
    EXPECT_TRUE(out.startsWith("ab"));
    EXPECT_TRUE(out.endsWith("cd"));
    EXPECT_TRUE(out.contains("\xEF\xBF\xBD"));
}

TEST(Encoding, TranscodesAcrossBlockBoundaries)
{
    const QByteArray gbk = fileBytes("gbk.csv");
    Transcoder whole;
    ASSERT_TRUE(whole.open(QStringLiteral("GB18030")));
    QByteArray expected;
    whole.convert(gbk.constData(), gbk.size(), true, expected, nullptr);
    Transcoder pieces;
    ASSERT_TRUE(pieces.open(QStringLiteral("GB18030")));
    QByteArray got;
    QList<qint64> invalid;
    for (qsizetype i = 0; i < gbk.size(); i += 3)
        pieces.convert(gbk.constData() + i, qMin<qsizetype>(3, gbk.size() - i), i + 3 >= gbk.size(), got, &invalid);
    EXPECT_TRUE(invalid.isEmpty());
    EXPECT_EQ(got, expected);
    EXPECT_TRUE(QString::fromUtf8(got).contains(QStringLiteral("北京市")));
}

TEST(Encoding, Utf8ValidatorFindsFirstBadByte)
{
    EXPECT_EQ(EncodingDetector::firstInvalidUtf8("abc", 3, true), -1);
    EXPECT_EQ(EncodingDetector::firstInvalidUtf8("ab\xC3\xA9", 4, true), -1);
    EXPECT_EQ(EncodingDetector::firstInvalidUtf8("ab\xC3", 3, false), -1); // cut, more may follow
    EXPECT_EQ(EncodingDetector::firstInvalidUtf8("ab\xC3", 3, true), 2);
    EXPECT_EQ(EncodingDetector::firstInvalidUtf8("abcdefghij\xED\xA0\x80", 13, true), 10); // surrogate
    EXPECT_EQ(EncodingDetector::firstInvalidUtf8("\xC0\xAF", 2, true), 0); // overlong
}

namespace {

/// Reference for the vector validator: Unicode's table of well-formed UTF-8 byte sequences (Table 3-7).
qint64 referenceFirstInvalid(const QByteArray& data, bool complete)
{
    const auto* p = reinterpret_cast<const unsigned char*>(data.constData());
    const qint64 n = data.size();
    for (qint64 i = 0; i < n;) {
        const unsigned char c = p[i];
        int len = 1;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c < 0x80)
            len = 1;
        else if (c >= 0xC2 && c <= 0xDF)
            len = 2;
        else if (c >= 0xE0 && c <= 0xEF)
            len = 3, lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
        else if (c >= 0xF0 && c <= 0xF4)
            len = 4, lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
        else
            return i;
        for (int k = 1; k < len; ++k) {
            if (i + k >= n)
                return complete ? i : -1;
            const unsigned char t = p[i + k];
            if (t < (k == 1 ? lo : 0x80) || t > (k == 1 ? hi : 0xBF))
                return i;
        }
        i += len;
    }
    return -1;
}

} // namespace

TEST(Encoding, Utf8ValidatorAgreesWithTheUnicodeTableOnRandomText)
{
    // valid text of every sequence length, then one corrupted byte anywhere: the vector path (32-byte blocks)
    // and the scalar path must report the same first bad offset, also for sequences cut by block ends
    const char* pieces[]
        = { "a", ",", "\n", "\xC3\xA9", "\xE5\x8C\x97", "\xF0\x9F\x98\x80", "\xEF\xBF\xBF", "\xF4\x8F\xBF\xBF" };
    const unsigned char corruptions[] = { 0x80, 0xBF, 0xC0, 0xC1, 0xC3, 0xE0, 0xED, 0xF0, 0xF4, 0xF5, 0xFF, 'x' };
    std::mt19937 random(7);
    int checked = 0;
    for (int round = 0; round < 4000; ++round) {
        QByteArray text;
        const int length = int(random() % 200);
        while (text.size() < length)
            text += pieces[random() % (sizeof(pieces) / sizeof(*pieces))];
        if (round % 4 != 0 && !text.isEmpty())
            text[int(random() % text.size())] = char(corruptions[random() % sizeof(corruptions)]);
        for (bool complete : { true, false }) {
            ASSERT_EQ(EncodingDetector::firstInvalidUtf8(text.constData(), text.size(), complete),
                referenceFirstInvalid(text, complete))
                << text.toHex().constData() << (complete ? " complete" : " cut");
            ++checked;
        }
    }
    EXPECT_EQ(checked, 8000);
}

TEST(Encoding, CanonicalNames)
{
    EXPECT_EQ(EncodingDetector::canonicalName(QStringLiteral("gbk")), QStringLiteral("GB18030"));
    EXPECT_EQ(EncodingDetector::canonicalName(QStringLiteral("utf8")), QStringLiteral("UTF-8"));
    EXPECT_EQ(EncodingDetector::canonicalName(QStringLiteral("sjis")), QStringLiteral("Shift_JIS"));
    EXPECT_TRUE(EncodingDetector::canonicalName(QStringLiteral("bogus-xyz")).isEmpty());
}

} // namespace
