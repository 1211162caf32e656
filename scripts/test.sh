#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test through ctest:
# the release build (all tests, GUI tests under Xvfb), then the same tests under
# AddressSanitizer + UndefinedBehaviorSanitizer, then the threaded tests under
# ThreadSanitizer. Set BURGERS_QUICK=1 to run only the release build.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
jobs="$(nproc)"

run_preset() {
  local preset="$1"; shift
  echo "== $preset: configure and build"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j "$jobs"
  echo "== $preset: test"
  ctest --preset "$preset" -j "$jobs" --timeout 600 "$@"
}

run_preset release
if [ "${BURGERS_QUICK:-0}" != "1" ]; then
  run_preset asan -LE slow
  run_preset tsan -L threads
fi
echo "All tests passed."
