#include "kamerref/graph/graph.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <string_view>

#include "kamerref/extract/context.h"
#include "kamerref/extract/motion.h"
#include "kamerref/extract/text_util.h"
#include "kamerref/graph/series.h"

namespace kamerref {
namespace {

struct VertexKindName {
  VertexKind kind;
  std::string_view name;
};
constexpr VertexKindName kVertexKindNames[] = {
    {VertexKind::document, "document"},       {VertexKind::kamerstuk, "kamerstuk"},
    {VertexKind::dossier, "dossier"},         {VertexKind::handelingen, "handelingen"},
    {VertexKind::aanhangsel, "aanhangsel"},   {VertexKind::tk_document, "tk-document"},
    {VertexKind::tk_zaak, "tk-zaak"},         {VertexKind::motion, "motion"},
    {VertexKind::eu, "eu"},                   {VertexKind::report, "report"},
    {VertexKind::law, "law"},                 {VertexKind::letter, "letter"},
    {VertexKind::debate, "debate"},           {VertexKind::commitment, "commitment"},
    {VertexKind::person, "person"},
};

struct EdgeKindName {
  EdgeKind kind;
  std::string_view name;
};
constexpr EdgeKindName kEdgeKindNames[] = {
    {EdgeKind::cites, "cites"},
    {EdgeKind::answers_motion, "answers-motion"},
    {EdgeKind::replaces, "replaces"},
    {EdgeKind::promises, "promises"},
    {EdgeKind::fulfils, "fulfils"},
    {EdgeKind::cites_commitment, "cites-commitment"},
    {EdgeKind::part_of_dossier, "part-of-dossier"},
    {EdgeKind::submitted_by, "submitted-by"},
    {EdgeKind::follows, "follows"},
};

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// `2025D49428` (document) or `2025Z20934` (zaak): four digits, a letter, digits.
bool tk_number(std::string_view id, char letter) {
  return id.size() > 5 && all_digits(id.substr(0, 4)) && id[4] == letter && all_digits(id.substr(5));
}

// When several references name one id in different ways, the vertex takes the
// most telling kind: a Kamerstuk that is also cited as a motion is a motion; a
// letter described in words and resolved to its kst id stays a letter.
int kind_rank(VertexKind kind) {
  switch (kind) {
    case VertexKind::motion: return 5;
    case VertexKind::letter: return 4;
    case VertexKind::document: return 0;
    case VertexKind::tk_document: return 1;
    case VertexKind::kamerstuk: return 2;
    default: return 3;
  }
}

void raise_kind(VertexProps& v, VertexKind kind) {
  if (kind_rank(kind) > kind_rank(v.kind)) v.kind = kind;
}

// `letter-contourenbrief-versterkte-aanpak-online-2023-12` -> `2023-12`;
// `debate-...-2023-06-07` -> `2023-06-07`.
std::string date_from_id(std::string_view id) {
  auto digits_at = [&](std::size_t pos, std::size_t n) { return pos + n <= id.size() && all_digits(id.substr(pos, n)); };
  if (id.size() >= 11 && id[id.size() - 11] == '-' && digits_at(id.size() - 10, 4) && id[id.size() - 6] == '-' &&
      digits_at(id.size() - 5, 2) && id[id.size() - 3] == '-' && digits_at(id.size() - 2, 2))
    return std::string(id.substr(id.size() - 10));
  if (id.size() >= 8 && id[id.size() - 8] == '-' && digits_at(id.size() - 7, 4) && id[id.size() - 3] == '-' &&
      digits_at(id.size() - 2, 2))
    return std::string(id.substr(id.size() - 7));
  return {};
}

void add_unique(std::vector<std::string>& list, const std::string& value) {
  if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

// `file` and `sentence` are shared with the other edges of the document.
Evidence evidence_of(const Reference& r, const SharedText& file, const SharedText& sentence) {
  Evidence ev;
  ev.file = file;
  ev.line = r.line;
  ev.start = r.source.begin;
  ev.end = r.source.end;
  ev.text_pos = r.match.begin;
  ev.footnote = r.footnote;
  ev.text = r.text;
  ev.sentence = sentence;
  return ev;
}

EdgeKind edge_kind_for(const Reference& r) {
  switch (r.kind) {
    case RefKind::motion:
      return EdgeKind::answers_motion;
    case RefKind::commitment:
      if (r.commitment && r.commitment->role == "made") return EdgeKind::promises;
      if (r.commitment && r.commitment->role == "fulfilled") return EdgeKind::fulfils;
      return EdgeKind::cites_commitment;
    default:
      return EdgeKind::cites;
  }
}

// What a citation tells about the thing it cites, kept on its vertex.
void learn_from_reference(VertexProps& v, const Reference& r) {
  raise_kind(v, vertex_kind_of(r.kind));
  if (v.label.empty() && !v.in_corpus) v.label = squeeze(r.text);
  if (v.date.empty()) {
    if (std::string_view d = r.attr("date"); !d.empty()) v.date = std::string(d);
  }
  if (r.motion) {
    for (const std::string& name : r.motion->indieners) add_unique(v.indieners, surname_of(name));
    if (v.subject.empty()) v.subject = r.motion->subject;
    if (v.date.empty()) v.date = r.motion->date;
  }
  if (r.commitment) {
    // the promise itself tells most: prefer what the document that made it says
    if (!v.commitment || (r.commitment->role == "made" && v.commitment->role != "made"))
      v.commitment = std::make_shared<const CommitmentInfo>(*r.commitment);
  }
}

bool in_series_kind(VertexKind kind) {
  return kind == VertexKind::document || kind == VertexKind::kamerstuk || kind == VertexKind::letter ||
         kind == VertexKind::tk_document;
}


}  // namespace

std::size_t content_key(const Extraction& e) {
  std::hash<std::string_view> hash;
  std::size_t key = 0;
  auto mix = [&](std::string_view s) { key = key * 1000003u ^ hash(s); };
  const DocumentInfo& d = e.document;
  for (std::string_view s : {std::string_view(d.title), std::string_view(d.date), std::string_view(d.type),
                             std::string_view(d.kenmerk), std::string_view(d.dossier)})
    mix(s);
  for (const std::string& s : d.indieners) mix(s);
  for (const std::string& s : d.verzoeken) mix(s);
  for (const Reference& r : e.references) {
    mix(r.id);
    mix(r.text);
    key = key * 1000003u ^ r.source.begin;
  }
  return key;
}

std::string_view to_string(VertexKind kind) {
  for (const VertexKindName& k : kVertexKindNames)
    if (k.kind == kind) return k.name;
  return "unknown";
}

std::string_view to_string(EdgeKind kind) {
  for (const EdgeKindName& k : kEdgeKindNames)
    if (k.kind == kind) return k.name;
  return "unknown";
}

VertexKind vertex_kind_of(RefKind kind) {
  switch (kind) {
    case RefKind::kamerstuk: return VertexKind::kamerstuk;
    case RefKind::dossier: return VertexKind::dossier;
    case RefKind::handelingen: return VertexKind::handelingen;
    case RefKind::aanhangsel: return VertexKind::aanhangsel;
    case RefKind::tk_document: return VertexKind::tk_document;
    case RefKind::tk_zaak: return VertexKind::tk_zaak;
    case RefKind::motion: return VertexKind::motion;
    case RefKind::eu: return VertexKind::eu;
    case RefKind::report: return VertexKind::report;
    case RefKind::law: return VertexKind::law;
    case RefKind::letter: return VertexKind::letter;
    case RefKind::debate: return VertexKind::debate;
    case RefKind::commitment: return VertexKind::commitment;
  }
  return VertexKind::document;
}

VertexKind vertex_kind_from_id(std::string_view id) {
  if (starts_with(id, "kst-")) return VertexKind::kamerstuk;
  if (starts_with(id, "dossier-")) return VertexKind::dossier;
  if (starts_with(id, "h-tk-") || starts_with(id, "h-ek-")) return VertexKind::handelingen;
  if (starts_with(id, "ah-")) return VertexKind::aanhangsel;
  if (tk_number(id, 'D')) return VertexKind::tk_document;
  if (tk_number(id, 'Z')) return VertexKind::tk_zaak;
  if (starts_with(id, "motie-")) return VertexKind::motion;
  if (starts_with(id, "celex-") || starts_with(id, "eu-")) return VertexKind::eu;
  if (starts_with(id, "report-")) return VertexKind::report;
  if (starts_with(id, "wet-") || starts_with(id, "BWBR")) return VertexKind::law;
  if (starts_with(id, "letter-")) return VertexKind::letter;
  if (starts_with(id, "debate-")) return VertexKind::debate;
  if (starts_with(id, "commitment-")) return VertexKind::commitment;
  if (starts_with(id, "person-")) return VertexKind::person;
  return VertexKind::document;
}

std::string person_id(std::string_view indiener) { return "person-" + slugify(surname_of(indiener)); }

std::string dossier_of_kamerstuk(std::string_view kst_id) {
  if (!starts_with(kst_id, "kst-")) return {};
  std::string_view rest = kst_id.substr(4);
  std::size_t last = rest.rfind('-');
  if (last == std::string_view::npos || last == 0) return {};
  return "dossier-" + std::string(rest.substr(0, last));
}

std::optional<Vertex> ReferenceGraph::find(std::string_view id) const {
  auto it = by_id.find(std::string(id));
  if (it == by_id.end()) return std::nullopt;
  return it->second;
}

Vertex ReferenceGraph::vertex(const std::string& id) {
  if (auto it = by_id.find(id); it != by_id.end()) return it->second;
  Vertex v = boost::add_vertex(g);
  g[v].id = id;
  g[v].kind = vertex_kind_from_id(id);
  g[v].date = date_from_id(id);
  by_id.emplace(id, v);
  return v;
}

GraphEdge ReferenceGraph::connect(Vertex from, Vertex to, EdgeKind kind, std::string relation, Evidence evidence) {
  for (auto [it, end] = boost::out_edges(from, g); it != end; ++it) {
    if (boost::target(*it, g) == to && g[*it].kind == kind && g[*it].relation == relation) {
      ++g[*it].count;
      return *it;
    }
  }
  EdgeProps props;
  props.kind = kind;
  props.relation = std::move(relation);
  props.evidence = std::move(evidence);
  return boost::add_edge(from, to, std::move(props), g).first;
}

void GraphBuilder::add_document(const Extraction& e) {
  const DocumentInfo& info = e.document;
  if (info.id.empty()) return;
  Vertex v = rg_.vertex(info.id);
  const std::size_t content = content_key(e);
  auto [owner, first] = file_of_id_.try_emplace(info.id, Owner{e.file, content});
  if (!first) {
    Owner& kept = owner->second;
    // the same file twice, or a copy of it (the same publication saved in two
    // folders): no conflict; the first in path order describes it
    const bool same = kept.file == e.file || kept.content == content;
    // Two files claim one id: the first in path order describes it, whatever
    // order they came in, and the other is left out, never merged into it.
    if (kept.file <= e.file) {
      if (!same) rg_.conflicts.push_back({info.id, kept.file, e.file});
      return;
    }
    if (!same) rg_.conflicts.push_back({info.id, e.file, kept.file});
    kept = Owner{e.file, content};
    // only add_document has touched the vertex so far: start it afresh
    VertexProps fresh;
    fresh.id = info.id;
    fresh.kind = vertex_kind_from_id(info.id);
    fresh.date = date_from_id(info.id);
    rg_.g[v] = std::move(fresh);
  }
  describe(v, e);
}

void GraphBuilder::describe(Vertex v, const Extraction& e) {
  Graph& g = rg_.g;
  const DocumentInfo& info = e.document;
  VertexProps& p = g[v];
  p.in_corpus = true;
  p.file = e.file;
  p.title = info.title;
  p.label = info.title.empty() ? info.id : info.title;
  if (!info.date.empty()) p.date = info.date;
  p.type = info.type;
  p.dossier = info.dossier;
  p.signatories = info.signatories;
  if (info.type.find("motie") != std::string::npos) {
    raise_kind(p, VertexKind::motion);
    for (const std::string& name : info.indieners) add_unique(p.indieners, surname_of(name));
    p.verzoeken = info.verzoeken;
    // `Motie van het lid Michon-Derkzen over een werkbare definitie van ...`
    if (std::size_t over = info.title.find(" over "); over != std::string::npos && p.subject.empty())
      p.subject = info.title.substr(over + 6);
  }
}

void GraphBuilder::add_references(const Extraction& e) {
  Graph& g = rg_.g;
  if (e.document.id.empty()) return;
  // a file left out for an id conflict adds nothing; a file given twice, once
  if (auto owner = file_of_id_.find(e.document.id); owner != file_of_id_.end() && owner->second.file != e.file) return;
  if (!referenced_.try_emplace(e.file, true).second) return;
  Vertex doc = rg_.find(e.document.id).value();
  // one copy of the file name and of each sentence for all edges of this document
  const SharedText file(e.file);
  std::unordered_map<std::string_view, SharedText> sentences;
  for (const Reference& r : e.references) {
    if (r.id.empty() || r.id == e.document.id) continue;  // a document naming itself is no edge
    Vertex target = rg_.vertex(r.id);
    learn_from_reference(g[target], r);
    auto [sentence, added] = sentences.try_emplace(r.sentence);
    if (added) sentence->second = SharedText(r.sentence);
    Evidence ev = evidence_of(r, file, sentence->second);
    EdgeKind kind = edge_kind_for(r);
    std::string relation;
    if (kind == EdgeKind::answers_motion) relation = r.motion ? r.motion->relation : "genoemd";
    if (relation.empty() && kind == EdgeKind::answers_motion) relation = "genoemd";
    if (kind == EdgeKind::cites || r.attr("relation") == "vervangt") relation = std::string(r.attr("relation"));
    GraphEdge edge = rg_.connect(doc, target, kind, relation, ev);
    if (std::string_view decision = r.attr("decision"); !decision.empty()) g[edge].decision = std::string(decision);
    if (std::string_view note = r.attr("note"); !note.empty()) g[edge].note = std::string(note);
    if (r.motion && !r.motion->replaces.empty() && r.motion->replaces != r.id) {
      Vertex replaced = rg_.vertex(r.motion->replaces);
      raise_kind(g[replaced], VertexKind::motion);
      rg_.connect(target, replaced, EdgeKind::replaces, "", ev);
    }
    if (r.motion) {
      for (const std::string& name : r.motion->indieners) {
        if (surname_of(name).empty()) continue;
        Vertex person = rg_.vertex(person_id(name));
        if (g[person].label.empty()) g[person].label = surname_of(name);
        rg_.connect(target, person, EdgeKind::submitted_by, "", ev);
      }
    }
  }
}

ReferenceGraph GraphBuilder::finish() {
  ReferenceGraph& rg = rg_;
  Graph& g = rg.g;
  // 3. who submitted the motions of the corpus; which dossier each stuk is part of
  const std::size_t known = boost::num_vertices(g);
  for (Vertex v = 0; v < known; ++v) {
    if (g[v].in_corpus && g[v].kind == VertexKind::motion) {
      Evidence ev;
      ev.file = g[v].file;
      ev.text = g[v].title;
      const std::vector<std::string> indieners = g[v].indieners;
      for (const std::string& name : indieners) {
        Vertex person = rg.vertex(person_id(name));
        if (g[person].label.empty()) g[person].label = name;
        rg.connect(v, person, EdgeKind::submitted_by, "", ev);
      }
    }
    std::string dossier = g[v].dossier;
    if (dossier.empty()) dossier = dossier_of_kamerstuk(g[v].id);
    if (!dossier.empty() && dossier != g[v].id) {
      Evidence ev;
      ev.file = g[v].file;
      Vertex d = rg.vertex(dossier);
      if (g[d].label.empty()) g[d].label = dossier;
      rg.connect(v, d, EdgeKind::part_of_dossier, "", ev);
    }
  }

  // 4. series: letters of one programme, each following the one before
  std::map<std::string, std::vector<Vertex>> series;
  for (Vertex v = 0; v < boost::num_vertices(g); ++v) {
    VertexProps& p = g[v];
    if (!in_series_kind(p.kind) || p.date.empty()) continue;
    std::optional<SeriesName> name = find_series(p.title.empty() ? p.label : p.title);
    // the series word opens the title (`Voortgangsbrief ...`, `de voortgangsbrieven ...`),
    // not `Reactie op de voortgangsbrief ...`
    if (!name || name->key.empty() || name->word_index > 2) continue;
    p.series = name->key;
    series[name->key].push_back(v);
  }
  for (auto& [key, members] : series) {
    std::stable_sort(members.begin(), members.end(), [&](Vertex a, Vertex b) {
      if (g[a].date != g[b].date) return g[a].date < g[b].date;
      return g[a].id < g[b].id;
    });
    for (std::size_t i = 1; i < members.size(); ++i) {
      Evidence ev;
      ev.file = g[members[i]].file;
      ev.text = key;
      rg.connect(members[i], members[i - 1], EdgeKind::follows, "", ev);
    }
  }
  // adjacency_list has a copy constructor and no move constructor, so
  // `return std::move(rg_)` would copy the whole graph (twice the memory at
  // the peak), and its swap() copies three times. Its two containers (public
  // members of Boost's vecS implementation) swap in constant time instead;
  // std::list::swap keeps the edge iterators the vertices hold valid.
  ReferenceGraph out;
  out.g.m_edges.swap(rg_.g.m_edges);
  out.g.m_vertices.swap(rg_.g.m_vertices);
  out.by_id.swap(rg_.by_id);
  out.conflicts.swap(rg_.conflicts);
  return out;
}

ReferenceGraph build_graph(const std::vector<Extraction>& extractions) {
  GraphBuilder builder;
  for (const Extraction& e : extractions) builder.add_document(e);
  for (const Extraction& e : extractions) builder.add_references(e);
  return builder.finish();
}

}  // namespace kamerref
