#pragma once

#include "schemainferrer.h"
#include "source/fieldtable.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string_view>
#include <thread>
#include <vector>

namespace dia::schema {

/// Whole-file inference on several cores. The calling thread reads and fills tables of records (filling(), then
/// submit()); worker threads profile them, each table's columns spread over the workers (and over the calling
/// thread while it waits for room). A column sees its values in file order, one table after the other, so the
/// result is the one a single-threaded pass gives.
class ParallelInference
{
public:
    static constexpr size_t kBatchRows = 8192;

    /// Profiles into `inferrer` with `threads` threads in all, the calling one included (at least 2 are used).
    ParallelInference(SchemaInferrer& inferrer, int threads);
    ~ParallelInference(); ///< stops the workers; batches not yet profiled are dropped
    ParallelInference(const ParallelInference&) = delete;
    ParallelInference& operator=(const ParallelInference&) = delete;

    /// The table to append the next records to (kBatchRows of them), e.g. with TableReader::nextFields().
    source::FieldTable& filling() { return *m_filling; }
    /// Hands the filling table to the workers once it has rows; filling() is then an empty one.
    void submit();
    /// Appends one record (copied) to filling() and submits it when full.
    void addRow(const std::vector<std::string_view>& fields, qint64 line);
    /// Hands over the last partial table, waits until every table is profiled and counts the rows in the inferrer.
    void finish();
    qint64 rowCount() const { return m_rows; }

private:
    struct Task
    {
        std::shared_ptr<source::FieldTable> batch;
        std::vector<char> claimed; ///< per column: a thread took it
        size_t columnsDone = 0;
        qint64 sequence = 0;
    };
    /// Profiles one column of a batch whose earlier batches that column is done with (so a thread never waits on
    /// another); false when no column is ready.
    bool runTask(std::unique_lock<std::mutex>& lock);
    void work();

    SchemaInferrer& m_inferrer;
    size_t m_columns;
    std::shared_ptr<source::FieldTable> m_filling;
    qint64 m_rows = 0;
    qint64 m_ragged = 0;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Task> m_queue; ///< batches in file order, the front one first
    std::vector<std::shared_ptr<source::FieldTable>> m_spare;
    std::vector<qint64> m_columnDone; ///< per column: batches profiled so far
    qint64 m_submitted = 0;
    bool m_stopping = false;
    std::vector<std::thread> m_workers;
};

} // namespace dia::schema
