"""Rewrites of a whole question before it is read: claims heard elsewhere, framing leads,
guesses and lists begun (each a function of the text, applied in one ordered stage)."""

from __future__ import annotations

import re
from collections.abc import Callable

from cfacts.finding.lookup import Lookup
from cfacts.finding.question import QUESTION_WORDS, STOP, read, sentences_of, words_of
from cfacts.finding.vocabulary import EVENT_KIND_WORDS
from cfacts.lazyre import lazy_pattern
from cfacts.textnorm import fold

PATTERN_MAX = 400
"""The longest question the whole-question patterns are tried on, here and in the answer's
readings (a longer text is no such question, and the patterns' lazy runs would take
quadratic time on it): a longer one is read as typed."""


def _first_word(text: str) -> str:
    """A text's first word, folded ("" for none): a cheap test before a pattern is compiled."""
    words = re.findall(r"[a-z]+", text[:40].lower())
    return words[0] if words else ""


_REPORTERS = frozenset(
    "someone somebody people many some critics commentators they a an online viral it".split()
)
"""The first words of a claim reported ("Someone says ...", "A post says ...")."""
_FRAMING_FIRST = frozenset(
    "given considering tracing since bearing keeping in mindful with to from as for".split()
)
"""The first words of a framing lead ("Given that ...", "To gauge ...")."""
_ASIDE_FIRST = frozenset("apart besides other except excluding not leaving".split())
"""The first words of an aside opening a list asked ("Apart from X, list ...")."""
_SOURCE_FIRST = frozenset("my our the a an this one".split())
"""The first words of a claim credited to the asker's own source ("My producer's note ...")."""
_TAIL = 45
"""How many characters at a text's end a check of it is looked for in."""
_CHECK_TAIL_WORDS = (
    "say", "said", "correct", "right", "true", "accurate", "attribution", "speaker", "person",
    "yes", "isn", "wasn",
)  # fmt: skip
"""Words one of which a check at a text's end holds ("Correct speaker?", "That's right,
isn't it?")."""


_CLAIM_REPORTED = lazy_pattern(
    r"(?i)^\W*(?:someone|somebody|people|many|some|critics|commentators|they|a\s+(?:post|tweet|"
    r"blog|user|website|site|headline|report|friend|colleague)|(?:an?\s+)?(?:online|viral)\s+"
    r"(?:post|claim)s?|it\s+is)\s+(?:(?:is|are)\s+)?(?:says?|said|claims?|claimed|claiming|saying|"
    r"argues?|argued|writes?|wrote|posted|reports?|reported)\s+(?:that\s+)?(?P<claim>[^?]{5,300}?)"
    r"[.!]\s*(?:so\s+)?what\s+(?:does|did|do)\s+(?P<who>[^?]{2,60}?)\s+(?:actually\s+|really\s+)?"
    r"say\W*$"
)
"""A claim reported from someone else, then what a named source says of it ("Someone says
China's copyright industry is falling behind. What does NCAC say?")."""


_CLAIM_ASKED_BACK = lazy_pattern(
    r"(?i)^\W*(?:someone|somebody|people|many|some|critics|commentators|they|a\s+(?:post|tweet|"
    r"blog|user|website|site|headline|report|friend|colleague|thread)|(?:an?\s+)?(?:online|viral)"
    r"\s+(?:post|claim)s?)\s+(?:says?|said|claims?|claimed|argues?|argued|writes?|wrote|posted|"
    r"reports?|reported)\s+(?:that\s+)?(?P<claim>[^?]{5,300}?)\s*[-\u2013\u2014.!,;]+\s*(?:but\s+)?"
    r"(?:is|was)\s+(?:that|this|it)\s+(?:really\s+|actually\s+)?what\s+(?P<who>[^?]{2,60}?)\s+"
    r"(?:actually\s+|really\s+)?(?:said|says|say|reported|reports|stated|states)\W*$"
)
"""A claim reported, then whether a source said it ("someone wrote that X - is that what
the meeting said?")."""


def _claim_reported(text: str) -> str:
    """A claim reported and a source asked of ("Someone says X. What does NCAC say?",
    "someone wrote that X - is that what the meeting said?") as the check it is ("Is it
    true that X, according to NCAC?"); any other text as typed."""
    if len(text) > PATTERN_MAX or _first_word(text) not in _REPORTERS:
        return text  # (the patterns are compiled only for a text opening as they do)
    if not re.search(r"(?i)\b(?:say|said|says|reported|reports|stated|states)\b", text[-30:]):
        return text
    found = _CLAIM_REPORTED.match(text) or _CLAIM_ASKED_BACK.match(text)
    if found is None:
        return text
    who = found["who"].strip()
    source = "" if re.fullmatch(r"(?i)(?:the\s+)?(?:article|meeting|piece|story|report|text)",
                                who) else f", according to {who}"  # fmt: skip
    return f"Is it true that {found['claim'].strip()}{source}?"


_FRAMING_LEAD = lazy_pattern(
    r"(?i)^\W*(?P<lead>(?:given|considering|tracing|since|bearing\s+in\s+mind|keeping\s+in\s+mind|"
    r"in\s+light\s+of|mindful\s+of|with\s+an\s+eye\s+(?:to|on)|to\s+(?:gauge|document|assess|"
    r"understand|trace|map|measure|gauge|capture|illustrate|show|establish|clarify|compare|judge|"
    r"evaluate|put)|with\s+[^,?:;]{1,120}?\s+being|from\s+(?:a|an|the)\s+[^,?:;]{1,60}?"
    r"\s+(?:perspective|angle|point\s+of\s+view|standpoint)|as\s+regards|for\s+(?:the|my|our|a)\s+"
    r"[^,?:;]{1,80}?\s+(?:report|analysis|paper|study|piece|brief|chapter|review))\b[^?:;]{0,250}?),"
    r"\s+(?P<rest>(?:(?:and|so|then|roughly|approximately|about|exactly|precisely|briefly)\s+)?"
    r"(?:who|whom|whose|what|which|when|where|why|how|is|was|are|were|did|does|do|has|have|"
    r"had|can|could)\b[^:;]*)$"
)
"""A framing clause before a question ("Given that the curriculum opened with X, who ...?",
"To gauge the scale of the effort, roughly how many ...", "With ADR being one of the topics,
which ..."): it sets the scene of what is asked, and asks nothing."""


