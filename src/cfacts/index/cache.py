"""The on-disk index cache: trusted only when it is ours, built from the exact bytes it describes.

The cache lives in ``$XDG_CACHE_HOME/cfacts`` (default ``~/.cache/cfacts``; a relative
``XDG_CACHE_HOME`` is ignored, as the XDG spec says, and a cache that would not have an
absolute path is not used), one SQLite file per fact base path. The folder is created 0700.
A folder or index that is not owned by the current user, is writable by group or others, is
not a plain folder or file, or holds tables, indexes, triggers or views that cfacts did not
create is refused: the answer then comes from the file, and the caller is told once (`warn`).
Records are stored as JSON and rebuilt through the model (`codec`), never unpickled.

An index is written to a temporary file and renamed into place, so concurrent runs never see
a half-written index; temporaries left by a killed run are swept on the next build. An index
from another cfacts version, for another file state, or that SQLite cannot read is rebuilt
silently. ``--no-cache`` or ``CFACTS_NO_CACHE=1`` bypasses it.

A lookup that finds no index to update for a large fact base is answered first (`quick`: every
record validated, nothing written), and `index_later` then has a process of its own write the
index, holding a lock next to it so that one build runs at a time.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable

from cfacts import __version__
from cfacts.errors import CfactsError
from cfacts.factbase.schema_version import SCHEMA_VERSION
from cfacts.index import sqlite
from cfacts.index.store import INDEXES_SQL, TABLES_SQL, MemoryStore, SqliteStore, Store

try:  # the built-in BLAKE2 (`patterns` uses it too): `hashlib` would load OpenSSL, about 4 ms
    from _blake2 import blake2b as blake2b  # of every run
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b as blake2b

TYPE_CHECKING = False  # not `typing`'s: importing it costs ~3 ms of start-up

if TYPE_CHECKING:
    from pathlib import Path

# Paths are plain strings inside: `pathlib` costs about 4 ms of start-up (see `paths`).

NO_CACHE_ENV = "CFACTS_NO_CACHE"
INDEX_FORMAT = "11"  # 11: quotes written "a ... b" are kept with the span joiner
CHUNK = 1 << 20
TEMP_SUFFIX = ".tmp"
STALE_SECONDS = 600
"""A temporary of ours this old is left by a killed run (a build at 100k facts takes seconds)."""

ANSWER_FIRST_ENV = "CFACTS_ANSWER_FIRST"
"""1: answer every lookup that may first (`open_store`'s ``first``) before writing its index;
0: never (write it, then answer); unset: by the fact base's size (`ANSWER_FIRST_BYTES`)."""
ANSWER_FIRST_BYTES = 1 << 22
"""A fact base this large (about 14,000 records) with no index to update is answered first:
its index takes a second or more to write, several times what validating it takes."""
LOCK_SUFFIX = ".lock"

Warn = Callable[[str], None]


class Untrusted(CfactsError):
    """The cache folder or an index in it could have been written by someone else."""


def cache_disabled() -> bool:
    """Whether the environment turns the cache off."""
    return os.environ.get(NO_CACHE_ENV, "").strip().lower() not in ("", "0", "false", "no")


def cache_folder() -> str | None:
    """The cache folder's absolute path, or None when there is no safe place for it (a string:
    `cache_dir` without importing pathlib, for `patterns`' start-up)."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):  # unset, empty or relative: ignored (XDG base directory spec)
        home = os.path.expanduser("~")
        if not os.path.isabs(home):  # no HOME and no password entry: never the current folder
            return None
        base = os.path.join(home, ".cache")
    return os.path.join(base, "cfacts")


def _index_file(facts_path: str) -> str | None:
    folder = cache_folder()
    if folder is None:
        return None
    digest = blake2b(os.fsencode(os.path.realpath(facts_path)), digest_size=10).hexdigest()
    return os.path.join(folder, f"{digest}.sqlite")


def cache_dir() -> Path | None:
    """The folder that holds cfacts' indexes (None when no safe place exists)."""
    from pathlib import Path

    folder = cache_folder()
    return None if folder is None else Path(folder)


def cache_path(facts_path: str | os.PathLike[str]) -> Path | None:
    """The index file for one fact base path (None when no safe place exists)."""
    from pathlib import Path

    index = _index_file(os.fspath(facts_path))
    return None if index is None else Path(index)


def check_owned(path: str, info: os.stat_result, what: str) -> None:
    """Raise Untrusted unless ``info`` is the current user's and not writable by others."""
    if info.st_uid != os.geteuid():
        raise Untrusted(f"{what} {path} belongs to another user")
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise Untrusted(f"{what} {path} is writable by group or others")


def check_folder(folder: str) -> None:
    """Raise Untrusted unless ``folder`` is a plain folder of the current user's that no one
    else can write to (a link to a folder is refused)."""
    info = os.lstat(folder)
    if not stat.S_ISDIR(info.st_mode):
        raise Untrusted(f"cache folder {folder} is not a plain folder")
    check_owned(folder, info, "cache folder")


def _trusted_index(index: str) -> bool:
    """Whether a trustworthy index file is there (False: none); Untrusted if a foreign one is."""
    check_folder(os.path.dirname(index))
    try:
        info = os.lstat(index)
    except FileNotFoundError:
        return False
    if not stat.S_ISREG(info.st_mode):
        raise Untrusted(f"index {index} is not a plain file")
    check_owned(index, info, "index")
    return True


def make_folder(folder: str) -> None:
    """Create the cache folder private (0700) if it is missing, then check it is ours."""
    os.makedirs(folder, mode=0o700, exist_ok=True)  # the mode applies to the folder itself
    check_folder(folder)


def open_owned(path: str, what: str, max_bytes: int) -> tuple[int, int] | None:
    """A cache file of ours (`patterns`, `kept`) opened to read, and its size; None when it
    is missing, a link, not a regular file, larger than ``max_bytes``, or it or its folder is
    not the current user's alone (`check_folder`, `check_owned`). The caller closes it."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    try:
        check_folder(os.path.dirname(path))
        info = os.fstat(fd)
        check_owned(path, info, what)
        if stat.S_ISREG(info.st_mode) and info.st_size <= max_bytes:
            return fd, info.st_size
    except (OSError, Untrusted):
        pass
    os.close(fd)
    return None


def read_owned(path: str, what: str, max_bytes: int) -> bytes | None:
    """The bytes of a cache file of ours, as `open_owned` allows it; None otherwise."""
    opened = open_owned(path, what, max_bytes)
    if opened is None:
        return None
    fd, size = opened
    try:
        return os.pread(fd, size, 0)
    except OSError:
        return None
    finally:
        os.close(fd)


def write_owned(path: str, prefix: str, data: bytes) -> None:
    """Write a cache file of ours whole: to a private temporary in its folder (a killed
    run's is swept), renamed into place. Raises OSError or Untrusted when it cannot."""
    import tempfile  # (only to write: about 3 ms of start-up)

    from cfacts.tempfiles import register, remove, sweep, unregister

    folder = os.path.dirname(path)
    make_folder(folder)
    sweep(folder, prefix, TEMP_SUFFIX, STALE_SECONDS)  # a killed run's
    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=TEMP_SUFFIX, dir=folder)
    register(tmp)  # removed if this run is interrupted
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
        os.replace(tmp, path)
        unregister(tmp)
    except BaseException:
        remove(tmp)
        raise


_EXPECTED: frozenset[tuple[str, str, str, str]] | None = None


def _schema(db: sqlite.Connection) -> frozenset[tuple[str, str, str, str]]:
    rows = db.execute("SELECT type, name, tbl_name, COALESCE(sql, '') FROM sqlite_master")
    return frozenset((str(a), str(b), str(c), str(d)) for a, b, c, d in rows)


def _expected_schema() -> frozenset[tuple[str, str, str, str]]:
    """What `sqlite_master` holds in an index cfacts wrote: these tables and indexes only."""
    global _EXPECTED
    if _EXPECTED is None:
        db = sqlite.connect(":memory:")
        try:
            db.executescript(TABLES_SQL + INDEXES_SQL)
            _EXPECTED = _schema(db)
        finally:
            db.close()
    return _EXPECTED


def _connect(uri_or_path: str, *, uri: bool = False) -> sqlite.Connection:
    """Open an index with the schema distrusted (no functions with side effects run from it)."""
    db = sqlite.connect(uri_or_path, uri=uri, isolation_level=None)
    db.execute("PRAGMA trusted_schema = OFF")
    return db


def _ours(db: sqlite.Connection) -> bool:
    """Whether the index holds exactly the tables and indexes cfacts creates, nothing else."""
    return _schema(db) == _expected_schema()


def _this_format(db: sqlite.Connection) -> bool:
    """Whether an index whose tables are not ours says it was written by this cfacts in this
    index format (so something was added to it), rather than by another version, whose
    tables differ. It decides only whether to warn: such an index is never read."""
    try:
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    except (sqlite.Error, ValueError, TypeError):
        return True
    return meta.get("index_format") == INDEX_FORMAT and meta.get("cfacts_version") == __version__


def _identity(meta: dict[str, str]) -> str:
    """What an index was built from (its meta rows: the file's status and content hash, this
    cfacts and its formats, when it was built), as one digest: data derived from the index
    is kept under it (`kept`)."""
    text = "\n".join(f"{key}={value}" for key, value in sorted(meta.items()))
    return blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def _uri(path: str) -> str:
    """A read-only SQLite URI for a path: `%`, `?` and `#` would otherwise cut it short."""
    quoted = path.replace("%", "%25").replace("?", "%3f").replace("#", "%23")
    return f"file:{quoted}?mode=ro"


def _fingerprint(facts_path: str) -> dict[str, str]:
    info = os.stat(facts_path)
    return {
        "cfacts_version": __version__,
        "index_format": INDEX_FORMAT,
        "schema_version": str(SCHEMA_VERSION),
        "path": _text(os.path.realpath(facts_path)),
        "size": str(info.st_size),
        "mtime_ns": str(info.st_mtime_ns),
        "ctime_ns": str(info.st_ctime_ns),
        "inode": str(info.st_ino),
        "device": str(info.st_dev),
    }


RACY_NS = 2_000_000_000
"""A file modified this close to (or after) the moment its index was built may have changed
again within the same timestamp tick (coarse filesystems tick every second or two): its
status cannot prove it unchanged, so its content is hashed again ("racily clean", as git)."""


def _racy(expected: dict[str, str], meta: dict[str, str]) -> bool:
    try:
        return int(expected["mtime_ns"]) >= int(meta["built_ns"]) - RACY_NS
    except (KeyError, ValueError):
        return True


def _text(path: str) -> str:
    """A path as storable text: undecodable bytes (a non-UTF-8 name) as backslash escapes."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _open_regular(path: str) -> int:
    """A descriptor for reading a regular file; OSError for anything else (a FIFO never blocks)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError(f"{path} is not a regular file")
    return fd


def _content_hash(facts_path: str) -> str:
    """BLAKE2b of the file, read in chunks: a file rewritten meanwhile is stale, never a crash."""
    digest = blake2b()
    fd = _open_regular(facts_path)
    try:
        while chunk := os.read(fd, CHUNK):
            digest.update(chunk)
    finally:
        os.close(fd)
    return digest.hexdigest()


def _open_cached(
    index: str, facts_path: str, expected: dict[str, str], warn: Warn
) -> Store | None:
    """The cached index if it is ours, readable and matches the file exactly, else None.

    Raises Untrusted for an index or folder someone else could have written. An index of ours
    with tables, triggers or views cfacts did not create is never read (``warn`` is told): a
    new one replaces it.
    """
    try:
        if not _trusted_index(index):
            return None
    except FileNotFoundError:  # no cache folder yet
        return None
    try:
        db = _connect(_uri(index), uri=True)
    except sqlite.Error:
        return None
    try:
        if not _ours(db):
            if _this_format(db):  # an index of another format is replaced without a word
                warn(f"index {index} holds tables, triggers or views cfacts did not create; "
                     "building a new one")  # fmt: skip
            db.close()
            return None
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        stale = any(meta.get(k) != v for k, v in expected.items())
        # The file's status (size, times, inode, device) proves it unchanged, except for a
        # file modified within a tick of the build: only that one is hashed again.
        if stale or (_racy(expected, meta) and meta.get("content_hash") != _content_hash(
            facts_path
        )):
            db.close()
            return None
        return SqliteStore(
            db, facts_path, int(meta["schema_version"]), index=index, identity=_identity(meta)
        )
    except (sqlite.Error, KeyError, ValueError, OSError):
        db.close()
        return None
    except BaseException:
        db.close()
        raise


def _temporary(index: str) -> str:
    """An empty private file next to the index, to build in and then rename into place.

    It is registered for removal if the run is interrupted (`tempfiles`), and temporaries of
    ours that killed runs left behind are swept first.
    """
    import tempfile

    from cfacts.tempfiles import register, sweep

    folder, name = os.path.split(index)
    make_folder(folder)
    sweep(folder, "", TEMP_SUFFIX, STALE_SECONDS)
    fd, tmp = tempfile.mkstemp(prefix=name, suffix=TEMP_SUFFIX, dir=folder)
    os.close(fd)
    register(tmp)
    return tmp


def _discard(tmp: str) -> None:
    from cfacts.tempfiles import remove

    remove(tmp)


def _compatible(db: sqlite.Connection, meta: dict[str, str]) -> bool:
    """Whether an index copied from the cache can be updated for ``meta``'s file state."""
    try:
        old = dict(db.execute("SELECT key, value FROM meta").fetchall())
    except sqlite.Error:
        return False
    same = ("cfacts_version", "index_format", "schema_version", "path", "blocks")
    return all(old.get(key) == meta.get(key) for key in same)


def _build(tmp: str, index: str, data: bytes, name: str, meta: dict[str, str]) -> Store:
    """Update a copy of the old index (or build a new one) in ``tmp``, then rename it into place.

    Only an index of ours is copied, and only if it holds nothing but cfacts' own tables and
    indexes (a planted trigger would otherwise live on in every update). Raises Unsure when
    the loader must decide, Untrusted for a foreign index, OSError or sqlite.Error when the
    cache cannot be written.
    """
    from cfacts.index.indexer import Reorder, create, update

    for incremental in (True, False) if _trusted_index(index) else (False,):
        if incremental:
            import shutil

            shutil.copyfile(index, tmp)
        else:
            open(tmp, "wb").close()
        db = _connect(tmp)
        try:
            db.execute("PRAGMA journal_mode = OFF")  # a private file, renamed only when whole
            if incremental and not (_ours(db) and _compatible(db, meta)):
                raise Reorder("an index of another version or layout, or not only ours")
            if not incremental:
                create(db)  # executescript: before BEGIN, as it commits
            db.execute("BEGIN")
            update(db, data, name)
            db.execute("DELETE FROM meta")
            db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
            db.execute("COMMIT")
        except (Reorder, sqlite.DatabaseError):
            db.close()
            if incremental:  # a corrupt, foreign or reordered index: build a new one
                continue
            raise
        except BaseException:
            db.close()
            raise
        os.replace(tmp, index)
        return SqliteStore(
            db, name, int(meta["schema_version"]), index=index, identity=_identity(meta)
        )
    raise AssertionError("unreachable: a new index needs no reordering")  # pragma: no cover


def _write_loaded(index: str, store: MemoryStore, meta: dict[str, str]) -> None:
    """Index a fact base the loader had to read; a cache that cannot be written is skipped."""
    from cfacts.index.writer import write_index

    try:
        tmp = _temporary(index)
        try:
            db = _connect(tmp)
            db.isolation_level = "DEFERRED"  # the rows in one transaction, committed by `with`
            try:
                with db:
                    write_index(db, store.facts, meta)
            finally:
                db.close()
            os.replace(tmp, index)
        finally:
            _discard(tmp)
    except (OSError, sqlite.Error, Untrusted):
        pass


def _memory(facts_path: str) -> MemoryStore:
    from pathlib import Path  # parsing and validating: only when the index cannot answer

    from cfacts.factbase.loader import load

    return MemoryStore(load(Path(facts_path)))


def open_store(
    facts_path: str | os.PathLike[str],
    *,
    use_cache: bool = True,
    warn: Warn | None = None,
    first: bool = False,
) -> Store:
    """A store for the fact base: the cached index when it is fresh, else update the index.

    With ``first`` (for lookups that never search the full text), a large fact base with no
    index to update is validated and answered from without writing one (`quick`); the caller
    then calls `index_later`. Raises FactBaseError (via the loader) when the file is unusable;
    nothing is written then. A cache that someone else could have written is not used:
    ``warn`` is told why, and the answer comes from the file.
    """
    facts_path = os.fspath(facts_path)
    if not use_cache or cache_disabled() or not os.path.isfile(facts_path):
        return _memory(facts_path)
    index = _index_file(facts_path)
    if index is None:
        return _memory(facts_path)
    try:
        expected = _fingerprint(facts_path)
        cached = _open_cached(index, facts_path, expected, warn or _ignore)
        if cached is not None:
            return cached
        if first and _answer_first(expected) and not _updatable(index, expected):
            return _answer_first_store(index, facts_path, expected)
        return _refresh(index, facts_path, expected)
    except Untrusted as refused:
        if warn is not None:
            warn(f"not using the index cache: {refused}; reading the fact base directly")
        return _memory(facts_path)
    except OSError:
        return _memory(facts_path)


def _ignore(message: str) -> None:
    """A `Warn` that says nothing (completion prints only candidates)."""


def _read(facts_path: str, expected: dict[str, str]) -> bytes | None:
    """The file's bytes, if it is a regular file within the size limit that did not change
    while it was read (None: let the loader read and report it)."""
    from cfacts.factbase.loader import MAX_BYTES

    fd = _open_regular(facts_path)
    try:
        if os.fstat(fd).st_size > MAX_BYTES:
            return None
        chunks = []
        while chunk := os.read(fd, CHUNK):
            chunks.append(chunk)
    finally:
        os.close(fd)
    if _fingerprint(facts_path) != expected:  # changed while we read it: do not cache
        return None
    return b"".join(chunks)


def _refresh(index: str, facts_path: str, expected: dict[str, str]) -> Store:
    """Update the index for a file it does not describe, or let the loader decide.

    The index is built from, and validated on, exactly the bytes whose hash it records.
    """
    import time

    from cfacts.index.indexer import Unsure

    built = time.time_ns()  # before the read: see RACY_NS
    data = _read(facts_path, expected)
    if data is None:
        return _memory(facts_path)
    meta = _meta(data, expected, built)
    tmp = _temporary(index)
    try:
        return _build(tmp, index, data, facts_path, {**meta, "blocks": "1"})
    except Unsure:
        return _loaded(index, data, facts_path, meta)
    except sqlite.Error:
        return _memory(facts_path)
    finally:
        _discard(tmp)


def _meta(data: bytes, expected: dict[str, str], built: int) -> dict[str, str]:
    return {**expected, "content_hash": blake2b(data).hexdigest(), "built_ns": str(built)}


def _loaded(index: str, data: bytes, facts_path: str, meta: dict[str, str]) -> Store:
    """The loader's answer for bytes the fast paths cannot vouch for: every problem (raised),
    or the fact base, whose index is then written from it."""
    from cfacts.factbase.loader import load_bytes

    store = MemoryStore(load_bytes(data, facts_path))
    _write_loaded(index, store, meta)
    return store


def _answer_first(expected: dict[str, str]) -> bool:
    """Whether a lookup is answered before the index is written (`ANSWER_FIRST_ENV`)."""
    chosen = os.environ.get(ANSWER_FIRST_ENV, "").strip()
    large = int(expected["size"]) >= ANSWER_FIRST_BYTES
    if not (chosen == "1" or (large and chosen != "0")):
        return False
    try:  # the index is written later only under a lock
        import fcntl  # noqa: F401 - imported here, not by every lookup
    except ImportError:  # pragma: no cover - Windows: lookups write the index, then answer
        return False
    return True


def _updatable(index: str, expected: dict[str, str]) -> bool:
    """Whether an index of ours is there that an update brings in line with the file (an
    edit's update costs less than answering first). Untrusted as `_trusted_index`."""
    try:
        if not _trusted_index(index):
            return False
    except FileNotFoundError:
        return False
    try:
        db = _connect(_uri(index), uri=True)
    except sqlite.Error:
        return False
    try:
        return _ours(db) and _compatible(db, {**expected, "blocks": "1"})
    except sqlite.Error:
        return False
    finally:
        db.close()


def _answer_first_store(index: str, facts_path: str, expected: dict[str, str]) -> Store:
    """A store validated from the file's bytes, its index left to `index_later`; the loader's
    answer when the fast path cannot vouch for the file (as `_refresh`)."""
    import time

    from cfacts.index.indexer import Unsure
    from cfacts.index.quick import read

    built = time.time_ns()
    data = _read(facts_path, expected)
    if data is None:
        return _memory(facts_path)
    try:
        store = read(data, facts_path, SCHEMA_VERSION)
    except Unsure:
        return _loaded(index, data, facts_path, _meta(data, expected, built))
    store.index_path = index
    return store


def _lock(index: str) -> int | None:
    """A descriptor holding the lock on writing ``index`` later, or None if another process
    holds it (or it cannot be taken)."""
    import fcntl

    try:
        make_folder(os.path.dirname(index))
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        fd = os.open(index + LOCK_SUFFIX, flags, 0o600)
    except (OSError, Untrusted):
        return None
    try:
        info = os.fstat(fd)
        check_owned(index + LOCK_SUFFIX, info, "lock")
        if not stat.S_ISREG(info.st_mode):
            raise Untrusted(f"lock {index}{LOCK_SUFFIX} is not a plain file")
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except (OSError, Untrusted):
        os.close(fd)
        return None
    return fd


_BUILD = (
    "import sys\nfrom cfacts.index.cache import build_detached\n"
    "build_detached(sys.argv[1], int(sys.argv[2]))"
)


def index_later(store: Store) -> None:
    """After a lookup answered from `quick`'s store: start a process of its own (in a new
    session, its output discarded, at a lower priority) that writes the index, unless another
    holds the lock; this process does not wait for it. Where none can be started, the index
    is written here, after the answer. Anything else: nothing to do."""
    import sys

    index = getattr(store, "index_path", None)
    if not isinstance(index, str):
        return
    setattr(store, "index_path", None)  # noqa: B010 - once per store
    lock = _lock(index)
    if lock is None:  # being written by another process
        return
    facts_path = os.path.abspath(store.path)
    try:
        if sys.executable:  # (empty when embedded)
            try:
                _start(facts_path, lock, os.path.dirname(index))
                return
            except (OSError, ValueError):
                pass
        _write(facts_path)  # here, then, holding the lock
    finally:
        os.close(lock)  # the new process holds it now


def _start(facts_path: str, lock: int, folder: str) -> None:
    """Start the process that writes the index (`build_detached`), handing it ``lock``."""
    import subprocess
    import sys

    import cfacts

    env = dict(os.environ)  # this cfacts, wherever it was imported from
    code = os.path.dirname(os.path.dirname(os.path.abspath(cfacts.__file__)))
    env["PYTHONPATH"] = os.pathsep.join(p for p in (code, env.get("PYTHONPATH", "")) if p)
    subprocess.Popen(
        [sys.executable, "-c", _BUILD, facts_path, str(lock)],
        cwd=folder,  # ours alone: nothing there is imported
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        pass_fds=(lock,),
    )


def build_detached(facts_path: str, lock: int) -> None:
    """The process `index_later` starts: write the index (`_write`) at a lower priority,
    holding ``lock`` until it is done."""
    import contextlib

    with contextlib.suppress(OSError):  # (not allowed: at the same priority)
        os.nice(5)
    try:
        _write(facts_path)
    finally:
        os.close(lock)


def _write(facts_path: str) -> None:
    """Write the index of a fact base, exactly as a lookup that writes it first would, unless a
    fresh one is there by now. A fact base changed meanwhile is indexed as it is now, or, if
    it is no longer valid, not at all (the next lookup reports it)."""
    try:
        index = _index_file(facts_path)
        if index is None:
            return
        expected = _fingerprint(facts_path)
        if _open_cached(index, facts_path, expected, _ignore) is None:
            _refresh(index, facts_path, expected)
    except (CfactsError, OSError, sqlite.Error):
        pass
