"""Inline SVG charts for the audit report, drawn from the data: no script, no external resource.

Every text that reaches the SVG goes through :func:`markupsafe.escape` (indicator names, region names
and notes come from user files). Coordinates are rounded to 0.1 so that the same data gives the
same bytes. Each point carries a ``<title>`` (shown on hover by browsers, no script needed) naming the
data cell it came from.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from checker.judge.bands import fmt

STATUS_COLOURS = {"pass": "#1a7f37", "warn": "#b26a00", "fail": "#c62828", "n/a": "#7a7a7a"}
OBSERVED = "#1f4e8c"
REFERENCE = "#7a7a7a"
TARGET = "#5b2c83"
PASS_FILL = "#1a7f37"
WARN_FILL = "#e0a100"


def _n(value: float) -> str:
    """A coordinate: at most one decimal, no trailing zeros, never ``-0``."""
    text = f"{round(value, 1):.1f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


@dataclass(frozen=True)
class SeriesPoint:
    year: int
    value: float
    title: str  # hover text: the value and its data cell
    assessed: bool = False


@dataclass
class SeriesChart:
    """What one indicator's chart shows; the texts are already in the report's language."""

    unit: str  # as written after a number (suffix: /10万 for 1/10万)
    observed: list[SeriesPoint]
    observed_label: str
    reference: list[SeriesPoint] = field(default_factory=list)
    reference_label: str = ""
    baseline: SeriesPoint | None = None
    baseline_label: str = ""
    marker_year: int | None = None  # where the target is marked
    goal: float | None = None
    goal_label: str = ""
    passing: tuple[float, float] | None = None  # the pass band (may be infinite on one side)
    warning: list[tuple[float, float]] = field(default_factory=list)  # warn-only pieces
    pass_label: str = ""
    warn_label: str = ""
    #: the required path, one point a year where it bends (a compound rate's path is a curve, not its chord)
    required: list[tuple[int, float]] = field(default_factory=list)
    required_label: str = ""
    window: tuple[int, int] | None = None  # trend window
    window_label: str = ""
    target_year: int | None = None
    axis_unit: str = ""  # the unit as named above the value axis (1/10万)
    goal_marker: bool = True  # a diamond at the marker year (off where the reference's point is the target)
    #: the least and most the indicator can take (None: open; ``checker.data.limits``): the value axis stays inside
    #: them (a rate at 0 has no axis to −5, a share at 99.9% none to 101%)
    possible: tuple[float | None, float | None] = (None, None)
    status: str = "n/a"
    description: str = ""  # the accessible name of the chart

    def empty(self) -> bool:
        return not self.observed and not self.reference and self.baseline is None


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values covering [low, high] (about ``count`` of them)."""
    if high <= low:
        high = low + 1
    raw = (high - low) / max(count - 1, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    first = math.floor(low / step) * step
    ticks, value = [], first
    while value <= high + step * 1e-9:
        ticks.append(round(value, 10))
        value += step
    if ticks[-1] < high:
        ticks.append(round(ticks[-1] + step, 10))
    return ticks


def possible_span(low: float, high: float, lo: float, hi: float,
                  possible: tuple[float | None, float | None]) -> tuple[float, float]:
    """The padded span [low, high] of the values [lo, hi], cut to what the indicator can take where the values lie
    inside it (a value outside is drawn where it is: the axis is no place to hide it)."""
    floor, ceiling = possible
    if floor is not None and lo >= floor:
        low = max(low, floor)
    if ceiling is not None and hi <= ceiling:
        high = min(high, ceiling)
    return low, high


def within(ticks: list[float], lo: float, hi: float, possible: tuple[float | None, float | None]) -> list[float]:
    """``ticks`` without those past a bound the values [lo, hi] keep inside, the bound itself ending the axis where
    a round step passed it (150 岁 with a step of 20)."""
    floor, ceiling = possible
    if ceiling is not None and hi <= ceiling and ticks[-1] > ceiling:
        ticks = [tick for tick in ticks if tick < ceiling] + [ceiling]
    if floor is not None and lo >= floor and ticks[0] < floor:
        ticks = [floor] + [tick for tick in ticks if tick > floor]
    return ticks


def series_chart(chart: SeriesChart) -> Markup:
    """A line chart of the observed series with the target, its bands, baseline and reference."""
    width, height = 680, 260
    left, right, top, bottom = 56, 20, 22, 34
    plot_w, plot_h = width - left - right, height - top - bottom

    years = [p.year for p in chart.observed] + [p.year for p in chart.reference]
    if chart.baseline:
        years.append(chart.baseline.year)
    if chart.marker_year is not None:
        years.append(chart.marker_year)
    years += [year for year, _ in chart.required]
    if chart.window:
        years += list(chart.window)
    x0, x1 = min(years), max(years)
    if x0 == x1:
        x0, x1 = x0 - 1, x1 + 1

    values = [p.value for p in chart.observed] + [p.value for p in chart.reference]
    if chart.baseline:
        values.append(chart.baseline.value)
    if chart.goal is not None:
        values.append(chart.goal)
    values += [value for _, value in chart.required]
    for low, high in [*(chart.warning or []), *([chart.passing] if chart.passing else [])]:
        values += [v for v in (low, high) if math.isfinite(v)]
    lo, hi = min(values), max(values)
    pad = (hi - lo) * 0.12 or abs(hi) * 0.1 or 1.0
    ticks = within(nice_ticks(*possible_span(lo - pad, hi + pad, lo, hi, chart.possible)), lo, hi, chart.possible)
    y0, y1 = ticks[0], ticks[-1]

    def sx(year: float) -> float:
        return left + (year - x0 + 0.5) / (x1 - x0 + 1) * plot_w

    def sy(value: float) -> float:
        value = min(max(value, y0), y1)
        return top + (y1 - value) / (y1 - y0) * plot_h

    out = [(f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
            f'aria-label="{escape(chart.description)}">')]
    # grid and axes
    for tick in ticks:
        y = sy(tick)
        out.append(f'<line x1="{left}" y1="{_n(y)}" x2="{width - right}" y2="{_n(y)}" class="grid"/>')
        out.append(f'<text x="{left - 6}" y="{_n(y + 4)}" class="tick" font-size="11" text-anchor="end">{escape(fmt(tick))}</text>')
    if chart.axis_unit or chart.unit:
        out.append(f'<text x="{left - 6}" y="{top - 8}" class="tick unit" font-size="11" text-anchor="start">'
                   f'{escape(chart.axis_unit or chart.unit)}</text>')
    step = max(1, math.ceil((x1 - x0 + 1) / 12))
    for year in range(x0, x1 + 1):
        if (year - x0) % step and year not in (chart.target_year, x1):
            continue
        x = sx(year)
        out.append(f'<line x1="{_n(x)}" y1="{top + plot_h}" x2="{_n(x)}" y2="{top + plot_h + 4}" class="axis"/>')
        out.append(f'<text x="{_n(x)}" y="{top + plot_h + 17}" class="tick" font-size="11" text-anchor="middle">{year}</text>')
    out.append(f'<line x1="{left}" y1="{top + plot_h}" x2="{width - right}" y2="{top + plot_h}" class="axis"/>')
    out.append(f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}" class="axis"/>')

    if chart.window:
        a, b = sx(chart.window[0] - 0.4), sx(chart.window[1] + 0.4)
        out.append(f'<rect x="{_n(a)}" y="{top}" width="{_n(b - a)}" height="{plot_h}" fill="{OBSERVED}" '
                   f'fill-opacity="0.07"><title>{escape(chart.window_label)}</title></rect>')

    # the target: its bands at the marker year, and the target value across the plot
    if chart.marker_year is not None:
        x = sx(chart.marker_year)
        band_w = max(plot_w / (x1 - x0 + 1) * 0.5, 10)
        for low, high in chart.warning:
            a, b = sy(high), sy(low)
            out.append(f'<rect x="{_n(x - band_w / 2)}" y="{_n(a)}" width="{_n(band_w)}" height="{_n(max(b - a, 1))}" '
                       f'fill="{WARN_FILL}" fill-opacity="0.35"><title>{escape(chart.warn_label)}</title></rect>')
        if chart.passing:
            a, b = sy(chart.passing[1]), sy(chart.passing[0])
            out.append(f'<rect x="{_n(x - band_w / 2)}" y="{_n(a)}" width="{_n(band_w)}" height="{_n(max(b - a, 1))}" '
                       f'fill="{PASS_FILL}" fill-opacity="0.28"><title>{escape(chart.pass_label)}</title></rect>')
    if chart.goal is not None:
        y = sy(chart.goal)
        out.append(f'<line x1="{left}" y1="{_n(y)}" x2="{width - right}" y2="{_n(y)}" stroke="{TARGET}" '
                   f'stroke-width="1.2" stroke-dasharray="6 4"><title>{escape(chart.goal_label)}</title></line>')
    if len(chart.required) > 1:
        points = " ".join(f"{_n(sx(year))},{_n(sy(value))}" for year, value in chart.required)
        out.append(f'<polyline points="{points}" fill="none" stroke="{TARGET}" stroke-width="1.2" '
                   f'stroke-dasharray="2 3"><title>{escape(chart.required_label)}</title></polyline>')
    if chart.marker_year is not None and chart.goal is not None and chart.goal_marker:
        x, y = sx(chart.marker_year), sy(chart.goal)
        out.append(f'<path d="M{_n(x - 6)} {_n(y)} L{_n(x)} {_n(y - 6)} L{_n(x + 6)} {_n(y)} L{_n(x)} {_n(y + 6)} Z" '
                   f'fill="{TARGET}"><title>{escape(chart.goal_label)}</title></path>')

    # the reference region's series, then the observed one on top
    if chart.reference:
        points = " ".join(f"{_n(sx(p.year))},{_n(sy(p.value))}" for p in chart.reference)
        out.append(f'<polyline points="{points}" fill="none" stroke="{REFERENCE}" stroke-width="1.5" '
                   f'stroke-dasharray="5 3"/>')
        for p in chart.reference:
            out.append(f'<circle cx="{_n(sx(p.year))}" cy="{_n(sy(p.value))}" r="3" fill="#fff" stroke="{REFERENCE}" '
                       f'stroke-width="1.5"><title>{escape(p.title)}</title></circle>')
    if chart.baseline:
        b = chart.baseline
        x, y = sx(b.year), sy(b.value)
        out.append(f'<rect x="{_n(x - 5)}" y="{_n(y - 5)}" width="10" height="10" fill="#fff" stroke="#222" '
                   f'stroke-width="1.5"><title>{escape(b.title)}</title></rect>')
    if len(chart.observed) > 1:
        points = " ".join(f"{_n(sx(p.year))},{_n(sy(p.value))}" for p in chart.observed)
        out.append(f'<polyline points="{points}" fill="none" stroke="{OBSERVED}" stroke-width="2"/>')
    for p in chart.observed:
        x, y = sx(p.year), sy(p.value)
        if p.assessed:
            colour = STATUS_COLOURS.get(chart.status, OBSERVED)
            out.append(f'<circle cx="{_n(x)}" cy="{_n(y)}" r="6.5" fill="{colour}" stroke="#fff" stroke-width="1.5">'
                       f'<title>{escape(p.title)}</title></circle>')
            anchor = "end" if x > left + plot_w * 0.8 else "start"
            dx = -10 if anchor == "end" else 10
            out.append(f'<text x="{_n(x + dx)}" y="{_n(y - 8)}" class="value" font-size="12" font-weight="700" text-anchor="{anchor}">'
                       f'{escape(fmt(p.value))}{escape(chart.unit)}</text>')
        else:
            out.append(f'<circle cx="{_n(x)}" cy="{_n(y)}" r="3.5" fill="{OBSERVED}"><title>{escape(p.title)}</title></circle>')
    out.append("</svg>")
    return Markup("".join(out))


def legend(chart: SeriesChart) -> list[tuple[str, str]]:
    """(swatch class, label) pairs for what the chart draws, in the report's language."""
    items = [("observed", chart.observed_label)] if chart.observed else []
    if chart.reference:
        items.append(("reference", chart.reference_label))
    if chart.baseline:
        items.append(("baseline", chart.baseline_label))
    if chart.goal is not None:
        items.append(("target", chart.goal_label))
    if chart.passing:
        items.append(("pass-band", chart.pass_label))
    if chart.warning:
        items.append(("warn-band", chart.warn_label))
    if chart.required:
        items.append(("required", chart.required_label))
    if chart.window:
        items.append(("window", chart.window_label))
    return items


def _label_units(label: str) -> int:
    """A label's width in half-em units: a CJK (or full-width) character counts two, any other one."""
    return sum(2 if ord(char) > 0x2E7F else 1 for char in label)


def _shortened(label: str, units: int) -> str:
    """The label, or its start and end joined by "…" where it is wider than `units` (a long domain such as
    二、普及健康生活（二）1.引导合理膳食 keeps its number and its last words, instead of running off the chart)."""
    if _label_units(label) <= units:
        return label
    head, tail, room = "", "", units - 2
    left, right = 0, len(label)
    while left < right:
        take_head = _label_units(head) <= _label_units(tail)
        char = label[left] if take_head else label[right - 1]
        if _label_units(head + tail + char) > room:
            break
        if take_head:
            head, left = head + char, left + 1
        else:
            tail, right = char + tail, right - 1
    return f"{head}…{tail}"


def summary_chart(rows: list[tuple[str, dict[str, int]]], words: dict[str, str], description: str) -> Markup:
    """Stacked horizontal bars: one row per group (all results, then each domain), one colour a status.
    Every bar carries its counts: inside a segment wide enough for them, and always after the bar, one
    number a status in its colour, then the total — so a printed page shows each count, however small."""
    order = ("fail", "warn", "pass", "n/a")
    # the labels' column as wide as the longest label needs (a CJK character twice a Latin one), 150–320px
    longest = max((_label_units(label) for label, _ in rows), default=0)
    label_w, bar_w, row_h, gap = min(max(150, longest * 6.6 + 12), 320), 420, 22, 8
    width = label_w + bar_w + 190
    height = len(rows) * (row_h + gap) + 30
    most = max((sum(counts.values()) for _, counts in rows), default=1) or 1
    out = [(f'<svg class="summary-chart" viewBox="0 0 {width} {height}" role="img" '
            f'aria-label="{escape(description)}">')]
    for index, (label, counts) in enumerate(rows):
        y = index * (row_h + gap) + 4
        shown = _shortened(label, int((label_w - 12) / 6.6))
        title = f"<title>{escape(label)}</title>" if shown != label else ""
        out.append(f'<text x="{label_w - 8}" y="{_n(y + row_h * 0.7)}" text-anchor="end" font-size="12" class="label'
                   f'{" strong" if index == 0 else ""}">{title}{escape(shown)}</text>')
        x = float(label_w)
        for status in order:
            count = counts.get(status, 0)
            if not count:
                continue
            w = count / most * bar_w
            out.append(f'<rect x="{_n(x)}" y="{y}" width="{_n(w)}" height="{row_h}" fill="{STATUS_COLOURS[status]}">'
                       f'<title>{escape(words[status])} {count}</title></rect>')
            if w >= 16:
                out.append(f'<text x="{_n(x + w / 2)}" y="{_n(y + row_h * 0.7)}" text-anchor="middle" font-size="11" fill="#fff" class="count">'
                           f'{count}</text>')
            x += w
        parts = "".join(f'<tspan fill="{STATUS_COLOURS[status]}">{counts[status]}</tspan> · '
                        for status in order if counts.get(status))
        out.append(f'<text x="{_n(label_w + bar_w + 8)}" y="{_n(y + row_h * 0.7)}" font-size="12" class="label">'
                   f'{parts}<tspan font-weight="700">{sum(counts.values())}</tspan></text>')
    y = len(rows) * (row_h + gap) + 12
    x = float(label_w)
    for status in order:
        out.append(f'<rect x="{_n(x)}" y="{y}" width="12" height="12" fill="{STATUS_COLOURS[status]}"/>')
        out.append(f'<text x="{_n(x + 16)}" y="{y + 11}" font-size="12" class="label">{escape(words[status])}</text>')
        x += 24 + len(words[status]) * 11
    out.append("</svg>")
    return Markup("".join(out))
