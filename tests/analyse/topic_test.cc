#include "kamerref/analyse/topic.h"

#include <catch2/catch.hpp>

using namespace kamerref;

TEST_CASE("stem_dutch brings inflected forms together", "[analyse][topic]") {
  const std::pair<const char*, const char*> same[] = {
      {"platformen", "platforms"},   {"werkbare", "werkbaar"},     {"europese", "europees"},
      {"definities", "definitie"},   {"gesprekken", "gesprek"},    {"mogelijkheden", "mogelijkheid"},
      {"ontwikkelingen", "ontwikkeling"}, {"jongeren", "jongere"},
  };
  for (const auto& [a, b] : same) {
    INFO(a << " / " << b);
    CHECK(stem_dutch(a) == stem_dutch(b));
  }
  CHECK(stem_dutch("zorgplicht") == "zorgplicht");
  CHECK(stem_dutch("zorgplicht") != stem_dutch("zorg"));
}

TEST_CASE("content_stems drops stop words, numbers and series words", "[analyse][topic]") {
  // `wenselijkheid en haalbaarheid` is what any verkenning looks at: boilerplate
  CHECK(content_stems("de wenselijkheid en haalbaarheid van een zorgplicht voor online platformen") ==
        std::vector<std::string>{"zorgplicht", "onlin", "platform"});
  CHECK(content_stems("de werkbare definitie van extremistische content") ==
        std::vector<std::string>{"werkbar", "definiti", "extremistisch", "content"});
  CHECK(content_stems("Over de ontwikkelingen hieromtrent zal ik uw Kamer in het voorjaar van 2026 informeren").empty());
  CHECK(content_stems("de volgende voortgangsbrief").empty());
}

TEST_CASE("anaphoric topics point back", "[analyse][topic]") {
  CHECK(is_anaphoric("de ontwikkelingen hieromtrent"));
  CHECK(is_anaphoric("hierover"));
  CHECK(is_anaphoric("deze inspanningen"));
  CHECK_FALSE(is_anaphoric("een werkbare definitie van extremistische content"));
  CHECK(opens_anaphorically("Hierbij ligt de focus vooral op het inzichtelijk maken."));
  CHECK_FALSE(opens_anaphorically("In dit licht ga ik kijken naar de wenselijkheid."));
}

TEST_CASE("match_topic needs two shared stems and a quarter of the topic's weight", "[analyse][topic]") {
  std::vector<std::string> topic = content_stems(
      "In dit licht ga ik kijken naar de wenselijkheid en haalbaarheid van een zorgplicht voor online platformen in "
      "Europees verband.");
  std::vector<std::string> passage = content_stems(
      "Zo worden de mogelijkheden om de invoering van een zorgplicht wederom te agenderen onderzocht, teneinde online "
      "platformen beter aan te kunnen spreken op hun verantwoordelijkheid.");
  CHECK(topic == std::vector<std::string>{"zorgplicht", "onlin", "platform", "europ"});
  CHECK(match_topic(topic, passage).shared == 3);
  CHECK(match_topic(topic, passage).matches());
  // one shared word is not enough
  CHECK_FALSE(match_topic(topic, content_stems("De ATKM spreekt platformen aan.")).matches());
  // a one-word topic needs that word
  CHECK(match_topic({"zorgplicht"}, passage).matches());
  CHECK_FALSE(match_topic({}, passage).matches());
  // two shared words of a long topic are under a quarter
  TopicMatch m{2, 9, 2.0, 9.0};
  CHECK_FALSE(m.matches());
  TopicMatch enough{3, 9, 3.0, 9.0};
  CHECK(enough.matches());
}

TEST_CASE("rare stems weigh more than common ones", "[analyse][topic]") {
  StemWeights weights;
  for (int i = 0; i < 20; ++i) weights.add_sentence({"onlin", "platform"});
  weights.add_sentence({"zorgplicht", "onlin"});
  CHECK(weights.weight("zorgplicht") > weights.weight("platform"));
  CHECK(weights.weight("platform") > weights.weight("onlin"));
  CHECK(weights.weight("never-seen") >= weights.weight("zorgplicht"));
  std::vector<std::string> topic = {"zorgplicht", "multistakeholdergroep", "onlin", "platform", "inzichtelijk"};
  // the two common stems alone carry too little of the topic
  CHECK_FALSE(match_topic(topic, {"onlin", "platform"}, &weights).matches());
  CHECK(match_topic(topic, {"onlin", "platform"}).shared == 2);
  CHECK(match_topic(topic, {"zorgplicht", "onlin"}, &weights).matches());
}
