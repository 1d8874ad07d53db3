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
#include <map>
#include <set>

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

// --- motions -----------------------------------------------------------------

struct MotionEvidence {
  std::vector<std::vector<std::string>> indiener_lists;  // one per source
  std::set<std::string> words;
};

void add_evidence(std::map<std::string, MotionEvidence>& known, const std::string& id,
                  const std::vector<std::string>& indieners, const std::set<std::string>& words) {
  if (indieners.empty()) return;
  MotionEvidence& e = known[id];
  e.indiener_lists.push_back(indieners);
  e.words.insert(words.begin(), words.end());
}

std::map<std::string, MotionEvidence> known_motions(const std::vector<Extraction>& extractions) {
  std::map<std::string, MotionEvidence> known;
  for (const Extraction& x : extractions) {
    const DocumentInfo& doc = x.document;
    if (doc.type.find("motie") != std::string::npos && is_kst(doc.id)) {
      std::optional<MotionTitle> title = parse_motion_title(doc.title);
      std::vector<std::string> indieners = doc.indieners;
      if (indieners.empty() && title) indieners = title->indieners;
      std::set<std::string> words = subject_words(title ? title->subject : doc.title);
      for (const std::string& clause : doc.verzoeken) {
        std::set<std::string> more = subject_words(clause);
        words.insert(more.begin(), more.end());
      }
      add_evidence(known, doc.id, indieners, words);
    }
    for (const Reference& r : x.references) {
      if (r.kind != RefKind::motion || !r.motion || !is_kst(r.id) || r.motion->bound_by == "corpus") continue;
      if (r.attr("relation") == "vervangt") continue;
      const MotionInfo& m = *r.motion;
      add_evidence(known, r.id, m.indieners, subject_words(m.subject.empty() ? r.sentence : m.subject));
    }
  }
  return known;
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

void resolve_motions(std::vector<Extraction>& extractions, std::vector<ResolutionNote>& notes) {
  const std::map<std::string, MotionEvidence> known = known_motions(extractions);
  for (Extraction& x : extractions) {
    for (Reference& r : x.references) {
      if (r.kind != RefKind::motion || !r.motion || is_kst(r.id) || r.motion->indieners.empty()) continue;
      const std::set<std::string> words = mention_words(r);
      // a written subject is specific; a whole sentence shares words by chance more easily
      const bool from_subject = !r.motion->subject.empty();
      const int needed = from_subject ? (words.size() <= 2 ? 1 : 2) : 3;
      int best = 0;
      std::vector<std::string> best_ids;
      bool any_indieners = false;
      for (const auto& [id, evidence] : known) {
        bool fits = std::any_of(evidence.indiener_lists.begin(), evidence.indiener_lists.end(),
                                [&](const std::vector<std::string>& list) { return indieners_fit(r.motion->indieners, list); });
        if (!fits) continue;
        any_indieners = true;
        int score = word_overlap(words, evidence.words);
        if (score < needed || score < best) continue;
        if (score > best) best_ids.clear();
        best = score;
        best_ids.push_back(id);
      }
      if (best_ids.size() == 1) {
        notes.push_back({x.file, r.id + " -> " + best_ids.front() + " (indieners " + join(r.motion->indieners) + ", " +
                                     std::to_string(best) + " subject words shared)"});
        r.id = best_ids.front();
        r.motion->bound_by = "corpus";
      } else if (best_ids.size() > 1) {
        notes.push_back({x.file, r.id + " is ambiguous: " + join(best_ids) + " fit equally (" + std::to_string(best) +
                                     " subject words shared); left unbound"});
      } else if (any_indieners) {
        notes.push_back({x.file, r.id + ": a motion with these indieners is known, but its subject does not match; left unbound"});
      }
    }
  }
}

// --- letters -------------------------------------------------------------------

struct LetterKey {
  std::string series, name, month;
  bool operator<(const LetterKey& o) const {
    return std::tie(series, name, month) < std::tie(o.series, o.name, o.month);
  }
};

LetterKey key_of(const Reference& r) {
  return {std::string(r.attr("series")), slugify(r.attr("name")), std::string(r.attr("month"))};
}

void resolve_letters(std::vector<Extraction>& extractions, std::vector<ResolutionNote>& notes) {
  std::map<LetterKey, std::set<std::string>> known;
  for (const Extraction& x : extractions) {
    for (const Reference& r : x.references) {
      if (r.kind != RefKind::letter || !is_kst(r.id) || r.attr("bound_by") == "corpus") continue;
      LetterKey k = key_of(r);
      if (!k.series.empty() && !k.month.empty()) known[k].insert(r.id);
    }
    // a letter of the run itself: `Voortgangsbrief Versterkte Aanpak Online ...` dated in that month
    const DocumentInfo& doc = x.document;
    LetterTitle title = letter_title(doc.title);
    if (is_kst(doc.id) && !title.series.empty() && doc.date.size() >= 7)
      known[{title.series, slugify(title.name), doc.date.substr(0, 7)}].insert(doc.id);
  }
  for (Extraction& x : extractions) {
    for (Reference& r : x.references) {
      if (r.kind != RefKind::letter || is_kst(r.id)) continue;
      LetterKey k = key_of(r);
      if (k.series.empty() || k.month.empty()) continue;
      std::set<std::string> ids;
      if (auto it = known.find(k); it != known.end()) ids = it->second;
      if (ids.empty() && k.name.empty()) {
        for (const auto& [other, found] : known)
          if (other.series == k.series && other.month == k.month) ids.insert(found.begin(), found.end());
      }
      if (ids.size() == 1) {
        notes.push_back({x.file, r.id + " -> " + *ids.begin()});
        r.id = *ids.begin();
        r.set_attr("bound_by", "corpus");
      } else if (ids.size() > 1) {
        notes.push_back({x.file, r.id + " is ambiguous: " + join({ids.begin(), ids.end()}) + "; left unbound"});
      }
    }
  }
}

}  // namespace

std::vector<ResolutionNote> resolve_corpus(std::vector<Extraction>& extractions) {
  std::vector<ResolutionNote> notes;
  resolve_motions(extractions, notes);
  resolve_letters(extractions, notes);
  return notes;
}

}  // namespace kamerref
