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
  exec "$burgers" "$@"
fi

echo "No display found, so the lesson runs headless instead of opening the dashboard."
"$burgers" run "$lesson" "${@:2}"
echo "Open report.html from the folder above in a browser to see the charts and tables."
