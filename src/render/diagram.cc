#include "kamerref/render/diagram.h"

#include <algorithm>
#include <deque>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "kamerref/analyse/lineage.h"
#include "kamerref/analyse/motions.h"
#include "kamerref/extract/context.h"

namespace kamerref {
namespace {

constexpr std::size_t kHeadlineChars = 36;
constexpr std::size_t kDetailChars = 34;
constexpr std::size_t kVerzoekLineChars = 38;
constexpr std::size_t kVerzoekLines = 4;
constexpr std::size_t kSentenceChars = 600;
constexpr std::size_t kGroupTooltipNames = 25;

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// Bytes of the UTF-8 character starting at s[i] (1 for a stray byte).
std::size_t char_length(std::string_view s, std::size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  std::size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  return std::min(n, s.size() - i);
}

// At most `max` characters (not bytes), an ellipsis where it was cut.
std::string cut(std::string_view text, std::size_t max) {
  std::string s = squeeze(text);
  std::size_t chars = 0;
  for (std::size_t i = 0; i < s.size(); i += char_length(s, i)) {
    if (chars == max - 1) {
      // room for the ellipsis only when more than one character is left
      std::size_t rest = 0;
      for (std::size_t k = i; k < s.size() && rest < 2; k += char_length(s, k)) ++rest;
      if (rest < 2) return s;
      std::string out = s.substr(0, i);
      while (!out.empty() && out.back() == ' ') out.pop_back();
      return out + "\xE2\x80\xA6";
    }
    ++chars;
  }
  return s;
}

// Words of `text` in lines of at most `width` characters, at most `lines` lines.
std::vector<std::string> wrap(std::string_view text, std::size_t width, std::size_t lines) {
  std::vector<std::string> out;
  std::string s = squeeze(text);
  std::string line;
  std::size_t line_chars = 0;
  std::size_t i = 0;
  auto chars_of = [](std::string_view w) {
    std::size_t n = 0;
    for (std::size_t k = 0; k < w.size(); k += char_length(w, k)) ++n;
    return n;
  };
  while (i < s.size()) {
    std::size_t end = s.find(' ', i);
    if (end == std::string::npos) end = s.size();
    std::string word = s.substr(i, end - i);
    i = end + 1;
    std::size_t n = chars_of(word);
    if (line_chars > 0 && line_chars + 1 + n > width) {
      out.push_back(line);
      line.clear();
      line_chars = 0;
      if (out.size() == lines) {
        out.back() = cut(out.back() + " " + word, width);
        if (chars_of(out.back()) < width || i < s.size()) out.back() = cut(out.back() + " \xE2\x80\xA6", width + 2);
        return out;
      }
    }
    if (line_chars > 0) {
      line += ' ';
      ++line_chars;
    }
    line += word;
    line_chars += n;
  }
  if (!line.empty()) out.push_back(cut(line, width + 8));
  return out;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const std::string& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

// `kst-29754-758` -> `29754-758`
std::string kst_number(std::string_view id) { return std::string(id.substr(4)); }

std::string indieners_text(const std::vector<std::string>& indieners) {
  if (indieners.empty()) return {};
  return indieners.size() == 1 ? indieners[0] : indieners[0] + " c.s.";
}

std::string plural(std::string_view kind) {
  static const std::map<std::string_view, std::string_view> kPlural = {
      {"document", "documents"},   {"kamerstuk", "Kamerstukken"},   {"dossier", "dossiers"},
      {"handelingen", "Handelingen"}, {"aanhangsel", "Aanhangsels"}, {"tk-document", "TK documents"},
      {"tk-zaak", "TK zaken"},     {"motion", "motions"},           {"eu", "EU acts"},
      {"report", "reports"},       {"law", "laws"},                 {"letter", "letters"},
      {"debate", "debates"},       {"commitment", "commitments"},   {"person", "people"},
  };
  auto it = kPlural.find(kind);
  return it == kPlural.end() ? std::string(kind) : std::string(it->second);
}

std::string edge_description(const EdgeProps& e) {
  std::string what(to_string(e.kind));
  if (!e.relation.empty()) what += " (" + e.relation + ")";
  return what;
}

std::string evidence_text(const Evidence& ev) {
  std::string out;
  if (!ev.file.empty()) out += ev.file.str() + (ev.line > 0 ? ":" + std::to_string(ev.line) : "");
  std::string quote = ev.sentence.empty() ? ev.text : ev.sentence.str();
  if (!quote.empty()) out += (out.empty() ? "" : "\n") + std::string("\"") + cut(quote, kSentenceChars) + "\"";
  return out;
}

Line line_of(const EdgeProps& e) {
  switch (e.kind) {
    case EdgeKind::answers_motion:
      if (e.relation == "uitvoering") return Line::answers_uitvoering;
      if (e.relation == "afgedaan") return Line::answers_afgedaan;
      // the Kamer held the motion: a record of that decision (extract/decision.h)
      if (e.relation == "aangehouden" || (e.relation == "besluit" && e.decision == "aangehouden"))
        return Line::answers_aangehouden;
      return Line::answers_genoemd;
    case EdgeKind::promises: return Line::promises;
    case EdgeKind::fulfils: return Line::fulfils;
    case EdgeKind::replaces: return Line::replaces;
    case EdgeKind::follows: return Line::follows;
    case EdgeKind::submitted_by: return Line::submitted_by;
    default: return Line::cites;
  }
}

std::string dossier_of(const VertexProps& p) {
  if (p.kind == VertexKind::dossier) return p.id;
  if (!p.dossier.empty()) return p.dossier;
  return dossier_of_kamerstuk(p.id);
}

std::string vertex_tooltip(const VertexProps& p) {
  std::vector<std::string> lines;
  lines.push_back(p.title.empty() ? p.label : p.title);
  lines.push_back(p.id + " (" + std::string(to_string(p.kind)) + ")");
  if (!p.date.empty()) lines.push_back("date: " + p.date);
  if (!p.type.empty()) lines.push_back("type: " + p.type);
  if (!p.indieners.empty()) lines.push_back("indieners: " + join(p.indieners, ", "));
  if (!p.subject.empty()) lines.push_back("over: " + p.subject);
  if (p.commitment) {
    if (!p.commitment->topic.empty()) lines.push_back("topic: " + p.commitment->topic);
    if (!p.commitment->due_text.empty()) lines.push_back("due: " + p.commitment->due_text);
  }
  if (!p.file.empty()) lines.push_back("file: " + p.file);
  if (lines.front().empty() || lines.front() == p.id) lines.erase(lines.begin());
  return join(lines, "\n");
}

DiagramNode node_of(const VertexProps& p) {
  DiagramNode n;
  n.name = p.id;
  n.look = look_of(p.kind);
  n.kind = std::string(to_string(p.kind));
  n.headline = short_label(p);
  std::vector<std::string> detail;
  if (!p.date.empty()) detail.push_back(p.date);
  // the headline of a numbered stuk is its number: the title goes below it
  if (p.kind == VertexKind::motion && !p.subject.empty())
    detail.push_back(cut("over " + p.subject, kDetailChars));
  else if (starts_with(p.id, "kst-") && !p.title.empty())
    detail.push_back(cut(p.title, kDetailChars));
  if (p.kind == VertexKind::eu && starts_with(p.id, "celex-")) detail.push_back("CELEX " + p.id.substr(6));
  n.detail = join(detail, "\n");
  n.tooltip = vertex_tooltip(p);
  n.url = link_for(p.id);
  n.date = p.date;
  n.dossier = dossier_of(p);
  n.in_corpus = p.in_corpus;
  return n;
}

// A diagram under construction: nodes by name, edges merged by (from, to, line).
class Builder {
 public:
  explicit Builder(const ReferenceGraph& rg) : rg_(rg) {}

  std::size_t add(Vertex v) {
    const VertexProps& p = rg_.g[v];
    if (auto it = index_.find(p.id); it != index_.end()) return it->second;
    return add(node_of(p));
  }
  std::size_t add(DiagramNode node) {
    if (auto it = index_.find(node.name); it != index_.end()) return it->second;
    index_.emplace(node.name, d_.nodes.size());
    d_.nodes.push_back(std::move(node));
    return d_.nodes.size() - 1;
  }
  std::optional<std::size_t> find(const std::string& name) const {
    auto it = index_.find(name);
    if (it == index_.end()) return std::nullopt;
    return it->second;
  }
  DiagramNode& node(std::size_t i) { return d_.nodes[i]; }

  void connect(std::size_t from, std::size_t to, Line line, std::string tooltip, int count = 1) {
    if (from == to) return;
    auto key = std::make_tuple(from, to, line);
    if (auto it = edges_.find(key); it != edges_.end()) {
      d_.edges[it->second].count += count;
      return;
    }
    edges_.emplace(key, d_.edges.size());
    d_.edges.push_back({from, to, line, std::move(tooltip), count});
  }
  void connect(const GraphEdge& e) {
    const EdgeProps& p = rg_.g[e];
    std::size_t from = add(boost::source(e, rg_.g));
    std::size_t to = add(boost::target(e, rg_.g));
    std::string tooltip = edge_description(p);
    if (std::string ev = evidence_text(p.evidence); !ev.empty()) tooltip += "\n" + ev;
    connect(from, to, line_of(p), tooltip, p.count);
  }

  // Every edge of the graph between two chosen vertices, in graph order.
  // part-of-dossier is drawn as the dossier's cluster, not as a line.
  void connect_among(const std::vector<char>& chosen, bool dependencies_only = false) {
    for (auto [it, end] = boost::edges(rg_.g); it != end; ++it) {
      const EdgeProps& p = rg_.g[*it];
      if (p.kind == EdgeKind::part_of_dossier) continue;
      if (dependencies_only && dependency_direction(p.kind) == 0) continue;
      if (chosen[boost::source(*it, rg_.g)] && chosen[boost::target(*it, rg_.g)]) connect(*it);
    }
  }

  Diagram take() { return std::move(d_); }

 private:
  const ReferenceGraph& rg_;
  Diagram d_;
  std::unordered_map<std::string, std::size_t> index_;
  std::map<std::tuple<std::size_t, std::size_t, Line>, std::size_t> edges_;
};

// Keeps the nodes marked in `keep`, and the edges between them.
void keep_nodes(Diagram& d, const std::vector<char>& keep) {
  std::vector<std::size_t> index(d.nodes.size(), SIZE_MAX);
  std::vector<DiagramNode> nodes;
  for (std::size_t i = 0; i < d.nodes.size(); ++i) {
    if (!keep[i]) continue;
    index[i] = nodes.size();
    nodes.push_back(std::move(d.nodes[i]));
  }
  std::vector<DiagramEdge> edges;
  for (DiagramEdge& e : d.edges) {
    if (index[e.from] == SIZE_MAX || index[e.to] == SIZE_MAX) continue;
    e.from = index[e.from];
    e.to = index[e.to];
    edges.push_back(std::move(e));
  }
  d.nodes = std::move(nodes);
  d.edges = std::move(edges);
}

bool fixed(const DiagramNode& n) { return n.focus || n.kind.empty(); }

void filter_kinds(Diagram& d, const std::vector<VertexKind>& kinds) {
  if (kinds.empty()) return;
  std::set<std::string> wanted;
  for (VertexKind k : kinds) wanted.insert(std::string(to_string(k)));
  std::vector<char> keep(d.nodes.size());
  for (std::size_t i = 0; i < d.nodes.size(); ++i) keep[i] = fixed(d.nodes[i]) || wanted.count(d.nodes[i].kind);
  keep_nodes(d, keep);
}

// `2023-12` lies in a window from `2023-12-05`: compare as far as both go.
void filter_dates(Diagram& d, const std::string& since, const std::string& until) {
  if (since.empty() && until.empty()) return;
  std::vector<char> keep(d.nodes.size(), 1);
  for (std::size_t i = 0; i < d.nodes.size(); ++i) {
    const std::string& date = d.nodes[i].date;
    if (fixed(d.nodes[i]) || date.empty()) continue;
    if (!since.empty() && date < since.substr(0, date.size())) keep[i] = 0;
    if (!until.empty() && date > until.substr(0, date.size())) keep[i] = 0;
  }
  keep_nodes(d, keep);
}

// Verzoeken hang on their motion: without it they go too.
void drop_isolated(Diagram& d) {
  std::vector<char> linked(d.nodes.size(), 0);
  for (const DiagramEdge& e : d.edges) linked[e.from] = linked[e.to] = 1;
  std::vector<char> keep(d.nodes.size());
  for (std::size_t i = 0; i < d.nodes.size(); ++i)
    keep[i] = linked[i] || d.nodes[i].in_corpus || d.nodes[i].focus;
  keep_nodes(d, keep);
}

// Beyond `max` nodes, the least connected collapse into one node per kind:
// first citations that cite nothing shown (leaves), fewest citers first; then
// other vertices outside the corpus; then corpus documents.
void collapse(Diagram& d, std::size_t max) {
  if (max == 0 || d.nodes.size() <= max) return;
  const std::size_t n = d.nodes.size();
  std::vector<std::size_t> in(n, 0), out(n, 0);
  for (const DiagramEdge& e : d.edges) {
    ++out[e.from];
    ++in[e.to];
  }
  std::vector<std::size_t> candidates;
  for (std::size_t i = 0; i < n; ++i)
    if (!fixed(d.nodes[i])) candidates.push_back(i);
  auto tier = [&](std::size_t i) { return d.nodes[i].in_corpus ? 2 : out[i] == 0 ? 0 : 1; };
  std::stable_sort(candidates.begin(), candidates.end(), [&](std::size_t a, std::size_t b) {
    return std::make_tuple(tier(a), in[a] + out[a], d.nodes[a].name) <
           std::make_tuple(tier(b), in[b] + out[b], d.nodes[b].name);
  });
  // the fewest removals r with (n - r) + groups <= max
  std::set<std::string> group_kinds;
  std::size_t r = 0;
  while (r < candidates.size() && n - r + group_kinds.size() > max) group_kinds.insert(d.nodes[candidates[r++]].kind);

  std::map<std::string, std::vector<std::size_t>> hidden;  // kind -> nodes
  for (std::size_t k = 0; k < r; ++k) hidden[d.nodes[candidates[k]].kind].push_back(candidates[k]);

  Diagram out_d;
  out_d.title = d.title;
  std::vector<std::size_t> index(n, SIZE_MAX);
  std::vector<char> removed(n, 0);
  for (std::size_t k = 0; k < r; ++k) removed[candidates[k]] = 1;
  for (std::size_t i = 0; i < n; ++i) {
    if (removed[i]) continue;
    index[i] = out_d.nodes.size();
    out_d.nodes.push_back(d.nodes[i]);
  }
  for (auto& [kind, members] : hidden) {
    DiagramNode group;
    group.name = "more-" + kind;
    group.kind = kind;
    group.look = d.nodes[members.front()].look;
    group.collapsed = members.size();
    group.headline = std::to_string(members.size()) + " more " + plural(kind);
    std::sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) { return d.nodes[a].name < d.nodes[b].name; });
    std::vector<std::string> names;
    for (std::size_t k = 0; k < members.size() && k < kGroupTooltipNames; ++k) names.push_back(d.nodes[members[k]].name);
    if (members.size() > kGroupTooltipNames) names.push_back("... and " + std::to_string(members.size() - kGroupTooltipNames) + " more");
    group.tooltip = join(names, "\n");
    for (std::size_t m : members) index[m] = out_d.nodes.size();
    out_d.nodes.push_back(std::move(group));
  }
  std::map<std::tuple<std::size_t, std::size_t, Line>, std::size_t> merged;
  for (const DiagramEdge& e : d.edges) {
    std::size_t from = index[e.from], to = index[e.to];
    if (from == to) continue;
    auto key = std::make_tuple(from, to, e.line);
    if (auto it = merged.find(key); it != merged.end()) {
      DiagramEdge& m = out_d.edges[it->second];
      m.count += e.count;
      m.tooltip = to_string(e.line).data() + std::string(": ") + std::to_string(m.count) + " references";
      continue;
    }
    merged.emplace(key, out_d.edges.size());
    DiagramEdge copy = e;
    copy.from = from;
    copy.to = to;
    out_d.edges.push_back(std::move(copy));
  }
  d = std::move(out_d);
}

// Nodes by date (undated after), then name; groups last. Edges by from, to, line.
void sort_diagram(Diagram& d) {
  std::vector<std::size_t> order(d.nodes.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const DiagramNode& x = d.nodes[a];
    const DiagramNode& y = d.nodes[b];
    return std::make_tuple(x.collapsed > 0, x.date.empty(), x.date, x.name) <
           std::make_tuple(y.collapsed > 0, y.date.empty(), y.date, y.name);
  });
  std::vector<std::size_t> index(d.nodes.size());
  std::vector<DiagramNode> nodes;
  for (std::size_t i : order) {
    index[i] = nodes.size();
    nodes.push_back(std::move(d.nodes[i]));
  }
  for (DiagramEdge& e : d.edges) {
    e.from = index[e.from];
    e.to = index[e.to];
  }
  std::stable_sort(d.edges.begin(), d.edges.end(), [](const DiagramEdge& a, const DiagramEdge& b) {
    return std::make_tuple(a.from, a.to, a.line) < std::make_tuple(b.from, b.to, b.line);
  });
  d.nodes = std::move(nodes);
}

