// Reports: recurring series from data/report-series.tsv, quoted titles after
// a word that names a document, BNC fiches, and reports described by a named
// subject. Every pattern carries the real text it matches;
// tests/extract/report_test.cc runs each of those examples and near misses.
#include "kamerref/extract/report.h"

#include <boost/regex.hpp>

#include <algorithm>
#include <cctype>
#include <optional>
#include <stdexcept>

#include "kamerref/data/embedded.h"
#include "kamerref/extract/dates.h"
#include "kamerref/extract/regex_util.h"
#include "kamerref/extract/text_util.h"

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

std::vector<std::string> split_tabs(std::string_view line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  for (;;) {
    std::size_t tab = line.find('\t', start);
    fields.emplace_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

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
};

boost::regex compile_series_form(const ReportSeriesForm& f) {
  std::string pattern = R"((?<![A-Za-z0-9\x80-\xFF]))" + written_form_pattern(f.form, f.letter_case);
  if (f.letter_case == "exact") pattern += "(?:'s)?";  // `DTN's`
  pattern += R"((?![A-Za-z\x80-\xFF]))";
  return boost::regex(pattern);
}

const std::vector<CompiledSeriesForm>& series_forms() {
  static const std::vector<CompiledSeriesForm> forms = [] {
    std::vector<CompiledSeriesForm> out;
    for (ReportSeriesForm& f : parse_report_series(data::report_series())) {
      boost::regex re = compile_series_form(f);
      bool slot = f.form.find("{ed}") != std::string::npos;
      out.push_back({std::move(f), std::move(re), slot});
    }
    return out;
  }();
  return forms;
}

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
std::optional<std::pair<std::string, std::size_t>> glued_edition(const ExtractContext& ctx, std::size_t pos) {
  std::string_view t = ctx.text();
  std::size_t end = pos;
  while (end < t.size() && is_digit(t[end]) && end - pos < 4) ++end;
  if (end == pos || end - pos > 3 || (end < t.size() && (is_digit(t[end]) || is_letter(t[end])))) return {};
  for (const Footnote& f : ctx.footnotes)
    if (f.marker_span.begin <= pos && pos < f.marker_span.end) return {};
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

std::vector<SeriesMatch> find_series(const ExtractContext& ctx) {
  std::string_view t = ctx.text();
  std::vector<SeriesMatch> found;
  for (const CompiledSeriesForm& f : series_forms()) {
    for (auto it = matches(t, f.re); it != boost::cregex_iterator(); ++it) {
      SeriesMatch s;
      s.span = match_span(*it, t);
      s.slug = f.form.slug;
      s.edition_kind = f.form.edition;
      s.abbreviation = f.form.letter_case == "exact";
      if (f.edition_slot) s.edition = normalize_edition((*it)[1].str());
      found.push_back(std::move(s));
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
    if (ctx.in_furniture(s.span)) continue;
    if (s.edition.empty() && s.edition_kind != "none") {
      auto ed = edition_after(t, s.span.end, s.edition_kind);
      if (!ed && s.abbreviation && s.edition_kind == "number") ed = glued_edition(ctx, s.span.end);
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
      std::string between = squeeze(t.substr(prev.span.end, s.span.begin - std::min(s.span.begin, prev.span.end)));
      std::size_t close = s.span.end;
      while (close < t.size() && is_blank(t[close])) ++close;
      if (prev.slug == s.slug && between == "(" && close < t.size() && t[close] == ')') {
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
    if (!s.edition.empty() || ctx.footnote_containing(s.span.begin)) continue;
    const Footnote* note = ctx.footnote_marked_after(s.span.begin);
    if (!note) continue;
    for (const SeriesMatch& other : merged) {
      if (other.slug == s.slug && !other.edition.empty() && other.span.begin >= note->body.begin &&
          other.span.end <= note->body.end) {
        s.edition = other.edition;
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
std::string url_of_note(const ExtractContext& ctx, std::size_t pos) {
  const Footnote* note = ctx.footnote_marked_after(pos);
  if (!note || ctx.footnote_containing(pos)) return {};
  std::string body = squeeze(ctx.text().substr(note->body.begin, note->body.size()));
  while (!body.empty() && (body.front() == '<' || body.front() == '[')) body.erase(body.begin());
  while (!body.empty() && (body.back() == '.' || body.back() == '>' || body.back() == ')')) body.pop_back();
  if (!body.starts_with("http") || body.find(' ') != std::string::npos) return {};
  return body;
}

void add(std::vector<Reference>& refs, const ExtractContext& ctx, Span span, std::string id,
         std::vector<std::pair<std::string, std::string>> attrs) {
  if (ctx.in_furniture(span)) return;
  Reference r;
  r.kind = RefKind::report;
  r.id = std::move(id);
  r.match = span;
  for (auto& [k, v] : attrs)
    if (!v.empty()) r.set_attr(k, v);
  refs.push_back(std::move(r));
}

bool overlaps(const std::vector<Reference>& refs, Span s) {
  return std::any_of(refs.begin(), refs.end(),
                     [&](const Reference& r) { return s.begin < r.match.end && r.match.begin < s.end; });
}

// Quoted titles after a word that names a document:
//   `het onderzoek 'Schimmige scheidslijnen: Juridische, ...'`
//   `het non-paper "Countering together: Fighting Online Radicalisation, ..."`
//   `de notitie "Integrale aanpak terrorisme"` (written «...»)
//   `de strategie 'Kinderrechten in de digitale wereld'`
//   `het WODC-rapport 'Zicht op ...'`, `het eindrapport 'X'`, `beleidsreactie op 'X'`
// Not: `het onderzoek` without a title, `een 'multistakeholdergroep'` (no document word).
void find_titles(const ExtractContext& ctx, const std::vector<SeriesMatch>& series, std::vector<Reference>& refs) {
  static const boost::regex intro(
      R"((?<![A-Za-z0-9\x80-\xFF])((?:[A-Za-z0-9\x80-\xFF]+-)?)"
      R"((?:[a-z]*rapport|rapportage|onderzoek|studie|notitie|non-?paper|position\s+paper|fiche|evaluatie|advies|)"
      R"(verkenning|strategie|visie|handreiking|actieplan|publicatie|analyse|beleidsreactie\s+op|kabinetsreactie\s+op)))"
      R"((?:,?\s+(?:getiteld|met\s+(?:de|als)\s+titel|genaamd))?,?[ \t]*(?:\n[ \t]*){0,2}(['"]))",
      boost::regex::icase);
  std::string_view t = ctx.text();
  for (auto it = matches(t, intro); it != boost::cregex_iterator(); ++it) {
    const boost::cmatch& m = *it;
    std::size_t open = match_span(m, t, 2).begin;
    auto title = quoted_title(t, open);
    if (!title) continue;
    // the title is a series name (`het rapport 'Dreigingsbeeld Terrorisme Nederland 46'`): the series says it
    bool is_series = std::any_of(series.begin(), series.end(), [&](const SeriesMatch& s) {
      return s.span.begin == title->quoted.begin && s.span.end >= title->quoted.end;
    });
    if (is_series) continue;
    std::string slug = report_title_slug(title->text);
    if (slug.empty()) continue;
    Span span{match_span(m, t).begin, title->quoted.end + 1};
    std::string type = lower_ascii(squeeze(m.str(1)));
    add(refs, ctx, span, "report-" + slug, {{"title", title->text}, {"type", type}});
  }
}

// A citation that opens a footnote with its publisher:
//   `ICCT, 'Schimmige scheidslijnen: ...', november 2025.`
// Not letters or motions cited that way (`NCTV, "Voortgangsbrief ..."`).
void find_footnote_citations(const ExtractContext& ctx, std::vector<Reference>& refs) {
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
    if (overlaps(refs, span)) continue;
    std::string slug = report_title_slug(title->text);
    if (!slug.empty()) add(refs, ctx, span, "report-" + slug, {{"title", title->text}});
  }
}

// A title met once in quotes and then written plainly:
//   `de notitie "Integrale aanpak terrorisme"` ... `De Integrale aanpak terrorisme levert ...`
// Only titles of three words or more, or with a capital inside, so that a
// short common phrase does not become a reference.
void find_title_repeats(const ExtractContext& ctx, std::vector<Reference>& refs) {
  std::string_view t = ctx.text();
  std::vector<std::pair<std::string, std::string>> titles;  // main title, id
  for (const Reference& r : refs) {
    std::string title(r.attr("title"));
    if (title.empty()) continue;
    if (std::size_t colon = title.find(':'); colon != std::string::npos) title.resize(colon);
    while (!title.empty() && is_blank(title.back())) title.pop_back();
    std::size_t words = std::count(title.begin(), title.end(), ' ') + 1;
    bool inner_capital = std::any_of(title.begin() + 1, title.end(), is_upper);
    if (title.size() < 12 || !(words >= 3 || (words >= 2 && inner_capital))) continue;
    titles.emplace_back(title, r.id);
  }
  std::vector<Reference> repeats;
  for (const auto& [title, id] : titles) {
    std::string pattern = R"((?<![A-Za-z0-9\x80-\xFF'"]))";
    for (char c : title) pattern += c == ' ' ? std::string(R"(\s+)") : escape_regex_char(c);
    pattern += R"((?![A-Za-z0-9\x80-\xFF'"]))";
    boost::regex re(pattern);
    for (auto it = matches(t, re); it != boost::cregex_iterator(); ++it) {
      Span span = match_span(*it, t);
      if (overlaps(refs, span) || overlaps(repeats, span)) continue;
      add(repeats, ctx, span, id, {{"title", title}});
    }
  }
  for (Reference& r : repeats) refs.push_back(std::move(r));
}

