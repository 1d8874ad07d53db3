#include "kamerref/opendata/odata.h"

#include <sys/resource.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>

#include "tk_test_files.h"

using namespace kamerref;
using kamerref::test::ScratchDir;
using kamerref::test::tk_sample;

namespace {

struct Read {
  std::vector<std::pair<TkEntity, std::string>> records;  // entity, Id
  std::vector<ODataWarning> warnings;
};

Read read(const std::string& path) {
  Read r;
  read_odata_file(
      path, [&](TkEntity e, const nlohmann::json& j) { r.records.emplace_back(e, j.value("Id", std::string())); },
      r.warnings);
  return r;
}

}  // namespace

TEST_CASE("entity_name_of_context reads the entity a page holds", "[opendata][odata]") {
  struct Case {
    const char* context;
    const char* entity;
  };
  const Case cases[] = {
      // raw/stemming_enriched-excerpt.json
      {"https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#Stemming(Besluit(Agendapunt(Zaak())),Fractie(),Persoon())",
       "Stemming"},
      {"https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#Zaak", "Zaak"},
      {"https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#Zaak/$entity", "Zaak"},
      {"https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#Vergadering", "Vergadering"},
      // near misses: no $metadata fragment
      {"https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Zaak", ""},
      {"", ""},
  };
  for (const Case& c : cases) {
    INFO(c.context);
    CHECK(entity_name_of_context(c.context) == c.entity);
  }
  CHECK(tk_entity_from_name("Vergadering") == TkEntity::unknown);
  CHECK(tk_entity_of_navigation("HuidigeDocumentVersie") == TkEntity::DocumentVersie);
  CHECK(tk_entity_of_navigation("DocumentActor") == TkEntity::unknown);
}

TEST_CASE("tk_entity_by_fields knows a record saved without its page", "[opendata][odata]") {
  using nlohmann::json;
  struct Case {
    json record;
    TkEntity entity;
  };
  // field names and values from the records of ../shared/tk-opendata
  const Case cases[] = {
      {json::parse(R"({"Id":"x","Besluit_Id":"b","Soort":"Voor","FractieGrootte":37,"ActorFractie":"PVV"})"), TkEntity::Stemming},
      {json::parse(R"({"Id":"x","BesluitSoort":"Stemmen - aangenomen","BesluitTekst":"Aangenomen."})"), TkEntity::Besluit},
      {json::parse(R"({"Id":"x","Nummer":"2025Z18464","Soort":"Motie","Kabinetsappreciatie":"Oordeel Kamer"})"), TkEntity::Zaak},
      {json::parse(R"({"Id":"x","DocumentNummer":"2025D43019","Volgnummer":758})"), TkEntity::Document},
      {json::parse(R"({"Id":"x","Versienummer":3,"ExterneIdentifier":"kst-29754-758"})"), TkEntity::DocumentVersie},
      {json::parse(R"({"Id":"x","Identifier":"kst-29754-758","DocumentType":"Xml","DocumentVersie_Id":"v"})"), TkEntity::DocumentPublicatie},
      {json::parse(R"({"Id":"x","Nummer":"2025P16974","Activiteit_Id":"a","Volgorde":29})"), TkEntity::Agendapunt},
      {json::parse(R"({"Id":"x","Soort":"Stemmingen","Nummer":"2024A02136","Datum":"2024-03-19T15:00:00+01:00"})"), TkEntity::Activiteit},
      {json::parse(R"({"Id":"x","Afkorting":"PVV","NaamNL":"Partij voor de Vrijheid"})"), TkEntity::Fractie},
      {json::parse(R"({"Id":"x","Initialen":"J.J.T.M.","Achternaam":"Valize","Roepnaam":"Jan"})"), TkEntity::Persoon},
      {json::parse(R"({"Id":"x","Nummer":"TZ202502-117","Tekst":"...","Achternaam":"Keijzer","Initialen":"M.C.G."})"), TkEntity::Toezegging},
      // near misses: a derived record of links.json, an empty object
      {json::parse(R"({"id":"kst-29754-758","zaak":"2025Z18464","document":"2025D43019"})"), TkEntity::unknown},
      {json::object(), TkEntity::unknown},
  };
  for (const Case& c : cases) {
    INFO(c.record.dump());
    CHECK(tk_entity_by_fields(c.record) == c.entity);
  }
}