def _framing_lead_set(text: str) -> str:
    """A question opened by a framing clause and a comma, with the clause set as its scene
    ("X: who ...?"), as a dash or colon sets one; any other text as typed."""
    if len(text) > PATTERN_MAX or "," not in text or _first_word(text) not in _FRAMING_FIRST:
        return text  # (the pattern is compiled only for a text opening as it does)
    found = _FRAMING_LEAD.match(text)
    if found is None:
        return text
    return f"{found['lead'].strip()}: {found['rest']}"


_HEARSAY_MARK = lazy_pattern(
    r"(?i)\b(?:says?|said|claims?|claimed|claiming|wrote|writes|posted|reposts?|viral|rumou?rs?|"
    r"headlines?|infographic|graphic|caption(?:ed|s)?|credits?|credited|attributed|circulating|"
    r"going\s+round|going\s+around|seeing|seen|saw|quoted|tweets?|tweeted|weibo|online|threads?|"
    r"described|describes|labell?ed|dubbed)\b"
)
"""Words by which a sentence tells of a claim heard or seen elsewhere ("A Weibo repost says
...", "I keep seeing '500+ attendees' ...", "seen 300 quoted")."""


_HEARSAY_LEAD_IN = lazy_pattern(
    r"(?i)^\W*(?:[\w'-]+\s+){0,5}?(?:says?|said|claims?|claimed|wrote|writes|posted|credits?|"
    r"attributes?)\s+(?:that\s+)?"
)
"""Who tells the claim ("A Weibo repost says", "someone wrote that"), before the claim."""


_HEARSAY_WORDS = frozenset(
    "viral claim claims post repost headline infographic graphic caption rumour rumor "
    "seeing seen saw quoted keep i ve been online weibo tweet going round around thread "
    "described labelled labeled dubbed".split()
)
"""Words of a claim's telling, not of what it says ("I keep seeing ... quoted")."""


_CORRECTING = frozenset("actually really truly real official officially correct right true".split())
"""Words by which a question after a claim heard asks what is so instead ("Who actually
delivered it?")."""


_ASKED_AFRESH = lazy_pattern(
    r"(?i)^\W*(?:so\s+|then\s+|but\s+)?(?:who|what|which|when|where|how)\b[^?]{0,200}\?\W*$"
)
"""A last sentence that asks afresh with a question word ("Who actually delivered the first
lecture?", "How many were there?")."""


_POSTS_ASKED = frozenset(
    "role roles post posts title titles position positions job jobs office offices".split()
)
"""Words by which a question after a claim heard asks the posts of the person it names."""


_NOT_YEAR = r"(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,]))\d"
"""A figure that is no year ("200-person", not "in 2024")."""


def _hearsay_set_aside(lookup: Lookup, text: str) -> str:
    """A claim heard elsewhere and then a question of what is so ("A Weibo repost says Liu Hua
    gave the first lecture at the Shanghai training. Who actually delivered the first
    lecture?"): the question alone, with the events and places the claim names as its scene
    ("Shanghai training: who actually ...?"); the claim's people, bodies and figures may be
    wrong, and set nothing. Any other text as typed."""
    if len(text) > PATTERN_MAX or "?" not in text[-5:]:
        return text
    sentences = sentences_of(text)
    if len(sentences) < 2 or _ASKED_AFRESH.match(sentences[-1]) is None:
        split = re.split(r"\s[-\u2013\u2014]+\s", text)
        if len(split) != 2 or _ASKED_AFRESH.match(split[1]) is None:
            return text
        sentences = split
    told = " ".join(sentences[:-1])
    guessed = told.count("?") == 1 and re.search(_NOT_YEAR, told) is not None and re.match(
        r"(?i)\W*(?:was|were|is|are|did|does|do|had|has)\b", told
    ) is not None  # "Was the roundtable some big 200-person affair? How many attended?"
    recounted = re.match(r"(?i)\W*(?:so\s+|then\s+)?how\s+(?:many|much)\b", sentences[-1])
    regrown = guessed and recounted is not None  # a figure guessed in a question of its own,
    if not regrown:  # then the figure asked; else a claim heard, then what is so
        if _HEARSAY_MARK.search(told) is None or "?" in told:
            return text
        corrected = set(words_of(sentences[-1])) & _CORRECTING  # "who actually ...?", or a
        if not corrected and not re.search(r"['\"\u2018\u201c][^'\"]{0,30}\d", told):  # figure
            return text  # quoted ("'200 reps'"); not "Saw 'WOC' in X - what does that stand for?"
    lead = _HEARSAY_LEAD_IN.match(told)
    told = told[lead.end() :] if lead else told
    q = read(lookup, told)
    posts = set(words_of(sentences[-1])) & _POSTS_ASKED  # "X is described as a WIPO official.
    kinds = ("organization",) if posts else ("person", "organization")  # What roles does the
    claimed = {i for m in q.mentions if m.kind in kinds for i in m.span}  # article list?": X's
    known = {q.words[i] for m in q.mentions for i in m.span} | {
        q.words[i] for p in q.places for i in p.span
    }
    unknown = {fold(w) for w in re.findall(r"\b[A-Z][a-zA-Z-]{1,30}\b", told)} - known - STOP
    kept = [  # what the claim is about, without who and how much it says, nor a name the
        w for i, w in enumerate(q.words)  # fact base does not know ("held in Chongqing")
        if i not in claimed and not any(c.isdigit() for c in w) and w not in _HEARSAY_WORDS
        and w not in unknown
    ]  # fmt: skip
    scene = " ".join(kept)
    if regrown:  # the guess's own words ("some big 200-person affair") are
        named = {i for m in q.mentions if m.kind == "event" for i in m.span}  # no scene;
        named |= {i for p in q.places for i in p.span}  # what it names is
        named |= {i for i, w in enumerate(q.words) if w in EVENT_KIND_WORDS}
        scene = " ".join(q.words[i] for i in sorted(named))
    asked = sentences[-1].strip()
    return f"{scene}: {asked}" if scene else asked


