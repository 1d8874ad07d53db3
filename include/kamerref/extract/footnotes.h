#pragma once
// Footnotes in the four shapes documents arrive in:
//   `¹ Kamerstukken ...`          superscript marker at line start (Markdown, Word exports)
//   `<sup>1</sup> Kamerstukken ...` after a `---` rule (Markdown with HTML)
//   `1 Kamerstuk 29 754, nr. 434.` a bare number at line start (PDF text),
//                                  bound to a bare number glued to the body text (`jl.1 aan`)
//   `  1. ... ↩︎`                 end notes (pandoc, tweedekamer.nl previews)
#include <optional>
#include <vector>

#include "kamerref/load/document.h"

namespace kamerref {

struct Footnote {
  int number = 0;
  Span body;                          // the note's own text in Document::text
  std::optional<std::size_t> marker;  // where the body text refers to it
  Span marker_span;                   // the marker's own bytes in Document::text (bare digits), may be empty
};

// Footnotes in document order.
std::vector<Footnote> find_footnotes(const Document& doc);

}  // namespace kamerref
