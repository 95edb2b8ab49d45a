#include "parallelinference.h"

#include <algorithm>
#include <cstring>

namespace dia::schema {

void RowBatch::clear()
{
    m_size = 0;
    m_ends.clear();
    m_lines.clear();
}

bool RowBatch::append(const std::vector<std::string_view>& fields, qint64 line)
{
    const size_t present = std::min(fields.size(), m_columns);
    size_t bytes = 0;
    for (size_t i = 0; i < present; ++i)
        bytes += fields[i].size();
    if (m_size + bytes > m_bytes.size())
        m_bytes.resize(std::max(m_bytes.size() * 2, m_size + bytes + 4096));
    const size_t first = m_ends.size();
    m_ends.resize(first + m_columns);
    char* out = m_bytes.data() + m_size;
    for (size_t i = 0; i < present; ++i) {
        std::memcpy(out, fields[i].data(), fields[i].size());
        out += fields[i].size();
        m_ends[first + i] = quint32(out - m_bytes.data());
    }
    for (size_t i = present; i < m_columns; ++i)
        m_ends[first + i] = quint32(out - m_bytes.data());
    m_size = size_t(out - m_bytes.data());
    m_lines.push_back(line);
    return fields.size() != m_columns;
}

std::string_view RowBatch::field(size_t row, size_t column) const
{
    const size_t index = row * m_columns + column;
    const size_t begin = index == 0 ? 0 : m_ends[index - 1];
    return std::string_view(m_bytes.data() + begin, m_ends[index] - begin);
}

bool RowBatch::full(size_t rows) const
{
    // offsets are 32-bit: a batch of very long records is handed over early
    return m_lines.size() >= rows || m_size >= kMaxBytes;
}

ParallelInference::ParallelInference(SchemaInferrer& inferrer, int workers)
    : m_inferrer(inferrer)
    , m_columns(inferrer.columnCount())
    , m_filling(std::make_shared<RowBatch>(m_columns))
    , m_columnDone(m_columns, 0)
{
    if (m_columns == 0)
        return;
    const int count = std::max(workers, 1);
    for (int i = 0; i < count; ++i)
        m_workers.emplace_back([this] { work(); });
}

ParallelInference::~ParallelInference()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    for (std::thread& worker : m_workers)
        worker.join();
}

void ParallelInference::addRow(const std::vector<std::string_view>& fields, qint64 line)
{
    ++m_rows;
    if (m_filling->append(fields, line))
        ++m_ragged;
    if (m_filling->full(kBatchRows))
        submit();
}

void ParallelInference::submit()
{
    if (m_filling->rows() == 0)
        return;
    if (m_columns == 0) {
        m_filling->clear();
        return;
    }
    std::unique_lock<std::mutex> lock(m_mutex);
    // a few batches ahead of the workers keeps every core busy; more would only hold memory
    const size_t maxQueued = m_workers.size() + 2;
    m_changed.wait(lock, [this, maxQueued] { return m_queue.size() < maxQueued; });
    Task task;
    task.batch = std::move(m_filling);
    task.sequence = m_submitted++;
    m_queue.push_back(std::move(task));
    if (m_spare.empty()) {
        m_filling = std::make_shared<RowBatch>(m_columns);
    } else {
        m_filling = std::move(m_spare.back());
        m_spare.pop_back();
        m_filling->clear();
    }
    lock.unlock();
    m_changed.notify_all();
}

void ParallelInference::finish()
{
    submit();
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_queue.empty(); });
    }
    m_inferrer.countRows(m_rows, m_ragged);
    m_rows = 0;
    m_ragged = 0;
}

void ParallelInference::work()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    while (true) {
        // the first batch with a column nobody took yet: columns are taken in file order, batch after batch
        Task* task = nullptr;
        m_changed.wait(lock, [this, &task] {
            if (m_stopping)
                return true;
            for (Task& t : m_queue) {
                if (t.nextColumn < m_columns) {
                    task = &t;
                    return true;
                }
            }
            return false;
        });
        if (m_stopping)
            return;
        const size_t column = task->nextColumn++;
        const qint64 sequence = task->sequence;
        const std::shared_ptr<RowBatch> batch = task->batch;
        // the column's earlier batch may still be in another worker's hands
        m_changed.wait(lock, [this, column, sequence] { return m_stopping || m_columnDone[column] == sequence; });
        if (m_stopping)
            return;
        lock.unlock();
        ColumnProfiler& profiler = m_inferrer.profiler(column);
        const size_t rows = batch->rows();
        for (size_t r = 0; r < rows; ++r)
            profiler.addValue(batch->field(r, column), batch->line(r));
        lock.lock();
        ++m_columnDone[column];
        ++m_queue[size_t(sequence - m_queue.front().sequence)].columnsDone;
        while (!m_queue.empty() && m_queue.front().columnsDone == m_columns) {
            m_spare.push_back(std::move(m_queue.front().batch));
            m_queue.pop_front();
        }
        m_changed.notify_all();
    }
}

} // namespace dia::schema
