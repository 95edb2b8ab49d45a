#include "tableschema.h"

#include <QJsonArray>

#include <algorithm>
#include <cctype>

namespace dia::sim {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

std::string ss(const QJsonValue& v)
{
    return v.toString().toStdString();
}

bool iequals(const std::string& a, const std::string& b)
{
    return a.size() == b.size()
        && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return std::tolower(x) == std::tolower(y); });
}

} // namespace

bool ColumnType::isNumeric() const
{
    switch (kind) {
    case TypeKind::Boolean:
    case TypeKind::TinyInt:
    case TypeKind::SmallInt:
    case TypeKind::Int:
    case TypeKind::BigInt:
    case TypeKind::LargeInt:
    case TypeKind::Float:
    case TypeKind::Double:
    case TypeKind::Decimal:
        return true;
    default:
        return false;
    }
}

std::string ColumnType::describe() const
{
    switch (kind) {
    case TypeKind::Boolean:
        return "BOOLEAN";
    case TypeKind::TinyInt:
        return "TINYINT";
    case TypeKind::SmallInt:
        return "SMALLINT";
    case TypeKind::Int:
        return "INT";
    case TypeKind::BigInt:
        return "BIGINT";
    case TypeKind::LargeInt:
        return "LARGEINT";
    case TypeKind::Float:
        return "FLOAT";
    case TypeKind::Double:
        return "DOUBLE";
    case TypeKind::Decimal:
        return "DECIMAL(" + std::to_string(precision) + ", " + std::to_string(scale) + ")";
    case TypeKind::Date:
        return "DATE";
    case TypeKind::DateTime:
        return precision > 0 ? "DATETIME(" + std::to_string(precision) + ")" : std::string("DATETIME");
    case TypeKind::Char:
        return "CHAR(" + std::to_string(length) + ")";
    case TypeKind::Varchar:
        return "VARCHAR(" + std::to_string(length) + ")";
    case TypeKind::String:
        return "TEXT";
    case TypeKind::Json:
        return "JSON";
    case TypeKind::Other:
        return otherName;
    }
    return otherName;
}

std::string ColumnType::ddl() const
{
    switch (kind) {
    case TypeKind::Decimal:
        return "decimal(" + std::to_string(precision) + "," + std::to_string(scale) + ")";
    case TypeKind::String:
        return "text";
    case TypeKind::Other:
        return otherName;
    default: {
        std::string d = describe();
        std::transform(d.begin(), d.end(), d.begin(), [](unsigned char c) { return char(std::tolower(c)); });
        return d;
    }
    }
}

const char* keysTypeName(KeysType type)
{
    switch (type) {
    case KeysType::Duplicate:
        return "DUPLICATE";
    case KeysType::Unique:
        return "UNIQUE";
    case KeysType::Aggregate:
        return "AGGREGATE";
    }
    return "DUPLICATE";
}

int TableSchema::columnIndex(const std::string& columnName) const
{
    for (size_t i = 0; i < columns.size(); ++i) {
        if (iequals(columns[i].name, columnName))
            return int(i);
    }
    return -1;
}

