#pragma once
// The readable form of `extract` output (without --json).
#include <string>

#include "kamerref/extract/reference.h"

namespace kamerref {

// A header line for the document, then one aligned row per reference:
// line, kind, id, and the text as written.
std::string format_table(const Extraction& extraction);

}  // namespace kamerref
