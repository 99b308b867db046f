"""What the fact base misses: how much of each article its quotes touch, and the numbers and
names of the article that no quote covers (`cfacts check --sources DIR --coverage`).

An article is split into sentences (each line is a paragraph; a sentence ends at `.`, `!` or
`?` before a capital, a digit or an opening quote, but not after "Ms.", "Co." or "U.S."). A
quote touches a sentence when one of its spans, found where `quotes.find_spans` finds it
(folded the same way), overlaps the sentence; a source's headline counts as a quote. Then the
items that no quote touches are listed:

- every number, with its currency, scale and unit words ("RMB 8.48 trillion", "12.5%",
  "170,000 works", "October 16", "50th anniversary"); a number is covered where it stands, so
  each occurrence is its own item, except bare years ("2024"), which are covered like names;
- every capitalized name ("Central Conference on Work Relating to Foreign Affairs", "ARIPO",
  "Ms. Zhao"): a name is covered when a quote touches any of its occurrences in the article,
  and is listed once, with every line it is on.

What is left uncovered on purpose is said, with the reason, in a notes file beside the fact
base (`notes_path`: ``facts.coverage.toml`` for ``facts.toml``), whose ``[[leave]]`` entries
the report reads; an entry that no longer matches anything is reported as stale.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from cfacts.errors import FactBaseError, Problem
from cfacts.factbase.loader import read_regular
from cfacts.factbase.locate import LineIndex
from cfacts.factbase.model import FactBase, split_spans
from cfacts.factbase.quotes import fold
from cfacts.frozen import value
from cfacts.textnorm import MONTH_NAMES

NUMBER = "number"
NAME = "name"

_FOLD = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}
"""The characters `quotes.fold` maps (typographic quotes to ASCII), one to one."""

ABBREVIATIONS = frozenset(
    "Mr. Ms. Mrs. Dr. Prof. Co. Ltd. Inc. Corp. No. St. Jr. e.g. i.e. U.S. U.K. U.N.".split()
)
"""Words whose full stop does not end a sentence."""
HONORIFICS = frozenset("Mr. Ms. Mrs. Dr. Prof.".split())
CONNECTORS = frozenset("of the on for in to & de du von van la le".split())
"""Lower-case words (and "&") that may join the capitalized words of one name; "and" does not
("Finland and Australia" are two names, each to be covered)."""
STARTERS = frozenset(
    """a an the this that these those it its he she they we you i our their his her there
    here on in at to as by for from with of and but or so if when while during after before
    according however also notably besides additionally furthermore meanwhile currently
    together through over up more nearly about such each every all some both many much
    other another further let let's later then now today first finally still instead
    moreover thus therefore since until despite although though because once even only just
    most several few any no not what which who where how why yet""".split()
)
"""Common words that start a sentence with a capital without being a name."""
JOINING_POSSESSIVES = frozenset(("People", "Children", "Women"))
"""Possessives that are part of a name ("People's Republic of China"); others end a name."""
CURRENCY_WORDS = frozenset("yuan rmb dollars euros renminbi".split())
UNIT_WORDS = frozenset(
    """people members countries companies producers works registrations books treaties years
    days months participants guests representatives""".split()
)
"""Nouns that end a number's unit words (after them the words are not about the number)."""
STOPWORDS = frozenset(
    """a an the of in on at to from for with and or by as is was were are be been has have had
    that which this these those it its while but than over under about into per since after
    before during between among up down more less each not only year-on-year""".split()
)
NUMBER_WORDS = frozenset(
    """two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    sixty seventy eighty ninety hundred""".split()
)
"""Numbers written in words that are listed ("one" is too often not a number)."""

