#include "kamerref/load/load.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <system_error>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kamerref/load/encoding.h"
#include "kamerref/load/inputs.h"
#include "kamerref/load/normalize.h"
#include "kamerref/load/pdf.h"
#include "kamerref/load/xml.h"

namespace kamerref {
namespace {

// The first non-blank bytes, after a BOM.
std::string_view head(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::size_t i = 0;
  while (i < bytes.size() && i < 4096 && std::isspace(static_cast<unsigned char>(bytes[i]))) ++i;
  return bytes.substr(i, 512);
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  return true;
}

std::string binary_kind(std::string_view bytes);

// The offset of every line's first byte: 0, and each one after a '\n'.
std::vector<std::size_t> line_starts(std::string_view bytes) {
  std::vector<std::size_t> starts{0};
  std::size_t i = 0;
#if defined(__SSE2__)
  // The newlines of 64 bytes as the bits of one mask, where the compiler has
  // SSE2 (every x86-64). A line is some 70 bytes: a search call per line
  // (memchr) costs more than the line's bytes do.
  // A block without one (most blocks of HTML and XML, whose lines are
  // paragraphs) costs one test of the four compares or-ed together.
  const __m128i newline = _mm_set1_epi8('\n');
  starts.reserve(bytes.size() / 64 + 1);  // room for most letters' lines
  for (; i + 64 <= bytes.size(); i += 64) {
    const auto* block = reinterpret_cast<const __m128i*>(bytes.data() + i);
    const __m128i m0 = _mm_cmpeq_epi8(_mm_loadu_si128(block), newline);
    const __m128i m1 = _mm_cmpeq_epi8(_mm_loadu_si128(block + 1), newline);
    const __m128i m2 = _mm_cmpeq_epi8(_mm_loadu_si128(block + 2), newline);
    const __m128i m3 = _mm_cmpeq_epi8(_mm_loadu_si128(block + 3), newline);
    if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(m0, m1), _mm_or_si128(m2, m3))) == 0) continue;
    auto bits = [](__m128i m) { return static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(m))); };
    for (std::uint64_t mask = bits(m0) | bits(m1) << 16 | bits(m2) << 32 | bits(m3) << 48; mask != 0; mask &= mask - 1)
      starts.push_back(i + static_cast<std::size_t>(__builtin_ctzll(mask)) + 1);
  }
#endif
  for (; i < bytes.size(); ++i)
    if (bytes[i] == '\n') starts.push_back(i + 1);
  return starts;
}

}  // namespace

std::string_view to_string(Format format) {
  switch (format) {
    case Format::text: return "text";
    case Format::markdown: return "markdown";
    case Format::html: return "html";
    case Format::xml: return "xml";
    case Format::pdf: return "pdf";
  }
  return "text";
}

Format detect_format(std::string_view path, std::string_view bytes) {
  if (bytes.substr(0, 5) == "%PDF-") return Format::pdf;
  std::string_view h = head(bytes);
  if (starts_with_ci(h, "<!doctype html") || starts_with_ci(h, "<html")) return Format::html;
  if (starts_with_ci(h, "<?xml")) {
    return h.find("<html") != std::string_view::npos ? Format::html : Format::xml;
  }
  std::string ext = lower_extension(path);
  if (ext == "md" || ext == "markdown") return Format::markdown;
  if (ext == "html" || ext == "htm" || ext == "xhtml") return Format::html;
  if (ext == "xml") return Format::xml;
  if (ext == "pdf") return Format::pdf;
  return Format::text;
}

FileBytes::FileBytes(std::string_view bytes) {
  reserve(bytes.size());
  if (!bytes.empty()) std::memcpy(room(), bytes.data(), bytes.size());
  add_read(bytes.size());
}

FileBytes& FileBytes::operator=(const FileBytes& other) {
  if (this != &other) *this = FileBytes(other.view());
  return *this;
}

void FileBytes::reserve(std::size_t capacity) {
  if (capacity <= capacity_) return;
  // new char[]: the bytes are left unset, not zeroed
  std::unique_ptr<char[]> grown(new char[capacity]);
  if (size_ > 0) std::memcpy(grown.get(), data_.get(), size_);
  data_ = std::move(grown);
  capacity_ = capacity;
}

