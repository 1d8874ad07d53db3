#include "kamerref/load/pdf.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <memory>
#include <vector>

#include "kamerref/load/load.h"

namespace kamerref {

std::string pdf_text_layer(std::string_view bytes) {
  // poppler wants a mutable buffer it may keep pointers into; give it a copy
  // that outlives the document.
  // poppler reports syntax errors of damaged files on stderr by default; the
  // LoadError below is our report, so its chatter is dropped.
  poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
  std::vector<char> buffer(bytes.begin(), bytes.end());
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(buffer.data(), static_cast<int>(buffer.size())));
  if (!doc) throw LoadError("not a readable PDF (corrupt or truncated)");
  if (doc->is_locked()) throw LoadError("encrypted PDF; kamerref does not read locked files");
  std::string text;
  bool any_text = false;
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (page) {
      poppler::byte_array utf8 = page->text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
      for (char c : utf8) {
        if (c != ' ' && c != '\n' && c != '\r' && c != '\f') any_text = true;
      }
      text.append(utf8.begin(), utf8.end());
    }
    // poppler may end a page with its own form feed; make it exactly one
    while (!text.empty() && (text.back() == '\f' || text.back() == '\n')) text.pop_back();
    text += "\n\f";
  }
  if (!any_text)
    throw LoadError("PDF has no text layer (a scan?); run OCR first, e.g. ocrmypdf");
  return text;
}

}  // namespace kamerref
