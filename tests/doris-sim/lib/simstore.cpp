#include "simstore.h"

#include "valueconverter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <chrono>
#include <cstdio>
#include <thread>
#include <unordered_map>

namespace dia::sim {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

int64_t nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

const char* txnStateName(TxnState state)
{
    switch (state) {
    case TxnState::Prepare:
        return "PREPARE";
    case TxnState::Precommitted:
        return "PRECOMMITTED";
    case TxnState::Committed:
        return "COMMITTED";
    case TxnState::Visible:
        return "VISIBLE";
    case TxnState::Aborted:
        return "ABORTED";
    }
    return "UNKNOWN";
}

SimStore::SimStore(QString dataDir)
    : m_dataDir(std::move(dataDir))
{ }

QString SimStore::tableDir(int64_t tableId) const
{
    return m_dataDir + QStringLiteral("/tables/") + QString::number(tableId);
}

QString SimStore::stagingPath(int64_t txnId) const
{
    return m_dataDir + QStringLiteral("/staging/") + QString::number(txnId) + QStringLiteral(".rows");
}

QString SimStore::errorLogDir() const
{
    return m_dataDir + QStringLiteral("/error_log");
}

std::string SimStore::open()
{
    QDir dir;
    if (!dir.mkpath(m_dataDir + QStringLiteral("/staging")) || !dir.mkpath(m_dataDir + QStringLiteral("/tables"))
        || !dir.mkpath(errorLogDir()))
        return "cannot create directories under " + m_dataDir.toStdString();
    QFile file(m_dataDir + QStringLiteral("/meta.json"));
    std::lock_guard<std::mutex> lock(m_mutex);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return "cannot read " + file.fileName().toStdString();
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        m_nextId = root[QLatin1String("nextId")].toVariant().toLongLong();
        m_nextSegment = root[QLatin1String("nextSegment")].toVariant().toLongLong();
        const QJsonArray dbs = root[QLatin1String("databases")].toArray();
        for (const QJsonValue& v : dbs) {
            const QJsonObject o = v.toObject();
            Db db;
            db.id = o[QLatin1String("id")].toVariant().toLongLong();
            db.name = o[QLatin1String("name")].toString().toStdString();
            const QJsonArray tables = o[QLatin1String("tables")].toArray();
            for (const QJsonValue& tv : tables) {
                const QJsonObject to = tv.toObject();
                TableRef t;
                t.id = to[QLatin1String("id")].toVariant().toLongLong();
                t.dbId = db.id;
                t.schema = TableSchema::fromJson(to[QLatin1String("schema")].toObject());
                db.tables[t.schema.name] = t;
            }
            m_dbs[db.name] = db;
        }
        const QJsonArray txns = root[QLatin1String("txns")].toArray();
        for (const QJsonValue& v : txns) {
            const QJsonObject o = v.toObject();
            TxnInfo t;
            t.id = o[QLatin1String("id")].toVariant().toLongLong();
            t.dbId = o[QLatin1String("db")].toVariant().toLongLong();
            t.tableId = o[QLatin1String("table")].toVariant().toLongLong();
            t.label = o[QLatin1String("label")].toString().toStdString();
            t.state = TxnState(o[QLatin1String("state")].toInt());
            t.prepareMs = o[QLatin1String("prepareMs")].toVariant().toLongLong();
            t.finishMs = o[QLatin1String("finishMs")].toVariant().toLongLong();
            t.reason = o[QLatin1String("reason")].toString().toStdString();
            m_txns[t.id] = t;
        }
    }
    // recovery: a segment already renamed means the commit happened; PREPARE without one never committed
    for (auto& [id, txn] : m_txns) {
        if (txn.state == TxnState::Committed) {
            publishLocked(txn);
        } else if (txn.state == TxnState::Prepare) {
            bool published = false;
            const QDir td(tableDir(txn.tableId));
            const QStringList segs
                = td.entryList({ QStringLiteral("*_") + QString::number(id) + QStringLiteral(".seg") }, QDir::Files);
            published = !segs.isEmpty();
            if (published) {
                txn.state = TxnState::Visible;
            } else {
                txn.state = TxnState::Aborted;
                txn.reason = "sim restarted while the load was running";
                QFile::remove(stagingPath(id));
            }
        }
    }
    saveLocked();
    return {};
}

