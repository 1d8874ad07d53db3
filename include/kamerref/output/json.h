#pragma once
// SPEC section 2: one JSON object per document, one per line.
#include <cstddef>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "kamerref/extract/reference.h"

namespace kamerref {

// One line of `extract --json` output, without the newline.
std::string to_json_line(const Extraction& extraction);

// The inverse: one line of `extract --json` output -> the Extraction it was
// written from, so that extraction runs once and the corpus-wide commands read
// its output many times. What the line does not carry stays empty: warnings
// only when written, `Reference::match` (a span in the normalised text, which
// the output does not hold) is {0, 0}. Unknown fields are skipped (SPEC
// section 2 lets writers add fields). With `references` false the references
// are skipped unread (a first pass that wants the documents only).
// Throws JsonLineError on a line that is no such object.
struct JsonLineError : std::runtime_error {
  using std::runtime_error::runtime_error;
};
Extraction extraction_from_json_line(std::string_view line, bool references = true);

// Reads a JSON Lines file of extractions, calling `each` for every line in
// order (blank lines skipped). A malformed line goes to `bad_line` with its
// 1-based number and what is wrong, and the reading goes on. Throws
// JsonLineError when the file cannot be opened or read.
void read_json_lines(const std::string& path, bool references, const std::function<void(Extraction&&)>& each,
                     const std::function<void(std::size_t line, const std::string& message)>& bad_line);

}  // namespace kamerref
