#include "kamerref/output/progress.h"

#include <catch2/catch.hpp>

using kamerref::format_progress;

TEST_CASE("progress line: files, MB, rate and time left", "[progress]") {
  // 200 MB of 1000 MB in 4 s: 50 MB/s, 800 MB left -> 16 s
  CHECK(format_progress(10, 50, 200'000'000, 1'000'000'000, 4.0) == "10/50 files  200.0 MB  50.0 MB/s  ETA 16s");
  // minutes past one minute
  CHECK(format_progress(1, 9, 10'000'000, 1'010'000'000, 1.0) == "1/9 files  10.0 MB  10.0 MB/s  ETA 1m40s");
}

TEST_CASE("progress line: no ETA before anything is read or when all is done", "[progress]") {
  CHECK(format_progress(0, 5, 0, 1000, 0.0) == "0/5 files  0.0 MB  0.0 MB/s");
  CHECK(format_progress(5, 5, 5'000'000, 5'000'000, 2.0) == "5/5 files  5.0 MB  2.5 MB/s");
}
