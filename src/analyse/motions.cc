#include "kamerref/analyse/motions.h"

#include "kamerref/analyse/kamer_official.h"

#include <algorithm>
#include <map>

namespace kamerref {
namespace {

bool is_followup(const std::string& relation) {
  return relation == "afgedaan" || relation == "uitvoering" || relation == "niet-uitgevoerd";
}

// Which mention of one document to keep: the one that says most.
int informative(const MotionMention& m) {
  if (is_followup(m.relation)) return 5;
  if (m.relation == "besluit") return 4;
  if (m.relation == "vervangt") return 3;
  if (m.relation == "genoemd") return m.by_number ? 1 : 2;
  return 0;  // ingediend
}

// Of two follow-ups of the same date, the weaker stands.
int strength(const MotionMention& m) {
  if (m.relation == "afgedaan") return 3;
  if (m.relation == "uitvoering") return m.note.empty() ? 2 : 1;
  return 0;  // niet-uitgevoerd
}

std::string status_for(const std::string& relation) {
  if (relation == "afgedaan") return "afgedaan";
  if (relation == "uitvoering") return "in-uitvoering";
  return "niet-uitgevoerd";
}

bool dated_before(const MotionMention& a, const MotionMention& b) {
  if (a.date.empty() != b.date.empty()) return !a.date.empty();
  if (a.date != b.date) return a.date < b.date;
  return a.document < b.document;
}

// Handelingen and verslagen record decisions on motions; they are none.
bool records_decisions(const VertexProps& v) {
  if (v.id.starts_with("h-tk-") || v.id.starts_with("h-ek-")) return true;
  return v.in_corpus && (v.type.find("handeling") != std::string::npos || v.type.find("verslag") != std::string::npos);
}

}  // namespace

bool owed_an_answer(const MotionFinding& f) {
  return f.kamer.decision == "aangenomen" && (f.status == "genoemd" || f.status == "onbekend");
}

std::vector<MotionFinding> audit_motions(const ReferenceGraph& graph) {
  const Graph& g = graph.g;
  std::vector<MotionFinding> findings;
  for (Vertex v = 0; v < boost::num_vertices(g); ++v) {
    const VertexProps& motion = g[v];
    if (motion.kind != VertexKind::motion || records_decisions(motion)) continue;
    MotionFinding f;
    f.id = motion.id;
    f.indieners = motion.indieners;
    f.subject = motion.subject;
    f.verzoeken = motion.verzoeken;

    // one mention per document: the edge that says most
    std::map<Vertex, MotionMention> by_document;
    std::string replaced_by;
    for (auto [it, end] = boost::in_edges(v, g); it != end; ++it) {
      const EdgeProps& e = g[*it];
      Vertex source = boost::source(*it, g);
      if (e.kind == EdgeKind::replaces) {
        replaced_by = g[source].id;  // the gewijzigde motie
        continue;
      }
      if (e.kind != EdgeKind::answers_motion && e.kind != EdgeKind::cites) continue;
      const VertexProps& doc = g[source];
      MotionMention m;
      m.document = doc.id;
      m.file = doc.file.empty() ? e.evidence.file.str() : doc.file;
      m.line = e.evidence.line;
      m.date = doc.date;
      m.by_number = e.kind == EdgeKind::cites;
      m.relation = e.relation.empty() ? "genoemd" : e.relation;
      m.decision = e.decision;
      m.note = e.note;
      if (m.relation == "aangehouden") {  // an older extraction's word for the Kamer's decision
        m.relation = "besluit";
        m.decision = "aangehouden";
      }
      m.quote = e.evidence.sentence.empty() ? e.evidence.text : e.evidence.sentence.str();
      auto [slot, inserted] = by_document.emplace(source, m);
      if (inserted) continue;
      MotionMention& kept = slot->second;
      if (informative(m) > informative(kept) ||
          (is_followup(m.relation) && is_followup(kept.relation) && strength(m) < strength(kept)))
        kept = m;
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

    // what the government did: the latest follow-up; on one date the weaker
    bool mentioned = false;
    for (const MotionMention& m : f.mentions) {
      if (m.document == motion.id) continue;  // its own text says nothing about its fate
      if (!m.by_number || m.relation != "genoemd") mentioned = true;  // a bare number says nothing either
      if (!is_followup(m.relation)) continue;
      if (!f.decided_by) {
        f.decided_by = m;
        continue;
      }
      const MotionMention& best = *f.decided_by;
      bool later = !m.date.empty() && (best.date.empty() || m.date > best.date);
      bool same = m.date == best.date;
      if (later || (same && strength(m) < strength(best))) f.decided_by = m;
    }
    f.status = f.decided_by ? status_for(f.decided_by->relation) : mentioned ? "genoemd" : "onbekend";

    // what the Kamer decided: the latest record of a vote
    const MotionMention* record = nullptr;
    for (const MotionMention& m : f.mentions)
      if (m.relation == "besluit" && !m.decision.empty() && (!record || !dated_before(m, *record))) record = &m;
    if (record) {
      f.kamer.decision = record->decision;
      f.kamer.date = record->date;
      f.kamer.source = record->document;
      f.kamer.quote = record->quote;
    } else {
      // replaced by a gewijzigde motie: the document that says so
      for (const MotionMention& m : f.mentions) {
        if (m.relation != "vervangt") continue;
        f.kamer.decision = "vervangen";
        f.kamer.date = m.date;
        f.kamer.source = m.document;
        f.kamer.quote = m.quote;
        f.kamer.replaced_by = replaced_by.empty() || replaced_by == f.id ? m.document : replaced_by;
        break;
      }
      if (f.kamer.decision.empty() && !replaced_by.empty() && replaced_by != f.id) {
        f.kamer.decision = "vervangen";
        f.kamer.replaced_by = replaced_by;
        f.kamer.source = replaced_by;
      }
    }
    // the cabinet's advice as a text gives it (`ontraden`, `oordeel Kamer`), in the words of the open data
    for (const MotionMention& m : f.mentions) {
      if (!f.kamer.kabinetsappreciatie.empty()) break;
      if (m.note == "ontraden") f.kamer.kabinetsappreciatie = "Ontraden";
      if (m.note == "oordeel Kamer") f.kamer.kabinetsappreciatie = "Oordeel Kamer";
    }
    if (motion.tk) apply_tk_record(f.kamer, *motion.tk);  // the official record, beside the texts
    findings.push_back(std::move(f));
  }
  std::sort(findings.begin(), findings.end(), [](const MotionFinding& a, const MotionFinding& b) { return a.id < b.id; });
  return findings;
}

}  // namespace kamerref
