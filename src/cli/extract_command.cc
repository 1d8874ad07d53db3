// `kamerref extract [--json] [-j N] [--quiet] PATH...`
//
// Streams: memory stays flat however many files there are.
//   Pass 1: files are loaded and extracted on N threads and come back in input
//   order (extract_files). Each is learnt by the resolution index, its JSON
//   line goes to a temporary spill file, and the references resolution may
//   bind go, as requests with the places binding changes in that line, to a
//   second temporary file (RecordFile). All of that is made on the thread
//   that extracted the file, which then drops the Extraction.
//   Pass 2: once every document is learnt, the requests are read back in
//   order and bound, a batch of records at a time on N threads (the index
//   is only read now). In a line with bindings, the bytes binding changes are
//   rewritten (the sites its JSON line recorded); the stretches of lines in
//   between are copied from the spill file as they are, by the kernel where
//   it can. The table reads each line back into an Extraction.
// The output is the same, byte for byte, whatever N is.
#include <sys/sendfile.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <iostream>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <type_traits>
#include <unordered_map>

#include "commands.h"
#include "kamerref/extract/extract.h"
#include "kamerref/extract/parallel.h"
#include "kamerref/graph/graph.h"
#include "kamerref/load/load.h"
#include "kamerref/load/inputs.h"
#include "kamerref/output/json.h"
#include "kamerref/output/table.h"
#include "kamerref/resolve/resolve.h"
#include "progress.h"

namespace kamerref::cli {
namespace {

// Lines of output gathered and written a MiB at a time: the stream's own
// buffer is a few KiB, a write call each, and 1 GB of letters makes some
// 360 MB of lines.
constexpr std::size_t kChunk = 1 << 20;

// A temporary file, deleted when closed: written through a MiB of buffer,
// then rewound and read back from its start.
class TemporaryFile {
 public:
  TemporaryFile() : file_(std::tmpfile()) {
    if (!file_) throw std::runtime_error("cannot create a temporary file (TMPDIR full or not writable?)");
  }
  ~TemporaryFile() { std::fclose(file_); }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;

  void write(std::string_view bytes) {
    out_ += bytes;
    size_ += bytes.size();
    if (out_.size() >= kChunk) write_out();
  }
  // Bytes written so far: where the next write begins.
  std::uint64_t size() const { return size_; }
  int descriptor() const { return fileno(file_); }
  void rewind() {
    write_out();
    if (std::fflush(file_) != 0) throw std::runtime_error("cannot write the temporary file (disk full?)");
    std::rewind(file_);
    std::string().swap(out_);
    in_.clear();
    at_ = 0;
  }

 protected:
  std::FILE* file_;
  std::string in_;  // read, from at_ on not yet handed out
  std::size_t at_ = 0;

 private:
  void write_out() {
    if (!out_.empty() && std::fwrite(out_.data(), 1, out_.size(), file_) != out_.size())
      throw std::runtime_error("cannot write the temporary file (disk full?)");
    out_.clear();
  }

  std::string out_;  // written, not yet in the file
  std::uint64_t size_ = 0;
};

// The temporary file that holds one line per document.
class SpillFile : public TemporaryFile {
 public:
  void write_line(std::string_view line) {
    write(line);
    write("\n");
  }
  // After rewind: the `length` bytes from `offset` on.
  void read_at(std::uint64_t offset, std::size_t length, char* bytes) const {
    std::size_t got = 0;
    while (got < length) {
      const ssize_t n = ::pread(descriptor(), bytes + got, length - got, static_cast<off_t>(offset + got));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) throw std::runtime_error("cannot read the temporary file back");
      got += static_cast<std::size_t>(n);
    }
  }
  void read_at(std::uint64_t offset, std::size_t length, std::string& bytes) const {
    bytes.resize(length);
    read_at(offset, length, bytes.data());
  }
  // The next line without its newline; false at the end.
  bool read_line(std::string& line) {
    line.clear();
    for (;;) {
      const std::size_t newline = in_.find('\n', at_);
      if (newline != std::string::npos) {
        line.append(in_, at_, newline - at_);
        at_ = newline + 1;
        return true;
      }
      line.append(in_, at_, std::string::npos);
      in_.resize(kChunk);
      const std::size_t got = std::fread(in_.data(), 1, in_.size(), file_);
      in_.resize(got);
      at_ = 0;
      if (got == 0) return !line.empty();
    }
  }
};

// The temporary file of records written one after the other and read back
// in the same order: what pass 2 needs of each document with references to
// bind waits here, not in memory.
class RecordFile : public TemporaryFile {
 public:
  // The next `n` bytes, valid until the next read; fewer at the end.
  std::string_view read(std::size_t n) {
    if (in_.size() - at_ < n) {
      in_.erase(0, at_);
      at_ = 0;
      const std::size_t have = in_.size();
      in_.resize(std::max(n, kChunk));
      in_.resize(have + std::fread(in_.data() + have, 1, in_.size() - have, file_));
    }
    std::string_view bytes = std::string_view(in_).substr(at_, n);
    at_ += bytes.size();
    return bytes;
  }
};

// Standard output, a MiB at a time.
class Output {
 public:
  ~Output() { flush(); }
  Output() = default;
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;

