#include "kamerref/extract/decision.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "kamerref/extract/motion.h"
#include "motion_harness.h"

using namespace kamerref;
using kamerref::testing::letter_dated;
using kamerref::testing::run_modules;

// Each cue with the sentence it was written for and its negated or near-miss
// twin. The sentences are from real letters and Handelingen (the source
// stands after each); where a twin is a real sentence with one word changed,
// it says so.
TEST_CASE("the government's follow-up, negation- and tense-aware", "[decision]") {
  struct Case {
    const char* sentence;
    const char* relation;
    const char* note;
  };
  const Case cases[] = {
      // done
      {"Hiermee beschouw ik de motie als afgedaan.", "afgedaan", ""},
      {"Hiermee beschouw ik de motie nog niet als afgedaan.", "uitvoering", "nog niet afgerond"},  // twin
      {"Hiermee beschouw ik de motie niet als afgedaan.", "", ""},                                  // twin
      // `c.s.` ends no clause (the form of scripts/gen-corpus letters, after `de motie Van Kent c.s.`)
      {"Met deze brief beschouw ik de motie-El Ellian c.s. over de aanpak van jongerenwerk als afgedaan.", "afgedaan",
       ""},
      {"Met deze brief beschouw ik de motie-El Ellian c.s. over de aanpak van jongerenwerk niet als afgedaan.", "",
       ""},  // twin
      {"Met deze brief geef ik uitvoering aan de motie van het lid Michon-Derkzen.", "afgedaan", ""},
      {"Daarmee is de motie uitgevoerd.", "afgedaan", ""},
      {"Daarmee is de motie niet volledig uitgevoerd.", "niet-uitgevoerd", "niet volledig"},  // twin
      {"Zodra de pilot is afgerond, is de motie hiermee uitgevoerd.", "uitvoering", "voorwaardelijk"},  // twin
      // not done
      {"De motie is niet uitgevoerd.", "niet-uitgevoerd", ""},
      {"Ik voer deze motie niet uit, omdat het onderzoek al loopt.", "niet-uitgevoerd", ""},
      {"Ik voer deze motie uit door een onderzoek te laten doen.", "", ""},  // twin: no `niet`
      {"Deze motie kan ik niet uitvoeren, omdat de Europese regels dit niet toestaan.", "niet-uitgevoerd", ""},
      {"Deze motie kan ik uitvoeren.", "", ""},  // twin: able, not done
      // h-tk-20002001-2386-2390
      {"Omdat de staatssecretaris heeft aangegeven dat hij die motie niet zal uitvoeren, dien ik vandaag een andere "
       "motie in.",
       "niet-uitgevoerd", ""},
      {"De staatssecretaris heeft aangegeven dat hij die motie zal uitvoeren.", "uitvoering", ""},  // twin
      // work going on (present and future)
      {"Ter uitvoering van de motie van het lid Michon-Derkzen om te komen tot een werkbare definitie van "
       "extremistische content, hebben er gesprekken plaatsgevonden met relevante ketenpartners.",
       "uitvoering", ""},  // corpus/vao voortgangsbrief 2026-05-22
      // rijksbegroting 2010, bijlage Moties en Toezeggingen
      {"Deze motie is in uitvoering en wordt opgepakt samen met Justitie.", "uitvoering", ""},
      {"De motie wordt uitgevoerd.", "uitvoering", ""},
      {"De motie is uitgevoerd.", "afgedaan", ""},  // twin: perfect, not present
      {"Om deze motie uit te voeren is een literatuurstudie verricht.", "uitvoering", ""},
      // more time is no answer
      {"Het is niet mogelijk gebleken de motie binnen de gestelde termijn te beantwoorden.", "uitvoering",
       "meer tijd gevraagd"},
      {"Ik verzoek uw Kamer om uitstel tot na de zomer.", "uitvoering", "meer tijd gevraagd"},
      // the answer follows: present passive and future (rijksbegroting 2010, moties; kst-19637-2302)
      {"De Tweede Kamer wordt na het zomerreces van 2009 per brief geïnformeerd.", "uitvoering", ""},
      {"Deze bespreking zal in de eerstvolgende ministerraad plaatsvinden, waarna ik uw Kamer spoedig zal "
       "informeren.",
       "uitvoering", ""},
      // twin: the answer given (rijksfinancien.nl, begroting IV 2024, bijlage 3)
      {"De Tweede Kamer is op 23 juni 2023 per brief geïnformeerd (Kamerstukken II 2022/23, 36200 IV, nr. 85).", "",
       ""},
      // twin: negated (the real sentence with `niet` added)
      {"Deze bespreking zal in de eerstvolgende ministerraad plaatsvinden, waarna ik uw Kamer niet zal informeren.",
       "", ""},
      // coming back to it: the government's, not a subject's coming up again
      {"Ik zal hier na de zomer op terugkomen.", "uitvoering", ""},
      {"In het plenaire debat over de Voorjaarsnota zal dit terugkomen.", "", ""},
      // the answer follows in a letter still to come, in the present tense
      {"Over deze motie informeer ik u in de volgende voortgangsbrief.", "uitvoering", ""},
      {"Over deze motie informeer ik u met deze brief.", "", ""},  // twin: this letter is the answer
      // not possible to carry out
      {"Ik zie geen mogelijkheid om deze motie uit te voeren.", "niet-uitgevoerd", ""},
      {"Ik zie een mogelijkheid om deze motie uit te voeren.", "", ""},  // twin
      // taken along in work going on
      {"De motie wordt betrokken bij de uitwerking van het plan.", "uitvoering", ""},
      {"De motie wordt meegenomen in de evaluatie van de wet.", "uitvoering", ""},
      // a table's status cell, alone or with how
      {"Afgedaan", "afgedaan", ""},
      {"Afgedaan met deze brief", "afgedaan", ""},
      {"Afgedaan met uitzondering van het tweede verzoek", "", ""},  // twin
      {"Lopend", "uitvoering", ""},
      // advice before the vote
      {"Deze motie ontraad ik.", "", "ontraden"},
      {"De motie van het lid Tielen over wachtlijsten: oordeel Kamer.", "", "oordeel Kamer"},
      {"Deze motie laat ik aan het oordeel van de Kamer.", "", "oordeel Kamer"},
      // the Kamer's decision is not the government's follow-up
      {"De motie van het lid Michon-Derkzen is aangenomen.", "", ""},
  };
  for (const Case& c : cases) {
    INFO(c.sentence);
    FollowUp f = read_followup(c.sentence);
    CHECK(f.relation == c.relation);
    CHECK(f.note == c.note);
  }
}

