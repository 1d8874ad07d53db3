// The corpus-wide commands (graph, stats, chain, audit) all start the same way.
#include "commands.h"
#include "kamerref/graph/corpus_graph.h"

namespace kamerref::cli {

LoadOptions& load_options() {
  static LoadOptions options;
  return options;
}

Corpus load_corpus(const std::vector<std::string>& paths, int& code) {
  std::vector<CorpusProblem> problems;
  Corpus corpus = extract_corpus(paths, problems, load_options());
  for (const CorpusProblem& p : problems) {
    report_error(p.file, p.message);
    code = kInputError;
  }
  for (const Extraction& e : corpus.extractions)
    for (const std::string& w : e.warnings) report_error(e.file, "warning: " + w);
  return corpus;
}

ReferenceGraph corpus_graph(Corpus& corpus, int& code) {
  std::vector<CorpusProblem> problems;
  ReferenceGraph graph = build_corpus_graph(corpus, problems);
  for (const CorpusProblem& p : problems) {
    report_error(p.file, p.message);
    code = kInputError;
  }
  // two files with one id are never merged in silence
  for (const IdConflict& c : graph.conflicts)
    report_error(c.left_out, "warning: claims the id " + c.id + ", as " + c.kept + " does; the graph keeps " + c.kept +
                                 " (first in path order) and leaves this file out");
  // the warnings of `.jsonl` extractions were reported by the run that wrote them
  std::vector<Extraction>().swap(corpus.extractions);
  return graph;
}

}  // namespace kamerref::cli
