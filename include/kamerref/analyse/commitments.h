#pragma once
// Commitment audit (SPEC section 3): every toezegging made in a document of
// the corpus, when it is due, and whether a later document keeps it.
//
// A promise is `fulfilled` when a later document (dated after the promise and
// no later than the as-of date):
//  1. says so: it fulfils a toezegging (`Hiermee geef ik gehoor aan de
//     toezegging ...`) bound to this commitment's id, or whose topic matches
//     this promise's topic, provided their due windows (when both have one)
//     overlap; or
//  2. addresses the topic in the promised vehicle: the promise names a carrier
//     (`in de volgende voortgangsbrief over de Versterkte Aanpak Online`), the
//     later document is one (its title names the same series word and, when the
//     promise names one, the same programme -- `VAO` and `Versterkte Aanpak
//     Online` are one; `de volgende voortgangsbrief` alone means the series of
//     the promising document; a `Kamerbrief` is any letter), and one of its
//     sentences matches the promise's topic. That sentence is the quote.
//     Sentences that are themselves promises of the later document do not count.
// A promise kept after its due window ended is `fulfilled-late`. Otherwise
// it is `overdue` when its due window ended before the as-of date,
// `no-deadline` when it names no time, else `open`.
//
// Topic matching is analyse/topic.h: content stems weighted by rarity in the
// corpus, at least two shared and a quarter of the topic's weight. A topic that
// points back (`Over de ontwikkelingen hieromtrent zal ik ...`) or has no
// content words takes the words of the sentence before it in the same
// paragraph (and the one before that while a sentence opens with `Hierbij`,
// `Dit`, ...), read from the document's text; when that gives nothing either,
// the promise's own words without those naming the vehicle. Of the passages of
// a later document that match, the one carrying the most weight is quoted;
// headings and the letterhead (which repeats the title) are no passages.
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "kamerref/graph/graph.h"

namespace kamerref {

struct Fulfilment {
  std::string document;
  std::string file;
  std::string date;
  std::string quote;
  std::string how;  // "says so", or "in the promised <vehicle>"
};

// The official register's record of a promise (SPEC section 3, `register`):
// an imported Toezegging matched to this commitment (analyse/register.h).
struct CommitmentRegister {
  std::string nummer;  // TZ202502-117
  std::string status;  // Openstaand, Voldaan, ...
  std::string due;     // DatumNakoming, ISO; empty for none
  std::string source;  // tk-opendata
  std::string how;     // how it was matched: "same debate (2022-12-21)"
  std::vector<std::string> kamerbrief_nakoming;  // the letters that fulfilled it, tk-document numbers
};

struct CommitmentFinding {
  std::string id;
  std::string document;  // where it was made
  std::string file;
  std::string date;
  std::string quote;
  std::string topic;
  std::string due_text;
  std::string due_from;  // ISO; empty when the promise names no time
  std::string due_to;
  std::string vehicle;
  std::string status;  // fulfilled, fulfilled-late, open, no-deadline, overdue
  std::vector<Fulfilment> fulfilled_by;
  std::optional<CommitmentRegister> register_entry;  // the register's Toezegging, where imported and matched
};

struct CommitmentAuditOptions {
  std::string as_of;  // ISO date
};

// file -> normalised text of the corpus documents (Corpus::texts). Documents
// without text are searched in the sentences their references stand in.
using DocumentTexts = std::unordered_map<std::string, std::string>;

// By date of the promise, then document, then number.
std::vector<CommitmentFinding> audit_commitments(const ReferenceGraph& graph, const DocumentTexts& texts,
                                                 const CommitmentAuditOptions& options);

}  // namespace kamerref