TEST_CASE("the Kamer's decision in a record of the vote", "[decision]") {
  struct Case {
    const char* passage;
    const char* decision;
  };
  const Case cases[] = {
      // h-tk-20072008-2619-2619-1
      {"Ik constateer dat de aanwezige leden van de fracties van de ChristenUnie en de SGP tegen deze motie hebben "
       "gestemd en die van de overige fracties ervoor, zodat zij is aangenomen.",
       "aangenomen"},
      // h-tk-20092010-80-6883
      {"Ik constateer dat de aanwezige leden van de fracties van de SP, GroenLinks, D66, de PvdD, de ChristenUnie, de "
       "SGP en de PVV voor deze motie hebben gestemd en de aanwezige leden van de overige fracties ertegen, zodat zij "
       "is verworpen.",
       "verworpen"},
      // h-tk-19951996-33-2600-2601
      {"Ik constateer, dat deze motie met algemene stemmen is aangenomen.", "aangenomen"},
      {"Ik constateer, dat deze gewijzigde motie met algemene stemmen is aangenomen.", "aangenomen"},
      // h-tk-20072008-2619-2619-1: a tie is no decision yet
      {"Ik constateer dat de aanwezige leden van de fracties van de PvdA, GroenLinks, D66 voor deze motie hebben "
       "gestemd en de leden van de overige fracties ertegen, zodat de stemmen staken.",
       ""},
      // the bill, not the motion
      {"Ik constateer dat dit wetsvoorstel met algemene stemmen is aangenomen.", ""},
      {"De motie-Jansen (36410, nr. 412) is aangehouden.", "aangehouden"},
      {"Op verzoek van de heer Jansen stel ik voor, zijn motie (36410, nr. 412) aan te houden.", "aangehouden"},
      {"Aangezien de motie-Van Dam (29754, nr. 760) is ingetrokken, maakt zij geen onderwerp van beraadslaging meer "
       "uit.",
       "ingetrokken"},
      {"29754-758\nAangenomen.\n", "aangenomen"},
      {"De aangenomen motie van het lid Boswijk c.s.", ""},  // openkamer.org: an adjective, no record
      // a letter reporting the vote
      {"De motie van het lid Smit (Kamerstuk 36 600-VI, nr. 35) is verworpen.", "verworpen"},
      {"De motie van de leden Jansen en De Vries is met algemene stemmen aangenomen.", "aangenomen"},
      {"De motie van het lid Smit is niet aangenomen.", ""},  // twin: negated
  };
  for (const Case& c : cases) {
    INFO(c.passage);
    CHECK(read_kamer_decision(c.passage) == c.decision);
  }
}

