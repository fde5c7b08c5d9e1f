#pragma once
// Attendee search over the current version of every article: a person's record (where, when,
// how, at which place in which list, with which roles), who appears with whom, and how the
// dais order changed between two meetings.

#include "store/database.h"
#include "store/pinyin.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dais::store {

struct PersonSummary {
    std::int64_t id = 0;
    std::string name;
    std::string pinyin; ///< "luo dong chuan"
    int articles = 0;   ///< articles whose current version names them
};

/// One line of a person's record: one attendance list they are in, or (mode empty, position
/// 0) an article that names them outside any list.
struct PersonAppearance {
    std::int64_t articleId = 0;
    std::string title, referenceDate;
    std::string mode;     ///< 出席, 主席台就座 …
    int position = 0;     ///< 1-based place in the list
    int listLength = 0;
    std::vector<std::string> roles; ///< as the article gives them
};

struct CoAttendee {
    std::string name;
    int lists = 0; ///< attendance lists shared with the person
};

struct OrderChange {
    enum class Kind { New, Absent, Up, Down, Same };
    std::string name;
    Kind kind = Kind::Same;
    int before = 0, after = 0; ///< 1-based places; 0 when not in that list
};

struct DaisComparison {
    std::string modeA, modeB; ///< which list of each article was compared
    std::vector<OrderChange> changes; ///< people of B in order, then those absent from B
};

class PersonQueries {
public:
    PersonQueries(Database& db, Pinyin& pinyin) : m_db(db), m_pinyin(pinyin) {}

    /// People whose name contains `match`, or whose pinyin starts with it ("luo dongchuan",
    /// "luodong"); everyone when `match` is empty. Most-mentioned first.
    Result<std::vector<PersonSummary>> find(const std::string& match);

    /// Kind::Usage when nobody of that name is in the library.
    Result<std::vector<PersonAppearance>> record(const std::string& name);

    /// The people most often in the same attendance lists as `name`.
    Result<std::vector<CoAttendee>> coAttendance(const std::string& name, int limit = 20);

    /// Compares the dais lists (主席台就座, else the longest list) of articles `a` and `b`.
    /// Kind::Usage when either article has no attendance list.
    Result<DaisComparison> compareDais(std::int64_t a, std::int64_t b);

private:
    Result<std::int64_t> personId(const std::string& name);

    Database& m_db;
    Pinyin& m_pinyin;
};

const char* orderChangeName(OrderChange::Kind kind); ///< "new", "absent", "up", "down", "same"

} // namespace dais::store
