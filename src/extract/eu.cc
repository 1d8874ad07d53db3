// EU references: gazetteer names and abbreviations, numbered acts, Commission
// documents. Every pattern below carries the real text it matches;
// tests/extract/eu_test.cc runs each of those examples and the near misses.
#include "kamerref/extract/eu.h"

#include <boost/regex.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <map>
#include <optional>
#include <unordered_map>

#include "kamerref/data/embedded.h"
#include "kamerref/extract/dictionary.h"
#include "kamerref/extract/regex_util.h"
#include "kamerref/extract/text_util.h"

namespace kamerref {
namespace {

bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_separator(char c) { return c == ' ' || c == '-' || c == '\n' || c == '\t' || c == '\r'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  std::size_t from = 0;
  for (;;) {
    std::size_t at = s.find(sep, from);
    parts.push_back(s.substr(from, at == std::string_view::npos ? std::string_view::npos : at - from));
    if (at == std::string_view::npos) break;
    from = at + 1;
  }
  return parts;
}

// Two-digit years in old act numbers: `95/46/EG` -> 1995, `45/01` -> 2001.
int full_year(std::string_view digits) {
  int y = std::stoi(std::string(digits));
  if (digits.size() == 2) y += y >= 50 ? 1900 : 2000;
  return y;
}

long to_number(std::string_view digits) { return std::stol(std::string(digits)); }

// ---------------------------------------------------------------- gazetteer

struct Matcher {
  const EuGazetteer* gazetteer = nullptr;
  std::unordered_map<std::string, std::size_t> exact_keys;   // case kept
  std::unordered_map<std::string, std::size_t> folded_keys;  // case folded
  std::unordered_map<std::string, std::size_t> by_id;
  // every form of every act; value = act index * 2 + 1 for exact forms
  PhraseDictionary forms;
};

const Matcher& matcher() {
  static const Matcher m = [] {
    Matcher built;
    built.gazetteer = &eu_gazetteer();
    const auto& acts = built.gazetteer->acts;
    for (std::size_t i = 0; i < acts.size(); ++i) {
      built.by_id.emplace(acts[i].id, i);
      for (const std::string& f : acts[i].exact_forms) {
        built.exact_keys.emplace(eu_form_key(f, true), i);
        built.forms.add(f, i * 2 + 1, true);
      }
      for (const std::string& f : acts[i].names) {
        built.folded_keys.emplace(eu_form_key(f, false), i);
        built.forms.add(f, i * 2, false);
      }
    }
    return built;
  }();
  return m;
}

const EuAct* act_by_id(const Matcher& m, const std::string& id) {
  auto it = m.by_id.find(id);
  return it == m.by_id.end() ? nullptr : &m.gazetteer->acts[it->second];
}

// ---------------------------------------------------------------- candidates

// The windows of `windows` that hold `c`: a pattern that cannot match
// without `c` (`/` of `2022/2065`) cannot match in the others.
std::vector<Span> windows_holding(std::string_view t, std::vector<Span> windows, char c) {
  std::erase_if(windows, [&](const Span& w) { return !std::memchr(t.data() + w.begin, c, w.size()); });
  return windows;
}

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The places in `windows` where `numbered` (below) can begin: its lookbehind
// `(?<![A-Za-z])` wants no ASCII letter before, and its first word (prefix or
// head, case-insensitive: in the C locale only ASCII letters have cases) opens
// with the first three letters of one of gedelegeerde, delegated, implementing,
// uitvoerings, raads, kader, verordening, richtlijn, besluit, regulation,
// directive, framework, decision (each longer than three letters, all inside
// the window with the match).
std::vector<std::size_t> numbered_act_starts(std::string_view t, const std::vector<Span>& windows) {
  static constexpr std::string_view kOpenings[] = {"ged", "del", "imp", "uit", "raa", "kad", "ver",
                                                   "ric", "bes", "reg", "dir", "fra", "dec"};
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  std::vector<std::size_t> starts;
  for (const Span& w : windows)
    for (std::size_t p = w.begin; p + 3 <= w.end; ++p) {
      const char first = lower(t[p]);
      if (first < 'b' || first > 'v' || (p > 0 && is_ascii_alpha(t[p - 1]))) continue;
      const char opening[3] = {first, lower(t[p + 1]), lower(t[p + 2])};
      for (std::string_view o : kOpenings)
        if (o == std::string_view(opening, 3)) {
          starts.push_back(p);
          break;
        }
    }
  return starts;
}

struct Candidate {
  Span span;
  std::string id;
  std::string matched_by;  // name, abbreviation, number, document, defined-abbreviation
  std::string exact_key;   // for abbreviations: the form's key (suppression)
  std::vector<std::pair<std::string, std::string>> attrs;
};


// `-verordening`, ` Regulation` after an exact form: `TOI-verordening`,
// `NIS2-richtlijn`, `TCO Regulation`. Returns the new end, or `end`.
std::size_t act_word_suffix(std::string_view t, std::size_t end) {
  std::size_t p = end;
  if (p < t.size() && (t[p] == ' ' || t[p] == '-')) ++p;
  static constexpr std::string_view kWords[] = {"verordening", "richtlijn", "regulation", "directive"};
  for (std::string_view w : kWords) {
    if (p + w.size() > t.size()) continue;
    if (fold(t.substr(p, w.size())) != w) continue;
    std::size_t after = p + w.size();
    if (after < t.size() && (is_ascii_alnum(t[after]) || static_cast<unsigned char>(t[after]) >= 0x80)) continue;
    return after;
  }
  return end;
}

void find_gazetteer_forms(const AnchorIndex& anchors, const Matcher& m, std::vector<Candidate>& out) {
  const std::string_view t = anchors.text();
  for (const PhraseDictionary::Hit& hit : anchors.phrases(m.forms)) {
    const std::size_t act = hit.value / 2;
    const bool exact = hit.value % 2 == 1;
    const std::string& id = m.gazetteer->acts[act].id;
    if (exact) {
      // `DSA`, `TOI-verordening`, `NIS2-richtlijn`, `TCO Regulation`; not `toi`, `TOILET`
      std::string key = eu_form_key(t.substr(hit.span.begin, hit.span.size()), true);
      out.push_back({{hit.span.begin, act_word_suffix(t, hit.span.end)}, id, "abbreviation", key, {}});
    } else {
      // `Digitaal dienstenverordening`, `Verordening Terroristische Online-Inhoud`
      out.push_back({hit.span, id, "name", {}, {}});
    }
  }
}

// The institution marker and the suffix of a numbered act.
constexpr const char* kMarker = R"((?:EU|EG|EEG|EGKS|Euratom|EU\s*,\s*Euratom|GBVB|CFSP|EC|EEC|JBZ|JHA))";

struct ActNumber {
  char type = 'R';
  int year = 0;
  long number = 0;
};

// `nr.` present: number/year (`(EG) nr. 45/2001`). Otherwise regulations
// numbered since 2015 read year/number (`(EU) 2022/2065`), older ones
// number/year (`(EU) 1215/2012`); directives and decisions always read
// year/number (`95/46/EG`, `2002/475/JBZ`).
std::optional<ActNumber> read_act_number(char type, bool has_nr, bool has_marker, std::string_view first,
                                         std::string_view second) {
  ActNumber n;
  n.type = type;
  if (has_nr) {
    if (second.size() != 2 && second.size() != 4) return std::nullopt;
    n.number = to_number(first);
    n.year = full_year(second);
  } else if (type == 'R') {
    int a = std::stoi(std::string(first));
    if (first.size() == 4 && a >= 2015 && a <= 2099) {
      n.year = a;
      n.number = to_number(second);
    } else if (second.size() == 2 || (second.size() == 4 && full_year(second) < 2015)) {
      n.number = to_number(first);
      n.year = full_year(second);
    } else {
      return std::nullopt;
    }
  } else {
    if (first.size() != 2 && first.size() != 4) return std::nullopt;
    n.year = full_year(first);
    n.number = to_number(second);
  }
  if (n.year < 1952 || n.year > 2099 || n.number <= 0) return std::nullopt;
  if (!has_marker && n.year < 1990) return std::nullopt;
  return n;
}

char type_of_head(std::string head) {
  head = fold(head);
  if (head.find("kaderbesluit") != std::string::npos || head.find("framework") != std::string::npos) return 'F';
  if (head.find("verordening") != std::string::npos || head.find("regulation") != std::string::npos) return 'R';
  if (head.find("richtlijn") != std::string::npos || head.find("directive") != std::string::npos) return 'L';
  return 'D';
}

std::string_view act_type_name(char type) {
  switch (type) {
    case 'R': return "regulation";
    case 'L': return "directive";
    case 'F': return "framework-decision";
    default: return "decision";
  }
}

void add_numbered(Span span, const ActNumber& n, std::vector<Candidate>& out) {
  Candidate c{span, celex_id(n.type, n.year, n.number), "number", {}, {}};
  c.attrs.emplace_back("act_type", std::string(act_type_name(n.type)));
  out.push_back(std::move(c));
}

void find_numbered_acts(const AnchorIndex& anchors, std::vector<Candidate>& out) {
  const std::string_view t = anchors.text();
  // `Verordening (EU) 2022/2065`, `Regulation (EU) 2021/784`, `Richtlijn (EU) 2016/681`,
  // `Richtlijn 2010/13/EU`, `Richtlijn 95/46/EG`, `Directive 2010/13/EU`,
  // `Verordening (EG) nr. 45/2001`, `Verordening (EU) nr. 1215/2012`,
  // `Kaderbesluit 2002/475/JBZ`, `Besluit 2008/615/JBZ`, `Uitvoeringsverordening (EU) 2019/947`,
  // `Gedelegeerde Verordening (EU) 2019/945`, `Council Framework Decision 2002/475/JHA`,
  // `Verordeningen (EU) 2024/1347 en (EU) 2024/1351`
  // Groups: 1 head, 2 marker, 3 `nr.`, 4 first number, 5 second number, 6 suffix.
  static const boost::regex numbered(
      std::string(R"((?<![A-Za-z])()") +
          R"((?:(?:gedelegeerde?|delegated|implementing)\s+|uitvoerings|raads|kader)?)" +
          R"((?:verordening(?:en)?|richtlijn(?:en)?|besluit(?:en)?|regulations?|directives?|framework\s+decisions?|decisions?))" +
          R"()\s*(?:\(\s*()" + kMarker + R"()\s*\)\s*)?((?:nr\.?|no\.?|nummer|n°)\s*)?)" +
          R"((\d{1,5})\s*/\s*(\d{1,5})(?:\s*/\s*()" + kMarker + R"())?(?![\d/]|\.\d))",
      boost::regex::perl | boost::regex::icase);
  // `, (EU) 2024/1351`, ` en 2013/32/EU`, ` and (EU) No 604/2013`
  // Groups: 1 the item, 2 marker, 3 `nr.`, 4 first number, 5 second number, 6 suffix.
  static const boost::regex continuation(
      std::string(R"(\s*(?:,\s*(?:en\s+|and\s+)?|(?:en|and|of|or)\s+)((?:\(\s*()") + kMarker +
          R"()\s*\)\s*)?((?:nr\.?|no\.?|nummer)\s*)?(\d{1,5})\s*/\s*(\d{1,5})(?:\s*/\s*()" + kMarker +
          R"())?)(?![\d/]|\.\d))",
      boost::regex::perl | boost::regex::icase);
  // every match holds the `/` of its number and lies inside one window
  if (!anchors.any_occurs({"erordening", "ERORDENING", "ichtlijn", "ICHTLIJN", "esluit", "ESLUIT", "egulation",
                            "EGULATION", "irective", "IRECTIVE", "ecision", "ECISION"}))
    return;
  const std::vector<Span> windows = windows_holding(
      t,
      anchors.windows({"erordening", "ERORDENING", "ichtlijn", "ICHTLIJN", "esluit", "ESLUIT", "egulation",
                       "EGULATION", "irective", "IRECTIVE", "ecision", "ECISION"},
                      32, 160),
      '/');
  for_each_match_at_starts(t, windows, numbered_act_starts(t, windows), numbered, [&](const boost::cmatch& m) {
    const std::string head = fold(m[1].str());
    const char type = type_of_head(head);
    const bool has_marker = m[2].matched || m[6].matched;
    // `Besluit`, `Kaderbesluit` and friends are EU acts only with a marker
    // (`Besluit 2019/12` may be anything); regulations and directives numbered
    // `2016/681` without one still are.
    if (!has_marker && (type == 'D' || type == 'F' || m[4].length() != 4)) return;
    auto n = read_act_number(type, m[3].matched, has_marker, m[4].str(), m[5].str());
    if (!n) return;
    add_numbered(match_span(m, t), *n, out);
    const bool plural = head.ends_with("en") || head.ends_with("s");
    const char* from = m[0].second;
    for (int guard = 0; guard < 16; ++guard) {
      boost::cmatch next;
      if (!boost::regex_search(from, t.data() + t.size(), next, continuation, boost::match_continuous)) break;
      const bool next_marker = next[2].matched || next[6].matched;
      if (!plural && !next_marker) break;
      auto more = read_act_number(type, next[3].matched, next_marker, next[4].str(), next[5].str());
      if (!more) break;
      add_numbered(match_span(next, t, 1), *more, out);
      from = next[0].second;
    }
  });
}

void find_commission_documents(const AnchorIndex& anchors, std::vector<Candidate>& out) {
  const std::string_view t = anchors.text();
  // `C(2025) 6826 final`, `COM(2020) 825 final`, `SWD(2020) 123 final`,
  // `JOIN(2020) 18 final`, `COM (2022) 209 def.`
  static const boost::regex bracketed(
      R"((?<![A-Za-z0-9])(COM|SWD|JOIN|SEC|C)\s?\(\s?((?:19|20)\d{2})\s?\)\s?(\d{1,5})(?![\d/])(?:\s*(?:final|definitief|def\.|def(?![a-z])))?)");
  // EUR-Lex style `COM/2020/825 final` (only with `final`: `C/2024/1234` alone
  // is an Official Journal number)
  static const boost::regex slashed(
      R"((?<![A-Za-z0-9/])(COM|SWD|JOIN|SEC|C)/((?:19|20)\d{2})/(\d{1,5})\s+final)");
  if (!anchors.any_occurs({"COM", "SWD", "JOIN", "SEC", "C(", "C (", "C/"})) return;  // no window
  const std::vector<Span> windows = anchors.windows({"COM", "SWD", "JOIN", "SEC", "C(", "C (", "C/"}, 1, 40);
  // `bracketed` cannot match without its `(`, `slashed` without its `/`
  const std::vector<Span> with_bracket = windows_holding(t, windows, '(');
  const std::vector<Span> with_slash = windows_holding(t, windows, '/');
  for (const auto& [re, in] : {std::pair{&bracketed, &with_bracket}, std::pair{&slashed, &with_slash}}) {
    for_each_match(t, *in, *re, [&](const boost::cmatch& m) {
      std::string series = m[1].str();
      long number = to_number(m[3].str());
      if (number <= 0) return;
      std::string lower = fold(series);
      Candidate c{match_span(m, t), "eu-" + lower + "-" + m[2].str() + "-" + std::to_string(number), "document",
                  {}, {}};
      c.attrs.emplace_back("document", series + "(" + m[2].str() + ") " + std::to_string(number) + " final");
      out.push_back(std::move(c));
    });
  }
}

// ------------------------------------------------------- abbreviation rules

bool abbreviation_like(std::string_view s) {
  if (s.size() < 2 || s.size() > 12) return false;
  int capitals = 0;
  for (char c : s) {
    if (!is_ascii_alnum(c)) return false;
    if (is_upper(c)) ++capitals;
  }
  return capitals >= 2 && is_upper(s.front());
}

// Initials of the words before `end`, skipping small words:
// `Total Cost of Ownership` -> `TCO`.
std::string initials_before(std::string_view t, std::size_t end, std::size_t count) {
  static constexpr std::string_view kSmall[] = {"of",  "van", "de",  "het", "der", "en",  "and", "the",
                                                "for", "voor", "on", "op",  "in",  "te",  "to",  "a",
                                                "een", "des", "den", "du",  "la",  "le",  "et"};
  auto word_byte = [](char c) { return is_ascii_alnum(c) || static_cast<unsigned char>(c) >= 0x80; };
  const std::size_t floor = end > 160 ? end - 160 : 0;
  std::string initials;
  std::size_t p = end;
  while (initials.size() < count) {
    while (p > floor && (t[p - 1] == ' ' || t[p - 1] == '-' || t[p - 1] == '\n')) --p;
    std::size_t b = p;
    while (b > floor && word_byte(t[b - 1])) --b;
    if (b == p) break;  // punctuation or the window's start: the phrase ends here
    std::string word = fold(t.substr(b, p - b));
    bool small = std::find(std::begin(kSmall), std::end(kSmall), word) != std::end(kSmall);
    if (!small) initials.insert(initials.begin(), static_cast<char>(std::toupper(static_cast<unsigned char>(word[0]))));
    p = b;
  }
  return initials;
}

// Gazetteer abbreviations this document defines as something else:
// `Total Cost of Ownership (TCO)`. Those never count in this document.
std::vector<std::string> redefined_abbreviations(const AnchorIndex& anchors, const Matcher& m,
                                                 const std::vector<Candidate>& named) {
  const std::string_view t = anchors.text();
  static const boost::regex parenthesised(R"(\(\s*([A-Z][A-Za-z0-9]{1,9})\s*\))");
  std::vector<std::string> redefined;
  // every match opens with its `(` and holds no other: the matches at the
  // `(`s are those of a search over the whole text
  const std::span<const std::size_t> brackets = anchors.occurrences("(");
  for_each_match_at(t, std::vector<std::size_t>(brackets.begin(), brackets.end()), parenthesised,
                    [&](const boost::cmatch& hit) {
    std::string abbr = hit[1].str();
    if (!m.exact_keys.count(abbr)) return;
    std::size_t open = match_span(hit, t).begin;
    std::size_t before = open;
    while (before > 0 && (t[before - 1] == ' ' || t[before - 1] == '\n')) --before;
    bool after_act = false;
    for (const Candidate& c : named) after_act = after_act || c.span.end == before;
    if (after_act) return;  // `Digital Services Act (DSA)`: the act itself
    if (!std::all_of(abbr.begin(), abbr.end(), is_upper)) return;
    if (initials_before(t, before, abbr.size()) == abbr) redefined.push_back(abbr);
  });
  return redefined;
}

// Longest first, then leftmost; overlapping shorter candidates drop out.
std::vector<Candidate> select_longest(std::vector<Candidate> all) {
  std::stable_sort(all.begin(), all.end(), [](const Candidate& a, const Candidate& b) {
    if (a.span.size() != b.span.size()) return a.span.size() > b.span.size();
    return a.span.begin < b.span.begin;
  });
  std::vector<Candidate> kept;
  ClaimedSpans taken;
  for (Candidate& c : all) {
    if (taken.overlaps(c.span)) continue;
    taken.add(c.span);
    kept.push_back(std::move(c));
  }
  std::sort(kept.begin(), kept.end(), [](const Candidate& a, const Candidate& b) { return a.span.begin < b.span.begin; });
  return kept;
}

std::size_t skip_spaces(std::string_view t, std::size_t p) {
  while (p < t.size() && (t[p] == ' ' || t[p] == '\n')) ++p;
  return p;
}

// The word right before `pos` when it names a Dutch law built on the act:
// `Uitvoeringswet` in `Uitvoeringswet verordening terroristische online-inhoud`.
std::string law_word_before(std::string_view t, std::size_t pos) {
  std::size_t end = pos;
  while (end > 0 && (t[end - 1] == ' ' || t[end - 1] == '\n')) --end;
  if (end == pos) return {};
  std::size_t begin = end;
  while (begin > 0 && (is_ascii_alnum(t[begin - 1]) || static_cast<unsigned char>(t[begin - 1]) >= 0x80)) --begin;
  std::string word = fold(t.substr(begin, end - begin));
  return word.size() >= 3 && word.ends_with("wet") ? std::string(t.substr(begin, end - begin)) : std::string();
}

struct Definition {
  std::string abbreviation;
  std::string id;
  std::size_t after = 0;  // only later text uses it
};

// `Digital Services Act (DSA)`, `Verordening (EU) 2022/2065 (digitaledienstenverordening)`:
// the parenthesised part joins the reference before it. `Digital Fairness Act
// (DFA)`, `... (hierna: DFA)`: the abbreviation is defined for the rest of the text.
std::vector<Definition> join_parentheses(std::string_view t, const Matcher& m, std::vector<Candidate>& refs) {
  static const boost::regex defined(
      R"(\s*\(\s*(?:(?:hierna(?:\s+te\s+noemen)?|hereinafter(?:\s+referred\s+to\s+as)?)\s*:?\s*)?(?:de\s+|het\s+|the\s+)?["']?([A-Z][A-Za-z0-9]{1,11})["']?\s*\))");
  std::vector<Definition> definitions;
  for (std::size_t i = 0; i < refs.size(); ++i) {
    Candidate& a = refs[i];
    // `Uitvoeringswet Algemene verordening gegevensbescherming (UAVG)`: the
    // parentheses name the Dutch law, not the act
    if (!law_word_before(t, a.span.begin).empty()) continue;
    std::size_t open = skip_spaces(t, a.span.end);
    if (open >= t.size() || t[open] != '(') continue;
    if (i + 1 < refs.size()) {
      const Candidate& b = refs[i + 1];
      std::size_t inside = skip_spaces(t, open + 1);
      std::size_t close = skip_spaces(t, b.span.end);
      if (b.span.begin == inside && close < t.size() && t[close] == ')' && b.id == a.id) {
        a.span.end = close + 1;
        refs.erase(refs.begin() + static_cast<std::ptrdiff_t>(i) + 1);
        continue;
      }
    }
    boost::cmatch hit;
    if (!boost::regex_search(t.data() + a.span.end, t.data() + t.size(), hit, defined, boost::match_continuous))
      continue;
    std::string abbr = hit[1].str();
    // `(EU)`, `(NL)`: words of their own, never an act's abbreviation
    static constexpr std::string_view kNotAbbreviations[] = {"EU", "EG",  "EC",   "EEG",  "EEC", "NL", "VS",
                                                             "VN", "UN",  "JBZ",  "JHA",  "CFSP", "GBVB", "PB",
                                                             "OJ", "COM", "SWD",  "JOIN", "II",  "III"};
    if (!abbreviation_like(abbr) ||
        std::find(std::begin(kNotAbbreviations), std::end(kNotAbbreviations), abbr) != std::end(kNotAbbreviations))
      continue;
    auto known = m.exact_keys.find(abbr);
    if (known != m.exact_keys.end() && m.gazetteer->acts[known->second].id != a.id) continue;
    a.span.end = static_cast<std::size_t>(hit[0].second - t.data());
    if (known == m.exact_keys.end()) definitions.push_back({abbr, a.id, a.span.end});
  }
  return definitions;
}

