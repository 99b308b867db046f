"""The compiled-pattern cache: answers never change with it, and a file we did not write is
never used."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from array import array
from pathlib import Path

import pytest

from cfacts.index import patterns

CPYTHON_311 = pytest.mark.skipif(
    patterns._engine() is None, reason="the engine's code is kept only on CPython 3.11 to 3.13"
)
QUESTIONS = (
    "what did MCSC earn in 2024",
    "who mentioned blockchain",
    "Who runs the WIPO office in Beijing?",
    "how did the gdp share change between 2017 and 2023",
    "is it true liu hua spoke at chengdu in 2021?",
    "who is the CEO of Tencent?",
)


def ask(question: str, cache: Path, *more: str) -> subprocess.CompletedProcess[str]:
    """`cfacts ask --json` through the real entry point, with its own cache folder (``more``:
    options before the command)."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    env.pop("CFACTS_NO_CACHE", None)
    return subprocess.run(
        [sys.executable, "-m", "cfacts", *more, "ask", question, "--json"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )


def stored(cache: Path) -> Path:
    files = list((cache / "cfacts").glob("patterns-*.bin"))
    assert len(files) == 1, files
    return files[0]


def written(
    items: list[tuple[list[object], list[int]]], fmt: int = patterns.FORMAT, **head: int
) -> bytes:
    """A file's bytes holding entries (``[pattern, asked, flags, groups, named]`` and its code
    each) in the layout the module's docstring gives; ``head``: header fields to give instead
    of the true ones. A pattern may be bytes (written as they are), named groups a text (the
    same)."""
    table, text, code = array("I"), b"", array("I")
    for (pattern, asked, flags, groups, named), words in items:
        given = pattern if isinstance(pattern, bytes) else str(pattern).encode()
        described = named.encode() if isinstance(named, str) else json.dumps(named).encode()
        checksum = patterns._sum(pattern, int(asked)) if isinstance(pattern, str) else len(table)  # type: ignore[call-overload]
        text += given
        table.extend((checksum, asked, flags, groups, len(text)))  # type: ignore[arg-type]
        text += described if named else b""
        code.extend(words)
        table.extend((len(text), len(code)))
    fields = {"format": fmt, "count": len(items), "text": len(text), "code": len(code), **head}
    return json.dumps(fields).encode() + b"\n" + table.tobytes() + text + code.tobytes()


def as_item(entry: patterns.Entry) -> tuple[list[object], list[int]]:
    return list(entry[:5]), list(entry[6])


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[int, str]]:
    """Each question's exit code and JSON answered with no pattern cache (``--no-cache``)."""
    cache = tmp_path_factory.mktemp("clean")
    out = {}
    for question in QUESTIONS:
        done = ask(question, cache, "--no-cache")
        out[question] = (done.returncode, done.stdout)
    assert not list((cache / "cfacts").glob("patterns-*")) if (cache / "cfacts").exists() else True
    return out


def entries(path: Path) -> list[patterns.Entry]:
    """Every entry of a file, each checked; none if the file or any entry fails."""
    read = patterns._read(str(path))
    return read.entries() if read is not None else []


@CPYTHON_311
def test_answers_are_the_same_with_the_patterns_kept(
    tmp_path: Path, clean: dict[str, tuple[int, str]]
) -> None:
    for _ in range(2):  # the first run of each writes the file, the second reads it
        for question in QUESTIONS:
            done = ask(question, tmp_path)
            assert (done.returncode, done.stdout) == clean[question], question
            assert "Traceback" not in done.stderr
    path = stored(tmp_path)
    assert path.stat().st_mode & 0o077 == 0  # private, as the index is
    kept = entries(path)
    assert 100 < len(kept) <= patterns.MAX_PATTERNS


@CPYTHON_311
def test_each_kept_pattern_is_the_pattern_re_compiles(tmp_path: Path) -> None:
    ask(QUESTIONS[0], tmp_path)
    texts = [*QUESTIONS, "Liu Hua (WIPO) said: “AI” — 7.35% in 2017, 477 million yuan?"]
    kept_entries = entries(stored(tmp_path))
    assert len(kept_entries) > 100
    for entry in kept_entries:
        kept = patterns._compiled(entry)
        assert kept is not None
        fresh = re.compile(entry[0], entry[1])
        assert (kept.pattern, kept.flags, kept.groups) == (fresh.pattern, fresh.flags, fresh.groups)
        assert kept.groupindex == fresh.groupindex
        for text in texts:
            assert [m.span() for m in kept.finditer(text)] == [
                m.span() for m in fresh.finditer(text)
            ]


