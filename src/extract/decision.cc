// What the government did with a motion and what the Kamer decided on it.
// Every pattern quotes the real text it was written for;
// tests/extract/decision_test.cc runs those sentences and their negated or
// near-miss twins.
#include "kamerref/extract/decision.h"

#include <boost/regex.hpp>

#include <algorithm>
#include <cstring>
#include <initializer_list>
#include <map>
#include <optional>
#include <unordered_map>

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

bool search(std::string_view s, const regex& re, cmatch* m = nullptr) {
  cmatch local;
  return boost::regex_search(s.data(), s.data() + s.size(), m ? *m : local, re);
}

// Does `lower` (ascii_lower of a passage) hold one of `words`? Before a
// pattern every match of which holds one of them: without, the pattern
// cannot match and its search is skipped.
bool has_any(std::string_view lower, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words)
    if (lower.find(w) != std::string_view::npos) return true;
  return false;
}

// Does `lower` hold `om` standing as a word before a blank, as the
// `\bom\s+` of the `working` cue needs? Only an ASCII letter, digit or `_`
// (a word byte to \b, and never a blank to \s) on either side rules a place
// out; any other byte is let through, so no place the regex could match is skipped.
bool has_word_om(std::string_view lower) {
  for (std::size_t p = lower.find("om"); p != std::string_view::npos; p = lower.find("om", p + 1))
    if ((p == 0 || !is_regex_word_byte(lower[p - 1])) && p + 2 < lower.size() && !is_regex_word_byte(lower[p + 2]))
      return true;
  return false;
}

// `niet`, `geen`, `onvoldoende` inside a matched cue: `is de motie niet
// uitgevoerd`, `beschouw ik de motie nog niet als afgedaan`.
bool negated(const cmatch& m) {
  // (the case-blind `\b(?:niet|geen|onvoldoende|nooit)\b` searched over the match)
  return holds_whole_word_icase(std::string_view(m[0].first, static_cast<std::size_t>(m[0].second - m[0].first)),
                                {"niet", "geen", "onvoldoende", "nooit"});
}

// A condition or a wish, not a fact: `zodra de pilot is afgerond, is de motie
// uitgevoerd`, `zou ... afgedaan`, `verzoek ik u de motie als afgedaan te beschouwen`
// stays a claim of the government and counts.
bool conditional(std::string_view lower) {
  // (the case-blind `\b(?:zodra|indien|wanneer|nadat|zou|zouden|mits)\b` searched over the
  // passage, here over its ascii_lower)
  return holds_whole_word_lower(lower, {"zodra", "indien", "wanneer", "nadat", "zou", "zouden", "mits"});
}

// `wordt ... geïnformeerd` (present passive: still to come), `zal ik uw Kamer ... informeren`,
// `zal ik hierop terugkomen` (not `In het debat zal dit terugkomen`: it comes up again),
// `kom ik (hier)op terug`, `ontvangt u ... een (nadere) brief`, `informeer ik u in de
// volgende voortgangsbrief`.
regex answer_follows_cue() {
  return regex(
      R"(\b(?:wordt|worden)\s+(?:u|uw\s+Kamer|de\s+(?:Tweede\s+)?Kamer)?[^.;]{0,80}?\bge\S{0,2}nformeerd\b|\b(?:zal|zullen)\b[^.;]{0,80}?\b(?:informeren|berichten)\b|\b(?:zal|zullen)\s+(?:ik|wij|we|het\s+kabinet)\b[^.;]{0,80}?\bterugkomen\b|\b(?:ik|wij|we|het\s+kabinet)\s+(?:zal|zullen)\b[^.;]{0,80}?\bterugkomen\b|\bkom(?:t|en)?\s+(?:ik|wij|we|het\s+kabinet)\b[^.;]{0,60}?\bterug\b|\b(?:informeer|bericht)\s+(?:ik|wij|we)\s+(?:u|uw\s+Kamer)\b[^.;]{0,60}?\b(?:in|bij|met)\s+(?:de|een)\s+(?:(?:eerst)?volgende|komende|aparte|nadere|separate)\s+[a-z]*(?:brief|rapportage|reactie)\b)",
      kFlags);
}

}  // namespace

