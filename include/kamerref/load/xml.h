#pragma once
// officielebekendmakingen XML (<officiele-publicatie>) -> plain text.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kamerref/load/document.h"
#include "kamerref/load/normalize.h"

namespace kamerref {

// Body text in document order, one line per block element (<al>, <titel>,
// <tekstregel>, ...). A <noot> becomes a superscript marker where it stands
// and its text a `¹ ...` line at the end, so the footnote finder sees the
// same shape as in other formats. <meta name content> pairs go to
// `metadata`, and what the body says about the stuk itself (dossier number,
// ondernummer, title, date) to `official`. Offsets map to the UTF-8 input.
// Throws LoadError when the XML is not well-formed, and refuses DTDs with
// entity declarations.
Stage xml_to_text(std::string_view utf8, std::vector<std::pair<std::string, std::string>>& metadata,
                  OfficialBody& official);

}  // namespace kamerref