  void write(std::string_view text) {
    buffer_ += text;
    if (buffer_.size() >= kChunk) flush();
  }
  void line(std::string_view text) {
    write(text);
    write("\n");
  }
  void flush() {
    std::cout.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    std::cout.flush();
    buffer_.clear();
  }
  // Bytes [begin, end) of `spill` (rewound), after what was written before:
  // pass 2 of 1 GB of letters passed some 400 MB through three buffers of
  // this program, a line at a time, on one thread while nothing else ran.
  // Now a stretch is read straight into the buffer, and a long one the
  // kernel copies (sendfile) where it can; where it cannot (an old kernel, an
  // output it does not take) it goes through the buffer too.
  void copy(const SpillFile& spill, std::uint64_t begin, std::uint64_t end) {
    if (end - begin >= kSendAtLeast && sendfile_works_) {
      flush();
      if (!std::cout) return;  // as writing through the stream would: nothing more goes out
      while (begin < end && sendfile_works_) {
        off_t offset = static_cast<off_t>(begin);
        const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(end - begin, kSendLimit));
        const ssize_t sent = ::sendfile(STDOUT_FILENO, spill.descriptor(), &offset, want);
        if (sent > 0) begin += static_cast<std::uint64_t>(sent);
        else if (sent < 0 && errno == EINTR) continue;
        else sendfile_works_ = false;
      }
    }
    while (begin < end) {
      const std::size_t part = static_cast<std::size_t>(std::min<std::uint64_t>(end - begin, kChunk));
      const std::size_t at = buffer_.size();
      buffer_.resize(at + part);
      spill.read_at(begin, part, buffer_.data() + at);
      begin += part;
      if (buffer_.size() >= kChunk) flush();
    }
  }

 private:
  static constexpr std::size_t kSendLimit = std::size_t{1} << 30;  // one sendfile call at most
  // shorter stretches are read into the buffer: two system calls for a few
  // KiB between two bound lines cost more than the copy they save
  static constexpr std::size_t kSendAtLeast = std::size_t{1} << 18;
  std::string buffer_;
  bool sendfile_works_ = true;
};

// `kamerref extract -`: one document from standard input, called `name` (`-`
// unless --stdin-name) in the output; the name's extension helps to tell its
// format and its stem makes the id of a document without an official number,
// as a file's would. Read up to the --max-file-size limit, like a file.
int extract_standard_input(const std::string& name, bool json) {
  const std::uint64_t limit = load_options().max_file_size;
  std::string bytes;
  char chunk[1 << 16];
  while (std::cin.read(chunk, sizeof chunk) || std::cin.gcount() > 0) {
    bytes.append(chunk, static_cast<std::size_t>(std::cin.gcount()));
    if (limit != 0 && bytes.size() > limit) {
      report_error(name, "standard input is over the limit of " + human_size(limit) + " (raise it with --max-file-size)");
      return kInputError;
    }
  }
  Extraction x;
  try {
    x = extract_document(load_document_from_bytes(name, std::move(bytes)));
  } catch (const LoadError& e) {
    report_error(name, e.what());
    return kInputError;
  }
  for (const std::string& w : x.warnings) report_error(x.file, "warning: " + w);
  // resolution within the one document, as `extract` does across its files
  ResolutionIndex index;
  index.learn(x);
  std::vector<ResolutionNote> notes;
  apply_bindings(x, index.bind(x.file, resolution_requests(x), notes));
  if (json)
    std::cout << to_json_line(x) << '\n';
  else
    std::cout << format_table(x);
  std::cout.flush();
  return kSuccess;
}

