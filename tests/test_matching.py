"""Matching: the pinned scorer and a table of the ways people type names."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from cfacts.factbase.loader import load
from cfacts.finding.lookup import Lookup
from cfacts.finding.matching import (
    AMBIGUITY_MARGIN,
    CUTOFF,
    Matcher,
    part_score,
    score,
    select,
)
from cfacts.index.names import Candidate
from cfacts.index.store import MemoryStore
from cfacts.paths import bundled_path
from cfacts.textnorm import fold, name_key
from conftest import ROOT


@pytest.fixture(scope="module")
def lookup() -> Lookup:
    return Lookup(MemoryStore(load(bundled_path())))


def test_pinned_constants() -> None:
    assert (CUTOFF, AMBIGUITY_MARGIN) == (80.0, 8.0)


def test_preprocessing() -> None:
    assert fold("  Stéphanie   CARRE ") == "stephanie carre"
    assert name_key("Ms. LIU Hua") == "liu hua"
    assert name_key("Mr.") == "mr"  # a lone honorific is kept rather than emptied
    assert fold("刘华") == "刘华"


def test_scorer() -> None:
    assert score("liu hua", "liu hua") == 100
    assert score("hua liu", "liu hua") == 100
    assert 80 <= score("lui hua", "liu hua") < 100
    assert score("a", "alessandro enrico cogo") < CUTOFF
    assert part_score("liu", "liu hua") > CUTOFF
    assert part_score("zhang", "zheng wei") == 0  # one typo in a five-letter word is too many
    assert part_score("liu hua ping", "liu hua") == 0


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Liu Hua", "liu-hua"),
        ("liu hua", "liu-hua"),
        ("LIU HUA", "liu-hua"),
        ("Hua Liu", "liu-hua"),
        ("Ms. Liu Hua", "liu-hua"),
        ("Lui Hua", "liu-hua"),
        ("Liu Huaa", "liu-hua"),
        ("Stephanie Carre", "stephanie-carre"),
        ("stéphanie carré", "stephanie-carre"),
        ("Carre", "stephanie-carre"),
        ("Scott Morris", "scot-morris"),
        ("Scot Morris", "scot-morris"),
        ("Alessandro Cogo", "alessandro-enrico-cogo"),
        ("Cogo", "alessandro-enrico-cogo"),
        ("Francis Gury", "francis-gurry"),
        ("Gurry", "francis-gurry"),
        ("ZHENG Wei", "zheng-wei"),
        ("Mr. Ignacio de Castro", "ignacio-de-castro"),
        ("de Castro", "ignacio-de-castro"),
        ("Sylvie Forbin", "sylvie-forbin"),
        ("Forbin Sylvie", "sylvie-forbin"),
        ("Zhou Yaping", "zhou-yaping"),
        ("Yaping Zhou", "zhou-yaping"),
        ("Xi Jinping", "xi-jinping"),
        ("liu-ping", "liu-ping"),
    ],
)
def test_people_found_as_typed(lookup: Lookup, query: str, expected: str) -> None:
    outcome = lookup.who(query)
    assert not outcome.ambiguous
    assert [r.id for r in outcome.results] == [expected]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Liu", {"liu-hua", "liu-ping"}),
        ("Zhou", {"zhou-yaping", "zhou-qing"}),
        ("Zhang", {"zhang-fan", "zhang-hongbo", "zhang-yilin"}),
        ("Wang", {"wang-zhicheng", "wang-ying", "wang-min"}),
        ("Gao", {"gao-hang", "gao-yunfei"}),
    ],
)
def test_ambiguous_names_list_every_candidate(
    lookup: Lookup, query: str, expected: set[str]
) -> None:
    outcome = lookup.who(query)
    assert outcome.ambiguous
    assert {r.id for r in outcome.results} == expected


@pytest.mark.parametrize("query", ["Smith", "John Doe", "xyz", "Beijing", "a", "WIPO"])
def test_queries_that_must_not_match_a_person(lookup: Lookup, query: str) -> None:
    assert lookup.who(query).results == ()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("CAVCA", "cavca"),
        ("cavca", "cavca"),
        ("MCSC", "mcsc"),
        ("NCAC", "ncac"),
        ("WIPO", "wipo"),
        ("WOC", "wipo-office-china"),
        ("WIPO Office in China", "wipo-office-china"),
        ("CISAC", "cisac"),
        ("China Audio-Video Copyright Association", "cavca"),
        ("China Audio Video Copyright Assocation", "cavca"),
        ("Music Copyright Society of China", "mcsc"),
        ("Tencent", "tencent"),
    ],
)
def test_organizations_by_abbreviation_alias_and_name(
    lookup: Lookup, query: str, expected: str
) -> None:
    outcome = lookup.org(query)
    assert outcome.results[0].id == expected
    assert not outcome.ambiguous


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("gdp-share", "gdp-share"),
        ("gdp share", "gdp-share"),
        ("MCSC licensing revenue", "mcsc-licensing-revenue"),
        ("copyright registrations", "copyright-registrations"),
        ("beijing-treaty-ratifications", "beijing-treaty-ratifications"),
    ],
)
def test_statistics_by_slug_and_label(lookup: Lookup, query: str, expected: str) -> None:
    assert lookup.stat(query).results[0].id == expected


def test_exact_hits_come_first() -> None:
    matcher = Matcher(
        [
            Candidate("person", "a", "name", "Liu Hua"),
            Candidate("person", "b", "name", "Liu Huan"),
        ]
    )
    ranked = matcher.rank("Liu Hua")
    chosen, ambiguous = select(ranked)
    assert [m.id for m in chosen] == ["a"]
    assert not ambiguous


RANKED = [
    ("who", "Zhang"),
    ("who", "Zhou"),
    ("who", "Liu"),
    ("who", "Lui Hua"),
    ("who", "Xyzzy Plugh"),
    ("org", "China"),
    ("org", "copyright"),
    ("org", "Chnia Copyrigth"),
    ("event", "2019"),
    ("event", "Beijing"),
    ("stat", "revenue"),
    ("stat", "MCSC"),
    ("search", "AI"),
    ("search", "copyright"),
    ("timeline", "WIPO"),
    ("ask", "who spoke in Chengdu"),
]
"""Queries with several close matches, or none (suggestions): their order is what could vary."""

RANK_IN_ONE_PROCESS = """
import json, sys
from cfacts.factbase.loader import load
from cfacts.finding.dispatch import Request, answer
from cfacts.finding.lookup import Lookup
from cfacts.index.store import MemoryStore
from cfacts.output.jsonout import outcome_dict
from cfacts.paths import bundled_path

