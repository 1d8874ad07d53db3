#pragma once
// Resolution across the documents of one run: a motion named only by its
// indieners and subject in one document gets the Kamerstuk number another
// document gives it; a letter described in words gets the number a footnote
// elsewhere gives it.
//
// It runs in two passes so a corpus of any size can stream through it:
//   1. every Extraction is shown to ResolutionIndex::learn (compact facts:
//      indiener slugs, subject words, letter keys) and resolution_requests
//      takes out what its unbound references need; the Extraction itself can
//      then be written out and dropped;
//   2. once every document is learnt, ResolutionIndex::bind decides each
//      request and apply_bindings rewrites the ids.
// resolve_corpus does both for extractions that are all in memory.
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "kamerref/extract/reference.h"

namespace kamerref {

struct ResolutionNote {
  std::string file;
  std::string message;  // what was bound, or why a match was ambiguous
};

// A letter described in words: `de voortgangsbrief van december jl.`
struct LetterKey {
  std::string series;  // voortgangsbrief
  std::string name;    // slug of its name, may be empty
  std::string month;   // 2025-12
  bool operator<(const LetterKey& o) const;
};

// What one unbound reference needs to be bound, taken from it in pass 1.
struct ResolutionRequest {
  std::size_t reference = 0;  // index in Extraction::references
  RefKind kind = RefKind::motion;
  std::string id;  // its id now: motie-michon-derkzen, letter-...
  // motions
  std::vector<std::string> indieners;       // as written, for the notes
  std::vector<std::string> indiener_slugs;  // michon-derkzen
  std::set<std::string> words;              // subject words to match
  bool from_subject = false;                // words from a written subject, not the whole sentence
  // letters
  LetterKey letter;
};

struct Binding {
  std::size_t reference = 0;  // index in Extraction::references
  std::string id;             // the kst id it takes
};

class ResolutionIndex {
 public:
  // Pass 1: the facts `x` gives about motions and letters with a kst id.
  void learn(const Extraction& x);
  // Pass 2: decides each request of the document `file`; notes say what was
  // bound and what stayed unbound and why.
  std::vector<Binding> bind(const std::string& file, const std::vector<ResolutionRequest>& requests,
                            std::vector<ResolutionNote>& notes) const;

 private:
  struct MotionEvidence {
    std::vector<std::vector<std::string>> indiener_slugs;  // one list per source
    std::set<std::string> words;
  };
  void add_motion_evidence(const std::string& id, const std::vector<std::string>& indieners,
                           const std::set<std::string>& words);
  void bind_motion(const std::string& file, const ResolutionRequest& request, std::vector<Binding>& out,
                   std::vector<ResolutionNote>& notes) const;
  void bind_letter(const std::string& file, const ResolutionRequest& request, std::vector<Binding>& out,
                   std::vector<ResolutionNote>& notes) const;

  std::map<std::string, MotionEvidence> motions_;                   // kst id -> evidence
  std::map<std::string, std::set<std::string>> motions_by_first_;  // first indiener slug -> kst ids
  // (first indiener slug, subject word) -> kst ids: a request scores only the
  // motions that share a word with it, not every motion of a prolific member
  std::map<std::pair<std::string, std::string>, std::set<std::string>> motions_by_word_;
  // (series, month) -> name slug -> kst ids
  std::map<std::pair<std::string, std::string>, std::map<std::string, std::set<std::string>>> letters_;
};

// Pass 1: the references of `x` that resolution may bind.
std::vector<ResolutionRequest> resolution_requests(const Extraction& x);

// Rewrites the ids the bindings name and records how they were found.
void apply_bindings(Extraction& x, const std::vector<Binding>& bindings);

// Both passes over extractions held in memory; rewrites ids in place and
// returns what it did and what it could not decide.
std::vector<ResolutionNote> resolve_corpus(std::vector<Extraction>& extractions);

}  // namespace kamerref
