#include "kamerref/extract/corpus.h"

#include "kamerref/extract/extract.h"
#include "kamerref/extract/parallel.h"
#include "kamerref/load/inputs.h"
#include "kamerref/load/load.h"

namespace kamerref {

bool is_extraction_file(std::string_view path) {
  constexpr std::string_view kSuffix = ".jsonl";
  return path.size() > kSuffix.size() && path.substr(path.size() - kSuffix.size()) == kSuffix;
}

Corpus extract_corpus(const std::vector<std::string>& paths, std::vector<CorpusProblem>& problems,
                      const LoadOptions& options) {
  Corpus corpus;
  WalkFilter walk = options.walk;
  walk.extraction_files = true;  // extract output: read again by every corpus command
  Inputs inputs = collect_inputs(paths, walk);
  for (const InputProblem& p : inputs.problems) problems.push_back({p.path, p.message});
  std::vector<std::string> documents;
  for (const std::string& file : inputs.files) {
    if (is_extraction_file(file))
      corpus.extraction_files.push_back(file);
    else
      documents.push_back(file);
  }
  // on every core, results in input order
  ParallelOptions parallel;
  parallel.keep_text = true;
  parallel.load = options;
  extract_files(documents, parallel, [&](FileResult&& r) {
    if (!r.extraction) {
      problems.push_back({r.file, r.error});
      return;
    }
    corpus.texts[r.file] = std::move(r.text);
    corpus.extractions.push_back(std::move(*r.extraction));
  });
  corpus.notes = resolve_corpus(corpus.extractions);
  return corpus;
}

}  // namespace kamerref