Diagram finish(Diagram d, const ViewOptions& options) {
  filter_kinds(d, options.kinds);
  filter_dates(d, options.since, options.until);
  drop_isolated(d);
  collapse(d, options.max_nodes);
  sort_diagram(d);
  return d;
}

// Vertices within `depth` steps of `starts` (0: no limit), following out-edges
// (or every edge when `undirected`), never through part-of-dossier.
std::vector<char> reach(const ReferenceGraph& rg, const std::vector<Vertex>& starts, int depth, bool undirected) {
  const Graph& g = rg.g;
  std::vector<int> dist(boost::num_vertices(g), -1);
  std::deque<Vertex> queue;
  for (Vertex s : starts) {
    if (dist[s] == 0) continue;
    dist[s] = 0;
    queue.push_back(s);
  }
  auto visit = [&](Vertex from, Vertex to) {
    if (dist[to] >= 0) return;
    dist[to] = dist[from] + 1;
    queue.push_back(to);
  };
  while (!queue.empty()) {
    Vertex v = queue.front();
    queue.pop_front();
    if (depth > 0 && dist[v] >= depth) continue;
    for (auto [it, end] = boost::out_edges(v, g); it != end; ++it)
      if (g[*it].kind != EdgeKind::part_of_dossier) visit(v, boost::target(*it, g));
    if (!undirected) continue;
    for (auto [it, end] = boost::in_edges(v, g); it != end; ++it)
      if (g[*it].kind != EdgeKind::part_of_dossier) visit(v, boost::source(*it, g));
  }
  std::vector<char> chosen(dist.size());
  for (std::size_t i = 0; i < dist.size(); ++i) chosen[i] = dist[i] >= 0;
  return chosen;
}

