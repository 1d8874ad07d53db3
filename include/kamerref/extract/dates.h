#pragma once
// Dates as Dutch documents write them, resolved against the document's own
// date: `7 juni 2023`, `5 maart jl.` (the last 5 March before the document),
// `december jl.`, `(december 2023)`, `dit voorjaar`. Periods (`voorjaar 2026`,
// `medio`, `eind dit jaar`) are due windows; see commitment.h.
#include <optional>
#include <string>
#include <string_view>

#include "kamerref/load/offset_map.h"

namespace kamerref {

// The Dutch month names as written, full or short: `januari`, `jan.`,
// `sept.`. Anchor dictionaries use these; kDutchMonthPattern is the same
// list as a regex (a test keeps the two equal).
inline constexpr std::string_view kDutchMonthNames[] = {
    "januari", "februari", "maart", "april", "mei",  "juni", "juli", "augustus", "september", "oktober", "november",
    "december", "jan.",    "feb.",  "mrt.",  "apr.", "jun.", "jul.", "aug.",     "sep.",      "sept.",   "okt.",
    "nov.",     "dec."};

// Regex fragment (one capturing group) for a Dutch month name, full or short.
extern const char* const kDutchMonthPattern;

// A day and month written without a year, resolved against `doc_date`
// (ISO): `jl.` (jongstleden) and a bare day-month mean the most recent such
// day on or before the document's date; `a.s.` (aanstaande) the next one.
// Returns an ISO date, empty when `doc_date` is empty or the day is invalid.
std::string resolve_day_month(int day, int month, std::string_view doc_date, bool future = false);

// A month written without a year (`december jl.`, `in mei`): the most recent
// such month up to the document's month, as `YYYY-MM`; `future` for `a.s.`.
std::string resolve_month(int month, std::string_view doc_date, bool future = false);

// Parses a single date phrase: `7 juni 2023`, `5 maart jl.`, `2 maart`,
// `21-12-2022`, `2022-12-21`. Returns ISO or empty.
std::string parse_date_phrase(std::string_view phrase, std::string_view doc_date);

// `2026-05-22` plus `months` calendar months (the day clamped to the month's
// length); empty when `iso` is not a date.
std::string add_months(std::string_view iso, int months);

// When a promise is due: the phrase as written and the period it names, as
// an inclusive ISO window. The rules (relative words resolve against the
// document date; without a document date they give no window):
//   seasons            voorjaar 03-20..06-20, zomer 06-21..09-21,
//                      najaar 09-22..12-20, winter 12-21..03-19 (into the next year)
//     `voorjaar 2026`, `het voorjaar van 2026`   that year's season
//     `dit voorjaar`, `deze zomer`              the document's year (`deze winter`
//                                               in January-March: the running winter)
//     `volgend voorjaar`, `komend najaar`       the first such season starting after the document
//     `in het najaar` (no year)                 the first such season not yet over
//   `voor de zomer`, `voor het zomerreces`     document date .. 06-20 (07-01 for the reces)
//   `na de zomer(reces)`                        09-01 .. 10-31
//   `voor het kerstreces`                       document date .. 12-20
//   `begin 2027`, `begin volgend jaar`          01-01 .. 03-31
//   `medio 2026`, `medio dit jaar`              05-01 .. 08-31
//   `eind 2026`, `eind dit jaar`, `(aan het) eind(e) van dit jaar`  10-01 .. 12-31
//   `voor het eind(e) van het jaar`, `nog dit jaar`, `later dit jaar`,
//   `in de loop van dit jaar`                   document date .. 12-31
//   `begin maart`, `half maart`/`medio maart`, `eind maart` [year]  days 1-10, 11-20, 21-end
//   `in maart 2026`, `maart 2026`               the month; `in maart` alone: the next March
//   `het eerste kwartaal van 2026`, `Q1 2026`  the quarter
//   `in 2027`                                   the whole year
//   `voor 1 juli 2026`, `uiterlijk 1 juli 2026` document date .. that day
//   `op korte termijn`, `binnenkort`, `zo spoedig mogelijk`, `zo snel mogelijk`
//                                               document date .. document date + 3 months
//   `de komende maanden`                        document date .. document date + 6 months
// A vehicle without a time (`in de volgende voortgangsbrief`) is no due
// phrase. The leftmost phrase in `text` wins.
struct DueWindow {
  Span span;          // in the text searched
  std::string text;   // as written: `in het voorjaar van 2026`
  std::string from;   // ISO, empty when the phrase cannot be placed in time
  std::string to;
};
std::optional<DueWindow> find_due_window(std::string_view text, std::string_view doc_date);

}  // namespace kamerref
