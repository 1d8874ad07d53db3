#include "kamerref/render/html_report.h"

#include <catch2/catch.hpp>

#include "kamerref/render/diagram.h"
#include "kamerref/render/picture.h"
#include "sample_graph.h"

using namespace kamerref;

namespace {

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

std::string sample_report() {
  static const ReferenceGraph rg = test::sample_graph();
  ReportInput in;
  in.graph = &rg;
  in.as_of = "2026-11-23";
  in.motions = audit_motions(rg);
  CommitmentAuditOptions options;
  options.as_of = in.as_of;
  in.commitments = audit_commitments(rg, {}, options);
  in.overview_svg = render_picture(overview_diagram(rg, {}), PictureFormat::svg);
  in.folder = "out";
  return html_report(in);
}

}  // namespace

TEST_CASE("html_escape and inline_svg", "[render][report]") {
  CHECK(html_escape("<script>alert('x') & \"y\"</script>") ==
        "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
  CHECK(inline_svg("<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<!-- c -->\n<svg width=\"1\"></svg>\n") ==
        "<svg width=\"1\"></svg>");
  CHECK(inline_svg("not a picture").empty());
}

TEST_CASE("the report is one self-contained page; document text stays text", "[render][report]") {
  std::string html = sample_report();
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  // our one script; the hostile title is escaped wherever it appears
  CHECK(count(html, "<script") == 1);
  CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;") != std::string::npos);
  // nothing fetched at view time: no external scripts, styles, images or frames
  CHECK(html.find(" src=") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("@import") == std::string::npos);
  CHECK(html.find("<?xml") == std::string::npos);
  CHECK(count(html, "<svg") == 1);
  // the same bytes every time: no clock in it
  CHECK(html == sample_report());
}

TEST_CASE("every audit row links to its evidence: file, line, quote", "[render][report]") {
  std::string html = sample_report();
  CHECK(html.find("<tr data-id=\"kst-29754-758\">") != std::string::npos);
  CHECK(html.find("<tr data-id=\"commitment-kst-29754-771-1\">") != std::string::npos);
  // a motion mention: relative link from out/ to the file, with the line
  CHECK(html.find("<a class=\"file\" href=\"../corpus/schimmige-scheidslijnen.txt\">corpus/schimmige-scheidslijnen.txt:30</a>"
                  "<q>Conform de motie van het lid Michon-Derkzen bekijk ik ...</q>") != std::string::npos);
  // a file name with markup in it is escaped in the text and percent-encoded in the link
  CHECK(html.find("href=\"../corpus/nota%20%3C%26%3E%20%22x%22.txt\">corpus/nota &lt;&amp;&gt; &quot;x&quot;.txt:5</a>") !=
        std::string::npos);
  // commitments: where it was made and what kept it
  CHECK(html.find("corpus/contourenbrief.txt:20</a><q>Ik informeer uw Kamer voor de zomer") != std::string::npos);
  CHECK(html.find("corpus/voortgangsbrief.md:52</a><q>Hiermee geef ik gehoor aan de toezegging") != std::string::npos);
  CHECK(html.find("class=\"status status-overdue\">overdue</td>") != std::string::npos);
  CHECK(html.find("<a href=\"https://zoek.officielebekendmakingen.nl/kst-29754-758.html\">kst-29754-758</a>") !=
        std::string::npos);
  // sortable, filterable
  CHECK(html.find("<input type=\"search\" class=\"filter\" data-table=\"motion-table\"") != std::string::npos);
  CHECK(html.find("<th title=\"Click to sort\">Motion</th>") != std::string::npos);
}
