"""The indexer: an index updated after an edit answers exactly like the loader, or the loader
reports the problem; only changed records are parsed."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cfacts.factbase.loader
from cfacts.errors import FactBaseError, Problem
from cfacts.factbase.loader import load, load_text
from cfacts.factbase.model import KIND_CLASSES, Record
from cfacts.frozen import replace
from cfacts.index.blocks import split
from cfacts.index.cache import cache_path, open_store
from cfacts.index.indexer import _allowed, create, update
from cfacts.index.names import NAME_KINDS
from cfacts.index.store import (
    LINK_FIELDS,
    MemoryStore,
    SqliteStore,
    Store,
    link_targets,
)
from cfacts.index.writer import write_index
from conftest import DATA, ROOT

REAL = (ROOT / "facts.toml").read_text(encoding="utf-8")
FULL_TEXT = ('"copyright"', '"director"', '"hua" OR "acme"', '"2023"', '"roe"', '"training"')
"""Full-text queries whose hits and relevance an updated index must share with a new load."""


def snapshot(store: Store) -> dict[str, Any]:
    """Everything a lookup can read from a store, in a comparable form."""
    shot: dict[str, Any] = {"counts": store.counts(), "per_source": store.facts_per_source()}
    for kind in KIND_CLASSES:
        records = store.all(kind)
        shot[kind] = [replace(r, line=0) for r in records]
        for record in records:
            for field, target in link_targets(kind, record):
                found = store.related(kind, field, target)
                shot[f"{kind}.{field}->{target}"] = [r.id for r in found]
    for kind in NAME_KINDS:
        names = store.names([kind])
        shot[f"names {kind}"] = names
        for typed in ("co", "liu h"):
            shot[f"starting {kind} {typed}"] = list(store.completions(kind, typed, typed))
    for kind in ("event", "organization", "statistic"):
        shot[f"fields {kind}"] = store.field_texts(kind, ("city", "country", "subject", "id"))
    for expression in FULL_TEXT:  # full-text rows are kept in step with the records
        shot[f"text {expression}"] = [
            (kind, rid, round(relevance, 9))
            for kind, rid, relevance in store.text_search(expression)
        ]
    return shot


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the records the indexer parses and validates."""
    counts: list[int] = []
    real = cfacts.factbase.loader.build_records

    def counting(data: Mapping[str, Any], name: str) -> dict[str, dict[str, Record]]:
        counts.append(sum(len(v) for v in data.values()))
        return real(data, name)

    monkeypatch.setattr(cfacts.factbase.loader, "build_records", counting)
    return counts


def agrees(path: Path) -> SqliteStore:
    """The store opened through the cache matches the loader's, and comes from the index."""
    store = open_store(path)
    assert isinstance(store, SqliteStore)
    assert snapshot(store) == snapshot(MemoryStore(load(path)))
    return store


def block_of(text: str, kind: str, rid: str) -> str:
    match = re.search(rf'\[\[{kind}\]\]\nid = "{re.escape(rid)}"\n.*?(?=\n\[\[|\Z)', text, re.S)
    assert match, (kind, rid)
    return match.group(0) + "\n"


def test_every_reference_field_is_indexed_as_a_link() -> None:
    assert {(k, f) for k, f, _ in _allowed()} == {
        (k, f) for k, fields in LINK_FIELDS.items() for f in fields
    }


def test_new_index_answers_like_the_loader(write_facts: Callable[..., Path]) -> None:
    agrees(write_facts(REAL))


def rows_by_record(db: sqlite3.Connection, table: str, columns: str) -> list[tuple[Any, ...]]:
    """A table's rows with each record's position replaced by its kind and id, sorted."""
    found = db.execute(
        f"SELECT rec.kind, rec.id, {columns} FROM {table} AS t JOIN rec ON rec.pos = t.rpos"
    ).fetchall()
    return sorted(found)


