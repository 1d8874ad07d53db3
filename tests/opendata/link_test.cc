#include "kamerref/opendata/link.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <map>

#include "kamerref/opendata/import_file.h"
#include "tk_test_files.h"

using namespace kamerref;
using kamerref::test::ScratchDir;
using kamerref::test::tk_fixture;
using kamerref::test::tk_sample;
using kamerref::test::tk_sample_dir;
using nlohmann::json;

TEST_CASE("decision_of_besluit: BesluitSoort and BesluitTekst as the Kamer writes them", "[opendata][link]") {
  struct Case {
    const char* soort;
    const char* tekst;
    const char* decision;
  };
  const Case cases[] = {
      {"Stemmen - aangenomen", "Aangenomen.", "aangenomen"},
      {"Stemmen - aangenomen", "Aangenomen (73-71).", "aangenomen"},
      {"Stemmen - verworpen", "Verworpen. (50-94)", "verworpen"},
      {"", "Verworpen.", "verworpen"},
      {"", "Aangehouden.", "aangehouden"},
      {"", "Ingetrokken.", "ingetrokken"},
      // near misses: none of SPEC section 3's decisions
      {"Stemmen - gestaakt", "De stemmen staken.", ""},
      {"Verzoek - bewindspersoon verzoeken om ...", "De bewindspersoon verzoeken om ... na aangenomen motie", ""},
  };
  for (const Case& c : cases) {
    INFO(c.soort << " / " << c.tekst);
    CHECK(decision_of_besluit(c.soort, c.tekst) == c.decision);
  }
}

TEST_CASE("tk_indiener_names reads the members a Zaak's Onderwerp names", "[opendata][link]") {
  struct Case {
    const char* onderwerp;
    std::vector<std::string> names;
  };
  // Onderwerpen of ../shared/tk-opendata/zaak.json
  const Case cases[] = {
      {"Motie van het lid Michon-Derkzen over een werkbare definitie van \"extremistische content\" ", {"Michon-Derkzen"}},
      {"Motie van het lid Michon-Derkzen c.s. over onderzoeken of de huidige wettelijke kaders ...", {"Michon-Derkzen"}},
      {"Motie van de leden Omtzigt en Mutluer over bij de herziening van de Wiv ...", {"Omtzigt", "Mutluer"}},
      {"Gewijzigde motie van de leden Van Nispen en Ellian over in de Wet op de medische keuringen ...", {"Van Nispen", "Ellian"}},
      {"Motie van de leden Diederik van Dijk en Boswijk over overleg met lokale driehoeken ...", {"Diederik van Dijk", "Boswijk"}},
      // near misses: an Agendapunt's Onderwerp; no " over "
      {"Motie ingediend bij het debat over de staat van de oorlog in Europa", {}},
      {"Motie van het lid Eerdmans", {}},
  };
  for (const Case& c : cases) {
    INFO(c.onderwerp);
    CHECK(tk_indiener_names(c.onderwerp) == c.names);
  }
}

namespace {

// links.json (derived by the sample's makers, not read by the import): what
// a test compares with.
std::map<std::string, json> derived_links() {
  std::ifstream in(tk_sample("links.json"));
  json links = json::parse(in);
  std::map<std::string, json> by_id;
  for (const json& l : links) by_id[l["id"].get<std::string>()] = l;
  return by_id;
}

std::string str(const json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}

}  // namespace

