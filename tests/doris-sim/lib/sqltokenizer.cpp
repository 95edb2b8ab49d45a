#include "sqltokenizer.h"

#include <algorithm>
#include <cctype>

namespace dia::sim {

std::string toUpper(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::toupper(c)); });
    return s;
}

std::string toLower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

bool SqlToken::isWord(const char* upper) const
{
    if (kind != Kind::Ident)
        return false;
    size_t i = 0;
    for (; upper[i] != 0; ++i) {
        if (i >= text.size() || std::toupper(static_cast<unsigned char>(text[i])) != upper[i])
            return false;
    }
    return i == text.size();
}

bool tokenizeSql(const std::string& sql, std::vector<SqlToken>& out, std::string& error)
{
    out.clear();
    size_t i = 0;
    const size_t n = sql.size();
    while (i < n) {
        const unsigned char c = static_cast<unsigned char>(sql[i]);
        if (std::isspace(c)) {
            ++i;
            continue;
        }
        if (c == '#' || (c == '-' && i + 1 < n && sql[i + 1] == '-')) {
            while (i < n && sql[i] != '\n')
                ++i;
            continue;
        }
        if (c == '/' && i + 1 < n && sql[i + 1] == '*') {
            const size_t end = sql.find("*/", i + 2);
            if (end == std::string::npos) {
                error = "unterminated comment";
                return false;
            }
            i = end + 2;
            continue;
        }
        SqlToken t;
        t.offset = i;
        if (c == '`' || c == '\'' || c == '"') {
            const char q = char(c);
            t.kind = c == '`' ? SqlToken::Kind::QuotedIdent : SqlToken::Kind::String;
            ++i;
            bool closed = false;
            while (i < n) {
                const char d = sql[i];
                if (d == q) {
                    if (i + 1 < n && sql[i + 1] == q) {
                        t.text += q;
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                if (d == '\\' && q != '`' && i + 1 < n) {
                    const char e = sql[i + 1];
                    switch (e) {
                    case 'n':
                        t.text += '\n';
                        break;
                    case 't':
                        t.text += '\t';
                        break;
                    case 'r':
                        t.text += '\r';
                        break;
                    case '0':
                        t.text += '\0';
                        break;
                    default:
                        t.text += e;
                    }
                    i += 2;
                    continue;
                }
                t.text += d;
                ++i;
            }
            if (!closed) {
                error = "unterminated quoted text";
                return false;
            }
        } else if (std::isdigit(c) || (c == '.' && i + 1 < n && std::isdigit(static_cast<unsigned char>(sql[i + 1])))) {
            t.kind = SqlToken::Kind::Number;
            while (i < n
                && (std::isalnum(static_cast<unsigned char>(sql[i])) || sql[i] == '.'
                    || ((sql[i] == '+' || sql[i] == '-') && (sql[i - 1] == 'e' || sql[i - 1] == 'E'))))
                t.text += sql[i++];
        } else if (std::isalpha(c) || c == '_' || c == '@' || c >= 0x80) {
            t.kind = SqlToken::Kind::Ident;
            while (i < n) {
                const unsigned char d = static_cast<unsigned char>(sql[i]);
                if (std::isalnum(d) || d == '_' || d == '@' || d == '$' || d >= 0x80
                    || (d == '.' && !t.text.empty() && t.text[0] == '@'))
                    t.text += char(d);
                else
                    break;
                ++i;
            }
        } else {
            t.kind = SqlToken::Kind::Symbol;
            static const char* const kTwo[] = { "<=", ">=", "!=", "<>", "==" };
            bool two = false;
            for (const char* s : kTwo) {
                if (i + 1 < n && sql[i] == s[0] && sql[i + 1] == s[1]) {
                    t.text = s;
                    i += 2;
                    two = true;
                    break;
                }
            }
            if (!two)
                t.text = std::string(1, sql[i++]);
        }
        out.push_back(t);
    }
    SqlToken end;
    end.offset = n;
    out.push_back(end);
    return true;
}

SqlCursor::SqlCursor(std::vector<SqlToken> tokens)
    : m_tokens(std::move(tokens))
{
    if (m_tokens.empty() || m_tokens.back().kind != SqlToken::Kind::End)
        m_tokens.emplace_back();
}

const SqlToken& SqlCursor::peek(size_t ahead) const
{
    return m_tokens[std::min(m_pos + ahead, m_tokens.size() - 1)];
}

const SqlToken& SqlCursor::next()
{
    const SqlToken& t = peek();
    if (m_pos < m_tokens.size() - 1)
        ++m_pos;
    return t;
}

bool SqlCursor::acceptWord(const char* upper)
{
    if (!peek().isWord(upper))
        return false;
    next();
    return true;
}

bool SqlCursor::acceptSymbol(const char* s)
{
    if (!peek().isSymbol(s))
        return false;
    next();
    return true;
}

} // namespace dia::sim
