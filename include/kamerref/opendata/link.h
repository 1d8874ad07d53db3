#pragma once
// From the store's records to what kamerref attaches, by id (SPEC section 1):
// per motion its Zaak, Document, dossier, the cabinet's advice and -- where
// the data tie the Besluit to that Zaak for certain -- the Kamer's decision,
// date and votes; per Toezegging the register's record.
//
// Certain means one of
//   `zaak`        the Besluit's own Zaak relation (`Zaak?$expand=Besluit`,
//                 `Besluit?$expand=Zaak`, a `Zaak_Id` on the Besluit)
//   `agendapunt`  the Besluit's Agendapunt deals with this one Zaak only
// Anything else (an Agendapunt with several Zaken, where only the order of
// the Besluiten would tell) is "vote not linked": never guessed.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kamerref/opendata/records.h"
#include "kamerref/opendata/store.h"

namespace kamerref {

struct TkLinked {
  std::vector<TkMotion> motions;  // sorted by id
  std::vector<TkToezegging> toezeggingen;  // sorted by nummer
  std::vector<std::string> notes;  // what could not be attached, in words
};

TkLinked link_tk_records(const TkStore& store);

// "Stemmen - aangenomen" / "Aangenomen." -> aangenomen; empty for a Besluit
// that is none of SPEC section 3's decisions ("Stemmen - gestaakt").
std::string decision_of_besluit(std::string_view soort, std::string_view tekst);

// The members a Zaak's Onderwerp names ("Motie van de leden Omtzigt en
// Mutluer over ..." -> Omtzigt, Mutluer), as written.
std::vector<std::string> tk_indiener_names(std::string_view onderwerp);

}  // namespace kamerref
