#include "kamerref/analyse/lineage.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace kamerref;

namespace {

ReferenceGraph graph_of(std::initializer_list<std::pair<const char*, const char*>> cites) {
  ReferenceGraph rg;
  for (const auto& [from, to] : cites)
    rg.connect(rg.vertex(from), rg.vertex(to), EdgeKind::cites, "", Evidence{});
  return rg;
}

void date(ReferenceGraph& rg, const char* id, const char* iso) { rg.g[rg.vertex(id)].date = iso; }

// every id in a tree, depth first, with markers: "B", "A*" (repeated), "C+" (cut)
std::vector<std::string> flatten(const LineageNode& root) {
  std::vector<std::string> out;
  std::function<void(const LineageNode&)> walk = [&](const LineageNode& n) {
    for (const LineageNode& c : n.children) {
      out.push_back(c.id + (c.repeated ? "*" : "") + (c.cut ? "+" : ""));
      walk(c);
    }
  };
  walk(root);
  return out;
}

}  // namespace

TEST_CASE("upstream and downstream follow the citations transitively", "[analyse][lineage]") {
  ReferenceGraph rg = graph_of({{"A", "B"}, {"B", "C"}, {"D", "A"}});
  std::optional<Lineage> l = trace_lineage(rg, "A", {});
  REQUIRE(l);
  REQUIRE(l->upstream);
  REQUIRE(l->downstream);
  CHECK(flatten(*l->upstream) == std::vector<std::string>{"B", "C"});
  CHECK(flatten(*l->downstream) == std::vector<std::string>{"D"});
  CHECK(l->upstream->children[0].via == "cites");
  CHECK(l->timeline.size() == 4);
  CHECK(l->cycles.empty());
  CHECK_FALSE(trace_lineage(rg, "nope", {}));
}

TEST_CASE("direction up or down gives one tree", "[analyse][lineage]") {
  ReferenceGraph rg = graph_of({{"A", "B"}, {"D", "A"}});
  LineageOptions up;
  up.direction = LineageDirection::up;
  std::optional<Lineage> l = trace_lineage(rg, "A", up);
  CHECK(l->upstream);
  CHECK_FALSE(l->downstream);
  LineageOptions down;
  down.direction = LineageDirection::down;
  l = trace_lineage(rg, "A", down);
  CHECK_FALSE(l->upstream);
  REQUIRE(l->downstream);
  CHECK(flatten(*l->downstream) == std::vector<std::string>{"D"});
  CHECK(lineage_direction_from_string("both") == LineageDirection::both);
  CHECK_FALSE(lineage_direction_from_string("sideways"));
}

TEST_CASE("a letter and its reply citing each other do not loop", "[analyse][lineage]") {
  ReferenceGraph rg = graph_of({{"A", "B"}, {"B", "A"}, {"B", "C"}});
  std::optional<Lineage> l = trace_lineage(rg, "A", {});
  REQUIRE(l);
  CHECK(flatten(*l->upstream) == std::vector<std::string>{"B", "A*", "C"});
  CHECK(flatten(*l->downstream) == std::vector<std::string>{"B", "A*"});
  CHECK(l->upstream->in_cycle);
  CHECK(l->upstream->children[0].in_cycle);
  CHECK_FALSE(l->upstream->children[0].children[1].in_cycle);  // C
  REQUIRE(l->cycles.size() == 1);
  CHECK(l->cycles[0] == std::vector<std::string>{"A", "B"});
  // B is upstream and downstream of A
  bool both = false;
  for (const TimelineEntry& t : l->timeline)
    if (t.id == "B") both = t.direction == "upstream+downstream";
  CHECK(both);
}

TEST_CASE("a self-citation does not loop", "[analyse][lineage]") {
  ReferenceGraph rg = graph_of({{"A", "A"}, {"A", "B"}});
  std::optional<Lineage> l = trace_lineage(rg, "A", {});
  REQUIRE(l);
  CHECK(flatten(*l->upstream) == std::vector<std::string>{"B"});
  CHECK(flatten(*l->downstream).empty());
  CHECK(l->upstream->in_cycle);
  std::vector<ChainStep> chain = longest_chain(rg);
  REQUIRE(chain.size() == 2);
  CHECK(chain[0].ids == std::vector<std::string>{"A"});
}