TEST_CASE("import_tk over the sample: every file read, the 40 motions attached, 6 votes linked for certain",
          "[opendata][link][sample]") {
  TkImportResult result = import_tk({tk_sample_dir()});
  // 13 JSON files (raw/ and links.json among them) and the $metadata; the 40
  // motion XMLs are documents for extract, said once
  CHECK(result.files == 14);
  std::size_t errors = 0, xml_note = 0, links_warning = 0;
  for (const TkImportProblem& p : result.problems) {
    INFO(p.file << ": " << p.message);
    if (p.error) ++errors;
    if (p.message.find("40 XML files are no $metadata") != std::string::npos) ++xml_note;
    // links.json holds no API records: skipped, said
    if (p.file.find("links.json") != std::string::npos) ++links_warning;
  }
  CHECK(errors == 0);
  CHECK(xml_note == 1);
  CHECK(links_warning >= 1);

  std::map<std::string, json> links = derived_links();
  REQUIRE(result.linked.motions.size() == 40);
  std::size_t linked = 0, not_linked = 0;
  for (const TkMotion& m : result.linked.motions) {
    INFO(m.id);
    REQUIRE(links.count(m.id));
    const json& l = links[m.id];
    CHECK(m.zaak == str(l, "zaak"));
    CHECK(m.tk_document == str(l, "document"));
    CHECK(m.dossier_title == str(l, "dossier_title"));
    CHECK(m.dossier == "dossier-" + str(l, "dossier"));
    CHECK(m.kabinetsappreciatie == str(l, "kabinetsappreciatie"));
    CHECK_FALSE(m.kabinetsappreciatie.empty());
    bool certain = l["besluit"].is_object() && str(l["besluit"], "link") == "A";
    if (!certain) {
      ++not_linked;
      CHECK(m.note == "vote not linked");
      CHECK(m.decision.empty());
      CHECK_FALSE(m.votes);
      continue;
    }
    ++linked;
    const json& b = l["besluit"];
    CHECK(m.link == "agendapunt");
    CHECK(m.besluit_soort == str(b, "soort"));
    CHECK(m.besluit_tekst == str(b, "tekst"));
    CHECK(m.decision == (str(b, "soort") == "Stemmen - aangenomen" ? "aangenomen" : "verworpen"));
    CHECK(m.date.size() == 10);
    REQUIRE(m.votes);
    CHECK(m.votes->voor == b["totals"].value("Voor", 0));
    CHECK(m.votes->tegen == b["totals"].value("Tegen", 0));
    CHECK(m.votes->niet_deelgenomen == b["totals"].value("Niet deelgenomen", 0));
    CHECK(m.votes->complete == b["votes_complete"].get<bool>());
    CHECK(m.note == (m.votes->complete ? "" : "votes incomplete"));
  }
  CHECK(linked == 6);
  CHECK(not_linked == 34);
  CHECK(result.linked.toezeggingen.empty());  // the sample holds none
}

TEST_CASE("import_tk: Persoon and Fractie give full names and parties where the Zaak has a surname",
          "[opendata][link][sample]") {
  TkImportResult result = import_tk({tk_sample_dir()});
  std::map<std::string, const TkMotion*> by_id;
  for (const TkMotion& m : result.linked.motions) by_id[m.id] = &m;
  // "Motie van het lid Eerdmans over Nederland niet laten deelnemen aan ReArm Europe": Eerdmans voted
  // hoofdelijk on kst-21501-20-2207 (persoon.json, stemming.json)
  REQUIRE(by_id.count("kst-21501-20-2207"));
  const TkMotion& m = *by_id["kst-21501-20-2207"];
  REQUIRE(m.indieners.size() == 1);
  CHECK(m.indieners[0].name == "Eerdmans");
  CHECK(m.indieners[0].full_name == "Joost Eerdmans");
  CHECK(m.indieners[0].fractie == "JA21");
  // two members named Van Dijk: the Onderwerp gives the roepnaam, and only Diederik fits
  std::size_t seen = 0;
  for (const TkMotion& motion : result.linked.motions) {
    if (motion.onderwerp.find("van de leden Diederik van Dijk en Boswijk") == std::string::npos) continue;
    ++seen;
    REQUIRE(motion.indieners.size() == 2);
    CHECK(motion.indieners[0].full_name == "Diederik van Dijk");
    CHECK(motion.indieners[0].fractie == "SGP");
  }
  CHECK(seen >= 1);
}

