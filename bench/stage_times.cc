// Where extraction time goes, stage by stage, over a corpus (scripts/bench's
// per-stage table). One thread, the files in path order, each stage timed
// with a monotonic clock; the figures are printed, never judged.
#include <time.h>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "kamerref/extract/extract.h"
#include "kamerref/load/inputs.h"
#include "kamerref/load/load.h"
#include "kamerref/output/json.h"

namespace {

// The thread's CPU seconds (the same clock as StageTimes): a shared
// machine's other programs do not count.
double thread_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

// Stages in the order they were first seen, with their summed seconds.
class StageTable {
 public:
  void add(const std::string& stage, double seconds) {
    auto [it, added] = index_.try_emplace(stage, rows_.size());
    if (added) rows_.push_back({stage, 0});
    rows_[it->second].seconds += seconds;
  }
  void print(double megabytes) const {
    double total = 0;
    for (const Row& r : rows_) total += r.seconds;
    std::printf("%-22s %10s %10s %7s\n", "stage", "ms", "ms/MB", "share");
    for (const Row& r : rows_)
      std::printf("%-22s %10.1f %10.2f %6.1f%%\n", r.stage.c_str(), r.seconds * 1e3, r.seconds * 1e3 / megabytes,
                  total > 0 ? 100 * r.seconds / total : 0.0);
    std::printf("%-22s %10.1f %10.2f %6.1f%%\n", "total", total * 1e3, total * 1e3 / megabytes, 100.0);
    std::printf("%.1f MB in %.2f s: %.1f MB/s per CPU second\n", megabytes, total, total > 0 ? megabytes / total : 0.0);
  }

 private:
  struct Row {
    std::string stage;
    double seconds;
  };
  std::vector<Row> rows_;
  std::map<std::string, std::size_t> index_;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: kamerref-stage-times PATH...\n");
    return 2;
  }
  std::vector<std::string> paths(argv + 1, argv + argc);
  kamerref::Inputs inputs = kamerref::collect_inputs(paths);
  StageTable table;
  std::uint64_t bytes = 0;
  std::size_t failed = 0;
  for (const std::string& file : inputs.files) {
    double start = thread_seconds();
    kamerref::Document doc;
    try {
      doc = kamerref::load_document(file);
    } catch (const kamerref::LoadError&) {
      ++failed;
      continue;
    }
    table.add("load+normalise", thread_seconds() - start);
    bytes += doc.original.size();
    kamerref::StageTimes times;
    kamerref::Extraction x = kamerref::extract_document(doc, times);
    for (const auto& stage : times.stages) table.add(std::string(stage.name), stage.seconds);
    start = thread_seconds();
    std::string line = kamerref::to_json_line(x);
    table.add("json", thread_seconds() - start);
    if (line.empty()) ++failed;  // keeps the line from being optimised away
  }
  table.print(static_cast<double>(bytes) / 1e6);
  if (failed) std::printf("%zu files could not be read\n", failed);
  return 0;
}
