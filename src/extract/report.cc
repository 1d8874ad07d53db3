// Reports: recurring series from data/report-series.tsv, quoted titles after
// a word that names a document, BNC fiches, and reports described by a named
// subject. Every pattern carries the real text it matches;
// tests/extract/report_test.cc runs each of those examples and near misses.
#include "kamerref/extract/report.h"

#include <boost/regex.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "kamerref/data/embedded.h"
#include "kamerref/extract/dates.h"
#include "kamerref/extract/dictionary.h"
#include "kamerref/extract/regex_util.h"
#include "kamerref/extract/text_util.h"
#include "kamerref/extract/tsv.h"

namespace kamerref {
namespace {

// Letters as the normalised text holds them: ASCII and any UTF-8 byte
// (`ë`, `é` are two bytes >= 0x80).
bool is_letter(char c) {
  auto u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
}
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_blank(char c) { return c == ' ' || c == '\n' || c == '\t'; }
// What `\s` matches in the patterns (the C locale's white space).
bool is_regex_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

std::string escape_regex_char(char c) {
  static constexpr std::string_view kMeta = R"(\^$.|?*+()[]{}/)";
  if (kMeta.find(c) != std::string_view::npos) return std::string("\\") + c;
  return std::string(1, c);
}

// Regex group for an edition written inside a name: `jaarverslag 2023 van de AIVD`.
constexpr std::string_view kEditionSlot = R"(((?:19|20)\d\d(?:\s*[-/]\s*(?:(?:19|20)\d\d|\d\d))?))";

// The body of a written form as a regex: spaces match any white space run, a
// hyphen between letters also matches a space or nothing, `{ed}` is the
// edition slot.
std::string form_body(std::string_view form) {
  std::string out;
  for (std::size_t i = 0; i < form.size(); ++i) {
    char c = form[i];
    if (form.compare(i, 4, "{ed}") == 0) {
      out += kEditionSlot;
      i += 3;
    } else if (c == ' ') {
      out += R"(\s+)";
    } else if (c == '-' && i > 0 && i + 1 < form.size() && is_letter(form[i - 1]) && is_letter(form[i + 1])) {
      out += R"((?:-\s*|\s+)?)";
    } else {
      out += escape_regex_char(c);
    }
  }
  return out;
}

struct CompiledSeriesForm {
  ReportSeriesForm form;
  boost::regex re;
  bool edition_slot = false;
  bool in_dictionary = false;  // else the regex scans the whole text
};

boost::regex compile_series_form(const ReportSeriesForm& f) {
  std::string pattern = R"((?<![A-Za-z0-9\x80-\xFF]))" + written_form_pattern(f.form, f.letter_case);
  if (f.letter_case == "exact") pattern += "(?:'s)?";  // `DTN's`
  pattern += R"((?![A-Za-z\x80-\xFF]))";
  return boost::regex(pattern);
}

// The gazetteer, and every form (up to an edition slot) as a loose phrase of
// a PhraseDictionary: the phrase matches wherever the form's regex can start
// (the dictionary ignores case, diacritics, spaces and hyphens, the regex is
// stricter), so one pass over the text finds where to run each regex.
struct SeriesGazetteer {
  std::vector<CompiledSeriesForm> forms;
  PhraseDictionary phrases;  // value: index in `forms`
  // whether every form is in `phrases`: then a document the dictionary
  // finds nothing in holds no form
  bool all_in_dictionary = true;
};

const SeriesGazetteer& series_gazetteer() {
  static const SeriesGazetteer gazetteer = [] {
    SeriesGazetteer g;
    for (ReportSeriesForm& f : parse_report_series(data::report_series())) {
      boost::regex re = compile_series_form(f);
      bool slot = f.form.find("{ed}") != std::string::npos;
      // a form the dictionary cannot hold (a character it does not know)
      // keeps the whole-text scan
      std::size_t before = g.phrases.size();
      g.phrases.add(std::string_view(f.form).substr(0, f.form.find("{ed}")), g.forms.size());
      bool added = g.phrases.size() > before;
      g.all_in_dictionary = g.all_in_dictionary && added;
      g.forms.push_back({std::move(f), std::move(re), slot, added});
    }
    return g;
  }();
  return gazetteer;
}

// Position lookups for one document in O(log n). The context's own lookups
// scan every footnote and furniture span, which is quadratic in a long
// document with many notes and many matches.
class Lookups {
 public:
  explicit Lookups(const ExtractContext& ctx) : ctx_(ctx) {
    for (const Span& f : ctx.furniture) furniture_.add(f);
    for (std::size_t i = 0; i < ctx.footnotes.size(); ++i) {
      const Footnote& f = ctx.footnotes[i];
      bodies_.add(f.body);
      markers_.add(f.marker_span);
      if (f.marker) marked_.emplace_back(*f.marker, i);
    }
    std::sort(marked_.begin(), marked_.end());
  }
  // = ctx.in_furniture(s) for a non-empty span
  bool in_furniture(Span s) const { return furniture_.overlaps(s); }
  // = ctx.footnote_containing(pos) != nullptr
  bool in_note(std::size_t pos) const { return bodies_.overlaps({pos, pos + 1}); }
  // within the marker digits of a note (`DTN1` in PDF text)
  bool in_marker(std::size_t pos) const { return markers_.overlaps({pos, pos + 1}); }
  // = ctx.footnote_marked_after(pos): the first marker from `pos` up to just
  // after its sentence
  const Footnote* marked_after(std::size_t pos) const {
    auto it = std::lower_bound(marked_.begin(), marked_.end(), std::make_pair(pos, std::size_t{0}));
    if (it == marked_.end()) return nullptr;
    Span sentence = sentence_at(ctx_.text(), pos);
    if (it->first > sentence.end + 4) return nullptr;
    return &ctx_.footnotes[it->second];
  }

