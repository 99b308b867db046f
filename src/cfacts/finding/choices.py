"""Questions that offer choices ("In 2021 the industry made up what share of GDP - 7.35%,
7.44% or 7.5%?"): the question without them, and which of them the answer's facts hold."""

from __future__ import annotations

import re
from collections.abc import Sequence

from cfacts.frozen import value
from cfacts.lazyre import lazy_pattern
from cfacts.textnorm import COUNT_WORDS, MONTH_NAMES, fold

CHOICES_MAX = 400
"""The longest question read for choices (a longer one is read as it is)."""

OPTION_WORDS_MAX = 7
"""The most words one choice may have ("Zhongnan University of Economics and Law")."""

OPTIONS_MAX = 6
"""The most choices a question may offer."""

_SEPARATORS = (": ", " - ", " \u2013 ", " \u2014 ", "\u2014", "\u2013")
"""What sets the choices apart from the question ("...: A, B or C?", "... - A, B or C?")."""

_ASKING = frozenset(
    "what whats which who whom whose how when where why is was are were did does do has have "
    "had can could would will should".split()
)
"""First words of a part that asks a question of its own, not a list of choices."""

_HEDGES = frozenset(
    "about around roughly approximately some nearly almost over just the a an rmb yuan "
    "cny either".split()
)
"""Words of a choice that need not be in the fact that holds it ("about 5.1 billion")."""

_ALL_THAT_APPLY = r"(?i)[\s?.,;]*(?:pick|select|choose|tick)\s+all\s+that\s+apply$"
"""A closing request to name every choice that is so."""
_PREPOSITIONS = frozenset("in at on by to of for from with".split())
_MONTHS = frozenset(m.lower() for m in MONTH_NAMES)


@value(frozen=True)
class Offered:
    """A question's choices: the question without them, each choice as typed, whether it
    asks which one is not so ("Which of these was NOT named ..."), and whether it asks for
    several ("which places ...")."""

    base: str
    options: tuple[str, ...]
    negated: bool
    plural: bool = False


def offered(text: str) -> Offered | None:
    """The choices a question offers, after a colon or a dash ("... - A, B or C?") or, for
    figures and dates, at its end ("signed in 2012, 2017 or 2019?"); None when it offers
    fewer than three (two, "7.41% or 7.14%?", `Answerer` reads as a choice of its own)."""
    if len(text) > CHOICES_MAX:
        return None
    text = lettered(text)  # "... held? A) Shanghai B) Chengdu C) Xiamen": "...: A, B or C?"
    if " or " not in text and text.count(",") < 2:
        return None
    stripped = text.rstrip().rstrip("?.! ").rstrip()
    stripped = re.sub(_ALL_THAT_APPLY, "", stripped)
    marks = sorted(
        (at, mark) for mark in _SEPARATORS for at in _positions(stripped, mark) if at > 0
    )  # the first that sets a list apart ("... industry: Black Myth: Wukong, Ne Zha 2, ...")
    for at, mark in marks:
        head, tail = stripped[:at], stripped[at + len(mark) :]
        options = _split(tail)
        one_of = re.search(r"(?i)\b(?:which|what|who)\b", head) is not None  # "which hits
        if options is not None and len(options) >= 3 and (" or " in f" {tail} " or one_of):
            return _with_base(head, options, inline=False, plural=_plural_asked(text))
        # (not "MCSC 2024: revenue, growth, members?": each figure asked, none a choice)
    return _inline(stripped)


_LETTER = lazy_pattern(r"(?:(?<=\s)|^)\(?([A-Fa-f])[).:]\s+")
"""A choice's letter as quizzes write it ("A) ", "(b) ", "c. ")."""


