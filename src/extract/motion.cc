// Motions named in a document. Every pattern quotes the text it was written
// for; tests/extract/motion_test.cc runs each of those examples and the near
// misses next to them.
#include "kamerref/extract/motion.h"

#include <boost/regex.hpp>

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <set>
#include <map>
#include <stdexcept>

#include "kamerref/data/embedded.h"
#include "kamerref/extract/dates.h"
#include "kamerref/extract/kamerstuk.h"
#include "kamerref/extract/prose.h"
#include "kamerref/extract/regex_util.h"
#include "kamerref/extract/text_util.h"
#include "kamerref/extract/tsv.h"
#include "kamerref/extract/table.h"
#include "kamerref/extract/whole_word.h"

namespace kamerref {
namespace {

using boost::cmatch;
using boost::regex;

// --- name grammar ------------------------------------------------------------
// A surname as Dutch documents write it: optional particles, then capitalised
// parts joined by hyphens: `Michon-Derkzen`, `van der Werf`, `Van den Berg`,
// `Bakker-El Amrani`, `Öztürk`. A part is one capital and lower-case letters,
// so `VVD`, `GroenLinks-PvdA` and `PvdA` are no surnames.
const std::string kUpper = R"((?:[A-Z]|\xC3[\x80-\x9E]))";
const std::string kLower = R"((?:[a-z]|\xC3[\x9F-\xBF]|\xC4[\x80-\xBF]|\xC5[\x80-\xBF]|'))";
const std::string kLetter = R"([A-Za-z\xC3\xC4\xC5])";
const std::string kPart = kUpper + kLower + "+(?!" + kLetter + ")";
// A particle is followed by spaces or one line break (`motie-Van\n Dijk`, a
// wrapped line), never a blank line. The particles are van, de, der, den,
// het, ter, ten, te, 't, in, op, la, le, du, da, di, dos, el, al, ben, von,
// zu, uit, each with a capital or not, grouped by their first letter: the
// name patterns hold this many times over, and Boost compiles a set or an
// alternative at some cost each (the groups match what the list does).
const std::string kParticle =
    R"((?:[Vv](?:an|on)|[Dd](?:e|er|en|u|a|i|os)|[Hh]et|[Tt](?:er|en|e)|'t|[Ii]n|[Oo]p|[Ll](?:a|e)|[Ee]l|[Aa]l|[Bb]en|[Zz]u|[Uu]it)(?: +| *\n *))";
const std::string kSurnameWord =
    "(?:" + kParticle + "){0,3}" + kPart + "(?:-(?:" + kParticle + "){0,2}" + kPart + ")*";
// More words on one line: two-word surnames (`Six Dijkstra`) and a first name
// before the surname (`Caroline van der Plas`); clean_indiener() drops the
// first name and anything that is no name.
const std::string kSurname = kSurnameWord + "(?:[ ]" + kSurnameWord + "){0,2}";
const std::string kInitials = R"((?:(?:[A-Z]\.[ ]?){1,6}[ ]?)?)";
// `(VVD)`, `(GroenLinks-PvdA)`, `(D66)`, `(Partij voor de Dieren)`; not `(Kamerstuk 29 754, nr. 758)`
const std::string kParty =
    R"((?:[ ]*\((?!Kamerstuk|Handelingen|[Zz]ie |TK|EK|[Nn]r)(?:D66|50PLUS|[A-Z][A-Za-z\x80-\xBF\xC3-\xC5-]{1,24}(?:[ ][A-Za-z\x80-\xBF\xC3-\xC5-]{1,24}){0,3})\)))";
const std::string kName = kInitials + kSurname + kParty + "?";
// `Van den Berg en Smit`, `Jansen (PVV), De Vries (VVD) en Smit`, `De Vries/Bakker-El Amrani`
const std::string kNames =
    kName + R"((?:(?:[ ]*,[ ]*)" + kName + R"(){0,6}[ ]*\n?[ ]+en[ ]*\n?[ ]*)" + kName + R"(|(?:[ ]*/[ ]*)" + kName + "){1,6})?";
const std::string kCs = R"(((?:\s+c\.s\.)?))";
const std::string kDate = std::string(R"((\d{1,2}\s+)") + kDutchMonthPattern +
                          R"((?:\s+(?:19|20)\d{2})?(?:\s+(?:jl\.?|jongstleden|a\.s\.?))?))";

// The roles of words in data/person-names.tsv.
struct PersonWords {
  std::set<std::string, std::less<>> first_names;  // `Jesse`, `Caroline`
  std::set<std::string, std::less<>> no_names;     // `Kamer`, `Vindplaats`, `Aangenomen`
};

const PersonWords& person_words() {
  static const PersonWords words = [] {
    PersonWords w;
    for_each_tsv_row(data::person_names(), [&](int line_no, const std::vector<std::string>& f) {
      if (f.size() != 2) throw std::runtime_error("person-names.tsv:" + std::to_string(line_no) + ": expected 2 columns");
      if (f[1] == "voornaam") w.first_names.insert(f[0]);
      else if (f[1] == "geen-naam") w.no_names.insert(f[0]);
      else throw std::runtime_error("person-names.tsv:" + std::to_string(line_no) + ": role must be voornaam or geen-naam");
    });
    return w;
  }();
  return words;
}

bool is_particle_word(std::string_view w);

// Whether `lower` (an ascii_lower text) holds one of `lower_words`.
bool holds_any(std::string_view lower, std::initializer_list<std::string_view> lower_words) {
  for (std::string_view w : lower_words)
    if (lower.find(w) != std::string_view::npos) return true;
  return false;
}

// `motie-jansen+de-vries`: a motion's id from its indieners' slugs (motion_fallback_id).
std::string fallback_id_of(const std::vector<std::string>& slugs) {
  if (slugs.empty()) return {};
  std::string id = "motie-" + slugs.front();
  for (std::size_t k = 1; k < slugs.size(); ++k) id += "+" + slugs[k];
  return id;
}

std::string trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\n' || s[b] == ',')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\n' || s[e - 1] == ',')) --e;
  return std::string(s.substr(b, e - b));
}

bool is_lower_word(std::string_view w) {
  static constexpr std::string_view kParticles[] = {"van", "de", "der", "den", "het", "ter", "ten", "te", "in", "op",
                                                    "la", "le", "du", "da", "di", "dos", "el", "al", "ben", "von", "zu", "uit"};
  for (std::string_view p : kParticles)
    if (w == p) return true;
  return false;
}