 private:
  const ExtractContext& ctx_;
  ClaimedSpans furniture_, bodies_, markers_;
  std::vector<std::pair<std::size_t, std::size_t>> marked_;  // marker position, note index
};

struct SeriesMatch {
  Span span;
  bool abbreviation = false;  // an `exact` form: `DTN`
  std::string slug;
  std::string edition;
  std::string edition_kind;
  std::string date;  // `, december 2025` after the name: YYYY-MM
};

// An edition after a series name, at `pos` (the end of the name):
//   `Dreigingsbeeld Terrorisme Nederland 46, dat op` -> 46 (edition numbers only for `number` series)
//   `Nationale Contraterrorisme-Strategie \n2016-2020)` -> 2016-2020
//   `Cybersecuritybeeld Nederland 2024` -> 2024
// Not: `DTN 20 november` (a date), `DTN 3 procent`, `CSBN 2024,5`.
std::optional<std::pair<std::string, std::size_t>> edition_after(std::string_view t, std::size_t pos,
                                                                 std::string_view kind) {
  static const boost::regex edition(
      std::string(R"((?: ?\n ?| {1,2}|-)(?:(?:editie|nr\.?|nummer)\s+)?)"
                  R"(((?:19|20)\d\d\s*[-/]\s*(?:(?:19|20)\d\d|\d\d)|\d{1,4})(?![\d])(?![.,:/]\d))"
                  R"((?!\s*(?:%|procent|miljoen|mln|euro|keer|jaar|jaren|dagen|weken|maanden|personen|)") +
          std::string(kDutchMonthPattern).substr(1, std::string(kDutchMonthPattern).size() - 2) + "))",
      boost::regex::icase);
  // `Dreigingsbeeld Terrorisme Nederland (49)3 toont`: an edition number in brackets
  static const boost::regex bracketed(R"(\s?\((\d{1,3})\))");
  boost::cmatch m;
  if (kind == "number" &&
      boost::regex_search(t.data() + pos, t.data() + t.size(), m, bracketed, boost::match_continuous))
    return std::make_pair(m.str(1), match_span(m, t).end);
  if (!boost::regex_search(t.data() + pos, t.data() + t.size(), m, edition, boost::match_continuous)) return {};
  std::string written = m.str(1);
  bool digits_only = std::all_of(written.begin(), written.end(), is_digit);
  bool is_year = digits_only && written.size() == 4 && (written.starts_with("19") || written.starts_with("20"));
  if (digits_only && !is_year && (kind != "number" || written.size() > 3)) return {};
  std::string ed = normalize_edition(written);
  if (ed.empty()) return {};
  return std::make_pair(ed, match_span(m, t, 1).end);
}

// `Het DTN42 schetst`: an edition number glued to an abbreviation, unless the
// digits are a footnote marker (`DTN.1`, `DTN1` in PDF text).
std::optional<std::pair<std::string, std::size_t>> glued_edition(std::string_view t, const Lookups& look,
                                                                  std::size_t pos) {
  std::size_t end = pos;
  while (end < t.size() && is_digit(t[end]) && end - pos < 4) ++end;
  if (end == pos || end - pos > 3 || (end < t.size() && (is_digit(t[end]) || is_letter(t[end])))) return {};
  if (look.in_marker(pos)) return {};
  return std::make_pair(std::string(t.substr(pos, end - pos)), end);
}

// `het 46e DTN`, `het 46ste Dreigingsbeeld`: an ordinal before the name.
std::string ordinal_before(std::string_view t, std::size_t begin) {
  static const boost::regex ordinal(R"((?<![\d])(\d{1,3})(?:e|ste|de)\s+$)");
  std::size_t from = begin > 12 ? begin - 12 : 0;
  boost::cmatch m;
  if (!boost::regex_search(t.data() + from, t.data() + begin, m, ordinal)) return {};
  return m.str(1);
}

// `NCTV, Dreigingsbeeld Terrorisme Nederland, december 2025.` -> 2025-12.
std::string date_after(std::string_view t, std::size_t pos) {
  static const boost::regex written(std::string(R"(\s*[,(]\s*(?:\d{1,2}\s+)?)") + kDutchMonthPattern +
                                        R"(\s+((?:19|20)\d\d)(?![\d]))",
                                    boost::regex::icase);
  boost::cmatch m;
  if (!boost::regex_search(t.data() + pos, t.data() + t.size(), m, written, boost::match_continuous)) return {};
  int month = dutch_month(m.str(1));
  if (month == 0) return {};
  std::string mm = (month < 10 ? "0" : "") + std::to_string(month);
  return m.str(2) + "-" + mm;
}

// Whether `between` is a `(` with only white space around it (what squeeze()
// turns into `(`), looked at without copying the text between two names.
bool only_open_bracket(std::string_view between) {
  bool bracket = false;
  for (char c : between) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r') continue;
    if (c != '(' || bracket) return false;
    bracket = true;
  }
  return bracket;
}

std::vector<SeriesMatch> find_series(const ExtractContext& ctx, const Lookups& look) {
  std::string_view t = ctx.text();
  const SeriesGazetteer& gazetteer = series_gazetteer();
  // where each form may start; the dictionary does not ask for a word end,
  // since the regex allows a digit after a name (`DTN42`)
  // (a document without a hit, most of them, allocates no vector per form
  // and tries only the forms the dictionary does not hold: a form without
  // starts finds nothing, so the forms tried and their order are the same)
  const std::vector<PhraseDictionary::Hit>& hits = ctx.anchors.phrases(gazetteer.phrases);
  if (hits.empty() && gazetteer.all_in_dictionary) return {};  // (the loop below would try no form)
  std::vector<std::vector<std::size_t>> starts(hits.empty() ? 0 : gazetteer.forms.size());
  for (const PhraseDictionary::Hit& hit : hits) starts[hit.value].push_back(hit.span.begin);
  std::vector<SeriesMatch> found;
  for (std::size_t i = 0; i < gazetteer.forms.size(); ++i) {
    const CompiledSeriesForm& f = gazetteer.forms[i];
    if (f.in_dictionary && (hits.empty() || starts[i].empty())) continue;
    auto on_match = [&](const boost::cmatch& m) {
      SeriesMatch s;
      s.span = match_span(m, t);
      s.slug = f.form.slug;
      s.edition_kind = f.form.edition;
      s.abbreviation = f.form.letter_case == "exact";
      if (f.edition_slot) s.edition = normalize_edition(m[1].str());
      found.push_back(std::move(s));
    };
    if (f.in_dictionary) {
      for_each_match_at(t, starts[i], f.re, on_match);
    } else {
      for (auto it = matches(t, f.re); it != boost::cregex_iterator(); ++it) on_match(*it);
    }
  }
  // longest first where two forms overlap (`Nationale CT-strategie` over `CT-strategie`)
  std::sort(found.begin(), found.end(), [](const SeriesMatch& a, const SeriesMatch& b) {
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    return a.span.end > b.span.end;
  });
  std::vector<SeriesMatch> kept;
  for (SeriesMatch& s : found) {
    if (!kept.empty() && s.span.begin < kept.back().span.end) continue;
    if (look.in_furniture(s.span)) continue;
    if (s.edition.empty() && s.edition_kind != "none") {
      auto ed = edition_after(t, s.span.end, s.edition_kind);
      if (!ed && s.abbreviation && s.edition_kind == "number") ed = glued_edition(t, look, s.span.end);
      if (ed) {
        s.edition = ed->first;
        s.span.end = ed->second;
      } else if (s.edition_kind == "number") {
        s.edition = ordinal_before(t, s.span.begin);
      }
    }
    s.date = date_after(t, s.span.end);
    kept.push_back(std::move(s));
  }
  // One thing named twice: `CT-strategie (Nationale Contraterrorisme-Strategie 2016-2020)`,
  // `DTN's (Dreigingsbeeld Terrorisme Nederland)`.
  std::vector<SeriesMatch> merged;
  for (SeriesMatch& s : kept) {
    if (!merged.empty()) {
      SeriesMatch& prev = merged.back();
      std::string_view between = t.substr(prev.span.end, s.span.begin - std::min(s.span.begin, prev.span.end));
      std::size_t close = s.span.end;
      while (close < t.size() && is_blank(t[close])) ++close;
      if (prev.slug == s.slug && only_open_bracket(between) && close < t.size() && t[close] == ')') {
        if (prev.edition.empty()) prev.edition = s.edition;
        prev.span.end = close + 1;
        // `Dreigingsbeeld Terrorisme Nederland (DTN) 42`
        if (prev.edition.empty() && prev.edition_kind != "none") {
          if (auto ed = edition_after(t, prev.span.end, prev.edition_kind)) {
            prev.edition = ed->first;
            prev.span.end = ed->second;
          }
        }
        if (prev.date.empty()) prev.date = s.date.empty() ? date_after(t, prev.span.end) : s.date;
        continue;
      }
    }
    merged.push_back(std::move(s));
  }
  // A name without edition whose sentence carries a footnote that names the
  // edition: `in de Nationale Extremisme Strategie gehanteerd wordt.²³` with
  // note 23 `Nationale Extremismestrategie 2024-2029.`
  for (SeriesMatch& s : merged) {
    if (!s.edition.empty() || look.in_note(s.span.begin)) continue;
    const Footnote* note = look.marked_after(s.span.begin);
    if (!note) continue;
    // `merged` is in text order: the first name of the series inside the note
    auto other = std::lower_bound(merged.begin(), merged.end(), note->body.begin,
                                  [](const SeriesMatch& m, std::size_t pos) { return m.span.begin < pos; });
    for (; other != merged.end() && other->span.begin <= note->body.end; ++other) {
      if (other->slug == s.slug && !other->edition.empty() && other->span.end <= note->body.end) {
        s.edition = other->edition;
        break;
      }
    }
  }
  return merged;
}

// Where a quoted title ends: the matching `"`, or for `'` the first one that
// closes a word (`meningsuiting' aan`), not an apostrophe inside one
// (`regio's`). npos when none within 400 bytes.
std::size_t closing_quote(std::string_view t, std::size_t from, char quote) {
  std::size_t limit = std::min(t.size(), from + 400);
  for (std::size_t i = from; i < limit; ++i) {
    if (t[i] != quote) continue;
    if (quote == '"') return i;
    bool letter_after = i + 1 < t.size() && is_letter(t[i + 1]);
    bool blank_before = i > from && is_blank(t[i - 1]);
    if (!letter_after && !blank_before) return i;
  }
  return std::string_view::npos;
}

struct Title {
  Span quoted;  // inside the quotes, trimmed
  std::string text;
};

// The title that opens with the quote at `open`; nullopt when it is no title:
// `'s avonds`, a single lower-case word (`'nee'`), no closing quote.
std::optional<Title> quoted_title(std::string_view t, std::size_t open) {
  char quote = t[open];
  std::size_t from = open + 1;
  if (from >= t.size() || !(is_letter(t[from]) || is_digit(t[from]))) return {};
  if (quote == '\'' && t[from] == 's' && (from + 1 >= t.size() || !is_letter(t[from + 1]))) return {};
  std::size_t close = closing_quote(t, from, quote);
  if (close == std::string_view::npos) return {};
  std::size_t end = close;
  while (end > from && is_blank(t[end - 1])) --end;
  Title title{{from, end}, squeeze(t.substr(from, end - from))};
  std::size_t words = std::count(title.text.begin(), title.text.end(), ' ') + 1;
  bool has_letter = std::any_of(title.text.begin(), title.text.end(), is_letter);
  if (!has_letter || title.text.size() < 3) return {};
  if (words < 2 && !is_upper(title.text[0]) && !is_digit(title.text[0])) return {};
  return title;
}

std::string lower_ascii(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// A footnote that is only a web address: `<https://hcss.nl/report/hcss-focus-het-com-netwerk/>.`
std::string url_of_note(const ExtractContext& ctx, const Lookups& look, std::size_t pos) {
  const Footnote* note = look.marked_after(pos);
  if (!note || look.in_note(pos)) return {};
  std::string body = squeeze(ctx.text().substr(note->body.begin, note->body.size()));
  while (!body.empty() && (body.front() == '<' || body.front() == '[')) body.erase(body.begin());
  while (!body.empty() && (body.back() == '.' || body.back() == '>' || body.back() == ')')) body.pop_back();
  if (!body.starts_with("http") || body.find(' ') != std::string::npos) return {};
  return body;
}

// References found so far with their spans, for overlap checks in O(log n).
struct Found {
  std::vector<Reference> refs;
  ClaimedSpans spans;
};

// Appends a reference unless it is page furniture; false when it was not added.
bool add(Found& found, const Lookups& look, Span span, std::string id,
         std::vector<std::pair<std::string, std::string>> attrs) {
  if (look.in_furniture(span)) return false;
  Reference r;
  r.kind = RefKind::report;
  r.id = std::move(id);
  r.match = span;
  for (auto& [k, v] : attrs)
    if (!v.empty()) r.set_attr(k, v);
  found.refs.push_back(std::move(r));
  found.spans.add(span);
  return true;
}

char lower_char(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Every intro below ends in a quote, and the text before that quote (past
// commas and white space) ends in one of these words. Returns how many runs
// of white space the intro may hold before the quote (`position paper, met
// als titel '...'` holds five), or 0 when no intro ends here.
int intro_runs_before(std::string_view t, std::size_t quote) {
  struct Ending {
    std::string_view word;
    int runs;
  };
  static constexpr Ending kEndings[] = {
      {"rapport", 1},   {"rapportage", 1}, {"onderzoek", 1},   {"studie", 1},     {"notitie", 1},
      {"paper", 2},     {"fiche", 1},      {"evaluatie", 1},   {"advies", 1},     {"verkenning", 1},
      {"strategie", 1}, {"visie", 1},      {"handreiking", 1}, {"actieplan", 1},  {"publicatie", 1},
      {"analyse", 1},   {"op", 2},         {"getiteld", 3},    {"genaamd", 3},    {"titel", 5}};
  std::size_t end = quote;
  while (end > 0 && (t[end - 1] == ' ' || t[end - 1] == '\t' || t[end - 1] == '\n' || t[end - 1] == ',')) --end;
  // An ending is compared from its first byte; its last byte (one of
  // `tekrsgnpdl`) already tells most words apart: `regio's` ends in `o`, so
  // no ending fits and the twenty compares are not made.
  static constexpr std::array<bool, 256> kLastBytes = [] {
    std::array<bool, 256> last{};
    for (const Ending& e : kEndings) last[static_cast<unsigned char>(e.word.back())] = true;
    return last;
  }();
  if (end == 0 || !kLastBytes[static_cast<unsigned char>(lower_char(t[end - 1]))]) return 0;
  int runs = 0;
  for (const Ending& e : kEndings) {
    if (end < e.word.size()) continue;
    std::size_t from = end - e.word.size();
    std::size_t k = 0;
    while (k < e.word.size() && lower_char(t[from + k]) == e.word[k]) ++k;
    if (k == e.word.size()) runs = std::max(runs, e.runs);
  }
  return runs;
}

// Where a match that ends at `pos` and holds at most `runs` runs of white
// space may start: every letter or digit not preceded by a letter, from the
// word before the `runs`-th run back from `pos` up to `pos`. A pattern that
// starts after a lookbehind for a letter and cannot start with white space
// or punctuation starts at one of these.
void starts_before(std::string_view t, std::size_t pos, int runs, std::vector<std::size_t>& out) {
  std::size_t from = pos;
  int crossed = 0;
  while (from > 0) {
    if (is_regex_space(t[from - 1])) {
      if (crossed == runs) break;
      while (from > 0 && is_regex_space(t[from - 1])) --from;
      ++crossed;
    } else {
      --from;
    }
  }
  for (std::size_t p = from; p <= pos && p < t.size(); ++p)
    if ((is_letter(t[p]) || is_digit(t[p])) && (p == 0 || !is_letter(t[p - 1]))) out.push_back(p);
}

// Sorted, without repeats.
void sort_unique(std::vector<std::size_t>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

// Quoted titles after a word that names a document:
//   `het onderzoek 'Schimmige scheidslijnen: Juridische, ...'`
//   `het non-paper "Countering together: Fighting Online Radicalisation, ..."`
//   `de notitie "Integrale aanpak terrorisme"` (written «...»)
//   `de strategie 'Kinderrechten in de digitale wereld'`
//   `het WODC-rapport 'Zicht op ...'`, `het eindrapport 'X'`, `beleidsreactie op 'X'`
// Not: `het onderzoek` without a title, `een 'multistakeholdergroep'` (no document word).
void find_titles(const ExtractContext& ctx, const Lookups& look, const std::vector<SeriesMatch>& series,
                 Found& found) {
  static const boost::regex intro(
      R"((?<![A-Za-z0-9\x80-\xFF])((?:[A-Za-z0-9\x80-\xFF]+-)?)"
      R"((?:[a-z]*rapport|rapportage|onderzoek|studie|notitie|non-?paper|position\s+paper|fiche|evaluatie|advies|)"
      R"(verkenning|strategie|visie|handreiking|actieplan|publicatie|analyse|beleidsreactie\s+op|kabinetsreactie\s+op)))"
      R"((?:,?\s+(?:getiteld|met\s+(?:de|als)\s+titel|genaamd))?,?[ \t]*(?:\n[ \t]*){0,2}(['"]))",
      boost::regex::icase);
  std::string_view t = ctx.text();
  // the intro ends at a quote after a document word: it starts among the
  // last words before such a quote
  std::vector<std::size_t> starts;
  for (char quote : {'\'', '"'}) {
    for (std::size_t q = t.find(quote); q != std::string_view::npos; q = t.find(quote, q + 1))
      if (int runs = intro_runs_before(t, q)) starts_before(t, q, runs, starts);
  }
  sort_unique(starts);
  for_each_match_at(t, starts, intro, [&](const boost::cmatch& m) {
    std::size_t open = match_span(m, t, 2).begin;
    auto title = quoted_title(t, open);
    if (!title) return;
    // the title is a series name (`het rapport 'Dreigingsbeeld Terrorisme Nederland 46'`): the series says it
    auto named = std::lower_bound(series.begin(), series.end(), title->quoted.begin,
                                  [](const SeriesMatch& s, std::size_t pos) { return s.span.begin < pos; });
    if (named != series.end() && named->span.begin == title->quoted.begin && named->span.end >= title->quoted.end)
      return;
    std::string slug = report_title_slug(title->text);
    if (slug.empty()) return;
    Span span{match_span(m, t).begin, title->quoted.end + 1};
    std::string type = lower_ascii(squeeze(m.str(1)));
    add(found, look, span, "report-" + slug, {{"title", title->text}, {"type", type}});
  });
}

// A citation that opens a footnote with its publisher:
//   `ICCT, 'Schimmige scheidslijnen: ...', november 2025.`
// Not letters or motions cited that way (`NCTV, "Voortgangsbrief ..."`).
void find_footnote_citations(const ExtractContext& ctx, const Lookups& look, Found& found) {
  static const boost::regex publisher(R"(\s*[A-Z][A-Za-z\x80-\xFF&.\- ]{0,60}?,\s*(['"]))");
  static const boost::regex not_report(R"((?:[A-Za-z\x80-\xFF]*brief|motie|kamerstuk|handelingen)\b.*)",
                                       boost::regex::icase);
  std::string_view t = ctx.text();
  for (const Footnote& note : ctx.footnotes) {
    boost::cmatch m;
    if (!boost::regex_search(t.data() + note.body.begin, t.data() + note.body.end, m, publisher,
                             boost::match_continuous))
      continue;
    std::size_t open = match_span(m, t, 1).begin;
    auto title = quoted_title(t, open);
    if (!title || title->quoted.end > note.body.end || !is_upper(title->text[0])) continue;
    if (boost::regex_match(title->text, not_report)) continue;
    Span span{title->quoted.begin - 1, title->quoted.end + 1};
    if (found.spans.overlaps(span)) continue;
    std::string slug = report_title_slug(title->text);
    if (!slug.empty()) add(found, look, span, "report-" + slug, {{"title", title->text}});
  }
}

