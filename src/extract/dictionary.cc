#include "kamerref/extract/dictionary.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <map>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "kamerref/load/encoding.h"

namespace kamerref {
namespace {

constexpr std::string_view kPunctuation = "()/.'&,:";  // symbols 62..69
constexpr std::uint8_t kBreak = 70;
constexpr std::uint8_t kOther = 71;
constexpr std::uint8_t kSkip = 255;  // separators: not a symbol at all

// Latin-1 supplement letters folded to ASCII (U+00C0..U+00FF), '-' for none.
constexpr std::string_view kLatin1Fold =
    "AAAAAAACEEEEIIIIDNOOOOO-OUUUUYTsaaaaaaaceeeeiiiidnooooo-ouuuuyty";

std::uint8_t symbol_of_ascii(char c, bool keep_case) {
  if (c >= '0' && c <= '9') return static_cast<std::uint8_t>(c - '0');
  if (c >= 'a' && c <= 'z') return static_cast<std::uint8_t>(10 + c - 'a');
  if (c >= 'A' && c <= 'Z')
    return keep_case ? static_cast<std::uint8_t>(36 + c - 'A') : static_cast<std::uint8_t>(10 + c - 'A');
  if (c == ' ' || c == '-' || c == '\n' || c == '\r' || c == '\t' || c == '\f') return kSkip;
  if (std::size_t k = kPunctuation.find(c); k != std::string_view::npos) return static_cast<std::uint8_t>(62 + k);
  return kBreak;
}

// The symbol of every ASCII byte, for one letter case policy: the scan looks
// these up instead of branching per byte.
struct AsciiSymbols {
  std::array<std::uint8_t, 128> of{};
  explicit AsciiSymbols(bool keep_case) {
    for (int c = 0; c < 128; ++c) of[static_cast<std::size_t>(c)] = symbol_of_ascii(static_cast<char>(c), keep_case);
  }
};

// The start filter's class of every byte: the case-keeping symbol of an
// ASCII byte, "separator" for an ASCII separator (space, hyphen, line
// break), and "uncertain" for every byte of a multi-byte character (which
// may fold to a letter or be a separator: the walk decides).
constexpr std::uint8_t kUncertainClass = 72;   // PhraseDictionary::kUncertain
constexpr std::uint8_t kSeparatorClass = 73;   // PhraseDictionary::kSeparatorClass
struct CharacterClasses {
  std::array<std::uint8_t, 256> of{};
  std::array<std::uint8_t, 256> folded{};  // the same with capitals as small letters
  // `of` with a separator "uncertain": the class of a character read after
  // one separator, where a second one leaves it to the walk
  std::array<std::uint8_t, 256> unseparated{};
  // The class of a start's first byte, where a walk's first symbol is read.
  // A separator or a multi-byte character other than a Latin-1 letter (lead
  // byte 0xC3) is "break": symbol_at() reads such a character as a separator
  // (a no-break space, U+2010, U+2011, U+2013), as a letter it does not fold,
  // or as a byte of no character, and a walk begins with none of those.
  // (UTF-8 encodes U+00C0..U+00FF, the only letters folded, with lead byte
  // 0xC3 alone: utf8_sequence() takes no overlong forms.)
  std::array<std::uint8_t, 256> first{};
  CharacterClasses() {
    for (int c = 0; c < 256; ++c) {
      const std::uint8_t s = c < 0x80 ? symbol_of_ascii(static_cast<char>(c), true) : kUncertainClass;
      of[static_cast<std::size_t>(c)] = s == kSkip ? kSeparatorClass : s;
      unseparated[static_cast<std::size_t>(c)] = s == kSkip ? kUncertainClass : s;
      const std::uint8_t f = c < 0x80 ? symbol_of_ascii(static_cast<char>(c), false) : kUncertainClass;
      folded[static_cast<std::size_t>(c)] = f == kSkip ? kSeparatorClass : f;
      first[static_cast<std::size_t>(c)] = s == kSkip || (c >= 0x80 && c != 0xC3) ? kBreak : s;
    }
  }
};

const CharacterClasses& character_classes() {
  static const CharacterClasses classes;
  return classes;
}

const AsciiSymbols& ascii_symbols(bool keep_case) {
  static const AsciiSymbols folded(false), sensitive(true);
  return keep_case ? sensitive : folded;
}

// The symbol at text[i] and the byte length it covers.
std::uint8_t symbol_at(std::string_view text, std::size_t i, bool keep_case, std::size_t& len) {
  auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) {
    len = 1;
    return ascii_symbols(keep_case).of[c];
  }
  char32_t cp;
  len = utf8_sequence(text, i, cp);
  if (len == 0) {
    len = 1;
    return kOther;
  }
  if (cp >= 0xC0 && cp <= 0xFF && kLatin1Fold[cp - 0xC0] != '-')
    return symbol_of_ascii(kLatin1Fold[cp - 0xC0], keep_case);
  if (cp == 0x00A0 || cp == 0x2010 || cp == 0x2011 || cp == 0x2013) return kSkip;
  return kOther;  // a letter we do not fold: part of a word, matches nothing
}

// symbol_at() for a multi-byte character, `at` moved past it: out of the
// walk's loop, which meets such characters seldom.
[[gnu::noinline, gnu::cold]] std::uint8_t symbol_after(std::string_view text, std::size_t& at, bool keep_case) {
  std::size_t len;
  const std::uint8_t s = symbol_at(text, at, keep_case, len);
  at += len;
  return s;
}

// How many bytes utf8_sequence() looks at for a character that begins with
// byte `c`: the length its first byte says, 1 for one that says none.
constexpr std::size_t bytes_read_at(unsigned char c) { return std::max<std::size_t>(1, utf8_declared_length(c)); }

// The two bytes at `at` as one number, as they lie in memory (one 16-bit
// load): the start filter's pair table is laid out by this number.
inline std::size_t two_bytes_at(const unsigned char* at) {
  std::uint16_t two;
  std::memcpy(&two, at, sizeof two);
  return two;
}

constexpr bool is_word_byte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// is_word_byte of every byte, for the loop that looks for where words begin
constexpr std::array<bool, 256> kWordBytes = [] {
  std::array<bool, 256> of{};
  for (int c = 0; c < 256; ++c) of[static_cast<std::size_t>(c)] = is_word_byte(static_cast<unsigned char>(c));
  return of;
}();

// Which of the 64 bytes from `from` are word bytes (bit k: bytes[from + k]).
// Sixteen bytes are told apart at a time where SSE2 is at hand (every
// x86-64), one by one elsewhere.
std::uint64_t word_bytes_of_block(const unsigned char* bytes, std::size_t from) {
#if defined(__SSE2__)
  const __m128i digit_low = _mm_set1_epi8('0'), digit_span = _mm_set1_epi8(9);
  const __m128i letter_low = _mm_set1_epi8('a'), letter_span = _mm_set1_epi8('z' - 'a');
  const __m128i case_bit = _mm_set1_epi8(0x20), zero = _mm_setzero_si128();
  // a byte b is in [low, low + span] when min(b - low, span) == b - low, unsigned
  auto in_range = [](__m128i b, __m128i low, __m128i span) {
    const __m128i shifted = _mm_sub_epi8(b, low);
    return _mm_cmpeq_epi8(_mm_min_epu8(shifted, span), shifted);
  };
  auto word_mask = [&](std::size_t at) {
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + at));
    // word bytes: 0x80 and up (signed: below zero), digits, letters of either case
    const __m128i word = _mm_or_si128(_mm_or_si128(_mm_cmplt_epi8(b, zero), in_range(b, digit_low, digit_span)),
                                      in_range(_mm_or_si128(b, case_bit), letter_low, letter_span));
    return static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(word)));
  };
  return word_mask(from) | (word_mask(from + 16) << 16) | (word_mask(from + 32) << 32) | (word_mask(from + 48) << 48);