// What pass 1 keeps of one document, made on the thread that extracted it:
// the index only has to learn, and pass 2 only to rewrite bytes.
struct PreparedDocument {
  std::string file, id;
  std::size_t content = 0;  // content_key
  std::vector<std::string> warnings;
  Lessons lessons;
  // The document's resolution requests and the sites where binding their
  // references changes `line` (encode_pending); empty when it has none.
  std::string pending;
  std::string line;  // the document's JSON line
};

static_assert(std::is_trivially_copyable_v<BindingSite>, "binding sites are written to the record file as they are");

// One document's record in the record file: its line's number, its input's
// index, the size of what follows, its requests (encode_requests) and its
// binding sites. Written in pass 1 in line order, read back in pass 2.
struct PendingHeader {
  std::uint64_t line = 0, input = 0, size = 0;
  std::uint64_t offset = 0, length = 0;  // the line's place in the spill file, newline not included
};

void encode_pending(const std::vector<ResolutionRequest>& requests, const std::vector<BindingSite>& sites,
                    std::string& out) {
  encode_requests(requests, out);
  const std::uint64_t count = sites.size();
  out.append(reinterpret_cast<const char*>(&count), sizeof count);
  out.append(reinterpret_cast<const char*>(sites.data()), sites.size() * sizeof(BindingSite));
}

void decode_pending(std::string_view bytes, std::vector<ResolutionRequest>& requests,
                    std::vector<BindingSite>& sites) {
  requests = decode_requests(bytes);
  std::uint64_t count = 0;
  if (bytes.size() < sizeof count) throw std::runtime_error("temporary file cut short");
  std::memcpy(&count, bytes.data(), sizeof count);
  bytes.remove_prefix(sizeof count);
  if (bytes.size() != count * sizeof(BindingSite)) throw std::runtime_error("temporary file cut short");
  sites.resize(static_cast<std::size_t>(count));
  if (count != 0) std::memcpy(sites.data(), bytes.data(), bytes.size());
}

PreparedDocument prepare_document(const Extraction& x) {
  PreparedDocument p;
  p.file = x.file;
  p.id = x.document.id;
  p.content = content_key(x);
  p.warnings = x.warnings;
  p.lessons = lessons_of(x);
  const std::vector<ResolutionRequest> requests = resolution_requests(x);
  std::vector<std::size_t> references;
  references.reserve(requests.size());
  for (const ResolutionRequest& q : requests) references.push_back(q.reference);
  std::vector<BindingSite> sites;
  p.line = to_json_line(x, references, sites);
  if (!requests.empty()) encode_pending(requests, sites, p.pending);
  return p;
}

// The next record header of `pending`, if any is left.
std::optional<PendingHeader> next_pending(RecordFile& pending) {
  std::string_view bytes = pending.read(sizeof(PendingHeader));
  if (bytes.empty()) return std::nullopt;
  if (bytes.size() != sizeof(PendingHeader)) throw std::runtime_error("temporary file cut short");
  PendingHeader header;
  std::memcpy(&header, bytes.data(), sizeof header);
  return header;
}

// Pass 2 for one record of document `file`: its bindings, and the sites in
// its JSON line that they change.
std::vector<Binding> bind_record(const ResolutionIndex& index, const std::string& file, std::string_view record,
                                 ResolutionIndex::BindScratch& scratch, std::vector<BindingSite>& sites) {
  std::vector<ResolutionRequest> requests;
  decode_pending(record, requests, sites);
  std::vector<ResolutionNote> notes;  // not printed: extract shows the ids it settled on
  return index.bind(file, requests, notes, scratch);
}

