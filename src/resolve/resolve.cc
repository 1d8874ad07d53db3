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
#include <cstring>
#include <stdexcept>
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

WordList::WordList(const std::set<std::string>& words) {
  ends_.reserve(words.size());
  for (const std::string& w : words) {
    text_ += w;
    ends_.push_back(static_cast<std::uint32_t>(text_.size()));
  }
  text_.shrink_to_fit();
}

bool LetterKey::operator<(const LetterKey& o) const {
  return std::tie(series, name, month) < std::tie(o.series, o.name, o.month);
}

// --- pass 1 ------------------------------------------------------------------

std::uint32_t StringTable::intern(const std::string& s) {
  auto [it, added] = numbers_.try_emplace(s, static_cast<std::uint32_t>(strings_.size()));
  if (added) strings_.push_back(&it->first);
  return it->second;
}

std::optional<std::uint32_t> StringTable::find(const std::string& s) const {
  auto it = numbers_.find(s);
  if (it == numbers_.end()) return std::nullopt;
  return it->second;
}

void ResolutionIndex::add_motion_evidence(const Lessons::Motion& lesson) {
  const std::vector<std::string>& slugs = lesson.indiener_slugs;
  if (slugs.empty()) return;
  const Number motion = ids_.intern(lesson.id);
  if (motion == motions_.size()) motions_.emplace_back();
  MotionEvidence& e = motions_[motion];
  std::vector<Number> list;
  for (const std::string& slug : slugs) list.push_back(slugs_.intern(slug));
  if (std::find(e.indiener_lists.begin(), e.indiener_lists.end(), list) == e.indiener_lists.end())
    e.indiener_lists.push_back(list);
  std::vector<Number> new_words;
  for (const std::string& w : lesson.words) {
    const Number n = words_.intern(w);
    if (!std::binary_search(e.words.begin(), e.words.end(), n)) new_words.push_back(n);
  }
  // every word of the motion under every first indiener it is known by, as
  // the overlap counts all of its words whichever source gave them; each
  // (first, word) pair is posted once
  const Number first = list.front();
  const bool new_first = std::find(e.firsts.begin(), e.firsts.end(), first) == e.firsts.end();
  if (new_first) {
    e.firsts.push_back(first);
    motions_by_first_[first].push_back(motion);
    for (Number w : e.words) motions_by_word_[pair_key(first, w)].push_back(motion);
  }
  for (Number w : new_words)
    for (Number f : e.firsts) motions_by_word_[pair_key(f, w)].push_back(motion);
  e.words.insert(e.words.end(), new_words.begin(), new_words.end());
  std::sort(e.words.begin(), e.words.end());
}

Lessons lessons_of(const Extraction& x) {
  Lessons lessons;
  const DocumentInfo& doc = x.document;
  // the motion's own document: indieners from its metadata or title, subject
  // from the title's `over ...` and its `verzoekt de regering ...` clauses
  if (doc.type.find("motie") != std::string::npos && is_kst(doc.id)) {
    std::optional<MotionTitle> title = parse_motion_title(doc.title);
    const std::vector<std::string>& indieners = doc.indieners.empty() && title ? title->indieners : doc.indieners;
    std::set<std::string> words = subject_words(title ? title->subject : doc.title);
    for (const std::string& clause : doc.verzoeken) {
      std::set<std::string> more = subject_words(clause);
      words.insert(more.begin(), more.end());
    }
    lessons.motions.push_back({doc.id, indiener_slugs(indieners), std::move(words)});
  }
  for (const Reference& r : x.references) {
    if (r.kind == RefKind::motion && r.motion && is_kst(r.id) && r.motion->bound_by != "corpus" &&
        r.attr("relation") != "vervangt") {
      const MotionInfo& m = *r.motion;
      lessons.motions.push_back(
          {r.id, indiener_slugs(m.indieners), subject_words(m.subject.empty() ? r.sentence : m.subject)});
    }
    if (r.kind == RefKind::letter && is_kst(r.id) && r.attr("bound_by") != "corpus") {
      LetterKey k = letter_key_of(r);
      if (!k.series.empty() && !k.month.empty())
        lessons.letters.push_back({std::move(k.series), std::move(k.month), std::move(k.name), r.id});
    }
  }
  // a letter of the run itself: `Voortgangsbrief Versterkte Aanpak Online ...` dated in that month
  LetterTitle title = letter_title(doc.title);
  if (is_kst(doc.id) && !title.series.empty() && doc.date.size() >= 7)
    lessons.letters.push_back({title.series, doc.date.substr(0, 7), slugify(title.name), doc.id});
  return lessons;
}

