// `kamerref extract [--json] PATH...`
#include <iostream>
#include <memory>

#include "commands.h"
#include "kamerref/extract/extract.h"
#include "kamerref/load/inputs.h"
#include "kamerref/load/load.h"
#include "kamerref/output/json.h"
#include "kamerref/output/table.h"
#include "kamerref/resolve/resolve.h"

namespace kamerref::cli {

std::function<int()> setup_extract(CLI::App& app) {
  struct Options {
    std::vector<std::string> paths;
    bool json = false;
  };
  auto opt = std::make_shared<Options>();
  app.add_option("PATH", opt->paths, "Files or folders (read recursively)")->required();
  app.add_flag("--json", opt->json, "Print SPEC section 2 JSON Lines, one document per line");
  return [opt] {
    Inputs inputs = collect_inputs(opt->paths);
    int code = kSuccess;
    for (const InputProblem& p : inputs.problems) {
      report_error(p.path, p.message);
      code = kInputError;
    }
    std::vector<Extraction> extractions;
    for (const std::string& file : inputs.files) {
      try {
        Document doc = load_document(file);
        extractions.push_back(extract_document(doc));
      } catch (const LoadError& e) {
        report_error(file, e.what());
        code = kInputError;
      }
    }
    resolve_corpus(extractions);
    for (const Extraction& e : extractions) {
      for (const std::string& w : e.warnings) report_error(e.file, "warning: " + w);
      if (opt->json)
        std::cout << to_json_line(e) << '\n';
      else
        std::cout << format_table(e);
    }
    std::cout.flush();
    return code;
  };
}

}  // namespace kamerref::cli