_MONTH = "(?:" + "|".join(MONTH_NAMES) + ")"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_DATE = (
    rf"{_MONTH}\s+\d{{1,2}}(?:\s*(?:to|-|\u2013)\s*(?:{_MONTH}\s+)?\d{{1,2}})?"
    rf"(?:,?\s+\d{{4}})?(?!\d)|{_MONTH},?\s+\d{{4}}(?!\d)"
)
_AMOUNT = (
    r"(?:(?:RMB|US\$|\$|\u00a5|\u20ac)\s?)?"
    rf"(?<![\w.,])(?:{_DIGITS})(?:st|nd|rd|th)?"
    r"(?:\s+(?:hundred|thousand|million|billion|trillion)\b)?"
    r"(?:\s?%|\s+percent\b)?"
    r"(?![\w%])"
)
_WORDS = (
    r"\b(?:" + "|".join(sorted(NUMBER_WORDS)) + r")"
    r"(?:-(?:day|week|month|year|hour|fold|member|person|party))?(?![\w-])"
)
_NUMBER = re.compile(rf"{_DATE}|{_AMOUNT}|{_WORDS}", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")
_UNIT_WORD = re.compile(r"[ \t]+([a-z][a-z-]*)")
_TOKEN = re.compile(
    r"\d+[A-Z][A-Za-z]*\b"  # 5G, 4G
    r"|[^\W\d_](?:[\w'\u2019]|[-.](?=[^\W_]))*\.?"  # words, Audio-Video, U.S., Ms.
    r"|&"
)
_SENTENCE_END = re.compile(
    r"[.!?][\"'\u201d\u2019)]*(?=\s+[\"'\u201c\u2018(]?[A-Z\u00c0-\u00de\d])"
)
_POSSESSIVE = re.compile(r"['\u2019]s$")


@value(frozen=True)
class Item:
    """A number or name of an article that no quote covers.

    ``lines`` are the article's lines it is on (a name: every occurrence; a number: its own);
    ``reason`` is why it is left uncovered, from the notes file, or None when nothing says so.
    """

    kind: str
    text: str
    lines: tuple[int, ...]
    reason: str | None = None

    @property
    def line(self) -> int:
        """The first line it is on."""
        return self.lines[0]


@value(frozen=True)
class ArticleCoverage:
    """One article: its sentences, how many a quote touches, and what no quote covers."""

    source: str
    file: str
    sentences: int
    quoted: int
    items: tuple[Item, ...]

    @property
    def share(self) -> float:
        """The share of its sentences a quote touches, from 0 to 1."""
        return self.quoted / self.sentences if self.sentences else 1.0

    @property
    def unexplained(self) -> tuple[Item, ...]:
        """The uncovered items no note explains."""
        return tuple(item for item in self.items if item.reason is None)


@value(frozen=True)
class Leave:
    """One ``[[leave]]`` note: texts of an article left uncovered on purpose, and why.

    ``line`` (of the article) narrows it to the occurrences on that line; ``at`` is the
    note's own line in the notes file.
    """

    file: str
    texts: tuple[str, ...]
    reason: str
    line: int | None = None
    at: int = 0


@value(frozen=True)
class Coverage:
    """The coverage of every article that could be read, with the notes that explain it."""

    articles: tuple[ArticleCoverage, ...]
    notes: str | None
    stale: tuple[Problem, ...] = ()

    @property
    def sentences(self) -> int:
        """Sentences of every article."""
        return sum(article.sentences for article in self.articles)

    @property
    def quoted(self) -> int:
        """Sentences of every article that a quote touches."""
        return sum(article.quoted for article in self.articles)

    @property
    def items(self) -> tuple[Item, ...]:
        """Every uncovered item of every article."""
        return tuple(item for article in self.articles for item in article.items)

    @property
    def unexplained(self) -> tuple[Item, ...]:
        """Every uncovered item that no note explains."""
        return tuple(item for article in self.articles for item in article.unexplained)


# -- the article's text, folded as quotes.fold folds it, with a map back ----------------------


def folded(text: str) -> tuple[str, list[int]]:
    """``text`` folded like `quotes.fold` (before its strip) and, for each folded character,
    its position in ``text``."""
    out: list[str] = []
    where: list[int] = []
    in_space = False
    for at, char in enumerate(text):
        if char.isspace():
            if not in_space:
                out.append(" ")
                where.append(at)
            in_space = True
            continue
        in_space = False
        out.append(_FOLD.get(char, char))
        where.append(at)
    return "".join(out), where


def quoted_spans(quotes: Iterable[str], text: str) -> list[tuple[int, int]]:
    """Where in ``text`` each quote's spans are, found as `quotes.find_spans` finds them (each
    span after the one before it); a quote not in the text adds nothing."""
    flat, where = folded(text)
    found: list[tuple[int, int]] = []
    for quote in quotes:
        at = 0
        spans: list[tuple[int, int]] = []
        for span in split_spans(quote):
            needle = fold(span)
            start = flat.find(needle, at) if needle else -1
            if start < 0:
                spans = []
                break
            at = start + len(needle)
            spans.append((where[start], where[at - 1] + 1))
        found.extend(spans)
    return sorted(found)


def _touches(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether any of the sorted ``spans`` overlaps ``[start, end)``."""
    return any(s < end and e > start for s, e in spans)


# -- sentences and items ------------------------------------------------------------------------


def sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of ``text`` as (start, end) positions, in order, without the whitespace
    around them; a line is a paragraph, and blank lines have none."""
    found: list[tuple[int, int]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        start = 0
        ends = [m.end() for m in _SENTENCE_END.finditer(line) if not _abbreviated(line, m.start())]
        for end in [*ends, len(line)]:
            piece = line[start:end]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                found.append((offset + start + lead, offset + start + len(piece.rstrip())))
            start = end
        offset += len(line)
    return found


def _abbreviated(line: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` ends an abbreviation ("Ms.", "U.S.") or an initial."""
    words = line[: stop + 1].split()
    word = words[-1].lstrip("\"'(\u201c\u2018") if words else ""
    return word in ABBREVIATIONS or bool(re.fullmatch(r"[A-Z]\.", word))


@value(frozen=True)
class _Found:
    """One occurrence of a number or name in the article: positions and text."""

    kind: str
    text: str
    start: int
    end: int
    line: int
    by_text: bool
    """Covered when any occurrence of the same text is (names, bare years)."""


def numbers(line: str) -> Iterator[tuple[int, int, bool]]:
    """The numbers of one line with their unit words: (start, end, bare year)."""
    for match in _NUMBER.finditer(line):
        start, end = match.span()
        text = match.group()
        if text[0].isalpha() and text.split()[0].capitalize() in MONTH_NAMES:
            yield start, end, False
            continue
        if not text.endswith(("%", "percent")) and not _YEAR.fullmatch(text):
            for word in _UNIT_WORD.finditer(line, end):
                if word.start() != end or word.group(1) in STOPWORDS:
                    break
                end = word.end()
                if word.group(1) in CURRENCY_WORDS or word.group(1) in UNIT_WORDS:
                    break
                if len(line[match.end() : end].split()) >= 2:
                    break
        yield start, end, end == match.end() and bool(_YEAR.fullmatch(text))


def _tokens(line: str, masked: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The words of a line outside the numbers: (start, end, text), possessives and sentence
    full stops left out, a hyphenated word cut before its first lower-case part."""
    found: list[tuple[int, int, str]] = []
    for match in _TOKEN.finditer(line):
        start, end = match.span()
        if any(s <= start < e for s, e in masked):
            continue
        word = match.group()
        if word.endswith(".") and word not in ABBREVIATIONS and word.count(".") == 1:
            word, end = word[:-1], end - 1
        if word[0].isupper() and "-" in word:
            parts = word.split("-")
            keep = next((n for n, part in enumerate(parts) if part[:1].islower()), len(parts))
            word = "-".join(parts[:keep])
            end = start + len(word)
        if word:
            found.append((start, end, word))
    return found


def _capital(word: str) -> bool:
    return word[0].isupper() or (word[0].isdigit() and any(c.isupper() for c in word))


def _acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def runs(line: str, tokens: list[tuple[int, int, str]]) -> Iterator[list[tuple[int, int, str]]]:
    """Runs of capitalized words of a line, joined by a space or by connectors ("of the")."""
    run: list[tuple[int, int, str]] = []
    pending: list[tuple[int, int, str]] = []

    def joined(previous: tuple[int, int, str], word: tuple[int, int, str]) -> bool:
        gap = line[previous[1] : word[0]]
        if previous[2] == "Co." and gap.strip() == "," and word[2] == "Ltd.":
            return True
        if _POSSESSIVE.search(previous[2]) and previous[2][:-2] not in JOINING_POSSESSIVES:
            return False  # "China's IP undertakings", but "People's Republic of China"
        return bool(gap) and not gap.strip()

    def end(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """The run without a possessive at its end ("China's" is "China")."""
        start, stop, word = words[-1]
        possessive = _POSSESSIVE.search(word)
        if possessive:
            words[-1] = (start, stop - len(possessive.group()), word[: possessive.start()])
        return words

    for token in [*tokens, (len(line) + 1, len(line) + 1, "")]:
        last = (pending or run)[-1] if run else None
        if last is not None and token[2] and joined(last, token):
            if _capital(token[2]):
                run.extend(pending)
                pending = []
                run.append(token)
                continue
            if token[2] in CONNECTORS and len(pending) < 2:
                pending.append(token)
                continue
        if run:
            yield end(run)
        run, pending = ([token], []) if token[2] and _capital(token[2]) else ([], [])


def _occurrences(text: str) -> list[_Found]:
    """Every number and capitalized name of an article, in order."""
    lines = text.splitlines(keepends=True)
    starts = {start for start, _ in sentences(text)}
    found: list[_Found] = []
    words: list[tuple[int, list[tuple[int, int, str]], int]] = []
    offset = 0
    for number, line in enumerate(lines, start=1):
        masked: list[tuple[int, int]] = []
        for start, end, year in numbers(line):
            masked.append((start, end))
            found.append(
                _Found(NUMBER, line[start:end], offset + start, offset + end, number, year)
            )
        words.append((number, _tokens(line, masked), offset))
        offset += len(line)
    first = {_first_word(text, start) for start in starts}
    found_runs = [
        (number, offset, run)
        for number, tokens, offset in words
        for run in runs(lines[number - 1], tokens)
    ]
    alone = {
        run[0][2] for _, at, run in found_runs if len(run) == 1 and at + run[0][0] not in first
    }
    for number, offset, run in found_runs:
        if offset + run[0][0] in first:
            head = run[0][2]
            plain = len(run) == 1 and not _acronym(head) and head not in HONORIFICS
            if head.lower() in STARTERS or (plain and head not in alone):
                run = run[1:]
            while run and not _capital(run[0][2]):
                run = run[1:]
        if run:
            start, end = offset + run[0][0], offset + run[-1][1]
            found.append(_Found(NAME, text[start:end], start, end, number, True))
    return sorted(found, key=lambda f: (f.start, f.end))


def _first_word(text: str, start: int) -> int:
    """Where a sentence's first word starts (after any opening quote or bracket)."""
    while start < len(text) and not text[start].isalnum():
        start += 1
    return start


def article_coverage(source: str, file: str, text: str, quotes: Iterable[str]) -> ArticleCoverage:
    """How much of one article its quotes touch, and its numbers and names they miss."""
    spans = quoted_spans(quotes, text)
    found = sentences(text)
    quoted = sum(_touches(spans, start, end) for start, end in found)
    covered_texts: set[tuple[str, str]] = set()
    occurrences = _occurrences(text)
    for item in occurrences:
        if item.by_text and _touches(spans, item.start, item.end):
            covered_texts.add((item.kind, item.text))
    items: dict[tuple[str, str, int], list[int]] = {}
    for item in occurrences:
        if (item.kind, item.text) in covered_texts or _touches(spans, item.start, item.end):
            continue
        key = (item.kind, item.text, 0 if item.by_text else item.start)
        items.setdefault(key, []).append(item.line)
    return ArticleCoverage(
        source,
        file,
        len(found),
        quoted,
        tuple(
            Item(kind, text, tuple(dict.fromkeys(lines)))
            for (kind, text, _), lines in items.items()
        ),
    )


# -- the notes: what is left uncovered on purpose ---------------------------------------------

NOTES_KEYS = frozenset(("file", "texts", "reason", "line"))


def notes_path(facts_path: str) -> str:
    """The notes file of a fact base: ``facts.coverage.toml`` beside ``facts.toml``."""
    root, _ = os.path.splitext(facts_path)
    return root + ".coverage.toml"


def read_notes(path: str) -> tuple[Leave, ...]:
    """The ``[[leave]]`` notes of a notes file (none when there is no file); FactBaseError for a
    file that cannot be read or a note that is not valid, every problem with its line."""
    from cfacts.factbase.loader import decode, parse_toml

    try:
        raw = read_regular(path)
    except FileNotFoundError:
        return ()
    except OSError as exc:
        raise FactBaseError([Problem(path, f"cannot read the coverage notes: {exc}")]) from None
    text = decode(raw, path)
    data = parse_toml(text, path)
    lines = LineIndex(text)
    problems: list[Problem] = []
    notes: list[Leave] = []
    unknown = sorted(set(data) - {"leave"})
    if unknown:
        problems.append(
            Problem(
                path,
                f"unknown key {unknown[0]!r}",
                lines.top_key(unknown[0]),
                hint="the notes file holds only [[leave]] entries",
            )
        )
    entries = data.get("leave", [])
    if not isinstance(entries, list):
        entries = []
        problems.append(Problem(path, "leave must be an array of tables ([[leave]])"))
    for index, entry in enumerate(entries):
        at = lines.record("leave", index) or 0
        note = _note(entry, at, path, problems)
        if note is not None:
            notes.append(note)
    if problems:
        raise FactBaseError(problems)
    return tuple(notes)


def _note(entry: Any, at: int, path: str, problems: list[Problem]) -> Leave | None:
    """One ``[[leave]]`` entry as a Leave, or None after adding its problems."""
    before = len(problems)

    def bad(message: str, hint: str | None = None) -> None:
        problems.append(Problem(path, message, at, record="leave", hint=hint))

    if not isinstance(entry, Mapping):
        bad("a note must be a table")
        return None
    for key in sorted(set(entry) - NOTES_KEYS):
        bad(f"unknown key {key!r}", "a note has file, texts, reason and optionally line")
    file, texts, reason, line = (entry.get(k) for k in ("file", "texts", "reason", "line"))
    if not isinstance(file, str) or not file.strip():
        bad("file: the article's file name is required")
    if (
        not isinstance(texts, list)
        or not texts
        or not all(isinstance(t, str) and t.strip() for t in texts)
    ):
        bad("texts: a non-empty list of the items' texts, as the report prints them")
    if not isinstance(reason, str) or not reason.strip():
        bad("reason: say why these are left uncovered")
    if line is not None and (isinstance(line, bool) or not isinstance(line, int) or line < 1):
        bad("line: a line number of the article, from 1")
    if len(problems) > before:
        return None
    assert isinstance(file, str) and isinstance(texts, list) and isinstance(reason, str)
    return Leave(file, tuple(texts), reason.strip(), line, at)


def _explained(
    article: ArticleCoverage, notes: tuple[Leave, ...], used: set[tuple[int, str]]
) -> ArticleCoverage:
    """The article with each item's reason from the first note that names it."""
    items = []
    for item in article.items:
        reason = None
        for number, note in enumerate(notes):
            if note.file != article.file or item.text not in note.texts:
                continue
            if note.line is not None and note.line not in item.lines:
                continue
            used.add((number, item.text))
            reason = note.reason
            break
        items.append(Item(item.kind, item.text, item.lines, reason))
    return ArticleCoverage(
        article.source, article.file, article.sentences, article.quoted, tuple(items)
    )


# -- the report --------------------------------------------------------------------------------


def article_quotes(facts: FactBase) -> dict[str, list[str]]:
    """Every quote of the fact base by the id of the article it is from, headlines included."""
    quotes: dict[str, list[str]] = {source: [] for source in facts.sources}
    for records in facts.records.values():
        for record in records.values():
            for ev in record.evidence:
                quotes.setdefault(ev.source, []).append(ev.quote)
    for source in facts.sources.values():
        if source.headline:
            quotes[source.id].append(source.headline)
    return quotes


def coverage(facts: FactBase, sources_dir: Path, notes: str | None = None) -> Coverage:
    """The coverage of every article of ``facts`` in ``sources_dir`` that can be read (the quote
    check reports the others), explained by the notes file ``notes`` (`notes_path` of the fact
    base when None; no file means no notes)."""
    where = notes if notes is not None else notes_path(facts.path)
    leaves = read_notes(where)
    quotes = article_quotes(facts)
    used: set[tuple[int, str]] = set()
    articles = []
    for source in facts.sources.values():
        try:
            text = read_regular(sources_dir / source.file).decode("utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        found = article_coverage(source.id, source.file, text, quotes[source.id])
        articles.append(_explained(found, leaves, used))
    files = {article.file for article in articles}
    stale = tuple(
        Problem(
            where,
            f"{leave.file}: {text!r} is left uncovered here, but the report no longer lists it",
            leave.at,
            record="leave",
            hint="a quote covers it now, or the text changed: remove it from texts",
        )
        for number, leave in enumerate(leaves)
        if leave.file in files
        for text in leave.texts
        if (number, text) not in used
    )
    return Coverage(tuple(articles), where if leaves or os.path.exists(where) else None, stale)