// One line's binding in pass 2: its bound JSON line, or nothing when binding
// leaves the line as it is.
std::optional<std::string> bind_line(const ResolutionIndex& index, const std::string& file,
                                     std::string_view record, const PendingHeader& header, const SpillFile& spill,
                                     ResolutionIndex::BindScratch& scratch) {
  std::vector<BindingSite> sites;
  const std::vector<Binding> bindings = bind_record(index, file, record, scratch, sites);
  if (bindings.empty()) return std::nullopt;
  std::string line;
  spill.read_at(header.offset, static_cast<std::size_t>(header.length), line);
  if (std::optional<std::string> bound = bind_json_line(line, sites, bindings)) return bound;
  Extraction x = extraction_from_json_line(line);
  apply_bindings(x, bindings);
  return to_json_line(x);
}

// Pass 2 of `extract --json` a batch of records at a time: the index is
// complete and only read now, so the records of a batch are bound on every
// job's thread at once (on 1 GB of letters pass 2 was a tenth of `-j 2`'s
// wall time on one thread while the other idled). The batch is bounded in
// bytes, so memory stays flat.
struct PendingBatch {
  std::vector<PendingHeader> headers;
  std::vector<std::size_t> starts;  // of each record in `records`
  std::string records;
  std::vector<std::optional<std::string>> bound;
  // one per thread, kept from batch to batch (bind's counts per motion)
  std::vector<ResolutionIndex::BindScratch> scratches;

  // The next batch from `pending`; false when none is left.
  bool read(RecordFile& pending) {
    headers.clear();
    starts.clear();
    records.clear();
    while (headers.size() < kMaxRecords && records.size() < kChunk) {
      std::optional<PendingHeader> header = next_pending(pending);
      if (!header) break;
      const std::string_view record = pending.read(static_cast<std::size_t>(header->size));
      if (record.size() != header->size) throw std::runtime_error("temporary file cut short");
      headers.push_back(*header);
      starts.push_back(records.size());
      records += record;
    }
    return !headers.empty();
  }

  void bind_all(const ResolutionIndex& index, const std::vector<std::string>& files, const SpillFile& spill,
                unsigned jobs) {
    bound.assign(headers.size(), std::nullopt);
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::mutex failure_mutex;
    const std::size_t threads_used = std::min<std::size_t>(jobs, headers.size());
    if (scratches.size() < threads_used) scratches.resize(threads_used);
    auto work = [&](ResolutionIndex::BindScratch& scratch) {
      try {
        for (std::size_t i = next++; i < headers.size(); i = next++) {
          const std::size_t end = i + 1 < starts.size() ? starts[i + 1] : records.size();
          const std::string_view record = std::string_view(records).substr(starts[i], end - starts[i]);
          bound[i] = bind_line(index, files[static_cast<std::size_t>(headers[i].input)], record, headers[i],
                               spill, scratch);
        }
      } catch (...) {
        std::lock_guard lock(failure_mutex);
        if (!failure) failure = std::current_exception();
        next = headers.size();
      }
    };
    std::vector<std::thread> threads;
    threads.reserve(threads_used - 1);
    for (std::size_t t = 1; t < threads_used; ++t) threads.emplace_back(work, std::ref(scratches[t]));
    work(scratches[0]);
    for (std::thread& t : threads) t.join();
    if (failure) std::rethrow_exception(failure);
  }

 private:
  static constexpr std::size_t kMaxRecords = 1024;
};

}  // namespace

