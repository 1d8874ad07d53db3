#pragma once
// Dates as Dutch documents write them, resolved against the document's own
// date: `7 juni 2023`, `5 maart jl.` (the last 5 March before the document),
// `december jl.`, `(december 2023)`, `dit voorjaar`. Periods (`voorjaar 2026`,
// `medio`, `eind dit jaar`) are due windows; see commitment.h.
#include <optional>
#include <string>
#include <string_view>

namespace kamerref {

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

}  // namespace kamerref
