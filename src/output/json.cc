#include "kamerref/output/json.h"

namespace kamerref {
namespace {

void put_if(nlohmann::ordered_json& j, const char* key, const std::string& value) {
  if (!value.empty()) j[key] = value;
}

}  // namespace

nlohmann::ordered_json to_json(const DocumentInfo& info) {
  nlohmann::ordered_json j = nlohmann::ordered_json::object();
  j["id"] = info.id;
  put_if(j, "title", info.title);
  put_if(j, "date", info.date);
  put_if(j, "type", info.type);
  put_if(j, "kenmerk", info.kenmerk);
  put_if(j, "dossier", info.dossier);
  put_if(j, "vergaderjaar", info.vergaderjaar);
  put_if(j, "tk_nummer", info.tk_nummer);
  put_if(j, "rijkswet", info.rijkswet);
  if (!info.signatories.empty()) j["signatories"] = info.signatories;
  if (!info.indieners.empty()) j["indieners"] = info.indieners;
  if (!info.verzoeken.empty()) j["verzoeken"] = info.verzoeken;
  return j;
}

nlohmann::ordered_json to_json(const Reference& ref) {
  nlohmann::ordered_json j;
  j["kind"] = std::string(to_string(ref.kind));
  j["id"] = ref.id;
  j["text"] = ref.text;
  j["start"] = ref.source.begin;
  j["end"] = ref.source.end;
  j["line"] = ref.line;
  if (ref.footnote) j["footnote"] = *ref.footnote;
  nlohmann::ordered_json attrs = nlohmann::ordered_json::object();
  for (const auto& [k, v] : ref.attrs) attrs[k] = v;
  j["attrs"] = attrs;
  if (ref.motion) {
    const MotionInfo& m = *ref.motion;
    nlohmann::ordered_json mj;
    mj["indieners"] = m.indieners;
    put_if(mj, "party", m.party);
    put_if(mj, "subject", m.subject);
    put_if(mj, "date", m.date);
    mj["relation"] = m.relation;
    if (m.gewijzigd) mj["gewijzigd"] = true;
    put_if(mj, "replaces", m.replaces);
    put_if(mj, "bound_by", m.bound_by);
    j["motion"] = mj;
  }
  if (ref.commitment) {
    const CommitmentInfo& c = *ref.commitment;
    nlohmann::ordered_json cj;
    cj["role"] = c.role;
    put_if(cj, "due_text", c.due_text);
    if (!c.due_from.empty()) cj["due"] = {{"from", c.due_from}, {"to", c.due_to}};
    put_if(cj, "topic", c.topic);
    put_if(cj, "vehicle", c.vehicle);
    put_if(cj, "made_to", c.made_to);
    put_if(cj, "made_at", c.made_at);
    j["commitment"] = cj;
  }
  j["sentence"] = ref.sentence;
  return j;
}

nlohmann::ordered_json to_json(const Extraction& extraction) {
  nlohmann::ordered_json j;
  j["file"] = extraction.file;
  j["document"] = to_json(extraction.document);
  nlohmann::ordered_json refs = nlohmann::ordered_json::array();
  for (const Reference& r : extraction.references) refs.push_back(to_json(r));
  j["references"] = refs;
  if (!extraction.warnings.empty()) j["warnings"] = extraction.warnings;
  return j;
}

std::string to_json_line(const Extraction& extraction) {
  // invalid UTF-8 cannot reach here (the loader decodes), but never throw on output
  return to_json(extraction).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace kamerref