// A title met once in quotes and then written plainly:
//   `de notitie "Integrale aanpak terrorisme"` ... `De Integrale aanpak terrorisme levert ...`
// Only titles of three words or more, or with a capital inside, so that a
// short common phrase does not become a reference.
void find_title_repeats(const ExtractContext& ctx, const Lookups& look, Found& titled) {
  std::string_view t = ctx.text();
  // A title seen before finds the same places again, all taken by then: each
  // title is looked for once, with the id of its first reference.
  std::vector<std::pair<std::string, std::string>> titles;  // main title, id
  std::unordered_set<std::string> seen;
  for (const Reference& r : titled.refs) {
    std::string title(r.attr("title"));
    if (title.empty()) continue;
    if (std::size_t colon = title.find(':'); colon != std::string::npos) title.resize(colon);
    while (!title.empty() && is_blank(title.back())) title.pop_back();
    std::size_t words = std::count(title.begin(), title.end(), ' ') + 1;
    bool inner_capital = std::any_of(title.begin() + 1, title.end(), is_upper);
    if (title.size() < 12 || !(words >= 3 || (words >= 2 && inner_capital))) continue;
    if (!seen.insert(title).second) continue;
    titles.emplace_back(title, r.id);
  }
  if (titles.empty()) return;
  // Where each title may start: its first word (a title has two words or
  // more, and white space follows the first) at a word start, found with one
  // pass per distinct first byte and a lookup of the word there.
  std::vector<std::vector<std::size_t>> starts(titles.size());
  std::unordered_map<std::string_view, std::vector<std::size_t>> by_first_word;
  std::array<bool, 256> first_byte{};
  for (std::size_t k = 0; k < titles.size(); ++k) {
    std::string_view title = titles[k].first;
    by_first_word[title.substr(0, title.find(' '))].push_back(k);
    first_byte[static_cast<unsigned char>(title[0])] = true;
  }
  auto boundary_before = [&](std::size_t p) {
    if (p == 0) return true;
    char c = t[p - 1];
    return !(is_letter(c) || is_digit(c) || c == '\'' || c == '"');
  };
  for (std::size_t b = 0; b < first_byte.size(); ++b) {
    if (!first_byte[b]) continue;
    const char first = static_cast<char>(b);
    for (std::size_t p = t.find(first); p != std::string_view::npos; p = t.find(first, p + 1)) {
      if (!boundary_before(p)) continue;
      std::size_t end = p;
      while (end < t.size() && !is_regex_space(t[end])) ++end;
      if (end == t.size()) continue;  // no white space after it: not the first of two words
      if (auto it = by_first_word.find(t.substr(p, end - p)); it != by_first_word.end())
        for (std::size_t k : it->second) starts[k].push_back(p);
    }
  }
  Found repeats;
  for (std::size_t k = 0; k < titles.size(); ++k) {
    // named references, not a structured binding: clang 14 (the fuzz build)
    // cannot capture bindings in the lambda below
    const std::string& title = titles[k].first;
    const std::string& id = titles[k].second;
    if (starts[k].empty()) continue;  // nowhere to try it: no regex to compile
    std::string pattern = R"((?<![A-Za-z0-9\x80-\xFF'"]))";
    for (char c : title) pattern += c == ' ' ? std::string(R"(\s+)") : escape_regex_char(c);
    pattern += R"((?![A-Za-z0-9\x80-\xFF'"]))";
    boost::regex re(pattern);
    for_each_match_at(t, starts[k], re, [&](const boost::cmatch& m) {
      Span span = match_span(m, t);
      if (titled.spans.overlaps(span) || repeats.spans.overlaps(span)) return;
      add(repeats, look, span, id, {{"title", title}});
    });
  }
  for (Reference& r : repeats.refs) {
    titled.spans.add(r.match);
    titled.refs.push_back(std::move(r));
  }
}

