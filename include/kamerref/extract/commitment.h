#pragma once
// Toezeggingen (SPEC section 1, kind `commitment`, id
// `commitment-<document-id>-<n>`, n counting from 1 in text order): promises
// to the Kamer made, cited or fulfilled in a document. One commitment per
// sentence. CommitmentInfo carries role, due text and window (the window
// rules are in dates.h, find_due_window), topic, vehicle, made_to, made_at.
//
// made: a delivery to the Kamer (`uw Kamer`, `de Kamer`, `u` in a letter to
//   the Kamer, or a letter to the Kamer as the vehicle) in the future tense:
//   `Ik zal uw Kamer in het voorjaar van 2026 informeren over ...`
//   `Over de ontwikkelingen hieromtrent zal ik uw Kamer in de volgende voortgangsbrief ... informeren`
//   `Eind 2026 zal ik uw Kamer nader informeren`
//   `Ik streef ernaar om uw Kamer hierover eind dit jaar nader te informeren`
//   `In het voorjaar van 2018 wordt uw Kamer geïnformeerd` (a passive needs a time or `zal`)
//   `In een volgende Kamerbrief in het najaar zal ik u informeren`
//   `Het eindrapport zal in het najaar van 2026 aan uw Kamer worden aangeboden`
// cited: a promise made earlier:
//   `Toezegging gedaan aan het lid van der Werf (D66) tijdens het plenair debat ... op 21 december 2022`
//   `..., zoals is toegezegd tijdens het Wetgevingsoverleg Digitale Zaken van 2 maart jl., ...`
//   `U en uw voorganger hebben in diverse Kamerdebatten toegezegd medio 2023 ...`
// fulfilled: the document keeps a promise:
//   `Hiermee geef ik gehoor aan de toezegging uw Kamer dit voorjaar hierover te informeren`
//   `Zoals toegezegd informeer ik uw Kamer hierbij over ...`
//   `Met deze brief ontvangt u ... en komen wij tegemoet aan enkele toezeggingen en moties`
// Not a commitment: `In deze brief informeer ik u ...` (present), `Hierover heb ik
// u nader geïnformeerd` (past), `Ik zal het rapport ... betrekken` (no delivery to
// the Kamer), `De Tweede Kamer wordt geïnformeerd over ...` (a passive without a
// time: describes the letter itself), questions (`Bent u bereid de Kamer te informeren?`),
// `verzoekt de regering de Kamer hierover te informeren` (a motion's request).
//
// Topic: the `over ...` phrase (`informeren over de voortgang`, `Over de
// ontwikkelingen hieromtrent zal ik ...`), `ingaan op ...`; for `hierover` the
// previous sentence; in a footnote the sentence that carries its marker; else
// the sentence's subject (`Het eindrapport zal ...`), else the sentence.
#include <span>
#include <vector>

#include "kamerref/extract/anchors.h"
#include "kamerref/extract/context.h"
#include "kamerref/extract/reference.h"

namespace kamerref {

void extract_commitments(const ExtractContext& ctx, std::vector<Reference>& out);

// The gazetteers the module's patterns start from, searched in the one pass (anchors.h).
std::span<const DictionaryAnchor> commitment_dictionaries();

}  // namespace kamerref
