#include "kamerref/graph/corpus_graph.h"

#include "kamerref/output/json.h"

namespace kamerref {

ReferenceGraph build_corpus_graph(const Corpus& corpus, std::vector<CorpusProblem>& problems,
                                  const std::function<void(const Extraction&)>& on_document) {
  GraphBuilder builder;
  for (const Extraction& e : corpus.extractions) {
    builder.add_document(e);
    if (on_document) on_document(e);
  }
  std::vector<std::string> readable;
  for (const std::string& file : corpus.extraction_files) {
    try {
      read_json_lines(
          file, false,
          [&](Extraction&& e) {
            builder.add_document(e);
            if (on_document) on_document(e);
          },
          [&](std::size_t line, const std::string& message) {
            problems.push_back({file + ":" + std::to_string(line), message});
          });
      readable.push_back(file);
    } catch (const JsonLineError& e) {
      problems.push_back({file, e.what()});
    }
  }
  for (const Extraction& e : corpus.extractions) builder.add_references(e);
  for (const std::string& file : readable) {
    try {
      // the bad lines were reported in the first pass
      read_json_lines(
          file, true, [&](Extraction&& e) { builder.add_references(e); }, [](std::size_t, const std::string&) {});
    } catch (const JsonLineError& e) {
      problems.push_back({file, e.what()});
    }
  }
  return builder.finish();
}

}  // namespace kamerref
