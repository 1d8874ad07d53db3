#include "kamerref/analyse/register.h"

#include <catch2/catch.hpp>

#include "kamerref/extract/corpus.h"
#include "kamerref/graph/corpus_graph.h"
#include "kamerref/graph/official.h"

using namespace kamerref;

namespace {

ReferenceGraph vao_graph() {
  std::vector<CorpusProblem> problems;
  Corpus corpus = extract_corpus({std::string(KAMERREF_SOURCE_DIR) + "/corpus/vao"}, problems);
  REQUIRE(problems.empty());
  return build_corpus_graph(corpus, problems);
}

// Written for this test from the EntityType Toezegging of
// ../shared/tk-opendata/odata-metadata.xml (the sample holds no real
// Toezegging): the promise the voortgangsbrief of 22 May 2026 cites from
// "het plenair debat inzake de Uitvoeringswet verordening terroristische
// online-inhoud op 21 december 2022", as the register would hold it.
TkToezegging toezegging_from_debate() {
  TkToezegging t;
  t.nummer = "TZ202212-105";
  t.tekst = "De minister zegt toe de Uitvoeringswet verordening terroristische online-inhoud binnen drie jaar na "
            "inwerkingtreding te evalueren en de evaluatie aan de Kamer te presenteren.";
  t.status = "Openstaand";
  t.activiteit = "2022A07772";
  t.activiteit_date = "2022-12-21";
  return t;
}

}  // namespace

TEST_CASE("match_register: a Toezegging meets the commitment of the same debate and topic", "[analyse][register]") {
  ReferenceGraph graph = vao_graph();
  attach_tk_toezegging(graph, toezegging_from_debate());
  std::vector<RegisterMatch> matches = match_register(graph);
  REQUIRE(matches.size() == 1);
  CHECK(matches[0].commitment == "commitment-doc-2026-05-22-voortgangsbrief-vao-9");
  CHECK(matches[0].how == "same debate (2022-12-21)");
  CHECK(matches[0].toezegging->nummer == "TZ202212-105");
}

TEST_CASE("match_register: same debate but another topic, or same topic but another debate, is no match",
          "[analyse][register]") {
  ReferenceGraph graph = vao_graph();
  TkToezegging other_topic = toezegging_from_debate();
  other_topic.tekst = "De minister stuurt de Kamer een brief over de bekostiging van de politieacademie.";
  attach_tk_toezegging(graph, other_topic);
  TkToezegging other_debate = toezegging_from_debate();
  other_debate.nummer = "TZ202301-001";
  other_debate.activiteit_date = "2023-01-18";
  attach_tk_toezegging(graph, other_debate);
  CHECK(match_register(graph).empty());
}

TEST_CASE("attach_register puts the register beside the finding", "[analyse][register]") {
  ReferenceGraph graph = vao_graph();
  attach_tk_toezegging(graph, toezegging_from_debate());
  std::vector<CommitmentFinding> findings(2);
  findings[0].id = "commitment-doc-2026-05-22-voortgangsbrief-vao-9";
  findings[1].id = "commitment-kst-29754-771-3";
  attach_register(graph, findings);
  REQUIRE(findings[0].register_entry);
  CHECK(findings[0].register_entry->nummer == "TZ202212-105");
  CHECK(findings[0].register_entry->status == "Openstaand");
  CHECK(findings[0].register_entry->source == "tk-opendata");
  CHECK_FALSE(findings[1].register_entry);
}
