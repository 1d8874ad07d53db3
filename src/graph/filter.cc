#include "kamerref/graph/filter.h"

#include <cctype>
#include <vector>

#include "kamerref/extract/kamerstuk.h"

namespace kamerref {
namespace {

bool in_range(std::string_view date, const GraphFilter& filter) {
  if (date.empty()) return false;
  // `2023-12` against `2023-12-05`: compare as far as the date goes, so a
  // month overlaps every bound that falls inside it
  if (!filter.since.empty() && date < std::string_view(filter.since).substr(0, date.size())) return false;
  if (!filter.until.empty() && date > std::string_view(filter.until).substr(0, date.size())) return false;
  return true;
}

bool in_dossier(const ReferenceGraph& graph, Vertex v, const std::string& dossier) {
  const VertexProps& p = graph.g[v];
  if (p.dossier == dossier || dossier_of_kamerstuk(p.id) == dossier) return true;
  for (auto [it, end] = boost::out_edges(v, graph.g); it != end; ++it)
    if (graph.g[*it].kind == EdgeKind::part_of_dossier && graph.g[boost::target(*it, graph.g)].id == dossier) return true;
  return false;
}

}  // namespace

std::string dossier_from_text(std::string_view text) {
  constexpr std::string_view kPrefix = "dossier-";
  if (text.substr(0, kPrefix.size()) == kPrefix) text.remove_prefix(kPrefix.size());
  // the number as the extractor writes it (`29 754` -> `29754`), then the
  // toevoeging (`VI`, `20`) after a space or dash
  std::size_t i = 0;
  std::string number;
  while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == ' ')) number += text[i++];
  while (!number.empty() && number.back() == ' ') number.pop_back();
  if (number.empty()) return {};
  while (i < text.size() && (text[i] == ' ' || text[i] == '-')) ++i;
  std::string_view toevoeging = text.substr(i);
  for (char c : toevoeging)
    if (!std::isalnum(static_cast<unsigned char>(c))) return {};
  return dossier_id(number, toevoeging);
}

bool document_selected(const ReferenceGraph& graph, Vertex v, const GraphFilter& filter) {
  if ((!filter.since.empty() || !filter.until.empty()) && !in_range(graph.g[v].date, filter)) return false;
  if (!filter.dossier.empty() && !in_dossier(graph, v, filter.dossier)) return false;
  return true;
}

ReferenceGraph filter_graph(const ReferenceGraph& graph, const GraphFilter& filter) {
  if (filter.selects_all()) return graph;
  const Graph& g = graph.g;
  const std::size_t n = boost::num_vertices(g);
  std::vector<char> selected(n, 0), kept(n, 0);
  for (Vertex v = 0; v < n; ++v)
    if (g[v].in_corpus && document_selected(graph, v, filter)) selected[v] = kept[v] = 1;
  // what the selected documents reach, then what those reach when they are
  // not documents of the corpus (motion -> person, kamerstuk -> dossier)
  for (Vertex v = 0; v < n; ++v)
    if (selected[v])
      for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) kept[boost::target(*it, g)] = 1;
  std::vector<char> reached = kept;
  for (Vertex v = 0; v < n; ++v)
    if (reached[v] && !selected[v] && !g[v].in_corpus)
      for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) kept[boost::target(*it, g)] = 1;

  ReferenceGraph out;
  std::vector<Vertex> mapped(n);
  for (Vertex v = 0; v < n; ++v) {
    if (!kept[v]) continue;
    mapped[v] = boost::add_vertex(g[v], out.g);
    out.by_id.emplace(g[v].id, mapped[v]);
  }
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    Vertex from = boost::source(*it, g), to = boost::target(*it, g);
    bool says = selected[from] || (reached[from] && !g[from].in_corpus);
    if (says && kept[to]) boost::add_edge(mapped[from], mapped[to], g[*it], out.g);
  }
  return out;
}

}  // namespace kamerref
