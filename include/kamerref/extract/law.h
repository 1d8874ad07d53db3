#pragma once
// Laws and bills (SPEC section 1 kind `law`, id `wet-<slug>`, or the BWB
// number `BWBR...` where the document gives one):
//   - names from data/laws.tsv with their abbreviations: `Wetboek van
//     Strafrecht`, `Awb`, `artikel 140a Sr`, `Wet Bibob`, `Twbmt`;
//   - names by their shape: `Wet` + lower-case words (`Wet justitiële en
//     strafvorderlijke gegevens`), `Tijdelijke wet ...`, `Algemene wet ...`,
//     compounds on -wet (`Gemeentewet`, `Politiewet 2012`), and the framing
//     compounds with the act they carry out (`Uitvoeringswet verordening
//     terroristische online-inhoud`, `(Uitvoeringswet) Verordening ...`);
//   - bills: `het wetsvoorstel Versterking strafrechtelijke aanpak terrorisme`
//     (attr stage=wetsvoorstel);
//   - short forms that refer back: `de Uitvoeringswet` after a named
//     Uitvoeringswet in the same document;
//   - BWB numbers: `BWBR0001854`.
// The Dutch word `wet` in prose (`wet- en regelgeving`, `de wet`, `binnen de
// grenzen van de wet`) is not a reference.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kamerref/extract/anchors.h"
#include "kamerref/extract/context.h"
#include "kamerref/extract/reference.h"

namespace kamerref {

// One written form of a law: a line of data/laws.tsv.
struct LawForm {
  std::string citeertitel;  // official short title; the id is wet-<slug>
  std::string form;         // as written
  std::string letter_case;  // `name`, `any`, `exact` or `cite`
  std::string bwb;          // `BWBR0001854`, empty when not listed
  int line = 0;
};

// Parses the gazetteer text. Throws std::runtime_error naming the line when a
// line is malformed.
std::vector<LawForm> parse_laws(std::string_view tsv);

// `Tijdelijke wet bestuurlijke maatregelen terrorismebestrijding` ->
// `wet-tijdelijke-wet-bestuurlijke-maatregelen-terrorismebestrijding`.
std::string law_id(std::string_view name);

// Where a law name that continues at `pos` ends: lower-case words, `en`/`of`
// between them, a closing year (`... veiligheidsdiensten 2017`); it stops at
// punctuation, `(`, a verb, a preposition that starts a new phrase (`in`,
// `bij`, `met`), a capital (unless `capitals` is set), a blank line or a
// footnote number glued to the last word (`terrorisme13`). Returns `pos` when
// no word continues the name.
std::size_t law_name_end(std::string_view text, std::size_t pos, bool capitals);

// Appends every law reference in the document (page furniture skipped).
void extract_laws(const ExtractContext& ctx, std::vector<Reference>& out);

// The literals the module's patterns stand next to (anchors.h).
std::span<const AnchorLiteral> law_anchors();

// The gazetteers the module's patterns start from, searched in the one pass (anchors.h).
std::span<const DictionaryAnchor> law_dictionaries();

}  // namespace kamerref
