#include "kamerref/extract/anchors.h"

#include <hs/hs.h>

#include <algorithm>
#include <cstring>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <utility>

#include "kamerref/extract/regex_util.h"

namespace kamerref {

namespace {

// Things of one kind that no scan is using, each with the thread that gave
// it back. A thread takes back its own where there is one: what its last
// scan warmed is still in its core's caches (the one given back last would
// be the other thread's half the time, and come from the other core).
template <class T>
struct IdlePool {
  std::vector<std::pair<std::thread::id, T>> idle;
  // One of them, this thread's own where there is one; false when none is idle.
  bool take(T& out) {
    if (idle.empty()) return false;
    const std::thread::id me = std::this_thread::get_id();
    std::size_t pick = idle.size() - 1;
    for (std::size_t i = 0; i < idle.size(); ++i)
      if (idle[i].first == me) {
        pick = i;
        break;
      }
    out = std::move(idle[pick].second);
    idle.erase(idle.begin() + static_cast<std::ptrdiff_t>(pick));
    return true;
  }
  // Keeps `item`; false, `item` untouched, where there is no room to.
  bool give(T& item) noexcept {
    try {
      idle.emplace_back(std::this_thread::get_id(), std::move(item));
      return true;
    } catch (...) {
      return false;
    }
  }
};

}  // namespace

struct AnchorDatabase::Compiled {
  hs_database_t* database = nullptr;
  hs_scratch_t* prototype = nullptr;  // cloned for each thread that scans: a scratch serves one scan at a time
  // Scratches no scan is using. Cloning one costs more than scanning a
  // small document, so a scan borrows one and gives it back; there are as
  // many as scans ever ran at once (one per extracting thread).
  std::mutex idle_mutex;
  IdlePool<hs_scratch_t*> scratches;
  // The same for the dictionaries' walk memos (PhraseDictionary::WalkMemo):
  // a scan remembers the walks of the documents its thread scanned before.
  IdlePool<std::unique_ptr<PhraseDictionary::WalkMemo, PhraseDictionary::WalkMemoDeleter>> memos;
  ~Compiled() {
    for (auto& [thread, s] : scratches.idle) hs_free_scratch(s);
    if (prototype) hs_free_scratch(prototype);
    if (database) hs_free_database(database);
  }
};

namespace {

// Disposes of what a pool had no room to keep: a scratch is freed, a memo
// frees itself.
void discard(hs_scratch_t* scratch) { hs_free_scratch(scratch); }
void discard(const std::unique_ptr<PhraseDictionary::WalkMemo, PhraseDictionary::WalkMemoDeleter>&) {}

// One of the database's scratches or memos for one scan, given back to its
// pool when the scan ends; `make` makes one where none is idle.
template <class T>
class Borrowed {
 public:
  template <class Make>
  Borrowed(std::mutex& mutex, IdlePool<T>& pool, Make&& make) : mutex_(mutex), pool_(pool) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (pool_.take(item_)) return;
    }
    item_ = make();
  }
  ~Borrowed() {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!pool_.give(item_)) discard(item_);  // no room to keep it: a later scan makes another
  }
  Borrowed(const Borrowed&) = delete;
  Borrowed& operator=(const Borrowed&) = delete;
  const T& get() const { return item_; }

 private:
  std::mutex& mutex_;
  IdlePool<T>& pool_;
  T item_{};
};

}  // namespace

AnchorDatabase::AnchorDatabase(std::span<const std::span<const AnchorLiteral>> tables,
                               std::span<const std::span<const DictionaryAnchor>> dictionaries)
    : compiled_(std::make_unique<Compiled>()) {
  for (std::span<const DictionaryAnchor> table : dictionaries)
    for (const DictionaryAnchor& d : table) {
      for (const DictionaryAnchor& known : dictionaries_)
        if (known.dictionary == d.dictionary) throw std::logic_error("a dictionary declared twice");
      for (const PhraseDictionary::Entry& e : d.dictionary->entries()) {
        combined_.add(e.phrase, owners_.size(), e.case_sensitive);
        owners_.push_back({dictionaries_.size(), e.value});
      }
      dictionaries_.push_back(d);
    }
  combined_.build_start_filter();  // searched in every document
  std::size_t declared = 0;
  for (std::span<const AnchorLiteral> table : tables) declared += table.size();
  // at most a quarter of the slots taken: a lookup seldom probes twice
  std::size_t slots = 16;
  while (slots < 4 * declared) slots *= 2;
  id_slots_.assign(slots, -1);
  place_slots_.assign(slots, PlaceSlot{});
  id_slot_mask_ = slots - 1;
  for (std::span<const AnchorLiteral> table : tables)
    for (const AnchorLiteral& a : table) {
      if (a.text.empty()) throw std::logic_error("an empty anchor literal");
      // one id per literal: modules that share an anchor share its places
      if (find_id(a.text, a.caseless) >= 0) continue;
      std::size_t slot = literal_hash(a.text, a.caseless) & id_slot_mask_;
      while (id_slots_[slot] >= 0) slot = (slot + 1) & id_slot_mask_;
      const auto id = static_cast<std::int32_t>(literals_.size());
      id_slots_[slot] = id;
      std::size_t place = place_hash(a.text.data(), a.caseless) & id_slot_mask_;
      while (place_slots_[place].id >= 0) place = (place + 1) & id_slot_mask_;
      place_slots_[place] = {a.text.data(), size_caseless(a.text, a.caseless), id};
      literals_.push_back(a);
    }
  if (literals_.empty()) return;
  std::vector<const char*> expressions;
  std::vector<std::size_t> lengths;
  std::vector<unsigned> flags, ids;
  for (std::size_t i = 0; i < literals_.size(); ++i) {
    expressions.push_back(literals_[i].text.data());
    lengths.push_back(literals_[i].text.size());
    flags.push_back(literals_[i].caseless ? HS_FLAG_CASELESS : 0);
    ids.push_back(static_cast<unsigned>(i));
  }
  hs_compile_error_t* error = nullptr;
  if (hs_compile_lit_multi(expressions.data(), flags.data(), ids.data(), lengths.data(),
                           static_cast<unsigned>(literals_.size()), HS_MODE_BLOCK, nullptr, &compiled_->database,
                           &error) != HS_SUCCESS) {
    std::string message = error && error->message ? error->message : "unknown error";
    hs_free_compile_error(error);
    throw std::logic_error("the anchor literals do not compile: " + message);
  }
  if (hs_alloc_scratch(compiled_->database, &compiled_->prototype) != HS_SUCCESS)
    throw std::bad_alloc();
}

