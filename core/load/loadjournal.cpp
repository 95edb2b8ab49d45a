#include "loadjournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace dia::load {

namespace { } // namespace

QJsonObject LoadJournal::readerToJson() const
{
    const source::ReaderOptions& o = readerOptions;
    QJsonObject object {
        { QStringLiteral("encoding"), o.encoding },
        { QStringLiteral("delimiter"), o.delimiter },
        { QStringLiteral("skip_lines"), o.skipLines },
        { QStringLiteral("sheet"), o.sheet },
        { QStringLiteral("max_bytes"), chunkLimits.maxBytes },
        { QStringLiteral("max_rows"), chunkLimits.maxRows },
    };
    if (o.quote)
        object.insert(QStringLiteral("quote"), o.quote->isNull() ? QStringLiteral("none") : QString(*o.quote));
    if (o.escape)
        object.insert(QStringLiteral("escape"),
            *o.escape == source::EscapeStyle::Backslash ? QStringLiteral("backslash") : QStringLiteral("doubled"));
    if (o.header)
        object.insert(QStringLiteral("header"), *o.header);
    return object;
}

void LoadJournal::readerFromJson(const QJsonObject& object)
{
    source::ReaderOptions& o = readerOptions;
    o.encoding = object.value(QLatin1String("encoding")).toString();
    o.delimiter = object.value(QLatin1String("delimiter")).toString();
    o.skipLines = object.value(QLatin1String("skip_lines")).toInt(-1);
    o.sheet = object.value(QLatin1String("sheet")).toString();
    chunkLimits.maxBytes = object.value(QLatin1String("max_bytes")).toInteger(chunkLimits.maxBytes);
    chunkLimits.maxRows = object.value(QLatin1String("max_rows")).toInteger(chunkLimits.maxRows);
    if (object.contains(QLatin1String("quote"))) {
        const QString quote = object.value(QLatin1String("quote")).toString();
        o.quote = quote == QLatin1String("none") || quote.isEmpty() ? QChar() : quote.at(0);
    }
    if (object.contains(QLatin1String("escape")))
        o.escape = object.value(QLatin1String("escape")).toString() == QLatin1String("backslash")
            ? source::EscapeStyle::Backslash
            : source::EscapeStyle::DoubledQuote;
    if (object.contains(QLatin1String("header")))
        o.header = object.value(QLatin1String("header")).toBool();
}

const ChunkReport* LoadJournal::chunk(int index) const
{
    for (const ChunkReport& entry : chunks) {
        if (entry.index == index)
            return &entry;
    }
    return nullptr;
}

ChunkReport& LoadJournal::upsert(int index)
{
    for (ChunkReport& entry : chunks) {
        if (entry.index == index)
            return entry;
    }
    ChunkReport entry;
    entry.index = index;
    auto it = std::find_if(chunks.begin(), chunks.end(), [index](const ChunkReport& c) { return c.index > index; });
    return *chunks.insert(it, entry);
}

Status LoadJournal::save(const QString& path, Durability durability) const
{
    QJsonArray array;
    for (const ChunkReport& entry : chunks) {
        QJsonObject object = entry.toJson();
        object.insert(QStringLiteral("bytes"), entry.bytes);
        array.append(object);
    }
    QJsonArray emptyNull;
    for (bool value : emptyToNull)
        emptyNull.append(value);
    const QJsonObject root {
        { QStringLiteral("version"), kVersion },
        { QStringLiteral("fingerprint"), fingerprint },
        { QStringLiteral("job_id"), jobId },
        { QStringLiteral("source"), sourcePath },
        { QStringLiteral("database"), database },
        { QStringLiteral("table"), table },
        { QStringLiteral("atomic"), atomic },
        { QStringLiteral("finished"), finished },
        { QStringLiteral("created"), created },
        { QStringLiteral("reader"), readerToJson() },
        { QStringLiteral("empty_to_null"), emptyNull },
        { QStringLiteral("chunks"), array },
    };
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    auto failed = [&](const QString& why) -> Status {
        return makeError(QStringLiteral("journal_write_failed"),
            tr("Cannot write the load journal %1: %2").arg(path, why), tr("Choose a writable place with --journal."));
    };
#if defined(Q_OS_UNIX)
    if (durability == Durability::Atomic) {
        QFile file(path + QStringLiteral(".part"));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
            file.remove();
            return failed(file.errorString());
        }
        file.close();
        if (::rename(QFile::encodeName(file.fileName()).constData(), QFile::encodeName(path).constData()) != 0) {
            file.remove();
            return failed(QString::fromLocal8Bit(std::strerror(errno)));
        }
        return {};
    }
