"""A first lookup's store: a large fact base validated block by block, records parsed on demand.

With no index for a large fact base, writing one costs several times what parsing does. A
first lookup can be answered sooner: the blocks are parsed and validated by the indexer's own
per-batch code (`indexer.validated`, in worker processes when cores are idle), every rule that
spans records is checked, and only what finding records needs is kept (each record's kind, id
and block, its references, cited sources and names). A record is parsed again from its
block when an answer reads it, through the same code, so it is the record the index would
hold. `cache` then has the index written by a process of its own, after the answer.

Anything this path cannot vouch for raises `Unsure`, and the loader reads the whole file, as
for an index: problems are reported exactly as `cfacts check` reports them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from cfacts.factbase.model import KIND_CLASSES, Record
from cfacts.factbase.rules import RULES, references
from cfacts.index import sqlite
from cfacts.index.indexer import Task, Unsure, batch_tasks, new_batches, validated
from cfacts.index.names import NAME_KINDS, Candidate, name_texts
from cfacts.index.names import sorted_key as _sorted
from cfacts.index.store import completion_rank, link_targets
from cfacts.textnorm import name_key

if TYPE_CHECKING:
    from cfacts.index.blocks import Block

Facts = tuple[
    str,
    str,
    "str | None",
    tuple[tuple[str, str], ...],
    tuple[str, ...],
    tuple[tuple[str, str], ...],
]
"""What is kept of a record: kind, id, unit, references (field, target), cited sources and names
(field, text; a statistic's without those its organization gives it)."""

_Name = tuple[int, str, str, str, str]
"""A name: the record's number, kind, id, field and text (folded when a lookup reads it)."""
_Folded = tuple[int, str, str, str, str, str]
"""A name and its folded key."""


def _number(name: _Folded) -> int:
    return name[0]


CHECKED = frozenset(
    {
        "a reference to a missing record or a citation of a missing source",
        "an observation in another unit than its statistic",
        "an appearance in a role of another person",
    }
)
"""The rules that span records which `QuickStore.check` checks; a fact base is left to the
loader while any other such rule exists (`rules.RULES`: those with an SQL form or that hold
only in a whole fact base)."""
_SPANNING = frozenset(rule.broken for rule in RULES if rule.sql is not None or rule.whole)


def _no_lookup(kind: str, rid: str) -> Record | None:
    return None  # a statistic's names from its organization are added once all are read


def batch_facts(task: Task) -> list[Facts]:
    """A batch's records validated (`indexer.validated`), and what is kept of each."""
    kept: list[Facts] = []
    for kind, _, _, record in validated(task):
        if kind == "statistic":
            unit = getattr(record, "unit", None)
        else:
            unit = getattr(getattr(record, "value", None), "unit", None)
        cited = () if kind == "source" else tuple(sorted({ev.source for ev in record.evidence}))
        names = tuple(name_texts(kind, record, _no_lookup)) if kind in NAME_KINDS else ()
        kept.append((kind, record.id, unit, tuple(link_targets(kind, record)), cited, names))
    return kept


def read(data: bytes, name: str, schema_version: int, workers: int | None = None) -> QuickStore:
    """A store for a fact base's bytes, every record validated and every rule that spans
    records checked; Unsure when the loader must decide. ``workers`` as for `indexer.update`."""
    import gc

    from cfacts.index import parallel

    collecting = gc.isenabled()
    gc.disable()  # as in `indexer.update`: many objects, no cycles
    try:
        blocks, tasks = new_batches(data, name)
        store = QuickStore(data, name, schema_version, blocks)
        count = parallel.workers(len(blocks)) if workers is None else workers
        if count <= 1:
            results: Iterator[list[Facts]] = map(batch_facts, tasks)
            for facts in results:
                store.add(facts)
        else:
            mapped = parallel.mapped(batch_facts, tasks, count)
            try:
                for facts in mapped:
                    store.add(facts)
            except parallel.Broken as exc:
                raise Unsure(f"a worker process died: {exc}") from None
            finally:
                mapped.close()
        store.check()
        return store
    finally:
        if collecting:
            gc.enable()


class QuickStore:
    """A store over a validated fact base's blocks (`read`): records are parsed when read."""

    def __init__(self, data: bytes, path: str, schema_version: int, blocks: list[Block]) -> None:
        self.path = path
        self.schema_version = schema_version
        self.index: str | None = None  # answered before its index is written: nothing kept
        self.identity: str | None = None
        self._data = data
        self._blocks = blocks
        self._kinds: list[str] = []
        self._rids: list[str] = []
        self._ids: dict[str, dict[str, int]] = {kind: {} for kind in KIND_CLASSES}
        self._units: dict[int, str | None] = {}
        self._links: dict[tuple[str, str], dict[str, list[int]]] = {}
        self._cited: dict[str, int] = {}
        self._names: dict[str, list[_Name]] = {}
        self._folded: dict[str, list[_Folded]] = {}
        self._named_statistics = False
        self._cache: dict[int, Record] = {}
        self._fts: sqlite.Connection | None = None
        self.index_path: str | None = None
        """The index `cache.index_later` has written after the answer (None: none)."""

    def add(self, batch: Iterable[Facts]) -> None:
        """The facts of the next records, in file order (Unsure on an id taken before)."""
        kinds, links, names = self._kinds, self._links, self._names
        for kind, rid, unit, targets, cited, own in batch:
            number = len(kinds)
            same = self._ids.get(kind)
            if same is None or rid in same:
                raise Unsure("a duplicate id")
            same[rid] = number
            kinds.append(kind)
            self._rids.append(rid)
            if kind in ("observation", "statistic"):
                self._units[number] = unit
            for field, target in targets:
                by_target = links.get((kind, field))
                if by_target is None:
                    by_target = links[(kind, field)] = {}
                same_target = by_target.get(target)
                if same_target is None:
                    by_target[target] = [number]
                else:
                    same_target.append(number)
            for source in cited:
                self._cited[source] = self._cited.get(source, 0) + 1
            if own:
                of_kind = names.get(kind)
                if of_kind is None:
                    of_kind = names[kind] = []
                of_kind.extend([(number, kind, rid, field, text) for field, text in own])

    def check(self) -> None:
        """Raise Unsure if a rule that spans records is broken (`rules`: references and cited
        sources resolve, an observation is in its statistic's unit, an appearance's role is
        held by the person appearing); the loader then reports it."""
        if len(self._kinds) != len(self._blocks):  # pragma: no cover - add raises first
            raise Unsure("a block without a record")
        if _SPANNING != CHECKED:  # a rule added since: the loader checks it
            raise Unsure("a rule that spans records is not checked here")
        ids = self._ids
        allowed = {
            (kind, spec.name): spec.targets for kind in KIND_CLASSES for spec in references(kind)
        }
        sources = ids["source"]
        for (kind, field), named in self._links.items():
            targets = [ids[t] for t in allowed.get((kind, field), ())]
            if any(not any(target in same for same in targets) for target in named):
                raise Unsure("a reference to a missing record")
        if any(source not in sources for source in self._cited):
            raise Unsure("a citation of a missing source")
        statistic_of = self._targets("observation", "statistic")
        for number, statistic in statistic_of.items():
            stat = ids["statistic"].get(statistic)
            if stat is not None and self._units.get(number) != self._units.get(stat):
                raise Unsure("an observation in another unit than its statistic")
        role_of = self._targets("appearance", "role")
        person_of = {**self._targets("appearance", "person"), **self._targets("role", "person")}
        for number, role in role_of.items():
            held = ids["role"].get(role)
            if held is not None and person_of.get(held) != person_of.get(number):
                raise Unsure("an appearance in a role of another person")

    def _targets(self, kind: str, field: str) -> dict[int, str]:
        """The record a field of each record of a kind names (single references)."""
        found: dict[int, str] = {}
        for target, numbers in self._links.get((kind, field), {}).items():
            found.update(dict.fromkeys(numbers, target))
        return found

    def _records(self, numbers: Sequence[int]) -> list[Record]:
        """The records at these numbers, parsed from their blocks (in batches, as the index
        was), in the order asked."""
        missing = sorted({n for n in numbers if n not in self._cache})
        if missing:
            blocks = self._blocks
            picked = [(blocks[n], n) for n in missing]
            for task in batch_tasks(self._data, picked, self.path):
                for _, number, _, record in validated(task):
                    self._cache[number] = record
        return [self._cache[n] for n in numbers]

    def get(self, kind: str, rid: str) -> Record | None:
        """One record, or None."""
        number = self._ids.get(kind, {}).get(rid)
        return None if number is None else self._records([number])[0]

    def all(self, kind: str) -> Sequence[Record]:
        """Every record of a kind, in file order."""
        return self._records(list(self._ids.get(kind, {}).values()))

    def related(self, kind: str, field: str, target: str) -> Sequence[Record]:
        """Records of ``kind`` whose ``field`` points at ``target``, in file order."""
        return self._records(self._links.get((kind, field), {}).get(target, []))

    def related_any(self, kind: str, fields: Sequence[str], target: str) -> Sequence[Record]:
        """Records of ``kind`` with any of ``fields`` pointing at ``target``: file order, once."""
        found = {n for f in fields for n in self._links.get((kind, f), {}).get(target, ())}
        return self._records(sorted(found))

    def _named(self, kind: str) -> list[_Folded]:
        """The names of a kind's records in file order, folded; folded once, when a lookup
        first reads them all."""
        folded = self._folded.get(kind)
        if folded is None:
            folded = self._folded[kind] = [(*n, name_key(n[4])) for n in self._unfolded(kind)]
        return folded

    def _unfolded(self, kind: str) -> list[_Name]:
        """The names of a kind's records in file order (a statistic's from its organization
        after its own)."""
        if kind == "statistic" and not self._named_statistics:
            self._named_statistics = True
            self._names[kind] = self._statistic_names(self._names.get(kind, []))
        return self._names.get(kind, [])

    def _statistic_names(self, own: list[_Name]) -> list[_Name]:
        """A statistic's own names, each followed by "<abbreviation or name> <label>" for its
        organization, as `names.name_texts` gives them with the organization at hand."""
        shorts: dict[str, list[str]] = {}
        full: dict[str, str] = {}
        for _, _, rid, field, text in self._names.get("organization", ()):
            if field == "abbreviation":
                shorts.setdefault(rid, []).append(text)
            elif field == "name":
                full[rid] = text
        organization = self._targets("statistic", "organization")
        names: list[_Name] = []
        label: str | None = None
        for at, name in enumerate(own):
            names.append(name)
            number = name[0]
            if label is None and name[3] == "label":
                label = name[4]
            if at + 1 < len(own) and own[at + 1][0] == number:
                continue  # not the record's last name yet
            org = organization.get(number)
            if org is not None and org in full and label is not None:
                names.extend(
                    (number, "statistic", name[2], "label", f"{short} {label}")
                    for short in (*shorts.get(org, ()), full[org])
                )
            label = None
        return names

    def names(self, kinds: Iterable[str]) -> Sequence[Candidate]:
        """Every name of the records of the given kinds, in file order (as the index reads
        them)."""
        import heapq

        wanted = [self._named(kind) for kind in dict.fromkeys(kinds)]
        merged = wanted[0] if len(wanted) == 1 else heapq.merge(*wanted, key=_number)
        return [Candidate(kind, rid, field, text, key) for _, kind, rid, field, text, key in merged]

    def exact_names(self, kinds: Iterable[str], sorted_key: str) -> Sequence[Candidate]:
        """The names whose folded words, sorted, equal ``sorted_key`` (an ASCII name is folded
        only if it holds each of the words: folding never adds letters)."""
        import heapq

        words = sorted_key.split()
        found = []
        for kind in dict.fromkeys(kinds):
            hits = []
            for name in self._unfolded(kind):
                text = name[4]
                if text.isascii():
                    lower = text.lower()
                    if not all(word in lower for word in words):
                        continue
                key = name_key(text)
                if _sorted(key) == sorted_key:
                    hits.append((*name, key))
            found.append(hits)
        return [
            Candidate(kind, rid, field, text, key)
            for _, kind, rid, field, text, key in heapq.merge(*found, key=_number)
        ]

    def completions(self, kind: str, typed: str, start: str) -> Iterator[Candidate]:
        """The names of ``kind`` with a word that starts with the folded ``typed``, in
        completion order (`completion_rank`; ties in file order)."""
        found = [n for n in self.names([kind]) if f" {typed}" in f" {n.key}"]
        return iter(sorted(found, key=lambda c: completion_rank(c, typed, start)))

    def counts(self) -> dict[str, int]:
        """How many records of each kind."""
        return {kind: len(self._ids[kind]) for kind in KIND_CLASSES}

    def facts_per_source(self) -> dict[str, int]:
        """How many records cite each source."""
        return dict(sorted(self._cited.items()))

    def text_search(
        self, expression: str, kinds: Sequence[str] | None = None, limit: int | None = None
    ) -> Sequence[tuple[str, str, float]]:
        """Records matching an FTS5 expression, from a full-text table of every record built in
        memory on the first search (the commands that search are not answered this way)."""
        from cfacts.index.fulltext import FTS_SQL, fts_row, insert_rows, match

        if self._fts is None:
            db = sqlite.connect(":memory:")
            db.execute(FTS_SQL)
            numbers = range(len(self._kinds))
            records = self._records(numbers)
            kinds_of = self._kinds
            insert_rows(db, (fts_row(n + 1, kinds_of[n], records[n]) for n in numbers))
            self._fts = db
        return match(self._fts, expression, kinds, limit)

    def field_texts(self, kind: str, fields: Sequence[str]) -> Sequence[tuple[str | None, ...]]:
        """Some text fields of every record of a kind, in file order."""
        return [
            tuple(v if isinstance(v := getattr(r, field, None), str) else None for field in fields)
            for r in self.all(kind)
        ]
