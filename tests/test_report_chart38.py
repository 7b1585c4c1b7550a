"""Round 38, the audit report's chart of a yearly-rate promise (``年均增长8%``).

The verdict of a compound promise is judged along its compound path (``base × 1.08^n``), but the chart drew the
required path as the chord from the base to the end: a value on the promised rate looked below the line, lagging.
The chart now draws the path through every year; a promise in percentage points a year stays a straight line.
"""
from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner
from files import HEAD, written

from checker.cli import main


def _plan(text: str, unit: str, base: float) -> str:
    return HEAD + f"""\
  - id: spend
    name: {{zh: 卫生总费用}}
    unit: "{unit}"
    direction: up
    baseline: {{2020: {base}}}
    targets: {{2025: {{text: "{text}"}}}}
"""


DATA = "地区,指标,年份,数值,单位\n甲市,卫生总费用,2022,{value},{unit}\n"


def _required_points(tmp_path: Path, text: str, unit: str, base: float, value: float) -> list[tuple[float, float]]:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["report", written(tmp_path, _plan(text, unit, base), "plan.yaml"),
                                       written(tmp_path, DATA.format(unit=unit, value=value)), "-o", str(out)],
                                catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    page = out.read_text(encoding="utf-8")
    found = re.findall(r'<polyline points="([^"]+)"[^>]*stroke-dasharray="2 3"><title>', page)
    assert len(found) == 1, found
    return [tuple(map(float, pair.split(","))) for pair in found[0].split()]


def test_a_compound_rate_is_drawn_through_every_year_and_bends(tmp_path: Path) -> None:
    points = _required_points(tmp_path, "年均增长8%", "亿元", 100, 116.64)
    assert len(points) == 6  # 2020 … 2025
    (x0, y0), (x1, y1) = points[0], points[-1]
    # SVG's y grows downwards: the compound path lies below the chord (smaller values) between its ends
    for x, y in points[1:-1]:
        chord = y0 + (y1 - y0) * (x - x0) / (x1 - x0)
        assert y > chord + 0.5


def test_a_pace_in_points_stays_a_straight_line(tmp_path: Path) -> None:
    assert len(_required_points(tmp_path, "年均提高1个百分点", "%", 50, 52)) == 2
