#pragma once
// Command-line PATH arguments -> the files to read.
#include <string>
#include <vector>

namespace kamerref {

struct InputProblem {
  std::string path;
  std::string message;
};

struct Inputs {
  std::vector<std::string> files;     // in the order given; a folder's files sorted by name
  std::vector<InputProblem> problems;  // paths that do not exist or cannot be listed
};

// Files are taken as given; folders are read recursively (hidden entries and
// symlinked folders skipped, so a symlink loop cannot trap the walk).
Inputs collect_inputs(const std::vector<std::string>& paths);

}  // namespace kamerref
