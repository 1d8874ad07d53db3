#pragma once
// Maps byte offsets of a normalised text back to byte offsets of the text it
// was made from. Every stage that rewrites text (decoding, markup removal,
// space and hyphen normalisation) produces one OffsetMap; a document keeps the
// chain, so that a match in the text we search maps to the exact bytes on disk
// (SPEC section 2: `file[start:end]` is what was matched).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kamerref {

// A half-open byte range [begin, end).
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t size() const { return end - begin; }
  bool contains(std::size_t pos) const { return pos >= begin && pos < end; }
  friend bool operator==(const Span&, const Span&) = default;
};

class OffsetMap {
 public:
  // Output bytes [out, out+len) are a verbatim copy of input bytes [in, in+len).
  void copy(std::size_t out, std::size_t in, std::size_t len);
  // Output bytes [out, out+out_len) replace input bytes [in, in+in_len) as a
  // whole (an entity, a decoded character, a removed hyphen).
  void replace(std::size_t out, std::size_t out_len, std::size_t in, std::size_t in_len);

  // Input offset where the output byte at `out` comes from.
  std::size_t to_input_begin(std::size_t out) const;
  // Input offset just past the input bytes that produced output [.., out_end).
  std::size_t to_input_end(std::size_t out_end) const;
  // The input bytes that produced output [out.begin, out.end). Output is in
  // input order except where a stage moves text (the XML loader puts each
  // <noot> at the end); a span across such a move gets the smallest input
  // range holding every byte it came from, never an end before its begin.
  Span to_input(Span out) const;

  // Forget output bytes at and after `out_size`.
  void truncate(std::size_t out_size);

  std::size_t output_size() const;
  bool empty() const { return segments_.empty(); }

 private:
  struct Segment {
    std::size_t out, out_len, in, in_len;
    bool verbatim;
  };
  const Segment* find(std::size_t out) const;
  std::vector<Segment> segments_;
};

// Builds a normalised text and its OffsetMap together, so that the two cannot
// drift apart.
class MappedTextBuilder {
 public:
  explicit MappedTextBuilder(std::size_t reserve = 0) { text_.reserve(reserve); }
  // Room for `n` bytes of text in all.
  void reserve(std::size_t n) { text_.reserve(n); }
  // Append input bytes [in, in+bytes.size()) unchanged.
  void copy(std::size_t in, std::string_view bytes);
  // Append `replacement` for input bytes [in, in+in_len).
  void replace(std::size_t in, std::size_t in_len, std::string_view replacement);
  const std::string& text() const { return text_; }
  std::size_t size() const { return text_.size(); }
  char back() const { return text_.empty() ? '\0' : text_.back(); }
  // Remove the last `n` output bytes (used to undo a trailing hyphen); only
  // valid while those bytes were appended by one copy() or replace() call.
  void drop_back(std::size_t n);
  std::string take_text() { return std::move(text_); }
  OffsetMap take_map() { return std::move(map_); }

 private:
  std::string text_;
  OffsetMap map_;
};

// The maps of successive stages; maps a span in the last stage's output to
// the original bytes.
class OffsetChain {
 public:
  void push(OffsetMap stage) {
    if (!stage.empty() || stages_.empty()) stages_.push_back(std::move(stage));
  }
  Span to_original(Span s) const;
  std::size_t to_original(std::size_t pos) const;

 private:
  std::vector<OffsetMap> stages_;  // stages_[0] maps to the original bytes
};

}  // namespace kamerref
