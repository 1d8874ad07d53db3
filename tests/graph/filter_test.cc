// graph/filter.h: --dossier, --since and --until select corpus documents;
// the filtered graph is what those documents say.
#include <catch2/catch.hpp>

#include "kamerref/graph/filter.h"
#include "../render/sample_graph.h"

using namespace kamerref;

namespace {

ReferenceGraph three_letters() {
  using test::sample_document;
  using test::sample_ref;
  Extraction old_letter = sample_document("a.txt", "kst-29754-436", "2017-11-24", "kamerbrief", "Integrale aanpak");
  old_letter.references.push_back(sample_ref(RefKind::kamerstuk, "kst-29754-434", "Kamerstuk 29 754, nr. 434", "Zie.", 1));
  Extraction month_letter = sample_document("b.txt", "kst-30821-12", "2024-11", "kamerbrief", "Nota");
  month_letter.references.push_back(sample_ref(RefKind::kamerstuk, "kst-29754-436", "Kamerstuk 29 754, nr. 436", "Zie.", 1));
  Extraction undated = sample_document("c.txt", "doc-beslisnota", "", "nota", "Beslisnota");
  undated.references.push_back(sample_ref(RefKind::eu, "celex-32022R2065", "DSA", "De DSA.", 1));
  Extraction motion = sample_document("d.xml", "kst-29754-758", "2025-10-02", "motie", "Motie Michon-Derkzen");
  motion.document.indieners = {"Michon-Derkzen"};
  return build_graph({old_letter, month_letter, undated, motion});
}

bool has(const ReferenceGraph& g, const char* id) { return g.find(id).has_value(); }

bool has_edge(const ReferenceGraph& rg, const char* from, const char* to) {
  auto f = rg.find(from), t = rg.find(to);
  return f && t && boost::edge(*f, *t, rg.g).second;
}

}  // namespace

TEST_CASE("dossier_from_text: the dossier numbers a person types", "[graph][filter]") {
  CHECK(dossier_from_text("29754") == "dossier-29754");
  CHECK(dossier_from_text("29 754") == "dossier-29754");
  CHECK(dossier_from_text("dossier-29754") == "dossier-29754");
  CHECK(dossier_from_text("36200 VI") == "dossier-36200-VI");
  CHECK(dossier_from_text("36200-vi") == "dossier-36200-VI");
  CHECK(dossier_from_text("21501-20") == "dossier-21501-20");
  // near misses
  CHECK(dossier_from_text("nr29754").empty());
  CHECK(dossier_from_text("").empty());
  CHECK(dossier_from_text("29754, nr. 3").empty());
}

TEST_CASE("filter_graph: no selection is the whole graph", "[graph][filter]") {
  ReferenceGraph all = three_letters();
  ReferenceGraph same = filter_graph(all, GraphFilter{});
  CHECK(same.vertex_count() == all.vertex_count());
  CHECK(same.edge_count() == all.edge_count());
}

TEST_CASE("filter_graph --since: later documents and what they cite; undated left out", "[graph][filter]") {
  ReferenceGraph all = three_letters();
  GraphFilter since;
  since.since = "2024-11-15";  // inside the month of the letter dated 2024-11
  ReferenceGraph part = filter_graph(all, since);
  CHECK(has(part, "kst-30821-12"));
  CHECK(has(part, "kst-29754-758"));
  CHECK(has(part, "person-michon-derkzen"));  // a motion's indiener
  // cited by a selected letter: there, but what it says itself is not
  CHECK(has(part, "kst-29754-436"));
  CHECK(has_edge(part, "kst-30821-12", "kst-29754-436"));
  CHECK_FALSE(has(part, "kst-29754-434"));
  // undated: never in a date range
  CHECK_FALSE(has(part, "doc-beslisnota"));
  CHECK_FALSE(has(part, "celex-32022R2065"));
}

TEST_CASE("filter_graph --until and --dossier together", "[graph][filter]") {
  ReferenceGraph all = three_letters();
  GraphFilter f;
  f.until = "2024-12-31";
  f.dossier = "dossier-29754";
  ReferenceGraph part = filter_graph(all, f);
  CHECK(has_edge(part, "kst-29754-436", "kst-29754-434"));
  CHECK_FALSE(has(part, "kst-30821-12"));   // dated in range, other dossier
  CHECK_FALSE(has(part, "kst-29754-758"));  // its dossier, after --until
  for (Vertex v = 0; v < part.vertex_count(); ++v) {
    const VertexProps& p = part.g[v];
    if (!p.in_corpus) continue;
    INFO(p.id);
    CHECK(document_selected(part, v, f));
  }
}

TEST_CASE("filter_graph: a month overlaps the bounds inside it", "[graph][filter]") {
  ReferenceGraph all = three_letters();
  GraphFilter f;
  f.since = "2024-11-30";
  f.until = "2024-11-01";  // empty range for days, but the month 2024-11 meets both
  ReferenceGraph part = filter_graph(all, f);
  CHECK(has(part, "kst-30821-12"));
  f.until = "2024-10-31";
  CHECK_FALSE(has(filter_graph(all, f), "kst-30821-12"));
}