FollowUp read_followup(std::string_view passage) {
  // `beschouw ik de motie-El Ellian c.s. over de aanpak van jongerenwerk als afgedaan`: the
  // dots of `c.s.` end no clause, and the cues below do not cross a full stop
  // (a passage without `c.s.` is read as it stands, not copied)
  std::string plain;
  std::string_view s = passage;
  if (passage.find("c.s.") != std::string_view::npos) {
    plain.assign(passage);
    for (std::size_t p = plain.find("c.s."); p != std::string::npos; p = plain.find("c.s.", p + 4)) {
      plain[p + 1] = ' ';
      plain[p + 3] = ' ';
    }
    s = plain;
  }
  static const regex more_time(
      R"(\buitstel\b|\bmeer\s+tijd\b|\bniet\s+mogelijk\b[^.;]{0,160}?\b(?:te\s+beantwoorden|binnen\s+de\s+(?:gestelde\s+)?termijn|tijdig|nu\s+al)\b)",
      kFlags);
  // --- not yet: `De motie is nog niet (volledig) uitgevoerd`, `nog niet afgerond`
  static const regex not_yet(R"(\bnog\s+niet\s+(?:als\s+)?(?:volledig\s+|geheel\s+)?(?:uitgevoerd|afgerond|afgedaan|gereed|voltooid)\b)",
                             kFlags);
  // --- not carried out: `De motie is niet (volledig) uitgevoerd`, `kan ik niet
  // uitvoeren`, `niet uit te voeren`, `voer ik de motie niet uit`, `Ik voer deze
  // motie niet uit`, `geen uitvoering
  // geven`, `dat hij die motie niet zal uitvoeren` (h-tk-20002001-2386-2390),
  // `Ik zie geen mogelijkheid om deze motie uit te voeren`
  static const regex not_done(
      R"(\bniet\s+(?:zal|zullen|kan|kunnen|wil|willen|gaat|gaan)\s+(?:worden\s+)?uit(?:voeren|gevoerd)\b|\bniet\s+(?:volledig\s+|geheel\s+|helemaal\s+|meer\s+|letterlijk\s+)?(?:worden\s+|kunnen\s+worden\s+|kunnen\s+)?(?:uitgevoerd|uitvoeren|uit\s+te\s+voeren)\b|\bvoer(?:t|en)?\s+(?:ik|wij|we|het\s+kabinet)\b[^.;]{0,60}?\bniet\s+uit\b|\b(?:ik|wij|we|het\s+kabinet)\s+voer(?:t|en)?\b[^.;]{0,60}?\bniet\s+uit\b|\bgeen\s+(?:uitvoering|gevolg|invulling)\s+(?:aan\s+[^.;]{0,60}?)?(?:te\s+)?(?:geven|gegeven|geef)\b|\bzie\s+(?:ik|wij|het\s+kabinet)\b[^.;]{0,30}?\baf\s+van\b|\bgeen\s+(?:mogelijkheid|mogelijkheden|ruimte|aanleiding|reden)\b[^.;]{0,60}?\buit\s+te\s+voeren\b)",
      kFlags);
  // --- done: `Hiermee beschouw ik de motie als afgedaan`, `kan de motie als afgedaan
  // worden beschouwd`, `Hiermee is de motie uitgevoerd`, `Met deze brief geef ik
  // uitvoering aan de motie`, `De motie ... is inmiddels uitgevoerd`
  static const regex regarded_done(R"(\b(?:beschouw|beschouwt|beschouwen|beschouwd|aangemerkt|aanmerken)\b[^.;]{0,100}?\bals\s+afgedaan\b|\bals\s+afgedaan\s+(?:te\s+)?(?:worden\s+|kan\s+worden\s+)?(?:beschouwd|beschouwen|aangemerkt|aanmerken)\b)",
                                   kFlags);
  static const regex done_herewith(
      R"(\b(?:hiermee|daarmee|hiermede|hierbij|met\s+deze\s+brief)\b[^.;]{0,160}?\b(?:uitgevoerd|afgedaan|afgehandeld|(?:uitvoering|invulling|gevolg)\s+(?:te\s+)?(?:gegeven|geef|geeft)|(?:geef|geven|geeft)\s+(?:ik|wij|we|het\s+kabinet)\s+(?:hiermee\s+)?(?:uitvoering|invulling|gevolg)|voldaan|voldoe|beantwoord)\b)",
      kFlags);
  static const regex motion_done(
      R"(\bmotie\b[^.;]{0,160}?\b(?:is|zijn|werd|werden)\s+(?:hiermee\s+|daarmee\s+|inmiddels\s+|reeds\s+|volledig\s+|al\s+|geheel\s+)*(?:uitgevoerd|afgedaan|afgehandeld)\b)",
      kFlags);
  // --- work going on: `Ter uitvoering van de motie ...`, `conform de motie`,
  // `De motie wordt uitgevoerd` (present), `zal ik de motie uitvoeren` (future),
  // `Om deze motie uit te voeren is een literatuurstudie verricht`
  static const regex working(
      R"(\b(?:ter|in)\s+uitvoering\s+van\b|\b(?:uitvoering|invulling|gevolg)\s+(?:te\s+)?(?:geven|geeft|gegeven|geef)\s+aan\b|\bgeef\s+ik\s+(?:uitvoering|invulling|gevolg)\b|\bconform\s+(?:de|deze|die)\s+(?:aangenomen\s+|gewijzigde\s+)?motie|\bzoals\s+(?:verzocht|gevraagd)\s+(?:in|door|met)\s+(?:de|deze)\s+(?:aangenomen\s+)?motie|\bnaar\s+aanleiding\s+van\s+de\s+(?:aangenomen\s+|gewijzigde\s+)?motie|\bin\s+(?:reactie|antwoord)\s+op\s+de\s+motie|\bin\s+lijn\s+met\s+de\s+motie|\buitvoering\s+van\s+de\s+(?:aangenomen\s+|gewijzigde\s+)?motie|\b(?:wordt|worden)\s+(?:momenteel\s+|op\s+dit\s+moment\s+|nu\s+|thans\s+)?(?:uitgevoerd|uitgewerkt|opgepakt)\b|\b(?:wordt|worden)\s+(?:meegenomen|betrokken)\s+(?:in|bij)\b|\b(?:zal|zullen|ga|gaan)\b[^.;]{0,80}?\buit(?:voeren|\s+te\s+voeren)\b|\bom\s+(?:aan\s+)?(?:deze|de|die)\s+(?:gewijzigde\s+)?motie\b[^.;]{0,200}?\b(?:is|zijn|heb|hebben|werd|werden)\b)",
      kFlags);
  // --- the answer follows: `De Tweede Kamer wordt na het zomerreces van 2009 per brief
  // geïnformeerd` (rijksbegroting 2010, moties), `waarna ik uw Kamer spoedig zal informeren`
  // (kst-19637-2302); not `De Tweede Kamer is op 23 juni 2023 per brief geïnformeerd`, which
  // reports the answer given
  static const regex answer_follows = answer_follows_cue();
  // `Deze motie ontraad ik`: advice before the vote, not what was done
  static const regex advised_against(R"(\bontraad\b|\bontraden\b)", kFlags);
  // `oordeel Kamer`, `Ik laat het oordeel aan de Kamer`: the advice is to let the Kamer judge
  static const regex left_to_kamer(R"(\boordeel\s+(?:aan\s+de\s+|van\s+de\s+)?Kamer\b)", kFlags);

  // each search below runs only where the words every match of its pattern
  // holds are there (the patterns are case-blind, or `[Aa]fgedaan`-like)
  const std::string lower = ascii_lower(s);
  auto has = [&](std::string_view w) { return lower.find(w) != std::string::npos; };
  FollowUp f;
  cmatch m;
  // (`uitstel`; `meer` and `tijd`; `niet` and `mogelijk`)
  if ((has("uitstel") || (has("meer") && has("tijd")) || (has("niet") && has("mogelijk"))) && search(s, more_time))
    return {"uitvoering", "meer tijd gevraagd"};
  // (`nog`, `niet` and one of the five closing words)
  if (has("nog") && has("niet") && has_any(lower, {"uitgevoerd", "afgerond", "afgedaan", "gereed", "voltooid"}) &&
      search(s, not_yet))
    return {"uitvoering", "nog niet afgerond"};
  // (`niet` and `uit` in the first three alternatives; `geen` and `uitvoering`,
  // `gevolg`, `invulling` or `uit te voeren`; `zie` and the `van` of `af van`)
  if (((has("niet") && has("uit")) ||
       (has("geen") && has_any(lower, {"uitvoering", "gevolg", "invulling", "uit te voeren"})) ||
       (has("zie") && has("van"))) &&
      search(s, not_done, &m)) {
    std::string said = fold(m[0].str());
    bool partly = said.find("volledig") != std::string::npos || said.find("geheel") != std::string::npos ||
                  said.find("helemaal") != std::string::npos;
    return {"niet-uitgevoerd", partly ? "niet volledig" : ""};
  }
  // a line that is a status of its own (table.h's cell_status): a table's
  // cell, or the paragraph after a motion in a list (`Afgedaan.`, `Afgerond
  // bij brief van 3 maart 2025`, `Lopend`); a done line outranks a running one
  if (has_any(lower, {"afgedaan", "afgerond", "voldaan", "nagekomen", "gedaan", "lopend", "uitvoering", "behandeling"})) {
    bool running = false;
    for (std::size_t from = 0; from <= s.size();) {
      const std::size_t nl = std::min(s.find('\n', from), s.size());
      const CellStatus status = cell_status(s.substr(from, nl - from));
      if (status == CellStatus::done) return {"afgedaan", ""};
      running = running || status == CellStatus::running;
      from = nl + 1;
    }
    if (running) return {"uitvoering", ""};
  }
  const bool afgedaan = has("afgedaan");
  // one of the opening words (`brief` only in `met deze brief`) and one of the closing ones
  const bool herewith =
      (has_any(lower, {"hiermee", "daarmee", "hiermede", "hierbij"}) || (has("brief") && has("deze"))) &&
      has_any(lower, {"uitgevoerd", "afgedaan", "afgehandeld", "uitvoering", "invulling", "gevolg", "voldaan", "voldoe",
                      "beantwoord"});
  // every match of motion_done holds `motie` and one of its three closing words
  const bool motie = has("motie");
  const bool motie_closed = motie && has_any(lower, {"uitgevoerd", "afgedaan", "afgehandeld"});
  for (const regex* done : {&regarded_done, &done_herewith, &motion_done}) {
    if (done == &regarded_done ? !afgedaan : done == &done_herewith ? !herewith : !motie_closed) continue;
    if (!search(s, *done, &m)) continue;
    if (negated(m)) continue;
    if (conditional(lower)) return {"uitvoering", "voorwaardelijk"};
    return {"afgedaan", ""};
  }
  // every match of `working` holds, per alternative: `uitvoering`, `invulling`
  // or `gevolg` (the first three and `uitvoering van de motie`); `motie` and
  // `conform`, `zoals`, `aanleiding`, `reactie`, `antwoord`, `lijn` or a word
  // `om` (the motion-naming ones); `word` and `uitgevoerd`, `uitgewerkt` or
  // `opgepakt`; `voeren` (`zal ... uitvoeren`, `uit te voeren`)
  const bool working_possible =
      has_any(lower, {"uitvoering", "invulling", "gevolg", "voeren"}) ||
      (motie && (has_any(lower, {"conform", "zoals", "aanleiding", "reactie", "antwoord", "lijn"}) || has_word_om(lower))) ||
      (has("word") && has_any(lower, {"uitgevoerd", "uitgewerkt", "opgepakt", "meegenomen", "betrokken"}));
  if (working_possible && search(s, working, &m) && !negated(m))
    return {"uitvoering", ""};
  // answer_follows: `word` and `nformeerd` (`wordt ... geïnformeerd`); `zal` or
  // `zullen` and `informeren`, `berichten` or `terugkomen`; `kom` and `terug`;
  // `informeer` or `bericht` and the coming letter's adjective
  if (((has("word") && has("nformeerd")) ||
       (has_any(lower, {"zal", "zullen"}) && has_any(lower, {"informeren", "berichten", "terugkomen"})) ||
       (has("kom") && has("terug")) ||
       (has_any(lower, {"informeer", "bericht"}) && has_any(lower, {"volgende", "komende", "aparte", "nadere", "separate"}))) &&
      search(s, answer_follows, &m) && !negated(m))
    return {"uitvoering", ""};
  if (has("ontra") && search(s, advised_against)) f.note = "ontraden";
  else if (has("oordeel") && search(s, left_to_kamer)) f.note = "oordeel Kamer";
  return f;
}

