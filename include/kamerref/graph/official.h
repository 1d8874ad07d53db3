#pragma once
// Official records beside the texts: what `kamerref import tk` learned from
// the Tweede Kamer's open data, put on the graph by id (SPEC section 1).
#include "kamerref/graph/graph.h"
#include "kamerref/opendata/records.h"

namespace kamerref {

// The motion's vertex (made when the texts do not know it: the Kamer says it
// is a motion) carries the record; what the texts left empty -- indieners,
// subject, dossier -- is taken from it, what they say is kept.
void attach_tk_motion(ReferenceGraph& graph, TkMotion motion);

void attach_tk_toezegging(ReferenceGraph& graph, TkToezegging toezegging);

}  // namespace kamerref
