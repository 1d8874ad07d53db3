// Table rows and status cells; see table.h. The examples in the comments are
// tests in tests/extract/table_test.cc.
#include "kamerref/extract/table.h"

#include <boost/regex.hpp>

#include <algorithm>

namespace kamerref {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// The longest status cell the patterns below can match, blanks excluded
// (`Met deze brief afgedaan` and a how of at most 80 bytes).
constexpr std::size_t kLongestStatus = 140;

}  // namespace

std::vector<Span> row_cells(std::string_view t, std::size_t from, std::size_t end) {
  std::vector<Span> cells;
  end = std::min(end, t.size());
  const std::string_view row = t.substr(0, end);
  std::size_t bar = row.find('|', from);
  while (bar < end) {
    const std::size_t next = std::min(row.find('|', bar + 1), end);
    Span cell{bar + 1, next};
    while (cell.begin < cell.end && is_blank(t[cell.begin])) ++cell.begin;
    while (cell.end > cell.begin && is_blank(t[cell.end - 1])) --cell.end;
    cells.push_back(cell);
    bar = next;
  }
  return cells;
}

bool column_gap_at(std::string_view t, std::size_t i) {
  return i <= t.size() && t.substr(i).starts_with(kColumnGap);
}

std::vector<Span> column_cells(std::string_view t, Span line_span, std::size_t from) {
  std::vector<Span> cells;
  const std::size_t end = std::min(line_span.end, t.size());
  if (line_span.size() > kLongestPrintedLine || from >= end) return cells;
  const std::string_view line = t.substr(0, end);
  std::size_t gap = line.find(kColumnGap, from);
  while (gap < end) {
    std::size_t begin = gap;
    while (begin < end && t[begin] == ' ') ++begin;
    const std::size_t next = std::min(line.find(kColumnGap, begin), end);
    Span cell{begin, next};
    while (cell.end > cell.begin && is_blank(t[cell.end - 1])) --cell.end;
    if (cell.size() > 0) cells.push_back(cell);
    gap = next;
  }
  return cells;
}

CellStatus cell_status(std::string_view cell) {
  while (!cell.empty() && is_blank(cell.front())) cell.remove_prefix(1);
  while (!cell.empty() && is_blank(cell.back())) cell.remove_suffix(1);
  if (cell.empty() || cell.size() > kLongestStatus) return CellStatus::none;
  using boost::regex;
  constexpr auto kFlags = regex::perl | regex::icase;
  // `Afgedaan`, `Met deze brief afgedaan`, `Afgerond bij brief van 3 maart
  // 2025`, `Status: afgedaan`, `Voldaan`, `Nagekomen`, `Gestand gedaan`;
  // not `Afgedaan met uitzondering van de tweede vraag`
  static const regex done(
      R"((?:status\s*:?\s*)?(?:(?:met\s+deze\s+brief|hiermee|hierbij)\s+)?(?:afgedaan|afgerond|voldaan|nagekomen|gestand\s+gedaan)(?:\s+(?!met\s+uitzondering)(?:met|bij|via|door)\s+[^;|\n]{1,80}?)?\.?)",
      kFlags);
  // `Lopend`, `In uitvoering`, `In behandeling`, `Status: lopend`
  static const regex running(R"((?:status\s*:?\s*)?(?:lopend|in\s+uitvoering|in\s+behandeling)\.?)", kFlags);
  const char* first = cell.data();
  const char* last = cell.data() + cell.size();
  if (boost::regex_match(first, last, done)) return CellStatus::done;
  if (boost::regex_match(first, last, running)) return CellStatus::running;
  return CellStatus::none;
}

CellStatus first_status(std::string_view t, const std::vector<Span>& cells) {
  for (const Span& c : cells)
    if (const CellStatus status = cell_status(t.substr(c.begin, c.size())); status != CellStatus::none) return status;
  return CellStatus::none;
}

}  // namespace kamerref