// A BNC fiche by its title: `Fiche - Terrorismebestrijdingsagenda EU, 10 april 2026.`,
// `Fiche 3: Mededeling over een EU-agenda (...)`.
void find_fiches(const ExtractContext& ctx, std::vector<Reference>& refs) {
  static const boost::regex fiche(
      R"re((?<![A-Za-z\x80-\xFF])(?:BNC-)?[Ff]iche\s*(?:\d{1,3}\s*)?[-:]\s*([A-Z][^,;()"\n]{2,150}?)(?=\s*(?:[,;(]|\.(?:\s|$)|\n|$)))re");
  std::string_view t = ctx.text();
  for (auto it = matches(t, fiche); it != boost::cregex_iterator(); ++it) {
    Span span = match_span(*it, t);
    if (overlaps(refs, span)) continue;
    std::string title = squeeze((*it).str(1));
    add(refs, ctx, span, "report-fiche-" + slugify(title), {{"title", title}, {"type", "fiche"}});
  }
}

// A report known by its subject, a proper name:
//   `een rapport over het COM-netwerk` -> report-com-netwerk
// Not: `een rapport over de voortgang`, `het onderzoek naar de mogelijkheden`
// (a common noun; `onderzoek` is also an investigation).
void find_subject_reports(const ExtractContext& ctx, std::vector<Reference>& refs) {
  static const boost::regex subject(
      R"((?<![A-Za-z\x80-\xFF])(?:een|het|dit|dat)\s+(?:(?:nieuwe?|recente?|eerdere?|onafhankelijke?)\s+)?)"
      R"(((?:[A-Za-z0-9\x80-\xFF]+-)?(?:[a-z]*rapport|rapportage|studie))\s+(?:over|naar|inzake)\s+(?:(?:het|de)\s+)?)"
      R"(([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9\x80-\xFF]+)+)(?![A-Za-z0-9\x80-\xFF]))");
  std::string_view t = ctx.text();
  for (auto it = matches(t, subject); it != boost::cregex_iterator(); ++it) {
    Span span = match_span(*it, t);
    span.begin = match_span(*it, t, 1).begin;
    if (overlaps(refs, span)) continue;
    std::string name = (*it).str(2);
    add(refs, ctx, span, "report-" + slugify(name),
        {{"subject", name}, {"type", lower_ascii((*it).str(1))}, {"url", url_of_note(ctx, span.begin)}});
  }
}

}  // namespace