#else
  std::uint64_t bits = 0;
  for (std::size_t k = 0; k < 64; ++k) bits |= std::uint64_t{kWordBytes[bytes[from + k]]} << k;
  return bits;
#endif
}

// The places after the 64 bytes from `from` (from + 64 <= size) where a walk
// may begin: bit k for from + k + 1, set when the byte before is no word
// byte and, with `words_only`, a word byte stands there (a walk from a
// space, a break or a punctuation mark no phrase begins with finds nothing).
// 64 bytes per mask: the loop over a mask's bits ends (a branch no predictor
// foresees) once per 64 bytes instead of once per 16.
std::uint64_t walk_starts_of_block(const unsigned char* bytes, std::size_t from, std::size_t size, bool words_only) {
  const std::uint64_t word_bits = word_bytes_of_block(bytes, from);
  std::uint64_t not_word = ~word_bits;
  if (words_only) {
    // bit k: a word byte at from + k + 1 (the next block's first byte for k = 63)
    std::uint64_t next_is_word = word_bits >> 1;
    // (read without a branch: it goes either way at random)
    const bool next_in_text = from + 64 < size;
    const bool next_word = kWordBytes[bytes[next_in_text ? from + 64 : from]] && next_in_text;
    next_is_word |= std::uint64_t{next_word} << 63;
    not_word &= next_is_word;
  }
  return not_word;
}

// Calls `at(p)` for the text's start and every p after a byte that is no
// word byte, in order: the places a walk may begin. With `words_only`, only
// those where a word byte stands.
template <class At>
void for_each_word_start(std::string_view text, bool words_only, At&& at) {
  const std::size_t size = text.size();
  if (size == 0) return;
  at(std::size_t{0});
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t i = 0;  // the next byte whose successor has not been offered
  for (; i + 64 <= size; i += 64)
    for (std::uint64_t starts = walk_starts_of_block(bytes, i, size, words_only); starts != 0; starts &= starts - 1) {
      const std::size_t p = i + static_cast<std::size_t>(std::countr_zero(starts)) + 1;
      if (p < size) at(p);
    }
  for (; i + 1 < size; ++i)
    if (!kWordBytes[bytes[i]] && (!words_only || kWordBytes[bytes[i + 1]])) at(i + 1);
}

}  // namespace

