#pragma once

#include <string>
#include <vector>

namespace dia::sim {

struct SqlToken
{
    enum class Kind {
        Ident, ///< bare word (keywords too)
        QuotedIdent, ///< `backquoted`
        String, ///< 'single' or "double" quoted
        Number,
        Symbol,
        End,
    };
    Kind kind = Kind::End;
    std::string text; ///< unquoted/unescaped text; symbols as written
    size_t offset = 0;

    bool isWord(const char* upper) const; ///< bare identifier equal (case-insensitive) to `upper`
    bool isSymbol(const char* s) const { return kind == Kind::Symbol && text == s; }
    bool isName() const { return kind == Kind::Ident || kind == Kind::QuotedIdent; }
};

/// Splits one SQL statement into tokens; comments (--, #, /* */) and whitespace are dropped.
/// Returns false (with `error`) on an unterminated quote or comment.
bool tokenizeSql(const std::string& sql, std::vector<SqlToken>& out, std::string& error);

/// Cursor over tokens with the small helpers the parsers need.
class SqlCursor
{
public:
    explicit SqlCursor(std::vector<SqlToken> tokens);

    const SqlToken& peek(size_t ahead = 0) const;
    const SqlToken& next();
    bool atEnd() const { return peek().kind == SqlToken::Kind::End; }
    bool acceptWord(const char* upper);
    bool acceptSymbol(const char* s);
    bool peekWord(const char* upper, size_t ahead = 0) const { return peek(ahead).isWord(upper); }
    size_t position() const { return m_pos; }
    void setPosition(size_t pos) { m_pos = pos; }

private:
    std::vector<SqlToken> m_tokens;
    size_t m_pos = 0;
};

std::string toUpper(std::string s);
std::string toLower(std::string s);

} // namespace dia::sim