_RECORD_FIGURE_ASKED = lazy_pattern(
    r"(?i)^\W*(?:so\s+|and\s+|but\s+|then\s+)?(?:what|which)\s+(?:figure|number|count|total|"
    r"headcount|tally)\s+(?:does|did|do)\s+(?P<source>[^?]{2,60}?)\s+(?:actually\s+|really\s+)?"
    r"(?:give|gives|state|states|say|says|report|reports|cite|cites|quote|quotes|use|uses|have|"
    r"has|put|puts)(?:\s+(?:for\s+)?(?:it|that|this|them|instead))?\W*$"
)
"""A question asking the figure on record after a claim of one ("What figure does the
article give?", "What number did Forbin give?")."""

_REAL_FIGURE_ASKED = lazy_pattern(
    r"(?i)^\W*(?:so\s+|and\s+|but\s+)?(?:(?:is|was)\s+(?:that|this|it)\s+(?:the\s+)?|what(?:['\u2019]s|"
    r"\s+is|\s+was)\s+the\s+|the\s+)?(?:real|actual|correct|true|right|official)\s+(?:number|figure|"
    r"headcount|count|total|tally)(?P<more>,?\s+and\s+(?:what|how|who|when|where|which)\b[^?]{3,120}?)?"
    r"\W*$"
)
"""A question asking the real figure after a claim of one ("Is that the real headcount?",
"Real number?")."""

_PEOPLE_COUNTED = frozenset(
    "people persons guests participants attendees delegates officials visitors trainees "
    "representatives experts".split()
)
"""Nouns of people a claimed count is of: the count asked is of people, whatever kind the
claim says they were."""

_COUNT_CLAIMED = lazy_pattern(
    r"(?i)(?:(?:more|fewer|less)\s+than\s+|over\s+|nearly\s+|about\s+|around\s+|some\s+|almost"
    r"\s+|roughly\s+)?\d[\d,]*\+?\s+(?P<noun>[a-z]{3,20})\b['\"\u2019\u201d]?(?P<rest>[^.?!]{0,160})"
)
"""A count a claim states, the noun it counts and what it says of them ("more than 500
people' took part in the training")."""

_NOT_COUNTED = frozenset(
    "million billion trillion thousand hundred yuan dollars percent per years year times".split()
)
"""Words after a number that make it an amount, a share or a span, not a count of things."""

_SOURCE_ITSELF = frozenset("the article it the piece story report text source they".split())
"""Words of a source asked of that is the articles themselves ("the article")."""


def _figure_asked_again(text: str) -> str:
    """A count claimed, then the figure on record asked ("Thread says 'more than 500 people'
    took part in the Shanghai training. What figure does the article give?") as the count
    asked ("how many people took part in the Shanghai training?", with "according to X"
    when a source other than the article is named); any other text as typed."""
    if len(text) > PATTERN_MAX or "?" not in text[-3:]:
        return text
    sentences = sentences_of(text)
    if len(sentences) < 2:
        return text
    asked = _RECORD_FIGURE_ASKED.match(sentences[-1]) or _REAL_FIGURE_ASKED.match(sentences[-1])
    told = " ".join(sentences[:-1])
    count = _COUNT_CLAIMED.search(told) if asked is not None else None
    if asked is None or count is None or count["noun"].lower() in _NOT_COUNTED:
        return text
    noun, rest = count["noun"].lower(), count["rest"]
    said = f"{count['noun']} {rest}"
    people = re.search(rf"(?i)\b(?:{'|'.join(sorted(_PEOPLE_COUNTED))})\b", said[:60])
    if people is not None:  # "500 foreign and Chinese guests came to X", "300+ officials sat
        noun, rest = "people", said[people.end() :]  # through X": how many people
    rest = re.sub(r"['\"\u2018\u2019\u201c\u201d]", "", rest).strip(" ,;:-")  # did (the claim
    source = (asked.groupdict().get("source") or "").strip()  # may have them wrong too)
    per = "" if set(words_of(source)) <= _SOURCE_ITSELF else f", according to {source}"
    more = (asked.groupdict().get("more") or "").strip(" ,")  # "..., and what is still
    return f"how many {noun} {rest}{per}{', ' + more if more else ''}?"  # needed?": asked too


_GUESS_AFTER = lazy_pattern(
    r"(?i)\?[ \t]+(?:i[ \t]+(?:think|believe|guess|reckon|recall|remember|suspect|bet|assume)|"
    r"if[ \t]+i[ \t]+"
    r"(?:remember|recall)[ \t]+(?:right|correctly)|iirc|maybe|probably|possibly|(?:i[ \t]+|i've"
    r"[ \t]+|i[ \t]+have[ \t]+)?(?:seen|saw|heard|read))\b[^?]{0,200}$"
)
"""A guess the asker adds after a wh-question, with no question mark of its own ("...? i
think there were three of them, one from WIPO", "...? I suspect it was just a government
event with WIPO's name on it")."""


def _guess_after_dropped(text: str) -> str:
    """A wh-question without a guess typed after it ("who spoke at the opening? i think
    there were three, one from WIPO"): the guess bounds nothing the facts say (whatever
    the guess, those on record answer); a question without one is as typed."""
    if len(text) > PATTERN_MAX or "?" not in text:
        return text
    found = _GUESS_AFTER.search(text)
    if found is None:
        return text
    head = text[: found.start() + 1]
    opened = words_of(head)[:1]
    return head if opened and opened[0] in QUESTION_WORDS else text


_HEDGED_FIGURE = lazy_pattern(
    r"(?i)\s*,?\s*\b(?:something\s+like|like|around|roughly|approximately|approx\.?|maybe|about)"
    r"\s+~?(?!(?:19|20)\d\d\b)\d[\d.,]*(?:(?:k|m|bn)\b|(?![A-Za-z]))(?:[ \t]*-?[ \t]*ish\b)?"
    r"(?:[ \t]*(?:%|percent\b|per[ \t]+cent\b|thousand\b|million\b|billion\b|trillion\b))?"
    r"(?:[ \t]+(?:rmb|yuan))?(?:[ \t]+or[ \t]+so\b)?|"
    r"\s*,?\s*\b\d[\d.,]*-ish\b"
)
"""A figure the asker guesses ("like 50 million yuan", "roughly 7 percent", "50-ish")."""