TEST_CASE("a vote record: each motion takes the decision that follows it", "[decision]") {
  // h-tk-19951996-33-2600-2601, shortened to two motions
  const std::string text =
      "Aan de orde zijn de stemmingen over vijf moties, ingediend in het nota-overleg over het Tweede tactisch pakket "
      "Investeringsprogramma spoorweginfrastructuur, te weten:\n\n"
      "- de gewijzigde motie-Reitsma over aanleg van de Hanzespoorlijn (24407, nr. 9);\n\n"
      "- de motie-Verbugt c.s. over aanleg van de Zuiderzeespoorlijn (24407, nr. 5).\n\n"
      "In stemming komt de gewijzigde motie-Reitsma (24407, nr. 9).\n\n"
      "De voorzitter:\n\n"
      "Ik constateer, dat deze gewijzigde motie met algemene stemmen is aangenomen.\n\n"
      "In stemming komt de motie-Verbugt c.s. (24407, nr. 5).\n\n"
      "De voorzitter:\n\n"
      "Ik constateer dat de leden van de fracties van de SP en GroenLinks voor deze motie hebben gestemd en de leden "
      "van de overige fracties ertegen, zodat zij is verworpen.\n";
  auto run = run_modules(text, letter_dated("1995-11-30", "handelingen"), {extract_motions, extract_decisions});
  std::map<std::string, std::set<std::string>> decided;
  for (const Reference* r : run.of(RefKind::motion)) {
    INFO(r->id << " " << r->motion->relation);
    if (r->motion->relation == "besluit") decided[r->id].insert(std::string(r->attr("decision")));
  }
  CHECK(decided["kst-24407-9"] == std::set<std::string>{"aangenomen"});
  CHECK(decided["kst-24407-5"] == std::set<std::string>{"verworpen"});
}

TEST_CASE("a letter that reports a vote and says nothing else of the motion records the decision", "[decision]") {
  const std::string text =
      "De motie van het lid Smit (Kamerstuk 36 600-VI, nr. 35) is verworpen. De motie van het lid Jansen (Kamerstuk "
      "36 600-VI, nr. 31) is aangenomen. Ik voer deze motie niet uit, omdat het onderzoek al loopt.";
  auto run = run_modules(text, letter_dated("2025-03-03"), {extract_motions, extract_decisions});
  std::map<std::string, std::pair<std::string, std::string>> read;
  for (const Reference* r : run.of(RefKind::motion)) read[r->id] = {r->motion->relation, std::string(r->attr("decision"))};
  CHECK(read["kst-36600-VI-35"] == std::pair<std::string, std::string>{"besluit", "verworpen"});
  // what the government says of it comes first
  CHECK(read["kst-36600-VI-31"] == std::pair<std::string, std::string>{"niet-uitgevoerd", ""});
}

