#include <catch2/catch.hpp>

#include "../support.h"
#include "kamerref/extract/anchors.h"
#include "kamerref/extract/metadata.h"
#include "kamerref/load/load.h"

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

TEST_CASE("A motion's requests: each line of its dictum that asks", "[metadata]") {
  // the dicta of kst-29247-441, kst-21501-08-978 (sic: `staatsecretaris`) and kst-36410-IV-66
  auto e = extract_text(
      "MOTIE VAN DE LEDEN VAN NISPEN EN DIJK\nVoorgesteld 11 april 2024\nDe Kamer,\ngehoord de beraadslaging,\n"
      "constaterende dat ziekenhuizen afdelingen sluiten;\n"
      "verzoekt het demissionaire kabinet een stop in te stellen op het sluiten van essentiële onderdelen van "
      "ziekenhuizen;\n"
      "verzoekt de staatsecretaris om bij de Milieuraad zijn zorgen te uiten;\n"
      "spreekt uit dat Caribisch Nederland gelijk wordt behandeld;\n"
      "roept de formerende partijen op om de investeringen inzichtelijk te maken,\n"
      "en gaat over tot de orde van de dag.\n",
      "motie.txt");
  REQUIRE(e.document.type == "motie");
  CHECK(e.document.verzoeken ==
        std::vector<std::string>{
            "verzoekt het demissionaire kabinet een stop in te stellen op het sluiten van essentiële onderdelen van "
            "ziekenhuizen",
            "verzoekt de staatsecretaris om bij de Milieuraad zijn zorgen te uiten",
            "roept de formerende partijen op om de investeringen inzichtelijk te maken"});
}

namespace {

// An officielebekendmakingen publication as the archive holds it: metadata
// (`meta` lines, may be empty), <kamerstukkop>, the <dossier>s and the <stuk>.
std::string publication(const std::string& meta, const std::string& dossiers, const std::string& stuknr,
                        const std::string& titel, const std::string& datumtekst, const std::string& body = "") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<officiele-publicatie>\n  <metadata>\n" + meta +
         "  </metadata>\n  <kamerstuk>\n    <kamerstukkop>\n"
         "      <tekstregel inhoud=\"vergaderjaar\">Vergaderjaar 2024-2025</tekstregel>\n"
         "      <tekstregel inhoud=\"kameraanduiding\">Tweede Kamer der Staten-Generaal</tekstregel>\n"
         "      <tekstregel inhoud=\"kamernummer\">2</tekstregel>\n"
         "      <tekstregel inhoud=\"documenttype\">Kamerstukken</tekstregel>\n    </kamerstukkop>\n" +
         dossiers + "    <stuk>\n      <stuknr>" + stuknr + "</stuknr>\n      <titel>" + titel + "</titel>\n" +
         datumtekst + "      <algemeen><vrije-tekst><tekst status=\"goed\">\n" +
         (body.empty() ? "<al>De Kamer,</al><al>gehoord de beraadslaging,</al>"
                         "<al>verzoekt de regering de Kamer te informeren,</al>"
                         "<al>en gaat over tot de orde van de dag.</al><al-groep><al>Van Campen</al><al>Paternotte</al></al-groep>\n"
                       : body) +
         "      </tekst></vrije-tekst></algemeen>\n    </stuk>\n  </kamerstuk>\n</officiele-publicatie>\n";
}

std::string dossier(const std::string& nummer, const std::string& titel = "Europese Raad") {
  return "    <dossier>\n      <dossiernummer>\n        " + nummer + "</dossiernummer>\n      <titel>" + titel +
         "</titel>\n    </dossier>\n";
}

const std::string kVoorgesteld = "      <datumtekst>Voorgesteld <datum isodatum=\"2024-10-15\">15 oktober 2024</datum></datumtekst>\n";
const std::string kNr52 = "Nr. <ondernummer kamer=\"2\">52</ondernummer>";

}  // namespace

