#pragma once
// Small text helpers shared by the pattern modules: slugs (SPEC section 1),
// Dutch dates, diacritic folding.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kamerref {

// SPEC slug: lower-case, diacritics folded (`ë` -> `e`), every run of other
// characters one `-`, no leading or trailing `-`.
std::string slugify(std::string_view text);

// Lower-cases ASCII and folds Latin-1 diacritics to ASCII (`Coördinator` ->
// `coordinator`); other bytes are kept.
std::string fold(std::string_view text);

// `text` with only its ASCII letters in lower case: what a case-blind
// pattern (C locale: only ASCII letters have cases) compares its words with.
std::string ascii_lower(std::string_view text);

// `januari`, `jan`, `jan.`, `mrt`, `sept` -> 1..12; 0 when not a month.
int dutch_month(std::string_view name);

// `2025`, 10, 2 -> `2025-10-02`; empty when the date does not exist.
std::string iso_date(int year, int month, int day);

// Parses an ISO date; nullopt when malformed.
struct Ymd {
  int year = 0, month = 0, day = 0;
};
std::optional<Ymd> parse_iso(std::string_view iso);

// The calendar date in the Netherlands (CET, CEST from the last Sunday of
// March to the last Sunday of October, 01:00 UTC: the EU rule since 1996) at
// a moment given in seconds since 1970 UTC. "Today" for deadlines of Dutch
// documents, the same wherever the tool runs, whatever TZ says.
std::string netherlands_date(std::int64_t unix_seconds);

// Days in a month (leap years included).
int days_in_month(int year, int month);

}  // namespace kamerref
