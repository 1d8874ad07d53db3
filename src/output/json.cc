// The `extract --json` line written straight into one string. Building a
// JSON DOM per extraction and dumping it cost about 5-6 ms per MB of input
// and an allocation per value; the line's shape is fixed (SPEC section 2),
// so it is written field by field. The bytes are those the DOM writer
// produced (tests/output/json_write_test.cc holds it as the reference):
// keys in SPEC order, empty optional fields left out, no spaces, UTF-8 kept
// as it is, and broken UTF-8 (which the loader never lets through) written
// as U+FFFD rather than thrown on.
#include "kamerref/output/json.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>

namespace kamerref {
namespace {

// What a byte needs inside a JSON string.
enum class ByteClass : std::uint8_t {
  plain,    // printable ASCII, copied
  escaped,  // `"`, `\` and control characters
  multi,    // the start (or a stray part) of a multi-byte UTF-8 sequence
};

constexpr std::array<ByteClass, 256> make_byte_classes() {
  std::array<ByteClass, 256> classes{};
  for (std::size_t b = 0; b < 256; ++b) {
    if (b < 0x20 || b == '"' || b == '\\') classes[b] = ByteClass::escaped;
    else if (b >= 0x80) classes[b] = ByteClass::multi;
    else classes[b] = ByteClass::plain;
  }
  return classes;
}
constexpr std::array<ByteClass, 256> kByteClass = make_byte_classes();

// A UTF-8 sequence at the start of `s` (s is not empty, s[0] >= 0x80): how
// many bytes it spans and whether it is well formed (RFC 3629: no overlong
// forms, no surrogates, nothing past U+10FFFF). A broken sequence spans its
// lead byte and the continuation bytes that were still possible, so that the
// byte that broke it starts afresh: `\xC3(` is one bad sequence and `(`.
struct Utf8Sequence {
  std::size_t length;
  bool valid;
};

Utf8Sequence utf8_sequence_at(std::string_view s) {
  const auto lead = static_cast<unsigned char>(s[0]);
  std::size_t continuations;
  unsigned char second_lo = 0x80, second_hi = 0xBF;  // the second byte's range narrows for some leads
  if (lead >= 0xC2 && lead <= 0xDF) {
    continuations = 1;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    continuations = 2;
    if (lead == 0xE0) second_lo = 0xA0;  // below: overlong
    if (lead == 0xED) second_hi = 0x9F;  // above: surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    continuations = 3;
    if (lead == 0xF0) second_lo = 0x90;  // below: overlong
    if (lead == 0xF4) second_hi = 0x8F;  // above: past U+10FFFF
  } else {
    return {1, false};  // a continuation byte, C0, C1 or F5..FF cannot start one
  }
  for (std::size_t k = 1; k <= continuations; ++k) {
    if (k >= s.size()) return {k, false};  // cut off by the end of the string
    const auto b = static_cast<unsigned char>(s[k]);
    const unsigned char lo = k == 1 ? second_lo : 0x80;
    const unsigned char hi = k == 1 ? second_hi : 0xBF;
    if (b < lo || b > hi) return {k, false};
  }
  return {continuations + 1, true};
}

class LineWriter {
 public:
  explicit LineWriter(std::string& out) : out_(out) {}

  void raw(std::string_view s) { out_.append(s); }
  std::size_t size() const { return out_.size(); }
  void raw(char c) { out_.push_back(c); }

  void string(std::string_view s) {
    std::size_t i = plain_prefix(s, 0);
    if (i == s.size()) {  // most strings: nothing to escape, one copy
      const std::size_t at = out_.size();
      out_.resize(at + s.size() + 2);
      char* p = out_.data() + at;
      *p++ = '"';
      std::memcpy(p, s.data(), s.size());
      p[s.size()] = '"';
      return;
    }
    out_.push_back('"');
    out_.append(s.data(), i);
    while (i < s.size()) {
      std::size_t run = plain_prefix(s, i);
      out_.append(s.data() + i, run - i);
      i = run;
      if (i == s.size()) break;
      const auto c = static_cast<unsigned char>(s[i]);
      if (kByteClass[c] == ByteClass::escaped) {
        escape(c);
        ++i;
        continue;
      }
      Utf8Sequence seq = utf8_sequence_at(s.substr(i));
      if (seq.valid) out_.append(s.data() + i, seq.length);
      else out_.append("\xEF\xBF\xBD");  // U+FFFD
      i += seq.length;
    }
    out_.push_back('"');
  }

