"""Start-up time of the everyday commands, as ratios to the import floor, measured in one run.

The floor is ``python -c "import yaml, click, rich"``: what any click + rich + PyYAML tool pays
before it does anything. Each command is run REPEAT times (whole process, wall clock) and the
best time is kept, so that a busy machine does not inflate the figures.

    python benchmarks/startup/run.py            # prints a table; exit 1 if a ratio exceeds LIMIT

It also times the everyday check on the bundled example (as a table, and as JSON) against the import
floor of all of checker's dependencies (yaml, click, rich, jsonschema, pint).

Not part of the test suite (timings do not belong in unit tests).
"""

from __future__ import annotations

import compileall
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPEAT = 15
EXAMPLE = str(Path(__file__).resolve().parents[2] / "examples" / "nanan-2030.csv")
LIMIT = 1.5

CHECKER = shutil.which("checker") or ""
DEPENDENCIES = "import yaml, click, rich.console, rich.table, jsonschema, pint"
COMMANDS = {
    "floor: import yaml, click, rich": [sys.executable, "-c", "import yaml, click, rich"],
    "floor: import every dependency": [sys.executable, "-c", DEPENDENCIES],
    "checker --version": [CHECKER, "--version"],
    'checker explain "≤4‰"': [CHECKER, "explain", "≤4‰"],
    'checker explain "在2020年基础上提高0.5岁" -u 岁': [CHECKER, "explain", "在2020年基础上提高0.5岁", "-u", "岁"],
    'checker explain "no more than 4‰" (English words)': [CHECKER, "explain", "no more than 4‰"],
    'checker explain "達到81歲以上" -u 岁 (loads OpenCC)': [CHECKER, "explain", "達到81歲以上", "-u", "岁"],
    'checker explain "5‰" --unit % (loads pint)': [CHECKER, "explain", "5‰", "--unit", "%"],
    "checker lint nanan-2030 (loads jsonschema)": [CHECKER, "lint", "nanan-2030"],
    "checker check nanan-2030 examples/nanan-2030.csv": [CHECKER, "check", "nanan-2030", EXAMPLE, "--fail-on", "na"],
    "checker check … --format json": [CHECKER, "check", "nanan-2030", EXAMPLE, "--fail-on", "na", "--format", "json"],
}
CHECK = "checker check nanan-2030 examples/nanan-2030.csv"
CHECK_JSON = "checker check … --format json"
GATED = ("checker --version", 'checker explain "≤4‰"')


def best_time(command: list[str]) -> float:
    best = float("inf")
    for _ in range(REPEAT):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    if not CHECKER:
        print("the `checker` command is not on PATH; install the package first", file=sys.stderr)
        return 2
    # pip byte-compiles a wheel install; an editable checkout run with PYTHONDONTWRITEBYTECODE=1
    # would recompile every module on every start instead, which is not what users see.
    import checker

    compileall.compile_dir(checker.__path__[0], quiet=1)
    times = {name: best_time(command) for name, command in COMMANDS.items()}
    floor = times["floor: import yaml, click, rich"]
    print(f"{'command':<48} {'best ms':>8} {'× floor':>8}")
    worst = 0.0
    for name, seconds in times.items():
        ratio = seconds / floor
        if name in GATED:
            worst = max(worst, ratio)
        print(f"{name:<48} {seconds * 1000:>8.1f} {ratio:>8.2f}")
    print(f"gated commands ({', '.join(GATED)}): worst ratio {worst:.2f} (limit {LIMIT})")
    deps = times["floor: import every dependency"]
    for name in (CHECK, CHECK_JSON):
        print(f"{name}: {times[name] / deps:.2f}x the import floor of all dependencies ({deps * 1000:.1f} ms)")
    return 0 if worst <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
