#include "kamerref/extract/context.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <vector>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace kamerref {
namespace {

bool is_upper_start(std::string_view t, std::size_t i) {
  if (i >= t.size()) return false;
  auto c = static_cast<unsigned char>(t[i]);
  if (c >= 'A' && c <= 'Z') return true;
  if (c >= '0' && c <= '9') return true;
  if (c == '"' || c == '\'' || c == '(') return true;
  // UTF-8 capitals with diacritics (É, Ö): accept any non-ASCII letter start
  return c >= 0xC3 && c <= 0xC3 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) < 0xA0;
}

// What std::isspace and std::isdigit say in the C locale (the program never
// sets another), inline: ends_sentence asks for every byte of the word before a dot.
bool is_c_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_c_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// Words whose trailing dot does not end a sentence.
constexpr std::string_view kAbbreviations[] = {
    "nr", "nrs", "jl", "o.a", "bijv", "c.s", "p", "pp", "blz", "pag", "art", "vgl", "zgn", "ca",
    "dhr", "mw", "mr", "dr", "prof", "ir", "drs", "t.v.v", "m.b.t", "i.c.m", "e.d", "etc", "St",
    "Stb", "Stcrt", "resp", "incl", "excl", "min", "max", "nl", "z.s.m", "d.d", "i.v.m", "t.a.v",
    "Kamerstukken", "mevr", "o.m", "e.a", "a.s", "jr", "nov", "dec", "jan", "feb", "aug", "sept",
    "okt", "vs", "evt", "lid", "Nr", "Nrs", "Vgl", "Zie", "zie"};

// kAbbreviations by their first byte: a word is compared only with the few
// that open as it does (every word before a dot is looked up).
using AbbreviationBuckets = std::array<std::vector<std::string_view>, 256>;
const AbbreviationBuckets& abbreviations_by_first_byte() {
  static const AbbreviationBuckets buckets = [] {
    AbbreviationBuckets b;
    for (std::string_view a : kAbbreviations) b[static_cast<unsigned char>(a[0])].push_back(a);
    return b;
  }();
  return buckets;
}

bool is_abbreviation(std::string_view word) {
  if (!word.empty())
    for (std::string_view a : abbreviations_by_first_byte()[static_cast<unsigned char>(word[0])])
      if (word == a) return true;
  // initials: `F.B.J.`, `I.J.M.`, single capitals
  if (word.size() <= 2 && !word.empty() && std::isupper(static_cast<unsigned char>(word[0]))) return true;
  if (word.size() >= 2 && word[1] == '.') return true;  // `F.B.J`, `t.v.v`
  return false;
}

// Is text[i] (one of . ! ?) the end of a sentence?
bool ends_sentence(std::string_view t, std::size_t i) {
  std::size_t j = i + 1;
  while (j < t.size() && j - i <= 3 && is_c_digit(static_cast<unsigned char>(t[j]))) ++j;  // `content.4 Dit`
  if (j < t.size() && t[j] == '"') ++j;
  if (j >= t.size()) return true;
  if (t[j] != ' ' && t[j] != '\n') return false;
  while (j < t.size() && (t[j] == ' ' || t[j] == '\n')) ++j;
  if (j >= t.size()) return true;
  if (!is_upper_start(t, j)) return false;
  if (t[i] != '.') return true;
  // a dot after a closing bracket ends what the bracket held, never an
  // abbreviation's letters: `(Kamerstukken I 2023/24, 36 228, C). In de`
  if (i > 0 && (t[i - 1] == ')' || t[i - 1] == ']')) return true;
  // the word before the dot; a word longer than any abbreviation ends the
  // sentence without walking back through all of it (a megabyte "word" in a
  // hostile file would make every sentence lookup near it slow)
  constexpr std::size_t kLongestAbbreviation = 32;
  std::size_t w = i;
  while (w > 0 && !is_c_space(static_cast<unsigned char>(t[w - 1])) && t[w - 1] != '(') {
    if (i - w >= kLongestAbbreviation) return true;
    --w;
  }
  return !is_abbreviation(t.substr(w, i - w));
}

// The bytes at which sentence_at's walks may stop: line breaks, form feeds,
// the ends of sentences and the first byte of `↩`.
constexpr std::array<bool, 256> kMayStop = [] {
  std::array<bool, 256> stop{};
  for (unsigned char c : {'\n', '\f', '.', '!', '?'}) stop[c] = true;
  stop[0xE2] = true;
  return stop;
}();

