#pragma once
// SPEC section 3: the audits as JSON arrays. The SPEC's fields come first, in
// the SPEC's order; fields the SPEC does not name (verzoeken, decided_by,
// due_text, vehicle, file, how) follow them.
#include <ostream>
#include <vector>

#include <nlohmann/json.hpp>

#include "kamerref/analyse/commitments.h"
#include "kamerref/analyse/motions.h"

namespace kamerref {

nlohmann::ordered_json to_json(const MotionFinding& finding);
nlohmann::ordered_json to_json(const CommitmentFinding& finding);
nlohmann::ordered_json motion_audit_json(const std::vector<MotionFinding>& findings);
nlohmann::ordered_json commitment_audit_json(const std::vector<CommitmentFinding>& findings);

// The same arrays written finding by finding, as `dump(2)` of the whole
// array would write them (invalid UTF-8 replaced), plus a newline: an audit
// of 10^6 documents never holds its whole JSON tree in memory.
void write_motion_audit_json(std::ostream& out, const std::vector<MotionFinding>& findings);
void write_commitment_audit_json(std::ostream& out, const std::vector<CommitmentFinding>& findings);

}  // namespace kamerref
