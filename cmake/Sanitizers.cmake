# ASan + UBSan as an INTERFACE target, switched on with -DKAMERREF_SANITIZE=ON.
# UBSan is made fatal so that CI fails on the first report instead of printing
# it and passing.
add_library(kamerref_sanitizers INTERFACE)
if(KAMERREF_SANITIZE)
  target_compile_options(kamerref_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=undefined
    -fno-omit-frame-pointer)
  target_link_options(kamerref_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=undefined)
endif()
