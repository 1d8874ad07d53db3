#pragma once
// Motion audit (SPEC section 3): every motion the corpus knows -- motion
// references and documents of type motie / gewijzigde motie -- with who
// submitted it, what it asked, every document that refers to it, and where it
// stands.
//
// Status, strongest first (one document saying so is enough):
//   afgedaan       a document says the motion is carried out or answered
//   in-uitvoering  a document reports work on it (`Ter uitvoering van de motie`)
//   genoemd        documents mention it in words, nothing more
//   onbekend       known by number only (a footnote `Kamerstukken II ..., nr. 758`),
//                  or only from its own text
#include <optional>
#include <string>
#include <vector>

#include "kamerref/graph/graph.h"

namespace kamerref {

struct MotionMention {
  std::string document;  // id of the referring document
  std::string file;
  std::string date;
  // afgedaan, uitvoering, aangehouden, genoemd, ingediend (the motion's own
  // text); `kamerstuk` when the document gives only the number
  std::string relation;
  std::string quote;  // the sentence
};

struct MotionFinding {
  std::string id;
  std::vector<std::string> indieners;
  std::string subject;
  std::vector<std::string> verzoeken;  // what it asked, from its own text when in the corpus
  std::string status;                  // afgedaan, in-uitvoering, genoemd, onbekend
  std::optional<MotionMention> decided_by;  // the mention that set the status
  std::vector<MotionMention> mentions;      // one per document, by date (undated last)
};

// Sorted by id.
std::vector<MotionFinding> audit_motions(const ReferenceGraph& graph);

}  // namespace kamerref
