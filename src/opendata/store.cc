#include "kamerref/opendata/store.h"

#include <cstdio>

namespace kamerref {
namespace {

using json = nlohmann::json;

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
// days_from_civil algorithm, written out here).
long long days_from_civil(long long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long long>(doe) - 719468;
}

void civil_from_days(long long z, int& y, unsigned& m, unsigned& d) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y = static_cast<int>(static_cast<long long>(yoe) + era * 400 + (m <= 2));
}

bool digits(std::string_view s, std::size_t at, std::size_t n, int& out) {
  if (at + n > s.size()) return false;
  out = 0;
  for (std::size_t i = at; i < at + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}

// The text of a field as the store keeps it: strings as they are, numbers
// written out (`Kamerstukdossier.Nummer` is a number in some versions), null
// as empty.
std::string text_of(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return std::to_string(v.get<long long>());
  if (v.is_number() || v.is_boolean()) return v.dump();
  return {};
}

// Copies `key` into `field` when the record carries it: always from the
// newest copy, only into an empty field from an older one.
void set(std::string& field, const json& r, const char* key, bool newest) {
  auto it = r.find(key);
  if (it == r.end()) return;
  if (newest || field.empty()) field = text_of(*it);
}

void set(int& field, const json& r, const char* key, bool newest) {
  auto it = r.find(key);
  if (it == r.end() || !it->is_number_integer()) return;
  if (newest || field == 0) field = it->get<int>();
}

// An `*_Id` field: the related record's id.
void set(TkId& field, TkIds& ids, const json& r, const char* key, bool newest) {
  auto it = r.find(key);
  if (it == r.end()) return;
  if (newest || field.empty()) field = it->is_string() ? ids.intern(it->get_ref<const std::string&>()) : TkId{};
}

void set(bool& field, const json& r, const char* key, bool newest) {
  auto it = r.find(key);
  if (it == r.end() || !it->is_boolean()) return;
  if (newest) field = it->get<bool>();
}

std::int64_t version_of(const json& r) {
  for (const char* key : {"ApiGewijzigdOp", "GewijzigdOp"}) {
    auto it = r.find(key);
    if (it != r.end() && it->is_string()) {
      std::int64_t v = tk_version_ticks(it->get_ref<const std::string&>());
      if (v != kNoTkVersion) return v;
    }
  }
  return kNoTkVersion;
}

// Updates the record `id` of `map` from `r`; `fields(record, newest)` copies
// the entity's fields.
template <class Record, class Fields>
Record& update(TkTable<Record>& map, TkId id, const json& r, TkImportCounts& counts, const Fields& fields) {
  std::int64_t version = version_of(r);
  auto [it, inserted] = map.try_emplace(id);
  Record& record = it->second;
  if (!inserted) ++counts.duplicates;
  bool newest = inserted || version >= record.version;
  if (newest) {
    record.version = version;
    auto deleted = r.find("Verwijderd");
    record.verwijderd = deleted != r.end() && deleted->is_boolean() && deleted->get<bool>();
  }
  fields(record, newest);
  return record;
}

void keep_relation(TkTable<TkRelation>& relations, TkId id, std::int64_t version, std::vector<TkId> ids) {
  auto [it, inserted] = relations.try_emplace(id);
  if (inserted || version >= it->second.version) it->second = {version, std::move(ids)};
}

void fill(std::string& field, const std::string& value) {
  if (field.empty()) field = value;
}

void fill(TkId& field, TkId value) {
  if (field.empty()) field = value;
}

bool hex_digit(char c, std::uint64_t& value) {
  if (c >= '0' && c <= '9') value = value << 4 | static_cast<std::uint64_t>(c - '0');
  else if (c >= 'a' && c <= 'f') value = value << 4 | static_cast<std::uint64_t>(c - 'a' + 10);
  else if (c >= 'A' && c <= 'F') value = value << 4 | static_cast<std::uint64_t>(c - 'A' + 10);
  else return false;
  return true;
}

// `35efd469-d9b1-4b3c-a1d5-09d771ead307` -> its 128 bits; false for any
// other text (and for a GUID whose first half is 0, kept apart for the
// numbered ids).
bool parse_guid(std::string_view s, TkId& id) {
  if (s.size() != 36) return false;
  std::uint64_t half[2] = {0, 0};
  int digits = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i == 8 || i == 13 || i == 18 || i == 23) {
      if (s[i] != '-') return false;
      continue;
    }
    if (!hex_digit(s[i], half[digits / 16])) return false;
    ++digits;
  }
  if (half[0] == 0) return false;
  id = {half[0], half[1]};
  return true;
}

