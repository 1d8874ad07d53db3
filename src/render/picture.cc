#include "kamerref/render/picture.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

namespace kamerref {
namespace {

struct NodeStyle {
  Look look;
  const char* legend;
  const char* shape;
  const char* fill;
  const char* border;
};

// One shape and colour per kind: shapes differ even in grey print, colours at a glance.
constexpr NodeStyle kNodeStyles[] = {
    {Look::document, "Kamerstuk / letter / document", "note", "#dbe8f7", "#2b5d9b"},
    {Look::motion, "motion", "hexagon", "#ffe0b2", "#e65100"},
    {Look::report, "report", "folder", "#e8dcf4", "#6a3d9a"},
    {Look::eu, "EU act", "component", "#fff4b0", "#003399"},
    {Look::law, "law", "box3d", "#e6e0d4", "#6d5d3f"},
    {Look::debate, "debate / Handelingen", "parallelogram", "#d7f0d2", "#2e7d32"},
    {Look::commitment, "commitment (toezegging)", "cds", "#fcd9e5", "#ad1457"},
    {Look::dossier, "dossier", "tab", "#eeeeee", "#555555"},
    {Look::person, "person", "ellipse", "#ffffff", "#777777"},
    {Look::verzoek, "what a motion asks (verzoek)", "box", "#fffaf0", "#e65100"},
};

struct LineStyle {
  Line line;
  const char* color;
  const char* style;
  double penwidth;
  const char* arrowhead;
  const char* glyph;  // the line drawn in the legend's table
};

// One style per relation: colour says the family (orange: a motion, pink: a
// promise, blue: a promise kept, red: a promise late), dashes say how weak.
constexpr LineStyle kLineStyles[] = {
    {Line::cites, "#808080", "solid", 1.0, "normal", "\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x96\xB6"},
    {Line::answers_uitvoering, "#ef6c00", "solid", 2.2, "vee", "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x96\xB6"},
    {Line::answers_afgedaan, "#2e7d32", "solid", 2.8, "vee", "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x96\xB6"},
    {Line::answers_genoemd, "#ef6c00", "dashed", 1.4, "vee", "\xE2\x95\x8C\xE2\x95\x8C\xE2\x95\x8C\xE2\x95\x8C\xE2\x96\xB6"},
    {Line::answers_aangehouden, "#ef6c00", "dotted", 1.6, "vee", "\xE2\x94\x88\xE2\x94\x88\xE2\x94\x88\xE2\x94\x88\xE2\x96\xB6"},
    {Line::promises, "#ad1457", "dashed", 1.6, "odiamond", "\xE2\x95\x8C\xE2\x95\x8C\xE2\x95\x8C\xE2\x95\x8C\xE2\x97\x87"},
    {Line::fulfils, "#1565c0", "solid", 2.6, "normal", "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x96\xB6"},
    {Line::overdue, "#c62828", "dashed", 2.8, "odiamond", "\xE2\x95\x8D\xE2\x95\x8D\xE2\x95\x8D\xE2\x95\x8D\xE2\x97\x87"},
    {Line::replaces, "#000000", "dotted", 1.4, "empty", "\xE2\x94\x88\xE2\x94\x88\xE2\x94\x88\xE2\x94\x88\xE2\x96\xB7"},
    {Line::follows, "#7986cb", "solid", 1.2, "onormal", "\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x96\xB7"},
    {Line::submitted_by, "#9e9e9e", "dotted", 1.0, "none", "\xE2\x94\x88\xE2\x94\x88\xE2\x94\x88\xE2\x94\x88\xE2\x94\x88"},
    {Line::asks, "#ef6c00", "dotted", 1.2, "none", "\xE2\x94\x88\xE2\x94\x88\xE2\x94\x88\xE2\x94\x88\xE2\x94\x88"},
};

struct StatusStyle {
  const char* status;
  const char* border;
};
constexpr StatusStyle kStatusStyles[] = {
    {"fulfilled", "#2e7d32"},
    {"fulfilled-late", "#2e7d32"},
    {"open", "#757575"},
    {"no-deadline", "#757575"},
    {"overdue", "#c62828"},
};

const NodeStyle& style_of(Look look) {
  for (const NodeStyle& s : kNodeStyles)
    if (s.look == look) return s;
  return kNodeStyles[0];
}

const LineStyle& style_of(Line line) {
  for (const LineStyle& s : kLineStyles)
    if (s.line == line) return s;
  return kLineStyles[0];
}

const char* status_border(const std::string& status) {
  for (const StatusStyle& s : kStatusStyles)
    if (status == s.status) return s.border;
  return nullptr;
}

std::string number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  return buffer;
}

// Graphviz HTML-like label text: lines joined by <BR/>.
std::string html_lines(std::string_view text) {
  std::string out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (!out.empty()) out += "<BR/>";
    out += gv::html_text(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::string node_label(const DiagramNode& n) {
  std::string label = "<B>" + html_lines(n.headline) + "</B>";
  if (!n.detail.empty()) label += "<BR/><FONT POINT-SIZE=\"8\" COLOR=\"#333333\">" + html_lines(n.detail) + "</FONT>";
  return label;
}

// Names that go into DOT unquoted-safe; anything else gets a made-up name
// (the id stays in the label and tooltip). A trailing backslash would end a
// quoted DOT string early in Graphviz 2.43's writer.
bool dot_safe_name(std::string_view name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           c == '.' || c == '+' || c == ':';
  });
}

std::string node_name(const DiagramNode& n, std::size_t index) {
  return dot_safe_name(n.name) ? n.name : "node-" + std::to_string(index);
}

// `2026-05-22` -> `2026` or `2026-05`
std::string period_of(const std::string& date, bool by_month) {
  if (date.size() < 4) return {};
  if (by_month && date.size() >= 7) return date.substr(0, 7);
  return date.substr(0, 4);
}

int month_index(const std::string& date) {
  int year = std::atoi(date.substr(0, 4).c_str());
  int month = date.size() >= 7 ? std::atoi(date.substr(5, 2).c_str()) : 1;
  return year * 12 + month;
}

// Each node's column on the time axis. A dated node stands in its period's
// column; an undated one in the column right after the period of the earliest
// node it is linked to (repeatedly, for chains of undated nodes), so that the
// citations of a letter stand just right of it, not on top of it.
struct Column {
  std::string period;  // `2017`, `2026-05`; empty: no column
  bool undated = false;
  bool operator<(const Column& o) const { return std::tie(period, undated) < std::tie(o.period, o.undated); }
  std::string key() const { return period + (undated ? "-cited" : ""); }
};

std::vector<Column> columns_of(const Diagram& d, bool& by_month) {
  int lo = 0, hi = 0;
  bool any = false;
  for (const DiagramNode& n : d.nodes) {
    if (n.date.size() < 4) continue;
    int m = month_index(n.date);
    lo = any ? std::min(lo, m) : m;
    hi = any ? std::max(hi, m) : m;
    any = true;
  }
  by_month = any && hi - lo <= 24;
  std::vector<Column> column(d.nodes.size());
  for (std::size_t i = 0; i < d.nodes.size(); ++i) column[i].period = period_of(d.nodes[i].date, by_month);
  for (bool changed = true; changed;) {
    changed = false;
    std::vector<std::string> next(column.size());
    for (const DiagramEdge& e : d.edges) {
      for (auto [a, b] : {std::pair{e.from, e.to}, std::pair{e.to, e.from}}) {
        const std::string& p = column[a].period;
        if (!p.empty() && column[b].period.empty() && (next[b].empty() || p < next[b])) next[b] = p;
      }
    }
    for (std::size_t i = 0; i < column.size(); ++i) {
      if (column[i].period.empty() && !next[i].empty()) {
        column[i] = {next[i], true};
        changed = true;
      }
    }
  }
  return column;
}

void style_node(Agnode_t* node, const DiagramNode& n) {
  const NodeStyle& s = style_of(n.look);
  gv::set(node, "shape", s.shape);
  gv::set(node, "fillcolor", s.fill);
  gv::set(node, "color", s.border);
  std::string style = "filled";
  if (n.look == Look::verzoek) style += ",rounded,dashed";
  if (n.collapsed > 0) style += ",dashed";
  gv::set(node, "style", style);
  double penwidth = n.in_corpus ? 2.4 : 1.0;
  if (const char* border = status_border(n.status); border && n.look == Look::commitment) {
    gv::set(node, "color", border);
    penwidth = 2.4;
  }
  gv::set(node, "penwidth", number(penwidth));
  if (n.focus && n.look != Look::commitment) gv::set(node, "peripheries", "2");
}

void style_edge(Agedge_t* edge, Line line, int count) {
  const LineStyle& s = style_of(line);
  gv::set(edge, "color", s.color);
  gv::set(edge, "style", s.style);
  // a line that stands for several references is thicker
  double penwidth = s.penwidth + (count > 1 ? std::min(3.0, std::log2(static_cast<double>(count))) * 0.6 : 0.0);
  gv::set(edge, "penwidth", number(penwidth));
  gv::set(edge, "arrowhead", s.arrowhead);
}

void add_legend(gv::Graph& g, const Diagram& d) {
  std::set<Look> looks;
  std::set<Line> lines;
  std::set<std::string> statuses;
  bool corpus = false, focus = false, groups = false;
  for (const DiagramNode& n : d.nodes) {
    looks.insert(n.look);
    corpus = corpus || n.in_corpus;
    focus = focus || (n.focus && n.look != Look::commitment);
    groups = groups || n.collapsed > 0;
    if (n.look == Look::commitment && !n.status.empty()) statuses.insert(n.status);
  }
  for (const DiagramEdge& e : d.edges) lines.insert(e.line);
  if (looks.empty()) return;

  Agraph_t* legend = g.subgraph("cluster_legend");
  gv::set_html(legend, "label", "<B>Legend</B>");
  gv::set(legend, "tooltip", "Legend");
  gv::set(legend, "style", "rounded");
  gv::set(legend, "color", "#bbbbbb");
  gv::set(legend, "fontsize", "11");
  gv::set(legend, "labeljust", "l");
  Agraph_t* column = g.subgraph("legend_kinds", legend);
  gv::set(column, "rank", "same");

  std::vector<Agnode_t*> entries;
  auto entry = [&](const std::string& name, const std::string& text, Look look) {
    Agnode_t* node = g.node("legend-" + name);
    agsubnode(column, node, 1);
    DiagramNode sample;
    sample.look = look;
    style_node(node, sample);
    gv::set_html(node, "label", gv::html_text(text));
    gv::set(node, "tooltip", tooltip_text(text));
    gv::set(node, "fontsize", "9");
    entries.push_back(node);
    return node;
  };
  for (const NodeStyle& s : kNodeStyles)
    if (looks.count(s.look)) entry(std::string(to_string(s.look)), s.legend, s.look);
  if (corpus) gv::set(entry("in-corpus", "bold border: in the corpus", Look::document), "penwidth", "2.4");
  if (focus) gv::set(entry("focus", "double border: the subject", Look::document), "peripheries", "2");
  if (groups) gv::set(entry("group", "dashed: N more, collapsed", Look::document), "style", "filled,dashed");
  for (const StatusStyle& s : kStatusStyles) {
    if (!statuses.count(s.status)) continue;
    Agnode_t* node = entry(std::string("status-") + s.status, std::string("commitment ") + s.status, Look::commitment);
    gv::set(node, "color", s.border);
    gv::set(node, "penwidth", "2.4");
  }
  // the relations as a table: a line of the relation's colour, then its name
  std::string rows;
  for (const LineStyle& s : kLineStyles) {
    if (!lines.count(s.line)) continue;
    rows += std::string("<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"12\" COLOR=\"") + s.color + "\">" + s.glyph +
            "</FONT></TD><TD ALIGN=\"LEFT\">" + gv::html_text(to_string(s.line)) + "</TD></TR>";
  }
  if (!rows.empty()) {
    Agnode_t* table = g.node("legend-lines");
    agsubnode(column, table, 1);
    gv::set(table, "shape", "plaintext");
    gv::set(table, "fontsize", "9");
    gv::set(table, "tooltip", "relations");
    gv::set_html(table, "label", "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"1\">" + rows + "</TABLE>");
    entries.push_back(table);
  }
  // keep the entries in one column, in this order
  for (std::size_t k = 1; k < entries.size(); ++k) {
    // in LR a rank=same column stacks an edge's head above its tail
    Agedge_t* e = g.edge(entries[k], entries[k - 1]);
    agsubedge(legend, e, 1);
    gv::set(e, "style", "invis");
  }
}

}  // namespace

