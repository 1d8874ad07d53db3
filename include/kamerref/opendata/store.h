#pragma once
// The records of the TK open data the import keeps, newest version of each.
//
// Records arrive in any order, from any number of files, nested or flat, and
// the same record more than once (two crawls overlap; an expanded copy and a
// flat one). The store keeps per record the fields the links need, as small
// structs, not the JSON: 240,000 Stemmingen cost their few strings each.
//
// Versions: the newest by `ApiGewijzigdOp` (else `GewijzigdOp`) wins; a
// field the newer copy does not carry at all keeps the older value (the
// crawlers' plain dumps deleted every `*_Id` field, so absent is not null).
// A record whose newest version says `Verwijderd: true` is gone.
//
// Relations that only the nesting tells (`Zaak.Document[]`,
// `Agendapunt.Zaak[]`, `Zaak.Besluit[]`) are kept apart from the record, with
// the version of the record that carried them: a later flat copy of an
// Agendapunt, which does not expand its Zaken, does not erase them.
#include <climits>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <map>
#include <utility>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "kamerref/opendata/odata.h"

namespace kamerref {

// `2025-10-03T12:53:13.7284792Z`, `2025-10-02T23:41:53.06+02:00` -> one UTC
// form that sorts as text: `2025-10-03T12:53:13.7284792`. Empty for text that
// is no such time.
std::string tk_version_key(std::string_view timestamp);
// The same instant as a number that sorts the same way: 100-ns ticks since
// 1970 (UTC); kNoTkVersion, below every instant, for text that is no time.
constexpr std::int64_t kNoTkVersion = INT64_MIN;
std::int64_t tk_version_ticks(std::string_view timestamp);

// A record's Id in 16 bytes instead of its text, so that 240,000 Stemmingen
// and the Besluit, Fractie and Persoon each names cost no string each: a
// GUID (`35efd469-d9b1-4b3c-a1d5-09d771ead307`, what the API gives) is its
// 128 bits (`hi` never 0); any other text (`z1` in a hand-written record) is
// numbered in the store's table of such ids (`hi` 0, `lo` from 1). {0, 0} is
// none. GUIDs compare as their text does (lower-case hex, fixed hyphens).
struct TkId {
  std::uint64_t hi = 0, lo = 0;
  bool empty() const { return hi == 0 && lo == 0; }
  friend bool operator==(const TkId&, const TkId&) = default;
  friend auto operator<=>(const TkId&, const TkId&) = default;
};
struct TkIdHash {
  std::size_t operator()(const TkId& id) const noexcept {
    return static_cast<std::size_t>(id.hi * 0x9E3779B97F4A7C15ULL ^ id.lo);
  }
};
template <class Record>
using TkTable = std::unordered_map<TkId, Record, TkIdHash>;

// Ids as text <-> TkId.
class TkIds {
 public:
  TkId intern(std::string_view text);  // "" -> none
  // The id of `text` without adding it: none for a non-GUID never interned.
  TkId find(std::string_view text) const;
  std::string text(TkId id) const;  // a GUID in lower case

