#include "kamerref/opendata/store.h"

#include <catch2/catch.hpp>

#include "tk_test_files.h"

using namespace kamerref;
using nlohmann::json;

TEST_CASE("tk_version_key puts the API's timestamps in one order", "[opendata][store]") {
  struct Case {
    const char* timestamp;
    const char* key;
  };
  const Case cases[] = {
      // ApiGewijzigdOp: UTC, seven fraction digits
      {"2025-10-03T12:53:13.7284792Z", "2025-10-03T12:53:13.7284792"},
      // GewijzigdOp: local time with its offset, fewer digits
      {"2025-10-02T23:41:53.06+02:00", "2025-10-02T21:41:53.0600000"},
      {"2025-10-03T01:00:00+02:00", "2025-10-02T23:00:00.0000000"},
      {"2025-10-03T11:21:09Z", "2025-10-03T11:21:09.0000000"},
      // near misses
      {"gisteren", ""},
      {"2025-13-03T11:21:09Z", ""},
      {"", ""},
  };
  for (const Case& c : cases) {
    INFO(c.timestamp);
    CHECK(tk_version_key(c.timestamp) == c.key);
  }
  // text order of the raw values gets these two wrong ('Z' sorts after '8')
  CHECK(tk_version_key("2025-10-03T12:53:13.72Z") < tk_version_key("2025-10-03T12:53:13.7284792Z"));
}

namespace {

json zaak(const char* version, const char* appreciatie) {
  json z = json::parse(R"({"Id": "35efd469-d9b1-4b3c-a1d5-09d771ead307", "Nummer": "2025Z18464", "Soort": "Motie",
                           "Titel": "Terrorismebestrijding", "Verwijderd": false})");
  z["ApiGewijzigdOp"] = version;
  z["Kabinetsappreciatie"] = appreciatie;
  return z;
}

}  // namespace

TEST_CASE("TkStore keeps the newest version of each record", "[opendata][store]") {
  // the Zaak of kst-29754-758: the plain dump (older) and zaak.json (newer)
  json older = zaak("2025-10-02T20:46:23.6304162Z", "Nog niet bekend");
  json newer = zaak("2025-10-03T12:53:13.7284792Z", "Oordeel Kamer");
  for (bool newer_first : {false, true}) {
    TkStore store;
    std::vector<std::string> warnings;
    store.absorb(TkEntity::Zaak, newer_first ? newer : older, warnings);
    store.absorb(TkEntity::Zaak, newer_first ? older : newer, warnings);
    CHECK(store.zaken.size() == 1);
    CHECK(store.zaken.begin()->second.kabinetsappreciatie == "Oordeel Kamer");
    CHECK(store.counts.duplicates == 1);
    CHECK(warnings.empty());
  }
}

TEST_CASE("TkStore: a field the newer copy lacks keeps the older value; Verwijderd is kept as said", "[opendata][store]") {
  TkStore store;
  std::vector<std::string> warnings;
  store.absorb(TkEntity::Stemming,
               json::parse(R"({"Id": "s1", "Besluit_Id": "b1", "Soort": "Voor", "FractieGrootte": 24, "ActorFractie": "VVD",
                               "ApiGewijzigdOp": "2025-10-03T09:21:15Z"})"),
               warnings);
  // the plain dumps deleted every *_Id field: absent is not null
  store.absorb(TkEntity::Stemming,
               json::parse(R"({"Id": "s1", "Soort": "Tegen", "FractieGrootte": 24, "ActorFractie": "VVD",
                               "ApiGewijzigdOp": "2025-10-04T09:21:15Z"})"),
               warnings);
  CHECK(store.stemmingen.at(store.key("s1")).besluit_id == store.key("b1"));
  CHECK(store.stemmingen.at(store.key("s1")).soort == "Tegen");
  store.absorb(TkEntity::Stemming,
               json::parse(R"({"Id": "s1", "Verwijderd": true, "ApiGewijzigdOp": "2025-10-05T09:21:15Z"})"), warnings);
  CHECK(store.stemmingen.at(store.key("s1")).verwijderd);
  // an older copy does not bring it back
  store.absorb(TkEntity::Stemming,
               json::parse(R"({"Id": "s1", "Verwijderd": false, "ApiGewijzigdOp": "2025-10-01T09:21:15Z"})"), warnings);
  CHECK(store.stemmingen.at(store.key("s1")).verwijderd);
}

