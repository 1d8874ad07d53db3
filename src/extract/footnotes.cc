#include "kamerref/extract/footnotes.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <map>
#include <unordered_set>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace kamerref {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::size_t line_end(std::string_view t, std::size_t pos) {
  std::size_t e = t.find('\n', pos);
  return e == std::string_view::npos ? t.size() : e;
}

// A number glued to the end of a word or sentence: `jl.1 aan`, `2016-2020)2.`,
// `Jihadisme3.`, `meningsuiting.1 Hoewel`. Not `6,3 miljoen`, `400.000`, `H2O`.
struct BareMarker {
  std::size_t pos;
  std::size_t len;
  int number;
};

// `Noot 1:`, `Voetnoot 12:` at `i`: the length of the label up to the digits; 0 when none.
std::size_t labelled_note(std::string_view t, std::size_t i) {
  // (every label starts with one of these: most lines are passed at once)
  if (i >= t.size() || (t[i] != 'N' && t[i] != 'V' && t[i] != 'n' && t[i] != 'v')) return 0;
  for (std::string_view label : {"Noot ", "Voetnoot ", "noot ", "voetnoot "}) {
    if (t.compare(i, label.size(), label) != 0) continue;
    std::size_t d = i + label.size();
    std::size_t e = d;
    while (e < t.size() && is_digit(t[e]) && e - d < 4) ++e;
    if (e > d && e - d <= 3 && e < t.size() && t[e] == ':') return label.size();
  }
  return 0;
}

// The bytes a note line may open with: the spaces before its number or
// label, a digit, the first letter of `Noot`/`Voetnoot` in either case.
constexpr std::array<bool, 256> kNoteLineOpeners = [] {
  std::array<bool, 256> openers{};
  for (unsigned char c : std::string_view(" 0123456789NVnv")) openers[c] = true;
  return openers;
}();

// Which of 64 bytes of text are digits, and which are blanks (a space or
// a `\n`), a bit per byte (bit k: bytes[k]). Sixteen bytes are compared at a
// time where SSE2 is at hand (every x86-64), one by one elsewhere.
struct DigitsAndBlanks {
  std::uint64_t digits = 0;
  std::uint64_t blanks = 0;
};

DigitsAndBlanks digits_and_blanks_of_64(const unsigned char* bytes) {
  DigitsAndBlanks m;
#if defined(__SSE2__)
  const __m128i zero_digit = _mm_set1_epi8('0'), nine = _mm_set1_epi8(9);
  const __m128i newline = _mm_set1_epi8('\n'), space = _mm_set1_epi8(' ');
  for (int part = 0; part < 4; ++part) {
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + 16 * part));
    // a digit: b - '0' in [0, 9] unsigned, that is min(b - '0', 9) == b - '0'
    const __m128i shifted = _mm_sub_epi8(b, zero_digit);
    const __m128i digit = _mm_cmpeq_epi8(_mm_min_epu8(shifted, nine), shifted);
    const __m128i blank = _mm_or_si128(_mm_cmpeq_epi8(b, newline), _mm_cmpeq_epi8(b, space));
    m.digits |= static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(digit))) << (16 * part);
    m.blanks |= static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(blank))) << (16 * part);
  }
#else
  for (int k = 0; k < 64; ++k) {
    m.digits |= std::uint64_t{bytes[k] >= '0' && bytes[k] <= '9'} << k;
    m.blanks |= std::uint64_t{bytes[k] == '\n' || bytes[k] == ' '} << k;
  }
#endif
  return m;
}

