// `kamerref render VIEW [ID] PATH... -o FILE`
//   VIEW: overview | dossiers | chain ID | motion ID | around ID | dossier NR | commitments
//   FILE: .svg, .png, .pdf or .dot (the format follows the extension)
#include <functional>
#include <iostream>
#include <memory>

#include "commands.h"
#include "kamerref/graph/graph.h"
#include "kamerref/render/diagram.h"
#include "kamerref/render/picture.h"

namespace kamerref::cli {

std::function<int()> setup_render(CLI::App& app) {
  struct Options {
    std::string view;
    std::vector<std::string> args;
    std::string output;
    int depth = 0;
    std::string kinds;
    std::size_t max_nodes = ViewOptions{}.max_nodes;
    std::string as_of;
    std::string page = "a3";
    CorpusOptions corpus;
  };
  auto opt = std::make_shared<Options>();
  app.add_option("VIEW", opt->view,
                 "overview, dossiers, chain ID, motion ID, around ID, dossier NR, or commitments "
                 "(overview draws dossiers when there are more documents than --max-nodes)")
      ->required()
      ->check(CLI::IsMember({"overview", "dossiers", "chain", "motion", "around", "dossier", "commitments"}));
  app.add_option("ARGS", opt->args, "[ID] PATH...: the id (chain, motion, around) or dossier number, then files or folders")
      ->required();
  app.add_option("-o,--output", opt->output, "Picture to write: .svg, .png, .pdf or .dot (- for SVG on standard output)")
      ->required();
  app.add_option("--depth", opt->depth, "Levels to follow from the subject (0: the view's default)")
      ->check(CLI::NonNegativeNumber);
  app.add_option("--kinds", opt->kinds, "Only these vertex kinds, comma separated (kamerstuk,motion,eu,...)");
  app.add_option("--max-nodes", opt->max_nodes,
                 "Draw at most this many nodes; the least relevant collapse into counted groups (0: no limit)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  app.add_option("--page", opt->page,
                 "Paper the picture fits at its natural size, no text under 8 pt: a3, a4 (landscape or portrait; "
                 "fewer nodes when they do not fit), or none (only --max-nodes limits)")
      ->check(CLI::IsMember({"a3", "a4", "none"}))
      ->capture_default_str();
  app.add_option("--as-of", opt->as_of, "commitments: judge deadlines on this date (default: today in the Netherlands)")
      ->check(iso_date_validator());
  add_corpus_options(app, opt->corpus);

  return [opt]() -> int {
    std::optional<PictureFormat> format =
        opt->output == "-" ? std::optional<PictureFormat>(PictureFormat::svg) : picture_format_for(opt->output);
    if (!format) {
      report_error(opt->output, "unknown picture format; use .svg, .png, .pdf or .dot");
      return kUsage;
    }
    ViewOptions options;
    options.depth = opt->depth;
    options.max_nodes = opt->max_nodes;
    options.as_of = opt->as_of.empty() ? today_iso() : opt->as_of;
    std::string bad;
    std::optional<std::vector<VertexKind>> kinds = parse_kinds(opt->kinds, bad);
    if (!kinds) {
      std::string known;
      for (int k = 0; k <= static_cast<int>(VertexKind::person); ++k)
        known += (known.empty() ? "" : ", ") + std::string(to_string(static_cast<VertexKind>(k)));
      report_error("", "--kinds: unknown kind '" + bad + "'; the kinds are " + known);
      return kUsage;
    }
    options.kinds = *kinds;

    const bool needs_id = opt->view == "chain" || opt->view == "motion" || opt->view == "around" || opt->view == "dossier";
    std::vector<std::string> paths = opt->args;
    std::string id;
    if (needs_id) {
      if (paths.size() < 2) {
        report_error("", "render " + opt->view + " needs an ID and at least one PATH");
        return kUsage;
      }
      id = paths.front();
      paths.erase(paths.begin());
    }

    int code = kSuccess;
    CorpusGraph corpus = read_corpus(paths, opt->corpus, code);
    const ReferenceGraph& graph = corpus.graph;
    std::string focus;  // the id of the subject, as the graph has it
    std::function<std::optional<Diagram>(const ViewOptions&)> view;
    if (opt->view == "overview") view = [&](const ViewOptions& o) { return std::optional(overview_diagram(graph, o)); };
    if (opt->view == "dossiers") view = [&](const ViewOptions& o) { return std::optional(dossiers_diagram(graph, o)); };
    if (opt->view == "commitments")
      view = [&](const ViewOptions& o) { return std::optional(commitments_diagram(graph, corpus.corpus.texts, o)); };
    if (opt->view == "dossier") {
      view = [&](const ViewOptions& o) { return dossier_diagram(graph, id, o); };
      if (!view(options)) {
        report_error(id, "no dossier of that number in the reference graph of the given documents");
        return kUsage;
      }
    } else if (needs_id) {
      std::optional<std::string> resolved = find_document(corpus, id);
      if (!resolved) return kUsage;
      const VertexProps& subject = graph.g[*graph.find(*resolved)];
      if (opt->view == "motion" && subject.kind != VertexKind::motion) {
        // what it is: its type (kamerbrief, nota) when known, else its kind
        std::string what = !subject.type.empty() ? subject.type : std::string(to_string(subject.kind));
        std::string name = !subject.title.empty() ? subject.title : subject.label;
        report_error(id, *resolved + " is a " + what + (name.empty() || name == *resolved ? "" : " (" + name + ")") +
                             ", not a motion; `render chain` or `render around` draws any document");
        return kUsage;
      }
      focus = *resolved;
      if (opt->view == "chain") view = [&](const ViewOptions& o) { return chain_diagram(graph, focus, o); };
      if (opt->view == "motion") view = [&](const ViewOptions& o) { return motion_diagram(graph, focus, o); };
      if (opt->view == "around") view = [&](const ViewOptions& o) { return around_diagram(graph, focus, o); };
      if (!view(options)) {
        report_error(id, "not in the reference graph of the given documents");
        return kUsage;
      }
    }
    // the same view with fewer nodes when it does not fit the page
    auto make = [&](std::size_t max_nodes) {
      ViewOptions o = options;
      o.max_nodes = max_nodes;
      return *view(o);
    };
    const Page page = opt->page == "a4" ? kA4 : opt->page == "none" ? kNoPage : kA3;
    PagePicture picture;
    try {
      picture = render_on_page(make, options.max_nodes, page, *format);
    } catch (const gv::GraphvizError& e) {
      // a layout that fails is an error of the work, not of the usage
      report_error(opt->output, e.what());
      return kFindings;
    }
    const std::vector<std::string>& messages = picture.messages;
    if (!messages.empty()) {
      std::string more = messages.size() > 1 ? " (and " + std::to_string(messages.size() - 1) + " more)" : "";
      report_error("", "warning: graphviz: " + messages.front() + more);
    }
    if (!picture.fits)
      report_error("", "warning: even with " + std::to_string(picture.max_nodes) + " nodes the picture (" +
                           std::to_string(static_cast<int>(picture.width)) + " x " +
                           std::to_string(static_cast<int>(picture.height)) + " pt) is larger than " + opt->page +
                           "; drawn at that size, text stays readable (--page none draws without a page)");
    std::string& bytes = picture.bytes;
    int written = write_output(opt->output, bytes, paths);
    if (written == kSuccess) report_written(opt->output, opt->corpus.quiet);
    return written != kSuccess ? written : code;
  };
}

}  // namespace kamerref::cli
