"""Reads a plain-English question as a lookup (`Reading`: a `Request` and how it was understood).

No model and no network: the question's words are folded like every query; spans of them are
matched against the fact base's names with the lookups' own matcher; a small vocabulary of cue
words ("how much", "when", "who spoke") and years decides which lookup answers. `dispatch`
answers the request and `answered` attaches what was understood, so a reader can see, and
rerun, the equivalent command.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cfacts.factbase.model import Organization, Person, Role, Statistic
from cfacts.finding.lookup import ENTITY_KINDS, SEARCH_WORDS, Lookup, clean_query
from cfacts.finding.matching import CUTOFF, EXACT, Match
from cfacts.finding.request import Request
from cfacts.finding.views import Outcome, Ref, Understanding
from cfacts.frozen import replace, value
from cfacts.textnorm import name_key

STOP = frozenset(
    (
        "a an the of in at on to for from by with about is are was were be been being do does did "
        "what whats which who whom whose how when where why tell me show give find please there "
        "it its this that these those has have had their his her they he she i we you can could "
        "would will say said much many"
    ).split()
)
STAT_CUES = frozenset(
    (
        "how much many number share percent percentage proportion gdp revenue revenues earn "
        "earned earns earning income fees fee members membership growth grew value worth figure "
        "figures statistic statistics total ratio rate exports registrations size amount"
    ).split()
)
TIME_CUES = frozenset({"when", "timeline", "date", "dates", "history", "chronology"})
EVENT_CUES = frozenset(
    (
        "spoke speak speaks speaker speakers spoken lectured lecture lecturers attended attend "
        "attendance attendees participants present presented held happened"
    ).split()
)
ROLE_WORDS = frozenset(
    (
        "director general deputy head chair chairman chairwoman president vice secretary ceo "
        "chief executive founder partner professor lead leader dean manager"
    ).split()
)
LEADS = frozenset({"head", "heads", "headed", "leads", "led", "runs", "ran", "chairs", "leader"})
TOP_TITLES = frozenset({"director", "president", "chairman", "chair", "head", "chief"})
WHO_CUES = frozenset({"who", "position", "job", "title", "role", "works", "work"})
MONTHS = frozenset(
    (
        "january february march april may june july august september october november december"
    ).split()
)
SYNONYMS = {
    "earn": "revenue",
    "earned": "revenue",
    "earns": "revenue",
    "earning": "revenue",
    "income": "revenue",
    "revenues": "revenue",
    "members": "membership",
    "member": "membership",
    "percent": "share",
    "percentage": "share",
    "proportion": "share",
    "worth": "value",
    "export": "exports",
    "registration": "registrations",
    "treaty": "treaties",
}
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_POSSESSIVE = re.compile(r"(\w)['\u2019]s\b")
MAX_SPAN = 7
NAMED = 90.0  # a search hit this good is a name, not a word in passing
STAT_MIN_WORDS = 2


@value(frozen=True)
class Found:
    """An entity named by a span of the question."""

    match: Match
    words: int  # how many question words the span covers
    start: int = 0  # where the span starts in the question

    @property
    def weight(self) -> float:
        """Longer and better spans first."""
        return self.match.score + 6.0 * self.words


@value(frozen=True)
class Reading:
    """How a question was read: the lookup that answers it (None when nothing was recognized)
    and what was understood, which its answer carries (`answered`)."""

    request: Request | None
    understood: Understanding
    suggestions: tuple[str, ...] = ()  # did-you-mean names when nothing was recognized
    if_empty: str | None = None  # a cue added when the lookup finds nothing (a year, no value)


def answered(reading: Reading, outcome: Outcome | None) -> Outcome:
    """The answer to a question: the outcome of its request with what was understood."""
    understood = reading.understood
    if outcome is None:
        return Outcome("ask", understood.question, (), False, reading.suggestions, understood)
    if not outcome.results and reading.if_empty is not None:
        understood = replace(understood, cues=(*understood.cues, reading.if_empty))
        outcome = replace(outcome, suggestions=())
    return replace(outcome, understood=understood)


def words_of(question: str) -> list[str]:
    """The question's folded words, possessives dropped and % read as "share"."""
    text = _POSSESSIVE.sub(r"\1", question).replace("%", " share ")
    return name_key(text).split()


