// src/cli/suggest.cc: "did you mean", nearest first, ties in a fixed order.
#include "../../src/cli/suggest.h"

#include <catch2/catch.hpp>

using kamerref::cli::did_you_mean;
using kamerref::cli::edit_distance;
using kamerref::cli::nearest_names;
using Names = std::vector<std::string>;

TEST_CASE("edit distance counts a swap of neighbours as one, case-insensitive", "[cli][suggest]") {
  CHECK(edit_distance("extrct", "extract") == 1);  // `kamerref extrct`
  CHECK(edit_distance("motoins", "motions") == 1);  // `audit motoins`: a swap
  CHECK(edit_distance("CHAIN", "chain") == 0);
  CHECK(edit_distance("kst-29754-785", "kst-29754-758") == 1);
  CHECK(edit_distance("", "graph") == 5);
}

TEST_CASE("did you mean: the nearer name first, whatever the order of the candidates", "[cli][suggest]") {
  // `rendr`: render is one away, report three
  CHECK(nearest_names("rendr", {"report", "render"}) == Names{"render"});
  // `kst-29754-785`: 758 is a swap away, 788 one substitution, 700 two
  CHECK(nearest_names("kst-29754-785", {"kst-29754-700", "kst-29754-788", "kst-29754-758"}) ==
        Names{"kst-29754-788", "kst-29754-758", "kst-29754-700"});
  CHECK(nearest_names("kst-29754-785", {"kst-29754-700", "kst-29754-758", "kst-29754-788"}) ==
        Names{"kst-29754-758", "kst-29754-788", "kst-29754-700"});
  // near misses: too far to be meant, or the word itself
  CHECK(nearest_names("xyz", {"extract", "graph"}).empty());
  CHECK(nearest_names("chain", {"chain"}).empty());
}

TEST_CASE("did you mean: at one distance what starts with the typed word comes first", "[cli][suggest]") {
  // `stat`: stats (a prefix) and start both one away
  CHECK(nearest_names("stat", {"start", "stats"}) == Names{"stats", "start"});
  CHECK(nearest_names("stat", {"stats", "start"}) == Names{"stats", "start"});
  // `--dos`: --dossier starts with it (three away, counted as the bound, 2),
  // --docs is one away and still first
  CHECK(nearest_names("--dos", {"--dossier", "--docs"}) == Names{"--docs", "--dossier"});
}

TEST_CASE("did you mean: equally near, the more common (listed first) comes first", "[cli][suggest]") {
  // `re`: render and report both start with it; the command table lists render first
  CHECK(nearest_names("re", {"render", "report"}) == Names{"render", "report"});
  CHECK(nearest_names("re", {"report", "render"}) == Names{"report", "render"});
  // ids come most cited first: of two as near, the more cited
  CHECK(nearest_names("kst-29754-75", {"kst-29754-759", "kst-29754-758"}) == Names{"kst-29754-759", "kst-29754-758"});
  // at most `limit`, and a name listed twice (a command's option and its parent's) once
  CHECK(nearest_names("--jsn", {"--json", "--jobs", "--json"}, 3) == Names{"--json"});
  CHECK(nearest_names("re", {"render", "report", "rel"}, 2) == Names{"rel", "render"});
}

TEST_CASE("did you mean: the sentence", "[cli][suggest]") {
  CHECK(did_you_mean({}).empty());
  CHECK(did_you_mean({"chain"}) == " (did you mean 'chain'?)");
  CHECK(did_you_mean({"render", "report"}) == " (did you mean 'render' or 'report'?)");
  CHECK(did_you_mean({"a", "b", "c"}) == " (did you mean 'a', 'b' or 'c'?)");
}
