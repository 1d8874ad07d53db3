#include <catch2/catch.hpp>

#include "kamerref/extract/dates.h"

using namespace kamerref;

TEST_CASE("due windows of Dutch time phrases", "[dates][due]") {
  struct Case {
    const char* text;
    const char* doc_date;
    const char* due_text;
    const char* from;
    const char* to;
  };
  const Case cases[] = {
      {"Ik zal uw Kamer in het voorjaar van 2026 informeren over de voortgang.", "2025-12-02",
       "in het voorjaar van 2026", "2026-03-20", "2026-06-20"},
      {"In het voorjaar van 2018 wordt uw Kamer geïnformeerd.", "2017-11-24", "In het voorjaar van 2018", "2018-03-20",
       "2018-06-20"},
      {"In een volgende Kamerbrief in het najaar zal ik u informeren.", "2026-05-22", "in het najaar", "2026-09-22",
       "2026-12-20"},
      {"de toezegging uw Kamer dit voorjaar hierover te informeren", "2026-05-22", "dit voorjaar", "2026-03-20",
       "2026-06-20"},
      {"Deze zomer start een dialoog.", "2026-05-22", "Deze zomer", "2026-06-21", "2026-09-21"},
      {"deze winter", "2026-02-01", "deze winter", "2025-12-21", "2026-03-19"},
      {"volgend voorjaar", "2026-05-22", "volgend voorjaar", "2027-03-20", "2027-06-20"},
      {"in de winter van 2026", "2026-05-22", "in de winter van 2026", "2026-12-21", "2027-03-19"},
      {"verwacht ik medio dit jaar de resultaten te delen", "2026-05-22", "medio dit jaar", "2026-05-01", "2026-08-31"},
      {"medio 2026", "", "medio 2026", "2026-05-01", "2026-08-31"},
      {"Eind 2026 zal ik uw Kamer nader informeren", "2026-05-22", "Eind 2026", "2026-10-01", "2026-12-31"},
      {"om uw Kamer hierover eind dit jaar nader te informeren", "2026-05-22", "eind dit jaar", "2026-10-01",
       "2026-12-31"},
      {"aan het einde van dit jaar", "2026-05-22", "aan het einde van dit jaar", "2026-10-01", "2026-12-31"},
      {"begin volgend jaar", "2026-05-22", "begin volgend jaar", "2027-01-01", "2027-03-31"},
      {"uiterlijk voor de zomer", "2026-05-22", "uiterlijk voor de zomer", "2026-05-22", "2026-06-20"},
      {"voor de zomer", "2026-08-01", "voor de zomer", "2026-08-01", "2027-06-20"},
      {"voor het zomerreces", "2026-05-22", "voor het zomerreces", "2026-05-22", "2026-07-01"},
      {"na de zomer", "2026-05-22", "na de zomer", "2026-09-01", "2026-10-31"},
      {"Op korte termijn zal de staatssecretaris de antwoorden toezenden.", "2026-05-22", "Op korte termijn",
       "2026-05-22", "2026-08-22"},
      {"binnenkort", "2026-11-30", "binnenkort", "2026-11-30", "2027-02-28"},
      {"Nog dit jaar zal ik in de voortgangsbrief nader ingaan op de aanpak.", "2025-12-02", "Nog dit jaar",
       "2025-12-02", "2025-12-31"},
      {"eind maart 2026", "2025-12-02", "eind maart 2026", "2026-03-21", "2026-03-31"},
      {"begin juni", "2026-05-22", "begin juni", "2026-06-01", "2026-06-10"},
      {"in maart 2026", "2025-12-02", "in maart 2026", "2026-03-01", "2026-03-31"},
      {"in maart", "2026-05-22", "in maart", "2027-03-01", "2027-03-31"},
      {"in het eerste kwartaal van 2027", "2026-05-22", "in het eerste kwartaal van 2027", "2027-01-01", "2027-03-31"},
      {"Q3 2026", "2026-05-22", "Q3 2026", "2026-07-01", "2026-09-30"},
      {"voor 1 juli 2026", "2026-05-22", "voor 1 juli 2026", "2026-05-22", "2026-07-01"},
      {"in 2027", "2026-05-22", "in 2027", "2027-01-01", "2027-12-31"},
      {"in de loop van 2027", "2026-05-22", "in de loop van 2027", "2027-01-01", "2027-12-31"},
      {"de komende maanden", "2026-05-22", "de komende maanden", "2026-05-22", "2026-11-22"},
  };
  for (const Case& c : cases) {
    INFO(c.text << " @ " << c.doc_date);
    std::optional<DueWindow> due = find_due_window(c.text, c.doc_date);
    REQUIRE(due);
    CHECK(due->text == c.due_text);
    CHECK(due->from == c.from);
    CHECK(due->to == c.to);
  }
}

TEST_CASE("relative due phrases need the document date", "[dates][due]") {
  std::optional<DueWindow> due = find_due_window("Ik streef ernaar om uw Kamer eind dit jaar te informeren.", "");
  REQUIRE(due);
  CHECK(due->text == "eind dit jaar");
  CHECK(due->from.empty());
  CHECK(due->to.empty());
}

TEST_CASE("no due phrase: a vehicle, a full date, ordinary words", "[dates][due]") {
  const char* texts[] = {
      "Hierover zal ik uw Kamer in de volgende voortgangsbrief informeren.",
      "tijdens het plenair debat op 21 december 2022",
      "Het Commissiedebat Terrorisme en Extremisme op 7 juni 2023.",
      "De voorjaarsnota is verschenen.",
      "Ik zal uw Kamer hierover informeren.",
  };
  for (const char* text : texts) {
    INFO(text);
    CHECK_FALSE(find_due_window(text, "2026-05-22"));
  }
}

TEST_CASE("the leftmost due phrase wins", "[dates][due]") {
  std::optional<DueWindow> due =
      find_due_window("Deze verkenning zal voor de zomer zijn afgerond, waarna in het najaar een besluit volgt.", "2026-05-22");
  REQUIRE(due);
  CHECK(due->text == "voor de zomer");
  CHECK(due->span.begin == 20);
}

TEST_CASE("a time denied is passed over: `niet voor de zomer, maar na de zomer`", "[dates][due]") {
  const std::string_view text = "Ik zal uw Kamer daarom niet voor de zomer informeren, maar na de zomer.";
  std::optional<DueWindow> due = find_due_window(text, "2025-05-12");
  REQUIRE(due);
  CHECK(due->text == "na de zomer");
  CHECK(due->from == "2025-09-01");
  CHECK(due->span.begin == text.find("na de zomer"));
  // denied and nothing after it: no time; a bound is no denial
  CHECK_FALSE(find_due_window("Ik zal uw Kamer niet voor de zomer informeren.", "2025-05-12"));
  due = find_due_window("Ik zal uw Kamer niet later dan 1 juli informeren.", "2025-05-12");
  REQUIRE(due);
  CHECK(due->to == "2025-07-01");
  // `Nietvoor` is no word `niet`
  CHECK(find_due_window("Dinsdag voor de zomer.", "2025-05-12"));
}

TEST_CASE("add_months clamps to the month's end", "[dates][due]") {
  CHECK(add_months("2026-05-22", 3) == "2026-08-22");
  CHECK(add_months("2026-11-30", 3) == "2027-02-28");
  CHECK(add_months("2024-01-31", 1) == "2024-02-29");
  CHECK(add_months("not a date", 1).empty());
}
