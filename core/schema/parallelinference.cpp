#include "parallelinference.h"

#include <algorithm>
#include <cstring>

namespace dia::schema {

ParallelInference::ParallelInference(SchemaInferrer& inferrer, int threads)
    : m_inferrer(inferrer)
    , m_columns(inferrer.columnCount())
    , m_filling(std::make_shared<source::FieldTable>(m_columns, kBatchRows))
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
    m_filling->append(fields, line);
    if (m_filling->full())
        submit();
}

void ParallelInference::submit()
{
    if (m_filling->rows() == 0)
        return;
    m_rows += qint64(m_filling->rows());
    m_ragged += m_filling->raggedRows();
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
    task.claimed.assign(m_columns, 0);
    task.sequence = m_submitted++;
    m_queue.push_back(std::move(task));
    if (m_spare.empty()) {
        m_filling = std::make_shared<source::FieldTable>(m_columns, kBatchRows);
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
    // a column's batches go in file order: a batch's column is ready once that column is done with every earlier
    // batch, which keeps each profiler's values in order without any thread waiting for another
    Task* task = nullptr;
    size_t column = 0;
    for (Task& t : m_queue) {
        for (size_t c = 0; c < m_columns && !task; ++c) {
            if (!t.claimed[c] && m_columnDone[c] == t.sequence) {
                task = &t;
                column = c;
            }
        }
        if (task)
            break;
    }
    if (!task || m_stopping)
        return false;
    task->claimed[column] = 1;
    const qint64 sequence = task->sequence;
    const std::shared_ptr<source::FieldTable> batch = task->batch;
    lock.unlock();
    m_inferrer.profiler(column).addValues(*batch, column);
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
