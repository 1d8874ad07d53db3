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

// search_near, asked only where one of its literals occurs (the same result).
bool search_near_any(const AnchorIndex& anchors, std::initializer_list<std::string_view> literals,
                     std::size_t before, std::size_t after, const regex& re, cmatch& m) {
  return anchors.any_occurs(literals) && search_near(anchors, literals, before, after, re, m);
}

// for_each_match_near, called only where one of its literals occurs.
template <class OnMatch>
void for_each_match_near_any(const AnchorIndex& anchors, std::initializer_list<std::string_view> literals,
                             std::size_t before, std::size_t after, const regex& re, OnMatch&& on_match) {
  if (anchors.any_occurs(literals))
    for_each_match_near(anchors, literals, before, after, re, std::forward<OnMatch>(on_match));
}

// Whether one of `literals` stands right before a comma somewhere: what a
// pattern that begins with one of them and a `,` needs before it is tried.
bool comma_follows_any(const AnchorIndex& anchors, std::initializer_list<std::string_view> literals) {
  const std::string_view t = anchors.text();
  for (std::string_view literal : literals)
    for (std::size_t p : anchors.occurrences(literal))
      if (p + literal.size() < t.size() && t[p + literal.size()] == ',') return true;
  return false;
}

// The letterhead matches for_each_match_near(anchors, {"Datum", "kenmerk",
// "referentie", "Kenmerk", "Bijlage", "Uw brief"}, 2, 90, letterhead, ...)
// finds, with the pattern tried only where a label begins instead of at
// every byte of each window. A match begins with its label (`Datum`, `Ons
// kenmerk`, `Onze referentie`, `Uw kenmerk`, `Uw brief van`, `Kenmerk`,
// `Bijlage`) after a lookbehind; each label holds an anchor at a fixed
// offset (`kenmerk` 4 or 3 bytes in, `referentie` 5), so the places below
// hold every label. In a window the search finds the leftmost match from
// where it stands; tried at the places in order, the first that matches is
// that match (the same end, and the lookbehind sees the text before the
// place either way: Boost steps back to the base, the text's start). The
// pattern has no `^`, `$` or `\b`, so the window's flags change nothing.
template <class OnMatch>
void for_each_letterhead(const AnchorIndex& anchors, const regex& letterhead, OnMatch&& on_match) {
  const std::string_view t = anchors.text();
  std::vector<std::size_t> labels;
  auto add = [&](std::string_view literal, std::size_t back) {
    for (std::size_t p : anchors.occurrences(literal))
      if (p >= back) labels.push_back(p - back);
  };
  add("Datum", 0);
  add("kenmerk", 4);  // Ons kenmerk
  add("kenmerk", 3);  // Uw kenmerk
  add("referentie", 5);  // Onze referentie
  add("Kenmerk", 0);
  add("Bijlage", 0);
  add("Uw brief", 0);
  if (labels.empty()) return;
  std::sort(labels.begin(), labels.end());
  labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
  const char* base = t.data();
  for (const Span& w : anchors.windows({"Datum", "kenmerk", "referentie", "Kenmerk", "Bijlage", "Uw brief"}, 2, 90)) {
    const boost::match_flag_type flags = anchored_flags_in(t, w);
    std::size_t from = w.begin;
    for (auto at = std::lower_bound(labels.begin(), labels.end(), w.begin); at != labels.end() && *at < w.end; ++at) {
      if (*at < from) continue;
      cmatch m;
      if (!boost::regex_search(base + *at, base + w.end, m, letterhead, *at > 0 ? flags | boost::match_prev_avail : flags,
                               base))
        continue;
      on_match(m);
      from = static_cast<std::size_t>(m[0].second - base);
    }
  }
}