TEST_CASE("the sentences after a mention that are still about it", "[decision]") {
  SECTION("an `Afgedaan.` standing in its own paragraph") {
    auto run = run_modules(
        "De motie van het lid Michon-Derkzen (Kamerstuk 29 754, nr. 758) verzoekt de regering de Kamer te "
        "informeren.\n\nAfgedaan.\n",
        letter_dated("2026-05-22"), {extract_motions, extract_decisions});
    auto found = run.of(RefKind::motion);
    REQUIRE(found.size() == 1);
    CHECK(found.front()->motion->relation == "afgedaan");
  }
  SECTION("`Deze motie ...` after a done sentence that takes it back: the weaker reading") {
    auto run = run_modules(
        "Ter uitvoering van de motie van het lid Michon-Derkzen (Kamerstuk 29 754, nr. 758) is een literatuurstudie "
        "verricht. Deze motie is daarmee niet volledig uitgevoerd.\n",
        letter_dated("2026-05-22"), {extract_motions, extract_decisions});
    auto found = run.of(RefKind::motion);
    REQUIRE(found.size() == 1);
    CHECK(found.front()->motion->relation == "niet-uitgevoerd");
  }
  SECTION("a sentence about something else does not count") {
    auto run = run_modules(
        "Ter uitvoering van de motie van het lid Michon-Derkzen (Kamerstuk 29 754, nr. 758) is een literatuurstudie "
        "verricht. Het wetsvoorstel is daarmee afgedaan.\n",
        letter_dated("2026-05-22"), {extract_motions, extract_decisions});
    auto found = run.of(RefKind::motion);
    REQUIRE(found.size() == 1);
    // `Het wetsvoorstel` does not point back at the motion
    CHECK(found.front()->motion->relation == "uitvoering");
  }
  SECTION("a demonstrative inside the sentence points back: `die gewijzigde motie`, across a line break") {
    const std::string first =
        "Ter uitvoering van de motie van het lid Michon-Derkzen (Kamerstuk 29 754, nr. 758) is een literatuurstudie "
        "verricht. ";
    auto run = run_modules(first + "Na de stemming over die gewijzigde\nmotie is de zaak hiermee afgedaan.\n",
                           letter_dated("2026-05-22"), {extract_motions, extract_decisions});
    auto found = run.of(RefKind::motion);
    REQUIRE(found.size() == 1);
    CHECK(found.front()->motion->relation == "afgedaan");
    // near misses: `ongewijzigde motie` and `diemotie` are no demonstrative before the motion
    for (const char* other : {"Na de stemming over de ongewijzigde motie is de zaak hiermee afgedaan.\n",
                              "Na de stemming over diemotie is de zaak hiermee afgedaan.\n"}) {
      auto missed = run_modules(first + other, letter_dated("2026-05-22"), {extract_motions, extract_decisions});
      auto kept = missed.of(RefKind::motion);
      REQUIRE(kept.size() == 1);
      CHECK(kept.front()->motion->relation == "uitvoering");
    }
  }
  SECTION("a table of motions: the vindplaats cell, then `Afgedaan.` (rijksfinancien.nl, begroting IV 2024)") {
    auto run = run_modules(
        "De motie van het lid Wuite c.s.; Verzoekt de regering om de herijking van het sociaal minimum van "
        "Caribisch Nederland mee te nemen.\n\nKamerstukken II 2022/23, 36200 IV, nr. 12\n\nAfgedaan. De "
        "uitvoering van de motie is overgedragen aan het ministerie van SZW.\n",
        letter_dated("2023-09-19", "memorie van toelichting"), {extract_motions, extract_decisions});
    auto found = run.of(RefKind::motion);
    REQUIRE(found.size() == 1);
    CHECK(found.front()->id == "kst-36200-IV-12");
    CHECK(found.front()->motion->relation == "afgedaan");
  }
  SECTION("a list entry the motion opens is read to the end of its line (rijksbegroting 2010, moties)") {
    const std::string row =
        "Motie van Haverkamp over het benadrukken van politiespecifieke elementen in een nieuwe functiewaardering. "
        "Onderzoek naar positie/waardering v.d. politie en functiewaarderingsonderzoek is toegezegd. 27-02-2008 "
        "Spoeddebat CAO-onderhandelingen politie (29 628, nr. 77) De Tweede Kamer wordt na het zomerreces van 2009 "
        "per brief geïnformeerd.\n";
    auto run = run_modules(row, letter_dated("2009-09-15", "begroting"), {extract_motions, extract_decisions});
    auto found = run.of(RefKind::motion);
    REQUIRE(found.size() == 1);
    CHECK(found.front()->motion->relation == "uitvoering");
    // twin: the same words on the next line belong to another row
    auto split = run_modules(
        "Motie van Haverkamp over het benadrukken van politiespecifieke elementen in een nieuwe functiewaardering "
        "(29 628, nr. 77).\nDe Tweede Kamer wordt na het zomerreces van 2009 per brief geïnformeerd.\n",
        letter_dated("2009-09-15", "begroting"), {extract_motions, extract_decisions});
    REQUIRE(split.of(RefKind::motion).size() == 1);
    CHECK(split.of(RefKind::motion).front()->motion->relation == "genoemd");
  }
  SECTION("a letter about one motion: the answer it announces further on (kst-19637-2302)") {
    const std::string letter =
        "Bij de stemmingen van 21 februari 2017 heeft uw Kamer de gewijzigde motie Voordewind c.s. (Kamerstuk "
        "19 637, nr. 2301) aangenomen. Na het aannemen van deze motie door uw Kamer heeft de indiener gevraagd om "
        "een brief heden rond 12 uur in reactie op deze motie. Hierbij ontvangt uw Kamer de gevraagde brief.\n\n"
        "Bij een complex vraagstuk als dit, waarbij een aangenomen motie ook vragen oproept over de verhouding tot "
        "het geldende regeerakkoord, de juridische merites en de praktische gevolgen, past zorgvuldige bespreking "
        "van de motie binnen het kabinet.\n\nDeze bespreking zal in de eerstvolgende ministerraad plaatsvinden, "
        "waarna ik uw Kamer spoedig zal informeren.\n";
    auto run = run_modules(letter, letter_dated("2017-02-22"), {extract_motions, extract_decisions});
    auto found = run.of(RefKind::motion);
    REQUIRE(found.size() == 1);
    CHECK(found.front()->motion->relation == "uitvoering");
    CHECK(found.front()->attr("note") == "antwoord volgt");
    // twin: a letter that names a second motion is not about this one alone
    auto two = run_modules(
        letter + "Ook de motie van het lid Jansen (Kamerstuk 19 637, nr. 2299) komt dan aan de orde.\n",
        letter_dated("2017-02-22"), {extract_motions, extract_decisions});
    for (const Reference* r : two.of(RefKind::motion))
      if (r->id == "kst-19637-2301") CHECK(r->motion->relation == "genoemd");
  }
  SECTION("a letter about one motion: a promise with a subject of its own is no answer to it") {
    auto run = run_modules(
        "De Kamer heeft de motie-Van den Dijk-Koster over een wettelijke basis voor de NCTV aangenomen.\n\n"
        "Ik zal uw Kamer in het voorjaar van 2024 informeren over een meldpunt voor moskeebesturen.\n",
        letter_dated("2023-10-01"), {extract_motions, extract_decisions});
    auto found = run.of(RefKind::motion);
    REQUIRE(found.size() == 1);
    CHECK(found.front()->motion->relation == "genoemd");
    // twin: the promise is about the motion
    auto about = run_modules(
        "De Kamer heeft de motie-Van den Dijk-Koster over een wettelijke basis voor de NCTV aangenomen.\n\n"
        "Ik zal uw Kamer in het voorjaar van 2024 informeren over de uitvoering van deze motie.\n",
        letter_dated("2023-10-01"), {extract_motions, extract_decisions});
    REQUIRE(about.of(RefKind::motion).size() == 1);
    CHECK(about.of(RefKind::motion).front()->motion->relation == "uitvoering");
  }
  SECTION("a letter about one motion never takes `afgedaan` from words further on") {
    auto run = run_modules(
        "Uw Kamer heeft de motie Voordewind c.s. (Kamerstuk 19 637, nr. 2301) aangenomen.\n\nHet wetsvoorstel "
        "beschouw ik hiermee als afgedaan.\n",
        letter_dated("2017-02-22"), {extract_motions, extract_decisions});
    auto found = run.of(RefKind::motion);
    REQUIRE(found.size() == 1);
    CHECK(found.front()->motion->relation == "genoemd");
  }
  SECTION("a numbered citation of a motion gets the same reading") {
    auto run = run_modules(
        "Hiermee beschouw ik de motie als afgedaan.1\n\n1 Kamerstukken II 2025/26, 29754, nr. 758.\n",
        letter_dated("2026-05-22"), {extract_motions, extract_decisions});
    auto numbers = run.of(RefKind::kamerstuk);
    REQUIRE(numbers.size() == 1);
    CHECK(numbers.front()->attr("relation") == "afgedaan");
  }
}

