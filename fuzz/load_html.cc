// Fuzz target load_html: the fuzz input is the bytes of a file named
// `fuzz.html`, fed to load_document_from_bytes (src/load/load.cc), which
// runs what the loader does to every file of a run.
// HTML: decoding, strip_html (tags, <script>/<style>/<head> dropped, <meta>
// pairs, entities, <sup>n</sup> and footnote lists as markers; deeply nested
// and unclosed markup) and character normalisation.
// A LoadError (not a document we read) is a designed answer; anything else
// escaping, a sanitizer report or a broken Document invariant is a bug.
#include "document_checks.h"
#include "kamerref/load/load.h"

KAMERREF_FUZZ_TARGET(load_html) {
  try {
    kamerref::Document doc = kamerref::load_document_from_bytes("fuzz.html", std::string(data));
    kamerref::fuzz::check_document(doc);
  } catch (const kamerref::LoadError&) {
  }
}
