#!/usr/bin/env bash
# Measures Python's runtime on real threads against the simulation's prediction: the GIL
# (threads taking turns), process pools, FastAPI's def vs async def, and web + machine
# learning. Each case runs RUNS times (default 5) with --mode both; prints the simulated
# makespan, the median measured one and the deviation, the same for the p90 time of the
# light requests where a case has them, the median free cores found before the runs, and
# the machine's load average before and after.
# Usage: scripts/measure-python.sh [RUNS] [BURGERS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
burgers="${2:-build/release/app/burgers}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# Lessons 16-19 when they are there; otherwise the stand-ins in tests/data/threads.
pick() { if [ -f "scenarios/$1.toml" ]; then echo "scenarios/$1.toml"; else echo "tests/data/threads/$2.toml"; fi; }
gil=$(pick 16-gil-threads gil-threads)
pool=$(pick 17-process-pool process-pool)
fastapi=$(pick 18-fastapi-def-vs-async fastapi)
webml=$(pick 19-web-and-ml web-and-ml)

# name | scenario | overrides (;-separated) | label prefix of the light requests (or empty)
cases="
16 gil cpu, 1 thread|$gil|station.cleaners.staff=1|
16 gil cpu, 4 threads|$gil|station.cleaners.staff=4|
16 gil io, 1 thread|$gil|station.cleaners.staff=1;customers.step.clean.work=io 1s|
16 gil io, 4 threads|$gil|station.cleaners.staff=4;customers.step.clean.work=io 1s|
17 processes, 1|$pool|station.pool.staff=1|
17 processes, 2|$pool|station.pool.staff=2|
17 processes, 4|$pool|station.pool.staff=4|
18 async def + await|$fastapi||
18 def, 40 threads|$fastapi|station.server.workers=threads;station.server.staff=40|
18 blocking in async|$fastapi|customers.step.query.work=block 1s|
19 ml in processes|$webml||Request 
19 ml in threads|$webml|station.inference.workers=threads|Request 
19 ml on the loop|$webml|customers.ml.step.infer.station=loop|Request 
"

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| case | simulated | measured (median of $runs) | deviation | light p90 simulated | measured | deviation | free cores |"
echo "|---|---|---|---|---|---|---|---|"
i=0
while IFS='|' read -r name file sets light; do
  [ -z "$name" ] && continue
  i=$((i + 1))
  args=()
  IFS=';' read -ra pairs <<< "$sets"
  for p in "${pairs[@]}"; do [ -n "$p" ] && args+=(--set "$p"); done
  for r in $(seq "$runs"); do
    "$burgers" run "$file" --mode both --formats summary,csv -q "${args[@]}" --out "$out/$i-$r" 2>"$out/$i-$r.err" ||
      { cat "$out/$i-$r.err"; exit 1; }
  done
  python3 - "$out" "$i" "$runs" "$name" "$light" <<'PY'
import csv, json, statistics, sys
out, case, runs, name, light = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]

def p90_light(path):
    start, end = {}, {}
    with open(path) as f:
        for row in csv.DictReader(f):
            if row["kind"] != "customer" or not row["agent"].startswith(light):
                continue
            if row["state"] == "arrived": start[row["agent"]] = float(row["start_s"])
            if row["state"] == "done": end[row["agent"]] = float(row["start_s"])
    times = sorted(end[a] - start[a] for a in end)
    return times[min(len(times) - 1, int(0.9 * len(times)))] if times else float("nan")

sim, real, cores, sim_p90, real_p90 = [], [], [], [], []
for r in range(1, runs + 1):
    d = f"{out}/{case}-{r}"
    sim.append(json.load(open(f"{d}/summary.json"))["customers"]["makespan_s"])
    t = json.load(open(f"{d}/summary-threads.json"))
    real.append(t["customers"]["makespan_s"])
    cores.append(t.get("available_cores", float("nan")))
    if light:
        sim_p90.append(p90_light(f"{d}/events.csv"))
        real_p90.append(p90_light(f"{d}/events-threads.csv"))
s, m = statistics.median(sim), statistics.median(real)
line = f"| {name} | {s:.3f} s | {m:.3f} s | {100 * (m - s) / s:+.1f}% |"
if light:
    sp, mp = statistics.median(sim_p90), statistics.median(real_p90)
    line += f" {sp * 1000:.0f} ms | {mp * 1000:.0f} ms | {100 * (mp - sp) / sp:+.1f}% |"
else:
    line += " | | |"
line += f" {statistics.median(cores):.2f} |"
print(line, flush=True)
PY
done <<< "$cases"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
