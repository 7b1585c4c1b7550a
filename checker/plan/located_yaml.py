"""YAML that remembers where every value came from.

PyYAML's composer gives nodes with line and column marks; this module turns them into plain,
JSON-compatible data (mapping keys as strings) plus a table from each document path to its
position, so that an error deep in a plan names its own line, not line 1. It also refuses what
safe loading alone lets through: duplicate keys, custom tags, alias bombs and runaway nesting.
"""

from __future__ import annotations

import datetime
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from checker.digests import sha256
from checker.errors import Location, PlanError
from checker.files import device_kind, open_to_read

#: Limits a user can raise (``checker lint --max-yaml-nodes``); each is far above any real plan.
MAX_NODES = 200_000  # `checker --max-yaml-values`
MAX_DEPTH = 64  # `checker --max-yaml-depth`
MAX_BYTES = 20 * 1024 * 1024  # `checker --max-file-mb`
#: the limits as shipped (the plan cache keys a plan by the limits only where they differ from these)
DEFAULTS = (MAX_BYTES, MAX_NODES, MAX_DEPTH)

_COMPOSER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STANDARD_TAGS = {
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}

Path_ = tuple[str | int, ...]


@dataclass
class Document:
    """Plain data from a YAML file, with the position of every value and mapping key."""

    data: Any
    file: str
    positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    raw: dict[Path_, str] = field(default_factory=dict)
    sha256: str = ""  # of the bytes parsed (a FIFO cannot be read again to learn it)

    def locate(self, path: Path_, key: bool = False) -> Location:
        """The location of ``path`` (or of its key), falling back to the nearest enclosing value."""
        path = tuple(path)
        table = self.key_positions if key and path in self.key_positions else self.positions
        probe = path
        while probe not in table and probe:
            probe = probe[:-1]
            table = self.positions
        line, column = table.get(probe, (1, 1))
        return Location(self.file, line, column, path)


def load(path: str | Path, *, max_nodes: int | None = None, max_depth: int | None = None) -> Document:
    """Read and parse a YAML file; every failure is a located :class:`PlanError`."""
    name = str(path)
    device = device_kind(path)
    if device:
        raise PlanError(f"is {device}, not a plan file", Location(name), hint="name the plan's YAML file")
    try:
        handle = open_to_read(path)
    except FileNotFoundError:
        raise PlanError("file does not exist", Location(name), hint="check the path, or run `checker plans`") from None
    except IsADirectoryError:
        raise PlanError("is a directory, not a plan file", Location(name)) from None
    except PermissionError:
        raise PlanError("permission denied: the file cannot be read", Location(name)) from None
    except OSError as error:
        raise PlanError(f"cannot open: {error.strerror}", Location(name)) from None
    with handle:
        data = handle.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise PlanError(f"larger than {MAX_BYTES / 2**20:g} MB; a plan file is far smaller", Location(name),
                        hint="check the path; for a file you trust, raise the limit with `checker --max-file-mb N …`")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        start = data.rfind(b"\n", 0, error.start) + 1
        column = len(data[start : error.start].decode("utf-8", errors="replace")) + 1  # characters, not bytes
        raise PlanError(
            "not UTF-8 text", Location(name, line, column), hint="save the plan as UTF-8 (without changing its words)"
        ) from None
    document = loads(text, name, max_nodes=max_nodes, max_depth=max_depth)
    document.sha256 = sha256(data).hexdigest()
    return document


def loads(text: str, file: str = "<string>", *, max_nodes: int | None = None, max_depth: int | None = None) -> Document:
    """Parse YAML text; see :func:`load`."""
    max_nodes = MAX_NODES if max_nodes is None else max_nodes
    max_depth = MAX_DEPTH if max_depth is None else max_depth
    try:
        node = yaml.compose(text, Loader=_COMPOSER)
    except yaml.MarkedYAMLError as error:
        raise _syntax_error(error, file, text) from None
    except yaml.reader.ReaderError as error:  # a control character: say where it is
        # the C reader counts bytes, not characters; the first such character is the one it stopped at
        index = text.find(chr(error.character)) if isinstance(error.character, int) else -1
        index = index if index >= 0 else min(error.position, len(text))
        before = text[:index]
        line, column = before.count("\n") + 1, index - (before.rfind("\n") + 1) + 1
        raise PlanError(
            f"character U+{error.character:04X} is not allowed in YAML ({error.reason})",
            Location(file, line, column),
            hint="remove the control character (often left over from copying out of a PDF or spreadsheet)",
        ) from None
    except yaml.YAMLError as error:
        raise PlanError(f"not valid YAML: {error}", Location(file)) from None
    except RecursionError:
        raise PlanError(f"nesting is deeper than YAML parsing allows (limit {max_depth})", Location(file)) from None
    document = Document(None, file)
    if node is None:
        return document
    builder = _Builder(document, max_nodes, max_depth)
    document.data = builder.build(node, (), 0)
    return document


