#pragma once
// Text that many edges of the graph hold the same copy of: the file of a
// document (every edge it starts), the sentence of a reference (every edge
// that reference and its neighbours in the sentence make, the submitted-by
// edges of a motion). Copies share one string, so a graph of 10^6 documents
// holds each once instead of once per edge (a quarter of its memory).
#include <memory>
#include <string>
#include <string_view>
#include <utility>

namespace kamerref {

class SharedText {
 public:
  SharedText() = default;
  // implicit, so that `evidence.file = "brief.txt"` reads as it would for a string
  SharedText(std::string text) : text_(text.empty() ? nullptr : std::make_shared<const std::string>(std::move(text))) {}
  SharedText(const char* text) : SharedText(std::string(text)) {}

  const std::string& str() const { return text_ ? *text_ : empty_string(); }
  operator const std::string&() const { return str(); }
  bool empty() const { return str().empty(); }
  std::size_t size() const { return str().size(); }

  friend bool operator==(const SharedText& a, const SharedText& b) { return a.str() == b.str(); }
  friend bool operator==(const SharedText& a, std::string_view b) { return a.str() == b; }
  friend bool operator==(const SharedText& a, const char* b) { return a.str() == b; }

 private:
  static const std::string& empty_string() {
    static const std::string empty;
    return empty;
  }
  std::shared_ptr<const std::string> text_;
};

}  // namespace kamerref
