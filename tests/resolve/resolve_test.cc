#include "kamerref/resolve/resolve.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <stdexcept>
#include <string_view>

#include "kamerref/extract/extract.h"
#include "kamerref/load/load.h"

using namespace kamerref;

namespace {

Extraction motion_document(const std::string& id, std::vector<std::string> indieners, const std::string& title) {
  Extraction x;
  x.file = id + ".xml";
  x.document.id = id;
  x.document.type = "motie";
  x.document.title = title;
  x.document.indieners = std::move(indieners);
  return x;
}

Reference motion_ref(const std::string& id, std::vector<std::string> indieners, const std::string& subject,
                     const std::string& sentence = "", const std::string& bound_by = "") {
  Reference r;
  r.kind = RefKind::motion;
  r.id = id;
  r.sentence = sentence;
  MotionInfo m;
  m.indieners = std::move(indieners);
  m.subject = subject;
  m.bound_by = bound_by;
  r.motion = m;
  return r;
}

Extraction letter_with(const std::string& file, std::vector<Reference> refs) {
  Extraction x;
  x.file = file;
  x.document.id = "doc-" + file;
  x.document.type = "kamerbrief";
  x.references = std::move(refs);
  return x;
}

Reference letter_ref(const std::string& id, const std::string& series, const std::string& name,
                     const std::string& month) {
  Reference r;
  r.kind = RefKind::letter;
  r.id = id;
  r.set_attr("series", series);
  if (!name.empty()) r.set_attr("name", name);
  r.set_attr("month", month);
  return r;
}

}  // namespace

TEST_CASE("an unbound motion takes the number of its own document", "[resolve]") {
  std::vector<Extraction> run;
  run.push_back(motion_document("kst-29754-758", {"I.J.M. Michon-Derkzen"},
                                "Motie van het lid Michon-Derkzen over een werkbare definitie van \"extremistische content\""));
  run.push_back(letter_with("brief", {motion_ref("motie-michon-derkzen", {"Michon-Derkzen"},
                                                 "te komen tot een werkbare definitie van extremistische content")}));
  std::vector<ResolutionNote> notes = resolve_corpus(run);
  const Reference& r = run[1].references.front();
  CHECK(r.id == "kst-29754-758");
  CHECK(r.motion->bound_by == "corpus");
  REQUIRE(notes.size() == 1);
  CHECK(notes.front().file == "brief");
  CHECK(notes.front().message.find("kst-29754-758") != std::string::npos);
}

TEST_CASE("an unbound motion takes the number another document's footnote gave it", "[resolve]") {
  std::vector<Extraction> run;
  run.push_back(letter_with("nota", {motion_ref("kst-29754-758", {"Michon-Derkzen"},
                                                "samen met relevante partners te komen tot een werkbare definitie van "
                                                "extremistische content",
                                                "", "footnote")}));
  run.push_back(letter_with("brief", {motion_ref("motie-michon-derkzen", {"Michon-Derkzen"}, "",
                                                 "Ter uitvoering van de motie van het lid Michon-Derkzen om te komen tot "
                                                 "een werkbare definitie van extremistische content, hebben er gesprekken "
                                                 "plaatsgevonden.")}));
  resolve_corpus(run);
  CHECK(run[1].references.front().id == "kst-29754-758");
}

TEST_CASE("two motions that fit equally: ambiguous, left unbound", "[resolve]") {
  std::vector<Extraction> run;
  run.push_back(motion_document("kst-36410-12", {"Jansen"}, "Motie van het lid Jansen over de opvang van asielzoekers"));
  run.push_back(motion_document("kst-36410-13", {"Jansen"},
                                "Motie van het lid Jansen over de opvang van asielzoekers in kleine gemeenten"));
  run.push_back(letter_with("brief", {motion_ref("motie-jansen", {"Jansen"}, "de opvang van asielzoekers")}));
  std::vector<ResolutionNote> notes = resolve_corpus(run);
  CHECK(run[2].references.front().id == "motie-jansen");
  CHECK(run[2].references.front().motion->bound_by.empty());
  REQUIRE(notes.size() == 1);
  CHECK(notes.front().message.find("ambiguous") != std::string::npos);
  CHECK(notes.front().message.find("kst-36410-12") != std::string::npos);
  CHECK(notes.front().message.find("kst-36410-13") != std::string::npos);
}

