"""The output schema's definitions of `export --format jsonl` lines, derived from `kinds`."""

from __future__ import annotations

from typing import Any

from cfacts.factbase.kinds import EVIDENCE_FIELDS, KINDS, QUALIFIERS, UNITS, FieldSpec, Kind
from cfacts.factbase.schema import DATE_RE, ID_RE
from cfacts.output.export import JSONL_KIND_FIELD

EXPORT_RECORD = "ExportRecord"
"""The definition every line validates against: one of the kinds' record definitions."""

Schema = dict[str, Any]


def record_def_name(kind: Kind) -> str:
    """The name of a kind's record definition: ``ClaimRecord`` for claims."""
    return f"{kind.model}Record"


def record_defs() -> dict[str, Schema]:
    """Every definition an export line needs: ``ExportRecord``, one per kind, the evidence and
    the quantity, keyed by name (``scripts/output_schema.py`` writes them into the schema)."""
    defs: dict[str, Schema] = {
        EXPORT_RECORD: {
            "description": "One line of `cfacts export --format jsonl`: one record as the fact "
            "base holds it, its record kind in `kind` (a record's own category is renamed "
            "`<kind>_kind`, e.g. `organization_kind`). Not a lookup result: its links are ids.",
            "oneOf": [{"$ref": f"#/$defs/{record_def_name(kind)}"} for kind in KINDS],
        },
        "RecordEvidence": _object(
            "One article's verbatim words behind a record (the first is its primary source).",
            {"source": _id(), "quote": {"type": "string", "minLength": 1}},
        ),
        "RecordQuantity": _object(
            "A number as the article gives it: hedge, normalized value or range, unit, wording.",
            {
                "qualifier": {"enum": list(QUALIFIERS)},
                "unit": {"enum": list(UNITS)},
                "as_written": {"type": "string"},
                "value": {"type": ["number", "null"]},
                "low": {"type": ["number", "null"]},
                "high": {"type": ["number", "null"]},
            },
        ),
    }
    for kind in KINDS:
        defs[record_def_name(kind)] = _record(kind)
    return defs


def _record(kind: Kind) -> Schema:
    cited = any(spec.name == "quote" and spec.required for spec in kind.fields)
    properties: dict[str, Schema] = {
        "kind": {"const": kind.name},
        "id": _id(),
        "evidence": {
            "type": "array",
            "items": {"$ref": "#/$defs/RecordEvidence"},
            "minItems": 1 if cited else 0,
        },
        "line": {"type": "integer", "minimum": 0, "description": "its line in the fact base"},
    }
    for spec in kind.fields:
        if spec.name in EVIDENCE_FIELDS:
            continue
        name = JSONL_KIND_FIELD.format(kind=kind.name) if spec.name == "kind" else spec.name
        properties[name] = {"description": spec.description, **_field(spec)}
    return _object(f"`{kind.name}`: {kind.description}", properties)


def _field(spec: FieldSpec) -> Schema:
    """The JSON form of one field: a list is always a list, an optional value may be null."""
    if spec.type == "strs":
        return {"type": "array", "items": {"type": "string"}}
    if spec.type == "refs":
        return {"type": "array", "items": _id()}
    one: Schema
    if spec.type == "str":
        one = {"type": "string"}
    elif spec.type == "date":
        one = {"type": "string", "pattern": DATE_RE.pattern}
    elif spec.type == "ref":
        one = _id()
    elif spec.type == "quantity":
        one = {"$ref": "#/$defs/RecordQuantity"}
    elif spec.type == "enum":
        one = {"enum": list(spec.choices)}
    else:
        raise ValueError(f"field {spec.name}: no JSON form for type {spec.type!r}")
    return one if spec.required else {"anyOf": [one, {"type": "null"}]}


def _id() -> Schema:
    return {"type": "string", "pattern": ID_RE.pattern}


def _object(description: str, properties: dict[str, Schema]) -> Schema:
    return {
        "description": description,
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }
