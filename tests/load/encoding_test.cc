#include <catch2/catch.hpp>

#include "kamerref/load/encoding.h"
#include "kamerref/load/load.h"

using kamerref::decode_to_utf8;

TEST_CASE("UTF-8 passes through; a BOM is dropped", "[encoding]") {
  auto d = decode_to_utf8("caf\xC3\xA9");
  CHECK(d.text == "caf\xC3\xA9");
  CHECK(d.encoding == "utf-8");
  auto bom = decode_to_utf8("\xEF\xBB\xBFnr. 4");
  CHECK(bom.text == "nr. 4");
  CHECK(bom.encoding == "utf-8-bom");
  CHECK(bom.map.to_input_begin(0) == 3);
}

TEST_CASE("Windows-1252 is detected and converted with exact offsets", "[encoding]") {
  // "co\xF6rdinator \x93x\x94" in Windows-1252
  auto d = decode_to_utf8("co\xF6rdinator \x93x\x94");
  CHECK(d.encoding == "windows-1252");
  CHECK(d.text == "co\xC3\xB6rdinator \xE2\x80\x9Cx\xE2\x80\x9D");
  CHECK(d.map.to_input_begin(4) == 3);  // 'r' after the 2-byte ö
  CHECK(d.map.to_input_end(4) == 3);    // ö ends at input byte 3
}

TEST_CASE("UTF-16 with a BOM is converted", "[encoding]") {
  std::string le("\xFF\xFEn\0r\0.\0 \0" "4\0", 12);
  auto d = decode_to_utf8(le);
  CHECK(d.encoding == "utf-16le");
  CHECK(d.text == "nr. 4");
  CHECK(d.map.to_input_begin(4) == 10);
  std::string be("\xFE\xFF\0n\0r", 6);
  CHECK(decode_to_utf8(be).text == "nr");
}

TEST_CASE("A Windows-1252 citation is found and its offsets point at the bytes on disk", "[encoding]") {
  const std::string bytes = "Co\xF6rdinator: Kamerstuk 29\xA0" "754, nr. 434.";
  auto doc = kamerref::load_document_from_bytes("old.txt", bytes);
  auto pos = doc.text.find("Kamerstuk");
  auto span = doc.to_original({pos, pos + 16});
  CHECK(bytes.substr(span.begin, span.size()) == "Kamerstuk 29\xA0" "754");
}
