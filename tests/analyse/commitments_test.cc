#include "kamerref/analyse/commitments.h"

#include <catch2/catch.hpp>

#include "kamerref/extract/context.h"

using namespace kamerref;

namespace {

// The 2 December 2025 letter on 'Schimmige scheidslijnen' makes the same
// promise sentence twice, about two different things said just before it.
const std::string kPromisingText =
    "De aanbeveling om een 'multistakeholdergroep' op te richten, heb ik gedeeld met betrokken partijen, zoals de "
    "ATKM en de internetsector. Hierbij ligt de focus vooral op het inzichtelijk maken van zowel de (on)mogelijkheden "
    "als de potentiele bijdrage van een dergelijke groep. Over de ontwikkelingen hieromtrent zal ik uw Kamer in de "
    "volgende voortgangsbrief over de Versterkte Aanpak Online in het voorjaar van 2026 informeren.\n\n"
    "In dit licht ga ik kijken naar de wenselijkheid en haalbaarheid van een zorgplicht voor online platformen in "
    "Europees verband. Over de ontwikkelingen hieromtrent zal ik uw Kamer in de volgende voortgangsbrief over de "
    "Versterkte Aanpak Online in het voorjaar van 2026 informeren.\n";

// The voortgangsbrief of 22 May 2026 takes the zorgplicht up, not the group.
const std::string kLaterText =
    "Zo worden de mogelijkheden om de invoering van een zorgplicht wederom te agenderen onderzocht, teneinde online "
    "platformen beter aan te kunnen spreken op hun verantwoordelijkheid in het tegengaan van online radicalisering.\n\n"
    "De ATKM hanteert een multistakeholdersaanpak.\n";

Reference statement(const std::string& text, std::size_t pos, std::string id, std::string role, std::string topic,
                    std::string from = "2026-03-20", std::string to = "2026-06-20") {
  Reference r;
  r.kind = RefKind::commitment;
  r.id = std::move(id);
  r.match = {pos, pos + 10};
  r.sentence = squeeze(std::string_view(text).substr(sentence_at(text, pos).begin, sentence_at(text, pos).size()));
  r.commitment = CommitmentInfo{};
  r.commitment->role = std::move(role);
  r.commitment->topic = std::move(topic);
  r.commitment->due_from = std::move(from);
  r.commitment->due_to = std::move(to);
  r.commitment->due_text = "in het voorjaar van 2026";
  return r;
}

Extraction promising_letter() {
  Extraction e;
  e.file = "brief.txt";
  e.document = DocumentInfo{};
  e.document.id = "kst-29754-771";
  e.document.date = "2025-12-02";
  e.document.type = "kamerbrief";
  e.document.title = "Rapport 'Schimmige scheidslijnen'";
  std::size_t first = kPromisingText.find("Over de ontwikkelingen");
  std::size_t second = kPromisingText.find("Over de ontwikkelingen", first + 1);
  e.references = {statement(kPromisingText, first, "commitment-kst-29754-771-1", "made", "de ontwikkelingen hieromtrent"),
                  statement(kPromisingText, second, "commitment-kst-29754-771-2", "made", "de ontwikkelingen hieromtrent")};
  for (Reference& r : e.references) r.commitment->vehicle = "voortgangsbrief";
  return e;
}

Extraction later_letter(std::string title, std::string date = "2026-05-22") {
  Extraction e;
  e.file = "vgb.md";
  e.document.id = "doc-vgb";
  e.document.date = std::move(date);
  e.document.type = "kamerbrief";
  e.document.title = std::move(title);
  return e;
}

const std::string kVoortgangsbrief = "Voortgangsbrief Versterkte Aanpak Online inzake extremistische en terroristische content";

DocumentTexts texts() { return {{"brief.txt", kPromisingText}, {"vgb.md", kLaterText}}; }

std::vector<CommitmentFinding> audit(const std::vector<Extraction>& docs, const std::string& as_of,
                                     const DocumentTexts& t = texts()) {
  return audit_commitments(build_graph(docs), t, CommitmentAuditOptions{as_of});
}

}  // namespace

TEST_CASE("a promise kept in the promised voortgangsbrief; its twin about something else is overdue",
          "[analyse][commitments]") {
  std::vector<CommitmentFinding> f = audit({promising_letter(), later_letter(kVoortgangsbrief)}, "2026-11-23");
  REQUIRE(f.size() == 2);
  CHECK(f[0].id == "commitment-kst-29754-771-1");
  CHECK(f[0].status == "overdue");
  CHECK(f[0].fulfilled_by.empty());
  CHECK(f[1].id == "commitment-kst-29754-771-2");
  CHECK(f[1].status == "fulfilled");
  REQUIRE(f[1].fulfilled_by.size() == 1);
  CHECK(f[1].fulfilled_by[0].document == "doc-vgb");
  CHECK(f[1].fulfilled_by[0].date == "2026-05-22");
  CHECK(f[1].fulfilled_by[0].quote.rfind("Zo worden de mogelijkheden om de invoering van een zorgplicht", 0) == 0);
  CHECK(f[1].document == "kst-29754-771");
  CHECK(f[1].date == "2025-12-02");
  CHECK(f[1].due_from == "2026-03-20");
  CHECK(f[1].quote.rfind("Over de ontwikkelingen hieromtrent", 0) == 0);
}

