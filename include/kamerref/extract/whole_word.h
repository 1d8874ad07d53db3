// Words looked for without a pattern: what a case-blind Boost search for
// `\b(?:word|...)\b` finds, where the words are plain lower-case letters.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string_view>

namespace kamerref {

// Boost's \w (C locale): what its `\b` tells apart from other bytes.
inline bool is_regex_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Does `lower_word` (lower-case ASCII) stand at `pos` of `text`, its ASCII
// letters in any case (as `ascii_lower(text).compare(pos, ...)` would say)?
inline bool word_at_icase(std::string_view text, std::size_t pos, std::string_view lower_word) {
  if (pos > text.size() || lower_word.size() > text.size() - pos) return false;
  for (std::size_t k = 0; k < lower_word.size(); ++k) {
    char c = text[pos + k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower_word[k]) return false;
  }
  return true;
}

// Does `text[pos, pos + size)` stand as a whole word: no \w byte right before
// or after it inside `text`? (The text's edges count as word boundaries, as
// they do for a search without match_prev_avail.)
inline bool whole_word_at(std::string_view text, std::size_t pos, std::size_t size) {
  return (pos == 0 || !is_regex_word_byte(text[pos - 1])) &&
         (pos + size >= text.size() || !is_regex_word_byte(text[pos + size]));
}

// Does one of `lower_words` (lower-case ASCII letters, each beginning and
// ending with a letter) stand in `text` as a whole word, in any case? What a
// case-blind `regex_search` for `\b(?:word|...)\b` over `text` finds. Walks
// the text once: for short texts (a match).
inline bool holds_whole_word_icase(std::string_view text, std::initializer_list<std::string_view> lower_words) {
  for (std::size_t p = 0; p < text.size(); ++p) {
    if (p > 0 && is_regex_word_byte(text[p - 1])) continue;
    for (std::string_view w : lower_words)
      if (word_at_icase(text, p, w) && whole_word_at(text, p, w.size())) return true;
  }
  return false;
}

// The same for a text already made lower-case (ascii_lower): each word is
// found with a fast substring search, and only its places are looked at.
// (Lower-casing changes no byte's being \w or not.)
inline bool holds_whole_word_lower(std::string_view lower, std::initializer_list<std::string_view> lower_words) {
  for (std::string_view w : lower_words)
    for (std::size_t p = lower.find(w); p != std::string_view::npos; p = lower.find(w, p + 1))
      if (whole_word_at(lower, p, w.size())) return true;
  return false;
}

}  // namespace kamerref
