"""Reads a fact base from disk, validates it strictly and builds the frozen model."""

from __future__ import annotations

import datetime as dt
import math
import os
import re
import stat
import sys
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from cfacts.errors import FactBaseError, Problem
from cfacts.factbase.locate import LineIndex
from cfacts.factbase.model import (
    KIND_CLASSES,
    SPAN_JOINER,
    Evidence,
    FactBase,
    Quantity,
    Record,
    split_spans,
)
from cfacts.factbase.rules import RULES
from cfacts.factbase.schema import (
    DATE_RE,
    EVIDENCE_KEYS,
    FIELDS,
    ID_RE,
    MAX_QUOTE,
    QUALIFIERS,
    QUANTITY_KEYS,
    SCHEMA_VERSION,
    UNITS,
    FieldSpec,
)
from cfacts.sanitize import blank

_SPECS = {kind: {spec.name: spec for spec in specs} for kind, specs in FIELDS.items()}
_TEXT_TYPES = frozenset({"str", "enum", "ref"})
_INVISIBLE_HINT = "it would print as nothing but escapes such as \\u200b; write visible text"

MAX_BYTES = 32 * 1024 * 1024
"""Larger files are refused before parsing, so a runaway file never hangs a lookup."""


class NotRegularFile(OSError):
    """The path names a folder, FIFO, device or socket: only regular files are read."""

    def __init__(self, kind: str) -> None:
        super().__init__(f"is {kind}, not a regular file")
        self.kind = kind


class FileTooLarge(OSError):
    """The file is over the size limit (checked before and while reading)."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"is {size / 1048576:.0f} MiB, over the {limit // 1048576} MiB limit")
        self.size = size
        self.limit = limit


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a plain file"  # pragma: no cover - door, port, whiteout


_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # opening a FIFO swapped in after the check never blocks
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
)
_CHUNK = 1 << 20


def read_regular(path: str | os.PathLike[str], limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, read without ever blocking.

    A folder, FIFO, device or socket is refused before it is opened (NotRegularFile), and
    again after, from the open descriptor, in case one was swapped in meanwhile; a FIFO
    opened non-blocking never waits for a writer, and a device is never read. Raises
    NotRegularFile, FileTooLarge, or the OSError of the failed call.
    """
    mode = os.stat(path).st_mode
    if not stat.S_ISREG(mode):
        raise NotRegularFile(_kind(mode))
    fd = os.open(path, _OPEN_FLAGS)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(_kind(info.st_mode))
        if info.st_size > limit:
            raise FileTooLarge(info.st_size, limit)
        chunks = []
        size = 0
        while chunk := os.read(fd, _CHUNK):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:  # it grew while being read
                raise FileTooLarge(size, limit)
    finally:
        os.close(fd)
    return b"".join(chunks)


def read_text(path: Path) -> str:
    """Read a fact base file as UTF-8 text, turning every I/O failure into a FactBaseError."""
    name = str(path)

    def fail(message: str, hint: str) -> FactBaseError:
        return FactBaseError([Problem(name, message, hint=hint)])

    try:
        raw = read_regular(path, MAX_BYTES)
    except NotRegularFile as exc:
        if exc.kind == "a directory":
            raise fail(
                "is a directory, not a fact base file", "pass the path of facts.toml"
            ) from None
        raise fail(str(exc), "pass the path of a fact base file such as facts.toml") from None
    except FileTooLarge as exc:
        raise fail(f"fact base {exc}", "split or trim the file") from None
    except FileNotFoundError:
        raise fail("no such file", "check the path given by --facts or CFACTS_FACTS") from None
    except PermissionError:
        raise fail("permission denied", "make the file readable") from None
    except OSError as exc:
        raise fail(f"cannot read: {exc.strerror or exc}", "check the path") from None
    return decode(raw, name)