AnchorDatabase::~AnchorDatabase() = default;

std::size_t AnchorDatabase::literal_hash(std::string_view literal, bool caseless) {
  // the first and the last eight bytes (overlapping, or fewer, for a short
  // literal), read as numbers: no loop over the bytes
  std::uint64_t first = 0, last = 0;
  const std::size_t n = literal.size();
  if (n > 0) std::memcpy(&first, literal.data(), std::min<std::size_t>(n, 8));  // (an empty view may hold no pointer)
  if (n > 8) std::memcpy(&last, literal.data() + n - 8, 8);
  std::uint64_t h = (first * 0x9E3779B97F4A7C15u) ^ (last * 0xC2B2AE3D27D4EB4Fu) ^ (n << 1 | (caseless ? 1u : 0u));
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9u;
  return static_cast<std::size_t>(h ^ (h >> 32));
}

std::int32_t AnchorDatabase::find_id(std::string_view literal, bool caseless) const {
  if (id_slots_.empty()) return -1;
  for (std::size_t slot = place_hash(literal.data(), caseless) & id_slot_mask_;; slot = (slot + 1) & id_slot_mask_) {
    const PlaceSlot& place = place_slots_[slot];
    if (place.id < 0) break;
    if (place.data == literal.data() && place.size_caseless == size_caseless(literal, caseless)) return place.id;
  }
  for (std::size_t slot = literal_hash(literal, caseless) & id_slot_mask_;; slot = (slot + 1) & id_slot_mask_) {
    const std::int32_t id = id_slots_[slot];
    if (id < 0) return -1;
    const AnchorLiteral& known = literals_[static_cast<std::size_t>(id)];
    if (known.caseless == caseless && known.text == literal) return id;
  }
}

namespace {

// A literal's start as the scan reports it, before the starts are put
// literal by literal.
struct FoundLiteral {
  std::uint32_t id;
  std::size_t start;
};

struct ScanState {
  const AnchorDatabase* database;
  std::vector<FoundLiteral>* found;
};

int on_literal(unsigned int id, unsigned long long /*from*/, unsigned long long to, unsigned int /*flags*/,
               void* context) {
  auto* state = static_cast<ScanState*>(context);
  // a literal's start is its end less its length (Hyperscan reports ends)
  state->found->push_back({id, static_cast<std::size_t>(to) - state->database->length_of(static_cast<int>(id))});
  return 0;
}

}  // namespace