  template <typename Integer>
  void number(Integer value) {
    std::array<char, 24> digits{};
    auto [end, ec] = std::to_chars(digits.data(), digits.data() + digits.size(), value);
    static_cast<void>(ec);  // 24 digits hold every 64-bit integer
    out_.append(digits.data(), static_cast<std::size_t>(end - digits.data()));
  }

  void strings(const std::vector<std::string>& values) {
    out_.push_back('[');
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (i > 0) out_.push_back(',');
      string(values[i]);
    }
    out_.push_back(']');
  }

  // `"key":`, after a comma unless it is the object's first member.
  // Put together on the stack and appended at once: one size check, not four.
  void key(std::string_view name, bool first = false) {
    std::array<char, 40> piece;
    if (name.size() + 4 > piece.size()) {  // no key is this long; kept correct all the same
      if (!first) out_.push_back(',');
      out_.push_back('"');
      out_.append(name);
      out_.append("\":");
      return;
    }
    char* p = piece.data();
    if (!first) *p++ = ',';
    *p++ = '"';
    std::memcpy(p, name.data(), name.size());  // the keys are fixed ASCII names, nothing to escape
    p += name.size();
    *p++ = '"';
    *p++ = ':';
    out_.append(piece.data(), static_cast<std::size_t>(p - piece.data()));
  }
  // An optional string member: left out when empty.
  void string_if(std::string_view name, const std::string& value) {
    if (value.empty()) return;
    key(name);
    string(value);
  }

 private:
  // The end of the run of plain bytes in `s` from `i`. Eight bytes at a time
  // while none of them needs more than a copy: a word holds a byte that is
  // not plain exactly when one is >= 0x80, < 0x20, `"` or `\`, and each
  // test below is exact for the word as a whole (it may misplace which byte,
  // which the byte loop after it finds).
  static std::size_t plain_prefix(std::string_view s, std::size_t i) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
    auto has_zero_byte = [](std::uint64_t v) { return (v - kOnes) & ~v & kHighs; };
    while (i + 8 <= s.size()) {
      std::uint64_t v;
      std::memcpy(&v, s.data() + i, 8);
      const std::uint64_t special = (v & kHighs)                      // >= 0x80
                                    | ((v - kOnes * 0x20) & ~v & kHighs)  // < 0x20
                                    | has_zero_byte(v ^ (kOnes * '"'))  // `"`
                                    | has_zero_byte(v ^ (kOnes * '\\'));  // `\`
      if (special) break;
      i += 8;
    }
    while (i < s.size() && kByteClass[static_cast<unsigned char>(s[i])] == ByteClass::plain) ++i;
    return i;
  }

  void escape(unsigned char c) {
    switch (c) {
      case '"': out_.append("\\\""); return;
      case '\\': out_.append("\\\\"); return;
      case '\b': out_.append("\\b"); return;
      case '\t': out_.append("\\t"); return;
      case '\n': out_.append("\\n"); return;
      case '\f': out_.append("\\f"); return;
      case '\r': out_.append("\\r"); return;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        const char code[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
        out_.append(code, sizeof code);
      }
    }
  }

  std::string& out_;
};

void write_document(LineWriter& w, const DocumentInfo& info) {
  w.raw('{');
  w.key("id", true);
  w.string(info.id);
  w.string_if("title", info.title);
  w.string_if("date", info.date);
  w.string_if("type", info.type);
  w.string_if("kenmerk", info.kenmerk);
  w.string_if("dossier", info.dossier);
  w.string_if("vergaderjaar", info.vergaderjaar);
  w.string_if("tk_nummer", info.tk_nummer);
  w.string_if("rijkswet", info.rijkswet);
  if (!info.signatories.empty()) {
    w.key("signatories");
    w.strings(info.signatories);
  }
  if (!info.indieners.empty()) {
    w.key("indieners");
    w.strings(info.indieners);
  }
  if (!info.verzoeken.empty()) {
    w.key("verzoeken");
    w.strings(info.verzoeken);
  }
  w.raw('}');
}

