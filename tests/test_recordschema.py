"""The output schema's export-record definitions: derived from the kinds, and strict."""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import Draft202012Validator

from cfacts.factbase.kinds import KINDS
from cfacts.output.recordschema import EXPORT_RECORD, record_def_name, record_defs
from conftest import ROOT, SCHEMA

LINE: dict[str, Any] = {
    "kind": "role",
    "id": "jane-roe-director",
    "evidence": [{"source": "s1", "quote": "Ms. Jane Roe, Director of ACS"}],
    "line": 30,
    "person": "jane-roe",
    "title": "Director",
    "organization": "acme",
    "as_of": "2024-05",
    "note": None,
}
VALIDATOR = Draft202012Validator(
    {**SCHEMA["$defs"][EXPORT_RECORD], "$defs": SCHEMA["$defs"]},
    format_checker=Draft202012Validator.FORMAT_CHECKER,
)


def test_the_schema_file_holds_the_definitions_the_kinds_give() -> None:
    from importlib import import_module
    from sys import path

    path.insert(0, str(ROOT / "scripts"))
    try:
        script = import_module("output_schema")
    finally:
        path.remove(str(ROOT / "scripts"))
    assert script.main(["--check"]) == 0, "run python scripts/output_schema.py"
    for name, definition in record_defs().items():
        assert SCHEMA["$defs"][name] == definition


def test_one_definition_per_kind() -> None:
    refs = [ref["$ref"] for ref in SCHEMA["$defs"][EXPORT_RECORD]["oneOf"]]
    assert refs == [f"#/$defs/{record_def_name(kind)}" for kind in KINDS]


def test_a_record_line_is_valid() -> None:
    VALIDATOR.validate(LINE)


@pytest.mark.parametrize(
    "change",
    [
        {"extra": 1},
        {"kind": "person"},
        {"id": "Not An Id"},
        {"as_of": "May 2024"},
        {"title": None},
        {"evidence": []},
        {"organization": ["acme"]},
    ],
    ids=lambda change: next(iter(change)),
)
def test_a_line_that_is_not_a_record_is_invalid(change: dict[str, Any]) -> None:
    assert not VALIDATOR.is_valid({**LINE, **change})


def test_a_missing_field_is_invalid() -> None:
    line = dict(LINE)
    del line["note"]
    assert not VALIDATOR.is_valid(line)
