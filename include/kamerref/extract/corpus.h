#pragma once
// The front of every corpus-wide command (graph, stats, chain, audit): PATHs
// in, resolved extractions out. Files that cannot be read are reported, the
// rest still processed.
#include <functional>
#include <string>
#include <string_view>
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
  // `.jsonl` inputs: `kamerref extract --json` output, extraction done once and
  // read by every later command. They are not read here but streamed when the
  // graph is built (graph/corpus_graph.h), so that 10^6 extractions never stand
  // in memory together. They carry no text.
  std::vector<std::string> extraction_files;
};

// Whether `path` names extract output (`.jsonl`) rather than a document.
bool is_extraction_file(std::string_view path);

// Collects the files under `paths` (folders recursively), loads and extracts
// each document, then runs resolve_corpus over them. `.jsonl` files go to
// `extraction_files` unread; they are not resolved again: `extract --json`
// resolved them across the run that wrote them, and resolution across a
// whole archive is the extract run's work. Paths that do not exist and files
// that cannot be loaded land in `problems`.
// `options` bound what one file may cost (LoadOptions::max_file_size).
// `file_done` (when set) is called once per document, read or not, with its
// size on disk: for a progress report.
Corpus extract_corpus(const std::vector<std::string>& paths, std::vector<CorpusProblem>& problems,
                      const LoadOptions& options = {},
                      const std::function<void(std::size_t bytes)>& file_done = {});

}  // namespace kamerref
