#include "kamerref/extract/footnotes.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <map>

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
  for (std::string_view label : {"Noot ", "Voetnoot ", "noot ", "voetnoot "}) {
    if (t.compare(i, label.size(), label) != 0) continue;
    std::size_t d = i + label.size();
    std::size_t e = d;
    while (e < t.size() && is_digit(t[e]) && e - d < 4) ++e;
    if (e > d && e - d <= 3 && e < t.size() && t[e] == ':') return label.size();
  }
  return 0;
}

// Whether any of the eight bytes in `word` is an ASCII digit: the test of
// whether a word has a byte strictly between two values (m = '0' - 1,
// n = '9' + 1), exact for every byte, from the bit-twiddling folklore.
constexpr bool has_digit(std::uint64_t word) {
  constexpr std::uint64_t ones = ~std::uint64_t{0} / 255;
  constexpr std::uint64_t low7 = ones * 127, high = ones * 128;
  const std::uint64_t x = word & low7;
  return ((ones * (127 + ('9' + 1)) - x) & ~word & (x + ones * (127 - ('0' - 1))) & high) != 0;
}

// The first digit at or after `i`, or t.size(). Prose has few digits: eight
// bytes without one are passed over at once.
std::size_t next_digit(std::string_view t, std::size_t i) {
  while (i + 8 <= t.size()) {
    std::uint64_t word;
    std::memcpy(&word, t.data() + i, 8);
    if (has_digit(word)) break;
    i += 8;
  }
  while (i < t.size() && !is_digit(t[i])) ++i;
  return i;
}

std::vector<BareMarker> find_bare_markers(std::string_view t) {
  std::vector<BareMarker> out;
  for (std::size_t i = t.empty() ? 0 : next_digit(t, 1); i < t.size(); i = next_digit(t, i + 1)) {
    if (is_digit(t[i - 1])) continue;
    const char before = t[i - 1];
    const bool letter = is_ascii_alpha(before) || static_cast<unsigned char>(before) >= 0x80;
    // `[`: a marker as PDF-to-text conversions print a superscript, `de motie van het lid
    // Ceder[4 ] in de Raad`, `gepaste maatregelen.[5 ]`, `maatregelen[8].` (ah-tk-20232024-387)
    const bool bracket = before == '[';
    const bool punct = bracket || before == '.' || before == ')' || before == ',' || before == ';' ||
                       before == ':' || before == '\'' || before == '"';
    if (!letter && !punct) continue;
    if (punct && (before == '.' || before == ',' || before == ':') && i >= 2 && is_digit(t[i - 2]))
      continue;  // 6,3 and 400.000 and 10:30
    std::size_t j = i;
    while (j < t.size() && is_digit(t[j]) && j - i < 4) ++j;
    if (j - i > 3 || (j < t.size() && is_digit(t[j]))) continue;
    const char after = j < t.size() ? t[j] : '\n';
    if (bracket) {
      // `[4 ]`, `[8]`: the bracket closes right after; `[2020]`, `[zie 3]` are no markers
      std::size_t close = j;
      while (close < t.size() && t[close] == ' ') ++close;
      if (close >= t.size() || t[close] != ']') continue;
    } else if (!(after == ' ' || after == '\n' || after == ',' || after == '.' || after == ';' ||
                 after == ':' || after == ')')) {
      continue;
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
      if (letters <= 2 && capitals == letters) continue;
    }
    int n = 0;
    for (std::size_t k = i; k < j; ++k) n = n * 10 + (t[k] - '0');
    if (n > 0) out.push_back({i, j - i, n});
    i = j;
  }
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
  std::vector<BareMarker> bare = find_bare_markers(t);
  if (!bare.empty() || t.find("oot ") != std::string_view::npos) {
    struct Candidate {
      int number;
      std::size_t line_begin, body_begin;
      bool endnote;
      bool labelled = false;  // `Noot 1:`
    };
    std::vector<Candidate> candidates;
    // the first `↩` at or after the last place asked; lines are read in
    // order, so it is searched again only once passed (a numbered list in a
    // text without end notes would otherwise search to the end per item)
    std::size_t next_arrow = 0;
    bool arrow_searched = false;
    for (std::size_t ls = 0; ls < t.size(); ls = line_end(t, ls) + 1) {
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
