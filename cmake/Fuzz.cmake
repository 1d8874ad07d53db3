# libFuzzer targets (fuzz/), switched on with -DKAMERREF_FUZZ=ON; clang only.
# Two INTERFACE targets, like kamerref_warnings and kamerref_sanitizers:
#   kamerref_fuzz_instrumentation  for the library: coverage instrumentation
#                                  for libFuzzer (without its main) plus
#                                  ASan and UBSan
#   kamerref_fuzz_target           for each fuzz target: the same, with
#                                  libFuzzer's main linked in
# UBSan is fatal (-fno-sanitize-recover) so that libFuzzer stops at the first
# report and writes the input out as a crash file.
add_library(kamerref_fuzz_instrumentation INTERFACE)
add_library(kamerref_fuzz_target INTERFACE)
if(KAMERREF_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "KAMERREF_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  if(KAMERREF_SANITIZE)
    message(FATAL_ERROR "KAMERREF_FUZZ already builds with ASan and UBSan; leave KAMERREF_SANITIZE off")
  endif()
  set(kamerref_fuzz_common -fsanitize=address,undefined -fno-sanitize-recover=undefined)
  target_compile_options(kamerref_fuzz_instrumentation INTERFACE
    -fsanitize=fuzzer-no-link ${kamerref_fuzz_common} -fno-omit-frame-pointer)
  target_link_options(kamerref_fuzz_instrumentation INTERFACE
    -fsanitize=fuzzer-no-link ${kamerref_fuzz_common})
  target_compile_options(kamerref_fuzz_target INTERFACE
    -fsanitize=fuzzer ${kamerref_fuzz_common} -fno-omit-frame-pointer)
  target_link_options(kamerref_fuzz_target INTERFACE
    -fsanitize=fuzzer ${kamerref_fuzz_common})
endif()
