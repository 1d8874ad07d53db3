#pragma once
// One document in, its references out: the extract stage of the pipeline.
#include <string>
#include <string_view>
#include <vector>

#include "kamerref/extract/context.h"

#include "kamerref/extract/reference.h"
#include "kamerref/load/document.h"

namespace kamerref {

// Runs every pattern module over a loaded document. References come out in
// text order, each with its evidence (byte span, line, footnote, sentence).
// A pattern module whose regex exceeds Boost.Regex's work bound
// (match_limit / complexity) on some input does not take the file or the run
// down: what it found so far stays, and the file gets the warning
// `pattern work bound exceeded in <module>`.
Extraction extract_document(const Document& doc);

// Where one document's extraction time went, stage by stage, in the order the
// stages ran: what scripts/bench's per-stage table adds up over a corpus.
struct StageTimes {
  struct Stage {
    std::string_view name;  // "metadata", "footnotes", a module's name, "finishing"
    double seconds = 0;
  };
  std::vector<Stage> stages;
};

// The same, timing each stage into `times` (its stages are appended).
Extraction extract_document(const Document& doc, StageTimes& times);

// One pattern module: appends the references of its kind.
using PatternModule = void (*)(const ExtractContext&, std::vector<Reference>&);

// Runs one module the way extract_document does: a regex that exceeds its
// work bound becomes a warning in `warnings` (returns false), never an
// exception.
bool run_pattern_module(std::string_view name, PatternModule module, const ExtractContext& ctx,
                        std::vector<Reference>& refs, std::vector<std::string>& warnings);

}  // namespace kamerref
