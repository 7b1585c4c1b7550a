"""The scale benchmark: a national check against the csv-module floor, at 0.25×, 0.5× and 1× the size.

    python benchmarks/scale/run.py                    # full size: 2,850 regions × 50 indicators × 16 years
    python benchmarks/scale/run.py --regions 400      # a quick run (the same shape, fewer regions)
    python benchmarks/scale/run.py --row-reader       # also time the row reader (without the scale extra)
    python benchmarks/scale/run.py --keep DIR         # keep the generated files and outputs in DIR

For each size it generates the long CSV (benchmarks/scale/generate.py) and times, best of REPEAT, the
whole process (start-up included) of:

- floor: ``python -c`` reading the file with ``csv.reader`` and nothing else;
- jsonl: ``checker check nanan-2030 FILE --all-regions --as-of 2030 --format jsonl --output OUT`` (the
  generated years run to 2030, past this one, so the run says as of when it judges; every result with
  its own evidence, one a line, after a line per target with the evidence its results share);
- midterm: jsonl with ``--as-of 2023``, a mid-term review: every value target judged on progress
  towards its 2025/2030 target (pace since the base year), not on the value;
- csv: the same with ``--format csv`` (one row a result, no evidence);
- json: the same with ``--format json`` (one document, streamed as it is written);
- parquet: the same with ``--format parquet`` (one table, the evidence of every result as JSON text);
- table: the same with the default format (the roll-up: a row a region, a row a target);
- rows (with --row-reader): jsonl read by the row reader, as without the ``scale`` extra;
- pandas (when installed): ``read_csv`` plus one vectorised bound check a target (the upper and lower
  bounds of the plan's ``≤X``/``≥X`` targets), what a data-quality tool does per row.

It prints the time, the rate (rows per second), the ratio to the floor and the peak RSS of each
(measured by a small wrapper process: resource.getrusage(RUSAGE_CHILDREN).ru_maxrss of the one
command it ran). Then, in the same run, the start-up of the everyday small check (the bundled plan
and example data, table and json) against the import floor ``python -c "import yaml, click, rich"``.
Not part of the test suite (timings do not belong in unit tests).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GENERATE = Path(__file__).resolve().parent / "generate.py"
REPEAT = 3
FRACTIONS = (0.25, 0.5, 1.0)

#: runs one command, prints {"seconds": wall clock, "rss_mib": its peak RSS}
WRAPPER = r"""
import json, resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)
seconds = time.perf_counter() - start
if done.returncode not in (0, 1):
    sys.exit(f"failed ({done.returncode}): {' '.join(sys.argv[1:])}")
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KiB on Linux
print(json.dumps({"seconds": seconds, "rss_mib": rss}))
"""

FLOOR = "import csv, sys\nfor row in csv.reader(open(sys.argv[1], encoding='utf-8', newline='')):\n    pass\n"

PANDAS = r"""
import sys
import pandas as pd
from checker.plan.loader import load_plan
plan = load_plan("nanan-2030")
frame = pd.read_csv(sys.argv[1], dtype={"region": "category", "indicator": "category", "unit": "category"})
bounds = []
for indicator in plan.indicators:
    for target in indicator.targets:
        rule = target.rule
        if rule.kind in ("upper_bound", "lower_bound") and rule.value is not None:
            bounds.append((indicator.name_zh, rule.kind, rule.value))
failing = 0
groups = {name: part["value"] for name, part in frame.groupby("indicator", observed=True)}
for name, kind, value in bounds:
    values = groups.get(name)
    if values is None:
        continue
    failing += int((values > value).sum() if kind == "upper_bound" else (values < value).sum())
