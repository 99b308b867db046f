"""The answer to a question (`ask`) as a table: the facts that answer it first, each with its
citation, then (with ``--full`` or ``--section``) the cards they come from, then the sources
with each verbatim quote.

The default answer is plain text (`answer_text`), so `ask` never pays for rich's import unless
cards are asked for; `render_answer` draws the same with rich, cards included.
"""

from __future__ import annotations

from cfacts.finding.views import NEAR_CUE, Outcome, SourceRef
from cfacts.sanitize import clean

TYPE_CHECKING = False  # not `typing`'s: importing it costs ~3 ms of start-up

if TYPE_CHECKING:
    from rich.console import RenderableType

    from cfacts.output.render import Footnotes
    from cfacts.output.view import View

BULLET = "\u2022"
BOLD, CYAN, DIM, RESET = "\x1b[1m", "\x1b[36m", "\x1b[2m", "\x1b[0m"


def wrap(text: str, width: int) -> list[str]:
    """``text``'s words in lines no wider than ``width``, as many as fit on each (a word
    longer than a line is cut); `textwrap` would cost about 1 ms of `ask`'s start-up."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        while len(word) > width:
            if line:
                lines.append(line)
                line = ""
            lines.append(word[:width])
            word = word[width:]
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line = f"{line} {word}"
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def heading(outcome: Outcome) -> str:
    """The answer's heading: "Answer", or for facts that miss a few of the question's
    plain words, "Closest answer" and the words they do not say."""
    cues = outcome.understood.cues if outcome.understood is not None else ()
    near = [cue for cue in cues if cue.startswith(NEAR_CUE)]
    if not near:
        return "Answer"
    return clean(f"Closest answer ({near[0].removeprefix('closest: ')})")


def answer_text(outcome: Outcome, width: int, *, colour: bool = False) -> str:
    """The answer as plain lines no wider than ``width``: the facts, each with its source's
    footnote number, how to see the records behind them, and every source with its quote."""
    width = max(width, 40)
    notes: list[SourceRef] = []
    numbers: dict[tuple[str, str], int] = {}
    marks: list[str] = []
    for line in outcome.answer:
        key = (line.source.source, line.source.quote)
        if key not in numbers:
            notes.append(line.source)
            numbers[key] = len(notes)
        marks.append(f"[{numbers[key]}]")
    mark_width = max(len(m) for m in marks)
    text_width = width - 2 - 1 - mark_width

    def style(text: str, code: str) -> str:
        return f"{code}{text}{RESET}" if colour else text

    out = [style(heading(outcome), BOLD)]
    for line, mark in zip(outcome.answer, marks, strict=True):
        wrapped = wrap(clean(line.text), text_width) or [""]
        first = wrapped[0].ljust(text_width)
        out.append(f"{BULLET} {first} {style(mark, CYAN)}".rstrip())
        out += [f"  {rest}" for rest in wrapped[1:]]
    out.append("")
    understood = outcome.understood
    if understood is not None and understood.equivalent:
        more = f"The records behind it: {clean(understood.equivalent)} (or --full)"
        out += [style(x, DIM) for x in wrap(more, width)]
        out.append("")
    out.append(style("Sources", BOLD))
    for number, ref in enumerate(notes, start=1):
        label = f" [{number}]".ljust(6)
        body = clean(f"{ref.source} ({ref.file}, {ref.date}), the article's words: ")
        body += f"\u201c{clean(ref.quote)}\u201d"
        lines = wrap(body, width - 6) or [""]
        out.append(style(label, CYAN) + lines[0])
        out += [" " * 6 + rest for rest in lines[1:]]
    return "\n".join(out) + "\n"


def answer_table(outcome: Outcome, notes: Footnotes) -> RenderableType:
    """The facts, one a line, best first, each with its source's footnote number (rich)."""
    from rich.console import Group
    from rich.table import Table

    from cfacts.output.render import t

    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_column(no_wrap=True)
    for line in outcome.answer:
        grid.add_row(t(BULLET), t(line.text), notes.mark(line.source))
    return Group(t(heading(outcome), "bold"), grid)


def render_answer(outcome: Outcome, view: View) -> RenderableType:
    """The whole answer to a question with rich: facts, then the cards the view asks for,
    then every source quoted."""
    from rich.console import Group
    from rich.text import Text

    from cfacts.output.render import Footnotes, _card, t

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
