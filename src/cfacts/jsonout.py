"""Builds every JSON document cfacts prints, from plain dicts, in one place."""

from __future__ import annotations

import json
from typing import Any

from cfacts.sanitize import escape_json


def dumps(payload: Any) -> str:
    """Serialize with readable Unicode but every control and bidi character escaped."""
    return escape_json(json.dumps(payload, ensure_ascii=False, indent=2))
