#pragma once
// A minimal JSON reader for tests: enough to read dais-cli's output and our own gold files.
// Objects keep their members in document order; numbers are doubles (exact up to 2^53).

#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace dais::test {

class JsonValue {
  public:
    using Array = std::vector<JsonValue>;
    using Object = std::vector<std::pair<std::string, JsonValue>>;

    JsonValue() = default; // null
    explicit JsonValue(bool b) : m_v(b) {}
    explicit JsonValue(double d) : m_v(d) {}
    explicit JsonValue(std::string s) : m_v(std::move(s)) {}
    explicit JsonValue(Array a) : m_v(std::move(a)) {}
    explicit JsonValue(Object o) : m_v(std::move(o)) {}

    bool isNull() const { return std::holds_alternative<std::monostate>(m_v); }
    bool isString() const { return std::holds_alternative<std::string>(m_v); }
    bool isNumber() const { return std::holds_alternative<double>(m_v); }
    bool isArray() const { return std::holds_alternative<Array>(m_v); }
    bool isObject() const { return std::holds_alternative<Object>(m_v); }

    /// Accessors throw std::runtime_error on a type mismatch or a missing key, which Catch2
    /// reports as a failed test with the message.
    const std::string& str() const;
    double num() const;
    bool boolean() const;
    const Array& arr() const;
    const Object& obj() const;
    bool has(std::string_view key) const;
    const JsonValue& operator[](std::string_view key) const;

    /// The string, or `fallback` when the value is null.
    std::string strOr(const std::string& fallback) const { return isNull() ? fallback : str(); }

  private:
    std::variant<std::monostate, bool, double, std::string, Array, Object> m_v;
};

/// Parses one JSON document (surrounding whitespace allowed). Throws std::runtime_error naming
/// the byte offset of the first error.
JsonValue parseJson(std::string_view text);

} // namespace dais::test
