#pragma once
// The whole reference graph in the formats other tools open:
//   DOT       (cgraph; any Graphviz tool, networkx via pydot)
//   GraphML   (networkx read_graphml, Gephi, yEd) with
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
// Vertex attributes: id (the canonical id: the GraphML node id, also kept as
// its `canonical_id` attribute; the node-link `id`; the CSV `id` column, so
// the three join on it), kind, label, in_corpus, title, date, type, file,
// dossier, series, signatories, indieners, subject, verzoeken, url, and for
// commitments commitment_role, commitment_topic, commitment_due_from,
// commitment_due_to, commitment_due_text, commitment_vehicle.
// Edge attributes: kind, relation, count, and the evidence of the first
// reference: file, line, start, end, footnote, text, sentence. An absent
// value is absent: no GraphML <data> (no `footnote` 0, no empty title), an
// empty CSV cell, null for a node-link footnote.
#include <string>

#include <nlohmann/json.hpp>

#include "kamerref/graph/graph.h"

namespace kamerref {

std::string graph_to_dot(const ReferenceGraph& graph);
std::string graph_to_graphml(const ReferenceGraph& graph);
nlohmann::ordered_json graph_to_node_link(const ReferenceGraph& graph);

// rfc4180: `,` between cells, CRLF after rows, quotes around cells with a
//   separator, quote or line break (the default).
// excel: what a spreadsheet with Dutch settings opens by double-click: `;`
//   between cells (`,` is the decimal comma there), a UTF-8 byte order mark,
//   CRLF rows, line breaks inside quoted cells.
enum class CsvDialect { rfc4180, excel };

struct CsvTables {
  std::string nodes;  // nodes.csv
  std::string edges;  // edges.csv
};
CsvTables graph_to_csv(const ReferenceGraph& graph, CsvDialect dialect = CsvDialect::rfc4180);

// One CSV cell: neutralised, then quoted when it holds the dialect's
// separator, `"`, a line break or leading/trailing space.
std::string csv_cell(std::string_view value, CsvDialect dialect = CsvDialect::rfc4180);

}  // namespace kamerref
