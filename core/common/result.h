#pragma once
// Result<T>: a value or an Error, returned across module boundaries instead of throwing or
// aborting (GCC 12 has no std::expected in C++20).

#include <string>
#include <utility>
#include <variant>

namespace dais {

/// What went wrong, in words a user can read. `kind` lets callers choose an exit status.
struct Error {
    enum class Kind { Usage, Unreadable, Undecodable, TooLarge, Internal };
    Kind kind = Kind::Internal;
    std::string message;
};

template <typename T> class [[nodiscard]] Result {
  public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const Error& error() const { return std::get<Error>(m_state); }

  private:
    std::variant<T, Error> m_state;
};

} // namespace dais
