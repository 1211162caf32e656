#!/bin/sh
# GUI test of the Sweep panel: open a lesson under Xvfb, run its first suggested sweep in
# the panel, wait for it (--frames counts from the end of the sweep), and check the
# screenshot is a real frame.
#   sweep.sh BURGERS PNG_CHECK LESSON OUT_DIR [LANG]
set -eu
burgers=$1 png_check=$2 lesson=$3 out=$4 lang=${5:-en}
mkdir -p "$out"
shot="$out/$(basename "$lesson" .toml)-sweep-$lang.png"
rm -f "$shot"
export ASAN_OPTIONS="${ASAN_OPTIONS:-}:detect_leaks=0"
export XDG_CONFIG_HOME="$out/config-sweep-$lang"   # never touch the user's saved layout
mkdir -p "$XDG_CONFIG_HOME"
xvfb-run -a -s "-screen 0 1440x900x24" \
  "$burgers" "$lesson" --show sweep --sweep 1 --frames 5 --screenshot "$shot" --lang "$lang"
"$png_check" "$shot" 1200 700 200
