#pragma once
// Kamerstuk citations and the other parliamentary numbers: dossiers,
// Handelingen, Aanhangsel, TK document and zaak numbers (SPEC section 1).
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kamerref/extract/anchors.h"
#include "kamerref/extract/context.h"
#include "kamerref/extract/reference.h"

namespace kamerref {

// A dossier number as written, in its parts: `21501-02` -> 21501 + 02,
// `36 200 VI` -> 36200 + VI, `31700.VIII` -> 31700 + VIII, `36 455 (R2188)` ->
// 36455 with rijkswet R2188. An explicit toevoeging wins over one in `dossier`.
struct DossierNumber {
  std::string number;      // digits only
  std::string toevoeging;  // upper case; empty when none
  std::string rijkswet;    // `R2188`; an attribute, never part of an id
};
DossierNumber split_dossier(std::string_view dossier, std::string_view toevoeging);

// `29 754` -> `29754`; toevoeging `vi` -> `VI`; `kst-29754-690`, `kst-36200-VI-12`;
// `21501-02` -> `dossier-21501-02`; `36 455 (R2188)`, nr 11 -> `kst-36455-11`.
std::string kamerstuk_id(std::string_view dossier, std::string_view toevoeging, std::string_view nr);
std::string dossier_id(std::string_view dossier, std::string_view toevoeging);
// `2023/24`, `2023-2024`, `2023/2024` -> `2023-2024`; empty when not a vergaderjaar.
std::string normalize_vergaderjaar(std::string_view first, std::string_view second);

// The head of a Kamerstuk citation, up to its dossier number:
// `Kamerstukken II 2023/24, 29754` (of `..., nr. 690`), `Kamerstuk 21 501`
// (of `21 501-20, nr. 2070`), `kamerstukdossier 36 531`. The parts are
// spans of the text; an empty chamber or vergaderjaar span was not written.
struct KamerstukHead {
  Span whole;
  Span word;      // `Kamerstukken`, `KAMERSTUK`, `kamerstukdossier`
  Span chamber;   // `II`, `I`, `EK`, `TK`, `1`, `2`, `Eerste Kamer`, `Tweede  Kamer`
  Span first_year, second_year;  // `2023` and `24` of `2023/24`
  Span dossier;   // `29754`, `21 501`
};
// Reads a head that begins at `begin` and ends by `end` (a window's end: the
// text after it is not looked at, as if the text ended there; before
// `begin` it is). False when none begins there.
bool read_kamerstuk_head(std::string_view text, std::size_t begin, std::size_t end, KamerstukHead& head);

// Appends every Kamerstuk, dossier, Handelingen, Aanhangsel, tk-document and
// tk-zaak reference in the document's text (furniture skipped).
void extract_kamerstukken(const ExtractContext& ctx, std::vector<Reference>& out);

// The document's own number in a running header or footer:
// `Tweede Kamer, vergaderjaar 2017–2018, 29 754, nr. 436 2`. Returns the
// header spans (furniture) and sets `id` (and `vergaderjaar`) from the first.
struct RunningHeaders {
  std::vector<Span> spans;
  std::string id;
  std::string vergaderjaar;
  std::string dossier;
};
RunningHeaders find_running_headers(const AnchorIndex& anchors);

// The literals extract_kamerstukken and find_running_headers stand next to.
std::span<const AnchorLiteral> kamerstuk_anchors();

}  // namespace kamerref
