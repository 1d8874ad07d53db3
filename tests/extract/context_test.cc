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

TEST_CASE("A footnote marker after the stop belongs to the sentence", "[sentence]") {
  const std::string t = "Daarom bekijk ik de mogelijkheden.4 Dit kan helpen.";
  CHECK(sentence(t, "bekijk") == "Daarom bekijk ik de mogelijkheden.4");
}

TEST_CASE("Hard line wraps do not end a sentence; blank lines do", "[sentence]") {
  const std::string t = "Titel\n\nDe aanpak concentreert zich op de \nvolgende gebieden. Klaar.";
  CHECK(sentence(t, "aanpak") == "De aanpak concentreert zich op de \nvolgende gebieden.");
}
