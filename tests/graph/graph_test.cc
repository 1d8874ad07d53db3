#include "kamerref/graph/graph.h"
#include "kamerref/extract/motion.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace kamerref;

namespace {

Extraction document(std::string file, std::string id, std::string date, std::string type = "kamerbrief",
                    std::string title = "") {
  Extraction e;
  e.file = std::move(file);
  e.document.id = std::move(id);
  e.document.date = std::move(date);
  e.document.type = std::move(type);
  e.document.title = std::move(title);
  return e;
}

Reference ref(RefKind kind, std::string id, std::string text = "", std::string sentence = "") {
  Reference r;
  r.kind = kind;
  r.id = std::move(id);
  r.text = std::move(text);
  r.sentence = std::move(sentence);
  r.line = 7;
  return r;
}

std::vector<std::pair<std::string, std::string>> edges_of(const ReferenceGraph& rg, EdgeKind kind) {
  std::vector<std::pair<std::string, std::string>> out;
  for (auto [it, end] = boost::edges(rg.g); it != end; ++it)
    if (rg.g[*it].kind == kind)
      out.emplace_back(rg.g[boost::source(*it, rg.g)].id, rg.g[boost::target(*it, rg.g)].id);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("a corpus document and a citation of it meet at one vertex", "[graph]") {
  Extraction motion = document("motie.xml", "kst-29754-758", "2025-10-02", "motie",
                               "Motie van het lid Michon-Derkzen over een werkbare definitie van \"extremistische content\"");
  motion.document.dossier = "dossier-29754";
  motion.document.indieners = {"I.J.M. Michon-Derkzen"};
  motion.document.verzoeken = {"verzoekt de regering de Kamer hierover te informeren"};
  Extraction letter = document("brief.txt", "kst-29754-771", "2025-12-02");
  Reference m = ref(RefKind::motion, "kst-29754-758", "de motie van het lid Michon-Derkzen (VVD)",
                    "Daarom bekijk ik, conform de motie van het lid Michon-Derkzen (VVD), de mogelijkheden.");
  m.motion = MotionInfo{};
  m.motion->indieners = {"Michon-Derkzen"};
  m.motion->relation = "uitvoering";
  letter.references.push_back(m);
  letter.references.push_back(ref(RefKind::kamerstuk, "kst-29754-758", "Kamerstukken 2025/2026, 29754, nr. 758"));
  letter.references.push_back(ref(RefKind::kamerstuk, "kst-29754-708", "Kamerstukken II 2023/2024, 29754 nr. 708"));

  ReferenceGraph rg = build_graph({motion, letter});
  Vertex v = rg.find("kst-29754-758").value();
  const VertexProps& p = rg.g[v];
  CHECK(p.in_corpus);
  CHECK(p.kind == VertexKind::motion);
  CHECK(p.file == "motie.xml");
  CHECK(p.date == "2025-10-02");
  CHECK(p.indieners == std::vector<std::string>{"Michon-Derkzen"});
  CHECK(p.subject == "een werkbare definitie van \"extremistische content\"");
  CHECK(p.verzoeken.size() == 1);

  CHECK(edges_of(rg, EdgeKind::answers_motion) ==
        std::vector<std::pair<std::string, std::string>>{{"kst-29754-771", "kst-29754-758"}});
  CHECK(edges_of(rg, EdgeKind::cites) == std::vector<std::pair<std::string, std::string>>{
                                             {"kst-29754-771", "kst-29754-708"}, {"kst-29754-771", "kst-29754-758"}});
  // indieners of the motion document and of the citation are one person
  CHECK(edges_of(rg, EdgeKind::submitted_by) ==
        std::vector<std::pair<std::string, std::string>>{{"kst-29754-758", "person-michon-derkzen"}});
  // the motion document has its dossier; cited stukken get theirs from the number
  CHECK(edges_of(rg, EdgeKind::part_of_dossier) == std::vector<std::pair<std::string, std::string>>{
                                                       {"kst-29754-708", "dossier-29754"},
                                                       {"kst-29754-758", "dossier-29754"},
                                                       {"kst-29754-771", "dossier-29754"}});
  // the answers-motion edge keeps its relation and evidence
  for (auto [it, end] = boost::edges(rg.g); it != end; ++it) {
    if (rg.g[*it].kind != EdgeKind::answers_motion) continue;
    CHECK(rg.g[*it].relation == "uitvoering");
    CHECK(rg.g[*it].evidence.file == "brief.txt");
    CHECK(rg.g[*it].evidence.line == 7);
  }
}

TEST_CASE("repeated citations are one edge with a count; self-citations are none", "[graph]") {
  Extraction a = document("a.txt", "kst-29754-436", "2017-11-24");
  a.references.push_back(ref(RefKind::kamerstuk, "kst-29754-391", "Kamerstuk 29 754, nr. 391"));
  a.references.push_back(ref(RefKind::kamerstuk, "kst-29754-391", "Kamerstuk 29 754, nr. 391"));
  a.references.push_back(ref(RefKind::kamerstuk, "kst-29754-436", "29 754, nr. 436"));
  ReferenceGraph rg = build_graph({a});
  CHECK(edges_of(rg, EdgeKind::cites) ==
        std::vector<std::pair<std::string, std::string>>{{"kst-29754-436", "kst-29754-391"}});
  for (auto [it, end] = boost::edges(rg.g); it != end; ++it)
    if (rg.g[*it].kind == EdgeKind::cites) CHECK(rg.g[*it].count == 2);
}

TEST_CASE("commitments: made, fulfilled and cited become different edges", "[graph]") {
  Extraction a = document("a.txt", "kst-29754-771", "2025-12-02");
  Reference made = ref(RefKind::commitment, "commitment-kst-29754-771-1");
  made.commitment = CommitmentInfo{};
  made.commitment->role = "made";
  made.commitment->topic = "zorgplicht";
  Reference kept = ref(RefKind::commitment, "commitment-kst-29754-771-2");
  kept.commitment = CommitmentInfo{};
  kept.commitment->role = "fulfilled";
  Reference cited = ref(RefKind::commitment, "commitment-kst-29754-771-3");
  cited.commitment = CommitmentInfo{};
  cited.commitment->role = "cited";
  a.references = {made, kept, cited};
  ReferenceGraph rg = build_graph({a});
  CHECK(edges_of(rg, EdgeKind::promises).size() == 1);
  CHECK(edges_of(rg, EdgeKind::fulfils).size() == 1);
  CHECK(edges_of(rg, EdgeKind::cites_commitment).size() == 1);
  const VertexProps& c = rg.g[rg.find("commitment-kst-29754-771-1").value()];
  CHECK(c.kind == VertexKind::commitment);
  REQUIRE(c.commitment);
  CHECK(c.commitment->topic == "zorgplicht");
}

TEST_CASE("a gewijzigde motie replaces the motion it names", "[graph]") {
  Extraction a = document("h.txt", "h-tk-20252026-10", "2025-10-02", "handelingen");
  Reference m = ref(RefKind::motion, "kst-29754-760", "de gewijzigde motie van het lid Van der Werf");
  m.motion = MotionInfo{};
  m.motion->gewijzigd = true;
  m.motion->replaces = "kst-29754-759";
  m.motion->indieners = {"Van der Werf"};
  a.references.push_back(m);
  ReferenceGraph rg = build_graph({a});
  CHECK(edges_of(rg, EdgeKind::replaces) ==
        std::vector<std::pair<std::string, std::string>>{{"kst-29754-760", "kst-29754-759"}});
  CHECK(rg.g[rg.find("kst-29754-759").value()].kind == VertexKind::motion);
  CHECK(rg.find("person-van-der-werf"));
}

TEST_CASE("letters of one series follow each other in date order", "[graph]") {
  Extraction may26 = document("v3.md", "doc-v3", "2026-05-22", "kamerbrief",
                              "Voortgangsbrief Versterkte Aanpak Online inzake extremistische en terroristische content");
  Extraction dec25 = document("v2.md", "doc-v2", "2025-12-17", "kamerbrief", "Voortgangsbrief VAO");
  Extraction may25 = document("v1.md", "doc-v1", "2025-05-20", "kamerbrief", "Voortgangsbrief Versterkte Aanpak Online");
  Extraction other = document("o.md", "doc-o", "2025-06-01", "kamerbrief", "Voortgangsbrief Integrale Aanpak Terrorisme");
  Extraction reply = document("r.md", "doc-r", "2025-06-02", "kamerbrief",
                              "Reactie op verzoek van de commissie over de voortgangsbrief Versterkte Aanpak Online");
  ReferenceGraph rg = build_graph({may26, other, dec25, may25, reply});
  CHECK(edges_of(rg, EdgeKind::follows) ==
        std::vector<std::pair<std::string, std::string>>{{"doc-v2", "doc-v1"}, {"doc-v3", "doc-v2"}});
  CHECK(rg.g[rg.find("doc-v3").value()].series == "voortgangsbrief:vao");
  CHECK(rg.g[rg.find("doc-r").value()].series.empty());
}

TEST_CASE("vertex kinds and dates come from the id's form", "[graph]") {
  CHECK(vertex_kind_from_id("kst-36200-VI-12") == VertexKind::kamerstuk);
  CHECK(vertex_kind_from_id("2025D49428") == VertexKind::tk_document);
  CHECK(vertex_kind_from_id("2025Z20934") == VertexKind::tk_zaak);
  CHECK(vertex_kind_from_id("celex-32022R2065") == VertexKind::eu);
  CHECK(vertex_kind_from_id("doc-nota") == VertexKind::document);
  CHECK(to_string(EdgeKind::answers_motion) == "answers-motion");
  ReferenceGraph rg;
  CHECK(rg.g[rg.vertex("letter-contourenbrief-versterkte-aanpak-online-2023-12")].date == "2023-12");
  CHECK(rg.g[rg.vertex("debate-commissiedebat-terrorisme-en-extremisme-2023-06-07")].date == "2023-06-07");
  CHECK(rg.g[rg.vertex("report-dtn-46")].date.empty());
}

TEST_CASE("surnames, person ids and dossiers", "[graph]") {
  CHECK(surname_of("I.J.M. Michon-Derkzen") == "Michon-Derkzen");
  CHECK(surname_of("Michon-Derkzen (VVD)") == "Michon-Derkzen");
  CHECK(surname_of("Th. van der Werf") == "van der Werf");
  CHECK(person_id("Van der Werf") == "person-van-der-werf");
  CHECK(dossier_of_kamerstuk("kst-29754-758") == "dossier-29754");
  CHECK(dossier_of_kamerstuk("kst-36200-VI-12") == "dossier-36200-VI");
  CHECK(dossier_of_kamerstuk("kst-21501-20-2070") == "dossier-21501-20");
  CHECK(dossier_of_kamerstuk("dossier-29754").empty());
}

TEST_CASE("Two files with one id: the first in path order is kept, the other left out", "[graph]") {
  Extraction b = document("b/kst-1-1.xml", "kst-1-1", "2025-01-02", "motie", "Motie B");
  b.references.push_back(ref(RefKind::kamerstuk, "kst-9-9", "Kamerstuk 9, nr. 9"));
  Extraction a = document("a/kst-1-1.xml", "kst-1-1", "2025-01-01", "kamerbrief", "Brief A");
  a.references.push_back(ref(RefKind::kamerstuk, "kst-8-8", "Kamerstuk 8, nr. 8"));
  // b comes first on the command line; a is first in path order
  ReferenceGraph g = build_graph({b, a});
  const VertexProps& v = g.g[*g.find("kst-1-1")];
  CHECK(v.file == "a/kst-1-1.xml");
  CHECK(v.title == "Brief A");
  CHECK(v.date == "2025-01-01");
  REQUIRE(g.conflicts.size() == 1);
  CHECK(g.conflicts[0].id == "kst-1-1");
  CHECK(g.conflicts[0].kept == "a/kst-1-1.xml");
  CHECK(g.conflicts[0].left_out == "b/kst-1-1.xml");
  // the left-out file's references are not merged into the kept document
  CHECK(g.find("kst-8-8"));
  CHECK_FALSE(g.find("kst-9-9"));
  // the same order the other way round: the same graph
  ReferenceGraph h = build_graph({a, b});
  CHECK(h.g[*h.find("kst-1-1")].file == "a/kst-1-1.xml");
  CHECK(h.conflicts.size() == 1);
}

TEST_CASE("A copy of one publication under another name is no conflict", "[graph]") {
  Extraction a = document("archief/kst-1-1.xml", "kst-1-1", "2025-01-01");
  a.references.push_back(ref(RefKind::kamerstuk, "kst-8-8", "Kamerstuk 8, nr. 8"));
  Extraction copy = a;
  copy.file = "sample/0f92fbc8.xml";
  ReferenceGraph g = build_graph({a, copy});
  CHECK(g.conflicts.empty());
  CHECK(g.g[*g.find("kst-1-1")].file == "archief/kst-1-1.xml");
  auto [e, found] = boost::edge(*g.find("kst-1-1"), *g.find("kst-8-8"), g.g);
  REQUIRE(found);
  CHECK(g.g[e].count == 1);
  // near miss: one reference more is another document
  copy.references.push_back(ref(RefKind::kamerstuk, "kst-9-9", "Kamerstuk 9, nr. 9"));
  CHECK(build_graph({a, copy}).conflicts.size() == 1);
}

TEST_CASE("The same file twice is no conflict and counts once", "[graph]") {
  Extraction a = document("a.xml", "kst-1-1", "2025-01-01");
  a.references.push_back(ref(RefKind::kamerstuk, "kst-8-8", "Kamerstuk 8, nr. 8"));
  ReferenceGraph g = build_graph({a, a});
  CHECK(g.conflicts.empty());
  auto [e, found] = boost::edge(*g.find("kst-1-1"), *g.find("kst-8-8"), g.g);
  REQUIRE(found);
  CHECK(g.g[e].count == 1);
}
