#include "kamerref/render/diagram.h"

#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

#include "kamerref/graph/official.h"
#include "kamerref/render/picture.h"
#include "sample_graph.h"

using namespace kamerref;

namespace {

const DiagramNode* node(const Diagram& d, const std::string& name) {
  for (const DiagramNode& n : d.nodes)
    if (n.name == name) return &n;
  return nullptr;
}

std::set<Line> lines_into(const Diagram& d, const std::string& name) {
  std::set<Line> lines;
  for (const DiagramEdge& e : d.edges)
    if (d.nodes[e.to].name == name) lines.insert(e.line);
  return lines;
}

std::set<Look> looks(const Diagram& d) {
  std::set<Look> out;
  for (const DiagramNode& n : d.nodes) out.insert(n.look);
  return out;
}

// Renders to every format; keeps the pictures in the temp folder to look at.
void render_all(const Diagram& d, const std::string& stem) {
  std::filesystem::path folder = std::filesystem::temp_directory_path() / "kamerref-render-test";
  std::filesystem::create_directories(folder);
  std::string svg = render_picture(d, PictureFormat::svg);
  pugi::xml_document doc;
  REQUIRE(doc.load_string(svg.c_str()));
  std::string png = render_picture(d, PictureFormat::png);
  CHECK(png.substr(0, 4) == "\x89PNG");
  std::ofstream(folder / (stem + ".png"), std::ios::binary) << png;
  std::ofstream(folder / (stem + ".svg"), std::ios::binary) << svg;
  std::string dot = render_picture(d, PictureFormat::dot);
  gv::Graph parsed = gv::Graph::parse(dot);
  CHECK(static_cast<std::size_t>(agnnodes(parsed.get())) >= d.nodes.size());
}

}  // namespace

TEST_CASE("links go to officielebekendmakingen and EUR-Lex", "[render][diagram]") {
  CHECK(link_for("kst-29754-758") == "https://zoek.officielebekendmakingen.nl/kst-29754-758.html");
  CHECK(link_for("kst-36200-VI-12") == "https://zoek.officielebekendmakingen.nl/kst-36200-VI-12.html");
  CHECK(link_for("h-tk-20222023-36-8") == "https://zoek.officielebekendmakingen.nl/h-tk-20222023-36-8.html");
  CHECK(link_for("celex-32022R2065") == "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32022R2065");
  CHECK(link_for("eu-digital-fairness-act").empty());
  CHECK(link_for("report-dtn-46").empty());
  CHECK(link_for("kst-1\"><script>").empty());
  CHECK(link_for("celex-").empty());
}

TEST_CASE("kinds parse from a comma list", "[render][diagram]") {
  std::string bad;
  auto kinds = parse_kinds("kamerstuk, motion,eu", bad);
  REQUIRE(kinds);
  CHECK(*kinds == std::vector<VertexKind>{VertexKind::kamerstuk, VertexKind::motion, VertexKind::eu});
  CHECK(parse_kinds("", bad)->empty());
  CHECK_FALSE(parse_kinds("kamerstuk,motie", bad));
  CHECK(bad == "motie");
}

TEST_CASE("a motion the government will not carry out has a line of its own", "[render][diagram]") {
  // (it was drawn as `answers (genoemd)`, its tooltip saying niet-uitgevoerd)
  std::vector<Extraction> extractions = test::sample_extractions();
  extractions[2].references.push_back(test::motion_mention(
      "motie-bikker", "niet-uitgevoerd", "Ik zie geen mogelijkheid om de motie van het lid Bikker uit te voeren.", 34));
  Diagram d = overview_diagram(build_graph(extractions), {});
  CHECK(lines_into(d, "motie-bikker") == std::set<Line>{Line::answers_niet_uitgevoerd});
  CHECK(to_string(Line::answers_niet_uitgevoerd) == "answers (niet uitgevoerd)");
}

