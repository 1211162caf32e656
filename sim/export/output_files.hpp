#pragma once
// The file-system side of writing outputs whole or not at all: temporary names, the
// folders a run creates, leftovers of killed runs, and a guard that another thread (the
// CLI's signal watcher) can use to remove everything a write has made so far.
// Used by outputs.cpp and the command line.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <mutex>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace burgers::exporter {

// ".summary.json.tmp-1234": where `final` is written by process `pid` before its rename.
std::filesystem::path temp_file_path(const std::filesystem::path& final, long pid);

// Removes the temporary files in `dir` left by runs that were killed (SIGKILL, a crash):
// ".NAME.tmp-PID" with NAME one of `names` and no process PID alive. Returns how many.
std::size_t remove_stale_temps(const std::filesystem::path& dir,
                               std::span<const std::string> names);

// Everything one write of the outputs creates, so that it can all be taken back.
class WriteGuard {
 public:
  WriteGuard() = default;
  // What was never committed goes: a run that ends early leaves no file and no folder.
  ~WriteGuard();
  WriteGuard(const WriteGuard&) = delete;
  WriteGuard& operator=(const WriteGuard&) = delete;

  // Creates `dir` and any missing parents, remembering which it created.
  bool create_directories(const std::filesystem::path& dir, std::string& error);
  // Creates the temporary file `path` for writing, registered before it exists.
  // Null, with `error` set, if abandoned or the file cannot be created.
  std::FILE* open_temp(const std::filesystem::path& path, std::string& error);
  // Renames each (temporary, final) pair, unless abandoned; stops at the first failure.
  bool commit(std::span<const std::pair<std::filesystem::path, std::filesystem::path>> renames,
              std::vector<std::filesystem::path>& done, std::string& error);
  // Removes the temporary files, then the folders it created if they are empty.
  void discard();
  // From any thread (e.g. on a signal): discard, and refuse any further file. False when
  // the outputs had already been committed (they are whole, and stay).
  bool abandon();
  // From any thread: whether a file or folder has been made (and not yet discarded or
  // committed): a run in this state is writing, and only abandon() stops it at once.
  bool holds_files();

  // Tests only: writes to the temporary files fail with ENOSPC (disk full) once this
  // many bytes have been written in all; 0 means no limit.
  void set_space_for_tests(std::uint64_t bytes) { space_ = bytes; }

 private:
  void discard_locked();

  std::mutex mutex_;
  std::vector<std::filesystem::path> temps_;
  std::vector<std::filesystem::path> created_dirs_;  // parents first
  bool abandoned_ = false;
  bool committed_ = false;
  std::uint64_t space_ = 0;
  std::uint64_t used_ = 0;
};

// Writes one file under its temporary name through `guard`: `produce` writes the bytes.
// True when every byte reached the disk; otherwise `error` names the file and the cause
// (disk full, no memory, ...). The caller commits or discards through the guard.
bool write_temp_file(WriteGuard& guard, const std::filesystem::path& final_path,
                     const std::filesystem::path& temp_path,
                     const std::function<bool(std::FILE*)>& produce, std::string& error);

// One file of a write: where it goes, its temporary name, and what writes its bytes
// (empty: already written under the temporary name, e.g. streamed during the run).
struct PendingFile {
  std::filesystem::path final_path;
  std::filesystem::path temp_path;
  std::function<bool(std::FILE*)> produce;
};

// Writes every file under its temporary name, then renames them all; on any failure
// (disk full, a signal through `guard`) everything the guard made is taken back and
// `error` says why. `written` gets the final paths on success.
bool write_all(WriteGuard& guard, std::span<const PendingFile> files,
               std::vector<std::filesystem::path>& written, std::string& error);

}  // namespace burgers::exporter
