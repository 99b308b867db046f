"""The index cache: fresh answers only, rebuilt when stale, corrupt or foreign; atomic; optional."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

import cfacts
import cfacts.index.indexer
from cfacts.index.cache import cache_path, open_store
from cfacts.index.store import SqliteStore
from conftest import MINIMAL, ROOT


def _index(facts_file: Path) -> Path:
    """The index file for a fact base (the tests' XDG_CACHE_HOME always gives one)."""
    index = cache_path(facts_file)
    assert index is not None
    return index


@pytest.fixture
def facts_file(write_facts: Callable[..., Path]) -> Path:
    return write_facts(MINIMAL)


def test_first_open_builds_the_index_and_the_second_only_reads_it(
    facts_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert isinstance(open_store(facts_file), SqliteStore)
    assert _index(facts_file).is_file()

    def no_update(*args: object) -> None:
        raise AssertionError("a fresh index was rebuilt")

    monkeypatch.setattr(cfacts.index.indexer, "update", no_update)
    assert isinstance(open_store(facts_file), SqliteStore)


def test_index_answers_like_memory(invoke: Callable[..., Result]) -> None:
    for args in (["who", "Liu Hua"], ["org", "CAVCA"], ["event", "Chengdu"], ["stat"],
                 ["search", "karaoke"], ["sources"], ["who", "Zhou"]):  # fmt: skip
        cold = invoke("--no-cache", *args, "--json").stdout
        invoke(*args, "--json")  # builds the index if needed
        warm = invoke(*args, "--json").stdout
        assert json.loads(warm) == json.loads(cold), args


def test_stale_index_never_answers(facts_file: Path, invoke: Callable[..., Result]) -> None:
    first = json.loads(invoke("--facts", str(facts_file), "who", "Jane Roe", "--json").stdout)
    assert first["results"][0]["name"] == "Jane Roe"
    stat = facts_file.stat()
    # Same size and same modification time: only the content hash can tell.
    facts_file.write_text(MINIMAL.replace("Jane Roe", "Joan Doe"))
    os.utime(facts_file, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert facts_file.stat().st_size == stat.st_size
    after = invoke("--facts", str(facts_file), "who", "Joan Doe", "--json")
    assert after.exit_code == 0
    assert json.loads(after.stdout)["results"][0]["name"] == "Joan Doe"


def test_corrupt_index_is_rebuilt_silently(facts_file: Path, invoke: Callable[..., Result]) -> None:
    open_store(facts_file)
    index = _index(facts_file)
    index.write_bytes(b"this is not a database" * 100)
    result = invoke("--facts", str(facts_file), "who", "Jane Roe", "--json")
    assert result.exit_code == 0
    assert result.stderr == ""
    assert isinstance(open_store(facts_file), SqliteStore)


def test_index_from_another_version_is_not_trusted(facts_file: Path) -> None:
    open_store(facts_file)
    index = _index(facts_file)
    with sqlite3.connect(index) as db:
        db.execute("UPDATE meta SET value = '0.0.0' WHERE key = 'cfacts_version'")
    db.close()
    assert isinstance(open_store(facts_file), SqliteStore)  # rebuilt
    with sqlite3.connect(index) as db:
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    db.close()
    assert meta["cfacts_version"] == cfacts.__version__


def test_no_cache_option_and_environment(
    facts_file: Path, invoke: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert invoke("--facts", str(facts_file), "--no-cache", "who", "Jane Roe").exit_code == 0
    assert not _index(facts_file).exists()
    monkeypatch.setenv("CFACTS_NO_CACHE", "1")
    assert invoke("--facts", str(facts_file), "who", "Jane Roe").exit_code == 0
    assert not _index(facts_file).exists()


def test_cache_respects_xdg_cache_home(facts_file: Path, tmp_path: Path) -> None:
    assert str(cache_path(facts_file)).startswith(os.environ["XDG_CACHE_HOME"])


def test_unwritable_cache_still_answers(
    facts_file: Path, invoke: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    result = invoke("--facts", str(facts_file), "who", "Jane Roe")
    assert result.exit_code == 0
    assert result.stderr == ""


def test_concurrent_runs_agree_and_leave_no_temp_files(facts_file: Path) -> None:
    env = {**os.environ}
    cmd = [sys.executable, "-m", "cfacts", "--facts", str(facts_file), "who", "Jane Roe", "--json"]
    procs = [
        subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
        for _ in range(6)
    ]
    outputs = [p.communicate(timeout=60) for p in procs]
    assert all(p.returncode == 0 for p in procs)
    docs = [json.loads(out) for out, _ in outputs]
    assert all(d == docs[0] for d in docs)
    folder = _index(facts_file).parent
    assert [p.name for p in folder.iterdir() if p.name.endswith(".tmp")] == []
    assert isinstance(open_store(facts_file), SqliteStore)


def test_a_warm_lookup_trusts_the_file_status_without_hashing(
    facts_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Size, times, inode and device prove an old file unchanged: no hashing (issue 16)."""
    import cfacts.index.cache as cache

    old = time.time() - 3600
    os.utime(facts_file, (old, old))
    assert isinstance(open_store(facts_file), SqliteStore)

    def no_hash(path: str) -> str:
        raise AssertionError("a file whose status proves it unchanged was hashed")

    monkeypatch.setattr(cache, "_content_hash", no_hash)
    assert isinstance(open_store(facts_file), SqliteStore)


def test_a_file_changed_within_a_tick_of_the_build_is_hashed_again(
    facts_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A racily clean file (modified close to the build) is hashed on every lookup."""
    import cfacts.index.cache as cache

    assert isinstance(open_store(facts_file), SqliteStore)  # just written: racy
    hashed: list[str] = []
    real = cache._content_hash

    def counting(path: str) -> str:
        hashed.append(path)
        return real(path)

    monkeypatch.setattr(cache, "_content_hash", counting)
    assert isinstance(open_store(facts_file), SqliteStore)
    assert hashed == [str(facts_file)]
    assert cache._racy({"mtime_ns": "10"}, {"built_ns": str(10 + cache.RACY_NS)})
    assert not cache._racy({"mtime_ns": "10"}, {"built_ns": str(11 + cache.RACY_NS)})
    assert cache._racy({"mtime_ns": "10"}, {})  # an index without the build time


def test_an_edit_that_restores_size_and_mtime_is_still_seen(facts_file: Path) -> None:
    old = time.time() - 3600
    os.utime(facts_file, (old, old))
    first = open_store(facts_file)
    assert isinstance(first, SqliteStore)
    stat = facts_file.stat()
    facts_file.write_text(MINIMAL.replace("Jane Roe", "Joan Doe"))
    os.utime(facts_file, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # the change time moves on
    store = open_store(facts_file)
    assert [p.name for p in store.all("person")] == ["Joan Doe"]  # type: ignore[attr-defined]