 private:
  std::vector<std::string> others_;  // lo - 1 -> text
  std::unordered_map<std::string, std::uint64_t> other_numbers_;
};

struct TkVersion {
  std::int64_t version = kNoTkVersion;  // tk_version_ticks of ApiGewijzigdOp (else GewijzigdOp)
  bool verwijderd = false;
};

struct TkZaakRecord : TkVersion {
  std::string nummer, soort, titel, onderwerp, kabinetsappreciatie;
  TkId kamerstukdossier_id;
};
struct TkDocumentRecord : TkVersion {
  std::string nummer, soort;
  TkId huidige_versie_id, kamerstukdossier_id;
};
struct TkDocumentVersieRecord : TkVersion {
  TkId document_id;
  std::string externe_identifier;
};
struct TkPublicatieRecord : TkVersion {
  TkId versie_id;
  std::string identifier;
};
struct TkBesluitRecord : TkVersion {
  TkId agendapunt_id;
  std::string soort, tekst, stemmingssoort;
};
struct TkAgendapuntRecord : TkVersion {
  std::string nummer;
  TkId activiteit_id;
};
struct TkActiviteitRecord : TkVersion {
  std::string nummer, soort, datum, onderwerp;
};
struct TkStemmingRecord : TkVersion {
  TkId besluit_id, persoon_id, fractie_id;
  std::string soort, actor_fractie;
  int fractie_grootte = 0;
  bool vergissing = false;
};
struct TkFractieRecord : TkVersion {
  std::string afkorting, naam;
};
struct TkPersoonRecord : TkVersion {
  std::string initialen, roepnaam, tussenvoegsel, achternaam;
};
struct TkToezeggingRecord : TkVersion {
  std::string nummer, tekst, status, aanmaakdatum, datum_nakoming, ministerie, naam, functie, activiteit_nummer;
  std::vector<std::string> kamerbrief_nakoming;  // D-numbers: one or many, as text or Document references
};
struct TkZaakActorRecord : TkVersion {
  TkId zaak_id, persoon_id, fractie_id;
  std::string relatie, actor_naam, actor_fractie;
};
struct TkDossierRecord : TkVersion {
  std::string nummer, toevoeging, titel;
};

// A relation one record lists (`Agendapunt.Zaak[]`): the ids and the version
// of the listing record.
struct TkRelation {
  std::int64_t version = kNoTkVersion;
  std::vector<TkId> ids;
};

struct TkImportCounts {
  std::size_t records = 0;    // every record seen, nested ones included
  std::size_t duplicates = 0; // a record seen again (same Id): older or equal copies
  std::size_t deleted = 0;    // records whose newest version is Verwijderd
  std::size_t without_id = 0; // records with no Id: left out
  std::size_t too_deep = 0;   // records nested beyond kMaxTkNesting: left out
};

// $expand nests a few levels (`Stemming(Besluit(Agendapunt(Zaak(Document(
// HuidigeDocumentVersie(DocumentPublicatie))))))` is seven): records nested
// deeper than this are no API's and are left out, so that a hostile file
// cannot exhaust the stack.
constexpr int kMaxTkNesting = 32;

class TkStore {
 public:
  // One record as read, with whatever it nests. Problems (a record without
  // `Id`) go to `warnings`.
  void absorb(TkEntity entity, const nlohmann::json& record, std::vector<std::string>& warnings);

  // The TkId of an Id's text (none when the store never saw it).
  TkId key(std::string_view id) const { return ids.find(id); }

  TkIds ids;
  TkTable<TkZaakRecord> zaken;
  TkTable<TkDocumentRecord> documents;
  TkTable<TkDocumentVersieRecord> versies;
  TkTable<TkPublicatieRecord> publicaties;
  TkTable<TkBesluitRecord> besluiten;
  TkTable<TkAgendapuntRecord> agendapunten;
  TkTable<TkActiviteitRecord> activiteiten;
  TkTable<TkStemmingRecord> stemmingen;
  TkTable<TkFractieRecord> fracties;
  TkTable<TkPersoonRecord> personen;
  TkTable<TkToezeggingRecord> toezeggingen;
  TkTable<TkZaakActorRecord> zaak_actors;
  TkTable<TkDossierRecord> dossiers;

  // relations the nesting gives, by the id of the listing record
  TkTable<TkRelation> zaak_documents;    // Zaak.Document[]
  TkTable<TkRelation> zaak_besluiten;    // Zaak.Besluit[]
  TkTable<TkRelation> besluit_zaken;     // Besluit.Zaak[] (or Besluit.Zaak_Id)
  TkTable<TkRelation> agendapunt_zaken;  // Agendapunt.Zaak[]

  TkImportCounts counts;

  // From the $metadata: (entity set, navigation property) -> the entity it
  // leads to (`Toezegging`, `ToegezegdAanPersoon` -> Persoon). Without it the
  // names the import knows are used (`HuidigeDocumentVersie` -> DocumentVersie).
  std::map<std::pair<std::string, std::string>, TkEntity> navigation;

 private:
  // Returns the id of the record absorbed (none when it had none). `depth`:
  // records above it; nesting beyond kMaxTkNesting is left out with a warning.
  TkId absorb_record(TkEntity entity, const nlohmann::json& record, TkId parent_id, TkEntity parent,
                     std::vector<std::string>& warnings, int depth);
};

}  // namespace kamerref
