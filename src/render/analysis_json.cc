#include "kamerref/render/analysis_json.h"

namespace kamerref {
namespace {

using Json = nlohmann::ordered_json;

Json counted(const std::vector<CountedVertex>& vertices) {
  Json out = Json::array();
  for (const CountedVertex& v : vertices)
    out.push_back({{"id", v.id}, {"label", v.label}, {"kind", v.kind}, {"count", v.count}});
  return out;
}

Json counts(const std::vector<std::pair<std::string, std::size_t>>& by_kind) {
  Json out = Json::object();
  for (const auto& [kind, n] : by_kind) out[kind] = n;
  return out;
}

Json node_json(const LineageNode& node) {
  Json out;
  out["id"] = node.id;
  out["label"] = node.label;
  out["kind"] = node.kind;
  if (!node.date.empty()) out["date"] = node.date;
  if (!node.via.empty()) out["via"] = node.via;
  out["depth"] = node.depth;
  out["repeated"] = node.repeated;
  out["cut"] = node.cut;
  out["in_cycle"] = node.in_cycle;
  Json children = Json::array();
  for (const LineageNode& child : node.children) children.push_back(node_json(child));
  out["children"] = std::move(children);
  return out;
}

}  // namespace

nlohmann::ordered_json stats_to_json(const GraphStats& stats) {
  Json out;
  out["vertices"] = stats.vertices;
  out["edges"] = stats.edges;
  out["documents"] = stats.documents;
  out["vertex_kinds"] = counts(stats.vertex_kinds);
  out["edge_kinds"] = counts(stats.edge_kinds);
  out["most_cited"] = counted(stats.most_cited);
  out["most_citing"] = counted(stats.most_citing);
  out["components"] = stats.components;
  out["largest_components"] = stats.largest_components;
  Json dossiers = Json::array();
  for (const DossierStats& d : stats.dossiers)
    dossiers.push_back({{"id", d.id}, {"members", d.members}, {"in_corpus", d.in_corpus}});
  out["dossiers"] = std::move(dossiers);
  return out;
}

nlohmann::ordered_json lineage_to_json(const Lineage& lineage, const std::vector<ChainStep>& longest) {
  Json out;
  out["id"] = lineage.id;
  out["upstream"] = lineage.upstream ? node_json(*lineage.upstream) : Json(nullptr);
  out["downstream"] = lineage.downstream ? node_json(*lineage.downstream) : Json(nullptr);
  Json timeline = Json::array();
  for (const TimelineEntry& e : lineage.timeline) {
    Json entry;
    entry["id"] = e.id;
    entry["label"] = e.label;
    entry["kind"] = e.kind;
    if (!e.date.empty()) entry["date"] = e.date;
    entry["direction"] = e.direction;
    entry["distance"] = e.distance;
    timeline.push_back(std::move(entry));
  }
  out["timeline"] = std::move(timeline);
  out["cycles"] = lineage.cycles;
  Json chain = Json::array();
  for (const ChainStep& step : longest) {
    Json s;
    s["ids"] = step.ids;
    s["label"] = step.label;
    if (!step.date.empty()) s["date"] = step.date;
    chain.push_back(std::move(s));
  }
  out["longest_chain"] = std::move(chain);
  return out;
}

}  // namespace kamerref
