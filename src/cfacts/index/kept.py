"""Data a command derives from an index, kept beside it so that the next command need not
derive it again.

`ask` indexes the fact base's names by word before it reads a question (`NameIndex`), and
building that took about 5 ms of every run. The finding layer offers such data here
(`offer`), the command line writes it after the answer is out (`save`), and the next run
reads it (`read`) instead of deriving it. Each is a JSON file named for the index and the
data, ``<index>.<name>.json``, in the cache folder (`cache`), holding the identity of the
index it was derived from (`Store.identity`): data of an index that has since been rebuilt
is never read.

The file is trusted as the index is: the folder and the file must be the current user's and
writable by no one else (`cache.check_owned`), and it must be a regular file no larger than
`MAX_BYTES`. Its contents are data, never run: JSON, whose every part the caller checks for
its shape before using it (a file that fails is not used, and the run writes a good one).
It is written as the index is: to a temporary file of ours, renamed into place; nothing is
read or written with ``--no-cache`` or ``CFACTS_NO_CACHE=1`` (the store then has no
identity).
"""

from __future__ import annotations

import os

from cfacts.index.cache import Untrusted, read_owned, write_owned

TYPE_CHECKING = False  # not `typing`'s: importing it costs ~3 ms of start-up

if TYPE_CHECKING:
    from cfacts.index.store import Store

FORMAT = 1
"""The layout of a file: bumped when it changes."""
MAX_BYTES = 8 << 20
"""A larger file is not read (the bundled fact base's names take about 100 KB)."""

_offered: dict[str, tuple[str, str, object]] = {}
"""What this run derived and did not find kept, by file: the index identity and the data."""


def _file(store: Store, name: str) -> str | None:
    """The file for ``name`` beside the store's index; None when the store has no index."""
    if store.index is None or store.identity is None:
        return None
    folder, base = os.path.split(store.index)
    return os.path.join(folder, f"{base.rpartition('.')[0]}.{name}.json")


def read(store: Store, name: str) -> object | None:
    """The data kept as ``name`` for the store's index, as JSON gives it (the caller checks
    its shape); None when there is none, or it is not ours, or it is of another index."""
    import json

    path = _file(store, name)
    data = read_owned(path, "kept data", MAX_BYTES) if path is not None else None
    if data is None:
        return None
    try:
        document = json.loads(data)
    except (ValueError, RecursionError):
        return None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        return None
    if document.get("index") != store.identity:
        return None
    return document.get("data")


def offer(store: Store, name: str, data: object) -> None:
    """Keep ``data`` (plain JSON data) as ``name`` for the store's index when this run saves
    (`save`); nothing for a store with no index."""
    path = _file(store, name)
    if path is not None and store.identity is not None:
        _offered[path] = (store.identity, name, data)


def save() -> None:
    """Write what this run offered, each to its file; nothing on any error (a cache)."""
    import json

    while _offered:
        path, (identity, name, data) = _offered.popitem()
        document = {"format": FORMAT, "index": identity, "data": data}
        try:
            write_owned(path, f"kept-{name}-", json.dumps(document, ensure_ascii=True).encode())
        except (OSError, ValueError, TypeError, Untrusted):
            continue
