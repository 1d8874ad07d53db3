#include "kamerref/extract/letter.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "motion_harness.h"

using namespace kamerref;
using kamerref::testing::letter_dated;
using kamerref::testing::run_modules;

namespace {

std::vector<std::string> letter_ids(const std::string& text, const std::string& date = "2026-05-22",
                                    DocumentInfo info = {}) {
  if (info.date.empty()) info = letter_dated(date);
  return run_modules(text, info, {extract_letters}).ids(RefKind::letter);
}

}  // namespace

TEST_CASE("letters described in words", "[letter]") {
  struct Case {
    const char* text;
    std::vector<std::string> ids;
  };
  const Case cases[] = {
      {"Zoals in de Contourenbrief Versterkte Aanpak Online (december 2023) is toegelicht, kon dit voorstel ...",
       {"letter-contourenbrief-versterkte-aanpak-online-2023-12"}},
      {"Deze zijn toegelicht in de kamerbrief nadere uitwerking Versterkte Aanpak Online (december 2024).",
       {"letter-kamerbrief-nadere-uitwerking-versterkte-aanpak-online-2024-12"}},
      {"en de voortgangsbrieven Versterkte Aanpak Online (mei 2025, december 2025).",
       {"letter-voortgangsbrief-versterkte-aanpak-online-2025-05",
        "letter-voortgangsbrief-versterkte-aanpak-online-2025-12"}},
      {"Zoals aangekondigd in de voortgangsbrief van december jl. is de pilot gestart.",
       {"letter-voortgangsbrief-2025-12"}},
      {"De contourenbrief Versterkte Aanpak Online van december 2023 is samen met de ministers ondertekend.",
       {"letter-contourenbrief-versterkte-aanpak-online-2023-12"}},
      {"In mijn brief van 5 maart jl. (Kamerstuk 29 754, nr. 700) heb ik u geïnformeerd.", {"kst-29754-700"}},
      // `d.d.` holds the only full stops that may stand before the month
      {"Zoals gemeld in de voortgangsbrief Versterkte Aanpak Online d.d. 5 maart 2025 is de pilot gestart.",
       {"letter-voortgangsbrief-versterkte-aanpak-online-2025-03"}},
      {"Zoals gemeld in de voortgangsbrief Versterkte Aanpak Online D.D. 5 maart 2025 is de pilot gestart.",
       {"letter-voortgangsbrief-versterkte-aanpak-online-2025-03"}},
      {"Zoals gemeld in de voortgangsbrief Versterkte Aanpak Online gedateerd 5 maart 2025 is de pilot gestart.",
       {"letter-voortgangsbrief-versterkte-aanpak-online-2025-03"}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(letter_ids(c.text) == c.ids);
  }
}

TEST_CASE("a letter cited in a footnote with its date", "[letter]") {
  auto run = run_modules(
      "Ook nemen de zorgen toe.²\n\n"
      "² NCTV, Voortgangsbrief Versterkte Aanpak Online inzake extremistische en terroristische content, 17 december "
      "2025.\n",
      letter_dated("2026-05-22"), {extract_letters});
  auto found = run.of(RefKind::letter);
  REQUIRE(found.size() == 1);
  CHECK(found.front()->id == "letter-voortgangsbrief-versterkte-aanpak-online-2025-12");
  CHECK(found.front()->attr("series") == "voortgangsbrief");
  CHECK(found.front()->attr("name") == "Versterkte Aanpak Online");
  CHECK(found.front()->attr("month") == "2025-12");
}

TEST_CASE("a named letter takes the Kamerstuk its footnote cites", "[letter]") {
  auto run = run_modules(
      "In december 2023 heeft uw voorganger middels de contourenbrief Versterkte Aanpak Online inzake extremistische en "
      "terroristische content aan de Kamer een overzicht geboden van het beleid.<sup>1</sup> Voor u ligt de "
      "uitwerking.\n\n---\n\n<sup>1</sup> Kamerstukken II 2023/24, 29754, nr. 690.\n",
      letter_dated("2024-11-29", "nota"), {extract_letters});
  auto found = run.of(RefKind::letter);
  REQUIRE(found.size() == 1);
  CHECK(found.front()->id == "kst-29754-690");
  CHECK(found.front()->attr("month") == "2023-12");
  CHECK(found.front()->attr("bound_by") == "footnote");
}

TEST_CASE("within a document a short description meets the full one", "[letter]") {
  auto run = run_modules(
      "Zoals aangekondigd in de voortgangsbrief van december jl. is de pilot gestart. Dit staat ook in de "
      "voortgangsbrieven Versterkte Aanpak Online (mei 2025, december 2025).",
      letter_dated("2026-05-22"), {extract_letters});
  auto found = run.of(RefKind::letter);
  REQUIRE(found.size() == 3);
  std::sort(found.begin(), found.end(), [](const Reference* a, const Reference* b) { return a->match.begin < b->match.begin; });
  CHECK(found[0]->id == "letter-voortgangsbrief-versterkte-aanpak-online-2025-12");
  CHECK(found[0]->attr("name") == "Versterkte Aanpak Online");
}

TEST_CASE("no letter: this one, one to come, no month, the document's own title", "[letter]") {
  const char* texts[] = {
      "In deze brief informeer ik u over de voortgang.",
      "Bijgaande brief van 5 maart jl. gaat naar de Kamer.",
      "Hierover zal ik uw Kamer in de volgende voortgangsbrief informeren.",
      "De contourenbrief is verschenen in december 2023.",
      "de contourenbrief Versterkte Aanpak Online en de voorliggende uitwerking van de Versterkte Aanpak Online.",
      "Brief regering",
      "Het is een briefing van december jl.",
      // a letter needs a described subject, not just `brief` (issue 12: `letter-brief-2021-02`)
      "Zoals gemeld in de brief van februari 2021 is dit gedaan.",
      "In mijn Kamerbrief van 3 februari 2021 schreef ik dit.",
      "In mijn brief van 5 maart jl. heb ik u geïnformeerd.",
  };
  for (const char* text : texts) {
    INFO(text);
    CHECK(letter_ids(text).empty());
  }
  DocumentInfo own = letter_dated("2026-05-22");
  own.title = "Voortgangsbrief Versterkte Aanpak Online inzake extremistische en terroristische content";
  CHECK(letter_ids("Dit is de voortgangsbrief Versterkte Aanpak Online (mei 2026).", "", own).empty());
}

TEST_CASE("letter description helpers", "[letter]") {
  CHECK(letter_series("Voortgangsbrieven") == "voortgangsbrief");
  CHECK(letter_name("Versterkte Aanpak Online inzake extremistische en terroristische content") ==
        "Versterkte Aanpak Online");
  CHECK(letter_fallback_id("contourenbrief", "Versterkte Aanpak Online", "2023-12") ==
        "letter-contourenbrief-versterkte-aanpak-online-2023-12");
  LetterTitle title = letter_title("Voortgangsbrief Versterkte Aanpak Online inzake extremistische content");
  CHECK(title.series == "voortgangsbrief");
  CHECK(title.name == "Versterkte Aanpak Online");
  CHECK(letter_title("Rapport 'Schimmige scheidslijnen'").series.empty());
}

namespace {

// The two prechecks as extract_letters read them before letter_gates read
// both in one pass (one scan each): the reference letter_gates must agree with.
bool white_before_gates(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

char first_stop_within(std::string_view t, std::size_t pos, int tokens) {
  bool in_token = false;
  for (std::size_t p = pos; p < t.size(); ++p) {
    const char c = t[p];
    if (white_before_gates(c)) {
      in_token = false;
      continue;
    }
    if (!in_token) {
      if (--tokens < 0) return '\0';
      in_token = true;
    }
    if (c == ',' || c == '.' || c == ';' || c == ':' || c == '(' || c == ')') return c;
  }
  return '\0';
}

bool month_within(std::string_view t, std::size_t pos, int tokens) {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
  auto stem_at = [&](std::size_t p, std::string_view stem) {
    if (p + stem.size() > t.size()) return false;
    for (std::size_t k = 1; k < stem.size(); ++k)
      if (lower(t[p + k]) != stem[k]) return false;
    return true;
  };
  auto month_at = [&](std::size_t p) {
    switch (lower(t[p])) {
      case 'j': return stem_at(p, "jan") || stem_at(p, "jun") || stem_at(p, "jul");
      case 'f': return stem_at(p, "feb");
      case 'm': return stem_at(p, "maart") || stem_at(p, "mrt") || stem_at(p, "mei");
      case 'a': return stem_at(p, "apr") || stem_at(p, "aug");
      case 's': return stem_at(p, "sep");
      case 'o': return stem_at(p, "okt");
      case 'n': return stem_at(p, "nov");
      case 'd': return stem_at(p, "dec");
      default: return false;
    }
  };
  bool in_token = false;
  std::size_t token_begin = pos;
  for (std::size_t p = pos; p < t.size(); ++p) {
    const char c = t[p];
    if (white_before_gates(c)) {
      in_token = false;
      continue;
    }
    if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')') return false;
    if (in_token) {
      if (c == '.') {
        const std::string_view so_far = t.substr(token_begin, p + 1 - token_begin);
        const bool dd = (so_far.size() == 2 || so_far.size() == 4) && lower(so_far[0]) == 'd' && so_far[1] == '.' &&
                        (so_far.size() == 2 || (lower(so_far[2]) == 'd' && so_far[3] == '.'));
        if (!dd) return false;
      }
      continue;
    }
    in_token = true;
    token_begin = p;
    if (--tokens < 0) return false;
    if (month_at(p)) return true;
    if (c == '.') return false;
  }
  return false;
}

}  // namespace

TEST_CASE("the letter prechecks read in one pass say what two scans said", "[letter]") {
  // examples: the pattern comments' texts and their near misses
  for (std::string_view text :
       {"contourenbrief Versterkte Aanpak Online (december 2023)", "voortgangsbrief van december jl.",
        "brief d.d. 5 maart 2024", "brief D.D. 5 maart", "brief d.e. 5 maart", "brief .d 5 maart",
        "Voortgangsbrief Versterkte Aanpak Online inzake x, 17 december 2025.",
        "brief is een overzicht opgenomen van de 143 lopende initiatieven.",
        "brief een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien december", "brief", ""}) {
    const LetterGates gates = letter_gates(text, 0);
    CHECK(gates.first_stop == first_stop_within(text, 0, 12));
    CHECK(gates.month_ahead == month_within(text, 0, 14));
  }
  // random texts from the bytes and words the scans tell apart
  const std::vector<std::string> pieces = {" ",   "  ",    "\n",  "\t", "\r",  "\f",   "\v",   ",",   ".",    ";",
                                           ":",   "(",     ")",   "d.", "d.d.", "D.D.", "dd.",  "d.d", "x.d.", "van",
                                           "jan", "Maart", "mrt", "ME", "mei",  "dec",  "Dece", "de",  "aug",  "a",
                                           "7",   "2023",  "\xc3\xa9", "brief", "Kamerbrief", "ok", "oKt", "nov", "s", "Sep"};
  std::mt19937 random(20261206);
  std::uniform_int_distribution<std::size_t> piece(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(0, 40);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    for (int k = length(random); k > 0; --k) text += pieces[piece(random)];
    for (std::size_t pos = 0; pos <= std::min<std::size_t>(text.size(), 3); ++pos) {
      const LetterGates gates = letter_gates(text, pos);
      INFO(text << " @" << pos);
      REQUIRE(gates.first_stop == first_stop_within(text, pos, 12));
      REQUIRE(gates.month_ahead == month_within(text, pos, 14));
    }
  }
}
