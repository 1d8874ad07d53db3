#include "kamerref/extract/letter.h"

#include <catch2/catch.hpp>

#include <algorithm>

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
