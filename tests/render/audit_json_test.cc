#include "kamerref/render/audit_json.h"

#include <catch2/catch.hpp>

#include <sstream>

#include "kamerref/render/report.h"

using namespace kamerref;

TEST_CASE("motion audit JSON has the SPEC fields in the SPEC order", "[render][json]") {
  MotionFinding f;
  f.id = "kst-29754-758";
  f.indieners = {"Michon-Derkzen"};
  f.subject = "een werkbare definitie";
  f.status = "in-uitvoering";
  auto mention = [](std::string document, std::string file, std::string date, std::string quote, int line) {
    MotionMention m;
    m.document = std::move(document);
    m.file = std::move(file);
    m.date = std::move(date);
    m.relation = "uitvoering";
    m.quote = std::move(quote);
    m.line = line;
    return m;
  };
  f.mentions.push_back(mention("doc-vgb", "vgb.md", "2026-05-22", "Ter uitvoering van de motie ...", 12));
  f.mentions.push_back(mention("doc-nota", "nota.txt", "", "conform de motie", 3));
  f.decided_by = f.mentions[0];
  nlohmann::ordered_json j = motion_audit_json({f});
  REQUIRE(j.is_array());
  REQUIRE(j.size() == 1);
  std::vector<std::string> keys;
  for (auto it = j[0].begin(); it != j[0].end(); ++it) keys.push_back(it.key());
  CHECK(keys ==
        std::vector<std::string>{"id", "indieners", "subject", "status", "kamer", "mentions", "verzoeken", "decided_by"});
  CHECK(j[0]["mentions"][0].dump() ==
        R"({"document":"doc-vgb","file":"vgb.md","line":12,"date":"2026-05-22","relation":"uitvoering","quote":"Ter uitvoering van de motie ..."})");
  // nothing known of the Kamer's decision: decision null, nothing else
  CHECK(j[0]["kamer"].dump() == R"({"decision":null})");
  CHECK(j[0]["mentions"][1]["date"].is_null());
  CHECK(j[0]["decided_by"]["document"] == "doc-vgb");
}

TEST_CASE("commitment audit JSON has the SPEC fields in the SPEC order", "[render][json]") {
  CommitmentFinding f;
  f.id = "commitment-kst-29754-771-3";
  f.document = "kst-29754-771";
  f.date = "2025-12-02";
  f.quote = "Over de ontwikkelingen hieromtrent zal ik ...";
  f.topic = "zorgplicht";
  f.due_from = "2026-03-20";
  f.due_to = "2026-06-20";
  f.status = "fulfilled";
  f.fulfilled_by.push_back({"doc-vgb", "vgb.md", "2026-05-22", "Zo worden ...", "in the promised voortgangsbrief"});
  nlohmann::ordered_json j = commitment_audit_json({f});
  std::vector<std::string> keys;
  for (auto it = j[0].begin(); it != j[0].end(); ++it) keys.push_back(it.key());
  CHECK(std::vector<std::string>(keys.begin(), keys.begin() + 8) ==
        std::vector<std::string>{"id", "document", "date", "quote", "topic", "due", "status", "fulfilled_by"});
  CHECK(j[0]["due"].dump() == R"({"from":"2026-03-20","to":"2026-06-20"})");
  CHECK(j[0]["fulfilled_by"][0]["document"] == "doc-vgb");
  CHECK(j[0]["fulfilled_by"][0]["quote"] == "Zo worden ...");
  f.due_from.clear();
  f.due_to.clear();
  CHECK(to_json(f)["due"].is_null());
}

TEST_CASE("text reports name what matters", "[render][text]") {
  CommitmentFinding f;
  f.id = "commitment-kst-29754-436-1";
  f.document = "kst-29754-436";
  f.date = "2017-11-24";
  f.quote = "In het voorjaar van 2018 wordt uw Kamer geinformeerd over ontwikkelingen in de aanpak.";
  f.status = "overdue";
  f.due_from = "2018-03-20";
  f.due_to = "2018-06-20";
  std::string text = format_commitment_audit({f}, "2026-11-23");
  CHECK(text.find("1 commitment as of 2026-11-23, 1 overdue") != std::string::npos);
  CHECK(text.find("commitment-kst-29754-436-1  overdue") != std::string::npos);
  CHECK(text.find("due: 2018-03-20 .. 2018-06-20") != std::string::npos);

  ChainStep a{{"doc-vgb"}, "Voortgangsbrief", "2026-05-22"};
  ChainStep b{{"kst-29754-690"}, "contourenbrief", "2023-12"};
  std::string chain = format_longest_chain({a, b});
  CHECK(chain.find("(2 steps)") != std::string::npos);
  CHECK(chain.find("builds on kst-29754-690") != std::string::npos);
}

TEST_CASE("audit JSON written finding by finding is dump(2) of the whole array", "[audit_json]") {
  auto whole = [](const nlohmann::ordered_json& j) {
    return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
  };
  kamerref::MotionFinding a;
  a.id = "kst-29754-758";
  a.indieners = {"Michon-Derkzen"};
  a.status = "afgedaan";
  kamerref::MotionMention done;
  done.document = "kst-29754-800";
  done.file = "brief.txt";
  done.date = "2026-05-22";
  done.relation = "afgedaan";
  done.quote = "Hiermee beschouw ik de motie\nals afgedaan \xff.";
  a.mentions.push_back(done);
  a.decided_by = a.mentions.front();
  kamerref::MotionFinding b;
  b.id = "motie-van-der-werf";
  b.status = "onbekend";
  for (const std::vector<kamerref::MotionFinding>& findings :
       {std::vector<kamerref::MotionFinding>{}, {a}, {a, b}}) {
    std::ostringstream streamed;
    kamerref::write_motion_audit_json(streamed, findings);
    CHECK(streamed.str() == whole(kamerref::motion_audit_json(findings)));
  }
  kamerref::CommitmentFinding c;
  c.id = "commitment-x-1";
  c.quote = "Ik zal uw Kamer \"voor de zomer\" informeren.";
  c.due_from = "2026-01-01";
  c.due_to = "2026-06-30";
  c.fulfilled_by.push_back({"kst-1-2", "b.txt", "2026-05-01", "Zoals toegezegd", "says so"});
  for (const std::vector<kamerref::CommitmentFinding>& findings :
       {std::vector<kamerref::CommitmentFinding>{}, {c}, {c, c}}) {
    std::ostringstream streamed;
    kamerref::write_commitment_audit_json(streamed, findings);
    CHECK(streamed.str() == whole(kamerref::commitment_audit_json(findings)));
  }
}
