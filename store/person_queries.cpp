#include "store/person_queries.h"

#include <QStringList>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace dais::store {

namespace {
QVariant id64(std::int64_t v) { return QVariant::fromValue<qint64>(v); }
Error usage(const std::string& what) { return Error{Error::Kind::Usage, what}; }

// LIKE treats % and _ as wildcards; a user's text is matched literally.
QString likeEscaped(const QString& s) {
    QString out;
    for (QChar c : s) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\')) out += QLatin1Char('\\');
        out += c;
    }
    return out;
}
} // namespace

const char* orderChangeName(OrderChange::Kind kind) {
    switch (kind) {
    case OrderChange::Kind::New: return "new";
    case OrderChange::Kind::Absent: return "absent";
    case OrderChange::Kind::Up: return "up";
    case OrderChange::Kind::Down: return "down";
    case OrderChange::Kind::Same: return "same";
    }
    return "same";
}

Result<std::vector<PersonSummary>> PersonQueries::find(const std::string& match) {
    const QString m = QString::fromStdString(match);
    const QString key = QString::fromStdString(m_pinyin.key(match));
    auto q = m_db.run(QStringLiteral(
        "SELECT p.id, p.name, p.pinyin, count(DISTINCT a.id) AS n FROM people p"
        " LEFT JOIN appearances ap ON ap.person_id = p.id"
        " LEFT JOIN articles a ON a.current_version_id = ap.version_id"
        " WHERE ? = '' OR instr(p.name, ?) > 0"
        "  OR (? <> '' AND replace(p.pinyin, ' ', '') LIKE ? ESCAPE '\\')"
        " GROUP BY p.id HAVING n > 0 ORDER BY n DESC, p.pinyin, p.name"),
        {m, m, key, likeEscaped(key) + QLatin1Char('%')});
    if (!q) return q.error();
    std::vector<PersonSummary> out;
    while (q.value().next())
        out.push_back({q.value().value(0).toLongLong(), q.value().value(1).toString().toStdString(),
                       q.value().value(2).toString().toStdString(), q.value().value(3).toInt()});
    return out;
}

Result<std::int64_t> PersonQueries::personId(const std::string& name) {
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM people WHERE name = ?"), {QString::fromStdString(name)});
    if (!id) return id.error();
    if (!id.value().isValid()) return usage("nobody named '" + name + "' in the library");
    return id.value().toLongLong();
}