void collect_ids(const LineageNode& node, std::set<std::string>& ids) {
  ids.insert(node.id);
  for (const LineageNode& child : node.children) collect_ids(child, ids);
}

}  // namespace

std::string_view to_string(Look look) {
  switch (look) {
    case Look::document: return "document";
    case Look::motion: return "motion";
    case Look::report: return "report";
    case Look::eu: return "eu";
    case Look::law: return "law";
    case Look::debate: return "debate";
    case Look::commitment: return "commitment";
    case Look::dossier: return "dossier";
    case Look::person: return "person";
    case Look::verzoek: return "verzoek";
  }
  return "document";
}

Look look_of(VertexKind kind) {
  switch (kind) {
    case VertexKind::motion: return Look::motion;
    case VertexKind::report: return Look::report;
    case VertexKind::eu: return Look::eu;
    case VertexKind::law: return Look::law;
    case VertexKind::debate:
    case VertexKind::handelingen:
    case VertexKind::aanhangsel: return Look::debate;
    case VertexKind::commitment: return Look::commitment;
    case VertexKind::dossier: return Look::dossier;
    case VertexKind::person: return Look::person;
    default: return Look::document;
  }
}

std::string_view to_string(Line line) {
  switch (line) {
    case Line::cites: return "cites";
    case Line::answers_uitvoering: return "answers (uitvoering)";
    case Line::answers_afgedaan: return "answers (afgedaan)";
    case Line::answers_genoemd: return "answers (genoemd)";
    case Line::answers_aangehouden: return "answers (aangehouden)";
    case Line::promises: return "promises";
    case Line::fulfils: return "fulfils";
    case Line::overdue: return "promised, overdue";
    case Line::replaces: return "replaces";
    case Line::follows: return "follows";
    case Line::submitted_by: return "submitted by";
    case Line::asks: return "asks";
  }
  return "cites";
}