print(len(frame), len(bounds), failing)
"""


def measure(command: list[str], env: dict[str, str] | None = None) -> dict:
    best = None
    for _ in range(REPEAT):
        done = subprocess.run([sys.executable, "-c", WRAPPER, *command], capture_output=True, text=True,
                              env={**os.environ, **(env or {})})
        if done.returncode:
            raise SystemExit(done.stderr or done.stdout)
        figures = json.loads(done.stdout)
        if best is None or figures["seconds"] < best["seconds"]:
            best = {**figures, "rss_mib": max(figures["rss_mib"], best["rss_mib"] if best else 0)}
        else:
            best["rss_mib"] = max(best["rss_mib"], figures["rss_mib"])
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--regions", type=int, default=2850, help="regions at 1× (default 2850)")
    parser.add_argument("--indicators", type=int, default=50)
    parser.add_argument("--years", type=int, default=16)
    parser.add_argument("--keep", metavar="DIR", help="write the files here and keep them (default: a temporary folder)")
    parser.add_argument("--row-reader", action="store_true", help="also time the row reader (no columnar reader)")
    args = parser.parse_args(argv)
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="checker-scale-"))
    folder.mkdir(parents=True, exist_ok=True)
    checker = shutil.which("checker", path=os.path.dirname(sys.executable)) or shutil.which("checker")
    checker_command = [checker] if checker else [sys.executable, "-m", "checker"]
    try:
        import pandas  # noqa: F401

        has_pandas = True
    except ImportError:
        has_pandas = False
    env_path = str(ROOT)
    os.environ["PYTHONPATH"] = env_path + (os.pathsep + os.environ["PYTHONPATH"] if os.environ.get("PYTHONPATH") else "")
    print(f"best of {REPEAT}, whole process; {args.indicators} indicators × {args.years} years; "
          f"checker = {' '.join(checker_command)}; pandas {'installed' if has_pandas else 'not installed'}")
    print(f"{'size':>5} {'regions':>7} {'rows':>9} {'MB':>6}  {'what':<8} {'seconds':>8} {'rows/s':>10} "
          f"{'× floor':>8} {'peak RSS':>9}")
    try:
        for fraction in FRACTIONS:
            regions = max(1, round(args.regions * fraction))
            data = folder / f"scale-{regions}.csv"
            if not data.exists():
                subprocess.run([sys.executable, str(GENERATE), str(data), "--regions", str(regions),
                                "--indicators", str(args.indicators), "--years", str(args.years)],
                               check=True, stderr=subprocess.DEVNULL)
            rows = (regions + 1) * args.indicators * args.years
            size = data.stat().st_size / 1e6
            # the generated years run past this one: the whole term is judged as of its last year, knowingly
            term = [*checker_command, "check", "nanan-2030", str(data), "--all-regions", "--output"]
            check = [*term[:-1], "--as-of", str(2015 + args.years - 1), "--output"]
            runs = {"floor": measure([sys.executable, "-c", FLOOR, str(data)]),
                    "jsonl": measure([*check, str(folder / f"out-{regions}.jsonl"), "--format", "jsonl"]),
                    "midterm": measure([*term, str(folder / f"out-{regions}-2023.jsonl"), "--format", "jsonl",
                                        "--as-of", "2023"]),
                    "csv": measure([*check, str(folder / f"out-{regions}.csv"), "--format", "csv"]),
                    "json": measure([*check, str(folder / f"out-{regions}.json"), "--format", "json"]),
                    "parquet": measure([*check, str(folder / f"out-{regions}.parquet"), "--format", "parquet"]),
                    "table": measure([*check, str(folder / f"out-{regions}.txt")])}
            if args.row_reader:
                runs["rows"] = measure([*check, str(folder / f"out-{regions}-rows.jsonl"), "--format", "jsonl"],
                                       env={"CHECKER_COLUMNAR_FROM_BYTES": str(2**62)})
            if has_pandas:
                runs["pandas"] = measure([sys.executable, "-c", PANDAS, str(data)])
            floor = runs["floor"]["seconds"]
            for what, figures in runs.items():
                print(f"{fraction:>4}× {regions:>7} {rows:>9,} {size:>6.1f}  {what:<8} {figures['seconds']:>8.2f} "
                      f"{rows / figures['seconds']:>10,.0f} {figures['seconds'] / floor:>8.1f} "
                      f"{figures['rss_mib']:>6.0f} MiB", flush=True)
        startup(checker_command)
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


def startup(checker_command: list[str]) -> None:
    """The everyday small check against the import floor (issue 9: within 1.5×), best of 10 each."""
    example = str(ROOT / "examples" / "nanan-2030.csv")
    commands = {
        "floor: import yaml, click, rich": [sys.executable, "-c", "import yaml, click, rich"],
        "check (table)": [*checker_command, "check", "nanan-2030", example, "--fail-on", "na"],
        "check --format json": [*checker_command, "check", "nanan-2030", example, "--format", "json",
                                "--fail-on", "na"],
    }
    best = {}
    for name, command in commands.items():
        subprocess.run(command, stdout=subprocess.DEVNULL)  # warm: the page cache and the plan cache
        times = []
        for _ in range(10):
            start = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL)
            times.append(time.perf_counter() - start)
        best[name] = min(times)
    floor = best["floor: import yaml, click, rich"]
    print(f"\nstart-up of the everyday small check (nanan-2030, examples/nanan-2030.csv; best of 10)")
    for name, seconds in best.items():
        print(f"  {name:<34} {seconds * 1000:>6.0f} ms  {seconds / floor:>5.2f}× floor")


if __name__ == "__main__":
    sys.exit(main())
