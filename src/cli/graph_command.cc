// `kamerref graph PATH...`                         a summary on stdout
// `kamerref graph PATH... --format F [-o OUT]`     the graph as DOT, GraphML,
//   node-link JSON (stdout without -o or with -o -) or CSV (OUT is a folder:
//   nodes.csv, edges.csv; --csv-dialect excel for a Dutch spreadsheet)
#include <filesystem>
#include <iostream>
#include <memory>

#include "commands.h"
#include "kamerref/graph/graph.h"
#include "kamerref/render/export.h"
#include "kamerref/render/report.h"

namespace kamerref::cli {

std::function<int()> setup_graph(CLI::App& app) {
  struct Options {
    std::vector<std::string> paths;
    std::string format;
    std::string output;
    std::string csv_dialect = "rfc4180";
    CorpusOptions corpus;
  };
  auto opt = std::make_shared<Options>();
  app.add_option("PATH", opt->paths, "Files or folders (read recursively)")->required();
  app.add_option("--format", opt->format, "Export the graph: dot, graphml, json (node-link) or csv")
      ->check(CLI::IsMember({"dot", "graphml", "json", "csv"}));
  app.add_option("-o,--output", opt->output,
                 "File to write, - for standard output (csv: a folder for nodes.csv and edges.csv)");
  app.add_option("--csv-dialect", opt->csv_dialect,
                 "csv: rfc4180 (`,`) or excel (`;`, UTF-8 byte order mark: opens by double-click in a Dutch spreadsheet)")
      ->check(CLI::IsMember({"rfc4180", "excel"}))
      ->capture_default_str();
  add_corpus_options(app, opt->corpus);
  return [opt]() -> int {
    if (!opt->output.empty() && opt->format.empty()) {
      report_error("", "-o needs --format dot|graphml|json|csv");
      return kUsage;
    }
    if (opt->format == "csv" && (opt->output.empty() || opt->output == "-")) {
      report_error("", "--format csv writes two files, nodes.csv and edges.csv: it needs -o FOLDER");
      return kUsage;
    }
    int code = kSuccess;
    CorpusGraph corpus = read_corpus(opt->paths, opt->corpus, code);
    const ReferenceGraph& graph = corpus.graph;
    if (opt->format.empty()) {
      std::cout << format_graph_summary(graph);
      std::cout.flush();
      return code;
    }
    if (opt->format == "csv") {
      std::error_code ec;
      std::filesystem::create_directories(opt->output, ec);
      if (ec) {
        report_error(opt->output, "cannot make the folder: " + ec.message());
        return kUsage;
      }
      CsvTables tables = graph_to_csv(graph, opt->csv_dialect == "excel" ? CsvDialect::excel : CsvDialect::rfc4180);
      std::filesystem::path folder(opt->output);
      int written = write_output((folder / "nodes.csv").string(), tables.nodes, opt->paths);
      if (written == kSuccess) written = write_output((folder / "edges.csv").string(), tables.edges, opt->paths);
      if (written == kSuccess) {
        report_written((folder / "nodes.csv").string(), opt->corpus.quiet);
        report_written((folder / "edges.csv").string(), opt->corpus.quiet);
      }
      return written != kSuccess ? written : code;
    }
    std::string bytes;
    if (opt->format == "dot") bytes = graph_to_dot(graph);
    if (opt->format == "graphml") bytes = graph_to_graphml(graph);
    if (opt->format == "json")
      bytes = graph_to_node_link(graph).dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
    if (opt->output.empty()) opt->output = "-";
    int written = write_output(opt->output, bytes, opt->paths);
    if (written == kSuccess) report_written(opt->output, opt->corpus.quiet);
    return written != kSuccess ? written : code;
  };
}

}  // namespace kamerref::cli
