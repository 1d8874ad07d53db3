// Fuzz target load_text: the fuzz input is the bytes of a file named
// `fuzz.txt`, fed to load_document_from_bytes (src/load/load.cc), which
// runs what the loader does to every file of a run.
// Plain text, the most common input: encoding detection (UTF-8, UTF-8 with
// BOM, UTF-16 with BOM, Windows-1252 fallback byte by byte), format detection
// by content (an XML or HTML file named .txt), binary-file refusal, character
// normalisation (quotes, dashes, spaces, superscript footnote markers, PDF
// line hyphenation) and the offset chain back to the bytes.
// A LoadError (not a document we read) is a designed answer; anything else
// escaping, a sanitizer report or a broken Document invariant is a bug.
#include "document_checks.h"
#include "kamerref/load/load.h"

KAMERREF_FUZZ_TARGET(load_text) {
  try {
    kamerref::Document doc = kamerref::load_document_from_bytes("fuzz.txt", std::string(data));
    kamerref::fuzz::check_document(doc);
  } catch (const kamerref::LoadError&) {
  }
}