std::string read_kamer_decision(std::string_view s, Span* where) {
  // `..., zodat zij is aangenomen.`, `..., zodat zij is verworpen.`
  // `Ik constateer, dat deze motie met algemene stemmen is aangenomen.`
  // `De motie-Jansen (36410, nr. 412) is aangehouden.`
  // `De motie van het lid Smit (Kamerstuk 36 600-VI, nr. 35) is verworpen.`
  // `Aangezien de motie-Van Dam (29754, nr. 760) is ingetrokken, maakt zij geen onderwerp van beraadslaging meer uit.`
  static const regex voted(
      R"(\bzodat\s+(?:zij|deze\s+(?:gewijzigde\s+)?motie|de\s+(?:gewijzigde\s+)?motie)\s+is\s+(aangenomen|verworpen)\b|\b(?:deze|de)\s+(?:gewijzigde\s+)?motie(?:-[^.;]{0,120}?|\s+van\s+(?:het\s+lid|de\s+leden)\s+[^.;()]{1,80}?)?\s+(?:\([^()]{0,40}\)\s+)?(?:(?:met\s+algemene\s+stemmen|zonder\s+stemming|inmiddels|reeds)\s+)?(?:is|werd)\s+(?:(?:met\s+algemene\s+stemmen|zonder\s+stemming|inmiddels|reeds)\s+)?(aangenomen|verworpen|aangehouden|ingetrokken)\b)",
      kFlags);
  // `Op verzoek van de heer Jansen stel ik voor, zijn motie (36410, nr. 412) aan te houden.`
  static const regex held(R"(\bstel\s+ik\s+(?:u\s+)?voor\b(?:[^.;]|nr\.){0,200}?\bmoties?\b(?:[^.;]|nrs?\.){0,120}?\b(aan\s+te\s+houden)\b)", kFlags);
  // a stemmingslijst row or cell: `Aangenomen.`, `Verworpen`
  static const regex cell(R"((?:^|\n)[ \t]*(Aangenomen|Verworpen|Aangehouden|Ingetrokken)\.?[ \t]*(?:\n|$))");
  cmatch m;
  std::string decision;
  if (search(s, voted, &m)) {
    if (negated(m)) return {};
    int group = m[1].matched ? 1 : 2;
    decision = fold(m[group].str());
    if (where) *where = match_span(m, s);
  } else if (search(s, held, &m)) {
    decision = "aangehouden";
    if (where) *where = match_span(m, s);
  } else if (search(s, cell, &m)) {
    decision = fold(m[1].str());
    if (where) *where = {static_cast<std::size_t>(m[1].first - s.data()), static_cast<std::size_t>(m[1].second - s.data())};
  }
  return decision;
}

