#pragma once

#include "schemainferrer.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string_view>
#include <thread>
#include <vector>

namespace dia::schema {

/// Records copied out of a reader's buffer, stored column by column (a worker profiling one column reads only that
/// column's bytes). Every row holds exactly `columns` fields: missing ones are empty, surplus ones dropped.
class RowBatch
{
public:
    static constexpr size_t kMaxBytes = size_t(1) << 30; ///< per column: offsets are 32-bit

    explicit RowBatch(size_t columns);
    void clear();
    /// Appends one record. Returns whether the record had another field count.
    bool append(const std::vector<std::string_view>& fields, qint64 line);
    size_t rows() const { return m_lines.size(); }
    std::string_view field(size_t row, size_t column) const;
    qint64 line(size_t row) const { return m_lines[row]; }
    /// `rows` records, or a column near kMaxBytes: time to hand the batch over.
    bool full(size_t rows) const;

private:
    struct Column
    {
        std::vector<char> bytes; ///< only the first `size` are used
        size_t size = 0;
        std::vector<quint32> ends; ///< end offset of each row's field
    };
    std::vector<Column> m_columns;
    std::vector<qint64> m_lines;
    size_t m_largest = 0; ///< bytes of the largest column
};

/// Whole-file inference on several cores. The calling thread reads and fills batches of records; worker threads
/// profile them, each batch's columns spread over the workers (and over the calling thread while it waits for
/// room). A column sees its values in file order, one batch after the other, so the result is the one a
/// single-threaded pass gives.
class ParallelInference
{
public:
    static constexpr size_t kBatchRows = 8192;

    /// Profiles into `inferrer` with `threads` threads in all, the calling one included (at least 2 are used).
    ParallelInference(SchemaInferrer& inferrer, int threads);
    ~ParallelInference(); ///< stops the workers; batches not yet profiled are dropped
    ParallelInference(const ParallelInference&) = delete;
    ParallelInference& operator=(const ParallelInference&) = delete;

    /// Adds a record (copied); a full batch is handed to the workers.
    void addRow(const std::vector<std::string_view>& fields, qint64 line);
    /// Hands over the last partial batch, waits until every batch is profiled and counts the rows in the inferrer.
    void finish();
    qint64 rowCount() const { return m_rows; }

private:
    struct Task
    {
        std::shared_ptr<RowBatch> batch;
        std::vector<char> claimed; ///< per column: a thread took it
        size_t columnsDone = 0;
        qint64 sequence = 0;
    };
    void submit();
    /// Profiles one column of a batch whose earlier batches that column is done with (so a thread never waits on
    /// another); false when no column is ready.
    bool runTask(std::unique_lock<std::mutex>& lock);
    void work();

    SchemaInferrer& m_inferrer;
    size_t m_columns;
    std::shared_ptr<RowBatch> m_filling;
    qint64 m_rows = 0;
    qint64 m_ragged = 0;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Task> m_queue; ///< batches in file order, the front one first
    std::vector<std::shared_ptr<RowBatch>> m_spare;
    std::vector<qint64> m_columnDone; ///< per column: batches profiled so far
    qint64 m_submitted = 0;
    bool m_stopping = false;
    std::vector<std::thread> m_workers;
};

} // namespace dia::schema
