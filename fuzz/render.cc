// Fuzz target render: hostile labels. The fuzz input is a list of fields
// separated by the byte 0x1E (fuzz.dict lists it); they become the file
// names, ids, titles, indieners, verzoeken, quoted texts and sentences of two
// small extractions (documents as extract_document describes them, with
// references of every kind, motion and commitment details), which go the
// way real ones go: build_graph, then every exporter
//   graph_to_dot       (src/render/export.cc)  -> must parse back with cgraph
//   graph_to_graphml                           -> must be well-formed XML
//   graph_to_node_link -> JSON as `kamerref graph --format json` writes it
//   graph_to_csv
// the overview diagram as a Graphviz graph (src/render/picture.cc, without
// the slow layout) -> must parse back, and the HTML report with both audits
// (src/render/html_report.cc) -> valid UTF-8, and html_escape of every field
// leaves no markup character.
// Dates stay well-formed (picked from a list): the extractor only ever
// writes ISO dates, and the point here is the text.
#include <pugixml.hpp>

#include <array>

#include "fuzz_target.h"
#include "kamerref/analyse/commitments.h"
#include "kamerref/analyse/motions.h"
#include "kamerref/graph/graph.h"
#include "kamerref/render/diagram.h"
#include "kamerref/render/export.h"
#include "kamerref/render/graphviz.h"
#include "kamerref/render/html_report.h"
#include "kamerref/render/picture.h"

namespace {

using namespace kamerref;

// The fields in order; empty ones once they run out.
class Fields {
 public:
  explicit Fields(std::string_view data) : parts_(fuzz::split(data, "\x1e", 64)) {}
  std::string next() { return at_ < parts_.size() ? std::string(parts_[at_++]) : std::string(); }
  bool more() const { return at_ < parts_.size(); }
  // A small number taken from the next field's first byte.
  unsigned pick(unsigned choices) {
    std::string field = next();
    return field.empty() ? 0 : static_cast<unsigned char>(field[0]) % choices;
  }

 private:
  std::vector<std::string_view> parts_;
  std::size_t at_ = 0;
};

constexpr std::array<const char*, 5> kDates = {"", "2023-12-01", "2025-10-02", "2026-05", "2026-05-22"};
constexpr std::array<const char*, 5> kRelations = {"uitvoering", "afgedaan", "aangehouden", "ingediend", "genoemd"};
constexpr std::array<const char*, 3> kRoles = {"made", "cited", "fulfilled"};

Extraction document(Fields& f) {
  Extraction e;
  e.file = f.next();
  e.document.id = f.next();
  if (e.document.id.empty()) e.document.id = "doc-fuzz";
  e.document.title = f.next();
  e.document.date = kDates[f.pick(kDates.size())];
  e.document.type = f.next();
  e.document.dossier = f.next();
  e.document.signatories = {f.next()};
  e.document.indieners = {f.next()};
  e.document.verzoeken = {f.next()};
  return e;
}

Reference reference(Fields& f, int line) {
  Reference r;
  r.kind = static_cast<RefKind>(f.pick(static_cast<unsigned>(RefKind::commitment) + 1));
  r.id = f.next();
  r.text = f.next();
  r.sentence = f.next();
  r.line = line;
  if (r.kind == RefKind::motion) {
    r.motion = MotionInfo{};
    r.motion->indieners = {r.text};
    r.motion->subject = r.sentence;
    r.motion->relation = kRelations[static_cast<std::size_t>(line) % kRelations.size()];
  }
  if (r.kind == RefKind::commitment) {
    r.commitment = CommitmentInfo{};
    r.commitment->role = kRoles[static_cast<std::size_t>(line) % kRoles.size()];
    r.commitment->topic = r.sentence;
    r.commitment->due_text = r.text;
    r.commitment->due_from = "2024-01-01";
    r.commitment->due_to = "2024-06-30";
    r.commitment->vehicle = r.text;
  }
  return r;
}

}  // namespace

KAMERREF_FUZZ_TARGET(render) {
  Fields fields(data);
  std::vector<std::string> all_fields;
  for (std::string_view part : fuzz::split(data, "\x1e", 64)) all_fields.emplace_back(part);

  std::vector<Extraction> extractions = {document(fields), document(fields)};
  for (int line = 1; fields.more() && line <= 12; ++line)
    extractions[static_cast<std::size_t>(line) % 2].references.push_back(reference(fields, line));

  ReferenceGraph graph = build_graph(extractions);
  using fuzz::require;

  std::string dot = graph_to_dot(graph);
  try {
    (void)gv::Graph::parse(dot);
  } catch (const gv::GraphvizError& e) {
    std::fprintf(stderr, "%s\n--- DOT ---\n%s\n", e.what(), dot.c_str());
    require(false, "the DOT export parses back");
  }
  pugi::xml_document graphml;
  require(bool(graphml.load_string(graph_to_graphml(graph).c_str())), "the GraphML export is well-formed XML");
  (void)graph_to_node_link(graph).dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  (void)graph_to_csv(graph);

  Diagram overview = overview_diagram(graph, ViewOptions{});
  const std::string overview_dot = to_graphviz(overview).dot();
  try {
    (void)gv::Graph::parse(overview_dot);
  } catch (const gv::GraphvizError& e) {
    std::fprintf(stderr, "%s\n--- DOT ---\n%s\n", e.what(), overview_dot.c_str());
    require(false, "the overview picture's DOT parses back");
  }

  ReportInput input;
  input.graph = &graph;
  input.as_of = "2026-06-01";
  input.motions = audit_motions(graph);
  CommitmentAuditOptions options;
  options.as_of = input.as_of;
  input.commitments = audit_commitments(graph, {}, options);
  input.folder = "out";
  require(fuzz::is_valid_utf8(html_report(input)), "the HTML report is valid UTF-8");
  for (const std::string& field : all_fields) {
    std::string escaped = html_escape(field);
    require(escaped.find_first_of("<>\"'") == std::string::npos, "html_escape leaves no markup character");
    require(fuzz::is_valid_utf8(escaped), "html_escape gives valid UTF-8");
  }
}