TEST_CASE("the overview shows every kind with its look and every relation with its line", "[render][diagram]") {
  ReferenceGraph rg = test::sample_graph();
  Diagram d = overview_diagram(rg, {});
  CHECK(looks(d) == std::set<Look>{Look::document, Look::motion, Look::report, Look::eu, Look::law, Look::debate,
                                   Look::commitment, Look::person});
  const DiagramNode* motion = node(d, "kst-29754-758");
  REQUIRE(motion);
  // the subject a person knows, wrapped, with the number below
  CHECK(motion->headline == "Motie Michon-Derkzen over\neen werkbare definitie van\n\"extremistische content\"");
  CHECK(motion->detail == "29754-758 \xC2\xB7 2 oktober 2025");
  CHECK(motion->url == "https://zoek.officielebekendmakingen.nl/kst-29754-758.html");
  CHECK(motion->dossier == "dossier-29754");
  CHECK(motion->tooltip.find("Motie van het lid Michon-Derkzen over een werkbare definitie") == 0);
  CHECK(lines_into(d, "kst-29754-758") ==
        std::set<Line>{Line::answers_uitvoering, Line::answers_afgedaan, Line::answers_genoemd});
  CHECK(lines_into(d, "motie-van-der-werf") == std::set<Line>{Line::answers_aangehouden});
  CHECK(lines_into(d, "commitment-kst-29754-690-1") == std::set<Line>{Line::promises, Line::fulfils});
  const DiagramNode* cited = node(d, "kst-29754-434");
  REQUIRE(cited);
  CHECK(cited->headline == "Kamerstuk 29754-434");
  CHECK_FALSE(cited->in_corpus);
  const DiagramNode* eu = node(d, "celex-32022R2065");
  REQUIRE(eu);
  CHECK(eu->url == "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32022R2065");
  CHECK(eu->headline == "Verordening (EU) 2022/2065");
  CHECK(eu->detail == "CELEX 32022R2065");
  // dossiers are clusters, not vertices with a line from every stuk
  CHECK_FALSE(node(d, "dossier-29754"));
  // the evidence sentence is in the line's tooltip
  bool evidence = false;
  for (const DiagramEdge& e : d.edges)
    evidence = evidence || e.tooltip.find("corpus/voortgangsbrief.md:50\n\"Hiermee beschouw ik de motie") != std::string::npos;
  CHECK(evidence);
  // by date, undated after
  CHECK(d.nodes.front().date <= d.nodes[1].date);
  render_all(d, "overview");
}

TEST_CASE("the same graph gives the same picture", "[render][diagram]") {
  ReferenceGraph rg = test::sample_graph();
  CHECK(render_picture(overview_diagram(rg, {}), PictureFormat::svg) ==
        render_picture(overview_diagram(test::sample_graph(), {}), PictureFormat::svg));
}

TEST_CASE("the chain view follows the lineage of one document", "[render][diagram]") {
  ReferenceGraph rg = test::sample_graph();
  std::optional<Diagram> d = chain_diagram(rg, "kst-29754-771", {});
  REQUIRE(d);
  const DiagramNode* root = node(*d, "kst-29754-771");
  REQUIRE(root);
  CHECK(root->focus);
  CHECK(node(*d, "kst-29754-690"));        // upstream: it cites the contourenbrief
  CHECK(node(*d, "kst-29754-758"));        // upstream: it answers the motion
  CHECK(node(*d, "doc-voortgangsbrief"));  // downstream: cited by the voortgangsbrief
  CHECK(node(*d, "celex-32022R2065"));     // upstream of the contourenbrief
  CHECK_FALSE(node(*d, "person-michon-derkzen"));  // submitted-by is no dependency
  CHECK_FALSE(chain_diagram(rg, "kst-0-0", {}));

  ViewOptions shallow;
  shallow.depth = 1;
  std::optional<Diagram> near = chain_diagram(rg, "kst-29754-771", shallow);
  REQUIRE(near);
  CHECK_FALSE(node(*near, "celex-32022R2065"));
  render_all(*d, "chain");
}

