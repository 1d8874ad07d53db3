#include "kamerref/extract/context.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

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

}  // namespace

Span sentence_at(std::string_view t, std::size_t pos) {
  constexpr std::size_t kMax = 1500;
  if (pos > t.size()) pos = t.size();
  std::size_t begin = pos;
  while (begin > 0 && pos - begin < kMax) {
    // most bytes are none of the few that can end the walk: passed at once
    if (!kMayStop[static_cast<unsigned char>(t[begin - 1])]) {
      --begin;
      continue;
    }
    char c = t[begin - 1];
    if (c == '\n' && begin >= 2 && t[begin - 2] == '\n') break;
    if (c == '\f') break;
    if ((c == '.' || c == '!' || c == '?') && begin - 1 < pos && ends_sentence(t, begin - 1)) break;
    if (c == '\n') {
      // a line that starts a list item or follows a line ending in ':' or ';'
      std::size_t k = begin;
      while (k < t.size() && t[k] == ' ') ++k;
      if (k < t.size() && (t[k] == '-' || t.compare(k, 3, "\xE2\x80\xA2") == 0)) break;
      std::size_t p = begin - 1;
      while (p > 0 && t[p - 1] == ' ') --p;
      if (p > 0 && (t[p - 1] == ':' || t[p - 1] == ';')) break;
    }
    --begin;
  }
  std::size_t end = pos;
  while (end < t.size() && end - pos < kMax) {
    char c = t[end];
    if (!kMayStop[static_cast<unsigned char>(c)]) {
      ++end;
      continue;
    }
    if (c == '\n' && end + 1 < t.size() && t[end + 1] == '\n') break;
    if (c == '\f') break;
    if (c == '\xE2' && t.compare(end, 3, "\xE2\x86\xA9") == 0) break;  // ↩ closes an end note
    if ((c == '.' || c == '!' || c == '?') && ends_sentence(t, end)) {
      ++end;
      while (end < t.size() && end - pos < kMax && is_c_digit(static_cast<unsigned char>(t[end]))) ++end;
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