#if defined(__SSE2__)
// Bit k set: bytes[k] is one of kMayStop's bytes (16 bytes).
unsigned may_stop_mask(const char* bytes) {
  const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes));
  __m128i hit = _mm_cmpeq_epi8(b, _mm_set1_epi8('\n'));
  for (char c : {'\f', '.', '!', '?', '\xE2'}) hit = _mm_or_si128(hit, _mm_cmpeq_epi8(b, _mm_set1_epi8(c)));
  return static_cast<unsigned>(_mm_movemask_epi8(hit));
}
#endif

// The first byte in [from, limit) that may stop a walk, or `limit`. Sixteen
// bytes are looked at a time where SSE2 is at hand: the bytes between the
// stops are most of a sentence.
std::size_t next_may_stop(std::string_view t, std::size_t from, std::size_t limit) {
#if defined(__SSE2__)
  const char* bytes = t.data();
  for (; from + 16 <= limit; from += 16) {
    if (const unsigned mask = may_stop_mask(bytes + from); mask != 0)
      return from + static_cast<std::size_t>(std::countr_zero(mask));
  }
#endif
  while (from < limit && !kMayStop[static_cast<unsigned char>(t[from])]) ++from;
  return from;
}

// The last byte in [low, before) that may stop a walk, or `low - 1` (which
// wraps below zero when low is 0: the caller compares with it only through
// `+ 1`).
std::size_t previous_may_stop(std::string_view t, std::size_t low, std::size_t before) {
#if defined(__SSE2__)
  const char* bytes = t.data();
  for (; before >= low + 16; before -= 16) {
    if (const unsigned mask = may_stop_mask(bytes + before - 16); mask != 0)
      return before - 16 + static_cast<std::size_t>(31 - std::countl_zero(mask));
  }
#endif
  while (before > low && !kMayStop[static_cast<unsigned char>(t[before - 1])]) --before;
  return before - 1;
}

// Whether the line ending at `end` (its last byte before `end`, trailing
// blanks gone) is no part of a sentence that goes on after it with a
// capital: a heading (`Capaciteit`), a label or a page's column in PDF text
// (`                    Ons kenmerk`, `6123456`). A line of running prose
// breaks near the margin, and it is long; a line that does not, and has no
// stop or comma at its end, stands apart. (A line of 40 bytes or fewer, or
// one that opens with 20 blanks or more, as a right-hand column does.)
bool line_stands_apart(std::string_view t, std::size_t end) {
  constexpr std::size_t kShortLine = 40;
  constexpr std::size_t kColumnIndent = 20;
  // a line whose start lies further back is long: prose (and a megabyte line
  // in a hostile file is not walked once per sentence lookup near it)
  constexpr std::size_t kLookBack = 200;
  if (end == 0) return false;
  const char last = t[end - 1];
  if (last == '.' || last == ',' || last == ';' || last == ':' || last == '-' || last == '(' || last == '\n') return false;
  std::size_t start = end;
  while (start > 0 && t[start - 1] != '\n' && t[start - 1] != '\f') {
    if (end - start >= kLookBack) return false;
    --start;
  }
  std::size_t first = start;
  while (first < end && t[first] == ' ') ++first;
  return end - first <= kShortLine || first - start >= kColumnIndent;
}

// Whether the line break at t[nl] ends a table's row or opens one: the
// line before it closes with `|`, or the line after it opens with one (past
// blanks). A row is a sentence of its own: its cells say what became of what
// its first cell names (`| De minister informeert de Kamer voor de zomer van
// 2025 over de wachtlijsten | Zomer 2025 | Met deze brief afgedaan |`).
bool table_row_edge(std::string_view t, std::size_t nl) {
  std::size_t before = nl;
  while (before > 0 && t[before - 1] == ' ') --before;
  if (before > 0 && t[before - 1] == '|') return true;
  std::size_t after = nl + 1;
  while (after < t.size() && t[after] == ' ') ++after;
  return after < t.size() && t[after] == '|';
}

}  // namespace