std::function<int()> setup_extract(CLI::App& app) {
  struct Options {
    std::vector<std::string> paths;
    bool json = false;
    unsigned jobs = 0;
    bool quiet = false;
    std::string stdin_name = "-";
  };
  auto opt = std::make_shared<Options>();
  app.add_option("PATH", opt->paths, "Files or folders (read recursively); - for one document on standard input")
      ->required();
  app.add_flag("--json", opt->json, "Print SPEC section 2 JSON Lines, one document per line");
  app.add_option("-j,--jobs", opt->jobs, "Files extracted at once (default: one per core)")
      ->check(positive_count_validator());
  app.add_option("--stdin-name", opt->stdin_name,
                 "With -: the file name the document goes by (its format, its id when it has no number)")
      ->capture_default_str();
  app.add_flag("-q,--quiet", opt->quiet, "No progress line on stderr (it is only shown on a terminal)");
  return [opt] {
    if (std::find(opt->paths.begin(), opt->paths.end(), "-") != opt->paths.end()) {
      if (opt->paths.size() != 1) {
        report_error("", "- reads one document from standard input; give it alone, not with other paths");
        return static_cast<int>(kUsage);
      }
      return extract_standard_input(opt->stdin_name, opt->json);
    }
    Inputs inputs = collect_inputs(opt->paths, load_options().walk);
    int code = kSuccess;
    for (const InputProblem& n : inputs.notes) report_error(n.path, n.message);
    for (const InputProblem& p : inputs.problems) {
      report_error(p.path, p.message);
      code = kInputError;
    }
    // the sizes are for the progress line, which only a terminal shows
    const bool progress_shown = !opt->quiet && isatty(STDERR_FILENO) == 1;
    std::size_t total_bytes = 0;
    if (progress_shown)
      for (const std::string& file : inputs.files) total_bytes += size_on_disk(file);

    // pass 1
    ResolutionIndex index;
    SpillFile spill;
    RecordFile pending;  // per spilled line with references to bind: what resolution needs (PendingHeader)
    // id -> index of its first file in inputs.files, content_key
    std::unordered_map<std::string, std::pair<std::size_t, std::size_t>> file_of_id;
    std::size_t lines = 0;
    {
      Progress progress(inputs.files.size(), total_bytes, !progress_shown);
      ParallelOptions parallel;
      parallel.jobs = opt->jobs;
      parallel.load = load_options();
      parallel.prepare = [](const Extraction& x) { return prepare_document(x); };
      parallel.drop_extraction = true;
      extract_files(inputs.files, parallel, [&](FileResult&& r) {
        progress.file_done(r.bytes || !progress_shown ? r.bytes : size_on_disk(r.file));
        if (!r.extracted) {
          report_error(r.file, r.error);
          code = kInputError;
          return;
        }
        PreparedDocument& x = std::any_cast<PreparedDocument&>(r.prepared);
        for (const std::string& w : x.warnings) report_error(x.file, "warning: " + w);
        // two files with one id are named, never merged in silence
        // (a copy of one publication under another name is none)
        if (auto [first, added] = file_of_id.try_emplace(x.id, r.index, x.content);
            !added && inputs.files[first->second.first] != x.file && first->second.second != x.content)
          report_error(x.file, "warning: claims the id " + x.id + ", as " + inputs.files[first->second.first] + " does");
        index.learn(x.lessons);
        if (!x.pending.empty()) {
          const PendingHeader header{lines, r.index, x.pending.size(), spill.size(), x.line.size()};
          pending.write(std::string_view(reinterpret_cast<const char*>(&header), sizeof header));
          pending.write(x.pending);
        }
        spill.write_line(x.line);
        ++lines;
      });
    }

    // pass 2
    spill.rewind();
    pending.rewind();
    Output out;
    if (opt->json) {
      // The lines binding changes are rewritten, a batch of records at a
      // time on every job's thread; the stretches between them go out as
      // they were spilled, in order, from this thread.
      const unsigned jobs = opt->jobs != 0 ? opt->jobs : std::max(1u, std::thread::hardware_concurrency());
      PendingBatch batch;
      std::uint64_t copied = 0;  // spill bytes written out
      while (batch.read(pending)) {
        batch.bind_all(index, inputs.files, spill, jobs);
        for (std::size_t i = 0; i < batch.headers.size(); ++i) {
          if (!batch.bound[i]) continue;  // the line stays as it is
          const PendingHeader& header = batch.headers[i];
          out.copy(spill, copied, header.offset);
          out.line(*batch.bound[i]);
          copied = header.offset + header.length + 1;
        }
      }
      out.copy(spill, copied, spill.size());
      return code;
    }
    std::optional<PendingHeader> waiting = next_pending(pending);
    std::string line;
    ResolutionIndex::BindScratch scratch;
    for (std::size_t n = 0; n < lines && spill.read_line(line); ++n) {
      std::vector<Binding> bindings;
      std::vector<BindingSite> sites;
      if (waiting && waiting->line == n) {
        bindings = bind_record(index, inputs.files[static_cast<std::size_t>(waiting->input)],
                               pending.read(static_cast<std::size_t>(waiting->size)), scratch, sites);
        waiting = next_pending(pending);
      }
      Extraction x = extraction_from_json_line(line);
      apply_bindings(x, bindings);
      out.write(format_table(x));
    }
    out.flush();
    return code;
  };
}

}  // namespace kamerref::cli
