// `kamerref stats PATH... [--top N]`
#include <iostream>
#include <memory>

#include "commands.h"
#include "kamerref/analyse/stats.h"
#include "kamerref/graph/graph.h"
#include "kamerref/render/report.h"

namespace kamerref::cli {

std::function<int()> setup_stats(CLI::App& app) {
  struct Options {
    std::vector<std::string> paths;
    std::size_t top = 10;
  };
  auto opt = std::make_shared<Options>();
  app.add_option("PATH", opt->paths, "Files or folders (read recursively)")->required();
  app.add_option("--top", opt->top, "How many most-cited and most-citing to list")->capture_default_str();
  return [opt] {
    int code = kSuccess;
    Corpus corpus = load_corpus(opt->paths, code);
    ReferenceGraph graph = corpus_graph(corpus, code);
    std::cout << format_stats(compute_stats(graph, opt->top));
    std::cout.flush();
    return code;
  };
}

}  // namespace kamerref::cli
