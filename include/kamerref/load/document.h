#pragma once
// The loader's product: a document as bytes on disk plus the normalised text
// that every pattern runs on, and the map between the two.
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kamerref/load/offset_map.h"

namespace kamerref {

enum class Format { text, markdown, html, xml, pdf };
std::string_view to_string(Format format);

// A footnote marker written as such: a superscript digit (`¹`), `<sup>1</sup>`,
// or an XML <noot> reference. Bare digits in PDF text (`jl.1 aan`) are not
// markers here; the footnote finder decides about those.
struct FootnoteMarker {
  std::size_t pos = 0;  // offset in Document::text where the marker stood
  int number = 0;
  bool at_line_start = false;  // `¹ Kamerstukken ...`: the start of a note
};

// One <dossier> of an officielebekendmakingen publication, as its
// <dossiernummer> states it: `<dossiernr>36 600</dossiernr>
// <begrotingshoofdstuk>XIV</begrotingshoofdstuk>`, `<dossiernr>21 501</dossiernr>-<raadnr>20</raadnr>`,
// `<dossiernr>36 455</dossiernr> (<rijkswetnr>R2188</rijkswetnr>)`.
struct OfficialDossier {
  std::string nummer;      // "36 600", as written
  std::string toevoeging;  // "XIV", "20", "A": in its official case; empty when none
  std::string rijkswet;    // "R2188": an attribute of the dossier, not part of its number
};

// What the body of an officielebekendmakingen publication says about itself
// (<kamerstukkop>, <dossier>, <stuk>): read by the XML loader; the extractor
// makes the document's id, date and type of it. Empty for other formats.
struct OfficialBody {
  std::vector<OfficialDossier> dossiers;  // in document order; a stuk can be in two
  std::string ondernummer;                // `<stuknr>Nr. <ondernummer>52</ondernummer>`
  std::string stuk_titel;                 // `MOTIE VAN DE LEDEN VAN CAMPEN EN PATERNOTTE`
  std::string datumtekst;                 // `Voorgesteld 15 oktober 2024`, `Den Haag, 21 februari 2022`
  std::string isodatum;                   // its `<datum isodatum="2024-10-15">`
  std::string vergaderjaar;               // `<tekstregel inhoud="vergaderjaar">Vergaderjaar 2024-2025`
  bool empty() const { return dossiers.empty() && ondernummer.empty() && stuk_titel.empty() && isodatum.empty(); }
};

// The bytes of a file as the loader read them. A std::string would have to
// be resized before read() could fill it, and its resize zero-fills every
// byte that read() then overwrites; this storage is left unset until the
// read fills it. Read-only to everyone else, with the std::string_view
// interface its users need (it converts to one).
class FileBytes {
 public:
  FileBytes() = default;
  explicit FileBytes(std::string_view bytes);
  FileBytes(const FileBytes& other) : FileBytes(other.view()) {}
  FileBytes& operator=(const FileBytes& other);
  // a FileBytes moved from is empty
  FileBytes(FileBytes&& other) noexcept
      : data_(std::move(other.data_)), size_(std::exchange(other.size_, 0)), capacity_(std::exchange(other.capacity_, 0)) {}
  FileBytes& operator=(FileBytes&& other) noexcept {
    data_ = std::move(other.data_);
    size_ = std::exchange(other.size_, 0);
    capacity_ = std::exchange(other.capacity_, 0);
    return *this;
  }

  const char* data() const { return data_.get(); }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const char* begin() const { return data_.get(); }
  const char* end() const { return data_.get() + size_; }
  char operator[](std::size_t i) const { return data_[i]; }
  std::string_view view() const { return {data_.get(), size_}; }
  operator std::string_view() const { return view(); }  // NOLINT: read as a view everywhere
  std::string_view substr(std::size_t pos, std::size_t n = std::string_view::npos) const { return view().substr(pos, n); }
  std::size_t find(char c, std::size_t pos = 0) const { return view().find(c, pos); }
  std::size_t find(std::string_view s, std::size_t pos = 0) const { return view().find(s, pos); }
  std::size_t find_first_not_of(char c, std::size_t pos = 0) const { return view().find_first_not_of(c, pos); }
  friend bool operator==(const FileBytes& a, std::string_view b) { return a.view() == b; }

  // For the reader: room for `capacity` bytes in all (the bytes held stay),
  // the room past size() to read into, and the bytes read into it taken in
  // or the last ones given up.
  void reserve(std::size_t capacity);
  char* room() { return data_.get() + size_; }
  std::size_t room_size() const { return capacity_ - size_; }
  void add_read(std::size_t n) { size_ += n; }
  void truncate(std::size_t n) {
    if (n < size_) size_ = n;
  }

 private:
  std::unique_ptr<char[]> data_;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
};

struct Document {
  std::string path;
  Format format = Format::text;
  std::string encoding = "utf-8";  // of the bytes on disk

  FileBytes original;    // the bytes on disk
  std::string text;      // normalised UTF-8: what every pattern runs on
  OffsetChain offsets;   // text offsets -> original offsets

  std::vector<FootnoteMarker> markers;
  // name/value pairs the format carries (XML <meta>, HTML <meta>), in order.
  std::vector<std::pair<std::string, std::string>> metadata;
  OfficialBody official;  // officielebekendmakingen XML only
  // Non-fatal problems met while loading.
  std::vector<std::string> warnings;

  Span to_original(Span in_text) const { return offsets.to_original(in_text); }
  std::string_view original_bytes(Span in_original) const {
    return std::string_view(original).substr(in_original.begin, in_original.size());
  }
  // The bytes at `in_original` as UTF-8 text: the bytes themselves for a
  // UTF-8 file or PDF text layer, decoded from Windows-1252 or UTF-16 otherwise
  // (what a reference's `text` holds).
  std::string original_text(Span in_original) const;
  // 1-based line number of an offset into `original`.
  int line_of(std::size_t original_offset) const;
  // First metadata value for `name`, or empty.
  std::string_view meta(std::string_view name) const;

  std::vector<std::size_t> line_starts;  // offsets in `original`; filled by the loader
};

}  // namespace kamerref
