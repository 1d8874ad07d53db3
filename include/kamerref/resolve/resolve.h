#pragma once
// Resolution across the documents of one run: a motion named only by its
// indieners and subject in one document gets the Kamerstuk number another
// document gives it; a letter described in words gets the number a footnote
// elsewhere gives it.
#include <string>
#include <vector>

#include "kamerref/extract/reference.h"

namespace kamerref {

struct ResolutionNote {
  std::string file;
  std::string message;  // what was bound, or why a match was ambiguous
};

// Rewrites ids in place; returns what it did and what it could not decide.
std::vector<ResolutionNote> resolve_corpus(std::vector<Extraction>& extractions);

}  // namespace kamerref
