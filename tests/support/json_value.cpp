#include "support/json_value.h"

#include "support/utf8_codec.h"

#include <cstdlib>

namespace dais::test {

const std::string& JsonValue::str() const {
    if (auto* s = std::get_if<std::string>(&m_v)) return *s;
    throw std::runtime_error("JSON value is not a string");
}
double JsonValue::num() const {
    if (auto* d = std::get_if<double>(&m_v)) return *d;
    throw std::runtime_error("JSON value is not a number");
}
bool JsonValue::boolean() const {
    if (auto* b = std::get_if<bool>(&m_v)) return *b;
    throw std::runtime_error("JSON value is not a boolean");
}
const JsonValue::Array& JsonValue::arr() const {
    if (auto* a = std::get_if<Array>(&m_v)) return *a;
    throw std::runtime_error("JSON value is not an array");
}
const JsonValue::Object& JsonValue::obj() const {
    if (auto* o = std::get_if<Object>(&m_v)) return *o;
    throw std::runtime_error("JSON value is not an object");
}
bool JsonValue::has(std::string_view key) const {
    for (const auto& [k, v] : obj())
        if (k == key) return true;
    return false;
}
const JsonValue& JsonValue::operator[](std::string_view key) const {
    for (const auto& [k, v] : obj())
        if (k == key) return v;
    throw std::runtime_error("JSON object has no member \"" + std::string(key) + "\"");
}

namespace {

class Parser {
  public:
    explicit Parser(std::string_view text) : m_s(text) {}

    JsonValue document() {
        JsonValue v = value();
        skipSpace();
        if (m_i != m_s.size()) fail("trailing characters");
        return v;
    }

  private:
    [[noreturn]] void fail(const std::string& what) const {
        throw std::runtime_error("JSON: " + what + " at byte " + std::to_string(m_i));
    }
    void skipSpace() {
        while (m_i < m_s.size() &&
               (m_s[m_i] == ' ' || m_s[m_i] == '\n' || m_s[m_i] == '\r' || m_s[m_i] == '\t'))
            ++m_i;
    }
    bool consume(std::string_view word) {
        if (m_s.substr(m_i, word.size()) != word) return false;
        m_i += word.size();
        return true;
    }
    void expect(char c) {
        skipSpace();
        if (m_i >= m_s.size() || m_s[m_i] != c) fail(std::string("expected '") + c + "'");
        ++m_i;
    }

    JsonValue value() {
        skipSpace();
        if (m_i >= m_s.size()) fail("unexpected end");
        const char c = m_s[m_i];
        if (c == '{') return object();
        if (c == '[') return array();
        if (c == '"') return JsonValue(string());
        if (consume("true")) return JsonValue(true);
        if (consume("false")) return JsonValue(false);
        if (consume("null")) return JsonValue();
        if (c == '-' || (c >= '0' && c <= '9')) return number();
        fail("unexpected character");
    }

    JsonValue object() {
        ++m_i;
        JsonValue::Object members;
        skipSpace();
        if (m_i < m_s.size() && m_s[m_i] == '}') {
            ++m_i;
            return JsonValue(std::move(members));
        }
        for (;;) {
            skipSpace();
            if (m_i >= m_s.size() || m_s[m_i] != '"') fail("expected a member name");
            std::string key = string();
            expect(':');
            members.emplace_back(std::move(key), value());
            skipSpace();
            if (m_i < m_s.size() && m_s[m_i] == ',') {
                ++m_i;
                continue;
            }
            expect('}');
            return JsonValue(std::move(members));
        }
    }

    JsonValue array() {
        ++m_i;
        JsonValue::Array items;
        skipSpace();
        if (m_i < m_s.size() && m_s[m_i] == ']') {
            ++m_i;
            return JsonValue(std::move(items));
        }
        for (;;) {
            items.push_back(value());
            skipSpace();
            if (m_i < m_s.size() && m_s[m_i] == ',') {
                ++m_i;
                continue;
            }
            expect(']');
            return JsonValue(std::move(items));
        }
    }

    JsonValue number() {
        const std::size_t start = m_i;
        if (m_s[m_i] == '-') ++m_i;
        while (m_i < m_s.size() &&
               std::string_view("0123456789.eE+-").find(m_s[m_i]) != std::string_view::npos)
            ++m_i;
        const std::string digits(m_s.substr(start, m_i - start));
        char* end = nullptr;
        const double d = std::strtod(digits.c_str(), &end);
        if (end != digits.c_str() + digits.size()) fail("malformed number");
        return JsonValue(d);
    }

    unsigned hex4() {
        if (m_i + 4 > m_s.size()) fail("short \\u escape");
        unsigned v = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = m_s[m_i++];
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= unsigned(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= unsigned(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= unsigned(c - 'A' + 10);
            else
                fail("bad hex digit");
        }
        return v;
    }

    std::string string() {
        ++m_i; // opening quote
        std::string out;
        for (;;) {
            if (m_i >= m_s.size()) fail("unterminated string");
            const char c = m_s[m_i++];
            if (c == '"') return out;
            if (static_cast<unsigned char>(c) < 0x20) fail("control character in string");
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_i >= m_s.size()) fail("unterminated escape");
            switch (const char e = m_s[m_i++]) {
            case '"':
            case '\\':
            case '/':
                out += e;
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                char32_t cp = hex4();
                // A high surrogate must be followed by a low one; together they make one code
                // point.
                if (cp >= 0xD800 && cp < 0xDC00) {
                    if (!consume("\\u")) fail("lone high surrogate");
                    const char32_t low = hex4();
                    if (low < 0xDC00 || low > 0xDFFF) fail("bad low surrogate");
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    fail("lone low surrogate");
                }
                out += codePointsToUtf8(std::u32string(1, cp));
                break;
            }
            default:
                fail("unknown escape");
            }
        }
    }

    std::string_view m_s;
    std::size_t m_i = 0;
};

} // namespace

JsonValue parseJson(std::string_view text) {
    return Parser(text).document();
}

} // namespace dais::test
