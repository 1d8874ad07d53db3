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
    if (options.prepare) {
      r.prepared = options.prepare(*r.extraction);
      if (options.drop_extraction) r.extraction.reset();
    }
    r.extracted = true;  // only now: a prepare that threw leaves nothing half made
  } catch (const LoadError& e) {
    r.error = e.what();
  } catch (const std::bad_alloc&) {
    r.error = "out of memory while reading this file";
  } catch (const std::exception& e) {
    // a bug, but one file must not take the run down with it
    r.error = std::string("internal error: ") + e.what();
  }
  if (!r.extracted) {
    r.extraction.reset();
    r.prepared.reset();
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

  // The calling thread delivers in order and, while the next result is not
  // ready, extracts a file itself; jobs - 1 helpers only extract. A thread is
  // woken only when it waits for what just happened: a wake-up per file (and
  // a third thread taking turns on two cores) cost about a tenth of the CPU
  // time of `extract -j 2`.
  std::mutex mutex;
  std::condition_variable next_ready;  // the caller waits for slot `delivered`
  std::condition_variable room_freed;  // helpers wait for the window to move on
  std::vector<std::optional<FileResult>> slots(window);
  std::size_t next = 0;       // next file to start
  std::size_t delivered = 0;  // files handed to `deliver`
  bool caller_waits = false;
  std::size_t helpers_waiting = 0;
  bool stop = false;  // `deliver` threw: start nothing more

  auto has_room = [&] { return next < files.size() && next < delivered + window; };
  auto helper = [&] {
    for (;;) {
      std::size_t index;
      {
        std::unique_lock lock(mutex);
        while (!stop && next < files.size() && !has_room()) {
          ++helpers_waiting;
          room_freed.wait(lock);
          --helpers_waiting;
        }
        if (stop || next >= files.size()) return;
        index = next++;
      }
      FileResult r = process(index, files[index], options);
      bool wake;
      {
        std::lock_guard lock(mutex);
        slots[index % window] = std::move(r);
        wake = caller_waits && index == delivered;
      }
      if (wake) next_ready.notify_one();
    }
  };
  std::vector<std::thread> helpers;
  helpers.reserve(jobs - 1);
  for (unsigned j = 1; j < jobs; ++j) helpers.emplace_back(helper);
  auto stop_helpers = [&] {
    {
      std::lock_guard lock(mutex);
      stop = true;
    }
    room_freed.notify_all();
    for (std::thread& t : helpers) t.join();
  };

  try {
    while (delivered < files.size()) {
      std::optional<FileResult> ready;
      std::optional<std::size_t> own;  // a file the caller extracts itself
      bool wake_helpers = false;
      {
        std::unique_lock lock(mutex);
        std::optional<FileResult>& slot = slots[delivered % window];
        if (slot) {
          ready = std::move(slot);
          slot.reset();
          ++delivered;
          wake_helpers = helpers_waiting > 0;
        } else if (has_room()) {
          own = next++;
        } else {
          caller_waits = true;
          next_ready.wait(lock, [&] { return slots[delivered % window].has_value(); });
          caller_waits = false;
          continue;
        }
      }
      if (own) {
        FileResult r = process(*own, files[*own], options);
        std::lock_guard lock(mutex);
        slots[*own % window] = std::move(r);
        continue;
      }
      if (wake_helpers) room_freed.notify_all();
      deliver(std::move(*ready));
    }
  } catch (...) {
    stop_helpers();
    throw;
  }
  stop_helpers();
}

}  // namespace kamerref
