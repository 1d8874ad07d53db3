#include "kamerref/analyse/kamer_official.h"

#include <catch2/catch.hpp>

#include "kamerref/graph/official.h"

using namespace kamerref;

namespace {

TkMotion official_758() {
  TkMotion m;
  m.id = "kst-29754-758";
  m.zaak = "2025Z18464";
  m.tk_document = "2025D43019";
  m.kabinetsappreciatie = "Oordeel Kamer";
  m.onderwerp = "Motie van het lid Michon-Derkzen over een werkbare definitie van \"extremistische content\"";
  m.indieners = {{"Michon-Derkzen", "Ingrid Michon-Derkzen", "VVD", ""}};
  m.decision = "aangenomen";
  m.besluit_tekst = "Aangenomen.";
  m.date = "2025-10-02";
  m.link = "zaak";
  m.votes = TkVotes{147, 3, 0, true, false, {{"VVD", "Voor", 24, false}, {"FvD", "Tegen", 3, false}}};
  return m;
}

}  // namespace

TEST_CASE("apply_tk_record: the official decision, votes and numbers go into kamer", "[analyse][kamer]") {
  KamerDecision kamer;
  apply_tk_record(kamer, official_758());
  CHECK(kamer.decision == "aangenomen");
  CHECK(kamer.date == "2025-10-02");
  CHECK(kamer.source == "tk-opendata");
  CHECK(kamer.zaak == "2025Z18464");
  CHECK(kamer.tk_document == "2025D43019");
  CHECK(kamer.kabinetsappreciatie == "Oordeel Kamer");
  REQUIRE(kamer.votes);
  CHECK(kamer.votes->voor == 147);
  CHECK(kamer.votes->tegen == 3);
  CHECK(kamer.votes->complete);
  CHECK(kamer.votes->by_fractie.size() == 2);
  CHECK_FALSE(kamer.conflict);
}

TEST_CASE("apply_tk_record: a text that says otherwise is kept as the conflict", "[analyse][kamer]") {
  KamerDecision kamer;
  kamer.decision = "verworpen";
  kamer.source = "h-tk-20252026-9-12";
  kamer.quote = "De motie-Michon-Derkzen (29754, nr. 758) is verworpen.";
  apply_tk_record(kamer, official_758());
  CHECK(kamer.decision == "aangenomen");
  CHECK(kamer.source == "tk-opendata");
  REQUIRE(kamer.conflict);
  CHECK(kamer.conflict->decision == "verworpen");
  CHECK(kamer.conflict->source == "h-tk-20252026-9-12");
  // the same decision in both: no conflict
  KamerDecision agreeing;
  agreeing.decision = "aangenomen";
  agreeing.source = "h-tk-20252026-9-12";
  apply_tk_record(agreeing, official_758());
  CHECK_FALSE(agreeing.conflict);
}

TEST_CASE("apply_tk_record: no certain link leaves the texts' word and says why", "[analyse][kamer]") {
  TkMotion unlinked = official_758();
  unlinked.decision.clear();
  unlinked.link.clear();
  unlinked.votes.reset();
  unlinked.date.clear();
  unlinked.note = "vote not linked";
  KamerDecision kamer;
  kamer.decision = "aangenomen";
  kamer.source = "h-tk-20252026-9-12";
  apply_tk_record(kamer, unlinked);
  CHECK(kamer.decision == "aangenomen");
  CHECK(kamer.source == "h-tk-20252026-9-12");
  CHECK(kamer.note == "vote not linked");
  CHECK(kamer.zaak == "2025Z18464");
  CHECK_FALSE(kamer.votes);
}

TEST_CASE("audit_motions shows the official record of a motion the texts do not know", "[analyse][kamer]") {
  ReferenceGraph graph;
  attach_tk_motion(graph, official_758());
  std::vector<MotionFinding> findings = audit_motions(graph);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].id == "kst-29754-758");
  CHECK(findings[0].indieners == std::vector<std::string>{"Michon-Derkzen"});
  CHECK(findings[0].subject == "een werkbare definitie van \"extremistische content\"");
  CHECK(findings[0].status == "onbekend");
  CHECK(findings[0].kamer.decision == "aangenomen");
}