TEST_CASE("the better subject match wins", "[resolve]") {
  std::vector<Extraction> run;
  run.push_back(motion_document("kst-36410-12", {"Jansen"}, "Motie van het lid Jansen over de opvang van asielzoekers"));
  run.push_back(motion_document("kst-36410-13", {"Jansen"},
                                "Motie van het lid Jansen over de opvang van asielzoekers in kleine gemeenten"));
  run.push_back(letter_with("brief", {motion_ref("motie-jansen", {"Jansen"}, "opvang van asielzoekers in gemeenten")}));
  resolve_corpus(run);
  CHECK(run[2].references.front().id == "kst-36410-13");
}

TEST_CASE("same indieners, another subject: not bound", "[resolve]") {
  std::vector<Extraction> run;
  run.push_back(motion_document("kst-36410-12", {"Jansen"}, "Motie van het lid Jansen over de opvang van asielzoekers"));
  run.push_back(letter_with("brief", {motion_ref("motie-jansen", {"Jansen"}, "de bouw van sociale huurwoningen")}));
  std::vector<ResolutionNote> notes = resolve_corpus(run);
  CHECK(run[1].references.front().id == "motie-jansen");
  REQUIRE(notes.size() == 1);
  CHECK(notes.front().message.find("does not match") != std::string::npos);
}

TEST_CASE("a mention without a subject needs three shared words from its sentence", "[resolve]") {
  std::vector<Extraction> run;
  run.push_back(motion_document("kst-36410-12", {"Jansen"}, "Motie van het lid Jansen over de opvang van asielzoekers in gemeenten"));
  run.push_back(letter_with("a", {motion_ref("motie-jansen", {"Jansen"}, "",
                                             "Conform de motie-Jansen kijk ik naar de opvang in gemeenten.")}));
  run.push_back(letter_with("b", {motion_ref("motie-jansen", {"Jansen"}, "",
                                             "Conform de motie-Jansen verbeter ik de opvang van asielzoekers in gemeenten.")}));
  resolve_corpus(run);
  CHECK(run[1].references.front().id == "motie-jansen");
  CHECK(run[2].references.front().id == "kst-36410-12");
}

TEST_CASE("other indieners are never matched", "[resolve]") {
  std::vector<Extraction> run;
  run.push_back(motion_document("kst-36410-12", {"Jansen"}, "Motie van het lid Jansen over de opvang van asielzoekers"));
  run.push_back(letter_with("brief", {motion_ref("motie-de-vries", {"De Vries"}, "de opvang van asielzoekers")}));
  std::vector<ResolutionNote> notes = resolve_corpus(run);
  CHECK(run[1].references.front().id == "motie-de-vries");
  CHECK(notes.empty());
}

TEST_CASE("a mention naming the first indiener fits a motion with co-signers", "[resolve]") {
  std::vector<Extraction> run;
  run.push_back(motion_document("kst-36410-20", {"Van Dam", "Smit"},
                                "Motie van de leden Van Dam en Smit over de evaluatie van de uitvoeringswet"));
  run.push_back(letter_with("brief", {motion_ref("motie-van-dam", {"Van Dam"}, "de evaluatie van de uitvoeringswet")}));
  resolve_corpus(run);
  CHECK(run[1].references.front().id == "kst-36410-20");
}

