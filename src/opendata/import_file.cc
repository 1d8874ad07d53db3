#include "kamerref/opendata/import_file.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>

#include <pugixml.hpp>

#include "kamerref/load/inputs.h"

namespace kamerref {
namespace {

using ojson = nlohmann::ordered_json;

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The API's $metadata (EDMX): which entity each navigation property of each
// entity set leads to,
//   <EntitySet Name="Besluit" ...><NavigationPropertyBinding Path="Zaak" Target="Zaak" />
// Returns false for XML that is no EDMX (a motion publication).
bool read_metadata(const std::string& path, TkStore& store, std::string& error) {
  pugi::xml_document doc;
  pugi::xml_parse_result parsed = doc.load_file(path.c_str());
  if (!parsed) {
    error = std::string("malformed XML: ") + parsed.description() + " at byte " + std::to_string(parsed.offset);
    return false;
  }
  pugi::xml_node edmx = doc.document_element();
  if (std::string_view(edmx.name()) != "edmx:Edmx") return false;
  for (pugi::xpath_node set : doc.select_nodes("//*[local-name()='EntitySet']")) {
    std::string entity = set.node().attribute("Name").as_string();
    for (pugi::xml_node binding : set.node().children()) {
      if (std::string_view(binding.name()) != "NavigationPropertyBinding") continue;
      std::string target = binding.attribute("Target").as_string();
      store.navigation[{entity, binding.attribute("Path").as_string()}] = tk_entity_from_name(target);
    }
  }
  return true;
}

ojson text_or_null(const std::string& s) { return s.empty() ? ojson(nullptr) : ojson(s); }

std::string text_of(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

int int_of(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_number_integer() ? it->get<int>() : 0;
}

bool bool_of(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_boolean() && it->get<bool>();
}

}  // namespace

TkImportResult import_tk(const std::vector<std::string>& paths) {
  TkImportResult result;
  WalkFilter walk;
  walk.include = {"*.json"};  // OData pages, besides the document formats (the $metadata is .xml)
  Inputs inputs = collect_inputs(paths, walk);
  for (const InputProblem& p : inputs.problems) result.problems.push_back({p.path, p.message, true});
  // the $metadata first, so that every page is read knowing the navigation
  std::vector<std::string> json_files, xml_files;
  std::size_t other_files = 0;
  for (const std::string& f : inputs.files) {
    if (ends_with(f, ".xml")) xml_files.push_back(f);
    else if (ends_with(f, ".json")) json_files.push_back(f);
    else if (std::find(paths.begin(), paths.end(), f) != paths.end()) json_files.push_back(f);  // named: read it
    else ++other_files;
  }
  TkStore store;
  std::size_t not_metadata = 0;
  for (const std::string& f : xml_files) {
    std::string error;
    if (read_metadata(f, store, error)) {
      ++result.files;
    } else if (!error.empty() && std::find(paths.begin(), paths.end(), f) != paths.end()) {
      result.problems.push_back({f, error, true});
    } else {
      ++not_metadata;
    }
  }
  if (not_metadata > 0)
    result.problems.push_back({"", std::to_string(not_metadata) +
                                       " XML files are no $metadata (motion publications?): not read by the import; "
                                       "give them to extract or audit as documents",
                               false});
  if (other_files > 0)
    result.problems.push_back({"", std::to_string(other_files) + " other files (neither .json nor .xml) skipped", false});
  for (const std::string& f : json_files) {
    std::vector<ODataWarning> warnings;
    std::vector<std::string> record_warnings;
    std::size_t record = 0;
    try {
      read_odata_file(
          f,
          [&](TkEntity entity, const nlohmann::json& r) {
            ++record;
            std::size_t before = record_warnings.size();
            store.absorb(entity, r, record_warnings);
            for (std::size_t i = before; i < record_warnings.size(); ++i)
              warnings.push_back({record, record_warnings[i]});
          },
          warnings);
      ++result.files;
    } catch (const ODataError& e) {
      result.problems.push_back({f, e.what(), true});
    }
    for (const ODataWarning& w : warnings)
      result.problems.push_back(
          {w.record ? f + ": record " + std::to_string(w.record) : f, "warning: " + w.message, false});
  }
  result.counts = store.counts;
  result.linked = link_tk_records(store);
  return result;
}

std::string tk_header_line(const TkImportResult& r) {
  ojson j;
  j["tk"] = "import";
  j["source"] = "tk-opendata";
  j["files"] = r.files;
  j["records"] = r.counts.records;
  j["duplicates"] = r.counts.duplicates;
  j["motions"] = r.linked.motions.size();
  j["toezeggingen"] = r.linked.toezeggingen.size();
  j["notes"] = r.linked.notes;
  return j.dump(-1, ' ', false, ojson::error_handler_t::replace);
}

std::string to_json_line(const TkMotion& m) {
  ojson j;
  j["tk"] = "motion";
  j["id"] = m.id;
  j["zaak"] = text_or_null(m.zaak);
  j["tk_document"] = text_or_null(m.tk_document);
  j["dossier"] = text_or_null(m.dossier);
  j["dossier_title"] = text_or_null(m.dossier_title);
  j["onderwerp"] = text_or_null(m.onderwerp);
  j["kabinetsappreciatie"] = text_or_null(m.kabinetsappreciatie);
  ojson indieners = ojson::array();
  for (const TkIndiener& i : m.indieners)
    indieners.push_back({{"name", i.name},
                         {"full_name", text_or_null(i.full_name)},
                         {"fractie", text_or_null(i.fractie)},
                         {"relatie", text_or_null(i.relatie)}});
  j["indieners"] = indieners;
  j["decision"] = text_or_null(m.decision);
  j["besluit_soort"] = text_or_null(m.besluit_soort);
  j["besluit_tekst"] = text_or_null(m.besluit_tekst);
  j["date"] = text_or_null(m.date);
  j["link"] = text_or_null(m.link);
  j["agendapunt"] = text_or_null(m.agendapunt);
  if (m.votes) {
    ojson v;
    v["voor"] = m.votes->voor;
    v["tegen"] = m.votes->tegen;
    v["niet_deelgenomen"] = m.votes->niet_deelgenomen;
    v["complete"] = m.votes->complete;
    v["hoofdelijk"] = m.votes->hoofdelijk;
    ojson by = ojson::array();
    for (const TkFractieVote& f : m.votes->by_fractie) {
      ojson fj{{"fractie", f.fractie}, {"vote", f.vote}, {"seats", f.seats}};
      if (f.vergissing) fj["vergissing"] = true;
      by.push_back(fj);
    }
    v["by_fractie"] = by;
    j["votes"] = v;
  } else {
    j["votes"] = nullptr;
  }
  j["note"] = text_or_null(m.note);
  return j.dump(-1, ' ', false, ojson::error_handler_t::replace);
}

std::string to_json_line(const TkToezegging& t) {
  ojson j;
  j["tk"] = "toezegging";
  j["nummer"] = t.nummer;
  j["tekst"] = text_or_null(t.tekst);
  j["status"] = text_or_null(t.status);
  j["aanmaakdatum"] = text_or_null(t.aanmaakdatum);
  j["due"] = text_or_null(t.datum_nakoming);
  j["kamerbrief_nakoming"] = t.kamerbrief_nakoming;
  j["ministerie"] = text_or_null(t.ministerie);
  j["bewindspersoon"] = text_or_null(t.bewindspersoon);
  j["activiteit"] = text_or_null(t.activiteit);
  j["activiteit_date"] = text_or_null(t.activiteit_date);
  j["activiteit_onderwerp"] = text_or_null(t.activiteit_onderwerp);
  return j.dump(-1, ' ', false, ojson::error_handler_t::replace);
}

std::string tk_import_file_text(const TkImportResult& r) {
  std::string out = tk_header_line(r) + '\n';
  for (const TkMotion& m : r.linked.motions) out += to_json_line(m) + '\n';
  for (const TkToezegging& t : r.linked.toezeggingen) out += to_json_line(t) + '\n';
  return out;
}

bool is_tk_import_file(const std::string& path) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) return false;
  char head[16] = {};
  std::size_t got = std::fread(head, 1, sizeof head - 1, f.get());
  std::string_view s(head, got);
  std::size_t at = s.find_first_not_of(" \t\r\n");
  return at != std::string_view::npos && s.substr(at, 5) == "{\"tk\"";
}

