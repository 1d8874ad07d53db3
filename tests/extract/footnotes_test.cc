// The four footnote shapes of the bundled corpus, and the bundled corpus itself.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "kamerref/extract/footnotes.h"
#include "kamerref/load/load.h"

using kamerref::find_footnotes;
using kamerref::load_document;
using kamerref::load_document_from_bytes;

namespace {
std::string body_of(const kamerref::Document& doc, const kamerref::Footnote& f) {
  return doc.text.substr(f.body.begin, f.body.size());
}
}  // namespace

TEST_CASE("Superscript markers: `¹ ...` blocks", "[footnotes]") {
  auto doc = load_document_from_bytes(
      "v.md", "te rekruteren.\xC2\xB9 Het meest recente\n\n\xC2\xB9 NCTV, Dreigingsbeeld Terrorisme Nederland, december 2025.\n\n"
              "\xC2\xB2 Tweede noot.\n");
  auto notes = find_footnotes(doc);
  REQUIRE(notes.size() == 2);
  CHECK(notes[0].number == 1);
  CHECK(body_of(doc, notes[0]) == "NCTV, Dreigingsbeeld Terrorisme Nederland, december 2025.");
  REQUIRE(notes[0].marker);
  CHECK(doc.text.substr(*notes[0].marker - 1, 1) == ".");
  CHECK_FALSE(notes[1].marker);
}

TEST_CASE("`<sup>1</sup>` with a `---` separated note", "[footnotes]") {
  auto doc = load_document_from_bytes(
      "n.md", "aan de Kamer.<sup>1</sup> Voor u ligt\n\n---\n\n<sup>1</sup> Kamerstukken II 2023/24, 29754, nr. 690.\n\n**Datum**\n");
  auto notes = find_footnotes(doc);
  REQUIRE(notes.size() == 1);
  CHECK(body_of(doc, notes[0]) == "Kamerstukken II 2023/24, 29754, nr. 690.");
  CHECK(notes[0].marker);
}

TEST_CASE("PDF text: `1 Kamerstuk ...` at line start bound to a glued number", "[footnotes]") {
  auto doc = load_document_from_bytes(
      "p.txt",
      "Nederland 46, dat op 20 november jl.1 aan uw \nKamer is aangeboden (Strategie \n2016-2020)2. De aanpak:\n"
      "1. Het tijdig zicht krijgen op dreigingen; \n\n1 Kamerstuk 29 754, nr. 434.\n2 Kamerstuk 29 754, nr. 391.\n"
      " 2. Het voorkomen van extremisme met 6,3 \nmiljoen;\n");
  auto notes = find_footnotes(doc);
  REQUIRE(notes.size() == 2);
  CHECK(body_of(doc, notes[0]) == "Kamerstuk 29 754, nr. 434.");
  CHECK(body_of(doc, notes[1]) == "Kamerstuk 29 754, nr. 391.");
  REQUIRE(notes[0].marker);
  CHECK(doc.text.substr(*notes[0].marker - 3, 4) == "jl.1");
}

TEST_CASE("PDF text: a line of prose that wraps at a number is no note where the notes stand in a run",
          "[footnotes]") {
  // the body's `3 april` line comes after marker 3 and opens with its
  // number; the notes 1 to 3 stand on consecutive lines at the end
  auto doc = load_document_from_bytes(
      "p.txt",
      "Zie de brief.1 Er zijn gesprekken gevoerd.2 De Kamer heeft de motie-Den \nWit aangenomen.3 Tussen 11 en \n"
      "3 april zijn 51 meldingen binnengekomen bij het meldpunt. De fysieke \nwereld en het online domein.\n\n"
      "1 Kamerstuk 32789 VI, nr. 247.\n2 Kamerstukken II 2015/16, 24 141-XVI, nr. 504.\n"
      "3 Kamerstukken II 2019/20, 33640-20, nr. 879 (motie-Den Wit c.s.).\n");
  std::vector<std::string> bodies;
  for (const kamerref::Footnote& note : find_footnotes(doc)) bodies.push_back(body_of(doc, note));
  CHECK(bodies == std::vector<std::string>{"Kamerstuk 32789 VI, nr. 247.", "Kamerstukken II 2015/16, 24 141-XVI, nr. 504.",
                                           "Kamerstukken II 2019/20, 33640-20, nr. 879 (motie-Den Wit c.s.)."});
  // a note alone, with no run to outrank it, is still a note
  auto lone = load_document_from_bytes("q.txt", "Zie de brief.1 Klaar.\n\n1 Kamerstuk 32789 VI, nr. 247.\n");
  REQUIRE(find_footnotes(lone).size() == 1);
}

