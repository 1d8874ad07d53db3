#pragma once
// Boost.Regex conveniences for the pattern modules.
#include <boost/regex.hpp>

#include <string_view>

#include "kamerref/load/offset_map.h"

namespace kamerref {

// Where group `group` of `m` lies in `text` (the string the match ran on).
inline Span match_span(const boost::cmatch& m, std::string_view text, int group = 0) {
  return {static_cast<std::size_t>(m[group].first - text.data()),
          static_cast<std::size_t>(m[group].second - text.data())};
}

// Iterates the matches of `re` over `text`.
inline boost::cregex_iterator matches(std::string_view text, const boost::regex& re) {
  return boost::cregex_iterator(text.data(), text.data() + text.size(), re);
}

}  // namespace kamerref
