// Every Kamerstuk citation of the bundled corpus, file by file, and the
// evidence each reference carries.
#include <catch2/catch.hpp>

#include <set>

#include "../support.h"

namespace {
std::string corpus(const char* name) { return std::string(KAMERREF_SOURCE_DIR) + "/corpus/vao/" + name; }

std::set<std::string> kamerstukken(const kamerref::Extraction& e) {
  std::set<std::string> ids;
  for (const auto& r : e.references)
    if (r.kind == kamerref::RefKind::kamerstuk && r.id != e.document.id) ids.insert(r.id);
  return ids;
}
}  // namespace

TEST_CASE("Kamerstuk citations of the bundled corpus", "[corpus][kamerstuk]") {
  struct Expect {
    const char* file;
    std::set<std::string> ids;
    const char* own_id;
  };
  const Expect expected[] = {
      {"2017-11-24_kst-29754-436_integrale-aanpak-terrorisme.txt",
       {"kst-29754-434", "kst-29754-391", "kst-29754-432", "kst-34359-3", "kst-34746-2"}, "kst-29754-436"},
      {"2024-11-29_nota-kamerbrief-uitwerking-vao.md", {"kst-29754-690"}, nullptr},
      {"2025-10-02_kst-29754-758_motie-michon-derkzen.xml", {}, "kst-29754-758"},
      {"2025-12-02_brief-rapport-schimmige-scheidslijnen.txt",
       {"kst-29754-758", "kst-29754-708", "kst-29754-735", "kst-29754-751"}, "kst-29754-771"},
      {"2025_beslisnota-non-paper-countering-together.txt", {"kst-29754-758"}, nullptr},
      {"2026-05-22_voortgangsbrief-vao.md", {"kst-32824-456", "kst-32824-479", "kst-29754-774", "kst-22112-4207"},
       nullptr},
  };
  for (const Expect& x : expected) {
    INFO(x.file);
    auto doc = kamerref::load_document(corpus(x.file));
    auto e = kamerref::extract_document(doc);
    CHECK(kamerstukken(e) == x.ids);
    if (x.own_id) CHECK(e.document.id == x.own_id);
    for (const auto& r : e.references) {
      // the evidence points at the bytes on disk
      CHECK(r.source.end <= doc.original.size());
      CHECK(doc.original.substr(r.source.begin, r.source.size()) == r.text);
      CHECK(r.line >= 1);
      CHECK_FALSE(r.sentence.empty());
      if (r.kind == kamerref::RefKind::kamerstuk) CHECK(r.footnote);  // all of them sit in footnotes
    }
  }
}
