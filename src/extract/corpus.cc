#include "kamerref/extract/corpus.h"

#include <new>

#include "kamerref/extract/extract.h"
#include "kamerref/load/inputs.h"
#include "kamerref/load/load.h"

namespace kamerref {

Corpus extract_corpus(const std::vector<std::string>& paths, std::vector<CorpusProblem>& problems,
                      const LoadOptions& options) {
  Corpus corpus;
  Inputs inputs = collect_inputs(paths);
  for (const InputProblem& p : inputs.problems) problems.push_back({p.path, p.message});
  for (const std::string& file : inputs.files) {
    try {
      Document doc = load_document(file, options);
      corpus.extractions.push_back(extract_document(doc));
      corpus.texts[file] = std::move(doc.text);
    } catch (const LoadError& e) {
      problems.push_back({file, e.what()});
    } catch (const std::bad_alloc&) {
      // one file too big for this machine must not take the others down
      problems.push_back({file, "out of memory while reading this file"});
    }
  }
  corpus.notes = resolve_corpus(corpus.extractions);
  return corpus;
}

}  // namespace kamerref
