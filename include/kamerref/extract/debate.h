#pragma once
// Debates and meetings (SPEC section 1, kind `debate`, id
// `debate-<slug>-<YYYY-MM-DD>`): a named debate or meeting with the day it
// was (or will be) held. The slug is the kind of meeting and its title as
// written (`Commissiedebat Terrorisme en Extremisme op 7 juni 2023` ->
// `debate-commissiedebat-terrorisme-en-extremisme-2023-06-07`); an adjective
// in front (`het ministeriële EU Internet Forum`) is not part of it.
// A day without a year resolves against the document date (`5 maart jl.` the
// last 5 March up to the document, `dat gepland staat op 17 december` and
// `a.s.` the next); a document without a date gives `debate-<slug>` rather
// than a guessed year.
//
// Forms (tests/extract/debate_test.cc):
//   `Commissiedebat Terrorisme en Extremisme op 7 juni 2023`
//   `het Commissiedebat Terrorisme/Extremisme dat gepland staat op 17 december 2024`
//   `het plenair debat inzake de Uitvoeringswet verordening terroristische online-inhoud op 21 december 2022`
//   `de JBZ-Raad van 5 maart jl.`, `het Wetgevingsoverleg Digitale Zaken van 2 maart jl.`
//   `de begrotingsbehandeling van JenV (29 januari jl.)`, `het ministeriële EU Internet Forum op 4 maart jl.`
//   `de ministerraad van 7 november jl.`
// Not a debate: a debate without a day (`in diverse Kamerdebatten`, `het publieke
// debat`), `de Raad van State van 5 maart` (an adviser, not a meeting).
#include <span>
#include <vector>

#include "kamerref/extract/anchors.h"
#include "kamerref/extract/context.h"
#include "kamerref/extract/reference.h"

namespace kamerref {

void extract_debates(const ExtractContext& ctx, std::vector<Reference>& out);

// The literals the module's patterns stand next to (anchors.h).
std::span<const AnchorLiteral> debate_anchors();

// The gazetteers the module's patterns start from, searched in the one pass (anchors.h).
std::span<const DictionaryAnchor> debate_dictionaries();

}  // namespace kamerref
