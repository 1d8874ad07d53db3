#pragma once
// PDF text layer through poppler-cpp.
#include <string>
#include <string_view>

namespace kamerref {

// The text layer of a PDF as UTF-8, pages in order, each page ended by a
// form feed ('\f'). Throws LoadError for a corrupt or encrypted PDF or one
// without a text layer (a scan).
std::string pdf_text_layer(std::string_view bytes);

}  // namespace kamerref
