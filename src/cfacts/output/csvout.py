"""The CSV format: a header of documented columns, then one row per result or observation."""

from __future__ import annotations

import csv
import io
import re

from cfacts.output.rows import Row
from cfacts.sanitize import clean

FORMULA_STARTS = "=+-@\t\r\uff1d\uff0b\uff0d\uff20"
"""A cell whose text starts with one of these (or with spaces then one of them) could be taken
for a formula by a spreadsheet (OWASP, CSV injection): ``=``, ``+``, ``-``, ``@``, tab, carriage
return, and their full-width forms (U+FF1D, U+FF0B, U+FF0D, U+FF20). Such a cell is written
with a leading ``'``; a plain number such as ``-0.5`` or ``-3.2%`` is left as it is."""

_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?%?")


def _cell(value: str | float | None) -> str:
    if value is None:
        return ""
    if isinstance(value, (int, float)):
        return f"{value:.15g}"  # a number, also when negative: never a formula
    text = clean(value)
    return "'" + text if _formula_like(value, text) else text


def _formula_like(raw: str, text: str) -> bool:
    """Whether a spreadsheet might evaluate the cell; a plain number such as -0.5 is not."""
    if _PLAIN_NUMBER.fullmatch(raw):
        return False
    starts = (raw[:1], text.lstrip(" ")[:1])
    return any(char and char in FORMULA_STARTS for char in starts)


def to_csv(names: tuple[str, ...], rows: list[Row]) -> str:
    """RFC 4180 quoting with Unix line ends, control characters escaped, empty cells for nothing,
    and a ``'`` before any cell a spreadsheet would evaluate as a formula."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(names)
    for row in rows:
        writer.writerow([_cell(row.get(name)) for name in names])
    return out.getvalue()
