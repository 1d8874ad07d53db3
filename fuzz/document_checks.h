#pragma once
// What every loaded Document promises (load/document.h), checked after each
// fuzz input that loads: the text patterns run on is UTF-8 (the JSON output
// and the regexes rely on it), and every offset into it maps back inside the
// bytes on disk (SPEC section 2: `file[start:end]` is what was matched).
#include <algorithm>

#include "fuzz_target.h"
#include "kamerref/load/document.h"

namespace kamerref::fuzz {

inline void check_document(const Document& doc) {
  require(is_valid_utf8(doc.text), "Document::text is valid UTF-8");
  const std::size_t n = doc.text.size();
  // The whole text and a spread of short spans, so that the check stays cheap
  // on long inputs.
  const std::size_t step = std::max<std::size_t>(1, n / 64);
  for (std::size_t begin = 0; begin <= n; begin += step) {
    Span original = doc.to_original(Span{begin, std::min(n, begin + 7)});
    require(original.begin <= original.end, "to_original keeps begin <= end");
    require(original.end <= doc.original.size(), "to_original stays inside the original bytes");
    (void)doc.line_of(original.begin);
  }
  Span whole = doc.to_original(Span{0, n});
  require(whole.begin <= whole.end && whole.end <= doc.original.size(), "the whole text maps inside the original");
  for (const FootnoteMarker& marker : doc.markers) require(marker.pos <= n, "footnote markers lie inside the text");
}

}  // namespace kamerref::fuzz