TEST_CASE("a table of motions: each row's status cell, in Markdown and in HTML", "[decision]") {
  const std::string markdown =
      "| Motie | Vindplaats | Status |\n|---|---|---|\n"
      "| Motie van het lid Tielen over wachtlijsten | Kamerstuk 31 765, nr. 894 | Afgedaan |\n"
      "| Motie van de leden Bikker en Dobbe over de jeugdzorg | Kamerstuk 31 839, nr. 1012 | Lopend |\n"
      "| Gewijzigde motie van het lid Jansen | Kamerstuk 31 765, nr. 901 | Afgedaan met deze brief |\n"
      "| Motie van het lid Dijk over de huren | Kamerstuk 32 847, nr. 1100 | Voldaan |\n"
      "| Motie van het lid Bruyning over de ggz | Kamerstuk 25 424, nr. 700 | Status: afgedaan |\n";
  const std::string html =
      "<table><tr><th>Motie</th><th>Vindplaats</th><th>Status</th></tr>"
      "<tr><td>Motie van het lid Tielen over wachtlijsten</td><td>Kamerstuk 31 765, nr. 894</td><td>Afgedaan</td></tr>"
      "<tr><td>Motie van de leden Bikker en Dobbe over de jeugdzorg</td><td>Kamerstuk 31 839, nr. 1012</td>"
      "<td>Lopend</td></tr></table>";
  for (const auto& [text, path] : {std::pair{markdown, "tabel.md"}, std::pair{html, "tabel.html"}}) {
    INFO(path);
    auto run = run_modules(text, letter_dated("2025-05-12"), {extract_motions, extract_decisions}, path);
    std::map<std::string, std::pair<std::string, std::string>> read;
    for (const Reference* r : run.of(RefKind::motion)) read[r->id] = {r->motion->relation, r->motion->subject};
    // the subject ends at its cell; the vindplaats cell binds the motion
    CHECK(read["kst-31765-894"] == std::pair<std::string, std::string>{"afgedaan", "wachtlijsten"});
    CHECK(read["kst-31839-1012"] == std::pair<std::string, std::string>{"uitvoering", "de jeugdzorg"});
    if (path == std::string("tabel.md")) {
      CHECK(read["kst-31765-901"].first == "afgedaan");
      // the words table.h's cell_status reads alike for toezeggingen
      CHECK(read["kst-32847-1100"].first == "afgedaan");
      CHECK(read["kst-25424-700"].first == "afgedaan");
    }
  }
}