void find_defined_abbreviations(std::string_view t, const std::vector<Definition>& definitions,
                                std::vector<Candidate>& refs) {
  // one search per abbreviation, from its first definition on
  std::map<std::string, const Definition*> first;
  for (const Definition& d : definitions) {
    auto [it, fresh] = first.emplace(d.abbreviation, &d);
    if (!fresh && d.after < it->second->after) it->second = &d;
  }
  ClaimedSpans taken;
  for (const Candidate& c : refs) taken.add(c.span);
  std::vector<Candidate> found;
  for (const auto& [abbreviation, d] : first) {
    // `de DFA`, `DFA-voorstel`
    for (std::size_t p = t.find(abbreviation, d->after); p != std::string_view::npos;
         p = t.find(abbreviation, p + 1)) {
      std::size_t end = p + abbreviation.size();
      if (p > 0 && (is_ascii_alnum(t[p - 1]) || static_cast<unsigned char>(t[p - 1]) >= 0x80)) continue;
      if (end < t.size() && (is_ascii_alnum(t[end]) || static_cast<unsigned char>(t[end]) >= 0x80)) continue;
      Span span{p, act_word_suffix(t, end)};
      if (taken.overlaps(span)) continue;
      found.push_back({span, d->id, "defined-abbreviation", {}, {}});
    }
  }
  for (Candidate& c : found) refs.push_back(std::move(c));
  std::sort(refs.begin(), refs.end(), [](const Candidate& a, const Candidate& b) { return a.span.begin < b.span.begin; });
}

