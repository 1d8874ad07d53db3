#pragma once
// The Kamer's decision on a motion from imported TK open data (SPEC section 3,
// `kamer` with `source: tk-opendata`), beside what the texts say.
#include "kamerref/analyse/motions.h"
#include "kamerref/opendata/records.h"

namespace kamerref {

// Fills `kamer` from the official record. The official decision stands as
// `decision`; a text that says otherwise (already in `kamer`, from a
// Handelingen or stemmingen list) is kept in `conflict`. Where the record has
// no decision linked for certain, what the texts say stays, and the record's
// note ("vote not linked") says why the data did not settle it.
void apply_tk_record(KamerDecision& kamer, const TkMotion& record);

}  // namespace kamerref