AnchorIndex::AnchorIndex(const AnchorDatabase& database, std::string_view text)
    : database_(&database), text_(text), phrase_hits_(database.dictionaries_.size()) {
  // the dictionaries: one scan that asks no word end, then each dictionary
  // keeps the hits its own search would give
  if (!database.dictionaries_.empty()) {
    const Borrowed memo(database.compiled_->idle_mutex, database.compiled_->memos,
                        [] { return PhraseDictionary::make_walk_memo(); });
    for (const PhraseDictionary::Hit& hit :
         database.combined_.find_all(text, PhraseDictionary::WordEnd::any, memo.get().get())) {
      const AnchorDatabase::Owner& owner = database.owners_[hit.value];
      if (database.dictionaries_[owner.dictionary].word_end == PhraseDictionary::WordEnd::required &&
          !PhraseDictionary::ends_word(text, hit.span.end))
        continue;
      phrase_hits_[owner.dictionary].push_back({hit.span, owner.value});
    }
    for (std::vector<PhraseDictionary::Hit>& hits : phrase_hits_) PhraseDictionary::sort_hits(hits);
  }
  first_place_.assign(database.size() + 1, 0);
  if (!database.compiled_->database || text.empty()) return;
  AnchorDatabase::Compiled& compiled = *database.compiled_;
  const Borrowed borrowed(compiled.idle_mutex, compiled.scratches, [&compiled] {
    hs_scratch_t* clone = nullptr;
    if (hs_clone_scratch(compiled.prototype, &clone) != HS_SUCCESS) throw std::bad_alloc();
    return clone;
  });
  hs_scratch_t* scratch = borrowed.get();
  // Hyperscan reports literals by ascending end, so each literal's starts
  // come in text order
  std::vector<FoundLiteral> found;
  found.reserve(64);
  ScanState state{&database, &found};
  // Hyperscan's block mode takes an unsigned length: a text past 4 GiB goes
  // through in pieces that overlap by the longest literal
  constexpr std::size_t kPiece = std::size_t{1} << 31;
  hs_error_t result = HS_SUCCESS;
  if (text.size() <= kPiece) {
    result = hs_scan(database.compiled_->database, text.data(), static_cast<unsigned>(text.size()), 0, scratch,
                     on_literal, &state);
  } else {
    // pieces are only for texts no file loader makes today (256 MiB limit by
    // default); kept so a lifted limit stays correct
    std::vector<FoundLiteral> piece_found;
    // per literal, one past its last start so far: a start in the overlap
    // was found by the piece before, too
    std::vector<std::size_t> found_up_to(database.size(), 0);
    for (std::size_t from = 0; from < text.size() && result == HS_SUCCESS;) {
      std::size_t size = std::min(kPiece, text.size() - from);
      piece_found.clear();
      ScanState piece{&database, &piece_found};
      result = hs_scan(database.compiled_->database, text.data() + from, static_cast<unsigned>(size), 0, scratch,
                       on_literal, &piece);
      for (const FoundLiteral& f : piece_found) {
        const std::size_t at = from + f.start;
        if (at < found_up_to[f.id]) continue;
        found.push_back({f.id, at});
        found_up_to[f.id] = at + 1;
      }
      if (from + size >= text.size()) break;
      std::size_t longest = 0;
      for (std::size_t i = 0; i < database.size(); ++i) longest = std::max(longest, database.length_of(static_cast<int>(i)));
      from += size - (longest - 1);
    }
  }
  if (result != HS_SUCCESS) throw std::runtime_error("the anchor scan failed (Hyperscan error " + std::to_string(result) + ")");
  // literal by literal, each literal's starts in the order found: a count
  // per literal, where each literal's run begins, then each start put at
  // its literal's next place (first_place_[id] walks to its run's end,
  // which is where the next literal's run begins)
  for (const FoundLiteral& f : found) ++first_place_[f.id + 1];
  for (std::size_t id = 1; id < first_place_.size(); ++id) first_place_[id] += first_place_[id - 1];
  places_.resize(found.size());
  for (const FoundLiteral& f : found) places_[first_place_[f.id]++] = f.start;
  for (std::size_t id = first_place_.size() - 1; id > 0; --id) first_place_[id] = first_place_[id - 1];
  first_place_[0] = 0;
}

void AnchorIndex::no_such_anchor(std::string_view literal) {
  throw std::logic_error("anchor `" + std::string(literal) + "` is in no module's anchor table");
}

const std::vector<PhraseDictionary::Hit>& AnchorIndex::phrases(const PhraseDictionary& dictionary) const {
  for (std::size_t i = 0; i < database_->dictionaries_.size(); ++i)
    if (database_->dictionaries_[i].dictionary == &dictionary) return phrase_hits_[i];
  throw std::logic_error("a dictionary that no module's table declares");
}

void AnchorIndex::append(std::string_view literal, std::vector<std::size_t>& out) const {
  std::span<const std::size_t> s = occurrences(literal);
  out.insert(out.end(), s.begin(), s.end());
}

std::vector<Span> AnchorIndex::windows(std::initializer_list<std::string_view> anchors, std::size_t before,
                                       std::size_t after) const {
  // Most documents hold none of most anchors, and a module asks for
  // windows some thirty times per document: no places cost no allocation,
  // and one literal's places (ascending already) need no sort.
  std::span<const std::size_t> places;
  std::size_t literals_with_places = 0;
  for (std::string_view anchor : anchors)
    if (std::span<const std::size_t> s = occurrences(anchor); !s.empty()) {
      places = s;
      ++literals_with_places;
    }
  if (literals_with_places == 0) return {};
  if (literals_with_places > 1) {
    std::vector<std::size_t> hits;
    for (std::string_view anchor : anchors) append(anchor, hits);
    return windows_around(std::move(hits), text_.size(), before, after);
  }
  // windows_around's windows, merged as they are made
  std::vector<Span> merged;
  for (std::size_t p : places) {
    const Span w{p > before ? p - before : 0, std::min(text_.size(), p + after)};
    if (!merged.empty() && w.begin <= merged.back().end)
      merged.back().end = std::max(merged.back().end, w.end);
    else
      merged.push_back(w);
  }
  return merged;
}

}  // namespace kamerref
