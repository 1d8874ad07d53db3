#pragma once
// `kamerref report`: one self-contained HTML file -- inline CSS and JS, the
// overview picture inlined as SVG, nothing fetched when it is viewed -- with
// the motion audit and the commitment audit as tables that sort (click a
// header) and filter (type in the box above). Every row links to its
// evidence: the file and line (relative to the report) and the quote.
// Every piece of text from the documents is HTML-escaped, so a title with
// `<script>` stays text.
//
// Opened as `report.html#selftest` (optionally `&column=N&filter=WORDS`) the
// page sorts each table on column N (0: the first), ascending then
// descending, by clicking the header, applies the filter by typing it into
// the box, and writes the row ids it saw into <pre id="selftest-result"> as
// JSON, for a headless browser test.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "kamerref/analyse/commitments.h"
#include "kamerref/analyse/motions.h"
#include "kamerref/graph/graph.h"

namespace kamerref {

struct ReportInput {
  const ReferenceGraph* graph = nullptr;
  std::vector<MotionFinding> motions;
  std::vector<CommitmentFinding> commitments;
  std::string as_of;
  std::string overview_svg;      // Graphviz SVG of the overview
  std::filesystem::path folder;  // where the report is written: links to files are relative to it
};

std::string html_report(const ReportInput& input);

// `&`, `<`, `>`, `"`, `'` as entities; invalid UTF-8 as U+FFFD.
std::string html_escape(std::string_view text);

// The <svg> element of a Graphviz SVG document (no XML declaration, doctype
// or comments before it), to place inside HTML.
std::string inline_svg(std::string_view svg_document);

}  // namespace kamerref
