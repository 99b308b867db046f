"""Compiled regular expressions kept in the cache folder, so that `ask` need not compile them.

Reading a question takes a few hundred regular expressions, and compiling them (Python's `re`
parses and compiles each in pure Python) cost about 20 ms of every `ask`, a quarter of its
run. After an `ask`, the patterns it compiled are written to ``patterns-<python>-<byte
order>.bin`` in the cache folder (`cache`) as the code CPython's regular-expression engine
runs (one line of JSON for the patterns, then their code as 32-bit words); the next `ask`
hands that code to the engine (`_sre.compile`) before it reads the question, and `re` then
finds each pattern already compiled.

The file is trusted as the index is: the folder and the file must be the current user's and
writable by no one else (`cache.check_owned`). Its contents are data, never run as Python: each
entry must have the shapes below, with its groups and their names in agreement, the engine
checks each code it is given ("invalid SRE code" otherwise), and the compiled pattern must
give back the pattern it was stored for. A file that fails any check is not used at all, and
the next `ask` writes a good one. Code the engine accepts is trusted as the index's records
are: the owner and mode checks are what keep other people's files out.

The file is only written or read by CPython 3.11 to 3.13 (the engine's code is CPython's and
changes between versions, so the file is named for the interpreter, its engine's version and
its byte order), and not at all with ``--no-cache`` or ``CFACTS_NO_CACHE=1``. It is written
as the index is: to a temporary file of ours, renamed into place; a killed run's temporary
is swept by the next write.
"""

from __future__ import annotations

import os
import re
import stat
import sys

from cfacts.index.cache import (
    STALE_SECONDS,
    TEMP_SUFFIX,
    Untrusted,
    cache_disabled,
    cache_folder,
    check_folder,
    check_owned,
    make_folder,
)

FORMAT = 2
"""The layout of the file: bumped when an entry's shape changes."""
MAX_PATTERNS = 320
"""At most this many patterns are kept, the first a run compiles first (the ones every
question needs); `re` itself keeps 512 compiled patterns in 3.11."""
MAX_BYTES = 8 << 20
"""A larger file is not read (320 patterns' code is about 400 KB)."""
CODE_BYTES = 4
"""The size of a word of the engine's code (`_sre.CODESIZE`), as the file stores it."""

Entry = tuple[str, int, int, int, dict[str, int], tuple[str | None, ...], list[int]]
"""A pattern, the flags it was asked with, the flags it compiled with, its group count less
one, its named groups, the names by group number and the engine's code."""

_loaded: set[tuple[str, int]] = set()
"""The patterns this run was given from the file (or wrote to it), by pattern and flags."""
_tried: list[str] = []
"""The file this process read, if it read one: it is read once."""


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


def _entry(item: object, code: list[int]) -> Entry | None:
    """One stored entry with its code, if it has every part and each part its type; None
    otherwise (the engine itself checks each word of the code: `_compiled`)."""
    if not isinstance(item, list) or len(item) != 7:
        return None
    pattern, asked, flags, groups, named, names, size = item
    if not (
        isinstance(pattern, str)
        and all(type(x) is int for x in (asked, flags, groups, size))
        and isinstance(named, dict)
        and all(isinstance(k, str) and type(v) is int for k, v in named.items())
        and isinstance(names, list)
        and all(n is None or isinstance(n, str) for n in names)
        and len(names) == groups + 1  # a name (or None) for each group and the whole match
        and all(0 < v <= groups and names[v] == k for k, v in named.items())
        and size == len(code)
    ):
        return None
    return pattern, asked, flags, groups, named, tuple(names), code


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


