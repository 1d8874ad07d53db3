#include "kamerref/analyse/stats.h"

#include <boost/pending/disjoint_sets.hpp>

#include <algorithm>
#include <map>
#include <set>

namespace kamerref {
namespace {

// Most first, then by id: the same graph always lists the same way.
void sort_and_cut(std::vector<CountedVertex>& list, std::size_t top) {
  std::sort(list.begin(), list.end(), [](const CountedVertex& a, const CountedVertex& b) {
    if (a.count != b.count) return a.count > b.count;
    return a.id < b.id;
  });
  if (list.size() > top) list.resize(top);
}

CountedVertex counted(const VertexProps& p, std::size_t count) {
  return CountedVertex{p.id, p.label, std::string(to_string(p.kind)), count};
}

}  // namespace

bool is_citation(EdgeKind kind) {
  return kind == EdgeKind::cites || kind == EdgeKind::answers_motion || kind == EdgeKind::cites_commitment;
}

GraphStats compute_stats(const ReferenceGraph& graph, std::size_t top) {
  const Graph& g = graph.g;
  GraphStats s;
  s.vertices = boost::num_vertices(g);
  s.edges = boost::num_edges(g);

  std::map<std::string, std::size_t> vertex_kinds;
  std::map<std::string, std::size_t> edge_kinds;
  for (Vertex v = 0; v < s.vertices; ++v) {
    ++vertex_kinds[std::string(to_string(g[v].kind))];
    if (g[v].in_corpus) ++s.documents;
  }
  for (auto [it, end] = boost::edges(g); it != end; ++it) ++edge_kinds[std::string(to_string(g[*it].kind))];
  s.vertex_kinds.assign(vertex_kinds.begin(), vertex_kinds.end());
  s.edge_kinds.assign(edge_kinds.begin(), edge_kinds.end());

  // cited by how many distinct documents; citing how many distinct ids
  for (Vertex v = 0; v < s.vertices; ++v) {
    std::set<Vertex> citers;
    for (auto [it, end] = boost::in_edges(v, g); it != end; ++it)
      if (is_citation(g[*it].kind)) citers.insert(boost::source(*it, g));
    if (!citers.empty()) s.most_cited.push_back(counted(g[v], citers.size()));
    if (g[v].in_corpus) {
      std::set<Vertex> cited;
      for (auto [it, end] = boost::out_edges(v, g); it != end; ++it)
        if (is_citation(g[*it].kind)) cited.insert(boost::target(*it, g));
      s.most_citing.push_back(counted(g[v], cited.size()));
    }
  }
  sort_and_cut(s.most_cited, top);
  sort_and_cut(s.most_citing, top);

  // weakly connected components: union the two ends of every edge
  std::vector<std::size_t> rank(s.vertices), parent(s.vertices);
  boost::disjoint_sets<std::size_t*, std::size_t*> sets(rank.data(), parent.data());
  for (Vertex v = 0; v < s.vertices; ++v) sets.make_set(v);
  for (auto [it, end] = boost::edges(g); it != end; ++it) sets.union_set(boost::source(*it, g), boost::target(*it, g));
  std::map<std::size_t, std::size_t> sizes;
  for (Vertex v = 0; v < s.vertices; ++v) ++sizes[sets.find_set(v)];
  s.components = sizes.size();
  for (const auto& [root, size] : sizes) s.largest_components.push_back(size);
  std::sort(s.largest_components.rbegin(), s.largest_components.rend());
  if (s.largest_components.size() > top) s.largest_components.resize(top);

  // dossiers and their members
  for (Vertex v = 0; v < s.vertices; ++v) {
    if (g[v].kind != VertexKind::dossier) continue;
    DossierStats d;
    d.id = g[v].id;
    std::set<Vertex> members;
    for (auto [it, end] = boost::in_edges(v, g); it != end; ++it)
      if (g[*it].kind == EdgeKind::part_of_dossier) members.insert(boost::source(*it, g));
    d.members = members.size();
    for (Vertex m : members)
      if (g[m].in_corpus) ++d.in_corpus;
    s.dossiers.push_back(d);
  }
  std::sort(s.dossiers.begin(), s.dossiers.end(), [](const DossierStats& a, const DossierStats& b) {
    if (a.members != b.members) return a.members > b.members;
    return a.id < b.id;
  });
  return s;
}

}  // namespace kamerref