namespace {

bool is_vote_record(const ExtractContext& ctx) {
  const std::string& type = ctx.info.type;
  if (type.find("handeling") != std::string::npos || type.find("verslag") != std::string::npos ||
      type.find("stemming") != std::string::npos)
    return true;
  // the words' places from the document's one anchor pass (decision_anchors)
  return !ctx.anchors.occurrences("In stemming komt").empty() || !ctx.anchors.occurrences("zodat zij is").empty();
}

// The sentence after `from` (skipping blanks), empty at the end of the text.
Span next_sentence(const ExtractContext& ctx, std::size_t from) {
  std::string_view t = ctx.text();
  while (from < t.size() && (t[from] == ' ' || t[from] == '\n' || t[from] == '\t' || t[from] == '|')) ++from;
  if (from >= t.size()) return {from, from};
  return prose_sentence(ctx, from);
}

// Can the `pointer` pattern of continues_about_motion match in `s`? It is
// `^\s*` and a word from a set (case-bound) whose first letters are
// `DBGVHOMTISsAL`. `^` holds at the start and after a line break (`\n`,
// `\r`, `\f`; a byte 0x85 is let through too), and `\s*` can only end before
// the first byte after it that is no blank: that byte must be one of those letters.
bool pointer_may_start(std::string_view s) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; };
  auto breaks_line = [](char c) { return c == '\n' || c == '\r' || c == '\f' || static_cast<unsigned char>(c) == 0x85; };
  constexpr std::string_view kFirstLetters = "DBGVHOMTISsAL";
  for (std::size_t line = 0; line < s.size();) {
    std::size_t p = line;
    while (p < s.size() && is_space(s[p])) ++p;
    if (p < s.size() && kFirstLetters.find(s[p]) != std::string_view::npos) return true;
    // the next line's start: after the next line break
    while (line < s.size() && !breaks_line(s[line])) ++line;
    ++line;
  }
  return false;
}