Result<std::vector<PersonAppearance>> PersonQueries::record(const std::string& name) {
    auto pid = personId(name);
    if (!pid) return pid.error();
    const QVariant person = id64(pid.value());
    // Two queries, each led by an index on the person, joined here: the lists the person is
    // in (few), then the articles naming them. One query joining every list of each article
    // cost several times more.
    struct Membership {
        QString mode;
        int ordinal = 0, position = 0, length = 0;
    };
    std::unordered_multimap<qint64, Membership> lists; // by version id
    {
        auto q = m_db.run(QStringLiteral(
                              "SELECT t.version_id, t.mode, t.ordinal, m.position,"
                              " (SELECT count(*) FROM attendance_people x WHERE x.attendance_id = t.id)"
                              " FROM attendance_people m JOIN attendance t ON t.id = m.attendance_id"
                              " WHERE m.person_id = ?"),
                          {person});
        if (!q) return q.error();
        while (q.value().next()) {
            auto& r = q.value();
            lists.emplace(r.value(0).toLongLong(),
                          Membership{r.value(1).toString(), r.value(2).toInt(), r.value(3).toInt(), r.value(4).toInt()});
        }
    }
    auto q = m_db.run(QStringLiteral(
                          "SELECT a.id, v.id, coalesce(v.title, ''), coalesce(v.reference_date, ''),"
                          " (SELECT group_concat(role, char(10)) FROM (SELECT role FROM person_roles r"
                          "   WHERE r.version_id = v.id AND r.person_id = ? ORDER BY r.ordinal))"
                          " FROM appearances ap"
                          " JOIN article_versions v ON v.id = ap.version_id"
                          " JOIN articles a ON a.current_version_id = v.id"
                          " WHERE ap.person_id = ?"
                          " ORDER BY v.reference_date, a.id"),
                      {person, person});
    if (!q) return q.error();
    std::vector<PersonAppearance> out;
    while (q.value().next()) {
        auto& r = q.value();
        PersonAppearance base;
        base.articleId = r.value(0).toLongLong();
        base.title = r.value(2).toString().toStdString();
        base.referenceDate = r.value(3).toString().toStdString();
        for (const QString& role : r.value(4).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            base.roles.push_back(role.toStdString());
        // One row per list the person is in; an article naming them outside any list gives
        // one row with no mode.
        auto [from, to] = lists.equal_range(r.value(1).toLongLong());
        std::vector<const Membership*> inArticle;
        for (auto it = from; it != to; ++it) inArticle.push_back(&it->second);
        std::sort(inArticle.begin(), inArticle.end(),
                  [](const Membership* x, const Membership* y) { return x->ordinal < y->ordinal; });
        if (inArticle.empty()) out.push_back(std::move(base));
        for (const Membership* m : inArticle) {
            PersonAppearance p = base;
            p.mode = m->mode.toStdString();
            p.position = m->position;
            p.listLength = m->length;
            out.push_back(std::move(p));
        }
    }
    return out;
}

Result<std::vector<CoAttendee>> PersonQueries::coAttendance(const std::string& name, int limit) {
    auto pid = personId(name);
    if (!pid) return pid.error();
    auto q = m_db.run(QStringLiteral(
        "SELECT p.name, count(DISTINCT other.attendance_id) AS n"
        " FROM attendance_people me"
        " JOIN attendance t ON t.id = me.attendance_id"
        " JOIN articles a ON a.current_version_id = t.version_id"
        " JOIN attendance_people other ON other.attendance_id = me.attendance_id AND other.person_id <> me.person_id"
        " JOIN people p ON p.id = other.person_id"
        " WHERE me.person_id = ? GROUP BY p.id ORDER BY n DESC, p.name LIMIT ?"),
        {id64(pid.value()), limit});
    if (!q) return q.error();
    std::vector<CoAttendee> out;
    while (q.value().next())
        out.push_back({q.value().value(0).toString().toStdString(), q.value().value(1).toInt()});
    return out;
}

Result<DaisComparison> PersonQueries::compareDais(std::int64_t a, std::int64_t b) {
    struct List {
        std::string mode;
        std::vector<std::string> people;
    };
    auto daisList = [&](std::int64_t article) -> Result<List> {
        auto q = m_db.run(QStringLiteral(
            "SELECT t.id, t.mode FROM attendance t JOIN articles a ON a.current_version_id = t.version_id"
            " WHERE a.id = ? ORDER BY (t.mode LIKE '主席台%') DESC,"
            " (SELECT count(*) FROM attendance_people x WHERE x.attendance_id = t.id) DESC, t.ordinal LIMIT 1"),
            {id64(article)});
        if (!q) return q.error();
        if (!q.value().next()) return usage("article " + std::to_string(article) + " has no attendance list");
        List list;
        list.mode = q.value().value(1).toString().toStdString();
        auto people = m_db.run(QStringLiteral("SELECT p.name FROM attendance_people m JOIN people p ON p.id = m.person_id"
                                              " WHERE m.attendance_id = ? ORDER BY m.position"),
                               {q.value().value(0)});
        if (!people) return people.error();
        while (people.value().next()) list.people.push_back(people.value().value(0).toString().toStdString());
        return list;
    };
    auto la = daisList(a);
    if (!la) return la.error();
    auto lb = daisList(b);
    if (!lb) return lb.error();
    std::map<std::string, int> placeA, placeB;
    for (std::size_t i = 0; i < la.value().people.size(); ++i) placeA.emplace(la.value().people[i], static_cast<int>(i) + 1);
    for (std::size_t i = 0; i < lb.value().people.size(); ++i) placeB.emplace(lb.value().people[i], static_cast<int>(i) + 1);
    DaisComparison out{la.value().mode, lb.value().mode, {}};
    for (const auto& name : lb.value().people) {
        OrderChange c{name, OrderChange::Kind::New, 0, placeB[name]};
        if (auto it = placeA.find(name); it != placeA.end()) {
            c.before = it->second;
            c.kind = c.after < c.before ? OrderChange::Kind::Up
                     : c.after > c.before ? OrderChange::Kind::Down
                                          : OrderChange::Kind::Same;
        }
        out.changes.push_back(c);
    }
    for (const auto& name : la.value().people)
        if (!placeB.count(name)) out.changes.push_back({name, OrderChange::Kind::Absent, placeA[name], 0});
    return out;
}

} // namespace dais::store
