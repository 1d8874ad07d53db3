// A document named as a person writes it -> its id in the reference graph.
#include <algorithm>
#include <cctype>
#include <filesystem>

#include "commands.h"
#include "kamerref/extract/extract.h"
#include "kamerref/load/load.h"
#include "suggest.h"

namespace kamerref::cli {
namespace {

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// The graph id equal to `id` but for case (`KST-29754-758`, `kst-36200-vi-12`).
std::optional<std::string> id_in_any_case(const ReferenceGraph& graph, const std::string& id) {
  if (graph.find(id)) return id;
  const std::string wanted = lower(id);
  for (Vertex v = 0; v < graph.vertex_count(); ++v)
    if (graph.g[v].id.size() == id.size() && lower(graph.g[v].id) == wanted) return graph.g[v].id;
  return std::nullopt;
}

std::optional<std::string> corpus_file(const ReferenceGraph& graph, const std::string& given) {
  std::error_code wanted_ec;
  const std::filesystem::path wanted = std::filesystem::weakly_canonical(given, wanted_ec);
  for (Vertex v = 0; v < graph.vertex_count(); ++v) {
    const VertexProps& p = graph.g[v];
    if (p.file.empty()) continue;
    if (p.file == given) return p.id;
    if (wanted_ec) continue;
    std::error_code ec;
    std::filesystem::path file = std::filesystem::weakly_canonical(p.file, ec);
    if (!ec && file == wanted) return p.id;
  }
  return std::nullopt;
}

// What the extractor reads in `given` as a citation (`Kamerstuk 29 754, nr.
// 758`, `Kamerstukken II 2023/24, 29754, nr. 690`, `2025D49428`): the ids it
// gives, in text order. The extractor is the one parser of citations.
std::vector<std::string> cited_ids(const std::string& given) {
  std::vector<std::string> ids;
  try {
    Extraction x = extract_document(load_document_from_bytes("id.txt", given));
    for (const Reference& r : x.references) ids.push_back(r.id);
  } catch (const std::exception&) {
    // not readable as text: no citation in it
  }
  return ids;
}

}  // namespace

std::optional<std::string> resolve_document(const CorpusGraph& corpus, const std::string& given) {
  const ReferenceGraph& graph = corpus.graph;
  if (given.empty()) return std::nullopt;
  if (auto id = id_in_any_case(graph, given)) return id;
  if (auto tk = corpus.tk_numbers.find(given); tk != corpus.tk_numbers.end() && graph.find(tk->second))
    return tk->second;
  if (auto id = corpus_file(graph, given)) return id;
  // `29754-758`, `36200-VI-12`: a kst- id without its prefix
  if (std::isdigit(static_cast<unsigned char>(given[0])))
    if (auto id = id_in_any_case(graph, "kst-" + given)) return id;
  for (const std::string& cited : cited_ids(given)) {
    if (auto id = id_in_any_case(graph, cited)) return id;
    if (auto tk = corpus.tk_numbers.find(cited); tk != corpus.tk_numbers.end() && graph.find(tk->second))
      return tk->second;
  }
  return std::nullopt;
}

std::optional<std::string> find_document(const CorpusGraph& corpus, const std::string& given) {
  if (std::optional<std::string> id = resolve_document(corpus, given)) return id;
  // the nearest ids to what was typed, or to what the extractor read in it
  std::string typed = given;
  if (std::vector<std::string> cited = cited_ids(given); !cited.empty()) typed = cited.front();
  if (!typed.empty() && std::isdigit(static_cast<unsigned char>(typed[0])) && typed.find('-') != std::string::npos)
    typed = "kst-" + typed;
  // the more cited first: of two ids as near, the one more often cited is
  // more likely meant
  const Graph& g = corpus.graph.g;
  std::vector<Vertex> vertices;
  vertices.reserve(corpus.graph.vertex_count());
  for (Vertex v = 0; v < corpus.graph.vertex_count(); ++v)
    if (g[v].kind != VertexKind::person) vertices.push_back(v);
  std::stable_sort(vertices.begin(), vertices.end(),
                   [&](Vertex a, Vertex b) { return boost::in_degree(a, g) > boost::in_degree(b, g); });
  std::vector<std::string> ids;
  ids.reserve(vertices.size());
  for (Vertex v : vertices) ids.push_back(g[v].id);
  report_error(given, "not in the reference graph of the given documents" + did_you_mean(nearest_names(typed, ids)));
  return std::nullopt;
}

}  // namespace kamerref::cli
