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
xvfb-run -a -s "-screen 0 1600x1000x24" "$burgers" "$file" --frames 100000000 \
  --screenshot "$shot" 2>"$log" &
runner=$!
cleanup() { pkill -KILL -P "$runner" 2>/dev/null || true; kill "$runner" 2>/dev/null || true; }
trap cleanup EXIT
sleep 3
# Characters in no lesson and no text table: the first build of the fonts lacks them.
sed 's/^title = .*/title = "鼴鼠與麒麟的漢堡攤"/' "$lesson" > "$file.new"
mv "$file.new" "$file"
wait_for_log "$log" "^reloaded " "reload"
sleep 1
pkill -TERM -P "$runner" -x burgers
status=0
wait "$runner" || status=$?
trap - EXIT
cat "$log"
if [ "$status" -ne 143 ]; then
  echo "expected exit 143 after SIGTERM, got $status"; exit 1
fi
"$png_check" "$shot" 1200 700 200
