#pragma once
// Diagrams: the part of the reference graph one picture shows, already in the
// picture's terms (which look each node has, which line each edge), before
// Graphviz sees it (render/picture.h draws it).
//
// Views:
//   overview     the whole corpus
//   chain ID     the lineage of one document (analyse/lineage.h)
//   motion ID    the motion, what it asked (verzoeken), every document
//                answering it, coloured by relation
//   commitments  every promise and its status on the as-of date
//                (analyse/commitments.h)
//   around ID    the neighbourhood of any vertex
//   dossier NR   one dossier's stukken and what they cite
//   dossiers     dossiers as nodes, citations between them counted (what
//                overview draws when the corpus has more documents than
//                --max-nodes)
// Every view then goes through the same steps: --kinds and --since/--until
// filter vertices (the focus of a view always stays), vertices left without
// any line are dropped unless they are corpus documents, and beyond
// --max-nodes (60 by default: a page) the least relevant vertices collapse
// into one counted node per kind and dossier ("143 more motions in 36600").
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kamerref/analyse/commitments.h"
#include "kamerref/graph/graph.h"

namespace kamerref {

// One shape and colour each (render/picture.cc has the table).
enum class Look { document, motion, report, eu, law, debate, commitment, dossier, person, verzoek };
std::string_view to_string(Look look);
Look look_of(VertexKind kind);

// One line style each.
enum class Line {
  cites,
  answers_uitvoering,
  answers_afgedaan,
  answers_genoemd,
  answers_aangehouden,
  answers_niet_uitgevoerd,
  promises,
  fulfils,
  overdue,
  replaces,
  follows,
  submitted_by,
  asks,
};
std::string_view to_string(Line line);

struct DiagramNode {
  std::string name;     // unique: the canonical id, `more-<kind>` for a group, `<motion>-verzoek-<n>`
  Look look = Look::document;
  std::string kind;     // the vertex kind ("kamerstuk"); empty for verzoeken
  std::string headline; // first label line: `29754-758 motie Michon-Derkzen`
  std::string detail;   // second label line, may be empty: a date, a short title
  std::string tooltip;  // full title, id, date, file
  std::string url;      // officielebekendmakingen, EUR-Lex; empty when none
  std::string date;     // ISO or YYYY-MM; empty when unknown
  std::string dossier;  // the dossier cluster it is drawn in (`dossier-29754`), may be empty
  bool in_corpus = false;
  bool focus = false;     // what the view is about (always drawn)
  bool subject = false;   // part of what the view is about (a dossier's documents): drawn first, may collapse
  std::string status;     // commitments: fulfilled, open, overdue; motions: the audit status
  std::size_t collapsed = 0;  // > 0: a group node standing for that many vertices
  std::size_t weight = 0;     // vertices an aggregate node (a dossier) stands for: ranks it when nodes collapse
};

struct DiagramEdge {
  std::size_t from = 0;  // indexes into Diagram::nodes
  std::size_t to = 0;
  Line line = Line::cites;
  std::string tooltip;  // relation, file:line and the evidence sentence
  int count = 1;        // references behind it
  bool show_count = false;  // the count is written on the line (the dossiers view)
};

// The motion view's panel: what the Kamer decided on the motion (SPEC
// section 3 `kamer`), drawn beside it: the outcome and date, a bar of the
// seats voor (green) and tegen (red) by fractie, the totals, the fracties by
// name, "votes incomplete" or "vote not linked", the cabinet's advice and the
// indieners as the Kamer's records name them.
struct VoteSegment {
  std::string fractie;  // "VVD"
  std::string vote;     // Voor, Tegen, Niet deelgenomen
  int seats = 0;
  bool vergissing = false;
};

struct VotePanel {
  std::string of;        // the node it stands beside (the motion's name)
  std::string headline;  // "Kamer: aangenomen, 2 oktober 2025"
  std::string totals;    // "147 voor – 3 tegen"; empty without votes
  std::vector<VoteSegment> segments;  // in bar order: voor, tegen, niet deelgenomen
  int missing_seats = 0;              // seats of the 150 the data do not give
  std::vector<std::string> voor, tegen, niet_deelgenomen;  // "voor: PVV 37, VVD 24, ..." wrapped
  std::string warning;   // "votes incomplete", "vote not linked"
  std::vector<std::string> details;  // cabinet advice, indieners, TK numbers, a conflicting text
  std::string tooltip;
};

struct Diagram {
  std::string title;
  std::optional<VotePanel> vote_panel;  // the motion view, where anything is known
  std::vector<DiagramNode> nodes;  // in a stable order: by date, then name
  std::vector<DiagramEdge> edges;  // by from, to, line
};

struct ViewOptions {
  int depth = 0;                  // levels from the focus; 0: the view's default
  std::vector<VertexKind> kinds;  // vertices of these kinds only; empty: all
  std::string since;              // ISO dates; dated vertices outside are left out
  std::string until;
  std::size_t max_nodes = 60;     // 0: no limit; beyond it the least relevant collapse
  std::string as_of;              // commitments: judge deadlines on this date
};

// `kamerstuk,motion,eu` -> kinds; nullopt names the first unknown kind in `bad`.
std::optional<std::vector<VertexKind>> parse_kinds(std::string_view list, std::string& bad);

// depth: levels of citations followed from the corpus documents (0: all).
// With more corpus documents than max_nodes, the dossiers view instead.
Diagram overview_diagram(const ReferenceGraph& graph, const ViewOptions& options);
// One node per dossier (and per kind for what has no dossier), lines
// carrying the number of citations between them: for corpora too large to
// draw document by document.
Diagram dossiers_diagram(const ReferenceGraph& graph, const ViewOptions& options);
// The neighbourhood of any vertex (document, motion, report, EU act), lines
// in both directions; depth: steps (0: 1). Nullopt when `id` is not in the graph.
std::optional<Diagram> around_diagram(const ReferenceGraph& graph, std::string_view id, const ViewOptions& options);
// One dossier's stukken on the time axis and what they cite, inside or
// outside it. `number`: `36600`, `dossier-36600`, `36200-VI`. Nullopt when
// nothing in the graph belongs to it.
std::optional<Diagram> dossier_diagram(const ReferenceGraph& graph, std::string_view number, const ViewOptions& options);
// depth: passed to trace_lineage (0: 10). Nullopt when `id` is not in the graph.
std::optional<Diagram> chain_diagram(const ReferenceGraph& graph, std::string_view id, const ViewOptions& options);
// depth: 1 shows the motion and what touches it; more follows further lines.
// Nullopt when `id` is not in the graph.
std::optional<Diagram> motion_diagram(const ReferenceGraph& graph, std::string_view id, const ViewOptions& options);
Diagram commitments_diagram(const ReferenceGraph& graph, const DocumentTexts& texts, const ViewOptions& options);

// The link for an id, empty when there is none:
//   kst-29754-758   -> https://zoek.officielebekendmakingen.nl/kst-29754-758.html (also h-, ah-)
//   celex-32022R2065 -> https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32022R2065
std::string link_for(std::string_view id);

// The label a person knows a vertex by, never an id, file stem, uuid or
// letterhead: `Motie Michon-Derkzen over een werkbare definitie van
// "extremistische content"`, `Voortgangsbrief Versterkte Aanpak Online inzake
// extremistische en terroristische content, 22 mei 2026` (a title shortened
// before its date), `Kamerbrief 29754-436, 24 november 2017` (no usable
// title), `Toezegging 3: de voortgang`, `Kamerstuk 29754-434` (only cited).
std::string full_label(const VertexProps& vertex);
// full_label shortened at a word boundary for a node's headline.
std::string short_label(const VertexProps& vertex);

}  // namespace kamerref
