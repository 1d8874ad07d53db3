#pragma once
// `stats --json` and `chain --json`: the findings of analyse/stats.h and
// analyse/lineage.h as JSON, field names as in those structs.
//
// stats: {"vertices", "edges", "documents", "vertex_kinds": {kind: n},
//   "edge_kinds": {kind: n}, "most_cited": [{"id", "label", "kind", "count"}],
//   "most_citing": [...], "components", "largest_components": [n],
//   "dossiers": [{"id", "members", "in_corpus"}]}
// chain: {"id", "upstream": node|null, "downstream": node|null, "timeline":
//   [{"id", "label", "kind", "date", "direction", "distance"}], "cycles":
//   [[id]], "longest_chain": [{"ids": [id], "label", "date"}]}, a node being
//   {"id", "label", "kind", "date", "via", "depth", "repeated", "cut",
//   "in_cycle", "children": [node]}. An absent date is absent, not "".
#include <vector>

#include <nlohmann/json.hpp>

#include "kamerref/analyse/lineage.h"
#include "kamerref/analyse/stats.h"

namespace kamerref {

nlohmann::ordered_json stats_to_json(const GraphStats& stats);
nlohmann::ordered_json lineage_to_json(const Lineage& lineage, const std::vector<ChainStep>& longest);

}  // namespace kamerref
