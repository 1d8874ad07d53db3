#pragma once
// The readable forms of the graph and of the analyses' findings: plain text
// for a terminal, one function per command. The analyses compute; these only
// lay out.
#include <ostream>
#include <string>
#include <vector>

#include "kamerref/analyse/commitments.h"
#include "kamerref/analyse/lineage.h"
#include "kamerref/analyse/motions.h"
#include "kamerref/analyse/stats.h"
#include "kamerref/graph/graph.h"

namespace kamerref {

// `kamerref graph`: size, kinds, and each corpus document with what it refers to.
std::string format_graph_summary(const ReferenceGraph& graph);

// `kamerref stats`
std::string format_stats(const GraphStats& stats);

// `kamerref chain`: the indented upstream/downstream trees, then the timeline.
std::string format_lineage(const Lineage& lineage);
// The longest chain of "builds on" in the corpus.
std::string format_longest_chain(const std::vector<ChainStep>& chain);

// `kamerref audit motions`; write_ puts it on a stream as it goes (the audit
// of 10^6 documents is hundreds of MB of text)
std::string format_motion_audit(const std::vector<MotionFinding>& findings);
void write_motion_audit(std::ostream& out, const std::vector<MotionFinding>& findings);
// `kamerref audit commitments`
std::string format_commitment_audit(const std::vector<CommitmentFinding>& findings, const std::string& as_of);
void write_commitment_audit(std::ostream& out, const std::vector<CommitmentFinding>& findings, const std::string& as_of);

}  // namespace kamerref
