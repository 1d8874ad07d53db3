#include "kamerref/extract/dictionary.h"

#include <algorithm>
#include <deque>

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

bool is_word_byte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

}  // namespace

void PhraseDictionary::Automaton::insert(const std::vector<std::uint8_t>& symbols, std::size_t value) {
  if (nodes.empty()) nodes.emplace_back();
  std::int32_t node = 0;
  for (std::uint8_t s : symbols) {
    if (nodes[static_cast<std::size_t>(node)].next[s] == 0) {
      nodes[static_cast<std::size_t>(node)].next[s] = static_cast<std::int32_t>(nodes.size());
      nodes.emplace_back();
    }
    node = nodes[static_cast<std::size_t>(node)].next[s];
  }
  Pattern p{value, symbols.size(), nodes[static_cast<std::size_t>(node)].output};
  nodes[static_cast<std::size_t>(node)].output = static_cast<std::int32_t>(patterns.size());
  patterns.push_back(p);
  max_length = std::max(max_length, symbols.size());
  built = false;
}

void PhraseDictionary::Automaton::build() {
  if (nodes.empty()) nodes.emplace_back();
  // The trie's transitions completed into a DFA, flat. `nodes` keeps the
  // trie as added, so a later add() extends it and the next search builds again.
  std::vector<std::int32_t> dfa(nodes.size() * kAlphabet, 0);
  auto row = [&](std::int32_t u) { return dfa.data() + static_cast<std::size_t>(u) * kAlphabet; };
  auto node = [&](std::int32_t u) -> Node& { return nodes[static_cast<std::size_t>(u)]; };
  std::deque<std::int32_t> queue;
  for (int s = 0; s < kAlphabet; ++s) {
    std::int32_t v = nodes[0].next[s];
    row(0)[s] = v;
    if (v != 0) {
      node(v).fail = 0;
      queue.push_back(v);
    }
  }
  while (!queue.empty()) {
    std::int32_t u = queue.front();
    queue.pop_front();
    Node& nu = node(u);
    const Node& fail_node = node(nu.fail);
    nu.output_link = fail_node.output >= 0 ? nu.fail : fail_node.output_link;
    for (int s = 0; s < kAlphabet; ++s) {
      std::int32_t v = nu.next[s];
      if (v != 0) {
        // the fail state is shallower, so its row is complete
        node(v).fail = row(nu.fail)[s] == v ? 0 : row(nu.fail)[s];
        row(u)[s] = v;
        queue.push_back(v);
      } else {
        row(u)[s] = row(nu.fail)[s];
      }
    }
  }
  // the break and other symbols always return to the root
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    row(static_cast<std::int32_t>(i))[kBreak] = 0;
    row(static_cast<std::int32_t>(i))[kOther] = 0;
  }
  first_output.resize(nodes.size());
  for (std::size_t i = 0; i < nodes.size(); ++i)
    first_output[i] = nodes[i].output >= 0 ? static_cast<std::int32_t>(i) : nodes[i].output_link;
  // as narrow as the state count allows: the scan's working set shrinks to
  // what the cache holds
  delta16.clear();
  delta32.clear();
  if (nodes.size() <= 0xFFFF)
    delta16.assign(dfa.begin(), dfa.end());
  else
    delta32.assign(dfa.begin(), dfa.end());
  built = true;
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

void PhraseDictionary::ensure_built() const {
  if (!folded_.built) folded_.build();
  if (!sensitive_.built) sensitive_.build();
}

namespace {

// Where the hit that ends at `end` after `length` symbols begins: the symbols
// are walked back from the end. Hits are rare, so this costs less than
// remembering where every symbol starts. Every character inside a hit was
// decoded as a pattern symbol or a separator, so it is valid UTF-8 and its
// lead byte is found by stepping over continuation bytes.
std::size_t hit_begin(std::string_view text, std::size_t end, std::size_t length, bool keep_case) {
  std::size_t pos = end;
  while (length > 0) {
    std::size_t lead = pos - 1;
    while (lead > 0 && (static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80) --lead;
    std::size_t len;
    if (symbol_at(text, lead, keep_case, len) != kSkip) --length;
    pos = lead;
  }
  return pos;
}

}  // namespace

// The scan over `text` with transitions `delta` (kAlphabet per state, of the
// narrowest type that holds every state number).
template <class State>
void PhraseDictionary::scan(const Automaton& a, const State* delta, bool keep_case, std::string_view text,
                            WordEnd word_end, std::vector<Hit>& hits) {
  const std::array<std::uint8_t, 128>& ascii = ascii_symbols(keep_case).of;
  const std::int32_t* first_output = a.first_output.data();
  std::size_t state = 0;
  for (std::size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    std::size_t len = 1;
    std::uint8_t s = c < 0x80 ? ascii[c] : symbol_at(text, i, keep_case, len);
    i += len;
    if (s == kSkip) continue;
    state = delta[state * kAlphabet + s];
    for (std::int32_t n = first_output[state]; n >= 0; n = a.nodes[static_cast<std::size_t>(n)].output_link) {
      for (std::int32_t p = a.nodes[static_cast<std::size_t>(n)].output; p >= 0;
           p = a.patterns[static_cast<std::size_t>(p)].next_same_node) {
        const Pattern& pat = a.patterns[static_cast<std::size_t>(p)];
        std::size_t begin = hit_begin(text, i, pat.length, keep_case);
        bool starts_word = begin == 0 || !is_word_byte(static_cast<unsigned char>(text[begin - 1]));
        bool ends_word = word_end == WordEnd::any || PhraseDictionary::ends_word(text, i);
        if (starts_word && ends_word) hits.push_back({{begin, i}, pat.value});
      }
    }
  }
}

std::vector<PhraseDictionary::Hit> PhraseDictionary::find_all(std::string_view text, WordEnd word_end) const {
  ensure_built();
  std::vector<Hit> hits;
  for (const Automaton* a : {&folded_, &sensitive_}) {
    if (a->patterns.empty()) continue;
    const bool keep_case = a == &sensitive_;
    if (!a->delta16.empty())
      scan(*a, a->delta16.data(), keep_case, text, word_end, hits);
    else
      scan(*a, a->delta32.data(), keep_case, text, word_end, hits);
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
