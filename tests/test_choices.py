"""Questions that offer choices (finding/choices.py): the question without them, and which
of them a text holds."""

from __future__ import annotations

import pytest

from cfacts.finding.choices import held, lettered, offered, verdict


@pytest.mark.parametrize(
    ("text", "base", "options"),
    [
        ("In 2021 the copyright industry made up what share of China's GDP - 7.35%, 7.44% or 7.5%?",
         "In 2021 the copyright industry made up what share of China's GDP?",
         ("7.35%", "7.44%", "7.5%")),
        ("2023 Shanghai training - who co-presented it: NCAC and WIPO, NCAC and the WTO, or WIPO "
         "and CISAC?", "2023 Shanghai training - who co-presented it?",
         ("NCAC and WIPO", "NCAC and the WTO", "WIPO and CISAC")),
        ("WIPO and NCAC signed their Memorandum of Cooperation in 2012, 2017 or 2019?",
         "WIPO and NCAC signed their Memorandum of Cooperation when?", ("2012", "2017", "2019")),
        ("Sichuan works registered in 2018 - 17,000, 70,000 or 1.7 million?",
         "Sichuan works registered in 2018?", ("17,000", "70,000", "1.7 million")),
        ("Which dispute did she bring up: Hi, Mom; Ne Zha 2; or The Wandering Earth?",
         "Which dispute did she bring up?", ("Hi, Mom", "Ne Zha 2", "The Wandering Earth")),
        ("Which hits did she cite: Black Myth: Wukong, Ne Zha 2, Genshin Impact?",
         "Which hits did she cite?", ("Black Myth: Wukong", "Ne Zha 2", "Genshin Impact")),
        ("When was the roundtable: March 3, March 31 or April 13, 2025?",
         "When was the roundtable?", ("March 3", "March 31", "April 13")),
        ("Copyright registrations in 2024 passed 5 million, 10 million or 20 million?",
         "Copyright registrations in 2024?", ("5 million", "10 million", "20 million")),
    ],
)
def test_the_choices_and_the_question_without_them(
    text: str, base: str, options: tuple[str, ...]
) -> None:
    found = offered(text)
    assert found is not None
    assert (found.base, found.options) == (base, options)


@pytest.mark.parametrize(
    "text",
    [
        "did the share rise or fall?",  # two, with no colon or dash: `Answerer` reads them
        "Liu Hua - was she director in 2021, 2023 and 2025 alike?",  # a question, no list
        "Was Brazil, Mexico or India among the countries?",  # names mid-sentence: not read
        "x" * 500 + ": a, b or c?",  # too long to read for choices
    ],
)
def test_a_question_offering_no_list_of_choices_is_read_as_it_is(text: str) -> None:
    assert offered(text) is None


def test_which_of_these_not_asks_the_one_missing() -> None:
    found = offered("Which of these was NOT named: Wang Zhicheng, Liu Hua or Zhao Xiuling?")
    assert found is not None and found.negated
    assert found.base == "Which was named?"


@pytest.mark.parametrize(
    ("texts", "option", "expected"),
    [
        (["Added value in 2021: 8.48 trillion yuan"], "8.48 trillion", True),
        (["Added value in 2021: 8.48 trillion yuan"], "RMB 7.41 trillion", False),
        (["its share holds steady above 11%. (July 7 to 9, 2021)"], "7%", False),
        (["its share holds steady above 11%."], "11%", True),
        (["held October 16 to 18, 2023"], "October 6", False),
        (["8 treaties"], "eight", True),
        (["170,000 works"], "17,000", False),
        (["NCAC organized it", "WIPO organized it"], "NCAC and WIPO", True),
        (["NCAC organized it", "WIPO organized it"], "NCAC and the WTO", False),
    ],
)
def test_a_choice_is_held_by_its_words_in_a_row(
    texts: list[str], option: str, expected: bool
) -> None:
    assert held(texts, option) is expected


def test_the_verdict_is_labelled_ours() -> None:
    assert verdict(["a", "b"], ["b"], negated=False) == "Of the choices given: b (our reading)"
    assert verdict(["a", "b"], [], negated=False) == "None of the choices given (our reading)"
    assert verdict(["a", "b"], ["a"], negated=True) == "Not named here: b (our reading)"


def test_a_list_of_figures_asked_is_no_choice() -> None:
    """"MCSC 2024: revenue, growth, members?" asks each figure; a list after "which" or with
    "or" offers choices."""
    assert offered("MCSC 2024: total licensing revenue, year-on-year increase, members?") is None
    assert offered("Which places were case studies: Nantong, Dehua, Xiamen?") is not None


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Which city? A) Shanghai B) Chengdu C) Xiamen",
         "Which city: Shanghai, Chengdu or Xiamen?"),
        ("Who is it? (a) Liu Hua (b) Liu Ping (c) Guan Jun or (d) Gao Hang",
         "Who is it: Liu Hua, Liu Ping, Guan Jun or Gao Hang?"),
        ("who is the director? a. Liu Hua b. Liu Ping c. Guan Jun",
         "who is the director: Liu Hua, Liu Ping or Guan Jun?"),
        ("Was it A) or B)?", "Was it A) or B)?"),  # two letters: no list of choices
        ("Plan B) then C) then A) won", "Plan B) then C) then A) won"),  # not a, b, c in order
    ],
)
def test_lettered_choices_are_read_as_a_list(text: str, plain: str) -> None:
    """A quiz's lettered choices are the plain list `offered` reads."""
    assert lettered(text) == plain
