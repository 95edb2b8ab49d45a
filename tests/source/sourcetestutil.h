#pragma once

#include "source/canonicalcsv.h"
#include "source/chunksource.h"
#include "source/tablereader.h"
#include "testenv.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTemporaryDir>

namespace dia::test {

inline QString sourceData(const char* name)
{
    return dataPath(QStringLiteral("source/") + QString::fromUtf8(name));
}

/// Every data row of a file, read with openTableReader.
inline QList<source::Row> readAll(const QString& path, const source::ReaderOptions& options = {},
    source::SourceInfo* info = nullptr, QList<source::SourceWarning>* warnings = nullptr)
{
    QList<source::Row> rows;
    auto reader = source::openTableReader(path, options);
    EXPECT_TRUE(reader.ok()) << (reader.ok() ? "" : reader.error().text().toStdString());
    if (!reader.ok())
        return rows;
    source::Row row;
    for (;;) {
        auto got = (*reader)->next(row);
        EXPECT_TRUE(got.ok());
        if (!got.ok() || !*got)
            break;
        rows.append(row);
    }
    if (info)
        *info = (*reader)->info();
    if (warnings)
        *warnings = (*reader)->warnings();
    return rows;
}

/// Runs `doris-import inspect --json ARGS`, checks the exit code and that stdout is one JSON object.
inline QJsonObject inspectJson(const QStringList& args, int expectedExit)
{
    const auto result = runProcess(binPath(QStringLiteral("doris-import")),
        QStringList { QStringLiteral("inspect"), QStringLiteral("--json") } + args);
    EXPECT_FALSE(result.crashed) << args.join(QLatin1Char(' ')).toStdString();
    EXPECT_FALSE(result.timedOut);
    EXPECT_EQ(result.exitCode, expectedExit) << result.err.toStdString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(result.out, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << result.out.toStdString();
    return doc.object();
}

/// The workbooks `awkward.xlsx`/`awkward.xls` hold one column of awkward cells in rows 2-8: their chunk body must
/// give every value back exactly through Doris's CSV rules (our canonical form).
inline void expectAwkwardCellsRoundTrip(const QString& path)
{
    QTemporaryDir spool;
    auto source = source::openChunkSource(path, {}, source::ChunkLimits {}, spool.path());
    ASSERT_TRUE(source.ok());
    EXPECT_EQ((*source)->columnNames(), QStringList { QStringLiteral("value") });
    auto chunk = (*source)->next();
    ASSERT_TRUE(chunk.ok() && chunk->has_value());
    EXPECT_FALSE((**chunk).info.passthrough);
    auto device = (**chunk).body->open();
    ASSERT_TRUE(device);
    const auto records = source::CanonicalCsv::parse(device->readAll(), (*source)->bodyFormat().columnSeparator);
    const QList<QByteArray> expected = { "has,comma", "has \"quote\"", "back\\slash", "multi\nline",
        "\"starts and ends with quote\"", "\\N", "plain" };
    ASSERT_EQ(records.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        EXPECT_EQ(records.at(i).at(0), expected.at(i)) << i;
    auto lines = (**chunk).body->records();
    ASSERT_TRUE(lines.ok());
    EXPECT_EQ(lines->first().first, 2);
    EXPECT_EQ(lines->last().first, 8);
    auto end = (*source)->next();
    ASSERT_TRUE(end.ok());
    EXPECT_FALSE(end->has_value());
}

} // namespace dia::test
