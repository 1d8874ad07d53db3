// `kamerref graph PATH...`
#include <iostream>
#include <memory>

#include "commands.h"
#include "kamerref/graph/graph.h"
#include "kamerref/render/report.h"

namespace kamerref::cli {

std::function<int()> setup_graph(CLI::App& app) {
  auto paths = std::make_shared<std::vector<std::string>>();
  app.add_option("PATH", *paths, "Files or folders (read recursively)")->required();
  return [paths] {
    int code = kSuccess;
    Corpus corpus = load_corpus(*paths, code);
    ReferenceGraph graph = build_graph(corpus.extractions);
    std::cout << format_graph_summary(graph);
    std::cout.flush();
    return code;
  };
}

}  // namespace kamerref::cli