std::string tooltip_text(std::string_view text) {
  std::string out;
  for (char c : gv::valid_utf8(text)) {
    if (c == '\\')
      out += "\\\\\\\\";  // read twice by Graphviz 2.43 (attribute, then tooltip)
    else if (c == '&')
      out += "&amp;";
    else if (c == '\n')
      out += c;
    else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
      out += ' ';
    else
      out += c;
  }
  // a closing backslash would escape the DOT string's closing quote
  if (!out.empty() && out.back() == '\\') out += ' ';
  return out;
}

std::optional<PictureFormat> picture_format_for(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".svg") return PictureFormat::svg;
  if (ext == ".png") return PictureFormat::png;
  if (ext == ".pdf") return PictureFormat::pdf;
  if (ext == ".dot" || ext == ".gv") return PictureFormat::dot;
  return std::nullopt;
}

gv::Graph to_graphviz(const Diagram& d) {
  gv::Graph g = gv::Graph::directed("kamerref");
  Agraph_t* root = g.get();
  gv::set(root, "rankdir", "LR");
  gv::set(root, "newrank", "true");  // ranks across dossier clusters
  gv::set(root, "nodesep", "0.18");
  gv::set(root, "ranksep", "0.9");
  gv::set(root, "fontname", "Helvetica,Arial,sans-serif");
  gv::set(root, "outputorder", "edgesfirst");
  gv::set(root, "labelloc", "t");
  gv::set(root, "labeljust", "l");
  gv::set(root, "fontsize", "16");
  gv::set_html(root, "label", "<B>" + gv::html_text(d.title) + "</B>");
  gv::set(root, "tooltip", tooltip_text(d.title));
  gv::set_default(root, AGNODE, "fontname", "Helvetica,Arial,sans-serif");
  gv::set_default(root, AGNODE, "fontsize", "10");
  gv::set_default(root, AGNODE, "margin", "0.08,0.04");
  gv::set_default(root, AGEDGE, "arrowsize", "0.7");

  add_legend(g, d);

  bool by_month = false;
  std::vector<Column> column = columns_of(d, by_month);
  std::set<Column> used(column.begin(), column.end());
  used.erase(Column{});

  // the time axis: a tick per period, a thin point for the column of its citations
  std::map<Column, Agraph_t*> ranks;
  Agnode_t* previous = nullptr;
  for (const Column& c : used) {
    Agraph_t* rank = g.subgraph("rank_" + c.key());
    gv::set(rank, "rank", "same");
    ranks[c] = rank;
    Agnode_t* tick = g.node("period-" + c.key());
    agsubnode(rank, tick, 1);
    if (c.undated) {
      gv::set(tick, "shape", "point");
      gv::set(tick, "width", "0.03");
      gv::set(tick, "color", "#cccccc");
      gv::set(tick, "tooltip", tooltip_text("undated, linked from " + c.period));
    } else {
      gv::set(tick, "shape", "plaintext");
      gv::set_html(tick, "label", "<B>" + gv::html_text(c.period) + "</B>");
      gv::set(tick, "fontsize", "14");
      gv::set(tick, "fontcolor", "#666666");
      gv::set(tick, "tooltip", tooltip_text(by_month ? "month " + c.period : "year " + c.period));
    }
    if (previous) {
      Agedge_t* e = g.edge(previous, tick);
      gv::set(e, "color", "#cccccc");
      gv::set(e, "penwidth", "3");
      gv::set(e, "weight", "100");
      gv::set(e, "arrowhead", c.undated ? "none" : "normal");
      gv::set(e, "tooltip", "time");
    }
    previous = tick;
  }

  std::map<std::string, Agraph_t*> clusters;
  std::vector<Agnode_t*> nodes;
  for (std::size_t i = 0; i < d.nodes.size(); ++i) {
    const DiagramNode& n = d.nodes[i];
    Agnode_t* node = g.node(node_name(n, i));
    nodes.push_back(node);
    gv::set_html(node, "label", node_label(n));
    gv::set(node, "tooltip", tooltip_text(n.tooltip.empty() ? n.name : n.tooltip));
    if (!n.url.empty()) {
      gv::set(node, "URL", tooltip_text(n.url));
      gv::set(node, "target", "_blank");
    }
    style_node(node, n);
    if (!n.dossier.empty()) {
      Agraph_t*& cluster = clusters[n.dossier];
      if (!cluster) {
        // the same rule for cluster names: a dossier read from a document
        // may end in a backslash (found by the render fuzz target)
        cluster = g.subgraph("cluster_" + (dot_safe_name(n.dossier) ? n.dossier : std::to_string(clusters.size())));
        std::string name = n.dossier.rfind("dossier-", 0) == 0 ? n.dossier.substr(8) : n.dossier;
        gv::set_html(cluster, "label", "dossier " + gv::html_text(name));
        gv::set(cluster, "tooltip", tooltip_text("dossier " + name));
        gv::set(cluster, "style", "rounded,dashed");
        gv::set(cluster, "color", "#9e9e9e");
        gv::set(cluster, "fontcolor", "#616161");
        gv::set(cluster, "fontsize", "11");
        gv::set(cluster, "labeljust", "l");
      }
      agsubnode(cluster, node, 1);
    }
    if (!column[i].period.empty()) agsubnode(ranks[column[i]], node, 1);
  }
  for (const DiagramEdge& e : d.edges) {
    Agedge_t* edge = g.edge(nodes[e.from], nodes[e.to]);
    style_edge(edge, e.line, e.count);
    std::string tip = e.tooltip.empty() ? std::string(to_string(e.line)) : e.tooltip;
    if (e.count > 1) tip += "\n(" + std::to_string(e.count) + " references)";
    gv::set(edge, "tooltip", tooltip_text(tip));
    // the time axis places whatever has a period; lines only connect
    if (!column[e.from].period.empty() && !column[e.to].period.empty()) gv::set(edge, "constraint", "false");
  }
  return g;
}

std::string render_picture(const Diagram& diagram, PictureFormat format) {
  gv::Graph g = to_graphviz(diagram);
  if (format == PictureFormat::dot) return g.dot();
  gv::Layout layout(gv::Context::shared(), g, "dot");
  switch (format) {
    case PictureFormat::svg: return layout.render("svg");
    case PictureFormat::png: return layout.render("png");
    case PictureFormat::pdf: return layout.render("pdf");
    case PictureFormat::dot: break;
  }
  return g.dot();
}

}  // namespace kamerref
