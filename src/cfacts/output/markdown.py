"""The Markdown format: a pipe table a reader can paste into a report, with its sources."""

from __future__ import annotations

import re

from cfacts.output.rows import Layout, Row
from cfacts.sanitize import clean

RESULT_VIEW = (
    ("Type", "type"),
    ("Name", "name"),
    ("Summary", "summary"),
    ("Date", "date"),
    ("Source", "source_title"),
    ("Quote", "quote"),
)
OBSERVATION_VIEW = (
    ("Statistic", "label"),
    ("Period", "period"),
    ("Value", "as_written"),
    ("Change", "change"),
    ("Reported by", "reported_by"),
    ("Source", "source_title"),
    ("Quote", "quote"),
)
ITEM_VIEW = (
    ("Item", "item"),
    ("Name", "name"),
    ("Title", "title"),
    ("Organization", "organization"),
    ("Event", "event"),
    ("Date", "date"),
    ("Capacity", "capacity"),
    ("Summary", "summary"),
    ("Source", "source_title"),
    ("Quote", "quote"),
)
ANSWER_VIEW = (
    ("Answer", "text"),
    ("Value", "as_written"),
    ("Period", "period"),
    ("Source", "source_title"),
    ("Quote", "quote"),
)
VIEWS = {
    "observation": OBSERVATION_VIEW,
    "item": ITEM_VIEW,
    "answer": ANSWER_VIEW,
    "result": RESULT_VIEW,
}


# What could make a link, an image, an HTML element or code out of text, or end a table cell:
# a backslash (it would escape what follows), backtick, brackets (links, images, references,
# footnotes), '!' before '[', '|', '<' (HTML and <autolinks>), '&' starting an entity, and the
# parts of bare URLs, www. names and e-mail addresses that renderers link by themselves
# (GitHub's extended autolinks, linkify): ':' before '//', '//', '@' and a '.' before a letter.
_MARKUP = re.compile(r"[\\`\[\]|<@]|!(?=\[)|&(?=#?\w+;)|:(?=//)|//|\.(?=[^\W\d_])")

# GitHub's renderer (cmark-gfm) finds e-mail addresses after joining escaped characters back
# into the text, so no escape stops it; an address-like word goes in a code span instead,
# which no renderer links. The word has no backtick, '|' or backslash to escape in a span.
_ADDRESS = re.compile(r"[A-Za-z0-9.+_:-]*[A-Za-z0-9]@[A-Za-z0-9][A-Za-z0-9._-]*")


def _escape(match: re.Match[str]) -> str:
    text = match.group(0)
    if text == "<":
        return "&lt;"
    if text == "&":
        return "&amp;"
    return "".join("\\" + char for char in text)


def _plain(text: str) -> str:
    """Markdown that every renderer shows as ``text``, with no link, image or HTML in it."""
    out: list[str] = []
    start = 0
    for match in _ADDRESS.finditer(text):
        out.append(_MARKUP.sub(_escape, text[start : match.start()]))
        out.append(f"`{match.group(0)}`")
        start = match.end()
    out.append(_MARKUP.sub(_escape, text[start:]))
    return "".join(out)


def _cell(value: str | float | None) -> str:
    """One cell: sanitized, on one line, and read by any Markdown renderer as plain text."""
    if value is None:
        return ""
    text = clean(f"{value:g}" if isinstance(value, (int, float)) else value)
    return " ".join(_plain(text).split())


def to_markdown(rows: list[Row], layout: Layout) -> str:
    """A GitHub-flavoured Markdown table of rows of one `layout` (`rows.layout`); quotes are
    shown in quotation marks, sources with their date."""
    view = VIEWS[layout]
    lines = [
        "| " + " | ".join(title for title, _ in view) + " |",
        "|" + "|".join(" --- " for _ in view) + "|",
    ]
    for row in rows:
        cells = []
        for _, key in view:
            cell = _cell(row.get(key))
            if key == "quote" and cell:
                cell = f"\u201c{cell}\u201d"
            elif key == "source_title" and cell and row.get("source_date"):
                cell += f" ({_cell(row.get('source_date'))})"
            cells.append(cell)
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"
