#pragma once

#include "schemainferrer.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace dia::schema {

/// Records copied out of a reader's buffer: every row holds exactly `columns` fields (missing ones empty).
class RowBatch
{
public:
    static constexpr size_t kMaxBytes = size_t(1) << 30;

    explicit RowBatch(size_t columns)
        : m_columns(columns)
    { }
    void clear();
    /// Appends one record; surplus fields are dropped. Returns whether the record had another field count.
    bool append(const std::vector<std::string_view>& fields, qint64 line);
    size_t rows() const { return m_lines.size(); }
    /// `rows` records or kMaxBytes bytes held: time to hand the batch over.
    bool full(size_t rows) const;
    std::string_view field(size_t row, size_t column) const;
    qint64 line(size_t row) const { return m_lines[row]; }

private:
    size_t m_columns;
    std::vector<char> m_bytes; ///< the fields' bytes; only the first m_size are used
    size_t m_size = 0;
    std::vector<quint32> m_ends; ///< end offset of each field in m_bytes, row-major
    std::vector<qint64> m_lines;
};

/// Whole-file inference on several cores. The calling thread reads and fills batches of records; worker threads
/// profile them, each batch's columns spread over the workers. A column sees its values in file order, one batch
/// after the other, so the result is the one a single-threaded pass gives.
class ParallelInference
{
public:
    static constexpr size_t kBatchRows = 8192;

    /// Profiles into `inferrer` with `workers` threads (at least 1).
    ParallelInference(SchemaInferrer& inferrer, int workers);
    ~ParallelInference(); ///< finishes the queued batches
    ParallelInference(const ParallelInference&) = delete;
    ParallelInference& operator=(const ParallelInference&) = delete;

    /// Adds a record (copied); a full batch is handed to the workers, waiting while too many are queued.
    void addRow(const std::vector<std::string_view>& fields, qint64 line);
    /// Hands over the last partial batch and waits until every batch is profiled.
    void finish();
    qint64 rowCount() const { return m_rows; }

private:
    struct Task
    {
        std::shared_ptr<RowBatch> batch;
        size_t nextColumn = 0;
        size_t columnsDone = 0;
        qint64 sequence = 0;
    };
    void submit();
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