namespace {

bool has_symbol(std::uint64_t low, std::uint8_t high, std::uint8_t symbol) {
  return symbol < 64 ? ((low >> symbol) & 1) != 0 : ((high >> (symbol - 64)) & 1) != 0;
}

// How many of the node's symbols come before `symbol`: its child's place.
int rank_of(std::uint64_t low, std::uint8_t high, std::uint8_t symbol) {
  if (symbol < 64) return std::popcount(low & ((std::uint64_t{1} << symbol) - 1));
  return std::popcount(low) + std::popcount(static_cast<unsigned>(high) & ((1u << (symbol - 64)) - 1));
}

}  // namespace

inline std::int32_t PhraseDictionary::Trie::child(std::int32_t node, std::uint8_t symbol) const {
  const Node& n = nodes[static_cast<std::size_t>(node)];
  if (!has_symbol(n.low, n.high, symbol)) return 0;
  return edges[static_cast<std::size_t>(n.first + rank_of(n.low, n.high, symbol))];
}

void PhraseDictionary::Trie::insert(const std::vector<std::uint8_t>& symbols, std::size_t value) {
  if (nodes.empty()) nodes.emplace_back();
  std::int32_t node = 0;
  for (std::uint8_t s : symbols) {
    std::int32_t next = child(node, s);
    if (next == 0) {
      next = static_cast<std::int32_t>(nodes.size());
      nodes.emplace_back();
      Node& n = nodes[static_cast<std::size_t>(node)];
      if (n.count == n.room) {
        // no room left: the children move to the end of `edges`, with twice
        // the room (the old places stay unused)
        const int room = std::min(kAlphabet, std::max(2, 2 * n.room));
        const auto moved_to = static_cast<std::int32_t>(edges.size());
        edges.resize(edges.size() + static_cast<std::size_t>(room), 0);
        std::copy_n(edges.begin() + n.first, n.count, edges.begin() + moved_to);
        n.first = moved_to;
        n.room = static_cast<std::uint8_t>(room);
      }
      const int rank = rank_of(n.low, n.high, s);
      auto at = edges.begin() + n.first;
      std::copy_backward(at + rank, at + n.count, at + n.count + 1);
      at[rank] = next;
      ++n.count;
      if (node == 0) root[s] = next;
      if (s < 64)
        n.low |= std::uint64_t{1} << s;
      else
        n.high = static_cast<std::uint8_t>(n.high | (1u << (s - 64)));
    }
    node = next;
  }
  patterns.push_back({value, nodes[static_cast<std::size_t>(node)].output});
  nodes[static_cast<std::size_t>(node)].output = static_cast<std::int32_t>(patterns.size() - 1);
}

void PhraseDictionary::add(std::string_view phrase, std::size_t value, bool case_sensitive) {
  entries_.push_back({std::string(phrase), value, case_sensitive});
  start_verdicts_.clear();  // made for the phrases before this one
  start_row_of_.clear();
  start_row_of_bytes_.clear();
  fourth_filter_.clear();
  std::vector<std::uint8_t> symbols;
  for (std::size_t i = 0; i < phrase.size();) {
    std::size_t len;
    std::uint8_t s = symbol_at(phrase, i, case_sensitive, len);
    i += len;
    if (s == kSkip) continue;
    if (s == kBreak || s == kOther) return;  // punctuation in a phrase: unmatchable, leave it out
    symbols.push_back(s);
  }
  if (symbols.empty()) return;
  if (symbols[0] >= 62) punctuation_begins_ = true;  // `(`, `/`, ... (breaks are left out above)
  (case_sensitive ? sensitive_ : folded_).insert(symbols, value);
  patterns_.emplace_back(value, case_sensitive);
}

// Every hit of the trie's phrases that begins at `begin`: the trie is
// followed symbol by symbol (separators skipped) until no phrase goes on,
// and every phrase ending on the way is a hit.
inline std::size_t PhraseDictionary::walk(const Trie& trie, const std::array<std::uint8_t, 128>& ascii,
                                          bool keep_case, std::string_view text, std::size_t begin, WordEnd word_end,
                                          std::vector<Hit>& hits) {
  auto c = static_cast<unsigned char>(text[begin]);
  std::size_t len = 1;
  std::uint8_t s = c < 0x80 ? ascii[c] : symbol_at(text, begin, keep_case, len);
  std::size_t read = begin + bytes_read_at(c);
  if (s >= kBreak) return read;  // a separator, a break or an unfolded letter begins no phrase
  // most places begin no phrase of the trie: that is told by the root's row
  if (std::int32_t node = trie.root[s]; node != 0) {
    const std::size_t walked = walk_on(trie, ascii, keep_case, text, begin, begin + len, node, word_end, hits);
    read = std::max(read, walked);
  }
  return read;
}