std::optional<std::vector<VertexKind>> parse_kinds(std::string_view list, std::string& bad) {
  std::vector<VertexKind> kinds;
  std::size_t i = 0;
  while (i <= list.size()) {
    std::size_t end = list.find(',', i);
    if (end == std::string_view::npos) end = list.size();
    std::string name = squeeze(list.substr(i, end - i));
    i = end + 1;
    if (name.empty()) continue;
    bool found = false;
    for (int k = static_cast<int>(VertexKind::document); k <= static_cast<int>(VertexKind::person); ++k) {
      if (to_string(static_cast<VertexKind>(k)) == name) {
        kinds.push_back(static_cast<VertexKind>(k));
        found = true;
      }
    }
    if (!found) {
      bad = name;
      return std::nullopt;
    }
  }
  return kinds;
}

std::string link_for(std::string_view id) {
  auto plain = [](std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    });
  };
  if ((starts_with(id, "kst-") || starts_with(id, "h-tk-") || starts_with(id, "h-ek-") || starts_with(id, "ah-")) &&
      plain(id))
    return "https://zoek.officielebekendmakingen.nl/" + std::string(id) + ".html";
  if (starts_with(id, "celex-") && plain(id.substr(6)) && id.size() > 6)
    return "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:" + std::string(id.substr(6));
  return {};
}

