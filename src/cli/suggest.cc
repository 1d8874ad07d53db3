#include "suggest.h"

#include <algorithm>
#include <cctype>
#include <tuple>

namespace kamerref::cli {
namespace {

char folded(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // optimal string alignment: three rows are enough
  std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t cost = folded(a[i - 1]) == folded(b[j - 1]) ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && folded(a[i - 1]) == folded(b[j - 2]) && folded(a[i - 2]) == folded(b[j - 1]))
        current[j] = std::min(current[j], before[j - 2] + 1);
    }
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return previous[b.size()];
}

std::vector<std::string> nearest_names(std::string_view typed, const std::vector<std::string>& candidates,
                                       std::size_t limit) {
  const std::size_t bound = std::max<std::size_t>(2, typed.size() / 3);
  struct Near {
    std::size_t distance;
    bool not_prefix;
    std::size_t rank;  // place in `candidates`: the more common first
    const std::string* name;
  };
  std::vector<Near> near;
  for (std::size_t rank = 0; rank < candidates.size(); ++rank) {
    const std::string& name = candidates[rank];
    bool prefix = !typed.empty() && name.size() > typed.size() &&
                  std::equal(typed.begin(), typed.end(), name.begin(), [](char x, char y) { return folded(x) == folded(y); });
    // a length difference beyond the bound cannot come within it
    std::size_t gap = name.size() > typed.size() ? name.size() - typed.size() : typed.size() - name.size();
    if (!prefix && gap > bound) continue;
    std::size_t distance = edit_distance(typed, name);
    if (distance == 0) continue;
    if (distance <= bound || prefix) near.push_back({prefix ? std::min(distance, bound) : distance, !prefix, rank, &name});
  }
  std::sort(near.begin(), near.end(), [](const Near& a, const Near& b) {
    return std::tie(a.distance, a.not_prefix, a.rank) < std::tie(b.distance, b.not_prefix, b.rank);
  });
  std::vector<std::string> out;
  for (const Near& n : near) {
    if (out.size() == limit) break;
    // a name listed twice (an option of a command and of its parent) once
    if (std::find(out.begin(), out.end(), *n.name) == out.end()) out.push_back(*n.name);
  }
  return out;
}

std::string did_you_mean(const std::vector<std::string>& names) {
  if (names.empty()) return {};
  std::string out = " (did you mean ";
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i) out += i + 1 == names.size() ? " or " : ", ";
    out += "'" + names[i] + "'";
  }
  return out + "?)";
}

}  // namespace kamerref::cli
