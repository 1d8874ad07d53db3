#include "kamerref/extract/dates.h"

#include <boost/regex.hpp>

#include "kamerref/extract/text_util.h"

namespace kamerref {

const char* const kDutchMonthPattern =
    R"((januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan\.|feb\.|mrt\.|apr\.|jun\.|jul\.|aug\.|sep\.|sept\.|okt\.|nov\.|dec\.))";

std::string resolve_day_month(int day, int month, std::string_view doc_date, bool future) {
  std::optional<Ymd> doc = parse_iso(doc_date);
  if (!doc || month < 1 || month > 12) return {};
  int year = doc->year;
  bool after = month > doc->month || (month == doc->month && day > doc->day);
  bool before = month < doc->month || (month == doc->month && day < doc->day);
  if (!future && after) --year;
  if (future && before) ++year;
  return iso_date(year, month, day);
}

std::string resolve_month(int month, std::string_view doc_date, bool future) {
  std::optional<Ymd> doc = parse_iso(doc_date);
  if (!doc || month < 1 || month > 12) return {};
  int year = doc->year;
  if (!future && month > doc->month) --year;
  if (future && month < doc->month) ++year;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year % 10000, month);
  return buf;
}

std::string parse_date_phrase(std::string_view phrase, std::string_view doc_date) {
  static const boost::regex written(std::string(R"((\d{1,2})\s+)") + kDutchMonthPattern +
                                    R"((?:\s+((?:19|20)\d{2}))?(?:\s+(jl\.?|jongstleden|a\.s\.?|aanstaande))?)",
                                    boost::regex::icase);
  static const boost::regex numeric(R"((\d{1,2})-(\d{1,2})-((?:19|20)\d{2})|((?:19|20)\d{2})-(\d{2})-(\d{2}))");
  boost::cmatch m;
  const char* b = phrase.data();
  const char* e = phrase.data() + phrase.size();
  if (boost::regex_search(b, e, m, written)) {
    int day = std::stoi(m[1].str());
    int month = dutch_month(m[2].str());
    if (m[3].matched) return iso_date(std::stoi(m[3].str()), month, day);
    bool future = m[4].matched && (m[4].str()[0] == 'a' || m[4].str()[0] == 'A');
    return resolve_day_month(day, month, doc_date, future);
  }
  if (boost::regex_search(b, e, m, numeric)) {
    if (m[1].matched) return iso_date(std::stoi(m[3].str()), std::stoi(m[2].str()), std::stoi(m[1].str()));
    return iso_date(std::stoi(m[4].str()), std::stoi(m[5].str()), std::stoi(m[6].str()));
  }
  return {};
}

}  // namespace kamerref
