"""Fortieth round, hostile files in a CI gate: a workbook's second sheet holding a failing value passed over without a
word; Word text hidden by a paragraph or character style, a text box (专栏) and a Symbol-font ≤ inserted as ``w:sym``;
a web page of 100,000 table rows on one source line."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from files import check, draft_of_file, indicator_plan, workbook_of, written

_LITERACY = indicator_plan("居民健康素养水平", "%", "up", "≥25%")
_HEAD = ["地区", "指标", "年份", "数值", "单位"]


def _two_sheets(tmp_path: Path) -> Path:
    """A first sheet of another indicator, and a second holding 居民健康素养水平 2025 21.0%: a fail against ≥25%."""
    return workbook_of({"妇幼": [_HEAD, ["甲市", "婴儿死亡率", 2025, 3.1, "‰"]],
                        "健康素养": [_HEAD, ["甲市", "居民健康素养水平", 2025, 21.0, "%"]],
                        "说明": [["数据来源：统计年鉴"]]}, tmp_path / "data.xlsx")


def test_a_second_sheet_holding_numbers_is_named_not_passed_over(tmp_path: Path) -> None:
    """The second sheet was skipped without a word and the gate passed; it is named, with how to read it (a sheet of
    notes, holding no number, is not)."""
    result = check(written(tmp_path, _LITERACY, "plan.yaml"), _two_sheets(tmp_path), "--format", "json")
    assert "'健康素养'" in result.output and "--sheet '*'" in result.output
    assert "'说明'" not in result.output


def test_validate_names_the_sheet_passed_over(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from checker.cli import main

    result = CliRunner().invoke(main, ["validate", str(_two_sheets(tmp_path)), "--plan",
                                       written(tmp_path, _LITERACY, "plan.yaml")])
    assert "[unread-sheet]" in result.output and "'健康素养'" in result.output


_STYLES = ('<w:style w:type="character" w:customStyle="1" w:styleId="Old"><w:name w:val="Old"/><w:rPr><w:vanish/>'
           '</w:rPr></w:style><w:style w:type="character" w:customStyle="1" w:styleId="OldToo"><w:name w:val="OldToo"/>'
           '<w:basedOn w:val="Old"/></w:style><w:style w:type="paragraph" w:customStyle="1" w:styleId="Draft">'
           '<w:name w:val="Draft"/><w:rPr><w:vanish/></w:rPr></w:style>')


def _docx(path: Path, body: str, styles: str = "") -> Path:
    """A Word file (python-docx's template) whose body is ``body`` (paragraphs' XML), its styles ``styles`` added."""
    import docx

    template = path.with_suffix(".template.docx")
    made = docx.Document()
    made.add_paragraph("PLACEHOLDER")
    made.save(str(template))
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info.filename).decode("utf-8") if info.filename.endswith(".xml") else None
            if info.filename == "word/document.xml":
                data = re.sub(r"<w:p>(?:(?!<w:p>).)*PLACEHOLDER.*?</w:p>", lambda _: body, data, flags=re.S)
            if info.filename == "word/styles.xml" and styles:
                data = data.replace("</w:styles>", styles + "</w:styles>")
            out.writestr(info, data.encode("utf-8") if data is not None else source.read(info.filename))
    return path


def _p(*runs: str, style: str = "") -> str:
    return "<w:p>" + (f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else "") + "".join(runs) + "</w:p>"


def _r(text: str, style: str = "") -> str:
    return (f'<w:r>{f"<w:rPr><w:rStyle w:val={chr(34)}{style}{chr(34)}/></w:rPr>" if style else ""}'
            f'<w:t xml:space="preserve">{text}</w:t></w:r>')


def _sym(code: str, font: str = "Symbol") -> str:
    return f'<w:r><w:sym w:font="{font}" w:char="{code}"/></w:r>'


_TITLE = _p(_r("健康甲市2030规划纲要"))


def test_a_run_hidden_by_its_character_style_is_not_read(tmp_path: Path) -> None:
    """控制在<hidden 5>4‰以下 was drafted 控制在54‰以下 with nothing to review; the style's basedOn chain counts too."""
    body = _TITLE + _p(_r("到2030年，婴儿死亡率控制在"), _r("5", "Old"), _r("4‰以下，人均预期寿命达到"), _r("79", "OldToo"),
                       _r("81岁。"))
    _, targets = draft_of_file(_docx(tmp_path / "plan.docx", body, _STYLES))
    assert ("婴儿死亡率", 2030, "控制在4‰以下") in targets
    assert ("人均预期寿命", 2030, "达到81岁") in targets


