// Letters named in words. Each pattern quotes the text it was written for;
// tests/extract/letter_test.cc runs those examples and the near misses.
#include "kamerref/extract/letter.h"

#include <boost/regex.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

#include "kamerref/extract/dates.h"
#include "kamerref/extract/prose.h"
#include "kamerref/extract/regex_util.h"
#include "kamerref/extract/text_util.h"

namespace kamerref {
namespace {

using boost::cmatch;
using boost::regex;

// A word ending in `brief`/`brieven`: `contourenbrief`, `Kamerbrief`, `voortgangsbrieven`, `brief`.
const std::string kSeries = R"((?<![\w-])([A-Za-z]{0,30}[Bb]rie(?:f|ven))(?![\w]))";
// Name words after the series word, lazily; never a verb or pronoun that
// starts a clause (`de brief heb ik ...`).
const std::string kNameWords =
    R"(((?:[ \n]+(?!(?:is|zijn|werd|wordt|werden|worden|heeft|hebben|heb|had|hadden|zal|zullen|kan|kunnen|die|dat|waarin|waarmee|waar|waarbij|ik|u|wij|we|hij|zij|van|d\.d\.|gedateerd)(?![\w]))[^\s,.;:()]+){0,10}?))";
const std::string kMonthYear = std::string(kDutchMonthPattern) + R"(\s+((?:19|20)\d{2}))";

// Determiners that make the letter this one or one still to come.
bool self_or_future(std::string_view t, std::size_t series_begin) {
  static const regex before(
      R"((?:^|[^\w])(?:deze|bijgaande|bijgevoegde|onderhavige|voorliggende|huidige|volgende|eerstvolgende|komende|nieuwe|toekomstige|aparte|afzonderlijke|separate|dit)\s+$)",
      regex::perl | regex::icase);
  std::size_t from = series_begin > 40 ? series_begin - 40 : 0;
  std::string_view window = t.substr(from, series_begin - from);
  return boost::regex_search(window.data(), window.data() + window.size(), before);
}

std::string month_of(int month, int year) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year % 10000, month);
  return buf;
}

// `december jl.`, `5 maart jl.`, `12 december 2024`, `december 2023` -> `YYYY-MM`
std::string month_from_phrase(std::string_view phrase, std::string_view doc_date) {
  static const regex shape(std::string(R"(^(?:(\d{1,2})\s+)?)") + kDutchMonthPattern +
                               R"((?:\s+((?:19|20)\d{2}))?(?:\s+(jl\.?|jongstleden|a\.s\.?|aanstaande))?$)",
                           regex::perl | regex::icase);
  std::string p = squeeze(phrase);
  const char* b = p.c_str();
  cmatch m;
  if (!boost::regex_match(b, b + p.size(), m, shape)) return {};
  int month = dutch_month(m[2].str());
  if (month == 0) return {};
  if (m[3].matched) return month_of(month, std::stoi(m[3].str()));
  bool future = m[4].matched && (m[4].str()[0] == 'a' || m[4].str()[0] == 'A');
  if (m[1].matched) {
    std::string iso = resolve_day_month(std::stoi(m[1].str()), month, doc_date, future);
    return iso.empty() ? "" : iso.substr(0, 7);
  }
  return resolve_month(month, doc_date, future);
}

struct Found {
  Span match;
  std::size_t series_begin = 0;
  std::string series;
  std::string name;
  std::vector<std::pair<std::string, Span>> months;  // month and where it is written
  std::string id;
  std::string bound_by;
  std::optional<int> footnote;
};

const Reference* adjacent_kamerstuk(std::string_view t, const KamerstukIndex& kamerstukken, std::size_t after,
                                    std::size_t sentence_end) {
  static const regex gap_ok(R"(^[ \n]*[,(]?[ \n]*(?:(?:zie|vgl\.)\s*)?$)");
  const Reference* best = nullptr;
  for (const Reference* found : kamerstukken.beginning_in(after, std::min(sentence_end + 2, after + 30))) {
    const Reference& r = *found;
    if (r.attr("relation") == "vervangt") continue;
    std::string_view gap = t.substr(after, r.match.begin - after);
    if (!boost::regex_match(gap.data(), gap.data() + gap.size(), gap_ok)) continue;
    if (!best || r.match.begin < best->match.begin) best = &r;
  }
  return best;
}

