#pragma once
// Reports (SPEC section 1 kind `report`, id `report-<slug>[-<edition>]`):
//   - recurring series named in data/report-series.tsv: `Dreigingsbeeld
//     Terrorisme Nederland 46` -> report-dtn-46, `DTN` -> report-dtn,
//     `Nationale Contraterrorisme-Strategie 2016-2020` ->
//     report-nationale-contraterrorisme-strategie-2016-2020;
//   - quoted titles after a word that names a document: `het onderzoek
//     'Schimmige scheidslijnen: Juridische, ...'` -> report-schimmige-scheidslijnen,
//     `non-paper "Countering together: ..."` -> report-countering-together;
//   - BNC fiches: `Fiche - Terrorismebestrijdingsagenda EU` ->
//     report-fiche-terrorismebestrijdingsagenda-eu;
//   - reports described by a named subject: `een rapport over het COM-netwerk`
//     -> report-com-netwerk.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kamerref/extract/anchors.h"
#include "kamerref/extract/context.h"
#include "kamerref/extract/reference.h"

namespace kamerref {

// One written form of a report series: a line of data/report-series.tsv.
struct ReportSeriesForm {
  std::string slug;         // series part of the id (`dtn`)
  std::string form;         // as written (`Dreigingsbeeld Terrorisme Nederland`)
  std::string letter_case;  // `name`, `exact` or `any`
  std::string edition;      // `number`, `year` or `none`
  int line = 0;             // in the file, for messages
};

// Parses the gazetteer text. Throws std::runtime_error naming the line when a
// line is malformed (wrong column count, unknown case or edition word, a slug
// that is not a SPEC slug).
std::vector<ReportSeriesForm> parse_report_series(std::string_view tsv);

// `dtn`, `46` -> `report-dtn-46`; `dtn`, `` -> `report-dtn`;
// `nationale-extremismestrategie`, `2024-2029` -> `report-nationale-extremismestrategie-2024-2029`.
std::string report_id(std::string_view slug, std::string_view edition);

// An edition as written after a series name, normalised: `46` -> `46`,
// `2016–2020` / `2016-2020` -> `2016-2020`, `2023/24` -> `2023-2024`. Empty
// when it is none of these.
std::string normalize_edition(std::string_view written);

// The slug of a quoted title: the part before a colon (the main title),
// at most twelve words. `Schimmige scheidslijnen: Juridische, ...` ->
// `schimmige-scheidslijnen`.
std::string report_title_slug(std::string_view title);

// A gazetteer's written form as a regex body (no word boundaries): a space
// matches any white space run (line breaks included), a hyphen between letters
// also matches a space or nothing (`Contraterrorisme-strategie` matches
// `Contraterrorismestrategie` and `Contraterrorisme Strategie`), `{ed}` is a
// capturing group for a year or period. `letter_case` `name`: first letter as
// written, the rest in any case; `any`: any case; otherwise exactly as written.
// Shared by the report and law gazetteers.
std::string written_form_pattern(std::string_view form, std::string_view letter_case);

// Appends every report reference in the document (page furniture skipped).
void extract_reports(const ExtractContext& ctx, std::vector<Reference>& out);

// The literals the module's patterns stand next to (anchors.h).
std::span<const AnchorLiteral> report_anchors();

// The gazetteers the module's patterns start from, searched in the one pass (anchors.h).
std::span<const DictionaryAnchor> report_dictionaries();

}  // namespace kamerref