_FIGURE_ASKED_AGAIN = lazy_pattern(
    r"(?i)\b(?:exact|exactly|actual|actually|precise|precisely|correct\s+me|real\s+number|"
    r"what\s+(?:was|were|is|are)\s+(?:the|its|their|it|they)\b|what['\u2019]s\s+the|how\s+many|"
    r"how\s+much|what\s+\w+\s+(?:ratio|rate|share|figure|number|total))\b"
)
"""Words by which a question asks the figure itself besides a guess at it ("what was the
exact figure", "how many ..., was it like 50-ish?")."""


def _hedged_figures_dropped(text: str) -> str:
    """A question that asks a figure and guesses at it ("copyright trading like 50 million
    yuan and how many works registered?", "how many took part, was it like 50-ish?")
    without its guesses: whatever they are, the figure on record answers; a check with no
    question of the figure keeps them (its claim is what is checked)."""
    if len(text) > PATTERN_MAX or not any(c.isdigit() for c in text):
        return text
    if _FIGURE_ASKED_AGAIN.search(text) is None:
        return text

    def guessed(found: re.Match[str]) -> str:  # "around 300 guests at the forum? and ...":
        before = text[: found.start()].rstrip(" ,")  # how many guests, when it opens a
        return " how many" if not before or before[-1] in ".?!" else ""  # sentence

    parts = re.split(r"(?<=[.!?])\s+", text)  # a guess is asked ("like 50 million yuan?"),
    plain = " ".join(  # not a figure stated ("CAVCA brought in roughly 5.1 billion yuan in
        _HEDGED_FIGURE.sub(guessed, part) if part.rstrip().endswith("?") else part  # 2024.
        for part in parts  # What was it the year before?")
    ).strip()
    if plain == text:
        return text
    return re.sub(r"(?i),?\s*(?:was|is)\s+it\s*\?", "?", plain)  # "..., was it?": asks no more


_REST_ASKED = lazy_pattern(
    r"(?i)^(?P<asked>\W*(?:which|what|who)\b[^?,]{5,200}?)\s*,[^?]{1,80}\?+\s*(?:and\s+)?(?:anything"
    r"\s+else|anyone\s+else|what\s+else|who\s+else|which\s+others?|any\s+others?|others?)\W*$"
)
"""A list question, some of its items named, and the rest asked ("which multilateral
organizations does china use, WIPO and... the WTO? anything else")."""


def _rest_asked_whole(text: str) -> str:
    """A list question with the items the asker knows and "anything else?" after them, as
    the list question (its answer names them all); any other text as typed."""
    if len(text) > PATTERN_MAX or ("else" not in text[-20:] and "other" not in text[-20:]):
        return text
    found = _REST_ASKED.match(text)
    return f"{found['asked'].strip()}?" if found else text


_CLAIM_LABEL = lazy_pattern(
    r"(?i)^\W*(?P<label>[\w' -]{2,40}?)\s*:\s*['\"\u2018\u201c]?(?P<claim>[^?]{10,300}?)"
    r"(?P<end>[.!]['\"\u2019\u201d]?|['\"\u2019\u201d]|\s[-\u2013\u2014])\s+(?P<tag>[^?'\".]{1,40}[?.!])\s*$"
)
"""A claim quoted after a label that says where it was seen ("Viral claim: 'X.' True?")."""


_LABEL_HEARD = frozenset(
    "claim claims viral post posts headline infographic graphic caption rumour rumor quote tweet "
    "meme thread repost going round around online".split()
)
"""Words of a label telling where a claim was seen ("Viral claim", "Claim going round")."""


def claim_label_dropped(text: str) -> str:
    """A quoted claim after a label telling where it was seen, without the label and the
    quotation marks ("Viral claim: 'X.' True?" is "X. True?"); any other text as typed
    ("Claim: X. Verdict?" is read as the check it opens)."""
    if len(text) > PATTERN_MAX or ":" not in text[:45]:
        return text
    found = _CLAIM_LABEL.match(text)
    if found is None or not set(words_of(found["label"])) & _LABEL_HEARD:
        return text
    if words_of(found["label"]) == ["claim"]:
        return text
    return f"{found['claim'].strip()}. {found['tag'].strip()}"



_ATTRIBUTION_CHECK = (
    r"(?P<tag>(?:is|was)\s+(?:that|this|it|he|she)\s+(?:really\s+)?(?:who|the\s+(?:one|person|"
    r"speaker))(?:\s+(?:who|that))?\s+(?:said|says|say)\s+(?:it|that|this|so)|(?:is\s+(?:that|"
    r"this|it)\s+(?:the\s+)?)?(?:correct|right)\s+(?:speaker|person|attribution)|(?:is\s+)?(?:the"
    r"\s+)?attribution\s+(?:correct|right|accurate)|(?:is\s+(?:that|this|it)\s+)?(?:right|correct|"
    r"true|accurate)|(?:did|does)\s+(?:he|she|they)\s+(?:really\s+|actually\s+)?say\s+(?:it|that|"
    r"this|so))\W*$"
)
"""The check a question ends with of who said a thing ("Is that who said it?", "Correct
speaker?", "Is that right?")."""

_QUOTE_CREDITED = lazy_pattern(
    r"(?i)^\W*(?:[\w' -]{2,40}:\s*)?['\"\u2018\u201c](?P<quote>[^'\"\u2019\u201d]{12,300}?)"
    r"[.,]?['\"\u2019\u201d]\s*[-\u2013\u2014,;]*\s*(?:(?:is|was|being)\s+)?(?:credited|"
    r"attributed)\s+to\s+(?P<who>[^.?!;]{2,80}?)\s*[.?!;,\u2013\u2014-]+\s*" + _ATTRIBUTION_CHECK
)
"""A passage quoted and credited to someone, then checked ("Quote going around: 'X' -
credited to Tencent's Jiang Bo. Correct speaker?")."""

_LINE_ATTRIBUTED = lazy_pattern(
    r"(?i)^\W*(?:[^.?!:]{0,60}?\s)?(?:attributes?|attributed|credits?|credited|gives?)\s+(?:the\s+"
    r"(?:line|quote|quotation|remark|words|comment|phrase|statement|claim)\s+(?:about|on|that)\s+)?"
    r"(?P<what>[^?!]{3,200}?)\s+to\s+(?P<who>[^.?!;]{2,80}?)\s*[.?!;,\u2013\u2014-]+\s*"
    + _ATTRIBUTION_CHECK
)
"""Words someone is said to be credited with, then checked ("The thread attributes the line
about Chengdu being 'a model city for copyright' to Zhou Qing. Is that right?")."""