TEST_CASE("read_odata_file reads pages, bare arrays and single records", "[opendata][odata]") {
  ScratchDir dir("odata-shapes");
  SECTION("a page: the context names the entity, nextLink is left alone") {
    Read r = read(dir.write("page.json", R"({"@odata.context": "https://x/OData/v4/2.0/$metadata#Fractie",
        "value": [{"Id": "f1", "Afkorting": "VVD"}, {"Id": "f2", "Afkorting": "D66"}],
        "@odata.nextLink": "https://x/OData/v4/2.0/Fractie?$skiptoken=2"})"));
    REQUIRE(r.records.size() == 2);
    CHECK(r.records[0] == std::make_pair(TkEntity::Fractie, std::string("f1")));
    CHECK(r.records[1].second == "f2");
    CHECK(r.warnings.empty());
  }
  SECTION("a bare array: the fields name the entity") {
    Read r = read(tk_sample("besluit.json"));
    CHECK(r.records.size() == 38);
    for (const auto& rec : r.records) CHECK(rec.first == TkEntity::Besluit);
  }
  SECTION("one record alone") {
    Read r = read(tk_sample("raw/zaak-plain-dump-record.json"));
    REQUIRE(r.records.size() == 1);
    CHECK(r.records[0] == std::make_pair(TkEntity::Zaak, std::string("35efd469-d9b1-4b3c-a1d5-09d771ead307")));
  }
  SECTION("the real page of raw/: one Stemming, its Besluit, Agendapunt and Zaken nested") {
    Read r = read(tk_sample("raw/stemming_enriched-excerpt.json"));
    REQUIRE(r.records.size() == 1);
    CHECK(r.records[0].first == TkEntity::Stemming);
  }
}

TEST_CASE("read_odata_file: bad input is named, nothing before it lost", "[opendata][odata]") {
  ScratchDir dir("odata-bad");
  SECTION("malformed JSON: an error with the byte; the records before it were handed over") {
    std::string path = dir.write("broken.json", R"([{"Id": "f1", "Afkorting": "VVD", "NaamNL": "x"},
        {"Id": "f2", "Afkorting": "D66", "NaamNL": "y"},
        {"Id": "f3", "Afkorting": )");
    Read r;
    try {
      read_odata_file(
          path, [&](TkEntity e, const nlohmann::json& j) { r.records.emplace_back(e, j.value("Id", std::string())); },
          r.warnings);
      FAIL("no error");
    } catch (const ODataError& e) {
      CHECK_THAT(e.what(), Catch::Contains("malformed JSON at byte"));
      CHECK_THAT(e.what(), Catch::Contains("2 records read before it"));
    }
    CHECK(r.records.size() == 2);
  }
  SECTION("a number beyond a double (found by the odata fuzz target): an error, not a crash") {
    std::string path = dir.write("overflow.json", R"({"value": [{"Id": "f1", "Afkorting": "VVD", "NaamNL": "x"},
        {"Id": "f2", "FractieGrootte": 7e6423}]})");
    Read r;
    try {
      read_odata_file(
          path, [&](TkEntity e, const nlohmann::json& j) { r.records.emplace_back(e, j.value("Id", std::string())); },
          r.warnings);
      FAIL("no error");
    } catch (const ODataError& e) {
      CHECK_THAT(e.what(), Catch::Contains("number overflow parsing '7e6423'"));
      CHECK_THAT(e.what(), Catch::Contains("1 records read before it"));
    }
    CHECK(r.records.size() == 1);
  }
  SECTION("a page of an entity the import does not read: one warning, no records") {
    Read r = read(dir.write("vergadering.json", R"({"@odata.context": "https://x/OData/v4/2.0/$metadata#Vergadering",
        "value": [{"Id": "v1", "Soort": "Plenair"}, {"Id": "v2", "Soort": "Plenair"}]})"));
    CHECK(r.records.empty());
    REQUIRE(r.warnings.size() == 1);
    CHECK_THAT(r.warnings[0].message, Catch::Contains("entity Vergadering"));
  }
  SECTION("records of no known entity and values that are no record are skipped with a warning") {
    Read r = read(dir.write("mixed.json", R"([{"Id": "f1", "Afkorting": "VVD", "NaamNL": "x"}, 17, {"Foo": 1}, "x"])"));
    REQUIRE(r.records.size() == 1);
    CHECK(r.warnings.size() == 3);  // the first unknown record, the count of unknown ones, the two scalars
  }
  SECTION("a file that is not there") {
    Read r;
    CHECK_THROWS_AS(read_odata_file(dir.path() + "/missing.json", [](TkEntity, const nlohmann::json&) {}, r.warnings),
                    ODataError);
  }
}

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr long kSanitizerQuarantineMib = 256;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr long kSanitizerQuarantineMib = 256;
#else
constexpr long kSanitizerQuarantineMib = 0;
#endif
#else
constexpr long kSanitizerQuarantineMib = 0;
#endif

