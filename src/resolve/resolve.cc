// Corpus-wide resolution. Two kinds of reference are written in words and
// get their Kamerstuk number from another document of the same run:
//
// Motions. An unbound motion (`motie-michon-derkzen`) takes the kst id that
// another document gives a motion with fitting indieners (indieners_fit: the
// same first indiener, every named one among the signers) and a matching
// subject. Evidence for a kst id comes from
//   - the motion's own document (type motie, kst id): indieners from
//     `OVERHEIDop.indiener` or the title, subject from the title's `over ...`
//     and the `verzoekt de regering ...` clauses;
//   - motion references other documents bound to a kst id (by footnote,
//     sentence or document): their indieners and subject.
// The subject match counts shared content words (subject_words) between the
// mention's subject (its sentence when it has none) and all evidence for the
// candidate. At least two shared words are needed (one when the subject has
// only one or two; three when the words come from the sentence). The best candidate wins; when two candidates share
// the best score the motion stays unbound and a note says it is ambiguous.
//
// Letters. A letter described in words (`letter-contourenbrief-versterkte-
// aanpak-online-2023-12`) takes the kst id another reference bound for the
// same series, name and month (or a document with a kst id whose title is
// that letter and whose date is in that month). A description without a name
// (`de voortgangsbrief van december jl.`) matches on series and month when
// only one kst id fits. Two different kst ids for one description: ambiguous,
// left alone.
#include "kamerref/resolve/resolve.h"

#include <algorithm>
#include <tuple>

#include "kamerref/extract/letter.h"
#include "kamerref/extract/motion.h"
#include "kamerref/extract/text_util.h"

