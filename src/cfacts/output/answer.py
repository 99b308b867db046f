"""The answer to a question (`ask`) as a table: the facts that answer it first, each with its
citation, then (with ``--full`` or ``--section``) the cards they come from, then the sources
with each verbatim quote."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from cfacts.finding.views import Outcome
from cfacts.output.render import Footnotes, _card, t
from cfacts.output.view import View


def answer_table(outcome: Outcome, notes: Footnotes) -> RenderableType:
    """The facts, one a line, best first, each with its source's footnote number."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_column(no_wrap=True)
    for line in outcome.answer:
        grid.add_row(t("\u2022"), t(line.text), notes.mark(line.source))
    return Group(t("Answer", "bold"), grid)


def render_answer(outcome: Outcome, view: View) -> RenderableType:
    """The whole answer to a question: facts, then cards if the view asks for them, then
    every source quoted."""
    notes = Footnotes(per_article=False)
    parts: list[RenderableType] = [answer_table(outcome, notes), Text("")]
    if view.full or view.sections:
        for result in outcome.results:
            parts.extend(_card(result, notes, view))
            parts.append(Text(""))
    elif outcome.understood is not None and outcome.understood.equivalent:
        more = f"The records behind it: {outcome.understood.equivalent} (or --full)"
        parts += [t(more, "dim"), Text("")]
    footnotes = notes.render()
    if footnotes is not None:
        parts.append(footnotes)
    return Group(*parts)