std::string Document::original_text(Span in_original) const {
  std::string_view bytes = original_bytes(in_original);
  if (encoding == "utf-8" || encoding == "utf-8-bom" || encoding == "pdf-text-layer") return std::string(bytes);
  return decode_as(bytes, encoding);
}

int Document::line_of(std::size_t original_offset) const {
  auto it = std::upper_bound(line_starts.begin(), line_starts.end(), original_offset);
  return static_cast<int>(it - line_starts.begin());
}

std::string_view Document::meta(std::string_view name) const {
  for (const auto& [key, value] : metadata)
    if (key == name) return value;
  return {};
}

namespace {

// A file that is none of the formats we read: images, archives, executables.
// Their signatures name them; otherwise NUL bytes in text that is not UTF-16
// give them away.
std::string binary_kind(std::string_view bytes) {
  struct Signature {
    std::string_view magic;
    const char* name;
  };
  static constexpr Signature kSignatures[] = {
      {"\x89PNG", "a PNG image"},      {"\xFF\xD8\xFF", "a JPEG image"}, {"GIF8", "a GIF image"},
      {"PK\x03\x04", "a zip archive (also .docx, .odt)"}, {"\x1F\x8B", "a gzip archive"},
      {"\x7F" "ELF", "an executable"}, {"\xD0\xCF\x11\xE0", "an old Office document (.doc, .xls)"},
      {"Rar!", "a RAR archive"},         {"7z\xBC\xAF", "a 7-zip archive"},
  };
  for (const Signature& s : kSignatures)
    if (bytes.substr(0, s.magic.size()) == s.magic) return s.name;
  if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF')))
    return {};  // UTF-16 text has NULs
  if (bytes.substr(0, 8192).find('\0') != std::string_view::npos) return "binary data";
  return {};
}

}  // namespace

