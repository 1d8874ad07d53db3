// `kamerref chain ID PATH... [--depth N] [--direction up|down|both]`
#include <filesystem>
#include <iostream>
#include <memory>

#include "commands.h"
#include "kamerref/analyse/lineage.h"
#include "kamerref/graph/graph.h"
#include "kamerref/render/report.h"

namespace kamerref::cli {
std::function<int()> setup_chain(CLI::App& app) {
  struct Options {
    std::string id;
    std::vector<std::string> paths;
    int depth = 10;
    std::string direction = "both";
  };
  auto opt = std::make_shared<Options>();
  app.add_option("ID", opt->id, "Canonical id (kst-29754-690) or the file of a corpus document")->required();
  app.add_option("PATH", opt->paths, "Files or folders (read recursively)")->required();
  app.add_option("--depth", opt->depth, "Levels to follow; 0 for no limit")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  app.add_option("--direction", opt->direction, "up: what it builds on; down: what builds on it; both")
      ->check(CLI::IsMember({"up", "down", "both"}))
      ->capture_default_str();
  return [opt] {
    int code = kSuccess;
    Corpus corpus = load_corpus(opt->paths, code);
    ReferenceGraph graph = corpus_graph(corpus, code);
    std::optional<std::string> start = resolve_document(graph, opt->id);
    if (!start) {
      report_error(opt->id, "not in the reference graph of the given documents");
      return static_cast<int>(kUsage);
    }
    LineageOptions options;
    options.depth = opt->depth;
    options.direction = lineage_direction_from_string(opt->direction).value_or(LineageDirection::both);
    std::optional<Lineage> lineage = trace_lineage(graph, *start, options);
    if (lineage) std::cout << format_lineage(*lineage);
    std::cout << '\n' << format_longest_chain(longest_chain(graph));
    std::cout.flush();
    return code;
  };
}

}  // namespace kamerref::cli
