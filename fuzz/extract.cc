// Fuzz target extract: the fuzz input is a text file (`fuzz.txt`; content
// detection still sends XML and HTML to their loaders), loaded with
// load_document_from_bytes and run through extract_document
// (src/extract/extract.cc: every pattern module, footnotes, furniture,
// metadata, then the evidence of each reference), and the result through
// to_json_line (src/output/json.cc), what `kamerref extract --json` prints.
// Checked: every reference's match lies in the text, its source bytes in the
// file and its `text` is exactly those bytes (decoded to UTF-8 for a
// Windows-1252 or UTF-16 file) - except in XML and HTML where those bytes
// hold markup (`van <datum isodatum="2025-09-08">8 september 2025`): there it
// is what a reader sees, the match in the normalised text (src/extract/
// extract.cc) - and the JSON line is one line.
#include "document_checks.h"
#include "kamerref/extract/extract.h"
#include "kamerref/load/load.h"
#include "kamerref/output/json.h"

#include <string>

KAMERREF_FUZZ_TARGET(extract) {
  kamerref::Document doc;
  try {
    doc = kamerref::load_document_from_bytes("fuzz.txt", std::string(data));
  } catch (const kamerref::LoadError&) {
    return;
  }
  kamerref::Extraction extraction = kamerref::extract_document(doc);
  using kamerref::fuzz::require;
  for (const kamerref::Reference& ref : extraction.references) {
    require(!ref.id.empty(), "a reference has an id");
    require(ref.match.begin <= ref.match.end && ref.match.end <= doc.text.size(), "a match lies in the text");
    require(ref.source.begin <= ref.source.end && ref.source.end <= doc.original.size(),
            "a reference's source lies in the file");
    const std::string written = doc.original_text(ref.source);
    const bool markup = (doc.format == kamerref::Format::xml || doc.format == kamerref::Format::html) &&
                        written.find_first_of("<&") != std::string::npos;
    if (markup)
      require(ref.text == doc.text.substr(ref.match.begin, ref.match.size()),
              "a reference's text across markup is its match in the normalised text");
    else
      require(ref.text == written, "a reference's text is the bytes at its source, as UTF-8");
  }
  std::string line = kamerref::to_json_line(extraction);
  require(line.find('\n') == std::string::npos, "extract --json writes one line per document");
}
