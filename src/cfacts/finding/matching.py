"""Fuzzy matching of queries against names: pinned scorer, preprocessing, cutoff and ambiguity.

Scoring (0-100) of a folded query ``q`` against a folded candidate ``c``:

* ``100`` when ``q == c`` (after folding case, accents, punctuation, honorifics) or when the two
  hold the same words in another order ("Hua Liu").
* ``token_sort_ratio(q, c)``, rapidfuzz's: typos in whole names ("Lui Hua", "Scott Morris").
  For a fact base of up to ``NATIVE_MIN`` names it is computed here (`ratio`, the same
  numbers to the last bit): importing rapidfuzz costs about 15 ms, more than scoring every
  name of such a fact base takes; a larger one is scored by rapidfuzz's C code.
* a *part* score when every query word is one of the candidate's words (exactly, by prefix of at
  least three letters, or with one typo in a word of five letters or more, at
  ``TYPO_WORD_RATIO``): ``PART_BASE`` plus
  up to ``PART_SPAN`` for the share of the candidate's letters the query covers. This finds
  "Alessandro Cogo" and "Zhou", without letting a short query match a long name by accident
  (a plain partial ratio would score "a" against anything at 100).

A match needs ``CUTOFF``. Results within ``AMBIGUITY_MARGIN`` of the best are all returned and
flagged ambiguous unless the best is an exact hit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from cfacts.frozen import value
from cfacts.index.names import Candidate
from cfacts.textnorm import name_key

CUTOFF = 80.0
EXACT = 100.0
AMBIGUITY_MARGIN = 8.0
PART_BASE = 82.0
PART_SPAN = 14.0
TYPO_WORD_MIN = 5
TYPO_WORD_RATIO = 85.0
PREFIX_MIN = 3
SUGGEST_CUTOFF = 55.0
NATIVE_MIN = 2000
"""Above this many names, whole names are scored by rapidfuzz's C code (`Matcher.rank`)."""


@value(frozen=True)
class Match:
    """A record matched by a query: its best-scoring candidate text."""

    kind: str
    id: str
    score: float
    field: str
    text: str


def _masks(text: str) -> dict[str, int]:
    """Each letter of a text with the bits of the places it stands at (see `_common`)."""
    masks: dict[str, int] = {}
    for at, letter in enumerate(text):
        masks[letter] = masks.get(letter, 0) | 1 << at
    return masks


def _common(a: str, b: str) -> int:
    """The length of the longest common subsequence of two texts, by the bit-parallel
    algorithm of Allison and Dix (one bit a letter of the longer text, in Python's integers)."""
    if len(a) < len(b):
        a, b = b, a
    return _common_masked(_masks(a), len(a), b)


def _common_masked(masks: dict[str, int], size: int, b: str) -> int:
    """`_common` of a text of ``size`` letters, given by its `_masks`, and ``b`` (at most as
    long; the longest common subsequence is the same either way round)."""
    every = (1 << size) - 1
    row = every
    for letter in b:
        held = row & masks.get(letter, 0)
        row = (row + held) | (row - held)
    return size - (row & every).bit_count()


def _similarity(total: int, common: int) -> float:
    """The normalized Indel similarity of two texts of ``total`` letters between them with a
    longest common subsequence of ``common``, as rapidfuzz computes it."""
    if not total:
        return 100.0
    return (1.0 - (total - 2 * common) / total) * 100


def ratio(a: str, b: str) -> float:
    """rapidfuzz's ``fuzz.ratio``, its normalized Indel similarity (0 to 100), computed as it
    computes it (tests/test_matching.py holds the two equal)."""
    return _similarity(len(a) + len(b), _common(a, b))


def token_sort_ratio(a: str, b: str) -> float:
    """rapidfuzz's ``fuzz.token_sort_ratio``: `ratio` of the two texts' words, sorted."""
    return ratio(" ".join(sorted(a.split())), " ".join(sorted(b.split())))


