"""Round 37: a level beyond its indicator's plausible range (婴儿死亡率控制在10%以下, ≤100‰) is n/a in a national run judged
by columns as in the one judged region by region; the columnar path passed it (12.4‰ against ≤100‰: 达标)."""
import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("polars")

ROOT = Path(__file__).resolve().parent.parent

PLAN = """plan:
  id: p
  title: {zh: 测试}
  region: 县0
  base_year: 2020
  target_years: [2025]
indicators:
- id: infant_mortality
  name: {zh: 婴儿死亡率}
  unit: ‰
  direction: down
  targets:
    2025: {text: 控制在10%以下}
- id: life_expectancy
  name: {zh: 人均预期寿命}
  unit: 岁
  direction: up
  targets:
    2025: {text: ≥79}
"""


def _run(tmp_path: Path, columns: str) -> list[dict]:
    env = {**os.environ, "CHECKER_COLUMNAR_FROM_BYTES": "1", "CHECKER_COLUMNAR_JUDGING": columns,
           "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "checker", "check", "p.yaml", "d.csv", "--all-regions",
                           "--format", "csv"], cwd=tmp_path, env=env, capture_output=True, text=True, encoding="utf-8")
    assert done.returncode in (0, 1), done.stderr
    return list(csv.DictReader(io.StringIO(done.stdout)))


def test_columns_and_rows_both_refuse_the_implausible_level(tmp_path):
    (tmp_path / "p.yaml").write_text(PLAN, encoding="utf-8")
    lines = ["地区,指标,年份,数值,单位"]
    for region in range(5):
        for year in (2020, 2025):
            lines += [f"县{region},婴儿死亡率,{year},{12 + region}.4,‰", f"县{region},人均预期寿命,{year},80.{region},岁"]
    (tmp_path / "d.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    by_columns, by_rows = _run(tmp_path, "1"), _run(tmp_path, "0")
    assert by_columns == by_rows
    infant = [row for row in by_columns if row["indicator"] == "infant_mortality"]
    assert len(infant) == 5 and {row["status"] for row in infant} == {"n/a"}