namespace kamerref {
namespace {

bool is_kst(std::string_view id) { return id.starts_with("kst-"); }

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

// The words a mention offers for matching: its subject, else its sentence
// without the indieners' names.
std::set<std::string> mention_words(const Reference& r) {
  const MotionInfo& m = *r.motion;
  std::set<std::string> words = subject_words(m.subject.empty() ? r.sentence : m.subject);
  for (const std::string& name : m.indieners)
    for (const std::string& w : subject_words(name)) words.erase(w);
  return words;
}

LetterKey letter_key_of(const Reference& r) {
  return {std::string(r.attr("series")), slugify(r.attr("name")), std::string(r.attr("month"))};
}

}  // namespace

bool LetterKey::operator<(const LetterKey& o) const {
  return std::tie(series, name, month) < std::tie(o.series, o.name, o.month);
}

// --- pass 1 ------------------------------------------------------------------

void ResolutionIndex::add_motion_evidence(const std::string& id, const std::vector<std::string>& indieners,
                                          const std::set<std::string>& words) {
  std::vector<std::string> slugs = indiener_slugs(indieners);
  if (slugs.empty()) return;
  MotionEvidence& e = motions_[id];
  motions_by_first_[slugs.front()].insert(id);
  e.indiener_slugs.push_back(std::move(slugs));
  e.words.insert(words.begin(), words.end());
  // every word of the id under every first indiener it is known by, as the
  // overlap counts all of its words whichever source gave them
  for (const std::vector<std::string>& list : e.indiener_slugs)
    for (const std::string& w : e.words) motions_by_word_[{list.front(), w}].insert(id);
}

void ResolutionIndex::learn(const Extraction& x) {
  const DocumentInfo& doc = x.document;
  // the motion's own document: indieners from its metadata or title, subject
  // from the title's `over ...` and its `verzoekt de regering ...` clauses
  if (doc.type.find("motie") != std::string::npos && is_kst(doc.id)) {
    std::optional<MotionTitle> title = parse_motion_title(doc.title);
    std::vector<std::string> indieners = doc.indieners;
    if (indieners.empty() && title) indieners = title->indieners;
    std::set<std::string> words = subject_words(title ? title->subject : doc.title);
    for (const std::string& clause : doc.verzoeken) {
      std::set<std::string> more = subject_words(clause);
      words.insert(more.begin(), more.end());
    }
    add_motion_evidence(doc.id, indieners, words);
  }
  for (const Reference& r : x.references) {
    if (r.kind == RefKind::motion && r.motion && is_kst(r.id) && r.motion->bound_by != "corpus" &&
        r.attr("relation") != "vervangt") {
      const MotionInfo& m = *r.motion;
      add_motion_evidence(r.id, m.indieners, subject_words(m.subject.empty() ? r.sentence : m.subject));
    }
    if (r.kind == RefKind::letter && is_kst(r.id) && r.attr("bound_by") != "corpus") {
      LetterKey k = letter_key_of(r);
      if (!k.series.empty() && !k.month.empty()) letters_[{k.series, k.month}][k.name].insert(r.id);
    }
  }
  // a letter of the run itself: `Voortgangsbrief Versterkte Aanpak Online ...` dated in that month
  LetterTitle title = letter_title(doc.title);
  if (is_kst(doc.id) && !title.series.empty() && doc.date.size() >= 7)
    letters_[{title.series, doc.date.substr(0, 7)}][slugify(title.name)].insert(doc.id);
}

std::vector<ResolutionRequest> resolution_requests(const Extraction& x) {
  std::vector<ResolutionRequest> requests;
  for (std::size_t i = 0; i < x.references.size(); ++i) {
    const Reference& r = x.references[i];
    if (is_kst(r.id)) continue;
    if (r.kind == RefKind::motion && r.motion && !r.motion->indieners.empty()) {
      ResolutionRequest q;
      q.reference = i;
      q.kind = r.kind;
      q.id = r.id;
      q.indieners = r.motion->indieners;
      q.indiener_slugs = indiener_slugs(q.indieners);
      q.words = mention_words(r);
      q.from_subject = !r.motion->subject.empty();
      requests.push_back(std::move(q));
    } else if (r.kind == RefKind::letter) {
      LetterKey k = letter_key_of(r);
      if (k.series.empty() || k.month.empty()) continue;
      ResolutionRequest q;
      q.reference = i;
      q.kind = r.kind;
      q.id = r.id;
      q.letter = std::move(k);
      requests.push_back(std::move(q));
    }
  }
  return requests;
}

// --- pass 2 ------------------------------------------------------------------

void ResolutionIndex::bind_motion(const std::string& file, const ResolutionRequest& q, std::vector<Binding>& out,
                                  std::vector<ResolutionNote>& notes) const {
  if (q.indiener_slugs.empty()) return;
  auto candidates = motions_by_first_.find(q.indiener_slugs.front());
  if (candidates == motions_by_first_.end()) return;
  // a written subject is specific; a whole sentence shares words by chance more easily
  const int needed = q.from_subject ? (q.words.size() <= 2 ? 1 : 2) : 3;
  auto fits = [&](const std::string& id) {
    const MotionEvidence& evidence = motions_.at(id);
    return std::any_of(evidence.indiener_slugs.begin(), evidence.indiener_slugs.end(),
                       [&](const std::vector<std::string>& list) { return indiener_slugs_fit(q.indiener_slugs, list); });
  };
  // shared words per candidate, through the word index (an id's evidence words
  // are exactly the words it is indexed under for each of its first indieners)
  std::map<std::string, int> shared;  // ordered by id, so ties list the same way every run
  for (const std::string& w : q.words)
    if (auto hit = motions_by_word_.find({q.indiener_slugs.front(), w}); hit != motions_by_word_.end())
      for (const std::string& id : hit->second) ++shared[id];
  int best = 0;
  std::vector<std::string> best_ids;
  for (const auto& [id, score] : shared) {
    if (score < needed || score < best || !fits(id)) continue;
    if (score > best) best_ids.clear();
    best = score;
    best_ids.push_back(id);
  }
  // for the note only: is any motion of these indieners known at all?
  const bool any_indieners =
      !best_ids.empty() || std::any_of(candidates->second.begin(), candidates->second.end(), fits);
  if (best_ids.size() == 1) {
    notes.push_back({file, q.id + " -> " + best_ids.front() + " (indieners " + join(q.indieners) + ", " +
                               std::to_string(best) + " subject words shared)"});
    out.push_back({q.reference, best_ids.front()});
  } else if (best_ids.size() > 1) {
    notes.push_back({file, q.id + " is ambiguous: " + join(best_ids) + " fit equally (" + std::to_string(best) +
                               " subject words shared); left unbound"});
  } else if (any_indieners) {
    notes.push_back({file, q.id + ": a motion with these indieners is known, but its subject does not match; left unbound"});
  }
}

void ResolutionIndex::bind_letter(const std::string& file, const ResolutionRequest& q, std::vector<Binding>& out,
                                  std::vector<ResolutionNote>& notes) const {
  const LetterKey& k = q.letter;
  auto month = letters_.find({k.series, k.month});
  if (month == letters_.end()) return;
  std::set<std::string> ids;
  if (auto named = month->second.find(k.name); named != month->second.end()) ids = named->second;
  // `de voortgangsbrief van december jl.`: no name, any letter of the series that month
  if (ids.empty() && k.name.empty())
    for (const auto& [name, found] : month->second) ids.insert(found.begin(), found.end());
  if (ids.size() == 1) {
    notes.push_back({file, q.id + " -> " + *ids.begin()});
    out.push_back({q.reference, *ids.begin()});
  } else if (ids.size() > 1) {
    notes.push_back({file, q.id + " is ambiguous: " + join({ids.begin(), ids.end()}) + "; left unbound"});
  }
}

std::vector<Binding> ResolutionIndex::bind(const std::string& file, const std::vector<ResolutionRequest>& requests,
                                           std::vector<ResolutionNote>& notes) const {
  std::vector<Binding> bindings;
  for (const ResolutionRequest& q : requests) {
    if (q.kind == RefKind::motion) bind_motion(file, q, bindings, notes);
    else if (q.kind == RefKind::letter) bind_letter(file, q, bindings, notes);
  }
  return bindings;
}

void apply_bindings(Extraction& x, const std::vector<Binding>& bindings) {
  for (const Binding& b : bindings) {
    Reference& r = x.references.at(b.reference);
    r.id = b.id;
    if (r.motion) r.motion->bound_by = "corpus";
    else r.set_attr("bound_by", "corpus");
  }
}

std::vector<ResolutionNote> resolve_corpus(std::vector<Extraction>& extractions) {
  ResolutionIndex index;
  for (const Extraction& x : extractions) index.learn(x);
  std::vector<ResolutionNote> notes;
  for (Extraction& x : extractions) apply_bindings(x, index.bind(x.file, resolution_requests(x), notes));
  return notes;
}

}  // namespace kamerref
