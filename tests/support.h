#pragma once
// Helpers shared by the tests: run the real pipeline on a string.
#include <algorithm>
#include <string>
#include <vector>

#include "kamerref/extract/extract.h"
#include "kamerref/load/load.h"

namespace kamerref::test {

// Loads `text` as if it were a file called `name` and extracts it.
inline Extraction extract_text(const std::string& text, const std::string& name = "test.txt") {
  Document doc = load_document_from_bytes(name, text);
  return extract_document(doc);
}

// The ids of one kind, in text order.
inline std::vector<std::string> ids_of(const Extraction& e, RefKind kind) {
  std::vector<std::string> ids;
  for (const Reference& r : e.references)
    if (r.kind == kind) ids.push_back(r.id);
  return ids;
}

inline std::vector<std::string> ids_of(const std::string& text, RefKind kind) {
  return ids_of(extract_text(text), kind);
}

}  // namespace kamerref::test
