#pragma once
// Motions (SPEC section 1, kind `motion`): every way a document names a
// motie, with its indieners, party, subject, date and how the document
// relates to it (MotionInfo). The id is the motion's Kamerstuk id when the
// document gives it, else `motie-<surname-slug>[+<surname-slug>...]`;
// resolve_corpus() later binds the latter across documents.
//
// Forms (each a test case in tests/extract/motion_test.cc):
//   `de motie van het lid Michon-Derkzen (VVD)`, `de motie van Michon-Derkzen (VVD)`
//   `Motie van het lid Michon-Derkzen over een werkbare definitie van "extremistische content". Ingediend op 2 oktober 2025.`
//   `de motie-Jansen`, `de motie-De Vries/Bakker-El Amrani`, `de motie-Van der Werf c.s.`
//   `de motie van de leden Van den Berg en Smit`, `de gewijzigde motie van het lid Van Dam c.s.`
//   `de door het lid Jansen ingediende motie`, `Door de leden X en Y wordt de volgende motie voorgesteld`,
//   `Deze motie is voorgesteld door het lid X. Zij krijgt nr. 412 (36410).`
//   `ter vervanging van die gedrukt onder nr. 512` (the dossier is the document's own)
//   by number only: `zijn motie (34000-XV, nr. 41)`, `motie 34000-A, nr. 22` (no indieners)
//   `(t.v.v. 35300-XVI-108)` after a motion: MotionInfo::replaces
//   Handelingen lists: `stel ik voor de volgende door hen ingediende moties opnieuw aan te
//   houden: 29911-226; 21501-08-765; 35570-XIV-46.` (each a motion, relation from the sentence)
//   `de motie van lid Kisteman` (no `het`), `motie Ceder / Six Dijkstra` (two-word surnames),
//   `de motie van het lid Jesse Klaver` (a first name is no part of the indiener: motie-klaver),
//   `motie-Van\n Dijk` (a wrapped line; never a blank line), `de motie van der Plas` (motie-van-der-plas)
//   plural, one mention per motion: `de moties Marijnissen c.s. en Klaver c.s.`, `de moties van het lid X
//   over A (Kamerstuk 32 793, nr. 176) en van het lid Y over B (...)`, `de moties 32 793, nrs. 176 en 180`
//   narrative: `is door de Kamerleden Vermeij (PvdA), ... een motie ingediend (Kamerstuk 32 500 XV, nr. 95)`
// Not a reference: `de motie` alone, `deze motie`, `motieven`, `de motie van wantrouwen`, a
// table header (`Motie | Vindplaats`), a particle alone (`motie-Van`); words that are never
// an indiener and first names are listed in data/person-names.tsv.
//
// Binding to a Kamerstuk number inside one document (MotionInfo::bound_by):
//   footnote  the footnote whose marker ends the motion's sentence holds exactly
//             one Kamerstuk citation (`...te spannen.1` / `1 Kamerstukken II 2025/2026, 29754, nr. 758.`)
//   sentence  a Kamerstuk citation right after the motion (`de motie-Jansen (36410, nr. 412)`),
//             or `Zij krijgt nr. 412 (36410)` closing the motion's own text in Handelingen
//   sentence  also: a name and one number later in the same sentence or table line, with no
//             other document named between (`de motie Van Kent c.s. over ... (TK 36 582, nr. 55)`,
//             `met kenmerk 32 479, nr. 3`)
//   document  another mention of the same indieners in the document was bound
//             (and the subjects do not contradict)
// In the motion's own document (type motie) the title and indiener lines are
// the document itself and are not emitted.
#include <span>
#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "kamerref/extract/anchors.h"
#include "kamerref/extract/context.h"
#include "kamerref/extract/reference.h"

namespace kamerref {

void extract_motions(const ExtractContext& ctx, std::vector<Reference>& out);

// A list of names as a motion is signed: `Van den Berg en Smit`,
// `De Vries/Bakker-El Amrani`, `Jansen (PVV), De Vries (VVD) en Smit`.
// Parties and `c.s.` are dropped; names are kept as written.
std::vector<std::string> split_indieners(std::string_view names);

// `I.J.M. Michon-Derkzen`, `Michon-Derkzen (VVD)` -> `Michon-Derkzen`;
// `L. van der Werf`, `Th. van der Werf` -> `van der Werf`.
std::string surname_of(std::string_view indiener);

// `motie-michon-derkzen`, `motie-de-vries+bakker-el-amrani` (particles kept).
std::string motion_fallback_id(const std::vector<std::string>& indieners);

// Surname slugs of the indieners, initials dropped: {"michon-derkzen"}.
std::vector<std::string> indiener_slugs(const std::vector<std::string>& indieners);

// Do the indieners of a mention fit those of a known motion? The first
// indiener must be the same and every named one must sign the known motion
// (a mention often names only the first: `de motie-Van Dam c.s.`).
bool indieners_fit(const std::vector<std::string>& mention, const std::vector<std::string>& known);
// The same test on slugs already made by indiener_slugs (cheaper when one
// side is compared many times), or on numbers standing for them (resolution
// interns slugs).
template <class Slug>
bool indiener_slugs_fit(const std::vector<Slug>& mention, const std::vector<Slug>& known) {
  if (mention.empty() || known.empty() || mention.front() != known.front()) return false;
  for (const Slug& s : mention)
    if (std::find(known.begin(), known.end(), s) == known.end()) return false;
  return true;
}

// A motion's title, in either case: `Motie van het lid Michon-Derkzen over een
// werkbare definitie van "extremistische content"`, `MOTIE VAN HET LID
// MICHON-DERKZEN`, `GEWIJZIGDE MOTIE VAN DE LEDEN VAN DAM EN SMIT TER
// VERVANGING VAN DIE GEDRUKT ONDER NR. 512`.
struct MotionTitle {
  std::vector<std::string> indieners;
  std::string subject;
  bool gewijzigd = false;
  std::string replaces_nr;  // `512`
};
std::optional<MotionTitle> parse_motion_title(std::string_view title);

// Content words of a subject or sentence for overlap matching: folded,
// function words and short words dropped, light stemming
// (`extremistische` and `extremistisch` meet).
std::set<std::string> subject_words(std::string_view text);

// How many content words two word sets share.
int word_overlap(const std::set<std::string>& a, const std::set<std::string>& b);

// The relation a sentence expresses towards the motion it names
// (MotionInfo::relation): afgedaan, aangehouden, uitvoering, or empty.
std::string motion_relation_in(std::string_view sentence);

// The literals the module's patterns stand next to (anchors.h).
std::span<const AnchorLiteral> motion_anchors();

}  // namespace kamerref
