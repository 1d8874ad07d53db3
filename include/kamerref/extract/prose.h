#pragma once
// Sentences as the reference modules need them. `sentence_at` stops at a
// blank line; PDF text extractions often put a blank line after every printed
// line (`... (VVD), die \n\noproept om ...`), so a sentence that runs on into
// a lower-case line is joined here. Shared by the motion, commitment, debate
// and letter modules.
#include <cstddef>
#include <string_view>
#include <vector>

#include "kamerref/extract/context.h"
#include "kamerref/extract/reference.h"

namespace kamerref {

// The sentence around `pos`, joined across blank lines that split it (the
// next piece starts lower-case and this one does not end in . ! ? : ;).
// Inside a footnote the sentence is clipped to the note's body.
Span prose_sentence(const ExtractContext& ctx, std::size_t pos);

// The footnote whose marker stands in the prose sentence of `pos`, at or
// after `pos` (`conform de motie van Michon-Derkzen (VVD), ... te spannen.1`).
// Null when `pos` lies inside a footnote body itself.
const Footnote* footnote_marked_in_sentence(const ExtractContext& ctx, std::size_t pos);

// The prose sentence that carries the marker of footnote `note` (empty span
// when the note has no marker).
Span sentence_marking(const ExtractContext& ctx, const Footnote& note);

// Does the line from `line_begin` open with the motion named at `at`, without an article, as
// a list or table entry does: `Motie van Haverkamp over ...`? (A paragraph of prose opens
// with one: `De motie-Jansen vraagt ...`.)
bool opens_line(std::string_view t, std::size_t line_begin, std::size_t at);

// The line around [begin, end): from the last line break before `begin` to
// the first at or after `end`, each looked for at most kLongestLine bytes
// away (the window stops there: a table row or a list entry is shorter, and
// a text of one huge line is not searched once per motion in it).
inline constexpr std::size_t kLongestLine = 4096;
Span line_around(std::string_view t, std::size_t begin, std::size_t end);

// The Kamerstuk references (kind kamerstuk) found so far, by position, so a
// module asks for those near a mention without scanning them all (a long
// Handelingen holds thousands of both). `refs` must not change while the
// index is used.
class KamerstukIndex {
 public:
  explicit KamerstukIndex(const std::vector<Reference>& refs);
  // Those whose match lies in `area`, in the order of `refs`.
  std::vector<const Reference*> in(Span area) const;
  // Those whose match begins in [from, to], in the order of `refs`.
  std::vector<const Reference*> beginning_in(std::size_t from, std::size_t to) const;

 private:
  std::vector<const Reference*> by_begin_;
};

// ASCII lower-case first letter? (`over`, `die`), for sentence joins.
bool starts_lower(std::string_view text, std::size_t pos);

}  // namespace kamerref
