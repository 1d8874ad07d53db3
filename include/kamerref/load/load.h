#pragma once
// Reading files from disk into Documents, whatever their format.
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

#include "kamerref/load/document.h"
#include "kamerref/load/inputs.h"

namespace kamerref {

// Why a file could not be loaded; what() is the message after `<file>: `.
class LoadError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Files above this size are refused before they are read: a 1 GB file is
// almost never one parliamentary document (a dump, an image, a database),
// and reading one costs several times its size in memory. `--max-file-size`
// raises or lifts it (0 = no limit).
inline constexpr std::uint64_t kDefaultMaxFileSize = 256ull << 20;  // 256 MiB

struct LoadOptions {
  std::uint64_t max_file_size = kDefaultMaxFileSize;  // 0: no limit
  WalkFilter walk;  // which files of a folder are read (--include, --exclude)
};

// "12 KB", "1.0 GB": a size as messages show it (1024-based units).
std::string human_size(std::uint64_t bytes);

// Format by file contents first (an XML file named .txt is still XML), then
// by extension.
Format detect_format(std::string_view path, std::string_view bytes);

// Reads and normalises one file. Throws LoadError.
Document load_document(const std::filesystem::path& path, const LoadOptions& options = {});
// Same, from bytes already in memory (tests, fuzzers).
Document load_document_from_bytes(std::string path, std::string bytes);

}  // namespace kamerref
