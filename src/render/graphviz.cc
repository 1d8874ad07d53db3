#include "kamerref/render/graphviz.h"

#include <cstdio>
#include <unistd.h>
#include <cstdlib>
#include <map>
#include <memory>
#include <unordered_map>

#if defined(__SANITIZE_ADDRESS__)
// LeakSanitizer (the sanitizer build) reads these. Graphviz 2.43 leaks inside
// dot's layout (virtual edges), its pango plugin and cgraph's closures of
// large graphs, and fontconfig and glib keep caches for the process: leaks
// whose stack passes through those libraries are theirs. Our side is RAII
// (Graph, Layout, render buffers) and the tests run it under the sanitizer.
extern "C" const char* __lsan_default_suppressions() {
  return "leak:libfontconfig.so\n"
         "leak:libgvc.so\n"
         "leak:libcgraph.so\n"
         "leak:libcdt.so\n"
         "leak:libgvplugin_\n"
         "leak:libpango\n"
         "leak:libglib-2.0.so\n"
         "leak:libgobject-2.0.so\n"
         "leak:libcairo.so\n"
         "leak:libharfbuzz.so\n";
}
#endif

namespace kamerref::gv {
namespace {

// Length of the UTF-8 sequence starting at s[i], 0 when it is not one.
std::size_t utf8_sequence(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  auto continuation = [&](std::size_t k) { return k < s.size() && (byte(k) & 0xC0) == 0x80; };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return continuation(i + 1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!continuation(i + 1) || !continuation(i + 2)) return 0;
    unsigned char c1 = byte(i + 1);
    if (c == 0xE0 && c1 < 0xA0) return 0;   // overlong
    if (c == 0xED && c1 >= 0xA0) return 0;  // surrogates
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!continuation(i + 1) || !continuation(i + 2) || !continuation(i + 3)) return 0;
    unsigned char c1 = byte(i + 1);
    if (c == 0xF0 && c1 < 0x90) return 0;
    if (c == 0xF4 && c1 >= 0x90) return 0;
    return 4;
  }
  return 0;
}

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Object ids in the order names are first seen. Graphviz's own discipline
// uses the address of the interned name as the id, and orders subgraphs
// (clusters, rank groups) by id: the same graph would come out in a
// different order from run to run. Named objects get even ids, anonymous
// ones (edges) odd ids, as in the default discipline.
struct SequentialIds {
  Agraph_t* root = nullptr;
  std::map<std::string, IDTYPE, std::less<>> ids;
  std::unordered_map<IDTYPE, char*> names;
  IDTYPE next_named = 2;
  IDTYPE next_anonymous = 1;
};

void* ids_open(Agraph_t* g, Agdisc_t*) {
  auto* state = new SequentialIds;
  state->root = g;
  return state;
}

long ids_map(void* state, int, char* str, IDTYPE* id, int createflag) {
  auto* s = static_cast<SequentialIds*>(state);
  if (!str) {
    *id = s->next_anonymous;
    s->next_anonymous += 2;
    return 1;
  }
  if (auto it = s->ids.find(std::string_view(str)); it != s->ids.end()) {
    *id = it->second;
    return 1;
  }
  if (!createflag) return 0;
  *id = s->next_named;
  s->next_named += 2;
  s->ids.emplace(str, *id);
  s->names.emplace(*id, agstrdup(s->root, str));
  return 1;
}

long ids_alloc(void*, int, IDTYPE) { return 1; }

void ids_free(void*, int, IDTYPE) {
  // names stay until the graph closes: a node and a subgraph may share one
}

char* ids_print(void* state, int, IDTYPE id) {
  auto* s = static_cast<SequentialIds*>(state);
  auto it = s->names.find(id);
  return it == s->names.end() ? nullptr : it->second;
}

void ids_close(void* state) { delete static_cast<SequentialIds*>(state); }

void ids_register(void*, int, void*) {}

Agiddisc_t kSequentialIdDisc = {ids_open, ids_map, ids_alloc, ids_free, ids_print, ids_close, ids_register};
Agdisc_t kDisc = {&AgMemDisc, &kSequentialIdDisc, &AgIoDisc};

}  // namespace

std::string valid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::size_t n = utf8_sequence(text, i);
    if (n == 0) {
      out += kReplacement;
      ++i;
    } else {
      out.append(text.substr(i, n));
      i += n;
    }
  }
  return out;
}

std::string esc_string(std::string_view text) {
  std::string out;
  for (char c : valid_utf8(text)) {
    if (c == '\\')
      out += "\\\\";
    else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
      out += ' ';
    else
      out += c;
  }
  // a closing backslash would escape the DOT string's closing quote
  if (!out.empty() && out.back() == '\\') out += ' ';
  return out;
}

std::string html_text(std::string_view text) {
  std::string out;
  for (char c : valid_utf8(text)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\\': out += "\\\\"; break;  // Graphviz reads \N, \G ... in label text too
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
          out += ' ';
        else
          out += c;
    }
  }
  return out;
}

Context::Context() : gvc_(gvContext()) {
  if (!gvc_) throw GraphvizError("graphviz: cannot create a context");
}

Context::~Context() { gvFreeContext(gvc_); }

Context& Context::shared() {
  static Context context;
  return context;
}

Graph Graph::directed(std::string_view name) {
  CBuffer n(name);
  Agraph_t* g = agopen(n.get(), Agdirected, &kDisc);
  if (!g) throw GraphvizError("graphviz: cannot create a graph");
  return Graph(g);
}

Graph Graph::parse(std::string_view dot) {
  CBuffer text(dot);
  Agraph_t* g = agmemread(text.get());
  if (!g) throw GraphvizError("graphviz: the DOT text does not parse");
  return Graph(g);
}

