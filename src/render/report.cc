#include "kamerref/render/report.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

namespace kamerref {
namespace {

// Long labels cut at a word boundary; the terminal stays readable.
std::string shorten(const std::string& s, std::size_t max = 90) {
  if (s.size() <= max) return s;
  std::size_t cut = s.rfind(' ', max);
  if (cut == std::string::npos || cut < max / 2) cut = max;
  // never split a UTF-8 sequence
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + " ...";
}

std::string pad(const std::string& s, std::size_t width) {
  return s.size() >= width ? s + " " : s + std::string(width - s.size(), ' ');
}

std::string quoted(const std::string& s) { return "\"" + s + "\""; }

void kinds_line(std::ostringstream& out, const char* title, const std::vector<std::pair<std::string, std::size_t>>& kinds) {
  out << title << ':';
  bool first = true;
  for (const auto& [kind, count] : kinds) {
    out << (first ? " " : ", ") << kind << ' ' << count;
    first = false;
  }
  out << '\n';
}

std::string node_line(const LineageNode& n) {
  std::string line = n.id;
  if (!n.label.empty() && n.label != n.id) line += "  " + shorten(n.label, 70);
  if (!n.date.empty()) line += " (" + n.date + ")";
  if (!n.via.empty()) line += "  [" + n.via + "]";
  if (n.in_cycle) line += "  {cycle}";
  if (n.repeated) line += "  (see above)";
  if (n.cut) line += "  ... (depth limit)";
  return line;
}

void tree(std::ostringstream& out, const LineageNode& n, int indent) {
  for (const LineageNode& c : n.children) {
    out << std::string(static_cast<std::size_t>(indent) * 2, ' ') << "- " << node_line(c) << '\n';
    tree(out, c, indent + 1);
  }
}

}  // namespace

std::string format_graph_summary(const ReferenceGraph& graph) {
  const Graph& g = graph.g;
  GraphStats stats = compute_stats(graph, 0);
  std::ostringstream out;
  out << "reference graph: " << stats.documents << " documents, " << stats.vertices << " vertices, " << stats.edges
      << " edges\n";
  kinds_line(out, "vertices", stats.vertex_kinds);
  kinds_line(out, "edges", stats.edge_kinds);
  out << "documents:\n";
  for (Vertex v = 0; v < boost::num_vertices(g); ++v) {
    const VertexProps& p = g[v];
    if (!p.in_corpus) continue;
    std::map<std::string, std::size_t> out_kinds;
    for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) ++out_kinds[std::string(to_string(g[*it].kind))];
    out << "  " << pad(p.id, 40) << pad(p.date.empty() ? "-" : p.date, 11) << pad(p.type.empty() ? "-" : p.type, 12)
        << shorten(p.title.empty() ? p.file : p.title, 70) << '\n';
    out << "    ";
    bool first = true;
    for (const auto& [kind, count] : out_kinds) {
      out << (first ? "" : ", ") << kind << ' ' << count;
      first = false;
    }
    if (first) out << "no links";
    if (!p.series.empty()) out << "; series " << p.series;
    out << '\n';
  }
  return out.str();
}

std::string format_stats(const GraphStats& s) {
  std::ostringstream out;
  out << "vertices " << s.vertices << " (" << s.documents << " documents in the corpus), edges " << s.edges << '\n';
  out << "vertex kinds:\n";
  for (const auto& [kind, count] : s.vertex_kinds) out << "  " << pad(kind, 18) << count << '\n';
  out << "edge kinds:\n";
  for (const auto& [kind, count] : s.edge_kinds) out << "  " << pad(kind, 18) << count << '\n';
  out << "most cited (by distinct documents):\n";
  for (const CountedVertex& c : s.most_cited)
    out << "  " << pad(std::to_string(c.count), 4) << pad(c.id, 40) << shorten(c.label == c.id ? "" : c.label, 60) << '\n';
  out << "documents citing most (distinct ids):\n";
  for (const CountedVertex& c : s.most_citing)
    out << "  " << pad(std::to_string(c.count), 4) << pad(c.id, 40) << shorten(c.label == c.id ? "" : c.label, 60) << '\n';
  out << "weakly connected components: " << s.components;
  if (!s.largest_components.empty()) {
    out << " (largest:";
    for (std::size_t size : s.largest_components) out << ' ' << size;
    out << ')';
  }
  out << '\n';
  out << "dossiers:\n";
  for (const DossierStats& d : s.dossiers)
    out << "  " << pad(d.id, 24) << d.members << (d.members == 1 ? " stuk, " : " stukken, ") << d.in_corpus << " in the corpus\n";
  return out.str();
}

