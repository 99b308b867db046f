"""Reading a question (finding/question.py): misspellings of the fact base's words put right."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest
from typer.testing import Result

from cfacts.finding.question import RESPELL_MIN, letter_names_read, respelt
from conftest import cpu_seconds

if TYPE_CHECKING:
    from cfacts.finding.lookup import Lookup

VOCABULARY = {"copyright", "licensing", "exports", "director", "secretary", "treaty", "professor"}


@functools.cache
def _bundled() -> Lookup:
    """A lookup of the bundled fact base, built once for the tests that read with it."""
    from cfacts.factbase.loader import load
    from cfacts.finding.lookup import Lookup
    from cfacts.index.store import MemoryStore
    from conftest import ROOT

    return Lookup(MemoryStore(load(ROOT / "facts.toml")))


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("copywright", "copyright"),  # a letter added
        ("licencing", "licensing"),  # a letter changed
        ("drector", "director"),  # a letter dropped
        ("dircetor", "director"),  # two letters swapped
        ("secretray", "secretary"),
        ("liccensing", "licensing"),  # a letter doubled
        ("dirrector", "director"),
    ],
)
def test_one_edit_from_one_word_is_put_right(typed: str, read: str) -> None:
    assert respelt(["the", typed, "2024"], VOCABULARY) == ["the", read, "2024"]


@pytest.mark.parametrize(
    "word",
    [
        "treaty",  # in the vocabulary
        "treatys",  # short: left alone
        "export",  # a form of a word it holds (same stem), not a misspelling
        "copyrights",
        "blockchain",  # no word of the vocabulary is one edit away
        "licensed",
    ],
)
def test_other_words_are_left_alone(word: str) -> None:
    assert respelt([word], VOCABULARY) == [word]


def test_a_word_one_edit_from_two_words_is_left_alone() -> None:
    assert respelt(["directer"], {"director", "directed", "directes"}) == ["directer"]


def test_a_doubled_letter_moved_is_put_right() -> None:
    assert respelt(["proffesor"], VOCABULARY) == ["professor"]


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("which countrys sent officials", "which countries sent officials"),
        ("the companys", "the companies"),
        ("the shanghai training 3 days", "the shanghai training three days"),
        ("shanghai training 3 days y or n", "shanghai training three days yes or no"),
        ("total no of countries", "total number of countries"),
        ("which number copyright expo", "which edition copyright expo"),
        ("which music labels", "which record companies"),
        ("and who were they broadly", "and what kinds of people came"),
        ("did they get anything for it", "did they receive for it"),
        ("did it happen by itself", "did it happen alone"),
        ("who runs it day to day", "who runs it"),
        ("what does china work through", "what does china through"),
        ("the lecturers (not chinese)", "the lecturers foreign"),
        ("the guests (not foreign)", "the guests chinese"),
    ],
)
def test_how_people_type_is_read_as_the_fact_base_writes(typed: str, read: str) -> None:
    from cfacts.finding.question import words_of

    assert words_of(typed) == read.split()


def test_these_days_and_the_days_plural_are_left_alone() -> None:
    from cfacts.finding.question import words_of

    assert words_of("how many days") == ["how", "many", "days"]
    assert words_of("plays and keys") == ["plays", "and", "keys"]


def test_an_abbreviation_with_two_letters_swapped_is_read_as_it(
    invoke: Callable[..., Result],
) -> None:
    code, doc = _ask(invoke, "CWWSC licensing revenue 2024")
    assert code == 0
    understood = doc["understood"]
    assert isinstance(understood, dict)
    assert "read 'cwwsc' as 'cwwcs'" in understood["cues"]
    code, _ = _ask(invoke, "MSCS revenue 2024")  # no neighbouring letters swapped: not read
    assert code == 1


def test_short_words_are_never_respelt() -> None:
    assert RESPELL_MIN >= 7
    assert respelt(["trety"], VOCABULARY) == ["trety"]


def _ask(invoke: Callable[..., Result], question: str) -> tuple[int, dict[str, object]]:
    result = invoke("ask", question, "--json")
    return result.exit_code, json.loads(result.stdout)


def test_a_misspelt_question_is_answered_and_says_how_it_was_read(
    invoke: Callable[..., Result],
) -> None:
    code, doc = _ask(invoke, "copywright industry percentage of GDP 2017")
    assert code == 0
    answer = doc["answer"]
    assert isinstance(answer, list) and "7.35%" in answer[0]["text"]
    understood = doc["understood"]
    assert isinstance(understood, dict)
    assert "read 'copywright' as 'copyright'" in understood["cues"]
    code, doc = _ask(invoke, "CWWCS licencing revenue 2024")
    assert code == 0
    answer = doc["answer"]
    assert isinstance(answer, list) and "23 million" in answer[0]["text"]


def test_a_real_word_near_a_fact_base_word_keeps_its_meaning(
    invoke: Callable[..., Result],
) -> None:
    # "experts" is one letter from "exports", which the fact base names a statistic with
    code, doc = _ask(invoke, "which experts lectured at the Xiamen training")
    assert code == 0
    understood = doc["understood"]
    assert isinstance(understood, dict)
    assert not [c for c in understood["cues"] if str(c).startswith("read ")]
    answer = doc["answer"]
    assert isinstance(answer, list) and any("lectured" in a["text"] for a in answer)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("according to Guan Jun", ["according", "to", "guan", "jun"]),  # a name, not June
        ("in Jun 2021", ["in", "june", "2021"]),  # a month beside a year
        ("on 13 mar", ["on", "13", "march"]),
        ("an Italian academic", ["an", "italy", "academic"]),  # the country they are from
        ("Chinese culture", ["chinese", "culture"]),  # nearly every fact is of China
    ],
)
def test_short_months_and_peoples_are_read_in_context(text: str, words: list[str]) -> None:
    from cfacts.finding.question import words_of

    assert words_of(text) == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("cn ind rev", ["china", "industry", "revenue"]),
        ("B&R forum", ["belt", "and", "road", "forum"]),
        ("no. of treaties", ["number", "of", "treaties"]),
        ("participants no. + certs", ["participants", "number", "and", "certificates"]),
        ("sh sz share", ["shanghai", "shenzhen", "share"]),
    ],
)
def test_shorthand_is_read_as_the_fact_base_writes_it(text: str, words: list[str]) -> None:
    from cfacts.finding.question import words_of

    assert words_of(text) == words


@pytest.mark.parametrize(
    ("text", "proper"),
    [
        ("I'm prepping an episode. Which body organized it?", ["which", "body", "organized", "it"]),
        (
            "Crowd size matters, honestly. Roughly how many came?",
            ["roughly", "how", "many", "came"],
        ),
        ("For my piece on it, how much did MCSC earn?", ["how", "much", "did", "mcsc", "earn"]),
        ("Who is Liu Hua?", ["who", "is", "liu", "hua"]),
        # a question sentence before: no scene
        ("Which venue? And how many came?", ["which", "venue", "and", "how", "many", "came"]),
    ],
)
def test_the_question_proper_begins_after_the_scene(text: str, proper: list[str]) -> None:
    from cfacts.finding.question import scene_of, words_of

    context, begins = scene_of(text)
    assert words_of(text)[begins:] == proper
    assert context[:begins] == list(range(begins))


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Yan Bo heads it, isn't he?", "Yan Bo heads it, right?"),
        (
            "MCSC's revenue dropped in 2024, didn\u2019t it?",
            "MCSC's revenue dropped in 2024, right?",
        ),
        ("Wasn't the training one day?", "Was the training one day?"),
        ("Why didn't it?", "Why didn't it?"),  # a question, not a tag
        ("Was it on March 13, or is that date off?", "Was it on March 13?"),
        (
            "Zhou Yaping chairs which body, full English name please",
            "Zhou Yaping chairs which body?",
        ),
    ],
)
def test_negatives_doubts_and_requests_for_names_ask_nothing_more(text: str, read: str) -> None:
    from cfacts.finding.question import unasked

    assert unasked(text) == read


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("Did Liu Hua speak at Chengdu?", True),
        ("For my piece: was MCSC founded in 1992?", True),
        ("Who is Liu Hua?", False),
        ("MCSC earned 477 million yuan, right?", False),  # a tag, not an opening
        ("?", False),
    ],
)
def test_a_question_proper_opening_yes_or_no_is_seen(text: str, opens: bool) -> None:
    from cfacts.finding.question import Question, scene_of, words_of

    words = tuple(words_of(text))
    context, begins = scene_of(text)
    q = Question(text, words, (), (), (), (), (), context=tuple(context), begins=begins)
    assert q.opens_yes_no is opens


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("The U.S. Copyright Office. Who?", ["The U.S. Copyright Office.", "Who?"]),
        ("Wings Media Co., Ltd. Which one?", ["Wings Media Co., Ltd. Which one?"]),
        ("One. Two? Three!", ["One.", "Two?", "Three!"]),
    ],
)
def test_sentences_split_after_a_full_stop_but_not_a_short_form(
    text: str, sentences: list[str]
) -> None:
    from cfacts.finding.question import sentences_of

    assert sentences_of(text) == sentences


def test_a_description_ending_a_question_is_its_scene() -> None:
    from cfacts.finding.question import described, words_of

    text = "What is Jiang Bo's role, the speaker who talked about blockchain?"
    words = words_of(text)
    assert [words[i] for i in described(text)] == [
        "the",
        "speaker",
        "who",
        "talked",
        "about",
        "blockchain",
    ]


def test_us_before_a_word_of_figures_is_the_united_states() -> None:
    from cfacts.finding.question import words_of

    assert words_of("us copyright share of gdp")[:2] == ["united", "states"]
    assert words_of("tell us the gdp share")[1] == "us"  # the word, after "tell"


@pytest.mark.parametrize(
    "text",
    ["Carre works in France, right?", "There was a lecturer from Italy too? Who was it?"],
)
def test_a_tag_at_a_sentence_end_only_sets_the_scene(text: str) -> None:
    from cfacts.finding.question import scene_of, sentences_of, words_of

    context, _ = scene_of(text)
    last = len(words_of(sentences_of(text)[0])) - 1
    assert last in context


def test_a_time_clause_after_the_question_sets_its_scene() -> None:
    from cfacts.finding.question import scene_of, words_of

    text = "what post did Jiang Bo hold when discussing blockchain"
    context, _ = scene_of(text)
    assert [words_of(text)[i] for i in context] == ["when", "discussing", "blockchain"]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a question relayed for someone else is the question itself
        ("A reader asks who spoke at the Chengdu forum", "who spoke at the Chengdu forum"),
        ("Listener wants to know: what did MCSC earn?", "what did MCSC earn?"),
        (
            "my editor wants to know whether MCSC earned 477 million",
            "is it true that MCSC earned 477 million",
        ),
        ("Patron asks for the GDP share in 2023", "the GDP share in 2023"),
        ("Student wants the list of speakers at Xiamen", "which speakers at Xiamen"),
        # a closing "all of them" asks for nothing a list does not give
        ("who spoke at Chengdu, all of them please", "who spoke at Chengdu?"),
        ("which countries were there - every one", "which countries were there?"),
        # the frame alone, or words that only look like one, stay
        ("A reader asks", "A reader asks"),
        ("what did the reader ask for", "what did the reader ask for"),
        ("who were all the speakers", "who were all the speakers"),
        # where the answer comes from: every answer names its source and who reported it
        ("MCSC revenue 2024, with the source", "MCSC revenue 2024?"),
        ("the 2023 GDP share, and say who presented those figures", "the 2023 GDP share?"),
        # why the one asking wants it, and a half-remembered guess
        ("his full name so I pronounce it right on air", "his full name?"),
        ("what's his company called, something brave?", "what's his company called?"),
        ("which projects, list them all please, the award and so on", "which projects?"),
    ],
)
def test_what_asks_nothing_is_dropped(text: str, read: str) -> None:
    from cfacts.finding.question import unasked

    assert unasked(text) == read


_LONG_RUNS = [  # (before, after) a run of 10,000 spaces: each pattern's words around it
    ("by x", "words"),  # "by WIPO words"
    ("x, one from", "and other from y"),  # "one from Italy and other from France"
    ("celebrated the", "roundtable"),
    ("main points", "made"),
    ("first conference", "in the training"),
    ("x, like the", "and the others"),
    ("which is her", "charge"),
    ("did x push", "for"),
    ("x, for the", "list"),  # "for the 2021 lecturer list"
    ("x for the a", "entry"),
    ("relative", "to the total"),
    ("side", "by side"),
    ("places", "like the 2023 one"),
    ("x", "how big is the gap"),
    ("x", "along with x"),
    ("x", "if memory serves"),
    ("x", "by their own count"),
    ("x", "like what kind of x"),
    ("", "x"),
    ("", ", all"),
    ("x", ", so I can"),
    ("", ", with the source"),
    ("who", "source"),
    ("so I", "x"),
    ("something", "x"),
    (", list them all", "x"),
    ("not", "x"),
    ("combined", "x"),
    ("no", ""),
    ("ballpark", "x"),
    ("called", "x"),
    ("isn't", "isn't it?"),
    ("x or is that", "wrong?"),
    ("name", ", full name please"),
    ("supposed", "to be"),
    ("end", "at the end of the course"),
    ("outside", "experts"),
    ("late", "of late"),
    ("expo", "which number was it"),
    ("moment", "at the moment of"),
    ("first", "biggest first"),
    ("conclusion", "at its conclusion"),
    ("x - y", "and who else?"),
    ("when", "according to Liu Hua in 2021"),
    ("it went up", "or is it flat?"),
    ("how long - one", "or longer?"),
    ("Checking a line:", "x. Accurate?"),
    ("x", "- right number?"),
    ("x", "- ok to runx"),  # session 22's readings, each pattern's words around a long run
    ("x", "according to the reports"),
    ("x", "now that NCAC says so x?"),
    ("x", ", with the yearx"),
    ("x", ", as she had at the earlier trainings x"),
    ("Is it the case, as", "maintained, that x"),
    ("did she continue", "to hold"),
    ("who opened it", "for the Chinese side"),
    ("who is the boss", "of WIPO"),
    ("what lawyer", "company"),
    ("how many had said", "yes to it"),
    ("what deals did China try", "to make"),
    ("true", "that x"),
    ("shout", "out"),
    ("twenty", "twenty one"),
    ("four hundred", "seventy seven point four four"),
    ("x - held", "in Shanghai?"),
    ("x", "i.e. the national avg - up how much"),
    ("which charge", "was celebrated, realized the"),
    ("x", "assisted to the sub director, in vigour"),
    ("anniversary", "it complies, more or less, until the moment"),
    ("gave the first", "conference inter alia"),
    ("28 trillion in 2021,", "7.14% of GDP"),
    ("I should be most", "obliged if you could kindly tell me"),
    ("I would", "be grateful"),
    ("x, if you", "please"),
    ("- exact or rounded", "x"),
    ("is it exact", "or rounded?"),
    ("where, pray", "tell, was it, might I ask?"),
    ("how many - is that an exact", "headcount or a rounded figure?"),
    ("negotiations", "China engaged in, engaged in talks"),
    ("y-o-y", "how many percent, the karaoke part is how much"),
    ("non-Chinese", "more developed, America, getting narrower"),
    ("x, I", "heard?"),
    ("x? That's what I", "was told."),
    ("do you", "know who"),
    ("x (", "figure)"),
    ("was it", "realized, realize the x roundtable"),
    ("apart", "of, wipe oh, between which"),
    ("Guan Jun works", "for WIPO?"),
    ("good", "day, yeah, you know"),
    ("how much came just", "from karaoke fees?"),
    ('caption says "x', '" - ok?'),
    ("x - draft", "has 7.53%, pls confirm"),
    ("x", ", please confirm"),
    ("x too", ", or only the EU?"),
    ("x (Liu Hua's", "remarks, xiamen)"),
    ("why did X ask", "for more cooperation"),
    ("wasn't", "x"),
    ("x,", "need it for the intro"),
    ("x", "iirc?"),
    ("x? fr", "?"),
    ("x, am I", "remembering correctly?"),
    ("x, or was he", "exaggerating again?"),
    ("do the articles say", "what"),
    ("is there anything", "about who"),
    ("deputy sec", "gen"),
    ("NCAC x", "WIPO"),
    ("shifting focus", "to AI"),
    ("when, as Liu Hua said", "in 2021"),
    ("x... ", "how much"),
    ("x. ", "when was it"),
    ("a friend", "says x"),
    ("need source", "for the quote - x"),
    ("since at", "least 2021"),
    ("x or", "somewhere else?"),
    ("revenue", "gap"),
    ("x, or was she", "exaggerating?"),
    ("x", "please let me know"),
    ("x; is this so", ", or what was his affiliation?"),
    ("x", "(not percent)"),
    ("how do we describe x", "on screen"),
    ("x", "for a graphic"),
    ("Sichuan's trading in 2019,", "what'd that come to?"),
    ("Which is the quantity of persons", "that came?"),
    ("As I understand it, x;", "may I ask you to verify this?"),
    ("who talked about AI", "hitting photography"),
    ("x is only", "deputy DG, isn't he?"),
    ("Chengdu forum:", "dates and number of guests"),
    ("Is x", "described as being from y"),
    ("celebrating 40", "yrs of partnership"),
    ("2018 >100m yuan,", "170k works registered?"),
    ("just a one-day event", "or longer?"),
    ("the Xiamen training", "report"),
    ("477m yuan, +", "11%?"),
    ("Dehua,", "Zhejiang province - WIPO case study?"),
    ("share of", "economies"),
    ("the speech", "on behalf of NCAC"),
    ("I've got in my", "notes that x"),
    ("Having followed x,", "I should be grateful to learn what"),
    ("As one who remembers x,", "I would respectfully ask which"),
    ("With the greatest", "respect, what"),
    ("Would you be good enough to", "list for me the x?"),
    ("Is it correct, as a colleague", "once told me, that x?"),
    ("how many took part, which I understand", "drew heads?"),
    ("I wonder whether you might", "kindly tell me what"),
    ("x. Would you be so kind as to", "tell me whether that recollection is accurate?"),
    ("x. Is that how the NCAC's", "interview describes it?"),
    ("My recollection is", "that x"),
    ("I am naturally curious", "on this point: who"),
    ("share of total gross", "domestic product"),
    ("who took", "over from x"),
    ("GaoHang", "WangZhicheng"),
    ("Daren", "Tang"),
    ("Benjamin Ng -", "listed as CISAC Regional Director?"),
    ("check:", "X was up 5.42% year on year"),
    ("pretty", "sure X topped 1 billion yuan"),
    ("we", "write X, accurate?"),
    ("X at several of these events.", "Which ones?"),
]


@pytest.mark.parametrize(
    "text",
    [
        *(f"{before}{' ' * 10_000}{after}" for before, after in _LONG_RUNS),
        ". I " * 2500,
        ", and say who" * 1000 + " x",
        "x" + " " * 10_000 + " or is that" + " " * 10_000 + "wrong?",
        "how x, " + "a " * 5000 + "or more?",
        "twenty " * 3000 + "percent",
        "x - " + "y " * 5000 + "and who else?",
        "I would be " + "very " * 5000 + "grateful if you could tell me",
        "x - is it " + "exact " * 5000 + "or rounded?",
        "talks " + "x " * 5000 + "engaged in",
        "x - my draft says" + " " * 10_000 + "7.53%" + " " * 10_000 + "pls confirm",
        "x" + ", " * 5000 + "or only y?",
        "x" + "." * 10_000 + " how",
        "x" + ". " * 5000 + "when",
        "x, or was he " + "very " * 5000 + "exaggerating?",
        "do the articles say " * 500 + "what",
        "1" * 10_000 + " with 2",
        "9 with " * 2000,
        "more " + "x " * 5000 + "and what figures",
        ", which was" * 1000 + " 5",
        "the function of " * 2000 + "Bob",
        "position inside " * 2000,
        "x, which was " + "y " * 5000 + "?",
        ", where the " * 2000 + "were discussed?",
        "name them - not just " + "x " * 400 + "?",
        "the " + "course " * 3000 + "of",
        "x" + " " * 10_000 + "- ok to air",  # session 23's sayings
        "made " + "the " * 3000 + "lecture",
        "following Ms" + " " * 10_000 + "Liu?",
        "between 2017 and the most" + " " * 10_000 + "recent",
        "for the" + " " * 10_000 + "lower third",
        "x" + " " * 10_000 + "lower third, y",
        "since which year" + " x" * 3000 + " signed",
        "gained " + "more than " * 1000 + "5 million",
        "have obtained" + " " * 10_000 + "the certificate",
        "x," + " y" * 5000 + " said",
        "how strong is" + " x" * 5000 + " growth",
        "stimmt" + " " * 10_000 + "that",
        "x per" + " " * 10_000 + "002",
        "how much" + " " * 10_000 + "participants",
        "x, wasn't it," + " " * 10_000 + "being y?",
        "X" + " " * 10_000 + "spelled out",
        "x" + " " * 10_000 + "can I reuse the lower third",
        "A" + " " * 10_000 + ": x?",
        "A B C" + " -" * 5000 + " x?",
        "where was it - wasn't it " + "x " * 5000 + "?",
        "x only" + " " * 10_000 + "the?  wasn't",
        "x 21" + " " * 10_000 + "vs 23",
        "a" + ", " * 3000 + " or b - c, d or e?",
        "x; i had always " + "y " * 5000 + "z. What?",
        "x, though I have it in my head " + "y" * 5000 + ". At x, " * 300 + "what?",
    ],
)
def test_a_question_is_cleaned_and_read_in_linear_time(text: str) -> None:
    """Long runs of spaces or remarks take no quadratic backtracking, neither in dropping what
    asks nothing nor in the sayings the words are read with (this once took seconds)."""
    from cfacts.finding.question import unasked, words_of

    assert cpu_seconds(lambda: (unasked(text), words_of(text))) < 0.5


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("the copyrighttrading in Sichuan", "the copyright trading in Sichuan"),
        ("MCSC licensingrevenue 2024", "MCSC licensing revenue 2024"),
        ("the Memorandum of Understanding", "the Memorandum of Understanding"),  # a word it has
        ("internationally", "internationally"),  # no two words of its own
    ],
)
def test_two_words_typed_joined_are_read_apart(typed: str, read: str) -> None:
    from cfacts.finding.question import compounds_split

    lookup = _bundled()
    assert compounds_split(lookup, typed) == read


def test_a_flood_of_letters_is_never_split_and_read_in_linear_time() -> None:
    """Only a word of two of ours is read apart: 200,000 letters in a row are left as typed."""
    from cfacts.finding.question import compounds_split

    lookup = _bundled()
    text = "copyright" * 20_000 + " trading"
    assert compounds_split(lookup, text) == text
    assert cpu_seconds(lambda: compounds_split(lookup, text)) < 0.5


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # "and domestic" is no "and do ...": a question word is a whole word
        (
            "which firms did the foreign and domestic guests visit, and which expo did they join?",
            ("which firms did the foreign and domestic guests visit", "which expo did they join?"),
        ),
        # the question word after its verb, as a second-language reader puts it
        (
            "how many came to the training, and they get what after it?",
            ("how many came to the training", "they get what after it?"),
        ),
        ("how many treaties, and can you list them?", ("how many treaties", "can you list them?")),
        (
            "How many treaties has China joined? Name them.",
            ("How many treaties has China joined?", "Name them."),
        ),
        ("What did the guests see? all of them pls", None),
        # a question word alone before "and" asks with the other's verb
        (
            "When and where was the Beijing Treaty adopted?",
            ("When was the Beijing Treaty adopted?", "where was the Beijing Treaty adopted?"),
        ),
        # three questions: the last "and" splits them, the first two are split in turn
        (
            "On the treaty - when and at what conference was it adopted, and how long since?",
            ("On the treaty - when and at what conference was it adopted", "how long since?"),
        ),
        (
            "On the treaty - when and at what conference was it adopted",
            ("On the treaty - when was it adopted", "at what conference was it adopted"),
        ),
    ],
)
def test_two_questions_in_one_are_split_where_the_second_begins(
    text: str, parts: tuple[str, str] | None
) -> None:
    from cfacts.finding.question import two_questions

    assert two_questions(text) == parts


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        # a claim ended by where its teller had it asks whether it is so
        ("Over 400 guests came, I heard?", "Over 400 guests came, right?"),
        ("MCSC took 500 million? That's what I was told.", "MCSC took 500 million, right?"),
        ("Liu Hua ran the office - I believe?", "Liu Hua ran the office, right?"),
        # a statement ended by a question mark alone, with its verb
        ("Guan Jun works for WIPO?", "Guan Jun works for WIPO, right?"),
        ("MCSC revenue 2024?", "MCSC revenue 2024?"),  # a topic, no statement
        ("what did you hear?", "what did you hear?"),
        # a question asked inside "do you know"
        ("Do you know who spoke at the roundtable?", "who spoke at the roundtable?"),
        ("Do you know whether Liu Hua spoke?", "Do you know whether Liu Hua spoke?"),
    ],
)
def test_a_claim_relayed_or_stated_is_read_as_a_check(typed: str, read: str) -> None:
    from cfacts.finding.question import unasked

    assert unasked(typed) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("the n c a c spoke", "the NCAC spoke"),
        ("m.c.s.c. revenue", "MCSC revenue"),
        ("came from c c t v", "came from CCTV"),
        ("a b c d", "a b c d"),  # letters that spell nothing of ours are left as typed
    ],
)
def test_a_name_spelt_letter_by_letter_is_read_as_the_name(typed: str, read: str) -> None:
    from cfacts.finding.question import letters_joined

    lookup = _bundled()
    assert letters_joined(lookup, typed) == read


def test_a_flood_of_single_letters_is_read_in_linear_time() -> None:
    from cfacts.finding.question import letters_joined

    lookup = _bundled()
    text = "a " * 50_000 + "b"
    assert cpu_seconds(lambda: letters_joined(lookup, text)) < 0.5


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            "the wings media speaker in shanghai was zhang fan, right?",
            "was the wings media speaker in shanghai zhang fan?",
        ),
        ("ignacio de castro was the ccpit speaker at xiamen, no?",
         "was ignacio de castro the ccpit speaker at xiamen?"),
        ("MCSC is in Beijing rite?", "is MCSC in Beijing?"),
        ("who was the speaker, right?", None),  # a question already
        ("was it Liu Hua, right?", None),
        ("the roundtable was in Beijing", None),  # no tag: nothing is asked
    ],
)
def test_a_tagged_statement_is_read_as_the_question_it_asks(
    text: str, question: str | None
) -> None:
    from cfacts.finding.question import inverted

    assert inverted(text) == question


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("so what day'd they hold it?", "so what day did they hold it?"),
        ("and'd they get certificates?", "and did they get certificates?"),
        ("I'd like to know who spoke", "I'd like to know who spoke"),  # would, not did
        ("Sichuan's copyright trading in 2019, what'd that come to?",
         "what did Sichuan's copyright trading in 2019 come to?"),
        ("Which is the quantity of members of MCSC?", "how many members of MCSC?"),
        ("Which was the added value in 2023?", "what was the added value in 2023?"),
        ("did it make half a billion yuan?", "did it make 500 million yuan?"),
        ("what did copyright make up of GDP in 2017?",
         "what share of GDP did copyright make up in 2017?"),
    ],
)
def test_what_a_question_says_is_read_plainly(text: str, read: str) -> None:
    from cfacts.finding.question import unasked

    assert unasked(text) == read


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Could you confirm the date of the roundtable, its main focus",
         ("Could you confirm the date of the roundtable", "its main focus")),
        ("How many attended the Xiamen training, from what kinds of organizations",
         ("How many attended the Xiamen training", "from what kinds of organizations")),
        ("The roundtable, when was it?", None),
    ],
)
def test_a_part_after_a_comma_asks_with_the_first_ones_verb(
    text: str, parts: tuple[str, str] | None
) -> None:
    from cfacts.finding.question import two_questions

    assert two_questions(text) == parts


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("Having followed the surveys for many years in my former post, I should be most "
         "grateful to learn what share of GDP the industry had in 2021.",
         "what share of GDP the industry had in 2021."),
        ("As one who still remembers the early days, I would respectfully ask which "
         "anniversary it was.", "which anniversary it was."),
        ("Having noted the figures given for 2017, 2021 and 2023, I wonder whether you might "
         "kindly tell me what share it had in 2019?", "could you tell me what share it had in "
         "2019?"),
        ("With the greatest respect, what posts did Gao Yunfei hold?",
         "what posts did Gao Yunfei hold?"),
        ("Would you be good enough to list for me the dignitaries?",
         "could you list the dignitaries?"),
        ("Is it correct, as a colleague once told me, that Mexico is one?",
         "Is it correct that Mexico is one?"),
        ("May I enquire how many took part, which I understand drew heads of bureaus?",
         "May I enquire how many took part?"),
        ("My recollection is that Geoff Hussey was a partner of Maucher Jenkins. Would you be so "
         "kind as to tell me whether that recollection is accurate?",
         "Geoff Hussey was a partner of Maucher Jenkins, right?"),
        ("I was informed that MCSC's revenue surpassed 150 million yuan in 2024. Would you be "
         "good enough to confirm whether that is so?",
         "MCSC's revenue surpassed 150 million yuan in 2024, right?"),
        ("I had always understood that the treaty was the first in some ten years. Is that how "
         "the NCAC's interview describes it?",
         "the treaty was the first in some ten years, right?"),
        ("As a percentage of GDP, what was the share in 2017?",
         "As a percentage of GDP, what was the share in 2017?"),  # no frame: kept whole
    ],
)
def test_a_polite_frame_asks_nothing(question: str, plain: str) -> None:
    """Session 18 (set LC, a retired administrator's formal questions): a lead clause about
    the asker, a courtesy, hearsay and a closing request to confirm are no part of what is
    asked; "would you be so kind as to" is read as "could you"."""
    from cfacts.finding.question import unasked

    assert unasked(question) == plain


def test_a_name_typed_as_one_word_is_split_and_an_unknown_one_is_kept() -> None:
    """"GaoHang", "WangZhicheng": pinyin names typed without their space are read as the names
    on record; "DarenTang" splits too, and "Daren Tang" is no name any record holds."""
    from cfacts.finding.question import compounds_split, strange_names

    lookup = _bundled()
    assert compounds_split(lookup, "GaoHang in WIPO she is what position?") == (
        "Gao Hang in WIPO she is what position?"
    )
    assert compounds_split(lookup, "WangZhicheng his job title") == "Wang Zhicheng his job title"
    assert strange_names(lookup, "Daren Tang WIPO director general") == {("daren", "tang")}
    assert strange_names(lookup, "Gao Hang of WIPO") == set()


@pytest.mark.parametrize(
    ("text", "asked"),
    [  # the one person a pronoun of the question proper stands for is asked, not the scene
        ("Benjamin Ng of CISAC was on the Xiamen faculty. What region is he responsible for?",
         True),
        ("Scot Morris spoke in Chengdu. Which organisation was that speaker from?", True),
        ("Scot Morris spoke in Chengdu. Which organisation sent the most people?", False),
    ],
)
def test_a_pronoun_asks_the_one_person_the_scene_names(text: str, asked: bool) -> None:
    from cfacts.finding.question import read

    q = read(_bundled(), text)
    person = next(m for m in q.mentions if m.kind == "person")
    assert (person.start not in q.context) is asked


def test_a_guess_before_a_wh_question_is_dropped_but_one_checked_is_kept() -> None:
    from cfacts.finding.question import unasked

    dropped = unasked(
        "One lecturer was Alessandro Enrico Cogo; I had always filed him under Milan. Which "
        "university does the article place him at?"
    )
    assert "Milan" not in dropped and "Which university" in dropped
    kept = unasked("I always believed it was signed in 2012. Is that the year the article gives?")
    assert "2012" in kept


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Forbin: 32 countries had ratified it?",
         "Forbin said 32 countries had ratified it, right?"),
        ("Zhao: exports stable above 15%?", "according to Zhao, exports stable above 15%?"),
        ("Guan Rui - deputy GM of Wings Media?", "Guan Rui is deputy GM of Wings Media, right?"),
        ("Shanghai: 500 participants?", "Shanghai: 500 participants?"),  # a place, no one
        ("Liu: 477 million yuan?", "Liu: 477 million yuan?"),  # Liu Hua or Liu Ping
        ("Forbin: what did she say?", "Forbin: what did she say?"),  # a question of its own
    ],
)
def test_a_claim_led_by_a_persons_name_is_theirs(text: str, read: str) -> None:
    from cfacts.finding.question import name_led

    assert name_led(_bundled(), text) == read


def test_the_unasked_reads_a_course_as_a_training_but_not_of_course() -> None:
    from cfacts.finding.question import unasked

    assert "xiamen training" in unasked("what did they give at the xiamen course?")
    assert "of course" in unasked("who spoke, of course, at the forum?")


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("MCSC rev 24?", "MCSC rev 2024?"),
        ("DG of copyright dept in '21?", "DG of copyright dept in 2021?"),
        ("gdp share 17 vs 21 vs 23", "gdp share 2017 vs 2021 vs 2023"),
        ("added value chg 21 -> 23 (trillion)", "added value chg 2021 -> 2023 (trillion)"),
        ("still director in 23 and 25?", "still director in 2023 and 2025?"),
        ("held October 16 to 18, 2023", "held October 16 to 18, 2023"),  # days of a month
        ("March 13, 2025", "March 13, 2025"),
        ("more than 20?", "more than 20?"),  # a count
        ("did membership climb past 20,000?", "did membership climb past 20,000?"),
        ("October 16 and 18 were the days", "October 16 and 18 were the days"),
    ],
)
def test_years_written_with_two_digits_are_read_in_full(typed: str, read: str) -> None:
    from cfacts.finding.question import short_years

    assert short_years(typed) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("where and when was the 2021 training held - wasn't it xiamen?",
         "where and when was the 2021 training held?"),
        ("Didn't the Xiamen training get a couple hundred participants? How many attended?",
         "the Xiamen training get a couple hundred participants. How many attended?"),
        ("Wasn't 2023 only the 40th anniversary?", "Was 2023 the 40th anniversary?"),
        ("Wasn't it held in Xiamen?", "Was it held in Xiamen?"),  # the question itself
    ],
)
def test_a_negated_guess_beside_a_question_sets_its_scene(typed: str, read: str) -> None:
    from cfacts.finding.question import unasked

    assert unasked(typed) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("em see ess see revenue", "m c s c revenue"),
        ("was it why po and the en see a see", "was it WIPO and the n c a c"),
        ("I see you are right", "I see you are right"),  # everyday words, no letters spelt
        ("do you see a trend", "do you see a trend"),
    ],
)
def test_letters_said_by_name_are_spelt(text: str, read: str) -> None:
    """Speech-to-text writes an abbreviation's letters by their names; a run with one name
    that is no everyday word is read as letters (`letters_joined` then joins them)."""
    assert letter_names_read(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("sino po nag give ng first lecture sa shanghai training",
         "who give of first lecture at shanghai training"),
        ("kailan yung diplomatic conference na nag-adopt ng Beijing Treaty?",
         "when the diplomatic conference adopt of Beijing Treaty?"),
        ("did it happen in May 2021?", "did it happen in May 2021?"),  # English: as written
        ("what is the PO box of WIPO?", "what is the PO box of WIPO?"),  # one such word: none
    ],
)
def test_a_taglish_question_is_read_in_english(text: str, read: str) -> None:
    """Filipino words of a Taglish question are read as English when two words only
    Taglish holds are in it ("po", "sa", "ng", "sino", ...); anything else as written."""
    from cfacts.finding.question import dialect_read

    assert dialect_read(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("How mony guests turned up at the Chengdu forum?",
         "How many guests turned up at the Chengdu forum?"),
        ("Benjamin Ng - which outfit is he wi and whit's his post?",
         "Benjamin Ng - which outfit is he with and what's his post?"),
        ("what is the o in WIPO?", "what is the o in WIPO?"),  # no Scots word: as written
    ],
)
def test_a_scots_question_is_read_in_english(text: str, read: str) -> None:
    """Scots words ("whit", "fae", "mony", "wi", "o") are read as English when one word only
    Scots holds is in the question; anything else as written."""
    from cfacts.finding.question import dialect_read

    assert dialect_read(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("china copyright industry for 2021 na how many percent of dia GDP sef",
         "china copyright industry for 2021 na how many percent of their GDP sef"),
        ("e pass 100 people wey attend the shanghai copyright training?",
         "were there more than 100 people wey attend the shanghai copyright training?"),
        ("the CCTV guy wey lecture for xiamen, na who",
         "the CCTV guy wey lecture at xiamen, who?"),
        ("Zhao Xiuling talk say wetin?", "Zhao Xiuling said wetin?"),
        ("na who spoke at the forum and e was in 2019", "na who spoke at the forum and e was in"
         " 2019"),  # no word only Pidgin holds: as written
    ],
)
def test_a_pidgin_question_is_read_in_english(text: str, read: str) -> None:
    """Nigerian Pidgin words ("dia", "wahala") and turns ("talk say", "e pass 100", "lecture
    for", a closing "na who") are read as English when a word only Pidgin holds is in the
    question ("wey", "sef", "wetin"; `SHORT_FORMS` reads those); anything else as written."""
    from cfacts.finding.question import dialect_read

    assert dialect_read(text) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Fill in: MCSC had more than ___ members.", "MCSC had how many members."),
        ("Fill in the blank: so far ___ countries", "so far how many countries"),
        ("The 2023 training was held in ___.", "The 2023 training was held in what."),
        ("who ran the forum?", "who ran the forum?"),
    ],
)
def test_a_quiz_blank_is_read_as_what_it_asks(typed: str, read: str) -> None:
    from cfacts.finding.question import blanks_asked

    assert blanks_asked(typed) == read


def test_blanks_are_read_in_linear_time() -> None:
    from cfacts.finding.question import blanks_asked

    text = "fill in: " + "x _ " * 5000 + "__ y"
    assert cpu_seconds(lambda: blanks_asked(text)) < 0.5


@pytest.mark.parametrize(
    ("span", "named"),
    [
        (("cto", "of", "shanghai", "firstbrave"), False),  # a title before the name
        (("shanghai", "firstbrave", "information", "technology"), True),
        (("shanghia", "firstbrave", "informaton", "technology"), True),  # typos at its edges
        (("shanghai", "firstbrave", "information", "ceo"), False),  # a title after it
        (("shanghai", "firstbrave", "info", "tech"), True),  # short forms of its words
        (("shanghai", "firstbrave", "info", "ctech"), False),
    ],
)
def test_a_span_named_by_a_typo_takes_in_no_word_beside_the_name(
    span: tuple[str, ...], named: bool
) -> None:
    """A close match of a whole name may not begin or end with a word that is none of the
    name's, nor a typo of one ("the CTO of Shanghai Firstbrave ...": the title is asked)."""
    from cfacts.finding.fulltext import stem
    from cfacts.finding.question import _edges_named

    name = "shanghai firstbrave information technology company ltd".split()
    assert _edges_named(span, name, {stem(w) for w in name}) is named


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # a lead clause before two listed questions: set before the first
        (
            "Given the record for music licensing, what was MCSC's revenue in 2024, how much"
            " did it grow",
            ("Given the record for music licensing, what was MCSC's revenue in 2024",
             "how much did it grow"),
        ),
        # a scene named, then two short questions of it
        (
            "Beijing Treaty diplomatic conference. when? co-host?",
            ("Beijing Treaty diplomatic conference. when?",
             "Beijing Treaty diplomatic conference. co-host?"),
        ),
        # two things asked by name, a full stop between
        (
            "sichuan copyright trading 2018. works registered?",
            ("sichuan copyright trading 2018", "works registered"),
        ),
        # a question of its own after a comma, the question after a lead
        (
            "From the CMO perspective, who described a shift in CMO services, which organization"
            " did he represent?",
            ("From the CMO perspective, who described a shift in CMO services",
             "which organization did he represent?"),
        ),
        # a lead, then one question: not two
        ("Given the record for music licensing, what was MCSC's revenue in 2024?", None),
    ],
)
def test_session_34_questions_after_a_lead_or_a_scene_are_split(
    text: str, parts: tuple[str, str] | None
) -> None:
    from cfacts.finding.question import two_questions

    assert two_questions(text) == parts


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("Who is Shi Jiang, quoted about Chengdu as a copyright model city?", 8),
        ("Who is Shi Jiang, speaking for which body?", 0),
    ],
)
def test_a_clause_describing_who_a_who_question_names_is_its_scene(text: str, scene: int) -> None:
    from cfacts.finding.question import context_of

    assert len(context_of(text)) == scene


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("is China falling further behind the US?", "is China widening the gap with the US?"),
        ("is China catching up with the US?", "is China narrowing the gap with the US?"),
        ("he gave a talk on behalf of Tencent", "he gave a talk for Tencent"),
        (
            "Am I correct in understanding that Guan Rui lectured?",
            "Is it correct that Guan Rui lectured?",
        ),
        ("Am I right that she spoke?", "is it true that she spoke?"),
        ("the roundtable focused on AI", "the roundtable on AI"),
        ("who lectured (not counting Liu Hua)?", "who lectured (other than Liu Hua)?"),
        ("who spoke on the NCAC side?", "who spoke for the NCAC?"),
        ("On the other side, who spoke?", "On the other side, who spoke?"),
        ("who has assisted to the opening", "who has attended the opening"),
        (
            "the added value for 2023 and its change on the prior year",
            "the added value for 2023 and its change compared with the year before",
        ),
    ],
)
def test_session_34_sayings_are_read_plainly(typed: str, read: str) -> None:
    from cfacts.finding.question import said_plainly

    assert said_plainly(typed) == read
