"""Compiled regular expressions kept in the cache folder, so that `ask` need not compile them.

Reading a question takes about a hundred of some thousand regular expressions, and compiling
them (Python's `re` parses and compiles each in pure Python) cost about 20 ms of every `ask`,
a quarter of its run. After an `ask`, the patterns it compiled are added to
``patterns-<python>-<byte order>.bin`` in the cache folder (`cache`) as the code CPython's
regular-expression engine runs. The next `ask` reads the file's table of contents before it
reads the question, and `re` then finds each pattern it asks for compiled: the first time a
pattern is asked for, its entry is checked and its code handed to the engine
(`_sre.compile`), so a run pays only for the patterns its question uses.

The file is trusted as the index is: the folder and the file must be the current user's and
writable by no one else (`cache.check_owned`). Its contents are data, never run as Python. A
file whose layout is wrong in any way (its header, its table, the sizes of its parts) is not
used at all. An entry is checked when its pattern is first asked for: it must have the shapes
below, with its groups and their names in agreement; the engine checks its code ("invalid
SRE code" otherwise); and the compiled pattern must give back the pattern asked for. An entry
that fails is not used (`re` compiles the pattern itself), and the run writes a new file from
the patterns it compiled. Code the engine accepts is trusted as the index's records are: the
owner and mode checks are what keep other people's files out.

The file is only written or read by CPython 3.11 to 3.13 (the engine's code is CPython's and
changes between versions, so the file is named for the interpreter, its engine's version and
its byte order), and not at all with ``--no-cache`` or ``CFACTS_NO_CACHE=1``. It is written
as the index is: to a temporary file of ours, renamed into place; a killed run's temporary
is swept by the next write.

Layout: one line of JSON, ``{"format": 5, "count": N, "text": T, "code": C}``; then the table,
seven 32-bit words an entry: a checksum of its pattern and flags, the flags it is asked with,
the flags it compiles with, its group count less one, where its pattern and its named groups
end in the text and where its code ends; then the text, T bytes: each entry's pattern (UTF-8)
followed by its named groups as a JSON object (nothing when it has none); then the code, C
32-bit words.
"""

from __future__ import annotations

import os
import re
import sys
from array import array

from cfacts.index.cache import (
    Untrusted,
    blake2b,
    cache_disabled,
    cache_folder,
    open_owned,
    write_owned,
)

FORMAT = 5
"""The layout of the file: bumped when it changes."""
MAX_PATTERNS = 2000
"""At most this many patterns are kept, the first compiled first. `ask` uses about a thousand
in all (a question about a hundred of them), and questions' own words make a few more."""
MAX_BYTES = 8 << 20
"""A larger file is not read (2,000 patterns' code is about 3 MB)."""
CODE_BYTES = 4
HEAD_MAX = 256
"""The longest first line (the JSON header) read; a longer one is no file of ours."""
"""The size of a word of the engine's code (`_sre.CODESIZE`), as the file stores it."""
TABLE_WORDS = 7
"""The words of the table for each entry: checksum, asked flags, compiled flags, groups less
one, end of its pattern, end of its named groups, end of its code."""

Entry = tuple[str, int, int, int, dict[str, int], tuple[str | None, ...], list[int]]
"""A pattern, the flags it was asked with, the flags it compiled with, its group count less
one, its named groups, the names by group number and the engine's code."""
Key = tuple[str, int]
"""A pattern and the flags it is asked with, as `re` keeps it."""


def _engine() -> str | None:
    """The name of this interpreter and engine version, for the file's name; None where the
    engine's code cannot be kept (not CPython, or older than 3.11)."""
    if sys.implementation.name != "cpython" or not (3, 11) <= sys.version_info < (3, 14):
        return None  # the versions whose engine is fed as `_entry_of` and `_compiled` do
    import _sre  # type: ignore[import-not-found]  # CPython's engine, with no stubs

    return f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"


def _file_name() -> str:
    """The file's name for this interpreter, its engine and its byte order."""
    return f"patterns-{_engine()}-{sys.byteorder}.bin"