std::string format_lineage(const Lineage& lineage) {
  std::ostringstream out;
  const LineageNode* root = lineage.upstream ? &*lineage.upstream : lineage.downstream ? &*lineage.downstream : nullptr;
  if (root) out << node_line(*root) << '\n';
  if (lineage.upstream) {
    out << "upstream (what it builds on):\n";
    if (lineage.upstream->children.empty()) out << "  (nothing)\n";
    tree(out, *lineage.upstream, 1);
  }
  if (lineage.downstream) {
    out << "downstream (what builds on it):\n";
    if (lineage.downstream->children.empty()) out << "  (nothing)\n";
    tree(out, *lineage.downstream, 1);
  }
  out << "timeline:\n";
  for (const TimelineEntry& t : lineage.timeline) {
    std::string where = t.direction == "root" ? "root" : t.direction + " " + std::to_string(t.distance);
    out << "  " << pad(t.date.empty() ? "(undated)" : t.date, 11) << pad(where, 22) << pad(t.id, 40)
        << shorten(t.label == t.id ? "" : t.label, 60) << '\n';
  }
  for (const std::vector<std::string>& cycle : lineage.cycles) {
    out << "cycle:";
    for (std::size_t i = 0; i < cycle.size(); ++i) out << (i ? " <-> " : " ") << cycle[i];
    out << '\n';
  }
  return out.str();
}

std::string format_longest_chain(const std::vector<ChainStep>& chain) {
  std::ostringstream out;
  out << "longest dependency chain in the corpus (" << chain.size() << (chain.size() == 1 ? " step" : " steps") << "):\n";
  for (std::size_t i = 0; i < chain.size(); ++i) {
    const ChainStep& step = chain[i];
    std::string ids;
    for (std::size_t k = 0; k < step.ids.size(); ++k) ids += (k ? " <-> " : "") + step.ids[k];
    out << "  " << (i == 0 ? "" : "builds on ") << ids;
    if (!step.label.empty() && step.ids.size() == 1 && step.label != step.ids[0]) out << "  " << shorten(step.label, 70);
    if (!step.date.empty()) out << " (" << step.date << ")";
    out << '\n';
  }
  return out.str();
}

std::string format_motion_audit(const std::vector<MotionFinding>& findings) {
  std::ostringstream out;
  write_motion_audit(out, findings);
  return out.str();
}

namespace {

// Beside the `Kamer:` line: "votes: 147 voor, 3 tegen", the cabinet's advice,
// the TK numbers, the votes per fractie and a source that says otherwise.
void write_kamer(std::ostream& out, const KamerDecision& k) {
  if (k.votes) {
    out << "  votes: " << k.votes->voor << " voor, " << k.votes->tegen << " tegen";
    if (k.votes->niet_deelgenomen) out << ", " << k.votes->niet_deelgenomen << " niet deelgenomen";
    if (!k.note.empty()) out << " [" << k.note << ']';
    out << '\n';
  } else if (!k.note.empty()) {
    out << "  votes: [" << k.note << "]\n";
  }
  if (!k.kabinetsappreciatie.empty()) out << "  cabinet: " << k.kabinetsappreciatie << '\n';
  if (!k.zaak.empty() || !k.tk_document.empty())
    out << "  tk: zaak " << (k.zaak.empty() ? "?" : k.zaak) << ", document " << (k.tk_document.empty() ? "?" : k.tk_document)
        << '\n';
  if (k.votes && !k.votes->by_fractie.empty()) {
    std::string vote;
    for (const FractieVote& f : k.votes->by_fractie) {
      if (f.vote != vote) {
        out << (vote.empty() ? "" : "\n") << "    " << f.vote << ':';
        vote = f.vote;
      }
      out << ' ' << f.fractie << ' ' << f.seats << (f.vergissing ? " (vergissing)" : "");
    }
    out << '\n';
  }
  if (k.conflict)
    out << "  conflict: " << (k.conflict->source.empty() ? "a text" : k.conflict->source) << " says "
        << (k.conflict->decision.empty() ? "nothing" : k.conflict->decision)
        << (k.conflict->quote.empty() ? "" : ": " + quoted(shorten(k.conflict->quote, 160))) << '\n';
}

// The indieners as the Kamer's records give them, where they say more than
// a surname: "  per the Kamer: Joost Eerdmans (JA21), Mutluer".
void write_kamer_indieners(std::ostream& out, const std::vector<TkIndiener>& indieners) {
  bool more = std::any_of(indieners.begin(), indieners.end(),
                          [](const TkIndiener& i) { return !i.full_name.empty() || !i.fractie.empty(); });
  if (!more) return;
  out << "  per the Kamer:";
  for (std::size_t i = 0; i < indieners.size(); ++i)
    out << (i ? ", " : " ") << display_name(indieners[i]);
  out << '\n';
}

}  // namespace

