#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace dia {

/// What went wrong, in words a user can act on.
/// `code` is a stable machine-readable identifier (snake_case, used in --json output and tests),
/// `message` says what happened, `hint` says what to do about it.
struct Error
{
    QString code;
    QString message;
    QString hint;

    /// "message hint" in one line, for terminals and logs.
    QString text() const { return hint.isEmpty() ? message : message + QLatin1Char(' ') + hint; }
};

/// A value or an Error; the expected-like return type of every core operation that can fail.
template <typename T> class Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    { } // NOLINT(google-explicit-constructor)
    Result(Error error)
        : m_state(std::move(error))
    { } // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/// Result of an operation that returns nothing but can fail.
class Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    { } // NOLINT(google-explicit-constructor)

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(QString code, QString message, QString hint = {})
{
    return Error { std::move(code), std::move(message), std::move(hint) };
}

} // namespace dia