TEST_CASE("the motion view: what it asked and every document answering it, by relation", "[render][diagram]") {
  ReferenceGraph rg = test::sample_graph();
  std::optional<Diagram> d = motion_diagram(rg, "kst-29754-758", {});
  REQUIRE(d);
  const DiagramNode* motion = node(*d, "kst-29754-758");
  REQUIRE(motion);
  CHECK(motion->focus);
  CHECK(motion->status == "afgedaan");
  const DiagramNode* ask = node(*d, "kst-29754-758-verzoek-1");
  REQUIRE(ask);
  CHECK(ask->look == Look::verzoek);
  CHECK(ask->tooltip == "verzoekt de regering te komen tot een werkbare definitie van extremistische content");
  CHECK(node(*d, "kst-29754-758-verzoek-2"));
  std::map<std::string, Line> answers;
  for (const DiagramEdge& e : d->edges)
    if (d->nodes[e.to].name == "kst-29754-758") answers[d->nodes[e.from].name] = e.line;
  CHECK(answers["kst-29754-771"] == Line::answers_uitvoering);
  CHECK(answers["doc-voortgangsbrief"] == Line::answers_afgedaan);
  CHECK(answers["doc-hostile-nota"] == Line::answers_genoemd);
  CHECK(node(*d, "person-michon-derkzen"));
  CHECK_FALSE(node(*d, "celex-32022R2065"));  // two steps away
  render_all(*d, "motion");
}

TEST_CASE("the commitments view: promises and their status on the as-of date", "[render][diagram]") {
  ReferenceGraph rg = test::sample_graph();
  ViewOptions options;
  options.as_of = "2026-11-23";
  Diagram d = commitments_diagram(rg, {}, options);
  const DiagramNode* kept = node(d, "commitment-kst-29754-690-1");
  const DiagramNode* late = node(d, "commitment-kst-29754-771-1");
  REQUIRE(kept);
  REQUIRE(late);
  CHECK(kept->status == "fulfilled-late");  // due by mid 2024, kept by a later letter
  CHECK(late->status == "overdue");
  CHECK(lines_into(d, "commitment-kst-29754-690-1") == std::set<Line>{Line::promises, Line::fulfils});
  CHECK(lines_into(d, "commitment-kst-29754-771-1") == std::set<Line>{Line::overdue});
  options.as_of = "2026-04-01";
  CHECK(node(commitments_diagram(rg, {}, options), "commitment-kst-29754-771-1")->status == "open");
  render_all(d, "commitments");
}

TEST_CASE("kinds and dates filter; the subject of a view stays", "[render][diagram]") {
  ReferenceGraph rg = test::sample_graph();
  ViewOptions options;
  std::string bad;
  options.kinds = *parse_kinds("motion,eu", bad);
  std::optional<Diagram> d = motion_diagram(rg, "kst-29754-758", options);
  REQUIRE(d);
  for (const DiagramNode& n : d->nodes) CHECK((n.kind == "motion" || n.kind == "eu" || n.kind.empty()));
  CHECK(node(*d, "kst-29754-758"));

  ViewOptions dated;
  dated.since = "2025-01-01";
  dated.until = "2025-12-31";
  Diagram o = overview_diagram(rg, dated);
  CHECK(node(o, "kst-29754-771"));
  CHECK_FALSE(node(o, "kst-29754-690"));       // 2023
  CHECK_FALSE(node(o, "doc-voortgangsbrief"));  // 2026
  CHECK(node(o, "doc-hostile-nota"));           // undated documents stay

  ViewOptions month;
  month.since = "2023-12-15";  // `2023-12` falls in the window
  ReferenceGraph partial;
  partial.g[partial.vertex("letter-contourenbrief-2023-12")].in_corpus = true;
  CHECK(node(overview_diagram(partial, month), "letter-contourenbrief-2023-12"));
}

