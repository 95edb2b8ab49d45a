// Unit tests: Doris CSV line/field splitting (doris-facts.md section 9 and the regression suites).
#include "csvsplitter.h"

#include <gtest/gtest.h>

#include <cstring>

using namespace dia::sim;

namespace {

// Feeds `input` in pieces of `step` bytes and returns each line's fields as strings.
std::vector<std::vector<std::string>> splitAll(const std::string& input, const CsvOptions& opts, size_t step = 1)
{
    CsvSplitter splitter(opts);
    std::vector<std::vector<std::string>> rows;
    std::vector<CsvField> fields;
    auto onLine = [&](const char* line, size_t size) {
        splitter.split(line, size, fields);
        std::vector<std::string> row;
        for (const CsvField& f : fields)
            row.emplace_back(f.data, f.size);
        rows.push_back(row);
        return true;
    };
    for (size_t i = 0; i < input.size(); i += step)
        splitter.feed(input.data() + i, std::min(step, input.size() - i), onLine);
    splitter.finish(onLine);
    return rows;
}

using Rows = std::vector<std::vector<std::string>>;

} // namespace

TEST(CsvSplitter, PlainSplitsCrLfAndLastLine)
{
    CsvOptions o;
    o.columnSeparator = ",";
    EXPECT_EQ(splitAll("a,b\r\nc,\"d,e\"\n,\nlast", o),
        (Rows { { "a", "b" }, { "c", "\"d", "e\"" }, { "", "" }, { "last" } }));
}

TEST(CsvSplitter, MultiByteSeparatorsLeftmostNonOverlapping)
{
    CsvOptions o;
    o.columnSeparator = "xx";
    EXPECT_EQ(splitAll("data1xxxxdata2\n", o), (Rows { { "data1", "", "data2" } }));
    o.columnSeparator = "hello";
    EXPECT_EQ(splitAll("7777hellohellohello", o, 3), (Rows { { "7777", "", "", "" } }));
}

TEST(CsvSplitter, MultiByteLineDelimiterAcrossFeeds)
{
    CsvOptions o;
    o.columnSeparator = ",";
    o.lineDelimiter = "||";
    EXPECT_EQ(splitAll("1,a||2,b||3,c", o, 1), (Rows { { "1", "a" }, { "2", "b" }, { "3", "c" } }));
}

TEST(CsvSplitter, TrimDoubleQuotesStripsOneOuterPair)
{
    CsvOptions o;
    o.columnSeparator = "|";
    o.trimDoubleQuotes = true;
    CsvSplitter s(o);
    std::vector<CsvField> f;
    const std::string line = "\"test\"|\"\"x\"\"|\"\\N\"";
    s.split(line.data(), line.size(), f);
    ASSERT_EQ(f.size(), 3U);
    EXPECT_EQ(std::string(f[0].data, f[0].size), "test");
    EXPECT_EQ(std::string(f[1].data, f[1].size), "\"x\"");
    EXPECT_EQ(std::string(f[2].data, f[2].size), "\\N");
    EXPECT_TRUE(f[2].quoted); // so it is the text \N, not NULL
}

TEST(CsvSplitter, EncloseKeepsSeparatorsAndNewlines)
{
    CsvOptions o;
    o.columnSeparator = ",";
    o.enclose = '"';
    o.escape = '\\';
    o.trimDoubleQuotes = true;
    EXPECT_EQ(splitAll("1,\"abc,d\nef,\",x\n2,ab\"c,\"g\"hi\n3,\"a\\\"b\",z", o, 2),
        (Rows { { "1", "abc,d\nef,", "x" }, { "2", "ab\"c", "\"g\"hi" }, { "3", "a\\\"b", "z" } }));
}

TEST(CsvSplitter, EncloseWithMultiByteDelimiters)
{
    CsvOptions o;
    o.columnSeparator = "@@";
    o.lineDelimiter = "$$$";
    o.enclose = '"';
    o.trimDoubleQuotes = true;
    EXPECT_EQ(
        splitAll("10@@\"ab@@cd$$$efg\"@@x$$$11@@y", o, 1), (Rows { { "10", "ab@@cd$$$efg", "x" }, { "11", "y" } }));
}

TEST(CsvSplitter, UnclosedEncloseSwallowsTheRest)
{
    CsvOptions o;
    o.columnSeparator = ",";
    o.enclose = '"';
    CsvSplitter s(o);
    int lines = 0;
    auto onLine = [&](const char*, size_t) {
        ++lines;
        return true;
    };
    const std::string input = "4,\"abc,x\n5,bcd,y";
    s.feed(input.data(), input.size(), onLine);
    s.finish(onLine);
    EXPECT_EQ(lines, 1);
    EXPECT_TRUE(s.unterminatedEnclose());
}

TEST(CsvSplitter, DecodesSeparatorHeaders)
{
    std::string out;
    std::string error;
    ASSERT_TRUE(decodeSeparator("\\x01", out, error));
    EXPECT_EQ(out, std::string(1, '\x01'));
    ASSERT_TRUE(decodeSeparator("\\t", out, error));
    EXPECT_EQ(out, "\t");
    ASSERT_TRUE(decodeSeparator("\\x0d\\x0a", out, error));
    EXPECT_EQ(out, "\r\n");
    EXPECT_FALSE(decodeSeparator("\\x0", out, error));
    EXPECT_EQ(error, "Hex str length error");
    EXPECT_FALSE(decodeSeparator("\\xzz", out, error));
    EXPECT_EQ(error, "Hex str format error");
}

TEST(CsvSplitter, Utf8Validation)
{
    EXPECT_TRUE(isValidUtf8("abc \xe5\x8c\x97\xe4\xba\xac", 10));
    EXPECT_FALSE(isValidUtf8("\xb1\xb1\xbe\xa9", 4)); // GBK
    EXPECT_FALSE(isValidUtf8("\xc0\x80", 2)); // overlong
}