TEST_CASE("a table of motions in PDF text: columns apart by runs of spaces", "[decision]") {
  // as poppler's physical layout prints a table (src/load/pdf.cc)
  const std::string text =
      "Motie                                          Vindplaats                   Stand van zaken\n"
      "Motie van het lid Tielen over wachtlijsten     Kamerstuk 31 765, nr. 894    Afgedaan\n"
      "Motie van de leden Bikker en Dobbe over de     Kamerstuk 31 839, nr. 1012   Lopend\n"
      "jeugdzorg\n"
      "Motie van het lid Dijk over de huren           Kamerstuk 32 847, nr. 1100   Afgedaan met deze brief\n"
      "Motie van het lid Bruyning over de ggz         Kamerstuk 25 424, nr. 700    Zie de brief van 3 maart\n";
  auto run = run_modules(text, letter_dated("2025-05-12"), {extract_motions, extract_decisions}, "tabel.txt");
  std::map<std::string, std::pair<std::string, std::string>> read;
  for (const Reference* r : run.of(RefKind::motion)) read[r->id] = {r->motion->relation, r->motion->subject};
  // the subject ends at the column gap, so the vindplaats cell binds the motion
  CHECK(read["kst-31765-894"] == std::pair<std::string, std::string>{"afgedaan", "wachtlijsten"});
  CHECK(read["kst-31839-1012"].first == "uitvoering");
  CHECK(read["kst-32847-1100"] == std::pair<std::string, std::string>{"afgedaan", "de huren"});
  // a cell that is no status says nothing
  CHECK(read["kst-25424-700"].first == "genoemd");
  // the evidence of a row's status is the row, not the table
  for (const Reference* r : run.of(RefKind::motion))
    if (r->id == "kst-31765-894")
      CHECK(r->sentence == "Motie van het lid Tielen over wachtlijsten Kamerstuk 31 765, nr. 894 Afgedaan");
}

