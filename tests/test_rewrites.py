"""The rewrites of a whole question before it is read (finding/rewrites.py): each on the
shapes it is for, each leaving other questions as typed, and all in linear time."""

from __future__ import annotations

import pytest

from cfacts.finding.lookup import Lookup
from cfacts.finding.rewrites import (
    REWRITES,
    _aside_lead_moved,
    _attribution_checked,
    _claim_reported,
    _figure_asked_again,
    _framing_lead_set,
    _guess_after_dropped,
    _hearsay_set_aside,
    _hedged_figures_dropped,
    _rest_asked_whole,
    all_instead_dropped,
    claim_label_dropped,
    remark_after_dropped,
    rewritten,
)
from conftest import ROOT, cpu_seconds


@pytest.fixture(scope="module")
def real() -> Lookup:
    from cfacts.factbase.loader import load
    from cfacts.index.store import MemoryStore

    return Lookup(MemoryStore(load(ROOT / "facts.toml")))


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        (
            "Someone says China falls behind. What does NCAC say?",
            "Is it true that China falls behind, according to NCAC?",
        ),
        ("What does NCAC say about AI?", "What does NCAC say about AI?"),
    ],
)
def test_a_claim_reported_is_checked_per_the_source_asked(typed: str, read: str) -> None:
    assert _claim_reported(typed) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        (
            "Given that the forum was large, who spoke first?",
            "Given that the forum was large: who spoke first?",
        ),
        ("For 2024, what did MCSC earn?", "For 2024, what did MCSC earn?"),
    ],
)
def test_a_framing_lead_sets_the_scene(typed: str, read: str) -> None:
    assert _framing_lead_set(typed) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("who spoke at the opening? i think three, one from WIPO", "who spoke at the opening?"),
        ("how many came? seen 300 quoted", "how many came?"),
        ("Is it 300? I think so", "Is it 300? I think so"),
    ],
)
def test_a_guess_after_a_wh_question_is_dropped(typed: str, read: str) -> None:
    assert _guess_after_dropped(typed) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("which bodies does China use, WIPO and... the WTO? anything else",
         "which bodies does China use?"),
        ("is WIPO one? anything else", "is WIPO one? anything else"),
    ],
)  # fmt: skip
def test_a_list_begun_asks_the_whole_list(typed: str, read: str) -> None:
    assert _rest_asked_whole(typed) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("how many took part, was it like 50-ish?", "how many took part?"),
        ("around 300 guests at the forum? how many exactly", "how many guests at the forum?"
         " how many exactly"),
        ("WIPO's first treaty in about 10 yrs - is that what it says?",
         "WIPO's first treaty in about 10 yrs - is that what it says?"),
        ("We have 2018. What about 2019? How much?", "We have 2018. What about 2019? How much?"),
        ("what did Liu Hua say about 5G?", "what did Liu Hua say about 5G?"),
        ("was it around 100, right?", "was it around 100, right?"),
    ],
)  # fmt: skip
def test_a_guessed_figure_is_dropped_when_the_figure_is_asked(typed: str, read: str) -> None:
    assert _hedged_figures_dropped(typed) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Viral claim: 'MCSC made 600 million.' True?", "MCSC made 600 million. True?"),
        ("Note: 'MCSC made 600 million.' True?", "Note: 'MCSC made 600 million.' True?"),
    ],
)  # fmt: skip
def test_a_label_telling_where_a_claim_was_seen_is_dropped(typed: str, read: str) -> None:
    assert claim_label_dropped(typed) == read


