"""Splits a fact base's bytes into its preamble and one text block per ``[[kind]]`` record.

A block runs from a record's header line to the next header line, so it carries the comments
that follow the record. Each block has a digest of its bytes: an index can tell which records
an edit touched without parsing the others. A block is *plain* when its header is its only line
that starts with ``[``; plain blocks can be parsed many at a time (see `indexer`).

Splitting never decides what the TOML means. A header-like line inside a multi-line string
makes the block before it unterminated, so parsing that block fails and the caller falls back
to parsing the whole file.
"""

from __future__ import annotations

import hashlib
import re
from typing import NamedTuple

_BRACKET_LINE = re.compile(rb"\n[ \t]*\[")  # "\n" first: far faster than "^" with MULTILINE
_HEADER = re.compile(rb"[ \t]*\[\[[ \t]*([A-Za-z0-9_-]+)[ \t]*\]\][ \t]*(?:#[^\r\n]*)?\r?(?:\n|\Z)")


class Block(NamedTuple):
    """One ``[[kind]]`` record's text: ``data[start:end]`` (a tuple: 100,000 are made at once)."""

    kind: str
    start: int
    end: int
    digest: bytes
    plain: bool


def digest(data: bytes | memoryview) -> bytes:
    """The 128-bit BLAKE2b digest that identifies a block's bytes."""
    return hashlib.blake2b(data, digest_size=16).digest()


def _bracket_lines(data: bytes) -> list[int]:
    """Start offsets of the lines whose first non-blank character is ``[``."""
    found = [m.start() + 1 for m in _BRACKET_LINE.finditer(data)]
    if re.match(rb"[ \t]*\[", data):
        found.insert(0, 0)
    return found


def split(data: bytes, *, digests: bool = True) -> tuple[int, list[Block]]:
    """Where the preamble ends, and the blocks in file order (without ``digests``, each
    block's digest is empty: for reading a file once, where no index keeps them)."""
    starts: list[int] = []
    kinds: list[str] = []
    extra: list[int] = []  # bracket lines that are not record headers
    header = _HEADER.match
    names: dict[bytes, str] = {}
    for at in _bracket_lines(data):
        match = header(data, at)
        if match:
            starts.append(at)
            raw = match.group(1)
            kind = names.get(raw)
            if kind is None:
                kind = names[raw] = raw.decode("ascii")
            kinds.append(kind)
        else:
            extra.append(at)
    view = memoryview(data)
    blake2b = hashlib.blake2b
    ends = [*starts[1:], len(data)] if starts else []
    if digests:
        blocks = [
            Block(kind, start, end, blake2b(view[start:end], digest_size=16).digest(), True)
            for kind, start, end in zip(kinds, starts, ends, strict=True)
        ]
    else:
        blocks = [
            Block(kind, start, end, b"", True)
            for kind, start, end in zip(kinds, starts, ends, strict=True)
        ]
    if extra:  # mark the blocks that hold other bracket lines (sub-tables, arrays)
        import bisect

        for at in extra:
            number = bisect.bisect_right(starts, at) - 1
            if number >= 0:
                blocks[number] = blocks[number]._replace(plain=False)
    return (starts[0] if starts else len(data)), blocks