std::string short_label(const VertexProps& p) {
  const bool kst = starts_with(p.id, "kst-");
  if (p.kind == VertexKind::motion) {
    std::string who = indieners_text(p.indieners);
    if (kst) return cut(kst_number(p.id) + " motie" + (who.empty() ? "" : " " + who), kHeadlineChars);
    if (!who.empty()) return cut("motie " + who, kHeadlineChars);
    return cut(p.id, kHeadlineChars);
  }
  if (p.kind == VertexKind::person) return cut(p.label.empty() ? p.id.substr(7) : p.label, kHeadlineChars);
  if (p.kind == VertexKind::dossier) return "dossier " + (starts_with(p.id, "dossier-") ? p.id.substr(8) : p.id);
  if (p.kind == VertexKind::commitment) {
    // commitment-kst-29754-771-3 -> toezegging 3 in 29754-771
    std::string rest = starts_with(p.id, "commitment-") ? p.id.substr(11) : p.id;
    std::size_t dash = rest.rfind('-');
    if (dash != std::string::npos) {
      std::string doc = rest.substr(0, dash);
      if (starts_with(doc, "kst-")) doc = kst_number(doc);
      return cut("toezegging " + rest.substr(dash + 1) + " in " + doc, kHeadlineChars);
    }
    return cut(p.id, kHeadlineChars);
  }
  if (kst) {
    if (p.in_corpus) return cut(kst_number(p.id) + (p.type.empty() ? "" : " " + p.type), kHeadlineChars);
    return "kst " + kst_number(p.id);
  }
  if (p.kind == VertexKind::eu && !p.label.empty()) return cut(p.label, kHeadlineChars);
  std::string name = p.title.empty() ? p.label : p.title;
  return cut(name.empty() ? p.id : name, kHeadlineChars);
}

