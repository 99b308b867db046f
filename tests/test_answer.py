"""`cfacts ask` answers with the facts themselves (issue 14): the development questions in
tests/data/ask_dev*.toml (scored as scripts/ask_eval.py scores them), lists, comparisons,
growth, roles, statements; constraints that empty the answer; suggestions that find
something; full-text search that ranks and drops question words."""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Callable, Sequence
from typing import Any

import jsonschema
import pytest
import tomli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import Result

from cfacts.factbase.loader import load
from cfacts.finding.lookup import Lookup
from cfacts.index.store import MemoryStore
from conftest import DATA, ROOT, SCHEMA, cpu_seconds

DEV_SETS = tuple(sorted(p.name for p in DATA.glob("ask_dev*.toml")))
DEV = [
    entry
    for name in DEV_SETS
    for entry in tomli.loads((DATA / name).read_text(encoding="utf-8"))["question"]
]
OLD = tomli.loads((DATA / "ask_questions.toml").read_text(encoding="utf-8"))
REFUSED = [e["question"] for e in DEV if not e["answerable"]]
REFUSED += [q["text"] for q in OLD["unanswerable"]]


def normalize(text: str) -> str:
    """Case, thousands separators and spacing folded (as scripts/ask_eval.py does)."""
    return re.sub(r"\s+", " ", re.sub(r"(?<=\d),(?=\d{3})", "", text)).casefold().strip()


def said(document: dict[str, Any]) -> str:
    """What the answer lines say: text, value as written and period (as ask_eval reads them)."""
    parts = []
    for line in document["answer"]:
        parts += [line["text"], (line["value"] or {}).get("as_written", ""), line["period"] or ""]
    return normalize(" ".join(parts))


def asked(invoke: Callable[..., Result], question: str) -> tuple[Result, dict[str, Any]]:
    result = invoke("ask", question, "--json")
    document = json.loads(result.stdout)
    jsonschema.validate(document, SCHEMA)
    return result, document


def test_the_development_sets_are_big_and_varied_enough() -> None:
    assert len(DEV) >= 80
    unanswerable = sum(not e["answerable"] for e in DEV)
    assert 0.15 <= unanswerable / len(DEV) <= 0.35


@pytest.mark.parametrize("entry", DEV, ids=lambda e: e["question"])
def test_development_question(invoke: Callable[..., Result], entry: dict[str, Any]) -> None:
    result, document = asked(invoke, entry["question"])
    if not entry["answerable"]:
        assert result.exit_code == 1, document["answer"]
        assert document["answer"] == [] and document["results"] == []
        assert "cannot answer" in result.stderr
        return
    if "known_miss" in entry:  # refused rather than answered wrongly; noted in the set
        assert result.exit_code == 1 or said(document), entry["known_miss"]
        return
    assert result.exit_code == 0, result.stderr
    text = said(document)
    for wanted in entry["must_contain"]:
        assert normalize(wanted) in text, (wanted, [a["text"] for a in document["answer"]])
    assert document["results"], "the cards behind the answer"
    for line in document["answer"]:
        assert line["source"]["quote"] and line["text"]


@pytest.mark.parametrize("question", REFUSED)
def test_every_suggestion_finds_something(invoke: Callable[..., Result], question: str) -> None:
    result, document = asked(invoke, question)
    assert result.exit_code == 1
    commands = [s for s in document["suggestions"] if s.startswith("cfacts ")]
    assert commands, document["suggestions"]
    assert "try: cfacts " in result.stderr
    for command in commands:
        argv = shlex.split(command)[1:]
        tried = invoke(*argv, "--json")
        assert tried.exit_code == 0, (command, tried.stderr)
        assert json.loads(tried.stdout)["results"], command


def test_a_number_answers_with_its_value_period_and_source(
    invoke: Callable[..., Result],
) -> None:
    result, document = asked(invoke, "What did MCSC earn in 2024?")
    assert result.exit_code == 0
    line, growth = document["answer"]  # the amount first, then the article's change beside it
    assert growth["id"] == "mcsc-licensing-revenue-growth-2024"
    assert line["kind"] == "observation" and line["id"] == "mcsc-licensing-revenue-2024"
    assert line["value"] == {
        "qualifier": "exact",
        "value": 477000000,
        "low": None,
        "high": None,
        "unit": "CNY",
        "as_written": "477 million yuan",
    }
    assert line["period"] == "2024"
    assert "477 million yuan" in line["text"] and "2024" in line["text"]
    assert line["source"]["source"] == "roundtable-2025"
    assert "477 million yuan" in line["source"]["quote"]
    assert document["understood"]["equivalent"] == "cfacts stat mcsc-licensing-revenue --year 2024"


def test_another_organization_never_answers_for_the_one_asked(
    invoke: Callable[..., Result],
) -> None:
    _, document = asked(invoke, "What was CAVCA's total revenue in 2024?")
    assert document["answer"][0]["id"] == "cavca-revenue-2024"
    assert all(a["id"].startswith("cavca-") for a in document["answer"])
    result, document = asked(
        invoke, "How much revenue did the China Film Copyright Association make?"
    )
    assert result.exit_code == 1 and document["answer"] == []


def test_growth_is_the_article_s_own_figure(invoke: Callable[..., Result]) -> None:
    _, document = asked(invoke, "How fast did the copyright industry's added value grow in 2023?")
    assert [a["id"] for a in document["answer"]] == ["copyright-industry-value-added-growth-2023"]
    assert document["answer"][0]["value"]["as_written"] == "4.52%"


def test_a_change_gives_both_ends(invoke: Callable[..., Result]) -> None:
    _, document = asked(invoke, "How did the GDP share change between 2017 and 2023?")
    first = document["answer"][0]["text"]
    assert "7.35% in 2017 to 7.44% in 2023, +0.09 points" in first
    assert {a["period"] for a in document["answer"]} == {"2017", "2023"}


def test_lists_are_answered_as_lists(invoke: Callable[..., Result]) -> None:
    _, document = asked(invoke, "Who spoke at the Chengdu forum?")
    speakers = {a["id"] for a in document["answer"]}
    assert len(speakers) == 8 and all(a["kind"] == "appearance" for a in document["answer"])
    _, document = asked(
        invoke, "Which collective management organizations took part in the roundtable?"
    )
    text = " ".join(a["text"] for a in document["answer"])
    assert len(document["answer"]) == 3
    for name in ("MCSC", "CAVCA", "CWWCS"):
        assert name in text
    assert "China Film Copyright Association" not in text  # an association, not a CMO


def test_a_role_names_its_holder_and_date(invoke: Callable[..., Result]) -> None:
    result, document = asked(invoke, "Who runs the WIPO office in Beijing?")
    assert result.exit_code == 0
    assert {a["id"] for a in document["answer"]} == {
        "liu-hua-woc-2021",
        "liu-hua-woc-2023",
        "liu-hua-woc-2025",
    }
    assert document["answer"][0]["text"].startswith("Liu Hua: Director")
    assert "(as of March 13, 2025)" in document["answer"][0]["text"]
    assert document["answer"][0]["period"] == "2025-03-13"
    assert document["understood"]["entity"] == {
        "type": "person",
        "id": "liu-hua",
        "name": "Liu Hua",
    }


def test_the_entity_understood_is_named_not_titled(invoke: Callable[..., Result]) -> None:
    _, document = asked(invoke, "who is the director general of CAVCA")
    assert document["understood"]["entity"]["name"] == "Zhou Yaping"


def test_who_said_gives_the_statement_and_its_speaker(invoke: Callable[..., Result]) -> None:
    _, document = asked(invoke, "Who talked about the impact of AI on photography?")
    text = " ".join(a["text"] for a in document["answer"])
    assert "Wang Ying" in text and "Lu Yi" in text
    _, document = asked(invoke, "Who mentioned blockchain?")
    assert {"Jiang Bo", "Shi Jiang"} <= {
        name for a in document["answer"] for name in ("Jiang Bo", "Shi Jiang") if name in a["text"]
    }


@pytest.mark.parametrize(
    "question",
    [
        "Who is the CEO of Tencent?",
        "When did the United States ratify the Beijing Treaty?",
        "Who organized the 2024 Shanghai training?",
        "What did Liu Hua say about blockchain?",
        "What is the GDP of China?",
    ],
)
def test_what_the_facts_cannot_satisfy_empties_the_answer(
    invoke: Callable[..., Result], question: str
) -> None:
    result, document = asked(invoke, question)
    assert result.exit_code == 1
    assert document["answer"] == [] and document["results"] == []
    assert document["understood"]["equivalent"] is None
    assert document["understood"]["cues"], "why it cannot answer"


def test_the_right_event_answers(invoke: Callable[..., Result]) -> None:
    _, document = asked(invoke, "Who organized the 2021 Xiamen copyright training?")
    assert {a["id"] for a in document["answer"]} == {"xiamen-training-2021"}
    assert document["understood"]["equivalent"] == "cfacts event xiamen-training-2021"


def test_the_table_shows_the_answer_first_and_cards_only_in_full(
    invoke: Callable[..., Result],
) -> None:
    short = invoke("ask", "what did MCSC earn in 2024")
    assert short.exit_code == 0
    lines = short.stdout.splitlines()
    assert lines[0] == "Answer"
    assert "477 million yuan" in lines[1]
    assert "Series" not in short.stdout and "\u201cIn 2024" in short.stdout  # the quote
    full = invoke("ask", "what did MCSC earn in 2024", "--full")
    assert full.stdout.startswith("Answer\n") and "Series" in full.stdout


def test_cached_and_uncached_answers_agree(invoke: Callable[..., Result]) -> None:
    for question in ("Who mentioned blockchain?", "Which CMOs were at the 2025 roundtable?"):
        cached = json.loads(invoke("ask", question, "--json").stdout)
        direct = json.loads(invoke("--no-cache", "ask", question, "--json").stdout)
        assert cached["answer"] == direct["answer"]


def test_search_drops_question_words_and_ranks(invoke: Callable[..., Result]) -> None:
    result = invoke("search", "who talked about the impact of AI on photography", "--json")
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    jsonschema.validate(document, SCHEMA)
    assert document["results"][0]["id"] == "lu-yi-at-roundtable-2025"
    scores = [r["score"] for r in document["results"]]
    assert scores == sorted(scores, reverse=True)
    limited = json.loads(invoke("search", "AI", "--limit", "3", "--json").stdout)
    assert len(limited["results"]) == 3 and limited["total"] > 3


def test_search_finds_synonyms_the_fact_base_writes(invoke: Callable[..., Result]) -> None:
    by_letters = json.loads(invoke("search", "AI photography", "--json").stdout)
    by_words = json.loads(invoke("search", "artificial intelligence photography", "--json").stdout)
    ids = {r["id"] for r in by_letters["results"]}
    assert ids and ids == {r["id"] for r in by_words["results"]}


@pytest.mark.parametrize(
    ("qualifier", "number", "direction", "threshold", "verdict"),
    [
        ("more_than", 60.0, "above", 50.0, True),
        ("more_than", 60.0, "above", 60.0, True),  # "more than 60%" is above 60%
        ("more_than", 60.0, "above", 70.0, None),  # more than 60% may or may not top 70%
        ("exact", 477e6, "above", 500e6, False),
        ("exact", 477e6, "below", 500e6, True),
        ("exact", 50.0, "above", 50.0, False),  # exactly 50% does not top 50%
        ("exact", 50.0, "reach", 50.0, True),
        ("approximately", 100.0, "above", 100.0, None),  # "about 100" cannot tell
        ("approximately", 100.0, "above", 50.0, True),
        ("nearly", 200.0, "below", 200.0, True),  # nearly 200 is fewer than 200
        ("nearly", 200.0, "below", 150.0, False),  # "nearly" is close: 180 or more
        ("nearly", 200.0, "below", 190.0, None),
        ("less_than", 10.0, "reach", 10.0, False),
        ("at_least", 10.0, "reach", 10.0, True),
    ],
)
def test_a_figure_is_compared_with_the_number_asked_as_its_hedge_allows(
    qualifier: str, number: float, direction: str, threshold: float, verdict: bool | None
) -> None:
    from cfacts.factbase.model import Quantity
    from cfacts.finding.answer import Threshold, compare

    quantity = Quantity(qualifier=qualifier, unit="percent", as_written="x", value=number)
    assert compare(quantity, Threshold(threshold, direction, "x")) is verdict


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("did the CWWCS distribution ratio top 50% in 2024", "Yes: "),
        ("was MCSC's licensing revenue above 500 million yuan in 2024", "No: "),
        ("did more than 150 guests attend the Chengdu forum", "Yes: "),
    ],
)
def test_a_yes_no_comparison_answers_yes_or_no_and_says_it_is_ours(
    invoke: Callable[..., Result], question: str, start: str
) -> None:
    result, document = asked(invoke, question)
    assert result.exit_code == 0, result.stderr
    [line] = document["answer"]
    assert line["text"].startswith(start) and line["text"].endswith("(our comparison)")


@pytest.mark.parametrize(
    "text",
    [
        "did it top 50%",
        "Tops 7 percent?",
        "topped 1,000",
        "exceeds 3 billion yuan",
        "was it above 9%",
        "over 150 guests",
        "surpassed 2 trillion",
        "passed 100",
        "beyond 20",
        "more than 150",
        "greater than 5%",
        "higher than 7.5 per cent",
        "below 500 million",
        "under 10",
        "less than 4%",
        "fewer than 100",
        "lower than 3%",
        "reached 100",
        "hit 9 trillion",
        "at least 50",
        "what did MCSC earn in 2024",
        "over the years",
    ],
)
def test_the_comparison_pattern_is_only_skipped_where_it_finds_nothing(text: str) -> None:
    """`_thresholds` compiles its pattern only for a question with a digit and a word of
    comparison; it finds what the pattern alone finds."""
    from cfacts.finding.answer import _THRESHOLD_PATTERN, _a_year, _thresholds

    alone = re.compile(_THRESHOLD_PATTERN, re.IGNORECASE).finditer(text)
    found = [m.group(0) for m in _thresholds(text)]
    assert found == [m.group(0) for m in alone if not _a_year(m)]
    assert bool(found) is (text not in ("what did MCSC earn in 2024", "over the years"))


def test_a_year_after_over_is_not_a_number_to_compare(invoke: Callable[..., Result]) -> None:
    result, document = asked(invoke, "how did the GDP share change over 2017 to 2023")
    assert result.exit_code == 0
    assert "our comparison" not in said(document) and "7.35" in said(document)


def test_a_firm_the_article_gives_no_kind_is_listed_as_such(invoke: Callable[..., Result]) -> None:
    result, document = asked(invoke, "Which law firms had partners lecturing in Xiamen?")
    assert result.exit_code == 0
    texts = [line["text"] for line in document["answer"]]
    assert texts[0].startswith("Boss & Young, Attorneys at Law, a law firm, took part")
    assert [t.split(" (")[0] for t in texts[1:]] == ["Maucher Jenkins", "AA Thornton"]
    assert all("(the article does not say whether it is a law firm)" in t for t in texts[1:])


def test_who_did_something_is_not_answered_by_who_was_asked_about(
    invoke: Callable[..., Result],
) -> None:
    result, document = asked(
        invoke, "who signed the WIPO NCAC memorandum of understanding mentioned at the meeting?"
    )
    assert result.exit_code == 1 and document["answer"] == []


_REAL = Lookup(MemoryStore(load(ROOT / "facts.toml")))
"""The fact base as the questions below are asked of it, loaded once."""


def _answered(question: str) -> str:
    """The answer lines `respond` gives a question, joined."""
    from cfacts.finding.answer import respond

    return " ".join(x.text for x in respond(_REAL, question).lines)

_PIECES = (
    "who what which how many much when where did was is the a of in at and , : - "
    "say said mention Society works copyright MCSC CAVCA WIPO NCAC Liu Hua forum training "
    "Chengdu Shanghai 2017 2021 2023 2024 revenue share GDP most more than half 50% compare "
    "versus yuan list name eight two that year the province besides top climb past "
    "\x1b[2J $(id) \u202e 1e999 9999 or nah French English right? +"
).split()


@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_question_gets_an_answer_or_a_reason_never_an_error(pieces: list[str]) -> None:
    """Words of names, cues, years, punctuation and hostile text in any order: `respond`
    answers or says why not; it never raises (one such question once did: "say a how the
    works Society copyright", a statement asked of an organization with no other word)."""
    from cfacts.finding.answer import respond

    reply = respond(_REAL, " ".join(pieces))
    assert reply.lines or reply.cues


@pytest.mark.parametrize(
    "text",
    [
        "revenue and " * 80 + "growth?",
        "x " * 450 + "- strasbourg or paris?",
        "a or " * 200 + "b?",
        "eight treaties or " + "nine " * 180,
    ],
)
def test_long_repeated_text_is_read_in_bounded_time(text: str) -> None:
    """Each "and" splits a question in two and each "or" asks it again of an alternative:
    a question of hundreds of them (up to the CLI's 1,000 characters) is still read in
    seconds, the splits and the alternatives capped at a question's length."""

    from cfacts.finding.answer import respond

    def work() -> None:
        respond(_REAL, text[:1000])

    assert cpu_seconds(work) < 10


def test_a_statement_asked_of_an_organization_with_no_other_word_is_answered() -> None:
    from cfacts.finding.answer import respond

    reply = respond(_REAL, "say a how the works Society copyright")
    assert reply.request is not None and reply.request.command == "org"


def test_a_question_in_its_own_words_gets_the_closest_answer_labelled_so(
    invoke: Callable[..., Result],
) -> None:
    """Facts that hold all but a few plain words of the question answer it (exit 0), under
    "Closest answer" with the words no fact says, in the table and in `understood.cues`."""
    question = "Which emerging technologies does NCAC say its future work will address?"
    result, document = asked(invoke, question)
    assert result.exit_code == 0
    assert "blockchain" in said(document)
    assert "closest: not said in these words: 'emerging'" in document["understood"]["cues"]
    table = invoke("ask", question)
    assert table.stdout.splitlines()[0] == "Closest answer (not said in these words: 'emerging')"


@pytest.mark.parametrize(
    "question",
    [
        "What is the total box office of Ne Zha 2 according to Liu Hua's speech?",  # a measure
        "Who presided over the closing ceremony of the Belt and Road forum in Chengdu?",
        "Who signed the bilateral cooperation memorandum with NCAC on behalf of WIPO?",
        "Was the Beijing Treaty WIPO's first copyright treaty in about two decades or not?",
        "free trade agreement negotiations china australia eurasian economic union copyright",
    ],
)
def test_the_closest_answer_never_misses_what_is_asked(question: str) -> None:
    """No closest answer when a missed word is what is asked (a measure, what someone did,
    a word that turns it: "closing"), for a yes/no question, or for keywords alone."""
    from cfacts.finding.answer import respond

    reply = respond(_REAL, question)
    assert not any(cue.startswith("closest:") for cue in reply.cues), reply.cues


def test_either_of_two_joined_words_will_do_when_things_are_asked_for() -> None:
    """ "regional and free trade negotiations": RCEP is regional, the FTAs are free trade."""
    from cfacts.finding.answer import respond

    reply = respond(
        _REAL, "What regional and free trade negotiations has China taken part in, per the NCAC?"
    )
    ids = {line.id for line in reply.lines}
    assert {"rcep", "china-australia-fta", "china-eaeu-fta"} <= ids
    assert reply.lines[0].text.startswith("Regional Comprehensive Economic Partnership (RCEP, ")


_SET_T = [
    # a country's people are the place they are from (not where the event was); two words
    # may say what one word of the fact base does; "session" is the one event with a count;
    # a speaker's statement about an event named is theirs
    ("Which French expert was invited to lecture in Shanghai?", "Carre"),  # her university's
    ("Did anyone from an Australian rights group speak in Chengdu?", "Scot Morris"),
    ("How many copyright treaties has China signed up to?", "8 treaties"),  # acceded to
    ("How much did CAVCA pull in from karaoke licensing fees in 2024?", "4 billion"),
    ("Roughly how many people took part in the Shanghai session?", "More than 100"),
    ("Which edition of the copyright expo is NCAC hosting, according to Guan Jun?", "10th"),
]


def test_a_speaker_from_a_place_none_is_from_is_refused() -> None:
    """Japan is a place the fact base knows; no speaker at Chengdu is from there. Germany
    is one it does not know: no fact holds the word."""
    from cfacts.finding.answer import respond

    reply = respond(_REAL, "Which Japanese expert spoke at the Chengdu forum?")
    assert not reply.lines and "of the place or kind named" in reply.cues[0]
    reply = respond(_REAL, "Which German expert lectured at the Xiamen training?")
    assert not reply.lines and "germany" in reply.cues[0]


_SET_U = [
    # "according to NCAC" says who gives the figure, not what it is of
    (
        "How many international treaties related to copyright has China ratified or "
        "acceded up to now, according to NCAC?",
        "8 treaties",
    ),
    # a clause between commas describes the person; the question goes on after it
    (
        "Jiang Bo, who spoke on blockchain for IP protection, is vice president of which group?",
        "Tencent Group",
    ),
    # "a free trade agreement" fits several agreements alike: each is listed
    (
        "With which partners has China negotiated a free trade agreement, as the NCAC "
        "interview says?",
        "Eurasian",
    ),
    ("What percent of national GDP did the copyright industry represent in the year 2021?", "7.41"),
]


def test_a_count_of_people_from_a_group_is_not_the_whole_attendance() -> None:
    from cfacts.finding.answer import respond

    reply = respond(_REAL, "How many at the Chengdu forum came from African countries?")
    assert not reply.lines and "one group" in reply.cues[0]


def test_a_clause_after_a_comma_that_asks_is_not_a_description() -> None:
    """ "Besides RCEP, which free trade deals ..., per the NCAC?": "which ..." is the question."""
    from cfacts.finding.question import described

    assert described("Besides RCEP, which free trade deals, per the NCAC?") == []
    assert described("Jiang Bo, who spoke on AI, is vice president of which group?") == [2, 3, 4, 5]


_SET_V = [
    ("roughly what did cavca gross in 2024 from karaoke", "4 billion"),  # a number asked
    ("CWWCS royalties from licensing in 2024?", "23 million"),
    (
        "when was the diplomatic conference on audiovisual performances china co-hosted w/ wipo",
        "June 2012",
    ),
    ("where'd they hold the belt & road copyright forum", "Chengdu"),
    ("hussey - which firm is he a partner of", "AA Thornton"),  # "firm": any organization
    ("roughly what headcount turned up for the 2023 shanghai copyright risk program", "100"),
]


def test_who_is_never_answered_with_an_organization_s_profile() -> None:
    from cfacts.finding.answer import respond

    reply = respond(_REAL, "who from the Shanghai film bureau addressed the opening in 2023")
    assert all(line.kind != "organization" for line in reply.lines)


_SET_W = [
    ("What added value did China's copyright industry record in 2021, in RMB?", "8.48"),
    ("Who delivered the opening lecture at the Shanghai training, and what is her post?", "Gao"),
    ("Is it correct that attendance at the 2023 Shanghai copyright training exceeded 100?", "100"),
]


def test_a_list_asked_for_politely_is_not_answered_with_its_count() -> None:
    from cfacts.finding.answer import respond

    reply = respond(
        _REAL, "Can you name the eight international copyright treaties China has joined?"
    )
    assert not reply.lines and "by name" in reply.cues[0]


@pytest.mark.parametrize(("question", "wanted"), [*_SET_T, *_SET_U, *_SET_V, *_SET_W])
def test_rewordings_the_held_out_sets_taught_are_read(question: str, wanted: str) -> None:
    """One of my own phrasings of each thing sets T to W taught (see each list)."""
    from cfacts.finding.answer import respond

    reply = respond(_REAL, question)
    assert any(wanted in line.text for line in reply.lines), [x.text for x in reply.lines]


_LEARN = [
    # shorthand a terse reader types
    ("cn copyright ind pct of GDP 2023", "7.44"),
    ("mcsc licensing rev 2024", "477"),
    ("no. of countries that ratified the beijing treaty by the B&R forum", "29"),
    # sentences before the question set its scene; the question proper is the last one
    (
        "I'm writing up the Belt and Road forum for a newsletter. Roughly how many guests "
        "came to it?",
        "200",
    ),
    (
        "Our readers follow collective management closely. Which was larger in 2024, MCSC's "
        "licensing revenue or CWWCS's?",
        "23 million",
    ),
    # two figures side by side, one side naming no organization
    ("CAVCA revenue in 2024 versus the share from karaoke fees", "4 billion"),
    # a unit's professor is the university's
    ("which professor from the University of Turin was to lecture in Shanghai", "Cogo"),
    # an organization's parent in its name
    ("what is sylvie forbin's title", "WIPO"),
    # "Chinese and foreign" narrows nothing
    ("name the Chinese and foreign lecturers at the 2023 Shanghai training", "Guan Rui"),
    # a conference of any kind is a conference
    ("which treaty was adopted at the 2012 conference", "Beijing Treaty"),
    # "at that time"
    ("At that time, how many countries had acceded to the Beijing Treaty?", "29"),
    # singular attendance words
    ("how many guest attended the Chengdu forum", "200"),
    # besides one, the others
    (
        "Besides WIPO, which other international organizations does China support for "
        "multilateral cooperation?",
        "APEC",
    ),
]


_REFUSE_LEARN = [
    # asked which treaty: a fact that names none does not answer
    ("what was the name of the new treaty Gao Hang talked about?", "which treaty"),
    # no step says it entered into force
    ("when did the Beijing Treaty take effect?", "entry into force"),
    # a year with no value: not half an answer
    ("What was the GDP share in 2018, and how did it compare with 2017?", "no value"),
]


def test_a_partial_name_that_fits_several_agreements_answers_with_all_of_them() -> None:
    from cfacts.finding.answer import respond

    reply = respond(_REAL, "China negotiated a free trade agreement with who, besides RCEP?")
    texts = " ".join(line.text for line in reply.lines)
    assert "Australia" in texts and "South Korea" in texts and "Eurasian" in texts


def test_a_scene_before_the_question_picks_among_several_facts() -> None:
    """Facts of different kinds that answer the question proper: those holding the scene's
    words win ("multilateral mechanisms" picks NCAC's claim)."""
    from cfacts.finding.answer import respond

    reply = respond(
        _REAL,
        "The NCAC talks about multilateral mechanisms for copyright exchange. Besides WIPO, "
        "which other organizations did it name?",
    )
    assert [line.id for line in reply.lines] == ["china-advocates-multilateral-mechanisms"]


_LEARN_2 = [
    # the article a question means is no constraint
    ("What does WOC stand for in the 2021 Xiamen training article?", "WIPO Office in China"),
    ("In the piece on the Shanghai training, what does NCAC stand for?", "National Copyright"),
    # "as cited at" names where a figure was given, it asks for no statement
    ("What was the GDP share in 2021, as cited at the Shanghai training?", "7.41"),
    # an undated part of an event is dated by the event
    ("Which anniversary was marked in 2023, per the Shanghai meeting?", "50th"),
    # a fact-checker's framing asks nothing
    ("Draft says the Xiamen training ran July 7 to 9, 2021 - can you confirm the dates?", "July"),
    # "besides his X post": another role
    ("Besides his Film Bureau post, what other role does Gao Yunfei hold?", "Publicity"),
    # "calling" asks who said it
    ("Who was quoted calling the Beijing Treaty an important milestone?", "Gurry"),
    # a value reported in the year asked, with no period of its own
    ("What share of goods exports did copyright exports make up in 2021, per Zhao?", "11%"),
    # a professor of a unit is the university's; a unit named in full is asked for
    (
        "Who is the Director General of the Copyright Department of the CPC Central "
        "Committee's Publicity Department?",
        "Wang Zhicheng",
    ),
]


_REFUSE_X = [
    # fewer people fit than the question asks for: half a list is refused
    ("Name the two Chinese company executives who lectured in Shanghai.", "asks for 2"),
    # no fuller name on record
    ("What does SMG stand for?", "no fuller name"),
    # a change in a year with no value
    ("How did the GDP share change in 2022?", "no value for 2022"),
]


def test_a_statement_naming_two_things_answers_a_list_of_two() -> None:
    """A count asked ("name the two hits") is not held against one statement naming both."""
    from cfacts.finding.answer import respond

    reply = respond(_REAL, "name the two chinese hits liu hua mentioned at the 2025 roundtable")
    assert any("Ne Zha 2" in line.text for line in reply.lines)


_LEARN_3 = [
    # an organization described, not named
    ("what did the chinese copyright regulator say about blockchain", "blockchain"),
    ("when did the UN's IP agency and China's copyright regulator sign the memorandum", "2015"),
    ("how much did the songwriters' royalty society take in for 2024", "477"),
    ("who heads the Chengdu city copyright office", "Shi Jiang"),
    # a deputy "from" an organization may be of its department
    ("which deputy from the NCAC spoke at the Xiamen training", "Zhao Xiuling"),
    # a topic a named event is on is the event's
    ("what day did the roundtable on AI take place", "March 13, 2025"),
    # "who ran" an event: its organizers
    ("who ran the 2023 Shanghai training alongside WIPO", "National Copyright"),
    # the question proper's verb, not a clause of time
    ("what post did Jiang Bo hold when discussing blockchain", "Vice President"),
    # "it" in the question is the thing the scene names, not its speaker
    ("Liu Hua brought up a Memorandum of Cooperation; what year was it signed?", "2015"),
    # a given name written in two ("Xiu Ling") or a tag at the end
    ("what post does zhao xiu ling hold", "Deputy Director General"),
    ("stephanie carre works at a French university, right?", "Strasbourg"),
    # the comparison is in the scene; the question asks one year's figure
    ("For contrast with the national share: the developed regions' share in 2017?", "9%"),
    # the year of the event is not the figure's
    ("At the 2025 roundtable, what mark did copyright registrations pass in 2024?", "10 million"),
    # "according to X" names who says it, not a party
    ("per the WIPO China office head, when did WIPO and NCAC sign their MoC?", "2015"),
    # "held up as": cited
    ("which two places did WIPO hold up as case studies", "Nantong"),
]

_LEARN_AA = [
    # after set AA's first run: my own phrasings of what it taught
    ("what rank does Zhao Xiuling hold in the NCAC Copyright Department", "Deputy"),
    ("which university was Cogo affiliated with", "Turin"),
    ("what title did Ignacio de Castro have when he lectured in Xiamen", "Director"),
    ("at what level did the goods-export share stay stable, per the NCAC in Xiamen", "11%"),
    ("as recalled by the head of the WIPO office, when was the WIPO-NCAC MoC signed?", "2015"),
    ("with which jurisdictions does China hold bilateral copyright dialogues", "Mexico"),
    ("which intergovernmental body from Africa sent people to the Chengdu forum", "ARIPO"),
    ("CAVCA karaoke fees in 2024 set against the total", "5.1 billion"),
    ("which anniversary did the 2023 meeting mark", "50th"),
]

_LEARN_AB = [
    # after set AB's first run: my own phrasings of what it taught
    ("which official presented the registration data", "Guan Jun"),
    ("free trade agreements China negotiated, per the NCAC", "Eurasian"),
    ("which regional IP organisation from Africa sent its heads to the Chengdu forum", "ARIPO"),
    ("when was the conference on foreign affairs the 2023 training references", "2014"),
]

_LEARN_AC = [
    # after set AC's first run: a scene sentence, then a short question leaning on it
    ("WIPO named two Chinese places as case studies. Which were they?", "Dehua"),
    ("Liu Hua praised two Chinese hits at the roundtable. Which ones?", "Ne Zha 2"),
    ("The film copyright association's speaker cited a dispute. Which film?", "Hi, Mom"),
    # the question proper's own words choose the figure, not the scene's
    ("CAVCA earned a lot from karaoke. What was its total revenue in 2024?", "5.1 billion"),
]

_LEARN_AD = [
    # a full stop after a capital's word ("AI.") ends a sentence; "Final part:" sets a scene
    ("Final part: the roundtable WIPO's China office held on AI. When and where was it?", "2025"),
    # "it" in the question proper is the instrument the scene names, not the event
    ("Liu Hua brought up the WIPO-NCAC memorandum in Xiamen. In which year was it signed?", "2015"),
    # "work out to", "so far", "at that point": links and times that ask nothing
    ("What did the 2021 GDP share of the copyright industry work out to?", "7.41"),
    ("How many countries had joined the Beijing Treaty at that point?", "29"),
    # "who said that" leans on the statement the scene gives
    ("Somebody proposed regional sharing of copyright data. Who said that?", "Chen Xuhan"),
    # the second question's pronoun is the first answer's person, not its topic
    ("Who shared the registration figures at the roundtable, and what is his title?", "Deputy"),
    # several people named: each one's posts
    ("What firms are Ran Handong and Geoff Hussey with?", "Maucher Jenkins"),
    ("Xu Guojian and Ran Handong both lectured in Xiamen. Which firms were they with?", "Boss"),
    # a place in the scene is where a national figure was given
    ("Zhao spoke in Xiamen about trade. What share of China's goods exports is copyright?", "11"),
    # "how much of" a whole asks for a share; "held steady" is "stable"
    ("Copyright exports held steady at how much of China's goods exports?", "11"),
    # a statistic of China is not a society's own: MCSC's scene asks for MCSC's figures
    ("Think of the music copyright society. How fast is its membership growing?", "1,000"),
    # "came away with" is "received"; the event says what its participants got
    ("How many people attended the 2021 Xiamen training and came away with a certificate?", "100"),
    # "working together" is cooperation
    ("Which anniversary of WIPO and China working together fell in 2023?", "50th"),
    # a game or a film is a work
    ("Which game did Liu Hua cite at the roundtable?", "Wukong"),
    # a year before an event dates the event: the figures given there are of 2024
    ("Who shared NCAC's registration numbers at the 2025 roundtable?", "Guan Jun"),
    # "besides" one post, the posts held then at the event named
    ("Apart from the film bureau, which body did Gao Yunfei lead at the 2023 training?", "CPC"),
    # the unit named, not its whole organization
    ("Which WIPO person, directing its Copyright Development Division, lectured in 2023?", "Gao"),
    # several organizations' own figures, largest first
    ("Put CWWCS, MCSC and CAVCA in order of 2024 revenue.", "5.1 billion"),
    # "move", "previous", "fighting", "as results of"
    ("How did the GDP share of the copyright industry move from 2017 to 2023?", "7.35"),
    ("Which Tencent speaker talked about tech fighting piracy in Chengdu?", "Jiang Bo"),
    # numbers offered as choices: one of them is enough
    ("Did WIPO and China mark their 40th or 50th anniversary in 2023?", "50th"),
    # a figure stated to be checked: yes, or no with the article's figure
    ("Did MCSC take in 500 million yuan in 2024?", "No, not 500 million yuan"),
    ("MCSC's 2024 licensing revenue was 477 million yuan, up 11% - correct?", "Yes: Year-on-year"),
    ("Is it true the copyright industry's GDP share was 7.44% in 2023?", "Yes: "),
    # "brought in more" is money, not guests
    ("Which brought in more in 2024, CWWCS or MCSC?", "477"),
    # "got listed as" is what was done, not said
    ("Which two places in China got listed as WIPO case studies?", "Dehua"),
    # a person's post as stated, checked against the posts on record
    ("Yu Cike is a deputy director general at NCAC - correct?", "No, not as stated"),
    ("Wang Ying spoke at the roundtable for the Images Copyright Society of China, right?", "Yes"),
    ("Ran Handong, partner at AA Thornton - is that his firm?", "Maucher Jenkins"),
    # where an event was, as stated, checked against its place on record
    ("The Chengdu copyright forum of December 2019 took place in Beijing - correct?", "No ("),
    ("The 2023 overseas risk training was held in Shanghai, not Xiamen - right?", "Yes"),
    # how much of a whole came from a part: the part beside the whole
    ("How much of CAVCA's 2024 money came from karaoke?", "4 billion"),
    # figures offered as choices, each of several words ("7.41% or 7.14%")
    ("Was the 2023 growth of the copyright industry's added value 4.52% or 4.25%?", "4.52"),
    # "which was higher" of one figure in two years: both ends
    ("Which was bigger, the GDP share of the copyright industry in 2017 or 2023?", "7.35"),
    # "the line about X": what was said about X
    ("Who delivered the line about a community of shared future in Chengdu?", "Yu Cike"),
    # "on behalf of" an organization is who they spoke for, not a topic
    ("Who spoke on behalf of the Tencent Group in Chengdu?", "Jiang Bo"),
    # "chief", "head", "heading" of a Director: a post checked holds them
    ("Is Gao Hang the chief of WIPO's Copyright Development Division, correct?", "Yes"),
    ("Was Liu Hua heading WIPO's China office in 2021 - right?", "Yes"),
    ("Is Sylvie Forbin the head of WIPO - right?", "No, not as stated"),  # a deputy is no head
    # a post stated in a word no post on record has ("both") is not judged "No" for it
    ("Was Liu Hua the head of the WIPO Office in China both in 2021 and 2023, yes?", "Yes"),
    # "the provincial copyright chief": the reporter's title, in a plain word
    ("According to the Sichuan copyright chief, what was trading worth in 2018?", "100 million"),
    # a continent's adjective of an organization's country
    ("Which European universities sent lecturers to Shanghai in 2023?", "Strasbourg"),
    # what an instrument covers, placed at the event of the article it comes from
    ("What areas does the WIPO-NCAC MoU mentioned at the Shanghai training cover?", "legislation"),
    # "Name both": the scene before it is the question
    ("Two hit titles were cited by Liu Hua at the roundtable. Name both.", "Ne Zha"),
    # a label before a colon asks nothing; "milestone" is a mark passed
    ("Speed round: which milestone did copyright registrations pass in 2024?", "10 million"),
    # "as X recalled in YEAR": when X said it, not when it happened
    (
        "When was the WIPO-NCAC Memorandum of Cooperation signed, as Liu Hua recalled in 2021?",
        "2015",
    ),
    # "by early 2025": the figure reported then
    ("By early 2025, how many members had MCSC signed up?", "14,000"),
    # "kick off" is to open
    ("Who kicked off the 2023 Shanghai training with a lecture?", "Gao Hang"),
    # two figures asked with "and", held by two facts
    ("Sichuan in 2018: copyright trading and works registered?", "170,000"),
    # "which CMO": a figure's organization's kind
    ("Which CMO earned more in 2024, MCSC or CWWCS?", "477"),
    # the second question's "his" is who reported the figures the first one found
    ("Who gave the Sichuan 2018 registration figure, and what is his title?", "Director General"),
    # choices offered with "the" before each, and years offered as choices
    ("Was the anniversary WIPO and China marked in 2023 the 40th or the 50th?", "50th"),
    ("Did WIPO and NCAC sign their Memorandum of Cooperation in 2013 or in 2015?", "2015"),
    # "last October": the month an event was held in
    ("Who lectured first at the Shanghai training last October?", "Gao Hang"),
    # "I think" asks nothing; a sentence ending in "?" that asks nothing sets the scene
    (
        "The Australian society at the Chengdu forum, APRA I think? Who represented it?",
        "Scot Morris",
    ),
    # "did X list": what X said
    ("Which joint projects did Liu Hua list in Xiamen in 2021?", "Gold Award"),
    # a post checked against its own title, not the person's other posts
    ("Is Liu Ping MCSC's chairman - right?", "No, not as stated"),
    # "Someone said X. Who was it?": the scene is what was said
    ("Someone at the 2025 roundtable called for labelling AI-generated works. Who was it?", "Wen"),
    # "Who was she?" after a scene naming a post, not a person: whoever held it there
    ("A deputy director general from NCAC spoke in Xiamen in 2021. Who was she?", "Zhao Xiuling"),
    # "roughly" between "and" and the second question
    ("Who runs MCSC, and roughly what did it earn in 2024?", "477"),
    # "these days": the latest; members counted by their kind
    ("What does CAVCA's membership look like these days?", "1,600"),
    ("Who are CAVCA's members?", "800"),
    # "how big ... in terms of guests": attendance
    ("How big was the 2021 Xiamen training in terms of participants?", "100"),
    # a count said in words ("one more country") answers "how many more"
    ("How many more countries did the Beijing Treaty need to take effect in 2019?", "one more"),
    # "since the memorandum" dates what is asked; the memorandum is not it
    ("Which projects have WIPO and NCAC done together since their 2015 memorandum?", "Expo"),
    # "on behalf of" an organization with no event named: its people wherever they spoke
    ("Who spoke on behalf of CISAC?", "Benjamin Ng"),
    ("Who has spoken for the NCAC?", "Yu Cike"),
    # "over time": every value on record
    ("How has the copyright industry's GDP share moved over time?", "7.35"),
    # the figures a person gave, or the head of an organization named
    ("Which figures did Zhou Yaping give at the roundtable?", "5.1 billion"),
    ("What numbers did the head of Sichuan's copyright administration cite?", "170,000"),
    # "who at X": one of X's people
    ("Who at WIPO lectured in Xiamen?", "Ignacio de Castro"),
    # "their ... work" at the end is an effort, not a work of art
    ("Which places did WIPO choose as case studies of copyright protection work?", "Dehua"),
    # one person at each of two events named
    ("Did Zhao Xiuling attend both the Xiamen training and the Chengdu forum?", "Yes, at each"),
    ("Was Liu Hua at the 2021 Xiamen and 2023 Shanghai trainings?", "Shanghai"),
    # a party to an instrument checked; ", true or false?" and ", yes or no?" only ask
    ("Is Japan one of China's bilateral copyright dialogue partners, yes or no?", "Yes"),
    ("Did MCSC take in more than 450 million yuan in 2024, true or false?", "Yes"),
    # "how high did it get": how much; "talked" is spoke
    ("How high did the copyright industry's share of GDP get in 2023?", "7.44"),
    ("Which Tencent executive talked at the Chengdu forum?", "Jiang Bo"),
    # "&" is "and"; "official title" asks the title; "make" ties a figure to what it measures
    ("Who is the vice chairman & director general of MCSC?", "Liu Ping"),
    ("What is Zhou Qing's official title?", "Zhou Qing"),
    ("How much did the CWWCS make from licensing in 2024?", "23 million"),
    # a person's organization and where it is
    ("Where is Scot Morris's organization based?", "Sydney"),
    ("Scot Morris spoke at Chengdu - which association, and in which city?", "Sydney"),
    # "X praised ... which": what X said
    ("Sylvie Forbin praised China for supporting which alliance?", "Alliance"),
    # two people offered: the one the rest of the question fits
    (
        "Was WIPO's Xiamen lecturer from its Disputes Division Ignacio de Castro or Gao Hang?",
        "Ignacio de Castro",
    ),
    # "still ..., same as at ...": the post at each time named
    (
        "Is Zhao Xiuling still a deputy director general in 2021, same as at the Chengdu forum?",
        "Yes, the same post",
    ),
    # three figures listed; a choice of figures shown as what each measures
    ("MCSC in 2024: revenue, membership and database growth?", "14,000"),
    ("MCSC's 2024 growth: 11% or 27%?", "licensing revenue in 2024: 11%"),
    ("CAVCA's members - how many record companies and producers?", "1,600"),
    # who reported an organization's figures, or whose official did
    ("Who presented MCSC's 2024 figures?", "Liu Ping"),
    ("Which NCAC official presented the figures at the roundtable?", "Guan Jun"),
    (
        "According to the NCAC speaker at Xiamen, what share of goods exports did the copyright "
        "industry make up?",
        "11%",
    ),
    # "rise or fall" between two years; "A vs B - which is bigger?" with the sides in the scene
    ("Did the GDP share rise or fall between 2017 and 2023?", "+0.09 points"),
    ("MCSC vs CWWCS revenue in 2024 - which is bigger?", "23 million"),
    # a bare "Which?" asks what the sentence before it says
    ("Two places became WIPO case studies. Which?", "Dehua"),
    # a title's holder at each event named, or the one person holding it at both
    (
        "Who was Director General of the Copyright Department at the Chengdu forum and at the "
        "Shanghai training?",
        "Wang Zhicheng",
    ),
    (
        "Which WIPO Office in China director spoke at both the Xiamen and Shanghai trainings?",
        "Liu Hua",
    ),
    # two statistics of different units over the same years: each one's change
    ("How did the added value and the GDP share change from 2021 to 2023?", "+10.6%"),
    # a choice of words, not numbers; "which anniversary" after a dash is what is asked
    (
        "Was the joint result for the Beijing Treaty its ratification or its entry into force?",
        "entry into force",
    ),
    ("The Shanghai meeting noted an anniversary in 2023 - which anniversary was it?", "50th"),
    # the organizers named describe the event; "put up", "crowd", "roll call", "on the program"
    ("Which day did the NCAC and WIPO training in Shanghai open?", "16"),
    ("How much added value did the copyright industry put up in 2023?", "9.38"),
    ("How big was the crowd at the Xiamen training?", "100"),
    ("Give me the roll call: who spoke at the Chengdu forum?", "Sylvie Forbin"),
    ("Who was the APRA speaker on the program in Chengdu?", "Scot Morris"),
    ("Which edition of the copyright expo is NCAC gearing up to host?", "10th"),
    # "how many ... did it say": a number; "same title both times": the post at each time
    ("How many copyright treaties did the NCAC say China has joined?", "8 treaties"),
    (
        "Liu Hua spoke at Xiamen in 2021 and at the Beijing roundtable. Same title both times?",
        "Yes, the same post",
    ),
    # a year shortened ('18), a label that names what is asked ("CWWCS's DG - name?"), "VC"
    ("Sichuan '18 - works registered?", "170,000"),
    ("CWWCS's DG - name?", "Zhang Hongbo"),
    ("CAVCA VC & DG - who?", "Zhou Yaping"),
    # "was it the same person heading X at A and at B": yes or no, with each
    (
        "Was it the same person heading the Copyright Department at Chengdu and at the Shanghai "
        "training?",
        "No, not the same person",
    ),
    # "when, and by whom": the dates and who organized it; a staff member is a person
    ("When and by whom was the diplomatic conference hosted?", "China organized"),
    ("Which WIPO staff member lectured in Xiamen?", "Ignacio de Castro"),
    # chatter before the question ("hey so", "my editor wants") asks nothing; "whats the
    # figure" asks it, it checks none; "A or B, which one" with the sides in the scene
    ("hey so which city hosted the 2021 overseas risk training?", "Xiamen"),
    ("my editor wants MCSC's 2024 licensing revenue, whats the figure?", "477 million"),
    ("MCSC or CWWCS, which one made more money in 2024?", "23 million"),
    # a province in an organization's name: its figures, not China's
    ("Sichuan copyright administration figures for 2018: works registered?", "170,000"),
    # "could you give me the full list": what the scene says
    (
        "Liu Hua cited two hit productions at the roundtable. Could you give me the full list?",
        "Ne Zha 2",
    ),
    # sets AS and AT: "get" for takings; "made" for generated; "hurting" for an impact;
    # "part of GDP" for its share; "working with" for a partnership; a lead-in "So"
    ("how much did MCSC get in 2024?", "477 million"),
    ("which speaker wanted AI made works labelled?", "Wen Huasheng"),
    ("who said AI is hurting the photo business?", "Wang Ying"),
    ("what part of GDP did the copyright industry make up in 2023?", "7.44"),
    ("which anniversary of WIPO working with China fell in 2023?", "50th"),
    ("So was the Beijing Treaty in force by the time of the Chengdu forum?", "No (our reading"),
    # "bilateral copyright talks" are talks held, not something said; "WIPO itself" is WIPO
    ("China has bilateral copyright talks with which partners?", "Mexico"),
    ("did someone from WIPO itself lecture at the Xiamen training?", "Ignacio de Castro"),
    # a name's own words are no statement cue ("Beijing View Stock")
    ("who's the founder of Beijing View Stock?", "Lu Yi"),
    # "and how much in total" carries the first part's verb
    ("CAVCA: how much did it get from karaoke in 2024, and how much in total?", "5.1 billion"),
    # "is it right?" after a person's talk at an event: yes, as on record
    ("Sylvie Forbin spoke at the Chengdu forum, is it right?", "Yes (our reading)"),
    # a person's post and its city, asked with "work in"
    ("Alessandro Enrico Cogo work in which university, which city?", "Turin"),
    # "from the film side": the film bureau
    ("is Gao Yunfei from the film side?", "Film Bureau"),
    # set AU: "mln", "bn", "trn" after a number; "copy says" (the text being checked)
    ("copy says CAVCA took in 5.1 bn yuan in 2024 - correct?", "Yes"),
    ("our copy has the 2021 added value at 8.48 trn yuan, right?", "Yes"),
    # the same question asked again of another person; "who are A and B": each one's posts
    ("What is Gao Hang's title? and Liu Hua?", "Liu Hua: Director"),
    ("who are Ran Handong and Xu Guojian?", "Maucher Jenkins"),
    # set AV: a yes-or-no question whose words a statement or step holds: "Yes" (our reading)
    ("did Jia Ding say live streaming platforms are a problem for copyright?", "Yes (our"),
    ("Is NCAC revising the regulations on collective administration, yes or no?", "Yes (our"),
    # two figures, one in yuan and one a share: the yuan are the first one's
    ("the 2023 added value in RMB and its % of GDP?", "7.44"),
    # "professors or experts": every invited speaker's organization of the kind asked
    ("which universities had professors or experts at the 2023 Shanghai training?", "Strasbourg"),
    # "recaudation" (collections); "came only from"; "which other title" of a post's holder
    ("CWWCS recaudation in 2024?", "23 million"),
    ("how much of CAVCA's 2024 money came only from karaoke?", "4 billion"),
    ("who is MCSC's vice chairman and which other title does he hold?", "Director General"),
    # a figure stated for one end of a change; "up or down"; "between what" asks a range
    ("the GDP share was 7.35% in 2017; in 2023, up or down?", "7.44"),
    (
        "in rich regions like Beijing, Shanghai and Shenzhen the 2017 GDP share was between what?",
        "9%",
    ),
    # "Latin American" is not the United States
    ("any Latin American partner in China's bilateral copyright dialogues?", "Mexico"),
    # set AW: phone shorthand ("unis", "wat", "r", "gonna", "fwd", "techs"); a digit counted
    ("the 2023 shanghai lecturers, which unis r they from", "Turin"),
    ("chengdu forum wat dates", "December 2 to 4"),
    ("ncac interview: wat new techs r they gonna focus on going fwd", "blockchain"),
    ("which 2 works did liu hua cite at the roundtable", "Ne Zha 2"),
    # "at both X 2021 and Y 2023" with each year after its place, and as a check
    ("was liu hua at both the xiamen 2021 and shanghai 2023 trainings?", "Yes, at each"),
    ("liu hua was at both the 2021 xiamen and 2023 shanghai trainings, right?", "Yes, at each"),
    # two figures set against each other with "vs"
    ("MCSC members vs CAVCA record companies, how many?", "800"),
    # a yes-or-no question about a talk: "Yes" when its record holds every word
    ("did Sylvie Forbin call the Beijing Treaty a landmark?", "Yes (our reading)"),
    # learning sets 31 and 32: a post named after "as" is no organizer of the events; one
    # group among those represented, checked
    ("in which years was Liu Hua at these events as Director of the WIPO Office in China?", "2021"),
    ("was literature one of the fields represented at the roundtable? yes or no", "Yes (our"),
    # sets AX and AY: numbers tied by "register", "encompass"; "what did X say Y was" asks a
    # figure; a figure stated bare ("I have 7.35") for one end of a change
    ("what did MCSC's membership encompass in 2024, and its licensing revenue?", "477"),
    ("what did Guan Jun say the 2023 GDP share was, and the added value?", "9.38"),
    ("how did the GDP share move from 2021 to 2023? I have 7.44 for one", "7.41"),
    # a continent's countries among those represented
    ("which European countries were represented at the Chengdu forum?", "Finland"),
    # an organization that is a party to the instrument named: the instrument answers
    ("does china hold bilateral copyright dialogues with the EU?", "Yes (our reading)"),
    # a yes-or-no question of two figures, "more than" or "lower than": our comparison
    ("did CAVCA take in more money than MCSC in 2024?", "Yes: CAVCA"),
    ("was MCSC's 2024 revenue lower than CAVCA's?", "Yes: MCSC"),
    ("was MCSC's 2024 revenue higher than CAVCA's?", "No: MCSC"),
    # learning sets 33 and 34: a request for how to answer ("exact figure + currency pls",
    # "? need the number") and an aside in brackets ask nothing
    ("added value of the copyright industry in 2021, exact figure + currency pls", "8.48"),
    ("which anniversary of the WIPO-China partnership was 2023? need the number", "50th"),
    ("what did MCSC earn in 2024 (I'm writing a thesis on CMOs)?", "477"),
    # a figure's move asked yes or no, either way round
    ("is the 2023 GDP share higher than the 2021 one? give both numbers", "Yes: "),
    ("was the GDP share in 2017 higher than in 2023?", "No: "),
    # a second figure's own growth is not the first's change
    ("MCSC's 2024 live performance revenue and database growth?", "27%"),
    # a term named ("FTA") is no word a closest fact may miss
    ("FTA talks China engaged in - with which partners exactly?", "Australia"),
    # an event's record holding the few words a yes-or-no question asks of it
    ("did the xiamen training's participants receive certificates?", "Yes (our reading)"),
    # which places had a figure stated as a range
    ("which chinese cities had copyright shares of 9 to 12% of GDP?", "Shenzhen"),
    # parts of continents
    ("which South and South-East Asian countries sent officials to Chengdu?", "Nepal"),
    # a person named in a scene, then asked which body he is with
    ("Scot Morris talked about CMOs - which organisation is he with?", "Australasian"),
    # "a record year": a year's value, and a yes-or-no reading of its quote
    ("was 2024 a record year for MCSC's licensing revenue?", "Yes (our reading)"),
    # refusals common to many older sets: "the WIPO-China partnership" is of both, not the
    # WIPO Office in China; "which anniversary" is a step's own figure
    ("which anniversary did the WIPO-China ties mark in 2023?", "50th"),
    ("what milestone of the WIPO-China relationship fell in 2023", "50th"),
    # the Beijing Treaty's place among WIPO's agreements, checked
    ("was the beijing treaty wipo's first copyright-related deal in two decades?", "Yes (our"),
    # "X-related" is about X; a kind's word ("the forum for") names no event
    ("which WIPO forum did Liu Hua name for exploring AI-related solutions?", "Conversation"),
    # lawyers "in private practice", "practising lawyers": law firms
    ("which firms were the lawyers in private practice lecturing in Xiamen from?", "Thornton"),
    # "the X article mentions" says which article, and asks nothing said
    ("the xi conference on foreign affairs the shanghai article mentions, what year?", "2014"),
    # "according to the APRA guy": the one speaker of the body named, his closest statement
    ("according to the APRA guy, which income sources are shrinking?", "newspapers"),
    # set AZ: a misspelt verb of taking part; "the same director"; "consist of"; a body's
    # titled person "credited"; a misspelt name of the fact's own reporter
    ("who from the Publicity Department's Copyright Department adressed the 2023 opening?", "Wang"),
    ("is Liu Hua the same WIPO China Office director at Xiamen 2021 and Beijing 2025?", "same"),
    ("what does CAVCA's membership consist of - how many record companies?", "800"),
    ("which civil body did the WIPO deputy DG credit China with backing?", "Alliance"),
    ("how many ratifications did the Beijing Treaty have according to Sylvie Forbain?", "29"),
    # sets BA and BB: "who wanted" asks who said so; "cohost"; a yes-or-no question of a
    # body that its profile does not answer ("was that a record for MCSC?")
    ("who wanted a labelling system for AI-made works?", "Wen Huasheng"),
    ("when did china cohost the diplomatic conference on audiovisual performances", "2012"),
    ("was 2024's licensing revenue a record for MCSC?", "477"),
    # sets BC to BE: each side of "and" its own places; an item naming only a measure
    # measures what the first item names; growth alone is the growth of the item before
    ("the 2017 GDP share nationally, and in Shenzhen, Shanghai and Beijing?", "7.35"),
    ("added value in 2023 - how much RMB, growth percent, and share of GDP?", "7.44"),
    ("MCSC in 2024: revenue, growth, members", "11%"),
    # a question relayed for someone, and a closing "all that are listed"
    (
        "A reader asks which countries had officials at the Chengdu forum, all that are named",
        "Nepal",
    ),
    ("Listener wants the list of projects Liu Hua named in Xiamen, all of them", "Gold Award"),
    # who referred to the memorandum, and where, is its scene: its own date is asked
    ("what year was the MoU mentioned by Liu Hua at the Xiamen training signed?", "2015"),
    # learning sets 35 to 37: guesses listed after the question; people from either of two
    # countries; a scene before a dash that the question leans on ("his"); remarks about the
    # one asking after the question; a number in words; "come into force"; "X, right? and Y?"
    ("which anniversary of WIPO and China did the Shanghai training mark, the 40th, 50th?", "50th"),
    ("Shanghai had two European lecturers, one from Italy and one from France - who?", "Carre"),
    ("Gao Yunfei, who spoke at the Shanghai opening - what posts does he hold?", "Film Bureau"),
    (
        "which groups did WIPO say it would help at the Shanghai event? I'm asking for a podcast.",
        "women",
    ),
    ("how many copyright registrations were there in 2024 - over ten million?", "Yes"),
    ("did the beijing treaty need one more country to come into force in 2019?", "Yes"),
    ("Liu Ping is chairman of MCSC, right? and what did MCSC earn in 2024?", "477"),
    ("Liu Ping is chairman of MCSC, right? and what did MCSC earn in 2024?", "No, not as stated"),
    ("How many people were in the room at the Chengdu forum?", "200"),
    ("did the about 100 Xiamen participants get certificates?", "Yes"),
    ("2017 share of GDP nationally vs cities like Beijing, Shanghai and Shenzhen?", "7.35"),
    # set BF: an ordinal stated that a fact does not hold is checked against the one it
    # does; a guess after the question names whom it means; "CEO" is a chief executive's
    # title too; "it" in a second question is the first one's figure; a closing doubt
    ("did WIPO and China celebrate their 60th anniversary in 2023?", "No (our reading"),
    ("Who at the forum said piracy went international in the 4G era - the Firstbrave CEO?", "Wu"),
    ("which Tencent executive spoke of blockchain as an engine of IP protection?", "Jiang Bo"),
    ("How big is MCSC's member base and how fast has it grown?", "1,000"),
    ("Did MCSC earn 477 million yuan in 2024, or am I wrong?", "Yes"),
    ("Hang Gao of WIPO - what is her English title?", "Copyright Development"),
    # set BG, terse: a body's people at an event with no question word; "yr" first; "y/n"
    # after an in-force check; a misspelt place; ", post" after who reported a figure
    ("NCAC people at the Xiamen training", "Zhao Xiuling"),
    ("yr the beijing treaty was adopted", "2012"),
    ("beijing treaty in force in 2019 y/n", "No (our reading"),
    ("when was the Chengdo forum", "December"),
    ("Shanghai trng dates", "October 16"),
    ("who reported MCSC's 2024 figures, post", "Vice Chairman"),
    # the city beside a body is where the body is, not where what is asked happened
    ("APRA Sydney rep at the forum - what did he say about radio income?", "declining"),
    # set BH: "touch on"; "no longer"; "the 2023 Shanghai one" after a training named;
    # the second of two questions keeps the event the first names; "other than" a title
    ("did the first lecture at the Shanghai training touch on AI?", "Yes"),
    ("Who said content will no longer be limited to PC and app ends?", "Wu Guanyong"),
    (
        "how many came to the 2025 roundtable, and which fields were its rights holders from?",
        "photography",
    ),
    ("list the Shanghai lecturers other than the WIPO division director", "Zhang Fan"),
    # "(not Chinese)", "who were not Chinese": from abroad; "not Liu Hua": someone else
    ("Name the lecturers in Shanghai who were not Chinese.", "Carre"),
    ("Which WIPO people lectured in Xiamen in 2021, not Liu Hua?", "Castro"),
    # misspellings of our own words: a doubled letter moved, one left out of a summary's word
    ("which univeristy is the proffesor Hu Kaizhong at", "Zhongnan"),
    ("what anniversery did WIPO and China mark in 2023", "50th"),
    ("copyrt industry added value 2023", "9.38"),
    # "which number expo": its edition
    ("what number China International Copyright Expo is NCAC hosting", "10th"),
    # a stated length in days checked against the event's first and last days
    ("is it true the Xiamen training ran 3 days? y or n", "Yes (our reading: three days)"),
    ("was the chengdu forum 5 days long", "No (our reading: three days)"),
    # "which treaties": treaties, not the memorandum of the two who worked for them
    ("which treaties did WIPO and NCAC work together on", "Marrakesh"),
    # a terse check of entry into force, with no question word
    ("beijing treaty in effect already at chengdu forum", "No (our reading"),
    # "guests toured in Chengdu": the visits during the forum there
    ("what firms did forum guests tour in Chengdu", "Migu"),
    # "how much of it was paid out": the distribution ratio
    ("CWWCS 2024: how much of the revenue was paid out", "60%"),
    # "on its own": alone, so the organizers are the answer
    ("did NCAC put on the Shanghai training on its own", "World Intellectual Property"),
    # "work through" is no post; "which bodies" asks for bodies, not people
    ("Which multilateral bodies does China work through on copyright, per NCAC?", "APEC"),
    # "take part" is no takings
    ("which free trade agreement negotiations did China join", "Australia"),
    ("which free trade agreement negotiations did China take part in", "Korea"),
    # "day to day" says how, not what
    ("who runs CAVCA day to day", "Zhou Yaping"),
    # a known abbreviation with two neighbouring letters swapped
    ("who heads CAVAC", "Zhou Yaping"),
    ("CWWSC distribution ratio 2024", "60%"),
    # a stated count no fact holds: "No", with the count a fact writes
    ("Was the Beijing Treaty WIPO's first copyright agreement in ten years?", "No (our reading"),
    # ", with the source" and "and say who gave those figures": every answer says so
    ("Sichuan's registered works in 2018, with the source", "170,000"),
    ("What was MCSC's 2024 revenue, and say who reported that figure?", "477"),
    # "who were they, broadly": the kinds of people who came
    ("How many came to the Xiamen training, and who were they broadly?", "100"),
    # "in what capacity": the post
    ("In what capacity did Guan Rui lecture in Shanghai?", "Deputy General Manager"),
    # "could you confirm the X" with no value stated asks for X
    ("Could you confirm the copyright share of GDP in 2021?", "7.41"),
    # "per X's remarks": per X
    ("what year was the Memorandum of Cooperation signed, per Liu Hua's remarks?", "2015"),
    # "get anything": what they received (certificates), not who came
    ("did the people at the Xiamen training get anything for attending?", "Yes (our reading"),
    # two questions in two sentences: both answered, a verdict given once
    ("What did Guan Jun say the 2023 added value was? Was the GDP share above 2021's?", "9.38"),
    ("Who organized the Xiamen training? Who spoke there?", "organized"),
    # second-language phrasings: "kindly advise", "has taken place", "coming from",
    # "respectively", "obtained", "below half" of a ratio, "beside X", an apposition
    ("Kindly advise the 2024 MCSC licensing revenue", "477"),
    ("In which city the 2023 training has taken place?", "Shanghai"),
    ("Who is the expert coming from WIPO's Copyright Development Division at Shanghai?", "Gao"),
    ("Mr. Xu Guojian and Mr. Geoff Hussey, they are partners in which firms respectively?", "AA"),
    ("How much licensing revenue MCSC has obtained in 2024?", "477"),
    ("Is it true that the CWWCS distribution ratio in 2024 was over half?", "Yes"),
    ("Beside RCEP, which free trade agreements did China negotiate?", "Korea"),
    ("Gao Hang, the WIPO division director, what is her title?", "Director"),
    # a title after a body's name is its holder, not part of the name read
    ("the Sichuan provincial copyright administration chief at the forum: his name?", "Zhou"),
    # an intern's shorthand: "Div", "Assn", "SG", "Pac"; abbreviations typed one letter off
    ("Total copyright registrations in 2024 acc. to NCAC's Social Services Div?", "10 million"),
    ("Which dispute did the China Film Copyright Assn's deputy SG cite?", "Hi, Mom"),
    ("who spoke for CISAK in Xiamen? the Asia Pac regional director?", "Benjamin Ng"),
    ("Who represented NCAS at the Xiamen 2021 training?", "Zhao Xiuling"),
    # a misspelt question read again as a whole: both of its questions
    ("how much did CAVA get in 2024 from karaoke and broadcasting rights, and from fees?", "5.1"),
    # an instrument's own words answer a yes-or-no question about it
    ("Has WIPO signed an MoU on bilateral cooperation with NCAC? y/n", "Yes (our reading"),
    # "that conference": the one of that kind the scene names; "what date": as given
    (
        "Shanghai's write-up cites the Central Conference on Work Relating to Foreign Affairs. "
        "What date was that conference?",
        "November 2014",
    ),
    # a radio producer's run-on questions
    ("the professor from Turin in Shanghai, his full name so I say it right on air", "Cogo"),
    ("how many came to the Xiamen training, and who were they mostly, just ballpark", "100"),
    ("did the Xiamen participants get certificates at the end or not", "Yes (our reading"),
    ("Wu Guanyong, the CEO, what's his company called, something brave?", "Firstbrave"),
    (
        "which projects did Liu Hua name in Xiamen, list them all, the award and whatever else",
        "Gold Award",
    ),
    ("how many more countries did the Beijing Treaty need to kick in?", "one more"),
    # the article names Finland and Australia for their CMOs and associations
    ("Collecting societies from which countries came to the Chengdu forum?", "Finland"),
]

_LEARN_AE = [
    # a negative tag or opening asks what the plain check does
    ("Gao Hang heads WIPO's Copyright Development Division, doesn't she?", "Yes"),
    ("the roundtable was held in Shanghai, wasn't it?", "No (our reading"),
    # where a place's own description puts it
    ("Isn't Nantong in Fujian?", "No (our reading: in Jiangsu province"),
    ("is dehua in fujian", "Yes (our reading)"),
    # which way a figure moved, from its growth figure
    ("Did the copyright industry's added value shrink in 2023?", "No (our reading: it went up)"),
    ("MCSC's licensing revenue rose in 2024, right?", "Yes (our reading: it went up)"),
    # "different" asks what "the same" does, the other way round
    ("Zhao Xiuling's post at the Chengdu forum differed from the Xiamen one?",
     "No (our reading: the same post at each"),  # her post at each, since session 14
    # two events' turnouts, compared
    ("Did the training in Xiamen attract more people than the Chengdu forum?", "No (our"),
    ("the Chengdu forum or the Xiamen training: which had the bigger turnout?", "More (our"),
    # where the guests came from is not where the event was held
    ("where did the Chengdu forum's guests come from?", "Kazakhstan"),
    # "or is that date wrong": a doubt that asks nothing
    ("Was the roundtable on March 13, 2025, or is that date off?", "Yes (our reading"),
    # a figure "claimed", "supposed to be", "percent-wise", "how much'd"
    ("what GDP share did they claim for the copyright industry in 2023?", "7.44"),
    ("what was the GDP share supposed to be in 2021, percent-wise?", "7.41"),
    ("how much'd the added value grow in 2023?", "4.52"),
    # "again", "stuff", "they keep referencing": fillers
    ("Xiamen training - where does Hu Kaizhong teach again?", "Zhongnan"),
    ("who floated labeling for AI stuff at the roundtable?", "Wen Huasheng"),
    # a clause of time naming who spoke dates the figure; it asks nothing
    ("How many countries had joined the Beijing Treaty when Forbin spoke in Chengdu?", "29"),
    # a year before words for figures dates the figures, not the event
    ("Who reported the Sichuan 2018 numbers at the Chengdu forum?", "Zhou Qing"),
    # "outside experts" are the invited ones
    ("list the outside lecturers at the Shanghai training other than Gao Hang", "Cogo"),
    # a scene describing the person the question proper's pronoun is about
    ("Wen Huasheng, the manager who spoke on AI labels, which company is he with?", "Faxian"),
    # an event's title is its name
    ("I need the official title of the 2021 Xiamen training", "International Copyright Training"),
    ("Liu Ping is vice chairman of which society? full name please", "Music Copyright Society"),
    # a clause of time in a statement checked is no question of when: the title is checked
    (
        "Zhao Xiuling was the copyright department's Director General when she spoke in "
        "Xiamen, correct?",
        "No, not as stated",
    ),
    (
        "Guan Jun is Director of NCAC's Social Services Division - is that his right title?",
        "No, not",
    ),
    # "the Shanghai article": where the article was written, not where the event was
    ("when was the Xi conference cited in the Shanghai article held", "November 2014"),
    # "or was she promoted": the same post answers it
    (
        "Did Liu Hua keep the same title from 2021 to 2025, or was she promoted?",
        "Yes (our reading: the same post at each",
    ),
    # a woman or a man, as the article's "Ms." or "Mr." says
    ("the woman from the images society at the roundtable: who was she?", "Wang Ying"),
    ("the Tencent man at the Chengdu forum, who was he?", "Jiang Bo"),
    # a name asked of a scene that describes the person
    ("The Tencent executive at the Chengdu forum - what was his name?", "Jiang Bo"),
    # "who else spoke (with her)": the others, not the person the scene names
    ("Jiang Bo spoke at Chengdu; who else spoke there?", "Scot Morris"),
    # the body of the person a scene describes, whatever else it says of her
    ("Chen Xuhan, the expert who talked film rights - which company is she from?", "Ali Pictures"),
    # a statement checked with a tag: "40th" where a fact holds "50th"
    ("2023 marked the 40th anniversary of WIPO and China working together, right?", "50th"),
    ("copyright registrations in 2024 went past what mark?", "10 million"),
    # "which number was it" of an expo named before: its edition
    ("NCAC said it was staging a copyright expo - what number was it?", "10th"),
    # "apart from that RCEP thing": set aside, "that" and "thing" asking nothing
    ("which trade deals apart from that RCEP thing did China negotiate?", "Australia"),
    # "what other post": the one the scene does not state
    ("Gao Yunfei heads the Shanghai film bureau - what other post does he hold?", "Publicity"),
    # "broadcaster", "val", "rougly": how people write them
    ("which broadcaster is Yan Bo with", "Television"),
    ("roundtable attendance rougly", "20"),
    # polite openings, "Madame", "at the moment of", "representing", "biggest first"
    ("Excuse me, may I know when the Xiamen training was held?", "July 7"),
    (
        "At the moment of the forum, how many countries had joined the Beijing Treaty, per "
        "Madame Forbin?",
        "29",
    ),
    ("What share of GDP was the copyright industry representing in 2023?", "7.44"),
    ("rank CAVCA, MCSC and CWWCS by their 2024 revenue, largest first", "5.1"),
    # "were said to have reached": what was reached; places asked "of China"
    ("Which regions of China were said to have a copyright share between 9% and 12%?", "Beijing"),
    # every figure of the body named
    ("CAVCA's 2024 numbers?", "karaoke"),
    # an abbreviation asked after a scene naming someone of it
    ("Benjamin Ng is with CISAC - what does CISAC stand for?", "International Confederation"),
    # figures asked "according to" their reporter: the figures
    (
        "What were Sichuan's copyright trading and registration numbers in 2018, per Zhou Qing?",
        "170,000",
    ),
    # "who ... with": partners, which an instrument names
    ("Who's China been holding bilateral copyright talks with?", "Japan"),
    # a scene describing a person, and "what's his name"
    (
        "The lyricist who's vice chairman of the pop music association - what's his name?",
        "Jia Ding",
    ),
    # two bodies set against each other with "vs the"
    ("CAVCA vs the music society: who brought in more in 2024?", "5.1"),
]

_LEARN_AF = [
    # a country checked against who the article says was represented
    ("Did anybody from Kazakhstan come to the Chengdu forum?", "Yes (our reading): Kazakhstan"),
    ("were Australians represented at the Belt and Road forum", "Australia was represented"),
    # numbers spoken as words
    ("what share of gdp did copyright make up in twenty twenty three", "7.44"),
    ("mcsc revenue two thousand and twenty four", "477"),
    # pinyin written as it sounds
    ("when was the training in Shiamen", "July 7"),
    # a unit named after its parent: the unit's post, not the parent's head
    ("who is the WIPO director for IP disputes", "Ignacio de Castro"),
    # a guess at one of a list, asking for the rest
    ("Which countries were represented at the Chengdu forum - Nepal and what else?", "Russia"),
    # where the body of a post is, when a check puts it elsewhere
    ("Scot Morris is director of international at APRA in Brisbane, right?", "Sydney"),
    # a day checked against the day an event opened
    ("Was the 2023 Shanghai training held on October 20?", "not October 20"),
    ("the xiamen training ran july 8, 2021 - correct date?", "it opened on July 7, 2021"),
    # a choice of places: the place, not "No"
    ("Did the Chengdu forum take place in Chengdu or Xiamen?", "In Chengdu (our reading"),
    # a separate "Accurate?" or "Right number?" is the statement's tag
    ("The Beijing Treaty was WIPO's first copyright agreement in 30 years. Accurate?", "not 30"),
    ("China has joined seven copyright treaties. Right number?", "not seven"),
    # a country checked against a post's body
    ("Cogo teaches at the University of Turin in France - is that right?", "Turin, Italy"),
    # "shout out", "old-school", "going down"
    ("which Chinese hits got a shout out from Liu Hua?", "Wukong"),
    ("which old-school income is going down, according to Scot Morris?", "newspapers"),
    # "X alone" of a figure given only with another: refused below; the part on record given
    ("What did CAVCA earn from karaoke by itself in 2024?", "4 billion"),
    # a subject checked against the lecture topics named
    ("Was alternative dispute resolution a lecture topic at the Xiamen training?", "Yes (our"),
    # "the ones from X and Y": someone from each place, whatever their title
    ("which academics came from Italy and France to lecture in Shanghai?", "Carre"),
    # three events' turnouts: each, marked only when the figures tell
    ("Chengdu forum vs Xiamen training vs Shanghai training: turnout?", "Nearly 200"),
    ("did the Chengdu forum draw more people than the Xiamen training?", "Yes (our reading)"),
    # each part of a topic joined by "and", per the one who reported the figures
    ("Sichuan's 2018 registered works and copyright trading, per Zhou Qing?", "100 million"),
    # "incl.", "i.e.", "all of em", "national avg", "up how much"
    ("CWWCS revenue in 2024 incl. the distribution ratio", "60%"),
    ("who lectured at Xiamen, i.e. which experts?", "Ignacio de Castro"),
    ("2017 GDP share in Beijing, Shanghai and Shenzhen vs the national avg", "7.35"),
    ("MCSC revenue for 2024: up by how much?", "11%"),
    # a statement, then a bare participle to check
    ("The 2021 training with about 100 people - held in Shanghai?", "puts it in Xiamen"),
    # a figure named before a dash, its growth asked after it: both
    ("Added value of the copyright industry in 2023 - up how much?", "9.38"),
    # "unit" of a body: its centre, division or office
    ("Gao Hang - which WIPO unit is she director of?", "Copyright Development Division"),
    # two figures stated with a comma between them, each checked
    ("The 2023 added value: 9.38 trillion yuan, 7.5% of GDP - correct?", "No, not 7.5%"),
    # a legal register: "commence", "enumerate", "engaged", "convened"
    ("when did the 2021 Xiamen course commence?", "July 7"),
    ("kindly enumerate the experts engaged to lecture in Xiamen", "Zheng Wei"),
    ("in what month and year was the diplomatic conference convened?", "June 2012"),
    # a Spanish reader's false friends: "celebrated", "charge", "assisted to", "formation",
    # "organisms", "adhered", "until the moment"
    ("In which date was celebrated the Chengdu forum?", "December 2"),
    ("Which charge has Zhao Xiuling?", "Deputy Director General"),
    ("how many persons assisted to the formation of Xiamen?", "About 100"),
    ("which organisms organized the formation of Xiamen?", "WIPO"),
    ("how many countries adhered to the Beijing Treaty until the moment?", "29"),
    # "only need 1 more": one more, as the fact says it
    ("did the beijing treaty only need 1 more country?", "Yes (our reading)"),
    # "office" of a post: the body its holder heads
    ("Which office does Zhou Qing head?", "Copyright Administration of Sichuan"),
    # "every country whose officials came": the countries the article names so
    ("List every country whose officials came to the Chengdu forum", "Kazakhstan"),
    # a part's share of its whole: the part and the whole (the share is not worked out)
    ("what proportion of CAVCA's total revenue came from karaoke?", "5.1 billion"),
    # "function" of a person, "authorities" who spoke, "made a speech", "assisted and spoke"
    ("what function does Zhou Qing have?", "Director General"),
    ("which authorities spoke at the opening of the Shanghai training?", "Gao Yunfei"),
    ("who made a speech at the opening of the Shanghai training?", "Liu Hua"),
    ("who assisted and spoke at the roundtable for CAVCA?", "Zhou Yaping"),
    # two words typed joined ("copyrighttrading"), a keyword query for a post's holder,
    # "growth against the year before" beside "how many million yuan"
    ("what was the copyrighttrading volume in Sichuan in 2018?", "100 million"),
    ("tencent vice president", "Jiang Bo"),
    ("How many million yuan did MCSC earn in 2024, and its growth against the year before?", "11%"),
    # an instrument set aside: another one named
    (
        "other than the Beijing Treaty, which treaty's ratification did Liu Hua mention?",
        "Marrakesh",
    ),
    # older romanizations, a place typed as two syllables, "sum" and "exceed" of money
    ("when was the Amoy training held?", "July 7"),
    ("Szechwan works registered in 2018?", "170,000"),
    ("which countries sent officials to the Cheng Du forum?", "Kazakhstan"),
    ("What did Sichuan's copyright trading exceed in 2018?", "100 million"),
    ("what sum did MCSC collect in licensing in 2024?", "477"),
    # a courtesy that asks nothing; "came to" an amount
    ("I would be most grateful if you could tell me what MCSC's revenue came to in 2024", "477"),
    ("Where, pray tell, was the Belt and Road forum held?", "Chengdu"),
    # "how many percent", "y-o-y", a word one letter short ("revnue"), "fig"
    ("copyright exports take how many percent of goods exports?", "11%"),
    ("value added y-o-y growth 2023", "4.52"),
    ("cwwcs licensing revnue 2024", "23 million"),
    ("gdp share 2017 fig?", "7.35"),
    # "engaged in" negotiations; "non-Chinese"; "more developed"; "America"; "getting narrower"
    ("with whom has China engaged in FTA negotiations?", "Eurasian"),
    ("name the non-Chinese lecturers at the Shanghai training", "Cogo"),
    ("share of GDP in the more developed cities in 2017?", "9%"),
    ("is China's gap with America and Japan getting narrower, per NCAC?", "Yes (our reading)"),
    # who was at every event named; two people's bodies compared
    ("who attended both the Chengdu forum and the Xiamen training?", "Zhao Xiuling"),
    ("are Geoff Hussey and Ran Handong at the same firm?", "No (our reading"),
    ("do Gao Hang and Liu Hua work for the same organization?", "Yes (our reading"),
    # who gave figures at an event, found by the figures' own words
    ("who presented the registration figures at the roundtable?", "Guan Jun"),
    ("who gave the Sichuan 2018 trading and registration figures at the forum?", "Zhou Qing"),
    # a question closing on whether the figure is exact: the figure as written
    ("How many attended the Chengdu forum - exact or rounded?", "Nearly 200"),
    # words of the fact base typed in two by a phone ("copy right", "kara oke", "ten cent",
    # "for bin", "Yum Fei", one letter off), and its "wipe" for WIPO
    ("copy right trading in sichuan 2018", "100 million"),
    ("cavca kara oke fees 2024", "4 billion"),
    ("what does jiang bo do at ten cent", "Vice President"),
    ("sylvie for bin title", "Deputy Director General"),
    ("gao yum fei posts", "Film Bureau"),
    ("who runs the wipe office in china", "Liu Hua"),
    # a French reader: "personalities", "the responsible of", "is counting", "which part was
    # coming from", "its evolution", "as the article puts it"
    ("which personalities spoke at the opening of the Shanghai training?", "Gao Yunfei"),
    ("how many members is counting the MCSC?", "14,000"),
    ("CAVCA's 2024 revenue, and which part was coming from karaoke?", "4 billion"),
    ("MCSC licensing revenue 2024 and its evolution year-on-year?", "11%"),
    ("how many speakers did the roundtable have, as the article puts it?", "speakers"),
    ("Jiang Bo spoke on blockchain - he is vice president of which group?", "Tencent"),
    # an instrument named with its parties; a place that is where the one event was held
    (
        "what fields does the memorandum of understanding between WIPO and NCAC cover?",
        "legislation",
    ),
    ("which Shanghai official addressed the training opening?", "Gao Yunfei"),
    # a part's share of its whole, worked out from the two and labelled as ours
    ("what percentage of MCSC's 2024 revenue came from live music and background music?", "27%"),
    # a sum or a gap of several bodies' figures, worked out and labelled as ours
    ("what did MCSC, CAVCA and CWWCS earn in 2024 combined?", "about 5.6 billion yuan (our"),
    ("gap between MCSC's and CWWCS's licensing revenue in 2024", "less than 454 million"),
    # "co-presented" an event; "which international org ... together with NCAC": the other
    ("which international body co-presented the Xiamen training with NCAC?", "WIPO"),
    # Indian English ("good name", "designation", "revert back", "the said", "as per"), an
    # accountant's "top line", a listener relayed by name and town, "as well", "giving talks"
    ("what is the good name and designation of the CAVCA DG?", "Zhou Yaping"),
    ("as per the said roundtable, MCSC top line 2024? pls revert back", "477"),
    ("Ming from Chengdu asks how many attended the Chengdu forum", "Nearly 200"),
    ("did Zhao Xiuling attend the Xiamen training as well?", "Zhao Xiuling"),
    ("which law firms had partners giving talks in Xiamen?", "Maucher Jenkins"),
    # a claim framed by who made it ("my opponent says"), checked
    ("my opponent says the Chengdu forum was in Beijing - true?", "No"),
    # "by the time of that forum": the one forum the figure asked was given at
    ("how many countries had ratified the Beijing Treaty by the time of that forum?", "29"),
    # a figure stated to its last digit: 7.41% is not 7.44%, though 8.5 trillion is 8.48
    ("the 2023 GDP share was 7.41%, per the roundtable - right?", "No, not 7.41%"),
    ("the 2021 added value was 8.5 trillion yuan, correct?", "Yes"),
    # a year given an event that is not its own: the statement is not so
    ("the Xiamen training took place in 2020, right?", "No (our reading"),
    # each end of a change said where it was given; "during their time in"; a hedged
    # second figure after a comma ("8.48 trillion, around 7.41% of GDP")
    (
        "How did the GDP share move between the 2017 figure given by the NCAC and the 2023 one "
        "reported at the roundtable?",
        "7.35% in 2017 to 7.44% in 2023",
    ),
    ("which firms did the guests visit during their stay in Chengdu?", "Migu"),
    ("2021 added value 8.48 trillion yuan, about 7.41% of GDP - correct?", "Yes"),
    # Indian English "the same", "officer", "from NCAC side", "gave introduction on"
    ("what was MCSC revenue in 2024 and how much the same grew?", "11%"),
    ("which WIPO officer lectured first in Shanghai?", "Gao Hang"),
    ("who gave introduction on piracy measures from NCAC side at Chengdu?", "Zhao Xiuling"),
    # "the two foreign lecturers": a list typed as a name, every one of it
    ("the two foreign lecturers at the Shanghai training", "Carre"),
    # a post checked at an event named: the post as reported then; "she is ...?" in the
    # order a second-language reader asks it
    ("Was Liu Hua director of WIPO's China office at the Shanghai training?", "October 16, 2023"),
    ("Gao Hang spoke in Shanghai? she is director of a WIPO division?", "Yes"),
    # the scene set after the question proper ("I believe he came from Australia.")
    (
        "Who said in Chengdu that income from newspapers and books is falling? I think he was "
        "from Australia.",
        "Scot Morris",
    ),
]

_MANY_PARTS = [
    # "for X and for Y": both figures
    ("what figures did Zhou Qing give for copyright trading and for works registered in 2018?",
     ("100 million", "170,000")),
    # the total and the part asked together: each figure on its own line (once refused as
    # one figure for both)
    ("CAVCA karaoke money 2024, how much total and how much from karaoke alone?",
     ("5.1 billion", "4 billion")),
    # every figure of a list asked, and the one who gave them set aside
    (
        "2023 GDP share, added value and growth rate, as reported by Guan Jun",
        ("7.44", "9.38", "4.52"),
    ),
    (
        "From the survey presented in Beijing: what was the added value in 2023, how much did "
        "it grow on the year before, and what share of GDP did it make up?",
        ("9.38", "4.52", "7.44"),
    ),
    # a national figure and the one for some of its places
    (
        "The 2017 GDP share nationally, and the range reported for Beijing and Shenzhen?",
        ("7.35", "9"),
    ),
    (
        "How did Beijing, Shanghai and Shenzhen compare to the national figure in 2017?",
        ("7.35", "12"),
    ),
    ("2017 share of GDP for the whole country, and how big in Shenzhen?", ("7.35", "12")),
    # each event named, its own turnout
    (
        "How many people came to the Shanghai training and to the Xiamen one?",
        ("About 100", "More than 100"),
    ),
    ("how many attended the roundtable and the chengdu forum", ("20", "200")),
    # "how many registered works": the noun after the adjective is counted
    (
        "For Sichuan, what trading volume and how many registered works were reported for 2018?",
        ("100 million", "170,000"),
    ),
    # the second question asks no year of its own: the first's does not bind it
    (
        "How big was MCSC's membership in 2024, and by about how much has it grown yearly of late?",
        ("14,000", "1,000"),
    ),
    # which way it moved, and the figure it moved to
    ("MCSC's licensing revenue fell in 2024, didn't it?", ("No (our reading", "477")),
    (
        "How many attended the 2021 Xiamen training compared with the 2023 Shanghai one?",
        ("About 100", "More than 100"),
    ),
    # both years' values, "each year"; a scene saying where one was reported
    ("Compare the GDP share in 2021 and in 2023 - what was it each year?", ("7.41", "7.44")),
    (
        "Got the 2021 added value from the Shanghai training - how does 2023's compare?",
        ("8.48", "9.38"),
    ),
    # two figures of what the head names, after a dash
    ("MCSC in 2024 - revenue and membership?", ("477", "14,000")),
    ("Sichuan copyright trading 2018 - value and works registered?", ("100 million", "170,000")),
    # a count and a yes-or-no "at its conclusion"
    (
        "How many came to the Xiamen training, and were they awarded certificates at its close?",
        ("100", "Yes"),
    ),
    # a second part with its question word after the verb ("and they get what")
    (
        "roughly how many came to the Xiamen training, and they receive what at the end?",
        ("100", "certificates"),
    ),
    # "the X part is how much"
    ("CAVCA 2024 revenue how much, and karaoke part is how much?", ("5.1", "4 billion")),
    # two figures, the first "claimed"
    (
        "What added value did they claim for 2021, and what GDP share is that supposed to be?",
        ("8.48", "7.41"),
    ),
]

_LEARN_AG = [
    # the expo asked for, not the visits the question mentions
    ("Which expo did the Chengdu forum's guests join during their visit?", "Digital Copyright"),
    # a country every event is in names no event: what the body says, wherever
    ("Which multilateral bodies does China say it backs on copyright?", "APEC"),
    # a Spanish reader's "apart of", "realized" for held
    ("Apart of RCEP, which FTAs has China negotiated?", "Eurasian"),
    ("In which city was realized the 2025 roundtable?", "Beijing"),
    ("Good morning, when was the Xiamen training held?", "July"),
    # checks: a tag after a question mark, hearsay, a statement with a question mark alone
    ("does China hold a bilateral copyright dialogue with Japan? yes/no", "Yes"),
    ("More than 300 guests came to the Chengdu forum, I heard?", "No"),
    ("MCSC took 500 million yuan in 2024? That's what I was told.", "No, not 500 million"),
    ("Gao Hang is a CISAC staffer, isn't she?", "No (our reading: no role at"),
    ("Liu Ping works for CAVCA?", "No (our reading"),
    ("About 50 people attended the roundtable?", "Not as the article gives it"),
    ("The Xiamen training was held in Hangzhou, right?", "the record puts it in Xiamen"),
    # a figure far past an open-ended one is not "Yes"
    ("CWWCS took in 100 million yuan in 2024, right?", "Not as the article gives it"),
    # speech to text: letters spelt out, "wipe oh"; "do you know" asks what is inside it
    ("who spoke for the m c s c at the roundtable?", "Liu Ping"),
    ("when was the wipe oh roundtable in beijing", "March 13"),
    ("do you know when the Chengdu forum was held?", "December"),
    ("which law firms had partners giving lectures at the Xiamen training?", "Maucher Jenkins"),
    # where a figure was read, in brackets, asks nothing
    ("How did the GDP share move from 2017 (NCAC figure) to 2023?", "+0.09 points"),
    # a year given a step of an instrument that is not its own
    ("The WIPO-NCAC memorandum of cooperation was signed in 2013, right?", "not 2013"),
    ("the Beijing Treaty was adopted back in 2011, wasn't it?", "not 2011"),
    # a part of a figure asked in other words: "what part", "X part of it", "just from"
    ("CAVCA's 2024 takings, and what part came from karaoke?", "4 billion"),
    ("how much of CAVCA's 2024 money came only from karaoke?", "4 billion"),
    ("copyright registrations in China went past which number in 2024?", "10 million"),
    ("Guan Jun cited the copyright expo NCAC hosts - which edition number?", "10th"),
    ("how much did CAVCA take in only from karaoke fees?", "4 billion"),
    # names heard, not read: pinyin as speech-to-text spells it
    ("when was the training over in shah men", "July"),
    ("what is gow yun fay's job", "Film Bureau"),
    ("did jow show ling speak at the chung do forum", "Yes"),
    # "mister", "I mean", where a line was read in brackets, a participle then "what year"
    ("a mister Benjamin Ng lectured in Xiamen - what was his position?", "Asia Pacific"),
    ("CWWCS licensing revenue, in 2024 I mean?", "23 million"),
    ("Beijing Treaty - adopted what year? (NCAC interview)", "June 2012:"),
    # a caption or headline to check, its statement in quotes
    ('caption says "NCAC and WIPO hold the 2023 risk training in Beijing" - ok?', "Shanghai"),
    ('headline reads: "CAVCA took 5.1bn yuan from karaoke fees in 2024" - ok?', "Not as the"),
    # hedges that constrain nothing: "seems to", "at the same time"
    ("Gao Yunfei seems to hold two posts at the same time - what are they?", "Film Bureau"),
    # Nigerian Pidgin's small words and tags
    ("wetin be the distribution ratio of CWWCS for 2024?", "60"),
    ("how many treaties China don ratify, according to NCAC?", "8 treaties"),
    ("MCSC membership pass 14,000 for 2024, is it not?", "14,000"),
]

_LEARN_AH = [
    # a clerk's imperatives and "as recorded", "as listed", "identified as"
    ("Kindly state Ms. Gao Hang's title as recorded for the Shanghai training.", "Development"),
    ("Please identify the lecturer listed as Senior Partner of Boss & Young.", "Xu Guojian"),
    ("State the title of Shi Jiang as recorded at the Chengdu forum.", "Chengdu Municipal"),
    ("For the record, Benjamin Ng lectured in Xiamen, correct?", "Yes"),
    # a remark about the one asking closes the question and asks nothing
    ("where was the Chengdu forum held, i've got sichuan somewhere in my notes", "Chengdu"),
    ("CAVCA 2024 revenue? want to compare with MCSC later", "5.1 billion"),
    ("did anyone from Tencent speak in Chengdu? that's the gaming giant, big for us", "Jiang Bo"),
    # one body said to have organized an event alone, when it had a partner
    ("the Xiamen training was organized by WIPO on its own, right?", "No (our reading"),
    # where a person's body is, checked
    ("Stephanie Carre is from Italy, right?", "France"),
    ("APRA's Scot Morris - where is he based?", "Sydney"),
    # a "why" answered with the same speaker's reason, said just before
    ("why did Scot Morris say CMOs must serve rights holders better?", "streaming"),
    # "one" after a first part names what the first part asked for
    ("who spoke for MCSC at the roundtable, and was there a CAVCA one too?", "Zhou Yaping"),
    # a surname shared by two people, read as the one at the body named
    ("what did CAVCA's Zhou say about ownership?", "Zhou Yaping"),
    # a premise about another event is not what is checked
    ("the 2023 training was in Xiamen, just like the 2021 one, right?", "Shanghai"),
    # short forms: adds, amt, repped, haul, chunk, kick in, made up, side by side
    ("mcsc members + avg annual adds", "1,000"),
    ("cavca 2024 haul from karaoke", "4 billion"),
    ("who repped MCSC at the roundtable", "Liu Ping"),
    ("copyright industry added value 2021 - yuan amt", "8.48"),
    ("in 2023 the copyright industry made up 7.44% of GDP, right?", "Yes"),
    ("MCSC vs CAVCA 2024 revenue, side by side", "477"),
    ("Sichuan 2018 trading (local angle for the forum bit)", "100 million"),
    # a body no fact names, said to be a person's: the bodies on record
    ("Jiang Bo works for Alibaba, right?", "Tencent"),
    # the people of a kind of body, and the heads of one body
    ("what did the heads of the CMOs say about AI?", "Zhou Yaping"),
    ("who are the heads of CWWCS?", "Zhang Hongbo"),
    ("which CMO chiefs reported 2024 results at the roundtable?", "Liu Ping"),
    # "as well as": and; between commas, besides
    ("which bodies, as well as NCAC, organized the Xiamen training?", "World Intellectual"),
    ("zhao xiuling was at the xiamen training as well as chengdu? same title both times?", "same"),
    # a remark on how the asker pictures it, after the question
    ("what's the biggest headache for Jia Ding, like what kind of outlets", "live streaming"),
    # a claim ended by a request to test it, a stated count checked, hedges that ask nothing
    ("MCSC had 14,000 members in 2024. Does that hold up?", "14,000"),
    ("Sichuan registered 2 million works in 2018 - can you check that?", "No, not 2 million"),
    ("Gao Hang, if memory serves, lectured in Shanghai, correct?", "Yes"),
    ("how many came to the Chengdu forum, by their own count?", "200"),
    ("name the Shanghai lecturers along with their universities", "Turin"),
    ("what figure did they quote for MCSC's 2024 licensing revenue?", "477"),
    # an example in brackets, experts whatever their post, a headcount asked tersely
    ("which FTAs did NCAC say China negotiated (RCEP etc)?", "Australia"),
    ("list the foreign academics/experts who lectured at shanghai", "Carre"),
    ("participants chengdu forum 2019 approx", "200"),
    ("how many people joined the training activity in Xiamen", "100"),
    ("copyright trading in sichuan in 2018 was more than how much", "100 million"),
]

_LEARN_AI = [
    # a role check against the body named, and who holds the post stated there
    ("Gao Hang runs the WIPO Office in China, correct?", "No, not as stated"),
    ("Zhao Xiuling directs the Chengdu Municipal Copyright Administration, right?", "Shi Jiang"),
    # another body of the kind theirs is, or one in another city
    ("Cogo teaches law at Milan University, doesn't he?", "No, not as stated"),
    ("Gao Yunfei heads the Guangzhou film bureau, right?", "No, not as stated"),
    # who organized an event, checked, a body the fact base does not know included
    ("the Chengdu forum was run by WIPO and the OECD, correct?", "No (our reading"),
    ("was the Shanghai training put together by WIPO and NCAC?", "Yes (our reading)"),
    ("the Xiamen training was hosted by NCAC and WIPO, yeah?", "Yes (our reading)"),
    # a topic asked of a talk the record summarises; a talk in a source cited in brackets
    ("what was Gao Hang's talk about, topic-wise?", "lecture series"),
    ("what year was the WIPO-NCAC memorandum signed? (Liu Hua's speech)", "2015"),
    # the asker's copy gives the figure to check; a request to confirm closes it
    ("MCSC 2024 licensing revenue - my draft says 470 million", "No, not 470"),
    ("Chengdu forum attendance was 200, please confirm", "200"),
    # academics asked as professors with their universities
    ("name the professors at the Shanghai training and their universities", "Strasbourg"),
    # growth "in a year from the year before" is the article's year-on-year figure
    ("how much did MCSC's licensing revenue grow in 2024 from 2023?", "11%"),
    # contractions, short forms, kinds of bodies in the plural
    ("why isn't the Beijing Treaty in force yet?", "29"),
    ("how many rec companies are CAVCA members?", "800"),
    ("which copyright associations had speakers at the 2025 roundtable?", "Copyright Society"),
    ("which CMO regs did NCAC say it is revising?", "Collective Administration"),
    ("did China hold copyright dialogues with Japan too, or only the EU?", "Yes (our reading)"),
    ("the Chengdu forum only lasted two days, right?", "No (our reading"),
    ("national share of GDP in 2017 against the developed regions, how wide the gap", "9%"),
    ("Scot Morris works at a music association in Brisbane, right?", "Sydney"),
    ("CAVCA made 5.1 billion yuan from karaoke alone in 2024, right?", "more than 4 billion"),
    # a whole said to come all from one of its parts; a choice of places; the certificates a
    # count question also asks about; a possessive typed without its apostrophe
    ("did CAVCA's 2024 income come all from karaoke?", "No (our reading"),
    ("where did the Shanghai training take place, Shanghai or Beijing?", "In Shanghai"),
    ("how many trainees at Xiamen, they received certificates?", "certificates"),
    ("what was mcscs licensing revenue in 2024", "477"),
    ("the old slide says CAVCA made 6 billion yuan in 2024 - right?", "No"),
    # the purpose of an event is in our summary of it, never who organized it
    ("what was the purpose of the Xiamen training?", "meant to"),
    ("why did WIPO co-organize the Shanghai training?", "(our summary)"),
]

_LEARN_AJ = [
    # "the articles say" / "anything about" frames: the question inside is asked
    ("does the coverage mention how many works Sichuan registered in 2018?", "170,000"),
    ("is there anything in the articles about who heads CAVCA?", "Zhou Yaping"),
    # two things asked, the second leaning on the first ("and was that up?")
    ("MCSC licensing takings 2024, and did that rise?", "11%"),
    # "works" as a noun, not "works for"
    ("works registered in sichuan 2018 and copyright trading?", "100 million"),
    # a body's long name and its abbreviation side by side are one mention
    ("who represented the China Written Works Copyright Society CWWCS", "Zhang Hongbo"),
    # short forms and what people call things
    ("what's the abbrev for the china audio-video copyright association", "CAVCA"),
    ("who's the head honcho at MCSC", "Liu Ping"),
    ("NCAC x WIPO training in Xiamen, how many attended?", "100"),
    ("what's Zhang Hongbo's motto on AI?", "technology for good"),
    ("why is NCAC turning its attention to blockchain?", "internet copyright"),
    ("how many members has MCSC been adding each year lately?", "1,000"),
    ("what was MCSC's total in 2024?", "477 million"),
    ("what rules was NCAC hurrying to revise?", "Collective Administration"),
    # a post asked at an event named by its place
    ("what was Liu Hua's title at the Beijing event?", "Director"),
    # examples of places, not all of them
    ("the copyright industry's share of GDP in cities like Shanghai and Shenzhen in 2017?", "9%"),
    # the year of the source's words is not the date asked
    ("what year was the memorandum signed, as Liu Hua said in 2021?", "2015"),
    ("when was the memorandum signed, according to Liu Hua?", "2015"),
    # why a treaty had not yet taken effect: the steps up to then
    ("why wasn't the Beijing Treaty in effect yet at the Chengdu forum?", "29"),
    # a year beside the first of two events is that event's
    ("was Liu Hua at both shanghai 2023 and the beijing roundtable?", "Yes, at each"),
    # what an event was on or who it was with is no claim checked
    ("the roundtable on AI was held in Shenzhen, correct?", "No (our reading"),
    ("the 2023 training with the law firms was in Beijing, iirc?", "No (our reading"),
    ("the Xiamen training was put on by NCAC and WIPO, right?", "Yes (our reading)"),
    # the asker's asides are no part of what is asked
    (
        "Somebody from CAVCA spoke in Beijing. My nephew sings karaoke a lot! What was his name?",
        "Zhou Yaping",
    ),
    ("Now the audio-video group, CAVCA I think... how much did it make in 2024?", "5.1 billion"),
    ("I never knew where my fees came from, so a basic one: what did MCSC earn in 2024?", "477"),
    # "quick", "that person", "or somewhere else", "since at least": nothing more asked
    ("zhou yaping title quick", "Director General"),
    ("Zhang Fan - which firm is that person with?", "China Science Publishing"),
    ("was the Chengdu forum really held in Chengdu or somewhere else?", "Yes (our reading)"),
    ("has Liu Hua headed the WIPO office in China since at least 2023?", "Yes"),
    # a quote's source asked with the quote after a dash
    ("need a source for this line - income from radio and newspapers is falling", "Scot Morris"),
    # a stated figure of another statistic says which year's figure is meant
    ("the added value was 9.38 trillion in 2023 - what share of GDP was that?", "7.44%"),
    # what a body plans next
    ("what is MCSC getting into next?", "fashion"),
    # a doubt about the teller closes a check
    ("a friend says CAVCA has 5,000 record companies as members, or was she exaggerating?", "800"),
    # a platform or programme is an initiative too
    ("what WIPO initiative for AI did Liu Hua point to in 2025?", "Frontier Technologies"),
    # an aside about the asker after the question asks nothing
    ("who from Kanjian Music spoke at the roundtable? I work in games myself", "Cui Tingqi"),
    # true-or-false flags, "in the first place", "or had someone else taken over"
    ("T/F: the Chengdu forum was held in Xiamen", "No (our reading"),
    ("true or false - CAVCA had nearly 800 record companies as members", "Yes"),
    ("why did NCAC and WIPO hold the Xiamen training in the first place?", "(our summary)"),
    ("in 2025 was Liu Hua still running WOC, or had someone else taken over?", "Yes"),
    # a part asked against the rest of its whole
    ("CAVCA 2024: how much was karaoke versus everything else?", "4 billion"),
    # "bring up", "case", "recuts", "track": what people call things
    ("which dispute did the film association's Shi Wenxia bring up?", "Hi, Mom"),
    ("who at the roundtable spoke about recuts of films into short videos?", "Shi Wenxia"),
    ("track the copyright share of GDP from 2017 to 2023", "7.35%"),
    ("the China International Copyright Expo NCAC hosts - which number is it?", "10th"),
    ("NCAC is hosting which number of the China International Copyright Expo?", "10th"),
    # a reason in what a body said, when no event is named
    ("why does the Copyright Society of China have a mechanism for overseas piracy sites", "Clean"),
    # a year checked of an event named with what came of it
    ("the diplomatic conference that adopted the Beijing Treaty was in 2013, right?", "No (our"),
    # a spoken lead-in ("okay", "now") asks nothing
    ("okay who heads up CAVCA?", "Zhou Yaping"),
    # what participants were given is in our summary of the event, not its speakers
    ("what did people who took the Xiamen course receive?", "certificates"),
]

_LEARN_AK = [
    # a claim handed on from a post, a tweet or a memo, then a check tag of any kind
    ("a tweet claims MCSC had over 14,000 members. legit?", "Yes"),
    ("viral post: Liu Ping heads CAVCA. real or fake?", "No"),
    ("spotted a thread saying the Chengdu forum was in 2019. fact or fiction", "Yes"),
    ("heard someone online say WIPO and China marked 50 years of partnership in 2023, true or not",
     "50th"),
    # a small count stated in a check is checked against the statistic that counts it
    ("31 countries had joined the Beijing Treaty when the Chengdu forum met, right?", "No, not 31"),
    ("just 29 countries had ratified the Beijing Treaty by late 2019?", "Yes"),
    # a terse check of where a person's body is
    ("scot morris APRA brisbane - right?", "Sydney"),
    # a claim with a question mark, then "what was that?": the claim is what is asked
    ("Didn't Zhou Yaping call for some kind of platform? What exactly was that?", "big data"),
    # a speaker asked by their title at an event named by its place
    ("who was the lyricist at the Beijing roundtable?", "Jia Ding"),
    # "he" after several people found: asked of each of them by name
    ("which musicians spoke at the roundtable in Beijing, and what did he warn about AI?",
     "homogenization"),
    # why something mattered: the step that says it was a first
    ("what made the Beijing Treaty such a landmark?", "nearly 20 years"),
    # what people call things: "single out", "voice", "add to the economy", "bring in",
    # "diff in pp", "specifically"
    ("what risks did Zhang Yilin single out about AI", "homogenization"),
    ("which concerns did Zhang Yilin voice?", "job losses"),
    ("how much did the copyright sector add to the national economy in 2023?", "9.38"),
    ("what did MCSC bring in for 2024?", "477"),
    ("gdp share 2021 vs 2023, diff in pp", "0.03"),
    ("how much of MCSC's takings came specifically from live shows and background music?",
     "130 million"),
    # every trade pact on record, whatever verb the question uses for taking part
    ("which FTAs was China involved in per NCAC", "South Korea"),
    # an event's own year checked: "Yes"; a part of the year that holds a figure's month
    ("the Shanghai training took place in 2023, right?", "Yes (our reading)"),
    ("how many countries had ratified the Beijing Treaty as of late 2019?", "29"),
    # two titles offered: which of them the post on record is
    ("is Zhou Yaping CAVCA's chairman or its director general?", "Director general, of the two"),
    # which of several events named one person was at
    ("which of the Chengdu forum, the Xiamen training and the Shanghai training did Zhao "
     "Xiuling address?", "At 2 of the 3"),
]

_LEARN_AL = [
    # a place and its nation's figure asked together, the places unnamed
    ("GDP share in 2017, and in the big cities?", "7.35"),
    ("GDP share in 2017, and in the big cities?", "9%"),
    # two halves of one question, each a statement of the same body
    ("how does the NCAC rate the economic contribution of China's copyright industry against the"
     " world average and against the United States and Japan?", "above the global average"),
    # "whats" typed without its apostrophe still opens a second question
    ("who reported the copyright registration total, and whats his post?", "Deputy Director"),
    # a statement checked with a tag, read as the question it asks
    ("the CCPIT lecturer in Xiamen was Hu Kaizhong, right?", "No"),
    ("was it Liu Ping who cited the Hi, Mom dispute?", "it was Shi Wenxia"),
    ("the Chengdu forum was in Xiamen, if I'm not mistaken?", "No"),
    ("zhou yaping heads CAVCA rite?", "Yes"),
    ("the Shanghai training was held in Beijing, no?", "No"),
    # an event named by its theme before its kind
    ("the AI roundtable was in Shanghai, wasn't it?", "Beijing"),
    # a second-language reader's words and word order
    ("quanto the MCSC arrecadated in 2024?", "477"),
    ("which is the cargo of Liu Ping?", "Director General"),
    ("what difficulties the CAVCA director general mentioned for collective management?",
     "ownership"),
    # what someone asked of a body, what it promised, what a society paid out
    ("what did Zhou Yaping ask of WIPO?", "cooperation with WIPO"),
    ("what did WIPO promise at the Shanghai training?", "commitment"),
    ("how much did CWWCS pay out to its members?", "60%"),
    # a speech given, by one of a body's people
    ("which WIPO official gave a speech at the Xiamen training?", "Liu Hua"),
    ("who from the NCAC delivered a speech at Chengdu?", "Yu Cike"),
    # words for a region and a remit are a post
    ("Benjamin Ng: which area is he responsible for?", "Asia Pacific"),
    ("who was responsible for organizing the Xiamen training?", "organized"),
    # paraphrases of what was said: cheering AI on, costing jobs, name-dropping
    ("who at the roundtable was upbeat about AI?", "Cui Tingqi"),
    ("who warned that AI might cost jobs?", "Zhang Yilin"),
    ("which hits did Liu Hua namedrop?", "Ne Zha 2"),
    # a figure quoted by a speaker at the event where he quoted it
    ("what share of goods exports did Zhao Xiuling quote at Xiamen?", "11%"),
    # how many times one body's figure is another's, worked out and labelled as ours
    ("how many times larger was CAVCA's 2024 revenue than MCSC's?", "about 10.7 times"),
    # a Spanish reader's words: billones (a million million), según, dónde, empresa, en vigor
    ("cuánto was the added value in 2023, in billones of yuan?", "9.38 trillion"),
    ("según Liu Ping, how many members did MCSC have?", "14,000"),
    ("¿dónde was held the roundtable?", "Beijing"),
    ("Yan Bo works for which empresa?", "China Central Television"),
    ("why was the Beijing Treaty not in vigor in 2019, what was lacking?", "one more"),
    # a figure stated in yuan, then the share of GDP it is asked as
    ("RMB 9.38 trillion in 2023 - what % of GDP was that?", "7.44%"),
    # terse analyst shorthand: lic, rough, chg, delta
    ("mcsc lic rev 2024?", "477"),
    ("gdp share 2017 vs 2023 chg?", "our calculation"),
    # why two events are linked: what the later says of the earlier
    ("why is the Shanghai training tied to the 2014 foreign affairs conference?", "instruction"),
]

_LEARN_AM = [
    # two alternatives offered: the one the facts hold, the other ruled out
    ("did the Xiamen training have 100 participants or 200?", "100 participants, not 200"),
    ("was the 2025 roundtable in Beijing or Shanghai?", "In Beijing"),
    ("CWWCS 2024 licensing revenue, was it 23 million or 32 million yuan?", "23 million, not"),
    ("did China join eight copyright treaties or nine?", "not nine"),
    # someone from a body at an event, asked as a check or with a bare "who" after it
    ("was anybody from APRA at the Chengdu forum?", "Scot Morris"),
    ("Kanjian Music had someone at the roundtable - who?", "Cui Tingqi"),
    # a membership's size asked in other words
    ("how large is MCSC's membership", "14,000"),
    # the reader asking, in formal or blunt words
    ("could you ask who organized the Xiamen training?", "organized"),
    ("Mr. Zhou Qing holds which post, if I may ask?", "Director General"),
    ("who is the top boss at CAVCA?", "Zhou Yaping"),
    ("Benjamin Ng spoke on behalf of which body?", "CISAC"),
    # the article's own statement first when the article is asked
    ("how does the article characterise online infringement?", "The article itself"),
    # two questions joined by a plus sign
    ("CWWCS revenue in 2024 + its distribution ratio", "60%"),
    ("what problems did CAVCA admit to?", "ownership"),
    # a part asked after its whole is named: the part, then the whole
    ("CAVCA's 2024 revenue - how much from karaoke?", "5.1 billion"),
]

_LEARN_AN = [
    # the instrument a speaker refers to, dated ("the MoU she refers to", "was that signed")
    ("what year was the memorandum Liu Hua refers to signed?", "2015"),
    ("Liu Hua brought up the Memorandum of Cooperation. When was that signed?", "2015"),
    # a list headed by the figure, "year" among the items asked: each line gives its year
    ("added value of the copyright industry, latest: year, value, growth, share of GDP",
     "7.44%"),
    # the reader's emphasis and asides: "itself", "per the text", "and source", "quotable"
    ("the 2023 training was in Xiamen itself, right?", "Shanghai"),
    ("Zhou Qing - what post did he hold, per the text?", "Director General"),
    ("MCSC revenue in 2024 - amount and source?", "477"),
    ("CWWCS distribution ratio 2024, a quotable figure?", "60%"),
    # words for a body's members and for what an event covered
    ("MCSC's membership headcount in 2024", "14,000"),
    ("when was the training that covered overseas risk held in Xiamen?", "July"),
    ("who was speaking on behalf of CAVCA at the roundtable?", "Zhou Yaping"),
]

_LEARN_AO = [
    # a body asked about at an event: its people there, as a check
    ("was Kanjian Music at the roundtable?", "Cui Tingqi"),
    # a script line or voice-over quoted to be checked, with its tag
    ("script: 'the Chengdu forum was held in Xiamen' - matches?", "No"),
    ("voice-over says MCSC earned 477 million yuan in 2024. ok?", "Yes"),
    ("nearly 200 guests came to the Chengdu forum, I think", "Yes"),
    ("WIPO's first treaty in about 10 yrs - is that what it says?", "not about 10"),  # the
    # bound goes with the number it bounds, since session 14
    # a guess after a when, asides about the figure's form, a spelled-out short name
    ("in what year was the Beijing Treaty adopted, 2013?", "2012"),
    ("CWWCS distribution ratio 2024 - is that figure exact?", "60%"),
    ("GDP share in 2023, to one decimal place", "7.44%"),
    ("MCSC members in 2024 - is it given as 'over' or 'about'?", "more than 14,000"),
    ("spell out CWWCS please", "China Written Works Copyright Society"),
    ("how is the name of the CISAC regional director spelled?", "Benjamin Ng"),
    ("Guan Rui spoke for Tencent in Shanghai, yes?", "No"),
    ("how many came to Chengdu, like 200?", "200"),
    # "only X?" after a list asked: the list answers it
    ("who lectured at the Shanghai training? only Gao Hang?", "Carre"),
    # a figure typed tersely with "y/y": the figure and its growth
    ("MCSC licensing revenue 2024 y/y", "477 million"),
    ("MCSC licensing revenue 2024 y/y", "11%"),
]

_LEARN_AP = [
    # a month asked of a dated event: "No" with its dates when they fall in another month
    ("the Xiamen training began in June 2021, didn't it?", "not June"),
    ("did Zhao Xiuling speak at Chengdu in November 2019?", "not November"),
    # two trainings named by their years alone, compared by size
    ("which was larger, the 2023 training or the 2021 one?", "About 100"),
    ("turnout 2021 training vs 2023 training", "More than 100"),
    # a spot inside the event's city: finer than on record
    # (see _REFUSE_11); a terse "city of" asks where
    ("city of the 2019 forum?", "Chengdu"),
    # "go see", "shows up", "signed onto", "line of business", "vs" between two years
    ("what firms did the forum guests go and see in Chengdu?", "Migu Music"),
    ("which events does Zhao Xiuling show up at?", "Belt and Road"),
    ("how many copyright treaties has China signed onto?", "8 treaties"),
    ("what line of business is MCSC moving into?", "fashion"),
    ("MCSC licensing revenue 2024 versus 2023 - growth?", "11%"),
    ("CAVCA's revenue in 2024, and how did it compare with MCSC's?", "477 million"),
    # a guess typed after the question, a belief before it, a name half-remembered
    ("what share of GDP did the copyright industry have in 2017? about 7.3?", "7.35%"),
    ("which edition of the China International Copyright Expo is it, like the 8th?", "10th"),
    (
        "Sylvie Forbin spoke at a forum in Chengdu, and I think that was 2018. "
        "When was that forum held?",
        "2019",
    ),
    ("I'm pretty sure the Beijing Treaty was adopted in 2012, right?", "Yes"),
    ("Zeng Jin spoke of backing an NCAC campaign, was it called Clean Web or something?", "Zeng"),
    ("The forum was in Chengdu, or was it Xi'an? Who organized it?", "NCAC"),
    # "it" in a last sentence stands for the instrument named before
    ("Sylvie Forbin spoke of the Beijing Treaty. It was adopted in 2013, right?", "2012"),
    # the name of a company asked with "called"
    ("what is Guan Rui's company called?", "Wings Media"),
    # "higher or lower", "vs the global average"
    ("China's copyright industry vs the global average: higher or lower?", "above"),
    # a speech about a thing, named by its year
    ("did Liu Hua talk about the 2015 memorandum?", "Yes"),
]

_LEARN_AQ = [
    # "presented figures" is reporting them; a post asked with "there" after a body
    ("which collecting societies presented data at the Beijing roundtable?", "CWWCS"),
    ("CAVCA stands for? and Zhou Yaping's title there", "Director General"),
    # "vs at", "cumulative growth", "expansion", "regs" counted, "came up with", "calld"
    ("Liu Hua's post at Xiamen vs at the roundtable - same?", "the same post"),
    ("GDP share 2017 to 2023, the overall change?", "+0.09 points"),
    ("WOC expansion?", "WIPO Office in China"),
    ("copyright regs in 2024, how many?", "10 million"),
    ("what treaty did the 2012 diplomatic conference come up with?", "Beijing Treaty"),
    ("who calld the forum a platform for exchanging ideas?", "Sylvie Forbin"),
    # a body no fact names, said to be a person's: "No", with the posts on record
    ("Zhou Yaping represented Spotify at the roundtable, correct?", "no role at Spotify"),
    # a remark after the question on what the articles give sets no topic
    ("what did MCSC earn in 2024? the article only gives one figure", "477 million"),
]

_LEARN_AR = [
    # a body named lowercase in a dictated check after "from": "No", with the posts on record
    ("liu ping is from sony music right", "No"),
    # members "increase every year": their average yearly growth
    ("by about how many do MCSC's members grow every year?", "about 1,000"),
    # ordinal words, "rite", "buy how much", "her roll", "co organise"
    ("was 2023 the fiftieth anniversary of WIPO working with China?", "50th"),
    ("the 2023 training was in shanghai rite", "Yes"),
    ("gdp share 2021 vs 2023 up buy how much", "+0.03 points"),
    ("liu hua at the roundtable what was her roll", "Director"),
    ("which bodies co organised the chengdu forum", "NCAC"),
]

_LEARN_AS = [
    # chat fillers, "n of", "hyping", "drama", "for the caption", "who made more", "pull from"
    ("how many countries ratified the beijing treaty by 2019 lol", "29"),
    ("n of guests at the chengdu forum?", "200"),
    ("which anniversary did they hype in shanghai?", "50th"),
    ("who talked about the hi mom drama?", "Shi Wenxia"),
    ("Chengdu forum dates, for the caption", "December 2 to 4"),
    ("who made more in 2024, cwwcs or mcsc?", "477 million"),
    ("how much did mcsc pull from live shows and background music?", "130 million"),
    # "am I right that ...", "the caption has him as ..."
    ("Am I right that the Beijing Treaty was adopted in 2012?", "Yes"),
    ("Yu Cike - the draft has him as DG of the NCAC Copyright Department, correct?", "Yes"),
]

_LEARN_AT = [
    # "how much of X's money came from Y": the part, with the whole it is part of
    ("how much of MCSC's income came from live shows and background music?", "477 million"),
    # "which made more"
    ("which made more in 2024, CAVCA or MCSC?", "5.1 billion"),
    # the article's own word for the internet, asked
    ("what does the chengdu article say about the internet and copyright protection?",
     "main battlefield"),
]

_LEARN_AU = [
    # more than one filler word before the question ("Okay so who ...")
    ("alright so who spoke for APRA in Chengdu?", "Scot Morris"),
    # a growth rate checked and found not so: the figure it grew to beside it
    ("MCSC licensing revenue grew 30% in 2024, right?", "477 million"),
    # "which regulations did X say": the instrument by its name, then the statement
    ("which regulations did Guan Jun say NCAC was revising?", "Regulations on the Collective"),
    # "the function of" a person: a post (a French reader's "fonction")
    ("the function of Mr Jiang Bo at Tencent?", "Deputy General Counsel"),
    ("what is his position inside WIPO, Gao Hang?", "Copyright Development Division"),
    # a guess with a scale or a number word after the question
    ("how many came to the Xiamen course, around a hundred?", "About 100"),
    ("what was CWWCS's 2024 licensing revenue, like 20 million yuan?", "23 million"),
    # "... and with which amounts?" after a comparison: the comparison gives them
    ("who earned more in 2024, MCSC or CWWCS, and with what figures?", "477 million"),
    # a second figure stated after "which was" or "with"
    ("The 2023 added value was 9.38 trillion yuan, which was 7.14% of GDP?", "No, not 7.14%"),
    ("Sichuan's 2018 copyright trading was over 100 million yuan with 1.7 million works "
     "registered?", "No, not 1.7 million"),
    # "True or false:" and "Check:" lead a statement to check
    ("True or false: MCSC's 2024 licensing revenue was 500 million yuan.", "No, not 500"),
    ("Check - the Chengdu forum opened in 2018.", "not 2018"),
    # a year opening the statement dates the one event it names
    ("in 2013 China co-organised the diplomatic conference with WIPO?", "not 2013"),
    # the name of the event's last word before the year ("... Foreign Affairs was in 2013")
    ("the Central Conference on Work Relating to Foreign Affairs took place in 2015?", "not 2015"),
    # a Portuguese reader's "data" (a date) and "entered in force"
    ("in which data was the Beijing roundtable?", "March 13, 2025"),
    # a share of the whole asked after the whole is named
    ("Of CAVCA's 2024 revenue, what share came from karaoke licensing fees?", "Share of the whole"),
    # each body's figure by its own words ("CAVCA's revenue than MCSC's licensing revenue")
    ("how many times bigger was CAVCA's 2024 revenue than MCSC's licensing revenue in 2024?",
     "5.1 billion"),
    # a count given to work from, in a comparison of turnouts
    ("how many came to the Shanghai training, and how does it compare with the ~100 in Xiamen?",
     "More than 100"),
    # which bodies of a kind reported a figure: their figures
    ("which collective management organisations reported licensing revenue for 2024?", "CAVCA"),
    # a claim a fact-checker quotes from a draft
    ("Draft: 'The Belt and Road Forum on Copyright was held in 2018.' Year right?", "not 2018"),
    ("Liu Hua - our draft calls him WIPO Deputy Director General. Correct?", "No, not as stated"),
    ("Belt and Road Forum on Copyright - draft dates it to December 2018. Right?", "not 2018"),
    ("the Chengdu forum, hosted by NCAC and WIPO in December 2017, right?", "not 2017"),
    ("Chengdu forum countries - our draft lists Nepal and Russia. Confirm.", "was represented"),
    # a keyword query for a figure: the figures the article gives with it
    ("copyright industry value added 2023", "7.44%"),
    # clauses a careful writer sets between commas to say more of what is named
    ("How many treaties has China joined, insofar as the NCAC interview gives a number?",
     "8 treaties"),
    ("In which year was the Memorandum of Cooperation between WIPO and NCAC signed, to which Ms. "
     "Liu referred?", "2015: WIPO and NCAC signed"),
    ("On which date did the WIPO Office in China hold its roundtable, where the impact of AI "
     "was discussed?", "March 13, 2025"),
]

_REFUSE_12 = [
    # the United States asked ("in the us", not "us"), which no figure is of
    ("what percent of gdp is the copyright industry in the us", ""),
    ("copyright share of gdp in the us?", ""),
    # an unknown word after "with" that is no name is not a body
    ("Zhou Yaping spoke with conviction, right?", ""),
    # an organizer of a kind asked where none of the organizers is of it
    ("which university hosted the Shanghai training?", "not of the kind asked"),
    ("which company organised the 2021 Xiamen training?", "not of the kind asked"),
    # things asked of a person whose posts only name their kind ("Film music producer")
    ("which films has Zhang Yilin made music for?", "give only posts"),
    ("which films has Zhang Yilin scored?", ""),
    ("what songs has Jia Ding written lyrics for?", ""),
    # a country asked of a figure credited to a body ("according to NCAC"), which no figure
    # is of: the body speaks, the country is what is asked
    ("what is Japan's copyright industry share of GDP according to NCAC?", ""),
    # a person checked at an event whose article does not name them: where they are on
    # record, never "No"
    ("did Stéphanie Carre lecture at the Chengdu forum?", "is on record at"),
    ("Scot Morris spoke at the Beijing roundtable, right?", "does not name them"),
    # figures asked of someone whose talk gave none: never the closest fact without a figure
    ("what Asia Pacific royalty figures did Benjamin Ng share in Xiamen?", ""),
    # a value asked in yuan of what is on record only as a share; the remark after it asks
    # nothing
    ("what were China's copyright exports worth in yuan? they only give a percentage", ""),
]

_LEARN_AV = [
    # a name misspelt twice in English spelling, not pinyin ("scott moris")
    ("which body does scott moris work for?", "Australasian Performing Right Association"),
    # bodies asked by their abbreviations together, or one abbreviation beside a person
    ("what do CAVCA and WOC stand for?", "China Audio-Video Copyright Association"),
    ("what do CAVCA and WOC stand for?", "WIPO Office in China"),
    ("MCSC and CAVCA - what do those abbreviations stand for?", "Music Copyright Society"),
    ("CCPIT, full name? Zheng Wei works there", "China Council for the Promotion"),
    ("how is NCAC spelled out in the Shanghai story?", "of the People's Republic of China"),
    ("what full name does the Xiamen article give WOC?", "WIPO Office in China"),
    ("CAVCA expands to 'China Audio Video Copyright Agency'?", "Audio-Video Copyright Association"),
    # an amount asked with the change the article gives beside it
    ("how much licensing income did MCSC report for 2024?", "11%"),
    # a figure stated as exact against a hedged one
    ("did exactly 100 people attend the Xiamen training?", "Not as the article gives it"),
    # a plain word for a term the fact base uses ("payout ratio": distribution ratio)
    ("what payout ratio did CWWCS report?", "60%"),
    # "first" before a verb: when it happened
    ("when did NCAC and WIPO first sign a memorandum of cooperation?", "2015"),
    # a post checked with the article named where it was read
    ("in the Xiamen piece, is Benjamin Ng described as a WIPO director?", "No"),
    # a title asked "exact English wording"
    ("Zheng Wei's post at CCPIT - exact wording?", "Deputy Director"),
    # a series asked for a chart: each year's figure
    ("series for my graph: copyright added value 2021 and 2023", "8.48 trillion"),
    # the developed regions' share beside the national one
    ("how did developed regions compare with the 2017 national GDP share?", "9% and 12%"),
    # the year of the highest (lowest) figure on record, or of the years offered
    ("in what year did the copyright GDP share peak?", "Highest in 2023"),
    ("was the added value larger in 2023 or 2021?", "Higher in 2023"),
    ("lowest GDP share year - 2017, 2021 or 2023?", "Lowest in 2017"),
    # two figures of one sentence asked: the third it gives comes after them
    ("the 2023 added value and GDP share of the copyright industry?", "4.52%"),
    # "for what reason" is why: the statement before the one named gives it
    ("for what reason did Zhao Xiuling want international copyright risks prevented?",
     "going abroad"),
    # "purely" is "alone": one part of a whole
    ("did CAVCA earn 5.1 billion yuan purely from karaoke in 2024?", "more than 4 billion"),
    # a statement, then a bare tag sentence: the statement is what is checked, never a
    # "Yes" for the facts that merely hold its words
    ("Gao Hang had been promoted to Director General of WIPO by 2023. Is that so?",
     "No, not as stated"),
    ("I read the Xiamen piece. I'd swear Zhao Xiuling was NCAC's Director General then. Am I"
     " right?", "Deputy Director General"),
    # "assisted to" (Spanish "asistir"): attended
    ("how many guests assisted at the Xiamen training?", "About 100"),
]


_LEARN_AW = [
    # a polite lead ("would you kindly tell me") before a why: the reason comes with the call
    ("Would you kindly tell me why Zhao Xiuling said international copyright risks must be"
     " prevented?", "going abroad"),
    # "what X of BODY mentioned for ...": what X said, not what was said of X
    ("what difficulties Zhou Yaping of CAVCA mentioned for collective management?",
     "unclear copyright ownership"),
    # a figure checked for a year it is not given for: the year it is given for
    ("the copyright industry made up 7.41% of GDP in 2022, correct?", "for 2021"),
    ("MCSC brought in 477 million yuan in 2023 - true?", "no figure for 2023"),
    # an event's month and year checked; where the reader read of it is not another event
    ("the Central Conference on Work Relating to Foreign Affairs took place in October 2015,"
     " right?", "November 2014"),
    ("is it true the Central Conference on Work Relating to Foreign Affairs mentioned in"
     " Shanghai training news was held in May 2016?", "November 2014"),
    # a count written like a year ("more than 3000 record companies")
    ("CAVCA counts more than 3000 record companies among its members?", "nearly 800"),
    # a rise to a level stated: the later figure is checked against the level, too
    ("did the GDP share rise to more than 7.4% in 2023?", "Yes"),
    ("did the GDP share rise to more than 7.5% in 2023?", "No"),
    # newsroom shorthand: "dir-gen", "dep", "trad"
    ("is Gao Hang the dep dir-gen of WIPO?", "No, not as stated"),
    ("why does Wang Ying say trad photography is being pushed out?", "replacing traditional"),
    # a clause after the name whose full form is asked
    ("what's the full name of CISAC whose regional director lectured in Xiamen?",
     "International Confederation of Societies of Authors and Composers"),
    # "on behalf of" a body: the body checked
    ("Did Shi Wenxia come to the roundtable on behalf of MCSC?",
     "China Film Copyright Association"),
    # "dignitaries" are officials
    ("which dignitaries addressed the opening of the Shanghai training?", "Gao Yunfei"),
    # "the name of the <person> at X" asks who
    ("what was the name of the law professor at the Shanghai training?", "Cogo"),
    # "only a one-day event?": how long it ran
    ("was the Shanghai training only a one-day event?", "three days"),
    # "as given in English": the articles are in English
    ("Zhou Qing's post as given in English?", "Director General"),
    # "please share the ..." gives them; "as told by" is "according to"
    ("Please share the projects WIPO and NCAC worked on together, as told by Liu Hua",
     "Copyright Gold Award"),
    # "who could I interview about X": who spoke about it
    ("who could we interview about AI and photographers?", "Wang Ying"),
    # "between A and B, which ...", "which of A and B ...": one or the other
    ("Between CWWCS and MCSC, which reported the larger licensing revenue for 2024?",
     "477 million"),
    ("which of CWWCS and MCSC had more licensing revenue in 2024?", "23 million"),
    # "assist to" a verb is to help, not to attend ("asistir a" is to attend)
    ("whom does WIPO assist to bring creativity to market?", "small and medium-sized"),
    # a count denied: the counts the article gives beside it
    ("does CAVCA have more than 3,000 record companies as members?", "1,600"),
    # "X's take on": X's view
    ("what's Jia Ding's take on the biggest copyright problem?", "live streaming"),
    # a title asked of who held it: never a deputy's statement in the closest words
    ("who was WIPO's Director General when the Beijing Treaty was adopted, the man who praised"
     " it?", "Francis Gurry"),
]


_LEARN_AX = [
    # a tag ("..., right?") sets no scene: "right" is not a fact's "rights"
    ("WIPO and China: 50th anniversary of their partnership in 2023, correct?", "Yes"),
    # a claim of every speaker: "No", with those on record it does not fit
    ("were all the lecturers at the Shanghai training Chinese?", "University of Turin"),
    ("was every speaker at the Shanghai training from WIPO?", "No (our reading"),
    # "who from A and B": both bodies' people
    ("who from WIPO and NCAC addressed the Xiamen training?", "Liu Hua"),
    # a body checked for a speaker at an event: who did speak for it there
    ("Zhang Hongbo spoke for MCSC at the roundtable, correct?", "Liu Ping"),
    # a comparison set as the lead: both figures
    (
        "Compared to the whole country in 2017, what share did Beijing, Shanghai and Shenzhen"
        " reach?",
        "7.35%",
    ),
    # Spanish readers' words: "representant", "responsable", "organism"
    ("who is the responsable of MCSC?", "Liu Ping"),
    ("in which organism does Zeng Jin work?", "Copyright Society of China"),
]


_LEARN_AY = [
    # a time after the bodies named is no other claim: the organizers still checked
    ("the Shanghai training was put on by NCAC and WIPO last year, right?", "Yes (our reading)"),
    ("the Xiamen training was organized by WIPO and NCAC in July 2021, true?", "Yes (our reading)"),
    # a body described, not named, by the country and kind on record
    ("was the Shanghai training run by the Chinese government and WIPO?", "Yes (our reading)"),
    ("the Xiamen course was organised by NCAC and a ministry of culture, right?", "No (our"),
    # how many of a counted set: still the count
    ("what is the number of copyright treaties China has joined?", "8 treaties"),
]


_REFUSE_15 = [
    # a person's age or birth: no record holds it
    ("how old is Liu Hua?", "no one's age"),
    ("in what year was Zheng Wei born?", "no one's age"),
    # where someone is based, when no city of their body is on record
    ("Geoff Hussey is based in Manchester, isn't he?", "no city is on record"),
]


_REFUSE_16 = [
    # a fee or charge: none is on record
    ("what did the Shanghai training charge its trainees?", "fee"),
    # how many of a whole the question states: only the whole is on record
    (
        "how many of the 29 countries that had joined the Beijing Treaty are in Africa?",
        "only the whole",
    ),
    # a side taken on a proposition ("whether ... should"): none near the topic is one
    ("what does Liu Hua think about whether AI output should get copyright?", "takes a side"),
    # who took a subject the article gives for all the talks together
    ("which expert lectured on alternative dispute resolution in Xiamen?", "together"),
    ("which topic did Zhang Fan lecture on?", "only together"),
    # the interview's own date
    ("on what date did NCAC give the interview?", "no date of the interview"),
    # a place before a body's word is the body's, not the venue
    ("was the Xiamen training a Xiamen municipal government event?", ""),
]


_REFUSE_14 = [
    # an abbreviation the fact base never spells out
    ("what does VR stand for in Wu Guanyong's remarks?", "no fuller name for 'VR'"),
    # an exact figure insisted on where only a hedged one is on record
    ("exactly how many guests came to the Chengdu forum? not an estimate", "no exact figure"),
    # the name of a body of a country that was only said to be represented
    ("the Chengdu forum had a CMO from Finland: what was its name?", ""),
    ("what is the name of the Finnish copyright society that came to Chengdu?", ""),
    # who interviewed for, wrote or ran an article: no record holds it
    ("which newspaper carried the NCAC interview?", "do not name who interviewed"),
    ("who interviewed the NCAC for that piece?", "do not name who interviewed"),
]


_REFUSE_13 = [
    # a body's person asked after two filler words: none of its people is named there
    ("okay so who was the ARIPO delegate at the Chengdu forum?", "on record by name"),
    # a year before an event's own name is part of its name, not a date to check
    # ("2021 overseas risk training" is the Xiamen one); the speaker of a saying verb,
    # asked with a body spoken of, is the one that says it
    ("what joint WIPO programme for venues did NCAC mention?", ""),
    # the people of a body asked after "the representative of" it
    ("what is the name of the delegate of ARIPO at the Chengdu forum?", "on record by name"),
    # what is asked after "who were the" must be on record, not the closest words
    ("who were the parties to the Hi, Mom dispute?", ""),
    # a lecture's subject when the article gives none of that speaker's own
    ("Hu Kaizhong lecture title Xiamen?", ""),
    ("what did Zheng Wei's own lecture at Xiamen cover?", ""),
    # a date of entry into force, asked with a clause on who promoted the treaty
    ("when did the Marrakesh Treaty, which Liu Hua said WIPO and NCAC promoted, enter into "
     "force?", ""),
]

_REFUSE_11 = [
    # a person who spoke of a deed is not its doer
    ("was the WIPO-NCAC memorandum signed by Liu Hua?", ""),
    ("was the MoU signed by Liu Hua or by Francis Gurry?", ""),
    ("did Liu Hua sign the 2015 memorandum, or Gurry?", ""),
    ("was the MoU signed by Liu Hua or Gurry?", "speaking of it"),
    # a venue at a body's premises, or a spot inside the city: not on record
    ("was the Chengdu forum held at NCAC's offices?", "more precise"),
    ("whereabouts in Xiamen was the 2021 training held?", "more precise"),
    ("which district of Shanghai hosted the 2023 training?", "more precise"),
    # a month more precise than the year on record
    ("was the Memorandum of Cooperation signed in March 2015?", "in March"),
    # nothing named to look up
    ("what's it called?", ""),
    ("what does it stand for?", "names nothing"),
]

_REFUSE_10 = [
    # an exact figure of one place where only a range for several is on record
    ("the precise share of GDP in Beijing, Shanghai and Shenzhen in 2017", "range"),
    # a group of those who came, typed tersely, where only the whole is counted
    ("Chengdu forum overseas guests number", "one group"),
    # names asked of a count, typed last
    ("the 29 Beijing Treaty countries names", "by name"),
]

_REFUSE_9 = [
    # the day one speaker spoke at an event of several days, which no record dates
    ("on what day of the Shanghai training did Gao Hang lecture?", "day"),
    # the countries a count counts, which no record names
    ("which countries had joined the Beijing Treaty by 2019?", "countries"),
]

_REFUSE_8 = [
    # a nationality is not on record, only posts at bodies in places
    ("is Gao Hang Chinese?", "nationality"),
    ("Alessandro Enrico Cogo is Italian, correct?", "nationality"),
    ("what is Benjamin Ng's nationality?", "nationality"),
    # nor the language anything was said in
    ("did Zhou Yaping speak in Mandarin at the roundtable?", "language"),
    # a total of members where only counts by kind are on record: the counts, as near facts
    ("how many members does CAVCA have in total?", "only counts by kind"),
    ("which language was the Xiamen training taught in?", "language"),
    # two alternatives the facts hold neither of
    ("was the Chengdu forum attended by 300 or 400 people?", ""),
]

_REFUSE_6 = [
    # a place finer than a city, which no record holds
    ("which hotel hosted the Chengdu forum?", "more precise"),
    ("what building was the Shanghai training in", "more precise"),
    # a topic asked of a speaker that two of its words show is not what was said
    ("what did Liu Hua say about blockchain royalties for photographers?", ""),
    # "us" before a noun of the fact base is the United States, whose figure is not on record
    ("us copyright industry gdp share?", ""),
    # a negation alone asks nothing
    ("no?", ""),
    # a figure of a whole not asked beside a part
    ("what did WIPO pledge about blockchain at the roundtable?", ""),
]

_REFUSE_7 = [
    # a count stated, then only "name them": the articles give the count, not the names
    ("'eight treaties'. ok, list them", "only how many"),
]

_REFUSE_5 = [
    # a place no fact names beside a body the person does work for: not "No"
    ("Gao Hang works for WIPO in Geneva, right?", "geneva"),
    # a figure asked of a speaker who gave none
    ("what is APRA's annual revenue according to Scot Morris?", "figure"),
    # a count asked by name, typed as a heading
    ("names of the 29 countries that had ratified the Beijing Treaty", "only how many"),
    # either thing asked in the middle of a statement must be on record
    ("the xiamen training was held in which hotel or building", ""),
    # "alone" asked of a body whose events all had a partner
    ("which trainings did WIPO organize alone?", "alone"),
    # where a body is that no fact places
    ("where is Ran Handong's firm based, the one Maucher Jenkins?", "no city"),
    # a person the fact base does not know, beside words that name one it does
    ("what did WIPO's director general daren tang tell the roundtable", ""),
    # a subject given for several speakers together, or for none, is nobody's own
    ("what was Stéphanie Carre's lecture topic, exactly?", "together"),
    ("what was the subject of Benjamin Ng's lecture?", "no subject"),
    # what is asked for after "which" must be on record, whatever a colon in a title
    ("which company published Black Myth: Wukong?", ""),
    # one of two sources of a combined figure asked without "alone": the combined figure is
    # named in the reason, never given as the part's
    ("how much did CAVCA take in from broadcasting rights for recording producers?", "together"),
    ("MCSC revenue 2024, and the live performance part of it?", "130 million"),
    # a count of "Chinese and foreign guests" is no count of either side
    ("how many overseas guests came to the Chengdu forum?", "one group"),
    # a nationality is not on record, nor always a country for the body of a post
    ("Ran Handong is a British lawyer, isn't he?", "nationality"),
    # a total asked of a body is a figure, never its profile; a body with no total on record
    ("what was CAVCA's total in 2024?", ""),
    # a second thing asked that is not on record, leaning on the first
    ("what did CAVCA bring in for 2024, and was that up?", ""),
    # a word of a body's name is no check tag ("Performing Right")
    ("what revenue did the Australasian Performing Right Association report in Chengdu?", ""),
    # a title no speaker held, asked at an event; a year no figure is on record for
    ("who was the CEO at the Beijing roundtable?", "ceo"),
    ("what did MCSC bring in for 2022, roughly?", "2022"),
    # which of several events: none of them names the person
    ("which of the roundtable and the Chengdu forum did Gao Hang attend?", "none of them"),
    # a person asked by a country no one represented by name
    ("is there anything about who came from Finland to the Chengdu forum?", ""),
    # a meeting no speaker of which is named: not the whole training's speakers
    ("who actually spoke at the mobilization meeting of the Shanghai training?", "no speaker"),
    # initials a body has none of
    ("what initials does the China Film Copyright Association go by?", "no abbreviation"),
    # the date of something a source spoke of that no one record fits
    ("when was the treaty signed, according to Liu Hua?", "no one thing fits"),
    # a kind of body asked after an event that names none of that country
    ("swiss CMO at the roundtable, which one?", ""),
    # a figure asked in a currency no figure on record is given in
    ("how much was MCSC's 2024 licensing revenue in dollars?", "currency"),
    # a spoken lead-in before a figure asked of a place's body: never the body's profile
    ("okay what were sichuan's copyright numbers for 2019", ""),
    # a meeting of a training, named first, is what is asked about
    ("who spoke at the mobilization meeting during the 2023 training?", "no speaker"),
    # a date asked after a scene sentence: the scene's statement does not answer it
    ("Liu Hua talked up the Marrakesh Treaty. when did China join it?", ""),
]

_REFUSE_4 = [
    # the year asked is the figure's, not the date of the talk that gave another year's
    ("what was the copyright trading of Sichuan in 2020?", "no value for 2020"),
    ("what licensing revenue did MCSC report for 2025?", "no value for 2025"),
    # either thing asked ("hotel or venue") must be on record; a place it does not know too
    ("what hotel or venue in Xiamen hosted the training?", ""),
    ("which law firms had partners lecturing in Hangzhou?", "hangzhou"),
    # "U.S." with its full stops is the United States, not "you" and a letter
    ("Who runs WIPO's office in the U.S.?", "united, states"),
    # a figure of the thing "alone" is not one of it with another, checked or asked (a part
    # with a figure of its own is checked against that: karaoke's "over 4 billion")
    ("how much did MCSC get just from background music?", "together"),
    # a count asked by name that no fact lists: a profile names none of them
    ("give me the names of the 29 countries that had ratified the Beijing Treaty", "only how many"),
    # what a body's head said, not the body's profile
    ("what did the head of ARIPO say at the Chengdu forum?", ""),
    # "start to work": take effect, which no date on record gives
    ("when will the revised collective administration regulations start to work?", "entry into"),
]

_REFUSE_3 = [
    # a count on record names none of the things counted, however the names are asked for
    ("Would you kindly name the eight copyright treaties China has joined?", "only how many"),
    ("the eight treaties China joined, what are the names of them?", "only how many"),
    ("How many treaties has China joined? Name them.", "only how many"),
    ("how many copyright treaties has China joined, and which are they?", "only how many"),
    # a yes-or-no part refused is not answered by the closest facts
    ("at the Chengdu forum did the WIPO Director General speak? what is his name?", "no "),
    # "the responsible of" the interview: one of its people, and the interview names none
    ("who was the responsible of the NCAC for the 2019 interview?", ""),
    # a count stated that the facts on record fall short of
    ("the two chinese executives at Chengdu", "it asks for 2"),
    # the one roundtable on record: what was said elsewhere is no answer
    ("When did the roundtable discuss the Beijing Treaty?", ""),
    # no one named at both
    ("who spoke at both the roundtable and the Chengdu forum?", "no one"),
    # "the person from NCAC": one of its people, and the interview names none
    ("Who was the person from the NCAC who gave the 2019 interview?", ""),
    # "who exactly said": a person insisted on; the meeting's commitment names none
    (
        "Who exactly said at the Shanghai meeting that WIPO would help SMEs, women and young "
        "people?",
        "which person",
    ),
    # no draft treaty is named by her
    ("Which draft instruments did Gao Hang name in Shanghai?", "treaty or agreement"),
    # the article lists the invited experts' subjects jointly: which one took which is untold
    ("Which of the invited experts in Shanghai covered literary works specifically?", "jointly"),
    # a figure given only for two things together: neither alone
    ("How much did MCSC take from background music alone?", "together"),
    # a country the article does not name among those represented
    ("Were there delegates from Brazil at the Chengdu forum?", "does not name Brazil"),
    # Finland sent associations and CMOs; the article names no Finnish officials
    ("Were officials from Finland at the Chengdu forum?", "represented by those"),
    # "who" after a scene naming one person asks for someone else; Zhao Xiuling is a deputy
    ("Zhao Xiuling went to the 2021 training. Who was Director General of NCAC then?", ""),
    # no post of hers is on record before the one she holds
    ("What did Gao Hang do before she joined WIPO?", "earlier post"),
    # one of the two is at no university
    ("Which universities are Geoff Hussey and Hu Kaizhong with?", "Geoff Hussey"),
    # an organization that took part is no person: "who was the ARIPO official there"
    ("Who was ARIPO's official at the Chengdu forum?", "by name"),
    # a count of the speakers named is no count of the lectures given
    ("How many lectures did the 2023 Shanghai training have?", "talks"),
    # "from overseas" is one group of the participants; no count of it is on record
    ("How many of those at the Xiamen training came from overseas?", "one group"),
    # the year in the scene dates the role asked; the role is on record for another year
    (
        "Given that Zhao Xiuling was at the 2021 Xiamen training, who was Director General "
        "of the NCAC Copyright Department at that time?",
        "2021",
    ),
    # no one is on record as the signer; who spoke of it is not who signed it
    ("which official signed the WIPO-NCAC memorandum of cooperation?", ""),
    # no date of signing is on record
    ("WIPO-NCAC bilateral MoU cited in Shanghai - exact signing date?", "no dated step"),
    # "us" before "copyright": the United States, of which no figure is on record
    ("us copyright industry share of gdp", ""),
    # no earlier post is on record: the closest answer never misses "became"
    ("What was Liu Hua's job before she became director of the WIPO office?", ""),
    # the closest answer never misses an interview or an event's kind named
    ("Which NCAC official was interviewed about copyright cooperation abroad?", ""),
    # the articles give the month of the Beijing Treaty's adoption, not the day
    ("On which exact day was the Beijing Treaty adopted?", "the day"),
    # "chairs" asks for a chairman; MCSC's is not named
    ("Who chairs MCSC?", ""),
    # "who at NCAC gave the interview": the interview names no one at NCAC
    ("Which person at NCAC gave the 2019 interview? Who at NCAC was it?", ""),
    # an article that does not name someone is no proof they were absent: refused, not "No"
    ("Was Gao Hang at both the Xiamen and the Shanghai trainings?", "only, not at"),
    # a country the list does not name, of a list that says "among many other countries"
    ("Does China hold copyright dialogues with Brazil, yes or no?", "brazil"),
    # no city is on record for the company
    ("Where is Zhang Fan's company based?", "no city"),
    # no one of ARIPO is named
    ("Which ARIPO official came to the Chengdu forum?", "no one of"),
    # posts are dated as reported, never by when they began; no length of time is on record
    ("Since when has Zhao Xiuling been a deputy director general?", "not when a post began"),
    ("How long did Gao Hang lecture?", "no length of time"),
    # the one set aside is not the one asked for: MCSC's chairman is not named
    ("Who is MCSC's chairman, as opposed to its vice chairman?", "no chairman"),
    # the articles name no head of NCAC's own Copyright Department at the 2023 training
    (
        "Who headed NCAC's copyright department at the Chengdu forum and at the Shanghai training?",
        "no head of the organization named",
    ),
    # a label naming what is asked: no DG of ARIPO is on record
    ("ARIPO's DG - name?", "no director general"),
    # a group among those who came: no count of it is on record
    ("Of the people at the Shanghai training, how many were officials?", "no count of one group"),
    # "(not vice chair)" sets the vice chairman aside: CAVCA's chairman is not named
    ("who's the real chairman of CAVCA (not the vice chair)?", "no chairman"),
    # a label names nothing asked: "Copyright industry exports 2021" is what is asked about
    ("Copyright industry exports 2021 - total value in yuan?", "exports"),
    # set AT: a group among those who came ("foreign guests") has no count on record
    ("how many overseas guests were at the Shanghai training?", "no count of one group"),
    # set AS: a post of something that is not an organization ("director of Ne Zha 2")
    ("who was the director of Black Myth: Wukong?", "director"),
    # the talk's topic is not on record for this lecturer
    ("what topic did Geoff Hussey lecture on in Xiamen?", "no subject"),
    # works registered in a city: Sichuan's figure is the province's, reported there
    ("how many works were registered in Chengdu city itself in 2018?", ""),
    # set AV: a sum in yuan no statement gives
    ("what export value in yuan did Zhao Xiuling give for 2021?", ""),
    # sets AX and AY: someone before a person in a post; a continent none of whose countries
    # is on record; the post itself, not its assistant's
    ("who headed the WIPO Office in China before Liu Hua?", ""),
    ("which South American countries sent delegates to the Chengdu forum?", ""),
    ("who is the actual director of the Turin law department Cogo teaches at?", "itself"),
    # an organizer named as the speakers' body: none of its people lectured there
    ("which NCAC officials lectured at the Xiamen training?", "no speaker"),
    # a part of a continent none of whose countries is on record
    ("which West African countries were represented at the Chengdu forum?", "West Africa"),
    # a person named in a scene with words none of his talks holds
    ("Scot Morris talked about football - which organisation is he with?", "football"),
    # set AZ: the thing asked for ("which media outlet") must be on record
    ("which media outlet conducted the NCAC interview on copyright cooperation?", "outlet"),
    # a place asked of a body is not where its people spoke
    ("is MCSC based in Beijing?", "beijing"),
    # sets BD and BE: no one from a country at an event, nor anyone who gave the interview,
    # is named
    ("who represented Russia at the Chengdu forum?", "russia"),
    ("who from NCAC was interviewed about copyright cooperation?", "no fact on record"),
    # learning sets 35 to 37: someone over a person is not that person; the topic of a talk
    # must be the speaker's own words, not the name of his body; "finally" matters
    (
        "Who headed the NCAC Copyright Department during the Xiamen training (Zhao's boss)?",
        "no fact",
    ),
    ("Which of the Xiamen lecturers gave the talk on film and television rights?", "film"),
    ("Which country finally ratified the Beijing Treaty?", "nothing"),
    ("Scot Morris talked about football. Which organisation is he with?", "football"),
    # set BG: a country is never a word the closest facts may miss; a body's spokesperson
    # is a person, not the body
    ("which finnish CMO was at chengdu", "finland"),
    ("NCAC spokesperson who gave the interview - name?", "who gave the interview"),
    # promoting a treaty's ratification is not ratifying it
    ("Did China ratify the Marrakesh Treaty?", "china"),
    # a count of people who attended is no count of the provinces they came from
    ("how many provinces sent officials to the Shanghai training?", "number"),
    # a word a fact holds only in a body's name ("Images Copyright Society") is not its own
    ("Who is credited for the image in the roundtable article?", "credited"),
    # a kind of organization asked that none of his or her posts is at
    ("Which university does Gao Hang teach at?", "no post of"),
    # a governor is no government official ("governor" is not "government")
    ("Who was Sichuan's governor at the Chengdu forum?", "governor"),
    # how many countries came: the article lists some "such as"; no count is on record
    ("how many countries came to the Chengdu forum in all", "no count"),
    # a record label is a record company, not a company whose lecture covered music
    ("which record labels lectured at the Xiamen training", "record"),
    # two questions, one of which no fact answers: half is no answer
    ("What was MCSC's revenue in 2024? Who is the CEO of Tencent?", ""),
    # the articles count China's treaties but do not name them
    ("Which copyright treaties has China joined?", "only how many"),
    ("name the treaties china has ratified", "only how many"),
    # "how many are there" counts nothing named
    ("China: how many are there?", ""),
    # an apposition no fact of hers holds is not who she is
    ("Gao Hang, the Italian professor, where does she work?", "italy"),
    # a person set aside by title and name: someone else, whom no fact names
    ("Who chairs MCSC (not the vice chairman Liu Ping)?", ""),
    # an instrument's profile says nothing of its ratification by China
    ("Has China ratified the Beijing Treaty?", "says so"),
    # a group among those who came: no count of it
    ("How many of the Xiamen trainees were foreigners?", "one group"),
    ("at the Xiamen training how many participants were journalists", "one group"),
    # guests are not the speakers the article names: no speakers' count for them
    ("how many guests spoke at the chengdu forum?", "number"),
    # one of several groups a count is of: no count of it alone
    ("how many participants from publishing houses attended the xiamen training?", "one group"),
    # the article gives no "Ms." or "Mr." for the Chengdu speakers
    ("which women spoke at chengdu", "no Ms. or Mr."),
    # a fact that misses the thing asked for (a hotel, finer than any place held) is no
    # closest answer
    ("Liu Hua turns up at which events in these stories - name the hotels", ""),
    # who lectured on a subject the article lists for all the lectures: it names no one
    ("Which of the Xiamen lecturers spoke on alternative dispute resolution?", ""),
    # a body of a country that the article names only by country
    ("Which Finnish collecting society was represented at the Chengdu forum?", ""),
    # an abbreviation no record expands
    ("Guan Rui is with Wings Media of SMG - what does SMG stand for?", "no fuller name"),
    # a person asked "on the WIPO side": the memorandum names no signatory
    ("Who signed the WIPO-NCAC MoU on bilateral cooperation on the WIPO side?", ""),
    # a count asked "not 'more than 100'": the article gives no other
    (
        "Exactly how many came to the Shanghai training? Not 'more than 100', the real number",
        "sets aside",
    ),
    # growth of a body with several growth figures: which one is not said
    ("how much has MCSC grown?", "several growth figures"),
    # what is planned is not done: no date for it is on record
    ("when is the revision of the CMO regulations supposed to be done?", ""),
]


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        *_LEARN,
        *_LEARN_2,
        *_LEARN_3,
        *_LEARN_AA,
        *_LEARN_AB,
        *_LEARN_AC,
        *_LEARN_AD,
        *_LEARN_AE,
        *_LEARN_AF,
        *_LEARN_AG,
        *_LEARN_AH,
        *_LEARN_AI,
        *_LEARN_AJ,
        *_LEARN_AK,
        *_LEARN_AL,
        *_LEARN_AM,
        *_LEARN_AN,
        *_LEARN_AO,
        *_LEARN_AP,
        *_LEARN_AQ,
        *_LEARN_AR,
        *_LEARN_AS,
        *_LEARN_AT,
        *_LEARN_AU,
        *_LEARN_AV,
        *_LEARN_AW,
        *_LEARN_AX,
        *_LEARN_AY,
    ],
)
def test_rewordings_the_learning_sets_and_set_x_taught_are_read(question: str, wanted: str) -> None:
    """One of my own phrasings of each thing the learning sets and held-out set X taught."""
    from cfacts.finding.answer import respond

    reply = respond(_REAL, question)
    assert any(wanted in line.text for line in reply.lines), [x.text for x in reply.lines]


@pytest.mark.parametrize(("question", "wanted"), _MANY_PARTS)
def test_a_question_asking_several_figures_gets_every_one(
    question: str, wanted: tuple[str, ...]
) -> None:
    """Half an answer to a question asking several things is a wrong answer: each is given."""
    from cfacts.finding.answer import respond

    texts = [line.text for line in respond(_REAL, question).lines]
    assert all(any(w in t for t in texts) for w in wanted), texts


def test_a_yes_is_never_put_on_a_fact_that_misses_a_year_the_question_states() -> None:
    """"Liu Hua spoke at the 2021 Xiamen training - did she attend the 2023 Shanghai one
    too?" had been "Yes (our reading)" on her Xiamen talk alone (a 2021 fact for a 2023
    question): a "Yes" must bear out every number stated (`_numbers_borne`)."""
    from cfacts.finding.answer import respond

    question = (
        "Liu Hua spoke at the 2021 Xiamen training - did she attend the 2023 Shanghai one too?"
    )
    lines = respond(_REAL, question).lines
    assert all(not x.text.startswith("Yes") or "2023" in x.text for x in lines), lines
    assert lines and "Shanghai" in lines[0].text, lines  # the event asked, not the scene's


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # a way said the other way of the same thing ("below", "going up")
        ("is China's copyright sector's contribution under the global average?", 'says "above"'),
        ("Did Scot Morris say newspaper and book income was growing?", "declining"),
        ("Scot Morris said digital and streaming revenue rises, right?", "Yes (our reading)"),
        # what drives a change ("thanks to digital") is not what changes
        ("The Australian collecting society guy said traditional media income is going up "
         "thanks to digital, yes?", 'says "declining", not "going up"'),
        # "spending less" is a way things move, whatever its verb
        ("did Zhang Yilin say film budgets are going up with the demand for music?",
         'says "spending less", not "going up"'),
        ("Are film productions spending more on music, per Zhang Yilin?", 'not "spending more"'),
        # what a claim names as the biggest, when the fact names another
        ("Jia Ding said copyright trolls are the greatest threat, correct?", "Platforms such as"),
        # a number stated that the fact says otherwise of
        ("WIPO and China marked the 45th anniversary of their partnership in 2023, right?", "50th"),
        ("Is it true that China had joined seven copyright treaties by 2019?", "No (our reading"),
        ("was the WIPO-NCAC memorandum of cooperation signed in 2016?", "2015, not 2016"),
        ("the MCSC took in 477 million yuan in 2024, up 20% on the year - check", "No, not 20%"),
        # a bound a figure of its own falls short of is not borne out
        ("Zhou Qing said Sichuan's copyright trading topped a billion yuan in 2018, right?",
         "Not borne out (our reading: it says more than 100 million, not topped a billion)"),
        # a bound, not a number to match: judged by the comparison
        ("did copyright registrations pass 5 million in 2024?", "Yes"),
        # "the two years" compared is no count claimed
        ("Between the two years, was the GDP share higher in 2023 than 2021?", "Yes"),
        # the person named, their title and their university
        ("I have Liu Ping down as CAVCA's speaker at the Beijing roundtable - right, and who "
         "spoke for CAVCA?", "No (our reading"),
        ("My notes call Gao Hang a WIPO Deputy Director General. Is that her title at the "
         "Shanghai training?", 'not "deputy director general"'),
        ("so Zhao Xiuling, director general of NCAC's copyright department?", "Deputy Director"),
        ("Zhao Xiuling is deputy director general at the NCAC copyright department?", "Yes"),
        ("Benjamin Ng, CISAC's Asia Pacific regional director - right?", "Yes"),
        ("Alessandro Enrico Cogo teaches law at the University of Bologna, right?", "Turin"),
        ("Stephanie Carre works at the university of Strasburg, yes?", "Yes"),
    ],
)
def test_a_yes_or_no_claim_gets_the_verdict_its_facts_bear_out(question: str, verdict: str) -> None:
    """Claims the held-out sets' stricter scoring (a "Yes" where the set says "No" is
    wrong) showed were answered "Yes": each in my own words, with the verdict's first line."""
    from cfacts.finding.answer import respond

    lines = respond(_REAL, question).lines
    assert lines and verdict in lines[0].text, [x.text for x in lines]


_REFUSE_17 = [
    # a claim of who organized an event that claims something more: not borne out by them
    (
        "The Xiamen training run by NCAC and WIPO launched the WIPO Lex database, right?",
        "nothing it holds",
    ),
    (
        "the 2012 conference China and WIPO organised produced the Marrakesh Treaty, didn't it?",
        "marrakesh",
    ),
    # the names of a counted set, however the count is put before them
    ("the 8 treaties China is party to, I need their names", "only how many"),
    ("Which ones exactly are the 29 countries that ratified the Beijing Treaty?", "only how many"),
    ("what were the eight copyright treaties China joined by 2019?", "only how many"),
]


@pytest.mark.parametrize(
    ("question", "why"),
    [
        *_REFUSE_LEARN,
        *_REFUSE_X,
        *_REFUSE_3,
        *_REFUSE_4,
        *_REFUSE_5,
        *_REFUSE_6,
        *_REFUSE_7,
        *_REFUSE_8,
        *_REFUSE_9,
        *_REFUSE_10,
        *_REFUSE_11,
        *_REFUSE_12,
        *_REFUSE_13,
        *_REFUSE_14,
        *_REFUSE_15,
        *_REFUSE_16,
        *_REFUSE_17,
    ],
)
def test_what_the_learning_sets_and_set_x_taught_to_refuse(question: str, why: str) -> None:
    from cfacts.finding.answer import respond

    reply = respond(_REAL, question)
    assert not reply.lines and why in " ".join(reply.cues), reply.cues


def test_a_title_asked_of_who_held_it_is_never_answered_with_a_deputy() -> None:
    """"Who was WIPO's Director General when ..." read by its closest words had put Sylvie
    Forbin, a Deputy Director General, first: a rank the question does not state rules her
    out."""
    from cfacts.finding.answer import respond

    question = (
        "Who was WIPO's Director General when the Beijing Treaty was concluded, the one who"
        " called it a milestone?"
    )
    texts = [line.text for line in respond(_REAL, question).lines]
    assert texts and all("Forbin" not in t for t in texts) and "Francis Gurry" in texts[0]


@pytest.mark.parametrize(
    "question",
    ["Zhou Qing - title in english", "Guan Rui's title, as rendered in English?"],
)
def test_a_question_that_states_nothing_gets_no_verdict(question: str) -> None:
    """A title asked "in English" states nothing to check: no "No" (it had been read as a
    check of where the person works)."""
    from cfacts.finding.answer import respond

    texts = [line.text for line in respond(_REAL, question).lines]
    assert texts and not any(t.startswith(("No", "Yes")) for t in texts), texts


@pytest.mark.parametrize(
    "question", ["zhao xiu xiu ling ling", "zhao xiu ling copywright title", "yu ci ke ci ke"]
)
def test_a_given_name_written_in_two_is_read_again_without_error(question: str) -> None:
    """A given name joined into one word shortens the question: reading it again with its
    misspellings put right compares the joined words (this once raised a ValueError)."""
    from cfacts.finding.answer import respond

    reply = respond(_REAL, question)
    assert reply.lines or reply.cues


@pytest.mark.parametrize(
    "question",
    ["who mentioned blockchain", "what did MCSC earn in 2024", "who is Ne Zha 2's director"],
)
def test_a_concise_answer_skips_the_cards_and_keeps_everything_else(question: str) -> None:
    """The table shows the facts, not the cards behind them (start-up): without cards the
    outcome is the same but for its results."""
    from cfacts.finding.dispatch import Request, answer

    full = answer(Request("ask", question), _REAL)
    concise = answer(Request("ask", question, cards=False), _REAL)
    assert concise.results == ()
    assert (concise.answer, concise.understood, concise.tries) == (
        full.answer,
        full.understood,
        full.tries,
    )


def test_a_speaker_set_aside_by_title_is_left_out() -> None:
    """ "Other than the WIPO division director" sets Gao Hang aside by her post."""
    from cfacts.finding.answer import respond

    reply = respond(_REAL, "list the Shanghai lecturers other than the WIPO division director")
    texts = " ".join(line.text for line in reply.lines)
    assert "Zhang Fan" in texts and "Gao Hang" not in texts


def test_countries_are_those_the_article_says_sent_whom_it_asks_for() -> None:
    """The article names some countries for their officials and others for their CMOs."""
    from cfacts.finding.answer import respond

    officials = respond(_REAL, "which countries sent copyright officials to the Chengdu forum")
    texts = " ".join(line.text for line in officials.lines)
    assert "Kazakhstan" in texts and "Nepal" in texts
    assert "Finland" not in texts and "Australia" not in texts
    cmos = respond(
        _REAL, "which countries' collective management organizations were at the Chengdu forum"
    )
    texts = " ".join(line.text for line in cmos.lines)
    assert "Finland" in texts and "Australia" in texts and "Nepal" not in texts


def test_in_force_now_is_answered_as_of_the_latest_step_on_record() -> None:
    """No fact says the treaty is in force today: the verdict names when it was not yet."""
    from cfacts.finding.answer import respond

    reply = respond(_REAL, "is the Beijing Treaty in force today?")
    assert reply.lines[0].text.startswith("No, not as of December 2019 (our reading:")
    assert "no later step" in reply.lines[0].text


def test_a_record_set_aside_with_beside_is_not_given() -> None:
    from cfacts.finding.answer import respond

    reply = respond(_REAL, "Beside RCEP, which free trade agreements did China negotiate?")
    assert reply.lines and not any("RCEP" in line.text for line in reply.lines)


@pytest.mark.parametrize(
    "question",
    ["did MCSC membership climb past 20,000 in 2024", "Did CAVCA take in over 5 billion in 2024?"],
)
def test_a_figure_that_cannot_tell_is_never_read_as_yes(question: str) -> None:
    """A hedged figure ("more than 14,000") that cannot tell whether it passed the mark asked
    gets no "Yes (our reading)" for holding the question's words."""
    from cfacts.finding.answer import respond

    texts = [line.text for line in respond(_REAL, question).lines]
    assert texts and not any(t.startswith("Yes") for t in texts), texts
    assert any("cannot tell" in t for t in texts), texts


def test_a_figure_stated_is_never_affirmed_for_words_a_summary_holds() -> None:
    """A talk's summary holds "5.1 billion", "karaoke" and "alone", but not as the claim puts
    them: a figure stated is checked against its statistic, never "Yes" for its words."""
    from cfacts.finding.answer import respond

    claim = "CAVCA took 5.1 billion from karaoke alone, right?"
    texts = [x.text for x in respond(_REAL, claim).lines]
    assert not any(t.startswith("Yes") for t in texts), texts


def test_women_asked_for_are_those_the_article_calls_ms() -> None:
    """ "Which women spoke" lists the speakers the article calls "Ms.", no "Mr."."""
    from cfacts.finding.answer import respond

    texts = " ".join(
        line.text for line in respond(_REAL, "which women spoke at the roundtable?").lines
    )
    assert "Wang Ying" in texts and "Shi Wenxia" in texts
    assert "Guan Jun" not in texts and "Liu Ping" not in texts


def test_who_else_spoke_leaves_out_the_person_named() -> None:
    """ "X spoke at Y; who else spoke" lists the others only."""
    from cfacts.finding.answer import respond

    texts = " ".join(
        line.text for line in respond(_REAL, "Jiang Bo spoke at Chengdu; who else spoke?").lines
    )
    assert "Scot Morris" in texts and "Jiang Bo" not in texts


def test_a_figure_stated_to_work_from_gets_no_verdict() -> None:
    """ "X was over 130m - what share of the 477m total is that?" states figures to work from:
    no "Yes" or "No" is given on either."""
    from cfacts.finding.answer import respond

    question = (
        "MCSC's live and background music revenue was over 130m - what share of the 477m is that?"
    )
    texts = [line.text for line in respond(_REAL, question).lines]
    assert not any(t.startswith(("Yes", "No")) for t in texts), texts


def test_every_figure_of_a_body_is_given_for_its_figures() -> None:
    """ "MCSC's 2024 figures?" lists each of its 2024 figures, not one of them."""
    from cfacts.finding.answer import respond

    texts = " ".join(line.text for line in respond(_REAL, "MCSC's 2024 figures?").lines)
    assert "477 million" in texts and "14,000" in texts and "27%" in texts


@pytest.mark.parametrize(
    "question", ["Was MCSC's 2024 revenue reported on March 13?", "Did CAVCA report on Mar. 13?"]
)
def test_a_day_after_a_month_is_never_a_figure_checked(question: str) -> None:
    """ "On March 13" dates a report; it states no figure ("No, not 13 yuan" once)."""
    from cfacts.finding.answer import respond

    reply = respond(_REAL, question)
    assert not any(line.text.startswith("No, not 13") for line in reply.lines), reply.lines


@pytest.mark.parametrize(
    "question",
    [
        # a place named before a remark, its "in" only in the remark: once an IndexError
        "dehua, the wipo case study town, that's in zhejiang right",
        "dehua, that's the case study place?",
        # a scene before "?," whose positions ran past the words: once an IndexError
        "Zhao said exports are a steady share of goods exports. Confirm the percentage?, that's"
        " in shanghai right",
    ],
)
def test_a_question_that_once_crashed_is_answered_or_refused(
    invoke: Callable[..., Result], question: str
) -> None:
    result = invoke("ask", question, "--json")
    assert result.exit_code in (0, 1), result.stderr
    assert "Traceback" not in result.stderr
    json.loads(result.stdout)


def _recombined(seed: int, count: int) -> list[str]:
    """Questions made from the question sets' own: halves of two joined, words shuffled or
    dropped, a tag or a remark added, two joined by "and", "or", "vs", "as well as"."""
    import random

    asked = [
        entry["question"]
        for pattern in ("ask_heldout_*.toml", "ask_learn_*.toml")
        for path in sorted(DATA.glob(pattern))
        for entry in tomli.loads(path.read_text("utf-8"))["question"]
    ]
    rnd = random.Random(seed)
    tags = ["right?", "that's in shanghai right", "i think it was 2019", "isn't it?", "- ok?"]
    made: list[str] = []
    for k in range(count):
        a, b = rnd.choice(asked), rnd.choice(asked)
        wa, wb = a.split(), b.split()
        shuffled = wa[:]
        rnd.shuffle(shuffled)
        made.append(
            [
                " ".join(wa[: len(wa) // 2] + wb[len(wb) // 2 :]),
                " ".join(shuffled),
                f"{a}, {rnd.choice(tags)}",
                " ".join(w for w in wa if rnd.random() > 0.3) or a,  # never empty: an
                # empty question is a usage error (`QueryError`), tested on its own
                f"{a.rstrip('?')} {rnd.choice(['and', 'or', 'vs', 'as well as'])} {b}",
            ][k % 5]
        )
    return made


def test_recombined_questions_never_crash() -> None:
    """Pieces of readers' questions put together anyhow are answered or refused, never a
    crash (two IndexErrors were found this way)."""
    from cfacts.finding.ask import ask

    for question in _recombined(seed=7, count=150):
        ask(_REAL, question)  # raises on a bug


@pytest.mark.parametrize(
    "question",
    [
        # a count of countries, which neither an event's profile nor its attendance is
        "How many Belt and Road nations took part in the Chengdu forum?",
        "how many Belt and Road countries were represented at the forum in Chengdu, in total?",
        # who came, asked with their name: nobody of that post is on record there
        "Did WIPO's director general attend the 2025 roundtable, and what is his name?",
    ],
)
def test_a_count_or_a_name_no_fact_gives_is_refused(question: str) -> None:
    """Blind set JL's "how many Belt and Road countries" had been the forum's profile and its
    headcount of people, and JM's "did WIPO's director general come ..., and what's his name?"
    the Director General's post in 2019, with exit 0."""
    from cfacts.finding.answer import respond

    assert respond(_REAL, question).lines == ()


@pytest.mark.parametrize(
    ("question", "held"),
    [
        # an amount and its rate asked together
        ("2023 copyright added value: how much, and how fast did it grow?", ["9.38", "4.52"]),
        ("copyright industry value added 2023: how much? growth?", ["9.38", "4.52"]),
        # a count confirmed, with the count the article gives beside it
        ("nearly 800 record companies in CAVCA - correct?", ["Yes", "1,600"]),
        # a figure that cannot settle the claim, with the sum it is part of
        ("did CAVCA take over 5 billion yuan from karaoke alone in 2024?", ["5.1 billion"]),
        # a tag's "also" asks no side event
        ("who organised the 2023 shanghai training? NCAC only or WIPO also", ["NCAC", "WIPO"]),
    ],
)
def test_figures_and_bodies_asked_together_are_all_given(question: str, held: list[str]) -> None:
    """Blind sets JJ and JN had half of what these ask (the growth without the amount, a
    count without its neighbour, the mobilization meeting for who organized a training)."""
    from cfacts.finding.answer import respond

    said = " ".join(x.text for x in respond(_REAL, question).lines)
    assert all(h in said for h in held), said


@pytest.mark.parametrize(
    ("question", "held"),
    [
        ("when was the Xiamen training ah", "July 7"),
        ("Chengdu forum held in Shanghai izzit", "No (our reading"),
        ("MCSC revenue 2024 how much lah", "477 million"),
        ("how many pax at the roundtable", "More than 20"),
        ("Zhao Xiuling at Chengdu forum and Xiamen training both or not", "Yes"),
    ],
)
def test_singapore_english_particles_ask_nothing(question: str, held: str) -> None:
    """Blind set JJ, typed in Singapore English, was refused for its particles ("what date
    ah", "held in Beijing izzit", "or not"): they ask nothing, or ask to be told yes."""
    from cfacts.finding.answer import respond

    said = " ".join(x.text for x in respond(_REAL, question).lines)
    assert held in said, said


@pytest.mark.parametrize(
    ("question", "held", "not_held"),
    [
        # a bare rate in a list is the rate of the figure before it, not another's
        ("MCSC 2024: total licensing revenue, year-on-year increase, members?", "11%", "27%"),
        # a bound the facts given do not speak to leaves them without a verdict
        ("Zhou Qing said Sichuan's copyright trading passed a billion yuan in 2018, with "
         "170,000 works registered, right?", "170,000", "Yes"),
    ],
)
def test_each_figure_answers_what_its_words_ask(question: str, held: str, not_held: str) -> None:
    """Blind sets JO and JR: a list's "year-on-year increase" had been MCSC's database
    growth, and "topped a billion yuan, with 170,000 works" a "Yes" on the works alone."""
    from cfacts.finding.answer import respond

    said = " ".join(x.text for x in respond(_REAL, question).lines)
    assert held in said and not_held not in said, said


def test_a_count_written_with_a_hash_sign_is_a_count() -> None:
    """Blind set JQ's "total # countries represented?" had listed three countries."""
    from cfacts.finding.answer import respond

    assert respond(_REAL, "Chengdu forum: total # of countries represented?").lines == ()


def test_what_the_one_asking_does_before_so_asks_nothing() -> None:
    """Blind set JO: "For our M&E framework we track reach, so roughly how many people took
    part ..., and how many days ...?" had been half answered (the days alone)."""
    from cfacts.finding.answer import respond

    question = (
        "We are compiling an annual report, so about how many people took part in the 2023 "
        "Shanghai training, and how many days did it last?"
    )
    said = " ".join(x.text for x in respond(_REAL, question).lines)
    assert "More than 100" in said and "October 16 to 18" in said, said


def test_a_claim_naming_two_figures_gets_both() -> None:
    """"Zhou Qing said Sichuan's copyright trading topped a billion yuan in 2018, with 170,000
    works registered. Right?" had been answered with the works alone, without a verdict: each
    figure the claim names by its label comes, the one that does not bear it out first."""
    from cfacts.finding.answer import respond

    question = (
        "Zhou Qing said Sichuan's copyright trading topped a billion yuan in 2018, with 170,000 "
        "works registered. Right?"
    )
    lines = respond(_REAL, question).lines
    assert {"sichuan-copyright-trading-2018", "sichuan-works-registered-2018"} <= {
        x.id for x in lines
    }, lines
    assert lines[0].text.startswith("Not borne out"), lines[0]
    assert not any(x.text.startswith("Yes") for x in lines), lines


@pytest.mark.parametrize(
    "question",
    [
        "Besides RCEP, China was negotiating FTAs with Australia, South Korea and who else?",
        "China negotiated FTAs with Australia, South Korea and who else?",
    ],
)
def test_who_else_after_a_list_answers_the_rest_first(question: str) -> None:
    """"FTAs with Australia, South Korea and who else?" had been read as "FTAs with
    Australia?" and answered with the Australia agreement: the names listed are set aside."""
    from cfacts.finding.answer import respond

    lines = respond(_REAL, question).lines
    assert lines and lines[0].id == "china-eaeu-fta", lines


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        # the conference our summary says adopted the treaty, of the two the word names
        ("At what conference was the Beijing Treaty adopted?", {"diplomatic-conference-2012"}),
        # three questions in one: each part answered
        (
            "On the Beijing Treaty on Audiovisual Performances - when and at what conference "
            "was it adopted, and how long had it been since WIPO's previous international "
            "copyright-related agreement?",
            {
                "beijing-treaty-first-in-20-years",
                "beijing-treaty-concluded-2012",
                "diplomatic-conference-2012",
            },
        ),
        # a clerk's "co-org w/?": who organized it with the body named
        (
            "Dip Conf on Protection of AV Performances - when + co-org w/?",
            {"diplomatic-conference-2012"},
        ),
        # two people described by place and title, one with a word only one fact holds
        (
            "Among the foreign experts invited to Shanghai in 2023 there was an Italian law "
            "professor and a French academic - which universities were they from?",
            {
                "alessandro-enrico-cogo-at-shanghai-training-2023",
                "stephanie-carre-at-shanghai-training-2023",
            },
        ),
    ],
)
def test_each_part_asked_is_answered(question: str, ids: set[str]) -> None:
    """Questions whose parts had been half answered (JO, JQ): every fact asked comes."""
    from cfacts.finding.answer import respond

    lines = respond(_REAL, question).lines
    assert ids <= {x.id for x in lines}, lines


def test_a_co_organizer_asked_in_shorthand_is_named() -> None:
    """"when + co-org w/?" had been answered with the date alone."""
    from cfacts.finding.answer import respond

    question = "Dip Conf on Protection of AV Performances - when + co-org w/?"
    text = " ".join(x.text for x in respond(_REAL, question).lines)
    assert "June 2012" in text and "China organized" in text and "WIPO" in text, text


def test_a_described_person_no_fact_fits_is_refused() -> None:
    """"an Italian law professor and a French economist": no economist is on record."""
    from cfacts.finding.answer import respond

    question = (
        "an Italian law professor and a French economist lectured in Shanghai - which "
        "universities?"
    )
    assert respond(_REAL, question).lines == ()


def test_a_milestone_our_summary_credits_to_a_speaker_is_among_their_statements() -> None:
    """"What did Ms. Forbin say was needed for the Beijing Treaty to enter into force?" had
    been answered with her hope alone: the milestone our summary says she reported (one more
    country) is hers too."""
    from cfacts.finding.answer import respond

    question = "What did Ms. Forbin say was needed for the Beijing Treaty to enter into force?"
    lines = respond(_REAL, question).lines
    assert "beijing-treaty-one-short-of-entry-into-force" in {x.id for x in lines}, lines


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        # a clerk's shorthand: "cprt", "val", "tn", "intvw", "re", "=", ">", "mo/yr", "vs"
        ("CN cprt ind added val 2021 RMB tn + % of GDP", "8.48 trillion"),
        ("# intl cprt treaties CN ratified/acceded per NCAC intvw", "8 treaties"),
        ("Wen Huasheng proposal re AI music?", "labeling"),
        ("Xi instr @ Central Conf on Work Relating to Foreign Affairs - mo/yr?", "November 2014"),
        ("RAN Handong vs Geoff Hussey - which firms each", "AA Thornton"),
        ("Gurry quote on Beijing Treaty?", "milestone"),
        ("MCSC revenue >400 mn in 2024?", "Yes"),
        # a name, a dash and a topic: what that person said about it
        ("Wang Ying ICSC - AI effect on photog mkt?", "photography"),
    ],
)
def test_shorthand_is_read(question: str, wanted: str) -> None:
    """Questions of a clerk's blind set (JQ) that had been refused for their shorthand."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "question",
    [
        # an abbreviation typed in capitals is never read with another first letter
        "What was ICSC's revenue in 2024?",
        # a name and a topic no statement of theirs holds
        "Wang Ying ICSC - favourite food?",
    ],
)
def test_shorthand_that_names_nothing_on_record_is_refused(question: str) -> None:
    from cfacts.finding.answer import respond

    assert respond(_REAL, question).lines == ()


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # a year no fact bears out, where the same claim with a year the facts hold reads Yes
        ("Per Liu Hua, WIPO and NCAC signed their Memorandum of Cooperation in 2012?",
         "No (our reading: that dates from 2015, not 2012)"),  # its signing, by its step
        ("Did Liu Hua attend the 2024 roundtable?", "No (our reading: 2025, not 2024)"),
        # a body not the person's, where the same claim of their own body reads Yes
        ("Benjamin Ng lectured at Xiamen on behalf of WIPO, correct?",
         "No (our reading: CISAC, not WIPO)"),
        # a year of what was said, in a statement's own words
        ("Did Liu Hua say WIPO and NCAC signed their Memorandum of Cooperation in 2015?",
         "Yes (our reading)"),
        # "Guan Jun's 9.38 trillion": a name and a figure, no month and day
        ("Guan Jun's 9.38 trillion yuan added value - that's the 2023 number, right?", "Yes"),
    ],
)
def test_a_claim_is_checked_against_the_fact_it_gets_wrong(question: str, verdict: str) -> None:
    """False-premise checks of blind sets (JN, JS) that had been refused."""
    from cfacts.finding.answer import respond

    lines = respond(_REAL, question).lines
    assert lines and lines[0].text.startswith(verdict), lines


def test_a_claim_of_an_act_no_fact_states_is_refused_whatever_its_year() -> None:
    """"Did China join the Beijing Treaty in 2014?" had been answered with the treaty's
    profile (its words "join the" heard as "Chengdu"); no fact says China joined it."""
    from cfacts.finding.answer import respond

    assert respond(_REAL, "Did China join the Beijing Treaty in 2014?").lines == ()
    # had been "Yes (our reading)" on Forbin's talk, which names China in one sentence and
    # the countries that ratified the treaty in another
    assert respond(_REAL, "Did China join the Beijing Treaty in 2019?").lines == ()
    assert respond(_REAL, "Did China ratify the Beijing Treaty in 2019?").lines == ()


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        ("which came first, the overseas risk prevention training in Xiamen or the one in "
         "Shanghai?", ["xiamen-training-2021", "shanghai-training-2023"]),
        ("which came first, the beijing treaty diplomatic conference or WIPO and NCAC signing "
         "their memorandum of cooperation?",
         ["beijing-treaty-concluded-2012", "wipo-ncac-memorandum-of-cooperation-signed"]),
        ("Which happened later, the Chengdu forum or the Xiamen training?",
         ["xiamen-training-2021", "chengdu-forum-2019"]),
    ],
)
def test_which_came_first_gives_each_date_in_order(question: str, ids: list[str]) -> None:
    """"Which came first, A or B?" (JS, JK) had been refused: each one's dated fact, the
    one asked for first, labelled as our comparison."""
    from cfacts.finding.answer import respond

    lines = respond(_REAL, question).lines
    assert [x.id for x in lines] == ids, lines
    assert "(our comparison of the dates on record)" in lines[0].text


def test_which_came_first_of_two_people_is_refused() -> None:
    from cfacts.finding.answer import respond

    assert respond(_REAL, "which came first, Liu Hua or Gao Hang?").lines == ()


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Ilan po yung total copyright registrations in China in 2024 according to Guan Jun?",
         "10 million"),
        ("Ano po yung membership of CAVCA as stated by Mr. Zhou Yaping?", "800"),
        ("Where and when was the Belt and Road International Forum on Copyright held po?",
         "December 2 to 4, 2019"),
        ("Kailan po exactly ginanap yung International Copyright Training 2021 in Xiamen?",
         "July 7 to 9, 2021"),
        ("Totoo ba that the CWWCS copyright licensing revenue in 2024 exceeded 20 million yuan?",
         "Yes"),
    ],
)
def test_taglish_particles_and_question_words_are_read(question: str, wanted: str) -> None:
    """A Filipino reader's "po", "ba", "yung", "ano", "ilan", "kailan", "totoo ba" (JP)."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("How many years after the Beijing Treaty conference did NCAC and WIPO sign the "
         "memorandum of cooperation?", "3 years (our calculation from the years on record, "
         "2012 to 2015)"),
        ("How many years between the Xiamen training and the Shanghai training?", "2 years"),
        ("How long between the Chengdu forum and the 2025 roundtable?", "6 years"),
    ],
)
def test_years_between_two_dated_things_are_our_calculation(question: str, wanted: str) -> None:
    """An archivist's "how many years after A did B" (JK) had been refused."""
    from cfacts.finding.answer import respond

    lines = respond(_REAL, question).lines
    assert lines and lines[0].text.startswith(wanted), lines


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # a figure stated with a question mark and no verb is a claim to check
        ("copyright industry at 7.53 percent of GDP in 2017?", "No, not 7.53%"),
        ("The 2017 number -- copyright industry at 7.53 percent of GDP?", "No, not 7.53%"),
        ("2023 cprt ind added val y/y growth 7.44%?", "No, not 7.44%"),
        # a year a scene's claim gets wrong, the right one among the years on record
        ("The Shanghai piece invoked Xi Jinping's instruction at the Central Conference on Work "
         "Relating to Foreign Affairs. That conference was in 2018, wasn't it?",
         "No (our reading: 2014, not 2018)"),
    ],
)
def test_a_figure_or_year_stated_is_checked(question: str, verdict: str) -> None:
    """Claims of the retired journalist's and the clerk's sets (JR, JQ) that had been
    refused."""
    from cfacts.finding.answer import respond

    lines = respond(_REAL, question).lines
    assert lines and lines[0].text.startswith(verdict), lines


def test_the_topic_of_a_person_is_their_talks_not_their_post() -> None:
    """"What was the topic of Gao Hang?" had been answered with her post."""
    from cfacts.finding.answer import respond

    lines = respond(_REAL, "What was the topic of Gao Hang?").lines
    assert lines and lines[0].id == "gao-hang-at-shanghai-training-2023", lines
    assert respond(_REAL, "Which was the topic of Stephanie Carré?").lines == ()  # joint list


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("What was Liu Hua's title over those years?", "July 7, 2021"),
        ("Can you line up the copyright industry's GDP share figures by year from the earliest "
         "to the latest?", "7.35%"),
    ],
)
def test_every_one_on_record_is_asked_for(question: str, wanted: str) -> None:
    """"over those years", "line up", "from the earliest to the latest" (JK) had been left
    as words no fact holds."""
    text = _answered(question)
    assert wanted in text, text


def test_a_choice_offered_gets_the_fact_without_a_yes() -> None:
    """"Is 11% MCSC's revenue or its growth rate?" had been answered "Yes"; a tag ("yes or
    no") is no choice."""
    from cfacts.finding.answer import respond

    lines = respond(_REAL, "Is 11% MCSC's revenue or its growth rate?").lines
    assert lines and lines[0].id == "mcsc-licensing-revenue-growth-2024", lines
    assert not lines[0].text.startswith("Yes"), lines[0]
    tagged = respond(_REAL, "Was Liu Hua at the roundtable, yes or no?").lines
    assert tagged and tagged[0].text.startswith("Yes"), tagged


def test_a_no_is_never_followed_by_a_yes_on_the_same_line() -> None:
    """"a three-day thing in August" had read "No (our reading: ..., not August): Yes (our
    reading: three days): ..."."""
    from cfacts.finding.answer import respond

    question = "So the Xiamen training, that was a three-day thing in August, correct?"
    lines = respond(_REAL, question).lines
    assert lines and lines[0].text.startswith("No (our reading"), lines
    assert "Yes" not in lines[0].text, lines[0]


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        # an editor's terse forms (JV)
        ("Gurry on Beijing Treaty?", "milestone"),
        ("Xiamen participants?", "About 100"),
        ("WIPO NCAC memorandum year?", "2015"),
        ("Liu Hua WIPO DG?", "No, not as stated"),
        ("copyright 7.41% of GDP - that the 2023 number?", "No, not 7.41%"),
        # a podcast host's (JW): a second part without a subject of its own asks of the first
        ("The copyright industry added value in 2023 was 9.83 trillion yuan, right? And what "
         "was growth and GDP share?", "4.52%"),
        ("How did the Chengdu piece describe internet infringements these days - what were "
         "the characteristics?", "fragmentation"),
        # a currency's and a word's usual slips
        ("CAVCA made 5.1 billion yaun from karoke in 2024, right?", "Not as the article"),
    ],
)
def test_blind_set_readings_of_session_14(question: str, wanted: str) -> None:
    """Questions of the blind sets JT-JX (run once on 144d193) that were refused or wrong."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "question",
    [
        # a thing no post names, asked in a second-language word order
        "Which film was working Zhang Yilin when he speak about the shrinking budgets?",
        # "Does the NCAC interview say?" asks only whether the articles say the first part
        "Out of curiosity, what year did China actually join the Berne Convention? Does the "
        "NCAC interview say?",
    ],
)
def test_blind_set_questions_of_session_14_the_facts_cannot_answer(question: str) -> None:
    from cfacts.finding.answer import respond

    assert respond(_REAL, question).lines == ()


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Did Liu Hua's title change between the 2021 Xiamen training and the 2025 roundtable?",
         "No (our reading: the same post at each: Director, WIPO Office in China (WOC))"),
        ("Liu Hua seems to pop up everywhere - which of these events was she at, and was her "
         "title the same each time?", "Yes (our reading: the same post at each"),
        ("Zhao Xiuling promoted or not between chengdu forum and xiamen 2021",
         "No (our reading: the same post at each: Deputy Director General"),
        # "pulled in ... guests" is a headcount, not revenue
        ("I heard the Chengdu forum pulled in something like 500 guests - is that right?",
         "No, not 500"),
    ],
)
def test_a_post_compared_across_events_and_a_headcount_pulled_in(
    question: str, verdict: str
) -> None:
    """Asked in five blind sets (JJ, JS, JU, JW, JX) and refused: whether a person's post
    changed between the events they appear at."""
    from cfacts.finding.answer import respond

    lines = respond(_REAL, question).lines
    assert lines and lines[0].text.startswith(verdict), lines


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Who actually kicked things off with the very first lecture at the Shanghai training, "
         "and what's her job at WIPO?", "Gao Hang"),
        ("Am I right that the Italian law professor they brought in for Shanghai, Alessandro "
         "Enrico Cogo, teaches at the University of Milan?", "Turin"),
        ("In 2017 the copyright industry was 7.35% of China's GDP - but what was the figure for "
         "the developed spots like Beijing, Shanghai and Shenzhen?", "between 9% and 12%"),
        ("I heard China's copyright registrations in 2024 blew past some huge number - what was "
         "it?", "10 million"),
        ("Walk me through how the copyright industry's share of China's GDP has moved over the "
         "years across these pieces.", "7.35% in 2017"),
        ("what did CAVCA bring in for 2024?", "5.1 billion"),  # still money
    ],
)
def test_a_podcast_hosts_idioms_are_read(question: str, wanted: str) -> None:
    """"kicked things off", "brought in" (of a professor), "spots", "blew past some huge
    number", "walk me through", "across these pieces" (JW) had been refused."""
    text = _answered(question)
    assert wanted in text, text


def test_a_bounded_count_is_checked_with_the_facts_own_bound() -> None:
    """"WIPO's first copyright agreement in more than 30 years, correct?" (JX) had been
    refused: the bound goes with the number, and the fact's own ("almost 20 years") is tried."""
    from cfacts.finding.answer import respond

    question = (
        "The Beijing Treaty was WIPO's first copyright agreement in more than 30 years, correct?"
    )
    lines = respond(_REAL, question).lines
    wanted = "No (our reading: almost 20 years, not more than 30"
    assert lines and lines[0].text.startswith(wanted), lines


def test_a_change_over_unnamed_years_gives_every_value_on_record() -> None:
    """"how the share of GDP has moved over the years across these pieces" (JW) had left out
    2021's 7.41% between the two ends."""
    from cfacts.finding.answer import respond

    question = (
        "Walk me through how the copyright industry's share of China's GDP has moved over the "
        "years across these pieces."
    )
    text = " ".join(x.text for x in respond(_REAL, question).lines)
    assert all(v in text for v in ("7.35%", "7.41%", "7.44%")), text


@pytest.mark.parametrize(
    "question",
    [
        # "promoted" is a treaty's ratification promoted here, no person's post
        "On which date did the Marrakesh Treaty, whose ratification WIPO and NCAC promoted "
        "according to Ms. Liu, enter into force for the People's Republic of China?",
    ],
)
def test_promoting_a_treaty_is_no_post_changed(question: str) -> None:
    from cfacts.finding.answer import respond

    assert respond(_REAL, question).lines == ()


@pytest.mark.parametrize(
    "question",
    [
        "Ms. Liu Hua of the WIPO Office in China seems to turn up everywhere! Across these "
        "articles, at which events in which cities is she reported as attending or speaking?",
        "In which city did Liu Hua speak?",
        "Liu Hua turns up at which events in these stories - name the cities",
        "Which events did Liu Hua attend, and in which cities?",
    ],
)
def test_the_cities_of_a_persons_events_are_where_they_spoke(question: str) -> None:
    """"in which cities is she reported as attending or speaking" (set IN, in the .ci/run on
    61565b4) had been answered with the one appearance whose summary says "attended" and
    "spoke"; "in which city did Liu Hua speak" with her office's city (none on record)."""
    from cfacts.finding.answer import respond

    text = " ".join(x.text for x in respond(_REAL, question).lines)
    assert all(city in text for city in ("Xiamen", "Shanghai", "Beijing")), text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        # WIPO holds what its China office holds; not the 50th anniversary of the partnership
        ("When and where did WIPO hold the roundtable about AI?", "March 13, 2025"),
        # "with all the AI talk" describes the roundtable; it is about AI
        ("When and where did the WIPO China Office hold that copyright roundtable with all "
         "the AI talk?", "Beijing"),
        # "bigwigs" are officials; "the whole lineup" is every speaker
        ("So who were the bigwigs who attended and addressed the opening of the Shanghai "
         "training? Give me the whole lineup.", "Wang Zhicheng"),
        # a growth figure without the years asked: the change of what it is the growth of
        ("Compare the added value of copyright industry in 2021 and in 2023, how much it grew?",
         "8.48 trillion yuan in 2021 to 9.38 trillion yuan in 2023"),
        # a date "in my notes" is a date to check
        ("Okay so, remind me - that 2023 copyright training on overseas risk in Shanghai, I've "
         "got October 6 scribbled in my notes, is that the right day?", "not October 6"),
        # "who were those groups": which groups, not which person
        ("WIPO said it'd help certain groups bring their creativity to market in China - who "
         "exactly were those groups again?", "women and young people"),
    ],
)
def test_refusals_of_sets_jw_and_ju_are_answered(question: str, wanted: str) -> None:
    """Questions of blind sets JU and JW refused after their one run, and one wrong answer
    found beside them ("when did WIPO hold the roundtable about AI": a 2023 milestone)."""
    text = _answered(question)
    assert wanted in text, text


def test_an_event_held_by_another_body_is_refused_with_who_held_it() -> None:
    """"When did NCAC hold the roundtable?" had been answered with NCAC's milestones."""
    from cfacts.finding.answer import respond

    reply = respond(_REAL, "When did NCAC hold the roundtable?")
    assert reply.lines == ()
    assert "held by WIPO Office in China" in " ".join(reply.cues), reply.cues


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # a part of a month is checked against the days on record
        ("The Chengdu forum was in early December 2019, right?", "Yes"),
        ("The Chengdu forum was in late December 2019, right?", "No (our reading: held December"),
        ("Was the Xiamen training in mid-July?", "No (our reading: held July 7 to 9, 2021"),
        ("Did the roundtable take place in mid-March 2025?", "Yes"),
        # a trailing aside in brackets belongs to the question before it
        ("Gao Hang = dir of WOC? (shanghai trng)", "No"),
        # "as I recall?" asks to have the statement checked
        ("Benjamin Ng lectured at Xiamen -- he was with IFPI, as I recall?", "No"),
        # a clause on who the person is does not make the statement a question who
        ("Jiang Bo, who spoke in Chengdu, is a VP at Alibaba?", "No"),
        ("the chengdu forum was held in chongqing right?", "No (our reading: the record puts"),
    ],
)
def test_a_fact_checkers_statements_get_a_verdict(question: str, verdict: str) -> None:
    """Statements of earlier blind sets (JN, JQ, JR) that had been refused, and "in early
    December", which had been read as a place no fact names ("No (our reading: the record
    puts it in Chengdu)"): a wrong answer with exit 0."""
    from cfacts.finding.answer import respond

    lines = respond(_REAL, question).lines
    assert lines and lines[0].text.startswith(verdict), lines


@pytest.mark.parametrize(
    "question", ["Who spoke at Chengdu, right?", "Who spoke at Chengdu, as I recall it?"]
)
def test_a_question_asking_who_with_a_tag_gets_no_yes(question: str) -> None:
    """A check tag on a question that asks who had put "Yes (our reading)" on its first
    speaker."""
    from cfacts.finding.answer import respond

    lines = respond(_REAL, question).lines
    assert lines and not any(x.text.startswith(("Yes", "No")) for x in lines), lines


def test_an_executive_at_a_body_is_any_post_there() -> None:
    """"Guan Rui is an executive at Wings Media" had been refused: no fact says
    "executive"."""
    from cfacts.finding.answer import respond

    lines = respond(_REAL, "Guan Rui is an executive at Wings Media, right?").lines
    assert lines and "Deputy General Manager" in lines[0].text, lines


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        # "concluded" dates the step the fact says was "adopted"; "Peking" is Beijing
        ("The Peking treaty on audiovisual performances was concluded at a 2014 diplomatic "
         "conference, yes?", "No (our reading: that dates from June 2012, not 2014)"),
        ("The Beijing Treaty was concluded in 2014, yes?", "No (our reading: that dates from"),
        # when a thing began, from the anniversary a fact dates
        ("If 2023 was the 50th anniversary of the WIPO China partnership, what year did that "
         "partnership begin?", "1973 (our calculation: its 50th anniversary was in 2023)"),
        ("When did the WIPO-China partnership begin?", "1973 (our calculation"),
        # two things named before "which came first?"
        ("Zhao Xiuling shows up at the Chengdu forum and at Xiamen, which came first?",
         "First (our comparison of the dates on record): The Belt and Road"),
    ],
)
def test_dates_checked_and_calculated_from_earlier_refusals(question: str, wanted: str) -> None:
    """Questions of blind sets JK and JL that had been refused."""
    from cfacts.finding.answer import respond

    lines = respond(_REAL, question).lines
    assert lines and lines[0].text.startswith(wanted), lines


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        # a texter's short forms
        ("hw many ppl went to the chengdu forum", "Nearly 200 people"),
        ("wen was the xiamen trainin", "July 7 to 9, 2021"),
        ("wats the gdp share 4 copyright in 2023", "7.44%"),
        # a clerk's "could you please indicate ..., as well as ...": both parts
        ("Could you please indicate the dates and venue of the 2023 training, as well as the "
         "organizations that hosted it?", "organized the 2023 Training"),
        ("Please provide the dates of the 2023 training as well as its organizers.",
         "World Intellectual Property Organization"),
    ],
)
def test_texting_and_formal_requests_are_read(question: str, wanted: str) -> None:
    text = _answered(question)
    assert wanted in text, text


def test_wen_before_a_name_is_still_the_person() -> None:
    """"wen was" is "when was"; "Wen Huasheng" stays a name."""
    from cfacts.finding.answer import respond

    lines = respond(_REAL, "What did Wen Huasheng propose?").lines
    assert lines and "Wen Huasheng" in lines[0].text, lines


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        # one of the bodies named did hold it: its date, not "held by ..."
        ("NCAC interview - when did China co-organise the diplomatic conference on audiovisual "
         "performances with WIPO?", "June 2012"),
        # words in brackets that say nothing of what is asked stay out of it
        ("how many record companies and sound recording producers are in CAVCA these days? "
         "(listeners will ask, trust me)", "nearly 800"),
        ("Is Mexico among the countries China has bilateral copyright dialogues with? (looking "
         "for Latin America links)", "Yes"),
    ],
)
def test_readings_kept_by_the_kept_sets(question: str, wanted: str) -> None:
    """Questions of kept sets (JE, learn 33 and 56) that this session's first readings of a
    body holding an event and of words in brackets had lost."""
    text = _answered(question)
    assert wanted in text, text


def test_was_she_promoted_in_between_asks_her_post_at_each() -> None:
    """"was she promoted in between" (set CR) had been refused."""
    from cfacts.finding.answer import respond

    question = (
        "Zhao Xiuling shows up both at the Chengdu forum and at Xiamen 2021 - what title did "
        "she have at each event, was she promoted in between?"
    )
    lines = respond(_REAL, question).lines
    assert lines and lines[0].text.startswith("No (our reading: the same post at each"), lines


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        # who worked for something: the bodies a statement says did
        ("Who promoted the ratification of the Marrakesh Treaty?", "WIPO and NCAC"),
        ("Who worked to promote the Marrakesh Treaty?", "WIPO and NCAC"),
        # "concluded" is what the fact says WIPO "produced"
        ("According to NCAC, what was the first copyright treaty WIPO concluded in 20 years?",
         "the Beijing Treaty was the first"),
    ],
)
def test_a_law_lecturers_questions_on_treaties(question: str, wanted: str) -> None:
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "question",
    [
        "who went to the roundtable",
        "who went to the roundtable thing in beijing",
        "who was at the roundtable in Beijing?",
    ],
)
def test_who_went_to_an_event_is_who_attended_it(question: str) -> None:
    """"who went to the roundtable" had been answered with MCSC's membership growth and a
    regulation (facts the full-text search found for "roundtable"): wrong, with exit 0."""
    from cfacts.finding.answer import respond

    lines = respond(_REAL, question).lines
    assert lines and all(x.kind == "appearance" for x in lines), lines
    assert "Liu Hua" in lines[0].text, lines


@pytest.mark.parametrize(
    "question",
    [
        "Has the copyright industry's share of GDP been falling?",
        "Has the GDP share declined?",
        "Has the copyright industry's added value dropped since 2021?",
    ],
)
def test_whether_a_figure_fell_is_answered_from_its_change(question: str) -> None:
    """"been falling" and "declined" had been refused: no fact says either word."""
    from cfacts.finding.answer import respond

    lines = respond(_REAL, question).lines
    assert lines and lines[0].text.startswith("No: "), lines


def test_compared_with_the_prior_year_is_its_growth() -> None:
    """"how did that compare with the prior year" (learning set 12) had been refused: no
    fact says "prior"."""
    from cfacts.finding.answer import respond

    question = (
        "Concerning the Music Copyright Society of China, what total licensing revenue did it "
        "record in 2024, and how did that compare with the prior year?"
    )
    text = " ".join(x.text for x in respond(_REAL, question).lines)
    assert "477 million" in text and "11%" in text, text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        # a second part after "through which ..."
        ("Which Chinese works did Ms. Liu cite as showcasing Chinese culture, and through which "
         "WIPO platform did she say WIPO is exploring solutions to the challenges of AI?",
         "Conversation on IP and Frontier Technologies"),
        ("Which Chinese works did Ms. Liu cite as showcasing Chinese culture, and through which "
         "WIPO platform did she say WIPO is exploring solutions to the challenges of AI?",
         "Black Myth"),
        # three questions, the first two listed with a comma
        ("How many people participated in the Shanghai training in total, how many days did the "
         "training last, and what kinds of participants were included?", "More than 100 people"),
        # whether her post changed, and what she said: both
        ("Was Ms. Zhao Xiuling's title at the Belt and Road forum in Chengdu the same as at the "
         "2021 Xiamen training, and what did she present at the Chengdu forum?",
         "Gave an overview"),
        # "In particular, confirm X" after a list that holds X: the list
        ("For the protocol section of my note, could you list the officials who attended and "
         "addressed the opening of the 2023 Shanghai training, with their official titles? In "
         "particular I would be grateful if you could confirm both positions held by Mr. Gao "
         "Yunfei.", "Wang Zhicheng"),
        # "bilateral MoU" is the memorandum of understanding on bilateral cooperation
        ("The bilateral MoU between WIPO and the National Copyright Administration is meant to "
         "strengthen collaboration in which areas?", "capacity building"),
        # "Audio-Visual", a texter's "y", a British "labelling idea ... floated"
        ("When exactly was the diplomatic conference that produced the Beijing Treaty on "
         "Audio-Visual Performances held?", "June 2012"),
        ("What labelling idea was floated at the roundtable about AI music, and by whom?",
         "Wen Huasheng"),
        # "For a trend table," and "as reported in these articles" ask nothing
        ("For a trend table, could you compare the share of China's copyright industry in GDP "
         "for 2017, 2021 and 2023 as reported in these articles?", "7.35% in 2017 to 7.41%"),
        # "according to her remarks" after her name in the first part
        ("What is Ms. Sylvie Forbin's full title at WIPO, and how many countries had ratified or "
         "acceded to the Beijing Treaty on Audiovisual Performances according to her remarks at "
         "the forum?", "29 countries"),
    ],
)
def test_blind_sets_of_session_15_after_their_run(question: str, wanted: str) -> None:
    """Questions of blind sets KB and KC (formal multi-part questions, a law lecturer's)
    answered in part, wrongly or not at all in their one run."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "question",
    [
        # no provision of any instrument is on record
        "Which article of the Beijing Treaty covers the transfer of performers' rights to "
        "producers?",
        # no one from the WIPO Office in China is on record at the Chengdu forum
        "Who represented the WIPO Office in China at the Chengdu forum?",
        "Who represented the WIPO Office in China at the Chengdu forum, and did Ms. Liu Hua "
        "deliver remarks there?",
    ],
)
def test_blind_questions_of_session_15_the_facts_cannot_answer(question: str) -> None:
    """These had been answered with the treaty's profile and the forum's (exit 0)."""
    from cfacts.finding.answer import respond

    assert respond(_REAL, question).lines == ()


def test_a_request_ending_in_its_own_noun_phrase_gets_that_too() -> None:
    """"could you give its revenue ..., the amount from karaoke, and its membership
    composition?" (set KB) had left the membership out: wrong, with exit 0."""
    from cfacts.finding.answer import respond

    question = (
        "For the China Audio-Video Copyright Association, could you give its approximate 2024 "
        "revenue from the Karaoke sector and broadcasting rights, the amount from Karaoke "
        "licensing fees, and its membership composition?"
    )
    text = " ".join(x.text for x in respond(_REAL, question).lines)
    assert all(x in text for x in ("5.1 billion", "4 billion", "800", "1,600")), text


@pytest.mark.parametrize(
    "question",
    [
        "what did liu hua think of wen huashengs labeling idea",
        "what did liu hua say about wen huashengs labeling system",
    ],
)
def test_what_one_person_said_is_never_another_persons_statement(question: str) -> None:
    """Set HZ's question had been answered with Wen Huasheng's proposal, no word of Liu
    Hua's (a wrong answer with exit 0, once "idea" was read as "proposal")."""
    from cfacts.finding.answer import respond

    assert respond(_REAL, question).lines == ()


def test_a_surname_alone_is_no_speaker_to_hold_a_statement_to() -> None:
    """"what did CAVCA's Zhou say about ownership?" (a learning set) had been refused as no
    statement of Zhou Qing's: a surname two people share is read with the rest."""
    text = _answered("what did CAVCA's Zhou say about ownership?")
    assert "Zhou Yaping" in text, text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Zhao Xiuling, was she at both Xiamen and Chengdu?", "Yes, at each"),
        ("was Zhao Xiuling at both the Xiamen training and the Chengdu forum?", "Yes, at each"),
        ("what'd MCSC make last year?", "477 million"),
        ("china has ratified like 12 international copyright treaties by now, right?", "No"),
        ("so what day'd they hold that copyright risk training in Shanghai?", "October 16"),
        ("how many came to Xiamen, and'd they get certificates?", "certificates"),
        ("which companies'd the forum guests go visit?", "Migu Music"),
        ("how many copyright registrations'd China have in 2024?", "10 million"),
        (
            "Which is the quantity of persons that participated in the Shanghai training of "
            "the copyright industry?",
            "More than 100",
        ),
        ("Kindly, which position occupies Mr. Zhang Fan and in which company?", "Deputy"),
        ("Mr. Guan Rui, in which enterprise he works and with what position?", "Wings Media"),
        ("Ms. Sylvie Forbin, which post does she occupy inside WIPO?", "Deputy Director"),
        (
            "Could you confirm the date and city of the roundtable, its main focus, and how "
            "many representatives attended?",
            "More than 20",
        ),
        (
            "How many participants attended the Xiamen training, from what kinds of "
            "organizations, and what were they granted?",
            "publishing houses",
        ),
        ("Chengdu Belt and Road copyright forum: dates and number of guests", "Nearly 200"),
        ("roundtable: date and number of participants", "March 13, 2025"),
        (
            "NCAC figures shared at the roundtable: copyright registrations 2024, industry "
            "added value 2023 and GDP share?",
            "7.44%",
        ),
        ("sichuan copyright trading topped a billion yuan in 2018? doubt it", "100 million"),
        ("the shanghai training ran a whole week didn't it?", "No (our reading: three days)"),
        ("Yu Cike is only deputy DG of the NCAC copyright department, isn't he?", "No"),
        ("Jiang Bo's the Alibaba lawyer, right?", "No (our reading"),
        ("who's the law prof from Turin they brought in?", "Cogo"),
        ("which experts were lined up to lecture in Shanghai?", "Stéphanie Carre"),
        ("Who talked about AI hitting photography at the Beijing roundtable?", "Wang Ying"),
        ("MCSC vs CWWCS licensing revenue 2024 - how many times bigger", "times"),
        ("what'd copyright make up of GDP back in 2017?", "7.35%"),
        ("who from NCAC was actually at the 2025 roundtable and what post", "Deputy Director"),
        ("did MCSC make half a billion yuan in 2024?", "No, not 500 million"),
        # the second batch, KI to KM (run once on 38b1525)
        ("is the CAVCA 2024 revenue number exact?", "No (our reading: the article gives it as"),
        ("is MCSC's 2024 revenue figure exact?", 'Yes (our reading: the article gives it as'),
        (
            "As I understand it, Mr. Ignacio de Castro attended the Xiamen training as a "
            "representative of the China Council for the Promotion of International Trade; is "
            "this so, or what was his actual affiliation?",
            "No, not as stated",
        ),
        (
            "Which copyright dispute did Ms. Shi Wenxia cite to illustrate irregular copyright "
            "management, and which association does she represent?",
            "China Film Copyright Association",
        ),
        (
            "As regards the roundtable on copyright protection organised by the WIPO Office in "
            "China, could you indicate on which date and in which city it was convened?",
            "March 13, 2025",
        ),
        (
            "Concerning the International Copyright Training held in Xiamen in 2021, could you "
            "indicate the precise dates of the session and the two organisations behind it?",
            "National Copyright Administration of China",
        ),
        (
            "It is my understanding that the membership of the MCSC now exceeds 20,000; may I "
            "ask you to verify this?",
            "14,000",
        ),
        (
            "In what year was the Memorandum of Cooperation between WIPO and the NCAC signed, "
            "according to what Ms. Liu recalled at the Xiamen course?",
            "2015",
        ),
        ("Which representative of Tencent took the floor at the Chengdu forum?", "Jiang Bo"),
        (
            "Which lecturer represented CISAC in Xiamen, and what regional responsibility does "
            "he hold?",
            "Regional Director for Asia Pacific",
        ),
        ("can I caption Zheng Wei as Director of the CCPIT legal department", "No"),
        ("how do we describe Jia Ding on screen", "Lyricist"),
        ("Gao Yunfei has two hats apparently - what are both titles?", "Shanghai Municipal Film"),
        (
            "Sichuan province 2018 copyright trading value and number of registered works, "
            "please let me know",
            "170,000",
        ),
        ("China copyright industry added value 2021 - number and share of GDP for a graphic",
         "7.41%"),
        ("of 2017, 2021 and 2023, which year had the lowest copyright share of GDP",
         "Lowest in 2017"),
        (
            "copyright share of GDP went from 2021 to 2023 by how many percentage points (not "
            "percent)?",
            "+0.03 points",
        ),
        ("wipo deputy director general who spoke in chengdu?", "Sylvie Forbin"),
        ("ratio of MCSC's 2024 licensing revenue to CWWCS's", "times"),
        ("Zhao Xiuling spoke both at the 2021 Xiamen training and at the Chengdu forum, is that "
         "so?", "Yes, at each"),
        ("Could you confirm that Mr. Wen Huasheng proposed a labelling system for AI-generated "
         "works?", "Yes (our reading)"),
        (
            "During the forum in Chengdu, which companies did the guests visit, and in the "
            "activities of which exposition did they take part?",
            "Digital Copyright Expo",
        ),
    ],
)
def test_blind_sets_of_session_16_after_their_run(question: str, wanted: str) -> None:
    """Questions of blind sets KD to KM (a radio producer's contractions, a Spanish
    speaker's formal English, a conference organizer's lists, a sceptic's claims, a TV
    producer's captions, a statistics student, a diplomat's formal requests) refused or
    answered wrongly in their one run."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "question",
    [
        # 2019 has no figure of Sichuan's trading (2018 has); a talk at a 2019 forum is none
        "Sichuan's copyright trading in 2019, what'd that come to?",
        # the 2023 year is the Shanghai training's, not the Chengdu forum's; "top official"
        # names no post, and an answer for one event alone is half an answer
        "who was the top copyright department official at the Chengdu forum vs at the 2023 "
        "Shanghai training?",
        # both trainings are "the training on overseas risk": which one is not said
        "where was the training on overseas risk held?",
        # "only vice chairman - who is the chairman?" asks a chairman none is on record as
        # (set KM's batch, whose fixes had read "only" as a claimed lesser post)
        "Liu Ping is only vice chairman of the Music Copyright Society of China - who is the "
        "chairman?",
    ],
)
def test_blind_questions_of_session_16_answered_wrongly_are_refused(question: str) -> None:
    """These had been answered with exit 0: a 2019 forum talk for a 2019 figure, Shanghai's
    official alone, the 2023 training for a name the 2021 one has too, a vice chairman for
    "who is the chairman"."""
    from cfacts.finding.answer import respond

    assert respond(_REAL, question).lines == ()


def test_a_day_of_a_month_is_no_figure_a_claim_states() -> None:
    """"was in Chengdu Dec 2-4 right? how many actually came" had been answered "No, not 4:
    Nearly 200 people attended" (the 4th read as a headcount claimed)."""
    text = _answered(
        "the belt and road copyright forum was in Chengdu Dec 2-4 right? how many actually came"
    )
    assert "Nearly 200" in text and "not 4" not in text, text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("ncac says gap with us and japan in copyright economic contribution is widening "
         "correct", 'No (our reading: it says "narrowing", not "widening")'),
        ("is it true wipo and china were celebrating 40 yrs of partnership in 2023",
         "the 50th anniversary, not the 40th"),
        ("I've got in my notes that 2023 was the 40th anniversary of WIPO and China partnering "
         "up. is that right?", "the 50th anniversary, not the 40th"),
        ("China co-organized the Diplomatic Conference on Protection of Audiovisual "
         "Performances with WIPO in 2014, right?", "No (our reading: held in 2012, not 2014)"),
        # the event's own year, since session 35 (was "No (our reading: 2012, not 2014)")
        ("Beijing Treaty dipl conference co-organised China/WIPO June 2013?",
         "No (our reading: 2012, not 2013)"),
        ("Japan co-organized the diplomatic conference with WIPO, right?",
         "No (our reading: the record names China and WIPO"),
        ("diplomatic conference on audiovisual performances when and co organiser",
         "organized the Diplomatic Conference"),
        ("shanghai copyright risk training oct 2023, 200+ participants - confirm",
         "More than 100"),
        ("Xiamen overseas risk prevention copyright training July 2022?",
         "2021, not 2022"),  # "No (our reading: ... dates from July 7 to 9, 2021, not 2022)"
        ("Forbin: 30 countries ratified Beijing Treaty so far?", "29 countries, not 30"),
        ("Sichuan copyright trading 2018 >100m yuan, 170k works registered?",
         "Yes: Works registered"),
        ("MCSC 2024 licensing revenue 477m yuan, +11%?", "Yes: Year-on-year growth"),
        ("Zhou Qing - head of Chengdu Municipal Copyright Admin?", "Shi Jiang"),
        ("during Chengdu forum the guests visit Tencent company, is it right?",
         "No (our reading: not on record as visited)"),
        ("Dehua, Zhejiang province - WIPO case study?",
         "No (our reading: Dehua is in Fujian, not Zhejiang)"),
        ("so was the Shanghai thing just a one-day event or longer?",
         "No (our reading: three days)"),
        ("and Stéphanie Carre, um, where's she based, what school?", "Strasbourg"),
        ("share of copyright industry in beijing shanghai shenzhen economies 2017", "9%"),
        # she spoke in 2021 of a memorandum signed in 2015 (had read "No: 2021, not 2012")
        ("Liu Hua: memorandum signed in 2012?", "No (our reading: 2015, not 2012)"),
        ("I used to travel to Sichuan to photograph the pandas and the tea houses. There was a "
         "Belt and Road International Forum on Copyright held there. In which city was it held "
         "and over which days?", "Chengdu, China, December 2 to 4"),
        ("For that 2023 Shanghai training, the Chinese copyright administration ran it jointly "
         "with which international organization?", "World Intellectual Property Organization"),
        ("According to the Xiamen training report, in what year was the Memorandum of "
         "Cooperation signed?", "2015"),
        ("Is Stéphanie Carre described as being from the University of Strasbourg in the "
         "Shanghai training story?", "Yes"),
        ("Is Scot Morris identified as speaking for a New Zealand collecting society in the "
         "Chengdu forum coverage?", "No, not as stated"),
        ("Who has pronounced the speech at the opening ceremony of the Chengdu forum on behalf "
         "of NCAC?", "Yu Cike"),
        ("Who has evoked the dispute about the film 'Hi, Mom' during the roundtable?",
         "Shi Wenxia"),
        ("length of the Shanghai training in days", "three-day"),
        ("ncac dep dg at xiamen", "Zhao Xiuling"),
        ("Is it exact that the Central Conference on Work Relating to Foreign Affairs cited for "
         "the Shanghai training was held in November 2018?", "November 2014, not 2018"),
        ("xi gave that foreign affairs instruction in 2018 right?", "2014, not 2018"),
        ("Which articles report Liu Hua as Director of the WIPO Office in China?", "001_"),
        ("At the opening of the Shanghai training, which officials attended and gave "
         "addresses?", "Gao Yunfei"),
        ("who actually ran the shanghai copyright training thing, was it just WIPO??",
         "National Copyright Administration of China"),
        ("A student wrote that the Beijing Treaty was WIPO's first copyright agreement in almost "
         "30 years. Does the NCAC article back that up?", "almost 20 years, not almost 30"),
        ("quote check: Liu Hua said WIPO signed its Memorandum of Cooperation with NCAC in 2012 "
         "- is that what the Xiamen article reports?", "No (our reading: 2015, not 2012)"),
        ("Alessandro Enrico Cogo is listed as an expert at the Shanghai training - which "
         "university is he credited to?", "University of Turin"),
        ("What was the duration of the 2023 copyright overseas risk training in Shanghai?",
         "three-day"),
        ("is it really true China had over 10 million copyright registrations in 2024?", "Yes"),
        ("Verify: the Shanghai training report states that 2023 was the 40th anniversary of the "
         "WIPO-China partnership. Correct?", "the 50th anniversary, not the 40th"),
        ("multilateral bodies China backs for copyright cooperation - WIPO, WTO and which "
         "other?", "APEC"),
        ("Which lyricists, composers or music producers gave their views at the March 2025 "
         "roundtable in Beijing?", "Jia Ding"),
    ],
)
def test_blind_sets_of_session_17_after_their_run(question: str, wanted: str) -> None:
    """Questions of blind sets KN to KW (a debate coach, a law student's second-language
    English, a fact-checker's terse claims, a podcast host, an intern's lowercase notes, a
    photographer's stories, a French speaker's turns, a librarian's source checks, an
    executive's shorthand) refused or answered wrongly in their one run."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "question",
    [
        # India is no partner the dialogues' record names ("among many other countries")
        "china-india bilateral copyright dialogue - confirm",
    ],
)
def test_blind_questions_of_session_17_answered_wrongly_are_refused(question: str) -> None:
    """This had been answered with exit 0: the dialogues' profile for a partner it does not
    name."""
    from cfacts.finding.answer import respond

    assert respond(_REAL, question).lines == ()


def test_a_claim_word_no_fact_holds_keeps_yes_off_the_closest_wording() -> None:
    """"did Gurry say the Beijing Treaty closes the gap ... for musicians?" had been answered
    "Yes (our reading)" with his words, which say "audiovisual performers"."""
    text = _answered(
        "Verifying a quotation: did Gurry say the Beijing Treaty closes the gap in the "
        "international rights system for musicians?"
    )
    assert "audiovisual performers" in text and not text.startswith("Yes"), text


@pytest.mark.parametrize(
    "question",
    [
        # her post is on record as of 2021, 2023 and 2025: 2015 is neither so nor not so
        "Liu Hua was director in 2015, right?",
        "was Liu Hua already head of the WIPO China office in 2019?",
    ],
)
def test_a_post_reported_as_of_a_date_denies_no_other_year(question: str) -> None:
    """A post "as of 2021" had answered "No (our reading: 2021, not 2015)", saying more than
    the record holds; the year a claim states is put right only by a fact that states one."""
    from cfacts.finding.answer import respond

    assert respond(_REAL, question).lines == ()


def test_a_year_put_right_is_one_the_fact_states_not_when_it_was_said() -> None:
    """The year is asked of the record (its texts, and the date of a kind that dates what it
    states), not read from our own rendering of where it was said."""
    assert "2015, not 2012" in _answered("Liu Hua: memorandum signed in 2012?")
    assert "2014, not 2018" in _answered(
        "xi gave that foreign affairs instruction in 2018 right?"
    )
    assert "not 2022" in _answered("Was the Xiamen training held in 2022?")


@pytest.mark.parametrize(
    "question",
    [
        # a name typed that no record holds is who the question leans on ("what he say")
        "DarenTang WIPO director general, what he say about China copyright?",
        # his successor is on no record; Forbin only spoke for him
        "who took over from francis gury as wipo director general",
        # the words name NCAC's kind of body, but the US's
        "what did the us copyright office guy say at xiamen training",
        # a person's name asked: the event's profile names none from Vietnam
        "Chengdu forum, the copyright official from Vietnam his name is who?",
        # ARIPO's heads were there; no remark of theirs is on record
        "What did the representative of the African Regional Intellectual Property "
        "Organization say in his or her remarks at the Belt and Road International Forum on "
        "Copyright in Chengdu?",
        # the figures of other years named in the lead are no answer for 2019
        "Having noted the figures given for 2017, 2021 and 2023, I wonder whether you might "
        "kindly tell me what share of China's GDP the copyright industry accounted for in the "
        "year 2019?",
    ],
)
def test_blind_questions_of_session_18_answered_wrongly_are_refused(question: str) -> None:
    """Sets LC to LG (run once on 17095ff) had answered these with exit 0."""
    from cfacts.finding.answer import respond

    assert respond(_REAL, question).lines == ()


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("GaoHang in WIPO she is what position?", "Copyright Development Division"),
        ("YuCike what is his post", "Director General, Copyright Department of NCAC"),
        ("Would you be good enough to list for me the dignitaries who attended and addressed "
         "the opening of the 2023 Training on Overseas Risk Prevention and Control of Copyright "
         "Industry in Shanghai?", "Gao Yunfei"),
        ("What share of total gross domestic product did the value of China's copyright "
         "industry account for in the year 2017, as reported by the National Copyright "
         "Administration?", "7.35%"),
        ("My recollection is that Mr. Geoff Hussey lectured at the 2021 Xiamen training in his "
         "capacity as a partner of Maucher Jenkins. Would you be so kind as to tell me whether "
         "that recollection is accurate?", "AA Thornton"),
        ("I was informed that the Music Copyright Society of China's revenue from live "
         "performances and background music surpassed 150 million yuan in 2024. Would you be "
         "good enough to confirm whether that is so?", "130 million"),
        ("Is it correct, as a colleague once told me, that Mexico is among the countries with "
         "which China has engaged in bilateral copyright dialogues?", "Mexico"),
        ("As a former collecting-society man myself, I should very much like to know who spoke "
         "at the Chengdu forum as a representative of collective management organizations, and "
         "for which society he spoke.", "Scot Morris"),
        ("Benjamin Ng - listed as CISAC Regional Director for Europe, is that right?",
         "Asia Pacific"),
        ("Verify: copyright industry accounted for 7.14% of national GDP in 2021 per the Shanghai "
         "training report", "No, not 7.14%"),
        ("check: Guan Jun said 2023 copyright industry added value was 9.38 trillion yuan, up "
         "5.42% year on year", "No, not 5.42%"),
        ("which collective management orgs reported 2024 revenue figures at the roundtable? list "
         "all", "China Written Works Copyright Society (CWWCS): "),
        ("We wrote that China holds bilateral copyright dialogues with the EU, the US, Canada and "
         "Japan. is that accurate?", "Not as the article gives it (our reading: it does not name "
         "Canada)"),
        ("Draft says copyright officials from Bangladesh, Nepal, Pakistan and Russia were at the "
         "Chengdu forum. correct?", "it does not name Pakistan"),
        ("were Finland, Australia and Russia represented at the Chengdu forum?", "Yes (our "
         "reading)"),
        ("we write the copyright industry's share of GDP went from 7.41% in 2021 to 7.44% in "
         "2023. accurate?", "7.41% in 2021 to 7.44% in 2023"),
        ("Diplomatic Conference on Protection of Audiovisual Performances, China co-organise with "
         "who, which year and month?", "World Intellectual Property Organization"),
        ("copyright industry as % of GDP in 2017, plus which regions hit 9-12%", "7.35%"),
        ("Liu Hua of the WIPO Office in China appears at several of these events. Which ones?",
         "Roundtable on Copyright Protection"),
        ("stuff wipo and ncac did together?", "Copyright Gold Award"),
    ],
)
def test_blind_sets_of_session_18_after_their_run(question: str, wanted: str) -> None:
    """Questions of sets LC (a retired administrator's formal questions) and LF (a
    translator's pinyin names typed as one word) refused in their one run."""
    text = _answered(question)
    assert wanted in text, text


def test_a_check_lead_before_a_question_gives_no_verdict() -> None:
    """"check: who spoke at the Chengdu forum" had been read "Is it true that who spoke ...?"
    and its first speaker given "Yes (our reading)"; the lead is a claim's, not a question's."""
    text = _answered("check: who spoke at the Chengdu forum")
    assert "Sylvie Forbin" in text and "Yes" not in text, text


def test_a_hope_bears_out_no_claim_of_what_is() -> None:
    """"Was the Beijing Treaty already in force at the time of the forum, according to WIPO's
    speaker?" had read "Yes (our reading)" on Forbin's hope that it would take effect soon; a
    hope is no verdict, though a question of what she hoped still gets one."""
    text = _answered(
        "Was the Beijing Treaty already in force at the time of the Belt and Road copyright "
        "forum, according to WIPO's speaker?"
    )
    assert "hoped" in text and not text.startswith("Yes"), text
    assert _answered("did Forbin hope the Beijing Treaty would take effect soon?").startswith("Yes")


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Benjamin Ng of CISAC was on the Xiamen faculty; I met him once at a CISAC general "
         "assembly. What region is he responsible for, according to the article?", "Asia Pacific"),
        ("Among the local officials at the Shanghai opening was Gao Yunfei. What two positions "
         "does the article say this person holds?", "Shanghai Municipal Film Bureau"),
        ("Ms Zhao talked in Xiamen about China's copyright trade and how exports keep growing. "
         "What proportion of the country's total exports of goods did she say copyright "
         "industry exports are stable at?", "more than 11%"),
        ("One of the foreign lecturers in Shanghai was the Italian law professor Alessandro "
         "Enrico Cogo; I had always filed him under Milan. Which university does the article "
         "actually place him at?", "University of Turin"),
        ("I knew Gao Hang slightly from my years in the copyright sector, though I have it in my "
         "head she was running the Copyright Law Division when I retired. At the Shanghai "
         "training in 2023, what title does the report give her?", "Copyright Development"),
        ("The write-up of the Shanghai training links it to an instruction Xi Jinping gave at "
         "the Central Conference on Work Relating to Foreign Affairs. Am I right that this "
         "conference took place in November 2018?", "No (our reading: 2014, not 2018)"),
        ("The music society MCSC, which I believe Zhou Yaping heads, reported record licensing "
         "income at the roundtable. What was its total licensing revenue for 2024 and how much "
         "did it rise on the year before?", "477 million yuan"),
        ("I was in Beijing for the diplomatic conference on audiovisual performances, which I "
         "remember as the summer of 2011. When does the NCAC article say China co-organised "
         "that conference with WIPO?", "June 2012"),
    ],
)
def test_blind_set_lu_background_before_the_question(question: str, wanted: str) -> None:
    """Set LU (a retired staffer's background sentences before each question), refused in its
    one run: a pronoun standing for the one person the background names, an article's own
    verb ("does the article place him"), a guess of the asker's, growth the background tells."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("What was the Music Copyright Society of China's licensing revenue in 2024, and how much "
         "was that up on the year before?", "11%"),
        ("MCSC licensing turnover 2024 and y/y growth?", "477 million yuan"),
        ("Name every official who attended and addressed the opening of the 2023 Shanghai "
         "training - not just the WIPO one.", "Gao Yunfei"),
        ("Besides Jia Ding, which other music creators spoke at the March 2025 roundtable?",
         "Zhang Yilin"),
        ("Scot Morris spoke in Chengdu. Which organisation was that speaker from, and where is "
         "it based?", "Sydney"),
        ("Liu Hua held up a couple of Chinese cultural hits as showcases for the copyright "
         "industry in her 2025 speech. Which works did she name?", "Black Myth: Wukong"),
    ],
)
def test_blind_sets_lr_to_lv_after_their_run(question: str, wanted: str) -> None:
    """Sets LR to LV, refused or answered in part in their one run: "how much was X up",
    "turnover", "not just the WIPO one", music creators by their titles, "that speaker"."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "question",
    [
        "how many countries have signed up to the belt and road initiative",
        "what year did China formally become a WIPO member state",
    ],
)
def test_blind_wrong_answers_of_sets_lr_to_lv_are_refused(question: str) -> None:
    """Wrong with exit 0 in their one run: the Beijing Treaty's count for the Belt and Road
    Initiative (held only in the name of the forum it was reported at), and an MCSC figure
    for when China joined WIPO (a near answer missing the verb the date is asked of)."""
    from cfacts.finding.answer import respond

    assert respond(_REAL, question).lines == ()


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("the tv guy yan bo at the xiamen training was from shanghai's media group, right?",
         "No, not as stated"),
        ("which chinese copyright official gave a talk at the xiamen training", "Zhao Xiuling"),
        ("Kazakhstan copyright officials at the Chengdu forum?", "Yes (our reading): Kazakhstan"),
        ("what year did the geneva agency and china's copyright office sign their cooperation "
         "memo?", "2015"),
        ("when was the beijing performers treaty adopted", "June 2012"),
        ("how many guests came to the forum in sichuan", "Nearly 200"),
        ("at the sichuan forum how many countries had signed on to the performers treaty so far",
         "29 countries"),
        ("how much money did the video association make off karaoke last year (2024)",
         "more than 4 billion yuan"),
        ("copyright exports as a share of all chinese goods exports - what number did they give "
         "at the xiamen course?", "more than 11%"),
        ("Forbin: 32 countries had ratified/acceded to the Beijing Treaty?",
         "No (our reading: 29 countries, not 32 countries)"),
        ("Guan Rui \u2014 deputy GM of China Science Publishing & Media?", "No, not as stated"),
        ("Xiamen training drew about 200 participants \u2014 right?", "No, not 200"),
    ],
)
def test_blind_sets_lw_to_ma_after_their_run(question: str, wanted: str) -> None:
    """Sets LW to MA (run once on 98be424): a body's place claimed ("shanghai's media
    group"), a talk given, a country's officials asked in keywords, things described instead
    of named (the Geneva agency, the performers treaty, the forum in Sichuan)."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "question",
    [
        "Name of the Finnish collective management rep at the Chengdu forum?",
        "what percentage management fee does MCSC deduct from licensing income",
        "is WIPO based in Geneva?",  # the readers' word for WIPO is no fact of ours
    ],
)
def test_blind_wrong_answers_of_sets_lw_to_ma_are_refused(question: str) -> None:
    """Wrong with exit 0 in their one run: the forum's profile for a person of another
    country, and MCSC's revenue for a fee it deducts (the words between "percentage" and
    "income" had all been taken for a share of the whole)."""
    from cfacts.finding.answer import respond

    assert respond(_REAL, question).lines == ()


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("China copyright industry added value in 2021: RMB 7.41 trillion, 8.48 trillion or 9.38 "
         "trillion?", "Of the choices given: 8.48 trillion (our reading): Added value"),
        ("In 2021 the copyright industry made up what share of China's GDP - 7.35%, 7.44% or "
         "7.5%?", "None of the choices given (our reading): Copyright industry share of China's GDP"
         " in 2021: 7.41%"),
        ("2023 Shanghai copyright risk training - who co-presented it: NCAC and WIPO, NCAC and "
         "the WTO, or WIPO and CISAC?", "Of the choices given: NCAC and WIPO (our reading)"),
        ("Which of these countries did NOT have copyright officials listed at the Chengdu forum: "
         "Bangladesh, Nepal, Pakistan, Kazakhstan?", "Not named here: Pakistan (our reading)"),
        ("WIPO and NCAC signed their Memorandum of Cooperation in 2012, 2017 or 2019?",
         "None of the choices given (our reading): 2015"),
        ("year-on-year growth of copyright industry added value in 2023: 4.52%, 5.42% or 7.44%?",
         "Of the choices given: 4.52% (our reading)"),
    ],
)
def test_a_question_offering_choices_is_answered_with_the_one_the_facts_hold(
    question: str, wanted: str
) -> None:
    """Set MD (a quiz writer's choices, 40 of 70 refused in its one run): the question is
    answered without its choices, and the answer says which of them its facts hold, as our
    reading (a figure held by another line, the GDP share's 7.44%, is no choice of one)."""
    text = _answered(question)
    assert text.startswith(wanted), text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("7.35% \u2014 share of GDP or growth rate, and for what year?",
         "Copyright industry share of China's GDP in 2017: 7.35%"),
        ("is the 11% in the Xiamen article a growth rate or a share?",
         "Copyright industry share of China's total exports of goods"),
        ("7.44% of GDP copyright figure: reference year and who presented it",
         "in 2023: 7.44% (reported by Guan Jun)"),
        ("What part of country total goods export is copyright industry export according Ms "
         "Zhao?", "more than 11%"),
        ("When NCAC and WIPO make training about overseas copyright risk in Shanghai?",
         "October 16 to 18, 2023"),
    ],
)
def test_blind_sets_mb_to_mf_after_their_run(question: str, wanted: str) -> None:
    """Sets MC and MF (run once on 4cc2eb5): a figure stated and asked what it is (found by
    the figure, in the article named), "what part of", "according Ms Zhao", "make training"."""
    from cfacts.finding.answer import respond

    lines = respond(_REAL, question).lines
    assert lines and wanted in lines[0].text, [x.text for x in lines]


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("were the 2021 and 2023 copyright risk trainings both co-run by WIPO and NCAC?",
         "Yes (our reading)"),
        ("were the 2021 and 2023 trainings both run by WIPO and CISAC?", "No (our reading: "),
        ("Australia shows up in the NCAC interview as an FTA partner - was there also someone "
         "from Australia at the Chengdu forum?", "Yes (our reading): Australia was represented"),
        ("Wasn't 2023 only the 40th anniversary of the WIPO-China partnership?",
         "No (our reading: the 50th anniversary, not the 40th)"),
        ("Wasn't the Shanghai training just a one-day affair?", "No (our reading: three days)"),
        ("shanghai trng how many days / how many ppl", "More than 100 people"),
        ("I heard the 2023 Shanghai training was well attended. Were there more than a hundred "
         "people?", "Yes: More than 100 people"),
        ("The Shanghai meeting said 2023 was an anniversary of WIPO's partnership with China. "
         "Was it the 40th one?", "No (our reading: the 50th anniversary, not the 40th)"),
        ("In the NCAC interview, what title is given for Francis Gurry?", "Director General"),
        ("where and when was the 2021 overseas risk training held - wasn't it xiamen?",
         "held in Xiamen, China, July 7 to 9, 2021"),
    ],
)
def test_blind_sets_mg_to_mk_after_their_run(question: str, wanted: str) -> None:
    """Sets MG to MK (run once on 5518bfa): two events by their years, each one's organizers
    and one verdict on both; where people came from is no venue; a negated question's
    emphasis ("only", "just"); two questions split by a slash."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "question",
    [
        "In which month of 2015 did WIPO and NCAC sign the Memorandum of Cooperation?",
        "Who does Gao Hang report to inside WIPO?",
    ],
)
def test_blind_wrong_answers_of_sets_mg_to_mk_are_refused(question: str) -> None:
    """Wrong with exit 0 in their one run: the year of a step for the month asked, and a
    post for a reporting line."""
    from cfacts.finding.answer import respond

    assert respond(_REAL, question).lines == ()


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("MCSC rev 24?", "477 million yuan"),
        ("copyright ind gdp share 17 vs 21 vs 23", "7.35% in 2017"),
        ("xiamen trng 21 dates?", "July 7 to 9, 2021"),
        ("geoff hussey firm - boss & young?", "No (our reading: no role at Boss & Young"),
    ],
)
def test_clipped_notes_of_set_mk(question: str, wanted: str) -> None:
    """Set MK (a fact-checker's clipped notes, run once on 5518bfa): years of two digits, and
    a body claimed after a dash without a question word."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        (
            "full official names of the two bodies that jointly presented the 2023 overseas"
            " risk prevention training in Shanghai",
            "National Copyright Administration of China (NCAC) organized the 2023 Training",
        ),
        ("Zeng Jin - was he speaking for the Music Copyright Society of China?", "Liu Ping"),
        (
            "List every official the Shanghai report names as attending and addressing the"
            " opening of the training.",
            "Gao Yunfei",
        ),
        (
            "The Chengdu report calls the Internet the main battlefield of copyright protection."
            " Is that attributed to anyone?",
            "No (our reading: the article's own words, credited to no speaker)",
        ),
    ],
)
def test_blind_sets_mn_to_mr_after_their_run(question: str, wanted: str) -> None:
    """Sets MN to MR (run once on 618b554): "jointly presented" is organized; a body someone
    is wrongly said to speak for, with who is on record for it; "attending and addressing"
    is everyone who spoke; the article's own words are credited to no speaker."""
    text = _answered(question)
    assert wanted in text, text


def test_a_yes_no_on_a_speakers_topic_not_held_gets_no_yes() -> None:
    """ "Did Lu Yi speak about AI's impact on the music business?": his statement is about
    photography, so it is shown without a "Yes" (a word asked, "music", is not in it)."""
    text = _answered("Did Lu Yi of Beijing View Stock Pictures speak about AI's impact on the"
                     " music business?")
    assert "photography" in text and not text.startswith("Yes"), text
    assert _answered("Did Lu Yi talk about AI and photography?").startswith("Yes"), text


def test_a_spokesperson_asked_is_no_bodys_statement() -> None:
    """No spokesperson of NCAC is on record: its statements do not name one."""
    from cfacts.finding.answer import respond

    question = "name of the NCAC spokesperson interviewed about international copyright cooperation"
    assert respond(_REAL, question).lines == ()


@pytest.mark.parametrize(
    "question",
    [
        "how far above the national average were Beijing, Shanghai and Shenzhen on copyright"
        " share of GDP in 2017",
        "how far above the national figure was the share in developed regions?",
    ],
)
def test_a_figure_above_the_national_one_is_set_beside_the_nations_that_year(
    question: str,
) -> None:
    """ "How far above the national average": the regions' share and the nation's of the
    same year (2017), not another share nor the nation's other years."""
    text = _answered(question)
    assert "between 9% and 12%" in text and "China's GDP in 2017: 7.35%" in text, text
    assert "2023" not in text and "exports" not in text, text


def test_things_named_are_put_in_date_order() -> None:
    """ "Put A, B and C in date order": each one's dated fact, earliest first, labelled ours."""
    from cfacts.finding.answer import respond

    reply = respond(
        _REAL,
        "put the xiamen training, shanghai training and beijing roundtable in date order",
    )
    texts = [x.text for x in reply.lines]
    assert texts[0].startswith("First (our ordering of the dates on record)"), texts
    assert "2021" in texts[0] and "2023" in texts[1] and "2025" in texts[2], texts


@pytest.mark.parametrize(
    "question", ["when were the trainings?", "list the trainings", "sort the trainings by date"]
)
def test_the_events_of_a_kind_asked_by_the_plural_are_each_given(question: str) -> None:
    """ "When were the trainings?": both trainings, by date, not "name one"."""
    text = _answered(question)
    assert "July 7 to 9, 2021" in text and "October 16 to 18, 2023" in text, text


def test_who_lectured_at_both_counts_lectures_only() -> None:
    """Liu Hua addressed both trainings; no one lectured at both."""
    from cfacts.finding.answer import respond

    assert respond(_REAL, "who lectured at both the Xiamen and Shanghai trainings?").lines == ()
    assert "Liu Hua" in _answered("who spoke at both the Xiamen and Shanghai trainings?")


def test_put_alone_is_no_search_word() -> None:
    """ "put the three events in date order" had nine statements holding "put"."""
    from cfacts.finding.answer import respond

    assert respond(_REAL, "put the three events in date order").lines == ()


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Zhou Qing gave Sichuan's trading for 2018. What was it in 2019?", None),
        ("MCSC's revenue was 477 million in 2024. What was it in 2023?", None),
        ("The GDP share was 7.35% in 2017. What was it in 2021?", "GDP in 2021: 7.41%"),
    ],
)
def test_what_was_it_in_another_year_asks_the_scenes_figure_that_year(
    question: str, wanted: str | None
) -> None:
    """A scene names a figure and its year; "What was it in 2019?" asks that figure's value
    in the other year: given when on record, refused when not (no change, no growth rate)."""
    from cfacts.finding.answer import respond

    reply = respond(_REAL, question)
    if wanted is None:
        assert reply.lines == (), reply.lines
    else:
        text = " ".join(x.text for x in reply.lines)
        assert wanted in text and "2017" not in text, text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("#Xiamen copyright training 2021 — which dates? 📅", "July 7 to 9, 2021"),
        ("which African IP org showed up at the #BeltAndRoad forum 🌍", "ARIPO"),
        ("# of MCSC members", "14,000"),
        ("Lu Yi founder of which pictures company", "Beijing View Stock Pictures"),
        ("Is Lu Yi from the pictures company?", "Yes"),
        ("Zhou Ya-ping CAVCA - spell out the association name", "China Audio-Video Copyright"),
        ("Mr Zheng Wei CCPIT - which department, and spell out CCPIT", "Legal Department"),
        ("two Chinese localities listed as WIPO case studies for copyright protection", "Nantong"),
        (
            "In what year was the Central Conference on Work Relating to Foreign Affairs held"
            " where Xi Jinping gave the instruction the Shanghai training follows?",
            "November 2014",
        ),
        (
            "Is it right that the Xi instruction on safeguarding overseas interests cited for the"
            " Shanghai training came from a foreign affairs work conference in November 2018?",
            "November 2014, not 2018",
        ),
        (
            "My draft lists Australia, South Korea and the Eurasian Economic Union as FTA"
            " negotiation partners of China. Is that in the NCAC piece?",
            "Yes (our reading): China-Australia free trade agreement",
        ),
        (
            "China negotiated FTAs with Australia, South Korea and Japan - accurate?",
            "it does not name Japan",
        ),
        (
            "Is this right: 'Sichuan's copyright trading topped 100 million yuan in 2018, with"
            " 170,000 works registered'?",
            "170,000",
        ),
        (
            "I have RAN Handong down as a partner at Boss & Young. Is that right?",
            "Xu Guojian: Senior Partner",
        ),
        (
            "At what three levels did Ms. Zhao say international copyright risks need to be"
            " taken seriously?",
            "government, enterprises and industry associations",
        ),
    ],
)
def test_blind_sets_ms_to_mw_after_their_run(question: str, wanted: str) -> None:
    """Sets MS to MW (run once on e7cce55): hashtags are words, not "number of"; a body
    described ("the pictures company") is no one body when several fit; "spell out the
    association name" is the body named before; a clause after an event's full name says
    which it is; a second event after a verb is no modifier of the first; free trade
    agreements named by their kind; "Is this right: '...'?"; "I have X down as Y"."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        (
            "Which two officials does the 2021 report say attended and addressed the Xiamen"
            " training course?",
            "Zhao Xiuling",
        ),
        ("What office within WIPO does the Chengdu report attribute to Sylvie Forbin?",
         "Deputy Director General"),
        ("What office does Sylvie Forbin hold?", "Deputy Director General"),
        (
            "Is it accurate to state that, according to Ms. Forbin, the Beijing Treaty on"
            " Audiovisual Performances had already entered into force at the time of the"
            " Chengdu forum?",
            "No (our reading: it was hoped for then, not yet in force)",
        ),
        ("Diplomatic Conf on Protection of Audiovisual Performances | month/yr | co-organiser",
         "China organized"),
        ("MCSC: licensing revenue 2024; yoy; members", "14,000"),
        ("How many invited were present in the forum of Chengdu?", "Nearly 200"),
        (
            "Is it accurate to state that Gao Yunfei is described as, among other things,"
            " Director General of the Shanghai Municipal Film Bureau?",
            "Yes",
        ),
        ("y/n Geoff Hussey = partner, Maucher Jenkins", "No, not as stated"),
        ("Could you clarify the 2024 licensing revenue and distribution ratio reported for the"
         " China Written Works Copyright Society?", "more than 60%"),
        ("With which media company does the Shanghai report associate Guan Rui, and in what"
         " capacity?", "Wings Media"),
        ("Who was the vice director general of the copyright department of NCAC that spoke in"
         " the Xiamen course?", "Zhao Xiuling"),
    ],
)
def test_blind_sets_mx_to_nb_after_their_run(question: str, wanted: str) -> None:
    """Sets MX to NB (run once on 568c176): "attended and addressed" are those who addressed;
    "the report attributes/associates/assigns" says where it is read; "what office" of a
    person is a post; a hope is no deed done; lists by "|" and ";"; formal and Spanish-led
    phrasings ("Is it accurate to state that", "Could you clarify", "how many invited",
    "vice director")."""
    text = _answered(question)
    assert wanted in text, text


def test_a_year_asked_of_what_was_done_to_a_thing_is_no_statements_date() -> None:
    """ "Nantong + Dehua: year listed as WIPO case studies": NCAC's statement is dated (2019,
    inferred), the listing is not."""
    from cfacts.finding.answer import respond

    assert respond(_REAL, "Nantong + Dehua: year listed as WIPO case studies").lines == ()


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Name the city that hosted the 2023 NCAC-WIPO training on overseas copyright risk"
         " prevention.", "Shanghai"),
        ("Scot Morris from which association comes?", "Australasian Performing Right"),
        ("In the rich zones like Beijing, Shanghai and Shenzhen, the copyright industry reached"
         " which part of the GDP in 2017?", "between 9% and 12%"),
        ("How much gained CAVCA only from the karaoke licences in 2024?", "more than 4 billion"),
        ("Zhao Xiuling appears in the Xiamen training and in the Chengdu forum, which post had"
         " she in the both?", "Belt and Road International Forum"),
        ("The WIPO-NCAC memorandum mentioned in the Shanghai report — what areas is the"
         " cooperation supposed to cover?", "WIPO-NCAC Memorandum of Understanding"),
    ],
)
def test_readers_whose_english_is_spanish_led_and_sources_by_place(
    question: str, wanted: str
) -> None:
    """Set NA's phrasings ("how much gained X", "from which association comes", "in the
    both", "rich zones", "name the city that hosted"); a person's posts at two events named;
    "mentioned in the Shanghai report" keeps the facts of that article."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        (
            "I seem to remember reading that the Shanghai training on overseas copyright risks"
            " took place some time in September 2023. Would you be so kind as to confirm whether"
            " that is right?",
            "No (our reading: held October 16 to 18, 2023, not September)",
        ),
        (
            "I have a notion that the 2021 international copyright training in Xiamen was held in"
            " May of that year. Is that so, or am I muddling it up with something else?",
            "not May",
        ),
        (
            "My memory tells me that the article about Shanghai said WIPO and China were marking"
            " the 40th anniversary of their partnership that year. Have I got that correct, do"
            " you think?",
            "50th anniversary, not the 40th",
        ),
        ("We list Benjamin Ng as CISAC Regional Director for Europe. Does that match?",
         "No, not as stated"),
        ("Can we say the Beijing Treaty was WIPO's first international copyright-related"
         " agreement in almost 30 years?", "not almost 30 years"),
        ("Two Chinese places were listed as WIPO case studies for their copyright protection"
         " work, one in Jiangsu and one in Fujian. What were they called?", "Nantong"),
        ("I wonder if you might tell me which university Professor Hu Kaizhong, one of the"
         " Xiamen lecturers, belongs to?", "Zhongnan University"),
        ("Would you mind listing for me the officials who attended and addressed the opening of"
         " the Shanghai training?", "Gao Yunfei"),
    ],
)
def test_blind_sets_nc_to_ng_after_their_run(question: str, wanted: str) -> None:
    """Sets NC to NG (run once on 00d7b8b): a remembered claim ("I seem to remember that",
    "My memory tells me", "I have a notion that") and its polite tags ("Have I got that
    correct", "or am I muddling it up", "Does that match?", "Can we say"); "what were they
    called" asks names, not what was called."""
    text = _answered(question)
    assert wanted in text, text


def test_a_claim_of_a_body_no_record_holds_gets_no_yes() -> None:
    """ "We quote Jiang Bo as ... of Alibaba Group. Is the company right?" had "Yes" with his
    Tencent posts: the scene's claim is what is checked."""
    text = _answered("We quote Jiang Bo as Vice President and Deputy General Counsel of Alibaba"
                     " Group. Is the company right?")
    assert "Tencent" in text and not text.startswith("Yes"), text


@pytest.mark.parametrize(
    ("question", "verdicts"),
    [
        ("MCSC membership is above 14,000 and has grown by roughly 1,000 a year?",
         ["Yes: MCSC membership", "Yes: Average annual growth"]),
        ("MCSC membership is above 14,000 and has grown by roughly 2,000 a year?",
         ["No, not 2,000: Average annual growth", "Yes: MCSC membership"]),
    ],
)
def test_two_clauses_of_one_claim_are_each_checked_by_their_own_figure(
    question: str, verdicts: list[str]
) -> None:
    """A claim of one subject in two clauses, each with a figure: the growth is not judged
    against the membership's 14,000, nor the membership against the growth's 1,000."""
    from cfacts.finding.answer import respond

    lines = [line.text for line in respond(_REAL, question).lines]
    assert len(lines) == len(verdicts), lines
    for line, verdict in zip(lines, verdicts, strict=True):
        assert line.startswith(verdict), lines


@pytest.mark.parametrize(
    "question",
    [
        "I seem to remember a gentleman from ARIPO giving a speech in Chengdu. His name?",
        "A man from ARIPO spoke at Chengdu; who was he?",
    ],
)
def test_a_person_of_a_body_that_took_part_is_not_the_body(question: str) -> None:
    """ARIPO took part in Chengdu, but no one of it is on record by name: a person asked of
    it ("a gentleman from ARIPO ... His name?") is refused, not answered with the body."""
    assert _answered(question) == ""


def test_whether_someone_from_a_body_came_is_its_taking_part() -> None:
    """ "Did someone from ARIPO attend?": yes, the body took part."""
    assert "ARIPO) took part" in _answered("Did someone from ARIPO attend the Chengdu forum?")


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Cui Tingqi is general manager of Kanjian Music southern region, is true?",
         "No, not as stated"),
        ('"China negotiated FTAs with Australia, South Korea and ASEAN" - that what the NCAC'
         " said?", "it does not name ASEAN)"),
        ("According to the NCAC, China negotiated FTAs with Australia, South Korea and ASEAN,"
         " right?", "it does not name ASEAN)"),
        ("which Asian governments had copyright officials at the Chengdu Belt and Road forum?",
         "Bangladesh was represented"),
        ("which NCAC official spoke on collective management at the March 2025 roundtable and"
         " what division is he in", "Social Services Division"),
        ("How has MCSC membership been growing in recent years?", "more than 14,000 members"),
        ("Is it correct that the Shanghai training implements Xi's instruction from the 2018"
         " Central Conference on Work Relating to Foreign Affairs?", "November 2014, not 2018"),
        ("Did Chengdu forum guests take part in the 2018 Chengdu International Digital Copyright"
         " Expo?", "dates from 2019, not 2018"),
        ("who is the source for the claim that copyright exports hold steady above 11% of goods"
         " exports", "Zhao Xiuling"),
        ("Which law firms supplied speakers to the 2021 Xiamen training?", "Boss & Young"),
        ("Does China's copyright industry contribute less to the economy than the global"
         " average?", 'No (our reading: it says "above"'),
        ("when and where did the WIPO China office hold its copyright roundtable with the Chinese"
         " CMOs", "March 13, 2025"),
        ("need Stéphanie Carre's affiliation for the Shanghai training segment", "Strasbourg"),
        ("which Shanghai official is both a deputy DG in the city's CPC publicity department and"
         " head of the municipal film bureau?", "Gao Yunfei"),
        ("fact check: the 2023 Shanghai training fell on the 40th anniversary of WIPO's"
         " partnership with China, right?", "the 50th anniversary, not the 40th"),
        ("was the Beijing Treaty WIPO's first copyright-related agreement in nearly a decade?",
         "almost 20 years"),
        # "a decade" is not the "two decades" a fact says: "No", never "Yes" (it was refused
        # before 'a decade' was read as the 10 years it is)
        ("the Beijing Treaty was WIPO's first copyright agreement in a decade, right?",
         "No (our reading: almost 20 years, not 10 years)"),
        ("Sylvie Forbin — exact title to read on air?", "Deputy Director General"),
        ('Seeing posts that "Stéphanie Carre of the University of Turin" lectured at the'
         " Shanghai training. right?", "No, not as stated"),
        ("Belt and Road International Forum on Copyright is held in Xi'an, correct?",
         "the record puts it in Chengdu"),
        ("Scot Morris speak at forum for which association in Sydney?",
         "Australasian Performing Right Association"),
        ('"China backs multilateral copyright mechanisms under WIPO, the WTO and the G20" -'
         " accurate?", "it does not name G20)"),
    ],
)
def test_blind_sets_nh_to_nl_after_their_run(question: str, wanted: str) -> None:
    """Sets NH to NL (run once on 9b1fcb0): a direction word in a post checked ("southern"
    region); "'X' - that what the NCAC said?"; governments as countries represented; the
    speaker's body before a people noun ("which NCAC official spoke on X"); a year before an
    event's name; "the source for the claim that"; bodies that "supplied" speakers; "less
    than the global average"; kind initials ("CMOs"); "the city's"; "fell on"; "a decade";
    "to read on air"; "Seeing posts that"; "Xi'an"; a body's place ("association in Sydney");
    a list claimed against a statement's subjects."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "question",
    [
        "give me a direct quote from Gao Hang at the Shanghai training, in her own words",
        "give me a one-line quote from Liu Ping",
        "Quote Liu Hua on AI",
        "APRA's own royalty collections figure as reported by Scot Morris in Chengdu",
    ],
)
def test_words_never_quoted_or_figures_never_given_are_refused(question: str) -> None:
    """The articles quote only a few speakers' own words (``speech = "direct"``); anyone
    else's own words asked for get no summary of ours in their place. APRA's collections
    figure is not on record: not a check of where APRA is."""
    assert _answered(question) == ""


def test_a_direct_quotation_is_given_in_the_article_s_words() -> None:
    """Zhou Qing's words are quoted whole in the Chengdu article: given in quotation marks,
    with no verdict put on them."""
    text = _answered("What exactly did Zhou Qing say at the forum, word for word?")
    assert text.startswith("Zhou Qing") and "\u201cThe Belt and Road International" in text, text
    assert not text.startswith(("Yes", "No")), text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("cr industry added val 2021 rmb", "8.48 trillion"),
        ("chengdu forum guest #", "Nearly 200 people attended"),
        ("sichuan cr trading 2018 + works reg'd", "170,000 works"),
        ("zhang fan co + post", "China Science Publishing & Media"),
        ("MCSC licensing revenue hit 477 million yuan in 2024 up 11% - what was it in 2023"
         " then?", "about 430 million yuan (our calculation"),
        ("back out the 2022 copyright industry added value from 9.38 trillion and 4.52% growth",
         "about 8.97 trillion yuan (our calculation"),
        ("who is China doing these bilateral copyright dialogues with anyway?", "Mexico"),
        ("exact English title of the regulations NCAC is revising?",
         "Regulations on the Collective Administration of Copyright"),
        ("how many people even bothered to turn up for the 2023 Shanghai course?",
         "More than 100 people"),
        ("what WIPO-China anniversary were they making a fuss about in 2023?", "50th"),
        ("did WIPO's China office head Liu Hua attend the Shanghai opening?",
         "Yes (our reading): Liu Hua"),
        ("who was the NCAC mouthpiece at the Xiamen training?", "Zhao Xiuling"),
        ("which law firms sent speakers to the 2021 training? smells like a sales pitch",
         "Boss & Young"),
        ("did Liu Hua get a new title between Xiamen 2021 and Shanghai 2023?",
         "No (our reading: the same post at each"),
        ("Zhao Xiuling pops up at both Xiamen and the Chengdu forum - same job both times?",
         "the same post"),
        ("Xi's instruction at the Central Conference on Work Relating to Foreign Affairs that they"
         " keep quoting - that was November 2018, right?", "November 2014, not 2018"),
        ("the Beijing Treaty was hyped as WIPO's first copyright deal in how many years??",
         "nearly 20 years"),
        ("what companies were the forum guests taken to visit?", "Migu Music"),
        ("MCSC says 2024 was a record year - how much licensing revenue are we talking?",
         "477 million yuan"),
        ("Xu Guojian \u2013 name of his law firm?", "Boss & Young"),
        ("the WIPO\u2013NCAC Memorandum of Cooperation mentioned by Liu Hua in Xiamen \u2013"
         " signed 2017?", "2015, not 2017"),
    ],
)
def test_blind_sets_nm_to_nq_after_their_run(question: str, wanted: str) -> None:
    """Sets NM to NQ (run once on b16a191): terse notes ("cr", "#", "reg'd", "co"); the year
    before worked back from a figure and its growth when the question gives the growth or
    asks to work it out; loaded words ("mouthpiece", "pops up", "making a fuss about",
    "hyped as", "throw out", "are we talking"); a post said before a name; a remark after the
    question; "that was November 2018" of the event named; "name of his law firm" after a
    name; who mentioned a thing."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "question",
    [
        "What was MCSC's licensing revenue in 2023?",  # no calculation asked, no growth given
        "what was the copyright industry added value in 2022?",
        "who spoke at Chengdu? Only the women.",  # a remark the facts' words may narrow
    ],
)
def test_a_year_with_no_figure_and_a_narrowing_remark_are_not_answered_loosely(
    question: str,
) -> None:
    """A year with no figure is not worked out unless asked; a last sentence whose words the
    facts hold is not dropped as a remark."""
    assert _answered(question) == ""


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Was CAVCA's ~5.1bn yuan in 2024 all karaoke money?",
         "karaoke and broadcasting rights"),
        ("Is it right that China's copyright industry grew 11% in 2023?",
         "No, not 11%: Year-on-year growth of the added value"),
        ("China's copyright industry grew 4.52% in 2023, right?", "Yes: Year-on-year growth"),
        ("did the copyright industry's share of GDP grow to 7.44% in 2023?", "7.44%"),
        ("Which two organizations jointly put on the 2023 Shanghai copyright risk training?"
         " A) NCAC and WIPO B) WTO and APEC C) CISAC and WIPO",
         "Of the choices given: NCAC and WIPO"),
        ("In which city was the 2021 International Copyright Training on Overseas Risk"
         " Prevention and Control held? A) Shanghai B) Chengdu C) Xiamen",
         "Of the choices given: Xiamen"),
        ("Fill in the blank: in 2021 the added value of China's copyright industry was RMB ____"
         " trillion", "8.48 trillion"),
        ("Fill in: MCSC membership exceeded ____ in 2024", "14,000"),
        ("Fill in the blanks: the 2021 overseas copyright risk training ran from July __ to"
         " July __, 2021", "July 7 to 9, 2021"),
        ("em see ess see total licensing revenue twenty twenty four", "477 million yuan"),
        ("who put on the shanghai overseas risk training was it why po and the en see a see"
         " together", "National Copyright Administration of China (NCAC) organized"),
        ("Please verify: MCSC total licensing revenue in 2024 was 477 million yuan, which was a"
         " 15% increase over the previous year?", "No, not 15%"),
        ("Was Jiang Bo, who spoke at the Chengdu forum about blockchain and AI, an executive of"
         " Alibaba?", "No (our reading: the posts on record for them are at Tencent Group)"),
    ],
)
def test_blind_sets_nr_to_nv_after_their_run(question: str, wanted: str) -> None:
    """Sets NR to NV (run once on 7fccff9): a rate of growth claimed ("grew 11%") is no share;
    lettered choices; blanks to fill; letters said by name ("em see ess see"); a figure and
    its growth claimed together; "an executive of Alibaba"; the figure said together beside
    one that does not settle the claim."""
    text = _answered(question)
    assert wanted in text, text


def test_a_figure_and_its_growth_claimed_together_are_each_judged() -> None:
    """ "477 million yuan, which was a 15% increase": the 477 million holds, the 15% does not;
    the "No" comes first."""
    from cfacts.finding.answer import respond

    lines = [line.text for line in respond(_REAL, "MCSC total licensing revenue in 2024 was 477"
                                           " million yuan, which was a 15% increase?").lines]
    assert lines[0].startswith("No, not 15%") and lines[1].startswith("Yes: MCSC total"), lines


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Jiang Bo described as Tencent's general counsel \u2014 is that right?",
         "No, not as stated"),
        ("gao yunfei job titel", "Deputy Director General"),
        ("how mnay attended xiamen training", "About 100 people attended"),
        ("copyright share gdp 2021 vs 2023 chagne", "+0.03 points"),
        ("how many international copyright treaties is China party to", "8 treaties"),
    ],
)
def test_blind_sets_nw_to_oa_after_their_run(question: str, wanted: str) -> None:
    """Sets NW to OA (run once on 636f510): "X described as Y" claims a post (it had a "Yes"
    on a statement of his); short words questions are asked with, misspelt ("titel",
    "mnay", "chagne"); "party to" a treaty is having acceded to it."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "question",
    [
        "year the China Digital Copyright Industrial Alliance was established",
        "On what date was the memorandum of understanding on bilateral cooperation between WIPO"
        " and NCAC mentioned at the 2023 Shanghai training signed?",
    ],
)
def test_a_date_no_record_gives_is_refused(question: str) -> None:
    """When a thing was founded or signed, where only what was said of it (dated when said)
    or a record with no dated step is on record: no answer (both had one with exit 0)."""
    assert _answered(question) == ""


@pytest.mark.parametrize(
    "question",
    [
        "how much did it cost to go to the shanghai training",  # "cost" is no "post"
        "I'm filling in my timeline of the copyright industry's share of China's GDP. What was"
        " the share in 2019, the year of the Chengdu forum?",  # "filling" is no "falling"
    ],
)
def test_a_real_word_is_not_read_as_a_misspelling(question: str) -> None:
    """Only a typist's slips (two letters swapped, one left out) are read as a word questions
    are asked with; one letter changed makes another real word."""
    assert _answered(question) == ""


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Would you be so good as to inform me on what date, and in which municipality, the"
         " 2023 Training on Overseas Risk Prevention and Control of Copyright Industry was"
         " convened?", "Shanghai, China, October 16"),
        ("Kindly enumerate the dignitaries who addressed the opening of the 2023 training in"
         " Shanghai, it being material to me which authorities were formally represented.",
         "Gao Yunfei"),
        ("Am I correct in my recollection that the Xiamen training ran for three days?", "Yes"),
        ("Is it the case that MCSC revenue was 477 million yuan in 2024?", "Yes"),
        ("What total licensing revenue did the Music Copyright Society of China report for"
         " 2024, and by what percentage did that represent an increase over the preceding"
         " year?", "11%"),
        ("What copyright licensing revenue did the China Written Works Copyright Society"
         " realise in 2024?", "more than 23 million yuan"),
        ("At the time of the March 2025 roundtable, did Ms. Liu Hua continue to hold the office"
         " of Director of the WIPO Office in China, as she had at the earlier trainings?",
         "Yes"),
        ("Which participant at the Beijing roundtable proposed a labeling system?",
         "Wen Huasheng"),
        ("Did Zhao Xiuling also address the Chengdu forum on China's measures in response to"
         " new technological challenges?", "Yes"),
        ("How many persons are reported to have taken part in the 2023 training held in"
         " Shanghai?", "More than 100"),
        ("how much of CAVCA's 2024 revenue derived from Karaoke?", "more than 4 billion"),
        ("According to the Director of the WIPO Office in China, in what year was the"
         " Memorandum of Cooperation between WIPO and the NCAC signed?", "2015"),
        ("who opened the Chengdu forum for the Chinese side?", "Yu Cike"),
        ("what did the Australian guy say about income?", "Scot Morris"),
    ],
)
def test_formal_and_roundabout_wording_is_read(question: str, wanted: str) -> None:
    """Set OB (a retired lawyer's formal questions, run once on 3cc1755): courtesies ("would
    you be so good as to", "it being material to me"), "am I correct in my recollection",
    "is it the case that", formal words ("preceding", "municipality", "realise"), "continue
    to hold", "which participant", "address the forum on X", "are reported to have taken
    part", "derived from", "according to the Director of X", "the Chinese side", a person
    by their country ("the Australian guy")."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Was Zhao Xiuling Deputy Director General of the Copyright Department in 2021?",
         "Yes"),  # two bodies are called "the Copyright Department"; hers is one
        ("xiamen overseas risk training was in september 2021 right?", "July 7 to 9, 2021"),
        ("attendance at the chengdu belt & road copyright forum, and is that an estimate",
         'Yes (our reading: the article gives it as "Nearly 200", not as an exact figure)'),
        ("How many attended the Xiamen training - is that exact?", "No (our reading"),
        ("is MCSC 2024 revenue an estimate?", "No (our reading"),
        ("source line for the 7.44% of GDP copyright figure - who gave it and for what year",
         "(source: 004_"),
        ("MCSC membership grows about 5000 per year, is that right?", "No, not 5000"),
        ("how did the written works copyright society do financially last year",
         "more than 23 million yuan"),
        ("newest value for copyright industry added value, with year", "9.38 trillion"),
        ("when exactly was the 2023 copyright overseas risk trainning in shanghai held?",
         "October 16"),
        ("how many representitives attended the 2025 beijing roundtable", "More than 20"),
        ("who spoke at the opening cerimony of the chengdu forum for NCAC", "Yu Cike"),
        ("which WIPO platforms did liu hua present?", "WIPO Academy"),
        ("which CMOs talked about AI", "Zhou Yaping"),
    ],
)
def test_blind_sets_oc_to_of_after_their_run(question: str, wanted: str) -> None:
    """Sets OC to OF (run once on 3cc1755): a body's name shared by two ("the Copyright
    Department"); the place before an event's name says which ("xiamen overseas risk
    training"); "is that an estimate?"; "the source for"; "grows"; "financially"; "newest";
    "with year"; a letter typed twice ("trainning") and long words with a letter wrong;
    "which platforms did X present"; "which CMOs" as who spoke."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "question",
    [
        "Which Chinese collective management organizations sent staff to the Xiamen training"
        " in 2021?",  # no CMO is on record there; a statement naming CMOs is no answer
        "When was NCAC founded?",  # "founded" is no misspelt "founder"
    ],
)
def test_kind_asked_and_inflections_are_not_loosely_answered(question: str) -> None:
    """ "Which <kind of body>" is answered only by bodies of that kind (here none), and a
    word's other ending is no misspelling of it."""
    assert _answered(question) == ""


def test_which_cmos_gives_only_cmos_people() -> None:
    """ "which CMOs talked about AI": only what people of collective management organizations
    said (not a media company's counsel, not WIPO)."""
    text = _answered("which CMOs talked about AI")
    assert "Wang Min" not in text and "Liu Hua" not in text, text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("how much was Sichuan's copyright trading worth in 2018 and how many works were"
         " registered there that year (the provincial copyright official said it at the forum,"
         " I forget his name too)", "170,000 works"),
        ("the NCAC interview says the Beijing treaty was WIPO's first international copyright"
         " agreement in how many years at that point (was it 10? 20? more?)", "nearly 20 years"),
        ("How did the Music Copyright Society of China's licensing revenue for 2024 compare"
         " with the previous year?", "477 million yuan"),
        ("Zhou Qing said Sichuan registered 170,000 works in 2019, correct?",
         "Not as the article gives it (our reading: it gives 170,000 for 2018"),
        ("Liu Ping said MCSC revenue grew 15% in 2024, right?", "No, not 15%"),
        ("Zhao Xiuling, was she deputy director general of NCAC's copyright department at both"
         " the Chengdu forum and the 2021 Xiamen training or did her title change in between",
         "Unchanged (our reading: the same post at each"),
        ("who brought up the Hi, Mom copyright dispute at the roundtable, which association is"
         " she from, and what did she suggest doing before a work gets released",
         "China Film Copyright Association"),
    ],
)
def test_blind_sets_og_to_ok_after_their_run(question: str, wanted: str) -> None:
    """Sets OG to OK (run once on 5337280): words in brackets that a question does not need;
    a figure against the year before; a figure claimed as someone's words judged as a figure
    first; "was she X at both, or did her title change" (neither "Yes" nor "No"); three
    questions in one ("who ..., which association is she from, and what ...")."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "question",
    [
        "Copyright industry as % of GDP in 2017 nationally, and the range reached in Beijing,"
        " Shanghai and Shenzhen?",  # "reached in" describes: nothing claimed, no "Yes"
        "where and when is the 10th China International Copyright Expo going to be held (city"
        " and dates) now that NCAC says it's hosting it",  # asked: where and when, not who
        "how many Vietnamese officials attended the Chengdu forum",  # a count of all guests
    ],
)
def test_blind_sets_og_to_ok_no_verdict_or_no_answer(question: str) -> None:
    """No "Yes" where nothing is claimed, and no answer where the facts hold only something
    near: a participle is no claimed verb, a "now that" clause says why it is asked, and a
    count of all guests is none of one country's."""
    text = _answered(question)
    assert not text.startswith("Yes"), text
    if "Copyright industry as" not in question:
        assert text == "", text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("caption reads 'Benjamin Ng, Regional Director for Asia Pacific, CISAC, Xiamen 2021' -"
         " ok to run?", "Yes: Benjamin Ng: Regional Director for Asia Pacific"),
        ("photo caption says Liu Ping, Vice Chairman and Director General of CAVCA - right"
         " org?", "No, not as stated"),
        ("Shi Wenxia captioned as Secretary-General, China Film Copyright Association. ok?",
         "No, not as stated"),
        ("Wang Zhicheng listed as Deputy Director General, Copyright Department, at the"
         " Shanghai 2023 training opening. correct?", "No, not as stated"),
        ("true that the Beijing Treaty was WIPO's first copyright treaty in almost two"
         " decades?", "Yes"),
        ("how many countries had said yes to the beijing treaty at the chengdu forum",
         "29 countries"),
        ("what trade deals did china try to make", "China-Australia free trade agreement"),
        ("How did the copyright industry's share of China's GDP change between 2017 and 2021"
         " according to these NCAC/WIPO reports?", "7.35% in 2017 to 7.41% in 2021"),
        ("what lawyer company is xu guojian from", "Boss & Young"),
        ("when did wipo and ncac sign there cooperation paper", "2015"),
        ("Which companies did the forum's guests visit whilst in Chengdu?", "Migu Music"),
        ("Approximate headcount at the 2023 Shanghai overseas risk prevention training?",
         "More than 100"),
        ("who is the boss of WIPO in china", "Liu Hua"),
        ("MCSC said at the March 2025 roundtable that its 2024 licensing revenue rose 15% year"
         " on year - correct?", "No, not 15%"),
    ],
)
def test_blind_sets_og_to_ok_more_readings(question: str, wanted: str) -> None:
    """Sets OG to OK (run once on 5337280): captions quoted to check ("caption reads 'X' - ok
    to run?", "- right org?"), "listed/captioned as", "true that X?", "said yes to", "try to
    make", "according to these reports", "lawyer company", "cooperation paper", "whilst",
    "approximate", "the boss of", a body's figure claimed as its words ("its revenue")."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("which invited experts at the Shanghai training were not from Chinese institutions?",
         "Stéphanie Carre"),
        ("was the 2023 year-on-year growth in copyright industry added value not 11%?",
         "Correct, not 11% (our comparison)"),
        ("was MCSC's 2024 revenue not 477 million yuan?",
         "No (our comparison: it is 477 million yuan)"),
        ("Besides the WIPO lecturer, how many outside experts are named as invited to lecture"
         " in Shanghai?", "4 speakers are named"),
    ],
)
def test_blind_sets_ol_to_op_after_their_run(question: str, wanted: str) -> None:
    """Sets OL to OP (run once on d44a329): "not from Chinese institutions" is foreign; a
    figure denied ("not 11%?") turned round; "besides the WIPO lecturer" sets her aside from a
    count."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "question",
    [
        "which speakers at the roundtable were not Chinese?",  # every one is of a Chinese body
        "other than Ignacio de Castro of WIPO, was any Xiamen lecturer from an international"
        " organization?",  # had Francis Gurry, who was not there
        "besides Liu Hua, who spoke at the roundtable for WIPO?",  # had an Ali Pictures expert
    ],
)
def test_blind_sets_ol_to_op_no_loose_answer(question: str) -> None:
    """A person set aside is never the answer, a speaker "for WIPO" is one of WIPO's, and a
    nationality after "were" filters the speakers."""
    assert _answered(question) == ""


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Guan Rui - deputy GM of which company, not China Science Publishing?",
         "Wings Media"),
        ("2017 copyright industry GDP share, if it wasn't 7.41%", "7.35%"),
        ("was the Xiamen training held in July 2021 rather than in the autumn?", "Yes"),
        ("copyright dispute Shi Wenxia cited - not Ne Zha 2, so which film", "Hi, Mom"),
        ("number of international copyright treaties China has ratified or acceded to - not"
         " ten?", "8 treaties"),
        ("was the copyright industry's 2021 share of China's GDP 7.35%, or was that a"
         " different year?", "No, not 7.35%"),
    ],
)
def test_an_answer_ruled_out_at_the_end_is_set_aside(question: str, wanted: str) -> None:
    """Set ON (negations, run once on d44a329): an answer the question rules out at its end
    ("..., not X?", "if it wasn't X", "rather than X", "or was that a different year?") is
    read without it when the question is not answered with it."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("copyright trading in Sichuan topped 1 billion yuan in 2018, correct?",
         'Not as the article gives it (our reading: it gives "exceeded 100 million yuan"'),
        ("the sichuan official said copyright trading there topped 1 billion yuan in 2018,"
         " correct?", "Not as the article gives it"),
        ("when exactly was the training in the seaside city, xiamen", "July 7 to 9, 2021"),
        ("Is Dehua, the WIPO case-study site, in Jiangsu province?", "No (our reading"),
        ("which companies did forum guests do site visits at", "Migu Music"),
        ("FTA counterparts China negotiated with, per the NCAC piece", "South Korea"),
        ("China copyright industry value-add 2021 topline and % of GDP?", "8.48 trillion"),
    ],
)
def test_blind_sets_ol_to_op_more_readings(question: str, wanted: str) -> None:
    """Sets OL to OP (run once on d44a329): a mark a hedged figure cannot settle is "not as
    the article gives it" (still saying it cannot tell); a figure claimed as "the X official"
    said; "seaside", "case-study site", "site visits", "counterparts", "topline" (a
    spelling asked is not ours to give: the fact base writes names one way)."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Did Zhang Yilin say film budgets have grown?", 'No (our reading: it says "are smaller"'),
        ("gao yunfei film bureau chief", "Director General, Shanghai Municipal Film Bureau"),
        ("Gao Yunfei - director general or deputy director general of which bodies?",
         "Director General, Shanghai Municipal Film Bureau"),
        ("Gao Yunfei - director general or deputy director general of which bodies?",
         "Deputy Director General, Publicity Department"),
        ("musicians at wipo roundtable", "Fang Dongqing"),
        ("lawyers at wipo roundtable", "Chen Xuhan"),
        ("the music guy with the 477 number", "reported by Liu Ping"),
        ("who gave the 477 figure", "reported by Liu Ping"),
    ],
)
def test_kept_wrongs_of_ou_to_or_mended(question: str, wanted: str) -> None:
    """Wrong answers kept from sets OR to OU: a comparative after "are" with nothing to compare
    it to is a change ("are smaller" against "grown"); a post's word after a body is no place
    claim; titles joined by "or" each pick posts; people by their trade before "at" are the
    event's speakers of it; a number called "the 477 number" is a figure named."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "question",
    [
        "will chengdu host the belt and road copyright forum again next year",
        "will the roundtable be held again",
        "when is the next session of the shanghai training",
    ],
)
def test_an_events_next_edition_is_not_on_record(question: str) -> None:
    """No record holds an event's next edition: a question about it gets no answer lines."""
    assert _answered(question) == ""


@pytest.mark.parametrize(
    "text",
    [
        "will " + "host " * 3000 + "x",
        "will host" + " x" * 5000 + " again",
        "will" + " x" * 5000 + " host again",
        "1" * 5000 + " number",
        "1 " * 5000 + "figure",
    ],
)
def test_session_23_patterns_run_in_linear_time(text: str) -> None:
    """The next edition's and the figure called a number's patterns, on long runs."""
    import re

    from cfacts.finding.answer import _FIGURE_CALLED, _next_edition_asked

    def work() -> None:
        _next_edition_asked(text)
        re.findall(_FIGURE_CALLED, text)

    assert cpu_seconds(work) < 0.5


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Gao Yunfei doesn't head the Shanghai Municipal Film Bureau, does he?",
         "He does (our reading): Gao Yunfei: Director General, Shanghai Municipal Film Bureau"),
        ("Zhao Xiuling wasn't at the Xiamen training, was she?", "She was (our reading)"),
        ("nobody from CISAC lectured at Xiamen, right?", "Someone did (our reading): Benjamin Ng"),
        ("nobody from ARIPO came to the Chengdu forum, right?", "Someone did (our reading)"),
        ("there weren't nearly 200 guests at Chengdu, were there?", "There were: Nearly 200"),
        ("so MCSC didn't earn more than 400 million in licensing in 2024?", "It did: MCSC"),
        ("MCSC didn't earn 600 million in 2024, did it?", "It did not: MCSC total licensing"),
        ("the Xiamen training wasn't held in 2020, was it?", "It was not (our reading: "),
    ],
)
def test_a_claim_denied_is_judged_plainly(question: str, wanted: str) -> None:
    """Set OZ (tag questions, run once on e48169e): a claim denied and asked back ("X doesn't
    head Y, does he?") is judged as the claim and answered in words a denial cannot turn
    round ("He does", "It did not"), never a bare "Yes" or "No"."""
    text = _answered(question)
    assert text.startswith(wanted), text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("bar chart value: added value of China's copyright industry in 2021, in RMB?",
         "8.48 trillion"),
        ("graphic says the Shanghai training fell on the 40th anniversary of WIPO's partnership"
         " with China - ok to air?", "No (our reading: the 50th anniversary, not the 40th)"),
        ("Wang Zhicheng caption - full title as written", "Director General, Copyright Department"),
        ("Benjamin Ng - what goes under his name on screen?", "Regional Director for Asia Pacific"),
        ("who called the Beijing Treaty an important milestone - name and title for the quote"
         " card", "Francis Gurry"),
        ("Sylvie Forbin lower third, exact WIPO title", "Deputy Director General, Copyright and"),
        ("Scot Morris - organisation and city for his strap", "Sydney"),
        ("line chart: copyright industry share of GDP for 2017, 2021 and 2023", "7.41%"),
        ("Copyright Department director general named in the Chengdu forum and in the Shanghai"
         " training - same person?", "No, not the same person (our reading): Yu Cike"),
        ("Zhao Xiuling title in Xiamen report vs Chengdu forum report - identical?",
         "Yes (our reading: the same post at each"),
        ("need a citable figure for the added value of China's copyright industry in 2021",
         "8.48 trillion"),
        ("how much has the copyright industry's share of China's GDP changed between 2017 and"
         " the most recent year reported", "7.35% in 2017 to 7.44% in 2023"),
        ("Who has made the first lecture of the training in Shanghai?", "Gao Hang"),
        ("RAN Handong is partner in which cabinet of lawyers?", "Maucher Jenkins"),
        ("There was someone of China Central Television between the lecturers in Xiamen? Who is"
         " it?", "Yan Bo"),
        ("In the developed regions like Beijing, Shanghai and Shenzhen, the copyright industry"
         " arrives at which percentage of GDP in 2017?", "between 9% and 12%"),
        ("Following Sylvie Forbin, how many countries have ratified or acceded the Beijing"
         " Treaty at this moment?", "29 countries"),
        ("It is true that CAVCA has gained more than 4 billion yuan only from the karaoke"
         " licence fees in 2024?", "more than 4 billion yuan"),
        ("For which enterprise is working Guan Rui, the deputy general manager who was invited"
         " as expert?", "Wings Media"),
        ("Since which year WIPO and NCAC have signed the Memorandum of Cooperation, following"
         " Ms. Liu?", "2015"),
    ],
)
def test_blind_sets_ov_to_oz_after_their_run(question: str, wanted: str) -> None:
    """Sets OV to OZ (run once on e48169e): a broadcaster's framing (lower third, strap,
    quote card, chart labels, "ok to air") asks nothing; a French reader's false friends
    ("made the lecture", "cabinet of lawyers", "following X", "arrives at", "between the
    lecturers", "it is true that", "gained 4 billion"); an auditor's "same person?",
    "identical?", "citable", "the most recent year reported"."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "text",
    [
        "x doesn't " + "y " * 5000 + "?",
        "nobody from " + "x " * 5000 + ", right?",
        "x, the " + "y " * 5000 + "who was z?",
    ],
)
def test_denied_claims_and_asides_read_in_linear_time(text: str) -> None:
    """The denied claim's and the aside's patterns, on long runs."""

    from cfacts.finding.answer import _claim_denied

    def work() -> None:
        _claim_denied(_REAL, text)

    assert cpu_seconds(work) < 2


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Who addresses Shanghai training opening?", "Gao Yunfei"),
        ("Which two organisations have together the 2023 copyright risk training in Shanghai"
         " presented?", "National Copyright Administration of China (NCAC) organized"),
        ("wait so who ran the xiamen thing", "organized the International Copyright Training"),
        ("when did wipo n ncac sign their memo of cooperation, liu hua said", "2015"),
        ("China copyright industry value added hits RMB 8.48 trillion in 2021?", "Yes"),
        ("China copyright GDP share climbs between 2017 and 2021?", "+0.06 points"),
        ("China copyright GDP share moves how from 2021 to 2023?", "+0.03 points"),
        ("Gurry hails Beijing Treaty as what?", "important milestone"),
        ("On which day has the Shanghai training over overseas risk prevention of the copyright"
         " industry 2023 stattgefunden?", "October 16"),
        ("How much participants had the training 2023 in Shanghai all together?", "More than 100"),
        ("Stimmt it that the Central Conference on Work Relating to Foreign Affairs, which the"
         " Shanghai article mentions, in November 2018 was held?", "No (our reading: 2014"),
        ("Which function had Frau Zhao Xiuling at the Xiamen training?", "Deputy Director General"),
        ("How high lay the copyright industry share in developed regions like Beijing, Shanghai"
         " and Shenzhen 2017?", "between 9% and 12%"),
        ("Which firms have the forum guests in Chengdu besucht?", "Migu Music"),
        ("How many members has the MCSC and how strong is the yearly member growth?",
         "about 1,000 members"),
        ("yo who is the wipo china boss \U0001f914", "Liu Hua: Director, WIPO Office in China"),
        ("who tf is sylvie forbin", "Deputy Director General"),
        ("stephanie carre is from which uni tho", "University of Strasbourg"),
        ("wat % of gdp was the copyright biz in 2021 fr", "7.41%"),
        ("ngl was the beijing treaty a big deal?", "Yes, as the articles describe it"),
        ("did zhao xiuling have a diff title at chengdu vs xiamen 2021?",
         "No (our reading: the same post at each"),
        ("has liu hua shown up at all three wipo events - xiamen, shanghai and beijing",
         "Yes, at each"),
        ("what new technologies will NCAC's future work focus on per 002", "blockchain"),
    ],
)
def test_blind_sets_pa_to_pe_after_their_run(question: str, wanted: str) -> None:
    """Sets PA to PE (run once on add5a03): a headline's present tense ("hits", "climbs",
    "addresses"), a German reader's word order and words ("stattgefunden", "How much
    participants", "How high lay", "Frau"), a chatter's fillers ("yo", "tf", "tho", "fr",
    "ngl", "biz"), "who ran the xiamen thing" (its organizers, not Ran Handong), "X said" at
    the end, "per 002", "a big deal?" answered from the treaty's own firsts."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "question",
    [
        "Who is the successor of Francis Gurry as WIPO Director General?",
        "who is Francis Gurry's successor",
        "how many provincial copyright authority heads attended the Shanghai training exactly",
    ],
)
def test_blind_sets_pa_to_pe_no_loose_answer(question: str) -> None:
    """A successor asked is never the person named; a part of those counted ("including
    heads of provincial authorities") is no group the count is of."""
    assert _answered(question) == ""


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Benjamin Ng - CISAC title, and CISAC spelled out?", "CISAC stands for International"),
        ("For the index: RCEP is spelled out how in the NCAC interview piece?",
         "Regional Comprehensive Economic Partnership"),
        ("The Belt and Road International Forum on Copyright was held in Xi'an, wasn't it, being"
         " the old Silk Road terminus and all?", "No (our reading: the record puts it in Chengdu)"),
        ("Liu Hua pointed to two Chinese blockbusters in her speech at that roundtable. Which ones"
         " did she name?", "Black Myth: Wukong"),
        ("I need the 2021 data point for my chart: what was the added value of China's copyright"
         " industry that year, in RMB?", "8.48 trillion"),
    ],
)
def test_kept_sets_read_as_before_session_23(question: str, wanted: str) -> None:
    """Kept-set questions a reading of session 23 first broke (a trade before "at" only as
    what is asked first; a label's words never read off a part of the question) or that a
    session 22 change left refused ("X spelled out", an aside after "wasn't it")."""
    text = _answered(question)
    assert wanted in text, text


def test_a_figure_denied_shows_whose_figure_it_is() -> None:
    """Set PC (a newcomer's mixed-up bodies, run once on add5a03): a distinctive figure
    claimed for the wrong body gets the fact that holds it beside the "No"."""
    text = _answered("CAVCA got 477 million yuan licensing revenue in 2024, correct?")
    assert text.startswith("No, not 477 million yuan"), text
    assert "MCSC total licensing revenue in 2024: 477 million yuan" in text, text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("What was the headline of the Chengdu forum article?",
         'is headed "International Forum on Copyright and Creative Industries'),
        ("did the article really say Zhou Qing \"sighed\" his remark about the forum's impact on"
         " Sichuan?", "Yes (our reading: the article's own words hold \"sighed\")"),
    ],
)
def test_blind_sets_pf_to_pj_after_their_run(question: str, wanted: str) -> None:
    """Sets PF to PJ (run once on 4e9c7c1): an article's headline asked is its own, verbatim;
    a word quoted in a yes-or-no question is affirmed only when the fact's quotes hold it."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "question",
    [
        "which country did Sylvie Forbin say would be the one to bring the beijing treaty into"
        " force",  # a step naming no country
        "What was the headline on the NCAC interview article about international copyright"
        " cooperation?",  # that article shows none
        "did the article really say Zhou Qing \"shouted\" his remark about the forum?",
    ],
)
def test_blind_sets_pf_to_pj_no_loose_answer(question: str) -> None:
    """A country asked for is answered only by facts naming one; a headline the article does
    not show, and a quoted word its quotes do not hold, get no answer lines."""
    assert _answered(question) == ""


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Compare the copyright industry's GDP share in 2017 with the latest year given",
         "7.35% in 2017 to 7.44% in 2023"),
        ("What's the headline of the 2025 WIPO roundtable piece?",
         '"WIPO China: Copyright Challenges in the Digital Age"'),
        ("did ppl at the xiamen training get certificates or nah", "Yes (our reading)"),
        ("How many persons, including heads of provincial and municipal copyright authorities and"
         " industry representatives, are reported to have taken part in the 2023 training held"
         " in Shanghai?", "More than 100 people"),
    ],
)
def test_blind_sets_pf_to_pj_more_readings(question: str, wanted: str) -> None:
    """"X in 2017 with the latest year given"; a headline asked of a piece; "or nah" asks
    whether; the part a question names of those counted ("including heads of ...") still
    gets the whole count."""
    text = _answered(question)
    assert wanted in text, text


def test_a_claim_quoted_whole_is_checked_not_looked_up_word_for_word() -> None:
    """Set NK: a whole claim in quotation marks is the claim to check ("No (our reading: 29
    countries ...)"), not words whose presence in the article is asked."""
    text = _answered('"Sylvie Forbin said 30 countries have ratified the Beijing Treaty" - right'
                     " number?")
    assert text.startswith("No (our reading: 29 countries, not 30 countries)"), text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("WIPO and NCAC promoted Beijing treaty entry in force and ratification of which other"
         " treaty?", "Marrakesh Treaty (treaty)"),
        ("nantong and what other place got listed as a wipo case study", "Dehua (place)"),
        ("Whether Liu Hua from WIPO China office was on both trainings, Xiamen 2021 and Shanghai"
         " 2023?", "Yes, at each (our reading)"),
        ("the ncac deputy DG lady who spoke at the xiamen training - did she also show up at the"
         " belt and road copyright forum in chengdu?", "Yes (our reading): Zhao Xiuling"),
        ("the wipo lady who runs the beijing office mentioned 2 big chinese hits, which ones?",
         "Black Myth: Wukong and Ne Zha 2"),
        ("the french expert at the shanghai training came from the university of lyon, didnt"
         " she?", "No (our reading: the posts on record for them are at Centre for"),
        ("Yu Cike opening ceremony quote about belt and road copyright cooperation - exact"
         " wording and his title?", "Yu Cike (Director General, Copyright Department of NCAC),"
         " at the Belt and Road International Forum on Copyright (Chengdu, China, December 2 to"
         " 4, 2019), said: \u201cAdvancing copyright cooperation"),
        ("who called the Beijing Treaty an important milestone - name and title for the quote"
         " card", "Francis Gurry (Director General, World Intellectual Property Organization"),
        ("Who from NCAC was speaking at the Xiamen training?", "Zhao Xiuling"),
        ("what does stephanie car do she was one of the experts in shanghai", "Strasbourg"),
        ("out of 2017, 2021 and 2023 which year had the highest copyright industry share of gdp",
         "Highest in 2023"),
        ("China International Copyright Expo which NCAC is hosting - which number it is?",
         "The 10th (as its name on record gives it)"),
        ("they mentioned an anniversary of wipo and china working together at the shanghai"
         " thing, was it the 40th or something?", "No (our reading: the 50th anniversary, not"
         " the 40th)"),
        ("wiki text: 'WIPO and the NCAC signed a Memorandum of Cooperation in 2013.' is that"
         " right per the source?", "No (our reading: that dates from 2015, not 2013)"),
        ("our article currently says 2023 was the 40th anniversary of the WIPO-China"
         " partnership. does the 2023 training source support that?", "No (our reading: the"
         " 50th anniversary"),
        ("Benjamin Ng - which organisation and what post, for the 2021 lecturer list",
         "Regional Director for Asia Pacific"),
        ("scot morris from APRA - which income sources are falling and which are rising?",
         "newspapers and books is declining"),
        ("total copyright registrations in china in 2024 according to the WIPO china roundtable"
         " article", "more than 10 million registrations"),
        ("2021 WIPO/NCAC overseas risk training in Xiamen - exact dates please, wiki just says"
         " 'July 2021'", "July 7 to 9, 2021"),
        ("How many countries ratified Beijing treaty at time of Chengdu forum by WIPO words?",
         "29 countries"),
    ],
)
def test_blind_sets_pk_to_po_after_their_run(question: str, wanted: str) -> None:
    """Sets PK to PO (run once on 76b1d4b): "which other treaty" besides one named; a person
    described, not named, then asked of ("the WIPO lady who runs the Beijing office"); a
    statement's speaker with the posts the same article gives; a last name cut short; the
    years offered with "and"; an event's edition; an ordinal guessed with its noun said
    before; a reader's wiki or article checked against the source; a person leading a
    question is whose account is asked; the article named at the end; "by WIPO words"."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "question",
    [
        "which edition of the chengdu forum was it",  # its name gives none
        "who was the music collecting society guy from sydney at chengdu?",  # no music body
        # of Sydney is on record
    ],
)
def test_blind_sets_pk_to_po_no_loose_answer(question: str) -> None:
    """An edition its name does not give, and a body described by what no fact says of the
    one in the place named, get no answer lines."""
    assert _answered(question) == ""


@pytest.mark.parametrize(
    "text",
    [
        "x" + " " * 10_000 + "y",
        "according to the " + "a " * 3000 + "x",
        "x, wiki says" + " " * 5000 + "?",
        "x does the " + "a " * 3000 + "source agree",
        "which" + " " * 5000 + "edition",
        "1st" * 3000,
        "x, " * 3000 + "she",
        "wiki " * 3000 + "says x",
        "x" + " , " * 5000 + "in the article",
    ],
)
def test_session_24_patterns_run_in_linear_time(text: str) -> None:
    """The article named at the end, the reader's own text, the source's agreement, an
    edition, "which other", the ordinal guessed and a described person's scene break, on long
    runs."""
    import re

    from cfacts.finding import answer

    patterns = (answer._ARTICLE_NAMED, answer._OWN_TEXT_SAYS, answer._SOURCE_AGREES,
                answer._EDITION_ASKED, answer._OTHER_OF_KIND, answer._OBJECT_PRONOUN,
                answer._OR_SO, answer._ORDINAL_SAID, answer._SCENE_BREAK, answer._DRAFT_SAYS,
                answer._DRAFT_QUOTED, answer._DASHED_ASKS, answer._WORDING)  # fmt: skip
    def work() -> None:
        for pattern in patterns:
            re.findall(pattern, text)

    assert cpu_seconds(work) < 0.5


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("source for the 477 million?", "477 million yuan (reported by Liu Ping) (source:"),
        ("9.38 trillion - is that WIPO's figure or NCAC's?", "NCAC's (our reading: reported by"
         " Guan Jun"),
        ("main points liu hua made about AI at the march roundtable", "Frontier Technologies"),
        ("gist of what yu cike said at the chengdu opening ceremony", "Yu Cike"),
        ("Please could you say me the names of the two european professors invited to teach in"
         " the Shanghai training, one from Italy and other from France?", "Stéphanie Carre"),
        ("In which date the WIPO Office in China celebrated the roundtable about copyright"
         " protection in Beijing?", "March 13, 2025"),
        ("belt and road copyright forum chengdu - hosted by who, what dates",
         "December 2 to 4, 2019"),
        ("Scot Morris spoke at Chengdu - which association, and in which city?",
         "Australasian Performing Right Association is in Sydney"),  # a clause before the
        # dash is no thing named: the questions are of him, read together
        ("how much was the copyright industry in 2021 in RMB", "8.48 trillion yuan"),
        ("Which edition of the copyright expo is NCAC hosting, according to Guan Jun?",
         "staging the 10th edition of the China International Copyright Expo"),  # his words
        ("which edition of the China International Copyright Expo is NCAC hosting",
         "The 10th (as its name on record gives it)"),
        ("Zheng Wei's post at CCPIT - exact wording?", "Deputy Director"),
        ("the ncac admitted chinas copyright industry contributes less than the global average,"
         " right?", "No (our reading: it says \"above\", not \"less\")"),
        ("who was the shanghai tech company CEO saying belt and road countries need big data"
         " platforms for internet copyright?", "Wu Guanyong"),
        ("Who did the first conference (the first lesson) in the Shanghai training and which is"
         " her charge in WIPO?", "Gao Hang: Director, Copyright Development Division of WIPO"),
        ("Could you list me the projects that WIPO and NCAC have realized together, like the Gold"
         " Award and the others?", "Copyright Gold Award"),
        ("Until now, how many international treaties of copyright has China ratified or"
         " accessed, according to the interview of the NCAC?", "8 treaties"),
        ("key numbers from the 2025 roundtable: copyright industry yoy growth and gdp share for"
         " 2023", "7.44%"),
        ("did zhou yaping (cavca) push for a big data platform for real time monitoring of"
         " content use?", "Yes (our reading): Zhou Yaping advocated a big data platform"),
    ],
)
def test_blind_sets_pp_to_pt_after_their_run(question: str, wanted: str) -> None:
    """Sets PP to PT (run once on 2e87720): where a figure comes from and whose it is; "main
    points X made", "gist of what X said"; "say me", "one from A and other from B"; an event
    "celebrated"; short questions after a dash; a sum asked in RMB; "admitted"; "need"; a
    place before "tech company" is the body's, not the venue."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "question",
    [
        "was chengdu the first ever belt and road copyright forum?",  # "first" is no part of
        # "Firstbrave"
        "Which AI company is Kanjian Music partnering with for global distribution?",  # none
        # besides Kanjian Music
        "what was MCSC's membership in yuan",  # members are no sum in yuan
    ],
)
def test_blind_sets_pp_to_pt_no_loose_answer(question: str) -> None:
    """A word that only begins a name, a body of the kind asked that only the question
    names, and a unit no figure of the measure asked is in, get no answer lines."""
    assert _answered(question) == ""


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Claim: Chen Xuhan proposed a national copyright data-sharing mechanism. True?",
         'No (our reading: it says "regional", not "national")'),
        ("Did Chen Xuhan propose a regional copyright data-sharing mechanism?",
         "Yes (our reading)"),
    ],
)
def test_session_25_scope_said_the_other_way(question: str, wanted: str) -> None:
    """A claim that names a thing national where the fact says regional (kept set PY's known
    wrong answer) is a "No"; the same scope as the fact's is a "Yes"."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "question",
    [
        "is beijing's copyright share above the national average?",
        "is the copyright share of GDP in beijing below the national average",
    ],
)
def test_session_25_national_side_without_a_comparison_word(question: str) -> None:
    """A national side with no "compare" or "than" in the question had raised IndexError
    (exit 70); "the national average" is the standard, not a scope said of the thing."""
    from cfacts.finding.answer import respond

    lines = respond(_REAL, question).lines
    assert not any(x.text.startswith("No (our reading: it says") for x in lines), lines


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        # an article's own title, asked as "the title of the article" or "... titled"
        ("what was the story about the xiamen training titled?", 'is headed "International'
         " Copyright Training"),
        ("What is the title of the article reporting on the 2023 Shanghai training?",
         'is headed "Training on Overseas Risk Prevention'),
        ("RCEP stands for what ?", "Regional Comprehensive Economic Partnership"),
        # a courtesy, a request sentence, and where the reader recalls a claim from
        ("Mr. Shi Jiang spoke about Chengdu being a model city for copyright. Kindly tell his"
         " official post.", "Shi Jiang: Director, Chengdu Municipal Copyright Administration"),
        ("Please clarify whether the Memorandum of Cooperation between WIPO and NCAC was signed"
         " in 2016, as I recall from Ms. Liu's speech at Xiamen.", "2015, not 2016"),
        ("that big copyright meeting in 2025, when n where", "Beijing, China, March 13, 2025"),
        ("Kindly tell me the added value of copyright industry in 2023, alongwith the"
         " year-on-year growth rate and share of GDP for the same.", "4.52%"),
        # two sentences, the second stating and ending "or not?"
        ("Who had addressed the Xiamen training from NCAC side and what was her post at that"
         " time? Also Ms. Liu Hua of WIPO was present or not?", "Zhao Xiuling (Deputy"),
        ("With which all countries or groupings China has been negotiating FTA as per the NCAC"
         " item? Also RCEP is included or not?", "Regional Comprehensive Economic Partnership"),
        # a treaty paired with another's act
        ("Ms Liu said WIPO and NCAC cooperated to promote the entry into force of the"
         " Marrakesh Treaty, true?", "No (our reading: it names the Beijing Treaty's entry into"
         " force and the Marrakesh Treaty's ratification)"),
        ("Liu Hua said they pushed for the Marrakesh Treaty's ratification, right?",
         "Yes (our reading)"),
        # a place's province on record
        ("Nantong, listed as WIPO case study, it is in Fujian province, right ?",
         "No (our reading: Nantong is in Jiangsu, not Fujian)"),
        ("which province is Dehua in?", "Dehua is in Fujian"),
        # an event's bodies with no speaker, and both kinds of side event
        ("Which African regional intellectual property body had heads in attendance at the"
         " Chengdu forum?", "African Regional Intellectual Property Organization (ARIPO) took"
         " part"),
        ("During the forum the guests went to an expo and visited some companies - which expo"
         " and which companies ?", "2019 Chengdu International Digital Copyright Expo"),
        # the conference named by the treaty it produced
        ("china co-hosted the beijing treaty conference with wipo back in 2010 right?",
         "dates from June 2012, not 2010"),
        ("which zhao lady from ncac spoke at both xiamen and the chengdu forum", "Zhao Xiuling"),
        ("roundtable about copyright and AI in 2025, organise by who and in which city?",
         "WIPO Office in China (WOC) organized"),
        ("this shanghai copyright overseas risk training 2023, which organisation hold it"
         " together?", "World Intellectual Property Organization (WIPO), United Nations"
         " organized"),
        ("Who described the conclusion of the Beijing Treaty as an important milestone for"
         " audiovisual performers, and what office did he hold?", "Francis Gurry: Director"
         " General"),
        ("By how much did the copyright industry's added value grow between 2021 and 2023,"
         " taking the Shanghai training article and the 2025 roundtable article together?",
         "+0.9 trillion yuan"),
        ("Is it correct that economic contribution of China's copyright industry is still below"
         " global average and the gap with US and Japan is widening?", 'it says "narrowing",'
         ' not "widening"'),
        ("MCSC has more than 14 000 members and gains around 2 000 new members every year,"
         " true ?", "No, not 2,000"),
        ("2024 licensing revenue, MCSC and CWWCS which one is more, how many time?",
         "20.7 times"),
        ("As per the WIPO lady at Chengdu forum, how many countries had ratified or acceded to"
         " Beijing Treaty on Audiovisual Performances by then, and how many more were needed for"
         " it to come in force?", "one more"),
        ("Which two treaties does the Xiamen report mention as areas where WIPO and NCAC"
         " cooperated, and what was promoted in each case?", "Marrakesh Treaty's ratification"),
        ("Please clarify whether China is having bilateral copyright dialogue with Mexico also,"
         " or only with EU, US and Japan.", "Yes (our reading)"),
    ],
)
def test_blind_sets_pz_to_qd_after_their_run(question: str, wanted: str) -> None:
    """Sets PZ to QD (run once on 6f6d5b6): article titles; courtesies and requests; a second
    sentence that states and asks "or not?"; a treaty paired with another's act; a province;
    bodies that took part with no speaker; the conference named by its treaty; two-clause
    claims checked clause by clause; thousands set apart by spaces."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "question",
    [
        "Who has signed for WIPO the memorandum of understanding with NCAC mentioned at the"
        " Shanghai meeting ?",  # no signatory is on record
        "Nantong in Jiangsu province won a WIPO gold award, right?",  # the province is right,
        # the award is not on record
        "headline of the 2019 interview with NCAC",  # that article shows no headline
        "is beijing's copyright share above the national average?",  # no IndexError
    ],
)
def test_blind_sets_pz_to_qd_no_loose_answer(question: str) -> None:
    """Who signed, a claim right in one part and unknown in another, and an article with no
    headline get no answer lines."""
    assert _answered(question) == ""


@pytest.mark.parametrize(
    "text",
    [
        "x" + " " * 10_000 + "y",
        "the story " + "a " * 3000 + "titled",
        "x, as i recall" + " " * 5000 + "?",
        "x, taking the " + "a " * 3000 + "articles together",
        "1 000" * 3000,
        "1 " + "000 " * 3000 + "x",
        "a is b and the c is " * 500,
        "x and gains " * 2000,
        "what office did " + "a " * 3000 + "hold",
        "x province " * 3000,
        "the beijing treaty " * 1000 + "s entry into force",
    ],
)
def test_session_25_patterns_run_in_linear_time(text: str) -> None:
    """An article's title asked, where the reader recalls a claim from, the articles taken
    together, thousands set apart by spaces, claims of two clauses, an office held, a
    province stated and a treaty's act, on long runs."""
    import re

    from cfacts.finding import answer, question

    patterns = (answer._HEADLINE_ASKED, answer._RECALLED, answer._ARTICLES_TAKEN,
                answer._CLAIM_LEAD, answer._CLAIM_AND, answer._CLAIM_AND_VERB,
                answer._CLAIM_TAG, answer._CLAIM_VERB, question._SPACED_THOUSANDS,
                question._OFFICE_HELD, question._CHECKED_AT_END)  # fmt: skip
    def work() -> None:
        for pattern in patterns:
            re.findall(pattern, text)
        answer._acts_of(text, {"beijing-treaty": ("beijing treaty",)})
        answer._claim_untagged(text)
        question.written_as_on_record(text)

    assert cpu_seconds(work) < 0.5


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("liu hua's been at all of these, xiamen and shanghai too?", "Yes, at each"),
        ("the Xi Jinping instruction they cite at the shanghai training — from the foreign"
         " affairs work conference in Nov 2018, correct?", "No (our reading: 2014, not 2018)"),
        ("Is it right that in places like Beijing, Shanghai and Shenzhen the copyright industry"
         " made up between 9 and 12 per cent of GDP in 2017?", "Yes: Copyright industry share"),
        ("Liu Hua say china is key user of WIPO, true or not?", "the article's own words:"
         ' "key user of WIPO"'),
        ("What all joint projects WIPO and NCAC have done under their cooperation as told at"
         " Xiamen? Please list the same.", "International Copyright Forum"),
    ],
)
def test_blind_sets_qe_to_qi_after_their_run(question: str, wanted: str) -> None:
    """Sets QE to QI (run once on 09859dd): "X's been at A and B too?"; a year after another
    kind of event is that event's; a range stated with its unit once; the article's own words
    behind a "Yes"; "list the same" and "as told at"."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "question",
    [
        "What did the Governor of Sichuan say when he welcomed the guests to Chengdu?",  # no
        # governor is on record ("governing" is no governor)
        "xiamen 2021 training co-host with which xiamen local govt department?",  # WIPO and
        # NCAC only
        "Is it right that in places like Beijing, Shanghai and Shenzhen the copyright industry"
        " made up between 8 and 10 per cent of GDP in 2017?",  # a range not on record
    ],
)
def test_blind_sets_qe_to_qi_no_loose_answer(question: str) -> None:
    """An office no one holds, a sort of organizer none is, and a range not on record get no
    answer lines."""
    assert _answered(question) == ""


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("In which year did the World Intellectual Property Office and the Chinese copyright"
         " administration sign their Memorandum of Cooperation?", "2015"),
        ("the shanghai training say 2023 is 40th anniversary of WIPO and China partnership,"
         " correct or not?", "No (our reading: the 50th anniversary, not the 40th)"),
        ("Am I right in thinking that 2023 marked forty years of partnership between WIPO and"
         " China?", "the 50th anniversary"),
        ("How has the share of the copyright industry in the GDP of China developed from 2017"
         " until 2023?", "7.35% in 2017 to 7.44% in 2023"),
        ("The Belt and Road copyright forum was held in the province Yunnan, is it so?",
         "No (our reading: Belt and Road International Forum on Copyright was held in Sichuan,"
         " not Yunnan)"),
        ("which province was the chengdu forum held in?", "was held in Sichuan"),
        ("the xiamen 2021 training is organise by WIPO and CCPIT is it?", "No (our reading:"
         " the record names WIPO and NCAC"),
        ("MCSC licensing revenue 2024 how much ah, up how many percent?", "11%"),
    ],
)
def test_blind_sets_qe_to_qi_refusals_answered(question: str, wanted: str) -> None:
    """Refusals of sets QE to QI, now answered: a body's noun typed another way ("the World
    Intellectual Property Office"); "correct or not?", "is it so?"; "forty years"; "developed
    from ... until ..."; an event's province; "up how many percent"."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "text",
    [
        "x" + " " * 10_000 + "is it?",
        "x" + " ," * 5000 + "is it so?",
        "between 1 and " * 2000 + "2 per cent",
        "correct or not " * 2000,
        "forty years " * 2000,
        "9" + " - 9" * 3000 + "%",
    ],
)
def test_session_25_checks_and_ranges_run_in_linear_time(text: str) -> None:
    """A check at a claim's end ("is it?", "correct or not?"), a range stated with its unit
    once, and round years in words, on long runs."""
    import re

    from cfacts.finding import answer, question

    def work() -> None:
        for pattern in (question._IS_IT_TAG, question._OR_NOT_TAG, question._RANGE_UNIT_ONCE,
                        question._TENS_OF_YEARS, question._OPENS_ASKING, answer._RANGE_STATED):
            re.findall(pattern, text)
        question.written_as_on_record(text)

    assert cpu_seconds(work) < 0.5


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("which two chinese towns got picked as wipo case studies nan tong and what else",
         "Dehua (place)"),
        ("so basically who put on the shanghai copyright risk training was it like two"
         " organizations", "National Copyright Administration of China (NCAC) organized"),
        ("Guan Jun NCAC - key initiatives he listed at roundtable?",
         "China International Copyright Expo"),
        ("so wipo and ncac helped the beijing treaty come into force and got some other treaty"
         " ratified which one was that", "Marrakesh Treaty's ratification"),
    ],
)
def test_blind_sets_qj_to_qn_after_their_run(question: str, wanted: str) -> None:
    """A place named before "and what else" among "which two towns" is set aside; "so
    basically" asks nothing; "the initiatives he listed at" is what he said; "some other
    treaty" is not the treaty named."""
    text = _answered(question)
    assert wanted in text, text
    if "what else" in question:
        assert not text.startswith("Nantong"), text


@pytest.mark.parametrize(
    "question",
    [
        "Liu Hua took over WIPO China office what yr?",  # no start of a post is on record
        "how much women participated in the Xiamen copyright training of 2021?",  # not the
        # women among the speakers named
        "what is the growth forecast of chinese copyright industry for 2025?",  # no forecast
        "what were APRA's collections figures that Scot Morris gave in chengdu",  # his words
        # hold no figure
    ],
)
def test_blind_sets_qj_to_qn_refused(question: str) -> None:
    """When a post began, a group's share of the participants and a forecast are not on
    record."""
    assert _answered(question) == ""


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("who is gow hang at wipo whats her job", "Gao Hang: Director"),
        ("which law firm is jeff hussey a partner at", "AA Thornton"),
        ("who is leo hua", "Liu Hua: Director"),
    ],
)
def test_a_two_word_name_heard_one_word_off(question: str, wanted: str) -> None:
    """A voice assistant's spelling of one word of a person's two-word name ("leo hua",
    "jeff hussey") is read as the name when the other word is as written."""
    text = _answered(question)
    assert wanted in text, text


def test_a_word_of_another_name_is_never_heard_as_a_given_name() -> None:
    """"law" is a word of the Copyright Law's name, so "copyright law hua" names nobody."""
    assert "Liu Hua" not in _answered("copyright law hua")


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("mcsc collections growth 2024 vs previous yr, what percent?", "11%"),
        ("what were CAVCA's collections in 2024", "about 5.1 billion yuan"),
        ("how much did the copyright industry gdp share change from 2021 to 2023, in percentage"
         " points not percent", "+0.03 points"),
        ("has copyright been getting bigger as a share of chinas gdp like from 2017 to 2021 to"
         " 2023", "Yes: Copyright industry share of China's GDP"),
        ("copyright industry share of national goods exports - Zhao's number at Xiamen",
         "more than 11%"),
        ("Is true that NCAC is hosting the 9th China International Copyright Expo?",
         "No (our reading: the 10th, not the 9th)"),
        ("CWWCS distro ratio 2024", "more than 60%"),
    ],
)
def test_blind_sets_qj_to_qn_refusals_answered(question: str, wanted: str) -> None:
    """A society's "collections" are its revenue; "in percentage points not percent" asks
    the points; "getting bigger" is growing; a reporter's figure "at Xiamen" is the one they
    gave there; an edition typed that the event's name does not give is checked."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Is the gap between China and developed countries like USA and Japan in economic"
         " contribution of copyright industry getting bigger?", 'it says "narrowing"'),
        ("wipo signed some memorandum w ncac, what areas is it supposed to cover right",
         "Memorandum of Cooperation between WIPO and NCAC"),
    ],
)
def test_getting_bigger_of_a_gap_and_supposed_to_cover(question: str, wanted: str) -> None:
    """A gap "getting bigger" is widening (not growth); what a memorandum is "supposed to
    cover" is what it covers."""
    text = _answered(question)
    assert wanted in text, text


def test_a_name_heard_is_never_read_out_of_a_longer_one() -> None:
    """"gao yun fay" is Gao Yunfei as heard, never Gao Hang with "yun" heard as "Hang"."""
    assert "Gao Hang" not in _answered(
        "what did gao yun fay say in his speech at the shanghai training opening"
    )


@pytest.mark.parametrize(
    "text",
    [
        "gap " + "a " * 5000 + "getting bigger",
        "the gap" * 3000 + " getting wider",
        "percentage points " + " " * 5000 + "not percent",
        "getting bigger " * 2000 + "as a share",
        "supposed to " * 3000,
        "growth forecast " * 3000,
        "leo hua " * 3000,
    ],
)
def test_session_26_sayings_run_in_linear_time(text: str) -> None:
    """The sayings added for sets QJ to QN ("getting bigger", "not percent", "supposed to
    cover", "growth forecast") and names heard, on long runs."""
    import re

    from cfacts.finding import question

    sayings = [p for words, p, _ in question._SAYINGS
               if {"getting", "not", "supposed", "forecast"} & set(words)]  # fmt: skip
    def work() -> None:
        for pattern in sayings:
            re.sub(pattern, "", text, flags=re.IGNORECASE)
        question.read(_REAL, text)

    assert cpu_seconds(work) < 2.0


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Was the Director General of Copyright Department who spoke at Chengdu forum the same"
         " person as at the 2023 Shanghai training?", "No, not the same person (our reading):"
         " Yu Cike"),
        ("Please let me know the total number of copyright registrations in China in 2024.",
         "more than 10 million"),
        ("Is my understanding correct that MCSC membership exceeded 14,000, growing by about"
         " 10,000 per year recently?", "No, not 10,000"),
        ("Is my understanding correct that WIPO and NCAC cooperated to promote the ratification"
         " of Beijing Treaty and the entry into force of Marrakesh Treaty?",
         "No (our reading: it names the Beijing Treaty's entry into force"),
        ("is it fair to say copyright was about 7.4% of chinas GDP in 2021?", "Yes: "),
        ("q: mcsc database info volume growth y/y", "27%"),
        ("any1 from tencent speak at these?", "Jiang Bo"),
        ("does the 2023 Shanghai training report say WIPO signed a memorandum of understanding"
         " on bilateral cooperation with NCAC?", "Yes (our reading): WIPO-NCAC Memorandum"),
    ],
)
def test_blind_sets_qo_to_qs_after_their_run(question: str, wanted: str) -> None:
    """"the same person as at" another event compares the holders at each; "please let me
    know", "is my understanding correct that", "is it fair to say" and a note's "q:" ask
    what follows; two acts paired by bodies that cooperated, with no speaker named, are
    checked against whoever said so; "any1"."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "question",
    [
        "gao hang talked about new treaties being drafted - which ones by name?",  # "which
        # ones" of treaties: none is named
        "Geoff Hussey from AA Thornton, what topic he gave in Xiamen, the film rights one?",
        # a guess at the end, and no topic of his alone is on record
        "who's wipo director general now, the 2025 one",  # "the 2025 one" asks which; none
        # is reported for 2025
        "Please let me know the names of eight copyright treaties China ratified or acceded.",
        # two acts of one kind, no choice between them; the eight are not named
    ],
)
def test_blind_sets_qo_to_qs_refused(question: str) -> None:
    """"which ones" after treaties asks which treaties; a trailing guess ("the film rights
    one?") is no part of what is asked."""
    assert _answered(question) == ""


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Yucike said what at opening ceremony about belt and road copyright cooperation",
         "said: \u201cAdvancing copyright cooperation along the Belt and Road"),
        ("every CMO / copyright society that spoke at the march 2025 roundtable",
         "China Audio-Video Copyright Association"),
        ("I was wondering how many copyright registrations there were in China in 2024?",
         "more than 10 million"),
        ("Could you possibly tell me what post Sylvia Forbin holds at WIPO?",
         "Deputy Director General"),
        ("Sylvie Forbin, what was her post in WIPO at time of the Chengdu forum?",
         "Deputy Director General"),
        ("In which year the OMPI signed the Memorandum of Cooperation with NCAC?", "2015"),
        ("what did Gurrey actually say about the beijing treaty when it was concluded? exact"
         " words pls", "said: \u201cThe conclusion of the Beijing Treaty"),
        ("Which law firms were the solicitors at the Xiamen training from?", "Boss & Young"),
    ],
)
def test_blind_sets_qt_to_qx_after_their_run(question: str, wanted: str) -> None:
    """What someone said is given in their words too, when the article quotes them there;
    "CMO / copyright society" names one kind of body; "I was wondering", "could you
    possibly", "at time of"; WIPO's French initials; a capitalized surname one letter off;
    a Briton's "solicitors"."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "question",
    [
        "the NCAC interview on international cooperation, can you precise the name of the"
        " official who gave it?",  # French "préciser": no interviewee is named
        "I was wondering which free trade negotiations the copyright administration of Sichuan"
        " mentioned China taking part in?",  # Sichuan's administration named none
    ],
)
def test_blind_sets_qt_to_qx_refused(question: str) -> None:
    """"can you precise" asks for what follows; a body that said no such thing is not
    answered with what another body said."""
    assert _answered(question) == ""


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("How many international copyright treaties has China ratified or joined, according to"
         " that interview with the copyright administration?", "8 treaties"),
        ("What did the Australian gentleman, Scott Morris, say about how incomes in the"
         " copyright industry are changing?", "Scot Morris said"),
        ("Could you possibly tell me how much the audio-video association, CAVCA I think it's"
         " called, made from karaoke in 2024?", "more than 4 billion yuan"),
        ("audio video copyright association revenue 2024 and karaoke part how much",
         "more than 4 billion yuan"),
        ("every event where Liu Hua from the wipo china office spoke, w/ city and year",
         "Beijing, China, March 13, 2025"),
        ("which foreign 'experts' did they bring to the shanghai course, and from which"
         " universities", "University of Strasbourg"),
        ("what expo did the forum guests tag along to in chengdu",
         "2019 Chengdu International Digital Copyright Expo"),
        ("the Beijing Treaty on Audiovisual Performances came out of a 2014 conference in"
         " beijing right?", "No (our reading: that dates from June 2012, not 2014)"),
        ("are they seriously saying 2023 was the 50th anniversery of WIPO and China working"
         " together??", "Yes (our reading): 2023"),
        ("Zhao claimed copyright exports are only about 5% of china's goods exports, didnt she?",
         "No, not 5%"),
        ("why did china's copyright share of GDP shrink between 2017 and 2021?",
         "No: Copyright industry share of China's GDP: 7.35% in 2017 to 7.41% in 2021"),
        ("Who was the colleague of WIPO lecturing in Xiamen (dispute resolution topic)? from"
         " which division", "Ignacio de Castro"),
    ],
)
def test_blind_sets_qt_to_qx_refusals_answered(question: str, wanted: str) -> None:
    """"the copyright administration" is the one whose name no place narrows (NCAC); a
    descriptive "the Australian gentleman," before a name; a capitalized surname a letter
    long ("Scott"); "X I think it's called"; "karaoke part how much"; "w/ city and year";
    "did they bring to", "tag along to", "came out of a conference", "the colleague of";
    "seriously"; "only about 5%"; a "why" whose premise does not hold."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "question",
    [
        "who heads the copyright administration?",  # NCAC's head is not on record, and
        # Chengdu's is not asked for
        "why did MCSC's revenue rise in 2024?",  # it did: why is not on record
    ],
)
def test_blind_sets_qt_to_qx_still_refused(question: str) -> None:
    """A name matched in part is the closest one, not whichever has a head on record; a
    "why" whose premise holds is not answered with the premise."""
    assert _answered(question) == ""


@pytest.mark.parametrize(
    "text",
    [
        "the " + "big " * 3000 + "gentleman, Scott Morris,",
        "CAVCA " + "i think " * 3000 + "it's called,",
        "and " + "karaoke " * 3000 + "part how much",
        "w/ " + "city and " * 3000 + "year",
        "did they bring " * 3000 + "to",
        "came out of a " + "big " * 3000 + "conference",
        "why did " + "x " * 3000 + "?",
        "only " * 3000 + "about 5%",
        "Gurrey " * 3000,
        "sylvie " * 3000 + "who dat",
        "lecture " * 3000 + "on xiamen",
        "2023 " * 3000 + "year",
        "gap " + "x " * 3000 + "growing",
        "percentage " * 3000 + "point change",
        "how many " * 3000 + "points up",
        "and " * 3000 + "the unit",
        "x? " + "a " * 3000 + "I assume",
        "invited " * 3000 + "2 the",
        "+ " * 3000,
        "copyright industry " + "n wats " * 3000,
        "did " + "x " * 3000 + "date the y to 2015",
        "which of these trainings" + " and forums" * 3000 + " was",
        "was she at" + ", all of them" * 3000 + " or",
        "the opening " * 3000 + "lecture",
        "name and " * 3000 + "post",
        "x, " + "it was " * 3000 + "summer sometime",
        "x, " + "that's what i " * 3000 + "wrote down",
        "x, i had " + "seven " * 3000 + "in my notes",
        "x, " + "yoo tsuh " * 3000 + "or similar",
        "wait " * 3000,
        "and also " * 3000 + "roughly how",
        "checking a line " + "for " * 3000 + ":",
        "x - have i got " * 3000 + "that right",
        "copyright " * 3000 + "row",
        "x" + " " * 10_000 + "have i got that right",  # runs of spaces: each saying starts
        "sylvie" + " " * 10_000 + "who dat",  # where a run begins, not inside it
        "x" + " " * 10_000 + "with city and year",
        "x" + " " * 10_000 + "i think it's called,",
        "x" + " " * 10_000 + "and the unit",
        "x" + " " * 10_000 + "n wats",
        "x is only" + " " * 10_000 + "5",
    ],
)
def test_session_27_sayings_run_in_linear_time(text: str) -> None:
    """The sayings of session 27 read a long hostile text in linear time."""
    from cfacts.finding import answer, question

    words = {"gentleman", "called", "part", "city", "bring", "came", "only", "tag",
             "colleague", "possibly", "time", "precise", "cmo", "who", "on", "year", "belt",
             "wen", "2", "percentage", "points", "gigs", "bgm", "+", "unit", "assume",
             "attorneys", "growing", "seriously", "date", "trainings", "all", "banquan",
             "till", "sometime", "mention", "wrote", "wait", "similar", "yidai", "checking",
             "got", "row", "billed"}  # fmt: skip
    assert len([p for said, p, _ in question._SAYINGS if words & set(said)]) >= 25
    more = [answer._WHY, answer._SAID_WHAT, question._AND_TYPED, answer._OPENING,
            answer._NAME_AND_POST]  # fmt: skip
    assert _read_in_linear_time(text, words, more) < 2.0


def _read_in_linear_time(text: str, words: set[str], more: Sequence[str] = ()) -> float:
    """Seconds the sayings triggered by ``words`` (and ``more`` patterns), the dialects and
    a whole reading of the question take on ``text``."""

    from cfacts.finding import question
    from cfacts.finding.lookup import MAX_QUERY

    sayings = [p for said, p, _ in question._SAYINGS if words & set(said)]
    def work() -> None:
        for pattern in [*sayings, *more]:
            re.sub(pattern, "", text, flags=re.IGNORECASE)
        question.letter_names_read(text)
        question.dialect_read(text)
        question.read(_REAL, text[:MAX_QUERY], respell=True)  # `ask` takes no more

    return cpu_seconds(work)


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("NCAC say gap between China and USA, Japan in economic contribution of copyright"
         " industry is growing, right?", "No (our reading: it says \"narrowing\""),
        ("is the gap with the US growing?", "No (our reading: it says \"narrowing\""),
        ("Is it correct that the Ms. Zhao Xiuling, deputy director general of the Copyright"
         " Department of NCAC, spoke also at the Chengdu forum on internet copyright?",
         "Yes (our reading): Zhao Xiuling"),
        ("copyright industry 2023 grew by wat % n wats its share of gdp", "4.52%"),
        ("by how many percent did the copyright industry grow in 2023", "4.52%"),
        ("Which law firms and attorneys gave lectures at the Xiamen training 2021?",
         "AA Thornton"),
        ("liu hua heads wipo china office ya or no", "Yes: Liu Hua"),
    ],
)
def test_blind_sets_qy_to_rc_after_their_run(question: str, wanted: str) -> None:
    """A gap "growing" is widening; a post set between commas after a name is who she is,
    not what is checked; "grew by what %" asks a rate of growth, and "n wats" a second
    question; "attorneys" are lawyers (not Boss & Young, Attorneys at Law); "ya or no"."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    ("question", "unwanted"),
    [
        ("gao yunfei is like head of shanghai film bureau?? ya or no", "No"),  # he is
        ("cavca has like 800 record companies n 2000 producers rly?", "no figure for 2000"),
        ("what share did the copyright industry grow to", "4.52%"),  # a level, not a rate
    ],
)
def test_blind_sets_qy_to_rc_not_answered_wrong(question: str, unwanted: str) -> None:
    """"ya" is a tag's word, no body's; a year-like count after another count ("800 record
    companies n 2000 producers") is no year; "grow to what share" asks a level."""
    text = _answered(question)
    assert not text.startswith(unwanted) and unwanted not in text, text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("sylvie forbin who dat", "Deputy Director General"),
        ("Is it true that Ignacio de Castro from WIPO gave lecture on Xiamen training 2021?",
         "Yes (our reading): Ignacio de Castro"),
        ("Who was Director General of Copyright Department on opening of Shanghai training 2023"
         " year?", "Wang Zhicheng"),
        ("who all wer the experts invited 2 the shanghai training", "Stéphanie Carre"),
        ("where n wen was the belt n road copyright forum", "Chengdu, China, December 2 to 4"),
        ("shanghai training was 5 days rly?", "No (our reading: three days)"),
        ("who sed the thing bout copyright cooperation along belt n road n common prosperity",
         "Yu Cike"),
        ("copyright industry share of GDP, 2017 versus 2023: how many percentage points up?",
         "+0.09 points"),
        ("percentage point change in the copyright industry's GDP share between 2021 and 2023?",
         "+0.03 points"),
        ("MCSC money from live gigs + BGM last year how much", "more than 130 million yuan"),
        ("does MCSC sue over online piracy?", "Yes (our reading)"),
        ("china copyright industry added value for 2021 - what's the exact figure and the unit?"
         " RMB trillion I assume", "8.48 trillion yuan"),
        ("Sichuan copyright trading in 2018 - value in yuan, and number of works registered?",
         "170,000 works"),
    ],
)
def test_blind_sets_qy_to_rc_refusals_answered(question: str, wanted: str) -> None:
    """Text-speak ("who dat", "wer", "invited 2", "n wen", "belt n road", "rly", "sed"); a
    Russian's "lecture on Xiamen training", "on opening of", "2023 year"; "how many
    percentage points up", "percentage point change"; "live gigs + BGM"; "sue"; "and the
    unit", "... I assume"; ", and number of" as a second question."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Guan Jun is deputy director of NCAC's copyright management division - correct?",
         "No, not as stated"),
        ("did Liu Hua date the WIPO-NCAC Memorandum of Cooperation to 2015?",
         "Yes (our reading): Liu Hua said"),
        ("did Liu Hua date the Memorandum of Cooperation to 2016?", "No (our reading: 2015"),
        ("who delivered the opening lecture at the Shanghai training?", "Gao Hang"),
        ("who gave the opening speech at the Chengdu forum", "Yu Cike"),
        ("What were the topics lectured on at the said Xiamen training?",
         "Alternative dispute resolution in the development of the copyright industry"),
        ("liu hua from the wipo office in china, which of these trainings and forums was she"
         " actually at, all of them or", "WIPO Office in China Roundtable on Copyright"),
    ],
)
def test_blind_sets_rd_to_rh_after_their_run(question: str, wanted: str) -> None:
    """A unit is told by the words of its name, not of our description of it; "did X date
    Y to 2015" asks what X said; the opening lecture is the one that opened the series, and
    an opening speech one given at the opening ceremony; an event's lecture subjects named
    for its lecturers together; "which of these trainings and forums was she at"."""
    text = _answered(question)
    assert wanted in text, text
    if "opening" in question:
        assert len(respond_lines(question)) == 1


def respond_lines(question: str) -> list[str]:
    from cfacts.finding.answer import respond

    return [x.text for x in respond(_REAL, question).lines]


@pytest.mark.parametrize(
    "question",
    [
        "Kindly who delivered the opening lecture at the Xiamen 2021 training?",  # which of
        # its lecturers came first is not on record
        "ARIPO at the Chengdu forum - who was there, name and post?",  # no one of ARIPO's is
        # named
    ],
)
def test_blind_sets_rd_to_rh_refused(question: str) -> None:
    """An opening lecture no fact says opened; a name and post asked of people no fact
    names."""
    assert _answered(question) == ""


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Banquanju and WIPO signed the memorandum of cooperation in which year?", "2015"),
        ("KTV licensing fee collected by Yinjixie (CAVCA) in 2024, how much?",
         "more than 4 billion yuan"),
        ("Yinzhuxie (music copyright society) 2024 licensing revenu and growth?",
         "477 million yuan"),
        ("Yidai Yilu international banquan forum in Chengdu held which dates?",
         "December 2 to 4"),
        ("Zeng Jin of Zhongguo Banquan Xiehui support which NCAC campaign against piracy?",
         "Copyright Society of China"),
        ("Xiamen international copyright training 2021 - from when till when?", "July 7 to 9"),
        ("the xiamen training, the international copyright one from 2021, what were the dates"
         " on that, it was summer sometime", "July 7 to 9"),
        ("The Shanghai training made mention of an anniversary of the WIPO and China"
         " partnership, which anniversary was it?", "50th anniversary"),
        ("Do let me know which law firms the Xiamen lecturers were coming from", "AA Thornton"),
        ("wait is 2023 the 40th anniversary of wipo and china working together, that's what I"
         " wrote down", "No (our reading: the 50th anniversary, not the 40th)"),
        ("so how many international copyright treaties has china ratified or joined so far"
         " according to ncac, I had seven in my notes", "8 treaties"),
        ("who was ncac's copyright department director general at the chengdu opening"
         " ceremony, yoo tsuh-kuh or similar", "Yu Cike"),
        ("the belt and road copyright forum in chengdu, what were the dates and also roughly"
         " how many guests", "Nearly 200 people"),
    ],
)
def test_blind_sets_rd_to_rh_refusals_answered(question: str, wanted: str) -> None:
    """Pinyin names of bodies and words (banquan, Banquanju, Yinzhuxie, Yinjixie, Wenzhuxie,
    Yidai Yilu, Zhongguo Banquan Xiehui); "from when till when"; a trailing season guessed,
    a note ("that's what I wrote down", "I had seven in my notes"), a name guessed by ear
    ("or similar"); "made mention of"; "do let me know"; a dictated "wait"; "and also
    roughly how many"."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Checking a line for tonight's bulletin: NCAC and WIPO jointly ran the 2023 training"
         " on overseas risk prevention & control for the copyright industry in Shanghai on 16"
         " Oct. Is that correct?", "Yes (our reading)"),
        ("Liu Hua said WIPO and NCAC helped bring the Marakesh Treaty into force and get the"
         " Beijing Treaty ratified - have I got that the right way round?",
         "No (our reading: it names the Beijing Treaty's entry into force"),
        ("which film copyright row did the China Film Copyright Association person bring up?",
         "Hi, Mom"),  # the dispute, by its own line or by the statement citing it
    ],
)
def test_blind_set_rh_refusals_answered(question: str, wanted: str) -> None:
    """A fact-checker's "Checking a line for ...:", "have I got that the right way round?";
    a Briton's copyright "row"."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("kindly confirm copyright industry was 7.35% of GDP in 2017, and what was the number"
         " for Beijing Shanghai Shenzhen", "Yes: Copyright industry share of China's GDP in 2017"),
        ("kindly confirm copyright industry was 7.35% of GDP in 2017, and what was the number"
         " for Beijing Shanghai Shenzhen", "between 9% and 12%"),
        ("Guan Jun of NCAC is deputy director of which division and which regulations NCAC is"
         " revising on priority", "Regulations on the Collective Administration of Copyright"),
        ("FTA talks china was in - australia, south korea and which union?",
         "Eurasian Economic Union"),
        ("Liu Hua said WIPO and NCAC helped bring the Marakesh Treaty into force and get the"
         " Beijing Treaty ratified - have I got that the right way round?",
         "No (our reading: it names the Beijing Treaty's entry into force"),
        ("what did chen from ali pictures propose", "Chen Xuhan proposed"),
    ],
)
def test_blind_sets_ri_to_rm_after_their_run(question: str, wanted: str) -> None:
    """A claim then "what was the number for <places>": the claim checked against its own
    figure, the places' figure given as asked; a statement names the regulations by their
    title; "which union" after two countries is another body; a check after " - "."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "question",
    [
        "which was the expert that gave the conference about risk of Film and Television"
        " Rights in the Xiamen training?",  # the article names the subjects together
        "xiamen 2021 training in person or hybrid/online bc covid?",  # "in person": on site
        "which chinese official signed the beijing treaty for china",  # no signer on record
        "what did chen shoe han from ali pictures say about the hi mom case",  # Chen, not Shi
        "have I got that the right way round?",  # a check of nothing
    ],
)
def test_blind_sets_ri_to_rm_refused(question: str) -> None:
    """Wrong answers given with exit 0 by sets RI to RM, now refused: a "conference" given
    about a subject is a lecture, "which was the expert" asks who; "in person" is no person;
    "which Chinese official signed" asks a doer, whom a speaker's words are not; a surname
    typed as the fact base spells it is never heard as another person's name."""
    assert _answered(question) == ""


@pytest.mark.parametrize(
    "text",
    [
        "x" + " " * 10_000 + "in person",
        "gave" + " " * 10_000 + "conference about",
        "which was the " + "a " * 5000 + "expert that",
        "x" + " " * 10_000 + "have i got that right",
        " " * 10_000 + "have i got that right",
        "x" + " " * 10_000 + "is true?",
        "of" + " " * 10_000 + "chengdu city",
        "was the " + "a " * 5000 + "supposed to run",
        "at time of " + "a " * 5000 + "training",
        "out of the same " * 1000,
        "as mentioned " * 2000 + "at the",
        "whip " * 3000 + "oh",
        "countries " * 3000 + "or blocs",
        "ncac " + " " * 10_000 + "claims x",
        "x" + " " * 10_000 + "- true?",
        "x?" + " " * 10_000 + "y and what else",
        "7" + " " * 10_000 + "%",
        "a" + "-like" * 3000,
        "x," + " " * 10_000 + "so 5",
        "when " + "a " * 5000 + ", was it",
        "2018" + " " * 10_000 + "/ works",
        "x," + " " * 10_000 + "strictly speaking",
        "x?" + " " * 10_000 + "if so what?",
        "x" + " " * 10_000 + "ah?",
        "x," + " " * 10_000 + "can tell me",
        "x" + " " * 10_000 + "is it",
        "x" + " " * 10_000 + "with units",
        "we wish to know" + " " * 10_000 + "x",
        "is it true that the " + "a " * 5000 + "is headed by x?",
        "the x is headed by " + "a " * 5000 + "?",
        "x" + " " * 10_000 + "lol",
        "bet" + " " * 10_000,
        "was x, who " + "a " * 5000 + ", the",
        "percent" + " " * 10_000 + "point",
        "x" + " " * 10_000 + "diba?",
        "x" + " " * 10_000 + "ba?",
        "sino po " * 3000,
        "whit fae " * 3000,
        "x which " + "a " * 5000 + "referred to",
    ],
)
def test_session_28_sayings_run_in_linear_time(text: str) -> None:
    """The sayings of session 28 read a long hostile text in linear time."""
    words = {"person", "conference", "which", "got", "cent", "same", "all", "till", "as",
             "blocs", "between", "true", "assisted", "city", "supposed", "videogame", "time",
             "year", "claims", "claim", "else", "%", "-like", "check", "occupation", "became",
             "so", "strictly", "together", "eh", "ah", "tell", "unit", "wish", "headed",
             "bet", "lol", "point", "who", "diba", "tama", "ba", "po", "sir",
             "referred"}  # fmt: skip
    assert _read_in_linear_time(text, words) < 2.0


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("when was the whip oh copyright risk training in shang hai", "October 16"),
        ("what year did whip oh and ncac sign the memorandum of cooperation", "2015"),
        ("the beijing treaty was whip ohs first copyright treaty in how many years", "20 years"),
        ("copyright industry share of gdp in twenty twenty one what per cent", "7.41%"),
        ("c a v c a does it have over two thousand record companies as members",
         "No: Record companies among CAVCA members in 2024: nearly 800"),
        ("Xiamen training on overseas risk prevention 2021 - kindly confirm the dates of the"
         " same", "July 7 to 9, 2021"),
        ("till date how many international copyright related treaties china has ratified or"
         " acceded to as per NCAC interview", "8 treaties"),
        ("Diplomatic Conference on Protection of Audiovisual Performances - when was it held and"
         " china co-organised the same with whom", "World Intellectual Property Organization"),
        ("CAVCA revenue in 2024 from karaoke and sound recording broadcasting rights, and out of"
         " the same how much was karaoke licensing fees", "more than 4 billion yuan"),
        ("Is it correct that 2023 was the 40th anniversary of partnership between WIPO and China"
         " as mentioned at the Shanghai meeting?", "No (our reading: the 50th anniversary"),
        ("Mexico is between the countries that have bilateral dialogue of copyright with China?",
         "Mexico"),
        ("Zhou Qing is director of the copyright administration of Chengdu city, is true?",
         "No, not as stated"),
        ("Zhao Xiuling assisted to which events? in which cities", "Chengdu"),
        ("with which countries or blocs China negotiate free trade agreements?",
         "Eurasian Economic Union"),
        ("somebody of the chinese television CCTV gave conference in Xiamen? who", "Yan Bo"),
        ("ignacio de castro title at time of xiamen training?", "Director, IP Disputes"),
        ("how many days was the shanghai training supposed to run", "three-day"),
        ("NCAC claims china copyright industry econ contribution is above global avg - true?",
         "Yes (our reading"),
        ("sylvie forbin was ADG copyright at chengdu, yes?", "No, not as stated"),
    ],
)
def test_blind_sets_ri_to_rm_refusals_answered(question: str, wanted: str) -> None:
    """Refusals of sets RI to RM, now answered: speech-to-text's "whip oh" (WIPO), "per
    cent", "over two thousand record companies" (a count, no year); Indian English "the
    same" (it), "till date", "what all"; Spanish English "between the countries" (among),
    "is true?", "assisted to" (attended), "the 2018 year", "gave conference in"; "as
    mentioned at" (where it was noted); "of Chengdu city"; "at time of"; "supposed to run"."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("was the Beijing treaty adopted in the same year as the conference", "the same year"),
        ("in which city was the forum held", "which city"),
        ("is it the same as in 2021", "the same as"),
        ("what does the whipped cream cost", "whipped"),
        ("whom will WIPO assist to bring their creativity to the market", "assist to bring"),
        ("didn't Zhao claim exports make up over 20%", "Zhao claim"),
        ("works registered in chengdu city in 2018?", "chengdu city"),
    ],
)
def test_session_28_sayings_keep_what_they_do_not_mean(text: str, kept: str) -> None:
    """"the same" before a noun or "as", "which city", and a word that only begins like
    "whip" are left as written."""
    from cfacts.finding.question import letter_names_read, said_plainly

    assert kept in letter_names_read(said_plainly(text))


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Liu Ping is vice chair and director general over at MCSC, yeah?",
         "Yes: Liu Ping: Director General"),
        ("sichuan copyright trading 2018 / works registered", "more than 100 million yuan"),
        ("what joint projects have WIPO and NCAC run since the MoU? copyright gold award and what"
         " else", "International Copyright Forum"),
        ("is it true that in 2021 the chinese copyright industry made RMB 8.48 trillion of added"
         " value, so 7.14 % of the GDP ?", "No, not 7.14%"),
        ("how much licensing income the chinese SACEM-like society MCSC made in 2024?",
         "477 million yuan"),
        ("beijing treaty diplo conference - when + co-organiser", "June 2012"),
        ("liu hua roundtable - the 2 hit titles she name checked", "Black Myth"),
        ("how much percent is China copyright industry's GDP occupation ratio in 2021 year?",
         "7.41%"),
        ("which year did WIPO and NCAC Memorandum of Cooperation became signed?", "2015"),
        ("Zhou Yaping is vice chairman and director general of CAVCA?",
         "Yes: Zhou Yaping: Director General"),
    ],
)
def test_blind_sets_rn_to_rr_after_their_run(question: str, wanted: str) -> None:
    """Two posts stated with "and" are checked together; a spaced slash after a year joins
    two figures; "X and what else" after the question asking for them all; ", so 7.14%" is
    a second figure checked; "SACEM-like", "diplo", "name checked", "occupation ratio",
    "did ... became signed"."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "question",
    [
        "MCSC has a reciprocal representation contract with SACEM? since which year?",
        "when gao hang talked about new treaties at shanghai, was it the broadcasting treaty she"
        " meant?",
        "Liu Ping is chairman and director general of MCSC, right?",
    ],
)
def test_blind_sets_rn_to_rr_not_confirmed(question: str) -> None:
    """Wrong answers of sets RN to RR with exit 0, now refused or denied: a question after
    another that names what no fact holds (SACEM); a clause of time ("when she talked about
    ...,") sets the scene of what is asked; a title stated is never a lesser one held."""
    text = _answered(question)
    assert not text.startswith("Yes") and "2024: MCSC" not in text and "lectured" not in text, text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("In her remarks at the Xiamen training 2021, did Ms Zhao give any figure for the share"
         " of the copyright industry export in the country's total exports of goods? If so what"
         " exactly was the figure?", "Yes (our reading): Copyright industry share of China's"
         " total exports of goods"),
        ("Did Liu Hua speak at the roundtable? If so, what did she say about AI?",
         "Yes (our reading): Liu Hua"),
        ("According to the NCAC representative at the 2025 roundtable, how many copyright"
         " registrations were there in China for 2024, strictly as reported?", "10 million"),
        ("For the Belt and Road International Forum on Copyright in 2019, in which city and from"
         " which date to which date was it held, strictly as the report says?", "December 2"),
        ("As reported on the NCAC site, on which date strictly speaking was the 2023 Training on"
         " Overseas Risk Prevention and Control of Copyright Industry held in Shanghai jointly by"
         " NCAC and WIPO? We need the exact day for our training records, not only the month.",
         "October 16"),
    ],
)
def test_blind_sets_rs_to_rw_after_their_run(question: str, wanted: str) -> None:
    """"If so, what was it?" follows up the question before it, which is what is asked (and
    its "exactly" does not ask whether the figure is exact); a representative in the scene
    is no one counted; "strictly speaking", "strictly as the report says"."""
    text = _answered(question)
    assert wanted in text, text


def test_a_group_that_participated_is_never_counted_as_everyone() -> None:
    """"how many foreigners participated of the Xiamen training" had the whole attendance,
    "About 100 people", with exit 0: those who came are counted, no group among them."""
    assert _answered("how many foreigners participated of the Xiamen training 2021") == ""
    assert "About 100 people" in _answered("how many people participated in the Xiamen training")


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("which projects WIPO and NCAC made together, the list Liu Hua gave in 2021",
         "Copyright Gold Award"),
        ("is true the Beijing treaty was the first copyright agreement of WIPO in almost 20"
         " years?", "Yes (our reading"),
        ("eh the copyright overseas risk training in shanghai is which date ah? can tell me",
         "October 16"),
        ("MCSC licensing revenue in 2024 up 15% is it", "No, not 15%"),
        ("what was the attendance at each of the events", "Nearly 200 people attended"),
        ("what was the attendance at each of the events", "More than 20 people attended"),
        ("MCSC membership numbers with units, and the yearly growth", "about 1,000 members"),
    ],
)
def test_blind_sets_rs_to_rw_refusals_answered(question: str, wanted: str) -> None:
    """Refusals of sets RS to RW, now answered: "made together"; Spanish "is true the ...";
    Singlish "eh", "ah", "can tell me" and a tag "is it" with no question mark; the
    attendance of each event; "numbers with units"."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("When and where is the 10th China International Copyright Expo, which the NCAC is"
         " hosting, to take place?", ""),  # a "when" that asks, not a clause of time
        ("The Australian collecting society at Chengdu - APRA, I think? Who spoke for them?",
         "Scot Morris"),  # a question before naming only a nationality
        ("How many people attended the Shanghai training in Oct 2023? exact number or just"
         " approx?", "More than 100 people"),
    ],
)
def test_session_28_regressions_of_the_kept_sets(question: str, wanted: str) -> None:
    """What the kept sets showed after this session's first changes: "When and where is
    ..." asks (no clause of time); a question before another is refused for an unknown
    abbreviation only, never for a nationality, a month or a name in the asker's story."""
    text = _answered(question)
    if wanted:
        assert wanted in text, text
    else:
        assert text == "", text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("We wish to know the added value of China copyright industry for 2021 and what percent"
         " of national GDP it was.", "7.41%"),
        ("We wish to know total number of copyright registrations in China in 2024.",
         "10 million"),
        ("We wish to know who organised the Chengdu forum.", "organized the Belt and Road"),
        ("Is it true that the Chengdu Municipal Copyright Administration is headed by Shi Jiang?",
         "Yes: Shi Jiang: Director"),
        ("no way copyright exports are over 11% of china's total goods exports, who even said"
         " that", "Zhao Xiuling said"),
        ("bet beijing shanghai shenzhen claim copyright is like 20% of their gdp", "No, not 20%"),
    ],
)
def test_blind_sets_rx_to_sb_refusals_answered(question: str, wanted: str) -> None:
    """Refusals of sets RX to SB, now answered: East African "We wish to know ..."; "X is
    headed by Y?" checked as Y's post; a sceptic's "bet ...", "no way ..."."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("together with Belt and Road initiative, China commit to develop what kind copyright"
         " framework?", "win-win"),
        ("share of copyright industry in GDP change how many percent point from 2017 to 2023?",
         "+0.09 points"),
        ("Was Jia Ding, who spoke about AI-generated music at the roundtable, the Vice Chairman"
         " of the China Popular Music Association?", "Yes: Jia Ding: Vice Chairman"),
        ("Liu Hua cited two works as successes - what were they?", "Black Myth"),
        ("Australian CMO at Chengdu - name?", "Australasian Performing Right Association"),
    ],
)
def test_blind_sets_sc_to_sg_after_their_run(question: str, wanted: str) -> None:
    """"percent point"; a relative clause between commas after a name is who they are, not
    what is checked; two works named in a statement are a list; a body's name asked."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "question",
    [
        "Is it correct Scot Morris from Australia say income from radio, television, newspaper"
        " still going up in digital time?",  # what he said, not where he is from
        "Finland CMO at Chengdu - name?",  # the article names none
        "guest rattled off the eight copyright treaties china has joined - what are they all?",
        "guest said the beijing treaty finally came into force in 2020 - true?",  # 2019 only
    ],
)
def test_blind_sets_sc_to_sg_refused(question: str) -> None:
    """Wrong answers of sets SC to SG with exit 0, now refused: a claim of what someone said
    is never checked as where they are from; a name asked gets no verdict; a count is no
    list of the things counted; a treaty's status reported up to 2019 settles nothing of
    2020."""
    assert _answered(question) == ""


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("sino po nag give ng first lecture sa shanghai training and ano position nya sa WIPO",
         "Gao Hang"),
        ("MCSC's licensing revenue grew 27% in 2024 diba?", "No, not 27%"),
        ("ma'am what % of China's GDP was the copyright industry in 2021 ba?", "7.41%"),
        ("Zhou Qing said 270,000 works were registered in Sichuan in 2018, tama ba?",
         "No, not 270,000"),
    ],
)
def test_blind_set_sf_taglish_answered(question: str, wanted: str) -> None:
    """A Filipino law student's Taglish: "sino" (who), "ano" (what), "nya" (his), "sa" (at),
    "ng" (of), "po" and "ba" (courtesy), "diba?" and "tama ba?" (right?), "ma'am"."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("At the Chengdu forum, how many countries had ratified or joined the Beijing Treaty?",
         "29 countries"),
        ("the belt and road copyright forum was in Chengdu Dec 2-4 right? how many actually came",
         "Nearly 200 people"),
        ("Of the nearly 200 guests at Chengdu, how many were foreign?", ""),
    ],
)
def test_session_28_attendance_regressions(question: str, wanted: str) -> None:
    """What the kept sets showed after this session's attendance changes: countries that
    "joined" a treaty are no group at an event; "how many actually came" counts everyone;
    the guests of a scene ("Of the nearly 200 guests ...") are those a group is asked of."""
    text = _answered(question)
    if wanted:
        assert wanted in text, text
    else:
        assert text == "", text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("How mony copyright registrations were there in China in 2024?", "10 million"),
        ("the lady fae Strasbourg at the Shanghai training, Stephanie Carr? whit's her job title"
         " exactly", "Assistant Director"),
        ("Benjamin Ng - which outfit is he wi and whit's his post?", "Regional Director"),
        ("In which year did WIPO and NCAC sign the Memorandum of Cooperation which Ms Liu"
         " referred to?", "2015"),
    ],
)
def test_blind_sets_sh_to_sl_answered(question: str, wanted: str) -> None:
    """A Scottish librarian's Scots ("mony", "fae", "whit's", "wi"); a relative clause naming
    who referred to a thing ("which Ms Liu referred to") is not what is asked."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Is Liu Hua, who spoke at the 2025 Beijing roundtable, the same WIPO China Office"
         " director who addressed the 2021 Xiamen training?", "Yes, the same post"),
        ("Can you list me the common projects of WIPO and NCAC that Ms Liu has cited ?",
         "Copyright Gold Award"),
        ("which multilateral organisations does China push copyright cooperation through"
         " according to NCAC (WIPO obviously, what are the others) and also who has it held"
         " bilateral copyright dialogues with", "supports multilateral mechanisms"),
    ],
)
def test_session_28_late_regressions(question: str, wanted: str) -> None:
    """What the kept sets showed on 35ee8e8: a relative clause before "the same ..." is part
    of what is compared; "that Ms Liu has cited" names the source of a list; "obviously"
    inside a question is no closing "obv"."""
    text = _answered(question)
    assert wanted in text, text


def test_a_taglish_count_of_what_no_fact_counts_is_refused() -> None:
    """"Ilan po yung total number of countries represented at the forum?" ("how many the
    total number"): read as "what is the total number", which no fact gives."""
    assert _answered(
        "Ilan po yung total number of countries represented at the Belt and Road forum in Chengdu?"
    ) == ""


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("CEO Wu Guanyong said infringement and piracy became international and social in 5G"
         " era, yes?", 'No (our reading: it says "4G", not "5G")'),
        ("Wu Guanyong said infringement and piracy became international and social in the 4G"
         " era, right?", "Yes (our reading)"),
        ("collective management organization representative from which country came to"
         " Chengdu forum?", "Finland was represented"),
        ("from which country did collective management organization representatives come to"
         " the Chengdu forum?", "Australia was represented"),
        ("Roughly how many people took part in the Shanghai training (provincial copyright"
         " officials and industry people, I believe), and over how many days did the"
         " programme run?", "More than 100 people attended"),
        ("Scot Morris said streaming revenue is rising while radio and TV income declines,"
         " true?", "Yes (our reading)"),
        ("CWWCS distribution ratio in 2024, how much percent?", "more than 60%"),
    ],
)
def test_blind_sets_sm_to_sq_answered(question: str, wanted: str) -> None:
    """A claim's "5G" checked in the sentence its other words are said in (which says
    "4G"); "from which country ... came" of people asks which countries sent them; "and over
    how many days" asks a second question; who said a thing is not the clause it is said of;
    a percentage asked of a figure that is one."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "question",
    [
        "eight international copyright treaty China joined, names of all eight please",
        "MCSC distribution ratio to members in 2024, how much percent?",
    ],
)
def test_blind_sets_sm_to_sq_refused(question: str) -> None:
    """Things counted and asked for by name, written without the plural ("eight ... treaty,
    names of all eight"); a percentage asked where the only figure is a count of members."""
    assert _answered(question) == ""


def test_a_clause_of_the_other_way_is_not_the_claims() -> None:
    """Pidgin "streaming money dey rise while radio and TV money dey drop, true?": the rise
    is the streaming clause's, so the fact's "declining" (radio's) is no "No"."""
    text = _answered(
        "Scot Morris talk say streaming money dey rise while radio and TV money dey drop, true?"
    )
    assert "Scot Morris" in text and not text.startswith("No"), text


@pytest.mark.parametrize(
    "text",
    [
        "from which country did " + "a " * 5000 + "come",
        "a " * 5000 + "representatives from which country came",
        "names of all " * 3000,
        "how much " * 3000 + "percent",
        "and over " * 3000,
    ],
)
def test_session_29_sayings_run_in_linear_time(text: str) -> None:
    """The sayings and patterns of session 29 read a long hostile text in linear time."""
    from cfacts.finding import answer, question

    more = (answer._PERCENT_ASKED, answer._THEM_LISTED, question._AND_ASKS)
    assert _read_in_linear_time(text, {"country", "countries"}, more) < 2.0


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("benjamin ng from see sack what is his role", "CISAC"),
        ("in places like beijing shanghai and shen zen how high did the copyright share get",
         "between 9% and 12%"),
        ("cav ca karaoke fees in 2024 how much", "more than 4 billion yuan"),
        ("who said piracy got more international in the 4 g era the ceo guy which company",
         "Wu Guanyong"),
        ("Could you tell me - and I appreciate the article may not be precise on the point - on"
         " what date last year's training in Shanghai on overseas risk prevention and control"
         " for the copyright industry actually took place?", "October 16"),
        ("In respect of China's copyright industry, what added value was recorded for 2021 (in"
         " renminbi, I presume) and what proportion of national GDP did that represent?",
         "7.41%"),
        ("Ms Liu referred to a Memorandum of Cooperation between WIPO and the NCAC - was that"
         " signed in 2013, or have I got the year wrong?", "2015"),
        ("In June 2012 China co-organised a diplomatic conference with WIPO - could you tell me"
         " its formal title, and which treaty came out of it?",
         "Diplomatic Conference on the Protection of Audiovisual Performances"),
        ("What total licensing revenue did the Music Copyright Society of China achieve in 2024,"
         " and by what percentage was that up on the year before?", "11%"),
        ("In respect of the MCSC's membership, how large is it now and by roughly how many"
         " members per annum has it been growing?", "about 1,000 members"),
        ("Did the Director of the WIPO Office in China attend and address both the 2021 Xiamen"
         " training and the 2023 Shanghai one - was it the same lady on both occasions?",
         "Yes, the same person"),
    ],
)
def test_blind_sets_sm_to_sq_refusals_answered(question: str, wanted: str) -> None:
    """Speech-to-text's split names ("see sack", "shen zen", "cav ca", "4 g"); a British
    civil servant's asides between dashes and in brackets, "per annum", "up on the year
    before", "on both occasions", "its formal title", "Ms Liu referred to a ... - was that
    ...?"."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "text",
    [
        "a - and I appreciate " + "b " * 5000 + "- c",
        "(" + "a, " * 3000 + "I presume)",
        "whilst " * 3000,
        "per annum " * 3000,
        "was that up on the " * 2000,
        "on both occasions " * 2000,
        "its formal title " * 2000,
        "Ms Liu referred to a " + "b " * 5000 + "- was",
        "4 g " * 3000,
    ],
)
def test_session_29_british_sayings_run_in_linear_time(text: str) -> None:
    """The sayings read a long hostile text in linear time."""
    words = {"appreciate", "presume", "whilst", "annum", "up on", "occasions", "title",
             "referred", " g "}  # fmt: skip
    assert _read_in_linear_time(text, words) < 2.0


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("china copyright industry for 2021 na how many percent of dia GDP sef", "7.41%"),
        ("e pass 100 people wey attend the shanghai copyright training?", "More than 100"),
        ("who mention the Hi, Mom copyright wahala for the roundtable", "Shi Wenxia"),
        ("which countries copyright officials travel come chengdu for that forum",
         "Bangladesh was represented"),
    ],
)
def test_blind_set_sq_pidgin_answered(question: str, wanted: str) -> None:
    """A Nigerian blogger's Pidgin ("na how many percent", "e pass 100 people wey attend",
    "wahala", "travel come")."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "text",
    ["talk say " * 3000, "e pass 1" * 3000, "wey lecture for " * 3000, "na " * 5000 + "who",
     "travel come " * 3000],
)  # fmt: skip
def test_pidgin_is_read_in_linear_time(text: str) -> None:
    """Pidgin's words and turns read a long hostile text in linear time."""
    from cfacts.finding import question

    turns = [pattern for pattern, _ in question._PIDGIN_TURNS]
    assert _read_in_linear_time(f"wey {text}", {"come"}, turns) < 2.0


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("In 2023 was commemorated which anniversary of the partnership between WIPO and"
         " China?", "50th anniversary"),
        ("In what month and year China realized together with WIPO the Diplomatic Conference"
         " that approved the Beijing Treaty?", "June 2012"),
        ("how evolved the participation of copyright industry in the chinese GDP from 2017"
         " until 2023?", "+0.09 points"),
        ("who defended that Belt and Road countries build big data platforms for internet"
         " copyrights and a global monitoring network?", "Wu Guanyong"),
        ("how many associates the Music Copyright Society of China has actually?",
         "more than 14,000 members"),
    ],
)
def test_blind_set_sm_portuguese_answered(question: str, wanted: str) -> None:
    """A Brazilian lawyer's Portuguese turns and false friends: "realized" (held), "was
    commemorated which", "approved the treaty" (adopted), "how evolved the participation
    ... until", "defended that" (argued), "associates" (members), a closing "actually"."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "text",
    [
        "realized together with " + "a " * 5000 + "conference",
        "in percentual " * 3000,
        "participation " * 3000 + "GDP",
        "how evolved the " + "a " * 5000 + "from 2017",
        "from 2017 until " * 3000,
        "was commemorated which " * 2000,
        "approved the " + "a " * 5000 + "treaty",
        "a " * 5000 + "actually",
    ],
)
def test_session_29_portuguese_sayings_run_in_linear_time(text: str) -> None:
    """The sayings read a long hostile text in linear time."""
    words = {"realiz", "percentual", "defended", "associates", "actually", "participation",
             "evolve", "until", "commemorated", "approved"}  # fmt: skip
    assert _read_in_linear_time(text, words) < 2.0


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("WIPO and China partnership, year 2023 is how many-th anniversary?", "50th anniversary"),
        ("copyright industry GDP share 2017, china whole and developed region like Beijing"
         " Shanghai Shenzhen?", "7.35%"),
    ],
)
def test_blind_set_so_korean_answered(question: str, wanted: str) -> None:
    """A Korean student's "how many-th anniversary" (which) and "china whole" (as a whole)."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize("text", ["how many th " * 3000, "china whole " * 3000])
def test_session_29_korean_sayings_run_in_linear_time(text: str) -> None:
    """The sayings read a long hostile text in linear time."""
    assert _read_in_linear_time(text, {"th", "whole"}) < 2.0


def test_a_post_claimed_at_a_body_named_in_part_shows_who_holds_it() -> None:
    """"Zheng Wei, from CCPIT, he is also professor of Zhongnan University, no?": No, and the
    professor on record there (the body named by part of its name, which no other has)."""
    text = _answered("Zheng Wei, from CCPIT, he is also professor of Zhongnan University, no?")
    assert text.startswith("No, not as stated") and "Hu Kaizhong" in text, text


def test_no_closest_fact_answers_for_a_theme_it_lacks() -> None:
    """"what was the theme of the tenth china international copyright expo": a statement
    that names the Expo without a theme is not the closest answer (a theme, a budget, a
    venue asked must be on record)."""
    assert _answered(
        "what was the theme of the tenth china international copyright expo and when is it on"
    ) == ""


@pytest.mark.parametrize(
    "question",
    [
        "who actually signed the wipo x ncac memorandum, like which officials",
        "Who has the 2015 Memorandum of Cooperation on the WIPO-side signed, the then Director"
        " General?",
    ],
)
def test_blind_sets_st_to_sx_refused(question: str) -> None:
    """Who did a thing, asked with "actually" or in German order ("Who has ... signed"): the
    doer must be on record, which no one is."""
    assert _answered(question) == ""


def test_a_claims_year_that_is_only_when_it_was_said_is_no_yes() -> None:
    """"so zhou qing said sichuan registered like 170k works in 2019 right?": his own words
    date the works 2018; 2019 is when he spoke, so no "Yes"."""
    text = _answered("so zhou qing said sichuan registered like 170k works in 2019 right?")
    assert not text.startswith("Yes") and "2018" in text, text


def test_both_sides_named_ask_for_everyone() -> None:
    """"who addressed the opening ..., the officials from the Chinese side and from the WIPO
    side": every speaker at the opening, not WIPO's alone."""
    text = _answered(
        "who all attended and addressed the opening of the Shanghai training, the officials"
        " from the Chinese side and from the WIPO side, give me all names"
    )
    assert "Wang Zhicheng" in text and "Liu Hua" in text and "Gao Yunfei" in text, text


@pytest.mark.parametrize("text", ["from the a side and " * 2000, "officials from " * 3000 + "side"])
def test_both_sides_saying_runs_in_linear_time(text: str) -> None:
    """The saying reads a long hostile text in linear time."""
    assert _read_in_linear_time(text, {"side"}) < 2.0


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("bro how big was chinas copyright industry in 2021 in yuan and whats that as % of gdp",
         "8.48 trillion yuan"),
        ("bro how many copyright registrations did china hit in 2024", "more than 10 million"),
        ("lowkey curious how much the written works copyright society made from licensing in"
         " 2024", "more than 23 million yuan"),
        ("no cap was the beijing treaty wipos first copyright treaty in almost 20 yrs",
         "almost 20 years"),
        ("How many international copyright-related treaties has China until now ratified resp."
         " acceded to?", "8 treaties"),
        ("Kazakhstan side was present on Belt and Road copyright forum in Chengdu or no?",
         "Kazakhstan was represented"),
        ("Belt and Road International Forum on Copyright in Chengdu - from which date till"
         " which date it was held", "December 2 to 4, 2019"),
    ],
)
def test_blind_sets_st_to_sx_refusals_answered(question: str, wanted: str) -> None:
    """A teenager's slang ("bro", "lowkey curious", "no cap"); a German reader's "resp." and
    "from which date till which date"; a Kazakh official's "Kazakhstan side was present"."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("This conference was in November 2018 held, correct?",
         "This conference was held in November 2018, correct?"),
        ("WIPO and NCAC have together the entry-into-force of the Marrakesh Treaty promoted.",
         "WIPO and NCAC have promoted together the entry-into-force of the Marrakesh Treaty."),
        ("Was the share in 2023 also 7,41 %?", "Was the share in 2023 also 7.41%?"),
        ("the national 2017-value of the share", "the national 2017 value of the share"),
        ("Is this so correct?", "Is this correct?"),
    ],
)
def test_german_word_order_is_read_in_english(text: str, read: str) -> None:
    """A German reader's verb at the end ("was in November 2018 held", "have ... promoted"),
    decimal comma ("7,41 %"), year compound ("2017-value") and "Is this so correct?"."""
    from cfacts.finding.question import said_plainly

    assert said_plainly(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "no cap " * 3000, "lowkey " * 3000 + "curious how", "was in " + "a " * 5000 + "held",
        "have the " + "a " * 5000 + "promoted", "resp. " * 3000, "from which date till " * 2000,
        "1,2 " * 5000 + "%", "2017-value " * 3000, "A side was " * 3000 + "present",
        "is this so " * 3000 + "correct",
    ],
)  # fmt: skip
def test_session_29_slang_and_german_sayings_run_in_linear_time(text: str) -> None:
    """The sayings read a long hostile text in linear time."""
    words = {"cap", "curious", "held", "promoted", "resp", "till", "%", "-", "side", "so"}
    assert _read_in_linear_time(text, words) < 2.0


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("The Australian collecting society guy said traditional media income is going up"
         " thanks to digital, yes?", 'No (our reading: it says "declining", not "going up")'),
        ("Firstbrave founder warns of cross-border infringement in 5G era?", "Yes (our reading)"),
        ("Wu Guanyong that talked about 5G piracy is the founder of Tencent, yes?",
         "No (our reading: Shanghai Firstbrave Information Technology Co., Ltd., not Tencent)"),
        ("Who has at the roundtable a labelling system for AI generated works proposed?",
         "Wen Huasheng"),
        ("why did Wang Ying say traditional photography is getting squeezed", "Wang Ying"),
    ],
)
def test_session_29_regressions(question: str, wanted: str) -> None:
    """What the kept sets showed on a99f8fa: a claim whose clause holds only who said it
    ("Scot Morris is going up", a reading of a described speaker) is judged by the speaker's
    words as before; "5G" is checked only in what was said, beside the word the claim puts it
    beside ("5G era"), not in a description of the speaker ("who talked about 5G piracy")."""
    text = _answered(question)
    assert wanted in text, text


@pytest.mark.parametrize(
    "text",
    [
        "side" + " " * 10_000 + "by side",
        "x (I think" + " " * 10_000 + "x",
        "no cap" + " " * 10_000 + "x",
        "x" + " " * 10_000 + "actually x",
        "wey na who" + " " * 10_000 + "x",
        "x - and I appreciate" + " " * 10_000 + "x",
    ],
)
def test_session_29_sayings_read_long_space_runs_in_linear_time(text: str) -> None:
    """Each saying of session 29 reads a run of spaces once, not from every space in it."""
    words = {"side", "think", "cap", "actually", "appreciate", "come"}
    assert _read_in_linear_time(text, words) < 2.0


@pytest.mark.parametrize(
    "question",
    [
        "what exactly lectured the professor Hu Kaizhong in Xiamen?",
        "Who is the actual director general of WIPO, who substituted Francis Gurry?",
        "who took over from Francis Gurry",
        "which organisation besides NCAC hosted the forum?",
        "forbin: 29 countries ratified Beijing treaty, one more needed for EIF - correct?",
    ],
)
def test_blind_sets_sy_to_tc_refused(question: str) -> None:
    """What a speaker lectured on when the article gives only the group's topics, who came
    after someone in a post, a body besides one named with no event named: never on record,
    so no answer (each was answered wrongly with exit 0)."""
    assert _answered(question) == ""


@pytest.mark.parametrize(
    ("question", "wanted", "unwanted"),
    [
        ("May I ask the position of Mr. Guan Jun at the NCAC, who presented the registration"
         " data?", "Deputy Director, Social Services Division", "registrations"),
        ("In the Shanghai training article, WIPO signed a memorandum of understanding with"
         " NCAC. Could you please tell me in which areas they will strengthen the"
         " collaboration?", "capacity building", "100 people"),
        ("When did China co-organize the Diplomatic Conference on the Protection of"
         " Audiovisual Performances, and together with which organization?", "June 2012",
         "\0"),
        ("and that Gao Yunfei, was he the shanghai film man? whats his post",
         "Shanghai Municipal Film Bureau", "No"),
        ("some lawyers from law firms spoke at xiamen too, which firms was they",
         "AA Thornton", "Hu Kaizhong"),
    ],
)
def test_blind_sets_sy_to_tc_wrong_answers_mended(
    question: str, wanted: str, unwanted: str
) -> None:
    """Each was answered wrongly with exit 0 in the first run of sets SY to TC: a relative
    clause read as the question, a scene's event answered for a request, a second question
    after "and together with", a people noun read as a body."""
    text = _answered(question)
    assert wanted in text and unwanted not in text, text
    if "together with" in question:
        assert "World Intellectual Property Organization" in text, text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Is true that around 100 participants assisted the Xiamen training and all received"
         " certificate?", "About 100 people"),
        ("the Belt and Road forum on copyright, in which city was celebrated and who hosted it?",
         "Chengdu"),
        ("Is true that collective management organizations of Finland and Australia assisted"
         " the Chengdu forum?", "Finland"),
        ("list of societies of collective management that spoke in the roundtable 2025 of WIPO"
         " China, please", "CAVCA"),
        ("who was the CEO that said piracy became more international and social in the era"
         " 4G?", "Wu Guanyong"),
        ("WIPO china roundtable on copyright and AI challenges, same was held where and when?",
         "March 13, 2025"),
        ("what is the added value of china copyright industry for 2021 only, and how much"
         " percent of GDP it is?", "7.41%"),
        ("how many peoples participated in the Shanghai training itself?", "More than 100"),
        ("Shanghai copyright training was jointly conducted by NCAC and which other body also?",
         "World Intellectual Property Organization"),
        ("Is it correct to understand that Zhou Qing is the director of Chengdu Municipal"
         " Copyright Administration?", "Shi Jiang"),
        ("Is it correct to understand that MCSC licensing revenue increased 15% year-on-year in"
         " 2024?", "No, not 15%"),
        ("shanghai oct training headcount?", "More than 100"),
        ("copyright added value 2023 vs 2021 - abs chg in CNY tn?", "+0.9 trillion yuan"),
        ("copyright GDP contrib Beijing/Shanghai/Shenzhen 2017 range?", "between 9% and 12%"),
        ("there was a lady high up at wipo speaking in chengdu, Sylvia For-something, whats her"
         " proper name and job", "Sylvie Forbin"),
        ("the video one, CAV-something, how much did they get just from karaoke fees",
         "more than 4 billion yuan"),
        ("back in 2021 how big a piece of china's whole economy was the copyright business? as"
         " a percent i mean", "7.41%"),
        ("Mrs Zhao said copyright stuff is some share of what china sells abroad, was it like 5"
         " percent? i forget", "more than 11%"),
        ("Shanghai copyright training was one day program only na?", "three days"),
        ("was there anybody from CCTV the telly people teaching at the xiamen course?",
         "Yan Bo"),
        ("who was the top NCAC copyright man at the chengdu opening, Yu something", "Yu Cike"),
    ],
)
def test_blind_sets_sy_to_tc_refusals_answered(question: str, wanted: str) -> None:
    """Spanish turns ("is true that", "assisted" the training, "celebrated", "societies of
    collective management", "the roundtable 2025 of WIPO China"), Indian English ("same was
    held", "for 2021 only", "itself"), a translator's "Is it correct to understand that", a
    wire reporter's shorthand ("oct", "abs chg", "GDP contrib") and a grandparent's half
    remembered names ("For-something", "CAV-something") and plain words."""
    text = _answered(question)
    assert wanted in text, text


def test_a_month_short_form_that_is_a_name_stays_a_name() -> None:
    """"Guan Jun" is a person; "jun" is a month only beside a date."""
    assert "Guan Jun" in _answered("what did Guan Jun say")


@pytest.mark.parametrize(
    "text",
    [
        "by a " * 3000 + "and which other body",
        "and when " + " " * 8000 + "same was",
        "Abc" + " " * 8000 + "something",
        "assisted the " + " " * 8000 + "x",
        "was celebrated" + " " * 8000 + "x",
        "the roundtable " * 2000 + "of WIPO China",
        "one day program " * 2000 + "only na?",
        "top a " * 3000 + "man",
        "called the shots " * 2000,
        "where did " + "a " * 4000 + "set up shop",
        "where did " + "a " * 4000 + "land on",
        "going by the " + "a " * 4000 + "write-up",
        "it continued " + " " * 8000 + "?",
        "Claim: " + "x " * 3000 + "Verdict?",
        "of the year " * 3000 + "2022",
        "training itself " * 3000,
    ],
)
def test_session_30_sayings_run_in_linear_time(text: str) -> None:
    """The sayings of session 30 (and a fact-checker's "Claim: ... Verdict?") read a long
    hostile text in linear time."""
    words = {"other", "same", "assist", "celebrat", "of wipo", "only", "economy", "abroad", "na"}
    words |= {"top", "get together", "proper", "contrib", "collective management", "that said"}
    words |= {"shots", "bell", "beef", "supposed", "shop", "land", "needle", "drop", "lion"}
    words |= {"going by", "continued", "the year", "itself"}
    from cfacts.finding.question import _TRAILED

    assert _read_in_linear_time(text, words, [_TRAILED]) < 2.0

    from cfacts.finding.answer import _check_led

    def work() -> None:
        _check_led(text)

    assert cpu_seconds(work) < 1.0


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Claim: the 2021 international copyright training on overseas risk prevention was held"
         " in Xiamen in June 2021. Verdict?", "No (our reading: held July 7 to 9, 2021"),
        ("Rate this: at the Chengdu forum Forbin said 30 countries had ratified or acceded to the"
         " Beijing Treaty", "No (our reading: 29 countries"),
        ("True/False/Unverifiable: 2023 was the 40th anniversary of the WIPO-China partnership",
         "No (our reading: the 50th anniversary"),
        ("Claim: Dehua in Jiangsu province was listed as a WIPO case study on copyright"
         " protection. Verdict?", "Fujian"),
        ("who called the shots on that 2023 Shanghai copyright risk training - which outfits"
         " co-hosted it?", "World Intellectual Property Organization"),
        ("which anniversary of the WIPO-China partnership was everyone toasting in 2023?",
         "50th anniversary"),
        ("that WIPO-NCAC memorandum of understanding mentioned in the Shanghai piece - what areas"
         " is it supposed to beef up?", "capacity building"),
        ("where did the 2021 edition of the overseas risk training set up shop, and on what"
         " dates?", "Xiamen"),
        ("where did the Belt and Road copyright forum land, and what dates did it run?",
         "Chengdu"),
        ("how much did the copyright industry's slice of GDP move the needle between 2017 and"
         " 2021?", "+0.06 points"),
        ("What slice of national GDP did the copyright sector account for in 2021, going by the"
         " Shanghai training write-up?", "7.41%"),
        ("CAVCA's 2024 haul - how much was the lion's share from karaoke?",
         "more than 4 billion yuan"),
        ("from which countries arrived the officials of copyright authorities at the Chengdu"
         " forum?", "Nepal"),
        ("Chengdu copyright forum from which date until which date it continued?",
         "December 2 to 4"),
    ],
)
def test_blind_sets_td_to_th_refusals_answered(question: str, wanted: str) -> None:
    """A fact-checker's formats ("Claim: X. Verdict?", "Rate this:", "True/False/
    Unverifiable:"), a columnist's idioms ("called the shots", "beef up", "set up shop",
    "move the needle", "lion's share") and Italian and Turkish orders."""
    text = _answered(question)
    assert wanted in text, text


def test_since_when_asked_in_a_turkish_order_is_refused() -> None:
    """"Gao Hang from which year is Director ...?": since when, which no article gives (her
    lecture there was answered with exit 0); "from which organization" still asks a body."""
    assert _answered(
        "Gao Hang from which year is Director of WIPO Copyright Development Division?"
    ) == ""
    assert "WIPO Office in China" in _answered("Liu Hua is from which organization?")


def test_a_fact_judged_is_not_given_again_plain() -> None:
    """A claim of two figures: each verdict once, not the judged figure again without it."""
    text = _answered(
        "True/False/Unverifiable: MCSC licensing revenue 2024 was 477 million yuan, up 17% on"
        " the year"
    )
    assert text.startswith("No, not 17%") and text.count("477 million yuan (reported") == 1, text


@pytest.mark.parametrize(
    "question",
    [
        "How many persons assisted the overseas risk training of the year 2022?",
        "Sichuan gave provincial totals for 2018 - but how many works were registered in Chengdu"
        " city itself that year?",
        "Besides WIPO, which multilateral bodies China use for copyright exchange?",
        "And in that year, in the developed regions like Beijing, Shanghai and Shenzhen, which"
        " percent had arrived?",
    ],
)
def test_session_30_regressions_in_the_kept_sets(question: str) -> None:
    """Kept questions the first work of session 30 broke: "of the year 2022" names a year
    (no training that year), "Chengdu city itself" is no province's figure (no answer),
    "besides WIPO, which bodies" is still answered from what NCAC said, and "which percent had
    arrived" asks what share was reached."""
    text = _answered(question)
    if question.startswith("Besides"):
        assert "multilateral mechanisms" in text, text
    elif question.endswith("arrived?"):  # (reached: no one came from anywhere)
        assert "between 9% and 12%" in text, text
    else:
        assert text == "", text


@pytest.mark.parametrize(
    "question",
    [
        "NCAC interview (70 yrs PRC) - who gave it / which NCAC official?",
        "who gave the NCAC interview?",
        "Who was the NCAC official that gave the interview about international cooperation?",
        "NCAC official who gave the interview - name?",
        "who was interviewed in the 2019 NCAC interview?",
        "NCAC says eight treaties - which eight exactly?",
        "China joined eight treaties, which eight?",
    ],
)
def test_session_31_unnamed_is_refused(question: str) -> None:
    """Who gave the interview (the articles give its words as NCAC's and name no official)
    and "which eight" after the count (the articles give only the number): statements were
    given with exit 0."""
    assert _answered(question) == ""


def test_session_31_who_gave_the_interview_says_why() -> None:
    from cfacts.finding.answer import respond

    reply = respond(_REAL, "which NCAC official gave that interview?")
    assert not reply.lines and "do not name who gave the interview" in reply.cues[0], reply.cues


@pytest.mark.parametrize(
    ("question", "wanted", "unwanted"),
    [
        (  # a list before "and who else" after a dash: the ones not needed
            "which free trade deals does NCAC say China has been negotiating - Australia, South"
            " Korea and who else?",
            "Eurasian Economic Union",
            "China-Australia",
        ),
        (  # a post at a body on record, not theirs: the post's holder named
            "Was Mr. ZHENG Wei, one of the Xiamen lecturers, the professor from Zhongnan"
            " University of Economics and Law?",
            "Hu Kaizhong: Professor",
            "",
        ),
        (  # the scene's noun asked back ("Which groups were named?")
            "At the Shanghai meeting WIPO said it would help certain groups bring their"
            " creativity to the market. Which groups were named?",
            "women and young people",
            "Gao Hang",
        ),
        (  # "actively", "including any": the trade list whole
            "Which trade negotiations has China actively engaged in over the years, including any"
            " regional partnership as well as free trade agreements, and with which partners?",
            "China-South Korea free trade agreement",
            "",
        ),
        (  # "In which negotiations ...": the list
            "In which negotiations of trade agreements China has been engaged, according to the"
            " NCAC? I need all the partners.",
            "China-Australia free trade agreement",
            "",
        ),
        (  # "how large had its membership become": a figure's verb
            "What total licensing revenue did the Music Copyright Society of China achieve in"
            " 2024, by what percentage did this rise year on year, and how large had its"
            " membership become?",
            "more than 14,000 members",
            "",
        ),
        (  # "the latest national figures Mr Guan Jun gave": the figures he gave, not a post
            "What were the latest national figures Mr Guan Jun gave on copyright registrations in"
            " 2024, and what was the industry's added value in 2023, together with its"
            " year-on-year growth and share of GDP?",
            "more than 10 million",
            "",
        ),
        (  # a summary in the article's own terms (national level, enterprise level)
            "What did the mobilisation meeting ask the publicity and cultural authorities to"
            " build, and at which two levels was such a system meant to focus?",
            "at the enterprise level",
            "",
        ),
    ],
)
def test_blind_sets_tk_to_tn_answered(question: str, wanted: str, unwanted: str) -> None:
    """Batch 3's wrong answers and batch 4's (sets TK to TN), put right."""
    text = _answered(question)
    assert wanted in text, text
    assert not unwanted or unwanted not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "who gave the figures in the interview?",
        "which officials gave speeches mentioned in the interview",
    ],
)
def test_the_interviewee_refusal_is_not_for_what_was_given_in_it(question: str) -> None:
    """"gave speeches", "gave the figures": not who gave the interview (whatever else the
    reply is, it does not say so)."""
    from cfacts.finding.answer import respond

    reply = respond(_REAL, question)
    assert not any("who gave the interview" in cue for cue in reply.cues), reply.cues


@pytest.mark.parametrize(
    "text",
    [
        "interview " + "who " * 5000 + "?",
        "interview " + "which official " * 3000,
        "interview " + "a " * 6000 + "gave",
        "x. " * 3000 + "Which groups were named?",
        "did they sign " * 800 + "that",
        "x took the " * 800 + "floor",
        "experts together with the " * 400 + "companies they represent",
        "x with their " * 800,
        "line-up " * 1000 + "of",
        "WIPO's own " * 800 + "staff",
        "since how " * 800 + "many years",
        "x at that " * 800 + "moment?",
        "x, who spoke, " * 300 + "is he",
        "a - sorry, " * 500 + "b -",
        "x as the article " * 500 + "lists them",
        "posts " * 800 + "at once",
        "which " * 600 + "fell in that year",
        "how much " * 400 + "represented x in the total gdp",
        "x with a " * 400 + "ratio over 80%",
    ],
)
def test_session_31_readings_run_in_linear_time(text: str) -> None:
    """Every pattern and saying added in session 31 (the interviewee pattern, the scene's
    echoed noun, the sayings, asides before "is he") reads a long hostile text at once."""

    from cfacts.finding.answer import _asides_dropped, _interviewee_asked
    from cfacts.finding.question import said_plainly, scene_of, two_questions

    def work() -> None:
        _interviewee_asked(text)
        scene_of(text[:1000])
        said_plainly(text)
        _asides_dropped(text)
        two_questions(text[:1000])

    assert cpu_seconds(work) < 2.0


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        (  # "did they sign that": when the memorandum the scene names was signed
            "So, uh, Ms. Liu from WIPO mentioned a memorandum of cooperation with NCAC. What year"
            " did they sign that?",
            "2015: WIPO and NCAC signed",
        ),
        (  # a scene, then two questions listed with a comma, then a third with "and"
            "Okay so, the copyright industry's added value for twenty twenty-three. What was it,"
            " how much did it grow, and what share of GDP? Three numbers, people.",
            "9.38 trillion",
        ),
        (  # French "prendre la parole": who spoke
            "Which music creators \u2014 lyricist, songwriter, young composer \u2014 have taken the"
            " word at the roundtable? Please give me all their names.",
            "Zhang Yilin",
        ),
        (  # "together with the institutions or companies they represent": the people
            "I should be grateful if you could list all of the Chinese and foreign experts who were"
            " invited to lecture at the Shanghai training, together with the institutions or"
            " companies they represent.",
            "Alessandro Enrico Cogo",
        ),
        (  # "in which quality" (French "en quelle qualite"): in what role
            "Mr. Benjamin Ng, he represents which organisation and in which quality?",
            "Regional Director for Asia Pacific",
        ),
        (  # "following the NCAC" (French "suivant"): according to it
            "Up to now, how many international treaties related to copyright China has ratified"
            " or acceded to, following the NCAC?",
            "8 treaties",
        ),
        (  # "since how many years, at that moment": in how many years
            "The Beijing Treaty was the first international agreement of the WIPO related to"
            " copyright since how many years, at that moment?",
            "20 years",
        ),
        (  # an aside about him, then "is he ...?"
            "Mr. Jiang Bo, who spoke about blockchain and AI, is he Vice President of the Alibaba"
            " Group?",
            "Tencent",
        ),
        (  # "counted": a figure's verb
            "Who of the NCAC presented the registration data at the roundtable, and how many"
            " copyright registrations China counted in 2024?",
            "more than 10 million",
        ),
        (  # "progressed on one year": grew year on year
            "For the MCSC, what was the total licensing revenue in 2024 and by how much it"
            " progressed on one year?",
            "11%",
        ),
        (  # "line-up", "the other ... experts", "with their affiliations": every lecturer
            "Give me the full line-up of the other Chinese and foreign experts invited to lecture"
            " in Shanghai, with their affiliations.",
            "Guan Rui",
        ),
        (  # "faculty": its lecturers
            "Was anyone from CISAC on the Xiamen faculty? Name and title, please.",
            "Benjamin Ng",
        ),
        (  # "own staff": WIPO's staff
            "Who from WIPO's own staff lectured in Xiamen, and which division does he run?",
            "IP Disputes",
        ),
        (  # "panel": its speakers
            "Quick check: was Geoff Hussey the Maucher Jenkins partner on the Xiamen panel?",
            "AA Thornton",
        ),
        (  # a number in the scene, asked again alone ("Fortieth?"): checked, never a "Yes"
            "this year was the fortieth anniversary of the WIPO and China partnership. Is that"
            " right? Fortieth?",
            "No (our reading: it says 50th, not 40th)",
        ),
        (  # a radio host's listener, quoted: the claim checked
            "Now a listener writes in, and I quote, 'I heard this year was the fortieth"
            " anniversary of the WIPO and China partnership.' Is that right? Fortieth?",
            "No (our reading: it says 50th, not 40th)",
        ),
        (
            "Now somebody texted in saying Ignacio de Castro was there representing the China"
            " Council for the Promotion of International Trade. Is that so?",
            "IP Disputes",
        ),
        (  # "who spoke at X about Y": what was said there
            "who spoke at the opening ceremony about a community of shared future?",
            "Yu Cike",
        ),
        (  # "from which creative fields ... drawn"
            "How many representatives attended the roundtable in total, and from which creative"
            " fields were the collective management organisations and rights holders drawn?",
            "rights holders in photography",
        ),
        (  # titles listed with commas: each its own
            "Which music people (lyricist, songwriter, composer) have at the roundtable spoken?"
            " All three names please.",
            "Jia Ding",
        ),
        (  # two figures a person gave, each named
            "Which figures for the Sichuan copyright trading and the work registrations in 2018"
            " gave Zhou Qing?",
            "more than 100 million yuan",
        ),
        ("WIPO-China partnership anniv - which no.?", "50th anniversary"),  # "no.": number
        (  # a kind of body, no event named: those on record at any
            "Between the experts there were lawyers. Which are all the law firms that appear?",
            "AA Thornton (the article does not say whether it is a law firm)",
        ),
        (  # "besides X", no event named: X's one event, without X
            "Please list every Chinese and foreign expert the article names as having been"
            " invited to lecture, besides Gao Hang.",
            "Stéphanie Carre",
        ),
        ("Shanghai trg headcount?", "More than 100 people"),  # "trg": training
        ("Xiamen trg dates?", "July 7 to 9, 2021"),
        (  # Portuguese: "datas", "was realized": dates, held
            "In which datas was realized the 2021's training of overseas risk prevention in"
            " Xiamen?",
            "July 7 to 9",
        ),
        (  # "how much people", "how much days it durates"
            "How much people participated of the training in Shanghai, and how much days it"
            " durates?",
            "More than 100 people",
        ),
        (  # "how much represented X in the total GDP": its share
            "In 2017 how much represented the copyright industry in the total GDP of China?",
            "7.35%",
        ),
        (  # "Is correct that", "with a distribution ratio over 80%": two claims checked
            "Is correct that the CWWCS had in 2024 licensing revenue over 23 million yuan with a"
            " distribution ratio over 80%?",
            "Yes: CWWCS copyright licensing revenue in 2024",
        ),
        (  # "the first lecture" of the one training that had one
            "Who gave the first lecture in the training and what is the position of her in WIPO?",
            "Gao Hang",
        ),
        ("who gave the 1st lecture at the training n wat is her job", "Copyright Development"),
        ("NCAC official addressing Xiamen - name/post", "Zhao Xiuling"),  # "addressing"
        ("ind VA 2023 - amt, yoy, GDP share", "9.38 trillion"),  # "VA": value added
        (  # the figures a person gave, for two years asked
            "Which figures gave Guan Jun for the copyright registrations 2024 and for the added"
            " value of the industry 2023?",
            "more than 10 million",
        ),
        (
            "What were Guan Jun's headline numbers: copyright registrations in 2024 and the"
            " industry's 2023 added value and GDP share?",
            "9.38 trillion",
        ),
        (  # "spoke" of one who addressed it
            "Which NCAC Copyright Department Director General spoke at the opening ceremony?",
            "Yu Cike",
        ),
        (  # a word put right in passing
            "How many Teilnehmer - sorry, participants - had the Shanghai training in total?",
            "More than 100 people",
        ),
        (  # "the forum", a count asked: the one forum with an attendance on record
            "How many Chinese and foreign guests were at the forum present?",
            "Nearly 200 people",
        ),
        (  # "document": an instrument
            "Which document has WIPO with the NCAC signed, and in which fields shall the"
            " collaboration strengthened be?",
            "Memorandum of Understanding",
        ),
        (  # "two posts at once": his posts
            "Gao Yunfei is described as holding two posts at once. What, exactly, were they?",
            "Shanghai Municipal Film Bureau",
        ),
        (  # "as the article lists them"; no event named: the one with countries represented
            "Please enumerate all the countries whose copyright authorities sent officials to the"
            " forum, as the article lists them.",
            "Kazakhstan",
        ),
        (
            "From which countries came the officials of copyright authorities? Please all the"
            " named countries.",
            "Bangladesh",
        ),
    ],
)
def test_blind_sets_to_to_tw_answered(question: str, wanted: str) -> None:
    """Batch 4's and batch 5's refusals and wrong answers (sets TO to TW): a French
    lawyer's turns, a radio host's spoken numbers and listeners, a society's jargon, a board
    member's shorthand, Portuguese and German turns, a librarian's formal names."""
    text = _answered(question)
    assert wanted in text, text


def test_besides_someone_at_one_event_leaves_them_out() -> None:
    text = _answered("Besides Gao Hang, which experts were invited to lecture?")
    assert "Alessandro Enrico Cogo" in text and "Gao Hang" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "Did the Beijing Treaty actually enter into force after the forum, and on what date?",
        "did the Beijing Treaty eventually enter into force?",
    ],
)
def test_a_step_after_the_last_on_record_is_refused(question: str) -> None:
    """Whether the treaty entered into force later: the articles stop in December 2019, so
    no "No" (it was answered "No, not as of December 2019" with exit 0)."""
    assert _answered(question) == ""


def test_topics_are_no_answer_to_a_list_of_people() -> None:
    """"Please list every expert ...", no event named: lecture subjects name no one (they
    were given with exit 0)."""
    from cfacts.finding.answer import respond

    reply = respond(
        _REAL,
        "Please list every Chinese and foreign expert the article names as having been invited"
        " to lecture.",
    )
    assert not reply.lines and "it asks for people" in reply.cues[0], reply


def test_the_distribution_ratio_claimed_is_not_borne_out() -> None:
    text = _answered(
        "Is correct that the CWWCS had in 2024 licensing revenue over 23 million yuan with a"
        " distribution ratio over 80%?"
    )
    assert text.startswith("Not as the article gives it"), text


@pytest.mark.parametrize(
    "question",
    [
        "And the number of copyright registrations in 2023, which figure gave Guan Jun for that"
        " year?",
        "which country was the one that made the beijing treaty go into effect n wen",
        "which country made the beijing treaty enter into force",
    ],
)
def test_session_31_unanswerable_stay_refused(question: str) -> None:
    """A figure of a year not on record, asked of the one who gave the others (a scene
    names it); the country that brought a treaty into force, which no step names."""
    assert _answered(question) == ""


def test_a_post_at_another_body_names_its_holder_there() -> None:
    text = _answered(
        "Was Mr Lu Yi, who warned about AI and the photography market, the legal expert from Ali"
        " Pictures?"
    )
    assert text.startswith("No (our reading") and "Chen Xuhan: Legal expert" in text, text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        (  # three questions, the last after "as well as", the second of "that person"
            "Who spoke at the opening ceremony on behalf of NCAC's Copyright Department, and what"
            " post did that person hold, as well as which modern technologies did he say were"
            " changing with each passing day?",
            ["Yu Cike: Director General", "big data and AI"],
        ),
        (  # titles listed, no event named: the one event where they all spoke
            "Who were the lyricist, the songwriter and the young composer who talked about AI?",
            ["Jia Ding", "Zhang Yilin", "Fang Dongqing"],
        ),
        (
            "which lyricist and which composer spoke about AI?",
            ["Jia Ding", "Fang Dongqing"],
        ),
        (  # "which person" is who; "from what association", no subject: his
            "Which person spoke as representative of collective management organizations and"
            " from what association?",
            ["Scot Morris", "Australasian Performing Right Association"],
        ),
        (  # "from which law firms they came" (word order of another tongue)
            "Some lecturers were lawyers - from which law firms they came?",
            ["Boss & Young", "Maucher Jenkins", "AA Thornton"],
        ),
        (  # "who put it on": its organizers, not its speakers; "take place" takes no money
            "For my timeline of NCAC-WIPO joint events: when did the 2023 overseas risk"
            " prevention training take place, where, and who put it on?",
            ["October 16", "Shanghai", "(NCAC) organized", "(WIPO), United Nations organized"],
        ),
        (  # "No, not Tencent", and who of Tencent spoke there
            "Was Wu Guanyong, who called for a global copyright monitoring network, speaking for"
            " Tencent?",
            ["No (our reading: Shanghai Firstbrave", "Jiang Bo"],
        ),
        (  # a passage quoted and asked of the wrong speaker: whose it is
            "The quote 'Advancing copyright cooperation along the Belt and Road, promoting the"
            " development of creative industries...' \u2014 did Zhao Xiuling say that?",
            ["No (our reading: the article gives those words to Yu Cike)"],
        ),
        (  # a proposal checked of the wrong speaker, after a fact-checker's lead-in
            "Our piece says Wang Min proposed a labeling system for AI-generated music. Was it"
            " her?",
            ["No (our reading: it was Wen Huasheng)"],
        ),
        (
            "Did Wang Min propose a labeling system for AI-generated music?",
            ["No (our reading: it was Wen Huasheng)"],
        ),
        (  # "we print that ... Does that match?"
            "We print that the copyright industry was 7.53% of China's GDP in 2017. Does that"
            " match?",
            ["No, not 7.53%", "7.35%"],
        ),
        (  # "we identify X as Y"
            "We identify Alessandro Enrico Cogo as a law professor at the University of"
            " Strasbourg. Correct?",
            ["No, not as stated", "University of Turin"],
        ),
        (  # "our piece credits X and Y as organizers of Z"
            "Our piece credits WIPO and the Fujian provincial copyright bureau as organizers of"
            " the 2021 Xiamen training. Right?",
            ["No (our reading: the record names WIPO and NCAC as its organizers)"],
        ),
        (  # who said a figure: its reporter, with the figures borne out
            "Who said CWWCS licensing revenue passed 23 million yuan in 2024 with a distribution"
            " ratio above 60%?",
            ["Zhang Hongbo: Executive Vice Chairman", "Yes: CWWCS distribution ratio"],
        ),
        (  # "- we have it in Chongqing ... Check the city and dates."
            "The Belt and Road International Forum on Copyright \u2014 we have it in Chongqing,"
            " December 2 to 4. Check the city and dates.",
            ["No (our reading: the record puts it in Chengdu)"],
        ),
        (  # "partner" of a dialogue, not a post at NCAC
            "List every partner the NCAC names for bilateral copyright dialogues.",
            ["the EU, the U.S., the U.K.", "Mexico"],
        ),
        (  # "quoted at the roundtable": who spoke there
            "Name all three music creators \u2014 lyricist, songwriter, young composer \u2014"
            " quoted at the roundtable.",
            ["Jia Ding", "Zhang Yilin", "Fang Dongqing"],
        ),
        (  # an appositive before the names ("the two ... lecturers, X and Y,")
            "Which companies did the two Chinese industry lecturers, Zhang Fan and Guan Rui,"
            " come from?",
            ["China Science Publishing", "Wings Media"],
        ),
        (  # "outside experts"
            "Can you list all the outside Chinese and foreign experts invited to lecture at the"
            " 2023 Shanghai training, beyond the WIPO lecturer?",
            ["Cogo", "Carre", "Zhang Fan", "Guan Rui"],
        ),
        (  # a figure "quoted at" an event is no speaker quoted there
            "How much did the copyright industry added value rise between the 2021 figure quoted"
            " at the Shanghai training and the 2023 figure quoted at the WIPO China roundtable"
            " (trillion yuan each year)?",
            ["8.48", "9.38"],
        ),
        (  # "from what universities" after a list of people: the scene's, not one person's
            "Which foreign law academics were invited to the 2023 Shanghai training, and from"
            " what universities?",
            ["Cogo", "Centre for International Intellectual Property Studies"],
        ),
        (  # "was X there on behalf of WIPO?": No, and his own posts
            "Was Gao Yunfei at the Shanghai opening there on behalf of WIPO?",
            ["No (our reading: it names Liu Hua, not Gao Yunfei)", "Municipal Film Bureau"],
        ),
        (  # the year before asked after figures that hold the year's growth
            "What registration and added-value numbers did NCAC's Guan Jun share, and how did"
            " 2023 compare to the year before?",
            ["10 million", "9.38 trillion", "4.52%", "7.44%"],
        ),
        (  # legal English: "with which company was he associated"
            "Who, amongst the participants, proposed a labeling system to balance innovation and"
            " copyright protection in respect of AI-generated works, and with which company was"
            " he associated?",
            ["Wen Huasheng proposed", "Faxian Mengxiang"],
        ),
        (  # "and on behalf of which association did she speak?"
            "Which participant cited the 'Hi, Mom' copyright dispute to illustrate irregular"
            " copyright management, and on behalf of which association did she speak?",
            ["Shi Wenxia", "China Film Copyright Association"],
        ),
        (  # "kindly specify the trade negotiations ..."
            "Kindly specify the trade negotiations in which China has actively engaged over the"
            " years, including the partners to the free trade agreements mentioned.",
            ["RCEP", "Australia", "South Korea", "Eurasian Economic Union"],
        ),
        (  # "in what terms did he characterise the same": his words, quoted
            "Which Director General of WIPO is quoted as having described the conclusion of the"
            " Beijing Treaty, and in what terms did he characterise the same?",
            ["Gurry", "milestone"],
        ),
        (  # a bare pair with a year
            "sichuan copyright trading 2018, works registerd",
            ["100 million", "170,000"],
        ),
        (  # things of a topic kind a person cited, a long clause between
            "Which Chinese works, whose success was said by Ms. Liu to showcase the charm of"
            " Chinese culture and inject new vitality into the global copyright industry, were"
            " specifically cited by her?",
            ["Black Myth: Wukong", "Ne Zha 2"],
        ),
        (
            "which dispute did Shi Wenxia cite?",
            ["Hi, Mom"],
        ),
        (  # a body not party to a memorandum between two
            "Did WIPO sign its memorandum of understanding on bilateral cooperation with the"
            " Shanghai Municipal Film Bureau, as our draft has it?",
            ["No (our reading: its parties on record are World Intellectual Property"],
        ),
        (  # "the Shanghai piece names as lecturers"
            "Give me every invited Chinese and foreign expert the Shanghai piece names as"
            " lecturers, apart from Gao Hang.",
            ["Cogo", "Carre", "Zhang Fan", "Guan Rui"],
        ),
        (  # "According to X in Y, ...": X's words, which say where
            "According to Liu Hua in Xiamen, WIPO signed its Memorandum of Cooperation with NCAC"
            " in 2017 \u2014 is that correct?",
            ["No (our reading: 2015, not 2017)"],
        ),
        (  # "like X and what else": the whole list
            "which um trade agreements has china been negotiating like the are sep one and which"
            " others",
            ["RCEP", "Australia", "South Korea", "Eurasian Economic Union"],
        ),
        (  # a quiz's blank
            "Fill in: In 2024, MCSC had more than ___ members.",
            ["more than 14,000 members"],
        ),
        (
            "Fill in: According to Sylvie Forbin, so far ___ countries have ratified or acceded to"
            " the Beijing Treaty on Audiovisual Performances.",
            ["29"],
        ),
        (  # "as a WIPO colleague": on behalf of WIPO
            "Benjamin Ng lectured in Xiamen as a WIPO colleague, is that right?",
            ["No (our reading: CISAC, not WIPO)"],
        ),
        (  # spoken "like" before a body
            "was jiang bo from like alibaba",
            ["No (our reading: the posts on record for them are at Tencent Group)"],
        ),
        (  # "what did X report?": the figures he reported
            "What did Zhou Qing report?",
            ["more than 100 million yuan", "170,000 works"],
        ),
        (  # "what challenge was the main focus": the roundtable's theme
            "When and where did the WIPO Office in China hold its copyright protection"
            " roundtable, and what challenge was the main focus?",
            ["March 13, 2025", "Beijing", "(AI) as the main new challenge"],
        ),
    ],
)
def test_session_32_answered(question: str, wanted: list[str]) -> None:
    """Session 32's wrong answers and refusals, put right."""
    text = _answered(question)
    assert all(w in text for w in wanted), text


@pytest.mark.parametrize(
    "text",
    [
        "x" + ", as well as" * 3000 + " which",
        "x plus " * 3000 + "what",
        "that the same " * 2000 + "person",
        "from which " + "x " * 3000 + "they came",
        "which person " * 2000 + "spoke",
        "who put " * 2000 + "it on",
        "we identify " * 1000 + "x as",
        "our piece credits " * 600 + "as organizers of",
        "what challenge " * 1000 + "was the main focus",
        "did x " + "propose " * 2000,
        "x proposed " + "y " * 2000 + ". was it her?",
        "who said " + "1 " * 3000,
        "the quote '" + "x " * 3000,
        "we print " * 1000 + "that",
        "x - we have " * 800 + "it in",
        "x. check the city, " * 500 + "dates",
        "the two lecturers, " * 500 + "X",
        "quoted at the " * 800 + "roundtable",
        "whether it is correct " * 500 + "that",
        "the said " * 1000 + "x",
        "kindly furnish the names " * 400 + "of",
        "x, if " * 1000 + "convenient",
        "from like " * 1000 + "x",
        "x like " * 1000 + "what",
        "on behalf of which " * 500 + "x did she speak",
        "with which x was he " * 500 + "associated",
        "in what terms " * 800,
        "a b 2018, " + "c " * 3000,
        "the x piece " * 800 + "names as",
        "according to X " * 500 + "in Y,",
        "as a WIPO " * 800 + "colleague",
        "x, like " + "y " * 3000 + "and what else",
        "how did x compare " + "y " * 3000 + "the year before",
    ],
)
def test_session_32_readings_run_in_linear_time(text: str) -> None:
    """Every pattern added in session 32 reads a long hostile text at once."""
    import re

    from cfacts.finding.answer import (
        _CHECK_ASKED,
        _DID_X_SAY,
        _DRAFT_SAYS,
        _PASSAGE_QUOTED,
        _PERSON_AGAIN,
        _WHO_SAID_FIGURE,
        _X_SAID_CHECK,
        _YEAR_BEFORE,
    )
    from cfacts.finding.question import _AND_SAID_LONG, _SAYINGS, _UNDERSTOOD_LEAD, two_questions

    new = {"came", "person", "put", "identify", "credits", "focus", "quoted", "lecturers"}
    new |= {"whether", "said", "names", "convenient", "attached", "like", "behalf", "associated"}
    new |= {"terms", "characterise", "same", "specify", "piece", "according", "what else"}
    new |= {"colleague"}
    sayings = [p for said, p, _ in _SAYINGS if new & set(said)]

    def work() -> None:
        for pattern in (_DID_X_SAY, _X_SAID_CHECK, _WHO_SAID_FIGURE, _PASSAGE_QUOTED,
                        _DRAFT_SAYS, _CHECK_ASKED, _YEAR_BEFORE):  # fmt: skip
            re.search(pattern, text[:1000])
        re.match(_UNDERSTOOD_LEAD, text)
        re.sub(_AND_SAID_LONG, " and ", text)
        re.sub(_PERSON_AGAIN, "he", text)
        two_questions(text[:1000])
        for pattern in sayings:
            re.sub(pattern, "", text, flags=re.IGNORECASE)

    assert cpu_seconds(work) < 2.0


@pytest.mark.parametrize(
    ("question", "unwanted"),
    [
        (  # whether the article gives a figure: it does not; ours is a calculation
            "Does the Shanghai article also give the 2022 added value of China's copyright"
            " industry, so I can work out the year-on-year growth?",
            "",
        ),
        (  # a quoted passage no fact holds
            "Did Zhao Xiuling say 'copyright is the most beautiful flower of the world'?",
            "",
        ),
        (  # a figure not borne out: no reporter named for it
            "who said MCSC earned 500 million yuan in 2024?",
            "Liu Ping",
        ),
        (  # "is nine right?" after a claim read as the scene: never "Yes"
            "NCAC supposedly says China has ratified and acceded to nine international"
            " copyright-related treaties. Is nine right?",
            "Yes",
        ),
        (  # a film named by another speaker, no dispute: never "it was Liu Hua"
            "did shi wenxia bring up the ne zha 2 copyright dispute",
            "it was Liu Hua",
        ),
        (  # an attribution and a figure, a comma between: no bare pair of two questions
            "Images Copyright Soc. (Wang Ying) - licensing rev 2024?",
            "",
        ),
        (  # who organized it, never its speakers
            "ncac wipo 2023 overseas risk prevention training: who organized it?",
            "Gao Hang",
        ),
    ],
)
def test_session_32_refused(question: str, unwanted: str) -> None:
    """Session 32's wrong answers given with exit 0, now refused."""
    from cfacts.finding.answer import respond

    reply = respond(_REAL, question)
    text = " ".join(x.text for x in reply.lines)
    assert not unwanted or unwanted not in text, text
    if not unwanted:
        assert not reply.lines, text


@pytest.mark.parametrize(
    ("question", "wanted", "unwanted"),
    [
        (  # a title beside a company's full name is no part of the name: checked, "No"
            "Is Wu Guanyong identified as the CTO of Shanghai Firstbrave Information"
            " Technology Co., Ltd.?",
            ["No, not as stated", "CEO"],
            "Yes",
        ),
        (  # "CEO" is the title as written, not only "chief executive"
            "Is Wu Guanyong the CEO of Shanghai Firstbrave Information Technology Co., Ltd.?",
            ["Yes: Wu Guanyong: CEO"],
            "Yes: Wu Guanyong: Founder",
        ),
        (  # a hyphen joins two titles of one person
            "Who were the three music creators who spoke: the lyricist-director, the film"
            " songwriter, and the young composer?",
            ["Jia Ding", "Zhang Yilin", "Fang Dongqing"],
            "",
        ),
        (  # one person holding both titles, not every director
            "who was the lyricist-director who spoke at the roundtable",
            ["Jia Ding"],
            "Liu Hua",
        ),
        (  # what is asked, listed after the question mark
            "sichuan copyright numbers for 2018? trading and works registered",
            ["100 million", "170,000"],
            "",
        ),
        (  # a second question after the question mark, not a list of what is asked
            "FTA talks mentioned in the NCAC interview - with who? and the regional deal",
            ["Australia", "Eurasian Economic Union", "RCEP"],
            "",
        ),
        (  # a full name alone does not answer a figure asked beside it
            "what does CAVCA stand for and how much did it earn in 2024",
            ["China Audio-Video Copyright Association", "4 billion"],
            "",
        ),
        (  # "put X at Y": a figure given, checked
            "NCAC put the copyright industry at 7.41% of GDP for 2017 - is that right?",
            ["No, not 7.41%", "7.35%"],
            "Yes",
        ),
        (  # "how much more than the year before": the year's growth among the figures given
            "how much licensing money did that music copyright group mcsc make in 2024 and how"
            " much more than the year before",
            ["477 million", "11%"],
            "",
        ),
        (  # the works one person of a body cited ("the WIPO lady")
            "which chinese game and movie did the wipo lady mention as big successes",
            ["Black Myth", "Ne Zha 2"],
            "",
        ),
        (  # a year her own words give: answered, not refused as the date of her speech
            "In which year did WIPO and NCAC sign their Memorandum of Cooperation, per Liu Hua?",
            ["2015"],
            "",
        ),
        (  # "spelled exactly": as on record
            "What are Scot Morris's title and organization, spelled exactly, in the Chengdu"
            " forum article?",
            ["Director of International", "Australasian Performing Right"],
            "",
        ),
        (  # titles "word for word" are the titles as written, not someone's quoted words
            "Gao Yunfei has two titles in the Shanghai piece. What are they, word for word?",
            ["Deputy Director General", "Shanghai Municipal Film Bureau"],
            "",
        ),
        (  # "per the English text": the one text on record
            "Roughly how many participants attended the Xiamen training and received"
            " certificates, per the English text?",
            ["100"],
            "",
        ),
        (  # the full names of two short names, each
            "In the Shanghai training article, NCAC and WIPO are abbreviated. Please give me the"
            " full English names of both organizations exactly as the article spells them out.",
            ["National Copyright Administration of China", "World Intellectual Property"],
            "",
        ),
        (  # "by her words": according to her
            "Sylvie Forbin from WIPO, which position has she, and how many countries had"
            " ratified the Beijing Treaty on Audiovisual Performances by her words?",
            ["Deputy Director General", "29"],
            "",
        ),
        (  # "becomes bigger": widening, which the article denies
            "Is it true that the gap between China and developed countries like the U.S. and"
            " Japan becomes bigger in the economic contribution of the copyright industry?",
            ["No", "narrowing"],
            "Yes",
        ),
        (  # how long one thing had stood when another happened: the years between
            "How long had the WIPO-NCAC Memorandum of Cooperation been in place by the time of"
            " the Xiamen training?",
            ["6 years", "2015", "2021"],
            "",
        ),
        (  # "how is called": what is the name of
            "How is called the professor of the University of Turin, Italy, that was invited to"
            " Shanghai?",
            ["Cogo"],
            "",
        ),
        (  # "our Chinese text says X. Is that what the English article says?": X checked
            "Our Chinese text says the Shanghai training lasted two days. Is that what the"
            " English article says?",
            ["No", "three days"],
            "Yes",
        ),
        (  # "that conference": the one the scene names
            "The training's supposed to carry out Xi's instruction from the foreign affairs work"
            " conference - when was that conference?",
            ["Central Conference on Work Relating to Foreign Affairs"],
            "",
        ),
        (  # "that one" names nothing the scene gives a name to
            "Sylvie Forbin said just one more ratification would bring the Beijing Treaty into"
            " force. Which country was expected to be that one?",
            [],
            "credited the Chinese government",
        ),
        (  # a short form at a name's edge is the name's ("ofc", "dip conf")
            "beijing treaty dip conf - when",
            ["2012"],
            "",
        ),
        (  # the point of an instrument: what our summary of it says it does
            "what was the purpose of the memorandum of understanding between WIPO and NCAC",
            ["legislation", "enforcement", "capacity building"],
            "stated commitment",
        ),
        (  # no one's statement that names the memorandum is its purpose
            "what was the point of the memorandum that wipo signed with the ncac",
            ["legislation", "enforcement", "capacity building"],
            "",
        ),
        (  # one set aside in brackets by the lecture she gave: the others
            "can u list all the chinese and foriegn experts that were invited to lecture in"
            " shanghai (not the first lecture one)",
            ["Cogo", "Carre", "Zhang Fan", "Guan Rui"],
            "Gao Hang",
        ),
        (  # "besides the one who gave the first lecture": no opening talk asked
            "list all the chinese and foreign experts that were invited to lecture in shanghai,"
            " besides the one who gave the first lecture",
            ["Cogo", "Carre", "Zhang Fan", "Guan Rui"],
            "Gao Hang",
        ),
        (  # the people of a body named, each with the post on record
            "who are the officials of NCAC",
            ["Yu Cike", "Zhao Xiuling", "Guan Jun"],
            "Liu Hua",
        ),
        (  # a plural title: those of the body whose title it is
            "which WIPO directors are named",
            ["Liu Hua", "Gao Hang", "Ignacio de Castro"],
            "Scot Morris",
        ),
        (  # "according to whom": the answer and the statement of the one who gave it
            "In what year was the Memorandum of Cooperation between WIPO and NCAC signed,"
            " according to whom in the Xiamen article?",
            ["2015", "Liu Hua"],
            "",
        ),
        (  # the growth of a figure given beside the figure
            "What registration and economic-contribution numbers did NCAC's Guan Jun share?",
            ["10 million", "9.38 trillion", "4.52%", "7.44%"],
            "",
        ),
        (  # "respective" is no word a fact must hold
            "Which two officials of NCAC's Copyright Department spoke at the forum, and what"
            " were their respective titles?",
            ["Yu Cike", "Zhao Xiuling"],
            "",
        ),
        (  # an article's own spelling of a name, with a year naming the article
            "how does the Shanghai 2023 piece spell out NCAC in full?",
            ["People's Republic of China"],
            "",
        ),
        (  # Pidgin "dat": that
            "which year WIPO and NCAC sign dat Memorandum of Cooperation",
            ["2015"],
            "",
        ),
        (  # "the official name of the forum NCAC and WIPO hosted": the forum's, not theirs
            "official English name of the forum NCAC and WIPO hosted in Chengdu in December",
            ["Belt and Road International Forum on Copyright"],
            "stands for",
        ),
        (  # a check of what she said, her post stated: the post on record shown with it
            "Shi Wenxia, Deputy Secretary-General of the China Film Copyright Association, cited"
            " the 'Hi, Mom' copyright dispute. correct?",
            ["Yes", "Hi, Mom", "post on record: Deputy Secretary-General, China Film Copyright"],
            "",
        ),
        (  # a spelling checked against the article's
            "Is the Australasian Performing Right Association man spelled Scott Morris with two"
            " t's?",
            ['No (our reading: the article writes "Scot Morris")'],
            "",
        ),
        (  # "the top ... official": the head among those found
            "who was the top copyright department official speaking at the shanghai opening?"
            " someone from CNAC?",
            ["Wang Zhicheng"],
            "",
        ),
        (  # a question, then how the answer is wanted after its question mark
            "So who spoke for NCAC at the opening ceremony, the one talking about a community of"
            " shared future? Name and title, please.",
            ["Yu Cike", "Director General"],
            "",
        ),
        (  # an anniversary "celebrated" is marked, not held
            "which anniversary of the WIPO China partnership was celebrated",
            ["50th anniversary"],
            "",
        ),
        (  # a guessed ordinal after the question: the one on record
            "What anniversary were WIPO and China celebrating that year, was it the 40th?",
            ["50th anniversary"],
            "",
        ),
        (  # a Spanish turn: "it was celebrated the 40th anniversary"
            "Is it true that in this year it was celebrated the 40th anniversary of the"
            " partnership between WIPO and China?",
            ["No (our reading: the 50th anniversary, not the 40th)"],
            "",
        ),
        (  # a scene naming a body's person, then something else asked: not its people
            "The lady from the film copyright association brought up a movie copyright fight as"
            " an example. Which film was it?",
            ["Hi, Mom"],
            "",
        ),
        (  # the one who gave the first lecture, asked of (not set aside)
            "What is the good name of the WIPO lady who delivered the first lecture at Shanghai"
            " training, and her designation?",
            ["Gao Hang"],
            "",
        ),
        (  # who hosted it is asked beside where and when: each part answered
            "Who hosted the Belt and Road International Forum on Copyright, where was it held,"
            " and on what dates?",
            ["NCAC", "World Intellectual Property Organization", "Chengdu", "December 2 to 4"],
            "",
        ),
        (  # "they're": they are
            "Several lawyers lectured in Xiamen - name them and the law firms they're partners"
            " at.",
            ["Boss & Young", "Maucher Jenkins", "AA Thornton"],
            "",
        ),
        (  # "re:" stays regarding, no yes-or-no question
            "re: MCSC revenue 2024",
            ["477 million"],
            "Yes",
        ),
        (  # a claim, then "Agree?": checked
            "More than 50 representatives attended the roundtable. Agree?",
            ["More than 20"],
            "Yes",
        ),
        (  # "Agree or disagree?" after a claim of a figure: the figure on record
            "The Beijing Treaty was WIPO's first international copyright-related agreement in"
            " almost 10 years at the time. Agree or disagree?",
            ["No (our reading: almost 20 years"],
            "",
        ),
        (  # "who ..., and his company name?": the second asked of whoever the first finds
            "Who proposed labeling system for AI music, and his company name?",
            ["Wen Huasheng", "Faxian Mengxiang"],
            "",
        ),
        (  # a subject of the Xiamen copyright training's lectures, each of the three
            "What were lecture topics at Xiamen copyright training?",
            ["Alternative dispute resolution", "film and television rights"],
            "",
        ),
        (  # "say about": a topic, never a figure asked
            "What did the APRA guy say about how CMO income streams are shifting?",
            ["streaming"],
            "",
        ),
    ],
)
def test_session_33_answered(question: str, wanted: list[str], unwanted: str) -> None:
    """Session 33's wrong answers, put right."""
    text = _answered(question)
    assert all(w in text for w in wanted), text
    assert not unwanted or unwanted not in text, text


@pytest.mark.parametrize(
    "question",
    [
        # a figure asked of what someone said: his words give none
        "What did Scot Morris say APRA's total collections were for the year?",
        # a year asked of a treaty, with a speaker in an aside: her speech's date is no answer
        "In what year did the Beijing Treaty actually enter into force, since Ms. Liu mentions"
        " promoting it?",
        # one day of a three-day training: the article dates only the training
        "On which of the three days did Ignacio de Castro give his lecture?",
        # "Secretary-General" is one title, not a secretary who is also a general
        "Was the Copyright Society of China represented at the 2025 roundtable by its"
        " Secretary-General?",
        # the full name, and a figure whose parts are not all on record: not the name alone
        "CAVCA: full English name, and its 2024 revenue from Karaoke plus the new broadcasting"
        " rights, with the Karaoke licensing portion?",
    ],
)
def test_session_33_refused(question: str) -> None:
    """Session 33's wrong answers given with exit 0, now refused."""
    from cfacts.finding.answer import respond

    reply = respond(_REAL, question)
    assert not reply.lines, " ".join(x.text for x in reply.lines)


@pytest.mark.parametrize(
    "question",
    [
        "When did Liu Hua talk about the Beijing Treaty?",
        "What did Scot Morris say about income from streaming?",
        "what do MCSC and CWWCS stand for",
    ],
)
def test_session_33_refusals_leave_these_answered(question: str) -> None:
    """The session's refusals are narrow: a date of a saying, a statement with no figure
    asked, a full name asked alone are still answered."""
    assert _answered(question)


@pytest.mark.parametrize(
    "text",
    [
        "x" * 150 + "? " + "a and " * 3000,
        "x? " + "a, " * 5000,
        "? " * 5000 + "and",
        "put " * 3000 + "at 5",
        "put " + "x " * 3000 + "at 5",
        "how much more " + "x " * 3000 + "the year before",
        "x becomes " * 2000 + "bigger",
        "by her " * 2000 + "words",
        "treaty " + "x " * 3000 + "start working",
        "how is called " * 1000 + "the x",
        "x spelled " * 2000 + "exactly",
        "titles " + "x " * 3000 + "word for word",
        ", per the english " * 1000 + "text",
        "how long had " + "x " * 3000 + "been in place by the time of y",
        "how long after " + "x was signed " * 1000 + "was y held",
        "x " * 3000 + "- when was that conference?",
        "our chinese " * 1000 + "text says",
        "the one who gave the first " * 500 + "lecture",
        "(not the " + "x " * 3000 + ")",
        "x, according to whom" + " y" * 3000,
        "x compared to the whole " * 1000 + "economy",
        "is it spelled " + "Scott " * 3000,
        "what " + "x " * 3000 + ", was it the 40th?",
        "anniversary " * 1000 + "was celebrated",
        "were " + "x " * 3000 + "celebrating",
        "x. " * 3000 + "agree or disagree?",
    ],
)
def test_session_33_readings_run_in_linear_time(text: str) -> None:
    """The patterns added in session 33 read a long hostile text at once."""
    import re

    from cfacts.finding.answer import (
        _BY_WHOM,
        _SPELLING_CHECKED,
        _THAT_NOUN_ASKED,
        _YEAR_BEFORE,
        _check_tag_plain,
        _how_long_between,
        _ordinal_guess_dropped,
        _set_aside_said,
        _tail_specified,
    )
    from cfacts.finding.question import _SAYINGS, _UNDERSTOOD_LEAD

    new = {"put", "bigger", "smaller", "words", "working", "called", "spelled", "word for word"}
    new |= {"english", "economy", "anniversar", "'re"}
    sayings = [p for said, p, _ in _SAYINGS if new & set(said)]

    def work() -> None:
        _tail_specified(text)
        _how_long_between(text[:1000])
        re.match(_THAT_NOUN_ASKED, text[:1000])
        _check_tag_plain(text[:1000])
        _set_aside_said(text[:1000] + " lecture")
        re.match(_BY_WHOM, text[:1000])
        re.search(_SPELLING_CHECKED, text[:1000])
        _ordinal_guess_dropped(text[:1000] + "th")
        re.match(_UNDERSTOOD_LEAD, text)
        re.search(_YEAR_BEFORE, text[:1000])
        for pattern in sayings:
            re.sub(pattern, "", text)

    assert sayings
    assert cpu_seconds(work) < 0.5


@pytest.mark.parametrize(
    ("question", "wanted", "unwanted"),
    [
        (  # "below the national average": a level, checked by the two figures
            "Claim: in 2017 the copyright share of GDP in Beijing, Shanghai and Shenzhen was below"
            " the national average. True?",
            ["No: ", "between 9% and 12%", "7.35%"],
            "Yes",
        ),
        (  # a clause describing who a "who is" question names: who that is
            "Who is Shi Jiang, quoted about Chengdu as a copyright model city?",
            ["Director, Chengdu Municipal Copyright Administration"],
            "",
        ),
        (  # a lead, then three questions: each answered
            "Given the record reported for music collective licensing, what was the Music"
            " Copyright Society of China's total licensing revenue in 2024, how much did it grow"
            " year on year, and how large was its membership?",
            ["477 million", "11%", "14,000"],
            "",
        ),
        (  # a change on the prior year: the year's own growth beside the figure
            "What did the NCAC's Guan Jun report on the copyright industry's added value for 2023"
            " and its change on the prior year?",
            ["9.38 trillion", "4.52%"],
            "8.48 trillion",
        ),
        (  # bodies joined as "and from": each one's people
            "Who from NCAC and from WIPO have assisted to the Xiamen training and addressed it?",
            ["Zhao Xiuling", "Liu Hua"],
            "",
        ),
        (  # bodies listed in the scene as kinds of people bound no one
            "Considering the mix of Party, municipal and WIPO officials typically present at such"
            " events, which officials attended and addressed the opening of the 2023 Shanghai"
            " training?",
            ["Wang Zhicheng", "Liu Hua", "Gao Yunfei"],
            "",
        ),
        (  # who said it, then which body he spoke for: his post with his words
            "From the collective management perspective, who described a shift in where copyright"
            " CMOs focus their industrial services, which organization did he represent, and"
            " toward what did he say that focus had shifted?",
            ["Scot Morris", "Australasian Performing Right Association", "search engines"],
            "",
        ),
        (  # a second part naming its own person and body: not the first part's body
            "As regards regulatory instruments under revision, which regulation did the NCAC say"
            " it is accelerating the revision of, and which regulations did CAVCA's Zhou Yaping"
            " hope would be revised?",
            ["Regulations on the Collective Administration of Copyright", "Implementation"],
            "",
        ),
        (  # a scene, then two short questions of it
            "Beijing Treaty diplomatic conference. when? co-host?",
            ["June 2012", "World Intellectual Property Organization"],
            "",
        ),
        (  # two things asked by name, a full stop between
            "sichuan copyright trading 2018. works registered?",
            ["100 million", "170,000"],
            "",
        ),
        (  # a claim reported, and what a source says of it: each part checked
            "Someone says China's copyright industry contributes less than the global average and"
            " is falling further behind the US and Japan. What does NCAC say?",
            ['it says "above"', 'it says "narrowing"'],
            "Yes",
        ),
        (  # a check putting someone at the wrong body: and who is there
            "Is it true Zhang Fan, one of the lecturers, works for Wings Media of SMG?",
            ["No (our reading", "China Science Publishing", "Guan Rui"],
            "",
        ),
        (  # a framing clause sets the scene
            "Tracing how this training series has moved around the country, when exactly was the"
            " 2021 edition of the International Copyright Training on Overseas Risk Prevention"
            " and Control held, and in which city?",
            ["July 7 to 9, 2021", "Xiamen"],
            "",
        ),
        (  # a claim heard elsewhere: what is so, at the event it names
            "A Weibo repost says Liu Hua gave the first lecture at the Shanghai training. Who"
            " actually delivered the first lecture?",
            ["Gao Hang"],
            "Liu Hua",
        ),
        (  # the claim's figure sets nothing; its noun does
            "Headline says '200 reps' attended the WIPO roundtable in Beijing. How many were"
            " there?",
            ["More than 20"],
            "17 speakers",
        ),
        (  # three figures claimed: each checked, the third too
            "Viral claim: 'China's copyright industry added value reached 9.38 trillion yuan in"
            " 2023, up 4.52%, 7.44% of GDP.' True?",
            ["Yes: Added value", "4.52%", "7.44%"],
            "No",
        ),
        (
            "China's copyright industry added value reached 9.38 trillion yuan in 2023, up 4.52%,"
            " 7.5% of GDP, right?",
            ["No, not 7.5%", "7.44%"],
            "",
        ),
        (  # "Can I mark this as true?" checks the claim before it
            "Viral infographic: 'China's copyright industry added value hit RMB 8.48 trillion in"
            " 2021, 7.41% of GDP.' Can I mark this as true?",
            ["Yes", "8.48 trillion", "7.41%"],
            "",
        ),
        (  # a French reader's "assisted to": attended
            "Who has assisted to the opening of the Shanghai training and addressed it?",
            ["Wang Zhicheng", "Liu Hua", "Gao Yunfei"],
            "",
        ),
        (  # a learner's words: "organisators", "augmentation", "speaked"
            "Who are organisators of 2023 training in Shanghai, which two organisations"
            " together?",
            ["NCAC", "World Intellectual Property Organization"],
            "",
        ),
        (
            "What was licensing revenue of MCSC in 2024 and the augmentation in percent?",
            ["477 million", "11%"],
            "",
        ),
        (
            "Who were the lyricist, the songwriter and the young composer that speaked at"
            " roundtable?",
            ["Jia Ding", "Zhang Yilin", "Fang Dongqing"],
            "",
        ),
        (  # a claimed title held only as a lesser one: No
            "The Tencent speaker was the company's General Counsel, right?",
            ['No (our reading: the post on record is "Deputy General Counsel"'],
            "Yes",
        ),
        (  # who made a statement: with the posts on record
            "there was a tencent exec talking about blockchain and AI for IP protection, who was"
            " that",
            ["Jiang Bo", "Deputy General Counsel"],
            "",
        ),
        (
            "somebody proposed a labeling system for AI music, a general manager of some culture"
            " media company. who was it?",
            ["Wen Huasheng", "Faxian Mengxiang"],
            "",
        ),
        (  # a guess after the question bounds nothing
            "who were the officials that spoke at the opening of that shanghai training? i think"
            " there were three of them, one from WIPO",
            ["Wang Zhicheng", "Liu Hua", "Gao Yunfei"],
            "",
        ),
        (  # figures guessed at, and the figures asked: those on record
            "roughly how many ppl took part in the shanghai training, was it like 50-ish?",
            ["More than 100"],
            "",
        ),
        (
            "the sichuan copyright director, Zhou Qin?, gave 2018 numbers - copyright trading like"
            " 50 million yuan and how many works registered?",
            ["100 million", "170,000"],
            "",
        ),
        (
            "Zhao Xiuling said copyright exports are like 10% of china's total goods exports? what"
            " was the exact figure",
            ["11%"],
            "",
        ),
        (  # a claim, its check and its figure said again: one check
            "this year was the fortieth anniversary of the WIPO and China partnership. Is that"
            " right? Fortieth?",
            ["No (our reading: it says 50th, not 40th)"],
            "",
        ),
        (  # whether the figure is exact, asked after it: the figure as written
            "How many people sat at the roundtable - do we have an exact number?",
            ['No (our reading: the article gives it as "More than 20"'],
            "",
        ),
        (
            "How many people took part in the Shanghai training - is there an exact headcount or"
            " just a ballpark?",
            ["More than 100"],
            "",
        ),
        (  # who gave figures at an event: who reported them, of the place and year named
            "who gave the sichuan 2018 figures?",
            ["Zhou Qing"],
            "Scot Morris",
        ),
        (  # the items the asker knows, then "anything else?": the whole list
            "which multilateral organizations does china use for copyright cooperation, WIPO"
            " and... the WTO? anything else",
            ["WIPO", "WTO", "APEC"],
            "",
        ),
        (  # "focused on": on
            "When and where did the WIPO Office in China hold its copyright roundtable focused on"
            " AI?",
            ["March 13, 2025", "Beijing"],
            "",
        ),
        (  # "on behalf of": for; a formal lead checks the claim
            "Is it correct that Mr. Wu Guanyong addressed the forum on behalf of Tencent Group?",
            ["No, not as stated", "Shanghai Firstbrave", "Jiang Bo"],
            "",
        ),
        (
            "Am I correct in understanding that Mr. Guan Rui attended as the representative of"
            " China Science Publishing & Media Ltd.?",
            ["No, not as stated", "Wings Media", "Zhang Fan"],
            "",
        ),
        (  # "X and Y alike": both
            "Which trade negotiations has China engaged in, according to the NCAC - regional"
            " partnership and free trade agreements alike?",
            ["RCEP", "Australia", "South Korea", "Eurasian Economic Union"],
            "",
        ),
        (  # side activities and visits: the expo joined and the firms visited
            "In which side activities and visits did the foreign and domestic guests take part"
            " during the forum?",
            ["Digital Copyright Expo", "Migu Music", "Chengdu Audio & Visual"],
            "",
        ),
        (  # a claim of where or in what year an event was held: No, and where and when
            "china co-hosted that diplomatic conference on audiovisual performances with WIPO in"
            " 2014, right?",
            ["No (our reading: held in 2012, not 2014)", "June 2012"],
            "",
        ),
        (
            "Post: 'WIPO Office in China held a copyright roundtable in Shanghai on March 13,"
            " 2025.' Right city?",
            ["No (our reading: held in Beijing, not Shanghai)"],
            "",
        ),
        (  # a city the fact base does not know, claimed: No all the same
            "the Belt and Road International Forum on Copyright was held in Chongqing, right?",
            ["No (our reading: the record puts it in Chengdu)"],
            "",
        ),
        (  # a claim heard, its unknown city set aside: where and when it was
            "Post says the Belt and Road International Forum on Copyright was held in Chongqing."
            " Where and when was it really?",
            ["Chengdu", "December 2 to 4"],
            "",
        ),
        (  # a figure seen elsewhere after the question: the question, as asked
            "how many people actually got certificates at the Xiamen training? seen 300 quoted",
            ["About 100"],
            "",
        ),
        (
            "What were Sichuan's copyright numbers for 2018? Saw '1 billion yuan traded'.",
            ["100 million", "170,000"],
            "",
        ),
        (  # the claim's figure checked again ("Is 30 correct?"): the claim checked
            "WIPO's Sylvie Forbin supposedly said 30 countries had ratified the Beijing Treaty by"
            " then. Is 30 correct?",
            ["No (our reading: 29 countries, not 30 countries)"],
            "",
        ),
        (  # an edition named by year, another edition held in the city claimed: the one
            "The 2021 edition of the overseas risk training was held in Shanghai, correct?",
            ["No (our reading: the record puts it in Xiamen)"],
            "",
        ),
        (  # two events, each with its place and year: no claim of where one was held
            "liu hua was wipo china office director at the 2025 beijing roundtable - did she"
            " already hold that title at the 2021 xiamen training?",
            ["Yes"],
            "held in Xiamen, not Beijing",
        ),
        (  # a place said of the asker's friend is no place claimed for the event (kept KS)
            "A solicitor friend of mine in London reckons he's met Geoff Hussey at some"
            " intellectual property dinner. Was Hussey listed among the Xiamen training experts"
            " as a partner of Maucher Jenkins?",
            ["AA Thornton"],
            "not London",
        ),
        (  # "on the NCAC side": for NCAC, not what was said about it
            "Who addressed the Xiamen course on the NCAC side, and what's her title?",
            ["Zhao Xiuling", "Deputy Director General"],
            "Liu Hua",
        ),
        (  # "by whom": who, with the posts on record
            "Labeling system for AI-generated works was proposed by whom? Please with his"
            " company.",
            ["Wen Huasheng", "Faxian Mengxiang"],
            "",
        ),
        (  # a label telling where a claim was seen is dropped
            "Claim going round: 2023 marked the 30th anniversary of the WIPO-China partnership."
            " True or false?",
            ["No (our reading: the 50th anniversary"],
            "",
        ),
    ],
)
def test_session_34_answered(question: str, wanted: list[str], unwanted: str) -> None:
    """Session 34's wrong answers and refusals, put right."""
    text = _answered(question)
    assert all(w in text for w in wanted), text
    assert not unwanted or unwanted not in text, text


@pytest.mark.parametrize(
    "question",
    [
        # three figures claimed, the third not borne: never the wrong one's verdict on another
        "China's copyright industry added value reached 9.38 trillion yuan in 2023, up 4.52%,"
        " 7.44% of GDP and 3 million jobs, right?",
        # when a thing a statement mentions is held: its words give no date
        "Guan Jun mentioned hosting the 10th China International Copyright Expo - when and where"
        " is it?",
        # a part of a figure no fact gives: not the closest statement
        "What percentage of MCSC's 477 million came from streaming/digital platforms?",
        # people asked for: never the subjects they lectured on
        "Besides the WIPO lecturer, list every invited Chinese and foreign expert the article"
        " names. I want all of them.",
        # a year after "about" is no guessed figure: 2019 is asked, and not on record
        "We have Sichuan's 2018 copyright trading figure. What about 2019? How much did the"
        " province trade that year?",
        # who signed for a body: no signatory is on record ("on behalf of" stays as typed)
        "Who signed the WIPO-NCAC memorandum of understanding on behalf of WIPO?",
        # another edition claimed: the record neither gives nor rules it out (kept set LK)
        "Draft mentions a 2022 edition of the same overseas risk training held in Hangzhou. is"
        " that accurate?",
        # a figure stated, then the year before asked: 2023 is not on record (learning set 16)
        "CAVCA brought in roughly 5.1 billion yuan in 2024. What was its revenue the year"
        " before?",
        # every expert, one set aside: people asked, never the talks' subjects (kept set TW)
        "Give me every Chinese and foreign expert the article says was invited to lecture (not"
        " counting the WIPO lecturer).",
        # a venue asked, then "I want to check": no claim of a place to answer No to
        "Which venue in Shanghai hosted the 2023 overseas copyright risk training? A post names"
        " a hotel and I want to check.",
        # "what ... it focused on?": no "on" read away from its question (kept set CR)
        "When and in which city did the WIPO Office in China hold its copyright protection"
        " roundtable in 2025, and what was the main new challenge it focused on?",
        # bodies counted, of which no count is on record: never our count of speakers
        "How many provincial copyright authorities actually sent heads to the Shanghai"
        " training?",
        # "ahead of" a figure with no level on record beside it
        "was the copyright share of GDP in Beijing, Shanghai and Shenzhen ahead of the US in"
        " 2017?",
    ],
)
def test_session_34_refused(question: str) -> None:
    """Checks the figures on record cannot settle are refused."""
    from cfacts.finding.answer import respond

    reply = respond(_REAL, question)
    assert not reply.lines, " ".join(x.text for x in reply.lines)


@pytest.mark.parametrize(
    "text",
    [
        "someone says " + "x " * 3000 + ". what does y say?",
        "given " + "x " * 3000 + ", who",
        "with " + "x " * 3000 + " being y, who is it?",
        "a post says " + "x. " * 2000 + " who actually did it?",
        "x " * 3000 + "- who actually put it on?",
        "viral claim: '" + "x " * 3000 + ".' True?",
        "claim: " + "x " * 3000 + " - True?",
        "x reached 5 in 2023" + ", up 4%" * 2000 + ", right?",
        "x. " * 3000 + "Can I mark this as true?",
        "assisted to " * 2000 + "the x",
        "who? i think " + "x " * 3000,
        "what " + "like 5 " * 2000 + "?",
        "how many " + "about 5-ish, " * 2000,
        "which x, " + "y " * 3000 + "? anything else",
        "how many - do we have " * 1000 + "an exact",
        "am i correct in " * 1000 + "understanding that x",
        "x on behalf " * 2000 + "of y",
        "spoke " + "x " * 3000 + "on behalf of y",
        "the forum was held " + "in Xxx " * 2000 + ", right?",
        "spoke on the " + "x " * 3000 + "side",
        "x. is " + "5 " * 3000 + "right?",
        "x? seen " + "5 " * 3000,
    ],
)
def test_session_34_readings_run_in_linear_time(text: str) -> None:
    """The patterns added in session 34 read a long hostile text at once, each on the
    longest text it is ever given and on the whole."""
    import re

    from cfacts.finding.answer import (
        _CHECK_TAGS,
        _EXACTNESS_TAIL,
        _FIGURE_ECHOED,
        _FIGURE_HEAD,
        _GROWTH_FRAGMENT,
        _event_misplaced,
        _figures_beside,
    )
    from cfacts.finding.question import _LEAD_THEN_ASKED, _SAYINGS, asked_twice, two_questions

    new = {"widening the gap with", "narrowing the gap with", r"\1 compared with the year before"}
    new |= {"attended ", "for", r"\1Is it correct that ", "on", "other than", r"\1 for the \2"}
    sayings = [p for _, p, plain in _SAYINGS if plain in new]
    patterns = (_FIGURE_HEAD, _GROWTH_FRAGMENT)  # (the rewrites': tests/test_rewrites.py)

    def work() -> None:
        for lazy in patterns:
            lazy.match(text[:1000])
        re.search(_EXACTNESS_TAIL, text[:1000])
        re.search(_CHECK_TAGS, text[:1000])
        _FIGURE_ECHOED.search(text[:1000])
        re.match(_LEAD_THEN_ASKED, text[:1000])
        asked_twice(text)
        two_questions(text)
        _figures_beside(_REAL, text[:400])
        _event_misplaced(_REAL, text[:400])
        for pattern in sayings:
            re.sub(pattern, "", text)

    assert len(sayings) >= len(new)
    assert cpu_seconds(work) < 0.5


@pytest.mark.parametrize(
    ("question", "wanted", "unwanted"),
    [
        (  # "below of": a learner's "below", set against the fact's "above"
            "Is true that the economic contribution of China copyright industry stays below of"
            " the global average?",
            ['No (our reading: it says "above", not "below")'],
            "Yes",
        ),
        (  # the closest of the named speaker's statements lacks the words: another's hold them
            "Was it Zhou Qing who called Chengdu a model city for copyright?",
            ["No (our reading: the article gives those words to Shi Jiang)"],
            "Yes",
        ),
        (
            "Quote going around: 'Infringement and piracy activities have obviously gone more"
            " and more international and social in the 4G era' — credited to Tencent's Jiang"
            " Bo. Correct speaker?",
            ["No (our reading: the article gives those words to Wu Guanyong)"],
            "Yes",
        ),
        (
            "The thread attributes the line about Chengdu being 'a model city for copyright' to"
            " Zhou Qing. Is that right?",
            ["Shi Jiang"],
            "Yes",
        ),
        (
            "Post says Ali Pictures' Chen Xuhan urged clarifying copyright ownership of"
            " AI-generated works to protect photographers. Is that who said it?",
            ["No (our reading: it was Lu Yi)"],
            "",
        ),
        (  # the speaker's own words: still Yes
            "Did Shi Jiang call Chengdu a model city for copyright?",
            ["Yes"],
            "No (",
        ),
        (  # a count claimed, then the figure on record asked
            "Thread says 'more than 500 people' took part in the three-day Shanghai training."
            " What figure does the article give?",
            ["More than 100 people"],
            "",
        ),
        (
            "Post says 30 countries had already ratified or acceded to the Beijing Treaty at"
            " the time of the forum. What number did Forbin give?",
            ["29 countries"],
            "",
        ),
        (  # guests from home and abroad: all of them, not one group
            "Thread: 'over 500 guests from home and abroad at the Chengdu Belt and Road"
            " copyright forum.' Does that hold?",
            ["No", "Nearly 200"],
            "",
        ),
        (  # the second part at the event the first part's answer is of
            "From which countries did copyright associations and collective management"
            " organizations attend, and which African regional organization was represented?",
            ["Finland", "Australia", "ARIPO"],
            "",
        ),
        (  # "and who cited them?": who reported the figures, with his posts
            "What were Sichuan's 2018 copyright trading and registration figures cited at the"
            " forum, and who cited them?",
            ["100 million yuan", "170,000", "Zhou Qing: Director General"],
            "Sylvie Forbin",
        ),
        (  # the noun of figures read up to the verb
            "What copyright registration and industry added-value numbers did the NCAC's Guan"
            " Jun share at the roundtable?",
            ["10 million", "9.38 trillion", "4.52%", "7.44%"],
            "",
        ),
        (  # services a claim names, with the platforms it counts among them; a second
            # question after "and tell me"
            "Please list the WIPO services that Ms. Liu Hua introduced in her speech, and tell"
            " me which two Chinese works she named as successes.",
            ["WIPO policy platform", "WIPO global IP database", "WIPO Academy", "Ne Zha 2"],
            "",
        ),
        (  # not another claim's platform
            "which services did Liu Hua list?",
            ["WIPO cooperation platform"],
            "Conversation",
        ),
        (  # two trainings fit: each one's, its lines naming which
            "Can you give me all the persons who attended and addressed the opening of the"
            " training?",
            ["Wang Zhicheng", "Gao Yunfei", "Zhao Xiuling", "2023 Training", "2021"],
            "",
        ),
        (  # "they": each person the first part found
            "Which foreign experts were invited to lecture at the Shanghai training, and which"
            " universities and countries are they from?",
            ["Turin, Italy", "Strasbourg, France"],
            "",
        ),
        (
            "Who was the lyricist and Vice Chairman of the China Popular Music Association at"
            " the roundtable?",
            ["Jia Ding"],
            "",
        ),
        ("sichuan copyright trading 2018 + works reg", ["170,000", "100 million"], ""),
        (
            "all the assns/societies that had someone speak at roundtable",
            ["MCSC", "CAVCA", "CWWCS", "Images Copyright Society of China"],
            "",
        ),
        ("mcsc membership growing ~2000/yr yes?", ["No, not 2000"], ""),
        (  # an aside after a leading name
            "Jiang Bo, who talked about blockchain and AI against infringement, is executive of"
            " Alibaba?",
            ["No (our reading", "Tencent Group"],
            "",
        ),
        ("chengdu site visits which cos", ["Migu Music", "Chengdu Audio & Visual"], ""),
        (
            "Which was larger in 2024, MCSC's licensing revenue or CWWCS's, and roughly how"
            " many times larger?",
            ["20.7 times", "477 million", "23 million"],
            "",
        ),
        (
            "Apart from Gao Hang, list every Chinese and foreign expert the Shanghai training"
            " invited to lecture.",
            ["Cogo", "Carre", "Zhang Fan", "Guan Rui"],
            "Gao Hang (",
        ),
        (
            "Exam item, true or false: the copyright industry made up 8.41% of China's GDP in"
            " 2021. Is that right?",
            ["No, not 8.41%", "7.41%"],
            "",
        ),
        (
            "Give the 2023 figures for the copyright industry's added value: the level, the"
            " year-on-year growth rate and the share of GDP.",
            ["9.38 trillion", "4.52%", "7.44%"],
            "",
        ),
        (
            "Who were the organizations responsibles for present jointly this training in"
            " Shanghai?",
            ["NCAC", "WIPO"],
            "",
        ),
        (
            "What was the revenue of CAVCA in 2024 and which part came of Karaoke licensing"
            " fees?",
            ["5.1 billion", "4 billion"],
            "",
        ),
        (
            "Checking the timeline: on what date did the Shanghai copyright risk-control"
            " training get under way?",
            ["October 16"],
            "",
        ),
        (
            "someone wrote that 2023 marked the 40th anniversary of the WIPO-China partnership"
            " — is that what the meeting said?",
            ["No (our reading: the 50th anniversary"],
            "",
        ),
        (
            "Gao Yunfei is described in the thread as 'a WIPO official'. What roles does the"
            " article actually list?",
            ["Shanghai Municipal Film Bureau"],
            "",
        ),
        (  # the event's own name between the verb and the year
            "Thread: 'China co-hosted the Diplomatic Conference on the Protection of Audiovisual"
            " Performances with WIPO in 2010.' Right year?",
            ["No (our reading: held in 2012, not 2010)"],
            "",
        ),
        (
            "Who is quoted as calling the Beijing Treaty a successful outcome of multilateral IP"
            " cooperation, and what was his job?",
            ["Francis Gurry", "Director General"],
            "",
        ),
        (  # two figures, the second without its verb
            "Thread: 'In 2017 the copyright industry was 7.35% of China's GDP, and up to 15% in"
            " Beijing, Shanghai and Shenzhen.' Check both numbers.",
            ["No, not 15%", "9%", "12%", "7.35%"],
            "",
        ),
        (  # one figure denied denies the claim, its growth unjudged
            "Viral post: 'CAVCA hit a record 477 million yuan in licensing revenue in 2024, up"
            " 11%.' Is the organization right?",
            ["No, not 477 million yuan", "MCSC total licensing revenue"],
            "",
        ),
        (
            "Name all the music creators who spoke in the roundtable discussion.",
            ["Zhang Yilin", "Fang Dongqing"],
            "",
        ),
        (  # "and why" asks again, of the treaty the first part found
            "What treaty came out of that 2012 diplomatic conference, and why was it notable for"
            " WIPO?",
            ["Beijing Treaty", "20 years"],
            "",
        ),
        (  # people by the kind of body they came from
            "who were the experts from the law firms?",
            ["Xu Guojian", "Ran Handong", "Geoff Hussey"],
            "",
        ),
        (
            "The experts from the law firms, who they were and for which firm each one works?",
            ["Boss & Young", "Maucher Jenkins", "AA Thornton"],
            "Zhang Hongbo",
        ),
        (
            "Who was the expert of China Central Television, who was the professor of Zhongnan"
            " University of Economics and Law, and who came from CCPIT?",
            ["Yan Bo", "Hu Kaizhong", "Zheng Wei"],
            "",
        ),
        (
            "Where and in what dates was held the Belt and Road International Forum on"
            " Copyright, and which was the quantity of guests?",
            ["Chengdu", "Nearly 200"],
            "",
        ),
        (  # what was said denied, whatever the aside says
            "Scot Morris, of the Australasian Performing Right Association in Melbourne, said"
            " the incomes from radio, television and newspapers are rising. This is right?",
            ['No (our reading: it says "declining"'],
            "",
        ),
        (  # the aside gives her her own body: what she said, as found
            "Ms. Shi Wenxia, from China Film Copyright Association, cited the copyright dispute"
            " of Ne Zha 2 as example, is correct?",
            ["Hi, Mom"],
            "Yes",
        ),
        (
            "Was there even one actual WIPO staffer among the Xiamen lecturers, or was it all"
            " Chinese lawyers?",
            ["Yes", "Ignacio de Castro"],
            "",
        ),
        (
            "um the 2023 copyright industry added value, what was it, the growth, and share of"
            " GDP",
            ["9.38 trillion", "4.52%", "7.44%"],
            "",
        ),
        (
            "Liu Hua said the WIPO-NCAC Memorandum of Cooperation goes back to 2010, didn't"
            " she?",
            ["No (our reading: that dates from 2015, not 2010)"],
            "",
        ),
        (
            "Isn't it true China has only signed on to five international copyright treaties,"
            " despite all the talk?",
            ["No (our reading: it says 8"],
            "",
        ),
        (
            "Isn't it true the Xiamen training had like 500 participants walking away with"
            " certificates?",
            ["No, not 500", "About 100"],
            "",
        ),
        (  # a remark after the question, dropped before the premise is read
            "Why did they call 2023 the 40th anniversary of the WIPO-China partnership? Doesn't"
            " add up.",
            ["No (our reading: the 50th anniversary"],
            "",
        ),
        (  # the figure of another body
            "Why did the MCSC say it made 5.1 billion yuan off karaoke? That seems inflated.",
            ["the article gives that figure for China Audio-Video Copyright Association"],
            "",
        ),
        (
            "Supposedly 300+ officials sat through the Shanghai session. Is that the real"
            " headcount?",
            ["More than 100 people"],
            "",
        ),
        (
            "They say 500 foreign and Chinese guests came to the Chengdu forum. Real number?",
            ["Nearly 200"],
            "",
        ),
        (
            "Was the roundtable some big 200-person affair? How many attended?",
            ["More than 20 people"],
            "",
        ),
        (  # a body not hers, said so, with her posts
            "Why did NCAC's Sylvie Forbin praise China's own 'Chinese wisdom'? Seems"
            " self-serving.",
            ["Not National Copyright Administration of China", "Copyright and Creative"],
            "",
        ),
        ("what did WIPO's Francis Gurry say about the Beijing Treaty?", ["Francis Gurry"], "Not "),
        (  # "correct me" asks a check, no remark to drop
            "the beijing treaty was WIPO's first copyright deal in about 10 years or so? correct"
            " me",
            ["20 years"],
            "",
        ),
        (  # the article named gives it
            "what was the added value in 2021 in the Shanghai training article?",
            ["8.48 trillion"],
            "",
        ),
        (  # a claim credited to the asker's own note
            "My producer's note says 2023 was the 30th anniversary of the WIPO and China"
            " partnership. That's right, isn't it?",
            ["No (our reading: the 50th anniversary"],
            "",
        ),
        (  # "No", with who did speak for that body
            "Ignacio de Castro was the lecturer from the China Council for the Promotion of"
            " International Trade, correct?",
            ["No", "Zheng Wei"],
            "",
        ),
        (  # of the title claimed
            "Did Zhao Xiuling attend the Chengdu forum as Director General of NCAC's Copyright"
            " Department?",
            ["Deputy Director General", "Yu Cike (Director General"],
            "",
        ),
        (
            "The Sichuan copyright chief gave some local numbers for 2018. What were they?",
            ["100 million", "170,000"],
            "",
        ),
        ("Liu Hua named two Chinese hits. Which were they?", ["Black Myth", "Ne Zha 2"], ""),
        (  # "is this correct?": the saying for ", is correct?" never reads the "is" of "this"
            "The Beijing Treaty was WIPO's first copyright agreement in almost ten years — is"
            " this correct?",
            ["No (our reading: almost 20 years, not almost ten years)"],
            "Yes",
        ),
        (  # a year is no figure guessed: the check, then the figure asked
            "Is true that MCSC get a record of licensing revenue in 2024? how much was?",
            ["477 million"],
            "",
        ),
        (  # "and why?" alone is no second question
            "Shi Wenxia - org, and which copyright dispute did she cite and why?",
            ["China Film Copyright Association", "Hi, Mom"],
            "",
        ),
        (  # places asked, not a spot inside a city
            "Which places in China were listed as WIPO case studies for copyright protection?",
            ["Nantong", "Dehua"],
            "",
        ),
        (  # of her claims naming platforms, the one holding what the question says of it
            "What WIPO platform did Ms. Liu mention as a means of exploring solutions to"
            " AI-related copyright challenges?",
            ["WIPO Conversation on IP and Frontier Technologies"],
            "WIPO Academy",
        ),
        (  # the count named picks the one training with that many
            "Name the three officials who attended and addressed the opening of the training.",
            ["Wang Zhicheng", "Liu Hua", "Gao Yunfei"],
            "Zhao Xiuling",
        ),
        (
            "Was there anyone from state TV among the Xiamen lecturers? Who was it?",
            ["Yan Bo"],
            "",
        ),
        (
            "How many people were around the table at that Beijing roundtable?",
            ["More than 20"],
            "",
        ),
        (
            "Which law firms were the private-practice lecturers from?",
            ["Boss & Young", "Maucher Jenkins", "AA Thornton"],
            "",
        ),
        (  # the contrary case after the question is no choice: the verdict stays
            "did Zhao Xiuling from NCAC speak at the chengdu forum too or was that only in"
            " xiamen?",
            ["Yes"],
            "",
        ),
        (  # "who was it that said": "it" is no thing unnamed
            "who was it that said piracy got more international and social in the 4G era and 5G"
            " would bring bigger challenges",
            ["Wu Guanyong"],
            "",
        ),
    ],
)
def test_session_35_answered(question: str, wanted: list[str], unwanted: str) -> None:
    """Session 35's wrong answers and refusals, put right."""
    text = _answered(question)
    assert all(w in text for w in wanted), text
    assert not unwanted or unwanted not in text, text


@pytest.mark.parametrize(
    "question",
    [
        # a thing a statement names in a clause: its words give no date or place
        "Where and when will the 10th China International Copyright Expo that Guan Jun"
        " mentioned take place?",
        # several events fit a check: no one verdict holds for both
        "Did Liu Hua address the opening of the training?",
        # a change since a year with no value on record
        "so how much did that added value grow over 2020, like what percent",
        # "it", named nowhere in the question
        "and who actually put it on, like which two outfits",
        # a spot inside the city, which no record gives
        "In which place of Beijing was realized the roundtable, in the WIPO office or in a"
        " hotel?",
        # a figure no body's lines write as claimed: never another body's nearest figure
        "A post claims the Images Copyright Society of China has 50,000 members. Does the"
        " roundtable report confirm any membership number?",
        # the article named does not give it; another article's figure is no answer
        "What was the copyright industry's added value in 2023 according to the Shanghai"
        " training article?",
        "What % of GDP did the copyright industry account for in 2021, per the Xiamen article?",
        # CWWCS's ratio is no answer for MCSC, nor a "No"
        "MCSC distribution ratio 2024 - also around 60%?",
        # a place said of a person with "was" claims none of the event's: never "No"
        "Zhao Xiuling was in Xiamen in 2021 - did she also present at the Chengdu forum?",
        # the article the asker read in names the place the figure is of: none is in yuan
        "the xiamen article gives export share >11% - what's the absolute export value of the"
        " copyright industry in yuan?",
    ],
)
def test_session_35_refused(question: str) -> None:
    """Questions the facts on record cannot settle stay refused."""
    from cfacts.finding.answer import respond

    reply = respond(_REAL, question)
    assert not reply.lines, " ".join(x.text for x in reply.lines)


@pytest.mark.parametrize(
    "text",
    [
        "x, " + "who talked about y " * 2000 + ", is z?",
        "Jiang Bo, who " + "x " * 3000 + ", is executive of y?",
        "x was 5% of y, and " + "up to 5% " * 2000 + ", right?",
        "x was 5%. " + "check both " * 2000,
        "exam item, true or false: " + "x " * 3000,
        "x, and tell me " * 2000 + "which y?",
        "guests from " + "home and " * 2000 + "abroad",
        "x. " + "is the organization right? " * 1000,
        "who " + "is quoted as calling " * 1000 + "x",
        "the roundtable " + "discussion " * 2000,
        "works reg " * 2000,
        "how much, and who cited " + "them " * 2000,
        "x, and for which firm each " * 1000 + "works?",
        "who was the x, " * 1000 + "who was the y?",
        "Scot Morris, of " + "x " * 3000 + ", said y, right?",
        "which was the quantity of " + "x " * 3000,
        "x has only " * 2000 + "joined five",
        "the memorandum " + "x " * 3000 + " goes back to 2010",
        "um " * 3000 + "x",
        "x, is " * 2000 + "correct?",
        "gush about " * 2000,
        "state " * 2000 + "tv",
        "were around the table " * 1000 + "at",
        "x. " + "the organization " * 2000 + "right?",
    ],
)
def test_session_35_readings_run_in_linear_time(text: str) -> None:
    """The patterns added in session 35 read a long hostile text at once."""
    import re

    from cfacts.finding.answer import (
        _APPOSED_BODY,
        _ASIDE,
        _BODY_OF_EACH,
        _BODY_QUESTIONED,
        _CHECK_ASKED_END,
        _CHECK_LEAD,
        _CHECK_TAGS,
        _CLAIM_AND_FIGURE,
        _EVERYWHERE,
        _NAME_LED,
        _VERB_NEXT,
        _WHO_GAVE_THEM,
        _asides_dropped,
        _check_tag_plain,
        _claims_joined,
    )
    from cfacts.finding.question import _COMMA_WHO, _SAYINGS, _TELL_ME, _WHO_THE, two_questions

    new = {"came from", "open", "organizers of", "", "called", "said", "described", r"\1"}
    new |= {"works registered", "how many ", r"\1 \2 only ", r"\1 was signed in ", "praise"}
    new |= {r", \1?", "receiving", "China Central Television", "attended "}
    sayings = [p for _, p, plain in _SAYINGS if plain in new]

    def work() -> None:
        for pattern in (_ASIDE, _CHECK_ASKED_END, _CHECK_LEAD, _CHECK_TAGS, _CLAIM_AND_FIGURE,
                        _NAME_LED, _VERB_NEXT, _WHO_GAVE_THEM, _TELL_ME, _APPOSED_BODY,
                        _BODY_OF_EACH, _COMMA_WHO, _WHO_THE, _BODY_QUESTIONED):  # fmt: skip
            re.search(pattern, text[:1000])
        _EVERYWHERE.match(text[:1000])
        _asides_dropped(text)
        _check_tag_plain(text[:400])
        _claims_joined(_REAL, text[:400])
        two_questions(text)
        for pattern in sayings:
            re.sub(pattern, "", text)

    assert len(sayings) >= len(new)
    assert cpu_seconds(work) < 0.5


@pytest.mark.parametrize(
    ("question", "wanted", "unwanted"),
    [
        (  # a lyricist is a music creator, though her title does not say "music"
            "Which of these people spoke at the roundtable as music creators: Jia Ding, Zhang"
            " Yilin, Fang Dongqing, or Bi Bingbin?",
            ["Jia Ding", "Zhang Yilin", "Fang Dongqing"],
            "Bi Bingbin",
        ),
        (  # "Is it correct that X who ... is from Y": a claim of X, not "was it X who ..."
            "Is it correct that Ms. Stéphanie Carre who lectured in Shanghai is from the"
            " University of Turin in Italy?",
            ["No", "Strasbourg"],
            "it was Alessandro",
        ),
        (  # "which" for "who" after a name
            "Mr. Jiang Bo which spoke on blockchain, AI and big data as new engines for IP, is he"
            " from which company?",
            ["Tencent"],
            "",
        ),
        (  # the year each figure is for: the figures, not when their speaker spoke
            "Guan Jun cited the total copyright registrations and the industry's added value -"
            " which year does each figure refer to?",
            ["10 million", "2024", "9.38 trillion", "2023"],
            "",
        ),
        (
            "Quick check on vintage: the RMB 8.48 trillion copyright-industry added value quoted"
            " in the Shanghai training report refers to which year?",
            ["2021"],
            "",
        ),
        ("which year are the MCSC figures for", ["477 million", "2024"], ""),
        (  # "for which trade agreements" past the question's first words: the list
            "China engaged in negotiations for which trade agreements? Please let me know the"
            " RCEP and also free trade agreement partners.",
            ["RCEP", "Australia", "South Korea", "Eurasian Economic Union"],
            "",
        ),
        ("What organization did lecturer Benjamin Ng represent?", ["CISAC"], ""),
        (
            "Which law firms did the invited practitioner lecturers at the Xiamen training come"
            " from?",
            ["Boss & Young", "Maucher Jenkins", "AA Thornton"],
            "",
        ),
        (  # the article's "exceeded" restated, of another year
            "Zhou Qing said copyright trading in Sichuan exceeded 100 million yuan - was that the"
            " 2019 figure?",
            ["Not as the article gives it", "2018"],
            "",
        ),
        (
            "True or false: WIPO and the NCAC held their 2021 International Copyright Training on"
            " Overseas Risk Prevention and Control of Copyright Industry in Hangzhou.",
            ["No", "Xiamen"],
            "",
        ),
        (
            "WIPO and the NCAC held the 2021 copyright training in Hangzhou, right?",
            ["No", "Xiamen"],
            "",
        ),
        (
            "True or false, quizzers: the NCAC and WIPO put on the 2023 Training on Overseas Risk"
            " Prevention and Control of Copyright Industry in Beijing on October 16. Right or"
            " wrong?",
            ["No", "Shanghai"],
            "",
        ),
        (  # her statement names another dispute, and nothing of hers names the film
            "Did Shi Wenxia of the China Film Copyright Association cite the Ne Zha 2 copyright"
            " dispute as an example of irregular copyright management?",
            ["No", "Hi, Mom"],
            "",
        ),
        ("so 2023 is the 40th anniversery of wipo and china partnership right", ["No", "50th"], ""),
        (
            "Anniversary question: the 2023 Shanghai training said that year marked which"
            " anniversary of the WIPO-China partnership?",
            ["50th"],
            "",
        ),
        (  # her own body stated rightly, another claimed after it
            "Was Lu Yi, founder of Beijing View Stock Pictures, the legal expert from Ali Pictures"
            " at the roundtable?",
            ["No", "Chen Xuhan"],
            "",
        ),
        ("zhou qing sichuan copyright numbers 2018", ["100 million", "170,000"], ""),
        (  # the one event where officials of both kinds spoke
            "Provincial and municipal officials who spoke - names and bodies?",
            ["Zhou Qing", "Shi Jiang"],
            "ARIPO",
        ),
        (
            "Side programme: which expo did guests join, and which companies did they visit?",
            ["2019 Chengdu International Digital Copyright Expo", "Migu Music",
             "Chengdu Audio & Visual Publishing"],
            "",
        ),
        (
            "How many countries have ratified or acceded to Beijing Treaty on Audiovisual"
            " Performances at that time, and who revealed this number?",
            ["29", "Sylvie Forbin"],
            "",
        ),
        (  # the case of someone else after a yes-or-no question is no choice
            "Am I right that Zhang Fan was the Deputy General Manager of Wings Media Co., Ltd."
            " of SMG, or did he in fact work for another company?",
            ["No", "China Science Publishing", "Guan Rui"],
            "",
        ),
        (
            "Is Mr. RAN Handong the Partner of AA Thornton, or is this somebody else among the"
            " experts who lectured in Xiamen?",
            ["No", "Maucher Jenkins", "Geoff Hussey"],
            "",
        ),
        (  # "has the training taken place"
            "On which days in the year 2021 has the International Copyright Training on Overseas"
            " Risk Prevention and Control of Copyright Industry taken place in Xiamen?",
            ["July 7 to 9"],
            "",
        ),
        (  # "to which Ms. Liu is referring": which she mentions
            "In which year has WIPO signed with the NCAC the Memorandum of Cooperation to which"
            " Ms. Liu is referring in her speech in Xiamen?",
            ["2015"],
            "",
        ),
        (
            "Which figures did Zhou Qing give for the copyright trading and for the registered"
            " works in Sichuan Province, and to which year are they referring?",
            ["100 million", "170,000", "2018"],
            "",
        ),
        (  # a post asked "when she was speaking" there: her post then
            "Which office at WIPO did Sylvie Forbin hold when she was speaking at the forum in"
            " Chengdu?",
            ["Deputy Director General", "Copyright and Creative Industries Sector"],
            "credited",
        ),
        (
            "Which position at WIPO does Mr. Ignacio de Castro hold, as he is introduced among"
            " the experts of the Xiamen training?",
            ["IP Disputes and External Relation Division"],
            "",
        ),
        (  # a vague source after the claim: the claim checked
            "Sichuan's copyright trading hit 1 billion yuan in 2018 with 500,000 works registered,"
            " says the provincial guy. Accurate?",
            ["100 million yuan", "170,000"],
            "",
        ),
        (
            "Organizers are bragging that 500 people took part in the Shanghai training. Is that"
            " true?",
            ["Not as the article gives it", "100"],
            "",
        ),
        (
            "Number for the graphic: MCSC total licensing revenue in 2024, and the growth rate.",
            ["477 million", "11%"],
            "",
        ),
        (  # the organizer claimed as well as the year
            "China co-hosted the Diplomatic Conference on the Protection of Audiovisual"
            " Performances with the WTO in June 2010 - true or false?",
            ["No", "2012", "WIPO"],
            "",
        ),
        (  # "X and who else": X too
            "Which individual songwriters/music makers spoke at the roundtable? Jia Ding and who"
            " else?",
            ["Jia Ding", "Zhang Yilin", "Fang Dongqing"],
            "",
        ),
        (
            "In which negotiations about trade agreements has China over the years actively"
            " engaged, as the article is saying it?",
            ["RCEP", "Australia", "South Korea", "Eurasian Economic Union"],
            "",
        ),
        (  # two treaties given each other's acts ("ratifying the X"), checked after a dash
            "Liu said they worked together on ratifying the Beijing Treaty and getting the"
            " Marrakesh Treaty into force - that's how it went, yeah?",
            ["No", "Beijing Treaty's entry into force", "Marrakesh Treaty's ratification"],
            "",
        ),
        (  # the scene's "cooperated" does not make the "No" a refusal
            "Liu said WIPO and NCAC cooperated on two treaties. Was it the ratification of the"
            " Beijing Treaty and the entry into force of the Marrakesh Treaty?",
            ["No", "Beijing Treaty's entry into force"],
            "",
        ),
        (  # a filler of speech opening the question
            "Right, Zhang Fan and Guan Rui - which companies are they from?",
            ["China Science Publishing", "Wings Media"],
            "",
        ),
        ("Right, the Tencent speaker - name and role?", ["Jiang Bo", "Deputy General Counsel"], ""),
        (  # the parties of the one instrument named, not a statement of its source
            "With which parties, by name, has China engaged in bilateral copyright dialogues"
            " according to the NCAC?",
            ["EU", "U.S.", "U.K.", "Japan", "South Korea", "Mexico"],
            "",
        ),
        (
            "OK so bilateral copyright dialogues - who's China been talking to? All of them.",
            ["EU", "U.S.", "U.K.", "Japan", "South Korea", "Mexico"],
            "",
        ),
        (  # "- plus which ...": a second question after a dash
            "Right, and the collective management folks - which countries - plus which African"
            " body was there?",
            ["Finland", "Australia", "ARIPO"],
            "",
        ),
        (  # a person's figures of two years, each of its own year
            "guan jun stats copyright registrations 2024 and industry added value 2023",
            ["10 million", "9.38 trillion"],
            "",
        ),
        (
            "State the registration and economic-contribution figures Mr. Guan Jun reported:"
            " copyright registrations in 2024, and the industry's 2023 added value, growth rate"
            " and GDP share.",
            ["10 million", "9.38 trillion", "4.52%", "7.44%"],
            "",
        ),
        (  # "Confirm or deny:" leads a claim to check
            "Confirm or deny: Shi Jiang spoke at the forum as Director of the Sichuan Provincial"
            " Copyright Administration.",
            ["No", "Chengdu Municipal Copyright Administration"],
            "",
        ),
        (  # a claim led by "True or false:", of what someone pointed to
            "True or false: Shi Wenxia of the China Film Copyright Association pointed to the Ne"
            " Zha 2 copyright dispute.",
            ["No", "Hi, Mom"],
            "",
        ),
        (  # "chief executive" is a title of its own, not any director
            "Scot Morris was there as APRA's chief executive, wasn't he?",
            ["No", "Director of International"],
            "Yes",
        ),
        (  # "Name all three." asks the three the scene says she named
            "Ms. Zhao said risk prevention needs attention at three levels. Name all three.",
            ["government", "enterprises", "industry associations"],
            "",
        ),
        (  # "deputy head of" a department: its deputy director general, set aside
            "Besides being deputy head of Shanghai's CPC publicity department, what other post"
            " does Gao Yunfei hold?",
            ["Shanghai Municipal Film Bureau"],
            "Publicity Department",
        ),
        (  # where two people are from: their bodies
            "OK so Hu Kaizhong and Yan Bo - where are those two from?",
            ["Zhongnan University", "China Central Television"],
            "",
        ),
        (  # a figure claimed, then "What did the article say, and ...?"
            "CAVCA's Zhou Yaping claimed 10 billion yuan in revenue for 2024. What did the article"
            " say, and how much of it was karaoke?",
            ["5.1 billion", "4 billion"],
            "",
        ),
        (  # a count claimed, its real figure asked, and more
            "Forbin said 35 countries had already ratified the Beijing Treaty on Audiovisual"
            " Performances. What's the real count, and what's still needed for it to take"
            " effect?",
            ["29", "one more"],
            "",
        ),
        (  # the asker's reason at the end is no part of the question
            "Who has held the first lecture of the Shanghai training, and which office at WIPO"
            " does this person exactly hold, because I want to cite the title correctly in my"
            " seminar paper?",
            ["Gao Hang", "Copyright Development Division"],
            "",
        ),
        (  # the one training where speakers of law firms spoke
            "Which law firms did send the lawyers to speak in the training?",
            ["Boss & Young", "Maucher Jenkins", "AA Thornton"],
            "",
        ),
        (  # "that was made in Shanghai": held there
            "Which is the date of the training about overseas risk of the copyright industry that"
            " was made in Shanghai?",
            ["October 16"],
            "",
        ),
        (  # as on record: no "No"
            "Did WIPO and NCAC promote the entry into force of the Beijing Treaty and the"
            " ratification of the Marrakesh Treaty?",
            ["Yes"],
            "other way round",
        ),
    ],
)
def test_session_36_answered(question: str, wanted: list[str], unwanted: str) -> None:
    """Session 36's wrong answers and refusals, put right."""
    text = _answered(question)
    assert all(w in text for w in wanted), (question, text)
    assert not unwanted or unwanted not in text, text


@pytest.mark.parametrize(
    "question",
    [
        # a level asked of a year with no value: no verdict from another year's figure
        "Did the copyright industry's added value top 9 trillion yuan in 2022?",
        "was MCSC revenue above 400 million in 2023 too?",
        # "this" training names none of them
        "Please let me know all the Chinese and foreign experts which were invited to lecture"
        " in the three-day training.",
        # some of the participants, of whom no count is on record
        "How many heads of copyright authorities of the provinces, autonomous regions and"
        " municipalities were under the participants in Shanghai, as an exact number?",
        # another edition, which the record does not give
        "In which city was the following year's edition of this training held, and on what"
        " dates?",
        "Is it correct China engaged in FTA negotiation with South Korea? what other trade deals"
        " mentioned?",
        # some of the participants, counted nowhere
        "How many of the participants in Xiamen were foreigners?",
        # "its" leans on the body named before it, whose revenue is not on record
        "How about China Film Copyright Association, its 2024 revenue is how much?",
    ],
)
def test_session_36_refused(question: str) -> None:
    """Questions the facts on record cannot settle stay refused."""
    from cfacts.finding.answer import respond

    reply = respond(_REAL, question)
    assert not reply.lines, " ".join(x.text for x in reply.lines)


def test_session_36_choice_of_bodies_is_no_verdict() -> None:
    """"Was she from X or Y?" is a choice: her body, not a "No" on the other one."""
    text = _answered("Was Lu Yi from Beijing View Stock Pictures or Ali Pictures?")
    assert "Beijing View Stock Pictures" in text
    assert not text.startswith("No")


@pytest.mark.parametrize(
    "text",
    [
        "x question" + " -" * 3000 + " y",
        "Mr " * 3000 + "which spoke",
        "did x " + "cite " * 2000 + "y?",
        "who revealed " + "this " * 3000 + "number",
        "side " * 3000 + "programme",
        "to which " + "x " * 3000 + "is referring",
        "are bragging " * 2000 + "that",
        "as the article " * 2000 + "is saying it",
        "ratifying the " + "Beijing " * 3000 + "Treaty",
        "right " * 3000 + ", so x",
        "x" + " - plus" * 2000 + " which",
        "true or false, for the purposes of the " + "exam " * 2000,
        "chief " * 3000 + "executive",
        "names and " * 2000 + "their bodies",
        "that was made " * 2000 + "in x",
    ],
)
def test_session_36_readings_run_in_linear_time(text: str) -> None:
    """The patterns added in session 36 read a long hostile text at once."""
    import re

    from cfacts.finding.answer import (
        _CHECK_LEAD,
        _CLAIM_OPENED,
        _FILLER_FIRST,
        _NAMES_AND_BODIES,
        _WHO_GAVE_THEM,
    )
    from cfacts.finding.question import _AND_SAID_LONG, _SAYINGS
    from cfacts.finding.rewrites import _PERSON_WHICH, _QUESTION_LABEL

    new = {"side activities", r"which \1 mentions", "say that", "", "held ", "CEO"}
    sayings = [p for _, p, plain in _SAYINGS if plain in new]

    def work() -> None:
        for pattern in (_AND_SAID_LONG, _CHECK_LEAD, _CLAIM_OPENED, _FILLER_FIRST,
                        _NAMES_AND_BODIES, _WHO_GAVE_THEM):  # fmt: skip
            re.search(pattern, text[:1000])
        _PERSON_WHICH.search(text[:400])
        _QUESTION_LABEL.match(text[:60])
        for pattern in sayings:
            re.sub(pattern, "", text)

    assert sayings
    assert cpu_seconds(work) < 0.5


@pytest.mark.parametrize(
    ("question", "wanted", "unwanted"),
    [
        (  # every speaker of the roundtable (seventeen), none cut
            "I need a complete roster: who are all the people named as speaking at the March"
            " 2025 roundtable?",
            ["Liu Hua", "Guan Jun", "Wen Huasheng", "Cui Tingqi", "Bi Bingbin", "Chen Xuhan"],
            "",
        ),
        (  # a count in words ("fifty") checked against the one on record
            "Is it true that more than fifty representatives attended the roundtable?",
            ["Not as the article gives it", "More than 20"],
            "",
        ),
        (  # certificates: what all of those who came received, not a group among them
            "Xiamen attendance - how many got certificates?",
            ["About 100"],
            "",
        ),
        (  # "fare": how it did, its figures for the year
            "How did the Music Copyright Society of China fare in 2024 as against the previous"
            " year, in terms of total licensing revenue and its growth, and what was its"
            " membership?",
            ["477 million", "11%", "14,000"],
            "",
        ),
        ("How did MCSC do in 2024?", ["477 million", "14,000"], "stands for"),
        (  # the titles of works she named, not her post
            "Ms. Liu Hua referred to the success of two Chinese works. What are their exact"
            " titles?",
            ["Black Myth: Wukong", "Ne Zha 2"],
            "Director",
        ),
        (  # "stack up": compare
            "How does China's copyright industry stack up internationally, according to the"
            " piece?",
            ["Japan"],
            "",
        ),
        (  # a quiz writer's labels
            "Trick question draft: the Shanghai meeting marked the 40th anniversary of the"
            " WIPO-China partnership, yes?",
            ["No", "50th"],
            "",
        ),
        (
            "Contestant bait: the 2021 WIPO-NCAC overseas risk training was held in Shanghai,"
            " right?",
            ["No", "Xiamen"],
            "",
        ),
        (
            "Wrong-figure test: the Music Copyright Society of China's total licensing revenue in"
            " 2024 was 377 million yuan. Yes or no?",
            ["No", "477 million"],
            "",
        ),
        ("Multilateral channels China backs for copyright cooperation?", ["APEC"], ""),
        ("Forum headcount?", ["Nearly 200"], ""),  # the one forum with a count
        (  # "go live": enter into force
            "what's still needed for the Beijing Treaty to go live?",
            ["one more country"],
            "",
        ),
        (  # the asker's remark in an absolute clause, and "so that I may ..."
            "On which dates and in which city was the International Copyright Training on"
            " Overseas Risk Prevention and Control of Copyright Industry 2021 held, the"
            " circumstances of that year having no doubt made such gatherings rather"
            " exceptional?",
            ["July 7", "Xiamen"],
            "",
        ),
        (
            "Ms. Liu referred to a cooperation agreement between WIPO and the NCAC; what did she"
            " call that instrument, and in which year was it signed, so that I may understand"
            " what cooperation followed it?",
            ["Memorandum of Cooperation", "2015"],
            "",
        ),
        (  # "under the joint hosting of": co-hosted by
            "In which city, and between which dates, was the Belt and Road International Forum on"
            " Copyright held under the joint hosting of the NCAC and WIPO?",
            ["Chengdu", "December 2"],
            "",
        ),
        (  # the two, described between commas
            "Would you be so kind as to remind me on which date the 2023 Training on Overseas"
            " Risk Prevention and Control of Copyright Industry was convened in Shanghai, and"
            " which two bodies, the one national and the other international, jointly presented"
            " it?",
            ["October 16", "NCAC", "World Intellectual Property Organization"],
            "",
        ),
        (  # a length claimed beside the count: our summary gives how long it ran
            "Is it correct that the Shanghai training of 2023 was a five-day course with about"
            " 300 participants?",
            ["Not as the article gives it", "Three-day"],
            "",
        ),
        (  # a clause between commas set aside when the claim does not hold without it
            "Whether or not Mr. Shi Jiang, who spoke at the forum, is the Director General of"
            " the Copyright Administration of Sichuan Province?",
            ["No", "Chengdu Municipal Copyright Administration", "Zhou Qing"],
            "",
        ),
        (  # a reading that settles the claim with its clause is kept (not the clause dropped)
            "Is Liu Hua, who spoke at the 2025 Beijing roundtable, the same WIPO China Office"
            " director who addressed the 2021 Xiamen training?",
            ["Yes"],
            "",
        ),
        (  # "X was the one who talked about Y": whether X did
            "Zhou Qing was the one who talked about Chengdu being a model city for copyright,"
            " yeah?",
            ["No", "Shi Jiang"],
            "",
        ),
        (
            "Shi Jiang was the one who talked about Chengdu being a model city for copyright,"
            " yeah?",
            ["Yes", "Shi Jiang"],
            "",
        ),
        ("Kindly furnish the exact designation of Mr. Guan Jun.", ["Social Services"], ""),
        (  # a post claimed between commas that is not theirs: No, whatever the rest claims
            "Claim: Benjamin Ng, CISAC Regional Director for Europe, lectured in Xiamen. True?",
            ["No", "Asia Pacific"],
            "",
        ),
        (  # a range of days claimed, "Dates right?"
            "Claim: WIPO/NCAC international copyright training on overseas risk held in Xiamen"
            " July 17-19, 2021. Dates right?",
            ["No", "July 7 to 9"],
            "",
        ),
        ("Was the Xiamen training held from July 17 to 19, 2021?", ["No", "July 7"], ""),
        (  # a speaker's correction of what they said
            "The 2021 training \u2014 sorry, the Xiamen one \u2014 what were the dates on that?",
            ["July 7 to 9"],
            "",
        ),
        (  # "kindly clarify the X": what the X was
            "Kindly clarify the duration of the Shanghai training.",
            ["October 16 to 18", "three-day"],
            "",
        ),
        (  # "was stated to fall in": was in; "the year of the Shanghai training"
            "Which anniversary of the partnership between WIPO and China was stated to fall in the"
            " year of the Shanghai training?",
            ["50th"],
            "",
        ),
        (  # the year is when she referred to the memorandum, not when it was signed
            "In what year did WIPO and NCAC sign the Memorandum of Cooperation that Liu Hua"
            " referred to at Xiamen in 2021?",
            ["2015"],
            "",
        ),
        (  # a remark in brackets that names a year is dropped; "(2022)" alone is not
            "In what year did WIPO and NCAC sign their Memorandum of Cooperation? (Students will"
            " count the years up to the 2021 training.)",
            ["2015"],
            "",
        ),
        (  # the countries represented, whose lines name no one: no "it asks who" refusal
            "which countries sent officials fae their copyright authorities tae Chengdu? patron"
            " wants the full list",
            ["Bangladesh", "Nepal"],
            "",
        ),
        (  # the bodies' own countries, not the countries represented at the training
            "Which foreign universities sent experts to the Shanghai training, and which"
            " countries are they in?",
            ["University of Turin", "Italy", "University of Strasbourg", "France"],
            "",
        ),
        (  # the bodies of those who lectured, not those whose guests visited the forum
            "which firms did the lecturers come from?",
            ["Boss & Young", "Maucher Jenkins"],
            "Migu",
        ),
        (  # a guess taken back ("No wait,"), the question after it asked
            "They said this year marks some anniversary between WIPO and China \u2014 was it the"
            " 40th? No wait, which anniversary was it?",
            ["50th"],
            "",
        ),
        (  # a Spanish speaker's word order and words ("cargo", "asistir", "en vigor")
            "Zhang Fan and Guan Rui, from which companies they are coming and which charge they"
            " have there?",
            ["China Science Publishing", "Wings Media", "Deputy General Manager"],
            "",
        ),
        (
            "Where and in which days was made the Belt and Road International Forum on Copyright,"
            " and how many guests assisted?",
            ["Chengdu", "December 2", "200"],
            "",
        ),
        (
            "How many countries had ratified or acceded to the Beijing Treaty on Audiovisual"
            " Performances in that moment, and what is missing for the entry in force?",
            ["29", "one more country"],
            "",
        ),
        (  # Indian English "the same" for "it"
            "What was the total licensing revenue of the MCSC in 2024, and by what percentage did"
            " the same rise year-on-year?",
            ["477 million", "11%"],
            "",
        ),
        (
            "Kindly clarify the membership strength of the MCSC and its average annual growth in"
            " recent years.",
            ["14,000", "1,000"],
            "",
        ),
        (  # "Am I right in recalling that X": X checked
            "Am I right in recalling that the Shanghai training drew some two hundred"
            " participants?",
            ["Not as the article gives it", "More than 100"],
            "",
        ),
    ],
)
def test_session_37_answered(question: str, wanted: list[str], unwanted: str) -> None:
    """Session 37's wrong answers and refusals, put right."""
    text = _answered(question)
    assert all(w in text for w in wanted), (question, text)
    assert not unwanted or unwanted not in text, text


@pytest.mark.parametrize(
    "question",
    [
        # a later edition, its year in brackets: not the 2023 training
        "Which city hosted the following year's (2022) edition of this overseas risk training?",
        "Which city hosted the following year's 2022 edition of this overseas risk training?",
        # who: the article names no one who spoke at the mobilization meeting
        "Who was it that presided over and spoke at the mobilization meeting of the training, at"
        " which the rapid growth of the copyright industry was highlighted?",
        "Who highlighted the rapid growth of the copyright industry at the mobilization meeting?",
        # who ran what? nothing named (not any fact whose words hold "run"), the asker's
        # suspicion after the question no part of it
        "Who was actually running this thing?",
        "Who was actually running this thing? I suspect it was just a Chinese government event"
        " with WIPO's name slapped on it.",
        # "i.e." says what is asked more exactly: not dropped ("which party prevailed")
        "What was the outcome of the 'Hi, Mom' copyright dispute, i.e. which party prevailed?",
        # not an absolute clause ("... credited X for having brought about ...") dropped: the
        # claim, which the record does not settle
        "Am I correct in my recollection that, at the Xiamen training, the WIPO representative"
        " credited the joint efforts with NCAC for having brought about the entry into force of"
        " the Marrakesh Treaty and the ratification of the Beijing Treaty, in that order?",
        # a year claimed of a place no year is on record for
        "Draft: Nantong was named a WIPO case study in 2016. is the year right?",
        "Nantong was named a WIPO case study in 2016, right?",
        # a group among those who came, counted nowhere
        "how many of them were officials at the Xiamen training?",
        "how many were granted awards at the Xiamen training?",
    ],
)
def test_session_37_refused(question: str) -> None:
    """Questions the facts on record cannot settle stay refused."""
    from cfacts.finding.answer import respond

    reply = respond(_REAL, question)
    assert not reply.lines, " ".join(x.text for x in reply.lines)


def test_session_37_a_list_of_an_events_speakers_is_whole() -> None:
    """The most facts an answer gives holds every speaker of the event with the most."""
    from cfacts.finding.answer import MAX_LINES, respond

    reply = respond(_REAL, "who spoke at the March 2025 roundtable?")
    assert len(reply.lines) == 17 <= MAX_LINES


@pytest.mark.parametrize(
    "text",
    [
        "the following year's " + "(2022) " * 3000 + "edition",
        "x stack " * 3000 + "up",
        "x go " * 3000 + "live",
        "x, one " + "y " * 3000 + "and the other z, w",
        "held under the joint " * 2000 + "hosting of",
        "Contestant " * 3000 + "bait: x",
        "is it true that x, who " + "y " * 3000 + ", is z?",
        "x " * 3000 + "was the one who y",
        "claim: x, " + "y " * 3000 + ", z. True?",
        "the training - sorry" * 1500 + ", the x one",
        "the same " * 3000 + "rise",
        "x, uh" * 3000 + " y",
        "kindly clarify " * 2000 + "the x",
        "x was stated " * 2000 + "to fall",
        "the treaty that " + "x " * 3000 + "mentioned at y in z",
        "from which " + "x " * 3000 + "they come",
        "guests " * 3000 + "assisted",
        "which charge " * 2000 + "they",
        "x - was it " + "y" * 3000 + "? No wait, z",
        "Ms. " * 3000 + "referred to two works. What are their titles?",
    ],
)
def test_session_37_readings_run_in_linear_time(text: str) -> None:
    """The patterns added in session 37 read a long hostile text at once."""
    import re

    from cfacts.finding.answer import (
        _CHECK_TAGS,
        _CLAUSE_BESIDE,
        _NEXT_EDITION,
        _THE_ONE_WHO,
        _TITLE_BESIDE,
    )
    from cfacts.finding.question import _SAYINGS
    from cfacts.finding.rewrites import _PURPOSE, _QUESTION_LABEL, _THINGS_THEN_WHAT

    new = {"compare", "enter into force", "", "co-hosted by", r"\1Is it correct that ", "it",
           r"\g<what> \g<kind>", "membership", "what was ", r"\1", r"\1 \2 do \3 come from",
           r"\1 attended", r"\1 post", r"\1 come", " - "}  # fmt: skip
    sayings = [p for _, p, plain in _SAYINGS if plain in new]

    def work() -> None:
        _CLAUSE_BESIDE.match(text[:1000])
        _TITLE_BESIDE.match(text[:1000])
        re.search(_CHECK_TAGS, text[:1000])
        re.match(_THE_ONE_WHO, text[:1000])
        re.search(_NEXT_EDITION, text[:1000])
        _THINGS_THEN_WHAT.match(text[:400])
        _QUESTION_LABEL.match(text[:60])
        _PURPOSE.search(text[:400])
        for pattern in sayings:
            re.sub(pattern, "", text)

    assert sayings
    assert cpu_seconds(work) < 0.5