// The first Markdown heading in the original file with at least two words
// (`## Kamerbrief Uitwerking Versterkte Aanpak Online`, not `# nota`).
std::string markdown_title(const Document& doc) {
  static const regex heading(R"(^#{1,6}[ \t]+(.+?)[ \t#]*$)");
  std::string_view o = doc.original;
  // A match begins at a `#`: the regex is tried only there, anchored
  // (match_continuous), from the end of the previous match on -- the
  // matches, and their order, an iteration over the whole text would find.
  cmatch hm;
  for (std::size_t from = 0, at = o.find('#'); at != std::string_view::npos; at = o.find('#', at + 1)) {
    if (at < from) continue;
    auto flags = boost::match_continuous;
    if (at > 0) flags |= boost::match_prev_avail;
    if (!boost::regex_search(o.data() + at, o.data() + o.size(), hm, heading, flags, o.data())) continue;
    from = static_cast<std::size_t>(hm[0].second - o.data());
    std::string text = hm[1].str();
    text.erase(std::remove(text.begin(), text.end(), '*'), text.end());
    if (text.find(' ') != std::string::npos) return trim(text);
  }
  return {};
}

bool ascii_alnum(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  });
}

std::string digits_of(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c >= '0' && c <= '9') out += c;
  return out;
}

// The id the body of an officielebekendmakingen XML states: its first
// <dossier> and its <ondernummer>, the toevoeging in its official case, the
// Rijkswet number left out: `36 600` + `XIV` + `52` -> `kst-36600-XIV-52`,
// `21 501`-`20` + `2122` -> `kst-21501-20-2122`, `36 455 (R2188)` + `11` ->
// `kst-36455-11`. Empty when the body states no number.
std::string body_id(const OfficialBody& body) {
  if (body.dossiers.empty() || !ascii_alnum(body.ondernummer)) return {};
  const OfficialDossier& d = body.dossiers.front();
  std::string nummer = digits_of(d.nummer);
  if (nummer.empty()) return {};
  std::string id = "kst-" + nummer;
  std::string toevoeging = d.toevoeging;
  toevoeging.erase(std::remove(toevoeging.begin(), toevoeging.end(), ' '), toevoeging.end());
  if (!toevoeging.empty()) {
    if (!ascii_alnum(toevoeging)) return {};
    id += "-" + toevoeging;
  }
  return id + "-" + body.ondernummer;
}

std::string body_dossier(const OfficialDossier& d) {
  std::string id = "dossier-" + digits_of(d.nummer);
  if (ascii_alnum(d.toevoeging)) id += "-" + d.toevoeging;
  return id;
}

// An official publication id as officielebekendmakingen writes it:
// `kst-29754-758`, `kst-36600-XIV-52`, `h-tk-20222023-36-8`, `ah-tk-20232024-1234`,
// `stcrt-2024-1234`, and a TK document number `2022D06725`; not `kst-`, not
// `https://...`.
bool is_official_id(std::string_view id) {
  static const regex form(R"([a-z]{1,6}(?:-[a-z]{2})?(?:-[A-Za-z0-9]+)+|(?:19|20)\d{2}D\d{5})");
  // (an empty id, what a file without DC.identifier gives, matches no form)
  return !id.empty() && id.size() < 80 && boost::regex_match(id.begin(), id.end(), form);
}

// The id in an `OVERHEIDop.externMetadataRecord` address:
// `https://zoek.officielebekendmakingen.nl/kst-36443-11/metadata.xml` -> `kst-36443-11`.
std::string id_from_metadata_address(std::string_view address) {
  constexpr std::string_view kTail = "/metadata.xml";
  if (address.size() <= kTail.size() || address.substr(address.size() - kTail.size()) != kTail) return {};
  address.remove_suffix(kTail.size());
  std::size_t slash = address.find_last_of('/');
  std::string_view id = slash == std::string_view::npos ? address : address.substr(slash + 1);
  return is_official_id(id) ? std::string(id) : std::string();
}

