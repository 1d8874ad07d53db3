#include "kamerref/analyse/kamer_official.h"

namespace kamerref {

void apply_tk_record(KamerDecision& kamer, const TkMotion& record) {
  kamer.zaak = record.zaak;
  kamer.tk_document = record.tk_document;
  kamer.kabinetsappreciatie = record.kabinetsappreciatie;
  kamer.note = record.note;
  kamer.indieners = record.indieners;
  if (record.votes) {
    KamerVotes votes;
    votes.voor = record.votes->voor;
    votes.tegen = record.votes->tegen;
    votes.niet_deelgenomen = record.votes->niet_deelgenomen;
    votes.complete = record.votes->complete;
    for (const TkFractieVote& f : record.votes->by_fractie) votes.by_fractie.push_back({f.fractie, f.vote, f.seats, f.vergissing});
    kamer.votes = std::move(votes);
  }
  if (record.decision.empty()) {
    // nothing certain in the data: the texts' word stands
    if (kamer.decision.empty() && !record.link.empty()) {
      // a Besluit linked for certain, but none of SPEC's decisions ("Stemmen - gestaakt")
      kamer.date = record.date;
      kamer.source = "tk-opendata";
      kamer.quote = record.besluit_tekst;
    }
    return;
  }
  if (!kamer.decision.empty() && kamer.decision != record.decision) kamer.conflict = static_cast<KamerStatement>(kamer);
  kamer.decision = record.decision;
  kamer.date = record.date;
  kamer.source = "tk-opendata";
  kamer.quote = record.besluit_tekst;
  kamer.replaced_by.clear();
}

}  // namespace kamerref
