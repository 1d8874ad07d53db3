#include "kamerref/analyse/commitments.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>

#include "kamerref/analyse/topic.h"
#include "kamerref/extract/context.h"
#include "kamerref/extract/text_util.h"
#include "kamerref/graph/series.h"

namespace kamerref {
namespace {

struct Sentence {
  std::string text;  // squeezed
  std::size_t begin = 0, end = 0;  // in the normalised text; 0, 0 when no text
  bool opens_paragraph = true;
  std::vector<std::string> stems;
};

// A blank line between two sentences ends a paragraph.
bool blank_line_between(std::string_view text, std::size_t from, std::size_t to) {
  bool newline = false;
  for (std::size_t i = from; i < to && i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n') {
      if (newline) return true;
      newline = true;
    } else if (c != ' ' && c != '\t' && c != '\r') {
      newline = false;
    }
  }
  return false;
}

std::vector<Sentence> split_sentences(std::string_view text) {
  std::vector<Sentence> sentences;
  std::size_t pos = 0;
  std::size_t previous_end = 0;
  while (pos < text.size()) {
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\n' || text[pos] == '\t' || text[pos] == '\f'))
      ++pos;
    if (pos >= text.size()) break;
    Span s = sentence_at(text, pos);
    if (s.end <= pos) {  // never stand still
      ++pos;
      continue;
    }
    Sentence sentence;
    sentence.text = squeeze(text.substr(s.begin, s.size()));
    sentence.begin = s.begin;
    sentence.end = s.end;
    sentence.opens_paragraph = sentences.empty() || blank_line_between(text, previous_end, s.begin);
    sentence.stems = content_stems(sentence.text);
    if (!sentence.text.empty()) sentences.push_back(std::move(sentence));
    previous_end = s.end;
    pos = s.end;
  }
  return sentences;
}

// The sentences of the corpus documents, split once per audit.
class Sentences {
 public:
  Sentences(const ReferenceGraph& graph, const DocumentTexts& texts) : graph_(graph), texts_(texts) {}

  const std::vector<Sentence>& of(Vertex doc) {
    auto it = cache_.find(doc);
    if (it != cache_.end()) return it->second;
    std::vector<Sentence> sentences;
    const VertexProps& p = graph_.g[doc];
    if (auto text = texts_.find(p.file); !p.file.empty() && text != texts_.end()) {
      sentences = split_sentences(text->second);
    } else {
      // no text: the sentences its references stand in, each on its own
      std::set<std::string> seen;
      for (auto [e, end] = boost::out_edges(doc, graph_.g); e != end; ++e) {
        const std::string& s = graph_.g[*e].evidence.sentence;
        if (s.empty() || !seen.insert(s).second) continue;
        sentences.push_back({s, 0, 0, true, content_stems(s)});
      }
    }
    return cache_.emplace(doc, std::move(sentences)).first->second;
  }

