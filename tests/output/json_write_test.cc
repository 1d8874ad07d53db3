// Writing `extract --json` lines: the streaming writer (to_json_line) must
// give the bytes the nlohmann DOM writer gave before it, for every field
// combination and every string, hostile ones included. The DOM writer lives
// on here only as the reference.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "kamerref/extract/extract.h"
#include "kamerref/load/load.h"
#include "kamerref/output/json.h"
#include "kamerref/resolve/resolve.h"

using namespace kamerref;

namespace {

// The writer as it was: a DOM per extraction, dumped compact, keeping UTF-8
// and replacing broken UTF-8 by U+FFFD.
namespace dom {

using Json = nlohmann::ordered_json;

void put_if(Json& j, const char* key, const std::string& value) {
  if (!value.empty()) j[key] = value;
}

Json to_json(const DocumentInfo& info) {
  Json j = Json::object();
  j["id"] = info.id;
  put_if(j, "title", info.title);
  put_if(j, "date", info.date);
  put_if(j, "type", info.type);
  put_if(j, "kenmerk", info.kenmerk);
  put_if(j, "dossier", info.dossier);
  put_if(j, "vergaderjaar", info.vergaderjaar);
  put_if(j, "tk_nummer", info.tk_nummer);
  put_if(j, "rijkswet", info.rijkswet);
  if (!info.signatories.empty()) j["signatories"] = info.signatories;
  if (!info.indieners.empty()) j["indieners"] = info.indieners;
  if (!info.verzoeken.empty()) j["verzoeken"] = info.verzoeken;
  return j;
}

Json to_json(const Reference& ref) {
  Json j;
  j["kind"] = std::string(to_string(ref.kind));
  j["id"] = ref.id;
  j["text"] = ref.text;
  j["start"] = ref.source.begin;
  j["end"] = ref.source.end;
  j["line"] = ref.line;
  if (ref.footnote) j["footnote"] = *ref.footnote;
  Json attrs = Json::object();
  for (const auto& [k, v] : ref.attrs) attrs[k] = v;
  j["attrs"] = attrs;
  if (ref.motion) {
    const MotionInfo& m = *ref.motion;
    Json mj;
    mj["indieners"] = m.indieners;
    put_if(mj, "party", m.party);
    put_if(mj, "subject", m.subject);
    put_if(mj, "date", m.date);
    mj["relation"] = m.relation;
    if (m.gewijzigd) mj["gewijzigd"] = true;
    put_if(mj, "replaces", m.replaces);
    put_if(mj, "bound_by", m.bound_by);
    j["motion"] = mj;
  }
  if (ref.commitment) {
    const CommitmentInfo& c = *ref.commitment;
    Json cj;
    cj["role"] = c.role;
    put_if(cj, "due_text", c.due_text);
    if (!c.due_from.empty()) cj["due"] = {{"from", c.due_from}, {"to", c.due_to}};
    put_if(cj, "topic", c.topic);
    put_if(cj, "vehicle", c.vehicle);
    put_if(cj, "made_to", c.made_to);
    put_if(cj, "made_at", c.made_at);
    j["commitment"] = cj;
  }
  j["sentence"] = ref.sentence;
  return j;
}

std::string json_line(const Extraction& extraction) {
  Json j;
  j["file"] = extraction.file;
  j["document"] = to_json(extraction.document);
  Json refs = Json::array();
  for (const Reference& r : extraction.references) refs.push_back(to_json(r));
  j["references"] = refs;
  if (!extraction.warnings.empty()) j["warnings"] = extraction.warnings;
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace dom

// An extraction whose every string field is `s`.
Extraction everywhere(const std::string& s) {
  Extraction x;
  x.file = s;
  x.document.id = s;
  x.document.title = s;
  x.document.signatories = {s, s};
  Reference r;
  r.id = s;
  r.text = s;
  r.sentence = s;
  r.attrs = {{s, s}, {"k", s}};
  r.motion = MotionInfo{};
  r.motion->indieners = {s};
  r.motion->subject = s;
  r.commitment = CommitmentInfo{};
  r.commitment->role = s;
  r.commitment->due_from = s;
  r.commitment->due_to = s;
  x.references.push_back(r);
  x.warnings = {s};
  return x;
}

}  // namespace

TEST_CASE("strings are escaped as the DOM writer escaped them", "[output][json]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"", R"("")"},
      {"Kamerstuk 36 410, nr. 12", R"("Kamerstuk 36 410, nr. 12")"},
      {"zij zei \"nee\"", R"("zij zei \"nee\"")"},
      {"C:\\pad\\x", R"("C:\\pad\\x")"},
      {"a/b", R"("a/b")"},  // the solidus stays as it is
      {"\b\t\n\f\r", R"("\b\t\n\f\r")"},
      {std::string("\0\x01\x1f", 3), R"("\u0000\u0001\u001f")"},
      {"\x0b\x1b", R"("\u000b\u001b")"},
      {"\x7f", "\"\x7f\""},  // DEL is no control character to JSON
      {"één – ‘Tweede’ Kamer €", "\"één – ‘Tweede’ Kamer €\""},  // UTF-8 is kept
      {"\xF0\x9F\x98\x80", "\"\xF0\x9F\x98\x80\""},              // and so are 4-byte sequences
      // broken UTF-8 becomes U+FFFD, the byte that broke a sequence starts afresh
      {"a\xE9" "b", "\"a\xEF\xBF\xBD" "b\""},
      {"\xC3(", "\"\xEF\xBF\xBD(\""},
      {"\xE2\x82", "\"\xEF\xBF\xBD\""},                          // cut off at the end
      {"\xE2\x82" "x\xE2", "\"\xEF\xBF\xBDx\xEF\xBF\xBD\""},
      {"\xC0\xAF", "\"\xEF\xBF\xBD\xEF\xBF\xBD\""},              // overlong
      {"\xED\xA0\x80", "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\""},  // a surrogate
      {"\xF4\x90\x80\x80", "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\""},  // past U+10FFFF
      {"\x80\xBF\xFF", "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\""},
      {"\xF0\x9F\x98\n", "\"\xEF\xBF\xBD\\n\""},
  };
  for (const auto& [input, expected] : cases) {
    INFO(input);
    Extraction x;
    x.file = input;
    const std::string line = to_json_line(x);
    CHECK(line == R"({"file":)" + expected + R"(,"document":{"id":""},"references":[]})");
    CHECK(line == dom::json_line(x));
  }
}

TEST_CASE("random bytes in every field are written as the DOM writer wrote them", "[output][json]") {
  std::mt19937 random(20261206);
  // Mostly the bytes that matter: controls, quotes, backslashes, UTF-8 lead
  // and continuation bytes, plain letters.
  const std::string alphabet = std::string("\0\x01\x1f\"\\/aZ \x7f", 10) +
                               "\x80\x8f\x90\x9f\xa0\xbf\xc0\xc1\xc2\xc3\xdf\xe0\xe2\xed\xee\xef\xf0\xf1\xf4\xf5\xff";
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  std::uniform_int_distribution<std::size_t> length(0, 12);
  int differing = 0;
  std::string first_differing;
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    for (std::size_t n = length(random); n > 0; --n) s += alphabet[pick(random)];
    const Extraction x = everywhere(s);
    if (to_json_line(x) != dom::json_line(x) && differing++ == 0) first_differing = s;
  }
  INFO("first differing bytes: " << first_differing);
  CHECK(differing == 0);
}