// The walk from `node`, reached by the symbols in [begin, end).
// A child is found by counting bits: with the CPU's popcnt instruction where
// it has one (chosen when the program loads), else through libgcc's call.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define KAMERREF_POPCNT_CLONES __attribute__((target_clones("popcnt", "default")))
#else
#define KAMERREF_POPCNT_CLONES
#endif
KAMERREF_POPCNT_CLONES
std::size_t PhraseDictionary::walk_on(const Trie& trie, const std::array<std::uint8_t, 128>& ascii, bool keep_case,
                                      std::string_view text, std::size_t begin, std::size_t end, std::int32_t node,
                                      WordEnd word_end, std::vector<Hit>& hits) {
  const Node* nodes = trie.nodes.data();
  std::size_t read = 0;  // past the multi-byte characters read, where they reach further than `end`
  const std::int32_t* edges = trie.edges.data();
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  for (;;) {
    // every phrase ending at `node`, the walk having read [begin, end)
    for (std::int32_t p = nodes[node].output; p >= 0; p = trie.patterns[static_cast<std::size_t>(p)].next_same_node)
      if (word_end == WordEnd::any || ends_word(text, end))
        hits.push_back({{begin, end}, trie.patterns[static_cast<std::size_t>(p)].value});
    // the next symbol, separators passed over; the text's end ends the walk
    std::uint8_t next = kSkip;
    while (next == kSkip) {
      if (end >= size) return std::max(read, end);
      const unsigned char c = bytes[end];
      if (c < 0x80) [[likely]] {
        next = ascii[c];
        ++end;
      } else {
        read = std::max(read, end + bytes_read_at(c));
        next = symbol_after(text, end, keep_case);
      }
    }
    if (next >= kBreak) return std::max(read, end);
    const Node& n = nodes[node];
    if (!has_symbol(n.low, n.high, next)) return std::max(read, end);
    node = edges[n.first + rank_of(n.low, n.high, next)];
  }
}

// The walks a search remembers (find_all): a walk reads the text from its
// start to where it stops (walk()) and nothing else decides its hits, so a
// start whose bytes are the same is walked the same way, in this text or
// another. Walks that read no further than their first eight bytes are kept
// by those (hashed, one per slot), walks that read up to sixteen by those
// sixteen: a word that begins a phrase and leaves it after its eighth byte
// (`Gemeenten` against `Gemeentewet`, `uitvoering` against `Uitvoeringswet`)
// comes again and again. A walk that found a phrase or two (`procent`,
// `januari`) is kept with them: where they end and what they are. A start
// the start filter turned away by its first seven bytes is kept as one that
// finds nothing: the next time it is not even asked. Eight zero bytes begin
// no phrase, so the empty slots hold no start.
class PhraseDictionary::WalkMemo {
 public:
  struct Walk {
    std::array<std::uint64_t, 2> bytes{};  // the start's eight bytes, or sixteen (the second eight 0 for eight)
    std::array<std::uint32_t, 2> values{};
    std::array<std::uint8_t, 2> ends{};  // from the start
    std::uint8_t hit_count = 0;
  };
  static constexpr int kShortBits = 10, kLongBits = 9;
  static std::size_t slot_of(std::uint64_t key, int bits) {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15u) >> (64 - bits));
  }
  void forget() {
    short_walks.fill(Walk{});
    long_walks.fill(Walk{});
  }
  const PhraseDictionary* dictionary = nullptr;  // whose walks these are
  WordEnd word_end = WordEnd::required;          // and searched how (it decides which hits a walk keeps)
  std::array<Walk, std::size_t{1} << kShortBits> short_walks{};  // walks that read at most eight bytes
  std::array<Walk, std::size_t{1} << kLongBits> long_walks{};    // walks that read nine to sixteen
};

void PhraseDictionary::WalkMemoDeleter::operator()(WalkMemo* memo) const { delete memo; }

std::unique_ptr<PhraseDictionary::WalkMemo, PhraseDictionary::WalkMemoDeleter> PhraseDictionary::make_walk_memo() {
  return std::unique_ptr<WalkMemo, WalkMemoDeleter>(new WalkMemo());
}