// Whether a bare marker stands at `i` (a digit, i >= 1): appends it to `out`.
void examine_marker_at(std::string_view t, std::size_t i, std::vector<BareMarker>& out) {
  if (is_digit(t[i - 1])) return;
  const char before = t[i - 1];
  const bool letter = is_ascii_alpha(before) || static_cast<unsigned char>(before) >= 0x80;
  // `[`: a marker as PDF-to-text conversions print a superscript, `de motie van het lid
  // Ceder[4 ] in de Raad`, `gepaste maatregelen.[5 ]`, `maatregelen[8].` (ah-tk-20232024-387)
  const bool bracket = before == '[';
  const bool punct = bracket || before == '.' || before == ')' || before == ',' || before == ';' ||
                     before == ':' || before == '\'' || before == '"';
  if (!letter && !punct) return;
  if (punct && (before == '.' || before == ',' || before == ':') && i >= 2 && is_digit(t[i - 2]))
    return;  // 6,3 and 400.000 and 10:30
  std::size_t j = i;
  while (j < t.size() && is_digit(t[j]) && j - i < 4) ++j;
  if (j - i > 3 || (j < t.size() && is_digit(t[j]))) return;
  const char after = j < t.size() ? t[j] : '\n';
  if (bracket) {
    // `[4 ]`, `[8]`: the bracket closes right after; `[2020]`, `[zie 3]` are no markers
    std::size_t close = j;
    while (close < t.size() && t[close] == ' ') ++close;
    if (close >= t.size() || t[close] != ']') return;
  } else if (!(after == ' ' || after == '\n' || after == ',' || after == '.' || after == ';' || after == ':' ||
               after == ')')) {
    return;
  }
  if (letter) {
    // `H2O`, `G20`, `COVID19`, `F16`: codes of capitals and digits are not markers
    std::size_t w = i;
    int capitals = 0, letters = 0;
    // (`IV-HO11`: the whole hyphenated abbreviation counts)
    while (w > 0 && (is_ascii_alpha(t[w - 1]) || static_cast<unsigned char>(t[w - 1]) >= 0x80 ||
                     (t[w - 1] == '-' && w >= 2 && is_ascii_alpha(t[w - 2])))) {
      --w;
      if (t[w] == '-') continue;
      ++letters;
      if (t[w] >= 'A' && t[w] <= 'Z') ++capitals;
    }
    if (letters <= 2 && capitals == letters) return;
  }
  int n = 0;
  for (std::size_t k = i; k < j; ++k) n = n * 10 + (t[k] - '0');
  if (n > 0) out.push_back({i, j - i, n});
}

// Every bare marker, in text order: each digit at i >= 1 is examined. A
// digit after a digit, a space or a line break is none (examine_marker_at
// rejects it at once: a space or line break is neither letter nor the
// punctuation a marker follows), and prose has many of those (`in 2024`,
// `€ 498.532`): 64 bytes at a time, only the other digits are examined.
// Only markers that start before `limit` are wanted.
std::vector<BareMarker> find_bare_markers(std::string_view t, std::size_t limit) {
  std::vector<BareMarker> out;
  limit = std::min(limit, t.size());
  const auto* bytes = reinterpret_cast<const unsigned char*>(t.data());
  // bit 0: whether the byte before the block is a digit, a blank
  std::uint64_t digit_before = 0, blank_before = 0;
  std::size_t i = 0;
  for (; i + 64 <= limit; i += 64) {
    const DigitsAndBlanks m = digits_and_blanks_of_64(bytes + i);
    std::uint64_t candidates = m.digits & ~((m.digits << 1) | digit_before) & ~((m.blanks << 1) | blank_before);
    digit_before = m.digits >> 63;
    blank_before = m.blanks >> 63;
    if (i == 0) candidates &= ~std::uint64_t{1};  // the text's first byte has none before it
    for (; candidates != 0; candidates &= candidates - 1)
      examine_marker_at(t, i + static_cast<unsigned>(std::countr_zero(candidates)), out);
  }
  for (i = std::max<std::size_t>(i, 1); i < limit; ++i)
    if (is_digit(t[i])) examine_marker_at(t, i, out);
  return out;
}

