# Warnings as an INTERFACE target: every project target links it, nothing else
# has to remember the flags. CI configures with -DKAMERREF_WERROR=ON.
add_library(kamerref_warnings INTERFACE)
target_compile_options(kamerref_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow
  $<$<BOOL:${KAMERREF_WERROR}>:-Werror>)
