#include "kamerref/load/xml.h"

#include <pugixml.hpp>

#include <algorithm>
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

// The text of `node` and everything in it, runs of white space made one
// space, trimmed: `<dossiernr>21 501</dossiernr>-<raadnr>20</raadnr>` ->
// `21 501-20`.
std::string plain_text(pugi::xml_node node) {
  std::string raw;
  for (pugi::xpath_node t : node.select_nodes(".//text()")) raw += t.node().value();
  std::string out;
  for (char c : raw) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A <dossiernummer> written as plain text, without <dossiernr> inside:
// `36 600 XIV`, `21 501-20`, `36 455 (R2188)`.
OfficialDossier dossier_from_text(std::string_view text) {
  OfficialDossier d;
  std::size_t i = 0;
  while (i < text.size() && (is_digit(text[i]) || (text[i] == ' ' && i + 1 < text.size() && is_digit(text[i + 1]))))
    ++i;
  d.nummer = std::string(text.substr(0, i));
  std::string rest(text.substr(i));
  if (std::size_t open = rest.find("(R"); open != std::string::npos) {
    std::size_t close = rest.find(')', open);
    if (close != std::string::npos) {
      d.rijkswet = rest.substr(open + 1, close - open - 1);
      rest.erase(open, close - open + 1);
    }
  }
  std::string toevoeging;
  for (char c : rest)
    if (c != ' ' && c != '-' && c != ',') toevoeging += c;
  d.toevoeging = toevoeging;
  return d;
}

// `<dossiernummer><dossiernr>36 600</dossiernr><begrotingshoofdstuk>XIV</begrotingshoofdstuk></dossiernummer>`:
// the number, then every other part but the Rijkswet number is the
// toevoeging (<begrotingshoofdstuk>, <raadnr>, and whatever else the schema
// puts there).
OfficialDossier dossier_from(pugi::xml_node dossiernummer) {
  pugi::xml_node nr = dossiernummer.child("dossiernr");
  if (!nr) return dossier_from_text(plain_text(dossiernummer));
  OfficialDossier d;
  d.nummer = plain_text(nr);
  for (pugi::xml_node part : dossiernummer.children()) {
    if (part.type() != pugi::node_element || part == nr) continue;
    std::string value = plain_text(part);
    if (value.empty()) continue;
    if (std::strcmp(part.name(), "rijkswetnr") == 0) {
      d.rijkswet = value;
    } else if (d.toevoeging.empty()) {
      d.toevoeging = value;
    }
  }
  return d;
}

// The first element that `xpath` selects, or an empty node.
pugi::xml_node first(const pugi::xml_node& root, const char* xpath) { return root.select_node(xpath).node(); }

OfficialBody read_official_body(const pugi::xml_document& doc) {
  OfficialBody body;
  for (pugi::xpath_node n : doc.select_nodes("//dossier/dossiernummer")) {
    OfficialDossier d = dossier_from(n.node());
    if (!d.nummer.empty()) body.dossiers.push_back(std::move(d));
  }
  // `<stuknr>Nr. <ondernummer kamer="2">2122</ondernummer></stuknr>`
  if (pugi::xml_node onder = first(doc, "//stuk/stuknr/ondernummer")) {
    body.ondernummer = plain_text(onder);
  } else if (pugi::xml_node stuknr = first(doc, "//stuk/stuknr")) {
    std::string text = plain_text(stuknr);
    if (text.rfind("Nr. ", 0) == 0) text.erase(0, 4);
    body.ondernummer = text;
  }
  body.ondernummer.erase(std::remove(body.ondernummer.begin(), body.ondernummer.end(), ' '), body.ondernummer.end());
  if (pugi::xml_node titel = first(doc, "//stuk/titel")) body.stuk_titel = plain_text(titel);
  // the stuk's own date: `<datumtekst>Voorgesteld <datum isodatum="2024-10-15">`
  // (motion), `Vastgesteld ...` (verslag); a letter's `<dagtekening>Den Haag,
  // <datum isodatum="2022-02-21">`
  pugi::xml_node dated = first(doc, "//stuk/datumtekst[.//datum/@isodatum]");
  if (!dated) dated = first(doc, "//dagtekening[.//datum/@isodatum]");
  if (dated) {
    body.datumtekst = plain_text(dated);
    body.isodatum = first(dated, ".//datum[@isodatum]").attribute("isodatum").value();
  }
  if (pugi::xml_node jaar = first(doc, "//kamerstukkop/tekstregel[@inhoud='vergaderjaar']"))
    body.vergaderjaar = plain_text(jaar);
  return body;
}

}  // namespace

Stage xml_to_text(std::string_view utf8, std::vector<std::pair<std::string, std::string>>& metadata,
                  OfficialBody& official) {
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
  official = read_official_body(doc);
  Walker walker{utf8, MappedTextBuilder(utf8.size() / 2), {}};
  walker.walk(doc);
  walker.emit_notes();
  Stage stage;
  stage.text = walker.out.take_text();
  stage.map = walker.out.take_map();
  return stage;
}

}  // namespace kamerref
