#!/usr/bin/env python3
"""Issue 11's dashboard target, measured in one go: the dashboard running a big lesson to
its end (`--to-end --frame-times`, under xvfb-run) against the command line running the
same scenario, whole processes in alternating order (the machine's load hits both alike),
medians of the runs and their ratios.

    tests/bench/dashboard_vs_cli.py [--runs 5] [--customers 2000000]
                                    [--burgers build/release/app/burgers]
                                    [--against OTHER/app/burgers]

The references: `burgers run LESSON --formats summary,perfetto` (the command line
recording every span of the run and writing them in its compact trace format, as it does
by default for a big run, without the charts), and `--formats summary` (the simulation
alone, no span recorded: the strictest reference). The dashboard's figure is its own
"computing" time: from the frame that starts the run (the one after the window's first,
which compiles the renderer's shaders) to the first frame that shows the run's end.
With --against, another build's dashboard (say, of the commit before a change) runs in
each round too, and the note gives the ratio of the two computing times.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
XVFB = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"]
FRAME_TIMES = re.compile(
    r"computing (?P<computing>[\d.]+) s(?: \(simulating (?P<simulating>[\d.]+) s, index and "
    r"figures (?P<figures>[\d.]+) s\))?, (?P<frames>\d+) frames meanwhile: interval median "
    r"(?P<median>[\d.]+) ms, p99 (?P<p99>[\d.]+) ms, max (?P<max>[\d.]+) ms, window thread CPU "
    r"median (?P<cpu>[\d.]+) ms; (?P<after>\d+) frames after: median (?P<after_median>[\d.]+) "
    r"ms, p99 (?P<after_p99>[\d.]+) ms; peak RSS (?P<rss>\d+) MB, (?P<spans>[\d,]+) spans, "
    r"(?P<per_span>[\d.]+) bytes/span(?:; (?P<late>\d+) of (?P<shown>\d+) frames late for their "
    r"60 Hz slot \(worst (?P<worst>[\d.]+) ms\))?")


def timed(command):
    """Runs `command`; returns (wall seconds, its cpu seconds, its peak RSS in MB, stdout).
    The figures are the process's own (wait4), not those of earlier children."""
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        child = subprocess.Popen(command, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if child.returncode != 0:
            sys.exit(f"failed ({child.returncode}): {' '.join(command)}\n{err.read()}")
        return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out.read()


def dashboard(burgers, lesson, customers):
    command = XVFB + [burgers, lesson, "--set", f"customers.count={customers}", "--to-end",
                      "--frames", "60", "--frame-times"]
    wall, cpu, _, out = timed(command)
    found = FRAME_TIMES.search(out)
    if found is None:
        sys.exit(f"no --frame-times report in the dashboard's output:\n{out}")
    # A build from before the report split the computation has no parts: NaN.
    figures = {k: float(v.replace(",", "")) if v is not None else float("nan")
               for k, v in found.groupdict().items()}
    figures["process_wall"], figures["process_cpu"] = wall, cpu
    return figures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--customers", type=int, default=2000000)
    parser.add_argument("--lesson", default="lunch-hour")
    parser.add_argument("--burgers", default=os.path.join(ROOT, "build/release/app/burgers"))
    parser.add_argument("--against", help="another build's burgers, run in every round too")
    args = parser.parse_args()
    for program in [args.burgers] + ([args.against] if args.against else []):
        if not os.access(program, os.X_OK):
            sys.exit(f"{program} not found: build it first (cmake --build --preset release)")

    refs = {"summary,perfetto": [], "summary": []}
    dash = []
    other = []

    def cli(formats):
        # A fresh directory each time: replacing the last run's big files costs time too.
        with tempfile.TemporaryDirectory() as out:
            return timed([args.burgers, "run", args.lesson, "--set",
                          f"customers.count={args.customers}", "--formats", formats, "--out",
                          out, "--quiet"])

    for i in range(args.runs):
        # Alternate who goes first, so neither always meets the other's leftovers.
        dashboards = ["dash"] + (["other"] if args.against else [])
        order = dashboards + list(refs) if i % 2 == 0 else list(refs) + dashboards[::-1]
        line = [f"run {i + 1}:"]
        for who in order:
            if who == "other":
                d = dashboard(args.against, args.lesson, args.customers)
                other.append(d)
                line.append(f"{args.against}: computing {d['computing']:.2f} s (frames "
                            f"meanwhile: median {d['median']:.1f} ms, p99 {d['p99']:.1f} ms)")
            elif who == "dash":
                d = dashboard(args.burgers, args.lesson, args.customers)
                dash.append(d)
                line.append(f"dashboard computing {d['computing']:.2f} s (simulating "
                            f"{d['simulating']:.2f} s, index and figures {d['figures']:.2f} s; "
                            f"frames meanwhile: median {d['median']:.1f} ms, p99 "
                            f"{d['p99']:.1f} ms, {d['late']:.0f} of {d['shown']:.0f} late for "
                            f"their 60 Hz slot, worst {d['worst']:.1f} ms; "
                            f"{d['per_span']:.1f} bytes/span)")
            else:
                wall, cpu, rss, _ = cli(who)
                refs[who].append((wall, cpu, rss))
                line.append(f"--formats {who} {wall:.2f} s wall ({cpu:.2f} s cpu, "
                            f"{rss:.0f} MB)")
        print(" ".join(line[:1]) + "\n  " + "\n  ".join(line[1:]), flush=True)

    def med(key):
        return statistics.median(d[key] for d in dash)

    computing = med("computing")
    print(f"dashboard ({args.runs} runs, medians): computing {computing:.2f} s (simulating "
          f"{med('simulating'):.2f} s, index and figures {med('figures'):.2f} s); frames while "
          f"computing: interval median {med('median'):.1f} ms, p99 {med('p99'):.1f} ms, "
          f"window thread CPU {med('cpu'):.1f} ms a frame, late for their 60 Hz slot "
          f"{sum(d['late'] for d in dash):.0f} of {sum(d['shown'] for d in dash):.0f} in all "
          f"runs (worst {max(d['worst'] for d in dash):.1f} ms); frames after: median "
          f"{med('after_median'):.1f} ms, p99 {med('after_p99'):.1f} ms; peak RSS "
          f"{med('rss'):.0f} MB, {med('spans'):,.0f} spans, {med('per_span'):.1f} bytes/span "
          f"(target <= 48); whole process {med('process_wall'):.2f} s wall, "
          f"{med('process_cpu'):.2f} s cpu")
    for formats, rows in refs.items():
        wall = statistics.median(r[0] for r in rows)
        cpu = statistics.median(r[1] for r in rows)
        paired = statistics.median(d["computing"] / r[0] for d, r in zip(dash, rows))
        print(f"burgers run --formats {formats}: {wall:.2f} s wall, {cpu:.2f} s cpu, "
              f"{statistics.median(r[2] for r in rows):.0f} MB peak; dashboard / command line: "
              f"{computing / wall:.2f}x (median of paired ratios {paired:.2f}x; target <= 2)")
    if other:
        theirs = statistics.median(d["computing"] for d in other)
        paired = statistics.median(d["computing"] / o["computing"] for d, o in zip(dash, other))
        print(f"{args.against}: computing {theirs:.2f} s (frames while computing: median "
              f"{statistics.median(d['median'] for d in other):.1f} ms, p99 "
              f"{statistics.median(d['p99'] for d in other):.1f} ms); this build / that one: "
              f"{computing / theirs:.2f}x (median of paired ratios {paired:.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
