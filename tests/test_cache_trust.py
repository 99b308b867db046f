"""The index cache trusts only what cfacts wrote: no code runs from it; foreign ones are refused."""

from __future__ import annotations

import json
import os
import pickle
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import cfacts.index.cache
from cfacts.errors import FactBaseError
from cfacts.factbase.loader import load
from cfacts.frozen import replace
from cfacts.index.cache import cache_path, open_store
from cfacts.index.codec import BadRecord, decode, encode
from cfacts.index.store import MemoryStore, SqliteStore
from cfacts.paths import bundled_path
from conftest import MINIMAL

ROOT_ONLY = pytest.mark.skipif(os.geteuid() != 0, reason="changing a file's owner needs root")


class Payload:
    """A pickle that runs a command when unpickled: what a planted index would hold."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, (f"touch {self.marker}",))


def cfacts_run(
    *args: str, cache: Path, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the real entry point with an isolated cache folder."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "COLUMNS": "100"}
    env.pop("CFACTS_NO_CACHE", None)
    return subprocess.run(
        [sys.executable, "-m", "cfacts", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        check=False,
        timeout=60,
    )


@pytest.fixture
def facts_file(write_facts: Callable[..., Path]) -> Path:
    return write_facts(MINIMAL)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder


def _index(facts: Path) -> Path:
    index = cache_path(facts)
    assert index is not None
    return index


def _build(facts: Path, cache: Path) -> Path:
    done = cfacts_run("--facts", str(facts), "who", "Jane Roe", "--json", cache=cache)
    assert done.returncode == 0, done.stderr
    index = cache / "cfacts" / _index(facts).name
    assert index.is_file()
    return index


def test_every_record_round_trips_through_json() -> None:
    facts = load(bundled_path())
    for kind, records in facts.records.items():
        for record in records.values():
            again = decode(kind, encode(record))
            assert again == replace(record, line=0)
            assert repr(again) == repr(replace(record, line=0))  # floats stay floats


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("person", b"\x80\x04\x95"),  # a pickle
        ("person", "[]"),
        ("person", '{"id": "x"}'),  # no evidence, no name
        ("person", '{"id": "x", "name": 1, "evidence": []}'),
        ("person", '{"id": "x", "name": "X", "evidence": [["s"]]}'),
        ("person", '{"id": "x", "name": "X", "evidence": [], "shell": "id"}'),
        ("person", '{"id": "x", "name": "X", "evidence": [], "aliases": "ab"}'),
        ("event", '{"id":"e","name":"E","kind":"forum","evidence":[],"attendance":{"v":1}}'),
        ("observation", '{"id":"o","statistic":"s","period":"2020","evidence":[],"value":[]}'),
        ("nonsense", "{}"),
        ("person", "[" * 100000),
    ],
)
def test_a_stored_record_that_the_model_does_not_allow_is_refused(
    kind: str, text: str | bytes
) -> None:
    with pytest.raises(BadRecord):
        decode(kind, text)


def test_no_pickle_anywhere_in_the_package() -> None:
    package = Path(cfacts.index.cache.__file__).parent
    for module in package.rglob("*.py"):
        source = module.read_text(encoding="utf-8")
        assert "import pickle" not in source and "pickle." not in source, module


def test_a_pickled_payload_in_the_index_never_runs(
    facts_file: Path, tmp_path: Path, cache: Path
) -> None:
    index = _build(facts_file, cache)
    marker = tmp_path / "pwned"
    with sqlite3.connect(index) as db:
        db.execute(
            "UPDATE rec SET data = ? WHERE kind = 'person'",
            (pickle.dumps(Payload(marker)),),
        )
    db.close()
    done = cfacts_run("--facts", str(facts_file), "who", "Jane Roe", "--json", cache=cache)
    assert not marker.exists()
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["results"][0]["name"] == "Jane Roe"
    assert "Traceback" not in done.stderr


def test_a_planted_trigger_does_not_survive_an_update(
    facts_file: Path, tmp_path: Path, cache: Path
) -> None:
    index = _build(facts_file, cache)
    with sqlite3.connect(index) as db:
        db.execute(
            "CREATE TRIGGER evil AFTER INSERT ON rec BEGIN "
            "UPDATE rec SET data = replace(data, 'Jane Roe', 'Mallory') WHERE pos = NEW.pos; END"
        )
    db.close()
    # an edit: the incremental update would copy the old index, trigger and all
    facts_file.write_text(MINIMAL + '\n[[person]]\nid = "john-doe"\nname = "John Doe"\n'
                          'source = "s1"\nquote = "Ms. Jane Roe, Director of ACS"\n')  # fmt: skip
    done = cfacts_run("--facts", str(facts_file), "who", "Jane Roe", "--json", cache=cache)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["results"][0]["name"] == "Jane Roe"
    db = sqlite3.connect(index)
    try:
        kinds = {row[0] for row in db.execute("SELECT type FROM sqlite_master")}
        text = " ".join(row[0] for row in db.execute("SELECT data FROM rec"))
    finally:
        db.close()
    assert "trigger" not in kinds
    assert "Mallory" not in text
    cold = cfacts_run("--no-cache", "--facts", str(facts_file), "who", "John Doe", "--json",
                      cache=cache)  # fmt: skip
    warm = cfacts_run("--facts", str(facts_file), "who", "John Doe", "--json", cache=cache)
    assert json.loads(warm.stdout) == json.loads(cold.stdout)


@pytest.mark.parametrize(
    "plant",
    [
        "CREATE VIEW v AS SELECT 1",
        "CREATE TABLE extra (x)",
        "CREATE INDEX extra_index ON rec (unit)",
        "CREATE TRIGGER t AFTER DELETE ON rec BEGIN SELECT 1; END",
    ],
)
def test_an_index_with_anything_cfacts_did_not_create_is_refused(
    facts_file: Path, cache: Path, plant: str
) -> None:
    index = _build(facts_file, cache)
    with sqlite3.connect(index) as db:
        db.execute(plant)
        db.execute("UPDATE rec SET data = replace(data, 'Jane Roe', 'Mallory')")
    db.close()
    done = cfacts_run("--facts", str(facts_file), "who", "Jane Roe", "--json", cache=cache)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["results"][0]["name"] == "Jane Roe"
    assert "Mallory" not in done.stdout
    assert "did not create" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    again = cfacts_run("--facts", str(facts_file), "who", "Jane Roe", "--json", cache=cache)
    assert again.stderr == ""  # replaced by an index of ours


def test_a_group_writable_index_is_refused_and_said_once(facts_file: Path, cache: Path) -> None:
    index = _build(facts_file, cache)
    with sqlite3.connect(index) as db:
        db.execute("UPDATE rec SET data = replace(data, 'Jane Roe', 'Mallory')")
    db.close()
    index.chmod(0o664)
    done = cfacts_run("--facts", str(facts_file), "who", "Jane Roe", "--json", cache=cache)
    assert done.returncode == 0
    assert json.loads(done.stdout)["results"][0]["name"] == "Jane Roe"
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "writable by group or others" in lines[0]
    assert "reading the fact base directly" in lines[0]


def test_a_world_writable_cache_folder_is_refused(facts_file: Path, cache: Path) -> None:
    _build(facts_file, cache)
    (cache / "cfacts").chmod(0o777)
    done = cfacts_run("--facts", str(facts_file), "who", "Jane Roe", "--json", cache=cache)
    assert done.returncode == 0
    assert "cache folder" in done.stderr
    assert "writable by group or others" in done.stderr


def test_a_symlinked_index_is_refused(facts_file: Path, cache: Path, tmp_path: Path) -> None:
    index = _build(facts_file, cache)
    elsewhere = tmp_path / "elsewhere.sqlite"
    index.rename(elsewhere)
    index.symlink_to(elsewhere)
    done = cfacts_run("--facts", str(facts_file), "who", "Jane Roe", "--json", cache=cache)
    assert done.returncode == 0
    assert "not a plain file" in done.stderr
    assert index.is_symlink()  # never replaced, never written through


@ROOT_ONLY
def test_an_index_owned_by_another_user_is_refused(facts_file: Path, cache: Path) -> None:
    index = _build(facts_file, cache)
    with sqlite3.connect(index) as db:
        db.execute("UPDATE rec SET data = replace(data, 'Jane Roe', 'Mallory')")
    db.close()
    os.chown(index, 65534, 65534)
    done = cfacts_run("--facts", str(facts_file), "who", "Jane Roe", "--json", cache=cache)
    assert done.returncode == 0
    assert json.loads(done.stdout)["results"][0]["name"] == "Jane Roe"
    assert "belongs to another user" in done.stderr


@ROOT_ONLY
def test_a_cache_folder_owned_by_another_user_is_refused(facts_file: Path, cache: Path) -> None:
    _build(facts_file, cache)
    os.chown(cache / "cfacts", 65534, 65534)
    done = cfacts_run("--facts", str(facts_file), "who", "Jane Roe", "--json", cache=cache)
    assert done.returncode == 0
    assert "belongs to another user" in done.stderr


def test_the_cache_folder_is_created_private(facts_file: Path, cache: Path) -> None:
    _build(facts_file, cache)
    assert stat.S_IMODE((cache / "cfacts").stat().st_mode) == 0o700
    for index in (cache / "cfacts").iterdir():
        assert stat.S_IMODE(index.stat().st_mode) & 0o077 == 0


def test_a_relative_cache_home_is_ignored(facts_file: Path, tmp_path: Path) -> None:
    work = tmp_path / "cwd"
    work.mkdir()
    home = tmp_path / "home"
    env = {**os.environ, "XDG_CACHE_HOME": "relative", "HOME": str(home)}
    done = subprocess.run(
        [sys.executable, "-m", "cfacts", "--facts", str(facts_file), "who", "Jane Roe"],
        capture_output=True, text=True, env=env, cwd=work, check=False, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0
    assert list(work.iterdir()) == []
    assert (home / ".cache" / "cfacts").is_dir()


def test_no_home_means_no_cache(monkeypatch: pytest.MonkeyPatch, facts_file: Path) -> None:
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setattr(os.path, "expanduser", lambda path: path)  # HOME unset, no passwd entry
    assert cfacts.index.cache.cache_path(facts_file) is None
    assert isinstance(open_store(facts_file), MemoryStore)


@pytest.mark.parametrize("name", ["a?b", "a#b", "a%3fb", "100%"])
def test_odd_characters_in_the_cache_path_still_hit(
    facts_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / name))
    open_store(facts_file)
    assert isinstance(open_store(facts_file), SqliteStore)


def test_the_index_holds_exactly_the_bytes_it_was_built_from(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A release symlink that flips from a broken file to a valid one while the index is built
    # must not leave an index pairing the broken file's fingerprint with the valid records.
    broken = tmp_path / "broken.toml"
    valid = tmp_path / "valid.toml"
    valid.write_text(MINIMAL)
    broken.write_text(MINIMAL.replace('name = "Jane Roe"', 'name = "Jane Roe"\nname2 = 1'))
    link = tmp_path / "facts.toml"
    link.symlink_to(broken)
    real_read = cfacts.index.cache._read

    def read_then_flip(path: str, expected: dict[str, str]) -> bytes | None:
        data = real_read(path, expected)
        link.unlink()
        link.symlink_to(valid)
        return data

    monkeypatch.setattr(cfacts.index.cache, "_read", read_then_flip)
    with pytest.raises(FactBaseError):
        open_store(link)
    monkeypatch.setattr(cfacts.index.cache, "_read", real_read)
    link.unlink()
    link.symlink_to(broken)
    with pytest.raises(FactBaseError):
        open_store(link)


def test_hashing_reads_in_chunks_never_mmap() -> None:
    code = (
        "import sys, cfacts.index.cache as c; c._content_hash(sys.argv[1]); "
        "print('mmap' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(bundled_path())],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert done.stdout.strip() == "False"


def test_a_damaged_record_in_our_own_index_falls_back_to_the_file(
    facts_file: Path, cache: Path
) -> None:
    index = _build(facts_file, cache)
    with sqlite3.connect(index) as db:
        db.execute("UPDATE rec SET data = '{\"id\": 3}' WHERE kind = 'person'")
    db.close()
    done = cfacts_run("--facts", str(facts_file), "who", "Jane Roe", "--json", cache=cache)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["results"][0]["name"] == "Jane Roe"
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_stale_temporaries_of_ours_are_swept(facts_file: Path, cache: Path) -> None:
    index = _build(facts_file, cache)
    stale = index.parent / f"{index.name}abc123.tmp"
    fresh = index.parent / f"{index.name}def456.tmp"
    other = index.parent / "notes.txt"
    for path in (stale, fresh, other):
        path.write_text("x")
    os.utime(stale, (1, 1))
    facts_file.write_text(MINIMAL.replace("Jane Roe", "Joan Doe"))  # forces a build
    done = cfacts_run("--facts", str(facts_file), "who", "Joan Doe", cache=cache)
    assert done.returncode == 0
    assert not stale.exists()
    assert fresh.exists() and other.exists()


def test_an_index_of_another_format_is_replaced_without_a_warning(
    facts_file: Path, cache: Path
) -> None:
    index = _build(facts_file, cache)
    with sqlite3.connect(index) as db:  # as an older cfacts wrote it: other tables, format
        db.execute("DROP TABLE word")
        db.execute("UPDATE meta SET value = '1' WHERE key = 'index_format'")
        db.execute("UPDATE rec SET data = replace(data, 'Jane Roe', 'Mallory')")
    db.close()
    done = cfacts_run("--facts", str(facts_file), "who", "Jane Roe", "--json", cache=cache)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["results"][0]["name"] == "Jane Roe"
    assert done.stderr == ""
    again = cfacts_run("--facts", str(facts_file), "who", "Jane Roe", "--json", cache=cache)
    assert again.stderr == ""
