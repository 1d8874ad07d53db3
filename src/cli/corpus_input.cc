// The corpus-wide commands (graph, stats, chain, audit, render, report) all
// start the same way: paths -> corpus -> graph -> the selected part.
#include <unistd.h>

#include "commands.h"
#include "kamerref/graph/corpus_graph.h"
#include "kamerref/graph/filter.h"
#include "kamerref/load/inputs.h"
#include "progress.h"

namespace kamerref::cli {

LoadOptions& load_options() {
  static LoadOptions options;
  return options;
}

void add_corpus_options(CLI::App& app, CorpusOptions& options) {
  app.add_option("--dossier", options.dossier,
                 "Only documents of this dossier (29754, 36200-VI) and what they cite")
      ->check(CLI::Validator(
          [](std::string& value) {
            return dossier_from_text(value).empty() ? "not a dossier number (29754, 36200-VI): " + value : std::string();
          },
          "NR"));
  app.add_option("--since", options.since, "Only documents dated this day or later, and what they cite")
      ->check(iso_date_validator());
  app.add_option("--until", options.until, "Only documents dated this day or earlier, and what they cite")
      ->check(iso_date_validator());
  app.add_flag("-q,--quiet", options.quiet, "No progress line, no 'wrote' message on stderr");
}

CorpusGraph read_corpus(const std::vector<std::string>& paths, const CorpusOptions& options, int& code) {
  CorpusGraph out;
  std::vector<CorpusProblem> problems;
  {
    // counting the files walks the folders once more: only for a terminal
    std::size_t files = 0, bytes = 0;
    const bool shown = !options.quiet && isatty(STDERR_FILENO) == 1;
    if (shown)
      for (const std::string& file : collect_inputs(paths, load_options().walk).files)
        if (!is_extraction_file(file)) {
          ++files;
          bytes += size_on_disk(file);
        }
    Progress progress(files, bytes, !shown);
    out.corpus = extract_corpus(paths, problems, load_options(), [&](std::size_t done) { progress.file_done(done); });
  }
  for (const CorpusProblem& p : problems) {
    report_error(p.file, p.message);
    code = kInputError;
  }
  for (const Extraction& e : out.corpus.extractions)
    for (const std::string& w : e.warnings) report_error(e.file, "warning: " + w);

  problems.clear();
  out.graph = build_corpus_graph(out.corpus, problems, [&](const Extraction& e) {
    if (!e.document.tk_nummer.empty() && e.document.tk_nummer != e.document.id)
      out.tk_numbers.emplace(e.document.tk_nummer, e.document.id);
  });
  for (const CorpusProblem& p : problems) {
    report_error(p.file, p.message);
    code = kInputError;
  }
  // two files with one id are never merged in silence
  for (const IdConflict& c : out.graph.conflicts)
    report_error(c.left_out, "warning: claims the id " + c.id + ", as " + c.kept + " does; the graph keeps " + c.kept +
                                 " (first in path order) and leaves this file out");
  // the warnings of `.jsonl` extractions were reported by the run that wrote them
  std::vector<Extraction>().swap(out.corpus.extractions);

  GraphFilter filter;
  filter.dossier = options.dossier.empty() ? std::string() : dossier_from_text(options.dossier);
  filter.since = options.since;
  filter.until = options.until;
  if (!filter.selects_all()) {
    // what a document outside the selection says is not searched either
    for (Vertex v = 0; v < out.graph.vertex_count(); ++v) {
      const VertexProps& p = out.graph.g[v];
      if (p.in_corpus && !p.file.empty() && !document_selected(out.graph, v, filter)) out.corpus.texts.erase(p.file);
    }
    out.graph = filter_graph(out.graph, filter);
  }
  return out;
}

}  // namespace kamerref::cli
