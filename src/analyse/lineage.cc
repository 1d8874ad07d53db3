#include "kamerref/analyse/lineage.h"

#include <boost/graph/strong_components.hpp>
#include <boost/graph/topological_sort.hpp>

#include <algorithm>
#include <deque>
#include <iterator>
#include <map>
#include <set>

namespace kamerref {
namespace {

// The "builds on" graph: same vertex numbers as the reference graph, an edge
// u -> v when u builds on v.
struct DependencyEdge {
  EdgeKind kind = EdgeKind::cites;
  std::string relation;
};
using DependencyGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, boost::no_property, DependencyEdge>;
using DependencyVertex = boost::graph_traits<DependencyGraph>::vertex_descriptor;

DependencyGraph dependency_graph(const ReferenceGraph& rg) {
  const Graph& g = rg.g;
  DependencyGraph d(boost::num_vertices(g));
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    int direction = dependency_direction(g[*it].kind);
    if (direction == 0) continue;
    Vertex from = boost::source(*it, g);
    Vertex to = boost::target(*it, g);
    if (direction < 0) std::swap(from, to);
    boost::add_edge(from, to, DependencyEdge{g[*it].kind, g[*it].relation}, d);
  }
  return d;
}

struct Components {
  std::vector<int> of;             // component of each vertex
  std::vector<std::size_t> size;   // vertices per component
  std::vector<bool> self_citing;   // a vertex of it builds on itself
  int count = 0;

  bool cyclic(DependencyVertex v) const { return size[of[v]] > 1 || self_citing[of[v]]; }
};

Components strong_components_of(const DependencyGraph& d) {
  Components c;
  c.of.assign(boost::num_vertices(d), 0);
  c.count = boost::strong_components(
      d, boost::make_iterator_property_map(c.of.begin(), boost::get(boost::vertex_index, d)));
  c.size.assign(static_cast<std::size_t>(c.count), 0);
  c.self_citing.assign(static_cast<std::size_t>(c.count), false);
  for (DependencyVertex v = 0; v < boost::num_vertices(d); ++v) ++c.size[c.of[v]];
  for (auto [it, end] = boost::edges(d); it != end; ++it)
    if (boost::source(*it, d) == boost::target(*it, d)) c.self_citing[c.of[boost::source(*it, d)]] = true;
  return c;
}

std::string describe(const DependencyEdge& e) {
  std::string s(to_string(e.kind));
  if (!e.relation.empty()) s += " (" + e.relation + ")";
  return s;
}

// Dated first, oldest first, then by id: stable output.
bool earlier(const VertexProps& a, const VertexProps& b) {
  if (a.date.empty() != b.date.empty()) return !a.date.empty();
  if (a.date != b.date) return a.date < b.date;
  return a.id < b.id;
}

struct Neighbour {
  Vertex vertex;
  std::string via;  // the link kinds, joined
};

// The distinct neighbours of `v` one step up (what it builds on) or down (what
// builds on it), self-citations left out.
std::vector<Neighbour> neighbours(const ReferenceGraph& rg, const DependencyGraph& d, Vertex v, bool up) {
  std::map<Vertex, std::vector<std::string>> links;
  auto add = [&](Vertex w, const DependencyEdge& e) {
    if (w == v) return;
    std::vector<std::string>& via = links[w];
    std::string text = describe(e);
    if (std::find(via.begin(), via.end(), text) == via.end()) via.push_back(text);
  };
  if (up) {
    for (auto [it, end] = boost::out_edges(v, d); it != end; ++it) add(boost::target(*it, d), d[*it]);
  } else {
    for (auto [it, end] = boost::in_edges(v, d); it != end; ++it) add(boost::source(*it, d), d[*it]);
  }
  std::vector<Neighbour> result;
  for (auto& [w, via] : links) {
    std::string joined;
    for (const std::string& s : via) joined += (joined.empty() ? "" : ", ") + s;
    result.push_back({w, joined});
  }
  std::sort(result.begin(), result.end(),
            [&](const Neighbour& a, const Neighbour& b) { return earlier(rg.g[a.vertex], rg.g[b.vertex]); });
  return result;
}

struct Walk {
  std::vector<int> depth;  // -1 when not reached
  struct Child {
    Vertex vertex;
    std::string via;
    bool repeated;
  };
  std::vector<std::vector<Child>> children;
  std::vector<bool> cut;
  std::vector<Vertex> reached;  // in breadth-first order, root first
};

// Breadth first, so every vertex sits at its shortest distance; a vertex met
// again is listed as a repeated leaf and never expanded twice, which is what
// keeps cycles from looping.
Walk walk(const ReferenceGraph& rg, const DependencyGraph& d, Vertex root, bool up, int limit) {
  const std::size_t n = boost::num_vertices(d);
  Walk w;
  w.depth.assign(n, -1);
  w.children.assign(n, {});
  w.cut.assign(n, false);
  std::deque<Vertex> queue{root};
  w.depth[root] = 0;
  w.reached.push_back(root);
  while (!queue.empty()) {
    Vertex v = queue.front();
    queue.pop_front();
    std::vector<Neighbour> next = neighbours(rg, d, v, up);
    if (limit > 0 && w.depth[v] >= limit) {
      w.cut[v] = !next.empty();
      continue;
    }
    for (const Neighbour& nb : next) {
      bool first = w.depth[nb.vertex] < 0;
      if (first) {
        w.depth[nb.vertex] = w.depth[v] + 1;
        w.reached.push_back(nb.vertex);
        queue.push_back(nb.vertex);
      }
      w.children[v].push_back({nb.vertex, nb.via, !first});
    }
  }
  return w;
}

LineageNode make_node(const ReferenceGraph& rg, const Components& comps, const Walk& w, Vertex v,
                      const std::string& via, int depth, bool repeated) {
  const VertexProps& p = rg.g[v];
  LineageNode node;
  node.id = p.id;
  node.label = p.label;
  node.kind = std::string(to_string(p.kind));
  node.date = p.date;
  node.via = via;
  node.depth = depth;
  node.repeated = repeated;
  node.in_cycle = comps.cyclic(v);
  if (repeated) return node;
  node.cut = w.cut[v];
  for (const Walk::Child& c : w.children[v])
    node.children.push_back(make_node(rg, comps, w, c.vertex, c.via, depth + 1, c.repeated));
  return node;
}

}  // namespace