TEST_CASE("TkStore: a record without Id is left out with a warning, the rest kept", "[opendata][store]") {
  TkStore store;
  std::vector<std::string> warnings;
  store.absorb(TkEntity::Fractie, json::parse(R"({"Afkorting": "VVD", "NaamNL": "x"})"), warnings);
  store.absorb(TkEntity::Fractie, json::parse(R"({"Id": "f2", "Afkorting": "D66", "NaamNL": "y"})"), warnings);
  store.absorb(TkEntity::Fractie, json::parse(R"({"Id": null, "Afkorting": "CDA"})"), warnings);
  CHECK(store.fracties.size() == 1);
  CHECK(store.counts.without_id == 2);
  REQUIRE(warnings.size() == 1);  // once per run, counted after
  CHECK_THAT(warnings[0], Catch::Contains("without \"Id\""));
}

TEST_CASE("TkStore follows $expand: nested records and the relations only the nesting tells", "[opendata][store]") {
  TkStore store;
  std::vector<std::string> warnings;
  // Zaak?$expand=Document($expand=HuidigeDocumentVersie($expand=DocumentPublicatie)),Besluit($expand=Stemming)
  store.absorb(TkEntity::Zaak, json::parse(R"({"Id": "z1", "Nummer": "2025Z18464", "ApiGewijzigdOp": "2025-10-03T12:53:13Z",
      "Document": [{"Id": "d1", "DocumentNummer": "2025D43019",
         "HuidigeDocumentVersie": {"Id": "v1", "ExterneIdentifier": "kst-29754-758",
            "DocumentPublicatie": [{"Id": "p1", "Identifier": "kst-29754-758"}]}}],
      "Besluit": [{"Id": "b1", "BesluitSoort": "Stemmen - aangenomen",
         "Stemming": [{"Id": "s1", "Soort": "Voor", "FractieGrootte": 24, "ActorFractie": "VVD"}]}]})"),
               warnings);
  CHECK(store.documents.at(store.key("d1")).huidige_versie_id == store.key("v1"));
  CHECK(store.versies.at(store.key("v1")).document_id == store.key("d1"));
  CHECK(store.publicaties.at(store.key("p1")).versie_id == store.key("v1"));
  CHECK(store.stemmingen.at(store.key("s1")).besluit_id == store.key("b1"));
  CHECK(store.zaak_documents.at(store.key("z1")).ids == std::vector<TkId>{store.key("d1")});
  CHECK(store.zaak_besluiten.at(store.key("z1")).ids == std::vector<TkId>{store.key("b1")});
  CHECK(store.counts.records == 6);
  // a later flat copy of the Zaak, without $expand, keeps the relations
  store.absorb(TkEntity::Zaak, json::parse(R"({"Id": "z1", "Nummer": "2025Z18464", "ApiGewijzigdOp": "2025-10-04T00:00:00Z"})"),
               warnings);
  CHECK(store.zaak_documents.at(store.key("z1")).ids == std::vector<TkId>{store.key("d1")});
}

TEST_CASE("TkStore reads a Toezegging as $metadata defines it", "[opendata][store]") {
  // Written for this test from the EntityType Toezegging of
  // ../shared/tk-opendata/odata-metadata.xml: the sample holds no real
  // Toezegging record. KamerbriefNakoming comes as one D-number, a list, or
  // (later model) Document references.
  std::vector<std::string> warnings;
  for (const char* brief : {R"("2023D51234")", R"(["2023D51234", "2024D00001"])",
                            R"([{"Id": "d9", "DocumentNummer": "2023D51234"}])"}) {
    TkStore one;
    one.absorb(TkEntity::Toezegging, json::parse(std::string(R"({"Id": "t1", "Nummer": "TZ202212-105",
        "Tekst": "De minister zegt toe de Kamer te informeren.", "Status": "Voldaan",
        "DatumNakoming": "2025-12-31T00:00:00+01:00", "Ministerie": "Justitie en Veiligheid",
        "ActiviteitNummer": "2022A07772", "KamerbriefNakoming": )") + brief + "}"),
               warnings);
    const TkToezeggingRecord& t = one.toezeggingen.at(one.key("t1"));
    CHECK(t.nummer == "TZ202212-105");
    CHECK(t.status == "Voldaan");
    REQUIRE_FALSE(t.kamerbrief_nakoming.empty());
    CHECK(t.kamerbrief_nakoming.front() == "2023D51234");
  }
  CHECK(warnings.empty());
}

