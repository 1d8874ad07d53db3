#pragma once
// The graph of a whole corpus: the documents extract_corpus read and the
// extractions in its `.jsonl` files (`kamerref extract --json` output).
#include <functional>
#include <vector>

#include "kamerref/extract/corpus.h"
#include "kamerref/graph/graph.h"

namespace kamerref {

// The documents' extractions first (in input order), then each `.jsonl` file's
// lines in order. Each file is read twice, documents first and references
// second (GraphBuilder), so memory holds one line at a time, not the corpus.
// A line that is no extraction is reported as a problem `<file>:<line>` and
// left out; the rest is still read. A file that cannot be read is a problem.
// A `.jsonl` that `kamerref import tk` wrote (its first line `{"tk": ...}`)
// holds official records: they are put on the finished graph
// (graph/official.h), motions on their vertices, Toezeggingen beside it.
// `on_document` (when set) sees every extraction once, in the first pass: the
// documents' own metadata (a TK number beside a kst- id) for a caller that
// wants more of it than the graph keeps.
ReferenceGraph build_corpus_graph(const Corpus& corpus, std::vector<CorpusProblem>& problems,
                                  const std::function<void(const Extraction&)>& on_document = {});

}  // namespace kamerref
