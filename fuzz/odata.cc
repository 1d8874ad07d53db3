// Fuzz target odata: the fuzz input is the bytes of one OData JSON file (a
// page with `value`, a bare array of records, or one record, records nesting
// others at any depth), read the way `kamerref import tk` reads each file:
// read_odata_text (src/opendata/odata.cc: nlohmann's parser callback hands
// over one top-level record at a time), every record into a TkStore
// (src/opendata/store.cc: newest version, nested $expand records and the
// relations only nesting tells), then link_tk_records (src/opendata/link.cc)
// and the import file's lines (src/opendata/import_file.cc).
// ODataError (malformed JSON) is a designed answer. Invariants: every motion
// has a kst id; its votes add up to what by_fractie says and `complete`
// means 150 seats; a decision is one of SPEC section 3's; every line written
// is one valid UTF-8 JSON object.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "fuzz_target.h"
#include "kamerref/opendata/import_file.h"
#include "kamerref/opendata/link.h"
#include "kamerref/opendata/odata.h"
#include "kamerref/opendata/store.h"

namespace {

void check_line(const std::string& line) {
  kamerref::fuzz::require(kamerref::fuzz::is_valid_utf8(line), "an import line is not valid UTF-8");
  nlohmann::json parsed = nlohmann::json::parse(line, nullptr, false);
  kamerref::fuzz::require(!parsed.is_discarded() && parsed.is_object() && parsed.contains("tk"),
                          "an import line is not one JSON object with \"tk\"");
}

void check_motion(const kamerref::TkMotion& m) {
  using kamerref::fuzz::require;
  require(m.id.rfind("kst-", 0) == 0, "a motion without a kst id");
  require(m.decision.empty() || m.decision == "aangenomen" || m.decision == "verworpen" ||
              m.decision == "aangehouden" || m.decision == "ingetrokken",
          "a decision that is none of SPEC section 3's");
  require(m.link.empty() == (m.note == "vote not linked"), "\"vote not linked\" without the link missing, or both");
  if (!m.votes) return;
  int voor = 0, tegen = 0, niet = 0;
  for (const kamerref::TkFractieVote& f : m.votes->by_fractie) {
    if (f.vote == "Voor") voor += f.seats;
    else if (f.vote == "Tegen") tegen += f.seats;
    else niet += f.seats;
  }
  require(voor == m.votes->voor && tegen == m.votes->tegen && niet == m.votes->niet_deelgenomen,
          "the totals are not the sum of the votes by fractie");
  require(m.votes->complete == (voor + tegen + niet == 150), "`complete` does not mean 150 seats");
  require(m.votes->complete || m.note == "votes incomplete", "incomplete votes without the note");
}

}  // namespace

KAMERREF_FUZZ_TARGET(odata) {
  kamerref::TkStore store;
  std::vector<kamerref::ODataWarning> warnings;
  std::vector<std::string> record_warnings;
  try {
    kamerref::read_odata_text(
        data, [&](kamerref::TkEntity entity, const nlohmann::json& record) { store.absorb(entity, record, record_warnings); },
        warnings);
  } catch (const kamerref::ODataError&) {
    // malformed: what was read before the fault stays, as in import_tk
  }
  kamerref::TkImportResult result;
  result.counts = store.counts;
  result.linked = kamerref::link_tk_records(store);
  check_line(kamerref::tk_header_line(result));
  for (const kamerref::TkMotion& m : result.linked.motions) {
    check_motion(m);
    check_line(kamerref::to_json_line(m));
  }
  for (const kamerref::TkToezegging& t : result.linked.toezeggingen) {
    kamerref::fuzz::require(!t.nummer.empty(), "a Toezegging without nummer");
    check_line(kamerref::to_json_line(t));
  }
}
