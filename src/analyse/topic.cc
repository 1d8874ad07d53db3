#include "kamerref/analyse/topic.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "kamerref/data/embedded.h"
#include "kamerref/extract/text_util.h"
#include "kamerref/graph/series.h"

namespace kamerref {
namespace {

std::unordered_set<std::string> parse_stopwords() {
  std::unordered_set<std::string> words;
  std::string_view data = data::topic_stopwords();
  while (!data.empty()) {
    std::size_t nl = data.find('\n');
    std::string_view line = data.substr(0, nl);
    data = nl == std::string_view::npos ? std::string_view() : data.substr(nl + 1);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    words.emplace(line);
  }
  return words;
}

const std::unordered_set<std::string>& stopwords() {
  static const std::unordered_set<std::string> words = parse_stopwords();
  return words;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Folded words of `text`: runs of ASCII letters and digits after fold().
std::vector<std::string> folded_words(std::string_view text) {
  std::string folded = fold(text);
  std::vector<std::string> words;
  std::string word;
  for (char c : folded) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      word += c;
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

bool is_anaphor(std::string_view word) {
  static constexpr std::string_view kAnaphors[] = {
      "hierover", "hieromtrent", "hiervan", "hiermee", "hieraan", "hierop", "hierbij", "hierin",
      "daarover", "daaromtrent", "daarvan", "daarmee", "daaraan", "daarop", "daarbij", "daarin",
      "ervan",    "erover",      "eraan",   "deze",    "dit",     "dergelijke"};
  return std::find(std::begin(kAnaphors), std::end(kAnaphors), word) != std::end(kAnaphors);
}

}  // namespace

std::string stem_dutch(std::string_view folded_word) {
  std::string w(folded_word);
  if (ends_with(w, "heden") && w.size() >= 8) {
    w.replace(w.size() - 5, 5, "heid");  // mogelijkheden -> mogelijkheid
  } else if (ends_with(w, "ingen") && w.size() >= 8) {
    w.resize(w.size() - 2);  // ontwikkelingen -> ontwikkeling
  } else if (ends_with(w, "en") && w.size() >= 6) {
    w.resize(w.size() - 2);  // platformen -> platform, gesprekken -> gesprekk
    std::size_t n = w.size();
    if (n >= 2 && w[n - 1] == w[n - 2] && !is_vowel(w[n - 1])) w.pop_back();
  }
  // -s and -e, repeatedly: definities -> definitie -> definiti, europees -> europee -> europe -> europ
  while (w.size() >= 5) {
    char last = w.back();
    if (last == 's' && w[w.size() - 2] != 's') {
      w.pop_back();
    } else if (last == 'e') {
      w.pop_back();
    } else {
      break;
    }
  }
  std::string out;
  for (char c : w) {
    if (!out.empty() && c == out.back() && (c == 'a' || c == 'e' || c == 'o' || c == 'u')) continue;
    out += c;
  }
  return out;
}

std::vector<std::string> content_stems(std::string_view text) {
  std::vector<std::string> stems;
  for (const std::string& word : folded_words(text)) {
    if (word.size() < 3) continue;
    if (std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
    if (stopwords().count(word) || !series_word(word).empty()) continue;
    std::string stem = stem_dutch(word);
    if (std::find(stems.begin(), stems.end(), stem) == stems.end()) stems.push_back(std::move(stem));
  }
  return stems;
}

bool is_anaphoric(std::string_view topic) {
  for (const std::string& word : folded_words(topic))
    if (is_anaphor(word)) return true;
  return false;
}

bool opens_anaphorically(std::string_view sentence) {
  std::vector<std::string> words = folded_words(sentence.substr(0, 40));
  return !words.empty() && is_anaphor(words[0]);
}

void StemWeights::add_sentence(const std::vector<std::string>& stems) {
  ++sentences_;
  std::unordered_set<std::string> once(stems.begin(), stems.end());
  for (const std::string& stem : once) ++sentences_with_[stem];
}

double StemWeights::weight(const std::string& stem) const {
  auto it = sentences_with_.find(stem);
  double df = it == sentences_with_.end() ? 1.0 : static_cast<double>(it->second);
  return std::log(1.0 + static_cast<double>(std::max<std::size_t>(sentences_, 1)) / df);
}

bool TopicMatch::matches() const {
  if (topic_size == 0) return false;
  return shared >= std::min<std::size_t>(2, topic_size) && 4 * shared_weight >= topic_weight;
}

TopicMatch match_topic(const std::vector<std::string>& topic, const std::vector<std::string>& passage,
                       const StemWeights* weights) {
  TopicMatch m;
  m.topic_size = topic.size();
  std::unordered_set<std::string> words(passage.begin(), passage.end());
  for (const std::string& stem : topic) {
    double w = weights ? weights->weight(stem) : 1.0;
    m.topic_weight += w;
    if (words.count(stem)) {
      ++m.shared;
      m.shared_weight += w;
    }
  }
  return m;
}

}  // namespace kamerref
