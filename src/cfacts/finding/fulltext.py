"""Full-text search by meaning, offline: a query's words (question and stop words dropped) as an
SQLite FTS5 query over every record's words (`index.fulltext`), ranked by bm25.

Words are stemmed by the index's Porter tokenizer ("organized" finds "organizers"), and a
phrase the fact base names in several ways stands for all of them: a record's name, aliases
and abbreviations are synonyms the curators wrote ("AI" and "artificial intelligence", "CAVCA"
and "China Audio-Video Copyright Association"). `search` answers the `search` command: records
named by the whole query first, then every record holding all the words by relevance (or,
when none holds all, those holding most of them).
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Iterable, Sequence

from cfacts.factbase.model import Record, Statistic
from cfacts.finding.matching import CUTOFF, EXACT, Match
from cfacts.finding.views import Outcome
from cfacts.frozen import value
from cfacts.textnorm import fold

TYPE_CHECKING = False  # not `typing`'s: importing it costs ~3 ms of start-up

if TYPE_CHECKING:
    from cfacts.finding.lookup import Lookup
    from cfacts.index.store import Store

STOP = frozenset(
    (
        "a an the of in at on to for from by with about into onto over as and or nor but is are "
        "was were be been being am do does did done doing what whats which who whom whose how "
        "when where why tell me show give find please there it its this that these those has "
        "have had having their his her hers him they them he she i we you your our us can "
        "could would will shall should may might must say says said saying talk talks talked "
        "talking mention mentions mentioned mentioning speak speaks spoke spoken discuss "
        "discussed discusses anything something everything any some all much many very so "
        "than then also just only other others such own same not no yes know like want get "
        "got let lets s"
    ).split()
)
"""Words a query's meaning does not rest on: question words, function words and the verbs of
asking ("who talked about AI" searches for AI)."""

SYNONYM_KINDS = ("organization", "instrument", "topic", "event", "statistic")
SYNONYM_FIELDS = frozenset({"name", "alias", "abbreviation", "label"})
MAX_PHRASE = 8
MIN_SYNONYM_LETTERS = 2

FIELD_ORDER = {"name": 0, "label": 1, "abbreviation": 2, "alias": 3, "slug": 4, "id": 5}
"""Which of the texts a record is named by exactly is shown as what matched."""
NAMED = 90.0
"""A name match at least this good means the query names the record itself."""


def terms(text: str) -> list[str]:
    """A text's folded words without stop words (all of its words if every one is a stop
    word, so that a query never vanishes)."""
    words = fold(text).split()
    kept = [w for w in words if w not in STOP]
    return kept or words


_STEMS: dict[str, str] = {}


def stem(word: str) -> str:
    """A light English stem for comparing words in Python: plurals, -ing, -ed, -ation,
    -er, -ly and a final e (the index uses Porter's stemmer; this only has to agree with
    itself)."""
    found = _STEMS.get(word)
    if found is None:
        found = _STEMS[word] = _stem(word)
    return found


def _stem(word: str) -> str:
    w = word.lower()
    if len(w) <= 3 or w.isdigit():
        return w
    if w.endswith(("ed", "es")) and len(w) <= 5:  # "used", "uses", "aged": the word less s/d
        w = w[:-1]
    for suffix, keep in (
        ("izations", "iz"),
        ("ization", "iz"),
        ("isations", "iz"),  # British spelling: "organisation", "homogenisation"
        ("isation", "iz"),
        ("ations", ""),
        ("ation", ""),
        ("ments", ""),
        ("ment", ""),
        ("ings", ""),
        ("ing", ""),
        ("ies", "y"),
        ("ied", "y"),
        ("ers", ""),
        ("er", ""),
        ("ed", ""),
        ("ly", ""),
        ("es", ""),
        ("s", ""),
    ):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            if suffix == "s" and w.endswith(("ss", "us", "is")):
                continue
            if suffix == "es" and not w.endswith(("ses", "xes", "zes", "ches", "shes")):
                w = w[:-1]
                break
            w = w[: len(w) - len(suffix)] + keep
            if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":  # "running", "planned"
                w = w[:-1]
            break
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return w


@functools.lru_cache(maxsize=8192)
def same_word(a: str, b: str) -> bool:
    """Whether two folded words are the same word by their stems (a stem of five letters or
    more also stands for longer ones: "regist" and "registr")."""
    if a == b:
        return True
    sa, sb = stem(a), stem(b)
    if sa == sb:
        return True
    short, long_ = sorted((sa, sb), key=len)
    if (
        len(short) >= 5
        and long_.startswith(short)
        and (len(short) > 5 or len(long_) - len(short) <= _LONGER_BY)
        and not _doer_and_deed(a, b)
    ):
        return True
    return _swapped(a, b) or _american(sa) == _american(sb)


_LONGER_BY = 3
"""How many letters longer a stem may be than a five-letter one it begins with, for the two
to be one word; "first" does not stand for "Firstbrave" (a longer stem, "compar", still
stands for "comparison")."""
_DOER = ("or", "ors")
_DEED = ("ment", "ments", "ance", "ances")


def _doer_and_deed(a: str, b: str) -> bool:
    """Whether one word names who does a thing and the other the body or act that does it
    ("governor" and "government"): not the same word, though one stem holds the other's.
    "Directing" is still the director's."""
    return (a.endswith(_DOER) and b.endswith(_DEED)) or (b.endswith(_DOER) and a.endswith(_DEED))


