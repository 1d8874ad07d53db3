#include <catch2/catch.hpp>

#include "kamerref/extract/context.h"

using kamerref::sentence_at;

namespace {
std::string sentence(const std::string& text, const std::string& needle) {
  auto s = sentence_at(text, text.find(needle));
  return text.substr(s.begin, s.size());
}
}  // namespace

TEST_CASE("Sentences end at full stops, not at abbreviations", "[sentence]") {
  const std::string t =
      "Eerste zin. Zie Kamerstuk 29 754, nr. 434 over de aanpak van o.a. jihadisme. Derde zin.";
  CHECK(sentence(t, "Kamerstuk") == "Zie Kamerstuk 29 754, nr. 434 over de aanpak van o.a. jihadisme.");
  CHECK(sentence(t, "Derde") == "Derde zin.");
}

TEST_CASE("A full stop after a closing bracket ends the sentence, even after a single capital", "[sentence]") {
  // an Eerste Kamer stuk's letter is no initial: `C).` ends what the bracket held
  const std::string t =
      "In de Eerste Kamer is het besproken (Kamerstukken I 2023/24, 36 228, C). In de motie-Michon c.s. werd verzocht.";
  CHECK(sentence(t, "Eerste") == "In de Eerste Kamer is het besproken (Kamerstukken I 2023/24, 36 228, C).");
  CHECK(sentence(t, "motie") == "In de motie-Michon c.s. werd verzocht.");
  // an initial still does not: `de heer J. Jansen`
  CHECK(sentence("Dit zei de heer J. Jansen gisteren. Klaar.", "zei") == "Dit zei de heer J. Jansen gisteren.");
}

TEST_CASE("A heading or a column line of PDF text is no part of the sentence after it", "[sentence]") {
  // a page's head in `pdftotext -layout` text: the right-hand column, then a heading
  const std::string t =
      "                                                            Ons kenmerk\n"
      "                                                            6123456\n"
      "Capaciteit\n"
      "Ik heb de motie-Ellian hiermee uitgevoerd en beschouw deze als afgedaan.";
  CHECK(sentence(t, "motie") == "Ik heb de motie-Ellian hiermee uitgevoerd en beschouw deze als afgedaan.");
  // a line of running prose breaks near the margin, before a capital too
  const std::string prose =
      "Met deze brief informeer ik uw Kamer over de uitvoering van de motie van het lid\n"
      "Ellian over de capaciteit van het gevangeniswezen.";
  CHECK(sentence(prose, "Ellian") == prose);
  // a short line that ends in a comma runs on: `De Minister van Justitie en Veiligheid,`
  CHECK(sentence("Namens de minister,\nIk ben het eens.", "eens") == "Namens de minister,\nIk ben het eens.");
}

TEST_CASE("A table's row is a sentence of its own", "[sentence]") {
  const std::string t =
      "Hierbij de stand van zaken.\n\n| Toezegging | Termijn | Status |\n|---|---|---|\n"
      "| De minister informeert de Kamer voor de zomer over de wachtlijsten | Zomer 2025 | Lopend |\n"
      "| De minister stuurt de Kamer de evaluatie | Najaar 2025 | Afgedaan |\nDaarna volgt de rest.";
  CHECK(sentence(t, "wachtlijsten") ==
        "| De minister informeert de Kamer voor de zomer over de wachtlijsten | Zomer 2025 | Lopend |");
  CHECK(sentence(t, "evaluatie") == "| De minister stuurt de Kamer de evaluatie | Najaar 2025 | Afgedaan |");
  CHECK(sentence(t, "rest") == "Daarna volgt de rest.");
}

TEST_CASE("A footnote marker after the stop belongs to the sentence", "[sentence]") {
  const std::string t = "Daarom bekijk ik de mogelijkheden.4 Dit kan helpen.";
  CHECK(sentence(t, "bekijk") == "Daarom bekijk ik de mogelijkheden.4");
}

TEST_CASE("Hard line wraps do not end a sentence; blank lines do", "[sentence]") {
  const std::string t = "Titel\n\nDe aanpak concentreert zich op de \nvolgende gebieden. Klaar.";
  CHECK(sentence(t, "aanpak") == "De aanpak concentreert zich op de \nvolgende gebieden.");
}

// The walks pass sixteen bytes at a time between the bytes that may end a
// sentence: a stop must be found whatever its place in such a block.
TEST_CASE("Sentence ends are found at every offset from where the walk starts", "[sentence]") {
  for (std::size_t before = 0; before < 40; ++before)
    for (std::size_t after = 0; after < 40; ++after) {
      const std::string first = "Een " + std::string(before, 'a') + " zin.";
      const std::string second = "Twee " + std::string(after, 'b') + " zin.";
      const std::string t = first + " " + second + " Drie zin.";
      for (std::size_t pos = first.size() + 1; pos < first.size() + 1 + second.size(); ++pos) {
        kamerref::Span s = sentence_at(t, pos);
        REQUIRE(t.substr(s.begin, s.size()) == second);
      }
    }
}

TEST_CASE("A sentence walk stops 1500 bytes either side when nothing ends it", "[sentence]") {
  const std::string t = std::string(4000, 'x');
  for (std::size_t pos : {0u, 1u, 15u, 16u, 17u, 1499u, 1500u, 1501u, 2000u, 3999u, 4000u}) {
    kamerref::Span s = sentence_at(t, pos);
    CHECK(s.begin == (pos >= 1500 ? pos - 1500 : 0));
    CHECK(s.end == std::min<std::size_t>(t.size(), pos + 1500));
  }
  // a stop just outside the 1500 bytes is not seen, one just inside is
  std::string u = std::string(1600, 'x');
  u[1600 - 1501] = '\f';
  CHECK(sentence_at(u, 1600).begin == 1600 - 1500);
  u[1600 - 1500] = '\f';
  CHECK(sentence_at(u, 1600).begin == 1600 - 1500 + 1);
}

TEST_CASE("Blank lines, form feeds and end-note arrows end a sentence at any offset", "[sentence]") {
  for (std::size_t n = 0; n < 36; ++n) {
    const std::string pad(n, 'y');
    const std::string t = "Kop\n\nTekst " + pad + " loopt door\fVolgende " + pad + " regel \xE2\x86\xA9 staart";
    kamerref::Span s = sentence_at(t, t.find("loopt"));
    CHECK(t.substr(s.begin, s.size()) == "Tekst " + pad + " loopt door");
    kamerref::Span v = sentence_at(t, t.find("regel"));
    CHECK(t.substr(v.begin, v.size()) == "Volgende " + pad + " regel");
  }
}
