#pragma once
// What a document says happened to a motion it names (SPEC section 3), two
// separate questions:
//
// 1. What the government did (the mention's relation): read from the
//    sentence of the mention and, where the text goes on about the same
//    motion, the sentences after it (`Deze motie ...`, `Om deze motie ...`,
//    an `Afgedaan.` standing alone in the next paragraph or table cell).
//    Negation and tense decide: `is uitgevoerd` is afgedaan, `niet (volledig)
//    uitgevoerd` is niet-uitgevoerd, `wordt uitgevoerd` and `zal uitvoeren`
//    are uitvoering, a request for more time is uitvoering with a note. When
//    unsure the weaker relation: a wrong `afgedaan` is the worst outcome.
// 2. What the Kamer decided (a record of the vote: Handelingen, stemmingen
//    list): `zodat zij is aangenomen`, `zodat zij is verworpen`, `is
//    aangehouden`, `is ingetrokken`. Such a mention gets relation `besluit`
//    and attrs `decision` and `decision_quote`.
//
// The module runs after the motion and Kamerstuk modules and rewrites the
// relation of the motion references they found; a Kamerstuk citation whose
// sentence speaks of a motion gets the same reading as attr `relation`
// (absent when it says nothing more than `genoemd`).
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kamerref/extract/anchors.h"
#include "kamerref/extract/context.h"
#include "kamerref/extract/reference.h"

namespace kamerref {

struct FollowUp {
  // afgedaan, uitvoering, niet-uitgevoerd, or empty (nothing more than a mention)
  std::string relation;
  std::string note;  // `meer tijd gevraagd`, `niet volledig`, `ontraden`
};

// The government's follow-up as one passage says it (a sentence, or the text
// after a mention that is still about it).
FollowUp read_followup(std::string_view passage);

// The Kamer's decision a vote record states: aangenomen, verworpen,
// aangehouden, ingetrokken; empty when it states none (`zodat de stemmen
// staken`). `where` receives the span of the deciding words in `passage`.
std::string read_kamer_decision(std::string_view passage, Span* where = nullptr);

void extract_decisions(const ExtractContext& ctx, std::vector<Reference>& out);

// The literals extract_decisions reads from the document's one anchor pass:
// the words that make a text a record of the vote.
std::span<const AnchorLiteral> decision_anchors();

}  // namespace kamerref
