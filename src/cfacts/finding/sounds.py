"""Names heard, not read: pinyin names as speech-to-text spells them ("shah men": Xiamen)."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence

SOUND_KEY_MIN = 4
"""The fewest sounds a name's key must keep to be matched by ear: shorter keys ("Liu Hua":
L, a vowel) would match too many ordinary words."""

SOUND_CONSONANTS_MIN = 3
"""The fewest consonant sounds a name's key must hold: "Wang Ying" (two, among vowels) sounds
like "in yuan"; "Xiamen" (three) like nothing else said."""

HEARD_SPAN_MAX = 3
"""The most words a name heard may be spread over ("gow yun fay": Gao Yunfei)."""

HEARD_WORDS_MAX = 80
"""The longest question read by ear: a longer one was typed, not dictated (and reading every
run of words by sound is the costly part)."""

_PINYIN = (("zh", "j"), ("x", "sh"), ("q", "ch"), ("c(?!h)", "ts"), ("z", "dz"))
"""Pinyin letters written as the English letters for their sounds, in order."""

_ENGLISH = (("ck", "k"), ("ph", "f"), ("tch", "ch"), ("dg", "j"), ("c(?=[eiy])", "s"))
"""English spellings of one sound."""

_SOUNDS = (
    ("sh", "J"), ("ch", "J"), ("zh", "J"), ("j", "J"), ("ts", "S"), ("dz", "S"), ("ng", "N"),
    ("s", "S"), ("z", "S"), ("c", "K"), ("k", "K"), ("g", "K"), ("q", "K"), ("x", "KS"),
    ("t", "T"), ("d", "T"), ("p", "P"), ("b", "P"), ("f", "F"), ("v", "F"), ("l", "L"),
    ("r", "R"), ("m", "M"), ("n", "N"), ("h", ""), ("w", ""), ("y", ""),
)  # fmt: skip
"""Each spelling of a consonant and the class of sounds it stands for; h, w and y are
glides that speech-to-text writes freely ("Hua" as "wah")."""

_VOWELS = frozenset("aeiou")


def sound_key(text: str, *, pinyin: bool = False) -> str:
    """The sounds a name is said with, as classes of consonants and single vowels, its last
    vowel dropped ("Xiamen" in pinyin and "shah men" heard: JVMVN)."""
    letters = "".join(c for c in text.lower() if c.isascii() and c.isalpha())
    rules = (*_PINYIN, *_ENGLISH) if pinyin else _ENGLISH
    for pattern, said in rules:
        letters = re.sub(pattern, said, letters)
    key: list[str] = []
    i = 0
    while i < len(letters):
        if letters[i] in _VOWELS:
            if not key or key[-1] != "V":
                key.append("V")
            i += 1
            continue
        spelling, sound = next(
            ((s, c) for s, c in _SOUNDS if letters.startswith(s, i)), (letters[i], "")
        )
        i += len(spelling)
        for mark in sound:
            if not key or key[-1] != mark:
                key.append(mark)
    while key and key[-1] == "V":
        key.pop()
    return "".join(key)


def name_keys(names: Iterable[tuple[str, str]]) -> dict[str, tuple[str, ...]]:
    """Each name's sound keys (pinyin read as said, and the name read as English spelling,
    "Scot Morris" as "scott moris") and its words, for (name, owner) pairs: keys long enough
    and held by one owner only ("Liu Hua" and "LIU Hua" are one)."""
    found: dict[str, dict[str, tuple[str, ...]]] = {}
    for name, owner in names:
        words = tuple(re.sub(r"[^a-z ]", " ", name.lower()).split())
        joined = "".join(words)
        for key in dict.fromkeys((sound_key(joined, pinyin=True), sound_key(joined))):
            consonants = sum(mark != "V" for mark in key)
            if len(key) >= SOUND_KEY_MIN and consonants >= SOUND_CONSONANTS_MIN and words:
                found.setdefault(key, {}).setdefault(owner, words)
    return {key: next(iter(owners.values())) for key, owners in found.items() if len(owners) == 1}


_GLUE = frozenset("the a an of in at on to and or for by with from".split())
"""Small words that join the words around them: no run of words heard as a name holds one."""


def heard(
    words: Sequence[str],
    known: Collection[str],
    keys: Mapping[str, tuple[str, ...]],
    *,
    names: Collection[str] = (),
) -> list[str]:
    """The words with each run of one to three that sounds like a name of ``keys`` and holds
    a word the fact base does not know (``known``) written as that name ("lectures in shah
    men": "lectures in the xiamen"); the list keeps its length. One word beside another the
    fact base does not know is part of a name it does not hold ("daren tang") and is left as
    typed, as is a question longer than `HEARD_WORDS_MAX` words. A word of a person's name
    (``names``) that begins the run is heard only as the first word of the name ("chen shoe
    han" is no "Shi Wenxia": Chen stays Chen; "shi wen sha" is Shi Wenxia)."""
    out = list(words)
    if len(out) > HEARD_WORDS_MAX:
        return out
    i = 0
    while i < len(out):
        for size in range(HEARD_SPAN_MAX, 0, -1):
            span = out[i : i + size]
            if len(span) < size or not all(w.isalpha() for w in span):
                continue
            if all(w in known for w in span):
                continue  # words of ours: nothing misheard
            if size > 1 and set(span) & _GLUE:
                continue  # "join the" is no "Chengdu": a name is not heard across "the"
            name = keys.get(sound_key("".join(span)))
            if name is None or len(name) > size or tuple(span) == name:
                continue
            if span[0] in names and span[0] != name[0]:
                continue  # a surname typed as the fact base spells it is that surname
            beside = [*out[max(i - 1, 0) : i], *out[i + size : i + size + 1]]
            if size == 1 and any(w.isalpha() and w not in known for w in beside):
                continue  # "daren tang": one word of a name the fact base does not know
            out[i : i + size] = [*(["the"] * (size - len(name))), *name]
            i += size - 1
            break
        i += 1
    return out


def consonants_of(word: str) -> frozenset[str]:
    """A word's consonant sounds in order, its vowels and glides dropped, read as English and
    as pinyin, a "g" before "e" or "i" also soft ("Geoff" as "Jeff"): {"JF", "KF"}."""
    soft = re.sub(r"g(?=[ei])", "j", word.lower())
    keys = {sound_key(w, pinyin=p) for w in {word, soft} for p in (False, True)}
    return frozenset(k.replace("V", "") for k in keys)


def sounds_alike(typed: str, name: str) -> bool:
    """Whether a word typed is a name's word as heard ("leo" for Liu, "gow" for Gao, "jeff"
    for Geoff): the same consonant sounds, at least one, and about as long."""
    if typed == name or len(typed) < 3 or abs(len(typed) - len(name)) > 2:
        return False
    heard = consonants_of(typed) & consonants_of(name)
    return any(heard)