_SAID_CLAIM_CHECKED = lazy_pattern(
    r"(?i)^(?P<claim>[^?]{10,300}?)[.!;]\s+" + _ATTRIBUTION_CHECK
)
"""A claim of what someone said, then a check of who said it ("Post says X urged Y. Is that
who said it?")."""


def _one_person(lookup: Lookup, text: str) -> bool:
    """Whether a text names one person the fact base knows, and nothing else of note."""
    people = {m.best.id for m in read(lookup, text).mentions if m.kind == "person"}
    return len(people) == 1


def _attribution_checked(lookup: Lookup, text: str) -> str:
    """A claim of who said something, then checked ("'X' - credited to Jiang Bo. Correct
    speaker?", "The thread attributes the line about X to Zhou Qing. Is that right?", "Post
    says Chen Xuhan urged X. Is that who said it?"), as the question of whether that person
    said it ("The quote 'X' - did Jiang Bo say that?", "Did Zhou Qing say X?", "Chen Xuhan
    urged X, right?"); any other text as typed."""
    if len(text) > PATTERN_MAX or "?" not in text[-3:]:
        return text
    low, tail = text.lower(), text[-_TAIL:].lower()  # (the patterns are compiled only for a
    if not any(k in tail for k in _CHECK_TAIL_WORDS):  # text that may hold a check of who
        return text  # said it: they cost a question several milliseconds to compile)
    if not any(k in low for k in ("credit", "attribut", "give")) and not any(
        k in tail for k in ("who", "speaker", "person", "attribution", " he ", " she ")
    ):
        return text
    found = _QUOTE_CREDITED.match(text)
    if found is not None and _one_person(lookup, found["who"]):
        return f"The quote '{found['quote'].strip()}' - did {found['who'].strip()} say that?"
    found = _LINE_ATTRIBUTED.match(text)
    if found is not None and _one_person(lookup, found["who"]):
        return f"Did {found['who'].strip()} say {found['what'].strip()}?"
    found = _SAID_CLAIM_CHECKED.match(text)
    if found is None or not re.search(r"(?i)\b(?:who|speaker|person|attribution|he|she)\b",
                                      found["tag"]):
        return text  # "X. Is that right?": a claim checked, which the reading takes as it is
    lead = _HEARSAY_LEAD_IN.match(found["claim"])
    claim = found["claim"][lead.end() :] if lead else found["claim"]
    if not _one_person(lookup, claim) or not _SAID_VERB.search(claim):
        return text
    return f"{claim.strip()}, right?"


_SAID_VERB = lazy_pattern(
    r"(?i)\b(?:said|says|urged|argued|proposed|suggested|warned|called|claimed|stressed|noted|"
    r"cited|mentioned|raised|pointed\s+out|stated|told|described|recommended|advocated)\b"
)
"""A verb by which a claim says what someone said."""


_ASIDE_LEADS = lazy_pattern(
    r"(?i)^\W*(?P<aside>(?:apart\s+from|besides|other\s+than|except(?:\s+for)?|excluding|not\s+"
    r"counting|leaving\s+aside)\s+[^,?:;]{2,80}?),\s+(?P<rest>(?:please\s+)?(?:list|name|give|"
    r"tell|show|enumerate|identify)\b[^?]{2,300}?)(?P<end>[.?!]*)\s*$"
)
"""A request for a list opened by what it sets aside ("Apart from Gao Hang, list every
expert ...")."""


def _aside_lead_moved(text: str) -> str:
    """A list requested after what it sets aside ("Apart from Gao Hang, list every expert
    the training invited.") with the aside after the request ("list every expert the
    training invited, apart from Gao Hang."), as a question asks it; any other text as
    typed."""
    if len(text) > PATTERN_MAX or "," not in text or _first_word(text) not in _ASIDE_FIRST:
        return text  # (the pattern is compiled only for a text opening as it does)
    found = _ASIDE_LEADS.match(text)
    if found is None:
        return text
    aside = found["aside"][0].lower() + found["aside"][1:]
    return f"{found['rest'].strip()}, {aside}{found['end'] or '?'}"


_ALL_INSTEAD = lazy_pattern(
    r"(?i)^(?P<first>\W*(?:was|were|is|are|did|does|do|has|have|had)\b[^?]{5,200}?),?\s+or\s+(?:was|"
    r"were|is|are|did)\s+(?:it|they|there|that)\s+(?:all|only|just|mostly|entirely|purely)\b"
    r"[^?]{2,120}\?\s*$"
)
"""A yes-or-no question with the contrary case after it ("Was there even one WIPO staffer
among the lecturers, or was it all Chinese lawyers?")."""


_ELSE_INSTEAD = lazy_pattern(
    r"(?i)^(?P<first>\W*(?:am|was|were|is|are|did|does|do|has|have|had)\b[^?]{5,200}?),?\s+or\s+"
    r"(?:was|were|is|are|did|does|do|has|had)\s+(?:it|they|there|that|this|he|she)\s+(?:in\s+"
    r"fact\s+|actually\s+|really\s+|maybe\s+)?(?:\w+\s+){0,3}?(?:somebody|someone|something|"
    r"another|other|else)\b[^?]{0,120}\?\s*$"
)
"""A yes-or-no question with the case of someone or something else after it ("Is Ran Handong
the partner of AA Thornton, or is this somebody else?", "..., or did he in fact work for
another company?")."""


def all_instead_dropped(text: str) -> str:
    """A yes-or-no question followed by the case that it is all something else ("..., or
    was it all Chinese lawyers?") or someone else ("..., or is this somebody else?"), without
    that case: its answer answers both; any other text as typed."""
    if len(text) > PATTERN_MAX or " or " not in text:
        return text
    found = _ALL_INSTEAD.match(text)
    if found is None and any(w in text.lower() for w in ("else", "other", "some")):
        found = _ELSE_INSTEAD.match(text)
    return f"{found['first'].strip()}?" if found else text


