// `kamerref report PATH... -o report.html [--as-of DATE] [--max-nodes N]`
#include <filesystem>
#include <memory>

#include "commands.h"
#include "kamerref/analyse/commitments.h"
#include "kamerref/analyse/motions.h"
#include "kamerref/graph/graph.h"
#include "kamerref/render/diagram.h"
#include "kamerref/render/html_report.h"
#include "kamerref/render/picture.h"

namespace kamerref::cli {

std::function<int()> setup_report(CLI::App& app) {
  struct Options {
    std::vector<std::string> paths;
    std::string output;
    std::string as_of;
    std::size_t max_nodes = ViewOptions{}.max_nodes;
    CorpusOptions corpus;
  };
  auto opt = std::make_shared<Options>();
  app.add_option("PATH", opt->paths, "Files or folders (read recursively)")->required();
  app.add_option("-o,--output", opt->output, "The HTML file to write, - for standard output")->required();
  app.add_option("--as-of", opt->as_of, "Judge commitment deadlines on this date (default: today in the Netherlands)")
      ->check(iso_date_validator());
  app.add_option("--max-nodes", opt->max_nodes, "Overview picture: collapse beyond this many nodes (0: no limit)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  add_corpus_options(app, opt->corpus);
  return [opt]() -> int {
    int code = kSuccess;
    CorpusGraph corpus = read_corpus(opt->paths, opt->corpus, code);
    const ReferenceGraph& graph = corpus.graph;
    ViewOptions view;
    view.max_nodes = opt->max_nodes;
    ReportInput input;
    input.graph = &graph;
    input.as_of = opt->as_of.empty() ? today_iso() : opt->as_of;
    input.motions = audit_motions(graph);
    CommitmentAuditOptions audit;
    audit.as_of = input.as_of;
    input.commitments = audit_commitments(graph, corpus.corpus.texts, audit);
    input.folder = std::filesystem::path(opt->output).parent_path();
    try {
      // the same page as `render overview`: A3, no text under 8 pt
      auto overview = [&](std::size_t max_nodes) {
        ViewOptions o = view;
        o.max_nodes = max_nodes;
        return overview_diagram(graph, o);
      };
      input.overview_svg = render_on_page(overview, view.max_nodes, kA3, PictureFormat::svg).bytes;
    } catch (const gv::GraphvizError& e) {
      report_error(opt->output, e.what());
      return kUsage;
    }
    int written = write_output(opt->output, html_report(input), opt->paths);
    if (written == kSuccess) report_written(opt->output, opt->corpus.quiet);
    return written != kSuccess ? written : code;
  };
}

}  // namespace kamerref::cli
