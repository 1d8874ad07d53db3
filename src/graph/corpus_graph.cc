#include "kamerref/graph/corpus_graph.h"

#include "kamerref/graph/official.h"
#include "kamerref/opendata/import_file.h"
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
  std::vector<std::string> tk_files;  // `kamerref import tk` output: official records, attached last
  for (const std::string& file : corpus.extraction_files) {
    if (is_tk_import_file(file)) {
      tk_files.push_back(file);
      continue;
    }
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
  ReferenceGraph graph = builder.finish();
  for (const std::string& file : tk_files) {
    try {
      read_tk_import_file(
          file, [&](TkMotion&& m) { attach_tk_motion(graph, std::move(m)); },
          [&](TkToezegging&& t) { attach_tk_toezegging(graph, std::move(t)); },
          [&](std::size_t line, const std::string& message) {
            problems.push_back({file + ":" + std::to_string(line), message});
          });
    } catch (const TkImportFileError& e) {
      problems.push_back({file, e.what()});
    }
  }
  return graph;
}

}  // namespace kamerref
