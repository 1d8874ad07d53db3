#pragma once
// The gazetteers in data/ are tab-separated text: one entry a line, `#`
// comment lines and blank lines skipped, CR LF tolerated.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace kamerref {

// `a\tb\t\tc` -> {"a", "b", "", "c"}
std::vector<std::string> split_tabs(std::string_view line);

// Calls `row(line_no, fields)` for every entry line of `tsv` (1-based line numbers).
void for_each_tsv_row(std::string_view tsv,
                      const std::function<void(int line_no, const std::vector<std::string>& fields)>& row);

}  // namespace kamerref
