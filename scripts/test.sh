#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test through ctest:
# the release build (all tests, GUI tests under Xvfb), then the same tests under
# AddressSanitizer + UndefinedBehaviorSanitizer, then the threaded tests under
# ThreadSanitizer. Set BURGERS_QUICK=1 to run only the release build.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
jobs="$(nproc)"

# run_preset PRESET "BUILD TARGETS (empty: all)" CTEST-ARGS...
run_preset() {
  local preset="$1" targets="$2"; shift 2
  echo "== $preset: configure and build"
  cmake --preset "$preset" >/dev/null
  # shellcheck disable=SC2086
  cmake --build --preset "$preset" -j "$jobs" ${targets:+--target $targets}
  echo "== $preset: test"
  ctest --preset "$preset" -j "$jobs" --timeout 600 "$@"
}

run_preset release ""
if [ "${BURGERS_QUICK:-0}" != "1" ]; then
  # The GUI smoke tests ran in the release build; under ASan they would only time out.
  run_preset asan "" -LE "slow|gui"
  # ThreadSanitizer for everything that starts threads.
  run_preset tsan "threads_tests cli_threads_tests ui_threads_tests ui_sweep_tests burgers" -L threads
fi
echo "All tests passed."
