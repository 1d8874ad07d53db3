#pragma once
// What every pattern module gets to look at while it extracts from one
// document: the text, its footnotes, the page furniture to skip, and the
// document's own metadata (relative dates resolve against its date).
#include <optional>
#include <string_view>
#include <vector>

#include "kamerref/extract/anchors.h"
#include "kamerref/extract/footnotes.h"
#include "kamerref/extract/reference.h"
#include "kamerref/load/document.h"

namespace kamerref {

struct ExtractContext {
  const Document& doc;
  std::vector<Footnote> footnotes;
  std::vector<Span> furniture;  // running headers, navigation, letterhead: not prose
  DocumentInfo info;
  // where every module's anchor literals occur in the text (one pass)
  AnchorIndex anchors{extraction_anchor_database(), doc.text};

  std::string_view text() const { return doc.text; }
  bool in_furniture(Span s) const;
  // The footnote whose body holds `pos`, if any.
  const Footnote* footnote_containing(std::size_t pos) const;
  // The footnote whose marker stands in the same sentence as `pos`, after it
  // (`conform de motie van het lid X (VVD), ... content.4`).
  const Footnote* footnote_marked_after(std::size_t pos) const;
  // The same, given sentence_at(text(), pos) already walked (one walk serves
  // both the footnote and the sentence of a reference).
  const Footnote* footnote_marked_after(std::size_t pos, Span sentence) const;
  // The footnote a reference at `pos` belongs to: the note it is in, else the
  // marker its sentence carries.
  std::optional<int> footnote_for(std::size_t pos) const;
};

// The sentence around `pos` in `text`: from the previous sentence end (`. `
// before a capital, not after `nr.`, `jl.`, `o.a.`), blank line or list item
// start, to the next one.
Span sentence_at(std::string_view text, std::size_t pos);

// Whitespace collapsed to single spaces, trimmed.
std::string squeeze(std::string_view s);

}  // namespace kamerref
