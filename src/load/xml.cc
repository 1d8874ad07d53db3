#include "kamerref/load/xml.h"

#include <pugixml.hpp>

#include <cstring>
#include <string>
#include <vector>

#include "kamerref/load/load.h"

namespace kamerref {
namespace {

// Elements that flow inside a line; every other element starts a new line.
bool is_inline(const char* name) {
  static constexpr const char* kInline[] = {
      "nadruk", "extref", "intref", "ondernummer", "datum", "sup", "sub", "afkorting",
      "naam", "voorletters", "achternaam", "voornaam", "tussenvoegsel", "functie-inline",
      "i", "b", "u", "em", "strong", "span", "a", "inf", "unl", "vet", "cur"};
  for (const char* n : kInline)
    if (std::strcmp(n, name) == 0) return true;
  return false;
}

struct Walker {
  std::string_view input;
  MappedTextBuilder out;
  std::vector<pugi::xml_node> notes;
  std::size_t cursor = 0;  // input offset just past the last text emitted

  void newline() {
    if (out.size() > 0 && out.back() != '\n') out.replace(cursor, 0, "\n");
  }

  // Raw text of a pcdata node, entities decoded with exact offsets.
  void emit_text(pugi::xml_node node) {
    std::ptrdiff_t off = node.offset_debug();
    std::string_view value = node.value();
    if (off < 0 || static_cast<std::size_t>(off) >= input.size()) {
      out.replace(cursor, 0, value);  // no position known: text without offsets
      return;
    }
    std::size_t begin = static_cast<std::size_t>(off);
    if (node.type() == pugi::node_cdata) {
      begin += 9;  // <![CDATA[
      out.copy(begin, input.substr(begin, value.size()));
      cursor = begin + value.size();
      return;
    }
    std::size_t end = input.find('<', begin);
    if (end == std::string_view::npos) end = input.size();
    std::string buf;
    cursor = end;
    for (std::size_t i = begin; i < end;) {
      if (input[i] == '&') {
        buf.clear();
        if (std::size_t len = decode_entity(input, i, buf)) {
          out.replace(i, len, buf);
          i += len;
          continue;
        }
      }
      std::size_t j = i + 1;
      while (j < end && input[j] != '&') ++j;
      out.copy(i, input.substr(i, j - i));
      i = j;
    }
  }

  void walk(pugi::xml_node root) {
    // explicit stack: deeply nested input must not overflow ours
    struct Frame {
      pugi::xml_node node;
      bool closing;
    };
    std::vector<Frame> stack{{root, false}};
    while (!stack.empty()) {
      Frame f = stack.back();
      stack.pop_back();
      pugi::xml_node n = f.node;
      if (f.closing) {
        if (!is_inline(n.name())) newline();
        continue;
      }
      if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) {
        emit_text(n);
        continue;
      }
      if (n.type() != pugi::node_element && n.type() != pugi::node_document) continue;
      if (std::strcmp(n.name(), "metadata") == 0 || std::strcmp(n.name(), "meta") == 0) continue;
      if (std::strcmp(n.name(), "noot") == 0) {
        // marker here, text at the end
        std::string nr = n.child("noot.nr").text().get();
        if (nr.empty()) nr = std::to_string(notes.size() + 1);
        out.replace(static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, n.offset_debug())), 0,
                    to_superscript_digits(nr));
        notes.push_back(n);
        continue;
      }
      if (n.type() == pugi::node_element && !is_inline(n.name())) newline();
      stack.push_back({n, true});
      std::vector<pugi::xml_node> children(n.begin(), n.end());
      for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back({*it, false});
    }
  }

  void emit_notes() {
    for (pugi::xml_node note : notes) {
      newline();
      std::string nr = note.child("noot.nr").text().get();
      out.replace(cursor, 0, "\n" + to_superscript_digits(nr.empty() ? "0" : nr) + " ");
      for (pugi::xml_node child : note.children()) {
        if (std::strcmp(child.name(), "noot.nr") == 0) continue;
        walk(child);
      }
    }
  }
};

}  // namespace

Stage xml_to_text(std::string_view utf8, std::vector<std::pair<std::string, std::string>>& metadata) {
  // A DTD that declares entities is how "billion laughs" bombs are built;
  // parliamentary XML never has one, so refuse rather than expand.
  if (utf8.find("<!ENTITY") != std::string_view::npos)
    throw LoadError("XML declares entities (<!ENTITY>); refused, not expanded");
  pugi::xml_document doc;
  pugi::xml_parse_result parsed = doc.load_buffer(utf8.data(), utf8.size(),
                                                  pugi::parse_default | pugi::parse_ws_pcdata_single,
                                                  pugi::encoding_utf8);
  if (!parsed) {
    throw LoadError("not well-formed XML at byte " + std::to_string(parsed.offset) + ": " +
                    parsed.description());
  }
  for (pugi::xpath_node meta : doc.select_nodes("//metadata/meta")) {
    pugi::xml_node m = meta.node();
    metadata.emplace_back(m.attribute("name").value(), m.attribute("content").value());
  }
  Walker walker{utf8, MappedTextBuilder(utf8.size() / 2), {}};
  walker.walk(doc);
  walker.emit_notes();
  Stage stage;
  stage.text = walker.out.take_text();
  stage.map = walker.out.take_map();
  return stage;
}

}  // namespace kamerref
