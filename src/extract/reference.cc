#include "kamerref/extract/reference.h"

namespace kamerref {
namespace {
struct KindName {
  RefKind kind;
  std::string_view name;
};
constexpr KindName kKindNames[] = {
    {RefKind::kamerstuk, "kamerstuk"},     {RefKind::dossier, "dossier"},
    {RefKind::handelingen, "handelingen"}, {RefKind::aanhangsel, "aanhangsel"},
    {RefKind::tk_document, "tk-document"}, {RefKind::tk_zaak, "tk-zaak"},
    {RefKind::motion, "motion"},           {RefKind::eu, "eu"},
    {RefKind::report, "report"},           {RefKind::law, "law"},
    {RefKind::letter, "letter"},           {RefKind::debate, "debate"},
    {RefKind::commitment, "commitment"},
};
}  // namespace

std::string_view to_string(RefKind kind) {
  for (const KindName& k : kKindNames)
    if (k.kind == kind) return k.name;
  return "unknown";
}

std::optional<RefKind> ref_kind_from_string(std::string_view name) {
  for (const KindName& k : kKindNames)
    if (k.name == name) return k.kind;
  return std::nullopt;
}

void Reference::set_attr(std::string key, std::string value) {
  for (auto& [k, v] : attrs) {
    if (k == key) {
      v = std::move(value);
      return;
    }
  }
  attrs.emplace_back(std::move(key), std::move(value));
}

std::string_view Reference::attr(std::string_view key) const {
  for (const auto& [k, v] : attrs)
    if (k == key) return v;
  return {};
}

}  // namespace kamerref
