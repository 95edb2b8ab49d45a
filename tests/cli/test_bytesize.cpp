// Sizes on the command line take units: 8MiB, 64MB, plain bytes.
#include "common/bytesize.h"

#include <gtest/gtest.h>

using namespace dia;

TEST(ByteSize, ParsesPlainBytesAndUnits)
{
    EXPECT_EQ(*parseByteSize(QStringLiteral("1048576")), 1048576);
    EXPECT_EQ(*parseByteSize(QStringLiteral("8MiB")), 8 * 1024 * 1024);
    EXPECT_EQ(*parseByteSize(QStringLiteral("64MB")), 64'000'000);
    EXPECT_EQ(*parseByteSize(QStringLiteral("1.5GiB")), 1610612736);
    EXPECT_EQ(*parseByteSize(QStringLiteral("100 kB")), 100'000);
    EXPECT_EQ(*parseByteSize(QStringLiteral("2k")), 2048);
    EXPECT_EQ(*parseByteSize(QStringLiteral("3G")), 3LL * 1024 * 1024 * 1024);
}

TEST(ByteSize, RejectsGarbageWithAHint)
{
    for (const char* bad : { "", "abc", "-5MB", "12 parsecs", "1e9", "99999999999999999999999TiB" }) {
        const auto r = parseByteSize(QLatin1String(bad));
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_EQ(r.error().code, QStringLiteral("bad_size"));
        EXPECT_TRUE(r.error().hint.contains(QLatin1String("64MiB")));
    }
}

TEST(ByteSize, FormatsForPeople)
{
    EXPECT_EQ(formatByteSize(0), QStringLiteral("0 B"));
    EXPECT_EQ(formatByteSize(512), QStringLiteral("512 B"));
    EXPECT_EQ(formatByteSize(1536 * 1024), QStringLiteral("1.50 MiB"));
    EXPECT_EQ(formatByteSize(200LL * 1024 * 1024 * 1024), QStringLiteral("200.0 GiB"));
}
