// The audits and the lineage on the bundled corpus, with the motion, letter and
// commitment references written in by hand the way the extractors report them
// (kind, id, match, MotionInfo / CommitmentInfo). Whatever those extractors
// find is removed first, so this tests the analyses on real texts, not the
// extractors.
#include <catch2/catch.hpp>

#include <algorithm>

#include "kamerref/analyse/commitments.h"
#include "kamerref/analyse/lineage.h"
#include "kamerref/analyse/motions.h"
#include "kamerref/extract/context.h"
#include "kamerref/extract/corpus.h"

using namespace kamerref;

namespace {

struct CorpusFixture {
  Corpus corpus;

  CorpusFixture() {
    std::vector<CorpusProblem> problems;
    corpus = extract_corpus({std::string(KAMERREF_SOURCE_DIR) + "/corpus/vao"}, problems);
    REQUIRE(problems.empty());
    for (Extraction& e : corpus.extractions) {
      auto& refs = e.references;
      refs.erase(std::remove_if(refs.begin(), refs.end(),
                                [](const Reference& r) {
                                  return r.kind == RefKind::motion || r.kind == RefKind::commitment ||
                                         r.kind == RefKind::letter;
                                }),
                 refs.end());
    }
  }

  Extraction& doc(std::string_view file_part) {
    for (Extraction& e : corpus.extractions)
      if (e.file.find(file_part) != std::string::npos) return e;
    FAIL("no corpus file " << file_part);
    throw;
  }

  // A reference on the `nth` occurrence of `phrase` in the document's text.
  Reference& add(std::string_view file_part, std::string_view phrase, RefKind kind, std::string id, int nth = 0) {
    Extraction& e = doc(file_part);
    const std::string& text = corpus.texts.at(e.file);
    std::size_t pos = text.find(phrase);
    for (int i = 0; i < nth && pos != std::string::npos; ++i) pos = text.find(phrase, pos + 1);
    INFO(phrase);
    REQUIRE(pos != std::string::npos);
    Reference r;
    r.kind = kind;
    r.id = std::move(id);
    r.match = {pos, pos + phrase.size()};
    r.text = std::string(phrase);
    Span s = sentence_at(text, pos);
    r.sentence = squeeze(std::string_view(text).substr(s.begin, s.size()));
    e.references.push_back(std::move(r));
    return e.references.back();
  }

  void motion(std::string_view file_part, std::string_view phrase, std::string relation) {
    Reference& r = add(file_part, phrase, RefKind::motion, "kst-29754-758");
    r.motion = MotionInfo{};
    r.motion->indieners = {"Michon-Derkzen"};
    r.motion->party = "VVD";
    r.motion->relation = std::move(relation);
  }

  void promise(std::string_view file_part, std::string_view phrase, int n, std::string topic, std::string from,
               std::string to, std::string vehicle = "", int nth = 0, std::string role = "made") {
    std::string doc_id = doc(file_part).document.id;
    Reference& r = add(file_part, phrase, RefKind::commitment, "commitment-" + doc_id + "-" + std::to_string(n), nth);
    r.commitment = CommitmentInfo{};
    r.commitment->role = std::move(role);
    r.commitment->topic = std::move(topic);
    r.commitment->due_from = std::move(from);
    r.commitment->due_to = std::move(to);
    r.commitment->vehicle = std::move(vehicle);
  }

  void fill() {
    // --- motions
    motion("beslisnota", "conform de motie van Michon-Derkzen", "uitvoering");
    motion("schimmige", "conform de motie van het lid Michon-Derkzen", "uitvoering");
    motion("voortgangsbrief-vao", "Ter uitvoering van de motie van het lid Michon-Derkzen", "uitvoering");
    // --- letters, resolved to their numbers
    add("voortgangsbrief-vao", "contourenbrief Versterkte Aanpak Online (december 2023)", RefKind::letter, "kst-29754-690");
    add("nota-kamerbrief", "contourenbrief Versterkte Aanpak Online inzake", RefKind::letter, "kst-29754-690");
    // --- promises: the 2017 letter
    promise("2017-11-24", "In het voorjaar van 2018 wordt uw", 1, "ontwikkelingen in de aanpak", "2018-03-20", "2018-06-20");
    // the letter of 2 December 2025
    promise("schimmige", "Over de ontwikkelingen hieromtrent zal ik", 1, "de ontwikkelingen hieromtrent", "2026-03-20",
            "2026-06-20", "volgende voortgangsbrief over de Versterkte Aanpak Online", 0);
    promise("schimmige", "Over de ontwikkelingen hieromtrent zal ik", 2, "de ontwikkelingen hieromtrent", "2026-03-20",
            "2026-06-20", "volgende voortgangsbrief over de Versterkte Aanpak Online", 1);
    promise("schimmige", "Vanzelfsprekend zal ik uw Kamer", 3, "de voortgang", "2026-03-20", "2026-06-20",
            "voortgangsbrief Versterkte Aanpak Online");
    promise("schimmige", "Nog dit jaar zal ik in de voortgangsbrief", 4, "de ontwikkelingen in de aanpak", "2025-12-02",
            "2025-12-31", "voortgangsbrief Versterkte Aanpak Online");
    // the voortgangsbrief of 22 May 2026
    promise("voortgangsbrief-vao", "Hiermee geef ik gehoor aan de toezegging", 1, "hierover", "2026-03-20", "2026-06-20",
            "", 0, "fulfilled");
    promise("voortgangsbrief-vao", "Eind 2026 zal ik uw Kamer nader informeren", 2, "deze inspanningen", "2026-10-01",
            "2026-12-31");
    promise("voortgangsbrief-vao", "Ik streef ernaar om uw Kamer hierover eind dit jaar", 3, "hierover", "2026-10-01",
            "2026-12-31");
    promise("voortgangsbrief-vao", "In het najaar van 2026 zal ik uw Kamer informeren", 4,
            "de verdere ontwikkelingen in de aanpak van online radicalisering, extremisme en terrorisme", "2026-09-22",
            "2026-12-20");
    promise("voortgangsbrief-vao", "Ik zal uw Kamer hierover informeren in de volgende voortgangsbrief", 5, "hierover", "",
            "", "volgende voortgangsbrief over de VAO");
  }
};

const CommitmentFinding& finding(const std::vector<CommitmentFinding>& all, const std::string& id) {
  auto it = std::find_if(all.begin(), all.end(), [&](const CommitmentFinding& f) { return f.id == id; });
  INFO(id);
  REQUIRE(it != all.end());
  return *it;
}

}  // namespace

TEST_CASE("motion audit on the corpus: kst-29754-758 is in uitvoering", "[corpus][motions]") {
  CorpusFixture fx;
  fx.fill();
  std::vector<MotionFinding> motions = audit_motions(build_graph(fx.corpus.extractions));
  REQUIRE(motions.size() == 1);
  const MotionFinding& m = motions[0];
  CHECK(m.id == "kst-29754-758");
  CHECK(m.indieners == std::vector<std::string>{"Michon-Derkzen"});
  CHECK(m.status == "in-uitvoering");
  REQUIRE(m.decided_by);
  CHECK(m.decided_by->quote.rfind("Ter uitvoering van de motie van het lid Michon-Derkzen", 0) == 0);
  std::vector<std::string> documents;
  for (const MotionMention& mention : m.mentions) documents.push_back(mention.document);
  CHECK(documents == std::vector<std::string>{"kst-29754-758", "kst-29754-771", "doc-2026-05-22-voortgangsbrief-vao",
                                              "doc-2025-beslisnota-non-paper-countering-together"});
  CHECK(m.verzoeken.size() == 2);
}

TEST_CASE("commitment audit on the corpus as of 23 November 2026", "[corpus][commitments]") {
  CorpusFixture fx;
  fx.fill();
  ReferenceGraph graph = build_graph(fx.corpus.extractions);
  std::vector<CommitmentFinding> all = audit_commitments(graph, fx.corpus.texts, CommitmentAuditOptions{"2026-11-23"});
  CHECK(all.size() == 9);
  CHECK(finding(all, "commitment-kst-29754-436-1").status == "overdue");
  // multistakeholdergroep: the voortgangsbrief does not take it up
  CHECK(finding(all, "commitment-kst-29754-771-1").status == "overdue");
  // zorgplicht and werkbare definitie: it does
  const CommitmentFinding& zorgplicht = finding(all, "commitment-kst-29754-771-2");
  CHECK(zorgplicht.status == "fulfilled");
  REQUIRE(zorgplicht.fulfilled_by.size() == 1);
  CHECK(zorgplicht.fulfilled_by[0].document == "doc-2026-05-22-voortgangsbrief-vao");
  CHECK(zorgplicht.fulfilled_by[0].quote.find("zorgplicht") != std::string::npos);
  const CommitmentFinding& definitie = finding(all, "commitment-kst-29754-771-3");
  CHECK(definitie.status == "fulfilled");
  REQUIRE(definitie.fulfilled_by.size() == 1);
  CHECK(definitie.fulfilled_by[0].quote.find("werkbare definitie") != std::string::npos);
  // the May 2026 letter's promises for the end of 2026 are open
  for (const char* id : {"commitment-doc-2026-05-22-voortgangsbrief-vao-2", "commitment-doc-2026-05-22-voortgangsbrief-vao-3",
                         "commitment-doc-2026-05-22-voortgangsbrief-vao-4"})
    CHECK(finding(all, id).status == "open");
  // `in de volgende voortgangsbrief` names no time: no deadline, never overdue
  CHECK(finding(all, "commitment-doc-2026-05-22-voortgangsbrief-vao-5").status == "no-deadline");
}

TEST_CASE("chain on the May 2026 voortgangsbrief reaches the contourenbrief", "[corpus][lineage]") {
  CorpusFixture fx;
  fx.fill();
  ReferenceGraph graph = build_graph(fx.corpus.extractions);
  LineageOptions up;
  up.direction = LineageDirection::up;
  std::optional<Lineage> l = trace_lineage(graph, "doc-2026-05-22-voortgangsbrief-vao", up);
  REQUIRE(l);
  bool reached = false;
  for (const TimelineEntry& t : l->timeline) reached = reached || (t.id == "kst-29754-690" && t.direction == "upstream");
  CHECK(reached);
  CHECK(graph.g[graph.find("kst-29754-690").value()].kind == VertexKind::letter);
}