#else
    Q_UNUSED(durability);
#endif
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit())
        return failed(file.errorString());
    return {};
}

Result<LoadJournal> LoadJournal::load(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(QStringLiteral("journal_missing"), tr("There is no load journal at %1.").arg(path),
            tr("Start the load without --resume, or give the journal of the interrupted load with --journal."));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("journal_unreadable"),
            tr("Cannot read the load journal %1: %2").arg(path, file.errorString()));
    const QJsonDocument document = QJsonDocument::fromJson(file.read(64 * 1024 * 1024));
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QLatin1String("version")).toInt() != kVersion
        || root.value(QLatin1String("fingerprint")).toString().isEmpty())
        return makeError(QStringLiteral("journal_corrupt"), tr("%1 is not a load journal of this program.").arg(path),
            tr("Delete it and start the load again without --resume."));
    LoadJournal journal;
    journal.fingerprint = root.value(QLatin1String("fingerprint")).toString();
    journal.jobId = root.value(QLatin1String("job_id")).toString();
    journal.sourcePath = root.value(QLatin1String("source")).toString();
    journal.database = root.value(QLatin1String("database")).toString();
    journal.table = root.value(QLatin1String("table")).toString();
    journal.atomic = root.value(QLatin1String("atomic")).toBool();
    journal.finished = root.value(QLatin1String("finished")).toBool();
    journal.created = root.value(QLatin1String("created")).toString();
    journal.readerFromJson(root.value(QLatin1String("reader")).toObject());
    for (const QJsonValue& value : root.value(QLatin1String("empty_to_null")).toArray())
        journal.emptyToNull.append(value.toBool());
    const auto count = [](const QJsonValue& value) { return value.isNull() ? qint64(-1) : value.toInteger(-1); };
    for (const QJsonValue& value : root.value(QLatin1String("chunks")).toArray()) {
        const QJsonObject object = value.toObject();
        ChunkReport entry;
        entry.index = object.value(QLatin1String("index")).toInt();
        entry.label = object.value(QLatin1String("label")).toString();
        entry.status = chunkStatusFromName(object.value(QLatin1String("status")).toString());
        entry.txnId = object.value(QLatin1String("txn_id")).toInteger(-1);
        entry.rows = object.value(QLatin1String("rows")).toInteger();
        entry.bytes = object.value(QLatin1String("bytes")).toInteger();
        entry.firstLine = object.value(QLatin1String("first_line")).toInteger();
        entry.loaded = count(object.value(QLatin1String("loaded")));
        entry.filtered = count(object.value(QLatin1String("filtered")));
        entry.unselected = count(object.value(QLatin1String("unselected")));
        entry.errorUrl = object.value(QLatin1String("error_url")).toString();
        entry.attempts = object.value(QLatin1String("attempts")).toInt();
        entry.message = object.value(QLatin1String("message")).toString();
        entry.errorCode = object.value(QLatin1String("error_code")).toString();
        entry.backend = object.value(QLatin1String("backend")).toString();
        if (entry.label.isEmpty() || journal.chunk(entry.index))
            return makeError(QStringLiteral("journal_corrupt"), tr("The load journal %1 is damaged.").arg(path),
                tr("Delete it and start the load again without --resume."));
        journal.upsert(entry.index) = entry;
    }
    return journal;
}

} // namespace dia::load
