#pragma once
// Motion audit (SPEC section 3): every motion the corpus knows -- motion
// references and documents of type motie / gewijzigde motie -- with who
// submitted it, what it asked, every document that refers to it, and where it
// stands.
//
// Two questions, kept apart:
//
// `status`: what the government did, from the relations of the mentions in
// other documents (extract/decision.h reads them). The latest dated document
// that says anything about the follow-up decides; among documents of one date
// the weaker reading (a wrong `afgedaan` is the worst outcome):
//   afgedaan         a document says the motion is carried out or answered
//   in-uitvoering    work on it is reported, not finished, or more time is asked
//   niet-uitgevoerd  a document says it will not or could not be carried out
//   genoemd          other documents mention it, nothing more
//   onbekend         known by number only (a footnote `Kamerstukken II ..., nr. 758`
//                    and nothing more), or only from its own text
//
// `kamer`: what the Kamer decided, from mentions with relation `besluit` (a
// vote record: `zodat zij is aangenomen`), the latest one deciding; a motion
// that a gewijzigde motie replaces (`t.v.v.`, `ter vervanging van`) is
// `vervangen` with `replaced_by`, unless a vote record says otherwise. The
// import of TK open data fills the same struct.
//
// Documents that record decisions (Handelingen, verslagen) are never motions
// themselves.
#include <optional>
#include <string>
#include <vector>

#include "kamerref/graph/graph.h"

namespace kamerref {

struct MotionMention {
  std::string document;  // id of the referring document
  std::string file;
  std::string date;
  // SPEC section 3: ingediend (the motion's own text), afgedaan, uitvoering,
  // niet-uitgevoerd, genoemd, besluit (a record of the Kamer's decision),
  // vervangt (a gewijzigde motie naming the one it replaces)
  std::string relation;
  std::string quote;  // the sentence
  int line = 0;
  std::string note;      // `meer tijd gevraagd`, `niet volledig`, `ontraden`
  std::string decision;  // relation besluit: what the record says the Kamer decided
  bool by_number = false;  // the document gives only the motion's number
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
  // who submitted it per the Kamer's records (Zaak, ZaakActor, Persoon,
  // Fractie): the full name and fractie where the text has a surname only
  std::vector<TkIndiener> indieners;
  std::optional<KamerStatement> conflict;  // the other source, where they disagree
};

struct MotionFinding {
  std::string id;
  std::vector<std::string> indieners;
  std::string subject;
  std::vector<std::string> verzoeken;  // what it asked, from its own text when in the corpus
  std::string status;  // afgedaan, in-uitvoering, niet-uitgevoerd, genoemd, onbekend
  std::optional<MotionMention> decided_by;  // the mention that set the status
  std::vector<MotionMention> mentions;      // one per document, by date (undated last)
  KamerDecision kamer;                      // what the Kamer decided
};

// Sorted by id.
std::vector<MotionFinding> audit_motions(const ReferenceGraph& graph);

// An adopted motion (kamer.decision `aangenomen`) that no document answers
// (status genoemd or onbekend): owed an answer.
bool owed_an_answer(const MotionFinding& f);

}  // namespace kamerref