// A hit begins where the byte before is no word byte. Such a place follows
// an ASCII byte (or is the text's start), so a character begins there, and
// a walk from it reads the same characters a scan from the start would.
std::vector<PhraseDictionary::Hit> PhraseDictionary::find_all(std::string_view text, WordEnd word_end,
                                                              WalkMemo* memo) const {
  std::vector<Hit> hits;
  const bool any_folded = !folded_.patterns.empty(), any_sensitive = !sensitive_.patterns.empty();
  const std::array<std::uint8_t, 128>& folded_symbols = ascii_symbols(false).of;
  const std::array<std::uint8_t, 128>& sensitive_symbols = ascii_symbols(true).of;
  // where the walks of both tries stopped reading (walk())
  auto walk_both = [&](std::size_t begin) {
    std::size_t read = begin;
    if (any_folded) read = std::max(read, walk(folded_, folded_symbols, false, text, begin, word_end, hits));
    if (any_sensitive) read = std::max(read, walk(sensitive_, sensitive_symbols, true, text, begin, word_end, hits));
    return read;
  };
  if (start_verdicts_.empty()) {
    for_each_word_start(text, !punctuation_begins_, walk_both);
  } else if (!text.empty()) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t size = text.size();
    const std::array<std::uint8_t, 256>& folded_classes = character_classes().folded;
    const std::array<std::uint8_t, 256>& classes = character_classes().of;
    const std::array<std::uint8_t, 256>& unseparated = character_classes().unseparated;
    const std::array<std::uint8_t, 256>& first = character_classes().first;
    // Three phases per batch of word starts: the three-class verdicts of
    // all starts, without a branch per start (a start is kept by counting
    // it: a branch would go either way at random); for those kept, the
    // memo, else the fourth character's bit; then the walks from the starts
    // left, or what the memo remembers of them.
    constexpr std::size_t kBatch = 256;
    std::array<std::size_t, kBatch> kept;
    std::size_t count = 0;
    // Walks remembered by the bytes they read (the memo given, or one for
    // this text alone).
    std::unique_ptr<WalkMemo, WalkMemoDeleter> own_memo;
    if (memo == nullptr) {
      own_memo = make_walk_memo();
      memo = own_memo.get();
    }
    if (memo->dictionary != this || memo->word_end != word_end) {
      memo->forget();
      memo->dictionary = this;
      memo->word_end = word_end;
    }
    auto replay = [&](const WalkMemo::Walk& known, std::size_t begin) {
      for (std::uint8_t h = 0; h < known.hit_count; ++h) hits.push_back({{begin, begin + known.ends[h]}, known.values[h]});
    };
    // what a walk from `begin` found, its hits from `hits_before` on, kept
    // where that fits a WalkMemo::Walk
    auto remember = [&](WalkMemo::Walk& known, const std::array<std::uint64_t, 2>& start_bytes, std::size_t begin,
                        std::size_t hits_before) {
      const std::size_t found = hits.size() - hits_before;
      if (found > known.values.size()) return;
      for (std::size_t h = 0; h < found; ++h)
        if (hits[hits_before + h].value > UINT32_MAX) return;
      known.bytes = start_bytes;
      known.hit_count = static_cast<std::uint8_t>(found);
      for (std::size_t h = 0; h < found; ++h) {
        known.ends[h] = static_cast<std::uint8_t>(hits[hits_before + h].span.end - begin);
        known.values[h] = static_cast<std::uint32_t>(hits[hits_before + h].value);
      }
    };
    auto class_at = [&](const std::array<std::uint8_t, 256>& of, std::size_t i) {
      return i < size ? of[bytes[i]] : kUncertain;
    };
    auto class_in = [&](const std::array<std::uint8_t, 256>& of, std::size_t i) { return of[bytes[i]]; };
    auto walk_kept = [&] {
      std::size_t walks = 0;
      for (std::size_t k = 0; k < count; ++k) {
        const std::size_t begin = kept[k];
        // a start the memo knows found nothing, or was turned away by its
        // fourth character before: nothing more to ask (most kept starts
        // are a text's common words, met again and again)
        WalkMemo::Walk* short_slot = nullptr;
        std::uint64_t eight = 0;
        if (begin + 8 <= size) {
          std::memcpy(&eight, bytes + begin, 8);
          short_slot = &memo->short_walks[WalkMemo::slot_of(eight, WalkMemo::kShortBits)];
          if (short_slot->bytes[0] == eight && short_slot->hit_count == 0) continue;
        }
        // the verdict once more, with where the fourth character is read
        // (start_state(), inline where the start's eight bytes are there);
        // a one-letter word (a separator second: the row said kRecheck)
        // reads the classes past the separator
        std::uint32_t state;
        if (begin + 8 <= size && classes[bytes[begin + 1]] != kSeparatorClass) {
          const unsigned char* at = bytes + begin;
          const std::size_t pair = std::size_t{first[at[0]]} * kRawClasses + classes[at[1]];
          const bool separated = classes[at[2]] == kSeparatorClass;
          const std::size_t c2 = unseparated[at[2 + std::size_t{separated}]];
          const std::uint32_t verdict = start_verdicts_[std::size_t{start_row_of_[pair]} * kRowStride + c2];
          state = static_cast<std::uint32_t>((pair << 7 | c2) << 5 | (3 + std::size_t{separated}) << 2) | verdict;
        } else {
          state = start_state(text, begin);
        }
        const std::size_t key = state >> 5;
        // The fourth symbol as the walk reads it, past one separator.
        auto fourth_of = [&](auto&& class_of) {
          std::size_t at = begin + (state >> 2 & 7u);
          at += class_of(folded_classes, at) == kSeparatorClass ? 1 : 0;
          const std::uint8_t c3 = class_of(folded_classes, at);
          return c3 == kSeparatorClass ? kUncertain : c3;
        };
        const std::uint8_t c3 = begin + 7 <= size ? fourth_of(class_in) : fourth_of(class_at);
        const std::size_t bit = fourth_symbol_bit(key, c3);
        const auto four = static_cast<std::uint32_t>(fourth_filter_[bit / 64] >> (bit % 64)) & 1u;
        const std::uint32_t walk = (state & 1u) | ((state >> 1) & four);
        kept[walks] = begin;
        walks += walk;
        // turned away: what decided it lies in the start's first seven
        // bytes, so the start is remembered as one that finds nothing
        if (walk == 0 && short_slot != nullptr) *short_slot = WalkMemo::Walk{{eight, 0}, {}, {}, 0};
      }
      for (std::size_t k = 0; k < walks; ++k) {
        const std::size_t begin = kept[k];
        if (begin + 8 > size) {
          walk_both(begin);
          continue;
        }
        std::array<std::uint64_t, 2> start_bytes{0, 0};
        std::memcpy(&start_bytes[0], bytes + begin, 8);
        const std::uint64_t eight = start_bytes[0];
        WalkMemo::Walk& short_slot = memo->short_walks[WalkMemo::slot_of(eight, WalkMemo::kShortBits)];
        if (short_slot.bytes[0] == eight) {
          replay(short_slot, begin);
          continue;
        }
        // (a start whose sixteen bytes are not all there walks as before)
        const bool sixteen_there = begin + 16 <= size;
        std::array<std::uint64_t, 2> sixteen{eight, 0};
        if (sixteen_there) std::memcpy(&sixteen[1], bytes + begin + 8, 8);
        WalkMemo::Walk& long_slot =
            memo->long_walks[WalkMemo::slot_of(eight ^ (sixteen[1] * 0xC2B2AE3D27D4EB4Fu), WalkMemo::kLongBits)];
        if (sixteen_there && long_slot.bytes == sixteen) {
          replay(long_slot, begin);
          continue;
        }
        const std::size_t hits_before = hits.size();
        const std::size_t read = walk_both(begin);
        // (a walk that ran into the text's end may go on in another text:
        // kept only where it stopped inside this one)
        if (read >= size) continue;
        if (read <= begin + 8)
          remember(short_slot, start_bytes, begin, hits_before);
        else if (sixteen_there && read <= begin + 16)
          remember(long_slot, sixteen, begin, hits_before);
      }
      count = 0;
    };
    // a start near the text's end, or the text's start: read with bounds
    auto keep_bounded = [&](std::size_t begin) {
      kept[count] = begin;
      count += (start_state(text, begin) & 3u) != kNone ? 1 : 0;
      if (count == kBatch) walk_kept();
    };
    const bool words_only = !punctuation_begins_;
    keep_bounded(0);
    // Where the eight bytes from every start in a block are there, a start's
    // verdict is read without bounds checks and without a call: c0 and c1
    // are the first two bytes' classes (a separator as c1, a one-letter
    // word, gets the kRecheck row, and start_state() reads on past it), c2
    // the third's, or the fourth's past one separator there (`de wet`).
    const std::uint16_t* row_of_bytes = start_row_of_bytes_.data();
    const std::uint8_t* verdicts = start_verdicts_.data();
    std::size_t i = 0;  // the next byte whose successor has not been offered
    for (; i + 64 + 8 <= size; i += 64) {
      // (counted in a local: the lambdas that share `count` would keep it
      // in memory, a store per start)
      std::size_t kept_now = count;
      for (std::uint64_t starts = walk_starts_of_block(bytes, i, size, words_only); starts != 0;
           starts &= starts - 1) {
        // (an unsigned bit number: no sign extension)
        const std::size_t begin = i + static_cast<unsigned>(std::countr_zero(starts)) + 1;
        const unsigned char* at = bytes + begin;
        // the row of the first two bytes' classes, looked up by the bytes as
        // they lie in memory (one 16-bit load); the third byte's class, or
        // past a separator there the fourth's (one start in five, at random:
        // read without a branch)
        const std::size_t row = row_of_bytes[two_bytes_at(at)];
        const bool separated = classes[at[2]] == kSeparatorClass;
        const std::size_t c2 = unseparated[at[2 + std::size_t{separated}]];
        const std::uint32_t verdict = verdicts[row * kRowStride + c2];
        kept[kept_now] = begin;
        kept_now += verdict != kNone ? 1 : 0;
      }
      count = kept_now;
      if (count > kBatch - 64) walk_kept();  // room for the next block's starts
    }
    for (; i + 64 <= size; i += 64)
      for (std::uint64_t starts = walk_starts_of_block(bytes, i, size, words_only); starts != 0;
           starts &= starts - 1) {
        const std::size_t begin = i + static_cast<std::size_t>(std::countr_zero(starts)) + 1;
        if (begin < size) keep_bounded(begin);
      }
    for (; i + 1 < size; ++i)
      if (!kWordBytes[bytes[i]] && (!words_only || kWordBytes[bytes[i + 1]])) keep_bounded(i + 1);
    walk_kept();
  }
  sort_hits(hits);
  return hits;
}