// `artikel 28 van de DSA`, `artikel 28, lid 4, van Verordening (EU) 2022/2065`,
// `Article 28(4) of Regulation (EU) 2022/2065`, `art. 6 AVG`,
// `artikel 5, eerste lid, onder a, van de AVG`
void add_article(std::string_view t, Span span, Reference& r) {
  static const boost::regex article(
      R"((?:artikel(?:en)?|art\.|articles?)\s+(\d{1,3}[a-z]?)(?:\s*\((\d{1,2})\))?(?:\s*,?\s*(?:lid|leden|paragraaf|paragraph)\s+(\d{1,2}))?)"
      R"((?:\s*,?\s*(eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende)\s+lid)?(?:\s*,?\s*(?:onder|sub|onderdeel|punt|point)\s+\(?[a-z0-9]{1,4}\)?)?\s*,?\s*(?:(?:van|uit|of|in)\s+(?:de\s+|het\s+|the\s+)?)?\z)",
      boost::regex::perl | boost::regex::icase);
  std::size_t from = span.begin > 90 ? span.begin - 90 : 0;
  // every form of the pattern holds `art` (`artikel`, `art.`, `Article`) in some case
  bool has_art = false;
  for (std::size_t p = from; p + 3 <= span.begin && !has_art; ++p)
    has_art = (t[p] | 0x20) == 'a' && (t[p + 1] | 0x20) == 'r' && (t[p + 2] | 0x20) == 't';
  if (!has_art) return;
  boost::cmatch hit;
  if (!boost::regex_search(t.data() + from, t.data() + span.begin, hit, article)) return;
  r.set_attr("article", hit[1].str());
  if (hit[2].matched) r.set_attr("lid", hit[2].str());
  if (hit[3].matched) r.set_attr("lid", hit[3].str());
  if (hit[4].matched) {
    static constexpr std::string_view kOrdinals[] = {"eerste", "tweede", "derde",   "vierde",  "vijfde",
                                                     "zesde",  "zevende", "achtste", "negende", "tiende"};
    std::string word = fold(hit[4].str());
    for (std::size_t k = 0; k < std::size(kOrdinals); ++k)
      if (word == kOrdinals[k]) r.set_attr("lid", std::to_string(k + 1));
  }
}

}  // namespace