def decode(raw: bytes, name: str) -> str:
    """A fact base's bytes as text: UTF-8 without a byte-order mark, not empty."""

    def fail(message: str, hint: str) -> FactBaseError:
        return FactBaseError([Problem(name, message, hint=hint)])

    if raw.startswith(b"\xef\xbb\xbf"):
        raise fail("starts with a UTF-8 byte-order mark", "save the file as UTF-8 without a BOM")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise FactBaseError(
            [Problem(name, "is not valid UTF-8", line=line, hint="save the file as UTF-8")]
        ) from None
    if not text.strip():
        raise fail("is empty", "a fact base starts with 'schema_version = 1'")
    return text


def parse_toml(text: str, name: str) -> dict[str, Any]:
    """Parse TOML text, reporting a syntax error with its line and column."""
    import tomli

    try:
        return tomli.loads(text)
    except tomli.TOMLDecodeError as exc:
        message = getattr(exc, "msg", str(exc))
        line = getattr(exc, "lineno", None)
        column = getattr(exc, "colno", None)
        raise FactBaseError(
            [Problem(name, f"malformed TOML: {message}", line, column, hint="fix the TOML syntax")]
        ) from None
    except RecursionError as exc:  # the parser's nesting limit (or Python's recursion limit)
        found = re.search(r"(\d+) levels", str(exc))
        limit = int(found.group(1)) if found else None
        line, column, _ = _locate(text, deep=limit) or (None, None, 0)
        deep = f"more than {limit} deep" if limit else "too deep"
        raise FactBaseError(
            [
                Problem(
                    name,
                    f"malformed TOML: arrays or inline tables nested {deep}",
                    line,
                    column,
                    hint="a fact base needs no nesting deeper than a list of tables",
                )
            ]
        ) from None
    except ValueError as exc:  # an integer over Python's digit limit for int("...")
        limit = getattr(sys, "get_int_max_str_digits", lambda: 4300)()
        found = re.search(r"value has (\d+) digits", str(exc))
        line, column, digits = _locate(text, digits=limit) or (
            None,
            None,
            int(found.group(1)) if found else 0,
        )
        raise FactBaseError(
            [
                Problem(
                    name,
                    f"integer of {digits or 'too many'} digits, over the {limit}-digit limit",
                    line,
                    column,
                    hint="a quantity must fit a float, at most 308 digits; fix the number",
                )
            ]
        ) from None


_TOKEN = re.compile(r"""["'#\[\]{}]|[0-9][0-9_]*""")


def _locate(
    text: str, *, deep: int | None = None, digits: int | None = None
) -> tuple[int, int, int] | None:
    """(line, column, digits) of the first array or inline table nested deeper than ``deep``,
    or of the first number longer than ``digits`` digits, outside strings and comments.

    Only called after the parser failed, to say where: it follows TOML's strings closely
    enough for that, not to validate them.
    """
    depth = 0
    pos = 0
    while found := _TOKEN.search(text, pos):
        token, start, pos = found.group(), found.start(), found.end()
        if token in "[{":
            depth += 1
            if deep is not None and depth > deep:
                return (*_line_col(text, start), 0)
        elif token in "]}":
            depth = max(depth - 1, 0)
        elif token == "#":
            end = text.find("\n", pos)
            pos = len(text) if end < 0 else end
        elif token in "\"'":
            pos = _string_end(text, start)
        elif digits is not None and len(token.replace("_", "")) > digits:
            return (*_line_col(text, start), len(token.replace("_", "")))
    return None


def _line_col(text: str, index: int) -> tuple[int, int]:
    return text.count("\n", 0, index) + 1, index - text.rfind("\n", 0, index)


def _string_end(text: str, start: int) -> int:
    """The index just past the string that opens at ``start`` (or the end of the text)."""
    quote = text[start]
    delimiter = quote * 3 if text.startswith(quote * 3, start) else quote
    pos = start + len(delimiter)
    while True:
        end = text.find(delimiter, pos)
        if end < 0:
            return len(text)
        if len(delimiter) == 1 and "\n" in text[pos:end]:  # an unclosed one-line string
            return text.index("\n", pos)
        backslashes = 0
        while quote == '"' and text[end - 1 - backslashes] == "\\":
            backslashes += 1
        if backslashes % 2 == 0:
            return end + len(delimiter)
        pos = end + 1


