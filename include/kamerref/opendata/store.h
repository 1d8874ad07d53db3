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
#include <cstddef>
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

struct TkVersion {
  std::string version;  // tk_version_key of ApiGewijzigdOp (else GewijzigdOp)
  bool verwijderd = false;
};

struct TkZaakRecord : TkVersion {
  std::string nummer, soort, titel, onderwerp, kabinetsappreciatie, kamerstukdossier_id;
  int volgnummer = 0;
};
struct TkDocumentRecord : TkVersion {
  std::string nummer, soort, titel, huidige_versie_id, kamerstukdossier_id, datum;
  int volgnummer = 0;
};
struct TkDocumentVersieRecord : TkVersion {
  std::string document_id, externe_identifier;
};
struct TkPublicatieRecord : TkVersion {
  std::string versie_id, identifier;
};
struct TkBesluitRecord : TkVersion {
  std::string agendapunt_id, soort, tekst, stemmingssoort, opmerking;
};
struct TkAgendapuntRecord : TkVersion {
  std::string nummer, activiteit_id, onderwerp;
};
struct TkActiviteitRecord : TkVersion {
  std::string nummer, soort, datum, onderwerp;
};
struct TkStemmingRecord : TkVersion {
  std::string besluit_id, soort, actor_naam, actor_fractie, persoon_id, fractie_id;
  int fractie_grootte = 0;
  bool vergissing = false;
};
struct TkFractieRecord : TkVersion {
  std::string afkorting, naam;
};
struct TkPersoonRecord : TkVersion {
  std::string initialen, roepnaam, voornamen, tussenvoegsel, achternaam;
};
struct TkToezeggingRecord : TkVersion {
  std::string nummer, tekst, status, aanmaakdatum, datum_nakoming, ministerie, naam, functie, activiteit_nummer;
  std::vector<std::string> kamerbrief_nakoming;  // D-numbers: one or many, as text or Document references
};
struct TkZaakActorRecord : TkVersion {
  std::string zaak_id, relatie, persoon_id, fractie_id, actor_naam, actor_fractie;
};
struct TkDossierRecord : TkVersion {
  std::string nummer, toevoeging, titel;
};

// A relation one record lists (`Agendapunt.Zaak[]`): the ids and the version
// of the listing record.
struct TkRelation {
  std::string version;
  std::vector<std::string> ids;
};

struct TkImportCounts {
  std::size_t records = 0;    // every record seen, nested ones included
  std::size_t duplicates = 0; // a record seen again (same Id): older or equal copies
  std::size_t deleted = 0;    // records whose newest version is Verwijderd
  std::size_t without_id = 0; // records with no Id: left out
};

class TkStore {
 public:
  // One record as read, with whatever it nests. Problems (a record without
  // `Id`) go to `warnings`.
  void absorb(TkEntity entity, const nlohmann::json& record, std::vector<std::string>& warnings);

  std::unordered_map<std::string, TkZaakRecord> zaken;
  std::unordered_map<std::string, TkDocumentRecord> documents;
  std::unordered_map<std::string, TkDocumentVersieRecord> versies;
  std::unordered_map<std::string, TkPublicatieRecord> publicaties;
  std::unordered_map<std::string, TkBesluitRecord> besluiten;
  std::unordered_map<std::string, TkAgendapuntRecord> agendapunten;
  std::unordered_map<std::string, TkActiviteitRecord> activiteiten;
  std::unordered_map<std::string, TkStemmingRecord> stemmingen;
  std::unordered_map<std::string, TkFractieRecord> fracties;
  std::unordered_map<std::string, TkPersoonRecord> personen;
  std::unordered_map<std::string, TkToezeggingRecord> toezeggingen;
  std::unordered_map<std::string, TkZaakActorRecord> zaak_actors;
  std::unordered_map<std::string, TkDossierRecord> dossiers;

  // relations the nesting gives, by the id of the listing record
  std::unordered_map<std::string, TkRelation> zaak_documents;    // Zaak.Document[]
  std::unordered_map<std::string, TkRelation> zaak_besluiten;    // Zaak.Besluit[]
  std::unordered_map<std::string, TkRelation> besluit_zaken;     // Besluit.Zaak[] (or Besluit.Zaak_Id)
  std::unordered_map<std::string, TkRelation> agendapunt_zaken;  // Agendapunt.Zaak[]

  TkImportCounts counts;

  // From the $metadata: (entity set, navigation property) -> the entity it
  // leads to (`Toezegging`, `ToegezegdAanPersoon` -> Persoon). Without it the
  // names the import knows are used (`HuidigeDocumentVersie` -> DocumentVersie).
  std::map<std::pair<std::string, std::string>, TkEntity> navigation;

 private:
  // Returns the id of the record absorbed (empty when it had none).
  std::string absorb_record(TkEntity entity, const nlohmann::json& record, const std::string& parent_id,
                            TkEntity parent, std::vector<std::string>& warnings);
};

}  // namespace kamerref
