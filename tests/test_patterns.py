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


def written(items: list[list[object]], fmt: int = patterns.FORMAT) -> bytes:
    """A file's bytes holding entries ``[pattern, asked, flags, groups, named, names, code]``
    in the layout `patterns` reads (each code's length in the JSON line, the code after)."""
    head = [[*item[:6], len(item[6])] for item in items]  # type: ignore[arg-type]
    code = array("I", [c for item in items for c in item[6]])  # type: ignore[attr-defined]
    return json.dumps({"format": fmt, "patterns": head}).encode() + b"\n" + code.tobytes()


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
    kept = patterns._read(str(path))
    assert 100 < len(kept) <= patterns.MAX_PATTERNS


@CPYTHON_311
def test_each_kept_pattern_is_the_pattern_re_compiles(tmp_path: Path) -> None:
    ask(QUESTIONS[0], tmp_path)
    texts = [*QUESTIONS, "Liu Hua (WIPO) said: “AI” — 7.35% in 2017, 477 million yuan?"]
    entries = patterns._read(str(stored(tmp_path)))
    assert len(entries) > 100
    for entry in entries:
        kept = patterns._compiled(entry)
        assert kept is not None
        fresh = re.compile(entry[0], entry[1])
        assert (kept.pattern, kept.flags, kept.groups) == (fresh.pattern, fresh.flags, fresh.groups)
        assert kept.groupindex == fresh.groupindex
        for text in texts:
            assert [m.span() for m in kept.finditer(text)] == [
                m.span() for m in fresh.finditer(text)
            ]


def good_entry(text: str = r"(?P<who>\w+) said") -> list[object]:
    entry = patterns._entry_of(text, 0)
    return [entry[0], entry[1], entry[2], entry[3], entry[4], list(entry[5]), entry[6]]


def planted() -> list[tuple[str, bytes]]:
    """Files someone else could have written, each with what is wrong with it."""
    good = good_entry()
    return [
        ("not-json", b"not json at all\n"),
        ("not-a-table", b"[]\n"),
        ("other-format", written([], fmt=99)),
        ("short-entry", json.dumps({"format": patterns.FORMAT, "patterns": [[1, 2, 3]]}).encode()
         + b"\n"),
        ("bad-code", written([["a", 0, 32, 0, {}, [None], [1, 2]]])),
        ("overrunning-code", written([["a", 0, 32, 0, {}, [None], [17, 99, 1]]])),
        ("wrong-groups", written([[*good[:3], 5, *good[4:]]])),
        ("huge-number", written([[*good[:6], [2**32 - 1] * 3]])),
        ("too-many", written([good] * (patterns.MAX_PATTERNS + 1))),
        ("code-left-over", written([good]) + b"\0\0\0\0"),
        ("code-cut-short", written([good])[:-4]),
        ("half-a-word", written([good]) + b"\0"),
        ("length-lies", written([good]).replace(b"]]}", b"]]}", 1).replace(
            f", {len(good[6])}]".encode(), f", {len(good[6]) + 1}]".encode(), 1)),  # type: ignore[arg-type]
        ("deep-nesting", b"[" * 100_000 + b"\n"),
    ]  # fmt: skip


@CPYTHON_311
@pytest.mark.parametrize("case", range(14))
def test_a_damaged_or_planted_file_is_not_used(
    tmp_path: Path, case: int, clean: dict[str, tuple[int, str]]
) -> None:
    name, content = planted()[case]
    folder = tmp_path / "cfacts"
    folder.mkdir(mode=0o700)
    path = folder / patterns._file_name()
    path.write_bytes(content)
    path.chmod(0o600)
    assert patterns._usable(str(path)) == [], name
    done = ask(QUESTIONS[0], tmp_path)
    assert (done.returncode, done.stdout) == clean[QUESTIONS[0]], name
    assert "Traceback" not in done.stderr
    rewritten = patterns._read(str(path))  # the run wrote a good file in its place
    assert rewritten and all(patterns._compiled(e) is not None for e in rewritten)
    assert len(patterns._usable(str(path))) == len(rewritten) > 100


def test_every_planted_file_is_a_case() -> None:
    assert len(planted()) == 14


@CPYTHON_311
def test_a_file_others_may_write_or_a_link_is_not_read(tmp_path: Path) -> None:
    folder = tmp_path / "cfacts"
    folder.mkdir(mode=0o700)
    path = folder / patterns._file_name()
    path.write_bytes(written([good_entry()]))
    path.chmod(0o600)
    assert len(patterns._read(str(path))) == 1
    path.chmod(0o666)
    assert patterns._read(str(path)) == []
    path.chmod(0o600)
    link = folder / "link.bin"
    link.symlink_to(path)
    assert patterns._read(str(link)) == []
    folder.chmod(0o777)
    try:
        assert patterns._read(str(path)) == []
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
    kept = [[*e[:5], list(e[5]), e[6]] for e in patterns._read(str(path))]
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