// The instant of an API timestamp: whole seconds since 1970 (UTC) and the
// fraction in 100 ns; false for text that is no such time.
bool parse_instant(std::string_view s, long long& seconds, long& fraction);

// `KamerbriefNakoming`: "2024D12345", ["2024D12345", ...], or Document
// references ({"DocumentNummer": "2024D12345", ...}) in later models.
std::vector<std::string> kamerbrieven(const json& v) {
  std::vector<std::string> out;
  auto one = [&](const json& x) {
    if (x.is_string() && !x.get_ref<const std::string&>().empty()) out.push_back(x.get<std::string>());
    else if (x.is_object() && x.contains("DocumentNummer")) out.push_back(text_of(x["DocumentNummer"]));
  };
  if (v.is_array())
    for (const json& x : v) one(x);
  else
    one(v);
  return out;
}

bool parse_instant(std::string_view s, long long& seconds, long& fraction) {
  int year, month, day, hour = 0, minute = 0, second = 0;
  if (!digits(s, 0, 4, year) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2, month) || s[7] != '-' ||
      !digits(s, 8, 2, day))
    return false;
  std::size_t at = 10;
  fraction = 0;  // in units of 10^-7 s, the API's finest
  int offset_minutes = 0;
  if (at < s.size() && (s[at] == 'T' || s[at] == ' ')) {
    if (!digits(s, at + 1, 2, hour) || s.size() < at + 9 || s[at + 3] != ':' || !digits(s, at + 4, 2, minute) ||
        s[at + 6] != ':' || !digits(s, at + 7, 2, second))
      return false;
    at += 9;
    if (at < s.size() && s[at] == '.') {
      ++at;
      int scale = 1000000;
      while (at < s.size() && s[at] >= '0' && s[at] <= '9') {
        if (scale > 0) fraction += (s[at] - '0') * scale;
        scale /= 10;
        ++at;
      }
    }
    if (at < s.size() && (s[at] == '+' || s[at] == '-')) {
      int oh, om;
      if (!digits(s, at + 1, 2, oh) || s.size() < at + 6 || s[at + 3] != ':' || !digits(s, at + 4, 2, om)) return false;
      offset_minutes = (oh * 60 + om) * (s[at] == '-' ? -1 : 1);
    }
  }
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  seconds = days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * 86400LL +
                      hour * 3600LL + minute * 60LL + second - offset_minutes * 60LL;
  return true;
}

}  // namespace

std::string tk_version_key(std::string_view s) {
  long long seconds;
  long fraction;
  if (!parse_instant(s, seconds, fraction)) return {};
  long long days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
  long long rest = seconds - days * 86400;
  int y;
  unsigned m, d;
  civil_from_days(days, y, m, d);
  char out[80];
  std::snprintf(out, sizeof out, "%04d-%02u-%02uT%02lld:%02lld:%02lld.%07ld", y, m, d, rest / 3600, rest / 60 % 60,
                rest % 60, fraction);
  return out;
}

std::int64_t tk_version_ticks(std::string_view s) {
  long long seconds;
  long fraction;
  // years 0001..9999 in 100 ns ticks stay far inside 64 bits
  if (!parse_instant(s, seconds, fraction)) return kNoTkVersion;
  return static_cast<std::int64_t>(seconds) * 10000000 + fraction;
}