long peak_rss_kib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

}  // namespace

// A page of 200 MB (generated here, not committed): streamed record by
// record, every record handed over, and the peak memory grows by far less
// than the file (a DOM of it would take several times its size).
TEST_CASE("read_odata_file streams a 200 MB page in bounded memory", "[opendata][odata][large]") {
  ScratchDir dir("odata-large");
  std::string path = dir.path() + "/stemming-page-200mb.json";
  const std::size_t target = 200u << 20;
  std::size_t written = 0, records = 0;
  {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    REQUIRE(f);
    written += std::fprintf(f, "{\"@odata.context\": \"https://x/OData/v4/2.0/$metadata#Stemming(Besluit())\", \"value\": [");
    char record[1024];
    while (written < target) {
      int n = std::snprintf(record, sizeof record,
                            "%s{\"Id\": \"s-%zu\", \"Besluit_Id\": \"b-%zu\", \"Soort\": \"Voor\", \"FractieGrootte\": 24, "
                            "\"ActorNaam\": \"VVD\", \"ActorFractie\": \"VVD\", \"Vergissing\": false, \"Persoon_Id\": null, "
                            "\"Fractie_Id\": \"f\", \"GewijzigdOp\": \"2025-10-03T11:21:09.143+02:00\", "
                            "\"ApiGewijzigdOp\": \"2025-10-03T09:21:15.2964874Z\", \"Verwijderd\": false, "
                            "\"Besluit\": {\"Id\": \"b-%zu\", \"BesluitSoort\": \"Stemmen - aangenomen\"}}",
                            records ? ", " : "", records, records / 15, records / 15);
      std::fwrite(record, 1, static_cast<std::size_t>(n), f);
      written += static_cast<std::size_t>(n);
      ++records;
    }
    written += std::fprintf(f, "], \"@odata.nextLink\": \"https://x/next\"}");
    std::fclose(f);
  }
  REQUIRE(std::filesystem::file_size(path) >= target);
  long before = peak_rss_kib();
  std::size_t seen = 0, nested = 0;
  std::vector<ODataWarning> warnings;
  read_odata_file(
      path,
      [&](TkEntity e, const nlohmann::json& j) {
        if (e == TkEntity::Stemming) ++seen;
        if (j.contains("Besluit")) ++nested;
      },
      warnings);
  long grown_mib = (peak_rss_kib() - before) / 1024;
  CHECK(seen == records);
  CHECK(nested == records);
  CHECK(warnings.empty());
  INFO("peak RSS grew by " << grown_mib << " MiB for a " << (written >> 20) << " MiB page");
  // The plain build grows by about nothing. AddressSanitizer keeps freed
  // blocks in its quarantine (256 MiB by default), so there every record
  // parsed counts until the quarantine is full: allow for it. A DOM of the
  // page would need more than 1 GiB in either build.
  CHECK(grown_mib < kSanitizerQuarantineMib + 400);
}