TEST_CASE("two columns of PDF prose: the other column's words are no status", "[decision]") {
  const std::string text =
      "Ik heb de motie van het lid Tielen over de wachtlijsten     de gemeenten hebben dit jaar meer\n"
      "gelezen en besproken met de sector.                         geld gekregen voor de uitvoering.\n";
  auto run = run_modules(text, letter_dated("2025-05-12"), {extract_motions, extract_decisions}, "brief.txt");
  auto motions = run.of(RefKind::motion);
  REQUIRE(motions.size() == 1);
  CHECK(motions.front()->motion->relation != "afgedaan");
}

TEST_CASE("a passage about a motion ends where the next motion is named, `De motie` or not", "[decision]") {
  const std::string text =
      "De motie van het lid Dijk over de huren (Kamerstuk 32 847, nr. 1100) vraagt om een huurbevriezing. Het kabinet "
      "voert deze motie niet uit, omdat de kosten te hoog zijn.\n\n"
      "De motie van het lid Bikker over de jeugdzorg (Kamerstuk 31 839, nr. 1012) is met deze brief nog niet afgedaan; "
      "ik kom hier na de zomer op terug.\n";
  auto run = run_modules(text, letter_dated("2025-05-12"), {extract_motions, extract_decisions}, "brief.txt");
  std::map<std::string, std::pair<std::string, std::string>> read;
  for (const Reference* r : run.of(RefKind::motion)) read[r->id] = {r->motion->relation, std::string(r->attr("note"))};
  // the motie-Bikker's `nog niet afgerond` was the motie-Dijk's note too
  CHECK(read["kst-32847-1100"] == std::pair<std::string, std::string>{"niet-uitgevoerd", ""});
  CHECK(read["kst-31839-1012"] == std::pair<std::string, std::string>{"uitvoering", "nog niet afgerond"});
  // a sentence that points back first still speaks of both
  auto both = run_modules(
      "De motie van het lid Dijk over de huren (Kamerstuk 32 847, nr. 1100) vraagt om een huurbevriezing. Deze motie "
      "en de motie van het lid Bikker (Kamerstuk 31 839, nr. 1012) zijn hiermee afgedaan.\n",
      letter_dated("2025-05-12"), {extract_motions, extract_decisions}, "brief.txt");
  for (const Reference* r : both.of(RefKind::motion))
    if (r->id == "kst-32847-1100") CHECK(r->motion->relation == "afgedaan");
}