Diagram overview_diagram(const ReferenceGraph& graph, const ViewOptions& options) {
  std::vector<Vertex> documents;
  for (Vertex v = 0; v < boost::num_vertices(graph.g); ++v)
    if (graph.g[v].in_corpus) documents.push_back(v);
  std::vector<char> chosen(boost::num_vertices(graph.g), 1);
  if (options.depth > 0) chosen = reach(graph, documents, options.depth, false);
  Builder b(graph);
  for (Vertex v = 0; v < boost::num_vertices(graph.g); ++v)
    if (chosen[v]) b.add(v);
  b.connect_among(chosen);
  Diagram d = b.take();
  d.title = "Reference graph: " + std::to_string(documents.size()) + " documents";
  return finish(std::move(d), options);
}

std::optional<Diagram> chain_diagram(const ReferenceGraph& graph, std::string_view id, const ViewOptions& options) {
  LineageOptions lo;
  lo.direction = LineageDirection::both;
  lo.depth = options.depth > 0 ? options.depth : 10;
  std::optional<Lineage> lineage = trace_lineage(graph, id, lo);
  if (!lineage) return std::nullopt;
  std::set<std::string> ids;
  if (lineage->upstream) collect_ids(*lineage->upstream, ids);
  if (lineage->downstream) collect_ids(*lineage->downstream, ids);
  ids.insert(std::string(id));
  std::vector<char> chosen(boost::num_vertices(graph.g), 0);
  for (const std::string& member : ids)
    if (auto v = graph.find(member)) chosen[*v] = 1;
  Builder b(graph);
  Vertex root = *graph.find(id);
  b.node(b.add(root)).focus = true;
  for (Vertex v = 0; v < boost::num_vertices(graph.g); ++v)
    if (chosen[v]) b.add(v);
  b.connect_among(chosen, true);
  Diagram d = b.take();
  d.title = "Lineage of " + short_label(graph.g[root]);
  return finish(std::move(d), options);
}

