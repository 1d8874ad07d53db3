// Writing what a command made: atomically, and never over one of its inputs.
#include <ctime>
#include <filesystem>

#include "commands.h"
#include "kamerref/extract/text_util.h"
#include "kamerref/load/inputs.h"
#include "kamerref/output/atomic_file.h"

namespace kamerref::cli {

int write_output(const std::string& path, std::string_view bytes, const std::vector<std::string>& input_paths) {
  std::vector<std::string> inputs = collect_inputs(input_paths).files;
  inputs.insert(inputs.end(), input_paths.begin(), input_paths.end());
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
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return iso_date(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

CLI::Validator iso_date_validator() {
  return CLI::Validator(
      [](std::string& value) { return parse_iso(value) ? std::string() : "not a date (YYYY-MM-DD): " + value; },
      "YYYY-MM-DD");
}

std::optional<std::string> resolve_document(const ReferenceGraph& graph, const std::string& given) {
  if (graph.find(given)) return given;
  std::error_code wanted_ec;
  const std::filesystem::path wanted = std::filesystem::weakly_canonical(given, wanted_ec);
  for (Vertex v = 0; v < boost::num_vertices(graph.g); ++v) {
    const VertexProps& p = graph.g[v];
    if (p.file.empty()) continue;
    if (p.file == given) return p.id;
    if (wanted_ec) continue;
    std::error_code ec;
    std::filesystem::path file = std::filesystem::weakly_canonical(p.file, ec);
    if (!ec && file == wanted) return p.id;
  }
  return std::nullopt;
}

}  // namespace kamerref::cli
