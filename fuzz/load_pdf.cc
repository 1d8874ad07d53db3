// Fuzz target load_pdf: the fuzz input is the bytes of a file named
// `fuzz.pdf`, fed to load_document_from_bytes (src/load/load.cc), which hands
// them to pdf_text_layer (src/load/pdf.cc: poppler-cpp from memory; corrupt,
// truncated, encrypted and text-less PDFs must end in a LoadError) and then
// decodes and normalises the text layer (form feeds between pages, line-break
// hyphenation).
// poppler is Debian's build, not instrumented: a memory error inside it shows
// only when it crashes, and is poppler's to fix; what we do with its output is
// checked as in the other loaders.
#include "document_checks.h"
#include "kamerref/load/load.h"

KAMERREF_FUZZ_TARGET(load_pdf) {
  try {
    kamerref::Document doc = kamerref::load_document_from_bytes("fuzz.pdf", std::string(data));
    kamerref::fuzz::check_document(doc);
  } catch (const kamerref::LoadError&) {
  }
}
