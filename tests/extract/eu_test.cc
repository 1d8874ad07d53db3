// EU references: every pattern's example from src/extract/eu.cc, sentences
// from the corpus and typical Kamerbrieven, near misses, and the gazetteer.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "kamerref/data/embedded.h"
#include "kamerref/extract/context.h"
#include "kamerref/extract/eu.h"
#include "kamerref/extract/extract.h"
#include "kamerref/extract/text_util.h"
#include "kamerref/load/load.h"

using namespace kamerref;

namespace {

struct Found {
  std::vector<std::string> ids;
  std::vector<std::string> texts;  // the matched text, squeezed
  std::vector<Reference> refs;
};

Found find_eu(const std::string& text) {
  Document doc = load_document_from_bytes("test.txt", text);
  ExtractContext ctx{doc, {}, {}, {}};
  Found f;
  extract_eu_acts(ctx, f.refs);
  for (const Reference& r : f.refs) {
    CHECK(r.kind == RefKind::eu);
    f.ids.push_back(r.id);
    f.texts.push_back(squeeze(std::string_view(doc.text).substr(r.match.begin, r.match.size())));
  }
  return f;
}

using Ids = std::vector<std::string>;

constexpr const char* kDsa = "celex-32022R2065";
constexpr const char* kToi = "celex-32021R0784";
constexpr const char* kAvmsd = "celex-32010L0013";
constexpr const char* kPnr = "celex-32016L0681";
constexpr const char* kAvg = "celex-32016R0679";

}  // namespace