std::string TableSchema::showCreate() const
{
    std::string out = "CREATE TABLE `" + name + "` (\n";
    for (size_t i = 0; i < columns.size(); ++i) {
        const ColumnDef& c = columns[i];
        out += "  `" + c.name + "` " + c.type.ddl();
        if (!c.aggType.empty())
            out += " " + c.aggType;
        out += c.nullable ? " NULL" : " NOT NULL";
        if (c.hasDefault) {
            if (c.defaultIsNull)
                out += " DEFAULT NULL";
            else if (c.defaultCurrentTimestamp)
                out += " DEFAULT CURRENT_TIMESTAMP";
            else
                out += " DEFAULT \"" + c.defaultValue + "\"";
        }
        if (!c.comment.empty())
            out += " COMMENT '" + c.comment + "'";
        out += i + 1 < columns.size() ? ",\n" : "\n";
    }
    out += ") ENGINE=OLAP\n";
    out += std::string(keysTypeName(keysType)) + " KEY(";
    for (int i = 0; i < keyCount; ++i)
        out += (i ? ", `" : "`") + columns[size_t(i)].name + "`";
    out += ")\n";
    out += "COMMENT '" + (comment.empty() ? std::string("OLAP") : comment) + "'\n";
    if (!partitionType.empty()) {
        out += "PARTITION BY " + partitionType + "(`" + partitionColumn + "`)\n(";
        for (size_t i = 0; i < partitions.size(); ++i) {
            const PartitionDef& p = partitions[i];
            out += i ? ",\n" : "";
            if (partitionType == "LIST") {
                out += "PARTITION " + p.name + " VALUES IN (";
                for (size_t v = 0; v < p.values.size(); ++v)
                    out += (v ? ",(\"" : "(\"") + p.values[v] + "\")";
                out += ")";
            } else {
                out += "PARTITION " + p.name + " VALUES [("
                    + (p.lowerIsMin ? std::string("MINVALUE") : "\"" + p.lower + "\"") + "), ("
                    + (p.upperIsMax ? std::string("MAXVALUE") : "\"" + p.upper + "\"") + "))";
            }
        }
        out += ")\n";
    }
    if (distributionRandom) {
        out += "DISTRIBUTED BY RANDOM";
    } else {
        out += "DISTRIBUTED BY HASH(";
        for (size_t i = 0; i < distributionColumns.size(); ++i)
            out += (i ? ", `" : "`") + distributionColumns[i] + "`";
        out += ")";
    }
    out += buckets > 0 ? " BUCKETS " + std::to_string(buckets) + "\n" : std::string(" BUCKETS AUTO\n");
    // Doris shows the replicas as an allocation, whichever form CREATE TABLE used (default 3)
    std::string replicas = "3";
    for (const auto& [key, value] : properties) {
        if (key == "replication_num")
            replicas = value;
        else if (key == "replication_allocation" && value.rfind(':') != std::string::npos)
            replicas = value.substr(value.rfind(':') + 1);
    }
    while (!replicas.empty() && replicas.front() == ' ')
        replicas.erase(0, 1);
    out += "PROPERTIES (\n\"replication_allocation\" = \"tag.location.default: " + replicas + "\"";
    for (const auto& [key, value] : properties) {
        if (key == "replication_num" || key == "replication_allocation")
            continue;
        out += ",\n\"" + key + "\" = \"" + value + "\"";
    }
    out += "\n);";
    return out;
}

QJsonObject TableSchema::toJson() const
{
    QJsonArray cols;
    for (const ColumnDef& c : columns) {
        QJsonObject o;
        o[QLatin1String("name")] = qs(c.name);
        o[QLatin1String("kind")] = int(c.type.kind);
        o[QLatin1String("length")] = c.type.length;
        o[QLatin1String("precision")] = c.type.precision;
        o[QLatin1String("scale")] = c.type.scale;
        o[QLatin1String("other")] = qs(c.type.otherName);
        o[QLatin1String("nullable")] = c.nullable;
        o[QLatin1String("key")] = c.isKey;
        o[QLatin1String("agg")] = qs(c.aggType);
        o[QLatin1String("hasDefault")] = c.hasDefault;
        o[QLatin1String("defaultIsNull")] = c.defaultIsNull;
        o[QLatin1String("defaultNow")] = c.defaultCurrentTimestamp;
        o[QLatin1String("default")] = qs(c.defaultValue);
        o[QLatin1String("comment")] = qs(c.comment);
        o[QLatin1String("autoIncrement")] = c.autoIncrement;
        cols.append(o);
    }
    QJsonArray parts;
    for (const PartitionDef& p : partitions) {
        QJsonObject o;
        o[QLatin1String("name")] = qs(p.name);
        o[QLatin1String("lowerIsMin")] = p.lowerIsMin;
        o[QLatin1String("lower")] = qs(p.lower);
        o[QLatin1String("upperIsMax")] = p.upperIsMax;
        o[QLatin1String("upper")] = qs(p.upper);
        QJsonArray values;
        for (const std::string& v : p.values)
            values.append(qs(v));
        o[QLatin1String("values")] = values;
        parts.append(o);
    }
    QJsonArray dist;
    for (const std::string& d : distributionColumns)
        dist.append(qs(d));
    QJsonArray props;
    for (const auto& [key, value] : properties)
        props.append(QJsonArray { qs(key), qs(value) });
    QJsonObject o;
    o[QLatin1String("name")] = qs(name);
    o[QLatin1String("columns")] = cols;
    o[QLatin1String("keysType")] = int(keysType);
    o[QLatin1String("keyCount")] = keyCount;
    o[QLatin1String("keysExplicit")] = keysExplicit;
    o[QLatin1String("comment")] = qs(comment);
    o[QLatin1String("partitionType")] = qs(partitionType);
    o[QLatin1String("partitionColumn")] = qs(partitionColumn);
    o[QLatin1String("partitions")] = parts;
    o[QLatin1String("random")] = distributionRandom;
    o[QLatin1String("distribution")] = dist;
    o[QLatin1String("buckets")] = buckets;
    o[QLatin1String("properties")] = props;
    return o;
}

