#include "kamerref/extract/dates.h"

#include <boost/regex.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <iterator>
#include <span>
#include <stdexcept>
#include <vector>

#include "kamerref/extract/text_util.h"
#include "kamerref/extract/whole_word.h"

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

namespace kamerref {
namespace {

struct Window {
  std::string from, to;
};

// What iso_date(year, month, day) gives (`2026-06-20`; empty for a year
// outside 1800..2200 or a day the month does not have), written without
// snprintf: a due window takes two or three of these, and formatting them
// was a sixth of find_due_window's instructions.
std::string ymd(int year, int month, int day) {
  if (year < 1800 || year > 2200 || day < 1 || day > days_in_month(year, month)) return {};
  const char text[] = {static_cast<char>('0' + year / 1000),
                       static_cast<char>('0' + year / 100 % 10),
                       static_cast<char>('0' + year / 10 % 10),
                       static_cast<char>('0' + year % 10),
                       '-',
                       static_cast<char>('0' + month / 10),
                       static_cast<char>('0' + month % 10),
                       '-',
                       static_cast<char>('0' + day / 10),
                       static_cast<char>('0' + day % 10)};
  return std::string(text, sizeof text);
}

enum Season { voorjaar, zomer, najaar, winter };

Season season_of(std::string_view word) {
  std::string w = fold(word);
  if (w == "voorjaar") return voorjaar;
  if (w == "zomer") return zomer;
  if (w == "najaar") return najaar;
  return winter;
}

Window season_window(Season s, int year) {
  switch (s) {
    case voorjaar: return {ymd(year, 3, 20), ymd(year, 6, 20)};
    case zomer: return {ymd(year, 6, 21), ymd(year, 9, 21)};
    case najaar: return {ymd(year, 9, 22), ymd(year, 12, 20)};
    case winter: return {ymd(year, 12, 21), ymd(year + 1, 3, 19)};
  }
  return {};
}

// `2026` -> 2026; `dit jaar` -> the document's year; `volgend jaar` -> the
// next; 0 when it cannot be placed.
int year_of(std::string_view written, const std::optional<Ymd>& doc) {
  std::string w = fold(written);
  if (w.size() == 4 && w.find_first_not_of("0123456789") == std::string::npos) return std::stoi(w);
  if (!doc) return 0;
  if (w.find("volgend") != std::string::npos || w.find("komend") != std::string::npos) return doc->year + 1;
  return doc->year;  // dit jaar, het jaar, dit kalenderjaar
}

// The year a season without a year refers to, per `qualifier`.
int season_year(Season s, std::string_view qualifier, const Ymd& doc) {
  std::string q = fold(qualifier);
  std::string today = ymd(doc.year, doc.month, doc.day);
  if (q == "dit" || q == "deze") return s == winter && doc.month <= 3 ? doc.year - 1 : doc.year;
  bool next = q.find("volgend") != std::string::npos || q.find("komend") != std::string::npos;
  for (int year = doc.year - 1; year <= doc.year + 1; ++year) {
    Window w = season_window(s, year);
    if (next ? w.from > today : w.to >= today) return year;
  }
  return doc.year + 1;
}

Window month_window(int year, int month, int first_day, int last_day) {
  if (year == 0 || month == 0) return {};
  return {ymd(year, month, first_day), ymd(year, month, std::min(last_day, days_in_month(year, month)))};
}

std::string today_of(const std::optional<Ymd>& doc) { return doc ? ymd(doc->year, doc->month, doc->day) : ""; }

// Days since 1970-01-01 of a civil date, and back (proleptic Gregorian), for
// week arithmetic: `volgende week` is the Monday to Sunday after this one.
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::string civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int y = static_cast<int>(yoe + era * 400 + (m <= 2));
  return ymd(y, m, d);
}

// The week of `doc` shifted by `weeks`: Monday .. Sunday (this week: today .. Sunday).
Window week_window(const Ymd& doc, int weeks) {
  const long today = days_from_civil(doc.year, doc.month, doc.day);
  const long weekday = ((today + 3) % 7 + 7) % 7;  // 1970-01-01 was a Thursday; Monday = 0
  const long monday = today - weekday + 7L * weeks;
  return {civil_from_days(weeks == 0 ? today : monday), civil_from_days(monday + 6)};
}

int dutch_count(std::string_view word) {
  static constexpr std::string_view kCounts[] = {"een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"};
  std::string w = fold(word);
  for (int k = 0; k < 10; ++k)
    if (w == kCounts[k]) return k + 1;
  if (!w.empty() && w.size() <= 2 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::stoi(w);
  return 0;
}

// Words each due rule cannot match without (in any case, white space between
// words as one space): a rule whose words are all missing from the text is
// not searched. Each list is read off the rule's pattern: every alternative
// of the rule contains one of the words.
constexpr std::string_view kMonthWords[] = {"jan", "feb", "maart", "mrt", "apr", "mei", "jun",
                                            "jul", "aug", "sep",   "okt", "nov", "dec"};
constexpr std::string_view kSummer[] = {"zomer"};
constexpr std::string_view kChristmas[] = {"kerst"};
constexpr std::string_view kSeasons[] = {"voorjaar", "zomer", "najaar", "winter"};
constexpr std::string_view kRestOfYear[] = {"van het jaar",         "van dit jaar",  "van het kalenderjaar",
                                            "van dit kalenderjaar", "nog dit jaar", "later dit jaar"};
constexpr std::string_view kPlainYear[] = {"dit jaar", "volgend jaar", "komend jaar"};
constexpr std::string_view kPartOfYear[] = {"begin", "medio", "halverwege", "eind"};
constexpr std::string_view kPartOfMonth[] = {"begin", "half", "medio", "eind"};
constexpr std::string_view kQuarter[] = {"kwartaal", "q"};
constexpr std::string_view kInYear[] = {"in 19", "in 20", "gedurende 19", "gedurende 20", "loop van 19", "loop van 20"};
constexpr std::string_view kSoon[] = {"termijn", "binnenkort", "spoedig", "snel"};
constexpr std::string_view kMonths[] = {"komende maanden"};
constexpr std::string_view kWeeks[] = {"deze week", "volgende week", "komende week", "weken"};
// in the order of the rules in find_due_window
constexpr std::span<const std::string_view> kDueRuleWords[] = {
    kSummer,     kSummer,      kChristmas, kSeasons,    kRestOfYear, kPartOfYear, kPartOfMonth, kQuarter,
    kMonthWords, kMonthWords, kInYear,    kSoon,       kMonths,     kPlainYear,  kWeeks};

// The words of all due rules looked up together: one pass over the text
// (lower case, each run of white space as one space) tells which rules may
// match, so a rule's bit is set exactly when one of its words occurs in the
// folded text, which is what a `find` per word answered before.
class DueWordFilter {
 public:
  using Rules = WordRuleFilter::Rules;  // bit k: rule k may match
  static_assert(std::size(kDueRuleWords) <= 32);

  DueWordFilter() {
    for (std::size_t k = 0; k < std::size(kDueRuleWords); ++k)
      for (std::string_view word : kDueRuleWords[k]) words_.add(word, Rules{1} << k);
  }

  Rules may_match(std::string_view text) const {
    // the text in lower case, each run of white space (`\s`) as one space
    std::string folded;
    folded.reserve(text.size());
    for (char c : text) {
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
        if (folded.empty() || folded.back() != ' ') folded.push_back(' ');
        continue;
      }
      folded.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    }
    return words_.may_match(folded);
  }

 private:
  WordRuleFilter words_;
};

}  // namespace

