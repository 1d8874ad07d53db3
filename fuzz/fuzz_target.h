#pragma once
// One fuzz target is one function from bytes to nothing, written as
//
//   KAMERREF_FUZZ_TARGET(load_html) { ... data ... }
//
// Built by fuzz/CMakeLists.txt (KAMERREF_FUZZ_MAIN defined) the function is
// libFuzzer's LLVMFuzzerTestOneInput. Compiled into the test suite instead, it
// registers itself under its name, and tests/regressions/replay_test.cc runs
// every file of tests/regressions/<name>/ through it: an input that once
// crashed a fuzzer is replayed by the very code that found it, in the normal
// and in the sanitizer build.
//
// A target lets through every exception but the designed ones (LoadError: the
// input is not a document we read) and checks invariants with require(): a
// failure aborts, so libFuzzer keeps the input as a crash.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace kamerref::fuzz {

using TargetFunction = void (*)(std::string_view data);

struct Target {
  std::string name;
  TargetFunction run;
};

inline std::vector<Target>& registry() {
  static std::vector<Target> targets;
  return targets;
}

struct Registrar {
  Registrar(const char* name, TargetFunction run) { registry().push_back({name, run}); }
};

// An invariant of the library that a fuzz input broke: say which, then abort
// (libFuzzer and the test runner both report an abort).
inline void require(bool holds, const char* what) {
  if (holds) return;
  std::fprintf(stderr, "kamerref fuzz: invariant broken: %s\n", what);
  std::abort();
}

// Splits fuzz data into parts at `separator` (at most `max_parts`; the last
// part keeps the rest), so that one input can stand for several documents or
// several fields. The dictionaries list the separators, so libFuzzer finds them.
inline std::vector<std::string_view> split(std::string_view data, std::string_view separator, std::size_t max_parts) {
  std::vector<std::string_view> parts;
  while (parts.size() + 1 < max_parts) {
    std::size_t at = data.find(separator);
    if (at == std::string_view::npos) break;
    parts.push_back(data.substr(0, at));
    data.remove_prefix(at + separator.size());
  }
  parts.push_back(data);
  return parts;
}

// True when `text` is well-formed UTF-8 (no overlong forms, surrogates or
// code points past U+10FFFF).
inline bool is_valid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    auto b = static_cast<unsigned char>(text[i]);
    std::size_t len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > text.size()) return false;
    char32_t cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    for (std::size_t k = 1; k < len; ++k) {
      auto c = static_cast<unsigned char>(text[i + k]);
      if ((c & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (c & 0x3F);
    }
    static constexpr char32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kSmallest[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += len;
  }
  return true;
}

}  // namespace kamerref::fuzz

#ifdef KAMERREF_FUZZ_MAIN
#define KAMERREF_FUZZ_TARGET(name)                                                                 \
  static void kamerref_fuzz_##name(std::string_view data);                                         \
  extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {             \
    kamerref_fuzz_##name(std::string_view(reinterpret_cast<const char*>(bytes), size));            \
    return 0;                                                                                      \
  }                                                                                                \
  static void kamerref_fuzz_##name(std::string_view data)
#else
#define KAMERREF_FUZZ_TARGET(name)                                                                 \
  static void kamerref_fuzz_##name(std::string_view data);                                         \
  static const ::kamerref::fuzz::Registrar kamerref_fuzz_registrar_##name(#name, kamerref_fuzz_##name); \
  static void kamerref_fuzz_##name(std::string_view data)
#endif
