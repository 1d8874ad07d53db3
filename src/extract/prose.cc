#include "kamerref/extract/prose.h"

#include <algorithm>
#include <cstring>

namespace kamerref {
namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t'; }

// Does the piece [begin, end) end a sentence or a clause that may not run on?
bool ends_clause(std::string_view t, std::size_t begin, std::size_t end) {
  std::size_t e = end;
  while (e > begin && is_space(t[e - 1])) --e;
  if (e == begin) return true;
  // a footnote marker glued to the full stop: `spannen.1`
  std::size_t d = e;
  int digits = 0;
  while (d > begin && digits < 3 && t[d - 1] >= '0' && t[d - 1] <= '9') {
    --d;
    ++digits;
  }
  if (digits > 0 && d > begin && t[d - 1] == '.') return true;
  char last = t[e - 1];
  return last == '.' || last == '!' || last == '?' || last == ':' || last == ';';
}

// Only a blank line (spaces and at most two line breaks) between two pieces.
bool blank_gap(std::string_view t, std::size_t from, std::size_t to) {
  if (to < from || to - from > 12) return false;
  int breaks = 0;
  for (std::size_t i = from; i < to; ++i) {
    if (t[i] == '\n') ++breaks;
    else if (t[i] != ' ' && t[i] != '\t') return false;
  }
  return breaks >= 1 && breaks <= 3;
}

}  // namespace

bool starts_lower(std::string_view t, std::size_t pos) {
  return pos < t.size() && t[pos] >= 'a' && t[pos] <= 'z';
}

Span prose_sentence(const ExtractContext& ctx, std::size_t pos) {
  std::string_view t = ctx.text();
  Span s = sentence_at(t, pos);
  Span limit{0, t.size()};
  if (const Footnote* f = ctx.footnote_containing(pos)) limit = f->body;
  // forwards: `(VVD), die \n\noproept om`
  for (int joins = 0; joins < 12 && s.end < limit.end; ++joins) {
    if (ends_clause(t, s.begin, s.end)) break;
    std::size_t next = s.end;
    while (next < limit.end && is_space(t[next])) ++next;
    if (next >= limit.end || !starts_lower(t, next) || !blank_gap(t, s.end, next)) break;
    Span more = sentence_at(t, next);
    if (more.begin != next || more.end <= s.end) break;
    s.end = more.end;
  }
  // backwards: the piece starts lower-case after a piece that runs on
  for (int joins = 0; joins < 12 && s.begin > limit.begin; ++joins) {
    if (!starts_lower(t, s.begin)) break;
    std::size_t prev_end = s.begin;
    while (prev_end > limit.begin && is_space(t[prev_end - 1])) --prev_end;
    if (prev_end == limit.begin || !blank_gap(t, prev_end, s.begin)) break;
    Span before = sentence_at(t, prev_end - 1);
    if (before.end > s.begin || ends_clause(t, before.begin, before.end)) break;
    s.begin = before.begin;
  }
  s.begin = std::max(s.begin, limit.begin);
  s.end = std::min(s.end, limit.end);
  return s;
}

const Footnote* footnote_marked_in_sentence(const ExtractContext& ctx, std::size_t pos) {
  if (ctx.footnote_containing(pos)) return nullptr;
  Span s = prose_sentence(ctx, pos);
  const Footnote* best = nullptr;
  for (const Footnote& f : ctx.footnotes) {
    if (!f.marker || *f.marker < pos || *f.marker > s.end + 4) continue;
    if (!best || *f.marker < *best->marker) best = &f;
  }
  return best;
}

Span sentence_marking(const ExtractContext& ctx, const Footnote& note) {
  if (!note.marker) return {};
  std::size_t at = *note.marker;
  // the marker sits after the sentence's full stop (`content.4`, `maatregelen.[5 ]`): look just before it
  std::string_view t = ctx.text();
  std::size_t probe = at;
  while (probe > 0 && (t[probe - 1] == '.' || is_space(t[probe - 1]) || t[probe - 1] == ',' || t[probe - 1] == '['))
    --probe;
  if (probe > 0) --probe;
  return prose_sentence(ctx, probe);
}

Span line_around(std::string_view t, std::size_t begin, std::size_t end) {
  end = std::min(end, t.size());
  begin = std::min(begin, end);
  const std::size_t low = begin > kLongestLine ? begin - kLongestLine : 0;
  // (memrchr: the line's start may lie kilobytes back, in a paragraph of Markdown or HTML)
  const void* nl = begin > low ? memrchr(t.data() + low, '\n', begin - low) : nullptr;
  const std::size_t from = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - t.data()) + 1 : low;
  const std::size_t high = std::min(t.size(), end + kLongestLine);
  std::size_t to = std::min(t.substr(0, high).find('\n', end), high);
  return {from, to};
}

bool opens_line(std::string_view t, std::size_t line_begin, std::size_t at) {
  if (at < line_begin || at > t.size()) return false;
  std::string_view before = t.substr(line_begin, at - line_begin);
  while (!before.empty() && (before.front() == ' ' || before.front() == '\t')) before.remove_prefix(1);
  if (!before.empty()) return false;
  // a prose paragraph opens with an article (`De motie-Jansen vraagt ...`); an entry with the word itself
  return t.compare(at, 5, "Motie") == 0 || t.compare(at, 10, "Gewijzigde") == 0;
}

KamerstukIndex::KamerstukIndex(const std::vector<Reference>& refs) {
  for (const Reference& r : refs)
    if (r.kind == RefKind::kamerstuk) by_begin_.push_back(&r);
  std::stable_sort(by_begin_.begin(), by_begin_.end(),
                   [](const Reference* a, const Reference* b) { return a->match.begin < b->match.begin; });
}

std::vector<const Reference*> KamerstukIndex::beginning_in(std::size_t from, std::size_t to) const {
  auto first = std::lower_bound(by_begin_.begin(), by_begin_.end(), from,
                                [](const Reference* r, std::size_t pos) { return r->match.begin < pos; });
  std::vector<const Reference*> found;
  for (auto it = first; it != by_begin_.end() && (*it)->match.begin <= to; ++it) found.push_back(*it);
  // pointers into one vector: their order is the order of `refs`
  std::sort(found.begin(), found.end(), std::less<const Reference*>());
  return found;
}

std::vector<const Reference*> KamerstukIndex::in(Span area) const {
  if (area.end <= area.begin) return {};
  std::vector<const Reference*> found = beginning_in(area.begin, area.end - 1);
  std::erase_if(found, [&](const Reference* r) { return r->match.end > area.end; });
  return found;
}

}  // namespace kamerref
