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

// What the Kamer decided on a motion (SPEC section 3, the `kamer` object).
// Two sources fill it: the texts of the corpus (a Handelingen or stemmingen
// list: "zodat zij is aangenomen") and imported TK open data (Besluit,
// Stemming, Zaak). Where both speak and disagree, the one not shown as
// `decision` goes to `conflict`; neither is dropped.
struct FractieVote {
  std::string fractie;     // "VVD"
  std::string vote;        // Voor, Tegen, Niet deelgenomen
  int seats = 0;           // FractieGrootte: the weight of a fractie vote
  bool vergissing = false; // the fractie later said this vote was a mistake
};

struct KamerVotes {
  int voor = 0;
  int tegen = 0;
  int niet_deelgenomen = 0;
  bool complete = false;  // the seats add up to the chamber (150)
  std::vector<FractieVote> by_fractie;
};

struct KamerStatement {
  // aangenomen, verworpen, aangehouden, ingetrokken, vervangen; empty when
  // nothing in the input says
  std::string decision;
  std::string date;    // ISO
  std::string source;  // "tk-opendata", or the id of the document that records it
  std::string quote;   // the sentence that says so (texts)
  std::string replaced_by;  // decision `vervangen`: the gewijzigde motie's id
};

struct KamerDecision : KamerStatement {
  std::string zaak;                 // tk-zaak number, 2025Z18464
  std::string tk_document;          // tk-document number, 2025D43019
  std::string kabinetsappreciatie;  // Oordeel Kamer, Ontraden, Overgenomen, ...
  std::optional<KamerVotes> votes;  // only where the source gives them
  std::string note;                 // "vote not linked", "votes incomplete"
  std::optional<KamerStatement> conflict;  // the other source, where they disagree
};

struct MotionFinding {
  std::string id;
  std::vector<std::string> indieners;
  std::string subject;
  std::vector<std::string> verzoeken;  // what it asked, from its own text when in the corpus
  std::string status;                  // afgedaan, in-uitvoering, genoemd, onbekend
  std::optional<MotionMention> decided_by;  // the mention that set the status
  std::vector<MotionMention> mentions;      // one per document, by date (undated last)
  KamerDecision kamer;                      // what the Kamer decided
};

// Sorted by id.
std::vector<MotionFinding> audit_motions(const ReferenceGraph& graph);

}  // namespace kamerref
