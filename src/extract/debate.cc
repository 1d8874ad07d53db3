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
  if (!months.empty()) {
    std::vector<std::size_t> kinds;
    for (const AnchorLiteral& word : debate_anchors()) ctx.anchors.append(word.text, kinds);
    std::sort(kinds.begin(), kinds.end());
    for (std::size_t k : kinds) {
      auto month = std::lower_bound(months.begin(), months.end(), k);
      if (month == months.end() || *month - k > 400) continue;
      windows.push_back({k > 60 ? k - 60 : 0, std::min(t.size(), *month + 40)});
    }
  }
  for_each_match(t, merge_windows(std::move(windows)), debate, [&](const cmatch& m) {
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
  });
}

}  // namespace kamerref
