#include "kamerref/load/xml.h"

#include <pugixml.hpp>

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "kamerref/load/load.h"

namespace kamerref {
namespace {

// Elements that flow inside a line; every other element starts a new line.
bool is_inline(std::string_view name) {
  static constexpr std::string_view kInline[] = {
      "nadruk", "extref", "intref", "ondernummer", "datum", "sup", "sub", "afkorting",
      "naam", "voorletters", "achternaam", "voornaam", "tussenvoegsel", "functie-inline",
      "i", "b", "u", "em", "strong", "span", "a", "inf", "unl", "vet", "cur"};
  // string_view compares lengths first: most names differ there
  for (std::string_view n : kInline)
    if (n == name) return true;
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
  // (Its value's length is asked only where it is used: a strlen over every
  // text node is one more pass over the whole text.)
  void emit_text(pugi::xml_node node, pugi::xml_node_type type) {
    std::ptrdiff_t off = node.offset_debug();
    if (off < 0 || static_cast<std::size_t>(off) >= input.size()) {
      out.replace(cursor, 0, node.value());  // no position known: text without offsets
      return;
    }
    std::size_t begin = static_cast<std::size_t>(off);
    if (type == pugi::node_cdata) {
      // the section's bytes as written, up to the `]]>` that ends it (the
      // parser's value has CR LF as one byte, so its length is not theirs;
      // line ends are normalised with the rest of the text). pugixml gives
      // the offset of the value, just past `<![CDATA[`; were it the
      // section's own, the opening is passed over.
      if (input.substr(begin, 9) == "<![CDATA[") begin += 9;
      std::size_t end = input.find("]]>", begin);
      if (end == std::string_view::npos) end = input.size();
      out.copy(begin, input.substr(begin, end - begin));
      cursor = end;
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
      const std::size_t j = std::min(input.substr(0, end).find('&', i + 1), end);  // memchr
      out.copy(i, input.substr(i, j - i));
      i = j;
    }
  }

  void walk(pugi::xml_node root) {
    // explicit stack: deeply nested input must not overflow ours
    struct Frame {
      pugi::xml_node node;
      bool closing;
      bool in_line = false;  // closing: whether the element flows inside a line
    };
    std::vector<Frame> stack{{root, false}};
    while (!stack.empty()) {
      Frame f = stack.back();
      stack.pop_back();
      pugi::xml_node n = f.node;
      if (f.closing) {
        if (!f.in_line) newline();
        continue;
      }
      // a node's type and name asked once each: every question to pugixml
      // is a call into the shared library, and a publication has thousands
      // of nodes
      const pugi::xml_node_type type = n.type();
      if (type == pugi::node_pcdata || type == pugi::node_cdata) {
        emit_text(n, type);
        continue;
      }
      if (type != pugi::node_element && type != pugi::node_document) continue;
      const std::string_view name = n.name();
      if (name == "metadata" || name == "meta") continue;
      if (name == "noot") {
        // marker here, text at the end
        std::string nr = n.child("noot.nr").text().get();
        if (nr.empty()) nr = std::to_string(notes.size() + 1);
        out.replace(static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, n.offset_debug())), 0,
                    to_superscript_digits(nr));
        notes.push_back(n);
        continue;
      }
      const bool in_line = is_inline(name);  // looked up once for both ends
      if (type == pugi::node_element && !in_line) newline();
      stack.push_back({n, true, in_line});
      // children last first, so that the first is on top (without a list of
      // them per element: pugixml links its siblings both ways)
      for (pugi::xml_node child = n.last_child(); child; child = child.previous_sibling())
        stack.push_back({child, false});
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

// The element after `n` in document order (a pre-order walk) below `root`,
// or an empty node at the end.
pugi::xml_node next_in_document(pugi::xml_node n, pugi::xml_node root) {
  if (pugi::xml_node child = n.first_child()) return child;
  for (; n && n != root; n = n.parent())
    if (pugi::xml_node sibling = n.next_sibling()) return sibling;
  return {};
}

bool named(pugi::xml_node n, std::string_view name) {
  return n.type() == pugi::node_element && std::string_view(n.name()) == name;
}

// The first element below `root` in document order that is a `datum` with
// an `isodatum` attribute (XPath `.//datum[@isodatum]`), or an empty node.
pugi::xml_node first_dated_datum(pugi::xml_node root) {
  for (pugi::xml_node n = root.first_child(); n; n = next_in_document(n, root))
    if (named(n, "datum") && n.attribute("isodatum")) return n;
  return {};
}

// What the document says about itself: the <meta> pairs and <dossiernummer>s,
// all of them, and of the stuk's own elements each the first in document
// order: what the XPath queries in the comments select, found in one walk
// over the tree instead of one XPath evaluation over it per query (an XPath
// query is compiled, then walks the whole tree, each time it is asked).
struct StukElements {
  std::vector<pugi::xml_node> metas;           // //metadata/meta, all of them
  std::vector<pugi::xml_node> dossiernummers;  // //dossier/dossiernummer, all of them
  pugi::xml_node ondernummer;   // //stuk/stuknr/ondernummer
  pugi::xml_node stuknr;        // //stuk/stuknr
  pugi::xml_node titel;         // //stuk/titel
  pugi::xml_node datumtekst;    // //stuk/datumtekst[.//datum/@isodatum]
  pugi::xml_node dagtekening;   // //dagtekening[.//datum/@isodatum]
  pugi::xml_node vergaderjaar;  // //kamerstukkop/tekstregel[@inhoud='vergaderjaar']
};

bool has_attribute_value(pugi::xml_node n, std::string_view name, std::string_view value) {
  for (pugi::xml_attribute a : n.attributes())
    if (std::string_view(a.name()) == name && std::string_view(a.value()) == value) return true;
  return false;
}

StukElements find_stuk_elements(const pugi::xml_document& doc) {
  StukElements found;
  for (pugi::xml_node n = doc.first_child(); n; n = next_in_document(n, doc)) {
    if (n.type() != pugi::node_element) continue;
    const std::string_view name = n.name();
    const pugi::xml_node parent = n.parent();
    if (name == "meta" && named(parent, "metadata")) found.metas.push_back(n);
    if (name == "dossiernummer" && named(parent, "dossier")) found.dossiernummers.push_back(n);
    if (!found.ondernummer && name == "ondernummer" && named(parent, "stuknr") && named(parent.parent(), "stuk"))
      found.ondernummer = n;
    if (!found.stuknr && name == "stuknr" && named(parent, "stuk")) found.stuknr = n;
    if (!found.titel && name == "titel" && named(parent, "stuk")) found.titel = n;
    if (!found.datumtekst && name == "datumtekst" && named(parent, "stuk") && first_dated_datum(n))
      found.datumtekst = n;
    if (!found.dagtekening && name == "dagtekening" && first_dated_datum(n)) found.dagtekening = n;
    if (!found.vergaderjaar && name == "tekstregel" && named(parent, "kamerstukkop") &&
        has_attribute_value(n, "inhoud", "vergaderjaar"))
      found.vergaderjaar = n;
  }
  return found;
}

OfficialBody read_official_body(const StukElements& stuk) {
  OfficialBody body;
  for (pugi::xml_node n : stuk.dossiernummers) {
    OfficialDossier d = dossier_from(n);
    if (!d.nummer.empty()) body.dossiers.push_back(std::move(d));
  }
  // `<stuknr>Nr. <ondernummer kamer="2">2122</ondernummer></stuknr>`
  if (stuk.ondernummer) {
    body.ondernummer = plain_text(stuk.ondernummer);
  } else if (stuk.stuknr) {
    std::string text = plain_text(stuk.stuknr);
    if (text.rfind("Nr. ", 0) == 0) text.erase(0, 4);
    body.ondernummer = text;
  }
  body.ondernummer.erase(std::remove(body.ondernummer.begin(), body.ondernummer.end(), ' '), body.ondernummer.end());
  if (stuk.titel) body.stuk_titel = plain_text(stuk.titel);
  // the stuk's own date: `<datumtekst>Voorgesteld <datum isodatum="2024-10-15">`
  // (motion), `Vastgesteld ...` (verslag); a letter's `<dagtekening>Den Haag,
  // <datum isodatum="2022-02-21">`
  const pugi::xml_node dated = stuk.datumtekst ? stuk.datumtekst : stuk.dagtekening;
  if (dated) {
    body.datumtekst = plain_text(dated);
    body.isodatum = first_dated_datum(dated).attribute("isodatum").value();
  }
  if (stuk.vergaderjaar) body.vergaderjaar = plain_text(stuk.vergaderjaar);
  return body;
}

// Whether `<!ENTITY` stands anywhere in the text. Looked for at its `!`
// (memchr): prose has few of them, while XML has a `<` every few words,
// each of which a search for the whole string would stop at.
bool declares_entities(std::string_view text) {
  constexpr std::string_view kDeclaration = "<!ENTITY";
  for (std::size_t bang = text.find('!', 1); bang != std::string_view::npos; bang = text.find('!', bang + 1))
    if (text.substr(bang - 1, kDeclaration.size()) == kDeclaration) return true;
  return false;
}

}  // namespace

Stage xml_to_text(std::string_view utf8, std::vector<std::pair<std::string, std::string>>& metadata,
                  OfficialBody& official) {
  // A DTD that declares entities is how "billion laughs" bombs are built;
  // parliamentary XML never has one, so refuse rather than expand.
  if (declares_entities(utf8))
    throw LoadError("XML declares entities (<!ENTITY>); refused, not expanded");
  pugi::xml_document doc;
  pugi::xml_parse_result parsed = doc.load_buffer(utf8.data(), utf8.size(),
                                                  pugi::parse_default | pugi::parse_ws_pcdata_single,
                                                  pugi::encoding_utf8);
  if (!parsed) {
    throw LoadError("not well-formed XML at byte " + std::to_string(parsed.offset) + ": " +
                    parsed.description());
  }
  const StukElements elements = find_stuk_elements(doc);
  for (pugi::xml_node m : elements.metas)
    metadata.emplace_back(m.attribute("name").value(), m.attribute("content").value());
  official = read_official_body(elements);
  // room for all the text at once: a publication's text is often more than
  // half of its bytes, and a string that grows past its room copies it all
  Walker walker{utf8, MappedTextBuilder(utf8.size()), {}};
  walker.walk(doc);
  walker.emit_notes();
  Stage stage;
  stage.text = walker.out.take_text();
  stage.map = walker.out.take_map();
  return stage;
}

}  // namespace kamerref