 private:
  const ReferenceGraph& graph_;
  const DocumentTexts& texts_;
  std::map<Vertex, std::vector<Sentence>> cache_;
};

// The sentence a statement stands in: by position in the text (the same
// sentence may stand twice in a letter), else by its words.
std::optional<std::size_t> locate(const std::vector<Sentence>& sentences, const Evidence& evidence) {
  const std::string& sentence = evidence.sentence;
  if (sentence.empty()) return std::nullopt;
  for (std::size_t i = 0; i < sentences.size(); ++i)
    if (sentences[i].end > 0 && sentences[i].begin <= evidence.text_pos && evidence.text_pos < sentences[i].end &&
        (sentences[i].text.find(sentence) != std::string::npos || sentence.find(sentences[i].text) != std::string::npos))
      return i;
  for (std::size_t i = 0; i < sentences.size(); ++i)
    if (sentences[i].text == sentence) return i;
  for (std::size_t i = 0; i < sentences.size(); ++i)
    if (sentences[i].text.find(sentence) != std::string::npos || sentence.find(sentences[i].text) != std::string::npos)
      return i;
  return std::nullopt;
}

void add_stems(std::vector<std::string>& to, const std::vector<std::string>& from) {
  for (const std::string& s : from)
    if (std::find(to.begin(), to.end(), s) == to.end()) to.push_back(s);
}

// One toezegging as the audit sees it: a promise made, or a statement that one
// is fulfilled.
struct Statement {
  Vertex commitment;
  Vertex document;
  const CommitmentInfo* info;
  const Evidence* evidence;
  std::vector<std::string> topic;  // stems
};

// The topic's stems, with the sentence(s) before when the topic points back.
std::vector<std::string> topic_stems(Sentences& sentences, const Statement& s, const std::vector<std::string>& vehicle_stems) {
  std::vector<std::string> stems = content_stems(s.info->topic);
  bool needs_context = stems.empty() || is_anaphoric(s.info->topic);
  if (!needs_context) return stems;
  const std::vector<Sentence>& all = sentences.of(s.document);
  if (std::optional<std::size_t> at = locate(all, *s.evidence)) {
    std::size_t k = *at;
    for (int steps = 0; steps < 3 && k > 0 && !all[k].opens_paragraph; ++steps) {
      --k;
      add_stems(stems, all[k].stems);
      if (!opens_anaphorically(all[k].text)) break;
    }
  }
  if (stems.empty()) {
    // last resort: the promise's own words, without those naming the vehicle
    for (const std::string& stem : content_stems(s.evidence->sentence))
      if (std::find(vehicle_stems.begin(), vehicle_stems.end(), stem) == vehicle_stems.end()) stems.push_back(stem);
  }
  return stems;
}

// What a promise says will carry it.
struct Vehicle {
  std::string series_word;   // "voortgangsbrief"
  std::string programme;     // programme key, "vao"; empty = any of that word
  std::string head;          // a carrier that is no series: "kamerbrief", "beleidsreactie"
  std::string name;          // for the report
};

std::string programme_of_key(const std::string& series_key) {
  std::size_t colon = series_key.find(':');
  return colon == std::string::npos ? std::string() : series_key.substr(colon + 1);
}

std::optional<Vehicle> vehicle_of(const CommitmentInfo& c, const std::string& sentence, const VertexProps& doc) {
  Vehicle v;
  std::optional<SeriesName> series = find_series(c.vehicle);
  std::optional<SeriesName> in_sentence = find_series(sentence);
  if (!series && c.vehicle.empty()) series = in_sentence;
  if (series) {
    v.series_word = series->word;
    v.name = series->word;
    if (!series->key.empty()) {
      v.programme = programme_key(series->programme);
      v.name += " " + series->programme;
    } else if (in_sentence && in_sentence->word == series->word && !in_sentence->key.empty()) {
      v.programme = programme_key(in_sentence->programme);
      v.name += " " + in_sentence->programme;
    } else if (doc.series.rfind(series->word + ":", 0) == 0) {
      v.programme = programme_of_key(doc.series);  // `de volgende voortgangsbrief`: this one's series
    }
    return v;
  }
  std::vector<std::string> words = content_stems(c.vehicle);
  std::string folded = fold(c.vehicle);
  if (folded.find("brief") != std::string::npos) {
    v.head = "kamerbrief";
  } else if (!words.empty()) {
    v.head = words.front();
  } else {
    return std::nullopt;
  }
  v.name = c.vehicle;
  return v;
}

bool carries(const Vehicle& v, const VertexProps& doc) {
  const std::string& title = doc.title.empty() ? doc.label : doc.title;
  if (!v.series_word.empty()) {
    std::optional<SeriesName> s = find_series(title);
    if (!s || s->word != v.series_word || s->word_index > 2) return false;
    return v.programme.empty() || (!s->key.empty() && programme_key(s->programme) == v.programme);
  }
  if (v.head == "kamerbrief") return doc.type == "kamerbrief" || fold(title).find("brief") != std::string::npos;
  return fold(title).find(v.head) != std::string::npos || fold(doc.type).find(v.head) != std::string::npos;
}

bool windows_overlap(const CommitmentInfo& a, const CommitmentInfo& b) {
  if (a.due_from.empty() || a.due_to.empty() || b.due_from.empty() || b.due_to.empty()) return true;
  return a.due_from <= b.due_to && b.due_from <= a.due_to;
}

// Later than the promise, and known on the as-of date.
bool counts_as_later(const VertexProps& later, const VertexProps& promise_doc, const std::string& as_of) {
  if (later.date.empty()) return false;
  if (!promise_doc.date.empty() && later.date <= promise_doc.date) return false;
  return as_of.empty() || later.date <= as_of;
}

// `Werkbare definitie (gewelddadig) extremistische content`: a heading, not a
// passage that says something.
bool heading_like(const std::string& sentence) {
  if (sentence.empty()) return true;
  char last = sentence.back();
  if (last == '.' || last == '!' || last == '?' || last == ';' || last == ':' || last == ')' || last == '"' || last == '\'')
    return false;
  return std::count(sentence.begin(), sentence.end(), ' ') < 8;
}

// The last day a due date stands for: `2026` -> `2026-12-31`, `2026-06` -> `2026-06-30`.
std::string last_day(const std::string& due) {
  if (due.size() == 4) return due + "-12-31";
  if (due.size() == 7 && due[4] == '-') {
    int year = std::atoi(due.substr(0, 4).c_str());
    int month = std::atoi(due.substr(5, 2).c_str());
    if (month >= 1 && month <= 12) return iso_date(year, month, days_in_month(year, month));
  }
  return due;
}

long trailing_number(const std::string& id) {
  std::size_t dash = id.rfind('-');
  if (dash == std::string::npos || id.size() - dash > 10) return 0;  // at most nine digits
  long n = 0;
  for (std::size_t i = dash + 1; i < id.size(); ++i) {
    if (id[i] < '0' || id[i] > '9') return 0;
    n = n * 10 + (id[i] - '0');
  }
  return n;
}

}  // namespace

std::vector<CommitmentFinding> audit_commitments(const ReferenceGraph& graph, const DocumentTexts& texts,
                                                 const CommitmentAuditOptions& options) {
  const Graph& g = graph.g;
  Sentences sentences(graph, texts);
  // how rare each stem is across the sentences of every corpus document
  StemWeights weights;
  for (Vertex v = 0; v < boost::num_vertices(g); ++v)
    if (g[v].in_corpus)
      for (const Sentence& s : sentences.of(v)) weights.add_sentence(s.stems);

  std::vector<Statement> promises;
  std::vector<Statement> fulfilments;
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    EdgeKind kind = g[*it].kind;
    if (kind != EdgeKind::promises && kind != EdgeKind::fulfils) continue;
    Vertex c = boost::target(*it, g);
    if (!g[c].commitment) continue;
    Statement s{c, boost::source(*it, g), &*g[c].commitment, &g[*it].evidence, {}};
    (kind == EdgeKind::promises ? promises : fulfilments).push_back(s);
  }
  for (Statement& f : fulfilments) f.topic = topic_stems(sentences, f, {});

  // the sentences of each document that are promises themselves
  std::map<Vertex, std::set<std::string>> promise_sentences;
  for (const Statement& p : promises) promise_sentences[p.document].insert(p.evidence->sentence);

  std::vector<CommitmentFinding> findings;
  for (Statement& p : promises) {
    const VertexProps& doc = g[p.document];
    const CommitmentInfo& info = *p.info;
    CommitmentFinding f;
    f.id = g[p.commitment].id;
    f.document = doc.id;
    f.file = doc.file.empty() ? p.evidence->file : doc.file;
    f.date = doc.date;
    f.quote = p.evidence->sentence;
    f.topic = info.topic;
    f.due_text = info.due_text;
    f.due_from = info.due_from;
    f.due_to = info.due_to.empty() ? info.due_from : info.due_to;
    std::string deadline = last_day(f.due_to);
    f.vehicle = info.vehicle;

    std::optional<Vehicle> vehicle = vehicle_of(info, p.evidence->sentence, doc);
    std::vector<std::string> vehicle_stems = content_stems(vehicle ? vehicle->name + " " + info.vehicle : info.vehicle);
    if (std::optional<SeriesName> s = find_series(p.evidence->sentence)) add_stems(vehicle_stems, content_stems(s->programme));
    p.topic = topic_stems(sentences, p, vehicle_stems);

    // 1. a later document says so
    std::set<Vertex> kept_by;
    for (const Statement& s : fulfilments) {
      const VertexProps& later = g[s.document];
      if (s.document == p.document || !counts_as_later(later, doc, options.as_of)) continue;
      bool bound = g[s.commitment].id == f.id;
      if (!bound && (!windows_overlap(info, *s.info) || !match_topic(p.topic, s.topic, &weights).matches())) continue;
      if (!kept_by.insert(s.document).second) continue;
      f.fulfilled_by.push_back({later.id, later.file, later.date, s.evidence->sentence, "says so"});
    }
    // 2. a later document of the promised kind takes the topic up
    if (vehicle) {
      for (Vertex v = 0; v < boost::num_vertices(g); ++v) {
        const VertexProps& later = g[v];
        if (!later.in_corpus || v == p.document || kept_by.count(v)) continue;
        if (!counts_as_later(later, doc, options.as_of) || !carries(*vehicle, later)) continue;
        const std::set<std::string>& own_promises = promise_sentences[v];
        const Sentence* best = nullptr;
        TopicMatch best_match;
        for (const Sentence& s : sentences.of(v)) {
          if (own_promises.count(s.text) || heading_like(s.text)) continue;
          // the letterhead (`Datum 22 mei 2026 Betreft Voortgangsbrief ...`) names the title, it takes nothing up
          if (!later.title.empty() && s.text.find(later.title) != std::string::npos) continue;
          TopicMatch m = match_topic(p.topic, s.stems, &weights);
          if (m.matches() && (!best || m.shared_weight > best_match.shared_weight)) {
            best = &s;
            best_match = m;
          }
        }
        if (!best) continue;
        kept_by.insert(v);
        f.fulfilled_by.push_back({later.id, later.file, later.date, best->text, "in the promised " + vehicle->name});
      }
    }
    std::sort(f.fulfilled_by.begin(), f.fulfilled_by.end(),
              [](const Fulfilment& a, const Fulfilment& b) { return a.date < b.date || (a.date == b.date && a.document < b.document); });

    if (!f.fulfilled_by.empty())
      f.status = "fulfilled";
    else if (!deadline.empty() && !options.as_of.empty() && deadline < options.as_of)
      f.status = "overdue";
    else
      f.status = "open";
    findings.push_back(std::move(f));
  }
  std::sort(findings.begin(), findings.end(), [](const CommitmentFinding& a, const CommitmentFinding& b) {
    if (a.date != b.date) return a.date < b.date;
    if (a.document != b.document) return a.document < b.document;
    if (trailing_number(a.id) != trailing_number(b.id)) return trailing_number(a.id) < trailing_number(b.id);
    return a.id < b.id;
  });
  return findings;
}

}  // namespace kamerref
