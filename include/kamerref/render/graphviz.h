#pragma once
// Small RAII wrappers over Graphviz as a library (cgraph + gvc, 2.43).
//
// The C API takes `char*` for names and values it only reads. We never cast
// away const: every string goes in as a NUL-terminated copy (CBuffer), and
// cgraph keeps its own copy (agstrdup) of whatever it stores.
//
//   gv::Context& gvc = gv::Context::shared(); // gvContext() once, gvFreeContext() at exit
//   gv::Graph g = gv::Graph::directed("G");  // agopen() / agclose()
//   Agnode_t* a = g.node("kst-29754-758");
//   gv::set(a, "label", "29754-758 motie");  // agsafeset() with copies
//   gv::Layout layout(gvc, g, "dot");        // gvLayout() / gvFreeLayout()
//   std::string svg = layout.render("svg");  // gvRenderData() / gvFreeRenderData()
//   layout.messages();                       // what Graphviz said meanwhile (never on stderr)
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <cstdio>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace kamerref::gv {

// Graphviz said no (a layout or renderer failed, a DOT text did not parse).
struct GraphvizError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A writable NUL-terminated copy of a string, for the `char*` parameters.
class CBuffer {
 public:
  explicit CBuffer(std::string_view s) : bytes_(s.begin(), s.end()) { bytes_.push_back('\0'); }
  char* get() { return bytes_.data(); }

 private:
  std::vector<char> bytes_;
};

// The Graphviz context. One per process: Graphviz 2.43's pango plugin keeps
// a font cache across contexts that points into the first context's freed
// memory (a use after free once a second context lays out text), so every
// layout shares this one, made on first use and freed at exit. Graphviz is
// not thread-safe; neither is this.
class Context {
 public:
  static Context& shared();
  ~Context();
  Context(const Context&) = delete;
  Context& operator=(const Context&) = delete;
  GVC_t* get() const { return gvc_; }

 private:
  Context();
  GVC_t* gvc_;
};

class Graph {
 public:
  static Graph directed(std::string_view name);
  // Parses DOT text (agmemread); throws GraphvizError when it does not parse.
  static Graph parse(std::string_view dot);

  ~Graph();
  Graph(Graph&& other) noexcept : g_(other.g_) { other.g_ = nullptr; }
  Graph& operator=(Graph&& other) noexcept;
  Graph(const Graph&) = delete;
  Graph& operator=(const Graph&) = delete;

  Agraph_t* get() const { return g_; }

  // Created when new, found otherwise.
  Agnode_t* node(std::string_view name);
  Agnode_t* find_node(std::string_view name) const;
  // A new edge each call (distinct keys), so parallel edges survive.
  Agedge_t* edge(Agnode_t* tail, Agnode_t* head);
  // A subgraph of `parent` (the root when null); a name starting with
  // `cluster` makes dot draw it as a box.
  Agraph_t* subgraph(std::string_view name, Agraph_t* parent = nullptr);

  // The graph as DOT text (agwrite), without layout positions.
  std::string dot() const;

 private:
  explicit Graph(Agraph_t* g) : g_(g) {}
  Agraph_t* g_;
  unsigned long next_edge_ = 0;
};

// Sets an attribute on a graph, node or edge (agsafeset; the default for
// objects that do not set it is empty).
void set(void* object, std::string_view name, std::string_view value);
// Sets an HTML-like value (`<...>` in DOT): `html` must be Graphviz HTML
// markup, with every piece of text in it passed through html_text().
void set_html(void* object, std::string_view name, std::string_view html);
// The default of an attribute for every node (AGNODE), edge (AGEDGE) or
// subgraph (AGRAPH) of `root` that does not set its own.
void set_default(Agraph_t* root, int kind, std::string_view name, std::string_view value);
// An attribute's value, empty when unset.
std::string get(void* object, std::string_view name);

// Text for an escString attribute (label, tooltip, URL): Graphviz reads
// `\N`, `\G`, `\n`, `\l` there, so a backslash in the text is doubled;
// control characters become spaces.
std::string esc_string(std::string_view text);
// Text inside an HTML-like label: `&`, `<`, `>`, `"` as entities, a
// backslash doubled (Graphviz 2.43 reads `\N`, `\G` there too), control
// characters as spaces, bytes that are not UTF-8 as U+FFFD.
std::string html_text(std::string_view text);

// What Graphviz says while one of these lives is collected, not printed:
// cgraph's agerr() messages through agseterrf() (warnings included, through
// agseterr(AGWARN)), and what libpathplan writes to stderr itself with
// fprintf (`libpath/shortest.c:324: triangulation failed`), by pointing file
// descriptor 2 at a temporary file meanwhile. The previous handler, level and
// stderr come back when it goes. cgraph's handler takes no user data, so the
// collecting object is found through one thread-local pointer; captures nest.
class MessageCapture {
 public:
  MessageCapture();
  ~MessageCapture();
  MessageCapture(const MessageCapture&) = delete;
  MessageCapture& operator=(const MessageCapture&) = delete;

  // Whole lines so far, without their trailing newline.
  std::vector<std::string> lines();

 private:
  static int collect(char* message);
  agusererrf previous_handler_;
  agerrlevel_t previous_level_;
  MessageCapture* previous_capture_;
  int saved_stderr_ = -1;
  std::FILE* spill_ = nullptr;
  std::string text_;
};

// A layout of one graph with one engine, freed when it goes. What Graphviz
// says during layout and rendering is kept in messages(), never printed.
class Layout {
 public:
  Layout(const Context& gvc, const Graph& graph, std::string_view engine = "dot");
  ~Layout();
  Layout(const Layout&) = delete;
  Layout& operator=(const Layout&) = delete;

  // The laid-out graph in a Graphviz output format: "svg", "png", "pdf", "dot".
  std::string render(std::string_view format);

  // Graphviz's warnings and errors so far, one line each.
  const std::vector<std::string>& messages() const { return messages_; }

 private:
  void keep(MessageCapture& capture);
  GVC_t* gvc_;
  Agraph_t* g_;
  std::vector<std::string> messages_;
};

// Replaces every invalid UTF-8 sequence with U+FFFD (Graphviz rejects them).
std::string valid_utf8(std::string_view text);

}  // namespace kamerref::gv
