#include "kamerref/extract/dictionary.h"

#include <algorithm>
#include <bit>

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

constexpr bool is_word_byte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// is_word_byte of every byte, for the loop that looks for where words begin
constexpr std::array<bool, 256> kWordBytes = [] {
  std::array<bool, 256> of{};
  for (int c = 0; c < 256; ++c) of[static_cast<std::size_t>(c)] = is_word_byte(static_cast<unsigned char>(c));
  return of;
}();

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
  (case_sensitive ? sensitive_ : folded_).insert(symbols, value);
  patterns_.emplace_back(value, case_sensitive);
}

// Every hit of the trie's phrases that begins at `begin`: the trie is
// followed symbol by symbol (separators skipped) until no phrase goes on,
// and every phrase ending on the way is a hit.
inline void PhraseDictionary::walk(const Trie& trie, const std::array<std::uint8_t, 128>& ascii, bool keep_case,
                                   std::string_view text, std::size_t begin, WordEnd word_end, std::vector<Hit>& hits) {
  auto c = static_cast<unsigned char>(text[begin]);
  std::size_t len = 1;
  std::uint8_t s = c < 0x80 ? ascii[c] : symbol_at(text, begin, keep_case, len);
  if (s >= kBreak) return;  // a separator, a break or an unfolded letter begins no phrase
  const Node* nodes = trie.nodes.data();
  std::int32_t node = trie.child(0, s);
  std::size_t end = begin + len;
  while (node != 0) {
    for (std::int32_t p = nodes[node].output; p >= 0; p = trie.patterns[static_cast<std::size_t>(p)].next_same_node)
      if (word_end == WordEnd::any || ends_word(text, end))
        hits.push_back({{begin, end}, trie.patterns[static_cast<std::size_t>(p)].value});
    std::uint8_t next = kSkip;
    while (next == kSkip && end < text.size()) {
      c = static_cast<unsigned char>(text[end]);
      len = 1;
      next = c < 0x80 ? ascii[c] : symbol_at(text, end, keep_case, len);
      end += len;
    }
    node = next >= kBreak ? 0 : trie.child(node, next);
  }
}

// A hit begins where the byte before is no word byte. Such a place follows
// an ASCII byte (or is the text's start), so a character begins there, and
// a walk from it reads the same characters a scan from the start would.
std::vector<PhraseDictionary::Hit> PhraseDictionary::find_all(std::string_view text, WordEnd word_end) const {
  std::vector<Hit> hits;
  const bool any_folded = !folded_.patterns.empty(), any_sensitive = !sensitive_.patterns.empty();
  const std::array<std::uint8_t, 128>& folded_symbols = ascii_symbols(false).of;
  const std::array<std::uint8_t, 128>& sensitive_symbols = ascii_symbols(true).of;
  for (std::size_t begin = 0; begin < text.size();) {
    if (any_folded) walk(folded_, folded_symbols, false, text, begin, word_end, hits);
    if (any_sensitive) walk(sensitive_, sensitive_symbols, true, text, begin, word_end, hits);
    // on to the byte after the next byte that is no word byte
    while (begin < text.size() && kWordBytes[static_cast<unsigned char>(text[begin])]) ++begin;
    ++begin;
  }
  sort_hits(hits);
  return hits;
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
