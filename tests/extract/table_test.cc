#include "kamerref/extract/table.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace kamerref;

namespace {

std::vector<std::string> cells_of(std::string_view row, std::size_t from = 0) {
  std::vector<std::string> out;
  for (const Span& c : row_cells(row, from, row.size())) out.emplace_back(row.substr(c.begin, c.size()));
  return out;
}

}  // namespace

TEST_CASE("a row's cells, without the blanks around them", "[table]") {
  const std::string_view row = "| Motie van het lid Tielen over wachtlijsten | Kamerstuk 31 765, nr. 894 | Afgedaan |";
  CHECK(cells_of(row) ==
        std::vector<std::string>{"Motie van het lid Tielen over wachtlijsten", "Kamerstuk 31 765, nr. 894", "Afgedaan", ""});
  // from a place inside the row: the cells after the motion's own
  CHECK(cells_of(row, row.find("wachtlijsten")) == std::vector<std::string>{"Kamerstuk 31 765, nr. 894", "Afgedaan", ""});
  // an HTML row as the loader writes it (`<td>` edges as ` | `), not closed by a bar
  CHECK(cells_of("Motie-Dijk | Lopend") == std::vector<std::string>{"Lopend"});
  CHECK(cells_of("De motie-Dijk is aangenomen.").empty());
  // `end` bounds the row: the next row's cells are not this one's
  const std::string_view two = "| a | b |\n| c | d |";
  const auto first_row = row_cells(two, 0, two.find('\n'));
  REQUIRE(first_row.size() == 3);
  CHECK(two.substr(first_row[1].begin, first_row[1].size()) == "b");
}

TEST_CASE("a line of PDF text: its cells after the first column gap", "[table]") {
  const std::string_view line =
      "Motie van het lid Tielen over wachtlijsten     Kamerstuk 31 765, nr. 894    Afgedaan";
  std::vector<std::string> cells;
  for (const Span& c : column_cells(line, {0, line.size()}, 0)) cells.emplace_back(line.substr(c.begin, c.size()));
  CHECK(cells == std::vector<std::string>{"Kamerstuk 31 765, nr. 894", "Afgedaan"});
  CHECK(column_gap_at(line, line.find("     ")));
  // one or two spaces stand between words of prose: no gap, no cells
  const std::string_view prose = "De motie van het lid Tielen  over wachtlijsten is afgedaan.";
  CHECK(column_cells(prose, {0, prose.size()}, 0).empty());
  CHECK_FALSE(column_gap_at(prose, prose.find("  ")));
  CHECK_FALSE(column_gap_at(prose, prose.size()));
  // a line longer than a printed one is no row
  const std::string long_line = std::string(kLongestPrintedLine, 'x') + "    Afgedaan";
  CHECK(column_cells(long_line, {0, long_line.size()}, 0).empty());
  // the first cell that is a status says it
  CHECK(first_status(line, column_cells(line, {0, line.size()}, 0)) == CellStatus::done);
  CHECK(first_status(prose, {}) == CellStatus::none);
}

TEST_CASE("what a status cell says", "[table]") {
  for (const char* done : {"Afgedaan", "Afgedaan.", " AFGEDAAN ", "Afgerond bij brief van 3 maart 2025",
                           "Met deze brief afgedaan", "Afgedaan met deze brief", "Status: afgedaan", "Voldaan",
                           "Nagekomen", "Gestand gedaan", "Hiermee afgedaan", "Afgedaan met brief d.d. 3-3-2025"}) {
    INFO(done);
    CHECK(cell_status(done) == CellStatus::done);
  }
  for (const char* running : {"Lopend", "In uitvoering", "In behandeling.", "Status: lopend"}) {
    INFO(running);
    CHECK(cell_status(running) == CellStatus::running);
  }
  // more than a status: a sentence that holds the word, an exception, another status
  for (const char* none : {"Afgedaan met uitzondering van de tweede vraag", "De motie is afgedaan.",
                           "Nog niet afgedaan", "Niet afgerond", "Lopend onderzoek naar de wachtlijsten", "",
                           "Kamerstuk 31 765, nr. 894", "Zomer 2025"}) {
    INFO(none);
    CHECK(cell_status(none) == CellStatus::none);
  }
}
