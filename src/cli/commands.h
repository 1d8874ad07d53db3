#pragma once
// The subcommands of `kamerref`, one table in main.cc. Each command
// registers its options on a CLI11 subcommand and returns an exit code
// (SPEC section 4) from its run function.
#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <string_view>
#include <iosfwd>
#include <string>
#include <vector>

#include "kamerref/extract/corpus.h"
#include "kamerref/graph/graph.h"
#include "kamerref/load/load.h"

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
  // Takes --max-file-size: the command loads its files with load_options().
  bool takes_load_options;
};

std::function<int()> setup_extract(CLI::App& app);
std::function<int()> setup_graph(CLI::App& app);
std::function<int()> setup_stats(CLI::App& app);
std::function<int()> setup_chain(CLI::App& app);
std::function<int()> setup_audit(CLI::App& app);
std::function<int()> setup_render(CLI::App& app);
std::function<int()> setup_report(CLI::App& app);
std::function<int()> setup_import(CLI::App& app);

// `kamerref: <file>: <message>` on stderr.
void report_error(const std::string& file, const std::string& message);

// How files are loaded (--max-file-size). main() fills it while parsing the
// command line, before any command runs; commands only read it.
LoadOptions& load_options();

// Loads, extracts and resolves every file under `paths` with load_options();
// reports each file that cannot be read and sets `code` to kInputError for it.
Corpus load_corpus(const std::vector<std::string>& paths, int& code);

// The corpus's graph (graph/corpus_graph.h), its `.jsonl` inputs read now;
// reports each file or line that cannot be read and sets `code` to kInputError.
// The extractions are no longer needed afterwards and are freed.
ReferenceGraph corpus_graph(Corpus& corpus, int& code);

// Writes `bytes` to `path` atomically, unless `path` is one of the files the
// command read from `input_paths`. Reports a refusal or failure; returns the
// exit code (kUsage for an output that cannot be written).
int write_output(const std::string& path, std::string_view bytes, const std::vector<std::string>& input_paths);

// Today's date, ISO.
std::string today_iso();
// For --as-of, --since, --until.
CLI::Validator iso_date_validator();

// A canonical id, or the file of a corpus document -> its id.
std::optional<std::string> resolve_document(const ReferenceGraph& graph, const std::string& given);

}  // namespace kamerref::cli
