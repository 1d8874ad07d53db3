#pragma once
// Reading Tweede Kamer open data (the Gegevensmagazijn's OData v4 API) as it
// comes from the API or a crawler: JSON files on disk.
//
// A file is one of
//   a page      {"@odata.context": ".../$metadata#Stemming(Besluit(...))",
//                "value": [ {record}, ... ], "@odata.nextLink": "..."}
//   an array    [ {record}, ... ]             (records saved without their page)
//   one record  { "Id": "...", ... }
// and a record may nest related records at any depth (`$expand`):
// `Zaak.Document[].HuidigeDocumentVersie.DocumentPublicatie[]`.
//
// The file is streamed: nlohmann's parser callback hands over each top-level
// record once it is complete, and the record is dropped after `each` has seen
// it, so a page of any size costs one record of memory.
#include <cstddef>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace kamerref {

// The entities the import reads (names as in the API's $metadata).
enum class TkEntity {
  unknown,
  Zaak,
  Document,
  DocumentVersie,
  DocumentPublicatie,
  Besluit,
  Agendapunt,
  Activiteit,
  Stemming,
  Fractie,
  Persoon,
  Toezegging,
  ZaakActor,
  Kamerstukdossier,
};
std::string_view to_string(TkEntity entity);
// "Zaak" -> Zaak; unknown for names the import does not read.
TkEntity tk_entity_from_name(std::string_view name);
// The entity a navigation property leads to: `HuidigeDocumentVersie` ->
// DocumentVersie, `Stemming` -> Stemming; unknown for the navigation
// properties the import does not follow (DocumentActor, Vergadering, ...).
TkEntity tk_entity_of_navigation(std::string_view property);
// The entity named by a page's `@odata.context`:
// `https://.../OData/v4/2.0/$metadata#Stemming(Besluit(Agendapunt(Zaak())),Fractie(),Persoon())`
// -> "Stemming"; `...$metadata#Zaak/$entity` -> "Zaak". Empty when the
// context names none.
std::string entity_name_of_context(std::string_view context);
// A record saved without its page carries no context: its fields tell
// (`BesluitSoort` -> Besluit, `FractieGrootte` with `Besluit_Id` -> Stemming).
TkEntity tk_entity_by_fields(const nlohmann::json& record);

struct ODataWarning {
  std::size_t record = 0;  // 1-based position in the file; 0 for the file as a whole
  std::string message;
};

// An error that ends the reading of one file: it cannot be opened or is no
// JSON. The records handed over before it stay handed over.
struct ODataError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Calls `each` for every top-level record of `path` with its entity (from
// the page's context, else from its fields). Records of an entity the import
// does not read, and values that are no record, are left out with a warning.
// Throws ODataError for a file that cannot be read or is malformed (with the
// byte offset of the fault).
void read_odata_file(const std::string& path, const std::function<void(TkEntity, const nlohmann::json&)>& each,
                     std::vector<ODataWarning>& warnings);
// The same for the bytes of such a file (the fuzz target, tests).
void read_odata_text(std::string_view text, const std::function<void(TkEntity, const nlohmann::json&)>& each,
                     std::vector<ODataWarning>& warnings);

}  // namespace kamerref
