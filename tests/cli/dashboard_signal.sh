#!/bin/sh
# The dashboard closes cleanly on SIGTERM: the frame loop ends, it says so and exits 143
# within a second (killed by the signal, it would say nothing).
#   dashboard_signal.sh BURGERS LESSON OUT_DIR
set -eu
burgers=$1 lesson=$2 out=$3
mkdir -p "$out"
export ASAN_OPTIONS="${ASAN_OPTIONS:-}:detect_leaks=0"
export XDG_CONFIG_HOME="$out/config-signal"   # never touch the user's saved layout
mkdir -p "$XDG_CONFIG_HOME"
xvfb-run -a -s "-screen 0 1280x800x24" sh -c '
  "$0" "$1" --frames 1000000 2>"$2/dashboard.err" & pid=$!
  sleep 3
  t0=$(date +%s%N); kill -TERM $pid; code=0; wait $pid || code=$?; t1=$(date +%s%N)
  ms=$(( (t1 - t0) / 1000000 ))
  echo "exit $code after $ms ms:"; cat "$2/dashboard.err"
  [ "$code" -eq 143 ] && [ "$ms" -lt 1000 ] && grep -qx "stopped by SIGTERM" "$2/dashboard.err"
' "$burgers" "$lesson" "$out"