// The one month a sentence dates things by, written with a preposition or in
// brackets: `In december 2023 heeft ...`, `(december 2023)`, `van december 2023`.
std::string month_in_sentence(std::string_view sentence) {
  static const regex dated(R"((?:\b(?:in|van|sinds|per)\s+|\()(?:de\s+maand\s+)?)" + kMonthYear + R"(\b)",
                           regex::perl | regex::icase);
  std::string found;
  for (auto it = matches(sentence, dated), end = decltype(it)(); it != end; ++it) {
    std::string month = month_of(dutch_month((*it)[1].str()), std::stoi((*it)[2].str()));
    if (!found.empty() && found != month) return {};
    found = month;
  }
  return found;
}

// Prechecks: what must stand after a letter's word (at `pos`) for a pattern
// to match there. A start where one fails is not given to its pattern: the
// pattern could not match at it, so skipping it changes nothing.
//
// Bytes by what the prechecks do with them: white space (Boost's \s in
// `kNameWords`' separators and `\s*`), the stops `,;:()` no name word holds,
// and `.` (a stop too, except inside `d.d.`).
enum class ByteClass : unsigned char { other, white, stop, dot };
constexpr std::array<ByteClass, 256> kByteClasses = [] {
  std::array<ByteClass, 256> classes{};
  for (unsigned char c : {' ', '\n', '\t', '\r', '\f', '\v'}) classes[c] = ByteClass::white;
  for (unsigned char c : {',', ';', ':', '(', ')'}) classes[c] = ByteClass::stop;
  classes[static_cast<unsigned char>('.')] = ByteClass::dot;
  return classes;
}();

char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// whether a month stem (`jan`, `feb`, `maart`, `mrt`, `apr`, `mei`, `jun`,
// `jul`, `aug`, `sep`, `okt`, `nov`, `dec`) stands at `p`, in any case
bool month_stem_at(std::string_view t, std::size_t p) {
  auto stem_at = [&](std::string_view stem) {
    if (p + stem.size() > t.size()) return false;
    for (std::size_t k = 1; k < stem.size(); ++k)
      if (lower_ascii(t[p + k]) != stem[k]) return false;
    return true;
  };
  switch (lower_ascii(t[p])) {
    case 'j': return stem_at("jan") || stem_at("jun") || stem_at("jul");
    case 'f': return stem_at("feb");
    case 'm': return stem_at("maart") || stem_at("mrt") || stem_at("mei");
    case 'a': return stem_at("apr") || stem_at("aug");
    case 's': return stem_at("sep");
    case 'o': return stem_at("okt");
    case 'n': return stem_at("nov");
    case 'd': return stem_at("dec");
    default: return false;  // no month name begins so
  }
}

// The bytes month_stem_at's switch goes on with (`jfmasond`, any case): a
// token opening with any other byte is no month, without the call.
constexpr std::array<bool, 256> kMonthInitials = [] {
  std::array<bool, 256> initials{};
  for (char c : std::string_view("jfmasond")) {
    initials[static_cast<unsigned char>(c)] = true;
    initials[static_cast<unsigned char>(c - 'a' + 'A')] = true;
  }
  return initials;
}();

}  // namespace