std::string add_months(std::string_view iso, int months) {
  std::optional<Ymd> d = parse_iso(iso);
  if (!d) return {};
  int index = d->year * 12 + (d->month - 1) + months;
  int year = index / 12, month = index % 12 + 1;
  return iso_date(year, month, std::min(d->day, days_in_month(year, month)));
}

namespace {

// Does the word `niet` end right before `at` (`niet voor de zomer`)?
bool negated_before(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end > 0 && text[end - 1] == ' ') --end;
  if (end == at || end < 4) return false;
  return word_at_icase(text, end - 4, "niet") && (end == 4 || !std::isalpha(static_cast<unsigned char>(text[end - 5])));
}

}  // namespace

std::optional<DueWindow> find_due_window(std::string_view text, std::string_view doc_date) {
  using boost::regex;
  constexpr auto flags = regex::perl | regex::icase;
  static const std::string month = kDutchMonthPattern;
  static const std::string year = R"(((?:19|20)\d{2}|dit jaar|het jaar|dit kalenderjaar|volgend jaar|het volgende jaar|komend jaar|het komende jaar))";
  // `voor de zomer`, `vóór het zomerreces`
  static const regex before_summer(R"(\b(?:uiterlijk\s+)?v(?:o|\xC3\xB3)or\s+(?:de\s+zomer|het\s+(zomerreces))(?![a-z])(?:\s+(?:van\s+)?((?:19|20)\d{2}))?)", flags);
  // `na de zomer`, `na het zomerreces`
  static const regex after_summer(R"(\bna\s+(?:de\s+zomer|het\s+zomerreces)(?![a-z])(?:\s+(?:van\s+)?((?:19|20)\d{2}))?)", flags);
  // `voor het kerstreces`
  static const regex before_christmas(R"(\bv(?:o|\xC3\xB3)or\s+(?:het\s+)?kerst(?:reces)?(?![a-z]))", flags);
  // `in het voorjaar van 2026`, `dit voorjaar`, `volgend najaar`, `in de zomer van dit jaar`
  static const regex season(R"(\b(?:(?:in|gedurende|tijdens|vanaf)\s+)?(?:(het komende|het volgende|het|de|dit|deze|volgend|volgende|komend|komende)\s+)?(voorjaar|zomer|najaar|winter)(?![a-z])(?:\s+(?:van\s+)?((?:19|20)\d{2}|dit jaar|volgend jaar))?)", flags);
  // `voor het einde van het jaar`, `nog dit jaar`, `later dit jaar`, `in de loop van dit jaar`
  static const regex rest_of_year(R"(\bv(?:o|\xC3\xB3)or\s+(?:het\s+)?einde?\s+van\s+(?:het|dit)\s+(?:kalender)?jaar\b|\b(?:nog|later)\s+dit\s+jaar\b|\bin\s+de\s+loop\s+van\s+dit\s+jaar\b)", flags);
  // `eind 2026`, `eind dit jaar`, `medio 2026`, `begin volgend jaar`, `aan het einde van dit jaar`
  static const regex part_of_year(std::string(R"(\b(?:(?:in|aan|tegen|rond|uiterlijk)\s+(?:het\s+)?)?(begin|medio|halverwege|eind|einde)(?:\s+van)?\s+)") + year + R"(\b)", flags);
  // `eind maart`, `begin juni 2026`, `half mei`
  static const regex part_of_month(R"(\b(begin|half|medio|eind|einde)\s+)" + month + R"((?:\s+((?:19|20)\d{2}))?)", flags);
  // `het eerste kwartaal van 2026`, `Q3 2026`
  static const regex quarter(std::string(R"(\b(?:(?:in|gedurende)\s+)?(?:het\s+)?(eerste|tweede|derde|vierde|1e|2e|3e|4e)\s+kwartaal(?:\s+van)?(?:\s+)") + year + R"()?|\bQ([1-4])\s+((?:19|20)\d{2}))", flags);
  // `voor 1 juli 2026`, `uiterlijk 15 maart`
  static const regex before_day(R"(\b(?:uiterlijk|v(?:o|\xC3\xB3)or|niet later dan)\s+(\d{1,2})\s+)" + month + R"((?:\s+((?:19|20)\d{2}))?)", flags);
  // `in maart 2026`, `maart 2026`, `in maart`
  static const regex month_year(R"((?<![0-9])(?<![0-9] )\b(?:in\s+(?:de\s+maand\s+)?)?)" + month + R"(\s+((?:19|20)\d{2})\b|\bin\s+(?:de\s+maand\s+)?)" + month + R"((?![a-z])(?!\s+\d))", flags);
  // `in 2027`, `in de loop van 2027`
  static const regex in_year(R"(\b(?:in|gedurende|in\s+de\s+loop\s+van)\s+((?:19|20)\d{2})\b(?!\s*[/-]))", flags);
  // `op korte termijn`, `binnenkort`, `zo spoedig mogelijk`; `de komende maanden`
  static const regex soon(R"(\b(?:op\s+(?:zeer\s+)?korte\s+termijn|binnenkort|zo\s+spoedig\s+mogelijk|spoedig|zo\s+snel\s+mogelijk)\b)", flags);
  static const regex months_ahead(R"(\b(?:in\s+)?de\s+komende\s+maanden\b)", flags);
  // `dit jaar`, `volgend jaar`
  static const regex plain_year(R"(\b(?:in\s+)?(dit|volgend|komend)\s+jaar\b)", flags);
  // `nog deze week`, `volgende week`, `de komende weken`, `binnen zes weken`
  static const regex weeks(R"(\b(?:(?:nog\s+)?(deze)|(volgende|komende))\s+week\b|\b(?:in\s+)?de\s+komende\s+(weken)\b|\bbinnen\s+(\w+)\s+weken\b)", flags);

  const regex* rules[] = {&before_summer, &after_summer, &before_christmas, &season,     &rest_of_year,
                          &part_of_year,  &part_of_month, &quarter,         &before_day, &month_year,
                          &in_year,       &soon,          &months_ahead,    &plain_year, &weeks};
  static_assert(std::size(kDueRuleWords) == std::size(rules));
  static const DueWordFilter filter;
  const DueWordFilter::Rules may = filter.may_match(text);
  auto may_match = [&](int k) { return (may & (DueWordFilter::Rules{1} << k)) != 0; };

  const char* b = text.data();
  const char* e = text.data() + text.size();
  int best_rule = -1;
  boost::cmatch best;
  // The first time named, unless `niet` stands right before it: `Ik zal uw
  // Kamer daarom niet voor de zomer informeren, maar na de zomer` is due
  // after the summer. (At most a few such: each pass searches on past the
  // time passed over.)
  for (int pass = 0; pass < 4; ++pass) {
    best_rule = -1;
    for (int k = 0; k < static_cast<int>(std::size(rules)); ++k) {
      if (!may_match(k)) continue;
      boost::cmatch m;
      if (!boost::regex_search(b, e, m, *rules[k], b == text.data() ? boost::match_default : boost::match_prev_avail))
        continue;
      if (best_rule < 0 || m[0].first < best[0].first ||
          (m[0].first == best[0].first && m[0].second > best[0].second)) {
        best = m;
        best_rule = k;
      }
    }
    if (best_rule < 0 || !negated_before(text, static_cast<std::size_t>(best[0].first - text.data()))) break;
    b = best[0].second;
    best_rule = -1;
  }
  if (best_rule < 0) return std::nullopt;

  const std::optional<Ymd> doc = parse_iso(doc_date);
  const std::string today = today_of(doc);
  const boost::cmatch& m = best;
  Window w;
  switch (best_rule) {
    case 0: {  // voor de zomer
      bool reces = m[1].matched;
      int y = m[2].matched ? std::stoi(m[2].str()) : 0;
      if (y == 0 && doc) y = (doc->month > 6 || (doc->month == 6 && doc->day > 20)) ? doc->year + 1 : doc->year;
      if (y == 0) break;
      w.to = reces ? ymd(y, 7, 1) : ymd(y, 6, 20);
      w.from = doc && today <= w.to ? today : ymd(y, 1, 1);
      break;
    }
    case 1: {  // na de zomer
      int y = m[1].matched ? std::stoi(m[1].str()) : 0;
      if (y == 0 && doc) y = doc->month > 10 ? doc->year + 1 : doc->year;
      if (y != 0) w = {ymd(y, 9, 1), ymd(y, 10, 31)};
      break;
    }
    case 2:  // voor het kerstreces
      if (doc) w = {today, ymd(doc->year, 12, 20) >= today ? ymd(doc->year, 12, 20) : ymd(doc->year + 1, 12, 20)};
      break;
    case 3: {  // seasons
      Season s = season_of(m[2].str());
      int y = m[3].matched ? year_of(m[3].str(), doc) : 0;
      if (y == 0 && doc) y = season_year(s, m[1].str(), *doc);
      if (y != 0) w = season_window(s, y);
      break;
    }
    case 4:  // rest of this year
      if (doc) w = {today, ymd(doc->year, 12, 31)};
      break;
    case 5: {  // begin / medio / eind <year>
      std::string part = fold(m[1].str());
      int y = year_of(m[2].str(), doc);
      if (y == 0) break;
      if (part == "begin") w = {ymd(y, 1, 1), ymd(y, 3, 31)};
      else if (part == "medio" || part == "halverwege") w = {ymd(y, 5, 1), ymd(y, 8, 31)};
      else w = {ymd(y, 10, 1), ymd(y, 12, 31)};
      break;
    }
    case 6: {  // begin / half / eind <month>
      std::string part = fold(m[1].str());
      int mon = dutch_month(m[2].str());
      int y = m[3].matched ? std::stoi(m[3].str()) : 0;
      if (y == 0 && doc) y = std::stoi(resolve_month(mon, doc_date, true).substr(0, 4));
      if (part == "begin") w = month_window(y, mon, 1, 10);
      else if (part == "half" || part == "medio") w = month_window(y, mon, 11, 20);
      else w = month_window(y, mon, 21, 31);
      break;
    }
    case 7: {  // quarters
      int q = 0, y = 0;
      if (m[3].matched) {
        q = std::stoi(m[3].str());
        y = std::stoi(m[4].str());
      } else {
        std::string n = fold(m[1].str());
        q = n == "eerste" || n == "1e" ? 1 : n == "tweede" || n == "2e" ? 2 : n == "derde" || n == "3e" ? 3 : 4;
        y = m[2].matched ? year_of(m[2].str(), doc) : 0;
        if (y == 0 && doc) y = doc->month > q * 3 ? doc->year + 1 : doc->year;
      }
      if (y != 0) w = {ymd(y, q * 3 - 2, 1), ymd(y, q * 3, days_in_month(y, q * 3))};
      break;
    }
    case 8: {  // voor <day> <month> [year]
      int day = std::stoi(m[1].str());
      int mon = dutch_month(m[2].str());
      std::string until = m[3].matched ? ymd(std::stoi(m[3].str()), mon, day)
                                       : resolve_day_month(day, mon, doc_date, true);
      if (until.empty()) break;
      w = {doc && today <= until ? today : until.substr(0, 4) + "-01-01", until};
      break;
    }
    case 9: {  // <month> <year>, in <month>
      if (m[2].matched) {
        int mon = dutch_month(m[1].str());
        w = month_window(std::stoi(m[2].str()), mon, 1, 31);
      } else if (doc) {
        int mon = dutch_month(m[3].str());
        std::string ym = resolve_month(mon, doc_date, true);
        if (!ym.empty()) w = month_window(std::stoi(ym.substr(0, 4)), mon, 1, 31);
      }
      break;
    }
    case 10: {  // in 2027
      int y = std::stoi(m[1].str());
      w = {ymd(y, 1, 1), ymd(y, 12, 31)};
      break;
    }
    case 11:  // op korte termijn
      if (doc) w = {today, add_months(today, 3)};
      break;
    case 12:  // de komende maanden
      if (doc) w = {today, add_months(today, 6)};
      break;
    case 13: {  // dit jaar / volgend jaar
      if (!doc) break;
      if (fold(m[1].str()) == "dit") w = {today, ymd(doc->year, 12, 31)};
      else w = {ymd(doc->year + 1, 1, 1), ymd(doc->year + 1, 12, 31)};
      break;
    }
    case 14: {  // weeks
      if (!doc) break;
      if (m[1].matched) {
        w = week_window(*doc, 0);
      } else if (m[2].matched) {
        w = week_window(*doc, 1);
      } else if (m[3].matched) {
        w = {today, civil_from_days(days_from_civil(doc->year, doc->month, doc->day) + 42)};
      } else if (int n = dutch_count(m[4].str()); n > 0) {
        w = {today, civil_from_days(days_from_civil(doc->year, doc->month, doc->day) + 7L * n)};
      }
      break;
    }
    default:
      break;
  }
  DueWindow due;
  due.span = {static_cast<std::size_t>(m[0].first - text.data()), static_cast<std::size_t>(m[0].second - text.data())};
  due.text = m.str(0);
  if (!w.from.empty() && !w.to.empty()) {
    due.from = w.from;
    due.to = w.to;
  }
  return due;
}

}  // namespace kamerref
