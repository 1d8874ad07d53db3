#pragma once
// Letters to the Kamer named in words (SPEC section 1, kind `letter`): the
// letter's Kamerstuk id when the document gives it, else
// `letter-<slug>-<YYYY-MM>` where the slug is the series word and the
// letter's name (`contourenbrief Versterkte Aanpak Online (december 2023)` ->
// `letter-contourenbrief-versterkte-aanpak-online-2023-12`). resolve_corpus()
// gives a described letter the Kamerstuk id another document's footnote gives
// the same description (series, name, month).
//
// Forms (tests/extract/letter_test.cc):
//   `de contourenbrief Versterkte Aanpak Online (december 2023)`
//   `de kamerbrief nadere uitwerking Versterkte Aanpak Online (december 2024)`
//   `de voortgangsbrieven Versterkte Aanpak Online (mei 2025, december 2025)`  (two letters)
//   `de voortgangsbrief van december jl.`, `mijn brief van 5 maart jl.`,
//   `De contourenbrief Versterkte Aanpak Online van december 2023`
//   in a footnote: `NCTV, Voortgangsbrief Versterkte Aanpak Online inzake ..., 17 december 2025.`
//   a named letter whose sentence carries a footnote with one Kamerstuk citation:
//   `In december 2023 heeft uw voorganger middels de contourenbrief Versterkte Aanpak Online
//    ... aan de Kamer een overzicht geboden ...¹` / `¹ Kamerstukken II 2023/24, 29754, nr. 690.`
//   -> `kst-29754-690` (the month, when the sentence gives one, goes to attrs)
//   `mijn brief van 5 maart jl. (Kamerstuk 29 754, nr. 700)` -> `kst-29754-700`
// Not a reference: `deze brief`, `bijgaande brief`, `de volgende voortgangsbrief`,
// a letter without a month or number, the document's own title.
//
// Attributes: `series` (`contourenbrief`), `name` (`Versterkte Aanpak Online`;
// qualifiers from `inzake`, `over` on dropped), `month` (`2023-12`), `bound_by`
// (`footnote`, `sentence`, `document`, `corpus`) once the id is a Kamerstuk id.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kamerref/extract/anchors.h"
#include "kamerref/extract/context.h"
#include "kamerref/extract/reference.h"

namespace kamerref {

void extract_letters(const ExtractContext& ctx, std::vector<Reference>& out);

// The parts of a letter's description: `Voortgangsbrieven` -> series
// `voortgangsbrief`; name `Versterkte Aanpak Online inzake extremistische ...`
// -> `Versterkte Aanpak Online`.
std::string letter_series(std::string_view written);
std::string letter_name(std::string_view written);

// `letter-<slug of series and name>-<month>`.
std::string letter_fallback_id(std::string_view series, std::string_view name, std::string_view month);

// A document's own title as a letter description (`Voortgangsbrief Versterkte
// Aanpak Online inzake ...`): series and name, or empty series when the title
// does not start with a letter word.
struct LetterTitle {
  std::string series;
  std::string name;
};
LetterTitle letter_title(std::string_view title);

// What the tokens after a letter's word at `pos` allow (the prechecks that
// decide which patterns are tried there; letter.cc says why each holds):
// `first_stop` is the first of `,.;:()` within the first twelve white-space
// separated tokens ('\0' if none), `month_ahead` whether a month name opens
// one of the first fourteen tokens with no `,;:()` and no `.` outside `d.d.`
// before it.
struct LetterGates {
  char first_stop = '\0';
  bool month_ahead = false;
};
LetterGates letter_gates(std::string_view text, std::size_t pos);

// The literals the module's patterns stand next to (anchors.h).
std::span<const AnchorLiteral> letter_anchors();

}  // namespace kamerref