PROBE = """
import json, re, sys
from cfacts.index import patterns
held = patterns.load()
from cfacts.cli.main import main
sys.argv = ["cfacts", "ask", sys.argv[1], "--json"]
main()
kept = getattr(re, "_cache2", re._cache)
unheld = patterns._unheld(patterns._state[0][1])
print(json.dumps([held, len(kept.served), len(unheld)]), file=sys.stderr)
"""


@CPYTHON_311
def test_a_run_reads_only_the_entries_its_question_asks_for(tmp_path: Path) -> None:
    for question in QUESTIONS:  # a file of the patterns of several questions
        ask(question, tmp_path)
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    env.pop("CFACTS_NO_CACHE", None)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, QUESTIONS[0]], capture_output=True, text=True, env=env,
        check=False, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    held, served, compiled = json.loads(done.stderr.strip().splitlines()[-1])
    assert 50 < served < held  # the question's own, not the whole file
    assert compiled == 0  # and every one it asked for was there


def test_the_cache_re_looks_in_first_is_the_one_kept() -> None:
    assert patterns._first_cache() == ("_cache2" if sys.version_info >= (3, 12) else "_cache")


def good_entry(text: str = r"(?P<who>\w+) said") -> tuple[list[object], list[int]]:
    return as_item(patterns._entry_of(text, 0))


def asked_after_reading(tmp_path: Path) -> tuple[list[object], list[int]]:
    """The entry for the last pattern `QUESTIONS[0]` compiles, which it asks for after the
    file is read (in a folder of its own)."""
    cache = tmp_path / "first"
    ask(QUESTIONS[0], cache)
    return as_item(entries(stored(cache))[-1])


def planted(asked: tuple[list[object], list[int]]) -> list[tuple[str, bytes]]:
    """Files someone else could have written, each with what is wrong with it: the layout
    (the whole file is not used), or the entry for ``asked``, a pattern the question asks
    for (that entry is not used, and the file is written anew)."""
    good = good_entry()
    (text, asked_flags, flags, groups, _), code = asked
    one = written([good])
    head_end = one.index(b"\n") + 1
    filed = array("I", [patterns._sum(str(text), int(asked_flags))]).tobytes()  # type: ignore[call-overload]
    return [
        ("not-json", b"not json at all\n"),
        ("not-a-table", b"[]\n"),
        ("other-format", written([], fmt=99)),
        ("too-many", written([good], count=patterns.MAX_PATTERNS + 1)),
        ("code-left-over", one + b"\0\0\0\0"),
        ("code-cut-short", one[:-4]),
        ("half-a-word", one + b"\0"),
        ("length-lies", written([good], text=len(one) - head_end)),
        ("deep-nesting", b"[" * 100_000 + b"\n"),
        ("ends-out-of-order", one[:head_end + 16] + array("I", [2**20]).tobytes()
         + one[head_end + 20:]),
        ("one-checksum-twice", written([good, good])),
        ("bad-code", written([([text, asked_flags, flags, groups, {}], [1, 2])])),
        ("overrunning-code", written([([text, asked_flags, flags, groups, {}], [17, 99, 1])])),
        ("huge-number", written([([text, asked_flags, flags, groups, {}], [2**32 - 1] * 3)])),
        ("huge-group-count", written([([text, asked_flags, flags, 2**32 - 1, {}], code)])),
        ("group-not-held", written([([text, asked_flags, flags, 0, {"who": 1}], code)])),
        ("named-not-an-object", written([([text, asked_flags, flags, groups, "[1, 2]"], code)])),
        ("deep-named", written([([text, asked_flags, flags, groups, "[" * 100_000], code)])),
        ("not-utf-8", written([([b"\xff" + str(text).encode(), asked_flags, flags, groups, {}],
                                code)]).replace(array("I", [0]).tobytes(), filed, 1)),
    ]  # fmt: skip


PLANTED = 19
FILE_LEVEL = 11
"""The planted files whose layout is wrong (the first ones): not read at all."""


@CPYTHON_311
@pytest.mark.parametrize("case", range(PLANTED))
def test_a_damaged_or_planted_file_is_not_used(
    tmp_path: Path, case: int, clean: dict[str, tuple[int, str]]
) -> None:
    asked = asked_after_reading(tmp_path)
    name, content = planted(asked)[case]
    folder = tmp_path / "cfacts"
    folder.mkdir(mode=0o700)
    path = folder / patterns._file_name()
    path.write_bytes(content)
    path.chmod(0o600)
    read = patterns._read(str(path))
    if case < FILE_LEVEL:
        assert read is None, name
    else:  # the layout holds; the entry the question asks for does not
        assert read is not None and len(read) == 1, name
        assert read.pattern(str(asked[0][0]), int(asked[0][1])) is None, name  # type: ignore[call-overload]
        assert read.failed and read.entries() == [], name
    done = ask(QUESTIONS[0], tmp_path)
    assert (done.returncode, done.stdout) == clean[QUESTIONS[0]], name
    assert "Traceback" not in done.stderr
    rewritten = entries(path)  # the run wrote a good file in its place
    assert len(rewritten) > 100, name


