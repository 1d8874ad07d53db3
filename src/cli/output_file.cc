// Writing what a command made: atomically, and never over one of its inputs.
#include <cstdint>
#include <ctime>
#include <filesystem>
#include <iostream>

#include "commands.h"
#include "kamerref/extract/text_util.h"
#include "kamerref/load/inputs.h"
#include "kamerref/output/atomic_file.h"

namespace kamerref::cli {

int write_output(const std::string& path, std::string_view bytes, const std::vector<std::string>& input_paths) {
  // the files the command read: its folders walked as it walked them
  WalkFilter walk = load_options().walk;
  walk.extraction_files = true;
  std::vector<std::string> inputs = collect_inputs(input_paths, walk).files;
  inputs.insert(inputs.end(), input_paths.begin(), input_paths.end());
  if (path == "-") {
    std::cout.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    std::cout.flush();
    if (!std::cout) {
      report_error("", "cannot write to standard output");
      return kUsage;
    }
    return kSuccess;
  }
  if (is_one_of(path, inputs)) {
    report_error(path, "is one of the inputs; refusing to overwrite it");
    return kUsage;
  }
  try {
    write_file_atomically(path, bytes);
  } catch (const OutputError& e) {
    report_error("", e.what());
    return kUsage;
  }
  return kSuccess;
}

std::string today_iso() {
  // the date in the Netherlands, not in TZ: a run in CI (UTC) and one in
  // Auckland judge the same deadlines the same way at the same moment
  return netherlands_date(static_cast<std::int64_t>(std::time(nullptr)));
}

CLI::Validator iso_date_validator() {
  return CLI::Validator(
      [](std::string& value) { return parse_iso(value) ? std::string() : "not a date (YYYY-MM-DD): " + value; },
      "YYYY-MM-DD");
}

void report_written(const std::string& path, bool quiet) {
  if (!quiet && path != "-") report_error("", "wrote " + path);
}

CLI::Validator positive_count_validator() {
  return CLI::Validator(
      [](std::string& value) {
        std::size_t used = 0;
        long long n = 0;
        try {
          n = std::stoll(value, &used);
        } catch (const std::exception&) {
          used = 0;
        }
        if (used != value.size() || value.empty()) return "not a number: " + value;
        return n >= 1 ? std::string() : "must be 1 or more, not " + value;
      },
      "N>0");
}

}  // namespace kamerref::cli
