#pragma once
// The whole reference graph in the formats other tools open:
//   DOT       (cgraph; any Graphviz tool, networkx via pydot)
//   GraphML   (Boost's write_graphml; networkx read_graphml, Gephi, yEd) with
//             every vertex and edge attribute as a GraphML key
//   JSON      node-link, as networkx node_link_graph reads it:
//             {"directed": true, "multigraph": true, "graph": {...},
//              "nodes": [{"id": ...}], "links": [{"source", "target", "key"}]}
//   CSV       nodes.csv and edges.csv (spreadsheets): RFC 4180 quoting, and a
//             cell that a spreadsheet would run as a formula (`=`, `+`, `-`,
//             `@`, tab, carriage return first) gets a leading `'`.
// Vertices in graph order, edges in graph order: the same graph gives the
// same bytes.
//
// Vertex attributes: id (the canonical id; `canonical_id` in GraphML, whose
// node ids are n0, n1, ...), kind, label, in_corpus, title, date, type, file,
// dossier, series, signatories, indieners, subject, verzoeken, url, and for
// commitments commitment_role, commitment_topic, commitment_due_from,
// commitment_due_to, commitment_due_text, commitment_vehicle.
// Edge attributes: kind, relation, count, and the evidence of the first
// reference: file, line, start, end, footnote (0 in GraphML and CSV when
// none), text, sentence.
#include <string>

#include <nlohmann/json.hpp>

#include "kamerref/graph/graph.h"

namespace kamerref {

std::string graph_to_dot(const ReferenceGraph& graph);
std::string graph_to_graphml(const ReferenceGraph& graph);
nlohmann::ordered_json graph_to_node_link(const ReferenceGraph& graph);

struct CsvTables {
  std::string nodes;  // nodes.csv
  std::string edges;  // edges.csv
};
CsvTables graph_to_csv(const ReferenceGraph& graph);

// One CSV cell: neutralised, then quoted when it holds `,`, `"`, a line break
// or leading/trailing space.
std::string csv_cell(std::string_view value);

}  // namespace kamerref