// Ids equal but for spacing and case: `kst-36600-XIV-52` and `kst-36600-xiv-52 `.
bool same_but_spacing(std::string_view a, std::string_view b) {
  auto key = [](std::string_view s) {
    std::string k;
    for (char c : s)
      if (c != ' ' && c != '\t' && c != '\n') k += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return k;
  };
  return key(a) == key(b);
}

// The official id a file is named after, where its text states none:
// `kst-29754-774.txt`, `2025D49428.pdf`, `h-tk-20222023-36-8.html`,
// `ah-tk-20232024-1234.xml`; not `2017-11-24_kst-29754-436_integrale-aanpak.txt`.
std::string id_from_file_name(std::string_view path) {
  std::size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  std::size_t dot = name.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
  static const regex official(
      R"(kst-\d{4,6}(?:-[A-Za-z0-9]{1,8})?-\d{1,5}[a-z]?|kst-\d{4,6}-[A-Z]{1,6}-[A-Z]{1,2}|h-(?:tk|ek)-\d{8}-\d{1,4}(?:-\d{1,4})?|ah-(?:tk|ek)-\d{8}-\d{1,6}|(?:19|20)\d{2}D\d{5})");
  // every form opens with `kst-`, `h-`, `ah-`, `19` or `20`: other names are
  // not tried
  const bool may_match = name.starts_with("kst-") || name.starts_with("h-") || name.starts_with("ah-") ||
                         name.starts_with("19") || name.starts_with("20");
  if (may_match && boost::regex_match(name.begin(), name.end(), official)) return std::string(name);
  return {};
}

// A name as it stands under a motion: `Van Campen`, `Six Dijkstra`,
// `Michon-Derkzen`, `Van der Plas`; not a sentence, a footnote or a number.
bool is_signature_name(std::string_view line) {
  if (line.empty() || line.size() > 40) return false;
  if (!std::isupper(static_cast<unsigned char>(line[0]))) return false;
  int words = 1;
  for (char c : line) {
    if (c == ' ') ++words;
    if ((c >= '0' && c <= '9') || c == ',' || c == '.' || c == ';' || c == ':' || c == '(') return false;
  }
  return words <= 4;
}

}  // namespace

std::string type_of_stuk_title(std::string_view title) {
  // The stuk's title names its kind: `MOTIE VAN HET LID ...`, `GEWIJZIGDE
  // MOTIE VAN ...`, `VERSLAG VAN EEN COMMISSIEDEBAT`, `BRIEF VAN DE MINISTER
  // ...`, `AMENDEMENT VAN HET LID ...`, `NOTA NAAR AANLEIDING VAN HET VERSLAG`.
  struct Kind {
    std::string_view opening;  // lower case
    std::string_view type;
  };
  static constexpr Kind kKinds[] = {
      {"gewijzigde motie", "gewijzigde motie"},
      {"motie", "motie"},
      {"gewijzigd amendement", "amendement"},
      {"amendement", "amendement"},
      {"nota naar aanleiding van het", "nota naar aanleiding van het verslag"},
      {"nota van wijziging", "nota van wijziging"},
      {"tweede nota van wijziging", "nota van wijziging"},
      {"derde nota van wijziging", "nota van wijziging"},
      {"verslag", "verslag"},
      {"eindverslag", "verslag"},
      {"voorlopig verslag", "verslag"},
      {"brief van", "kamerbrief"},
      {"voorstel van wet", "wetsvoorstel"},
      {"gewijzigd voorstel van wet", "wetsvoorstel"},
      {"memorie van toelichting", "memorie van toelichting"},
      {"memorie van antwoord", "memorie van antwoord"},
      {"lijst van vragen en antwoorden", "lijst van vragen en antwoorden"},
  };
  if (title.empty()) return {};  // no opening is empty
  std::string head = lower(title.substr(0, 60));
  for (const Kind& k : kKinds) {
    if (head.rfind(k.opening, 0) != 0) continue;
    // a whole word: `MOTIE VAN`, not `MOTIEVEN`
    std::size_t after = k.opening.size();
    if (after < head.size() && std::isalpha(static_cast<unsigned char>(head[after]))) continue;
    return std::string(k.type);
  }
  return {};
}