TEST_CASE("import_tk: the official shape Zaak?$expand=Besluit($expand=Stemming) links kst-29754-758 for certain",
          "[opendata][link]") {
  // tests/data/tk/zaak-expand-besluit-kst-29754-758.json: assembled for the
  // test from the sample's real records (the file says so)
  TkImportResult result = import_tk({tk_fixture("zaak-expand-besluit-kst-29754-758.json")});
  REQUIRE(result.linked.motions.size() == 1);
  const TkMotion& m = result.linked.motions[0];
  CHECK(m.id == "kst-29754-758");
  CHECK(m.zaak == "2025Z18464");
  CHECK(m.tk_document == "2025D43019");
  CHECK(m.kabinetsappreciatie == "Oordeel Kamer");
  CHECK(m.link == "zaak");
  CHECK(m.decision == "aangenomen");
  CHECK(m.date == "2025-10-02");
  CHECK(m.agendapunt == "2025P16974");
  REQUIRE(m.votes);
  CHECK(m.votes->voor == 147);
  CHECK(m.votes->tegen == 3);
  CHECK(m.votes->niet_deelgenomen == 0);
  CHECK(m.votes->complete);
  CHECK(m.note.empty());
  REQUIRE_FALSE(m.votes->by_fractie.empty());
  CHECK(m.votes->by_fractie.front().vote == "Voor");
  CHECK(m.votes->by_fractie.back().vote == "Tegen");
}

TEST_CASE("import_tk: duplicates, deletions, Vergissing and an Agendapunt with several Zaken", "[opendata][link]") {
  ScratchDir dir("link-cases");
  // one motion Zaak, its Besluit on an Agendapunt that holds only it
  dir.write("zaak.json", R"([{"Id": "z1", "Nummer": "2025Z00001", "Soort": "Motie", "Titel": "Dossier", "Onderwerp":
      "Motie van het lid Test over iets", "Kabinetsappreciatie": "Ontraden", "ApiGewijzigdOp": "2025-10-01T00:00:00Z",
      "Document": [{"Id": "d1", "Soort": "Motie", "DocumentNummer": "2025D00001",
        "HuidigeDocumentVersie": {"Id": "v1", "ExterneIdentifier": "kst-99999-1"}}]},
     {"Id": "z2", "Nummer": "2025Z00002", "Soort": "Motie", "Titel": "Dossier", "Onderwerp": "Motie van het lid Ander over iets",
      "ApiGewijzigdOp": "2025-10-01T00:00:00Z",
      "Document": [{"Id": "d2", "Soort": "Motie", "DocumentNummer": "2025D00002",
        "HuidigeDocumentVersie": {"Id": "v2", "ExterneIdentifier": "kst-99999-2"}}]},
     {"Id": "z3", "Nummer": "2025Z00003", "Soort": "Motie", "Titel": "Dossier", "Onderwerp": "Motie van het lid Derde over iets",
      "ApiGewijzigdOp": "2025-10-01T00:00:00Z",
      "Document": [{"Id": "d3", "Soort": "Motie", "DocumentNummer": "2025D00003",
        "HuidigeDocumentVersie": {"Id": "v3", "ExterneIdentifier": "kst-99999-3"}}]}])");
  dir.write("agendapunt.json", R"([{"Id": "a1", "Nummer": "2025P00001", "Activiteit_Id": "act", "Zaak": [{"Id": "z1"}]},
      {"Id": "a2", "Nummer": "2025P00002", "Activiteit_Id": "act", "Zaak": [{"Id": "z2"}, {"Id": "z3"}]}])");
  dir.write("activiteit.json", R"([{"Id": "act", "Nummer": "2025A00001", "Soort": "Stemmingen", "Datum": "2025-10-07T15:00:00+02:00"}])");
  dir.write("besluit.json", R"([{"Id": "b1", "Agendapunt_Id": "a1", "BesluitSoort": "Stemmen - verworpen", "BesluitTekst": "Verworpen.",
        "StemmingsSoort": "Met handopsteken"},
      {"Id": "b2", "Agendapunt_Id": "a2", "BesluitSoort": "Stemmen - aangenomen", "BesluitTekst": "Aangenomen.",
        "AgendapuntZaakBesluitVolgorde": 1}])");
  // the fracties' votes on b1: VVD twice (two crawls: same Id; a live duplicate: another Id), a deleted vote,
  // a Vergissing; the seats do not reach 150
  dir.write("stemming.json", R"([
      {"Id": "s1", "Besluit_Id": "b1", "Soort": "Voor", "FractieGrootte": 24, "ActorFractie": "VVD", "ApiGewijzigdOp": "2025-10-07T10:00:00Z"},
      {"Id": "s1", "Besluit_Id": "b1", "Soort": "Voor", "FractieGrootte": 24, "ActorFractie": "VVD", "ApiGewijzigdOp": "2025-10-07T10:00:00Z"},
      {"Id": "s1b", "Besluit_Id": "b1", "Soort": "Voor", "FractieGrootte": 24, "ActorFractie": "VVD", "ApiGewijzigdOp": "2025-10-07T11:00:00Z"},
      {"Id": "s2", "Besluit_Id": "b1", "Soort": "Tegen", "FractieGrootte": 37, "ActorFractie": "PVV", "Vergissing": true,
       "ApiGewijzigdOp": "2025-10-07T10:00:00Z"},
      {"Id": "s3", "Besluit_Id": "b1", "Soort": "Tegen", "FractieGrootte": 9, "ActorFractie": "D66", "Verwijderd": true,
       "ApiGewijzigdOp": "2025-10-07T10:00:00Z"},
      {"Id": "s4", "Besluit_Id": "b2", "Soort": "Voor", "FractieGrootte": 150, "ActorFractie": "Alle", "ApiGewijzigdOp": "2025-10-07T10:00:00Z"}])");
  TkImportResult result = import_tk({dir.path()});
  REQUIRE(result.linked.motions.size() == 3);
  const TkMotion& one = result.linked.motions[0];
  CHECK(one.id == "kst-99999-1");
  CHECK(one.decision == "verworpen");
  CHECK(one.date == "2025-10-07");
  REQUIRE(one.votes);
  CHECK(one.votes->voor == 24);   // VVD once
  CHECK(one.votes->tegen == 37);  // D66's vote deleted
  CHECK_FALSE(one.votes->complete);
  CHECK(one.note == "votes incomplete");
  REQUIRE(one.votes->by_fractie.size() == 2);
  CHECK(one.votes->by_fractie[1].fractie == "PVV");
  CHECK(one.votes->by_fractie[1].vergissing);
  // b2's Agendapunt deals with two Zaken: which one b2 decided is not certain
  for (std::size_t i : {1u, 2u}) {
    CHECK(result.linked.motions[i].note == "vote not linked");
    CHECK(result.linked.motions[i].decision.empty());
  }
  CHECK(result.counts.duplicates >= 1);
}

