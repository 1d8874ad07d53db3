#pragma once
// Output files are written atomically (SPEC section 4): the bytes go to a
// temporary file in the same folder, which is then renamed over the target,
// so an interrupted run never leaves a half-written output behind.
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace kamerref {

struct OutputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Throws OutputError (naming the file and why) when it cannot be written.
void write_file_atomically(const std::filesystem::path& path, std::string_view bytes);

// Whether writing `output` would overwrite one of the `inputs` files: the
// same file by identity (hard links, symlinks, `./a` and `a` all count), or
// the same path once made absolute.
bool is_one_of(const std::filesystem::path& output, const std::vector<std::string>& inputs);

}  // namespace kamerref
