"""Start-up time of the everyday commands, as ratios to the import floor, measured in one run.

The floor is ``python -c "import yaml, click, rich"``: what any click + rich + PyYAML tool pays
before it does anything. Each command is run REPEAT times (whole process, wall clock) and the
best time is kept, so that a busy machine does not inflate the figures.

    python benchmarks/startup/run.py            # prints a table; exit 1 if a ratio exceeds LIMIT

Not part of the test suite (timings do not belong in unit tests).
"""

from __future__ import annotations

import compileall
import shutil
import subprocess
import sys
import time

REPEAT = 15
LIMIT = 1.5

CHECKER = shutil.which("checker") or ""
COMMANDS = {
    "floor: import yaml, click, rich": [sys.executable, "-c", "import yaml, click, rich"],
    "checker --version": [CHECKER, "--version"],
    'checker explain "≤4‰"': [CHECKER, "explain", "≤4‰"],
    'checker explain "5‰" --unit % (loads pint)': [CHECKER, "explain", "5‰", "--unit", "%"],
    "checker lint nanan-2030 (loads jsonschema)": [CHECKER, "lint", "nanan-2030"],
}
GATED = ("checker --version", 'checker explain "≤4‰"')


def best_time(command: list[str]) -> float:
    best = float("inf")
    for _ in range(REPEAT):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
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
    return 0 if worst <= LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