def _file() -> str | None:
    """The file for this interpreter in the cache folder; None when there is none to use."""
    folder = cache_folder()
    if _engine() is None or folder is None or cache_disabled():
        return None
    return os.path.join(folder, _file_name())


def _sum(text: str, asked: int) -> int:
    """The table's checksum of a pattern and its flags (a lone surrogate in a pattern is kept):
    BLAKE2, which `cache` has imported already (`binascii`'s CRC would cost 0.4 ms more)."""
    data = f"{asked}:{text}".encode("utf-8", "surrogatepass")
    return int.from_bytes(blake2b(data, digest_size=CODE_BYTES).digest(), "little")


def _named(text: bytes, groups: int) -> dict[str, int] | None:
    """An entry's named groups, each a name and a group number it has; None if they are not."""
    if not text:
        return {}
    import json

    try:
        named = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(named, dict) or not all(
        isinstance(k, str) and type(v) is int and 0 < v <= groups for k, v in named.items()
    ):
        return None
    return named


def _compiled(entry: Entry) -> re.Pattern[str] | None:
    """The pattern an entry holds, compiled by the engine from its code; None if the engine
    refuses the code or what it gives back is not the pattern stored."""
    import _sre

    pattern, _, flags, groups, named, names, code = entry
    try:
        compiled: re.Pattern[str] = _sre.compile(pattern, flags, code, groups, named, names)
    except (RuntimeError, ValueError, TypeError, OverflowError, IndexError):
        return None
    if compiled.pattern != pattern or compiled.groups != groups:
        return None
    if dict(compiled.groupindex) != named:
        return None
    return compiled


class Stored:
    """A file's table and parts, its layout checked; each entry is read and checked only when
    its pattern is asked for (`pattern`)."""

    def __init__(self, table: array[int], fd: int, text_at: int, code_at: int) -> None:
        self.table = table
        self.fd = fd  # read at each entry used: the file may be megabytes, a question uses
        self.text_at = text_at  # a few hundred KB of it
        self.code_at = code_at
        self.rows = {key: row for row, key in enumerate(table[0::TABLE_WORDS])}
        """Each checksum's entry (two entries with one checksum are not read: `_read`)."""
        self.failed = False
        """Whether an entry failed its checks: the file is then written anew."""

    def __len__(self) -> int:
        return len(self.table) // TABLE_WORDS

    def row(self, text: str, asked: int) -> int | None:
        """The entry the table gives for a pattern, if any (its pattern not yet compared)."""
        return self.rows.get(_sum(text, asked))

    def entry(self, row: int) -> Entry | None:
        """The entry in ``row``, read and its parts checked; None if one fails."""
        at = row * TABLE_WORDS
        _, asked, flags, groups, pattern_end, named_end, code_end = self.table[
            at : at + TABLE_WORDS
        ]
        text_start = self.table[at - 2] if row else 0
        code_start = self.table[at - 1] if row else 0
        words = array("I")
        try:
            words.frombytes(self._bytes(self.code_at + code_start * CODE_BYTES,
                                        (code_end - code_start) * CODE_BYTES))  # fmt: skip
            text = self._bytes(self.text_at + text_start, named_end - text_start)
            pattern = text[: pattern_end - text_start].decode("utf-8", "surrogatepass")
        except (OSError, ValueError):  # (UnicodeDecodeError is a ValueError)
            return None
        code = words.tolist()
        if groups > len(code):  # each group is marked in the code: no huge list of names
            return None
        named = _named(text[pattern_end - text_start :], groups)
        if named is None:
            return None
        names: list[str | None] = [None] * (groups + 1)
        for name, number in named.items():
            names[number] = name
        return pattern, asked, flags, groups, named, tuple(names), code

    def _bytes(self, offset: int, size: int) -> bytes:
        """``size`` bytes of the file from ``offset``; ValueError if it holds fewer."""
        found = os.pread(self.fd, size, offset) if size else b""
        if len(found) != size:
            raise ValueError("the file is shorter than its table says")
        return found

    def parts(self) -> tuple[bytes, bytes]:
        """The text and the code as they are, to be written again (`layout`)."""
        text = self._bytes(self.text_at, self.code_at - self.text_at)
        end = self.table[-1] if len(self) else 0
        return text, self._bytes(self.code_at, end * CODE_BYTES)

    def pattern(self, text: str, asked: int) -> re.Pattern[str] | None:
        """The compiled pattern the file holds for ``text`` asked with ``asked``; None when it
        holds none, or its entry fails a check (noted in `failed`)."""
        row = self.row(text, asked)
        if row is None:
            return None
        entry = self.entry(row)
        if entry is None or entry[0] != text or entry[1] != asked:
            self.failed = self.failed or entry is None
            return None  # (another pattern with the same checksum is no failure)
        compiled = _compiled(entry)
        self.failed = self.failed or compiled is None
        return compiled

    def entries(self) -> list[Entry]:
        """Every entry, each checked as `pattern` checks it; none if any fails."""
        found = []
        for row in range(len(self)):
            entry = self.entry(row)
            if entry is None or self.row(entry[0], entry[1]) != row or _compiled(entry) is None:
                return []
            found.append(entry)
        return found


