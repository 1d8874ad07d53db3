// Toezeggingen made, cited and fulfilled. The patterns quote the sentences
// they were written for; tests/extract/commitment_test.cc runs them with the
// near misses.
#include "kamerref/extract/commitment.h"

#include <boost/regex.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "kamerref/extract/dates.h"
#include "kamerref/extract/dictionary.h"
#include "kamerref/extract/prose.h"
#include "kamerref/extract/regex_util.h"
#include "kamerref/extract/table.h"
#include "kamerref/extract/text_util.h"
#include "kamerref/extract/whole_word.h"

namespace kamerref {
namespace {

using boost::cmatch;
using boost::regex;

constexpr auto kFlags = regex::perl | regex::icase;

// `ï` in `geïnformeerd`; the normalised text keeps it as UTF-8.
#define KR_GEINFORMEERD R"(ge(?:\xC3\xAF|i)nformeerd)"

struct Cue {
  bool found = false;
  Span span;  // in the sentence
};

Cue find(std::string_view s, const regex& re) {
  cmatch m;
  if (!boost::regex_search(s.data(), s.data() + s.size(), m, re)) return {};
  return {true, match_span(m, s)};
}

void widen(Span& span, const Cue& cue) {
  if (!cue.found) return;
  if (span.size() == 0) {
    span = cue.span;
    return;
  }
  span.begin = std::min(span.begin, cue.span.begin);
  span.end = std::max(span.end, cue.span.end);
}

bool ends_with_abbreviation(const std::string& s) {
  for (std::string_view a : {" jl.", " a.s.", " c.s.", " nr."})
    if (s.ends_with(a)) return true;
  return false;
}

std::string trim_phrase(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == '\n' ||
                        (s.back() == '.' && !ends_with_abbreviation(s))))
    s.pop_back();
  std::size_t b = 0;
  while (b < s.size() && s[b] == ' ') ++b;
  return squeeze(s.substr(b));
}

// A phrase from `from` up to the first stop: punctuation, a vehicle or time
// phrase, a finite verb. `de voortgang middels de voortgangsbrief` -> `de voortgang`.
std::string phrase_until_stop(std::string_view s, std::size_t from) {
  static const regex stop(
      R"([,;:(]|\.(?:\s|$)|\s(?:middels|via|door\s+middel\s+van|in\s+de\s+(?:volgende|eerstvolgende)|bij\s+de\s+(?:volgende|eerstvolgende)|in\s+(?:het|de)\s+(?:voorjaar|najaar|zomer|winter)|in\s+een\s+(?:volgende|nieuwe)|voor\s+de\s+zomer|zal|zullen|wordt|worden|informeer|informeren|te\s+informeren|ben|heb)\b)",
      kFlags);
  std::string_view rest = s.substr(from);
  cmatch m;
  std::size_t end = rest.size();
  if (boost::regex_search(rest.data(), rest.data() + rest.size(), m, stop))
    end = static_cast<std::size_t>(m[0].first - rest.data());
  end = std::min<std::size_t>(end, 220);
  return trim_phrase(std::string(rest.substr(0, end)));
}

struct Reading {
  std::string role;
  Span span;  // in the sentence
  std::string topic;
  std::string vehicle;
  std::string made_to;
  std::string made_at;
  bool refers_back = false;  // `hierover`: the topic is the previous sentence
};

std::string read_topic(std::string_view s) {
  // `Over de ontwikkelingen hieromtrent zal ik uw Kamer ...`
  static const regex over_first(R"(^\s*Over\s+)");
  // `informeren over de voortgang middels ...`, `nader ingaan op de ontwikkelingen`
  static const regex after_verb(R"(\b(?:informeren|)" KR_GEINFORMEERD
                                R"(|berichten|rapporteren|ingaan|in\s+te\s+gaan|terugkomen|terug\s+te\s+komen|op\s+de\s+hoogte\s+(?:houden|stellen|brengen|te\s+houden|te\s+stellen|te\s+brengen))(?:\s+(?:nader|verder))?\s+(?:over|op)\s+)",
                                kFlags);
  // what is sent or received is the topic: `Na de zomer stuur ik u een brief
  // over de aanpak`, `Uw Kamer ontvangt de evaluatie uiterlijk in 2027`
  static const regex sent_about(
      R"(\b(?:stuur|zend|bied)\s+(?:ik|wij|we)\s+(?:u|uw\s+Kamer)\s+(?:een|de|het|mijn)\s+[\w-]+\s+over\s+)", kFlags);
  static const regex received(
      R"(\b(?:uw\s+Kamer\s+ontvangt|ontvangt\s+(?:u|uw\s+Kamer))\s+(?=(?:de|het|een|mijn)\s))", kFlags);
  static const regex time_stop(
      R"(\s(?:uiterlijk|v(?:o|\xC3\xB3)or|na|in|rond|eind|begin|medio|binnenkort|nog|dit|volgend|komend)\b)", kFlags);
  cmatch m;
  if (boost::regex_search(s.data(), s.data() + s.size(), m, over_first))
    return phrase_until_stop(s, static_cast<std::size_t>(m.length(0)));
  if (boost::regex_search(s.data(), s.data() + s.size(), m, after_verb))
    return phrase_until_stop(s, static_cast<std::size_t>(m[0].second - s.data()));
  if (boost::regex_search(s.data(), s.data() + s.size(), m, sent_about))
    return phrase_until_stop(s, static_cast<std::size_t>(m[0].second - s.data()));
  if (boost::regex_search(s.data(), s.data() + s.size(), m, received)) {
    // the object, up to where its time begins
    std::string object = phrase_until_stop(s, static_cast<std::size_t>(m[0].second - s.data()));
    const char* first = object.c_str();
    cmatch t;
    if (boost::regex_search(first, first + object.size(), t, time_stop))
      object = trim_phrase(object.substr(0, static_cast<std::size_t>(t[0].first - first)));
    return object;
  }
  // `De minister informeert de Kamer in het najaar van 2026 over de uitkomsten ...`:
  // the first `over` after the verb that does not belong to a letter's title
  static const regex verb(R"(\b(?:informeren|informeert|informeer|)" KR_GEINFORMEERD R"(|berichten|bericht|rapporteren|rapporteert)\b)", kFlags);
  static const regex over(R"(\b([\w-]+)\s+over\s+)", kFlags);
  if (boost::regex_search(s.data(), s.data() + s.size(), m, verb)) {
    for (auto it = boost::cregex_iterator(m[0].second, s.data() + s.size(), over), end = boost::cregex_iterator(); it != end;
         ++it) {
      std::string before = fold((*it)[1].str());
      if (before.ends_with("brief") || before.ends_with("brieven") || before.ends_with("rapportage")) continue;
      return phrase_until_stop(s, static_cast<std::size_t>((*it)[0].second - s.data()));
    }
  }
  return {};
}

// `Het eindrapport zal ...`, `Deze verkenning zal ...`: the noun phrase before
// the finite verb, unless the sentence opens with the speaker or a time.
std::string sentence_subject(std::string_view s) {
  static const regex subject(R"(^\s*((?:De|Het|Deze|Dit|Die|Een|Mijn|Onze)\s[^,.;:]{2,120}?)\s+(?:zal|zullen|wordt|worden)\b)");
  cmatch m;
  if (boost::regex_search(s.data(), s.data() + s.size(), m, subject)) return trim_phrase(m[1].str());
  return {};
}

