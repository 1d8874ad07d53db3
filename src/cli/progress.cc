#include "progress.h"

#include <unistd.h>

#include <cstdio>

#include "kamerref/output/progress.h"

namespace kamerref::cli {

Progress::Progress(std::size_t files, std::size_t total_bytes, bool quiet)
    : active_(!quiet && isatty(STDERR_FILENO) == 1), files_(files), total_bytes_(total_bytes),
      start_(Clock::now()), last_draw_(start_) {}

Progress::~Progress() { finish(); }

void Progress::file_done(std::size_t bytes) {
  ++done_;
  bytes_ += bytes;
  if (!active_) return;
  const Clock::time_point now = Clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(100) && done_ < files_) return;
  last_draw_ = now;
  std::string line = format_progress(done_, files_, bytes_, total_bytes_, std::chrono::duration<double>(now - start_).count());
  // pad over a longer previous line
  std::size_t width = line.size();
  if (line.size() < drawn_width_) line.append(drawn_width_ - line.size(), ' ');
  drawn_width_ = width;
  std::fprintf(stderr, "\r%s", line.c_str());
  std::fflush(stderr);
}

void Progress::finish() {
  if (!active_ || drawn_width_ == 0) return;
  std::fprintf(stderr, "\r%s\r", std::string(drawn_width_, ' ').c_str());
  std::fflush(stderr);
  drawn_width_ = 0;
}

}  // namespace kamerref::cli