TEST_CASE("a corpus of 10^5 vertices collapses into a readable picture", "[render][diagram]") {
  ReferenceGraph rg;
  const int documents = 500;
  const int cited_each = 200;
  for (int d = 0; d < documents; ++d) {
    Vertex doc = rg.vertex("kst-" + std::to_string(40000 + d) + "-1");
    rg.g[doc].in_corpus = true;
    rg.g[doc].date = "20" + std::to_string(10 + d % 15) + "-01-01";
    for (int c = 0; c < cited_each; ++c) {
      Vertex cited = rg.vertex("kst-" + std::to_string(40000 + d) + "-" + std::to_string(100 + c));
      rg.connect(doc, cited, EdgeKind::cites, "", Evidence{});
    }
    if (d > 0) rg.connect(doc, rg.vertex("kst-" + std::to_string(40000 + d - 1) + "-1"), EdgeKind::cites, "", Evidence{});
  }
  REQUIRE(rg.vertex_count() >= 100000);
  ViewOptions options;
  options.max_nodes = 120;
  // how long this takes over a million documents is measured by
  // scripts/bench-graph (render overview), not asserted here
  Diagram d = overview_diagram(rg, options);
  CHECK(d.nodes.size() <= 120);
  CHECK(d.nodes.size() >= 60);
  // 500 documents do not fit in 120 nodes: the overview draws their dossiers
  CHECK(d.title.find("Dossiers") == 0);
  const DiagramNode* more = node(d, "more-dossier");
  REQUIRE(more);
  CHECK(more->headline.find(" more dossiers") != std::string::npos);
  std::size_t dossiers = 0;
  for (const DiagramNode& n : d.nodes)
    if (n.kind == "dossier") dossiers += n.collapsed > 0 ? n.collapsed : 1;
  CHECK(dossiers == documents);  // every dossier is shown or counted
  // drawn document by document, beyond max_nodes the rest is counted
  options.max_nodes = 600;
  Diagram all = overview_diagram(rg, options);
  CHECK(all.nodes.size() <= 600);
  std::size_t shown = 0;
  for (const DiagramNode& n : all.nodes) shown += n.collapsed > 0 ? n.collapsed : 1;
  CHECK(shown == rg.vertex_count());  // every vertex is shown or counted
  std::string svg = render_picture(d, PictureFormat::svg);
  pugi::xml_document doc;
  CHECK(doc.load_string(svg.c_str()));
  render_all(d, "large");
}

TEST_CASE("a dossier cluster whose name ends in a backslash still gives DOT that parses", "[render][diagram]") {
  // Found by the render fuzz target: the cluster was named `cluster_<dossier>`,
  // and Graphviz 2.43 writes a name ending in `\` as `"...\"`, which
  // swallows the closing quote.
  Diagram d;
  d.title = "t";
  DiagramNode n;
  n.name = "kst-1-2";
  n.headline = "kst 1-2";
  n.dossier = "regel twee \\";
  d.nodes.push_back(n);
  const std::string dot = to_graphviz(d).dot();
  CHECK_NOTHROW(gv::Graph::parse(dot));
  CHECK(dot.find("dossier regel twee") != std::string::npos);  // the label still says which dossier
}

TEST_CASE("labels are what a person knows a document by, never an id, file stem or letterhead", "[render][diagram]") {
  VertexProps letter;
  letter.id = "doc-2026-05-22-voortgangsbrief-vao";
  letter.kind = VertexKind::document;
  letter.in_corpus = true;
  letter.date = "2026-05-22";
  letter.type = "kamerbrief";
  letter.title = "Voortgangsbrief Versterkte Aanpak Online inzake extremistische en terroristische content";
  // shortened at a word boundary, then the date
  CHECK(full_label(letter) == "Voortgangsbrief Versterkte Aanpak Online inzake\xE2\x80\xA6, 22 mei 2026");

  VertexProps letterhead = letter;
  letterhead.id = "kst-29754-436";
  letterhead.kind = VertexKind::kamerstuk;
  letterhead.date = "2017-11-24";
  letterhead.title = "BRIEF VAN DE MINISTER VAN JUSTITIE EN VEILIGHEID";
  CHECK(full_label(letterhead) == "Kamerbrief 29754-436, 24 november 2017");
  letterhead.title = "Brief van de minister van Justitie en Veiligheid";  // near miss in mixed case: still a letterhead
  CHECK(full_label(letterhead) == "Kamerbrief 29754-436, 24 november 2017");

  VertexProps stem;
  stem.id = "doc-2025-beslisnota-non-paper-countering-together";
  stem.kind = VertexKind::document;
  stem.in_corpus = true;
  stem.type = "nota";
  stem.label = stem.id;
  CHECK(full_label(stem) == "Nota without title");
  stem.label = "2025_beslisnota-non-paper-countering-together";
  CHECK(full_label(stem) == "Nota without title");

  VertexProps uuid;
  uuid.id = "doc-00cce04f-5014-4f70-9578-32656387658a";
  uuid.kind = VertexKind::motion;
  uuid.in_corpus = true;
  uuid.date = "2024-10-15";
  uuid.label = uuid.id;
  uuid.verzoeken = {"verzoekt de regering om mogelijkheden in beeld te brengen voor verdergaande economische samenwerking"};
  CHECK(full_label(uuid) == "Motie: mogelijkheden in beeld te brengen voor verdergaande economische samenwerking");

  VertexProps motion;
  motion.id = "kst-29754-758";
  motion.kind = VertexKind::motion;
  motion.title = "Motie van het lid Michon-Derkzen over een werkbare definitie van extremistische content";
  CHECK(full_label(motion) == "Motie over een werkbare definitie van extremistische content");
  motion.indieners = {"Michon-Derkzen"};
  CHECK(full_label(motion) == "Motie Michon-Derkzen over een werkbare definitie van extremistische content");
  CHECK(short_label(motion).size() <= 80);

  VertexProps promise;
  promise.id = "commitment-kst-29754-771-3";
  promise.kind = VertexKind::commitment;
  promise.commitment = std::make_shared<CommitmentInfo>();
  const_cast<CommitmentInfo&>(*promise.commitment).topic = "de voortgang";
  CHECK(full_label(promise) == "Toezegging 3: de voortgang");
}

