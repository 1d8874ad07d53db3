// Laws: every example quoted next to a pattern in src/extract/law.cc, near
// misses where `wet` is an ordinary word, and the gazetteer's well-formedness.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "kamerref/data/embedded.h"
#include "kamerref/extract/footnotes.h"
#include "kamerref/extract/law.h"
#include "kamerref/extract/text_util.h"
#include "kamerref/load/load.h"

using namespace kamerref;

namespace {

std::vector<Reference> laws_in(const std::string& text) {
  Document doc = load_document_from_bytes("brief.txt", text);
  ExtractContext ctx{doc, find_footnotes(doc), {}, {}};
  std::vector<Reference> refs;
  extract_laws(ctx, refs);
  return refs;
}

std::vector<std::string> ids_in(const std::string& text) {
  std::vector<std::string> ids;
  for (const Reference& r : laws_in(text)) ids.push_back(r.id);
  return ids;
}

struct Case {
  const char* text;
  std::vector<std::string> ids;
};

}  // namespace

TEST_CASE("laws named in the text", "[law]") {
  const Case cases[] = {
      {"4 Tijdelijke wet bestuurlijke maatregelen terrorismebestrijding (memorie van toelichting; \nKamerstuk 34 359, nr. 3).",
       {"wet-tijdelijke-wet-bestuurlijke-maatregelen-terrorismebestrijding"}},
      {"In dat jaar zal ook de Nederlandse Uitvoeringswet digitaal dienstenverordening worden geëvalueerd.",
       {"wet-uitvoeringswet-digitaledienstenverordening"}},
      {"Toezegging gedaan aan het lid van der Werf (D66) tijdens het plenair debat inzake de Uitvoeringswet "
       "verordening terroristische online-inhoud op 21 december 2022.",
       {"wet-uitvoeringswet-verordening-terroristische-online-inhoud"}},
      {"het Wetboek van Strafrecht en het Wetboek van Strafvordering", {"wet-wetboek-van-strafrecht", "wet-wetboek-van-strafvordering"}},
      {"Dat volgt uit de Algemene wet bestuursrecht.", {"wet-algemene-wet-bestuursrecht"}},
      {"de Wet op de inlichtingen- en veiligheidsdiensten 2017 (Wiv 2017) regelt dit",
       {"wet-op-de-inlichtingen-en-veiligheidsdiensten-2017"}},
      {"De Wiv 2017 regelt dit.", {"wet-op-de-inlichtingen-en-veiligheidsdiensten-2017"}},
      {"De burgemeester kan op grond van de Gemeentewet een gebiedsverbod opleggen.", {"wet-gemeentewet"}},
      {"de Politiewet 2012 en de Wet justitiële en strafvorderlijke gegevens",
       {"wet-politiewet-2012", "wet-justitiele-en-strafvorderlijke-gegevens"}},
      {"een integriteitstoets op grond van de Wet Bibob.", {"wet-bibob"}},
      {"de Wet bevordering integriteitsbeoordelingen door het openbaar bestuur is van toepassing", {"wet-bibob"}},
      {"Onder de Politiewet 1993 was dat anders.", {"wet-politiewet-1993"}},
      {"de Wet wapens en munitie verbiedt dit", {"wet-wapens-en-munitie"}},
      // a name holding a word that ends a name found by its shape (`naar`,
      // `in`): whole only through the gazetteer (data/laws.tsv)
      {"De Wet werk en inkomen naar arbeidsvermogen kent twee regelingen.",
       {"wet-werk-en-inkomen-naar-arbeidsvermogen"}},
      {"Ingevolge de Wet op de beroepen in de individuele gezondheidszorg is registratie verplicht.",
       {"wet-op-de-beroepen-in-de-individuele-gezondheidszorg"}},
      {"de Wet kinderopvang is gewijzigd", {"wet-kinderopvang"}},
      {"de Wet politiegegevens in verband met de verwerking", {"wet-politiegegevens"}},
      {"Op grond van de Vreemdelingenwet 2000 kan dat.", {"wet-vreemdelingenwet-2000"}},
      {"de Wet veiligheidsregio's en de Wet publieke gezondheid", {"wet-veiligheidsregio-s", "wet-publieke-gezondheid"}},
      {"de Invoeringswet Omgevingswet is aangenomen", {"wet-invoeringswet-omgevingswet"}},
      {"Het Burgerlijk Wetboek kent die figuur niet.", {"wet-burgerlijk-wetboek"}},
      {"een maatregel op grond van de Twbmt", {"wet-tijdelijke-wet-bestuurlijke-maatregelen-terrorismebestrijding"}},
      {"36 657 Wijziging van de Wet justitiële en strafvorderlijke gegevens ter vastlegging van de doelen",
       {"wet-justitiele-en-strafvorderlijke-gegevens"}},
      {"Wijziging van de Wet langdurige zorg ter verbetering van de toegang", {"wet-langdurige-zorg"}},
      {"de Wet op het primair onderwijs", {"wet-op-het-primair-onderwijs"}},
      // a plural verb after two names ends the second (data/law-name-ends.tsv)
      {"De Wet op het primair onderwijs en de Wet op de expertisecentra blijven ongewijzigd.",
       {"wet-op-het-primair-onderwijs", "wet-op-de-expertisecentra"}},
      {"in de zin van de Wet op de identificatieplicht en identiteitsbewijzen afgegeven door diensten",
       {"wet-op-de-identificatieplicht"}},
      {"de Beginselenwet justitiële jeugdinrichtingen en de Wet DNA-onderzoek bij veroordeelden",
       {"wet-beginselenwet-justitiele-jeugdinrichtingen", "wet-dna-onderzoek"}},
      {"Daarnaast biedt de Gemeentewet burgemeesters de mogelijkheid", {"wet-gemeentewet"}},
      {"Wijziging van de Wet bescherming persoonsgegevens en enige andere wetten in verband met",
       {"wet-bescherming-persoonsgegevens"}},
      {"Wijziging van het Wetboek van Burgerlijke Rechtsvordering en enige andere wetten (Wet vereenvoudiging en "
       "modernisering bewijsrecht)",
       {"wet-wetboek-van-burgerlijke-rechtsvordering", "wet-vereenvoudiging-en-modernisering-bewijsrecht"}},
      {"het wetsvoorstel Wijziging van de Wet op de Kamers van Koophandel en Nijverheid BES (35246)",
       {"wet-op-de-kamers-van-koophandel"}},
      {"de Wet op het onderwijstoezicht in verband met het wettelijk regelen", {"wet-op-het-onderwijstoezicht"}},
      // a subordinate clause ends in its verb
      {"constaterende dat de Wet kwaliteitsborging bouwen tekortschiet;", {"wet-kwaliteitsborging-bouwen"}},
      {"overwegende dat de Uitvoeringswet huurprijzen woonruimte knelt,", {"wet-uitvoeringswet-huurprijzen-woonruimte"}},
      {"De Wet open overheid (Woo) vervangt de Wet openbaarheid van bestuur. Een Woo-verzoek is ingediend.",
       {"wet-open-overheid", "wet-openbaarheid-van-bestuur"}},
      // names stop where the name stops (issue 12); a name that begins with `Wet` does not repeat it
      {"op grond van een verkeerde interpretatie van de Wet op de Medische Keuringen (WMK) ten onrechte",
       {"wet-op-de-medische-keuringen"}},
      {"Gewijzigde motie van de leden Van Nispen en Ellian over in de Wet op de medische keuringen verduidelijken",
       {"wet-op-de-medische-keuringen"}},
      {"sinds de Wet passend onderwijs van kracht is", {"wet-passend-onderwijs"}},
      {"verzoekt de regering om bij de evaluatie van de Wet betaalbare huur mee te nemen of", {"wet-betaalbare-huur"}},
      {"overwegende dat de Wet gewasbeschermingsmiddelen en biociden de mogelijkheid biedt om",
       {"wet-gewasbeschermingsmiddelen-en-biociden"}},
      {"Wijziging van de Wet kwaliteit, klachten en geschillen zorg in verband met het regelen van",
       {"wet-kwaliteit-klachten-en-geschillen-zorg"}},
      {"de Wet marktordening gezondheidszorg", {"wet-marktordening-gezondheidszorg"}},
      // near misses: a capital after `Wet op de` only in a title-case run; `van` inside a name stays
      {"de Wet op de medische keuringen Nederland heeft", {"wet-op-de-medische-keuringen"}},
      {"de Wet bescherming van de persoonlijke levenssfeer", {"wet-bescherming-van-de-persoonlijke-levenssfeer"}},
      // the first person's verb before its subject ends the name
      {"Over de Wet op de ruimtelijke ordening heb ik u eerder geïnformeerd.", {"wet-op-de-ruimtelijke-ordening"}},
      {"Bij de Wet betaalbare huur ga ik in op de huurprijzen.", {"wet-betaalbare-huur"}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(ids_in(c.text) == c.ids);
  }
}

TEST_CASE("law ids: `Wet` is not repeated, other first words are kept", "[law]") {
  CHECK(law_id("Wet op de medische keuringen") == "wet-op-de-medische-keuringen");
  CHECK(law_id("Wet marktordening gezondheidszorg") == "wet-marktordening-gezondheidszorg");
  CHECK(law_id("Tijdelijke wet bestuurlijke maatregelen terrorismebestrijding") ==
        "wet-tijdelijke-wet-bestuurlijke-maatregelen-terrorismebestrijding");
  CHECK(law_id("Wetboek van Strafrecht") == "wet-wetboek-van-strafrecht");
  CHECK(law_id("Gemeentewet") == "wet-gemeentewet");
}

TEST_CASE("bills are laws with stage wetsvoorstel", "[law]") {
  auto refs = laws_in(
      "De strafrechtelijke aanpak wordt \nverder versterkt met het wetsvoorstel Versterking strafrechtelijke aanpak \n"
      "terrorisme13. Dit wetsvoorstel ziet onder andere op verlenging");
  REQUIRE(refs.size() == 1);
  CHECK(refs[0].id == "wet-versterking-strafrechtelijke-aanpak-terrorisme");
  CHECK(refs[0].attr("stage") == "wetsvoorstel");

  auto named = laws_in("Het wetsvoorstel Wet versterking weerbaarheid is ingediend.");
  REQUIRE(named.size() == 1);
  CHECK(named[0].id == "wet-versterking-weerbaarheid");
  CHECK(named[0].attr("stage") == "wetsvoorstel");
}

TEST_CASE("articles of a law", "[law]") {
  auto sr = laws_in("Deelneming aan een terroristische organisatie is strafbaar op grond van artikel 140a Sr.");
  REQUIRE(sr.size() == 1);
  CHECK(sr[0].id == "wet-wetboek-van-strafrecht");
  CHECK(sr[0].attr("artikel") == "140a");

  auto awb = laws_in("zie artikel 5:20, eerste lid, van de Algemene wet bestuursrecht");
  REQUIRE(awb.size() == 1);
  CHECK(awb[0].id == "wet-algemene-wet-bestuursrecht");
  CHECK(awb[0].attr("artikel") == "5:20");

  // `Sr` on its own is no law
  CHECK(ids_in("De Sr. medewerker en de Sv-coördinator spraken.").empty());
}

TEST_CASE("a short form refers back to the law named before it", "[law]") {
  auto refs = laws_in(
      "(Uitvoeringswet) Verordening Terroristische Online Inhoud\n\n"
      "Momenteel wordt de Uitvoeringswet geëvalueerd conform de wettelijke verplichting.");
  REQUIRE(refs.size() == 2);
  CHECK(refs[0].id == "wet-uitvoeringswet-verordening-terroristische-online-inhoud");
  CHECK(refs[1].id == "wet-uitvoeringswet-verordening-terroristische-online-inhoud");
  CHECK(refs[1].attr("name") == "Uitvoeringswet");

  auto tijdelijk = laws_in(
      "De Tijdelijke wet bestuurlijke maatregelen terrorismebestrijding is verlengd. De Tijdelijke wet "
      "vervalt in 2027.");
  CHECK(tijdelijk.size() == 2);
  CHECK(tijdelijk.back().id == "wet-tijdelijke-wet-bestuurlijke-maatregelen-terrorismebestrijding");

  // nothing named before: no reference
  CHECK(ids_in("Momenteel wordt de Uitvoeringswet geëvalueerd.").empty());
}

TEST_CASE("abbreviations a document defines", "[law]") {
  auto jd = laws_in(
      "de huidige Wet op de justitiële documentatie en op de verklaringen omtrent het gedrag (Wet JD) "
      "(Stb. 1955, 395). Volgens artikel 1, eerste lid, van de Wet JD dient");
  REQUIRE(jd.size() == 2);
  CHECK(jd[0].id == "wet-op-de-justitiele-documentatie-en-op-de-verklaringen-omtrent-het-gedrag");
  CHECK(jd[1].id == jd[0].id);
  CHECK(jd[1].attr("artikel") == "1");

  auto wms = laws_in(
      "in artikel 10, tweede lid, Wet militaire strafrechtspraak (WMS) wordt bedoeld. Het eerste lid van "
      "artikel 10 WMS regelt dat.");
  REQUIRE(wms.size() == 2);
  CHECK(wms[1].id == "wet-militaire-strafrechtspraak");
  CHECK(wms[1].attr("artikel") == "10");

  // before its definition the letters mean nothing yet
  CHECK(ids_in("De WMS is oud. De Wet militaire strafrechtspraak (WMS) geldt.").size() == 1);
}

TEST_CASE("an abbreviation defined twice gives each mention one law, the last defined before it", "[law]") {
  // `(WMS)` first for one law, then for another: each later `WMS` is one
  // reference, to the law defined last before it (not one per definition)
  auto refs = laws_in(
      "De Wet militaire strafrechtspraak (WMS) geldt. Artikel 10 WMS regelt dat. Later noemt de tekst de "
      "Wet materieel strafrecht (WMS) ook zo. Artikel 11 WMS regelt dit en artikel 12 WMS dat.");
  std::vector<std::string> mentions;
  for (const Reference& r : refs)
    if (r.attr("name") == "WMS") mentions.push_back(r.id);
  CHECK(mentions == std::vector<std::string>{"wet-militaire-strafrechtspraak", "wet-materieel-strafrecht",
                                             "wet-materieel-strafrecht"});

  // defined again for the same law: no duplicate references
  auto twice = laws_in(
      "De Wet militaire strafrechtspraak (WMS) geldt. Zie de Wet militaire strafrechtspraak (WMS) en artikel "
      "10 WMS.");
  REQUIRE(twice.size() == 3);  // the name twice, `artikel 10 WMS` once
  CHECK(twice[2].attr("name") == "WMS");
  CHECK(twice[2].id == "wet-militaire-strafrechtspraak");
}

TEST_CASE("long documents: mentions of a defined abbreviation are all found", "[law]") {
  // many definitions and many mentions, as in a long document: every mention
  // is one reference (and the search stays linear)
  std::string text;
  for (int i = 0; i < 200; ++i)
    text += "De Wet militaire strafrechtspraak (WMS) geldt. Artikel 10 WMS en artikel 11 WMS regelen dat.\n";
  auto refs = laws_in(text);
  CHECK(std::count_if(refs.begin(), refs.end(), [](const Reference& r) { return r.attr("name") == "WMS"; }) == 400);
}

TEST_CASE("BWB numbers", "[law]") {
  CHECK(ids_in("Het Wetboek van Strafrecht (BWBR0001854) en later weer het Wetboek van Strafrecht.") ==
        std::vector<std::string>{"BWBR0001854", "BWBR0001854"});
  CHECK(ids_in("Zie https://wetten.overheid.nl/BWBR0005537/2024-01-01 voor de tekst.") ==
        std::vector<std::string>{"BWBR0005537"});
  CHECK(ids_in("nummer BWBR00055371 klopt niet").empty());
}

TEST_CASE("the word wet in prose is no reference", "[law]") {
  const char* misses[] = {
      "Belangrijke Europese wet- en regelgeving, zoals de DSA, is inmiddels van kracht.",
      "U bent in belangrijke mate afhankelijk van internationale wet en -regelgeving.",
      "Dat moet gebeuren binnen de grenzen van de wet.",
      "De wet biedt daarvoor geen grondslag.",
      "Wet- en regelgeving\n\nDe Kamer wordt geïnformeerd.",
      "Wet en regelgeving\n\nDe Kamer wordt geïnformeerd.",
      "zoals is toegezegd tijdens het Wetgevingsoverleg Digitale Zaken van 2 maart jl.",
      "het belang om ook het wettelijk instrumentarium effectief in te zetten",
      "Dit wetsvoorstel ziet onder andere op verlenging van voorlopige hechtenis.",
      "De Wet is duidelijk.",
      "Wet van 10 juli 2024, houdende regels.",
      "Er komt een nieuwe wet.",
      "een Europese minimumleeftijd of nationale wetgeving",
      "Eén Uitvoeringswet is niet genoeg.",
      "constaterende dat de Wet tekortschiet;",
      "Een Awb-procedure en een Wwft-melding.",
  };
  for (const char* text : misses) {
    INFO(text);
    CHECK(ids_in(text).empty());
  }
}

TEST_CASE("where a law name ends", "[law]") {
  auto end_of = [](std::string text, bool capitals) {
    std::size_t head = text.find(' ');
    return text.substr(0, law_name_end(text, head, capitals));
  };
  CHECK(end_of("Wet justitiële en strafvorderlijke gegevens en de Wet politiegegevens", false) ==
        "Wet justitiële en strafvorderlijke gegevens");
  CHECK(end_of("Wet op de inlichtingen- en veiligheidsdiensten 2017 (Wiv 2017)", false) ==
        "Wet op de inlichtingen- en veiligheidsdiensten 2017");
  CHECK(end_of("Wet ter voorkoming van witwassen en financieren van terrorisme, die", false) ==
        "Wet ter voorkoming van witwassen en financieren van terrorisme");
  CHECK(end_of("Wet politiegegevens is gewijzigd", false) == "Wet politiegegevens");
  CHECK(end_of("Wet publieke gezondheid verlengd wordt", false) == "Wet publieke gezondheid");
  CHECK(end_of("Uitvoeringswet Verordening Terroristische Online Inhoud\n\nMomenteel", true) ==
        "Uitvoeringswet Verordening Terroristische Online Inhoud");
  CHECK(end_of("Uitvoeringswet geëvalueerd conform", true) == "Uitvoeringswet");
  CHECK(end_of("Wet van de", false) == "Wet");
  // a number marker is no word of a name: `Wet`, then a stuk's number on the next line
  CHECK(end_of("Wet \nNr. 11 MOTIE", true) == "Wet");
}

TEST_CASE("every laws gazetteer entry is well-formed and finds itself", "[law][gazetteer]") {
  std::vector<LawForm> forms = parse_laws(data::laws());
  REQUIRE(forms.size() > 20);
  std::vector<std::string> seen;
  for (const LawForm& f : forms) {
    INFO("line " << f.line << ": " << f.form);
    CHECK(std::find(seen.begin(), seen.end(), f.form) == seen.end());
    seen.push_back(f.form);
    std::string text = f.letter_case == "cite" ? "Volgens artikel 12 " + f.form + " is dat zo."
                                               : "Volgens de " + f.form + " is dat zo.";
    auto refs = laws_in(text);
    REQUIRE(refs.size() == 1);
    CHECK(refs[0].id == law_id(f.citeertitel));
    CHECK(refs[0].attr("bwb") == f.bwb);
  }
}

TEST_CASE("malformed laws lines are refused with their line number", "[law][gazetteer]") {
  CHECK_THROWS_WITH(parse_laws("# comment\nGemeentewet\tGemeentewet\tname\n"), Catch::Contains("laws.tsv:2"));
  CHECK_THROWS(parse_laws("Gemeentewet\tGemeentewet\tupper\t-\n"));
  CHECK_THROWS(parse_laws("Gemeentewet\tgemeentewet\tname\t-\n"));
  CHECK_THROWS(parse_laws("Gemeentewet\tGemeentewet\tname\tBWB123\n"));
  CHECK_THROWS(parse_laws("\tGemeentewet\tname\t-\n"));
  CHECK(parse_laws("Gemeentewet\tGemeentewet\tname\tBWBR0005416\n").at(0).bwb == "BWBR0005416");
}
