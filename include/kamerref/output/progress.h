#pragma once
// The text of the progress line long runs show on a terminal.
#include <cstddef>
#include <string>

namespace kamerref {

// `812/5000 files  204.3 MB  41.2 MB/s  ETA 1m40s`: files and bytes done so far
// after `seconds`, the rate, and the time left at that rate (no ETA before
// anything is read or once everything is).
std::string format_progress(std::size_t done, std::size_t files, std::size_t bytes, std::size_t total_bytes,
                            double seconds);

}  // namespace kamerref