_BRITISH = (("ll", "l"), ("nc", "ns"), ("is", "iz"), ("ys", "yz"))
"""Stem endings as British spelling has them, and as American ("labell", "licenc",
"organis", "analys")."""


def _american(stem: str) -> str:
    """A stem in American spelling, so "labelling" is "labeling" and "licence" "license"."""
    for british, american in _BRITISH:
        if stem.endswith(british) and len(stem) >= 5:
            return stem[: -len(british)] + american
    return stem


def _swapped(a: str, b: str) -> bool:
    """Whether two words of six letters or more differ only by two neighbouring letters
    written the other way round ("recieved"), the commonest typo."""
    if len(a) != len(b) or len(a) < 6:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and (a[diff[1]] == b[diff[0]])
    )


_SYNONYMS: weakref.WeakKeyDictionary[Store, dict[str, tuple[str, ...]]] = (
    weakref.WeakKeyDictionary()
)
"""Each store's synonyms (`FullText.synonyms`), for as long as the store lives."""


@value(frozen=True)
class Hit:
    """A record whose words match a query, and how relevant it is (bm25, higher is better)."""

    kind: str
    id: str
    relevance: float


class FullText:
    """Full-text queries over one store: synonyms from its records, expressions, hits."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def synonyms(self) -> dict[str, tuple[str, ...]]:
        """Each folded name, alias or abbreviation of an organization, instrument, topic,
        event or statistic, with every other way the fact base writes the same record (worked
        out once per store: a question reads several times)."""
        known = _SYNONYMS.get(self.store)
        if known is None:
            groups: dict[tuple[str, str], list[str]] = {}
            for cand in self.store.names(SYNONYM_KINDS):
                if cand.field not in SYNONYM_FIELDS:
                    continue
                key = fold(cand.text)
                if len(key.replace(" ", "")) >= MIN_SYNONYM_LETTERS:
                    group = groups.setdefault((cand.kind, cand.id), [])
                    if key not in group:
                        group.append(key)
            found: dict[str, list[str]] = {}
            for group in groups.values():
                if len(group) < 2:
                    continue
                for key in group:
                    merged = found.setdefault(key, [key])
                    merged.extend(k for k in group if k not in merged)
            known = _SYNONYMS[self.store] = {key: tuple(group) for key, group in found.items()}
        return known

    def groups(self, words: Sequence[str]) -> list[tuple[str, ...]]:
        """The query's words as groups of alternatives: a phrase with synonyms (longest
        first) becomes one group of its ways of writing, every other word a group of one."""
        synonyms = self.synonyms()
        out: list[tuple[str, ...]] = []
        i = 0
        while i < len(words):
            for size in range(min(MAX_PHRASE, len(words) - i), 0, -1):
                phrase = " ".join(words[i : i + size])
                if phrase in synonyms:
                    out.append(synonyms[phrase])
                    i += size
                    break
            else:
                out.append((words[i],))
                i += 1
        return out

    def hits(
        self,
        groups: Sequence[Sequence[str]],
        *,
        every: bool = True,
        kinds: Sequence[str] | None = None,
        limit: int | None = None,
    ) -> list[Hit]:
        """Records holding every group (``every``) or any of them, most relevant first."""
        expression = expression_of(groups, every=every)
        if not expression:
            return []
        found = self.store.text_search(expression, kinds, limit)
        return [Hit(kind, rid, relevance) for kind, rid, relevance in found]


def expression_of(groups: Sequence[Sequence[str]], *, every: bool = True) -> str:
    """An FTS5 MATCH expression: each group's alternatives ORed as quoted phrases, the groups
    joined by AND (``every``) or OR. Words are folded, so quoting is all the escaping needed."""
    parts = []
    for group in groups:
        phrases = [f'"{p.replace(chr(34), "")}"' for p in group if p.strip()]
        if phrases:
            parts.append(phrases[0] if len(phrases) == 1 else "(" + " OR ".join(phrases) + ")")
    return f" {'AND' if every else 'OR'} ".join(parts)


def record_texts(record: Record) -> Iterable[tuple[str, str]]:
    """(field, text) of every text of a record, names first (what a hit is shown matching)."""
    for field in ("name", "label", "title", "summary", "description", "city", "region", "country"):
        text = getattr(record, field, None)
        if isinstance(text, str) and text:
            yield field, text
    if isinstance(record, Statistic):
        yield "subject", record.subject
    for field, singular in (
        ("abbreviations", "abbreviation"),
        ("aliases", "alias"),
        ("topics", "topic"),
        ("represented", "represented"),
    ):
        for text in getattr(record, field, ()):
            yield singular, text
    for field in ("value", "quantity", "attendance"):
        quantity = getattr(record, field, None)
        if quantity is not None:
            yield "as written", quantity.as_written
    for field in ("note", "date_note"):
        text = getattr(record, field, None)
        if isinstance(text, str) and text:
            yield field, text
    for ev in record.evidence:
        yield "quote", ev.quote


def matched_text(record: Record, groups: Sequence[Sequence[str]]) -> tuple[str, str]:
    """The field and text of a record that hold the most of the query's groups (first wins)."""
    best: tuple[int, str, str] | None = None
    for field, text in record_texts(record):
        words = fold(text).split()
        joined = f" {' '.join(words)} "
        held = 0
        for group in groups:
            for alternative in group:
                parts = alternative.split()
                if len(parts) > 1:
                    if f" {alternative} " in joined:
                        held += 1
                        break
                elif any(same_word(parts[0], w) for w in words):
                    held += 1
                    break
        if best is None or held > best[0]:
            best = (held, field, text)
    return (best[1], best[2]) if best else ("id", record.id)


