// Reading `extract --json` lines back (SPEC section 2). A small reader made for
// this one shape rather than nlohmann's DOM: a corpus of 10^6 documents is a
// few GB of JSON, and building a DOM of every line before copying it into an
// Extraction doubled the work and the allocations. The reader walks the bytes
// once and writes each value straight into its field.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "kamerref/output/json.h"
#include "kamerref/load/encoding.h"

namespace kamerref {
namespace {

class LineReader {
 public:
  explicit LineReader(std::string_view text) : s_(text) {}

  [[noreturn]] void fail(const std::string& what) const {
    throw JsonLineError("column " + std::to_string(pos_ + 1) + ": " + what);
  }

  void skip_space() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\r' || s_[pos_] == '\n')) ++pos_;
  }

  char peek() {
    skip_space();
    return pos_ < s_.size() ? s_[pos_] : '\0';
  }

  void expect(char c) {
    if (peek() != c) {
      if (pos_ >= s_.size()) fail(std::string("expected '") + c + "', the line ends");
      fail(std::string("expected '") + c + "', found '" + s_[pos_] + "'");
    }
    ++pos_;
  }

  void expect_end() {
    if (peek() != '\0') fail("text after the object");
  }

  bool at_null() {
    if (peek() != 'n') return false;
    expect_word("null");
    return true;
  }

  // Object members: `member(key)` reads (or skips) each value.
  template <typename Member>
  void object(const Member& member) {
    expect('{');
    if (peek() == '}') {
      ++pos_;
      return;
    }
    std::string key;
    while (true) {
      if (peek() != '"') fail("expected a member name in quotes");
      string(key);
      expect(':');
      member(key);
      char c = peek();
      ++pos_;
      if (c == '}') return;
      if (c != ',') {
        --pos_;
        fail("expected ',' or '}' after a member");
      }
    }
  }

  template <typename Element>
  void array(const Element& element) {
    expect('[');
    if (peek() == ']') {
      ++pos_;
      return;
    }
    while (true) {
      element();
      char c = peek();
      ++pos_;
      if (c == ']') return;
      if (c != ',') {
        --pos_;
        fail("expected ',' or ']' in an array");
      }
    }
  }

  void string(std::string& out) {
    if (peek() != '"') fail("expected a string");
    ++pos_;
    out.clear();
    while (true) {
      // copy the run up to the next quote or escape in one go
      std::size_t run = pos_;
      while (run < s_.size() && s_[run] != '"' && s_[run] != '\\') {
        if (static_cast<unsigned char>(s_[run]) < 0x20) {
          pos_ = run;
          fail("control character in a string");
        }
        ++run;
      }
      out.append(s_.data() + pos_, run - pos_);
      pos_ = run;
      if (pos_ >= s_.size()) fail("the line ends inside a string");
      if (s_[pos_] == '"') {
        ++pos_;
        return;
      }
      ++pos_;  // the backslash
      if (pos_ >= s_.size()) fail("the line ends inside a string");
      char e = s_[pos_++];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': append_utf8(out, code_point()); break;
        default: --pos_; fail(std::string("unknown escape \\") + e);
      }
    }
  }

  std::string string() {
    std::string out;
    string(out);
    return out;
  }

