#pragma once
// Loading and extraction of many files on several threads, with results
// handed back in input order as soon as they are ready. At most `window`
// results wait in memory, so memory does not grow with the number of files.
#include <any>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "kamerref/extract/reference.h"
#include "kamerref/load/load.h"

namespace kamerref {

struct FileResult {
  std::size_t index = 0;  // position in the input list
  std::string file;
  bool extracted = false;                // read and extracted; false: see `error`
  std::optional<Extraction> extraction;  // empty when not extracted, or dropped (ParallelOptions::drop_extraction)
  std::string error;                     // why it could not be read
  std::size_t bytes = 0;                 // size on disk, for progress reports
  std::string text;                      // Document::text, only with ParallelOptions::keep_text
  std::any prepared;                     // what ParallelOptions::prepare made of the extraction
};

struct ParallelOptions {
  unsigned jobs = 0;       // files extracted at once, the calling thread's included; 0: one per hardware thread
  std::size_t window = 0;  // results in flight; 0: 4 per job
  bool keep_text = false;  // hand back each document's normalised text too
  LoadOptions load;        // what one file may cost (--max-file-size)
  // Runs on the thread that made each extraction, right after it: work that
  // needs only this one file (its JSON line, say) is then done in parallel
  // rather than on the thread that receives the results.
  std::function<std::any(const Extraction&)> prepare;
  // With `prepare`: the Extraction is freed where it was made once prepared,
  // and only FileResult::prepared travels on.
  bool drop_extraction = false;
};

// Calls `deliver` once per file, in input order, on the calling thread, which
// extracts files too while the next result in order is not ready. Every file
// is attempted; a failing file gives a FileResult with `error`. An exception
// from `deliver` stops the run (the other threads finish their file and
// stop) and is rethrown.
void extract_files(const std::vector<std::string>& files, const ParallelOptions& options,
                   const std::function<void(FileResult&&)>& deliver);

}  // namespace kamerref