TableSchema TableSchema::fromJson(const QJsonObject& o)
{
    TableSchema t;
    t.name = ss(o[QLatin1String("name")]);
    const QJsonArray cols = o[QLatin1String("columns")].toArray();
    for (const QJsonValue& v : cols) {
        const QJsonObject c = v.toObject();
        ColumnDef d;
        d.name = ss(c[QLatin1String("name")]);
        d.type.kind = TypeKind(c[QLatin1String("kind")].toInt());
        d.type.length = c[QLatin1String("length")].toInt();
        d.type.precision = c[QLatin1String("precision")].toInt();
        d.type.scale = c[QLatin1String("scale")].toInt();
        d.type.otherName = ss(c[QLatin1String("other")]);
        d.nullable = c[QLatin1String("nullable")].toBool();
        d.isKey = c[QLatin1String("key")].toBool();
        d.aggType = ss(c[QLatin1String("agg")]);
        d.hasDefault = c[QLatin1String("hasDefault")].toBool();
        d.defaultIsNull = c[QLatin1String("defaultIsNull")].toBool();
        d.defaultCurrentTimestamp = c[QLatin1String("defaultNow")].toBool();
        d.defaultValue = ss(c[QLatin1String("default")]);
        d.comment = ss(c[QLatin1String("comment")]);
        d.autoIncrement = c[QLatin1String("autoIncrement")].toBool();
        t.columns.push_back(d);
    }
    t.keysType = KeysType(o[QLatin1String("keysType")].toInt());
    t.keyCount = o[QLatin1String("keyCount")].toInt();
    t.keysExplicit = o[QLatin1String("keysExplicit")].toBool();
    t.comment = ss(o[QLatin1String("comment")]);
    t.partitionType = ss(o[QLatin1String("partitionType")]);
    t.partitionColumn = ss(o[QLatin1String("partitionColumn")]);
    const QJsonArray parts = o[QLatin1String("partitions")].toArray();
    for (const QJsonValue& v : parts) {
        const QJsonObject p = v.toObject();
        PartitionDef d;
        d.name = ss(p[QLatin1String("name")]);
        d.lowerIsMin = p[QLatin1String("lowerIsMin")].toBool();
        d.lower = ss(p[QLatin1String("lower")]);
        d.upperIsMax = p[QLatin1String("upperIsMax")].toBool();
        d.upper = ss(p[QLatin1String("upper")]);
        const QJsonArray values = p[QLatin1String("values")].toArray();
        for (const QJsonValue& x : values)
            d.values.push_back(ss(x));
        t.partitions.push_back(d);
    }
    t.distributionRandom = o[QLatin1String("random")].toBool();
    const QJsonArray dist = o[QLatin1String("distribution")].toArray();
    for (const QJsonValue& v : dist)
        t.distributionColumns.push_back(ss(v));
    t.buckets = o[QLatin1String("buckets")].toInt();
    const QJsonArray props = o[QLatin1String("properties")].toArray();
    for (const QJsonValue& v : props) {
        const QJsonArray kv = v.toArray();
        t.properties.emplace_back(ss(kv.at(0)), ss(kv.at(1)));
    }
    return t;
}

} // namespace dia::sim
