// Laws and bills: names from data/laws.tsv, names recognised by their shape,
// bills, short forms that refer back, BWB numbers. Every pattern carries the
// real text it matches; tests/extract/law_test.cc runs each of those examples
// and the near misses.
#include "kamerref/extract/law.h"

#include <boost/regex.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "kamerref/data/embedded.h"
#include "kamerref/extract/dictionary.h"
#include "kamerref/extract/regex_util.h"
#include "kamerref/extract/report.h"
#include "kamerref/extract/text_util.h"
#include "kamerref/extract/tsv.h"

namespace kamerref {
namespace {

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
// A byte of a letter in the normalised text: ASCII, or a two-byte UTF-8
// Latin letter (lead 0xC3..0xC5, then a continuation byte).
bool is_letter_at(std::string_view t, std::size_t i) {
  if (i >= t.size()) return false;
  auto u = static_cast<unsigned char>(t[i]);
  if (is_ascii_letter(t[i])) return true;
  if (u >= 0xC3 && u <= 0xC5) return i + 1 < t.size() && (static_cast<unsigned char>(t[i + 1]) & 0xC0) == 0x80;
  if ((u & 0xC0) == 0x80 && i > 0) {
    auto lead = static_cast<unsigned char>(t[i - 1]);
    return lead >= 0xC3 && lead <= 0xC5;
  }
  return false;
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

// Words that end a law name (data/law-name-ends.tsv): verbs, conjunctions,
// and prepositions that open a new phrase after a name (`de Wet
// politiegegevens in verband met ...`). A law whose own name holds one (`Wet
// werk en inkomen naar arbeidsvermogen`) is found whole only as a form in
// data/laws.tsv: its shape alone ends at that word.
bool ends_name(std::string_view w) {
  // asked for every word after every `wet`: a hash lookup, not a scan of the list
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  static const std::unordered_set<std::string, Hash, std::equal_to<>> kWords = [] {
    std::unordered_set<std::string, Hash, std::equal_to<>> words;
    for_each_tsv_row(data::law_name_ends(), [&](int, const std::vector<std::string>& fields) {
      if (!fields.empty() && !fields[0].empty()) words.insert(fields[0]);
    });
    return words;
  }();
  return kWords.contains(w);
}

// Words inside a name that may not end it: `Wet op de ...`, `... van terrorisme`.
bool is_function_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {"van", "de", "het", "een", "der", "den", "op", "ter",
                                                "inzake", "voor", "en", "of", "omtrent", "betreffende"};
  for (std::string_view s : kWords)
    if (w == s) return true;
  return false;
}

bool is_article(std::string_view w) {
  return w == "de" || w == "het" || w == "een" || w == "deze" || w == "die" || w == "dit" || w == "dat" ||
         w == "zijn" || w == "haar";
}

// A past participle or verb form closing a clause (`wordt de Uitvoeringswet
// geëvalueerd`, `dat de Wet X verlengd wordt`): ge-/be-/ver-/ont-/her- ... -d/-t.
// Nouns of that shape that occur in law names are kept (`Wet publieke gezondheid`).
bool looks_like_participle(std::string_view w) {
  if (w.ends_with("recht")) return false;  // `bewijsrecht`, `bestuursrecht`
  // with a separable prefix: `afgegeven`, `aangenomen`, `opgenomen`, `vastgesteld`, `ingetrokken`
  static constexpr std::string_view kPrefixes[] = {"af", "aan", "op", "uit", "in", "toe", "door", "over",
                                                   "vast", "voor", "mee", "na", "om", "bij", "terug", "weg"};
  for (std::string_view p : kPrefixes) {
    if (w.size() >= p.size() + 6 && w.starts_with(p) && w.substr(p.size(), 2) == "ge" &&
        (w.back() == 'd' || w.back() == 't' || w.ends_with("en")))
      return true;
  }
  if (w.size() < 7) return false;
  if (w.back() != 'd' && w.back() != 't') return false;
  if (w.ends_with("heid") || w.ends_with("teit")) return false;
  static constexpr std::string_view kNouns[] = {"geweld", "gebied", "beleid", "bestand", "verband",
                                                "gewicht", "geschrift", "gezondheid", "gerecht"};
  for (std::string_view n : kNouns)
    if (w == n) return false;
  if (w.starts_with("ge")) return true;  // `gewijzigd`, `geëvalueerd`, `gesteld`
  // `verlengd`, `bepaald`, `ontvangen` has no -d; nouns of this shape end in -t less often than verbs
  return w.back() == 'd' && (w.starts_with("be") || w.starts_with("ver") || w.starts_with("ont") || w.starts_with("her"));
}

struct Token {
  std::size_t begin = 0, end = 0;
  std::string word;  // lower case
  bool capital = false;
  bool year = false;
  bool glued_number = false;  // `terrorisme13`: a footnote number follows
};

// The token at `pos` after at most one line break: a word, or a year.
std::optional<Token> next_token(std::string_view t, std::size_t pos) {
  std::size_t i = pos;
  while (i < t.size() && (t[i] == ' ' || t[i] == '\t')) ++i;
  if (i < t.size() && t[i] == '\n') {
    ++i;
    while (i < t.size() && (t[i] == ' ' || t[i] == '\t')) ++i;
    if (i < t.size() && t[i] == '\n') return {};  // blank line
  }
  if (i >= t.size()) return {};
  Token tok;
  tok.begin = i;
  if (is_digit(t[i])) {
    std::size_t j = i;
    while (j < t.size() && is_digit(t[j])) ++j;
    if (j - i != 4 || is_letter_at(t, j)) return {};
    int year = std::stoi(std::string(t.substr(i, 4)));
    if (year < 1800 || year > 2099) return {};
    tok.end = j;
    tok.year = true;
    tok.word = std::string(t.substr(i, 4));
    return tok;
  }
  if (!is_letter_at(t, i)) return {};
  tok.capital = is_upper(t[i]);
  std::size_t j = i;
  for (;;) {
    if (is_letter_at(t, j)) {
      ++j;
    } else if (j < t.size() && t[j] == '-' && is_letter_at(t, j + 1)) {
      ++j;  // `online-inhoud`
    } else if (j < t.size() && t[j] == '-' && (t.substr(j + 1, 4) == " en " || t.substr(j + 1, 4) == " of ")) {
      ++j;  // `inlichtingen- en veiligheidsdiensten`
      break;
    } else if (j + 1 < t.size() && t[j] == '\'' && t[j + 1] == 's' && !is_letter_at(t, j + 2)) {
      j += 2;  // `veiligheidsregio's`
      break;
    } else {
      break;
    }
  }
  tok.end = j;
  tok.word = fold(t.substr(i, j - i));
  tok.glued_number = j < t.size() && is_digit(t[j]);
  return tok;
}

enum class Capitals { none, first, all };

// Nouns that make `van X` an idiom closing the clause, not part of a name:
// `sinds de Wet passend onderwijs van kracht is`, `is de Wet X van toepassing`.
bool is_idiom_after_van(std::string_view w) {
  return w == "kracht" || w == "toepassing" || w == "belang" || w == "invloed" || w == "mening";
}

std::size_t name_end(std::string_view t, std::size_t pos, Capitals capitals) {
  std::vector<Token> taken;
  std::size_t cur = pos;
  bool title_case = false;  // `Wet op de Medische Keuringen`: every word capitalised
  while (taken.size() < 14) {
    auto tok = next_token(t, cur);
    if (!tok) break;
    if (tok->year) {
      if (!taken.empty() && !is_function_word(taken.back().word)) taken.push_back(*tok);
      break;  // a year closes a name: `Politiewet 2012`
    }
    const std::string& w = tok->word;
    if (ends_name(w) || (!tok->capital && looks_like_participle(w))) break;
    if (tok->capital && w != "bes") {
      // `Wet op de Raad van State`, `Wet op de Kamers van Koophandel en Nijverheid`: after
      // `Wet op de` a name may hold proper nouns, after a function word; and a
      // name written in title case keeps its capitals (`Wet op de Medische Keuringen`)
      bool op_de = capitals == Capitals::first && taken.size() >= 2 && taken[0].word == "op" &&
                   (is_function_word(taken.back().word) || (title_case && taken.back().capital));
      bool allowed = capitals == Capitals::all || (capitals == Capitals::first && taken.empty()) || op_de;
      if (!allowed) break;
      if (op_de) title_case = true;
    }
    // an article after a content word opens an object: `de Wet gewasbeschermingsmiddelen
    // en biociden de mogelijkheid biedt`; inside a name it follows a preposition (`Wet op de ...`)
    if (is_article(w) && !taken.empty() && !is_function_word(taken.back().word)) break;
    if (w == "van") {
      auto peek = next_token(t, tok->end);
      if (peek && !peek->year && is_idiom_after_van(peek->word)) break;
    }
    if (taken.empty() && (w == "en" || w == "of" || w == "van")) break;  // `Wet- en`, `Wet en regelgeving`, `Wet van 10 juli`
    // `Wet ter voorkoming van ...` opens with `ter`; later it starts the purpose
    // of an amending act: `Wijziging van de Wet X ter vastlegging van ...`
    if (!taken.empty() && (w == "ter" || w == "houdende")) break;
    if (w == "en" || w == "of") {
      auto peek = next_token(t, tok->end);
      if (!peek || peek->year || peek->capital || is_article(peek->word) || ends_name(peek->word)) break;
    }
    taken.push_back(*tok);
    cur = tok->end;
    if (tok->glued_number) break;
  }
  while (!taken.empty() && is_function_word(taken.back().word)) taken.pop_back();
  std::size_t content = std::count_if(taken.begin(), taken.end(), [](const Token& k) {
    return !is_function_word(k.word) && !k.year;
  });
  if (content == 0) return pos;
  return taken.back().end;
}

// Compounds on -wet that name another act (`Uitvoeringswet verordening ...`,
// `Invoeringswet Omgevingswet`, `Rijkswet op het Nederlanderschap`): without
// that act they are a short form (`de Uitvoeringswet`), not a name.
bool is_framing_compound(std::string_view folded) {
  static constexpr std::string_view kFraming[] = {
      "uitvoeringswet", "invoeringswet", "aanpassingswet", "implementatiewet", "verzamelwet",
      "reparatiewet",   "intrekkingswet", "rijkswet",      "kaderwet",         "wijzigingswet",
      "veegwet",        "spoedwet",       "noodwet",       "initiatiefwet",    "machtigingswet",
      "goedkeuringswet", "instellingswet", "evaluatiewet", "beginselenwet"};
  for (std::string_view f : kFraming)
    if (folded == f) return true;
  return false;
}

struct CompiledLawForm {
  LawForm form;
  boost::regex re;
  bool in_dictionary = false;  // else the regex scans the whole text
  bool cite = false;           // letter case `cite`: only after an article number
  bool has_year = false;       // the form ends in a digit (`Politiewet 2012`)
};

// The gazetteer, and every form that is looked for in the whole text (not
// the `cite` ones) as a loose phrase of a PhraseDictionary: the phrase
// matches wherever the form's regex can start (the dictionary ignores case,
// diacritics, spaces and hyphens, the regex is stricter), so one pass over
// the text finds where to run each regex.
struct LawGazetteer {
  std::vector<CompiledLawForm> forms;
  PhraseDictionary phrases;  // value: index in `forms`
  // the forms whose regex scans the whole text (not cite, not in the
  // dictionary), ascending; and the cite forms' literal prefixes (see
  // cite_form_may_occur)
  std::vector<std::size_t> scanned;
  std::vector<std::string> cite_prefixes;
};

const LawGazetteer& law_gazetteer() {
  static const LawGazetteer gazetteer = [] {
    LawGazetteer g;
    for (LawForm& f : parse_laws(data::laws())) {
      std::string body = written_form_pattern(f.form, f.letter_case == "cite" ? "exact" : f.letter_case);
      // an abbreviation in a compound is another word: `Woo-verzoek`, `Awb-procedure`
      std::string after = f.letter_case == "exact" || f.letter_case == "cite" ? R"((?![A-Za-z\x80-\xFF]|-[A-Za-z]))"
                                                                               : R"((?![A-Za-z\x80-\xFF]))";
      boost::regex re(R"((?<![A-Za-z0-9\x80-\xFF]))" + body + after);
      bool added = false;
      if (f.letter_case != "cite") {
        // a form the dictionary cannot hold (a character it does not know)
        // keeps the whole-text scan
        std::size_t before = g.phrases.size();
        g.phrases.add(std::string_view(f.form).substr(0, f.form.find("{ed}")), g.forms.size());
        added = g.phrases.size() > before;
      }
      const bool cite = f.letter_case == "cite";
      const bool has_year = !f.form.empty() && is_digit(f.form.back());
      if (!cite && !added) g.scanned.push_back(g.forms.size());
      if (cite) {
        std::string_view form = f.form;
        g.cite_prefixes.emplace_back(form.substr(0, form.find_first_of(" -{\\")));
      }
      g.forms.push_back({std::move(f), std::move(re), added, cite, has_year});
    }
    return g;
  }();
  return gazetteer;
}

// Sorted, without repeats.
void sort_unique(std::vector<std::size_t>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

// Every occurrence of each literal, sorted.
std::vector<std::size_t> occurrences(const AnchorIndex& anchors, std::initializer_list<std::string_view> literals) {
  std::vector<std::size_t> out;
  for (std::string_view l : literals) anchors.append(l, out);
  sort_unique(out);
  return out;
}

struct Candidate {
  Span span;
  std::string name;         // as written, squeezed
  std::string citeertitel;  // from the gazetteer
  std::string bwb;
  bool from_gazetteer = false;
  bool bill = false;
};

std::string law_id_of(const Candidate& c) { return law_id(c.citeertitel.empty() ? c.name : c.citeertitel); }

// `Politiewet 1993` is not the `Politiewet` of the gazetteer (Politiewet 2012).
bool year_follows(std::string_view t, std::size_t pos) {
  auto tok = next_token(t, pos);
  return tok && tok->year && tok->begin <= pos + 2;
}

void gazetteer_candidates(const AnchorIndex& anchors, std::vector<Candidate>& out) {
  const std::string_view t = anchors.text();
  const LawGazetteer& gazetteer = law_gazetteer();
  // where each form may start, by form (the hits come by begin: a stable
  // sort keeps each form's starts ascending); the dictionary does not ask
  // for a word end, since the regex allows a digit after a name
  std::vector<std::pair<std::size_t, std::size_t>> form_and_start;
  for (const PhraseDictionary::Hit& hit : anchors.phrases(gazetteer.phrases))
    form_and_start.emplace_back(hit.value, hit.span.begin);
  std::stable_sort(form_and_start.begin(), form_and_start.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  // The forms are visited in their order, but only those with a hit and
  // those scanned whole: a form in the dictionary without a hit, and a cite
  // form (only after an article number), give nothing.
  auto next_hit = form_and_start.begin();
  auto next_scanned = gazetteer.scanned.begin();
  std::vector<std::size_t> starts;
  for (;;) {
    const std::size_t hit_form = next_hit == form_and_start.end() ? gazetteer.forms.size() : next_hit->first;
    const std::size_t scanned_form = next_scanned == gazetteer.scanned.end() ? gazetteer.forms.size() : *next_scanned;
    const std::size_t i = std::min(hit_form, scanned_form);
    if (i == gazetteer.forms.size()) break;
    if (i == scanned_form) ++next_scanned;
    const CompiledLawForm& f = gazetteer.forms[i];
    starts.clear();
    for (; next_hit != form_and_start.end() && next_hit->first == i; ++next_hit) starts.push_back(next_hit->second);
    if (f.cite) continue;  // only after an article number
    if (f.in_dictionary && starts.empty()) continue;  // most forms, in most documents
    auto on_match = [&](const boost::cmatch& m) {
      Span span = match_span(m, t);
      if (!f.has_year && year_follows(t, span.end)) return;
      out.push_back({span, squeeze(t.substr(span.begin, span.size())), f.form.citeertitel, f.form.bwb, true, false});
    };
    if (f.in_dictionary) {
      for_each_match_at(t, starts, f.re, on_match);
    } else {
      for (auto it = matches(t, f.re); it != boost::cregex_iterator(); ++it) on_match(*it);
    }
  }
}

// Law names by their shape.
//   `Wet justitiële en strafvorderlijke gegevens`, `Wet op de inlichtingen- en veiligheidsdiensten 2017`
//   `Tijdelijke wet bestuurlijke maatregelen terrorismebestrijding`, `Algemene wet bestuursrecht`
//   `Gemeentewet`, `Politiewet 2012`, `Vreemdelingenwet 2000`
//   `Uitvoeringswet verordening terroristische online-inhoud`, `Uitvoeringswet digitaal dienstenverordening`
//   `Wetboek van Burgerlijke Rechtsvordering`, `Burgerlijk Wetboek`
// Not: `wet- en regelgeving`, `Wet- en regelgeving`, `de wet`, `Wet en regelgeving`,
// `De Wet is ...`, `Wetgevingsoverleg`.
// Short forms (`de Uitvoeringswet`, `de Tijdelijke wet`) go to `short_forms`.
struct ShortForm {
  Span span;
  std::string head;  // slug of the head: `uitvoeringswet`, `tijdelijke-wet`
};

// In a subordinate clause the verb comes last: `constaterende dat de Wet
// langdurige zorg tekortschiet;`. A name that runs up to the clause's
// punctuation there has swallowed the verb; the name ends a word earlier.
// Returns the corrected end, or `head_end` when no name is left.
std::size_t without_clause_final_verb(std::string_view t, std::size_t head_begin, std::size_t head_end,
                                      std::size_t end) {
  static const boost::regex subordinate(
      R"((?:^|[^A-Za-z\x80-\xFF])(?:dat|omdat|doordat|zodat|nadat|voordat|wanneer|indien|terwijl|aangezien|zodra|tenzij|hoewel|opdat)\s+de\s+$)",
      boost::regex::icase);
  std::size_t from = head_begin > 40 ? head_begin - 40 : 0;
  if (!boost::regex_search(t.data() + from, t.data() + head_begin, subordinate)) return end;
  std::size_t after = end;
  while (after < t.size() && (t[after] == ' ' || t[after] == '\t')) ++after;
  if (after < t.size() && std::string_view(",;.:!?").find(t[after]) == std::string_view::npos) return end;
  std::size_t last = end;
  while (last > head_end && t[last - 1] != ' ' && t[last - 1] != '\n') --last;
  if (last <= head_end) return head_end;
  // trim the spaces and any function word left at the end
  std::size_t e = last;
  while (e > head_end && (t[e - 1] == ' ' || t[e - 1] == '\n')) --e;
  for (;;) {
    std::size_t w = e;
    while (w > head_end && t[w - 1] != ' ' && t[w - 1] != '\n') --w;
    if (w <= head_end || !is_function_word(fold(t.substr(w, e - w)))) break;
    e = w;
    while (e > head_end && (t[e - 1] == ' ' || t[e - 1] == '\n')) --e;
  }
  return e;
}

// Where a compound on -wet may start: the capital before the lower-case
// letters that run up to a `wet` (`Gemeentewet`, `Zorgverzekeringswet`).
// Walking back stops at the previous `wet`, whose run is remembered, so the
// whole text is walked once.
std::vector<std::size_t> compound_starts(const AnchorIndex& anchors) {
  const std::string_view t = anchors.text();
  auto is_lower_byte = [&](std::size_t i) {  // t[i-1] ends a lower-case letter of the pattern; returns its size
    auto c = static_cast<unsigned char>(t[i - 1]);
    if (c >= 'a' && c <= 'z') return std::size_t{1};
    if (c >= 0x80 && c <= 0xBF && i >= 2) {
      auto lead = static_cast<unsigned char>(t[i - 2]);
      if (lead >= 0xC3 && lead <= 0xC5) return std::size_t{2};
    }
    return std::size_t{0};
  };
  std::vector<std::size_t> starts;
  std::size_t previous = std::string_view::npos;  // the last `wet` walked back from
  std::size_t previous_run = 0;                    // where the letters before it begin
  std::vector<std::size_t> wets;
  anchors.append("wet", wets);
  for (std::size_t p : wets) {
    std::size_t run = p;
    for (;;) {
      if (previous != std::string_view::npos && run == previous) {
        run = previous_run;  // the letters before the previous `wet` continue this run
        break;
      }
      if (run == 0) break;
      std::size_t len = is_lower_byte(run);
      if (len == 0) break;
      run -= len;
    }
    previous = p;
    previous_run = run;
    if (run > 0 && t[run - 1] >= 'A' && t[run - 1] <= 'Z') starts.push_back(run - 1);
  }
  sort_unique(starts);
  return starts;
}

void shape_candidates(const AnchorIndex& anchors, std::vector<Candidate>& out, std::vector<ShortForm>& short_forms) {
  const std::string_view t = anchors.text();
  static const boost::regex wet(R"((?<![A-Za-z0-9\x80-\xFF-])(?:(?:Tijdelijke|Algemene)\s+wet|Wet)(?![A-Za-z\x80-\xFF-]))");
  static const boost::regex compound(
      R"((?<![A-Za-z0-9\x80-\xFF-])[A-Z](?:[a-z]|[\xC3-\xC5][\x80-\xBF])*wet(?![A-Za-z\x80-\xFF-]))");
  static const boost::regex wetboek(
      R"((?<![A-Za-z0-9\x80-\xFF-])(?:Wetboek\s+van\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|Burgerlijk\s+Wetboek)(?![A-Za-z\x80-\xFF]))");
  // `(Uitvoeringswet) Verordening Terroristische Online Inhoud`: the implementing act of a regulation
  static const boost::regex bracketed(
      R"(\((Uitvoeringswet|Invoeringswet|Implementatiewet)\)[ \t]+(?=[A-Z]))");

  auto preceded_by_de = [&](std::size_t begin) {
    std::size_t i = begin;
    while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\n')) --i;
    return i >= 2 && (t.substr(i - 2, 2) == "de" || t.substr(i - 2, 2) == "De") &&
           (i == 2 || !is_letter_at(t, i - 3));
  };

  // Each pattern runs only where it can start: at `Wet`, `Tijdelijke`,
  // `Algemene`; at the capital that opens a word ending in `wet`; at
  // `Wetboek`, `Burgerlijk`; at `(Uitvoeringswet)` and its kin.
  for_each_match_at(t, occurrences(anchors, {"Wet", "Tijdelijke", "Algemene"}), wet, [&](const boost::cmatch& m) {
    Span head = match_span(m, t);
    std::size_t end = name_end(t, head.end, Capitals::first);
    if (end > head.end) end = without_clause_final_verb(t, head.begin, head.end, end);
    if (end > head.end) {
      out.push_back({{head.begin, end}, squeeze(t.substr(head.begin, end - head.begin)), {}, {}, false, false});
    } else if (t[head.begin] != 'W' && preceded_by_de(head.begin)) {
      short_forms.push_back({head, slugify(t.substr(head.begin, head.size()))});
    }
  });
  for_each_match_at(t, compound_starts(anchors), compound, [&](const boost::cmatch& m) {
    Span head = match_span(m, t);
    std::string folded = fold(t.substr(head.begin, head.size()));
    if (is_framing_compound(folded)) {
      std::size_t end = name_end(t, head.end, Capitals::all);
      if (end > head.end) end = without_clause_final_verb(t, head.begin, head.end, end);
      if (end > head.end) {
        out.push_back({{head.begin, end}, squeeze(t.substr(head.begin, end - head.begin)), {}, {}, false, false});
      } else if (preceded_by_de(head.begin)) {
        short_forms.push_back({head, folded});
      }
      return;
    }
    std::size_t end = head.end;
    if (auto tok = next_token(t, head.end); tok && tok->year && tok->begin <= head.end + 2) end = tok->end;
    out.push_back({{head.begin, end}, squeeze(t.substr(head.begin, end - head.begin)), {}, {}, false, false});
  });
  for_each_match_at(t, occurrences(anchors, {"Wetboek", "Burgerlijk"}), wetboek, [&](const boost::cmatch& m) {
    Span span = match_span(m, t);
    out.push_back({span, squeeze(t.substr(span.begin, span.size())), {}, {}, false, false});
  });
  for_each_match_at(t, occurrences(anchors, {"(Uitvoeringswet)", "(Invoeringswet)", "(Implementatiewet)"}), bracketed,
                    [&](const boost::cmatch& m) {
                      Span span = match_span(m, t);
                      std::size_t end = name_end(t, span.end, Capitals::all);
                      if (end == span.end) return;
                      std::string name = m.str(1) + " " + squeeze(t.substr(span.end, end - span.end));
                      out.push_back({{span.begin, end}, name, {}, {}, false, false});
                    });
}

// Of overlapping candidates keeps the one that starts first; at the same
// start the gazetteer's, else the longest.
std::vector<Candidate> select(std::vector<Candidate> all) {
  std::sort(all.begin(), all.end(), [](const Candidate& a, const Candidate& b) {
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    // a listed title is exact; the shape may run on (`Wet justitiële en
    // strafvorderlijke gegevens ter ...` is cut by `ter`, but not every run-on is)
    if (a.from_gazetteer != b.from_gazetteer) return a.from_gazetteer;
    return a.span.end > b.span.end;
  });
  std::vector<Candidate> kept;
  for (Candidate& c : all) {
    if (!kept.empty() && c.span.begin < kept.back().span.end) continue;
    kept.push_back(std::move(c));
  }
  return kept;
}

// Bills: `het wetsvoorstel Versterking strafrechtelijke aanpak terrorisme13` ->
// wet-versterking-strafrechtelijke-aanpak-terrorisme (stage=wetsvoorstel);
// `het wetsvoorstel Wet versterking ...` marks the law named there.
// Not: `het wetsvoorstel` alone, `wetsvoorstel De Kamer ...` (an article).
void mark_bills(const AnchorIndex& anchors, std::vector<Candidate>& laws) {
  const std::string_view t = anchors.text();
  static const boost::regex bill(
      R"((?<![A-Za-z0-9\x80-\xFF-])(?:[Ii]nitiatief)?[Ww]ets(?:voorstel|ontwerp)(?:len|en)?[ \t]*\n?[ \t]*(?=[A-Z]))");
  // the laws by where they start, and their spans; a bill's intro ends where
  // a later intro starts at the earliest, so neither changes for a later intro
  // when a law takes its intro in
  std::unordered_map<std::size_t, std::size_t> starting_at;
  ClaimedSpans taken;
  for (std::size_t i = 0; i < laws.size(); ++i) {
    starting_at.emplace(laws[i].span.begin, i);
    taken.add(laws[i].span);
  }
  // a match starts at the `W`/`w` before `etsvoorstel`/`etsontwerp`, or at `Initiatief` before it
  std::vector<std::size_t> starts;
  for (std::size_t p : occurrences(anchors, {"etsvoorstel", "etsontwerp"})) {
    if (p >= 1) starts.push_back(p - 1);
    if (p >= 11) starts.push_back(p - 11);
  }
  sort_unique(starts);
  std::vector<Candidate> added;
  for_each_match_at(t, starts, bill, [&](const boost::cmatch& m) {
    Span intro = match_span(m, t);
    if (auto named = starting_at.find(intro.end); named != starting_at.end()) {
      laws[named->second].bill = true;
      laws[named->second].span.begin = intro.begin;
      return;
    }
    auto first = next_token(t, intro.end);
    if (!first || !first->capital || ends_name(first->word) || is_article(first->word) || first->glued_number) return;
    std::size_t end = name_end(t, first->end, Capitals::none);
    if (end == first->end) return;  // a title has more than one word
    Span span{intro.begin, end};
    if (taken.overlaps(span)) return;
    added.push_back({span, squeeze(t.substr(intro.end, end - intro.end)), {}, {}, false, true});
  });
  for (Candidate& c : added) laws.push_back(std::move(c));
  std::sort(laws.begin(), laws.end(), [](const Candidate& a, const Candidate& b) { return a.span.begin < b.span.begin; });
}

// Article numbers before a law: `artikel 140a Sr`, `artikel 1:2, eerste lid, van de Awb`,
// `art. 172 Gemeentewet`. Returns where the law would start -> article.
std::map<std::size_t, std::string> article_positions(const AnchorIndex& anchors) {
  const std::string_view t = anchors.text();
  static const boost::regex article(
      R"((?<![A-Za-z])(?:[Aa]rtikel(?:en)?|[Aa]rt\.)\s+(\d{1,4}[a-z]{0,2}(?::\d{1,4}[a-z]?)?))"
      R"((?:,?\s+(?:eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|\d{1,2}e)\s+lid|,?\s+lid\s+\d{1,2})?,?\s+)"
      R"((?:(?:van|uit)\s+(?:de|het)\s+)?)");
  // a match starts at the `A` or `a` before `rtikel` or `rt.`
  std::vector<std::size_t> starts;
  for (std::size_t p : occurrences(anchors, {"rtikel", "rt."}))
    if (p > 0 && (t[p - 1] == 'A' || t[p - 1] == 'a')) starts.push_back(p - 1);
  sort_unique(starts);
  std::map<std::size_t, std::string> out;
  for_each_match_at(t, starts, article, [&](const boost::cmatch& m) { out[match_span(m, t).end] = m.str(1); });
  return out;
}

// Whether a cite form (`Sr`, `Sv`) may match somewhere in `t`: its regex
// begins with the form's own characters up to its first space, hyphen,
// edition slot or backslash (form_body writes them as literals, in the case
// written), so a text without that prefix holds no match.
// A cite form matches only at the end of an article number, after the
// article's `rtikel`/`rt.`: the prefix is looked for from the first of those
// on (`from`), not in the whole text.
bool cite_form_may_occur(std::string_view t, std::size_t from) {
  for (const std::string& prefix : law_gazetteer().cite_prefixes)
    if (prefix.empty() || t.find(prefix, from) != std::string_view::npos) return true;
  return false;
}

void cite_candidates(std::string_view t, const std::map<std::size_t, std::string>& articles,
                     std::vector<Candidate>& out) {
  if (articles.empty()) return;  // a cite form's match begins where an article number ends
  for (const CompiledLawForm& f : law_gazetteer().forms) {
    if (!f.cite) continue;
    for (const auto& [pos, nr] : articles) {
      boost::cmatch m;
      if (!boost::regex_search(t.data() + pos, t.data() + t.size(), m, f.re, boost::match_continuous)) continue;
      Span span = match_span(m, t);
      out.push_back({span, squeeze(t.substr(span.begin, span.size())), f.form.citeertitel, f.form.bwb, true, false});
    }
  }
}

// Abbreviations a document defines right after a law's name:
//   `Tijdelijke wet bestuurlijke maatregelen terrorismebestrijding (Twbmt)`
//   `Wet op de justitiële documentatie en op de verklaringen omtrent het gedrag (Wet JD)`
//   `artikel 10, tweede lid, Wet militaire strafrechtspraak (WMS)`, `(hierna: Wjsg)`
// The abbreviation is part of that mention, and later in the document it
// means that law (`artikel 1 van de Wet JD`, `artikel 10 WMS`).
// Not: `(memorie van toelichting; ...)`, `(Stb. 1955, 395)`, `(BWBR0001854)`.
void apply_defined_abbreviations(std::string_view t, std::vector<Candidate>& laws) {
  static const boost::regex defined(
      R"(\s*\((?:hierna:?\s*)?([A-Z][A-Za-z0-9]*(?:[ -][A-Za-z0-9]+){0,2})\))");
  struct Alias {
    std::string written;
    std::size_t from;
    Candidate law;
  };
  std::vector<Alias> aliases;
  std::vector<Span> definitions;
  for (const Candidate& c : laws) {
    boost::cmatch m;
    if (!boost::regex_search(t.data() + c.span.end, t.data() + t.size(), m, defined, boost::match_continuous)) continue;
    std::string written = m.str(1);
    if (written.size() < 2 || written.size() > 20 || written == "Wet" || written.starts_with("BWBR")) continue;
    aliases.push_back({written, match_span(m, t).end, c});
    definitions.push_back(match_span(m, t, 1));
  }
  if (aliases.empty()) return;
  // the abbreviation inside its definition is no mention of its own
  std::vector<std::size_t> by_begin(definitions.size());
  for (std::size_t i = 0; i < by_begin.size(); ++i) by_begin[i] = i;
  std::sort(by_begin.begin(), by_begin.end(),
            [&](std::size_t a, std::size_t b) { return definitions[a].begin < definitions[b].begin; });
  std::vector<std::size_t> begins, reach;  // sorted begins; the furthest end among definitions up to there
  for (std::size_t i : by_begin) {
    begins.push_back(definitions[i].begin);
    reach.push_back(std::max(reach.empty() ? 0 : reach.back(), definitions[i].end));
  }
  std::erase_if(laws, [&](const Candidate& c) {
    std::size_t k = static_cast<std::size_t>(std::upper_bound(begins.begin(), begins.end(), c.span.begin) - begins.begin());
    return k > 0 && reach[k - 1] >= c.span.end;
  });

  // Later mentions. Each abbreviation is looked for once, after its first
  // definition; a mention belongs to the last definition before it (an
  // abbreviation defined twice gives each mention one law, not one per
  // definition), and a second definition is no mention of the first.
  std::unordered_map<std::size_t, std::size_t> defined_at;  // begin -> end of each definition
  for (const Span& d : definitions) defined_at.emplace(d.begin, d.end);
  std::map<std::string, std::vector<std::size_t>> by_written;  // aliases in order
  for (std::size_t i = 0; i < aliases.size(); ++i) by_written[aliases[i].written].push_back(i);
  // where each abbreviation may stand, all found in one pass: the dictionary
  // ignores spaces and hyphens, the regex below is stricter
  PhraseDictionary abbreviations;
  std::vector<std::vector<std::size_t>> starts(by_written.size());
  {
    std::size_t k = 0;
    for (const auto& entry : by_written) abbreviations.add(entry.first, k++, true);
    for (const PhraseDictionary::Hit& hit : abbreviations.find_all(t, PhraseDictionary::WordEnd::any))
      starts[hit.value].push_back(hit.span.begin);
  }
  std::vector<std::vector<Span>> mentions(aliases.size());
  std::size_t group_index = 0;
  for (const auto& [written, group] : by_written) {
    std::vector<std::size_t>& group_starts = starts[group_index++];
    std::string pattern = R"((?<![A-Za-z0-9\x80-\xFF]))";
    for (char ch : written) pattern += ch == ' ' ? std::string(R"(\s+)") : std::string(1, ch);
    pattern += R"((?![A-Za-z0-9\x80-\xFF]|-[A-Za-z]))";  // not `Woo-verzoek`
    boost::regex re(pattern);
    // definitions by where they take effect, with the last alias (in order) up to each
    std::vector<std::pair<std::size_t, std::size_t>> effective;  // from, alias
    for (std::size_t i : group) effective.emplace_back(aliases[i].from, i);
    std::sort(effective.begin(), effective.end());
    std::vector<std::size_t> last_alias;
    for (const auto& [from, i] : effective) last_alias.push_back(std::max(last_alias.empty() ? i : last_alias.back(), i));
    std::erase_if(group_starts, [&](std::size_t p) { return p < effective.front().first; });
    for_each_match_at(t, group_starts, re, [&](const boost::cmatch& m) {
      Span span = match_span(m, t);
      if (auto d = defined_at.find(span.begin); d != defined_at.end() && d->second == span.end) return;
      auto after = std::upper_bound(effective.begin(), effective.end(), std::make_pair(span.begin, aliases.size()));
      std::size_t owner = last_alias[static_cast<std::size_t>(after - effective.begin()) - 1];
      mentions[owner].push_back(span);
    });
  }
  // the laws by where they end, in order, and their spans
  std::unordered_map<std::size_t, std::vector<std::size_t>> ending_at;
  ClaimedSpans taken;
  for (std::size_t i = 0; i < laws.size(); ++i) {
    ending_at[laws[i].span.end].push_back(i);
    taken.add(laws[i].span);
  }
  std::vector<Candidate> added;
  for (std::size_t i = 0; i < aliases.size(); ++i) {
    const Alias& a = aliases[i];
    std::string title = a.law.citeertitel.empty() ? a.law.name : a.law.citeertitel;
    for (Span span : mentions[i]) {
      // a candidate that ends with the mention: the gazetteer's `Twbmt`, or `Wet JD` in a longer name
      Candidate* same = nullptr;
      if (auto e = ending_at.find(span.end); e != ending_at.end()) {
        for (std::size_t k : e->second) {
          if (laws[k].span.begin <= span.begin) {
            same = &laws[k];
            break;
          }
        }
      }
      if (same) {
        if (same->span.begin == span.begin) {
          same->citeertitel = title;
          same->bwb = a.law.bwb;
        }
        continue;
      }
      if (!taken.overlaps(span)) added.push_back({span, a.written, title, a.law.bwb, false, false});
    }
  }
  for (Candidate& c : added) laws.push_back(std::move(c));
  std::sort(laws.begin(), laws.end(), [](const Candidate& a, const Candidate& b) { return a.span.begin < b.span.begin; });
}

}  // namespace

std::vector<LawForm> parse_laws(std::string_view tsv) {
  static const boost::regex bwb(R"(BWBR\d{7})");
  std::vector<LawForm> out;
  for_each_tsv_row(tsv, [&](int line_no, const std::vector<std::string>& f) {
    auto fail = [&](const std::string& why) {
      throw std::runtime_error("laws.tsv:" + std::to_string(line_no) + ": " + why);
    };
    if (f.size() != 4) fail("expected 4 tab-separated columns, found " + std::to_string(f.size()));
    LawForm form{f[0], f[1], f[2], f[3] == "-" ? std::string() : f[3], line_no};
    if (form.citeertitel.empty() || slugify(form.citeertitel).empty()) fail("empty citeertitel");
    if (form.form.empty() || form.form.front() == ' ' || form.form.back() == ' ') fail("empty form or spaces around it");
    if (form.letter_case != "name" && form.letter_case != "any" && form.letter_case != "exact" &&
        form.letter_case != "cite")
      fail("case must be name, any, exact or cite: " + form.letter_case);
    if (form.letter_case == "name" && !is_upper(form.form[0])) fail("a name starts with a capital: " + form.form);
    if (!form.bwb.empty() && !boost::regex_match(form.bwb, bwb)) fail("not a BWB number: " + form.bwb);
    out.push_back(std::move(form));
  });
  return out;
}

// SPEC section 1: a name that begins with `Wet` does not repeat it
// (`Wet op de medische keuringen` -> `wet-op-de-medische-keuringen`); other
// names keep every word (`Tijdelijke wet ...` -> `wet-tijdelijke-wet-...`,
// `Wetboek van Strafrecht` -> `wet-wetboek-van-strafrecht`).
std::string law_id(std::string_view name) {
  std::string slug = slugify(name);
  if (slug.starts_with("wet-")) slug.erase(0, 4);
  return "wet-" + slug;
}

std::size_t law_name_end(std::string_view text, std::size_t pos, bool capitals) {
  return name_end(text, pos, capitals ? Capitals::all : Capitals::none);
}

std::span<const DictionaryAnchor> law_dictionaries() {
  // every form of every law in the gazetteer (data/laws.tsv); the regex at
  // each hit checks the end (a digit may follow a name)
  static const DictionaryAnchor kDictionaries[] = {{&law_gazetteer().phrases, PhraseDictionary::WordEnd::any}};
  return kDictionaries;
}

std::span<const AnchorLiteral> law_anchors() {
  // the literals the law patterns stand next to
  static constexpr AnchorLiteral kAnchors[] = {
      {"wet"}, {"Wet"}, {"Tijdelijke"}, {"Algemene"}, {"Wetboek"}, {"Burgerlijk"}, {"(Uitvoeringswet)"},
      {"(Invoeringswet)"}, {"(Implementatiewet)"}, {"etsvoorstel"}, {"etsontwerp"}, {"rtikel"}, {"rt."},
      {"BWBR"},
  };
  return kAnchors;
}

void extract_laws(const ExtractContext& ctx, std::vector<Reference>& out) {
  std::string_view t = ctx.text();
  std::vector<Candidate> all;
  std::vector<Candidate> shaped;
  std::vector<ShortForm> short_forms;
  gazetteer_candidates(ctx.anchors, all);
  shape_candidates(ctx.anchors, shaped, short_forms);
  // The article numbers are read only by the cite forms (at their ends) and
  // by laws that start at their ends; every law comes from a candidate. With
  // no candidate and no cite form in the text, they are not looked for (on
  // text without laws, `artikel 62, tweede lid,` is all the work there was).
  // Every article match holds an `rtikel` or `rt.` (article_positions
  // starts there): without one there are no article numbers, and a cite
  // form's match, which begins where an article match ends, begins after the
  // first of them.
  std::map<std::size_t, std::string> articles;
  std::span<const std::size_t> rtikel = ctx.anchors.occurrences("rtikel");
  std::span<const std::size_t> rt = ctx.anchors.occurrences("rt.");
  if (!rtikel.empty() || !rt.empty()) {
    const std::size_t first_article = std::min(rtikel.empty() ? t.size() : rtikel.front(), rt.empty() ? t.size() : rt.front());
    if (!all.empty() || !shaped.empty() || cite_form_may_occur(t, first_article))
      articles = article_positions(ctx.anchors);
  }
  cite_candidates(t, articles, all);
  for (Candidate& c : shaped) all.push_back(std::move(c));
  std::vector<Candidate> laws = select(std::move(all));
  mark_bills(ctx.anchors, laws);
  apply_defined_abbreviations(t, laws);

  // = ctx.in_furniture(span) in O(log n)
  ClaimedSpans furniture;
  for (const Span& f : ctx.furniture) furniture.add(f);

  std::vector<Reference> refs;
  for (const Candidate& c : laws) {
    if (furniture.overlaps(c.span)) continue;
    Reference r;
    r.kind = RefKind::law;
    r.id = law_id_of(c);
    r.match = c.span;
    r.set_attr("name", c.name);
    if (!c.citeertitel.empty() && c.citeertitel != c.name) r.set_attr("citeertitel", c.citeertitel);
    if (!c.bwb.empty()) r.set_attr("bwb", c.bwb);
    if (c.bill) r.set_attr("stage", "wetsvoorstel");
    if (auto a = articles.find(c.span.begin); a != articles.end()) r.set_attr("artikel", a->second);
    refs.push_back(std::move(r));
  }

  // `de Uitvoeringswet` refers back to the Uitvoeringswet named last before it:
  // `(Uitvoeringswet) Verordening Terroristische Online Inhoud` ... `Momenteel
  // wordt de Uitvoeringswet geëvalueerd`. Without one before it, nothing.
  // `refs` is in text order: the laws before a short form are those up to the
  // first that ends after it starts (`reach`: the furthest end so far), and
  // its antecedent is the last of them that the head names.
  std::vector<std::size_t> reach;
  for (const Reference& r : refs) reach.push_back(std::max(reach.empty() ? 0 : reach.back(), r.match.end));
  std::map<std::string, std::vector<std::size_t>> named_by_head;  // head -> refs it may refer to, in order
  for (const ShortForm& s : short_forms) named_by_head.emplace(s.head, std::vector<std::size_t>{});
  for (auto& [head, named] : named_by_head) {
    for (std::size_t i = 0; i < refs.size(); ++i) {
      std::string_view slug = std::string_view(refs[i].id).substr(4);  // after `wet-`
      if (refs[i].id.starts_with("wet-") && slug.starts_with(head) && slug.size() > head.size()) named.push_back(i);
    }
  }
  std::vector<Reference> resolved;
  for (const ShortForm& s : short_forms) {
    if (furniture.overlaps(s.span)) continue;
    std::size_t before = static_cast<std::size_t>(
        std::upper_bound(reach.begin(), reach.end(), s.span.begin) - reach.begin());
    const std::vector<std::size_t>& named = named_by_head[s.head];
    auto last = std::lower_bound(named.begin(), named.end(), before);
    if (last == named.begin()) continue;
    const Reference* antecedent = &refs[*(last - 1)];
    Reference r;
    r.kind = RefKind::law;
    r.id = antecedent->id;
    r.match = s.span;
    r.set_attr("name", squeeze(t.substr(s.span.begin, s.span.size())));
    r.set_attr("refers_to", std::string(antecedent->attr("name")));
    resolved.push_back(std::move(r));
  }
  for (Reference& r : resolved) refs.push_back(std::move(r));

  // BWB numbers: `Wetboek van Strafrecht (BWBR0001854)` gives the law its
  // number, and every mention of that law in the document takes it;
  // a number standing alone (`wetten.overheid.nl/BWBR0001854/...`) is a reference itself.
  static const boost::regex bwb(R"((?<![A-Za-z0-9])BWBR\d{7}(?![0-9]))");
  // the first reference (in order) that ends at each place
  std::unordered_map<std::size_t, std::size_t> first_ending_at;
  for (std::size_t i = 0; i < refs.size(); ++i) first_ending_at.emplace(refs[i].match.end, i);
  // Names the number: the first reference that ends before `(` or `,` with
  // only white space around it, right before the number.
  auto named_by = [&](std::size_t number) -> Reference* {
    auto blank = [&](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r'; };
    std::size_t mark = number;
    while (mark > 0 && blank(t[mark - 1])) --mark;
    if (mark == 0 || (t[mark - 1] != '(' && t[mark - 1] != ',')) return nullptr;
    --mark;
    std::size_t from = mark;
    while (from > 0 && blank(t[from - 1])) --from;
    std::size_t best = refs.size();
    for (std::size_t end = from; end <= mark; ++end)
      if (auto it = first_ending_at.find(end); it != first_ending_at.end()) best = std::min(best, it->second);
    return best < refs.size() ? &refs[best] : nullptr;
  };
  std::map<std::string, std::string> numbered;  // wet-id -> BWB number
  std::vector<Reference> standalone;
  std::vector<std::size_t> starts;
  ctx.anchors.append("BWBR", starts);
  for_each_match_at(t, starts, bwb, [&](const boost::cmatch& m) {
    Span span = match_span(m, t);
    std::string number = m.str(0);
    if (Reference* named = named_by(span.begin)) {
      numbered[named->id] = number;
      return;
    }
    if (furniture.overlaps(span)) return;
    Reference r;
    r.kind = RefKind::law;
    r.id = number;
    r.match = span;
    standalone.push_back(std::move(r));
  });
  for (Reference& r : refs) {
    if (auto n = numbered.find(r.id); n != numbered.end()) {
      r.set_attr("bwb", n->second);
      r.id = n->second;
    }
  }
  for (Reference& r : standalone) refs.push_back(std::move(r));
  for (Reference& r : refs) out.push_back(std::move(r));
}

}  // namespace kamerref
