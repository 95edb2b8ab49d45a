// Unit tests: load-time conversion rules (doris-facts.md section 7 and the regression suites).
#include "ddlparser.h"
#include "valueconverter.h"

#include <gtest/gtest.h>

using namespace dia::sim;

namespace {

struct Case
{
    const char* type;
    const char* input;
    bool strict;
    ConvertStatus status;
    const char* output; // canonical text when Ok
};

std::ostream& operator<<(std::ostream& os, const Case& c)
{
    return os << c.type << " <- '" << c.input << "'";
}

class Conversion : public ::testing::TestWithParam<Case>
{
};

} // namespace

TEST_P(Conversion, MatchesDoris)
{
    const Case& c = GetParam();
    ColumnType type;
    std::string error;
    ASSERT_TRUE(DdlParser::parseTypeText(c.type, type, error)) << error;
    std::string out;
    const std::string in = c.input;
    EXPECT_EQ(ValueConverter::convert(type, in.data(), in.size(), c.strict, out), c.status);
    if (c.status == ConvertStatus::Ok) {
        EXPECT_EQ(out, c.output);
    }
}

INSTANTIATE_TEST_SUITE_P(Section7, Conversion,
    ::testing::Values(Case { "TINYINT", "127", false, ConvertStatus::Ok, "127" },
        Case { "TINYINT", "128", false, ConvertStatus::Invalid, "" }, // overflow: NULL / filtered
        Case { "TINYINT", "-129", true, ConvertStatus::Invalid, "" },
        Case { "INT", "abc", false, ConvertStatus::Invalid, "" }, Case { "INT", "", false, ConvertStatus::Invalid, "" },
        Case { "INT", "1.0", false, ConvertStatus::Invalid, "" },
        Case { "INT", "\"5\"", false, ConvertStatus::Invalid, "" },
        Case { "BIGINT", "-9223372036854775808", false, ConvertStatus::Ok, "-9223372036854775808" },
        Case { "LARGEINT", "170141183460469231731687303715884105727", false, ConvertStatus::Ok,
            "170141183460469231731687303715884105727" },
        Case { "BOOLEAN", "true", false, ConvertStatus::Ok, "1" },
        Case { "BOOLEAN", "0", false, ConvertStatus::Ok, "0" },
        Case { "BOOLEAN", "yes", false, ConvertStatus::Invalid, "" },
        Case { "DECIMAL(8, 4)", "1234", false, ConvertStatus::Ok, "1234.0000" },
        Case {
            "DECIMAL(27, 9)", "123456789123456789.12345678", false, ConvertStatus::Ok, "123456789123456789.123456780" },
        Case { "DECIMAL(5, 2)", "1.005", false, ConvertStatus::Ok, "1.01" },
        Case { "DECIMAL(10, 0)", "12345678971", false, ConvertStatus::Invalid, "" },
        Case { "DECIMAL(10, 0)", "NULL", false, ConvertStatus::Invalid, "" },
        Case { "DOUBLE", "12", false, ConvertStatus::Ok, "12" },
        Case { "FLOAT", "8.100", false, ConvertStatus::Ok, "8.1" },
        Case { "DOUBLE", "1e3", false, ConvertStatus::Ok, "1000" },
        Case { "DATE", "2023-07-20", false, ConvertStatus::Ok, "2023-07-20" },
        Case { "DATE", "20230720", false, ConvertStatus::Ok, "2023-07-20" },
        Case { "DATE", "2023/07/20", false, ConvertStatus::Ok, "2023-07-20" },
        Case { "DATE", "07/20/2023", false, ConvertStatus::Invalid, "" },
        Case { "DATE", "2024-02-30", false, ConvertStatus::Invalid, "" },
        Case { "DATE", "\"2023-07-15\"", false, ConvertStatus::Invalid, "" },
        Case { "DATETIME", "2023-07-20:05:48:31", false, ConvertStatus::Ok, "2023-07-20 05:48:31" },
        Case { "DATETIME", "2023-07-20T05:48:31", false, ConvertStatus::Ok, "2023-07-20 05:48:31" },
        Case { "DATETIME", "2017-10-09 25:12:22", false, ConvertStatus::Invalid, "" },
        Case { "DATETIME(3)", "2023-07-20 05:48:31.123456", false, ConvertStatus::Ok, "2023-07-20 05:48:31.123" },
        Case { "DATETIME", "2023-07-20", false, ConvertStatus::Ok, "2023-07-20 00:00:00" },
        Case { "VARCHAR(5)", "abcde", true, ConvertStatus::Ok, "abcde" },
        Case { "VARCHAR(5)", "abcdef", false, ConvertStatus::TooLong, "" }, // filtered regardless of strict mode
        Case { "VARCHAR(5)", "\xe5\x8c\x97\xe4\xba\xac", false, ConvertStatus::TooLong, "" }, // 6 bytes
        Case { "CHAR(10)", "a1234567890", false, ConvertStatus::Ok, "a123456789" }, // truncated when not strict
        Case { "CHAR(10)", "a1234567890", true, ConvertStatus::TooLong, "" },
        Case { "STRING", "", false, ConvertStatus::Ok, "" }));

TEST(ValueConverter, TooLongMessageIsDorisText)
{
    ColumnType t;
    std::string error;
    ASSERT_TRUE(DdlParser::parseTypeText("VARCHAR(3)", t, error));
    EXPECT_EQ(ValueConverter::tooLongMessage("name", t, "abcdef", 6),
        "column_name[name], the length of input is too long than schema. first 32 bytes of input str: [abcdef] schema "
        "length: 3; actual length: 6; ");
}