// A BNC fiche by its title: `Fiche - Terrorismebestrijdingsagenda EU, 10 april 2026.`,
// `Fiche 3: Mededeling over een EU-agenda (...)`.
void find_fiches(const ExtractContext& ctx, const Lookups& look, Found& found) {
  static const boost::regex fiche(
      R"re((?<![A-Za-z\x80-\xFF])(?:BNC-)?[Ff]iche\s*(?:\d{1,3}\s*)?[-:]\s*([A-Z][^,;()"\n]{2,150}?)(?=\s*(?:[,;(]|\.(?:\s|$)|\n|$)))re");
  std::string_view t = ctx.text();
  // a match starts at the `F` before `iche`, or at `BNC-` before that
  std::vector<std::size_t> anchors, starts;
  ctx.anchors.append("iche", anchors);
  for (std::size_t p : anchors) {
    if (p >= 5 && t.compare(p - 5, 4, "BNC-") == 0) starts.push_back(p - 5);
    if (p >= 1 && (t[p - 1] == 'F' || t[p - 1] == 'f')) starts.push_back(p - 1);
  }
  sort_unique(starts);
  for_each_match_at(t, starts, fiche, [&](const boost::cmatch& m) {
    Span span = match_span(m, t);
    if (found.spans.overlaps(span)) return;
    std::string title = squeeze(m.str(1));
    add(found, look, span, "report-fiche-" + slugify(title), {{"title", title}, {"type", "fiche"}});
  });
}

