#include "kamerref/render/graphviz.h"

#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include <string>

#include "kamerref/render/picture.h"
#include "sample_graph.h"

using namespace kamerref;

namespace {

// All text of an element and its children, decoded.
std::string all_text(const pugi::xml_node& node) {
  std::string out;
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata) out += child.value();
    out += all_text(child);
  }
  return out;
}

}  // namespace

TEST_CASE("escaping for Graphviz attributes and HTML-like labels", "[render][graphviz]") {
  CHECK(gv::esc_string("a\\Nb") == "a\\\\Nb");
  CHECK(gv::esc_string("line\nbreak") == "line break");
  CHECK(gv::esc_string("ends with \\") == "ends with \\\\ ");  // no backslash before DOT's closing quote
  CHECK(gv::html_text("<b> & \"x\"") == "&lt;b&gt; &amp; &quot;x&quot;");
  CHECK(gv::html_text("tab\there") == "tab here");
  CHECK(gv::valid_utf8("caf\xC3\xA9") == "caf\xC3\xA9");
  CHECK(gv::valid_utf8("bad \xC3 byte") == "bad \xEF\xBF\xBD byte");
  CHECK(gv::valid_utf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate is not UTF-8
  CHECK(tooltip_text("a\\N & b") == "a\\\\\\\\N &amp; b");
  CHECK(tooltip_text("two\nlines") == "two\nlines");
}

TEST_CASE("hostile text stays text: DOT parses back, SVG is well-formed and says the same", "[render][graphviz]") {
  const std::string& hostile = test::kHostile;
  gv::Graph g = gv::Graph::directed("hostile");
  Agnode_t* a = g.node("a");
  Agnode_t* b = g.node("b");
  gv::set_html(a, "label", "<B>" + gv::html_text(hostile) + "</B>");
  gv::set(a, "tooltip", tooltip_text(hostile));
  gv::set(b, "label", gv::esc_string(hostile));
  Agedge_t* e = g.edge(a, b);
  gv::set(e, "tooltip", tooltip_text(hostile));

  std::string dot = g.dot();
  gv::Graph parsed = gv::Graph::parse(dot);  // agmemread
  REQUIRE(agnnodes(parsed.get()) == 2);
  REQUIRE(agnedges(parsed.get()) == 1);
  Agnode_t* pa = parsed.find_node("a");
  REQUIRE(pa);
  CHECK(gv::get(pa, "tooltip") == tooltip_text(hostile));
  CHECK(gv::get(parsed.find_node("b"), "label") == gv::esc_string(hostile));

  gv::Layout layout(gv::Context::shared(), parsed, "dot");
  std::string svg = layout.render("svg");
  pugi::xml_document doc;
  pugi::xml_parse_result ok = doc.load_string(svg.c_str());
  INFO(svg);
  REQUIRE(ok);
  CHECK(svg.find("<script>") == std::string::npos);

  // what a reader sees: the same characters (a newline in a label is a line break)
  std::string flat;
  for (char c : hostile) flat += c == '\n' ? ' ' : c;
  std::vector<std::string> node_texts;
  std::vector<std::string> tooltips;
  for (pugi::xpath_node n : doc.select_nodes("//*[local-name()='g'][@class='node']")) {
    std::string text;
    for (pugi::xpath_node t : n.node().select_nodes(".//*[local-name()='text']")) text += all_text(t.node());
    node_texts.push_back(text);
  }
  for (pugi::xpath_node t : doc.select_nodes("//*[local-name()='a']")) tooltips.push_back(t.node().attribute("xlink:title").value());
  REQUIRE(node_texts.size() == 2);
  CHECK(node_texts[0] == flat);  // the HTML label, on one line
  CHECK(node_texts[1].find("<script>alert('x')</script>") != std::string::npos);
  CHECK(node_texts[1].find("\\N back\\slash \\G") != std::string::npos);
  REQUIRE(tooltips.size() == 2);
  CHECK(tooltips[0] == hostile + " ");  // the trailing backslash keeps a space after it
  CHECK(tooltips[1] == hostile + " ");
}

TEST_CASE("a layout renders SVG, PNG and PDF in-process", "[render][graphviz]") {
  gv::Graph g = gv::Graph::directed("formats");
  g.edge(g.node("a"), g.node("b"));
  gv::Layout layout(gv::Context::shared(), g);
  CHECK(layout.render("svg").find("<svg") != std::string::npos);
  CHECK(layout.render("png").substr(0, 8) == "\x89PNG\r\n\x1A\n");
  CHECK(layout.render("pdf").substr(0, 5) == "%PDF-");
  CHECK_THROWS_AS(layout.render("no-such-format"), gv::GraphvizError);
  CHECK_THROWS_AS(gv::Graph::parse("digraph { a -> }"), gv::GraphvizError);
}

TEST_CASE("what Graphviz says during layout is collected, not printed", "[render][graphviz]") {
  gv::Graph g = gv::Graph::directed("warns");
  Agnode_t* a = g.node("a");
  gv::set(a, "shape", "no-such-shape");  // dot: `Warning: using box for unknown shape no-such-shape`
  gv::Layout layout(gv::Context::shared(), g, "dot");
  std::string svg = layout.render("svg");
  CHECK(svg.find("<svg") != std::string::npos);
  REQUIRE(layout.messages().size() == 1);
  CHECK(layout.messages().front().find("no-such-shape") != std::string::npos);

  gv::Graph quiet = gv::Graph::directed("quiet");
  gv::set(quiet.node("b"), "shape", "box");
  gv::Layout silent(gv::Context::shared(), quiet, "dot");
  silent.render("svg");
  CHECK(silent.messages().empty());
}