bool is_particle_word(std::string_view w) {
  // An ASCII word folds to its lower case byte for byte (what fold() does
  // below 0x80); the longest particle has three letters, so a longer ASCII
  // word is none. Other words go through fold() (`Dé` folds to `de`).
  if (std::all_of(w.begin(), w.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    if (w.size() > 3) return false;
    char lower[3];
    for (std::size_t i = 0; i < w.size(); ++i)
      lower[i] = w[i] >= 'A' && w[i] <= 'Z' ? static_cast<char>(w[i] - 'A' + 'a') : w[i];
    const std::string_view folded(lower, w.size());
    return is_lower_word(folded) || folded == "'t";
  }
  std::string lower = fold(w);
  return is_lower_word(lower) || lower == "'t";
}

// One indiener as the patterns took it, made a name: initials kept, a first
// name before the surname dropped (`Jesse Klaver` -> `Klaver`, `Caroline van
// der Plas` -> `van der Plas`), words that are no name cut off with what
// follows (`Jansen Aangenomen` -> `Jansen`, a table row). Two capitalised
// words that are no first name stay one surname (`Six Dijkstra`). Empty when
// nothing is left that is a name: `Vindplaats`, `Van` alone, `Kamer`.
std::string clean_indiener(std::string_view written) {
  const PersonWords& words = person_words();
  // the words, as views into the squeezed text (one string, not one per word)
  const std::string flat = squeeze(written);
  std::vector<std::string_view> tokens;
  {
    const std::string_view rest = flat;
    std::size_t i = 0;
    while (i < rest.size()) {
      std::size_t e = rest.find(' ', i);
      if (e == std::string_view::npos) e = rest.size();
      if (e > i) tokens.push_back(rest.substr(i, e - i));
      i = e + 1;
    }
  }
  std::string initials;
  std::size_t k = 0;
  while (k < tokens.size() && tokens[k].find('.') != std::string_view::npos) {
    initials += tokens[k++];
    initials += ' ';
  }
  // groups: particles, then one capitalised (possibly hyphenated) word; each
  // group the tokens [begin, end)
  struct Group {
    std::size_t begin, end;
  };
  std::vector<Group> groups;
  std::size_t current = k;
  for (; k < tokens.size(); ++k) {
    bool particle = is_particle_word(tokens[k]) && k + 1 < tokens.size();
    if (!particle) {
      groups.push_back({current, k + 1});
      current = k + 1;
    }
  }
  if (current < tokens.size()) groups.push_back({current, tokens.size()});  // particles alone: `Van`
  auto is_no_name = [&](const Group& g) {
    const std::string_view core = tokens[g.end - 1];
    if (is_particle_word(core)) return true;
    const std::string_view first_part = core.substr(0, core.find('-'));
    return words.no_names.count(core) > 0 || words.no_names.count(first_part) > 0;
  };
  std::size_t keep = 0;
  while (keep < groups.size() && !is_no_name(groups[keep])) ++keep;
  groups.resize(keep);
  std::size_t first_group = 0;
  if (groups.size() >= 2 && groups.front().end - groups.front().begin == 1 &&
      words.first_names.count(tokens[groups.front().begin]))
    first_group = 1;
  if (first_group == groups.size()) return {};
  std::string out = initials;
  for (std::size_t g = first_group; g < groups.size(); ++g)
    for (std::size_t w = groups[g].begin; w < groups[g].end; ++w) {
      if (g != first_group || w != groups[g].begin) out += ' ';
      out += tokens[w];
    }
  return squeeze(out);
}

// `VAN DER WERF` -> `Van der Werf`, `MICHON-DERKZEN` -> `Michon-Derkzen`,
// `BAKKER-EL AMRANI` -> `Bakker-El Amrani`, `ÖZTÜRK` -> `Öztürk`. Particles are
// lower-case except where a name or a hyphenated part starts.
std::string title_case_name(std::string_view upper) {
  std::string out;
  std::string word;
  bool part_start = true;
  auto flush = [&] {
    if (word.empty()) return;
    std::string w;
    for (std::size_t i = 0; i < word.size(); ++i) {
      auto c = static_cast<unsigned char>(word[i]);
      if (c >= 'A' && c <= 'Z') {
        w += static_cast<char>(c + 32);
      } else if (c == 0xC3 && i + 1 < word.size() && static_cast<unsigned char>(word[i + 1]) >= 0x80 &&
                 static_cast<unsigned char>(word[i + 1]) <= 0x9E && i > 0) {
        w += word[i];
        w += static_cast<char>(static_cast<unsigned char>(word[i + 1]) + 0x20);
        ++i;
      } else {
        w += word[i];
      }
    }
    if ((part_start || !is_lower_word(w)) && w[0] >= 'a' && w[0] <= 'z') w[0] = static_cast<char>(w[0] - 32);
    out += w;
    word.clear();
    part_start = false;
  };
  for (char c : upper) {
    if (c == ' ' || c == '-') {
      flush();
      out += c;
      if (c == '-') part_start = true;
    } else {
      word += c;
    }
  }
  flush();
  return out;
}

// --- what follows a motion's name -------------------------------------------

struct Tail {
  std::string subject;
  std::string date;
  std::size_t end = 0;
};

// Boost's `\s` (C locale).
bool is_regex_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Where the first word of a pattern that opens with `^\s*,?\s*` (or
// `^\s*\.?\s*`) stands, from `pos` on, before `limit`: that word starts with
// a letter, so the white space and the one mark before it are all taken.
std::size_t after_lead(std::string_view t, std::size_t pos, std::size_t limit, char mark) {
  while (pos < limit && is_regex_space(t[pos])) ++pos;
  if (pos < limit && t[pos] == mark) ++pos;
  while (pos < limit && is_regex_space(t[pos])) ++pos;
  return pos;
}

// Does one of `lower_words` stand at `pos`, before `limit`, its ASCII letters
// in any case (as a case-blind pattern compares them)?
bool opens_with_icase(std::string_view t, std::size_t pos, std::size_t limit,
                      std::initializer_list<std::string_view> lower_words) {
  for (std::string_view w : lower_words) {
    if (pos + w.size() > limit) continue;
    std::size_t k = 0;
    for (; k < w.size(); ++k) {
      char c = t[pos + k];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if (c != w[k]) break;
    }
    if (k == w.size()) return true;
  }
  return false;
}

// Does a main verb (or `en de motie`) follow the blank at `pos`, before
// `limit`: `... over extremistische content is aangenomen`? What the pattern
// `^\s(?:is|zijn|wordt|werd|werden|heeft|hebben|heb|zal|zullen|kan|kunnen|ligt|geeft|vraagt|verzoekt|die|waarin|waarmee|en\s+de\s+motie)\b`
// matches at `pos` with the text ending at `limit`, without a regex run per blank:
// the words in that case, each ending where no \w byte follows (or at `limit`).
bool stop_word_at(std::string_view t, std::size_t pos, std::size_t limit) {
  static constexpr std::string_view kStopWords[] = {"is",   "zijn",  "wordt", "werd",   "werden", "heeft", "hebben",
                                                    "heb",  "zal",   "zullen", "kan",   "kunnen", "ligt",  "geeft",
                                                    "vraagt", "verzoekt", "die", "waarin", "waarmee"};
  if (pos >= limit || !is_regex_space(t[pos])) return false;
  const std::string_view rest = t.substr(pos + 1, limit - pos - 1);
  auto ends_word = [&](std::size_t end) { return end == rest.size() || !is_regex_word_byte(rest[end]); };
  for (std::string_view w : kStopWords)
    if (rest.starts_with(w) && ends_word(w.size())) return true;
  // `en\s+de\s+motie`: each gap a run of white space that the next word ends
  auto gap_then = [&](std::size_t& at, std::string_view word) {
    std::size_t end = at;
    while (end < rest.size() && is_regex_space(rest[end])) ++end;
    if (end == at || rest.compare(end, word.size(), word) != 0) return false;
    at = end + word.size();
    return true;
  };
  std::size_t at = 2;
  return rest.starts_with("en") && gap_then(at, "de") && gap_then(at, "motie") && ends_word(at);
}

// The subject after the names: `over een werkbare definitie van "extremistische
// content"`, `om te komen tot een werkbare definitie van extremistische content,`,
// `, die oproept om samen met relevante partners te komen tot ...`. Ends at a
// bracket, comma, colon, semicolon, full stop or the main verb (`is aangenomen`).
Tail read_tail(std::string_view t, std::size_t pos, std::size_t limit, std::string_view doc_date) {
  Tail tail;
  tail.end = pos;
  static const regex date_after(R"(^\s*,?\s*(?:van|d\.d\.|ingediend\s+op|aangenomen\s+op|voorgesteld\s+op)\s+)" + kDate,
                                regex::perl | regex::icase);
  static const regex intro(
      R"(^\s*,?\s*(?:over|inzake|betreffende|met\s+betrekking\s+tot|om|die\s+(?:oproept|verzoekt|vraagt|verzocht|opriep|vroeg)(?:\s+om)?|waarin\s+(?:de\s+regering\s+|het\s+kabinet\s+)?(?:wordt\s+)?(?:verzocht|gevraagd|opgeroepen)(?:\s+om)?|met\s+het\s+verzoek(?:\s+om)?)\s+)",
      regex::perl | regex::icase);
  static const regex submitted(R"(^\s*\.?\s*(?:[Ii]ngediend|[Vv]oorgesteld)(?:\s+op)?\s+)" + kDate);
  const char* base = t.data();
  cmatch m;
  // each pattern runs only where its first word stands (a word every one of its alternatives opens with)
  auto opens = [&](char mark, std::initializer_list<std::string_view> words) {
    return opens_with_icase(t, after_lead(t, tail.end, limit, mark), limit, words);
  };
  if (opens(',', {"van", "d.d.", "ingediend", "aangenomen", "voorgesteld"}) &&
      boost::regex_search(base + tail.end, base + limit, m, date_after, boost::match_continuous)) {
    tail.date = parse_date_phrase(m[1].str(), doc_date);
    tail.end += static_cast<std::size_t>(m.length(0));
  }
  if (opens(',', {"over", "inzake", "betreffende", "met", "om", "die", "waarin"}) &&
      boost::regex_search(base + tail.end, base + limit, m, intro, boost::match_continuous)) {
    std::size_t b = tail.end + static_cast<std::size_t>(m.length(0));
    std::size_t i = b;
    const std::size_t max = std::min(limit, b + 250);
    while (i < max) {
      char c = t[i];
      // (`|`: a Markdown table's next cell, `| Motie van het lid Tielen over wachtlijsten | Kamerstuk 31 765, ...`)
      if (c == '(' || c == ')' || c == ';' || c == ':' || c == ',' || c == '?' || c == '!' || c == '|') break;
      // a column gap: the next cell of a table in PDF text (`Motie van het lid
      // Tielen over wachtlijsten     Kamerstuk 31 765, nr. 894    Afgedaan`)
      if (c == ' ' && column_gap_at(t, i)) break;
      if (c == '\n' && i + 1 < t.size() && t[i + 1] == '\n') {
        // a blank line ends the subject unless the sentence runs on (PDF text)
        std::size_t next = i;
        while (next < max && (t[next] == '\n' || t[next] == ' ')) ++next;
        if (next >= max || !starts_lower(t, next)) break;
      }
      if (c == '.' && (i + 1 >= t.size() || t[i + 1] == ' ' || t[i + 1] == '\n' ||
                       (t[i + 1] >= '0' && t[i + 1] <= '9')))
        break;
      // (every stop word starts with one of `izwhklgvde`)
      if (c == ' ' && i + 1 < max && std::string_view("izwhklgvde").find(t[i + 1]) != std::string_view::npos &&
          stop_word_at(t, i, max))
        break;
      ++i;
    }
    std::string subject = squeeze(t.substr(b, i - b));
    if (subject.size() >= 3) {
      tail.subject = subject;
      tail.end = i;
    }
  }
  if (opens('.', {"ingediend", "voorgesteld"}) &&
      boost::regex_search(base + tail.end, base + limit, m, submitted, boost::match_continuous)) {
    if (tail.date.empty()) tail.date = parse_date_phrase(m[1].str(), doc_date);
    tail.end += static_cast<std::size_t>(m.length(0));
  }
  return tail;
}

// --- mentions ------------------------------------------------------------------

struct Mention {
  Span match;                  // the words that name the motion
  std::size_t names_end = 0;   // end of names, party, c.s.
  std::size_t phrase_end = 0;  // end of subject and date
  std::vector<std::string> indieners;
  std::string party;
  std::string subject;
  std::string date;
  bool gewijzigd = false;
  bool own_text = false;       // the motion's own text (Handelingen, the motion heading)
  std::string id;              // kst id once bound
  std::string bound_by;
  std::string replaces;
  std::string relation;
  std::optional<int> footnote;
  std::optional<Span> sentence;  // prose_sentence at match.begin, once asked
};

bool contains_ci(std::string_view text, std::string_view word) {
  return fold(text).find(word) != std::string::npos;
}

std::string first_party(std::string_view names) {
  std::size_t open = names.find('(');
  if (open == std::string_view::npos) return {};
  std::size_t close = names.find(')', open);
  if (close == std::string_view::npos) return {};
  return std::string(names.substr(open + 1, close - open - 1));
}

// Where the motion patterns can begin. Every pattern starts with a fixed
// word, so it runs only at the places that word occurs instead of at every
// byte (for_each_match_at: same matches as a whole-text search).
struct PatternStarts {
  std::vector<std::size_t> motie_van;    // `motie van`, `Motie ingediend door`, `gewijzigde motie van`
  std::vector<std::size_t> motie_dash;   // `motie-Jansen`, `gewijzigde motie-Jansen`
  std::vector<std::size_t> motie_plain;  // `motie Van der Plas`, `gewijzigde motie Ceder`
  std::vector<std::size_t> door_lid;  // `Door het lid ... wordt de volgende motie voorgesteld`
  std::vector<std::size_t> door;   // `door de Kamerleden ... een motie ingediend`
  std::vector<std::size_t> de_door;  // `de door het lid ...`
  std::vector<std::size_t> deze;   // `Deze motie ...`
  std::vector<std::size_t> moties;  // `moties van de leden ...`
};

// Starts of a word in either of its two spellings (`Motie`, `motie`), from
// the document's anchor pass, in text order.
std::vector<std::size_t> word_starts(const AnchorIndex& anchors, std::string_view capitalised,
                                     std::string_view lower) {
  std::vector<std::size_t> starts;
  anchors.append(capitalised, starts);
  anchors.append(lower, starts);
  std::sort(starts.begin(), starts.end());
  return starts;
}

// Boost's \w (C locale) or the hyphen: what the patterns' `(?<![\w-])` refuses before their first word.
bool is_word_or_hyphen(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

// The end of the white space (Boost's `\s`) from `pos`.
std::size_t after_space(std::string_view t, std::size_t pos) {
  while (pos < t.size() && is_regex_space(t[pos])) ++pos;
  return pos;
}

// Whether `word` stands at `pos` and white space follows it; `pos` is moved
// past both. (A pattern's `word\s+` or `word` + kSp: a gap of white space
// that the next word ends, so it ends where the run of white space does.)
bool word_then_space(std::string_view t, std::size_t& pos, std::string_view word) {
  // (the first byte first: most places hold another word)
  if (pos >= t.size() || t[pos] != word.front() || t.compare(pos, word.size(), word) != 0) return false;
  std::size_t end = after_space(t, pos + word.size());
  if (end == pos + word.size()) return false;
  pos = end;
  return true;
}

bool starts_with_at(std::string_view t, std::size_t pos, std::string_view word) {
  return pos < t.size() && t[pos] == word.front() && t.compare(pos, word.size(), word) == 0;
}

// The end of a run of spaces (`[ ]+`, `[ ]*`) from `pos`.
std::size_t after_spaces(std::string_view t, std::size_t pos) {
  while (pos < t.size() && t[pos] == ' ') ++pos;
  return pos;
}

// Can kNames begin at `pos`? It begins with initials (`I.J.M.`) or a
// surname, each of which opens with a capital (kUpper: `[A-Z]` or `\xC3`
// and `[\x80-\x9E]`) or, for a surname, with up to three particles, each
// followed by its gap (kParticle: ` +` or ` *\n *`, which end where the next
// word begins): `van der Plas`. A particle that opens with a capital is a
// capital already, so only the lower-case ones and `'t` are walked.
bool names_may_start(std::string_view t, std::size_t pos) {
  static constexpr std::string_view kLowerParticles[] = {"van", "von", "de",  "der", "den", "du", "da", "di",
                                                         "dos", "het", "ter", "ten", "te",  "'t", "in", "op",
                                                         "la",  "le",  "el",  "al",  "ben", "zu", "uit"};
  auto capital_at = [&](std::size_t at) {
    if (at >= t.size()) return false;
    auto c = static_cast<unsigned char>(t[at]);
    return (c >= 'A' && c <= 'Z') ||
           (c == 0xC3 && at + 1 < t.size() && static_cast<unsigned char>(t[at + 1]) >= 0x80 &&
            static_cast<unsigned char>(t[at + 1]) <= 0x9E);
  };
  // the end of a particle and its gap at `at`, or npos
  auto particle_at = [&](std::size_t at) {
    if (at >= t.size()) return std::string_view::npos;
    for (std::string_view w : kLowerParticles) {
      if (t[at] != w.front() || t.compare(at, w.size(), w) != 0) continue;
      std::size_t end = after_spaces(t, at + w.size());
      if (end < t.size() && t[end] == '\n') end = after_spaces(t, end + 1);
      if (end > at + w.size()) return end;
    }
    return std::string_view::npos;
  };
  for (int particles = 0;; ++particles) {
    if (capital_at(pos)) return true;
    if (particles == 3) return false;
    pos = particle_at(pos);
    if (pos == std::string_view::npos) return false;
  }
}

// The places where a pattern can begin: its first word (from the anchor
// pass), with what every pattern starting there needs around it checked
// first, so that the regex runs only where it can match (the same matches as
// trying every place: a place dropped here fails each pattern tried there).
PatternStarts pattern_starts(const AnchorIndex& anchors) {
  const std::string_view t = anchors.text();
  auto starts_word = [&](std::size_t p) { return p == 0 || !is_word_or_hyphen(t[p - 1]); };
  PatternStarts s;
  // `motie` then a gap and `van` or `ingediend` (motie_van's kSp), a hyphen
  // (motie_dash) or a space (motie_plain); `gewijzigde` then a gap for all three
  for (std::size_t p : word_starts(anchors, "Motie", "motie")) {
    if (t.compare(p + 1, 5, "oties") == 0) s.moties.push_back(p);
    if (!starts_word(p) || p + 5 >= t.size()) continue;
    std::size_t after_gap = p + 5;
    while (after_gap < t.size() && (t[after_gap] == ' ' || t[after_gap] == '\t' || t[after_gap] == '\n')) ++after_gap;
    if (after_gap > p + 5 && after_gap < t.size() && (t[after_gap] == 'v' || t[after_gap] == 'i'))
      s.motie_van.push_back(p);
    if (t[p + 5] == '-') s.motie_dash.push_back(p);
    if (t[p + 5] == ' ' && names_may_start(t, after_spaces(t, p + 5))) s.motie_plain.push_back(p);
  }
  for (std::size_t p : word_starts(anchors, "Gewijzigde", "gewijzigde")) {
    if (!starts_word(p) || p + 10 >= t.size()) continue;
    if (t[p + 10] == ' ' || t[p + 10] == '\t' || t[p + 10] == '\n') {
      s.motie_van.push_back(p);
      s.motie_dash.push_back(p);
    }
    // (`gewijzigde[ ]+motie[ ]+` and a name)
    if (std::size_t m = after_spaces(t, p + 10); m > p + 10 && (starts_with_at(t, m, "motie") || starts_with_at(t, m, "Motie")) &&
        m + 5 < t.size() && t[m + 5] == ' ' && names_may_start(t, after_spaces(t, m + 5)))
      s.motie_plain.push_back(p);
  }
  for (auto* starts : {&s.motie_van, &s.motie_dash, &s.motie_plain}) std::sort(starts->begin(), starts->end());
  for (std::size_t d : word_starts(anchors, "Door", "door")) {
    std::size_t after_door = after_space(t, d + 4);
    if (after_door == d + 4) continue;
    // door_voorgesteld: `door het lid`, `door de leden`, then white space
    std::size_t at_het = after_door, at_de = after_door;
    if (starts_word(d) && ((word_then_space(t, at_het, "het") && word_then_space(t, at_het, "lid")) ||
                           (word_then_space(t, at_de, "de") && word_then_space(t, at_de, "leden"))))
      s.door_lid.push_back(d);
    // door_narrative: `door` then kMember or kMembers: `het` or `de` and a gap
    // perhaps, then `Kamerlid`, `lid`, `Lid`, `Kamerleden`, `leden`, `Leden`
    if (starts_word(d)) {
      std::size_t q = after_door;
      if (!word_then_space(t, q, "het")) word_then_space(t, q, "de");
      if (starts_with_at(t, q, "Kamer")) q += 5;
      if (starts_with_at(t, q, "lid") || starts_with_at(t, q, "Lid") || starts_with_at(t, q, "leden") ||
          starts_with_at(t, q, "Leden"))
        s.door.push_back(d);
    }
    // door_ingediend: `de door het lid`, `de door het Kamerlid`, `de door de (Kamer)leden`
    std::size_t q = after_door;
    bool member = false;
    if (word_then_space(t, q, "het")) {
      if (starts_with_at(t, q, "Kamer")) q += 5;
      member = word_then_space(t, q, "lid");
    } else if (word_then_space(t, q, "de")) {
      if (starts_with_at(t, q, "Kamer")) q += 5;
      member = word_then_space(t, q, "leden");
    }
    if (!member) continue;
    // `de\s+door`: back over the spaces to the `de` before them
    std::size_t r = d;
    while (r > 0 && is_regex_space(t[r - 1])) --r;
    if (r == d || r < 2) continue;
    if ((t[r - 2] == 'd' || t[r - 2] == 'D') && t[r - 1] == 'e' && starts_word(r - 2)) s.de_door.push_back(r - 2);
  }
  // `Deze motie is`, `Deze gewijzigde motie is` (deze_voorgesteld)
  for (std::size_t p : word_starts(anchors, "Deze", "deze")) {
    std::size_t q = after_space(t, p + 4);
    if (!starts_word(p) || q == p + 4) continue;
    word_then_space(t, q, "gewijzigde");
    if (word_then_space(t, q, "motie") && word_then_space(t, q, "is")) s.deze.push_back(p);
  }
  return s;
}

struct Pattern {
  const regex& (*re)();
  int motie_group;  // the word `motie` (with `gewijzigde`), or -1
  int names_group;
  int cs_group;
  int party_group;
  bool own_text;    // the pattern is the motion's own text being submitted
  std::vector<std::size_t> PatternStarts::*starts;
};

// One gap between words of a name phrase: spaces, or one line break (a
// wrapped line); a blank line ends the phrase.
const std::string kSp = R"((?:[ \t]+\n?[ \t]*|\n[ \t]*))";
// `het lid`, `het Kamerlid`, `lid`, and capitalised as answers to questions write it:
// `de aangenomen motie van het Lid Ceder` (ah-tk-20232024-387)
const std::string kMember = R"((?:het(?:[ \t]+\n?[ \t]*|\n[ \t]*))?(?:Kamer)?[Ll]id)";
// `de leden`, `de Kamerleden`, and without the article: `conform de motie van leden Bikker en
// Omtzigt` (ah-tk-20232024-387)
const std::string kMembers = R"((?:de(?:[ \t]+\n?[ \t]*|\n[ \t]*))?(?:Kamer)?[Ll]eden)";

// The patterns that name a motion. Each is compiled the first time a
// document holds a place where it can begin (PatternStarts): compiling one
// takes milliseconds, and most documents need only some of them.
// `de motie van het lid Michon-Derkzen (VVD)`, `de motie van Michon-Derkzen (VVD)`,
// `Motie van het lid Michon-Derkzen over ...`, `de motie van de leden Van den Berg en Smit`,
// `de gewijzigde motie van het lid Van Dam c.s.`, `een motie ingediend door het lid Jansen`,
// `de motie van lid Kisteman`
const regex& motie_van() {
  static const regex compiled(
      R"((?<![\w-])((?:[Gg]ewijzigde)" + kSp + R"()?[Mm]otie))" + kSp + R"((?:ingediend)" + kSp + R"(door|van))" + kSp + "((?:" +
      kMember + "|" + kMembers + R"(|mevrouw|de\s+heer|(?:mijn\s+|haar\s+|zijn\s+)?collega|het\s+voormalige?\s+(?:Kamer)?lid))" + kSp +
      ")?(" + kNames + ")" + kCs + "(" + kParty + "?)");
  return compiled;
}

// `de motie-Jansen`, `de motie-De Vries/Bakker-El Amrani`, `de motie-Van der Werf c.s.`, `motie-Van\n Dijk`
const regex& motie_dash() {
  static const regex compiled(R"((?<![\w-])((?:[Gg]ewijzigde)" + kSp + R"()?[Mm]otie)-()" + kNames + ")" + kCs + "(" + kParty + "?)");
  return compiled;
}

// Handelingen: `Door het lid Jansen wordt de volgende motie voorgesteld:`
const regex& door_voorgesteld() {
  static const regex compiled(R"((?<![\w-])[Dd]oor\s+(?:het\s+lid|de\s+leden)\s+()" + kNames + ")" + kCs + "(" + kParty +
      R"(?)\s+(?:wordt|werd|is)\s+(?:de\s+volgende|een)\s+((?:gewijzigde\s+)?motie)\s+(?:voorgesteld|ingediend))");
  return compiled;
}

// narrative: `is door de Kamerleden Vermeij (PvdA), Van Dijk (SP) en Klaver (GL) een motie
// ingediend (Kamerstuk 32 500 XV, nr. 95)`, `door het lid Jansen een motie aangenomen`
const regex& door_narrative() {
  static const regex compiled(R"((?<![\w-])[Dd]oor)" + kSp + "(?:" + kMember + "|" + kMembers + ")" + kSp + "(" + kNames + ")" +
      kCs + "(" + kParty + R"(?)[ ]*,?)" + kSp + R"((?:een|de))" + kSp +
      R"(((?:gewijzigde\s+)?motie))" + kSp + R"((?:ingediend|voorgesteld|aangenomen)(?![\w-]))");
  return compiled;
}

// `de door het lid Jansen ingediende motie`, `de door de leden X en Y aangenomen motie`
const regex& door_ingediend() {
  static const regex compiled(R"((?<![\w-])[Dd]e\s+door\s+(?:het\s+(?:Kamer)?lid|de\s+(?:Kamer)?leden)\s+()" + kNames + ")" + kCs +
      "(" + kParty +
      R"(?)\s+(?:ingediende|voorgestelde|aangenomen|aangehouden)\s+((?:gewijzigde\s+)?motie)(?![\w-]))");
  return compiled;
}

// Handelingen: `Deze motie is voorgesteld door het lid Michon-Derkzen.`
const regex& deze_voorgesteld() {
  static const regex compiled(R"((?<![\w-])[Dd]eze\s+((?:gewijzigde\s+)?motie)\s+is\s+(?:voorgesteld|ingediend)\s+door\s+(?:het\s+lid|de\s+leden)\s+()" +
      kNames + ")" + kCs + "(" + kParty + "?)");
  return compiled;
}

// `de motie Van der Plas c.s. (Kamerstuk ...)`, `motie Ceder / Six Dijkstra`: the name
// right after the word on the same line (a table's next cell is no name),
// followed by what ends a motion's name
const regex& motie_plain() {
  static const regex compiled(R"((?<![\w-])((?:[Gg]ewijzigde[ ]+)?[Mm]otie)[ ]+()" + kNames + ")" + kCs + "(" + kParty +
      R"(?)(?=[ ]*(?:[(,.;:|]|$)|\s+(?:over|inzake|om|is|wordt|werd|van|die|ter|met)\b))");
  return compiled;
}

// The names a motion phrase took, as indieners; empty when one of them is no name.
std::vector<std::string> indieners_of(std::string_view names) {
  std::vector<std::string> cleaned;
  for (const std::string& name : split_indieners(names)) {
    std::string c = clean_indiener(name);
    if (c.empty()) return {};
    cleaned.push_back(c);
  }
  return cleaned;
}

// Whether the word before `pos` (past blanks and line breaks) is `stemming`
// or `stemmingen`, in any case: the heading of a Handelingen vote,
// `Stemmingen moties Politie`, `Stemming motie Politie`.
bool follows_stemming(std::string_view t, std::size_t pos) {
  std::size_t end = pos;
  while (end > 0 && pos - end < 64 && (t[end - 1] == ' ' || t[end - 1] == '\n')) --end;
  for (std::string_view word : {std::string_view("stemmingen"), std::string_view("stemming")}) {
    if (end < word.size()) continue;
    const std::size_t begin = end - word.size();
    if (begin > 0 && std::isalnum(static_cast<unsigned char>(t[begin - 1]))) continue;
    if (word_at_icase(t, begin, word)) return true;
  }
  return false;
}

std::vector<Mention> find_mentions(const ExtractContext& ctx) {
  const std::string_view t = ctx.text();
  // Every pattern below runs only at its starts: a text without any has no
  // mention, and returns before the patterns are compiled (a process that
  // reads only such texts never builds them).
  const PatternStarts starts = pattern_starts(ctx.anchors);
  if (starts.motie_van.empty() && starts.motie_dash.empty() && starts.motie_plain.empty() && starts.door_lid.empty() &&
      starts.door.empty() && starts.de_door.empty() && starts.deze.empty() && starts.moties.empty())
    return {};
  static const Pattern kPatterns[] = {
      {&motie_van, 1, 3, 4, 5, false, &PatternStarts::motie_van},
      {&motie_dash, 1, 2, 3, 4, false, &PatternStarts::motie_dash},
      {&motie_plain, 1, 2, 3, 4, false, &PatternStarts::motie_plain},
      {&door_voorgesteld, 4, 1, 2, 3, true, &PatternStarts::door_lid},
      {&door_narrative, 4, 1, 2, 3, false, &PatternStarts::door},
      {&door_ingediend, 4, 1, 2, 3, false, &PatternStarts::de_door},
      {&deze_voorgesteld, 1, 2, 3, 4, true, &PatternStarts::deze},
  };

  std::vector<Mention> mentions;
  for (const Pattern& p : kPatterns) {
    if ((starts.*p.starts).empty()) continue;  // (not compiled before it is needed)
    for_each_match_at(t, starts.*p.starts, p.re(), [&](const cmatch& m) {
      Mention mention;
      Span whole = match_span(m, t);
      mention.match = p.motie_group == 1 ? Span{match_span(m, t, 1).begin, whole.end} : whole;
      if (ctx.in_furniture(mention.match)) return;
      // `Stemming motie Politie`: a Handelingen heading (as `Stemmingen
      // moties Politie` below), the debate's subject after the word
      if (p.re == &motie_plain && follows_stemming(t, match_span(m, t, p.motie_group).begin)) return;
      std::string names = m[p.names_group].str();
      // `de motie van der Plas`: the `van` was the name's own particle
      Span names_at = match_span(m, t, p.names_group);
      if (p.re == &motie_van && !m[2].matched && (names.starts_with("der ") || names.starts_with("den ")))
        names = "van " + names;
      // a bare `de motie van X` needs X to be a person
      mention.indieners = indieners_of(names);
      if (mention.indieners.empty() || names_at.size() == 0) return;
      mention.party = first_party(names);
      if (mention.party.empty() && m[p.party_group].matched) mention.party = first_party(m[p.party_group].str());
      mention.gewijzigd = contains_ci(m[p.motie_group].str(), "gewijzigde");
      mention.own_text = p.own_text;
      mention.names_end = whole.end;
      mentions.push_back(std::move(mention));
    });
  }

  // Plural: one mention per motion.
  //   `de moties Marijnissen c.s. en Klaver c.s.`, `de moties van de leden Jansen, De Vries en Smit`
  //   `de moties van het lid Van Esch over mest (Kamerstuk 32 793, nr. 176) en van het lid
  //   Tjeerdsma over water (Kamerstuk 32 793, nr. 180)`
  static const regex moties_head(R"((?<![\w-])[Mm]oties)" + kSp + R"((?:van)" + kSp + "(?:(?:" + kMember + "|" + kMembers + ")" + kSp + ")?)?");
  static const regex one_name("(" + kName + ")" + kCs);
  static const regex next_in_list(R"([ ]*,[ ]*|)" + kSp + R"(en)" + kSp + R"((?:van)" + kSp + ")?(?:" + kMember + kSp + ")?");
  // after a subject or citation: `... (Kamerstuk 32 793, nr. 176) en van het lid Y`
  static const regex next_after_phrase(R"([^;\n]{0,240}?\)[ ]*,?)" + kSp + R"(en)" + kSp + R"((?:die)" + kSp + ")?van" + kSp + "(?:" + kMember + "|" + kMembers + ")" + kSp);
  for_each_match_at(t, starts.moties, moties_head, [&](const cmatch& head) {
    Span head_span = match_span(head, t);
    if (ctx.in_furniture(head_span)) return;
    // `Stemmingen moties Politie`: a Handelingen heading, whose words after
    // `moties` name the debate the motions came from, not their members
    if (follows_stemming(t, head_span.begin)) return;
    std::size_t pos = head_span.end;
    bool first = true;
    for (int guard = 0; guard < 12 && pos < t.size(); ++guard) {
      cmatch nm;
      if (!boost::regex_search(t.data() + pos, t.data() + t.size(), nm, one_name, boost::match_continuous)) break;
      std::vector<std::string> indieners = indieners_of(nm[1].str());
      if (indieners.size() != 1) break;
      // the first half of a split compound is no name: `Stemmingen moties Vreemdelingen- en
      // asielbeleid` (kst-19637-2302)
      std::size_t after = pos + static_cast<std::size_t>(nm.length(0));
      if (after < t.size() && t[after] == '-') break;
      Mention mention;
      mention.match = {first ? head_span.begin : pos, pos + static_cast<std::size_t>(nm.length(0))};
      mention.indieners = indieners;
      mention.party = first_party(nm[1].str());
      mention.names_end = mention.match.end;
      mentions.push_back(std::move(mention));
      first = false;
      pos = mentions.back().match.end;
      cmatch sep;
      if (boost::regex_search(t.data() + pos, t.data() + t.size(), sep, next_in_list, boost::match_continuous) &&
          sep.length(0) > 0) {
        pos += static_cast<std::size_t>(sep.length(0));
        continue;
      }
      if (boost::regex_search(t.data() + pos, t.data() + t.size(), sep, next_after_phrase, boost::match_continuous)) {
        pos += static_cast<std::size_t>(sep.length(0));
        continue;
      }
      break;
    }
  });
  std::sort(mentions.begin(), mentions.end(),
            [](const Mention& a, const Mention& b) { return a.match.begin < b.match.begin; });
  std::vector<Mention> kept;
  for (Mention& m : mentions) {
    if (!kept.empty() && m.match.begin < kept.back().match.end) continue;
    kept.push_back(std::move(m));
  }
  return kept;
}

std::string dossier_part(std::string_view dossier_id_text) {
  constexpr std::string_view kPrefix = "dossier-";
  if (!dossier_id_text.starts_with(kPrefix)) return {};
  return std::string(dossier_id_text.substr(kPrefix.size()));
}

bool is_vervangt(const Reference& r) { return r.attr("relation") == "vervangt"; }

// `kst-36410-XVI-111` -> `36410-XVI`, `kst-21501-20-2122` -> `21501-20`; empty for other ids.
std::string dossier_of_kst_id(std::string_view id) {
  constexpr std::string_view kPrefix = "kst-";
  if (!id.starts_with(kPrefix)) return {};
  std::string_view rest = id.substr(kPrefix.size());
  std::size_t last = rest.rfind('-');
  if (last == std::string_view::npos || last == 0 || last + 1 == rest.size()) return {};
  return std::string(rest.substr(0, last));
}

// A Kamerstuk citation right after the motion: `de motie-Jansen (36410, nr. 412)`,
// `de motie van het lid X over Y (Kamerstuk 29 754, nr. 758)`, `..., Kamerstukken II ...`.
const Reference* adjacent_kamerstuk(std::string_view t, const KamerstukIndex& kamerstukken, std::size_t after,
                                    std::size_t sentence_end, bool vervangt) {
  static const regex gap_ok(R"(^[ \n]*[,(]?[ \n]*(?:(?:zie|vgl\.|t\.v\.v\.|ter\s+vervanging\s+van)\s*)?$)");
  const Reference* best = nullptr;
  for (const Reference* found : kamerstukken.beginning_in(after, std::min(sentence_end + 2, after + 40))) {
    const Reference& r = *found;
    if (is_vervangt(r) != vervangt) continue;
    std::string_view gap = t.substr(after, r.match.begin - after);
    if (!boost::regex_match(gap.data(), gap.data() + gap.size(), gap_ok)) continue;
    if (!best || r.match.begin < best->match.begin) best = &r;
  }
  return best;
}

// The Kamerstuk citation that is the whole of the paragraph after the one `pos` stands in
// (a table's next cell): `Kamerstukken II 2022/23, 36200 IV, nr. 12`; null when that
// paragraph says anything more.
// The first `\n\n` at or after a place, remembered: asked for each mention
// in turn, a text without blank lines would otherwise be searched to its end
// once per mention.
class ParagraphBreaks {
 public:
  explicit ParagraphBreaks(std::string_view t) : t_(t) {}
  std::size_t at_or_after(std::size_t pos) {
    // the break found from `from_` is also the first from `pos` when no
    // break can lie between them
    if (!(pos >= from_ && (found_ == std::string_view::npos || found_ >= pos))) {
      from_ = pos;
      found_ = t_.find("\n\n", pos);
    }
    return found_;
  }

 private:
  std::string_view t_;
  std::size_t from_ = std::string_view::npos;  // nothing asked yet
  std::size_t found_ = std::string_view::npos;
};

const Reference* sole_citation_of_next_paragraph(std::string_view t, const KamerstukIndex& kamerstukken,
                                                 ParagraphBreaks& breaks, std::size_t pos) {
  std::size_t gap = breaks.at_or_after(pos);
  if (gap == std::string_view::npos) return nullptr;
  std::size_t begin = gap;
  while (begin < t.size() && (t[begin] == '\n' || t[begin] == ' ' || t[begin] == '\t')) ++begin;
  std::size_t end = breaks.at_or_after(begin);
  if (end == std::string_view::npos) end = t.size();
  while (end > begin && (t[end - 1] == ' ' || t[end - 1] == '\n' || t[end - 1] == '\t' || t[end - 1] == '.')) --end;
  if (end <= begin || end - begin > 120) return nullptr;
  const Reference* whole = nullptr;
  std::string_view id;
  for (const Reference* r : kamerstukken.in({begin, end})) {
    if (!id.empty() && r->id != id) return nullptr;
    id = r->id;
    if (r->match.begin == begin && r->match.end == end) whole = r;
  }
  return whole;
}

std::vector<std::string> distinct_ids(const std::vector<const Reference*>& refs) {
  std::vector<std::string> ids;
  for (const Reference* r : refs) {
    if (is_vervangt(*r)) continue;
    if (std::find(ids.begin(), ids.end(), r->id) == ids.end()) ids.push_back(r->id);
  }
  return ids;
}

bool subjects_agree(const Mention& a, const Mention& b) {
  if (a.subject.empty() || b.subject.empty()) return true;
  return word_overlap(subject_words(a.subject), subject_words(b.subject)) > 0;
}

// Does the footnote more likely cite another document the sentence names?
// `In mijn brief over de uitvoering van de motie-Jansen heb ik ... aangegeven.⁵`,
// `Conform de motie van het lid X stuur ik u het rapport van de inspectie.⁴`
bool another_document_carries(std::string_view t, const Mention& m, const Footnote& note) {
  static const regex document_after(
      R"(\b(?:de|het|mijn|onze|een|haar|zijn)\s+(?:[\w-]+\s+){0,2}(?:[A-Za-z]*brief|rapport|verslag|nota|beantwoording|antwoorden|evaluatie|onderzoek|advies|kabinetsreactie|beleidsreactie|jaarverslag)\b)",
      regex::perl | regex::icase);
  static const regex document_before(
      R"(\b(?:[A-Za-z]*brief|rapport|verslag|nota|beantwoording|kabinetsreactie|beleidsreactie)\s+(?:over|inzake|ter\s+uitvoering\s+van|naar\s+aanleiding\s+van|in\s+reactie\s+op|waarin\s+ik)\s+(?:(?:de|het)\s+)?(?:(?:uitvoering|stand\s+van\s+zaken)\s+van\s+)?(?:de\s+)?(?:gewijzigde\s+)?$)",
      regex::perl | regex::icase);
  if (!note.marker || *note.marker < m.phrase_end) return false;
  // each pattern runs only where its document word stands (`brief`, `rapport`, ...)
  std::string_view between = t.substr(m.phrase_end, *note.marker - m.phrase_end);
  if (holds_any(ascii_lower(between), {"brief", "rapport", "verslag", "nota", "beantwoording", "antwoorden", "evaluatie",
                                "onderzoek", "advies", "reactie"}) &&
      boost::regex_search(between.data(), between.data() + between.size(), document_after))
    return true;
  std::size_t from = m.match.begin > 60 ? m.match.begin - 60 : 0;
  std::string_view before = t.substr(from, m.match.begin - from);
  return holds_any(ascii_lower(before), {"brief", "rapport", "verslag", "nota", "beantwoording", "reactie"}) &&
         boost::regex_search(before.data(), before.data() + before.size(), document_before);
}

// `Zij krijgt nr. 412 (36410).`, `Zij krijgt nr. 530, was nr. 512 (36410).`
struct Numbered {
  Span span;
  std::string id;
  std::string replaces;
};

std::vector<Numbered> find_numbered(const AnchorIndex& anchors) {
  const std::string_view t = anchors.text();
  static const regex zij_krijgt(
      R"((?<![\w])Zij\s+krijgt\s+nr\.\s*(\d{1,5}[a-z]?)(?:\s*,\s*was\s+nr\.\s*(\d{1,5}[a-z]?))?\s*\((\d{2}\s?\d{3})(?:[ -]([IVXLC]{1,6}|[A-Z]|\d{1,3}))?\))");
  std::vector<Numbered> found;
  // (a window without `Zij` holds no match: most `krijgt` are prose)
  std::vector<Span> windows = anchors.windows({"krijgt"}, 24, 120);
  std::erase_if(windows, [&](const Span& w) { return t.substr(w.begin, w.size()).find("Zij") == std::string_view::npos; });
  for_each_match(t, windows, zij_krijgt, [&](const cmatch& m) {
    std::string dossier = m[3].str();
    dossier.erase(std::remove(dossier.begin(), dossier.end(), ' '), dossier.end());
    std::string prefix = "kst-" + dossier + (m[4].matched ? "-" + m[4].str() : "") + "-";
    Numbered n{match_span(m, t), prefix + m[1].str(), m[2].matched ? prefix + m[2].str() : ""};
    found.push_back(std::move(n));
  });
  return found;
}

// The signature lines of a motion in Handelingen, between `en gaat over tot de
// orde van de dag.` and `Zij krijgt nr.`: `Michon-Derkzen\nMutluer`.
std::vector<std::string> signature_before(std::string_view t, std::size_t pos) {
  static const regex closing(R"(en\s+gaat\s+over\s+tot\s+de\s+orde\s+van\s+de\s+dag\.)");
  static const regex one_name("^" + kSurname + "$");
  std::size_t from = pos > 3000 ? pos - 3000 : 0;
  std::string_view window = t.substr(from, pos - from);
  const char* last = nullptr;
  for (auto it = matches(window, closing), end = decltype(it)(); it != end; ++it) last = (*it)[0].second;
  if (!last) return {};
  std::vector<std::string> names;
  std::string_view rest(last, static_cast<std::size_t>(window.data() + window.size() - last));
  std::size_t i = 0;
  while (i < rest.size()) {
    std::size_t e = rest.find('\n', i);
    if (e == std::string_view::npos) e = rest.size();
    std::string line = trim(rest.substr(i, e - i));
    i = e + 1;
    if (line.empty()) continue;
    if (!boost::regex_match(line, one_name)) break;
    names.push_back(line);
  }
  return names;
}

}  // namespace

// --- public helpers ------------------------------------------------------------

std::vector<std::string> split_indieners(std::string_view names) {
  std::string plain;
  plain.reserve(names.size());
  int depth = 0;
  for (char c : names) {
    if (c == '(') ++depth;
    else if (c == ')') depth = std::max(0, depth - 1);
    else if (depth == 0) plain += c == '\n' ? ' ' : c;
  }
  for (std::size_t cs; (cs = plain.find("c.s.")) != std::string::npos;) plain.erase(cs, 4);
  std::vector<std::string> out;
  // each name is the stretch of `plain` between two separators, squeezed (a
  // squeezed stretch has no blank at either end, and holds no `,`: nothing
  // is left for trim() to take)
  std::size_t begin = 0;
  auto push = [&](std::size_t end) {
    std::string name = squeeze(std::string_view(plain).substr(begin, end - begin));
    if (!name.empty()) out.push_back(std::move(name));
  };
  for (std::size_t i = 0; i < plain.size(); ++i) {
    if (plain[i] == '/' || plain[i] == ',') {
      push(i);
      begin = i + 1;
      continue;
    }
    if (plain.compare(i, 4, " en ") == 0) {
      push(i);
      i += 3;
      begin = i + 1;
    }
  }
  push(plain.size());
  return out;
}

std::string surname_of(std::string_view indiener) {
  std::string s = squeeze(indiener);
  // `Michon-Derkzen (VVD)`: the party is not part of the name
  if (std::size_t paren = s.find('('); paren != std::string::npos) s = squeeze(s.substr(0, paren));
  static constexpr std::string_view kTitles[] = {"mevrouw ", "de heer ", "het lid ", "dhr. ", "mw. "};
  // (folded once, and again only after a title is taken off)
  std::string folded = fold(s);
  for (std::string_view title : kTitles)
    if (folded.starts_with(title)) {
      s = s.substr(title.size());
      folded = fold(s);
    }
  // leading initials: `I.J.M.`, `F.`, `Th.`, `I.J.M.Michon` (each part one or two letters)
  std::size_t i = 0;
  for (;;) {
    std::size_t j = i;
    while (j < s.size()) {
      std::size_t k = j;
      if (k < s.size() && std::isupper(static_cast<unsigned char>(s[k]))) ++k;
      else break;
      if (k < s.size() && std::islower(static_cast<unsigned char>(s[k])) && k + 1 < s.size() && s[k + 1] == '.') ++k;
      if (k < s.size() && s[k] == '.') j = k + 1;
      else break;
    }
    if (j == i) break;
    i = j;
    while (i < s.size() && s[i] == ' ') ++i;
  }
  return s.substr(i);
}

std::vector<std::string> indiener_slugs(const std::vector<std::string>& indieners) {
  std::vector<std::string> slugs;
  for (const std::string& name : indieners) {
    std::string slug = slugify(surname_of(name));
    if (!slug.empty()) slugs.push_back(slug);
  }
  return slugs;
}

std::string motion_fallback_id(const std::vector<std::string>& indieners) {
  return fallback_id_of(indiener_slugs(indieners));
}

bool indieners_fit(const std::vector<std::string>& mention, const std::vector<std::string>& known) {
  return indiener_slugs_fit(indiener_slugs(mention), indiener_slugs(known));
}

std::optional<MotionTitle> parse_motion_title(std::string_view title) {
  static const regex shape(
      R"(^\s*(gewijzigde\s+)?motie\s+van\s+(?:het\s+lid|de\s+leden)\s+(.+?)(?:\s+c\.s\.)?(?:\s+(?:over|inzake|betreffende)\s+(.+?))?(?:\s+ter\s+vervanging\s+van\s+die\s+gedrukt\s+onder\s+nr\.\s*(\d{1,5}))?\s*$)",
      regex::perl | regex::icase);
  std::string flat = squeeze(title);
  cmatch m;
  const char* flat_begin = flat.c_str();
  if (!boost::regex_match(flat_begin, flat_begin + flat.size(), m, shape)) return std::nullopt;
  std::string names = m[2].str();
  bool all_upper = std::none_of(names.begin(), names.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (all_upper) {
    // `VAN DAM EN SMIT`: ` EN ` separates names before title-casing
    std::string lowered_en;
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (names.compare(i, 4, " EN ") == 0) {
        lowered_en += " en ";
        i += 3;
      } else {
        lowered_en += names[i];
      }
    }
    std::vector<std::string> parts = split_indieners(lowered_en);
    names.clear();
    for (std::size_t k = 0; k < parts.size(); ++k) names += (k ? "/" : "") + title_case_name(parts[k]);
  }
  MotionTitle result;
  result.indieners = split_indieners(names);
  if (result.indieners.empty()) return std::nullopt;
  result.gewijzigd = m[1].matched;
  if (m[3].matched) {
    result.subject = m[3].str();
    if (all_upper) result.subject = fold(result.subject);
  }
  if (m[4].matched) result.replaces_nr = m[4].str();
  return result;
}

std::set<std::string> subject_words(std::string_view text) {
  static constexpr std::string_view kStop[] = {
      "over", "voor", "door", "naar", "zich", "hier", "hierover", "hiervoor", "daar", "deze", "dit", "die",
      "dat", "niet", "wel", "ook", "maar", "meer", "zijn", "wordt", "worden", "werd", "heeft", "hebben",
      "kamer", "motie", "moties", "lid", "leden", "regering", "kabinet", "verzoekt", "verzoek", "komen",
      "tussen", "onder", "inzake", "betreffende", "binnen", "zoals", "waarin", "welke", "alle", "andere",
      "hun", "haar", "onze", "uw", "mijn", "gaat", "ingediend", "voorgesteld", "conform", "uitvoering"};
  std::set<std::string> words;
  std::string slug = slugify(text);
  std::size_t i = 0;
  while (i <= slug.size()) {
    std::size_t e = slug.find('-', i);
    if (e == std::string::npos) e = slug.size();
    std::string w = slug.substr(i, e - i);
    i = e + 1;
    if (w.size() < 4) continue;
    if (std::find(std::begin(kStop), std::end(kStop), w) != std::end(kStop)) continue;
    if (w.size() > 5 && w.ends_with("en")) w.resize(w.size() - 2);
    else if (w.size() > 4 && w.ends_with("e")) w.resize(w.size() - 1);
    else if (w.size() > 5 && w.ends_with("s")) w.resize(w.size() - 1);
    words.insert(w);
  }
  return words;
}

int word_overlap(const std::set<std::string>& a, const std::set<std::string>& b) {
  int n = 0;
  for (const std::string& w : a)
    if (b.count(w)) ++n;
  return n;
}

std::string motion_relation_in(std::string_view sentence) {
  constexpr auto flags = regex::perl | regex::icase;
  // `Hiermee beschouw ik de motie als afgedaan`, `Daarmee is de motie uitgevoerd`,
  // `Met deze brief geef ik uitvoering aan de motie`: one of four shapes, each
  // its own pattern so that each runs only where its words are (the answer is
  // whether any of them matches, which is whether their alternation does):
  //   `\bafgedaan\b`, a whole word `afgedaan` (looked for without a pattern);
  //   `de motie ... is afgehandeld`
  static const regex motie_handled(R"(\bmotie\b[^.;]{0,120}?\b(?:als|is)\s+(?:hiermee\s+|daarmee\s+)?afgehandeld\b)", flags);
  //   `Met deze brief geef ik uitvoering aan de motie`, `Daarmee is voldaan aan de motie`
  static const regex done_herewith(
      R"(\b(?:hiermee|daarmee|hiermede|met\s+deze\s+brief)\b[^.;]{0,160}?\b(?:uitgevoerd|(?:uitvoering|invulling|gevolg)\s+(?:te\s+)?(?:gegeven|geven|geef|geeft)|voldaan|voldoe|beantwoord)\b)",
      flags);
  //   `De motie ... is inmiddels uitgevoerd`
  static const regex motie_done(
      R"(\bmotie\b[^.;]{0,160}?\b(?:is|zijn|werd)\s+(?:hiermee\s+|daarmee\s+|inmiddels\s+|reeds\s+|volledig\s+)*uitgevoerd\b)", flags);
  // `De motie-Jansen (36410, nr. 412) is aangehouden.`, `stel ik voor haar motie aan te houden`
  static const regex aangehouden(R"(\b(?:aangehouden|aan\s+te\s+houden|aanhouden)\b)", flags);
  // `Ter uitvoering van de motie ...`, `conform de motie van ...`, `geef ik uitvoering aan`
  static const regex uitvoering(
      R"(\b(?:ter|in)\s+uitvoering\s+van\b|\b(?:uitvoering|invulling|gevolg)\s+(?:te\s+)?(?:geven|geeft|gegeven|geef)\s+aan\b|\bgeef\s+ik\s+(?:uitvoering|invulling|gevolg)\b|\bconform\s+(?:de|deze|die)\s+(?:aangenomen\s+|gewijzigde\s+)?motie|\bzoals\s+(?:verzocht|gevraagd)\s+(?:in|door|met)\s+(?:de|deze)\s+(?:aangenomen\s+)?motie|\bnaar\s+aanleiding\s+van\s+de\s+(?:aangenomen\s+|gewijzigde\s+)?motie|\bin\s+(?:reactie|antwoord)\s+op\s+de\s+motie|\bin\s+lijn\s+met\s+de\s+motie|\buitvoering\s+van\s+de\s+(?:aangenomen\s+|gewijzigde\s+)?motie)",
      flags);
  const char* b = sentence.data();
  const char* e = sentence.data() + sentence.size();
  // Each pattern runs only where the sentence holds the words every match of
  // it holds: `motie` and `afgehandeld`; `hiermee`, `daarmee`, `hiermede` or
  // `deze` and `brief`, with a word of doing; `motie` and `uitgevoerd`.
  // `houden`. `uitvoering`, `invulling`, `gevolg`, `conform`, `zoals`,
  // `aanleiding`, `reactie`, `antwoord` or `lijn`.
  const std::string lower = ascii_lower(sentence);
  auto has = [&](std::string_view w) { return lower.find(w) != std::string::npos; };
  if (holds_whole_word_lower(lower, {"afgedaan"})) return "afgedaan";
  if (has("motie") && has("afgehandeld") && boost::regex_search(b, e, motie_handled)) return "afgedaan";
  if ((holds_any(lower, {"hierme", "daarmee"}) || (has("deze") && has("brief"))) &&
      holds_any(lower, {"uitgevoerd", "uitvoering", "invulling", "gevolg", "voldaan", "voldoe", "beantwoord"}) &&
      boost::regex_search(b, e, done_herewith))
    return "afgedaan";
  if (has("motie") && has("uitgevoerd") && boost::regex_search(b, e, motie_done)) return "afgedaan";
  if (has("houden") && boost::regex_search(b, e, aangehouden)) return "aangehouden";
  if (holds_any(lower, {"uitvoering", "invulling", "gevolg", "conform", "zoals", "aanleiding", "reactie",
                        "antwoord", "lijn"}) &&
      boost::regex_search(b, e, uitvoering))
    return "uitvoering";
  return {};
}

// --- the module ------------------------------------------------------------------

std::span<const AnchorLiteral> motion_anchors() {
  // where the motion patterns begin (`Motie`, `gewijzigde motie`, `Door het
  // lid`, `Deze motie`) and Handelingen lists of `moties`; `ter vervanging
  // van die gedrukt onder nr. 512` and `Zij krijgt nr. 412 (36410).`
  static constexpr AnchorLiteral kAnchors[] = {
      {"Motie"}, {"motie"}, {"Gewijzigde"}, {"gewijzigde"}, {"Door"},      {"door"},
      {"Deze"},  {"deze"},  {"moties"},     {"ervanging"},  {"ERVANGING"}, {"krijgt"},
  };
  return kAnchors;
}

void extract_motions(const ExtractContext& ctx, std::vector<Reference>& out) {
  const std::string_view t = ctx.text();
  const std::string& doc_date = ctx.info.date;
  std::vector<Mention> mentions = find_mentions(ctx);
  const KamerstukIndex kamerstukken(out);

  // subject, date, relation, and binding through the sentence
  // (mentions in one sentence share its relation: read once)
  // the prose sentence of a mention, looked up once (it depends on match.begin only)
  auto sentence_of = [&](Mention& m) {
    if (!m.sentence) m.sentence = prose_sentence(ctx, m.match.begin);
    return *m.sentence;
  };
  Span related_sentence{0, 0};
  std::string sentence_relation;
  for (Mention& m : mentions) {
    const Footnote* in_note = ctx.footnote_containing(m.match.begin);
    Span sentence = sentence_of(m);
    // the tail may run into the next sentence: `... content". Ingediend op 2 oktober 2025.`
    std::size_t limit = std::min(t.size(), std::max(sentence.end, m.names_end) + 60);
    if (in_note) limit = std::max(m.names_end, std::min(limit, in_note->body.end));
    Tail tail = read_tail(t, m.names_end, limit, doc_date);
    m.subject = tail.subject;
    m.date = tail.date;
    m.phrase_end = tail.end;

    if (sentence.begin != related_sentence.begin || sentence.end != related_sentence.end || sentence.size() == 0) {
      sentence_relation = motion_relation_in(t.substr(sentence.begin, sentence.size()));
      related_sentence = sentence;
    }
    m.relation = sentence_relation;
    if (m.relation.empty() && in_note) {
      Span marking = sentence_marking(ctx, *in_note);
      if (marking.size() > 0) m.relation = motion_relation_in(t.substr(marking.begin, marking.size()));
    }
    // `Motie van het lid X over Y` as a heading followed by `De Kamer,`: the motion's own text
    bool line_start = m.match.begin == 0 || t[m.match.begin - 1] == '\n';
    if (line_start && t.compare(m.match.begin, 5, "Motie") == 0 && !in_note) {
      std::size_t look = std::min(t.size(), m.phrase_end + 300);
      if (t.substr(m.phrase_end, look - m.phrase_end).find("De Kamer,") != std::string_view::npos) m.own_text = true;
    }
    if (m.relation.empty() && m.own_text) m.relation = "ingediend";

    for (std::size_t after : {m.names_end, m.phrase_end}) {
      if (!m.id.empty()) break;
      if (const Reference* k = adjacent_kamerstuk(t, kamerstukken, after, sentence.end, false)) {
        m.id = k->id;
        m.bound_by = "sentence";
      }
    }
    for (std::size_t after : {m.names_end, m.phrase_end}) {
      if (!m.replaces.empty()) break;
      // `(t.v.v. 35300-XVI-108)`, `(35300-XVI-120, t.v.v. 35300-XVI-108)`
      if (sentence.end < after) continue;
      for (const Reference* found : kamerstukken.beginning_in(after, std::min(sentence.end, after + 60))) {
        const Reference& r = *found;
        if (is_vervangt(r)) {
          m.replaces = r.id;
          m.gewijzigd = true;
          break;
        }
      }
    }
  }

  // `ter vervanging van die gedrukt onder nr. 512` right after a motion
  static const regex vervanging(R"((?<![\w])ter\s+vervanging\s+van\s+(?:die|de\s+motie)?\s*gedrukt\s+onder\s+nr\.\s*(\d{1,5}[a-z]?))",
                                regex::perl | regex::icase);
  // the replaced motion stands in the motion's own dossier: read it from the motion's own id
  // (`kst-36410-XVI-111` -> `36410-XVI`), which keeps the toevoeging that a dossier taken from
  // a bare `OVERHEIDop.dossiernummer` (`36410`) lacks; else from the dossier
  std::string own_dossier = dossier_of_kst_id(ctx.info.id);
  if (own_dossier.empty()) own_dossier = dossier_part(ctx.info.dossier);
  std::vector<Reference> replaced;
  for_each_match_near(ctx.anchors, {"ervanging", "ERVANGING"}, 24, 120, vervanging, [&](const cmatch& v) {
    // (not skipped as furniture: in a PDF it shares the heading line `Nr. 530 GEWIJZIGDE MOTIE ...`)
    Span span = match_span(v, t);
    std::string id = own_dossier.empty() ? "" : "kst-" + own_dossier + "-" + v[1].str();
    for (Mention& m : mentions)
      if (m.phrase_end <= span.begin && span.begin - m.phrase_end <= 3) {
        m.gewijzigd = true;
        if (m.replaces.empty()) m.replaces = id;
      }
    if (id.empty()) return;
    Reference r;
    r.kind = RefKind::motion;
    r.id = id;
    r.match = span;
    r.set_attr("relation", "vervangt");
    MotionInfo info;
    info.bound_by = "sentence";
    r.motion = info;
    replaced.push_back(std::move(r));
  });

  // Handelingen: `Zij krijgt nr. 412 (36410).` closes the motion just submitted
  std::size_t previous_numbered = 0;
  const std::size_t named_count = mentions.size();  // sorted by begin; those added below carry an id
  for (const Numbered& n : find_numbered(ctx.anchors)) {
    Mention* owner = nullptr;
    auto first = std::lower_bound(mentions.begin(), mentions.begin() + static_cast<std::ptrdiff_t>(named_count),
                                  previous_numbered,
                                  [](const Mention& m, std::size_t pos) { return m.match.begin < pos; });
    for (auto it = first; it != mentions.begin() + static_cast<std::ptrdiff_t>(named_count); ++it) {
      Mention& m = *it;
      if (m.match.begin > n.span.begin) break;
      if (m.match.end <= n.span.begin && n.span.begin - m.match.end < 8000 && m.id.empty()) owner = &m;
    }
    if (owner && owner->own_text) {
      owner->id = n.id;
      owner->bound_by = "sentence";
      owner->own_text = true;
      owner->relation = "ingediend";
      if (!n.replaces.empty()) {
        owner->replaces = n.replaces;
        owner->gewijzigd = true;
      }
    } else if (!ctx.in_furniture(n.span)) {
      Mention m;
      m.match = n.span;
      m.names_end = m.phrase_end = n.span.end;
      m.indieners = signature_before(t, n.span.begin);
      m.id = n.id;
      m.bound_by = "sentence";
      m.own_text = true;
      m.relation = "ingediend";
      m.replaces = n.replaces;
      m.gewijzigd = !n.replaces.empty();
      mentions.push_back(std::move(m));
    }
    previous_numbered = n.span.end;
  }
  std::sort(mentions.begin(), mentions.end(),
            [](const Mention& a, const Mention& b) { return a.match.begin < b.match.begin; });

  // Handelingen: `stel ik voor de volgende door hen ingediende moties opnieuw aan te
  // houden: 29911-226; 31015-168; 21501-08-765; 35570-XIV-46.`
  std::vector<Reference> listed;
  static const regex moties_colon(R"((?<![\w-])moties\b[^.:;]{0,200}?:\s*)");
  static const regex listed_id(R"(^(\d{5})(?:-([IVXLC]{1,6}|[A-Z]|\d{1,3}))?-(\d{1,5})(?![\w-]))");
  std::vector<std::size_t> moties_at;
  ctx.anchors.append("moties", moties_at);
  for_each_match_at(t, moties_at, moties_colon, [&](const cmatch& colon) {
    Span head = match_span(colon, t);
    if (ctx.in_furniture(head)) return;
    const std::size_t sentence_begin = prose_sentence(ctx, head.begin).begin;
    std::string relation = motion_relation_in(t.substr(sentence_begin, head.end - sentence_begin));
    std::size_t pos = head.end;
    for (int guard = 0; guard < 400 && pos < t.size(); ++guard) {
      cmatch id;
      if (!boost::regex_search(t.data() + pos, t.data() + t.size(), id, listed_id, boost::match_continuous)) break;
      Reference r;
      r.kind = RefKind::motion;
      r.id = kamerstuk_id(id[1].str(), id[2].str(), id[3].str());
      r.match = {pos, pos + static_cast<std::size_t>(id.length(0))};
      MotionInfo info;
      info.relation = relation.empty() ? "genoemd" : relation;
      info.bound_by = "sentence";
      r.motion = std::move(info);
      listed.push_back(std::move(r));
      pos += static_cast<std::size_t>(id.length(0));
      std::size_t next = pos;
      while (next < t.size() && (t[next] == ';' || t[next] == ',' || t[next] == ' ' || t[next] == '\n')) ++next;
      if (next == pos || next - pos > 4) break;
      if (t.compare(next, 3, "en ") == 0) next += 3;
      pos = next;
    }
  });

  // a motion named by its number only: `zijn motie (34000-XV, nr. 41)`, `motie 34000-A, nr. 22`,
  // `de motie (TK 36 582, nr. 55)`; plural, each number a motion: `de moties 32 793, nrs. 176 en 180`,
  // `de moties (Kamerstuk 32 793, nr. 176 en nr. 180)`
  static const regex motie_word(R"((?<![\w-])[Mm]otie(s?)\s*\(?\s*(?:(?:TK|EK)\s*)?$)");
  static const regex list_gap(R"(^[ \n]*(?:[,;][ \n]*)?(?:en[ \n]+)?(?:nrs?\.?[ \n]*)?$)");
  std::set<std::string> named_ids;
  ClaimedSpans named_spans;
  for (const Mention& m : mentions) {
    if (!m.id.empty()) named_ids.insert(m.id);
    named_spans.add(m.match);
  }
  std::vector<const Reference*> numbered_refs;
  for (const Reference& k : out)
    if (k.kind == RefKind::kamerstuk && !is_vervangt(k) && !ctx.in_furniture(k.match)) numbered_refs.push_back(&k);
  std::stable_sort(numbered_refs.begin(), numbered_refs.end(),
                   [](const Reference* a, const Reference* b) { return a->match.begin < b->match.begin; });
  std::size_t plural_list_end = std::string_view::npos;  // end of the last number of a `moties` list
  for (const Reference* ref : numbered_refs) {
    const Reference& k = *ref;
    Span span;
    bool continues_list = false;
    if (plural_list_end != std::string_view::npos && k.match.begin >= plural_list_end &&
        k.match.begin - plural_list_end <= 12) {
      std::string_view gap = t.substr(plural_list_end, k.match.begin - plural_list_end);
      continues_list = boost::regex_match(gap.data(), gap.data() + gap.size(), list_gap);
    }
    if (continues_list) {
      span = k.match;
    } else {
      plural_list_end = std::string_view::npos;
      std::size_t from = k.match.begin > 20 ? k.match.begin - 20 : 0;
      std::string_view before = t.substr(from, k.match.begin - from);
      cmatch w;
      // (the pattern holds `otie`: most citations have no motion before them)
      if (before.find("otie") == std::string_view::npos ||
          !boost::regex_search(before.data(), before.data() + before.size(), w, motie_word))
        continue;
      span = {from + match_span(w, before).begin, k.match.end};
      if (w[1].length() > 0) plural_list_end = k.match.end;
    }
    if (plural_list_end != std::string_view::npos) plural_list_end = k.match.end;
    if (named_ids.count(k.id) || named_spans.overlaps(span)) continue;
    named_ids.insert(k.id);
    named_spans.add(span);
    Mention m;
    m.match = span;
    m.names_end = m.phrase_end = span.end;
    m.id = k.id;
    m.bound_by = "sentence";
    Span sentence = sentence_of(m);
    m.relation = motion_relation_in(t.substr(sentence.begin, sentence.size()));
    mentions.push_back(std::move(m));
  }
  std::sort(mentions.begin(), mentions.end(),
            [](const Mention& a, const Mention& b) { return a.match.begin < b.match.begin; });

  // the footnote whose marker ends the sentence: its Kamerstuk citation, or a
  // motion named there (`²² Motie van het lid Michon-Derkzen over ... Ingediend op 2 oktober 2025.`)
  std::vector<const Footnote*> note_of(mentions.size(), nullptr);
  std::map<const Footnote*, std::vector<std::size_t>> marked_by;  // note -> the mentions whose sentence it ends
  std::vector<std::vector<std::string>> slugs(mentions.size());
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    note_of[k] = footnote_marked_in_sentence(ctx, mentions[k].match.begin);
    if (note_of[k]) marked_by[note_of[k]].push_back(k);
    slugs[k] = indiener_slugs(mentions[k].indieners);
  }
  // the mentions inside a note's body, in text order (mentions are sorted by begin)
  auto mentions_in = [&](const Footnote& note) {
    auto first = std::lower_bound(mentions.begin(), mentions.end(), note.body.begin,
                                  [](const Mention& m, std::size_t pos) { return m.match.begin < pos; });
    std::vector<std::size_t> inside;
    for (auto it = first; it != mentions.end() && note.body.contains(it->match.begin); ++it)
      inside.push_back(static_cast<std::size_t>(it - mentions.begin()));
    return inside;
  };
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    Mention& m = mentions[k];
    const Footnote* note = note_of[k];
    if (!note) continue;
    m.footnote = note->number;
    // motions named in the note
    for (std::size_t j : mentions_in(*note)) {
      Mention& other = mentions[j];
      if (j == k) continue;
      if (!indiener_slugs_fit(slugs[j], slugs[k]) && !indiener_slugs_fit(slugs[k], slugs[j])) continue;
      if (m.subject.empty()) m.subject = other.subject;
      if (m.date.empty()) m.date = other.date;
      if (other.relation.empty()) other.relation = m.relation;
    }
    if (!m.id.empty() || another_document_carries(t, m, *note)) continue;
    std::vector<std::string> ids = distinct_ids(kamerstukken.in(note->body));
    std::vector<std::size_t> sharing;
    for (std::size_t j : marked_by[note])
      if (mentions[j].id.empty()) sharing.push_back(j);
    if (ids.size() == 1 && sharing.size() == 1) {
      m.id = ids.front();
      m.bound_by = "footnote";
    } else if (ids.size() > 1 && ids.size() == sharing.size()) {
      // `de motie van het lid X en de motie van het lid Y³` with `³ Kamerstuk ..., nrs. 5 en 6`
      std::size_t order = std::find(sharing.begin(), sharing.end(), k) - sharing.begin();
      m.id = ids[order];
      m.bound_by = "footnote";
    }
  }

  // a motion named in a note takes the number its text mention was given, and the other way round
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    const Footnote* note = note_of[k];
    if (!note) continue;
    for (std::size_t j : mentions_in(*note)) {
      Mention& other = mentions[j];
      if (!indiener_slugs_fit(slugs[j], slugs[k])) continue;
      if (other.id.empty() && !mentions[k].id.empty()) {
        other.id = mentions[k].id;
        other.bound_by = "footnote";
      } else if (mentions[k].id.empty() && !other.id.empty()) {
        mentions[k].id = other.id;
        mentions[k].bound_by = "footnote";
      }
    }
  }

  // A name and a number in the same sentence or table line are one motion when
  // nothing else there could own the number: `de motie Van Kent c.s. over de AOW
  // (TK 36 582, nr. 55)`, `de motie van het lid Jansen met kenmerk 32 479, nr. 3`.
  // Not where a document stands between them (`de motie-Jansen, waarover mijn
  // brief (Kamerstuk ..., nr. 5) ...`), nor a number another mention has.
  {
    static const regex other_document(
        R"(\b(?:[A-Za-z]*brie(?:f|ven)|verslag|rapport|nota|Handelingen|antwoord(?:en)?|beantwoording|wetsvoorstel|amendement|moties?)\b)",
        regex::perl | regex::icase);
    std::set<std::string> owned;
    for (const Mention& m : mentions)
      if (!m.id.empty()) owned.insert(m.id);
    for (std::size_t k = 0; k < mentions.size(); ++k) {
      Mention& m = mentions[k];
      if (!m.id.empty() || m.indieners.empty()) continue;
      Span sentence = sentence_of(m);
      // a table row (cells split by `|` or tabs) is read to its end; prose to the sentence's end
      const Span around = line_around(t, m.match.begin, m.phrase_end);
      const std::size_t line_begin = around.begin, line_end = around.end;
      std::string_view line = t.substr(line_begin, line_end - line_begin);
      bool table_row = line.find('|') != std::string_view::npos || line.find('\t') != std::string_view::npos;
      // a list entry that the motion opens is a row too: `Motie van Haverkamp over het benadrukken van
      // ... functiewaardering. Onderzoek naar ... is toegezegd. 27-02-2008 Spoeddebat CAO-onderhandelingen
      // politie (29 628, nr. 77) De Tweede Kamer wordt ...` (rijksbegroting 2010, moties en toezeggingen)
      table_row = table_row || opens_line(t, line_begin, m.match.begin);
      std::size_t until = std::min(table_row ? std::max(sentence.end, line_end) : sentence.end, m.phrase_end + 400);
      if (k + 1 < mentions.size()) until = std::min(until, std::max(m.phrase_end, mentions[k + 1].match.begin));
      if (until <= m.phrase_end) continue;
      std::vector<std::string> ids;
      bool blocked = false;
      for (const Reference* r : kamerstukken.beginning_in(m.phrase_end, until)) {
        if (is_vervangt(*r) || ctx.in_furniture(r->match)) continue;
        std::string_view between = t.substr(m.phrase_end, r->match.begin - m.phrase_end);
        if (between.find("\n\n") != std::string_view::npos ||
            boost::regex_search(between.data(), between.data() + between.size(), other_document)) {
          blocked = true;
          break;
        }
        if (std::find(ids.begin(), ids.end(), r->id) == ids.end()) ids.push_back(r->id);
      }
      if (blocked || ids.size() != 1 || owned.count(ids.front())) continue;
      m.id = ids.front();
      m.bound_by = "sentence";
      owned.insert(m.id);
    }
    // A table of motions whose next cell is the vindplaats: the paragraph after the
    // motion's description is that one citation and nothing else:
    //   `De motie van het lid Wuite c.s.; Verzoekt de regering ... onderzoeksresultaten.`
    //   `Kamerstukken II 2022/23, 36200 IV, nr. 12`
    //   `Afgedaan. De uitvoering van de motie is overgedragen aan het ministerie van SZW.`
    // (rijksfinancien.nl, begroting IV 2024, bijlage 3). A paragraph that cites a letter
    // with more words around it (`Afgedaan. De Tweede Kamer is ... geïnformeerd
    // (Kamerstukken II 2017/18, 34775-IV, nr. 44).`) is no vindplaats.
    ParagraphBreaks breaks(t);
    for (std::size_t k = 0; k < mentions.size(); ++k) {
      Mention& m = mentions[k];
      if (!m.id.empty() || m.indieners.empty()) continue;
      const Reference* cited = sole_citation_of_next_paragraph(t, kamerstukken, breaks, m.phrase_end);
      if (!cited || is_vervangt(*cited) || owned.count(cited->id) || ctx.footnote_containing(cited->match.begin))
        continue;
      if (k + 1 < mentions.size() && mentions[k + 1].match.begin < cited->match.begin) continue;
      m.id = cited->id;
      m.bound_by = "sentence";
      owned.insert(m.id);
    }
  }

  // the same indieners bound elsewhere in this document; only bound mentions
  // can lend their number, so only they are listed (one bound here is added
  // as soon as it is: a later mention may lean on it), and a document with
  // many unbound mentions of one member is not compared pair by pair
  std::map<std::string, std::vector<std::size_t>> bound_by_first_indiener;
  for (std::size_t k = 0; k < mentions.size(); ++k)
    if (!slugs[k].empty() && !mentions[k].id.empty()) bound_by_first_indiener[slugs[k].front()].push_back(k);
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    Mention& m = mentions[k];
    if (!m.id.empty() || slugs[k].empty()) continue;
    std::vector<std::size_t>& bound = bound_by_first_indiener[slugs[k].front()];
    std::vector<std::string> ids;
    for (std::size_t j : bound) {
      const Mention& other = mentions[j];
      if (!indiener_slugs_fit(slugs[k], slugs[j]) || !subjects_agree(m, other)) continue;
      if (std::find(ids.begin(), ids.end(), other.id) == ids.end()) ids.push_back(other.id);
    }
    if (ids.size() == 1) {
      m.id = ids.front();
      m.bound_by = "document";
      bound.push_back(k);
    }
  }

  // the motion's own document: its heading and signature are the document itself
  std::vector<std::string> own_indieners;
  if (ctx.info.type.find("motie") != std::string::npos) {
    own_indieners = ctx.info.indieners;
    if (own_indieners.empty()) {
      if (std::optional<MotionTitle> title = parse_motion_title(ctx.info.title)) own_indieners = title->indieners;
    }
  }

  const std::vector<std::string> own_slugs = indiener_slugs(own_indieners);
  Span squeezed_sentence{0, 0};  // mentions in one sentence share its squeezed text
  std::string squeezed;
  for (std::size_t k = 0; k < mentions.size(); ++k) {
    Mention& m = mentions[k];
    // (indieners_fit and motion_fallback_id, from the slugs already made)
    if (m.id.empty() && !own_indieners.empty() && indiener_slugs_fit(slugs[k], own_slugs)) continue;
    if (!m.id.empty() && m.id == ctx.info.id) continue;
    Reference r;
    r.kind = RefKind::motion;
    r.id = m.id.empty() ? fallback_id_of(slugs[k]) : m.id;
    if (r.id.empty()) continue;
    r.match = m.match;
    // the whole sentence, also where a PDF text splits it with blank lines
    Span sentence = sentence_of(m);
    if (sentence.begin != squeezed_sentence.begin || sentence.end != squeezed_sentence.end ||
        squeezed_sentence.size() == 0) {
      squeezed = squeeze(t.substr(sentence.begin, sentence.size()));
      squeezed_sentence = sentence;
    }
    r.sentence = squeezed;
    if (m.footnote) r.footnote = m.footnote;
    MotionInfo info;
    info.indieners = m.indieners;
    info.party = m.party;
    info.subject = m.subject;
    info.date = m.date;
    info.relation = m.relation.empty() ? "genoemd" : m.relation;
    info.gewijzigd = m.gewijzigd;
    info.replaces = m.replaces;
    info.bound_by = m.bound_by;
    r.motion = std::move(info);
    out.push_back(std::move(r));
  }
  for (Reference& r : replaced) out.push_back(std::move(r));
  for (Reference& r : listed) out.push_back(std::move(r));
}

}  // namespace kamerref
