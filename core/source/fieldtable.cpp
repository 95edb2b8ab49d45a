#include "fieldtable.h"

#include <algorithm>
#include <cstring>

namespace dia::source {

FieldTable::FieldTable(size_t columns, size_t capacityRows)
    : m_columns(columns)
    , m_capacity(std::max<size_t>(capacityRows, 1))
    , m_spans(columns * m_capacity)
    , m_lines(m_capacity)
{ }

void FieldTable::clear()
{
    m_rows = 0;
    m_ragged = 0;
    m_size = 0;
}

void FieldTable::unescape(Span& span)
{
    char* d = m_bytes.get() + span.offset;
    const size_t size = span.size;
    size_t w = 0;
    for (size_t k = 0; k < size;) {
        const auto* q = static_cast<const char*>(std::memchr(d + k, m_quote, size - k));
        const size_t keep = q ? size_t(q - d) + 1 : size; // up to and with the first quote of a pair
        if (w != k)
            std::memmove(d + w, d + k, keep - k);
        w += keep - k;
        k = q ? keep + 1 : size;
    }
    span.size = quint32(w);
    span.doubled = 0;
}

char* FieldTable::reserveBytes(size_t size)
{
    if (m_size + size + kPadding > m_allocated) {
        const size_t allocated = std::max(m_allocated * 2, m_size + size + kPadding + (size_t(64) << 10));
        std::unique_ptr<char[]> bytes(new char[allocated]());
        if (m_size > 0)
            std::memcpy(bytes.get(), m_bytes.get(), m_size);
        m_bytes = std::move(bytes);
        m_allocated = allocated;
    }
    return m_bytes.get() + m_size;
}

void FieldTable::append(const std::vector<std::string_view>& fields, qint64 line)
{
    size_t total = 0;
    for (const std::string_view f : fields)
        total += f.size();
    char* out = reserveBytes(total);
    const size_t row = m_rows;
    size_t offset = m_size;
    for (size_t c = 0; c < m_columns; ++c) {
        const std::string_view f = c < fields.size() ? fields[c] : std::string_view();
        if (!f.empty())
            std::memcpy(out + (offset - m_size), f.data(), f.size());
        setField(row, c, offset, f.size());
        offset += f.size();
    }
    keepBytes(offset - m_size);
    if (fields.size() != m_columns)
        ++m_ragged;
    commitRow(line);
}

} // namespace dia::source
