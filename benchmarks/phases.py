"""Time each phase of building a new index in one process, by wrapping the indexer's own steps.

    python benchmarks/phases.py FACTS.toml [--workers N] [--profile N]

Builds an index of the file in a temporary folder exactly as a first lookup does
(`indexer.update` on an empty file with the journal off) and prints the wall time spent in
each wrapped step, the rest of the build, and this process's CPU. With ``--workers 2`` the
per-record steps run in the workers and are not seen here: the printed steps are then this
process's share. ``--profile N`` prints cProfile's N most expensive functions (by own time) as
well; the profile slows the Python steps down about twofold.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import resource
import sqlite3
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from cfacts.index import cache, indexer, writer

SPENT: dict[str, float] = defaultdict(float)
DEPTH = [0]  # wrapped steps under way: statements inside them count as theirs


def timed(owner: Any, name: str, label: str) -> None:
    """Replace ``owner.name`` by a wrapper that adds its wall time to SPENT[label]."""
    real: Callable[..., Any] = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        DEPTH[0] += 1
        try:
            return real(*args, **kwargs)
        finally:
            DEPTH[0] -= 1
            SPENT[label] += time.perf_counter() - start

    setattr(owner, name, wrapper)


class Statements:
    """A connection's statements timed by the table they write, or by their first words."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def label(self, sql: str) -> str:
        words = sql.split()
        if words[:2] == ["INSERT", "INTO"] or words[:3] == ["INSERT", "OR", "IGNORE"]:
            table = words[words.index("INTO") + 1]
            return f"sql: insert {table.split('(')[0]}"
        if words[:2] == ["CREATE", "UNIQUE"] or words[:2] == ["CREATE", "INDEX"]:
            return "sql: create index " + words[words.index("ON") - 1]
        return "sql: " + " ".join(words[:2]).lower()

    def execute(self, sql: str, *args: Any) -> Any:
        return self.timed(sql, self.db.execute, sql, *args)

    def executemany(self, sql: str, rows: Any) -> Any:
        return self.timed(sql, self.db.executemany, sql, rows)

    def timed(self, sql: str, run: Callable[..., Any], *args: Any) -> Any:
        if DEPTH[0]:
            return run(*args)
        start = time.perf_counter()
        try:
            return run(*args)
        finally:
            SPENT[self.label(sql)] += time.perf_counter() - start

    def __getattr__(self, name: str) -> Any:
        return getattr(self.db, name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("facts")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--profile", type=int, default=0)
    args = parser.parse_args()
    with open(args.facts, "rb") as file:
        data = file.read()
    for owner, name, label in (
        (indexer, "split", "split into blocks, digests"),
        (indexer, "_toml", "tomli"),
        (indexer, "_check", "cross-record checks"),
        (indexer, "name_statistics", "statistics' organization names"),
        (indexer, "create_indexes", "create indexes"),
    ):
        timed(owner, name, label)
    if args.workers == 1:
        import cfacts.factbase.loader as loader

        timed(loader, "build_records", "validate (loader.build_records)")
        timed(writer.RowWriter, "record", "rows (RowWriter.record)")
        timed(indexer, "batch_image", "rows into a batch's database (batch_image)")
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "index.sqlite")
        db = cache._connect(path)
        db.execute("PRAGMA journal_mode = OFF")
        profile = cProfile.Profile() if args.profile else None
        cpu = time.process_time()
        start = time.perf_counter()
        if profile:
            profile.enable()
        indexer.create(db)
        db.execute("BEGIN")
        indexer.update(Statements(db), data, args.facts, args.workers)  # type: ignore[arg-type]
        commit = time.perf_counter()
        db.execute("COMMIT")
        SPENT["commit"] += time.perf_counter() - commit
        if profile:
            profile.disable()
        total = time.perf_counter() - start
        cpu = time.process_time() - cpu
        size = os.path.getsize(path)
        db.close()
    print(f"{args.facts}: {len(data) / 2**20:.1f} MiB, workers={args.workers}")
    accounted = 0.0
    for label, seconds in sorted(SPENT.items()):
        accounted += seconds
        print(f"  {label:40s} {seconds * 1000:7.0f} ms")
    print(f"  {'(the rest)':40s} {(total - accounted) * 1000:7.0f} ms")
    print(f"  {'total':40s} {total * 1000:7.0f} ms; this process's CPU {cpu * 1000:.0f} ms")
    usage = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"  index {size / 2**20:.1f} MiB; peak RSS {usage.ru_maxrss / 1024:.0f} MiB, "
          f"workers' CPU {(children.ru_utime + children.ru_stime) * 1000:.0f} ms")  # fmt: skip
    if profile:
        pstats.Stats(profile, stream=sys.stdout).sort_stats("tottime").print_stats(args.profile)


if __name__ == "__main__":
    main()
