#include "kamerref/extract/debate.h"

#include <catch2/catch.hpp>

#include "kamerref/extract/dates.h"
#include "motion_harness.h"

using namespace kamerref;
using kamerref::testing::letter_dated;
using kamerref::testing::run_modules;

namespace {

std::vector<std::string> debate_ids(const std::string& text, const std::string& date) {
  return run_modules(text, letter_dated(date), {extract_debates}).ids(RefKind::debate);
}

}  // namespace

TEST_CASE("debates and meetings with their day", "[debate]") {
  struct Case {
    const char* text;
    const char* date;
    std::vector<std::string> ids;
  };
  const Case cases[] = {
      {"Tijdens het Commissiedebat Terrorisme en Extremisme op 7 juni 2023 heeft uw voorganger aangegeven ...",
       "2024-11-29", {"debate-commissiedebat-terrorisme-en-extremisme-2023-06-07"}},
      {"Tevens is de verwachting dat de aanpak aan bod zal komen tijdens het Commissiedebat Terrorisme/Extremisme dat "
       "gepland staat op 17 december 2024.",
       "2024-11-29", {"debate-commissiedebat-terrorisme-extremisme-2024-12-17"}},
      {"Toezegging gedaan aan het lid van der Werf (D66) tijdens het plenair debat inzake de Uitvoeringswet verordening "
       "terroristische online-inhoud op 21 december 2022.",
       "2026-05-22",
       {"debate-plenair-debat-inzake-de-uitvoeringswet-verordening-terroristische-online-inhoud-2022-12-21"}},
      {"zoals bepleit tijdens de JBZ-Raad van 5 maart jl., waar Frankrijk zijn steun uitsprak.", "2026-05-22",
       {"debate-jbz-raad-2026-03-05"}},
      {"zoals is toegezegd tijdens het Wetgevingsoverleg Digitale Zaken van 2 maart jl., uw Kamer informeren",
       "2026-05-22", {"debate-wetgevingsoverleg-digitale-zaken-2026-03-02"}},
      {"In lijn met de uitspraak tijdens de begrotingsbehandeling van JenV (29 januari jl.) heb ik ...", "2026-05-22",
       {"debate-begrotingsbehandeling-van-jenv-2026-01-29"}},
      {"heb ik ook het ministeriële EU Internet Forum op 4 maart jl., aangegrepen", "2026-05-22",
       {"debate-eu-internet-forum-2026-03-04"}},
      {"Het non-paper heeft voorgelegen in de ministerraad van 7 november jl.", "2025-11-20",
       {"debate-ministerraad-2025-11-07"}},
      // jl. in January reaches back into the previous year
      {"Zoals besproken in het commissiedebat van 10 december jl. over de aanpak.", "2026-01-15",
       {"debate-commissiedebat-2025-12-10"}},
      {"Tijdens het EU Internet Forum op 4 maart 2026 heeft Nederland steun uitgesproken.", "2026-05-22",
       {"debate-eu-internet-forum-2026-03-04"}},
      {"De Europese Raad van 20 maart a.s. bespreekt dit.", "2026-03-01", {"debate-europese-raad-2026-03-20"}},
      // the short month with `sept.`: the anchors come from the same list as the pattern
      {"Tijdens het commissiedebat van 12 sept. 2024 is dit besproken.", "2024-11-29",
       {"debate-commissiedebat-2024-09-12"}},
      // `Raad` opens the kind: its anchor is the first word, not the last
      {"Dit is besproken in de Raad Algemene Zaken van 12 maart 2025.", "2025-05-01",
       {"debate-raad-algemene-zaken-2025-03-12"}},
      // near misses: the kind word inside a longer word ends no kind
      {"In de gesprekken met de sector op 12 maart 2025 kwam dit aan bod.", "2025-05-01", {}},
      {"De debatten van 12 maart 2025 en de overleggen van 3 april 2025.", "2025-05-01", {}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(debate_ids(c.text, c.date) == c.ids);
  }
}

TEST_CASE("a debate without a day gets no id", "[debate]") {
  // SPEC: debate-<slug>-<YYYY-MM-DD>; a day without a year in a text without a date names no day
  CHECK(debate_ids("Het non-paper heeft voorgelegen in de ministerraad van 7 november jl.", "").empty());
  CHECK(debate_ids("Het commissiedebat vond plaats op 12 maart.", "").empty());
  // `vond plaats` is no part of the name
  CHECK(debate_ids("Het commissiedebat vond plaats op 12 maart.", "2025-05-01") ==
        std::vector<std::string>{"debate-commissiedebat-2025-03-12"});
  CHECK(debate_ids("Het commissiedebat Wonen vond plaats op 12 maart 2025.", "") ==
        std::vector<std::string>{"debate-commissiedebat-wonen-2025-03-12"});
  // a written year needs no document date
  CHECK(debate_ids("Tijdens het Commissiedebat Terrorisme en Extremisme op 7 juni 2023 ...", "") ==
        std::vector<std::string>{"debate-commissiedebat-terrorisme-en-extremisme-2023-06-07"});
}

TEST_CASE("debate attributes and matched text", "[debate]") {
  auto run = run_modules("In lijn met de uitspraak tijdens de begrotingsbehandeling van JenV (29 januari jl.) heb ik ...",
                         letter_dated("2026-05-22"), {extract_debates});
  auto found = run.of(RefKind::debate);
  REQUIRE(found.size() == 1);
  CHECK(run.text_of(*found.front()) == "begrotingsbehandeling van JenV (29 januari jl.)");
  CHECK(found.front()->attr("date") == "2026-01-29");
  CHECK(found.front()->attr("name") == "begrotingsbehandeling van JenV");
}

TEST_CASE("no debate: no day, a clause, an adviser", "[debate]") {
  const char* texts[] = {
      "U en uw voorganger hebben in diverse Kamerdebatten toegezegd medio 2023 met een aanpak te komen.",
      "Daarnaast wordt aanbevolen om het publieke debat te bevorderen over schadelijke content.",
      "Tijdens het debat werd op 7 juni besloten de motie aan te houden.",
      "Het advies van de Raad van State van 5 maart jl. is verwerkt.",
      "Een belangrijk aanvullend EU-instrument is het EU Internet Forum (EUIF), waar lidstaten samenwerken.",
      "De verwachting is dat de aanpak uitvoerig aan bod zal komen tijdens het Commissiedebat Terrorisme.",
  };
  for (const char* text : texts) {
    INFO(text);
    CHECK(debate_ids(text, "2026-05-22").empty());
  }
}

TEST_CASE("the month names and the month pattern are one list", "[debate][dates]") {
  // kDutchMonthPattern is `(januari|...|dec\.)`: the names, dots escaped
  std::string alternation;
  for (std::string_view name : kDutchMonthNames) {
    if (!alternation.empty()) alternation += '|';
    for (char c : name) {
      if (c == '.') alternation += '\\';
      alternation += c;
    }
  }
  CHECK(std::string(kDutchMonthPattern) == "(" + alternation + ")");
}
