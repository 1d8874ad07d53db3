#include <catch2/catch.hpp>

#include "kamerref/load/offset_map.h"

using kamerref::MappedTextBuilder;
using kamerref::OffsetChain;
using kamerref::Span;

TEST_CASE("Copies map one to one, replacements as a whole", "[offset_map]") {
  // input:  "a&amp;b**c**"  -> output "a&bc"
  MappedTextBuilder b;
  b.copy(0, "a");
  b.replace(1, 5, "&");
  b.copy(6, "b");
  b.copy(9, "c");  // "**" at 7..9 dropped
  const auto map = b.take_map();
  CHECK(map.to_input_begin(0) == 0);
  CHECK(map.to_input_begin(1) == 1);
  CHECK(map.to_input_end(2) == 6);  // "&" ends where "&amp;" ends
  CHECK(map.to_input(Span{1, 3}) == Span{1, 7});
  CHECK(map.to_input(Span{3, 4}) == Span{9, 10});
}

TEST_CASE("drop_back undoes the tail of the last append", "[offset_map]") {
  MappedTextBuilder b;
  b.copy(0, "terroris-");
  b.drop_back(1);
  b.copy(10, "tische");
  CHECK(b.text() == "terroristische");
  const auto map = b.take_map();
  CHECK(map.to_input(Span{0, 14}) == Span{0, 16});
  CHECK(map.to_input_begin(8) == 10);
}

TEST_CASE("A chain maps through every stage", "[offset_map]") {
  // stage 1 drops a 3-byte BOM; stage 2 drops "**"
  MappedTextBuilder s1;
  s1.copy(3, "**x**");
  MappedTextBuilder s2;
  s2.copy(2, "x");
  OffsetChain chain;
  chain.push(s1.take_map());
  chain.push(s2.take_map());
  CHECK(chain.to_original(Span{0, 1}) == Span{5, 6});
}

TEST_CASE("A span across moved text maps to one range that holds all of it", "[offset_map]") {
  // The XML loader writes a <noot> as a `¹ ...` line at the end: input
  // "body<noot>note</noot>tail" -> output "bodytail\nnote". Found by the
  // load_xml fuzz target: a span from `tail` into `note` came out with its
  // end before its begin.
  MappedTextBuilder b;
  b.copy(0, "body");
  b.copy(21, "tail");
  b.replace(25, 0, "\n");
  b.copy(10, "note");
  REQUIRE(b.text() == "bodytail\nnote");
  const auto map = b.take_map();
  CHECK(map.to_input(Span{0, 4}) == Span{0, 4});     // in order: as before
  CHECK(map.to_input(Span{9, 13}) == Span{10, 14});  // the note alone
  CHECK(map.to_input(Span{6, 11}) == Span{10, 25});  // "il\nno": both pieces
  CHECK(map.to_input(Span{2, 13}) == Span{2, 25});
  const Span empty = map.to_input(Span{9, 9});
  CHECK(empty.begin <= empty.end);
}

TEST_CASE("An empty span where input was dropped does not end before it begins", "[offset_map]") {
  // "\n<d>x" -> "\nx" (the unknown tag dropped). Found by the load_html fuzz
  // target: the empty span at 1 mapped to {4, 1} (begin from the byte after
  // the gap, end from the byte before it).
  MappedTextBuilder b;
  b.copy(0, "\n");
  b.copy(4, "x");
  const auto map = b.take_map();
  CHECK(map.to_input(Span{1, 1}) == Span{4, 4});
  CHECK(map.to_input(Span{0, 2}) == Span{0, 5});
}