TEST_CASE("eu: sentences from the corpus", "[eu]") {
  struct Case {
    const char* text;
    Ids ids;
    std::vector<std::string> matched;
  };
  const std::vector<Case> cases = {
      {"- Belangrijke Europese wet- en regelgeving, zoals de Digitaal dienstenverordening (DSA) en de "
       "Verordening Terroristische Online-Inhoud (TOI), is inmiddels van kracht.",
       {kDsa, kToi},
       {"Digitaal dienstenverordening (DSA)", "Verordening Terroristische Online-Inhoud (TOI)"}},
      {"Met de Verordening Terroristische Online-Inhoud (TOI-verordening) en de Digital Services Act (DSA) "
       "beschikt de EU over concrete instrumenten om bepaalde illegale online inhoud aan te pakken.",
       {kToi, kDsa},
       {"Verordening Terroristische Online-Inhoud (TOI-verordening)", "Digital Services Act (DSA)"}},
      {"De handhaving van de TOI-verordening is in Nederland belegd bij de ATKM, en het toezicht op in "
       "Nederland gevestigde platformen binnen de reikwijdte van de DSA bij de Autoriteit Consument & Markt.",
       {kToi, kDsa},
       {"TOI-verordening", "DSA"}},
      {"constaterende dat er met de Verordening TOI (terroristische online-inhoud) een Europese definitie is "
       "van terroristische content;",
       {kToi},
       {"Verordening TOI"}},
      {"Met de implementatie van de \nPassenger Name Record (PNR)-richtlijn en de inrichting van een \n"
       "passagiersinformatie-eenheid (Pi-NL) in mei 2018",
       {kPnr},
       {"Passenger Name Record (PNR)-richtlijn"}},
      {"Naast (de evaluatie van) de DSA, komt momenteel de Digital Fairness Act (DFA) tot stand en wordt de "
       "Audiovisuele Media Services Directive (AVSMD) herzien.",
       {kDsa, "eu-digital-fairness-act", kAvmsd},
       {"DSA", "Digital Fairness Act (DFA)", "Audiovisuele Media Services Directive (AVSMD)"}},
      {"Ook presenteerde de Europese Commissie onlangs de nieuwe EU Contra-terrorisme (EU-CT) agenda, waarin "
       "specifiek aandacht is voor de online dreiging.",
       {"eu-counter-terrorism-agenda"},
       {"EU Contra-terrorisme (EU-CT) agenda"}},
      {"In het kader van de ontwikkeling van een nieuwe EU CT-Agenda riep de Europese Commissie lidstaten op.",
       {"eu-counter-terrorism-agenda"},
       {"EU CT-Agenda"}},
      {"Werkgroep Beoordeling Nieuwe Commissie voorstellen (BNC), Fiche - Terrorismebestrijdingsagenda EU, "
       "10 april 2026.",
       {"eu-counter-terrorism-agenda"},
       {"Terrorismebestrijdingsagenda EU"}},
      {"Richtsnoeren inzake maatregelen om een hoog niveau van privacy, veiligheid en beveiliging voor "
       "minderjarigen online te waarborgen, overeenkomstig artikel 28, lid 4, van Verordening (EU) 2022/2065, "
       "C(2025) 6826 final.",
       {kDsa, "eu-c-2025-6826"},
       {"Verordening (EU) 2022/2065", "C(2025) 6826 final"}},
      {"Toezegging gedaan aan het lid van der Werf (D66) tijdens het plenair debat inzake de Uitvoeringswet "
       "verordening terroristische online-inhoud op 21 december 2022.",
       {kToi},
       {"verordening terroristische online-inhoud"}},
      {"(Uitvoeringswet) Verordening Terroristische Online Inhoud", {kToi}, {"Verordening Terroristische Online Inhoud"}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    Found f = find_eu(c.text);
    CHECK(f.ids == c.ids);
    CHECK(f.texts == c.matched);
  }
}

TEST_CASE("eu: acts cited by number", "[eu]") {
  struct Case {
    const char* text;
    Ids ids;
  };
  const std::vector<Case> cases = {
      {"Verordening (EU) 2022/2065 van het Europees Parlement en de Raad", {kDsa}},
      {"Regulation (EU) 2021/784 on addressing the dissemination of terrorist content online", {kToi}},
      {"de implementatie van Richtlijn (EU) 2016/681", {kPnr}},
      {"de implementatie van richtlijn 2016/681 over PNR-gegevens", {kPnr}},
      {"Richtlijn 2010/13/EU betreffende audiovisuele mediadiensten", {kAvmsd}},
      {"Directive 2010/13/EU (Audiovisual Media Services Directive)", {kAvmsd}},
      {"ter vervanging van Richtlijn 95/46/EG", {"celex-31995L0046"}},
      {"Directive 95/46/EC of the European Parliament", {"celex-31995L0046"}},
      {"Verordening (EG) nr. 45/2001 wordt ingetrokken", {"celex-32001R0045"}},
      {"Verordening (EG) nr. 765/2008", {"celex-32008R0765"}},
      {"Regulation (EC) No 45/2001", {"celex-32001R0045"}},
      {"Verordening (EU) nr. 1215/2012 (Brussel I bis)", {"celex-32012R1215"}},
      {"Verordening (EU) 1215/2012", {"celex-32012R1215"}},
      {"Verordening (EEG) nr. 1612/68 van de Raad", {"celex-31968R1612"}},
      {"Kaderbesluit 2002/475/JBZ van de Raad inzake terrorismebestrijding", {"celex-32002F0475"}},
      {"Council Framework Decision 2002/475/JHA", {"celex-32002F0475"}},
      {"Besluit 2008/615/JBZ (Prümbesluit)", {"celex-32008D0615"}},
      {"Besluit 2008/615/JBZ van de Raad, het Prümbesluit", {"celex-32008D0615", "celex-32008D0615"}},
      {"Uitvoeringsbesluit (EU) 2022/382 van de Raad", {"celex-32022D0382"}},
      {"Besluit (GBVB) 2019/797 van de Raad", {"celex-32019D0797"}},
      {"Uitvoeringsverordening (EU) 2019/947 van de Commissie", {"celex-32019R0947"}},
      {"Gedelegeerde Verordening (EU) 2019/945 van de Commissie", {"celex-32019R0945"}},
      {"Commission Implementing Regulation (EU) 2019/947", {"celex-32019R0947"}},
      {"Verordening (EU) 2016/679 en Richtlijn (EU) 2016/680", {kAvg, "celex-32016L0680"}},
      {"de Verordeningen (EU) 2024/1347 en (EU) 2024/1351", {"celex-32024R1347", "celex-32024R1351"}},
      {"de Richtlijnen 2011/95/EU en 2013/32/EU", {"celex-32011L0095", "celex-32013L0032"}},
      {"Verordeningen (EU) 2025/12, (EU) 2025/13 en (EU) 2024/982", {"celex-32025R0012", "celex-32025R0013", "celex-32024R0982"}},
      {"tot wijziging van Verordening (EU) nr. 603/2013 en (EU) nr. 604/2013", {"celex-32013R0603", "celex-32013R0604"}},
      {"Verordening (EU) 2022/2065 (digitaledienstenverordening)", {kDsa}},
      // Commission documents
      {"het voorstel COM(2020) 825 final", {"eu-com-2020-825"}},
      {"SWD(2020) 348 final", {"eu-swd-2020-348"}},
      {"JOIN(2020) 18 final", {"eu-join-2020-18"}},
      {"COM (2022) 209 def.", {"eu-com-2022-209"}},
      {"zie COM/2020/825 final", {"eu-com-2020-825"}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(find_eu(c.text).ids == c.ids);
  }
}

TEST_CASE("eu: one reference for a number and its name", "[eu]") {
  Found f = find_eu("Verordening (EU) 2022/2065 (DSA) en de Digital Services Act (Verordening (EU) 2022/2065)");
  REQUIRE(f.ids == Ids{kDsa, kDsa});
  CHECK(f.texts == std::vector<std::string>{"Verordening (EU) 2022/2065 (DSA)",
                                            "Digital Services Act (Verordening (EU) 2022/2065)"});
  CHECK(f.refs[0].attr("celex") == "32022R2065");
  CHECK(f.refs[0].attr("name") == "Digital Services Act");
  CHECK(f.refs[0].attr("act_type") == "regulation");
}

TEST_CASE("eu: articles", "[eu]") {
  struct Case {
    const char* text;
    const char* article;
    const char* lid;
  };
  const std::vector<Case> cases = {
      {"definitieve richtsnoeren ter bescherming van minderjarigen online, overeenkomstig artikel 28 van de DSA.",
       "28", ""},
      {"overeenkomstig artikel 28, lid 4, van Verordening (EU) 2022/2065", "28", "4"},
      {"Article 28(4) of Regulation (EU) 2022/2065", "28", "4"},
      {"op grond van artikel 6 AVG", "6", ""},
      {"art. 9 van de AVG", "9", ""},
      {"artikel 5, eerste lid, onder a, van de AVG", "5", "1"},
      {"artikel 28, vierde lid, DSA", "28", "4"},
      {"artikel 15 van de Grondwet en de AVG", "", ""},
      {"de DSA", "", ""},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    Found f = find_eu(c.text);
    REQUIRE(f.refs.size() == 1);
    CHECK(f.refs[0].attr("article") == c.article);
    CHECK(f.refs[0].attr("lid") == c.lid);
  }
}

TEST_CASE("eu: names, abbreviations and compounds", "[eu]") {
  struct Case {
    const char* text;
    Ids ids;
  };
  const std::vector<Case> cases = {
      {"de Digitaledienstenverordening", {kDsa}},
      {"de digitaledienstenverordening", {kDsa}},
      {"de Digitale dienstenverordening", {kDsa}},
      {"the terrorist content online regulation", {kToi}},
      {"de TCO-verordening", {kToi}},
      {"de Verordening Terroristische\nOnline-Inhoud", {kToi}},
      {"de AVMD-richtlijn en de Richtlijn audiovisuele mediadiensten", {kAvmsd, kAvmsd}},
      {"de AVMSD", {kAvmsd}},
      {"de PNR-Richtlijn", {kPnr}},
      {"de PNR-richtlijn", {kPnr}},
      {"de AVG", {kAvg}},
      {"de GDPR", {kAvg}},
      {"de Algemene verordening gegevensbescherming (AVG)", {kAvg}},
      {"AVG-boetes", {kAvg}},
      {"de AI Act en de AI-verordening", {"celex-32024R1689", "celex-32024R1689"}},
      {"de DMA", {"celex-32022R1925"}},
      {"de NIS2-richtlijn", {"celex-32022L2555"}},
      {"NIS2", {"celex-32022L2555"}},
      {"de Data Act en de Data Governance Act", {"celex-32023R2854", "celex-32022R0868"}},
      {"de eIDAS-verordening", {"celex-32014R0910"}},
      {"eIDAS 2.0", {"celex-32024R1183"}},
      {"de EMFA", {"celex-32024R1083"}},
      {"de CSAM interim regulation", {"celex-32021R1232"}},
      {"de CSA-verordening (chatcontrole)", {"eu-csa-regulation"}},
      {"de CSA-verordening, ook wel Chat Control genoemd", {"eu-csa-regulation", "eu-csa-regulation"}},
      {"het e-Evidence pakket", {"celex-32023R1543"}},
      {"de e-Evidence-verordening", {"celex-32023R1543"}},
      {"de Terrorismerichtlijn", {"celex-32017L0541"}},
      {"de Dublin III-verordening", {"celex-32013R0604"}},
      {"de Schengengrenscode", {"celex-32016R0399"}},
      {"de Terugkeerrichtlijn", {"celex-32008L0115"}},
      {"de Europolverordening", {"celex-32016R0794"}},
      {"de Richtlijn gegevensbescherming opsporing en vervolging", {"celex-32016L0680"}},
      {"de vijfde anti-witwasrichtlijn (AMLD5)", {"celex-32018L0843"}},
      {"de Verordening asiel- en migratiebeheer", {"celex-32024R1351"}},
      {"Prüm II", {"celex-32024R0982"}},
      // longest match wins
      {"de Europese AI-verordening", {"celex-32024R1689"}},
      {"de Uitvoeringswet Algemene verordening gegevensbescherming (UAVG). De UAVG geldt.", {kAvg}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(find_eu(c.text).ids == c.ids);
  }
}

TEST_CASE("eu: an abbreviation defined in the text counts later on", "[eu]") {
  Found f = find_eu(
      "Daarnaast komt de Digital Fairness Act (DFA) tot stand. De DFA-verordening moet consumenten online "
      "beschermen; de DFA is nog niet voorgesteld. Een DFAX-systeem niet.");
  CHECK(f.ids == Ids{"eu-digital-fairness-act", "eu-digital-fairness-act", "eu-digital-fairness-act"});
  CHECK(f.texts == std::vector<std::string>{"Digital Fairness Act (DFA)", "DFA-verordening", "DFA"});
  CHECK(f.refs[1].attr("matched_by") == "defined-abbreviation");

  // only after the definition
  CHECK(find_eu("De DFA komt eraan: de Digital Fairness Act (DFA).").ids == Ids{"eu-digital-fairness-act"});
  // `(EU)` is no abbreviation of the act
  CHECK(find_eu("Richtlijn 2016/681 (EU) geldt. De EU werkt samen.").ids == Ids{kPnr});
  // `(hierna: ...)`
  CHECK(find_eu("Verordening (EU) 2024/1083 (hierna: EMFA2) ... de EMFA2 geldt").ids == Ids{"celex-32024R1083", "celex-32024R1083"});
}

TEST_CASE("eu: the Uitvoeringswet carries the act's name", "[eu]") {
  Found f = find_eu("de Uitvoeringswet digitaal dienstenverordening wordt geëvalueerd");
  REQUIRE(f.ids == Ids{kDsa});
  CHECK(f.refs[0].attr("in_law_name") == "Uitvoeringswet");
}

TEST_CASE("eu: near misses are no references", "[eu]") {
  const char* misses[] = {
      "De Europese Commissie heeft lidstaten uitgenodigd om proactief met voorstellen te komen.",
      "Een belangrijk aanvullend EU-instrument is het EU Internet Forum (EUIF), waar lidstaten, "
      "EU-instellingen en online platformen samenwerken.",
      "Nederland ondersteunt EU-lidstaten bij het ontwikkelen en implementeren van beleid.",
      "Dit zal worden meegenomen bij het bepalen van de Nederlandse inzet op EU-niveau.",
      "Ten slotte wordt, onder andere aan de hand van een Europese richtlijn, gewerkt aan betere voorbereiding.",
      "Doel is een richtlijn worden op te stellen die bevoegde autoriteiten ondersteunt.",
      "In het kader van de EU Knowledge Hub on Prevention of Radicalisation leidt Nederland een werkgroep.",
      "Bij deze verkenning wordt rekening gehouden met de Europese kaders en Europese regelgevingskaders.",
      "de EU-Routekaart voor het verbeteren van informatie-uitwisseling",
      "de verspreiding van terroristische online-inhoud tegengaan",
      "het uitwisselen van PNR-gegevens en API-gegevens",
      "de aanpak van CSAM op platforms",
      "het veiligstellen van e-evidence door de politie",
      "Le toi et le moi; het toilet; TOILET; Toi; TOIlet",
      "de dsa en de avg in kleine letters",
      "EDSA en DSAX en AVGX",
      "Total Cost of Ownership (TCO) van de systemen. De TCO is hoog.",
      "Besluit 2019/12 van de gemeente; Besluit van 12 maart 2019, Stb. 2019, 123",
      "Kamerstukken II 2025/26, 22 112, nr. 4207",
      "Kamerstukken II 2023/24, 29754, nr. 690",
      "in het vergaderjaar 2025/2026",
      "de richtlijn 2019 van de NVvP",
      "C(2025) zonder nummer, en c(2025) 12 in kleine letters",
      "de Europese Unie, de Raad en het Europees Parlement",
      "de JBZ-Raad van 5 maart jl.",
      "in EU- of VN verband, EU Contra-terrorisme coordinator",
  };
  for (const char* text : misses) {
    INFO(text);
    CHECK(find_eu(text).ids.empty());
  }
}

TEST_CASE("eu: page furniture is skipped", "[eu]") {
  Document doc = load_document_from_bytes("test.txt", "De DSA\n\nDe DSA beoogt bij te dragen.");
  ExtractContext ctx{doc, {}, {Span{0, 6}}, {}};
  std::vector<Reference> refs;
  extract_eu_acts(ctx, refs);
  REQUIRE(refs.size() == 1);
  CHECK(refs[0].match.begin == 11);
}

TEST_CASE("eu: ids", "[eu]") {
  CHECK(celex_id('R', 2022, 2065) == "celex-32022R2065");
  CHECK(celex_id('R', 2021, 784) == "celex-32021R0784");
  CHECK(celex_id('L', 1995, 46) == "celex-31995L0046");
  CHECK(celex_id('F', 2002, 475) == "celex-32002F0475");
  CHECK(is_valid_eu_id("celex-32022R2065"));
  CHECK(is_valid_eu_id("eu-digital-fairness-act"));
  CHECK(is_valid_eu_id("eu-c-2025-6826"));
  CHECK_FALSE(is_valid_eu_id("celex-32021R784"));
  CHECK_FALSE(is_valid_eu_id("celex-2022R2065"));
  CHECK_FALSE(is_valid_eu_id("celex-32022X2065"));
  CHECK_FALSE(is_valid_eu_id("eu-Digital-Fairness"));
  CHECK_FALSE(is_valid_eu_id("eu--dfa"));
  CHECK_FALSE(is_valid_eu_id("eu-dfa-"));
  CHECK_FALSE(is_valid_eu_id("dsa"));
  CHECK(eu_form_key("Online-Inhoud", false) == "onlineinhoud");
  CHECK(eu_form_key("online inhoud", false) == "onlineinhoud");
  CHECK(eu_form_key("NIS 2", true) == "NIS2");
}

TEST_CASE("eu: the gazetteer parses and is consistent", "[eu][gazetteer]") {
  const EuGazetteer& g = eu_gazetteer();
  for (const std::string& e : g.errors) FAIL_CHECK(e);
  CHECK(g.acts.size() >= 60);

  // every data line parsed into an act
  std::size_t data_lines = 0;
  std::string_view tsv = kamerref::data::eu_acts();
  for (std::size_t from = 0; from < tsv.size();) {
    std::size_t nl = tsv.find('\n', from);
    std::string_view line = tsv.substr(from, nl == std::string_view::npos ? std::string_view::npos : nl - from);
    if (!line.empty() && line[0] != '#') ++data_lines;
    if (nl == std::string_view::npos) break;
    from = nl + 1;
  }
  CHECK(g.acts.size() == data_lines);

  std::set<std::string> ids;
  std::map<std::string, std::string> owner;
  for (const EuAct& act : g.acts) {
    INFO("line " << act.line << ": " << act.id);
    CHECK(is_valid_eu_id(act.id));
    CHECK(ids.insert(act.id).second);  // one line per act
    CHECK_FALSE(act.name.empty());
    CHECK(act.exact_forms.size() + act.names.size() > 0);
    for (const auto* forms : {&act.exact_forms, &act.names}) {
      for (const std::string& f : *forms) {
        auto [at, fresh] = owner.emplace(eu_form_key(f, false), act.id);
        INFO("form " << f);
        CHECK(at->second == act.id);
      }
    }
    // an exact form has a capital: lower-case forms belong in the names column
    for (const std::string& f : act.exact_forms) {
      INFO("exact form " << f);
      CHECK(std::any_of(f.begin(), f.end(), [](char c) { return c >= 'A' && c <= 'Z'; }));
    }
  }
  // the acts the SPEC names
  for (const char* id : {kDsa, kToi, kAvmsd, kPnr, kAvg, "eu-digital-fairness-act"}) CHECK(ids.count(id));
}

TEST_CASE("eu: malformed gazetteer lines are reported", "[eu][gazetteer]") {
  EuGazetteer g = parse_eu_gazetteer(
      "# comment\n"
      "celex-32022R2065\tDigital Services Act\tDSA\tDigital Services Act\n"
      "celex-2022R2065\tBad id\t-\tsomething\n"
      "celex-32021R0784\tToo few fields\tTOI\n"
      "celex-32021R0784\tDuplicate\t-\tdigital-services act\n"
      "eu-empty\tNo forms\t-\t-\n"
      "\n");
  CHECK(g.acts.size() == 1);
  REQUIRE(g.errors.size() == 4);
  CHECK(g.errors[0].starts_with("line 3:"));
  CHECK(g.errors[1].starts_with("line 4:"));
  CHECK(g.errors[2].find("already belongs to celex-32022R2065") != std::string::npos);
  CHECK(g.errors[3].starts_with("line 6:"));
}

TEST_CASE("eu: corpus documents through the whole extractor", "[eu]") {
  auto eu_ids = [](const char* file) {
    Document doc = load_document(std::string(KAMERREF_SOURCE_DIR) + "/corpus/vao/" + file);
    std::set<std::string> ids;
    for (const Reference& r : extract_document(doc).references)
      if (r.kind == RefKind::eu) ids.insert(r.id);
    return ids;
  };
  CHECK(eu_ids("2024-11-29_nota-kamerbrief-uitwerking-vao.md") == std::set<std::string>{kDsa, kToi});
  CHECK(eu_ids("2025-10-02_kst-29754-758_motie-michon-derkzen.xml") == std::set<std::string>{kToi});
  CHECK(eu_ids("2017-11-24_kst-29754-436_integrale-aanpak-terrorisme.txt") == std::set<std::string>{kPnr});
  CHECK(eu_ids("2025-12-02_brief-rapport-schimmige-scheidslijnen.txt").empty());
  CHECK(eu_ids("2025_beslisnota-non-paper-countering-together.txt").empty());
  CHECK(eu_ids("2026-05-22_voortgangsbrief-vao.md") ==
        std::set<std::string>{kDsa, kToi, kAvmsd, "eu-digital-fairness-act", "eu-c-2025-6826",
                              "eu-counter-terrorism-agenda"});
}