def search(lookup: Lookup, query: str, limit: int = 20) -> Outcome:
    """Everything the query's words find, best first: records it names exactly, then records
    holding all its words by bm25; when none holds them all, records it names with a typo
    ("Lui Hua") and then those holding any of its words."""
    from cfacts.finding.lookup import ENTITY_KINDS, clean_query
    from cfacts.index.names import sorted_key
    from cfacts.textnorm import name_key

    query = clean_query(query)
    text = FullText(lookup.store)
    groups = text.groups(terms(query))
    key = sorted_key(name_key(query))
    exact = lookup.store.exact_names(ENTITY_KINDS, key) if key else []
    ranked: dict[tuple[str, str], Match | None] = {}
    for cand in sorted(exact, key=lambda c: FIELD_ORDER.get(c.field, len(FIELD_ORDER))):
        ranked.setdefault(
            (cand.kind, cand.id), Match(cand.kind, cand.id, EXACT, cand.field, cand.text)
        )
    hits = text.hits(groups)
    fuzzy: list[Match] = []
    if not hits:  # no record holds every word: a misspelt name, or some of the words
        fuzzy = lookup.matcher(ENTITY_KINDS).rank(query, cutoff=CUTOFF)
        for match in fuzzy:
            if match.score >= NAMED:
                ranked.setdefault((match.kind, match.id), match)
        hits = text.hits(groups, every=False)
    top = hits[0].relevance if hits else 0.0
    relevance = {(h.kind, h.id): h.relevance for h in hits}
    for hit in hits:
        ranked.setdefault((hit.kind, hit.id), None)  # its match is built if it is shown
    for match in fuzzy:
        ranked.setdefault((match.kind, match.id), match)
    shown: list[Match] = []
    for (kind, rid), known in list(ranked.items())[:limit]:
        if known is None:
            record = lookup.store.get(kind, rid)
            if record is None:  # pragma: no cover - the index holds what the store reads
                continue
            field, matched = matched_text(record, groups)
            score = round(100.0 * relevance[(kind, rid)] / top, 1) if top > 0 else 0.0
            known = Match(kind, rid, score, field, matched)
        shown.append(known)
    results = tuple(lookup.cards.result(m.kind, m.id, m) for m in shown)
    suggestions = () if results else lookup.suggest(ENTITY_KINDS, query)
    return Outcome("search", query, results, False, suggestions, total=len(ranked))