// Both prechecks in one pass over the white-space separated tokens from `pos`:
//
// `first_stop`: the series word and each name word are one token without
// `,.;:()`; up to ten name words follow the series word. So the `(` of
// `bracketed` (`... (december 2023)`) and the `,` of `cited` (`...,
// 17 december 2025`) are the first of `,.;:()` from `pos`, within its first
// twelve tokens: that character, or '\0'.
//
// `month_ahead`: `dated` holds none of `,;:()`, and its month name opens a
// token no later than the 14th from `pos` (series word, ten name words, `van`,
// a day). Before the month a `.` stands only in the connector `d.d.` (the
// series word is letters, name words hold no `,.;:()`, `van`, `gedateerd` and
// the day none), which is a token of its own: a `.` in any other token before
// a month means no match.
//
// The pass ends once both are known: at the latest at the 15th token or the
// first `,;:()`.
LetterGates letter_gates(std::string_view t, std::size_t pos) {
  constexpr int kStopTokens = 12;
  constexpr int kMonthTokens = 14;
  auto class_at = [&](std::size_t p) { return kByteClasses[static_cast<unsigned char>(t[p])]; };
  LetterGates gates;
  bool stop_known = false;
  bool month_known = false;
  int tokens = 0;
  std::size_t p = pos;
  while (p < t.size()) {
    ByteClass cls = class_at(p);
    if (cls == ByteClass::white) {
      ++p;
      continue;
    }
    // a token opens at `p`
    const std::size_t token_begin = p;
    ++tokens;
    if (tokens > kStopTokens) stop_known = true;  // no stop within the first twelve tokens
    if (!month_known) {
      if (cls == ByteClass::stop || tokens > kMonthTokens) {
        month_known = true;
      } else if (kMonthInitials[static_cast<unsigned char>(t[p])] && month_stem_at(t, p)) {
        gates.month_ahead = true;
        month_known = true;
      } else if (cls == ByteClass::dot) {
        month_known = true;  // a token opening with `.` is no `d.d.`
      }
    }
    // the token's bytes from its first; only `,;:()` and `.` decide anything
    for (;;) {
      if (cls != ByteClass::other) {
        if (!month_known && p != token_begin) {
          if (cls == ByteClass::stop) {
            month_known = true;
          } else {
            // only `d.` and `d.d.` (any case) go on
            const std::string_view so_far = t.substr(token_begin, p + 1 - token_begin);
            const bool dd = (so_far.size() == 2 || so_far.size() == 4) && lower_ascii(so_far[0]) == 'd' &&
                            so_far[1] == '.' &&
                            (so_far.size() == 2 || (lower_ascii(so_far[2]) == 'd' && so_far[3] == '.'));
            if (!dd) month_known = true;
          }
        }
        if (!stop_known) {
          gates.first_stop = t[p];
          stop_known = true;
        }
      }
      if (stop_known && month_known) return gates;
      ++p;
      while (p < t.size() && (cls = class_at(p)) == ByteClass::other) ++p;
      if (p >= t.size() || cls == ByteClass::white) break;
    }
  }
  return gates;
}

namespace {

// `named`: after the series word (the letters from `pos`), white space and
// a capitalised word, or a lower-case word, white space and a capital.
bool capital_follows(std::string_view t, std::size_t pos) {
  auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  auto is_gap = [](char c) { return c == ' ' || c == '\n'; };
  std::size_t p = pos;
  while (p < t.size() && is_letter(t[p])) ++p;
  if (p >= t.size() || !is_gap(t[p])) return false;
  while (p < t.size() && is_gap(t[p])) ++p;
  if (p < t.size() && t[p] >= 'A' && t[p] <= 'Z') return true;
  if (p >= t.size() || t[p] < 'a' || t[p] > 'z') return false;
  while (p < t.size() && t[p] >= 'a' && t[p] <= 'z') ++p;
  if (p >= t.size() || !is_gap(t[p])) return false;
  while (p < t.size() && is_gap(t[p])) ++p;
  return p < t.size() && t[p] >= 'A' && t[p] <= 'Z';
}

// Series words that say only that it is a letter: `brief`, `Kamerbrief`.
bool is_generic_series(std::string_view series) {
  return series == "brief" || series == "kamerbrief" || series == "antwoordbrief";
}

}  // namespace

std::string letter_series(std::string_view written) {
  std::string s = fold(written);
  if (s.ends_with("brieven")) s.replace(s.size() - 7, 7, "brief");
  return s;
}

std::string letter_name(std::string_view written) {
  static const regex qualifier(
      R"((?:^|\s)(?:inzake|over|betreffende|met\s+betrekking\s+tot|m\.b\.t\.|ten\s+aanzien\s+van|aan\s+(?:de|uw)|van\s+de\s+(?:minister|staatssecretaris))(?:\s|$))",
      regex::perl | regex::icase);
  std::string flat = squeeze(written);
  cmatch m;
  const char* b = flat.c_str();
  if (boost::regex_search(b, b + flat.size(), m, qualifier)) flat.resize(static_cast<std::size_t>(m[0].first - b));
  while (!flat.empty() && (flat.back() == ' ' || flat.back() == ',')) flat.pop_back();
  return flat;
}

std::string letter_fallback_id(std::string_view series, std::string_view name, std::string_view month) {
  std::string slug = slugify(std::string(series) + " " + std::string(name));
  if (slug.empty() || month.empty()) return {};
  return "letter-" + slug + "-" + std::string(month);
}