TEST_CASE("one byte that needs care, at every place in a long plain string", "[output][json]") {
  // The writer passes plain text eight bytes at a time; a byte to escape or a
  // UTF-8 sequence in any lane of a word, or in the tail after the last
  // whole word, must still be seen. The bytes next to each class boundary
  // (0x1f/0x20, `!"#`, `[\]`, 0x7f/0x80) and a whole UTF-8 letter.
  const std::vector<std::string> specials = {std::string(1, '\0'), "\x1f", " ",    "!",    "\"", "#",
                                             "[",                   "\\",   "]",    "\x7f", "\x80", "\xff",
                                             "\n",                  "\xC3\xA9", "\xE2\x82"};
  const std::string plain = "Kamerstukken II 2024/25, 36 410";  // 31 bytes: three words and a tail
  int differing = 0;
  std::string first_differing;
  for (const std::string& special : specials) {
    for (std::size_t at = 0; at <= plain.size(); ++at) {
      std::string s = plain;
      s.insert(at, special);
      const Extraction x = everywhere(s);
      if (to_json_line(x) != dom::json_line(x) && differing++ == 0) first_differing = s;
    }
  }
  INFO("first differing string: " << first_differing);
  CHECK(differing == 0);
}

TEST_CASE("every field, present or absent, is written as the DOM writer wrote it", "[output][json]") {
  // Each bit of `mask` fills one optional field; all 2^n combinations of
  // a reference's fields, and a document's, are written both ways.
  Extraction base;
  base.file = "corpus/vao/brief.md";
  base.document.id = "kst-36410-12";
  auto document_with = [](unsigned mask) {
    DocumentInfo d;
    d.id = "kst-36410-12";
    std::string* strings[] = {&d.title, &d.date, &d.type, &d.kenmerk, &d.dossier, &d.vergaderjaar, &d.tk_nummer, &d.rijkswet};
    for (std::size_t b = 0; b < 8; ++b)
      if (mask & (1u << b)) *strings[b] = "v" + std::to_string(b);
    if (mask & (1u << 8)) d.signatories = {"Minister", "Staatssecretaris"};
    if (mask & (1u << 9)) d.indieners = {"Van der Werf"};
    if (mask & (1u << 10)) d.verzoeken = {"verzoekt de regering"};
    return d;
  };
  for (unsigned mask = 0; mask < (1u << 11); ++mask) {
    Extraction x = base;
    x.document = document_with(mask);
    if (mask & 1u) x.warnings = {"3 bytes ...", "w2"};
    INFO("document mask " << mask);
    CHECK(to_json_line(x) == dom::json_line(x));
  }

  auto motion_with = [](unsigned mask) {
    MotionInfo m;
    if (mask & 1u) m.indieners = {"Michon-Derkzen", "Van der Werf"};
    if (mask & 2u) m.party = "VVD";
    if (mask & 4u) m.subject = "over de jeugdzorg";
    if (mask & 8u) m.date = "2025-03-04";
    if (mask & 16u) m.relation = "uitvoering";
    if (mask & 32u) m.gewijzigd = true;
    if (mask & 64u) m.replaces = "kst-36410-11";
    if (mask & 128u) m.bound_by = "footnote";
    return m;
  };
  auto commitment_with = [](unsigned mask) {
    CommitmentInfo c;
    if (mask & 1u) c.role = "made";
    if (mask & 2u) c.due_text = "voor de zomer";
    if (mask & 4u) c.due_from = "2026-03-01";
    if (mask & 8u) c.due_to = "2026-06-30";  // `to` without `from` is not written
    if (mask & 16u) c.topic = "de voortgang";
    if (mask & 32u) c.vehicle = "voortgangsbrief";
    if (mask & 64u) c.made_to = "Van der Werf (D66)";
    if (mask & 128u) c.made_at = "plenair debat";
    return c;
  };
  for (unsigned mask = 0; mask < 256; ++mask) {
    Extraction x = base;
    Reference r;
    r.kind = static_cast<RefKind>(mask % 13);
    r.id = "kst-36410-" + std::to_string(mask);
    r.text = "Kamerstuk 36 410, nr. " + std::to_string(mask);
    r.source = {mask * 1000u, mask * 1000u + 22};
    r.line = static_cast<int>(mask);
    if (mask & 1u) r.footnote = static_cast<int>(mask) - 100;  // negative numbers too
    if (mask & 2u) r.attrs = {{"nr", "12"}, {"dossier", "36410"}};
    if (mask & 4u) r.attrs = {{"a", "1"}, {"b", "2"}, {"a", "3"}};  // a key set twice: first place, last value
    if (mask & 8u) r.motion = motion_with(mask >> 1);
    if (mask & 16u) r.commitment = commitment_with(mask >> 2);
    if (mask & 32u) {
      r.motion = motion_with(~mask);
      r.commitment = commitment_with(~mask);
    }
    if (mask & 64u) r.sentence = "Zie Kamerstuk 36 410, nr. 12.";
    x.references.push_back(r);
    if (mask & 128u) {
      x.references.push_back(r);
      x.references.push_back(Reference{});
    }
    INFO("reference mask " << mask);
    CHECK(to_json_line(x) == dom::json_line(x));
  }

  Reference big;
  big.source = {SIZE_MAX - 1, SIZE_MAX};
  big.line = INT32_MIN;
  big.footnote = INT32_MAX;
  Extraction x = base;
  x.references = {big};
  CHECK(to_json_line(x) == dom::json_line(x));
}

