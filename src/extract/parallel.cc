#include "kamerref/extract/parallel.h"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>

#include "kamerref/extract/extract.h"
#include "kamerref/load/load.h"

namespace kamerref {
namespace {

FileResult process(std::size_t index, const std::string& file, const ParallelOptions& options) {
  FileResult r;
  r.index = index;
  r.file = file;
  try {
    Document doc = load_document(file, options.load);
    r.bytes = doc.original.size();
    r.extraction = extract_document(doc);
    if (options.keep_text) r.text = std::move(doc.text);
    if (options.prepare) r.prepared = options.prepare(*r.extraction);
  } catch (const LoadError& e) {
    r.error = e.what();
  } catch (const std::bad_alloc&) {
    r.error = "out of memory while reading this file";
  } catch (const std::exception& e) {
    // a bug, but one file must not take the run down with it
    r.error = std::string("internal error: ") + e.what();
  }
  return r;
}

}  // namespace

void extract_files(const std::vector<std::string>& files, const ParallelOptions& options,
                   const std::function<void(FileResult&&)>& deliver) {
  unsigned jobs = options.jobs != 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, std::max<std::size_t>(1, files.size())));
  if (jobs <= 1) {
    for (std::size_t i = 0; i < files.size(); ++i) deliver(process(i, files[i], options));
    return;
  }
  const std::size_t window = options.window != 0 ? options.window : 4 * static_cast<std::size_t>(jobs);

  std::mutex mutex;
  std::condition_variable work_done;   // a result arrived
  std::condition_variable room_freed;  // the window moved on
  std::vector<std::optional<FileResult>> slots(window);
  std::size_t next = 0;       // next file to start
  std::size_t delivered = 0;  // files handed to `deliver`

  auto worker = [&] {
    for (;;) {
      std::size_t index;
      {
        std::unique_lock lock(mutex);
        room_freed.wait(lock, [&] { return next >= files.size() || next < delivered + window; });
        if (next >= files.size()) return;
        index = next++;
      }
      FileResult r = process(index, files[index], options);
      {
        std::lock_guard lock(mutex);
        slots[index % window] = std::move(r);
      }
      work_done.notify_one();
    }
  };
  std::vector<std::thread> threads;
  threads.reserve(jobs);
  for (unsigned j = 0; j < jobs; ++j) threads.emplace_back(worker);
  while (delivered < files.size()) {
    FileResult r;
    {
      std::unique_lock lock(mutex);
      work_done.wait(lock, [&] { return slots[delivered % window].has_value(); });
      r = std::move(*slots[delivered % window]);
      slots[delivered % window].reset();
      ++delivered;
    }
    room_freed.notify_all();
    deliver(std::move(r));
  }
  for (std::thread& t : threads) t.join();
}

}  // namespace kamerref
