#include "export/output_files.hpp"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>
#include <new>
#include <system_error>

namespace burgers::exporter {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kTempInfix = ".tmp-";

bool process_alive(long pid) {
  if (pid <= 0 || pid > std::numeric_limits<pid_t>::max()) return false;
  return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

// The PID of a temporary name ".NAME.tmp-PID" for one of `names`, or -1.
long temp_owner(const std::string& file, std::span<const std::string> names) {
  for (const std::string& name : names) {
    const std::string prefix = "." + name + std::string(kTempInfix);
    if (file.size() <= prefix.size() || file.compare(0, prefix.size(), prefix) != 0) continue;
    const std::string digits = file.substr(prefix.size());
    if (digits.size() > 18 ||
        !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return -1;
    }
    return std::stol(digits);
  }
  return -1;
}

// A FILE over a descriptor that reports a full disk once `guard`'s space is used up.
struct LimitedFile {
  int fd;
  std::uint64_t* used;
  std::uint64_t space;
};

ssize_t limited_write(void* cookie, const char* data, std::size_t size) {
  auto* f = static_cast<LimitedFile*>(cookie);
  const std::uint64_t room = f->space > *f->used ? f->space - *f->used : 0;
  const std::size_t n = static_cast<std::size_t>(std::min<std::uint64_t>(size, room));
  if (n == 0 && size > 0) {
    errno = ENOSPC;
    return -1;
  }
  const ssize_t written = ::write(f->fd, data, n);
  if (written > 0) *f->used += static_cast<std::uint64_t>(written);
  // glibc takes a short write for an error without asking errno: say why.
  if (written >= 0 && static_cast<std::size_t>(written) < size) errno = ENOSPC;
  return written;
}

int limited_close(void* cookie) {
  auto* f = static_cast<LimitedFile*>(cookie);
  const int result = ::close(f->fd);
  delete f;
  return result;
}

std::FILE* open_limited(const fs::path& path, std::uint64_t* used, std::uint64_t space) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return nullptr;
  cookie_io_functions_t io{};
  io.write = limited_write;
  io.close = limited_close;
  auto* cookie = new LimitedFile{fd, used, space};
  std::FILE* f = ::fopencookie(cookie, "w", io);
  if (f == nullptr) limited_close(cookie);
  return f;
}

}  // namespace

fs::path temp_file_path(const fs::path& final, long pid) {
  return final.parent_path() /
         ("." + final.filename().string() + std::string(kTempInfix) + std::to_string(pid));
}

std::size_t remove_stale_temps(const fs::path& dir, std::span<const std::string> names) {
  std::size_t removed = 0;
  std::error_code ec;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    const long pid = temp_owner(it->path().filename().string(), names);
    if (pid < 0 || pid == ::getpid() || process_alive(pid)) continue;
    std::error_code remove_error;
    if (fs::remove(it->path(), remove_error)) ++removed;
  }
  return removed;
}

bool WriteGuard::create_directories(const fs::path& dir, std::string& error) {
  const std::lock_guard lock(mutex_);
  std::vector<fs::path> missing;
  std::error_code ec;
  for (fs::path p = dir; !p.empty() && !fs::exists(p, ec); p = p.parent_path()) {
    missing.push_back(p);
    if (p == p.parent_path()) break;
  }
  for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
    if (abandoned_) {
      error = "interrupted";
      return false;
    }
    const bool created = fs::create_directory(*it, ec);
    if (ec) {
      error = it->string() + ": " + ec.message();
      return false;
    }
    if (created) created_dirs_.push_back(*it);
  }
  if (!fs::is_directory(dir, ec)) {
    error = dir.string() + ": not a directory";
    return false;
  }
  return true;
}

