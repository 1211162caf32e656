#!/usr/bin/env python3
"""Per-customer speed of `burgers run --formats summary` against SimPy 2 on the same M/M/4
model, measured in one go: whole processes as users run them, in alternating pairs (the
machine's load hits both alike), medians of the runs and their ratio.

    tests/bench/vs_simpy.py [--runs 7] [--burgers build/release/app/burgers]
                            [--simpy-customers 100000]

burgers runs tests/bench/mmc.toml (1,000,000 customers); SimPy 2 runs
tests/bench/mmc_simpy2.py with fewer customers, since it is slow. SimPy 2 is Debian's
python3-simpy (scripts/deps.sh installs it); without it the script says so and skips.
"""
import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BURGERS_CUSTOMERS = 1000000  # tests/bench/mmc.toml


def python_with_simpy():
    """A Python that can import SimPy 2 (Debian installs it for /usr/bin/python3), or None."""
    for python in (sys.executable, "/usr/bin/python3"):
        probe = [python, "-c", "import SimPy.Simulation, SimPy; print(SimPy.__version__)"]
        try:
            result = subprocess.run(probe, capture_output=True, text=True, check=False)
        except OSError:
            continue
        if result.returncode == 0 and result.stdout.startswith("2."):
            return python, result.stdout.strip()
    return None, None


def timed(command):
    """Runs `command`; returns (wall seconds, cpu seconds of the child, stdout)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        sys.exit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, result.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--burgers", default=os.path.join(ROOT, "build/release/app/burgers"))
    parser.add_argument("--simpy-customers", type=int, default=100000)
    args = parser.parse_args()

    python, version = python_with_simpy()
    if python is None:
        print("SimPy 2 is not installed (Debian: apt-get install python3-simpy, or "
              "scripts/deps.sh): skipping the comparison.")
        return 0
    if not os.access(args.burgers, os.X_OK):
        sys.exit(f"{args.burgers} not found: build it first (cmake --build --preset release)")

    with tempfile.TemporaryDirectory() as out:
        burgers = [args.burgers, "run", os.path.join(HERE, "mmc.toml"), "--formats", "summary",
                   "--out", out, "--quiet"]
        simpy = [python, os.path.join(HERE, "mmc_simpy2.py"), str(args.simpy_customers)]
        rows = []
        for i in range(args.runs):
            # Alternate who goes first, so neither always meets the other's leftovers.
            if i % 2 == 0:
                b, s = timed(burgers), timed(simpy)
            else:
                s, b = timed(simpy), timed(burgers)
            rows.append((b, s))
            print(f"run {i + 1}: burgers {b[0]:.3f} s wall ({b[1]:.3f} s cpu), "
                  f"SimPy {s[0]:.3f} s wall ({s[1]:.3f} s cpu)", flush=True)
        with open(os.path.join(out, "summary.json"), encoding="utf-8") as f:
            served = re.search(r'"served": (\d+)', f.read()).group(1)
    print(f"SimPy {version}: {rows[-1][1][2].strip()}")
    print(f"burgers: {served} customers served")

    def per_customer(kind, which, n):
        return statistics.median(row[which][kind] for row in rows) / n * 1e6

    for kind, name in ((0, "wall"), (1, "cpu")):
        b = per_customer(kind, 0, BURGERS_CUSTOMERS)
        s = per_customer(kind, 1, args.simpy_customers)
        paired = statistics.median(
            (row[1][kind] / args.simpy_customers) / (row[0][kind] / BURGERS_CUSTOMERS)
            for row in rows)
        print(f"median {name}: burgers {b:.4f} us/customer, SimPy 2 {s:.3f} us/customer: "
              f"{s / b:.1f}x (median of paired ratios {paired:.1f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