// What was promised earlier: `hebben ... toegezegd medio 2023 met een Versterkte
// Aanpak Online ... te komen` -> the clause after `toegezegd`.
std::string promised_content(std::string_view s) {
  static const regex after(R"(\btoegezegd\s+(?:om\s+|dat\s+|te\s+)?)", kFlags);
  cmatch m;
  if (!boost::regex_search(s.data(), s.data() + s.size(), m, after)) return {};
  std::string rest = trim_phrase(std::string(m[0].second, s.data() + s.size()));
  // the time comes first: `toegezegd medio 2023 met een ... te komen`
  if (std::optional<DueWindow> due = find_due_window(rest, ""); due && due->span.begin == 0)
    rest = trim_phrase(rest.substr(due->span.end));
  return rest.size() >= 8 ? rest : "";
}

// A list item's sentence without its bullet: `- U en uw voorganger ...`.
std::string without_bullet(std::string_view s) {
  std::size_t b = 0;
  while (b < s.size() && (s[b] == '-' || s[b] == ' ')) ++b;
  if (s.substr(b).starts_with("\xE2\x80\xA2")) b += 3;
  while (b < s.size() && s[b] == ' ') ++b;
  return trim_phrase(std::string(s.substr(b)));
}

// Whether one of `lower_words` (lower-case ASCII letters) occurs in `s` in
// either case of its letters: where a case-blind pattern's literal can match.
bool holds_any_icase(std::string_view s, std::initializer_list<std::string_view> lower_words) {
  const std::string lower = ascii_lower(s);
  return std::any_of(lower_words.begin(), lower_words.end(),
                     [&](std::string_view w) { return lower.find(w) != std::string::npos; });
}

std::string read_vehicle(std::string_view s) {
  // every vehicle the pattern reads ends in one of these nouns (`jaarverslag`
  // in `verslag`, `voortgangsrapportage` in `rapportage`): without one, the
  // search is skipped
  if (!holds_any_icase(s, {"brief", "reactie", "rapportage", "standpunt", "verslag", "nota", "fiche", "monitor"}))
    return {};
  static const regex vehicle(
      R"(\b(?:in|middels|via|bij|met|per|door\s+middel\s+van)\s+(?:(?:de|het|een|mijn|onze)\s+)?(?:(?:volgende|eerstvolgende|nieuwe|aparte|afzonderlijke|separate|komende|jaarlijkse|halfjaarlijkse)\s+)?([A-Za-z]*(?:brief|reactie|rapportage|standpunt|verslag|nota|fiche|monitor|jaarverslag|voortgangsrapportage))\b)",
      kFlags);
  // what is sent: `Na de zomer stuur ik u een brief over ...`, `ontvangt u een beleidsreactie`
  static const regex sent(
      R"(\b(?:stuur|stuurt|sturen|zend|zendt|zenden|toezenden|ontvangt|ontvangen)\b[^.;]{0,30}?\b(?:de|het|een|mijn|onze)\s+(?:(?:volgende|eerstvolgende|nieuwe|aparte|afzonderlijke|separate|komende|jaarlijkse|halfjaarlijkse)\s+)?([A-Za-z]*(?:brief|reactie|rapportage|standpunt|verslag|nota|fiche|monitor))\b)",
      kFlags);
  cmatch m;
  if (boost::regex_search(s.data(), s.data() + s.size(), m, vehicle)) return m[1].str();
  if (boost::regex_search(s.data(), s.data() + s.size(), m, sent)) return m[1].str();
  return {};
}

std::string read_made_to(std::string_view s) {
  // `aan het lid van der Werf (D66)`, `aan de leden Jansen en De Vries`, `aan mevrouw Mutluer`
  static const regex to(
      R"(\b(?:aan|tegenover)\s+(?:het\s+(?:Kamer)?lid|de\s+(?:Kamer)?leden|mevrouw|de\s+heer)\s+((?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Hh]et|[Tt]er|[Tt]en|[Tt]e|'t)\s+){0,3}[A-Z][\w'-]*(?:\s*\([^()\n]{1,30}\))?(?:(?:\s*,\s*|\s+en\s+)(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Hh]et|[Tt]er|[Tt]en|[Tt]e|'t)\s+){0,3}[A-Z][\w'-]*(?:\s*\([^()\n]{1,30}\))?)*(?:\s+c\.s\.)?))");
  cmatch m;
  if (boost::regex_search(s.data(), s.data() + s.size(), m, to)) return trim_phrase(m[1].str());
  return {};
}

std::string read_made_at(std::string_view s) {
  // `tijdens het plenair debat inzake de Uitvoeringswet ... op 21 december 2022`,
  // `tijdens het Wetgevingsoverleg Digitale Zaken van 2 maart jl.,`, `in diverse Kamerdebatten`
  static const regex during(R"(\btijdens\s+((?:het|de|een)\s+(?:[^,;.]|\.(?=[,\w]))*))", kFlags);
  static const regex in_debate(
      R"(\b(?:in|bij)\s+((?:het|de|diverse|verschillende|een|eerdere)\s+[^,.;]{0,60}?(?:debat|debatten|overleg|overleggen|vragenuur|wetgevingsoverleg|notaoverleg))\b)",
      kFlags);
  // the main clause after the occasion, where no comma ends it: `Tijdens het
  // commissiedebat Jeugdzorg van 12 maart 2025 heb ik toegezegd ...`
  static const regex main_clause(
      R"(\s+(?:heb|hebben|heeft|had|hadden|is|was|zijn|waren|ben|zegde|zegden|zei|deed|deden|gaf|gaven|werd|werden|kwam|kwamen|zal|zullen|zou|kan|wil)\s+(?:ik|wij|we|de|het|hij|zij|u|toegezegd|door)\b)",
      kFlags);
  auto occasion = [&](const cmatch& found) {
    std::string said = found[1].str();
    cmatch clause;
    if (boost::regex_search(said.c_str(), said.c_str() + said.size(), clause, main_clause))
      said.resize(static_cast<std::size_t>(clause[0].first - said.c_str()));
    return trim_phrase(said);
  };
  cmatch m;
  if (boost::regex_search(s.data(), s.data() + s.size(), m, during)) return occasion(m);
  if (boost::regex_search(s.data(), s.data() + s.size(), m, in_debate)) return occasion(m);
  return {};
}

// The cue patterns of read_sentence and is_kamer_request. Each is searched
// in a whole candidate sentence; one pass over the sentence first
// tells which of them can match there at all (CueFilter), and only those run.
enum CueRule : int {
  kRequest, kKeeps, kAsPromised, kDeliversNow, kPromiseNoun, kPromisedPast, kToKamer, kToYou, kInfinitive,
  kInformsVehicle, kParticiple, kPassive, kFuture, kWhenLater, kVehicleNoun, kComesBack, kThirdPerson,
  kThirdSubject, kPromisesNow, kSendsPresent, kKamerReceives, kComingVehicle, kCueRuleCount
};

struct CuePattern {
  CueRule rule;
  // Words the pattern cannot match without, `|`-separated, in lower case and
  // found in any case: every alternative of the pattern contains one of them.
  const char* needs;
  const char* pattern;
  bool icase = true;
};

