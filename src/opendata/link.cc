#include "kamerref/opendata/link.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <unordered_map>

namespace kamerref {
namespace {

constexpr int kKamerSeats = 150;

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string trim(std::string_view s) {
  std::size_t b = s.find_first_not_of(' ');
  if (b == std::string_view::npos) return {};
  std::size_t e = s.find_last_not_of(' ');
  return std::string(s.substr(b, e - b + 1));
}

// `2025-10-02T14:00:00+02:00` -> `2025-10-02`: the date as the Kamer wrote
// it (local time); `0001-01-01T00:00:00Z`, which one client reports for "no
// date", is none.
std::string iso_date(std::string_view datetime) {
  if (datetime.size() < 10 || starts_with(datetime, "0001-01-01")) return {};
  return std::string(datetime.substr(0, 10));
}

// `kst-29754-758` -> `dossier-29754`; `kst-36600-VII-71` -> `dossier-36600-VII`.
std::string dossier_of(std::string_view kst) {
  std::size_t last = kst.rfind('-');
  if (!starts_with(kst, "kst-") || last <= 4) return {};
  return "dossier-" + std::string(kst.substr(4, last - 4));
}

// A member's name as the Kamer writes it: "Michon-Derkzen", "Van Nispen",
// "Diederik van Dijk" (the roepnaam where two members share a surname).
std::string surname_of(const TkPersoonRecord& p) {
  return p.tussenvoegsel.empty() ? p.achternaam : p.tussenvoegsel + " " + p.achternaam;
}

struct Index {
  TkTable<std::string> kst_of_document;         // Document.Id -> kst id
  TkTable<std::vector<TkId>> stemmingen;  // Besluit.Id -> Stemming ids
  TkTable<std::vector<TkId>> besluiten_of_agendapunt;
  TkTable<std::vector<TkId>> besluiten_of_zaak;  // certain: the Besluit's own relation
  TkTable<std::vector<TkId>> actors_of_zaak;
  std::unordered_map<std::string, std::vector<TkId>> personen_by_surname;  // lower-case "van dijk"
  TkTable<std::set<std::string>> fracties_of_persoon;  // from hoofdelijke votes
  std::unordered_map<std::string, TkId> activiteit_by_nummer;
  // Zaak.Id -> the Agendapunten that deal with that one Zaak only
  TkTable<std::vector<TkId>> single_zaak_agendapunten;
};

Index build_index(const TkStore& s) {
  Index ix;
  // kst id: the current version's ExterneIdentifier, else any version's,
  // else a publication's Identifier
  for (const auto& [id, v] : s.versies) {
    if (v.verwijderd || !starts_with(v.externe_identifier, "kst-") || v.document_id.empty()) continue;
    auto doc = s.documents.find(v.document_id);
    bool current = doc != s.documents.end() && doc->second.huidige_versie_id == id;
    auto [slot, inserted] = ix.kst_of_document.emplace(v.document_id, v.externe_identifier);
    if (!inserted && current) slot->second = v.externe_identifier;
  }
  for (const auto& [id, p] : s.publicaties) {
    if (p.verwijderd || !starts_with(p.identifier, "kst-")) continue;
    auto v = s.versies.find(p.versie_id);
    if (v == s.versies.end() || v->second.document_id.empty()) continue;
    ix.kst_of_document.emplace(v->second.document_id, p.identifier);
  }
  for (const auto& [id, st] : s.stemmingen)
    if (!st.verwijderd && !st.besluit_id.empty()) ix.stemmingen[st.besluit_id].push_back(id);
  for (auto& [b, ids] : ix.stemmingen) std::sort(ids.begin(), ids.end());
  for (const auto& [id, b] : s.besluiten)
    if (!b.verwijderd && !b.agendapunt_id.empty()) ix.besluiten_of_agendapunt[b.agendapunt_id].push_back(id);
  for (const auto& [zaak, rel] : s.zaak_besluiten)
    for (TkId b : rel.ids) ix.besluiten_of_zaak[zaak].push_back(b);
  for (const auto& [besluit, rel] : s.besluit_zaken)
    for (TkId z : rel.ids) ix.besluiten_of_zaak[z].push_back(besluit);
  for (auto& [z, ids] : ix.besluiten_of_zaak) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  }
  for (const auto& [id, a] : s.zaak_actors)
    if (!a.verwijderd && !a.zaak_id.empty()) ix.actors_of_zaak[a.zaak_id].push_back(id);
  for (auto& [z, ids] : ix.actors_of_zaak) std::sort(ids.begin(), ids.end());
  for (const auto& [id, p] : s.personen)
    if (!p.verwijderd && !p.achternaam.empty()) ix.personen_by_surname[lower(surname_of(p))].push_back(id);
  // the fractie a member voted with: ActorFractie, else the Stemming's Fractie record
  for (const auto& [id, st] : s.stemmingen) {
    if (st.verwijderd || st.persoon_id.empty()) continue;
    std::string fractie = st.actor_fractie;
    if (fractie.empty()) {
      auto f = s.fracties.find(st.fractie_id);
      if (f != s.fracties.end() && !f->second.verwijderd) fractie = f->second.afkorting;
    }
    if (!fractie.empty()) ix.fracties_of_persoon[st.persoon_id].insert(fractie);
  }
  for (const auto& [id, a] : s.activiteiten)
    if (!a.verwijderd && !a.nummer.empty()) ix.activiteit_by_nummer[a.nummer] = id;
  for (const auto& [ap, rel] : s.agendapunt_zaken) {
    std::set<TkId> zaken(rel.ids.begin(), rel.ids.end());
    auto agendapunt = s.agendapunten.find(ap);
    if (zaken.size() != 1 || (agendapunt != s.agendapunten.end() && agendapunt->second.verwijderd)) continue;
    ix.single_zaak_agendapunten[*zaken.begin()].push_back(ap);
  }
  return ix;
}

std::string full_name(const TkPersoonRecord& p) {
  std::string first = !p.roepnaam.empty() ? p.roepnaam : p.initialen;
  return first.empty() ? surname_of(p) : first + " " + surname_of(p);
}

// The one Persoon a name in an Onderwerp can be: "Michon-Derkzen" by surname,
// "Diederik van Dijk" by roepnaam and surname. None when two members fit.
const TkPersoonRecord* persoon_named(const TkStore& s, const Index& ix, const std::string& name, TkId& id_out) {
  std::string key = lower(name);
  std::vector<TkId> fits;
  auto by_surname = ix.personen_by_surname.find(key);
  if (by_surname != ix.personen_by_surname.end()) fits = by_surname->second;
  if (fits.empty()) {
    // "Diederik van Dijk": the first word a roepnaam
    std::size_t space = key.find(' ');
    if (space != std::string::npos) {
      auto rest = ix.personen_by_surname.find(key.substr(space + 1));
      if (rest != ix.personen_by_surname.end())
        for (TkId id : rest->second)
          if (lower(s.personen.at(id).roepnaam) == key.substr(0, space)) fits.push_back(id);
    }
  }
  if (fits.size() != 1) return nullptr;
  id_out = fits.front();
  return &s.personen.at(fits.front());
}

std::vector<TkIndiener> indieners_of(const TkStore& s, const Index& ix, TkId zaak_id,
                                     const TkZaakRecord& zaak) {
  std::vector<TkIndiener> out;
  auto actors = ix.actors_of_zaak.find(zaak_id);
  if (actors != ix.actors_of_zaak.end()) {
    for (TkId aid : actors->second) {
      const TkZaakActorRecord& a = s.zaak_actors.at(aid);
      if (a.relatie != "Indiener" && a.relatie != "Medeindiener") continue;
      TkIndiener who;
      who.relatie = a.relatie;
      who.name = a.actor_naam;
      who.fractie = a.actor_fractie;
      auto p = s.personen.find(a.persoon_id);
      if (p != s.personen.end()) {
        who.full_name = full_name(p->second);
        if (who.name.empty()) who.name = surname_of(p->second);
      }
      auto f = s.fracties.find(a.fractie_id);
      if (who.fractie.empty() && f != s.fracties.end()) who.fractie = f->second.afkorting;
      out.push_back(std::move(who));
    }
    std::stable_sort(out.begin(), out.end(), [](const TkIndiener& a, const TkIndiener& b) {
      return (a.relatie == "Indiener") > (b.relatie == "Indiener");
    });
    if (!out.empty()) return out;
  }
  for (const std::string& name : tk_indiener_names(zaak.onderwerp)) {
    TkIndiener who;
    who.name = name;
    TkId persoon_id;
    if (const TkPersoonRecord* p = persoon_named(s, ix, name, persoon_id)) {
      who.full_name = full_name(*p);
      auto f = ix.fracties_of_persoon.find(persoon_id);
      if (f != ix.fracties_of_persoon.end() && f->second.size() == 1) who.fractie = *f->second.begin();
    }
    out.push_back(std::move(who));
  }
  return out;
}

int vote_rank(const std::string& vote) {
  if (vote == "Voor") return 0;
  if (vote == "Tegen") return 1;
  return 2;
}

// The votes of one Besluit. A vote recorded twice (two crawls, or the live
// duplicates of OpenDataPortaal issue #167) counts once: the newest record
// per fractie (fractie vote) or per member (hoofdelijk).
std::optional<TkVotes> votes_of(const TkStore& s, const Index& ix, TkId besluit_id,
                                const TkBesluitRecord& besluit) {
  auto found = ix.stemmingen.find(besluit_id);
  if (found == ix.stemmingen.end() || found->second.empty()) return std::nullopt;
  std::map<std::pair<TkId, std::string>, const TkStemmingRecord*> newest;  // (persoon, fractie) -> vote
  bool hoofdelijk = besluit.stemmingssoort == "Hoofdelijk";
  for (TkId id : found->second) {
    const TkStemmingRecord& st = s.stemmingen.at(id);
    std::string fractie = st.actor_fractie;
    if (fractie.empty()) {
      auto f = s.fracties.find(st.fractie_id);
      fractie = f != s.fracties.end() ? f->second.afkorting : s.ids.text(st.fractie_id);
    }
    if (!st.persoon_id.empty()) hoofdelijk = true;
    auto [slot, inserted] = newest.try_emplace({st.persoon_id, fractie}, &st);
    if (!inserted && st.version > slot->second->version) slot->second = &st;
  }
  TkVotes votes;
  votes.hoofdelijk = hoofdelijk;
  std::map<std::pair<std::string, std::string>, TkFractieVote> grouped;  // (fractie, vote)
  for (const auto& [key, st] : newest) {
    // hoofdelijk: one member, one vote; else the fractie's seats (a
    // FractieGrootte outside the Kamer's 0..150 is no fractie's: kept in range)
    int seats = hoofdelijk ? 1 : std::clamp(st->fractie_grootte, 0, kKamerSeats);
    TkFractieVote& g = grouped[{key.second, st->soort}];
    g.fractie = key.second;
    g.vote = st->soort;
    g.seats += seats;
    g.vergissing = g.vergissing || st->vergissing;
    if (st->soort == "Voor") votes.voor += seats;
    else if (st->soort == "Tegen") votes.tegen += seats;
    else votes.niet_deelgenomen += seats;
  }
  for (auto& [key, g] : grouped) votes.by_fractie.push_back(std::move(g));
  std::sort(votes.by_fractie.begin(), votes.by_fractie.end(), [](const TkFractieVote& a, const TkFractieVote& b) {
    if (vote_rank(a.vote) != vote_rank(b.vote)) return vote_rank(a.vote) < vote_rank(b.vote);
    if (a.seats != b.seats) return a.seats > b.seats;
    return a.fractie < b.fractie;
  });
  votes.complete = votes.voor + votes.tegen + votes.niet_deelgenomen == kKamerSeats;
  return votes;
}

std::string activiteit_date(const TkStore& s, const TkBesluitRecord& b) {
  auto ap = s.agendapunten.find(b.agendapunt_id);
  if (ap == s.agendapunten.end()) return {};
  auto act = s.activiteiten.find(ap->second.activiteit_id);
  return act == s.activiteiten.end() ? std::string() : iso_date(act->second.datum);
}

// The Besluiten that are this Zaak's for certain: its own relation, and every
// Besluit of an Agendapunt that deals with this one Zaak only.
std::vector<TkId> certain_besluiten(const TkStore& s, const Index& ix, TkId zaak_id, std::string& how) {
  std::vector<TkId> out;
  auto own = ix.besluiten_of_zaak.find(zaak_id);
  if (own != ix.besluiten_of_zaak.end())
    for (TkId b : own->second)
      if (s.besluiten.count(b) && !s.besluiten.at(b).verwijderd) out.push_back(b);
  if (!out.empty()) {
    how = "zaak";
    return out;
  }
  auto single = ix.single_zaak_agendapunten.find(zaak_id);
  if (single != ix.single_zaak_agendapunten.end())
    for (TkId ap : single->second) {
      auto bs = ix.besluiten_of_agendapunt.find(ap);
      if (bs != ix.besluiten_of_agendapunt.end()) out.insert(out.end(), bs->second.begin(), bs->second.end());
    }
  std::sort(out.begin(), out.end());
  if (!out.empty()) how = "agendapunt";
  return out;
}

}  // namespace

