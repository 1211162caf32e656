#!/usr/bin/env bash
# Installs what is missing, builds, and opens the dashboard on the default lesson
# (or the lesson or file given). Without a display it runs the lesson headless and
# says where the charts went.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target burgers

burgers=build/release/app/burgers
lesson="${1:-concurrent-burgers}"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  status=0
  "$burgers" "$@" || status=$?
  # 4: the window could not open (a display variable without a usable display).
  [ "$status" -ne 4 ] && exit "$status"
fi

echo "No usable display, so the lesson runs headless instead of opening the dashboard."
"$burgers" run "$lesson" "${@:2}"
echo "Open report.html from the folder above in a browser to see the charts and tables."