// A report known by its subject, a proper name:
//   `een rapport over het COM-netwerk` -> report-com-netwerk
// Not: `een rapport over de voortgang`, `het onderzoek naar de mogelijkheden`
// (a common noun; `onderzoek` is also an investigation).
void find_subject_reports(const ExtractContext& ctx, const Lookups& look, Found& found) {
  static const boost::regex subject(
      R"((?<![A-Za-z\x80-\xFF])(?:een|het|dit|dat)\s+(?:(?:nieuwe?|recente?|eerdere?|onafhankelijke?)\s+)?)"
      R"(((?:[A-Za-z0-9\x80-\xFF]+-)?(?:[a-z]*rapport|rapportage|studie))\s+(?:over|naar|inzake)\s+(?:(?:het|de)\s+)?)"
      R"(([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9\x80-\xFF]+)+)(?![A-Za-z0-9\x80-\xFF]))");
  std::string_view t = ctx.text();
  // The pattern's document word ends in `rapport`, `rapportage` or `studie`
  // and white space and `over`, `naar` or `inzake` follow it; the match
  // starts at the article, two runs of white space before such a word at most.
  auto about_follows = [&](std::size_t end) {
    if (end >= t.size() || !is_regex_space(t[end])) return false;
    while (end < t.size() && is_regex_space(t[end])) ++end;
    for (std::string_view about : {"over", "naar", "inzake"})
      if (t.compare(end, about.size(), about) == 0) return true;
    return false;
  };
  std::vector<std::size_t> anchors;
  ctx.anchors.append("rapport", anchors);
  std::erase_if(anchors, [&](std::size_t p) {
    return !about_follows(p + 7) && !(t.compare(p + 7, 3, "age") == 0 && about_follows(p + 10));
  });
  std::vector<std::size_t> studies;
  ctx.anchors.append("studie", studies);
  for (std::size_t p : studies)
    if (about_follows(p + 6)) anchors.push_back(p);
  std::vector<std::size_t> starts;
  for (std::size_t p : anchors) starts_before(t, p, 2, starts);
  sort_unique(starts);
  for_each_match_at(t, starts, subject, [&](const boost::cmatch& m) {
    Span span = match_span(m, t);
    span.begin = match_span(m, t, 1).begin;
    if (found.spans.overlaps(span)) return;
    std::string name = m.str(2);
    add(found, look, span, "report-" + slugify(name),
        {{"subject", name}, {"type", lower_ascii(m.str(1))}, {"url", url_of_note(ctx, look, span.begin)}});
  });
}

}  // namespace