// `attrs` as an object. A key set twice (the vector allows it) is one
// member, where it was first set, with the value it was set to last.
// With `site`: where a bound_by "corpus" mark would go (Reference::set_attr
// sets the first member of that name, or appends one).
void write_attrs(LineWriter& w, const std::vector<std::pair<std::string, std::string>>& attrs,
                 BindingSite* site = nullptr) {
  w.raw('{');
  bool first = true;
  std::size_t bound_by_members = 0;
  for (std::size_t i = 0; i < attrs.size(); ++i) {
    const std::string& name = attrs[i].first;
    const bool is_bound_by = site && name == "bound_by";
    bound_by_members += is_bound_by;
    bool seen = false;
    for (std::size_t k = 0; k < i && !seen; ++k) seen = attrs[k].first == name;
    if (seen) continue;
    const std::string* value = &attrs[i].second;
    for (std::size_t k = i + 1; k < attrs.size(); ++k)
      if (attrs[k].first == name) value = &attrs[k].second;
    if (!first) w.raw(',');
    first = false;
    w.string(name);
    w.raw(':');
    if (is_bound_by) site->mark_begin = w.size();
    w.string(*value);
    if (is_bound_by) site->mark_end = w.size();
  }
  if (site) {
    if (bound_by_members == 1) {
      site->mark = BindingSite::Mark::attr_value;
    } else if (bound_by_members > 1) {
      site->mark = BindingSite::Mark::unchanged;
    } else {
      site->mark = first ? BindingSite::Mark::attr_first : BindingSite::Mark::attr_after;
      site->mark_begin = site->mark_end = w.size();
    }
  }
  w.raw('}');
}

// With `site`: the bytes a bound_by "corpus" member would replace.
void write_motion(LineWriter& w, const MotionInfo& m, BindingSite* site = nullptr) {
  w.raw('{');
  w.key("indieners", true);
  w.strings(m.indieners);
  w.string_if("party", m.party);
  w.string_if("subject", m.subject);
  w.string_if("date", m.date);
  w.key("relation");
  w.string(m.relation);
  if (m.gewijzigd) {
    w.key("gewijzigd");
    w.raw("true");
  }
  w.string_if("replaces", m.replaces);
  if (site) {
    site->mark = BindingSite::Mark::motion_member;
    site->mark_begin = w.size();
  }
  w.string_if("bound_by", m.bound_by);
  if (site) site->mark_end = w.size();
  w.raw('}');
}

void write_commitment(LineWriter& w, const CommitmentInfo& c) {
  w.raw('{');
  w.key("role", true);
  w.string(c.role);
  w.string_if("due_text", c.due_text);
  if (!c.due_from.empty()) {
    w.key("due");
    w.raw('{');
    w.key("from", true);
    w.string(c.due_from);
    w.key("to");
    w.string(c.due_to);
    w.raw('}');
  }
  w.string_if("topic", c.topic);
  w.string_if("vehicle", c.vehicle);
  w.string_if("made_to", c.made_to);
  w.string_if("made_at", c.made_at);
  w.raw('}');
}

// With `site`: where binding this reference changes the line (as
// apply_bindings does: the id, and bound_by on the motion or in attrs).
void write_reference(LineWriter& w, const Reference& ref, BindingSite* site = nullptr) {
  w.raw('{');
  w.key("kind", true);
  w.string(to_string(ref.kind));
  w.key("id");
  if (site) site->id_begin = w.size();
  w.string(ref.id);
  if (site) site->id_end = w.size();
  w.key("text");
  w.string(ref.text);
  w.key("start");
  w.number(ref.source.begin);
  w.key("end");
  w.number(ref.source.end);
  w.key("line");
  w.number(ref.line);
  if (ref.footnote) {
    w.key("footnote");
    w.number(*ref.footnote);
  }
  w.key("attrs");
  write_attrs(w, ref.attrs, ref.motion ? nullptr : site);
  if (ref.motion) {
    w.key("motion");
    write_motion(w, *ref.motion, site);
  }
  if (ref.commitment) {
    w.key("commitment");
    write_commitment(w, *ref.commitment);
  }
  w.key("sentence");
  w.string(ref.sentence);
  w.raw('}');
}