TEST_CASE("officielebekendmakingen XML: the id from the body in all its shapes", "[metadata][xml]") {
  struct Case {
    std::string dossiers;
    std::string stuknr;
    std::string id;
    std::string dossier;
  };
  const Case cases[] = {
      {dossier("<dossiernr>32 824</dossiernr>\n"), kNr52, "kst-32824-52", "dossier-32824"},
      // begroting chapter: kst-36600-XIV-52, never kst-36600-52
      {dossier("<dossiernr>36 600</dossiernr>\n        <begrotingshoofdstuk>XIV</begrotingshoofdstuk>\n"), kNr52,
       "kst-36600-XIV-52", "dossier-36600-XIV"},
      // raad number: `21 501-20`
      {dossier("<dossiernr>21 501</dossiernr>-<raadnr>20</raadnr>"), "Nr. <ondernummer kamer=\"2\">2122</ondernummer>",
       "kst-21501-20-2122", "dossier-21501-20"},
      {dossier("<dossiernr>21 501</dossiernr>-<raadnr>02</raadnr>"), kNr52, "kst-21501-02-52", "dossier-21501-02"},
      // a Rijkswet number is an attribute, not part of the id
      {dossier("<dossiernr>36 455</dossiernr> (<rijkswetnr>R2188</rijkswetnr>)"), "Nr. <ondernummer kamer=\"2\">11</ondernummer>\n",
       "kst-36455-11", "dossier-36455"},
      // two dossiers: the first is the stuk's own
      {dossier("<dossiernr>36 410</dossiernr><begrotingshoofdstuk>XVI</begrotingshoofdstuk>") +
           dossier("<dossiernr>36 410</dossiernr><begrotingshoofdstuk>VI</begrotingshoofdstuk>"),
       "Nr. <ondernummer kamer=\"2\">96</ondernummer>", "kst-36410-XVI-96", "dossier-36410-XVI"},
      // a dossiernummer written as plain text
      {dossier("36 600 VII"), kNr52, "kst-36600-VII-52", "dossier-36600-VII"},
      // an Eerste Kamer stuk: letters for numbers
      {dossier("<dossiernr>36 600</dossiernr><begrotingshoofdstuk>VII</begrotingshoofdstuk>"),
       "<ondernummer kamer=\"1\">A</ondernummer>", "kst-36600-VII-A", "dossier-36600-VII"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.dossiers);
    auto e = extract_text(publication("", c.dossiers, c.stuknr, "MOTIE VAN DE LEDEN VAN CAMPEN EN PATERNOTTE", kVoorgesteld),
                          "00cce04f-5014-4f70-9578-32656387658a.xml");
    CHECK(e.document.id == c.id);
    CHECK(e.document.dossier == c.dossier);
    CHECK(e.document.date == "2024-10-15");
    CHECK(e.warnings.empty());
  }
  auto rijkswet = extract_text(publication("", dossier("<dossiernr>36 455</dossiernr> (<rijkswetnr>R2188</rijkswetnr>)"), kNr52,
                                           "MOTIE VAN DE LEDEN KATHMANN EN WHITE", kVoorgesteld),
                               "f.xml");
  CHECK(rijkswet.document.rijkswet == "R2188");
  // near miss: no <ondernummer>, no number: the body states no id
  CHECK(extract_text(publication("", dossier("<dossiernr>36 600</dossiernr>"), "", "MOTIE", kVoorgesteld), "u.xml").document.id ==
        "doc-u");
}

