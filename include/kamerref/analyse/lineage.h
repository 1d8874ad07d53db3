#pragma once
// Lineage: what a document builds on (upstream, transitively) and what builds
// on it (downstream), and the longest chain of dependencies in the corpus.
//
// "A builds on B" when A cites B, answers motion B, replaces B, follows B in a
// series, cites or fulfils commitment B, and when commitment A was made in
// document B. Dossier membership and submitted-by are not dependencies.
//
// Citations run in circles (a letter and its reply cite each other; a document
// may cite itself): every walk marks what it has seen, and the strongly
// connected components (boost::strong_components) of the dependency graph tell
// which vertices sit on a cycle. The longest chain is a longest path in the
// condensation (one node per component), which is acyclic, visited in
// topological order.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kamerref/graph/graph.h"

namespace kamerref {

enum class LineageDirection { up, down, both };
std::optional<LineageDirection> lineage_direction_from_string(std::string_view name);  // "up", "down", "both"

struct LineageOptions {
  LineageDirection direction = LineageDirection::both;
  int depth = 10;  // levels below the root; 0 = no limit
};

struct LineageNode {
  std::string id;
  std::string label;
  std::string kind;
  std::string date;
  std::string via;        // how the parent relates to it: "cites", "answers-motion (uitvoering), cites"
  int depth = 0;          // 0 at the root
  bool repeated = false;  // shown elsewhere in this tree already; not expanded again
  bool cut = false;       // the depth limit stopped here; it has further links
  bool in_cycle = false;  // on a citation cycle (a strongly connected component, or a self-citation)
  std::vector<LineageNode> children;
};

struct TimelineEntry {
  std::string id;
  std::string label;
  std::string kind;
  std::string date;       // empty when unknown; those come last
  std::string direction;  // "root", "upstream", "downstream"
  int distance = 0;       // levels from the root
};

struct Lineage {
  std::string id;
  std::optional<LineageNode> upstream;    // rooted at `id`; present for up and both
  std::optional<LineageNode> downstream;  // rooted at `id`; present for down and both
  std::vector<TimelineEntry> timeline;    // the root and everything reached, by date
  // the citation cycles the walk met: the ids of each strongly connected component
  std::vector<std::vector<std::string>> cycles;
};

// Nullopt when `id` is not a vertex of the graph.
std::optional<Lineage> trace_lineage(const ReferenceGraph& graph, std::string_view id, const LineageOptions& options);

struct ChainStep {
  std::vector<std::string> ids;  // one id, or the members of a cycle
  std::string label;             // of the first member
  std::string date;
};

// The longest chain of "builds on" in the graph, from the vertex that builds
// on the most down to its foundation. Cycles count as one step.
std::vector<ChainStep> longest_chain(const ReferenceGraph& graph);

// Whether `kind` is a "builds on" link, and in which direction: +1 when the
// edge's source builds on its target, -1 when the target builds on the source
// (a commitment builds on the document that made it), 0 when no dependency.
int dependency_direction(EdgeKind kind);

}  // namespace kamerref