  // A whole number (no fraction or exponent: offsets, lines, footnotes).
  long long integer() {
    skip_space();
    std::size_t begin = pos_;
    bool negative = pos_ < s_.size() && s_[pos_] == '-';
    if (negative) ++pos_;
    if (pos_ >= s_.size() || s_[pos_] < '0' || s_[pos_] > '9') fail("expected a whole number");
    long long n = 0;
    while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') {
      if (n > (static_cast<long long>(1) << 53)) fail("number too large");
      n = n * 10 + (s_[pos_++] - '0');
    }
    if (pos_ < s_.size() && (s_[pos_] == '.' || s_[pos_] == 'e' || s_[pos_] == 'E')) {
      pos_ = begin;
      fail("expected a whole number");
    }
    return negative ? -n : n;
  }

  std::size_t offset() {
    long long n = integer();
    if (n < 0) fail("expected a byte offset (not negative)");
    return static_cast<std::size_t>(n);
  }

  int small_integer() {
    long long n = integer();
    if (n < -2147483647LL || n > 2147483647LL) fail("number out of range");
    return static_cast<int>(n);
  }

  bool boolean() {
    char c = peek();
    if (c == 't') {
      expect_word("true");
      return true;
    }
    if (c == 'f') {
      expect_word("false");
      return false;
    }
    fail("expected true or false");
  }

  void strings(std::vector<std::string>& out) {
    out.clear();
    array([&] { out.push_back(string()); });
  }

  // Any value, unread: for the fields this version does not know.
  void skip_value(int depth = 0) {
    if (depth > 64) fail("nested too deeply");
    char c = peek();
    switch (c) {
      case '{': object([&](const std::string&) { skip_value(depth + 1); }); return;
      case '[': array([&] { skip_value(depth + 1); }); return;
      case '"': skip_string(); return;
      case 't': expect_word("true"); return;
      case 'f': expect_word("false"); return;
      case 'n': expect_word("null"); return;
      default: break;
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      std::size_t begin = pos_;
      while (pos_ < s_.size() && std::strchr("+-.eE0123456789", s_[pos_]) != nullptr && s_[pos_] != '\0') ++pos_;
      if (pos_ == begin) fail("expected a value");
      return;
    }
    if (c == '\0') fail("expected a value, the line ends");
    fail(std::string("expected a value, found '") + c + "'");
  }

 private:
  void expect_word(std::string_view word) {
    skip_space();
    if (s_.substr(pos_, word.size()) != word) fail("expected " + std::string(word));
    pos_ += word.size();
  }

  void skip_string() {
    expect('"');
    while (true) {
      const void* hit = pos_ < s_.size() ? std::memchr(s_.data() + pos_, '"', s_.size() - pos_) : nullptr;
      if (!hit) fail("the line ends inside a string");
      std::size_t quote = static_cast<std::size_t>(static_cast<const char*>(hit) - s_.data());
      std::size_t backslashes = 0;
      while (quote - backslashes > pos_ && s_[quote - backslashes - 1] == '\\') ++backslashes;
      pos_ = quote + 1;
      if (backslashes % 2 == 0) return;
    }
  }

  unsigned hex4() {
    if (pos_ + 4 > s_.size()) fail("short \\u escape");
    unsigned v = 0;
    for (int i = 0; i < 4; ++i) {
      char c = s_[pos_++];
      v <<= 4;
      if (c >= '0' && c <= '9') v |= static_cast<unsigned>(c - '0');
      else if (c >= 'a' && c <= 'f') v |= static_cast<unsigned>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') v |= static_cast<unsigned>(c - 'A' + 10);
      else fail("bad \\u escape");
    }
    return v;
  }

  // After `\u`: one code point, a surrogate pair joined.
  unsigned code_point() {
    unsigned cp = hex4();
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      if (s_.substr(pos_, 2) != "\\u") fail("lone surrogate in \\u escape");
      pos_ += 2;
      unsigned low = hex4();
      if (low < 0xDC00 || low > 0xDFFF) fail("bad surrogate pair in \\u escape");
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
      fail("lone surrogate in \\u escape");
    }
    return cp;
  }


  std::string_view s_;
  std::size_t pos_ = 0;
};

void read_document(LineReader& in, DocumentInfo& d) {
  in.object([&](const std::string& key) {
    if (key == "id") in.string(d.id);
    else if (key == "title") in.string(d.title);
    else if (key == "date") in.string(d.date);
    else if (key == "type") in.string(d.type);
    else if (key == "kenmerk") in.string(d.kenmerk);
    else if (key == "dossier") in.string(d.dossier);
    else if (key == "vergaderjaar") in.string(d.vergaderjaar);
    else if (key == "tk_nummer") in.string(d.tk_nummer);
    else if (key == "rijkswet") in.string(d.rijkswet);
    else if (key == "signatories") in.strings(d.signatories);
    else if (key == "indieners") in.strings(d.indieners);
    else if (key == "verzoeken") in.strings(d.verzoeken);
    else in.skip_value();
  });
}

void read_motion(LineReader& in, MotionInfo& m) {
  in.object([&](const std::string& key) {
    if (key == "indieners") in.strings(m.indieners);
    else if (key == "party") in.string(m.party);
    else if (key == "subject") in.string(m.subject);
    else if (key == "date") in.string(m.date);
    else if (key == "relation") in.string(m.relation);
    else if (key == "gewijzigd") m.gewijzigd = in.boolean();
    else if (key == "replaces") in.string(m.replaces);
    else if (key == "bound_by") in.string(m.bound_by);
    else in.skip_value();
  });
}

