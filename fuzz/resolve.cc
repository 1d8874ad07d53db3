// Fuzz target resolve: the fuzz input is up to four small text documents
// separated by a line `===` (fuzz.dict lists the separator). Each is loaded
// (`doc<N>.txt`) and extracted; then the extractions go through what every
// corpus-wide command does with them: resolve_corpus (src/resolve/resolve.cc:
// motions in words bound to the Kamerstuk another document gives them,
// letters described in words bound to a footnote elsewhere), build_graph
// (src/graph/graph.cc, with letter series) and both audits
// (src/analyse/motions.cc, src/analyse/commitments.cc: topic matching over
// the documents' texts).
// Checked: resolution rewrites ids but never drops or adds a reference, and
// no id ends up empty.
#include "fuzz_target.h"
#include "kamerref/analyse/commitments.h"
#include "kamerref/analyse/motions.h"
#include "kamerref/extract/extract.h"
#include "kamerref/graph/graph.h"
#include "kamerref/load/load.h"
#include "kamerref/resolve/resolve.h"

KAMERREF_FUZZ_TARGET(resolve) {
  std::vector<kamerref::Extraction> extractions;
  kamerref::DocumentTexts texts;
  std::size_t number = 0;
  for (std::string_view part : kamerref::fuzz::split(data, "\n===\n", 4)) {
    std::string file = "doc" + std::to_string(++number) + ".txt";
    try {
      kamerref::Document doc = kamerref::load_document_from_bytes(file, std::string(part));
      extractions.push_back(kamerref::extract_document(doc));
      texts[file] = std::move(doc.text);
    } catch (const kamerref::LoadError&) {
    }
  }
  std::vector<std::size_t> counts;
  for (const auto& e : extractions) counts.push_back(e.references.size());

  kamerref::resolve_corpus(extractions);

  using kamerref::fuzz::require;
  for (std::size_t i = 0; i < extractions.size(); ++i) {
    require(extractions[i].references.size() == counts[i], "resolution keeps every reference");
    for (const kamerref::Reference& ref : extractions[i].references)
      require(!ref.id.empty(), "resolution leaves no empty id");
  }
  kamerref::ReferenceGraph graph = kamerref::build_graph(extractions);
  (void)kamerref::audit_motions(graph);
  kamerref::CommitmentAuditOptions options;
  options.as_of = "2026-06-01";
  (void)kamerref::audit_commitments(graph, texts, options);
}
