#!/usr/bin/env python3
"""Two builds of the engine benchmark (M/M/4, 1,000,000 customers, no trace) in one go:
runs them alternately, each a whole process, and reports the median customers per second
of each and their ratio (the machine's load hits both alike).

    tests/bench/engine_vs.py BASE_ENGINE_BENCH [NEW_ENGINE_BENCH] [--runs 7]

To build the commit before a change beside the working tree:
    git worktree add /tmp/base <commit>
    cd /tmp/base && cmake --preset release && cmake --build --preset release --target engine_bench
    tests/bench/engine_vs.py /tmp/base/build/release/tests/bench/engine_bench
"""
import argparse
import json
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FILTER = "BM_MMc_NoTrace"


def customers_per_second(binary):
    """One run of the benchmark: customers per second of cpu time, as it reports them."""
    command = [binary, f"--benchmark_filter={FILTER}", "--benchmark_min_time=1",
               "--benchmark_format=json"]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{result.stderr}")
    runs = [b for b in json.loads(result.stdout)["benchmarks"] if b["name"].startswith(FILTER)]
    return runs[0]["customers_per_s"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base")
    parser.add_argument("new", nargs="?",
                        default=os.path.join(ROOT, "build/release/tests/bench/engine_bench"))
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    base, new = [], []
    for i in range(args.runs):
        # Alternate who goes first.
        order = [(args.base, base), (args.new, new)]
        for binary, figures in order if i % 2 == 0 else reversed(order):
            figures.append(customers_per_second(binary))
        print(f"run {i + 1}: base {base[-1] / 1e6:.2f} M/s, new {new[-1] / 1e6:.2f} M/s",
              flush=True)
    b, n = statistics.median(base), statistics.median(new)
    print(f"median: base {b / 1e6:.2f} M customers/s, new {n / 1e6:.2f} M customers/s: "
          f"{n / b:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