TEST_CASE("a motion document in capitals, indieners from its title", "[resolve]") {
  std::vector<Extraction> run;
  Extraction doc = motion_document("kst-36410-21", {}, "MOTIE VAN HET LID VAN DER WERF");
  doc.document.verzoeken = {"verzoekt de regering de evaluatie van de uitvoeringswet naar voren te halen"};
  run.push_back(doc);
  run.push_back(letter_with("brief", {motion_ref("motie-van-der-werf", {"van der Werf"},
                                                 "de evaluatie van de uitvoeringswet")}));
  resolve_corpus(run);
  CHECK(run[1].references.front().id == "kst-36410-21");
}

TEST_CASE("a letter described in words takes the number a footnote elsewhere gave it", "[resolve]") {
  std::vector<Extraction> run;
  Reference bound = letter_ref("kst-29754-690", "contourenbrief", "Versterkte Aanpak Online", "2023-12");
  bound.set_attr("bound_by", "footnote");
  run.push_back(letter_with("nota", {bound}));
  run.push_back(letter_with(
      "brief", {letter_ref("letter-contourenbrief-versterkte-aanpak-online-2023-12", "contourenbrief",
                           "Versterkte Aanpak Online", "2023-12"),
                letter_ref("letter-contourenbrief-2023-12", "contourenbrief", "", "2023-12"),
                letter_ref("letter-contourenbrief-versterkte-aanpak-online-2024-12", "contourenbrief",
                           "Versterkte Aanpak Online", "2024-12")}));
  resolve_corpus(run);
  CHECK(run[1].references[0].id == "kst-29754-690");
  CHECK(run[1].references[0].attr("bound_by") == "corpus");
  CHECK(run[1].references[1].id == "kst-29754-690");
  CHECK(run[1].references[2].id == "letter-contourenbrief-versterkte-aanpak-online-2024-12");
}

TEST_CASE("a letter with two numbers for one description stays described", "[resolve]") {
  std::vector<Extraction> run;
  run.push_back(letter_with("a", {letter_ref("kst-29754-700", "voortgangsbrief", "Versterkte Aanpak Online", "2025-12")}));
  run.push_back(letter_with("b", {letter_ref("kst-29754-701", "voortgangsbrief", "Versterkte Aanpak Online", "2025-12")}));
  run.push_back(letter_with(
      "c", {letter_ref("letter-voortgangsbrief-versterkte-aanpak-online-2025-12", "voortgangsbrief",
                       "Versterkte Aanpak Online", "2025-12")}));
  std::vector<ResolutionNote> notes = resolve_corpus(run);
  CHECK(run[2].references[0].id == "letter-voortgangsbrief-versterkte-aanpak-online-2025-12");
  REQUIRE(notes.size() == 1);
  CHECK(notes.front().message.find("ambiguous") != std::string::npos);
}

TEST_CASE("a letter of the run itself is found by its title and date", "[resolve]") {
  std::vector<Extraction> run;
  Extraction own = letter_with("own", {});
  own.document.id = "kst-29754-774";
  own.document.title = "Voortgangsbrief Versterkte Aanpak Online inzake extremistische en terroristische content";
  own.document.date = "2025-12-17";
  run.push_back(own);
  run.push_back(letter_with(
      "later", {letter_ref("letter-voortgangsbrief-versterkte-aanpak-online-2025-12", "voortgangsbrief",
                           "Versterkte Aanpak Online", "2025-12")}));
  resolve_corpus(run);
  CHECK(run[1].references[0].id == "kst-29754-774");
}

