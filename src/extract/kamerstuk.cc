// Kamerstuk citations. Every pattern below carries the real text it matches;
// tests/extract/kamerstuk_test.cc runs each of those examples.
#include "kamerref/extract/kamerstuk.h"

#include <boost/regex.hpp>

#include "kamerref/extract/regex_util.h"
#include "kamerref/extract/whole_word.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace kamerref {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_space(char c) { return c == ' ' || c == '\n'; }
// What `\s` matches in the patterns (the C locale's white space).
bool is_regex_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

std::string digits_only(std::string_view s) {
  std::string out;
  for (char c : s)
    if (is_digit(c)) out += c;
  return out;
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// The C locale's tolower (the program never sets another): only A-Z have a lower case.
char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// `word` is lower case.
bool starts_with_ci(std::string_view s, std::size_t pos, std::string_view word) {
  if (pos + word.size() > s.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (ascii_lower(s[pos + i]) != word[i]) return false;
  return true;
}

std::string chamber_of(std::string_view written) {
  if (written.empty()) return {};
  if (written == "I" || written == "1" || written == "EK" || written.starts_with("Eerste")) return "I";
  return "II";
}

struct Cursor {
  std::string_view t;
  std::size_t pos;
  void skip_spaces(std::size_t max = 6) {
    std::size_t start = pos;
    while (pos < t.size() && is_space(t[pos]) && pos - start < max) ++pos;
  }
  bool eat(std::string_view lit) {
    if (t.compare(pos, lit.size(), lit) != 0) return false;
    pos += lit.size();
    return true;
  }
  bool eat_word_ci(std::string_view word) {
    if (!starts_with_ci(t, pos, word)) return false;
    std::size_t after = pos + word.size();
    if (after < t.size() && is_alpha(t[after])) return false;
    pos = after;
    return true;
  }
};

// Toevoeging after a dossier number, at `c.pos`:
//   `36 200 VI` -> VI, `36200-VI` -> VI, `21 501-20` -> 20, `36 100 (R2190)` -> R2190,
//   `36 200 A` -> A. Nothing in `29754, nr.` or `29754 Terrorismebestrijding`.
std::string parse_toevoeging(Cursor& c) {
  Cursor probe = c;
  // `31700.VIII, 32`: the dot joins a Roman or letter toevoeging only
  if (probe.t.compare(probe.pos, 1, ".") == 0 && probe.pos + 1 < probe.t.size() &&
      probe.t[probe.pos + 1] >= 'A' && probe.t[probe.pos + 1] <= 'Z') {
    ++probe.pos;
    std::size_t b = probe.pos;
    while (probe.pos < probe.t.size() && probe.pos - b < 7 &&
           std::string_view("IVXLC").find(probe.t[probe.pos]) != std::string_view::npos)
      ++probe.pos;
    if (probe.pos == b) ++probe.pos;  // one capital
    if (probe.pos - b > 6 || (probe.pos < probe.t.size() && (is_alpha(probe.t[probe.pos]) || is_digit(probe.t[probe.pos]))))
      return {};
    c = probe;
    return std::string(probe.t.substr(b, probe.pos - b));
  }
  if (probe.t.compare(probe.pos, 1, "-") == 0) {
    ++probe.pos;
    std::size_t b = probe.pos;
    while (probe.pos < probe.t.size() && is_digit(probe.t[probe.pos]) && probe.pos - b < 4) ++probe.pos;
    if (probe.pos > b && probe.pos - b <= 3 &&
        !(probe.pos < probe.t.size() && (is_digit(probe.t[probe.pos]) || is_alpha(probe.t[probe.pos]) ||
                                         probe.t[probe.pos] == '-'))) {
      c = probe;
      return std::string(probe.t.substr(b, probe.pos - b));
    }
    probe = c;
    ++probe.pos;
  } else {
    std::size_t b = probe.pos;
    probe.skip_spaces(2);
    if (probe.pos == b) return {};
    if (probe.eat("(R")) {
      std::size_t d = probe.pos;
      while (probe.pos < probe.t.size() && is_digit(probe.t[probe.pos])) ++probe.pos;
      if (probe.pos - d >= 3 && probe.pos - d <= 4 && probe.eat(")")) {
        c = probe;
        return "R" + std::string(probe.t.substr(d, probe.pos - d - 1));
      }
      return {};
    }
  }
  // Roman numerals or one capital, standing alone
  std::size_t b = probe.pos;
  while (probe.pos < probe.t.size() && probe.pos - b < 7 &&
         std::string_view("IVXLC").find(probe.t[probe.pos]) != std::string_view::npos)
    ++probe.pos;
  if (probe.pos == b && probe.pos < probe.t.size() && probe.t[probe.pos] >= 'A' && probe.t[probe.pos] <= 'Z')
    ++probe.pos;
  if (probe.pos == b || probe.pos - b > 6) return {};
  if (probe.pos < probe.t.size() && (is_alpha(probe.t[probe.pos]) || is_digit(probe.t[probe.pos]))) return {};
  c = probe;
  return std::string(probe.t.substr(b, probe.pos - b));
}

struct Number {
  std::string value;
  Span span;
};

// One document number: `690`, `188b`, Eerste Kamer letters `E`, `AB`.
bool parse_one_number(Cursor& c, Number& n) {
  std::size_t b = c.pos;
  const std::string_view t = c.t;
  std::size_t p = b;
  while (p < t.size() && is_digit(t[p]) && p - b < 6) ++p;
  if (p > b) {
    if (p - b > 5 || (p < t.size() && is_digit(t[p]))) return false;
    if (p < t.size() && t[p] >= 'a' && t[p] <= 'z' && !(p + 1 < t.size() && is_alpha(t[p + 1]))) ++p;  // 188b
    if (p < t.size() && is_alpha(t[p])) return false;
  } else {
    while (p < t.size() && t[p] >= 'A' && t[p] <= 'Z' && p - b < 3) ++p;
    if (p == b || p - b > 2 || (p < t.size() && is_alpha(t[p]))) return false;
  }
  n.value = std::string(t.substr(b, p - b));
  n.span = {b, p};
  c.pos = p;
  return true;
}

// Page pins: `p. 3 en 4`, `blz. 12-14`, `pag. 5`. Returns the pin text.
bool parse_pin(Cursor& c, std::string& pins) {
  Cursor probe = c;
  // (each word opens with p or b: most places have neither)
  if (probe.pos >= probe.t.size() || (ascii_lower(probe.t[probe.pos]) != 'p' && ascii_lower(probe.t[probe.pos]) != 'b'))
    return false;
  if (!(probe.eat_word_ci("p") || probe.eat_word_ci("pp") || probe.eat_word_ci("blz") ||
        probe.eat_word_ci("pag")))
    return false;
  if (!probe.eat(".")) return false;
  probe.skip_spaces(2);
  std::size_t b = probe.pos;
  std::size_t last_good = b;
  for (;;) {
    std::size_t d = probe.pos;
    while (probe.pos < probe.t.size() && is_digit(probe.t[probe.pos])) ++probe.pos;
    if (probe.pos == d) break;
    last_good = probe.pos;
    Cursor sep = probe;
    sep.skip_spaces(1);
    if (sep.eat("-") || sep.eat(",") || sep.eat_word_ci("en")) {
      sep.skip_spaces(1);
      if (sep.pos < sep.t.size() && is_digit(sep.t[sep.pos])) {
        probe = sep;
        continue;
      }
    }
    break;
  }
  if (last_good == b) return false;
  if (!pins.empty()) pins += "; ";
  pins += squeeze(probe.t.substr(b, last_good - b));
  probe.pos = last_good;
  c = probe;
  return true;
}

bool eat_nr(Cursor& c, bool& plural) {
  Cursor probe = c;
  // (each word opens with n)
  if (probe.pos >= probe.t.size() || ascii_lower(probe.t[probe.pos]) != 'n') return false;
  if (probe.eat_word_ci("nrs")) {
    plural = true;
  } else if (probe.eat_word_ci("nr")) {
    plural = false;
  } else if (probe.eat_word_ci("nummers")) {
    plural = true;
  } else if (probe.eat_word_ci("nummer")) {
    plural = false;
  } else {
    return false;
  }
  probe.eat(".");
  probe.skip_spaces(2);
  c = probe;
  return true;
}

// Does a citation end at `p`: the text's end, a closing bracket, `;`, a line
// break, or a full stop that ends the sentence (`31 459, 22)`, `nr. 13.`)?
bool citation_ends_at(std::string_view t, std::size_t p) {
  return p >= t.size() || t[p] == ')' || t[p] == ';' || t[p] == '\n' ||
         (t[p] == '.' && (p + 1 >= t.size() || t[p + 1] == ' ' || t[p + 1] == '\n'));
}

// The numbers after `nr.`/`nrs.`: `690 en 708`, `4-6`, `7, p. 3 en 4, en nr. 9`.
std::vector<Number> parse_number_list(Cursor& c, bool plural, std::string& pins) {
  std::vector<Number> numbers;
  Number n;
  if (!parse_one_number(c, n)) return numbers;
  numbers.push_back(n);
  for (int guard = 0; guard < 64; ++guard) {
    Cursor probe = c;
    probe.skip_spaces(2);
    // range: `4-6`, `4 t/m 6`, `4 tot en met 6`
    if (probe.eat("-") || probe.eat("t/m") || probe.eat("tot en met")) {
      probe.skip_spaces(2);
      Number last;
      if (parse_one_number(probe, last) && is_digit(numbers.back().value[0]) && is_digit(last.value[0])) {
        long from = std::stol(digits_only(numbers.back().value));
        long to = std::stol(digits_only(last.value));
        if (to > from && to - from <= 50 && numbers.back().value.find_first_not_of("0123456789") == std::string::npos) {
          for (long k = from + 1; k < to; ++k) numbers.push_back({std::to_string(k), last.span});
          numbers.push_back(last);
          c = probe;
          continue;
        }
      }
      break;
    }
    Cursor after_sep = probe;
    bool comma = after_sep.eat(",") || after_sep.eat(";");
    after_sep.skip_spaces(2);
    bool en = after_sep.eat_word_ci("en");
    after_sep.skip_spaces(2);
    if (parse_pin(after_sep, pins)) {
      c = after_sep;
      continue;
    }
    if (!comma && !en) {
      if (parse_pin(probe, pins)) {  // `nr. 12 p. 4`
        c = probe;
        continue;
      }
      break;
    }
    bool again_plural = plural;
    if (eat_nr(after_sep, again_plural)) {
      Number next;
      if (parse_one_number(after_sep, next)) {
        numbers.push_back(next);
        c = after_sep;
        continue;
      }
      break;
    }
    if (plural && is_digit(after_sep.pos < after_sep.t.size() ? after_sep.t[after_sep.pos] : 'x')) {
      Number next;
      Cursor num = after_sep;
      if (parse_one_number(num, next)) {
        // `nrs. 690 en 708`, `nrs. 3, 4 en 7`; not `nrs. 3 en 4 2025` (a date)
        Cursor look = num;
        look.skip_spaces(1);
        if (!(look.pos < look.t.size() && is_digit(look.t[look.pos]))) {
          numbers.push_back(next);
          c = num;
          continue;
        }
      }
    }
    // `Kamerstukken II 2023-2024, 36410-XVI, nr. 12 en 13`: a singular `nr.`
    // before two numbers, read as `nrs.` only where the second one ends the
    // citation (`nr. 12 en 13 gemeenten` is nr. 12 and a count)
    if (!plural && en && !comma && after_sep.pos < after_sep.t.size() && is_digit(after_sep.t[after_sep.pos])) {
      Number next;
      Cursor num = after_sep;
      if (parse_one_number(num, next) && citation_ends_at(num.t, num.pos)) {
        numbers.push_back(next);
        c = num;
        continue;
      }
    }
    break;
  }
  return numbers;
}

// Where no `nr.` is written, one number or Eerste Kamer letter right after the
// dossier's comma, or a list of them: `31 459, 22)`, `31 145, AA;`, `31 560,
// C, pag. 19`, `36 228, C en D)`, `36 228, C, D en E.`. It must end the
// citation (a bracket, `;`, the sentence's end or a page pin; after one
// number also `en` and the next citation: `36 228, C en Kamerstukken II`),
// so `29 754, 12 345 meldingen` or `36 200, een` is none. A year-like number
// (`29 754, 2017`) is a date more often than a document.
bool parse_number_without_nr(Cursor& c, std::vector<Number>& numbers, std::string& pins) {
  auto year_like = [](const Number& n) {
    return n.value.size() == 4 && (n.value.starts_with("19") || n.value.starts_with("20"));
  };
  Cursor probe = c;
  Number n;
  if (!parse_one_number(probe, n)) return false;
  if (year_like(n)) return false;
  std::vector<Number> listed{n};
  for (int guard = 0; guard < 16; ++guard) {
    Cursor more = probe;
    if (!more.eat(",")) {
      more.skip_spaces(1);
      if (!more.eat_word_ci("en")) break;
    }
    more.skip_spaces(2);
    Number next;
    if (!parse_one_number(more, next) || year_like(next)) break;
    listed.push_back(next);
    probe = more;
  }
  const std::string_view t = probe.t;
  std::size_t p = probe.pos;
  bool ends = citation_ends_at(t, p);
  if (!ends && listed.size() == 1) {
    Cursor next_citation = probe;
    next_citation.skip_spaces(1);
    if (next_citation.eat_word_ci("en")) {
      next_citation.skip_spaces(2);
      const std::string_view rest = t.substr(next_citation.pos);
      ends = rest.starts_with("Kamerstuk") || rest.starts_with("Handelingen") || rest.starts_with("kst-");
    }
  }
  std::string pin_text;
  if (!ends && t[p] == ',') {
    Cursor pin = probe;
    ++pin.pos;
    pin.skip_spaces(2);
    if (parse_pin(pin, pin_text)) {
      probe = pin;
      ends = true;
    }
  }
  if (!ends) return false;
  numbers.insert(numbers.end(), listed.begin(), listed.end());
  if (!pin_text.empty()) pins += (pins.empty() ? "" : "; ") + pin_text;
  c = probe;
  return true;
}

// Does a dossier number `\d{2} ?\d{3}` (`29754`, `29 754`) stand at `p`? What
// follows it is not looked at: a pattern's lookahead there may see a window's edge.
bool dossier_digits_at(std::string_view t, std::size_t p) {
  if (p + 5 > t.size() || !is_digit(t[p]) || !is_digit(t[p + 1])) return false;
  std::size_t q = t[p + 2] == ' ' ? p + 3 : p + 2;
  return q + 3 <= t.size() && is_digit(t[q]) && is_digit(t[q + 1]) && is_digit(t[q + 2]);
}

// The places in `windows` where a run of digits begins: where a pattern that
// opens with `\d` and may not follow a digit can begin.
std::vector<std::size_t> digit_run_starts(std::string_view t, const std::vector<Span>& windows) {
  std::vector<std::size_t> starts;
  for (const Span& w : windows)
    for (std::size_t p = w.begin; p < w.end; ++p)
      if (is_digit(t[p]) && (p == 0 || !is_digit(t[p - 1]))) starts.push_back(p);
  return starts;
}

// The starts of `literals` inside `windows`, ascending.
std::vector<std::size_t> literal_starts(std::string_view t, const std::vector<Span>& windows,
                                        std::initializer_list<std::string_view> literals) {
  std::vector<std::size_t> starts;
  for (const Span& w : windows) {
    std::string_view inside = t.substr(w.begin, w.size());
    for (std::string_view literal : literals)
      for (std::size_t p = inside.find(literal); p != std::string_view::npos; p = inside.find(literal, p + 1))
        starts.push_back(w.begin + p);
  }
  std::sort(starts.begin(), starts.end());
  return starts;
}

// The anchors' places, ascending.
std::vector<std::size_t> anchor_starts(const AnchorIndex& anchors, std::initializer_list<std::string_view> literals) {
  std::vector<std::size_t> starts;
  for (std::string_view literal : literals) anchors.append(literal, starts);
  std::sort(starts.begin(), starts.end());
  return starts;
}

// A group's text without a copy (empty where it did not take part).
std::string_view view(const boost::csub_match& g) {
  return g.matched ? std::string_view(g.first, static_cast<std::size_t>(g.second - g.first)) : std::string_view();
}

Reference make_ref(RefKind kind, std::string id, Span match) {
  Reference r;
  r.kind = kind;
  r.id = std::move(id);
  r.match = match;
  return r;
}

// Emits one reference per number; the first spans the head, the last any page pins.
void emit_numbers(std::size_t head_begin, const std::string& dossier, const std::string& toevoeging,
                  const std::vector<Number>& numbers, const std::string& vergaderjaar,
                  const std::string& kamer, const std::string& pins, std::size_t tail_end,
                  std::vector<Reference>& out) {
  // the dossier's parts once for all its numbers (what kamerstuk_id and dossier_id each split again)
  const DossierNumber parts = split_dossier(dossier, toevoeging);
  std::string dossier_prefix = parts.number;
  if (!parts.toevoeging.empty()) dossier_prefix += "-" + parts.toevoeging;
  const std::string the_dossier_id = "dossier-" + dossier_prefix;
  for (std::size_t k = 0; k < numbers.size(); ++k) {
    Span span = k == 0 ? Span{head_begin, numbers[k].span.end} : numbers[k].span;
    if (k + 1 == numbers.size()) span.end = std::max(span.end, tail_end);  // page pins belong to it
    Reference r = make_ref(RefKind::kamerstuk, "kst-" + dossier_prefix + "-" + numbers[k].value, span);
    // room for its attributes at once (set_attr appends each new key)
    r.attrs.reserve(1 + !vergaderjaar.empty() + !kamer.empty() + !parts.rijkswet.empty() + !pins.empty());
    if (!vergaderjaar.empty()) r.set_attr("vergaderjaar", vergaderjaar);
    if (!kamer.empty()) r.set_attr("kamer", kamer);
    r.set_attr("dossier", the_dossier_id);
    if (!parts.rijkswet.empty()) r.set_attr("rijkswet", parts.rijkswet);
    if (!pins.empty()) r.set_attr("pages", pins);
    out.push_back(std::move(r));
  }
}

bool preceded_by_other_series(std::string_view t, std::size_t pos) {
  // `Stb. 2019, 12345, nr. 5`-like citations of other series; a 5-digit number
  // right after these words is not a dossier.
  std::size_t from = pos > 24 ? pos - 24 : 0;
  std::string_view before = t.substr(from, pos - from);
  static constexpr std::string_view kSeries[] = {"Stb", "Stcrt", "Staatsblad", "Staatscourant",
                                                 "Trb", "Tractatenblad", "ECLI", "Handelingen",
                                                 "postbus", "Postbus", "€", "EUR", "euro"};
  for (std::string_view s : kSeries)
    if (before.find(s) != std::string_view::npos) return true;
  return false;
}

}  // namespace

DossierNumber split_dossier(std::string_view dossier, std::string_view toevoeging) {
  DossierNumber d;
  std::size_t i = 0;
  while (i < dossier.size() && (is_digit(dossier[i]) || dossier[i] == ' ')) {
    if (is_digit(dossier[i])) d.number += dossier[i];
    ++i;
  }
  // what follows the digits: `21501-02` -> 02, `36200 VI`, `31700.VIII`, `36 455 (R2188)`
  std::string rest;
  for (; i < dossier.size(); ++i)
    if (is_alpha(dossier[i]) || is_digit(dossier[i])) rest += dossier[i];
  std::string toev = toevoeging.empty() ? rest : std::string(toevoeging);
  toev.erase(std::remove_if(toev.begin(), toev.end(), [](char c) { return !is_alpha(c) && !is_digit(c); }), toev.end());
  // a rijkswet number (`R2188`) is an attribute, never part of the id
  if (toev.size() >= 4 && (toev[0] == 'R' || toev[0] == 'r') &&
      std::all_of(toev.begin() + 1, toev.end(), [](char c) { return is_digit(c); })) {
    d.rijkswet = "R" + toev.substr(1);
    toev.clear();
  }
  d.toevoeging = upper(toev);
  return d;
}

namespace {
void extract_kamerstuk_citations(const ExtractContext& ctx, std::vector<Reference>& out);
}  // namespace

std::string dossier_id(std::string_view dossier, std::string_view toevoeging) {
  DossierNumber d = split_dossier(dossier, toevoeging);
  std::string id = "dossier-" + d.number;
  if (!d.toevoeging.empty()) id += "-" + d.toevoeging;
  return id;
}

std::string kamerstuk_id(std::string_view dossier, std::string_view toevoeging, std::string_view nr) {
  DossierNumber d = split_dossier(dossier, toevoeging);
  std::string id = "kst-" + d.number;
  if (!d.toevoeging.empty()) id += "-" + d.toevoeging;
  id += "-";
  id += nr;
  return id;
}

namespace {
// std::stoi of `s`, read directly where `s` is all digits (what the patterns
// capture; at most four here, so no overflow), through stoi otherwise.
int to_int(std::string_view s) {
  if (s.empty() || !std::all_of(s.begin(), s.end(), is_digit)) return std::stoi(std::string(s));
  int value = 0;
  for (char c : s) value = value * 10 + (c - '0');
  return value;
}
}  // namespace

std::string normalize_vergaderjaar(std::string_view first, std::string_view second) {
  if (first.size() != 4) return {};
  int a = to_int(first);
  int b;
  if (second.size() == 2) {
    b = a / 100 * 100 + to_int(second);
    if (b < a) b += 100;
  } else if (second.size() == 4) {
    b = to_int(second);
  } else {
    return {};
  }
  if (b != a + 1) return {};
  if (a >= 1000 && a <= 9998) {  // both four digits: `2023-2024` without two to_string
    std::string years(9, '-');
    for (int i = 3, x = a, y = b; i >= 0; --i, x /= 10, y /= 10) {
      years[static_cast<std::size_t>(i)] = static_cast<char>('0' + x % 10);
      years[static_cast<std::size_t>(5 + i)] = static_cast<char>('0' + y % 10);
    }
    return years;
  }
  return std::to_string(a) + "-" + std::to_string(b);
}

// A TK document or zaak number's digit and series letter: `2025D49428`, `2025Z20934`.
constexpr AnchorLiteral kTkNumberAnchors[] = {
    {"0D"}, {"1D"}, {"2D"}, {"3D"}, {"4D"}, {"5D"}, {"6D"}, {"7D"}, {"8D"}, {"9D"},
    {"0Z"}, {"1Z"}, {"2Z"}, {"3Z"}, {"4Z"}, {"5Z"}, {"6Z"}, {"7Z"}, {"8Z"}, {"9Z"},
};

// A hyphen after a digit, where an id written as such can stand: `36600-XVI-12`
// (not every hyphen: most join words or years).
constexpr AnchorLiteral kDigitHyphenAnchors[] = {
    {"0-"}, {"1-"}, {"2-"}, {"3-"}, {"4-"}, {"5-"}, {"6-"}, {"7-"}, {"8-"}, {"9-"},
};

// A bracket or `;` with a digit after it, or after one space: where a short
// citation without `nr.` opens, `(31 459, 22)`, `; 31 560, C` (not every `;`
// and `(` of the prose).
constexpr AnchorLiteral kOpenedAnchors[] = {
    {"(0"}, {"(1"}, {"(2"}, {"(3"}, {"(4"}, {"(5"}, {"(6"}, {"(7"}, {"(8"}, {"(9"},
    {"( 0"}, {"( 1"}, {"( 2"}, {"( 3"}, {"( 4"}, {"( 5"}, {"( 6"}, {"( 7"}, {"( 8"}, {"( 9"},
    {";0"}, {";1"}, {";2"}, {";3"}, {";4"}, {";5"}, {";6"}, {";7"}, {";8"}, {";9"},
    {"; 0"}, {"; 1"}, {"; 2"}, {"; 3"}, {"; 4"}, {"; 5"}, {"; 6"}, {"; 7"}, {"; 8"}, {"; 9"},
};

namespace {

// The ids of a table's literals in the extraction's anchor database, resolved
// once (the tables above are read in every document: a lookup by text hashes).
template <std::size_t N>
const std::array<int, N>& extraction_ids(const AnchorLiteral (&table)[N]) {
  static const std::array<int, N> ids = [&] {
    std::array<int, N> all{};
    for (std::size_t i = 0; i < N; ++i) all[i] = extraction_anchor_database().id_of(table[i].text, table[i].caseless);
    return all;
  }();
  return ids;
}

// Appends the places of every literal of `table` to `out`.
template <std::size_t N>
void append_places(const AnchorIndex& anchors, const AnchorLiteral (&table)[N], std::vector<std::size_t>& out) {
  if (&anchors.database() == &extraction_anchor_database()) {
    for (int id : extraction_ids(table)) {
      std::span<const std::size_t> places = anchors.occurrences_of(id);
      out.insert(out.end(), places.begin(), places.end());
    }
  } else {
    for (const AnchorLiteral& literal : table) anchors.append(literal.text, out);
  }
}

}  // namespace

std::span<const AnchorLiteral> kamerstuk_anchors() {
  static const std::vector<AnchorLiteral> kAnchors = [] {
    std::vector<AnchorLiteral> all = {
      {"Kamer, vergaderjaar"}, {"Kamer,  vergaderjaar"},  // running headers
      {"Aanhangsel"}, {"Handelingen"},
      {"kst-"}, {"t.v.v"}, {"vervanging"}, {"amerstuk"}, {"AMERSTUK"},  // ids written as such
      {" Kamer"}, {"Zitting"}, {"letter"},
      {"nr"}, {"Nr"}, {"NR"}, {"nummer"},
    };
    all.insert(all.end(), std::begin(kDigitHyphenAnchors), std::end(kDigitHyphenAnchors));
    all.insert(all.end(), std::begin(kOpenedAnchors), std::end(kOpenedAnchors));
    all.insert(all.end(), std::begin(kTkNumberAnchors), std::end(kTkNumberAnchors));
    return all;
  }();
  return kAnchors;
}

RunningHeaders find_running_headers(const AnchorIndex& anchors) {
  const std::string_view text = anchors.text();
  // `Tweede Kamer, vergaderjaar 2017–2018, 29 754, nr. 436 2` (page footer of
  // a printed Kamerstuk; the last number is the page)
  static const boost::regex header(
      R"(^[ ]*(Tweede|Eerste) Kamer,[ ]*vergaderjaar[ ]*((?:19|20)\d{2})[ ]*-[ ]*((?:19|20)\d{2}),[ ]*(\d{2} ?\d{3})((?:[ -](?:[IVXLC]{1,6}|[A-Z]|\d{1,3}))?),[ ]*nr\.[ ]*(\d{1,5}[a-z]?|[A-Z]{1,2})(?:[ ]+\d{1,4})?[ ]*$)");
  RunningHeaders result;
  for_each_match_near(anchors, {"Kamer, vergaderjaar", "Kamer,  vergaderjaar"}, 24, 120, header, [&](const boost::cmatch& m) {
    result.spans.push_back(match_span(m, text));
    if (result.id.empty()) {
      std::string toev = m[5].str();
      while (!toev.empty() && (toev.front() == ' ' || toev.front() == '-')) toev.erase(0, 1);
      result.id = kamerstuk_id(m[4].str(), toev, m[6].str());
      result.dossier = dossier_id(m[4].str(), toev);
      result.vergaderjaar = normalize_vergaderjaar(view(m[2]), view(m[3]));
    }
  });
  return result;
}

// The head of a citation, read by hand: it is the start of most Kamerstuk
// references, and a regex costs thousands of instructions a try. What it
// reads is what this pattern (Boost.Regex syntax, `\w` and `\s` of the C
// locale) matches at `begin`, with the search ending at `end`:
//   (?<![\w-])(Kamerstuk(?:ken)?|kamerstuk(?:ken)?|KAMERSTUK(?:KEN)?|[Kk]amerstukdossier)
//   (?:\s*,?\s*(I{1,2}|EK|TK|[12](?![\d/])|Eerste\s+Kamer|Tweede\s+Kamer)(?![\w]))?
//   \s*,?\s*(?:(?:[Vv]ergaderjaar\s+)?((?:19|20)\d{2})\s*[/-]\s*((?:19|20)?\d{2})(?!\d)\s*,?\s*)?
//   (\d{2} ?\d{3})(?![\d/])
// (tests/extract/kamerstuk_test.cc compares the two on generated text).
// The pattern's choices are all forced, so no step needs to go back:
//  - the white space and comma runs are followed by a letter or digit, so
//    each is read whole;
//  - after `Kamerstuk` comes `ken` or `dossier` or what the rest needs: a
//    `Kamerstuk` that leaves `ken...` or `dossier...` unread never goes on;
//  - once a chamber is read, the rest cannot begin at the chamber's place
//    instead (it begins with `V`, `v` or two digits; a chamber with `I`,
//    `E`, `T`, or one digit that no digit follows);
//  - a vergaderjaar read in full cannot be a dossier number (its fifth
//    character is no digit and its third no space), and its second year is
//    either four digits or two, never both (the next character decides);
//  - the dossier has its space where the third character is one.
// Examples: `Kamerstukken II 2023/24, 29754`, `Kamerstuk 29 754`,
// `Kamerstukken II, 2024/25, 32 824`, `Kamerstukken 2025/2026, 29754`,
// `Kamerstukken I 2023/24, 36 100`, `kamerstukdossier 36 531`,
// `Kamerstukken 2 2008/09, 31 700`, `Tweede Kamer`-less `KAMERSTUKKEN 29754`.
bool read_kamerstuk_head(std::string_view text, std::size_t begin, std::size_t end, KamerstukHead& head) {
  end = std::min(end, text.size());
  if (begin >= end) return false;
  const std::string_view t = text.substr(0, end);  // nothing after `end` is read
  auto digit_at = [&](std::size_t p) { return p < t.size() && is_digit(t[p]); };
  auto has = [&](std::size_t at, std::string_view s) { return at + s.size() <= t.size() && t.compare(at, s.size(), s) == 0; };
  // `\s*,?\s*`
  auto skip_separators = [&](std::size_t p) {
    while (p < t.size() && is_regex_space(t[p])) ++p;
    if (p < t.size() && t[p] == ',') ++p;
    while (p < t.size() && is_regex_space(t[p])) ++p;
    return p;
  };
  if (begin > 0 && (is_regex_word_byte(text[begin - 1]) || text[begin - 1] == '-')) return false;  // (?<![\w-])
  // the word
  std::size_t p = begin;
  if ((has(p, "Kamerstukdossier") || has(p, "kamerstukdossier"))) {
    p += 16;
  } else if (has(p, "Kamerstuk") || has(p, "kamerstuk")) {
    p += 9;
    if (has(p, "ken")) p += 3;
  } else if (has(p, "KAMERSTUK")) {
    p += 9;
    if (has(p, "KEN")) p += 3;
  } else {
    return false;
  }
  head = KamerstukHead{};
  head.word = {begin, p};
  // the chamber, when one is written
  {
    std::size_t c = skip_separators(p), chamber_end = 0;
    if (has(c, "II"))
      chamber_end = c + 2;
    else if (has(c, "I") || has(c, "EK") || has(c, "TK"))
      chamber_end = c + (t[c] == 'I' ? 1 : 2);
    else if ((has(c, "1") || has(c, "2")) && !(c + 1 < t.size() && (is_digit(t[c + 1]) || t[c + 1] == '/')))
      chamber_end = c + 1;
    else if (has(c, "Eerste") || has(c, "Tweede")) {
      std::size_t k = c + 6;
      const std::size_t spaces = k;
      while (k < t.size() && is_regex_space(t[k])) ++k;
      if (k > spaces && has(k, "Kamer")) chamber_end = k + 5;
    }
    if (chamber_end != 0 && !(chamber_end < t.size() && is_regex_word_byte(t[chamber_end]))) {
      head.chamber = {c, chamber_end};
      p = chamber_end;
    }
  }
  // the vergaderjaar, when one is written
  p = skip_separators(p);
  {
    std::size_t y = p;
    if (has(y, "Vergaderjaar") || has(y, "vergaderjaar")) {
      std::size_t k = y + 12;
      while (k < t.size() && is_regex_space(t[k])) ++k;
      if (k > y + 12) y = k;
    }
    auto century = [&](std::size_t at) { return has(at, "19") || has(at, "20"); };
    if (century(y) && digit_at(y + 2) && digit_at(y + 3)) {
      const std::size_t first_year = y;
      std::size_t k = y + 4;
      while (k < t.size() && is_regex_space(t[k])) ++k;
      if (k < t.size() && (t[k] == '/' || t[k] == '-')) {
        ++k;
        while (k < t.size() && is_regex_space(t[k])) ++k;
        std::size_t second_end = 0;
        if (century(k) && digit_at(k + 2) && digit_at(k + 3) && !digit_at(k + 4))
          second_end = k + 4;
        else if (digit_at(k) && digit_at(k + 1) && !digit_at(k + 2))
          second_end = k + 2;
        if (second_end != 0) {
          head.first_year = {first_year, first_year + 4};
          head.second_year = {k, second_end};
          p = skip_separators(second_end);
        }
      }
    }
  }
  // the dossier number
  if (!digit_at(p) || !digit_at(p + 1)) return false;
  std::size_t d = p + 2;
  if (d < t.size() && t[d] == ' ') ++d;
  if (!digit_at(d) || !digit_at(d + 1) || !digit_at(d + 2)) return false;
  d += 3;
  if (d < t.size() && (is_digit(t[d]) || t[d] == '/')) return false;
  head.dossier = {p, d};
  head.whole = {begin, d};
  return true;
}

void extract_kamerstukken(const ExtractContext& ctx, std::vector<Reference>& out) {
  const std::size_t first_new = out.size();
  extract_kamerstuk_citations(ctx, out);
  // A document that prints its own number (a running header in a form the
  // furniture did not catch, `Kamerstuk 36443, nr. 11` in its own title) does
  // not cite itself.
  if (!ctx.info.id.empty())
    out.erase(std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(first_new), out.end(),
                             [&](const Reference& r) { return r.kind == RefKind::kamerstuk && r.id == ctx.info.id; }),
              out.end());
}

