#include "kamerref/opendata/odata.h"

#include <array>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <utility>

namespace kamerref {
namespace {

using json = nlohmann::json;

constexpr std::array<std::pair<std::string_view, TkEntity>, 13> kEntityNames{{
    {"Zaak", TkEntity::Zaak},
    {"Document", TkEntity::Document},
    {"DocumentVersie", TkEntity::DocumentVersie},
    {"DocumentPublicatie", TkEntity::DocumentPublicatie},
    {"Besluit", TkEntity::Besluit},
    {"Agendapunt", TkEntity::Agendapunt},
    {"Activiteit", TkEntity::Activiteit},
    {"Stemming", TkEntity::Stemming},
    {"Fractie", TkEntity::Fractie},
    {"Persoon", TkEntity::Persoon},
    {"Toezegging", TkEntity::Toezegging},
    {"ZaakActor", TkEntity::ZaakActor},
    {"Kamerstukdossier", TkEntity::Kamerstukdossier},
}};

// Navigation properties of $metadata whose name is not their entity's.
constexpr std::array<std::pair<std::string_view, TkEntity>, 4> kNavigationNames{{
    {"HuidigeDocumentVersie", TkEntity::DocumentVersie},
    {"DocumentVersies", TkEntity::DocumentVersie},
    {"Actor", TkEntity::ZaakActor},  // Zaak.Actor in some model versions
    {"Kamerstukdossiers", TkEntity::Kamerstukdossier},
}};

bool has(const json& record, const char* key) { return record.contains(key); }

// `2025Z18464`, `2025P16974`, `2024A02136`: year, one letter, digits.
bool tk_number_with_letter(const json& value, char letter) {
  if (!value.is_string()) return false;
  const std::string& s = value.get_ref<const std::string&>();
  return s.size() > 5 && s[4] == letter && std::isdigit(static_cast<unsigned char>(s[0])) &&
         std::isdigit(static_cast<unsigned char>(s[5]));
}

bool starts_with(const json& value, std::string_view prefix) {
  return value.is_string() && std::string_view(value.get_ref<const std::string&>()).substr(0, prefix.size()) == prefix;
}

}  // namespace

std::string_view to_string(TkEntity entity) {
  for (const auto& [name, e] : kEntityNames)
    if (e == entity) return name;
  return "unknown";
}

TkEntity tk_entity_from_name(std::string_view name) {
  for (const auto& [n, e] : kEntityNames)
    if (n == name) return e;
  return TkEntity::unknown;
}

TkEntity tk_entity_of_navigation(std::string_view property) {
  for (const auto& [n, e] : kNavigationNames)
    if (n == property) return e;
  return tk_entity_from_name(property);
}

std::string entity_name_of_context(std::string_view context) {
  std::size_t hash = context.rfind("$metadata#");
  if (hash == std::string_view::npos) return {};
  std::string_view rest = context.substr(hash + 10);
  std::size_t end = rest.find_first_of("(/");
  return std::string(rest.substr(0, end));
}

TkEntity tk_entity_by_fields(const json& r) {
  if (!r.is_object()) return TkEntity::unknown;
  // {"Besluit_Id": "...", "Soort": "Voor", "FractieGrootte": 37, "ActorNaam": ...}
  if (has(r, "FractieGrootte") || (has(r, "Besluit_Id") && has(r, "ActorFractie"))) return TkEntity::Stemming;
  // {"BesluitSoort": "Stemmen - aangenomen", "BesluitTekst": "Aangenomen.", ...}
  if (has(r, "BesluitSoort") || has(r, "BesluitTekst")) return TkEntity::Besluit;
  // {"Nummer": "TZ202502-117", "Tekst": "...", "Status": "Openstaand", ...}
  if (starts_with(r.value("Nummer", json()), "TZ") || has(r, "KamerbriefNakoming") || has(r, "DatumNakoming"))
    return TkEntity::Toezegging;
  // {"Nummer": "2025Z18464", "Soort": "Motie", "Kabinetsappreciatie": "Oordeel Kamer"}
  if (has(r, "Kabinetsappreciatie") || tk_number_with_letter(r.value("Nummer", json()), 'Z')) return TkEntity::Zaak;
  // {"DocumentNummer": "2025D43019", "Volgnummer": 758, ...}
  if (has(r, "DocumentNummer")) return TkEntity::Document;
  // {"Document_Id": "...", "Versienummer": 3, "ExterneIdentifier": "kst-29754-758"}
  if (has(r, "ExterneIdentifier") || has(r, "Versienummer")) return TkEntity::DocumentVersie;
  // {"Identifier": "kst-29754-758", "DocumentType": "Xml", "DocumentVersie_Id": "..."}
  if (has(r, "Identifier") && (has(r, "DocumentVersie_Id") || has(r, "DocumentType")))
    return TkEntity::DocumentPublicatie;
  // {"Nummer": "2025P16974", "Activiteit_Id": "...", "Volgorde": 29}
  if (has(r, "Activiteit_Id") || tk_number_with_letter(r.value("Nummer", json()), 'P')) return TkEntity::Agendapunt;
  // {"Soort": "Stemmingen", "Nummer": "2024A02136", "Datum": "2024-03-19T15:00:00+01:00"}
  if (tk_number_with_letter(r.value("Nummer", json()), 'A')) return TkEntity::Activiteit;
  // {"Afkorting": "PVV", "NaamNL": "Partij voor de Vrijheid", "AantalZetels": 37}
  if (has(r, "Afkorting") && has(r, "NaamNL")) return TkEntity::Fractie;
  // {"Relatie": "Indiener", "Zaak_Id": "...", "Persoon_Id": "...", "ActorNaam": ...}
  if (has(r, "Relatie") && (has(r, "Zaak_Id") || has(r, "ActorNaam"))) return TkEntity::ZaakActor;
  // {"Initialen": "J.J.T.M.", "Achternaam": "Valize", "Roepnaam": "Jan", ...}
  if (has(r, "Achternaam") && (has(r, "Initialen") || has(r, "Roepnaam"))) return TkEntity::Persoon;
  // {"Nummer": "29754", "Toevoeging": null, "Titel": "Terrorismebestrijding", "HoogsteVolgnummer": 774}
  if (has(r, "HoogsteVolgnummer") || (has(r, "Toevoeging") && has(r, "Titel"))) return TkEntity::Kamerstukdossier;
  return TkEntity::unknown;
}

namespace {

// The reading itself, for any input nlohmann parses (a FILE*, a range of
// bytes): `parse(callback)` parses the whole input with that callback.
template <class Parse>
void read_odata(const Parse& parse, const std::function<void(TkEntity, const json&)>& each,
                std::vector<ODataWarning>& warnings) {

  // What the parser has told so far about where it is.
  bool top_is_array = false;
  bool top_is_page = false;  // an object with a `value` member
  std::string top_key;       // the member of the top-level object being read
  TkEntity page_entity = TkEntity::unknown;
  std::string page_entity_name;
  bool page_entity_warned = false;
  std::size_t record_number = 0;
  std::size_t unknown_records = 0;
  std::size_t not_records = 0;

  auto take = [&](const json& record) {
    ++record_number;
    if (!record.is_object()) {
      ++not_records;
      return;
    }
    TkEntity entity = page_entity;
    if (!page_entity_name.empty() && entity == TkEntity::unknown) {
      // a page of an entity the import does not read: say so once, skip all
      if (!page_entity_warned)
        warnings.push_back({0, "records of entity " + page_entity_name + " are not read by the import; skipped"});
      page_entity_warned = true;
      ++unknown_records;
      return;
    }
    if (entity == TkEntity::unknown) entity = tk_entity_by_fields(record);
    if (entity == TkEntity::unknown) {
      if (unknown_records == 0)
        warnings.push_back({record_number, "a record of no entity the import reads (first such record); skipped"});
      ++unknown_records;
      return;
    }
    each(entity, record);
  };

  json::parser_callback_t callback = [&](int depth, json::parse_event_t event, json& parsed) -> bool {
    switch (event) {
      case json::parse_event_t::array_start:
        if (depth == 0) top_is_array = true;
        return true;
      case json::parse_event_t::key:
        if (depth == 1 && !top_is_array) {
          top_key = parsed.get<std::string>();
          if (top_key == "value") top_is_page = true;
        }
        return true;
      case json::parse_event_t::value:
        if (depth == 1 && !top_is_array && top_key == "@odata.context" && parsed.is_string()) {
          page_entity_name = entity_name_of_context(parsed.get_ref<const std::string&>());
          page_entity = tk_entity_from_name(page_entity_name);
        }
        // a scalar where a record belongs: `[1, 2]`, `"value": [1]`
        if ((depth == 1 && top_is_array) || (depth == 2 && top_is_page && top_key == "value")) {
          take(parsed);
          return false;
        }
        return true;
      case json::parse_event_t::object_end:
        if ((depth == 1 && top_is_array) || (depth == 2 && top_is_page && top_key == "value")) {
          take(parsed);
          return false;  // dropped: the next record reuses nothing of it
        }
        if (depth == 0 && !top_is_array && !top_is_page) {
          take(parsed);  // a file of one record
          return false;
        }
        return true;
      default:
        return true;
    }
  };
  try {
    // what is left is the page without its records (context, nextLink)
    [[maybe_unused]] json rest = parse(callback);
  } catch (const json::parse_error& e) {
    // "[json.exception.parse_error.101] parse error at line 3, column 7: ..."
    std::string what = e.what();
    std::size_t at = what.find("parse error");
    throw ODataError("malformed JSON at byte " + std::to_string(e.byte) + ": " +
                     (at == std::string::npos ? what : what.substr(at)) + " (" + std::to_string(record_number) +
                     " records read before it)");
  } catch (const json::exception& e) {
    // the parser's other refusals: "[json.exception.out_of_range.406] number
    // overflow parsing '7e6423'" (found by the odata fuzz target)
    std::string what = e.what();
    std::size_t at = what.find("] ");
    throw ODataError("malformed JSON: " + (at == std::string::npos ? what : what.substr(at + 2)) + " (" +
                     std::to_string(record_number) + " records read before it)");
  }
  if (unknown_records > 0 && !page_entity_warned)
    warnings.push_back({0, std::to_string(unknown_records) + " records of no entity the import reads skipped"});
  if (not_records > 0) warnings.push_back({0, std::to_string(not_records) + " values that are no record skipped"});
}

}  // namespace

void read_odata_file(const std::string& path, const std::function<void(TkEntity, const json&)>& each,
                     std::vector<ODataWarning>& warnings) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) throw ODataError(std::string("cannot open: ") + std::strerror(errno));
  read_odata([&](const json::parser_callback_t& callback) { return json::parse(f.get(), callback, true, false); },
             each, warnings);
  if (std::ferror(f.get())) throw ODataError(std::string("read error: ") + std::strerror(errno));
}

void read_odata_text(std::string_view text, const std::function<void(TkEntity, const json&)>& each,
                     std::vector<ODataWarning>& warnings) {
  read_odata([&](const json::parser_callback_t& callback) {
               return json::parse(text.begin(), text.end(), callback, true, false);
             },
             each, warnings);
}

}  // namespace kamerref