TEST_CASE("A marker is found whatever the bytes and the alignment before it", "[footnotes]") {
  // the search passes over 64 bytes without a digit glued to the byte
  // before it at once; a marker must be found at every place in such a
  // block, after any kind of byte, and before the last block's end
  const std::string tokens[] = {"a", "/", ":", "@", "\xC3\xA9", "Z", "~", "\xE2\x80\x93", " ", "7 "};
  for (std::size_t k = 0; k < 160; ++k) {
    std::string prefix;
    for (std::size_t n = 0; prefix.size() < k; ++n) prefix += tokens[(n + k) % std::size(tokens)];
    auto doc = load_document_from_bytes("p.txt", prefix + " Nederland, dat op 20 november jl.1 aan uw Kamer\n\n"
                                                          "1 Kamerstuk 29 754, nr. 434.\n");
    auto notes = find_footnotes(doc);
    INFO("prefix of " << prefix.size() << " bytes");
    REQUIRE(notes.size() == 1);
    REQUIRE(notes[0].marker);
    CHECK(doc.text.substr(*notes[0].marker - 3, 4) == "jl.1");
  }
}

TEST_CASE("A note and its marker are found wherever they fall in the text", "[footnotes]") {
  // the glued markers are looked for 64 bytes at a time: the marker and the
  // note's line may stand at any place of a block, or across two
  for (std::size_t n = 1; n < 200; ++n) {
    // (a paragraph after the note: the note's line is not in the text's last, partial block)
    const std::string text = std::string(n, 'a') + " jl.1 aan uw Kamer\n\n1 Kamerstuk 29 754, nr. 434.\n\n" +
                             std::string(80, 'b') + "\n";
    auto doc = load_document_from_bytes("p.txt", text);
    auto notes = find_footnotes(doc);
    INFO("note line at byte " << text.find("\n1 ") + 1);
    REQUIRE(notes.size() == 1);
    CHECK(body_of(doc, notes[0]) == "Kamerstuk 29 754, nr. 434.");
    REQUIRE(notes[0].marker);
    CHECK(*notes[0].marker == n + 4);
  }
}

TEST_CASE("PDF text: markers in brackets, `Ceder[4 ]`, `maatregelen.[5 ]`, `maatregelen[8].`", "[footnotes]") {
  // ah-tk-20232024-387 as a PDF-to-text conversion prints it
  auto doc = load_document_from_bytes(
      "a.txt",
      "Nederland heeft\nconform de motie van het lid Ceder[4 ] in de Raad steun uitgesproken.\nTevens heeft "
      "Nederland conform de motie van leden Bikker en Omtzigt\naangegeven dat gesproken moet\nworden over gepaste "
      "maatregelen.[5 ] De HV gaf aan dat.\n\n4 Motie Ceder, Kamerstuk 21 501-02, nr. 2732\n5 Motie Bikker en "
      "Omtzigt, Kamerstuk 36 410, nr. 31\n");
  auto notes = find_footnotes(doc);
  REQUIRE(notes.size() == 2);
  CHECK(body_of(doc, notes[0]) == "Motie Ceder, Kamerstuk 21 501-02, nr. 2732");
  REQUIRE(notes[0].marker);
  CHECK(doc.text.substr(*notes[0].marker - 6, 6) == "Ceder[");
  REQUIRE(notes[1].marker);
  CHECK(doc.text.substr(*notes[1].marker - 2, 2) == ".[");
  // near misses: a year or words in brackets are no markers
  auto plain = load_document_from_bytes("b.txt", "Zie [2020] en [zie 3] hierover.\n\n3 Kamerstuk 29 754, nr. 434.\n");
  CHECK(find_footnotes(plain).empty());
}

