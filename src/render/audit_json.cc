#include "kamerref/render/audit_json.h"

namespace kamerref {
namespace {

// A date the corpus does not give is null, not an empty string.
nlohmann::ordered_json date_or_null(const std::string& date) {
  return date.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(date);
}

nlohmann::ordered_json to_json(const MotionMention& m) {
  nlohmann::ordered_json j;
  j["document"] = m.document;
  j["file"] = m.file;
  j["line"] = m.line > 0 ? nlohmann::ordered_json(m.line) : nlohmann::ordered_json(nullptr);
  j["date"] = date_or_null(m.date);
  j["relation"] = m.relation;
  j["quote"] = m.quote;
  if (!m.note.empty()) j["note"] = m.note;
  if (!m.decision.empty()) j["decision"] = m.decision;
  return j;
}

void put_if(nlohmann::ordered_json& j, const char* key, const std::string& value) {
  if (!value.empty()) j[key] = value;
}

void put_statement(nlohmann::ordered_json& j, const KamerStatement& s) {
  j["decision"] = s.decision.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s.decision);
  put_if(j, "date", s.date);
  put_if(j, "source", s.source);
  put_if(j, "quote", s.quote);
  put_if(j, "replaced_by", s.replaced_by);
}

// SPEC section 3's `kamer` object: decision null when unknown, votes and
// conflict only where present, the other fields where known.
nlohmann::ordered_json to_json(const KamerDecision& k) {
  nlohmann::ordered_json j;
  put_statement(j, k);
  put_if(j, "zaak", k.zaak);
  put_if(j, "tk_document", k.tk_document);
  put_if(j, "kabinetsappreciatie", k.kabinetsappreciatie);
  if (k.votes) {
    nlohmann::ordered_json v;
    v["voor"] = k.votes->voor;
    v["tegen"] = k.votes->tegen;
    v["niet_deelgenomen"] = k.votes->niet_deelgenomen;
    v["complete"] = k.votes->complete;
    nlohmann::ordered_json by = nlohmann::ordered_json::array();
    for (const FractieVote& fv : k.votes->by_fractie) {
      nlohmann::ordered_json one;
      one["fractie"] = fv.fractie;
      one["vote"] = fv.vote;
      one["seats"] = fv.seats;
      if (fv.vergissing) one["vergissing"] = true;
      by.push_back(one);
    }
    v["by_fractie"] = by;
    j["votes"] = v;
  }
  put_if(j, "note", k.note);
  // beyond SPEC's example, added: the indieners as the Kamer's records name
  // them (`indieners` above stays the texts' list of names)
  if (!k.indieners.empty()) {
    nlohmann::ordered_json who = nlohmann::ordered_json::array();
    for (const TkIndiener& i : k.indieners) {
      nlohmann::ordered_json one;
      one["name"] = i.name;
      one["full_name"] = i.full_name.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(i.full_name);
      one["fractie"] = i.fractie.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(i.fractie);
      if (!i.relatie.empty()) one["relatie"] = i.relatie;
      who.push_back(one);
    }
    j["indieners"] = who;
  }
  if (k.conflict) {
    nlohmann::ordered_json c;
    put_statement(c, *k.conflict);
    j["conflict"] = c;
  }
  return j;
}

nlohmann::ordered_json text_or_null(const std::string& s) {
  return s.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s);
}

}  // namespace

nlohmann::ordered_json to_json(const MotionFinding& f) {
  nlohmann::ordered_json j;
  j["id"] = f.id;
  j["indieners"] = f.indieners;
  j["subject"] = f.subject;
  j["status"] = f.status;
  j["kamer"] = to_json(f.kamer);
  nlohmann::ordered_json mentions = nlohmann::ordered_json::array();
  for (const MotionMention& m : f.mentions) mentions.push_back(to_json(m));
  j["mentions"] = mentions;
  j["verzoeken"] = f.verzoeken;
  j["decided_by"] = f.decided_by ? to_json(*f.decided_by) : nlohmann::ordered_json(nullptr);
  return j;
}

nlohmann::ordered_json to_json(const CommitmentFinding& f) {
  nlohmann::ordered_json j;
  j["id"] = f.id;
  j["document"] = f.document;
  j["date"] = date_or_null(f.date);
  j["quote"] = f.quote;
  j["topic"] = f.topic;
  if (f.due_from.empty() && f.due_to.empty())
    j["due"] = nullptr;
  else
    j["due"] = {{"from", date_or_null(f.due_from)}, {"to", date_or_null(f.due_to)}};
  j["status"] = f.status;
  nlohmann::ordered_json kept = nlohmann::ordered_json::array();
  for (const Fulfilment& k : f.fulfilled_by) {
    nlohmann::ordered_json kj;
    kj["document"] = k.document;
    kj["date"] = date_or_null(k.date);
    kj["quote"] = k.quote;
    kj["file"] = k.file;
    kj["how"] = k.how;
    kept.push_back(kj);
  }
  j["fulfilled_by"] = kept;
  if (f.register_entry) {
    nlohmann::ordered_json r;
    r["nummer"] = f.register_entry->nummer;
    r["status"] = text_or_null(f.register_entry->status);
    r["due"] = text_or_null(f.register_entry->due);
    r["source"] = f.register_entry->source;
    r["how"] = f.register_entry->how;
    if (!f.register_entry->kamerbrief_nakoming.empty()) r["kamerbrief_nakoming"] = f.register_entry->kamerbrief_nakoming;
    j["register"] = r;
  }
  j["file"] = f.file;
  j["due_text"] = f.due_text;
  j["vehicle"] = f.vehicle;
  return j;
}

nlohmann::ordered_json motion_audit_json(const std::vector<MotionFinding>& findings) {
  nlohmann::ordered_json j = nlohmann::ordered_json::array();
  for (const MotionFinding& f : findings) j.push_back(to_json(f));
  return j;
}

nlohmann::ordered_json commitment_audit_json(const std::vector<CommitmentFinding>& findings) {
  nlohmann::ordered_json j = nlohmann::ordered_json::array();
  for (const CommitmentFinding& f : findings) j.push_back(to_json(f));
  return j;
}

namespace {

// `[`, each element as dump(2) writes it one level down, `]`: every line of
// an element gains two spaces (JSON strings hold no raw newline).
template <class Finding>
void write_array(std::ostream& out, const std::vector<Finding>& findings) {
  if (findings.empty()) {
    out << "[]\n";
    return;
  }
  out << "[\n";
  for (std::size_t i = 0; i < findings.size(); ++i) {
    std::string element = to_json(findings[i]).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    out << "  ";
    for (char c : element) {
      out << c;
      if (c == '\n') out << "  ";
    }
    out << (i + 1 < findings.size() ? ",\n" : "\n");
  }
  out << "]\n";
}

}  // namespace

void write_motion_audit_json(std::ostream& out, const std::vector<MotionFinding>& findings) {
  write_array(out, findings);
}

void write_commitment_audit_json(std::ostream& out, const std::vector<CommitmentFinding>& findings) {
  write_array(out, findings);
}

}  // namespace kamerref
