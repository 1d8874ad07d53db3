#include "kamerref/load/inputs.h"

#include <algorithm>
#include <filesystem>
#include <set>
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

// Lists the files under `root`, sorted by name. Symlinked folders are
// followed once each; one that leads back into a folder already on the way
// down is a loop: reported, not followed.
void walk_folder(const std::string& root, Inputs& inputs) {
  std::error_code ec;
  fs::recursive_directory_iterator it(
      root, fs::directory_options::skip_permission_denied | fs::directory_options::follow_directory_symlink, ec);
  if (ec) {
    inputs.problems.push_back({root, "cannot list folder: " + ec.message()});
    return;
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
    const fs::file_status status = it->status(entry_ec);
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
    if (fs::is_regular_file(status)) found.push_back(p.string());
    // named pipes, sockets, devices in a folder are not documents: skipped
  }
  std::sort(found.begin(), found.end());
  inputs.files.insert(inputs.files.end(), found.begin(), found.end());
}

}  // namespace

Inputs collect_inputs(const std::vector<std::string>& paths) {
  Inputs inputs;
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
    walk_folder(path, inputs);
  }
  return inputs;
}

}  // namespace kamerref
