#include "core/detect/lexicons.h"

#include "core/detect/word_list.h"

namespace dais::detect {
namespace {

// Loads one list into a PhraseSet; the error already names the file.
Result<bool> loadInto(PhraseSet& set, const std::filesystem::path& file) {
    auto words = loadWordList(file);
    if (!words) return words.error();
    for (auto& w : words.value())
        set.add(std::move(w));
    return true;
}

} // namespace

Result<std::shared_ptr<const Lexicons>> loadLexicons(const std::filesystem::path& resourceDir) {
    const auto dir = resourceDir / "lexicon";
    auto lex = std::make_shared<Lexicons>();
    const std::pair<PhraseSet*, const char*> lists[] = {
        {&lex->surnames, "surnames.txt"},
        {&lex->nameElements, "name_elements.txt"},
        {&lex->titles, "titles.txt"},
        {&lex->bylineRoles, "byline_roles.txt"},
        {&lex->honorifics, "honorifics.txt"},
        {&lex->personNouns, "person_nouns.txt"},
        {&lex->postNameTitles, "post_name_titles.txt"},
        {&lex->nameFollowers, "name_followers.txt"},
        {&lex->notNames, "not_names.txt"},
        {&lex->roleBoundaries, "role_boundaries.txt"},
        {&lex->deictics, "deictics.txt"},
        {&lex->appointmentVerbs, "appointment_verbs.txt"},
        {&lex->attendanceExclusions, "attendance_exclusions.txt"},
        {&lex->subjectModes, "subject_modes.txt"},
        {&lex->attendanceFillers, "attendance_fillers.txt"},
        {&lex->nonInitialChars, "non_initial_chars.txt"},
        {&lex->givenNameChars, "given_name_chars.txt"},
        {&lex->translitChars, "translit_chars.txt"},
        {&lex->speechVerbs, "speech_verbs.txt"},
        {&lex->placeListClosers, "list_closers_not_people.txt"},
        {&lex->orgSuffixes, "org_suffixes.txt"},
        {&lex->placeUnitChars, "place_unit_chars.txt"},
        {&lex->visitVerbs, "visit_verbs.txt"},
    };
    for (const auto& [set, file] : lists)
        if (auto loaded = loadInto(*set, dir / file); !loaded) return loaded.error();

    auto attendance = loadWordRows(dir / "attendance.tsv");
    if (!attendance) return attendance.error();
    for (const auto& row : attendance.value()) {
        if (row.size() < 2)
            return Error{Error::Kind::Unreadable,
                         (dir / "attendance.tsv").string() + ": a row lacks its mode column"};
        const auto star = row[0].find(U'*');
        AttendancePhrase phrase{row[0].substr(0, star),
                                star == std::u32string::npos ? U"" : row[0].substr(star + 1),
                                row[1]};
        lex->attendanceHeads.add(phrase.head);
        lex->attendance.push_back(std::move(phrase));
    }

    auto counts = loadWordRows(dir / "meeting_counts.tsv");
    if (!counts) return counts.error();
    for (const auto& row : counts.value()) {
        lex->meetingCounts.emplace_back(row[0], row.size() > 1 && row[1] == U"expected");
        lex->meetingCountHeads.add(row[0]);
    }

    auto nonName = loadWordList(dir / "non_name_chars.txt");
    if (!nonName) return nonName.error();
    lex->nonNameChars.assign(0x10000, false);
    for (const auto& w : nonName.value())
        for (char32_t c : w)
            if (c < 0x10000) lex->nonNameChars[c] = true;

    auto dates = loadDateLexicon(resourceDir);
    if (!dates) return dates.error();
    lex->dates = std::move(dates).value();
    return std::shared_ptr<const Lexicons>(std::move(lex));
}

} // namespace dais::detect