lookup = Lookup(MemoryStore(load(bundled_path())))
answers = [outcome_dict(answer(Request(c, q), lookup)) for c, q in json.loads(sys.argv[1])]
print(json.dumps(answers, sort_keys=True))
"""


def test_matching_is_deterministic_across_hash_seeds() -> None:
    """Whole answers (order, scores, fields, suggestions) are the same in processes whose
    string hashes differ, so no set or dict order leaks into a ranking."""
    runs = {
        seed: subprocess.Popen(
            [sys.executable, "-c", RANK_IN_ONE_PROCESS, json.dumps(RANKED)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        for seed in ("0", "1", "2", "3")
    }
    outputs = {seed: proc.communicate(timeout=120)[0] for seed, proc in runs.items()}
    assert all(proc.returncode == 0 for proc in runs.values())
    assert len(set(outputs.values())) == 1, "rankings differ between hash seeds"
    answers = json.loads(outputs["0"])
    assert any(len(a["results"]) >= 3 for a in answers)  # orders that could differ
    assert any(a["suggestions"] for a in answers)


def _typed(text: str, seed: int) -> str:
    """A name as someone might type it: a letter dropped, doubled or swapped, or words moved."""
    import random

    rng = random.Random(seed)
    letters = list(text)
    at = rng.randrange(len(letters)) if letters else 0
    change = seed % 4
    if change == 0 and letters:
        del letters[at]
    elif change == 1 and letters:
        letters.insert(at, letters[at])
    elif change == 2 and at + 1 < len(letters):
        letters[at], letters[at + 1] = letters[at + 1], letters[at]
    else:
        return " ".join(reversed(text.split()))
    return "".join(letters)


def test_ratio_is_rapidfuzz_ratio_to_the_last_bit(lookup: Lookup) -> None:
    from rapidfuzz import fuzz

    from cfacts.finding.matching import ratio, token_sort_ratio

    keys = sorted({c.key for c in lookup.store.names(("person", "organization", "event"))})
    texts = [*keys, *(_typed(k, n) for n, k in enumerate(keys)), "", " ", "é", "a b", "刘华"]
    for a in texts[::3]:
        for b in texts:
            assert ratio(a, b) == fuzz.ratio(a, b), (a, b)
            assert token_sort_ratio(a, b) == fuzz.token_sort_ratio(a, b), (a, b)


def test_the_python_and_the_c_scorers_rank_alike(
    lookup: Lookup, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cfacts.finding import matching

    names = list(lookup.store.names(("person", "organization", "event", "statistic")))
    matcher = Matcher(names)
    queries = [_typed(c.text, n) for n, c in enumerate(names)] + ["copyright", "wipo china"]
    here = [matcher.rank(q) for q in queries]
    monkeypatch.setattr(matching, "NATIVE_MIN", 0)  # every fact base is large now
    large = Matcher(names)  # (a new one: each keeps what it ranked)
    assert [large.rank(q) for q in queries] == here
    assert sum(1 for found in here if found) > len(queries) // 2  # the typos are found


def test_a_matcher_ranks_a_query_asked_again_alike_and_hands_out_its_own_list(
    lookup: Lookup,
) -> None:
    """`rank` keeps what it found for a query (a question's readings ask the same words
    again); the list it returns is the caller's to change."""
    names = list(lookup.store.names(("person", "organization", "event")))
    matcher = Matcher(names)
    first = matcher.rank("Lui Hua")
    assert first and first[0].id == "liu-hua"
    first.clear()
    assert matcher.rank("Lui Hua") == Matcher(names).rank("Lui Hua") != []
    assert matcher.rank("Lui Hua", cutoff=99.0) == []  # another cutoff: ranked anew


def test_a_misspelt_name_is_matched_without_importing_rapidfuzz() -> None:
    code = (
        "import sys\nfrom cfacts.cli.main import main\n"
        "from cfacts.finding import matching\n"
        "ranked, rank = [], matching.Matcher.rank\n"
        "matching.Matcher.rank = lambda self, q, **k: ranked.append(q) or rank(self, q, **k)\n"
        "sys.argv = ['cfacts', 'ask', 'what did Zhao Xuiling say', '--json']\n"
        "import contextlib, io\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n    main()\n"
        "print(bool(ranked), any(m.startswith('rapidfuzz') for m in sys.modules))"
    )
    env = {**os.environ, "CFACTS_NO_CACHE": "1"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env,
        cwd=ROOT,
    )  # fmt: skip
    assert done.stdout.split() == ["True", "False"]  # the matcher ran, rapidfuzz was not loaded
