#include "kamerref/analyse/motions.h"

#include "kamerref/analyse/kamer_official.h"

#include <algorithm>
#include <map>

namespace kamerref {
namespace {

// How much a mention says about the motion's fate.
int relation_rank(const std::string& relation) {
  if (relation == "afgedaan") return 5;
  if (relation == "uitvoering") return 4;
  if (relation == "aangehouden") return 3;
  if (relation == "genoemd") return 2;
  if (relation == "ingediend") return 1;
  return 0;  // `kamerstuk`: the number only
}

std::string status_for(const std::string& relation) {
  if (relation == "afgedaan") return "afgedaan";
  if (relation == "uitvoering") return "in-uitvoering";
  if (relation == "aangehouden" || relation == "genoemd" || relation == "ingediend") return "genoemd";
  return "onbekend";
}

bool dated_before(const MotionMention& a, const MotionMention& b) {
  if (a.date.empty() != b.date.empty()) return !a.date.empty();
  if (a.date != b.date) return a.date < b.date;
  return a.document < b.document;
}

}  // namespace

std::vector<MotionFinding> audit_motions(const ReferenceGraph& graph) {
  const Graph& g = graph.g;
  std::vector<MotionFinding> findings;
  for (Vertex v = 0; v < boost::num_vertices(g); ++v) {
    const VertexProps& motion = g[v];
    if (motion.kind != VertexKind::motion) continue;
    MotionFinding f;
    f.id = motion.id;
    f.indieners = motion.indieners;
    f.subject = motion.subject;
    f.verzoeken = motion.verzoeken;

    // one mention per document: the edge that says most, then the one in words
    std::map<Vertex, MotionMention> by_document;
    for (auto [it, end] = boost::in_edges(v, g); it != end; ++it) {
      const EdgeProps& e = g[*it];
      if (e.kind != EdgeKind::answers_motion && e.kind != EdgeKind::cites) continue;
      Vertex source = boost::source(*it, g);
      const VertexProps& doc = g[source];
      MotionMention m;
      m.document = doc.id;
      m.file = doc.file.empty() ? e.evidence.file.str() : doc.file;
      m.date = doc.date;
      m.relation = e.kind == EdgeKind::answers_motion ? (e.relation.empty() ? "genoemd" : e.relation) : "kamerstuk";
      m.quote = e.evidence.sentence.empty() ? e.evidence.text : e.evidence.sentence.str();
      auto [slot, inserted] = by_document.emplace(source, m);
      if (!inserted && relation_rank(m.relation) > relation_rank(slot->second.relation)) slot->second = m;
    }
    if (motion.in_corpus && !by_document.count(v)) {
      // the motion's own text
      MotionMention own;
      own.document = motion.id;
      own.file = motion.file;
      own.date = motion.date;
      own.relation = "ingediend";
      own.quote = motion.title.empty() ? motion.label : motion.title;
      by_document.emplace(v, own);
    }
    for (auto& [source, m] : by_document) f.mentions.push_back(std::move(m));
    std::sort(f.mentions.begin(), f.mentions.end(), dated_before);

    // the strongest relation decides; among equals the latest document
    f.status = "onbekend";
    int best = -1;
    for (const MotionMention& m : f.mentions) {
      if (m.document == motion.id) continue;  // its own text says nothing about its fate
      int rank = relation_rank(m.relation);
      if (rank == 0) continue;  // a number alone says nothing either
      bool later = f.decided_by && !m.date.empty() && (f.decided_by->date.empty() || m.date >= f.decided_by->date);
      if (rank > best || (rank == best && later)) {
        best = rank;
        f.decided_by = m;
      }
    }
    if (f.decided_by) f.status = status_for(f.decided_by->relation);
    if (motion.tk) apply_tk_record(f.kamer, *motion.tk);  // the official record, beside the texts
    findings.push_back(std::move(f));
  }
  std::sort(findings.begin(), findings.end(), [](const MotionFinding& a, const MotionFinding& b) { return a.id < b.id; });
  return findings;
}

}  // namespace kamerref