TEST_CASE("End notes: `  1. ... ↩︎`", "[footnotes]") {
  auto doc = load_document_from_bytes(
      "b.txt",
      "van meningsuiting.1 Hoewel borderline content\n\n  1. In het onderzoek is gekozen voor de term.\xE2\x86\xA9\xEF\xB8\x8E\n\n"
      "  2. Kamerstukken 2025/2026, 29754, nr. 758.\xE2\x86\xA9\xEF\xB8\x8E\n");
  auto notes = find_footnotes(doc);
  REQUIRE(notes.size() == 1);  // note 2 has no marker in the text
  CHECK(body_of(doc, notes[0]) == "In het onderzoek is gekozen voor de term.");
}

TEST_CASE("End notes after a numbered list: only items the arrow closes are notes", "[footnotes]") {
  // list items `1.` and `2.` in the body have no arrow before their
  // paragraph ends; the arrow of the end note further on is not theirs
  auto doc = load_document_from_bytes(
      "b.txt",
      "De aanpak1 kent twee delen:\n  1. Het tijdig zicht krijgen.\n  2. Het voorkomen van extremisme.\n\n"
      "Slot van de brief.\n\n  1. In het onderzoek is gekozen voor de term.\xE2\x86\xA9\xEF\xB8\x8E\n");
  auto notes = find_footnotes(doc);
  REQUIRE(notes.size() == 1);
  CHECK(body_of(doc, notes[0]) == "In het onderzoek is gekozen voor de term.");
  REQUIRE(notes[0].marker);
  CHECK(doc.text.substr(*notes[0].marker - 6, 7) == "aanpak1");
}

TEST_CASE("Labelled notes: `Noot 1: ...`", "[footnotes]") {
  auto doc = load_document_from_bytes(
      "t.txt", "de motie van het lid Jansen.1 Verder\n\nNoot 1: Kamerstuk 29 754, nr. 758.\nNoot 2: Zonder marker.\n");
  auto notes = find_footnotes(doc);
  REQUIRE(notes.size() == 2);
  CHECK(notes[0].number == 1);
  CHECK(body_of(doc, notes[0]) == "Kamerstuk 29 754, nr. 758.");
  REQUIRE(notes[0].marker);
  CHECK(notes[1].number == 2);
  CHECK(body_of(doc, notes[1]) == "Zonder marker.");
  CHECK_FALSE(notes[1].marker);
  // near miss: `noot` in running text is no note
  CHECK(find_footnotes(load_document_from_bytes("t.txt", "Een noot 1 is hier geen voetnoot.\n")).empty());
}

TEST_CASE("Numbers that are not footnotes", "[footnotes]") {
  auto doc = load_document_from_bytes("x.txt", "Er gaat 6,3 miljoen naar H2O en G20.\n3 ministers tekenden.\n");
  CHECK(find_footnotes(doc).empty());
}

TEST_CASE("Footnotes of the bundled corpus", "[footnotes][corpus]") {
  struct Expect {
    const char* file;
    std::size_t notes;
  };
  const Expect expected[] = {
      // 1..13 less 12, whose note text the extraction lost
      {"2017-11-24_kst-29754-436_integrale-aanpak-terrorisme.txt", 12},
      {"2024-11-29_nota-kamerbrief-uitwerking-vao.md", 1},
      {"2025-12-02_brief-rapport-schimmige-scheidslijnen.txt", 5},
      {"2025_beslisnota-non-paper-countering-together.txt", 1},
      {"2026-05-22_voortgangsbrief-vao.md", 26},
  };
  for (const Expect& e : expected) {
    INFO(e.file);
    auto doc = load_document(std::string(KAMERREF_SOURCE_DIR) + "/corpus/vao/" + e.file);
    auto notes = find_footnotes(doc);
    CHECK(notes.size() == e.notes);
    for (const auto& n : notes) CHECK(n.marker);
  }
}
