#pragma once
// Runs pattern modules over a small text, as extract_document does, but with
// the document's metadata (date, type, id) set by the test. Shared by the
// motion, commitment, debate and letter tests.
#include <string>
#include <vector>

#include "kamerref/extract/context.h"
#include "kamerref/extract/footnotes.h"
#include "kamerref/extract/kamerstuk.h"
#include "kamerref/extract/reference.h"
#include "kamerref/load/load.h"

namespace kamerref::testing {

using Module = void (*)(const ExtractContext&, std::vector<Reference>&);

struct ModuleRun {
  Document doc;
  std::vector<Reference> refs;

  std::vector<const Reference*> of(RefKind kind) const {
    std::vector<const Reference*> found;
    for (const Reference& r : refs)
      if (r.kind == kind) found.push_back(&r);
    return found;
  }
  std::vector<std::string> ids(RefKind kind) const {
    std::vector<std::string> found;
    for (const Reference* r : of(kind)) found.push_back(r->id);
    return found;
  }
  std::string text_of(const Reference& r) const { return doc.text.substr(r.match.begin, r.match.size()); }
};

// `info` gives the document's id, date, type; the Kamerstuk module runs
// first (motions and letters bind to its citations), then `modules`.
inline ModuleRun run_modules(const std::string& text, DocumentInfo info, std::vector<Module> modules,
                             const std::string& path = "test.md") {
  ModuleRun run{load_document_from_bytes(path, text), {}};
  if (info.id.empty()) info.id = "doc-test";
  ExtractContext ctx{run.doc, find_footnotes(run.doc), {}, info};
  extract_kamerstukken(ctx, run.refs);
  for (Module m : modules) m(ctx, run.refs);
  return run;
}

inline DocumentInfo letter_dated(const std::string& date, const std::string& type = "kamerbrief") {
  DocumentInfo info;
  info.id = "doc-test";
  info.date = date;
  info.type = type;
  return info;
}

}  // namespace kamerref::testing
