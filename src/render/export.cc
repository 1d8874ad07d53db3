#include "kamerref/render/export.h"

#include <functional>
#include <map>
#include <unordered_set>

#include "kamerref/render/diagram.h"
#include "kamerref/render/graphviz.h"

namespace kamerref {
namespace {

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? std::string(sep) : std::string()) + parts[i];
  return out;
}

// Text that XML 1.0 and every reader accept: valid UTF-8, no control
// characters but tab and line breaks.
std::string clean(std::string_view text) {
  std::string out;
  for (char c : gv::valid_utf8(text)) {
    auto u = static_cast<unsigned char>(c);
    out += (u < 0x20 && c != '\t' && c != '\n' && c != '\r') || u == 0x7F ? ' ' : c;
  }
  return out;
}

// A named string attribute of a vertex, as every format writes it.
struct VertexField {
  const char* name;
  std::function<std::string(const VertexProps&)> get;
};

std::string commitment_field(const VertexProps& p, std::string CommitmentInfo::*field) {
  return p.commitment ? (*p.commitment).*field : std::string();
}

const std::vector<VertexField>& vertex_fields() {
  static const std::vector<VertexField> fields = {
      {"kind", [](const VertexProps& p) { return std::string(to_string(p.kind)); }},
      {"label", [](const VertexProps& p) { return p.label; }},
      {"title", [](const VertexProps& p) { return p.title; }},
      {"date", [](const VertexProps& p) { return p.date; }},
      {"type", [](const VertexProps& p) { return p.type; }},
      {"file", [](const VertexProps& p) { return p.file; }},
      {"dossier", [](const VertexProps& p) { return p.dossier; }},
      {"series", [](const VertexProps& p) { return p.series; }},
      {"signatories", [](const VertexProps& p) { return join(p.signatories, "; "); }},
      {"indieners", [](const VertexProps& p) { return join(p.indieners, "; "); }},
      {"subject", [](const VertexProps& p) { return p.subject; }},
      {"verzoeken", [](const VertexProps& p) { return join(p.verzoeken, "\n"); }},
      {"url", [](const VertexProps& p) { return link_for(p.id); }},
      {"commitment_role", [](const VertexProps& p) { return commitment_field(p, &CommitmentInfo::role); }},
      {"commitment_topic", [](const VertexProps& p) { return commitment_field(p, &CommitmentInfo::topic); }},
      {"commitment_due_from", [](const VertexProps& p) { return commitment_field(p, &CommitmentInfo::due_from); }},
      {"commitment_due_to", [](const VertexProps& p) { return commitment_field(p, &CommitmentInfo::due_to); }},
      {"commitment_due_text", [](const VertexProps& p) { return commitment_field(p, &CommitmentInfo::due_text); }},
      {"commitment_vehicle", [](const VertexProps& p) { return commitment_field(p, &CommitmentInfo::vehicle); }},
  };
  return fields;
}

struct EdgeField {
  const char* name;
  std::function<std::string(const EdgeProps&)> get;
};

const std::vector<EdgeField>& edge_text_fields() {
  static const std::vector<EdgeField> fields = {
      {"kind", [](const EdgeProps& e) { return std::string(to_string(e.kind)); }},
      {"relation", [](const EdgeProps& e) { return e.relation; }},
      {"file", [](const EdgeProps& e) { return e.evidence.file; }},
      {"text", [](const EdgeProps& e) { return e.evidence.text; }},
      {"sentence", [](const EdgeProps& e) { return e.evidence.sentence; }},
  };
  return fields;
}

// Keys for a multigraph: the n-th edge between the same two vertices has key n.
std::vector<int> edge_keys(const Graph& g, std::vector<GraphEdge>& edges) {
  std::map<std::pair<Vertex, Vertex>, int> seen;
  std::vector<int> keys;
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    edges.push_back(*it);
    keys.push_back(seen[{boost::source(*it, g), boost::target(*it, g)}]++);
  }
  return keys;
}

// Graphviz writes a DOT string as it is, `"` as `\"`, and its reader takes
// `\\` as one unit: so `a\` written `"a\"` and `a\"b` written `"a\\"b"` both
// end the string early (the second found by the render fuzz target). A space
// after an odd run of backslashes before a quote or at the end keeps them.
bool dot_quote_safe(std::string_view text) {
  std::size_t run = 0;
  for (char c : text) {
    if (c == '"' && run % 2 == 1) return false;
    run = c == '\\' ? run + 1 : 0;
  }
  return run == 0;
}