const CuePattern kCuePatterns[] = {
    // A request of the Kamer in a motion, also where a Handelingen quotes it:
    // `verzoekt de regering de Kamer hierover te informeren bij de volgende
    // voortgangsbrief`, `verzoekt het demissionaire kabinet de Kamer voor de zomer
    // te informeren`, `... en gaat over tot de orde van de dag.`
    {kRequest, "verzoek|roept|draagt|orde|constaterende|overwegende|mening",
     R"(\b(?:verzoekt|verzoeken|roept|draagt)\s+(?:de|het)\s+(?:[a-z]+\s+)?(?:regering|kabinet|minister|staatssecretaris|staatsecretaris)\b|\ben\s+gaat\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag\b|^\s*(?:constaterende|overwegende|van\s+mening)\s+dat\b)"},
    // --- fulfilled ---
    // `Hiermee geef ik gehoor aan de toezegging uw Kamer dit voorjaar hierover te informeren`,
    // `In deze brief kom ik terug op de toezegging om uw Kamer voor de zomer te informeren`
    {kKeeps, "toezegging",
     R"(\b(?:hiermee|hiermede|daarmee|hierbij|met\s+deze\s+brief|in\s+deze\s+brief|graag)\b[^.;]{0,120}?\b(?:geef|geven|kom|komen|doe|doen|voldoe|voldoen|los|lossen|informeer|informeren)\s+(?:ik|wij|we)\b[^.;]{0,80}?\btoezegging(?:en)?\b|\btoezegging(?:en)?\b[^.;]{0,120}?\b(?:hiermee|hierbij|met\s+deze\s+brief)\s+(?:gestand\s+gedaan|ingelost|afgedaan|nagekomen)\b)"},
    // `Zoals toegezegd informeer ik uw Kamer hierbij over ...`
    {kAsPromised, "toegezegd|toezegging",
     R"(\b(?:zoals\s+(?:ik\s+|is\s+|eerder\s+|al\s+|reeds\s+|heb\s+)*toegezegd|conform\s+(?:de|mijn)\s+toezegging|overeenkomstig\s+(?:de|mijn)\s+toezegging|ter\s+uitvoering\s+van\s+(?:de|mijn)\s+toezegging))"},
    // `Hierbij informeer ik uw Kamer over ...`, `stuur ik u hierbij ...`
    {kDeliversNow, "informeer|bied|stuur|zend|ontvangt",
     R"(\b(?:hierbij|hiermee|met\s+deze\s+brief|in\s+deze\s+brief)\b[^.;]{0,60}?\b(?:informeer|bied|stuur|zend|ontvangt)\b|\b(?:informeer|bied|stuur|zend)\s+ik\s+(?:u|uw\s+Kamer)?[^.;]{0,40}?\b(?:hierbij|hiermee)\b)"},
    // --- cited ---
    // `Toezegging gedaan aan het lid ...`, `de toezegging aan het lid X`, `de toezegging tijdens ...`
    {kPromiseNoun, "toezegging", R"(\btoezegging(?:en)?\s+(?:(?:is\s+|zijn\s+)?gedaan\s+)?(?:aan|tijdens)\b)"},
    // `U en uw voorganger hebben in diverse Kamerdebatten toegezegd`, `heb ik toegezegd`
    {kPromisedPast, "toegezegd", R"(\b(?:heb|heeft|hebben|had|hadden)\b[^.;]{0,100}?\btoegezegd\b)"},
    // --- made ---
    // `uw Kamer`, `de Tweede Kamer`, `de Kamerleden`, `de TK`
    {kToKamer, "kamer|tk", R"(\b(?:uw\s+Kamer|de\s+(?:Tweede\s+)?Kamer(?:leden)?|de\s+TK)\b)"},
    // `U` as the Kamer addressed: `ik zal u voor de zomer informeren`
    {kToYou, "u", R"(\b[Uu]\b)", false},
    // `informeren`, `toezenden`, `terug te komen`, `op de hoogte te houden`
    {kInfinitive, "informeren|berichten|sturen|zenden|aanbieden|rapporteren|delen|terug|gaan|hoogte",
     R"(\b(?:informeren|berichten|toezenden|toesturen|sturen|zenden|aanbieden|rapporteren|delen|terugkoppelen|terugkomen|terug\s+te\s+komen|ingaan|in\s+te\s+gaan|op\s+de\s+hoogte\s+(?:houden|stellen|brengen|te\s+houden|te\s+stellen|te\s+brengen))\b)"},
    // `in de voortgangsbrief ... informeren`: the verbs a vehicle takes
    {kInformsVehicle, "informeren|rapporteren|gaan|terug", R"(\b(?:informeren|rapporteren|ingaan|in\s+te\s+gaan|terugkomen|terug\s+te\s+komen)\b)"},
    // `wordt uw Kamer geïnformeerd`, `worden toegezonden`
    {kParticiple, "nformeerd|gezonden|gestuurd|aangeboden|gerapporteerd|bericht", R"(\b(?:)" KR_GEINFORMEERD R"(|toegezonden|toegestuurd|gestuurd|gezonden|aangeboden|gerapporteerd|bericht)\b)"},
    {kPassive, "wordt|worden", R"(\b(?:wordt|worden)\b)"},
    // `zal`, `streef ik ernaar`, `ben ik voornemens`, `verwacht ik`, `kom ik ... terug`
    {kFuture, "zal|zullen|ernaar|voornemens|plan|verwacht|terug",
     R"(\b(?:zal|zullen)\b|\b(?:streef|streven)\s+(?:ik|wij|we|het\s+kabinet)\s+ernaar\b|\b(?:ik|wij|we|het\s+kabinet)\s+(?:streef|streeft|streven)\s+ernaar\b|\b(?:ben|is|zijn)\s+(?:ik\s+|wij\s+|we\s+|het\s+kabinet\s+)?(?:voornemens|van\s+plan)\b|\b(?:verwacht|verwachten)\s+(?:ik|wij|we|het\s+kabinet)\b|\b(?:ik|wij|we)\s+(?:verwacht|verwachten)\b|\b(?:kom|komen)\s+(?:ik|wij|we)\b[^.;]{0,80}?\bterug\b)"},
    // `waarna uw Kamer wordt geïnformeerd`, `zodra`, `binnenkort`, `te zijner tijd`
    {kWhenLater, "waarna|zodra|binnenkort|zijner", R"(\b(?:waarna|zodra|binnenkort|te\s+zijner\s+tijd)\b)"},
    // `voortgangsbrief`, `Kamerbrieven`, `beleidsreactie`, `rapportage`
    {kVehicleNoun, "brie|reactie|rapportage", R"(\b[A-Za-z]*(?:brief|brieven|reactie|rapportage)\b)"},
    // `Ik kom hier voor de zomer bij uw Kamer op terug.`
    {kComesBack, "terug", R"(\b(?:(?:kom|komen)\s+(?:ik|wij|we)|(?:ik|wij|we)\s+(?:kom|komen))\b[^.;]{0,80}?\bterug\b)"},
    // `De minister informeert de Kamer voor de zomer over ...`
    {kThirdPerson, "informe|stuurt|zendt|bericht|rapporteert|sturen|zenden", R"(\b(?:informeert|stuurt|zendt|bericht|rapporteert|informeren|sturen|zenden)\b)"},
    {kThirdSubject, "minister|staatssecretaris|kabinet|regering",
     R"(^\s*(?:(?:-|\xE2\x80\xA2|\|)\s*)?(?:De|Het)\s+(?:ministers?|staatssecretaris(?:sen)?|kabinet|regering)\b)"},
    // the promise recorded as it is made: `De minister zegt toe de Kamer voor de zomer
    // te informeren over ...` (a verslag's toezeggingen), `Ik zeg toe dat ...` (Handelingen)
    {kPromisesNow, "zeg", R"(\b(?:zeg|zegt|zeggen)\b[^.;]{0,60}?\btoe\b)"},
    // the present tense for a time still to come: `Ik informeer uw Kamer in het
    // eerste kwartaal van 2026 over de voortgang`, `Na de zomer stuur ik u een brief`
    {kSendsPresent, "informeer|stuur|zend|bied",
     R"(\b(?:(?:ik|wij|we)\s+(?:informeer|informeren|stuur|sturen|zend|zenden|bied|bieden)|(?:informeer|informeren|stuur|sturen|zend|zenden|bied|bieden)\s+(?:ik|wij|we))\b)"},
    // `Uw Kamer ontvangt de evaluatie uiterlijk in 2027`, `Voor de zomer ontvangt u een brief`
    {kKamerReceives, "ontvangt", R"(\b(?:uw\s+Kamer\s+ontvangt|ontvangt\s+(?:u|uw\s+Kamer))\b)"},
    // a letter still to come: `in de volgende voortgangsbrief`, `in een aparte
    // brief`, `bij de eerstvolgende rapportage`; not `in deze brief`
    {kComingVehicle, "brie|reactie|rapportage",
     R"(\b(?:in|bij|met)\s+(?:de|een)\s+(?:(?:eerst)?volgende|eerstkomende|komende|aanstaande|aparte|afzonderlijke|separate|nadere|nieuwe)\s+[A-Za-z]*(?:brief|reactie|rapportage)\b)"},
};

