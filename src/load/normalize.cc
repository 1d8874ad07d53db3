#include "kamerref/load/normalize.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "kamerref/load/encoding.h"

namespace kamerref {
namespace {

int superscript_digit(char32_t cp) {
  switch (cp) {
    case 0x2070: return 0;
    case 0x00B9: return 1;
    case 0x00B2: return 2;
    case 0x00B3: return 3;
    default:
      if (cp >= 0x2074 && cp <= 0x2079) return static_cast<int>(cp - 0x2070);
      return -1;
  }
}

bool is_unicode_space(char32_t cp) {
  return cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000 || cp == 0x1680;
}

bool is_invisible(char32_t cp) {
  return cp == 0x00AD || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x200E ||
         cp == 0x200F || cp == 0x2060 || cp == 0xFEFF || (cp >= 0xFE00 && cp <= 0xFE0F);
}

// Replacement for typographic characters, or nullptr to keep the character.
const char* ascii_replacement(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x00B4: return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB: case 0x2033:
      return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return "-";
    case 0xFB00: return "ff";
    case 0xFB01: return "fi";
    case 0xFB02: return "fl";
    case 0xFB03: return "ffi";
    case 0xFB04: return "ffl";
    case 0x2026: return "...";
    default: return nullptr;
  }
}

bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_vowel(char c) {
  switch (c) {
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
    case 'A': case 'E': case 'I': case 'O': case 'U': return true;
    default: return false;
  }
}

// Letter before the last byte of `text` (ASCII letters and UTF-8 letters alike).
bool ends_in_letter_hyphen(const std::string& text) {
  if (text.size() < 2 || text.back() != '-') return false;
  auto c = static_cast<unsigned char>(text[text.size() - 2]);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// ASCII that normalisation copies as it is: everything but line and page
// breaks, tabs, NUL and the bytes of multi-byte characters.
bool is_plain_ascii(char c) {
  return static_cast<unsigned char>(c) < 0x80 && c != '\r' && c != '\n' && c != '\t' && c != '\v' && c != '\f' &&
         c != '\0';
}

// Whether s[k], not plain ASCII, still stays as it is inside a pending run:
// a line break after anything but a hyphen (no word is joined over it), and
// a page break. normalize_characters' cases for them would only step over
// them; the run scan takes them along instead of returning to its loop at
// every line.
bool stays_in_run(std::string_view s, std::size_t k) {
  return (s[k] == '\n' && s[k - 1] != '-') || s[k] == '\f';
}

// The end of the run of plain ASCII from s[i] on (i > 0), taking along the
// line and page breaks that stay_in_run. Most of a text is such runs, so
// they are skipped eight bytes at a time: a word goes by whole when none of
// its bytes is below 0x0E (where NUL, TAB, LF, VT, FF and CR are) or has its
// high bit set.
std::size_t plain_ascii_run_end(std::string_view s, std::size_t i) {
#if defined(__SSE2__)
  // Sixteen bytes a step where the compiler has SSE2 (every x86-64): read as
  // signed, exactly the bytes below 0x0E and from 0x80 on are below 0x0E;
  // of those, 0x01..0x08 are plain and the scan goes on past them.
  const __m128i limit = _mm_set1_epi8(0x0E);
  for (;;) {
    // two blocks a step while neither holds a candidate (most of a line)
    while (i + 32 <= s.size()) {
      const auto* block = reinterpret_cast<const __m128i*>(s.data() + i);
      const __m128i low = _mm_or_si128(_mm_cmplt_epi8(_mm_loadu_si128(block), limit),
                                       _mm_cmplt_epi8(_mm_loadu_si128(block + 1), limit));
      if (_mm_movemask_epi8(low) != 0) break;
      i += 32;
    }
    if (i + 16 > s.size()) break;
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    auto candidates = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(bytes, limit)));
    for (; candidates != 0; candidates &= candidates - 1) {
      const std::size_t k = i + static_cast<std::size_t>(__builtin_ctz(candidates));
      if (!is_plain_ascii(s[k]) && !stays_in_run(s, k)) return k;
    }
    i += 16;
  }
#endif
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
  for (;;) {
    while (i + 8 <= s.size()) {
      std::uint64_t word;
      std::memcpy(&word, s.data() + i, sizeof word);
      // a byte below 0x0E borrows into its high bit when 0x0E is taken off
      if ((((word - kOnes * 0x0E) | word) & kHighBits) != 0) break;
      i += 8;
    }
    const std::size_t word_end = std::min(i + 8, s.size());
    for (; i < word_end; ++i)
      if (!is_plain_ascii(s[i]) && !stays_in_run(s, i)) return i;
    if (i == s.size()) return i;
  }
}

}  // namespace

