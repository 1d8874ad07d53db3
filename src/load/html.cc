// HTML -> plain text, keeping an offset map (see normalize.h). Tolerant of
// the tag soup saved from tweedekamer.nl and officielebekendmakingen.nl: an
// unclosed tag or a stray `<` is text, never an error.
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>

#include "kamerref/load/normalize.h"

namespace kamerref {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  // (A-Z alone: what the C locale's tolower lowers, without a call per byte)
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
  return out;
}

struct Tag {
  std::string name;  // lower case, without '/'
  bool closing = false;
  std::string_view raw;
};

// Parses the tag at s[i] == '<'; nullopt when it is not a tag.
std::optional<Tag> parse_tag(std::string_view s, std::size_t i) {
  if (i + 1 >= s.size()) return std::nullopt;
  std::size_t j = i + 1;
  Tag tag;
  if (s[j] == '/') {
    tag.closing = true;
    ++j;
  }
  if (j >= s.size() || !(std::isalpha(static_cast<unsigned char>(s[j])) || s[j] == '!' || s[j] == '?'))
    return std::nullopt;
  std::size_t name_start = j;
  while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '-' || s[j] == ':' ||
                          s[j] == '!' || s[j] == '?'))
    ++j;
  tag.name = lower(s.substr(name_start, j - name_start));
  // find the closing '>' outside quotes
  char quote = 0;
  for (; j < s.size(); ++j) {
    char c = s[j];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      tag.raw = s.substr(i, j - i + 1);
      return tag;
    } else if (c == '<') {
      return std::nullopt;
    }
    if (j - i > 8192) return std::nullopt;
  }
  return std::nullopt;
}

// Value of attribute `name` in a raw tag, entities left as they are.
std::optional<std::string> attribute(std::string_view raw, std::string_view name) {
  std::string low = lower(raw);
  std::size_t pos = 0;
  while ((pos = low.find(name, pos)) != std::string::npos) {
    bool start_ok = pos > 0 && (std::isspace(static_cast<unsigned char>(low[pos - 1])) != 0);
    std::size_t j = pos + name.size();
    while (j < low.size() && low[j] == ' ') ++j;
    if (start_ok && j < low.size() && low[j] == '=') {
      ++j;
      while (j < low.size() && low[j] == ' ') ++j;
      if (j < raw.size() && (raw[j] == '"' || raw[j] == '\'')) {
        char q = raw[j];
        std::size_t end = raw.find(q, j + 1);
        if (end == std::string_view::npos) return std::nullopt;
        return std::string(raw.substr(j + 1, end - j - 1));
      }
      std::size_t end = j;
      while (end < raw.size() && !std::isspace(static_cast<unsigned char>(raw[end])) && raw[end] != '>')
        ++end;
      return std::string(raw.substr(j, end - j));
    }
    pos += name.size();
  }
  return std::nullopt;
}

std::string decode_entities(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] == '&') {
      if (std::size_t len = decode_entity(s, i, out)) {
        i += len;
        continue;
      }
    }
    out += s[i++];
  }
  return out;
}

bool is_block(std::string_view name) {
  static constexpr std::string_view kBlocks[] = {
      "p",  "div", "br",      "li",     "ul",     "ol",     "h1",      "h2",   "h3",
      "h4", "h5",  "h6",      "tr",     "table",  "section", "article", "header", "footer",
      "nav", "hr", "blockquote", "dd",  "dt",     "dl",     "pre",     "main", "aside",
      "figure", "figcaption", "caption", "address", "title", "body", "form", "fieldset"};
  for (std::string_view b : kBlocks)
    if (b == name) return true;
  return false;
}

// `fn1`, `fn:1`, `footnote-1`, `note1`, `noot1` -> 1
std::optional<int> footnote_item_number(std::string_view id) {
  std::string low = lower(id);
  static constexpr std::string_view kPrefixes[] = {"footnote", "fn", "noot", "note", "voetnoot"};
  for (std::string_view p : kPrefixes) {
    if (low.compare(0, p.size(), p) != 0) continue;
    std::size_t j = p.size();
    while (j < low.size() && (low[j] == '-' || low[j] == ':' || low[j] == '_')) ++j;
    if (j == low.size() || j + 4 < low.size()) continue;
    int n = 0;
    for (; j < low.size(); ++j) {
      if (!std::isdigit(static_cast<unsigned char>(low[j]))) return std::nullopt;
      n = n * 10 + (low[j] - '0');
    }
    return n;
  }
  return std::nullopt;
}

}  // namespace

