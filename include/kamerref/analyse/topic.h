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
// 3. Match: a topic of n distinct stems matches a passage that shares k of
//    them when k >= min(2, n) and 3k >= n: two shared stems (one when the
//    topic has one), and at least a third of the topic.
#include <cstddef>
#include <string>
#include <string_view>
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

struct TopicMatch {
  std::size_t shared = 0;      // k
  std::size_t topic_size = 0;  // n
  bool matches() const;        // step 3
  double score() const { return topic_size == 0 ? 0.0 : static_cast<double>(shared) / static_cast<double>(topic_size); }
};

TopicMatch match_topic(const std::vector<std::string>& topic, const std::vector<std::string>& passage);

}  // namespace kamerref