def _read(path: str) -> list[Entry]:
    """The entries of the file, all checked; none when the file is missing, not ours, or
    any entry fails a check. The file is one line of JSON, the entries without their code
    (the length of each instead), then every entry's code in turn as 32-bit words."""
    import json
    from array import array

    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return []
    try:
        with os.fdopen(fd, "rb") as file:
            check_folder(os.path.dirname(path))
            info = os.fstat(file.fileno())
            check_owned(path, info, "pattern cache")
            if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_BYTES:
                return []
            data = file.read()
        head, _, body = data.partition(b"\n")
        document = json.loads(head)
        words = array("I")
        words.frombytes(body)  # ValueError unless whole words
    except (OSError, ValueError, RecursionError, Untrusted):
        return []
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        return []
    items = document.get("patterns")
    if not isinstance(items, list) or len(items) > MAX_PATTERNS or words.itemsize != CODE_BYTES:
        return []
    entries: list[Entry] = []
    at = 0
    for item in items:
        size = item[-1] if isinstance(item, list) and item and type(item[-1]) is int else -1
        if size < 0 or at + size > len(words):
            return []
        entry = _entry(item, words[at : at + size].tolist())
        if entry is None:
            return []
        entries.append(entry)
        at += size
    return entries if at == len(words) else []


def _usable(path: str) -> list[tuple[Entry, re.Pattern[str]]]:
    """Each entry of the file with the pattern the engine compiles from it; none when any
    entry fails a check (the file is then not ours to trust)."""
    found = []
    for entry in _read(path):
        pattern = _compiled(entry)
        if pattern is None:
            return []
        found.append((entry, pattern))
    return found


def load() -> int:
    """Give `re` the patterns a past `ask` compiled, before any is asked for; how many (none
    after the first call in a process: they are compiled there already)."""
    path = _file()
    cache = getattr(re, "_cache", None)
    if path is None or _tried or not isinstance(cache, dict):
        return 0
    _tried.append(path)
    usable = _usable(path)
    for entry, pattern in usable:
        cache.setdefault((str, entry[0], entry[1]), pattern)
        _loaded.add((entry[0], entry[1]))
    return len(usable)


def _compiled_here() -> list[tuple[str, int]]:
    """The patterns `re` holds compiled that the file did not give this run."""
    found = []
    for key in list(getattr(re, "_cache", {})):
        if isinstance(key, tuple) and len(key) == 3 and key[0] is str:
            _, text, asked = key
            if (text, asked) not in _loaded and not asked & re.DEBUG:
                found.append((text, asked))
    return found


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


def save() -> None:
    """Write the file again with the patterns this run compiled after those it holds, when
    the run compiled any the file did not give it and the file has room; nothing on any
    error (it is a cache)."""
    path = _file()
    if path is None:
        return
    new = _compiled_here()
    if not new:
        return
    import json

    try:
        kept = [entry for entry, _ in _usable(path)]  # a file not to trust: written anew
        held = {(e[0], e[1]) for e in kept}
        new = [key for key in new if key not in held][: MAX_PATTERNS - len(kept)]
        _loaded.update(new)  # asked once: not again in this process
        if not new:
            return
        import tempfile  # (only to write: about 3 ms of start-up)

        entries = [*kept, *(_entry_of(text, asked) for text, asked in new)]
        folder = os.path.dirname(path)
        make_folder(folder)
        from array import array

        head = [[*e[:5], list(e[5]), len(e[6])] for e in entries]
        code = array("I", [c for e in entries for c in e[6]])
        from cfacts.tempfiles import register, remove, sweep, unregister

        sweep(folder, "patterns-", TEMP_SUFFIX, STALE_SECONDS)  # a killed run's
        fd, tmp = tempfile.mkstemp(prefix="patterns-", suffix=TEMP_SUFFIX, dir=folder)
        register(tmp)  # removed if this run is interrupted
        try:
            with os.fdopen(fd, "wb") as file:
                file.write(json.dumps({"format": FORMAT, "patterns": head}).encode() + b"\n")
                file.write(code.tobytes())
            os.replace(tmp, path)
            unregister(tmp)
        except BaseException:
            remove(tmp)
            raise
    except (OSError, ValueError, AttributeError, TypeError, Untrusted):  # a cache that
        return  # cannot be written is no error, nor an engine that compiles otherwise
