#pragma once
// EU references (SPEC section 1, kind `eu`): acts cited by name or
// abbreviation from the gazetteer data/eu-acts.tsv (`Digital Services Act`,
// `DSA`, `TOI-verordening`), acts cited by number (`Verordening (EU)
// 2022/2065`, `Richtlijn 95/46/EG`, `Kaderbesluit 2002/475/JBZ`) and
// Commission documents (`COM(2020) 825 final`, `C(2025) 6826 final`).
//
// Matching rules:
// - Gazetteer abbreviations and other `exact` forms match case-sensitively as
//   whole words: `TOI` matches `TOI` and `TOI-verordening`, never `toi` or
//   `TOILET`. Full names match case-insensitively on word boundaries; a space
//   or hyphen inside a name matches any run of spaces, hyphens and line breaks,
//   or nothing.
// - Where candidates overlap the longest wins (`Verordening TOI` over `TOI`).
// - An abbreviation in parentheses right after a name (`Digital Services Act
//   (DSA)`, `Digital Fairness Act (DFA)`) belongs to that one reference; an
//   abbreviation defined like that is then recognised in the rest of the
//   document (`de DFA`).
// - A gazetteer abbreviation the document defines as something else (`Total
//   Cost of Ownership (TCO)`) is not an EU reference anywhere in that document.
// - A numbered act that is also in the gazetteer gets the gazetteer's `name`.
// - `artikel 28 van de DSA`, `artikel 28, lid 4, van Verordening (EU)
//   2022/2065`: the reference is the act, with attrs `article` (and `lid`).
// Not references: `Europese Commissie`, `EU-lidstaten`, `een Europese
// richtlijn`, `EU Internet Forum` (nothing in the gazetteer or the patterns
// matches them).
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kamerref/extract/anchors.h"
#include "kamerref/extract/context.h"
#include "kamerref/extract/reference.h"

namespace kamerref {

// One line of data/eu-acts.tsv.
struct EuAct {
  std::string id;                        // celex-32022R2065, eu-digital-fairness-act
  std::string name;                      // Digital Services Act
  std::vector<std::string> exact_forms;  // DSA (case-sensitive)
  std::vector<std::string> names;        // Digitaledienstenverordening (case-insensitive)
  int line = 0;                          // in the TSV file, 1-based
};

struct EuGazetteer {
  std::vector<EuAct> acts;
  std::vector<std::string> errors;  // `line 12: ...` for every line that does not parse
};

// Parses the TSV format documented at the top of data/eu-acts.tsv.
EuGazetteer parse_eu_gazetteer(std::string_view tsv);

// The gazetteer compiled into the library (data/eu-acts.tsv), parsed once.
const EuGazetteer& eu_gazetteer();

// SPEC id checks: `celex-3YYYY[RLDF]NNNN` (number zero-padded to 4 digits) or
// `eu-<slug>`.
bool is_valid_eu_id(std::string_view id);

// `R`, 2022, 2065 -> `celex-32022R2065`; `F`, 2002, 475 -> `celex-32002F0475`.
std::string celex_id(char type, int year, long number);

// The key under which two spellings of one form meet: `Online-Inhoud`,
// `online inhoud` -> `onlineinhoud` (case folded unless `keep_case`).
std::string eu_form_key(std::string_view form, bool keep_case);

// Appends every EU reference in the document's text (furniture skipped).
void extract_eu_acts(const ExtractContext& ctx, std::vector<Reference>& out);

// The literals the module's patterns stand next to (anchors.h).
std::span<const AnchorLiteral> eu_anchors();

// The gazetteers the module's patterns start from, searched in the one pass (anchors.h).
std::span<const DictionaryAnchor> eu_dictionaries();

}  // namespace kamerref
