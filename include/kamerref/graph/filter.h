#pragma once
// `--dossier NR`, `--since DATE`, `--until DATE`: the part of a reference
// graph that a selection of the corpus documents gives.
//
// A corpus document is selected when
//   - with a dossier: it belongs to that dossier (its own dossier, the
//     dossier of its kst- id, or a part-of-dossier edge to it), and
//   - with a date bound: it is dated, and its date lies within the bounds
//     (both days included; a document dated only by month is in range when
//     that month overlaps the bounds). An undated document is never in range.
// The filtered graph holds the selected documents with every edge that leaves
// them and every vertex such an edge reaches (what they cite, the motions
// they answer, the promises they make), and the edges that leave those
// reached vertices when these are not corpus documents themselves (a
// motion's indieners, a kamerstuk's dossier). Corpus documents that were not
// selected keep only the edges of selected documents pointing at them: what a
// document outside the selection itself says is left out. Vertex and edge
// order follow the original graph, so the same selection gives the same
// bytes.
#include <string>
#include <string_view>

#include "kamerref/graph/graph.h"

namespace kamerref {

struct GraphFilter {
  std::string dossier;  // `dossier-29754`, `dossier-36200-VI`; empty: any
  std::string since;    // ISO day; empty: no lower bound
  std::string until;    // ISO day; empty: no upper bound

  bool selects_all() const { return dossier.empty() && since.empty() && until.empty(); }
};

// `29754`, `29 754`, `dossier-29754`, `36200 VI`, `36200-VI` -> the dossier
// id (`dossier-29754`, `dossier-36200-VI`); empty when it is not a dossier
// number.
std::string dossier_from_text(std::string_view text);

// Whether corpus document `v` is selected by `filter` (see above).
bool document_selected(const ReferenceGraph& graph, Vertex v, const GraphFilter& filter);

ReferenceGraph filter_graph(const ReferenceGraph& graph, const GraphFilter& filter);

}  // namespace kamerref
