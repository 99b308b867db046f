"""The CSV format: a header of documented columns, then one row per result or observation."""

from __future__ import annotations

import csv
import io

from cfacts.rows import Row
from cfacts.sanitize import clean


def _cell(value: str | float | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.15g}"
    return clean(value)


def to_csv(names: tuple[str, ...], rows: list[Row]) -> str:
    """RFC 4180 quoting with Unix line ends, control characters escaped, empty cells for nothing."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(names)
    for row in rows:
        writer.writerow([_cell(row.get(name)) for name in names])
    return out.getvalue()
