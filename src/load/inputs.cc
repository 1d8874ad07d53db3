#include "kamerref/load/inputs.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace kamerref {

Inputs collect_inputs(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  Inputs inputs;
  for (const std::string& path : paths) {
    std::error_code ec;
    fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      inputs.problems.push_back({path, "no such file or directory"});
      continue;
    }
    if (!fs::is_directory(status)) {
      inputs.files.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
    if (ec) {
      inputs.problems.push_back({path, "cannot list folder: " + ec.message()});
      continue;
    }
    for (; it != end; it.increment(ec)) {
      if (ec) {
        inputs.problems.push_back({it->path().string(), "cannot list: " + ec.message()});
        break;
      }
      const fs::path& p = it->path();
      std::string name = p.filename().string();
      if (!name.empty() && name[0] == '.') {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_symlink(ec) && it->is_directory(ec)) {
        it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec)) found.push_back(p.string());
    }
    std::sort(found.begin(), found.end());
    inputs.files.insert(inputs.files.end(), found.begin(), found.end());
  }
  return inputs;
}

}  // namespace kamerref
