#include "loadplan.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace dia::load {

int defaultParallelism(int aliveBackends)
{
    return qBound(1, aliveBackends, kMaxDefaultParallelism);
}

Result<QString> LoadPlan::fingerprint() const
{
    QFile file(sourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("source_unreadable"),
            QCoreApplication::translate("dia::load", "Cannot read %1: %2").arg(sourcePath, file.errorString()),
            QCoreApplication::translate("dia::load", "Check the path and the file permissions."));
    const QFileInfo info(file);
    QCryptographicHash head(QCryptographicHash::Sha256);
    head.addData(file.read(1024 * 1024));

    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto add = [&hash](const QString& key, const QString& value) {
        hash.addData(key.toUtf8());
        hash.addData(QByteArrayView("=", 1));
        hash.addData(value.toUtf8());
        hash.addData(QByteArrayView("\n", 1));
    };
    add(QStringLiteral("size"), QString::number(info.size()));
    add(QStringLiteral("mtime"), QString::number(info.lastModified().toMSecsSinceEpoch()));
    add(QStringLiteral("head"), QString::fromLatin1(head.result().toHex()));
    add(QStringLiteral("db"), database);
    add(QStringLiteral("table"), table);
    add(QStringLiteral("columns"), columns.join(QChar(0x1f)));
    add(QStringLiteral("columns_header"), columnsHeader);
    add(QStringLiteral("encoding"), readerOptions.encoding);
    add(QStringLiteral("delimiter"), readerOptions.delimiter);
    add(QStringLiteral("quote"),
        readerOptions.quote ? (readerOptions.quote->isNull() ? QStringLiteral("none") : QString(*readerOptions.quote))
                            : QStringLiteral("auto"));
    add(QStringLiteral("escape"),
        readerOptions.escape ? QString::number(static_cast<int>(*readerOptions.escape)) : QStringLiteral("auto"));
    add(QStringLiteral("header"),
        readerOptions.header ? QString::number(*readerOptions.header ? 1 : 0) : QStringLiteral("auto"));
    add(QStringLiteral("skip"), QString::number(readerOptions.skipLines));
    add(QStringLiteral("sheet"), readerOptions.sheet);
    add(QStringLiteral("max_bytes"), QString::number(chunkLimits.maxBytes));
    add(QStringLiteral("max_rows"), QString::number(chunkLimits.maxRows));
    add(QStringLiteral("tz"), timezone);
    add(QStringLiteral("prefix"), labelPrefix);
    add(QStringLiteral("atomic"), QString::number(atomic ? 1 : 0));
    add(QStringLiteral("empty"), QString::number(emptyAsString ? 1 : 0));
    for (qsizetype i = 0; i < fieldRules.columns.size(); ++i) {
        const source::FieldRule& rule = fieldRules.columns.at(i);
        add(QStringLiteral("rule%1").arg(i), QString::number(rule.emptyToNull ? 1 : 0) + QLatin1Char(':') + rule.spec);
    }
    for (const auto& [name, value] : extraHeaders)
        add(QString::fromUtf8(name), QString::fromUtf8(value));
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace dia::load
