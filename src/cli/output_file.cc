// Writing what a command made: atomically, and never over one of its inputs.
#include <cstdint>
#include <ctime>
#include <filesystem>

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