// The first three symbols as the walk reads them, with one separator
// passed over before the second and before the third (`de wet`); where more
// separators follow, the class stays uncertain, and so does the class of a
// character past the text's end.
std::uint32_t PhraseDictionary::start_state(std::string_view text, std::size_t begin) const {
  const std::array<std::uint8_t, 256>& classes = character_classes().of;
  auto class_at = [&](std::size_t i) {
    return i < text.size() ? classes[static_cast<unsigned char>(text[i])] : kUncertain;
  };
  const std::uint8_t c0 = begin < text.size() ? character_classes().first[static_cast<unsigned char>(text[begin])] : kUncertain;
  std::size_t at = begin + 1;
  at += class_at(at) == kSeparatorClass ? 1 : 0;
  std::uint8_t c1 = class_at(at);
  c1 = c1 == kSeparatorClass ? kUncertain : c1;
  ++at;
  at += class_at(at) == kSeparatorClass ? 1 : 0;
  std::uint8_t c2 = class_at(at);
  c2 = c2 == kSeparatorClass ? kUncertain : c2;
  const std::size_t pair = std::size_t{c0} * kRawClasses + c1;
  const std::uint32_t verdict = start_verdicts_[std::size_t{start_row_of_[pair]} * kRowStride + c2];
  const std::size_t key = pair << 7 | c2;
  return static_cast<std::uint32_t>(key << 5 | (at + 1 - begin) << 2) | verdict;
}

