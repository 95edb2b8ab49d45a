#include "importrecipe.h"

#include "load/bodycompression.h"
#include "schema/valueformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace dia::recipe {

namespace {

QString escapeName(source::EscapeStyle style)
{
    return style == source::EscapeStyle::Backslash ? QStringLiteral("backslash") : QStringLiteral("doubled");
}

QJsonObject readerToJson(const source::ReaderOptions& r)
{
    QJsonObject o;
    if (!r.encoding.isEmpty())
        o.insert(QStringLiteral("encoding"), r.encoding);
    if (!r.delimiter.isEmpty())
        o.insert(QStringLiteral("delimiter"), r.delimiter);
    if (r.quote)
        o.insert(QStringLiteral("quote"), r.quote->isNull() ? QString() : QString(*r.quote));
    if (r.escape)
        o.insert(QStringLiteral("escape"), escapeName(*r.escape));
    if (r.header)
        o.insert(QStringLiteral("header"), *r.header);
    if (r.skipLines >= 0)
        o.insert(QStringLiteral("skip_lines"), r.skipLines);
    if (!r.sheet.isEmpty())
        o.insert(QStringLiteral("sheet"), r.sheet);
    return o;
}

source::ReaderOptions readerFromJson(const QJsonObject& o)
{
    source::ReaderOptions r;
    r.encoding = o.value(QStringLiteral("encoding")).toString();
    r.delimiter = o.value(QStringLiteral("delimiter")).toString();
    if (o.contains(QStringLiteral("quote"))) {
        const QString q = o.value(QStringLiteral("quote")).toString();
        r.quote = q.isEmpty() ? QChar() : q.front();
    }
    if (o.contains(QStringLiteral("escape")))
        r.escape = o.value(QStringLiteral("escape")).toString() == QLatin1String("backslash")
            ? source::EscapeStyle::Backslash
            : source::EscapeStyle::DoubledQuote;
    if (o.contains(QStringLiteral("header")))
        r.header = o.value(QStringLiteral("header")).toBool();
    r.skipLines = o.value(QStringLiteral("skip_lines")).toInt(-1);
    r.sheet = o.value(QStringLiteral("sheet")).toString();
    return r;
}

} // namespace

QJsonObject ImportRecipe::toJson() const
{
    QJsonArray cols;
    for (const RecipeColumn& c : columns) {
        QJsonObject o { { QStringLiteral("source"), c.sourceName }, { QStringLiteral("name"), c.name },
            { QStringLiteral("type"), c.type }, { QStringLiteral("nullable"), c.nullable },
            { QStringLiteral("key"), c.key }, { QStringLiteral("include"), c.include } };
        if (const QString spec = columnFormats.value(c.sourceName); !spec.isEmpty())
            o.insert(QStringLiteral("value_format"), spec);
        cols.append(o);
    }
    return QJsonObject {
        { QStringLiteral("format"), QStringLiteral("doris-import-recipe") },
        { QStringLiteral("version"), kFormatVersion },
        { QStringLiteral("connection"),
            QJsonObject { { QStringLiteral("name"), connection.name }, { QStringLiteral("host"), connection.host },
                { QStringLiteral("http_port"), connection.httpPort },
                { QStringLiteral("mysql_port"), connection.mysqlPort }, { QStringLiteral("user"), connection.user },
                { QStringLiteral("tls"), connection.useTls },
                { QStringLiteral("trust_self_signed"), connection.trustSelfSigned },
                { QStringLiteral("be_override"), connection.beOverride } } },
        { QStringLiteral("file"),
            QJsonObject { { QStringLiteral("path"), filePath }, { QStringLiteral("reader"), readerToJson(reader) } } },
        { QStringLiteral("target"),
            QJsonObject { { QStringLiteral("database"), database }, { QStringLiteral("table"), table },
                { QStringLiteral("create"), createTable }, { QStringLiteral("model"), model },
                { QStringLiteral("buckets"), buckets }, { QStringLiteral("replication_num"), replicationNum },
                { QStringLiteral("unicode_names"), unicodeNames }, { QStringLiteral("tight_types"), tightTypes },
                { QStringLiteral("percent"), percentAsRatio ? QStringLiteral("ratio") : QStringLiteral("points") },
                { QStringLiteral("timezone"), timezone }, { QStringLiteral("columns"), cols } } },
        { QStringLiteral("load"),
            QJsonObject { { QStringLiteral("chunk_bytes"), double(chunkBytes) },
                { QStringLiteral("parallel"), parallel }, { QStringLiteral("max_filter_ratio"), maxFilterRatio },
                { QStringLiteral("strict"), strictMode }, { QStringLiteral("atomic"), atomic },
                { QStringLiteral("compression"), compression }, { QStringLiteral("label_prefix"), labelPrefix } } },
    };
}

