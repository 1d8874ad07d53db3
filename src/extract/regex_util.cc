#include "kamerref/extract/regex_util.h"

#include <cstring>

namespace kamerref {
namespace {

// How common a byte is in Dutch prose, roughly: lower is rarer. Lower-case
// letters by their frequency, then white space; capitals, digits and
// punctuation are rarer than any of them.
int commonness(unsigned char c) {
  static constexpr std::string_view kByFrequency = "qxyfcjzwpbumkhvglsdrotiaen";  // rare -> common
  if (c == ' ') return 40;
  if (c == '\n') return 30;
  if (std::size_t k = kByFrequency.find(static_cast<char>(c)); k != std::string_view::npos)
    return 4 + static_cast<int>(k);
  return 0;
}

}  // namespace

void find_occurrences(std::string_view text, std::string_view literal, std::vector<std::size_t>& out) {
  if (literal.empty() || literal.size() > text.size()) return;
  // memchr stops only at the literal's rarest byte; string_view::find would
  // stop at every occurrence of its first byte (`r` of `rapport`)
  std::size_t key = 0;
  for (std::size_t k = 1; k < literal.size(); ++k)
    if (commonness(static_cast<unsigned char>(literal[k])) < commonness(static_cast<unsigned char>(literal[key])))
      key = k;
  const char* data = text.data();
  const std::size_t last_start = text.size() - literal.size();
  std::size_t from = key;  // where the key byte of a match at 0 stands
  while (from <= last_start + key) {
    const void* hit = std::memchr(data + from, literal[key], last_start + key + 1 - from);
    if (!hit) break;
    std::size_t at = static_cast<std::size_t>(static_cast<const char*>(hit) - data);
    std::size_t start = at - key;
    if (std::memcmp(data + start, literal.data(), literal.size()) == 0) out.push_back(start);
    from = at + 1;
  }
}

void find_occurrences_icase(std::string_view text, std::string_view lower_literal, std::vector<std::size_t>& out) {
  if (lower_literal.empty() || lower_literal.size() > text.size()) return;
  auto lower = [](unsigned char c) { return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c + 32) : c; };
  const auto first = static_cast<unsigned char>(lower_literal[0]);
  const std::size_t last_start = text.size() - lower_literal.size();
  for (std::size_t i = 0; i <= last_start; ++i) {
    if (lower(static_cast<unsigned char>(text[i])) != first) continue;
    std::size_t k = 1;
    while (k < lower_literal.size() &&
           lower(static_cast<unsigned char>(text[i + k])) == static_cast<unsigned char>(lower_literal[k]))
      ++k;
    if (k == lower_literal.size()) out.push_back(i);
  }
}

std::vector<Span> anchor_windows(std::string_view text, std::initializer_list<std::string_view> anchors,
                                 std::size_t before, std::size_t after) {
  std::vector<std::size_t> hits;
  for (std::string_view anchor : anchors) find_occurrences(text, anchor, hits);
  return windows_around(std::move(hits), text.size(), before, after);
}

std::vector<Span> windows_around(std::vector<std::size_t> hits, std::size_t text_size, std::size_t before,
                                 std::size_t after) {
  std::sort(hits.begin(), hits.end());
  std::vector<Span> windows;
  windows.reserve(hits.size());
  for (std::size_t p : hits) windows.push_back({p > before ? p - before : 0, std::min(text_size, p + after)});
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

namespace {

// The first match of `re` in one of `windows` of `text`.
bool search_windows(std::string_view text, const std::vector<Span>& windows, const boost::regex& re,
                    boost::cmatch& m) {
  for (const Span& w : windows) {
    auto flags = boost::match_default;
    if (w.begin > 0) flags |= boost::match_prev_avail;
    if (w.end < text.size()) {
      flags |= boost::match_not_eob;
      char next = text[w.end];
      if (next != '\n' && next != '\r' && next != '\f') flags |= boost::match_not_eol;
    }
    if (boost::regex_search(text.data() + w.begin, text.data() + w.end, m, re, flags, text.data())) return true;
  }
  return false;
}

}  // namespace

bool search_near(std::string_view text, std::initializer_list<std::string_view> anchors, std::size_t before,
                 std::size_t after, const boost::regex& re, boost::cmatch& m) {
  return search_windows(text, anchor_windows(text, anchors, before, after), re, m);
}

bool search_near(const AnchorIndex& anchors, std::initializer_list<std::string_view> literals, std::size_t before,
                 std::size_t after, const boost::regex& re, boost::cmatch& m) {
  return search_windows(anchors.text(), anchors.windows(literals, before, after), re, m);
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