std::optional<Diagram> motion_diagram(const ReferenceGraph& graph, std::string_view id, const ViewOptions& options) {
  std::optional<Vertex> motion = graph.find(id);
  if (!motion) return std::nullopt;
  std::vector<char> chosen = reach(graph, {*motion}, options.depth > 0 ? options.depth : 1, true);
  Builder b(graph);
  std::size_t m = b.add(*motion);
  b.node(m).focus = true;
  for (const MotionFinding& f : audit_motions(graph)) {
    if (f.id != id) continue;
    b.node(m).status = f.status;
    b.node(m).detail = join({b.node(m).detail, "status: " + f.status}, "\n");
  }
  for (Vertex v = 0; v < boost::num_vertices(graph.g); ++v)
    if (chosen[v]) b.add(v);
  b.connect_among(chosen);
  const std::vector<std::string>& verzoeken = graph.g[*motion].verzoeken;
  for (std::size_t i = 0; i < verzoeken.size(); ++i) {
    DiagramNode ask;
    ask.name = std::string(id) + "-verzoek-" + std::to_string(i + 1);
    ask.look = Look::verzoek;
    std::vector<std::string> lines = wrap(verzoeken[i], kVerzoekLineChars, kVerzoekLines);
    ask.headline = "verzoek " + std::to_string(i + 1);
    ask.detail = join(lines, "\n");
    ask.tooltip = verzoeken[i];
    ask.date = graph.g[*motion].date;
    std::size_t a = b.add(std::move(ask));
    b.connect(m, a, Line::asks, "verzoek " + std::to_string(i + 1) + ":\n" + verzoeken[i]);
  }
  Diagram d = b.take();
  d.title = "Motion " + short_label(graph.g[*motion]);
  return finish(std::move(d), options);
}