Result<ImportRecipe> ImportRecipe::fromJson(const QJsonObject& json)
{
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("doris-import-recipe"))
        return makeError(QStringLiteral("bad_recipe"), tr("This file is not an import recipe."),
            tr("Open a .json file saved with File > Save recipe."));
    if (json.value(QStringLiteral("version")).toInt() > kFormatVersion)
        return makeError(QStringLiteral("bad_recipe"),
            tr("This recipe was written by a newer version of Doris Import Assistant."),
            tr("Update the program to open it."));
    ImportRecipe r;
    const QJsonObject c = json.value(QStringLiteral("connection")).toObject();
    r.connection.name = c.value(QStringLiteral("name")).toString();
    r.connection.host = c.value(QStringLiteral("host")).toString();
    r.connection.httpPort = c.value(QStringLiteral("http_port")).toInt(8030);
    r.connection.mysqlPort = c.value(QStringLiteral("mysql_port")).toInt(9030);
    r.connection.user = c.value(QStringLiteral("user")).toString(QStringLiteral("root"));
    r.connection.useTls = c.value(QStringLiteral("tls")).toBool();
    r.connection.trustSelfSigned = c.value(QStringLiteral("trust_self_signed")).toBool();
    r.connection.beOverride = c.value(QStringLiteral("be_override")).toString();

    const QJsonObject f = json.value(QStringLiteral("file")).toObject();
    r.filePath = f.value(QStringLiteral("path")).toString();
    r.reader = readerFromJson(f.value(QStringLiteral("reader")).toObject());

    const QJsonObject t = json.value(QStringLiteral("target")).toObject();
    r.database = t.value(QStringLiteral("database")).toString();
    r.table = t.value(QStringLiteral("table")).toString();
    r.createTable = t.value(QStringLiteral("create")).toBool(true);
    r.model = t.value(QStringLiteral("model")).toString(QStringLiteral("duplicate"));
    r.buckets = t.value(QStringLiteral("buckets")).toInt(0);
    r.replicationNum = t.value(QStringLiteral("replication_num")).toInt(1);
    r.unicodeNames = t.value(QStringLiteral("unicode_names")).toBool(false);
    const QJsonArray cols = t.value(QStringLiteral("columns")).toArray();
    for (const QJsonValue& v : cols) {
        const QJsonObject o = v.toObject();
        r.columns.append({ o.value(QStringLiteral("source")).toString(), o.value(QStringLiteral("name")).toString(),
            o.value(QStringLiteral("type")).toString(), o.value(QStringLiteral("nullable")).toBool(true),
            o.value(QStringLiteral("key")).toBool(false), o.value(QStringLiteral("include")).toBool(true) });
        if (const QString spec = o.value(QStringLiteral("value_format")).toString(); !spec.isEmpty()) {
            r.columnFormats.insert(r.columns.last().sourceName, spec);
            if (const Result<schema::ValueFormat> vf = schema::ValueFormat::parse(spec); !vf)
                return makeError(QStringLiteral("bad_recipe"),
                    tr("Column %1 of the recipe: %2").arg(r.columns.last().sourceName, vf.error().message),
                    vf.error().hint);
        }
    }
    r.tightTypes = t.value(QStringLiteral("tight_types")).toBool(false);
    r.percentAsRatio = t.value(QStringLiteral("percent")).toString(QStringLiteral("ratio")) != QLatin1String("points");
    r.timezone = t.value(QStringLiteral("timezone")).toString();

    const QJsonObject l = json.value(QStringLiteral("load")).toObject();
    r.chunkBytes = qint64(l.value(QStringLiteral("chunk_bytes")).toDouble(100.0 * 1024 * 1024));
    r.parallel = l.value(QStringLiteral("parallel")).toInt(0);
    r.maxFilterRatio = l.value(QStringLiteral("max_filter_ratio")).toDouble(0.0);
    r.strictMode = l.value(QStringLiteral("strict")).toBool(false);
    r.atomic = l.value(QStringLiteral("atomic")).toBool(false);
    r.compression = l.value(QStringLiteral("compression")).toString();
    if (!r.compression.isEmpty() && !load::compressionFromName(r.compression))
        return makeError(QStringLiteral("bad_recipe"),
            tr("The recipe's compression \"%1\" is unknown.").arg(r.compression), tr("Use auto, gz, lz4 or none."));
    r.labelPrefix = l.value(QStringLiteral("label_prefix")).toString();

    if (r.filePath.isEmpty() || r.database.isEmpty() || r.table.isEmpty())
        return makeError(QStringLiteral("bad_recipe"), tr("The recipe lacks the file, the database or the table."),
            tr("Save the recipe again from the wizard's last pages."));
    if (r.maxFilterRatio < 0.0 || r.maxFilterRatio > 1.0 || r.chunkBytes <= 0)
        return makeError(QStringLiteral("bad_recipe"), tr("The recipe's load options are out of range."),
            tr("max_filter_ratio must be between 0 and 1 and the chunk size positive."));
    return r;
}

Status ImportRecipe::save(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("recipe_write_failed"), tr("Cannot write %1: %2").arg(path, file.errorString()),
            tr("Choose a folder you can write to."));
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return makeError(QStringLiteral("recipe_write_failed"), tr("Cannot write %1: %2").arg(path, file.errorString()),
            tr("Check the free disk space."));
    return {};
}

Result<ImportRecipe> ImportRecipe::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("recipe_unreadable"), tr("Cannot open %1: %2.").arg(path, file.errorString()),
            tr("Check the path."));
    if (file.size() > 16 * 1024 * 1024)
        return makeError(QStringLiteral("bad_recipe"), tr("%1 is too large to be an import recipe.").arg(path),
            tr("Open a .json file saved with File > Save recipe."));
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull() || !doc.isObject())
        return makeError(QStringLiteral("bad_recipe"),
            tr("%1 is not valid JSON: %2 at offset %3.").arg(path, parseError.errorString()).arg(parseError.offset),
            tr("Open a .json file saved with File > Save recipe."));
    return fromJson(doc.object());
}

} // namespace dia::recipe