TEST_CASE("commitments sort by number, 2 before 10", "[render][diagram]") {
  ReferenceGraph rg;
  Vertex letter = rg.vertex("kst-29754-771");
  rg.g[letter].in_corpus = true;
  rg.g[letter].date = "2025-12-02";
  for (int n : {10, 2, 11, 1}) {
    Vertex c = rg.vertex("commitment-kst-29754-771-" + std::to_string(n));
    rg.connect(letter, c, EdgeKind::promises, "", Evidence{});
  }
  Diagram d = overview_diagram(rg, {});
  std::vector<std::string> order;
  for (const DiagramNode& n : d.nodes)
    if (n.kind == "commitment") order.push_back(n.name.substr(n.name.rfind('-') + 1));
  CHECK(order == std::vector<std::string>{"1", "2", "10", "11"});
}

TEST_CASE("around: the neighbourhood of any vertex, deeper with depth", "[render][diagram]") {
  ReferenceGraph rg = test::sample_graph();
  std::optional<Diagram> d = around_diagram(rg, "celex-32022R2065", {});
  REQUIRE(d);
  CHECK(node(*d, "celex-32022R2065")->focus);
  CHECK(node(*d, "kst-29754-690"));         // cites it
  CHECK_FALSE(node(*d, "kst-29754-771"));   // two steps away
  ViewOptions deeper;
  deeper.depth = 2;
  CHECK(node(*around_diagram(rg, "celex-32022R2065", deeper), "kst-29754-771"));
  CHECK_FALSE(around_diagram(rg, "kst-0-0", {}));
  render_all(*d, "around");
}

TEST_CASE("dossier: one dossier's stukken and what they cite outside it", "[render][diagram]") {
  ReferenceGraph rg = test::sample_graph();
  for (const char* number : {"29754", "dossier-29754"}) {
    std::optional<Diagram> d = dossier_diagram(rg, number, {});
    REQUIRE(d);
    CHECK(node(*d, "kst-29754-690"));
    CHECK(node(*d, "kst-29754-758"));
    CHECK(node(*d, "celex-32022R2065"));    // cited from inside
    CHECK(node(*d, "kst-32824-456"));       // another dossier, cited
    CHECK_FALSE(node(*d, "doc-voortgangsbrief"));  // cites into it, is not in it
    CHECK(d->title.find("Dossier 29754") == 0);
  }
  CHECK_FALSE(dossier_diagram(rg, "99999", {}));
  render_all(*dossier_diagram(rg, "29754", {}), "dossier");
}

