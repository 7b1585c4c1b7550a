"""How a workbook cell shows what it stores, for both fact readers (.xlsx in :mod:`checker.data.workbooks`, .ods in
:mod:`checker.data.odsfacts`): a stored number at Excel's precision, and a text in parts of which some are raised,
lowered or struck through, written so that the value reader reads what a person sees."""

from __future__ import annotations

import math
import re

_SUPERSCRIPT = str.maketrans("0123456789+-()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁽⁾")


def number_text(value: float) -> str:
    """A stored number as Excel shows it at full precision: 15 significant digits, no float noise."""
    if value != value or value in (float("inf"), float("-inf")):
        return str(value)
    text = f"{value:.15g}"
    return "0" if text == "-0" else text


def scaled_text(number: float, factor: float, before: str = "", after: str = "") -> str:
    """A number a format divides by ``factor`` to show it (``#,##0,`` by 1,000; ``0!.0,"万"`` by 10,000), with the
    words it writes beside it; where it writes none, the magnitude it shows the number in is written after it
    (15237000 under ``#,##0,`` is ``15237千``, as ``0!.0,"万"`` writes ``1523.7万``): a number shown in thousands is
    no figure in the row's 万人, nor in its 人, and the value reader holds it to the row's unit as it holds a 万."""
    shown = number_text(number / factor)
    power = round(math.log10(factor)) if factor > 1 else 0
    if before or after or not power or 10 ** power != factor:
        return f"{before}{shown}{after}"
    from checker.language.units import magnitude_word  # (the units vocabulary, read only where a format scales)
    return f"{shown}{magnitude_word(10 ** power)}"


def shown_runs(parts: list[tuple[str, str]]) -> str | None:
    """A text's parts (kind, text; kind ``plain``, ``superscript``, ``subscript`` or ``struck``) as the cell shows
    them; None where every part is plain. A raised run of digits is a footnote mark, written as the superscripts it is
    (``4¹``, which the value reader takes for a note mark; a raised ``*`` as typed); a lowered one beside a number is
    written ``4<sub>1</sub>``, which no reader takes for a number (joined, 4 and a lowered 1 were 41), and elsewhere
    as typed (PM₂.₅ in a name); a struck one is a figure replaced, ``~~5~~4``, which no reader takes for a number
    either. A run of nothing but space is plain whatever its style."""
    parts = [(kind if text.strip() else "plain", text) for kind, text in parts]
    if all(kind == "plain" for kind, _ in parts):
        return None
    beside_number = re.fullmatch(r"\s*[-+<>≤≥]?\d[\d.,]*\s*%?\s*", "".join(t for k, t in parts if k == "plain")) is not None
    shown = {"struck": lambda t: f"~~{t}~~", "plain": lambda t: t,
             "superscript": lambda t: t.translate(_SUPERSCRIPT) if t.strip().isdigit() else t,
             "subscript": lambda t: f"<sub>{t}</sub>" if beside_number else t}
    return "".join(shown[kind](text) for kind, text in parts)