// End of a note that starts at `begin`: a blank line, a `---` rule, the next
// note, or (PDF) a line indented by the page layout.
std::size_t note_end(std::string_view t, std::size_t begin, bool pdf_style,
                     const std::vector<std::size_t>& next_starts) {
  std::size_t limit = t.size();
  auto next = std::upper_bound(next_starts.begin(), next_starts.end(), begin);
  if (next != next_starts.end()) limit = std::min(limit, *next);
  std::size_t pos = line_end(t, begin);
  while (pos < limit) {
    std::size_t next_line = pos + 1;
    if (next_line >= limit) break;
    const char first = t[next_line];
    if (first == '\n' || first == '\f') break;                 // blank line or page break
    if (t.compare(next_line, 3, "---") == 0) break;            // rule
    if (pdf_style && first == ' ') break;                      // page text resumes
    if (t.compare(next_line, 12, "Tweede Kamer") == 0 || t.compare(next_line, 12, "Eerste Kamer") == 0)
      break;                                                   // running footer
    pos = line_end(t, next_line);
  }
  while (pos > begin && (t[pos - 1] == ' ' || t[pos - 1] == '\n')) --pos;
  return std::min(pos, limit);
}

}  // namespace

std::vector<Footnote> find_footnotes(const Document& doc) {
  std::string_view t = doc.text;
  std::vector<Footnote> notes;

  // 1. Explicit markers (superscripts, <sup>, XML <noot>).
  std::vector<std::size_t> def_starts;
  for (const FootnoteMarker& m : doc.markers)
    if (m.at_line_start) def_starts.push_back(m.pos);
  std::vector<const FootnoteMarker*> body_markers;
  for (const FootnoteMarker& m : doc.markers) {
    if (m.at_line_start) {
      Footnote f;
      f.number = m.number;
      std::size_t b = m.pos;
      while (b < t.size() && t[b] == ' ') ++b;
      f.body = {b, note_end(t, b, false, def_starts)};
      notes.push_back(f);
    } else {
      body_markers.push_back(&m);
    }
  }
  for (const FootnoteMarker* m : body_markers) {
    // the first note with that number after the marker, else any
    Footnote* best = nullptr;
    for (Footnote& f : notes) {
      if (f.number != m->number || f.marker) continue;
      if (f.body.begin >= m->pos) {
        best = &f;
        break;
      }
      if (!best) best = &f;
    }
    if (best) best->marker = m->pos;
  }

  // 2. Bare numbers: end notes (`1. ... ↩`) and PDF notes (`1 Kamerstuk ...`).
  // The note lines come first: a line becomes a note only through a glued
  // marker before it (or its `Noot 3:` label), so the markers are looked for
  // only where a note line follows them.
  {
    struct Candidate {
      int number;
      std::size_t line_begin, body_begin;
      bool endnote;
      bool labelled = false;  // `Noot 1:`
      bool outranked = false;  // a line of prose: a later line with its number is a note
    };
    std::vector<Candidate> candidates;
    // the first `↩` at or after the last place asked; lines are read in
    // order, so it is searched again only once passed (a numbered list in a
    // text without end notes would otherwise search to the end per item)
    std::size_t next_arrow = 0;
    bool arrow_searched = false;
    for (std::size_t ls = 0; ls < t.size(); ls = line_end(t, ls) + 1) {
      // A line can be a note only when it opens (after up to eight spaces)
      // with a label's `N`/`V`/`n`/`v` or a digit: any other first byte is
      // passed at once, as the checks below would pass it.
      if (!kNoteLineOpeners[static_cast<unsigned char>(t[ls])]) continue;
      std::size_t i = ls;
      while (i < t.size() && t[i] == ' ' && i - ls < 8) ++i;
      // `Noot 1: Kamerstuk 32 500 XV, nr. 95` (notes as pages of tweedekamer.nl print them)
      if (std::size_t label = labelled_note(t, i)) {
        std::size_t d = i + label;
        while (d < t.size() && is_digit(t[d])) ++d;
        int n = 0;
        for (std::size_t k = i + label; k < d; ++k) n = n * 10 + (t[k] - '0');
        std::size_t body = d + 1;
        while (body < t.size() && t[body] == ' ') ++body;
        if (n > 0) candidates.push_back({n, ls, body, false, true});
        continue;
      }
      std::size_t d = i;
      while (d < t.size() && is_digit(t[d]) && d - i < 4) ++d;
      if (d == i || d - i > 3) continue;
      int n = 0;
      for (std::size_t k = i; k < d; ++k) n = n * 10 + (t[k] - '0');
      if (n == 0) continue;
      if (d + 1 < t.size() && t[d] == '.' && t[d + 1] == ' ') {
        // `  1. In het onderzoek ... ↩` : an end note only if the arrow closes
        // it, before the paragraph ends (a `\n\n` cannot end at the arrow's
        // first byte, so looking for one before the arrow is enough)
        if (!arrow_searched || (next_arrow != std::string_view::npos && next_arrow < d)) {
          next_arrow = t.find("\xE2\x86\xA9", d);  // ↩
          arrow_searched = true;
        }
        if (next_arrow != std::string_view::npos && t.substr(d, next_arrow - d).find("\n\n") == std::string_view::npos)
          candidates.push_back({n, ls, d + 2, true, false});
      } else if (d < t.size() && t[d] == ' ' && d + 1 < t.size() && t[d + 1] != ' ' &&
                 !is_digit(t[d + 1]) && i - ls <= 1) {
        candidates.push_back({n, ls, d + 1, false, false});
      }
    }
    // A line of prose that wraps at a number (`3 april zijn 51 meldingen
    // binnengekomen`) looks like a PDF note. The notes of a page stand in a
    // run: each on the line after the note before it, or a few lines on when
    // a note wraps. Where a number's line stands alone and a later line with
    // that number stands in a run, the later one is the note.
    {
      constexpr int kNoteLines = 3;  // a note wraps over at most this many lines
      auto follows = [&](const Candidate& before, const Candidate& after) {
        if (before.number + 1 != after.number || before.endnote || after.endnote) return false;
        std::size_t line = before.line_begin;
        for (int k = 0; k < kNoteLines && line < after.line_begin; ++k) line = line_end(t, line) + 1;
        return line == after.line_begin;
      };
      std::vector<bool> in_run(candidates.size(), false);
      for (std::size_t k = 1; k < candidates.size(); ++k)
        if (follows(candidates[k - 1], candidates[k])) in_run[k - 1] = in_run[k] = true;
      std::unordered_set<int> run_numbers_after;  // numbers of in-run notes after the candidate looked at
      for (std::size_t k = candidates.size(); k-- > 0;) {
        Candidate& c = candidates[k];
        if (!in_run[k] && !c.endnote && !c.labelled && run_numbers_after.contains(c.number)) c.outranked = true;
        if (in_run[k]) run_numbers_after.insert(c.number);
      }
    }
    std::erase_if(candidates, [](const Candidate& c) { return c.outranked; });
    std::vector<BareMarker> bare =
        candidates.empty() ? std::vector<BareMarker>{} : find_bare_markers(t, candidates.back().line_begin);
    std::vector<bool> used(bare.size(), false);
    int last_number = 0;
    std::vector<std::size_t> starts;
    for (const Candidate& c : candidates) starts.push_back(c.line_begin);
    for (const Candidate& c : candidates) {
      if (c.number <= last_number && !c.endnote) continue;
      // the glued marker with this number, before the note, not used yet
      std::size_t found = bare.size();
      for (std::size_t k = 0; k < bare.size(); ++k) {
        if (bare[k].pos >= c.line_begin) break;
        if (!used[k] && bare[k].number == c.number) found = k;
      }
      // a labelled note (`Noot 3:`) is a note even where its marker was lost
      if (found == bare.size() && !c.labelled) continue;
      bool duplicate = false;
      for (const Footnote& f : notes) duplicate = duplicate || (f.number == c.number && f.body.contains(c.body_begin));
      if (duplicate) continue;
      last_number = c.number;
      Footnote f;
      f.number = c.number;
      std::size_t end;
      if (c.endnote) {
        end = t.find("\xE2\x86\xA9", c.body_begin);
        while (end > c.body_begin && t[end - 1] == ' ') --end;
      } else {
        end = note_end(t, c.body_begin, !c.labelled, starts);
      }
      f.body = {c.body_begin, end};
      if (found != bare.size()) {
        used[found] = true;
        f.marker = bare[found].pos;
        f.marker_span = {bare[found].pos, bare[found].pos + bare[found].len};
      }
      notes.push_back(f);
    }
  }
  std::sort(notes.begin(), notes.end(),
            [](const Footnote& a, const Footnote& b) { return a.body.begin < b.body.begin; });
  return notes;
}

}  // namespace kamerref