void SimStore::saveLocked()
{
    QJsonArray dbs;
    for (const auto& [name, db] : m_dbs) {
        QJsonArray tables;
        for (const auto& [tname, t] : db.tables) {
            QJsonObject to;
            to[QLatin1String("id")] = qint64(t.id);
            to[QLatin1String("schema")] = t.schema.toJson();
            tables.append(to);
        }
        QJsonObject o;
        o[QLatin1String("id")] = qint64(db.id);
        o[QLatin1String("name")] = qs(name);
        o[QLatin1String("tables")] = tables;
        dbs.append(o);
    }
    // keep the newest 20000 transactions (labels older than that are forgotten, like label_num_threshold)
    while (m_txns.size() > 20000)
        m_txns.erase(m_txns.begin());
    QJsonArray txns;
    for (const auto& [id, t] : m_txns) {
        QJsonObject o;
        o[QLatin1String("id")] = qint64(t.id);
        o[QLatin1String("db")] = qint64(t.dbId);
        o[QLatin1String("table")] = qint64(t.tableId);
        o[QLatin1String("label")] = qs(t.label);
        o[QLatin1String("state")] = int(t.state);
        o[QLatin1String("prepareMs")] = qint64(t.prepareMs);
        o[QLatin1String("finishMs")] = qint64(t.finishMs);
        o[QLatin1String("reason")] = qs(t.reason);
        txns.append(o);
    }
    QJsonObject root;
    root[QLatin1String("nextId")] = qint64(m_nextId);
    root[QLatin1String("nextSegment")] = qint64(m_nextSegment);
    root[QLatin1String("databases")] = dbs;
    root[QLatin1String("txns")] = txns;
    // Written to a temporary file and renamed over meta.json: atomic, and it survives kill -9 (the page cache
    // keeps it). No fsync: a test double need not survive power loss, and an fsync per transaction (tens of
    // milliseconds on slow disks) would dominate every chunked load measured against it.
    const QString path = m_dataDir + QStringLiteral("/meta.json");
    QFile file(path + QStringLiteral(".tmp"));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
        file.close();
        ::rename(QFile::encodeName(file.fileName()).constData(), QFile::encodeName(path).constData());
    }
}

SimStore::Db* SimStore::findDbLocked(const std::string& db)
{
    auto it = m_dbs.find(db);
    return it == m_dbs.end() ? nullptr : &it->second;
}

const SimStore::Db* SimStore::findDbLocked(const std::string& db) const
{
    auto it = m_dbs.find(db);
    return it == m_dbs.end() ? nullptr : &it->second;
}

std::vector<std::string> SimStore::databases() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    std::vector<std::string> out;
    for (const auto& [name, db] : m_dbs)
        out.push_back(name);
    return out;
}

bool SimStore::hasDatabase(const std::string& db) const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return findDbLocked(db) != nullptr;
}

int64_t SimStore::databaseId(const std::string& db) const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const Db* d = findDbLocked(db);
    return d == nullptr ? -1 : d->id;
}

std::string SimStore::createDatabase(const std::string& db, bool ifNotExists, int& mysqlCode)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (findDbLocked(db) != nullptr) {
        if (ifNotExists)
            return {};
        mysqlCode = 1007;
        return "Can't create database '" + db + "'; database exists";
    }
    Db d;
    d.id = m_nextId++;
    d.name = db;
    m_dbs[db] = d;
    saveLocked();
    return {};
}

std::string SimStore::dropDatabase(const std::string& db, bool ifExists, int& mysqlCode)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    Db* d = findDbLocked(db);
    if (d == nullptr) {
        if (ifExists)
            return {};
        mysqlCode = 1008;
        return "Can't drop database '" + db + "'; database doesn't exist";
    }
    for (const auto& [name, t] : d->tables)
        QDir(tableDir(t.id)).removeRecursively();
    m_dbs.erase(db);
    saveLocked();
    return {};
}

