"""`checker report` (the inspector's audit report, issue 7) and `checker check --format xlsx`.

The report must be one self-contained HTML file in which every result appears once, with no URL
to fetch, user strings escaped, byte-identical for the same inputs and --generated-at, and the
SHA-256 of every input shown correctly. A browser test renders it in headless Chromium (skipped
when Chromium is not installed) and checks that the page is not blank and logs no console error;
`CHECKER_UPDATE_SCREENSHOT=docs/report-screenshot.png` makes it keep the README's screenshot.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import shutil
import struct
import subprocess
import zlib
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

import checker
from checker.cli import main
from checker.reporters.messages import MESSAGES, placeholders, t
from checker.reporters.html import css_string, generation_time, rules_files

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
GENERATED_AT = "2025-03-31T09:00:00+08:00"

#: every bundled plan that has example data (examples/<plan id>.csv)
PLANS = sorted(path.stem for path in (ROOT / "plans").glob("*.yaml") if (EXAMPLES / f"{path.stem}.csv").exists())


def run(*args: str, env: dict | None = None):
    result = CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)
    return result


def make_report(tmp_path: Path, plan: str, *data: str, name: str = "report.html", extra: tuple = (),
                env: dict | None = None) -> str:
    out = tmp_path / name
    result = run("report", plan, *data, "-o", str(out), *extra, env=env)
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


class Page(HTMLParser):
    """The parts of the report the tests look at: tags with attributes, articles, table rows, text."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.articles: list[dict] = []
        self.rows: list[list[str]] = []
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self.text: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if tag == "article" or (tag == "tr" and "data-status" in attributes):
            self.articles.append(attributes)  # a result: a section of its own, or a row of the n/a table
        if tag == "tr":
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._row is not None and self._cell is not None:
            self._row.append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            self._row = None

    def handle_data(self, data):
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)


# --- every bundled plan ------------------------------------------------------------------------------


@pytest.mark.parametrize("plan_id", PLANS)
def test_every_result_appears_once(plan_id, tmp_path):
    data = str(EXAMPLES / f"{plan_id}.csv")
    text = make_report(tmp_path, plan_id, data, extra=("--generated-at", GENERATED_AT))
    plan = checker.load_plan(plan_id)
    results = checker.evaluate(plan, checker.read_observations(data))
    page = Page(text)
    shown = Counter((a["data-indicator"], int(a["data-target-year"]), int(a["data-plan-line"]), a["data-status"])
                    for a in page.articles)
    expected = Counter((r.indicator, r.target_year, r.evidence["plan"]["line"], r.status) for r in results.results)
    assert shown == expected
    assert max(shown.values()) == 1  # once each
    # an n/a result is a row of the n/a table, never a section of its own (the report prints short)
    assert all(a["data-status"] == "n/a" for tag, a in page.tags if tag == "tr" and "data-status" in a)
    assert not [a for tag, a in page.tags if tag == "article" and a.get("data-status") == "n/a"]
    ids = [attributes["id"] for _, attributes in page.tags if "id" in attributes]
    assert len(ids) == len(set(ids))
    # the summary counts are the results' counts
    for status, count in results.summary.items():
        assert f'<div class="n">{count}</div><div>' in text, status


@pytest.mark.parametrize("plan_id", PLANS)
def test_no_external_resource(plan_id, tmp_path):
    text = make_report(tmp_path, plan_id, str(EXAMPLES / f"{plan_id}.csv"), extra=("--generated-at", GENERATED_AT))
    page = Page(text)
    for tag, attributes in page.tags:
        assert tag not in ("script", "link", "iframe", "object", "embed", "img"), tag
        for name in ("src", "href", "xlink:href", "srcset", "action", "poster", "data"):
            if name in attributes:
                assert attributes[name].startswith("#"), (tag, name, attributes[name])
    assert not re.search(r"https?:|//[a-z0-9.-]+\.[a-z]{2,}/|@import|url\(", text, re.IGNORECASE)


@pytest.mark.parametrize("plan_id", PLANS)
def test_same_generated_at_gives_the_same_bytes(plan_id, tmp_path):
    data = str(EXAMPLES / f"{plan_id}.csv")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = make_report(tmp_path / "a", plan_id, data, extra=("--generated-at", GENERATED_AT))
    second = make_report(tmp_path / "b", plan_id, data, extra=("--generated-at", GENERATED_AT))
    assert first == second
    assert (tmp_path / "a" / "report.html").read_bytes() == (tmp_path / "b" / "report.html").read_bytes()
    # SOURCE_DATE_EPOCH does the same when --generated-at is not given
    env = {"SOURCE_DATE_EPOCH": "1743382800"}
    third = make_report(tmp_path / "a", plan_id, data, name="c.html", env=env)
    fourth = make_report(tmp_path / "b", plan_id, data, name="c.html", env=env)
    assert third == fourth
    assert "2025-03-31T01:00:00+00:00" in third


@pytest.mark.parametrize("plan_id", PLANS)
def test_sha256_shown_matches_the_inputs(plan_id, tmp_path):
    data = EXAMPLES / f"{plan_id}.csv"
    text = make_report(tmp_path, plan_id, str(data), extra=("--generated-at", GENERATED_AT))
    shown = {row[1].split(" ")[0]: row[2] for row in Page(text).rows if len(row) == 3 and re.fullmatch(r"[0-9a-f]{64}", row[2])}

    def digest(path: Path) -> str:
        return hashlib.sha256(path.read_bytes()).hexdigest()

    assert shown[f"plans/{plan_id}.yaml"] == digest(ROOT / "plans" / f"{plan_id}.yaml")
    assert shown[str(data)] == digest(data)
    rules = sorted(path for path in (ROOT / "rules").iterdir() if path.is_file())
    assert rules, "the rules folder has files"
    for path in rules:
        assert shown[f"rules/{path.name}"] == digest(path)
    assert [name for name, _ in rules_files()] == [f"rules/{path.name}" for path in rules]


# --- one plan, in detail ----------------------------------------------------------------------------

PLAN = """\
plan:
  id: evil
  title: {zh: "</style><script>alert('title')</script>规划", en: "Plan <b>bold</b>"}
  region: 甲市
  references: {province: 乙省}
  source: {document: "<script>doc()</script>", file: seed.txt}
  base_year: 2020
  target_years: [2030]
indicators:
  - id: evil_indicator
    name: {zh: "<script>alert(1)</script>指标", en: "<script>alert(2)</script>"}
    domain: "<i>领域</i>"
    unit: "%"
    direction: up
    nature: 约束性
    baseline: {2020: 50}
    targets:
      2030:
        - {text: "≥60", source: {line: 10, quote: "<img src=x onerror=alert(3)>≥60"}}
        - {text: "≤50", source: {line: 11, quote: "≤50"}}
  - id: above_province
    name: {zh: 高于全省, en: Above the province}
    domain: 环境
    unit: "%"
    direction: up
    targets:
      2030: {text: 高于全省平均值, source: {line: 12, quote: 高于全省平均值}}
  - id: formula_like
    name: {zh: "=HYPERLINK(\\"http://x\\")", en: "+SUM(A1)"}
    domain: 环境
    unit: "%"
    direction: up
    targets:
      2030: {text: "-", source: {line: 13, quote: "-"}}
"""

DATA = """\
region,indicator,year,value,unit,note
甲市,evil_indicator,2020,50,%,"<script>alert('note')</script>"
甲市,evil_indicator,2022,55,%,快报数
甲市,evil_indicator,2024,58,%,@SUM(1+1)
甲市,above_province,2024,90,%,"=cmd|' /C calc'!A0"
乙省,above_province,2023,88,%,
乙省,above_province,2024,91,%,
甲市,formula_like,2024,5,%,-2
"""


