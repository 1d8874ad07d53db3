#pragma once
// The subcommands of `kamerref`, one table in main.cc. Each command
// registers its options on a CLI11 subcommand and returns an exit code
// (SPEC section 4) from its run function.
#include <CLI/CLI.hpp>

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include "kamerref/extract/corpus.h"

namespace kamerref::cli {

enum ExitCode : int {
  kSuccess = 0,
  kFindings = 1,   // the work ran and found what the user asked to be told about
  kUsage = 2,
  kInputError = 3,
};

// A command wires its options into `app` and returns the function that runs it
// after parsing.
using CommandSetup = std::function<std::function<int()>(CLI::App& app)>;

struct Command {
  const char* name;
  const char* summary;
  CommandSetup setup;
};

std::function<int()> setup_extract(CLI::App& app);
std::function<int()> setup_graph(CLI::App& app);
std::function<int()> setup_stats(CLI::App& app);
std::function<int()> setup_chain(CLI::App& app);
std::function<int()> setup_audit(CLI::App& app);

// `kamerref: <file>: <message>` on stderr.
void report_error(const std::string& file, const std::string& message);

// Loads, extracts and resolves every file under `paths`; reports each file
// that cannot be read and sets `code` to kInputError for it.
Corpus load_corpus(const std::vector<std::string>& paths, int& code);

}  // namespace kamerref::cli