// BesluitSoort and BesluitTekst as the Kamer writes them:
//   "Stemmen - aangenomen" / "Aangenomen." / "Aangenomen (73-71)."  -> aangenomen
//   "Stemmen - verworpen"  / "Verworpen." / "Verworpen. (50-94)"    -> verworpen
//   "Aangehouden." (a motion held back), "Ingetrokken."             -> aangehouden, ingetrokken
// Near misses, no decision of SPEC section 3: "Stemmen - gestaakt",
// "Verzoek - bewindspersoon verzoeken om ...".
std::string decision_of_besluit(std::string_view soort, std::string_view tekst) {
  for (std::string_view text : {soort, tekst}) {
    std::string t = lower(text);
    for (const char* decision : {"aangenomen", "verworpen", "aangehouden", "ingetrokken"}) {
      std::size_t at = t.find(decision);
      // the word itself, first in the text or after "stemmen - "
      if (at == 0 || (at != std::string::npos && starts_with(t, "stemmen - ") && at == 10)) return decision;
    }
  }
  return {};
}

// The members a Zaak's Onderwerp names:
//   "Motie van het lid Michon-Derkzen over een werkbare definitie ..."  -> Michon-Derkzen
//   "Motie van het lid Michon-Derkzen c.s. over onderzoeken of ..."     -> Michon-Derkzen
//   "Motie van de leden Omtzigt en Mutluer over bij de herziening ..."  -> Omtzigt, Mutluer
//   "Gewijzigde motie van de leden Van Nispen en Ellian over ..."       -> Van Nispen, Ellian
//   "Motie van de leden Diederik van Dijk en Boswijk over overleg ..."  -> Diederik van Dijk, Boswijk
// Near misses, no names: "Motie ingediend bij het debat over ..." (an
// Agendapunt's Onderwerp), an Onderwerp without " over ".
std::vector<std::string> tk_indiener_names(std::string_view onderwerp) {
  std::vector<std::string> names;
  std::string text = lower(onderwerp);
  std::size_t start = std::string::npos;
  for (std::string_view lead : {"motie van het lid ", "motie van de leden "}) {
    std::size_t at = text.find(lead);
    if (at != std::string::npos && (at == 0 || starts_with(std::string_view(text).substr(0, at), "gewijzigde ")))
      start = at + lead.size();
  }
  if (start == std::string::npos) return names;
  std::size_t over = text.find(" over ", start);
  if (over == std::string::npos) return names;
  std::string_view list = onderwerp.substr(start, over - start);
  if (list.size() >= 5 && lower(list.substr(list.size() - 5)) == " c.s.") list.remove_suffix(5);
  // "A, B en C"
  std::string all(list);
  for (std::size_t at; (at = all.find(" en ")) != std::string::npos;) all.replace(at, 4, ",");
  std::size_t from = 0;
  while (from <= all.size()) {
    std::size_t comma = all.find(',', from);
    std::string name = trim(std::string_view(all).substr(from, comma == std::string::npos ? std::string::npos : comma - from));
    if (!name.empty()) names.push_back(name);
    if (comma == std::string::npos) break;
    from = comma + 1;
  }
  return names;
}

