#include "kamerref/output/progress.h"

#include <cstdio>

namespace kamerref {

std::string format_progress(std::size_t done, std::size_t files, std::size_t bytes, std::size_t total_bytes,
                            double seconds) {
  const double mb = static_cast<double>(bytes) / 1e6;
  const double rate = seconds > 0 ? mb / seconds : 0;
  char part[160];
  std::snprintf(part, sizeof part, "%zu/%zu files  %.1f MB  %.1f MB/s", done, files, mb, rate);
  std::string out = part;
  if (rate > 0 && total_bytes > bytes) {
    const auto left = static_cast<long long>(static_cast<double>(total_bytes - bytes) / 1e6 / rate + 0.5);
    if (left >= 60)
      std::snprintf(part, sizeof part, "  ETA %lldm%02llds", left / 60, left % 60);
    else
      std::snprintf(part, sizeof part, "  ETA %llds", left);
    out += part;
  }
  return out;
}

}  // namespace kamerref
