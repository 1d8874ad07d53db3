// Reading `extract --json` lines back: the inverse of to_json_line, and the
// graph built from a `.jsonl` corpus.
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <unistd.h>

#include "kamerref/analyse/motions.h"
#include "kamerref/analyse/stats.h"
#include "kamerref/extract/corpus.h"
#include "kamerref/graph/corpus_graph.h"
#include "kamerref/output/json.h"
#include "kamerref/render/report.h"

using namespace kamerref;

namespace {

Corpus bundled_corpus() {
  std::vector<CorpusProblem> problems;
  Corpus corpus = extract_corpus({std::string(KAMERREF_SOURCE_DIR) + "/corpus/vao"}, problems);
  REQUIRE(problems.empty());
  REQUIRE(corpus.extractions.size() == 6);
  return corpus;
}

// A temporary `.jsonl` file, removed at the end of the test.
struct TempJsonl {
  std::string path;
  explicit TempJsonl(const std::string& content) {
    path = "/tmp/kamerref-json-read-" + std::to_string(::getpid()) + "-" + std::to_string(counter()++) + ".jsonl";
    std::ofstream(path, std::ios::binary) << content;
  }
  ~TempJsonl() { std::remove(path.c_str()); }
  static int& counter() {
    static int n = 0;
    return n;
  }
};

}  // namespace

TEST_CASE("every bundled document survives the trip through its JSON line", "[output][json]") {
  Corpus corpus = bundled_corpus();
  for (const Extraction& e : corpus.extractions) {
    INFO(e.file);
    std::string line = to_json_line(e);
    Extraction back = extraction_from_json_line(line);
    CHECK(to_json_line(back) == line);
    CHECK(back.references.size() == e.references.size());
    CHECK(back.document.id == e.document.id);
  }
}

TEST_CASE("a first pass may skip the references", "[output][json]") {
  Corpus corpus = bundled_corpus();
  std::string line = to_json_line(corpus.extractions.front());
  Extraction doc_only = extraction_from_json_line(line, false);
  CHECK(doc_only.references.empty());
  CHECK(doc_only.document.id == corpus.extractions.front().document.id);
  CHECK(doc_only.file == corpus.extractions.front().file);
}

TEST_CASE("escapes, unknown fields and nulls are read", "[output][json]") {
  Extraction e = extraction_from_json_line(
      R"({"file": "a\/b.md", "extra": [1, 2.5e3, {"x": null}, true], "document": {"id": "doc-a", "title": "Re\u00efntegratie \ud83d\ude00 \"x\"\n", "future": {}},)"
      R"( "references": [{"kind": "tk-document", "id": "2025D49428", "text": "2025D49428", "start": 3, "end": 13, "line": 2, "footnote": null, "attrs": {"b": "2", "a": "1"}, "sentence": "s"}]})");
  CHECK(e.file == "a/b.md");
  CHECK(e.document.title == "Re\xC3\xAFntegratie \xF0\x9F\x98\x80 \"x\"\n");
  REQUIRE(e.references.size() == 1);
  const Reference& r = e.references[0];
  CHECK(r.kind == RefKind::tk_document);
  CHECK(r.source.begin == 3);
  CHECK(r.source.end == 13);
  CHECK(r.line == 2);
  CHECK_FALSE(r.footnote);
  // attrs keep their order
  REQUIRE(r.attrs.size() == 2);
  CHECK(r.attrs[0].first == "b");
  CHECK(r.attrs[1].first == "a");
}