int dependency_direction(EdgeKind kind) {
  switch (kind) {
    case EdgeKind::cites:
    case EdgeKind::answers_motion:
    case EdgeKind::replaces:
    case EdgeKind::follows:
    case EdgeKind::cites_commitment:
    case EdgeKind::fulfils:
      return 1;
    case EdgeKind::promises:
      return -1;
    case EdgeKind::part_of_dossier:
    case EdgeKind::submitted_by:
      return 0;
  }
  return 0;
}

std::optional<LineageDirection> lineage_direction_from_string(std::string_view name) {
  if (name == "up") return LineageDirection::up;
  if (name == "down") return LineageDirection::down;
  if (name == "both") return LineageDirection::both;
  return std::nullopt;
}

std::optional<Lineage> trace_lineage(const ReferenceGraph& graph, std::string_view id, const LineageOptions& options) {
  std::optional<Vertex> root = graph.find(id);
  if (!root) return std::nullopt;
  DependencyGraph d = dependency_graph(graph);
  Components comps = strong_components_of(d);
  Lineage lineage;
  lineage.id = std::string(id);

  struct Seen {
    std::string direction;
    int distance;
  };
  std::map<Vertex, Seen> seen{{*root, {"root", 0}}};
  std::set<int> cyclic_components;
  auto run = [&](bool up) {
    Walk w = walk(graph, d, *root, up, options.depth);
    for (Vertex v : w.reached) {
      if (comps.size[comps.of[v]] > 1) cyclic_components.insert(comps.of[v]);
      if (v == *root) continue;
      std::string direction = up ? "upstream" : "downstream";
      auto [it, inserted] = seen.emplace(v, Seen{direction, w.depth[v]});
      if (!inserted && it->second.direction != direction) it->second.direction = "upstream+downstream";
    }
    return make_node(graph, comps, w, *root, "", 0, false);
  };
  if (options.direction != LineageDirection::down) lineage.upstream = run(true);
  if (options.direction != LineageDirection::up) lineage.downstream = run(false);

  for (const auto& [v, s] : seen) {
    const VertexProps& p = graph.g[v];
    lineage.timeline.push_back({p.id, p.label, std::string(to_string(p.kind)), p.date, s.direction, s.distance});
  }
  std::sort(lineage.timeline.begin(), lineage.timeline.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
    if (a.date.empty() != b.date.empty()) return !a.date.empty();
    if (a.date != b.date) return a.date < b.date;
    return a.id < b.id;
  });

  for (int c : cyclic_components) {
    std::vector<std::string> members;
    for (Vertex v = 0; v < boost::num_vertices(graph.g); ++v)
      if (comps.of[v] == c) members.push_back(graph.g[v].id);
    std::sort(members.begin(), members.end());
    lineage.cycles.push_back(std::move(members));
  }
  std::sort(lineage.cycles.begin(), lineage.cycles.end());
  return lineage;
}

