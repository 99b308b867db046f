"""Temporary files of ours: removed if the run is interrupted, swept if a killed run left them."""

from __future__ import annotations

import os
import stat
import time

TYPE_CHECKING = False  # not `typing`'s: importing it costs ~3 ms of start-up

if TYPE_CHECKING:  # `typing` and `contextlib` at run time cost ~8 ms of every start-up
    from types import TracebackType
    from typing import TypeAlias

    PathLike: TypeAlias = "str | os.PathLike[str]"

# Paths to remove if the run is interrupted. Filled and emptied by the main code; read by the
# signal handlers (which run in the main thread between bytecodes, so they never see it torn).
_LIVE: dict[str, None] = {}



def register(path: PathLike) -> None:
    """Remove ``path`` if the run is interrupted (SIGINT, SIGTERM) before `unregister`.

    Register a name before creating the file, so no signal can fall between the two.
    """
    _LIVE[os.fspath(path)] = None


def unregister(path: PathLike) -> None:
    """``path`` is renamed into place or removed: nothing to clean up any more."""
    _LIVE.pop(os.fspath(path), None)


def registered_paths() -> tuple[str, ...]:
    """The paths registered now, oldest first."""
    return tuple(_LIVE)


class registered:  # used as a function: `with registered(path) as name:`
    """Register ``path`` for the block; at its end, however it ends, remove the file if it is
    still there (a file renamed into place is not: its name is gone) and unregister it."""

    def __init__(self, path: PathLike) -> None:
        self.name = os.fspath(path)

    def __enter__(self) -> str:
        register(self.name)
        return self.name

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        remove(self.name)


def remove(path: PathLike) -> None:
    """Remove ``path`` if it is still there, and stop tracking it (best effort, never raises)."""
    name = os.fspath(path)
    try:
        os.unlink(name)
    except OSError:  # already gone (renamed into place), or not removable: nothing to do
        unregister(name)
        return
    unregister(name)


def remove_all() -> None:
    """Remove every registered temporary; for the signal handlers (best effort, never raises)."""
    for name in list(_LIVE):
        remove(name)


def sweep(folder: PathLike, prefix: str, suffix: str, older_than_seconds: float) -> int:
    """Remove stale temporaries that killed runs left in ``folder``; return how many.

    Removes only regular files (never a link or a folder) whose name starts with ``prefix``
    and ends with ``suffix``, that belong to the current user, were last modified more than
    ``older_than_seconds`` ago and are not registered by this run. Best effort: an unreadable
    folder or a file that vanishes meanwhile is skipped, never an error.
    """
    removed = 0
    now = time.time()
    base = os.fspath(folder)
    try:
        names = os.listdir(base)
    except OSError:
        return 0
    uid = os.geteuid() if hasattr(os, "geteuid") else None
    for name in names:
        if not (name.startswith(prefix) and name.endswith(suffix)):
            continue
        path = os.path.join(base, name)
        if path in _LIVE:
            continue
        try:
            info = os.lstat(path)
            if not stat.S_ISREG(info.st_mode) or (uid is not None and info.st_uid != uid):
                continue
            if now - info.st_mtime > older_than_seconds:
                os.unlink(path)
                removed += 1
        except OSError:
            continue
    return removed
