#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace dia::sim {

struct CsvOptions
{
    std::string columnSeparator = "\t";
    std::string lineDelimiter = "\n";
    char enclose = 0; ///< 0 = none
    char escape = 0; ///< 0 = none
    bool trimDoubleQuotes = false;
};

/// One field of a split line: bytes after trim_double_quotes/enclose handling (escapes still in place).
struct CsvField
{
    const char* data = nullptr;
    size_t size = 0;
    bool quoted = false; ///< an outer pair of quotes was removed (so `"\N"` is text, not NULL)
};

/// Doris' CSV line reader + field splitter, streaming: bytes go into an internal buffer (written by the HTTP
/// reader directly), complete lines come out. Mirrors BE NewPlainTextLineReader / EncloseCsvLineReaderCtx:
/// exact multi-byte separators matched leftmost non-overlapping, `\r` dropped before the default `\n`,
/// enclose only at field start, escape inside enclosed fields, a line delimiter inside an open enclose is data.
class CsvSplitter
{
public:
    using LineHandler = std::function<bool(const char* line, size_t size)>; ///< false stops processing

    explicit CsvSplitter(CsvOptions options);

    /// Space to write at least `minSpace` more bytes; call produced(n) after writing n bytes there.
    char* writePointer(size_t minSpace);
    void produced(size_t n);
    /// Convenience: copies bytes in (tests, small bodies).
    bool feed(const char* data, size_t size, const LineHandler& onLine);
    /// Emits every complete line now in the buffer. False if the handler stopped.
    bool drain(const LineHandler& onLine);
    /// End of input: emits the last line (no trailing delimiter needed). False if the handler stopped.
    bool finish(const LineHandler& onLine);
    /// True after finish() when an enclose was still open at end of input.
    bool unterminatedEnclose() const { return m_unterminated; }
    size_t bufferedBytes() const { return m_end - m_begin; }

    /// Splits a line returned by the handler into fields (reusing `out`).
    void split(const char* line, size_t size, std::vector<CsvField>& out) const;

    const CsvOptions& options() const { return m_options; }

private:
    enum class State {
        Start,
        Normal,
        InEnclose,
        AfterEnclose,
    };
    // Finds the end of the line starting at m_begin; returns false if more data is needed.
    bool findLineEnd(bool atEof, size_t& lineLen, size_t& consumed);
    const char* findLineDelimiter(const char* from, const char* to) const;
    const char* findColumnSeparator(const char* from, const char* to) const;
    void resetLineState();
    void processField(const char* p, size_t n, std::vector<CsvField>& out) const;

    CsvOptions m_options;
    std::vector<char> m_buffer;
    size_t m_begin = 0;
    size_t m_end = 0;
    // enclose-mode scan state for the current line (offsets relative to m_begin)
    State m_state = State::Start;
    size_t m_scan = 0;
    bool m_escaped = false;
    mutable std::vector<size_t> m_separators;
    bool m_unterminated = false;
    bool m_defaultDelimiter = true;
};

/// True when `p[0..n)` is valid UTF-8.
bool isValidUtf8(const char* p, size_t n);

/// The value of one hex digit (0-9, a-f, A-F), or -1.
int hexDigitValue(char c);

/// Decodes a column_separator / line_delimiter header value the way Doris' FE does:
/// `\xHH..` hex, otherwise `\t \n \r \\ \' \"` unescaped. Returns false with `error` ("Hex str format error").
bool decodeSeparator(const std::string& value, std::string& out, std::string& error);

} // namespace dia::sim