def load(path: Path) -> FactBase:
    """Read, parse and validate the fact base at ``path``."""
    return load_text(read_text(path), str(path))


def load_bytes(raw: bytes, name: str) -> FactBase:
    """Parse and validate a fact base already read (the exact bytes an index is built from)."""
    return load_text(decode(raw, name), name)


def load_text(text: str, name: str) -> FactBase:
    """Parse and validate a fact base's text."""
    return build(parse_toml(text, name), text, name)


def build(data: Mapping[str, Any], text: str, name: str) -> FactBase:
    """Validate parsed TOML data and build the model; raise with every problem found."""
    return _Builder(data, LineIndex(text), name).run()


def build_records(data: Mapping[str, Any], name: str) -> dict[str, dict[str, Record]]:
    """Validate a parsed fragment of a fact base on its own and build its records.

    The fragment's records are checked as `build` checks them, and against each other, but
    not against records outside it, and the top level is not checked: the caller checks
    references across fragments. Records get line 0. Raises FactBaseError (without lines) on
    any problem; the caller then asks `load` for the located report.
    """
    builder = _Builder(data, _NoLines(), name)
    for key in data:
        if key not in KIND_CLASSES:
            builder.problem(f"unknown top-level key {key!r}")
    return builder.records()


class _NoLines:
    """Stands in for a LineIndex where lines are not wanted (a fragment checked on its own)."""

    def top_key(self, key: str) -> int | None:
        """No lines."""
        return None

    def record(self, kind: str, index: int) -> int | None:
        """No lines."""
        return None

    def field(self, kind: str, index: int, name: str) -> int | None:
        """No lines."""
        return None