namespace {

// load_document_from_bytes once `format` is known and bytes of another
// format than PDF are known to be no binary file.
Document load_checked_bytes(std::string path, FileBytes bytes, Format format) {
  if (bytes.empty()) throw LoadError("empty file");
  Document doc;
  doc.path = std::move(path);
  doc.format = format;
  if (doc.format == Format::pdf) {
    // Offsets of a PDF point into its text layer (what `pdftotext -layout`
    // prints), the only text a reader can index into.
    bytes = FileBytes(pdf_text_layer(bytes));
    doc.encoding = "pdf-text-layer";
  }
  doc.original = std::move(bytes);

  // Most files are UTF-8 as they stand: the stages after decoding then read
  // `original` itself, with the one-segment map decoding would have made,
  // instead of a copy of the whole file.
  Decoded decoded;
  std::string_view utf8;
  if (is_plain_utf8(doc.original)) {
    decoded.encoding = "utf-8";
    decoded.map.copy(0, 0, doc.original.size());
    utf8 = doc.original;
  } else {
    decoded = decode_to_utf8(doc.original);
    utf8 = decoded.text;
  }
  if (doc.format != Format::pdf) doc.encoding = decoded.encoding;
  // Damage is told, with where it starts, never silently read around: a
  // citation with a broken byte in its number is no longer found.
  auto where = [&](std::size_t offset) {
    std::size_t line = 1 + static_cast<std::size_t>(std::count(doc.original.begin(),
                                                                doc.original.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
    return "(the first at byte " + std::to_string(offset) + ", line " + std::to_string(line) + ")";
  };
  auto bytes_word = [](std::size_t n) { return std::to_string(n) + (n == 1 ? " byte" : " bytes"); };
  if (decoded.not_utf8 > 0 && decoded.utf8_sequences > 0)
    doc.warnings.push_back(bytes_word(decoded.not_utf8) + " of otherwise UTF-8 text " +
                           (decoded.not_utf8 == 1 ? "is" : "are") + " not valid UTF-8 " + where(decoded.first_not_utf8) +
                           "; read as Windows-1252, text around them may be damaged");
  if (decoded.invalid_bytes > 0)
    doc.warnings.push_back(bytes_word(decoded.invalid_bytes) + " " + (decoded.invalid_bytes == 1 ? "is" : "are") +
                           " not valid in any supported encoding " + where(decoded.first_invalid) +
                           "; replaced by U+FFFD");
  doc.offsets.push(std::move(decoded.map));

  Stage stage;  // the markup stage's text, for the formats that have markup
  switch (doc.format) {
    case Format::markdown: stage = strip_markdown(utf8); break;
    case Format::html: stage = strip_html(utf8, doc.metadata); break;
    case Format::xml: stage = xml_to_text(utf8, doc.metadata, doc.official); break;
    case Format::text:
    case Format::pdf: break;
  }
  const bool markup = doc.format == Format::markdown || doc.format == Format::html || doc.format == Format::xml;
  if (markup) doc.offsets.push(std::move(stage.map));
  // the markup stage's text is ours to hand over; the bytes read stay
  NormalizedText normalized = markup ? normalize_owned_text(std::move(stage.text)) : normalize_characters(utf8);
  doc.text = std::move(normalized.text);
  doc.markers = std::move(normalized.markers);
  doc.offsets.push(std::move(normalized.map));

  doc.line_starts = line_starts(doc.original);
  return doc;
}

}  // namespace

Document load_document_from_bytes(std::string path, std::string bytes) {
  if (bytes.empty()) throw LoadError("empty file");
  const Format format = detect_format(path, bytes);
  if (format != Format::pdf) {
    if (std::string kind = binary_kind(bytes); !kind.empty())
      throw LoadError("not a document: looks like " + kind);
  }
  return load_checked_bytes(std::move(path), FileBytes(bytes), format);
}

std::string human_size(std::uint64_t bytes) {
  static constexpr const char* kUnits[] = {"bytes", "KB", "MB", "GB", "TB"};
  if (bytes < 1024) return std::to_string(bytes) + " bytes";
  double value = static_cast<double>(bytes);
  int unit = 0;
  while (value >= 1024 && unit < 4) {
    value /= 1024;
    ++unit;
  }
  // one decimal, without the locale's decimal comma
  auto tenths = static_cast<std::uint64_t>(value * 10 + 0.5);
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " " + kUnits[unit];
}

namespace {

// Why a path that does not open as a regular file cannot be read, in words.
std::string not_a_file(const std::filesystem::path& path, std::error_code ec, std::filesystem::file_status status) {
  namespace fs = std::filesystem;
  if (ec) {
    if (ec == std::errc::too_many_symbolic_link_levels) return "symlink loop (too many levels of symbolic links)";
    if (ec == std::errc::no_such_file_or_directory || ec == std::errc::not_a_directory) {
      std::error_code link_ec;
      if (fs::is_symlink(fs::symlink_status(path, link_ec))) return "broken symlink (its target does not exist)";
      return "no such file";
    }
    return "cannot read: " + ec.message();
  }
  switch (status.type()) {
    case fs::file_type::not_found: {
      std::error_code link_ec;
      if (fs::is_symlink(fs::symlink_status(path, link_ec))) return "broken symlink (its target does not exist)";
      return "no such file";
    }
    case fs::file_type::directory: return "is a directory";
    case fs::file_type::fifo: return "not a regular file (a named pipe); refused, reading it could wait forever";
    case fs::file_type::socket: return "not a regular file (a socket)";
    case fs::file_type::character:
    case fs::file_type::block: return "not a regular file (a device)";
    default: return "not a regular file";
  }
}

}  // namespace

namespace {

// An open file descriptor, closed when the reading is done.
class OpenFile {
 public:
  explicit OpenFile(int fd) : fd_(fd) {}
  ~OpenFile() {
    if (fd_ >= 0) ::close(fd_);
  }
  OpenFile(const OpenFile&) = delete;
  OpenFile& operator=(const OpenFile&) = delete;
  int fd() const { return fd_; }

 private:
  int fd_;
};

// Reads up to `want` bytes into `out` from its end on; fewer at the file's
// end, or once `enough` of them are in. Returns false on a read error (errno
// tells which). The room is not zero-filled first (FileBytes): read() writes
// each byte once.
bool read_more(int fd, FileBytes& out, std::size_t want, std::size_t enough) {
  out.reserve(out.size() + want);
  std::size_t got = 0;
  while (got < enough) {
    const ssize_t n = ::read(fd, out.room(), want - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    if (n == 0) break;
    out.add_read(static_cast<std::size_t>(n));
    got += static_cast<std::size_t>(n);
  }
  return true;
}

bool read_more(int fd, FileBytes& out, std::size_t want) { return read_more(fd, out, want, want); }

bool same_version(const struct stat& a, const struct stat& b) {
  return a.st_size == b.st_size && a.st_mtim.tv_sec == b.st_mtim.tv_sec && a.st_mtim.tv_nsec == b.st_mtim.tv_nsec;
}

}  // namespace

// One open, a stat of the open file, the reads and one stat after: a corpus
// of many small letters spends a good part of its loading time in system
// calls, and a stat by name walks the path each time.
Document load_document(const std::filesystem::path& path, const LoadOptions& options) {
  namespace fs = std::filesystem;
  // Why a path that is no regular file cannot be read, in the words of the
  // library that names file types.
  auto not_readable = [&] {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    return LoadError(not_a_file(path, ec, status));
  };
  // O_NONBLOCK: opening a named pipe must not wait for a writer (it is
  // refused below); reading a regular file is not affected by it.
  OpenFile file(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
  if (file.fd() < 0) {
    const int open_error = errno;
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) throw not_readable();
    throw LoadError(std::string("cannot open: ") + std::strerror(open_error));
  }
  struct stat before {};
  if (::fstat(file.fd(), &before) != 0 || !S_ISREG(before.st_mode)) throw not_readable();
  const auto size_before = static_cast<std::uintmax_t>(before.st_size);
  if (options.max_file_size != 0 && size_before > options.max_file_size)
    throw LoadError("file is " + human_size(size_before) + ", over the limit of " +
                    human_size(options.max_file_size) + "; refused without reading it (raise it with --max-file-size)");
  // We read the size the file had when we looked, and one byte more to see
  // if it grew: a file that is written all the time (a log) cannot keep us
  // reading forever, nor past the size limit. A file up to kReadWhole (nearly
  // every letter) is read with one call for both, the byte more included: a
  // read that brings the size seen is the whole file, and a file that grows
  // after it still fails the second stat below. A larger file's first block
  // is read alone: it tells an image or an archive, refused before the rest
  // is read.
  constexpr std::size_t kReadWhole = 1 << 20;
  constexpr std::size_t kFirstBlock = 8192;
  const auto size = static_cast<std::size_t>(size_before);
  const bool whole = size <= kReadWhole;
  FileBytes bytes;
  bytes.reserve(size + 1);
  const bool read_ok = whole ? read_more(file.fd(), bytes, size + 1, std::max<std::size_t>(size, 1))
                             : read_more(file.fd(), bytes, kFirstBlock);
  if (!read_ok) throw LoadError(std::string("read error: ") + std::strerror(errno));
  // the same block either way: at most the first 8192 bytes of the size seen
  // Format and binary signatures are told by this block alone (detect_format
  // reads at most a BOM, 4096 blank bytes and 512 more; binary_kind the first
  // 8192 bytes), so they hold for the whole file and are not looked for again.
  const std::string_view first_block(bytes.data(), std::min({bytes.size(), size, kFirstBlock}));
  std::string path_name = path.string();
  const Format format = detect_format(path_name, first_block);
  if (format != Format::pdf) {
    if (std::string kind = binary_kind(first_block); !kind.empty())
      throw LoadError("not a document: looks like " + kind);
  }
  if (bytes.size() < size && !read_more(file.fd(), bytes, size - bytes.size()))
    throw LoadError(std::string("read error: ") + std::strerror(errno));
  const std::size_t read_size = std::min(bytes.size(), size);
  if (!whole && !read_more(file.fd(), bytes, 1)) throw LoadError(std::string("read error: ") + std::strerror(errno));
  const bool grew = bytes.size() > read_size;
  bytes.truncate(read_size);
  // A file that is being written while we read it gives a torn result; say so
  // rather than extract from half a document.
  struct stat after {};
  if (grew || read_size != size_before || ::fstat(file.fd(), &after) != 0 || !same_version(before, after))
    throw LoadError("file changed while it was read; run again when it is complete");
  return load_checked_bytes(std::move(path_name), std::move(bytes), format);
}

}  // namespace kamerref