TEST_CASE("officielebekendmakingen XML: metadata id, address, and disagreement", "[metadata][xml]") {
  const std::string xiv = dossier("<dossiernr>36 600</dossiernr><begrotingshoofdstuk>XIV</begrotingshoofdstuk>");
  // only the address of the metadata record, no body number
  auto address = extract_text(
      publication("    <meta name=\"OVERHEIDop.externMetadataRecord\" scheme=\"\" "
                  "content=\"https://zoek.officielebekendmakingen.nl/kst-36443-11/metadata.xml\"/>\n",
                  "", "", "MOTIE VAN HET LID SYNHAEVE", kVoorgesteld),
      "a.xml");
  CHECK(address.document.id == "kst-36443-11");
  // near miss: an address that is not a metadata record
  CHECK(extract_text(publication("    <meta name=\"OVERHEIDop.externMetadataRecord\" content=\"https://zoek.officielebekendmakingen.nl/\"/>\n",
                                 "", "", "MOTIE", kVoorgesteld),
                     "b.xml")
            .document.id == "doc-b");
  // metadata and body agree but for spacing: no warning, the body's id
  auto spacing = extract_text(
      publication("    <meta name=\"DC.identifier\" content=\"kst-36600-xiv-52\"/>\n", xiv, kNr52, "MOTIE VAN HET LID X", kVoorgesteld),
      "c.xml");
  CHECK(spacing.document.id == "kst-36600-XIV-52");
  CHECK(spacing.warnings.empty());
  // they disagree: the body's id, and a warning naming both
  auto disagree = extract_text(
      publication("    <meta name=\"DC.identifier\" content=\"kst-36600-XIII-52\"/>\n", xiv, kNr52, "MOTIE VAN HET LID X", kVoorgesteld),
      "d.xml");
  CHECK(disagree.document.id == "kst-36600-XIV-52");
  REQUIRE(disagree.warnings.size() == 1);
  CHECK(disagree.warnings[0].find("kst-36600-XIII-52") != std::string::npos);
  CHECK(disagree.warnings[0].find("kst-36600-XIV-52") != std::string::npos);
  // Handelingen and Aanhangsel: their metadata id
  CHECK(extract_text("<?xml version=\"1.0\"?><officiele-publicatie><metadata><meta name=\"DC.identifier\" "
                     "content=\"h-tk-20222023-36-8\"/></metadata><handelingen><al>Aanvang 10.15 uur</al></handelingen>"
                     "</officiele-publicatie>",
                     "h.xml")
            .document.id == "h-tk-20222023-36-8");
  CHECK(extract_text("<?xml version=\"1.0\"?><officiele-publicatie><metadata><meta name=\"OVERHEIDop.externMetadataRecord\" "
                     "content=\"https://zoek.officielebekendmakingen.nl/ah-tk-20232024-1234/metadata.xml\"/></metadata>"
                     "<aanhangsel><al>Vragen van het lid</al></aanhangsel></officiele-publicatie>",
                     "ah.xml")
            .document.id == "ah-tk-20232024-1234");
}

TEST_CASE("officielebekendmakingen XML: date, type, title and indieners from the stuk", "[metadata][xml]") {
  const std::string d = dossier("<dossiernr>32 824</dossiernr>", "Integratiebeleid");
  struct Case {
    std::string titel;
    std::string datumtekst;
    std::string type;
    std::string date;
  };
  const Case cases[] = {
      {"MOTIE VAN HET LID SYNHAEVE",
       "<datumtekst>Voorgesteld tijdens het Wetgevingsoverleg van <datum isodatum=\"2024-01-29\">29 januari 2024</datum></datumtekst>",
       "motie", "2024-01-29"},
      {"GEWIJZIGDE MOTIE VAN HET LID DE VOS TER VERVANGING VAN DIE GEDRUKT ONDER NR. 40", kVoorgesteld, "gewijzigde motie",
       "2024-10-15"},
      {"VERSLAG VAN EEN COMMISSIEDEBAT",
       "<datumtekst>Vastgesteld <datum isodatum=\"2025-03-12\">12 maart 2025</datum></datumtekst>", "verslag", "2025-03-12"},
      {"AMENDEMENT VAN HET LID BONTENBAL", "<datumtekst>Voorgesteld <datum isodatum=\"2025-02-03\">3 februari 2025</datum></datumtekst>",
       "amendement", "2025-02-03"},
      {"NOTA NAAR AANLEIDING VAN HET VERSLAG", "", "nota naar aanleiding van het verslag", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.titel);
    auto e = extract_text(publication("", d, kNr52, c.titel, c.datumtekst), "x.xml");
    CHECK(e.document.type == c.type);
    CHECK(e.document.date == c.date);
    CHECK(e.document.title == c.titel);
  }
  // a letter: BRIEF VAN, dated by its dagtekening
  auto letter = extract_text(publication("", d, kNr52, "BRIEF VAN DE MINISTER VAN SOCIALE ZAKEN EN WERKGELEGENHEID", "",
                                         "<al>Aan de Voorzitter van de Tweede Kamer der Staten-Generaal</al>"
                                         "<al>Den Haag, 21 februari 2022</al><al>Hierbij informeer ik uw Kamer.</al>"),
                             "l.xml");
  CHECK(letter.document.type == "kamerbrief");
  CHECK(letter.document.date == "2022-02-21");
  // indieners: the signature block of a motion without OVERHEIDop.indiener
  auto motion = extract_text(publication("", d, kNr52, "MOTIE VAN DE LEDEN VAN CAMPEN EN PATERNOTTE", kVoorgesteld), "m.xml");
  CHECK(motion.document.indieners == std::vector<std::string>{"Van Campen", "Paternotte"});
  // and the metadata's where it has them
  auto with_meta = extract_text(publication("    <meta name=\"OVERHEIDop.indiener\" content=\"L.G. de Vos\"/>\n", d, kNr52,
                                            "MOTIE VAN HET LID DE VOS", kVoorgesteld),
                                "v.xml");
  CHECK(with_meta.document.indieners == std::vector<std::string>{"L.G. de Vos"});
}