// ------------------------------------------------------------- public API

std::string eu_form_key(std::string_view form, bool keep_case) {
  std::string key;
  for (char c : form)
    if (!is_separator(c)) key += c;
  return keep_case ? key : fold(key);
}

bool is_valid_eu_id(std::string_view id) {
  static const boost::regex celex(R"(celex-3(?:19|20)\d{2}[RLDF]\d{4})");
  static const boost::regex slug(R"(eu-[a-z0-9]+(?:-[a-z0-9]+)*)");
  return boost::regex_match(id.begin(), id.end(), celex) || boost::regex_match(id.begin(), id.end(), slug);
}

std::string celex_id(char type, int year, long number) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "celex-3%04d%c%04ld", year, type, number);
  return buf;
}

EuGazetteer parse_eu_gazetteer(std::string_view tsv) {
  EuGazetteer g;
  std::map<std::string, std::string> owner;  // folded form key -> id
  int line_no = 0;
  for (std::string_view line : split(tsv, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (trim(line).empty() || trim(line).front() == '#') continue;
    auto error = [&](const std::string& what) { g.errors.push_back("line " + std::to_string(line_no) + ": " + what); };
    std::vector<std::string_view> fields = split(line, '\t');
    if (fields.size() != 4) {
      error("expected 4 tab-separated fields, found " + std::to_string(fields.size()));
      continue;
    }
    EuAct act;
    act.line = line_no;
    act.id = std::string(trim(fields[0]));
    act.name = std::string(trim(fields[1]));
    if (!is_valid_eu_id(act.id)) error("malformed id `" + act.id + "`");
    if (act.name.empty()) error("empty name");
    bool ok = true;
    auto read_forms = [&](std::string_view column, std::vector<std::string>& forms) {
      column = trim(column);
      if (column == "-" || column.empty()) return;
      for (std::string_view f : split(column, '|')) {
        f = trim(f);
        if (eu_form_key(f, true).empty()) {
          error("empty form");
          ok = false;
          continue;
        }
        forms.emplace_back(f);
        std::string key = eu_form_key(f, false);
        auto [at, fresh] = owner.emplace(key, act.id);
        if (!fresh && at->second != act.id) {
          error("form `" + std::string(f) + "` already belongs to " + at->second);
          ok = false;
        }
      }
    };
    read_forms(fields[2], act.exact_forms);
    read_forms(fields[3], act.names);
    if (act.exact_forms.empty() && act.names.empty()) {
      error("no forms");
      ok = false;
    }
    if (ok && is_valid_eu_id(act.id) && !act.name.empty()) g.acts.push_back(std::move(act));
  }
  return g;
}

const EuGazetteer& eu_gazetteer() {
  static const EuGazetteer g = parse_eu_gazetteer(data::eu_acts());
  return g;
}

std::span<const DictionaryAnchor> eu_dictionaries() {
  // every form of every act in the gazetteer (data/eu_acts.tsv)
  static const DictionaryAnchor kDictionaries[] = {{&matcher().forms, PhraseDictionary::WordEnd::required}};
  return kDictionaries;
}

std::span<const AnchorLiteral> eu_anchors() {
  // the literals the numbered-act and Commission-document patterns stand next to
  static constexpr AnchorLiteral kAnchors[] = {
      {"erordening"}, {"ERORDENING"}, {"ichtlijn"}, {"ICHTLIJN"}, {"esluit"}, {"ESLUIT"}, {"egulation"},
      {"EGULATION"}, {"irective"}, {"IRECTIVE"}, {"ecision"}, {"ECISION"},
      {"COM"}, {"SWD"}, {"JOIN"}, {"SEC"}, {"C("}, {"C ("}, {"C/"},
      // where a document may define an abbreviation: `Total Cost of Ownership (TCO)`
      {"("},
  };
  return kAnchors;
}

void extract_eu_acts(const ExtractContext& ctx, std::vector<Reference>& out) {
  const std::string_view t = ctx.text();
  const Matcher& m = matcher();

  std::vector<Candidate> all;
  find_gazetteer_forms(ctx.anchors, m, all);
  find_numbered_acts(ctx.anchors, all);
  find_commission_documents(ctx.anchors, all);
  std::erase_if(all, [&](const Candidate& c) { return ctx.in_furniture(c.span); });

  std::vector<Candidate> named;
  for (const Candidate& c : all)
    if (c.matched_by != "abbreviation") named.push_back(c);
  for (const std::string& abbr : redefined_abbreviations(ctx.anchors, m, named))
    std::erase_if(all, [&](const Candidate& c) { return c.exact_key == abbr; });

  std::vector<Candidate> refs = select_longest(std::move(all));
  std::vector<Definition> definitions = join_parentheses(t, m, refs);
  find_defined_abbreviations(t, definitions, refs);
  std::erase_if(refs, [&](const Candidate& c) { return ctx.in_furniture(c.span); });

  for (Candidate& c : refs) {
    Reference r;
    r.kind = RefKind::eu;
    r.id = c.id;
    r.match = c.span;
    if (c.id.starts_with("celex-")) r.set_attr("celex", c.id.substr(6));
    if (const EuAct* act = act_by_id(m, c.id)) r.set_attr("name", act->name);
    r.set_attr("matched_by", c.matched_by);
    for (auto& [k, v] : c.attrs) r.set_attr(k, v);
    add_article(t, c.span, r);
    // The act named inside the name of the Dutch law that carries it out is
    // still cited; the attr tells the two apart.
    if (std::string law = law_word_before(t, c.span.begin); !law.empty()) r.set_attr("in_law_name", law);
    out.push_back(std::move(r));
  }
}

}  // namespace kamerref
