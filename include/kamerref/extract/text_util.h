#pragma once
// Small text helpers shared by the pattern modules: slugs (SPEC section 1),
// Dutch dates, diacritic folding.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

// Words looked up together in one pass over a text: which of the caller's
// rules (bit k: rule k) have a word in it, so that a rule none of whose
// words occur is not tried (a Boost search per rule). A word is filed under
// its first two letters (a one-letter word, `q`, under its letter) and
// compared where they stand, ASCII letters in either case: one table lookup
// per byte, a comparison only where a word's first two letters stand. The
// commitment cues read a sentence with it, the due-date rules a folded one.
class WordRuleFilter {
 public:
  using Rules = std::uint32_t;

  // `word` opens with lower-case ASCII letters (one, or two and then any
  // bytes: `dit jaar`, `in 20`); the rest is compared as written, an ASCII
  // letter in the text in either case. Anything else is a programming error
  // (std::logic_error).
  void add(std::string_view word, Rules rules);
  // The rules with a word in `text`; reading stops once all rules added are.
  Rules may_match(std::string_view text) const;

 private:
  struct Word {
    std::string rest;  // the word after its first two letters
    Rules rules;
  };
  std::array<Rules, 26> one_letter_{};
  std::array<std::vector<Word>, 26 * 26> by_first_two_;
  Rules all_ = 0;
};

}  // namespace kamerref
