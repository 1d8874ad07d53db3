#include "kamerref/extract/extract.h"

#include <algorithm>

#include "kamerref/extract/context.h"
#include "kamerref/extract/eu.h"
#include "kamerref/extract/kamerstuk.h"
#include "kamerref/extract/law.h"
#include "kamerref/extract/metadata.h"
#include "kamerref/extract/commitment.h"
#include "kamerref/extract/debate.h"
#include "kamerref/extract/letter.h"
#include "kamerref/extract/motion.h"
#include "kamerref/extract/report.h"

namespace kamerref {
namespace {

// The pattern modules, in the order they run. A module appends references;
// later modules may read what earlier ones found (a motion binds to the
// Kamerstuk number its footnote holds).
using PatternModule = void (*)(const ExtractContext&, std::vector<Reference>&);
constexpr PatternModule kModules[] = {
    extract_kamerstukken,
    extract_eu_acts,
    extract_reports,
    extract_laws,
    extract_motions,
    extract_letters,
    extract_debates,
    extract_commitments,
};

// Evidence every reference carries: bytes on disk, line, footnote, sentence.
void finish_references(const ExtractContext& ctx, std::vector<Reference>& refs) {
  const Document& doc = ctx.doc;
  for (Reference& r : refs) {
    r.source = doc.to_original(r.match);
    r.text = std::string(doc.original_bytes(r.source));
    r.line = doc.line_of(r.source.begin);
    if (!r.footnote) r.footnote = ctx.footnote_for(r.match.begin);
    if (r.sentence.empty()) {
      Span s = sentence_at(doc.text, r.match.begin);
      if (const Footnote* f = ctx.footnote_containing(r.match.begin)) {
        s.begin = std::max(s.begin, f->body.begin);
        s.end = std::min(s.end, f->body.end);
      }
      r.sentence = squeeze(std::string_view(doc.text).substr(s.begin, s.size()));
    }
  }
  std::stable_sort(refs.begin(), refs.end(), [](const Reference& a, const Reference& b) {
    return a.match.begin < b.match.begin;
  });
}

}  // namespace

Extraction extract_document(const Document& doc) {
  DocumentMetadata metadata = extract_metadata(doc);
  ExtractContext ctx{doc, find_footnotes(doc), std::move(metadata.furniture), std::move(metadata.info)};
  std::vector<Reference> refs;
  for (PatternModule module : kModules) module(ctx, refs);
  finish_references(ctx, refs);
  Extraction result;
  result.file = doc.path;
  result.document = std::move(ctx.info);
  result.references = std::move(refs);
  result.warnings = doc.warnings;
  return result;
}

}  // namespace kamerref