// Roughly the line's length, so that it is allocated once: every reference
// carries its text and sentence plus some 150 bytes of keys and numbers.
std::size_t expected_size(const Extraction& extraction) {
  std::size_t size = 256 + extraction.file.size() + extraction.document.title.size();
  for (const Reference& r : extraction.references) size += 160 + r.id.size() + r.text.size() + r.sentence.size();
  return size;
}

std::string write_line(const Extraction& extraction, const std::vector<std::size_t>* site_references,
                       std::vector<BindingSite>* sites) {
  std::string line;
  line.reserve(expected_size(extraction));
  LineWriter w(line);
  w.raw('{');
  w.key("file", true);
  w.string(extraction.file);
  w.key("document");
  write_document(w, extraction.document);
  w.key("references");
  w.raw('[');
  std::size_t next_site = 0;
  for (std::size_t i = 0; i < extraction.references.size(); ++i) {
    if (i > 0) w.raw(',');
    BindingSite* site = nullptr;
    if (site_references && next_site < site_references->size() && (*site_references)[next_site] == i) {
      ++next_site;
      site = &sites->emplace_back();
      site->reference = i;
    }
    write_reference(w, extraction.references[i], site);
  }
  w.raw(']');
  if (!extraction.warnings.empty()) {
    w.key("warnings");
    w.strings(extraction.warnings);
  }
  w.raw('}');
  return line;
}

}  // namespace

std::string to_json_line(const Extraction& extraction) { return write_line(extraction, nullptr, nullptr); }

std::string to_json_line(const Extraction& extraction, const std::vector<std::size_t>& references,
                         std::vector<BindingSite>& sites) {
  return write_line(extraction, &references, &sites);
}

std::optional<std::string> bind_json_line(std::string_view line, const std::vector<BindingSite>& sites,
                                          const std::vector<Binding>& bindings) {
  // apply_bindings in order: a reference bound twice keeps the last id
  std::vector<const std::string*> ids(sites.size(), nullptr);
  for (const Binding& b : bindings) {
    auto site = std::lower_bound(sites.begin(), sites.end(), b.reference,
                                 [](const BindingSite& s, std::size_t r) { return s.reference < r; });
    if (site == sites.end() || site->reference != b.reference) return std::nullopt;
    ids[static_cast<std::size_t>(site - sites.begin())] = &b.id;
  }
  std::string out;
  out.reserve(line.size() + 64 * bindings.size());
  LineWriter w(out);
  std::size_t copied = 0;  // bytes of `line` before this are in `out`
  // `line`'s bytes up to `begin`, then `write()` in place of [begin, end)
  auto replace = [&](std::size_t begin, std::size_t end, auto&& write) {
    out.append(line.data() + copied, begin - copied);
    write();
    copied = end;
  };
  for (std::size_t k = 0; k < sites.size(); ++k) {
    if (!ids[k]) continue;
    const BindingSite& site = sites[k];
    replace(site.id_begin, site.id_end, [&] { w.string(*ids[k]); });
    std::string_view mark;
    switch (site.mark) {
      case BindingSite::Mark::motion_member:
      case BindingSite::Mark::attr_after: mark = ",\"bound_by\":\"corpus\""; break;
      case BindingSite::Mark::attr_first: mark = "\"bound_by\":\"corpus\""; break;
      case BindingSite::Mark::attr_value: mark = "\"corpus\""; break;
      case BindingSite::Mark::unchanged: continue;
    }
    replace(site.mark_begin, site.mark_end, [&] { w.raw(mark); });
  }
  out.append(line.data() + copied, line.size() - copied);
  return out;
}

}  // namespace kamerref
