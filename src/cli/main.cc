// kamerref: a thin command line over libkamerref. Every subcommand is one row
// of kCommands; the library does the work and never prints.
#include <cctype>
#include <iostream>

#include "commands.h"
#include "suggest.h"
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

// Every option name `app` and the commands above it accept (fallthrough).
std::vector<std::string> option_names(const CLI::App* app) {
  std::vector<std::string> names;
  for (; app; app = app->get_parent())
    for (const CLI::Option* option : app->get_options()) {
      if (option->get_positional()) continue;
      for (const std::string& n : option->get_lnames()) names.push_back("--" + n);
      for (const std::string& n : option->get_snames()) names.push_back("-" + n);
    }
  return names;
}

const CLI::Option* find_option(const CLI::App* app, const std::string& name) {
  for (; app; app = app->get_parent())
    if (const CLI::Option* option = app->get_option_no_throw(name); option && !option->get_positional()) return option;
  return nullptr;
}

std::string command_path(const CLI::App* app) {
  std::string path;
  for (; app && app->get_parent(); app = app->get_parent()) path = app->get_name() + (path.empty() ? "" : " " + path);
  return "kamerref" + (path.empty() ? "" : " " + path);
}

// What went wrong on a command line CLI11 refused, said the way a person
// needs it: the unknown command or option with the nearest names, and the
// help of the command it was given to. Walks the words as CLI11 does:
// commands descend, options skip their value.
struct Diagnosis {
  std::string message;              // empty: CLI11's own message says it
  const CLI::App* command = nullptr;  // whose help to show
};

Diagnosis diagnose(const CLI::App& app, const std::vector<std::string>& words) {
  Diagnosis d;
  d.command = &app;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& word = words[i];
    if (word == "--") break;
    if (word.size() > 1 && word[0] == '-' && !(word.size() > 1 && std::isdigit(static_cast<unsigned char>(word[1])))) {
      std::string name = word.substr(0, word.find('='));
      if (name.size() > 2 && name[1] != '-') name = name.substr(0, 2);  // -j4
      const CLI::Option* option = find_option(d.command, name);
      if (!option) {
        d.message = "unknown option '" + name + "' for '" + command_path(d.command) + "'" +
                    did_you_mean(nearest_names(name, option_names(d.command)));
        return d;
      }
      bool value_attached = word.find('=') != std::string::npos || (word[1] != '-' && word.size() > 2);
      if (option->get_type_size_max() > 0 && !value_attached) ++i;
      continue;
    }
    std::vector<std::string> names;
    for (const CLI::App* sub : d.command->get_subcommands([](const CLI::App*) { return true; })) {
      if (sub->check_name(word)) {
        d.command = sub;
        names.clear();
        break;
      }
      names.push_back(sub->get_name());
    }
    if (names.empty()) continue;  // a command, or a positional argument of one without commands
    d.message = "unknown command '" + word + "' for '" + command_path(d.command) + "'" +
                did_you_mean(nearest_names(word, names));
    return d;
  }
  return d;
}

}  // namespace
}  // namespace kamerref::cli

int main(int argc, char** argv) {
  using namespace kamerref::cli;
  CLI::App app{"kamerref: turns Dutch parliamentary documents into a reference graph", "kamerref"};
  app.set_version_flag("--version", std::string("kamerref ") + kamerref::version);
  app.require_subcommand(1);
  app.footer("Exit codes: 0 success, 1 findings asked for, 2 bad usage, 3 an input could not be read.\n"
             "Ids, JSON Lines, audit JSON and exit codes: docs/FORMAT.md\n"
             "`kamerref help COMMAND` or `kamerref COMMAND --help` shows a command's options.");
  std::function<int()> run;
  for (const Command& command : kCommands) {
    CLI::App* sub = app.add_subcommand(command.name, command.summary);
    if (command.takes_load_options) add_load_options(*sub);
    auto runner = command.setup(*sub);
    sub->callback([&run, runner] { run = runner; });
  }
  std::vector<std::string> words(argv + 1, argv + argc);

  // `kamerref version`, `kamerref help [COMMAND [SUBCOMMAND]]`
  if (words.size() == 1 && words[0] == "version") {
    std::cout << "kamerref " << kamerref::version << '\n';
    return kSuccess;
  }
  if (!words.empty() && words[0] == "help") {
    std::vector<std::string> asked(words.begin() + 1, words.end());
    Diagnosis d = diagnose(app, asked);
    if (!d.message.empty()) {
      report_error("", d.message);
      std::cerr << d.command->help();
      return kUsage;
    }
    std::cout << d.command->help();
    return kSuccess;
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
    Diagnosis d = diagnose(app, words);
    report_error("", d.message.empty() ? std::string(e.what()) : d.message);
    if (words.empty() || !d.message.empty())
      std::cerr << d.command->help();
    else
      std::cerr << "Run '" << command_path(d.command) << " --help' for usage.\n";
    return kUsage;
  }
  return run ? run() : kUsage;
}
