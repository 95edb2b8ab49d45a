// Import recipes round-trip everything the wizard set up, never contain a password, and bad files are refused.
#include "recipe/importrecipe.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dia;
using namespace dia::recipe;

namespace {
ImportRecipe sampleRecipe()
{
    ImportRecipe r;
    r.connection.name = QStringLiteral("prod");
    r.connection.host = QStringLiteral("fe.example.com");
    r.connection.user = QStringLiteral("analyst");
    r.filePath = QStringLiteral("/data/sales.csv");
    r.reader.encoding = QStringLiteral("GB18030");
    r.reader.delimiter = QStringLiteral(";");
    r.reader.quote = QChar(u'\'');
    r.reader.header = true;
    r.reader.skipLines = 2;
    r.database = QStringLiteral("shop");
    r.table = QStringLiteral("orders");
    r.columns
        = { { QStringLiteral("Order ID"), QStringLiteral("order_id"), QStringLiteral("BIGINT"), false, true, true },
              { QStringLiteral("Note"), QStringLiteral("note"), QStringLiteral("VARCHAR(255)"), true, false, false } };
    r.model = QStringLiteral("unique");
    r.buckets = 8;
    r.chunkBytes = 64LL * 1024 * 1024;
    r.parallel = 3;
    r.maxFilterRatio = 0.05;
    r.strictMode = true;
    r.atomic = true;
    r.compression = QStringLiteral("lz4");
    r.labelPrefix = QStringLiteral("nightly");
    return r;
}
} // namespace

TEST(ImportRecipe, RoundTripsThroughAFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.json"));
    ASSERT_TRUE(sampleRecipe().save(path).ok());
    const auto loaded = ImportRecipe::load(path);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->toJson(), sampleRecipe().toJson());
    EXPECT_EQ(loaded->reader.quote, QChar(u'\''));
    EXPECT_EQ(loaded->reader.skipLines, 2);
    EXPECT_EQ(loaded->columns[1].include, false);
    EXPECT_EQ(loaded->compression, QStringLiteral("lz4"));

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().toLower().contains("password"));
}

TEST(ImportRecipe, RefusesFilesThatAreNotRecipes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"something-else\"}");
    file.close();
    const auto notRecipe = ImportRecipe::load(path);
    ASSERT_FALSE(notRecipe.ok());
    EXPECT_EQ(notRecipe.error().code, QStringLiteral("bad_recipe"));

    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{not json");
    file.close();
    const auto broken = ImportRecipe::load(path);
    ASSERT_FALSE(broken.ok());
    EXPECT_TRUE(broken.error().message.contains(QLatin1String("not valid JSON")));

    EXPECT_EQ(ImportRecipe::load(dir.filePath(QStringLiteral("missing.json"))).error().code,
        QStringLiteral("recipe_unreadable"));
}

TEST(ImportRecipe, RejectsOutOfRangeLoadOptions)
{
    QJsonObject json = sampleRecipe().toJson();
    QJsonObject load = json.value(QStringLiteral("load")).toObject();
    load.insert(QStringLiteral("max_filter_ratio"), 1.5);
    json.insert(QStringLiteral("load"), load);
    const auto r = ImportRecipe::fromJson(json);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().hint.contains(QLatin1String("between 0 and 1")));
}

TEST(ImportRecipe, RefusesAnUnknownCompression)
{
    QJsonObject json = sampleRecipe().toJson();
    QJsonObject load = json.value(QStringLiteral("load")).toObject();
    load.insert(QStringLiteral("compression"), QStringLiteral("zstd"));
    json.insert(QStringLiteral("load"), load);
    const auto r = ImportRecipe::fromJson(json);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message, QStringLiteral("The recipe's compression \"zstd\" is unknown."));
    EXPECT_EQ(r.error().hint, QStringLiteral("Use auto, gz, lz4 or none."));
}
