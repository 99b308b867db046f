"""The on-disk index cache: keyed by the fact base's path, size, mtime and content hash.

The cache lives in ``$XDG_CACHE_HOME/cfacts`` (default ``~/.cache/cfacts``), one SQLite file per
fact base path. It is written to a temporary file and renamed into place, so concurrent runs
never see a half-written index. An index from another cfacts version, for another file state, or
that SQLite cannot read is never trusted: it is rebuilt silently. ``--no-cache`` or
``CFACTS_NO_CACHE=1`` bypasses it.
"""

from __future__ import annotations

import os
import sqlite3
from typing import TYPE_CHECKING

from cfacts import __version__
from cfacts.schema_version import SCHEMA_VERSION
from cfacts.store import MemoryStore, SqliteStore, Store, write_index

try:  # the built-in BLAKE2: `hashlib` would load OpenSSL, about 4 ms of every run
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

if TYPE_CHECKING:
    from pathlib import Path

# Paths are plain strings inside: `pathlib` costs about 4 ms of start-up (see `paths`).

NO_CACHE_ENV = "CFACTS_NO_CACHE"
INDEX_FORMAT = "5"


def cache_disabled() -> bool:
    """Whether the environment turns the cache off."""
    return os.environ.get(NO_CACHE_ENV, "").strip().lower() not in ("", "0", "false", "no")


def _cache_dir() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "cfacts")


def _index_file(facts_path: str) -> str:
    digest = blake2b(os.path.realpath(facts_path).encode(), digest_size=10).hexdigest()
    return os.path.join(_cache_dir(), f"{digest}.sqlite")


def cache_dir() -> Path:
    """The folder that holds cfacts' indexes."""
    from pathlib import Path

    return Path(_cache_dir())


def cache_path(facts_path: str | os.PathLike[str]) -> Path:
    """The index file for one fact base path."""
    from pathlib import Path

    return Path(_index_file(os.fspath(facts_path)))


def _fingerprint(facts_path: str) -> dict[str, str]:
    stat = os.stat(facts_path)
    return {
        "cfacts_version": __version__,
        "index_format": INDEX_FORMAT,
        "schema_version": str(SCHEMA_VERSION),
        "path": os.path.realpath(facts_path),
        "size": str(stat.st_size),
        "mtime_ns": str(stat.st_mtime_ns),
    }


def _content_hash(facts_path: str) -> str:
    """BLAKE2b of the file, read through mmap (no copy; about 36 ms for 28 MiB)."""
    import mmap

    with open(facts_path, "rb") as handle:
        try:
            with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as view:
                return blake2b(view).hexdigest()
        except (ValueError, OSError):  # empty files and files that cannot be mapped
            return blake2b(handle.read()).hexdigest()


def _open_cached(index: str, facts_path: str, expected: dict[str, str]) -> Store | None:
    """The cached index if it is readable and matches the file exactly, else None."""
    if not os.path.isfile(index):
        return None
    try:
        db = sqlite3.connect(f"file:{index}?mode=ro", uri=True)
        try:
            meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
            stale = any(meta.get(k) != v for k, v in expected.items())
            if stale or meta.get("content_hash") != _content_hash(facts_path):
                db.close()
                return None
            return SqliteStore(db, facts_path, int(meta["schema_version"]))
        except (sqlite3.Error, KeyError, ValueError):
            db.close()
            return None
    except sqlite3.Error:
        return None


def _temporary(index: str) -> str:
    """An empty file next to the index, to build in and then rename into place."""
    import tempfile

    folder, name = os.path.split(index)
    os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=name, suffix=".tmp", dir=folder)
    os.close(fd)
    return tmp


