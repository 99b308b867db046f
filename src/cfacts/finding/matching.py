"""Fuzzy matching of queries against names: pinned scorer, preprocessing, cutoff and ambiguity.

Scoring (0-100) of a folded query ``q`` against a folded candidate ``c``:

* ``100`` when ``q == c`` (after folding case, accents, punctuation, honorifics) or when the two
  hold the same words in another order ("Hua Liu").
* ``token_sort_ratio(q, c)`` from rapidfuzz: typos in whole names ("Lui Hua", "Scott Morris").
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


@value(frozen=True)
class Match:
    """A record matched by a query: its best-scoring candidate text."""

    kind: str
    id: str
    score: float
    field: str
    text: str


def word_hit(query_word: str, words: Sequence[str]) -> int | None:
    """Index of the candidate word that a query word stands for, if any."""
    from rapidfuzz import fuzz

    for i, word in enumerate(words):
        if query_word == word:
            return i
    for i, word in enumerate(words):
        if len(query_word) >= PREFIX_MIN and word.startswith(query_word):
            return i
    if len(query_word) >= TYPO_WORD_MIN:
        for i, word in enumerate(words):
            if len(word) >= TYPO_WORD_MIN and fuzz.ratio(query_word, word) >= TYPO_WORD_RATIO:
                return i
    return None


def part_score(query: str, candidate: str) -> float:
    """Score when every query word is one of the candidate's words; 0 otherwise."""
    q_words, c_words = query.split(), candidate.split()
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
    from rapidfuzz import fuzz

    if not query or not candidate:
        return 0.0
    if query == candidate or sorted(query.split()) == sorted(candidate.split()):
        return EXACT
    return max(fuzz.token_sort_ratio(query, candidate), part_score(query, candidate))


class Matcher:
    """Matches queries against a fixed set of candidates, best record first."""

    def __init__(self, candidates: Iterable[Candidate]) -> None:
        self._candidates = list(candidates)
        self._keys = [c.key or name_key(c.text) for c in self._candidates]

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
        from rapidfuzz import fuzz, process  # 15 ms to import: only when fuzzy matching runs

        key = name_key(query)
        if not key:
            return []
        scores: dict[int, float] = {}
        # The C scorer pre-selects whole-name typo matches; word-level matches are checked on
        # candidates that share a word prefix with the query.
        for _, points, index in process.extract(
            key, self._keys, scorer=fuzz.token_sort_ratio, score_cutoff=cutoff, limit=None
        ):
            scores[index] = float(points)
        first_letters = {w[:1] for w in key.split()}
        for index, text in enumerate(self._keys):
            if index in scores and scores[index] >= EXACT:
                continue
            if not first_letters & {w[:1] for w in text.split()}:
                continue
            points = score(key, text)
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
        ranked = sorted(matches, key=lambda m: (-m.score, m.kind, m.text, m.id))
        return ranked[:limit]

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
