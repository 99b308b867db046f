"""The kind definitions are the one source of each record's shape: the model classes, the
loader's schema, the index (links, codec), the export and the output schema agree with them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cfacts.factbase import kinds, schema
from cfacts.factbase.kinds import EVIDENCE_FIELDS, FIELDS, KIND_NAMES, KINDS, LINK_FIELDS, TYPES
from cfacts.factbase.loader import load
from cfacts.factbase.model import KIND_CLASSES, Quantity, Record
from cfacts.frozen import field_names
from cfacts.index import codec, store
from cfacts.output import export
from conftest import ROOT, SCHEMA

RECORD_FIELDS = ("id", "evidence", "line")
"""Fields every model class has from `Record`: the id, the evidence (source, quote and also
together) and the line in the file."""

ANNOTATIONS = {
    "str": "str",
    "enum": "str",
    "date": "str",
    "ref": "str",
    "strs": "tuple[str, ...]",
    "refs": "tuple[str, ...]",
    "quantity": "Quantity",
}
"""The model's annotation of a required field of each type (an optional one adds `| None`,
except lists, which default to empty)."""


def model_fields(cls: type) -> list[str]:
    return [name for name in field_names(cls) if name not in RECORD_FIELDS]


def declared_types(cls: type) -> dict[str, str]:
    found: dict[str, str] = {}
    for klass in reversed(cls.__mro__):
        found.update({k: str(v) for k, v in vars(klass).get("__annotations__", {}).items()})
    return found


@pytest.mark.parametrize("kind", KINDS, ids=KIND_NAMES)
def test_model_class_has_exactly_the_defined_fields_in_order(kind: kinds.Kind) -> None:
    cls = KIND_CLASSES[kind.name]
    assert cls.__name__ == kind.model
    defined = [spec.name for spec in kind.fields if spec.name not in EVIDENCE_FIELDS]
    assert model_fields(cls) == defined
    assert field_names(cls)[: len(RECORD_FIELDS)] == field_names(Record) == RECORD_FIELDS


@pytest.mark.parametrize("kind", KINDS, ids=KIND_NAMES)
def test_model_fields_are_optional_and_typed_as_defined(kind: kinds.Kind) -> None:
    cls = KIND_CLASSES[kind.name]
    defaults = getattr(cls, "__value_defaults__", {})
    declared = declared_types(cls)
    for spec in kind.fields:
        if spec.name in EVIDENCE_FIELDS:
            continue
        expected = ANNOTATIONS[spec.type]
        if not spec.required:
            lists = spec.type in ("strs", "refs")
            expected = expected if lists else f"{expected} | None"
            assert defaults.get(spec.name, "missing") == (() if lists else None), spec.name
        else:
            assert spec.name not in defaults, spec.name
        assert declared[spec.name] == expected, spec.name


@pytest.mark.parametrize("kind", KINDS, ids=KIND_NAMES)
def test_evidence_fields_are_the_primary_source_quote_and_also(kind: kinds.Kind) -> None:
    names = [spec.name for spec in kind.fields]
    evidence = [name for name in names if name in EVIDENCE_FIELDS]
    if kind.name == "source":
        assert evidence == ["quote"]  # a source is its own source
    elif kind.name == "statistic":
        assert evidence == []  # its observations carry the evidence
    else:
        assert evidence in (["source", "quote"], ["source", "quote", "also"])
        assert names[-len(evidence) :] == evidence
    specs = {spec.name: spec for spec in kind.fields}
    assert "quote" not in specs or (specs["quote"].type, specs["quote"].required) == ("quote", True)
    assert "also" not in specs or specs["also"].type == "evidence"
    if "source" in specs:
        assert specs["source"].targets == ("source",) and specs["source"].required


def test_kind_classes_are_every_record_class_in_definition_order() -> None:
    assert tuple(KIND_CLASSES) == KIND_NAMES
    assert set(KIND_CLASSES.values()) == set(Record.__subclasses__())
    assert tuple(FIELDS) == KIND_NAMES
    assert len(set(KIND_NAMES)) == len(KIND_NAMES)


@pytest.mark.parametrize("kind", KINDS, ids=KIND_NAMES)
def test_class_docstring_is_the_kind_description(kind: kinds.Kind) -> None:
    assert (KIND_CLASSES[kind.name].__doc__ or "").strip() == kind.description


@pytest.mark.parametrize("kind", KINDS, ids=KIND_NAMES)
def test_field_types_choices_and_targets_are_well_formed(kind: kinds.Kind) -> None:
    names = [spec.name for spec in kind.fields]
    assert len(set(names)) == len(names)
    assert "id" not in names
    for spec in kind.fields:
        assert spec.type in TYPES, spec
        assert spec.description and "\n" not in spec.description and "|" not in spec.description
        assert bool(spec.choices) == (spec.type == "enum"), spec
        assert len(set(spec.choices)) == len(spec.choices), spec
        assert bool(spec.targets) == (spec.type in ("ref", "refs")), spec
        assert set(spec.targets) <= set(KIND_NAMES), spec
        if spec.type in ("strs", "refs", "evidence"):
            assert not spec.required, spec  # lists are optional: they default to empty
        assert bool(spec.item) == (spec.type in ("strs", "refs")), spec


def test_link_fields_are_every_reference_but_the_cited_source() -> None:
    expected = {
        kind.name: tuple(
            spec.name
            for spec in kind.fields
            if spec.type in ("ref", "refs") and spec.name not in EVIDENCE_FIELDS
        )
        for kind in KINDS
    }
    assert {kind: fields for kind, fields in expected.items() if fields} == LINK_FIELDS
    for kind in KINDS:
        for spec in kind.fields:
            assert spec.backlink == (spec.name in LINK_FIELDS.get(kind.name, ())), spec
    assert store.LINK_FIELDS is LINK_FIELDS


def test_loader_schema_is_the_definition() -> None:
    assert schema.FIELDS is FIELDS
    assert frozenset(kinds.QUALIFIERS) == schema.QUALIFIERS
    assert frozenset(kinds.UNITS) == schema.UNITS


@pytest.mark.parametrize("kind", KINDS, ids=KIND_NAMES)
def test_index_codec_reads_and_requires_the_defined_fields(kind: kinds.Kind) -> None:
    own = {spec.name for spec in kind.fields if spec.name not in EVIDENCE_FIELDS}
    required = {
        spec.name for spec in kind.fields if spec.required and spec.name not in EVIDENCE_FIELDS
    }
    assert set(codec._CHECKS[kind.name]) == {"id", "evidence"} | own
    assert codec._REQUIRED[kind.name] == {"id", "evidence"} | required


def test_example_ids_are_records_of_their_kind() -> None:
    facts = load(ROOT / "facts.toml")
    for kind in KINDS:
        assert kind.example_id in facts.kind(kind.name), kind.name


def test_every_field_has_a_home_in_the_export(tmp_path: Path) -> None:
    facts = load(ROOT / "facts.toml")
    export.export_sqlite(facts, tmp_path / "out.db")
    db = sqlite3.connect(tmp_path / "out.db")
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert set(export.KIND_TABLES) == set(KIND_NAMES)
    parts = [part for part, _ in export._QUANTITY_PARTS]
    assert set(parts) == set(field_names(Quantity))
    for kind in KINDS:
        columns = [row[1] for row in db.execute(f'PRAGMA table_info("{kind.name}")')]
        expected = ["id"]
        for spec in kind.fields:
            if spec.type == "quantity":
                prefix = "" if spec.name == "value" else f"{spec.name}_"
                expected += [prefix + part for part in parts]
            elif spec.type == "refs":
                assert export.LINK_TABLES[kind.name, spec.name] == f"{kind.name}_{spec.item}"
                assert f"{kind.name}_{spec.item}" in tables
            elif spec.type != "evidence":
                expected.append(spec.name)
        assert [c for c in columns if c in expected] == list(dict.fromkeys(expected)), kind.name
    assert export.EVIDENCE_TABLE in tables
    db.close()


def test_output_schema_names_every_kind_and_vocabulary() -> None:
    defs = SCHEMA["$defs"]
    assert set(defs["Result"]["properties"]["type"]["enum"]) == set(KIND_NAMES)
    assert defs["Amount"]["properties"]["qualifier"]["enum"] == list(kinds.QUALIFIERS)
    for basis in ("publisher_basis", "date_basis"):
        assert defs["SourceCard"]["properties"][basis]["enum"] == list(kinds.BASES)


def test_claims_may_be_about_events_as_the_bundled_ones_are() -> None:
    subjects = next(spec for spec in FIELDS["claim"] if spec.name == "subjects")
    assert "event" in subjects.targets
    facts = load(ROOT / "facts.toml")
    events = facts.kind("event")
    about_events = [
        claim
        for claim in facts.kind("claim").values()
        if any(rid in events for rid in getattr(claim, "subjects", ()))
    ]
    assert len(about_events) >= 5
