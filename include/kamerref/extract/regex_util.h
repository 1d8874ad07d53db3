#pragma once
// Boost.Regex conveniences for the pattern modules, and the fast path that
// keeps extraction near the speed of a plain scan: a pattern runs only in
// windows around cheap literal anchors (`amerstuk`, `nr`, `Verordening`),
// never over the whole text.
#include <boost/regex.hpp>

#include <algorithm>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "kamerref/extract/anchors.h"
#include "kamerref/load/offset_map.h"

namespace kamerref {

// Where group `group` of `m` lies in `text` (the string the match ran on).
inline Span match_span(const boost::cmatch& m, std::string_view text, int group = 0) {
  return {static_cast<std::size_t>(m[group].first - text.data()),
          static_cast<std::size_t>(m[group].second - text.data())};
}

// Iterates the matches of `re` over all of `text`.
inline boost::cregex_iterator matches(std::string_view text, const boost::regex& re) {
  return boost::cregex_iterator(text.data(), text.data() + text.size(), re);
}

// Appends the start of every occurrence of `literal` in `text` to `out`, in
// text order, overlapping ones included (what repeated string_view::find
// gives, faster where the literal starts with a common letter).
void find_occurrences(std::string_view text, std::string_view literal, std::vector<std::size_t>& out);

// The same for ASCII letters in any case: `lower_literal` is written in
// lower case and `Brief`, `BRIEF` and `brief` all count.
void find_occurrences_icase(std::string_view text, std::string_view lower_literal, std::vector<std::size_t>& out);

// Sorted, merged windows [p - before, p + after) around every occurrence of
// any anchor in `text`. Anchors are case-sensitive literals; list each case
// you need (`amerstuk`, `AMERSTUK`).
std::vector<Span> anchor_windows(std::string_view text, std::initializer_list<std::string_view> anchors,
                                 std::size_t before, std::size_t after);

// Sorted, merged windows [p - before, p + after), clipped to [0, text_size),
// around the places `hits` (any order): what anchor_windows and
// AnchorIndex::windows build from their anchors' places.
std::vector<Span> windows_around(std::vector<std::size_t> hits, std::size_t text_size, std::size_t before,
                                 std::size_t after);

// Merges windows sorted by begin where they overlap or touch.
std::vector<Span> merge_windows(std::vector<Span> sorted);

// Calls `on_match(const boost::cmatch&)` for every match of `re` that lies in
// one of `windows`, in text order. Lookbehinds, `^` and `\b` see the text
// before a window (Boost lets a lookbehind step back only to the `base` it is
// given, so the search gets the text's start as its base). A match must start
// within `before` bytes of its anchor and end within `after` bytes after it,
// or it is cut at the window's edge; a lookahead does not see past the edge
// (`$` there holds only where a line ends).
template <class OnMatch>
void for_each_match(std::string_view text, const std::vector<Span>& windows, const boost::regex& re,
                    OnMatch&& on_match) {
  const char* base = text.data();
  for (const Span& w : windows) {
    auto flags = boost::match_default;
    if (w.begin > 0) flags |= boost::match_prev_avail;
    if (w.end < text.size()) {
      flags |= boost::match_not_eob;
      // `$` at the edge holds only where the text's line ends there
      char next = text[w.end];
      if (next != '\n' && next != '\r' && next != '\f') flags |= boost::match_not_eol;
    }
    const char* from = base + w.begin;
    const char* last = base + w.end;
    boost::cmatch m;
    // as boost::regex_iterator steps, but with the text's base
    auto step_flags = flags;
    while (boost::regex_search(from, last, m, re, step_flags, base)) {
      on_match(m);
      step_flags = m[0].first == m[0].second ? flags | boost::regex_constants::match_not_initial_null : flags;
      from = m[0].second;
    }
  }
}

// Shorthand: windows and matches in one call.
template <class OnMatch>
void for_each_match_near(std::string_view text, std::initializer_list<std::string_view> anchors,
                         std::size_t before, std::size_t after, const boost::regex& re, OnMatch&& on_match) {
  for_each_match(text, anchor_windows(text, anchors, before, after), re, std::forward<OnMatch>(on_match));
}

// The same over a whole document, its anchors' places read from the
// document's one anchor pass (anchors.h) instead of a scan of its own.
template <class OnMatch>
void for_each_match_near(const AnchorIndex& anchors, std::initializer_list<std::string_view> literals,
                         std::size_t before, std::size_t after, const boost::regex& re, OnMatch&& on_match) {
  for_each_match(anchors.text(), anchors.windows(literals, before, after), re, std::forward<OnMatch>(on_match));
}

// The match of `re` that starts exactly at `pos`, as a search over the whole
// text would see it there: lookbehinds and `^` see the text before `pos`,
// lookaheads the text after the match.
inline bool match_at(std::string_view text, std::size_t pos, const boost::regex& re, boost::cmatch& m) {
  auto flags = boost::match_default | boost::match_continuous;
  if (pos > 0) flags |= boost::match_prev_avail;
  return boost::regex_search(text.data() + pos, text.data() + text.size(), m, re, flags, text.data());
}

// Calls `on_match(const boost::cmatch&)` for the matches of `re` that start
// at one of `starts` (sorted; repeats allowed), skipping a start inside the
// previous match, as an iteration over the whole text reports them. When
// `starts` holds every place a match can begin (the hits of a PhraseDictionary
// for the pattern's words), the result is that of the whole-text iteration for
// any pattern that cannot match the empty string.
template <class OnMatch>
void for_each_match_at(std::string_view text, const std::vector<std::size_t>& starts, const boost::regex& re,
                       OnMatch&& on_match) {
  std::size_t free_from = 0;  // the end of the last match
  std::size_t tried = static_cast<std::size_t>(-1);
  for (std::size_t pos : starts) {
    if (pos < free_from || pos == tried || pos > text.size()) continue;
    tried = pos;
    boost::cmatch m;
    if (!match_at(text, pos, re, m)) continue;
    free_from = static_cast<std::size_t>(m[0].second - text.data());
    on_match(m);
  }
}

// The first match of `re` near an anchor, or false.
bool search_near(std::string_view text, std::initializer_list<std::string_view> anchors, std::size_t before,
                 std::size_t after, const boost::regex& re, boost::cmatch& m);

// The same over a whole document, from its anchor pass.
bool search_near(const AnchorIndex& anchors, std::initializer_list<std::string_view> literals, std::size_t before,
                 std::size_t after, const boost::regex& re, boost::cmatch& m);

// Spans already taken by an earlier, stronger pattern; lookups in O(log n).
class ClaimedSpans {
 public:
  void add(Span s);
  bool overlaps(Span s) const;