_REMARK_AFTER = lazy_pattern(r"\?[ \t]+(?P<remark>[^?\d]{2,80}?)[.!]*[ \t]*$")
"""A remark typed after the question, with no question of its own ("...? Doesn't add up.")."""
_REMARK_WORDS = 8
"""The most words of such a remark."""


_ASKS_MORE = frozenset(
    "else other others more too also any anything anyone correct check confirm verify right "
    "true wrong sure".split()
)
"""Words by which a short sentence after a question asks for more, or to have it checked
("anything else", "correct me")."""


_REMARK_ASKS = frozenset(
    "and or also plus but only just except not name list give tell show explain describe "
    "please".split()
)
"""First words by which a sentence after a question asks more or narrows it ("Name them.",
"Only the women.")."""
_REMARK_MARKS = frozenset(
    "seems seem sounds looks doesn add weird odd strange suspicious inflated serving "
    "convenient hmm lol interesting surprising fishy hype bragging wow huge crazy wild "
    "impressive dubious unlikely".split()
)
"""Words of a remark judging what a question takes for granted ("Doesn't add up.", "Seems
self-serving.", "That seems inflated.")."""


def remark_after_dropped(text: str) -> str:
    """A question followed by a short remark that asks nothing ("Why did they call 2023 the
    40th anniversary? Doesn't add up.", "...? Seems self-serving."), without the remark;
    any other text as typed. (Applied before every reading, the premise of a "why" among
    them, not in `REWRITES`.)"""
    if len(text) > PATTERN_MAX or "?" not in text or text.rstrip().endswith("?"):
        return text
    found = _REMARK_AFTER.search(text)
    if found is None or len(words_of(found["remark"])) > _REMARK_WORDS:
        return text
    said = words_of(found["remark"])
    if set(said) & (QUESTION_WORDS | _ASKS_MORE) or (said[:1] and said[0] in _REMARK_ASKS):
        return text  # "...? and when", "...? anything else", "...? Name them.", "...? Only
        # the women.": asks again, or narrows what is asked
    if not set(said) & _REMARK_MARKS:
        return text  # a remark is a judgement of the question's premise ("Doesn't add up.")
    return text[: found.start() + 1]


_CLAIM_SOURCED = lazy_pattern(
    r"(?i)^\W*(?:my|our|the|a|an|this|one)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:notes?|draft|script|"
    r"source|editor|producer|friend|colleague|boss|research|brief|post|caption|headline|thread|tweet|"
    r"book|teacher|textbook|slides?|wiki|wikipedia|memo|summary|report)(?:['\u2019]s\s+[\w-]+)?\s+"
    r"(?:says|said|claims|claimed|states|stated|reads|has|had|mentions|suggests|puts\s+it)\s+"
    r"(?:that\s+)?(?P<claim>[^?]{8,300}?)(?P<tag>[.,!;\u2013\u2014-]+\s*[^?.]{0,40}\?)\s*$"
)
"""A claim credited to the asker's own source, then checked ("My producer's note says 2023
was the 30th anniversary. That's right, isn't it?")."""
_TAG_CHECKS = frozenset("right correct true accurate yes isn isnt wasn wasnt".split())
"""Words of a tag that checks a claim."""


def _claim_source_dropped(text: str) -> str:
    """A claim credited to the asker's own note, editor or draft, then checked, as the claim
    checked ("2023 was the 30th anniversary. That's right, isn't it?"); any other text as
    typed."""
    if len(text) > PATTERN_MAX or _first_word(text) not in _SOURCE_FIRST:
        return text  # (the pattern is compiled only for a text opening as it does, and
    if not any(k in text[-_TAIL:].lower() for k in _CHECK_TAIL_WORDS):  # ending in a check)
        return text
    found = _CLAIM_SOURCED.match(text)
    if found is None or not set(words_of(found["tag"])) & _TAG_CHECKS:
        return text
    return f"{found['claim'].strip()}{found['tag']}"


_SOURCE_AFTER = lazy_pattern(
    r"(?i)^(?P<claim>[^?]{8,300}?),\s+(?:says|said|claims|claimed|according\s+to|per)\s+"
    r"(?P<who>[^,.?!]{2,50}?)(?P<tag>[.!]\s*[^?.]{0,40}\?)\s*$"
)
"""A claim with a vague source after it, then checked ("X hit 1 billion yuan in 2018, says the
provincial guy. Accurate?")."""


def _source_after_dropped(lookup: Lookup, text: str) -> str:
    """A claim credited after it to a source the fact base does not name ("..., says the
    provincial guy. Accurate?") as the claim checked; a source it names (a person, a body)
    is kept, as whose words are checked too; any other text as typed."""
    if len(text) > PATTERN_MAX or not any(k in text[-_TAIL:].lower() for k in _CHECK_TAIL_WORDS):
        return text
    if not any(f", {v} " in text.lower() for v in ("says", "said", "claims", "claimed",
                                                   "according", "per")):  # fmt: skip
        return text
    found = _SOURCE_AFTER.match(text)
    if found is None or not set(words_of(found["tag"])) & _TAG_CHECKS:
        return text
    if read(lookup, found["who"]).mentions:  # "..., says Zhou Qing. Right?": his words
        return text
    return f"{found['claim'].strip()}{found['tag']}"


_BASE_VERBS = {
    "gave": "give", "cited": "cite", "reported": "report", "shared": "share",
    "presented": "present", "mentioned": "mention", "listed": "list", "named": "name",
    "quoted": "quote", "released": "release", "offered": "offer", "provided": "provide",
    "referred to": "refer to", "pointed to": "point to", "highlighted": "highlight",
}  # fmt: skip
"""Verbs of giving things said, past and plain ("gave": "give")."""