TEST_CASE("The type a stuk's title names", "[metadata]") {
  const std::pair<const char*, const char*> cases[] = {
      {"MOTIE VAN HET LID MICHON-DERKZEN", "motie"},
      {"GEWIJZIGDE MOTIE VAN DE LEDEN X EN Y", "gewijzigde motie"},
      {"VERSLAG VAN EEN COMMISSIEDEBAT", "verslag"},
      {"BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID", "kamerbrief"},
      {"AMENDEMENT VAN HET LID X", "amendement"},
      {"GEWIJZIGD AMENDEMENT VAN HET LID X", "amendement"},
      {"NOTA NAAR AANLEIDING VAN HET VERSLAG", "nota naar aanleiding van het verslag"},
      {"Motie van het lid De Vos over ...", "motie"},
      // near misses
      {"MOTIEVEN VAN DE REGERING", ""},
      {"OVER DE MOTIE VAN HET LID X", ""},
      {"", ""},
  };
  for (const auto& [title, type] : cases) {
    CAPTURE(title);
    CHECK(kamerref::type_of_stuk_title(title) == type);
  }
}

TEST_CASE("Pages saved from officielebekendmakingen and tweedekamer.nl", "[metadata]") {
  struct Case {
    const char* text;
    const char* file;
    const char* id;
    const char* date;
  };
  const Case cases[] = {
      // the page's heading with a toevoeging, a raad number, a Rijkswet number
      {"Kamerstukken\n36 600 XIV Vaststelling van de begrotingsstaten\nNr. 52 MOTIE VAN HET LID X\n"
       "Voorgesteld 17 oktober 2024\nDe Kamer,\n",
       "p.html", "kst-36600-XIV-52", "2024-10-17"},
      {"21 501-20 Europese Raad\nNr. 2122 MOTIE VAN DE LEDEN VAN CAMPEN EN PATERNOTTE\nVoorgesteld 15 oktober 2024\n", "p.txt",
       "kst-21501-20-2122", "2024-10-15"},
      {"36 455 (R2188) Goedkeuring van het Verdrag\nNr. 11 MOTIE VAN DE LEDEN KATHMANN EN WHITE\nVoorgesteld 25 september 2025\n",
       "p.txt", "kst-36455-11", "2025-09-25"},
      {"35 165 Verkiezingen\nNr. 46 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN\nAan de Voorzitter van de Tweede Kamer\n"
       "Den Haag, 21 februari 2022\n",
       "p.txt", "kst-35165-46", "2022-02-21"},
      // an Eerste Kamer stuk, numbered by letters
      {"36 600 VII Vaststelling van de begrotingsstaten\nNr. A MEMORIE VAN ANTWOORD\n", "p.txt", "kst-36600-VII-A", ""},
      // a letter's date line, not the date it was published
      {"<html><head><meta name=\"DCTERMS.issued\" content=\"2022-02-25\"></head><body><p>35 165 Verkiezingen</p>"
       "<p>Nr. 46 BRIEF VAN DE MINISTER</p><p>Den Haag, 21 februari 2022</p></body></html>",
       "p.html", "kst-35165-46", "2022-02-21"},
      // near miss: a title word that looks like a toevoeging
      {"29 754 Terrorismebestrijding\nNr. 672 BRIEF VAN DE MINISTER\n", "p.txt", "kst-29754-672", ""},
      // a tweedekamer.nl address with the document number
      {"Brief regering\nhttps://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2022Z03421&did=2022D06725\n",
       "page.txt", "2022D06725", ""},
      {"<html><head><meta name=\"DC.identifier\" content=\"2022D06725\"></head><body><p>Brief</p></body></html>",
       "page.html", "2022D06725", ""},
      // near miss: a zaak number is not the document's
      {"https://www.tweedekamer.nl/kamerstukken/detail?id=2022Z03421\n", "page.txt", "doc-page", ""},
      // named after an official id, the text stating none
      {"Geen nummer in de tekst.", "archief/kst-29754-774.txt", "kst-29754-774", ""},
      {"Geen nummer in de tekst.", "2025D49428.pdf.txt", "doc-2025d49428-pdf", ""},
      {"Geen nummer in de tekst.", "2025D49428.txt", "2025D49428", ""},
      {"Geen nummer in de tekst.", "h-tk-20222023-36-8.html", "h-tk-20222023-36-8", ""},
      {"Geen nummer in de tekst.", "ah-tk-20232024-1234.txt", "ah-tk-20232024-1234", ""},
      {"Geen nummer in de tekst.", "kst-36600-XIV-52.txt", "kst-36600-XIV-52", ""},
      // near misses: an id inside a longer name
      {"Geen nummer in de tekst.", "2017-11-24_kst-29754-436_brief.txt", "doc-2017-11-24-kst-29754-436-brief", ""},
      {"Geen nummer in de tekst.", "kst-29754.txt", "doc-kst-29754", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text, c.file);
    auto e = extract_text(c.text, c.file);
    CHECK(e.document.id == c.id);
    CHECK(e.document.date == c.date);
  }
}

