#include "kamerref/load/encoding.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace kamerref {
namespace {

// Windows-1252 bytes 0x80..0x9F; the rest of 0xA0..0xFF is Latin-1 = U+00A0..U+00FF.
// 0 marks the five bytes Windows-1252 leaves undefined.
constexpr std::array<char32_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void note_invalid(Decoded& d, std::size_t at) {
  if (d.invalid_bytes++ == 0) d.first_invalid = at;
}

// UTF-16 code units from bytes[start] on (after the BOM when there is one).
Decoded decode_utf16(std::string_view bytes, bool little_endian, std::size_t start) {
  Decoded d;
  d.encoding = little_endian ? "utf-16le" : "utf-16be";
  MappedTextBuilder out(bytes.size());
  auto unit = [&](std::size_t i) -> char32_t {
    auto lo = static_cast<unsigned char>(bytes[i + (little_endian ? 0 : 1)]);
    auto hi = static_cast<unsigned char>(bytes[i + (little_endian ? 1 : 0)]);
    return static_cast<char32_t>(hi << 8 | lo);
  };
  std::string buf;
  std::size_t i = start;
  while (i + 1 < bytes.size()) {
    char32_t cp = unit(i);
    std::size_t len = 2;
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < bytes.size()) {
      char32_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        len = 4;
      } else {
        cp = 0xFFFD;
        note_invalid(d, i);
      }
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      cp = 0xFFFD;
      note_invalid(d, i);
    }
    buf.clear();
    append_utf8(buf, cp);
    out.replace(i, len, buf);
    i += len;
  }
  if (i < bytes.size()) note_invalid(d, i);  // odd trailing byte
  d.text = out.take_text();
  d.map = out.take_map();
  return d;
}

}  // namespace

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::size_t utf8_sequence(std::string_view s, std::size_t i, char32_t& cp) {
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  if (c < 0x80) {
    cp = c;
    return 1;
  }
  const std::size_t len = utf8_declared_length(c);
  char32_t min;
  if (len == 2) {
    cp = c & 0x1F, min = 0x80;
  } else if (len == 3) {
    cp = c & 0x0F, min = 0x800;
  } else if (len == 4) {
    cp = c & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b(i + k) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

std::size_t skip_ascii(std::string_view s, std::size_t i) {
#if defined(__SSE2__)
  // Sixteen bytes a step where the compiler has SSE2 (every x86-64): the
  // high bits of a block, gathered in one mask, name its first non-ASCII byte.
  // Long ASCII stretches go by 64 bytes a step first: four blocks or-ed
  // together have a high bit set when any of them has.
  while (i + 64 <= s.size()) {
    const auto* block = reinterpret_cast<const __m128i*>(s.data() + i);
    const __m128i any = _mm_or_si128(_mm_or_si128(_mm_loadu_si128(block), _mm_loadu_si128(block + 1)),
                                     _mm_or_si128(_mm_loadu_si128(block + 2), _mm_loadu_si128(block + 3)));
    if (_mm_movemask_epi8(any) != 0) break;
    i += 64;
  }
  while (i + 16 <= s.size()) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    if (const int high = _mm_movemask_epi8(bytes); high != 0) return i + static_cast<std::size_t>(__builtin_ctz(high));
    i += 16;
  }
#endif
  // Eight bytes at a time while none has its high bit set: most of a Dutch
  // text is ASCII, and this is where decoding spends its time.
  constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
  while (i + 8 <= s.size()) {
    std::uint64_t word;
    std::memcpy(&word, s.data() + i, sizeof word);
    if ((word & kHighBits) != 0) break;
    i += 8;
  }
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

namespace {

// UTF-8 from bytes[start] on; bytes that break it are read as Windows-1252.
Decoded decode_utf8_or_1252(std::string_view bytes, std::size_t start, std::string encoding) {
  Decoded d;
  d.encoding = std::move(encoding);
  // Fast path: valid UTF-8 maps one to one.
  std::size_t bad = 0;
  char32_t cp;
  for (std::size_t i = skip_ascii(bytes, start); i < bytes.size(); i = skip_ascii(bytes, i)) {
    std::size_t len = utf8_sequence(bytes, i, cp);
    if (len == 0) {
      if (bad++ == 0) d.first_not_utf8 = i;
      ++i;
    } else {
      if (len > 1) ++d.utf8_sequences;
      i += len;
    }
  }
  d.not_utf8 = bad;
  MappedTextBuilder out(bytes.size() + bad);
  if (bad == 0) {
    out.copy(start, bytes.substr(start));
  } else {
    d.encoding = "windows-1252";
    std::string buf;
    std::size_t run = start;  // start of the current valid run
    for (std::size_t i = skip_ascii(bytes, start); i < bytes.size(); i = skip_ascii(bytes, i)) {
      std::size_t len = utf8_sequence(bytes, i, cp);
      if (len != 0) {
        i += len;
        continue;
      }
      out.copy(run, bytes.substr(run, i - run));
      auto byte = static_cast<unsigned char>(bytes[i]);
      char32_t decoded = byte < 0xA0 ? kCp1252High[byte - 0x80] : static_cast<char32_t>(byte);
      if (decoded == 0) {
        decoded = 0xFFFD;
        note_invalid(d, i);
      }
      buf.clear();
      append_utf8(buf, decoded);
      out.replace(i, 1, buf);
      run = ++i;
    }
    out.copy(run, bytes.substr(run));
  }
  d.text = out.take_text();
  d.map = out.take_map();
  return d;
}

}  // namespace

Decoded decode_to_utf8(std::string_view bytes) {
  if (bytes.size() >= 2) {
    auto b0 = static_cast<unsigned char>(bytes[0]), b1 = static_cast<unsigned char>(bytes[1]);
    if (b0 == 0xFF && b1 == 0xFE) return decode_utf16(bytes, true, 2);
    if (b0 == 0xFE && b1 == 0xFF) return decode_utf16(bytes, false, 2);
  }
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") return decode_utf8_or_1252(bytes, 3, "utf-8-bom");
  return decode_utf8_or_1252(bytes, 0, "utf-8");
}

bool is_plain_utf8(std::string_view bytes) {
  // the same tests, in the same order, as decode_to_utf8 makes before it copies
  if (bytes.size() >= 2) {
    auto b0 = static_cast<unsigned char>(bytes[0]), b1 = static_cast<unsigned char>(bytes[1]);
    if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) return false;
  }
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") return false;
  char32_t cp;
  for (std::size_t i = skip_ascii(bytes, 0); i < bytes.size(); i = skip_ascii(bytes, i)) {
    const std::size_t len = utf8_sequence(bytes, i, cp);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

std::string decode_as(std::string_view bytes, std::string_view encoding) {
  if (encoding == "utf-16le") return decode_utf16(bytes, true, 0).text;
  if (encoding == "utf-16be") return decode_utf16(bytes, false, 0).text;
  return decode_utf8_or_1252(bytes, 0, std::string(encoding)).text;
}

}  // namespace kamerref