def lettered(text: str) -> str:
    """A question whose choices are lettered ("Which city? A) Shanghai B) Chengdu C) Xiamen")
    with them as a plain list after a colon ("Which city: Shanghai, Chengdu or Xiamen?"); as
    typed when its letters do not run a, b, c ... from the first."""
    if len(text) > CHOICES_MAX or (")" not in text and "." not in text):
        return text
    marks = list(_LETTER.finditer(text))
    letters = [m[1].lower() for m in marks]
    if len(marks) < 3 or letters != [chr(ord("a") + k) for k in range(len(marks))]:
        return text
    head = text[: marks[0].start()].rstrip(" ?:;-\u2013\u2014")
    options = [
        text[m.end() : nxt.start() if nxt is not None else len(text)].strip(" ,;?.")
        for m, nxt in zip(marks, [*marks[1:], None], strict=True)
    ]
    options = [re.sub(r"(?i)\s+or$", "", o) for o in options]
    if not head or not all(options) or len(options) > OPTIONS_MAX:
        return text
    return f"{head}: {', '.join(options[:-1])} or {options[-1]}?"


def _positions(text: str, mark: str) -> list[int]:
    """Where a mark stands in a text, each time."""
    found: list[int] = []
    at = text.find(mark)
    while at >= 0 and len(found) < OPTIONS_MAX:
        found.append(at)
        at = text.find(mark, at + 1)
    return found


def _plural_asked(text: str) -> bool:
    """Whether a question asks for several of its choices ("which places ...", "pick all
    that apply"), not one."""
    if re.search(r"(?i)\b(?:pick|select|choose|tick)\s+all\b|\ball\s+that\s+apply\b", text):
        return True
    return re.search(r"(?i)\b(?:which|what)\s+(?:\w+\s+){0,2}?\w{3,}s\b(?<!\bis)", text) is not None


_BINARY = frozenset(
    "true false yes no right wrong correct incorrect above below up down higher lower more "
    "less rise fall rose fell same different".split()
)
"""Words of a choice between two sides of one claim ("true or false", "above or below"),
which the reading of claims and comparisons answers."""


def _split(tail: str) -> tuple[str, ...] | None:
    """A list of choices ("A, B, or C", "A; B; or C"), or None when it is no such list."""
    marks = r"\s*(?:(?<!\d),|,(?!\d)|;)\s*(?:or\s+)?|\s+or\s+"  # not "17,000"
    if ";" in tail:  # "Hi, Mom; Ne Zha 2; or The Wandering Earth": the commas are the names'
        marks = r"\s*;\s*(?:or\s+)?|\s+or\s+"
    parts = [p.strip(" ,;?") for p in re.split(marks, tail)]
    parts = [p for p in parts if p]
    if not 2 <= len(parts) <= OPTIONS_MAX:
        return None
    if any(len(p.split()) > OPTION_WORDS_MAX for p in parts):
        return None
    if parts[0].split()[0].lower() in _ASKING:
        return None  # "Liu Hua - was she director in 2021, 2023 and 2025?": a question
    if all(p.lower() in _BINARY for p in parts):
        return None  # "... - true or false?", "rise, fall or stay the same"
    if len(parts) > 2 and re.fullmatch(r"(?:19|20)\d\d", parts[-1]) and all(
        p.split()[0].lower() in _MONTHS for p in parts[:-1]
    ):
        parts = parts[:-1]  # "March 3, March 31 or April 13, 2025": the year of each date
    return tuple(parts)


def _inline(text: str) -> Offered | None:
    """Three or more figures or dates offered at the end ("signed in 2012, 2017 or
    2019?")."""
    last = text.rfind(" or ")
    if last < 0:
        return None
    before = re.split(r"(?<!\d),|,(?!\d)", text[:last])
    options = [text[last + 4 :].strip()]
    while len(before) > 1 and len(options) <= OPTIONS_MAX:
        piece = before[-1].strip()
        if not piece or len(piece.split()) > 3 or not _figure_like(piece):
            break
        options.insert(0, piece)
        before.pop()
    lead = before[-1].split()  # the first choice ends the text before the first comma
    longest = max(len(o.split()) for o in options)  # as long as the other choices at most
    starts = [j for j in range(max(0, len(lead) - longest), len(lead))
              if _figure_like(" ".join(lead[j:]))]  # fmt: skip
    if not starts:
        return None
    k = starts[0]  # "passed 5 million": "5 million"
    first = " ".join(lead[k:])
    options.insert(0, first)
    if len(options) < 3 or not all(_figure_like(o) for o in options):
        return None
    if len({_dated(o) for o in options}) > 1:
        return None  # "share of GDP in 2022, 7.41 or 7.44?": a year, then two choices
    head = " ".join([*",".join(before[:-1]).split(), *lead[:k]])
    return _with_base(head, tuple(options), inline=True)


