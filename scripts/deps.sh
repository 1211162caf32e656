#!/usr/bin/env bash
# Installs the Debian packages Concurrent Burgers needs, only those missing.
# Sourced or run by scripts/run.sh and scripts/test.sh.
set -euo pipefail

BURGERS_PACKAGES=(
  g++ cmake ninja-build pkg-config
  libimgui-dev libstb-dev libglfw3-dev libepoxy-dev libfontconfig-dev
  catch2 libtomlplusplus-dev libcli11-dev libfmt-dev libbenchmark-dev
  xvfb xauth libgl1-mesa-dri fonts-wqy-microhei fontconfig procps
  python3-simpy  # benchmark only: SimPy 2, the reference of tests/bench/vs_simpy.py
  clang-14 libclang-rt-14-dev   # the fuzz stage of scripts/test.sh (libFuzzer)
)

missing=()
for p in "${BURGERS_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing missing packages: ${missing[*]}"
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