TkLinked link_tk_records(const TkStore& s) {
  TkLinked out;
  Index ix = build_index(s);
  std::map<std::string, TkMotion> motions;
  std::size_t without_kst = 0;

  std::vector<TkId> zaak_ids;
  for (const auto& [id, z] : s.zaken) zaak_ids.push_back(id);
  std::sort(zaak_ids.begin(), zaak_ids.end(), [&](TkId a, TkId b) {
    return s.zaken.at(a).nummer != s.zaken.at(b).nummer ? s.zaken.at(a).nummer < s.zaken.at(b).nummer : a < b;
  });
  for (TkId zaak_id : zaak_ids) {
    const TkZaakRecord& zaak = s.zaken.at(zaak_id);
    if (zaak.verwijderd) continue;
    auto docs = s.zaak_documents.find(zaak_id);
    std::vector<TkId> doc_ids = docs == s.zaak_documents.end() ? std::vector<TkId>() : docs->second.ids;
    // the motion's own Document: a Motie document with its kst id
    const TkDocumentRecord* motion_doc = nullptr;
    std::string kst;
    for (TkId d : doc_ids) {
      auto doc = s.documents.find(d);
      auto k = ix.kst_of_document.find(d);
      if (doc == s.documents.end() || doc->second.verwijderd || k == ix.kst_of_document.end()) continue;
      bool motie = starts_with(lower(doc->second.soort), "motie");
      if (!motion_doc || motie) {
        motion_doc = &doc->second;
        kst = k->second;
      }
      if (motie) break;
    }
    bool is_motion = starts_with(lower(zaak.soort), "motie") ||
                     (motion_doc && starts_with(lower(motion_doc->soort), "motie"));
    if (!is_motion) continue;
    if (!motion_doc) {
      ++without_kst;
      continue;
    }
    if (motions.count(kst)) {
      out.notes.push_back(kst + ": a second Zaak (" + zaak.nummer + ") for the same motion; the first (" +
                          motions[kst].zaak + ") kept");
      continue;
    }
    TkMotion m;
    m.id = kst;
    m.zaak = zaak.nummer;
    m.tk_document = motion_doc->nummer;
    m.onderwerp = trim(zaak.onderwerp);
    m.kabinetsappreciatie = zaak.kabinetsappreciatie;
    m.dossier = dossier_of(kst);
    m.dossier_title = zaak.titel;
    const TkId dossier_id = !zaak.kamerstukdossier_id.empty() ? zaak.kamerstukdossier_id : motion_doc->kamerstukdossier_id;
    auto dossier = s.dossiers.find(dossier_id);
    if (dossier != s.dossiers.end() && !dossier->second.verwijderd && !dossier->second.titel.empty())
      m.dossier_title = dossier->second.titel;
    m.indieners = indieners_of(s, ix, zaak_id, zaak);

    std::string how;
    std::vector<TkId> besluiten = certain_besluiten(s, ix, zaak_id, how);
    // several certain Besluiten (held back first, voted later): the one with
    // votes, then the latest by date, then by version
    const TkBesluitRecord* best = nullptr;
    TkId best_id;
    std::string best_date;
    bool best_voted = false;
    for (TkId b : besluiten) {
      const TkBesluitRecord& rec = s.besluiten.at(b);
      bool voted = ix.stemmingen.count(b) > 0;
      std::string date = activiteit_date(s, rec);
      bool better = !best || (voted != best_voted ? voted
                                                  : (date != best_date ? date > best_date : rec.version > best->version));
      if (better) {
        best = &rec;
        best_id = b;
        best_date = date;
        best_voted = voted;
      }
    }
    if (!best) {
      m.note = "vote not linked";
    } else {
      m.link = how;
      m.besluit_soort = best->soort;
      m.besluit_tekst = best->tekst;
      m.decision = decision_of_besluit(best->soort, best->tekst);
      m.date = best_date;
      auto ap = s.agendapunten.find(best->agendapunt_id);
      if (ap != s.agendapunten.end()) m.agendapunt = ap->second.nummer;
      m.votes = votes_of(s, ix, best_id, *best);
      if (m.votes && !m.votes->complete) m.note = "votes incomplete";
    }
    motions.emplace(kst, std::move(m));
  }
  if (without_kst > 0)
    out.notes.push_back(std::to_string(without_kst) +
                        " motion Zaken with no Document carrying a kst id (not yet published, or the Document is not in the input) left out");
  for (auto& [id, m] : motions) out.motions.push_back(std::move(m));

  for (const auto& [id, t] : s.toezeggingen) {
    if (t.verwijderd) continue;
    if (t.nummer.empty()) {
      out.notes.push_back("a Toezegging without Nummer (" + s.ids.text(id) + ") left out");
      continue;
    }
    TkToezegging r;
    r.nummer = t.nummer;
    r.tekst = t.tekst;
    r.status = t.status;
    r.aanmaakdatum = iso_date(t.aanmaakdatum);
    r.datum_nakoming = iso_date(t.datum_nakoming);
    r.kamerbrief_nakoming = t.kamerbrief_nakoming;
    r.ministerie = t.ministerie;
    r.bewindspersoon = t.naam.empty() ? t.functie : (t.functie.empty() ? t.naam : t.naam + ", " + t.functie);
    r.activiteit = t.activiteit_nummer;
    auto act = ix.activiteit_by_nummer.find(t.activiteit_nummer);
    if (act != ix.activiteit_by_nummer.end()) {
      r.activiteit_date = iso_date(s.activiteiten.at(act->second).datum);
      r.activiteit_onderwerp = s.activiteiten.at(act->second).onderwerp;
    }
    out.toezeggingen.push_back(std::move(r));
  }
  std::sort(out.toezeggingen.begin(), out.toezeggingen.end(),
            [](const TkToezegging& a, const TkToezegging& b) { return a.nummer < b.nummer; });
  return out;
}

}  // namespace kamerref