TEST_CASE("dossiers: one node per dossier, lines count the citations between them", "[render][diagram]") {
  ReferenceGraph rg = test::sample_graph();
  Diagram d = dossiers_diagram(rg, {});
  const DiagramNode* own = node(d, "dossier-29754");
  REQUIRE(own);
  CHECK(own->look == Look::dossier);
  CHECK(own->detail.find("3 in corpus") != std::string::npos);
  CHECK(node(d, "dossier-32824"));
  int between = 0;
  for (const DiagramEdge& e : d.edges)
    if (d.nodes[e.from].name == "dossier-29754" && d.nodes[e.to].name == "dossier-32824") between += e.count;
  CHECK(between == 1);
  // the overview turns into this view when the documents do not fit
  ViewOptions small;
  small.max_nodes = 3;
  CHECK(overview_diagram(rg, small).title.find("Dossiers") == 0);
  render_all(d, "dossiers");
}

TEST_CASE("past max_nodes the most relevant stay; the rest are counted per kind and dossier", "[render][diagram]") {
  ReferenceGraph rg;
  Vertex focus = rg.vertex("kst-36600-1");
  rg.g[focus].in_corpus = true;
  rg.g[focus].date = "2024-09-17";
  for (int n = 2; n < 150; ++n) {
    Vertex m = rg.vertex("kst-36600-" + std::to_string(n));
    rg.g[m].kind = VertexKind::motion;
    rg.g[m].in_corpus = true;
    rg.g[m].dossier = "dossier-36600";
    rg.g[m].date = "2024-10-" + std::to_string(10 + n % 20);
    rg.connect(m, focus, EdgeKind::cites, "", Evidence{});
  }
  Vertex heavy = rg.vertex("kst-36600-149");
  for (int k = 0; k < 5; ++k) rg.connect(focus, heavy, EdgeKind::cites, "", Evidence{});
  ViewOptions options;
  options.max_nodes = 20;
  std::optional<Diagram> d = around_diagram(rg, "kst-36600-1", options);
  REQUIRE(d);
  CHECK(d->nodes.size() <= 20);
  CHECK(node(*d, "kst-36600-1"));
  CHECK(node(*d, "kst-36600-149"));  // the heaviest line to the subject
  const DiagramNode* more = node(*d, "more-motion-dossier-36600");
  REQUIRE(more);
  CHECK(more->headline.find(" more motions in 36600") != std::string::npos);
  std::size_t shown = 0;
  for (const DiagramNode& n : d->nodes) shown += n.collapsed > 0 ? n.collapsed : 1;
  CHECK(shown == 149);
}

TEST_CASE("a long verzoek is wrapped at words and shortened once, with one ellipsis", "[render][diagram]") {
  ReferenceGraph rg;
  Vertex m = rg.vertex("kst-29754-758");
  rg.g[m].kind = VertexKind::motion;
  rg.g[m].in_corpus = true;
  // the real verzoek of kst-29754-758, longer than four lines of a node
  rg.g[m].verzoeken = {
      "verzoekt de regering in gesprek met de Politie, OM, AKTM, NCTV, het Global Internet Forum Counter Terrorism "
      "(GIFCT), en het Tech Against Terrorism Netwerk te komen tot een werkbare definitie van extremistische content"};
  std::optional<Diagram> d = motion_diagram(rg, "kst-29754-758", {});
  REQUIRE(d);
  const DiagramNode* ask = node(*d, "kst-29754-758-verzoek-1");
  REQUIRE(ask);
  const std::string ellipsis = "\xE2\x80\xA6";
  std::size_t ellipses = 0;
  for (std::size_t at = ask->detail.find(ellipsis); at != std::string::npos; at = ask->detail.find(ellipsis, at + 1))
    ++ellipses;
  CHECK(ellipses == 1);
  CHECK(ask->detail.size() > ellipsis.size());
  CHECK(ask->detail.compare(ask->detail.size() - ellipsis.size(), ellipsis.size(), ellipsis) == 0);
  // cut between words: the word before the ellipsis is a whole word of the verzoek
  CHECK(ask->detail.find("Terroris" + ellipsis) == std::string::npos);
  CHECK(std::count(ask->detail.begin(), ask->detail.end(), '\n') == 3);  // four lines
  // the full text stays in the tooltip
  CHECK(ask->tooltip == rg.g[m].verzoeken.front());
}

