#include "export/formats.h"

#include <sstream>

namespace dais::exporting {

namespace {
// RFC 4180: quote a field holding a comma, a quote or a line break; double the quotes.
std::string field(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}
} // namespace

std::string renderCsv(const ExportSet& set) {
    std::ostringstream o;
    if (set.options.bom) o << "\xEF\xBB\xBF";
    o << "article,date,mode,position,name,roles\r\n";
    for (const auto& e : set.articles)
        for (const auto& l : e.article.attendance) {
            int pos = 0;
            for (const auto& n : l.people) {
                std::string roles;
                for (const auto& r : rolesOf(e.article, n)) roles += (roles.empty() ? "" : "、") + r;
                o << e.article.id << "," << field(e.article.referenceDate) << "," << field(l.mode) << "," << ++pos << ","
                  << field(n) << "," << field(roles) << "\r\n";
            }
        }
    return o.str();
}

} // namespace dais::exporting