Diagram commitments_diagram(const ReferenceGraph& graph, const DocumentTexts& texts, const ViewOptions& options) {
  CommitmentAuditOptions ao;
  ao.as_of = options.as_of;
  std::vector<CommitmentFinding> findings = audit_commitments(graph, texts, ao);
  Builder b(graph);
  auto document_node = [&](const std::string& doc_id, const std::string& file, const std::string& date) {
    if (auto v = graph.find(doc_id)) return b.add(*v);
    DiagramNode n;
    n.name = doc_id;
    n.kind = std::string(to_string(vertex_kind_from_id(doc_id)));
    n.look = look_of(vertex_kind_from_id(doc_id));
    n.headline = cut(doc_id, kHeadlineChars);
    n.date = date;
    n.tooltip = doc_id + (file.empty() ? "" : "\nfile: " + file);
    n.url = link_for(doc_id);
    return b.add(std::move(n));
  };
  for (const CommitmentFinding& f : findings) {
    DiagramNode c;
    if (auto v = graph.find(f.id)) c = node_of(graph.g[*v]);
    c.name = f.id;
    c.kind = "commitment";
    c.look = Look::commitment;
    if (c.headline.empty()) c.headline = cut(f.id, kHeadlineChars);
    c.status = f.status;
    c.focus = true;
    c.date = f.date;
    std::string due = f.due_to.empty() ? "no date" : "due " + f.due_to;
    c.detail = f.status + " \xC2\xB7 " + due;
    std::vector<std::string> tip = {"\"" + cut(f.quote, kSentenceChars) + "\"", "topic: " + f.topic};
    if (!f.due_text.empty()) tip.push_back("due: " + f.due_text + " (" + f.due_from + " .. " + f.due_to + ")");
    tip.push_back("status on " + options.as_of + ": " + f.status);
    if (!f.file.empty()) tip.push_back("made in " + f.document + " (" + f.file + ")");
    c.tooltip = join(tip, "\n");
    std::size_t ci = b.add(std::move(c));
    std::size_t maker = document_node(f.document, f.file, f.date);
    b.connect(maker, ci, f.status == "overdue" ? Line::overdue : Line::promises,
              std::string(f.status == "overdue" ? "promised, overdue on " + options.as_of : "promises") + "\n" +
                  f.file + "\n\"" + cut(f.quote, kSentenceChars) + "\"");
    for (const Fulfilment& k : f.fulfilled_by) {
      std::size_t keeper = document_node(k.document, k.file, k.date);
      b.connect(keeper, ci, Line::fulfils,
                "fulfils (" + k.how + ")\n" + k.file + "\n\"" + cut(k.quote, kSentenceChars) + "\"");
    }
  }
  Diagram d = b.take();
  d.title = "Commitments as of " + options.as_of;
  return finish(std::move(d), options);
}

}  // namespace kamerref
