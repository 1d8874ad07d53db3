// `kamerref import tk FILE|FOLDER... [-o tk.jsonl]`: Tweede Kamer open data
// (OData JSON pages, the $metadata) -> one JSON Lines file the corpus
// commands read beside `extract --json` output (docs/TK-IMPORT.md).
#include <iostream>
#include <memory>

#include "commands.h"
#include "kamerref/opendata/import_file.h"

namespace kamerref::cli {

std::function<int()> setup_import(CLI::App& app) {
  struct Options {
    std::vector<std::string> paths;
    std::string output;
  };
  auto opt = std::make_shared<Options>();
  app.require_subcommand(1, 1);
  CLI::App* tk = app.add_subcommand(
      "tk", "Tweede Kamer open data (OData JSON, as the API returns it) -> motions' Zaak, Besluit, votes; Toezeggingen");
  tk->add_option("PATH", opt->paths, "OData JSON files or folders (read recursively), the $metadata")->required();
  tk->add_option("-o,--output", opt->output, "Write the JSON Lines here (default: standard output)");

  return [opt] {
    int code = kSuccess;
    TkImportResult result = import_tk(opt->paths);
    for (const TkImportProblem& p : result.problems) {
      report_error(p.file, p.message);
      if (p.error) code = kInputError;
    }
    std::string text = tk_import_file_text(result);
    if (opt->output.empty()) {
      std::cout << text;
      std::cout.flush();
    } else {
      int written = write_output(opt->output, text, opt->paths);
      if (written != kSuccess) return written;
    }
    std::size_t decided = 0, voted = 0;
    for (const TkMotion& m : result.linked.motions) {
      decided += m.link.empty() ? 0 : 1;
      voted += m.votes ? 1 : 0;
    }
    std::cerr << "kamerref: import tk: " << result.files << " files, " << result.counts.records << " records ("
              << result.counts.duplicates << " seen again), " << result.linked.motions.size() << " motions ("
              << decided << " with their Besluit linked, " << voted << " with votes), "
              << result.linked.toezeggingen.size() << " toezeggingen\n";
    return code;
  };
}

}  // namespace kamerref::cli
