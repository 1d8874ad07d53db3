#pragma once
// The document's own identity (SPEC section 2 `document`): id, date,
// kenmerk, title, type, signatories, indieners, and the page furniture
// (running headers, letterhead blocks, site navigation) that is not prose.
#include <string>
#include <vector>

#include "kamerref/extract/reference.h"
#include "kamerref/load/document.h"

namespace kamerref {

struct DocumentMetadata {
  DocumentInfo info;
  std::vector<Span> furniture;  // in Document::text
};

DocumentMetadata extract_metadata(const Document& doc);

// `doc-<file-stem-slug>`: the id of a document whose text gives none.
std::string fallback_document_id(std::string_view path);

}  // namespace kamerref
