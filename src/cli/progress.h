#pragma once
// A one-line progress report (output/progress.h) on stderr for long runs: files done, MB read,
// MB/s and the time left. Only when stderr is a terminal (never in a pipe or
// a log file) and not asked to be quiet; redrawn at most ten times a second.
#include <chrono>
#include <cstddef>
#include <string>

namespace kamerref::cli {

class Progress {
 public:
  Progress(std::size_t files, std::size_t total_bytes, bool quiet);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  void file_done(std::size_t bytes);
  void finish();  // clears the line

 private:
  using Clock = std::chrono::steady_clock;
  bool active_;
  std::size_t files_, total_bytes_;
  std::size_t done_ = 0, bytes_ = 0;
  Clock::time_point start_, last_draw_;
  std::size_t drawn_width_ = 0;
};

}  // namespace kamerref::cli