const CuePattern& cue_pattern(CueRule rule) {
  for (const CuePattern& p : kCuePatterns)
    if (p.rule == rule) return p;
  throw std::logic_error("a cue rule without a pattern");
}

const regex& cue_regex(CueRule rule) {
  static const std::vector<regex> compiled = [] {
    std::vector<regex> all;
    for (int k = 0; k < kCueRuleCount; ++k) {
      const CuePattern& p = cue_pattern(static_cast<CueRule>(k));
      all.emplace_back(p.pattern, p.icase ? kFlags : regex::perl);
    }
    return all;
  }();
  return compiled[static_cast<std::size_t>(rule)];
}

// The words the cue patterns need, looked up together: one pass over a
// sentence tells which rules may match in it, and a rule none of whose
// words occur cannot match, so its Boost search is skipped. The words are
// found in any case of their ASCII letters (as the case-blind patterns
// compare them) through their first two letters, so that a sentence is read
// once with a table lookup per byte. (A Hyperscan literal database did the
// same scan but took ~30M instructions to compile, ~7 ms at the first
// document; the patterns themselves in Hyperscan's prefilter mode ~150 ms.)
class CueFilter {
 public:
  using Rules = WordRuleFilter::Rules;  // bit k: rule k may match
  static_assert(kCueRuleCount <= 32);

  CueFilter() {
    for (const CuePattern& p : kCuePatterns) {
      std::string_view needs = p.needs;
      for (std::size_t from = 0; from <= needs.size();) {
        std::size_t bar = std::min(needs.find('|', from), needs.size());
        words_.add(needs.substr(from, bar - from), Rules{1} << p.rule);
        from = bar + 1;
      }
    }
  }

  Rules may_match(std::string_view sentence) const { return words_.may_match(sentence); }

 private:
  WordRuleFilter words_;
};

const CueFilter& cue_filter() {
  static const CueFilter filter;
  return filter;
}

// The cue of `rule` in `s`, searched only when the filter says it may be there.
Cue find(std::string_view s, CueRule rule, CueFilter::Rules may) {
  if (!(may & (CueFilter::Rules{1} << rule))) return {};
  return find(s, cue_regex(rule));
}

// Does the `terug` that ends at `at` open `terug op` and what it returns to
// (`Graag kom ik terug op de vragen van het lid Van Dijk`)? Coming back to a
// subject in the sentence itself, not a promise to come back later (`Ik kom
// hier voor de zomer op terug`, `Ik kom hierop terug in de voortgangsbrief`).
bool returns_to_subject(std::string_view s, std::size_t at) {
  while (at < s.size() && (s[at] == ' ' || s[at] == '\n')) ++at;
  return s.substr(at).starts_with("op ") || s.substr(at).starts_with("op\n");
}

// Reads one sentence. `u_is_kamer`: the document is addressed to the Kamer
// (a nota addresses the minister as `u`). `may`: the cues that can match in it.
// `doc_date`: the document's ISO date, empty when it has none.
std::optional<Reading> read_sentence(std::string_view s, bool u_is_kamer, CueFilter::Rules may,
                                     std::string_view doc_date);

// The first column of a row of a table in PDF text, [begin, end), with the
// lines below it that go on in that column: they stand at its indentation
// and open lower-case (`De minister informeert de Kamer voor de zomer van
// 2025      Zomer 2025     Afgedaan` / `over de wachtlijsten in de
// jeugdzorg`). At most three such lines.
std::string first_column_text(std::string_view t, std::size_t begin, std::size_t end) {
  std::string text = squeeze(t.substr(begin, end - begin));
  const std::size_t indent = begin - line_around(t, begin, begin).begin;
  std::size_t next = t.find('\n', end);
  for (int k = 0; k < 3 && next != std::string_view::npos && next + 1 < t.size(); ++k) {
    const Span line = line_around(t, next + 1, next + 1);
    const std::size_t opens = line.begin + indent;
    if (opens >= line.end || t.substr(line.begin, indent).find_first_not_of(' ') != std::string_view::npos ||
        !starts_lower(t, opens))
      break;
    const std::size_t gap = std::min(t.substr(0, line.end).find(kColumnGap, opens), line.end);
    text += ' ';
    text += squeeze(t.substr(opens, gap - opens));
    next = line.end < t.size() ? line.end : std::string_view::npos;
  }
  return text;
}