def _syntax_error(error: yaml.MarkedYAMLError, file: str, text: str) -> PlanError:
    mark = error.problem_mark or error.context_mark
    location = Location(file, mark.line + 1, mark.column + 1) if mark else Location(file)
    problem = error.problem or "invalid YAML"
    hint = None
    line_text = text.splitlines()[mark.line] if mark and mark.line < len(text.splitlines()) else ""
    if "\t" in problem or "\t" in line_text[: (mark.column + 1 if mark else 0)]:
        hint = "YAML indents with spaces; replace the tab characters with spaces"
    elif any(text in problem for text in ("mapping values are not allowed", "expected <block end>", "expected key")):
        hint = "check the indentation of this line against the lines above it, and quote values that contain ': '"
    elif "block scalar" in (error.context or "") or re.search(r":\s+[>|]\S", line_text):
        # text: >=65%: a value that opens with > or | starts a YAML block (text: <=4‰ is read as written)
        hint = "a value that starts with > or | opens a YAML block: quote it (text: \">=65%\"), or write ≥ and ≤"
    context = f" ({error.context})" if error.context else ""
    opened = error.context_mark
    if error.context and opened is not None and mark is not None and opened.line != mark.line:
        context = f" ({error.context} started at line {opened.line + 1}, column {opened.column + 1})"
    lines = text.splitlines()
    first = min(opened.line if opened is not None else mark.line, mark.line) if mark else 0
    for number in range(max(first - 1, 0), min(mark.line + 1, len(lines)) if mark else 0):
        key = _FULL_WIDTH_KEY.match(lines[number])
        if key:  # direction： up — typed with a Chinese input method, it is no key to YAML
            location = Location(file, number + 1, key.end())
            hint = f"line {number + 1} has a full-width colon (：) after {key.group(1)!r}: YAML needs ': ' (ASCII)"
            break
    else:
        for number in range(first, min(mark.line + 1, len(lines)) if mark else 0):
            if re.sub(r"'[^']*'", "", lines[number].replace('\\"', "")).count('"') % 2:  # {text: "达到60%}: it runs on
                location = Location(file, number + 1, lines[number].rfind('"') + 1)
                hint = f"the quote (\") opened on line {number + 1} is not closed on it"
                break
    return PlanError(f"YAML syntax error: {problem}{context}", location, hint)


#: a key written with a full-width colon (``direction： up``, ``- id：x``)
_FULL_WIDTH_KEY = re.compile(r"^\s*(?:-\s+)?([A-Za-z_][\w-]*|\d{4})\s*：")


class _Builder:
    def __init__(self, document: Document, max_nodes: int, max_depth: int):
        self.document = document
        self.max_nodes = max_nodes
        self.max_depth = max_depth
        self.count = 0
        self.characters = 0  # of the scalars built, aliases expanded: bounded by the file limit (--max-file-mb)
        self.max_characters = MAX_BYTES
        self.constructor = yaml.constructor.SafeConstructor()

    def _where(self, node: yaml.Node, path: Path_) -> Location:
        return Location(self.document.file, node.start_mark.line + 1, node.start_mark.column + 1, path)

    def build(self, node: yaml.Node, path: Path_, depth: int) -> Any:
        self.count += 1
        if self.count > self.max_nodes:
            raise PlanError(
                f"more than {self.max_nodes} values (after expanding aliases); refusing a possible alias bomb",
                self._where(node, path),
                hint="a real plan has a few thousand values; for a file you trust: `checker --max-yaml-values N …`",
            )
        if depth > self.max_depth:
            raise PlanError(f"nested deeper than {self.max_depth} levels", self._where(node, path),
                            hint="a plan needs fewer than ten levels; for a file you trust: `checker --max-yaml-depth N …`")
        if node.tag not in _STANDARD_TAGS:
            raise PlanError(
                f"YAML tag {node.tag!r} is not allowed; plans hold plain data only", self._where(node, path)
            )
        self.document.positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path, depth)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, index), depth + 1) for index, item in enumerate(node.value)]
        self.document.raw[path] = node.value
        self.characters += len(node.value)
        if self.characters > self.max_characters:
            # one 1 MB quote anchored once and reused by 3,000 targets: 1.4 MB on disk, 3 GB once built
            raise PlanError(
                f"more than {self.max_characters:,} characters of text after expanding aliases (the size a plan "
                "file may have); refusing a possible alias bomb",
                self._where(node, path),
                hint="write repeated text once; for a file you trust: `checker --max-file-mb N …`",
            )
        try:
            value = self.constructor.construct_object(node)
        except yaml.YAMLError as error:
            raise PlanError(f"cannot read value: {getattr(error, 'problem', error)}", self._where(node, path)) from None
        except ValueError:  # an integer of thousands of digits (Python's limit on reading one)
            raise PlanError(f"a number of {len(node.value)} characters is not a value a plan can hold",
                            self._where(node, path)) from None
        if isinstance(value, (datetime.date, datetime.datetime)):
            return node.value
        if isinstance(value, float) and value != value:  # .nan
            raise PlanError("NaN is not a value", self._where(node, path))
        if isinstance(value, (int, float)) and not isinstance(value, bool) and abs(value) > sys.float_info.max:
            # .inf, or an integer past any float: a base value or target so written was dropped as "no value"
            raise PlanError(f"{node.value[:20]}{'…' if len(node.value) > 20 else ''} is not a finite number",
                            self._where(node, path))
        return value

    def _mapping(self, node: yaml.MappingNode, path: Path_, depth: int) -> dict:
        out: dict[str, Any] = {}
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise PlanError("YAML merge keys (<<) are not allowed in plans", self._where(key_node, path))
            if not isinstance(key_node, yaml.ScalarNode):
                raise PlanError("a mapping key must be plain text or a number", self._where(key_node, path))
            key = str(key_node.value)
            line = key_node.start_mark.line + 1
            if key in seen:
                raise PlanError(
                    f"duplicate key {key!r} (first at line {seen[key]})",
                    self._where(key_node, (*path, key)),
                    hint="YAML keeps only the last of two equal keys; merge them or make a list",
                )
            seen[key] = line
            child = (*path, key)
            self.document.key_positions[child] = (line, key_node.start_mark.column + 1)
            out[key] = self.build(value_node, child, depth + 1)
        return out