void write_motion_audit(std::ostream& out, const std::vector<MotionFinding>& findings) {
  std::map<std::string, std::size_t> by_status;
  std::size_t adopted = 0, owed = 0;
  for (const MotionFinding& f : findings) {
    ++by_status[f.status];
    if (f.kamer.decision == "aangenomen") ++adopted;
    if (owed_an_answer(f)) ++owed;
  }
  out << findings.size() << (findings.size() == 1 ? " motion" : " motions");
  for (const auto& [status, count] : by_status) out << ", " << count << ' ' << status;
  out << "; " << adopted << " adopted, " << owed << " of them answered by no document\n";
  for (const MotionFinding& f : findings) {
    out << '\n' << f.id << "  " << f.status << "  (Kamer: " << (f.kamer.decision.empty() ? "unknown" : f.kamer.decision)
        << ")\n";
    if (!f.indieners.empty()) {
      out << "  indieners:";
      for (std::size_t i = 0; i < f.indieners.size(); ++i) out << (i ? ", " : " ") << f.indieners[i];
      out << '\n';
    }
    write_kamer_indieners(out, f.kamer.indieners);
    if (!f.subject.empty()) out << "  subject: " << f.subject << '\n';
    for (const std::string& v : f.verzoeken) out << "  asked: " << v << '\n';
    if (!f.kamer.decision.empty()) {
      out << "  Kamer: " << f.kamer.decision;
      if (!f.kamer.replaced_by.empty()) out << " by " << f.kamer.replaced_by;
      out << " (" << f.kamer.source << (f.kamer.date.empty() ? "" : ", " + f.kamer.date) << ")";
      if (!f.kamer.quote.empty()) out << ": " << quoted(shorten(f.kamer.quote, 200));
      out << '\n';
    }
    write_kamer(out, f.kamer);
    if (f.decided_by) {
      out << "  decided by " << f.decided_by->document << " (" << (f.decided_by->date.empty() ? "undated" : f.decided_by->date);
      if (!f.decided_by->note.empty()) out << ", " << f.decided_by->note;
      out << "): " << quoted(f.decided_by->quote) << '\n';
    }
    out << "  mentions:\n";
    for (const MotionMention& m : f.mentions)
      out << "    " << pad(m.date.empty() ? "(undated)" : m.date, 11) << pad(m.relation, 16) << m.document
          << (m.line ? "  " + m.file + ":" + std::to_string(m.line) : std::string()) << '\n'
          << "      " << quoted(shorten(m.quote, 200)) << '\n';
  }
}

std::string format_commitment_audit(const std::vector<CommitmentFinding>& findings, const std::string& as_of) {
  std::ostringstream out;
  write_commitment_audit(out, findings, as_of);
  return out.str();
}

void write_commitment_audit(std::ostream& out, const std::vector<CommitmentFinding>& findings, const std::string& as_of) {
  std::map<std::string, std::size_t> by_status;
  for (const CommitmentFinding& f : findings) ++by_status[f.status];
  out << findings.size() << (findings.size() == 1 ? " commitment" : " commitments") << " as of " << as_of;
  for (const auto& [status, count] : by_status) out << ", " << count << ' ' << status;
  out << '\n';
  for (const CommitmentFinding& f : findings) {
    out << '\n' << f.id << "  " << f.status << "  (" << f.document << ", " << (f.date.empty() ? "undated" : f.date) << ")\n";
    out << "  promise: " << quoted(f.quote) << '\n';
    if (!f.topic.empty()) out << "  topic: " << f.topic << '\n';
    if (!f.due_from.empty() || !f.due_to.empty() || !f.due_text.empty()) {
      out << "  due:";
      if (!f.due_from.empty()) out << ' ' << f.due_from << " .. " << f.due_to;
      if (!f.due_text.empty()) out << " (" << f.due_text << ")";
      out << '\n';
    }
    if (!f.vehicle.empty()) out << "  in: " << f.vehicle << '\n';
    if (f.register_entry)
      out << "  register: " << f.register_entry->nummer << ' ' << (f.register_entry->status.empty() ? "(no status)" : f.register_entry->status)
          << (f.register_entry->due.empty() ? "" : ", due " + f.register_entry->due) << " (" << f.register_entry->source << ", "
          << f.register_entry->how << ")\n";
    for (const Fulfilment& k : f.fulfilled_by)
      out << "  kept by " << k.document << " (" << (k.date.empty() ? "undated" : k.date) << ", " << k.how
          << "): " << quoted(shorten(k.quote, 200)) << '\n';
  }
}

}  // namespace kamerref
