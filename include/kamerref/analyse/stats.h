#pragma once
// Numbers about a reference graph: what it holds, what is cited most, which
// documents cite most, how it falls apart into weakly connected components,
// and which dossiers it touches.
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "kamerref/graph/graph.h"

namespace kamerref {

struct CountedVertex {
  std::string id;
  std::string label;
  std::string kind;
  std::size_t count = 0;
};

struct DossierStats {
  std::string id;                // dossier-29754
  std::size_t members = 0;       // stukken known to be part of it
  std::size_t in_corpus = 0;     // of which documents of the corpus
};

struct GraphStats {
  std::size_t vertices = 0;
  std::size_t edges = 0;
  std::size_t documents = 0;  // vertices in the corpus
  std::vector<std::pair<std::string, std::size_t>> vertex_kinds;  // kind -> count, by name
  std::vector<std::pair<std::string, std::size_t>> edge_kinds;
  // cited by the most distinct documents (cites, answers-motion, cites-commitment)
  std::vector<CountedVertex> most_cited;
  // corpus documents citing the most distinct ids
  std::vector<CountedVertex> most_citing;
  std::size_t components = 0;  // weakly connected components (people and dossiers included)
  std::vector<std::size_t> largest_components;  // sizes, largest first
  std::vector<DossierStats> dossiers;  // most members first
};

// `top` bounds most_cited, most_citing and largest_components.
GraphStats compute_stats(const ReferenceGraph& graph, std::size_t top = 10);

// Whether an edge kind is one document referring to another thing (what
// "cited" counts): cites, answers-motion, cites-commitment.
bool is_citation(EdgeKind kind);

}  // namespace kamerref