def _compatible(db: sqlite3.Connection, meta: dict[str, str]) -> bool:
    """Whether an index copied from the cache can be updated for ``meta``'s file state."""
    try:
        old = dict(db.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.Error:
        return False
    same = ("cfacts_version", "index_format", "schema_version", "path", "blocks")
    return all(old.get(key) == meta.get(key) for key in same)


def _build(tmp: str, index: str, data: bytes, name: str, meta: dict[str, str]) -> Store:
    """Update a copy of the old index (or build a new one) in ``tmp``, then rename it into place.

    Raises Unsure when the loader must decide, OSError or sqlite3.Error when the cache
    cannot be written.
    """
    from cfacts.indexer import Reorder, create, update

    for incremental in (True, False) if os.path.isfile(index) else (False,):
        if incremental:
            import shutil

            shutil.copyfile(index, tmp)
        else:
            open(tmp, "wb").close()
        db = sqlite3.connect(tmp, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode = OFF")  # a private file, renamed only when whole
            if incremental and not _compatible(db, meta):
                raise Reorder("an index of another version or layout")
            if not incremental:
                create(db)  # executescript: before BEGIN, as it commits
            db.execute("BEGIN")
            update(db, data, name)
            db.execute("DELETE FROM meta")
            db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
            db.execute("COMMIT")
        except (Reorder, sqlite3.DatabaseError):
            db.close()
            if incremental:  # a corrupt, foreign or reordered index: build a new one
                continue
            raise
        except BaseException:
            db.close()
            raise
        os.replace(tmp, index)
        return SqliteStore(db, name, int(meta["schema_version"]))
    raise AssertionError("unreachable: a new index needs no reordering")  # pragma: no cover


def _write_loaded(index: str, store: MemoryStore, meta: dict[str, str]) -> None:
    """Index a fact base the loader had to read; a cache that cannot be written is skipped."""
    try:
        tmp = _temporary(index)
        try:
            db = sqlite3.connect(tmp)
            try:
                with db:
                    write_index(db, store.facts, meta)
            finally:
                db.close()
            os.replace(tmp, index)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except (OSError, sqlite3.Error):
        pass


def _memory(facts_path: str) -> MemoryStore:
    from pathlib import Path  # parsing and validating: only when the index cannot answer

    from cfacts.loader import load

    return MemoryStore(load(Path(facts_path)))


def open_store(facts_path: str | os.PathLike[str], *, use_cache: bool = True) -> Store:
    """A store for the fact base: the cached index when it is fresh, else update the index.

    Raises FactBaseError (via the loader) when the file is unusable; nothing is written then.
    """
    facts_path = os.fspath(facts_path)
    if not use_cache or cache_disabled() or not os.path.isfile(facts_path):
        return _memory(facts_path)
    try:
        expected = _fingerprint(facts_path)
    except OSError:
        return _memory(facts_path)
    index = _index_file(facts_path)
    cached = _open_cached(index, facts_path, expected)
    if cached is not None:
        return cached
    return _refresh(index, facts_path, expected)


def _refresh(index: str, facts_path: str, expected: dict[str, str]) -> Store:
    """Update the index for a file it does not describe, or let the loader decide."""
    from cfacts.indexer import Unsure
    from cfacts.loader import MAX_BYTES

    try:
        if os.stat(facts_path).st_size > MAX_BYTES:
            return _memory(facts_path)  # reports the size
        with open(facts_path, "rb") as handle:
            data = handle.read()
        if _fingerprint(facts_path) != expected:  # changed while we read it: do not cache
            return _memory(facts_path)
    except OSError:
        return _memory(facts_path)
    meta = {**expected, "content_hash": blake2b(data).hexdigest()}
    try:
        tmp = _temporary(index)
    except OSError:
        return _memory(facts_path)
    try:
        return _build(tmp, index, data, facts_path, {**meta, "blocks": "1"})
    except Unsure:
        store = _memory(facts_path)  # raises FactBaseError with every problem, or succeeds
        _write_loaded(index, store, meta)
        return store
    except (OSError, sqlite3.Error):
        return _memory(facts_path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
