#pragma once
// Normalisation stages. Each turns one text into another plus the OffsetMap
// between them; load.cc chains them per format:
//   bytes -> decode_to_utf8 -> strip_markdown | strip_html | (xml, pdf) -> normalize_characters
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kamerref/load/document.h"
#include "kamerref/load/offset_map.h"

namespace kamerref {

struct Stage {
  std::string text;
  OffsetMap map;  // text offsets -> the stage's input offsets
};

// Markdown -> plain text: `**Datum**` -> `Datum`, `[tekst](url)` -> `tekst`,
// `# kop` -> `kop`, `> Retouradres` -> `Retouradres`, inline `<sup>1</sup>` ->
// `¹` (so that one later stage turns every superscript into a marker),
// `&nbsp;` -> U+00A0.
Stage strip_markdown(std::string_view utf8);

// HTML -> plain text with line breaks where blocks end. Drops <script>,
// <style> and <head>, keeps <meta name content> pairs, decodes entities,
// turns <sup>n</sup> and footnote-list items into superscript markers.
Stage strip_html(std::string_view utf8, std::vector<std::pair<std::string, std::string>>& metadata);

struct NormalizedText {
  std::string text;
  OffsetMap map;
  std::vector<FootnoteMarker> markers;  // positions in `text`
};

// Character-level normalisation for matching:
//  - CR LF and CR -> LF; a form feed (PDF page break) stays; NBSP, thin and
//    other Unicode spaces, TAB -> ' '; soft hyphens, zero-width characters, variation selectors -> removed
//  - typographic quotes -> ' and ", dashes (– — ‐ −) -> '-', ligatures split
//  - superscript digits (`¹²`) -> removed from the text, recorded as markers
//  - PDF line-break hyphenation joined: `terroris-\ntische` -> `terroristische`
//    (kept as `informatie-uitwisseling` where two vowels meet, and before a
//    capital or digit: `Noord-\nHolland`)
NormalizedText normalize_characters(std::string_view utf8);
// The same for a text handed over (a markup stage's output): when nothing in
// it changes, as in most letters, it becomes the result without a copy.
NormalizedText normalize_owned_text(std::string utf8);

// Decodes the HTML entity starting at s[i] == '&'. On success appends the
// UTF-8 text to `out` and returns the entity's length; returns 0 otherwise.
std::size_t decode_entity(std::string_view s, std::size_t i, std::string& out);

// `123` -> `¹²³`
std::string to_superscript_digits(std::string_view digits);

}  // namespace kamerref
