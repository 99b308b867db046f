"""Temporary files: removed on Ctrl-C and SIGTERM (a real process killed mid-export), swept."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from cfacts import tempfiles
from conftest import MINIMAL, ROOT

GENERATE = ROOT / "benchmarks" / "generate.py"
EXPORT_PREFIX = ".out.db.cfacts-"  # the export's temporaries: .<name>.cfacts-<hex>.tmp


# -- the registry ------------------------------------------------------------------------------


def test_register_and_remove_all(tmp_path: Path) -> None:
    kept, dropped, gone = tmp_path / "kept", tmp_path / "dropped", tmp_path / "gone"
    for path in (kept, dropped):
        path.write_text("x", encoding="utf-8")
    tempfiles.register(dropped)
    tempfiles.register(str(gone))  # never created: removing it is no error
    tempfiles.register(kept)
    tempfiles.unregister(kept)
    tempfiles.remove_all()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept"]
    assert tempfiles.registered_paths() == ()


def test_registered_removes_on_error_and_on_success(tmp_path: Path) -> None:
    path = tmp_path / "t.tmp"

    def fail_inside() -> None:
        with tempfiles.registered(path) as same:
            assert same == str(path)
            path.write_text("x", encoding="utf-8")
            assert tempfiles.registered_paths() == (str(path),)
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        fail_inside()
    assert not path.exists()
    assert tempfiles.registered_paths() == ()
    with tempfiles.registered(path):
        path.write_text("x", encoding="utf-8")
        os.replace(path, tmp_path / "done")  # the usual ending: renamed into place
    assert sorted(p.name for p in tmp_path.iterdir()) == ["done"]
    assert tempfiles.registered_paths() == ()


def test_sweep_removes_only_stale_temporaries_of_our_naming(tmp_path: Path) -> None:
    old = time.time() - 7200
    names = {
        ".out.db.cfacts-0123456789ab.tmp": True,  # stale, ours: removed
        ".out.db.cfacts-ba9876543210.tmp": False,  # ours but fresh (a run in progress)
        ".out.db.backup.tmp": False,  # the user's own file
        "out.db": False,
    }
    for name, stale in names.items():
        (tmp_path / name).write_text("x", encoding="utf-8")
        if stale or name in (".out.db.backup.tmp", "out.db"):
            os.utime(tmp_path / name, (old, old))
    (tmp_path / ".out.db.cfacts-folder.tmp").mkdir()  # not a regular file: kept
    os.utime(tmp_path / ".out.db.cfacts-folder.tmp", (old, old))
    link = tmp_path / ".out.db.cfacts-link.tmp"
    link.symlink_to(tmp_path / "out.db")
    os.utime(link, (old, old), follow_symlinks=False)
    assert tempfiles.sweep(tmp_path, EXPORT_PREFIX, ".tmp", 3600) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [n for n, stale in names.items() if not stale]
        + [".out.db.cfacts-folder.tmp", ".out.db.cfacts-link.tmp"]
    )
    assert tempfiles.sweep(tmp_path / "missing", EXPORT_PREFIX, ".tmp", 0) == 0


def test_an_export_sweeps_stale_temporaries_of_its_own(
    tmp_path: Path, write_facts: Callable[..., Path]
) -> None:
    facts = write_facts(MINIMAL, "facts.toml")
    out = tmp_path / "out"
    out.mkdir()
    stale, fresh = out / f"{EXPORT_PREFIX}0123456789ab.tmp", out / f"{EXPORT_PREFIX}00ff.tmp"
    other = out / ".other.db.cfacts-0123456789ab.tmp"  # another target's: not ours to judge
    for path in (stale, fresh, other):
        path.write_bytes(b"left by a killed run")
    old = time.time() - 2 * 86400
    for path in (stale, other):
        os.utime(path, (old, old))
    proc = subprocess.run(
        [sys.executable, "-m", "cfacts", "--facts", str(facts), "export", str(out / "out.db")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [fresh.name, other.name, "out.db", "out.db.metadata.json"]
    )


# -- a real process killed during an export ----------------------------------------------------


@pytest.fixture(scope="module")
def big_facts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated fact base large enough that an export takes a while (about 40,000 facts)."""
    path = tmp_path_factory.mktemp("big") / "big.toml"
    subprocess.run(
        [sys.executable, str(GENERATE), "40000", str(path)], check=True, capture_output=True
    )
    return path


def _temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def _kill_when_writing(cmd: list[str], folder: Path, signum: int) -> tuple[int, str]:
    """Start ``cmd``, wait until its temporary file appears in ``folder``, then send ``signum``."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    try:
        while not _temporaries(folder):
            assert proc.poll() is None, f"finished before it could be killed: {proc.returncode}"
            assert time.monotonic() < deadline, "no temporary file appeared"
            time.sleep(0.001)
        proc.send_signal(signum)
        _, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:  # pragma: no cover - only if the test failed above
            proc.kill()
            proc.wait()
    return proc.returncode, stderr


@pytest.mark.parametrize("fmt", ["sqlite", "jsonl"])
@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_killed_export_of_a_large_fact_base_leaves_no_temporary(
    big_facts: Path, tmp_path: Path, signum: int, code: int, fmt: str
) -> None:
    target = tmp_path / "out.db"
    cmd = [sys.executable, "-m", "cfacts", "--facts", str(big_facts), "export", str(target)]
    returncode, stderr = _kill_when_writing([*cmd, "--format", fmt], tmp_path, signum)
    assert returncode == code, stderr
    assert "Traceback" not in stderr
    assert list(tmp_path.iterdir()) == []


# The same, deterministic: the export is held at a known point until the signal arrives.
HELD = """
import sys, time
from cfacts.output import export; from cfacts.cli import main as fastpath

def held(*args, **kwargs):
    print("writing", flush=True)
    time.sleep(60)
    raise AssertionError("not interrupted")

export.{point} = held
sys.argv = ["cfacts", "--facts", {facts!r}, "export", {target!r}, "--format", {fmt!r}, "--force"]
sys.exit(fastpath.main())
"""


@pytest.mark.parametrize(("fmt", "point"), [("sqlite", "_fill_search"), ("jsonl", "export_jsonl")])
@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_export_held_mid_write_and_killed_leaves_no_temporary(
    write_facts: Callable[..., Path], tmp_path: Path, signum: int, code: int, fmt: str, point: str
) -> None:
    facts = write_facts(MINIMAL, "facts.toml")
    out = tmp_path / "out"
    out.mkdir()
    target = out / "out.db"
    target.write_bytes(b"the previous export")
    script = HELD.format(point=point, facts=str(facts), target=str(target), fmt=fmt)
    proc = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "writing"
    assert len(_temporaries(out)) == 1
    proc.send_signal(signum)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == code, stderr
    assert "Traceback" not in stderr
    assert sorted(p.name for p in out.iterdir()) == ["out.db"]
    assert target.read_bytes() == b"the previous export"
