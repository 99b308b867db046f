"""Names heard, not read (finding/sounds.py): pinyin names as speech-to-text spells them."""

from __future__ import annotations

import pytest

from cfacts.finding.sounds import (
    HEARD_WORDS_MAX,
    SOUND_KEY_MIN,
    heard,
    name_keys,
    sound_key,
    sounds_alike,
)
from conftest import cpu_seconds


@pytest.mark.parametrize(
    ("pinyin", "said"),
    [
        ("Xiamen", "shah men"),
        ("Chengdu", "chung do"),
        ("Sichuan", "sesh wan"),
        ("Shenzhen", "shen jen"),
        ("Zhao Xiuling", "jow show ling"),
        ("Gao Yunfei", "gow yun fay"),
        ("Yu Cike", "you sick"),
        ("Shi Wenxia", "shi wen sha"),
        ("Beijing", "bay jing"),
    ],
)
def test_a_pinyin_name_and_its_english_spelling_sound_alike(pinyin: str, said: str) -> None:
    assert sound_key(pinyin, pinyin=True) == sound_key(said)


@pytest.mark.parametrize(("one", "other"), [("Xiamen", "Shanghai"), ("Chengdu", "Sichuan")])
def test_different_names_sound_different(one: str, other: str) -> None:
    assert sound_key(one, pinyin=True) != sound_key(other, pinyin=True)


def test_a_key_too_short_or_held_by_two_owners_is_never_matched() -> None:
    keys = name_keys([("Liu Hua", "liu-hua"), ("Xiamen", "xiamen"), ("Ximen", "other")])
    assert len(sound_key("Liu Hua", pinyin=True)) < SOUND_KEY_MIN
    assert not any(name == ("liu", "hua") for name in keys.values())
    assert sound_key("Xiamen", pinyin=True) not in keys  # two owners: which is unknown
    both = name_keys([("Liu Hua", "liu-hua"), ("LIU Hua", "liu-hua"), ("Zhao Xiuling", "z")])
    assert ("zhao", "xiuling") in both.values()  # one owner however written


def test_a_run_of_words_heard_is_written_as_the_name_and_keeps_its_length() -> None:
    keys = name_keys([("Xiamen", "xiamen"), ("Zhao Xiuling", "zhao-xiuling")])
    words = ["lectures", "in", "shah", "men", "by", "jow", "show", "ling"]
    read = heard(words, {"lectures", "in", "by"}, keys)
    assert read == ["lectures", "in", "the", "xiamen", "by", "the", "zhao", "xiuling"]
    assert len(read) == len(words)


def test_words_it_knows_are_never_read_as_a_name() -> None:
    keys = name_keys([("Xiamen", "xiamen")])
    assert heard(["shah", "men"], {"shah", "men"}, keys) == ["shah", "men"]


def test_a_surname_typed_as_spelt_is_heard_only_in_a_name_that_holds_it() -> None:
    """"what did chen shoe han say" had been read "what did shi wenxia han say": "chen shoe"
    sounds as "Shi Wenxia" does, but Chen is Chen Xuhan's surname as the fact base spells it."""
    keys = name_keys([("Shi Wenxia", "shi-wenxia")])
    words = ["what", "did", "chen", "shoe", "han", "say"]
    assert heard(words, {"what", "did", "say", "chen"}, keys) != words  # without the names
    assert heard(words, {"what", "did", "say", "chen"}, keys, names={"chen", "xuhan"}) == words
    names = {"shi", "wenxia", "wen", "huasheng"}  # a name's later word may be another's surname
    assert heard(["shi", "wen", "sha"], {"shi", "wen"}, keys, names=names) == [
        "the", "shi", "wenxia"
    ]


def test_a_flood_of_words_is_read_in_linear_time() -> None:
    keys = name_keys([("Xiamen", "xiamen")])
    assert heard(["zzz"] * 20_000, set(), keys) == ["zzz"] * 20_000  # typed, not dictated

    def flood() -> None:
        heard(["zzz"] * 20_000, set(), keys)
        heard([f"w{i}" for i in range(HEARD_WORDS_MAX)], set(), keys)
        sound_key("sh" * 50_000, pinyin=True)

    assert cpu_seconds(flood) < 1.0


def test_a_run_with_a_small_joining_word_is_never_read_as_a_name() -> None:
    """"Did China join the Beijing Treaty in 2014?" had been read "did china the chengdu
    beijing treaty": "join the" sounds near enough to Chengdu."""
    keys = name_keys([("Chengdu", "chengdu")])
    words = ["did", "china", "join", "the", "beijing"]
    assert heard(words, {"did", "china", "the", "beijing"}, keys) == words


@pytest.mark.parametrize(
    ("typed", "name", "alike"),
    [
        ("leo", "liu", True),
        ("gow", "gao", True),
        ("jeff", "geoff", True),
        ("jow", "zhao", True),
        ("who", "hua", False),  # no consonant heard
        ("did", "liu", False),
        ("ma", "mao", False),  # too short to be heard as a name
        ("liu", "liu", False),  # the same word is no hearing
        ("lieutenant", "liu", False),  # far longer
    ],
)
def test_a_word_of_a_name_as_heard(typed: str, name: str, alike: bool) -> None:
    assert sounds_alike(typed, name) is alike
