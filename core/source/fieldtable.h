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
    /// A table takes no more rows once its bytes pass this, so a file of huge cells keeps memory bounded (the
    /// whole-file pass holds a few tables); one record may still be larger (up to the reader's 64 MB).
    static constexpr size_t kMaxBytes = size_t(16) << 20;
    /// Readable bytes after every field's end (beyond the store's last byte too), for 16-byte vector loads.
    static constexpr size_t kPadding = 16;

    FieldTable(size_t columns, size_t capacityRows);
    void clear();

    size_t columns() const { return m_columns; }
    size_t rows() const { return m_rows; }
    size_t capacity() const { return m_capacity; }
    bool full() const { return m_rows >= m_capacity || m_size >= kMaxBytes; }
    /// Records among rows() that had another field count than columns().
    qint64 raggedRows() const { return m_ragged; }

    /// A field's bytes. A quoted field that still holds doubled quotes (setQuotedField()) is unescaped in place on
    /// first access: different columns may be read at the same time on different threads, not one column.
    std::string_view field(size_t row, size_t column)
    {
        Span& s = m_spans[column * m_capacity + row];
        if (s.doubled != 0)
            unescape(s);
        return std::string_view(m_bytes.get() + s.offset, s.size);
    }
    /// What a field looks like without unescaping it: its size and its first and last bytes (those of a quoted
    /// field are the same before and after its doubled quotes are removed). Size 0: no bytes.
    struct Outline
    {
        size_t size;
        char first;
        char last;
    };
    Outline outline(size_t row, size_t column) const
    {
        const Span s = m_spans[column * m_capacity + row];
        if (s.size == 0)
            return Outline { 0, '\0', '\0' };
        const char* d = m_bytes.get() + s.offset;
        return Outline { size_t(s.size - s.doubled), d[0], d[s.size - 1] };
    }
    qint64 line(size_t row) const { return m_lines[row]; }

    /// Appends a record given as views into any memory (copied). Needs !full().
    void append(const std::vector<std::string_view>& fields, qint64 line);

    /// For a reader that splits records in place: `size` bytes of room at the end of the store, to copy a
    /// buffer into and split there. Valid until the next call.
    char* reserveBytes(size_t size);
    /// Keeps `size` bytes of the last reserveBytes() (the records split there), dropping the rest.
    void keepBytes(size_t size) { m_size += size; }
    /// Where the bytes of reserveBytes() start, as an offset for setField().
    size_t byteCount() const { return m_size; }
    void setField(size_t row, size_t column, size_t offset, size_t size)
    {
        m_spans[column * m_capacity + row] = Span { quint32(offset), quint32(size), 0 };
    }
    /// setField() for the content of a quoted field that still holds `doubled` pairs of `quote`s: one of each pair
    /// is removed when the field is first read, on the thread that profiles the column (the splitting thread is
    /// the busier one).
    void setQuotedField(size_t row, size_t column, size_t offset, size_t size, size_t doubled, char quote)
    {
        m_spans[column * m_capacity + row] = Span { quint32(offset), quint32(size), quint32(doubled) };
        m_quote = quote;
    }
    /// Counts row `rows()` (its fields set with setField()) as a record starting at `line`.
    void commitRow(qint64 line) { m_lines[m_rows++] = line; }

private:
    struct Span
    {
        quint32 offset;
        quint32 size; ///< bytes in the store, doubled quotes included
        quint32 doubled; ///< pairs of quotes not unescaped yet
    };
    void unescape(Span& span);
    size_t m_columns;
    size_t m_capacity;
    size_t m_rows = 0;
    qint64 m_ragged = 0;
    std::vector<Span> m_spans; ///< column-major: column c's rows start at c * m_capacity
    std::vector<qint64> m_lines;
    char m_quote = '"';
    std::unique_ptr<char[]> m_bytes;
    size_t m_size = 0;
    size_t m_allocated = 0;
};

} // namespace dia::source
