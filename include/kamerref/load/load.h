#pragma once
// Reading files from disk into Documents, whatever their format.
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

#include "kamerref/load/document.h"

namespace kamerref {

// Why a file could not be loaded; what() is the message after `<file>: `.
class LoadError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Format by file contents first (an XML file named .txt is still XML), then
// by extension.
Format detect_format(std::string_view path, std::string_view bytes);

// Reads and normalises one file. Throws LoadError.
Document load_document(const std::filesystem::path& path);
// Same, from bytes already in memory (tests, fuzzers).
Document load_document_from_bytes(std::string path, std::string bytes);

}  // namespace kamerref
