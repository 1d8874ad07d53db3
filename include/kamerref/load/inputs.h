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
  // paths that do not exist or cannot be listed, broken symlinks, symlink loops
  std::vector<InputProblem> problems;
};

// Files are taken as given; folders are read recursively, hidden entries
// skipped, symlinked folders followed once each; a symlink that leads back up
// the walk is reported as a loop and not followed, so it cannot trap the walk.
// Named pipes, sockets and devices inside a folder are skipped (they are not
// documents, and reading a pipe can wait forever).
Inputs collect_inputs(const std::vector<std::string>& paths);

}  // namespace kamerref