// A table's row (`| De minister informeert de Kamer voor de zomer van 2025
// over de wachtlijsten | Zomer 2025 | Met deze brief afgedaan |`): its first
// cell is read as a sentence; a promise there is kept where a later cell
// says so (table.h's cell_status: `Afgedaan`, `Met deze brief afgedaan`,
// `Afgerond bij brief van 3 maart 2025`), and nothing else in the row is a
// promise of its own.
// `cells`: the row's cells in `s`, the promise's own first (row_cells, or
// the first column and column_cells for PDF text).
std::optional<Reading> read_row(std::string_view s, const std::vector<Span>& cells, bool u_is_kamer,
                                std::string_view doc_date) {
  if (cells.empty()) return std::nullopt;
  const Span own = cells.front();
  const std::string_view cell = s.substr(own.begin, own.size());
  std::optional<Reading> reading = read_sentence(cell, u_is_kamer, cue_filter().may_match(cell), doc_date);
  if (!reading) {
    // the time may stand in a later cell (`| De minister stuurt de Kamer de
    // evaluatie | Najaar 2025 | Lopend |`): the cells read as one sentence,
    // what was found kept to the first
    std::string joined(cell);
    for (std::size_t k = 1; k < cells.size(); ++k) {
      joined += ' ';
      joined += s.substr(cells[k].begin, cells[k].size());
    }
    reading = read_sentence(joined, u_is_kamer, cue_filter().may_match(joined), doc_date);
    if (!reading) return std::nullopt;
    reading->span.begin = std::min(reading->span.begin, cell.size());
    reading->span.end = std::min(reading->span.end, cell.size());
    if (reading->span.size() == 0) reading->span = {0, cell.size()};  // the cue stood in a later cell
  }
  // (the cell without the blanks around it)
  while (reading->span.begin < reading->span.end && cell[reading->span.begin] == ' ') ++reading->span.begin;
  while (reading->span.end > reading->span.begin && cell[reading->span.end - 1] == ' ') --reading->span.end;
  reading->span.begin += own.begin;
  reading->span.end += own.begin;
  for (std::size_t k = 1; k < cells.size(); ++k)
    if (cell_status(s.substr(cells[k].begin, cells[k].size())) == CellStatus::done) {
      reading->role = "fulfilled";
      break;
    }
  return reading;
}

// Can the text before a promise (`Ik kom hier ... op terug`) name what it
// is about: a sentence, or a heading (`Wachtlijsten jeugdzorg`)? Not the
// letter's date line (`Den Haag, 12 mei 2025`) or its salutation (`Geachte
// voorzitter,`), which stand before its first paragraph.
bool names_a_topic(std::string_view before) {
  while (!before.empty() && (before.back() == ' ' || before.back() == '\n')) before.remove_suffix(1);
  if (before.empty()) return false;
  const char last = before.back();
  if (last == '.' || last == '!' || last == ':') return true;
  if (last == ',' || before.starts_with("Geachte ")) return false;
  return std::none_of(before.begin(), before.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// read_sentence's cues, before a promise made is checked for a negation.
std::optional<Reading> read_cues(std::string_view s, bool u_is_kamer, CueFilter::Rules may, std::string_view doc_date);

// Is a promise made negated where it is said: `niet`, `geen` or `nooit` in
// the words its cues span or in the two words after them (`Ik zal uw Kamer
// hierover niet apart informeren`, `Ik stuur u geen nieuwe brief voor de
// zomer`)? Not a bound on its time (`niet eerder dan in het najaar`, `niet
// later dan 1 juli`), a time denied (`niet voor de zomer, maar na de zomer`)
// nor `niet alleen ... maar ook`.
bool negated_promise(std::string_view s, Span said) {
  // the words from the span's begin to two words past its end, in order
  // (views into `s`; most spans hold no negation and cost a walk only)
  std::array<std::string_view, 64> words;
  std::size_t count = 0;
  std::size_t after = 0;  // words read past the span's end
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  for (std::size_t i = said.begin; i < s.size() && after < 3 && count < words.size();) {
    while (i < s.size() && !letter(s[i])) ++i;
    const std::size_t begin = i;
    while (i < s.size() && letter(s[i])) ++i;
    if (begin == i) break;
    words[count++] = s.substr(begin, i - begin);
    if (begin >= said.end) ++after;
  }
  auto is = [](std::string_view word, std::string_view lower) {
    return word.size() == lower.size() && word_at_icase(word, 0, lower);
  };
  for (std::size_t k = 0; k < count; ++k) {
    if (!is(words[k], "niet") && !is(words[k], "geen") && !is(words[k], "nooit")) continue;
    // (the third word after the span is read only as the one after a negation)
    if (k + 1 == count && after == 3) continue;
    // (`niet voor de zomer`, `niet in 2025`: the time is denied, the promise stands)
    if (is(words[k], "niet") && k + 1 < count) {
      const std::string_view next = words[k + 1];
      if (is(next, "eerder") || is(next, "later") || is(next, "alleen") || is(next, "pas") || is(next, "voor") ||
          is(next, "na") || is(next, "in") || is(next, "binnen") || is(next, "tijdens"))
        continue;
    }
    return true;
  }
  return false;
}

std::optional<Reading> read_sentence(std::string_view s, bool u_is_kamer, CueFilter::Rules may,
                                     std::string_view doc_date) {
  std::optional<Reading> reading = read_cues(s, u_is_kamer, may, doc_date);
  if (reading && reading->role == "made" && negated_promise(s, reading->span)) return std::nullopt;
  return reading;
}

std::optional<Reading> read_cues(std::string_view s, bool u_is_kamer, CueFilter::Rules may, std::string_view doc_date) {
  std::string_view trimmed = s;
  while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '\n')) trimmed.remove_suffix(1);
  if (trimmed.ends_with("?")) return std::nullopt;

  // --- fulfilled -------------------------------------------------------------
  Cue keep = find(s, kKeeps, may);
  Cue promised = find(s, kAsPromised, may);
  // (`now` is read only beside a `promised` without a `keep`)
  Cue now = !keep.found && promised.found ? find(s, kDeliversNow, may) : Cue{};
  if (keep.found || (promised.found && now.found)) {
    Reading r;
    r.role = "fulfilled";
    widen(r.span, keep);
    if (!keep.found) {
      widen(r.span, promised);
      widen(r.span, now);
    }
    return r;
  }

  // --- cited -----------------------------------------------------------------
  Cue noun = find(s, kPromiseNoun, may);
  Cue past = find(s, kPromisedPast, may);
  if (noun.found || promised.found || past.found) {
    Reading r;
    r.role = "cited";
    widen(r.span, noun);
    widen(r.span, promised);
    widen(r.span, past);
    r.made_to = read_made_to(s);
    r.made_at = read_made_at(s);
    if (!r.made_at.empty()) {
      std::size_t at = s.find(r.made_at);
      if (at != std::string_view::npos) r.span.end = std::max(r.span.end, at + r.made_at.size());
    }
    return r;
  }

  // --- made --------------------------------------------------------------------
  // Each branch below reads a sentence only where its own cues are found
  // (`says`; `back`; `third` with its subject; a future with an infinitive;
  // a participle with a passive), and a cue is found only where the filter
  // lets it be searched. Where the filter rules out every branch, no branch
  // can read the sentence, and the search for the addressee is skipped.
  auto may_all = [may](std::initializer_list<CueRule> rules) {
    for (CueRule rule : rules)
      if (!(may & (CueFilter::Rules{1} << rule))) return false;
    return true;
  };
  if (!may_all({kPromisesNow}) && !may_all({kComesBack}) && !may_all({kThirdPerson, kThirdSubject}) &&
      !may_all({kFuture, kInfinitive}) && !may_all({kParticiple, kPassive}) && !may_all({kSendsPresent}) &&
      !may_all({kKamerReceives}))
    return std::nullopt;
  Cue kamer = find(s, kToKamer, may);
  if (!kamer.found && u_is_kamer) kamer = find(s, kToYou, may);
  // The cues below are searched only where a branch reads them (a search has
  // no side effect, so which are searched does not change what a branch sees),
  // and the due rules at most once for the sentence.
  std::optional<bool> due_cached;
  auto has_due = [&] {
    if (!due_cached) due_cached = find_due_window(s, "").has_value();
    return *due_cached;
  };
  Reading r;
  bool to_the_kamer = kamer.found || (find(s, kVehicleNoun, may).found && find(s, kInformsVehicle, may).found);
  if (!to_the_kamer) {
    // `Ik kom hier voor de zomer op terug`, `Ik kom hierop terug in de volgende
    // voortgangsbrief`: in a document to the Kamer, coming back at a time or
    // in a letter still to come is a promise to it, the Kamer unnamed. Not
    // `Graag kom ik terug op de vragen van het lid ...` (coming back to a
    // subject, now), nor `Ik kom hier later in deze brief op terug`.
    if (!u_is_kamer) return std::nullopt;
    const Cue back = find(s, kComesBack, may);
    if (!back.found || returns_to_subject(s, back.span.end) || !(find(s, kComingVehicle, may).found || has_due()))
      return std::nullopt;
    r.role = "made";
    widen(r.span, back);
    return r;
  }
  if (Cue says = find(s, kPromisesNow, may); says.found) {
    r.role = "made";
    widen(r.span, says);
    widen(r.span, kamer);
    widen(r.span, find(s, kInfinitive, may));
    return r;
  }
  if (Cue back = find(s, kComesBack, may);
      back.found && !returns_to_subject(s, back.span.end) && (kamer.found || has_due())) {
    r.role = "made";
    widen(r.span, back);
    widen(r.span, kamer);
    return r;
  }
  if (Cue third = find(s, kThirdPerson, may); third.found && find(s, kThirdSubject, may).found && has_due()) {
    // `De minister informeert de Kamer voor de zomer over ...` (a toezeggingen list)
    r.role = "made";
    widen(r.span, third);
    widen(r.span, kamer);
    return r;
  }
  // The present tense promises only with a time after the letter's date
  // (`in het eerste kwartaal van 2026` in a letter of October 2025), and not
  // where the letter itself is what it sends (`Hierbij informeer ik uw Kamer
  // over de maatregelen die in 2026 ingaan`). Without the letter's date
  // there is no telling: no promise is read.
  if (Cue sends = find(s, kSendsPresent, may), receives = find(s, kKamerReceives, may);
      (sends.found || receives.found) && !doc_date.empty() && !find(s, kDeliversNow, may).found) {
    const std::optional<DueWindow> due = find_due_window(s, doc_date);
    if (due && !due->to.empty() && due->to > doc_date) {
      r.role = "made";
      widen(r.span, sends);
      widen(r.span, receives);
      widen(r.span, kamer);
      return r;
    }
  }
  const Cue fut = find(s, kFuture, may);
  if (fut.found) {
    if (Cue inf = find(s, kInfinitive, may); inf.found) {
      r.role = "made";
      widen(r.span, fut);
      widen(r.span, kamer);
      widen(r.span, inf);
      return r;
    }
  }
  // (both must be found: the short passive first)
  Cue passive = find(s, kPassive, may);
  if (!passive.found) return std::nullopt;
  Cue part = find(s, kParticiple, may);
  if (!part.found) return std::nullopt;
  Cue later = find(s, kWhenLater, may);
  bool timed = fut.found || later.found || has_due();
  if (!timed) return std::nullopt;
  r.role = "made";
  widen(r.span, fut);
  widen(r.span, later);
  widen(r.span, kamer);
  widen(r.span, part);
  widen(r.span, passive);
  return r;
}

