#pragma once
// The one literal pass over a document (issue 15). Every pattern module
// declares the literals its patterns stand next to (`amerstuk`, `Verordening`,
// `nr`) in its own anchor table; the union of all tables is compiled once
// into one Hyperscan literal database, which scans a document's text once.
// A module then reads the places of its literals from the AnchorIndex instead
// of scanning the whole text itself.
//
// The places are exactly what find_occurrences (regex_util.h) gives for the
// same literal: every start, overlapping ones included, in text order; an
// anchor marked caseless is find_occurrences_icase (ASCII letters in any case).
#include <cstddef>
#include <initializer_list>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <cstdint>
#include <vector>

#include "kamerref/extract/dictionary.h"
#include "kamerref/load/offset_map.h"

namespace kamerref {

struct AnchorLiteral {
  std::string_view text;  // as it stands in the text; for caseless ones in lower case
  bool caseless = false;
};

// A module's gazetteer (a PhraseDictionary of names, forms, cue words) and
// how it searches the text with it; its hits come from the same one pass.
struct DictionaryAnchor {
  const PhraseDictionary* dictionary;
  PhraseDictionary::WordEnd word_end = PhraseDictionary::WordEnd::required;
};

// The compiled literals of every declared anchor table, and every declared
// dictionary combined into one trie; built once, shared read-only by
// every thread.
class AnchorDatabase {
 public:
  explicit AnchorDatabase(std::span<const std::span<const AnchorLiteral>> tables,
                          std::span<const std::span<const DictionaryAnchor>> dictionaries = {});
  ~AnchorDatabase();
  AnchorDatabase(const AnchorDatabase&) = delete;
  AnchorDatabase& operator=(const AnchorDatabase&) = delete;

  // The literal's number in the database, or -1 when no table declares it.
  // Inline where a module passes the very bytes its table declared (the
  // usual case, see place_slots_): a hundred and more asks per document.
  int id_of(std::string_view literal, bool caseless) const {
    if (!place_slots_.empty()) {
      const PlaceSlot& place = place_slots_[place_hash(literal.data(), caseless) & id_slot_mask_];
      if (place.data == literal.data() && place.size_caseless == size_caseless(literal, caseless)) return place.id;
    }
    return find_id(literal, caseless);
  }
  std::size_t size() const { return literals_.size(); }
  const AnchorLiteral& literal(int id) const { return literals_[static_cast<std::size_t>(id)]; }
  std::size_t length_of(int id) const { return literal(id).text.size(); }
  std::span<const DictionaryAnchor> dictionaries() const { return dictionaries_; }

  // The compiled Hyperscan database and its scratch space (anchors.cc).
  struct Compiled;

 private:
  friend class AnchorIndex;
  std::vector<AnchorLiteral> literals_;
  // Ids by literal: modules ask for their literals by text, a hundred
  // times and more per document, so a lookup must cost little next to a
  // small document's whole extraction. An open-addressed table of ids
  // (-1: free), hashed from the literal's length and its first and last
  // eight bytes; an id's literal is compared in full.
  std::vector<std::int32_t> id_slots_;
  std::size_t id_slot_mask_ = 0;
  static std::size_t literal_hash(std::string_view literal, bool caseless);
  std::int32_t find_id(std::string_view literal, bool caseless) const;
  // Before that, the same ids by where the literal's bytes are: a module
  // that asks with a string literal usually passes the very bytes its table
  // declared (the linker keeps one copy of equal string constants), and
  // then no byte is read. Filled once; a miss asks id_slots_.
  struct PlaceSlot {
    const char* data = nullptr;
    std::uint32_t size_caseless = 0;  // the literal's size_caseless(): its length and flag, no read of literals_
    std::int32_t id = -1;
  };
  std::vector<PlaceSlot> place_slots_;
  static std::size_t place_hash(const char* data, bool caseless) {
    const auto h = (reinterpret_cast<std::uintptr_t>(data) | (caseless ? 1u : 0u)) * std::uint64_t{0x9E3779B97F4A7C15u};
    return static_cast<std::size_t>(h >> 24);
  }
  static std::uint32_t size_caseless(std::string_view literal, bool caseless) {
    return static_cast<std::uint32_t>(literal.size() << 1 | (caseless ? 1u : 0u));
  }
  std::unique_ptr<Compiled> compiled_;
  // the dictionaries: one trie of all their phrases; a combined value
  // names the dictionary and the value its own add() was given
  std::vector<DictionaryAnchor> dictionaries_;
  PhraseDictionary combined_;
  struct Owner {
    std::size_t dictionary;
    std::size_t value;
  };
  std::vector<Owner> owners_;
};

// Where each declared literal occurs in one text.
class AnchorIndex {
 public:
  // Scans `text` once. The text must outlive the index.
  AnchorIndex(const AnchorDatabase& database, std::string_view text);

  std::string_view text() const { return text_; }
  // Starts of a declared literal, ascending. Asking for a literal no table
  // declares is a programming error: std::logic_error names it.
  std::span<const std::size_t> occurrences(std::string_view literal) const {
    return of_id(database_->id_of(literal, false), literal);
  }
  std::span<const std::size_t> occurrences_icase(std::string_view lower_literal) const {
    return of_id(database_->id_of(lower_literal, true), lower_literal);
  }
  // The database the index was built with, and the starts of the literal
  // with id `id` there (AnchorDatabase::id_of): a module that reads many
  // literals in every document resolves their ids once instead of hashing
  // each literal's text per document.
  const AnchorDatabase& database() const { return *database_; }
  std::span<const std::size_t> occurrences_of(int id) const { return of_id(id, "(by id)"); }
  // Appends the starts of `literal` to `out` (as find_occurrences does).
  void append(std::string_view literal, std::vector<std::size_t>& out) const;
  // Whether any of `literals` occurs. Windows around them are empty where
  // none does and no pattern is tried there: asking first spares a document
  // building those empty windows.
  bool any_occurs(std::initializer_list<std::string_view> literals) const {
    for (std::string_view literal : literals)
      if (!occurrences(literal).empty()) return true;
    return false;
  }
  // Sorted, merged windows [p - before, p + after) around every start of any
  // of `anchors` (as anchor_windows over the text does).
  std::vector<Span> windows(std::initializer_list<std::string_view> anchors, std::size_t before,
                            std::size_t after) const;
  // What dictionary.find_all(text, word_end) gives for a declared dictionary
  // (std::logic_error for one no table declares).
  const std::vector<PhraseDictionary::Hit>& phrases(const PhraseDictionary& dictionary) const;

 private:
  std::span<const std::size_t> of_id(int id, std::string_view literal) const {
    if (id < 0) no_such_anchor(literal);
    const auto literal_id = static_cast<std::size_t>(id);
    return {places_.data() + first_place_[literal_id], first_place_[literal_id + 1] - first_place_[literal_id]};
  }
  [[noreturn]] static void no_such_anchor(std::string_view literal);
  const AnchorDatabase* database_;
  std::string_view text_;
  // Every literal's starts in one array, literal by literal (each in text
  // order); literal id's are places_[first_place_[id], first_place_[id + 1]).
  // A document's few hundred hits cost three allocations, not one growing
  // vector per literal that occurs.
  std::vector<std::size_t> places_;
  std::vector<std::size_t> first_place_;
  std::vector<std::vector<PhraseDictionary::Hit>> phrase_hits_;  // per declared dictionary
};

// The database of every pattern module's anchor table (extract.cc holds the
// module table), compiled on first use.
const AnchorDatabase& extraction_anchor_database();

}  // namespace kamerref
