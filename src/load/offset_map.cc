#include "kamerref/load/offset_map.h"

#include <algorithm>
#include <cassert>

namespace kamerref {

void OffsetMap::copy(std::size_t out, std::size_t in, std::size_t len) {
  if (len == 0) return;
  if (!segments_.empty()) {
    Segment& last = segments_.back();
    if (last.verbatim && last.out + last.out_len == out && last.in + last.in_len == in) {
      last.out_len += len;
      last.in_len += len;
      return;
    }
  }
  segments_.push_back({out, len, in, len, true});
}

void OffsetMap::replace(std::size_t out, std::size_t out_len, std::size_t in, std::size_t in_len) {
  if (out_len == 0) return;  // deleted input: nothing in the output points at it
  segments_.push_back({out, out_len, in, in_len, false});
}

const OffsetMap::Segment* OffsetMap::find(std::size_t out) const {
  // last segment whose start is <= out
  auto it = std::upper_bound(segments_.begin(), segments_.end(), out,
                             [](std::size_t value, const Segment& s) { return value < s.out; });
  if (it == segments_.begin()) return nullptr;
  return &*(it - 1);
}

std::size_t OffsetMap::to_input_begin(std::size_t out) const {
  if (segments_.empty()) return out;
  const Segment* s = find(out);
  if (s == nullptr) return segments_.front().in;
  if (out >= s->out + s->out_len) return s->in + s->in_len;  // past the end
  return s->verbatim ? s->in + (out - s->out) : s->in;
}

std::size_t OffsetMap::to_input_end(std::size_t out_end) const {
  if (segments_.empty()) return out_end;
  if (out_end == 0) return to_input_begin(0);
  const Segment* s = find(out_end - 1);
  if (s == nullptr) return segments_.front().in;
  if (out_end - 1 >= s->out + s->out_len) return s->in + s->in_len;
  return s->verbatim ? s->in + (out_end - s->out) : s->in + s->in_len;
}

Span OffsetMap::to_input(Span out) const {
  Span in{to_input_begin(out.begin), to_input_end(out.end)};
  const Segment* first = find(out.begin);
  if (first == nullptr) first = segments_.data();
  for (const Segment* s = first; s != segments_.data() + segments_.size() && s->out < out.end; ++s) {
    if (s->out + s->out_len <= out.begin) continue;
    std::size_t lo = s->in;
    std::size_t hi = s->in + s->in_len;
    if (s->verbatim) {
      lo = s->in + (std::max(out.begin, s->out) - s->out);
      hi = s->in + (std::min(out.end, s->out + s->out_len) - s->out);
    }
    in.begin = std::min(in.begin, lo);
    in.end = std::max(in.end, hi);
  }
  if (in.end < in.begin) in.end = in.begin;  // an empty span just after moved text
  return in;
}

void OffsetMap::truncate(std::size_t out_size) {
  while (!segments_.empty() && segments_.back().out >= out_size) segments_.pop_back();
  if (segments_.empty()) return;
  Segment& last = segments_.back();
  if (last.out + last.out_len <= out_size) return;
  last.out_len = out_size - last.out;
  if (last.verbatim) last.in_len = last.out_len;
}

std::size_t OffsetMap::output_size() const {
  return segments_.empty() ? 0 : segments_.back().out + segments_.back().out_len;
}

void MappedTextBuilder::copy(std::size_t in, std::string_view bytes) {
  map_.copy(text_.size(), in, bytes.size());
  text_.append(bytes);
}

void MappedTextBuilder::replace(std::size_t in, std::size_t in_len, std::string_view replacement) {
  map_.replace(text_.size(), replacement.size(), in, in_len);
  text_.append(replacement);
}

void MappedTextBuilder::drop_back(std::size_t n) {
  assert(n <= text_.size());
  text_.resize(text_.size() - n);
  map_.truncate(text_.size());
}

Span OffsetChain::to_original(Span s) const {
  for (auto it = stages_.rbegin(); it != stages_.rend(); ++it) s = it->to_input(s);
  return s;
}

std::size_t OffsetChain::to_original(std::size_t pos) const {
  for (auto it = stages_.rbegin(); it != stages_.rend(); ++it) pos = it->to_input_begin(pos);
  return pos;
}

}  // namespace kamerref
