#include "kamerref/analyse/stats.h"

#include <boost/pending/disjoint_sets.hpp>

#include <algorithm>
#include <map>

namespace kamerref {
namespace {

CountedVertex counted(const VertexProps& p, std::size_t count) {
  return CountedVertex{p.id, p.label, std::string(to_string(p.kind)), count};
}

// The `top` most counted, most first, then by id: the same graph always lists
// the same way. Only those few are named, not every vertex of the graph.
std::vector<CountedVertex> most(const Graph& g, std::vector<std::pair<std::size_t, Vertex>>& counts, std::size_t top) {
  auto first = [&](const std::pair<std::size_t, Vertex>& a, const std::pair<std::size_t, Vertex>& b) {
    if (a.first != b.first) return a.first > b.first;
    return g[a.second].id < g[b.second].id;
  };
  std::size_t n = std::min(top, counts.size());
  std::partial_sort(counts.begin(), counts.begin() + static_cast<std::ptrdiff_t>(n), counts.end(), first);
  std::vector<CountedVertex> list;
  for (std::size_t i = 0; i < n; ++i) list.push_back(counted(g[counts[i].second], counts[i].first));
  return list;
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

  // counted by kind number, then named (a string per vertex cost seconds at 10^6)
  std::vector<std::size_t> vertex_kind_count, edge_kind_count;
  auto bump = [](std::vector<std::size_t>& counts, int kind) {
    if (static_cast<std::size_t>(kind) >= counts.size()) counts.resize(static_cast<std::size_t>(kind) + 1);
    ++counts[static_cast<std::size_t>(kind)];
  };
  for (Vertex v = 0; v < s.vertices; ++v) {
    bump(vertex_kind_count, static_cast<int>(g[v].kind));
    if (g[v].in_corpus) ++s.documents;
  }
  for (auto [it, end] = boost::edges(g); it != end; ++it) bump(edge_kind_count, static_cast<int>(g[*it].kind));
  std::map<std::string, std::size_t> vertex_kinds;
  std::map<std::string, std::size_t> edge_kinds;
  for (std::size_t k = 0; k < vertex_kind_count.size(); ++k)
    if (vertex_kind_count[k]) vertex_kinds[std::string(to_string(static_cast<VertexKind>(k)))] += vertex_kind_count[k];
  for (std::size_t k = 0; k < edge_kind_count.size(); ++k)
    if (edge_kind_count[k]) edge_kinds[std::string(to_string(static_cast<EdgeKind>(k)))] += edge_kind_count[k];
  s.vertex_kinds.assign(vertex_kinds.begin(), vertex_kinds.end());
  s.edge_kinds.assign(edge_kinds.begin(), edge_kinds.end());

  // cited by how many distinct documents; citing how many distinct ids
  std::vector<std::pair<std::size_t, Vertex>> cited_by, citing;
  std::vector<Vertex> ends;
  auto distinct = [&ends] {
    std::sort(ends.begin(), ends.end());
    return static_cast<std::size_t>(std::unique(ends.begin(), ends.end()) - ends.begin());
  };
  for (Vertex v = 0; v < s.vertices; ++v) {
    ends.clear();
    for (auto [it, end] = boost::in_edges(v, g); it != end; ++it)
      if (is_citation(g[*it].kind)) ends.push_back(boost::source(*it, g));
    if (std::size_t citers = distinct()) cited_by.emplace_back(citers, v);
    if (g[v].in_corpus) {
      ends.clear();
      for (auto [it, end] = boost::out_edges(v, g); it != end; ++it)
        if (is_citation(g[*it].kind)) ends.push_back(boost::target(*it, g));
      citing.emplace_back(distinct(), v);
    }
  }
  s.most_cited = most(g, cited_by, top);
  s.most_citing = most(g, citing, top);

  // weakly connected components: union the two ends of every edge
  std::vector<std::size_t> rank(s.vertices), parent(s.vertices);
  boost::disjoint_sets<std::size_t*, std::size_t*> sets(rank.data(), parent.data());
  for (Vertex v = 0; v < s.vertices; ++v) sets.make_set(v);
  for (auto [it, end] = boost::edges(g); it != end; ++it) sets.union_set(boost::source(*it, g), boost::target(*it, g));
  std::vector<std::size_t> size_of_root(s.vertices, 0);
  for (Vertex v = 0; v < s.vertices; ++v) ++size_of_root[sets.find_set(v)];
  for (std::size_t size : size_of_root)
    if (size) s.largest_components.push_back(size);
  s.components = s.largest_components.size();
  std::sort(s.largest_components.rbegin(), s.largest_components.rend());
  if (s.largest_components.size() > top) s.largest_components.resize(top);

  // dossiers and their members
  for (Vertex v = 0; v < s.vertices; ++v) {
    if (g[v].kind != VertexKind::dossier) continue;
    DossierStats d;
    d.id = g[v].id;
    ends.clear();
    for (auto [it, end] = boost::in_edges(v, g); it != end; ++it)
      if (g[*it].kind == EdgeKind::part_of_dossier) ends.push_back(boost::source(*it, g));
    d.members = distinct();
    for (std::size_t i = 0; i < d.members; ++i)
      if (g[ends[i]].in_corpus) ++d.in_corpus;
    s.dossiers.push_back(d);
  }
  std::sort(s.dossiers.begin(), s.dossiers.end(), [](const DossierStats& a, const DossierStats& b) {
    if (a.members != b.members) return a.members > b.members;
    return a.id < b.id;
  });
  return s;
}

}  // namespace kamerref
