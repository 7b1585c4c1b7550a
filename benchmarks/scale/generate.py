"""A national-scale long CSV for the scale benchmark: regions × indicators × years, deterministic.

    python benchmarks/scale/generate.py OUT.csv [--regions 2850] [--indicators 50] [--years 16] [--seed 7]

The indicators are the bundled Nan'an plan's (so the check has real targets to judge) plus invented
ones (which checker lists once as unknown and leaves out, as it would a real data office's extra
columns). Values are plausible random walks around each indicator's 2020 baseline. The file is
written, never committed (about 100 MB at full size).
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from checker.plan.loader import load_plan  # noqa: E402

PROVINCE = "福建省"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--regions", type=int, default=2850)
    parser.add_argument("--indicators", type=int, default=50)
    parser.add_argument("--years", type=int, default=16)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    plan = load_plan("nanan-2030")
    indicators = []
    for indicator in plan.indicators[: args.indicators]:
        base = indicator.baseline(2020)
        start = base.value if base else rng.uniform(20, 90)
        indicators.append((indicator.name_zh, indicator.unit or "", start))
    for number in range(len(indicators), args.indicators):
        indicators.append((f"虚构指标{number:02d}", "%", rng.uniform(10, 90)))
    years = range(2015, 2015 + args.years)
    regions = [f"县{number:04d}" for number in range(args.regions)] + [PROVINCE]
    rows = 0
    with open(args.out, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["region", "indicator", "year", "value", "unit", "note"])
        for region in regions:
            for name, unit, start in indicators:
                value = start * rng.uniform(0.9, 1.1)
                for year in years:
                    value *= rng.uniform(0.97, 1.03)
                    if unit == "%":  # a share cannot pass 100% (checker rejects it as impossible)
                        value = min(value, 99.9)
                    writer.writerow([region, name, year, f"{value:.2f}", unit, ""])
                    rows += 1
    print(f"{rows} rows → {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
