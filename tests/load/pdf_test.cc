// PDF fixtures come from scripts/make-test-pdfs.
#include <catch2/catch.hpp>

#include <poppler-document.h>

#include <memory>

#include "../support.h"

namespace {
std::string fixture(const char* name) { return std::string(KAMERREF_SOURCE_DIR) + "/tests/data/pdf/" + name; }
}  // namespace

TEST_CASE("A PDF's text layer is read page by page", "[pdf]") {
  auto doc = kamerref::load_document(fixture("kamerstuk.pdf"));
  CHECK(doc.format == kamerref::Format::pdf);
  CHECK(std::count(doc.text.begin(), doc.text.end(), '\f') == 2);
  auto e = kamerref::extract_document(doc);
  CHECK(e.document.id == "kst-29754-436");  // from the running footer
  CHECK(e.document.date == "2017-11-24");
  CHECK(kamerref::test::ids_of(e, kamerref::RefKind::kamerstuk) ==
        std::vector<std::string>{"kst-29754-434", "kst-34359-3"});
  // offsets point into the text layer
  for (const auto& r : e.references) CHECK(doc.original.substr(r.source.begin, r.source.size()) == r.text);
}

TEST_CASE("A PDF without text or a broken PDF is a clear error", "[pdf]") {
  CHECK_THROWS_WITH(kamerref::load_document(fixture("no-text-layer.pdf")), Catch::Contains("no text layer"));
  CHECK_THROWS_WITH(kamerref::load_document(fixture("truncated.pdf")), Catch::Contains("not a readable PDF"));
}

TEST_CASE("An encrypted PDF is refused by name", "[pdf]") {
  CHECK_THROWS_WITH(kamerref::load_document(fixture("encrypted.pdf")), Catch::StartsWith("encrypted PDF"));
  // the fixture is a real locked PDF: its user password opens it
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(fixture("encrypted.pdf")));
  REQUIRE(doc);
  CHECK(doc->is_locked());
  CHECK_FALSE(doc->unlock("eigenaar", "geheim"));  // false: it opened
  CHECK_FALSE(doc->is_locked());
}