def _may_reach(a: str, b: str, cutoff: float) -> bool:
    """Whether two texts' lengths let their `ratio` reach ``cutoff`` (all of the shorter in
    common, its most)."""
    total = len(a) + len(b)
    return not total or (1.0 - (total - 2 * min(len(a), len(b))) / total) * 100 >= cutoff


def word_hit(query_word: str, words: Sequence[str]) -> int | None:
    """Index of the candidate word that a query word stands for, if any."""
    for i, word in enumerate(words):
        if query_word == word:
            return i
    for i, word in enumerate(words):
        if len(query_word) >= PREFIX_MIN and word.startswith(query_word):
            return i
    if len(query_word) >= TYPO_WORD_MIN:
        for i, word in enumerate(words):
            if (
                len(word) >= TYPO_WORD_MIN
                and _may_reach(query_word, word, TYPO_WORD_RATIO)
                and ratio(query_word, word) >= TYPO_WORD_RATIO
            ):
                return i
    return None


def part_score(query: str, candidate: str) -> float:
    """Score when every query word is one of the candidate's words; 0 otherwise."""
    return _part_score(query.split(), candidate.split())


def _part_score(q_words: Sequence[str], c_words: Sequence[str]) -> float:
    """`part_score` of two texts' words."""
    if not q_words or len(q_words) > len(c_words):
        return 0.0
    remaining = list(c_words)
    covered = 0
    for word in q_words:
        hit = word_hit(word, remaining)
        if hit is None:
            return 0.0
        covered += len(remaining.pop(hit))
    total = sum(len(w) for w in c_words)
    return PART_BASE + PART_SPAN * covered / total


def score(query: str, candidate: str) -> float:
    """The pinned score of one folded query against one folded candidate text."""
    if not query or not candidate:
        return 0.0
    if _same_words(query, candidate):
        return EXACT
    return max(token_sort_ratio(query, candidate), part_score(query, candidate))


def _same_words(query: str, candidate: str) -> bool:
    """Whether two folded texts hold the same words, in any order ("hua liu", "liu hua")."""
    return query == candidate or sorted(query.split()) == sorted(candidate.split())