std::vector<std::string> SimStore::tables(const std::string& db) const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    std::vector<std::string> out;
    if (const Db* d = findDbLocked(db)) {
        for (const auto& [name, t] : d->tables)
            out.push_back(name);
    }
    return out;
}

std::optional<TableRef> SimStore::table(const std::string& db, const std::string& name) const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const Db* d = findDbLocked(db);
    if (d == nullptr)
        return std::nullopt;
    auto it = d->tables.find(name);
    if (it == d->tables.end())
        return std::nullopt;
    return it->second;
}

std::string SimStore::createTable(const std::string& db, const TableSchema& schema, bool ifNotExists, int& mysqlCode)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    Db* d = findDbLocked(db);
    if (d == nullptr) {
        mysqlCode = 1049;
        return "Unknown database '" + db + "'";
    }
    if (d->tables.count(schema.name) != 0U) {
        if (ifNotExists)
            return {};
        mysqlCode = 1050;
        return "Table '" + schema.name + "' already exists";
    }
    TableRef t;
    t.id = m_nextId++;
    t.dbId = d->id;
    t.schema = schema;
    QDir().mkpath(tableDir(t.id));
    d->tables[schema.name] = t;
    saveLocked();
    return {};
}

std::string SimStore::dropTable(const std::string& db, const std::string& name, bool ifExists, int& mysqlCode)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    Db* d = findDbLocked(db);
    if (d == nullptr) {
        mysqlCode = 1049;
        return "Unknown database '" + db + "'";
    }
    auto it = d->tables.find(name);
    if (it == d->tables.end()) {
        if (ifExists)
            return {};
        mysqlCode = 1051;
        return "Unknown table '" + name + "'";
    }
    QDir(tableDir(it->second.id)).removeRecursively();
    d->tables.erase(it);
    saveLocked();
    return {};
}

std::string SimStore::truncateTable(const std::string& db, const std::string& name)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    Db* d = findDbLocked(db);
    if (d == nullptr)
        return "Unknown database '" + db + "'";
    auto it = d->tables.find(name);
    if (it == d->tables.end())
        return "Unknown table '" + name + "'";
    QDir(tableDir(it->second.id)).removeRecursively();
    QDir().mkpath(tableDir(it->second.id));
    return {};
}

SimStore::BeginResult SimStore::beginTxn(const std::string& db, int64_t tableId, const std::string& label)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    BeginResult r;
    const Db* d = findDbLocked(db);
    if (d == nullptr)
        return r;
    for (auto it = m_txns.rbegin(); it != m_txns.rend(); ++it) {
        const TxnInfo& t = it->second;
        if (t.dbId == d->id && t.label == label && t.state != TxnState::Aborted) {
            r.existingTxnId = t.id;
            r.existingState = t.state;
            return r;
        }
    }
    TxnInfo t;
    t.id = m_nextId++;
    t.dbId = d->id;
    t.tableId = tableId;
    t.label = label;
    t.state = TxnState::Prepare;
    t.prepareMs = nowMs();
    m_txns[t.id] = t;
    saveLocked();
    r.ok = true;
    r.txnId = t.id;
    return r;
}

void SimStore::publishLocked(TxnInfo& txn)
{
    const QString staged = stagingPath(txn.id);
    if (QFile::exists(staged)) {
        char name[64];
        std::snprintf(name, sizeof name, "/%012lld_%lld.seg", static_cast<long long>(m_nextSegment++),
            static_cast<long long>(txn.id));
        QDir().mkpath(tableDir(txn.tableId));
        if (!QFile::rename(staged, tableDir(txn.tableId) + QLatin1String(name)))
            QFile::remove(staged); // table dropped meanwhile
    }
    txn.state = TxnState::Visible;
    txn.finishMs = nowMs();
}

void SimStore::commitTxn(int64_t txnId, int publishDelayMs)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    auto it = m_txns.find(txnId);
    if (it == m_txns.end())
        return;
    if (publishDelayMs > 0) {
        it->second.state = TxnState::Committed;
        saveLocked();
        std::thread([this, txnId, publishDelayMs]() {
            std::this_thread::sleep_for(std::chrono::milliseconds(publishDelayMs));
            std::lock_guard<std::mutex> inner(m_mutex);
            auto found = m_txns.find(txnId);
            if (found != m_txns.end() && found->second.state == TxnState::Committed) {
                publishLocked(found->second);
                saveLocked();
            }
        }).detach();
        return;
    }
    publishLocked(it->second);
    saveLocked();
}

