#pragma once
// Bytes on disk -> UTF-8, with the map back to the bytes.
#include <string>
#include <string_view>

#include "kamerref/load/offset_map.h"

namespace kamerref {

struct Decoded {
  std::string text;      // UTF-8
  OffsetMap map;         // text offsets -> input offsets
  std::string encoding;  // "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252"
  std::size_t invalid_bytes = 0;  // bytes that were neither UTF-8 nor Windows-1252 (U+FFFD now)
  std::size_t first_invalid = 0;  // input offset of the first of them
  // Bytes that broke the UTF-8 and were read as Windows-1252 one by one, and
  // how many valid multi-byte UTF-8 sequences the input also held: both at
  // once is a UTF-8 file with damage in it, not a Windows-1252 file.
  std::size_t not_utf8 = 0;
  std::size_t first_not_utf8 = 0;
  std::size_t utf8_sequences = 0;
};

// UTF-8 stays as it is (a BOM is dropped); UTF-16 with a BOM is converted;
// anything else that is not valid UTF-8 is read as Windows-1252, byte by byte
// where the UTF-8 breaks, so one stray Latin-1 byte does not spoil a file.
Decoded decode_to_utf8(std::string_view bytes);

// Whether decode_to_utf8 would hand back `bytes` as they are: UTF-8 without a
// byte order mark (UTF-8 or UTF-16), every sequence valid. The loader then
// reads the bytes in place instead of copying a whole file.
bool is_plain_utf8(std::string_view bytes);

// The UTF-8 text of a slice of input bytes (whole characters) that
// decode_to_utf8 reported as `encoding`: what a reference's bytes on disk say.
std::string decode_as(std::string_view bytes, std::string_view encoding);
// Appends the UTF-8 encoding of a code point.
void append_utf8(std::string& out, char32_t cp);
// The length of the UTF-8 sequence a byte begins, as the byte itself says
// (1 for ASCII; 0 for a byte that begins none). utf8_sequence() reads no
// byte past that many.
constexpr std::size_t utf8_declared_length(unsigned char first) {
  if (first < 0x80) return 1;
  if ((first & 0xE0) == 0xC0) return 2;
  if ((first & 0xF0) == 0xE0) return 3;
  if ((first & 0xF8) == 0xF0) return 4;
  return 0;
}
// Decodes one UTF-8 sequence at s[i]; returns its length, 0 when invalid.
std::size_t utf8_sequence(std::string_view s, std::size_t i, char32_t& cp);
// The offset of the first byte at or after s[i] that is not ASCII (s.size()
// when there is none).
std::size_t skip_ascii(std::string_view s, std::size_t i);

}  // namespace kamerref
