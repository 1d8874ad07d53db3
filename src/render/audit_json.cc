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
  j["date"] = date_or_null(m.date);
  j["relation"] = m.relation;
  j["quote"] = m.quote;
  return j;
}

nlohmann::ordered_json text_or_null(const std::string& s) {
  return s.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s);
}

// SPEC section 3's `kamer`: decision (null when nothing says), date, source,
// then the fields that are known.
nlohmann::ordered_json kamer_statement_json(const KamerStatement& k) {
  nlohmann::ordered_json j;
  j["decision"] = text_or_null(k.decision);
  j["date"] = text_or_null(k.date);
  j["source"] = text_or_null(k.source);
  if (!k.quote.empty()) j["quote"] = k.quote;
  if (!k.replaced_by.empty()) j["replaced_by"] = k.replaced_by;
  return j;
}

nlohmann::ordered_json to_json(const KamerDecision& k) {
  nlohmann::ordered_json j = kamer_statement_json(k);
  if (!k.zaak.empty()) j["zaak"] = k.zaak;
  if (!k.tk_document.empty()) j["tk_document"] = k.tk_document;
  if (!k.kabinetsappreciatie.empty()) j["kabinetsappreciatie"] = k.kabinetsappreciatie;
  if (k.votes) {
    nlohmann::ordered_json v;
    v["voor"] = k.votes->voor;
    v["tegen"] = k.votes->tegen;
    v["niet_deelgenomen"] = k.votes->niet_deelgenomen;
    v["complete"] = k.votes->complete;
    nlohmann::ordered_json by = nlohmann::ordered_json::array();
    for (const FractieVote& f : k.votes->by_fractie) {
      nlohmann::ordered_json fj;
      fj["fractie"] = f.fractie;
      fj["vote"] = f.vote;
      fj["seats"] = f.seats;
      if (f.vergissing) fj["vergissing"] = true;
      by.push_back(fj);
    }
    v["by_fractie"] = by;
    j["votes"] = v;
  }
  if (!k.note.empty()) j["note"] = k.note;
  if (k.conflict) j["conflict"] = kamer_statement_json(*k.conflict);
  return j;
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
