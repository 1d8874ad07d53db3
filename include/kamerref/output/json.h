#pragma once
// SPEC section 2: one JSON object per document, one per line.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "kamerref/extract/reference.h"
#include "kamerref/resolve/resolve.h"

namespace kamerref {

// One line of `extract --json` output, without the newline.
std::string to_json_line(const Extraction& extraction);

// Where binding one reference (resolve.h: apply_bindings sets its id and
// marks it `bound_by` "corpus") changes its JSON line: `extract` writes each
// line once, learns the whole corpus, and then rewrites only these bytes
// instead of reading the line back and writing it again.
struct BindingSite {
  std::size_t reference = 0;                 // index in Extraction::references
  std::size_t id_begin = 0, id_end = 0;      // the id's string, quotes included
  std::size_t mark_begin = 0, mark_end = 0;  // the bytes the bound_by mark replaces
  enum class Mark : std::uint8_t {
    motion_member,  // [mark_begin, mark_end): the motion's bound_by member, if any, up to its `}`
    attr_first,     // an empty attrs object: the member goes in at mark_begin
    attr_after,     // attrs without bound_by: `,` and the member go in at mark_begin
    attr_value,     // [mark_begin, mark_end): the value of its one bound_by member
    unchanged,      // attrs name bound_by twice: the last value shows, and binding sets the first
  } mark = Mark::unchanged;
};

// The line as to_json_line writes it, and the binding sites of the
// references listed in `references` (ascending indices), in that order.
std::string to_json_line(const Extraction& extraction, const std::vector<std::size_t>& references,
                         std::vector<BindingSite>& sites);

// `line` as to_json_line would write its extraction after apply_bindings
// with `bindings`; `sites` are the sites to_json_line gave for it, ascending.
// Empty when a binding names a reference without a site.
std::optional<std::string> bind_json_line(std::string_view line, const std::vector<BindingSite>& sites,
                                          const std::vector<Binding>& bindings);

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