std::vector<ReportSeriesForm> parse_report_series(std::string_view tsv) {
  std::vector<ReportSeriesForm> out;
  for_each_tsv_row(tsv, [&](int line_no, const std::vector<std::string>& f) {
    auto fail = [&](const std::string& why) {
      throw std::runtime_error("report-series.tsv:" + std::to_string(line_no) + ": " + why);
    };
    if (f.size() != 4) fail("expected 4 tab-separated columns, found " + std::to_string(f.size()));
    ReportSeriesForm form{f[0], f[1], f[2], f[3], line_no};
    if (form.slug.empty() || slugify(form.slug) != form.slug) fail("slug is not a SPEC slug: " + form.slug);
    if (form.form.empty() || is_blank(form.form.front()) || is_blank(form.form.back()))
      fail("empty form or white space around it");
    if (form.letter_case != "name" && form.letter_case != "exact" && form.letter_case != "any")
      fail("case must be name, exact or any: " + form.letter_case);
    if (form.edition != "number" && form.edition != "year" && form.edition != "none")
      fail("edition must be number, year or none: " + form.edition);
    if (form.letter_case == "name" && !is_upper(form.form[0])) fail("a name starts with a capital: " + form.form);
    std::size_t slot = form.form.find("{ed}");
    if (slot != std::string::npos && (form.edition != "none" || form.form.find("{ed}", slot + 1) != std::string::npos))
      fail("a form with {ed} has edition none and one slot");
    out.push_back(std::move(form));
  });
  return out;
}

