#include "kamerref/analyse/motions.h"

#include <catch2/catch.hpp>

using namespace kamerref;

namespace {

Extraction document(std::string file, std::string id, std::string date, std::string type = "kamerbrief") {
  Extraction e;
  e.file = std::move(file);
  e.document.id = std::move(id);
  e.document.date = std::move(date);
  e.document.type = std::move(type);
  return e;
}

Reference motion_ref(std::string id, std::string relation, std::string sentence) {
  Reference r;
  r.kind = RefKind::motion;
  r.id = std::move(id);
  r.text = "de motie van het lid Michon-Derkzen";
  r.sentence = std::move(sentence);
  r.motion = MotionInfo{};
  r.motion->indieners = {"Michon-Derkzen"};
  r.motion->relation = std::move(relation);
  return r;
}

Reference number_ref(std::string id) {
  Reference r;
  r.kind = RefKind::kamerstuk;
  r.id = std::move(id);
  r.text = "Kamerstukken II 2025/2026, 29754, nr. 758";
  r.sentence = "Kamerstukken II 2025/2026, 29754, nr. 758.";
  return r;
}

Extraction the_motion() {
  Extraction m = document("motie.xml", "kst-29754-758", "2025-10-02", "motie");
  m.document.title = "Motie van het lid Michon-Derkzen over een werkbare definitie van \"extremistische content\"";
  m.document.indieners = {"I.J.M. Michon-Derkzen"};
  m.document.verzoeken = {
      "verzoekt de regering de Kamer hierover te informeren bij de volgende voortgangsbrief over de versterkte "
      "aanpak online extremistische en terroristische content"};
  return m;
}

MotionFinding only(const std::vector<MotionFinding>& findings) {
  REQUIRE(findings.size() == 1);
  return findings[0];
}

}  // namespace

TEST_CASE("a motion document with mentions: status, mentions, what it asked", "[analyse][motions]") {
  Extraction nota = document("nota.txt", "doc-beslisnota", "", "nota");
  nota.references = {motion_ref("kst-29754-758", "uitvoering", "Deze oproep is conform de motie van Michon-Derkzen (VVD)."),
                     number_ref("kst-29754-758")};
  Extraction letter = document("brief.txt", "kst-29754-771", "2025-12-02");
  letter.references = {motion_ref("kst-29754-758", "uitvoering", "Daarom bekijk ik, conform de motie ..."),
                       number_ref("kst-29754-758")};
  Extraction later = document("vgb.md", "doc-vgb", "2026-05-22");
  later.references = {motion_ref("kst-29754-758", "uitvoering",
                                 "Ter uitvoering van de motie van het lid Michon-Derkzen om te komen tot ...")};
  std::vector<MotionFinding> findings = audit_motions(build_graph({the_motion(), nota, letter, later}));
  const MotionFinding& f = only(findings);
  CHECK(f.id == "kst-29754-758");
  CHECK(f.indieners == std::vector<std::string>{"Michon-Derkzen"});
  CHECK(f.subject == "een werkbare definitie van \"extremistische content\"");
  CHECK(f.verzoeken.size() == 1);
  CHECK(f.status == "in-uitvoering");
  REQUIRE(f.decided_by);
  CHECK(f.decided_by->document == "doc-vgb");  // the latest of the equals
  CHECK(f.decided_by->quote.rfind("Ter uitvoering van de motie", 0) == 0);
  // one mention per document, by date, undated last; the words beat the number
  REQUIRE(f.mentions.size() == 4);
  CHECK(f.mentions[0].document == "kst-29754-758");
  CHECK(f.mentions[0].relation == "ingediend");
  CHECK(f.mentions[1].document == "kst-29754-771");
  CHECK(f.mentions[1].relation == "uitvoering");
  CHECK(f.mentions[1].quote == "Daarom bekijk ik, conform de motie ...");
  CHECK(f.mentions[2].document == "doc-vgb");
  CHECK(f.mentions[3].document == "doc-beslisnota");
  CHECK(f.mentions[3].date.empty());
}

TEST_CASE("status precedence: afgedaan over uitvoering over genoemd", "[analyse][motions]") {
  Extraction a = document("a.txt", "doc-a", "2026-01-01");
  a.references = {motion_ref("motie-michon-derkzen", "genoemd", "De motie van het lid Michon-Derkzen vraagt ...")};
  Extraction b = document("b.txt", "doc-b", "2026-06-01");
  b.references = {motion_ref("motie-michon-derkzen", "uitvoering", "Ter uitvoering van de motie ...")};
  Extraction c = document("c.txt", "doc-c", "2026-03-01");
  c.references = {motion_ref("motie-michon-derkzen", "afgedaan", "Hiermee beschouw ik de motie als afgedaan.")};

  CHECK(only(audit_motions(build_graph({a}))).status == "genoemd");
  CHECK(only(audit_motions(build_graph({a, c}))).status == "afgedaan");
  MotionFinding f = only(audit_motions(build_graph({a, b, c})));
  // a later letter still reports work: the latest follow-up decides, and a
  // wrong `afgedaan` is the worst outcome
  CHECK(f.status == "in-uitvoering");
  REQUIRE(f.decided_by);
  CHECK(f.decided_by->document == "doc-b");
  CHECK(f.id == "motie-michon-derkzen");
  CHECK(f.mentions.size() == 3);
}