TkId TkIds::intern(std::string_view text) {
  if (text.empty()) return {};
  TkId id;
  if (parse_guid(text, id)) return id;
  auto [it, inserted] = other_numbers_.try_emplace(std::string(text), others_.size() + 1);
  if (inserted) others_.emplace_back(text);
  return {0, it->second};
}

TkId TkIds::find(std::string_view text) const {
  TkId id;
  if (text.empty() || parse_guid(text, id)) return id;
  auto it = other_numbers_.find(std::string(text));
  return it == other_numbers_.end() ? TkId{} : TkId{0, it->second};
}

std::string TkIds::text(TkId id) const {
  if (id.empty()) return {};
  if (id.hi == 0) return id.lo <= others_.size() ? others_[id.lo - 1] : std::string();
  char out[40];
  std::snprintf(out, sizeof out, "%08llx-%04llx-%04llx-%04llx-%012llx", static_cast<unsigned long long>(id.hi >> 32),
                static_cast<unsigned long long>(id.hi >> 16 & 0xFFFF), static_cast<unsigned long long>(id.hi & 0xFFFF),
                static_cast<unsigned long long>(id.lo >> 48), static_cast<unsigned long long>(id.lo & 0xFFFFFFFFFFFFULL));
  return out;
}

void TkStore::absorb(TkEntity entity, const json& record, std::vector<std::string>& warnings) {
  absorb_record(entity, record, {}, TkEntity::unknown, warnings, 0);
}