@pytest.fixture()
def evil(tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text(PLAN, encoding="utf-8")
    data = tmp_path / "data.csv"
    data.write_text(DATA, encoding="utf-8")
    return plan, data


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_user_strings_are_escaped(evil, tmp_path, lang):
    plan, data = evil
    text = make_report(tmp_path, str(plan), str(data),
                       extra=("--lang", lang, "--title", "<script>t()</script>", "--inspector", "<b>李明</b>"))
    assert "<script" not in text.lower()
    assert "<img" not in text.lower() and "<b>" not in text and "<i>" not in text
    assert "&lt;script&gt;" in text
    assert "&lt;b&gt;李明&lt;/b&gt;" in text
    style = text[text.index("<style>"):text.index("</style>")]
    assert "</" not in style[1:] and "<script" not in style  # the running head's title is a CSS-escaped string
    page = Page(text)
    assert not [tag for tag, _ in page.tags if tag in ("script", "img", "b", "i")]
    assert any("<script>alert(1)</script>指标" in chunk or "<script>alert(2)</script>" in chunk for chunk in page.text)


def test_css_string_escapes_what_could_end_the_style():
    value = css_string("a\"b'c\\d</style><script>\n好")
    assert value.startswith('"') and value.endswith('"')
    assert not set(value[1:-1]) & set("\"'<>&\n")
    assert "好" in value and "\\3c " in value and "\\a " in value


def test_report_sections(evil, tmp_path):
    plan, data = evil
    text = make_report(tmp_path, str(plan), str(data), extra=("--generated-at", "2025-01-02", "--inspector", "李明"))
    page = Page(text)
    body = " ".join(page.text)
    # cover: plan, region, version, policy bands, generation time, inspector
    assert "甲市" in body and f"checker {checker.__version__}" in body and "李明" in body
    assert "2025-01-02T00:00:00" in body and "2%" in body
    # the plan's words, the quoted source line, the data cells with file:line:column and notes
    assert "<img src=x onerror=alert(3)>≥60" in body and "原文第 10 行" in body
    assert f"{data}:3:4" in body and "快报数" in body
    # the conflict (≥60 and ≤50 for the same year: they cannot both hold) has its own section, linking both results
    conflicts = text[text.index('id="conflicts"'):text.index('id="not-applicable"')]
    assert conflicts.count('href="#r') == 2 and "≤50" in conflicts
    # n/a with its reason ("-" sets no target)
    na = text[text.index('id="not-applicable"'):text.index('id="appendix"')]
    assert "规划未设定可检查的目标" in na
    # binding first among the fails and warns; the reference region's series is charted
    attention = text[text.index('id="attention"'):text.index('class="by-domain"')]
    assert "约束性" in attention
    assert "乙省" in text[text.index('data-indicator="above_province"'):]
    # methodology appendix and the command that makes the report again
    assert "checker report" in text[text.index('id="appendix"'):] and "--generated-at 2025-01-02T00:00:00" in text


def test_english_report_uses_the_english_catalogue(evil, tmp_path):
    plan, data = evil
    text = make_report(tmp_path, str(plan), str(data), extra=("--lang", "en", "--generated-at", GENERATED_AT))
    assert '<html lang="en">' in text
    for key in ("results.heading", "appendix.heading", "result.cells", "result.rule", "cover.inputs"):
        assert html.escape(t(key, "en"), quote=False) in text
        assert t(key, "zh") not in text


def test_previous_submission_lists_revisions(evil, tmp_path):
    plan, data = evil
    old = tmp_path / "old.csv"
    old.write_text(DATA.replace("甲市,evil_indicator,2020,50", "甲市,evil_indicator,2020,45"), encoding="utf-8")
    text = make_report(tmp_path, str(plan), str(data), extra=("--previous", str(old), "--generated-at", GENERATED_AT))
    section = text[text.index('id="revisions"'):text.index('id="not-applicable"')]
    assert "45%" in section and "50%" in section and f"{old}:2:4" in section
    without = make_report(tmp_path, str(plan), str(data), name="b.html", extra=("--generated-at", GENERATED_AT))
    assert 'id="revisions"' not in without


def test_report_input_errors(evil, tmp_path):
    plan, data = evil
    result = CliRunner().invoke(main, ["report", str(plan), str(data), "-o", str(data)])
    assert result.exit_code == 2 and "one of the input files" in result.output
    result = CliRunner().invoke(main, ["report", str(plan), str(data), "-o", str(tmp_path / "x.html"),
                                       "--generated-at", "yesterday"])
    assert result.exit_code == 2 and "ISO 8601" in result.output
    assert not (tmp_path / "x.html").exists()
    result = CliRunner().invoke(main, ["report", str(plan), "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 2


def test_generation_time():
    assert generation_time("2025-03-31T09:00:00+08:00", {}).text == "2025-03-31T09:00:00+08:00"
    assert generation_time("2025-03-31", {"SOURCE_DATE_EPOCH": "0"}).origin == "option"
    assert generation_time(None, {"SOURCE_DATE_EPOCH": "0"}).text == "1970-01-01T00:00:00+00:00"
    assert generation_time(None, {}).origin == "clock"
    with pytest.raises(checker.CheckerError):
        generation_time(None, {"SOURCE_DATE_EPOCH": "soon"})


def test_message_catalogue_is_complete():
    for key, pair in MESSAGES.items():
        assert len(pair) == 2 and all(pair), key
        names = [set(re.findall(r"{(\w+)", text)) for text in pair]
        assert names[0] == names[1], key
        assert placeholders(key) == names[0]
    used = set()
    for template in (ROOT / "checker" / "reporters" / "templates").glob("*.j2"):
        used |= set(re.findall(r"""\bt\("([^"]+)\"""", template.read_text(encoding="utf-8")))
    for module in ("html.py", "xlsx.py"):
        source = (ROOT / "checker" / "reporters" / module).read_text(encoding="utf-8")
        used |= {key for key in re.findall(r"""\bt\(f?"([^"{]+)\"""", source)}
    assert used and used <= set(MESSAGES), used - set(MESSAGES)


# --- Excel ------------------------------------------------------------------------------------------


def test_xlsx_export_opens_and_formula_like_strings_are_text(evil, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    plan, data = evil
    out = tmp_path / "results.xlsx"
    result = CliRunner().invoke(main, ["check", str(plan), str(data), "--format", "xlsx", "--output", str(out)])
    assert result.exit_code in (0, 1), result.output
    book = openpyxl.load_workbook(out)
    assert len(book.sheetnames) == 4
    results, evidence = book.worksheets[0], book.worksheets[1]
    expected = checker.evaluate(checker.load_plan(plan), checker.read_observations(data))
    assert results.max_row - 1 == len(expected.results)
    formula_like = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@")):
                    formula_like += 1
                    assert cell.data_type == "s", (sheet.title, cell.coordinate, cell.value)
                    assert cell.quotePrefix, (sheet.title, cell.coordinate)
    assert formula_like >= 4  # the name, the English name, the "-" target, the notes
    values = {cell.value for row in evidence.iter_rows() for cell in row}
    assert "=cmd|' /C calc'!A0" in values and "@SUM(1+1)" in values
    import zipfile

    with zipfile.ZipFile(out) as archive:
        sheets = [name for name in archive.namelist() if name.startswith("xl/worksheets/")]
        assert sheets and not any(b"<f>" in archive.read(name) for name in sheets)


def test_xlsx_is_deterministic_and_needs_a_file(tmp_path):
    pytest.importorskip("openpyxl")
    data = str(EXAMPLES / "nanan-2030.csv")
    outputs = []
    for name in ("a.xlsx", "b.xlsx"):
        result = CliRunner().invoke(main, ["check", "nanan-2030", data, "--format", "xlsx", "-o", str(tmp_path / name)])
        assert result.exit_code in (0, 1), result.output
        outputs.append((tmp_path / name).read_bytes())
    assert outputs[0] == outputs[1]
    result = CliRunner().invoke(main, ["check", "nanan-2030", data, "--format", "xlsx"])
    assert result.exit_code == 2 and "--output" in result.output


# --- in a browser ------------------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def png_pixels(data: bytes) -> tuple[int, int, int, bytes]:
    """A tiny PNG decoder (8-bit RGB or RGBA, not interlaced): width, height, channels, raw pixels."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, chunks, header = 8, [], None
    while position < len(data):
        (length,) = struct.unpack(">I", data[position:position + 4])
        kind = data[position + 4:position + 8]
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        position += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, header
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    out = bytearray(height * stride)
    previous = bytearray(stride)
    for row in range(height):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if kind == 1:
            for i in range(channels, stride):
                line[i] = (line[i] + line[i - channels]) & 255
        elif kind == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, previous))
        elif kind == 3:
            for i in range(stride):
                left = line[i - channels] if i >= channels else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 255
        elif kind == 4:
            for i in range(stride):
                a = line[i - channels] if i >= channels else 0
                b = previous[i]
                c = previous[i - channels] if i >= channels else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        out[row * stride:(row + 1) * stride] = line
        previous = line
    return width, height, channels, bytes(out)


def screenshot(page: Path, png: Path, profile: Path) -> str:
    """Render ``page`` in headless Chromium into ``png`` (1280×2000); returns Chromium's log."""
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", "--hide-scrollbars",
               f"--screenshot={png}", "--window-size=1280,2000", page.resolve().as_uri()]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stderr


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium fonts-noto-cjk)")
def test_report_renders_in_headless_chromium(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)  # the data file is shown as the user named it: examples/nanan-2030.csv
    page = tmp_path / "审计报告.html"
    result = run("report", "nanan-2030", "examples/nanan-2030.csv", "-o", str(page),
                 "--generated-at", GENERATED_AT, "--inspector", "李明")
    assert result.exit_code == 0, result.output
    png = tmp_path / "report.png"
    log = screenshot(page, png, tmp_path / "profile")
    assert "Uncaught" not in log and "ERROR:CONSOLE" not in log, log[-2000:]
    width, height, channels, pixels = png_pixels(png.read_bytes())
    assert (width, height) == (1280, 2000)
    # not blank: many pixels differ from the background, and the brightness varies
    step = channels * 7  # every 7th pixel is plenty
    grey = [sum(pixels[i:i + 3]) // 3 for i in range(0, len(pixels), step)]
    background = Counter(grey).most_common(1)[0][0]
    inked = sum(1 for value in grey if abs(value - background) > 40)
    mean = sum(grey) / len(grey)
    variance = sum((value - mean) ** 2 for value in grey) / len(grey)
    assert inked / len(grey) > 0.02, inked / len(grey)
    assert variance > 50, variance
    # the text is drawn: dark pixels (ink) in the top part of the page, where the title and cover are
    top = grey[: len(grey) // 4]
    assert sum(1 for value in top if value < 100) > 200
    keep = os.environ.get("CHECKER_UPDATE_SCREENSHOT")
    if keep:
        shutil.copyfile(png, ROOT / keep)


def test_pdf_through_weasyprint(evil, tmp_path):
    """--pdf writes a PDF next to the HTML (WeasyPrint is an optional extra: skipped without it)."""
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError):
        pytest.skip("WeasyPrint is not installed (pip install 'health-plan-checker[pdf]')")
    plan, data = evil
    out, pdf = tmp_path / "r.html", tmp_path / "r.pdf"
    result = run("report", str(plan), str(data), "-o", str(out), "--pdf", str(pdf), "--generated-at", GENERATED_AT)
    assert result.exit_code == 0, result.output
    assert out.exists() and pdf.read_bytes().startswith(b"%PDF-")


def test_xlsx_is_a_registered_format():
    from checker.cli import CHECK_FORMATS
    from checker.reporters import FORMATS

    assert "xlsx" in FORMATS and "xlsx" in CHECK_FORMATS


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium fonts-noto-cjk)")
def test_report_prints_short(tmp_path, monkeypatch):
    """The bundled Nan'an report (176 targets, 117 of them n/a) printed to A4: 203 pages when every result
    had a page of its own; now n/a results are one table and results share pages (57 when measured)."""
    monkeypatch.chdir(ROOT)
    page, pdf = tmp_path / "report.html", tmp_path / "report.pdf"
    result = run("report", "nanan-2030", "examples/nanan-2030.csv", "-o", str(page), "--generated-at", GENERATED_AT)
    assert result.exit_code == 0, result.output
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={tmp_path / 'profile'}", "--no-pdf-header-footer", f"--print-to-pdf={pdf}",
               page.resolve().as_uri()]
    subprocess.run(command, capture_output=True, timeout=180, stdin=subprocess.DEVNULL, check=True)
    pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf.read_bytes()))  # Chromium writes page objects plainly
    assert 20 <= pages <= 60, pages  # the bound


@pytest.mark.parametrize("plan_id", PLANS)
def test_summary_chart_labels_fit_their_column(plan_id, tmp_path):
    """A long domain (二、普及健康生活（二）1.引导合理膳食) ran off the chart's left edge: each label now fits the
    label column (start and end kept around "…"), and a shortened one carries its whole text as a tooltip."""
    text = make_report(tmp_path, plan_id, str(EXAMPLES / f"{plan_id}.csv"), extra=("--generated-at", GENERATED_AT))
    chart = re.search(r'<svg class="summary-chart"[^>]*>(.*?)</svg>', text, re.S).group(1)
    labels = re.findall(r'<text x="([\d.]+)" y="[\d.]+" text-anchor="end"[^>]*>(?:<title>([^<]*)</title>)?([^<]*)</text>',
                        chart)
    assert labels
    for right_edge, whole, shown in labels:
        shown = html.unescape(shown)
        units = sum(2 if ord(char) > 0x2E7F else 1 for char in shown)
        assert units * 6 <= float(right_edge), shown  # 12px text: a CJK character 12px, any other at most 6.6
        if whole:
            whole = html.unescape(whole)
            head, tail = shown.split("…")
            assert whole.startswith(head) and whole.endswith(tail) and len(whole) > len(shown)
