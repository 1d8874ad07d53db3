#include "kamerref/graph/official.h"

#include <memory>
#include <utility>

namespace kamerref {

void attach_tk_motion(ReferenceGraph& graph, TkMotion motion) {
  Vertex v = graph.vertex(motion.id);
  VertexProps& p = graph.g[v];
  // the id's form says kamerstuk; the Kamer's Zaak says motion
  if (p.kind == VertexKind::kamerstuk) p.kind = VertexKind::motion;
  if (p.type.empty()) p.type = "motie";
  if (p.dossier.empty()) p.dossier = motion.dossier;
  if (p.indieners.empty())
    for (const TkIndiener& i : motion.indieners) p.indieners.push_back(i.name);
  // "Motie van het lid Michon-Derkzen over een werkbare definitie van ..."
  std::size_t over = motion.onderwerp.find(" over ");
  if (p.subject.empty() && over != std::string::npos) p.subject = motion.onderwerp.substr(over + 6);
  if (p.label.empty() || p.label == p.id) p.label = motion.onderwerp.empty() ? motion.id : motion.onderwerp;
  p.tk = std::make_shared<const TkMotion>(std::move(motion));
}

void attach_tk_toezegging(ReferenceGraph& graph, TkToezegging toezegging) {
  graph.toezeggingen.push_back(std::move(toezegging));
}

}  // namespace kamerref