def ask(lookup: Lookup, question: str) -> Reading:
    """How to answer a question: the lookup to run and how the question was understood."""
    question = clean_query(question)
    words = words_of(question)
    years = [int(y) for y in _YEAR.findall(question)]
    year = years[-1] if years else None
    content = [w for w in words if w not in STOP and not _YEAR.fullmatch(w) and w not in MONTHS]
    cues = set(words)
    found = recognize(lookup, words)
    time_cue = bool(cues & TIME_CUES)
    stat_cue = bool(cues & STAT_CUES) or ("how" in cues and bool({"much", "many"} & cues))
    event_cue = bool(cues & EVENT_CUES)
    # 1. "when ..." and "... timeline": everything dated about the entity named.
    if time_cue and found:
        top = _top(found, prefer=("instrument", "topic", "event", "person", "organization"))
        return _routed(lookup, "timeline", top.match.id, top, year, ["when"], question)
    # 2. "who spoke in Chengdu", "how many attended the Shanghai training": an event.
    if event_cue:
        reading = _event(lookup, content, found, year, question)
        if reading is not None:
            return reading
    # 3. Numbers: a statistic (and a year when one is named).
    statistic = _statistic(lookup, content, found)
    if statistic is not None and (stat_cue or _names_statistic(statistic, found)):
        return _routed(lookup, "stat", statistic, None, year, ["statistic"], question)
    # 4. "who is the director general of CAVCA": a role at an organization.
    if cues & (ROLE_WORDS | WHO_CUES | LEADS):
        person = _role_holder(lookup, cues, found)
        if person is not None:
            return _routed(lookup, "who", person.match.id, person, None, ["role"], question)
    # 5. An event described by its facets ("WIPO roundtable in Beijing, March 2025").
    leading = _top(found, prefer=("person", "event")) if found else None
    if leading is None or (leading.match.kind != "person" and leading.words < len(content)):
        reading = _event(lookup, content, [], year, question, single=True)
        if reading is not None:
            return reading
    # 6. Whatever the question names, by kind.
    if found:
        top = _top(found, prefer=("person", "event", "organization", "statistic"))
        command = {"person": "who", "organization": "org", "event": "event", "statistic": "stat"}
        name = command.get(top.match.kind, "search")
        query = top.match.id if name != "search" else lookup.cards.display_name(*_kid(top))
        return _routed(lookup, name, query, top, year if name == "stat" else None, [], question)
    # 7. Free text, only when records mention every content word (one word: by name).
    if content:
        result = lookup.search(" ".join(content), 10)
        strong = SEARCH_WORDS if len(content) > 1 else NAMED
        if result.results and result.results[0].score >= strong:
            request = Request("search", " ".join(content), limit=10)
            return _reading(request, None, None, ["text"], question)
    return Reading(
        None,
        Understanding(question, None, None, None, None, ("nothing recognized",), None),
        lookup.suggest(ENTITY_KINDS, " ".join(content)) if content else (),
    )


def recognize(lookup: Lookup, words: Sequence[str]) -> list[Found]:
    """Entities named by spans of the question, best (longest, closest) first."""
    best: dict[tuple[str, str], Found] = {}
    n = len(words)
    for size in range(min(MAX_SPAN, n), 0, -1):
        for start in range(n - size + 1):
            span = words[start : start + size]
            if span[0] in STOP or span[-1] in STOP or all(w in STOP for w in span):
                continue
            if size == 1 and (len(span[0]) < 3 or span[0] in STAT_CUES | ROLE_WORDS | MONTHS):
                continue
            # One word names a record only exactly ("WIPO", "CAVCA") or as a person's name
            # ("Cogo"); otherwise "Beijing" would stand for the Beijing Treaty.
            if _YEAR.fullmatch(span[0]) or _YEAR.fullmatch(span[-1]):
                continue
            for match in lookup.ranked(ENTITY_KINDS, " ".join(span))[:5]:
                single = size == 1 and match.kind != "person"
                if match.score < (EXACT if single else CUTOFF):
                    continue
                hit = Found(match, size, start)
                key = (match.kind, match.id)
                if key not in best or hit.weight > best[key].weight:
                    best[key] = hit
    return sorted(best.values(), key=lambda f: (-f.weight, f.start, f.match.kind, f.match.id))


def _top(found: Sequence[Found], prefer: Sequence[str]) -> Found:
    """The heaviest entity; on a tie in weight, the first named, then the preferred kind."""
    rank = {kind: i for i, kind in enumerate(prefer)}
    return min(found, key=lambda f: (-f.weight, f.start, rank.get(f.match.kind, 9)))


def _kid(found: Found) -> tuple[str, str]:
    return found.match.kind, found.match.id


