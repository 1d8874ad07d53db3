// Issue 7: what the tool writes is escaped for the program that reads it,
// also where the hostile text is a vertex id (ids come from document text:
// a report title slug, a document's own identifier in its metadata).
#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include <algorithm>
#include <set>
#include <string>

#include "kamerref/render/export.h"
#include "kamerref/render/graphviz.h"
#include "sample_graph.h"

using namespace kamerref;

namespace {

// Ids no canonical id has, but a hand-made or damaged input could give.
const std::string kHostileIds[] = {
    "x\" -> \"evil\" [label=\"pwn\"]; \"y",  // breaks out of a quoted DOT id
    "trailing backslash \\",                 // escapes the closing quote
    "<node id=\"n0\"/>&amp;",                // markup in GraphML
    "=HYPERLINK(\"http://evil\")",           // a spreadsheet formula
    "line\nbreak\ttab\x01" "control",
};

// What GraphML and JSON carry for an id: control characters other than tab
// and line breaks become spaces (XML 1.0 cannot hold them; see export.cc).
// CSV carries them as they are.
std::string exported(std::string id) {
  std::replace(id.begin(), id.end(), '\x01', ' ');
  return id;
}

ReferenceGraph hostile_id_graph() {
  Extraction doc = test::sample_document("corpus/a.txt", "doc-a", "2026-01-01", "kamerbrief", "A");
  int line = 1;
  for (const std::string& id : kHostileIds)
    doc.references.push_back(test::sample_ref(RefKind::kamerstuk, id, "Kamerstuk", "Zie " + id + ".", line++));
  return build_graph({doc});
}

}  // namespace

TEST_CASE("hostile vertex ids: DOT parses back with the same vertices and edges, ids intact", "[render][export]") {
  ReferenceGraph rg = hostile_id_graph();
  std::string dot = graph_to_dot(rg);
  gv::Graph parsed = gv::Graph::parse(dot);
  CHECK(static_cast<std::size_t>(agnnodes(parsed.get())) == rg.vertex_count());
  CHECK(static_cast<std::size_t>(agnedges(parsed.get())) == rg.edge_count());
  CHECK_FALSE(parsed.find_node("evil"));
  std::set<std::string> ids;
  for (Agnode_t* n = agfstnode(parsed.get()); n; n = agnxtnode(parsed.get(), n)) ids.insert(gv::get(n, "id"));
  for (const std::string& id : kHostileIds) {
    INFO(id);
    // a trailing backslash keeps a space after it (see dot_value)
    // DOT values: control characters and tabs are spaces (see dot_value)
    std::string dot_form = exported(id);
    std::replace(dot_form.begin(), dot_form.end(), '\t', ' ');
    CHECK((ids.count(dot_form) == 1 || ids.count(dot_form + " ") == 1));
  }
}

TEST_CASE("a backslash before a quote: DOT parses back, a space between them", "[render][export]") {
  // Graphviz writes `a\"b` as `"a\\"b"`, which its reader ends after `\\`
  // (found by the render fuzz target); also in a title, not only in an id
  Extraction doc = test::sample_document("corpus/a.txt", "doc-a", "2026-01-01", "kamerbrief", "Nota \\\"x\\\\\"");
  doc.references.push_back(test::sample_ref(RefKind::kamerstuk, "kst-1\\\"2", "Kamerstuk", "Zie \\\" hier.", 1));
  ReferenceGraph rg = build_graph({doc});
  gv::Graph parsed = gv::Graph::parse(graph_to_dot(rg));
  CHECK(static_cast<std::size_t>(agnnodes(parsed.get())) == rg.vertex_count());
  std::set<std::string> ids, titles;
  for (Agnode_t* n = agfstnode(parsed.get()); n; n = agnxtnode(parsed.get(), n)) {
    ids.insert(gv::get(n, "id"));
    titles.insert(gv::get(n, "title"));
  }
  CHECK(ids.count("kst-1\\ \"2") == 1);
  // an even run of backslashes before the quote is safe as it is
  CHECK(titles.count("Nota \\ \"x\\\\\"") == 1);
}

TEST_CASE("hostile vertex ids: GraphML is well-formed and says the same ids", "[render][export]") {
  ReferenceGraph rg = hostile_id_graph();
  std::string xml = graph_to_graphml(rg);
  pugi::xml_document doc;
  REQUIRE(doc.load_string(xml.c_str()));
  std::set<std::string> node_ids;
  for (pugi::xml_node n : doc.child("graphml").child("graph").children("node")) node_ids.insert(n.attribute("id").value());
  CHECK(node_ids.size() == rg.vertex_count());
  std::size_t edges = 0;
  for (pugi::xml_node e : doc.child("graphml").child("graph").children("edge")) {
    ++edges;
    CHECK(node_ids.count(e.attribute("source").value()));
    CHECK(node_ids.count(e.attribute("target").value()));
  }
  CHECK(edges == rg.edge_count());
  std::set<std::string> texts;  // every data value, as a reader gets it back
  for (pugi::xpath_node d : doc.select_nodes("//data")) texts.insert(d.node().text().get());
  for (const std::string& id : kHostileIds) {
    INFO(id);
    CHECK(texts.count(exported(id)) == 1);
  }
}

TEST_CASE("hostile vertex ids: node-link JSON round-trips them", "[render][export]") {
  ReferenceGraph rg = hostile_id_graph();
  std::string dumped = graph_to_node_link(rg).dump();
  nlohmann::json back = nlohmann::json::parse(dumped);
  std::set<std::string> ids;
  for (const auto& n : back["nodes"]) ids.insert(n["id"].get<std::string>());
  for (const std::string& id : kHostileIds) CHECK(ids.count(exported(id)) == 1);
  CHECK(dumped.find('\n') == std::string::npos);
  CHECK(dumped.find('\x01') == std::string::npos);
}

TEST_CASE("hostile vertex ids: CSV neutralises the formula and quotes the rest", "[render][export]") {
  ReferenceGraph rg = hostile_id_graph();
  CsvTables t = graph_to_csv(rg);
  CHECK(t.nodes.find("\n=HYPERLINK") == std::string::npos);
  CHECK(t.nodes.find(",=HYPERLINK") == std::string::npos);
  CHECK(t.nodes.find("\"'=HYPERLINK(\"\"http://evil\"\")\"") != std::string::npos);
  CHECK(t.nodes.find("\"line\nbreak\ttab\x01" "control\"") != std::string::npos);
}