TEST_CASE("the bundled corpus: motion and contourenbrief resolved across documents", "[resolve][corpus]") {
  const std::string dir = std::string(KAMERREF_SOURCE_DIR) + "/corpus/vao/";
  const char* files[] = {"2017-11-24_kst-29754-436_integrale-aanpak-terrorisme.txt",
                         "2024-11-29_nota-kamerbrief-uitwerking-vao.md",
                         "2025-10-02_kst-29754-758_motie-michon-derkzen.xml",
                         "2025-12-02_brief-rapport-schimmige-scheidslijnen.txt",
                         "2025_beslisnota-non-paper-countering-together.txt",
                         "2026-05-22_voortgangsbrief-vao.md"};
  std::vector<Extraction> run;
  for (const char* f : files) run.push_back(extract_document(load_document(dir + f)));
  resolve_corpus(run);
  auto ids_of = [&](std::size_t k, RefKind kind) {
    std::vector<std::string> ids;
    for (const Reference& r : run[k].references)
      if (r.kind == kind && std::find(ids.begin(), ids.end(), r.id) == ids.end()) ids.push_back(r.id);
    return ids;
  };
  const std::vector<std::string> the_motion{"kst-29754-758"};
  CHECK(ids_of(3, RefKind::motion) == the_motion);
  CHECK(ids_of(4, RefKind::motion) == the_motion);
  CHECK(ids_of(5, RefKind::motion) == the_motion);
  CHECK(ids_of(0, RefKind::motion).empty());
  CHECK(ids_of(2, RefKind::motion).empty());
  std::vector<std::string> letters = ids_of(5, RefKind::letter);
  CHECK(std::count(letters.begin(), letters.end(), "kst-29754-690") == 1);
  CHECK(std::count(letters.begin(), letters.end(), "letter-contourenbrief-versterkte-aanpak-online-2023-12") == 0);
}

TEST_CASE("a request's words: the set's words in its order, in one string", "[resolve]") {
  const kamerref::WordList none{std::set<std::string>{}};
  CHECK(none.size() == 0);
  const kamerref::WordList words{std::set<std::string>{"jeugdzorg", "wachtlijsten", "a", "zorg"}};
  REQUIRE(words.size() == 4);
  CHECK(words[0] == "a");
  CHECK(words[1] == "jeugdzorg");
  CHECK(words[2] == "wachtlijsten");
  CHECK(words[3] == "zorg");
}

TEST_CASE("learning an extraction is learning its lessons", "[resolve]") {
  // the motion document itself and a letter naming the motion with its number
  kamerref::Extraction x;
  x.file = "motie.xml";
  x.document.id = "kst-36410-12";
  x.document.type = "motie";
  x.document.title = "Motie van het lid Michon-Derkzen over wachtlijsten in de jeugdzorg";
  kamerref::Lessons lessons = kamerref::lessons_of(x);
  REQUIRE(lessons.motions.size() == 1);
  CHECK(lessons.motions[0].id == "kst-36410-12");
  CHECK(lessons.motions[0].indiener_slugs == std::vector<std::string>{"michon-derkzen"});
  CHECK(lessons.motions[0].words.count("jeugdzorg") == 1);
  CHECK(lessons.letters.empty());
}

