#include "parallelinference.h"

#include <algorithm>
#include <cstring>

namespace dia::schema {

RowBatch::RowBatch(size_t columns)
    : m_columns(columns)
{ }

void RowBatch::clear()
{
    for (Column& c : m_columns) {
        c.size = 0;
        c.ends.clear();
    }
    m_lines.clear();
    m_largest = 0;
}

bool RowBatch::append(const std::vector<std::string_view>& fields, qint64 line)
{
    const size_t present = std::min(fields.size(), m_columns.size());
    for (size_t i = 0; i < m_columns.size(); ++i) {
        Column& c = m_columns[i];
        if (i < present) {
            const std::string_view f = fields[i];
            if (c.size + f.size() > c.bytes.size())
                c.bytes.resize(std::max(c.bytes.size() * 2, c.size + f.size() + 4096));
            std::memcpy(c.bytes.data() + c.size, f.data(), f.size());
            c.size += f.size();
            m_largest = std::max(m_largest, c.size);
        }
        c.ends.push_back(quint32(c.size));
    }
    m_lines.push_back(line);
    return fields.size() != m_columns.size();
}

std::string_view RowBatch::field(size_t row, size_t column) const
{
    const Column& c = m_columns[column];
    const size_t begin = row == 0 ? 0 : c.ends[row - 1];
    return std::string_view(c.bytes.data() + begin, c.ends[row] - begin);
}

bool RowBatch::full(size_t rows) const
{
    return m_lines.size() >= rows || m_largest >= kMaxBytes;
}

ParallelInference::ParallelInference(SchemaInferrer& inferrer, int threads)
    : m_inferrer(inferrer)
    , m_columns(inferrer.columnCount())
    , m_filling(std::make_shared<RowBatch>(m_columns))
    , m_columnDone(m_columns, 0)
{
    if (m_columns == 0)
        return;
    const int workers = std::max(threads - 1, 1);
    for (int i = 0; i < workers; ++i)
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
    // a batch or two ahead keeps every core busy; while there is no room, this thread profiles too
    const size_t maxQueued = m_workers.size() + 1;
    while (m_queue.size() >= maxQueued) {
        if (!runTask(lock))
            m_changed.wait(lock);
    }
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
        while (!m_queue.empty()) {
            if (!runTask(lock))
                m_changed.wait(lock);
        }
    }
    m_inferrer.countRows(m_rows, m_ragged);
    m_rows = 0;
    m_ragged = 0;
}

bool ParallelInference::runTask(std::unique_lock<std::mutex>& lock)
{
    // columns are taken in file order, batch after batch
    auto task
        = std::find_if(m_queue.begin(), m_queue.end(), [this](const Task& t) { return t.nextColumn < m_columns; });
    if (task == m_queue.end())
        return false;
    const size_t column = task->nextColumn++;
    const qint64 sequence = task->sequence;
    const std::shared_ptr<RowBatch> batch = task->batch;
    // the column's earlier batch may still be in another thread's hands
    m_changed.wait(lock, [this, column, sequence] { return m_stopping || m_columnDone[column] == sequence; });
    if (m_stopping)
        return false;
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
    return true;
}

void ParallelInference::work()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    while (!m_stopping) {
        if (!runTask(lock) && !m_stopping)
            m_changed.wait(lock);
    }
}

} // namespace dia::schema
