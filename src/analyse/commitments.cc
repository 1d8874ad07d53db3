#include "kamerref/analyse/commitments.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <deque>
#include <unordered_map>
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

// `with_stems` false leaves Sentence::stems empty (the caller stems them its own way).
std::vector<Sentence> split_sentences(std::string_view text, bool with_stems = true) {
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
    if (with_stems) sentence.stems = content_stems(sentence.text);
    if (!sentence.text.empty()) sentences.push_back(std::move(sentence));
    previous_end = s.end;
    pos = s.end;
  }
  return sentences;
}

// The sentences of one corpus document, in order: split from its text, or,
// without one, the sentences its references stand in, each on its own.
//
// A document without text is one read from `extract --json` output (a
// `.jsonl` input): only the sentences that hold a reference are known. For
// such a corpus (a) the passage that keeps a promise can only be found when it
// holds a reference of its own -- a voortgangsbrief that takes the topic up in
// a sentence citing nothing is not seen, and the promise may come out `open`
// or `overdue` where the documents would show it `fulfilled`; (b) the rarity
// of stems is counted over those sentences, not all; and (c) a topic that
// points back takes the sentence before it only when that one holds a
// reference too. Fed the documents themselves, the audit reads their texts.
template <typename Each>
void each_sentence(const ReferenceGraph& graph, const DocumentTexts& texts, Vertex doc, const Each& each) {
  const VertexProps& p = graph.g[doc];
  if (auto text = texts.find(p.file); !p.file.empty() && text != texts.end()) {
    for (Sentence& s : split_sentences(text->second, false)) each(std::move(s.text), nullptr);
    return;
  }
  std::vector<const std::string*> seen;  // a document holds few sentences: a list beats a set
  for (auto [e, end] = boost::out_edges(doc, graph.g); e != end; ++e) {
    const std::string& s = graph.g[*e].evidence.sentence;
    if (s.empty() || std::any_of(seen.begin(), seen.end(), [&](const std::string* x) { return *x == s; })) continue;
    seen.push_back(&s);
    each(std::string(), &s);
  }
}

// The sentences of the documents that make or fulfil promises, with their
// stems, split once per audit (the sentence before a promise that points back).
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
      each_sentence(graph_, texts_, doc, [&](std::string&&, const std::string* s) {
        sentences.push_back({*s, 0, 0, true, content_stems(*s)});
      });
    }
    return cache_.emplace(doc, std::move(sentences)).first->second;
  }

 private:
  const ReferenceGraph& graph_;
  const DocumentTexts& texts_;
  std::unordered_map<Vertex, std::vector<Sentence>> cache_;
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
    for (const std::string& stem : content_stems(s.evidence->sentence.str()))
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

// What carries() reads of a document's title and type, worked out once per
// document rather than once per promise.
struct CarrierInfo {
  bool opens_series = false;  // a series word opens the title (its 0th..2nd word)
  std::string series_word;
  bool has_key = false;        // the title names the series' programme
  std::string programme;       // programme_key of it
  std::string folded_title;
  std::string folded_type;
  bool is_kamerbrief = false;
};

CarrierInfo carrier_info(const VertexProps& doc) {
  CarrierInfo c;
  const std::string& title = doc.title.empty() ? doc.label : doc.title;
  if (std::optional<SeriesName> s = find_series(title); s && s->word_index <= 2) {
    c.opens_series = true;
    c.series_word = s->word;
    c.has_key = !s->key.empty();
    if (c.has_key) c.programme = programme_key(s->programme);
  }
  c.folded_title = fold(title);
  c.folded_type = fold(doc.type);
  c.is_kamerbrief = doc.type == "kamerbrief";
  return c;
}

bool carries(const Vehicle& v, const CarrierInfo& doc) {
  if (!v.series_word.empty()) {
    if (!doc.opens_series || doc.series_word != v.series_word) return false;
    return v.programme.empty() || (doc.has_key && doc.programme == v.programme);
  }
  if (v.head == "kamerbrief") return doc.is_kamerbrief || doc.folded_title.find("brief") != std::string::npos;
  return doc.folded_title.find(v.head) != std::string::npos || doc.folded_type.find(v.head) != std::string::npos;
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

// An ISO date (`2026-05-22`, `2026-05`, `2026`) as a number that orders as
// the string does (20260522, 20260500, 20260000), so counts_as_later can
// compare numbers over 10^6 passages; nullopt for anything else (empty too).
// A month or year alone is read by parse_iso as its first day; its own digits
// are then 00, so equal numbers are equal strings.
std::optional<std::uint32_t> date_number(const std::string& date) {
  const std::size_t n = date.size();
  if (n != 4 && n != 7 && n != 10) return std::nullopt;
  if (n == 7 && date[4] != '-') return std::nullopt;
  std::optional<Ymd> d = parse_iso(n == 10 ? date : n == 7 ? date + "-01" : date + "-01-01");
  if (!d) return std::nullopt;
  return static_cast<std::uint32_t>(d->year * 10000 + (n >= 7 ? d->month * 100 : 0) + (n == 10 ? d->day : 0));
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

// Stems as numbers. content_stems() on every sentence of 10^6 documents spent
// its time folding, stemming and allocating the same few thousand words over
// and over; here each distinct word is folded and stemmed once and a sentence
// becomes a list of stem numbers. `ids_of` gives the numbers of exactly the
// stems content_stems() gives: fold() works code point by code point, so
// folding each run of word bytes (ASCII letters and digits, and every byte of
// a multi-byte character) and splitting it as folded_words() does yields the
// same words.
class StemNumbers {
 public:
  std::uint32_t number(const std::string& stem) {
    auto [it, added] = numbers_.try_emplace(stem, static_cast<std::uint32_t>(numbers_.size()));
    return it->second;
  }
  std::size_t size() const { return numbers_.size(); }

  // Distinct stem numbers of `text`, in any order.
  void ids_of(std::string_view text, std::vector<std::uint32_t>& out) {
    out.clear();
    std::size_t i = 0;
    while (i < text.size()) {
      if (!run_byte(text[i])) {
        ++i;
        continue;
      }
      std::size_t begin = i;
      bool ascii = true;
      while (i < text.size() && run_byte(text[i])) ascii &= static_cast<unsigned char>(text[i++]) < 0x80;
      std::string_view run = text.substr(begin, i - begin);
      if (ascii) {
        add_word(run, out);
        continue;
      }
      std::string folded = fold(run);
      std::size_t k = 0;
      while (k < folded.size()) {
        while (k < folded.size() && !ascii_word_byte(folded[k])) ++k;
        std::size_t w = k;
        while (k < folded.size() && ascii_word_byte(folded[k])) ++k;
        if (k > w) add_word(std::string_view(folded).substr(w, k - w), out);
      }
    }
  }

 private:
  static bool ascii_word_byte(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
  static bool run_byte(char c) {
    auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  // One word of ASCII letters and digits, any case.
  void add_word(std::string_view word, std::vector<std::uint32_t>& out) {
    if (word.size() < 3) return;
    key_.assign(word);
    for (char& c : key_)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    auto it = words_.find(key_);
    if (it == words_.end()) {
      // content_stems() on the word alone: its one stem, or none (a stop word, a number, a series word)
      std::vector<std::string> stems = content_stems(key_);
      std::int64_t n = stems.empty() ? -1 : number(stems.front());
      it = words_.emplace(key_, n).first;
    }
    if (it->second < 0) return;
    auto id = static_cast<std::uint32_t>(it->second);
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  }

  std::unordered_map<std::string, std::uint32_t> numbers_;
  std::unordered_map<std::string, std::int64_t> words_;  // lower-cased word -> stem number, -1 for none
  std::string key_;
};

// A sentence of a document that may carry a promised vehicle.
struct Passage {
  Vertex doc;
  std::uint32_t carrier;               // index in the carriers
  std::optional<std::uint32_t> date;   // date_number of the document's date
  const std::string* text;             // in the graph's evidence, or in Passages::owned
  std::vector<std::uint32_t> topical;  // its stems that stand in some topic
};

// Which passages hold a stem, for the stems of topics.
using Postings = std::unordered_map<std::uint32_t, std::vector<std::uint32_t>>;

// The stems of `topic` a matching passage must share at least one of: the
// heaviest, until the rest weigh less than a quarter of the topic (a passage
// sharing only those can reach no quarter). A hair of margin keeps rounding
// from dropping a stem that could decide.
std::vector<std::uint32_t> deciding_stems(const std::vector<std::uint32_t>& topic, const std::vector<double>& weight) {
  std::vector<std::uint32_t> order = topic;
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return weight[a] > weight[b]; });
  double total = 0;
  for (std::uint32_t t : topic) total += weight[t];
  double rest = total;
  std::vector<std::uint32_t> deciding;
  for (std::uint32_t t : order) {
    if (4 * rest < total * (1 - 1e-9)) break;
    deciding.push_back(t);
    rest -= weight[t];
  }
  return deciding;
}

// match_topic() over stem numbers, summing in the same order, so the same doubles.
TopicMatch match_numbers(const std::vector<std::uint32_t>& topic, const std::vector<std::uint32_t>& passage,
                         const std::vector<double>& weight) {
  TopicMatch m;
  m.topic_size = topic.size();
  for (std::uint32_t stem : topic) {
    double w = weight[stem];
    m.topic_weight += w;
    if (std::find(passage.begin(), passage.end(), stem) != passage.end()) {
      ++m.shared;
      m.shared_weight += w;
    }
  }
  return m;
}

}  // namespace

std::vector<CommitmentFinding> audit_commitments(const ReferenceGraph& graph, const DocumentTexts& texts,
                                                 const CommitmentAuditOptions& options) {
  const Graph& g = graph.g;
  Sentences sentences(graph, texts);

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
  std::vector<std::optional<Vehicle>> vehicles;
  for (Statement& p : promises) {
    const CommitmentInfo& info = *p.info;
    std::optional<Vehicle> vehicle = vehicle_of(info, p.evidence->sentence, g[p.document]);
    std::vector<std::string> vehicle_stems = content_stems(vehicle ? vehicle->name + " " + info.vehicle : info.vehicle);
    if (std::optional<SeriesName> s = find_series(p.evidence->sentence.str())) add_stems(vehicle_stems, content_stems(s->programme));
    p.topic = topic_stems(sentences, p, vehicle_stems);
    vehicles.push_back(std::move(vehicle));
  }

  // topics as stem numbers, in their order
  StemNumbers numbers;
  auto topic_numbers = [&](const std::vector<Statement>& statements) {
    std::vector<std::vector<std::uint32_t>> out;
    for (const Statement& s : statements) {
      out.emplace_back();
      for (const std::string& stem : s.topic) out.back().push_back(numbers.number(stem));
    }
    return out;
  };
  std::vector<std::vector<std::uint32_t>> promise_topics = topic_numbers(promises);
  std::vector<std::vector<std::uint32_t>> fulfilment_topics = topic_numbers(fulfilments);
  const std::size_t topic_stem_count = numbers.size();  // numbers below this stand in a topic

  // the documents that carry some promised vehicle, and their titles read
  // once; in vertex order, numbered by carrier_of
  struct Carrier {
    Vertex doc;
    CarrierInfo info;
  };
  std::vector<Carrier> carriers;
  constexpr std::uint32_t no_carrier = UINT32_MAX;
  std::vector<std::uint32_t> carrier_of(boost::num_vertices(g), no_carrier);
  bool any_vehicle = std::any_of(vehicles.begin(), vehicles.end(), [](const auto& v) { return v.has_value(); });
  if (any_vehicle) {
    // the distinct vehicles (a few hundred), not one per promise: every
    // document against every promise was 10^6 x 10^5 comparisons
    std::set<std::pair<std::string, std::string>> series_vehicles;  // series word, programme ("" = any)
    std::set<std::string> head_vehicles;
    for (const std::optional<Vehicle>& vh : vehicles) {
      if (!vh) continue;
      if (!vh->series_word.empty())
        series_vehicles.emplace(vh->series_word, vh->programme);
      else
        head_vehicles.insert(vh->head);
    }
    auto carries_some = [&](const CarrierInfo& c) {
      if (c.opens_series && (series_vehicles.count({c.series_word, ""}) ||
                             (c.has_key && series_vehicles.count({c.series_word, c.programme}))))
        return true;
      Vehicle by_head;
      for (const std::string& head : head_vehicles) {
        by_head.head = head;
        if (carries(by_head, c)) return true;
      }
      return false;
    };
    for (Vertex v = 0; v < boost::num_vertices(g); ++v) {
      if (!g[v].in_corpus) continue;
      CarrierInfo c = carrier_info(g[v]);
      if (!carries_some(c)) continue;
      carrier_of[v] = static_cast<std::uint32_t>(carriers.size());
      carriers.push_back({v, std::move(c)});
    }
  }

  // One walk over every sentence of the corpus documents: how rare each topic
  // stem is (analyse/topic.h step 3; only topic stems are ever weighed), and
  // the passages of the carriers, indexed by their topic stems.
  std::size_t sentence_count = 0;
  std::vector<std::size_t> sentences_with(topic_stem_count, 0);
  std::vector<Passage> passages;
  std::deque<std::string> owned;  // passage texts split from a document's text
  Postings postings;
  std::vector<std::uint32_t> ids;
  for (Vertex v = 0; v < boost::num_vertices(g); ++v) {
    if (!g[v].in_corpus) continue;
    const std::uint32_t carrier = carrier_of[v];
    each_sentence(graph, texts, v, [&](std::string&& own, const std::string* in_graph) {
      const std::string& text = in_graph ? *in_graph : own;
      ++sentence_count;
      numbers.ids_of(text, ids);
      std::vector<std::uint32_t> topical;
      for (std::uint32_t id : ids)
        if (id < topic_stem_count) {
          ++sentences_with[id];
          topical.push_back(id);
        }
      if (carrier == no_carrier) return;
      const std::string* stored = in_graph;
      if (!stored) stored = &owned.emplace_back(std::move(own));
      auto index = static_cast<std::uint32_t>(passages.size());
      for (std::uint32_t id : topical) postings[id].push_back(index);
      passages.push_back({v, carrier, date_number(g[v].date), stored, std::move(topical)});
    });
  }
  // StemWeights::weight, term for term
  std::vector<double> weight(topic_stem_count);
  for (std::size_t t = 0; t < topic_stem_count; ++t) {
    double df = sentences_with[t] == 0 ? 1.0 : static_cast<double>(sentences_with[t]);
    weight[t] = std::log(1.0 + static_cast<double>(std::max<std::size_t>(sentence_count, 1)) / df);
  }

  // each stem's passages in date order (a promise reads only those after its
  // own date), the passages whose date is no ISO date at the end
  auto passage_date_order = [&](std::uint32_t a, std::uint32_t b) {
    const std::optional<std::uint32_t>& da = passages[a].date;
    const std::optional<std::uint32_t>& db = passages[b].date;
    if (da.has_value() != db.has_value()) return da.has_value();
    if (da && *da != *db) return *da < *db;
    return a < b;
  };
  for (auto& [stem, list] : postings) std::sort(list.begin(), list.end(), passage_date_order);

  // fulfilments by the commitment they name, and by their topic stems
  std::unordered_map<Vertex, std::vector<std::uint32_t>> fulfilments_of;
  Postings fulfilment_postings;
  for (std::size_t i = 0; i < fulfilments.size(); ++i) {
    fulfilments_of[fulfilments[i].commitment].push_back(static_cast<std::uint32_t>(i));
    for (std::uint32_t id : fulfilment_topics[i]) fulfilment_postings[id].push_back(static_cast<std::uint32_t>(i));
  }

  // the sentences of each document that are promises themselves
  std::unordered_map<Vertex, std::set<std::string>> promise_sentences;
  for (const Statement& p : promises) promise_sentences[p.document].insert(p.evidence->sentence);

  const std::optional<std::uint32_t> as_of_number = date_number(options.as_of);
  std::vector<CommitmentFinding> findings;
  for (std::size_t pi = 0; pi < promises.size(); ++pi) {
    const Statement& p = promises[pi];
    const VertexProps& doc = g[p.document];
    const CommitmentInfo& info = *p.info;
    CommitmentFinding f;
    f.id = g[p.commitment].id;
    f.document = doc.id;
    f.file = doc.file.empty() ? p.evidence->file.str() : doc.file;
    f.date = doc.date;
    f.quote = p.evidence->sentence;
    f.topic = info.topic;
    f.due_text = info.due_text;
    f.due_from = info.due_from;
    f.due_to = info.due_to.empty() ? info.due_from : info.due_to;
    std::string deadline = last_day(f.due_to);
    f.vehicle = info.vehicle;
    const std::optional<Vehicle>& vehicle = vehicles[pi];
    const std::vector<std::uint32_t>& topic = promise_topics[pi];
    std::vector<std::uint32_t> deciding = deciding_stems(topic, weight);

    // 1. a later document says so: the fulfilments bound to this promise and
    // those sharing a deciding stem, in their order
    std::vector<std::uint32_t> candidates;
    if (auto bound = fulfilments_of.find(p.commitment); bound != fulfilments_of.end())
      candidates = bound->second;
    for (std::uint32_t stem : deciding)
      if (auto it = fulfilment_postings.find(stem); it != fulfilment_postings.end())
        candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    std::set<Vertex> kept_by;
    for (std::uint32_t si : candidates) {
      const Statement& s = fulfilments[si];
      const VertexProps& later = g[s.document];
      if (s.document == p.document || !counts_as_later(later, doc, options.as_of)) continue;
      bool bound = g[s.commitment].id == f.id;
      if (!bound && (!windows_overlap(info, *s.info) || !match_numbers(topic, fulfilment_topics[si], weight).matches()))
        continue;
      if (!kept_by.insert(s.document).second) continue;
      f.fulfilled_by.push_back({later.id, later.file, later.date, s.evidence->sentence, "says so"});
    }
    // 2. a later document of the promised kind takes the topic up: the
    // carriers with a passage sharing a deciding stem, in vertex order. Only
    // such passages can match (deciding_stems), so only they are weighed.
    if (vehicle) {
      std::vector<std::uint32_t> hits;  // passage numbers: in vertex order, a carrier's together
      // counts_as_later on numbers when both dates are ISO (they are, but for
      // a date a citation gave in some other shape)
      const std::optional<std::uint32_t> promise_date = doc.date.empty() ? std::optional<std::uint32_t>(0) : date_number(doc.date);
      const bool numeric = promise_date && (options.as_of.empty() || as_of_number);
      auto later_passage = [&](const Passage& passage) {
        if (!numeric || !passage.date) return counts_as_later(g[passage.doc], doc, options.as_of);
        return *passage.date > *promise_date && (options.as_of.empty() || *passage.date <= *as_of_number);
      };
      for (std::uint32_t stem : deciding) {
        auto it = postings.find(stem);
        if (it == postings.end()) continue;
        const std::vector<std::uint32_t>& list = it->second;
        auto from = list.begin();
        if (numeric)  // skip the passages dated on or before the promise
          from = std::partition_point(list.begin(), list.end(), [&](std::uint32_t passage) {
            return passages[passage].date && *passages[passage].date <= *promise_date;
          });
        for (auto k = from; k != list.end(); ++k) {
          const Passage& passage = passages[*k];
          // dated after the as-of date: so is the rest, but for the undated at the end
          if (numeric && passage.date && !later_passage(passage)) {
            k = std::partition_point(k, list.end(), [&](std::uint32_t q) { return passages[q].date.has_value(); });
            if (k == list.end()) break;
          }
          if (later_passage(passages[*k])) hits.push_back(*k);
        }
      }
      std::sort(hits.begin(), hits.end());
      hits.erase(std::unique(hits.begin(), hits.end()), hits.end());
      for (std::size_t h = 0; h < hits.size();) {
        const Vertex v = passages[hits[h]].doc;
        std::size_t group_end = h;
        while (group_end < hits.size() && passages[hits[group_end]].doc == v) ++group_end;
        const std::size_t group = h;
        h = group_end;
        const VertexProps& later = g[v];
        if (v == p.document || kept_by.count(v)) continue;
        if (!carries(*vehicle, carriers[passages[hits[group]].carrier].info)) continue;
        auto own = promise_sentences.find(v);
        const Passage* best = nullptr;
        TopicMatch best_match;
        for (std::size_t k = group; k < group_end; ++k) {
          const Passage& passage = passages[hits[k]];
          const std::string& text = *passage.text;
          if ((own != promise_sentences.end() && own->second.count(text)) || heading_like(text)) continue;
          // the letterhead (`Datum 22 mei 2026 Betreft Voortgangsbrief ...`) names the title, it takes nothing up
          if (!later.title.empty() && text.find(later.title) != std::string::npos) continue;
          TopicMatch m = match_numbers(topic, passage.topical, weight);
          if (m.matches() && (!best || m.shared_weight > best_match.shared_weight)) {
            best = &passage;
            best_match = m;
          }
        }
        if (!best) continue;
        kept_by.insert(v);
        f.fulfilled_by.push_back({later.id, later.file, later.date, *best->text, "in the promised " + vehicle->name});
      }
    }
    std::sort(f.fulfilled_by.begin(), f.fulfilled_by.end(),
              [](const Fulfilment& a, const Fulfilment& b) { return a.date < b.date || (a.date == b.date && a.document < b.document); });

    // SPEC section 3: fulfilled after `due.to` is fulfilled-late; a promise
    // without a time is never overdue, it has no deadline
    if (!f.fulfilled_by.empty())
      f.status = !deadline.empty() && f.fulfilled_by.front().date > deadline ? "fulfilled-late" : "fulfilled";
    else if (deadline.empty())
      f.status = "no-deadline";
    else if (!options.as_of.empty() && deadline < options.as_of)
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
