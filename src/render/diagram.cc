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
#include "kamerref/load/encoding.h"

namespace kamerref {
namespace {

// A headline is wrapped into lines of this many characters, at most this many
// lines (a node about 2.2 inches wide at 10 pt); the full text is in the tooltip.
constexpr std::size_t kHeadlineWidth = 28;
constexpr std::size_t kHeadlineLines = 3;
constexpr std::size_t kHeadlineChars = kHeadlineWidth * kHeadlineLines - 6;
// A title followed by its date (`Voortgangsbrief Versterkte Aanpak Online, 22 mei 2026`).
constexpr std::size_t kTitleChars = 56;
constexpr std::size_t kDetailChars = 34;
constexpr std::size_t kTitleLineChars = 100;  // the picture's own title
constexpr std::size_t kVerzoekLineChars = 38;
constexpr std::size_t kVerzoekLines = 4;
constexpr std::size_t kSentenceChars = 600;
constexpr std::size_t kGroupTooltipNames = 25;

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// Bytes of the UTF-8 character starting at s[i] (1 for a stray byte).
std::size_t char_length(std::string_view s, std::size_t i) {
  const std::size_t n = std::max<std::size_t>(1, utf8_declared_length(static_cast<unsigned char>(s[i])));
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

std::string shorten(std::string_view text, std::size_t max);

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
    const std::size_t word_start = i;
    i = end + 1;
    std::size_t n = chars_of(word);
    if (line_chars > 0 && line_chars + 1 + n > width) {
      out.push_back(line);
      line.clear();
      line_chars = 0;
      if (out.size() == lines) {
        // the last line with the rest, shortened at a word boundary: one
        // ellipsis (`... het Tech Against…`, not `Terroris… …`)
        out.back() = shorten(out.back() + " " + s.substr(word_start), width);
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

std::size_t chars_of(std::string_view w) {
  std::size_t n = 0;
  for (std::size_t k = 0; k < w.size(); k += char_length(w, k)) ++n;
  return n;
}

// At most `max` characters, shortened at a word boundary with an ellipsis
// (cut inside a word only when the first word alone is too long).
std::string shorten(std::string_view text, std::size_t max) {
  std::string s = squeeze(text);
  if (chars_of(s) <= max) return s;
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t end = s.find(' ', i);
    if (end == std::string::npos) end = s.size();
    std::string candidate = out + (out.empty() ? "" : " ") + s.substr(i, end - i);
    if (chars_of(candidate) > max - 1) break;
    out = std::move(candidate);
    i = end + 1;
  }
  if (out.empty()) return cut(s, max);
  while (!out.empty() && std::string_view(",;:-(/\xE2\x80\x93").find(out.back()) != std::string_view::npos) out.pop_back();
  return out + "\xE2\x80\xA6";
}

// `2026-05-22` -> `22 mei 2026`, `2026-05` -> `mei 2026`.
std::string dutch_date(std::string_view iso) {
  static const char* const kMonths[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                        "juli",    "augustus", "september", "oktober", "november", "december"};
  if (iso.size() < 4) return std::string(iso);
  std::string year(iso.substr(0, 4));
  if (iso.size() < 7) return year;
  int month = std::atoi(std::string(iso.substr(5, 2)).c_str());
  if (month < 1 || month > 12) return std::string(iso);
  std::string out = std::string(kMonths[month - 1]) + " " + year;
  if (iso.size() >= 10) {
    int day = std::atoi(std::string(iso.substr(8, 2)).c_str());
    if (day >= 1 && day <= 31) out = std::to_string(day) + " " + out;
  }
  return out;
}

bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// `00cce04f-5014-4f70-9578-32656387658a` somewhere in the text.
bool contains_uuid(std::string_view s) {
  static constexpr std::size_t kGroups[] = {8, 4, 4, 4, 12};
  for (std::size_t start = 0; start + 36 <= s.size(); ++start) {
    std::size_t i = start;
    bool ok = true;
    for (std::size_t g = 0; g < 5 && ok; ++g) {
      for (std::size_t k = 0; k < kGroups[g] && ok; ++k) ok = is_hex(s[i++]);
      if (ok && g < 4) ok = s[i++] == '-';
    }
    if (ok) return true;
  }
  return false;
}

// `2025_beslisnota-non-paper-countering-together`, `motie.xml`: one word
// joined by dashes or underscores, or with a file extension.
bool looks_like_file_stem(std::string_view s) {
  if (s.find(' ') != std::string_view::npos) return false;
  std::size_t joins = static_cast<std::size_t>(std::count(s.begin(), s.end(), '-') + std::count(s.begin(), s.end(), '_'));
  if (s.find('_') != std::string_view::npos || joins >= 2) return true;
  for (std::string_view ext : {".md", ".txt", ".xml", ".pdf", ".html", ".htm", ".docx"})
    if (s.size() > ext.size() && s.substr(s.size() - ext.size()) == ext) return true;
  return false;
}

// `BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID`, `Brief van de
// staatssecretaris van ...`: who wrote, not what it is about.
bool looks_like_letterhead(std::string_view s) {
  std::size_t upper = 0, lower = 0;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') ++upper;
    if (c >= 'a' && c <= 'z') ++lower;
  }
  if (upper + lower >= 8 && lower * 5 < upper + lower) return true;
  std::string head(s.substr(0, 14));
  std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return head == "brief van de m" || head == "brief van de s" || head == "brief van het ";
}

// The title a person knows the vertex by, or empty: never its id, a file
// stem, a uuid or a letterhead.
// A Kamerstuk's label is the text a citation used (`Kamerstukken II 2017/18,
// 29754, nr. 434`), no title: only its own title counts.
std::string usable_title(const VertexProps& p) {
  const bool label_is_name = !starts_with(p.id, "kst-");
  for (const std::string* candidate : {&p.title, &p.label}) {
    if (candidate == &p.label && !label_is_name) break;
    std::string s = squeeze(*candidate);
    if (s.empty() || s == p.id || starts_with(s, "doc-") || contains_uuid(s) || looks_like_file_stem(s) ||
        looks_like_letterhead(s))
      continue;
    return s;
  }
  return {};
}

std::string capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

// `verzoekt de regering om een landelijke aanpak ...` -> `een landelijke aanpak ...`
std::string verzoek_core(std::string_view verzoek) {
  std::string s = squeeze(verzoek);
  for (std::string_view lead : {"verzoekt de regering ", "verzoekt het kabinet ", "verzoekt de minister ", "om "})
    if (starts_with(s, lead)) s = s.substr(lead.size());
  return s;
}

// The motion's subject from its title: `Motie van het lid Michon-Derkzen over
// een werkbare definitie ...` -> `een werkbare definitie ...`.
std::string motion_subject(const VertexProps& p) {
  if (!p.subject.empty()) return squeeze(p.subject);
  std::string title = squeeze(p.title);
  std::size_t over = title.find(" over ");
  if (starts_with(title, "Motie") && over != std::string::npos) return title.substr(over + 6);
  return {};
}

// Numbers inside names compare as numbers: toezegging 2 before 10.
bool natural_less(std::string_view a, std::string_view b) {
  std::size_t i = 0, j = 0;
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  while (i < a.size() && j < b.size()) {
    if (digit(a[i]) && digit(b[j])) {
      std::size_t ie = i, je = j;
      while (ie < a.size() && digit(a[ie])) ++ie;
      while (je < b.size() && digit(b[je])) ++je;
      std::string_view x = a.substr(i, ie - i), y = b.substr(j, je - j);
      while (x.size() > 1 && x[0] == '0') x.remove_prefix(1);
      while (y.size() > 1 && y[0] == '0') y.remove_prefix(1);
      if (x.size() != y.size()) return x.size() < y.size();
      if (x != y) return x < y;
      i = ie;
      j = je;
      continue;
    }
    if (a[i] != b[j]) return a[i] < b[j];
    ++i;
    ++j;
  }
  return a.size() - i < b.size() - j;
}

// `commitment-kst-29754-771-3` -> 3
std::string commitment_number(std::string_view id) {
  std::size_t dash = id.rfind('-');
  return dash == std::string_view::npos ? std::string() : std::string(id.substr(dash + 1));
}

// Wrapped into at most kHeadlineLines lines; the last line shortened at a
// word boundary when the text goes on.
std::string headline_lines(std::string_view text) {
  std::vector<std::string> lines = wrap(text, kHeadlineWidth, SIZE_MAX);
  if (lines.size() > kHeadlineLines) {
    std::vector<std::string> rest(lines.begin() + kHeadlineLines - 1, lines.end());
    lines.resize(kHeadlineLines);
    lines.back() = shorten(join(rest, " "), kHeadlineWidth);  // two lines or more: always shortened
  }
  return join(lines, "\n");
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

std::string singular(std::string_view kind) {
  static const std::map<std::string_view, std::string_view> kSingular = {
      {"kamerstuk", "Kamerstuk"}, {"handelingen", "Handelingen"}, {"aanhangsel", "Aanhangsel"},
      {"tk-document", "TK document"}, {"tk-zaak", "TK zaak"}, {"eu", "EU act"},
  };
  auto it = kSingular.find(kind);
  return it == kSingular.end() ? std::string(kind) : std::string(it->second);
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
      // the government says it will not (fully) carry the motion out
      if (e.relation == "niet-uitgevoerd") return Line::answers_niet_uitgevoerd;
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
  std::string full = full_label(p);
  n.headline = headline_lines(full);
  std::vector<std::string> detail;
  // the number of a stuk, and its date unless the headline says it
  if (starts_with(p.id, "kst-") && full.find(kst_number(p.id)) == std::string::npos) detail.push_back(kst_number(p.id));
  if (!p.date.empty() && full.find(dutch_date(p.date)) == std::string::npos) detail.push_back(dutch_date(p.date));
  if (p.kind == VertexKind::eu && starts_with(p.id, "celex-") && full.find(p.id.substr(6)) == std::string::npos)
    detail.push_back("CELEX " + p.id.substr(6));
  if (p.kind == VertexKind::commitment && p.commitment)
    detail.push_back(p.commitment->due_to.empty() ? "no due date" : "due " + dutch_date(p.commitment->due_to));
  n.detail = cut(join(detail, " \xC2\xB7 "), kDetailChars + 10);
  n.tooltip = vertex_tooltip(p);
  if (chars_of(full) > kHeadlineChars || n.headline.find("\xE2\x80\xA6") != std::string::npos)
    n.tooltip = full + "\n" + n.tooltip;
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

// Beyond `max` nodes, the least relevant collapse into one node per kind and
// dossier ("143 more motions in 36600"). Relevance, most first: nearness to
// what the view is about (its focus, else its subject: the dossier's
// documents, else the corpus documents), corpus documents, the weight of the
// lines to nearer nodes, how often cited, how recent. Groups take at most a
// fifth of the room; dossiers beyond that merge per kind ("97 more motions
// in 52 dossiers").
void collapse(Diagram& d, std::size_t max) {
  if (max == 0 || d.nodes.size() <= max) return;
  const std::size_t n = d.nodes.size();
  constexpr std::size_t kFar = SIZE_MAX / 2;
  std::vector<std::vector<std::pair<std::size_t, int>>> near(n);
  std::vector<std::size_t> cited(n, 0);
  for (const DiagramEdge& e : d.edges) {
    near[e.from].push_back({e.to, e.count});
    near[e.to].push_back({e.from, e.count});
    cited[e.to] += static_cast<std::size_t>(e.count);
  }
  std::vector<std::size_t> distance(n, kFar);
  std::deque<std::size_t> queue;
  bool any_focus = std::any_of(d.nodes.begin(), d.nodes.end(), [](const DiagramNode& x) { return x.focus || x.subject; });
  for (std::size_t i = 0; i < n; ++i) {
    const DiagramNode& x = d.nodes[i];
    if (any_focus ? (x.focus || x.subject) : true) {
      distance[i] = 0;
      queue.push_back(i);
    }
  }
  while (!queue.empty()) {
    std::size_t i = queue.front();
    queue.pop_front();
    for (auto [j, count] : near[i]) {
      if (distance[j] != kFar) continue;
      distance[j] = distance[i] + 1;
      queue.push_back(j);
    }
  }
  std::vector<std::size_t> strength(n, 0);
  for (std::size_t i = 0; i < n; ++i)
    for (auto [j, count] : near[i])
      if (distance[j] < distance[i]) strength[i] += static_cast<std::size_t>(count);

  std::vector<std::size_t> candidates;
  for (std::size_t i = 0; i < n; ++i)
    if (!fixed(d.nodes[i])) candidates.push_back(i);
  std::sort(candidates.begin(), candidates.end(), [&](std::size_t a, std::size_t b) {
    const DiagramNode& x = d.nodes[a];
    const DiagramNode& y = d.nodes[b];
    auto key = [&](std::size_t i, const DiagramNode& z) {
      return std::make_tuple(distance[i], !(z.in_corpus || z.weight > 0), SIZE_MAX - strength[i],
                             SIZE_MAX - cited[i] - z.weight);
    };
    if (key(a, x) != key(b, y)) return key(a, x) < key(b, y);
    if (x.date != y.date) return x.date > y.date;  // the most recent first
    return natural_less(x.name, y.name);
  });
  const std::size_t fixed_count = n - candidates.size();
  const std::size_t room = max > fixed_count ? max - fixed_count : 1;
  const std::size_t group_room = std::max<std::size_t>(1, max / 5);

  // hidden: candidates[kept...]; groups by (kind, dossier), the largest
  // dossier groups first, the rest one per kind
  auto plan = [&](std::size_t kept, std::map<std::pair<std::string, std::string>, std::vector<std::size_t>>& groups) {
    groups.clear();
    std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> by_dossier;
    for (std::size_t k = kept; k < candidates.size(); ++k) {
      const DiagramNode& x = d.nodes[candidates[k]];
      by_dossier[{x.kind, x.dossier}].push_back(candidates[k]);
    }
    std::vector<std::pair<std::string, std::string>> keys;
    for (auto& [key, members] : by_dossier) keys.push_back(key);
    std::stable_sort(keys.begin(), keys.end(),
                     [&](const auto& a, const auto& b) { return by_dossier[a].size() > by_dossier[b].size(); });
    std::set<std::string> kinds;
    for (auto& key : keys) kinds.insert(key.first);
    const std::size_t dossier_room = group_room > kinds.size() ? group_room - kinds.size() : 0;
    for (std::size_t k = 0; k < keys.size(); ++k) {
      auto& members = by_dossier[keys[k]];
      bool own = keys.size() <= group_room || (k < dossier_room && !keys[k].second.empty());
      auto& group = groups[own ? keys[k] : std::make_pair(keys[k].first, std::string("*"))];
      group.insert(group.end(), members.begin(), members.end());
    }
  };
  std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> groups;
  std::size_t kept = room > group_room ? room - group_room : 0;
  plan(kept, groups);
  // room left by fewer groups than planned goes to nodes
  if (kept + groups.size() < room) {
    kept = std::min(candidates.size(), room - groups.size());
    plan(kept, groups);
    while (kept > 0 && kept + groups.size() > room) plan(--kept, groups);
  }

  Diagram out_d;
  out_d.title = d.title;
  std::vector<std::size_t> index(n, SIZE_MAX);
  std::vector<char> removed(n, 0);
  for (std::size_t k = kept; k < candidates.size(); ++k) removed[candidates[k]] = 1;
  for (std::size_t i = 0; i < n; ++i) {
    if (removed[i]) continue;
    index[i] = out_d.nodes.size();
    out_d.nodes.push_back(d.nodes[i]);
  }
  for (auto& [key, members] : groups) {
    const auto& [kind, dossier] = key;
    std::set<std::string> dossiers;
    for (std::size_t m : members)
      if (!d.nodes[m].dossier.empty()) dossiers.insert(d.nodes[m].dossier);
    DiagramNode group;
    group.name = "more-" + kind + (dossier.empty() || dossier == "*" ? "" : "-" + dossier);
    group.kind = kind;
    group.look = d.nodes[members.front()].look;
    group.collapsed = members.size();
    std::string where;
    if (dossier != "*" && !dossier.empty()) {
      where = " in " + (starts_with(dossier, "dossier-") ? dossier.substr(8) : dossier);
      group.dossier = dossier;
    } else if (dossiers.size() > 1) {
      where = " in " + std::to_string(dossiers.size()) + " dossiers";
    }
    group.headline = std::to_string(members.size()) + " more " + (members.size() == 1 ? singular(kind) : plural(kind)) + where;
    // a group stands on the time axis where the middle of its members does
    // (in the undated lane only when none has a date): a page's undated
    // lane would otherwise hold every group
    std::vector<std::string> dates;
    for (std::size_t m : members)
      if (!d.nodes[m].date.empty()) dates.push_back(d.nodes[m].date);
    if (!dates.empty()) {
      std::nth_element(dates.begin(), dates.begin() + static_cast<std::ptrdiff_t>(dates.size() / 2), dates.end());
      group.date = dates[dates.size() / 2];
    }
    std::sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) { return natural_less(d.nodes[a].name, d.nodes[b].name); });
    std::vector<std::string> names;
    for (std::size_t k = 0; k < members.size() && k < kGroupTooltipNames; ++k)
      names.push_back(d.nodes[members[k]].name + "  " + squeeze(d.nodes[members[k]].headline));
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
    if (std::make_tuple(x.collapsed > 0, x.date.empty(), x.date) != std::make_tuple(y.collapsed > 0, y.date.empty(), y.date))
      return std::make_tuple(x.collapsed > 0, x.date.empty(), x.date) < std::make_tuple(y.collapsed > 0, y.date.empty(), y.date);
    return natural_less(x.name, y.name);
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

// A commitment without a date of its own was made on the date of the
// document that promised it.
void date_commitments(Diagram& d) {
  for (const DiagramEdge& e : d.edges) {
    DiagramNode& promise = d.nodes[e.to];
    if ((e.line == Line::promises || e.line == Line::overdue) && promise.look == Look::commitment &&
        promise.date.empty())
      promise.date = d.nodes[e.from].date;
  }
}

Diagram finish(Diagram d, const ViewOptions& options) {
  date_commitments(d);
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
    case Line::answers_niet_uitgevoerd: return "answers (niet uitgevoerd)";
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

std::string full_label(const VertexProps& p) {
  const bool kst = starts_with(p.id, "kst-");
  const std::string number = kst ? kst_number(p.id) : std::string();
  const std::string title = usable_title(p);
  const std::string dated = p.date.empty() ? "" : ", " + dutch_date(p.date);
  switch (p.kind) {
    case VertexKind::motion: {
      std::string who = indieners_text(p.indieners);
      std::string subject = motion_subject(p);
      if (!subject.empty()) return "Motie " + (who.empty() ? "" : who + " ") + "over " + subject;
      if (!who.empty()) return "Motie " + who + (number.empty() ? "" : " (" + number + ")");
      if (!title.empty()) return capitalised(title);
      if (!p.verzoeken.empty()) return "Motie: " + verzoek_core(p.verzoeken.front());
      return number.empty() ? "Motie" + dated : "Motie " + number;
    }
    case VertexKind::person: return p.label.empty() ? p.id.substr(std::min<std::size_t>(7, p.id.size())) : p.label;
    case VertexKind::dossier: return "Dossier " + (starts_with(p.id, "dossier-") ? p.id.substr(8) : p.id);
    case VertexKind::commitment: {
      std::string n = commitment_number(p.id);
      std::string topic = p.commitment ? squeeze(p.commitment->topic) : std::string();
      return "Toezegging " + n + (topic.empty() ? "" : ": " + topic);
    }
    default: break;
  }
  if (!title.empty()) return capitalised(shorten(title, kTitleChars)) + dated;
  if (kst) {
    std::string what = p.type.empty() ? "Kamerstuk" : capitalised(p.type);
    return what + " " + number + dated;
  }
  if (p.kind == VertexKind::eu && starts_with(p.id, "celex-")) return "EU act " + p.id.substr(6);
  if (p.kind == VertexKind::tk_zaak) return "Zaak " + p.id;
  if (p.kind == VertexKind::tk_document) return "TK-document " + p.id;
  if (p.kind == VertexKind::document || p.in_corpus)
    return (p.type.empty() ? std::string("Document") : capitalised(p.type)) + (dated.empty() ? " without title" : dated);
  return p.id;
}

std::string short_label(const VertexProps& p) { return shorten(full_label(p), kHeadlineChars); }

Diagram overview_diagram(const ReferenceGraph& graph, const ViewOptions& options) {
  std::vector<Vertex> documents;
  for (Vertex v = 0; v < boost::num_vertices(graph.g); ++v)
    if (graph.g[v].in_corpus) documents.push_back(v);
  // too many documents to draw one by one: their dossiers instead
  if (options.max_nodes > 0 && documents.size() > options.max_nodes) return dossiers_diagram(graph, options);
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

namespace {

constexpr int kKamerSeats = 150;
constexpr std::size_t kPanelLineChars = 60;
constexpr std::size_t kPanelLines = 4;

// "voor: PVV 37, GroenLinks-PvdA 25, ..." for one side, wrapped.
std::vector<std::string> fractie_lines(const KamerVotes& votes, std::string_view vote, std::string_view word) {
  std::string list;
  int seats = 0;
  for (const FractieVote& f : votes.by_fractie) {
    if (f.vote != vote) continue;
    list += (list.empty() ? "" : ", ") + f.fractie + " " + std::to_string(f.seats) + (f.vergissing ? " (vergissing)" : "");
    seats += f.seats;
  }
  if (list.empty()) return {};
  return wrap(std::string(word) + " " + std::to_string(seats) + ": " + list, kPanelLineChars, kPanelLines);
}

// What the motion view says beside the motion, from the motion audit's
// `kamer`: nullopt when the input says nothing about the Kamer's decision.
std::optional<VotePanel> vote_panel(const std::string& motion, const KamerDecision& k) {
  if (k.decision.empty() && !k.votes && k.note.empty() && k.kabinetsappreciatie.empty() && k.zaak.empty())
    return std::nullopt;
  VotePanel p;
  p.of = motion;
  p.headline = "Kamer: " + (k.decision.empty() ? std::string("no decision known") : k.decision);
  if (!k.replaced_by.empty()) p.headline += " by " + k.replaced_by;
  if (!k.date.empty()) p.headline += ", " + dutch_date(k.date);
  if (k.votes) {
    const KamerVotes& v = *k.votes;
    p.totals = std::to_string(v.voor) + " voor \xE2\x80\x93 " + std::to_string(v.tegen) + " tegen";
    if (v.niet_deelgenomen > 0) p.totals += " \xE2\x80\x93 " + std::to_string(v.niet_deelgenomen) + " niet deelgenomen";
    for (const FractieVote& f : v.by_fractie) p.segments.push_back({f.fractie, f.vote, f.seats, f.vergissing});
    p.missing_seats = std::max(0, kKamerSeats - v.voor - v.tegen - v.niet_deelgenomen);
    p.voor = fractie_lines(v, "Voor", "voor");
    p.tegen = fractie_lines(v, "Tegen", "tegen");
    p.niet_deelgenomen = fractie_lines(v, "Niet deelgenomen", "niet deelgenomen");
  }
  p.warning = k.note;
  // the Besluit's own words: with incomplete votes the only full count
  // ("Aangenomen (73-71).")
  if (k.source == "tk-opendata" && !k.quote.empty()) p.details.push_back("besluit: " + shorten(k.quote, kPanelLineChars));
  if (!k.kabinetsappreciatie.empty()) p.details.push_back("cabinet: " + k.kabinetsappreciatie);
  std::string names;
  for (const TkIndiener& i : k.indieners) names += (names.empty() ? "" : ", ") + display_name(i);
  if (!names.empty()) {
    std::vector<std::string> lines = wrap("indieners: " + names, kPanelLineChars, 2);
    p.details.insert(p.details.end(), lines.begin(), lines.end());
  }
  std::vector<std::string> numbers;
  if (!k.zaak.empty()) numbers.push_back("zaak " + k.zaak);
  if (!k.tk_document.empty()) numbers.push_back("document " + k.tk_document);
  if (!k.source.empty()) numbers.push_back("source " + k.source);
  if (!numbers.empty()) p.details.push_back(join(numbers, " \xC2\xB7 "));
  if (k.conflict)
    p.details.push_back((k.conflict->source.empty() ? std::string("a text") : k.conflict->source) + " says " +
                        (k.conflict->decision.empty() ? std::string("nothing") : k.conflict->decision));
  std::vector<std::string> tip = {p.headline};
  if (!p.totals.empty())
    tip.push_back(p.totals + (p.missing_seats > 0 ? " (" + std::to_string(p.missing_seats) + " seats not in the data)" : ""));
  if (!k.quote.empty()) tip.push_back(k.quote);
  for (const auto* side : {&p.voor, &p.tegen, &p.niet_deelgenomen})
    if (!side->empty()) tip.push_back(join(*side, " "));
  if (!p.warning.empty()) tip.push_back(p.warning);
  tip.insert(tip.end(), p.details.begin(), p.details.end());
  p.tooltip = join(tip, "\n");
  return p;
}

}  // namespace

std::optional<Diagram> motion_diagram(const ReferenceGraph& graph, std::string_view id, const ViewOptions& options) {
  std::optional<Vertex> motion = graph.find(id);
  if (!motion) return std::nullopt;
  std::vector<char> chosen = reach(graph, {*motion}, options.depth > 0 ? options.depth : 1, true);
  Builder b(graph);
  std::size_t m = b.add(*motion);
  b.node(m).focus = true;
  std::optional<VotePanel> panel;
  for (const MotionFinding& f : audit_motions(graph)) {
    if (f.id != id) continue;
    b.node(m).status = f.status;
    b.node(m).detail = join({b.node(m).detail, "status: " + f.status}, "\n");
    panel = vote_panel(b.node(m).name, f.kamer);
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
  d.title = short_label(graph.g[*motion]);  // `Motie Michon-Derkzen over ...`
  d.vote_panel = std::move(panel);
  return finish(std::move(d), options);
}

std::optional<Diagram> around_diagram(const ReferenceGraph& graph, std::string_view id, const ViewOptions& options) {
  std::optional<Vertex> subject = graph.find(id);
  if (!subject) return std::nullopt;
  std::vector<char> chosen = reach(graph, {*subject}, options.depth > 0 ? options.depth : 1, true);
  Builder b(graph);
  b.node(b.add(*subject)).focus = true;
  for (Vertex v = 0; v < boost::num_vertices(graph.g); ++v)
    if (chosen[v]) b.add(v);
  b.connect_among(chosen);
  Diagram d = b.take();
  d.title = "Around " + shorten(full_label(graph.g[*subject]), kTitleLineChars);
  return finish(std::move(d), options);
}

std::string dossier_id(std::string_view number) {
  std::string s = squeeze(number);
  if (starts_with(s, "dossier-")) return s;
  if (starts_with(s, "kst-")) return dossier_of_kamerstuk(s);
  return "dossier-" + s;
}

std::optional<Diagram> dossier_diagram(const ReferenceGraph& graph, std::string_view number, const ViewOptions& options) {
  const std::string dossier = dossier_id(number);
  const Graph& g = graph.g;
  std::vector<char> member(boost::num_vertices(g), 0);
  std::size_t members = 0;
  for (Vertex v = 0; v < boost::num_vertices(g); ++v) {
    if (g[v].kind == VertexKind::dossier || g[v].kind == VertexKind::person) continue;
    if (dossier_of(g[v]) == dossier) {
      member[v] = 1;
      ++members;
    }
  }
  if (members == 0) return std::nullopt;
  // the dossier's documents and what they cite, one step, outside it too
  std::vector<char> chosen = member;
  for (Vertex v = 0; v < boost::num_vertices(g); ++v) {
    if (!member[v]) continue;
    for (auto [it, end] = boost::out_edges(v, g); it != end; ++it)
      if (g[*it].kind != EdgeKind::part_of_dossier && g[*it].kind != EdgeKind::submitted_by)
        chosen[boost::target(*it, g)] = 1;
  }
  Builder b(graph);
  for (Vertex v = 0; v < boost::num_vertices(g); ++v) {
    if (!chosen[v]) continue;
    std::size_t i = b.add(v);
    b.node(i).subject = member[v] != 0;
  }
  b.connect_among(chosen);
  Diagram d = b.take();
  const std::string name = dossier.substr(8);
  d.title = "Dossier " + name + ": " + std::to_string(members) + (members == 1 ? " stuk" : " stukken") +
            " and what they cite";
  return finish(std::move(d), options);
}

Diagram dossiers_diagram(const ReferenceGraph& graph, const ViewOptions& options) {
  const Graph& g = graph.g;
  // every vertex stands for its dossier; what has none, for its kind
  auto group_of = [&](Vertex v) -> std::string {
    std::string dossier = dossier_of(g[v]);
    if (!dossier.empty()) return dossier;
    if (g[v].kind == VertexKind::person) return {};
    return "kind-" + std::string(to_string(g[v].kind)) + (g[v].in_corpus ? "-corpus" : "");
  };
  struct Tally {
    std::size_t in_corpus = 0, cited = 0, motions = 0;
    std::string first, last;
  };
  std::map<std::string, Tally> tally;
  std::vector<std::string> group(boost::num_vertices(g));
  std::size_t documents = 0;
  for (Vertex v = 0; v < boost::num_vertices(g); ++v) {
    group[v] = group_of(v);
    if (group[v].empty() || g[v].kind == VertexKind::dossier) continue;
    Tally& t = tally[group[v]];
    (g[v].in_corpus ? t.in_corpus : t.cited) += 1;
    documents += g[v].in_corpus ? 1 : 0;
    if (g[v].kind == VertexKind::motion) ++t.motions;
    const std::string& date = g[v].date;
    if (date.size() >= 4) {
      if (t.first.empty() || date < t.first) t.first = date;
      if (t.last.empty() || date > t.last) t.last = date;
    }
  }
  Builder b(graph);
  std::map<std::string, std::size_t> index;
  std::map<std::string, std::size_t> inside;  // citations within one dossier
  for (auto& [name, t] : tally) {
    DiagramNode n;
    n.name = name;
    if (starts_with(name, "dossier-")) {
      n.kind = "dossier";
      n.look = Look::dossier;
      n.headline = "Dossier " + name.substr(8);
    } else {
      std::string kind = name.substr(5);
      const bool corpus = kind.size() > 7 && kind.substr(kind.size() - 7) == "-corpus";
      if (corpus) kind = kind.substr(0, kind.size() - 7);
      n.kind = kind;
      for (int k = static_cast<int>(VertexKind::document); k <= static_cast<int>(VertexKind::person); ++k)
        if (to_string(static_cast<VertexKind>(k)) == kind) n.look = look_of(static_cast<VertexKind>(k));
      n.headline = capitalised(plural(kind)) + (corpus ? " without dossier" : " cited, without dossier");
    }
    std::vector<std::string> detail;
    if (t.in_corpus > 0) detail.push_back(std::to_string(t.in_corpus) + " in corpus");
    if (t.motions > 0) detail.push_back(std::to_string(t.motions) + (t.motions == 1 ? " motion" : " motions"));
    if (t.cited > 0) detail.push_back(std::to_string(t.cited) + " cited");
    std::string span = t.first.empty() ? "" : dutch_date(t.first.substr(0, 7)) + (t.last.substr(0, 7) == t.first.substr(0, 7) ? "" : " \xE2\x80\x93 " + dutch_date(t.last.substr(0, 7)));
    n.detail = join({join(detail, ", "), span}, "\n");
    n.tooltip = n.headline + "\n" + join(detail, ", ") + (span.empty() ? "" : "\n" + span);
    n.date = t.last;
    n.in_corpus = t.in_corpus > 0;
    n.weight = t.in_corpus + t.cited;
    n.dossier.clear();
    index[name] = b.add(std::move(n));
  }
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const EdgeProps& p = g[*it];
    if (p.kind == EdgeKind::part_of_dossier || p.kind == EdgeKind::submitted_by) continue;
    const std::string& from = group[boost::source(*it, g)];
    const std::string& to = group[boost::target(*it, g)];
    if (from.empty() || to.empty() || !index.count(from) || !index.count(to)) continue;
    if (from == to) {
      inside[from] += static_cast<std::size_t>(p.count);
      continue;
    }
    b.connect(index[from], index[to], line_of(p), std::string(to_string(line_of(p))), p.count);
  }
  for (auto& [name, count] : inside) {
    DiagramNode& n = b.node(index[name]);
    n.detail = join({n.detail, std::to_string(count) + (count == 1 ? " citation inside" : " citations inside")}, "\n");
  }
  Diagram d = b.take();
  for (DiagramEdge& e : d.edges) e.show_count = true;
  for (DiagramEdge& e : d.edges)
    e.tooltip = d.nodes[e.from].headline + " \xE2\x86\x92 " + d.nodes[e.to].headline + ": " + std::to_string(e.count) +
                (e.count == 1 ? " citation" : " citations") + " (" + std::string(to_string(e.line)) + ")";
  d.title = "Dossiers: " + std::to_string(documents) + " documents, citations between their dossiers";
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