std::string to_superscript_digits(std::string_view digits) {
  static constexpr std::array<char32_t, 10> kSup = {0x2070, 0x00B9, 0x00B2, 0x00B3, 0x2074,
                                                    0x2075, 0x2076, 0x2077, 0x2078, 0x2079};
  std::string out;
  for (char c : digits)
    if (c >= '0' && c <= '9') append_utf8(out, kSup[static_cast<std::size_t>(c - '0')]);
  return out;
}

namespace {

// normalize_characters of `in`; `owned`, when given, holds `in`'s bytes and
// may be taken: a text in which nothing changes becomes the result itself.
NormalizedText normalize(std::string_view in, std::string* owned) {
  NormalizedText result;
  // Room for the whole text once it is clear that one is written: before
  // the first copy (every change flushes the pending run first).
  MappedTextBuilder out;
  bool room = false;
  // Bytes that stay as they are (most of a text) are not written one run at
  // a time: they pile up in [run, i) and go to `out` in one copy when
  // something else has to be written. The map merges adjacent verbatim
  // copies into one segment, so it is the same map either way.
  std::size_t i = 0;
  std::size_t run = 0;
  auto flush = [&] {
    if (!room) {
      out.reserve(in.size());
      room = true;
    }
    if (i > run) out.copy(run, in.substr(run, i - run));
    run = i;
  };
  // Whether the output so far ends in a line holding only spaces: the line
  // starts after the last line or page break written (only the line break
  // and page break cases below write those bytes).
  auto at_line_start = [&] {
    const std::string& text = out.text();
    std::size_t k = text.size();
    while (k > 0 && text[k - 1] == ' ') --k;
    return k == 0 || text[k - 1] == '\n' || text[k - 1] == '\f';
  };
  while (i < in.size()) {
    const char c = in[i];
    if (is_plain_ascii(c)) {
      i = plain_ascii_run_end(in, i + 1);
      continue;
    }
    if (c == '\n') {
      // While a run is pending the output ends as the input before `i` does:
      // no hyphen there, no word to join, the line break stays.
      if (i > run && in[i - 1] != '-') {
        ++i;
        continue;
      }
      flush();
      // `terroris-\ntische`: a word broken over a line. Join the halves unless
      // two vowels meet (`informatie-\nuitwisseling`) or a capital follows.
      if (ends_in_letter_hyphen(out.text())) {
        std::size_t j = i + 1;
        while (j < in.size() && (in[j] == ' ' || in[j] == '\t')) ++j;
        if (j < in.size() && is_ascii_lower(in[j])) {
          const char before = out.text()[out.size() - 2];
          // The hyphen, the newline and the indentation become nothing;
          // between two vowels the hyphen stays and only the break goes.
          if (!(is_vowel(before) && is_vowel(in[j]))) out.drop_back(1);
          i = run = j;
          continue;
        }
      }
      ++i;  // the line break stays, the start of the next run
      continue;
    }
    if (static_cast<unsigned char>(c) < 0x80) {
      if (c == '\f') {
        ++i;  // a page break (PDF) stays: it ends notes and sentences
        continue;
      }
      flush();
      if (c == '\r') {
        // CR LF and a lone CR -> LF
        const std::size_t len = (i + 1 < in.size() && in[i + 1] == '\n') ? 2 : 1;
        out.replace(i, len, "\n");
        i = run = i + len;
        continue;
      }
      out.replace(i, 1, " ");  // TAB, VT, NUL
      i = run = i + 1;
      continue;
    }
    char32_t cp;
    const std::size_t len = utf8_sequence(in, i, cp);
    if (len == 0) {  // cannot happen after decode_to_utf8, but never loop
      flush();
      out.replace(i, 1, "\xEF\xBF\xBD");
      i = run = i + 1;
      continue;
    }
    if (superscript_digit(cp) >= 0) {
      flush();
      // a run of superscript digits is one marker: `¹²` is footnote 12
      int number = 0;
      std::size_t j = i;
      char32_t next;
      std::size_t next_len;
      while (j < in.size() && (next_len = utf8_sequence(in, j, next)) != 0 &&
             superscript_digit(next) >= 0) {
        number = number * 10 + superscript_digit(next);
        j += next_len;
        if (number > 99999) break;
      }
      result.markers.push_back({out.size(), number, at_line_start()});
      i = run = j;
      continue;
    }
    if (is_unicode_space(cp)) {
      flush();
      out.replace(i, len, " ");
      run = i + len;
    } else if (is_invisible(cp)) {
      flush();  // dropped: nothing in the output maps to it
      run = i + len;
    } else if (const char* ascii = ascii_replacement(cp)) {
      flush();
      out.replace(i, len, ascii);
      run = i + len;
    }
    i += len;  // any other character stays in the run
  }
  if (owned != nullptr && run == 0 && out.size() == 0) {
    // Nothing changed (every change moves `run` past 0): the text is the
    // input, mapped as the one copy the last flush would have made.
    result.map.copy(0, 0, in.size());
    result.text = std::move(*owned);
    return result;
  }
  flush();
  result.text = out.take_text();
  result.map = out.take_map();
  return result;
}

}  // namespace