Graph::~Graph() {
  if (g_) agclose(g_);
}

Graph& Graph::operator=(Graph&& other) noexcept {
  if (this != &other) {
    if (g_) agclose(g_);
    g_ = other.g_;
    next_edge_ = other.next_edge_;
    other.g_ = nullptr;
  }
  return *this;
}

Agnode_t* Graph::node(std::string_view name) {
  CBuffer n(name);
  return agnode(g_, n.get(), 1);
}

Agnode_t* Graph::find_node(std::string_view name) const {
  CBuffer n(name);
  return agnode(g_, n.get(), 0);
}

Agedge_t* Graph::edge(Agnode_t* tail, Agnode_t* head) {
  // anonymous edges: a new one every call in a non-strict graph
  return agedge(g_, tail, head, nullptr, 1);
}

Agraph_t* Graph::subgraph(std::string_view name, Agraph_t* parent) {
  CBuffer n(name);
  return agsubg(parent ? parent : g_, n.get(), 1);
}

std::string Graph::dot() const {
  char* buffer = nullptr;
  std::size_t size = 0;
  FILE* stream = open_memstream(&buffer, &size);
  if (!stream) throw GraphvizError("graphviz: cannot open a memory stream");
  int rc = agwrite(g_, stream);
  std::fclose(stream);
  std::unique_ptr<char, decltype(&std::free)> owned(buffer, &std::free);
  if (rc != 0) throw GraphvizError("graphviz: cannot write DOT");
  return std::string(buffer, size);
}

void set(void* object, std::string_view name, std::string_view value) {
  CBuffer n(name);
  CBuffer v(value);
  CBuffer empty("");
  agsafeset(object, n.get(), v.get(), empty.get());
}

void set_html(void* object, std::string_view name, std::string_view html) {
  CBuffer n(name);
  CBuffer empty("");
  Agraph_t* root = agroot(object);
  Agsym_t* sym = agattrsym(object, n.get());
  if (!sym) sym = agattr(root, agobjkind(object), n.get(), empty.get());
  CBuffer v(html);
  char* marked = agstrdup_html(root, v.get());
  agxset(object, sym, marked);
  agstrfree(root, marked);
}

void set_default(Agraph_t* root, int kind, std::string_view name, std::string_view value) {
  CBuffer n(name);
  CBuffer v(value);
  agattr(root, kind, n.get(), v.get());
}

std::string get(void* object, std::string_view name) {
  CBuffer n(name);
  char* value = agget(object, n.get());
  return value ? std::string(value) : std::string();
}

namespace {
thread_local MessageCapture* current_capture = nullptr;
}  // namespace

MessageCapture::MessageCapture()
    : previous_handler_(agseterrf(&MessageCapture::collect)),
      previous_level_(agseterr(AGWARN)),
      previous_capture_(current_capture) {
  current_capture = this;
  std::fflush(stderr);
  spill_ = std::tmpfile();
  if (spill_) saved_stderr_ = dup(STDERR_FILENO);
  if (saved_stderr_ >= 0 && dup2(fileno(spill_), STDERR_FILENO) < 0) {
    close(saved_stderr_);
    saved_stderr_ = -1;
  }
}

MessageCapture::~MessageCapture() {
  lines();  // takes in what reached the file
  if (saved_stderr_ >= 0) {
    dup2(saved_stderr_, STDERR_FILENO);
    close(saved_stderr_);
  }
  if (spill_) std::fclose(spill_);
  current_capture = previous_capture_;
  agseterr(previous_level_);
  agseterrf(previous_handler_);
}

int MessageCapture::collect(char* message) {
  if (current_capture && message) current_capture->text_ += message;
  return 0;
}

std::vector<std::string> MessageCapture::lines() {
  if (spill_ && saved_stderr_ >= 0) {
    std::fflush(stderr);
    std::rewind(spill_);
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, spill_)) > 0) text_.append(buffer, n);
    // start over: what was read is in text_ now
    std::fflush(spill_);
    if (ftruncate(fileno(spill_), 0) == 0) std::rewind(spill_);
    lseek(STDERR_FILENO, 0, SEEK_SET);
  }
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text_.size()) {
    std::size_t end = text_.find('\n', start);
    if (end == std::string::npos) end = text_.size();
    std::string line = valid_utf8(text_.substr(start, end - start));
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (!line.empty()) out.push_back(line);
    start = end + 1;
  }
  return out;
}

Layout::Layout(const Context& gvc, const Graph& graph, std::string_view engine) : gvc_(gvc.get()), g_(graph.get()) {
  CBuffer e(engine);
  MessageCapture capture;
  int rc = gvLayout(gvc_, g_, e.get());
  keep(capture);
  if (rc != 0) {
    std::string why = messages_.empty() ? "" : ": " + messages_.front();
    throw GraphvizError("graphviz: layout failed" + why);
  }
}

Layout::~Layout() { gvFreeLayout(gvc_, g_); }

void Layout::keep(MessageCapture& capture) {
  for (std::string& line : capture.lines()) messages_.push_back(std::move(line));
}

std::string Layout::render(std::string_view format) {
  CBuffer f(format);
  char* data = nullptr;
  unsigned int length = 0;
  MessageCapture capture;
  int rc = gvRenderData(gvc_, g_, f.get(), &data, &length);
  keep(capture);
  if (rc != 0 || !data) {
    if (data) gvFreeRenderData(data);
    throw GraphvizError("graphviz: cannot render " + std::string(format));
  }
  std::string out(data, length);
  gvFreeRenderData(data);
  return out;
}

}  // namespace kamerref::gv
