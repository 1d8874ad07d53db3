#pragma once
// `kamerref import tk`: TK open data files in, one JSON Lines file out, which
// the corpus commands (graph, audit, render, report) read beside `extract
// --json` output. docs/TK-IMPORT.md describes the file.
//
//   {"tk": "import", "source": "tk-opendata", "files": 12, "records": 1042, ...}
//   {"tk": "motion", "id": "kst-29754-758", "zaak": "2025Z18464", ...}
//   {"tk": "toezegging", "nummer": "TZ202502-117", ...}
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "kamerref/opendata/link.h"

namespace kamerref {

struct TkImportProblem {
  std::string file;     // `file` or `file: record N`
  std::string message;
  bool error = false;  // the file could not be read (to its end); otherwise a warning: something skipped
};

struct TkImportResult {
  TkLinked linked;
  TkImportCounts counts;
  std::size_t files = 0;  // files read as OData JSON (or $metadata)
  std::vector<TkImportProblem> problems;
};

// Reads every OData JSON file under `paths` (folders recursively: `.json`
// files, and the `$metadata` EDMX among `.xml` files), then links what it
// read. A file that cannot be read is an error for that file; the others
// are still read and their records kept.
TkImportResult import_tk(const std::vector<std::string>& paths);

std::string tk_header_line(const TkImportResult& result);
std::string to_json_line(const TkMotion& motion);
std::string to_json_line(const TkToezegging& toezegging);
// The whole file: header, motions, toezeggingen, one per line.
std::string tk_import_file_text(const TkImportResult& result);

// Whether `path` is such a file: its first line is `{"tk": ...}`.
bool is_tk_import_file(const std::string& path);

struct TkImportFileError : std::runtime_error {
  using std::runtime_error::runtime_error;
};
// Reads a file `import tk` wrote. A line that is no such record goes to
// `bad_line` and the reading goes on. Throws TkImportFileError when the file
// cannot be opened.
void read_tk_import_file(const std::string& path, const std::function<void(TkMotion&&)>& motion,
                         const std::function<void(TkToezegging&&)>& toezegging,
                         const std::function<void(std::size_t line, const std::string& message)>& bad_line);

}  // namespace kamerref
