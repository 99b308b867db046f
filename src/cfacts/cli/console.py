"""The console script and ``python -m cfacts``: the cycle collector off before cfacts loads."""

from __future__ import annotations


def run() -> None:
    """Turn the cycle collector off, then import and run the fast entry point (`main.run`).

    Importing the entry point's modules builds tens of thousands of objects, and the
    collector's passes over them, before `main` turns it off for the command itself, cost
    every command several milliseconds (docs/performance.md). `main` leaves it off while the
    command runs, and `serve`, which runs until stopped, turns it back on. Only this module
    is imported before the collector is off: no other module of cfacts turns it off when
    imported, so a process that imports cfacts (the tests) keeps its collector."""
    import gc

    gc.disable()
    from cfacts.cli.main import run as start

    start()
