#pragma once
// Many fixed phrases found in one pass over a text (a trie walked from each
// place a phrase may begin), with the loose matching gazetteers need:
//  - letters compare case-insensitively with diacritics folded (`Coördinator`
//    = `coordinator`), unless the phrase was added as case-sensitive (`DSA`
//    must not match `dsa`; case-sensitive phrases still fold diacritics);
//  - spaces, hyphens and line breaks are ignored on both sides, so `Online-
//    Inhoud` finds `Online Inhoud`, `online-inhoud` and `onlineinhoud`;
//  - the punctuation names carry (`( ) / . ' & , :`) must match as written,
//    any other character breaks a phrase;
//  - a hit must start on a word boundary, and by default end on one too.
// Since a hit starts on a word boundary, the trie is walked only from word
// starts and punctuation, and each walk ends where no phrase goes on: the
// cost is a byte test per byte plus a few trie steps per word, whatever the
// number of phrases.
#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kamerref/load/offset_map.h"

namespace kamerref {

class PhraseDictionary {
 public:
  struct Hit {
    Span span;          // in the searched text
    std::size_t value;  // what add() was given
  };

  // `value` is the caller's (an index into its own table). Empty phrases and
  // phrases without letters or digits are ignored.
  void add(std::string_view phrase, std::size_t value, bool case_sensitive = false);

  // Whether a hit must end on a word boundary. `any` lets a phrase run into
  // a following word or number (`DTN` in `DTN42`), for callers that use the
  // hits as candidates and check the end themselves (a regex at the hit).
  enum class WordEnd { required, any };

  // Walks remembered from earlier searches of one dictionary (a walk's hits
  // follow from the bytes it read), for a caller that searches many texts:
  // a text meets the same words as the texts before it, and a walk from a
  // word the memo knows is not walked again. One memo serves one search at
  // a time; it keeps to the dictionary and WordEnd it was last used with
  // and forgets all when given another. Some 48 KB. Used where the start
  // filter is built (build_start_filter()); without one, find_all walks
  // from every word start, memo or not.
  class WalkMemo;
  struct WalkMemoDeleter {
    void operator()(WalkMemo* memo) const;
  };
  static std::unique_ptr<WalkMemo, WalkMemoDeleter> make_walk_memo();

  // Every hit, overlapping ones included, ordered by begin, longest first.
  // Same hits with a memo or without.
  std::vector<Hit> find_all(std::string_view text, WordEnd word_end = WordEnd::required,
                            WalkMemo* memo = nullptr) const;

  std::size_t size() const { return patterns_.size(); }
  // Every phrase as it was added, for a dictionary that combines several
  // (anchors.h: all modules' dictionaries in one pass).
  struct Entry {
    std::string phrase;
    std::size_t value;
    bool case_sensitive;
  };
  const std::vector<Entry>& entries() const { return entries_; }
  // Whether a hit that ends at `end` ends on a word boundary (WordEnd::required).
  static bool ends_word(std::string_view text, std::size_t end);
  // The order find_all() returns: by begin, longest first, then by value.
  static void sort_hits(std::vector<Hit>& hits);

  // find_all() only reads the trie, so threads may share a dictionary (a
  // gazetteer in a function-local static) once its last add() is done.

  // For a dictionary searched in many texts (after its last add()): most
  // word starts begin no phrase, and which ones may is told by the first
  // four characters. This tabulates that once (a verdict byte per three
  // character classes, rows shared, and a hashed bit per three classes and a
  // fourth, a few ms), so find_all() walks the trie only where they say
  // "may"; without it, find_all() walks from every word start. Same hits
  // either way; a later add() drops the tables.
  void build_start_filter();

 private:
  static constexpr int kAlphabet = 72;  // 0-9 a-z A-Z, 8 punctuation marks, break, other
  // A node keeps which symbols lead on in a 72-bit mask and its children
  // side by side in `Trie::edges`, in symbol order: a child is found by the
  // count of mask bits below its symbol. A node takes 24 bytes instead of a
  // 72-entry row, so the thousands of gazetteer phrases build quickly and
  // the nodes a walk visits stay in cache.
  struct Node {
    std::uint64_t low = 0;    // symbols 0..63
    std::uint8_t high = 0;    // symbols 64..71
    std::uint8_t count = 0;   // children
    std::uint8_t room = 0;    // places for children at `first`
    std::int32_t first = 0;   // the children's place in `edges`
    std::int32_t output = -1; // first pattern ending here
  };
  struct Pattern {
    std::size_t value;
    std::int32_t next_same_node = -1;
  };
  struct Trie {
    std::vector<Node> nodes;
    std::vector<std::int32_t> edges;
    // the root's children once more as a full row: every walk starts there
    std::array<std::int32_t, kAlphabet> root{};
    std::vector<Pattern> patterns;
    void insert(const std::vector<std::uint8_t>& symbols, std::size_t value);
    // The child of `node` by `symbol`, or 0 (the root is no one's child).
    std::int32_t child(std::int32_t node, std::uint8_t symbol) const;
  };

