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
#include <unordered_map>
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

// What every command that reads a corpus into a graph takes besides its
// paths: the selection (graph/filter.h) and --quiet (no progress line).
struct CorpusOptions {
  std::string dossier;  // as typed: `29754`, `dossier-36200-VI`
  std::string since;
  std::string until;
  bool quiet = false;
};
// --dossier, --since, --until, -q/--quiet on `app`.
void add_corpus_options(CLI::App& app, CorpusOptions& options);

// A corpus read into its reference graph.
struct CorpusGraph {
  Corpus corpus;  // its texts (the commitment audit reads them); the extractions are freed
  ReferenceGraph graph;
  // TK document numbers of corpus documents that have another id
  // (`2025D49428` -> `kst-29754-771`), so that either names the document
  std::unordered_map<std::string, std::string> tk_numbers;
};

// Loads, extracts and resolves every file under `paths` with load_options(),
// builds the graph (graph/corpus_graph.h, `.jsonl` inputs read now) and keeps
// the part the selection asks for (graph/filter.h; the texts of documents
// left out are dropped too). A progress line on a terminal unless quiet.
// Reports each file or line that cannot be read and sets `code` to
// kInputError for it.
CorpusGraph read_corpus(const std::vector<std::string>& paths, const CorpusOptions& options, int& code);

// Writes `bytes` to `path` atomically (`-`: to standard output), unless `path` is one of the files the
// command read from `input_paths`. Reports a refusal or failure; returns the
// exit code (kUsage for an output that cannot be written).
int write_output(const std::string& path, std::string_view bytes, const std::vector<std::string>& input_paths);

// Today's date, ISO.
std::string today_iso();
// For --as-of, --since, --until.
CLI::Validator iso_date_validator();

// The graph id `given` names, as a person writes it: a canonical id in any
// case (`KST-29754-758`), a citation as the documents write it (`Kamerstuk
// 29 754, nr. 758`, read by the extractor), a kst- id without its prefix
// (`29754-758`), a TK document number (`2025D49428`), or the file of a corpus
// document. Empty when none is in the graph.
std::optional<std::string> resolve_document(const CorpusGraph& corpus, const std::string& given);
// The same, and when nothing is found, `<given>: not in the reference graph
// ... (did you mean ...)` on stderr with the nearest ids.
std::optional<std::string> find_document(const CorpusGraph& corpus, const std::string& given);

// Where a command wrote, on stderr (`kamerref: wrote report.html`), unless quiet.
void report_written(const std::string& path, bool quiet);

// Counts that must be 1 or more (--top, --jobs, --depth where 0 has no
// meaning of its own).
CLI::Validator positive_count_validator();

}  // namespace kamerref::cli