// `Na het aannemen van deze motie door uw Kamer heeft de indiener gevraagd om een brief`
// (kst-19637-2302): the demonstrative points back to the motion just named.
// What a case-blind search for
// `\b(?:deze|die|bedoelde|genoemde|voornoemde)\s+(?:gewijzigde\s+)?motie\b` finds,
// read back from each `motie` (found with memchr): white space before it
// (all of the run, as the word before it ends in a letter), perhaps
// `gewijzigde` and white space, then one of the words, standing at a word start.
bool points_back_to_motion(std::string_view s) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; };
  // the start of the white space that ends at `end`, or npos when there is none
  auto space_before = [&](std::size_t end) {
    std::size_t q = end;
    while (q > 0 && is_space(s[q - 1])) --q;
    return q == end ? std::string_view::npos : q;
  };
  auto word_ends_at = [&](std::size_t end, std::string_view lower_word) {
    if (end < lower_word.size()) return false;
    const std::size_t begin = end - lower_word.size();
    return word_at_icase(s, begin, lower_word) && (begin == 0 || !is_regex_word_byte(s[begin - 1]));
  };
  auto demonstrative_ends_at = [&](std::size_t end) {
    for (std::string_view w : {"deze", "die", "bedoelde", "genoemde", "voornoemde"})
      if (word_ends_at(end, w)) return true;
    return false;
  };
  constexpr std::string_view kWord = "motie";
  for (char first : {'m', 'M'}) {
    for (std::size_t p = 0; p + kWord.size() <= s.size();) {
      const void* hit = std::memchr(s.data() + p, first, s.size() - kWord.size() + 1 - p);
      if (!hit) break;
      p = static_cast<std::size_t>(static_cast<const char*>(hit) - s.data());
      const std::size_t at = p++;
      const std::size_t after = at + kWord.size();
      if (!word_at_icase(s, at, kWord) || (after < s.size() && is_regex_word_byte(s[after]))) continue;
      const std::size_t gap = space_before(at);
      if (gap == std::string_view::npos) continue;
      if (demonstrative_ends_at(gap)) return true;
      // `gewijzigde` between (no \b before it in the pattern: the word before it is
      // looked at by the white space it needs)
      if (gap >= 10 && word_at_icase(s, gap - 10, "gewijzigde")) {
        const std::size_t gap2 = space_before(gap - 10);
        if (gap2 != std::string_view::npos && demonstrative_ends_at(gap2)) return true;
      }
    }
  }
  return false;
}

// Does the sentence go on about the motion just named? `Deze motie ...`,
// `Hiermee ...`, `Om deze motie ...`, or a short cell/paragraph (`Afgedaan.`).
bool continues_about_motion(std::string_view s) {
  static const regex pointer(
      R"(^\s*(?:(?:Deze|De|Die|Bedoelde|Genoemde|Voornoemde)\s+(?:gewijzigde\s+)?motie\b|Hiermee\b|Daarmee\b|Hiermede\b|Hierbij\b|Daartoe\b|Om\s+(?:aan\s+)?(?:deze|de|die)\s+(?:gewijzigde\s+)?motie\b|Met\s+deze\s+brief\b|Ter\s+uitvoering\s+(?:van\s+)?(?:deze|die)\b|In\s+reactie\s+op\s+(?:deze|die)\b|(?:[Ss]tatus\s*:?\s*)?(?:Afgedaan|Afgerond|Lopend|In\s+uitvoering)\b))");
  // (every match of pointer opens, after the blanks at a line's start, with
  // one of its words' capitals)
  return (pointer_may_start(s) && search(s, pointer)) || points_back_to_motion(s);
}

// Does `opening` (a sentence's words before another motion is named in it)
// point back to the motion before: `Deze motie en`, `Hiermee zijn de motie-Dijk
// en`? A bare article (`De `) does not.
bool points_back_before(std::string_view opening) {
  return holds_whole_word_icase(opening, {"deze", "die", "dit", "hiermee", "daarmee", "hierbij", "beide", "zij"});
}

// A later answer announced anywhere in `window` (the rest of a letter about one motion):
// `Deze bespreking zal in de eerstvolgende ministerraad plaatsvinden, waarna ik uw Kamer
// spoedig zal informeren.` (kst-19637-2302)
// `at` gets the offset in `window` of the words that say so.
FollowUp read_later_answer(std::string_view window, std::size_t& at) {
  static const regex more_time(R"(\buitstel\b|\bmeer\s+tijd\b)", kFlags);
  static const regex answer_follows = answer_follows_cue();
  cmatch m;
  if (search(window, more_time, &m)) {
    at = match_span(m, window).begin;
    return {"uitvoering", "meer tijd gevraagd"};
  }
  // an announcement with a subject of its own is another promise: `Ik zal uw Kamer in het
  // voorjaar van 2024 informeren over een meldpunt voor moskeebesturen.`
  static const regex own_subject(R"(\s*(?:over|inzake|omtrent|aangaande)\b([^.;]*))", kFlags);
  for (boost::cregex_iterator it(window.data(), window.data() + window.size(), answer_follows), end; it != end; ++it) {
    const cmatch& found = *it;
    if (negated(found)) continue;
    cmatch subject;
    std::string_view after(found[0].second, static_cast<std::size_t>(window.data() + window.size() - found[0].second));
    if (boost::regex_search(after.data(), after.data() + after.size(), subject, own_subject, boost::match_continuous) &&
        fold(subject[1].str()).find("motie") == std::string::npos)
      continue;
    at = static_cast<std::size_t>(found[0].first - window.data());
    return {"uitvoering", "antwoord volgt"};
  }
  return {};
}