def _read(path: str) -> Stored | None:
    """The file's table, when it is ours and its layout holds together (its entries are read
    when used: `Stored.entry`); None when it is missing, not ours, or anything in its layout
    is wrong."""
    opened = open_owned(path, "pattern cache", MAX_BYTES)
    if opened is None:
        return None
    fd, size = opened
    stored = _table(fd, size)
    if stored is None:
        os.close(fd)
    return stored


def _table(fd: int, size: int) -> Stored | None:
    """The table of the file open as ``fd``, ``size`` bytes long, checked; None if wrong."""
    import json

    try:
        start = os.pread(fd, min(size, HEAD_MAX), 0)
        head, newline, _ = start.partition(b"\n")
        document = json.loads(head) if newline else None
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        return None
    count, text, code = (document.get(name) for name in ("count", "text", "code"))
    if not all(type(n) is int and n >= 0 for n in (count, text, code)):
        return None
    assert isinstance(count, int) and isinstance(text, int) and isinstance(code, int)
    table_at = len(head) + 1
    table_bytes = count * TABLE_WORDS * CODE_BYTES
    if count > MAX_PATTERNS or size != table_at + table_bytes + text + code * CODE_BYTES:
        return None
    table = array("I")
    if table.itemsize != CODE_BYTES:
        return None
    try:
        table.frombytes(os.pread(fd, table_bytes, table_at) if table_bytes else b"")
    except (OSError, ValueError):
        return None
    if len(table) != count * TABLE_WORDS:
        return None
    ends = [0] * (2 * count)  # each pattern's end, then its named groups' end, in turn
    ends[0::2], ends[1::2] = table[4::TABLE_WORDS].tolist(), table[5::TABLE_WORDS].tolist()
    code_ends = table[6::TABLE_WORDS].tolist()
    for found, total in ((ends, text), (code_ends, code)):
        if found != sorted(found) or (found[-1] if found else 0) != total:
            return None
    stored = Stored(table, fd, table_at + table_bytes, table_at + table_bytes + text)
    if len(stored.rows) != count:  # two entries with one checksum: written by no `save`
        return None
    return stored


class _AskingFile(dict[object, object]):
    """`re`'s own cache of compiled patterns, which asks the file for one it does not hold."""

    def __init__(self, held: dict[object, object], stored: Stored) -> None:
        super().__init__(held)
        self.stored = stored
        self.served: set[Key] = set()
        """The patterns the file gave this run."""

    def __missing__(self, key: object) -> object:
        if type(key) is not tuple or len(key) != 3 or key[0] is not str:
            raise KeyError(key)
        _, text, asked = key
        if not isinstance(text, str) or type(asked) is not int:
            raise KeyError(key)
        compiled = self.stored.pattern(text, asked)
        if compiled is None:
            raise KeyError(key)
        self[key] = compiled
        self.served.add((text, asked))
        return compiled


_state: list[tuple[str, Stored | None]] = []
"""The file this process read and what it held, if it read one: it is read once."""


def _first_cache() -> str | None:
    """The name of the dict `re` looks a pattern up in first: ``_cache`` in Python 3.11,
    ``_cache2`` from 3.12; None if `re` keeps no such dict."""
    for name in ("_cache2", "_cache"):
        if isinstance(getattr(re, name, None), dict):
            return name
    return None


