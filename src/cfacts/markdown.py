"""The Markdown format: a pipe table a reader can paste into a report, with its sources."""

from __future__ import annotations

from cfacts.rows import Row
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


def _cell(value: str | float | None) -> str:
    if value is None:
        return ""
    text = clean(f"{value:g}" if isinstance(value, float) else value)
    text = text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;")
    return " ".join(text.split())


def to_markdown(rows: list[Row], *, observations: bool) -> str:
    """A GitHub-flavoured Markdown table; quotes are shown in quotation marks with their date."""
    view = OBSERVATION_VIEW if observations else RESULT_VIEW
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
