"""The compiled-pattern cache: answers never change with it, and a file we did not write is
never used."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
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
    files = list((cache / "cfacts").glob("patterns-*.json"))
    assert len(files) == 1, files
    return files[0]


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
    kept = json.loads(path.read_text())["patterns"]
    assert 100 < len(kept) <= patterns.MAX_PATTERNS


@CPYTHON_311
def test_each_kept_pattern_is_the_pattern_re_compiles(tmp_path: Path) -> None:
    ask(QUESTIONS[0], tmp_path)
    texts = [*QUESTIONS, "Liu Hua (WIPO) said: “AI” — 7.35% in 2017, 477 million yuan?"]
    for item in json.loads(stored(tmp_path).read_text())["patterns"]:
        entry = patterns._entry(item)
        assert entry is not None
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


@CPYTHON_311
@pytest.mark.parametrize(
    "content",
    [
        "not json at all",
        "[]",
        '{"format": 99, "patterns": []}',
        json.dumps({"format": patterns.FORMAT, "patterns": [[1, 2, 3]]}),
        json.dumps({"format": patterns.FORMAT, "patterns": [["a", 0, 32, 0, {}, [None], [1, 2]]]}),
        json.dumps(  # code the engine would run past its end
            {"format": patterns.FORMAT, "patterns": [["a", 0, 32, 0, {}, [None], [17, 99, 1]]]}
        ),
        json.dumps(  # good code, told it has other groups than it has
            {"format": patterns.FORMAT, "patterns": [[*good_entry()[:3], 5, *good_entry()[4:]]]}
        ),
        json.dumps({"format": patterns.FORMAT, "patterns": [[*good_entry()[:6], [2**40]]]}),
        json.dumps({"format": patterns.FORMAT, "patterns": [good_entry()] * 10_000}),
        "[" * 100_000,
    ],
    ids=[
        "not-json", "not-a-table", "other-format", "short-entry", "bad-code", "overrunning-code",
        "wrong-groups", "huge-number", "too-many", "deep-nesting",
    ],
)  # fmt: skip
def test_a_damaged_or_planted_file_is_not_used(
    tmp_path: Path, content: str, clean: dict[str, tuple[int, str]]
) -> None:
    folder = tmp_path / "cfacts"
    folder.mkdir(mode=0o700)
    path = folder / f"patterns-{patterns._engine()}.json"
    path.write_text(content)
    path.chmod(0o600)
    done = ask(QUESTIONS[0], tmp_path)
    assert (done.returncode, done.stdout) == clean[QUESTIONS[0]]
    assert "Traceback" not in done.stderr
    rewritten = patterns._read(str(path))  # the run wrote a good file in its place
    assert rewritten and all(patterns._compiled(e) is not None for e in rewritten)
    assert len(patterns._usable(str(path))) == len(rewritten) > 100


@CPYTHON_311
def test_a_file_others_may_write_or_a_link_is_not_read(tmp_path: Path) -> None:
    folder = tmp_path / "cfacts"
    folder.mkdir(mode=0o700)
    path = folder / f"patterns-{patterns._engine()}.json"
    path.write_text(json.dumps({"format": patterns.FORMAT, "patterns": [good_entry()]}))
    path.chmod(0o600)
    assert len(patterns._read(str(path))) == 1
    path.chmod(0o666)
    assert patterns._read(str(path)) == []
    path.chmod(0o600)
    link = folder / "link.json"
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
    kept = json.loads(path.read_text())["patterns"]
    full = kept + [good_entry(rf"x{n}(y)") for n in range(patterns.MAX_PATTERNS - len(kept))]
    path.write_text(json.dumps({"format": patterns.FORMAT, "patterns": full}))
    before = path.stat().st_mtime_ns
    done = ask(QUESTIONS[3], tmp_path)  # compiles patterns the file does not hold
    assert done.returncode == 0
    assert path.stat().st_mtime_ns == before
