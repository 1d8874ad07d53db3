#include "kamerref/extract/corpus.h"

#include "kamerref/extract/extract.h"
#include "kamerref/load/inputs.h"
#include "kamerref/load/load.h"

namespace kamerref {

bool is_extraction_file(std::string_view path) {
  constexpr std::string_view kSuffix = ".jsonl";
  return path.size() > kSuffix.size() && path.substr(path.size() - kSuffix.size()) == kSuffix;
}

Corpus extract_corpus(const std::vector<std::string>& paths, std::vector<CorpusProblem>& problems) {
  Corpus corpus;
  Inputs inputs = collect_inputs(paths);
  for (const InputProblem& p : inputs.problems) problems.push_back({p.path, p.message});
  for (const std::string& file : inputs.files) {
    if (is_extraction_file(file)) {
      corpus.extraction_files.push_back(file);
      continue;
    }
    try {
      Document doc = load_document(file);
      corpus.extractions.push_back(extract_document(doc));
      corpus.texts[file] = std::move(doc.text);
    } catch (const LoadError& e) {
      problems.push_back({file, e.what()});
    }
  }
  corpus.notes = resolve_corpus(corpus.extractions);
  return corpus;
}

}  // namespace kamerref