 private:
  std::vector<Span> spans_;  // sorted by begin, non-overlapping after merge
};

// The flags of an attempt anchored at a place inside window `w` of `text`
// that sees what a search over the window sees: the bytes before the
// window for lookbehinds, and the window's end as no end of the text (nor
// of a line, unless a line break follows).
inline boost::match_flag_type anchored_flags_in(std::string_view text, Span w) {
  auto flags = boost::match_default | boost::match_continuous;
  if (w.begin > 0) flags |= boost::match_prev_avail;
  if (w.end < text.size()) {
    flags |= boost::match_not_eob;
    char next = text[w.end];
    if (next != '\n' && next != '\r' && next != '\f') flags |= boost::match_not_eol;
  }
  return flags;
}

// Calls `on_match(const boost::cmatch&)` for exactly the matches that
// for_each_match(text, windows, re, ...) reports, but tries `re` only at
// `starts` (ascending, repeats allowed) instead of at every byte of every
// window. `starts` must hold every place in the windows where a match of `re`
// can begin, and `re` must not match the empty string. Why nothing changes: a
// search reports the leftmost match in the rest of its window, and as no match
// begins between two starts, the anchored attempt at the next start (same
// window end, same flags, same base for lookbehinds) finds that match; after a
// match the search goes on from its end, and so do the starts.
template <class OnMatch>
inline void for_each_match_at_starts(std::string_view text, const std::vector<Span>& windows,
                              const std::vector<std::size_t>& starts, const boost::regex& re, OnMatch&& on_match) {
  const char* base = text.data();
  auto start = starts.begin();
  for (const Span& w : windows) {
    while (start != starts.end() && *start < w.begin) ++start;
    if (start == starts.end()) return;
    if (*start >= w.end) continue;
    const boost::match_flag_type flags = anchored_flags_in(text, w);
    std::size_t free_from = w.begin;  // the end of the last match in this window
    boost::cmatch m;  // one for the window: its storage is reused
    for (; start != starts.end() && *start < w.end; ++start) {
      if (*start < free_from || (start != starts.begin() && *(start - 1) == *start)) continue;
      if (!boost::regex_search(base + *start, base + w.end, m, re, flags, base)) continue;
      free_from = static_cast<std::size_t>(m[0].second - base);
      on_match(m);
    }
  }
}

}  // namespace kamerref
