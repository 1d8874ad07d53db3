#pragma once
// Pictures of diagrams (render/diagram.h) with Graphviz, in one visual
// language, explained by a legend inside every picture:
//  - one shape and fill colour per kind (document, motion, report, EU act,
//    law, debate, commitment, dossier, person, verzoek); a bold border marks a
//    document of the corpus, a double border what the view is about;
//  - one line style per relation (cites, answers (uitvoering / afgedaan /
//    genoemd / aangehouden), promises, fulfils, overdue, replaces, follows,
//    submitted by, asks);
//  - time runs left to right on a real axis: every period (month, quarter,
//    year or more, whichever gives at most ten) from the earliest date to the
//    latest has a column, so distances are proportional to time; undated
//    nodes stand in their own lane, left of the axis, labelled "undated";
//  - the stukken of one dossier sit in one cluster;
//  - labels are short; the tooltip has the full title and the evidence
//    sentence; Kamerstukken link to officielebekendmakingen.nl, EU acts to
//    EUR-Lex.
// Text from documents only ever becomes HTML-label text or an escaped
// tooltip, so quotes, backslashes, `<`, `>`, `&` and newlines stay text.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "kamerref/render/diagram.h"
#include "kamerref/render/graphviz.h"

namespace kamerref {

enum class PictureFormat { svg, png, pdf, dot };
// From the file name's extension (.svg, .png, .pdf, .dot / .gv); nullopt for others.
std::optional<PictureFormat> picture_format_for(const std::filesystem::path& path);

// The Graphviz graph of a diagram, legend included, before layout.
gv::Graph to_graphviz(const Diagram& diagram);

// SVG, PNG or PDF bytes (laid out with dot), or DOT text (the graph as built:
// any Graphviz tool can lay it out).
std::string render_picture(const Diagram& diagram, PictureFormat format);
// The same; what Graphviz said during layout and rendering (warnings, and
// errors it recovered from) goes into `messages`, one line each, instead of
// onto stderr. Throws gv::GraphvizError when the layout or rendering fails.
std::string render_picture(const Diagram& diagram, PictureFormat format, std::vector<std::string>& messages);

// A sheet of paper in points, landscape; a picture fits it either way round.
// {0, 0}: no page (the drawing keeps its natural size, however large).
struct Page {
  double width = 0;
  double height = 0;
};
inline constexpr Page kA3 = {1191, 842};
inline constexpr Page kA4 = {842, 595};
inline constexpr Page kNoPage = {0, 0};

// A picture that fits a page at its natural size: Graphviz never scales it,
// so no text is smaller than set (8 pt at the least: node details, the
// legend's 9 pt). `max_nodes`: the node limit the picture was drawn with.
struct PagePicture {
  std::string bytes;
  double width = 0;   // points, as laid out (margins included)
  double height = 0;
  std::size_t max_nodes = 0;
  bool fits = false;  // false: even the fewest nodes did not fit; drawn anyway
  std::vector<std::string> messages;  // what Graphviz said (render_picture)
};

// Draws `make(n)`, the view with at most n nodes, for the largest n from
// `max_nodes` down (each step a fifth fewer, to 8) whose drawing fits `page`:
// the time axis arranged for a landscape page (up to 6 columns of 11 nodes),
// then for a portrait one (4 of 17), before fewer nodes are tried. Without a
// page, or with max_nodes 0 (no limit), `make(max_nodes)` at its natural size.
PagePicture render_on_page(const std::function<Diagram(std::size_t max_nodes)>& make, std::size_t max_nodes,
                           const Page& page, PictureFormat format);

// Text for a tooltip or URL attribute: Graphviz reads backslash escapes
// (`\N`, `\n`) and entities there, so `\` and `&` are escaped; newlines stay.
std::string tooltip_text(std::string_view text);

}  // namespace kamerref
