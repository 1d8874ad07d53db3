#include "kamerref/extract/extract.h"

#include <algorithm>
#include <numeric>
#include <optional>
#include <span>
#include <time.h>
#include <stdexcept>

#include "kamerref/extract/context.h"
#include "kamerref/extract/eu.h"
#include "kamerref/extract/kamerstuk.h"
#include "kamerref/extract/law.h"
#include "kamerref/extract/metadata.h"
#include "kamerref/extract/commitment.h"
#include "kamerref/extract/debate.h"
#include "kamerref/extract/decision.h"
#include "kamerref/extract/letter.h"
#include "kamerref/extract/motion.h"
#include "kamerref/extract/report.h"

namespace kamerref {
namespace {

std::span<const AnchorLiteral> no_anchors() { return {}; }
std::span<const DictionaryAnchor> no_dictionaries() { return {}; }

// The pattern modules, in the order they run. A module appends references;
// later modules may read what earlier ones found (a motion binds to the
// Kamerstuk number its footnote holds).
struct NamedModule {
  const char* name;  // for warnings
  PatternModule run;
  std::span<const AnchorLiteral> (*anchors)();  // the module's anchor table (anchors.h)
  std::span<const DictionaryAnchor> (*dictionaries)();  // its gazetteers, searched in the same pass
};
constexpr NamedModule kModules[] = {
    {"kamerstukken", extract_kamerstukken, kamerstuk_anchors, no_dictionaries},
    {"eu", extract_eu_acts, eu_anchors, eu_dictionaries},
    {"reports", extract_reports, report_anchors, report_dictionaries},
    {"laws", extract_laws, law_anchors, law_dictionaries},
    {"motions", extract_motions, motion_anchors, no_dictionaries},
    {"decisions", extract_decisions, decision_anchors, no_dictionaries},  // rewrites the motions' relations: after them
    {"letters", extract_letters, letter_anchors, no_dictionaries},
    {"debates", extract_debates, debate_anchors, debate_dictionaries},
    {"commitments", extract_commitments, no_anchors, commitment_dictionaries},
};

// Evidence every reference carries: bytes on disk, line, footnote, sentence.
// Each reference's evidence depends on its own match and the document only,
// so the references are put in order first (the order they are written in)
// and those that begin at the same byte share one sentence walk, one
// footnote lookup and one squeezed sentence.
void finish_references(const ExtractContext& ctx, std::vector<Reference>& refs) {
  // In text order, ties in the order found. A Reference is large (strings,
  // attributes): the order is worked out on indices, and each reference is
  // moved once, not log n times as a merge sort would.
  {
    std::vector<std::size_t> order(refs.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return refs[a].match.begin < refs[b].match.begin; });
    if (!std::is_sorted(order.begin(), order.end())) {
      std::vector<Reference> sorted;
      sorted.reserve(refs.size());
      for (std::size_t k : order) sorted.push_back(std::move(refs[k]));
      refs = std::move(sorted);
    }
  }
  const Document& doc = ctx.doc;
  const std::string_view text = doc.text;
  // What the previous reference's position gave; `pos` is the key.
  struct Place {
    std::size_t pos = 0;
    const Footnote* containing = nullptr;  // footnote_containing(pos)
    std::optional<Span> sentence;          // sentence_at(text, pos), once walked
    std::optional<std::optional<int>> footnote;  // footnote_for(pos), once looked up
    std::optional<std::string> squeezed;   // the squeezed sentence, once made
  };
  std::optional<Place> place;
  for (Reference& r : refs) {
    r.source = doc.to_original(r.match);
    // the matched bytes as text: UTF-8 whatever the file's encoding
    r.text = doc.original_text(r.source);
    // In XML and HTML the bytes from start to end can hold markup
    // (`notaoverleg van <datum isodatum="2025-09-08">8 september 2025`): the
    // text is then what a reader sees there, the match in the normalised text.
    // (a loop, not find_first_of: that asks memchr of the two-byte set once
    // per byte of the text)
    if ((doc.format == Format::xml || doc.format == Format::html) &&
        std::any_of(r.text.begin(), r.text.end(), [](char c) { return c == '<' || c == '&'; }))
      r.text = std::string(text.substr(r.match.begin, r.match.size()));
    r.line = doc.line_of(r.source.begin);
    const std::size_t pos = r.match.begin;
    if (!place || place->pos != pos) place = Place{pos, ctx.footnote_containing(pos), {}, {}, {}};
    auto sentence = [&]() -> Span {
      if (!place->sentence) place->sentence = sentence_at(text, pos);
      return *place->sentence;
    };
    if (!r.footnote) {
      // = ctx.footnote_for(pos), with the sentence walk shared
      if (!place->footnote) {
        if (place->containing) place->footnote = place->containing->number;
        else if (const Footnote* f = ctx.footnote_marked_after(pos, sentence())) place->footnote = f->number;
        else place->footnote = std::optional<int>();
      }
      r.footnote = *place->footnote;
    }
    if (r.sentence.empty()) {
      if (!place->squeezed) {
        Span s = sentence();
        if (const Footnote* f = place->containing) {
          s.begin = std::max(s.begin, f->body.begin);
          s.end = std::min(s.end, f->body.end);
        }
        place->squeezed = squeeze(text.substr(s.begin, s.size()));
      }
      r.sentence = *place->squeezed;
    }
  }
}

}  // namespace

