#include "kamerref/analyse/register.h"

#include <unordered_map>

#include "kamerref/analyse/topic.h"
#include "kamerref/extract/dates.h"

namespace kamerref {
namespace {

// The date of the occasion a commitment names:
//   "het plenair debat inzake de Uitvoeringswet verordening terroristische online-inhoud op 21 december 2022"
//   "het Wetgevingsoverleg Digitale Zaken van 2 maart jl."  (against the document's date)
// Near miss, no date: "diverse Kamerdebatten".
std::string occasion_date(const std::string& made_at, const std::string& doc_date) {
  for (const char* joint : {" op ", " van "}) {
    std::size_t at = made_at.rfind(joint);
    if (at == std::string::npos) continue;
    std::string date = parse_date_phrase(made_at.substr(at + std::string(joint).size()), doc_date);
    if (!date.empty()) return date;
  }
  return {};
}

}  // namespace

std::vector<RegisterMatch> match_register(const ReferenceGraph& graph) {
  std::vector<RegisterMatch> out;
  if (graph.toezeggingen.empty()) return out;
  const Graph& g = graph.g;
  struct Candidate {
    std::string id;
    std::string occasion;                // ISO
    std::vector<std::string> documents;  // ids of the documents it stands in, and the tk-documents they cite
    std::vector<std::string> stems;      // topic and sentence
  };
  std::vector<Candidate> candidates;
  for (Vertex v = 0; v < boost::num_vertices(g); ++v) {
    if (g[v].kind != VertexKind::commitment || !g[v].commitment) continue;
    Candidate c;
    c.id = g[v].id;
    std::string text = g[v].commitment->topic;
    for (auto [it, end] = boost::in_edges(v, g); it != end; ++it) {
      Vertex doc = boost::source(*it, g);
      c.documents.push_back(g[doc].id);
      for (auto [o, oend] = boost::out_edges(doc, g); o != oend; ++o)
        if (g[boost::target(*o, g)].kind == VertexKind::tk_document) c.documents.push_back(g[boost::target(*o, g)].id);
      if (c.occasion.empty()) c.occasion = occasion_date(g[v].commitment->made_at, g[doc].date);
      text += " " + g[*it].evidence.sentence.str();
    }
    c.stems = content_stems(text);
    candidates.push_back(std::move(c));
  }
  for (const TkToezegging& t : graph.toezeggingen) {
    std::vector<std::string> topic = content_stems(t.tekst);
    const std::string& debate_date = !t.activiteit_date.empty() ? t.activiteit_date : t.aanmaakdatum;
    const Candidate* best = nullptr;
    std::string best_how;
    double best_weight = -1;
    bool tie = false;
    for (const Candidate& c : candidates) {
      std::string how;
      if (!debate_date.empty() && c.occasion == debate_date) how = "same debate (" + debate_date + ")";
      for (const std::string& d : t.kamerbrief_nakoming)
        for (const std::string& doc : c.documents)
          if (how.empty() && d == doc) how = "same document (" + d + ")";
      if (how.empty()) continue;
      TopicMatch m = match_topic(topic, c.stems);
      if (!m.matches()) continue;
      if (m.shared_weight > best_weight) {
        best = &c;
        best_how = how;
        best_weight = m.shared_weight;
        tie = false;
      } else if (m.shared_weight == best_weight) {
        tie = true;
      }
    }
    if (best && !tie) out.push_back({best->id, &t, best_how});
  }
  return out;
}

void attach_register(const ReferenceGraph& graph, std::vector<CommitmentFinding>& findings) {
  std::unordered_map<std::string, CommitmentFinding*> by_id;
  for (CommitmentFinding& f : findings) by_id[f.id] = &f;
  for (const RegisterMatch& m : match_register(graph)) {
    auto f = by_id.find(m.commitment);
    if (f == by_id.end()) continue;
    CommitmentRegister r;
    r.nummer = m.toezegging->nummer;
    r.status = m.toezegging->status;
    r.due = m.toezegging->datum_nakoming;
    r.source = "tk-opendata";
    r.how = m.how;
    r.kamerbrief_nakoming = m.toezegging->kamerbrief_nakoming;
    f->second->register_entry = std::move(r);
  }
}

}  // namespace kamerref
