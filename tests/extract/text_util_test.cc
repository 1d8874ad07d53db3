// Date helpers of include/kamerref/extract/text_util.h.
#include <catch2/catch.hpp>

#include <cstdint>
#include <stdexcept>
#include <string>

#include "kamerref/extract/text_util.h"

TEST_CASE("Today in the Netherlands, whatever the time zone of the machine", "[text_util]") {
  struct Case {
    std::int64_t utc;  // seconds since 1970
    const char* when;  // the moment in UTC, for the reader
    const char* date;  // the date in the Netherlands then
  };
  const Case cases[] = {
      {1795474740, "2026-11-23 22:59 UTC, 23:59 CET", "2026-11-23"},
      {1795476600, "2026-11-23 23:30 UTC, 00:30 CET", "2026-11-24"},
      {1782943140, "2026-07-01 21:59 UTC, 23:59 CEST", "2026-07-01"},
      {1782945000, "2026-07-01 22:30 UTC, 00:30 CEST", "2026-07-02"},
      {1774737000, "2026-03-28 22:30 UTC, winter time still", "2026-03-28"},
      {1774823400, "2026-03-29 22:30 UTC, summer time since 01:00 UTC that day", "2026-03-30"},
      {1792881000, "2026-10-24 22:30 UTC, summer time's last night", "2026-10-25"},
      {1792967400, "2026-10-25 22:30 UTC, winter time since 01:00 UTC that day", "2026-10-25"},
      {1735686000, "2024-12-31 23:00 UTC: new year in Amsterdam", "2025-01-01"},
      {1709208000, "2024-02-29 12:00 UTC, a leap day", "2024-02-29"},
  };
  for (const Case& c : cases) {
    INFO(c.when);
    CHECK(kamerref::netherlands_date(c.utc) == c.date);
  }
}

TEST_CASE("ascii_lower lowers ASCII letters only", "[text_util]") {
  CHECK(kamerref::ascii_lower("De Motie-VAN Dijk, nr. 12") == "de motie-van dijk, nr. 12");
  // bytes past ASCII (É, ü) stay as they are: the patterns' case rules are ASCII
  CHECK(kamerref::ascii_lower("\xC3\x89\xC3\xBC Z@[") == "\xC3\x89\xC3\xBC z@[");
}

TEST_CASE("WordRuleFilter tells which rules have a word in a text", "[text_util]") {
  kamerref::WordRuleFilter words;
  words.add("informe", 1u << 0);   // `De minister informeert de Kamer`
  words.add("brie", 1u << 1);      // `voortgangsbrief`
  words.add("reactie", 1u << 1);   // `beleidsreactie`
  words.add("dit jaar", 1u << 2);  // a due word with a space, read in folded text
  words.add("q", 1u << 3);         // `Q3`, a one-letter word
  words.add("in 20", 1u << 4);     // `in 2026`
  words.add("in 20", 1u << 5);     // a second rule for the same word
  CHECK(words.may_match("De minister INFORMEERT de Kamer.") == 1u);
  CHECK(words.may_match("in de voortgangsbrief") == 2u);
  CHECK(words.may_match("nog dit jaar en in 2026") == (4u | 16u | 32u));
  CHECK(words.may_match("in Q3") == 8u);
  // near misses: a word cut off by the text's end, a letter between, digits
  // where the word has letters
  CHECK(words.may_match("dit jaa") == 0u);
  CHECK(words.may_match("dit-jaar, in 19") == 0u);
  CHECK(words.may_match("inform") == 0u);
  CHECK(words.may_match("") == 0u);
  // every rule at once: reading may stop early, no rule is lost
  CHECK(words.may_match("q reactie informeren dit jaar in 2030") == 63u);
  // words must open with lower-case letters and hold no capital: the text's
  // capitals are read as small letters, so a capital in a word never matches
  CHECK_THROWS_AS(words.add("Dit", 1), std::logic_error);
  CHECK_THROWS_AS(words.add("a1", 1), std::logic_error);
  CHECK_THROWS_AS(words.add("", 1), std::logic_error);
  CHECK_THROWS_AS(words.add("reactIe", 1), std::logic_error);
}
