#pragma once
// The front of every corpus-wide command (graph, stats, chain, audit): PATHs
// in, resolved extractions out. Files that cannot be read are reported, the
// rest still processed.
#include <string>
#include <unordered_map>
#include <vector>

#include "kamerref/extract/reference.h"
#include "kamerref/load/load.h"
#include "kamerref/resolve/resolve.h"

namespace kamerref {

struct CorpusProblem {
  std::string file;
  std::string message;  // why it could not be read
};

struct Corpus {
  std::vector<Extraction> extractions;  // in input order, ids resolved across the corpus
  // file -> normalised text (Document::text); the commitment audit searches it
  // for the passage that keeps a promise.
  std::unordered_map<std::string, std::string> texts;
  std::vector<ResolutionNote> notes;
};

// Collects the files under `paths` (folders recursively), loads and extracts
// each, then runs resolve_corpus over all of them. Paths that do not exist
// and files that cannot be loaded land in `problems`.
Corpus extract_corpus(const std::vector<std::string>& paths, std::vector<CorpusProblem>& problems,
                      const LoadOptions& options = {});

}  // namespace kamerref