TEST_CASE("import_tk: a Toezegging record (written from $metadata) becomes a register entry", "[opendata][link]") {
  ScratchDir dir("toezegging");
  // Written for this test from the EntityType Toezegging of odata-metadata.xml (the sample holds no
  // real Toezegging record); its Activiteit likewise.
  dir.write("toezegging.json", R"json({"@odata.context": "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#Toezegging(Activiteit())",
      "value": [{"Id": "t1", "Nummer": "TZ202212-105", "Tekst": "De minister zal de Kamer informeren over de evaluatie van de Uitvoeringswet.",
        "Status": "Openstaand", "Aanmaakdatum": "2022-12-22T00:00:00+01:00", "DatumNakoming": "0001-01-01T00:00:00Z",
        "KamerbriefNakoming": null, "Ministerie": "Justitie en Veiligheid", "Naam": "Yeşilgöz-Zegerius",
        "Functie": "minister van Justitie en Veiligheid", "ActiviteitNummer": "2022A07772",
        "GewijzigdOp": "2022-12-22T10:00:00+01:00", "ApiGewijzigdOp": "2022-12-22T09:00:01Z", "Verwijderd": false,
        "Activiteit": [{"Id": "act1", "Nummer": "2022A07772", "Soort": "Plenair debat", "Datum": "2022-12-21T10:15:00+01:00",
          "Onderwerp": "Uitvoeringswet verordening terroristische online-inhoud"}]}]})json");
  TkImportResult result = import_tk({dir.path()});
  REQUIRE(result.linked.toezeggingen.size() == 1);
  const TkToezegging& t = result.linked.toezeggingen[0];
  CHECK(t.nummer == "TZ202212-105");
  CHECK(t.status == "Openstaand");
  CHECK(t.datum_nakoming.empty());  // 0001-01-01: none
  CHECK(t.kamerbrief_nakoming.empty());
  CHECK(t.activiteit == "2022A07772");
  CHECK(t.activiteit_date == "2022-12-21");
  CHECK(t.bewindspersoon == "Yeşilgöz-Zegerius, minister van Justitie en Veiligheid");
}
