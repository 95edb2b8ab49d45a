#pragma once

#include <QtGlobal>

#include <memory>
#include <string_view>
#include <vector>

namespace dia::source {

/// A batch of records split into fields, stored column by column over one copy of their bytes: what the
/// whole-file pass hands to the threads that profile columns (a thread profiling one column reads only that
/// column's spans). Every row holds exactly `columns()` fields: missing ones are empty, surplus ones dropped.
class FieldTable
{
public:
    /// Offsets are 32-bit: a table takes no more rows once its bytes pass this.
    static constexpr size_t kMaxBytes = size_t(256) << 20;

    FieldTable(size_t columns, size_t capacityRows);
    void clear();

    size_t columns() const { return m_columns; }
    size_t rows() const { return m_rows; }
    size_t capacity() const { return m_capacity; }
    bool full() const { return m_rows >= m_capacity || m_size >= kMaxBytes; }
    /// Records among rows() that had another field count than columns().
    qint64 raggedRows() const { return m_ragged; }

    /// A field's bytes; a column with doubled quotes left in it (see setField()) must first be unescapeColumn()-ed.
    std::string_view field(size_t row, size_t column) const
    {
        const Span s = m_spans[column * m_capacity + row];
        return std::string_view(m_bytes.get() + s.offset, s.size);
    }
    qint64 line(size_t row) const { return m_lines[row]; }

    /// Appends a record given as views into any memory (copied). Needs !full().
    void append(const std::vector<std::string_view>& fields, qint64 line);

    /// For a reader that splits records in place: `size` bytes of room at the end of the store, to copy a
    /// buffer into and split there (quoted fields are unescaped in place). Valid until the next call.
    char* reserveBytes(size_t size);
    /// Keeps `size` bytes of the last reserveBytes() (the records split there), dropping the rest.
    void keepBytes(size_t size) { m_size += size; }
    /// Where the bytes of reserveBytes() start, as an offset for setField().
    size_t byteCount() const { return m_size; }
    void setField(size_t row, size_t column, size_t offset, size_t size)
    {
        m_spans[column * m_capacity + row] = Span { quint32(offset), quint32(size) };
    }
    /// setField() for the content of a quoted field that still holds doubled `quote`s: unescapeColumn() removes
    /// one of each pair later, on the thread that reads the column (the splitting thread is the busier one).
    void setQuotedField(size_t row, size_t column, size_t offset, size_t size, char quote)
    {
        m_spans[column * m_capacity + row] = Span { quint32(offset), quint32(size) | kDoubledQuotes };
        m_quote = quote;
        m_doubledQuotes[column] = 1;
    }
    /// Removes the doubled quotes left in one column's fields, in place. Different columns may be unescaped at
    /// the same time on different threads (their bytes and spans are apart).
    void unescapeColumn(size_t column);
    void unescapeAll()
    {
        for (size_t c = 0; c < m_columns; ++c)
            unescapeColumn(c);
    }
    /// Counts row `rows()` (its fields set with setField()) as a record starting at `line`.
    void commitRow(qint64 line) { m_lines[m_rows++] = line; }

private:
    struct Span
    {
        quint32 offset;
        quint32 size;
    };
    static constexpr quint32 kDoubledQuotes = quint32(1) << 31; ///< in Span::size: not unescaped yet
    size_t m_columns;
    size_t m_capacity;
    size_t m_rows = 0;
    qint64 m_ragged = 0;
    std::vector<Span> m_spans; ///< column-major: column c's rows start at c * m_capacity
    std::vector<qint64> m_lines;
    std::vector<char> m_doubledQuotes; ///< per column: some field still has doubled quotes
    char m_quote = '"';
    std::unique_ptr<char[]> m_bytes;
    size_t m_size = 0;
    size_t m_allocated = 0;
};

} // namespace dia::source
