#include "kamerref/output/table.h"

#include <algorithm>
#include <sstream>

namespace kamerref {
namespace {

std::string one_line(std::string_view s, std::size_t max) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  if (out.size() > max) {
    out.resize(max);
    while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
    if (!out.empty()) out.pop_back();
    out += "...";
  }
  return out;
}

}  // namespace

std::string format_table(const Extraction& e) {
  std::ostringstream out;
  const DocumentInfo& d = e.document;
  out << e.file << '\n';
  out << "  document " << d.id;
  if (!d.type.empty()) out << "  type " << d.type;
  if (!d.date.empty()) out << "  date " << d.date;
  if (!d.kenmerk.empty()) out << "  kenmerk " << d.kenmerk;
  out << '\n';
  if (!d.title.empty()) out << "  title    " << one_line(d.title, 100) << '\n';
  std::size_t kind_w = 4, id_w = 2;
  for (const Reference& r : e.references) {
    kind_w = std::max(kind_w, to_string(r.kind).size());
    id_w = std::max(id_w, std::min<std::size_t>(r.id.size(), 48));
  }
  for (const Reference& r : e.references) {
    std::string line = std::to_string(r.line);
    out << "  " << std::string(line.size() < 5 ? 5 - line.size() : 0, ' ') << line << "  ";
    std::string kind(to_string(r.kind));
    out << kind << std::string(kind_w - kind.size(), ' ') << "  ";
    out << r.id << std::string(r.id.size() < id_w ? id_w - r.id.size() : 0, ' ') << "  ";
    out << one_line(r.text, 70);
    if (r.footnote) out << "  [fn " << *r.footnote << ']';
    out << '\n';
  }
  if (e.references.empty()) out << "  (no references)\n";
  out << '\n';
  return out.str();
}

}  // namespace kamerref