def test_a_claim_heard_keeps_what_it_is_about_not_who_or_how_much(real: Lookup) -> None:
    text = "A post says Liu Hua gave the first lecture at the Shanghai training. Who actually did?"
    read = _hearsay_set_aside(real, text)
    assert read.endswith(": Who actually did?"), read
    assert "shanghai" in read.lower() and "liu" not in read.lower(), read
    plain = "Saw 'WOC' in the NCAC item - what does that stand for?"
    assert _hearsay_set_aside(real, plain) == plain


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        (
            "Quote going around: 'Infringement went social in the 4G era' - credited to"
            " Tencent's Jiang Bo. Correct speaker?",
            "The quote 'Infringement went social in the 4G era' - did Tencent's Jiang Bo say"
            " that?",
        ),
        (
            "The thread attributes the line about Chengdu being 'a model city for copyright'"
            " to Zhou Qing. Is that right?",
            "Did Zhou Qing say Chengdu being 'a model city for copyright'?",
        ),
        (
            "Post says Lu Yi urged clarifying ownership of AI works. Is that who said it?",
            "Lu Yi urged clarifying ownership of AI works, right?",
        ),
        # a claim checked, with no question of who said it: as typed
        ("Lu Yi urged clarifying ownership of AI works. Is that right?",
         "Lu Yi urged clarifying ownership of AI works. Is that right?"),
        # no person the fact base knows: as typed
        ("'Some words said at length' - credited to Nobody Known. Correct speaker?",
         "'Some words said at length' - credited to Nobody Known. Correct speaker?"),
    ],
)  # fmt: skip
def test_a_claim_of_who_said_it_is_whether_they_did(real: Lookup, typed: str, read: str) -> None:
    assert _attribution_checked(real, typed) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        (
            "Thread says 'more than 500 people' took part in the three-day Shanghai training."
            " What figure does the article give?",
            "how many people took part in the three-day Shanghai training?",
        ),
        (
            "Post says 30 countries had ratified the Beijing Treaty. What number did Forbin"
            " give?",
            "how many countries had ratified the Beijing Treaty, according to Forbin?",
        ),
        # an amount, not a count: as typed
        ("Post says 500 million yuan came in. What figure does the article give?",
         "Post says 500 million yuan came in. What figure does the article give?"),
    ],
)  # fmt: skip
def test_a_count_claimed_then_the_figure_asked_is_the_count_asked(typed: str, read: str) -> None:
    assert _figure_asked_again(typed) == read


def test_a_list_opened_by_what_it_sets_aside_is_asked_with_it_after() -> None:
    text = "Apart from Gao Hang, list every expert the Shanghai training invited."
    assert _aside_lead_moved(text) == (
        "list every expert the Shanghai training invited, apart from Gao Hang."
    )
    plain = "Apart from Gao Hang, who lectured?"
    assert _aside_lead_moved(plain) == plain


def test_a_claim_reported_then_whether_a_source_said_it_is_checked() -> None:
    text = "someone wrote that 2023 marked the 40th anniversary - is that what the meeting said?"
    assert _claim_reported(text) == "Is it true that 2023 marked the 40th anniversary?"
    text = "a post says MCSC earned 1 billion. Is that what Liu Ping reported?"
    assert _claim_reported(text) == "Is it true that MCSC earned 1 billion, according to Liu Ping?"


def test_a_claim_heard_of_a_post_keeps_the_person_when_posts_are_asked(real: Lookup) -> None:
    text = "Gao Yunfei is described in the thread as 'a WIPO official'. What roles does it list?"
    read = _hearsay_set_aside(real, text)
    assert read.lower().startswith("gao yunfei") and read.endswith("What roles does it list?")


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Why call it the 40th anniversary? Doesn't add up.", "Why call it the 40th anniversary?"),
        ("Why did Forbin praise it? Seems self-serving.", "Why did Forbin praise it?"),
        # asks for more, or to have it checked: kept
        ("Which bodies, WIPO? anything else", "Which bodies, WIPO? anything else"),
        ("its first deal in 10 years? correct me", "its first deal in 10 years? correct me"),
        # a guess with a figure is another rewrite's
        ("when was it signed? I think 2015.", "when was it signed? I think 2015."),
    ],
)  # fmt: skip
def test_a_remark_after_the_question_is_dropped(typed: str, read: str) -> None:
    assert remark_after_dropped(typed) == read


def test_the_contrary_case_after_a_yes_or_no_question_is_dropped() -> None:
    text = "Was there one WIPO staffer among the lecturers, or was it all Chinese lawyers?"
    assert all_instead_dropped(text) == "Was there one WIPO staffer among the lecturers?"
    plain = "Was it WIPO or NCAC?"
    assert all_instead_dropped(plain) == plain


def test_a_real_figure_asked_after_a_count_claimed_is_the_count_of_people() -> None:
    text = "Supposedly 300+ officials sat through the Shanghai session. Is that the real headcount?"
    assert _figure_asked_again(text) == "how many people sat through the Shanghai session?"