std::string written_form_pattern(std::string_view form, std::string_view letter_case) {
  if (form.empty()) return {};
  if (letter_case == "name") return escape_regex_char(form[0]) + "(?i:" + form_body(form.substr(1)) + ")";
  if (letter_case == "any") return "(?i:" + form_body(form) + ")";
  return form_body(form);
}

std::string report_id(std::string_view slug, std::string_view edition) {
  std::string id = "report-" + std::string(slug);
  if (!edition.empty()) id += "-" + slugify(edition);
  return id;
}

std::string normalize_edition(std::string_view written) {
  static const boost::regex period(R"(((?:19|20)\d\d)\s*[-/]\s*((?:19|20)\d\d|\d\d))");
  static const boost::regex number(R"(\d{1,4})");
  std::string w = squeeze(written);
  for (std::string_view dash : {"\xE2\x80\x93", "\xE2\x80\x94"})  // en and em dash
    for (std::size_t at = w.find(dash); at != std::string::npos; at = w.find(dash)) w.replace(at, dash.size(), "-");
  boost::smatch m;
  if (boost::regex_match(w, m, period)) {
    std::string from = m.str(1), to = m.str(2);
    if (to.size() == 2) to = from.substr(0, 2) + to;
    if (to <= from) return {};
    return from + "-" + to;
  }
  if (boost::regex_match(w, number)) return w;
  return {};
}