void SimStore::precommitTxn(int64_t txnId)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    auto it = m_txns.find(txnId);
    if (it == m_txns.end())
        return;
    it->second.state = TxnState::Precommitted;
    saveLocked();
}

void SimStore::abortTxn(int64_t txnId, const std::string& reason)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    QFile::remove(stagingPath(txnId));
    auto it = m_txns.find(txnId);
    if (it == m_txns.end())
        return;
    it->second.state = TxnState::Aborted;
    it->second.reason = reason;
    it->second.finishMs = nowMs();
    saveLocked();
}

std::pair<bool, std::string> SimStore::finish2pc(
    const std::string& db, int64_t txnId, const std::string& label, bool commit)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const Db* d = findDbLocked(db);
    if (d == nullptr)
        return { false, "errCode = 2, detailMessage = Unknown database '" + db + "'" };
    TxnInfo* txn = nullptr;
    if (!label.empty()) {
        for (auto it = m_txns.rbegin(); it != m_txns.rend(); ++it) {
            if (it->second.dbId == d->id && it->second.label == label) {
                txn = &it->second;
                if (it->second.state != TxnState::Aborted)
                    break;
            }
        }
        if (txn == nullptr)
            return { false, "errCode = 2, detailMessage = transaction not found, label=" + label };
    } else {
        auto it = m_txns.find(txnId);
        if (it == m_txns.end() || it->second.dbId != d->id)
            return { false, "errCode = 2, detailMessage = transaction [" + std::to_string(txnId) + "] not found" };
        txn = &it->second;
    }
    const std::string id = std::to_string(txn->id);
    if (txn->state != TxnState::Precommitted) {
        if (commit) {
            if (txn->state == TxnState::Visible || txn->state == TxnState::Committed)
                return { false,
                    "errCode = 2, detailMessage = transaction [" + id + "] is already visible, not pre-committed." };
            if (txn->state == TxnState::Aborted)
                return { false,
                    "errCode = 2, detailMessage = transaction [" + id
                        + "] is already aborted. abort reason: " + txn->reason };
            return { false, "errCode = 2, detailMessage = transaction [" + id + "] is not pre-committed." };
        }
        if (txn->state == TxnState::Aborted)
            return { false,
                "errCode = 2, detailMessage = transaction [" + id
                    + "] is already aborted, abort reason: " + txn->reason };
        if (txn->state == TxnState::Visible || txn->state == TxnState::Committed)
            return { false,
                "errCode = 2, detailMessage = transaction [" + id + "] is already VISIBLE, could not abort." };
    }
    if (commit) {
        publishLocked(*txn);
    } else {
        QFile::remove(stagingPath(txn->id));
        txn->state = TxnState::Aborted;
        txn->reason = "user abort";
        txn->finishMs = nowMs();
    }
    saveLocked();
    return { true, "transaction [" + id + "] " + (commit ? "commit" : "abort") + " successfully." };
}

std::optional<TxnInfo> SimStore::txnByLabel(const std::string& db, const std::string& label) const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const Db* d = findDbLocked(db);
    if (d == nullptr)
        return std::nullopt;
    std::optional<TxnInfo> found;
    for (auto it = m_txns.rbegin(); it != m_txns.rend(); ++it) {
        if (it->second.dbId == d->id && it->second.label == label) {
            if (!found)
                found = it->second;
            if (it->second.state != TxnState::Aborted)
                return it->second;
        }
    }
    return found;
}

std::optional<TxnInfo> SimStore::txnById(int64_t txnId) const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    auto it = m_txns.find(txnId);
    if (it == m_txns.end())
        return std::nullopt;
    return it->second;
}