const AnchorDatabase& extraction_anchor_database() {
  static const AnchorDatabase database = [] {
    std::vector<std::span<const AnchorLiteral>> tables{metadata_anchors()};
    std::vector<std::span<const DictionaryAnchor>> dictionaries;
    for (const NamedModule& module : kModules) {
      tables.push_back(module.anchors());
      dictionaries.push_back(module.dictionaries());
    }
    return AnchorDatabase(tables, dictionaries);
  }();
  return database;
}

bool run_pattern_module(std::string_view name, PatternModule module, const ExtractContext& ctx,
                        std::vector<Reference>& refs, std::vector<std::string>& warnings) {
  try {
    module(ctx, refs);
    return true;
  } catch (const std::runtime_error& e) {
    // Boost.Regex gives up on a match that takes too many steps (a plain
    // std::runtime_error, "complexity ... exceeded") or too much memory
    // (boost::regex_error, a runtime_error too); nothing else a pattern
    // module calls throws one. The input is hostile or very odd. What the module found before stays; the rest of
    // its kind in this file is missing, and the warning says so.
    warnings.push_back("pattern work bound exceeded in " + std::string(name) + " (" + e.what() +
                       "); references of that kind in this file may be missing");
    return false;
  }
}

namespace {

// Times the stages of one extraction when asked to; costs nothing otherwise.
// The clock is the thread's CPU time, not the wall: on a shared machine the
// wall clock also counts the other programs' turns.
class StageClock {
 public:
  explicit StageClock(StageTimes* times) : times_(times) {
    if (times_) last_ = thread_seconds();
  }
  void lap(std::string_view stage) {
    if (!times_) return;
    double now = thread_seconds();
    times_->stages.push_back({stage, now - last_});
    last_ = now;
  }

 private:
  static double thread_seconds() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
  }
  StageTimes* times_;
  double last_ = 0;
};

Extraction extract_timed(const Document& doc, StageTimes* times) {
  StageClock clock(times);
  AnchorIndex anchors(extraction_anchor_database(), doc.text);
  clock.lap("anchors");
  DocumentMetadata metadata = extract_metadata(doc, anchors);
  clock.lap("metadata");
  std::vector<Footnote> footnotes = find_footnotes(doc);
  clock.lap("footnotes");
  ExtractContext ctx{doc, std::move(footnotes), std::move(metadata.furniture), std::move(metadata.info),
                     std::move(anchors)};
  std::vector<Reference> refs;
  Extraction result;
  result.warnings = doc.warnings;
  result.warnings.insert(result.warnings.end(), metadata.warnings.begin(), metadata.warnings.end());
  for (const NamedModule& module : kModules) {
    run_pattern_module(module.name, module.run, ctx, refs, result.warnings);
    clock.lap(module.name);
  }
  finish_references(ctx, refs);
  result.file = doc.path;
  result.document = std::move(ctx.info);
  result.references = std::move(refs);
  clock.lap("finishing");
  return result;
}

}  // namespace

Extraction extract_document(const Document& doc) { return extract_timed(doc, nullptr); }

Extraction extract_document(const Document& doc, StageTimes& times) { return extract_timed(doc, &times); }

}  // namespace kamerref