def test_a_figure_guessed_in_a_question_then_asked_is_asked_at_the_event(real: Lookup) -> None:
    text = "Was the roundtable some big 200-person affair? How many attended?"
    assert _hearsay_set_aside(real, text) == "roundtable: How many attended?"


def test_things_given_then_what_they_were_is_what_was_given() -> None:
    from cfacts.finding.rewrites import _things_asked_back

    text = "The Sichuan copyright chief gave some local numbers for 2018. What were they?"
    assert _things_asked_back(text) == (
        "what local numbers did the Sichuan copyright chief give for 2018?"
    )
    assert _things_asked_back("Liu Hua named two hits. Which were they?") == (
        "what hits did Liu Hua name?"
    )
    text = "Ms. Liu Hua referred to the success of two Chinese works. What are their exact titles?"
    assert _things_asked_back(text) == "what Chinese works did Ms. Liu Hua refer to?"
    assert _things_asked_back("Liu Hua cited two hits. Name them.") == "what hits did Liu Hua cite?"
    plain = "Liu Hua cited two hits. What are their jobs?"  # not the things' names
    assert _things_asked_back(plain) == plain


def test_a_claim_credited_to_the_askers_own_note_is_the_claim_checked() -> None:
    from cfacts.finding.rewrites import _claim_source_dropped

    text = "My producer's note says 2023 was the 30th anniversary. That's right, isn't it?"
    assert _claim_source_dropped(text) == "2023 was the 30th anniversary. That's right, isn't it?"
    plain = "My producer's note says it was 2023. Who wrote it?"
    assert _claim_source_dropped(plain) == plain


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Anniversary question: which anniversary was it?", "which anniversary was it?"),
        ("Bonus Q3 - who spoke at the forum?", "who spoke at the forum?"),
        ("Question 2: was it in Beijing?", "was it in Beijing?"),
        ("Which question: is it?", "Which question: is it?"),  # too short to be a label's
        ("Who asked the question - Liu Hua or Gao Hang?", "Who asked the question - Liu Hua or"
         " Gao Hang?"),
    ],
)
def test_a_label_opening_a_question_is_dropped(typed: str, read: str) -> None:
    from cfacts.finding.rewrites import _label_dropped

    assert _label_dropped(typed) == read


def test_the_case_of_someone_else_after_a_yes_or_no_question_is_dropped() -> None:
    text = "Is Ran Handong the partner of AA Thornton, or is this somebody else?"
    assert all_instead_dropped(text) == "Is Ran Handong the partner of AA Thornton?"
    choice = "Is Ran Handong the partner of AA Thornton or Maucher Jenkins?"
    assert all_instead_dropped(choice) == choice


def test_a_vague_source_after_a_claim_is_dropped_a_named_one_kept(real: Lookup) -> None:
    from cfacts.finding.rewrites import _source_after_dropped

    text = "Trading hit 1 billion yuan in 2018, says the provincial guy. Accurate?"
    assert _source_after_dropped(real, text) == "Trading hit 1 billion yuan in 2018. Accurate?"
    named = "Trading hit 1 billion yuan in 2018, says Zhou Qing. Accurate?"
    assert _source_after_dropped(real, named) == named


def test_a_post_asked_when_someone_spoke_is_the_post_at_the_event() -> None:
    from cfacts.finding.rewrites import _time_clause_placed

    text = "Which post does he hold, as he is introduced among the experts of the training?"
    assert _time_clause_placed(text) == "Which post does he hold, at the training?"
    plain = "What post did he hold when he spoke at the opening ceremony?"
    assert _time_clause_placed(plain) == plain  # read as it is: his post there


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("CWWCS made 230 million yuan in 2024. Really? What was its ratio?",
         "CWWCS made 230 million yuan in 2024, right? What was its ratio?"),
        ("CAVCA claimed 10 billion yuan for 2024. What did the article say, and how much of it"
         " was karaoke?",
         "CAVCA claimed 10 billion yuan for 2024, right? And how much of it was karaoke?"),
        ("Liu Hua spoke at the forum. Really?", "Liu Hua spoke at the forum. Really?"),  # no
        # figure claimed: no check of one
    ],
)
def test_a_figure_claimed_then_checked_aloud_is_the_claim_checked(typed: str, read: str) -> None:
    from cfacts.finding.rewrites import _claim_checked_aloud

    assert _claim_checked_aloud(typed) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Which office does she hold, because I want to cite the title correctly in my paper?",
         "Which office does she hold?"),
        ("What did MCSC earn in 2024, for my term paper?", "What did MCSC earn in 2024?"),
        ("When was it signed, so that I may understand what followed it?",
         "When was it signed?"),
        ("Where was it held, the circumstances of that year having no doubt made such"
         " gatherings rare?", "Where was it held?"),
        ("Did she, at Xiamen, the WIPO speaker, credit them for having done it?",
         "Did she, at Xiamen, the WIPO speaker, credit them for having done it?"),  # "for
        # having": no absolute clause
        ("Who spoke, having heard of it?", "Who spoke, having heard of it?"),  # no clause
        # of its own (no subject before "having")
        ("Because I want to know: who spoke?", "Because I want to know: who spoke?"),  # no
        # tail: the reason opens it
    ],
)
def test_the_askers_reason_at_the_end_is_dropped(typed: str, read: str) -> None:
    from cfacts.finding.rewrites import _purpose_dropped

    assert _purpose_dropped(typed) == read