std::string fallback_document_id(std::string_view path) {
  std::size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  std::size_t dot = name.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
  std::string slug = slugify(name);
  return "doc-" + (slug.empty() ? std::string("document") : slug);
}

std::span<const AnchorLiteral> metadata_anchors() {
  static constexpr AnchorLiteral kAnchors[] = {
      {"Datum"}, {"kenmerk"}, {"referentie"}, {"Kenmerk"}, {"Bijlage"}, {"Uw brief"}, {"["}, {"Nummer: "},
      {"Onderdeel van"}, {"Directe link"}, {"Gerelateerde personen"}, {"Preview document"},
      {"Onderdeel van kamerstukdossier"}, {"did="}, {"Den Haag"}, {"'s-Gravenhage"}, {"Den Helder"},
      {"Brussel"}, {"Voorgesteld"}, {"Vastgesteld"}, {"Ons nummer"}, {"Betreft"}, {"Antwoord"},
      {"erslag van"}, {"ERSLAG van"}, {"Aanvang "}, {"Aan de orde"}, {"In stemming"}, {"De voorzitter:"},
      {"Geadviseerd besluit"}, {"nota"}, {"De Kamer,"}, {"verzoekt de regering"}, {"Aan de "}, {"Hierbij "},
      {"Bijgaand "}, {"Brief regering"}, {"BRIEF VAN"}, {"De Minister"}, {"De minister"},
      {"De Staatssecretaris"}, {"De staatssecretaris"}, {"verzoekt"}, {"uw Kamer"}, {"Nr."},
      {"roept"}, {"vraagt"}, {"draagt"},
  };
  return kAnchors;
}

DocumentMetadata extract_metadata(const Document& doc, const AnchorIndex& anchors) {
  DocumentMetadata result;
  DocumentInfo& info = result.info;
  std::string_view t = doc.text;
  cmatch m;

  // --- furniture -----------------------------------------------------------
  RunningHeaders headers = find_running_headers(anchors);
  result.furniture = headers.spans;
  // Letterhead blocks repeated on every page: `Datum\n22 mei 2026`,
  // `Onze referentie\n7552728`, `Ons kenmerk 5964566`.
  static const regex letterhead(std::string(R"((?<![\w])(?:Datum|Ons kenmerk|Onze referentie|Uw kenmerk|Uw brief van|Kenmerk|Bijlage\(?n?\)?)[ ]*:?[ ]*\n?[ \n]*(?:\d{1,2} )" ) +
                                kMonth + R"( (?:19|20)\d{2}|[A-Za-z]{0,4}[\d][\w./-]*))");
  for_each_letterhead(anchors, letterhead, [&](const cmatch& lm) { result.furniture.push_back(match_span(lm, t)); });
  // tweedekamer.nl page furniture: `[overzicht] [activiteiten] ...`,
  // `Nummer: 2025D49428, datum: 2025-12-02, ...`, `Onderdeel van ...`
  static const regex site_lines(
      R"(^(?:\[[^\]\n]{1,40}\](?:[ ]*\[[^\]\n]{1,40}\])+[ ]*|Nummer: [^\n]*|Onderdeel van (?:kamerstukdossier|activiteiten)[^\n]*|Directe link naar[^\n]*|Gerelateerde personen[^\n]*|Preview document[^\n]*)$)");
  for_each_match_near_any(anchors, {"[", "Nummer: ", "Onderdeel van", "Directe link", "Gerelateerde personen", "Preview document"},
                      1, 600, site_lines, [&](const cmatch& sm) { result.furniture.push_back(match_span(sm, t)); });

  // --- id ------------------------------------------------------------------
  // officielebekendmakingen XML: the body (<dossiernummer>, <ondernummer>),
  // then the metadata: <meta name="DC.identifier" content="kst-29754-758"/>,
  // or only the address of the metadata record
  // (`https://zoek.officielebekendmakingen.nl/kst-36443-11/metadata.xml`).
  const OfficialBody& body = doc.official;
  std::string stated_by_body = body_id(body);
  std::string stated_by_metadata;
  if (std::string_view id = doc.meta("DC.identifier"); is_official_id(id)) stated_by_metadata = std::string(id);
  if (stated_by_metadata.empty())
    stated_by_metadata = id_from_metadata_address(doc.meta("OVERHEIDop.externMetadataRecord"));
  if (!stated_by_body.empty()) {
    info.id = stated_by_body;
    info.dossier = body_dossier(body.dossiers.front());
    if (!stated_by_metadata.empty() && !same_but_spacing(stated_by_body, stated_by_metadata))
      result.warnings.push_back("the metadata give the id " + stated_by_metadata + ", the body states " +
                                stated_by_body + "; the body's id is used");
    if (!body.dossiers.front().rijkswet.empty()) info.rijkswet = body.dossiers.front().rijkswet;
  } else {
    info.id = stated_by_metadata;
  }
  // tweedekamer.nl: `Onderdeel van kamerstukdossier 29754 -771 Terrorismebestrijding.`
  static const regex tk_dossier(
      R"(Onderdeel van kamerstukdossier[ ]+(\d{2} ?\d{3})(?:-([IVXLC]{1,6}|[A-Z]|\d{1,3}))?[ ]+-(\d{1,5}[a-z]?)\b)");
  if (search_near_any(anchors, {"Onderdeel van kamerstukdossier"}, 1, 120, tk_dossier, m)) {
    if (info.id.empty()) info.id = kamerstuk_id(m[1].str(), m[2].str(), m[3].str());
    info.dossier = dossier_id(m[1].str(), m[2].str());
  }
  // running header: `Tweede Kamer, vergaderjaar 2017–2018, 29 754, nr. 436 2`
  if (!headers.id.empty()) {
    if (info.id.empty()) info.id = headers.id;
    if (info.dossier.empty()) info.dossier = headers.dossier;
    info.vergaderjaar = headers.vergaderjaar;
  }
  std::string heading_title;  // `BRIEF VAN DE MINISTER ...` after `Nr. 672`
  // kamerstuk heading: `29 754 Terrorismebestrijding\nNr. 672 BRIEF VAN DE MINISTER ...`,
  // in XML `Kamerstukken\n29 754\nTerrorismebestrijding\nNr. 758\nMOTIE VAN HET LID ...`;
  // with a toevoeging `36 600 XIV Vaststelling ...`, `36 600\nXIV\nVaststelling ...`,
  // `21 501-20 Europese Raad`; a Rijkswet number is no part of the id:
  // `36 455 (R2188) Goedkeuring ...`; an Eerste Kamer stuk has letters:
  // `36 600 VII Vaststelling ...\nNr. A MEMORIE VAN ANTWOORD`
  static const regex heading(
      R"(^(?:[ ]*Kamerstuk(?:ken)?[ ]*\n)?[ ]*(\d{2} ?\d{3})((?:(?:[ ]+|[ ]*\n[ ]*)[IVXLC]{1,6}(?![\w])|-\d{1,3}(?!\d)| [A-Z](?![\w]))?)(?:[ ]*\((R\d{3,5})\))?[ ]*(?:\n[ ]*)?[A-Z][^\n]{2,200}\n(?:[^\n]*\n){0,3}?[ ]*Nr\.[ ]*(\d{1,5}[a-z]?|[A-Z]{1,2}(?=[ \n]))\b[ ]*([^\n]*))");
  // (every match holds `Nr.`: without one in the first 4000 bytes there is none)
  auto nr = anchors.occurrences("Nr.");
  if (!nr.empty() && nr.front() + 3 <= std::min<std::size_t>(t.size(), 4000) && search(t.substr(0, 4000), heading, m)) {
    std::string toev = m[2].str();
    toev.erase(std::remove_if(toev.begin(), toev.end(), [](char c) { return c == ' ' || c == '\n' || c == '-'; }),
               toev.end());
    if (info.rijkswet.empty()) info.rijkswet = m[3].str();
    if (info.id.empty()) info.id = kamerstuk_id(m[1].str(), toev, m[4].str());
    if (info.dossier.empty()) info.dossier = dossier_id(m[1].str(), toev);
    heading_title = trim(m[5].str());
    if (info.title.empty() && m[5].length() > 3) info.title = heading_title;
    result.furniture.push_back(match_span(m, t));
  }
  // TK page: `Nummer: 2025D49428, datum: 2025-12-02`
  static const regex tk_page(R"(^Nummer: ((?:19|20)\d{2}D\d{5}), datum: ((?:19|20)\d{2}-\d{2}-\d{2}))");
  bool tk_page_found = search_near_any(anchors, {"Nummer: "}, 1, 80, tk_page, m);
  std::string tk_page_date;
  if (tk_page_found) {
    info.tk_nummer = m[1].str();
    tk_page_date = m[2].str();
    if (info.id.empty()) info.id = info.tk_nummer;
  }
  // a tweedekamer.nl address on the page or in its metadata:
  // `https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2022Z03421&did=2022D06725`
  static const regex did(R"([?&]did=((?:19|20)\d{2}D\d{5})(?!\d))");
  if (info.tk_nummer.empty() && search_near_any(anchors, {"did="}, 1, 20, did, m)) info.tk_nummer = m[1].str();
  for (const auto& [name, value] : doc.metadata) {
    if (!info.tk_nummer.empty()) break;
    if (search(value, did, m)) info.tk_nummer = m[1].str();
  }
  if (info.id.empty()) info.id = info.tk_nummer;
  if (info.id.empty()) info.id = id_from_file_name(doc.path);
  if (info.id.empty()) info.id = fallback_document_id(doc.path);
  if (info.dossier.empty()) {
    if (std::string_view d = doc.meta("OVERHEIDop.dossiernummer"); !d.empty())
      info.dossier = dossier_id(d, "");
  }
  if (info.vergaderjaar.empty()) info.vergaderjaar = std::string(doc.meta("OVERHEIDop.vergaderjaar"));
  // <tekstregel inhoud="vergaderjaar">Vergaderjaar 2024-2025</tekstregel>
  static const regex vergaderjaar_line(R"((?:^|[^\d])((?:19|20)\d{2})[-/]((?:19|20)?\d{2})(?!\d))");
  if (info.vergaderjaar.empty() && search(body.vergaderjaar, vergaderjaar_line, m))
    info.vergaderjaar = normalize_vergaderjaar(m[1].str(), m[2].str());

  // --- date ----------------------------------------------------------------
  // the stuk's own date in the body: `Voorgesteld <datum isodatum="2024-10-15">`,
  // `Vastgesteld ...`, `Den Haag, <datum isodatum="2022-02-21">`
  if (parse_iso(body.isodatum)) info.date = body.isodatum;
  static const regex datum_label(std::string(R"((?<![\w])Datum[ ]*:?[ ]*\n?[ \n]*(\d{1,2}) )") + kMonth +
                                 R"( ((?:19|20)\d{2})(?!\d))");
  static const regex den_haag(std::string(R"((?:Den Haag|'s-Gravenhage|Den Helder|Brussel),[ ]*(\d{1,2}) )") +
                              kMonth + R"( ((?:19|20)\d{2})(?!\d))");
  // `Voorgesteld 2 oktober 2025`, `Voorgesteld tijdens het Wetgevingsoverleg van 29 januari 2024`,
  // `Vastgesteld 12 maart 2025` (a verslag)
  static const regex voorgesteld(std::string(R"((?:Voor|Vast)gesteld(?:[ ]+[^\n\d]{1,160}?)?[ ]+(\d{1,2}) )") + kMonth +
                                 R"( ((?:19|20)\d{2})(?!\d))");
  if (info.date.empty() && search_near_any(anchors, {"Datum"}, 1, 60, datum_label, m)) info.date = date_from(m, 1, 2, 3);
  // (a match is a place name and a comma: `Den Haag.` in an address is none)
  if (info.date.empty() && comma_follows_any(anchors, {"Den Haag", "'s-Gravenhage", "Den Helder", "Brussel"}) &&
      search_near_any(anchors, {"Den Haag", "'s-Gravenhage", "Den Helder", "Brussel"}, 1, 60, den_haag, m))
    info.date = date_from(m, 1, 2, 3);
  if (info.date.empty() && search_near_any(anchors, {"Voorgesteld", "Vastgesteld"}, 1, 220, voorgesteld, m)) info.date = date_from(m, 1, 2, 3);
  // the publication's date only where the stuk states none of its own (a
  // letter is published days after its date line)
  if (std::string_view d = doc.meta("DCTERMS.issued"); info.date.empty() && parse_iso(d)) info.date = std::string(d);
  if (info.date.empty() && parse_iso(tk_page_date)) info.date = tk_page_date;

  // --- kenmerk -------------------------------------------------------------
  static const regex kenmerk(R"((?<![\w])(?:Ons kenmerk|Onze referentie|Ons nummer|Kenmerk)[ ]*:?[ ]*\n?[ \n]*([A-Za-z]{0,6}[-/ ]?\d[\w./-]*))");
  if (search_near_any(anchors, {"kenmerk", "referentie", "Kenmerk", "Ons nummer"}, 8, 80, kenmerk, m)) info.kenmerk = trim(m[1].str());

  // --- title ---------------------------------------------------------------
  if (std::string_view title = doc.meta("OVERHEIDop.documenttitel"); !title.empty())
    info.title = std::string(title);
  // `Betreft Voortgangsbrief Versterkte Aanpak Online inzake extremistische\nen terroristische content`
  static const regex betreft(
      R"((?<![\w])Betreft[ ]*:?[ ]+([^\n]+(?:\n(?![ ]*\n)(?![ ]*(?:Datum|Onze referentie|Ons kenmerk|Uw kenmerk|Uw brief|Bijlage|Kenmerk)\b)[^\n]+){0,3}))");
  if (info.title.empty() && search_near_any(anchors, {"Betreft"}, 1, 800, betreft, m)) info.title = squeeze(m[1].str());
  // XML without <meta name="OVERHEIDop.documenttitel">: the stuk's own title
  if (info.title.empty() && !body.stuk_titel.empty()) info.title = body.stuk_titel;
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
  // the stuk's title first (`GEWIJZIGDE MOTIE VAN ...` where DC.type says
  // `Motie`), in the body or in a `Nr. 46 BRIEF VAN ...` heading
  std::string type = type_of_stuk_title(body.stuk_titel);
  if (type.empty()) type = type_of_stuk_title(heading_title);
  for (const auto& [name, value] : doc.metadata) {
    if (!type.empty()) break;
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
    else if (search_near_any(anchors, {"Antwoord"}, 2, 80, answers_text, m)) type = "antwoord op kamervragen";
    else if (search_near_any(anchors, {"erslag van", "ERSLAG van"}, 8, 80, verslag_text, m)) type = "verslag";
    else if (search_near_any(anchors, {"Aanvang "}, 4, 40, handelingen_text, m)) type = "handelingen";
    else if (search_near_any(anchors, {"Aan de orde", "In stemming", "De voorzitter:"}, 8, 60, handelingen_item, m)) type = "handelingen";
    else if (search_near_any(anchors, {"Geadviseerd besluit", "nota"}, 12, 40, nota_text, m)) type = "nota";
    else if (search_near_any(anchors, {"De Kamer,", "verzoekt de regering"}, 8, 40, motion_text, m)) type = "motie";
    else if (search_near_any(anchors, {"Aan de ", "Hierbij ", "Bijgaand ", "Brief regering", "BRIEF VAN"}, 1, 80, letter_text, m)) type = "kamerbrief";
  }
  if (type == "brief") type = "kamerbrief";
  if (type.empty() && !anchors.occurrences("uw Kamer").empty()) type = "kamerbrief";
  info.type = type;

  // --- signatories and indieners ------------------------------------------
  // `De Minister van Justitie en Veiligheid,\nD.M. van Weel`
  static const regex signature(
      R"((?:^|\n)[ ]*De (?:[Mm]inister|[Ss]taatssecretaris|[Mm]inister-[Pp]resident)[^\n,]{0,120},[ ]*\n(?:[ ]*\n)?[ ]*([A-Z][^\n]{1,60}?)[ ]*(?=\n|$))");
  for_each_match_near_any(anchors, {"De Minister", "De minister", "De Staatssecretaris", "De staatssecretaris"}, 2, 300, signature, [&](const cmatch& sig) {
    std::string name = trim(sig[1].str());
    if (std::find(info.signatories.begin(), info.signatories.end(), name) == info.signatories.end())
      info.signatories.push_back(name);
  });
  for (const auto& [name, value] : doc.metadata)
    if (name == "OVERHEIDop.indiener" && !value.empty()) info.indieners.push_back(value);
  // without them, a motion's signature block: the names under `en gaat over
  // tot de orde van de dag.`, one a line (`Van Campen\nPaternotte`)
  if (info.indieners.empty() && info.type.find("motie") != std::string::npos) {
    // also `gaat over tot de orde van de dag.`, `en gaat over tot de orde van de dag`
    constexpr std::string_view kClosing = "gaat over tot de orde van de dag";
    if (std::size_t closing = t.find(kClosing); closing != std::string_view::npos) {
      std::size_t pos = t.find('\n', closing);
      while (pos != std::string_view::npos && pos + 1 < t.size() && info.indieners.size() < 20) {
        std::size_t end = t.find('\n', pos + 1);
        std::string line = trim(std::string(t.substr(pos + 1, end == std::string_view::npos ? t.npos : end - pos - 1)));
        if (line.empty() && info.indieners.empty()) {  // a blank line before the names
          pos = end;
          continue;
        }
        if (!is_signature_name(line)) break;
        info.indieners.push_back(line);
        pos = end;
      }
    }
  }

  // a motion's requests, each on a line of its own in its dictum: `verzoekt
  // de regering ... ;`, `verzoekt het demissionaire kabinet een stop in te
  // stellen ...` (kst-29247-441), `verzoekt de staatsecretaris om ...` (sic,
  // kst-21501-08-978), `roept de formerende partijen op ...`, `vraagt de
  // minister ...`, `draagt het presidium op ...`; not `spreekt uit dat` or
  // `zegt het vertrouwen in ... op`, which ask nothing
  if (info.type.find("motie") != std::string::npos) {
    static const regex verzoekt(
        R"((?:^|\n)[ ]*((?:verzoekt|roept|vraagt|draagt) (?:de|het|alle|zowel)\b[^;\n]*))");
    for_each_match_near_any(anchors, {"verzoekt", "roept", "vraagt", "draagt"}, 2, 2000, verzoekt,
                            [&](const cmatch& vm) { info.verzoeken.push_back(trim(vm[1].str())); });
  }
  std::sort(result.furniture.begin(), result.furniture.end(),
            [](const Span& a, const Span& b) { return a.begin < b.begin; });
  return result;
}

}  // namespace kamerref
