#include "kamerref/extract/regex_util.h"

namespace kamerref {

std::vector<Span> anchor_windows(std::string_view text, std::initializer_list<std::string_view> anchors,
                                 std::size_t before, std::size_t after) {
  std::vector<std::size_t> hits;
  for (std::string_view anchor : anchors) {
    if (anchor.empty()) continue;
    for (std::size_t pos = text.find(anchor); pos != std::string_view::npos; pos = text.find(anchor, pos + 1))
      hits.push_back(pos);
  }
  std::sort(hits.begin(), hits.end());
  std::vector<Span> windows;
  windows.reserve(hits.size());
  for (std::size_t p : hits) windows.push_back({p > before ? p - before : 0, std::min(text.size(), p + after)});
  return merge_windows(std::move(windows));
}

std::vector<Span> merge_windows(std::vector<Span> sorted) {
  std::vector<Span> merged;
  merged.reserve(sorted.size());
  for (const Span& w : sorted) {
    if (!merged.empty() && w.begin <= merged.back().end)
      merged.back().end = std::max(merged.back().end, w.end);
    else
      merged.push_back(w);
  }
  return merged;
}

bool search_near(std::string_view text, std::initializer_list<std::string_view> anchors, std::size_t before,
                 std::size_t after, const boost::regex& re, boost::cmatch& m) {
  for (const Span& w : anchor_windows(text, anchors, before, after)) {
    auto flags = boost::match_default;
    if (w.begin > 0) flags |= boost::match_prev_avail;
    if (w.end < text.size()) flags |= boost::match_not_eob;
    if (boost::regex_search(text.data() + w.begin, text.data() + w.end, m, re, flags, text.data())) return true;
  }
  return false;
}

void ClaimedSpans::add(Span s) {
  auto it = std::lower_bound(spans_.begin(), spans_.end(), s,
                             [](const Span& a, const Span& b) { return a.begin < b.begin; });
  it = spans_.insert(it, s);
  // merge with neighbours so the vector stays disjoint
  if (it != spans_.begin() && (it - 1)->end >= it->begin) {
    (it - 1)->end = std::max((it - 1)->end, it->end);
    it = spans_.erase(it) - 1;
  }
  while (it + 1 != spans_.end() && (it + 1)->begin <= it->end) {
    it->end = std::max(it->end, (it + 1)->end);
    spans_.erase(it + 1);
  }
}

bool ClaimedSpans::overlaps(Span s) const {
  auto it = std::upper_bound(spans_.begin(), spans_.end(), s.begin,
                             [](std::size_t pos, const Span& a) { return pos < a.begin; });
  if (it != spans_.begin() && (it - 1)->end > s.begin) return true;
  return it != spans_.end() && it->begin < s.end;
}

}  // namespace kamerref