namespace {

// The Kamer's record of kst-29754-758 as `import tk` writes it from the
// sample's records in the official shape (tests/data/tk/), shortened to
// three fracties; `complete` false so that the bar shows the missing seats.
TkMotion kamer_record_758() {
  TkMotion m;
  m.id = "kst-29754-758";
  m.zaak = "2025Z18464";
  m.tk_document = "2025D43019";
  m.kabinetsappreciatie = "Oordeel Kamer";
  m.indieners = {{"Michon-Derkzen", "Ingrid Michon-Derkzen", "VVD", ""}};
  m.decision = "aangenomen";
  m.besluit_tekst = "Aangenomen.";
  m.date = "2025-10-02";
  m.link = "zaak";
  m.votes = TkVotes{61, 3, 0, false, false,
                    {{"PVV", "Voor", 37, false}, {"VVD", "Voor", 24, false}, {"FvD", "Tegen", 3, true}}};
  m.note = "votes incomplete";
  return m;
}

}  // namespace

TEST_CASE("the motion view shows the Kamer's decision beside the motion: outcome, vote bar, names", "[render][diagram]") {
  ReferenceGraph rg = test::sample_graph();
  attach_tk_motion(rg, kamer_record_758());
  std::optional<Diagram> d = motion_diagram(rg, "kst-29754-758", {});
  REQUIRE(d);
  REQUIRE(d->vote_panel);
  const VotePanel& p = *d->vote_panel;
  CHECK(p.of == "kst-29754-758");
  CHECK(p.headline == "Kamer: aangenomen, 2 oktober 2025");
  CHECK(p.totals == "61 voor \xE2\x80\x93 3 tegen");
  REQUIRE(p.segments.size() == 3);
  CHECK(p.segments.front().fractie == "PVV");
  CHECK(p.missing_seats == 86);
  CHECK(p.voor == std::vector<std::string>{"voor 61: PVV 37, VVD 24"});
  CHECK(p.tegen == std::vector<std::string>{"tegen 3: FvD 3 (vergissing)"});
  CHECK(p.warning == "votes incomplete");
  CHECK(std::find(p.details.begin(), p.details.end(), "besluit: Aangenomen.") != p.details.end());
  CHECK(std::find(p.details.begin(), p.details.end(), "cabinet: Oordeel Kamer") != p.details.end());
  CHECK(std::find(p.details.begin(), p.details.end(), "indieners: Ingrid Michon-Derkzen (VVD)") != p.details.end());
  std::string svg = render_picture(*d, PictureFormat::svg);
  for (std::size_t at; (at = svg.find("&#45;")) != std::string::npos;) svg.replace(at, 5, "-");  // Graphviz writes '-' so
  for (const char* want : {"Kamer: aangenomen, 2 oktober 2025", "61 voor \xE2\x80\x93 3 tegen", "voor 61: PVV 37, VVD 24",
                           "tegen 3: FvD 3 (vergissing)", "votes incomplete", "Ingrid Michon-Derkzen (VVD)",
                           "86 seats not in the data"}) {
    INFO(want);
    CHECK(svg.find(want) != std::string::npos);
  }
  render_all(*d, "motion-kamer");

  // a Zaak whose Besluit the data do not tie to it: said, nothing drawn as votes
  ReferenceGraph unlinked = test::sample_graph();
  TkMotion m = kamer_record_758();
  m.decision.clear();
  m.date.clear();
  m.link.clear();
  m.votes.reset();
  m.note = "vote not linked";
  attach_tk_motion(unlinked, m);
  std::optional<Diagram> u = motion_diagram(unlinked, "kst-29754-758", {});
  REQUIRE(u);
  REQUIRE(u->vote_panel);
  CHECK(u->vote_panel->warning == "vote not linked");
  CHECK(u->vote_panel->segments.empty());
  CHECK(u->vote_panel->totals.empty());
  // without any record of the Kamer: no panel
  ReferenceGraph plain = test::sample_graph();
  std::optional<Diagram> none = motion_diagram(plain, "kst-29754-758", {});
  REQUIRE(none);
  CHECK_FALSE(none->vote_panel);
}