_THINGS_THEN_WHAT = lazy_pattern(
    r"(?i)^\W*(?P<subject>(?:[^.?!]|(?<=\bm[rs])\.|(?<=\bmrs)\.|(?<=\bdr)\.){3,80}?)\s+"
    r"(?P<verb>" + "|".join(_BASE_VERBS) + r")\s+"
    r"(?:(?:the\s+)?(?:success|successes|example|examples|case|cases)\s+of\s+)?"
    r"(?:some|a\s+few|several|the|two|three|a\s+couple\s+of)?\s*"
    r"(?P<things>(?:[\w-]+\s+){0,2}?(?:numbers|figures|"
    r"statistics|stats|data|examples|projects|initiatives|names|works|hits|films|titles|treaties|"
    r"countries|platforms|services|disputes|cases|games|songs|books))\b(?P<rest>[^.?!]{0,80})[.!]\s+"
    r"(?:(?:so\s+|and\s+)?(?:what|which)\s+(?:were|are)\s+(?:they|those|these|them)|"
    r"(?:what|which)\s+(?:were|are)\s+their\s+(?:exact\s+|full\s+|actual\s+)?(?:titles|names)|"
    r"(?:please\s+)?name\s+them)\W*$"
)
"""Things said to have been given, then what they were ("The Sichuan copyright chief gave
some local numbers for 2018. What were they?", "Ms. Liu Hua referred to the success of two
Chinese works. What are their exact titles?": their names, not anyone's post)."""


def _things_asked_back(text: str) -> str:
    """Things someone gave, said, then "What were they?", as the question of what they gave
    ("what local numbers did the Sichuan copyright chief give for 2018?"); any other text as
    typed."""
    if len(text) > PATTERN_MAX or ("?" not in text[-3:] and not text.endswith("them.")):
        return text  # (a question, or "Name them.")
    if not text.rstrip(" ?!.").lower().endswith(("they", "those", "these", "them", "titles",
                                                 "names")):
        return text  # (the pattern is compiled only for a text ending as it does)
    found = _THINGS_THEN_WHAT.match(text)
    if found is None:
        return text
    verb = _BASE_VERBS[found["verb"].lower()]
    subject = found["subject"].strip()
    if subject.split()[0].lower() in ("the", "a", "an", "this", "that", "our", "my"):
        subject = subject[0].lower() + subject[1:]  # not a name ("Liu Hua")
    return f"what {found['things']} did {subject} {verb}{found['rest']}?"


_ALOUD = lazy_pattern(
    r"(?i)^\W*(?:(?:really|true|accurate|correct|right|seriously)|is\s+(?:that|this|it)\s+(?:right|"
    r"true|correct|accurate|so)|what\s+(?:did|does)\s+(?:the|this)\s+(?:article|report|piece|text)\s+"
    r"(?:actually\s+|really\s+)?say(?P<more>,?\s+and\s+(?:what|how|who|when|where|which)\b[^?]{3,120}?)?)"
    r"\W*$"
)
"""A figure's check said on its own after the claim ("Really?", "What did the article
say?", "What did the article say, and how much of it was karaoke?")."""


def _claim_checked_aloud(text: str) -> str:
    """A figure claimed, then checked in a sentence of its own ("X made 230 million yuan in
    2024. Really? What was its ratio?", "X claimed 10 billion yuan. What did the article
    say, and how much of it was karaoke?") as the claim checked, then whatever more is
    asked ("X made 230 million yuan in 2024, right? What was its ratio?"); any other text
    as typed."""
    if len(text) > PATTERN_MAX or "?" not in text or not any(c.isdigit() for c in text):
        return text
    low = text.lower()
    if not any(w in low for w in ("really", "true", "accurate", "correct", "right", "seriously",
                                  "is that so", "article say", "report say")):  # fmt: skip
        return text
    sentences = sentences_of(text)
    for k in range(1, len(sentences)):
        found = _ALOUD.match(sentences[k])
        claim = " ".join(sentences[:k]).rstrip(" .!;")
        if found is None or not any(c.isdigit() for c in claim) or "?" in claim:
            continue
        rest = " ".join(sentences[k + 1 :])
        more = (found.groupdict().get("more") or "").strip(" ,")
        more = f" {more[0].upper()}{more[1:]}?" if more else ""  # "and how much ...": asked
        return f"{claim}, right?{more}{' ' + rest if rest else ''}"
    return text


_PURPOSE = lazy_pattern(
    r"(?i),?\s+(?:(?:because|since|as)\s+(?:i|we)\s+(?:want|need|have|would\s+like|am|must|"
    r"plan)\b[^?]{3,120}?|for\s+(?:my|our)\s+(?:[a-z]+\s+){0,2}?(?:paper|thesis|essay|article|"
    r"story|piece|report|notes|slides|class|seminar|exam|graphic|script)|so\s+that\s+(?:i|we)\s+"
    r"(?:may|can|might|could)\s[^?]{3,120}?|(?<=,\s)(?:the|that|this|such|its|their)\s"
    r"(?:[\w'-]+\s){0,3}(?!(?:for|of|by|after|before|without|since|in|on)\s)[\w'-]+\shaving\s"
    r"[^?]{3,150}?)"
    r"(?=\?\s*$)"
)
"""Why the asker asks, at the question's end (", because I want to cite the title correctly
in my seminar paper", "for my term paper", ", so that I may understand what followed"), or
a remark of theirs in an absolute clause (", the circumstances of that year having no doubt
made such gatherings rather exceptional")."""


_ASKED_BEFORE = 3
"""The fewest words a question asks before the reason after it."""


def _purpose_dropped(text: str) -> str:
    """A question without the asker's reason for asking at its end ("..., because I want to
    cite the title correctly in my seminar paper?"); any other text as typed."""
    low = text.lower()
    if len(text) > PATTERN_MAX or not any(w in low for w in (" because ", " since ", " as ",
                                                           " for my ", " for our ", " so that ",
                                                           " having ")):  # fmt: skip
        return text
    found = _PURPOSE.search(text)
    if found is None or len(words_of(text[: found.start()])) < _ASKED_BEFORE:  # the reason
        return text  # is a tail after the question
    return f"{text[: found.start()]}{text[found.end() :]}"


_QUESTION_LABEL = lazy_pattern(
    r"(?i)^\W{0,3}(?:(?:[a-z][\w'-]{0,20}\s{1,3}){0,2}(?:question|q|item|poser|teaser|bait|test|"
    r"trap|clue)(?:\s{1,3}(?:draft|idea))?\s{0,3}(?:no\.?\s{0,3})?\d{0,3}|(?:(?:the\s{1,3})?"
    r"(?:number|figure|stat|data|text)\s{1,3}for\s{1,3})?(?:the|my|our|a)\s{1,3}(?:on-air\s{1,3})?(?:graphic|chart|slide|caption|lower\s{1,3}third))"
    r"\s{0,3}[:\u2013\u2014-]{1,2}\s{1,3}(?=\S)"
)
"""A label opening a question ("Anniversary question:", "Bonus Q3 -", "Follow-up item:",
"Number for the graphic:", a quiz writer's "Trick question draft:", "Contestant bait:",
"Wrong-figure test:")."""