def test_which_after_a_name_before_a_verb_is_who(real: Lookup) -> None:
    from cfacts.finding.rewrites import _which_of_person

    text = "Mr. Jiang Bo which spoke on blockchain, is he from which company?"
    assert _which_of_person(real, text) == (
        "Mr. Jiang Bo who spoke on blockchain, is he from which company?"
    )
    event = "the Chengdu forum which started in December, who spoke?"
    assert _which_of_person(real, event) == event  # an event's "which" stays


def test_the_stage_applies_every_rewrite_in_order(real: Lookup) -> None:
    names = [name for name, _ in REWRITES]
    assert len(names) == len(set(names))
    text = "Someone says X was large. What does NCAC say?"
    assert rewritten(real, text) == "Is it true that X was large, according to NCAC?"


@pytest.mark.parametrize(
    "text",
    [
        "Someone says " + "y, " * 2500 + ". What does Z say?",
        "Given that " + "y, " * 2500 + " who",
        "With " + "y " * 2500 + "being " * 500 + "z, who?",
        "A post says " + "y! " * 2000 + " Who actually did it?",
        "Viral post: \"" + "y " * 3000 + ".\" Correct?",
        "how much, " + "roughly 5 percent " * 800 + "?",
        "which y, z and... " * 1000 + "? anything else",
        "when? I heard " + "y " * 3000,
        "'" + "y " * 3000 + "' - credited to Liu Hua. Correct speaker?",
        "x attributes " + "y " * 3000 + " to Liu Hua. Is that right?",
        "Post says Liu Hua said " + "y " * 3000 + ". Is that who said it?",
        "Post says 500 people " + "y " * 3000 + ". What figure does the article give?",
        "Apart from " + "y " * 3000 + ", list them.",
        "someone wrote that " + "y " * 3000 + " - is that what the meeting said?",
        "Apart from x, list " + "y, " * 2000,
        "x? " + "y " * 3000,
        "was x " + "y " * 3000 + ", or was it all z?",
        "was x 200? " + "how many " * 2000,
        "500 people x. " + "the real number " * 1000,
        "the x gave some numbers " + "y " * 3000 + ". What were they?",
        "my producer's note says " + "x " * 3000 + ". That's right, isn't it?",
        "Anniversary " + "question " * 3000 + ": x",
        "Mr " * 3000 + "X which spoke",
        "x is, or is this " + "somebody " * 2000 + "else?",
        "x hit 5, says " + "y " * 3000 + ". Accurate?",
        "which office as she was introduced among the " + "x " * 3000,
        "Number for the " + "graphic " * 2000 + ": x",
        "x made 5. " + "Really? " * 1000 + "What?",
        "x has 5. What did the article say, and how " + "y " * 3000 + "?",
        "x said 35. What's the real count, and what " + "y " * 3000 + "?",
        "who, because I want " + "y " * 3000 + "?",
        "who, for my " + "term " * 3000 + "paper?",
    ],
)
def test_the_rewrites_run_in_linear_time(real: Lookup, text: str) -> None:
    def work() -> None:
        rewritten(real, text)
        rewritten(real, text[:400])
        claim_label_dropped(text[:400])
        remark_after_dropped(text[:400])

    assert cpu_seconds(work) < 0.5