NormalizedText normalize_characters(std::string_view utf8) { return normalize(utf8, nullptr); }

NormalizedText normalize_owned_text(std::string utf8) {
  const std::string_view view = utf8;
  return normalize(view, &utf8);
}

std::size_t decode_entity(std::string_view s, std::size_t i, std::string& out) {
  if (i >= s.size() || s[i] != '&') return 0;
  std::size_t semi = s.find(';', i + 1);
  if (semi == std::string_view::npos || semi - i > 12) return 0;
  std::string_view name = s.substr(i + 1, semi - i - 1);
  if (name.empty()) return 0;
  if (name[0] == '#') {
    char32_t cp = 0;
    bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    std::size_t k = hex ? 2 : 1;
    if (k >= name.size()) return 0;
    for (; k < name.size(); ++k) {
      char ch = name[k];
      int v;
      if (ch >= '0' && ch <= '9') v = ch - '0';
      else if (hex && ch >= 'a' && ch <= 'f') v = ch - 'a' + 10;
      else if (hex && ch >= 'A' && ch <= 'F') v = ch - 'A' + 10;
      else return 0;
      cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(v);
      if (cp > 0x10FFFF) return 0;
    }
    if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    append_utf8(out, cp);
    return semi - i + 1;
  }
  struct Named {
    std::string_view name;
    char32_t cp;
  };
  static constexpr Named kNamed[] = {
      {"amp", '&'},      {"lt", '<'},       {"gt", '>'},       {"quot", '"'},
      {"apos", '\''},    {"nbsp", 0xA0},    {"ndash", 0x2013}, {"mdash", 0x2014},
      {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"sbquo", 0x201A}, {"ldquo", 0x201C},
      {"rdquo", 0x201D}, {"bdquo", 0x201E}, {"laquo", 0xAB},   {"raquo", 0xBB},
      {"hellip", 0x2026}, {"shy", 0xAD},    {"sup1", 0xB9},    {"sup2", 0xB2},
      {"sup3", 0xB3},    {"euro", 0x20AC},  {"sect", 0xA7},    {"deg", 0xB0},
      {"middot", 0xB7},  {"bull", 0x2022},  {"thinsp", 0x2009}, {"ensp", 0x2002},
      {"emsp", 0x2003},  {"zwsp", 0x200B},  {"copy", 0xA9},    {"reg", 0xAE},
      {"eacute", 0xE9},  {"egrave", 0xE8},  {"ecirc", 0xEA},   {"euml", 0xEB},
      {"aacute", 0xE1},  {"agrave", 0xE0},  {"acirc", 0xE2},   {"auml", 0xE4},
      {"iacute", 0xED},  {"igrave", 0xEC},  {"icirc", 0xEE},   {"iuml", 0xEF},
      {"oacute", 0xF3},  {"ograve", 0xF2},  {"ocirc", 0xF4},   {"ouml", 0xF6},
      {"uacute", 0xFA},  {"ugrave", 0xF9},  {"ucirc", 0xFB},   {"uuml", 0xFC},
      {"ccedil", 0xE7},  {"ntilde", 0xF1},  {"Eacute", 0xC9},  {"Euml", 0xCB},
      {"Ouml", 0xD6},    {"Uuml", 0xDC},    {"Iuml", 0xCF},    {"szlig", 0xDF},
      {"oslash", 0xF8},  {"aring", 0xE5},   {"larr", 0x2190},  {"rarr", 0x2192},
      {"hookleftarrow", 0x21A9}, {"times", 0xD7}, {"para", 0xB6},
  };
  for (const Named& n : kNamed) {
    if (n.name == name) {
      append_utf8(out, n.cp);
      return semi - i + 1;
    }
  }
  return 0;
}

}  // namespace kamerref
