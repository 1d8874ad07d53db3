// The 150 real motion publications of ../shared/corpus/motions-sample
// (officielebekendmakingen XML in all its shapes) against their truth.tsv:
// every id and date right, no two files on one id, the indieners the
// metadata give. CI has ../shared beside the checkout; a missing sample fails.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <sstream>

#include "kamerref/extract/extract.h"
#include "kamerref/load/load.h"

namespace {

std::string sample_dir() { return std::string(KAMERREF_SHARED_DIR) + "/corpus/motions-sample/"; }

struct Truth {
  std::string file, id, date;
  std::vector<std::string> indieners;
};

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> parts;
  std::stringstream in(s);
  std::string part;
  while (std::getline(in, part, sep)) parts.push_back(part);
  if (!s.empty() && s.back() == sep) parts.emplace_back();
  return parts;
}

std::vector<Truth> read_truth() {
  std::ifstream in(sample_dir() + "truth.tsv");
  std::vector<Truth> rows;
  std::string line;
  std::getline(in, line);  // header: file id date indieners
  while (std::getline(in, line)) {
    std::vector<std::string> f = split(line, '\t');
    if (f.size() < 3) continue;
    Truth t{f[0], f[1], f[2], {}};
    if (f.size() > 3 && !f[3].empty()) t.indieners = split(f[3], ';');
    rows.push_back(std::move(t));
  }
  return rows;
}

}  // namespace

TEST_CASE("Real motion XML: every id and date as truth.tsv has them", "[metadata][xml][sample]") {
  std::vector<Truth> truth = read_truth();
  REQUIRE(truth.size() == 150);
  int ids = 0, dates = 0;
  std::map<std::string, std::string> file_of_id;
  for (const Truth& t : truth) {
    INFO(t.file);
    kamerref::Extraction e = kamerref::extract_document(kamerref::load_document(sample_dir() + t.file));
    CHECK(e.document.id == t.id);
    CHECK(e.document.date == t.date);
    CHECK(e.document.type.find("motie") != std::string::npos);
    if (!t.indieners.empty()) CHECK(e.document.indieners == t.indieners);
    ids += e.document.id == t.id;
    dates += e.document.date == t.date;
    auto [other, added] = file_of_id.emplace(e.document.id, t.file);
    INFO("also " << other->second);
    CHECK(added);
  }
  CHECK(ids == 150);
  CHECK(dates == 150);
}
