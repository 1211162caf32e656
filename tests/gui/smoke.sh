#!/bin/sh
# GUI smoke test: open a lesson in a real window under Xvfb, run it to the end,
# take a screenshot and check it is a real frame.
#   smoke.sh BURGERS PNG_CHECK LESSON OUT_DIR [LANG]
set -eu
burgers=$1 png_check=$2 lesson=$3 out=$4 lang=${5:-en}
mkdir -p "$out"
shot="$out/$(basename "$lesson" .toml)-$lang.png"
rm -f "$shot"
export ASAN_OPTIONS="${ASAN_OPTIONS:-}:detect_leaks=0"
export XDG_CONFIG_HOME="$out/config-$lang"   # never touch the user's saved layout
mkdir -p "$XDG_CONFIG_HOME"
xvfb-run -a -s "-screen 0 1600x1000x24" \
  "$burgers" "$lesson" --to-end --frames 20 --screenshot "$shot" --lang "$lang"
"$png_check" "$shot" 1200 700 200
