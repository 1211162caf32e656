#!/usr/bin/env bash
# Measures the real-threads lessons against the simulation's prediction:
# cleaning the house with 1, 2, 4 and 8 cleaners, CPU-bound and I/O-bound, each run
# RUNS times (default 5) with --mode both. Prints the median measured makespan, the
# simulated one (lesson files have [machine] cores = 2) and the deviation, and the
# speedup over one cleaner. Usage: scripts/measure-threads.sh [RUNS] [BURGERS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
burgers="${2:-build/release/app/burgers}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

printf '%-5s %8s %12s %12s %9s %9s %9s\n' kind cleaners simulated measured deviation speedup wall
for kind in cpu io; do
  base=""
  for staff in 1 2 4 8; do
    for i in $(seq "$runs"); do
      "$burgers" run "scenarios/$([ $kind = cpu ] && echo 09 || echo 10)-threads-cleaning-$kind.toml" \
        --mode both --formats summary -q --set "station.cleaners.staff=$staff" --out "$out/$kind-$staff-$i"
    done
    line=$(python3 - "$out" "$kind" "$staff" "$runs" "$base" <<'PY'
import json, statistics, sys
out, kind, staff, runs, base = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
sim, real, wall = [], [], []
for i in range(1, runs + 1):
    d = f"{out}/{kind}-{staff}-{i}"
    sim.append(json.load(open(f"{d}/summary.json"))["customers"]["makespan_s"])
    t = json.load(open(f"{d}/summary-threads.json"))
    real.append(t["customers"]["makespan_s"])
    wall.append(t["wall_time_s"])
s, m = statistics.median(sim), statistics.median(real)
speedup = float(base) / m if base else 1.0
print(f"{m} {kind:<5} {staff:>8} {s/60:>10.1f}min {m/60:>10.1f}min {100*(m-s)/s:>+8.1f}% {speedup:>8.2f}x {statistics.median(wall):>8.2f}s")
PY
)
    [ -z "$base" ] && base="${line%% *}"
    echo "${line#* }"
  done
done
