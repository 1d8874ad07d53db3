// `kamerref chain ID PATH... [--depth N] [--direction up|down|both] [--json]`
#include <iostream>
#include <memory>

#include "commands.h"
#include "kamerref/analyse/lineage.h"
#include "kamerref/graph/graph.h"
#include "kamerref/render/analysis_json.h"
#include "kamerref/render/report.h"

namespace kamerref::cli {
std::function<int()> setup_chain(CLI::App& app) {
  struct Options {
    std::string id;
    std::vector<std::string> paths;
    int depth = 10;
    std::string direction = "both";
    bool json = false;
    CorpusOptions corpus;
  };
  auto opt = std::make_shared<Options>();
  app.add_option("ID", opt->id,
                 "The document: kst-29754-690, 'Kamerstuk 29 754, nr. 690', 29754-690, 2025D49428, or its file")
      ->required();
  app.add_option("PATH", opt->paths, "Files or folders (read recursively)")->required();
  app.add_option("--depth", opt->depth, "Levels to follow; 0 for no limit")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  app.add_option("--direction", opt->direction, "up: what it builds on; down: what builds on it; both")
      ->check(CLI::IsMember({"up", "down", "both"}))
      ->capture_default_str();
  app.add_flag("--json", opt->json, "Print the trees, the timeline and the longest chain as one JSON object");
  add_corpus_options(app, opt->corpus);
  return [opt] {
    int code = kSuccess;
    CorpusGraph corpus = read_corpus(opt->paths, opt->corpus, code);
    std::optional<std::string> start = find_document(corpus, opt->id);
    if (!start) return static_cast<int>(kUsage);
    LineageOptions options;
    options.depth = opt->depth;
    options.direction = lineage_direction_from_string(opt->direction).value_or(LineageDirection::both);
    std::optional<Lineage> lineage = trace_lineage(corpus.graph, *start, options);
    std::vector<ChainStep> longest = longest_chain(corpus.graph);
    if (opt->json) {
      std::cout << lineage_to_json(lineage.value_or(Lineage{}), longest)
                       .dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
                << '\n';
    } else {
      if (lineage) std::cout << format_lineage(*lineage);
      std::cout << '\n' << format_longest_chain(longest);
    }
    std::cout.flush();
    return code;
  };
}

}  // namespace kamerref::cli