def test_names_and_words_are_those_the_loader_path_writes(tmp_path: Path) -> None:
    """Statistics get their organization's names after their own, from the name rows, as
    `write_index` gives them from the records (organization at hand)."""
    indexed = sqlite3.connect(tmp_path / "indexed.sqlite", isolation_level=None)
    create(indexed)
    indexed.execute("BEGIN")
    update(indexed, REAL.encode(), "facts.toml", 1)
    loaded = sqlite3.connect(tmp_path / "loaded.sqlite")
    write_index(loaded, load_text(REAL, "facts.toml"), {})
    statistics_with_organizations = indexed.execute(
        "SELECT count(*) FROM name WHERE kind = 'statistic' AND field = 'label' AND n > 1"
    ).fetchone()[0]
    assert statistics_with_organizations > 0
    for table, columns in (("name", "t.n, t.field, t.text, t.key, t.sorted_key, t.shown"),
                           ("word", "t.word")):  # fmt: skip
        assert rows_by_record(indexed, table, columns) == rows_by_record(loaded, table, columns)


EDITS: dict[str, Callable[[str], str]] = {
    "comment appended": lambda t: t + "# an edit\n",
    "organization renamed (its statistics' names follow)": lambda t: t.replace(
        'name = "Music Copyright Society of China"', 'name = "Music Rights Society of China"'
    ),
    "abbreviation added": lambda t: t.replace(
        'abbreviations = ["MCSC"]', 'abbreviations = ["MCSC", "MRSC"]'
    ),
    "record deleted": lambda t: t.replace(
        block_of(t, "appearance", "gao-hang-at-shanghai-training-2023"), ""
    ),
    "record inserted at the start": lambda t: t.replace(
        "[[source]]",
        '[[person]]\nid = "new-person"\nname = "Wen Xin"\nsource = "xiamen-2021"\n'
        'quote = "on July 7 to 9, 2021 in Xiamen"\n\n[[source]]',
        1,
    ),
    "statistic moved to its organization's neighbourhood": lambda t: t.replace(
        block_of(t, "statistic", "gdp-share"), ""
    ).replace(
        '[[organization]]\nid = "mcsc"',
        block_of(t, "statistic", "gdp-share") + '[[organization]]\nid = "mcsc"',
    ),
    "comment edited": lambda t: t.replace("# an edit", "# another edit"),
}


def test_each_edit_updates_the_index_like_a_new_load(
    write_facts: Callable[..., Path], parsed: list[int]
) -> None:
    path = write_facts(REAL)
    agrees(path)
    total = sum(parsed)
    assert total == REAL.count("\n[[")
    text = REAL
    for label, edit in EDITS.items():
        parsed.clear()
        text = edit(text)
        path.write_text(text, encoding="utf-8")
        agrees(path)
        assert sum(parsed) <= 3 or label.startswith("statistic moved"), (label, parsed)


def test_moved_records_rebuild_the_index(
    write_facts: Callable[..., Path], parsed: list[int]
) -> None:
    path = write_facts(REAL)
    agrees(path)
    moved = block_of(REAL, "person", "gao-hang")
    path.write_text(REAL.replace(moved, "") + "\n" + moved, encoding="utf-8")
    parsed.clear()
    agrees(path)
    assert sum(parsed) == REAL.count("\n[[")


GDP_SHARE = block_of(REAL, "statistic", "gdp-share")
BREAKS: dict[str, Callable[[str], str]] = {
    "a person other records point at is deleted": lambda t: t.replace(
        block_of(t, "person", "gao-hang"), ""
    ),
    "a source is deleted": lambda t: t.replace(block_of(t, "source", "xiamen-2021"), ""),
    "a statistic's unit no longer matches its observations": lambda t: t.replace(
        GDP_SHARE, GDP_SHARE.replace('unit = "percent"', 'unit = "CNY"')
    ),
    "a role given to another person than its appearance": lambda t: t.replace(
        'id = "gao-hang-wipo-copyright-development-division-2023"\nperson = "gao-hang"',
        'id = "gao-hang-wipo-copyright-development-division-2023"\nperson = "liu-hua"',
    ),
    "an id duplicated": lambda t: (
        t + block_of(t, "person", "gao-hang").replace("[[person]]", "[[person]]\n# copy")
    ),
    "an identical record twice": lambda t: t + "\n" + block_of(t, "person", "gao-hang"),
    "a reference mistyped": lambda t: t.replace(
        'person = "gao-hang"\nevent', 'person = "gao-hangg"\nevent', 1
    ),
    "a TOML syntax error": lambda t: t.replace('id = "mcsc"', 'id = "mcsc'),
    "an unknown kind": lambda t: t + '\n[[persn]]\nid = "x"\n',
}


