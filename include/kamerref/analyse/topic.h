#pragma once
// Does a passage talk about what a toezegging promised? Topic matching for the
// commitment audit, kept small enough to explain:
//
// 1. Words: the text is folded (lower case, diacritics off: `geïnformeerd` ->
//    `geinformeerd`) and split at everything that is not a letter or digit.
//    Words under three letters, numbers, the stop words of
//    data/topic-stopwords.tsv (Dutch function words and words every letter to
//    the Kamer uses: informeren, voortgang, ontwikkelingen, voorjaar, ...) and
//    series words (voortgangsbrief) are dropped.
// 2. Stems: a light Dutch stemmer: `-heden` -> `-heid`, `-ingen` -> `-ing`,
//    then `-en` comes off a word of six letters or more, `-s` and `-e` while
//    the word has five or more (an `-en` also undoubles the consonant before it: `gesprekken` ->
//    `gesprek`), and double vowels are made single (`werkbaar`/`werkbare` ->
//    `werkbar`, `Europees`/`Europese` -> `europ`).
// 3. Match: each stem weighs by its rarity in the corpus (idf = ln(1 + N/df)
//    over the N sentences of the corpus documents; df of them hold the stem),
//    so `zorgplicht` counts for more than `online`. A topic of n distinct stems
//    matches a passage that shares k of them when k >= min(2, n) (two shared
//    stems, one when the topic has one) and the shared stems carry at least a
//    quarter of the topic's weight. Without weights each stem weighs 1.
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kamerref {

// The stem of one folded word (step 2).
std::string stem_dutch(std::string_view folded_word);

// The distinct content stems of `text`, in order of first appearance (steps 1-2).
std::vector<std::string> content_stems(std::string_view text);

// `hierover`, `de ontwikkelingen hieromtrent`, `deze inspanningen`: a topic
// that points back at an earlier sentence instead of naming its subject.
bool is_anaphoric(std::string_view topic);

// Whether a sentence opens by pointing back (`Hierbij ligt de focus ...`,
// `Dit ...`): its subject is in the sentence before.
bool opens_anaphorically(std::string_view sentence);

// How rare each stem is in a body of sentences (step 3): idf = ln(1 + N/df)
// for N sentences of which df hold the stem. A stem never seen weighs as if
// it stood in one sentence.
class StemWeights {
 public:
  void add_sentence(const std::vector<std::string>& stems);
  double weight(const std::string& stem) const;

 private:
  std::unordered_map<std::string, std::size_t> sentences_with_;
  std::size_t sentences_ = 0;
};

struct TopicMatch {
  std::size_t shared = 0;      // k
  std::size_t topic_size = 0;  // n
  double shared_weight = 0;    // the weights of the k shared stems, summed
  double topic_weight = 0;     // the weights of all n
  bool matches() const;        // step 3
};

// Without weights every stem weighs 1.
TopicMatch match_topic(const std::vector<std::string>& topic, const std::vector<std::string>& passage,
                       const StemWeights* weights = nullptr);

}  // namespace kamerref