TEST_CASE("Letterhead lines are furniture, each label where it begins", "[metadata]") {
  auto furniture_of = [](const std::string& text) {
    kamerref::Document doc = kamerref::load_document_from_bytes("l.txt", text);
    kamerref::AnchorIndex anchors(kamerref::extraction_anchor_database(), doc.text);
    std::vector<std::string> out;
    for (const kamerref::Span& f : kamerref::extract_metadata(doc, anchors).furniture)
      out.push_back(doc.text.substr(f.begin, f.size()));
    return out;
  };
  using Lines = std::vector<std::string>;
  CHECK(furniture_of("Datum 22 mei 2026\nOns kenmerk 5964566\nUw kenmerk AB12\n") ==
        Lines{"Datum 22 mei 2026", "Ons kenmerk 5964566", "Uw kenmerk AB12"});
  CHECK(furniture_of("Datum 22 mei 2026\nOnze referentie\n7552728\nUw brief van 3 mei 2024\nBijlage(n): 2\n") ==
        Lines{"Datum 22 mei 2026", "Onze referentie\n7552728", "Uw brief van 3 mei 2024", "Bijlage(n): 2"});
  // a label glued to the end of the previous match is no label (the lookbehind sees the `4`)
  CHECK(furniture_of("Datum 1 mei 2024Kenmerk 34\n") == Lines{"Datum 1 mei 2024"});
  // near misses: no label (`kenmerk` alone, `Bijlagen` in prose without a number)
  CHECK(furniture_of("het kenmerk 12 en de Bijlagen bij deze brief\n").empty());
}