TEST_CASE("the as-of date: later documents are not known yet, deadlines end after their last day",
          "[analyse][commitments]") {
  std::vector<Extraction> docs = {promising_letter(), later_letter(kVoortgangsbrief)};
  std::vector<CommitmentFinding> before = audit(docs, "2026-05-01");
  CHECK(before[0].status == "open");
  CHECK(before[1].status == "open");  // the voortgangsbrief of 22 May is not out yet
  CHECK(audit(docs, "2026-05-22")[1].status == "fulfilled");
  CHECK(audit(docs, "2026-06-20")[0].status == "open");  // due that day
  CHECK(audit(docs, "2026-06-21")[0].status == "overdue");
}

TEST_CASE("a voortgangsbrief of another programme does not carry the promise", "[analyse][commitments]") {
  std::vector<CommitmentFinding> f =
      audit({promising_letter(), later_letter("Voortgangsbrief Integrale Aanpak Terrorisme")}, "2026-11-23");
  CHECK(f[1].status == "overdue");
  f = audit({promising_letter(), later_letter("Voortgangsbrief VAO")}, "2026-11-23");
  CHECK(f[1].status == "fulfilled");
}

TEST_CASE("a document earlier than the promise keeps nothing", "[analyse][commitments]") {
  std::vector<CommitmentFinding> f = audit({promising_letter(), later_letter(kVoortgangsbrief, "2025-11-01")}, "2026-11-23");
  CHECK(f[1].status == "overdue");
}

TEST_CASE("the later document's own promises are no passage that keeps one", "[analyse][commitments]") {
  const std::string text =
      "Ik zal uw Kamer in de volgende voortgangsbrief informeren over de zorgplicht voor online platformen.\n";
  Extraction later = later_letter(kVoortgangsbrief);
  later.references = {statement(text, 0, "commitment-doc-vgb-1", "made", "de zorgplicht voor online platformen", "", "")};
  DocumentTexts t = {{"brief.txt", kPromisingText}, {"vgb.md", text}};
  std::vector<CommitmentFinding> f = audit({promising_letter(), later}, "2026-11-23", t);
  REQUIRE(f.size() == 3);
  CHECK(f[1].status == "overdue");
  CHECK(f[2].id == "commitment-doc-vgb-1");
  CHECK(f[2].status == "no-deadline");  // no time given: never overdue
}

TEST_CASE("a later document that says it keeps the promise", "[analyse][commitments]") {
  const std::string text =
      "Hiermee geef ik gehoor aan de toezegging uw Kamer te informeren over de zorgplicht voor online platformen.\n";
  Extraction later = later_letter("Kamerbrief over online platformen", "2026-04-01");
  later.references = {statement(text, 0, "commitment-doc-vgb-1", "fulfilled",
                                "de wenselijkheid van een zorgplicht voor online platformen")};
  DocumentTexts t = {{"brief.txt", kPromisingText}, {"vgb.md", text}};
  std::vector<CommitmentFinding> f = audit({promising_letter(), later}, "2026-11-23", t);
  REQUIRE(f.size() == 2);
  CHECK(f[0].status == "overdue");
  CHECK(f[1].status == "fulfilled");
  REQUIRE(f[1].fulfilled_by.size() == 1);
  CHECK(f[1].fulfilled_by[0].how == "says so");

  SECTION("not when it speaks of another period") {
    later.references[0].commitment->due_from = "2018-03-20";
    later.references[0].commitment->due_to = "2018-06-20";
    CHECK(audit({promising_letter(), later}, "2026-11-23", t)[1].status == "overdue");
  }
  SECTION("always when it is bound to the promise's id") {
    later.references[0].id = "commitment-kst-29754-771-1";
    later.references[0].commitment->topic = "iets heel anders";
    CHECK(audit({promising_letter(), later}, "2026-11-23", t)[0].status == "fulfilled");
  }
}

TEST_CASE("a Kamerbrief as vehicle is any later letter", "[analyse][commitments]") {
  const std::string promise_text =
      "Het tweede spoor richt zich op een project op een online gamingplatform. In een volgende Kamerbrief in het "
      "najaar zal ik u informeren over de voortgang van deze sporen.\n";
  const std::string later_text = "Het project op het online gamingplatform is in oktober gestart.\n";
  Extraction a = later_letter("Voortgangsbrief VAO", "2026-05-22");
  a.file = "a.md";
  a.document.id = "doc-a";
  a.references = {statement(promise_text, promise_text.find("In een volgende"), "commitment-doc-a-1", "made",
                            "de voortgang van deze sporen", "2026-09-22", "2026-12-20")};
  a.references[0].commitment->vehicle = "Kamerbrief";
  Extraction b = later_letter("Online gaming", "2026-10-30");
  b.file = "b.md";
  b.document.id = "doc-b";
  DocumentTexts t = {{"a.md", promise_text}, {"b.md", later_text}};
  std::vector<CommitmentFinding> f = audit({a, b}, "2027-01-15", t);
  REQUIRE(f.size() == 1);
  CHECK(f[0].status == "fulfilled");
  b.document.type = "nota";
  b.document.title = "Beslisnota gaming";
  CHECK(audit({a, b}, "2027-01-15", t)[0].status == "overdue");
}