// Does the folded sentence hold `motie`? Folding turns an ASCII letter into
// one lower-case letter, so `motie` in any case among the ASCII bytes is
// `motie` folded. Any other `motie` of the folded text comes (in part) from
// bytes past ASCII, with at most five ASCII bytes (a letter each) before or
// after them: only the stretch from five bytes before the first such byte to
// five after the last is folded for it. (The stretch starts and ends among
// ASCII bytes, so folding it alone gives that part of the whole folded text.)
bool speaks_of_motie(std::string_view said) {
  constexpr std::string_view kWord = "motie";
  // (each `m` and `M` found with memchr, the rest compared there)
  auto ascii_word_at = [&](std::size_t p) {
    std::size_t k = 0;
    while (k < kWord.size() && (said[p + k] | 0x20) == kWord[k]) ++k;
    return k == kWord.size();
  };
  for (char first : {'m', 'M'}) {
    const char* const data = said.data();
    for (std::size_t p = 0; p + kWord.size() <= said.size();) {
      const void* hit = std::memchr(data + p, first, said.size() - kWord.size() + 1 - p);
      if (!hit) break;
      p = static_cast<std::size_t>(static_cast<const char*>(hit) - data);
      if (ascii_word_at(p)) return true;
      ++p;
    }
  }
  auto past_ascii = [](char c) { return static_cast<unsigned char>(c) >= 0x80; };
  auto first = std::find_if(said.begin(), said.end(), past_ascii);
  if (first == said.end()) return false;
  std::size_t from = static_cast<std::size_t>(first - said.begin());
  std::size_t to = said.size() - static_cast<std::size_t>(std::find_if(said.rbegin(), said.rend(), past_ascii) - said.rbegin());
  from = from > kWord.size() ? from - kWord.size() : 0;
  to = std::min(said.size(), to + kWord.size());
  return fold(said.substr(from, to - from)).find(kWord) != std::string::npos;
}

// The strongest reading of the passages, the weaker one where they disagree:
// a `niet uitgevoerd` anywhere beats an `afgedaan`.
FollowUp combine(const FollowUp& a, const FollowUp& b) {
  auto rank = [](const FollowUp& f) {
    if (f.relation == "niet-uitgevoerd") return 4;
    if (f.relation == "uitvoering" && !f.note.empty()) return 3;
    if (f.relation == "afgedaan") return 2;
    if (f.relation == "uitvoering") return 1;
    return 0;
  };
  FollowUp out = rank(b) > rank(a) ? b : a;
  if (out.note.empty()) out.note = rank(b) > rank(a) ? a.note : b.note;
  return out;
}

// The Kamerstuk citations of a document by id, in text order, asked per
// reference and per sentence after it: listed once, not searched among all
// references each time.
using CitationsById = std::unordered_map<std::string_view, std::vector<Span>>;

CitationsById kamerstuk_citations(const std::vector<Reference>& refs) {
  CitationsById by_id;
  for (const Reference& k : refs)
    if (k.kind == RefKind::kamerstuk) by_id[k.id].push_back(k.match);
  for (auto& [id, spans] : by_id)
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  return by_id;
}

// Is the sentence `where` nothing but a citation of `id` (a table cell)?
bool cites_only(const CitationsById& citations, const std::string& id, Span where) {
  auto it = citations.find(id);
  if (it == citations.end()) return false;
  // only citations that begin inside the sentence can lie inside it
  const std::vector<Span>& spans = it->second;
  auto k = std::lower_bound(spans.begin(), spans.end(), where.begin,
                            [](const Span& s, std::size_t pos) { return s.begin < pos; });
  for (; k != spans.end() && k->begin <= where.end; ++k) {
    if (k->end > where.end) continue;
    if (where.size() - k->size() <= 3) return true;
  }
  return false;
}

// The motion ids a document names: none, one, or more than one.
struct MotionsNamed {
  std::size_t distinct = 0;  // 0, 1 or 2 (two or more)
  std::string_view the_one;
  explicit MotionsNamed(const std::vector<Reference>& refs) {
    for (const Reference& k : refs) {
      if (k.kind != RefKind::motion) continue;
      if (distinct == 0) {
        distinct = 1;
        the_one = k.id;
      } else if (k.id != the_one) {
        distinct = 2;
        break;
      }
    }
  }
  // Does the document name no motion but `id`?
  bool only(const std::string& id) const { return distinct == 0 || (distinct == 1 && the_one == id); }
};

}  // namespace

std::span<const AnchorLiteral> decision_anchors() {
  // `In stemming komt de motie-Jansen (36410, nr. 412).`, `..., zodat zij is aangenomen.`
  static constexpr AnchorLiteral kAnchors[] = {{"In stemming komt"}, {"zodat zij is"}};
  return kAnchors;
}

