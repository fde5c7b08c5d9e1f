#pragma once
// All word lists detection relies on, loaded once from resources/lexicon/ and shared
// read-only by the detectors (one instance per process, passed by reference, never global).

#include "core/common/result.h"
#include "core/detect/date_detector.h"
#include "core/detect/phrase_set.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace dais::detect {

struct AttendancePhrase {
    std::u32string head; ///< the text before '*' (or the whole phrase)
    std::u32string tail; ///< the text after '*', empty when the phrase has no gap
    std::u32string mode; ///< canonical mode: 主持, 出席, …
};

struct Lexicons {
    PhraseSet surnames;
    PhraseSet nameElements;     ///< minority-name syllables (扎西, 卓玛 …)
    PhraseSet titles;           ///< role title heads (副主任, 代省长 …)
    PhraseSet bylineRoles;      ///< 记者, 特约记者, 摄影 …
    PhraseSet honorifics;       ///< 同志, 先生 … (end a name, not a role)
    PhraseSet personNouns;      ///< 群众, 职工 … weak titles: the name must look like one
    PhraseSet postNameTitles;   ///< titles written after a name (吴晓军书记)
    PhraseSet nameFollowers;    ///< words that may follow a name
    PhraseSet notNames;         ///< common words shaped like names
    PhraseSet roleBoundaries;   ///< words a role starts after (由, 的 …)
    PhraseSet deictics;         ///< 该县 …, stripped from the front of a role
    PhraseSet appointmentVerbs; ///< 补选, 任命 … NAME 为 ROLE
    PhraseSet attendanceExclusions;
    PhraseSet subjectModes;      ///< modes that may take the sentence's opening person
    PhraseSet attendanceFillers; ///< words between an act's people and its phrase
    std::vector<AttendancePhrase> attendance;
    PhraseSet attendanceHeads; ///< the heads of `attendance`, for fast scanning
    std::vector<std::pair<std::u32string, bool>> meetingCounts; ///< phrase, true = expected
    PhraseSet meetingCountHeads;    ///< the phrases of `meetingCounts`, for fast scanning
    std::vector<bool> nonNameChars; ///< indexed by BMP code point
    PhraseSet nonInitialChars;      ///< never open a name without a surname (会)
    PhraseSet givenNameChars;       ///< common in given names (伟, 芳 …)
    PhraseSet translitChars;        ///< used to write foreign names (克, 林, 顿 …)
    PhraseSet speechVerbs;          ///< 说, 表示 … after a speaker's name
    PhraseSet placeListClosers;     ///< 等地, 等国 … close lists that are not of people
    PhraseSet orgSuffixes;          ///< 公司, 大学, 镇 … after a run make it no person
    PhraseSet placeUnitChars;       ///< 镇, 县 … ending a run make it a place
    PhraseSet visitVerbs;           ///< 看望, 来到 … whose object may be a person
    DateLexicon dates;

    bool isNonNameChar(char32_t c) const { return c < nonNameChars.size() && nonNameChars[c]; }
};

/// Loads every lexicon file from `resourceDir` (the folder holding lexicon/). The error names
/// the first file that is missing or unreadable.
Result<std::shared_ptr<const Lexicons>> loadLexicons(const std::filesystem::path& resourceDir);

} // namespace dais::detect