namespace {

void extract_kamerstuk_citations(const ExtractContext& ctx, std::vector<Reference>& out) {
  const std::string_view t = ctx.text();
  ClaimedSpans claimed;
  for (const Span& f : ctx.furniture) claimed.add(f);

  // Aanhangsel Handelingen II 2023/24, nr. 1234
  static const boost::regex aanhangsel(
      R"((?<![\w])Aanhangsel\s+(?:van\s+de\s+|bij\s+de\s+)?Handelingen\s*,?\s*(I{1,2}|EK|TK)?\s*,?\s*(?:vergaderjaar\s+)?((?:19|20)\d{2})\s*[/-]\s*((?:19|20)?\d{2})(?!\d)\s*,?\s*(?:nr\.?|nummer)\s*(\d{1,5})(?!\d))");
  // a match begins at the word, one of the anchor's places
  for_each_match_at_starts(t, ctx.anchors.windows({"Aanhangsel"}, 1, 220), anchor_starts(ctx.anchors, {"Aanhangsel"}),
                           aanhangsel, [&](const boost::cmatch& m) {
    Span span = match_span(m, t);
    if (claimed.overlaps(span)) return;
    std::string vj = normalize_vergaderjaar(view(m[2]), view(m[3]));
    if (vj.empty()) return;
    std::string kamer = chamber_of(m[1].str());
    std::string prefix = kamer == "I" ? "ah-ek-" : "ah-tk-";
    std::string years = vj.substr(0, 4) + vj.substr(5, 4);
    Reference r = make_ref(RefKind::aanhangsel, prefix + years + "-" + m[4].str(), span);
    r.set_attr("vergaderjaar", vj);
    r.set_attr("kamer", kamer.empty() ? "II" : kamer);
    out.push_back(std::move(r));
    claimed.add(span);
  });

  // Handelingen II 2022/23, nr. 36, item 8
  static const boost::regex handelingen(
      R"((?<![\w])Handelingen\s*,?\s*(I{1,2}|EK|TK)?\s*,?\s*(?:vergaderjaar\s+)?((?:19|20)\d{2})\s*[/-]\s*((?:19|20)?\d{2})(?!\d)\s*,?\s*(?:nr\.?|nummer)\s*(\d{1,4})(?!\d)(?:\s*,?\s*item\s*(\d{1,3})(?!\d))?)");
  for_each_match_at_starts(t, ctx.anchors.windows({"Handelingen"}, 1, 220), anchor_starts(ctx.anchors, {"Handelingen"}),
                           handelingen, [&](const boost::cmatch& m) {
    Span span = match_span(m, t);
    if (claimed.overlaps(span)) return;
    std::string vj = normalize_vergaderjaar(view(m[2]), view(m[3]));
    if (vj.empty()) return;
    std::string kamer = chamber_of(m[1].str());
    std::string id = std::string(kamer == "I" ? "h-ek-" : "h-tk-") + vj.substr(0, 4) + vj.substr(5, 4) +
                     "-" + m[4].str();
    if (m[5].matched) id += "-" + m[5].str();
    Reference r = make_ref(RefKind::handelingen, id, span);
    r.set_attr("vergaderjaar", vj);
    r.set_attr("kamer", kamer.empty() ? "II" : kamer);
    out.push_back(std::move(r));
    claimed.add(span);
  });

  // Ids written as such: `kst-29754-758`, `t.v.v. 35300-XVI-108`,
  // `(Kamerstuk\n21501-32-1740\n)`, and motion numbers as the Kamer writes
  // them in debates: `36600-XVI-12`, `21501-32-1740` (three hyphenated parts).
  static const boost::regex literal_id(
      R"((?<![\w-])(?:(?:kst-|(?:t\.v\.v\.|ter vervanging van)\s*(?:(?:motie|Kamerstuk)\s+)?|Kamerstuk\s+)(\d{2} ?\d{3})(?:-(\(R\d{3,4}\)|R\d{3,4}|[IVXLC]{1,6}|[A-Z]|\d{1,3}))?|(\d{5})-(\(R\d{3,4}\)|R\d{3,4}|[IVXLC]{1,6}|\d{1,3}))-(\d{1,5}[a-z]?)(?![\w-])(?!\s*,?\s*nrs?\.))");
  // anchors: the prefixes, and a hyphen right after a digit (`36600-XVI-12`)
  std::vector<Span> id_windows = ctx.anchors.windows({"kst-", "t.v.v", "vervanging", "amerstuk"}, 2, 60);
  // where a match can begin: `kst-`, `t.v.v.`, the `ter` of `ter vervanging
  // van`, the `K` of `Kamerstuk`, or five digits before a hyphen
  std::vector<std::size_t> id_starts = anchor_starts(ctx.anchors, {"kst-", "t.v.v"});
  for (std::size_t p : ctx.anchors.occurrences("vervanging"))
    if (p >= 4 && t.compare(p - 4, 4, "ter ") == 0) id_starts.push_back(p - 4);
  // (`Kamerstuk\s+`: not `Kamerstukken`, the common case)
  for (std::size_t p : ctx.anchors.occurrences("amerstuk"))
    if (p >= 1 && t[p - 1] == 'K' && p + 8 < t.size() && is_regex_space(t[p + 8])) id_starts.push_back(p - 1);
  std::vector<std::size_t> digit_hyphens;  // the digits' places; the hyphen is one on
  append_places(ctx.anchors, kDigitHyphenAnchors, digit_hyphens);
  for (std::size_t q : digit_hyphens) {
    if (std::size_t p = q + 1; p >= 5) {
      // (from the text's start when the hyphen is its sixth byte: `p - 6` would wrap)
      id_windows.push_back({p >= 6 ? p - 6 : 0, std::min(t.size(), p + 24)});
      if (std::all_of(t.begin() + static_cast<std::ptrdiff_t>(p - 5), t.begin() + static_cast<std::ptrdiff_t>(p), is_digit))
        id_starts.push_back(p - 5);
    }
  }
  std::sort(id_windows.begin(), id_windows.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  id_windows = merge_windows(std::move(id_windows));
  std::sort(id_starts.begin(), id_starts.end());
  for_each_match_at_starts(t, id_windows, id_starts, literal_id, [&](const boost::cmatch& m) {
    Span span = match_span(m, t);
    if (claimed.overlaps(span)) return;
    const bool prefixed = m[1].matched;
    std::string dossier = prefixed ? m[1].str() : m[3].str();
    std::string toev = prefixed ? m[2].str() : m[4].str();
    toev.erase(std::remove(toev.begin(), toev.end(), '('), toev.end());
    toev.erase(std::remove(toev.begin(), toev.end(), ')'), toev.end());
    // `Kamerstuk 21 501-20` is a dossier with its toevoeging, `Kamerstuk 29754-758` a document
    if (prefixed && t.compare(span.begin, 9, "Kamerstuk") == 0 && toev.empty() && m[5].length() < 3) return;
    Reference r = make_ref(RefKind::kamerstuk, kamerstuk_id(dossier, toev, m[5].str()), span);
    r.set_attr("dossier", dossier_id(dossier, toev));
    if (m.str(0).find("t.v.v") != std::string::npos || m.str(0).find("vervanging") != std::string::npos)
      r.set_attr("relation", "vervangt");
    out.push_back(std::move(r));
    claimed.add(span);
  });

  // The citation after a head that ends in a dossier number at `dossier_end`:
  // toevoeging, `nr.` and numbers, or a number alone; else the dossier itself.
  auto cite_after_head = [&](std::size_t begin, std::size_t dossier_end, const std::string& dossier,
                             const std::string& vj, const std::string& kamer, bool letterhead) {
    Cursor c{t, dossier_end};
    std::string toev = parse_toevoeging(c);
    std::size_t toev_end = c.pos;
    Cursor tail = c;
    tail.skip_spaces(3);
    tail.eat(",");
    tail.skip_spaces(3);
    bool plural = false;
    std::string pins;
    std::vector<Number> numbers;
    if (eat_nr(tail, plural)) {
      numbers = parse_number_list(tail, plural, pins);
    } else if (t.substr(toev_end, tail.pos - toev_end).find(',') != std::string_view::npos) {
      parse_number_without_nr(tail, numbers, pins);
    }
    Span whole{begin, numbers.empty() ? toev_end : tail.pos};
    if (claimed.overlaps(whole)) return;
    if (numbers.empty()) {
      // `Kamerstukken` alone on its line over the dossier number is the
      // document's own letterhead (kamerstukkop), not a citation
      if (letterhead) return;
      Reference r = make_ref(RefKind::dossier, dossier_id(dossier, toev), {begin, toev_end});
      if (!vj.empty()) r.set_attr("vergaderjaar", vj);
      if (std::string rijkswet = split_dossier(dossier, toev).rijkswet; !rijkswet.empty())
        r.set_attr("rijkswet", rijkswet);
      out.push_back(std::move(r));
    } else {
      emit_numbers(begin, dossier, toev, numbers, vj, kamer, pins, tail.pos, out);
    }
    claimed.add(whole);
  };

  // Kamerstukken II 2023/24, 29754, nr. 690 ; Kamerstuk 29 754, nr. 434 ;
  // Kamerstukken II, 2024/25, 32 824 nr. 456 ; Kamerstukken 2025/2026, 29754, nr. 758 ;
  // Kamerstukken II 2022/23, 36 200 VI, nr. 12 ; Kamerstuk 21 501-20, nr. 2070 ;
  // Kamerstukken I 2023/24, 36 100 (R2190), nr. 3 ; kamerstukdossier 36 531 (no nr: a dossier) ;
  // Kamerstukken 2 2008/09, 31 700 VIII, nr. 32 (the chamber as a digit) ;
  // Kamerstukken II 2008/09, 31 459, 22 and Kamerstukken I 2009/10, 31 145, AA (no nr.)
  // The head up to the dossier number is read_kamerstuk_head's; it begins at
  // the `K` or `k` before an anchor, and is looked for in the windows around
  // them as a regex search there would (a head found ends the search before
  // the next start)
  std::vector<std::size_t> head_starts;
  for (std::size_t p : ctx.anchors.occurrences("amerstuk"))
    if (p >= 1 && (t[p - 1] == 'K' || t[p - 1] == 'k')) head_starts.push_back(p - 1);
  for (std::size_t p : ctx.anchors.occurrences("AMERSTUK"))
    if (p >= 1 && t[p - 1] == 'K') head_starts.push_back(p - 1);
  std::sort(head_starts.begin(), head_starts.end());
  {
    auto start = head_starts.begin();
    KamerstukHead head;
    for (const Span& w : ctx.anchors.windows({"amerstuk", "AMERSTUK"}, 2, 160)) {
      while (start != head_starts.end() && *start < w.begin) ++start;
      std::size_t free_from = w.begin;
      for (; start != head_starts.end() && *start < w.end; ++start) {
        if (*start < free_from || (start != head_starts.begin() && *(start - 1) == *start)) continue;
        if (!read_kamerstuk_head(t, *start, w.end, head)) continue;
        free_from = head.whole.end;
        const std::size_t begin = head.whole.begin;
        std::string vj = head.first_year.size() == 0
                             ? ""
                             : normalize_vergaderjaar(t.substr(head.first_year.begin, head.first_year.size()),
                                                      t.substr(head.second_year.begin, head.second_year.size()));
        bool letterhead = (begin == 0 || t[begin - 1] == '\n') && head.word.end < t.size() && t[head.word.end] == '\n';
        cite_after_head(begin, head.whole.end, std::string(t.substr(head.dossier.begin, head.dossier.size())), vj,
                        chamber_of(t.substr(head.chamber.begin, head.chamber.size())), letterhead);
      }
    }
  }

  // The chamber and session without the word Kamerstuk:
  // `Tweede Kamer 2008-2009, 31 459, nr. 22`, `(Tweede Kamer, vergaderjaar 2008–2009, 31 700 VIII, nr. 32)`.
  // (The same words as a page's running footer are furniture, claimed above.)
  static const boost::regex chamber_head(
      R"((?<![\w-])(Tweede|Eerste)\s+Kamer\s*,?\s*(?:[Vv]ergaderjaar\s+)?((?:19|20)\d{2})\s*[/-]\s*((?:19|20)?\d{2})(?!\d)\s*,?\s*(\d{2} ?\d{3})(?![\d/]))");
  // a match begins at `Tweede` or `Eerste`, found in the windows (written
  // text seldom has them: most ` Kamer` is `uw Kamer`)
  std::vector<Span> chamber_windows = ctx.anchors.windows({" Kamer"}, 8, 80);
  for_each_match_at_starts(t, chamber_windows, literal_starts(t, chamber_windows, {"Tweede", "Eerste"}), chamber_head,
                           [&](const boost::cmatch& m) {
    std::string vj = normalize_vergaderjaar(view(m[2]), view(m[3]));
    if (vj.empty()) return;
    cite_after_head(match_span(m, t).begin, match_span(m, t).end, m[4].str(), vj, chamber_of(m[1].str()), false);
  });

  // The old session form: `Zitting 1958-1959-5380, Nr. 3` (dossier 5380, stuk 3).
  static const boost::regex zitting(
      R"((?<![\w])Zitting\s+((?:18|19|20)\d{2})\s*[/-]\s*((?:18|19|20)\d{2})\s*-\s*(\d{3,5})\s*,?\s*(?:[Nn]r|NR)\.?\s*(\d{1,4}[a-z]?)(?![\w]))");
  for_each_match_at_starts(t, ctx.anchors.windows({"Zitting"}, 1, 60), anchor_starts(ctx.anchors, {"Zitting"}), zitting,
                           [&](const boost::cmatch& m) {
    Span span = match_span(m, t);
    if (claimed.overlaps(span)) return;
    Reference r = make_ref(RefKind::kamerstuk, kamerstuk_id(m[3].str(), "", m[4].str()), span);
    if (std::string vj = normalize_vergaderjaar(view(m[1]), view(m[2])); !vj.empty()) r.set_attr("vergaderjaar", vj);
    r.set_attr("dossier", dossier_id(m[3].str(), ""));
    out.push_back(std::move(r));
    claimed.add(span);
  });

  // An Eerste Kamer stuk by its letter: `(35300-VI, letter Y)`, `35 300 VI, letter AB`.
  static const boost::regex ek_letter(
      R"((?<![\w/.,:-])(\d{2} ?\d{3})(?:[ .-]([IVXLC]{1,6}|[A-Z]|\d{1,3}))?\s*,\s*letter\s+([A-Z]{1,2})(?![\w]))");
  std::vector<Span> letter_windows = ctx.anchors.windows({"letter"}, 30, 12);
  for_each_match_at_starts(t, letter_windows, digit_run_starts(t, letter_windows), ek_letter,
                           [&](const boost::cmatch& m) {
    Span span = match_span(m, t);
    if (claimed.overlaps(span) || preceded_by_other_series(t, span.begin)) return;
    Reference r = make_ref(RefKind::kamerstuk, kamerstuk_id(m[1].str(), m[2].str(), m[3].str()), span);
    r.set_attr("kamer", "I");
    r.set_attr("dossier", dossier_id(m[1].str(), m[2].str()));
    out.push_back(std::move(r));
    claimed.add(span);
  });

  // Short forms without the word Kamerstuk, as verslagen and Handelingen
  // write them: `(28684, nr. 640)`, `35 165,\nnr. 4`, `36 200 VI, nr. 12`,
  // and after a `;` in a list of citations.
  static const boost::regex bare(R"((?<![\w/.,:-])(\d{2} ?\d{3})(?![\d/]))");
  std::vector<Span> nr_windows = ctx.anchors.windows({"nr", "Nr", "NR", "nummer"}, 40, 2);
  std::vector<std::size_t> bare_starts = digit_run_starts(t, nr_windows);
  std::erase_if(bare_starts, [&](std::size_t p) { return !dossier_digits_at(t, p); });
  for_each_match_at_starts(t, nr_windows, bare_starts, bare, [&](const boost::cmatch& m) {
    std::size_t begin = match_span(m, t, 1).begin;
    if (begin >= 2 && t[begin - 1] == ' ' && is_digit(t[begin - 2])) return;  // 1 234 567
    Cursor c{t, match_span(m, t, 1).end};
    std::string toev = parse_toevoeging(c);
    Cursor tail = c;
    tail.skip_spaces(3);
    tail.eat(",");
    tail.skip_spaces(3);
    bool plural = false;
    if (!eat_nr(tail, plural)) return;
    std::string pins;
    std::vector<Number> numbers = parse_number_list(tail, plural, pins);
    if (numbers.empty()) return;
    Span whole{begin, tail.pos};
    if (claimed.overlaps(whole) || preceded_by_other_series(t, begin)) return;
    emit_numbers(begin, m[1].str(), toev, numbers, "", "", pins, tail.pos, out);
    claimed.add(whole);
  });

  // Without `nr.`, in brackets or a list: `(31 459, 22)`, `(31700.VIII, 32)`,
  // `(31 145, AA; 31 560, C, pag. 19)`. Only where a bracket or `;` opens it,
  // so a number pair in running text (`12 345, 67`) is none.
  static const boost::regex opened(R"([(;][ ]?(\d{2} ?\d{3})(?![\d/]))");
  // a match begins at a bracket or `;` with a dossier number after it, or
  // after one space: the places of kOpenedAnchors where the number stands.
  // Each window holds at least the 12 bytes from its start, more than a match
  // and the byte its lookahead reads (8 + 1); the pattern reads nothing before
  // its start, nor a line end (match_continuous at each start). So what
  // matches at a start depends on no other window, and a match blocks only
  // starts inside its own 9 bytes, which share its window: windows around the
  // starts alone find what windows around every place found, and most places
  // of prose (`(2024)`, `; 3 projecten`) are no start and get no window.
  std::vector<std::size_t> opened_places;
  append_places(ctx.anchors, kOpenedAnchors, opened_places);
  std::vector<std::size_t> opened_starts;
  for (std::size_t p : opened_places) {
    std::size_t d = t[p + 1] == ' ' ? p + 2 : p + 1;
    if (dossier_digits_at(t, d)) opened_starts.push_back(p);
  }
  std::sort(opened_starts.begin(), opened_starts.end());
  for_each_match_at_starts(t, windows_around(opened_starts, t.size(), 0, 12), opened_starts, opened,
                           [&](const boost::cmatch& m) {
    std::size_t begin = match_span(m, t, 1).begin;
    if (preceded_by_other_series(t, begin)) return;
    Cursor c{t, match_span(m, t, 1).end};
    std::string toev = parse_toevoeging(c);
    Cursor tail = c;
    tail.skip_spaces(1);
    if (!tail.eat(",")) return;
    tail.skip_spaces(2);
    std::vector<Number> numbers;
    std::string pins;
    if (!parse_number_without_nr(tail, numbers, pins)) return;
    Span whole{begin, tail.pos};
    if (claimed.overlaps(whole)) return;
    emit_numbers(begin, m[1].str(), toev, numbers, "", "", pins, tail.pos, out);
    claimed.add(whole);
  });

  // `nr. 123 (36200)`, `Zij krijgt nr. 412 (36410).`, `nr. 5 (36 200 VI)`, `nr 5 (36200)`
  static const boost::regex nr_first(
      R"((?<![\w])[Nn]rs?\.?\s*(\d{1,5}[a-z]?)\s*\((\d{2} ?\d{3})(?:[ -]([IVXLC]{1,6}|[A-Z]|\d{1,3}))?\))");
  // a match begins at an anchor that has `s`, `.`, white space, one to five
  // digits, perhaps a letter, white space and a bracket after it
  std::vector<std::size_t> nr_first_starts = anchor_starts(ctx.anchors, {"nr", "Nr"});
  std::erase_if(nr_first_starts, [&](std::size_t p) {
    std::size_t q = p + 2;
    if (q < t.size() && t[q] == 's') ++q;
    if (q < t.size() && t[q] == '.') ++q;
    while (q < t.size() && is_regex_space(t[q])) ++q;
    std::size_t digits = q;
    while (q < t.size() && is_digit(t[q])) ++q;
    if (q == digits || q - digits > 5) return true;
    if (q < t.size() && t[q] >= 'a' && t[q] <= 'z') ++q;
    while (q < t.size() && is_regex_space(t[q])) ++q;
    return !(q < t.size() && t[q] == '(');
  });
  for_each_match_at_starts(t, ctx.anchors.windows({"nr", "Nr"}, 1, 60), nr_first_starts, nr_first,
                           [&](const boost::cmatch& m) {
    Span span = match_span(m, t);
    if (claimed.overlaps(span)) return;
    Reference r = make_ref(RefKind::kamerstuk, kamerstuk_id(m[2].str(), m[3].str(), m[1].str()), span);
    r.set_attr("dossier", dossier_id(m[2].str(), m[3].str()));
    out.push_back(std::move(r));
    claimed.add(span);
  });

  // TK numbers: document `2025D49428`, zaak `2025Z20934`
  static const boost::regex tk_number(R"((?<![\w])((?:19|20)\d{2})([DZ])(\d{5})(?![\w]))");
  // anchors: a digit and the series letter (`5D`, `4Z`), read from the
  // document's one pass; the letter stands at 4 or later
  std::vector<std::size_t> digit_places;
  append_places(ctx.anchors, kTkNumberAnchors, digit_places);
  std::vector<std::size_t> series_letters;
  for (std::size_t q : digit_places)
    if (q + 1 >= 4) series_letters.push_back(q + 1);
  std::sort(series_letters.begin(), series_letters.end());
  std::vector<Span> tk_windows;
  for (std::size_t p : series_letters) tk_windows.push_back({p >= 5 ? p - 5 : 0, std::min(t.size(), p + 7)});
  tk_windows = merge_windows(std::move(tk_windows));
  // a match begins four bytes before its series letter
  std::vector<std::size_t> tk_starts;
  for (std::size_t p : series_letters) tk_starts.push_back(p - 4);
  for_each_match_at_starts(t, tk_windows, tk_starts, tk_number, [&](const boost::cmatch& m) {
    Span span = match_span(m, t);
    if (claimed.overlaps(span)) return;
    RefKind kind = m[2].str() == "D" ? RefKind::tk_document : RefKind::tk_zaak;
    out.push_back(make_ref(kind, m.str(0), span));
  });
}

}  // namespace

}  // namespace kamerref