namespace {

// The line apply_bindings and to_json_line give, and the line bind_json_line
// makes of the unbound line and its sites; they must be the same bytes.
void check_binding_sites(const Extraction& x, const std::vector<std::size_t>& references,
                         const std::vector<Binding>& bindings) {
  std::vector<BindingSite> sites;
  const std::string line = to_json_line(x, references, sites);
  CHECK(line == to_json_line(x));  // recording the sites changes nothing
  REQUIRE(sites.size() == references.size());
  Extraction bound = x;
  apply_bindings(bound, bindings);
  std::optional<std::string> patched = bind_json_line(line, sites, bindings);
  REQUIRE(patched);
  CHECK(*patched == to_json_line(bound));
}

}  // namespace

TEST_CASE("a bound line is rewritten at its sites as apply_bindings and to_json_line write it",
          "[output][json]") {
  Extraction x;
  x.file = "brief.md";
  x.document.id = "kst-36410-12";
  Reference motion;  // `de motie van het lid Michon-Derkzen`
  motion.kind = RefKind::motion;
  motion.id = "motie-michon-derkzen";
  motion.motion = MotionInfo{};
  motion.motion->indieners = {"Michon-Derkzen"};
  motion.motion->relation = "uitvoering";
  Reference letter;  // `de voortgangsbrief van december jl.`
  letter.kind = RefKind::letter;
  letter.id = "letter-voortgangsbrief-2025-12";
  auto with_attrs = [](Reference r, std::vector<std::pair<std::string, std::string>> attrs) {
    r.attrs = std::move(attrs);
    return r;
  };
  auto with_bound_by = [](Reference r, std::string how) {
    r.motion->bound_by = std::move(how);
    return r;
  };
  x.references = {
      letter,                                                                   // attrs empty
      with_attrs(letter, {{"series", "voortgangsbrief"}}),                      // attrs without bound_by
      with_attrs(letter, {{"bound_by", "sentence"}, {"month", "2025-12"}}),     // bound_by once
      with_attrs(letter, {{"bound_by", "a"}, {"x", "1"}, {"bound_by", "b"}}),   // twice: the last shows
      motion,                                                                   // no bound_by yet
      with_bound_by(motion, "footnote"),
      with_attrs(with_bound_by(motion, "sentence"), {{"bound_by", "x"}}),       // a motion's mark is its own
  };
  std::vector<std::size_t> all(x.references.size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;

  SECTION("each reference alone, under an id to escape too") {
    for (std::size_t i = 0; i < all.size(); ++i) {
      INFO("reference " << i);
      check_binding_sites(x, all, {{i, "kst-36410-7"}});
      check_binding_sites(x, {i}, {{i, "kst-\"36410\"\\\n-7"}});
    }
  }
  SECTION("all at once; a reference bound twice keeps its last id") {
    std::vector<Binding> bindings;
    for (std::size_t i : all) bindings.push_back({i, "kst-1-" + std::to_string(i)});
    bindings.push_back({2, "kst-2-2"});
    check_binding_sites(x, all, bindings);
  }
  SECTION("no bindings: the line as it was") {
    std::vector<BindingSite> sites;
    const std::string line = to_json_line(x, all, sites);
    CHECK(bind_json_line(line, sites, {}) == line);
  }
  SECTION("a binding without a site gives nothing, not a guess") {
    std::vector<BindingSite> sites;
    const std::string line = to_json_line(x, {0, 2}, sites);
    CHECK_FALSE(bind_json_line(line, sites, {{1, "kst-1-1"}}));
  }
}

TEST_CASE("binding sites hold for every motion and letter reference of real documents", "[output][json]") {
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(std::string(KAMERREF_SOURCE_DIR) + "/corpus/vao"))
    files.push_back(e.path().string());
  for (const auto& e : std::filesystem::directory_iterator(std::string(KAMERREF_SHARED_DIR) + "/corpus/motions-sample"))
    if (e.path().extension() == ".xml") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() > 100);
  std::size_t bound = 0;
  for (const std::string& file : files) {
    const Extraction x = extract_document(load_document(file));
    std::vector<std::size_t> references;
    std::vector<Binding> bindings;
    for (std::size_t i = 0; i < x.references.size(); ++i) {
      const Reference& r = x.references[i];
      if (r.kind != RefKind::motion && r.kind != RefKind::letter) continue;
      references.push_back(i);
      bindings.push_back({i, "kst-36410-" + std::to_string(i)});
    }
    INFO(file);
    check_binding_sites(x, references, bindings);
    bound += bindings.size();
  }
  CHECK(bound >= 20);  // 28 when written: the vao letters name motions and letters, the motions few
}