def _event(
    lookup: Lookup,
    content: list[str],
    found: list[Found],
    year: int | None,
    question: str,
    *,
    single: bool = False,
) -> Reading | None:
    """An event named by the question, by name or by its facets (city, kind, year)."""
    events = [f for f in found if f.match.kind == "event"]
    if events:
        top = _top(events, prefer=("event",))
        return _routed(lookup, "event", top.match.id, top, None, ["event"], question)
    facet_words = [w for w in content if w not in EVENT_CUES and w not in STAT_CUES]
    if single and len(facet_words) < STAT_MIN_WORDS:
        return None
    if year is not None:
        facet_words.append(str(year))
    if not facet_words:
        return None
    query = " ".join(facet_words)
    outcome = lookup.event(query)
    if not outcome.results or outcome.ambiguous or (single and len(outcome.results) > 1):
        return None
    return _reading(Request("event", query), None, None, ["event facets"], question)


def _statistic(lookup: Lookup, content: list[str], found: list[Found]) -> str | None:
    """The statistic whose label, aliases, subject and organization best cover the question."""
    wanted = {SYNONYMS.get(w, w) for w in content} - STOP
    if not wanted:
        return None
    named = {f.match.id for f in found if f.match.kind == "statistic"}
    best: tuple[float, int, str] | None = None
    for record in lookup.store.all("statistic"):
        if not isinstance(record, Statistic):
            continue
        own = _stat_words(lookup, record)
        hits = len(wanted & own)
        if hits < STAT_MIN_WORDS:
            continue
        score = hits + hits / len(wanted | own) + (1 if record.id in named else 0)
        key = (score, -len(own), record.id)
        if best is None or key > best:
            best = key
    return best[2] if best else None


def _stat_words(lookup: Lookup, record: Statistic) -> set[str]:
    texts = [record.label, record.subject, record.id.replace("-", " "), *record.aliases]
    if record.organization:
        org = lookup.store.get("organization", record.organization)
        if isinstance(org, Organization):
            texts += [*org.abbreviations, org.name]
    words = {w for text in texts for w in name_key(text).split()} - STOP
    return {SYNONYMS.get(w, w) for w in words}


def _names_statistic(slug: str, found: list[Found]) -> bool:
    """Without a cue word, a statistic wins only when nothing else is named at length."""
    if all(f.match.kind == "organization" and f.words == 1 for f in found):
        return True
    top = _top(found, prefer=("statistic",))
    return top.match.kind == "statistic" and top.match.id == slug


def _role_holder(lookup: Lookup, cues: set[str], found: list[Found]) -> Found | None:
    """The person holding the role the question names at the organization it names."""
    if any(f.match.kind == "person" for f in found):
        return None
    orgs = [f for f in found if f.match.kind == "organization"]
    titles = cues & ROLE_WORDS
    if cues & LEADS:  # "who heads/leads/runs X": whoever holds X's top title
        titles |= TOP_TITLES
    if not orgs or not titles:
        return None
    org = _top(orgs, prefer=("organization",))
    best: tuple[int, int, Role] | None = None
    for role in lookup.rel.roles_at(org.match.id):
        title = set(name_key(role.title).split())
        hits = len(titles & title)
        if hits and (best is None or (hits, -len(title)) > best[:2]):
            best = (hits, -len(title), role)
    if best is None:
        return None
    person = lookup.store.get("person", best[2].person)
    if not isinstance(person, Person):
        return None
    return Found(Match("person", person.id, org.match.score, "role", best[2].title), org.words)


def _routed(
    lookup: Lookup,
    command: str,
    query: str,
    entity: Found | None,
    year: int | None,
    cues: list[str],
    question: str,
) -> Reading:
    """A reading that sends the question to a command; a statistic is narrowed to the year."""
    if command != "stat" or year is None:
        return _reading(Request(command, query), entity, year, cues, question)
    known = ", ".join(dict.fromkeys(o.period_text for o in lookup.rel.series(query)))
    note = f"no value for {year}" + (f"; known for {known}" if known else "")
    return _reading(Request(command, query, year=year), entity, year, cues, question, note)


def _reading(
    request: Request,
    entity: Found | None,
    year: int | None,
    cues: list[str],
    question: str,
    if_empty: str | None = None,
) -> Reading:
    command, query = request.command, request.query or ""
    ref = None
    if entity is not None:
        kind, rid = _kid(entity)
        if entity.match.field == "role":
            kind = "person"
        ref = Ref(kind, rid, entity.match.text)
    argv = ["cfacts", command, _shell_word(query)]
    if year is not None and command == "stat":
        argv += ["--year", str(year)]
    understood = Understanding(question, command, query, ref, year, tuple(cues), " ".join(argv))
    return Reading(request, understood, if_empty=if_empty)


def _shell_word(text: str) -> str:
    import shlex

    return shlex.quote(text)