// DOT values are plain strings, made dot_quote_safe.
std::string dot_value(std::string_view text) {
  std::string cleaned = clean(text);
  std::string out;
  std::size_t run = 0;  // backslashes just before
  for (char c : cleaned) {
    if (c == '\r' || c == '\t') c = ' ';
    if (c == '"' && run % 2 == 1) out += ' ';
    out += c;
    run = c == '\\' ? run + 1 : 0;
  }
  if (run > 0) out += ' ';
  return out;
}

}  // namespace

std::string graph_to_dot(const ReferenceGraph& rg) {
  const Graph& g = rg.g;
  gv::Graph dot = gv::Graph::directed("kamerref");
  gv::set(dot.get(), "rankdir", "LR");
  std::vector<Agnode_t*> nodes;
  for (Vertex v = 0; v < boost::num_vertices(g); ++v) {
    const VertexProps& p = g[v];
    // cgraph stops a name at a NUL byte, and writes one ending in `\` so
    // that it swallows its closing quote (both found by the render fuzz
    // target); the `id` attribute keeps such an id either way
    bool nameable = !p.id.empty() && dot_quote_safe(p.id) && p.id.find('\0') == std::string::npos &&
                    !dot.find_node(p.id);
    Agnode_t* n = dot.node(nameable ? p.id : "vertex-" + std::to_string(v));
    nodes.push_back(n);
    gv::set(n, "id", dot_value(p.id));
    gv::set(n, "in_corpus", p.in_corpus ? "true" : "false");
    for (const VertexField& f : vertex_fields()) {
      std::string value = f.get(p);
      if (!value.empty()) gv::set(n, f.name, dot_value(value));
    }
    // what Graphviz shows: the label is an escString there
    gv::set(n, "label", gv::esc_string(short_label(p)));
  }
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const EdgeProps& e = g[*it];
    Agedge_t* edge = dot.edge(nodes[boost::source(*it, g)], nodes[boost::target(*it, g)]);
    gv::set(edge, "count", std::to_string(e.count));
    if (e.evidence.line > 0) gv::set(edge, "line", std::to_string(e.evidence.line));
    gv::set(edge, "start", std::to_string(e.evidence.start));
    gv::set(edge, "end", std::to_string(e.evidence.end));
    if (e.evidence.footnote) gv::set(edge, "footnote", std::to_string(*e.evidence.footnote));
    for (const EdgeField& f : edge_text_fields()) {
      std::string value = f.get(e);
      if (!value.empty()) gv::set(edge, f.name, dot_value(value));
    }
  }
  return dot.dot();
}

namespace {

std::string xml_escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\r': out += "&#13;"; break;  // an XML reader would make a bare CR a LF
      default: out += c;
    }
  }
  return out;
}

// One GraphML key: its id in the file, what it is for, and how its value is
// read from a vertex or an edge (empty: absent, no <data> written).
struct GraphmlKey {
  std::string id;
  const char* domain;  // "node" or "edge"
  std::string name;
  const char* type;    // "string", "boolean", "int", "long"
};

}  // namespace