def test_a_paragraph_hidden_by_its_style_is_not_read(tmp_path: Path) -> None:
    """An old draft paragraph Word does not show added a target year and an indicator."""
    body = _TITLE + _p(_r("到2025年，婴儿死亡率控制在6‰以下。"), style="Draft") + _p(_r("到2030年，人均预期寿命达到81岁。"))
    draft, targets = draft_of_file(_docx(tmp_path / "plan.docx", body, _STYLES))
    assert targets == {("人均预期寿命", 2030, "达到81岁")}


_BOX = ('<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        '<mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="http://schemas.microsoft.com/office/word/2010/'
        'wordprocessingShape"><w:txbxContent><w:p><w:r><w:t>专栏1 到2030年，居民健康素养水平达到30%以上。</w:t></w:r></w:p>'
        '</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox xmlns:v="urn:schemas-'
        'microsoft-com:vml"><w:txbxContent><w:p><w:r><w:t>专栏1 到2030年，居民健康素养水平达到30%以上。</w:t></w:r></w:p>'
        '</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def test_a_text_box_is_read_once_after_its_paragraph(tmp_path: Path) -> None:
    """A 专栏 drawn as a text box was dropped without a word; read from its mc:Choice, not again from the Fallback."""
    body = _TITLE + _p(_r("到2030年，人均预期寿命达到81岁。")) + _p(_BOX)
    from checker.documents.readers import read_document

    doc = read_document(_docx(tmp_path / "plan.docx", body))
    assert sum("居民健康素养水平" in text for text in doc.lines.values()) == 1
    _, targets = draft_of_file(tmp_path / "plan.docx")
    assert ("居民健康素养水平", 2030, "达到30%以上") in targets


def test_symbol_font_signs_are_read_as_their_signs(tmp_path: Path) -> None:
    """<w:sym w:font="Symbol" w:char="F0A3"/> (≤) vanished: 孕产妇死亡率10/10万 was drafted with no ≤ and no review."""
    body = _TITLE + _p(_r("到2030年，孕产妇死亡率"), _sym("F0A3"), _r("10/10万，人均预期寿命"), _sym("F0B3"), _r("81岁。"))
    _, targets = draft_of_file(_docx(tmp_path / "plan.docx", body))
    assert ("孕产妇死亡率", 2030, "≤10/10万") in targets
    assert ("人均预期寿命", 2030, "≥81岁") in targets


def test_a_sign_of_another_font_is_not_dropped(tmp_path: Path) -> None:
    """A Wingdings sign (no table for it) is no character checker can read: the line says so, not a bare 10/10万."""
    from checker.documents.readers import read_document

    body = _TITLE + _p(_r("到2030年，孕产妇死亡率"), _sym("F0E0", "Wingdings"), _r("10/10万。"))
    doc = read_document(_docx(tmp_path / "plan.docx", body))
    assert "孕产妇死亡率\ufffd10/10万" in "".join(doc.lines.values())


def test_a_one_line_page_of_many_rows_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    """A 100,000-row table on one source line took 197 s and 1.6 GB; its rows count as lines, as Word's do."""
    from checker.documents.readers import read_document
    from checker.errors import CheckerError

    rows = "".join(f"<tr><td>指标{n}</td><td>{n}</td></tr>" for n in range(20_001))
    page = tmp_path / "plan.html"
    page.write_text(f"<html><body><p>到2030年</p><table>{rows}</table></body></html>", encoding="utf-8")
    with pytest.raises(CheckerError, match="20,002 lines"):
        read_document(page)