std::vector<ReportSeriesForm> parse_report_series(std::string_view tsv) {
  std::vector<ReportSeriesForm> out;
  int line_no = 0;
  std::size_t pos = 0;
  while (pos <= tsv.size()) {
    std::size_t nl = tsv.find('\n', pos);
    std::string_view line = tsv.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? tsv.size() + 1 : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    auto fail = [&](const std::string& why) {
      throw std::runtime_error("report-series.tsv:" + std::to_string(line_no) + ": " + why);
    };
    std::vector<std::string> f = split_tabs(line);
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
  }
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

void extract_reports(const ExtractContext& ctx, std::vector<Reference>& out) {
  std::vector<SeriesMatch> series = find_series(ctx);
  std::vector<Reference> refs;
  for (const SeriesMatch& s : series) {
    add(refs, ctx, s.span, report_id(s.slug, s.edition), {{"series", s.slug}, {"edition", s.edition}, {"date", s.date}});
  }
  std::vector<Reference> titled;
  find_titles(ctx, series, titled);
  find_footnote_citations(ctx, titled);
  find_title_repeats(ctx, titled);
  for (Reference& r : titled) refs.push_back(std::move(r));
  find_fiches(ctx, refs);
  find_subject_reports(ctx, refs);
  for (Reference& r : refs) out.push_back(std::move(r));
}

}  // namespace kamerref