Span sentence_at(std::string_view t, std::size_t pos) {
  constexpr std::size_t kMax = 1500;
  if (pos > t.size()) pos = t.size();
  // the walk back looks at the bytes [lowest, pos), the last first
  const std::size_t lowest = pos >= kMax ? pos - kMax : 0;
  std::size_t begin = pos;
  while (begin > lowest) {
    // the bytes that cannot end the walk are passed at once
    begin = previous_may_stop(t, lowest, begin) + 1;
    if (begin == lowest) break;
    char c = t[begin - 1];
    if (c == '\n' && begin >= 2 && t[begin - 2] == '\n') break;
    if (c == '\f') break;
    if ((c == '.' || c == '!' || c == '?') && begin - 1 < pos && ends_sentence(t, begin - 1)) break;
    if (c == '\n') {
      // a line that starts a list item or follows a line ending in ':' or ';'
      std::size_t k = begin;
      while (k < t.size() && t[k] == ' ') ++k;
      // (or a table's row: `| De minister informeert de Kamer ... | Zomer 2025 |`)
      if (k < t.size() && (t[k] == '-' || t[k] == '|' || t.compare(k, 3, "\xE2\x80\xA2") == 0)) break;
      std::size_t p = begin - 1;
      while (p > 0 && t[p - 1] == ' ') --p;
      // (a row's last cell closes it: no sentence runs on from a table)
      if (p > 0 && (t[p - 1] == ':' || t[p - 1] == ';' || t[p - 1] == '|')) break;
      if (k < t.size() && t[k] >= 'A' && t[k] <= 'Z' && line_stands_apart(t, p)) break;
    }
    --begin;
  }
  // the walk on looks at the bytes [pos, highest)
  const std::size_t highest = std::min(t.size(), pos + kMax);
  std::size_t end = pos;
  while (end < highest) {
    end = next_may_stop(t, end, highest);
    if (end == highest) break;
    char c = t[end];
    if (c == '\n' && end + 1 < t.size() && t[end + 1] == '\n') break;
    if (c == '\n' && table_row_edge(t, end)) break;
    if (c == '\f') break;
    if (c == '\xE2' && t.compare(end, 3, "\xE2\x86\xA9") == 0) break;  // ↩ closes an end note
    if ((c == '.' || c == '!' || c == '?') && ends_sentence(t, end)) {
      ++end;
      while (end < highest && is_c_digit(static_cast<unsigned char>(t[end]))) ++end;
      break;
    }
    ++end;
  }
  while (begin < end && (t[begin] == ' ' || t[begin] == '\n')) ++begin;
  while (end > begin && (t[end - 1] == ' ' || t[end - 1] == '\n')) --end;
  return {begin, end};
}

// The white space squeeze() collapses.
constexpr std::array<bool, 256> kSqueezedSpace = [] {
  std::array<bool, 256> space{};
  for (unsigned char c : {' ', '\n', '\t', '\f', '\r'}) space[c] = true;
  return space;
}();

std::string squeeze(std::string_view s) {
  // Written through a pointer into a string as long as the input: every
  // space written stands for at least one white-space byte read, so the
  // output never outgrows it. (Appending byte by byte cost twice as much;
  // every reference's sentence goes through here.)
  std::string out(s.size(), '\0');
  char* const first = out.data();
  char* o = first;
  bool space = false;
  for (char c : s) {
    if (kSqueezedSpace[static_cast<unsigned char>(c)]) {
      space = true;
      continue;
    }
    if (space && o != first) *o++ = ' ';
    space = false;
    *o++ = c;
  }
  out.resize(static_cast<std::size_t>(o - first));
  return out;
}

bool ExtractContext::in_furniture(Span s) const {
  for (const Span& f : furniture)
    if (s.begin < f.end && f.begin < s.end) return true;
  return false;
}

const Footnote* ExtractContext::footnote_containing(std::size_t pos) const {
  for (const Footnote& f : footnotes)
    if (pos >= f.body.begin && pos < f.body.end) return &f;
  return nullptr;
}

const Footnote* ExtractContext::footnote_marked_after(std::size_t pos) const {
  return footnote_marked_after(pos, sentence_at(doc.text, pos));
}

const Footnote* ExtractContext::footnote_marked_after(std::size_t pos, Span s) const {
  const Footnote* best = nullptr;
  for (const Footnote& f : footnotes) {
    if (!f.marker || *f.marker < pos || *f.marker > s.end + 4) continue;
    if (!best || *f.marker < *best->marker) best = &f;
  }
  return best;
}

std::optional<int> ExtractContext::footnote_for(std::size_t pos) const {
  if (const Footnote* f = footnote_containing(pos)) return f->number;
  if (const Footnote* f = footnote_marked_after(pos)) return f->number;
  return std::nullopt;
}

}  // namespace kamerref
