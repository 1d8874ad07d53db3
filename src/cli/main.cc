// kamerref: a thin command line over libkamerref. Every subcommand is one row
// of kCommands; the library does the work and never prints.
#include <iostream>

#include "commands.h"
#include "kamerref/output/terminal_text.h"
#include "kamerref/version.h"

namespace kamerref::cli {

// The file name and the message may hold bytes from the outside world (a
// name with an escape sequence or a newline): printed as terminal_text.
void report_error(const std::string& file, const std::string& message) {
  std::cerr << "kamerref: " << (file.empty() ? "" : terminal_text(file) + ": ") << terminal_text(message, true) << '\n';
}

namespace {

// The last field: the command reads documents and takes --max-file-size.
const Command kCommands[] = {
    {"extract", "Find every reference in documents; print a table or SPEC JSON Lines", setup_extract, true},
    {"graph", "Build the reference graph; summarise it or export it (DOT, GraphML, JSON, CSV)", setup_graph, true},
    {"stats", "Counts, most cited, components and dossiers of the reference graph", setup_stats, true},
    {"chain", "What a document builds on and what builds on it, with a timeline", setup_chain, true},
    {"audit", "Audit motions or commitments across documents", setup_audit, true},
    {"render", "Draw a view of the reference graph: SVG, PNG, PDF or DOT", setup_render, true},
    {"report", "One self-contained HTML report: overview picture, motion and commitment audits", setup_report, true},
    {"import", "Import records of other sources: `import tk` reads Tweede Kamer open data", setup_import, false},
};

// --max-file-size, --include, --exclude on a command (and, through fallthrough, its own
// subcommands: `audit commitments --max-file-size 1G`).
void add_load_options(CLI::App& sub) {
  sub.fallthrough();
  sub.add_option("--max-file-size", load_options().max_file_size,
                 "Refuse files larger than this without reading them (e.g. 512M, 2G; 0 = no limit)")
      ->transform(CLI::AsSizeValue(false))
      ->default_str("256M");
  sub.add_option("--include", load_options().walk.include,
                 "Also read the files of a folder that match GLOB (name or path, e.g. '*.tsv'); repeatable")
      ->type_name("GLOB")
      ->allow_extra_args(false);
  sub.add_option("--exclude", load_options().walk.exclude,
                 "Leave out the files of a folder that match GLOB (name or path); repeatable, wins over --include")
      ->type_name("GLOB")
      ->allow_extra_args(false);
}

}  // namespace
}  // namespace kamerref::cli

int main(int argc, char** argv) {
  using namespace kamerref::cli;
  CLI::App app{"kamerref: turns Dutch parliamentary documents into a reference graph", "kamerref"};
  app.set_version_flag("--version", std::string("kamerref ") + kamerref::version);
  app.require_subcommand(1);
  app.footer("Exit codes: 0 success, 1 findings asked for, 2 bad usage, 3 an input could not be read.\n"
             "Ids, JSON Lines, audit JSON and exit codes: docs/FORMAT.md");
  std::function<int()> run;
  for (const Command& command : kCommands) {
    CLI::App* sub = app.add_subcommand(command.name, command.summary);
    if (command.takes_load_options) add_load_options(*sub);
    auto runner = command.setup(*sub);
    sub->callback([&run, runner] { run = runner; });
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    report_error("", e.what());
    std::cerr << "Run 'kamerref --help' for usage.\n";
    return kUsage;
  }
  return run ? run() : kUsage;
}
