"""Data kept beside the index (`index.kept`): read only when ours and of this index; the name
index read back from it is the one derived."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cfacts.finding.lookup import Lookup
from cfacts.finding.question import KEPT_AS, NameIndex, name_parts, parts_of
from cfacts.index import kept
from cfacts.index.cache import open_store
from cfacts.paths import bundled_path
from conftest import ROOT


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The bundled fact base's index, in a cache folder of its own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    found = open_store(bundled_path())
    assert found.index is not None and found.identity is not None
    return found


def kept_file(store: Any) -> Path:
    path = kept._file(store, KEPT_AS)
    assert path is not None
    return Path(path)


def test_the_name_index_read_back_is_the_one_derived(store: Any) -> None:
    lookup = Lookup(store)
    derived = NameIndex(lookup)
    plain = json.loads(json.dumps(derived.parts.plain()))  # as the file holds it
    parts = parts_of(plain)
    assert parts is not None
    read = NameIndex(lookup, parts)
    for name in ("names", "keys", "words", "person_words", "pairs", "common", "joinable",
                 "place_words", "abbreviations"):  # fmt: skip
        assert getattr(read, name) == getattr(derived, name), name
    assert dict(read.places) == dict(derived.places)
    assert read.vocabulary(lookup) == derived.vocabulary(lookup)


def test_kept_data_is_written_and_read_for_its_index_only(store: Any) -> None:
    data = name_parts(Lookup(store)).plain()
    kept.offer(store, KEPT_AS, data)
    kept.save()
    path = kept_file(store)
    assert path.stat().st_mode & 0o077 == 0  # private, as the index is
    assert kept.read(store, KEPT_AS) == data
    assert kept.read(store, "other") is None
    store.identity = "another build of the index"
    assert kept.read(store, KEPT_AS) is None


def test_no_store_without_an_index_keeps_anything(tmp_path: Path) -> None:
    from cfacts.factbase.loader import load
    from cfacts.index.store import MemoryStore

    memory = MemoryStore(load(bundled_path()))
    kept.offer(memory, KEPT_AS, {"a": 1})
    assert kept.read(memory, KEPT_AS) is None
    assert kept._offered == {}


def _write(path: Path, document: object, mode: int = 0o600) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    path.write_text(json.dumps(document) if not isinstance(document, str) else document)
    path.chmod(mode)


def test_a_file_others_may_write_or_a_link_or_another_format_is_not_read(store: Any) -> None:
    path = kept_file(store)
    good = {"format": kept.FORMAT, "index": store.identity, "data": [1]}
    _write(path, good)
    assert kept.read(store, KEPT_AS) == [1]
    path.chmod(0o666)
    assert kept.read(store, KEPT_AS) is None
    path.chmod(0o600)
    for bad in ({**good, "format": 99}, {"format": kept.FORMAT, "data": [1]}, [good], "{" * 5000,
                "not json"):  # fmt: skip
        _write(path, bad)
        assert kept.read(store, KEPT_AS) is None, bad
    _write(path, good)
    target = path.with_name("elsewhere.json")
    path.rename(target)
    path.symlink_to(target)
    assert kept.read(store, KEPT_AS) is None


def _plain() -> dict[str, Any]:
    from cfacts.factbase.loader import load
    from cfacts.index.store import MemoryStore

    parts = name_parts(Lookup(MemoryStore(load(bundled_path()))))
    document: dict[str, Any] = json.loads(json.dumps(parts.plain()))
    return document


BAD_PARTS: list[tuple[str, Any]] = [
    ("not-a-table", lambda d: [d]),
    ("names-missing", lambda d: {k: v for k, v in d.items() if k != "names"}),
    ("a-name-of-four", lambda d: {**d, "names": [d["names"][0][:4], *d["names"][1:]]}),
    ("a-name-not-text", lambda d: {**d, "names": [[1, 2, 3, 4, 5], *d["names"][1:]]}),
    ("keys-short", lambda d: {**d, "keys": d["keys"][1:]}),
    ("word-of-no-name", lambda d: {**d, "words": {**d["words"], "x": [len(d["names"])]}}),
    ("word-negative", lambda d: {**d, "words": {**d["words"], "x": [-1]}}),
    ("word-not-a-list", lambda d: {**d, "words": {**d["words"], "x": 3}}),
    ("place-not-a-pair", lambda d: {**d, "places": {"x": ["X"]}}),
    ("place-country-a-number", lambda d: {**d, "places": {"x": ["X", 3]}}),
    ("pair-of-three", lambda d: {**d, "pairs": [["a", "b", "c"]]}),
    ("common-holds-a-number", lambda d: {**d, "common": [1]}),
    ("labels-missing", lambda d: {k: v for k, v in d.items() if k != "labels"}),
    ("boolean-as-index", lambda d: {**d, "words": {**d["words"], "x": [True]}}),
]


@pytest.mark.parametrize(("name", "spoil"), BAD_PARTS, ids=[n for n, _ in BAD_PARTS])
def test_kept_name_parts_of_the_wrong_shape_are_not_used(name: str, spoil: Any) -> None:
    document = _plain()
    assert parts_of(document) is not None
    assert parts_of(spoil(document)) is None, name


def _ask(question: str, cache: Path, *more: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    return subprocess.run(
        [sys.executable, "-m", "cfacts", *more, "ask", question, "--json"], capture_output=True,
        text=True, env=env, check=False, timeout=60, cwd=ROOT,
    )  # fmt: skip


def test_answers_are_the_same_with_the_names_kept_and_a_bad_file_is_written_anew(
    tmp_path: Path,
) -> None:
    question = "what did Zhao Xuiling say about the Shanghai training?"
    clean = _ask(question, tmp_path / "none", "--no-cache")
    assert not (tmp_path / "none").exists() or not list((tmp_path / "none").rglob("*.json"))
    cache = tmp_path / "cache"
    first, second = _ask(question, cache), _ask(question, cache)
    assert (first.returncode, first.stdout) == (second.returncode, second.stdout)
    assert (second.returncode, second.stdout) == (clean.returncode, clean.stdout)
    [path] = (cache / "cfacts").glob(f"*.{KEPT_AS}.json")
    document = json.loads(path.read_text())
    document["data"]["words"] = {"zhao": [10**6]}  # a name that is not there
    path.write_text(json.dumps(document))
    third = _ask(question, cache)
    assert (third.returncode, third.stdout) == (clean.returncode, clean.stdout)
    assert parts_of(json.loads(path.read_text())["data"]) is not None  # written anew
