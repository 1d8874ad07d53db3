// The document's own identity. Each pattern names the real text it reads.
#include "kamerref/extract/metadata.h"

#include <boost/regex.hpp>

#include <algorithm>
#include <cctype>

#include "kamerref/extract/context.h"
#include "kamerref/extract/kamerstuk.h"
#include "kamerref/extract/regex_util.h"
#include "kamerref/extract/text_util.h"

namespace kamerref {
namespace {

using boost::cmatch;
using boost::cregex_iterator;
using boost::regex;

constexpr const char* kMonth =
    R"((januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december))";

std::string date_from(const cmatch& m, int day, int month, int year) {
  return iso_date(std::stoi(m[year].str()), dutch_month(m[month].str()), std::stoi(m[day].str()));
}



std::string trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == '\n')) s.pop_back();
  std::size_t b = 0;
  while (b < s.size() && s[b] == ' ') ++b;
  return s.substr(b);
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool search(std::string_view t, const regex& re, cmatch& m) {
  return boost::regex_search(t.data(), t.data() + t.size(), m, re);
}

// The first Markdown heading in the original file with at least two words
// (`## Kamerbrief Uitwerking Versterkte Aanpak Online`, not `# nota`).
std::string markdown_title(const Document& doc) {
  static const regex heading(R"(^#{1,6}[ \t]+(.+?)[ \t#]*$)");
  std::string_view o = doc.original;
  for (cregex_iterator it(o.data(), o.data() + o.size(), heading), end; it != end; ++it) {
    std::string text = (*it)[1].str();
    text.erase(std::remove(text.begin(), text.end(), '*'), text.end());
    if (text.find(' ') != std::string::npos) return trim(text);
  }
  return {};
}

}  // namespace

std::string fallback_document_id(std::string_view path) {
  std::size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  std::size_t dot = name.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
  std::string slug = slugify(name);
  return "doc-" + (slug.empty() ? std::string("document") : slug);
}

DocumentMetadata extract_metadata(const Document& doc) {
  DocumentMetadata result;
  DocumentInfo& info = result.info;
  std::string_view t = doc.text;
  cmatch m;

  // --- furniture -----------------------------------------------------------
  RunningHeaders headers = find_running_headers(t);
  result.furniture = headers.spans;
  // Letterhead blocks repeated on every page: `Datum\n22 mei 2026`,
  // `Onze referentie\n7552728`, `Ons kenmerk 5964566`.
  static const regex letterhead(std::string(R"((?<![\w])(?:Datum|Ons kenmerk|Onze referentie|Uw kenmerk|Uw brief van|Kenmerk|Bijlage\(?n?\)?)[ ]*:?[ ]*\n?[ \n]*(?:\d{1,2} )" ) +
                                kMonth + R"( (?:19|20)\d{2}|[A-Za-z]{0,4}[\d][\w./-]*))");
  for_each_match_near(t, {"Datum", "kenmerk", "referentie", "Kenmerk", "Bijlage", "Uw brief"}, 2, 90, letterhead,
                      [&](const cmatch& lm) { result.furniture.push_back(match_span(lm, t)); });
  // tweedekamer.nl page furniture: `[overzicht] [activiteiten] ...`,
  // `Nummer: 2025D49428, datum: 2025-12-02, ...`, `Onderdeel van ...`
  static const regex site_lines(
      R"(^(?:\[[^\]\n]{1,40}\](?:[ ]*\[[^\]\n]{1,40}\])+[ ]*|Nummer: [^\n]*|Onderdeel van (?:kamerstukdossier|activiteiten)[^\n]*|Directe link naar[^\n]*|Gerelateerde personen[^\n]*|Preview document[^\n]*)$)");
  for_each_match_near(t, {"[", "Nummer: ", "Onderdeel van", "Directe link", "Gerelateerde personen", "Preview document"},
                      1, 600, site_lines, [&](const cmatch& sm) { result.furniture.push_back(match_span(sm, t)); });

  // --- id ------------------------------------------------------------------
  // XML: <meta name="DC.identifier" content="kst-29754-758"/>
  if (std::string_view id = doc.meta("DC.identifier"); !id.empty()) info.id = std::string(id);
  // tweedekamer.nl: `Onderdeel van kamerstukdossier 29754 -771 Terrorismebestrijding.`
  static const regex tk_dossier(
      R"(Onderdeel van kamerstukdossier[ ]+(\d{2} ?\d{3})(?:-([IVXLC]{1,6}|[A-Z]|\d{1,3}))?[ ]+-(\d{1,5}[a-z]?)\b)");
  if (search_near(t, {"Onderdeel van kamerstukdossier"}, 1, 120, tk_dossier, m)) {
    if (info.id.empty()) info.id = kamerstuk_id(m[1].str(), m[2].str(), m[3].str());
    info.dossier = dossier_id(m[1].str(), m[2].str());
  }
  // running header: `Tweede Kamer, vergaderjaar 2017–2018, 29 754, nr. 436 2`
  if (!headers.id.empty()) {
    if (info.id.empty()) info.id = headers.id;
    if (info.dossier.empty()) info.dossier = headers.dossier;
    info.vergaderjaar = headers.vergaderjaar;
  }
  // kamerstuk heading: `29 754 Terrorismebestrijding\nNr. 672 BRIEF VAN DE MINISTER ...`,
  // in XML `Kamerstukken\n29 754\nTerrorismebestrijding\nNr. 758\nMOTIE VAN HET LID ...`
  static const regex heading(
      R"(^(?:[ ]*Kamerstuk(?:ken)?[ ]*\n)?[ ]*(\d{2} ?\d{3})((?: [IVXLC]{1,6}| [A-Z])?)[ ]*(?:\n[ ]*)?[A-Z][^\n]{2,200}\n(?:[^\n]*\n){0,3}?[ ]*Nr\.[ ]*(\d{1,5}[a-z]?)\b[ ]*([^\n]*))");
  if (search(t.substr(0, 4000), heading, m)) {
    std::string toev = trim(m[2].str());
    if (info.id.empty()) info.id = kamerstuk_id(m[1].str(), toev, m[3].str());
    if (info.dossier.empty()) info.dossier = dossier_id(m[1].str(), toev);
    if (info.title.empty() && m[4].length() > 3) info.title = trim(m[4].str());
    result.furniture.push_back(match_span(m, t));
  }
  // TK page: `Nummer: 2025D49428, datum: 2025-12-02`
  static const regex tk_page(R"(^Nummer: ((?:19|20)\d{2}D\d{5}), datum: ((?:19|20)\d{2}-\d{2}-\d{2}))");
  bool tk_page_found = search_near(t, {"Nummer: "}, 1, 80, tk_page, m);
  std::string tk_page_date;
  if (tk_page_found) {
    info.tk_nummer = m[1].str();
    tk_page_date = m[2].str();
    if (info.id.empty()) info.id = info.tk_nummer;
  }
  if (info.id.empty()) info.id = fallback_document_id(doc.path);
  if (info.dossier.empty()) {
    if (std::string_view d = doc.meta("OVERHEIDop.dossiernummer"); !d.empty())
      info.dossier = dossier_id(d, "");
  }
  if (info.vergaderjaar.empty()) info.vergaderjaar = std::string(doc.meta("OVERHEIDop.vergaderjaar"));

  // --- date ----------------------------------------------------------------
  if (std::string_view d = doc.meta("DCTERMS.issued"); parse_iso(d)) info.date = std::string(d);
  static const regex datum_label(std::string(R"((?<![\w])Datum[ ]*:?[ ]*\n?[ \n]*(\d{1,2}) )") + kMonth +
                                 R"( ((?:19|20)\d{2})(?!\d))");
  static const regex den_haag(std::string(R"((?:Den Haag|'s-Gravenhage|Den Helder|Brussel),[ ]*(\d{1,2}) )") +
                              kMonth + R"( ((?:19|20)\d{2})(?!\d))");
  static const regex voorgesteld(std::string(R"(Voorgesteld(?: op)?[ ]+(\d{1,2}) )") + kMonth +
                                 R"( ((?:19|20)\d{2})(?!\d))");
  if (info.date.empty() && search_near(t, {"Datum"}, 1, 60, datum_label, m)) info.date = date_from(m, 1, 2, 3);
  if (info.date.empty() && search_near(t, {"Den Haag", "'s-Gravenhage", "Den Helder", "Brussel"}, 1, 60, den_haag, m)) info.date = date_from(m, 1, 2, 3);
  if (info.date.empty() && search_near(t, {"Voorgesteld"}, 1, 60, voorgesteld, m)) info.date = date_from(m, 1, 2, 3);
  if (info.date.empty() && parse_iso(tk_page_date)) info.date = tk_page_date;

  // --- kenmerk -------------------------------------------------------------
  static const regex kenmerk(R"((?<![\w])(?:Ons kenmerk|Onze referentie|Ons nummer|Kenmerk)[ ]*:?[ ]*\n?[ \n]*([A-Za-z]{0,6}[-/ ]?\d[\w./-]*))");
  if (search_near(t, {"kenmerk", "referentie", "Kenmerk", "Ons nummer"}, 8, 80, kenmerk, m)) info.kenmerk = trim(m[1].str());

  // --- title ---------------------------------------------------------------
  if (std::string_view title = doc.meta("OVERHEIDop.documenttitel"); !title.empty())
    info.title = std::string(title);
  // `Betreft Voortgangsbrief Versterkte Aanpak Online inzake extremistische\nen terroristische content`
  static const regex betreft(
      R"((?<![\w])Betreft[ ]*:?[ ]+([^\n]+(?:\n(?![ ]*\n)(?![ ]*(?:Datum|Onze referentie|Ons kenmerk|Uw kenmerk|Uw brief|Bijlage|Kenmerk)\b)[^\n]+){0,3}))");
  if (info.title.empty() && search_near(t, {"Betreft"}, 1, 800, betreft, m)) info.title = squeeze(m[1].str());
  if (info.title.empty() && doc.format == Format::markdown) info.title = markdown_title(doc);
  if (info.title.empty()) {
    if (std::string_view title = doc.meta("title"); !title.empty()) info.title = squeeze(title);
  }
  if (info.title.empty() && tk_page_found) {
    // tweedekamer.nl: the first line after the navigation is the title
    std::size_t nav_end = 0;
    for (const Span& f : result.furniture)
      if (t.substr(f.begin, 1) == "[") nav_end = std::max(nav_end, f.end);
    std::size_t b = nav_end;
    while (b < t.size() && (t[b] == '\n' || t[b] == ' ')) ++b;
    std::size_t e = t.find('\n', b);
    if (e != std::string_view::npos && e - b < 300) info.title = squeeze(t.substr(b, e - b));
  }

  // --- type ----------------------------------------------------------------
  std::string type;
  for (const auto& [name, value] : doc.metadata) {
    if (name == "DC.type" && !value.empty() && value != "Kamerstuk" && value != "officiële publicatie") {
      type = lower(value);
      break;
    }
  }
  std::string title_lower = lower(info.title);
  static const regex motion_text(R"((?:^|\n)[ ]*(?:De Kamer,|verzoekt de regering))");
  static const regex letter_text(R"(Aan de [Vv]oorzitter van de (?:Tweede|Eerste) Kamer|Hierbij (?:bied|informeer|stuur) ik|Bijgaand (?:bied|stuur|zend) ik|Brief regering|BRIEF VAN)");
  static const regex nota_text(R"((?:^|\n)[ ]*(?:\d\.[ ]*)?Geadviseerd besluit|(?:^|\n)[ ]*(?:beslis)?nota[ ]*\n)");
  static const regex verslag_text(R"((?:^|\n)[ ]*(?:VERSLAG|Verslag) van (?:een|het) (?:commissiedebat|schriftelijk overleg|notaoverleg|wetgevingsoverleg|algemeen overleg))");
  static const regex handelingen_text(R"((?:^|\n)[ ]*Aanvang \d{1,2}[.:]\d{2} uur)");
  // a Handelingen item without its header: `Aan de orde zijn de stemmingen over moties, ...`,
  // `In stemming komt de motie-Van Beek/Heijnen (31013, nr. 7).` -- it quotes motions, it is none
  static const regex handelingen_item(R"((?:^|\n)[ ]*(?:Aan de orde (?:is|zijn) (?:de|het|een)\b|In stemming komt\b|De voorzitter:))");
  static const regex answers_text(R"(Antwoord(?:en)? (?:op vragen|van (?:de )?(?:minister|staatssecretaris))|(?:^|\n)[ ]*Antwoord 1\b)");
  if (type.empty()) {
    if (title_lower.starts_with("gewijzigde motie")) type = "gewijzigde motie";
    else if (title_lower.starts_with("motie")) type = "motie";
    else if (search_near(t, {"Antwoord"}, 2, 80, answers_text, m)) type = "antwoord op kamervragen";
    else if (search_near(t, {"erslag van", "ERSLAG van"}, 8, 80, verslag_text, m)) type = "verslag";
    else if (search_near(t, {"Aanvang "}, 4, 40, handelingen_text, m)) type = "handelingen";
    else if (search_near(t, {"Aan de orde", "In stemming", "De voorzitter:"}, 8, 60, handelingen_item, m)) type = "handelingen";
    else if (search_near(t, {"Geadviseerd besluit", "nota"}, 12, 40, nota_text, m)) type = "nota";
    else if (search_near(t, {"De Kamer,", "verzoekt de regering"}, 8, 40, motion_text, m)) type = "motie";
    else if (search_near(t, {"Aan de ", "Hierbij ", "Bijgaand ", "Brief regering", "BRIEF VAN"}, 1, 80, letter_text, m)) type = "kamerbrief";
  }
  if (type == "brief") type = "kamerbrief";
  if (type.empty() && t.find("uw Kamer") != std::string_view::npos) type = "kamerbrief";
  info.type = type;

  // --- signatories and indieners ------------------------------------------
  // `De Minister van Justitie en Veiligheid,\nD.M. van Weel`
  static const regex signature(
      R"((?:^|\n)[ ]*De (?:[Mm]inister|[Ss]taatssecretaris|[Mm]inister-[Pp]resident)[^\n,]{0,120},[ ]*\n(?:[ ]*\n)?[ ]*([A-Z][^\n]{1,60}?)[ ]*(?=\n|$))");
  for_each_match_near(t, {"De Minister", "De minister", "De Staatssecretaris", "De staatssecretaris"}, 2, 300, signature, [&](const cmatch& sig) {
    std::string name = trim(sig[1].str());
    if (std::find(info.signatories.begin(), info.signatories.end(), name) == info.signatories.end())
      info.signatories.push_back(name);
  });
  for (const auto& [name, value] : doc.metadata)
    if (name == "OVERHEIDop.indiener" && !value.empty()) info.indieners.push_back(value);

  // a motion's requests: `verzoekt de regering ... ;`
  if (info.type.find("motie") != std::string::npos) {
    static const regex verzoekt(R"((?:^|\n)[ ]*(verzoekt (?:de regering|het kabinet|de minister|de staatssecretaris|het presidium|de Kamer)[^;\n]*))");
    for_each_match_near(t, {"verzoekt"}, 2, 2000, verzoekt,
                        [&](const cmatch& vm) { info.verzoeken.push_back(trim(vm[1].str())); });
  }
  std::sort(result.furniture.begin(), result.furniture.end(),
            [](const Span& a, const Span& b) { return a.begin < b.begin; });
  return result;
}

}  // namespace kamerref