// What a walk of `trie` from a word start whose first characters have these
// classes (folded already for a folding trie) may give, from what the walk
// would do for the first three symbols, an uncertain class taken as "may":
// nothing; maybe a hit (a phrase ends within them, or a class is
// uncertain); or a hit only if the walk takes a fourth step.
PhraseDictionary::StartVerdict PhraseDictionary::start_verdict(const Trie& trie,
                                                               const std::array<std::uint8_t, 3>& symbols) {
  if (trie.patterns.empty()) return StartVerdict::none;
  std::int32_t node = 0;
  for (std::size_t depth = 0; depth < symbols.size(); ++depth) {
    const std::uint8_t s = symbols[depth];
    if (s == kUncertain) return StartVerdict::may;
    if (s >= kBreak) return StartVerdict::none;  // a break or an unfolded letter ends every walk
    node = depth == 0 ? trie.root[s] : trie.child(node, s);
    if (node == 0) return StartVerdict::none;
    if (trie.nodes[static_cast<std::size_t>(node)].output >= 0) return StartVerdict::may;
  }
  return StartVerdict::deeper;
}

std::size_t PhraseDictionary::fourth_symbol_bit(std::size_t key, std::uint8_t fourth) const {
  const std::uint64_t both = static_cast<std::uint64_t>(key) * kClasses + fourth;
  return static_cast<std::size_t>((both * 0x9E3779B97F4A7C15u) >> fourth_shift_);
}