std::string graph_to_graphml(const ReferenceGraph& rg) {
  const Graph& g = rg.g;
  std::vector<GraphmlKey> keys;
  auto key = [&keys](const char* domain, std::string name, const char* type) {
    keys.push_back({"k" + std::to_string(keys.size()), domain, std::move(name), type});
    return keys.back().id;
  };
  const std::string canonical_key = key("node", "canonical_id", "string");
  const std::string in_corpus_key = key("node", "in_corpus", "boolean");
  std::vector<std::string> vertex_keys, edge_keys;
  for (const VertexField& f : vertex_fields()) vertex_keys.push_back(key("node", f.name, "string"));
  for (const EdgeField& f : edge_text_fields()) edge_keys.push_back(key("edge", f.name, "string"));
  const std::string count_key = key("edge", "count", "int");
  const std::string line_key = key("edge", "line", "int");
  const std::string start_key = key("edge", "start", "long");
  const std::string end_key = key("edge", "end", "long");
  const std::string footnote_key = key("edge", "footnote", "int");

  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const GraphmlKey& k : keys)
    out += "  <key id=\"" + k.id + "\" for=\"" + k.domain + "\" attr.name=\"" + k.name + "\" attr.type=\"" + k.type +
           "\" />\n";
  out += "  <graph id=\"G\" edgedefault=\"directed\" parse.nodeids=\"free\" parse.edgeids=\"canonical\" "
         "parse.order=\"nodesfirst\">\n";
  auto data = [&out](const std::string& key_id, std::string_view value) {
    if (value.empty()) return;
    out += "      <data key=\"" + key_id + "\">" + xml_escaped(value) + "</data>\n";
  };
  // node ids are the canonical ids, as in the JSON and CSV exports, so the
  // three join; an id that cleaning made empty or equal to another's (only a
  // hostile input has one) gets `vertex-<n>`, its canonical_id keeps it
  std::vector<std::string> node_ids;
  std::unordered_set<std::string> used;
  for (Vertex v = 0; v < boost::num_vertices(g); ++v) {
    std::string id = clean(g[v].id);
    if (id.empty() || used.count(id)) id = "vertex-" + std::to_string(v);
    used.insert(id);
    node_ids.push_back(id);
  }
  for (Vertex v = 0; v < boost::num_vertices(g); ++v) {
    const VertexProps& p = g[v];
    out += "    <node id=\"" + xml_escaped(node_ids[v]) + "\">\n";
    data(canonical_key, clean(p.id));
    data(in_corpus_key, p.in_corpus ? "true" : "false");
    for (std::size_t i = 0; i < vertex_fields().size(); ++i) data(vertex_keys[i], clean(vertex_fields()[i].get(p)));
    out += "    </node>\n";
  }
  std::size_t n = 0;
  for (auto [it, end] = boost::edges(g); it != end; ++it, ++n) {
    const EdgeProps& e = g[*it];
    out += "    <edge id=\"e" + std::to_string(n) + "\" source=\"" + xml_escaped(node_ids[boost::source(*it, g)]) +
           "\" target=\"" + xml_escaped(node_ids[boost::target(*it, g)]) + "\">\n";
    for (std::size_t i = 0; i < edge_text_fields().size(); ++i) data(edge_keys[i], clean(edge_text_fields()[i].get(e)));
    data(count_key, std::to_string(e.count));
    if (e.evidence.line > 0) data(line_key, std::to_string(e.evidence.line));
    data(start_key, std::to_string(e.evidence.start));
    data(end_key, std::to_string(e.evidence.end));
    if (e.evidence.footnote) data(footnote_key, std::to_string(*e.evidence.footnote));
    out += "    </edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

nlohmann::ordered_json graph_to_node_link(const ReferenceGraph& rg) {
  const Graph& g = rg.g;
  nlohmann::ordered_json j;
  j["directed"] = true;
  j["multigraph"] = true;
  j["graph"] = nlohmann::ordered_json::object({{"name", "kamerref reference graph"}});
  nlohmann::ordered_json nodes = nlohmann::ordered_json::array();
  for (Vertex v = 0; v < boost::num_vertices(g); ++v) {
    const VertexProps& p = g[v];
    nlohmann::ordered_json n;
    n["id"] = clean(p.id);
    n["kind"] = std::string(to_string(p.kind));
    n["label"] = clean(p.label);
    n["in_corpus"] = p.in_corpus;
    for (const VertexField& f : vertex_fields()) {
      std::string name = f.name;
      if (name == "kind" || name == "label" || name.rfind("commitment_", 0) == 0) continue;
      if (name == "signatories" || name == "indieners" || name == "verzoeken") continue;
      n[name] = clean(f.get(p));
    }
    auto list = [](const std::vector<std::string>& values) {
      nlohmann::ordered_json a = nlohmann::ordered_json::array();
      for (const std::string& s : values) a.push_back(clean(s));
      return a;
    };
    n["signatories"] = list(p.signatories);
    n["indieners"] = list(p.indieners);
    n["verzoeken"] = list(p.verzoeken);
    if (p.commitment) {
      const CommitmentInfo& c = *p.commitment;
      n["commitment"] = {{"role", clean(c.role)},         {"topic", clean(c.topic)},
                         {"due_from", clean(c.due_from)}, {"due_to", clean(c.due_to)},
                         {"due_text", clean(c.due_text)}, {"vehicle", clean(c.vehicle)},
                         {"made_to", clean(c.made_to)},   {"made_at", clean(c.made_at)}};
    }
    nodes.push_back(std::move(n));
  }
  std::vector<GraphEdge> edges;
  std::vector<int> keys = edge_keys(g, edges);
  nlohmann::ordered_json links = nlohmann::ordered_json::array();
  for (std::size_t i = 0; i < edges.size(); ++i) {
    const EdgeProps& e = g[edges[i]];
    const Evidence& ev = e.evidence;
    nlohmann::ordered_json l;
    l["source"] = clean(g[boost::source(edges[i], g)].id);
    l["target"] = clean(g[boost::target(edges[i], g)].id);
    l["key"] = keys[i];
    l["kind"] = std::string(to_string(e.kind));
    l["relation"] = clean(e.relation);
    l["count"] = e.count;
    l["file"] = clean(ev.file.str());
    l["line"] = ev.line;
    l["start"] = ev.start;
    l["end"] = ev.end;
    l["footnote"] = ev.footnote ? nlohmann::ordered_json(*ev.footnote) : nlohmann::ordered_json(nullptr);
    l["text"] = clean(ev.text);
    l["sentence"] = clean(ev.sentence.str());
    links.push_back(std::move(l));
  }
  j["nodes"] = std::move(nodes);
  j["links"] = std::move(links);
  return j;
}

std::string csv_cell(std::string_view value, CsvDialect dialect) {
  const char separator = dialect == CsvDialect::excel ? ';' : ',';
  std::string cell = gv::valid_utf8(value);
  // a spreadsheet runs `=`, `+`, `-`, `@` (and tab, CR) first as a formula
  if (!cell.empty() && (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@' || cell[0] == '\t' ||
                        cell[0] == '\r'))
    cell = "'" + cell;
  bool quote = cell.find_first_of(std::string(1, separator) + "\"\r\n") != std::string::npos ||
               (!cell.empty() && (cell.front() == ' ' || cell.back() == ' '));
  if (!quote) return cell;
  std::string out = "\"";
  for (char c : cell) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

CsvTables graph_to_csv(const ReferenceGraph& rg, CsvDialect dialect) {
  const Graph& g = rg.g;
  const std::string separator = dialect == CsvDialect::excel ? ";" : ",";
  auto row = [&](const std::vector<std::string>& cells) {
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i) line += (i ? separator : "") + csv_cell(cells[i], dialect);
    return line + "\r\n";
  };
  CsvTables out;
  if (dialect == CsvDialect::excel) {
    // the byte order mark tells a spreadsheet the file is UTF-8; without it
    // Excel reads Windows-1252 (`geÃ¯nformeerd`)
    out.nodes = out.edges = "\xEF\xBB\xBF";
  }
  std::vector<std::string> header = {"id", "in_corpus"};
  for (const VertexField& f : vertex_fields()) header.push_back(f.name);
  out.nodes += row(header);
  for (Vertex v = 0; v < boost::num_vertices(g); ++v) {
    std::vector<std::string> cells = {g[v].id, g[v].in_corpus ? "true" : "false"};
    for (const VertexField& f : vertex_fields()) cells.push_back(f.get(g[v]));
    out.nodes += row(cells);
  }
  out.edges += row({"source", "target", "key", "kind", "relation", "count", "file", "line", "start", "end", "footnote",
                   "text", "sentence"});
  std::vector<GraphEdge> edges;
  std::vector<int> keys = edge_keys(g, edges);
  for (std::size_t i = 0; i < edges.size(); ++i) {
    const EdgeProps& e = g[edges[i]];
    const Evidence& ev = e.evidence;
    out.edges += row({g[boost::source(edges[i], g)].id, g[boost::target(edges[i], g)].id, std::to_string(keys[i]),
                      std::string(to_string(e.kind)), e.relation, std::to_string(e.count), ev.file,
                      std::to_string(ev.line), std::to_string(ev.start), std::to_string(ev.end),
                      ev.footnote ? std::to_string(*ev.footnote) : std::string(), ev.text, ev.sentence});
  }
  return out;
}

}  // namespace kamerref