def _figure_like(text: str) -> bool:
    """Whether a choice is a figure or a date ("7.5%", "about 3.1", "March 31")."""
    words = [w for w in text.lower().split() if w not in _HEDGES and w not in ("more", "than")]
    return bool(words) and (words[0][:1].isdigit() or words[0] in _MONTHS)


_DROPPED_VERBS = frozenset(
    "passed topped reached exceeded hit surpassed crossed totaled totalled amounted stood "
    "was were is are".split()
)
"""A last verb before figures offered ("registrations passed 5, 10 or 20 million"): the
question without the figures asks the figure, not whether it passed one."""


def _with_base(
    head: str, options: tuple[str, ...], *, inline: bool, plural: bool = False
) -> Offered | None:
    """The choices with the question they are offered for."""
    negated = re.search(r"\bNOT\b|\bnot\b", head) is not None and head.lower().startswith("which")
    base = re.sub(r"(?i)\bof\s+(?:these|the\s+following)\b\s*", "", head)
    if negated:
        base = re.sub(r"(?i)\s*\b(?:not|n't)\b", "", base, count=1)
    words = base.split()
    if inline:
        while words and words[-1].lower() in _PREPOSITIONS:
            words.pop()
        if len(words) > 2 and words[-1].lower() in _DROPPED_VERBS:
            words.pop()
        asks = bool(words) and words[0].lower() in _ASKING
        dated = all(_dated(o) for o in options)
        base = " ".join(words) + ("" if asks or not dated else " when")
    if len(base.split()) < 2:
        return None
    return Offered(f"{base.strip()}?", options, negated, plural)


def _dated(option: str) -> bool:
    """Whether a choice is a year or a date ("2012", "March 31")."""
    words = option.lower().split()
    return bool(words) and (words[0] in _MONTHS or bool(re.fullmatch(r"(?:19|20)\d\d", words[0])))


def tokens(text: str) -> list[str]:
    """A text's words and numbers for comparing choices: folded, number words as digits,
    thousands separators dropped ("eight" is "8", "170,000" is "170000")."""
    said = fold(text.replace("%", " percent ")).replace("\u2019", "'")  # "11%": 11 percent
    found = re.findall(r"\d+(?:[.,]\d+)*|[a-z]+", said)
    numbers = {w: str(n) for n, w in enumerate(COUNT_WORDS)}
    return [numbers.get(w, w.replace(",", "")) for w in found]


def held(texts: Sequence[str], option: str) -> bool:
    """Whether texts hold a choice: one of them holds it whole, or, for a choice of two
    joined by "and" ("NCAC and WIPO"), each of the two is held by one of them."""
    if any(holds(text, option) for text in texts):
        return True
    parts = [p for p in re.split(r"\s+and\s+", option) if p.strip()]
    return len(parts) > 1 and all(any(holds(text, p) for text in texts) for p in parts)


def holds(text: str, option: str) -> bool:
    """Whether a text holds a choice: its words (less hedges) in a row."""
    said = tokens(text)
    wanted = [w for w in tokens(option) if w not in _HEDGES]
    if not wanted:
        return False
    size = len(wanted)
    return any(said[i : i + size] == wanted for i in range(len(said) - size + 1))


def verdict(options: Sequence[str], held: Sequence[str], *, negated: bool) -> str:
    """The words that give which choice the facts bear out, labelled ours."""
    if negated:
        missing = [o for o in options if o not in held]
        if not missing:
            return "Every choice given is named here (our reading)"
        return f"Not named here: {_joined(missing)} (our reading)"
    if not held:
        return "None of the choices given (our reading)"
    return f"Of the choices given: {_joined(held)} (our reading)"


def _joined(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
