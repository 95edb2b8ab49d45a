#pragma once

#include "tableschema.h"

#include <QString>

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace dia::sim {

enum class TxnState {
    Prepare,
    Precommitted,
    Committed,
    Visible,
    Aborted,
};
const char* txnStateName(TxnState state); ///< PREPARE, PRECOMMITTED, COMMITTED, VISIBLE, ABORTED

struct TxnInfo
{
    int64_t id = -1;
    int64_t dbId = -1;
    int64_t tableId = -1;
    std::string label;
    TxnState state = TxnState::Prepare;
    int64_t prepareMs = 0;
    int64_t finishMs = 0;
    std::string reason;
};

struct TableRef
{
    int64_t id = -1;
    int64_t dbId = -1;
    TableSchema schema;
};

using Row = std::vector<std::optional<std::string>>;

/// Everything the sim persists under --data-dir: databases, tables, committed rows (one segment file per
/// committed transaction, published by an atomic rename), labels and transactions (meta.json, written with
/// QSaveFile). Thread-safe: one mutex around the metadata; row files are written outside it.
class SimStore
{
public:
    explicit SimStore(QString dataDir);
    /// Loads meta.json, publishes COMMITTED txns, aborts PREPARE ones left by a crash. Empty string = ok.
    std::string open();

    // ---- catalog (errors are detailMessage texts; empty = ok)
    std::vector<std::string> databases() const;
    bool hasDatabase(const std::string& db) const;
    std::string createDatabase(const std::string& db, bool ifNotExists, int& mysqlCode);
    std::string dropDatabase(const std::string& db, bool ifExists, int& mysqlCode);
    std::vector<std::string> tables(const std::string& db) const;
    std::optional<TableRef> table(const std::string& db, const std::string& name) const;
    std::string createTable(const std::string& db, const TableSchema& schema, bool ifNotExists, int& mysqlCode);
    std::string dropTable(const std::string& db, const std::string& name, bool ifExists, int& mysqlCode);
    std::string truncateTable(const std::string& db, const std::string& name);
    int64_t databaseId(const std::string& db) const;

    // ---- transactions
    struct BeginResult
    {
        bool ok = false;
        int64_t txnId = -1;
        int64_t existingTxnId = -1;
        TxnState existingState = TxnState::Prepare;
    };
    BeginResult beginTxn(const std::string& db, int64_t tableId, const std::string& label);
    /// Path rows of `txnId` are staged in before commit.
    QString stagingPath(int64_t txnId) const;
    /// Makes the staged rows visible (atomic rename). publishDelayMs > 0: COMMITTED now, VISIBLE later.
    void commitTxn(int64_t txnId, int publishDelayMs = 0);
    void precommitTxn(int64_t txnId);
    void abortTxn(int64_t txnId, const std::string& reason);
    /// 2PC by txn id (label empty) or label. Returns {ok, message}; message is the Doris text.
    std::pair<bool, std::string> finish2pc(const std::string& db, int64_t txnId, const std::string& label, bool commit);
    std::optional<TxnInfo> txnByLabel(const std::string& db, const std::string& label) const;
    std::optional<TxnInfo> txnById(int64_t txnId) const;

    // ---- rows
    /// Visible rows after applying the key model (UNIQUE: last wins, AGGREGATE: aggregate functions).
    std::vector<Row> readRows(const TableRef& table) const;
    int64_t countRows(const TableRef& table) const;

    QString errorLogDir() const;
    const QString& dataDir() const { return m_dataDir; }

    static void encodeField(std::string& out, const char* data, size_t size);
    static Row decodeRow(const char* line, size_t size);

private:
    struct Db
    {
        int64_t id = -1;
        std::string name;
        std::map<std::string, TableRef> tables;
    };
    void saveLocked();
    void publishLocked(TxnInfo& txn);
    QString tableDir(int64_t tableId) const;
    Db* findDbLocked(const std::string& db);
    const Db* findDbLocked(const std::string& db) const;

    QString m_dataDir;
    mutable std::mutex m_mutex;
    std::map<std::string, Db> m_dbs;
    std::map<int64_t, TxnInfo> m_txns;
    int64_t m_nextId = 10000;
    int64_t m_nextSegment = 1;
};

} // namespace dia::sim
