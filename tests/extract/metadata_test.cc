#include <catch2/catch.hpp>

#include "../support.h"
#include "kamerref/extract/metadata.h"

using kamerref::test::extract_text;

TEST_CASE("Document dates in every written form", "[metadata]") {
  CHECK(extract_text(" Den Haag, 24 november 2017 \n\nBijgaand").document.date == "2017-11-24");
  CHECK(extract_text("Datum 22 mei 2026\nBetreft Voortgangsbrief").document.date == "2026-05-22");
  CHECK(extract_text("**Datum**  \n29 november 2024\n", "n.md").document.date == "2024-11-29");
  CHECK(extract_text("MOTIE\nVoorgesteld 2 oktober 2025\nDe Kamer,").document.date == "2025-10-02");
  CHECK(extract_text("Nummer: 2025D49428, datum: 2025-12-02, bijgewerkt: 2025-12-02 13:53").document.date ==
        "2025-12-02");
  // a date in the prose is not the document's date
  CHECK(extract_text("heeft voorgelegen in de ministerraad van 7 november jl.").document.date.empty());
}

TEST_CASE("Kenmerk and title", "[metadata]") {
  auto e = extract_text(
      "Datum 22 mei 2026\nBetreft Voortgangsbrief Versterkte Aanpak Online inzake extremistische\n"
      "en terroristische content\n\nOnze referentie\n7552728\n");
  CHECK(e.document.kenmerk == "7552728");
  CHECK(e.document.title == "Voortgangsbrief Versterkte Aanpak Online inzake extremistische en terroristische content");
  CHECK(extract_text("**Ons kenmerk**  \n5964566\n", "n.md").document.kenmerk == "5964566");
}

TEST_CASE("The document's own id", "[metadata]") {
  CHECK(extract_text("Onderdeel van kamerstukdossier 29754 -771 Terrorismebestrijding.").document.id ==
        "kst-29754-771");
  CHECK(extract_text("29 754 Terrorismebestrijding\n\nNr. 672 BRIEF VAN DE MINISTER VAN JUSTITIE\n").document.id ==
        "kst-29754-672");
  CHECK(extract_text("Nummer: 2025D49428, datum: 2025-12-02").document.id == "2025D49428");
  CHECK(extract_text("geen nummer", "corpus/2025_beslisnota-non-paper.txt").document.id ==
        "doc-2025-beslisnota-non-paper");
}

TEST_CASE("Signatories and type", "[metadata]") {
  auto e = extract_text("Hierbij bied ik uw Kamer het rapport aan.\n\nDe Minister van Justitie en Veiligheid,\n\nFoort van Oosten\n");
  CHECK(e.document.signatories == std::vector<std::string>{"Foort van Oosten"});
  CHECK(e.document.type == "kamerbrief");
  CHECK(extract_text("2. Geadviseerd besluit\nInstemmen met verzending.").document.type == "nota");
}
