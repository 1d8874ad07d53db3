#pragma once
// Tables as letters print them: Markdown rows (`| Motie van het lid Tielen
// over wachtlijsten | Kamerstuk 31 765, nr. 894 | Afgedaan |`) and HTML rows
// (the loader writes each `<td>` edge as ` | `). What a row's cells are, and
// what a status cell says. Shared by the motion follow-up (decision.cc) and
// the commitment module, so a table of motions and a table of toezeggingen
// read `Afgedaan` alike.
#include <cstddef>
#include <string_view>
#include <vector>

#include "kamerref/load/offset_map.h"

namespace kamerref {

// The cells of a row from the first `|` at or after `from` up to `end`
// (exclusive): each between two bars, the last one from the last bar to
// `end`, without the blanks around it. A cell may be empty; no bar, no cells.
std::vector<Span> row_cells(std::string_view t, std::size_t from, std::size_t end);

// PDF text keeps a table's columns apart by runs of spaces (poppler's
// physical layout): `Motie van het lid Tielen over wachtlijsten     Kamerstuk
// 31 765, nr. 894    Afgedaan`. A run of three spaces or more is a column
// gap; prose has one or two spaces between words.
inline constexpr std::string_view kColumnGap = "   ";
// Does a column gap begin at `i`?
bool column_gap_at(std::string_view t, std::size_t i);

// The longest line read as a table's row in PDF text: a printed page's line
// is shorter (poppler lays a line out in some 100 to 250 characters), and
// a text of one long line is not searched for gaps once per motion in it.
inline constexpr std::size_t kLongestPrintedLine = 400;

// The cells of `line` of PDF text after its first column gap at or after
// `from`: each between two gaps, the last one up to the line's end, without
// the blanks around it. No gap, no cells; none either in a line longer than
// kLongestPrintedLine.
std::vector<Span> column_cells(std::string_view t, Span line, std::size_t from);

enum class CellStatus { none, done, running };

// What a status cell, or a line standing alone after a motion, says:
//   done:    `Afgedaan`, `Afgedaan.`, `Afgerond bij brief van 3 maart 2025`,
//            `Met deze brief afgedaan`, `Status: afgedaan`, `Voldaan`,
//            `Nagekomen`, `Gestand gedaan`
//   running: `Lopend`, `In uitvoering`, `In behandeling`, `Status: lopend`
// Anything more than that is no status: `Afgedaan met uitzondering van de
// tweede vraag` is none, and so is a sentence that merely holds the word.
CellStatus cell_status(std::string_view cell);

// The status of the first of `cells` (spans in `t`) that is a status cell;
// none where no cell is one.
CellStatus first_status(std::string_view t, const std::vector<Span>& cells);

}  // namespace kamerref