std::string report_title_slug(std::string_view title) {
  std::string main = squeeze(title);
  if (std::size_t colon = main.find(':'); colon != std::string::npos && colon > 0) main.resize(colon);
  else if (std::size_t dash = main.find(" - "); dash != std::string::npos && dash > 0) main.resize(dash);
  std::string slug = slugify(main);
  // at most twelve words
  std::size_t words = 0;
  for (std::size_t i = 0; i < slug.size(); ++i) {
    if (slug[i] == '-' && ++words == 12) {
      slug.resize(i);
      break;
    }
  }
  return slug;
}

std::span<const DictionaryAnchor> report_dictionaries() {
  // every form of every report series in the gazetteer; the regex at each
  // hit checks the end (`DTN42`)
  static const DictionaryAnchor kDictionaries[] = {{&series_gazetteer().phrases, PhraseDictionary::WordEnd::any}};
  return kDictionaries;
}

std::span<const AnchorLiteral> report_anchors() {
  // fiches (`BNC-fiche`, `Fiche 3:`) and reports known by their subject
  static constexpr AnchorLiteral kAnchors[] = {{"iche"}, {"rapport"}, {"studie"}};
  return kAnchors;
}

void extract_reports(const ExtractContext& ctx, std::vector<Reference>& out) {
  const Lookups look(ctx);
  std::vector<SeriesMatch> series = find_series(ctx, look);
  Found found;
  for (const SeriesMatch& s : series) {
    add(found, look, s.span, report_id(s.slug, s.edition),
        {{"series", s.slug}, {"edition", s.edition}, {"date", s.date}});
  }
  Found titled;
  find_titles(ctx, look, series, titled);
  find_footnote_citations(ctx, look, titled);
  find_title_repeats(ctx, look, titled);
  for (Reference& r : titled.refs) {
    found.spans.add(r.match);
    found.refs.push_back(std::move(r));
  }
  find_fiches(ctx, look, found);
  find_subject_reports(ctx, look, found);
  for (Reference& r : found.refs) out.push_back(std::move(r));
}

}  // namespace kamerref