Stage strip_html(std::string_view s, std::vector<std::pair<std::string, std::string>>& metadata) {
  // room for all the text at once: a letter saved as HTML is mostly text,
  // and a string that grows past its room copies everything it holds
  MappedTextBuilder out(s.size());
  std::string buf;
  std::size_t i = 0;
  auto newline = [&](std::size_t at, std::size_t len) {
    if (out.size() > 0 && out.back() != '\n') out.replace(at, len, "\n");
  };
  while (i < s.size()) {
    char c = s[i];
    if (c == '<') {
      // a comment or a CDATA section: both begin `<!`, which few tags do
      const bool bang = i + 1 < s.size() && s[i + 1] == '!';
      if (bang && s.compare(i, 4, "<!--") == 0) {
        std::size_t end = s.find("-->", i + 4);
        i = end == std::string_view::npos ? s.size() : end + 3;
        continue;
      }
      if (bang && s.compare(i, 9, "<![CDATA[") == 0) {
        std::size_t end = s.find("]]>", i + 9);
        if (end == std::string_view::npos) end = s.size();
        out.copy(i + 9, s.substr(i + 9, end - i - 9));
        i = std::min(s.size(), end + 3);
        continue;
      }
      std::optional<Tag> tag = parse_tag(s, i);
      if (!tag) {
        out.copy(i, "<");
        ++i;
        continue;
      }
      const std::size_t tag_end = i + tag->raw.size();
      if (!tag->closing && (tag->name == "script" || tag->name == "style" || tag->name == "noscript" ||
                            tag->name == "svg" || tag->name == "template")) {
        std::string close = "</" + tag->name;
        std::string low_rest;  // search case-insensitively without copying the whole file
        std::size_t end = tag_end;
        for (;;) {
          end = s.find("</", end);
          if (end == std::string_view::npos) break;
          if (lower(s.substr(end, close.size())) == close) break;
          end += 2;
        }
        if (end == std::string_view::npos) {
          i = s.size();
        } else {
          std::size_t gt = s.find('>', end);
          i = gt == std::string_view::npos ? s.size() : gt + 1;
        }
        continue;
      }
      if (tag->name == "meta" && !tag->closing) {
        auto name = attribute(tag->raw, "name");
        if (!name) name = attribute(tag->raw, "property");
        auto content = attribute(tag->raw, "content");
        if (name && content) metadata.emplace_back(decode_entities(*name), decode_entities(*content));
        i = tag_end;
        continue;
      }
      if (tag->name == "title" && !tag->closing) {
        std::size_t end = s.find("</", tag_end);
        if (end != std::string_view::npos)
          metadata.emplace_back("title", decode_entities(s.substr(tag_end, end - tag_end)));
      }
      if (tag->name == "sup" && !tag->closing) {
        // <sup>1</sup>, <sup><a href="#fn1">1</a></sup> -> ¹
        std::size_t end = s.find("</sup>", tag_end);
        if (end == std::string_view::npos) end = s.find("</SUP>", tag_end);
        if (end != std::string_view::npos && end - tag_end < 400) {
          std::string inner;
          for (std::size_t k = tag_end; k < end;) {
            if (s[k] == '<') {
              auto t = parse_tag(s, k);
              if (t) {
                k += t->raw.size();
                continue;
              }
            }
            inner += s[k++];
          }
          bool digits = !inner.empty() && inner.size() <= 4;
          for (char d : inner) digits = digits && std::isdigit(static_cast<unsigned char>(d));
          if (digits) {
            out.replace(i, end + 6 - i, to_superscript_digits(inner));
            i = end + 6;
            continue;
          }
        }
      }
      if (tag->name == "li" && !tag->closing) {
        if (auto id = attribute(tag->raw, "id")) {
          if (auto n = footnote_item_number(*id)) {
            // a note in a footnote list: starts its own line with its number
            if (out.size() > 0 && out.back() != '\n') out.replace(i, 0, "\n");
            out.replace(i, tag->raw.size(), to_superscript_digits(std::to_string(*n)) + " ");
            i = tag_end;
            continue;
          }
        }
      }
      if (tag->name == "td" || tag->name == "th") {
        // a cell's bounds stay visible, as in a Markdown table: a name or a
        // subject never runs on into the next cell (`Motie van het lid
        // Tielen over wachtlijsten | Kamerstuk 31 765, nr. 894 | Afgedaan`)
        out.replace(i, tag->raw.size(), tag->closing ? " " : " | ");
      } else if (is_block(tag->name)) {
        newline(i, tag->raw.size());
      }
      i = tag_end;
      continue;
    }
    if (c == '&') {
      buf.clear();
      if (std::size_t len = decode_entity(s, i, buf)) {
        out.replace(i, len, buf);
        i += len;
        continue;
      }
    }
    // text up to the next tag or entity: memchr for the '<' that ends
    // nearly every run, then for a rarer '&' before it
    std::size_t j = std::min(s.find('<', i + 1), s.size());
    j = std::min(s.substr(0, j).find('&', i + 1), j);
    out.copy(i, s.substr(i, j - i));
    i = j;
  }
  Stage stage;
  stage.text = out.take_text();
  stage.map = out.take_map();
  return stage;
}

}  // namespace kamerref