TEST_CASE("the depth limit cuts the tree and says so", "[analyse][lineage]") {
  ReferenceGraph rg = graph_of({{"A", "B"}, {"B", "C"}, {"C", "D"}});
  LineageOptions two;
  two.depth = 2;
  std::optional<Lineage> l = trace_lineage(rg, "A", two);
  CHECK(flatten(*l->upstream) == std::vector<std::string>{"B", "C+"});
  LineageOptions unlimited;
  unlimited.depth = 0;
  l = trace_lineage(rg, "A", unlimited);
  CHECK(flatten(*l->upstream) == std::vector<std::string>{"B", "C", "D"});
  LineageOptions one;
  one.depth = 1;
  l = trace_lineage(rg, "D", one);
  CHECK(flatten(*l->downstream) == std::vector<std::string>{"C+"});
}

TEST_CASE("a vertex reached twice sits at its shortest distance", "[analyse][lineage]") {
  ReferenceGraph rg = graph_of({{"A", "B"}, {"B", "C"}, {"A", "C"}});
  date(rg, "B", "2024-01-01");
  date(rg, "C", "2023-01-01");
  std::optional<Lineage> l = trace_lineage(rg, "A", {});
  // children ordered oldest first: C (2023) then B (2024), whose C is a repeat
  CHECK(flatten(*l->upstream) == std::vector<std::string>{"C", "B", "C*"});
}

TEST_CASE("the timeline is ordered by date, undated last", "[analyse][lineage]") {
  ReferenceGraph rg = graph_of({{"A", "B"}, {"A", "C"}, {"D", "A"}});
  date(rg, "A", "2026-05-22");
  date(rg, "B", "2023-12");
  date(rg, "D", "2026-06-01");
  std::optional<Lineage> l = trace_lineage(rg, "A", {});
  std::vector<std::string> order;
  for (const TimelineEntry& t : l->timeline) order.push_back(t.id + ":" + t.direction);
  CHECK(order == std::vector<std::string>{"B:upstream", "A:root", "D:downstream", "C:upstream"});
}

TEST_CASE("promises point back: a commitment builds on the document that made it", "[analyse][lineage]") {
  ReferenceGraph rg;
  Vertex made_in = rg.vertex("kst-29754-771");
  Vertex c = rg.vertex("commitment-kst-29754-771-1");
  Vertex kept_in = rg.vertex("doc-voortgangsbrief");
  rg.connect(made_in, c, EdgeKind::promises, "", Evidence{});
  rg.connect(kept_in, c, EdgeKind::fulfils, "", Evidence{});
  rg.connect(made_in, rg.vertex("dossier-29754"), EdgeKind::part_of_dossier, "", Evidence{});
  std::optional<Lineage> l = trace_lineage(rg, "doc-voortgangsbrief", {});
  CHECK(flatten(*l->upstream) == std::vector<std::string>{"commitment-kst-29754-771-1", "kst-29754-771"});
  CHECK(dependency_direction(EdgeKind::part_of_dossier) == 0);
  CHECK(dependency_direction(EdgeKind::promises) == -1);
}

TEST_CASE("the longest chain runs through the condensation", "[analyse][lineage]") {
  SECTION("a plain chain") {
    ReferenceGraph rg = graph_of({{"E", "B"}, {"A", "B"}, {"B", "C"}, {"C", "D"}});
    std::vector<ChainStep> chain = longest_chain(rg);
    std::vector<std::string> ids;
    for (const ChainStep& s : chain) ids.push_back(s.ids.front());
    CHECK(ids == std::vector<std::string>{"A", "B", "C", "D"});
  }
  SECTION("a cycle counts as one step") {
    ReferenceGraph rg = graph_of({{"X", "Y"}, {"Y", "X"}, {"Y", "Z"}, {"W", "X"}});
    std::vector<ChainStep> chain = longest_chain(rg);
    REQUIRE(chain.size() == 3);
    CHECK(chain[0].ids == std::vector<std::string>{"W"});
    CHECK(chain[1].ids == std::vector<std::string>{"X", "Y"});
    CHECK(chain[2].ids == std::vector<std::string>{"Z"});
  }
  SECTION("an empty graph has no chain") {
    ReferenceGraph rg;
    CHECK(longest_chain(rg).empty());
  }
}