TEST_CASE("a malformed line says what is wrong and where", "[output][json]") {
  struct Case {
    const char* line;
    const char* message_part;
  };
  const Case cases[] = {
      {"[1, 2]", "not a JSON object"},
      {R"({"file": "a.md"})", "no \"document\""},
      {R"({"document": {"id": "x"}})", "no \"file\""},
      {R"({"file": "a.md", "document": {"id": "x"})", "expected ',' or '}'"},
      {R"({"file": "a.md", "document": {"id": "x"}} trailing)", "text after the object"},
      {R"({"file": "a.md", "document": {"id": 7}})", "expected a string"},
      {R"({"file": "a.md", "document": {"id": "x"}, "references": [{"kind": "novel", "id": "y"}]})", "unknown reference kind"},
      {R"({"file": "a.md", "document": {"id": "x"}, "references": [{"id": "y"}]})", "without \"kind\""},
      {R"({"file": "a.md", "document": {"id": "x"}, "references": [{"kind": "eu", "id": "y", "start": 1.5}]})", "whole number"},
      {R"({"file": "a.md", "document": {"id": "x"}, "references": [{"kind": "eu", "id": "y", "start": -1}]})", "not negative"},
      {R"({"file": "a.md", "document": {"id": "x\q"}})", "unknown escape"},
      {R"({"file": "a.md", "document": {"id": "\ud800"}})", "surrogate"},
      {R"({"file": "a.md", "document": {"id": "x)", "inside a string"},
  };
  for (const Case& c : cases) {
    INFO(c.line);
    try {
      extraction_from_json_line(c.line);
      FAIL("no error");
    } catch (const JsonLineError& error) {
      CHECK_THAT(error.what(), Catch::Contains(c.message_part) && Catch::Contains("column "));
    }
  }
}

TEST_CASE("a JSON Lines file: bad lines are reported by number, the others read", "[output][json]") {
  TempJsonl file(R"({"file": "a.md", "document": {"id": "doc-a"}, "references": []})"
                 "\n\n"
                 "not json\r\n"
                 R"({"file": "b.md", "document": {"id": "doc-b"}, "references": []})");
  std::vector<std::string> ids;
  std::vector<std::size_t> bad;
  read_json_lines(
      file.path, true, [&](Extraction&& e) { ids.push_back(e.document.id); },
      [&](std::size_t line, const std::string&) { bad.push_back(line); });
  CHECK(ids == std::vector<std::string>{"doc-a", "doc-b"});
  CHECK(bad == std::vector<std::size_t>{3});
  CHECK_THROWS_AS(read_json_lines("/nonexistent/x.jsonl", true, [](Extraction&&) {}, [](std::size_t, const std::string&) {}),
                  JsonLineError);
}

TEST_CASE("the graph of a .jsonl corpus is the graph of its documents", "[output][json][graph]") {
  Corpus documents = bundled_corpus();
  std::string lines;
  for (const Extraction& e : documents.extractions) lines += to_json_line(e) + "\n";
  TempJsonl file(lines + "{broken\n");

  std::vector<CorpusProblem> problems;
  Corpus from_jsonl = extract_corpus({file.path}, problems);
  CHECK(problems.empty());
  CHECK(from_jsonl.extractions.empty());
  REQUIRE(from_jsonl.extraction_files == std::vector<std::string>{file.path});
  ReferenceGraph read = build_corpus_graph(from_jsonl, problems);
  REQUIRE(problems.size() == 1);  // the broken line, by number
  CHECK(problems[0].file == file.path + ":7");

  ReferenceGraph built = build_graph(documents.extractions);
  CHECK(read.vertex_count() == built.vertex_count());
  CHECK(read.edge_count() == built.edge_count());
  for (Vertex v = 0; v < built.vertex_count(); ++v) {
    CHECK(read.g[v].id == built.g[v].id);
    CHECK(read.g[v].kind == built.g[v].kind);
    CHECK(read.g[v].label == built.g[v].label);
  }
  std::vector<MotionFinding> a = audit_motions(built), b = audit_motions(read);
  REQUIRE(a.size() == b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    CHECK(a[i].id == b[i].id);
    CHECK(a[i].status == b[i].status);
    CHECK(a[i].mentions.size() == b[i].mentions.size());
  }
  CHECK(format_stats(compute_stats(read)) == format_stats(compute_stats(built)));
}
