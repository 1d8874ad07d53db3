// Fuzz target load_markdown: the fuzz input is the bytes of a file named
// `fuzz.md`, fed to load_document_from_bytes (src/load/load.cc), which
// runs what the loader does to every file of a run.
// Markdown (.md, as the bundled corpus has): decoding, strip_markdown
// (emphasis, links, headings, quotes, inline <sup>, &nbsp;) and character
// normalisation.
// A LoadError (not a document we read) is a designed answer; anything else
// escaping, a sanitizer report or a broken Document invariant is a bug.
#include "document_checks.h"
#include "kamerref/load/load.h"

KAMERREF_FUZZ_TARGET(load_markdown) {
  try {
    kamerref::Document doc = kamerref::load_document_from_bytes("fuzz.md", std::string(data));
    kamerref::fuzz::check_document(doc);
  } catch (const kamerref::LoadError&) {
  }
}
