// Debates and meetings with their day. The pattern quotes the text it was
// written for; tests/extract/debate_test.cc runs those with the near misses.
#include "kamerref/extract/debate.h"

#include <boost/regex.hpp>

#include <algorithm>

#include "kamerref/extract/dates.h"
#include "kamerref/extract/dictionary.h"
#include "kamerref/extract/prose.h"
#include "kamerref/extract/regex_util.h"
#include "kamerref/extract/text_util.h"

namespace kamerref {

namespace {

// The Dutch month names, as written (case-sensitive).
const PhraseDictionary& month_dictionary() {
  static const PhraseDictionary month_names = [] {
    PhraseDictionary d;
    for (std::string_view month : kDutchMonthNames) d.add(month, 0, true);
    return d;
  }();
  return month_names;
}

// Boost's \w (C locale) and the hyphen: the characters of one word of a kind
// (`JBZ-Raad`, `NAVO-top`, `Commissiedebat`).
bool is_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

// Boost's \s (C locale).
bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }

// Where a kind that holds the anchor at `anchor` can begin, not before
// `floor`: every kind stands after a non-word byte (the pattern's lookbehind)
// and holds its anchor either in its first word (`Commissiedebat`,
// `JBZ-Raad`, `Raad Algemene Zaken`) or in a later word that white space
// alone separates from the up to three words before it (`Plenair debat`,
// `Informele JBZ-Raad`, `EU Internet Forum`). So a kind begins where the
// anchor's word begins or where one of the three words before it does.
void kind_starts(std::string_view t, std::size_t anchor, std::size_t floor, std::vector<std::size_t>& out) {
  std::size_t word = anchor;
  while (word > floor && is_word_byte(t[word - 1])) --word;
  out.push_back(word);
  for (int before = 0; before < 3; ++before) {
    std::size_t gap = word;
    while (gap > floor && is_space_byte(t[gap - 1])) --gap;
    if (gap == word) return;
    std::size_t previous = gap;
    while (previous > floor && is_word_byte(t[previous - 1])) --previous;
    if (previous == gap) return;
    out.push_back(previous);
    word = previous;
  }
}

// The matches of `re` in `window` that a search through the window finds
// (for_each_match), tried only at `starts` (ascending, repeats allowed):
// when `starts` holds every place in the window where a match can begin, a
// search finds its leftmost match at one of them, and a match tried there
// with the window's end and flags is the one the search finds.
template <class OnMatch>
void for_each_match_from(std::string_view text, Span window, const std::vector<std::size_t>& starts,
                         const boost::regex& re, OnMatch&& on_match) {
  auto flags = boost::match_default | boost::match_continuous;
  if (window.end < text.size()) {
    flags |= boost::match_not_eob;
    char next = text[window.end];
    if (next != '\n' && next != '\r' && next != '\f') flags |= boost::match_not_eol;
  }
  const char* base = text.data();
  std::size_t free_from = window.begin;  // the end of the last match
  std::size_t tried = static_cast<std::size_t>(-1);
  boost::cmatch m;
  for (std::size_t pos : starts) {
    if (pos < free_from || pos == tried || pos >= window.end) continue;
    tried = pos;
    auto at_flags = pos > 0 ? flags | boost::match_prev_avail : flags;
    if (!boost::regex_search(base + pos, base + window.end, m, re, at_flags, base)) continue;
    free_from = static_cast<std::size_t>(m[0].second - base);
    on_match(m);
  }
}

}  // namespace

std::span<const DictionaryAnchor> debate_dictionaries() {
  // a month follows the day's digits, so it starts a word; `jan.` ends in a
  // full stop, so any end
  static const DictionaryAnchor kDictionaries[] = {{&month_dictionary(), PhraseDictionary::WordEnd::any}};
  return kDictionaries;
}

