"""Issue 18 item 5: the readers behind one protocol, no module reaching into another's private
names, and no import circle between the data modules."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from checker.data import readers
from checker.data.readers import READERS, ColumnarReader, RowReader, Source, WorkbookReader, read_observations

PACKAGE = Path(__file__).resolve().parent.parent / "checker"
EXAMPLE = PACKAGE.parent / "examples" / "nanan-2030.csv"


def _imports(path: Path) -> list[tuple[str, str]]:
    """(module, name) for every ``from checker… import name`` in a module, at any depth."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("checker"):
            found += [(node.module, alias.name) for alias in node.names]
    return found


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_imports_another_modules_private_names(path):
    private = [f"{module}.{name}" for module, name in _imports(path)
               if name.startswith("_") and not name.startswith("__") and module != _module(path)]
    assert not private, private


def test_the_data_modules_import_downwards_only():
    """observations ← matching ← columnar ← readers: a module never imports one above it, even lazily."""
    order = ["checker.data.observations", "checker.data.matching", "checker.data.columnar", "checker.data.readers"]
    for rank, module in enumerate(order):
        path = PACKAGE.parent / (module.replace(".", "/") + ".py")
        above = {imported for imported, _ in _imports(path)} | {
            f"{imported}.{name}" for imported, name in _imports(path)}
        assert not above & set(order[rank + 1:]), (module, above & set(order[rank + 1:]))


def test_every_reader_follows_the_protocol_and_the_row_reader_takes_anything(monkeypatch):
    from checker.data import readers

    monkeypatch.setattr(readers, "COLUMNAR_FROM_BYTES", 8 * 2**20)  # the default, whatever the environment says
    assert [type(reader) for reader in READERS] == [ColumnarReader, WorkbookReader, RowReader]
    paths = (EXAMPLE,)
    assert RowReader().suits(paths) and not WorkbookReader().suits(paths)
    assert not ColumnarReader().suits(paths)  # a small file: rows are quicker
    source = read_observations(EXAMPLE)
    assert isinstance(source, Source)
    assert source.items and source.files[0].path.endswith("nanan-2030.csv")


def test_a_workbook_goes_to_the_workbook_reader(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["地区", "指标", "年份", "数值", "单位"])
    sheet.append(["南安市", "人均预期寿命", 2024, 79.2, "岁"])
    path = tmp_path / "data.xlsx"
    book.save(path)
    assert WorkbookReader().suits((path,)) and not ColumnarReader().suits((path,))
    source = readers.read_observations(path)
    assert isinstance(source, Source) and source.items[0].value == 79.2


def test_the_columnar_reader_hands_on_a_file_it_cannot_read(tmp_path, monkeypatch):
    """A reader that looks closer and declines (Unsuitable) leaves the file to the next reader."""
    monkeypatch.setattr(ColumnarReader, "suits", lambda self, paths: True)

    def declines(self, paths, **options):
        raise readers.Unsuitable("not for columns")

    monkeypatch.setattr(ColumnarReader, "read", declines)
    assert read_observations(EXAMPLE).items
