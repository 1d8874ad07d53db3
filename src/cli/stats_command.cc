// `kamerref stats PATH... [--top N] [--json]`
#include <iostream>
#include <memory>

#include "commands.h"
#include "kamerref/analyse/stats.h"
#include "kamerref/graph/graph.h"
#include "kamerref/render/analysis_json.h"
#include "kamerref/render/report.h"

namespace kamerref::cli {

std::function<int()> setup_stats(CLI::App& app) {
  struct Options {
    std::vector<std::string> paths;
    std::size_t top = 10;
    bool json = false;
    CorpusOptions corpus;
  };
  auto opt = std::make_shared<Options>();
  app.add_option("PATH", opt->paths, "Files or folders (read recursively)")->required();
  app.add_option("--top", opt->top, "How many most-cited and most-citing to list")
      ->check(positive_count_validator())
      ->capture_default_str();
  app.add_flag("--json", opt->json, "Print the numbers as one JSON object");
  add_corpus_options(app, opt->corpus);
  return [opt] {
    int code = kSuccess;
    CorpusGraph corpus = read_corpus(opt->paths, opt->corpus, code);
    GraphStats stats = compute_stats(corpus.graph, opt->top);
    if (opt->json)
      std::cout << stats_to_json(stats).dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
    else
      std::cout << format_stats(stats);
    std::cout.flush();
    return code;
  };
}

}  // namespace kamerref::cli
