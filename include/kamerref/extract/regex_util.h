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

// Sorted, merged windows [p - before, p + after) around every occurrence of
// any anchor in `text`. Anchors are case-sensitive literals; list each case
// you need (`amerstuk`, `AMERSTUK`).
std::vector<Span> anchor_windows(std::string_view text, std::initializer_list<std::string_view> anchors,
                                 std::size_t before, std::size_t after);

// Merges windows sorted by begin where they overlap or touch.
std::vector<Span> merge_windows(std::vector<Span> sorted);

// Calls `on_match(const boost::cmatch&)` for every match of `re` that lies in
// one of `windows`, in text order. Lookbehinds and `^` see the text before a
// window. A match must start within `before` bytes of its anchor and end
// within `after` bytes after it, or it is cut at the window's edge.
template <class OnMatch>
void for_each_match(std::string_view text, const std::vector<Span>& windows, const boost::regex& re,
                    OnMatch&& on_match) {
  for (const Span& w : windows) {
    auto flags = boost::match_default;
    if (w.begin > 0) flags |= boost::match_prev_avail;
    if (w.end < text.size()) flags |= boost::match_not_eob;
    boost::cregex_iterator it(text.data() + w.begin, text.data() + w.end, re, flags), end;
    for (; it != end; ++it) on_match(*it);
  }
}

// Shorthand: windows and matches in one call.
template <class OnMatch>
void for_each_match_near(std::string_view text, std::initializer_list<std::string_view> anchors,
                         std::size_t before, std::size_t after, const boost::regex& re, OnMatch&& on_match) {
  for_each_match(text, anchor_windows(text, anchors, before, after), re, std::forward<OnMatch>(on_match));
}

// The first match of `re` near an anchor, or false.
bool search_near(std::string_view text, std::initializer_list<std::string_view> anchors, std::size_t before,
                 std::size_t after, const boost::regex& re, boost::cmatch& m);

// Spans already taken by an earlier, stronger pattern; lookups in O(log n).
class ClaimedSpans {
 public:
  void add(Span s);
  bool overlaps(Span s) const;

 private:
  std::vector<Span> spans_;  // sorted by begin, non-overlapping after merge
};

}  // namespace kamerref
