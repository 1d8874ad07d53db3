#pragma once
// One document in, its references out: the extract stage of the pipeline.
#include <vector>

#include "kamerref/extract/reference.h"
#include "kamerref/load/document.h"

namespace kamerref {

// Runs every pattern module over a loaded document. References come out in
// text order, each with its evidence (byte span, line, footnote, sentence).
Extraction extract_document(const Document& doc);

}  // namespace kamerref
