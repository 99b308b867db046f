"""An index built by worker processes is the same, byte for byte, as one built by one process."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
from pathlib import Path

import pytest

from cfacts.index import indexer, parallel, writer
from cfacts.index.indexer import Unsure, create, update
from conftest import ROOT

REAL = (ROOT / "facts.toml").read_bytes()


def build(path: Path, data: bytes, workers: int, old: bytes | None = None) -> bytes:
    """Build (or, from ``old``'s bytes, update) an index of ``data`` in ``path``; its bytes."""
    if old is not None:
        path.write_bytes(old)
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode = OFF")
        if old is None:
            create(db)
        db.execute("BEGIN")
        update(db, data, "facts.toml", workers)
        db.execute("COMMIT")
        rows = list(db.iterdump())
    finally:
        db.close()
    return "\n".join(rows).encode() + b"\0" + path.read_bytes()


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Many batches, so that both workers get some and their results must be put in order."""
    monkeypatch.setattr(indexer, "BATCH_BYTES", 8 * 1024)


def test_a_parallel_build_equals_a_serial_one(tmp_path: Path) -> None:
    serial = build(tmp_path / "serial.sqlite", REAL, 1)
    assert build(tmp_path / "parallel.sqlite", REAL, 2) == serial
    assert build(tmp_path / "three.sqlite", REAL, 3) == serial


def test_batches_as_rows_give_the_same_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where SQLite databases cannot be serialized (Python 3.10), batches travel as rows."""
    images = build(tmp_path / "images.sqlite", REAL, 2)
    monkeypatch.setattr(writer, "IMAGES", False)
    assert build(tmp_path / "rows.sqlite", REAL, 1) == images
    assert build(tmp_path / "rows2.sqlite", REAL, 2) == images


def test_a_parallel_update_equals_a_serial_one(tmp_path: Path) -> None:
    old = build(tmp_path / "old.sqlite", REAL, 1).split(b"\0", 1)[1]
    middle = REAL.find(b"\n[[person]]", len(REAL) // 2) + 1
    edited = REAL[:middle] + b"# an edit\n" + REAL[middle:] + b"# another\n"
    serial = build(tmp_path / "serial.sqlite", edited, 1, old)
    assert build(tmp_path / "parallel.sqlite", edited, 2, old) == serial


def test_an_invalid_record_found_by_a_worker_leaves_it_to_the_loader(tmp_path: Path) -> None:
    bad = REAL.replace(b'\nid = "liu-hua"\n', b'\nid = "Liu Hua"\n', 1)
    assert bad != REAL
    for workers in (1, 2):
        with pytest.raises(Unsure):
            build(tmp_path / f"bad{workers}.sqlite", bad, workers)
        assert multiprocessing.active_children() == []  # the workers are gone already


def test_a_duplicate_id_in_another_batch_is_left_to_the_loader(tmp_path: Path) -> None:
    start = REAL.index(b"\n[[person]]") + 1
    end = REAL.index(b"\n[[", start) + 1
    again = REAL + b"\n" + REAL[start:end] + b"# the same id again\n"
    for workers in (1, 2):
        with pytest.raises(Unsure, match="duplicate"):
            build(tmp_path / f"again{workers}.sqlite", again, workers)
        assert multiprocessing.active_children() == []


def test_only_a_large_build_starts_workers() -> None:
    assert parallel.workers(parallel.PARALLEL_MIN - 1) == 1
    assert parallel.workers(parallel.PARALLEL_MIN) in (1, *range(2, parallel.MAX_WORKERS + 1))


def test_results_come_back_in_order_and_errors_are_raised_here() -> None:
    assert list(parallel.mapped(abs, range(-50, 0), 2)) == list(range(50, 0, -1))
    with pytest.raises(ValueError, match="invalid literal"):
        list(parallel.mapped(int, ["1", "x", "3"], 2))


def test_workers_only_for_idle_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setattr(os, "getloadavg", lambda: (0.2, 0.0, 0.0))
    assert parallel.workers(parallel.PARALLEL_MIN) == 2
    monkeypatch.setattr(os, "getloadavg", lambda: (1.1, 0.0, 0.0))
    assert parallel.workers(parallel.PARALLEL_MIN) == 1
    monkeypatch.setenv(parallel.WORKERS_ENV, "2")
    assert parallel.workers(parallel.PARALLEL_MIN) == 2
    assert parallel.workers(parallel.PARALLEL_MIN - 1) == 1