TEST_CASE("tk_version_ticks orders the API's timestamps as tk_version_key does", "[opendata][store]") {
  const char* in_order[] = {"2025-10-02T23:41:53.06+02:00", "2025-10-03T01:00:00+02:00", "2025-10-03T11:21:09Z",
                            "2025-10-03T12:53:13.72Z", "2025-10-03T12:53:13.7284792Z"};
  for (std::size_t i = 0; i + 1 < std::size(in_order); ++i) {
    INFO(in_order[i] << " < " << in_order[i + 1]);
    CHECK(tk_version_ticks(in_order[i]) < tk_version_ticks(in_order[i + 1]));
  }
  CHECK(tk_version_ticks("2025-10-03T01:00:00+02:00") == tk_version_ticks("2025-10-02T23:00:00Z"));
  // near misses: no time, below every time
  CHECK(tk_version_ticks("gisteren") == kNoTkVersion);
  CHECK(tk_version_ticks("") == kNoTkVersion);
  CHECK(tk_version_ticks("0001-01-01T00:00:00Z") > kNoTkVersion);
}

TEST_CASE("TkIds: a GUID is its 128 bits, other ids are numbered, both give their text back", "[opendata][store]") {
  TkIds ids;
  // the Zaak of kst-29754-758 (zaak.json)
  TkId guid = ids.intern("35efd469-d9b1-4b3c-a1d5-09d771ead307");
  CHECK(guid.hi == 0x35efd469d9b14b3cULL);
  CHECK(guid.lo == 0xa1d509d771ead307ULL);
  CHECK(ids.text(guid) == "35efd469-d9b1-4b3c-a1d5-09d771ead307");
  CHECK(ids.intern("35EFD469-D9B1-4B3C-A1D5-09D771EAD307") == guid);  // GUIDs know no case
  TkId z1 = ids.intern("z1");
  CHECK(z1.hi == 0);
  CHECK(ids.intern("z1") == z1);
  CHECK(ids.text(z1) == "z1");
  CHECK(ids.find("z2").empty());
  // near misses of a GUID: numbered like any other text, never confused with one
  for (const char* other : {"35efd469-d9b1-4b3c-a1d5-09d771ead30", "35efd469xd9b1-4b3c-a1d5-09d771ead307",
                            "00000000-0000-0000-0000-000000000001", "35efd469-d9b1-4b3c-a1d5-09d771ead30g"}) {
    INFO(other);
    TkId id = ids.intern(other);
    CHECK(id.hi == 0);
    CHECK(ids.text(id) == other);
  }
  CHECK(ids.intern("").empty());
  // GUIDs sort as their text does
  CHECK(ids.intern("35efd469-d9b1-4b3c-a1d5-09d771ead307") < ids.intern("35efd469-d9b1-4b3c-a1d5-09d771ead308"));
  CHECK(ids.intern("0fffffff-ffff-ffff-ffff-ffffffffffff") < ids.intern("10000000-0000-0000-0000-000000000000"));
}

TEST_CASE("TkStore: records nested deeper than any $expand are left out, with a warning, not a crash", "[opendata][store]") {
  // Stemming(Besluit(Stemming(Besluit(...)))) 100,000 levels deep: a 6 MB
  // page that once overflowed the stack (absorb follows the nesting)
  const int levels = 100000;
  std::string page = R"({"value": [)";
  for (int i = 0; i < levels; ++i)
    page += R"({"Id": "s)" + std::to_string(i) + R"(", "FractieGrootte": 1, "Besluit": {"Id": "b)" + std::to_string(i) +
            R"(", "BesluitSoort": "Stemmen - aangenomen", "Stemming": [)";
  for (int i = 0; i < levels; ++i) page += "]}}";
  page += "]}";
  TkStore store;
  std::vector<std::string> warnings;
  std::vector<ODataWarning> page_warnings;
  read_odata_text(page, [&](TkEntity entity, const json& record) { store.absorb(entity, record, warnings); },
                  page_warnings);
  CHECK(store.counts.too_deep == 1);  // the first record too deep; what it nests is not looked at
  CHECK(store.counts.records == static_cast<std::size_t>(kMaxTkNesting) + 1);
  REQUIRE(warnings.size() == 1);
  CHECK_THAT(warnings[0], Catch::Contains("nested more than 32 levels"));
  // the levels the API could give are kept, with the relation nesting tells
  CHECK(store.stemmingen.at(store.key("s0")).besluit_id == store.key("b0"));
}