  // A walk returns where it stopped reading: one past the last byte it
  // read, a multi-byte character's bytes counted as many as its first byte
  // says (its decoding looks at them all), past the text's size where one
  // would run over its end.
  static std::size_t walk(const Trie& trie, const std::array<std::uint8_t, 128>& ascii, bool keep_case,
                          std::string_view text, std::size_t begin, WordEnd word_end, std::vector<Hit>& hits);
  static std::size_t walk_on(const Trie& trie, const std::array<std::uint8_t, 128>& ascii, bool keep_case,
                             std::string_view text, std::size_t begin, std::size_t end, std::int32_t node,
                             WordEnd word_end, std::vector<Hit>& hits);

  // The classes the start filter tells characters by: an ASCII byte's
  // case-keeping symbol, kUncertain for a byte of a multi-byte character or
  // the text's end (the walk decides those), kSeparatorClass for an ASCII
  // separator (space, hyphen, line break).
  static constexpr int kClasses = kAlphabet + 1;
  static constexpr std::uint8_t kUncertain = kAlphabet;
  static constexpr std::uint8_t kSeparatorClass = kAlphabet + 1;
  static constexpr std::size_t kRawClasses = kAlphabet + 2;
  // A row's place in start_verdicts_: kRawClasses bytes padded to a power
  // of two, so a row's start is a shift of its number, not a multiplication.
  static constexpr std::size_t kRowStride = 128;
  static_assert(kRowStride >= kRawClasses);
  enum class StartVerdict { none, may, deeper };
  static StartVerdict start_verdict(const Trie& trie, const std::array<std::uint8_t, 3>& symbols);
  // A verdict byte per three classes c0, c1, c2, for a walk from a word
  // start whose first three symbols have these classes: kMay, it may give a
  // hit; kDeeper, only if the fourth character's bit in fourth_filter_ is set
  // too; kNone, it gives none. Those of every c2 after c0, c1 form a row
  // (kRawClasses bytes in start_verdicts_, from
  // start_row_of_[c0 * kRawClasses + c1] * kRowStride); rows are kept once
  // however many c0, c1 share them, so the few KB a scan reads stay in the
  // first-level cache. The row of c1 = kSeparatorClass (a one-letter word:
  // the second symbol is further on) says kRecheck wherever c0 may begin a
  // phrase: the scan then reads the classes past the separator. Empty: no
  // filter.
  static constexpr std::uint8_t kNone = 0, kMay = 1, kDeeper = 2, kRecheck = 3;
  std::vector<std::uint8_t> start_verdicts_;
  std::vector<std::uint16_t> start_row_of_;
  // start_row_of_ by a start's first two bytes as they stand, read as one
  // 16-bit number in memory order: the scan reads a row number with one
  // lookup instead of two class lookups, a multiplication and a third
  // lookup per word start.
  // 64 K entries, 128 KB, but the words of a text begin with a few dozen
  // bytes, and the letters after each sit in one or two cache lines.
  std::vector<std::uint16_t> start_row_of_bytes_;
  // The state of a word start's filter: its verdict (bits 0-1), where its
  // fourth character is read (bits 2-4: the offset from the start) and its
  // key (bits 5 on: (c0 * kRawClasses + c1) * kRawClasses + c2), read past
  // one separator before the second and before the third symbol.
  std::uint32_t start_state(std::string_view text, std::size_t begin) const;
  // a bit per three classes and a folded fourth (fourth_symbol_bit, hashed):
  // some trie goes on with that fourth symbol (or the class is uncertain)
  std::vector<std::uint64_t> fourth_filter_;
  int fourth_shift_ = 52;
  std::size_t fourth_symbol_bit(std::size_t key, std::uint8_t fourth) const;

  // whether a phrase begins with a punctuation mark: only then may a walk
  // from a byte that is no word byte find anything
  bool punctuation_begins_ = false;
  std::vector<std::pair<std::size_t, bool>> patterns_;  // value, case-sensitive (for size())
  std::vector<Entry> entries_;
  Trie folded_;     // case-insensitive phrases
  Trie sensitive_;  // case-sensitive phrases
};

}  // namespace kamerref
