#include "kamerref/analyse/stats.h"

#include <catch2/catch.hpp>

using namespace kamerref;

TEST_CASE("stats count kinds, citations, components and dossiers", "[analyse][stats]") {
  ReferenceGraph rg;
  Vertex a = rg.vertex("kst-29754-771");
  Vertex b = rg.vertex("doc-voortgangsbrief");
  Vertex m = rg.vertex("kst-29754-758");
  rg.g[a].in_corpus = rg.g[b].in_corpus = true;
  rg.g[m].kind = VertexKind::motion;
  Vertex d = rg.vertex("dossier-29754");
  rg.connect(a, m, EdgeKind::answers_motion, "uitvoering", Evidence{});
  rg.connect(a, m, EdgeKind::cites, "", Evidence{});  // the same document twice counts once
  rg.connect(b, m, EdgeKind::answers_motion, "uitvoering", Evidence{});
  rg.connect(b, rg.vertex("kst-29754-774"), EdgeKind::cites, "", Evidence{});
  rg.connect(b, rg.vertex("celex-32022R2065"), EdgeKind::cites, "", Evidence{});
  rg.connect(a, d, EdgeKind::part_of_dossier, "", Evidence{});
  rg.connect(m, d, EdgeKind::part_of_dossier, "", Evidence{});
  rg.vertex("person-alone");  // a component of its own

  GraphStats s = compute_stats(rg, 2);
  CHECK(s.vertices == 7);
  CHECK(s.edges == 7);
  CHECK(s.documents == 2);
  CHECK(s.vertex_kinds == std::vector<std::pair<std::string, std::size_t>>{
                              {"document", 1}, {"dossier", 1}, {"eu", 1}, {"kamerstuk", 2}, {"motion", 1}, {"person", 1}});
  CHECK(s.edge_kinds == std::vector<std::pair<std::string, std::size_t>>{
                            {"answers-motion", 2}, {"cites", 3}, {"part-of-dossier", 2}});
  REQUIRE(s.most_cited.size() == 2);
  CHECK(s.most_cited[0].id == "kst-29754-758");
  CHECK(s.most_cited[0].count == 2);
  REQUIRE(s.most_citing.size() == 2);
  CHECK(s.most_citing[0].id == "doc-voortgangsbrief");
  CHECK(s.most_citing[0].count == 3);
  CHECK(s.most_citing[1].count == 1);
  CHECK(s.components == 2);
  CHECK(s.largest_components == std::vector<std::size_t>{6, 1});
  REQUIRE(s.dossiers.size() == 1);
  CHECK(s.dossiers[0].members == 2);
  CHECK(s.dossiers[0].in_corpus == 1);
}

TEST_CASE("an empty graph has empty stats", "[analyse][stats]") {
  GraphStats s = compute_stats(ReferenceGraph{});
  CHECK(s.vertices == 0);
  CHECK(s.components == 0);
  CHECK(s.most_cited.empty());
}