TkId TkStore::absorb_record(TkEntity entity, const json& r, TkId parent_id, TkEntity parent,
                            std::vector<std::string>& warnings, int depth) {
  if (depth > kMaxTkNesting) {
    if (counts.too_deep++ == 0)
      warnings.push_back("records nested more than " + std::to_string(kMaxTkNesting) +
                         " levels deep (first such record); left out");
    return {};
  }
  ++counts.records;
  auto id_it = r.find("Id");
  if (id_it == r.end() || !id_it->is_string() || id_it->get_ref<const std::string&>().empty()) {
    if (counts.without_id++ == 0)
      warnings.push_back("a " + std::string(to_string(entity)) + " record without \"Id\" (first such record); left out");
    return {};
  }
  const TkId id = ids.intern(id_it->get_ref<const std::string&>());
  std::int64_t version = version_of(r);

  switch (entity) {
    case TkEntity::Zaak:
      update(zaken, id, r, counts, [&](TkZaakRecord& z, bool newest) {
        set(z.nummer, r, "Nummer", newest);
        set(z.soort, r, "Soort", newest);
        set(z.titel, r, "Titel", newest);
        set(z.onderwerp, r, "Onderwerp", newest);
        set(z.kabinetsappreciatie, r, "Kabinetsappreciatie", newest);
        set(z.kamerstukdossier_id, ids, r, "Kamerstukdossier_Id", newest);
      });
      break;
    case TkEntity::Document:
      update(documents, id, r, counts, [&](TkDocumentRecord& d, bool newest) {
        set(d.nummer, r, "DocumentNummer", newest);
        set(d.soort, r, "Soort", newest);
        set(d.huidige_versie_id, ids, r, "HuidigeDocumentVersie_Id", newest);
        set(d.kamerstukdossier_id, ids, r, "Kamerstukdossier_Id", newest);
      });
      break;
    case TkEntity::DocumentVersie: {
      TkDocumentVersieRecord& v = update(versies, id, r, counts, [&](TkDocumentVersieRecord& x, bool newest) {
        set(x.document_id, ids, r, "Document_Id", newest);
        set(x.externe_identifier, r, "ExterneIdentifier", newest);
      });
      if (parent == TkEntity::Document) fill(v.document_id, parent_id);
      break;
    }
    case TkEntity::DocumentPublicatie: {
      TkPublicatieRecord& p = update(publicaties, id, r, counts, [&](TkPublicatieRecord& x, bool newest) {
        set(x.versie_id, ids, r, "DocumentVersie_Id", newest);
        set(x.identifier, r, "Identifier", newest);
      });
      if (parent == TkEntity::DocumentVersie) fill(p.versie_id, parent_id);
      break;
    }
    case TkEntity::Besluit: {
      update(besluiten, id, r, counts, [&](TkBesluitRecord& b, bool newest) {
        set(b.agendapunt_id, ids, r, "Agendapunt_Id", newest);
        set(b.soort, r, "BesluitSoort", newest);
        set(b.tekst, r, "BesluitTekst", newest);
        set(b.stemmingssoort, r, "StemmingsSoort", newest);
      });
      // the SyncFeed's `<zaak ref="..."/>`, as a field
      auto zaak = r.find("Zaak_Id");
      if (zaak != r.end() && zaak->is_string() && !zaak->get_ref<const std::string&>().empty())
        keep_relation(besluit_zaken, id, version, {ids.intern(zaak->get_ref<const std::string&>())});
      break;
    }
    case TkEntity::Agendapunt:
      update(agendapunten, id, r, counts, [&](TkAgendapuntRecord& a, bool newest) {
        set(a.nummer, r, "Nummer", newest);
        set(a.activiteit_id, ids, r, "Activiteit_Id", newest);
      });
      break;
    case TkEntity::Activiteit:
      update(activiteiten, id, r, counts, [&](TkActiviteitRecord& a, bool newest) {
        set(a.nummer, r, "Nummer", newest);
        set(a.soort, r, "Soort", newest);
        set(a.datum, r, "Datum", newest);
        set(a.onderwerp, r, "Onderwerp", newest);
      });
      break;
    case TkEntity::Stemming: {
      TkStemmingRecord& s = update(stemmingen, id, r, counts, [&](TkStemmingRecord& x, bool newest) {
        set(x.besluit_id, ids, r, "Besluit_Id", newest);
        set(x.soort, r, "Soort", newest);
        set(x.actor_fractie, r, "ActorFractie", newest);
        set(x.persoon_id, ids, r, "Persoon_Id", newest);
        set(x.fractie_id, ids, r, "Fractie_Id", newest);
        set(x.fractie_grootte, r, "FractieGrootte", newest);
        set(x.vergissing, r, "Vergissing", newest);
      });
      if (parent == TkEntity::Besluit) fill(s.besluit_id, parent_id);
      break;
    }
    case TkEntity::Fractie:
      update(fracties, id, r, counts, [&](TkFractieRecord& f, bool newest) {
        set(f.afkorting, r, "Afkorting", newest);
        set(f.naam, r, "NaamNL", newest);
      });
      break;
    case TkEntity::Persoon:
      update(personen, id, r, counts, [&](TkPersoonRecord& p, bool newest) {
        set(p.initialen, r, "Initialen", newest);
        set(p.roepnaam, r, "Roepnaam", newest);
        set(p.tussenvoegsel, r, "Tussenvoegsel", newest);
        set(p.achternaam, r, "Achternaam", newest);
      });
      break;
    case TkEntity::Toezegging:
      update(toezeggingen, id, r, counts, [&](TkToezeggingRecord& t, bool newest) {
        set(t.nummer, r, "Nummer", newest);
        set(t.tekst, r, "Tekst", newest);
        set(t.status, r, "Status", newest);
        set(t.aanmaakdatum, r, "Aanmaakdatum", newest);
        set(t.datum_nakoming, r, "DatumNakoming", newest);
        set(t.ministerie, r, "Ministerie", newest);
        set(t.naam, r, "Naam", newest);
        set(t.functie, r, "Functie", newest);
        set(t.activiteit_nummer, r, "ActiviteitNummer", newest);
        auto brief = r.find("KamerbriefNakoming");
        if (brief != r.end() && (newest || t.kamerbrief_nakoming.empty())) t.kamerbrief_nakoming = kamerbrieven(*brief);
      });
      break;
    case TkEntity::ZaakActor: {
      TkZaakActorRecord& a = update(zaak_actors, id, r, counts, [&](TkZaakActorRecord& x, bool newest) {
        set(x.zaak_id, ids, r, "Zaak_Id", newest);
        set(x.relatie, r, "Relatie", newest);
        set(x.persoon_id, ids, r, "Persoon_Id", newest);
        set(x.fractie_id, ids, r, "Fractie_Id", newest);
        set(x.actor_naam, r, "ActorNaam", newest);
        set(x.actor_fractie, r, "ActorFractie", newest);
      });
      if (parent == TkEntity::Zaak) fill(a.zaak_id, parent_id);
      break;
    }
    case TkEntity::Kamerstukdossier:
      update(dossiers, id, r, counts, [&](TkDossierRecord& d, bool newest) {
        set(d.nummer, r, "Nummer", newest);
        set(d.toevoeging, r, "Toevoeging", newest);
        set(d.titel, r, "Titel", newest);
      });
      break;
    case TkEntity::unknown:
      return {};
  }

  // What this record nests ($expand), and the relations that nesting tells.
  for (auto it = r.begin(); it != r.end(); ++it) {
    if (!it->is_object() && !it->is_array()) continue;
    auto schema = navigation.find({std::string(to_string(entity)), it.key()});
    TkEntity child = schema != navigation.end() ? schema->second : tk_entity_of_navigation(it.key());
    if (child == TkEntity::unknown) continue;
    std::vector<TkId> related;
    auto one = [&](const json& x) {
      if (!x.is_object()) return;
      TkId child_id = absorb_record(child, x, id, entity, warnings, depth + 1);
      if (!child_id.empty()) related.push_back(child_id);
    };
    if (it->is_array())
      for (const json& x : *it) one(x);
    else
      one(*it);
    const std::string& key = it.key();
    if (entity == TkEntity::Zaak && child == TkEntity::Document) keep_relation(zaak_documents, id, version, related);
    else if (entity == TkEntity::Zaak && child == TkEntity::Besluit) keep_relation(zaak_besluiten, id, version, related);
    else if (entity == TkEntity::Besluit && child == TkEntity::Zaak) keep_relation(besluit_zaken, id, version, related);
    else if (entity == TkEntity::Agendapunt && child == TkEntity::Zaak) keep_relation(agendapunt_zaken, id, version, related);
    if (related.size() != 1) continue;
    // a single related record: the foreign key the nesting implies
    const TkId one_id = related.front();
    if (entity == TkEntity::Stemming && child == TkEntity::Besluit) fill(stemmingen[id].besluit_id, one_id);
    else if (entity == TkEntity::Stemming && child == TkEntity::Fractie) fill(stemmingen[id].fractie_id, one_id);
    else if (entity == TkEntity::Stemming && child == TkEntity::Persoon) fill(stemmingen[id].persoon_id, one_id);
    else if (entity == TkEntity::Besluit && child == TkEntity::Agendapunt) fill(besluiten[id].agendapunt_id, one_id);
    else if (entity == TkEntity::Agendapunt && child == TkEntity::Activiteit) fill(agendapunten[id].activiteit_id, one_id);
    else if (entity == TkEntity::Document && key == "HuidigeDocumentVersie") fill(documents[id].huidige_versie_id, one_id);
    else if (entity == TkEntity::Zaak && child == TkEntity::Kamerstukdossier) fill(zaken[id].kamerstukdossier_id, one_id);
    else if (entity == TkEntity::Document && child == TkEntity::Kamerstukdossier) fill(documents[id].kamerstukdossier_id, one_id);
    else if (entity == TkEntity::Toezegging && child == TkEntity::Activiteit) {
      auto activiteit = activiteiten.find(one_id);
      if (activiteit != activiteiten.end()) fill(toezeggingen[id].activiteit_nummer, activiteit->second.nummer);
    }
  }
  return id;
}

}  // namespace kamerref