void SimStore::encodeField(std::string& out, const char* data, size_t size)
{
    for (size_t i = 0; i < size; ++i) {
        const char c = data[i];
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

Row SimStore::decodeRow(const char* line, size_t size)
{
    Row row;
    std::string cur;
    bool isNull = false;
    size_t i = 0;
    auto flush = [&]() {
        if (isNull)
            row.emplace_back(std::nullopt);
        else
            row.emplace_back(cur);
        cur.clear();
        isNull = false;
    };
    size_t fieldStart = 0;
    while (i < size) {
        const char c = line[i];
        if (c == '\t') {
            flush();
            ++i;
            fieldStart = i;
            continue;
        }
        if (c == '\\' && i + 1 < size) {
            const char e = line[i + 1];
            if (e == 'N' && i == fieldStart && (i + 2 == size || line[i + 2] == '\t')) {
                isNull = true;
            } else {
                cur += e == 't' ? '\t' : e == 'n' ? '\n' : e == 'r' ? '\r' : e;
            }
            i += 2;
            continue;
        }
        cur += c;
        ++i;
    }
    flush();
    return row;
}

std::vector<Row> SimStore::readRows(const TableRef& t) const
{
    const QDir dir(tableDir(t.id));
    const QStringList segs = dir.entryList({ QStringLiteral("*.seg") }, QDir::Files, QDir::Name);
    std::vector<Row> rows;
    const size_t ncols = t.schema.columns.size();
    for (const QString& seg : segs) {
        QFile f(dir.filePath(seg));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = f.readAll();
        const char* p = data.constData();
        const char* end = p + data.size();
        while (p < end) {
            const char* nl = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
            const char* lineEnd = nl == nullptr ? end : nl;
            Row row = decodeRow(p, size_t(lineEnd - p));
            row.resize(ncols);
            rows.push_back(std::move(row));
            p = lineEnd + 1;
        }
    }
    if (t.schema.keysType == KeysType::Duplicate)
        return rows;
    // merge by key, first-seen key order
    std::unordered_map<std::string, size_t> index;
    std::vector<Row> merged;
    const size_t keys = size_t(t.schema.keyCount);
    for (Row& row : rows) {
        std::string key;
        for (size_t k = 0; k < keys; ++k) {
            key += row[k] ? "V" + *row[k] : std::string("N");
            key += '\x01';
        }
        auto it = index.find(key);
        if (it == index.end()) {
            index.emplace(key, merged.size());
            merged.push_back(std::move(row));
            continue;
        }
        Row& target = merged[it->second];
        for (size_t c = keys; c < ncols; ++c) {
            const ColumnDef& col = t.schema.columns[c];
            const std::string& agg = col.aggType;
            if (t.schema.keysType == KeysType::Unique || agg == "REPLACE" || agg.empty()) {
                target[c] = row[c];
            } else if (agg == "REPLACE_IF_NOT_NULL") {
                if (row[c])
                    target[c] = row[c];
            } else if (agg == "SUM") {
                if (!target[c])
                    target[c] = row[c];
                else if (row[c])
                    target[c] = ValueConverter::add(col.type, *target[c], *row[c]);
            } else if (agg == "MAX" || agg == "MIN") {
                if (!target[c]) {
                    target[c] = row[c];
                } else if (row[c]) {
                    const int cmp = ValueConverter::compare(col.type, *row[c], *target[c]);
                    if ((agg == "MAX" && cmp > 0) || (agg == "MIN" && cmp < 0))
                        target[c] = row[c];
                }
            } else {
                target[c] = row[c];
            }
        }
    }
    return merged;
}

int64_t SimStore::countRows(const TableRef& t) const
{
    if (t.schema.keysType != KeysType::Duplicate)
        return int64_t(readRows(t).size());
    const QDir dir(tableDir(t.id));
    int64_t count = 0;
    const QStringList segs = dir.entryList({ QStringLiteral("*.seg") }, QDir::Files);
    for (const QString& seg : segs) {
        QFile f(dir.filePath(seg));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        char buf[1 << 16];
        qint64 n = 0;
        while ((n = f.read(buf, sizeof buf)) > 0) {
            const char* p = buf;
            const char* end = buf + n;
            while ((p = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)))) != nullptr) {
                ++count;
                ++p;
            }
        }
    }
    return count;
}

} // namespace dia::sim
