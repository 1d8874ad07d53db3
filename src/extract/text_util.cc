#include "kamerref/extract/text_util.h"

#include <algorithm>
#include <stdexcept>

#include <cctype>
#include <chrono>

#include "kamerref/load/encoding.h"

namespace kamerref {

std::string fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      // a run of ASCII, lowered where it stands (the C locale's tolower,
      // the only one the program uses, lowers A-Z alone): most of any text
      std::size_t end = i + 1;
      while (end < text.size() && static_cast<unsigned char>(text[end]) < 0x80) ++end;
      const std::size_t at = out.size();
      out.resize(at + (end - i));
      for (std::size_t k = i; k < end; ++k) {
        const char c = text[k];
        out[at + (k - i)] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
      }
      i = end;
      continue;
    }
    char32_t cp;
    std::size_t len = utf8_sequence(text, i, cp);
    if (len == 0) {
      ++i;
      continue;
    }
    i += len;
    // Latin-1 supplement and Latin Extended-A letters people write in Dutch
    static constexpr std::string_view kLatin1 =
        "aaaaaaaceeeeiiiidnooooo-ouuuuyts"   // U+00C0..U+00DF
        "aaaaaaaceeeeiiiidnooooo-ouuuuyty";  // U+00E0..U+00FF
    if (cp >= 0xC0 && cp <= 0xFF) {
      char f = kLatin1[cp - 0xC0];
      if (cp == 0xC6 || cp == 0xE6) out += "ae";
      else if (cp == 0xDF) out += "ss";
      else if (f != '-') out += f;
      continue;
    }
    if (cp >= 0x100 && cp <= 0x17F) {
      static constexpr std::string_view kExtA =
          "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllll--llnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
      std::size_t k = cp - 0x100;
      if (k < kExtA.size() && kExtA[k] != '-') out += kExtA[k];
      continue;
    }
    out.append(text.substr(i - len, len));
  }
  return out;
}

std::string slugify(std::string_view text) {
  std::string folded = fold(text);
  std::string out;
  out.reserve(folded.size());
  bool dash = false;
  for (char c : folded) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (dash && !out.empty()) out += '-';
      dash = false;
      out += c;
    } else {
      dash = true;
    }
  }
  return out;
}

int dutch_month(std::string_view name) {
  std::string n = fold(name);
  while (!n.empty() && n.back() == '.') n.pop_back();
  static constexpr std::string_view kFull[] = {"januari", "februari", "maart",     "april",
                                               "mei",     "juni",     "juli",      "augustus",
                                               "september", "oktober", "november", "december"};
  static constexpr std::string_view kShort[] = {"jan", "feb", "mrt", "apr", "mei", "jun",
                                                "jul", "aug", "sep", "okt", "nov", "dec"};
  for (int m = 0; m < 12; ++m) {
    if (n == kFull[m] || n == kShort[m]) return m + 1;
  }
  if (n == "sept") return 9;
  if (n == "maa") return 3;
  return 0;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::string iso_date(int year, int month, int day) {
  if (year < 1800 || year > 2200 || day < 1 || day > days_in_month(year, month)) return {};
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::optional<Ymd> parse_iso(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  auto num = [&](std::size_t b, std::size_t n) {
    int v = 0;
    for (std::size_t i = b; i < b + n; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(iso[i]))) return -1;
      v = v * 10 + (iso[i] - '0');
    }
    return v;
  };
  Ymd d{num(0, 4), num(5, 2), num(8, 2)};
  if (d.year < 0 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > days_in_month(d.year, d.month))
    return std::nullopt;
  return d;
}

std::string netherlands_date(std::int64_t unix_seconds) {
  using namespace std::chrono;
  const sys_seconds now{seconds{unix_seconds}};
  const year this_year = year_month_day{floor<days>(now)}.year();
  auto last_sunday_1am_utc = [&](month m) {
    return sys_seconds{sys_days{year_month_weekday_last{this_year, m, weekday_last{Sunday}}}} + hours{1};
  };
  const bool summer = now >= last_sunday_1am_utc(March) && now < last_sunday_1am_utc(October);
  const year_month_day local{floor<days>(now + hours{summer ? 2 : 1})};
  return iso_date(static_cast<int>(local.year()), static_cast<int>(static_cast<unsigned>(local.month())),
                  static_cast<int>(static_cast<unsigned>(local.day())));
}

std::string ascii_lower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return lower;
}

namespace {

// 0..25 for an ASCII letter in either case, -1 for any other byte
int letter_index(char c) {
  if (c >= 'a' && c <= 'z') return c - 'a';
  if (c >= 'A' && c <= 'Z') return c - 'A';
  return -1;
}

}  // namespace

void WordRuleFilter::add(std::string_view word, Rules rules) {
  auto lower_letter = [](char c) { return c >= 'a' && c <= 'z'; };
  if (word.empty() || !lower_letter(word[0]) || (word.size() > 1 && !lower_letter(word[1])) ||
      std::any_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    throw std::logic_error("a filter word must open with lower-case ASCII letters and hold no capital: `" +
                           std::string(word) + "`");
  all_ |= rules;
  if (word.size() == 1) {
    one_letter_[static_cast<std::size_t>(word[0] - 'a')] |= rules;
    return;
  }
  std::vector<Word>& words = by_first_two_[static_cast<std::size_t>((word[0] - 'a') * 26 + (word[1] - 'a'))];
  auto same = std::find_if(words.begin(), words.end(), [&](const Word& w) { return w.rest == word.substr(2); });
  if (same != words.end())
    same->rules |= rules;
  else
    words.push_back({std::string(word.substr(2)), rules});
}

WordRuleFilter::Rules WordRuleFilter::may_match(std::string_view text) const {
  // the rest of a word where it stands, an ASCII capital in the text read
  // as its small letter (the words hold none)
  auto rest_at = [&](std::size_t at, std::string_view rest) {
    if (at + rest.size() > text.size()) return false;
    for (std::size_t k = 0; k < rest.size(); ++k) {
      const char c = text[at + k];
      if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c) != rest[k]) return false;
    }
    return true;
  };
  Rules found = 0;
  for (std::size_t i = 0; i < text.size() && found != all_; ++i) {
    const int first = letter_index(text[i]);
    if (first < 0) continue;
    found |= one_letter_[static_cast<std::size_t>(first)];
    const int second = i + 1 < text.size() ? letter_index(text[i + 1]) : -1;
    if (second < 0) continue;
    for (const Word& w : by_first_two_[static_cast<std::size_t>(first * 26 + second)])
      if ((found & w.rules) != w.rules && rest_at(i + 2, w.rest)) found |= w.rules;
  }
  return found;
}

}  // namespace kamerref