void PhraseDictionary::build_start_filter() {
  static_assert(kUncertain == kUncertainClass && kSeparatorClass == ::kamerref::kSeparatorClass);
  using Row = std::array<std::uint8_t, kRawClasses>;
  // the rows, the empty one first
  std::vector<std::uint8_t> rows(kRowStride, kNone);
  std::map<Row, std::uint16_t> row_numbers{{Row{}, 0}};
  auto number_of = [&](const Row& row) {
    auto [it, added] = row_numbers.try_emplace(row, static_cast<std::uint16_t>(row_numbers.size()));
    if (added) {
      rows.insert(rows.end(), row.begin(), row.end());
      rows.resize(rows.size() + (kRowStride - kRawClasses), kNone);
    }
    return it->second;
  };
  std::vector<std::uint16_t> row_of(kRawClasses * kRawClasses, 0);
  // a case-keeping symbol folded: capitals are small letters
  auto fold = [](std::uint8_t c) { return c >= 36 && c < 62 ? static_cast<std::uint8_t>(c - 26) : c; };
  auto verdict = [&](std::uint8_t c0, std::uint8_t c1, std::uint8_t c2) {
    const StartVerdict folded = start_verdict(folded_, {fold(c0), fold(c1), fold(c2)});
    const StartVerdict sensitive = start_verdict(sensitive_, {c0, c1, c2});
    if (folded == StartVerdict::may || sensitive == StartVerdict::may) return StartVerdict::may;
    if (folded == StartVerdict::deeper || sensitive == StartVerdict::deeper) return StartVerdict::deeper;
    return StartVerdict::none;
  };
  std::vector<std::size_t> deeper_keys;  // (c0 * kRawClasses + c1) << 7 | c2
  Row recheck;
  recheck.fill(kRecheck);
  // c0 = kSeparatorClass (a start at a separator) keeps its rows empty: the
  // walk from there finds nothing
  for (int c0 = 0; c0 < kClasses; ++c0) {
    const auto s0 = static_cast<std::uint8_t>(c0);
    // a first character no walk goes on from leaves its rows empty
    if (verdict(s0, kUncertain, kUncertain) == StartVerdict::none) continue;
    for (int c1 = 0; c1 < kClasses; ++c1) {
      const auto s1 = static_cast<std::uint8_t>(c1);
      if (verdict(s0, s1, kUncertain) == StartVerdict::none) continue;
      const std::size_t pair = static_cast<std::size_t>(c0) * kRawClasses + static_cast<std::size_t>(c1);
      Row row{};
      for (int c2 = 0; c2 < kClasses; ++c2) {
        const StartVerdict v = verdict(s0, s1, static_cast<std::uint8_t>(c2));
        if (v == StartVerdict::none) continue;
        const auto at = static_cast<std::size_t>(c2);
        row[at] = v == StartVerdict::may ? kMay : kDeeper;
        if (v == StartVerdict::deeper) deeper_keys.push_back(pair << 7 | at);
      }
      row_of[pair] = number_of(row);
    }
    row_of[static_cast<std::size_t>(c0) * kRawClasses + kSeparatorClass] = number_of(recheck);
  }
  // (at most kClasses * kClasses + 1 rows: a row number fits 16 bits)
  // The fourth symbol's set: for every three classes that need it, the
  // folded fourth symbols some trie goes on with, and "uncertain". A hashed
  // bit: a collision only walks where no phrase begins.
  auto fourths = [&](std::size_t key) {
    const auto c2 = static_cast<std::uint8_t>(key & 127);
    const auto c1 = static_cast<std::uint8_t>((key >> 7) % kRawClasses);
    const auto c0 = static_cast<std::uint8_t>((key >> 7) / kRawClasses);
    std::vector<std::uint8_t> out{kUncertain};
    auto after = [&](const Trie& trie, const std::array<std::uint8_t, 3>& symbols) {
      if (start_verdict(trie, symbols) != StartVerdict::deeper) return;
      std::int32_t node = trie.root[symbols[0]];
      node = trie.child(node, symbols[1]);
      node = trie.child(node, symbols[2]);
      for (int s = 0; s < kBreak; ++s)
        if (trie.child(node, static_cast<std::uint8_t>(s)) != 0) out.push_back(fold(static_cast<std::uint8_t>(s)));
    };
    after(folded_, {fold(c0), fold(c1), fold(c2)});
    after(sensitive_, {c0, c1, c2});
    return out;
  };
  std::vector<std::pair<std::size_t, std::vector<std::uint8_t>>> fourth_symbols;
  std::size_t entries = 0;
  for (std::size_t key : deeper_keys) {
    fourth_symbols.emplace_back(key, fourths(key));
    entries += fourth_symbols.back().second.size();
  }
  // about one bit in sixteen set, at least 4096 bits
  int bits = 12;
  while (bits < 24 && (std::size_t{1} << bits) < 16 * entries) ++bits;
  fourth_shift_ = 64 - bits;
  std::vector<std::uint64_t> fourth((std::size_t{1} << bits) / 64, 0);
  for (const auto& [key, symbols] : fourth_symbols)
    for (std::uint8_t s : symbols) {
      const std::size_t bit = fourth_symbol_bit(key, s);
      fourth[bit / 64] |= std::uint64_t{1} << (bit % 64);
    }
  const CharacterClasses& classes = character_classes();
  std::vector<std::uint16_t> row_of_bytes(65536);
  for (std::size_t b0 = 0; b0 < 256; ++b0)
    for (std::size_t b1 = 0; b1 < 256; ++b1) {
      const std::array<unsigned char, 2> two{static_cast<unsigned char>(b0), static_cast<unsigned char>(b1)};
      row_of_bytes[two_bytes_at(two.data())] = row_of[std::size_t{classes.first[b0]} * kRawClasses + classes.of[b1]];
    }
  start_verdicts_ = std::move(rows);
  start_row_of_ = std::move(row_of);
  start_row_of_bytes_ = std::move(row_of_bytes);
  fourth_filter_ = std::move(fourth);
}

bool PhraseDictionary::ends_word(std::string_view text, std::size_t end) {
  return end >= text.size() || !is_word_byte(static_cast<unsigned char>(text[end]));
}

void PhraseDictionary::sort_hits(std::vector<Hit>& hits) {
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    if (a.span.end != b.span.end) return a.span.end > b.span.end;
    return a.value < b.value;
  });
}

}  // namespace kamerref