LetterTitle letter_title(std::string_view title) {
  static const regex shape(R"(^\s*([A-Za-z]{0,30}[Bb]rie(?:f|ven))(?![\w])\s*(.*)$)");
  std::string flat = squeeze(title);
  const char* b = flat.c_str();
  cmatch m;
  if (!boost::regex_match(b, b + flat.size(), m, shape)) return {};
  return {letter_series(m[1].str()), letter_name(m[2].str())};
}

std::span<const AnchorLiteral> letter_anchors() {
  // every letter's word ends in `brief` or `brieven`, in any case
  static constexpr AnchorLiteral kAnchors[] = {{"brie", true}};
  return kAnchors;
}

void extract_letters(const ExtractContext& ctx, std::vector<Reference>& out) {
  const std::string_view t = ctx.text();
  const std::string& doc_date = ctx.info.date;
  constexpr auto flags = regex::perl | regex::icase;
  // `de contourenbrief Versterkte Aanpak Online (december 2023)`,
  // `de voortgangsbrieven Versterkte Aanpak Online (mei 2025, december 2025)`
  static const regex bracketed(kSeries + kNameWords + R"(\s*\(\s*()" + kMonthYear + R"((?:\s*(?:,|en)\s*)" + kMonthYear +
                                   R"()*)\s*\))",
                               flags);
  // `de voortgangsbrief van december jl.`, `mijn brief van 5 maart jl.`,
  // `De contourenbrief Versterkte Aanpak Online van december 2023`
  static const regex dated(kSeries + kNameWords + R"(\s+(?:van|d\.d\.|gedateerd)\s+((?:\d{1,2}\s+)?)" +
                               kDutchMonthPattern + R"((?:\s+(?:19|20)\d{2})?(?:\s+(?:jl\.?|jongstleden|a\.s\.?))?)(?![\w]))",
                           flags);
  // in a footnote: `Voortgangsbrief Versterkte Aanpak Online inzake ..., 17 december 2025.`
  static const regex cited(kSeries + kNameWords + R"(\s*,\s*((?:\d{1,2}\s+)?)" + kMonthYear + R"()(?![\w]))", flags);
  // a named letter without a date: `de contourenbrief Versterkte Aanpak Online ...`
  static const regex named(kSeries +
                           R"(((?:[ \n]+(?:[A-Z][\w-]*|[a-z]+(?=[ \n]+[A-Z]))){1,8}?)(?=[ \n]*(?:[,.;:()]|$|[ \n]+[a-z])))");

  // Every pattern starts with the letter's word (kSeries): a word ending in
  // `brief`/`brieven`, so the patterns run only at the starts of such words.
  const std::span<const std::size_t> brie = ctx.anchors.occurrences_icase("brie");
  std::vector<std::size_t> starts;
  starts.reserve(brie.size());  // (at most one start per hit)
  for (std::size_t p : brie) {
    std::size_t b = p;
    while (b > 0 && p - b <= 30 && std::isalpha(static_cast<unsigned char>(t[b - 1]))) --b;
    if (p - b <= 30) starts.push_back(b);
  }
  if (starts.empty()) return;  // no letter's word, no pattern can match

  auto starts_where = [&](auto&& may_match) {
    std::vector<std::size_t> kept;
    for (std::size_t p : starts)
      if (p < t.size() && may_match(p)) kept.push_back(p);
    return kept;
  };
  // (bracketed, cited and dated ask about the same tokens: they are read once per start)
  std::vector<std::size_t> bracketed_starts;
  std::vector<std::size_t> dated_starts;
  std::vector<std::size_t> cited_starts;
  for (std::size_t p : starts) {
    if (p >= t.size()) continue;
    const LetterGates gates = letter_gates(t, p);
    if (gates.first_stop == '(') bracketed_starts.push_back(p);
    if (gates.month_ahead) dated_starts.push_back(p);
    if (gates.first_stop == ',') cited_starts.push_back(p);
  }
  const std::vector<std::size_t> named_starts = starts_where([&](std::size_t p) { return capital_follows(t, p); });

  std::vector<Found> found;
  auto already = [&](std::size_t series_begin) {
    return std::any_of(found.begin(), found.end(), [&](const Found& f) { return f.series_begin == series_begin; });
  };
  auto start = [&](const cmatch& m) {
    Found f;
    f.match = match_span(m, t);
    f.series_begin = match_span(m, t, 1).begin;
    f.series = letter_series(m[1].str());
    f.name = letter_name(m[2].str());
    return f;
  };
  auto usable = [&](const cmatch& m) {
    Span s = match_span(m, t);
    return !ctx.in_furniture(s) && !self_or_future(t, match_span(m, t, 1).begin);
  };

  for_each_match_at(t, bracketed_starts, bracketed, [&](const cmatch& m) {
    if (!usable(m)) return;
    Found f = start(m);
    // every `month year` inside the brackets
    Span list = match_span(m, t, 3);
    static const regex one(kMonthYear, flags);
    std::string_view inside = t.substr(list.begin, list.size());
    for (auto jt = matches(inside, one), jend = decltype(jt)(); jt != jend; ++jt) {
      Span at = match_span(*jt, inside);
      f.months.push_back({month_of(dutch_month((*jt)[1].str()), std::stoi((*jt)[2].str())),
                          {list.begin + at.begin, list.begin + at.end}});
    }
    found.push_back(std::move(f));
  });
  for_each_match_at(t, dated_starts, dated, [&](const cmatch& m) {
    if (!usable(m) || already(match_span(m, t, 1).begin)) return;
    Found f = start(m);
    std::string month = month_from_phrase(m[3].str(), doc_date);
    if (month.empty()) return;
    f.months.push_back({month, match_span(m, t, 3)});
    found.push_back(std::move(f));
  });
  for_each_match_at(t, cited_starts, cited, [&](const cmatch& m) {
    Span s = match_span(m, t);
    if (!ctx.footnote_containing(s.begin) || !usable(m) || already(match_span(m, t, 1).begin)) return;
    Found f = start(m);
    f.months.push_back({month_of(dutch_month(m[4].str()), std::stoi(m[5].str())), match_span(m, t, 3)});
    found.push_back(std::move(f));
  });
  for_each_match_at(t, named_starts, named, [&](const cmatch& m) {
    if (!usable(m) || already(match_span(m, t, 1).begin)) return;
    Found f = start(m);
    if (f.name.empty()) return;
    // only with a number (footnote, citation right after) or the month the sentence gives
    Span sentence = prose_sentence(ctx, f.match.begin);
    std::string_view line_start = t.substr(sentence.begin, std::min<std::size_t>(8, sentence.size()));
    if (line_start.starts_with("Betreft")) return;
    std::string month = month_in_sentence(t.substr(sentence.begin, sentence.size()));
    if (!month.empty()) f.months.push_back({month, {}});
    found.push_back(std::move(f));
  });

  // Nothing found, nothing to number, compare or add (what follows only reads
  // and changes `found` and the letters made from it).
  if (found.empty()) return;

  // numbers: a citation right after the letter, or the footnote its sentence carries
  const KamerstukIndex kamerstukken(out);
  std::vector<const Footnote*> note_of(found.size(), nullptr);
  for (std::size_t k = 0; k < found.size(); ++k) {
    Found& f = found[k];
    Span sentence = prose_sentence(ctx, f.match.begin);
    if (const Reference* r = adjacent_kamerstuk(t, kamerstukken, f.match.end, sentence.end)) {
      f.id = r->id;
      f.bound_by = "sentence";
      continue;
    }
    note_of[k] = footnote_marked_in_sentence(ctx, f.match.begin);
  }
  for (std::size_t k = 0; k < found.size(); ++k) {
    const Footnote* note = note_of[k];
    if (!note || !found[k].id.empty() || found[k].months.size() > 1) continue;
    std::size_t sharing = std::count(note_of.begin(), note_of.end(), note);
    std::vector<std::string> ids;
    for (const Reference* r : kamerstukken.in(note->body))
      if (r->attr("relation") != "vervangt" && std::find(ids.begin(), ids.end(), r->id) == ids.end()) ids.push_back(r->id);
    if (ids.size() == 1 && sharing == 1) {
      found[k].id = ids.front();
      found[k].bound_by = "footnote";
      found[k].footnote = note->number;
    }
  }

  // the document's own title is no reference to another letter
  LetterTitle own = letter_title(ctx.info.title);
  std::string own_month = ctx.info.date.size() >= 7 ? ctx.info.date.substr(0, 7) : "";

  std::vector<Reference> letters;
  for (const Found& f : found) {
    if (f.id.empty() && f.months.empty()) continue;  // a name alone is no id
    std::vector<std::pair<std::string, Span>> months = f.months;
    if (months.empty()) months.push_back({"", {}});
    for (std::size_t k = 0; k < months.size(); ++k) {
      const std::string& month = months[k].first;
      if (f.id.empty() && !own.series.empty() && own.series == f.series && month == own_month &&
          slugify(own.name) == slugify(f.name))
        continue;
      Reference r;
      r.kind = RefKind::letter;
      r.id = f.id.empty() ? letter_fallback_id(f.series, f.name, month) : f.id;
      if (r.id.empty()) continue;
      r.match = k == 0 || months[k].second.size() == 0 ? f.match : months[k].second;
      r.set_attr("series", f.series);
      if (!f.name.empty()) r.set_attr("name", f.name);
      if (!month.empty()) r.set_attr("month", month);
      if (!f.bound_by.empty()) r.set_attr("bound_by", f.bound_by);
      if (f.footnote) r.footnote = f.footnote;
      Span sentence = prose_sentence(ctx, f.match.begin);
      r.sentence = squeeze(t.substr(sentence.begin, sentence.size()));
      letters.push_back(std::move(r));
    }
  }

  // within the document: `de voortgangsbrief van december jl.` is the one
  // letter of that series and month the document names in full. Only letters
  // of one series and month can say so of each other: each is compared with
  // those alone (series and month do not change here), with its name's slug
  // kept beside it (a name changes here only when it widens).
  std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> same_series_and_month;
  for (std::size_t i = 0; i < letters.size(); ++i)
    same_series_and_month[{std::string(letters[i].attr("series")), std::string(letters[i].attr("month"))}].push_back(i);
  // each name's slug as a number (equal slugs, equal numbers), and whether it has one
  std::map<std::string, int> slug_numbers;
  auto slug_number = [&](std::string_view name) {
    return slug_numbers.try_emplace(slugify(name), static_cast<int>(slug_numbers.size())).first->second;
  };
  std::vector<int> slugs(letters.size());
  std::vector<bool> has_name(letters.size());
  for (std::size_t i = 0; i < letters.size(); ++i) {
    slugs[i] = slug_number(letters[i].attr("name"));
    has_name[i] = !letters[i].attr("name").empty();
  }
  for (std::size_t i = 0; i < letters.size(); ++i) {
    Reference& r = letters[i];
    if (r.id.rfind("letter-", 0) != 0) continue;
    std::vector<std::string> ids;
    std::string fuller_name;
    const bool unnamed = !has_name[i];
    for (std::size_t j : same_series_and_month[{std::string(r.attr("series")), std::string(r.attr("month"))}]) {
      const Reference& other = letters[j];
      if (j == i) continue;
      bool same_name = slugs[j] == slugs[i];
      bool widens = unnamed && has_name[j];
      if (!same_name && !widens) continue;
      if (other.id == r.id) continue;
      if (std::find(ids.begin(), ids.end(), other.id) == ids.end()) ids.push_back(other.id);
      if (widens) fuller_name = std::string(other.attr("name"));
    }
    // prefer a Kamerstuk number, else the fuller description
    std::vector<std::string> kst;
    for (const std::string& id : ids)
      if (id.rfind("kst-", 0) == 0) kst.push_back(id);
    if (kst.size() == 1) {
      r.id = kst.front();
      r.set_attr("bound_by", "document");
    } else if (kst.empty() && ids.size() == 1 && r.attr("name").empty()) {
      r.id = ids.front();
    }
    if (ids.size() == 1 && r.attr("name").empty() && !fuller_name.empty()) {
      r.set_attr("name", fuller_name);
      slugs[i] = slug_number(fuller_name);
      has_name[i] = true;
    }
  }
  // a letter needs a described subject: `de brief van februari 2021` names
  // no letter anyone can find (`letter-brief-2021-02` would join unrelated letters)
  for (Reference& r : letters) {
    if (r.id.starts_with("letter-") && r.attr("name").empty() && is_generic_series(r.attr("series"))) continue;
    out.push_back(std::move(r));
  }
}

}  // namespace kamerref
