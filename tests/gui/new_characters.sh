#!/bin/sh
# A file that brings characters the fonts lack while the dashboard shows it: on reload the
# fonts are built again and the window keeps drawing real frames (it went blank before).
# SIGTERM then ends the app as closing the window does, capturing one last frame.
#   new_characters.sh BURGERS PNG_CHECK LESSON OUT_DIR
set -eu
. "$(dirname "$0")/wait_for_log.sh"
burgers=$1 png_check=$2 lesson=$3 out=$4
mkdir -p "$out"
file="$out/new-characters.toml"
log="$out/new-characters.log"
shot="$out/new-characters.png"
rm -f "$shot"
cp "$lesson" "$file"
export ASAN_OPTIONS="${ASAN_OPTIONS:-}:detect_leaks=0"
export XDG_CONFIG_HOME="$out/config-new-characters"
mkdir -p "$XDG_CONFIG_HOME"
pidfile="$out/new-characters.pid"
statusfile="$out/new-characters.status"
rm -f "$pidfile" "$statusfile"
# burgers' own exit status, kept apart from xvfb-run's (which can fail tidying its
# temporary directory after the app has ended well).
xvfb-run -a -s "-screen 0 1600x1000x24" sh -c \
  '"$1" "$2" --frames 100000000 --screenshot "$3" & echo $! > "$4"; wait $!; echo $? > "$5"' \
  sh "$burgers" "$file" "$shot" "$pidfile" "$statusfile" 2>"$log" &
runner=$!
cleanup() { [ -f "$pidfile" ] && kill -KILL "$(cat "$pidfile")" 2>/dev/null; kill "$runner" 2>/dev/null || true; }
trap cleanup EXIT
sleep 3
# Characters in no lesson and no text table: the first build of the fonts lacks them.
sed 's/^title = .*/title = "鼴鼠與麒麟的漢堡攤"/' "$lesson" > "$file.new"
mv "$file.new" "$file"
wait_for_log "$log" "^reloaded " "reload"
sleep 1
kill -TERM "$(cat "$pidfile")"
wait "$runner" || true
trap - EXIT
cat "$log"
status=$(cat "$statusfile" 2>/dev/null || echo none)
if [ "$status" != 143 ]; then
  echo "expected exit 143 after SIGTERM, got $status"; exit 1
fi
"$png_check" "$shot" 1200 700 200