class Matcher:
    """Matches queries against a fixed set of candidates, best record first."""

    def __init__(self, candidates: Iterable[Candidate]) -> None:
        self._candidates = list(candidates)
        self._keys = [c.key or name_key(c.text) for c in self._candidates]
        self._words: list[list[str]] = []  # each key's words, their first letters and the
        self._firsts: list[frozenset[str]] = []  # words sorted (as `token_sort_ratio` and
        self._sorted: list[str] = []  # `_same_words` read them): made on the first `rank`
        self._letters: dict[int, dict[str, int]] = {}  # sorted keys' `_masks`, when first used
        self._ranked: dict[tuple[str, float, int], list[Match]] = {}  # (a question's reading
        # asks for the same words again and again)

    def _split(self) -> None:
        """Each key's words, first letters and sorted words, once."""
        if len(self._words) != len(self._keys):
            self._words = [text.split() for text in self._keys]
            self._firsts = [frozenset(w[:1] for w in words) for words in self._words]
            self._sorted = [" ".join(sorted(words)) for words in self._words]

    def exact(self, query: str) -> list[Match]:
        """Records whose name folds to exactly the query (in any word order), preferred field
        first; cheap, so lookups try it before fuzzy ranking."""
        key = name_key(query)
        words = sorted(key.split())
        best: dict[tuple[str, str], Match] = {}
        for cand, text in zip(self._candidates, self._keys, strict=True):
            if text == key or (len(text) == len(key) and sorted(text.split()) == words):
                ident = (cand.kind, cand.id)
                if ident not in best:
                    best[ident] = Match(cand.kind, cand.id, EXACT, cand.field, cand.text)
        return sorted(best.values(), key=lambda m: (m.kind, m.text, m.id)) if key else []

    def rank(self, query: str, *, cutoff: float = CUTOFF, limit: int = 50) -> list[Match]:
        """Every record scoring at least ``cutoff``, best first, one entry per record."""
        key = name_key(query)
        if not key:
            return []
        found = self._ranked.get((key, cutoff, limit))
        if found is not None:
            return list(found)
        self._split()
        scores = dict(self._whole_names(key, cutoff))  # typos in whole names
        words = key.split()
        first_letters = {w[:1] for w in words}
        in_order = " ".join(sorted(words))
        for index, text in enumerate(self._keys):  # word-level matches, on names that share
            if index in scores and scores[index] >= EXACT:  # a word's first letter
                continue
            if first_letters.isdisjoint(self._firsts[index]):
                continue
            # `score`, less the whole-name score found above (`_same_words`: the same words)
            same = key == text or in_order == self._sorted[index]
            points = EXACT if same else _part_score(words, self._words[index])
            if points >= cutoff and points > scores.get(index, 0.0):
                scores[index] = points
        best: dict[tuple[str, str], tuple[float, int]] = {}
        for index, points in sorted(scores.items()):  # on ties, the earlier (preferred) field
            cand = self._candidates[index]
            ident = (cand.kind, cand.id)
            if ident not in best or points > best[ident][0]:
                best[ident] = (points, index)
        matches = []
        for points, index in best.values():
            cand = self._candidates[index]
            matches.append(Match(cand.kind, cand.id, round(points, 1), cand.field, cand.text))
        ranked = sorted(matches, key=lambda m: (-m.score, m.kind, m.text, m.id))[:limit]
        self._ranked[(key, cutoff, limit)] = ranked
        return list(ranked)

    def _whole_names(self, key: str, cutoff: float) -> list[tuple[int, float]]:
        """Each name whose `token_sort_ratio` with ``key`` reaches ``cutoff``, with it: by
        rapidfuzz's C scorer over more than ``NATIVE_MIN`` names, else here, on the names
        whose length lets them reach it."""
        if len(self._keys) > NATIVE_MIN:
            from rapidfuzz import fuzz, process  # 15 ms to import: only for a large fact base

            found = process.extract(
                key, self._keys, scorer=fuzz.token_sort_ratio, score_cutoff=cutoff, limit=None
            )
            return [(index, float(points)) for _, points, index in found]
        self._split()
        hits = []
        in_order = " ".join(sorted(key.split()))  # `token_sort_ratio`, its sorting done once
        size = len(in_order)
        mine = _masks(in_order)
        for index, text in enumerate(self._sorted):
            if not _may_reach(in_order, text, cutoff):
                continue
            if len(text) > size:  # `ratio`, with the longer text's masks made once
                masks = self._letters.get(index)
                if masks is None:
                    masks = self._letters[index] = _masks(text)
                common = _common_masked(masks, len(text), in_order)
            else:
                common = _common_masked(mine, size, text)
            points = _similarity(size + len(text), common)
            if points >= cutoff:
                hits.append((index, points))
        return hits

    def suggest(self, query: str, limit: int = 3) -> list[Match]:
        """Records close to a query that matched nothing, for a "did you mean" hint."""
        return self.rank(query, cutoff=SUGGEST_CUTOFF, limit=limit)


def select(matches: Sequence[Match]) -> tuple[list[Match], bool]:
    """The matches to show and whether they are ambiguous.

    An exact best hit stands alone unless other records hit exactly too. Otherwise every match
    within ``AMBIGUITY_MARGIN`` of the best is kept and, if there are several, flagged.
    """
    if not matches:
        return [], False
    top = matches[0].score
    if top >= EXACT:
        chosen = [m for m in matches if m.score >= EXACT]
    else:
        chosen = [m for m in matches if m.score >= top - AMBIGUITY_MARGIN]
    return chosen, len(chosen) > 1
