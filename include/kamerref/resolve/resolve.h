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
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
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

// Distinct words in sorted order, held in one string: every request keeps
// its words until pass 2, and as a std::set of strings they were about 2 KB
// a request, most of the peak memory of `extract` over 1 GB of letters.
class WordList {
 public:
  WordList() = default;
  explicit WordList(const std::set<std::string>& words);
  std::size_t size() const { return ends_.size(); }
  // Its two parts as they are held, and the list made of them again (for
  // requests written to a file and read back: encode_requests).
  std::string_view text() const { return text_; }
  const std::vector<std::uint32_t>& ends() const { return ends_; }
  WordList(std::string text, std::vector<std::uint32_t> ends) : text_(std::move(text)), ends_(std::move(ends)) {}
  std::string_view operator[](std::size_t i) const {
    const std::size_t begin = i == 0 ? 0 : ends_[i - 1];
    return std::string_view(text_).substr(begin, ends_[i] - begin);
  }

 private:
  std::string text_;                 // the words one after the other
  std::vector<std::uint32_t> ends_;  // where each ends in text_
};

// What one unbound reference needs to be bound, taken from it in pass 1.
struct ResolutionRequest {
  std::size_t reference = 0;  // index in Extraction::references
  RefKind kind = RefKind::motion;
  std::string id;  // its id now: motie-michon-derkzen, letter-...
  // motions
  std::vector<std::string> indieners;       // as written, for the notes
  std::vector<std::string> indiener_slugs;  // michon-derkzen
  WordList words;                           // subject words to match
  bool from_subject = false;                // words from a written subject, not the whole sentence
  // letters
  LetterKey letter;
};

struct Binding {
  std::size_t reference = 0;  // index in Extraction::references
  std::string id;             // the kst id it takes
};

// Small numbers for strings seen many times (kst ids, indiener slugs, subject
// words): the index of a corpus of 10^5 motions holds each string once and
// compares numbers.
class StringTable {
 public:
  std::uint32_t intern(const std::string& s);
  std::optional<std::uint32_t> find(const std::string& s) const;
  const std::string& at(std::uint32_t n) const { return *strings_[n]; }
  std::size_t size() const { return strings_.size(); }

 private:
  std::unordered_map<std::string, std::uint32_t> numbers_;
  std::vector<const std::string*> strings_;  // keys of numbers_ (their nodes never move)
};

// Pass 1: the facts one Extraction gives about motions and letters with a kst
// id, taken out of it where it was made (on a worker thread of `extract`), so
// that learning them is only the index's own updates.
struct Lessons {
  struct Motion {
    std::string id;
    std::vector<std::string> indiener_slugs;  // none: nothing to learn
    std::set<std::string> words;
  };
  struct Letter {
    std::string series, month;  // voortgangsbrief, 2025-12
    std::string name;           // slug, may be empty
    std::string id;
  };
  std::vector<Motion> motions;  // in the order the document gives them
  std::vector<Letter> letters;
};
Lessons lessons_of(const Extraction& x);

class ResolutionIndex {
 public:
  // Pass 1: the facts `x` gives about motions and letters with a kst id.
  void learn(const Extraction& x) { learn(lessons_of(x)); }
  void learn(const Lessons& lessons);
  // Pass 2: decides each request of the document `file`; notes say what was
  // bound and what stayed unbound and why.
  std::vector<Binding> bind(const std::string& file, const std::vector<ResolutionRequest>& requests,
                            std::vector<ResolutionNote>& notes) const;
  // What bind keeps from one call to the next: a count per known motion, all
  // zero between calls. Without it every document with a motion to bind
  // cleared an array of every motion of the corpus (a tenth of `extract`'s
  // pass 2 on 1 GB of letters). One per thread.
  class BindScratch {
    friend class ResolutionIndex;
    std::vector<int> shared_;
  };
  std::vector<Binding> bind(const std::string& file, const std::vector<ResolutionRequest>& requests,
                            std::vector<ResolutionNote>& notes, BindScratch& scratch) const;

 private:
  using Number = std::uint32_t;
  struct MotionEvidence {
    std::vector<std::vector<Number>> indiener_lists;  // distinct lists of slugs, one per way it was named
    std::vector<Number> firsts;                       // distinct first indieners of those lists
    std::vector<Number> words;                        // sorted, distinct
  };
  // Numbers of `a` and `b` in one key of motions_by_word_.
  static std::uint64_t pair_key(Number a, Number b) { return (std::uint64_t{a} << 32) | b; }
  void add_motion_evidence(const Lessons::Motion& motion);
  bool fits(const std::vector<Number>& mention, Number motion) const;
  void bind_motion(const std::string& file, const ResolutionRequest& request, std::vector<int>& shared,
                   std::vector<Binding>& out, std::vector<ResolutionNote>& notes) const;
  void bind_letter(const std::string& file, const ResolutionRequest& request, std::vector<Binding>& out,
                   std::vector<ResolutionNote>& notes) const;

  StringTable ids_, slugs_, words_;
  std::vector<MotionEvidence> motions_;                           // by number in ids_
  std::unordered_map<Number, std::vector<Number>> motions_by_first_;  // first indiener -> motions
  // (first indiener, subject word) -> motions: a request scores only the
  // motions that share a word with it, not every motion of a prolific member
  std::unordered_map<std::uint64_t, std::vector<Number>> motions_by_word_;
  // (series, month) -> name slug -> kst ids
  std::map<std::pair<std::string, std::string>, std::map<std::string, std::set<std::string>>> letters_;
};

// Pass 1: the references of `x` that resolution may bind.
std::vector<ResolutionRequest> resolution_requests(const Extraction& x);

// Requests as bytes and back, for `extract` to keep them in its spill file
// until pass 2 instead of in memory: 10^5 documents' requests were tens of MB
// of the run's peak. decode_requests(encode) gives equal requests; it reads
// from the front of `bytes` and moves `bytes` past what it read, and throws
// std::runtime_error when `bytes` ends too soon.
void encode_requests(const std::vector<ResolutionRequest>& requests, std::string& out);
std::vector<ResolutionRequest> decode_requests(std::string_view& bytes);

// Rewrites the ids the bindings name and records how they were found.
void apply_bindings(Extraction& x, const std::vector<Binding>& bindings);

// Both passes over extractions held in memory; rewrites ids in place and
// returns what it did and what it could not decide.
std::vector<ResolutionNote> resolve_corpus(std::vector<Extraction>& extractions);

}  // namespace kamerref
