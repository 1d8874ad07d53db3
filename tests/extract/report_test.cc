// Reports: every example quoted next to a pattern in src/extract/report.cc,
// near misses that must stay silent, and the gazetteer's own well-formedness.
#include <catch2/catch.hpp>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

#include "kamerref/data/embedded.h"
#include "kamerref/extract/footnotes.h"
#include "kamerref/extract/report.h"
#include "kamerref/extract/text_util.h"
#include "kamerref/load/load.h"

using namespace kamerref;

namespace {

std::vector<Reference> reports_in(const std::string& text, const std::string& name = "brief.txt") {
  Document doc = load_document_from_bytes(name, text);
  ExtractContext ctx{doc, find_footnotes(doc), {}, {}};
  std::vector<Reference> refs;
  extract_reports(ctx, refs);
  return refs;
}

std::vector<std::string> ids_in(const std::string& text, const std::string& name = "brief.txt") {
  std::vector<std::string> ids;
  for (const Reference& r : reports_in(text, name)) ids.push_back(r.id);
  return ids;
}

struct Case {
  const char* text;
  std::vector<std::string> ids;
};

}  // namespace

TEST_CASE("recurring report series and their editions", "[report]") {
  const Case cases[] = {
      {"Uit het Dreigingsbeeld Terrorisme Nederland 46, dat op 20 november jl.1 aan uw \nKamer is aangeboden, blijkt",
       {"report-dtn-46"}},
      {"Het meest recente Dreigingsbeeld Terrorisme Nederland (DTN) benadrukt opnieuw de zorgen.", {"report-dtn"}},
      {"Zoals in \nmeerdere DTN's (Dreigingsbeeld Terrorisme Nederland) is aangegeven", {"report-dtn"}},
      {"Zoals in meerdere DTN\u2019s is aangegeven", {"report-dtn"}},
      {"langs de \nlijnen van de brede CT-strategie (Nationale Contraterrorisme-Strategie \n2016\u20132020)2. De aanpak",
       {"report-nationale-contraterrorisme-strategie-2016-2020"}},
      {"De Nationale Contraterrorisme-Strategie 2016\u20132020, die alle overheidspartners verbindt",
       {"report-nationale-contraterrorisme-strategie-2016-2020"}},
      {"Eerder analyseerden we de Nationale Contraterrorisme Strategie 2022-2026.",
       {"report-nationale-contraterrorisme-strategie-2022-2026"}},
      {"Nationale Extremismestrategie 2024-2029.", {"report-nationale-extremismestrategie-2024-2029"}},
      {"de definitie van extremisme die in de Nationale Extremisme Strategie gehanteerd wordt",
       {"report-nationale-extremismestrategie"}},
      {"Over de ontwikkelingen wordt jaarlijks gerapporteerd in het Cybersecuritybeeld Nederland.", {"report-csbn"}},
      {"Het CSBN 2024 laat zien dat de dreiging toeneemt.", {"report-csbn-2024"}},
      {"Zoals beschreven in het jaarverslag 2023 van de AIVD is de dreiging hoog.", {"report-aivd-jaarverslag-2023"}},
      {"Het AIVD-jaarverslag 2024 is gisteren verschenen.", {"report-aivd-jaarverslag-2024"}},
      {"Begroting Justitie en Veiligheid 2026, p. 37-5-7.", {"report-begroting-justitie-en-veiligheid-2026"}},
      {"In het 46e DTN staat dat de dreiging substantieel blijft.", {"report-dtn-46"}},
      {"Ook het Dreigingsbeeld Statelijke Actoren (DBSA) wijst hierop.", {"report-dbsa"}},
      // a number that is not an edition
      {"Het DTN 20 november jl. gepubliceerd laat dit zien.", {"report-dtn"}},
      {"Terrorismebestrijding; Brief regering; Dreigingsbeeld Terrorisme Nederland 37 (DTN 37) en beleidsbevindingen",
       {"report-dtn-37"}},
      {"Bijgaand bied ik u de openbare versie van het Dreigingsbeeld Terrorisme Nederland (DTN) 42 aan1, opgesteld",
       {"report-dtn-42"}},
      {"Het DTN42 schetst een dreigingsbeeld dat vraagt om voortdurende alertheid.", {"report-dtn-42"}},
      {"Het meest recente Dreigingsbeeld Terrorisme Nederland (49)3 toont dat de dreiging is veranderd.",
       {"report-dtn-49"}},
      {"zoals vervat in het Actieprogramma Integrale Aanpak Jihadisme wordt ingegaan",
       {"report-actieprogramma-integrale-aanpak-jihadisme"}},
      {"De Integrale aanpak terrorisme2 vormt het beleidsmatige antwoord.", {"report-integrale-aanpak-terrorisme"}},
      {"In de Nationale Contraterrorismestrategie 3 doelen onderscheiden.", {"report-nationale-contraterrorisme-strategie"}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(ids_in(c.text) == c.ids);
  }
}

TEST_CASE("a footnote names the edition of a series in its sentence", "[report]") {
  // voortgangsbrief VAO: `Nationale Extremisme Strategie gehanteerd wordt.²³` with note 23
  std::string text =
      "Het uitgangspunt is de definitie van extremisme die in de Nationale Extremisme Strategie gehanteerd "
      "wordt.\u00b2\u00b3 Aanvullend wordt onderzocht hoe.\n\n\u00b2\u00b3 Nationale Extremismestrategie 2024-2029.\n";
  auto refs = reports_in(text, "brief.md");
  REQUIRE(refs.size() == 2);
  CHECK(refs[0].id == "report-nationale-extremismestrategie-2024-2029");
  CHECK(refs[1].id == "report-nationale-extremismestrategie-2024-2029");
}

TEST_CASE("a footnote citing a series is a reference, with its date", "[report]") {
  std::string text =
      "Het kabinet blijft zich inzetten.\u00b9 Dat is nodig.\n\n\u00b9 NCTV, Dreigingsbeeld Terrorisme Nederland, december 2025.\n";
  auto refs = reports_in(text, "brief.md");
  REQUIRE(refs.size() == 1);
  CHECK(refs[0].id == "report-dtn");
  CHECK(refs[0].attr("date") == "2025-12");
}

TEST_CASE("quoted titles after a word that names a document", "[report]") {
  const Case cases[] = {
      {"Hierbij bied ik uw Kamer het onderzoek \u2018Schimmige scheidslijnen:\n\nJuridische, ethische, en praktische "
       "uitdagingen bij het detecteren en modereren van terroristische, extremistische en impliciet extremistische "
       "content, met respect voor de vrijheid van meningsuiting\u2019 aan.",
       {"report-schimmige-scheidslijnen"}},
      {"Rapport \u2018Schimmige scheidslijnen\u2019", {"report-schimmige-scheidslijnen"}},
      {"Samen met Duitsland en Frankrijk heeft Nederland het non-paper \u201cCountering together: Fighting Online "
       "Radicalisation, Violent Extremism and Terrorism\u201d opgesteld.",
       {"report-countering-together"}},
      {"wat heeft geresulteerd in het gezamenlijk opgestelde non-paper \n\n\u201cCountering together: Fighting Online "
       "Radicalisation, Violent Extremism and \n\nTerrorism\u201d. U deelt het non-paper",
       {"report-countering-together"}},
      {"Nederlands-Duits-Franse non-paper \"Countering together: Fighting Online Radicalisation\", December 2025.",
       {"report-countering-together"}},
      {"Bijgaand bied ik u de notitie \u00abIntegrale aanpak terrorisme\u00bb aan.", {"report-integrale-aanpak-terrorisme"}},
      {"In het kader van de strategie 'Kinderrechten in de digitale wereld' brengt het kabinet risico's in kaart.",
       {"report-kinderrechten-in-de-digitale-wereld"}},
      {"Het WODC-rapport 'Zicht op radicalisering' verscheen in mei.", {"report-zicht-op-radicalisering"}},
      {"Ik stuur u de beleidsreactie op 'Grenzen aan de vrijheid' toe.", {"report-grenzen-aan-de-vrijheid"}},
      {"het onderzoeksrapport, getiteld 'Online radicalisering van jongeren', is openbaar.",
       {"report-online-radicalisering-van-jongeren"}},
      // an apostrophe inside the title does not close it
      {"de verkenning 'Samenwerking in regio's en gemeenten' toont dat", {"report-samenwerking-in-regio-s-en-gemeenten"}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(ids_in(c.text) == c.ids);
  }
}

TEST_CASE("a title met once in quotes is found again when written plainly", "[report]") {
  std::string text =
      "Bijgaand bied ik u de notitie \u00abSamen sterk tegen ondermijning\u00bb aan. Met de uitvoering van "
      "Samen sterk tegen ondermijning zet dit kabinet zich in. Samen sterk staan we tegen ondermijning.";
  CHECK(ids_in(text) ==
        std::vector<std::string>{"report-samen-sterk-tegen-ondermijning", "report-samen-sterk-tegen-ondermijning"});
  // two words without a capital inside are too common to look for again
  CHECK(ids_in("het onderzoek 'Schimmige scheidslijnen' ... de Schimmige scheidslijnen van het debat").size() == 1);
}

TEST_CASE("BNC fiches and reports known by their subject", "[report]") {
  const Case cases[] = {
      {"Werkgroep Beoordeling Nieuwe Commissie voorstellen (BNC), Fiche - Terrorismebestrijdingsagenda EU, 10 april 2026.",
       {"report-fiche-terrorismebestrijdingsagenda-eu"}},
      {"Verder publiceerde het Den Haag Centrum voor Strategische Studies (HCSS) onlangs (10 maart jl.) een rapport "
       "over het COM-netwerk.",
       {"report-com-netwerk"}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(ids_in(c.text) == c.ids);
  }
}

TEST_CASE("a subject report takes the address its footnote gives", "[report]") {
  std::string text =
      "Verder publiceerde het HCSS een rapport over het COM-netwerk.\u00b2\u2076 Daarna volgde een reactie.\n\n"
      "\u00b2\u2076 <https://hcss.nl/report/hcss-focus-het-com-netwerk/>.\n";
  auto refs = reports_in(text, "brief.md");
  REQUIRE(refs.size() == 1);
  CHECK(refs[0].id == "report-com-netwerk");
  CHECK(refs[0].attr("url") == "https://hcss.nl/report/hcss-focus-het-com-netwerk/");
}

TEST_CASE("a footnote that opens with the publisher and a quoted title", "[report]") {
  std::string text =
      "De onderzoekers doen achttien aanbevelingen.\u00b3 Die neem ik over.\n\n"
      "\u00b3 ICCT, 'Schimmige scheidslijnen: juridische uitdagingen', november 2025.\n";
  CHECK(ids_in(text, "brief.md") == std::vector<std::string>{"report-schimmige-scheidslijnen"});
  std::string letter =
      "Zie de vorige brief.\u00b2 Die neem ik over.\n\n"
      "\u00b2 NCTV, 'Voortgangsbrief Versterkte Aanpak Online', 17 december 2025.\n";
  CHECK(ids_in(letter, "brief.md").empty());
}

TEST_CASE("ordinary words for documents are no references", "[report]") {
  const char* misses[] = {
      "Ik zal het rapport en de daarin gedane aanbevelingen actief betrekken in mijn dialoog.",
      "Het onderzoek richt zich op de vraag of het haalbaar is een duidingskader te ontwikkelen.",
      "In deze notitie informeer ik u over de wijze waarop dit kabinet invulling geeft.",
      "De integrale aanpak van terrorisme levert de noodzakelijke inzet passend bij het huidige dreigingsbeeld.",
      "Dreigingsbeeld \n\nDe terroristische dreiging is geenszins verminderd.",
      "Het dreigingsbeeld toont aan dat op meerdere borden tegelijk geschaakt moet worden.",
      "Beleidsmakers wordt aanbevolen om een 'multistakeholdergroep' op te richten.",
      "De ATKM blijft leidend binnen het zogeheten 'taxonomy project', waar indicatoren zijn.",
      "Het eindrapport zal in het najaar van 2026 aan uw Kamer worden aangeboden.",
      "Eind 2025 is een fiche opgesteld door de werkgroep Beoordeling Nieuwe Commissie voorstellen.",
      "Ik heb het rapport 's ochtends ontvangen en 's middags gelezen.",
      "Er komt een rapport over de voortgang van de aanpak.",
      "Het onderzoek naar de mogelijkheden wordt voortgezet.",
      "Het ADTN-project en de DTNA-werkgroep zijn gestart.",
      "De evaluatie van de DSA door de Europese Commissie is voorzien.",
      "Het advies 'nee' kwam snel.",
  };
  for (const char* text : misses) {
    INFO(text);
    CHECK(ids_in(text).empty());
  }
}

TEST_CASE("report ids, editions and title slugs", "[report]") {
  CHECK(report_id("dtn", "46") == "report-dtn-46");
  CHECK(report_id("dtn", "") == "report-dtn");
  CHECK(normalize_edition("2016\u20132020") == "2016-2020");
  CHECK(normalize_edition("2016-2020") == "2016-2020");
  CHECK(normalize_edition("2023/24") == "2023-2024");
  CHECK(normalize_edition("2023 / 2024") == "2023-2024");
  CHECK(normalize_edition("2020-2016").empty());
  CHECK(normalize_edition("46") == "46");
  CHECK(normalize_edition("46e").empty());
  CHECK(report_title_slug("Schimmige scheidslijnen: Juridische, ethische uitdagingen") == "schimmige-scheidslijnen");
  CHECK(report_title_slug("Countering together: Fighting Online Radicalisation") == "countering-together");
  CHECK(report_title_slug("Integrale aanpak terrorisme") == "integrale-aanpak-terrorisme");
  CHECK(report_title_slug("Evaluatie - deel twee") == "evaluatie");
  CHECK(report_title_slug("een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien") ==
        "een-twee-drie-vier-vijf-zes-zeven-acht-negen-tien-elf-twaalf");
}

TEST_CASE("every report-series gazetteer entry is well-formed and finds itself", "[report][gazetteer]") {
  std::vector<ReportSeriesForm> forms = parse_report_series(data::report_series());
  REQUIRE(forms.size() > 20);
  std::vector<std::string> seen;
  for (const ReportSeriesForm& f : forms) {
    INFO("line " << f.line << ": " << f.form);
    CHECK(slugify(f.slug) == f.slug);
    CHECK(std::find(seen.begin(), seen.end(), f.form) == seen.end());
    seen.push_back(f.form);
    std::string written = f.form;
    std::string edition;
    if (auto slot = written.find("{ed}"); slot != std::string::npos) {
      written.replace(slot, 4, "2023");
      edition = "2023";
    }
    auto ids = ids_in("Volgens het " + written + " is dat zo.");
    CHECK(ids == std::vector<std::string>{report_id(f.slug, edition)});
    if (f.edition != "none") {
      CHECK(ids_in("Volgens het " + written + " 2021-2024 is dat zo.") ==
            std::vector<std::string>{report_id(f.slug, "2021-2024")});
    }
  }
}

TEST_CASE("malformed report-series lines are refused with their line number", "[report][gazetteer]") {
  CHECK_THROWS_WITH(parse_report_series("# comment\ndtn\tDTN\texact\n"), Catch::Contains("report-series.tsv:2"));
  CHECK_THROWS(parse_report_series("DTN\tDTN\texact\tnumber\n"));          // slug not a slug
  CHECK_THROWS(parse_report_series("dtn\tDTN\tupper\tnumber\n"));          // unknown case
  CHECK_THROWS(parse_report_series("dtn\tDTN\texact\tsometimes\n"));       // unknown edition
  CHECK_THROWS(parse_report_series("dtn\tdreigingsbeeld\tname\tnumber\n"));  // a name starts with a capital
  CHECK_THROWS(parse_report_series("x\tjaarverslag {ed}\tany\tyear\n"));   // slot and edition after
  CHECK(parse_report_series("# only comments\n\n").empty());
}
