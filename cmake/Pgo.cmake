# Profile-guided optimisation as an INTERFACE target, like the warnings and
# the sanitizers. scripts/setup builds the program twice: once with
# -DKAMERREF_PGO=generate (build-pgo/), which it runs over a seeded training
# corpus (scripts/pgo-train), then the real build with -DKAMERREF_PGO=use and
# the profile that run wrote. Measured on a 2-core machine: reference-free
# text 15% fewer CPU seconds, dense letters 3% (see docs/ARCHITECTURE.md,
# Speed and memory). Empty (the default): an ordinary build.
#
# The profile is named after each object's path below its build folder
# (-fprofile-prefix-path), so the instrumented build and the real one may
# live in different folders. Code the training never ran is optimised as
# usual (-fprofile-partial-training), and a profile older than the source
# is used where it still fits and ignored where it does not
# (-Wno-coverage-mismatch): a stale profile costs speed, never correctness.
# GCC still warns "Missing counts for called function" (no flag silences
# it) when a changed function's profile is gone, which -Werror makes an
# error: after changing a source, run scripts/setup again, which rebuilds
# build-pgo/ and trains again before it builds build/ (or configure build/
# with -DKAMERREF_PGO= for a day of editing).
set(KAMERREF_PGO "" CACHE STRING "Profile-guided optimisation: empty, generate or use (GCC)")
set(KAMERREF_PGO_DIR "" CACHE PATH "Where the profile is written (generate) or read (use)")
set_property(CACHE KAMERREF_PGO PROPERTY STRINGS "" generate use)

add_library(kamerref_pgo INTERFACE)
if(KAMERREF_PGO)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    message(FATAL_ERROR "KAMERREF_PGO needs GCC (this is ${CMAKE_CXX_COMPILER_ID})")
  endif()
  if(NOT KAMERREF_PGO_DIR)
    message(FATAL_ERROR "KAMERREF_PGO=${KAMERREF_PGO} needs KAMERREF_PGO_DIR")
  endif()
  set(kamerref_pgo_where -fprofile-dir=${KAMERREF_PGO_DIR} -fprofile-prefix-path=${CMAKE_BINARY_DIR})
  if(KAMERREF_PGO STREQUAL "generate")
    # atomic counters: extract runs threads, and a torn count only skews
    target_compile_options(kamerref_pgo INTERFACE -fprofile-generate -fprofile-update=prefer-atomic
                           ${kamerref_pgo_where})
    target_link_options(kamerref_pgo INTERFACE -fprofile-generate)
  elseif(KAMERREF_PGO STREQUAL "use")
    target_compile_options(kamerref_pgo INTERFACE -fprofile-use -fprofile-partial-training
                           -Wno-missing-profile -Wno-coverage-mismatch ${kamerref_pgo_where})
  else()
    message(FATAL_ERROR "KAMERREF_PGO must be empty, generate or use, not ${KAMERREF_PGO}")
  endif()
endif()
