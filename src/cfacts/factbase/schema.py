"""The fact-base schema the loader checks: kinds' fields (from `kinds`), vocabularies, formats."""

from __future__ import annotations

import re

from cfacts.factbase import kinds
from cfacts.factbase.kinds import FIELDS as FIELDS  # fields of each kind besides id
from cfacts.factbase.kinds import FieldSpec as FieldSpec
from cfacts.factbase.schema_version import (
    SCHEMA_VERSION as SCHEMA_VERSION,  # the one this release reads
)

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
MAX_QUOTE = 200

QUALIFIERS = frozenset(kinds.QUALIFIERS)
UNITS = frozenset(kinds.UNITS)

QUANTITY_KEYS = frozenset({"qualifier", "value", "low", "high", "unit", "as_written"})
EVIDENCE_KEYS = frozenset({"source", "quote"})