TEST_CASE("on one date the weaker reading stands; niet-uitgevoerd is a status", "[analyse][motions]") {
  Extraction a = document("a.txt", "doc-a", "2026-03-01");
  a.references = {motion_ref("kst-1-2", "afgedaan", "Hiermee beschouw ik de motie als afgedaan.")};
  Extraction b = document("b.txt", "doc-b", "2026-03-01");
  b.references = {motion_ref("kst-1-2", "niet-uitgevoerd", "De motie is niet volledig uitgevoerd.")};
  MotionFinding f = only(audit_motions(build_graph({a, b})));
  CHECK(f.status == "niet-uitgevoerd");
  REQUIRE(f.decided_by);
  CHECK(f.decided_by->document == "doc-b");
}

TEST_CASE("what the Kamer decided: a vote record, a gewijzigde motie, adopted and unanswered", "[analyse][motions]") {
  Extraction record = document("h.txt", "h-tk-20252026-10-5", "2025-10-07", "handelingen");
  Reference voted = motion_ref("kst-29754-758", "besluit",
                               "In stemming komt de motie-Michon-Derkzen (29754, nr. 758). \xE2\x80\xA6 Ik constateer dat "
                               "deze motie met algemene stemmen is aangenomen.");
  voted.set_attr("decision", "aangenomen");
  Reference tvv = motion_ref("kst-29754-767", "genoemd", "de gewijzigde motie-Van Dam (29754, nr. 767, t.v.v. 29754-760)");
  tvv.motion->indieners = {"Van Dam"};
  tvv.motion->gewijzigd = true;
  tvv.motion->replaces = "kst-29754-760";
  record.references = {voted, tvv};
  std::vector<MotionFinding> all = audit_motions(build_graph({record}));
  // the Handelingen itself is no motion
  for (const MotionFinding& f : all) CHECK(f.id.rfind("h-tk-", 0) != 0);
  auto find = [&](const std::string& id) {
    for (const MotionFinding& f : all)
      if (f.id == id) return f;
    FAIL("no finding " << id);
    throw;
  };
  MotionFinding adopted = find("kst-29754-758");
  CHECK(adopted.kamer.decision == "aangenomen");
  CHECK(adopted.kamer.source == "h-tk-20252026-10-5");
  CHECK(adopted.kamer.date == "2025-10-07");
  CHECK(adopted.status == "genoemd");
  CHECK(owed_an_answer(adopted));
  MotionFinding replaced = find("kst-29754-760");
  CHECK(replaced.kamer.decision == "vervangen");
  CHECK(replaced.kamer.replaced_by == "kst-29754-767");
  // the gewijzigde motie does not take over the decision on the one it replaces
  CHECK(find("kst-29754-767").kamer.decision.empty());
}

TEST_CASE("aangehouden and other words count as genoemd", "[analyse][motions]") {
  Extraction a = document("a.txt", "doc-a", "2026-01-01");
  a.references = {motion_ref("kst-1-2", "aangehouden", "De motie is aangehouden.")};
  MotionFinding f = only(audit_motions(build_graph({a})));
  CHECK(f.status == "genoemd");
  CHECK(f.kamer.decision == "aangehouden");
  CHECK(f.mentions.front().relation == "besluit");
}

TEST_CASE("the cabinet's advice a text gives is its kabinetsappreciatie, in the open data's words",
          "[analyse][motions]") {
  for (const auto& [note, appreciatie] : {std::pair{"ontraden", "Ontraden"}, std::pair{"oordeel Kamer", "Oordeel Kamer"}}) {
    Extraction a = document("a.txt", "doc-a", "2026-01-01", "verslag");
    a.references = {motion_ref("kst-1-2", "genoemd", "De motie van het lid Michon-Derkzen: oordeel Kamer.")};
    a.references.front().set_attr("note", note);
    MotionFinding f = only(audit_motions(build_graph({a})));
    CHECK(f.kamer.kabinetsappreciatie == appreciatie);
  }
}

TEST_CASE("known by number only, or only from its own text: onbekend", "[analyse][motions]") {
  CHECK(only(audit_motions(build_graph({the_motion()}))).status == "onbekend");
  CHECK_FALSE(only(audit_motions(build_graph({the_motion()}))).decided_by);
  Extraction letter = document("brief.txt", "kst-29754-771", "2025-12-02");
  letter.references = {number_ref("kst-29754-758")};
  MotionFinding f = only(audit_motions(build_graph({the_motion(), letter})));
  CHECK(f.status == "onbekend");
  REQUIRE(f.mentions.size() == 2);
  // a numbered citation is a mention like any other
  CHECK(f.mentions[1].relation == "genoemd");
  CHECK(f.mentions[1].by_number);
}

TEST_CASE("kamerstukken that are no motions are not audited", "[analyse][motions]") {
  Extraction letter = document("brief.txt", "kst-29754-771", "2025-12-02");
  letter.references = {number_ref("kst-29754-708")};
  CHECK(audit_motions(build_graph({letter})).empty());
}
