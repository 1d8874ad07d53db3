#include "kamerref/graph/series.h"

#include <catch2/catch.hpp>

using namespace kamerref;

TEST_CASE("find_series reads the series word and the programme after it", "[graph][series]") {
  struct Case {
    const char* text;
    const char* word;
    const char* programme;
    const char* key;
  };
  const Case cases[] = {
      // title of the voortgangsbrief of 22 May 2026
      {"Voortgangsbrief Versterkte Aanpak Online inzake extremistische en terroristische content", "voortgangsbrief",
       "Versterkte Aanpak Online", "voortgangsbrief:vao"},
      // footnote 3 of that letter
      {"de voortgangsbrieven Versterkte Aanpak Online (mei 2025, december 2025)", "voortgangsbrief",
       "Versterkte Aanpak Online", "voortgangsbrief:vao"},
      // a promise: `in de volgende voortgangsbrief over de Versterkte Aanpak Online in het voorjaar van 2026`
      {"in de volgende voortgangsbrief over de Versterkte Aanpak Online in het voorjaar van 2026 informeren",
       "voortgangsbrief", "Versterkte Aanpak Online", "voortgangsbrief:vao"},
      // the acronym names the same programme
      {"Ik zal uw Kamer hierover informeren in de volgende voortgangsbrief over de VAO.", "voortgangsbrief", "VAO",
       "voortgangsbrief:vao"},
      {"Verzamelbrief Terrorismebestrijding", "verzamelbrief", "Terrorismebestrijding",
       "verzamelbrief:terrorismebestrijding"},
      // a bare series word names no series
      {"Ik zal uw Kamer hierover informeren in de volgende voortgangsbrief.", "voortgangsbrief", "", ""},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    std::optional<SeriesName> s = find_series(c.text);
    REQUIRE(s);
    CHECK(s->word == c.word);
    CHECK(s->programme == c.programme);
    CHECK(s->key == c.key);
  }
}

TEST_CASE("find_series ignores titles without a series word", "[graph][series]") {
  for (const char* text : {"Kamerbrief Uitwerking Versterkte Aanpak Online", "Rapport 'Schimmige scheidslijnen'",
                           "Motie van het lid Michon-Derkzen over een werkbare definitie", "voortgang van de VAO",
                           "brieven"}) {
    INFO(text);
    CHECK_FALSE(find_series(text));
  }
}

TEST_CASE("programme_key unifies names and acronyms", "[graph][series]") {
  CHECK(programme_key("Versterkte Aanpak Online") == "vao");
  CHECK(programme_key("VAO") == "vao");
  CHECK(programme_key("Terrorismebestrijding") == "terrorismebestrijding");
  CHECK(programme_key("EU Internet Forum") == "euif");
  CHECK(series_word("Voortgangsbrieven") == "voortgangsbrief");
  CHECK(series_word("brief").empty());
}
