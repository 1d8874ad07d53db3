#pragma once
// The document's own identity (SPEC section 2 `document`): id, date,
// kenmerk, title, type, signatories, indieners, and the page furniture
// (running headers, letterhead blocks, site navigation) that is not prose.
#include <span>
#include <string>
#include <vector>

#include "kamerref/extract/anchors.h"
#include "kamerref/extract/reference.h"
#include "kamerref/load/document.h"

namespace kamerref {

struct DocumentMetadata {
  DocumentInfo info;
  std::vector<Span> furniture;  // in Document::text
  // Where the document contradicts itself about its identity (metadata and
  // body name different ids); Extraction::warnings, printed by the CLI.
  std::vector<std::string> warnings;
};

// `anchors`: the document's one anchor pass (extract.h makes it).
DocumentMetadata extract_metadata(const Document& doc, const AnchorIndex& anchors);

// The literals extract_metadata stands next to.
std::span<const AnchorLiteral> metadata_anchors();

// The kind of stuk its title names: `MOTIE VAN HET LID ...` -> `motie`,
// `GEWIJZIGDE MOTIE ...` -> `gewijzigde motie`, `BRIEF VAN DE MINISTER ...`
// -> `kamerbrief`, `VERSLAG VAN EEN COMMISSIEDEBAT` -> `verslag`; empty when
// the title names none.
std::string type_of_stuk_title(std::string_view title);

// `doc-<file-stem-slug>`: the id of a document whose text gives none.
std::string fallback_document_id(std::string_view path);

}  // namespace kamerref
