#!/bin/sh
# A scenario that turns bad on disk while the dashboard shows it: the app reports the
# error with its file:line:column and keeps running on the last good run.
#   reload.sh BURGERS GOOD_LESSON OUT_DIR
set -eu
. "$(dirname "$0")/wait_for_log.sh"
burgers=$1 good=$2 out=$3
mkdir -p "$out"
file="$out/edited.toml"
log="$out/reload.log"
cp "$good" "$file"
export ASAN_OPTIONS="${ASAN_OPTIONS:-}:detect_leaks=0"
export XDG_CONFIG_HOME="$out/config-reload"
mkdir -p "$XDG_CONFIG_HOME"
xvfb-run -a -s "-screen 0 1600x1000x24" "$burgers" "$file" --frames 1000000 2>"$log" &
runner=$!
cleanup() { pkill -TERM -P "$runner" 2>/dev/null || true; kill "$runner" 2>/dev/null || true; }
trap cleanup EXIT
sleep 3
# Break it: a station with no staff, on line 2 of the file.
printf '[scenario]\ntitle = "edited"\n[[station]]\nname = "desk"\nstaff = 0\n' > "$file"
wait_for_log "$log" "edited.toml:5:9" "reload error"
sleep 1
if ! kill -0 "$runner" 2>/dev/null; then
  echo "the app stopped after the bad reload; log:"; cat "$log"; exit 1
fi
grep "reload failed" "$log"
echo "the app kept running"