void read_tk_import_file(const std::string& path, const std::function<void(TkMotion&&)>& motion,
                         const std::function<void(TkToezegging&&)>& toezegging,
                         const std::function<void(std::size_t line, const std::string& message)>& bad_line) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw TkImportFileError(std::string("cannot open: ") + std::strerror(errno));
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("tk")) {
      bad_line(number, "not a line of `kamerref import tk` output");
      continue;
    }
    std::string kind = text_of(j, "tk");
    if (kind == "import") continue;
    if (kind == "motion") {
      TkMotion m;
      m.id = text_of(j, "id");
      if (m.id.empty()) {
        bad_line(number, "a motion without \"id\"");
        continue;
      }
      m.zaak = text_of(j, "zaak");
      m.tk_document = text_of(j, "tk_document");
      m.dossier = text_of(j, "dossier");
      m.dossier_title = text_of(j, "dossier_title");
      m.onderwerp = text_of(j, "onderwerp");
      m.kabinetsappreciatie = text_of(j, "kabinetsappreciatie");
      if (auto it = j.find("indieners"); it != j.end() && it->is_array())
        for (const auto& i : *it)
          if (i.is_object())
            m.indieners.push_back({text_of(i, "name"), text_of(i, "full_name"), text_of(i, "fractie"), text_of(i, "relatie")});
      m.decision = text_of(j, "decision");
      m.besluit_soort = text_of(j, "besluit_soort");
      m.besluit_tekst = text_of(j, "besluit_tekst");
      m.date = text_of(j, "date");
      m.link = text_of(j, "link");
      m.agendapunt = text_of(j, "agendapunt");
      if (auto it = j.find("votes"); it != j.end() && it->is_object()) {
        TkVotes v;
        v.voor = int_of(*it, "voor");
        v.tegen = int_of(*it, "tegen");
        v.niet_deelgenomen = int_of(*it, "niet_deelgenomen");
        v.complete = bool_of(*it, "complete");
        v.hoofdelijk = bool_of(*it, "hoofdelijk");
        if (auto by = it->find("by_fractie"); by != it->end() && by->is_array())
          for (const auto& f : *by)
            if (f.is_object())
              v.by_fractie.push_back({text_of(f, "fractie"), text_of(f, "vote"), int_of(f, "seats"), bool_of(f, "vergissing")});
        m.votes = std::move(v);
      }
      m.note = text_of(j, "note");
      motion(std::move(m));
    } else if (kind == "toezegging") {
      TkToezegging t;
      t.nummer = text_of(j, "nummer");
      if (t.nummer.empty()) {
        bad_line(number, "a toezegging without \"nummer\"");
        continue;
      }
      t.tekst = text_of(j, "tekst");
      t.status = text_of(j, "status");
      t.aanmaakdatum = text_of(j, "aanmaakdatum");
      t.datum_nakoming = text_of(j, "due");
      if (auto it = j.find("kamerbrief_nakoming"); it != j.end() && it->is_array())
        for (const auto& d : *it)
          if (d.is_string()) t.kamerbrief_nakoming.push_back(d.get<std::string>());
      t.ministerie = text_of(j, "ministerie");
      t.bewindspersoon = text_of(j, "bewindspersoon");
      t.activiteit = text_of(j, "activiteit");
      t.activiteit_date = text_of(j, "activiteit_date");
      t.activiteit_onderwerp = text_of(j, "activiteit_onderwerp");
      toezegging(std::move(t));
    } else {
      bad_line(number, "unknown record \"tk\": \"" + kind + "\"");
    }
  }
}

}  // namespace kamerref