void extract_decisions(const ExtractContext& ctx, std::vector<Reference>& out) {
  const std::string_view t = ctx.text();
  // a record of the vote? asked only once a motion needs it: the look at
  // the whole text costs a text without motions nothing
  std::optional<bool> record_known;
  auto record = [&] {
    if (!record_known) record_known = is_vote_record(ctx);
    return *record_known;
  };
  // a motion speaks for the Kamer: what it says of another motion's fate
  // (`constaterende dat BZK en SZW al aan aanscherping werken naar aanleiding
  // van de uitvoering van de motie-Saris/Ceder`) is no word of the government
  const bool kamer_text = ctx.info.type.find("motie") != std::string::npos;
  auto letter = [&] { return !kamer_text && !record() && ctx.info.type.find("brief") != std::string::npos; };

  // where each motion or motion number stands: a passage about one motion ends
  // where the next one is named
  struct Named {
    std::size_t begin;
    std::string_view id;
  };
  std::vector<Named> named;
  for (const Reference& r : out)
    if (r.kind == RefKind::motion || r.kind == RefKind::kamerstuk) named.push_back({r.match.begin, r.id});
  std::sort(named.begin(), named.end(), [](const Named& a, const Named& b) { return a.begin < b.begin; });
  // for each place, the first place after it that names another id: a run
  // of one id (a motion named many times over) is passed in one step
  std::vector<std::size_t> run_end(named.size());
  for (std::size_t i = named.size(); i-- > 0;)
    run_end[i] = i + 1 < named.size() && named[i + 1].id == named[i].id ? run_end[i + 1] : i + 1;
  auto next_other = [&](const Reference& r) {
    auto it = std::lower_bound(named.begin(), named.end(), r.match.end,
                               [](const Named& n, std::size_t pos) { return n.begin < pos; });
    std::size_t i = static_cast<std::size_t>(it - named.begin());
    if (i < named.size() && named[i].id == r.id) i = run_end[i];
    return i < named.size() ? named[i].begin : t.size();
  };
  const CitationsById citations = kamerstuk_citations(out);
  const MotionsNamed motions_named(out);

  // what the government did, read once per sentence: a motion and its
  // number (`de motie-Jansen (36410, nr. 412)`) share theirs
  std::map<std::pair<std::size_t, std::size_t>, FollowUp> followups;
  auto followup_of = [&](Span sentence) -> const FollowUp& {
    auto [it, added] = followups.try_emplace({sentence.begin, sentence.end});
    if (added) it->second = read_followup(t.substr(sentence.begin, sentence.size()));
    return it->second;
  };

  // the sentence after a place, and whether it goes on about the motion
  // just named: the same for every reference of that sentence
  std::map<std::size_t, Span> sentences_after;
  auto sentence_after = [&](std::size_t from) {
    auto [it, added] = sentences_after.try_emplace(from);
    if (added) it->second = next_sentence(ctx, from);
    return it->second;
  };
  std::map<std::pair<std::size_t, std::size_t>, bool> continuing;
  auto continues = [&](Span sentence) {
    auto [it, added] = continuing.try_emplace({sentence.begin, sentence.end});
    if (added) it->second = continues_about_motion(t.substr(sentence.begin, sentence.size()));
    return it->second;
  };

  // the sentence marking a footnote, the same for every citation in that note
  std::map<const Footnote*, Span> markings;
  auto marking_of = [&](const Footnote& note) {
    auto [it, added] = markings.try_emplace(&note);
    if (added) it->second = sentence_marking(ctx, note);
    return it->second;
  };

  for (Reference& r : out) {
    const bool motion = r.kind == RefKind::motion && r.motion;
    if (!motion && r.kind != RefKind::kamerstuk) continue;
    if (motion && (r.motion->relation == "ingediend" || r.attr("relation") == "vervangt")) continue;
    if (!motion && !r.attr("relation").empty()) continue;  // `t.v.v.`: vervangt

    // the sentence it stands in; a footnote citation speaks through the sentence marking it
    Span sentence{};
    if (const Footnote* note = ctx.footnote_containing(r.match.begin)) sentence = marking_of(*note);
    if (sentence.size() == 0) sentence = prose_sentence(ctx, r.match.begin);
    std::string_view said = t.substr(sentence.begin, sentence.size());
    // a Kamerstuk number is read only where its sentence speaks of a motion
    if (!motion && !speaks_of_motie(said)) continue;
    const std::size_t stop = std::min(next_other(r), t.size());

    // 1. the Kamer's decision, in a record of the vote
    if (r.kind == RefKind::motion && record()) {
      std::size_t end = std::min({stop, r.match.end + 1500, t.size()});
      std::size_t from = std::max(r.match.end, sentence.begin);
      std::string_view window = t.substr(from, end > from ? end - from : 0);
      Span at;
      std::string decision = read_kamer_decision(window, &at);
      if (decision.empty()) {
        at = {};
        decision = read_kamer_decision(said, &at);
        if (!decision.empty()) at = {at.begin + sentence.begin - from, at.end + sentence.begin - from};
      }
      if (!decision.empty()) {
        Span deciding = prose_sentence(ctx, from + at.begin);
        r.motion->relation = "besluit";
        r.set_attr("decision", decision);
        std::string quote = squeeze(t.substr(deciding.begin, deciding.size()));
        r.set_attr("decision_quote", quote);
        if (deciding.begin > sentence.end) r.sentence = squeeze(said) + " \xE2\x80\xA6 " + quote;
        continue;
      }
    }

    // 2. the government's follow-up: the sentence, then the sentences after
    // it that are still about this motion: those that point back to it, and
    // in a list entry the motion opens, the rest of its line
    const Span line = line_around(t, r.match.begin, r.match.end);
    const std::size_t line_begin = line.begin;
    // In a table's row (`| Motie van het lid Tielen over wachtlijsten |
    // Kamerstuk 31 765, nr. 894 | Afgedaan |`), the cells after the motion's
    // own say what became of it, and nothing else does: the sentence around
    // it runs over the whole table, the other rows' motions included.
    if (motion && !kamer_text) {
      const std::vector<Span> cells = row_cells(t, r.match.end, line.end);
      if (!cells.empty()) {
        FollowUp row;
        for (const Span& c : cells)
          if (c.size() > 0 && !cites_only(citations, r.id, c)) row = combine(row, read_followup(t.substr(c.begin, c.size())));
        r.motion->relation = row.relation.empty() ? "genoemd" : row.relation;
        if (!row.note.empty()) r.set_attr("note", row.note);
        continue;
      }
      // The same table in PDF text, its columns apart by runs of spaces
      // (`Motie van het lid Tielen over wachtlijsten     Kamerstuk 31 765,
      // nr. 894    Afgedaan`). Only a cell that is a status and nothing else
      // is read: across a gap may stand another column of prose.
      if (const CellStatus status = first_status(t, column_cells(t, line, r.match.end)); status != CellStatus::none) {
        r.motion->relation = status == CellStatus::done ? "afgedaan" : "uitvoering";
        // its evidence is its row: the sentence around it runs over the table
        r.sentence = squeeze(t.substr(line.begin, line.size()));
        continue;
      }
    }
    FollowUp f = kamer_text ? FollowUp{} : followup_of(sentence);
    const bool entry = motion && opens_line(t, line_begin, r.match.begin);
    const std::size_t entry_end = entry ? line.end : 0;
    std::size_t at = sentence.end;
    Span deciding{};
    for (int k = 0; k < 4 && !kamer_text; ++k) {
      Span next = sentence_after(at);
      if (next.size() == 0 || next.begin >= stop) break;
      at = next.end;
      if (cites_only(citations, r.id, next)) continue;  // the table's vindplaats cell: `Kamerstukken II 2022/23, 36200 IV, nr. 12`
      if (!(entry && next.begin < entry_end) && !continues(next)) break;
      // a sentence that names the next motion before it points back to this
      // one is the next one's: `De motie van het lid Bikker (...) is nog niet
      // afgedaan` after the motie-Dijk (its `De motie` is no pointer here);
      // not `Deze motie en de motie-Bikker zijn daarmee afgedaan`
      if (stop < next.end && !points_back_before(t.substr(next.begin, stop - next.begin))) break;
      FollowUp here = followup_of(next);
      FollowUp before = f;
      f = combine(f, here);
      if (!here.relation.empty() && f.relation == here.relation && f.note == here.note &&
          (f.relation != before.relation || f.note != before.note))
        deciding = next;
    }
    // a letter about this one motion: an answer it announces further on is its answer
    if (motion && letter() && f.relation.empty() && motions_named.only(r.id)) {
      std::size_t end = std::min(t.size(), sentence.end + 1500);
      std::size_t offset = 0;
      f = read_later_answer(t.substr(sentence.end, end - sentence.end), offset);
      if (!f.relation.empty()) deciding = prose_sentence(ctx, sentence.end + offset);
    }
    // the quote shows the words that decided, where they stand after the mention's sentence
    if (deciding.size() > 0 && deciding.begin >= sentence.end)
      r.sentence = squeeze(said) + " \xE2\x80\xA6 " + squeeze(t.substr(deciding.begin, deciding.size()));
    if (motion) {
      // the motion module's own reading of `aangehouden` in a letter is the
      // Kamer's decision, reported: keep it as that
      if (f.relation.empty() && r.motion->relation == "aangehouden") {
        r.motion->relation = "besluit";
        r.set_attr("decision", "aangehouden");
        r.set_attr("decision_quote", squeeze(said));
        continue;
      }
      // so is a vote a letter reports, where it says nothing of its own
      // about the motion: `De motie van het lid Smit (Kamerstuk 36 600-VI,
      // nr. 35) is verworpen.`
      // (every pattern of read_kamer_decision holds one of these words, in any case)
      if (f.relation.empty() && !kamer_text &&
          has_any(ascii_lower(said), {"aangenomen", "verworpen", "aangehouden", "aan te houden", "ingetrokken"})) {
        if (std::string decision = read_kamer_decision(said, nullptr); !decision.empty()) {
          r.motion->relation = "besluit";
          r.set_attr("decision", decision);
          r.set_attr("decision_quote", squeeze(said));
          continue;
        }
      }
      r.motion->relation = f.relation.empty() ? "genoemd" : f.relation;
    } else if (!f.relation.empty()) {
      r.set_attr("relation", f.relation);
    }
    if (!f.note.empty()) r.set_attr("note", f.note);
  }
}

}  // namespace kamerref
