#pragma once
// "Did you mean ...": the known names nearest to what was typed, for
// subcommands, options and graph ids.
#include <string>
#include <string_view>
#include <vector>

namespace kamerref::cli {

// Edit distance (insertions, deletions, substitutions, and a swap of two
// neighbours counting one: `extrct`, `motoins`), case-insensitive.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidates closest to `typed`, at most `limit`: those within a distance
// of a third of the word's length (at least 2), and those that start with what
// was typed (counted at most that distance). Nearest first; at one distance
// those that start with what was typed first (`re` -> `render` before `rel`),
// then the more common: `candidates` come most common first (commands in the
// order of the command table, ids most cited first) and ties keep that order.
std::vector<std::string> nearest_names(std::string_view typed, const std::vector<std::string>& candidates,
                                       std::size_t limit = 3);

// ` (did you mean 'a' or 'b'?)`, or empty when nothing is near.
std::string did_you_mean(const std::vector<std::string>& names);

}  // namespace kamerref::cli