def test_every_planted_file_is_a_case() -> None:
    good = good_entry()
    assert len(planted(good)) == PLANTED
    assert [n for n, _ in planted(good)].index("bad-code") == FILE_LEVEL


@CPYTHON_311
def test_an_entry_filed_under_another_patterns_checksum_is_not_used(tmp_path: Path) -> None:
    d, code = good_entry()
    path = tmp_path / "p.bin"
    path.write_bytes(written([(d, code)]).replace(  # "b" asked for: the entry is the first's
        array("I", [patterns._sum(str(d[0]), 0)]).tobytes(),
        array("I", [patterns._sum("b", 0)]).tobytes(), 1))  # fmt: skip
    path.chmod(0o600)
    read = patterns._read(str(path))
    assert read is not None
    assert read.pattern("b", 0) is None and not read.failed  # as two with one checksum are
    assert read.pattern(str(d[0]), 0) is None  # and the first is no longer where it was


@CPYTHON_311
def test_a_file_others_may_write_or_a_link_is_not_read(tmp_path: Path) -> None:
    folder = tmp_path / "cfacts"
    folder.mkdir(mode=0o700)
    path = folder / patterns._file_name()
    path.write_bytes(written([good_entry()]))
    path.chmod(0o600)
    assert len(entries(path)) == 1
    path.chmod(0o666)
    assert patterns._read(str(path)) is None
    path.chmod(0o600)
    link = folder / "link.bin"
    link.symlink_to(path)
    assert patterns._read(str(link)) is None
    folder.chmod(0o777)
    try:
        assert patterns._read(str(path)) is None
    finally:
        folder.chmod(0o700)


def test_no_file_is_written_or_read_without_the_cache(tmp_path: Path) -> None:
    done = ask(QUESTIONS[0], tmp_path, "--no-cache")
    assert done.returncode == 0
    assert not (tmp_path / "cfacts").exists() or not list((tmp_path / "cfacts").glob("patterns-*"))
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "CFACTS_NO_CACHE": "1"}
    subprocess.run(
        [sys.executable, "-m", "cfacts", "ask", QUESTIONS[1]], env=env, capture_output=True,
        check=False, timeout=60,
    )  # fmt: skip
    assert not (tmp_path / "cfacts").exists() or not list((tmp_path / "cfacts").glob("patterns-*"))


@CPYTHON_311
def test_a_full_file_is_not_written_again(tmp_path: Path) -> None:
    ask(QUESTIONS[0], tmp_path)
    path = stored(tmp_path)
    kept = [as_item(e) for e in entries(path)]
    full = kept + [good_entry(rf"x{n}(y)") for n in range(patterns.MAX_PATTERNS - len(kept))]
    path.write_bytes(written(full))
    before = path.stat().st_mtime_ns
    done = ask(QUESTIONS[3], tmp_path)  # compiles patterns the file does not hold
    assert done.returncode == 0
    assert path.stat().st_mtime_ns == before


@CPYTHON_311
def test_a_killed_runs_temporary_is_swept_when_the_file_is_written(tmp_path: Path) -> None:
    folder = tmp_path / "cfacts"
    folder.mkdir(mode=0o700)
    left = folder / "patterns-abc123.tmp"
    left.write_bytes(b"half a file")
    old = left.stat().st_mtime - 3600
    os.utime(left, (old, old))
    fresh = folder / "patterns-def456.tmp"  # another run's, still being written
    fresh.write_bytes(b"")
    done = ask(QUESTIONS[0], tmp_path)
    assert done.returncode == 0
    assert not left.exists() and fresh.exists()
    stored(tmp_path)


def test_a_header_longer_than_any_of_ours_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "p.bin"
    padded = b"{" + b" " * 300 + b'"format"'  # valid JSON, longer than any header we write
    path.write_bytes(written([good_entry()]).replace(b'{"format"', padded, 1))
    path.chmod(0o600)
    assert patterns._read(str(path)) is None
    path.write_bytes(written([good_entry()]))
    assert patterns._read(str(path)) is not None


@CPYTHON_311
def test_a_full_file_is_read_by_its_table_alone(tmp_path: Path) -> None:
    """The table of 2,000 entries is what a run reads; an entry's text and code only when its
    pattern is asked for."""
    path = tmp_path / "p.bin"
    path.write_bytes(written([good_entry(rf"x{n}(y)") for n in range(patterns.MAX_PATTERNS)]))
    path.chmod(0o600)
    read = patterns._read(str(path))
    assert read is not None and len(read) == patterns.MAX_PATTERNS
    assert read.pattern("x1999(y)", 0) is not None and not read.failed
    assert read.pattern("x2000(y)", 0) is None