// A request of the Kamer in a motion (kRequest): the motion's, never a
// promise of the government.
bool is_kamer_request(std::string_view s, CueFilter::Rules may) { return find(s, kRequest, may).found; }

// Words of a topic that say what it is about: four letters or more, not a
// function word or the procedure (`tot de orde van de dag`, `te`).
int content_word_count(std::string_view phrase) {
  static constexpr std::string_view kEmpty[] = {
      "deze", "dit", "die", "dat", "over", "voor", "door", "naar", "zijn", "wordt", "worden", "zal", "zullen",
      "orde", "hierover", "daarover", "hieromtrent", "daaromtrent", "hiervan", "daarvan", "hierop", "daarop",
      "ontwikkelingen", "voortgang", "stand", "zaken", "informeren", "kamer", "brief", "verder", "nader"};
  int n = 0;
  const std::string folded = fold(phrase);
  // each run of letters and digits in the folded phrase is a word
  for (std::size_t i = 0; i < folded.size();) {
    auto is_word = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    if (!is_word(folded[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < folded.size() && is_word(folded[end])) ++end;
    const std::string_view word(folded.data() + i, end - i);
    if (word.size() >= 4 && std::find(std::begin(kEmpty), std::end(kEmpty), word) == std::end(kEmpty)) ++n;
    i = end;
  }
  return n;
}

// The noun phrase a later `hieromtrent` points back to: of the phrases that
// open with an article in the antecedent sentence, the one with most content
// words. `De aanbeveling om een ‘multistakeholdergroep’ op te richten, heb ik
// gedeeld met betrokken partijen, zoals de ATKM en de internetsector.` -> `De
// aanbeveling om een ‘multistakeholdergroep’ op te richten`; `In dit licht ga
// ik kijken naar de wenselijkheid en haalbaarheid van een zorgplicht voor
// online platformen in Europees verband.` -> `de wenselijkheid en haalbaarheid
// van een zorgplicht voor online platformen in Europees verband`.
std::string antecedent_phrase(std::string_view s) {
  static const regex phrase(R"(\b(?:[Dd]e|[Hh]et|[Ee]en)\s)");
  static const regex stop(
      R"([,;:()]|\.(?:\s|$)|\s(?:heb|heeft|hebben|ben|is|zijn|was|waren|wordt|worden|werd|zal|zullen|kan|kunnen|moet|moeten|ga|gaat|gaan|ik|wij|we|die|dat|waarna|waarmee|waarbij|omdat|zodat|terwijl|zoals|informeren|informeer|sturen|stuur|toezenden|aanbieden|rapporteren|delen)\b)");
  std::string best;
  int best_words = 0;
  std::size_t from = 0;
  // a time is no subject: `het einde van het jaar` of `voor het einde van het jaar`
  const std::optional<DueWindow> due = find_due_window(s, "");
  cmatch m;
  while (from < s.size() &&
         boost::regex_search(s.data() + from, s.data() + s.size(), m, phrase)) {
    std::size_t begin = static_cast<std::size_t>(m[0].first - s.data());
    std::size_t after = begin + static_cast<std::size_t>(m.length(0));
    cmatch e;
    std::size_t end = s.size();
    if (boost::regex_search(s.data() + after, s.data() + s.size(), e, stop))
      end = static_cast<std::size_t>(e[0].first - s.data());
    if (due && begin >= due->span.begin && begin < due->span.end) {
      from = std::max(end, after);
      continue;
    }
    std::string candidate = trim_phrase(std::string(s.substr(begin, end - begin)));
    // `een definitie van extremistische content te` (kunnen komen): no dangling function word
    static const regex dangling(R"((?:\s+(?:te|om|en|of|van|de|het|een|op|in|aan|met|voor|naar|tot))+$)");
    candidate = boost::regex_replace(candidate, dangling, "");
    int words = content_word_count(candidate);
    if (words > best_words && candidate.size() <= 200) {
      best = candidate;
      best_words = words;
    }
    from = std::max(end, after);
  }
  return best_words >= 2 ? best : "";
}

// `Over de ontwikkelingen hieromtrent`, `hierover`, `deze verkenning`: a topic
// that points back instead of naming its subject.
bool points_back(std::string_view topic) {
  static const regex back(R"(\b(?:hierover|daarover|hieromtrent|daaromtrent|hiervan|daarvan|hierop|daarop)\b|^\s*(?:deze|dit|die)\s+[\w-]+\s*$)",
                          kFlags);
  // every alternative holds `hier`, `daar` or `deze`/`dit`/`die`: without
  // one, the search is skipped
  if (!holds_any_icase(topic, {"hier", "daar", "deze", "dit", "die"})) return false;
  return boost::regex_search(topic.data(), topic.data() + topic.size(), back);
}

// The sentences before the promise, nearest first, within its paragraph and
// the one before it: the one a `hieromtrent` points to is the first that does
// not itself open by pointing back (`Hierbij ligt de focus ...`).
std::vector<Span> sentences_before(const ExtractContext& ctx, std::size_t begin, std::size_t count) {
  std::string_view t = ctx.text();
  std::vector<Span> found;
  int paragraphs = 0;
  while (found.size() < count && begin > 1) {
    std::size_t before = begin;
    while (before > 0 && (t[before - 1] == ' ' || t[before - 1] == '\n')) --before;
    if (before == 0) break;
    if (t.substr(before, begin - before).find("\n\n") != std::string_view::npos && ++paragraphs > 1) break;
    Span previous = prose_sentence(ctx, before - 1);
    if (previous.size() == 0 || previous.begin >= begin) break;
    found.push_back(previous);
    begin = previous.begin;
  }
  return found;
}

bool opens_by_pointing_back(std::string_view s) {
  static const regex opener(R"(^\s*(?:Hierbij|Hiermee|Hiervoor|Daarbij|Daarmee|Daarnaast|Dit|Deze|Die|Dat|Zij|Het\s+gaat)\b)");
  return boost::regex_search(s.data(), s.data() + s.size(), opener);
}

// Replaces the pointer of `topic` by what it points to (SPEC section 3):
// `de ontwikkelingen hieromtrent` -> `de ontwikkelingen rond de aanbeveling om
// een ‘multistakeholdergroep’ op te richten`; `Deze verkenning` -> `de
// verkenning (Parallel verkent de staatssecretaris of en hoe ...)`. Empty
// when the text before gives nothing better.
std::string resolve_pointer(const ExtractContext& ctx, std::size_t sentence_begin, const std::string& topic) {
  std::string_view t = ctx.text();
  std::vector<Span> before = sentences_before(ctx, sentence_begin, 6);
  static const regex demonstrative(R"(^\s*(?:[Dd]eze|[Dd]it|[Dd]ie)\s+([\w-]+)\s*$)");
  cmatch m;
  if (boost::regex_search(topic.data(), topic.data() + topic.size(), m, demonstrative)) {
    // `Deze verkenning`: the sentence before that names what `verkenning` is
    // (`verkent`), not one that repeats `deze verkenning`
    std::string noun = m[1].str();
    std::string stem = fold(noun).substr(0, std::min<std::size_t>(6, noun.size()));
    for (const Span& sp : before) {
      std::string said = squeeze(t.substr(sp.begin, sp.size()));
      std::string folded = fold(said);
      std::size_t at = folded.find(stem);
      if (at == std::string::npos) continue;
      std::string lead = folded.substr(at >= 5 ? at - 5 : 0, at >= 5 ? 5 : at);
      if (lead.find("deze") != std::string::npos || lead.find("dit") != std::string::npos) continue;
      return "de " + fold(noun) + " (" + said.substr(0, std::min<std::size_t>(said.size(), 220)) + ")";
    }
    return {};
  }
  for (const Span& sp : before) {
    std::string_view said = t.substr(sp.begin, sp.size());
    if (opens_by_pointing_back(said)) continue;
    std::string phrase = antecedent_phrase(squeeze(said));
    if (phrase.empty()) return {};
    if (!phrase.empty() && phrase[0] >= 'A' && phrase[0] <= 'Z') phrase[0] = static_cast<char>(phrase[0] + 32);
    static const regex pointer(R"(\b(?:hieromtrent|daaromtrent)\b)", kFlags);
    static const regex about(R"(\b(?:hierover|daarover|hiervan|daarvan|hierop|daarop)\b)", kFlags);
    std::string resolved = boost::regex_replace(topic, pointer, "rond " + phrase);
    resolved = boost::regex_replace(resolved, about, phrase);
    // `de voortgang` (of what?): of what the text before is about
    if (resolved == topic) resolved = topic.empty() ? phrase : topic + " rond " + phrase;
    return resolved;
  }
  return {};
}

// The anchor words as a dictionary: one pass finds every place the anchor
// can start (case and diacritics folded, so a superset), where the regex
// then decides exactly.
const PhraseDictionary& commitment_anchor_words() {
  static const PhraseDictionary words = [] {
    PhraseDictionary d;
    for (std::string_view w :
         {"informeren", "geinformeerd", "informeert", "berichten", "toezenden", "toegezonden", "toesturen",
          "toegestuurd", "sturen", "stuurt", "gestuurd", "zenden", "zendt", "gezonden", "aanbieden", "aangeboden",
          "rapporteren", "rapporteert", "gerapporteerd", "delen", "terugkoppelen", "terugkomen", "terug", "ingaan",
          "in te gaan", "op de hoogte", "toezegging", "toezeggingen", "toegezegd", "zeg", "zegt", "zeggen",
          "informeer", "stuur", "zend", "bied", "ontvangt"})
      d.add(w, 0);
    return d;
  }();
  return words;
}

}  // namespace

std::span<const DictionaryAnchor> commitment_dictionaries() {
  static const DictionaryAnchor kDictionaries[] = {{&commitment_anchor_words(), PhraseDictionary::WordEnd::required}};
  return kDictionaries;
}

void extract_commitments(const ExtractContext& ctx, std::vector<Reference>& out) {
  const std::string_view t = ctx.text();
  static const regex anchor(
      R"(\b(?:informeren|)" KR_GEINFORMEERD
      R"(|informeert|berichten|toezenden|toegezonden|toesturen|toegestuurd|sturen|stuurt|gestuurd|zenden|zendt|gezonden|aanbieden|aangeboden|rapporteren|rapporteert|gerapporteerd|delen|terugkoppelen|terugkomen|terug|ingaan|in\s+te\s+gaan|op\s+de\s+hoogte|toezegging(?:en)?|toegezegd|zeg|zegt|zeggen|informeer|stuur|zend|bied|ontvangt)\b)",
      kFlags);
  const std::string& type = ctx.info.type;
  // a motion asks, it promises nothing (`verzoekt de regering ... te informeren`)
  if (type.find("motie") != std::string::npos) return;
  const bool u_is_kamer = type.find("nota") == std::string::npos && type.find("motie") == std::string::npos;

  struct Found {
    Span sentence;
    Span match;
    Reading reading;
  };
  std::vector<Found> found;
  std::vector<std::size_t> seen;
  // a PDF table row's promise cell, by the row's begin
  std::map<std::size_t, std::string> own_cells;
  // The cells of a row of a table in PDF text around [begin, end), the
  // promise's own (the first column, where [begin, end) stands) first; none
  // where the line is no such row. Its columns stand apart by runs of spaces
  // (`De minister informeert de Kamer voor de zomer van 2025      Zomer 2025
  // Afgedaan`), and a later one is a status cell: a line of prose with
  // something in the margin beside it (`Datum 12 mei 2025`) stays prose.
  auto pdf_row = [&](std::size_t begin, std::size_t end) {
    const Span line = line_around(t, begin, end);
    std::vector<Span> columns = column_cells(t, line, end);
    if (first_status(t, columns) == CellStatus::none) return std::vector<Span>{};
    const std::size_t first_gap = t.substr(0, line.end).find(kColumnGap, line.begin);
    if (first_gap < end) return std::vector<Span>{};
    std::size_t first = line.begin;
    while (first < first_gap && t[first] == ' ') ++first;
    columns.insert(columns.begin(), Span{first, first_gap});
    return columns;
  };
  const CueFilter& cues = cue_filter();
  std::vector<std::size_t> anchor_starts;
  for (const PhraseDictionary::Hit& hit : ctx.anchors.phrases(commitment_anchor_words()))
    anchor_starts.push_back(hit.span.begin);
  for_each_match_at(t, anchor_starts, anchor, [&](const boost::cmatch& hit) {
    Span at = match_span(hit, t);
    if (ctx.in_furniture(at)) return;
    Span sentence = prose_sentence(ctx, at.begin);
    // A row of a table in PDF text is read as a `|` row is (pdf_row)
    std::vector<Span> columns;
    if (sentence.begin < t.size() && t[sentence.begin] != '|') columns = pdf_row(at.begin, at.end);
    if (!columns.empty()) sentence = {columns.front().begin, columns.back().end};
    if (std::find(seen.begin(), seen.end(), sentence.begin) != seen.end()) return;
    seen.push_back(sentence.begin);
    std::string_view s = t.substr(sentence.begin, sentence.size());
    const CueFilter::Rules may = cues.may_match(s);
    if (is_kamer_request(s, may)) return;
    const bool row = s.find_first_not_of(' ') != std::string_view::npos && s[s.find_first_not_of(' ')] == '|';
    std::optional<Reading> reading;
    if (row) {
      reading = read_row(s, row_cells(s, 0, s.size()), u_is_kamer, ctx.info.date);
    } else if (!columns.empty()) {
      for (Span& c : columns) c = {c.begin - sentence.begin, c.end - sentence.begin};
      reading = read_row(s, columns, u_is_kamer, ctx.info.date);
      if (reading) own_cells.emplace(sentence.begin, first_column_text(t, sentence.begin, sentence.begin + columns.front().end));
    } else {
      reading = read_sentence(s, u_is_kamer, may, ctx.info.date);
      // a sentence run over a PDF table from its head: the promise found
      // stands in a row, which is read as one where its own anchor is
      if (reading && !pdf_row(sentence.begin + reading->span.begin, sentence.begin + reading->span.end).empty())
        return;
    }
    if (!reading) return;
    Found f{sentence, {sentence.begin + reading->span.begin, sentence.begin + reading->span.end}, *reading};
    found.push_back(std::move(f));
  });
  std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.match.begin < b.match.begin; });

  int n = 0;
  for (const Found& f : found) {
    std::string_view s = t.substr(f.sentence.begin, f.sentence.size());
    std::string flat = squeeze(s);
    CommitmentInfo info;
    info.role = f.reading.role;
    if (std::optional<DueWindow> due = find_due_window(flat, ctx.info.date)) {
      // a cited promise's own date (`op 21 december 2022`) is no due time: the
      // due rules never read a full date, so whatever they find is a period
      info.due_text = due->text;
      info.due_from = due->from;
      info.due_to = due->to;
    }
    // a table's row: its time may stand in a later cell (`| ... | Najaar 2025 |`),
    // its topic and vehicle in the promise's own cell only
    std::string own = flat;
    if (!own.empty() && own.front() == '|') {
      const Span cell = row_cells(own, 0, own.size()).front();
      own = trim_phrase(own.substr(cell.begin, cell.size()));
    } else if (const auto cell = own_cells.find(f.sentence.begin); cell != own_cells.end()) {
      own = trim_phrase(cell->second);
    }
    info.vehicle = read_vehicle(own);
    info.made_to = f.reading.made_to;
    info.made_at = f.reading.made_at;
    info.topic = read_topic(own);
    bool own_words = !info.topic.empty();  // the topic is the promise's own words, not a sentence before
    const Footnote* note = ctx.footnote_containing(f.sentence.begin);
    if (info.topic.empty() && note) {
      Span marking = sentence_marking(ctx, *note);
      if (marking.size() > 0) info.topic = squeeze(t.substr(marking.begin, marking.size()));
    }
    // (`hier ... op terug`, `daar ... op in`: the pointer split around the time)
    static const regex refers_back(
        R"(\b(?:hierover|daarover|hieromtrent|hiervan|daarvan|hierop|daarop)\b|\b(?:hier|daar)\b(?=[^.;]{0,80}?\bop\s+(?:terug|in)\b))",
        kFlags);
    if (info.topic.empty() && info.role == "cited") own_words = !(info.topic = promised_content(own)).empty();
    if (info.topic.empty()) own_words = !(info.topic = sentence_subject(own)).empty();
    boost::smatch pointer;
    // the clause before a `;` names what the pointer after it points to: `De
    // motie van het lid Bikker is nog niet afgedaan; ik kom hier na de zomer op terug`
    if (info.topic.empty() && boost::regex_search(own, pointer, refers_back)) {
      const std::size_t semicolon = own.rfind(';', static_cast<std::size_t>(pointer[0].first - own.begin()));
      if (semicolon != std::string::npos && semicolon > 0) info.topic = trim_phrase(own.substr(0, semicolon));
    }
    if (info.topic.empty() && boost::regex_search(own, refers_back) && f.sentence.begin > 1) {
      std::size_t before = f.sentence.begin;
      while (before > 0 && (t[before - 1] == ' ' || t[before - 1] == '\n')) --before;
      if (before > 0) {
        Span previous = prose_sentence(ctx, before - 1);
        if (previous.end <= f.sentence.begin && previous.size() > 0 &&
            names_a_topic(t.substr(previous.begin, previous.size())))
          info.topic = squeeze(t.substr(previous.begin, previous.size()));
      }
    }
    if (info.topic.empty()) {
      info.topic = without_bullet(own);
      own_words = true;
    }
    // a topic that points back names what it points to; one without content
    // words (`te`, `tot de orde van de dag`) is no topic
    if (own_words && (points_back(info.topic) || content_word_count(info.topic) < 1)) {
      std::string resolved = resolve_pointer(ctx, f.sentence.begin, info.topic);
      if (!resolved.empty()) info.topic = resolved;
    }

    Reference r;
    r.kind = RefKind::commitment;
    r.id = "commitment-" + ctx.info.id + "-" + std::to_string(++n);
    r.match = f.match;
    r.sentence = flat;
    r.commitment = std::move(info);
    out.push_back(std::move(r));
  }
}

}  // namespace kamerref