void read_commitment(LineReader& in, CommitmentInfo& c) {
  in.object([&](const std::string& key) {
    if (key == "role") in.string(c.role);
    else if (key == "due_text") in.string(c.due_text);
    else if (key == "due") {
      in.object([&](const std::string& bound) {
        if (bound == "from") in.string(c.due_from);
        else if (bound == "to") in.string(c.due_to);
        else in.skip_value();
      });
    }
    else if (key == "topic") in.string(c.topic);
    else if (key == "vehicle") in.string(c.vehicle);
    else if (key == "made_to") in.string(c.made_to);
    else if (key == "made_at") in.string(c.made_at);
    else in.skip_value();
  });
}

void read_reference(LineReader& in, Reference& r) {
  bool has_kind = false, has_id = false;
  in.object([&](const std::string& key) {
    if (key == "kind") {
      std::string name = in.string();
      std::optional<RefKind> kind = ref_kind_from_string(name);
      if (!kind) in.fail("unknown reference kind \"" + name + "\"");
      r.kind = *kind;
      has_kind = true;
    } else if (key == "id") {
      in.string(r.id);
      has_id = true;
    } else if (key == "text") {
      in.string(r.text);
    } else if (key == "start") {
      r.source.begin = in.offset();
    } else if (key == "end") {
      r.source.end = in.offset();
    } else if (key == "line") {
      r.line = in.small_integer();
    } else if (key == "footnote") {
      if (in.at_null()) r.footnote.reset();
      else r.footnote = in.small_integer();
    } else if (key == "attrs") {
      r.attrs.clear();
      in.object([&](const std::string& name) { r.attrs.emplace_back(name, in.string()); });
    } else if (key == "motion") {
      r.motion.emplace();
      read_motion(in, *r.motion);
    } else if (key == "commitment") {
      r.commitment.emplace();
      read_commitment(in, *r.commitment);
    } else if (key == "sentence") {
      in.string(r.sentence);
    } else {
      in.skip_value();
    }
  });
  if (!has_kind) in.fail("a reference without \"kind\"");
  if (!has_id) in.fail("a reference without \"id\"");
}

}  // namespace

Extraction extraction_from_json_line(std::string_view line, bool references) {
  Extraction e;
  LineReader in(line);
  bool has_file = false, has_document = false;
  if (in.peek() != '{') in.fail("not a JSON object (is this `kamerref extract --json` output?)");
  in.object([&](const std::string& key) {
    if (key == "file") {
      in.string(e.file);
      has_file = true;
    } else if (key == "document") {
      read_document(in, e.document);
      has_document = true;
    } else if (key == "references" && references) {
      in.array([&] {
        e.references.emplace_back();
        read_reference(in, e.references.back());
      });
    } else if (key == "warnings") {
      in.strings(e.warnings);
    } else {
      in.skip_value();
    }
  });
  in.expect_end();
  if (!has_file) in.fail("no \"file\" member");
  if (!has_document) in.fail("no \"document\" member");
  return e;
}

void read_json_lines(const std::string& path, bool references, const std::function<void(Extraction&&)>& each,
                     const std::function<void(std::size_t line, const std::string& message)>& bad_line) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) throw JsonLineError(std::string("cannot open: ") + std::strerror(errno));
  constexpr std::size_t kChunk = 1 << 20;
  std::string buffer;     // unread bytes: the start of a line whose end is not read yet
  std::size_t line_number = 0;
  auto take_line = [&](std::string_view line) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) return;
    Extraction e;
    try {
      e = extraction_from_json_line(line, references);
    } catch (const JsonLineError& error) {
      bad_line(line_number, error.what());
      return;
    }
    each(std::move(e));
  };
  std::unique_ptr<char[]> chunk(new char[kChunk]);
  while (true) {
    std::size_t got = std::fread(chunk.get(), 1, kChunk, f.get());
    if (got == 0) {
      if (std::ferror(f.get())) throw JsonLineError(std::string("read error: ") + std::strerror(errno));
      break;
    }
    std::string_view data(chunk.get(), got);
    while (!data.empty()) {
      std::size_t nl = data.find('\n');
      if (nl == std::string_view::npos) {
        buffer.append(data);
        break;
      }
      if (buffer.empty()) {
        take_line(data.substr(0, nl));
      } else {
        buffer.append(data.substr(0, nl));
        take_line(buffer);
        buffer.clear();
      }
      data.remove_prefix(nl + 1);
    }
  }
  if (!buffer.empty()) take_line(buffer);
}

}  // namespace kamerref
