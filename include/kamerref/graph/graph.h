#pragma once
// The reference graph: one vertex per canonical id (SPEC section 1), so that a
// document in the corpus and a citation of it elsewhere meet at one vertex,
// which carries the document's metadata. Edges run from the referring vertex
// to what it refers to and carry the evidence (file, line, bytes, sentence).
//
//   document --cites--> kamerstuk, eu act, report, law, letter, debate, ...
//   document --answers-motion(relation)--> motion
//   motion --replaces--> motion            (a gewijzigde motie)
//   motion --submitted-by--> person-<slug>
//   document --promises--> commitment      (a toezegging made there)
//   document --fulfils--> commitment       (`Hiermee geef ik gehoor aan de toezegging ...`)
//   document --cites-commitment--> commitment
//   kamerstuk/document --part-of-dossier--> dossier
//   later letter --follows--> earlier letter of the same series
#include <boost/graph/adjacency_list.hpp>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kamerref/extract/reference.h"
#include "kamerref/graph/shared_text.h"
#include "kamerref/opendata/records.h"

namespace kamerref {

enum class VertexKind {
  document,  // a corpus document without an official id (`doc-<stem>`)
  kamerstuk,
  dossier,
  handelingen,
  aanhangsel,
  tk_document,
  tk_zaak,
  motion,
  eu,
  report,
  law,
  letter,
  debate,
  commitment,
  person,
};
std::string_view to_string(VertexKind kind);  // "tk-document", "person", ...
VertexKind vertex_kind_of(RefKind kind);
// The kind an id has by its form alone (`kst-` -> kamerstuk, `person-` -> person).
VertexKind vertex_kind_from_id(std::string_view id);

enum class EdgeKind {
  cites,
  answers_motion,
  replaces,
  promises,
  fulfils,
  cites_commitment,
  part_of_dossier,
  submitted_by,
  follows,
};
std::string_view to_string(EdgeKind kind);  // "answers-motion", ...

// Where an edge was read: the reference that made it.
struct Evidence {
  SharedText file;
  int line = 0;
  std::size_t start = 0;  // byte offsets in the file on disk
  std::size_t end = 0;
  std::size_t text_pos = 0;  // where the match begins in the normalised text (Reference::match)
  std::optional<int> footnote;
  std::string text;      // as written
  SharedText sentence;   // the sentence around it
};

struct VertexProps {
  std::string id;  // canonical id
  VertexKind kind = VertexKind::document;
  std::string label;  // a readable name: the title, else the text a citation used
  bool in_corpus = false;
  // documents of the corpus (and what citations tell about the others)
  std::string title;
  std::string date;  // ISO, or `YYYY-MM` when a citation gives only a month
  std::string type;  // kamerbrief, nota, motie, ...
  std::string file;  // the corpus file, when the document is in the corpus
  std::string dossier;
  std::string series;  // series key (graph/series.h) when the document is one of a series
  std::vector<std::string> signatories;
  // motions
  std::vector<std::string> indieners;  // surnames: "Michon-Derkzen"
  std::string subject;
  std::vector<std::string> verzoeken;
  // commitments: held apart, as one vertex in a hundred has one and the other
  // ninety-nine would each carry its eight empty strings
  std::shared_ptr<const CommitmentInfo> commitment;
  // motions: the official record, where TK open data were imported (graph/official.h)
  std::shared_ptr<const TkMotion> tk;
};

struct EdgeProps {
  EdgeKind kind = EdgeKind::cites;
  // answers-motion: SPEC section 3 mention relations (ingediend, afgedaan,
  // uitvoering, niet-uitgevoerd, genoemd, besluit, vervangt); cites: the same
  // where a numbered citation of a motion says more than `genoemd`
  std::string relation;
  std::string decision;  // relation besluit: what the Kamer decided (aangenomen, ...)
  std::string note;      // on a follow-up: `meer tijd gevraagd`, `niet volledig`, `ontraden`
  Evidence evidence;  // of the first reference that made this edge
  int count = 1;      // references behind this edge (a document citing a stuk twice)
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, VertexProps, EdgeProps>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using GraphEdge = boost::graph_traits<Graph>::edge_descriptor;

// Two different files that claim one id: the graph describes the id by the
// first of them in path order and leaves the other out (its references too).
struct IdConflict {
  std::string id;
  std::string kept;      // the file the vertex describes
  std::string left_out;  // the file left out of the graph
};

struct ReferenceGraph {
  Graph g;
  std::unordered_map<std::string, Vertex> by_id;
  std::vector<IdConflict> conflicts;  // in the order they were met
  // the register's Toezeggingen, where imported; the commitment audit puts
  // each beside the commitment the texts give (analyse/register.h)
  std::vector<TkToezegging> toezeggingen;

  std::optional<Vertex> find(std::string_view id) const;
  // The vertex for `id`, created (kind from the id's form) when new.
  Vertex vertex(const std::string& id);
  // Adds an edge unless one of the same kind and relation already joins the
  // two; then that edge's count goes up. Returns the edge.
  GraphEdge connect(Vertex from, Vertex to, EdgeKind kind, std::string relation, Evidence evidence);

  std::size_t vertex_count() const { return boost::num_vertices(g); }
  std::size_t edge_count() const { return boost::num_edges(g); }
};

// One graph for the documents of a run (after resolve_corpus). Deterministic:
// the same extractions give the same vertex and edge order.
ReferenceGraph build_graph(const std::vector<Extraction>& extractions);

// build_graph in steps, for extractions that are read one at a time and never
// all held (a JSON Lines corpus of 10^6 documents): first every extraction to
// add_document, then every one again, in the same order, to add_references,
// then finish. Gives the same graph as build_graph over the same sequence.
class GraphBuilder {
 public:
  void add_document(const Extraction& extraction);    // the corpus documents, with their metadata
  void add_references(const Extraction& extraction);  // what each refers to
  ReferenceGraph finish();                            // people, dossiers, series

 private:
  void describe(Vertex v, const Extraction& extraction);
  ReferenceGraph rg_;
  // the file each corpus id is described by, and the files whose references
  // were added (the same file given twice adds them once)
  struct Owner {
    std::string file;
    std::size_t content = 0;  // content_key of its extraction
  };
  std::unordered_map<std::string, Owner> file_of_id_;
  std::unordered_map<std::string, bool> referenced_;
};

// What an extraction says (metadata and references), as one number: two files
// with equal keys are copies of one publication, so one claiming the other's
// id is no conflict.
std::size_t content_key(const Extraction& extraction);

// `person-<slug of the surname>`.
std::string person_id(std::string_view indiener);
// `kst-29754-758` -> `dossier-29754`, `kst-36200-VI-12` -> `dossier-36200-VI`;
// empty for other ids.
std::string dossier_of_kamerstuk(std::string_view kst_id);

}  // namespace kamerref
