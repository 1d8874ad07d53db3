#include "kamerref/load/inputs.h"

#include <fnmatch.h>

#include <algorithm>
#include <cctype>
#include <iterator>
#include <filesystem>
#include <map>
#include <set>

#include <sys/stat.h>
#include <string_view>
#include <system_error>

namespace kamerref {
namespace {

namespace fs = std::filesystem;

// Why a path whose status could not be had (error `ec`, or not found) cannot
// be read.
std::string unusable(const fs::path& path, const std::error_code& ec) {
  if (ec == std::errc::too_many_symbolic_link_levels) return "symlink loop (too many levels of symbolic links)";
  std::error_code link_ec;
  if (fs::is_symlink(fs::symlink_status(path, link_ec))) return "broken symlink (its target does not exist)";
  if (!ec || ec == std::errc::no_such_file_or_directory || ec == std::errc::not_a_directory)
    return "no such file or directory";
  return "cannot read: " + ec.message();
}


// `*.tsv` matches `corpus/truth.tsv` by its name; `*/bijlagen/*` by its path.
bool matches_any(const std::vector<std::string>& globs, const std::string& path) {
  std::size_t slash = path.find_last_of('/');
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  for (const std::string& glob : globs)
    if (::fnmatch(glob.c_str(), name.c_str(), 0) == 0 || ::fnmatch(glob.c_str(), path.c_str(), 0) == 0) return true;
  return false;
}

// An entry's type, followed through symlinks as fs::status() gives it. The
// entry's own questions answer from the type the folder listing gave,
// without a stat per file, and ask the file system only for a symlink or
// where the listing gave no type.
fs::file_status listed_status(const fs::directory_entry& entry, std::error_code& ec) {
  if (entry.is_regular_file(ec)) return fs::file_status(fs::file_type::regular);
  if (!ec && entry.is_directory(ec)) return fs::file_status(fs::file_type::directory);
  return entry.status(ec);
}

// Lists the files under `root`, sorted by name. Symlinked folders are
// followed once each; one that leads back into a folder already on the way
// down is a loop: reported, not followed. Returns whether an entry below
// Whether a file named `name` is a folder's own description (`README.md`,
// `LICENSE.txt`, `CHANGELOG.md`, any case): a corpus downloaded or shared
// as a folder often has one beside its documents, in the document formats,
// and what it says about the documents is no reference of theirs (a
// README's `kst-36410-VII-108` is an example, not a citation).
bool describes_folder(std::string_view name) {
  std::string stem(name.substr(0, name.find('.')));
  for (char& c : stem) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static constexpr std::string_view kDescriptions[] = {"readme", "license", "licence", "changelog", "changes",
                                                       "contributing", "authors", "notice", "copying"};
  return std::find(std::begin(kDescriptions), std::end(kDescriptions), stem) != std::end(kDescriptions);
}

// `root` was a symlink: only then may two of the paths listed name one file.
bool walk_folder(const std::string& root, const WalkFilter& filter, Inputs& inputs) {
  bool saw_symlink = false;
  std::error_code ec;
  fs::recursive_directory_iterator it(
      root, fs::directory_options::skip_permission_denied | fs::directory_options::follow_directory_symlink, ec);
  if (ec) {
    inputs.problems.push_back({root, "cannot list folder: " + ec.message()});
    return false;
  }
  std::set<fs::path> visited;  // canonical folders already listed
  if (fs::path canonical = fs::canonical(root, ec); !ec) visited.insert(canonical);
  std::vector<std::string> found;
  for (fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
    if (ec) {
      inputs.problems.push_back({it->path().string(), "cannot list: " + ec.message()});
      break;
    }
    const fs::path& p = it->path();
    std::string name = p.filename().string();
    std::error_code entry_ec;
    // the type the listing gave (no system call), or an lstat where it gave none
    std::error_code link_ec;
    saw_symlink = saw_symlink || it->is_symlink(link_ec) || link_ec;
    const fs::file_status status = listed_status(*it, entry_ec);
    if (!name.empty() && name[0] == '.') {
      if (!entry_ec && fs::is_directory(status)) it.disable_recursion_pending();
      continue;
    }
    if (entry_ec || !fs::exists(status)) {
      inputs.problems.push_back({p.string(), unusable(p, entry_ec)});
      continue;
    }
    if (fs::is_directory(status)) {
      std::error_code canonical_ec;
      fs::path canonical = fs::canonical(p, canonical_ec);
      if (canonical_ec) {
        it.disable_recursion_pending();
        inputs.problems.push_back({p.string(), "cannot list: " + canonical_ec.message()});
        continue;
      }
      if (!visited.insert(canonical).second) {
        it.disable_recursion_pending();
        // a folder on the way down from root is a loop; another route to a
        // folder already listed only repeats files we have
        fs::path parent = fs::canonical(p.parent_path(), canonical_ec);
        bool loop = !canonical_ec && std::mismatch(canonical.begin(), canonical.end(), parent.begin(), parent.end())
                                             .first == canonical.end();
        if (loop) inputs.problems.push_back({p.string(), "symlink loop (leads back to " + canonical.string() + "); not followed"});
      }
      continue;
    }
    if (fs::is_regular_file(status)) {
      std::string file = p.string();
      if (walk_reads(filter, file) && describes_folder(name) && !matches_any(filter.include, file)) {
        inputs.notes.push_back({file, "skipped: " + name + " describes its folder, not a document; name it, or "
                                      "--include it, to read it"});
      } else if (walk_reads(filter, file)) {
        found.push_back(std::move(file));
      } else if (lower_extension(file) == "jsonl" && !matches_any(filter.exclude, file)) {
        inputs.notes.push_back({file, "skipped: extract output (.jsonl), not a document; graph, stats, chain, audit, "
                                      "render and report read it"});
      }
    }
    // named pipes, sockets, devices in a folder are not documents: skipped
  }
  std::sort(found.begin(), found.end());
  inputs.files.insert(inputs.files.end(), found.begin(), found.end());
  std::sort(inputs.notes.begin(), inputs.notes.end(),
            [](const InputProblem& a, const InputProblem& b) { return a.path < b.path; });
  return saw_symlink;
}

}  // namespace

bool walk_reads(const WalkFilter& filter, const std::string& path) {
  if (matches_any(filter.exclude, path)) return false;
  if (matches_any(filter.include, path)) return true;
  static constexpr std::string_view kDocumentExtensions[] = {"txt", "md", "markdown", "html", "htm", "xhtml", "xml", "pdf"};
  std::string ext = lower_extension(path);
  if (filter.extraction_files && ext == "jsonl") return true;
  return std::find(std::begin(kDocumentExtensions), std::end(kDocumentExtensions), ext) != std::end(kDocumentExtensions);
}

namespace {

// The files, each read once where it first came (`kamerref graph a.xml .`
// names a.xml twice; a symlink names its target again): a later path whose
// canonical path an earlier one has is dropped. Paths with one canonical
// path are one file, so only files that share a device and inode can drop
// one another: their canonical paths (a system call per path component)
// are asked, the other files cost one stat each. A hard link is another
// name with another canonical path, and stays.
std::vector<std::string> without_second_names(std::vector<std::string> files) {
  auto key_of = [](const std::string& file) {
    std::error_code ec;
    fs::path key = fs::weakly_canonical(file, ec);
    return ec ? fs::path(file).lexically_normal() : key;
  };
  std::map<std::pair<dev_t, ino_t>, std::vector<std::size_t>> by_inode;
  std::vector<std::size_t> unknown;  // no stat: compared among themselves, as before
  for (std::size_t i = 0; i < files.size(); ++i) {
    struct stat st {};
    if (::stat(files[i].c_str(), &st) == 0)
      by_inode[{st.st_dev, st.st_ino}].push_back(i);
    else
      unknown.push_back(i);
  }
  std::vector<bool> dropped(files.size(), false);
  auto drop_repeats = [&](const std::vector<std::size_t>& group) {
    if (group.size() < 2) return;
    std::set<fs::path> seen;
    for (std::size_t i : group)  // in input order
      if (!seen.insert(key_of(files[i])).second) dropped[i] = true;
  };
  for (const auto& entry : by_inode) drop_repeats(entry.second);
  drop_repeats(unknown);
  std::vector<std::string> unique;
  for (std::size_t i = 0; i < files.size(); ++i)
    if (!dropped[i]) unique.push_back(std::move(files[i]));
  return unique;
}

}  // namespace

Inputs collect_inputs(const std::vector<std::string>& paths, const WalkFilter& filter) {
  Inputs inputs;
  // One folder walked without a symlink below it lists every file by one
  // path, and two paths differ below the same root: their canonical paths
  // differ too, so no file can come twice, and the stat per file that
  // would look for one (a system call by path each, for a corpus of small
  // letters a third of the stats the run makes) is not needed. A second
  // path given, or a symlink met, may name a file again.
  bool may_repeat = paths.size() > 1;
  for (const std::string& path : paths) {
    std::error_code ec;
    fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      inputs.problems.push_back({path, unusable(path, ec)});
      continue;
    }
    if (!fs::is_directory(status)) {
      inputs.files.push_back(path);  // load_document says what is wrong with it, if anything
      continue;
    }
    may_repeat = walk_folder(path, filter, inputs) || may_repeat;
  }
  if (may_repeat) inputs.files = without_second_names(std::move(inputs.files));
  return inputs;
}

std::string lower_extension(std::string_view path) {
  std::size_t slash = path.find_last_of('/');
  std::size_t dot = path.find_last_of('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return {};
  std::string ext(path.substr(dot + 1));
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

std::size_t size_on_disk(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 ? static_cast<std::size_t>(st.st_size) : 0;
}

}  // namespace kamerref