void ResolutionIndex::learn(const Lessons& lessons) {
  for (const Lessons::Motion& m : lessons.motions) add_motion_evidence(m);
  for (const Lessons::Letter& l : lessons.letters) letters_[{l.series, l.month}][l.name].insert(l.id);
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
      q.words = WordList(mention_words(r));
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

bool ResolutionIndex::fits(const std::vector<Number>& mention, Number motion) const {
  const auto& lists = motions_[motion].indiener_lists;
  return std::any_of(lists.begin(), lists.end(),
                     [&](const std::vector<Number>& known) { return indiener_slugs_fit(mention, known); });
}

// `shared` has a zero per known motion on entry and again on return.
void ResolutionIndex::bind_motion(const std::string& file, const ResolutionRequest& q, std::vector<int>& shared,
                                  std::vector<Binding>& out, std::vector<ResolutionNote>& notes) const {
  if (q.indiener_slugs.empty()) return;
  // a slug no motion was learnt with cannot be among any motion's signers
  std::vector<Number> mention;
  for (const std::string& slug : q.indiener_slugs) {
    std::optional<Number> n = slugs_.find(slug);
    if (!n) return;
    mention.push_back(*n);
  }
  auto candidates = motions_by_first_.find(mention.front());
  if (candidates == motions_by_first_.end()) return;
  // a written subject is specific; a whole sentence shares words by chance more easily
  const int needed = q.from_subject ? (q.words.size() <= 2 ? 1 : 2) : 3;
  // shared words per candidate, through the word index (a motion's evidence
  // words are exactly the words it is posted under for each first indiener)
  std::vector<Number> touched;
  std::string w;
  for (std::size_t k = 0; k < q.words.size(); ++k) {
    w = q.words[k];
    std::optional<Number> word = words_.find(w);
    if (!word) continue;
    auto hit = motions_by_word_.find(pair_key(mention.front(), *word));
    if (hit == motions_by_word_.end()) continue;
    for (Number motion : hit->second)
      if (shared[motion]++ == 0) touched.push_back(motion);
  }
  int best = 0;
  std::vector<Number> best_ids;
  for (Number motion : touched) {
    const int score = shared[motion];
    shared[motion] = 0;
    if (score < needed || score < best || !fits(mention, motion)) continue;
    if (score > best) best_ids.clear();
    best = score;
    best_ids.push_back(motion);
  }
  // for the note only: is any motion of these indieners known at all?
  const bool any_indieners = !best_ids.empty() || std::any_of(candidates->second.begin(), candidates->second.end(),
                                                              [&](Number motion) { return fits(mention, motion); });
  // ordered by id, so ties list the same way every run
  std::vector<std::string> names;
  for (Number motion : best_ids) names.push_back(ids_.at(motion));
  std::sort(names.begin(), names.end());
  if (names.size() == 1) {
    notes.push_back({file, q.id + " -> " + names.front() + " (indieners " + join(q.indieners) + ", " +
                               std::to_string(best) + " subject words shared)"});
    out.push_back({q.reference, names.front()});
  } else if (names.size() > 1) {
    notes.push_back({file, q.id + " is ambiguous: " + join(names) + " fit equally (" + std::to_string(best) +
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
  BindScratch scratch;
  return bind(file, requests, notes, scratch);
}

std::vector<Binding> ResolutionIndex::bind(const std::string& file, const std::vector<ResolutionRequest>& requests,
                                           std::vector<ResolutionNote>& notes, BindScratch& scratch) const {
  std::vector<Binding> bindings;
  std::vector<int>& shared = scratch.shared_;  // per known motion: words shared with the request at hand
  try {
    for (const ResolutionRequest& q : requests) {
      if (q.kind == RefKind::motion) {
        // zeros, as bind_motion leaves them; new only when the index learnt more motions
        if (shared.size() != motions_.size()) shared.assign(motions_.size(), 0);
        bind_motion(file, q, shared, bindings, notes);
      } else if (q.kind == RefKind::letter) bind_letter(file, q, bindings, notes);
    }
  } catch (...) {
    shared.clear();  // a request cut short may have left counts behind
    throw;
  }
  return bindings;
}

// --- requests as bytes -------------------------------------------------------

namespace {

// Numbers as 8 bytes in this machine's order: the bytes never leave the run
// that wrote them.
void put_number(std::uint64_t n, std::string& out) { out.append(reinterpret_cast<const char*>(&n), sizeof n); }
void put_string(std::string_view s, std::string& out) {
  put_number(s.size(), out);
  out.append(s);
}
void put_strings(const std::vector<std::string>& list, std::string& out) {
  put_number(list.size(), out);
  for (const std::string& s : list) put_string(s, out);
}

std::string_view take(std::string_view& bytes, std::uint64_t n) {
  if (n > bytes.size()) throw std::runtime_error("resolution requests cut short");
  std::string_view front = bytes.substr(0, static_cast<std::size_t>(n));
  bytes.remove_prefix(static_cast<std::size_t>(n));
  return front;
}
std::uint64_t take_number(std::string_view& bytes) {
  std::uint64_t n = 0;
  std::memcpy(&n, take(bytes, sizeof n).data(), sizeof n);
  return n;
}
std::string take_string(std::string_view& bytes) { return std::string(take(bytes, take_number(bytes))); }
std::vector<std::string> take_strings(std::string_view& bytes) {
  const std::uint64_t n = take_number(bytes);
  // every string takes at least its length's 8 bytes: a count past that is a cut
  if (n > bytes.size() / sizeof n) throw std::runtime_error("resolution requests cut short");
  std::vector<std::string> list;
  list.reserve(static_cast<std::size_t>(n));
  for (std::uint64_t i = 0; i < n; ++i) list.push_back(take_string(bytes));
  return list;
}

}  // namespace

void encode_requests(const std::vector<ResolutionRequest>& requests, std::string& out) {
  put_number(requests.size(), out);
  for (const ResolutionRequest& q : requests) {
    put_number(q.reference, out);
    put_number(static_cast<std::uint64_t>(q.kind), out);
    put_string(q.id, out);
    put_strings(q.indieners, out);
    put_strings(q.indiener_slugs, out);
    put_string(q.words.text(), out);
    put_number(q.words.ends().size(), out);
    out.append(reinterpret_cast<const char*>(q.words.ends().data()), q.words.ends().size() * sizeof(std::uint32_t));
    put_number(q.from_subject ? 1 : 0, out);
    put_string(q.letter.series, out);
    put_string(q.letter.name, out);
    put_string(q.letter.month, out);
  }
}

std::vector<ResolutionRequest> decode_requests(std::string_view& bytes) {
  std::vector<ResolutionRequest> requests;
  const std::uint64_t count = take_number(bytes);
  for (std::uint64_t i = 0; i < count; ++i) {
    ResolutionRequest q;
    q.reference = static_cast<std::size_t>(take_number(bytes));
    q.kind = static_cast<RefKind>(take_number(bytes));
    q.id = take_string(bytes);
    q.indieners = take_strings(bytes);
    q.indiener_slugs = take_strings(bytes);
    std::string text = take_string(bytes);
    const std::uint64_t words = take_number(bytes);
    if (words > bytes.size() / sizeof(std::uint32_t)) throw std::runtime_error("resolution requests cut short");
    std::vector<std::uint32_t> ends(static_cast<std::size_t>(words));
    if (!ends.empty()) std::memcpy(ends.data(), take(bytes, words * sizeof(std::uint32_t)).data(), words * sizeof(std::uint32_t));
    q.words = WordList(std::move(text), std::move(ends));
    q.from_subject = take_number(bytes) != 0;
    q.letter.series = take_string(bytes);
    q.letter.name = take_string(bytes);
    q.letter.month = take_string(bytes);
    requests.push_back(std::move(q));
  }
  return requests;
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
