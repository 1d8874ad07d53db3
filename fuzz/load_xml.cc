// Fuzz target load_xml: the fuzz input is the bytes of a file named
// `fuzz.xml`, fed to load_document_from_bytes (src/load/load.cc), which
// runs what the loader does to every file of a run.
// officielebekendmakingen XML: decoding, xml_to_text through pugixml (<al>,
// <titel>, <noot> footnotes, <meta> pairs; malformed XML and entity
// declarations must be refused with a LoadError) and character normalisation.
// A LoadError (not a document we read) is a designed answer; anything else
// escaping, a sanitizer report or a broken Document invariant is a bug.
#include "document_checks.h"
#include "kamerref/load/load.h"

KAMERREF_FUZZ_TARGET(load_xml) {
  try {
    kamerref::Document doc = kamerref::load_document_from_bytes("fuzz.xml", std::string(data));
    kamerref::fuzz::check_document(doc);
  } catch (const kamerref::LoadError&) {
  }
}
