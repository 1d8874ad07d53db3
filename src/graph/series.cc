#include "kamerref/graph/series.h"

#include <array>
#include <vector>

#include "kamerref/data/embedded.h"
#include "kamerref/extract/text_util.h"

namespace kamerref {
namespace {

struct SeriesForm {
  std::string singular;
  std::string plural;
};

// data/document-series.tsv: `word<TAB>plural`, `#` comments.
std::vector<SeriesForm> parse_series_words() {
  std::vector<SeriesForm> forms;
  std::string_view data = data::document_series();
  while (!data.empty()) {
    std::size_t nl = data.find('\n');
    std::string_view line = data.substr(0, nl);
    data = nl == std::string_view::npos ? std::string_view() : data.substr(nl + 1);
    if (line.empty() || line[0] == '#') continue;
    std::size_t tab = line.find('\t');
    SeriesForm form;
    form.singular = std::string(line.substr(0, tab));
    if (tab != std::string_view::npos) form.plural = std::string(line.substr(tab + 1));
    while (!form.plural.empty() && (form.plural.back() == '\r' || form.plural.back() == ' ')) form.plural.pop_back();
    if (!form.singular.empty()) forms.push_back(std::move(form));
  }
  return forms;
}

const std::vector<SeriesForm>& series_forms() {
  static const std::vector<SeriesForm> forms = parse_series_words();
  return forms;
}

struct Token {
  std::string_view text;
  bool followed_by_space = false;  // the next token follows after plain spaces only
};

bool word_byte(char c) {
  switch (c) {
    case ' ': case '\n': case '\t': case '\r': case '\f':
    case ',': case ';': case ':': case '.': case '(': case ')': case '[': case ']':
    case '"': case '\'': case '!': case '?':
      return false;
    default:
      return true;
  }
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!word_byte(text[i])) {
      ++i;
      continue;
    }
    std::size_t b = i;
    while (i < text.size() && word_byte(text[i])) ++i;
    Token t{text.substr(b, i - b), false};
    std::size_t j = i;
    while (j < text.size() && text[j] == ' ') ++j;
    t.followed_by_space = j > i && j < text.size() && word_byte(text[j]);
    tokens.push_back(t);
  }
  return tokens;
}

bool capitalised(std::string_view word) {
  if (word.empty()) return false;
  auto c = static_cast<unsigned char>(word[0]);
  if (c >= 'A' && c <= 'Z') return true;
  // Latin-1 capitals in UTF-8: C3 80..C3 9E (É, Ö)
  return c == 0xC3 && word.size() > 1 && static_cast<unsigned char>(word[1]) >= 0x80 &&
         static_cast<unsigned char>(word[1]) <= 0x9E;
}

bool all_caps(std::string_view word) {
  if (word.size() < 2) return false;
  for (char c : word)
    if (!(c >= 'A' && c <= 'Z') && c != '-') return false;
  return true;
}

bool is_one_of(std::string_view folded, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words)
    if (folded == w) return true;
  return false;
}

}  // namespace

std::string series_word(std::string_view word) {
  std::string folded = fold(word);
  for (const SeriesForm& f : series_forms())
    if (folded == f.singular || folded == f.plural) return f.singular;
  return {};
}

std::string programme_key(std::string_view programme) {
  std::vector<Token> words = tokenize(programme);
  if (words.empty()) return {};
  if (words.size() == 1) return fold(words[0].text);
  std::string key;
  for (const Token& w : words) {
    if (!capitalised(w.text)) continue;  // particles: `Aanpak van Online` -> "ao"
    if (all_caps(w.text)) {
      key += fold(w.text);
      continue;
    }
    key += fold(w.text.substr(0, 1));
  }
  return key;
}

std::optional<SeriesName> find_series(std::string_view text) {
  std::vector<Token> tokens = tokenize(text);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    std::string word = series_word(tokens[i].text);
    if (word.empty()) continue;
    SeriesName name;
    name.word = word;
    name.word_index = i;
    std::size_t k = i + 1;
    // `voortgangsbrief over de VAO`, `voortgangsbrief inzake het ...`
    if (k < tokens.size() && tokens[k - 1].followed_by_space &&
        is_one_of(fold(tokens[k].text), {"over", "inzake", "betreffende", "aangaande", "omtrent", "van", "voor"}))
      ++k;
    if (k < tokens.size() && tokens[k - 1].followed_by_space && is_one_of(fold(tokens[k].text), {"de", "het"}))
      ++k;
    // `Versterkte Aanpak Online inzake ...`: the capitalised run is the name
    std::size_t begin = k;
    std::size_t end = k;
    while (end < tokens.size() && end - begin < 6 && capitalised(tokens[end].text) &&
           tokens[end - 1].followed_by_space) {
      ++end;
      if (!tokens[end - 1].followed_by_space) break;
    }
    if (end > begin) {
      const char* first = tokens[begin].text.data();
      const char* last = tokens[end - 1].text.data() + tokens[end - 1].text.size();
      name.programme = std::string(first, static_cast<std::size_t>(last - first));
      name.key = name.word + ":" + programme_key(name.programme);
    }
    return name;
  }
  return std::nullopt;
}

}  // namespace kamerref
