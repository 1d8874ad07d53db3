#include "kamerref/render/picture.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
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
    // a rounded box: a parallelogram's slant made a three-line label 440 pt wide
    {Look::debate, "debate / Handelingen", "box", "#d7f0d2", "#2e7d32"},
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
// promise, blue: a promise kept, red: a promise late or a motion refused),
// dashes say how weak.
constexpr LineStyle kLineStyles[] = {
    {Line::cites, "#808080", "solid", 1.0, "normal", "\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x94\x80\xE2\x96\xB6"},
    {Line::answers_uitvoering, "#ef6c00", "solid", 2.2, "vee", "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x96\xB6"},
    {Line::answers_afgedaan, "#2e7d32", "solid", 2.8, "vee", "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x96\xB6"},
    {Line::answers_genoemd, "#ef6c00", "dashed", 1.4, "vee", "\xE2\x95\x8C\xE2\x95\x8C\xE2\x95\x8C\xE2\x95\x8C\xE2\x96\xB6"},
    {Line::answers_aangehouden, "#ef6c00", "dotted", 1.6, "vee", "\xE2\x94\x88\xE2\x94\x88\xE2\x94\x88\xE2\x94\x88\xE2\x96\xB6"},
    // (a bar for its head: the motion refused)
    {Line::answers_niet_uitgevoerd, "#c62828", "solid", 2.2, "tee", "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\xA4"},
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

int month_index(const std::string& date) {
  int year = std::atoi(date.substr(0, 4).c_str());
  int month = date.size() >= 7 ? std::atoi(date.substr(5, 2).c_str()) : 1;
  if (month < 1 || month > 12) month = 1;
  return year * 12 + month - 1;
}

bool dated(const DiagramNode& n) {
  return n.date.size() >= 4 && std::all_of(n.date.begin(), n.date.begin() + 4, [](char c) { return c >= '0' && c <= '9'; });
}

// How the nodes stand on a page: the time axis has at most `columns`
// columns (the undated lane included), a column at most `column_nodes` nodes.
// A node is about 2.1 inches wide and 0.8 high with its gaps: on A3 landscape
// (1191 x 842 pt, title and legend above) 6 columns of 11, on A3 portrait 4
// of 17.
struct Arrangement {
  int columns;
  std::size_t column_nodes;
};
constexpr Arrangement kLandscape = {6, 11};
constexpr Arrangement kPortrait = {4, 17};
constexpr Arrangement kUnbounded = {10, 14};  // no page: the drawing grows

// The time axis. Every period from the earliest date to the latest has a
// column, empty ones too, so that positions are proportional to time; the
// period is the shortest of a month, a quarter, half a year, a year, two,
// five or ten years that leaves the columns the arrangement has. Undated
// nodes stand in their own lane left of the axis, labelled "undated". A
// column holds at most `column_nodes` nodes: a fuller one continues in the
// next (unlabelled) column, so that no column runs off the page.

struct Axis {
  int first = 0;   // month index of the first period
  int step = 1;    // months a period
  int periods = 0;
  std::vector<int> period;             // per node: its period, -1 undated
  std::vector<std::size_t> column;     // per node: its column
  std::vector<std::string> tick;       // per column: the label, empty for a continuation
  std::vector<std::string> tick_tooltip;
  std::size_t undated_columns = 0;     // the first columns are the undated lane
};

std::string period_name(int first_month, int step) {
  static const char* const kMonths[] = {"jan", "feb", "mrt", "apr", "mei", "jun",
                                        "jul", "aug", "sep", "okt", "nov", "dec"};
  int year = first_month / 12;
  int month = first_month % 12;
  if (step == 1) return std::string(kMonths[month]) + " " + std::to_string(year);
  if (step == 3 || step == 6)
    return std::string(kMonths[month]) + "\xE2\x80\x93" + kMonths[month + step - 1] + " " + std::to_string(year);
  if (step == 12) return std::to_string(year);
  return std::to_string(year) + "\xE2\x80\x93" + std::to_string((first_month + step - 1) / 12);
}

Axis axis_of(const Diagram& d, const Arrangement& arrangement) {
  Axis axis;
  int lo = 0, hi = 0;
  bool any = false;
  bool undated_lane = false;
  for (const DiagramNode& n : d.nodes) {
    undated_lane = undated_lane || !dated(n);
    if (!dated(n)) continue;
    int m = month_index(n.date);
    lo = any ? std::min(lo, m) : m;
    hi = any ? std::max(hi, m) : m;
    any = true;
  }
  const int max_periods = std::max(1, arrangement.columns - (undated_lane ? 1 : 0));
  for (int step : {1, 3, 6, 12, 24, 60, 120, 1200}) {
    axis.step = step;
    axis.first = lo - lo % step;  // quarters and halves from January, years, decades
    axis.periods = any ? (hi - axis.first) / step + 1 : 0;
    if (axis.periods <= max_periods) break;
  }
  axis.period.assign(d.nodes.size(), -1);
  std::vector<std::vector<std::size_t>> members(static_cast<std::size_t>(axis.periods) + 1);  // [0]: undated
  for (std::size_t i = 0; i < d.nodes.size(); ++i) {
    if (dated(d.nodes[i])) axis.period[i] = (month_index(d.nodes[i].date) - axis.first) / axis.step;
    members[static_cast<std::size_t>(axis.period[i] + 1)].push_back(i);
  }
  axis.column.assign(d.nodes.size(), 0);
  for (std::size_t p = 0; p < members.size(); ++p) {
    const bool undated = p == 0;
    if (undated && members[p].empty()) continue;
    const std::size_t column_nodes = arrangement.column_nodes;
    std::size_t columns = std::max<std::size_t>(1, (members[p].size() + column_nodes - 1) / column_nodes);
    // the nodes of a period, spread evenly over its columns
    std::size_t per_column = members[p].empty() ? 1 : (members[p].size() + columns - 1) / columns;
    std::size_t base = axis.tick.size();
    for (std::size_t c = 0; c < columns; ++c) {
      if (undated) {
        axis.tick.push_back(c == 0 ? "undated" : "");
        axis.tick_tooltip.push_back("no date known");
      } else {
        int start = axis.first + static_cast<int>(p - 1) * axis.step;
        axis.tick.push_back(c == 0 ? period_name(start, axis.step) : "");
        axis.tick_tooltip.push_back(period_name(start, axis.step));
      }
    }
    for (std::size_t k = 0; k < members[p].size(); ++k) axis.column[members[p][k]] = base + k / per_column;
    if (undated) axis.undated_columns = columns;
  }
  return axis;
}

void style_node(Agnode_t* node, const DiagramNode& n) {
  const NodeStyle& s = style_of(n.look);
  gv::set(node, "shape", s.shape);
  gv::set(node, "fillcolor", s.fill);
  gv::set(node, "color", s.border);
  std::string style = "filled";
  if (n.look == Look::verzoek) style += ",rounded,dashed";
  if (n.look == Look::debate) style += ",rounded";
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

// The legend: one table (a swatch in each kind's colours, the line of each
// relation), only what the picture uses, four entries to a row. It stands
// under the title, so that it widens no column of the time axis.
std::string legend_table(const Diagram& d) {
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
  if (looks.empty()) return {};

  std::vector<std::string> cells;
  auto swatch = [](const char* fill, const char* border, const std::string& text, const char* extra = " BORDER=\"1\"") {
    return std::string("<TD BGCOLOR=\"") + fill + "\" COLOR=\"" + border + "\" WIDTH=\"22\"" + extra +
           "> </TD><TD ALIGN=\"LEFT\">" + gv::html_text(text) + "</TD>";
  };
  for (const NodeStyle& s : kNodeStyles)
    if (looks.count(s.look)) cells.push_back(swatch(s.fill, s.border, s.legend));
  if (corpus) cells.push_back(swatch("#ffffff", "#2b5d9b", "thick border: in the corpus", " BORDER=\"3\""));
  if (focus) cells.push_back(swatch("#ffffff", "#000000", "double border: the subject"));
  if (groups) cells.push_back(swatch("#ffffff", "#777777", "dashed: N more, collapsed", " BORDER=\"1\" STYLE=\"DASHED\""));
  for (const StatusStyle& s : kStatusStyles)
    if (statuses.count(s.status)) cells.push_back(swatch("#fcd9e5", s.border, std::string("commitment ") + s.status));
  for (const LineStyle& s : kLineStyles) {
    if (!lines.count(s.line)) continue;
    cells.push_back(std::string("<TD ALIGN=\"LEFT\"><FONT COLOR=\"") + s.color + "\">" + s.glyph +
                    "</FONT></TD><TD ALIGN=\"LEFT\">" + gv::html_text(to_string(s.line)) + "</TD>");
  }
  constexpr std::size_t kPerRow = 4;
  std::string rows = "<TR><TD COLSPAN=\"" + std::to_string(2 * kPerRow) + "\" ALIGN=\"LEFT\"><B>Legend</B></TD></TR>";
  for (std::size_t k = 0; k < cells.size(); k += kPerRow) {
    rows += "<TR>";
    for (std::size_t c = k; c < k + kPerRow; ++c) rows += c < cells.size() ? cells[c] : "<TD></TD><TD></TD>";
    rows += "</TR>";
  }
  return "<FONT POINT-SIZE=\"9\"><TABLE BORDER=\"1\" COLOR=\"#bbbbbb\" STYLE=\"ROUNDED\" CELLBORDER=\"0\" "
         "CELLSPACING=\"2\" CELLPADDING=\"1\">" +
         rows + "</TABLE></FONT>";
}

// The picture's title in lines of at most `width` characters, broken
// between words (a long motion title would otherwise be wider than a page).
std::string title_lines(std::string_view title, std::size_t width) {
  std::string out, line;
  std::size_t i = 0;
  while (i < title.size()) {
    std::size_t end = title.find(' ', i);
    if (end == std::string_view::npos) end = title.size();
    std::string_view word = title.substr(i, end - i);
    i = end + 1;
    if (word.empty()) continue;
    if (!line.empty() && line.size() + 1 + word.size() > width) {
      out += gv::html_text(line) + "<BR ALIGN=\"LEFT\"/>";
      line.clear();
    }
    line += (line.empty() ? "" : " ") + std::string(word);
  }
  return out + gv::html_text(line) + "<BR ALIGN=\"LEFT\"/>";
}

// Points of bar per seat: the 150 seats make a bar of 300 pt.
constexpr int kBarPointsPerSeat = 2;

const char* vote_colour(std::string_view vote) {
  if (vote == "Voor") return "#2e7d32";
  if (vote == "Tegen") return "#c62828";
  return "#9e9e9e";
}

// The motion view's panel (render/diagram.h VotePanel) as one HTML-like
// table: the outcome, the totals, the bar (a cell per fractie as wide as
// its seats, a pale cell for the seats the data lack), the fracties by name
// in the bar's colours, the warning in red, then the details.
std::string vote_panel_label(const VotePanel& p) {
  auto row = [](const std::string& cell) { return "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">" + cell + "</TD></TR>"; };
  auto small = [](const std::vector<std::string>& lines, const char* colour) {
    std::string text;
    for (const std::string& l : lines) text += (text.empty() ? "" : "<BR/>") + gv::html_text(l);
    return std::string("<FONT POINT-SIZE=\"9\" COLOR=\"") + colour + "\">" + text + "</FONT>";
  };
  std::string rows = row("<B>" + gv::html_text(p.headline) + "</B>");
  if (!p.totals.empty()) rows += row("<FONT POINT-SIZE=\"11\">" + gv::html_text(p.totals) + "</FONT>");
  if (!p.segments.empty()) {
    std::string cells;
    // (Graphviz writes a cell's tooltip only for a link: the fracties are
    // named in the lines below the bar and in the panel's tooltip)
    for (const VoteSegment& s : p.segments) {
      if (s.seats <= 0) continue;
      cells += "<TD FIXEDSIZE=\"TRUE\" WIDTH=\"" + std::to_string(s.seats * kBarPointsPerSeat) +
               "\" HEIGHT=\"14\" BGCOLOR=\"" + vote_colour(s.vote) + "\"></TD>";
    }
    if (p.missing_seats > 0)
      cells += "<TD FIXEDSIZE=\"TRUE\" WIDTH=\"" + std::to_string(p.missing_seats * kBarPointsPerSeat) +
               "\" HEIGHT=\"14\" BGCOLOR=\"#eeeeee\"></TD>";
    if (!cells.empty())
      rows += "<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"0\" "
              "BGCOLOR=\"#ffffff\"><TR>" + cells + "</TR></TABLE></TD></TR>";
  }
  if (!p.voor.empty()) rows += row(small(p.voor, vote_colour("Voor")));
  if (!p.tegen.empty()) rows += row(small(p.tegen, vote_colour("Tegen")));
  if (!p.niet_deelgenomen.empty()) rows += row(small(p.niet_deelgenomen, vote_colour("Niet deelgenomen")));
  if (!p.warning.empty()) rows += row("<FONT COLOR=\"#c62828\"><B>" + gv::html_text(p.warning) + "</B></FONT>");
  if (!p.details.empty()) rows += row(small(p.details, "#444444"));
  return "<TABLE BORDER=\"1\" COLOR=\"#e65100\" STYLE=\"ROUNDED\" BGCOLOR=\"#fffaf0\" CELLBORDER=\"0\" "
         "CELLSPACING=\"2\" CELLPADDING=\"2\">" + rows + "</TABLE>";
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

namespace {

// How a diagram is handed to dot. Graphviz 2.42's spline router fails on some
// graphs of flat edges (between nodes of one time column) inside clusters
// (`libpath/shortest.c:324: triangulation failed`, `Unable to reclaim box
// space in spline routing ... Something is probably seriously wrong`, `lost
// ... edge`); render_picture goes down this ladder until dot is silent.
struct Drawing {
  const char* splines;
  bool clusters;
};
constexpr Drawing kDrawings[] = {{"spline", true}, {"polyline", true}, {"line", true}, {"line", false}};

// Characters in a line of the title (16 pt bold): about 600 pt.
constexpr std::size_t kTitleLineChars = 64;

gv::Graph build_graphviz(const Diagram& d, const Drawing& drawing, const Arrangement& arrangement) {
  gv::Graph g = gv::Graph::directed("kamerref");
  Agraph_t* root = g.get();
  gv::set(root, "rankdir", "LR");
  gv::set(root, "splines", drawing.splines);
  gv::set(root, "newrank", "true");  // ranks across dossier clusters
  gv::set(root, "nodesep", "0.18");
  gv::set(root, "ranksep", "0.3");
  // no `size`: dot would scale a larger drawing down, and its text with it
  // (to 6 pt on A3); render_on_page draws fewer nodes instead
  gv::set(root, "fontname", "Helvetica,Arial,sans-serif");
  gv::set(root, "outputorder", "edgesfirst");
  gv::set(root, "labelloc", "t");
  gv::set(root, "labeljust", "l");
  gv::set(root, "fontsize", "16");
  // the title, and under it the legend
  std::string heading = "<TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\"><TR><TD ALIGN=\"LEFT\"><B>" +
                        title_lines(d.title, kTitleLineChars) + "</B></TD></TR>";
  if (std::string legend = legend_table(d); !legend.empty())
    heading += "<TR><TD ALIGN=\"LEFT\">" + legend + "</TD></TR>";
  gv::set_html(root, "label", heading + "</TABLE>");
  gv::set(root, "tooltip", tooltip_text(d.title));
  gv::set_default(root, AGNODE, "fontname", "Helvetica,Arial,sans-serif");
  gv::set_default(root, AGNODE, "fontsize", "10");
  // room above and below the label: a commitment's due date sat on the cds outline
  gv::set_default(root, AGNODE, "margin", "0.1,0.07");
  gv::set_default(root, AGEDGE, "arrowsize", "0.7");

  Axis axis = axis_of(d, arrangement);
  // the axis: a tick per column, joined by a grey line (invisible between
  // the undated lane and the dates, and within one period's columns)
  std::vector<Agraph_t*> ranks;
  Agnode_t* previous = nullptr;
  for (std::size_t c = 0; c < axis.tick.size(); ++c) {
    Agraph_t* rank = g.subgraph("rank_" + std::to_string(c));
    gv::set(rank, "rank", "same");
    ranks.push_back(rank);
    Agnode_t* tick = g.node("axis-" + std::to_string(c));
    agsubnode(rank, tick, 1);
    gv::set(tick, "tooltip", tooltip_text(axis.tick_tooltip[c]));
    // every period as wide as a node, empty or not: distances along the
    // axis are proportional to time (a period with more nodes than a column
    // holds takes more columns)
    gv::set(tick, "width", "2.1");
    gv::set(tick, "fixedsize", "true");
    if (axis.tick[c].empty()) {
      gv::set(tick, "shape", "point");
      gv::set(tick, "width", "0.02");
      gv::set(tick, "fixedsize", "false");
      gv::set(tick, "color", "#dddddd");
    } else {
      gv::set(tick, "shape", "plaintext");
      gv::set_html(tick, "label", "<B>" + gv::html_text(axis.tick[c]) + "</B>");
      gv::set(tick, "fontsize", "14");
      gv::set(tick, "fontcolor", c < axis.undated_columns ? "#999999" : "#555555");
    }
    if (previous) {
      Agedge_t* e = g.edge(previous, tick);
      const bool continuation = axis.tick[c].empty();
      const bool into_dates = c == axis.undated_columns;
      gv::set(e, "color", "#cccccc");
      gv::set(e, "penwidth", "3");
      gv::set(e, "weight", "100");
      gv::set(e, "arrowhead", continuation ? "none" : "normal");
      if (into_dates || c < axis.undated_columns) gv::set(e, "style", "invis");
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
    if (!n.dossier.empty() && drawing.clusters) {
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
    if (!ranks.empty()) agsubnode(ranks[axis.column[i]], node, 1);
  }
  // the motion view's panel, in the motion's column, a dotted line to it
  if (d.vote_panel) {
    for (std::size_t i = 0; i < d.nodes.size(); ++i) {
      if (d.nodes[i].name != d.vote_panel->of) continue;
      Agnode_t* panel = g.node("kamer-vote");
      gv::set(panel, "shape", "plaintext");
      gv::set(panel, "margin", "0");
      gv::set_html(panel, "label", vote_panel_label(*d.vote_panel));
      gv::set(panel, "tooltip", tooltip_text(d.vote_panel->tooltip));
      if (!ranks.empty()) agsubnode(ranks[axis.column[i]], panel, 1);
      Agedge_t* tie = g.edge(nodes[i], panel);
      gv::set(tie, "style", "dotted");
      gv::set(tie, "color", "#e65100");
      gv::set(tie, "arrowhead", "none");
      gv::set(tie, "constraint", "false");
      gv::set(tie, "tooltip", "what the Kamer decided");
      break;
    }
  }
  for (const DiagramEdge& e : d.edges) {
    Agedge_t* edge = g.edge(nodes[e.from], nodes[e.to]);
    style_edge(edge, e.line, e.count);
    std::string tip = e.tooltip.empty() ? std::string(to_string(e.line)) : e.tooltip;
    if (e.count > 1) tip += "\n(" + std::to_string(e.count) + " references)";
    gv::set(edge, "tooltip", tooltip_text(tip));
    if (e.show_count) {
      gv::set(edge, "xlabel", std::to_string(e.count));
      gv::set(edge, "fontsize", "9");
      gv::set(edge, "fontcolor", "#555555");
    }
    // the time axis places every node; lines only connect: they neither
    // rank nor pull nodes together, so columns stay packed from the top
    gv::set(edge, "constraint", "false");
    gv::set(edge, "weight", "0");
  }
  return g;
}

// A diagram laid out with the first drawing dot is silent about; its size
// from the `bb` that gvLayout sets, plus the 4 pt margin on each side.
struct Laid {
  std::optional<gv::Graph> graph;
  std::unique_ptr<gv::Layout> layout;  // before graph in destruction
  double width = 0;
  double height = 0;
};

Laid lay_out(const Diagram& d, const Arrangement& arrangement) {
  Laid out;
  for (const Drawing& drawing : kDrawings) {
    out.layout.reset();
    out.graph.emplace(build_graphviz(d, drawing, arrangement));
    out.layout = std::make_unique<gv::Layout>(gv::Context::shared(), *out.graph, "dot");
    if (out.layout->messages().empty()) break;
  }
  double llx = 0, lly = 0, urx = 0, ury = 0;
  std::string bb = gv::get(out.graph->get(), "bb");
  for (char& c : bb)
    if (c == ',') c = ' ';  // `0 0 1046 761` from gvLayout, `0,0,1046,761` in DOT
  if (std::sscanf(bb.c_str(), "%lf %lf %lf %lf", &llx, &lly, &urx, &ury) == 4) {
    constexpr double kMargin = 4;
    out.width = urx - llx + 2 * kMargin;
    out.height = ury - lly + 2 * kMargin;
  }
  return out;
}

bool fits(const Laid& laid, const Page& page) {
  return (laid.width <= page.width && laid.height <= page.height) ||
         (laid.width <= page.height && laid.height <= page.width);
}

const char* format_name(PictureFormat format) {
  return format == PictureFormat::svg ? "svg" : format == PictureFormat::png ? "png" : "pdf";
}

// The bytes of a laid-out diagram; DOT is the graph before layout, as
// render_picture writes it.
std::string output(Laid& laid, const Diagram& d, const Arrangement& arrangement, PictureFormat format,
                   std::vector<std::string>& messages) {
  if (format == PictureFormat::dot) {
    messages = laid.layout->messages();
    return build_graphviz(d, kDrawings[0], arrangement).dot();
  }
  std::string bytes = laid.layout->render(format_name(format));
  messages = laid.layout->messages();
  return bytes;
}

}  // namespace

gv::Graph to_graphviz(const Diagram& diagram) { return build_graphviz(diagram, kDrawings[0], kUnbounded); }

std::string render_picture(const Diagram& diagram, PictureFormat format) {
  std::vector<std::string> messages;
  return render_picture(diagram, format, messages);
}

std::string render_picture(const Diagram& diagram, PictureFormat format, std::vector<std::string>& messages) {
  if (format == PictureFormat::dot) return to_graphviz(diagram).dot();
  Laid laid = lay_out(diagram, kUnbounded);
  return output(laid, diagram, kUnbounded, format, messages);
}

PagePicture render_on_page(const std::function<Diagram(std::size_t max_nodes)>& make, std::size_t max_nodes,
                           const Page& page, PictureFormat format) {
  PagePicture picture;
  const bool paged = page.width > 0 && page.height > 0 && max_nodes > 0;
  const std::vector<Arrangement> arrangements =
      paged ? std::vector<Arrangement>{kLandscape, kPortrait} : std::vector<Arrangement>{kUnbounded};
  // max_nodes, then a fifth fewer than were drawn each step, to 8
  constexpr std::size_t kFewest = 8;
  for (std::size_t limit = max_nodes;;) {
    Diagram d = make(limit);
    const bool last_limit = !paged || limit <= kFewest;
    for (const Arrangement& arrangement : arrangements) {
      Laid laid = lay_out(d, arrangement);
      picture.fits = !paged || fits(laid, page);
      if (!picture.fits && !(last_limit && &arrangement == &arrangements.back())) continue;
      picture.bytes = output(laid, d, arrangement, format, picture.messages);
      picture.width = laid.width;
      picture.height = laid.height;
      picture.max_nodes = limit;
      return picture;
    }
    limit = std::max(kFewest, std::min(limit, d.nodes.size()) * 4 / 5);
  }
}

}  // namespace kamerref
