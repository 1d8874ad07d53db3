// Bad inputs each get a named reason; good inputs of every format load.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "kamerref/load/inputs.h"
#include "kamerref/load/load.h"

namespace fs = std::filesystem;
using kamerref::load_document;
using kamerref::load_document_from_bytes;
using kamerref::LoadError;

namespace {
struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("kamerref-test-" + std::to_string(::getpid()) + "-" +
                                        std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  fs::path write(const std::string& name, const std::string& bytes) const {
    fs::path p = path / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
  }
};
}  // namespace

TEST_CASE("Bad inputs are refused with a reason", "[load]") {
  CHECK_THROWS_WITH(load_document_from_bytes("e.txt", ""), "empty file");
  CHECK_THROWS_WITH(load_document_from_bytes("i.txt", std::string("\x89PNG\r\n\x1A\n\0\0", 10)),
                    Catch::Contains("PNG image"));
  CHECK_THROWS_WITH(load_document_from_bytes("z.txt", std::string("PK\x03\x04\x14\0", 6)),
                    Catch::Contains("zip archive"));
  CHECK_THROWS_WITH(load_document_from_bytes("b.txt", std::string("abc\0def", 7)), Catch::Contains("binary"));
  CHECK_THROWS_WITH(load_document("/nonexistent/kamerref/file.txt"), "no such file");
  TempDir dir;
  CHECK_THROWS_WITH(load_document(dir.path), "is a directory");
}

TEST_CASE("Folders are read recursively and in order, hidden files skipped", "[load][inputs]") {
  TempDir dir;
  dir.write("b.txt", "b");
  dir.write("a/z.md", "z");
  dir.write(".hidden/x.txt", "x");
  dir.write(".dotfile", "x");
  auto inputs = kamerref::collect_inputs({dir.path.string(), (dir.path / "missing.txt").string()});
  REQUIRE(inputs.files.size() == 2);
  CHECK(fs::path(inputs.files[0]).filename() == "z.md");
  CHECK(fs::path(inputs.files[1]).filename() == "b.txt");
  REQUIRE(inputs.problems.size() == 1);
  CHECK(inputs.problems[0].message == "no such file or directory");
}

TEST_CASE("A symlink loop does not trap the folder walk", "[load][inputs]") {
  TempDir dir;
  dir.write("sub/a.txt", "a");
  std::error_code ec;
  fs::create_directory_symlink(dir.path, dir.path / "sub" / "loop", ec);
  if (ec) return;  // file system without symlinks
  auto inputs = kamerref::collect_inputs({dir.path.string()});
  CHECK(inputs.files.size() == 1);
}

TEST_CASE("Every offset of a loaded document maps inside its bytes, in order", "[load]") {
  // Inputs the fuzz targets found (tests/regressions/load_*): a superscript
  // after a dropped tag, a span from the body into an XML footnote.
  const std::pair<std::string, std::string> cases[] = {
      {"fuzz.html", "\n<d>\xb3"},
      {"fuzz.xml", "<?xml version=\"1.0\"?><officiele-publicatie><al>Zie<noot><al>Kamerstuk 29 754, nr. 434"
                   "</al></noot> de brief.</al></officiele-publicatie>"},
  };
  for (const auto& [path, bytes] : cases) {
    const auto doc = load_document_from_bytes(path, bytes);
    INFO(path);
    std::size_t reversed = 0, outside = 0;
    for (std::size_t begin = 0; begin <= doc.text.size(); ++begin) {
      for (std::size_t end = begin; end <= doc.text.size(); ++end) {
        const auto original = doc.to_original(kamerref::Span{begin, end});
        if (original.begin > original.end) ++reversed;
        if (original.end > doc.original.size()) ++outside;
      }
    }
    CHECK(reversed == 0);
    CHECK(outside == 0);
  }
}