TEST_CASE("requests written as bytes read back equal, and a cut is named", "[resolve]") {
  // a motion named by its indieners and a letter described in words
  kamerref::Extraction x = letter_with(
      "brief.txt", {motion_ref("motie-michon-derkzen-ellian", {"Michon-Derkzen", "Ellian"}, "wachtlijsten in de jeugdzorg"),
                    letter_ref("letter-voortgangsbrief-2025-12", "voortgangsbrief", "Versterkte aanpak", "2025-12"),
                    motion_ref("motie-bikker", {"Bikker"}, "", "De motie-Bikker over de zorg voor ouderen is uitgevoerd.")});
  const std::vector<kamerref::ResolutionRequest> requests = kamerref::resolution_requests(x);
  REQUIRE(requests.size() == 3);
  std::string bytes;
  kamerref::encode_requests(requests, bytes);
  bytes += "next";  // what follows in the file stays unread
  std::string_view in = bytes;
  const std::vector<kamerref::ResolutionRequest> back = kamerref::decode_requests(in);
  CHECK(in == "next");
  REQUIRE(back.size() == requests.size());
  for (std::size_t i = 0; i < back.size(); ++i) {
    CHECK(back[i].reference == requests[i].reference);
    CHECK(back[i].kind == requests[i].kind);
    CHECK(back[i].id == requests[i].id);
    CHECK(back[i].indieners == requests[i].indieners);
    CHECK(back[i].indiener_slugs == requests[i].indiener_slugs);
    REQUIRE(back[i].words.size() == requests[i].words.size());
    for (std::size_t w = 0; w < back[i].words.size(); ++w) CHECK(back[i].words[w] == requests[i].words[w]);
    CHECK(back[i].from_subject == requests[i].from_subject);
    CHECK(back[i].letter.series == requests[i].letter.series);
    CHECK(back[i].letter.name == requests[i].letter.name);
    CHECK(back[i].letter.month == requests[i].letter.month);
  }
  CHECK(back[0].words.size() > 0);
  CHECK(back[1].letter.series == "voortgangsbrief");
  // none at all, and bytes cut anywhere: an error, never requests made up
  std::string empty;
  kamerref::encode_requests({}, empty);
  std::string_view none = empty;
  CHECK(kamerref::decode_requests(none).empty());
  for (std::size_t cut : {std::size_t{0}, std::size_t{5}, std::size_t{40}, bytes.size() - 5}) {
    std::string_view part = std::string_view(bytes).substr(0, cut);
    CHECK_THROWS_AS(kamerref::decode_requests(part), std::runtime_error);
  }
}

TEST_CASE("one scratch kept over many binds decides as a fresh one does", "[resolve]") {
  kamerref::ResolutionIndex index;
  index.learn(motion_document("kst-36410-12", {"Jansen"}, "Motie van het lid Jansen over de opvang van asielzoekers"));
  index.learn(motion_document("kst-36410-13", {"Jansen"},
                              "Motie van het lid Jansen over de opvang van asielzoekers in kleine gemeenten"));
  index.learn(motion_document("kst-36410-14", {"Jansen"}, "Motie van het lid Jansen over de bouw van woningen"));
  // ambiguous, bound, bound, and no match: each leaves no count behind for the next
  const std::vector<Extraction> documents = {
      letter_with("a", {motion_ref("motie-jansen", {"Jansen"}, "de opvang van asielzoekers")}),
      letter_with("b", {motion_ref("motie-jansen", {"Jansen"}, "opvang van asielzoekers in kleine gemeenten")}),
      letter_with("c", {motion_ref("motie-jansen", {"Jansen"}, "de bouw van woningen"),
                        motion_ref("motie-jansen", {"Jansen"}, "de bouw van woningen")}),
      letter_with("d", {motion_ref("motie-jansen", {"Jansen"}, "visserij op de Noordzee")}),
      letter_with("a", {motion_ref("motie-jansen", {"Jansen"}, "de opvang van asielzoekers")})};
  kamerref::ResolutionIndex::BindScratch scratch;
  for (const Extraction& x : documents) {
    std::vector<ResolutionNote> fresh_notes, kept_notes;
    const std::vector<Binding> fresh = index.bind(x.file, resolution_requests(x), fresh_notes);
    const std::vector<Binding> kept = index.bind(x.file, resolution_requests(x), kept_notes, scratch);
    REQUIRE(kept.size() == fresh.size());
    for (std::size_t i = 0; i < kept.size(); ++i) {
      CHECK(kept[i].reference == fresh[i].reference);
      CHECK(kept[i].id == fresh[i].id);
    }
    REQUIRE(kept_notes.size() == fresh_notes.size());
    for (std::size_t i = 0; i < kept_notes.size(); ++i) CHECK(kept_notes[i].message == fresh_notes[i].message);
  }
  std::vector<ResolutionNote> notes;
  CHECK(index.bind("c", resolution_requests(documents[2]), notes, scratch).size() == 2);
  CHECK(index.bind("a", resolution_requests(documents[0]), notes, scratch).empty());
}
