"""Builds every JSON document cfacts prints, from plain dicts, in one place.

The contract is documented in ``schema/cfacts-output.schema.json``.
"""

from __future__ import annotations

import json

from cfacts.finding.views import AnswerLine, Outcome, Result, card_date
from cfacts.frozen import field_names
from cfacts.sanitize import escape_json

TYPE_CHECKING = False  # not `typing`'s: importing it costs ~3 ms of start-up

if TYPE_CHECKING:
    from typing import Any

OUTPUT_SCHEMA_VERSION = 3
"""3: every result's ``fields`` is the one view of its record kind (a claim's in `search` and
`timeline` as on a person's card); 2: an observation's ``change`` is an object with its base
period (``since``), not a string. See docs/json.md."""


def plain(value: Any) -> Any:
    """Value objects to dicts, tuples to lists, recursively; everything else as is."""
    names = field_names(value)
    if names and not isinstance(value, type):
        return {name: plain(getattr(value, name)) for name in names}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def result_dict(result: Result) -> dict[str, Any]:
    """One result: what it is, where it stands in time, how it matched, its fields (the one
    view of its record kind) and its sources with quotes."""
    return {
        "type": result.type,
        "id": result.id,
        "name": result.name,
        "description": result.description,
        "date": card_date(result.card),
        "score": result.score,
        "matched": {"field": result.matched_field, "text": result.matched_text},
        "fields": plain(result.card),
        "sources": plain(result.sources),
    }


def outcome_dict(outcome: Outcome) -> dict[str, Any]:
    """The top-level document of a lookup command."""
    return {
        "schema_version": OUTPUT_SCHEMA_VERSION,
        "command": outcome.command,
        "query": outcome.query,
        "ambiguous": outcome.ambiguous,
        "results": [result_dict(r) for r in outcome.results],
        "suggestions": [*outcome.tries, *outcome.suggestions],
        **({"total": outcome.total} if outcome.total is not None else {}),
        **({"understood": plain(outcome.understood)} if outcome.understood else {}),
        **({"answer": [answer_dict(a) for a in outcome.answer]} if outcome.understood else {}),
    }


def answer_dict(line: AnswerLine) -> dict[str, Any]:
    """One fact of an answer (`ask`): our line, its record, its source and quote, and for a
    number the quantity as stored and its period."""
    amount = line.value
    quantity = None
    if amount is not None:
        quantity = {
            "qualifier": amount.qualifier,
            "value": amount.value,
            "low": amount.low,
            "high": amount.high,
            "unit": amount.unit,
            "as_written": amount.as_written,
        }
    return {
        "text": line.text,
        "kind": line.kind,
        "id": line.id,
        "source": plain(line.source),
        "value": quantity,
        "period": line.period,
    }


def dumps(payload: Any) -> str:
    """Serialize with readable Unicode but every control and bidi character escaped."""
    return escape_json(json.dumps(payload, ensure_ascii=False, indent=2))


def dumps_line(payload: Any) -> str:
    """One compact JSON document on one line (JSON Lines), escaped like `dumps`."""
    return escape_json(json.dumps(payload, ensure_ascii=False, separators=(",", ":")))
