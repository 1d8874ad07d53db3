// Markdown -> plain text, keeping an offset map (see normalize.h).
#include <array>
#include <cctype>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "kamerref/load/normalize.h"

namespace kamerref {
namespace {

bool is_punct(char c) { return std::ispunct(static_cast<unsigned char>(c)) != 0; }
bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Length of an HTML tag starting at s[i] == '<' (`<sup>`, `</sup>`, `<br/>`),
// or 0 when it is not one (`< 5`, `<https://...>`).
std::size_t tag_length(std::string_view s, std::size_t i) {
  if (i + 1 >= s.size()) return 0;
  char c = s[i + 1];
  if (!(is_alpha(c) || c == '/' || c == '!')) return 0;
  for (std::size_t j = i + 1; j < s.size() && j - i < 300; ++j) {
    if (s[j] == '>') return j - i + 1;
    if (s[j] == '\n' || s[j] == '<') return 0;
  }
  return 0;
}

std::string_view tag_name(std::string_view tag) {
  std::size_t b = 1;
  if (b < tag.size() && tag[b] == '/') ++b;
  std::size_t e = b;
  while (e < tag.size() && std::isalnum(static_cast<unsigned char>(tag[e]))) ++e;
  return tag.substr(b, e - b);
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t k = 0; k < a.size(); ++k)
    if (std::tolower(static_cast<unsigned char>(a[k])) != std::tolower(static_cast<unsigned char>(b[k])))
      return false;
  return true;
}

// The bytes that end a plain run: each starts a markdown construct (or a
// line, which may start with one).
constexpr std::array<bool, 256> kMarkdownStop = [] {
  std::array<bool, 256> stop{};
  for (unsigned char c : std::string_view("\n\\*_`[!<&")) stop[c] = true;
  return stop;
}();

// The first byte at or after s[j] that ends a plain run (s.size() when
// none does); sixteen bytes a step where the compiler has SSE2 (every
// x86-64), eight otherwise, as most of a letter is plain text.
std::size_t next_stop(std::string_view s, std::size_t j) {
#if defined(__SSE2__)
  // the bytes of kMarkdownStop, each compared with all sixteen at once
  const __m128i newline = _mm_set1_epi8('\n'), backslash = _mm_set1_epi8('\\'), star = _mm_set1_epi8('*'),
                underscore = _mm_set1_epi8('_'), backtick = _mm_set1_epi8('`'), bracket = _mm_set1_epi8('['),
                bang = _mm_set1_epi8('!'), less = _mm_set1_epi8('<'), ampersand = _mm_set1_epi8('&');
  while (j + 16 <= s.size()) {
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + j));
    const __m128i hits = _mm_or_si128(
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(b, newline), _mm_cmpeq_epi8(b, backslash)),
                     _mm_or_si128(_mm_cmpeq_epi8(b, star), _mm_cmpeq_epi8(b, underscore))),
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(b, backtick), _mm_cmpeq_epi8(b, bracket)),
                     _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(b, bang), _mm_cmpeq_epi8(b, less)),
                                  _mm_cmpeq_epi8(b, ampersand))));
    if (const int mask = _mm_movemask_epi8(hits); mask != 0) return j + static_cast<std::size_t>(__builtin_ctz(mask));
    j += 16;
  }
#endif
  auto stop = [&](std::size_t k) { return kMarkdownStop[static_cast<unsigned char>(s[k])]; };
  // summed as numbers, not or-ed as booleans: no branch per byte
  auto stops = [&](std::size_t k) { return static_cast<int>(stop(k)); };
  while (j + 8 <= s.size() &&
         (stops(j) + stops(j + 1) + stops(j + 2) + stops(j + 3) + stops(j + 4) + stops(j + 5) + stops(j + 6) +
          stops(j + 7)) == 0)
    j += 8;
  while (j < s.size() && !stop(j)) ++j;
  return j;
}

// Whether the line after the break at s[nl] starts with nothing the
// line-start case acts on: after up to four spaces, neither a quote mark `>`
// nor a heading mark `#`.
bool plain_line_follows(std::string_view s, std::size_t nl) {
  std::size_t k = nl + 1;
  while (k < s.size() && k - (nl + 1) < 4 && s[k] == ' ') ++k;
  return k == s.size() || (s[k] != '>' && s[k] != '#');
}

}  // namespace

Stage strip_markdown(std::string_view s) {
  MappedTextBuilder out(s.size());
  std::string buf;
  bool line_start = true;
  std::size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (line_start) {
      line_start = false;
      // `> Retouradres`, `### 1. Aanleiding`
      std::size_t j = i;
      while (j < s.size() && j - i < 4 && s[j] == ' ') ++j;
      if (j < s.size() && s[j] == '>') {
        ++j;
        if (j < s.size() && s[j] == ' ') ++j;
        i = j;
        line_start = true;  // `> ## kop` nests
        continue;
      }
      if (j < s.size() && s[j] == '#') {
        std::size_t k = j;
        while (k < s.size() && s[k] == '#') ++k;
        if (k - j <= 6 && (k == s.size() || s[k] == ' ')) {
          i = k < s.size() ? k + 1 : k;
          continue;
        }
      }
      continue;
    }
    if (c == '\n') {
      out.copy(i, "\n");
      ++i;
      line_start = true;
      continue;
    }
    if (c == '\\' && i + 1 < s.size() && is_punct(s[i + 1])) {
      out.copy(i + 1, s.substr(i + 1, 1));
      i += 2;
      continue;
    }
    if (c == '*' || c == '_') {
      std::size_t j = i;
      while (j < s.size() && s[j] == c) ++j;
      std::size_t run = j - i;
      const char prev = i > 0 ? s[i - 1] : '\n';
      const char next = j < s.size() ? s[j] : '\n';
      // `**Datum**`, `*hashtags*`: emphasis delimiters touch a word on one
      // side. A lone `*` between spaces or a `* ` bullet stays; so does `_`
      // inside a word (`file_name`).
      bool opens = next != ' ' && next != '\n';
      bool closes = prev != ' ' && prev != '\n';
      bool intraword_underscore = c == '_' && std::isalnum(static_cast<unsigned char>(prev)) &&
                                  std::isalnum(static_cast<unsigned char>(next));
      bool bullet = c == '*' && run == 1 && (prev == '\n' || (i == 0)) && next == ' ';
      if ((opens || closes) && !intraword_underscore && !bullet) {
        i = j;
        continue;
      }
      out.copy(i, s.substr(i, run));
      i = j;
      continue;
    }
    if (c == '`') {
      ++i;
      continue;
    }
    if (c == '!' && i + 1 < s.size() && s[i + 1] == '[') {
      ++i;  // image: keep its alt text like a link's text
      continue;
    }
    if (c == '[') {
      // [text](url) -> text; a bracket that is not a link stays
      std::size_t close = s.find(']', i + 1);
      if (close != std::string_view::npos && close + 1 < s.size() && s[close + 1] == '(' &&
          s.substr(i, close - i).find('\n') == std::string_view::npos) {
        std::size_t paren = s.find(')', close + 2);
        if (paren != std::string_view::npos &&
            s.substr(close, paren - close).find('\n') == std::string_view::npos) {
          // the link text is kept as written; markup inside it is rare enough
          out.copy(i + 1, s.substr(i + 1, close - i - 1));
          i = paren + 1;
          continue;
        }
      }
      out.copy(i, "[");
      ++i;
      continue;
    }
    if (c == '<') {
      // <https://www.atkm.nl/meldpunt-atkm> -> the address
      if (s.substr(i + 1, 4) == "http") {
        std::size_t close = s.find('>', i);
        if (close != std::string_view::npos &&
            s.substr(i, close - i).find_first_of(" \n") == std::string_view::npos) {
          out.copy(i + 1, s.substr(i + 1, close - i - 1));
          i = close + 1;
          continue;
        }
      }
      if (std::size_t len = tag_length(s, i)) {
        std::string_view tag = s.substr(i, len);
        std::string_view name = tag_name(tag);
        if (iequals(name, "sup") && tag[1] != '/') {
          // <sup>12</sup> -> ¹² ; <sup>a</sup> and other content stays text
          std::size_t end = s.find("</sup>", i + len);
          if (end == std::string_view::npos) end = s.find("</SUP>", i + len);
          if (end != std::string_view::npos && end - (i + len) <= 4) {
            std::string_view digits = s.substr(i + len, end - (i + len));
            bool all_digits = !digits.empty();
            for (char d : digits) all_digits = all_digits && is_digit(d);
            if (all_digits) {
              out.replace(i, end + 6 - i, to_superscript_digits(digits));
              i = end + 6;
              continue;
            }
          }
        }
        if (iequals(name, "br")) out.replace(i, len, "\n");
        i += len;  // any other inline tag disappears
        continue;
      }
    }
    if (c == '&') {
      buf.clear();
      if (std::size_t len = decode_entity(s, i, buf)) {
        out.replace(i, len, buf);
        i += len;
        continue;
      }
    }
    // plain run: up to the next byte with a meaning, over line breaks after
    // which a line starts as text (a break before a quote or heading mark
    // goes to the line-start case above)
    std::size_t j = i + 1;
    for (;;) {
      j = next_stop(s, j);
      if (j == s.size() || s[j] != '\n' || !plain_line_follows(s, j)) break;
      ++j;
    }
    out.copy(i, s.substr(i, j - i));
    i = j;
  }
  Stage stage;
  stage.text = out.take_text();
  stage.map = out.take_map();
  return stage;
}

}  // namespace kamerref
