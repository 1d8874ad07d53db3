#pragma once
// The register beside the texts: each imported Toezegging (TK open data,
// `kamerref import tk`) is put beside the commitment the texts give for it
// (SPEC section 3, `register` on a commitment).
//
// A Toezegging and a commitment of the texts meet when
//   1. they come from the same debate or document: the commitment names the
//      debate it was made in with its date (`het plenair debat inzake de
//      Uitvoeringswet ... op 21 december 2022`), and that is the date of the
//      Toezegging's Activiteit (its Aanmaakdatum when the Activiteit is not
//      in the data); or the Toezegging's KamerbriefNakoming is the document
//      the commitment stands in; and
//   2. they are about the same thing: the Toezegging's Tekst, as a topic,
//      matches the commitment's topic and sentence (analyse/topic.h).
// Of several commitments that fit one Toezegging the one sharing most weight
// takes it; two that share as much get none (never guessed).
#include <optional>
#include <string>
#include <vector>

#include "kamerref/analyse/commitments.h"
#include "kamerref/graph/graph.h"

namespace kamerref {

struct RegisterMatch {
  std::string commitment;  // commitment id
  const TkToezegging* toezegging = nullptr;  // in graph.toezeggingen
  std::string how;  // "same debate (2022-12-21)", "same document (2025D49428)"
};

std::vector<RegisterMatch> match_register(const ReferenceGraph& graph);

// Sets `register_entry` on the findings a Toezegging matches.
void attach_register(const ReferenceGraph& graph, std::vector<CommitmentFinding>& findings);

}  // namespace kamerref