std::vector<ChainStep> longest_chain(const ReferenceGraph& graph) {
  const Graph& g = graph.g;
  DependencyGraph d = dependency_graph(graph);
  if (boost::num_vertices(d) == 0) return {};
  Components comps = strong_components_of(d);

  // the condensation: one vertex per component, an edge where a member of one
  // builds on a member of another (self-loops and cycles vanish into their node)
  using Condensation = boost::adjacency_list<boost::setS, boost::vecS, boost::directedS>;
  const auto count = static_cast<std::size_t>(comps.count);
  Condensation dag(count);
  for (auto [it, end] = boost::edges(d); it != end; ++it) {
    int a = comps.of[boost::source(*it, d)];
    int b = comps.of[boost::target(*it, d)];
    if (a != b) boost::add_edge(static_cast<std::size_t>(a), static_cast<std::size_t>(b), dag);
  }
  // topological_sort writes the reverse topological order: foundations first
  std::vector<std::size_t> order;
  boost::topological_sort(dag, std::back_inserter(order));

  // steps[c]: the longest chain starting at c, counted in components
  std::vector<std::size_t> steps(count, 1);
  std::vector<std::size_t> next(count, count);
  for (std::size_t c : order) {  // everything c builds on is done before c
    for (auto [it, end] = boost::out_edges(c, dag); it != end; ++it) {
      std::size_t t = boost::target(*it, dag);
      if (steps[t] + 1 > steps[c]) {
        steps[c] = steps[t] + 1;
        next[c] = t;
      }
    }
  }
  std::vector<std::vector<Vertex>> members(count);
  for (Vertex v = 0; v < boost::num_vertices(g); ++v) members[comps.of[v]].push_back(v);
  auto first_id = [&](std::size_t c) { return g[members[c].front()].id; };
  std::size_t start = 0;
  for (std::size_t c = 1; c < count; ++c)
    if (steps[c] > steps[start] || (steps[c] == steps[start] && first_id(c) < first_id(start))) start = c;

  std::vector<ChainStep> chain;
  for (std::size_t c = start; c != count; c = next[c]) {
    ChainStep step;
    std::vector<Vertex> vs = members[c];
    std::sort(vs.begin(), vs.end(), [&](Vertex a, Vertex b) { return g[a].id < g[b].id; });
    for (Vertex v : vs) step.ids.push_back(g[v].id);
    step.label = g[vs.front()].label;
    step.date = g[vs.front()].date;
    chain.push_back(std::move(step));
  }
  return chain;
}

}  // namespace kamerref
