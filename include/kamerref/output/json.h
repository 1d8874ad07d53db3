#pragma once
// SPEC section 2: one JSON object per document, one per line.
#include <string>

#include <nlohmann/json.hpp>

#include "kamerref/extract/reference.h"

namespace kamerref {

nlohmann::ordered_json to_json(const Reference& ref);
nlohmann::ordered_json to_json(const DocumentInfo& info);
nlohmann::ordered_json to_json(const Extraction& extraction);
// One line of `extract --json` output, without the newline.
std::string to_json_line(const Extraction& extraction);

}  // namespace kamerref