@pytest.mark.parametrize("label", list(BREAKS))
def test_an_edit_that_breaks_the_base_is_reported_by_the_loader(
    label: str, write_facts: Callable[..., Path]
) -> None:
    path = write_facts(REAL)
    agrees(path)
    broken = BREAKS[label](REAL)
    assert broken != REAL
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(FactBaseError) as expected:
        load(path)
    with pytest.raises(FactBaseError) as through_cache:
        open_store(path)
    assert through_cache.value.problems == expected.value.problems
    path.write_text(REAL, encoding="utf-8")  # mended: the old index answers again
    agrees(path)


def bad_files() -> Iterator[Path]:
    yield from sorted((DATA / "bad").glob("*.toml"))


@pytest.mark.parametrize("bad", list(bad_files()), ids=lambda p: p.stem)
def test_every_bad_file_gets_the_loaders_report(bad: Path) -> None:
    with pytest.raises(FactBaseError) as expected:
        load(bad)
    with pytest.raises(FactBaseError) as through_cache:
        open_store(bad)
    assert through_cache.value.problems == expected.value.problems
    index = cache_path(bad)
    assert index is not None
    assert not index.exists()


def test_header_inside_a_multiline_string_is_text(write_facts: Callable[..., Path]) -> None:
    text = re.sub(
        r'(id = "mcsc"\n(?:.*\n)*?)description = .*\n',
        lambda m: m.group(1) + 'description = """A society.\n[[person]]\nid = "ghost"\n"""\n',
        REAL,
        count=1,
    )
    assert '[[person]]\nid = "ghost"' in text
    path = write_facts(text)
    store = open_store(path)
    assert store.get("person", "ghost") is None
    assert snapshot(store) == snapshot(MemoryStore(load(path)))


def test_files_the_indexer_cannot_split_still_load_and_index(
    write_facts: Callable[..., Path],
) -> None:
    text = REAL.replace('[[person]]\nid = "gao-hang"', '[["person"]]\nid = "gao-hang"')
    path = write_facts(text)
    store = open_store(path)
    assert isinstance(store, MemoryStore)
    assert snapshot(store) == snapshot(MemoryStore(load(path)))
    again = open_store(path)
    assert isinstance(again, SqliteStore)
    assert snapshot(again) == snapshot(store)
    path.write_text(text + "# edited\n", encoding="utf-8")
    assert snapshot(open_store(path)) == snapshot(store)


PREAMBLE_END, _BLOCKS = split(REAL.encode())
PIECES = [REAL.encode()[b.start : b.end].decode() for b in _BLOCKS]
Edit = tuple[str, int, int]
edits = st.lists(
    st.tuples(
        st.sampled_from(["delete", "copy", "move", "touch", "rename"]),
        st.integers(0, len(PIECES) - 1),
        st.integers(0, len(PIECES) - 1),
    ),
    min_size=1,
    max_size=4,
)


def apply(pieces: list[str], edit: Edit, serial: int) -> None:
    action, i, j = edit
    i, j = i % len(pieces), j % len(pieces)
    if action == "delete" and len(pieces) > 1:
        del pieces[i]
    elif action == "copy":
        copy = re.sub(
            r'^id = "([^"]+)"', rf'id = "\1-copy-{serial}"', pieces[i], count=1, flags=re.M
        )
        pieces.insert(j, copy)
    elif action == "move":
        pieces.insert(j, pieces.pop(i))
    elif action == "touch":
        pieces[i] += f"# touched {serial}\n"
    elif action == "rename":
        pieces[i] = re.sub(r'^(name|label) = "', rf'\1 = "Renamed {serial} ', pieces[i], flags=re.M)


def outcome(opener: Callable[[Path], Store], path: Path) -> dict[str, Any] | list[Problem]:
    """A snapshot of the store opened, or the problems reported."""
    try:
        return snapshot(opener(path))
    except FactBaseError as error:
        return error.problems


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(steps=st.lists(edits, min_size=1, max_size=3))
def test_any_edit_sequence_answers_like_the_loader(
    steps: list[list[Edit]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = tmp_path_factory.mktemp("edits") / "facts.toml"
    pieces = list(PIECES)
    path.write_text(REAL, encoding="utf-8")
    open_store(path)
    serial = 0
    for step in steps:
        for edit in step:
            serial += 1
            apply(pieces, edit, serial)
        path.write_text(REAL[:PREAMBLE_END] + "".join(pieces), encoding="utf-8")
        assert outcome(open_store, path) == outcome(lambda p: MemoryStore(load(p)), path)
