#!/usr/bin/env bash
# Measures Python's runtime on real threads against the simulation's prediction: the GIL
# (threads taking turns), process pools, FastAPI's def vs async def, and web + machine
# learning (lessons 16 to 19). Each case runs RUNS times (default 5) with --mode both and
# prints, for the whole run or for one group of customers, the simulated makespan and p90
# time in the system, the medians measured on real threads and their deviations, the
# median free cores found before the runs, and the machine's load before and after.
# Usage: scripts/measure-python.sh [RUNS] [BURGERS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
burgers="${2:-build/release/app/burgers}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# name | lesson | overrides (;-separated) | groups to report (,-separated; empty: all)
cases="
16 cpu, 1 thread|16-gil-threads|station.cleaners.staff=1|
16 cpu, 4 threads|16-gil-threads|station.cleaners.staff=4|
16 io, 1 thread|16-gil-threads|scenario.variant=io;station.cleaners.staff=1|
16 io, 4 threads|16-gil-threads|scenario.variant=io;station.cleaners.staff=4|
17 1 process|17-process-pool|station.cleaners.staff=1|
17 2 processes|17-process-pool|station.cleaners.staff=2|
17 4 processes|17-process-pool|station.cleaners.staff=4|
18 async def|18-fastapi-def-vs-async|scenario.variant=async|
18 def|18-fastapi-def-vs-async|scenario.variant=def|
18 blocking call in async def|18-fastapi-def-vs-async|scenario.variant=blocking|
19 inference on the loop|19-web-and-ml|scenario.variant=loop|api,predict
19 inference in threads|19-web-and-ml|scenario.variant=threads|api,predict
19 inference in processes|19-web-and-ml|scenario.variant=processes|api,predict
"

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| case | simulated makespan | measured (median of $runs) | deviation | simulated p90 | measured p90 | deviation | free cores |"
echo "|---|---|---|---|---|---|---|---|"
i=0
while IFS='|' read -r name lesson sets groups; do
  [ -z "$name" ] && continue
  i=$((i + 1))
  args=()
  IFS=';' read -ra pairs <<< "$sets"
  for p in "${pairs[@]}"; do [ -n "$p" ] && args+=(--set "$p"); done
  for r in $(seq "$runs"); do
    "$burgers" run "$lesson" --mode both --formats summary -q "${args[@]}" --out "$out/$i-$r" \
      2>"$out/$i-$r.err" || { cat "$out/$i-$r.err"; exit 1; }
  done
  python3 - "$out" "$i" "$runs" "$name" "$groups" <<'PY'
import json, statistics, sys
out, case, runs, name, groups = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]

def figures(summary, group):
    c = summary["groups"][group] if group else summary["customers"]
    return c["makespan_s"], c["sojourn_p90_s"]

def show(t):
    return f"{t / 60:.1f} min" if t >= 600 else f"{t:.3f} s"

for group in groups.split(",") if groups else [""]:
    sim, real, cores = [], [], []
    for r in range(1, runs + 1):
        d = f"{out}/{case}-{r}"
        sim.append(figures(json.load(open(f"{d}/summary.json")), group))
        t = json.load(open(f"{d}/summary-threads.json"))
        real.append(figures(t, group))
        cores.append(t.get("available_cores", float("nan")))
    row = f"| {name}{': ' + group if group else ''} |"
    for k in (0, 1):
        s = statistics.median(x[k] for x in sim)
        m = statistics.median(x[k] for x in real)
        row += f" {show(s)} | {show(m)} | {100 * (m - s) / s:+.1f}% |"
    print(row + f" {statistics.median(cores):.2f} |", flush=True)
PY
done <<< "$cases"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