def load() -> int:
    """Let `re` find the patterns a past `ask` compiled, before any is asked for; how many the
    file holds (none after the first call in a process)."""
    path = _file()
    name = _first_cache()
    if path is None or _state or name is None:
        return 0
    stored = _read(path)
    _state.append((path, stored))
    if stored is None:
        return 0
    setattr(re, name, _AskingFile(getattr(re, name), stored))
    return len(stored)


def _compiled_here(*, served: bool = False) -> list[Key]:
    """The patterns `re` holds compiled that the file did not give this run (and, with
    ``served``, those it did)."""
    given: set[Key] = set()
    found: dict[Key, None] = {}
    for name in ("_cache", "_cache2"):
        cache = getattr(re, name, None)
        if not isinstance(cache, dict):
            continue
        if isinstance(cache, _AskingFile) and not served:
            given = cache.served
        for key in list(cache):
            if isinstance(key, tuple) and len(key) == 3 and key[0] is str:
                _, text, asked = key
                if isinstance(text, str) and type(asked) is int and not asked & re.DEBUG:
                    found[(text, asked)] = None
    return [key for key in found if key not in given]


def _unheld(read: Stored | None) -> list[Key]:
    """The patterns this run compiled that the file read does not hold (all it compiled,
    when none was read)."""
    if read is None:
        return _compiled_here(served=True)
    return [key for key in _compiled_here() if read.row(*key) is None]


def _entry_of(text: str, asked: int) -> Entry:
    """The entry for a pattern, compiled again the way `re` compiles it (Python 3.11's
    `re._compiler.compile`), keeping the code it hands to the engine."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(text, asked)
    code = [int(c) for c in _compiler._code(parsed, asked)]
    named = {str(k): int(v) for k, v in parsed.state.groupdict.items()}
    names: list[str | None] = [None] * parsed.state.groups
    for name, number in named.items():
        names[number] = name
    flags = int(asked | parsed.state.flags)
    return text, int(asked), flags, parsed.state.groups - 1, named, tuple(names), code


def layout(entries: list[Entry], stored: Stored | None = None) -> bytes:
    """The file's bytes: the entries ``stored`` holds (as they are), then ``entries``, less
    any whose checksum an entry before it has (`re` compiles that pattern itself)."""
    import json

    table = array("I", stored.table) if stored is not None else array("I")
    held_text, held_code = stored.parts() if stored is not None else (b"", b"")
    text = [held_text]
    code = array("I")
    code.frombytes(held_code)
    sums = set(table[0::TABLE_WORDS])
    text_end = sum(map(len, text))
    for pattern, asked, flags, groups, named, _, words in entries:
        checksum = _sum(pattern, asked)
        if checksum in sums:
            continue
        sums.add(checksum)
        written = pattern.encode("utf-8", "surrogatepass")
        described = json.dumps(named).encode() if named else b""
        text += [written, described]
        text_end += len(written) + len(described)
        code.extend(words)
        table.extend((checksum, asked, flags, groups))
        table.extend((text_end - len(described), text_end, len(code)))
    head = {"format": FORMAT, "count": len(sums), "text": text_end, "code": len(code)}
    parts = [json.dumps(head).encode(), b"\n", table.tobytes(), *text, code.tobytes()]
    return b"".join(parts)


def save() -> None:
    """Add the patterns this run compiled to the file, when it compiled any the file does not
    hold and the file has room; write it anew from this run's patterns when it was not usable
    or an entry failed its checks; nothing on any error (it is a cache)."""
    path = _file()
    if path is None:
        return
    read = next((stored for at, stored in _state if at == path), None)
    if read is not None and read.failed:
        read = None  # an entry failed: none of it is kept
    new = _unheld(read)[: MAX_PATTERNS - (len(read) if read is not None else 0)]
    if not new:
        return
    try:
        data = layout([_entry_of(text, asked) for text, asked in new], read)
        write_owned(path, "patterns-", data)
    except (OSError, ValueError, AttributeError, TypeError, Untrusted):  # a cache that
        return  # cannot be written is no error, nor an engine that compiles otherwise
