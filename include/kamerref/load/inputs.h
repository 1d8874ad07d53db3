#pragma once
// Command-line PATH arguments -> the files to read.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kamerref {

struct InputProblem {
  std::string path;
  std::string message;
};

// Which files a folder walk reads. By default the document formats (`.txt`,
// `.md`, `.html`/`.htm`, `.xml`, `.pdf`) and nothing else (a `truth.tsv`
// beside the documents is not a kamerbrief); `include` globs add files,
// `exclude` globs leave files out (and win). A glob matches the file's name
// or its whole path (`*.tsv`, `*/bijlagen/*`). Files named on the command
// line are read whatever they are called.
struct WalkFilter {
  std::vector<std::string> include;
  std::vector<std::string> exclude;
  // `.jsonl` (extract output): read by the corpus commands; skipped with a
  // note otherwise
  bool extraction_files = false;
};

// Whether a folder walk reads `path` (WalkFilter).
bool walk_reads(const WalkFilter& filter, const std::string& path);

// `dir/Brief.PDF` -> `pdf`; empty when the name has no extension.
std::string lower_extension(std::string_view path);

// The size of the file at `path` in bytes (one stat), 0 when it cannot be
// looked at: what a progress line counts before the file is read.
std::size_t size_on_disk(const std::string& path);

struct Inputs {
  std::vector<std::string> files;     // in the order given; a folder's files sorted by name
  // paths that do not exist or cannot be listed, broken symlinks, symlink loops
  std::vector<InputProblem> problems;
  // files a folder walk passed over that a user may have meant (`.jsonl` to
  // `extract`): told, not an error
  std::vector<InputProblem> notes;
};

// Files are taken as given; folders are read recursively, hidden entries
// skipped, symlinked folders followed once each; a symlink that leads back up
// the walk is reported as a loop and not followed, so it cannot trap the walk.
// Named pipes, sockets and devices inside a folder are skipped (they are not
// documents, and reading a pipe can wait forever).
// A file given twice (by two paths to the same file, or a folder and a file
// in it) is read once.
Inputs collect_inputs(const std::vector<std::string>& paths, const WalkFilter& filter = {});

}  // namespace kamerref