std::span<const AnchorLiteral> debate_anchors() {
  // the kind words of debates and meetings (`debat`, `overleg`, `Raad`, `Forum`, ...)
  static constexpr AnchorLiteral kAnchors[] = {
      {"debat"},   {"Debat"},     {"behandeling"}, {"overleg"}, {"Overleg"}, {"vragenuur"},
      {"Vragenuur"}, {"gesprek"}, {"briefing"},    {"raad"},    {"Raad"},    {"Eurogroep"},
      {"-top"},    {"-Top"},      {"Forum"},       {"Summit"},
  };
  return kAnchors;
}

void extract_debates(const ExtractContext& ctx, std::vector<Reference>& out) {
  using boost::cmatch;
  using boost::regex;
  const std::string_view t = ctx.text();
  // The kinds of debate and meeting: Kamer debates, EU councils, the ministerraad,
  // named fora (`EU Internet Forum`, `NAVO-top`).
  static const std::string kind =
      R"(((?:[Cc]ommissiedebat|[Pp]lenaire?\s+debat|[Pp]lenaire\s+behandeling|[Ww]etgevingsoverleg|[Nn]otaoverleg|[Aa]lgemeen\s+[Oo]verleg|[Ss]chriftelijk\s+[Oo]verleg|[Tt]weeminutendebat|[Dd]ertigledendebat|[Mm]eerderheidsdebat|[Ii]nterpellatiedebat|[Kk]amerdebat|[Dd]ebat|[Bb]egrotingsbehandeling|(?:[Mm]ondelinge\s+)?[Vv]ragenuur|[Rr]ondetafelgesprek|[Tt]echnische\s+briefing|[Mm]inisterraad|(?:[Ii]nformele\s+|[Ff]ormele\s+)?[A-Z]{2,6}-[Rr]aad|Raad\s+(?:Algemene\s+Zaken|Buitenlandse\s+Zaken|Justitie\s+en\s+Binnenlandse\s+Zaken|Economische\s+en\s+Financi\xC3\xABle\s+Zaken)|Europese\s+Raad|Eurogroep|Telecomraad|Ecofinraad|Energieraad|Landbouwraad|Milieuraad|[A-Z]{2,6}-[Tt]op|(?:[A-Z][\w-]*\s+){1,3}(?:Forum|Summit))(?![\w-])))";
  // Title words, lazily, never a verb that starts a clause (`het debat werd op 7 juni ...`).
  static const std::string title =
      R"(((?:\s+(?!(?:heeft|hebben|heb|had|is|zijn|was|waren|werd|wordt|worden|zal|zullen|kan|kunnen|dat|die|waar|waarin|waarbij|toegezegd|aangegeven|gezegd|gevraagd|vond|vindt|vinden|plaats|plaatsvond|plaatsvindt|stond|staat|gepland|gehouden|jl\.?|a\.s\.?)(?![\w]))[^\s,.;:()]+){0,12}?))";
  static const std::string connector =
      R"(\s*,?\s*((?:dat|die)\s+(?:gepland\s+(?:staat|stond|is)|plaatsvond|plaatsvindt|is\s+gehouden|werd\s+gehouden|zal\s+plaatsvinden)\s+(?:op\s+)?|(?:vond|vindt)\s+plaats\s+op\s+|(?:op|van|d\.d\.|gehouden\s+op)\s+|\(\s*))";
  static const std::string day = std::string(R"((\d{1,2})\s+)") + kDutchMonthPattern +
                                 R"((?:\s+((?:19|20)\d{2}))?(?:\s+(jl\.?|jongstleden|a\.s\.?|aanstaande))?(?![\w])(?:\s*\))?)";
  // `Commissiedebat Terrorisme en Extremisme op 7 juni 2023`, `het commissiedebat
  // dat plaatsvond op 17 december 2024`, `het commissiedebat vond plaats op 12 maart 2025`
  static const regex debate(R"((?<![\w-]))" + kind + title + connector + day);

  // Fast path: the pattern runs only in windows that start shortly before a
  // kind word (`debat`, `overleg`, `Raad`, `Forum`, ...) and hold a month name
  // within 400 bytes after it (a debate is named with its day).
  // one dictionary pass finds the month names (a month follows the day's
  // digits, so it starts a word; `jan.` ends in a full stop, so any end)
  std::vector<std::size_t> months;
  for (const PhraseDictionary::Hit& hit : ctx.anchors.phrases(month_dictionary()))
    months.push_back(hit.span.begin);
  std::sort(months.begin(), months.end());
  std::vector<Span> windows;
  std::vector<std::size_t> kinds;
  // Every kind ends with one of the anchors, followed by neither a word
  // character nor a hyphen (the kind's `(?![\w-])`), except `Raad Algemene
  // Zaken` and the like, whose `Raad` begins it: an anchor in a longer word
  // (`gesprekken`, `debatten`, `overleggen`) is no kind's last word. The
  // windows still come from every anchor; the starts only from these.
  std::vector<std::size_t> kind_anchors;
  if (!months.empty()) {
    for (const AnchorLiteral& word : debate_anchors()) {
      const std::size_t from = kinds.size();
      ctx.anchors.append(word.text, kinds);
      for (std::size_t i = from; i < kinds.size(); ++i) {
        const std::size_t end = kinds[i] + word.text.size();
        if (word.text == "Raad" || end >= t.size() || !is_word_byte(t[end])) kind_anchors.push_back(kinds[i]);
      }
    }
    std::sort(kinds.begin(), kinds.end());
    std::sort(kind_anchors.begin(), kind_anchors.end());
    // the first month at or after each kind word: both lists ascend, so one
    // walk along the months serves all kinds (a binary search per kind
    // mispredicts its every step, and prose is full of `raad` and `overleg`)
    auto month = months.begin();
    for (std::size_t k : kinds) {
      while (month != months.end() && *month < k) ++month;
      if (month == months.end() || *month - k > 400) continue;
      windows.push_back({k > 60 ? k - 60 : 0, std::min(t.size(), *month + 40)});
    }
  }
  // Every kind holds one of the anchors (its last word, or `Raad` first), so
  // a match in a window begins at a kind_starts() place of such an anchor in
  // that window: the pattern is tried there and nowhere else (a search
  // through the whole window tries it at every byte: 70 ns per byte of
  // window). A place dropped with the other anchors begins no match, so the
  // matches tried before and after it stay the same.
  std::vector<std::size_t> starts;
  auto on_match = [&](const cmatch& m) {
    Span span = match_span(m, t);
    if (ctx.in_furniture(span)) return;
    // `(29 januari jl.)` keeps its bracket only when it opened one
    std::string connector_text = m[3].str();
    if (span.end > 0 && t[span.end - 1] == ')' && connector_text.find('(') == std::string::npos) --span.end;
    std::string name = squeeze(m[1].str() + m[2].str());
    int d = std::stoi(m[4].str());
    int month = dutch_month(m[5].str());
    std::string date;
    if (m[6].matched) {
      date = iso_date(std::stoi(m[6].str()), month, d);
    } else {
      std::string relative = fold(m[7].str());
      bool future = relative.starts_with("a") || connector_text.find("gepland") != std::string::npos ||
                    connector_text.find("zal") != std::string::npos || connector_text.find("plaatsvindt") != std::string::npos;
      date = resolve_day_month(d, month, ctx.info.date, future);
    }
    // a debate is known by its day: without one (`het commissiedebat vond
    // plaats op 12 maart` in a text without a date) there is no id to give
    std::string slug = slugify(name);
    if (slug.empty() || date.empty()) return;
    Reference r;
    r.kind = RefKind::debate;
    r.id = "debate-" + slug + "-" + date;
    r.match = span;
    Span sentence = prose_sentence(ctx, span.begin);
    r.sentence = squeeze(t.substr(sentence.begin, sentence.size()));
    r.set_attr("name", name);
    r.set_attr("date", date);
    out.push_back(std::move(r));
  };
  for (const Span& window : merge_windows(std::move(windows))) {
    starts.clear();
    for (auto k = std::lower_bound(kind_anchors.begin(), kind_anchors.end(), window.begin);
         k != kind_anchors.end() && *k < window.end; ++k)
      kind_starts(t, *k, window.begin, starts);
    std::sort(starts.begin(), starts.end());
    for_each_match_from(t, window, starts, debate, on_match);
  }
}

}  // namespace kamerref