def _label_dropped(text: str) -> str:
    """A question without the label a quiz or a list of questions opens it with
    ("Anniversary question: which anniversary ...?" is "which anniversary ...?"); any other
    text as typed."""
    head = text[:48].lower()
    labels = ("question", "q", "item", "poser", "teaser", "graphic", "chart", "slide", "caption",
              "third", "bait", "test", "trap", "clue")  # fmt: skip
    if not any(w in head for w in labels) or (
        ":" not in head and "-" not in head and "\u2013" not in head and "\u2014" not in head
    ):
        return text
    found = _QUESTION_LABEL.match(text[:60])
    if found is None or len(text) - found.end() < 8:
        return text
    return text[found.end() :]


_TIME_CLAUSE = lazy_pattern(
    r"(?i)\b(?:when|while|as)\s+(?:he|she|they)\s+(?:was|were|is|are)\s+(?:introduced|listed|"
    r"named|presented)\s+among\s+the\s+\w+\s+(?:of|at|in)\s+"
)
"""A clause of when a post was held, by how the article lists the person ("as he is
introduced among the experts of the Xiamen training"). ("When she spoke at the forum" is
read as it is: her post at the forum.)"""
_POST_WORDS = ("office", "post", "position", "title", "role", "job", "function")


def _time_clause_placed(text: str) -> str:
    """A post asked "as he is introduced among the experts of" an event read as the post at
    that event ("Which position at WIPO does Ignacio de Castro hold, as he is introduced among
    the experts of the Xiamen training?"): the clause dates the post, it asks nothing of the
    listing; any other text as typed."""
    low = text.lower()
    if len(text) > PATTERN_MAX or not any(w in low for w in _POST_WORDS):
        return text
    if not any(f" {w} " in low for w in ("when", "while", "as")):
        return text
    return _TIME_CLAUSE.sub("at ", text, count=1)


_PERSON_WHICH = lazy_pattern(
    r"\b(?P<name>(?:[A-Z][\w'.\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]+),?\s+(?P<which>[Ww]hich)\s+"
    r"(?=(?:spoke|said|gave|told|led|took|was|is|has|had|[a-z]{2,20}ed)\b)"
)
"""A name followed by "which" and a verb ("Mr. Jiang Bo which spoke on blockchain"): "which"
used for "who", as some write English."""


def _which_of_person(lookup: Lookup, text: str) -> str:
    """ "which" after a person's name and before a verb ("Mr. Jiang Bo which spoke on X, is
    he from which company?") read as the "who" it stands for; any other text as typed."""
    if " which " not in text.lower() or len(text) > PATTERN_MAX:
        return text
    for found in _PERSON_WHICH.finditer(text):
        if _one_person(lookup, found["name"]):
            return f"{text[: found.start('which')]}who{text[found.end('which') :]}"
    return text


def _with_lookup(rewrite: Callable[[str], str]) -> Callable[[Lookup, str], str]:
    """A rewrite of the text alone, as one of the stage's (which may read the fact base)."""
    return lambda _lookup, text: rewrite(text)


REWRITES: tuple[tuple[str, Callable[[Lookup, str], str]], ...] = (
    ("purpose dropped", _with_lookup(_purpose_dropped)),  # "..., because I want to cite it
    # in my paper?": the question
    ("time clause placed", _with_lookup(_time_clause_placed)),  # "which office did
    # she hold when she was speaking at the forum": her office at the forum
    ("label dropped", _with_lookup(_label_dropped)),  # "Anniversary question: which ...?":
    # the question without its label
    ("which of person", _which_of_person),  # "Mr. Jiang Bo which spoke on X, is he from
    # which company?": "who spoke on X"
    ("attribution checked", _attribution_checked),  # "'X' - credited to Jiang Bo. Correct
    # speaker?": did Jiang Bo say X
    ("claim reported", _with_lookup(_claim_reported)),  # "Someone says X. What does NCAC
    # say?": is X true, per NCAC
    ("guess after dropped", _with_lookup(_guess_after_dropped)),  # "who spoke ...? i think
    # there were three, one from WIPO": the question, without the asker's guess after it
    ("rest asked whole", _with_lookup(_rest_asked_whole)),  # "which organizations ..., WIPO
    # and... the WTO? anything else": the whole list asked
    ("hedged figures dropped", _with_lookup(_hedged_figures_dropped)),  # "trading like 50
    # million yuan? what was the exact figure": the figure on record answers
    ("claim source dropped", _with_lookup(_claim_source_dropped)),  # "My producer's note
    # says X. That's right, isn't it?": X, checked
    ("source after dropped", _source_after_dropped),  # "X, says the provincial guy.
    # Accurate?": X, checked
    ("claim checked aloud", _with_lookup(_claim_checked_aloud)),  # "X made 230 million
    # yuan. Really? What was its ratio?": X, right? What was its ratio?
    ("things asked back", _with_lookup(_things_asked_back)),  # "X gave some numbers for
    # 2018. What were they?": what numbers X gave for 2018
    ("figure asked again", _with_lookup(_figure_asked_again)),  # "Thread says '500 people'
    # took part in X. What figure does the article give?": how many people took part in X
    ("hearsay set aside", _hearsay_set_aside),  # "A post says Liu Hua gave the first lecture
    # at the Shanghai training. Who actually delivered it?": who did, at that training
    ("all instead dropped", _with_lookup(all_instead_dropped)),  # "Was there one WIPO
    # staffer among them, or was it all lawyers?": whether there was one
    ("aside lead moved", _with_lookup(_aside_lead_moved)),  # "Apart from X, list ...": the
    # list, apart from X
    ("framing lead set", _with_lookup(_framing_lead_set)),  # "Given that X, who ...?": X
    # sets the scene ("X: who ...?")
)
"""The rewrites, in the order they are applied: each takes the text the one before gave."""


def rewritten(lookup: Lookup, text: str) -> str:
    """A question after every rewrite of `REWRITES`, in order."""
    for _, rewrite in REWRITES:
        text = rewrite(lookup, text)
    return text
