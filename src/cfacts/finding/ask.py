"""Reads a plain-English question (`Reading`): the facts that answer it, the lookup whose cards
back them, and what was understood.

No model and no network: `answer.respond` reads the question's words and finds the facts;
`dispatch` runs the lookup that backs them and `answered` attaches the facts and what was
understood, so a reader can see, and rerun, the equivalent command. A question the fact base
cannot answer gets no lookup, no facts and commands to try that do find something near it.
"""

from __future__ import annotations

from cfacts.finding.answer import Reply, respond
from cfacts.finding.lookup import Lookup, clean_query
from cfacts.finding.request import Request
from cfacts.finding.views import AnswerLine, Outcome, Understanding
from cfacts.frozen import replace, value
from cfacts.sanitize import shell_quoted


@value(frozen=True)
class Reading:
    """How a question was read: the lookup whose cards back the answer (None when there is
    no answer), what was understood, the facts that answer it and, when none do, commands
    to try."""

    request: Request | None
    understood: Understanding
    lines: tuple[AnswerLine, ...] = ()
    tries: tuple[str, ...] = ()
    suggestions: tuple[str, ...] = ()  # did-you-mean names


def ask(lookup: Lookup, question: str) -> Reading:
    """How to answer a question: its facts, the lookup that backs them, what was understood."""
    question = " ".join(clean_query(question).split())  # runs of spaces and lines read as one
    reply = respond(lookup, question)
    return Reading(
        reply.request if reply.lines else None,
        understanding(question, reply),
        reply.lines,
        reply.tries,
        reply.names,
    )


def understanding(question: str, reply: Reply) -> Understanding:
    """What was understood: the command whose cards back the answer and its equivalent
    command line (none when there is no answer: then the cues say why)."""
    request = reply.request if reply.lines else None
    if request is None:
        return Understanding(question, None, None, reply.entity, reply.year, reply.cues, None)
    return Understanding(
        question,
        request.command,
        request.query,
        reply.entity,
        reply.year,
        reply.cues,
        command_line(request),
    )


def command_line(request: Request) -> str:
    """The command line that runs a request."""
    argv = ["cfacts", request.command]
    if request.query is not None:
        argv.append(shell_quoted(request.query))
    if request.year is not None:
        argv += ["--year", str(request.year)]
    if request.latest:
        argv.append("--latest")
    if request.command == "search" and request.limit != Request("search").limit:
        argv += ["--limit", str(request.limit)]
    return " ".join(argv)


def answered(reading: Reading, outcome: Outcome | None) -> Outcome:
    """The answer to a question: the facts, the cards of its lookup and what was understood.
    With no facts there are no cards either, only commands to try."""
    understood = reading.understood
    if outcome is None or not reading.lines:
        return Outcome(
            "ask",
            understood.question,
            (),
            False,
            reading.suggestions,
            understood,
            tries=reading.tries,
        )
    return replace(
        outcome,
        understood=understood,
        answer=reading.lines,
        suggestions=(),
        tries=(),
        why_empty=None,
        total=None,
    )
