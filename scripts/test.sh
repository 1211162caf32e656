#!/usr/bin/env bash
# Installs what is missing, checks that sim/ includes no GUI header, builds, and runs every
# test through ctest:
# the release build (all tests, GUI tests under Xvfb), then the scenario loader fuzzed
# for 60 s (libFuzzer, with clang), then the same tests under AddressSanitizer +
# UndefinedBehaviorSanitizer, then the threaded tests under ThreadSanitizer.
# Set BURGERS_QUICK=1 to run only the release build.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
jobs="$(nproc)"

# The house rule no include root can enforce (those headers live in /usr/include): nothing
# under sim/ includes ImGui, GLFW, GL or epoxy. ctest runs it too (tests/house).
echo "== house: includes of sim/"
cmake -DROOT="$PWD/sim" -P tests/house/scan_includes.cmake

# Sanitizer reports go to files (log_path, through the test presets' environment), so that
# no retry below can hide one: any report fails its stage.
reports="$PWD/build/sanitizer-reports"
export BURGERS_SANITIZER_LOG=":log_path=$reports/report"

# run_preset PRESET "BUILD TARGETS (empty: all)" "LABELS TO LEAVE OUT" [threads-only]
# Builds, runs the tests in parallel, then the real-threads tests (label threads) one at a
# time. Those time the wall clock: on a busy machine a run can come out slower than its
# tolerance, so each gets up to three tries (never a looser tolerance). Exits non-zero if
# a test failed every try or a sanitizer reported anything.
run_preset() {
  local preset="$1" targets="$2" leave_out="$3" scope="${4:-all}" start=$SECONDS status=0
  echo "== $preset: configure and build"
  cmake --preset "$preset" >/dev/null
  # shellcheck disable=SC2086
  cmake --build --preset "$preset" -j "$jobs" ${targets:+--target $targets}
  echo "== $preset: built in $((SECONDS - start)) s; test"
  start=$SECONDS
  rm -rf "$reports" && mkdir -p "$reports"
  if [ "$scope" = all ]; then
    ctest --preset "$preset" -j "$jobs" --timeout 600 -LE "threads${leave_out:+|$leave_out}" || status=1
  fi
  ctest --preset "$preset" --timeout 600 -L threads ${leave_out:+-LE "$leave_out"} \
    --repeat until-pass:3 || status=1
  if grep -lsE "ERROR: |WARNING: ThreadSanitizer|runtime error" "$reports"/report.* >/dev/null; then
    cat "$reports"/report.*
    echo "== $preset: the sanitizer reports above fail this stage"
    status=1
  fi
  echo "== $preset: tested in $((SECONDS - start)) s"
  return "$status"
}

# The scenario loader and the --set parser under libFuzzer with ASan + UBSan, over toml++
# compiled with its assertions on: first the loader's tests of toml++'s own bugs, then every
# saved input of tests/fuzz/corpus/ (past findings), then 60 s of fuzzing from the lessons.
# A finding fails the run; its input is copied into tests/fuzz/corpus/ to be fixed and kept.
run_fuzz() {
  if ! command -v clang++-14 >/dev/null 2>&1; then
    echo "== fuzz: skipped (clang++-14 is not installed; scripts/deps.sh installs it)"
    return
  fi
  local start=$SECONDS
  echo "== fuzz: configure and build"
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz -j "$jobs" --target scenario_fuzz scenario_checked_tests
  echo "== fuzz: the loader's tests over toml++ with its assertions on"
  build/fuzz/tests/fuzz/scenario_checked_tests
  local fuzzer work status=0
  fuzzer="$PWD/build/fuzz/tests/fuzz/scenario_fuzz"
  work="$(mktemp -d)"
  echo "== fuzz: the saved inputs"
  "$fuzzer" -rss_limit_mb=2048 tests/fuzz/corpus/* 2>"$work/saved.log" || {
    cat "$work/saved.log"; rm -rf "$work"; return 1; }
  echo "== fuzz: 60 s"
  mkdir "$work/corpus"
  cp scenarios/*.toml tests/data/scenario/*.toml tests/fuzz/corpus/* "$work/corpus/"
  (cd "$work" && "$fuzzer" -dict="$OLDPWD/tests/fuzz/toml.dict" -max_total_time=60 \
     -rss_limit_mb=2048 -max_len=4096 -print_final_stats=1 corpus 2>fuzz.log) || status=$?
  grep -E "^(Done|stat::number_of_executed_units|stat::peak_rss_mb)|cov:" "$work/fuzz.log" | tail -4 || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$work/fuzz.log"
    for f in "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$work"/oom-*; do
      [ -e "$f" ] && cp "$f" tests/fuzz/corpus/ && echo "finding saved as tests/fuzz/corpus/$(basename "$f")"
    done
  fi
  rm -rf "$work"
  echo "== fuzz: done in $((SECONDS - start)) s"
  return "$status"
}

run_preset release "" ""
if [ "${BURGERS_QUICK:-0}" != "1" ]; then
  run_fuzz
  # The GUI smoke tests ran in the release build; under ASan they would only time out, so
  # the sanitizer presets build no ImGui views (the dashboard's logic is built and tested).
  run_preset asan "" "slow|gui"
  # ThreadSanitizer for everything that starts threads.
  run_preset tsan "threads_tests cli_threads_tests signal_tests ui_threads_tests ui_sweep_tests burgers" \
    "" threads-only
fi
echo "All tests passed in $((SECONDS / 60)) min $((SECONDS % 60)) s."