class _Builder:
    """Collects every problem in one pass over the data, then builds the records."""

    def __init__(self, data: Mapping[str, Any], lines: LineIndex | _NoLines, name: str) -> None:
        self.data = data
        self.lines = lines
        self.name = name
        self.problems: list[Problem] = []
        self.ids: dict[str, dict[str, int]] = {kind: {} for kind in KIND_CLASSES}
        self.positions: dict[str, dict[str, int]] = {kind: {} for kind in KIND_CLASSES}

    def problem(
        self,
        message: str,
        *,
        line: int | None = None,
        record: str | None = None,
        hint: str | None = None,
    ) -> None:
        self.problems.append(Problem(self.name, message, line, None, record, hint))

    def run(self) -> FactBase:
        version = self._check_top_level()
        built = self._build()
        if not self.problems:
            self._rules(built, whole=True)
        if self.problems:
            raise FactBaseError(self.problems)
        frozen = {kind: MappingProxyType(records) for kind, records in built.items()}
        return FactBase(self.name, version, MappingProxyType(frozen))

    def records(self) -> dict[str, dict[str, Record]]:
        """Only the per-record checks and the rules among the records at hand."""
        built = self._build()
        if not self.problems:
            self._rules(built, whole=False)
        if self.problems:
            raise FactBaseError(self.problems)
        return built

    def _build(self) -> dict[str, dict[str, Record]]:
        tables = self._collect_tables()
        for kind, items in tables.items():
            for index, item in enumerate(items):
                self._check_id(kind, index, item)
        built: dict[str, dict[str, Record]] = {kind: {} for kind in KIND_CLASSES}
        for kind, items in tables.items():
            for index, item in enumerate(items):
                record = self._record(kind, index, item)
                if record is not None and record.id not in built[kind]:
                    built[kind][record.id] = record
        return built

    # -- top level ---------------------------------------------------------------------------

    def _check_top_level(self) -> int:
        version = self.data.get("schema_version")
        line = self.lines.top_key("schema_version")
        if version is None:
            self.problem(
                "not a cfacts fact base: no schema_version",
                line=1,
                hint=f"start the file with 'schema_version = {SCHEMA_VERSION}'",
            )
        elif type(version) is not int:  # 1.0 == 1, and True == 1: neither is a version
            self.problem(
                f"schema_version must be an integer, not {version!r}",
                line=line,
                hint=f"write 'schema_version = {SCHEMA_VERSION}'",
            )
        elif version != SCHEMA_VERSION:
            self.problem(
                f"unsupported schema_version {version!r}",
                line=line,
                hint=f"this cfacts reads schema_version = {SCHEMA_VERSION}",
            )
        for key in self.data:
            if key != "schema_version" and key not in KIND_CLASSES:
                self.problem(
                    f"unknown top-level key {key!r}",
                    line=self.lines.top_key(key) or self.lines.record(key, 0),
                    hint="record kinds are " + ", ".join(KIND_CLASSES),
                )
        return version if isinstance(version, int) else 0

    def _collect_tables(self) -> dict[str, list[Mapping[str, Any]]]:
        tables: dict[str, list[Mapping[str, Any]]] = {}
        for kind in KIND_CLASSES:
            value = self.data.get(kind)
            if value is None:
                continue
            if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
                self.problem(
                    f"{kind!r} must be an array of tables",
                    line=self.lines.top_key(kind),
                    hint=f"write each record under a [[{kind}]] header",
                )
                continue
            tables[kind] = value
        return tables

    # -- one record --------------------------------------------------------------------------

    def _label(self, kind: str, item: Mapping[str, Any]) -> str:
        rid = item.get("id")
        return f"{kind} {rid}" if isinstance(rid, str) and rid else f"{kind} (no id)"

    def _check_id(self, kind: str, index: int, item: Mapping[str, Any]) -> None:
        rid = item.get("id")
        if not isinstance(rid, str) or not rid:
            self.problem(
                "missing required field 'id'",
                line=self.lines.record(kind, index),
                record=self._label(kind, item),
            )
            return
        if not ID_RE.match(rid):
            self.problem(
                f"malformed id {rid!r}",
                line=self.lines.field(kind, index, "id"),
                record=self._label(kind, item),
                hint="ids are lower-case kebab-case, e.g. 'liu-hua'",
            )
        seen = self.ids[kind]
        if rid in seen:
            self.problem(
                f"duplicate {kind} id {rid!r} (first at line {seen[rid]})",
                line=self.lines.field(kind, index, "id"),
                record=self._label(kind, item),
                hint="ids must be unique within a kind",
            )
        else:
            seen[rid] = self.lines.record(kind, index) or 0
            self.positions[kind][rid] = index

    def _line_of(self, kind: str, record: Record, field: str) -> int | None:
        """The line of a field of a built record (its header line if the field is absent)."""
        index = self.positions[kind].get(record.id)
        return self.lines.field(kind, index, field) if index is not None else record.line

    def _record(self, kind: str, index: int, item: Mapping[str, Any]) -> Record | None:
        specs = _SPECS[kind]
        header = self.lines.record(kind, index)
        before = len(self.problems)
        for key in item:
            if key != "id" and key not in specs:
                self.problem(
                    f"unknown field {key!r}",
                    line=self.lines.field(kind, index, key),
                    record=self._label(kind, item),
                    hint="allowed: " + ", ".join(["id", *specs]),
                )
        values: dict[str, Any] = {}
        for spec in specs.values():
            if spec.name not in item:
                if spec.required:
                    label = self._label(kind, item)
                    self.problem(f"missing required field {spec.name!r}", line=header, record=label)
                continue
            value = item[spec.name]
            if (
                spec.type in _TEXT_TYPES
                and isinstance(value, str)
                and value.strip()
                and not blank(value)
                and (spec.type != "enum" or value in spec.choices)
            ):  # a valid text, as `_convert` returns it (most fields: without its reporter)
                values[spec.name] = value
                continue
            converted = self._convert(spec, value, (kind, index), item)
            if converted is not None:
                values[spec.name] = converted
        if len(self.problems) > before or not isinstance(item.get("id"), str):
            return None
        evidence = []
        if "quote" in values:
            evidence.append(Evidence(values.pop("source", item["id"]), values.pop("quote")))
        evidence.extend(values.pop("also", ()))
        cls = KIND_CLASSES[kind]
        return cls(id=item["id"], evidence=tuple(evidence), line=header or 0, **values)

    def _convert(
        self, spec: FieldSpec, value: Any, where: tuple[str, int], item: Mapping[str, Any]
    ) -> Any:
        def bad(message: str, hint: str | None = None) -> None:
            # Lines (and labels) are made only for problems: finding lines is slow at scale.
            line = self.lines.field(where[0], where[1], spec.name)
            label = self._label(where[0], item)
            self.problem(f"{spec.name}: {message}", line=line, record=label, hint=hint)

        kind = spec.type
        if kind in ("str", "enum", "ref"):
            if not isinstance(value, str) or not value.strip():
                bad("must be a non-empty string")
                return None
            if blank(value):
                bad("has only invisible characters", _INVISIBLE_HINT)
                return None
            if kind == "enum" and value not in spec.choices:
                bad(f"unknown value {value!r}", "one of " + ", ".join(sorted(spec.choices)))
                return None
            return value
        if kind in ("strs", "refs"):
            if not isinstance(value, list) or not all(
                isinstance(v, str) and v.strip() for v in value
            ):
                bad("must be a list of non-empty strings")
                return None
            if any(blank(v) for v in value):
                bad("an entry has only invisible characters", _INVISIBLE_HINT)
                return None
            return tuple(value)
        if kind == "quote":
            return self._quote(value, bad)
        if kind == "date":
            return self._date(value, bad)
        if kind == "quantity":
            return self._quantity(value, bad)
        if kind == "evidence":
            return self._evidence(value, bad)
        raise AssertionError(f"unhandled field type {kind}")  # pragma: no cover

    @staticmethod
    def _quote(value: Any, bad: Any) -> str | None:
        """A quote as the model keeps it: one text, its spans joined by an ellipsis.

        It is written as one text (spans may be joined by ``...`` or ``\u2026``) or as a list
        of texts, one per span; each span is at most MAX_QUOTE characters.
        """
        listed = isinstance(value, list)
        parts = value if listed else [value]
        if not parts or not all(isinstance(part, str) and part.strip() for part in parts):
            bad(
                "must be a non-empty string or a list of them, one per span",
                'write quote = "..." or, for spans apart in the article, quote = ["...", "..."]',
            )
            return None
        if any(blank(part) for part in parts):
            bad("has only invisible characters", _INVISIBLE_HINT)
            return None
        if all(
            len(part) <= MAX_QUOTE and "..." not in part and "\u2026" not in part
            for part in parts
        ):  # one span per part, short enough: the common case, without splitting
            return SPAN_JOINER.join(parts) if listed else str(value)
        spans = [span for part in parts for span in split_spans(part)]
        if not spans:
            bad("has no words besides ellipses", "quote a span of the article")
            return None
        for number, span in enumerate(spans, start=1):
            if len(span) > MAX_QUOTE:
                which = f"span {number} of {len(spans)}" if len(spans) > 1 else "quote"
                bad(
                    f"{which} is {len(span)} characters, over {MAX_QUOTE}",
                    "quote a shorter span, or split it into spans (a list, or '...' between)",
                )
                return None
        return SPAN_JOINER.join(spans)  # "a ... b" is shown as the list ["a", "b"] is

    @staticmethod
    def _date(value: Any, bad: Any) -> str | None:
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value.isoformat()
        if not isinstance(value, str):
            bad("must be a date string 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'")
            return None
        match = DATE_RE.match(value)
        if not match:
            bad(f"malformed date {value!r}", "use 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'")
            return None
        year, month, day = match.groups()
        try:  # a zero year, month or day is impossible, not a missing part
            dt.date(int(year), int(month or 1), int(day or 1))
        except ValueError:
            bad(
                f"impossible date {value!r}",
                "months are 01-12, days as many as the month has, years from 0001",
            )
            return None
        return value

    def _quantity(self, value: Any, bad: Any) -> Quantity | None:
        if not isinstance(value, dict):
            bad("must be an inline table with qualifier, value, unit and as_written")
            return None
        unknown = set(value) - QUANTITY_KEYS
        if unknown:
            keys = ", ".join(sorted(QUANTITY_KEYS))  # a set: sorted, the same in every run
            bad(f"unknown quantity key(s) {sorted(unknown)}", f"use {keys}")
            return None
        qualifier, unit, written = (
            value.get("qualifier"),
            value.get("unit"),
            value.get("as_written"),
        )
        if qualifier not in QUALIFIERS:
            bad(f"unknown qualifier {qualifier!r}", "one of " + ", ".join(sorted(QUALIFIERS)))
            return None
        if unit not in UNITS:
            bad(f"unknown unit {unit!r}", "one of " + ", ".join(sorted(UNITS)))
            return None
        if not isinstance(written, str) or blank(written):
            bad("quantity needs 'as_written', the wording in the article")
            return None
        numbers = {k: value.get(k) for k in ("value", "low", "high") if k in value}
        for key, number in numbers.items():
            if isinstance(number, bool) or not isinstance(number, (int, float)):
                bad(f"quantity {key} must be a number, not {number!r}")
                return None
            try:
                finite = math.isfinite(number)
            except OverflowError:  # an integer beyond any float
                bad(
                    f"quantity {key} is too large for a number ({len(str(abs(number)))} digits)",
                    "a quantity must fit a float, below about 1.8e308; check the digits",
                )
                return None
            if not finite:
                bad(f"quantity {key} must be finite")
                return None
        if qualifier == "range":
            low, high = numbers.get("low"), numbers.get("high")
            if low is None or high is None or "value" in numbers:
                bad("a range needs 'low' and 'high' and no 'value'")
                return None
            if low > high:
                bad(f"range low {low} is greater than high {high}")
                return None
            return Quantity(qualifier, unit, written, None, float(low), float(high))
        if "value" not in numbers or "low" in numbers or "high" in numbers:
            bad(f"a {qualifier!r} quantity needs 'value' (and no 'low'/'high')")
            return None
        number = numbers["value"]
        assert number is not None
        return Quantity(qualifier, unit, written, float(number))

    def _evidence(self, value: Any, bad: Any) -> tuple[Evidence, ...] | None:
        if not isinstance(value, list):
            bad("must be a list of { source = ..., quote = ... } tables")
            return None
        out = []
        for entry in value:
            if not isinstance(entry, dict) or set(entry) != EVIDENCE_KEYS:
                bad("each entry needs exactly 'source' and 'quote'")
                return None
            src = entry["source"]
            if not isinstance(src, str) or not src.strip():
                bad("source must be a non-empty string")
                return None
            quote = self._quote(entry["quote"], bad)
            if quote is None:
                return None
            out.append(Evidence(src, quote))
        return tuple(out)

    # -- rules beyond single fields (factbase/rules.py) -------------------------------------

    def _rules(self, built: Mapping[str, Mapping[str, Record]], *, whole: bool) -> None:
        for rule in RULES:
            if whole or not rule.whole:
                rule.check(built, self._breach)

    def _breach(
        self, kind: str, record: Record, field: str, message: str, hint: str | None = None
    ) -> None:
        self.problem(
            message,
            line=self._line_of(kind, record, field),
            record=f"{kind} {record.id}",
            hint=hint,
        )