TEST(ValueConverter, SumsDecimalsAndIntegers)
{
    ColumnType d;
    std::string error;
    ASSERT_TRUE(DdlParser::parseTypeText("DECIMAL(10, 2)", d, error));
    EXPECT_EQ(ValueConverter::add(d, "1.25", "-3.50"), "-2.25");
    ColumnType i;
    ASSERT_TRUE(DdlParser::parseTypeText("BIGINT", i, error));
    EXPECT_EQ(ValueConverter::add(i, "40", "2"), "42");
}

// doris-facts.md 12.6: Doris 2.1 parses DECIMAL leniently and silently (these are successful conversions, so
// nothing is filtered in strict mode either); DOUBLE needs the whole string.
INSTANTIATE_TEST_SUITE_P(Section12Numbers, Conversion,
    ::testing::Values(Case { "DECIMAL(10, 2)", "1,234.50", true, ConvertStatus::Ok, "1.00" },
        Case { "DECIMAL(10, 2)", "1.234,50", true, ConvertStatus::Ok, "12.34" },
        Case { "DECIMAL(10, 2)", "12%", true, ConvertStatus::Ok, "12.00" },
        Case { "DECIMAL(10, 2)", "12abc", false, ConvertStatus::Ok, "12.00" },
        Case { "DECIMAL(10, 2)", "+12", true, ConvertStatus::Ok, "12.00" },
        Case { "DECIMAL(10, 2)", "1.5e3", true, ConvertStatus::Ok, "1500.00" },
        Case { "DECIMAL(10, 2)", "$12", true, ConvertStatus::Invalid, "" },
        Case { "DECIMAL(10, 2)", "-3,75", false, ConvertStatus::Ok, "-3.00" },
        Case { "DECIMAL(10, 2)", "10.50", true, ConvertStatus::Ok, "10.50" },
        Case { "DECIMAL(10, 2)", "-0.005", false, ConvertStatus::Ok, "-0.01" },
        Case { "DOUBLE", "1,234.50", false, ConvertStatus::Invalid, "" },
        Case { "DOUBLE", "1.234,50", false, ConvertStatus::Invalid, "" },
        Case { "DOUBLE", "$12", false, ConvertStatus::Invalid, "" },
        Case { "DOUBLE", "12%", false, ConvertStatus::Invalid, "" },
        Case { "DOUBLE", "+12", false, ConvertStatus::Ok, "12" },
        Case { "DOUBLE", "1.5e3", false, ConvertStatus::Ok, "1500" }));

// doris-facts.md 12.5: ISO 8601 forms; values with an offset are converted to the load's time zone (default
// Asia/Shanghai, UTC+8), values without one are stored as written; +0200 and +02 are refused.
INSTANTIATE_TEST_SUITE_P(Section12DateTimes, Conversion,
    ::testing::Values(Case { "DATETIME", "2024-07-01T10:00:00", false, ConvertStatus::Ok, "2024-07-01 10:00:00" },
        Case { "DATETIME", "2024-07-01T10:00:00Z", false, ConvertStatus::Ok, "2024-07-01 18:00:00" },
        Case { "DATETIME", "2024-07-01T12:00:00+02:00", false, ConvertStatus::Ok, "2024-07-01 18:00:00" },
        Case { "DATETIME", "2024-07-01T10:00:00-05:00", false, ConvertStatus::Ok, "2024-07-01 23:00:00" },
        Case { "DATETIME", "2024-07-01 19:00:00 Asia/Tokyo", false, ConvertStatus::Ok, "2024-07-01 18:00:00" },
        Case { "DATETIME", "2024-07-01T20:00:00Z", false, ConvertStatus::Ok, "2024-07-02 04:00:00" },
        Case { "DATETIME", "2024-07-01T12:00:00+0200", false, ConvertStatus::Invalid, "" },
        Case { "DATETIME", "2024-07-01T12:00:00+02", true, ConvertStatus::Invalid, "" },
        Case { "DATETIME", "2024-07-01 10:00:00.7", false, ConvertStatus::Ok, "2024-07-01 10:00:01" },
        Case { "DATETIME(3)", "2024-07-01 10:00:00.12345", false, ConvertStatus::Ok, "2024-07-01 10:00:00.123" },
        Case { "DATETIME(3)", "2024-07-01 23:59:59.9999", false, ConvertStatus::Ok, "2024-07-02 00:00:00.000" },
        Case { "DATETIME(6)", "2024-07-01T10:00:00.5Z", false, ConvertStatus::Ok, "2024-07-01 18:00:00.500000" },
        Case { "DATE", "2024/07/01", false, ConvertStatus::Ok, "2024-07-01" },
        Case { "DATE", "20240701", false, ConvertStatus::Ok, "2024-07-01" },
        Case { "DATE", "2024-7-1", false, ConvertStatus::Ok, "2024-07-01" },
        Case { "DATE", "2024-07-01T20:00:00Z", false, ConvertStatus::Ok, "2024-07-02" }));

TEST(ConversionZone, OffsetsGoToTheLoadsTimeZone)
{
    ColumnType type;
    std::string error;
    ASSERT_TRUE(DdlParser::parseTypeText("DATETIME", type, error));
    const std::string in = "2024-07-01T12:00:00+02:00";
    std::string out;
    EXPECT_EQ(ValueConverter::convert(type, in.data(), in.size(), true, QTimeZone(0), out), ConvertStatus::Ok);
    EXPECT_EQ(out, "2024-07-01 10:00:00");
    out.clear();
    const std::string local = "2024-07-01 12:00:00";
    EXPECT_EQ(ValueConverter::convert(type, local.data(), local.size(), true, QTimeZone(0), out), ConvertStatus::Ok);
    EXPECT_EQ(out, "2024-07-01 12:00:00"); // no offset: stored as written
}
