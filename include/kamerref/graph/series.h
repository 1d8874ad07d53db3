#pragma once
// Documents of one recurring series: the voortgangsbrieven of one programme
// (`Voortgangsbrief Versterkte Aanpak Online inzake extremistische en
// terroristische content`, `voortgangsbrieven Versterkte Aanpak Online (mei
// 2025, december 2025)`, `de volgende voortgangsbrief over de VAO`). The series
// words come from data/document-series.tsv.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kamerref {

struct SeriesName {
  std::string word;       // canonical series word: "voortgangsbrief"
  std::string programme;  // as written after it: "Versterkte Aanpak Online"; may be empty
  // "voortgangsbrief:vao" -- two names with the same key are one series; empty
  // when no programme is named (a bare "voortgangsbrief" names no series).
  std::string key;
  std::size_t word_index = 0;  // the series word is the text's n-th word (0-based)
};

// The first series word in `text` and the programme named right after it: a
// run of capitalised words or one acronym, after an optional `over`/`inzake`/
// `van` and article. Nullopt when `text` holds no series word.
std::optional<SeriesName> find_series(std::string_view text);

// The canonical series word for `word` (any case, singular or plural), or empty.
std::string series_word(std::string_view word);

// One key for a programme however it is written: the initials of a run of
// capitalised words, or the acronym itself (`Versterkte Aanpak Online` and
// `VAO` -> "vao"); a single ordinary word lower-cased (`Terrorismebestrijding`
// -> "terrorismebestrijding").
std::string programme_key(std::string_view programme);

}  // namespace kamerref