std::FILE* WriteGuard::open_temp(const fs::path& path, std::string& error) {
  const std::lock_guard lock(mutex_);
  if (abandoned_) {
    error = "interrupted";
    return nullptr;
  }
  temps_.push_back(path);
  std::FILE* f = space_ > 0 ? open_limited(path, &used_, space_) : std::fopen(path.c_str(), "wb");
  if (f == nullptr) error = path.string() + ": " + std::strerror(errno);
  return f;
}

bool WriteGuard::commit(std::span<const std::pair<fs::path, fs::path>> renames,
                        std::vector<fs::path>& done, std::string& error) {
  const std::lock_guard lock(mutex_);
  if (abandoned_) {
    error = "interrupted";
    return false;
  }
  for (const auto& [temp, final] : renames) {
    std::error_code ec;
    fs::rename(temp, final, ec);
    if (ec) {
      error = final.string() + ": " + ec.message();
      return false;
    }
    done.push_back(final);
  }
  committed_ = true;
  return true;
}

void WriteGuard::discard_locked() {
  std::error_code ec;
  for (const fs::path& p : temps_) fs::remove(p, ec);
  temps_.clear();
  // Deepest first; a folder that holds anything (another run's files) stays.
  for (auto it = created_dirs_.rbegin(); it != created_dirs_.rend(); ++it) fs::remove(*it, ec);
  created_dirs_.clear();
}

WriteGuard::~WriteGuard() {
  if (!committed_) discard_locked();
}

void WriteGuard::discard() {
  const std::lock_guard lock(mutex_);
  discard_locked();
}

bool WriteGuard::abandon() {
  const std::lock_guard lock(mutex_);
  if (committed_) return false;
  abandoned_ = true;
  discard_locked();
  return true;
}

bool WriteGuard::holds_files() {
  const std::lock_guard lock(mutex_);
  return !committed_ && (!temps_.empty() || !created_dirs_.empty());
}

bool write_temp_file(WriteGuard& guard, const std::filesystem::path& final_path,
                     const std::filesystem::path& temp_path,
                     const std::function<bool(std::FILE*)>& produce, std::string& error) {
  std::FILE* f = guard.open_temp(temp_path, error);
  if (f == nullptr) return false;
  bool ok = false;
  errno = 0;
  try {
    ok = produce(f);
  } catch (const std::bad_alloc&) {
    error = final_path.filename().string() +
            ": not enough memory to make it (try fewer customers, or leave it out of --formats)";
  } catch (const std::exception& e) {
    error = final_path.filename().string() + ": " + e.what();
  }
  const bool failed = std::ferror(f) != 0;
  const int saved = errno;
  const bool flushed = std::fflush(f) == 0;
  const bool closed = std::fclose(f) == 0;
  if (ok && (failed || !flushed || !closed)) ok = false;
  if (!ok && error.empty()) {
    const int why = saved != 0 ? saved : errno != 0 ? errno : EIO;
    error = final_path.string() + ": " + std::strerror(why);
  }
  return ok;
}

bool write_all(WriteGuard& guard, std::span<const PendingFile> files,
               std::vector<std::filesystem::path>& written, std::string& error) {
  // A directory squatting on a target name would make its rename fail after others
  // were renamed: refuse before writing anything.
  std::error_code ec;
  for (const PendingFile& f : files) {
    if (std::filesystem::is_directory(f.final_path, ec)) {
      error = f.final_path.string() + ": is a directory, not a file";
      guard.discard();
      return false;
    }
  }
  // Everything goes to temporary names first; only when all succeeded are they renamed,
  // so a failure leaves no half-written file.
  bool all_written = true;
  for (const PendingFile& f : files) {
    if (f.produce && !write_temp_file(guard, f.final_path, f.temp_path, f.produce, error)) {
      all_written = false;
      break;
    }
  }
  std::vector<std::pair<std::filesystem::path, std::filesystem::path>> renames;
  for (const PendingFile& f : files) renames.emplace_back(f.temp_path, f.final_path);
  if (!all_written || !guard.commit(renames, written, error)) {
    guard.discard();
    return false;
  }
  return true;
}

}  // namespace burgers::exporter
