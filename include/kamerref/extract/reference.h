#pragma once
// What the extractor finds: references (SPEC section 1 kinds) and the
// document's own identity (SPEC section 2 `document`). Plain structs; the
// output module turns them into JSON, the graph module into vertices.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kamerref/load/offset_map.h"

namespace kamerref {

enum class RefKind {
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
};
std::string_view to_string(RefKind kind);  // SPEC spelling: "tk-document"
std::optional<RefKind> ref_kind_from_string(std::string_view name);

// How a document relates to a motion it names, read from the sentence.
//   uitvoering: `Ter uitvoering van de motie ...`, `conform de motie`
//   afgedaan:   `hiermee beschouw ik de motie als afgedaan`
//   aangehouden:`de motie ... is aangehouden`
//   ingediend:  the motion's own text (`Motie van het lid X over ...`)
//   genoemd:    any other mention
struct MotionInfo {
  std::vector<std::string> indieners;  // surnames with particles: "Michon-Derkzen", "Van der Werf"
  std::string party;                   // of the first indiener, when given: "VVD"
  std::string subject;                 // the `over ...` phrase, when given
  std::string date;                    // ISO date it was submitted, when given
  std::string relation = "genoemd";
  bool gewijzigd = false;              // `de gewijzigde motie`
  std::string replaces;                // kst id of the motion it replaces
  std::string bound_by;                // how the kst id was found: footnote, sentence, corpus
};

// A toezegging: made (a promise in this document), cited (one made earlier,
// `Toezegging gedaan aan het lid ...`), or fulfilled (`Hiermee geef ik gehoor
// aan de toezegging ...`).
struct CommitmentInfo {
  std::string role;       // "made", "cited", "fulfilled"
  std::string due_text;   // as written: "in het voorjaar van 2026"
  std::string due_from;   // ISO date, empty when no time is given
  std::string due_to;
  std::string topic;      // what is promised
  std::string vehicle;    // the promised carrier: "voortgangsbrief", "Kamerbrief"
  std::string made_to;    // the member it was made to: "Van der Werf (D66)"
  std::string made_at;    // the occasion: "plenair debat ... op 21 december 2022"
};

struct Reference {
  RefKind kind = RefKind::kamerstuk;
  std::string id;
  Span match;  // in Document::text

  // Filled in by finish_references() from `match`:
  Span source;           // byte offsets in the file on disk
  std::string text;      // the bytes on disk at `source`
  int line = 0;
  std::optional<int> footnote;
  std::string sentence;  // the sentence it sits in, normalised

  std::vector<std::pair<std::string, std::string>> attrs;  // in insertion order
  std::optional<MotionInfo> motion;
  std::optional<CommitmentInfo> commitment;

  void set_attr(std::string key, std::string value);
  std::string_view attr(std::string_view key) const;
};

struct DocumentInfo {
  std::string id;        // own canonical id (kst-..., a tk-document number, or doc-<stem>)
  std::string title;
  std::string date;      // ISO
  std::string type;      // kamerbrief, nota, motie, gewijzigde motie, verslag, ...
  std::string kenmerk;
  std::string dossier;   // dossier-<nr> the document belongs to, when known
  std::string vergaderjaar;  // "2025-2026"
  std::string tk_nummer;     // TK document number of this document (2025D49428)
  std::string rijkswet;      // `R2188` of `36 455 (R2188)`: the dossier's Rijkswet number, never part of the id
  std::vector<std::string> signatories;
  std::vector<std::string> indieners;
  std::vector<std::string> verzoeken;  // a motion's `verzoekt de regering ...` clauses
};

struct Extraction {
  std::string file;
  DocumentInfo document;
  std::vector<Reference> references;
  std::vector<std::string> warnings;
};

}  // namespace kamerref
