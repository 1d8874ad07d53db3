#include "kamerref/opendata/import_file.h"

#include <catch2/catch.hpp>

#include "tk_test_files.h"

using namespace kamerref;
using kamerref::test::ScratchDir;

TEST_CASE("the import file: written, recognised, read back the same", "[opendata][import_file]") {
  TkImportResult result;
  TkMotion m;
  m.id = "kst-29754-758";
  m.zaak = "2025Z18464";
  m.tk_document = "2025D43019";
  m.dossier = "dossier-29754";
  m.dossier_title = "Terrorismebestrijding";
  m.onderwerp = "Motie van het lid Michon-Derkzen over een werkbare definitie van \"extremistische content\"";
  m.kabinetsappreciatie = "Oordeel Kamer";
  m.indieners = {{"Michon-Derkzen", "Ingrid Michon-Derkzen", "VVD", ""}};
  m.decision = "aangenomen";
  m.besluit_soort = "Stemmen - aangenomen";
  m.besluit_tekst = "Aangenomen.";
  m.date = "2025-10-02";
  m.link = "zaak";
  m.votes = TkVotes{147, 3, 0, true, false, {{"VVD", "Voor", 24, false}, {"PVV", "Tegen", 3, true}}};
  result.linked.motions.push_back(m);
  TkMotion unlinked;
  unlinked.id = "kst-29754-759";
  unlinked.note = "vote not linked";
  result.linked.motions.push_back(unlinked);
  TkToezegging t;
  t.nummer = "TZ202212-105";
  t.status = "Voldaan";
  t.kamerbrief_nakoming = {"2023D51234"};
  result.linked.toezeggingen.push_back(t);

  ScratchDir dir("import-file");
  std::string path = dir.write("tk.jsonl", tk_import_file_text(result) + "this line is not JSON\n{\"tk\": \"vergadering\"}\n");
  CHECK(is_tk_import_file(path));
  CHECK_FALSE(is_tk_import_file(dir.write("extract.jsonl", "{\"file\": \"x\", \"document\": {}}\n")));

  std::vector<TkMotion> motions;
  std::vector<TkToezegging> toezeggingen;
  std::vector<std::size_t> bad;
  read_tk_import_file(
      path, [&](TkMotion&& x) { motions.push_back(std::move(x)); },
      [&](TkToezegging&& x) { toezeggingen.push_back(std::move(x)); }, [&](std::size_t line, const std::string&) { bad.push_back(line); });
  REQUIRE(motions.size() == 2);
  const TkMotion& back = motions[0];
  CHECK(back.id == m.id);
  CHECK(back.zaak == m.zaak);
  CHECK(back.tk_document == m.tk_document);
  CHECK(back.kabinetsappreciatie == m.kabinetsappreciatie);
  CHECK(back.indieners.size() == 1);
  CHECK(back.indieners[0].full_name == "Ingrid Michon-Derkzen");
  CHECK(back.decision == "aangenomen");
  CHECK(back.date == "2025-10-02");
  REQUIRE(back.votes);
  CHECK(back.votes->voor == 147);
  CHECK(back.votes->tegen == 3);
  CHECK(back.votes->complete);
  REQUIRE(back.votes->by_fractie.size() == 2);
  CHECK(back.votes->by_fractie[1].vergissing);
  CHECK(motions[1].note == "vote not linked");
  CHECK_FALSE(motions[1].votes);
  REQUIRE(toezeggingen.size() == 1);
  CHECK(toezeggingen[0].kamerbrief_nakoming == std::vector<std::string>{"2023D51234"});
  // header, 2 motions, 1 toezegging: the two bad lines are 5 and 6
  CHECK(bad == std::vector<std::size_t>{5, 6});
}
