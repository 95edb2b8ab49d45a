#pragma once

#include "source/tablereader.h"
#include "testenv.h"

#include <gtest/gtest.h>

#include <QList>
#include <QStringList>

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

} // namespace dia::test
