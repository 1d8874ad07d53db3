#pragma once
// What the import of TK open data attaches, as plain structs: the graph keeps
// them on the motion vertices, the audits show them (opendata/link.h makes
// them, opendata/import_file.h writes and reads them).
#include <optional>
#include <string>
#include <vector>

namespace kamerref {

struct TkFractieVote {
  std::string fractie;  // the Fractie's Afkorting (ActorFractie), "VVD"
  std::string vote;     // Voor, Tegen, Niet deelgenomen
  int seats = 0;        // FractieGrootte; for a hoofdelijke stemming the members who voted so
  bool vergissing = false;
};

struct TkVotes {
  int voor = 0, tegen = 0, niet_deelgenomen = 0;
  bool complete = false;  // the seats add up to the 150 of the Kamer
  bool hoofdelijk = false;
  std::vector<TkFractieVote> by_fractie;  // Voor, Tegen, Niet deelgenomen; more seats first
};

struct TkIndiener {
  std::string name;       // as the Zaak names the member: "Michon-Derkzen"
  std::string full_name;  // from Persoon: "Ingrid Michon-Derkzen"; empty when not known for certain
  std::string fractie;    // from ZaakActor or the member's own votes
  std::string relatie;    // Indiener, Medeindiener (ZaakActor); empty when from the Onderwerp
};

// How a reader wants the member named: "Joost Eerdmans (JA21)", the full
// name where the Kamer's records give it, else the name as written.
inline std::string display_name(const TkIndiener& who) {
  std::string name = who.full_name.empty() ? who.name : who.full_name;
  return who.fractie.empty() ? name : name + " (" + who.fractie + ")";
}

struct TkMotion {
  std::string id;           // kst-29754-758
  std::string zaak;         // tk-zaak 2025Z18464
  std::string tk_document;  // tk-document 2025D43019
  std::string dossier;      // dossier-29754
  std::string dossier_title;
  std::string onderwerp;  // Zaak.Onderwerp: "Motie van het lid Michon-Derkzen over ..."
  std::string kabinetsappreciatie;
  std::vector<TkIndiener> indieners;
  // the decision, only where linked for certain
  std::string decision;        // aangenomen, verworpen, ... (SPEC); empty when the Besluit says none of them
  std::string besluit_soort;   // "Stemmen - aangenomen"
  std::string besluit_tekst;   // "Aangenomen."
  std::string date;            // the Activiteit's Datum, ISO
  std::string link;            // zaak, agendapunt
  std::string agendapunt;      // 2025P16974
  std::optional<TkVotes> votes;
  std::string note;  // "vote not linked", "votes incomplete"
};

struct TkToezegging {
  std::string nummer;  // TZ202502-117
  std::string tekst;
  std::string status;  // Openstaand, Voldaan, ...
  std::string aanmaakdatum;    // ISO date
  std::string datum_nakoming;  // ISO date; empty for none (also `0001-01-01`)
  std::vector<std::string> kamerbrief_nakoming;  // tk-document numbers
  std::string ministerie;
  std::string bewindspersoon;  // Naam, Functie
  std::string activiteit;      // the debate's Activiteit.Nummer, 2024A05766
  std::string activiteit_date; // its Datum, where the Activiteit is in the data
  std::string activiteit_onderwerp;
};

}  // namespace kamerref
