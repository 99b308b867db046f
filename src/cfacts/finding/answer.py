"""Answers a plain question with the facts that answer it, or says it cannot (`respond`).

A question is read (`question.read`) into what its words name; cue words choose the kind of
fact asked for (a number, who holds a role, who spoke or organized, what was said, when,
where, what something is); every year, place, organization, event and person it names
constrains the facts; and the answer is the list of facts (`AnswerLine`s) that satisfy them
all. Precision comes first: a word the question asks about that none of the facts accounts
for (an entity the fact base does not know, a role no record holds, a year with no value)
leaves the answer empty, and the nearest facts the fact base does hold are offered as
commands to try, never as the answer.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from itertools import combinations, dropwhile, pairwise, takewhile

from cfacts.factbase.kinds import UNITS
from cfacts.factbase.model import (
    DIRECT,
    Appearance,
    Claim,
    Event,
    Instrument,
    Milestone,
    Observation,
    Organization,
    Person,
    Quantity,
    Record,
    Role,
    Source,
    Statistic,
    Topic,
)
from cfacts.finding.answerlines import Lines, in_words
from cfacts.finding.choices import Offered, offered
from cfacts.finding.choices import held as choice_held
from cfacts.finding.choices import verdict as choice_verdict
from cfacts.finding.described import KIND_NOUNS
from cfacts.finding.fulltext import NAMED, FullText, record_texts, same_word, search, stem, terms
from cfacts.finding.lookup import Lookup
from cfacts.finding.matching import EXACT, Match, ratio
from cfacts.finding.question import (
    AND_ITS,
    AS_IN_ENGLISH,
    ASKER_WORDS,
    CLAUSE_VERBS,
    CONTINENTS,
    DEMONYMS,
    FUNCTION_WORDS,
    HALF_A,
    KIND_PHRASES,
    LATIN_AMERICA,
    QUESTION_WORDS,
    RESPELL_MIN,
    SHORT_FORMS,
    STOP,
    SUBREGION_WORDS,
    SUBREGIONS,
    TAG_WORDS,
    Mention,
    NameIndex,
    Place,
    Question,
    asked_twice,
    blanks_asked,
    checks,
    compounds_split,
    described,
    halved,
    inverted,
    is_count,
    letters_joined,
    lists_them,
    name_led,
    names_trailed,
    one_edit,
    ordinals_as_figures,
    read,
    said_plainly,
    sentences_of,
    stated,
    strange_names,
    told_of_asker,
    two_questions,
    unasked,
    words_of,
    written_as_on_record,
)
from cfacts.finding.request import Request
from cfacts.finding.views import NEAR_CUE, Amount, AnswerLine, Ref
from cfacts.finding.vocabulary import (
    _ABOVE,
    _BELOW,
    _COMPARING,
    _REACH,
    _SCALES,
    A_TALK,
    AGAINST,
    ALONE,
    AMOUNT_ASKED,
    ANY_POST,
    ASKED_PEOPLE,
    ASKING_FIRST,
    AT_EVENT_ACTS,
    ATTENDANCE,
    ATTENDING,
    AUTHORITY_KINDS,
    BARE_ASK,
    BEFORE_WHAT,
    BESIDES,
    BESIDES_PAIRS,
    BOUNDS,
    BROUGHT_IN,
    BUSINESS_KINDS,
    CHAIR_VERBS,
    CHANGE,
    CHECK_WORDS,
    CLAIMED,
    CLIMB_WORDS,
    COMPARATIVES,
    COMPASS_WORDS,
    CREATIVE_FIELDS,
    CREDITED,
    CREDITING,
    CURRENCY_WORDS,
    DELEGATES,
    DIRECTIONS,
    DIRECTIONS_DOWN,
    DIRECTIONS_UP,
    EARLIER,
    EARLY_WORDS,
    EMPHATIC,
    EVENT_KIND_WORDS,
    EVENT_TIMES,
    EVERY_SIDE,
    FALLS,
    FIGURE_NOUNS,
    FORCE_WORDS,
    GENDER_WORDS,
    GENDERED,
    GENERIC,
    GIVING,
    GOT,
    GROUP_WORDS,
    GROWTH,
    GUEST_WORDS,
    HEADS_DID,
    HELD_WORDS,
    HOST_NOUNS,
    HOW_BIG,
    INSTRUMENT_KINDS,
    INSTRUMENT_WORDS,
    INTERVIEW_WORDS,
    LEAD_VERBS,
    LEANING,
    LECTURE,
    LESS_WORDS,
    LISTING,
    MEASURE_KINDS,
    MEMBER_TITLES,
    MENTIONED_AT,
    MODALS,
    MODIFIERS,
    MONTH_PARTS,
    MORE_WORDS,
    MOVES,
    NATIONAL,
    NATIONALS,
    NEAR_ASKING,
    NEAR_FOCUS,
    NOT_AFFIRMED,
    NOT_ONLY_PEOPLE,
    NOUN_BEFORE,
    NUMBER,
    NUMBER_VERBS,
    OCCASIONS,
    ONE_ASKED,
    ONE_EACH,
    ORG_KIND_WORDS,
    ORG_NOUNS,
    ORG_PLURALS,
    ORG_WORDS,
    ORGANIZE,
    PARAPHRASES,
    PASSED,
    PEOPLE_EPITHETS,
    PEOPLE_NOUNS,
    PERSON_KINDS,
    PHRASES,
    PLACE_ASKED,
    PLACE_EPITHETS,
    PLACE_NOUNS,
    PLACE_PLURALS,
    POST_NOUNS,
    PRAISE,
    PROFILE_NOUNS,
    PROMOTED,
    PRONOUNS,
    PROPER_TITLE,
    QUALIFIERS,
    RANKING,
    REFERRED,
    REPORTING,
    REPORTING_VERBS,
    RISES,
    ROLE_NOUNS,
    ROLE_TITLES,
    ROSTER,
    SAID_THAT,
    SCOPE_STANDARDS,
    SENDING,
    SERIES_WORDS,
    SHARE_OF,
    SIDE_WORDS,
    SIGNIFICANCE,
    SOMEONE,
    SOURCE_NOUNS,
    SPANS,
    SPEAKER_NOUNS,
    SPEAKING,
    SPOKE,
    SPOKESPEOPLE,
    STARTED,
    STATEMENT,
    SUBJECT_WORDS,
    SUCCESSION,
    SUPERIORS,
    TAKE_WORDS,
    TALK_NOUNS,
    TALKS_HELD,
    THEN,
    TIME_OF,
    TITLE_ASKED,
    TITLE_BEFORE,
    TITLE_SYNONYMS,
    TOP_TITLES,
    TOPIC_ASKED,
    TRADE_PACTS,
    TRADE_TAKING,
    TURNOUT_COMPARED,
    TURNOUT_FEWER,
    TURNOUT_SIZED,
    VENUES,
    VISIT_WORDS,
    WAYS,
    WH_ASKED,
    WH_FIRST,
    WHEN,
    WHERE,
    WHOLE_WORDS,
    YEAR_BEFORE,
    YES_NO,
)
from cfacts.frozen import field_names, replace, value
from cfacts.lazyre import lazy_pattern
from cfacts.sanitize import shell_quoted
from cfacts.textnorm import COUNT_WORDS, MONTH_NAMES, fold, vocabulary_words

MAX_LINES = 12
NAME_WORDS_MAX = 4
"""Words at most in a name asked of again ("... and Ran Handong?")."""
AFFIRMING = frozenset({"claim", "milestone", "appearance", "observation"})
"""The kinds of fact whose holding every word of a yes-or-no question reads as "Yes"."""
SOURCE_VERBS = MENTIONED_AT | {"mentions", "cites", "says", "said", "notes", "refers", "names"} | {
    "say", "give", "gives", "place", "places", "put", "puts", "attribute", "attributes",
    "ascribe", "ascribes", "assign", "assigns", "associate", "associates",
}  # fmt: skip (not "call" nor "describes": "why does the article call copyright a language",
# "the article describes how infringements changed" ask what it says)
"""Verbs after "the ... article" that only say which article holds it ("... the Shanghai
article mentions", "what title does the report give her")."""
_SOURCE_ADVERBS = frozenset({"actually", "really", "exactly", "precisely", "itself", "also"})
"""Words between an article and its verb ("does the article actually place him")."""
POST_ASKED = frozenset(ORG_NOUNS) | {
    "post", "title", "job", "role", "position", "employer", "affiliation", "occupation",
    "profession", "company", "firm", "university", "organisation", "organization",
    "enterprise", "group",
}  # fmt: skip
"""Nouns that ask which body or post someone has ("which organisation is he with")."""
AFFIRMED_EVENT_WORDS = 4
"""Words at most a yes-or-no question may ask of an event for its record to read "Yes"."""
GROUP_WORDS_MAX = 4
"""Words at most between "how many" and those who came that name a group ("Chinese and
foreign guests")."""
CARDS = 5
"""The cards shown behind an answer found by its words (`search --limit`)."""
RECALL = 60
"""Full-text hits read before every word of the question is checked against each fact."""
"""An answer lists at most this many facts (a list of speakers is seldom longer)."""


LINKS = frozenset(
    (a, b)
    for pair in (
        "make up, makes up, made up, lead to, leads to, led to, leading to, account for, "
        "take effect, takes effect, took effect, "
        "accounts for, accounted for, come from, comes from, came from, take place, takes place, "
        "stack up, stacks up, stacked up, in english, take part, taking part, took part, "
        "took place, taking place, set out, sets out, co host, co hosted, co organised, "
        "co organized, follows up, follow up, followed up, following up, corresponds to, "
        "correspond to, corresponded to, amounts to, amounted to, work out, works out, "
        "worked out, add up, adds up, added up, translate into, translated into, "
        "translates into, equate to, equated to, equates to, as results, as outcomes, "
        "as fruits, as products, as achievements, consist of, consists of, consisted of, "
        "comprised of, composed of, is of, came to, come to, comes to"
    ).split(", ")
    for a, b in [pair.split()]
)
"""Verb phrases that only link the words around them ("what share do exports make up")."""
MONTHS = frozenset(m.lower() for m in MONTH_NAMES)
SCENE_WEIGHT = 0.25
"""What a word of the scene set before a question weighs in choosing a statistic, against a
word of the question proper ("Updating my GDP-share timeline: what was the added value")."""


@value(frozen=True)
class Reply:
    """The answer to a question: the facts that answer it, best first, and the lookup whose
    cards back them; or, with no facts, why not and commands that find what is near."""

    lines: tuple[AnswerLine, ...]
    request: Request | None
    entity: Ref | None = None
    year: int | None = None
    cues: tuple[str, ...] = ()
    tries: tuple[str, ...] = ()
    names: tuple[str, ...] = ()


_BODY_DESCRIBED = {
    "chinese": "china", "china": "china", "government": "government",
    "governmental": "government", "state": "government", "agency": "agency",
    "intergovernmental": "intergovernmental", "international": "intergovernmental",
    "authority": "government", "authorities": "government", "administration": "government",
    "organization": "", "organisation": "", "body": "", "institution": "",
}  # fmt: skip
"""Words that describe a body by the country and kind on record ("the Chinese government":
a government agency of China), each with the word of its record that bears it out."""

_POST_VERBS = frozenset(
    "works work working worked teaches teach teaching taught serves serving served employed "
    "based sits".split()
)
"""Words that say someone holds a post, whatever it is ("teaches at", "works for")."""

_SUPERLATIVES = frozenset({"biggest", "greatest", "largest", "main", "primary", "chief"})
"""Words with which a claim says which one thing is first of its kind ("the biggest threat")."""

_BESIDE_MOST = frozenset({"single", "very", "itself", "themselves", "alone", "really"})
"""Words that go with a superlative and name nothing ("AI itself is the single biggest")."""

_REPORTED = frozenset({"said", "says", "say", "claimed", "claims", "thinks", "think", "named"})
"""Words after which a claim's own words begin ("Jia Ding said AI is ...")."""

_SUBJECT_MOST = 3
"""The most words of what a claim names as the biggest, for it to be checked."""

_LEVEL_AFTER = frozenset({"than", "the", "global", "world", "average", "national", "par"})
"""Words after "above", "below", "more", "less" that make them a level ("below global
average"), not "under its terms" or "one more country"."""

_BARE_CHECK = 3
"""The most words, besides words for checking, of a question after a scene that asks only
whether the scene holds ("does the article back that?")."""

_GOING = frozenset({("going",), ("gone",), ("went",), ("goes",), ("go",), ("gotten",)})
"""The word before "up" or "down" that makes it a way things move ("going up")."""

_CAUSE_WORDS = frozenset({"thanks", "because", "due", "owing", "driven", "fuelled", "fueled"})
"""Words after which a claim names what drives a change, not the thing that changes."""

_CLAUSE_BREAKS = frozenset({"while", "whereas", "but", "although", "though", "yet"})
"""Words that join two clauses a fact may say opposite ways ("radio income is declining
while streaming revenue rises")."""

_COUNTING = frozenset({"number", "count", "total", "tally", "figure"})
"""Words that ask a count itself ("what is the number of treaties"), not which ones."""

_AGAINST_YEAR_BEFORE = (
    r"(?i)\bcompar\w*\s+(?:with|to|against)\s+(?:the\s+|a\s+)?(?:previous|prior|preceding|last|"
    r"year\s+before)\b|\b(?:versus|vs\.?)\s+(?:the\s+)?(?:previous|prior|preceding)\s+year\b"
)
"""A figure asked against the year before ("how did the 2024 revenue compare with the
previous year"): the figure and its growth, not the growth alone."""
_AUXILIARIES = tuple(
    (w,) for w in "does did do is are was were has have had can could will would".split()
)
"""Words after a noun asked that make it the object of what follows ("which bodies does China
support"), not its subject."""
_PEOPLE_ASKED = frozenset(
    "person individual interviewee speaker speakers expert experts lecturer lecturers".split()
)
"""Nouns that ask for people by name: a fact naming no one does not answer them."""
_NAMING = frozenset({"which", "name", "names", "list", "identify", "enumerate", "specify"})
"""Words that ask which things a count is of ("name the eight treaties")."""

_COUNTED = {
    **{w: n for n, w in enumerate(COUNT_WORDS) if n > 1},
    **{str(n): n for n in range(2, 100)},
}
"""A number before a plural ("the eight treaties", "the 29 countries"): a set counted."""

class Refused(Exception):
    """The question asks something the fact base cannot satisfy (the reason, in words)."""


def respond(lookup: Lookup, text: str, *, respell: bool = True) -> Reply:
    """The facts that answer a question, or an empty answer with what to try instead; a
    "Yes" only where they bear out every number it states (`_numbers_borne`) and the person
    it names (`_person_borne`)."""
    text = written_as_on_record(text)  # "14 000 members": 14,000; "9 and 12 per cent"
    text = blanks_asked(text)  # "Fill in: MCSC had more than ___ members": how many
    choices = offered(text)  # "... in 2021 - 7.35%, 7.44% or 7.5%?": the question without
    if choices is not None:  # its choices, then which of them its facts hold
        chosen = _chosen(respond(lookup, choices.base, respell=respell), choices)
        named = read(lookup, choices.base).mentions if not chosen.lines else ()
        people = {m.best.id for m in named if m.kind == "person"}  # (read only when needed)
        if len(people) == 1:  # "Yan Bo, the film and TV rights speaker - CCTV, Tencent or
            person = lookup.store.get("person", next(iter(people)))  # SMG?": his posts,
            if isinstance(person, Person):  # which hold one of them or none
                asked = respond(lookup, f"Who is {person.name}?", respell=False)
                chosen = _chosen(asked, choices)
        if chosen.lines:
            return chosen
    reply = _checked_reply(lookup, text, respell=respell)
    if reply.lines:
        return reply
    premise = _premise_denied(lookup, text, respell=respell)
    if premise is not None:
        return premise
    kept = _aside_kept(text)  # "X = dir of WOC? (shanghai trng)": the words in brackets
    if kept != text:  # read as part of the question, when it is not answered without them
        again = _checked_reply(lookup, kept, respell=respell)  # ("(listeners will ask, trust
        if again.lines:  # me)" is no part of it)
            return again
    plain = _brackets_dropped(text)  # "... in how many years at that point (was it 10? 20?
    if plain == text:  # more?)": what the brackets add, guessed or remarked, asks nothing
        return reply  # the question does not
    dropped = " ".join(re.findall(r"\(([^()]{0,300})\)", text))
    if any(m.best.score >= EXACT and m.kind != "event" for m in read(lookup, dropped).mentions):
        return reply  # "trade negotiations (RCEP and FTAs)": what the brackets name by name
        # is part of what is asked (not "(... said it at the forum ...)")
    without = _checked_reply(lookup, plain, respell=respell)
    if without.lines:
        return replace(without, cues=(*without.cues, "read without the words in brackets"))
    return reply


_WHY = r"(?i)^\W*why\s+(did|does|do|has|have|had|is|was|were|are)\s+([^?]{3,200}?)[\s?!.]*$"
"""A question why something happened ("why did China's share of GDP shrink between 2017
and 2021?"): the auxiliary and what it takes for granted."""


def _premise_denied(lookup: Lookup, text: str, *, respell: bool) -> Reply | None:
    """The reply to a question why something happened that did not ("why did the share
    shrink ...?": "No: ... 7.35% in 2017 to 7.41% in 2021"), as what it takes for granted,
    asked yes or no, is answered; None when that holds or cannot be told (why is not on
    record)."""
    asked = re.match(_WHY, text) if len(text) <= _PATTERN_MAX else None
    if asked is None:
        return None
    checked = _checked_reply(lookup, f"{asked[1]} {asked[2]}?", respell=respell)
    if not checked.lines or not re.match(r"No\b", checked.lines[0].text):
        return None
    return replace(checked, cues=(*checked.cues, "what the question takes for granted"))


def _brackets_dropped(text: str) -> str:
    """A question without the words it puts in brackets ("which countries sent officials (a
    few Asian ones and Russia I think?)"); as typed when it has none."""
    if "(" not in text or len(text) > _PATTERN_MAX:
        return text
    plain = re.sub(r"\s*\(([^()]{0,300})\)", _bracket_dropped, text)
    plain = re.sub(r"\s*\(([^()]{0,300})$", _bracket_dropped, plain)  # one left open
    return plain.strip() or text


def _bracket_dropped(found: re.Match[str]) -> str:
    """Nothing for a bracket's words that ask nothing of their own; the bracket as typed when
    they ask (a question word: "(how many times held before)"), name a currency ("(in RMB)")
    or are a word or two ("(year)"): part of what is asked."""
    said = words_of(found[1])
    if len(found[1].split()) <= 2 or set(said) & (
        QUESTION_WORDS | AMOUNT_ASKED | {"usd", "dollar", "dollars"}
    ):
        return found[0]
    return ""


def _chosen(reply: Reply, choices: Offered) -> Reply:
    """The reply to a question without its choices, led by which of them its facts hold
    ("Of the choices given: 8.48 trillion (our reading): ..."), the line that holds the first
    of them first; empty when the reply is, or its first line is a verdict of its own."""
    lines = list(reply.lines)
    if not lines or lines[0].text.startswith(("Yes", "No", AFFIRMED)):
        return replace(reply, lines=())
    every = [x.text for x in lines]
    texts = every
    if not (choices.plural or choices.negated):  # one asked: the first line that holds any,
        texts = next(([t] for t in every if any(choice_held([t], o) for o in choices.options)),
                     every[:1])  # fmt: skip  (a choice of two, "NCAC and WIPO", in every one)
    held = [o for o in choices.options if choice_held(every if " and " in o else texts, o)]
    posts = all(x.kind in ("role", "person") for x in lines)  # a post answers which body or
    asked = set(words_of(choices.base))  # title, not "since when" nor "which campaign"
    if not held and posts and (not asked & _CHOICE_OF_POST or asked & _CHOICE_NOT_OF_POST):
        return replace(reply, lines=())
    if not held and not all(re.search(r"\d|\b[A-Z]", o) for o in choices.options):
        return replace(reply, lines=())  # "stated flat or with a hedge?": no names or figures
        # to rule out, so "none of them" is not ours to say
    first = next((x for x in lines if held and choice_held([x.text], held[0])), lines[0])
    if choices.negated:
        first = lines[0]
    said = choice_verdict(choices.options, held, negated=choices.negated)
    rest = [x for x in lines if x is not first]
    return replace(reply, lines=(replace(first, text=f"{said}: {first.text}"), *rest))


_CHOICE_OF_POST = frozenset(
    "firm company organisation organization university employer title post position job role "
    "work works body society who".split()
)
"""Words of a question whose choices a person's posts can rule out ("Geoff Hussey's firm -
Boss & Young, Maucher Jenkins or CISAC?")."""
_CHOICE_NOT_OF_POST = frozenset("since when year campaign treaty award dispute".split())
"""Words of a question whose choices no post rules out ("Since when has she headed it - 2014,
2017 or 2019?")."""


def _checked_reply(lookup: Lookup, text: str, *, respell: bool) -> Reply:
    """`respond` for one reading of the question, then each of `_REPLY_CHECKS` in turn (each
    leaves a reply with no lines as it is)."""
    reply = _respond(lookup, text, respell=respell)
    for check in _REPLY_CHECKS:
        reply = check(lookup, reply, text)
    return reply


def _name_and_post_named(lookup: Lookup, reply: Reply, text: str) -> Reply:
    """A reply to "name and post" refused when none of its lines names a person ("ARIPO at
    the Chengdu forum - who was there, name and post?": no one is named)."""
    if reply.lines and re.search(_NAME_AND_POST, text[:_PATTERN_MAX]) and not any(
        _names_a_person(lookup, x) for x in reply.lines
    ):
        return Answerer(lookup, text).refusal("no one of them is on record by name")
    return reply


_NAME_TAIL = (
    r"(?i)[-\u2013\u2014:,]\s*(?:(?:the|its|their|his|her)\s+)?(?:full\s+)?names?\s*\?*\s*$"
)
"""A name asked for after a dash ("Finland CMO at Chengdu - name?"), which no verdict gives."""


def _name_not_a_verdict(lookup: Lookup, reply: Reply, text: str) -> Reply:
    """A reply refused when a name is asked for ("Finland CMO at Chengdu - name?") and it
    gives only a verdict ("Yes (our reading): Finland was represented"): a name is no yes."""
    if not reply.lines or not reply.lines[0].text.startswith(("Yes", "No")):
        return reply
    if re.search(_NAME_TAIL, text[-40:]) is None:
        return reply
    return Answerer(lookup, text).refusal("no name is on record for what is asked")


_THEM_LISTED = (
    r"(?i)\bwhat\s+(?:are|were)\s+(?:they|them|those)\b|\b(?:name|list)\s+(?:them|those|each\s+of"
    r"\s+them)\b|\bwhich\s+(?:are|were)\s+(?:they|those)\b|\bthe(?:ir)?\s+names\b(?!\s+of\s+the"
    r"\s+(?!two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b))|\bnames?\s+"
    r"of\s+(?:all\s+)?(?:the\s+)?(?:them|those|these|two|three|four|five|six|seven|eight|nine|"
    r"ten|\d{1,2})\b|\b(?:name|list)\s+all\s+(?:the\s+)?(?:two|three|four|five|six|seven|eight|"
    r"nine|ten|\d{1,2})\b"
)
"""Things counted before, asked for one by one ("the eight treaties China has joined - what
are they all?", "... - names of all eight please")."""


def _counted(words: Sequence[str], *, singular: bool = False) -> set[tuple[int, str]]:
    """Each count with the plural it counts, within three words ("eight copyright treaties":
    (8, "treaty"), by stem); with ``singular``, any word it may count, as a reader dropping
    plurals writes it ("eight international copyright treaty")."""
    return {
        (_count(w), stem(after))
        for i, w in enumerate(words) if w.isdigit() or w in COUNT_WORDS
        for after in words[i + 1 : i + 4]
        if after.isalpha() and (_plural(after) or (singular and after not in STOP))
    }  # fmt: skip


def _them_not_listed(lookup: Lookup, reply: Reply, text: str) -> Reply:
    """A reply refused when the things a question counts are asked for by name and it gives
    one statement or figure, no list ("the eight copyright treaties China has joined - what
    are they all?": the articles give the count, never the treaties)."""
    if len(reply.lines) != 1 or reply.lines[0].kind not in ("claim", "observation"):
        return reply
    if len(text) > _PATTERN_MAX or re.search(_THEM_LISTED, text) is None:
        return reply
    if not _counted(words_of(text), singular=True) & _counted(words_of(reply.lines[0].text)):
        return reply  # the line names them ("Black Myth: Wukong and Ne Zha 2"), not only how
        # many there are ("eight copyright treaties")
    return Answerer(lookup, text).refusal("the articles give how many, not which they are")


_PERCENT_ASKED = (
    r"(?i)\b(?:how\s+(?:much|many)|what|which)\s+(?:a\s+)?(?:percent(?:age)?|per\s*cent|%)"
    r"(?!\s*(?:of|did|does|has|was|is)\b)|\b(?:in|as\s+a)\s+(?:percent(?:age)?|per\s*cent)\b"
)
"""A question asking for a percentage ("how much percent?", "in percent"), not "what
percentage of X did Y" (a share, which a count may not be the answer to either, but which
reads its own way)."""


def _percent_not_given(lookup: Lookup, reply: Reply, text: str) -> Reply:
    """A reply refused when the question asks for a percentage and every line is a figure in
    another unit ("MCSC distribution ratio to members in 2024, how much percent?": MCSC's
    membership is a count of members, and no ratio of MCSC's is on record)."""
    lines = reply.lines
    if not lines or len(text) > _PATTERN_MAX or re.search(_PERCENT_ASKED, text) is None:
        return reply
    if any(line.value is None or line.value.unit == "percent" or "%" in line.text
           for line in lines):  # fmt: skip
        return reply
    if any(line.text.startswith(("Yes", "No", "Not")) for line in lines):
        return reply  # a verdict on a figure stated
    units = ", ".join(dict.fromkeys(line.value.unit for line in lines if line.value is not None))
    return Answerer(lookup, text).refusal(
        f"it asks for a percentage; the figures on record for that are in {units}"
    )


def _asked_of_unknown(lookup: Lookup, reply: Reply, text: str) -> Reply:
    """A reply refused when a question before the one asked names what the fact base does
    not know ("MCSC has a reciprocal contract with SACEM? since which year?": what follows
    asks about SACEM, which no fact names, not about MCSC's other dates)."""
    if not reply.lines or text.count("?") < 2 or len(text) > _PATTERN_MAX:
        return reply
    sentences = sentences_of(text)
    if len(sentences) < 2:
        return reply
    names = [  # an abbreviation in a question before the last, not "Australian"
        n for said in sentences[:-1] if said.rstrip().endswith("?")
        for n in re.findall(r"\b[A-Z]{3,}\b", said)
    ]  # fmt: skip
    if not names:
        return reply
    asked = Answerer(lookup, text)
    known = NameIndex.of(lookup).abbreviations  # "CISAK": CISAC mistyped, not unknown
    unknown = [
        n for n in names
        if asked._unheld(fold(n)) and not asked._a_place_word(fold(n))
        and not one_edit(fold(n)) & known
    ]  # fmt: skip
    return asked.refusal(f"nothing on record names {unknown[0]}") if unknown else reply


def _why_not_a_figure(lookup: Lookup, reply: Reply, text: str) -> Reply:
    """A figure never answers a grammatical "why did ...": "why did it rise?" is refused (a
    figure says how much, never why), "Why did MCSC licensing revenue decrease in 2024?" is
    answered "No" when it rose; "Why MCSC revenue decreased?" is left to its figures."""
    if (
        reply.lines
        and len(text) <= _PATTERN_MAX
        and re.match(_WHY, text)
        and all(x.kind == "observation" for x in reply.lines)
        and not reply.lines[0].text.startswith("No")
    ):
        return Answerer(lookup, text).refusal("the figures on record do not say why")
    return reply


_OPENING = (
    r"(?i)\b(?:the\s+)?(opening|first|keynote|inaugural)\s+(lecture|speech|talk|address|"
    r"presentation|session|remarks)s?\b"
)
"""A talk asked for as the one that opened an event ("who delivered the opening lecture")."""
_OPENED_WORDS = r"\bopen(?:ed|ing)\b(?![\s-]+up\b)(?!\s+ceremony\b)"
_OPENED = {
    "opening": _OPENED_WORDS,
    "first": _OPENED_WORDS,
    "keynote": r"\bkeynote\b",
    "inaugural": _OPENED_WORDS,
}
"""How a fact says that a talk opened an event, by the word asked ("opened the lecture
series"; not China's "opening-up", nor a talk given at an opening ceremony)."""

_ASIDE_REACH = 40
"""How far before an opening talk asked a word setting it aside is looked for."""


def _first_of_its_kind(lookup: Lookup, reply: Reply, text: str) -> Reply:
    """The reply to who gave the opening (first, keynote) talk, kept to the facts that say
    it opened; refused when none does ("the opening lecture at the Xiamen training": its
    lecturers are on record, not which of them came first)."""
    asked = re.search(_OPENING, text[:_PATTERN_MAX]) if reply.lines else None
    if asked is None or re.search(r"(?i)\bopening\s+ceremony\b", text[:_PATTERN_MAX]):
        return reply
    before = text[max(0, asked.start() - _ASIDE_REACH) : asked.start()]
    if re.search(r"(?i)\b(?:besides|except|excluding|other\s+than|apart\s+from|not)\b", before):
        return reply  # "the experts, besides the one who gave the first lecture": set aside
    if any(x.kind not in ("appearance", "claim") for x in reply.lines):
        return reply  # "Gao Hang, who gave the first lecture, what is her title?": her post
    if any(m.kind == "person" for m in read(lookup, text).mentions):
        return reply  # "In his Chengdu opening speech, what did Yu Cike say ...": his words
    said = _OPENED[asked[1].lower()]
    if asked[2].lower() in ("speech", "address", "remarks") and asked[1].lower() != "keynote":
        said = r"\bopening\s+(?:ceremony|session|meeting)\b"  # "the opening speech at the
        # Chengdu forum": a speech at its opening ceremony
    def opened(record: Record | None) -> bool:
        if record is None:
            return False
        said_so = any(re.search(said, t, re.IGNORECASE) for f, t in record_texts(record)
                      if f in ("summary", "description"))  # fmt: skip
        if said_so or not isinstance(record, Claim) or not record.person:
            return said_so
        return any(  # a statement made in a talk its speaker's appearance says opened
            opened(a) for a in lookup.rel.appearances_of_person(record.person)
            if a.event == record.event
        )

    kept = [x for x in reply.lines if opened(lookup.store.get(x.kind, x.id))]
    if not kept:
        return Answerer(lookup, text).refusal(
            f"no fact on record says which was the {asked[1].lower()} one"
        )
    return replace(reply, lines=tuple(kept))


_NAME_AND_POST = (
    r"(?i)\bnames?\s*(?:and|&|\+|,|/)\s*(?:(?:their|his|her|the)\s+)?(?:posts?|titles?|positions?|"
    r"roles?|jobs?)\b"
)
"""A person's name and post asked for ("who was there, name and post?")."""


def _names_a_person(lookup: Lookup, line: AnswerLine) -> bool:
    """Whether an answer line is of a person, or of a record that names one."""
    if line.kind == "person":
        return True
    record = lookup.store.get(line.kind, line.id)
    return bool(getattr(record, "person", None))


_SAID_WHAT = (
    r"(?i)^(?!\W*(?:is|was|are|were|did|does|do|has|had|have|can|could|would|will|should)\b)"
    r"(?=.{0,200}\bwhat\b).{0,200}\b(?:say|said|says|saying|stated|remarks?)\b"
)
"""A question that asks what was said, not whether it was ("Yucike said what at the opening
ceremony about ...", "what did Yu Cike say about ..."; not "did he say ...?")."""


def _own_words_added(lookup: Lookup, reply: Reply, text: str) -> Reply:
    """The reply to what one person said, with the article's direct quotation of their words
    at the same event (`speech = "direct"`, proven whole by `check --sources`) after our
    summary of it, when the quotation shares a word of what is asked: a reader who asks what
    was said gets the words said, in quotation marks, beside our summary (labelled as ours)."""
    if not reply.lines or len(text) > _PATTERN_MAX or not re.search(_SAID_WHAT, text):
        return reply
    said = [lookup.store.get(x.kind, x.id) for x in reply.lines]
    spoken = [r for r in said if isinstance(r, (Claim, Appearance))]
    if len(spoken) < len(said) or len({r.person for r in spoken}) != 1 or not spoken[0].person:
        return reply  # one speaker's statements or appearances only
    person = spoken[0].person
    events = {r.event for r in spoken if r.event}
    shown = {x.id for x in reply.lines}
    name = set(words_of(_person_name(lookup, person)))
    asked = {w for w in words_of(text) if len(w) > 3 and w not in STOP and w not in name}
    asked -= {"said", "says", "saying", "stated", "remark", "remarks"}
    quoted = [
        c for c in lookup.store.all("claim")
        if isinstance(c, Claim) and c.person == person and c.speech == DIRECT
        and c.event in events and c.id not in shown
        and asked & {w for t in (c.summary, *c.evidence[0].spans) for w in words_of(t)}
    ]  # fmt: skip
    if not quoted:
        return reply
    lines = Lines(lookup)
    return replace(reply, lines=(*reply.lines, *(lines.claim(c) for c in quoted)))


_WHAT_SAID = (
    r"(?i)^\W*what\s+(?:did|does|do|has|had)\s+(.{2,60}?)\s+(?:say|said|think|thought|feel|"
    r"make|mention|propose|suggest)\b"
)
"""A question what one named person said or thought ("what did Liu Hua think of Wen
Huasheng's labeling idea"): the group before the verb is who."""


def _speaker_borne(lookup: Lookup, reply: Reply, text: str) -> Reply:
    """The reply to what one named person said, refused when its statements are all another
    person's ("what did Liu Hua think of Wen Huasheng's labeling idea": his proposal, not a
    word of hers)."""
    asked = re.match(_WHAT_SAID, text) if len(text) <= _PATTERN_MAX and reply.lines else None
    if asked is None:
        return reply
    named = [m for m in read(lookup, asked[1]).mentions if m.kind == "person"]
    people = {m.best.id for m in named}
    if len(people) != 1 or any(m.best.score < EXACT for m in named):
        return reply  # "CAVCA's Zhou": a surname that may be either Zhou, read with the rest
    said = [lookup.store.get(x.kind, x.id) for x in reply.lines]
    spoken = [r for r in said if isinstance(r, (Claim, Appearance))]
    if not spoken or len(spoken) < len(said):
        return reply
    if any(getattr(r, "person", None) in people for r in spoken):
        return reply
    name = _person_name(lookup, next(iter(people)))
    return Answerer(lookup, text).refusal(f"no statement of {name}'s on that is on record")


_CHOICE = (
    r"(?i)\b(?!(?:yes|y|true|t|right|correct|fact|real)\s+or\s+(?:no|n|false|f|wrong|not|"
    r"fiction|fake|myth)\b)\w+\s+or\s+(?!(?:not|somewhere|something|someone|somebody|"
    r"anywhere|elsewhere|else|otherwise|what|so|thereabouts|nah|nope|no)\b)\w+"
)
"""Two things offered with "or" ("MCSC's revenue or its growth rate"), not a tag ("yes or
no", "y or n", "fact or fiction", "or not") nor a vague other ("or somewhere else")."""


def _figure_of_another_year(lookup: Lookup, reply: Reply, text: str) -> Reply:
    """The reply to a figure denied for the year asked ("7.41% of GDP - the 2023 number?":
    "No, not 7.41%: ... 2023: 7.44%") with the year the figure stated is on record for
    beside it (2021: 7.41%)."""
    lines = reply.lines
    if not lines or not lines[0].text.startswith("No, not ") or lines[0].kind != "observation":
        return reply
    first = lookup.store.get("observation", lines[0].id)
    if not isinstance(first, Observation):
        return reply
    stated = [n for n in _numbers_said(text) if n.shape != "year"]
    shown = {x.id for x in lines}
    others = [
        o
        for o in lookup.store.related("observation", "statistic", first.statistic)
        if isinstance(o, Observation) and o.id not in shown
        and any(_same_value(n, h) for n in stated for h in _numbers_said(o.value.as_written))
    ]  # fmt: skip
    if not others:  # "CAVCA got 477 million yuan in 2024, correct?": the figure is MCSC's
        others = [
            o
            for o in lookup.store.all("observation")
            if isinstance(o, Observation) and o.id not in shown and o.value is not None
            and o.statistic != first.statistic and _distinctive(o.value.as_written)
            and any(_same_value(n, h) for n in stated for h in _numbers_said(o.value.as_written))
        ][:_OTHERS_SHOWN]  # fmt: skip
    if not others:
        return reply
    said = Lines(lookup)
    return replace(reply, lines=(lines[0], *(said.observation(o) for o in others), *lines[1:]))


def _distinctive(written: str) -> bool:
    """Whether a figure as written is unlikely to be another's by chance ("477 million yuan",
    "7.41%"; not "11%" or "29 countries")."""
    return bool(re.search(r"(?i)\b(?:million|billion|trillion)\b|\d\.\d", written))


def _choice_unjudged(reply: Reply, text: str) -> Reply:
    """The reply without a "Yes" on its first line when the question offers a choice ("Is
    11% MCSC's revenue or its growth rate?"): the fact says which, not yes."""
    lines = reply.lines
    if not lines or not lines[0].text.startswith("Yes") or re.search(_CHOICE, text) is None:
        return reply
    return replace(reply, lines=(replace(lines[0], text=_unjudged(lines[0].text)), *lines[1:]))


_LAST_BRACKETS = r"\?[ \t]*(\([^()?]{1,60}\))[ \t]*$"
"""Words in brackets after a question's last question mark."""


def _aside_kept(text: str) -> str:
    """A question with the words in brackets after its question mark put before it ("Gao
    Hang = dir of WOC? (shanghai trng)": part of what is asked), else as it is."""
    found = re.search(_LAST_BRACKETS, text) if text.rstrip().endswith(")") else None
    return text if found is None else f"{text[: found.start()]} {found[1]}?"


_PROVISION_ASKED = (
    r"\b(?i:which|what)\s+(?i:specific\s+|exact\s+)?(?i:article|clause|provision|section|"
    r"paragraph|chapter)s?\s+(?i:number\s+)?(?i:of|in)\s+(?i:the\s+)?(?:[A-Z][\w'-]*\s+){0,6}"
    r"(?i:treaty|convention|law|regulations?|agreement|memorandum|mou|act)\b"
)
"""A question for a provision of an instrument ("which article of the Beijing Treaty covers
...?"): the articles quote no instrument's provisions."""

_IN_PARTICULAR = (
    r"(?i)(?<=\?)\s+(?:in\s+particular|particularly|especially|above\s+all)\b[^?!]*[.?!]?\s*$"
)
"""A closing sentence that singles out a part of what the question before it asks."""

_WHO_BACKED = (
    r"(?i)^\W*(who)\s+(?:(?:has|have|had|did)\s+)?(?:(?:worked|tried|helped)\s+to\s+)?"
    r"(?:promot|push|support|back|champion|advocat)\w*\b"
)
"""A question who worked for something ("who promoted the Marrakesh Treaty's ratification"),
which the articles say of bodies, not people."""


def _and_the_other_part(
    lookup: Lookup, text: str, reply: Reply, reading: Callable[[Lookup, str], Reply | None]
) -> Reply:
    """A whole-question reading's reply (``reading``: whether a post changed) with the other
    part of a question that asks two things ("Was her title the same at A as at B, and what
    did she present at A?") answered too, asked of the person the reply is about; refused
    when that part is not answered (half an answer is none)."""
    parts = two_questions(text)
    if parts is None:
        return reply
    answered = [reading(lookup, p) is not None for p in parts]
    if answered.count(True) != 1:
        return reply
    other = parts[answered.index(False)]
    asked_of = reply.request
    who = asked_of is not None and asked_of.command == "who"
    person = lookup.store.get("person", asked_of.query or "") if who and asked_of else None
    asked = f"{person.name}: {other}" if isinstance(person, Person) else other
    found = respond(lookup, asked, respell=False)
    if not found.lines or found.lines[0].text.startswith(("Yes", "No")):
        why = "it asks two things; the facts on record answer only one of them"
        return Answerer(lookup, text).refusal(why)
    lines = tuple(dict.fromkeys((*reply.lines, *found.lines)))[:MAX_LINES]
    return replace(reply, lines=lines, cues=(*reply.cues, *found.cues, "two questions"))


def _and_its(lookup: Lookup, text: str, reply: Reply) -> Reply:
    """A reply to a request for several things that ends with a noun phrase of its own
    ("could you give its 2024 revenue ..., the amount from karaoke, and its membership
    composition?") with that last thing asked of the one body named too; the reply as it is
    when it names no one body or that thing is not on record."""
    tail = re.match(AND_ITS, text) if len(text) <= _PATTERN_MAX else None
    if tail is None:
        return reply
    orgs = {m.best.id for m in read(lookup, tail[1]).mentions if m.kind == "organization"}
    body = lookup.store.get("organization", next(iter(orgs))) if len(orgs) == 1 else None
    if not isinstance(body, Organization):
        return reply
    name = (body.abbreviations or (body.name,))[0]
    found = respond(lookup, f"What is {name}'s {tail[3]}?", respell=False)
    if not found.lines or found.lines[0].text.startswith(("Yes", "No")):
        return reply
    lines = tuple(dict.fromkeys((*reply.lines, *found.lines)))[:MAX_LINES]
    return replace(reply, lines=lines, cues=(*reply.cues, *found.cues, "two questions"))


_LABELLED_LIST = r"^\W*(?P<label>[^:?;]{3,80}?)\s*:\s*(?P<items>[^:?]{3,200}?)\s*\??\s*$"
"""A thing named, then a list of what is asked of it ("Chengdu forum: dates and number of
guests")."""
_REQUESTED_LIST = (
    r"(?i)^\W*(?:as\s+regards|concerning|regarding|with\s+regard\s+to|as\s+to|about|on|for)\s+"
    r"(?P<label>[^,?;:]{3,120}?)\s*,\s*(?:could|would|can|may)\s+you\s+(?:kindly\s+|please\s+)?"
    r"(?:indicate|give|provide|state|specify|list|tell\s+me)\s+(?P<items>[^?;:]{3,200}?)\s*\??\s*$"
)
"""A formal request for things of one named first ("Concerning the training held in Xiamen
in 2021, could you indicate the precise dates of the session and the two organisations
behind it?")."""
_BARE_LIST = (
    r"(?i)^\W*(?P<label>[^:?;,]{6,120}?)\s+(?P<items>(?:when|where|who)\s*(?:,\s*(?:and\s+)?|"
    r"\s+and\s+)[^:?;]{2,80}?)\s*\??\s*$"
)
"""The same list typed as keywords, a question word first ("diplomatic conference on
audiovisual performances when and co organiser")."""
_LIST_ITEM_MAX = 8
_LONE_ASKED = (["when"], ["where"], ["who"])
"""An item of such a list that is a question word alone ("dates, where and who ran it")."""
"""Words an item of such a list may have: a noun phrase, not a question of its own."""


def _labelled_list(lookup: Lookup, text: str) -> Reply | None:
    """A list of things asked of one thing named before a colon ("Chengdu Belt and Road
    copyright forum: dates and number of guests"; "NCAC figures at the roundtable:
    registrations 2024, added value 2023 and GDP share"): each asked of it, all answered
    together; refused when one is not (half an answer is none); None unless the text is such
    a list of two to four noun phrases."""
    if "|" in text and ":" not in text:  # "Diplomatic Conf ... | month/yr | co-organiser": a
        label, *asked = [part.strip() for part in text.split("|")]  # thing, then what is asked
        text = f"{label}: {', '.join(asked)}" if label and all(asked) else text
    listed = re.match(_LABELLED_LIST, text) if ":" in text and len(text) <= _PATTERN_MAX else None
    if listed is None and "," in text and len(text) <= _PATTERN_MAX:  # "Concerning the Xiamen
        listed = re.match(_REQUESTED_LIST, text)  # training, could you indicate its dates and
    if listed is None and len(text) <= _PATTERN_MAX and re.search(_DASHED_ASKS, text):
        dashed = _dashed_asks(lookup, text)  # "chengdu forum - hosted by who, what dates"
        if dashed is not None:
            return dashed
    bare = len(text) <= _PATTERN_MAX and re.search(r"(?i)\b(?:when|where|who)\b", text)
    if listed is None and bare:  # "X when and co organiser"; not "did Liu Hua speak when and
        listed = re.match(_BARE_LIST, text)  # where": a thing is named first
        label = listed["label"] if listed is not None else ""
        if _asks_clause(label) or not (label and read(lookup, label).mentions):
            return None
    if listed is None or checks(text):  # the two organisations behind it?"; not "A: B in
        return None  # 2023, correct?", a claim to check
    items = [i.strip() for i in re.split(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+", listed["items"])]
    if not 2 <= len(items) <= 4 or not all(
        words_of(i) in _LONE_ASKED  # "when"
        or (
            1 <= len(words_of(i)) <= _LIST_ITEM_MAX
            and not _asks_clause(i)
            and any(w.isalpha() and w not in STOP | TAG_WORDS for w in words_of(i))  # not
        )  # "2021 and 2023", "correct"
        for i in items
    ):
        return None
    return _each_asked(lookup, listed["label"], items)


def _each_asked(lookup: Lookup, label: str, items: Sequence[str]) -> Reply | None:
    """Each item asked of the thing labelled, all answered together; None when one is not
    (half an answer is none), or when one is a claim checked (no list of things asked)."""
    replies = []
    for item in items:  # each asked of the thing named; any left unanswered: the whole
        reply = respond(lookup, f"{label}: {item}", respell=False)  # question is read as one
        if not reply.lines or reply.lines[0].text.startswith(("Yes", "No")):
            return None
        replies.append(reply)
    lines = tuple(dict.fromkeys(line for r in replies for line in r.lines))[:MAX_LINES]
    cues = tuple(dict.fromkeys(c for r in replies for c in r.cues))
    return replace(replies[0], lines=lines, cues=(*cues, "several questions"))


_DASHED_ASKS = (
    r"^\W*(?P<label>[^:?;,\u2013\u2014-]{3,80}?)\s+[-\u2013\u2014]+\s+"
    r"(?P<items>[^:?;-]{3,120}?)\s*\??\s*$"
)
"""A thing named, a dash, then short questions of it ("belt and road copyright forum chengdu
- hosted by who, what dates")."""
_DASHED_ASK_MAX = 5
"""How many words each short question after the dash runs to."""


def _dashed_asks(lookup: Lookup, text: str) -> Reply | None:
    """Two to four short questions after a thing named and a dash, each with a question word
    of its own ("chengdu forum - hosted by who, what dates"): each asked of it (`_each_asked`);
    None for any other text."""
    found = re.match(_DASHED_ASKS, text)
    if found is None:
        return None
    label = read(lookup, found["label"])  # a thing named, not a clause ("Scot Morris spoke
    named = {i for m in label.mentions for i in m.span} | {i for p in label.places for i in p.span}
    if not label.mentions or any(  # at Chengdu - which association, and in which city?": the
        w not in STOP and w not in EVENT_KIND_WORDS  # questions are of him, read together)
        for i, w in enumerate(label.words) if i not in named
    ):
        return None
    items = [i.strip() for i in re.split(r"\s*[,;+&]\s*(?:and\s+)?", found["items"]) if i.strip()]
    if not 2 <= len(items) <= 4 or not all(
        set(words_of(i)) & QUESTION_WORDS and len(words_of(i)) <= _DASHED_ASK_MAX for i in items
    ):
        return None
    return _each_asked(lookup, found["label"], items)


_PLACE_AGAIN = r"(?i)\b(?:the|that|this)\s+(?:city|municipality|province)['\u2019]s\b"
"""A place named before, said again by its kind ("the city's publicity department")."""


def _place_said_again(lookup: Lookup, text: str) -> str:
    """A question with "the city's" written as the one place it names before ("which Shanghai
    official ... in the city's CPC publicity department": Shanghai's); as typed otherwise."""
    again = re.search(_PLACE_AGAIN, text) if len(text) <= _PATTERN_MAX else None
    if again is None:
        return text
    names = {p.name for p in read(lookup, text[: again.start()]).places}
    if len(names) != 1:
        return text
    return f"{text[: again.start()]}{next(iter(names))}'s{text[again.end() :]}"


def _asks_clause(text: str) -> bool:
    """Whether a list's item asks with a verb of its own ("did she speak"), not a noun."""
    return bool(set(words_of(text)) & (YES_NO | QUESTION_WORDS))


def _respond(lookup: Lookup, text: str, *, respell: bool) -> Reply:
    """The facts that answer a question, or an empty answer with what to try instead. A
    question it cannot answer is read again with its misspellings of the fact base's words
    put right ("copywright", "licencing"); the answer then says which words it read so
    (``respell``: whether to, once)."""
    if "?" in text[:-1] and len(text) <= _PATTERN_MAX:  # "could you list the officials
        text = re.sub(_IN_PARTICULAR, "", text)  # ...? In particular, confirm Mr. Gao's two
        # posts": one of those the list answers
    text = _claim_reported(text)  # "Someone says X. What does NCAC say?": is X true, per NCAC
    text = _blank_asked(text)  # "Fill in: MCSC membership exceeded ____ in 2024": what
    text = _draft_checked(_caption_checked(text))  # "Draft: 'X.' Year right?", "Y - draft
    # has X. Correct?", "caption reads 'X' - ok to run?": X
    text = names_trailed(lookup, text)  # "Sylvia For-something": Forbin
    text = compounds_split(lookup, letters_joined(lookup, unasked(text)))  # "copyrighttrading":
    # copyright trading; "the n c a c": NCAC
    text = name_led(lookup, text)  # "Forbin: 32 countries had ratified it?": what she said
    text = _and_whom(lookup, text)  # not "(for my thesis)", "..., exact figure pls"
    text = re.sub(r"(?<=\w)\s+\+\s+(?=\w)", " and ", text)  # "revenue 2024 + how much
    # they pass on": two questions; "X in 2017, plus which regions hit 9-12%": so too
    text = re.sub(r"(?i)(?<=\w),?\s+plus\s+(?=(?:which|what|who|how|when|where)\b)", ", and ", text)
    text = re.sub(r"\b(\d{1,3})k\b", r"\1,000", text)  # "over 20k members": 20,000
    text = re.sub(_SHORT_SCALE, _scale_written, text)  # "50 mil": 50 million
    if re.search(r"(?i)\bi\s+(?:think|believe|reckon)\W{0,3}$", text[-20:]):
        text = re.sub(r"(?i)^([^?]*?\S)[,\s]+i\s+(?:think|believe|reckon)\W*$", r"\1, right?", text)
    # "2023 growth was like 5.2% I think": a statement to check, when nothing before it asks
    if re.search(r"(?i)\snames\W{0,3}$", text[-12:]):  # "eight treaties china names": theirs
        counts = "|".join(COUNT_WORDS[2:])
        text = re.sub(rf"(?i)^(.*\b(?:\d+|{counts})\b.*?\S)\s+names\W*$", r"names of \1", text)
    text = _tail_specified(_ordinal_guess_dropped(_guess_dropped(text)))  # "what share in
    # 2021? like 7.4 something?", "what anniversary, was it the 40th?":
    # the figure asked; "X for 2018? trading and works registered": both asked
    text = _how_long_between(text)  # "how long had X been in place by the time of Y"
    text = _check_tag_plain(text)  # "X. Agree?": "X, right?"
    text = _set_aside_said(text)  # "(not the first lecture one)": besides the first lecturer
    text = re.sub(_EXACTNESS_JOINED, " - ", text[:_PATTERN_MAX])  # "attendance at X, and is
    # that an estimate?": one question of the figure, not two
    text = _check_led(text)  # "True or false: X." is "Is it true that X?"
    text = re.sub(r"(?i)\?\s*(?:just|only)\s+[^?]{1,40}\?\s*$", "?", text)  # "talks with
    # who? just South Korea?": the list answers whether it is only that one
    if " %" in text:  # "what % of GDP is that": a share asked, not a percentage stated
        text = re.sub(r"(?<=[A-Za-z])\s+%(?=\s)", " share", text)
    text = _place_said_again(lookup, text)  # "a Shanghai official ... in the city's publicity
    # department": Shanghai's
    counted = _which_counted(text)  # "'eight treaties' - ok, name them. which eight?": asked
    if counted is not None:  # as "which eight treaties?"
        return respond(lookup, counted, respell=respell)
    if len(text) <= _PATTERN_MAX and re.search(_PROVISION_ASKED, text):  # "which article of
        why = "no article or provision of an instrument is on record"  # the Beijing Treaty
        return Answerer(lookup, text).refusal(why)  # covers ...": the articles quote none
    for reading in _WHOLE_READINGS:  # readings of the whole question before the Answerer's
        whole = reading(lookup, text)
        if whole is not None:
            return whole
    reply = Answerer(lookup, text).reply()
    if not reply.lines and any(cue.endswith(FINAL) for cue in reply.cues):
        return reply  # "which films has X scored": what is asked is no post; no other reading
    if not reply.lines:  # "An NCAC official spoke on X. Who was he?": if no fact holds the
        first = Answerer(lookup, text, scene_asks=False)  # whole scene, one its names do
        leans = bool(PRONOUNS & set(first.q.words[first.q.begins :]))  # "Who was he?"
        reply = first.reply() if first.asks_only_who() and leans else reply
    for reread, cue in _REREADINGS if not reply.lines else ():  # "the memorandum mentioned
        plain = reread(lookup, text)  # by Liu Hua - signed 2017?": the memorandum's year
        without = respond(lookup, plain, respell=respell) if plain is not None else None
        if without is not None and without.lines:
            return replace(without, cues=(*without.cues, cue))
    both = _both(lookup, text)  # two questions in one: both parts answered, or neither
    if both is not None and both.lines and _figures_apart(text):  # "X is above 14,000 and
        given = {(x.kind, x.id) for x in both.lines if x.text.startswith(("Yes", "No"))}
        return replace(both, lines=tuple(  # has grown by 1,000 a year": each figure checked
            x for x in both.lines  # by its own clause, and given once, with its verdict
            if x.text.startswith(("Yes", "No")) or (x.kind, x.id) not in given
        ))  # fmt: skip
    if both is None and reply.lines and _whose_name(text):  # "did WIPO's director general
        return both or Answerer(lookup, _whose_name(text)).reply()  # come to the roundtable,
    # and what's his name?": the name of whoever the first part finds, or nothing
    if both is not None and not both.lines:  # "how many treaties, and which are they?":
        return both  # the second refused, the first alone is half an answer
    if both is not None and (re.search(r"\?\s*and\s", text, re.IGNORECASE) or (
        asked_twice(text) and both.lines
    )):  # "X, right? and Y?", "Who spoke from NCAC? Also Liu Hua was present or not?": two
        return both  # questions, each its own answer, in the order asked
    if both is not None and both.lines and set(reply.lines) <= set(both.lines):
        return both  # the whole reading answered one part: both parts, in the order asked
    unjudged = {(x.kind, x.id) for x in both.lines if not x.text.startswith(("Yes", "No"))} if (
        both is not None
    ) else set()
    if both is not None and any(
        x.text.startswith("No") and (x.kind, x.id) in unjudged for x in reply.lines
    ):
        return both  # "X was 7.35% of GDP in 2017, and what was the number for Beijing?": the
        # claim checked against the figure the second part asks for is a misreading
    if both is not None and reply.lines:  # what either reading answers, the whole's first
        judged = [  # a fact the second reading gives a verdict on ("Yes (our reading): X")
            next((b for b in both.lines if b.text.endswith(line.text)), line)  # stands once,
            for line in reply.lines  # with its verdict
        ]
        lines = tuple(dict.fromkeys((*judged, *both.lines)))[:MAX_LINES]
        return replace(reply, lines=lines, cues=tuple(dict.fromkeys((*reply.cues, *both.cues))))
    twice = asked_twice(text) if both is None and reply.lines else None
    if twice is not None and _stands_alone(lookup, twice[1]):  # "What was MCSC's revenue?
        why = "it asks two questions; the facts on record answer only one of them"
        return Answerer(lookup, text).refusal(why)  # Who is Tencent's CEO?": half is none
    if reply.lines:
        return _and_its(lookup, text, reply)
    if both is not None:
        return both
    backed = re.match(_WHO_BACKED, text) if len(text) <= _PATTERN_MAX else None
    if backed is not None:  # "who promoted the Marrakesh Treaty's ratification": the bodies
        bodies = Answerer(lookup, f"{text[: backed.start(1)]}which organizations"  # a
                          f"{text[backed.end(1) :]}").reply()  # statement says did  # fmt: skip
        if bodies.lines:
            return bodies
    if not respell:
        return reply
    second = Answerer(lookup, text, respell=True)
    pairs = [(a, b) for a, b in zip(words_of(second.q.text), second.q.words, strict=True) if a != b]
    fixed = [f"read {a!r} as {b!r}" for a, b in pairs]
    corrected = text
    for a, b in pairs:  # as typed, put right: read whole again ("how much did CAVA make ...,
        corrected = re.sub(rf"\b{re.escape(a)}\b", b, corrected, flags=re.IGNORECASE)  # and
    if pairs and corrected != text:  # how much of it from karaoke": both questions)
        whole = respond(lookup, corrected, respell=False)
        if whole.lines:
            return replace(whole, cues=(*whole.cues, *fixed))
    again = second.reply() if fixed else reply
    if again.lines:
        return replace(again, cues=(*again.cues, *fixed))
    other = _other_stated(lookup, text)
    if other is not None:
        return other
    question = inverted(text)  # "the Wings Media speaker was Zhang Fan, right?": asked as
    if question is not None:  # "was the Wings Media speaker Zhang Fan?", for a verdict only
        asked = respond(lookup, question, respell=False)
        if asked.lines and asked.lines[0].text.startswith("No"):
            return _who_instead(lookup, text, asked)  # and who the speaker was
        if asked.lines and asked.lines[0].text.startswith("Yes"):
            return asked
    other = _other_body(lookup, text)  # "Benjamin Ng lectured at Xiamen on behalf of WIPO,
    if other is None:  # correct?": CISAC
        other = _someone_else_did(lookup, question or text)
    if other is None:  # "who said CWWCS revenue passed 23 million yuan in 2024?": who
        other = _figure_reporter(lookup, text)  # reported the figures the claim holds
    if other is None:  # "Stéphanie Carre - Strasbourg or Paris?": the one the facts hold
        other = _either(lookup, text)
    if other is None:  # "X mentioned a memorandum. It was signed in 2012, right?"
        other = _it_named(lookup, text)
    if other is None:  # "is it correct that X is still below the global average and the
        other = _claims_joined(lookup, text)  # gap with the US is widening?": each checked
    if other is not None:
        return other
    said = _said_about(lookup, text)  # "Wang Ying ICSC - AI effect on photog mkt?": what
    if said is not None:  # she said about it
        return said
    claimed = _bare_claim(lookup, text)  # "Liu Hua WIPO DG?": whether she is
    if claimed is None:  # "Forbin: 30 countries ratified Beijing Treaty so far?"
        claimed = _credited_claim(lookup, text)
    if claimed is not None:
        return claimed
    plain = _asides_dropped(text)  # "the forum, hosted by NCAC and WIPO, ...", "Jiang Bo,
    if plain != text:  # who spoke in Chengdu about X?": what is asked, without what it adds
        without = respond(lookup, plain, respell=False)
        if without.lines:
            return replace(without, cues=(*without.cues, "read without its asides"))
    # Last, the facts that hold all but a few plain words of the question (`_near`).
    near = Answerer(lookup, text).reply(near=True)
    if not near.lines and fixed:
        near = replace(second.reply(near=True), cues=(*near.cues, *fixed))
    return near if near.lines else reply


_RANGE_STATED = (
    r"(?i)\b(?:between|from)\s+\d[\d.,]*\s*%?\s+(?:and|to)\s+\d|\d\s*%?\s*(?:-|\u2013|to)\s*"
    r"\d[\d.,]*\s*(?:%|per\s?cent\b|percent\b)"
)
"""A range a claim states ("between 9% and 12%", "9-12%")."""


def _other_stated(lookup: Lookup, text: str) -> Reply | None:
    """A claim whose one ordinal, count, year or percentage no fact bears out, answered "No"
    with the one a fact holds; None otherwise."""
    if re.search(_RANGE_STATED, text[:_PATTERN_MAX]):
        return None  # "between 9% and 12%": a range, whose ends are no one figure claimed
    other = _other_ordinal(lookup, text)  # "was 2023 the 40th anniversary?": the 50th
    if other is None:  # "its first agreement in ten years?": in nearly 20
        other = _other_count(lookup, text)
    if other is None:  # "Per Liu Hua, WIPO and NCAC signed their memorandum in 2012?": 2015
        other = _other_year(lookup, text)
    if other is None:  # "copyright industry at 7.53 percent of GDP in 2017?": 7.35%
        other = _other_percent(lookup, text)
    return other


_HEAD_TOPIC = r"^\s*([^?]{3,80}?)\s+[-\u2013\u2014:]\s+([^?]{3,120}?)\s*\?*\s*$"
"""A name, a dash and a topic, with no question of its own ("Wang Ying ICSC - AI effect on
photog mkt?")."""

_ASKS_ITSELF = frozenset(
    "what who whom whose which when where how why is was are were did does do has have had "
    "can could title titles role roles post job position org organization".split()
)
"""Words by which the part after a name asks a question of its own, or asks for a post."""


_ASKS_ANYTHING = frozenset(
    "what who whom whose which when where how why is was are were did does do has have had "
    "can could will would should right correct true".split()
)
"""Words by which a text asks something itself, or already asks to be told yes."""


def _bare_claim(lookup: Lookup, text: str) -> Reply | None:
    """A claim typed with a question mark alone and no verb ("Liu Hua WIPO DG?"), read as
    "..., right?": the answer only when it gives a verdict (Yes, No or Not ...); None
    otherwise."""
    said = words_of(text)
    if not text.rstrip().endswith("?") or not 2 <= len(said) <= _BARE_CLAIM_MAX:
        return None
    if set(said) & _ASKS_ANYTHING or text.count("?") > 1:
        return None
    if any(m.kind == "person" and m.best.score < NAMED for m in read(lookup, text).mentions):
        return None  # "Hu a prof at PKU?": a name read loosely is no claim about anyone
    return _claim_judged(lookup, f"{text.rstrip().rstrip('?').rstrip()}, right?")


def _claim_judged(lookup: Lookup, claim: str) -> Reply | None:
    """A question read as a claim to check: the answer only when it gives a verdict (Yes,
    No or Not ...), a number the claim states put right as `_other_stated` does; None
    otherwise."""
    reply = respond(lookup, claim, respell=False)
    if not reply.lines:  # "Xiamen overseas risk prevention copyright training July 2022?"
        reply = _other_stated(lookup, claim) or reply
    judged = reply.lines and reply.lines[0].text.startswith(("Yes", "No", "Not"))
    return replace(reply, cues=(*reply.cues, "read as a claim to check")) if judged else None


_CREDITED = (
    r"^\W*(?P<who>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2})\s*:\s*"
    r"(?P<claim>[^:?]{6,200})\?\s*$"
)
"""A person named before a colon, then a claim ("Forbin: 30 countries ratified Beijing Treaty
so far?")."""


def _credited_claim(lookup: Lookup, text: str) -> Reply | None:
    """A claim credited to a person named before a colon, read as what they said ("Forbin:
    30 countries ratified it?": did Forbin say 30 countries ratified it): the answer only
    when it gives a verdict; None otherwise."""
    credited = re.match(_CREDITED, text) if ":" in text and len(text) <= _PATTERN_MAX else None
    if credited is None or set(words_of(credited["claim"])) & _ASKS_ANYTHING:
        return None
    named = read(lookup, credited["who"]).mentions
    if len(named) != 1 or named[0].kind != "person" or len(named[0].ids("person")) != 1:
        return None  # one person, by name or surname ("Forbin")
    return _claim_judged(lookup, f"{credited['who']} said {credited['claim'].strip()}, right?")


_BARE_CLAIM_MAX = 8
"""The most words a claim typed with a question mark alone may have ("Liu Hua WIPO DG?")."""


_NAME_ON = r"^\s*([^?]{3,60}?)\s+(?:on|about)\s+([^?]{3,120}?)\s*\?*\s*$"
"""A name, then "on" or "about" a topic, asking nothing else ("Gurry on Beijing Treaty?")."""


def _said_about(lookup: Lookup, text: str, form: str = _HEAD_TOPIC) -> Reply | None:
    """A person named, a dash (or ``form``'s joint) and a topic, asking nothing else ("Wang
    Ying ICSC - AI effect on photog mkt?", "Gurry on Beijing Treaty?"), read as "What did
    Wang Ying say about AI effect on photog mkt?": what that person said about it (asked of
    their name alone), or None."""
    match = re.match(form, text) if len(text) <= _PATTERN_MAX else None
    if match is None:
        return None
    head, topic = match.groups()
    if set(words_of(topic)) & _ASKS_ITSELF:
        return None
    named = read(lookup, head)
    people = [m for m in named.mentions if m.kind == "person"]
    rest = set(named.words) - {w for m in named.mentions for w in named.words[m.start : m.end]}
    acronyms = {w.lower() for w in head.split() if w.isupper() and len(w) > 1}  # "ICSC"
    if len(people) != 1 or rest - STOP - acronyms:  # the head names one person and no more
        return None
    person = " ".join(named.words[people[0].start : people[0].end])  # not "ICSC", which no
    reply = respond(lookup, f"What did {person} say about {topic}?", respell=False)  # record
    if not reply.lines or not all(x.kind in ("claim", "appearance") for x in reply.lines):
        return None
    return replace(reply, cues=(*reply.cues, "read as what they said about it"))


def _months_said(months: Mapping[int, int]) -> str:
    """The months asked, by name, as a reader writes them ("June or July")."""
    return " or ".join(MONTH_NAMES[m - 1] for m in dict.fromkeys(months.values()))


_SPOTS = frozenset("part district area neighbourhood neighborhood".split())
"""Words for a spot inside a city ("which part of Beijing")."""


def _a_spot_in(lead: Sequence[str]) -> bool:
    """Whether words ask for a spot inside what follows them: "where in", "whereabouts in",
    "which part of", "what district in"."""
    if len(lead) == 2:
        return lead[0] in ("where", "whereabouts") and lead[1] == "in"
    return (
        len(lead) == 3 and lead[0] in ("which", "what") and lead[1] in _SPOTS
        and lead[2] in ("of", "in")
    )  # fmt: skip


def _it_named(lookup: Lookup, text: str) -> Reply | None:
    """A last sentence that checks or asks something of "it" ("Liu Hua mentioned a Memorandum
    of Cooperation. It was signed in 2012, right?"), asked of the one instrument the sentences
    before it name, by its name; None unless they name one and that reading answers."""
    sentences = sentences_of(text)
    if len(sentences) < 2 or len(text) > 8 * _EITHER_WORDS:
        return None
    last = sentences[-1]
    it = re.match(r"(?i)\W*(?:and\s|so\s)?\s?it\s(?=(?:was|is|had|has|got|were)\b)", last)
    if it is None:
        return None
    scene = Answerer(lookup, " ".join(sentences[:-1])).q
    named = {m.best.id for m in scene.mentions if m.kind == "instrument"}
    if len(named) != 1:
        return None
    record = lookup.store.get("instrument", next(iter(named)))
    if not isinstance(record, Instrument):
        return None
    asked = respond(lookup, f"The {record.name} {last[it.end() :]}", respell=False)
    return asked if asked.lines else None


_HEDGES = "like|about|around|roughly|approximately|approx|maybe|perhaps"
_GUESS = (
    rf"(?i)(?:\?[ \t]*|,[ \t]*(?=(?:{_HEDGES})\b))(?:(?:{_HEDGES})[ \t]+)?"
    r"(?:the[ \t]+)?~?(?:\d[\d.,]*(?:st|nd|rd|th)?|(?:a|one)[ \t]+hundred)[ \t]?"
    r"(?:(?:thousand|million|billion|trillion|k|bn|m)\b[ \t]?)?(?:(?:yuan|rmb|people)\b[ \t]?)?"
    r"(?:%|percent|per[ \t]cent|something|-?ish|or[ \t]so)?\W{0,3}$"
)
"""A figure guessed after a question ("...? like 7.4 something?")."""


def _topics_together(name: str, appearance: Appearance) -> Refused:
    """Why one speaker's subject is refused when the article lists the subjects of several
    speakers' lectures together."""
    return Refused(
        f"the article gives the subjects of {name}'s lecture only together with other "
        f"speakers' ({'; '.join(appearance.topics)}), not who covers which"
    )


def _said_together(one: Observation, other: Observation) -> bool:
    """Whether the article gives two figures in one breath: of the same source, reporter
    and year, one's quote holding the other's figure as written, or the first part of one's
    quote opening the other's single quote ("In 2024, the association's total licensing
    revenue ... an 11% increase" beside "... reached 477 million yuan")."""
    if (one.source, one.reported_by) != (other.source, other.reported_by):
        return False
    if one.period and other.period and one.period[:4] != other.period[:4]:
        return False  # two years' figures; one with no period (an average "in recent
    if (one.period or other.period) is None and one.when[:4] != other.when[:4]:  # years")
        return False  # is placed by its quote alone
    quotes = [[e.quote for e in x.evidence] for x in (one, other)]
    for (mine, theirs), x in zip(((0, 1), (1, 0)), (other, one), strict=True):
        written = x.value.as_written if x.value is not None else ""
        if written and any(written in q for q in quotes[mine]):
            return True
        heads = [q.split("\u2026")[0].strip(" ,.") for q in quotes[theirs]]
        whole = [q for q in quotes[mine] if "\u2026" not in q]
        if any(h and w.startswith(h) for h in heads for w in whole):
            return True
    return False


def _asides_dropped(text: str) -> str:
    """A question without the clauses a careful writer sets between commas to say more of
    what it names ("the roundtable, where AI was discussed,", ", who spoke in Chengdu about
    X?", ", hosted by NCAC and WIPO,", ", insofar as the article names them"); as typed when
    it has none."""
    text = text[:1000]

    def dropped(m: re.Match[str]) -> str:  # an aside follows the question's own words, never
        asked = re.search(_ASKING, text[: m.start()])  # is them ("Given that X was there, who
        if asked is None and not re.match(_PRONOUN_ASKS, text[m.end() :]):  # was director
            return m[0]  # then?"), or before a question of them ("X, who spoke about AI, is
        # he ...?")
        return "," if m[0].endswith(",") else ""

    plain = re.sub(_ASIDE, dropped, text).strip()
    if "full" in plain.lower():  # "the full name of ARIPO whose heads attended X?": ARIPO's
        plain = re.sub(_FULL_NAME_OF, r"\1", plain)
    return re.sub(r"(?i),(?=[ \t]+(?:held|hosted|organi[sz]ed|signed)\W)", "", plain)  # "the
    # forum, hosted by X, held?": the forum held


_PRONOUN_ASKS = r"(?i)[ \t,]*(?:is|was|does|did|has|had)[ \t]+(?:he|she|they|it)\b"
"""A question of someone named before an aside about them ("..., is he ...?")."""
_NAMED_BY = (
    r"\s+(?:that\s+was\s+|which\s+was\s+|as\s+)?(?:mentioned|cited|referred\s+to|quoted|noted|"
    r"referenced|brought\s+up|talked\s+about)\s+by\s+(?:[A-Z][\w.'\u2019-]*\s*){1,4}"
    r"(?:(?:in|at)\s+(?:the\s+)?(?:[A-Z0-9][\w'\u2019-]*\s*){1,4})?"
)
"""A thing said again by who mentioned it ("the memorandum mentioned by Liu Hua in Xiamen"):
who named it, not what is asked of it."""
_REMARK_AFTER = r"(?s)^(.{8,}?\?)\s*([^?]{3,80})$"
"""A question, then a last sentence with no question mark."""


_FILL_IN = (
    r"(?i)^\W*(?:please\s+)?fill\s+in(?:\s+the)?(?:\s+(?:blanks?|gaps?))?\s*[:\-\u2013\u2014]?\s*"
)
"""A quiz's lead to a sentence with a blank ("Fill in the blank:")."""


def _blank_asked(text: str) -> str:
    """A sentence with a blank to fill ("Fill in: the training ran from July __ to July __,
    2021") as the question it is ("the training ran from July what to July what, 2021?");
    as typed when it has no blank."""
    if "__" not in text or len(text) > _PATTERN_MAX:
        return text
    text = re.sub(_FILL_IN, "", text)
    text = re.sub(r"_{2,}", "what", text).rstrip(" .")
    return text if text.endswith("?") else f"{text}?"


def _named_by_dropped(lookup: Lookup, text: str) -> str | None:
    """A question without who mentioned the thing it asks of ("the WIPO-NCAC memorandum
    mentioned by Liu Hua in Xiamen - signed 2017?": the memorandum's year); None when it
    names no one so."""
    if len(text) > _PATTERN_MAX:
        return None
    plain = re.sub(_NAMED_BY, " ", text).strip()
    return plain if plain != text else None


def _ruled_out_dropped(lookup: Lookup, text: str) -> str | None:
    """`_alternative_dropped`, read as the other rereadings are (the lookup is not needed)."""
    return _alternative_dropped(text)


def _remark_dropped(lookup: Lookup, text: str) -> str | None:
    """A question without the remark the asker adds after it ("which law firms got speaking
    slots at the 2021 training? smells like a sales pitch"): a last sentence that asks
    nothing, names nothing the fact base knows and holds no number; None otherwise."""
    found = re.match(_REMARK_AFTER, text) if len(text) <= _PATTERN_MAX else None
    if found is None:
        return None
    tail = words_of(found[2])
    if set(tail) & (QUESTION_WORDS | YES_NO | LISTING | CHECK_WORDS | TAG_WORDS) or any(
        c.isdigit() for c in found[2]
    ):
        return None  # "... ? list them", "... ? 2021": part of what is asked
    text_index = FullText(lookup.store)
    if any(text_index.hits([[w]], limit=1) for w in tail if w not in STOP):
        return None  # "... ? only the women": a word the facts hold may narrow what is asked
    return found[1] if not read(lookup, found[2]).mentions else None


_RULED_OUT = (
    r"(?i)(?:\s+[-\u2013\u2014]+\s*|\s*[,;]\s*)(?:not\s+(?!only\b|just\b|yet\b|sure\b)|it\s+(?:was"
    r"\s*n['\u2019]?t|was\s+not|is\s*n['\u2019]?t|is\s+not)\s+|or\s+(?:was|is)\s+(?:that|it)\s+"
    r"(?:a\s+|some\s+)?(?:different|another|other)\b)"
    r"|\s+[-\u2013\u2014]+\s*(?:was\s*n['\u2019]?t|was\s+not|is\s*n['\u2019]?t|is\s+not)\s+it\b"
    r"|(?:[,;]\s*|\s+)(?:rather\s+than|instead\s+of|if\s+it\s+(?:was\s*n['\u2019]?t|was\s+not|is\s*n['\u2019]?t|"
    r"is\s+not))\b"
)
"""Where a question rules out an answer it does not want ("... which company, not China
Science Publishing?", "... if it wasn't 7.41%", "... rather than in the autumn?")."""


def _alternative_dropped(text: str) -> str | None:
    """A question without the answer it rules out at its end ("Guan Rui - deputy GM of which
    company, not China Science Publishing?": which company); None when it rules none out or
    too little is left."""
    if len(text) > _PATTERN_MAX:
        return None
    found = re.search(_RULED_OUT, text)
    if found is None or len(words_of(text[: found.start()])) < 3:
        return None
    head = text[: found.start()].rstrip(" ,;-\u2013\u2014")
    if two_questions(f"{head}?") is not None or re.search(
        r"(?i)\s[-\u2013\u2014]+\s*(?:what|which|who|how)\b", head
    ):  # "X hit 8.48 trillion - what share was that, not more than 7%?": two questions,
        return None  # each asked as typed
    return f"{head}?"


def _askers_own_dropped(lookup: Lookup, text: str) -> str | None:
    """A question of several sentences without those before the last that tell of the one
    asking ("My late wife and I once toured northern Italy with my old Leica, so this caught
    my eye."): its words are none of the question's. None when no such sentence is dropped,
    or what is left names nothing the fact base knows."""
    sentences = sentences_of(text[:_PATTERN_MAX])
    if len(sentences) < 2 or not sentences[-1].rstrip().endswith("?"):
        return None
    kept = [s for s in sentences[:-1] if not set(words_of(s)) & ASKER_WORDS]
    if len(kept) == len(sentences) - 1:
        return None
    left = " ".join([*kept, sentences[-1]])
    return left if read(lookup, left).mentions else None


_LEFT_MIN = 3
"""How many words a question read without an aside must keep to be read again."""
_ARTICLE_NAMED = (
    r"(?i)(?<=[^\s,;])[\s,;]+(?:according\s+to|per|in|from|as\s+(?:given|reported|written|"
    r"stated|mentioned)\s+in)\s+(?:the|that|this)\s+"
    r"(?:[\w/-]{1,20}\s+){0,5}?(?:article|report|piece|story|source|write-?up|news)(?=\W*$)"
)
"""The article a question says it asks of, at its end ("... in 2024 according to the WIPO china
roundtable article")."""

_ARTICLES_TAKEN = (
    r"(?i)(?<=[^\s,;])[\s,;]+(?:taking|combining|using|reading|putting)\s+(?:the\s+|both\s+)?"
    r"[^?]{0,120}?\b(?:articles?|reports?|pieces?|stories)(?:\s+together)?(?=\W*$)"
)
"""The articles a question says it takes its figures from, at its end ("..., taking the
Shanghai training article and the 2025 roundtable article together")."""

_RECALLED = (
    r"(?i)(?<=[^\s,;])[\s,;]+(?:as|if|what)\s+i\s+(?:recall|remember|understand|read|heard)\b"
    r"[^?]{0,80}(?=\W*$)"
)
"""Where the reader says, at the end, they remember a claim from ("... signed in 2015, as I
recall from Ms. Liu's speech at Xiamen"): no part of the claim."""


_OWN_TEXT_SAYS = (
    r"(?i)(?<=\S)\s*[,;.]\s*(?:the\s+|our\s+|my\s+)?(?:wiki|wikipedia|draft|notes|page|entry|"
    r"copy)\s+(?:just\s+|only\s+|currently\s+|now\s+)?(?:says|has|gives|reads|lists)\s+[^?]{1,60}$"
)
"""What a reader's own text has, told after the question ("exact dates please, wiki just says
'July 2021'")."""


def _own_text_dropped(lookup: Lookup, text: str) -> str | None:
    """A question without what the reader's own text has, told after it ("... - exact dates
    please, wiki just says 'July 2021'"); None when it tells none."""
    if len(text) > _PATTERN_MAX:
        return None
    plain = re.sub(_OWN_TEXT_SAYS, "", text).strip()
    return plain if plain != text and len(words_of(plain)) >= _LEFT_MIN else None


def _article_dropped(lookup: Lookup, text: str) -> str | None:
    """A question without the article it names at its end, whose words ("the roundtable
    article") may read as an event of another year than the figure asked, or without where
    the reader recalls it from ("as I recall from her speech"); None when it names none."""
    if len(text) > _PATTERN_MAX:
        return None
    plain = re.sub(_ARTICLE_NAMED, "", text)
    plain = re.sub(_RECALLED, "", re.sub(_ARTICLES_TAKEN, "", plain)).strip()
    return plain if plain != text and len(words_of(plain)) >= _LEFT_MIN else None


def _speaker_led(lookup: Lookup, text: str) -> str | None:
    """A question led by a person named alone (and their body) before a dash or colon ("scot
    morris from APRA - which income sources are falling?"), read as what they said:
    "according to scot morris from APRA, which income sources are falling?". None when the
    lead holds anything else, or the rest names a person or stands for one ("his post")."""
    found = re.match(r"([^:?\u2013\u2014]{3,80}?)(?:\s+[-\u2013\u2014]+|:)\s+(\S.{2,})", text)
    if found is None or len(text) > _PATTERN_MAX:
        return None
    lead, rest = found[1], found[2]
    head = read(lookup, lead)
    people = [m for m in head.mentions if m.kind == "person"]
    if len(people) != 1 or any(m.kind not in ("person", "organization") for m in head.mentions):
        return None
    named = {i for m in head.mentions for i in m.span}
    if any(w not in STOP | {"from", "of", "at"}
           for i, w in enumerate(head.words) if i not in named):  # fmt: skip
        return None
    if set(words_of(rest)) & (PRONOUNS | ROLE_NOUNS) or read(lookup, rest).mentions:
        return None  # "Benjamin Ng - which organisation and what post": his own, asked
    return f"according to {lead}, {rest}"


_THAT_NOUN_ASKED = (
    r"(?i)^(?P<scene>[^?]{10,200}?)\s*(?:\s[-\u2013\u2014]|[:;.,])\s+(?P<ask>(?:when|where|who|"
    r"what|which|how)\b[^?]{0,60}?)\b(?:that|this)\s+(?P<noun>[a-z]{3,20})(?P<tail>[^?]{0,40}?)"
    r"\s*\?\s*$"
)
"""A scene naming a thing, then a question asking of it by "that" and its noun ("The training
carries out X's instruction from the foreign affairs work conference - when was that
conference?")."""
_NAME_BOUNDS = frozenset("the a an from of at in by on to for with and his her their its".split())
"""Words a name the scene gives does not run back past ("... from the work conference")."""


def _that_noun_named(lookup: Lookup, text: str) -> str | None:
    """A question asking of "that <noun>" the scene before it names, asked of the scene's
    own words for it ("... from the foreign affairs work conference - when was that
    conference?": "when was the foreign affairs work conference?"); None otherwise."""
    if len(text) > _PATTERN_MAX:
        return None
    match = re.match(_THAT_NOUN_ASKED, text)
    if match is None:
        return None
    words = match["scene"].split()
    noun = match["noun"].lower()
    if noun in _NOT_NAMED or noun in STOP:  # "which country was expected to be that one?"
        return None
    at = max((i for i, w in enumerate(words) if fold(w) == noun), default=None)
    if at is None:
        return None
    start = at
    while start > 0 and at - start < _NAME_WORDS and fold(words[start - 1]) not in _NAME_BOUNDS:
        start -= 1
    name = " ".join(words[start : at + 1])
    return f"{match['ask']}the {name}{match['tail']}?"


_NAME_WORDS = 4
"""The most words before its noun a thing the scene names is read with."""
_NOT_NAMED = frozenset(
    "one ones way time times thing things kind sort type day days year years part point".split()
)
"""Words after "that" which stand for something without naming it ("that one")."""


_REREADINGS: tuple[tuple[Callable[[Lookup, str], str | None], str], ...] = (
    (_named_by_dropped, "read without who mentioned it"),
    (_remark_dropped, "read without the asker's remark"),  # "which law firms got speaking
    # slots? smells like a sales pitch"
    (_ruled_out_dropped, "read without what it rules out"),  # "Guan Rui - deputy GM of which
    # company, not China Science Publishing?"
    (_askers_own_dropped, "read without the asker's own story"),  # "I used to travel to
    # Sichuan to photograph the pandas. There was a forum held there. In which city?"
    (_speaker_led, "read as what the person named said"),  # "scot morris - which income
    # sources are falling?"
    (_article_dropped, "read without the article it names"),  # "total registrations in 2024
    # according to the roundtable article": 2024's, whichever article gives it
    (_own_text_dropped, "read without what the asker's own text has"),  # "exact dates please,
    # wiki just says 'July 2021'"
    (_that_noun_named, "read as asked of what the scene names"),  # "... from the foreign
    # affairs work conference - when was that conference?"
)
"""What a question no reading answers is read again without, in order, each with the cue
its answer then carries: the first that finds facts answers."""


_REQUEST_LEAD = frozenset(
    "could can would will you please kindly tell me us let know in on at for by to i may ask"
    .split()
)
"""The words of a request before its "which" or "what" ("could you please tell me in which
areas ..."), asked as the bare question is."""
_ASKING = (
    r"(?i)\b(?:which|what|who|whom|whose|when|where|how)\b|^\W{0,3}(?:is|was|are|were|did|does|do|"
    r"has|have|had|can|could|may)\b"
)
"""A question's own asking words, before which nothing is an aside."""
_ASIDE = (
    r"(?i),[ \t]{0,3}(?:(?:which|who|whose|where)[ \t]+(?:was|were|is|are|had|has|spoke|"
    r"argued|said|referred|identified|took|organi[sz]ed|hosted|lectured|discussed|promoted|"
    r"presented|reported|gave|delivered|shared|announced)"
    r"|where[ \t]+the[ \t]+[^,?]{0,80}?[ \t](?:was|were)[ \t]+(?:discussed|held|raised|signed)"
    r"|(?:to|during)[ \t]+which[ \t]+(?:the[ \t]+|ms\.?[ \t]+|mr\.?[ \t]+)"
    r"|(?:co-?)?(?:hosted|organi[sz]ed|held|convened|jointly)[ \t]+|insofar[ \t]+as"
    r"|as[ \t]+far[ \t]+as"
    r"|the[ \t]+(?:[\w-]+[ \t]+){1,5}?(?:who|which)[ \t]+"
    r"(?:was|were|is|are|had|has|spoke|lectured))"
    r"[^,?]{0,160}(?:,|(?=\?))"
)
"""A clause between commas (or before the question mark) that describes what is named (",
the deputy general manager who was invited as expert?")."""
_FULL_NAME_OF = (
    r"(?i)(\bfull[ \t]+(?:name|form|title)[ \t]+of[ \t]+(?:the[ \t]+)?[\w.&-]+)[ \t]+"
    r"(?:whose|which|that|who)\b[^?]{0,160}"
)
"""A clause after the name whose full form is asked ("the full name of ARIPO whose heads
attended the forum"): it says which body, not what is asked."""


_CAPTION = (
    r"(?i)^\W{0,3}(?:the\s+|my\s+|our\s+)?(?:photo\s+|image\s+|picture\s+)?(?:caption|cutline)\s+"
    r"(?:reads|says|has|states|is|gives)\s*:?\s*['\"\u2018\u201c]?(?P<claim>[^'\"\u2018\u201c\u2019\u201d?]{5,300}?)"
    r"['\"\u2019\u201d]?\s*(?:[-\u2013\u2014,;.]+\s*[^'\"?]{0,40})?\?*\s*$"
)
"""A caption quoted to check ("caption reads 'Benjamin Ng, Regional Director for Asia
Pacific, CISAC, Xiamen 2021' - ok to run?", "photo caption says Liu Ping, ... of CAVCA -
right org?")."""


def _caption_checked(text: str) -> str:
    """A caption quoted to check as the claim it makes ("caption reads 'X' - ok to run?" is
    "X - correct?"); any other text as typed."""
    if "caption" not in text.lower() and "cutline" not in text.lower():
        return text
    found = re.match(_CAPTION, text) if len(text) <= _PATTERN_MAX else None
    return f"{found['claim'].strip(' ,.')} - correct?" if found else text


def _draft_checked(text: str) -> str:
    """A claim a fact-checker quotes from a draft, as the statement to check: "Draft: 'X.'
    Is the year right?" is "Is it true that X?"; "Y - draft has X. Right?" is "Y: X.
    Right?" ("calls her", "places him", "dates ... to" alike); any other text as typed."""
    text = re.sub(_SOURCE_AGREES, ", right?", text[:_PATTERN_MAX])  # "... does the source
    lowered = text.lower()  # agree?": whether the claim is right
    if not any(w in lowered for w in _DRAFTS):
        return text
    if "?" in text[: max(lowered.find(w) for w in _DRAFTS)]:
        return text  # "What were the dates? Draft says July": a remark after the question
    quoted = re.search(_DRAFT_QUOTED, text)
    if quoted is not None:
        return f"Is it true that {quoted['claim'].strip().rstrip('.')}?"
    said = re.sub(_DRAFT_DATES, lambda m: "in " if m[1].lower() in _IT else f"{m[1]} in ", text)
    said = re.sub(_DRAFT_SAYS, _draft_said, said)
    if said == text:
        return text
    said = re.sub(_CHECK_ASKED, "", said)  # "... Check the city and dates.": is it right
    said = re.sub(r"[\u2018\u2019\u201c\u201d\"]|(?<![A-Za-z])'|'(?![A-Za-z])", "", said)
    last = (said.rstrip(" .!").split() or [""])[-1].lower()
    if "?" in said or last in CHECK_WORDS:  # "... - draft lists X. Confirm."
        return said
    return said.rstrip(" .!") + ", right?"  # "- my draft says 470 million": a figure to check


def _draft_said(found: re.Match[str]) -> str:
    """What stands for a draft's words before its claim: "was" for "we have it (in Chongqing)",
    a place or date it was at; else a colon."""
    said = found[0].lower().split()
    return " was" if said[-2:-1] in (["have"], ["had"]) and said[-1] == "it" else ": "


_VERB_BEFORE = 2
"""How many words before an instrument's name a verb dating its step may stand ("signed the
memorandum in 2013")."""
_DRAFTS = ("draft", "copy", "wiki", "our article", "my article", "our page", "our entry",
           "my page", "my entry", "our piece", "my piece", "we have it", "we had it")
"""Words of a reader's own text a claim is quoted from ("wiki text:", "our article says")."""
_SOURCE_AGREES = (
    r"(?i)(?<=\S)[\s.,;:?\u2013\u2014-]{1,4}(?:(?:does|do|would)\s+(?:the|our|your|this|that)\s+"
    r"(?:[\w-]{1,20}\s+){0,3}?(?:source|sources|article|articles|text)\s+(?:agree|concur|"
    r"support\s+(?:that|this|it)|back\s+(?:that|this|it)\s+up|bear\s+(?:that|this|it)\s+out|"
    r"confirm\s+(?:that|this|it)|say\s+so)|is\s+(?:that|this|it)\s+(?:right|correct|accurate)\s+"
    r"(?:per|according\s+to|by)\s+the\s+(?:source|sources|article))\W*$"
)
"""A check whether the articles bear a claim out ("... - does the source agree?", "is that
right per the source?")."""
_IT = ("it", "them")
"""A pronoun a draft dates ("dates it to 2018"), which names nothing more."""
_DRAFT_QUOTED = (
    r"(?i)^[^'\"\u2018\u201c]{0,120}?\b(?:draft|copy|wiki(?:pedia)?(?:[ \t]+(?:text|entry|page|"
    r"article))?|(?:our|my)[ \t]+(?:article|page|entry|piece))(?:[ \t]{1,3}(?:line|text|sentence))?"
    r"[ \t]{0,3}:[ \t]{0,3}['\"\u2018\u201c](?P<claim>[^\n]{5,400}?)['\"\u2019\u201d](?=\W|$)"
)
"""A draft's sentence quoted after "Draft:" ("Draft line: 'NCAC and WIPO opened ...'")."""
_DRAFT_SAYS = (
    r"(?i)[ \t]{0,3}[-\u2013\u2014:,;.]?[ \t]{0,3}\b(?:the[ \t]+|our[ \t]+|my[ \t]+)?(?:draft|copy|"
    r"wiki(?:pedia)?(?:[ \t]+(?:text|entry|page|article))?|(?:our|my)[ \t]+(?:article|page|entry|"
    r"piece))(?:[ \t]+(?:currently|now|still))?[ \t]+(?:(?:has|says|gives|reads|states|lists|puts)"
    r"(?:[ \t]+it[ \t]+(?:at|as))?|"
    r"(?:calls|describes|names|titles)[ \t]+(?:him|her|them|it)(?:[ \t]+as)?|"
    r"places[ \t]+(?:him|her|them|it))[ \t]+|"
    r"[ \t]{0,3}[-\u2013\u2014:,;.][ \t]{0,3}\b(?:we|i)[ \t]+(?:have|had)[ \t]+(?:it|him|her|them)"
    r"(?=[ \t]+(?:in|at|on|as)\b)"
)
"""What a draft is said to have ("- draft has", "- draft calls her", "- we have it in"),
before the claim."""
_CHECK_ASKED = (
    r"(?i)(?<=[.!])[ \t]*(?:please[ \t]+)?(?:check|verify|confirm)[ \t]+(?:the[ \t]+)?"
    r"(?:city|place|venue|dates?|year|day|month|figure|number|name|title|post)s?"
    r"(?:[ \t]*(?:,|and)[ \t]*(?:the[ \t]+)?(?:city|place|venue|dates?|year|day|month|figure|"
    r"number|name|title|post)s?){0,3}[ \t]*[.!]?[ \t]*$"
)
"""An instruction to check what the claim before it names ("Check the city and dates.")."""
_DRAFT_DATES = (
    r"(?i)\b(?:the[ \t]+|our[ \t]+)?(?:draft|copy)[ \t]+dates[ \t]+([^.?!]{2,200}?)[ \t]+to[ \t]+"
    r"(?=(?:early[ \t]+|late[ \t]+|mid[ \t]+)?(?:[A-Za-z]{3,9}[ \t]+)?\d{4}\b)"
)
"""A draft dating a thing to a year ("draft dates the conference to November 2013")."""


def _check_led(text: str) -> str:
    """A statement led by "True or false:", "Check:" or "Fact check -" as the question it is
    ("Is it true that X?"); any other text as typed."""
    head = text[:40].lower()
    if not any(w in head for w in ("true", "check", "fact", "verify", "confirm", "right",
                                   "correct", "accurate", "claim", "rate")):
        return text  # (the pattern is compiled only for a text that may hold a lead)
    lead = re.match(_CHECK_LEAD, text[:40])
    if lead is None:
        return text
    rest = text[lead.end() :].rstrip()
    if "verdict" in rest[-16:].lower() or "rating" in rest[-16:].lower():  # "Claim: X.
        rest = re.sub(r"(?i)[.;,]?[ \t]{0,3}(?:verdict|rating)[ \t]{0,3}[?:.!]*$", "", rest)
        rest = rest.rstrip()  # Verdict?": X
    quoted = re.fullmatch(r"([\"'\u2018\u201c])(.+)[\"'\u2019\u201d]\W*", rest)
    rest = quoted[2] if quoted else rest  # "Is this right: 'X'?": X
    return f"Is it true that {rest.rstrip('.!')}{'' if rest.endswith('?') else '?'}"


_CHECK_LEAD = (
    r"(?i)\W{0,3}(?:true\s{1,3}or\s{1,3}false|fact\s{1,3}or\s{1,3}fiction|check|fact[\s-]{0,3}check|"
    r"claim|rate\s{1,3}this|true\s{0,3}/\s{0,3}false(?:\s{0,3}/\s{0,3}unverifiable)?|"
    r"double[\s-]{0,3}check|verify|confirm|is\s{1,3}(?:this|it|that)\s{1,3}(?:right|correct|"
    r"accurate|true))[ \t]{0,3}[:?.\-\u2013\u2014]{1,3}[ \t]{0,3}"
    r"(?!(?:who|whom|whose|what|which|when|where|how|why)\b)(?=[\w'\"\u2018\u201c])"
)
"""The words that lead a statement to check ("True or false:", "Check:", "Verify:", a
fact-checker's "Claim: X. Verdict?", "Rate this:", "True/False/Unverifiable:"), not a
question after them ("check: who spoke at the forum")."""


def _lead_dropped(text: str) -> str:
    """A claim without the request to check said before it ("Please verify: X" is X)."""
    polite = re.match(r"(?i)\s*please\s+", text)
    rest = text[polite.end() :] if polite else text
    lead = re.match(_CHECK_LEAD, rest[:40])
    return rest[lead.end() :] if lead else text


_PASSAGE_QUOTED = (
    r"(?:^|(?<=[\s(:]))['\u2018\"\u201c]([^\"\u201c\u201d\u2018\u2019]{12,400}?)['\u2019\"\u201d]"
    r"(?=[^\w]|$)"
)
"""A passage quoted in a question, in single or double quotes ('The quote "Advancing ..."')."""
_QUOTE_ASKED_BACK = (
    r"(?i)\b(?:say|said|says|utter|uttered|write|wrote)\s+(?:that|this|it|those|these)\b|"
    r"\b(?:the|this|that)\s+(?:quote|quotation|line|words|sentence|phrase)\b|"
    r"\b(?:say|said|says)\s*$"
)
"""How a question asks back who said the passage it quotes ("- did Zhao say that?", "The
quote '...'"), not a claim it quotes to check."""
_SAY_WORDS = frozenset("say said says saying utter uttered quote quoted words".split())
"""Words with which a question asks who said a passage it quotes."""
_QUOTED_WORDS = 3
"""The most words of a quoted word or phrase whose presence in the article a yes-or-no
question asks ('did it say he "sighed"?'); more is a claim quoted to be checked."""

_ONE_WHO_CAME = frozenset(
    "representative participant attendee guest delegate trainee person".split()
)
"""One of those who came, as a scene names them ("the NCAC representative at the
roundtable"): no one counted."""

_COUNT_FILLERS = frozenset(
    "total in all actually really exactly altogether roughly approximately about people".split()
)
"""Words between "how many" and "came" that name no group ("how many actually came")."""

_SAYING_VERBS = frozenset(
    "say said says saying claim claimed claims stated argued warned mentioned".split()
)
"""Verbs of what someone said, which a check of their post or home never answers."""

_ATTENDED = frozenset({
    "attended", "attend", "attending", "participated", "participate", "participating", "came",
    "come", "went", "showed",
})
"""The verbs after which "how many <people>" ends ("how many provincial heads attended")."""

_PART_OF_COUNT = frozenset({"including", "includes", "among", "such"})
"""Words after which a count's sentence names a part of those counted ("More than 100 people
participated, including heads of provincial authorities"), no group the count is of."""

_AGENT_ENDINGS = ("ers", "ors", "ists", "ians", "ants")
"""How a plural noun for people by their trade ends ("lawyers", "composers", "musicians")."""

_NOT_AGENTS = frozenset(
    "others numbers papers matters orders centers centres sectors factors indicators partners "
    "letters chapters registers borders quarters headquarters answers characters filters "
    "errors colors colours mirrors grants plants members organizers organisers".split()
)
"""Plurals of those endings that are no trade's people, or that other readings answer
("members at the forum")."""

_PEOPLE_OF = frozenset(
    (noun, "of") for noun in PEOPLE_NOUNS | {"head", "heads", "chief", "member", "members"}
)
"""Words before a body's name that ask for its people ("the representative of ARIPO")."""


_TAIL_SPECIFIED = (
    r"(?i)^(?P<head>[^?]{3,160}?)\?\s+(?P<tail>[A-Za-z][\w\s,'-]{2,80}?)\s*\.?\s*$"
)
"""A question and, after its question mark, a short list of what is asked ("sichuan
copyright numbers for 2018? trading and works registered"); not a list asked of in turn
("who spoke there? Liu Hua and Wang Ying?")."""
_TAIL_NOT = frozenset(
    "what whats which who whom whose how when where why is are was were did does do has have "
    "had can could will would should right correct true ok okay yes no not or also just only "
    "like i we you he she it they this that there".split()
)
"""Words that make what follows a question mark a question, check or remark of its own."""


def _tail_specified(text: str) -> str:
    """A question whose question mark is followed by the things it asks for, listed ("X
    figures for 2018? trading and works registered"), as one question ("X figures for 2018:
    trading and works registered"); any other text as typed."""
    if "?" not in text[:-1] or len(text) > _PATTERN_MAX:
        return text
    match = re.match(_TAIL_SPECIFIED, text)
    if match is None:
        return text
    tail = words_of(match["tail"])
    if len(tail) > _TAIL_WORDS or not ({"and"} & set(tail) or "," in match["tail"]):
        return text
    if set(tail) & _TAIL_NOT or (tail and tail[0] in ("and", "plus", "but")):
        return text  # "... with who? and the regional deal": a second question
    if set(words_of(match["head"])) & _TAIL_NOT:  # "who spoke ...? Name and title, please":
        return text  # a question asked, then how the answer is wanted
    return f"{match['head']}: {match['tail']}"


_TAIL_WORDS = 6
"""The most words a list after a question mark has (`_tail_specified`)."""


_HOW_LONG_BETWEEN = (
    r"(?i)^\W*how\s+long\s+had\s+(?:the\s+)?([^?]{3,80}?)\s+been\s+(?:in\s+place|in\s+force|"
    r"in\s+effect|around|signed)\s+(?:by\s+the\s+time\s+of|at)\s+(?:the\s+)?([^?]{3,80}?)"
    r"\s*\?*\s*$",
    # "How long had the memorandum been in place by the time of the Xiamen training?"
    r"(?i)^\W*how\s+long\s+after\s+(?:the\s+)?([^?]{3,80}?)\s+(?:was|were)\s+(?:signed|"
    r"concluded|adopted|held)\s+(?:was|were|did)\s+(?:the\s+)?([^?]{3,80}?)(?:\s+(?:held|take\s+"
    r"place|happen|come))?\s*\?*\s*$",
    # "How long after the memorandum was signed was the Xiamen training held?"
)
"""How long something had stood when another thing happened: the years between the two."""


def _how_long_between(text: str) -> str:
    """ "How long had X been in place by the time of Y?" as "how many years between the X
    and the Y?" (`_HOW_LONG_BETWEEN`); any other text as typed."""
    if len(text) > _PATTERN_MAX or not re.match(r"(?i)\W*how\s+long\b", text):
        return text
    for pattern in _HOW_LONG_BETWEEN:
        match = re.match(pattern, text)
        if match is not None:
            return f"how many years between the {match[1]} and the {match[2]}?"
    return text


_FIRST_LECTURER = (
    r"(?i)(?P<pre>\b(?:besides|except|excluding|not|than|from)\s+|\(\s*)"
    r"(?:the\s+)?(?:(?:one|person|guy|lady|man|woman|speaker|expert)\s+who\s+(?:gave|"
    r"delivered|held)\s+the\s+(first|opening|last|final)\s+(?:lecture|talk)|(first|opening|"
    r"last|final)\s+(?:lecture|talk)\s+(?:one|guy|person))\b"
)
"""A lecturer set aside by the lecture they gave ("besides the one who gave the first
lecture", "(not the first lecture one)"); not one asked of ("the WIPO lady who delivered the
first lecture")."""
_NOT_IN_BRACKETS = (
    r"(?i)\s*\(\s*(?:not|except|excluding|minus|other\s+than)\s+(the\s+[^()]{2,60}?)\s*\)"
)
"""Someone set aside in brackets ("(not the first lecturer)")."""


def _set_aside_said(text: str) -> str:
    """Who a question sets aside, as the readings of it take it: "(not the first lecture
    one)" as ", besides the first lecturer"; any other text as typed."""
    if len(text) > _PATTERN_MAX or not re.search(r"(?i)\b(?:lecture|talk)\b", text):
        return text
    text = re.sub(_FIRST_LECTURER, lambda m: f"{m['pre']}the {m[2] or m[3]} lecturer", text)
    return re.sub(_NOT_IN_BRACKETS, r", besides \1", text)


_ORDINAL_GUESS = (
    r"(?i)^(?P<head>\W*(?:what|which|how)\b[^?]{3,200}?)\s*[,;-]\s*(?:was|is)\s+(?:it|that)\s+"
    r"(?:the\s+)?\d{1,3}(?:st|nd|rd|th)\s*\??\s*$"
)
"""A question asking which one, with a guess typed after it ("what anniversary was it, was it
the 40th?")."""


def _ordinal_guess_dropped(text: str) -> str:
    """A question asking which one with an ordinal guessed after it, without the guess: the
    fact on record answers it, whatever the guess; any other text as typed."""
    if len(text) > _PATTERN_MAX or ("th" not in text[-12:] and "st" not in text[-12:]):
        return text
    match = re.match(_ORDINAL_GUESS, text)
    return f"{match['head']}?" if match else text


_CHECK_TAGS = (
    r"(?i)(?<=\w)[ \t]*[.!][ \t]*(?:agree(?:[ \t]+or[ \t]+disagree)?|right[ \t]+or[ \t]+wrong|"
    r"correct[ \t]+or[ \t]+(?:not|incorrect)|does[ \t]+(?:that|it|this)[ \t]+hold(?:[ \t]+up)?|"
    r"true[ \t]+or[ \t]+false|yes[ \t]+or[ \t]+no)[ \t]*\?*[ \t]*$"
)
"""A claim closed by a question of whether it holds ("More than 50 representatives attended.
Agree?", "... on March 15. Right or wrong?")."""


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


def _claim_reported(text: str) -> str:
    """A claim reported and a source asked of ("Someone says X. What does NCAC say?") as the
    check it is ("Is it true that X, according to NCAC?"); any other text as typed."""
    if len(text) > _PATTERN_MAX or "say" not in text[-30:].lower():
        return text
    found = _CLAIM_REPORTED.match(text)
    if found is None:
        return text
    return f"Is it true that {found['claim'].strip()}, according to {found['who'].strip()}?"


_HOLDERS_SHOWN = 3
"""The most people on record at a body a check wrongly puts someone at who are shown beside
the "No" ("Zhang Fan works for Wings Media?": Guan Rui is there)."""


def _check_tag_plain(text: str) -> str:
    """A claim closed by "Agree?", "Right or wrong?", "Does that hold up?" and the like, as
    every reading of a check takes it: "..., right?"; any other text as typed."""
    if len(text) > _PATTERN_MAX or "?" not in text[-25:]:
        return text
    return re.sub(_CHECK_TAGS, ", right?", text)


def _guess_dropped(text: str) -> str:
    """A question that asks for a figure with a guess typed after it ("what share of GDP in
    2021? like 7.4 something?", "how many came? 100-ish?"), without the guess: the figure on
    record answers it, whatever the guess; a question with none is as typed."""
    end = text[-60:]
    if not any(c.isdigit() for c in end) and "hundred" not in end.lower():
        return text  # (the pattern is compiled only for a text ending in a figure
    if "?" not in end and "," not in end:  # after a question mark or a comma)
        return text
    tail = re.search(_GUESS, end)
    if tail is None:
        return text
    head = text[: len(text) - len(text[-60:]) + tail.start()]
    asked = re.match(r"(?i)\W*(?:\w+\W+){0,3}?(?:what|how|which)\b", head)
    return f"{head}?" if asked and "?" not in head else text


_COUNT_HEDGES = frozenset(
    "total all number more fewer less over under nearly about around roughly approximately "
    "some many few several almost just exactly".split()
)
"""Words around a count of people that say how many, not which ones ("nearly 200 guests")."""
def _unsaid(kinds: Sequence[str], told: Sequence[str]) -> bool:
    """Whether a word for a group of people ("foreign", "Chinese") is not among the words
    an attendance count is written with ("more than 100 participants from Chinese ...")."""
    return any(
        not any(same_word(w, t) or same_word(NATIONALS.get(w, w), t) for t in told) for w in kinds
    )


_DEMONYMS_ASKED = frozenset({*DEMONYMS, "chinese"})
"""Words for a nationality ("French"), "Chinese" among them."""
_NATIONALITY_TAGS = frozenset("right correct true yes no isn't isnt is it not she he".split())
"""Words of a tag after a nationality stated ("X is French, isn't she?")."""
_LANGUAGES = (
    "english|mandarin|cantonese|french|spanish|german|japanese|korean|russian|arabic|"
    "portuguese|italian|chinese"
)
_IN_LANGUAGE = (
    rf"(?i)\bin\s+(?:{_LANGUAGES})\s*(?:or\s+(?:in\s+)?(?:{_LANGUAGES})\s*)?"
    r"(?:[?.!,]|$|(?:at|during|to|when|while|for|on|or)\b)"
)
"""A language a thing was said in, asked ("did she speak in English?")."""
_SAID_VERBS = (
    r"(?i)\b(?:speak|spoke|spoken|speech|speeches|said|say|says|talk|talks|talked|deliver|"
    r"delivered|address|addressed|remarks|lecture|lectured|lectures|written|write|wrote|"
    r"published|held|conducted|taught|presented|given|gave)\b"
)


def _language_asked(text: str) -> bool:
    """Whether a question asks in what language something was said or held, which no
    record holds: "what language did X speak", "was the speech in English or Chinese?"."""
    lowered = text.lower()  # (the patterns are compiled only for a text holding their words)
    if "language" in lowered and re.search(
        r"(?i)\b(?:what|which)\s+languages?\b|\blanguages?\s+(?:of|used)\b", text
    ):
        return True
    if not any(name in lowered for name in _LANGUAGES.split("|")):
        return False
    if "as " in lowered:  # "her title as written in English": the articles' own words
        text = re.sub(AS_IN_ENGLISH, "", text, flags=re.IGNORECASE)
    return bool(re.search(_IN_LANGUAGE, text)) and bool(re.search(_SAID_VERBS, text))


def _expansion_on_record(org: Organization) -> None:
    """Refuses a body's fuller name (or abbreviation) asked when its record holds none."""
    if all(fold(a) == fold(org.name) for a in org.abbreviations):
        missing = "fuller name" if org.abbreviations else "abbreviation"
        raise Refused(f"no {missing} of {org.name} is on record")


_POST_ASKED = (
    r"(?i)\bwhat(?:['\u2019]s|\s+is|\s+was)\s+(?:his|her|their|the)\s+(?:title|post|position|"
    r"role|job)\b|\b(?:his|her|their)\s+(?:title|post|position|role|job)\s*(?:,|and\b|\?)"
)
"""A person's post asked beside something else ("what is his title, and spell out CCPIT")."""


_AGE_ASKED = (
    r"(?i)\bhow\s+old\b|\b(?:what|which)\s+age\b|\b(?:his|her|their)\s+age\b|['\u2019]s\s+age\b"
    r"|\bborn\b|\bbirth(?:day|date|year|place)?\b|\bdate\s+of\s+birth\b"
)
"""A person's age, birth date or birthplace asked ("how old is X", "when was X born")."""


_NEXT_EDITION = (
    r"(?i)\b(?:will|would|going\s+to)\s(?:[\w-]+\s){0,8}?(?:host|hold|held|run|organi[sz]e|be\s+held|"
    r"take\s+place|happen|return|come\s+back)\w*\b(?:\s[\w-]+){0,8}?\s(?:again|next\s+year|next\s+"
    r"time|in\s+the\s+future)\b|\bnext\s+(?:edition|session|round)\b"
)
"""A question about an event's next edition ("will chengdu host the forum again next year"),
which no record holds: the articles report what was held."""


def _next_edition_asked(text: str) -> bool:
    """Whether a question asks about an event's next edition; the pattern is compiled only for
    a text holding one of its words."""
    lowered = text.lower()
    if not any(w in lowered for w in ("again", "next", "future")):
        return False
    return re.search(_NEXT_EDITION, text[:_PATTERN_MAX]) is not None


def _age_asked(text: str) -> bool:
    """Whether a question asks someone's age or birth, which no record holds; the pattern is
    compiled only for a text holding one of its words."""
    lowered = text.lower()
    if not any(w in lowered for w in ("old", "age", "born", "birth")):
        return False
    return re.search(_AGE_ASKED, text) is not None


_SITED = frozenset("based located situated lives live living stationed headquartered".split())
"""Words before "in" and a place that say where someone is ("based in London")."""


def _author_asked(text: str) -> bool:
    """Whether a question asks who interviewed, wrote or ran an article ("which news outlet
    conducted the NCAC interview?", "who interviewed NCAC?"), which no record holds; the
    pattern is compiled only for a text holding one of its words."""
    lowered = text.lower()
    if not any(w in lowered for w in _AUTHOR_WORDS):
        return False
    return re.search(_AUTHOR_ASKED, text[:1000]) is not None


_AUTHOR_WORDS = (
    "interview", "wrote", "authored", "outlet", "newspaper", "news agency", "magazine",
    "journalist", "reporter", "correspondent", "author", "writer", "byline",
)  # fmt: skip
_AUTHOR_ASKED = (
    r"(?i)\bwho\s+(?:interviewed|wrote|authored)\b|\b(?:which|what)\s+(?:news\s+|media\s+)?"
    r"(?:outlet|newspaper|news\s+agency|magazine|journalist|reporter|correspondent|"
    r"interviewer)s?\b|\b(?:interviewer|journalist|reporter|byline|author|writer)"
    r"\s+(?:of|for|behind)\s+(?:the|this|that)\b|\bwho\s+(?:was|is)\s+the\s+(?:interviewer|"
    r"journalist|reporter|author|writer)\b"
)
"""A question asking who interviewed, wrote or ran an article."""


def _countries_of(event: Event) -> list[str]:
    """The countries an event's record says were represented: its one-word names ("Nepal"),
    not its kinds of participant ("rights holders in film") or abbreviations ("WIPO")."""
    return [r for r in event.represented if " " not in r and not r.isupper()]


def _interviewee_asked(text: str) -> bool:
    """Whether a question asks who gave an interview ("which NCAC official gave the
    interview?", "NCAC interview - who gave it?", "who was interviewed?"), which no record
    holds: the interview is NCAC's, with no official named."""
    if "interview" not in text[:1000].lower():
        return False
    return re.search(_INTERVIEWEE_ASKED, text[:1000]) is not None


_GAVE = (
    r"(?:gave|give|gives|giving|granted|grant|grants|sat\s+for|answered)"
    r"(?!\s+(?:\w+\s+)?(?:speech|speeches|talks?|lectures?|remarks|address|addresses|"
    r"figures?|data|examples?)\b)"
)  # not "who gave speeches mentioned in the interview"
_GIVEN = rf"{_GAVE}\s+(?:(?:\w+\s+){{0,4}}?interview|(?:it|that|this)\b)"
_SOMEONE = (
    r"(?:official|officer|person|people|individual|spokesperson|spokesman|spokeswoman|"
    r"representative|leader|head|director|name)s?"
)
_INTERVIEWEE_ASKED = (
    rf"(?i)\binterviewees?\b|\bwho\s+(?:\w+\s+){{0,3}}?{_GAVE}\s+(?:\w+\s+){{0,4}}?interview"
    rf"|\binterview\b[^?]{{0,80}}?\bwho\s+(?:\w+\s+){{0,2}}?{_GAVE}\s+(?:it|that|this)\b"
    rf"|\bwho\s+(?:was|were|got|is|are)\s+(?:\w+\s+){{0,2}}?interviewed\b"
    rf"|\b(?:which|what)\s+(?:\w+\s+){{0,2}}?{_SOMEONE}\b[^?]{{0,60}}?\b(?:{_GIVEN}|interviewed\b)"
    rf"|\b{_SOMEONE}\s+(?:who|that)\s+(?:{_GIVEN}|was\s+interviewed\b)"
    rf"|\binterview\b[^?]{{0,80}}?\b(?:which|what)\s+(?:\w+\s+){{0,2}}?{_SOMEONE}\s*\?*\s*$"
)
"""A question asking who gave an interview (see `_interviewee_asked`)."""


_EITHER = r"(?i)^(?P<left>.+)\s+or\s+(?P<b>[^,:;?!()]*[^,:;?!()\s])\W*$"
"""A question ending in two alternatives: everything up to the last "or", and the second."""
_EITHER_CUT = (
    r"(?i)^(?P<stem>.*?)(?P<cut>\s+[-\u2013\u2014]+\s+|\s*:\s+|\s*,\s*"
    r"(?:(?:was|is|were|are)\s+(?:it|that|they)\s+)?|\s+(?:was|is|were|are)\s+(?:it|that|"
    r"they)\s+|\s+(?:in|at|from|to|with|by|on|of)\s+)(?P<a>(?:(?!\s+(?:in|at|from|to|with|by|"
    r"on|of|was|is)\s)[^-\u2013\u2014:,])+)$"
)
"""The first alternative: the words after the last dash, colon, comma, "was it" or
preposition before the "or" ("Stéphanie Carre - Strasbourg", "held in Chengdu")."""
_MOST_ANDS = 8
"""The most "and"s a question is split at to find two statistics asked (each split reads
both sides again)."""
_EITHER_WORDS = 40
"""The most words a question offering two alternatives is read so with (each is asked)."""
_NOT_ALTERNATIVES = frozenset(
    "nah not no nope yes yeah what something anything else otherwise whatever so similar "
    "both neither either none later earlier more less".split()
)
"""Words after "or" that offer no alternative ("... or nah?", "or something?")."""
_FRAMES = frozenset("by via in at on from through over with during before after to for".split())
"""Words that begin an alternative framed otherwise than the first ("or by video link")."""
_UNIT_WORDS = frozenset({"rmb", "yuan", "cny", "percent", "per", "cent"})
"""Words of an alternative that the facts may write otherwise ("8.48 trillion rmb")."""


def _either(lookup: Lookup, text: str) -> Reply | None:
    """A question offering two alternatives ("Yan Bo - CCTV or Xinhua?", "was the forum in
    Chengdu or Chongqing?", "477 million or 577 million yuan?"), answered with the one the
    facts hold when the question asked of it is answered with it (or "Yes") and the question
    asked of the other is not; None otherwise. A question that begins with "which", "who"
    and the like chooses between things and is not read so."""
    if len(text) > 8 * _EITHER_WORDS or len(re.findall(r"(?i)\bor\b", text)) > 2:
        return None  # each alternative is asked again: a few, of a question's length
    match = re.match(_EITHER, text.strip())
    if match is None or len(match["b"].split()) > 4:
        return None
    left, b = match["left"].strip(), match["b"].strip()
    numbers = r"(?:\d[\d.,]*|" + "|".join(COUNT_WORDS) + r")"
    counted = re.fullmatch(numbers, b, re.IGNORECASE) is not None  # "... eight treaties or
    last = list(re.finditer(rf"(?i)(?<!\S){numbers}(?=\s+[a-z])", left)) if counted else []
    if last:  # nine?": the count and what it counts, against the other count
        stem, joint, a = left[: last[-1].start()].strip(), " ", left[last[-1].start() :]
    else:
        cut = re.match(_EITHER_CUT, left)
        if cut is None:
            return None
        stem, joint, a = cut["stem"].strip(), cut["cut"], cut["a"].strip()
    if not stem or len(a.split()) > 5:
        return None
    first = fold(stem.split()[0])
    if first in QUESTION_WORDS or first in ("whats", "name", "list"):
        return None  # "which came first, the Xiamen training or the Shanghai one?"
    said = joint.strip(" ,:").lower()
    if said and b.lower().startswith(f"{said} "):  # "in Chengdu or in Chongqing": Chongqing
        b = b[len(said) + 1 :].strip()
    offered = [words_of(a), words_of(b)]
    if any(not w or set(w) & (QUESTION_WORDS | _NOT_ALTERNATIVES) for w in offered):
        return None  # "get certificates or nah", "in which hotel or building": no choice
    if {"names", "list"} & set(words_of(stem)) or all(
        len(w) == 1 and w[0].endswith("ed") for w in offered
    ):  # "the names of eight treaties China ratified or acceded": acts of one kind, named
        return None
    if set(offered[1]) & _FRAMES - set(offered[0]):
        return None  # "in person in Xiamen or by video link", "adopted in 2012 or signed in
        # 2012": another frame, not a choice between two things
    if counted and re.match(numbers + r"\s", a, re.IGNORECASE):
        b = b + a[re.match(numbers, a, re.IGNORECASE).end() :]  # type: ignore[union-attr]
    # "eight international copyright treaties or ten": ten international copyright treaties
    verb = re.search(r"(?i)\b(was|is|were|are)\s+(?:it|that|they)\b", joint)  # " - ", ": ",
    # ", was it ", " in "
    joint = f" {verb[1]} " if verb else joint  # "added value for 2021, was it 8.48 trillion":
    tag = "?" if first in YES_NO else ", right?"  # "added value for 2021 was 8.48 trillion,
    replies = [  # right?"; "was the forum in Chengdu?"
        (alt, respond(lookup, f"{stem}{joint}{alt}{tag}", respell=False)) for alt in (a, b)
    ]
    held = [(alt, r) for alt, r in replies if _holds(lookup, alt, r)]
    if len(held) != 1:
        return None
    alt, reply = held[0]
    other = b if alt == a else a
    if not _denies(lookup, other, next(r for x, r in replies if x == other)):
        return None
    line = reply.lines[0]
    said = re.sub(r"^Yes\b[^:]*:\s*", "", line.text)
    verdict = f"{alt}, not {other} (our reading): {said}"  # as typed: "cctv, not xinhua"
    return replace(reply, lines=(replace(line, text=verdict), *reply.lines[1:]))


def _alt_words(text: str) -> set[str]:
    """An alternative's or an answer's words for containment, numbers in figures."""
    words = {w for w in words_of(text) if w not in STOP and w not in _UNIT_WORDS}
    return {str(COUNT_WORDS.index(w)) if w in COUNT_WORDS else w for w in words}


def _holds(lookup: Lookup, alt: str, reply: Reply) -> bool:
    """Whether an answer gives an alternative: a "Yes", or every word of it (or every name
    it gives, by the name on record) in the answer's first lines."""
    if not reply.lines or reply.lines[0].text.startswith("No"):
        return False
    if reply.lines[0].text.startswith("Yes"):
        return True
    said = " ".join(line.text for line in reply.lines[:3])
    words = _alt_words(alt)
    if words and words <= _alt_words(said):
        return True
    named = [m for m in read(lookup, alt).mentions if m.best.score >= NAMED]
    names = [getattr(lookup.store.get(m.kind, m.best.id), "name", None) for m in named]
    return bool(names) and all(isinstance(n, str) and fold(n) in fold(said) for n in names)


def _denies(lookup: Lookup, alt: str, reply: Reply) -> bool:
    """Whether an answer rules an alternative out: refused, "No", or silent on it."""
    if not reply.lines or reply.lines[0].text.startswith("No"):
        return True
    return not reply.lines[0].text.startswith("Yes") and not _holds(lookup, alt, reply)


_ORDINAL = r"(?i)\b(\d+)(st|nd|rd|th)\s+([a-z]+)"
"""An ordinal before the noun it counts ("50th anniversary")."""
_OR_SO = r"(?i)(?<=\d(?:st|nd|rd|th))\s+or\s+(?:something|so)\b"
"""A guess's hedge after an ordinal ("the 40th or something")."""
_ORDINAL_SAID = r"(?i)\b(\d+)(st|nd|rd|th)\b(?:\s+([a-z]+))?"
"""An ordinal a question states, with the noun after it if any ("the 40th anniversary", "was
it the 40th?")."""


def _other_ordinal(lookup: Lookup, text: str) -> Reply | None:
    """A yes-or-no question stating an ordinal that no fact holds ("Was 2023 the 40th
    anniversary of the WIPO-China partnership?"), answered "No" when the same question of an
    ordinal a fact does hold with the same noun ("50th anniversary") is answered "Yes" (our
    reading); None otherwise."""
    text = re.sub(_OR_SO, "", text[:_PATTERN_MAX])
    stated = list(re.finditer(_ORDINAL_SAID, text))  # "was it the 40th or something?"
    if len(stated) != 1:
        return None
    number, noun = stated[0][1], fold(stated[0][3] or "")
    noun = SHORT_FORMS.get(noun, noun)  # "40th anniv"
    held: dict[str, str] = {}  # its number: the ordinal as a fact writes it
    counted: dict[str, dict[str, str]] = {}  # each noun a fact counts: its ordinals
    common: set[str] = set()  # those of them no name's
    for kind in ("milestone", "claim", "observation"):
        for record in lookup.store.all(kind):
            for _, said in record_texts(record):
                for m in re.finditer(_ORDINAL, said):
                    counted.setdefault(fold(m[3]), {})[m[1]] = f"{m[1]}{m[2]}"
                    common |= {m[3]} if m[3].islower() else set()  # "50th anniversary", not
                    # "10th China International Copyright Expo"
    if noun not in counted:  # "an anniversary of ..., was it the 40th or something?": the
        typed = [SHORT_FORMS.get(w, w) for w in words_of(text)]  # ("anniv")
        nouns = [w for w in dict.fromkeys(typed) if w in common]  # the noun said before
        if len(nouns) != 1:
            return None
        noun = nouns[0]
        end = stated[0].end(2)
        text = f"{text[:end]} {noun}{text[end:]}"
    if not Answerer(lookup, text).asks_yes_no():  # "Was 2023 the 40th ...?", "2023 marked
        return None  # the 40th ..., correct?"
    held = {n: written for n, written in counted.get(noun, {}).items() if n != number}
    not_said = f"{number}{stated[0][2]}"
    others = [
        (o, f"the {ordinal} {noun}, not the {not_said}") for o, ordinal in sorted(held.items())
    ]
    return _denied(lookup, text, stated[0].span(1), others)


TOPIC_ENDS = frozenset({"at", "in", "during", "when", "while", "and", "from", "to", "for", "by"})
"""Words that end the topic after "about" ("about AI training at the roundtable")."""
ASKERS = frozenset({"you", "i", "me", "we", "us", "to", "let", "just", "quickly", "should"})
"""Words before "ask" that make the reader the one asking ("can you ask", "I want to ask")."""
_LIST_THEM = (
    r"(?i)^\W*(?:ok(?:ay)?\W+|so\W+|now\W+)?(?:(?:name|list)\s+(?:them|those|these)(?:\s+all)?|"
    r"which\s+(?:ones|are\s+they|were\s+they|\w+))(?:\W+(?:(?:name|list)\s+(?:them|those)|"
    r"which\s+(?:ones|\w+)))*\W*$"
)
"""What only asks to have things just counted named ("ok, name them. which eight?")."""


def _which_counted(text: str) -> str | None:
    """A count of things stated, then only a request to name them ("'eight treaties' - ok,
    name them. which eight?"): "which eight treaties?"; None otherwise."""
    if not re.search(r"(?i)\b(?:name|list|which)\b", text):
        return None
    count = "|".join(COUNT_WORDS[2:])
    found = re.search(rf"(?i)\b(\d{{1,3}}|{count})\s+([a-z]+s)\b", text)
    if found is None or re.sub(r"(?i)\bthe\b|\W", "", text[: found.start()]):
        return None  # "Liu Hua named two hits. Which ones?": hers, which the scene says
    rest = text[found.end() :]
    said = re.match(r"([^.?!\u2013\u2014]{0,40}?)\s*(?:[.?!\u2013\u2014]+|\s-+)\s*", rest)
    clause = said[1].strip(" '\"\u2019,") if said else ""  # "29 countries ratified it. Name
    if re.search(r"(?i)\b(?:what|which|who|how|when|where)\b", clause):  # them": which 29
        return None  # countries ratified it
    if not re.match(_LIST_THEM, rest[said.end() :] if said else rest.lstrip("'\"\u2019 ")):
        return None
    return f"which {found[1]} {found[2]} {clause}".strip() + "?"


def _who_instead(lookup: Lookup, text: str, denied: Reply) -> Reply:
    """A statement checked and denied that names a person on one side only ("the Wings Media
    speaker was Zhang Fan, right?": No), with who the other side is on record as ("who was
    the Wings Media speaker": Guan Rui) after the verdict, when that is someone else."""
    sides = stated(text)
    if sides is None:
        return denied
    verb, first, second = sides
    people = [
        {m.best.id for m in read(lookup, side).mentions if m.kind == "person"}
        for side in (first, second)
    ]
    if bool(people[0]) == bool(people[1]):
        return denied
    named, other = (people[1], first) if people[1] else (people[0], second)
    found = respond(lookup, f"who {verb} {other}?", respell=False)
    lines = [
        line for line in found.lines
        if _person_of(lookup.store.get(line.kind, line.id)) not in named | {None}
    ]  # fmt: skip
    if not lines:
        return denied
    return replace(denied, lines=tuple(dict.fromkeys((*denied.lines[:1], *lines)))[:MAX_LINES])


_WAS_IT_WHO = r"(?i)^\W*(?:so\s+)?(?:was|is)\s+it\s+(.+?)\s+who\s+(.+)$"
"""A check of who did something ("was it Wang Ying who raised the 'Hi, Mom' dispute?");
compiled (then cached by re) only for a text holding " who "."""


def _someone_else_did(lookup: Lookup, text: str) -> Reply | None:
    """"Was it X who did Y?" when the facts say someone else did: "No (our reading: it was
    Z)" with what Z said or did; None unless X is a person on record and the facts on what
    was done name one other person only."""
    match = re.match(_WAS_IT_WHO, text.strip()) if " who " in text.lower() else None
    if match is None:
        return _someone_else_said(lookup, text)
    named = [m for m in read(lookup, match[1]).mentions if m.kind == "person"]
    if len(named) != 1 or named[0].best.score < EXACT:
        return None
    return _done_by_other(lookup, respond(lookup, f"who {match[2]}", respell=False), named[0])


def _done_by_other(lookup: Lookup, reply: Reply, named: Mention) -> Reply | None:
    """A reply to "who did Y?" turned into "No (our reading: it was Z)" for a question that
    named another person; None unless its facts name one person only, not the one named."""
    people = {_person_of(lookup.store.get(line.kind, line.id)) for line in reply.lines}
    if not reply.lines or None in people or len(people) != 1 or named.best.id in people:
        return None
    first = reply.lines[0]
    doer = lookup.store.get("person", str(next(iter(people))))
    if not isinstance(doer, Person):
        return None
    verdict = f"No (our reading: it was {doer.name}): {first.text}"
    return replace(reply, lines=(replace(first, text=verdict), *reply.lines[1:]))


_SAY_CHECKED = {
    "propose": "proposed", "suggest": "suggested", "argue": "argued",
    "cite": "cited", "mention": "mentioned", "raise": "raised", "warn": "warned",
    "stress": "stressed", "urge": "urged", "recommend": "recommended", "call for": "called for",
    "advocate": "advocated", "point out": "pointed out", "bring up": "brought up",
}  # fmt: skip
"""Verbs of saying a check of who said something asks with, and their past forms; not
"say" itself, which another's words may bear out while the person's own, worded otherwise,
are not found."""
_SAID_PAST = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in _SAY_CHECKED.values())
_SAID_NOW = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in _SAY_CHECKED)
_DID_X_SAY = rf"(?i)^\W*did\s+([^,;?]{{2,60}}?)\s+({_SAID_NOW})\s+([^?]{{4,200}}?)\W*$"
"""A check of who said something ("Did Wang Min propose a labeling system for AI music?")."""
_X_SAID_CHECK = (
    rf"(?i)^\W*([^,;?]{{2,60}}?)\s+({_SAID_PAST})\s+([^?]{{4,200}}?)\s*[.,;:\u2013\u2014-]+\s*"
    r"(?:was\s+it\s+(?:him|her|them|he|she)|(?:is\s+(?:that|this)\s+)?(?:right|correct|true|"
    r"accurate))\W*$"
)
"""A claim of who said something, then checked ("Wang Min proposed X. Was it her?")."""


def _someone_else_said(lookup: Lookup, text: str) -> Reply | None:
    """"Did X propose Y?", "X proposed Y. Was it her?" when the facts give Y to one other
    person: "No (our reading: it was Z)" with what Z said; None unless X is a person on
    record, the facts on who said Y name one other person only, and that line holds every
    word of Y the question asks."""
    if len(text) > _PATTERN_MAX:
        return None
    did = re.match(_DID_X_SAY, text.strip())
    found = did or re.match(_X_SAID_CHECK, text.strip())
    if found is None:
        return None
    verb = fold(found[2])
    verb = " ".join(verb.split())
    past = _SAY_CHECKED.get(verb, verb)
    named = [m for m in read(lookup, found[1]).mentions if m.kind == "person"]
    if len(named) != 1 or named[0].best.score < EXACT:
        return None
    asking = Answerer(lookup, f"who {past} {found[3]}?")
    reply = asking.reply()
    first = reply.lines[0] if reply.lines else None
    if first is None or first.kind not in ("claim", "appearance"):
        return None
    said = [w for w in words_of(found[3]) if w not in STOP]  # "the Ne Zha 2 copyright
    if not all(asking.holds(first.kind, first.id, w) for w in said):  # dispute": Liu Hua
        return None  # named the film, and no dispute
    return _done_by_other(lookup, reply, named[0])


_WHO_SAID_FIGURE = (
    r"(?i)^\W*who\s+(?:said|reported|stated|announced|gave|cited|mentioned|shared|presented)"
    r"\s+(?:that\s+)?([^?]{8,300}?)[\s?.!]*$"
)
"""Who gave a figure, stated as a claim ("Who said CWWCS licensing revenue passed 23
million yuan in 2024?")."""


def _figure_reporter(lookup: Lookup, text: str) -> Reply | None:
    """Who reported the figures a claim states ("Who said CWWCS licensing revenue passed 23
    million yuan in 2024 with a distribution ratio above 60%?"): their posts, then the
    figures as checked; None unless the claim is borne out ("Yes") and one person reported
    every figure that bears it out."""
    if len(text) > _PATTERN_MAX:
        return None
    found = re.match(_WHO_SAID_FIGURE, text.strip())
    if found is None or not any(c.isdigit() for c in found[1]):
        return None
    reply = Answerer(lookup, f"{found[1]}, right?").reply()
    if not reply.lines or not all(line.text.startswith("Yes") for line in reply.lines):
        return None
    records = [lookup.store.get(line.kind, line.id) for line in reply.lines]
    people = {o.reported_by if isinstance(o, Observation) else None for o in records}
    if None in people or len(people) != 1:
        return None
    asked = Answerer(lookup, text)
    rid = str(next(iter(people)))
    posts = _each_post_once(asked.rel.roles_of_person(rid))
    lines = tuple(asked.lines.role(r) for r in posts) + tuple(reply.lines)
    return replace(reply, lines=lines[:MAX_LINES], cues=(*reply.cues, "reported by"))


def _denied(
    lookup: Lookup,
    text: str,
    span: tuple[int, int],
    others: Sequence[tuple[str, str]],
    *,
    unless: Collection[str] = (),
    said_so: bool = False,
) -> Reply | None:
    """A question with the number it states (at ``span``) put in place of each number the
    facts hold (``others``: that number, and what our reading says of it): "No (our reading:
    ...)" with the first that reads "Yes" (our reading), never of a fact of a kind
    ``unless`` names (a figure of another year is no answer for this one), and (``said_so``)
    only when the fact's own words hold that number, not only where and when it was said;
    None when none does."""
    start, end = span
    for other, said in others:
        reply = Answerer(lookup, f"{text[:start]}{other}{text[end:]}").reply()
        first = reply.lines[0] if reply.lines else None
        if first is not None and first.kind in unless:
            continue
        if first is not None and said_so and not _holds_own(lookup, first, other):
            continue  # "Liu Hua: memorandum signed in 2021?": she spoke in 2021 of 2015
        if first is not None and first.text.startswith(("Yes (", "Yes:")):
            verdict = f"No (our reading: {said}): {_unjudged(first.text)}"
            return replace(reply, lines=(replace(first, text=verdict), *reply.lines[1:]))
    return None


_ORGANIZED_ACTIVE = frozenset(
    "organized organised organize organise coorganized coorganised organizing organising".split()
)
"""Words a statement says organizing with, the active way ("China co-organized X with
WIPO": "co-" is dropped as the words are read)."""

_SHORT_WORD = 3
_FULL_NAME = 3
_MODIFYING = frozenset(
    "for at of during by from the a an that this its cited mentioned named held reported "
    "invoked quoted".split()
)
"""The words between two events' names when the second only says which the first is."""
_NEAR_EXACT = 90
"""The least score of a name matched nearly word for word ("...Relating to Foreign Affairs")."""
"""The fewest words of an event's name that name it in full, for a clause after it."""
_OTHERS_SHOWN = 3
"""How many posts at a body a person is wrongly said to be of are shown beside the "No"."""
"""Words this long or shorter are not weighed as a claim's own words ("yes", "pls")."""
_MODIFIER_REACH = 3
"""How many words may stand between an event's name and another's that says which it is
("the Central Conference cited for the Shanghai training")."""
_ARTICLE_ASKED = (
    r"(?i)\b(?:which|what)\s+(?:articles?|pieces?|stor(?:y|ies)|reports?|sources?)\b(?!\s+of\b)"
    r"|\bsource(?:\s+lines?)?\s+(?:for|of|behind)\b|^\W*sources?\b"
)
"""A question of which article says something ("which articles report X", "in which piece",
"the source for the 7.44% figure"); not "which article of the Beijing Treaty"."""
_PLACE_WORDS = 3
"""The most words a place's name may have after "in" ("in south eastern China")."""

_YEAR_STATED = r"(?<![\d.,])\b((?:19|20)\d\d)\b(?![\d.,]\d)"
"""A year a question states ("in 2012"), not part of a figure."""

_YEARS_TRIED = 6
"""How many other years, nearest first, a claim's one year is tried with (`_other_year`)."""


_WHO_ADVERBS = frozenset("actually really exactly originally officially formally first".split())
"""Words between "who" and what was done that say nothing of who ("who actually signed")."""
_PERFECT_REACH = 12
"""How far after "who has" the done thing may stand, German word order ("Who has the 2015
Memorandum of Cooperation on the WIPO-side signed?")."""

_DOER_REACH = 2
"""How many words may stand between who did a thing and the act ("China has already joined")."""

_EXISTENCE_ASKED = (
    r"(?i)\b(?:(?:was|is|were|are)\s+there|do\s+(?:we|you|they)\s+(?:have|know|get)|"
    r"does\s+(?:it|the\s+\w+(?:\s+\w+)?)\s+(?:give|have|say|mention|report)|"
    r"(?:any|another|other)\s+(?:edition|figure|number|data))\b"
)
"""How a question asks whether the articles give something at all ("do we have the share
for 2022?", "was there a 2024 edition?"), not whether a claim is so."""


def _other_year(lookup: Lookup, text: str) -> Reply | None:
    """A yes-or-no question stating one year that no fact bears out ("Per Liu Hua, WIPO and
    NCAC signed their Memorandum of Cooperation in 2012?"), answered "No (our reading: 2015,
    not 2012)" when the same question with a year the facts hold, among the nearest, reads
    "Yes"; None otherwise."""
    stated = list(re.finditer(_YEAR_STATED, text))
    if len(stated) != 1 or not Answerer(lookup, text).asks_yes_no():
        return None
    if re.search(_EXISTENCE_ASKED, text):  # "do we have the share for 2022?", "was there a
        return None  # 2024 edition?": a year the articles are silent on, not a claim
    year = int(stated[0][1])
    held = _years_held(lookup) - {year}
    nearest = sorted(held, key=lambda y: (abs(y - year), y))[:_YEARS_TRIED]
    others = [(str(y), f"{y}, not {year}") for y in nearest]
    return _denied(lookup, text, stated[0].span(1), others, unless=("observation",), said_so=True)


def _holds_own(lookup: Lookup, line: AnswerLine, number: str) -> bool:
    """Whether the fact behind ``line`` states ``number`` in its own words (its texts and
    quotes) or dates what it states with it (an event's days, a milestone's date, a value's
    period, an appearance's event); not where and when a statement was said or a post
    reported: Liu Hua's post "as of 2021" says nothing of 2015."""
    record = lookup.store.get(line.kind, line.id)
    if record is None:
        return False
    own = rf"(?<!\d){re.escape(number)}(?!\d)"
    if any(re.search(own, text) for _, text in record_texts(record)):
        return True
    if isinstance(record, Appearance):
        record = lookup.store.get("event", record.event) or record
    if isinstance(record, Event):
        dates = (record.start, record.end)
    elif isinstance(record, Milestone):
        dates = (record.date, None)
    elif isinstance(record, Observation):
        dates = (record.period, None)
    else:
        return False
    return any(date is not None and date.startswith(number) for date in dates)


def _other_body(lookup: Lookup, text: str) -> Reply | None:
    """A yes-or-no question naming one person and one organization that is not theirs
    ("Benjamin Ng lectured at Xiamen on behalf of WIPO, correct?"), answered "No (our
    reading: CISAC, not WIPO)" when the same question of a body the person holds a post at
    reads "Yes"; None otherwise."""
    asked = Answerer(lookup, text)
    q = asked.q
    people = [m for m in q.mentions if m.kind == "person"]
    bodies = [m for m in q.mentions if m.kind == "organization"]
    if not asked.asks_yes_no() or len(people) != 1 or len(bodies) != 1:
        return None
    typed = r"\W+".join(re.escape(w) for w in q.words[bodies[0].start : bodies[0].end])
    found = re.search(rf"(?i)\b{typed}\b", text)
    if found is None:
        return None
    others: list[tuple[str, str]] = []
    for role in lookup.store.related("role", "person", people[0].best.id):
        org = lookup.store.get("organization", getattr(role, "organization", ""))
        if isinstance(org, Organization) and org.id not in bodies[0].ids("organization"):
            name = (org.abbreviations or (org.name,))[0]
            others.append((name, f"{name}, not {found[0]}"))
    reply = _denied(lookup, text, found.span(), list(dict.fromkeys(others)))
    if reply is None or not reply.lines:
        return reply
    rid = people[0].best.id  # "was Wu Guanyong speaking for Tencent?": No, and who of
    events = {a.event for a in asked.rel.appearances_of_person(rid)}  # Tencent spoke there
    theirs = {r.id for r in asked.rel.roles_at(bodies[0].best.id) if r.person != rid}
    spoke = [
        a
        for event in sorted(events)
        for a in asked.rel.speakers(event)
        if a.role in theirs and a.person != rid
    ]
    added = tuple(asked.lines.appearance(a) for a in spoke[:EACH_MAX])
    return replace(reply, lines=tuple(dict.fromkeys((*reply.lines, *added)))[:MAX_LINES])


_WHICH_FIRST = (
    r"(?i)^\W*(?:which|what)\s+(?:one\s+)?(?:came|happened|was|took\s+place|occurred|"
    r"is|were|did)\s+(?:\w+\s+)?(first|earlier|sooner|later|last|more\s+recent(?:ly)?|"
    r"most\s+recent)\b\W*(?:the\s+)?(.+?)\s+or\s+(?:the\s+)?(.+?)\W*$"
)
"""Which of two things came first ("which came first, the Xiamen training or the Shanghai
one?")."""


_NAMED_THEN_FIRST = (
    r"(?i)\b(?:at|in|of)\s+(?:the\s+)?([^,;?]+?)\s+and\s+(?:at\s+|in\s+)?(?:the\s+)?([^,;?]+?)"
    r"\s*[,;:\u2013\u2014-]+\s*(?:so\s+)?which\s+(?:one\s+)?(?:came|was|happened|took\s+place)\s+"
    r"(first|earlier|sooner|later|last)\W*$"
)
"""Two things named before "which came first?" ("X shows up at the Chengdu forum and at
Xiamen, which came first?")."""


def _which_first(lookup: Lookup, text: str) -> Reply | None:
    """Which of two things named came first (or later): each one's dated fact, asked as
    "when was ...?", the earlier (or later) first and said so as our comparison of the dates
    on record; None unless both are dated, on different dates."""
    match = re.match(_WHICH_FIRST, text) if len(text) <= _PATTERN_MAX else None
    asks = len(text) <= _PATTERN_MAX and "which" in text[-40:].lower()  # tried only then
    named = re.search(_NAMED_THEN_FIRST, text) if asks and match is None else None
    if match is not None:
        way, one, other = match.groups()
    elif named is not None:  # "X shows up at the Chengdu forum and at Xiamen, which came
        one, other, way = named.groups()  # first?": the two things named before it
    else:
        return None
    head = re.sub(r"(?i)\s+(?:in|at|of|from)\s+.*$", "", one)  # "the training in Xiamen or
    other = re.sub(r"(?i)^(?:the\s+)?one\b", head, other)  # the one in Shanghai": training
    dated = _dated_pair(lookup, one, other)
    if dated is None:
        return None
    later = not way.lower().startswith(("first", "earlier", "sooner"))
    (_, lead, reply), (_, then, _) = sorted(dated, key=lambda x: x[0], reverse=later)
    said = "Later" if later else "First"
    lines = (
        replace(lead, text=f"{said} (our comparison of the dates on record): {lead.text}"),
        replace(then, text=f"Then: {then.text}" if not later else f"Earlier: {then.text}"),
    )
    return replace(reply, lines=lines, cues=(*reply.cues, "which came first"))


_PATTERN_MAX = 400
"""The longest question the whole-question patterns below are tried on (a longer text is
no such question, and the patterns' lazy runs would take quadratic time on it)."""

_TITLE_CHANGE = (
    r"(?i)\b(?:title|titles|position|positions|post|posts|job|role|roles|rank)\b[^?]*?\b"
    r"(?:change|changed|changes|same|different|differ|differed|identical|match|matches|"
    r"consistent)\b|\bsame\s+(?:title|position|post|job|role)s?\s+in\s+(?:every|each|all|both)\b|"
    r"\b(?:was|were|got|been|get|gets|be)\s+promoted\b|\bpromoted\s+or\s+not\b|\bpromotion\b|"
    r"\b(?:was|were|has|had|did)\s+(?:she|he|they)\s+(?:been\s+|get\s+)?promoted\b|"
    r"\b(?:change|changed)\b[^?]*?\b(?:title|position|post|job|role)s?\b|"
    r"\b(?:get|got|gets|getting|receive|received)\s+(?:a\s+)?new\s+(?:title|position|post|job|role)\b|"
    r"\b(?:a\s+)?(?:different|diff)\s+(?:title|position|post|job|role)s?\b"
)
"""A question whether a person's post changed between the times they appear ("did her title
change between the 2021 training and the 2025 roundtable?", "promoted or not")."""


_EITHER_CHANGED = (
    r"(?i)\bor\s+(?:did|has|had|was|were|is)\s+(?:her|his|their|the)\s+(?:title|post|position|"
    r"job|role|rank)s?\b|\bor\s+(?:did|has|had)\s+(?:she|he|they)\s+(?:change|get|move)"
)
"""A question that offers both sides ("was she deputy director general at both, or did her
title change?"), which a "Yes" or "No" would answer only one of."""


def _title_change(lookup: Lookup, text: str) -> Reply | None:
    """Whether the one person a question names held the same post at each event they appear
    at (those it names, else all): their appearances, the first with our reading ("No (our
    reading: the same post at each: Director, WIPO Office in China)"); None unless they
    appear at two or more with a post on record."""
    if len(text) > _PATTERN_MAX or re.search(_TITLE_CHANGE, text) is None:
        return None
    asked = Answerer(lookup, text)
    people = {m.best.id for m in asked.q.mentions if m.kind == "person"}
    if len(people) != 1:
        return None
    try:
        named = {e.id for e in asked.events()}
    except Refused:
        return None
    appearances = lookup.rel.appearances_of_person(next(iter(people)))
    chosen = [a for a in appearances if a.event in named]
    appearances = chosen if len(chosen) >= 2 else appearances
    posts = [(a, lookup.rel.role_for(a)) for a in appearances]
    held = [(a, r) for a, r in posts if r is not None]
    if len(held) < 2 or len(held) < len(posts):
        return None
    lines = Lines(lookup)
    kept = {(r.title, r.organization) for _, r in held}
    same = len(kept) == 1
    if same:
        post = held[0][1]
        reading = f"the same post at each: {post.title}, {lines.org_name(post.organization)}"
    else:
        reading = "; ".join(
            f"{r.title} at the {lines.event_short(a.event)}" for a, r in held
        )
    if re.search(_EITHER_CHANGED, text):  # "was she X at both, or did her title change?":
        verdict = "Unchanged" if same else "Changed"  # a yes to one side is a no to the other
    elif re.search(r"(?i)\b(?:same|unchanged|identical|match|matches|consistent)\b", text):
        verdict = "Yes" if same else "No"
    elif re.search(r"(?i)\bpromoted\b", text) and not same:
        verdict = "Not on record as a promotion"
    else:
        verdict = "No" if same else "Yes"
    said = [lines.appearance(a) for a, _ in held]
    said[0] = replace(said[0], text=f"{verdict} (our reading: {reading}): {said[0].text}")
    request = Request("who", next(iter(people)))
    return Reply(tuple(said), request, None, None, ("title change",))


def _dated_pair(
    lookup: Lookup, one: str, other: str
) -> list[tuple[str, AnswerLine, Reply]] | None:
    """Two things named, each with the date of the fact "when was ...?" answers first and
    that fact; None unless both are dated things (not people), on different dates."""
    dated: list[tuple[str, AnswerLine, Reply]] = []
    for part in (one, other):
        asked = re.sub(r"(?i)^(?:the|a|an)\s+", "", part.strip())
        reply = respond(lookup, f"When was the {asked}?", respell=False)
        line = reply.lines[0] if reply.lines else None
        record = lookup.store.get(line.kind, line.id) if line is not None else None
        date = lookup.rel.date(record) if record is not None else None
        if line is None or not date or line.text.startswith(("No", "Yes")):
            return None
        if line.kind in ("appearance", "role", "person"):  # "Liu Hua or Gao Hang": people
            return None  # came to no one point in time
        dated.append((date, line, reply))
    if dated[0][0] == dated[1][0] or dated[0][1].id == dated[1][1].id:
        return None
    return dated


_IN_ORDER = (
    r"(?i)^\W*(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:put|list|order|sort|arrange|"
    r"rank|give|place)\s+(?:the\s+)?(.+?)\s+(?:in\s+(?:date|chronological|time|calendar)\s+"
    r"order|chronologically|by\s+(?:their\s+)?dates?|in\s+order\s+of\s+(?:date|time)|"
    r"in\s+the\s+order\s+they\s+(?:happened|took\s+place|were\s+held)|(?:from\s+)?(?:the\s+)?"
    r"(?:earliest|oldest|first)\s+to\s+(?:the\s+)?(?:latest|newest|last|most\s+recent))"
    r"(?:\s*,?\s*please)?\W*$"
)
"""Things named to be put in the order of their dates ("put the Xiamen training, the
Shanghai training and the Beijing roundtable in date order")."""

_ORDERED_MAX = 6
"""The most things one question may ask to be put in date order."""


def _in_date_order(lookup: Lookup, text: str) -> Reply | None:
    """Things named put in the order of their dates on record, earliest first, each with its
    dated fact, said to be our ordering; None unless every one is a dated thing (not a
    person) on its own date."""
    match = re.match(_IN_ORDER, text) if len(text) <= _PATTERN_MAX else None
    if match is None:
        return None
    items = [
        x for x in re.split(r"\s*[,;]\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?", match[1])
        if x.strip()
    ]  # fmt: skip
    if not 2 <= len(items) <= _ORDERED_MAX:
        return None
    dated: list[tuple[str, AnswerLine, Reply]] = []
    for item in items:
        pair = _dated_pair(lookup, item, items[0] if item != items[0] else items[-1])
        if pair is None:
            return None
        dated.append(pair[0])
    if len({d for d, _, _ in dated}) != len(dated) or len({x.id for _, x, _ in dated}) != len(
        dated
    ):
        return None  # two on one date, or one fact for two things: no order of ours
    dated.sort(key=lambda x: x[0])
    lines = [
        replace(line, text=f"{'First (our ordering of the dates on record)' if n == 0 else 'Then'}"
                f": {line.text}")
        for n, (_, line, _) in enumerate(dated)
    ]  # fmt: skip
    reply = dated[0][2]
    return replace(reply, lines=tuple(lines), cues=(*reply.cues, "in date order"))


_YEARS_BETWEEN = (
    r"(?i)^\W*how\s+(?:many\s+years|long)\s+(?:(after|before)\s+(?:the\s+)?(.+?)\s+"
    r"(?:did|was|were|had|is)\s+(.+?)|(?:passed\s+|went\s+by\s+|were\s+there\s+)?between"
    r"\s+(?:the\s+)?(.+?)\s+and\s+(?:the\s+)?(.+?))\W*$"
)
"""How many years lie between two things ("How many years after the Beijing Treaty
conference did NCAC and WIPO sign the memorandum?", "how long between A and B?")."""


def _years_between(lookup: Lookup, text: str) -> Reply | None:
    """How many years lie between two dated things named, by our calculation from the years
    on record, with each one's fact; None unless both are dated."""
    match = re.match(_YEARS_BETWEEN, text) if len(text) <= _PATTERN_MAX else None
    if match is None:
        return None
    _, one, other, first, second = match.groups()
    if one is not None:
        dated = _dated_pair(lookup, one, other)
    else:  # "between A and B": "and" may be inside either name ("NCAC and WIPO signing")
        dated = _dated_pair(lookup, first, second)
    if dated is None:
        return None
    (early, lead, reply), (late, then, _) = sorted(dated, key=lambda x: x[0])
    years = int(late[:4]) - int(early[:4])
    said = f"{years} year{'s' if years != 1 else ''} (our calculation from the years on record, "
    said += f"{early[:4]} to {late[:4]})"
    lines = (replace(lead, text=f"{said}: {lead.text}"), replace(then, text=f"Then: {then.text}"))
    return replace(reply, lines=lines, cues=(*reply.cues, "years between"))


_BEGUN = (
    r"(?i)\b(?:begin|began|begun|beginning|start|started|starting|established|founded|"
    r"launched|commenced|formed)\b"
)
"""Words asking when something began ("when did the WIPO-China partnership begin?")."""

_ANNIVERSARY = r"(?i)\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary\b"
"""An anniversary a fact states ("its 50th anniversary")."""


def _begun(lookup: Lookup, text: str) -> Reply | None:
    """When something began, asked of a thing whose anniversary a fact dates ("what year did
    the WIPO-China partnership begin?": its 50th anniversary was in 2023): the year by our
    calculation, on that fact; None unless one such fact answers the question without its
    word for beginning."""
    if len(text) > _PATTERN_MAX or re.search(_BEGUN, text) is None:
        return None
    rest = re.sub(_BEGUN, " ", text)
    asked = Answerer(lookup, rest)
    if not (asked.asks_when() or asked.q.has("year")):
        return None
    reply = asked.reply()
    found = [
        (line, m, record)
        for line in reply.lines[:1]
        if isinstance(record := lookup.store.get(line.kind, line.id), Milestone)
        and record.date
        and (m := re.search(_ANNIVERSARY, record.summary)) is not None
    ]
    if not found:
        return None
    line, m, record = found[0]
    nth, year = int(m[1]), int(record.date[:4])
    said = f"{year - nth} (our calculation: its {m[1]}{m[0][len(m[1]):m[0].index(' ')]} "
    said += f"anniversary was in {year})"
    return replace(reply, lines=(replace(line, text=f"{said}: {line.text}"),),
                   cues=(*reply.cues, "began"))  # fmt: skip


def _said_on(lookup: Lookup, text: str) -> Reply | None:
    """What one named person said about a thing, asked in a few words ("Gurry on Beijing
    Treaty?")."""
    return _said_about(lookup, text, _NAME_ON) if " on " in text or " about " in text else None


def _title_changed(lookup: Lookup, text: str) -> Reply | None:
    """Whether a person's post changed between two events ("did Liu Hua's title change
    between the 2021 training and the 2025 roundtable?"): her post at each, with the other
    part of a question that asks two things."""
    changed = _title_change(lookup, text)
    return None if changed is None else _and_the_other_part(lookup, text, changed, _title_change)


_SHORT_SCALE = r"(?i)\b(\d{1,4}(?:\.\d{1,3})?)\s?(mil|mln|mn|bil|bln)\b"
"""A figure with its scale shortened ("50 mil", "5.1 bil")."""


def _scale_written(found: re.Match[str]) -> str:
    """A figure with its shortened scale written out ("50 million")."""
    return f"{found[1]} {'million' if found[2].lower().startswith('m') else 'billion'}"


_TOGETHER = frozenset({"together", "jointly", "joint", "cooperate", "cooperated", "cooperation"})
"""Words asking what two bodies did with each other ("what did WIPO and NCAC do together")."""
_NAMES_LISTED = lazy_pattern(
    r"[^,.;:?!]{1,120}(?:,[^,.;:?!]{1,80}){1,8},?\s+(?:and|or)\s+[^,.;:?!]{1,80}"
)
"""A list of three or more things with commas and a last "and" ("the EU, the US, Canada and
Japan"); the names are its items' first capitalized words."""
_LIST_MIN = 3
"""The fewest items a claimed list holds to be checked name by name (`_members_claimed`)."""


def _members_claimed(lookup: Lookup, text: str) -> Reply | None:
    """A yes-or-no claim listing who an instrument's parties or an event's represented
    countries are ("We wrote that China holds bilateral copyright dialogues with the EU, the
    US, Canada and Japan. Accurate?"): "Yes (our reading)" when the record names each, "Not
    as the article gives it (our reading: it does not name Canada)" when it names all but
    some; None unless one such record is named and it names at least two of the list."""
    if len(text) > _PATTERN_MAX or text.count(",") < 1:
        return None
    listed = _NAMES_LISTED.search(text)
    if listed is None:
        return None
    asked = Answerer(lookup, text)
    if not asked.asks_yes_no():
        return None
    records = [
        r for m in asked.q.mentions if m.kind in ("instrument", "event")
        and isinstance(r := lookup.store.get(m.kind, m.best.id), (Instrument, Event))
    ]  # fmt: skip
    kind = _free_trade_agreements(lookup, text)  # "China negotiated FTAs with Australia,
    if kind and set(records) <= set(kind):  # South Korea and the EAEU": the agreements of
        records = kind  # that kind, together (one named by its partner is one of them)
    if not records:  # "China backs mechanisms under WIPO, the WTO and the G20": a statement
        return _subjects_claimed(lookup, listed[0])  # of those bodies
    if not records or (len({r.id for r in records}) != 1 and not all(
        isinstance(r, Instrument) for r in records
    )):  # fmt: skip
        return None
    record = records[0]
    names = {n for r in records for n in _member_names(lookup, r)}
    items = _list_names(listed[0])
    if len(items) < _LIST_MIN or not names:
        return None
    held = [item for item in items if _name_key(item) in names]
    unheld = [item for item in items if _name_key(item) not in names]
    people = {_name_key(asked.lines.name("person", m.best.id)) for m in asked.mentioned("person")}
    if len(held) < 2 or any(_name_key(item) in people for item in unheld):
        return None  # "Liu Hua, WIPO and NCAC ...": a speaker, not one of a list of parties
    lines = Lines(lookup)
    line = lines.subject(record) if isinstance(record, Instrument) else lines.event(record)
    if isinstance(record, Event) and record.represented:
        line = lines.represented(record, ", ".join(record.represented))
    verdict = (
        "Yes (our reading)" if not unheld
        else f"Not as the article gives it (our reading: it does not name {' or '.join(unheld)})"
    )  # fmt: skip
    request = (
        Request("event", record.id) if isinstance(record, Event)
        else Request("search", record.name, limit=CARDS)
    )  # fmt: skip
    judged = replace(line, text=f"{verdict}: {line.text}")
    rest = tuple(lines.subject(r) for r in dict.fromkeys(records[1:]) if isinstance(r, Instrument))
    return Reply(lines=(judged, *rest), request=request, cues=("list checked",))


_OWN_WORDS = (
    r"(?i)\b(?:direct(?:ly)?\s+quot\w*|quot\w*\s+directly|(?:exact|precise|actual)\s+words|"
    r"own\s+words|"
    r"in\s+(?:his|her|their)\s+words|word\s+for\s+word|verbatim|quotable|"
    r"(?:a|an|one|any|some|the)\s+(?:[\w-]+\s+){0,2}?quot(?:e|es|ation|ations)\s+(?:from|of|by)\b|"
    r"^\W*(?:(?:please|pls|can\s+you|could\s+you)\s+)?quote\s+(?!from\b|check|verif|accura|correct))"
)
"""A person's own words asked for ("a direct quote from", "in her own words", "word for word",
"give me a one-line quote from", "Quote Liu Hua on AI")."""
_WORDING = r"(?i)\b(?:exact|precise|actual)\s+wording\b"
"""A wording asked as exact, which is someone's words when a quote is asked too."""
_QUOTE_ASKED = frozenset(
    "direct directly quote quotes quotation quotations quoted exact precise actual words word "
    "wording own verbatim quotable for in one line one-line give me need want please pls from "
    "by of any some "
    "statement statements".split()
)
"""Words of a request for someone's own words, which a quotation answers."""

_SHORT_KINDS = tuple(
    (long, shorts)
    for long, theirs in KIND_PHRASES
    if " " in long
    and (shorts := tuple(
        p for p, kinds in KIND_PHRASES
        if set(kinds) & set(theirs) and p.removesuffix("s") == "".join(w[0] for w in long.split())
    ))
)  # fmt: skip
"""Each kind's name in words ("collective management organizations") with its initials
("cmos", "cmo"), which a fact written with the long name holds."""

_BODY_NOUNS = frozenset(
    (*ORG_NOUNS, *ORG_WORDS, "company", "companies", "firms", "university", "office")
)
"""Nouns for a body by its kind ("association", "university")."""
_BODY_IN = frozenset((noun, "in") for noun in _BODY_NOUNS)
"""A body's noun before the place it is in ("which association in Sydney")."""

_CALCULATING = frozenset(
    "calculate calculated calculation compute computed derive derived implied imply implies "
    "estimate estimated work worked".split()
)
"""Words with which a question asks for a figure worked out ("back out the 2022 value")."""

_DESCRIBED_AS = frozenset(
    "described introduced billed styled titled credited referred listed captioned".split()
)
"""Verbs that, right after a person's name and before "as", claim what they are ("Jiang Bo
described as Tencent's general counsel")."""

_FOUNDED = frozenset("established founded created launched formed inaugurated".split())
"""Words for a body or thing coming into being, whose date no statement about it gives."""

_LIST_LEADS = frozenset({"per", "according", "as", "by", "for", "from", "with", "to", "at", "in"})
"""Words that open a sentence's lead before a list ("Per Liu Hua, WIPO and NCAC ...")."""

_FTA = lazy_pattern(r"(?i)\b(?:ftas?|free[\s-]+trade(?:\s+(?:agreements?|deals?|pacts?|talks))?)\b")
"""Free trade agreements named by their kind ("FTAs", "free trade deals")."""


def _free_trade_agreements(lookup: Lookup, text: str) -> list[Instrument | Event]:
    """The free trade agreements on record when a question names them by their kind and no
    one of them by name; [] otherwise."""
    if not _FTA.search(text[:_PATTERN_MAX]):
        return []
    return [
        r for r in lookup.store.all("instrument")
        if isinstance(r, Instrument) and "free trade agreement" in fold(r.name)
    ]  # fmt: skip


def _subjects_claimed(lookup: Lookup, listed: str) -> Reply | None:
    """A claimed list of bodies checked against the one statement whose subjects are all but
    some of them ("China backs mechanisms under WIPO, the WTO and the G20": it names APEC):
    "Not as the article gives it (our reading: it does not name G20)"; None when the
    statement names every one (whether it says what the claim says of them is another
    reading's to judge) or no one statement names two of them."""
    items = _list_names(listed)
    if len(items) < _LIST_MIN:
        return None
    found: list[tuple[Claim, list[str]]] = []
    for claim in lookup.store.all("claim"):
        if not isinstance(claim, Claim) or len(claim.subjects) < 2:
            continue
        names = {
            _name_key(n) for rid in claim.subjects
            if isinstance(org := lookup.store.get("organization", rid), Organization)
            for n in (org.name, *org.aliases, *org.abbreviations)
        }  # fmt: skip
        held = [item for item in items if _name_key(item) in names]
        if len(held) >= 2:
            found.append((claim, [item for item in items if _name_key(item) not in names]))
    if len(found) != 1 or not found[0][1]:
        return None
    claim, unheld = found[0]
    line = Lines(lookup).claim(claim)
    verdict = f"Not as the article gives it (our reading: it does not name {' or '.join(unheld)})"
    judged = replace(line, text=f"{verdict}: {line.text}")
    request = (
        Request("who", claim.person) if claim.person
        else Request("org", claim.organization) if claim.organization
        else Request("search", claim.summary, limit=CARDS)
    )  # fmt: skip
    return Reply(lines=(judged,), request=request, cues=("list checked",))


def _member_names(lookup: Lookup, record: Instrument | Event) -> set[str]:
    """The keys of the names an instrument's parties or an event's represented and
    participating bodies go by (`_name_key`)."""
    texts: list[str] = []
    bodies = record.parties if isinstance(record, Instrument) else record.participants
    for rid in bodies:
        org = lookup.store.get("organization", rid)
        if isinstance(org, Organization):
            texts += [org.name, *org.aliases, *org.abbreviations]
    if isinstance(record, Event):
        texts += record.represented
    return {_name_key(t) for t in texts}


def _list_names(listed: str) -> list[str]:
    """The names a list gives: each item's first run of capitalized words, after "the"
    ("with the EU" -> "EU", "Russia were at the forum" -> "Russia")."""
    items = re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", listed)
    if len(items) > 1 and re.match(r"(?i)\W*according\s+to\s", items[0]):  # "According to
        items = items[1:]  # the NCAC, China negotiated FTAs with A, B and C": who said it
    names = []
    for n, item in enumerate(items):
        words = item.split()
        if n == 0:  # "China holds dialogues with the EU": the last capitalized run, after
            run = list(takewhile(lambda w: w[:1].isupper(), reversed(words)))[::-1]
            led = words[:1] and words[0].lower() in _LIST_LEADS
            if len(run) == len(words) and led:  # a word of the sentence ("Per Liu Hua, WIPO
                return []  # and NCAC signed ..."): a lead, not an item of a list
        else:
            run = list(takewhile(lambda w: w[:1].isupper(), dropwhile(lambda w: w == "the", words)))
        if run:  # "'... and the G20' - accurate?": the name, not the quotation mark
            names.append(" ".join(run).strip("\"'\u201c\u201d\u2018\u2019"))
    return names


def _name_key(text: str) -> str:
    """A name as compared in a list: folded, without "the", spaces or dots ("the U.S.": us)."""
    return re.sub(r"[^a-z0-9]", "", re.sub(r"^the\s+", "", fold(text)))


_RATE_BESIDE = (
    r"(?i)^\W*(?P<head>(?P<subject>[^,?]{3,80}?)\s+(?:in\s+(?P<year>(?:19|20)\d\d)\s+)?"
    r"(?:was|were|reached|hit|totaled|totalled|stood\s+at|came\s+to)\s+[^,?]{2,40}?)\s*,\s*"
    r"(?:which\s+was\s+|that\s+was\s+|representing\s+|marking\s+)?(?:a|an|up)\s+"
    r"(?P<rate>\d{1,3}(?:\.\d{1,2})?\s*(?:%|percent\b))(?:\s+(?:increase|rise|growth|jump|gain))?"
    r"[^?]{0,40}\?\s*$"
)
"""A figure claimed with its growth beside it ("MCSC revenue in 2024 was 477 million yuan,
which was a 15% increase over the previous year?")."""


def _rate_apart(lookup: Lookup, text: str) -> Reply | None:
    """A claimed figure and the growth claimed beside it, each checked against its own
    figure ("477 million yuan, which was a 15% increase?": Yes to the 477 million, No to the
    15%); None unless both parts get a verdict."""
    said = re.match(_RATE_BESIDE, text) if len(text) <= _PATTERN_MAX else None
    if said is None:
        return None
    year = f" in {said['year']}" if said["year"] else ""
    subject, head = (_lead_dropped(said[k]) for k in ("subject", "head"))
    level = respond(lookup, f"{head}, right?", respell=False)
    growth = respond(lookup, f"{subject} grew {said['rate']}{year}, right?", respell=False)
    parts = [level, growth]
    if not all(p.lines and p.lines[0].text.startswith(("Yes", "No")) for p in parts):
        return None
    lines = [p.lines[0] for p in sorted(parts, key=lambda p: not p.lines[0].text.startswith("No"))]
    return replace(growth, lines=tuple(lines), cues=(*growth.cues, "two figures checked"))


_SAID_FIGURE = (
    r"^\W*(?P<who>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2}|(?i:the\s+(?:[\w-]+\s+){0,3}"
    r"(?:official|guy|man|woman|lady|speaker|director|head|rep|representative|spokesperson|"
    r"chief|boss)))\s+(?:said|says|reported|"
    r"stated|claimed|told\s+(?:the\s+)?\w+)\s+(?:that\s+)?(?P<claim>[^?]{6,200}?\d[^?]{0,120}?)"
    r"\s*(?:[,;]\s*|\s+[-\u2013\u2014]+\s*)(?:is\s+that\s+)?(?:right|correct|true|accurate)\?"
)
"""A figure claimed as someone's words ("Zhou Qing said Sichuan registered 170,000 works in
2019, correct?")."""


def _said_figure_checked(lookup: Lookup, text: str) -> Reply | None:
    """A figure claimed as someone's words, judged first as a figure ("Zhou Qing said Sichuan
    registered 170,000 works in 2019, correct?": the article gives 170,000 for 2018): the
    figure's "No" or "Not as the article gives it", which no saying of it can make right;
    None when the figure holds or cannot be judged (what was said is then checked)."""
    said = re.match(_SAID_FIGURE, text) if len(text) <= _PATTERN_MAX else None
    if said is None:
        return None
    claim = said["claim"].strip(" ,")
    claim = re.sub(r"(?i)^(?:at|in|during|on)\s+[^,]{3,80}?\s+that\s+", "", claim)  # "said at
    # the March 2025 roundtable that ...": what was said
    claim = re.sub(r"(?i)^(?:its|their|his|her)\b", f"{said['who']}'s", claim)  # "its revenue"
    worded = re.search(r"(?i)\b(?:a|one|two|three|half\s+a)\s+(?:hundred|thousand|million|billion|"
                       r"trillion)\b", claim)  # fmt: skip  ("a billion yuan": a figure too)
    if worded or len([m for m in _figures_stated(claim) if not _a_year(m)]) != 1:
        return None  # "... passed a billion yuan in 2018, with 170,000 works registered":
        # two figures, each judged by what was said (`_numbers_borne`)
    named = read(lookup, said["who"]).mentions
    described = said["who"].lower().startswith("the ")  # "the sichuan official said ..."
    if not described and (len(named) != 1 or named[0].kind not in ("person", "organization")):
        return None  # one speaker, a person or a body ("MCSC said its 2024 revenue rose 15%")
    reply = respond(lookup, f"{claim}, right?", respell=False)
    if not reply.lines or not reply.lines[0].text.startswith(("No", "Not as")):
        return None
    return replace(reply, cues=(*reply.cues, "the figure said checked"))


_NOT_FIGURE = (
    r"(?i)^(?P<head>\W*(?:was|is|were|are|did|does)\b[^?]{3,200}?)\s+not\s+(?P<figure>(?:rmb\s+)?"
    r"\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)?\s*(?:thousand|million|billion|trillion)?"
    r"(?:\s+(?:yuan|rmb|members|people|works|countries))?)\s*\?+\s*$"
)
"""A figure denied in a yes-or-no question ("was the 2023 growth not 11%?")."""


def _figure_denied(lookup: Lookup, text: str) -> Reply | None:
    """A figure denied ("was the 2023 year-on-year growth not 11%?") judged as the claim of
    the figure, its verdict turned round: "Correct, not 11%" when the figure is another,
    "No" when it is the figure; None when the claim gets no verdict."""
    denied = re.match(_NOT_FIGURE, text) if len(text) <= _PATTERN_MAX else None
    if denied is None:
        return None
    figure = denied["figure"].strip()
    reply = respond(lookup, f"{denied['head']} {figure}?", respell=False)
    first = reply.lines[0] if reply.lines else None
    if first is None or not first.text.startswith(("No, not", "Yes")):
        return None
    plain = _unjudged(re.sub(r"^No, not [^:]{1,60}:\s*", "", first.text))
    plain = re.sub(r"\s*\(our comparison[^()]{0,80}\)$", "", plain)  # said once, before
    if first.text.startswith("No"):
        said = f"Correct, not {figure} (our comparison): {plain}"
    else:
        said = f"No (our comparison: it is {figure}): {plain}"
    lines = (replace(first, text=said), *reply.lines[1:])
    return replace(reply, lines=lines, cues=(*reply.cues, "a figure denied"))


_AUX = r"does|did|was|were|is|are|has|have|had|do"
_DENIED_CLAIM = (
    r"(?i)^\W*(?:so|and|but|ok|okay)?,?\s*(?P<subject>[^,?]{2,120}?)\s+(?P<aux>" + _AUX + r")"
    r"(?:n['\u2019]t|\s+not)\s+(?P<rest>[^?]{2,200}?)\s*(?:,\s*(?:(?:" + _AUX + r")\s+"
    r"(?P<pro>he|she|it|they|there)|(?:right|correct|true|yes))|,?\s+(?:right|correct|true))?"
    r"\s*\?+\s*$"
)
"""A claim denied and asked back ("Gao Yunfei doesn't head the Film Bureau, does he?", "so
MCSC didn't earn more than 400 million?", "there weren't nearly 200 guests, were there?")."""

_NOBODY_CLAIM = (
    r"(?i)^\W*(?:so\s+)?(?:nobody|no\s+one|no-one)\s+(?P<rest>(?:from|of)\s[^?]{2,200}?)"
    r"\s*(?:,?\s*(?:right|correct|true)|,\s*(?:did|was|were|do|does)\s+(?:they|he|she))?\s*\?+\s*$"
)
"""A claim that no one of a body did something ("nobody from CISAC lectured at Xiamen,
right?")."""

_NOT_CLAIMING = frozenset(
    "who whom whose what which when where why how whether if does did was were is are has have "
    "had do".split()
)
"""Words a denied claim's subject never opens with: a question, not a claim."""


def _claim_denied(lookup: Lookup, text: str) -> Reply | None:
    """A claim denied and asked back, judged as the claim itself and said plainly either way:
    "He does (our reading): ..." when the record bears the claim out, "It did not (our
    reading: ...)" when it says otherwise (no bare "Yes" or "No", which a denial makes
    ambiguous); None when the claim gets no verdict."""
    if len(text) > _PATTERN_MAX:
        return None
    denied = re.match(_DENIED_CLAIM, text)
    nobody = None if denied else re.match(_NOBODY_CLAIM, text)
    if denied is not None:
        subject = denied["subject"].strip()
        if subject.split()[0].lower() in _NOT_CLAIMING:
            return None
        aux = denied["aux"].lower()
        asked = f"{aux} {subject} {denied['rest']}?"
        pro = (denied["pro"] or "").lower()
        if subject.lower() == "there":
            pro = "there"
        who = pro.capitalize() if pro else "They" if aux in ("were", "are", "have", "do") else "It"
        said, unsaid = f"{who} {aux}", f"{who} {aux} not"
    elif nobody is not None:
        asked = f"someone {nobody['rest']}, right?"
        said, unsaid = "Someone did", "None did"
    else:
        return None
    reply = respond(lookup, asked, respell=False)
    first = reply.lines[0] if reply.lines else None
    if first is None:
        return None
    took_part = "participants" in reply.cues and nobody is not None  # "someone from ARIPO
    if took_part or first.text.startswith(("Yes ", "Yes:")):  # came to the forum": it took part
        plain = _unjudged(first.text)
        labelled = "(our comparison" in plain or plain.endswith("(our reading)")
        verdict = f"{said}: {plain}" if labelled else f"{said} (our reading): {plain}"
    else:
        no = re.match(r"^No(?:, not (?P<n>[^:()]{1,60}))?(?: \((?P<r>our [^()]{0,300})\))?:\s*",
                      first.text)  # fmt: skip
        if no is None:
            return None
        rest = first.text[no.end() :]
        if no["n"] and not no["r"]:  # "No, not 600 million yuan: ... (our comparison)"
            verdict = f"{unsaid}: {rest}"
        else:
            verdict = f"{unsaid} ({no['r'] or 'our reading'}): {rest}"
    lines = (replace(first, text=verdict), *reply.lines[1:])
    return replace(reply, lines=lines, cues=(*reply.cues, "a claim denied, checked"))


_SCENE_BREAK = r"\s[-\u2013\u2014]\s|[,:;]\s"
"""Where a question's scene ends and what it asks of it begins ("the NCAC lady at Xiamen -
did she ...", "the WIPO lady, what did she ...")."""
_OBJECT_PRONOUN = (
    r"(?i)\b(?:his|her)\b(?=\s+(?:a|an|the|at|in|on|to|with|from|also|too)\b|\W*$)"
)
""""her" as the object of a verb, not her own ("did you see her at ...")."""
_DESCRIBED_HEAD_MAX = 16
"""How many words a person's description before what is asked of them may run to."""
_DESCRIBED_DOING = frozenset(
    "came comes come is was works worked teaches taught heads headed runs ran represents "
    "represented".split()
)
"""Verbs besides saying that end a person's description and begin what is asked of them
("the French expert at the Shanghai training came from Lyon, didn't she?")."""
_SAID_OR_DONE = STATEMENT | _DESCRIBED_DOING
"""The verbs that begin what a description's person is asked of (`_described_person`)."""
_TAG_WORDS_MAX = 3
"""How many words a question tag after a comma runs to ("didn't she?", "wasn't it, right?")."""
_RELATIVES = frozenset({"who", "that", "which", "whom"})
"""Words after which a verb is part of a description ("the lady who spoke at Xiamen")."""


def _described_person(lookup: Lookup, text: str) -> Reply | None:
    """A person described, not named, then asked about ("the NCAC deputy DG lady who spoke
    at the Xiamen training - did she also show up at Chengdu?", "the WIPO lady who runs the
    Beijing office mentioned two Chinese hits, which ones?"): the description is asked as
    "who was ...", and when that finds one person, the rest is asked of them by name, with
    the line that bears the description out after its answer; None otherwise."""
    text = text[:_PATTERN_MAX]
    if not re.match(r"(?i)(?:the|that|this)\s", text):
        return None
    head = rest = None
    for brk in re.finditer(_SCENE_BREAK, text):
        after = text[brk.end() :]
        tag = len(words_of(after)) <= _TAG_WORDS_MAX  # "..., didn't she?": a tag, no question
        if set(words_of(after)) & PRONOUNS and not tag:  # "..., did she also ...": she is the
            head, rest = text[: brk.start()], after  # one described
            break
    words = text.split()
    if head is None:  # "the WIPO lady who runs the Beijing office mentioned ...": what she did
        folded = [fold(w).strip(",.?!") for w in words[:_DESCRIBED_HEAD_MAX]]
        people = [i for i, w in enumerate(folded) if w in ASKED_PEOPLE]
        for i, w in enumerate(folded):
            done = w in STATEMENT or w in _DESCRIBED_DOING  # "... came from Lyon, didn't she?"
            if people and i > people[0] + 1 and done and folded[i - 1] not in _RELATIVES:
                head, rest = " ".join(words[:i]), " ".join(words[i:])
                break
    if head is None or rest is None or not set(words_of(head)) & ASKED_PEOPLE:
        return None
    if Answerer(lookup, head).mentioned("person"):
        return None  # "the lady, Liu Hua, ...": named already
    found = respond(lookup, f"who was {head}?", respell=False)
    whose = {getattr(lookup.store.get(line.kind, line.id), "person", None) for line in found.lines}
    if len(whose) != 1 or None in whose:
        return None
    person = lookup.store.get("person", str(next(iter(whose))))
    if not isinstance(person, Person):
        return None
    name = person.name
    if not re.match(r"(?i)\S+\s", rest) or rest.split()[0].lower() not in _SAID_OR_DONE:
        told = re.sub(r"(?i)\b(?:he|she|him|hers)\b", name, rest, count=1)
        told = re.sub(_OBJECT_PRONOUN, name, told, count=1)
        told = re.sub(r"(?i)\b(?:his|her)\b", f"{name}'s", told, count=1)
    else:  # "came from Lyon, didn't she?": what the one described did
        told = f"{name} {rest}"
    reply = respond(lookup, told, respell=False)
    if not reply.lines:
        return None
    shown = {(line.kind, line.id) for line in reply.lines}
    backing = [line for line in found.lines[:1] if (line.kind, line.id) not in shown]
    return replace(reply, lines=(*reply.lines, *backing))


_CLAIM_LEAD = (
    r"(?i)^(?:is\s+it\s+(?:true|correct|right|accurate)\s+that|(?:can\s+you\s+)?confirm\s+"
    r"that|claim:)\s+"
)
"""How a claim checked may open ("Is it correct that ...")."""
_CLAIM_VERB = r"(?i)\s(?:is|are|was|were|has|have|had)\s"
"""A verb that gives a clause of a claim its own statement."""
_CLAIM_AND = r"(?i)(?<=[^\s,]),?\s+and\s+(?=(?:the|its|their|that|this)\s)"
"""Where a claim's second clause, with a subject of its own, begins ("... and the gap ...")."""
_CLAIM_TAG = r"(?i)\b(?:right|true|correct|accurate|yes\s+or\s+no)\Z"
"""A check word at a claim's end ("..., right"), once the question marks are stripped."""


def _claim_untagged(text: str) -> str:
    """A claim without its check at the end ("..., right?"), stripped piece by piece: as one
    pattern, runs of spaces before the end made it cubic."""
    body = text.rstrip().rstrip("?").rstrip()
    tag = re.search(_CLAIM_TAG, body)
    return (body[: tag.start()] if tag else body).rstrip(", \t\n\r\f\v")


def _figure_claims_joined(lookup: Lookup, text: str) -> Reply | None:
    """`_claims_joined` for a claim whose two clauses each state a figure ("MCSC has more
    than 14,000 members and gains around 1,000 a year, true?"): each figure is checked by its
    own clause, before the whole is read as one."""
    return _claims_joined(lookup, text, figures=True)


def _claims_joined(lookup: Lookup, text: str, *, figures: bool = False) -> Reply | None:
    """Each clause of a claim of two clauses, each with its own subject and verb ("Is it
    correct that X is still below the global average and the gap with the US is widening?"),
    checked as a claim of its own: "No" first when either is not so, "Yes" when both are;
    None unless each gets a verdict."""
    if len(text) > _PATTERN_MAX or "?" in text.rstrip().rstrip("?"):
        return None
    lead = re.match(_CLAIM_LEAD, text)
    body = _claim_untagged(text[lead.end() if lead else 0 :])
    joints = list(re.finditer(_CLAIM_AND, body))
    shared = list(re.finditer(_CLAIM_AND_VERB, body)) if not joints else []
    if len(joints) + len(shared) != 1:
        return None
    joint = (joints or shared)[0]
    one, two = body[: joint.start()], body[joint.end() :]
    if re.search(r"(?i)\b(?:what|which|who|whom|whose|when|where|how|why)\b", one):
        return None  # "what was the 2024 total and the 2023 added value": asked, not claimed
    if shared:  # "MCSC has more than 14,000 members and gains around 2,000 a year": the
        said = re.match(_SUBJECT_SAID, one)  # first clause's subject, said again
        if said is None:
            return None
        two = f"{said['subject']} {two}"
    verbs = re.search(_CLAIM_VERB, f" {one} ") and re.search(_CLAIM_VERB, f" {two} ")
    if not verbs and not shared:  # "... and gains around 1,000 a year": its verb begins it
        return None
    if figures and not all(any(c.isdigit() for c in part) for part in (one, two)):
        return None
    opening = lead[0] if lead else "is it true that "
    replies = [respond(lookup, f"{opening}{part}?", respell=False) for part in (one, two)]
    if not all(r.lines and r.lines[0].text.startswith(("Yes", "No")) for r in replies):
        return None
    denied = [r for r in replies if r.lines[0].text.startswith("No")]
    first = denied[0] if denied else replies[0]
    lines = tuple(dict.fromkeys((first.lines[0], *(r.lines[0] for r in replies))))
    return replace(first, lines=lines, cues=(*first.cues, "each claim checked"))


_SPELLING_CHECKED = (
    r"(?i)\b(?:spelled|spelt|written|spelling)\s+(?:as\s+|is\s+)?['\"\u2018\u201c]?"
    r"(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3})"
)
"""A spelling of a name to check ("is the APRA man spelled Scott Morris with two t's?")."""


def _spelling_checked(lookup: Lookup, text: str) -> Reply | None:
    """A yes-or-no check of how a person's name is spelled: "Yes" when the name is written
    as on record, else "No" with the article's spelling (our reading); None unless a name
    typed after "spelled" is a person's on record, as typed or nearly."""
    if len(text) > _PATTERN_MAX or not re.match(r"(?i)\W*(?:is|was|are|does|did|do)\b", text):
        return None
    match = re.search(_SPELLING_CHECKED, text)
    if match is None:
        return None
    people = [m for m in read(lookup, match["name"]).mentions if m.kind == "person"]
    if len(people) != 1 or len({x.id for x in people[0].matches if x.kind == "person"}) != 1:
        return None
    person = lookup.store.get("person", people[0].best.id)
    if not isinstance(person, Person):
        return None
    typed = " ".join(words_of(match["name"])[: len(person.name.split())])
    same = typed == " ".join(words_of(person.name))
    line = Lines(lookup).person(person)
    said = f'the article writes "{person.name}"'
    verdict = f"Yes ({said})" if same else f"No (our reading: {said})"
    return Reply(
        lines=(replace(line, text=f"{verdict}: {line.text}"),),
        request=Request("who", person.id),
        cues=("spelling checked",),
    )


_BY_WHOM = (
    r"(?i)^(?P<head>[^?]{5,200}?)[\s,;:-]*\b(?:and\s+)?(?:according\s+to|per|said\s+by|"
    r"reported\s+by)\s+whom\b(?P<tail>[^?]{0,80}?)\s*\?*\s*$"
)
"""A question that also asks who gives its answer ("In what year was the memorandum signed,
according to whom in the Xiamen article?")."""


def _by_whom(lookup: Lookup, text: str) -> Reply | None:
    """A question asking also who gives the answer: the answer, then for each fact of it the
    statement of the one the same article has saying it (a figure's reporter is in its own
    line); refused when a fact is no one's on record. None unless "according to whom" (or
    "per whom", "said by whom") is asked."""
    if len(text) > _PATTERN_MAX:
        return None
    match = re.match(_BY_WHOM, text)
    if match is None:
        return None
    asked = respond(lookup, f"{match['head'].rstrip(' ,;:-')}{match['tail']}?", respell=False)
    if not asked.lines:
        return asked
    lines = Lines(lookup)
    said: list[AnswerLine] = []
    for line in asked.lines:
        record = lookup.store.get(line.kind, line.id)
        if isinstance(record, (Claim, Appearance)) or getattr(record, "reported_by", None):
            continue  # its line names who said it
        if record is None:
            continue
        sources = {ev.source for ev in record.evidence}
        subject = getattr(record, "subject", None) or record.id
        year = (getattr(record, "date", None) or "")[:4]
        claims = [
            c for c in lookup.store.all("claim")
            if isinstance(c, Claim) and c.person and subject in c.subjects
            and {ev.source for ev in c.evidence} & sources and year in c.summary
        ]  # fmt: skip
        if not claims:
            return Answerer(lookup, text).refusal(
                "the article gives no one as saying it: it reports it in its own words"
            )
        said += [lines.claim(c) for c in claims]
    merged = tuple(dict.fromkeys((*asked.lines, *said)))[:MAX_LINES]
    return replace(asked, lines=merged, cues=(*asked.cues, "and who said it"))


_WHOLE_READINGS: tuple[Callable[[Lookup, str], Reply | None], ...] = (
    _by_whom,  # "in what year was it signed, according to whom?": and who said so
    _spelling_checked,  # "is he spelled Scott Morris with two t's?": as the article writes it
    _members_claimed,  # "dialogues with the EU, the US, Canada and Japan - accurate?"
    _said_on,  # "Gurry on Beijing Treaty?": what he said about it
    _title_changed,  # "did Liu Hua's title change between A and B?": her post at each
    _labelled_list,  # "Chengdu forum: dates and number of guests": each asked of it
    _which_first,  # "which came first, A or B?": each one's date, in order
    _in_date_order,  # "put A, B and C in date order": each one's date, in order
    _years_between,  # "how many years after A did B ...?"
    _begun,  # "what year did the partnership begin?": from its anniversary
    _rate_apart,  # "revenue was 477 million yuan, which was a 15% increase?": each figure
    _said_figure_checked,  # "Zhou Qing said Sichuan registered 170,000 works in 2019,
    # correct?": the figure first
    _figure_denied,  # "was the 2023 growth not 11%?": the claim of 11%, turned round
    _claim_denied,  # "Gao Yunfei doesn't head the Film Bureau, does he?": the claim, plainly
    _figure_claims_joined,  # "MCSC has more than 14,000 members and gains around 1,000 a
    # year, true?": each figure by its own clause
    _described_person,  # "the WIPO lady who runs the Beijing office - what did she say?"
)
"""Readings of a whole question, tried in order before the Answerer's: each answers a shape
of question (or returns None) and may ask the Answerer of its parts."""


_PERCENT_STATED = r"(?i)(?<![\d.])(\d{1,2}(?:\.\d{1,2})?)\s*(?:%|percent\b|per\s+cent\b|pct\b)"
"""A percentage a question or a fact states ("7.53 percent", "11%")."""

_PERCENTS_TRIED = 4
"""How many other percentages, nearest first, a claim's one is tried with (`_other_percent`)."""


def _other_percent(lookup: Lookup, text: str) -> Reply | None:
    """A yes-or-no question stating one percentage no fact bears out ("copyright industry
    at 7.53 percent of GDP in 2017?"), answered "No (our reading: 7.35%, not 7.53%)" when
    the same question with a percentage the facts give, among the nearest, reads "Yes";
    None otherwise."""
    stated = list(re.finditer(_PERCENT_STATED, text))
    if len(stated) != 1 or not Answerer(lookup, text).asks_yes_no():
        return None
    asked = float(stated[0][1])
    held: set[str] = set()
    for kind in ("observation", "claim", "milestone"):
        for record in lookup.store.all(kind):
            said = " ".join(t for _, t in record_texts(record))
            held |= {m[1] for m in re.finditer(_PERCENT_STATED, said) if float(m[1]) != asked}
    nearest = sorted(held, key=lambda x: (abs(float(x) - asked), x))[:_PERCENTS_TRIED]
    span = stated[0].span()
    return _denied(lookup, text, span, [(f"{x}%", f"{x}%, not {stated[0][0]}") for x in nearest])


def _years_held(lookup: Lookup) -> set[int]:
    """Every year the facts' own texts and dates give."""
    years: set[int] = set()
    for kind in ("event", "milestone", "claim", "observation", "instrument", "role"):
        for record in lookup.store.all(kind):
            said = " ".join(text for _, text in record_texts(record))
            years |= {int(y) for y in re.findall(_YEAR_STATED, said)}
    return years


_COUNT = r"(?i)\b(\d{1,3}|" + "|".join(COUNT_WORDS[2:]) + r")\s+([a-z]+)\b"
"""A count before the noun it counts ("ten years", "29 countries")."""
_NOT_COUNTED = frozenset(
    "million billion trillion thousand hundred percent per yuan rmb dollars usd times".split()
)
"""Words after a number that scale or measure it rather than count things."""


DATE_ASKED = frozenset({"date", "dates", "day", "year", "month"})
"""Nouns with which a question with no question word asks when ("exact date it entered into
force")."""


def _count(written: str) -> int:
    return int(written) if written.isdigit() else COUNT_WORDS.index(written.lower())


def _other_count(lookup: Lookup, text: str) -> Reply | None:
    """A yes-or-no question stating a count no fact holds ("was the Beijing Treaty WIPO's
    first agreement in ten years?", "in more than 30 years?"), answered "No" when the same
    question with a count a fact writes with the same noun, and the fact's own bound
    ("nearly 20 years"), is answered "Yes" (our reading); None otherwise."""
    text = said_plainly(text)  # "in nearly a decade": 10 years
    stated = [m for m in re.finditer(_COUNT, text) if fold(m[2]) not in _NOT_COUNTED]
    if len(stated) != 1:
        return None
    asked = Answerer(lookup, text)
    if not asked.asks_yes_no():
        return None
    number, noun = _count(stated[0][1]), fold(stated[0][2])
    noun = SHORT_FORMS.get(noun, noun)  # "10 yrs": years
    held: dict[int, tuple[str, str]] = {}  # a count a fact writes with the noun: its bound,
    for kind in ("milestone", "claim"):  # and its number as it writes them
        for record in lookup.store.all(kind):
            for _, said in record_texts(record):
                held |= {
                    _count(m[1]): (_bound_before(said, m.start()), m[1])
                    for m in re.finditer(_COUNT, said)
                    if fold(m[2]) == noun and _count(m[1]) != number
                }
    start, end = stated[0].span(1)
    bound = _bound_before(text, start)
    if bound:  # "in more than 30 years": the bound goes with the number it bounds
        start = text.rindex(bound, 0, start)
    claimed = text[start : stated[0].end()]
    others = [
        (f"{lead} {n}".strip() if bound else n, f"{f'{lead} {n}'.strip()} {noun}, not {claimed}")
        for _, (lead, n) in sorted(held.items())
    ]
    if bound:  # "in about ten years": the question's own bound with the fact's number too
        others += [(f"{bound} {n}", said) for (_, (_, n)), (_, said) in
                   zip(sorted(held.items()), others, strict=True)]  # fmt: skip
    return _denied(lookup, text, (start, end), others)


def _bound_before(text: str, at: int) -> str:
    """The bound or guess written just before a number at ``at`` ("nearly", "more than"),
    or ""."""
    found = re.search(
        r"(?i)\b(more\s+than|over|at\s+least|above|nearly|almost|about|around|roughly|"
        r"close\s+to)\s+$",
        text[max(0, at - 14) : at],
    )
    return found[1] if found is not None else ""


_AND_WHOM = r"^(?P<asked>.+\?)\s*(?:and|what about|how about)\s+(?P<other>[^?]+)\?*\s*$"
"""A question, then the same asked of someone else ("X is partner at which firm? and Y?")."""


def _and_whom(lookup: Lookup, text: str) -> str:
    """A question asked again of another person ("Geoff Hussey is partner at which firm? and
    Ran Handong?") as one question of both ("Geoff Hussey and Ran Handong is partner at which
    firm?"); any other text as it is."""
    if "?" not in text.strip()[:-1]:  # one question: no pattern to compile
        return text
    match = re.match(_AND_WHOM, text.strip())
    if match is None or len(words_of(match["other"])) > NAME_WORDS_MAX:
        return text
    asked = read(lookup, match["asked"])
    other = read(lookup, match["other"])
    people = [m for m in asked.mentions if m.kind == "person"]
    others = [m for m in other.mentions if m.kind == "person" and m.best.score >= NAMED]
    if len(people) != 1 or len(others) != 1 or len(others[0].span) != len(other.words):
        return text
    name = r"\W+".join(re.escape(asked.words[i]) for i in people[0].span)
    found = re.search(rf"\b{name}\b", match["asked"], re.IGNORECASE)
    if found is None:
        return text
    said = match["asked"]
    return f"{said[: found.end()]} and {match['other'].strip()}{said[found.end() :]}"


def _leans(asked: Sequence[str]) -> bool:
    """Whether a question asks "which was it", "which were they" or "which is which" of the
    scene before it."""
    if asked[:1] == ("which",) and asked[-1:] == ("which",):
        return True  # "Which is which?"
    return asked[1:2] in (("was",), ("were",), ("is",), ("are",)) and asked[2:3] in [
        (w,) for w in LEANING
    ]


def _kinds_name(event: Event, kinds: Collection[str]) -> bool:
    """Whether any of the kinds a question names is the event's."""
    return any(_of_kind(event, kind) for kind in kinds)


INSTRUMENT_ACTS = frozenset(
    "ratified ratify ratifies joined join joins signed sign signs acceded accede accedes "
    "adopted adopt adopts approved approve approves".split()
)
"""What is done to a treaty or agreement ("has China ratified it?")."""

DEMONSTRATIVE = frozenset({"that", "this", "the", "said"})
"""Words before an event's kind with which a question takes up an event the scene named."""


_ACT_PATTERNS = {
    "force": r"entry into force|(?:enter|enters|entered|entering|come|comes|came|coming) into "
             r"force|in force|into force",
    "ratification": r"ratif\w*",
    "accession": r"acce(?:de|des|ded|ding|ssion|ssions)\b",
    "adoption": r"adopt\w*|conclu(?:de|ded|sion)\b",
    "signing": r"sign(?:s|ed|ing|ature)?\b",
}  # fmt: skip
"""Acts done to an instrument, each as it is written ("entry into force", "ratified")."""
_ACT_NOUNS = {"force": "entry into force", "ratification": "ratification",
              "accession": "accession", "adoption": "adoption", "signing": "signing"}  # fmt: skip
"""Each act (`_ACT_PATTERNS`) as a noun, for a verdict that names it."""
_PROMOTING = frozenset(
    "promote promoted promoting promotes push pushed pushing cooperate cooperated cooperating "
    "cooperation worked work helped help advance advanced advocate advocated advocates "
    "advocating".split()
)
"""Verbs by which a statement says bodies worked for an act ("cooperated to promote the
Marrakesh Treaty's ratification")."""
_ACT_GAP = 4
"""The most words between an act and the instrument it is of ("the ratification of the
Marrakesh Treaty", "the Beijing Treaty's entry into force")."""


def _acts_of(text: str, names: Mapping[str, Sequence[str]]) -> set[tuple[str, str]]:
    """Each (instrument, act) a folded text pairs: an act followed by "of" or "for" and the
    instrument, or the instrument followed by its act ("Beijing Treaty ratification",
    "Marrakesh Treaty enter into force"), at most `_ACT_GAP` words apart."""
    text = text[:_PATTERN_MAX]
    if not any(re.search(p, text) for p in _ACT_PATTERNS.values()):
        return set()
    found: set[tuple[str, str]] = set()
    for rid, spelled in names.items():
        for name in spelled:
            if not name or name not in text:
                continue
            said = re.escape(name)
            for act, written in _ACT_PATTERNS.items():
                after = rf"\b(?:{written})\s+(?:of|for|to)\s+(?:the\s+)?{said}\b"
                between = rf"(?:(?!and\b|or\b|nor\b)\w+\s+){{0,{_ACT_GAP - 2}}}?"
                before = rf"\b{said}(?:\s+s)?\s+{between}(?:{written})"
                if re.search(after, text) or re.search(before, text):
                    found.add((rid, act))
            break  # its longest name found
    return found


_POST_WORDS = frozenset("post position title job office role rank".split())
"""Words for the one post a person holds ("his official post")."""
_WHOSE = frozenset(
    (w,) for w in "his her their its official exact current full actual proper".split()
)
"""Words right before a post word that make it one person's post asked ("his post")."""

_RUN_MAX = 6
"""The most words of a claim run together that the article's own words are shown holding."""

_HOST_SORTS = frozenset(
    "department departments bureau bureaus ministry ministries government company companies "
    "firm firms university universities city municipality province".split()
)
"""Sorts of body a question may ask an event's organizer to be ("co-hosted with which local
government department")."""

_BODY_NOUN_TYPED = frozenset(
    (w,) for w in "office organization organisation body agency".split()
)
"""Nouns for a body typed after a name that ends in another ("the World Intellectual Property
Office")."""

_PUBLIC_OFFICES = frozenset("governor mayor minister ambassador premier".split())
"""Offices a speaker may be asked by ("the Governor of Sichuan"), which only the word itself
holds, never one of its stem ("governing")."""

_PLACE_NOUNS = frozenset("city town place country province venue location region".split())
"""Nouns for a place, after which "where" asks where ("the city where it was held")."""

_BEFORE_SIZE = frozenset("which what the a an that this those these some".split())
"""Words before "big" or "large" that make it a word said of a noun ("which big orgs"), not a
size asked ("how big", "was it big")."""


def _of_kind(event: Event, kind: str) -> bool:
    """Whether an event is of a kind a question names ("conference": a diplomatic one too;
    "meeting": any gathering to talk, a roundtable, forum or conference too)."""
    if kind == "meeting" and any(_of_kind(event, k) for k in _MEETINGS):
        return True
    return event.kind == kind or event.kind.endswith(f"_{kind}")


_MEETINGS = ("roundtable", "forum", "conference")
"""Kinds of event a "meeting" names as well ("that big copyright meeting in 2025")."""


def _plural(word: str) -> bool:
    """Whether a word reads as a plural noun ("treaties", "places"; not "address", "was")."""
    return word.endswith("s") and not word.endswith("ss") and len(word) > 3


def _of_several(mention: Mention) -> bool:
    """Whether words name any of several records alike, none by its whole name ("a free
    trade agreement": the FTAs with Australia and with South Korea)."""
    best = mention.best
    alike = [m for m in mention.matches if m.kind == best.kind and m.score >= best.score - TIE]
    return best.score < EXACT and len(alike) > 1


TIE = 5.0
"""Match scores this close name records alike (`_of_several`)."""
ONLY_TOGETHER = "the articles give that figure only with another, together"
"""Why a figure of two things together does not answer one of them (`_one_of_joined`)."""


_NAME_OF_THEM = lazy_pattern(
    r"(?i)^\W*(?:and\s+)?(?:what(?:'s|\u2019s|\s+is|\s+was)\s+(?:his|her|their)\s+names?|"
    r"who\s+(?:is|was|were)\s+(?:he|she|they|it)|(?:his|her|their)\s+names?)\W*$"
)
"""A second question that only asks the name of whoever the first one finds ("..., and
what's his name?", "who was he?")."""


def _whose_name(text: str) -> str:
    """The first of two questions when the second only asks its one's name ("did WIPO's
    director general come to the roundtable, and what's his name?"), else ""."""
    parts = two_questions(text)
    return parts[0] if parts is not None and _NAME_OF_THEM.match(parts[1]) else ""


def _both(lookup: Lookup, text: str) -> Reply | None:
    """Two questions in one ("Who runs CWWCS, and how much did it earn in 2024?"), each
    answered, the second in the scene the first names (its names, places and years); None
    unless both are."""
    parts = two_questions(text)
    if parts is None:
        return None
    parts = (parts[0], re.sub(_PERSON_AGAIN, "he", parts[1]))  # "and what post did that
    first = Answerer(lookup, parts[0])  # person hold": the person the first part found
    q = first.q
    named = sorted(
        {i for m in q.mentions for i in m.span}
        | {i for p in q.places for i in p.span}
        | {i for i, _ in q.years}
        | {  # "the 2025 roundtable", not "go and visit"
            i
            for i, w in enumerate(q.words)
            if w in EVENT_KIND_WORDS
            and (  # "roundtable about AI in 2025, organised by who and in which city?"
                i == 0 or q.words[i - 1] in ("the", "this", "that") or _a_year_word(q.words[i - 1])
            )
        }
    )
    own = read(lookup, parts[1]).mentions  # "which regulation did NCAC say ..., and which
    if any(m.kind == "person" for m in own) and any(  # did CAVCA's Zhou Yaping hope ...":
        m.kind == "organization" for m in own  # the second names who it asks of, and the
    ):  # first's bodies and people are no scene of it
        named = [i for i in named if not any(
            i in m.span for m in q.mentions if m.kind in ("person", "organization"))]  # fmt: skip
    scene = " ".join(q.words[i] for i in named)
    if re.search(
        r"\bhow\s+many\s+(?:are|were|is|was|do|did|of\s+them)\b", parts[1], re.I
    ):  # "Which treaties
        asked = [q.words[i + 1] for i, w in enumerate(q.words[:-1]) if w in ("which", "what")]
        kinds = [w for w in asked if w not in STOP and w.endswith("s")]  # has China joined?
        scene = " ".join([*kinds[:1], scene]).strip()  # How many are there?": treaties
    takings = [  # "how much did they take", not "did the training take place"
        w
        for w, after in zip(q.words, (*q.words[1:], ""), strict=True)
        if "revenue" in PARAPHRASES.get(w, ()) and (w, after) not in LINKS
    ]
    if takings and takings[0] not in words_of(parts[1]):  # "how much did they get from
        scene = f"{scene} {takings[0]}"  # karaoke, and how much in total": got in total
    if lists_them(parts[1]) and re.search(r"\bhow\s+many\b", parts[0], re.IGNORECASE):
        which = re.sub(r"\bhow\s+many\b", "which", parts[0], count=1, flags=re.IGNORECASE)
        listed = Answerer(lookup, which).reply()  # "How many treaties has China joined? Name
        if not listed.lines:  # them.": which treaties has China joined, or why not
            return listed
    one = first.reply()
    inner = _both(lookup, parts[0]) if two_questions(parts[0]) else None  # "when and at
    if inner is not None and inner.lines:  # what conference was it adopted, and how long
        one = inner  # since ...": three questions
    unknown = bool(one.cues) and one.cues[0].startswith(_UNKNOWN_WORDS)  # only words it
    if not one.lines and unknown and not first.asks_yes_no():  # does not hold: the closest,
        one = Answerer(lookup, parts[0]).reply(near=True)  # as `respond` gives them last
    # (`_near`); never for "did X give a speech?", which the closest facts do not settle, nor
    # for a part refused for what it asks ("its 2019 value": none on record)
    if not one.lines:
        return None
    people = {_person_of(lookup.store.get(line.kind, line.id)) for line in one.lines}
    people.discard(None)  # "who reported the figures, and what is his role": the reporter
    pronoun = PRONOUNS & set(words_of(parts[1]))
    asked_next = words_of(parts[1])  # "which person spoke for CMOs, and from what
    elliptic = asked_next[:1] in (["from"], ["of"], ["with"]) and len(people) == 1
    elliptic = elliptic and q.asked[:1] in (("who",), ("whom",))  # one asked for, not "which
    # foreign academics ..., and from what universities" (the scene's)
    if elliptic and len(asked_next) <= _ELLIPTIC_MAX:  # association?": his, the second part
        pronoun = pronoun or frozenset({"he"})  # has no subject of its own (of one person)
    person_scene = ""
    if pronoun and len(people) == 1 and not q.of_kind("person"):  # "Who gave the lecture,
        person = lookup.store.get("person", str(next(iter(people))))  # and what post does
        if isinstance(person, Person):  # she hold?": she is who the first part found, in
            years = " ".join(q.words[i] for i, _ in q.years)  # its years (what the first
            scene = f"{person.name} {years}".strip()  # part asked about is not hers to hold)
            person_scene = person.name
    one_named = {m.best.id for m in q.mentions if m.kind == "person"}
    if pronoun and len(one_named) == 1 and not person_scene:  # "which dispute did Ms. Shi cite,
        person = lookup.store.get("person", next(iter(one_named)))  # and which association does
        person_scene = person.name if isinstance(person, Person) else ""  # she represent?"
    second = f"{scene}: {parts[1]}" if scene else parts[1]
    nouns = [w for w in q.words if w in ASKED_PEOPLE and w not in ("figure", "figures")]
    if nouns:  # "who was the Sichuan copyright official, and was there a Chengdu city one
        second = re.sub(
            r"(?<=\w\s)one\b(?=\s+(?:too|also|as\s+well|there|at|from|who)\b|\W*$)",
            nouns[-1],
            second,
            count=1,
            flags=re.IGNORECASE,
        )  # too?": an official
    orgs = {m.best.id for m in q.mentions if m.kind == "organization"}
    observed = [
        o
        for line in one.lines
        if isinstance(o := lookup.store.get(line.kind, line.id), Observation)
    ]
    figures = {  # the figure the first part asked, not those given in the same breath
        o.statistic for o in observed if o is observed[0] or not _said_together(observed[0], o)
    }
    it = re.search(r"\bits?\b", parts[1], re.IGNORECASE)
    counted = set(words_of(parts[1])) & (GROWTH | {"much", "many"})  # a figure asked again
    if set(words_of(parts[1])) & CHANGE and re.search(  # "and how did it compare with the
        r"(?i)\b(?:year|years|before|previous|prior|earlier|\d{4})\b", parts[1]  # year
    ):  # before": its growth, not "compare with Beijing"
        counted = {"change"}
        it = it or re.search(r"(?i)\b(?:that|this)\s+(?!is\b|was\b)\w+", parts[1])  # "how
        # does that stack up vs 2021": the figure the first part asked
    placed = re.search(_FIGURE_FOR, parts[1]) if len(parts[1]) <= _PATTERN_MAX else None
    if placed is not None and read(lookup, parts[1]).places:  # "X was 7.35% of GDP in 2017,
        counted, it = {"figure"}, it or placed  # and what was the number for Beijing ...":
        # the first part's figure, for those places
    bare = bool(counted & GROWTH) and not (it or read(lookup, parts[1]).mentions)  # "...,
    # right? And what was growth
    # and GDP share?": the growth of it, as of "MCSC's revenue in 2024, and how much did it
    shared = _subject_shared(parts)  # "X is above 14,000 and has grown by 1,000 a year":
    if shared is not None:  # X has grown, a claim with its own figure
        second = shared
    elif (it or bare) and len(figures) == 1 and counted:  # grow": the revenue's
        figure = lookup.store.get("statistic", next(iter(figures)))
        if isinstance(figure, Statistic):
            years = " ".join(str(y) for y in q.year_values)
            second = f"{figure.label} {years}".strip() + f": {parts[1]}"
    elif len(orgs) == 1 and it:  # "Who runs
        org = lookup.store.get("organization", next(iter(orgs)))  # MCSC, and what did it
        if isinstance(org, Organization):  # earn?": it is MCSC
            name = (org.abbreviations or (org.name,))[0]
            said = re.sub(r"\bits\b", f"{name}'s", parts[1], count=1, flags=re.IGNORECASE)
            said = re.sub(r"\bit\b", name, said, count=1, flags=re.IGNORECASE)
            years = " ".join(str(y) for y in q.year_values if str(y) not in said)
            second = f"{years}: {said}" if years else said
    several = bool(pronoun) and len(people) > 1 and not q.of_kind("person")
    if several:  # "was there a composer at the roundtable? who was it and what was his main
        return _for_each(lookup, one, people, parts[1])  # point?": his, for each one found
    reading = Answerer(lookup, second)
    two = reading.reply()
    lists = {"names", "list", "enumerate"} & set(words_of(parts[1]))  # "and what are the names
    if not two.lines and not lists and not reading.asks_yes_no():  # of them": never the closest
        two = Answerer(lookup, second).reply(near=True)  # the closest
    if not two.lines and person_scene:  # "who reported the 2018 figures, and what is his
        two = Answerer(lookup, f"{person_scene}: {parts[1]}").reply()  # role": as reported
    if not two.lines and q.years and not set(words_of(parts[1])) & {str(y) for y in q.year_values}:
        head, _, rest = second.rpartition(": ")  # "MCSC's membership in 2024, and how much
        plain = " ".join(w for w in head.split() if not _a_year_word(w))  # has it grown each
        two = Answerer(lookup, f"{plain}: {rest}" if plain else rest).reply()  # year lately":
        # the second asks no year of its own
    topics = {i for m in q.mentions if m.kind == "topic" for i in m.span}
    evented = any(q.words[i] in EVENT_KIND_WORDS for i in named)
    if not two.lines and topics & set(named) and not person_scene and evented:  # "roundtable about
        kept = " ".join(q.words[i] for i in named if i not in topics)  # copyright and AI in
        two = Answerer(lookup, f"{kept}: {parts[1]}" if kept else parts[1]).reply()  # 2025,
        # organised by who and in which city?": the event is the scene, its theme not
    if not two.lines and _stands_alone(lookup, parts[1]):  # "What did X report? Is the GDP
        two = Answerer(lookup, parts[1]).reply()  # share higher than in 2021?": as asked
    if not two.lines and _growth_given(lookup, one, parts[1]):  # "what numbers did Guan Jun
        return replace(one, cues=(*one.cues, "two questions"))  # share, and how did 2023
        # compare to the year before?": the year's growth is among the figures the first gave
    if not two.lines:
        return None
    twice = all(re.search(r"\bhow\s+(?:much|many)\b", p, re.IGNORECASE) for p in parts)
    if twice and len({*one.lines, *two.lines}) < 2:  # "how much total, and how much from
        why = "it asks two figures; the facts on record read as one"  # karaoke alone?":
        return Answerer(lookup, text).refusal(why)  # one figure for both is half an answer
    lines = tuple(dict.fromkeys((*one.lines, *two.lines)))[:MAX_LINES]
    cues = tuple(dict.fromkeys((*one.cues, *two.cues, "two questions")))
    return replace(one, lines=lines, cues=cues)


_GIVING_ASKED = frozenset(
    "give gives given state states stated mention mentions mentioned report reports reported "
    "provide provides provided include includes included list lists contain contains".split()
)
"""Verbs with which a yes-or-no question asks whether an article gives a figure ("does the
article also give the 2022 value?")."""


_TOPIC_KINDS_ASKED = {
    **dict.fromkeys(("works", "work", "films", "film", "games", "game", "titles"), "work"),
    **dict.fromkeys(("platforms", "platform"), "platform"),
    **dict.fromkeys(("awards", "award", "prizes", "prize"), "award"),
    **dict.fromkeys(("disputes", "dispute", "cases", "case"), "dispute"),
    **dict.fromkeys(("places", "cities", "towns", "localities"), "place"),
    **dict.fromkeys(("zones", "zone"), "zone"),
    **dict.fromkeys(("campaigns", "campaign"), "campaign"),
    **dict.fromkeys(("technologies", "technology"), "technology"),
}  # fmt: skip
"""The nouns a question asks things of a topic kind by ("which works": kind "work")."""
_CITING = frozenset(
    "cite cited cites mention mentioned mentions name named names highlight highlighted "
    "praise praised give gave example examples refer referred point pointed single singled".split()
)
"""Verbs with which a question asks what a person cited."""


_BILATERAL = 2
"""How many parties a memorandum between two bodies has."""


_ELLIPTIC_MAX = 4
"""How many words a second part with no subject of its own has at most ("and from what
association?")."""


_PERSON_AGAIN = (
    r"(?i)\b(?:that|this|the\s+same)\s+(?:person|official|speaker|gentleman|lady|individual)\b"
)
"""A second question's words for the person the first found ("what post did that person
hold"), read as "he"."""


_FIGURE_FOR = r"(?i)\b(?:number|figure|percentage|share|rate|level|one)s?\s+(?:for|in)\b"
"""A figure asked again for somewhere else ("and what was the number for Beijing")."""


_CLAUSE_VERBS = (
    r"is|are|was|were|has|have|had|grew|rose|fell|dropped|reached|stood|topped|exceeded|"
    r"increased|decreased|climbed|hit|earned|made|took|brought|collected|gained|added|"
    r"gains|adds|add|grows|rises|increases|gets"
)
"""Verbs a stated claim's clause begins with once its subject is said ("... and has grown")."""
_SUBJECT_SAID = rf"(?i)^\W*(?P<subject>(?:[\w'.-]+\s+){{0,5}}?[\w'.-]+)\s+(?:{_CLAUSE_VERBS})\b"
"""A stated claim's subject: the words before its first verb ("MCSC membership is ...")."""


_CLAUSE_GOES_ON = rf"(?i)^\W*(?:{_CLAUSE_VERBS})\s+(?!(?:this|that|it|there|so)\b)"
"""A second clause of a claim that goes on with a verb ("and has grown by ..."), not one that
asks of the first ("is this so")."""


_CLAIM_AND_VERB = (
    rf"(?i)(?<=[^\s,]),?\s+and\s+(?=(?:(?:every|each)\s+year\s+|annually\s+|yearly\s+)?"
    rf"(?:{_CLAUSE_VERBS})\s"
    r"(?!(?:this|that|it|there|so)\b))"
)
"""Where a claim's second clause, with the first's subject, begins ("... and gains around
2,000 new members every year", "... and every year add about 1000")."""

def _subject_shared(parts: tuple[str, str]) -> str | None:
    """The second part of a claim stated in two clauses ("MCSC membership is above 14,000
    and has grown by roughly 1,000 a year") with the first's subject said again ("MCSC
    membership has grown ..."), so each clause is checked with its own figure; None when
    the first is no stated claim or the second has a subject of its own."""
    if not re.match(_CLAUSE_GOES_ON, parts[1]):  # "...; is this so, or what was his
        return None  # affiliation?": a question of its own
    if set(words_of(parts[1])) & QUESTION_WORDS:
        return None
    said = re.match(_SUBJECT_SAID, parts[0]) if len(parts[0]) <= _PATTERN_MAX else None
    asking = QUESTION_WORDS | YES_NO | PRONOUNS | {"i"}
    if said is None or set(words_of(said["subject"])) & asking:
        return None  # "is MCSC above ... and has it grown": a question, its own subject
    return f"{said['subject']} {parts[1].rstrip(' ?.!')}, right?"


def _figures_apart(text: str) -> bool:
    """Whether a claim stated in two clauses of one subject gives each its own figure ("MCSC
    membership is above 14,000 and has grown by roughly 1,000 a year")."""
    parts = two_questions(text)
    return (
        parts is not None
        and _subject_shared(parts) is not None
        and all(any(c.isdigit() for c in p) for p in parts)
    )


def _growth_given(lookup: Lookup, one: Reply, second: str) -> bool:
    """Whether a second question asks how a year compared with the year before ("and how did
    2023 compare to the year before?") and the first part's figures give that year's growth
    over the year before."""
    if not re.search(_YEAR_BEFORE, second[:_PATTERN_MAX]):
        return False
    years = {w for w in words_of(second) if _a_year_word(w)}
    if not years:  # "how much did MCSC make in 2024, and how much more than the year
        years = {  # before?": the first part's year
            (record.period or "")[:4] for line in one.lines
            if isinstance(record := lookup.store.get(line.kind, line.id), Observation)
        }  # fmt: skip
    for line in one.lines:
        record = lookup.store.get(line.kind, line.id)
        if not isinstance(record, Observation) or (record.period or "")[:4] not in years:
            continue
        statistic = lookup.store.get("statistic", record.statistic)
        if isinstance(statistic, Statistic) and set(words_of(statistic.label)) & GROWTH:
            return True
    return False


_YEAR_BEFORE = (
    r"(?i)\b(?:compare[sd]?|comparison|change[sd]?|differ|grow|grew|growth|fare|more|higher|"
    r"up)\b[^?]{0,40}?\b(?:the\s+)?(?:year|one)\s+before\b|"
    r"\b(?:previous|prior|preceding|last)\s+year\b"
)
"""A comparison with the year before ("how did 2023 compare to the year before", "how much
more than the year before")."""


def _for_each(lookup: Lookup, one: Reply, people: set[str | None], second: str) -> Reply | None:
    """A second question with "he" or "she" when the first found a few people: asked of
    each of them by name (never of the closest words); None for more than `EACH_MAX`."""
    if len(people) > EACH_MAX:
        return None
    found: list[AnswerLine] = []
    for rid in sorted(p for p in people if p):
        person = lookup.store.get("person", rid)
        if isinstance(person, Person):
            said = re.sub(r"\b(?:his|her|hers)\b", f"{person.name}'s", second, flags=re.I)
            said = re.sub(r"\b(?:he|she|him)\b", person.name, said, flags=re.IGNORECASE)
            found += Answerer(lookup, said).reply().lines[:2]
    if not found:
        return None
    lines = tuple(dict.fromkeys((*one.lines, *found)))[:MAX_LINES]
    return replace(one, lines=lines, cues=(*one.cues, "two questions"))


EACH_MAX = 3
"""How many people a second question's "he" or "she" is asked of, one by one."""


def _stands_alone(lookup: Lookup, text: str) -> bool:
    """Whether a second question names what it asks about itself (a name, place or year)
    and leans on nothing before it ("it", "he", "the two numbers")."""
    q = read(lookup, text)
    if LEANING & set(q.words) or PRONOUNS & set(q.words) or q.has("two", "both"):
        return False
    return bool(q.mentions or q.places or q.years)


def _articles(record: Record) -> set[str]:
    """The ids of the articles a fact's evidence comes from."""
    return {ev.source for ev in record.evidence}


def _months(event: Event) -> list[str]:
    """The names of the months an event was held in ("October")."""
    months = []
    for date in (event.start, event.end):
        parts = (date or "").split("-")
        if len(parts) >= 2 and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
            months.append(MONTH_NAMES[int(parts[1]) - 1])
    return months


def _person_of(record: Record | None) -> str | None:
    """The person a fact is of: who spoke, held the post, or reported the figure."""
    person = getattr(record, "person", None) or getattr(record, "reported_by", None)
    return person if isinstance(person, str) else None


def quoted(text: str) -> str:
    """A word or phrase quoted for the shell when it needs it."""
    return shell_quoted(text)


ONLY_POSTS = "the facts on record give only posts"
"""Why a question asking which things (films, songs) that only a post's title holds is
refused, whatever other reading is tried."""
FOREIGN_BODY = "no body of that country's by those words is on record"
"""Why a body named with a country not its own ("the US Copyright Office") is refused,
whatever other reading is tried (one with its words read as NCAC's would find NCAC's)."""
FINAL = (ONLY_POSTS, FOREIGN_BODY)
"""The endings of refusals after which no other reading of the question is tried."""

_NAMING_VERBS = frozenset(
    "called call calls named name names mean means meant stand stands happen happened".split()
)
"""Words that alone ask of something unnamed ("what is it called?", "what does it mean?")."""

_NOT_A_MONTH_ASKED = frozenset("not the that this its their his her".split())
"""Words before a month that make it no month asked ("not in June", "the March roundtable")."""

_REPRESENTING = frozenset(
    "for represented representing represents represent from with at".split()
)
"""Words before a body a person is said to speak for or come from ("spoke for Alibaba")."""

_HELD_AT = frozenset("held hosted staged located convened housed place happen happened".split())
"""Words before "at" that make a body after it a venue ("held at the WIPO office")."""

_YEAR_DETERMINERS = frozenset({"the", "their", "its", "his", "her", "that", "this"})
"""Words before a year that make it part of a thing's name ("the 2015 memorandum")."""

_SAYING_DEEDS = frozenset(
    "made given put quoted reported announced written penned echoed repeated shared".split()
)
"""Participles before "by" that ask for a saying, not a deed ("was the point made by X")."""

_SPEAKING_KINDS = frozenset({"claim", "appearance", "role"})
"""Kinds of line that show a person speaking or holding a post, never doing a deed asked."""

AFFIRMED = "Yes (our reading): "
"""How a line that answers a yes-or-no question by holding every word asked begins."""
EXACTNESS = ("exact", "exactly", "precise", "precisely")
"""Words that ask for a figure as exact ("exactly 100?", "the precise number")."""
ROUGHNESS = ("estimate", "estimated", "estimation", "approximation", "rounded", "ballpark")
"""Words that ask whether a figure is not exact ("is that an estimate?")."""
_EXACTNESS_TAIL = (
    r"(?i)\b(?:is|was|are|were)\s+(?:that|it|this|they|those|these|the\s+\w+)\s+(?:an?\s+|the\s+)?"
    r"(?:exact|precise|estimate|estimated|approximation|rounded|ballpark)\b"
)
"""A question's last clause asking whether the figure it asks is exact ("attendance at the
forum, and is that an estimate?")."""
_EXACT_INSISTED = (
    r"(?i)\b(?:exactly|precisely)\s+how\s+(?:many|much)\b|\b(?:exact|precise)\s+(?:number|figure|"
    r"count|headcount|total|amount|attendance|turnout)\b"
)
"""A question that insists on an exact figure ("exact number of attendees", "exactly how
many")."""
_EXACTNESS_JOINED = (
    r"(?i)\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+|\?\s*(?:and\s+)?)(?=(?:is|was)\s+(?:that|it|this)\s+"
    r"(?:an?\s+)?(?:exact|precise|estimate|estimated|approximation|rounded)\b[^,;?]{0,20}\W*$)"
)
"""How a question joins its last clause asking whether the figure is exact (", and is that
an estimate?")."""
_CHOSEN = ("Highest in ", "Higher in ", "Lowest in ", "Lower in ")
"""How a line naming the year of the highest (lowest) figure begins (`extreme_year`)."""

COMPARISON = "(our comparison)"

_HEADLINE_ASKED = (
    r"(?i)\bheadlines?\b(?!\s+(?:numbers?|figures?|stats?|statistics|data|facts?|findings?|"
    r"results?|rates?|shares?|values?))|\btitle\s+of\s+(?:the\s+|that\s+|this\s+)?(?:news\s+)?"
    r"(?:article|report|story|piece|item)\b|\b(?:article|report|story|piece)(?:'s)?\s+"
    r"(?:title|titled|called)\b|\b(?:article|report|story|piece)\b[^?.]{0,60}\b(?:en)?titled\b"
)
"""How a question asks for an article's own headline ("the headline of", "the title of
the article", "what was the story called"), not a post's title or an event's name."""
"""How a line we compared with a figure asked ends."""

KIN_MEASURES = 2
"""How many measure words a national statistic shares with a local one to measure the same
("share", "gdp")."""

def _called(kind: str, noun: str) -> bool:
    """Whether a noun calls a thing of an instrument's or topic's kind ("treaties" a treaty,
    "town" a place)."""
    if same_word(noun, kind):
        return True
    return kind == "place" and (noun in PLACE_NOUNS or noun in PLACE_PLURALS or noun == "town")


_EDITION_ASKED = (
    r"(?i)\b(?:which|what)\s+(?:edition|iteration|instal+ment)\b|\bhow\s+many(?:th)?\s+edition\b"
    r"|\b(?:which|what)\s+(?:number|edition)\s+(?:it\s+)?(?:is|was)(?:\s+(?:it|this|that))?\W*$"
)
"""An event's edition asked ("which edition", "which number is it", "the how manyth
edition")."""

_EDITION_NAMED = r"(\d+(?:st|nd|rd|th))\s"
"""An edition an event's name begins with ("10th China International Copyright Expo")."""
_OTHER_OF_KIND = r"\b(?:(?:which|what)\s+(?:other|else)|another)\s+([A-Za-z]{3,20})\b"
"""Another of a kind than one named asked ("which other treaty", "another agreement")."""

_PUT_IN = r"\bin ((?:[A-Z][\w-]+ )*[A-Z][\w-]+(?: (?:[Pp]rovince|[Cc]ity|[Rr]egion))?)"
"""Where a place's description puts it: "in Fujian province"."""


def _demonym(word: str) -> str:
    """The word as a people's name the vocabulary knows ("Australians": "australian"), or ""."""
    for form in (word, word.removesuffix("s")):
        if form in DEMONYMS:
            return form
    return ""


def _a_person(word: str) -> bool:
    """Whether a word asked after "which" is one for people ("officials", "speaker")."""
    return word in ASKED_PEOPLE or word.rstrip("s") in ASKED_PEOPLE


PARTS_OF_YEAR = {
    "early": frozenset({"01", "02", "03", "04"}),
    "mid": frozenset({"05", "06", "07", "08"}),
    "late": frozenset({"09", "10", "11", "12"}),
    "end": frozenset({"11", "12"}),
}
"""The months that "early", "mid", "late" and "end of" a year take in."""

_UNIT_NOUNS = frozenset("division department office section unit bureau centre center team".split())
"""Nouns after an instrument's name that make it part of a body's name ("Copyright Law
Division")."""

_FIGURE_STATED = r"(?<![\w.])(\d+(?:\.\d+)?\s?%|\d+(?:\.\d+)?\s(?:trillion|billion|million)\b)"
"""A figure stated in a question ("7.35%", "8.48 trillion"), not a year or a count alone."""
_FIGURE_CALLED = r"(?<![\w.])(?!(?:19|20)\d\d\b)(\d+(?:\.\d+)?)(?=\s(?:figure|number)\b)"
"""A number called a figure in a question ("the 477 figure", "the 477 number"), not a year."""
_FIGURE_ASKED = frozenset(
    "figure unit units currency usd dollars period reference presented refer refers represent "
    "represents bound estimate".split()
)
"""Words asking what a figure stated is ("the 7.35% figure", "reference year", "unit")."""
_SOURCE_WORDS = frozenset({"source", "sources", "sourced", "citation", "cite", "provenance"})
"""Words asking where a figure stated comes from ("source for the 477 million?")."""
_FIGURE_TOLD = frozenset(
    "share growth rate year years what which who reported gave exact count lower for "
    "number".split()
)
"""Words of a question about a figure stated that its line answers (which kind, what year,
who reported it)."""

_BY_AFTER = ((), ("in",), ("on",), ("from",), ("over",), ("year",), ("compared",), ("against",))
"""What may follow "up" in "how much was X up" for it to ask a change ("... up in 2024",
"up on the year before"), not a phrase verb ("how much was put up")."""

DATED_ASKED = frozenset(
    "become became becomes join joined joins sign signed signs ratify ratified ratifies accede "
    "acceded accedes found founded establish established adopt adopted launch launched enter "
    "entered start started begin began create created conclude concluded set up open opened "
    "approve approved enact enacted elect elected appoint appointed retire retired leave "
    "left".split()
)
"""Verbs of what a date is asked of ("when did China join WIPO"): a near answer that misses
one answers another question."""

POINT_WORDS = frozenset({"percentage", "points", "point", "pp", "terms"})
"""Words that say in what a change is given ("in percentage points"), not what changed."""


def _word_in(word: str, words: Iterable[str]) -> bool:
    """Whether the word, or a paraphrase the curators' vocabulary gives for it, is one of the
    words (as the same word: by its stem, or with two letters swapped)."""
    return _word_in_pool(word, words if isinstance(words, frozenset) else frozenset(words))


@functools.lru_cache(maxsize=1 << 15)  # a question's reading asks of the same words again
def _word_in_pool(word: str, pool: frozenset[str]) -> bool:
    """`_word_in` of a set of words."""
    if word in pool:
        return True
    options = (word, *PARAPHRASES.get(word, ()))
    return any(same_word(o, x) for o in options for x in pool)


def _every_side(first: str, second: str) -> bool:
    """Whether two words are two sides that together are everyone ("Chinese and foreign"),
    the second perhaps misspelt ("Chinese and foriegn")."""
    if (first, second) in EVERY_SIDE:
        return True
    others = {b for a, b in EVERY_SIDE if a == first}
    return bool(others) and len(second) >= RESPELL_MIN and bool(others & one_edit(second))


_BODY_AFTER_PLACE = frozenset(
    "government govt authorities authority officials municipal council committee bureau "
    "administration ministry department office".split()
)  # "a Shanghai city government show": a body of the place, not the venue
_FIRMS = frozenset("company companies firm firms startup publisher university".split())
"""Nouns for a firm after a place, that make the place the firm's ("a Shanghai tech company",
"the Beijing publisher"), not where an event was."""
_OF_THOSE = frozenset({"those", "these", "the", "all"})  # "how many of (those) 29"


_FIGURE_SAYING = frozenset({"say", "said", "says", "report", "reported", "put", "state", "stated"})
"""Verbs a figure is given with ("what did he say its revenue was")."""
_FIGURE_BEING = frozenset(
    {"was", "were", "is", "are", "stood", "came", "amounted", "totalled", "at"}
)
"""Words that end the thing whose figure was given ("... said the total was")."""


_FIGURE_WORDS = NUMBER - {"how", "big", "large", "size", "value", "worth", "take", "count"}
"""Words that ask a figure whatever else a question says ("revenue", "how much", "members")."""
_HOSTING = frozenset(
    "host hosts hosted organize organizes organized organise organises organised organizer "
    "organizers organiser organisers sponsor sponsored".split()
)
"""Verbs of who put an event on ("who hosted X"), not of its taking place ("held")."""
_PURPOSE_NOUNS = frozenset(
    "purpose purposes point aim aims goal goals objective objectives intent intention".split()
)
"""Nouns asking what an instrument is for ("what was the point of the memorandum")."""
_EXPANDED_MAX = 3
"""The most short names one question asks the full names of."""


class Answerer:
    """Answers one question over one lookup."""

    def __init__(
        self, lookup: Lookup, text: str, *, respell: bool = False, scene_asks: bool = True
    ) -> None:
        self._scene_asks = scene_asks  # "X said Y. Who was it?": the scene is the question
        self.lookup = lookup
        self.store = lookup.store
        self.rel = lookup.rel
        self.lines = Lines(lookup)
        self._typed = text  # as it came, before `read` writes names in for paraphrases
        self.q: Question = self._people_by_body(read(lookup, text, respell=respell))
        self.used: set[int] = set()
        self._appositives_read()  # "did WIPO's China office head Liu Hua attend": who she is
        self.cues: list[str] = []
        self._near_ok = False  # a fact may miss a few plain words (`_near`): a second pass
        self._unsaid: list[str] = []  # the asked words the closest statement does not hold
        self._tagged = checks(text)  # "... - correct?": a statement to check
        words = self.q.words
        self._links: set[int] = set()
        for i in range(len(words) - 1):  # "make up", "lead to", "account for": links only
            if (words[i], words[i + 1]) in LINKS:
                self._links.update((i, i + 1))
        self.used.update(self._links)
        phrased = list(words)
        money = bool(set(words) & (COMPARATIVES | NUMBER | CURRENCY_WORDS))  # "brought in
        for i in range(len(words) - 1):  # more": revenue; "signed up to": "acceded to"
            stand_in = PHRASES.get((words[i], words[i + 1]))
            if (words[i], words[i + 1]) in BROUGHT_IN and money:
                stand_in = "revenue"
            if words[i + 1] == "up" and stand_in and {"members", "membership"} & set(words):
                stand_in = "members"  # "how many members had MCSC signed up"
            if stand_in == "revenue" and set(words[i + 2 : i + 7]) & ATTENDING:
                stand_in = "attended"  # "pulled in something like 500 guests": who came
            if stand_in is not None:
                phrased[i] = stand_in
                self.used.add(i + 1)
        ends = {  # a name that opens the claim, not one in a clause of a thing named before
            m.end for m in self.q.mentions  # it ("the hits Liu Hua named as ...")
            if m.kind == "person" and all(w in STOP | CHECK_WORDS for w in words[: m.start])
        }
        for i in range(1, len(words) - 1):  # "Jiang Bo described as Tencent's general
            if i in ends and words[i] in _DESCRIBED_AS and words[i + 1] == "as":  # counsel":
                phrased[i] = "is"  # a post claimed of him, not something he described
                self.used.add(i + 1)
        for i in range(len(words) - 2):  # "the exact title of the regulations NCAC is
            if words[i] in ("title", "titles") and words[i + 1] == "of" and any(  # revising":
                w in INSTRUMENT_WORDS for w in words[i + 2 : i + 5]  # its name (a document's
            ):  # title, not a post)
                phrased[i] = "name"
        if phrased != list(words):
            self.q = replace(self.q, words=tuple(phrased))
            words = self.q.words
        last = len(words) - 1  # "what is Guan Rui's company called?": its name is asked
        if last > 0 and words[last] in ("called", "named") and "what" in words[:last]:
            self.used.add(last)
        self.use(self._source_said())  # "in the 2021 Xiamen training article": where, not what
        self._sided = False  # "who signed for the NCAC side": a person of NCAC's
        for m in self.q.mentions:  # "the WIPO side": WIPO
            if m.kind == "organization" and m.end < len(words) and words[m.end] == "side":
                self.used.add(m.end)
                self._sided = True

        for i in range(len(words) - 2):  # "Chinese and foreign experts": every one of them
            if words[i + 1] in ("and", "or") and _every_side(words[i], words[i + 2]):
                self.used.update((i, i + 1, i + 2))
        for i in range(len(words) - 1):  # "getting ratified", "got into force": a passive
            if words[i] in ("getting", "get", "gets", "got") and (
                words[i + 1].endswith("ed") or words[i + 1] in ("into", "in")
            ):
                self.used.add(i)
        self._rates = {  # "grew 11%", "an 11 percent increase": a rate of growth, not a
            i for i in range(1, len(words))  # share of anything
            if words[i] in ("percent", "share") and _a_number(words[i - 1])
            and (set(words[max(0, i - 4) : i - 1]) | set(words[i + 1 : i + 2])) & (GROWTH | {"up"})
            and words[i - 2 : i - 1] not in (("to",), ("from",), ("at",), ("of",), ("reached",))
        }  # fmt: skip  (not "grew to 7.44%": a level)
        self._rates |= {  # "grew by what %", "by how many percent did it grow": a rate asked
            i for i in range(1, len(words))
            if words[i] in ("percent", "share") and words[i - 1] in ("what", "many", "which")
            and "by" in words[max(0, i - 3) : i - 1]  # not "grew to what %", "what share":
            and (set(words[max(0, i - 5) : i - 1]) | set(words[i + 1 : i + 6])) & GROWTH  # a level
        }  # fmt: skip
        self.used.update(self._rates)
        for i in self._rates:  # "a 15% increase over the previous year": year on year, as
            after = words[i + 1 : i + 6]  # every growth figure is
            for k in range(len(after) - 1):
                if after[k] in ("over", "from", "on") and "year" in after[k + 1 : k + 4]:
                    end = k + 1 + after[k + 1 : k + 4].index("year")
                    self.used.update(range(i + 1 + k, i + 2 + end))
                    break
        self.used.update(i for i in range(len(words)) if _against_average(words, i))  # "less
        # to the economy than the global average": the level `_contrary` checks
        for i in range(len(words) - 1):  # "growing in recent years": when, as every trend
            if words[i] in ("recent", "few") and words[i + 1] == "years":  # is, not a
                self.used.update((i, i + 1))  # year-on-year figure
        for i in range(len(words) - 1):  # "in the year 2021": the year says it
            if words[i] == "year" and any(p == i + 1 for p, _ in self.q.years):
                self.used.add(i)
        for i in range(len(words) - 3):  # "by the time of the forum": when, as "at"
            if words[i : i + 4] in (("by", "the", "time", "of"), ("at", "the", "time", "of")):
                self.used.update(range(i, i + 4))
        then = list(words)  # "at that point", "back then": the time the scene set, read as
        for i in range(len(words)):  # "then" ("point" asks for no statement, "far" for no
            for filler in THEN:  # distance)
                if words[i : i + len(filler)] == filler:
                    then[i : i + len(filler)] = ["then"] * len(filler)
                    self.used.update(range(i, i + len(filler)))
        if then != list(words):
            self.q = replace(self.q, words=tuple(then))
            words = self.q.words
        q = self.q  # the scene set before the question: only what it names must hold
        named = {i for m in q.mentions for i in m.span} | {i for p in q.places for i in p.span}
        named |= {i for k in q.kinds for i in k.span} | {i for i, _ in q.years}
        if self._bare_ask():  # "an NCAC official said X. Who was he?": the one asked for
            self.used.update(i for i in range(q.begins) if words[i] in SOMEONE)
        if not (self._said_that() or self._bare_ask()):  # "Somebody called it a milestone.
            topic = self._scene_topic()  # Who said that?": the scene is what was said, and
            self.used.update(  # must hold; so must what a person named there spoke about
                i for i in q.context if i not in named | topic and not words[i].isdigit()
            )
            self.used.update(  # "NCAC looked back on 70 years of ...": a span of time
                i for i in q.context if i not in named and words[i].isdigit()
                and i + 1 < len(words) and words[i + 1] in SPANS
            )  # fmt: skip
        if q.context:  # "X, who argued for Y, is ...": what describes X need not hold
            self.used.update(described(q.text))
            self.used -= self._strange_named()  # "Daren Tang WIPO DG, what he say?": who
        people = {i for m in q.mentions if m.kind == "person" for i in m.span}
        self.used.update(  # "last October": the month (when it was, not the year before)
            i for i in range(len(words) - 1) if words[i] == "last" and words[i + 1] in MONTHS
        )
        told = {m.end + 2 for m in q.mentions if self._source_words(m) and m.end + 2 < len(words)}
        if any(i in told and words[i - 1] == "in" for i, _ in q.years):  # "as Liu Hua
            self.q = replace(q, years=tuple(y for y in q.years if y[0] not in told))  # recalled
            self.used.update(j for i in told for j in (i - 1, i))  # in 2021": when she said it
            q = self.q
        for i, w in enumerate(words):  # "their copyright protection work": an effort, not a
            last = i + 1 == len(words)  # work of art, nor where
            if w == "work" and i and words[i - 1] not in STOP and i - 1 not in people and last:
                self.used.add(i)  # someone works
        for i in range(len(words) - 1):  # "the whole list", "a full rundown": all, not words
            if words[i] in ("whole", "entire", "full", "complete") and words[i + 1] in LISTING:
                self.used.update((i, i + 1))  # of the facts
        for i in range(len(words) - 1):  # "that year", "the same year": the year named, or
            if words[i] in ("that", "same") and words[i + 1] == "year":  # one this question
                self.used.update((i, i + 1))  # cannot see (each answer line gives its year)
        if any(p.start in q.context for p in q.places):  # "the province": the place named
            self.used.update(i for i, w in enumerate(words) if w in PLACE_NOUNS and i > 0
                             and words[i - 1] in ("the", "this", "that"))  # fmt: skip
        homes = self._homes_named()  # "the APRA Sydney rep": where the body is, not where
        if homes:  # anything asked happened
            self.used.update(i for p in homes for i in p.span)
            self.q = replace(q, places=tuple(p for p in q.places if p not in homes))
            q = self.q
        self._words: dict[tuple[str, str], list[str]] = {}
        self._places_on_record: set[str] | None = None
        self._countries: frozenset[str] | None = None
        self._choices = self._offered()  # "the 40th or 50th": one of them
        for a, b in self._choices:  # the "or" between them, and any "%" beside them
            span = range(a[0], min(b[-1] + 2, len(words)))
            self.use(j for j in span if words[j] in ("or", "share", "the", "a") and j not in a + b)
        year_at = {i for i, _ in q.years}
        if q.has(*COMPARATIVES):  # "which was bigger, the share in 2017 or 2023": both ends
            self._choices = [(a, b) for a, b in self._choices if not {*a, *b} <= year_at]
        offered = {j for a, b in self._choices for j in (*a, *b)}
        if any(i in offered for i, _ in q.years):  # "in 2013 or 2015": one of them, not both
            self.q = replace(q, years=tuple(y for y in q.years if y[0] not in offered))
            q = self.q
        self.excluded = self._besides()
        if not self.excluded and self._asks_someone_else() and q.has("else", "other", "others"):
            self.excluded = {m.best.id for m in self.mentioned("person")}  # "X spoke. Who else?"
            self.use(i for m in self.mentioned("person") for i in m.span)
        if self.excluded:  # "besides WIPO, which other organizations": others than it
            self.use_words({"other", "others", "else", "further", "additional"})

    def _event_modifiers(self) -> list[int]:
        """The words after an event's name that only say which it is by another event ("the
        Central Conference cited for the Shanghai training"): from the first's end to the
        second's."""
        words = self.q.words
        return [
            i
            for a, b in pairwise(self.mentioned("event"))
            if 0 < b.start - a.end <= _MODIFIER_REACH
            and set(words[a.end : b.start]) & {"for", "at", "of", "during", "by", "from"}
            and set(words[a.end : b.start])  # not "the training came from a conference": a
            <= _MODIFYING | set(fold(self.lines.name("event", a.best.id)).split())  # verb
            for i in range(a.end, b.end)  # says what the first did; "...Foreign Affairs cited
        ]  # for the Shanghai training": the rest of the first's own name, then which it is

    def _source_said(self) -> list[int]:
        """The words that say which article a question means, not what it asks: "in the 2021
        Xiamen training article", "in the piece on the Shanghai training, ..." (a scene)."""
        words, found = self.q.words, []
        for j, w in enumerate(words):
            led = {"the", "this", "that"} | ({"in", "from"} if w == "news" else set())
            if w not in SOURCE_NOUNS or not led & set(words[max(0, j - 4) : j]):
                continue  # "in the Xiamen article", "in Shanghai training news"
            scene = sorted(self.q.context)
            lead = bool(scene) and words[scene[0]] in {"in", "from", "per", "according", "as"}
            lead = lead or not any(words[i] in MENTIONED_AT for i in scene)
            if j in self.q.context and lead:  # "In the piece on X, what ...": the whole scene
                found += [i for i in self.q.context if abs(i - j) <= SOURCE_REACH]
                continue  # (not "The memorandum mentioned in the Shanghai report - what ...")
            verb = j + 1 + bool(set(words[j + 1 : j + 2]) & _SOURCE_ADVERBS)
            if words[verb : verb + 1] and words[verb] in SOURCE_VERBS:  # "that conference the
                the = max(i for i in range(max(0, j - 4), j) if words[i] in ("the", "this", "that"))
                found += range(the, verb + 1)  # Shanghai article mentions": which article said
                continue  # it; "does the article actually place him at": where it is read
            back = [i for i in range(max(0, j - SOURCE_REACH), j) if words[i] in ("in", "from")]
            if back:  # "what does WOC stand for in the 2021 Xiamen training article"
                at = back[-1]  # "the conference mentioned in the Shanghai article": its verb
                if at and words[at - 1] in ("mentioned", "cited", "reported"):
                    at -= 1
                found += range(at, j + 1)
        return found

    def _homes_named(self) -> list[Place]:
        """The places named right beside an organization that is there ("APRA Sydney",
        "Sydney's APRA"): they say which body, not where what is asked happened."""
        found = []
        for place in self.q.places:
            for m in self.q.mentions:
                if m.kind != "organization" or place.start not in (m.end, m.start - 1):
                    continue
                org = self.store.get("organization", m.best.id)
                where = {
                    fold(x)
                    for x in (getattr(org, "city", None), getattr(org, "country", None))
                    if x
                }
                if fold(place.name) in where:
                    found.append(place)
        return found

    def _scene_topic(self) -> set[int]:
        """The words of a scene that say what a person it names spoke about, when the question
        asks which body or post is his ("Scot Morris talked about CMOs - which organisation is
        he with?"): the person's talks must hold most of them (`_use_said_by`), as a scene's
        other words need not be held at all."""
        q = self.q
        words = q.words
        if not self._asks_his_post():
            return set()
        people = [  # named in the scene, or before the question proper that a pronoun of
            m for m in q.mentions  # asks about ("Scot Morris talked about football. Which
            if m.kind == "person" and (m.start in q.context or m.end <= q.begins)  # body is he
        ]  # with?")
        talk = STATEMENT | SPOKE | LECTURE
        for m in people:
            for i in range(m.end, len(words) - 1):
                if i not in q.context:
                    break
                if words[i] in talk and words[i + 1] in ("about", "on"):
                    return {j for j in q.context if j > i + 1}
        return set()

    def _besides(self) -> set[str]:
        """The records a question sets aside ("besides RCEP", "other than WIPO", "mentioned
        alongside RCEP"): their words are accounted for, and no answer gives them."""
        words = self.q.words
        excluded: set[str] = set()
        for mention in self.q.mentions:
            start = mention.start
            if start and words[start - 1] in ("his", "her", "their", "its", "the", "that", "this"):
                start -= 1  # "besides his Shanghai Publicity Department post", "that RCEP"
            before = words[max(0, start - 2) : start]
            if not before:
                continue
            if before[-1] in BESIDES:
                self.used.add(start - 1)
                if len(before) == 2 and before[0] in STATEMENT | {"listed", "named"}:
                    self.used.add(start - 2)  # "mentioned alongside RCEP"
            elif tuple(before) in BESIDES_PAIRS:
                self.used.update((start - 2, start - 1))
            elif before[-1] == "not" and mention.kind == "person" and start > 1:
                self.used.add(start - 1)  # "who lectured at Xiamen (not Liu Hua)": another
            elif mention.kind == "person" and (titled := self._not_titled(start)):
                self.used.update(titled)  # "(not the VC Liu Ping)": someone else
            elif mention.kind == "person" and words[mention.end : mention.end + 1] in SUPERIORS:
                self.used.add(mention.end)  # "(Zhao's boss)": someone over her, not she
            else:
                continue
            self.used.update(range(start, mention.end))
            excluded.add(mention.best.id)
        return excluded | self._listed_before_else()

    def _listed_before_else(self) -> set[str]:
        """The records a list ending "and who else?" names ("FTAs with Australia, South Korea
        and who else?"): the records, and the instruments named after them (the
        China-Australia agreement); their words are accounted for."""
        words = self.q.words
        end = next(
            (i for i in range(1, len(words) - 2)
             if words[i] in ("and", "or") and words[i + 1] in ("who", "what", "which", "where")
             and words[i + 2] in ("else", "other", "others")),
            None,
        )  # fmt: skip
        if end is None:
            return set()
        spans = [(m.start, m.end, m.best.id, m.kind) for m in self.q.mentions]
        spans += [(p.start, p.end, "", "organization") for p in self.q.places]  # a country
        listed: list[tuple[int, int, str, str]] = []
        while found := [x for x in spans if x[1] == end or (x[1] == end - 1 and
                                                            words[end - 1] == "and")]:
            item = max(found, key=lambda x: x[1] - x[0])
            listed.append(item)
            end = item[0]
        counted = listed and {"two", "three", "both", "2", "3"} & set(words[: listed[0][0]])
        if len(listed) < (1 if counted else 2) or len({kind for *_, kind in listed}) > 1:
            return set()  # "Chengdu, Liu Hua and who else": a scene and one name, no list
            # (but "which two towns ... nantong and what else": one of the two asked)
        names = {" ".join(words[start:stop]) for start, stop, *_ in listed}
        self.used.update(i for start, stop, *_ in listed for i in range(start, stop))
        return {rid for _, _, rid, _ in listed if rid} | {
            record.id
            for record in self.store.all("instrument")
            if isinstance(record, Instrument)
            and any(f" {name} " in f" {fold(record.name)} " for name in names)
        } | {  # a place listed ("nantong and what else"): its own record
            record.id
            for record in self.store.all("topic")
            if isinstance(record, Topic) and fold(record.name) in names
        }

    def _not_titled(self, start: int) -> list[int]:
        """The words from "not" to a person's name when only a title comes between ("not the
        vice chairman Liu Ping"), or []."""
        words = self.q.words
        for k in range(start - 1, max(-1, start - 6), -1):
            if words[k] == "not":
                between = words[k + 1 : start]
                if between and all(w in STOP or w in ROLE_TITLES for w in between):
                    return list(range(k, start))
                return []
            if words[k] not in STOP and words[k] not in ROLE_TITLES:
                return []
        return []

    def _aside_from(self) -> int | None:
        """Where a question starts setting something aside ("..., as distinct from its vice
        chairman", "other than the deputy"), or None."""
        words = self.q.words
        for i, w in enumerate(words):
            if w in BESIDES - {"alongside", "beyond"} or tuple(words[i : i + 2]) in BESIDES_PAIRS:
                return i - 1 if i and words[i - 1] == "as" else i
            if w == "not" and set(words[i + 1 : i + 3]) & ROLE_TITLES:  # "(not vice chair)"
                return i
        return None

    def _speaker_set_aside(self, appearance: Appearance) -> bool:
        """Whether a speaker is one the question sets aside (`_besides`): the person, or of a
        body set aside or a unit of one ("besides the WIPO lecturer": Gao Hang, of a WIPO
        division)."""
        org = self._speaker_org(appearance)
        linked = {appearance.person, org, *(self.rel_ancestors(org) if org else ())}
        return bool(linked & self.excluded)

    def _set_aside(self, line: AnswerLine) -> bool:
        """Whether a fact is, or is by, a record the question sets aside (`_besides`)."""
        if not self.excluded:
            return False
        record = self.store.get(line.kind, line.id)
        linked = {line.id, getattr(record, "person", None), getattr(record, "organization", None)}
        linked.add(getattr(record, "reported_by", None))  # a figure the person reported
        if isinstance(record, Appearance):
            role = self.rel.role_for(record)
            linked.add(role.organization if role else None)
        return bool(linked & self.excluded)

    # -- words -------------------------------------------------------------------------------

    def use(self, positions: Iterable[int]) -> None:
        """Mark words as accounted for."""
        self.used.update(positions)

    def use_words(self, words: Iterable[str]) -> None:
        """Mark every occurrence of these words as accounted for."""
        wanted = set(words)
        self.use(i for i, w in enumerate(self.q.words) if w in wanted)

    def leftover(self) -> list[int]:
        """Positions of the words no part of the answer has accounted for yet."""
        skip = {i for i, _ in self.q.years} | set(self.q.latest)
        if self.q.years:  # "December 2019": the month of a date, as precise as the facts'
            skip.update(i for i, w in enumerate(self.q.words) if w in MONTHS)
        return [
            i
            for i, w in enumerate(self.q.words)
            if i not in self.used and i not in skip and w not in STOP and w not in GENERIC
        ]

    def words_of(self, kind: str, rid: str) -> list[str]:
        """The folded words a fact's record, and the records it names, are written in."""
        key = (kind, rid)
        if key not in self._words:
            record = self.store.get(kind, rid)
            texts: list[str] = [rid.replace("-", " ")]
            if record is not None:
                texts += [text for _, text in record_texts(record)]
                texts += self._linked_names(record)
                texts += self._article_words(record)
                if kind == "milestone":  # "which milestone of the relationship"
                    texts.append("milestone milestones")
                texts += self._gender_words(record)  # "the woman from WIPO": a Ms.
                kind_name = getattr(record, "kind", None)  # RCEP is an agreement; a work
                if isinstance(kind_name, str):  # may be asked for as "which game"
                    texts.append(vocabulary_words(kind_name))
                    texts += sorted(KIND_NOUNS.get(kind_name, ()))
                for field in ("value", "quantity", "attendance"):
                    quantity = getattr(record, field, None)
                    if quantity is not None:
                        texts += [_number(x) for x in (quantity.value, quantity.low, quantity.high)
                                  if x is not None]  # fmt: skip
            joined = fold(" ; ".join(texts))
            short = [  # "the roundtable with the CMOs": one written "collective management
                w for long, shorts in _SHORT_KINDS  # organizations" holds "CMOs"
                if long in joined for w in shorts
            ]  # fmt: skip
            self._words[key] = [*joined.split(), *short]
        return self._words[key]

    def _of_gender(self, event: Event, speakers: list[Appearance]) -> list[Appearance]:
        """The speakers who are women (or men) when the question asks for them, as the
        article's honorific ("Ms.", "Mr.") says; refused when it gives none for some of them."""
        asked = {w for w in self.q.words if w in GENDERED}
        if not asked:
            return speakers
        wanted = {GENDERED[w] for w in asked}
        if len(wanted) != 1:
            return speakers  # "men and women": everyone
        honorifics = {}
        for a in speakers:
            person = self.store.get("person", a.person)
            honorific = fold(getattr(person, "honorific", None) or "")
            honorifics[a.id] = GENDER_WORDS.get(honorific, "")
        kept = [  # those the article does not call otherwise ("Mr." for "the woman")
            a
            for a in speakers
            if not honorifics[a.id] or next(iter(wanted)) in honorifics[a.id].split()
        ]
        unknown = [a for a in kept if not honorifics[a.id]]
        plural = any(w.endswith(("men", "es", "guys", "fellows")) for w in asked)
        if unknown and plural:  # "which women spoke at Chengdu": cannot tell; "the woman
            # from WIPO at the Chengdu forum": the one the rest of the question names
            raise Refused(f"the article gives no Ms. or Mr. for each speaker of the {event.name}")
        self.use(i for i, w in enumerate(self.q.words) if w in GENDERED)
        if not kept:
            raise Refused(f"no speaker of the {event.name} of that kind is on record")
        return kept

    def _gender_words(self, record: Record) -> list[str]:
        """Words for a woman or a man, for the person a fact is of, as the article's own
        honorific ("Ms.", "Mr.") says; none when it gives none."""
        rid = record.id if isinstance(record, Person) else getattr(record, "person", None)
        person = self.store.get("person", rid) if isinstance(rid, str) else None
        if person is None:
            return []
        honorific = fold(getattr(person, "honorific", None) or "")
        return [GENDER_WORDS.get(honorific, ""), "guy guys"]  # "the CISAC guy": anyone

    def _article_words(self, record: Record) -> list[str]:
        """The ids of the articles a fact comes from ("in the NCAC interview"); not their
        titles, whose words ("the digital age") every fact of an article would then hold."""
        return [
            source.replace("-", " ")
            for source in dict.fromkeys(ev.source for ev in record.evidence)
        ]

    def _linked_names(self, record: Record) -> list[str]:
        names: list[str] = []
        for field in ("person", "organization", "event", "statistic", "reported_by", "subject"):
            rid = getattr(record, field, None)
            if isinstance(rid, str):
                names += self._names_of(rid)
        for field in ("organizers", "subjects", "parties"):
            for rid in getattr(record, field, ()):
                names += self._names_of(rid)
        if getattr(record, "parties", ()):  # "the partners China has an agreement with"
            names.append("party parties partner partners")
        if isinstance(record, (Appearance, Role)):
            roles = self.lines.roles_then(record) if isinstance(record, Appearance) else [record]
            for role in roles:
                names.append(role.title)
                names += self._names_of(role.organization) if role.organization else []
        if isinstance(record, Event):
            names += [d for d in (record.start, record.end) if d]
            names += _months(record)  # "July 7 to 9": its days and months
            for date in (record.start, record.end):
                parts = (date or "").split("-")
                if len(parts) == 3 and parts[2].isdigit():
                    names.append(str(int(parts[2])))
        reporter = getattr(record, "reported_by", None)
        if isinstance(reporter, str):  # "according to the NCAC official": who reported it
            names += self._titles_words(reporter)
            names.append("official")
        return names

    def _names_of(self, rid: str) -> list[str]:
        for kind in ("person", "organization", "event", "statistic", "instrument", "topic"):
            record = self.store.get(kind, rid)
            if record is not None:
                names = [self.lines.name(kind, rid)]
                names += list(getattr(record, "abbreviations", ()))
                names += list(getattr(record, "aliases", ()))
                if isinstance(record, Event):
                    names += [x for x in (record.city, record.start) if x]
                    names += _months(record)  # "the Shanghai training last October"
                if isinstance(record, Statistic):
                    names.append(record.subject)
                    org = self.store.get("organization", record.organization or "")
                    if isinstance(org, Organization):  # "which CMO had the bigger revenue"
                        names += [*self._names_of(org.id), *sorted(KIND_NOUNS.get(org.kind, ()))]
                kind_word = getattr(record, "kind", None)
                if isinstance(kind_word, str):  # "which places", "which campaign"
                    names.append(vocabulary_words(kind_word))
                if kind == "organization":  # "the audio-video copyright body"
                    names.append(" ".join(ORG_NOUNS))
                    country = getattr(record, "country", None)
                    if country and country != "China":  # "the foreign university experts"
                        names.append("foreign")
                    if country and fold(country) in CONTINENTS:  # "the European experts"
                        names.append(CONTINENTS[fold(country)])
                    if country and fold(country) in LATIN_AMERICA:  # "any Latin American one"
                        names.append("latin america")
                    elif country == "China":  # "the Chinese company executives"
                        names.append("China Chinese domestic")
                return names
        return []

    def holds(self, kind: str, rid: str, word: str) -> bool:
        """Whether a fact is written with a word (or one of our paraphrases of it); an office
        ("governor") only as itself, never a word of its stem ("governing")."""
        if word in _PUBLIC_OFFICES:
            return word in (said := self.words_of(kind, rid)) or f"{word}s" in said
        return _word_in(word, self.words_of(kind, rid))

    def _about(self, record: Record, positions: Sequence[int]) -> bool:
        """Whether a statement is about every topic word: in its own words, its topics, the
        names and kinds of its subjects, or its speaker's titles ("the tech entrepreneur");
        not its speaker's or its event's names."""
        return not self._missing(record, positions)

    def _missing(self, record: Record, positions: Sequence[int]) -> list[int]:
        """The topic words a statement does not hold (see `_about`)."""
        texts = [text for _, text in record_texts(record)]
        for rid in getattr(record, "subjects", ()):
            texts += self._names_of(rid)
        missing = self._not_in(fold(" ; ".join(texts)).split(), positions)
        person = getattr(record, "person", None)
        if missing and isinstance(person, str):  # "which tech entrepreneur argued": a CEO
            asked = ROLE_NOUNS | TITLE_ASKED | set(ORG_NOUNS)  # "which body does she represent"
            titles = [w for w in self._titles_words(person) if w not in asked]
            # not "the director of Ne Zha 2": whose post that is, asked
            post_of = [i for i in missing if self._post_of(i)]
            held = self._not_in(fold(" ; ".join(titles)).split(), missing)
            missing = sorted({*held, *post_of})
        return missing

    def _post_of(self, i: int) -> bool:
        """Whether the word at ``i`` is a title asked of something named after it ("the
        director of Ne Zha 2"), not of a person named ("which society is she deputy DG of",
        "he is CEO of what company")."""
        words = self.q.words
        after = words[i + 2 : i + 3]
        return (
            words[i] in ROLE_TITLES
            and words[i + 1 : i + 2] == ("of",)
            and bool(after)
            and after[0] not in NEAR_ASKING | {"whose"}
            and not self.mentioned("person")
        )

    def _not_in(self, words: Sequence[str], positions: Sequence[int]) -> list[int]:
        """The positions of the question's words that none of ``words`` is (our paraphrases
        and stems allowed)."""
        return [i for i in positions if not _word_in(self.q.words[i], words)]

    def _titles_words(self, person: str) -> list[str]:
        """The folded words of the titles a person holds and their organizations' names,
        with the plain words for a title ("chief", "head" and "boss" of a director)."""
        texts: list[str] = []
        for role in self.rel.roles_of_person(person):
            texts.append(role.title)
            texts += self._names_of(role.organization) if role.organization else []
        words = fold(" ; ".join(texts)).split()
        return words + [w for w, means in TITLE_SYNONYMS.items() if set(means) <= set(words)]

    def _most_of(self, facts: Sequence[Record], topic: Sequence[int]) -> list[Record]:
        """One speaker's statements asked about in words of the question's own ("what AI
        risks did Zhang Yilin caution about"): those holding the most topic words, at least
        half of them and every name, place and number among them; [] when none does."""
        if not topic:
            return []
        return self._fewest_missing(facts, topic, min(len(topic) // 2, len(topic) - 1))

    def _fewest_missing(
        self, facts: Sequence[Record], topic: Sequence[int], most: int
    ) -> list[Record]:
        """The statements missing the fewest topic words, at most ``most`` of them and never a
        name, a place or a number (a word written with a capital, or not a word), in order."""
        named = self._proper_words() - {"chinese", "china"}  # "two Chinese localities": the
        scored: list[tuple[int, int]] = []  # articles' own country, said of most things
        for n, fact in enumerate(facts):
            missing = [self.q.words[i] for i in self._missing(fact, topic)]
            hard = any(  # "the export value in yuan": a sum the statement does not give
                w in named or w in NEAR_FOCUS or w in CURRENCY_WORDS or not w.isalpha()
                for w in missing
            )
            if len(missing) <= most and not hard:
                scored.append((len(missing), n))
        fewest = min((missed for missed, _ in scored), default=None)
        return [facts[n] for missed, n in sorted(scored) if missed == fewest]

    def _foreign_body(self) -> None:
        """Refuses a body named with a country before it that is not its own ("the US
        Copyright Office": the words name NCAC's kind of body, but the US's, which no record
        holds)."""
        orgs = self.mentioned("organization")
        typed = f" {fold(self._typed)} "
        for before, body in pairwise(orgs):
            country = self.store.get("organization", before.best.id)
            own = self.store.get("organization", body.best.id)
            between = self.q.words[before.end : body.start]
            if (
                between in ((), ("the",))
                and isinstance(country, Organization) and country.kind == "country"
                and isinstance(own, Organization) and own.kind != "country"
                and own.country not in (None, country.name, *country.aliases)
                and not any(  # "US NCAC dialogue?": two bodies, each by its own name
                    f" {fold(name)} " in typed
                    for name in (own.name, *own.abbreviations, *own.aliases)
                )
            ):  # fmt: skip
                raise Refused(f"it names a body of {country.name}'s; {FOREIGN_BODY}")

    def _near_hard(self, mention: Mention) -> bool:
        """Whether a fact that misses a mention's words is never the closest to a question: a
        person's, or a body's that is no country and not the source ("according to the
        copyright administration"), which a fact answering it must name."""
        if mention.kind == "person":
            return True
        if mention.kind != "organization":
            return False
        body = self.store.get("organization", mention.best.id)
        before = set(self.q.words[max(0, mention.start - 3) : mention.start])
        return (
            isinstance(body, Organization) and body.kind != "country"
            and mention.best.score >= EXACT  # not "copyright co-operation" read as a center
            and not before & {"according", "per"}
        )  # fmt: skip

    def _strange_named(self) -> set[int]:
        """Positions of the scene's words that write a name no record holds ("Daren Tang"):
        the one a question leans on must hold, so the answer is about no one else."""
        strange = strange_names(self.lookup, self.q.text)
        words = self.q.words
        starts = {m.start for m in self.mentioned("person")}  # "Gen Secy Xi Jinping": a title
        return {  # before a name on record, however shortened
            j
            for i in self.q.context
            if i + 1 < len(words) and (words[i], words[i + 1]) in strange and i + 2 not in starts
            for j in (i, i + 1)
        }

    def _proper_words(self) -> set[str]:
        """The folded words the question writes with a capital letter (past its first word)."""
        raw = self.q.text.replace("\u2019", "'").split()[1:]
        return {w for token in raw if token[:1].isupper() for w in words_of(token)}

    def _closest(self, facts: Sequence[Record], topic: Sequence[int]) -> list[Record]:
        """A question that gives what was said at length, in its own words ("who said advancing
        copyright cooperation ... is an essential part of ..."): the one statement holding all
        but a fifth of its five or more topic words, and more of them than any other
        speaker's; [] when none does, or two speakers' do equally."""
        if len(topic) < CLOSE_MIN:
            return []
        best = self._fewest_missing(facts, topic, len(topic) // CLOSE_SHARE)
        speakers = {getattr(f, "person", None) for f in best}
        if len(best) > 1 and (len(speakers) > 1 or None in speakers):
            return []  # two speakers' statements fit as well: cannot tell which
        return best

    def covers(self, line: AnswerLine, positions: Sequence[int]) -> bool:
        """Whether a fact accounts for every word at the positions; of numbers offered as
        choices ("the 40th or 50th"), one is enough."""
        words = self.q.words
        person = _person_of(self.store.get(line.kind, line.id))
        own = {  # "according to Sylvie Forbain": a name misspelt, of the fact's own person
            j for m in self.mentioned("person") if person in m.ids("person") for j in m.span
        }
        own |= {  # "according to the National Copyright Administration": NCAC, however the
            j for m in self.mentioned("organization")  # fact writes it
            if any(j in positions for j in m.span) and self._holds_body(line, m.best.id)
            for j in m.span
        }  # fmt: skip
        own |= {  # "the World Intellectual Property Office": its body noun typed another way
            m.end for m in self.mentioned("organization")
            if m.end in positions and words[m.end : m.end + 1] in _BODY_NOUN_TYPED
            and self._holds_body(line, m.best.id)
        }  # fmt: skip
        if line.kind == "appearance":  # "which NCAC Director General spoke at the opening
            own |= {  # ceremony": an appearance is someone speaking there, whatever its
                i for i in positions  # record's verb (not "the memorandum Liu Hua talked
                if words[i] in SPOKE and words[i + 1 : i + 2] not in (("about",), ("of",))
            }  # about": what she said of it)
        for i in positions:
            if i in own:
                continue
            sides = next((c for c in self._choices if any(i in side for side in c)), ((i,),))
            if not any(all(self.holds(line.kind, line.id, words[j]) for j in side)
                       for side in sides):  # fmt: skip
                return False
        return True

    def _holds_instrument(self, line: AnswerLine, instrument: str) -> bool:
        """Whether a fact is of an instrument: it or its statistic links the instrument, or
        its own words (not the names of the records it links) write one of its names in a
        row."""
        record = self.store.get(line.kind, line.id)
        if record is None:
            return True
        own = [record]
        if isinstance(record, Observation):
            stat = self.store.get("statistic", record.statistic)
            own += [stat] if stat is not None else []
        for item in own:
            for name in field_names(item):
                got = getattr(item, name)
                if got == instrument or (isinstance(got, tuple) and instrument in got):
                    return True
        said = f" {fold(' ; '.join(t for item in own for _, t in record_texts(item)))} "
        said = " ".join(said.split()).join("  ")
        held = self.store.get("instrument", instrument)
        names = [getattr(held, "name", ""), *getattr(held, "aliases", ())]
        names += list(getattr(held, "abbreviations", ()))
        return any(f" {' '.join(fold(n).split())} " in said for n in names if n)

    def _holds_body(self, line: AnswerLine, org: str) -> bool:
        """Whether a fact holds an organization by one of its names (its name or an alias,
        word for word in a row, or its abbreviation), as its own words or the records it names
        write it."""
        record = self.store.get("organization", org)
        if not isinstance(record, Organization):
            return False
        said = f" {' '.join(self.words_of(line.kind, line.id))} "
        return any(
            f" {fold(name)} " in said for name in (record.name, *record.aliases)
        ) or any(self.holds(line.kind, line.id, fold(a)) for a in record.abbreviations)

    def _mentioned_at(self) -> tuple[list[int], set[str]] | None:
        """The event a question says something was mentioned at ("the MoU mentioned at the
        Shanghai training", "cited during the roundtable"): the words saying so and the
        articles that report the event; None when it says none."""
        words = self.q.words
        for m in self.mentioned("event"):
            before = words[max(0, m.start - 3) : m.start]
            verb = next((j for j, w in enumerate(before) if w in MENTIONED_AT), None)
            if verb is None or not {"at", "in", "during"} & set(before[verb + 1 :]):
                continue
            event = self.store.get("event", m.best.id)
            if event is not None:
                span = [*range(m.start - len(before) + verb, m.start), *m.span]
                return span, _articles(event)
        for p in self.q.places:  # "the memorandum mentioned in the Shanghai report": the
            before = words[max(0, p.start - 3) : p.start]  # article on what was held there
            verb = next((j for j, w in enumerate(before) if w in MENTIONED_AT), None)
            if verb is None or words[p.end : p.end + 1] not in tuple((n,) for n in SOURCE_NOUNS):
                continue
            held = [e for e in self.store.all("event") if isinstance(e, Event)
                    and _event_at(e, p.name)]  # fmt: skip
            if held and {"in", "from"} & set(before[verb + 1 :]):
                span = [*range(p.start - len(before) + verb, p.start), *p.span, p.end]
                return span, {a for e in held for a in _articles(e)}
        return None

    def _sources(self, line: AnswerLine) -> set[str]:
        """The articles a line's fact comes from."""
        record = self.store.get(line.kind, line.id)
        return _articles(record) if record is not None else set()

    def _who_within(self) -> set[str]:
        """The organization (and its units) a "who" question asks among ("who at NCAC",
        "who exactly from WIPO"); empty for another question."""
        words = self.q.words
        if self.q.asked[:1] not in (("who",), ("whom",), ("which",)):
            return set()
        begins = self.q.begins
        opening = self.q.asked[:1]
        people = PEOPLE_NOUNS | SPEAKER_NOUNS | ROLE_TITLES | ASKED_PEOPLE
        for m in self.mentioned("organization"):
            if opening == ("which",) and m.start == begins + 1 and words[m.end : m.end + 1] and (
                words[m.end] in people
            ):  # "which NCAC official gave a speech": one of NCAC's people
                return set(self.org_family(m.best.id))
            between = [w for w in words[begins + 1 : m.start] if w != "the"]
            linked: tuple[str, ...] = ("at", "from")
            if opening == ("which",):  # "which person at NCAC"
                between = between[1:] if between[:1] == ["person"] else []
                linked = ("at", "from", "of")
            elif between[-2:-1] == ["person"]:  # "who was the person of the NCAC"
                between, linked = between[-1:], ("at", "from", "of")
            if 0 < len(between) <= 2 and between[-1] in linked and m.start > begins:
                return self._families_joined(m)
        return set()

    def _families_joined(self, first: Mention) -> set[str]:
        """The organizations (and their units) of a mention and of those joined to it by "and"
        or "or" ("who from NCAC and WIPO")."""
        words = self.q.words
        family = set(self.org_family(first.best.id))
        end = first.end
        for m in sorted(self.mentioned("organization"), key=lambda x: x.start):
            joint = words[end : m.start]  # "and WIPO", "and from WIPO", "or at the WIPO"
            if joint[:1] in (("and",), ("or",), ("&",)) and all(
                w in ("from", "at", "of", "the") for w in joint[1:3]
            ) and len(joint) <= 3:
                family |= set(self.org_family(m.best.id))
                end = m.end
        return family

    def _person_in(self, line: AnswerLine, family: Collection[str]) -> bool:
        """Whether a line is of a person holding a post at one of the organizations."""
        person = _person_of(self.store.get(line.kind, line.id))
        return person is not None and any(
            r.organization in family for r in self.rel.roles_of_person(person)
        )

    def _either_side(self, lines: Sequence[AnswerLine]) -> list[AnswerLine]:
        """Two things asked with "and" that no one fact holds ("Sichuan's 2018 trading
        volume and registered works"): the facts holding every word but the other side's,
        when each side has one; [] otherwise. A side is the run of words beside "and"."""
        words, left = self.q.words, self.leftover()
        for a in (i for i, w in enumerate(words) if w == "and" and 0 < i < len(words) - 1):
            before = list(takewhile(lambda i: i in left, range(a - 1, -1, -1)))
            after = list(takewhile(lambda i: i in left, range(a + 1, len(words))))
            if not before or not after:  # "an Italian law professor and a French academic":
                described = self._described(a)  # two people, by place and title, one of
                if described is None:  # them with a word no other fact holds
                    continue
                before, after = [i for i in described[0] if i in left], [
                    i for i in described[1] if i in left
                ]
                if not before and not after:
                    continue
            rest = [i for i in left if i not in before and i not in after]
            one = [x for x in lines if self.covers(x, [*rest, *before]) and not self._set_aside(x)]
            two = [x for x in lines if self.covers(x, [*rest, *after]) and not self._set_aside(x)]
            if one and two and set(one) != set(two):  # not one fact's words for both
                return list(dict.fromkeys([*one, *two]))
        return []

    def _described(self, at: int) -> tuple[list[int], list[int]] | None:
        """The words of two people described on either side of the "and" at ``at`` ("an
        Italian law professor and a French academic"): each side an article, then a place
        and a title among its words; None unless both sides are so."""
        words = self.q.words
        placed = {i for p in self.q.places for i in p.span}
        articles = ("a", "an", "the")
        before = list(takewhile(lambda i: words[i] not in articles, range(at - 1, -1, -1)))
        if len(before) > _DESCRIBED or before[-1:] == [0]:
            return None  # no article before the first person
        start = at + 2 if words[at + 1 : at + 2] and words[at + 1] in articles else len(words)
        after = list(takewhile(lambda i: words[i] not in STOP, range(start, len(words))))
        for side in (before, after):
            titled = any(words[j] in ROLE_TITLES | PEOPLE_EPITHETS | PEOPLE_NOUNS for j in side)
            if not side or len(side) > _DESCRIBED or not titled or not placed & set(side):
                return None
        return before, after

    def _offered(self) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
        """The numbers a question offers as choices, each side's words: "40th or 50th",
        "7.41% or 7.14%" (read "7 41 share or 7 14 share")."""
        words = self.q.words

        def numeric(j: int) -> bool:
            return any(c.isdigit() for c in words[j]) or (words[j] == "share" and j > 0
                                                          and words[j - 1].isdigit())  # fmt: skip

        found: list[tuple[tuple[int, ...], tuple[int, ...]]] = []
        content = [w for w in words if w not in STOP and not any(c.isdigit() for c in w)]
        if not [w for w in content if w != "share"]:
            return found  # "1 or 2": choices of nothing asked
        for i in range(1, len(words) - 1):
            after = i + 2 if words[i + 1] in ("the", "a") and i + 2 < len(words) else i + 1
            if words[i] != "or" or not numeric(i - 1) or not numeric(after):
                continue  # "the 40th or the 50th"
            a = i - 1  # each side's number, not a year beside it ("in 2021 7.41% or ...")
            while a > 0 and numeric(a - 1) and not _a_year_word(words[a - 1]):
                a -= 1
            b = after
            while b + 1 < len(words) and numeric(b + 1) and not _a_year_word(words[b + 1]):
                b += 1
            digits = [j for j in range(a, b + 1) if any(c.isdigit() for c in words[j])]
            found.append(
                (tuple(j for j in digits if j < i), tuple(j for j in digits if j > i))
            )  # "%" is read as "share": a percent sign, not a word to hold
        ordinal = re.compile(r"\d+(?:st|nd|rd|th)")
        for i in range(len(words) - 1):  # "which anniversary was it, the 40th, 50th?"
            if ordinal.fullmatch(words[i]) and ordinal.fullmatch(words[i + 1]):
                found.append(((i,), (i + 1,)))
        return found

    # -- the answer --------------------------------------------------------------------------

    def reply(self, *, near: bool = False) -> Reply:
        """Answer the question: the first reading that applies gives the facts; any word it
        leaves unaccounted for must be held by each fact kept (``near``: all but a few plain
        words, see `_near`)."""
        first: str | None = None
        self._near_ok = near
        try:
            self._succession_refused()
            for handler in self.handlers():
                used, cues, unsaid = set(self.used), list(self.cues), list(self._unsaid)
                found = handler()
                if found is None:
                    self.used, self.cues, self._unsaid = used, cues, unsaid
                    continue
                reply = self.checked(*found)
                if reply.lines and self.asks_when() and all(  # "on what date was the MoU
                    line.kind in ("instrument", "topic")  # signed?": a thing no dated step
                    and line.id not in self._dated_subjects()  # is of
                    for line in reply.lines
                ):
                    raise Refused("no date for it is on record")
                if reply.lines and self._passive_act_dated() and all(
                    line.kind in ("claim", "appearance") for line in reply.lines
                ):  # "year the Alliance was established": what was said of it, when
                    raise Refused("the statements on record say when they were said, not when"
                                  " that was done")  # fmt: skip
                if reply.lines:
                    self._only_hedged(reply)
                    reply = self._sources_named(self._exactness_judged(reply))
                    reply = self._headlines_given(reply)
                    return self._given_together(self._with_reason(reply))
                first = first or reply.cues[0]
                self.used, self.cues = used, cues  # the next reading may account for them
                self._unsaid = unsaid
        except Refused as refused:
            return self.refusal(first or str(refused))
        return self.refusal(first or "nothing in the fact base answers it")

    def _succession_refused(self) -> None:
        """Refuses who held a post before or after a person named ("who substituted Francis
        Gurry?", "who ran the WIPO Office in China before Liu Hua?"): the articles give posts
        as of their dates, never who held one before or after (see `_succeeded`)."""
        people = self._succeeded()
        q = self.q
        posted = q.has(*ROLE_TITLES, *LEAD_VERBS, "post", "position", "job", "over")
        if not people or not (posted or q.has(*SUCCESSION - {"before", "after"})):
            return
        name = self.lines.name("person", sorted(people)[0])
        raise Refused(f"no one who held a post before or after {name} is on record")

    def _headlines_given(self, reply: Reply) -> Reply:
        """For a question of an article's headline ("what was the headline of the Chengdu
        forum article?"): the headline of the article the first line comes from (the first
        from an article of the year named, if one is), verbatim and said to be its own;
        refused when that article shows none."""
        if not re.search(_HEADLINE_ASKED, self.q.text[:_PATTERN_MAX]):
            return reply
        years = set(re.findall(r"\b(?:19|20)\d\d\b", self.q.text[:_PATTERN_MAX]))
        dated = [x for x in reply.lines if x.source.date[:4] in years] if years else []
        if years and not dated:  # "the title of the article on the March 2025 roundtable":
            raise Refused("no article of the year named gives the facts found")  # its year's
        source = (dated or list(reply.lines))[0].source
        if not source.headline:
            raise Refused(f"the article {source.file} ({source.date}) shows no headline")
        text = f'The article {source.file} ({source.date}) is headed "{source.headline}"'
        line = replace(reply.lines[0], text=f"{text} (the article's own headline)")
        return replace(reply, lines=(line,), cues=(*reply.cues, "headline"))

    def _sources_named(self, reply: Reply) -> Reply:
        """For a question of which article says something ("Which articles report Liu Hua
        as Director ...?"): each line with the article file and date it comes from; the
        reply as it is otherwise."""
        if not re.search(_ARTICLE_ASKED, self.q.text[:_PATTERN_MAX]):
            return reply
        lines = tuple(
            replace(line, text=f"{line.text} (source: {line.source.file}, {line.source.date})")
            for line in reply.lines
        )
        return replace(reply, lines=lines)

    def _exactness_judged(self, reply: Reply) -> Reply:
        """A yes-or-no question whether a figure is exact ("is the CAVCA 2024 revenue number
        exact?"), stating none of its own: "No" when the article hedges it ("about 5.1
        billion"), "Yes" when it gives it plainly, by how the first line's figure is written
        (our reading); the reply as it is otherwise."""
        first = reply.lines[0]
        tail = re.search(_EXACTNESS_TAIL, self.q.text[-60:])  # "attendance at X - is that
        proper = {w for i, w in enumerate(self.q.words) if i not in self.q.context}
        asked = proper | set(words_of(tail[0] if tail else ""))  # an estimate?":
        rough = bool(asked & set(ROUGHNESS))  # the figure, then whether; "is that an
        if first.value is None or not (rough or asked & set(EXACTNESS)):  # estimate?" asks
            return reply  # the other way round
        if not (self.asks_yes_no() or tail):
            return reply
        stated = [m for m in _figures_stated(self.q.text) if not _a_year(m)]
        if stated or first.text.startswith(("No", "Not")):
            return reply  # "was it exactly 20?": a figure to compare (`_verdict`)
        plain = _unjudged(first.text)
        written = first.value.as_written
        exact = first.value.qualifier == "exact"
        insisted = re.search(_EXACT_INSISTED, self.q.text[:_PATTERN_MAX])
        if insisted and not exact and not tail and not self.q.opens_yes_no:  # "exact number
            raise Refused(f"the articles give no exact figure, only {written!r}")  # of
            # attendees at the roundtable?": asked for, not asked whether it is one
        if exact != rough:
            said = f'Yes (our reading: the article gives it as "{written}"'
        else:
            said = f'No (our reading: the article gives it as "{written}"'
        said += ")" if exact else ", not as an exact figure)"
        return replace(reply, lines=(replace(first, text=f"{said}: {plain}"), *reply.lines[1:]))

    def _only_hedged(self, reply: Reply) -> None:
        """Refuses a question that insists on an exact figure ("exactly how many took part? I
        need the precise number, not an approximation") when every figure found is hedged as
        the article gives it ("More than 100"): the hedge is what is on record."""
        if not self.q.has(*EXACTNESS):
            return
        if self.q.opens_yes_no or self._checking():
            return  # "was it exactly 100?": a check, answered with the figure as hedged
        if self.q.has("approx", "approximate", "approximately", "threshold", "floor", "or"):
            return  # "exact or approx?", "is that an exact count or a floor?": the hedge
        insisted = (  # "exactly how many", "the precise number": not "11% of what exactly"
            r"(?i)\b(?:exactly|precisely)\s+how\s+(?:many|much)\b|\b(?:exact|precise)\s+"
            r"(?:number|figure|count|headcount|total|amount|attendance|turnout)\b"
        )
        if re.search(insisted, self.q.text) is None:
            return
        if re.search(r"(?i)\bis\s+(?:that|it|this)\s+(?:an?\s+|the\s+)?(?:exact|precise)\b",
                     self.q.text):  # fmt: skip
            return  # "is that an exact count": answered by the hedge as written
        values = [line.value for line in reply.lines]
        if not values or any(v is None or v.qualifier == "exact" for v in values):
            return
        given = "; ".join(dict.fromkeys(v.as_written for v in values if v is not None))
        raise Refused(f"the articles give no exact figure, only {given!r}")

    def _given_together(self, reply: Reply) -> Reply:
        """A figure named in a few words ("copyright added value 2023") or asked for as an
        amount ("what did MCSC earn in 2024?"), with the figures the article gives in the same
        breath (its growth that year, its share of GDP), each on its own line after it. A
        rate or share asked for ("how fast did it grow?"), a check, a comparison or a
        calculation gets exactly what it asks."""
        lines = reply.lines
        if not lines or any(x.kind != "observation" for x in lines):
            return reply
        checked = self.q.opens_yes_no or self._checking()  # "more than 2000 record companies,
        denied = checked and len(lines) == 1 and lines[0].text.startswith(("No", "Yes"))  # and
        not_as = lines[0].text.startswith("Not as the article gives it")  # "~5.1bn all
        undecided_said = _CANNOT_TELL in lines[0].text or not_as  # karaoke?": and the 5.1bn
        if checked and len(lines) == 1 and undecided_said:  # "over 5 billion
            undecided = self.store.get("observation", lines[0].id)  # from karaoke alone?":
            return self._beside_undecided(reply, undecided)  # and the 5.1 billion of both
        if not reply.cues or reply.cues[0] != "statistic" or (checked and not denied):  # right?":
            return reply  # No, or Yes, and the counts the article gives beside it (1,600
        found = [self.store.get("observation", x.id) for x in lines]  # producers)
        given = [o for o in found if isinstance(o, Observation)]
        if denied and any(o.value is None or o.value.unit == "percent" for o in given):
            return reply  # a share checked gets its own figure only
        if len(given) != len(lines) or not all(_said_together(given[0], o) for o in given[1:]):
            return reply  # "the added value in 2023 and its share of GDP": one breath, or none
        rates = all(o.value is not None and o.value.unit == "percent" for o in given)
        amount = re.search(r"(?i)\bhow\s+(?:much|big|large)\s*[,;?/&+]", self.q.text)
        amount = amount or re.search(_AGAINST_YEAR_BEFORE, self.q.text[:_PATTERN_MAX])  # "how
        # did its 2024 revenue compare with the previous year": both years' standing
        if rates and set(self.q.words) & QUESTION_WORDS and not amount:  # not "added value
            return reply  # 2023 how much, yoy growth?": the amount asked besides its rate
        ids = {o.id for o in given}
        more = [
            self.lines.observation(o)
            for o in self.store.all("observation")
            if isinstance(o, Observation) and o.id not in ids and _said_together(given[0], o)
            and (not denied or (o.value is not None and _counts(o.value.unit, given[0].value.unit)))
        ]
        return replace(reply, lines=(*lines, *more)[:MAX_LINES]) if more else reply

    def _beside_undecided(self, reply: Reply, record: Record | None) -> Reply:
        """A figure that cannot settle the claim checked, with the figures of the same unit the
        article gives in the same breath ("more than 4 billion yuan" from karaoke, and about
        5.1 billion from karaoke and broadcasting together)."""
        if not isinstance(record, Observation) or record.value is None:
            return reply
        more = [
            self.lines.observation(o)
            for o in self.store.all("observation")
            if isinstance(o, Observation) and o.id != record.id and _said_together(record, o)
            and o.value is not None and o.value.unit == record.value.unit
        ]  # fmt: skip
        return replace(reply, lines=(*reply.lines, *more)[:MAX_LINES]) if more else reply

    def _with_reason(self, reply: Reply) -> Reply:
        """A "why" answered by what someone said, with what the same speaker said just before
        it at the same event, where a reason is usually given ("why did Scot Morris say CMOs
        must change their services?": his point that copyright income has shifted)."""
        if self.q.asked[:1] != ("why",) or reply.lines[0].kind != "claim":
            return reply
        claim = self.store.get("claim", reply.lines[0].id)
        if not isinstance(claim, Claim) or not claim.person or not claim.event:
            return reply
        same = [
            c
            for c in self.store.all("claim")
            if isinstance(c, Claim) and c.person == claim.person and c.event == claim.event
        ]
        at = next((i for i, c in enumerate(same) if c.id == claim.id), 0)
        before = self.lines.claim(same[at - 1]) if at else None
        if before is None or before in reply.lines:
            return reply
        return replace(reply, lines=(reply.lines[0], before, *reply.lines[1:])[:MAX_LINES])

    def handlers(self) -> list[Callable[[], tuple[list[AnswerLine], Request] | None]]:
        """The readings to try, in order."""
        q = self.q
        if not [w for w in q.words if w not in STOP] and not q.mentions:
            return []
        statement = self._statement_cue()
        if _language_asked(q.text):  # "was Liu Hua's speech in English?": not on record
            raise Refused("the articles do not say in what language anyone spoke or wrote")
        if self.mentioned("person") and _age_asked(q.text):  # "how old is Fang Dongqing?"
            raise Refused("the articles give no one's age, birth date or birthplace")
        if _author_asked(q.text):  # "which news outlet conducted the NCAC interview?"
            raise Refused(
                "the articles do not name who interviewed for, wrote or ran them (no outlet,"
                " author or interviewer is on record)"
            )
        if _interviewee_asked(q.text):  # "which NCAC official gave the interview?"
            raise Refused(
                "the articles do not name who gave the interview; they give its words as NCAC's"
            )
        interview = q.has("interview", "interviews", "interviewed") and not any(
            pair == ("to", "date")
            for pair in pairwise(q.words)  # "ratified to date"
        )
        if interview and self.asks_when() and not self.q.of_kind("person", "event"):
            raise Refused(  # "in which date was made the interview where NCAC explained ..."
                "no date of the interview itself is on record, only its article's"
            )
        if _next_edition_asked(q.text) and (self.mentioned("event") or q.has(*EVENT_KIND_WORDS)):
            raise Refused("no later edition of an event is on record, only those held")
        if re.search(_HEADLINE_ASKED, q.text[:_PATTERN_MAX]):  # "the headline of the
            self.use_words({"headline", "headlines", "full", "article", "piece", "title",
                            "titled", "entitled", "called", "story", "report", "reporting", "news",
                            "item"})  # Xiamen
            # piece": the article's own headline, given by `_headlines_given`
        self._lecture_topic_shared()  # "Ng's lecture title at Xiamen?": not his alone
        self._foreign_body()  # "the US Copyright Office": no administration of China's
        self._force_date_unknown()  # "when did the treaty, which X promoted, enter into force"
        spelled = self._expansion_asked()  # "what does OTT stand for": a name it never
        if spelled and not all(self._mention_at(i) for i in spelled):  # spells out
            unknown = next(q.words[i] for i in spelled if not self._mention_at(i))
            raise Refused(f"the fact base holds no fuller name for '{unknown.upper()}'")
        order: list[Callable[[], tuple[list[AnswerLine], Request] | None]] = [self.expansions]
        order.append(self.province)  # "Nantong is in Fujian province, right?"
        order.append(self.year_before_worked)  # "477 million, up 11% - what was it in 2023?"
        order.append(self.direct_words)  # "a direct quote from Gao Hang": the article's
        # quotation of her, or none
        order.append(self.lecture_subjects)  # "what topics were lectured on at Xiamen"
        order.append(self.significance)
        order.append(self.others_alongside)  # "the Beijing Treaty and which other treaty?"
        order.append(self.edition)  # "which edition of the Expo is it?"
        order.append(self.edition_claimed)  # "NCAC is hosting the 9th Expo, right?"
        order.append(self.acts_paired)  # "she said they promoted the Marrakesh Treaty's
        # entry into force, true?": each treaty's own act in the statement
        order.append(self.in_force)
        order.append(self.trade_agreements)  # "FTA negotiations China has been part of"
        order.append(self.at_each_event)  # "did X attend both the A and the B"
        order.append(self.common_to_events)  # "who attended both the A and the B"
        order.append(self.post_since)  # "since when has X been director": not on record
        order.append(self.holders_at_events)  # "who was Director General at A versus at B"
        order.append(self.person_choice)  # "was the lecturer X or Y?"
        order.append(self.post_kept)  # "same title both times?", "still director in 2025?"
        order.append(self.same_body)  # "are X and Y partners in the same law firm?"
        order.append(self.event_year_checked)  # "the Central Conference in 2018, right?"
        order.append(self.milestone_year_checked)  # "the memorandum was signed in 2012?"
        order.append(self.extreme_year)  # "in which year was the GDP share highest?"
        order.append(self.figure_named)  # "7.35% - share of GDP or growth rate, what year?"
        bare = not set(q.words) & QUESTION_WORDS and not q.opens_yes_no  # "Scot Morris - APRA,
        saying = any(self._says_it(m) for m in self.mentioned("person"))  # "X proposed ...
        # in order to": what X said, not where X is
        of_body = any(  # "an executive of Alibaba": whose post it is
            w == "of" and 0 < i < len(q.words) - 1
            and q.words[i - 1] in ROLE_TITLES | PEOPLE_NOUNS | _BODY_NOUNS
            for i, w in enumerate(q.words)
        )
        if (self._checking() or bare) and self.mentioned("person") and not saying and (
            q.has("from", "in", "for", "with") or self._after_body() or self._body_before_post()
            or of_body
        ):
            order.append(self.home_checked)  # "Scot Morris is from Melbourne, right?", "scot
            # morris, APRA melbourne - correct?"
        places_offered = len(q.places) > 1 and any(  # "where was it held, Beijing or
            "or" in q.words[a.end : b.start] for a, b in pairwise(q.places)  # Shanghai?"
        )
        stated = q.places or self._day_stated() or self._unknown_place()
        if (stated or self._months_stated()) and (self._checking() or places_offered):
            order.append(self.event_checked)  # "the roundtable was held in Shanghai -
            # correct?", "on March 12?", "in Chongqing, right?" (a place it does not know)
        if self._most_words():  # "was most of X from Y": two figures, found by their words
            order.append(self.parts)
        asks_who = q.asked[:1] in (("who",), ("whom",), ("which",))
        if q.asked[:1] == ("which",) and q.asked[1:2] and q.asked[1] in WHEN:
            asks_who = False  # "which days in July was it held"
        when = (self.asks_when() and not asks_who) or self._asks_year() or self._how_long()
        attributed = False  # "what year ..., according to X": what X said, else its date
        if statement and q.words and q.words[0] not in WHEN:  # "what did X say when ..."
            attributed = when and not self._statement_cue(attribution=False)
            when = False
        if when:
            order.append(self.when_dated)
        if self._where_cue() and not statement:
            order.append(self.where)
        counted = q.asked[:2] in (("how", "many"), ("how", "much"))  # "how many treaties did
        counted = counted or self._said_figure()  # "what did X say the added value was"
        head = self._asked_noun()  # "what licensing revenue does MCSC expect for 2025": a
        counted = counted or (head is not None and q.words[head] in NUMBER)  # figure asked
        figures = bool(set(q.asked) & {"numbers", "figures", "stats", "statistics"})
        figures = figures and q.asked[:1] in WH_ASKED  # "what were Sichuan's ... numbers"
        figures = figures and not q.has(*REPORTING_VERBS, *GIVING, "cite", "cites")
        # not "what numbers did Liu Ping give": every figure he gave (`figures_given`)
        counted = counted or figures  # "Sichuan's trading and registration numbers for 2018,
        # according to Zhou Qing": figures, whoever gave them
        if q.has(*FIGURE_NOUNS):  # "MCSC's 2024 figures?": every figure of the body named
            order.append(self.org_figures)
        given = q.has(*FIGURE_NOUNS) and q.has(*GIVING, *REPORTING_VERBS)
        if given and self.mentioned("person") and not q.context:  # "which figures gave Guan
            order.append(self.figures_given)  # Jun for 2024 and 2023": his, before a figure
            # of every year asked (not "the registrations in 2023, which figure gave Guan
            # Jun": that figure, none)
        if (self._number_cue() or figures) and (
            counted or not self._statement_cue(attribution=False)
        ):
            order += [self.attendance, self.number]  # it say": a number; "..., according to X"
        elif (
            q.has("attendance", "turnout", "headcount")
            or (q.has(*ATTENDING, "drew", "draw", "attracted") and q.has(*TURNOUT_COMPARED))
            or (q.has(*ATTENDING) and self._checking() and any(_a_count(w) for w in q.words))
            or (q.has(*ATTENDING) and q.has("approx", "approximately", "roughly", "headcount"))
            or (q.has(*TURNOUT_SIZED) and q.has(*EVENT_KIND_WORDS))
        ):  # "which drew more people, the training or the forum?", "about 200 came, right?",
            # "participants xiamen training 2021 approx"
            order.append(self.attendance)
        order.append(self.kinds_anywhere)  # "which law firms are mentioned?"
        order.append(self.topics_cited)  # "which Chinese works did Ms. Liu cite?"
        order.append(self.figures_given)
        order.append(self.reporters)  # "who reported MCSC's 2024 results"
        order.append(self.reporting_bodies)  # "which CMOs reported revenue at the roundtable"
        order.append(self.role_holder)
        titles = [w for w in q.words if w in ROLE_TITLES]  # "who were the lyricist, the
        if not statement or (asks_who and len(titles) > 1):  # songwriter and the composer
            order += [self.side_events, self.organizers, self.roster]  # who talked about AI?"
        why = q.asked[:1] == ("why",) and not statement and not self._named_events_loose()
        # "why has the Copyright Society
        order += [self.statements] if statement or why else []  # set up a mechanism": the
        order += [self.when_dated] if attributed else []  # reason is in what it said
        order += [self.body_people]  # "who are the officials of NCAC": their posts
        order += [self.event_list, self.number_named, self.person, self.organization]
        order += [self.event] if when else [self.event, self.subject]  # a date, not a profile
        own_figures = q.asked[:1] == ("what",) and q.has(*FIGURE_NOUNS)  # "what were
        own_figures = own_figures and not q.has(*REPORTING_VERBS, *GIVING, "cite", "cites")
        if not (when or self._where_cue() or self._number_cue() or own_figures):  # Sichuan's
            order.append(self.text)  # numbers for 2019": figures, never just words found
        elif not (when or self._where_cue()):
            order.append(self.counted_text)  # "which anniversary": a fact's own figure
        return order

    def _expansion_asked(self) -> tuple[int, ...]:
        """The words a reader asks the fuller name of: "what does OTT stand for", "what do MCSC
        and CWWCS stand for", "MCSC and CWWCS - what do these abbreviations stand for" (the
        bodies named before), "CCPIT - full name?"; () when none is asked."""
        words = self.q.words
        if words[1:3] == ("full", "name") and self._mention_at(0):  # "CCPIT - full name?"
            return (0,)  # (not "what full name does the article give NCAC?")
        full = [  # where "name" is, after "full" ("the full English names")
            k for i, w in enumerate(words)
            if w in ("full", "official", "complete", "unabbreviated")
            for k in (i + 1 + (words[i + 1 : i + 2] == ("english",)),)
            if words[k : k + 1] in (("name",), ("names",))
        ]  # fmt: skip
        bodies = [m for m in self.q.mentions if m.kind == "organization"]
        of = words[full[0] + 1 : full[0] + 3] if full else ()
        named_of = bool(of) and of[0] == "of" and (  # "the full names of NCAC and WIPO", "...
            of[1:] in (("both",), ("these",), ("those",))  # of both organizations"
            or any(m.start == full[0] + 2 for m in bodies)
        )
        named_before = bool(full) and all(m.end <= full[0] for m in bodies)  # "NCAC and WIPO:
        if (  # full names?"; not "the official name of the forum NCAC and WIPO hosted"
            full and (named_of or named_before) and 1 < len(bodies) <= _EXPANDED_MAX
            and all(m.best.field == "abbreviation" for m in bodies)
            and not self.mentioned("person")
        ):  # fmt: skip
            return tuple(i for m in bodies for i in m.span)
        at = next(
            (
                i
                for i, w in enumerate(words)
                if w in ("stand", "stands") and words[i + 1 : i + 2] == ("for",)
            ),
            None,
        )
        if at is None:
            return ()
        start = next(
            (j + 1 for j in range(at - 1, -1, -1) if words[j] in ("does", "do", "did")), None
        )
        if start is None:  # "RCEP stands for what?": the name right before it
            start = next((m.start for m in self.q.mentions if m.end == at), None)
        if start is None:
            return ()
        pointing = {"these", "those", "they", "the", "two", "three", "both", "letters"}
        pointing |= {"it", "this", "that", "them", "each", "all"}
        pointing |= {"abbreviation", "abbreviations", "acronym", "acronyms", "initials", "and"}
        pointing |= {"name", "names", "full", "official"}  # "spell out the association name":
        named = {i for m in self.q.mentions for i in m.span}  # the body named before, by the
        kinds = {w for k, nouns in KIND_NOUNS.items() if k != "work" for w in nouns}  # noun
        kinds |= set(ORG_NOUNS) | ORG_PLURALS  # of its kind
        if any(m.end <= start for m in self.q.mentions):
            pointing |= {w for i, w in enumerate(words[start:at], start) if w in kinds
                         and i not in named}  # fmt: skip
        asked = tuple(i for i in range(start, at) if words[i] not in pointing)
        if asked or start == at:
            return asked if len(asked) <= 3 else ()
        return tuple(  # "these abbreviations": the bodies the question named before
            i for m in self.q.mentions if m.end <= start and m.kind == "organization"
            for i in range(m.start, m.end)
        )[:3]  # fmt: skip

    def _mention_at(self, i: int) -> bool:
        """Whether a word of the question is part of a name the fact base knows."""
        return any(m.start <= i < m.end for m in self.q.mentions) or any(
            i in p.span for p in self.q.places
        )

    def expansions(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "what do MCSC and CWWCS stand for", "CCPIT - full name? It is in Zheng
        Wei's title": each body's full name, whoever else the question names to say where the
        reader met it; a treaty's short name is the instrument reading's."""
        spelled = self._expansion_asked()
        if not spelled:
            return None
        if self.mentioned("person") and re.search(_POST_ASKED, self.q.text[:1000]):
            return None  # "Zheng at CCPIT - what is his title, and spell out CCPIT": two asked
        orgs: list[Organization] = []
        for i in spelled:
            mention = next((m for m in self.q.mentions if m.start <= i < m.end), None)
            if mention is None or mention.kind != "organization":
                return None
            org = self.store.get("organization", mention.best.id)
            if not isinstance(org, Organization):
                return None
            _expansion_on_record(org)
            if org not in orgs:
                orgs.append(org)
        named = {i for m in self.q.mentions for i in m.span}
        if any(  # "CAVCA: full name, and its 2024 revenue from karaoke?":
            w in _FIGURE_WORDS for i, w in enumerate(self.q.words) if i not in named  # a figure
        ):  # asked too, which the name does not answer
            return None
        self.use(range(len(self.q.words)))  # the rest says where the reader met the name
        self.cues.append("organization")
        lines = [self.lines.organization(o, spelled=True) for o in orgs]
        family = {u for o in orgs for u in self.org_family(o.id)}
        posts = [  # "Mr Zheng Wei CCPIT - which department, and spell out CCPIT": his post
            r for m in self.mentioned("person") for r in self.rel.roles_of_person(m.best.id)
            if r.organization in family
        ]  # fmt: skip
        lines += [self.lines.role(r) for r in _each_post_once(posts)]
        self.cues += ["and their post"] if posts else []
        return lines, Request("org", orgs[0].id)

    def extreme_year(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "in which year was the GDP share highest?", "was it higher in 2021 or
        2023?": the year whose figure is the highest (lowest) of those on record (or offered),
        by our comparison, then each year's figure; refused when the hedges leave it open."""
        words = self.q.words
        up = {"highest", "largest", "biggest", "peak", "peaked", "higher", "larger", "bigger"}
        down = {"lowest", "smallest", "lower", "smaller"}
        asked = set(words) & (up | down)
        if not asked or "than" in words or len(asked) > 1:
            return None
        said = {int(w) for w in words if _a_year_word(w)}  # "2021 or 2023": the years offered
        choice = "or" in words or self.q.has("year", "years", "when")  # "out of 2017, 2021
        offered = said if choice and len(said) > 1 else set()  # and 2023 which year": a
        # choice, not q.years
        if not offered and not (self.q.has("year", "years", "when") and not said):
            return None  # "which year", "when": of every year on record; or the years offered
        try:
            found = self._statistic(loose=True)
        except Refused:
            return None
        if found is None:
            return None
        stat, covered = found
        by_year: dict[str, Observation] = {}
        bounds: dict[str, tuple[float, float]] = {}
        for o in self.rel.series(stat.id):
            year = (o.period or o.when)[:4]
            if (offered and int(year) not in offered) or year in by_year:
                continue
            known = _bounds(o.value) if o.value is not None else None
            if known is None:
                return None  # a figure with no value to compare leaves the answer open
            by_year[year], bounds[year] = o, known
        if len(by_year) < 2 or (offered and len(by_year) < len(offered)):
            return None  # one year's figure compares with nothing ("record high" is a fact's)
        rising = bool(asked & up)
        best = (max if rising else min)(bounds, key=lambda y: bounds[y][0 if rising else 1])
        low, high = bounds[best]
        others = [b for y, b in bounds.items() if y != best]
        clear = all(low > b[1] for b in others) if rising else all(high < b[0] for b in others)
        if not clear:
            raise Refused(f"the figures on record for {stat.label} cannot tell which year")
        self.use(covered)
        self.use(i for i, w in enumerate(words) if _a_year_word(w))
        self.use(self._source_said())
        self.use_words({*asked, "year", "years", "when", "which", "what", "or", "record", "on"})
        self.use_words({"ever", "most", "the", "was", "were", "is", "in", "of", "these", "stories"})
        self.use_words(SOURCE_NOUNS | {"articles"})
        most = "est" in next(iter(asked)) or len(by_year) > 2
        word = ("Highest" if most else "Higher") if rising else ("Lowest" if most else "Lower")
        years = ", ".join(sorted(by_year))
        first = self.lines.observation(by_year[best])
        first = replace(first, text=f"{word} in {best} (our comparison of {years}): {first.text}")
        rest = [self.lines.observation(by_year[y]) for y in sorted(by_year) if y != best]
        self.cues.append("compared")
        return [first, *rest], Request("stat", stat.id)

    def _named_events_loose(self) -> bool:
        """Whether the question names an event, by name or by its kind ("the 2023 training")."""
        return bool(self.mentioned("event")) or self.q.has(*EVENT_KIND_WORDS)

    def counted_text(self) -> tuple[list[AnswerLine], Request] | None:
        """A number asked ("which anniversary of the WIPO-China partnership was it", "how many
        years had they been partners") of a statement or step that gives one: the facts
        holding every word, of those with a figure of their own."""
        if self._near_ok:
            return None  # a figure is never the closest wording
        if self._asks_turnout():  # "how many countries were at the Chengdu forum": not a
            return None  # count that was only reported there ("29 countries had ratified")
        if self._how_many() and self._counted_noun() in STOP:  # "how many are there": a
            return None  # count of nothing named
        if self._quiet_statistic(range(len(self.q.words))) is not None:
            return None  # "the added value in 2021 and 2023, how much each year": a statistic
            # names what is asked; a fact that only holds some figure is no answer
        found = self.text()
        if found is None:
            return None
        lines = [  # a statistic's figures are `number`'s, read by their own words
            line
            for line in found[0]
            if line.value is not None and line.kind in ("milestone", "claim")
        ]
        return (lines, found[1]) if lines else None

    def _only_counted(self) -> str:
        """What a figure on record counts when a question asks which of them ("which treaties
        has China joined": eight, unnamed): its value and unit as written, else ""."""
        words = self.q.words
        if self._how_many() or self.q.has(*_COUNTING):
            return ""  # "what is the number of treaties China has joined": the count
        try:
            found = self._statistic(strict=True)
        except Refused:
            found = None
        for j, w in enumerate(words):
            if not w.endswith("s"):
                continue
            before = words[max(0, j - 6) : j]
            counted = [_COUNTED[x] for x in words[max(0, j - 2) : j] if x in _COUNTED]
            after = words[j + 1 :]
            if not (  # "which exactly are the eight treaties", "names of the eight treaties",
                _NAMING & set(before)  # "what are the eight copyright treaties?"
                or ("what" in before and counted)
                or self.q.has("list", "names")  # "... joined? need the list"
                or any(  # "NCAC says eight treaties - which eight exactly?"
                    x in _NAMING | {"what"} and _COUNTED.get(y) in counted
                    for x, y in pairwise(after)
                )
            ):
                continue
            if found is None and not counted:
                continue  # "which countries sent officials": no count of those is asked of
            stats = [found[0]] if found is not None else self.store.all("statistic")
            fits = [
                (x, series)
                for x in stats
                if isinstance(x, Statistic) and same_word(x.unit, w)
                and (series := self.rel.series(x.id))
                and (not counted or any(o.value.value in counted for o in series))
            ]  # fmt: skip
            if len(fits) == 1:  # the one count of them on record
                stat, series = fits[0]
                written = series[-1].value.as_written  # "eight", "29 countries"
                return written if written.endswith(stat.unit) else f"{written} {stat.unit}"
        return ""

    def _asks_turnout(self) -> bool:
        """Whether a question asks how many came to an event it names ("how many countries
        were at the Chengdu forum", "total number of countries at Chengdu")."""
        words = self.q.words
        if not self.mentioned("event") or not (self._how_many() or self.q.has("number")):
            return False
        came = {"attended", "attend", "came", "come", "present", "participated", "took"}
        came |= {"represented", "joined", "sent", "at"}
        events = {i for m in self.mentioned("event") for i in m.span}
        first = min(events)
        return bool(came & {w for i, w in enumerate(words) if i < first})

    def checked(self, lines: list[AnswerLine], request: Request) -> Reply:
        """Keep the facts that hold every word left unaccounted for; refuse if none does."""
        people = {m.best.id for m in self.mentioned("person")}
        unknown = self._unknown_body() if len(people) == 1 and self._checking() else None
        if unknown is not None and not self.mentioned("organization"):  # "..., he's from
            rid = next(iter(people))  # alibaba right": a body no fact names is none of his
            said_no = bool(lines) and lines[0].text.startswith("No")  # a verdict given already
            if self.rel.roles_of_person(rid) and not said_no and not all(
                x.kind == "role" for x in lines
            ):
                posts, asked = self._not_there(rid, [], unknown)
                return Reply(tuple(posts), asked, self._entity(asked), None, ("person",))
        finer = next((w for a, w in pairwise(self.q.asked) if a in ("which", "what", "exact")
                      and w in ("month", "day", "date")), None)  # fmt: skip
        steps = [x for x in lines if x.kind in ("milestone", "event") and x.period]
        if finer and steps and all(len(str(x.period)) == 4 for x in steps):
            raise Refused(  # "in which month of 2015 did they sign it?": a year on record
                f"the articles give only the year ({steps[0].period}), not the {finer}"
            )
        listed = self._things_asked_of_posts(lines)
        if listed:  # "which films has Zhang Yilin done music for": a post names no film,
            raise Refused(f"it asks which {listed}; {ONLY_POSTS}")  # whatever reads next
        months = self._months_stated()
        unconfirmed = ""  # why a "Yes" cannot be given: the month asked is not on record
        if months:  # "did the 2023 training open in September?": its dates say October
            of = {x: self._months_of(x) for x in lines}
            off = [x for x in lines if (m := of[x]) is not None and not m & set(months.values())]
            if off and len(off) == len(lines):
                said = _months_said(months)
                first = off[0]
                when = self._span_of(first)
                if not (self.asks_yes_no() or self._checking()) or first.kind not in (
                    "event", "appearance"
                ) or when is None:
                    return self.refusal(f"nothing on record of that is dated in {said}")
                self.use(months)
                plain = _unjudged(first.text)
                lines = [first if first.text.startswith("No") else  # a "No" given already
                         replace(first, text=f"No (our reading: {when}, not {said}): {plain}")]
            else:
                lines = [x for x in lines if x not in off]
                parted = self._part_of_month(lines, months)  # "in early December"
                if parted is not None:
                    of |= {x: self._months_of(x) for x in parted}
                    lines = parted
                if not any(of[x] for x in lines) and lines:  # "was the MoU signed in May
                    unconfirmed = self._month_unconfirmed(lines[0], months)  # 2015?": a year
                    if lines[0].text.startswith(("Yes", AFFIRMED)):  # is all on record
                        return self.refusal(unconfirmed)
        named = ("organization", "person")  # "WIPO itself": WIPO
        ends = {m.end for m in self.q.mentions if m.kind in named}
        self.use(i for i, w in enumerate(self.q.words) if w in EMPHATIC and i in ends)
        if self._how_many():  # "in how many years": answered by a fact's number, below
            self.use_words({"how", "many", "much"})
        most = self._most_words()
        if most:  # "did karaoke make up most of CAVCA's takings": the part against the whole
            before = set(self.used)
            self.use(most)
            pair = self._most_pair(lines)
            judged = self._most_verdict(pair) if pair else None
            if judged is None:
                self.used = before
            else:
                lines = judged
        if any(line.value and line.value.unit == "CNY" for line in lines):
            self.use_words(CURRENCY_WORDS | {"money", "cash", "currency"})  # "how much money"
        if self.asks_only_who():  # "X praised the treaty. Who?": a person's fact, not the treaty
            lines = [line for line in lines if line.kind in PERSON_KINDS]
        other_than = self._succeeded()  # "who was director before Liu Hua": not Liu Hua
        if other_than:
            lines = [x for x in lines if _person_of(self.store.get(x.kind, x.id)) not in other_than]
        within = self._who_within()
        if within:  # "who at NCAC ...": one of its people
            lines = [x for x in lines if self._person_in(x, within)]
        told_at = self._mentioned_at()  # "the MoU mentioned at the Shanghai training": a fact
        if told_at:  # of an article that reports that event
            self.use(told_at[0])
            lines = [x for x in lines if told_at[1] & self._sources(x)]
        asked_for = self._instrument_asked()
        kind_words = {i for i, w in enumerate(self.q.words) if w in INSTRUMENT_WORDS} - self.used
        if asked_for:  # "what agreement did they sign": the memorandum, a fact naming one
            self.use(kind_words)
        self._part_of_year(lines)  # "by late 2019": a value of December 2019
        kept = self._kept(lines)
        placed = self._places_said(kept)  # "is MCSC based in Beijing": not where X spoke
        if placed is not None:
            kept = placed
        sides = self._either_side(lines)  # "trading volume and registered works": both
        if sides and set(kept) <= set(sides):
            kept = sides
        if asked_for:
            self.used -= kind_words  # the closest answer (`_near`) weighs every word
        shares = MEASURE_KINDS["share"] | MEASURE_KINDS["growth"]  # "477 million yuan, up 11%"
        if self.q.has("dollar", "dollars", "usd", "euro", "euros"):  # a currency no figure on
            return self.refusal("no figure on record is given in that currency")  # record is in
        scales = {"thousand", "million", "billion", "trillion", "bn", "m", "k"}
        typed = self.q.words
        money_asked = any(  # not "100 million yuan ... and 17,000 works": a sum stated
            w in CURRENCY_WORDS
            and not (i and (typed[i - 1][:1].isdigit() or typed[i - 1] in scales))
            for i, w in enumerate(typed)
        )
        if money_asked and not self.q.has(*shares):  # money asked: not a share
            kept = [line for line in kept if line.value is None or line.value.unit == "CNY"]
            if self.q.has("value", "worth", "amount") and not self._statement_cue(
                attribution=False
            ):  # "the dollar export value, per Zhao": a sum, which a remark without one is not
                kept = [line for line in kept if line.value is not None]
        whole = [line for line in kept if self._one_part_asked(line)]
        if whole:  # "how much from broadcasting rights alone": not karaoke and broadcasting
            kept = [line for line in kept if line not in whole]
            if not kept:
                return self.refusal(ONLY_TOGETHER)
        valued = [line.value for line in kept if line.value is not None]
        exact = self.q.has(*EXACTNESS)  # "Shenzhen's exact
        if exact and valued and all(v.value is None and v.low is not None for v in valued):
            ranges = "; ".join(v.as_written for v in valued)  # share": a range is all there is
            return self.refusal(f"only a range is on record ({ranges}), no exact figure")
        abroad = {c for c in CONTINENTS if c != "china"}  # "which countries had ratified the
        unnamed = self.q.has("countries", "nations") and not any(  # Beijing Treaty": a count
            re.search(rf"\b{re.escape(c)}\b", fold(line.text)) for line in kept for c in abroad
        )  # of them is all the facts give, when no line names one
        words = self.q.words
        lands = {"countries", "nations"}
        unnamed = unnamed and any(  # "which countries", "name the nations"
            w in ("which", "what", "name", "list") and lands & set(words[i : i + 3])
            for i, w in enumerate(words)
        )
        if unnamed and kept:
            return self.refusal("it asks which countries; no fact on record names them")
        only = self._only_counted()
        if only:  # "which treaties has China joined": the articles count them, no more
            return self.refusal(f"the articles give only how many ({only}), not which")
        if kept and asked_for:  # "which treaties did she name": one named
            kept = [line for line in kept if self._names_instrument(line)]
            aside = self._instruments_aside()  # "besides the Beijing Treaty, what other
            kept = [x for x in kept if not aside or self._names_instrument(x, other_than=aside)]
            if not kept:  # treaty ...": one named other than it
                return self.refusal("it asks which treaty or agreement; no fact on record names it")
            sorts = {k for w in self.q.asked for k in INSTRUMENT_KINDS.get(w, ())}
            full = [  # "the collective administration regulations": by its own full name too
                self.lines.subject(r)
                for line in kept
                if line.kind != "instrument"
                for r in self._instruments_in(line)
                if (not sorts or r.kind in sorts) and r.id not in aside
            ]
            kept = list(dict.fromkeys([*kept, *full]))
        count = self._listed_count()
        if count:  # "list the eight treaties": a fact giving their number lists none of them
            kept = [line for line in kept if not self._counts(line, count)]
            described = {"instrument", "event"}  # "the names of the 29 countries that
            many = count >= len(COUNT_WORDS)  # ratified it": a treaty's or an event's profile
            if many and kept and all(line.kind in described for line in kept):  # names none
                kept = []  # of them (its organizers, two, are its own line)
            if not kept and lines:
                return self.refusal(f"it asks for {count} by name; no fact on record lists them")
            each = {line.kind for line in kept} <= ONE_EACH  # a line per person or body
            each = each and not self._counts_things()  # not "name two of the projects she
            if kept and len(set(kept)) < count and each:  # listed": one speech lists them
                found = len(set(kept))  # "name the two Chinese executives": one is half
                return self.refusal(f"it asks for {count}; {found} on record fit every word")
        if not lines:
            return self.refusal("no fact on record answers that")
        total = self._whole_stated(lines) if self._how_many() else ""
        if total:  # "how many of those 29 ratifiers are Belt and Road countries": a part of
            raise Refused(f"the articles give only the whole ({total}), not how many of it")
        dated = self._how_long()  # "how many days did it last": its dates answer
        dated = dated or "edition" in self.cues  # "which number is it": the 10th, by name
        if self._how_many() and not dated and not any(line.value for line in kept):
            kept = [line for line in kept if self._states_count(line)]  # "one more country"
            if not kept:
                return self.refusal("it asks for a number and no number on record answers it")
        counted = set() if dated else self._counted_units()
        if counted and not any(line.value and line.value.unit in counted for line in kept):
            return self.refusal("it asks how many of something no count on record is of")
        places = PLACE_PLURALS | {"countries", "nations", "provinces"}
        noun = next(  # "how many provinces sent heads": not how many people; "how many Belt
            (w for w in self._after_how_many() if w in places), self._counted_noun()
        )  # and Road nations took part": nations
        if (
            not dated
            and noun in places
            and not any(line.value and same_word(noun, line.value.unit) for line in kept)
            and not any(self._states_count(line) for line in kept)
        ):
            return self.refusal(f"it asks how many {noun}; no count of them is on record")
        near = [] if kept or not self._near_ok else self._near(lines)
        if near and asked_for:
            near = [line for line in near if self._names_instrument(line)]
        if near:  # every word a fact misses is a plain word of the question's own
            kept = near
        kept = self._in_scene(kept)
        if not kept:
            left = self.leftover()
            missing = [self.q.words[i] for i in left if not any(
                self.holds(line.kind, line.id, self.q.words[i]) for line in lines
            )]  # fmt: skip
            raise_words = ", ".join(dict.fromkeys(missing or [self.q.words[i] for i in left]))
            if not raise_words:  # every fact found was set aside ("Zhao's boss": not she)
                return self.refusal("no fact on record answers that")
            return self.refusal(f"{_UNKNOWN_WORDS} {raise_words!r} about that")
        unique = list(dict.fromkeys(kept))[:MAX_LINES]
        if self._country_asked() and not any(self._names_country(x.text) for x in unique):
            return self.refusal(  # "which country did Forbin say would bring it into force":
                "it asks which country; the facts on record about that name none"  # none named
            )
        person = self._asks_person(proper=True)  # not "talks with which partners"
        named_none = all(line.kind in ("topic", "instrument") for line in unique)
        spoke = self.q.has(*SPOKE, *LECTURE, *STATEMENT) and not self.q.has("with")  # not
        # "who has China held talks with": its partners
        nobody = all(_person_of(self.store.get(x.kind, x.id)) is None for x in unique)
        subject = any(self._names_subject(m) for m in self.q.mentions)
        if self._asks_person() and (all(map(self._a_subject, unique)) or (subject and nobody)):
            return self.refusal(  # "which lecturer did the film and TV rights session": a
                "the article names the talks' subjects together; it does not say who took which"
            )  # subject the article gives for the talks together, none of them by speaker
        if named_none and ((person and spoke and not self._who_did()) or (self._sided and person)):
            return self.refusal("it asks who; the facts on record about that name no one")
        words = self.q.words
        people_listed = any(  # "please list every expert invited to lecture": people, which
            w in ("list", "name", "names", "which") and set(words[i + 1 : i + 6]) & _PEOPLE_ASKED
            for i, w in enumerate(words)  # topics
        )
        if named_none and people_listed:
            return self.refusal(  # are not
                "it asks for people; the facts on record about that name no one"
            )
        insists = self.q.has(*_PEOPLE_ASKED) or any(
            pair in (("who", "exactly"), ("who", "specifically")) for pair in pairwise(self.q.words)
        )
        if nobody and self._asks_person() and insists:  # "who said it? the speaker's name"
            return self.refusal("it asks which person; the facts on record about that name no one")
        if person and self._asks_one_of() and self._listed_jointly(unique):
            return self.refusal(  # "which of the experts taught musical works": any of them
                "the article lists their subjects jointly; it does not say which of them took that"
            )
        if self._only_worked_for(unique):  # "did China ratify the Marrakesh Treaty?"
            return self.refusal("the facts on record say only that it was worked for")
        if self._speaker_as_agent(unique):  # "was the MoU signed by Liu Hua?": she spoke of it
            return self.refusal("it asks who did it; the facts on record show that person only"
                                " speaking of it")
        if unconfirmed and self.asks_yes_no():  # "was the MoU signed in May 2015?"
            return self.refusal(unconfirmed)
        contrary = self._contrary(unique[0]) or self._other_coded(unique[0])
        other = None if contrary else self._other_superlative(unique[0])
        if contrary is not None and not contrary[0]:
            pass  # a claim the fact says both ways of, as near: the fact, without a verdict
        elif contrary is not None:  # "is it below the global average?": it says above
            said_way, asked_way = contrary
            plain = unique[0].text.removeprefix(AFFIRMED)
            reading = f'No (our reading: it says "{said_way}", not "{asked_way}")'
            unique[0] = replace(unique[0], text=f"{reading}: {plain}")
        elif other is not None:  # "Jia Ding said AI is the biggest threat, right?": platforms
            first_named, superlative, claimed_one = other
            plain = unique[0].text.removeprefix(AFFIRMED)
            said_of = f"it names {first_named} as the {superlative}"
            reading = f'No (our reading: {said_of}, not "{claimed_one}")'
            unique[0] = replace(unique[0], text=f"{reading}: {plain}")
        elif self.asks_yes_no() and self._act_apart(unique[0]):  # "Did China join the
            return self.refusal("no fact on record says so of it")  # Beijing Treaty in 2019?":
            # a talk naming China in one sentence and ratifications in another
        elif self._hoped_not_done(unique[0]):  # "had the Beijing Treaty already entered into
            reading = "No (our reading: it was hoped for then, not yet in force)"  # force,
            unique[0] = replace(unique[0], text=f"{reading}: {unique[0].text}")  # per Forbin?"
        elif self._credited_to_none(unique[0]):  # "Is that wording credited to any
            reading = "No (our reading: the article's own words, credited to no speaker)"
            unique[0] = replace(unique[0], text=f"{reading}: {unique[0].text}")  # speaker?"
        elif self.asks_yes_no() and (credited := self._quote_credited(unique[0])) is not None:
            name, theirs, same = credited  # "The quote '...' - did Zhao Xiuling say that?"
            if theirs is None:
                return self.refusal("no fact on record holds the words quoted")
            said = f"No (our reading: the article gives those words to {name}): "
            said = AFFIRMED if same else said
            unique = [replace(theirs, text=f"{said}{theirs.text}")]
        elif self._affirmed(unique):  # "Did Zhao say CMOs have a role?"
            held = self._quoted_held(unique[0])  # 'did it say Zhou Qing "sighed" ...?'
            own = self._claim_in_quote(unique[0]) if held is None else None
            if own:  # "Liu Hua say china is key user of WIPO?": our line says "main users",
                said = f'Yes (our reading: the article\'s own words: "{own}"): '  # the
                unique[0] = replace(unique[0], text=f"{said}{unique[0].text}")  # article's
                # words hold the claim's, shown as they are written
            elif held is None:
                unique[0] = replace(unique[0], text=f"{AFFIRMED}{unique[0].text}")
            elif held:
                shown = ", ".join(f'"{w}"' for w in held)
                said = f"Yes (our reading: the article's own words hold {shown}): "
                unique[0] = replace(unique[0], text=f"{said}{unique[0].text}")
        elif self.asks_yes_no() and self._instrument_acts_unsaid(unique[0]):
            return self.refusal("no fact on record says so of it")  # "has China ratified
            # the Beijing Treaty?": its profile describes it, and says no such thing
        return Reply(
            tuple(unique),
            request,
            self._entity(request),
            self._year(request),
            tuple(dict.fromkeys(self.cues)),
        )

    def _things_asked_of_posts(self, lines: Sequence[AnswerLine]) -> str:
        """The noun a "which" question asks for ("which films has X scored") when every
        line answering it is a post that only holds the word ("Film music producer"): a
        post lists no films; "" when the noun is one a post does name (a body, a title)."""
        head = self._asked_noun()
        if head is None or not lines or not all(x.kind == "role" for x in lines):
            return ""
        noun = self.q.words[head]
        named = ROLE_NOUNS | TITLE_ASKED | PEOPLE_NOUNS | POST_NOUNS | set(ORG_NOUNS)
        named |= ORG_KIND_WORDS | ROLE_TITLES | {"companies", "universities", "countries"}
        if any(same_word(noun, w) for w in named):  # "which film was he working on": one
            return ""  # film, which a post names no more than several
        titles = {  # the word must be the title's own ("Film music producer"); a post that
            w  # does not hold it leaves the question to what else reads it ("which projects")
            for x in lines
            if isinstance(role := self.store.get(x.kind, x.id), Role)
            for w in fold(role.title).split()
        }
        return noun if any(same_word(noun, w) for w in titles) else ""

    def _speaker_as_agent(self, lines: Sequence[AnswerLine]) -> bool:
        """Whether a yes-or-no question asks if a person did a deed ("was the MoU signed by
        Liu Hua?", "was the forum organized by Zhao?") and the facts found show that person
        only as the speaker of statements about it: a saying is not the deed. Never for a
        saying asked ("was that said by Liu Hua?", "was the point made by Zhao?")."""
        if not self.asks_yes_no() or not lines:
            return False
        words = self.q.words
        agents = {
            m.best.id
            for m in self.mentioned("person")
            if m.start >= 2 and words[m.start - 1] == "by"
            and words[m.start - 2] not in STATEMENT | SPOKE | LECTURE | _SAYING_DEEDS
        }  # fmt: skip
        if not agents:
            return False
        of_agent = [x for x in lines if _person_of(self.store.get(x.kind, x.id)) in agents]
        return bool(of_agent) and all(x.kind in _SPEAKING_KINDS for x in of_agent)

    def _spoke_for_other(self, appearance: Appearance) -> str:
        """The short name of the body a speaker spoke for, when the question names another
        body for them (none of theirs, nor one above it); "" when it names none or theirs."""
        bodies = {m.best.id for m in self.mentioned("organization") if m.best.score >= EXACT}
        rid = self._speaker_org(appearance)
        if not bodies or not rid:
            return ""
        if rid in bodies or bodies & set(self.rel_ancestors(rid)):
            return ""
        if any(rid in set(self.rel_ancestors(b)) for b in bodies):
            return ""  # a unit of theirs named ("WIPO's division" for WIPO)
        return self._short_name(rid)

    def _other_superlative(self, line: AnswerLine) -> tuple[str, str, str] | None:
        """What a fact names as the biggest (greatest, main) where a yes-or-no claim names
        something else ("Jia Ding said AI is the biggest threat, right?": platforms such as
        live streaming and self-media): the fact's words for it, its superlative and the
        claim's; None when the claim's words are among the fact's, or either has none."""
        if not (self.asks_yes_no() or self._checking()) or line.text.startswith("No"):
            return None
        words = self.q.words
        at = next((i for i, w in enumerate(words) if w in _SUPERLATIVES), None)
        if at is None:
            return None
        subject: list[str] = []
        for w in reversed(words[:at]):  # "said AI is the (single) biggest": AI
            if w in _REPORTED or w in SAID_THAT:
                break
            if w not in STOP and w not in _BESIDE_MOST:
                subject.append(w)
        if not subject or len(subject) > _SUBJECT_MOST:
            return None
        subject.reverse()
        for clause in re.split(r"[,;.:]", line.text):
            folded = fold(clause).split()
            j = next((k for k, w in enumerate(folded) if w in _SUPERLATIVES), None)
            if j is None:
                continue
            before = folded[:j]
            if any(w in before or any(same_word(w, b) for b in before) for w in subject):
                return None
            phrase = re.split(rf"(?i)\b{re.escape(folded[j])}\b", clause)[0]
            phrase = re.sub(r"(?i)^\s*(?:named|called|said|says|that)\s+", "", phrase)
            phrase = re.sub(r"(?i)\s+(?:as|are|is|was|were|poses?|posed)?\s*the\s*$", "", phrase)
            typed = re.search(r"\W+".join(map(re.escape, subject)), self.q.text, re.IGNORECASE)
            return phrase.strip(), folded[j], typed.group(0) if typed else " ".join(subject)
        return None

    def _contrary(self, line: AnswerLine) -> tuple[str, str] | None:
        """The word a fact says a thing stands or moves by, and the question's for the other
        way, when a yes-or-no claim says the other way of it ("is the contribution below the
        global average?": "above"; "incomes from radio are going up, right?": "declining");
        None when the claim negates, or no word near the fact's holds a word near the
        claim's (the thing they are said of); "" for the fact's word when clauses of both
        ways are as near the claim."""
        if not (self.asks_yes_no() or self._checking()) or line.text.startswith("No"):
            return None
        q = self.q
        words = q.words
        scene = set(q.context)
        if any(w in ("not", "never", "t", "isn", "didn", "doesn", "wasn", "aren", "weren")
               and i not in scene for i, w in enumerate(words)):  # fmt: skip
            return None  # "isn't it below ...?" reads either way
        proper = [w for i, w in enumerate(words) if i not in scene and i >= q.begins]
        if len([w for w in proper if w not in STOP | CHECK_WORDS]) <= _BARE_CHECK:
            scene = set()  # "X contributes less than the average. does the article back
        said = fold(line.text).split()  # that?": the claim is the scene's
        clauses: list[list[str]] = [[]]
        shown: dict[str, str] = {}
        for k, x in enumerate(said):
            way = _way_at(said, k)
            if way != x and way not in ("_", None):
                shown[way] = f"{said[k - 1]} {x}"  # "productions are spending less"
            x = x if way is None else way
            if x in _CLAUSE_BREAKS:
                clauses.append([])
            else:
                clauses[-1].append(x)
        speakers = {i for m in q.mentions if m.kind == "person" for i in m.span}
        for i in range(len(words)):
            w = _way_at(words, i) or "_"
            if w not in WAYS or i in scene:
                continue
            if w in ("up", "down") and words[i - 1 : i] not in _GOING:  # "going up", not "set
                continue  # up"
            asked = " ".join(words[i - 1 : i + 1]) if w != words[i] or w in ("up", "down") else w
            axis, sign = WAYS[w]
            if axis == "scope" and words[i + 1 : i + 2] and words[i + 1] in SCOPE_STANDARDS:
                continue  # "above the national average": what it is set against
            low = next((k + 1 for k in range(i - 1, max(0, i - 5) - 1, -1)
                        if words[k] in _CLAUSE_BREAKS), max(0, i - 5))  # fmt: skip
            high = next((k for k in range(i + 1, min(len(words), i + 6))
                         if words[k] in _CLAUSE_BREAKS), i + 6)  # fmt: skip
            window = [  # the claim's own clause ("streaming money dey rise while radio
                x if k not in speakers else "" for k, x in enumerate(words[low:high], low)
            ]  # money dey drop": streaming rises), less who said it ("Scot Morris said")
            cause = next((k for k, x in enumerate(window) if x in _CAUSE_WORDS), None)
            if cause is not None and cause > i - low:  # "going up thanks to
                window = window[:cause]  # digital": what drives it is not what moves
            moving = STOP | {w for (w,) in _GOING}  # "going up": the way, not what goes
            near = {
                stem(x) for x in window if x and x not in moving | _SAYING_VERBS and x not in WAYS
            } or {  # nothing but who said it ("Scot Morris is going up"): that, as before
                stem(x) for x in words[low:high] if x not in moving and x not in WAYS
            }
            ways = [  # each clause's way on the axis, and how many of the claim's words it has
                (next(WAYS[y][1] for y in c if _on_axis(y, axis)), len(near & {*map(stem, c)}), c)
                for c in clauses if any(_on_axis(y, axis) for y in c)
            ]  # fmt: skip
            same = max((n for way, n, _ in ways if way == sign), default=0)
            other = [(n, c) for way, n, c in ways if way == -sign and n > same]
            if other:  # "radio income ... is declining while streaming revenue rises": the
                clause = max(other)[1]  # clause closest to the claim's words
                x = next(y for y in clause if WAYS.get(y) == (axis, -sign))
                return shown.get(x, x), asked
            if same and any(way == -sign and n == same for way, n, _ in ways):
                return "", asked  # as near one way as the other: no verdict either way
        return None

    def _years_not_own(self, line: AnswerLine, years: Collection[str]) -> bool:
        """Whether the fact behind a line dates what it states with years in its own words,
        none of them one of ``years`` (a year a claim states that is only where and when the
        fact was said, not the year of what it says)."""
        record = self.store.get(line.kind, line.id)
        if record is None or line.kind not in ("claim", "appearance"):
            return False
        own = " ".join(text for _, text in record_texts(record))
        held = set(re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", own))
        return bool(held) and not held & set(years)

    def _other_coded(self, line: AnswerLine) -> tuple[str, str] | None:
        """A yes-or-no claim's word of digits and letters ("5G", "40th") that the fact holds,
        but not in the sentence the claim's other words are said in, where it holds another
        word of that kind ("infringement became international and social in the 5G era,
        yes?": that sentence says "4G era", "5G era" the next): that word as the fact writes
        it, and the claim's; None otherwise."""
        if not (self.asks_yes_no() or self._checking()) or line.text.startswith("No"):
            return None
        scene = set(self.q.context)
        asked = [w for i, w in enumerate(self.q.words) if i not in scene]
        coded = [w for w in asked if _coded(w)]
        held = fold(line.text).split()
        if not coded or not set(coded) & set(held):
            return None
        content = {stem(w) for w in asked if w.isalpha() and w not in STOP | CHECK_WORDS}
        said = line.text.split("\u201c", 1)[-1]  # what was said, not who said it where
        sentences = [fold(s).split() for s in re.split(r"(?<=[.!?;])\s+", said)]
        most = max(len(content & {stem(x) for x in s}) for s in sentences)
        nearest = [s for s in sentences if len(content & {stem(x) for x in s}) == most]
        words = self.q.words
        for word in coded:
            if word not in held or any(word in s for s in nearest):
                continue
            shape = re.sub(r"\d+", "#", word)
            beside = {  # the words the claim says it beside ("5G era"), its own
                words[k + d] for k, w in enumerate(words) if w == word
                for d in (-1, 1) if 0 <= k + d < len(words) and words[k + d] not in STOP
            }  # fmt: skip
            rivals = [  # of that kind, beside one of those words ("4G era"; not "5G piracy",
                x for s in nearest for j, x in enumerate(s)  # a description of the speaker)
                if x != word and re.sub(r"\d+", "#", x) == shape
                and beside & {s[j + d] for d in (-1, 1) if 0 <= j + d < len(s)}
            ]
            if most and rivals:
                written = re.search(rf"(?i)(?<![\w.]){re.escape(rivals[0])}(?!\w)", line.text)
                typed = re.search(rf"(?i)(?<![\w.]){re.escape(word)}(?!\w)", self.q.text)
                return (written[0] if written else rivals[0]), (typed[0] if typed else word)
        return None

    def _affirmed(self, lines: Sequence[AnswerLine]) -> bool:
        """Whether a yes-or-no question about what was said or done ("Did Zhao Xiuling say
        CMOs should play a role?", "Is NCAC revising the regulations? yes or no") is answered
        by statements and steps that hold every word it asks: then our reading is "Yes". Never
        for a question that negates, compares or states a figure, nor for a line that already
        gives a verdict."""
        q = self.q
        if not self.asks_yes_no() or "direct quotation" in self.cues:  # "X's exact words
            return False  # on 5G?": the words asked for, no claim to affirm
        kinds_affirm = bool(lines) and all(
            line.kind in AFFIRMING or self._a_subject(line) for line in lines
        )  # "was film and TV rights one of the lecture topics at Xiamen?": the subject
        if not (kinds_affirm or self._event_affirmed(lines) or self._instrument_affirmed(lines)):
            return False
        if any(
            line.text.startswith(("Yes", "No")) or line.text.endswith(COMPARISON) for line in lines
        ):
            return False  # a verdict given already, or the figure cannot tell
        if lines and lines[0].text.startswith(_CHOSEN):
            return False  # "was it higher in 2021 or 2023?": the year chosen is the answer
        scene = set(q.context)  # not the tag ("..., yes or no?")
        asked = {w for i, w in enumerate(q.words) if i not in scene}
        numbers = [w for w in asked if any(c.isdigit() for c in w) and not _a_year_word(w)]
        said = {w for line in lines for w in fold(line.text).split()}  # "did the roughly 100
        numbers = [w for w in numbers if w not in said]  # participants ...": as its facts say
        if _claims_figure(q.text):  # "took 5.1 billion yuan from karaoke alone, right?": a
            return False  # figure is checked against its statistic, not found among words
        years = {w for w in asked if _a_year_word(w)}
        figured = any(any(c.isdigit() for c in w) and not _a_year_word(w) for w in asked)
        if figured and years and lines and self._years_not_own(lines[0], years):
            return False  # "zhou qing said sichuan registered 170k works in 2019?": his own
            # words date them 2018; 2019 is only when he spoke
        denied = asked & NOT_AFFIRMED
        words = q.words
        both = [  # "ratified or acceded", as the fact says it: no choice offered
            0 < i < len(words) - 1 and words[i - 1] in said and words[i + 1] in said
            for i, w in enumerate(words)
            if w == "or" and i not in scene
        ]
        if both and all(both):
            denied -= {"or"}
        loose = "closest of the speaker's statements" in self.cues and (  # the statement
            bool(self._unsaid)  # nearest the words, which does not hold them all: no "Yes"
            or any(w.isalpha() and w not in STOP and self._unheld(w) for w in asked)
        )  # on it ("he's from alibaba", "did he speak about AI's impact on music?")
        strange = "closest wording" in self.cues and any(  # "did Gurry say it closes the
            w.isalpha() and len(w) > _SHORT_WORD and w not in STOP | CHECK_WORDS
            and w not in said and self._unheld(w)  # gap ... for musicians?": a word of the
            for w in asked  # claim that no fact holds is not borne out by the nearest wording
        )
        hoped = not q.has(*_HOPING) and any(  # "was the Beijing Treaty already in force,
            _a_hope(self.store.get(line.kind, line.id)) for line in lines[:1]  # per Forbin?":
        )  # she hoped it would take effect, which says it was not yet
        return (
            not denied and not numbers and not self._near_ok and not loose and not strange
            and not hoped
        )  # fmt: skip

    def _names_subject(self, mention: Mention) -> bool:
        """Whether a mention names a subject the articles give for talks."""
        return any(
            isinstance(t := self.store.get("topic", rid), Topic) and t.kind == "subject"
            for rid in mention.ids("topic")
        )

    def _a_subject(self, line: AnswerLine) -> bool:
        """Whether a line is a subject the articles name for talks (a topic of that kind)."""
        record = self.store.get(line.kind, line.id) if line.kind == "topic" else None
        return isinstance(record, Topic) and record.kind == "subject"

    def _instrument_affirmed(self, lines: Sequence[AnswerLine]) -> bool:
        """Whether a yes-or-no question about an instrument ("has WIPO signed an MoU on
        bilateral cooperation with NCAC?") is answered by the instrument itself: its own name,
        aliases and summary hold every word asked besides its name ("Memorandum signed by WIPO
        and NCAC"), not only facts linked to it ("has China ratified the Beijing Treaty?")."""
        record = self.store.get(lines[0].kind, lines[0].id) if lines else None
        if not isinstance(record, Instrument):
            return False
        q = self.q
        skip = {*q.context, *self._source_said()}
        skip |= {i for m in q.mentions if record.id in m.ids("instrument") for i in m.span}
        asked = [
            w for i, w in enumerate(q.words)
            if i not in skip and w not in STOP and w not in ("yes", "no", "true", "false")
        ]  # fmt: skip
        texts = [record.name, *record.aliases, record.summary or "", record.kind]
        own = fold(" ; ".join(texts)).split()
        return bool(asked) and all(_word_in(w, own) for w in asked)

    def _instrument_acts_unsaid(self, line: AnswerLine) -> bool:
        """Whether a yes-or-no question asks if an instrument was joined, signed, ratified or
        adopted, and the instrument's own words (the line answering) do not say so: its
        profile describes it, the act asked is only in facts about others' acts."""
        record = self.store.get(line.kind, line.id)
        if not isinstance(record, Instrument):
            return False
        own = fold(" ; ".join([record.name, *record.aliases, record.summary or ""])).split()
        acts = [
            w for i, w in enumerate(self.q.words) if w in INSTRUMENT_ACTS and i >= self.q.begins
        ]
        return any(not _word_in(w, own) for w in acts)

    def _act_apart(self, line: AnswerLine) -> bool:
        """Whether a yes-or-no question asks if a body or place it names did something to an
        instrument ("did China join the Beijing Treaty?") and the fact answering it, not the
        instrument's own profile, never says the act in a sentence naming the one who did it."""
        q = self.q
        acts = [i for i, w in enumerate(q.words) if w in INSTRUMENT_ACTS and i >= q.begins]
        if not acts or not self.mentioned("instrument") or line.kind == "instrument":
            return False
        if line.text.startswith("No"):
            return False  # already judged
        spans = [(m.start, m.end) for m in self.mentioned("organization")]
        spans += [(p.start, p.end) for p in q.places]
        doers = [  # who did it: a body or a place named just before the act ("did China
            q.words[i]  # join"), not a scene's place ("Liu Hua in Xiamen said ...")
            for start, end in spans
            for i in range(start, end)
            if 0 <= acts[0] - end <= _DOER_REACH
        ]
        if not doers:
            return False
        for sentence in re.split(r"(?<=[.;:])\s+", line.text):
            said = fold(sentence).split()
            if any(_word_in(d, said) for d in doers) and any(
                _word_in(q.words[i], said) for i in acts
            ):
                return False
        return True

    def _only_worked_for(self, lines: Sequence[AnswerLine]) -> bool:
        """Whether a yes-or-no question asks if something came about that the facts answering
        it say only someone worked for ("did China ratify the Marrakesh Treaty": WIPO and NCAC
        promoted its ratification)."""
        q = self.q
        choice = any(w == "or" for i, w in enumerate(q.words) if i not in q.context)
        if not lines or not self.asks_yes_no() or choice:
            return False  # "was it its ratification or its entry into force": a choice
        if any(w in PROMOTED | _PROMOTING for i, w in enumerate(q.words) if i not in q.context):
            return False  # "did they promote its ratification?": worked for is what is asked
        names = {i for m in q.mentions for i in m.span} | {i for p in q.places for i in p.span}
        done = {w for i, w in enumerate(q.words) if i not in {*q.context, *names} and w not in STOP}
        for line in lines:
            record = self.store.get(line.kind, line.id)
            if isinstance(record, Claim | Milestone) and any(
                _only_hoped(record, w, PROMOTED, PROMOTED_REACH) for w in done
            ):
                return True
        return False

    def asks_yes_no(self) -> bool:
        """Whether the question is answered yes or no: it starts so ("did ...", "is ...") or
        ends with a check ("..., right?") of a statement, not of a question that asks who or
        what ("who spoke at Chengdu, as I recall?": no "Yes" to give)."""
        if self.q.opens_yes_no:
            return True
        words = self.q.words[self.q.begins :]  # "check: who spoke at the forum": who
        first = list(dropwhile(lambda w: w in CHECK_WORDS, words))[:1]
        return self._tagged and not (first and first[0] in ASKING_FIRST)

    def _places_said(self, kept: list[AnswerLine]) -> list[AnswerLine] | None:
        """In a yes-or-no question, the statements and talks that say a place it names left
        unaccounted for in their own words, not only as where they were given ("is MCSC
        based in Beijing": no talk at the Beijing roundtable says so); None when no place is
        left or no such fact was found."""
        q = self.q
        if not q.opens_yes_no:  # not a tag: "..., right?" may place
            return None
        left = set(self.leftover())
        located = ("based", "located", "headquartered", "situated", "seated", "registered")
        spans = [  # "based in Beijing", not "in the Xiamen write-up" (where it was said)
            i
            for p in q.places
            if set(q.words[max(0, p.start - 2) : p.start]) & set(located)
            for i in p.span
            if i in left
        ]
        if not spans:
            return None
        said = ("claim", "appearance")
        return [
            line
            for line in kept
            if line.kind not in said
            or (
                (record := self.store.get(line.kind, line.id)) is not None
                and self._about(record, spans)
            )
        ]

    def _event_affirmed(self, lines: Sequence[AnswerLine]) -> bool:
        """Whether the facts answering a yes-or-no question are one event's, and the question
        names nothing but that event (its place and year) and asks a few plain words of it that
        its record holds ("did the Xiamen training's participants receive certificates")."""
        if not lines or {(line.kind, line.id) for line in lines} != {("event", lines[0].id)}:
            return False
        q = self.q
        if any(m.kind != "event" or m.best.id != lines[0].id for m in q.mentions):
            return False
        said = {w for line in lines for w in fold(line.text).split()}  # "the roughly 100
        asked = [q.words[i] for i in self.leftover() if q.words[i] not in STOP]  # people": as
        left = [w for w in asked if w not in said]  # its facts say
        return bool(asked) and len(left) <= AFFIRMED_EVENT_WORDS and all(w.isalpha() for w in left)

    def _instrument_asked(self) -> bool:
        """Whether the question asks for a treaty, agreement or law by name ("which treaties
        did she name", "what was the name of the new treaty"): "which", "what", "name" or
        "list" at most three words before the word for it."""
        words = self.q.asked
        asking = ("which", "what", "name", "names", "list")
        named = {  # "the conference which produced the Beijing Treaty": named, not asked
            i - self.q.begins for m in self.q.mentions if m.kind == "instrument" for i in m.span
        }
        return any(
            w in INSTRUMENT_WORDS - {"law", "laws"}  # "which law firm" asks for a firm
            and i not in named
            and any(a in asking for a in words[max(0, i - 4) : i])
            for i, w in enumerate(words)
        )

    def _instruments_aside(self) -> set[str]:
        """The instruments a question sets aside ("besides the Beijing Treaty", "other than
        the MoU"): named just after a word for it; empty when none is."""
        words = self.q.words
        starts = {i + 1 for i, w in enumerate(words) if w in BESIDES}
        starts |= {i + 2 for i, pair in enumerate(pairwise(words)) if pair in BESIDES_PAIRS}
        return {
            rid
            for m in self.q.mentions
            if m.kind == "instrument" and (m.start in starts or m.start - 1 in starts)
            for rid in m.ids("instrument")
        }

    def _names_instrument(self, line: AnswerLine, *, other_than: Collection[str] = ()) -> bool:
        """Whether a fact is, or names, a treaty, agreement or law on record (of the kind
        asked: "which treaties" is no memorandum), one not set aside (``other_than``)."""
        kinds = {k for w in self.q.asked for k in INSTRUMENT_KINDS.get(w, ())}
        record = self.store.get(line.kind, line.id)
        if isinstance(record, Instrument):
            return (not kinds or record.kind in kinds) and record.id not in other_than
        if line.kind == "milestone" and not kinds and not other_than:
            return True
        if {"initiative", "initiatives"} & set(self.q.asked) and self._programmes_in(line):
            return True  # "which WIPO initiative did she name": a platform or programme too
        return any(
            (not kinds or record.kind in kinds) and record.id not in other_than
            for record in self._instruments_in(line)
        )

    def _programmes_in(self, line: AnswerLine) -> bool:
        """Whether a fact names a programme, platform or campaign on record, by name."""
        text = f" {fold(line.text)} "
        return any(
            isinstance(record, Topic) and record.kind in ("programme", "platform", "campaign")
            and any(f" {fold(name)} " in text for name in (record.name, *record.aliases))
            for record in self.store.all("topic")
        )  # fmt: skip

    def _instruments_in(self, line: AnswerLine) -> list[Instrument]:
        """The treaties, agreements and laws on record a fact names, by name or alias."""
        text = f" {fold(line.text)} ".replace(" s ", " ")  # "the Beijing Treaty's entry"
        return [
            record
            for record in self.store.all("instrument")
            if isinstance(record, Instrument)
            and any(f" {fold(name)} " in text for name in (record.name, *record.aliases))
        ]

    def _in_scene(self, kept: list[AnswerLine]) -> list[AnswerLine]:
        """Of several facts that answer, those holding the most words of the sentences set
        before the question ("The NCAC talks about multilateral mechanisms. Which other
        organizations did it name?"); all of them when none holds any."""
        scene = [
            w
            for i in self.q.context
            if (w := self.q.words[i]) not in STOP | GENERIC | TAG_WORDS and w.isalpha()
        ]  # not "..., right?": a tag, which sets no scene
        if len({line.kind for line in kept}) < 2 or not scene:
            return kept  # one kind of fact ("which firms took part"): a list, kept whole
        kept_whole = {"change", "compared", "where", "and their post"}
        if kept_whole & set(self.cues):  # "I have the 2021 figure
            return kept  # from X - how does it compare with 2023?": both ends, whichever the
            # scene names; a post and where its body is ("Shanghai: Carre, which university?")
        held = [sum(self.holds(line.kind, line.id, w) for w in set(scene)) for line in kept]
        return [line for line, n in zip(kept, held, strict=True) if n == max(held)]

    def _figures_asked(self) -> bool:
        """Whether the question proper asks for figures by that word ("what figures did X
        present", "which numbers"), not a scene that mentions them."""
        scene = set(self.q.context)
        return any(
            w in ("figures", "figure", "numbers", "stats", "statistics", "data")
            and i not in scene
            for i, w in enumerate(self.q.words)
        )

    def _near(self, lines: Sequence[AnswerLine]) -> list[AnswerLine]:
        """The facts that hold all but a few plain words of a question asked in its own
        words ("which places did WIPO hold up as case studies"): each word they miss is a
        common word written in small letters, never a name, a place, a number, a title or a
        word that changes what is asked ("first", "only", "not"); at most one in three of
        the words left, and more of them held than any other fact; [] when none does, the
        question is answered yes or no, or the closest facts are many."""
        words = self.q.words
        left = [i for i in self.leftover() if words[i] not in GROUP_WORDS]  # "what kinds of"
        asked = self.q.asked
        asks = asked[:1] in (("name",), ("list",)) or bool(self.q.has(*NEAR_ASKING))
        if len(left) < NEAR_MIN or not asks or self.q.opens_yes_no:
            return []  # a question answered yes or no, or words that ask nothing
        if "plus" in asked:
            return []  # two things asked ("which bodies ..., plus which techs"): both or none
        if "before" in asked and {"became", "become", "joined", "join"} & set(asked):
            return []  # "what did she do before she became director": no earlier post
        if self._who_did():
            return []  # "who signed": the doer must be on record, not who spoke of it
        if self._figures_asked():  # "what collection figures did X present": a figure or
            lines = [line for line in lines if line.value is not None]  # nothing
        named = self._proper_words() | self._name_words()
        named |= {  # "gury": Gurry; "the African Regional ... Organization": ARIPO, whose
            words[i] for m in self.q.mentions if self._near_hard(m)  # words a fact must hold
            for i in m.span
        }  # fmt: skip
        plural = self._asks_plural()
        scored: list[tuple[int, AnswerLine]] = []
        who = asked[:1] in (("who",), ("whom",)) or bool(
            self.q.has(*PEOPLE_NOUNS) and asked[:1] in (("which",), ("name",), ("list",))
        )
        head = self._asked_noun()
        heads = [] if head is None else [head]
        heads += [  # "the training was held in which hotel": asked in the middle
            i + 1 for i, w in enumerate(words[:-1])
            if w in ("which", "what") and i >= self.q.begins + 3 and i + 1 != head
            and words[i + 1] not in STOP | {"else", "other", "others"}
            and words[i + 1] not in {*ORG_NOUNS, *ORG_PLURALS, "office", "company", "society"}
            # "partner of which office of lawyers": a body, which the kind's words name
        ]  # fmt: skip
        if (
            words[:1] == ("which",) and len(words) > 1 and words[1] not in STOP | {"else", "other"}
            and (head is None or head > 3)
        ):  # fmt: skip
            heads += [1]  # "which studio made Black Myth: Wukong": asked, whatever the colon
        heads += [  # "what building or hotel": either is what is asked for
            h + 2 for h in list(heads) if words[h + 1 : h + 2] == ("or",) and h + 2 < len(words)
        ]
        if words[:1] in (("which",), ("what",)):  # "which film or tv cases did he walk
            verb = next((j for j, w in enumerate(words) if j > 1 and w in CLAUSE_VERBS), None)
            if verb is not None and words[verb - 1] not in STOP:  # through": the noun
                heads.append(verb - 1)  # before the verb is what is asked for
        wanted = [  # the nouns asked for after a question: "... - name the cities"
            i + 2
            for i, w in enumerate(words[:-2])
            if w in ("name", "list") and words[i + 1] == "the" and words[i + 2] not in STOP
        ]
        placed = {  # a word right after "in", "at" or "from" that no fact holds: a place it
            words[i + 1]  # does not know ("lecturing in shah men"), which a fact must hold
            for i in range(len(words) - 1)
            if words[i] in ("in", "at", "from")
            and words[i + 1].isalpha()
            and words[i + 1] not in STOP
            and self._unheld(words[i + 1])
        }
        closest = len(left)  # the fewest words any fact misses, whether it may answer or not
        dated = asked[:1] == ("when",) or (
            asked[:1] in (("what",), ("which",))
            and asked[1:2] in (("year",), ("date",), ("month",))
        )  # "when did ...", "what year did ...": a date asked of what the verb says happened
        kinds = {words[i] for k in self.q.kinds for i in k.span}  # "collecting societies"
        bodies = ORG_PLURALS | {"companies"}  # "which multilateral organizations": not people
        person = who or (bool(self.q.has(*SPEAKER_NOUNS - bodies)) and asked[:1] == ("which",))
        topic = self._talk_topic(left) if person else []  # "which lecturer gave the talk on
        if person and not topic:  # "who is credited for the image": not "Images Copyright
            plain = named | PEOPLE_NOUNS | ROLE_TITLES | SPEAKER_NOUNS | TITLE_ASKED  # Society"
            plain |= set(EVENT_KIND_WORDS) | set(self.q.known_places)  # where, not what
            topic = [i for i in left if words[i] not in plain and words[i].isalpha()]
        speaker = bool(self.mentioned("person"))  # what a person named said: on the topic
        about: set[str] = set()  # the words of the topic asked about ("say about X on Y"),
        for k in range(self.q.begins, len(words)):  # up to where it was said ("at the
            if words[k] in ("about", "regarding", "concerning"):  # opening ceremony")
                end = next((j for j in range(k + 1, len(words)) if words[j] in TOPIC_ENDS),
                           len(words))  # fmt: skip
                about = {words[i] for i in left if k < i < end}
                break
        for line in lines:  # film rights": a topic its own words hold, not its body's name
            if self._set_aside(line) or self._hoped(line, left):
                continue
            if person and line.kind not in PERSON_KINDS:
                continue  # "who signed the memorandum": not the memorandum
            if line.kind in ("organization", "event", "person"):
                continue  # a profile describes; only a fact can be the closest answer
            missing = self._near_missing(line, left, named, plural=plural)
            record = self.store.get(line.kind, line.id)
            if topic and record is not None:  # held only in a body's or person's name
                names = fold(" ; ".join(self._linked_names(record))).split()
                borrowed = [
                    words[i]
                    for i in self._missing(record, topic)
                    if words[i] not in missing and _word_in(words[i], names)
                ]
                missing = [*missing, *borrowed]
            closest = min(closest, len(missing))
            if len(missing) * NEAR_SHARE > len(left):
                continue
            if speaker and len([w for w in missing if w in about]) > 1:
                continue  # "what did Gao Hang say about AI training on photographers' images":
                # what he said is about the topic asked, not beside two of its words
            did = next((w for w in asked[1:3] if w not in STOP), None)  # "who is credited"
            if who and asked[:1] in (("who",), ("whom",)) and did in missing:
                continue  # "who presided over ...": what they did must be on record
            people = PEOPLE_NOUNS | SPEAKER_NOUNS | {"speaker", "lecturer", "expert"}  # a speaker
            if who and self._who_were(missing, people):
                continue  # "who were the parties in the dispute": the parties must be on record
            if who and asked[1:2] and asked[1] in STATEMENT and len(missing) > 2:
                continue  # "who said X and Y face more risks": a speaker named for a scene
                # needs the scene on record, not a third of it
            if any(words[i] in missing and words[i] not in people for i in heads):
                continue  # "which anniversary of ...": what is asked for must be on record
            if any(words[i] in missing for i in wanted):
                continue  # "... - name the cities": each thing asked for must be on record
            if dated and set(missing) & DATED_ASKED:
                continue  # "what year did China become a WIPO member": what is dated must be
                # on record, not a fact that holds the rest ("MCSC members", "WIPO Office")
            hard = [w for w in missing if w in NEAR_HARD or w in EVENT_KIND_WORDS or w in kinds]
            hard += [w for w in missing if w in CONTINENTS or w in CONTINENTS.values()]
            hard += [w for w in missing if w in placed]  # "lecturing in shah men": a place
            if all(w.isalpha() and w not in named for w in missing) and not hard:
                scored.append((len(missing), line))
        fewest = min((n for n, _ in scored), default=None)
        best = list(dict.fromkeys(line for n, line in scored if n == fewest))
        alike = (  # "what trade pacts was China busy negotiating": four of one kind, each
            plural  # missing one plain word
            and len({line.kind for line in best}) == 1
            and len(best) <= MAX_LINES
        )
        if fewest is None or (len(best) > NEAR_MAX and not alike):
            return []
        if fewest > closest:  # a fact closer to the question misses a word that matters:
            return []  # one further off cannot be the answer either
        gone = {i for line in best for i in left if not self.holds(line.kind, line.id, words[i])}
        if any(i + 1 in gone and self._unheld(words[i]) and self._unheld(words[i + 1])
               for i in gone):  # fmt: skip
            return []  # "what did DG daren tang say": two words side by side that no fact
        # holds name what the fact base does not know (a person), not a wording of a fact
        if plural:  # "what trade deal negotiations": the next closest of its kind
            best += [line for _, line in scored if line.kind == best[0].kind]
            best = list(dict.fromkeys(best))[:MAX_LINES]
        elif len(best) == 1 and "and" in asked:
            best += self._other_half(best[0], lines, left)
        missed = [w for line in best for w in self._near_missing(line, left, named, plural=plural)]
        self.cues.append(f"{NEAR_CUE} {' '.join(dict.fromkeys(missed))!r}")
        return best

    def _other_half(
        self, first: AnswerLine, lines: Sequence[AnswerLine], left: Sequence[int]
    ) -> list[AnswerLine]:
        """With two things asked ("against the world average and against the U.S. and
        Japan"): the one statement of the same speaker or body that holds what the closest
        misses, so that the two together miss one plain word at most; [] for none or many."""
        words = self.q.words
        gone = {i for i in left if not self.holds(first.kind, first.id, words[i])}
        record = self.store.get(first.kind, first.id)
        whose = {getattr(record, f, None) for f in ("person", "organization")} - {None}
        found: list[tuple[int, AnswerLine]] = []  # by the words it holds of those missed, then
        for line in lines:  # of all asked
            other = self.store.get(line.kind, line.id)
            if line == first or other is None or line.kind != first.kind:
                continue
            if not whose & {getattr(other, f, None) for f in ("person", "organization")}:
                continue
            held = {i for i in gone if self.holds(line.kind, line.id, words[i])}
            rest = [words[i] for i in gone - held]
            if held and len(rest) <= 1 and all(w.isalpha() and w not in NEAR_HARD for w in rest):
                whole = sum(self.holds(line.kind, line.id, words[i]) for i in left)
                found.append((len(held) * len(words) + whole, line))  # then the most held
        most = max((n for n, _ in found), default=0)
        best = [line for n, line in found if n == most]
        return best if len(best) == 1 else []

    def _talk_topic(self, left: Sequence[int]) -> list[int]:
        """The words left that name the topic of a talk asked about: after "the talk on"
        ("which lecturer gave the talk on film rights"), or the scene's when the question
        proper says "that lecture" ("One topic was X - who gave that lecture?"); [] for none."""
        words = self.q.words
        for i, w in enumerate(words):
            if w not in A_TALK:
                continue
            if words[i + 1 : i + 2] in (("on",), ("about",)):
                return [j for j in left if j > i + 1]
            if {"that", "this"} & set(words[max(0, i - 2) : i]):
                return [j for j in left if j in self.q.context]
        return []

    def _who_were(self, missing: Collection[str], people: Collection[str]) -> bool:
        """Whether "who is/are/was/were the X" asks for an X (not a person's word: "speaker",
        "official") that a fact misses."""
        words, at = self.q.words, self.q.begins
        if words[at : at + 1] not in (("who",), ("whom",)):
            return False
        k = at + 1
        while k < len(words) and words[k] in ("is", "are", "was", "were", "the", "exactly"):
            k += 1
        return k > at + 1 and k < len(words) and words[k] in missing and words[k] not in people

    def _near_missing(
        self, line: AnswerLine, left: Sequence[int], named: Collection[str], *, plural: bool
    ) -> list[str]:
        """The words left that a fact does not hold; of two joined by "and" or "or" in a
        question asking for things (``plural``: "regional and free trade negotiations"),
        either will do, unless a name is missed ("which Tencent and Ali people")."""
        words = self.q.words
        missing = {i for i in left if not self.holds(line.kind, line.id, words[i])}
        if plural and not any(words[i] in named for i in missing):
            for i in left:
                j = i + 2
                joined = j < len(words) and words[i + 1] in ("and", "or") and j in left
                if joined and len({i, j} & missing) == 1:
                    missing -= {i, j}
        return [words[i] for i in left if i in missing]

    def _as_source(self, mention: Mention) -> bool:
        """Whether an organization is named as who says it ("according to NCAC", "per the
        NCAC", "as the NCAC interview says"), not what a figure is of."""
        before = self.q.words[max(0, mention.start - 3) : mention.start]
        if self._source_words(mention):
            return True
        return "according" in before or "per" in before or before[-2:] == ("as", "the")

    def _source_words(self, mention: Mention) -> list[int]:
        """The words that name a mention as who says it, from the verb of saying ("as
        mentioned by Liu Hua", "recalled by the head of the WIPO office"); [] for none."""
        words = self.q.words
        for j in range(max(1, mention.start - 6), mention.start):
            between = words[j + 1 : mention.start]
            verb = j - 1 - (words[j - 1] == "to" and words[j - 2 : j - 1] in REFERRED)
            if (
                words[j] == "by"
                and (words[verb] in REPORTING or words[verb : verb + 1] in REFERRED)
                and all(w in STOP or w in ROLE_TITLES or w in LEAD_VERBS for w in between)
            ):  # "as mentioned by Liu Hua", "referred to by Liu Hua"
                return list(range(verb - (words[verb - 1 : verb] == ("as",)), mention.start))
        end = mention.end
        saying = REPORTING_VERBS | {"put", "recalled", "recalls"}
        if (
            words[mention.start - 1 : mention.start] == ("as",)
            and words[end : end + 1]
            and (words[end] in saying)
        ):
            return list(range(mention.start - 1, end + 1))  # "as Liu Hua recalled"
        said = {w for w in saying if w.endswith("ed")} | {"referred", "cited", "named"}
        said |= {"refers", "cites", "mentions", "names", "describes", "quotes", "recalls"}
        things = [m for m in self.q.mentions if m.kind in ("instrument", "topic")]
        before = words[mention.start - 1] if mention.start else ""
        after_thing = any(m.end == mention.start for m in things) or (
            before in INSTRUMENT_WORDS  # "the memorandum Liu Hua refers to"
        )
        if words[end : end + 1] and words[end] in said and after_thing:
            return list(range(mention.start, end + 1))  # "the MoU Liu Hua mentioned in Xiamen"
        return []

    def _asked_noun(self) -> int | None:
        """Where the noun a "which" or "what" question asks for is: of the words right
        after it, the first plural ("which Chinese places ended up as ...", "what trade deal
        negotiations"), else the last ("which anniversary of"); None for another question or
        "what is/did ..."."""
        words, begins = self.q.words, self.q.begins
        tail = re.split(r"\s[-\u2013\u2014]+\s|[:;]\s", self.q.text)[-1]  # "The meeting
        tail_words = words_of(tail)  # flagged an anniversary - which anniversary was it?"
        if tail_words[:1] in (["which"], ["what"]) and len(tail_words) < len(words):
            begins = len(words) - len(tail_words)
        at = begins  # "could you please tell me in which areas ...": after a request's lead
        while at < min(len(words), begins + 8) and words[at] in _REQUEST_LEAD:
            at += 1
        if at > begins and words[at : at + 1] in (("which",), ("what",)):
            begins = at
        if words[begins : begins + 1] not in (("which",), ("what",)):
            return None
        last = None
        for i in range(begins + 1, len(words)):
            if words[i] in STOP:
                break
            if last is not None and words[i].endswith("ed") and len(words[i]) > 4:
                break  # "which media outlet conducted the interview": a verb after the noun
            if _plural(words[i]):
                return i
            last = i
        return last

    def _listed_noun(self) -> int | None:
        """Where the noun is that a "name" or "list" question asks for: the first plural
        after it ("list the joint projects Liu Hua cited"); else `_asked_noun`."""
        words, begins = self.q.words, self.q.begins
        if words[begins : begins + 1] not in (("name",), ("list",), ("give",)):
            return self._asked_noun()
        for i in range(begins + 1, len(words)):
            if words[i] in STOP and words[i] not in ("the", "all", "a", "an", "each", "every"):
                return None
            if _plural(words[i]):
                return i
        return None

    def _asks_plural(self) -> bool:
        """Whether a question asks for things in the plural ("which treaties", "name the
        firms", "what trade deal negotiations"): a plural among its first words after the
        one that asks."""
        words = self.q.asked
        asking = ("what", "which", "name", "list")  # "can you name the firms"
        at = next((i for i, w in enumerate(words[:3]) if w in asking), None)
        ahead = 4
        if at is None:  # "FTA talks China engaged in - with which partners?": the clause
            after = ("with", "in", "at", "from", "of", "to", "for", "by", "on")
            at = next((i for i, w in enumerate(words) if w == "which" and i
                       and words[i - 1] in after), None)  # fmt: skip
            ahead = 2
        if at is None:
            return False  # "with which partners" asks as "which partners" does
        head = [w for w in words[at + 1 :] if w not in STOP][:ahead]
        return any(_plural(w) for w in head)

    def _name_words(self) -> set[str]:
        """The folded words of people's names and the places the fact base knows (a name
        typed in small letters is still a name)."""
        people = [p.name for p in self.store.all("person") if isinstance(p, Person)]
        return set(fold(" ; ".join([*people, *self.q.known_places])).split())

    def _listed_count(self) -> int:
        """How many things a question asks to be listed by name ("list the eight treaties",
        "name the two experts"): 0 when it asks for no list or gives no number."""
        words = self.q.asked
        at = next((i for i, w in enumerate(words[:5]) if w in ("list", "name", "enumerate")), 0)
        at = at if all(w in FUNCTION_WORDS for w in words[:at]) else 0  # "could you kindly name"
        before_names = (("the",), ("give",), ("me",), ("their",), ("list",), ("provide",))
        names = next(
            (
                i
                for i, w in enumerate(words)
                if w == "names" and (i == 0 or words[i - 1 : i] in before_names)
            ),  # "names of the 8 treaties" typed as a heading
            None,
        )  # "give me the names of the eight", "the eight treaties, what are the names of them",
        # "kindly give names of all the eight"
        before = words[: names or 0]
        if names is not None and words[names + 1 : names + 2] == ("of",):
            at, words = 0, ("name", *words[names + 2 :])
            if {"them", "these", "those"} & set(words):  # "... of all of them": the number
                words = (*words, *before)  # the question gave before it counts them
        words = words[at:]  # "can you name the eight treaties"
        lists = words[:1] in (("list",), ("name",), ("enumerate",)) or words[:2] in (
            ("what", "are"), ("which", "are"), ("who", "are"), ("what", "were"), ("which", "were")
        )  # fmt: skip
        lists = (
            lists
            or (  # "the two chinese executives at Chengdu": a list, typed as a name
                words[:1] == ("the",) and words[1:2] != () and words[1] in COUNT_WORDS[2:]
            )
        )
        if not lists:
            return 0
        for w in words[1:LISTED_REACH]:  # "what are the names of all eight"
            if w in COUNT_WORDS[2:]:
                return COUNT_WORDS.index(w)
            if w.isdigit() and 2 <= int(w) < LISTED_MAX:  # "the names of the 29 countries"
                return int(w)
        return 0

    def _counts_things(self) -> bool:
        """Whether the things a question asks to be listed are neither people nor bodies
        ("name two of the projects Liu Hua listed"): one statement may list them all."""
        words = self.q.words
        at = next((i for i, w in enumerate(words) if w in COUNT_WORDS or w.isdigit()), None)
        if at is None:
            return False
        plural = next((w for w in words[at + 1 : at + 8] if w.endswith("s") and w not in STOP), "")
        people = PEOPLE_NOUNS | ORG_KIND_WORDS | MEMBER_TITLES | ROSTER | set(ORG_NOUNS)
        return bool(plural) and plural not in people and plural.rstrip("s") not in people

    def _counts(self, line: AnswerLine, count: int) -> bool:
        """Whether a line gives the number of the things a question asks to be listed ("the
        eight copyright treaties", "8 treaties"): the number, then within three words the
        noun it counts, the first plural after the number in the question ("treaties" of
        "eight international copyright treaties china has joined"), else the word after it."""
        words = self.q.words
        said_as = (COUNT_WORDS[count] if count < len(COUNT_WORDS) else str(count), str(count))
        at = next((i for i, w in enumerate(words) if w in said_as), len(words))
        after = [w for w in words[at + 1 : at + 5] if w not in STOP]
        said = fold(line.text).split()
        if not after:  # "the names of all eight": the number said at all
            return any(w in said_as for w in said)
        noun = next((w for w in after if w.endswith("s") and len(w) > 3), after[0])
        return any(
            w in said_as and any(same_word(x, noun) for x in said[i + 1 : i + 4])
            for i, w in enumerate(said)
        )

    def _kept(self, lines: Sequence[AnswerLine]) -> list[AnswerLine]:
        """The lines that account for every word left, none set aside, each of every
        instrument the question names by name ("how many countries signed up to the Belt and
        Road Initiative": not the Beijing Treaty's count, reported at the Belt and Road forum),
        unless the scene names it or the question sets it aside ("apart from RCEP")."""
        left = self.leftover()
        scene = set(self.q.context)
        told = self._told_of_person(left, scene)
        kept = [line for line in lines if self.covers(line, left) and not self._hoped(line, left)]
        ways = {i: WAYS[w][0] for i in left if (w := _way_at(self.q.words, i) or "_") in WAYS}
        if not kept and ways and (self.asks_yes_no() or self._checking()):  # "is the gap
            kept = [  # widening?": a fact that says which way on that axis settles it
                line for line in lines  # ("narrowing": No), as `_contrary` then says
                if self.covers(line, [i for i in left if i not in ways])
                and all(any(_on_axis(w, axis) for w in fold(line.text).split())
                        for axis in ways.values())
            ]  # fmt: skip
        if not kept and told:  # "Shi Jiang spoke about Chengdu being a model city. What is
            rest = [i for i in left if i not in told]  # his post?": the scene is his talk,
            person = next(m.best.id for m in self.mentioned("person"))  # the post asked
            kept = [line for line in lines if line.kind in ("role", "person")
                    and _person_of(self.store.get(line.kind, line.id)) == person
                    and self.covers(line, rest)]  # fmt: skip
        for m in self.mentioned("instrument"):  # (one line of it is enough: "RCEP and FTAs
            after = self.q.words[m.end : m.end + 1]  # with whom?" asks for more than RCEP)
            if after and (after[0] in ORG_NOUNS or after[0] in _UNIT_NOUNS):  # "WIPO's
                continue  # Copyright Law Division": a unit, not the law
            named = m.best.score >= EXACT and m.start not in scene
            if named and m.best.id not in self.excluded and not any(
                self._holds_instrument(x, m.best.id) for x in kept
            ):
                kept = []
        return [line for line in kept if not self._set_aside(line)]

    def _told_of_person(self, left: Sequence[int], scene: Collection[int]) -> set[int]:
        """The words left of a scene about the one person a question names ("Mr. Shi Jiang
        spoke about Chengdu being a model city. What is his post?") when one statement or
        appearance of theirs holds every one of them; none otherwise."""
        people = {m.best.id for m in self.mentioned("person")}
        said = [i for i in left if i in scene]
        words = self.q.words
        post = any(  # "... What is his official post?", "Does she work for Ali Pictures?";
            (w in _POST_WORDS and (words[i - 1 : i] in _WHOSE or i == 0)) or w in _POST_VERBS
            for i, w in enumerate(words) if i not in scene
        )  # not "which two titles did she name"
        if len(people) != 1 or not said or not post:
            return set()
        rid = next(iter(people))
        facts = [("claim", c.id) for c in self.rel.claims(rid)]
        facts += [("appearance", a.id) for a in self.rel.appearances_of_person(rid)]
        if any(all(self.holds(k, f, self.q.words[i]) for i in said) for k, f in facts):
            return set(said)
        return set()

    def _most_words(self) -> list[int]:
        """In a yes/no question, the positions of "most (of)", "the majority of", "the bulk
        of", "more than half (of)"; [] when it asks none of them."""
        words = self.q.words
        if not self.q.opens_yes_no:
            return []
        found: list[int] = []
        for i, w in enumerate(words):
            if w in ("most", "majority", "bulk"):
                found.append(i)
            elif w == "half" and i >= 2 and words[i - 2 : i] in (("more", "than"),):
                found += [i - 2, i - 1, i]
            elif w == "half" and i >= 1 and words[i - 1] in ("over", "above"):
                found += [i - 1, i]
        if found:
            found += [i for i, w in enumerate(words) if w in ("the", "of", "up", "for")]
        return found

    def _most_pair(self, lines: Sequence[AnswerLine]) -> tuple[AnswerLine, AnswerLine] | None:
        """The two figures in one unit that between them hold every word left, each all but
        one at most (the part "karaoke fees", the whole "CAVCA's revenue" without "fees");
        None unless one pair does."""
        left = self.leftover()
        valued = [line for line in lines if line.value is not None and not self._set_aside(line)]
        pairs = []
        for a, b in combinations(valued, 2):
            if a.value is None or b.value is None or a.value.unit != b.value.unit:
                continue
            held = [(self.covers(a, [i]), self.covers(b, [i])) for i in left]
            each = sum(not x for x, _ in held) <= 1 and sum(not y for _, y in held) <= 1
            if each and all(x or y for x, y in held):
                pairs.append((a, b))
        return pairs[0] if len(pairs) == 1 else None

    def _most_verdict(self, pair: tuple[AnswerLine, AnswerLine]) -> list[AnswerLine] | None:
        """Whether the smaller of two figures is most of the larger, said on the smaller's
        line ("Yes: ... more than half of ... (our comparison)"), the larger after it."""

        def least(line: AnswerLine) -> float:  # "more than 4 billion" is less than "about 5.1"
            bounds = _bounds(line.value) if line.value is not None else None
            return bounds[0] if bounds else 0.0

        part, whole = sorted(pair, key=least)
        assert part.value is not None and whole.value is not None
        verdict = most_of(part.value, whole.value)
        shown = f"{whole.value.as_written} ({whole.text.split(':')[0]})"
        if verdict is None:
            note = f"the figures cannot tell whether it is more than half of {shown}"
            text = f"{part.text}; {note} (our comparison)"
        else:
            said = "more than half" if verdict else "not more than half"
            text = f"{'Yes' if verdict else 'No'}: {part.text}, {said} of {shown} (our comparison)"
        return [replace(part, text=text), whole]

    def _hoped(self, line: AnswerLine, positions: Sequence[int]) -> bool:
        """Whether a dated step fails the words asked about: says one only of what would or
        will happen, or says them apart (one in its summary, one in its quote: "the
        conference China co-organised" and "which ratified the treaty" do not say when China
        ratified it)."""
        if line.kind != "milestone":
            return False
        record = self.store.get("milestone", line.id)
        if not isinstance(record, Milestone):
            return False
        words = [self.q.words[i] for i in positions  # not numbers ("2023", "the 50th")
                 if not any(c.isdigit() for c in self.q.words[i])]  # fmt: skip
        wanting = self.q.has("needed", "need", "needs", "required", "short", "yet", "still")
        if any(_only_hoped(record, w) for w in words) and not wanting:
            return True  # not "how many more were needed for it to enter into force"
        actors = {i for p in self.q.places for i in p.span}
        actors.update(i for m in self.q.mentions for i in m.span)
        if not actors & set(positions):  # no one named does what the words say
            return False
        texts = [record.summary, record.note or "", *(ev.quote for ev in record.evidence)]
        events = {self.q.words[i] for m in self.mentioned("event") for i in m.span}
        words = [w for w in words if w not in events]  # an event's name need not be said there
        words = [w for w in words if w not in ("milestone", "milestones")]  # its kind, not said
        return len(words) > 1 and not any(
            all(_word_in(w, fold(text).split()) for w in words) for text in texts
        )

    def _entity(self, request: Request) -> Ref | None:
        command = request.command
        kind = {"who": "person", "org": "organization", "event": "event", "stat": "statistic"}
        query = request.query or ""
        if command in kind and self.store.get(kind[command], query) is not None:
            return Ref(kind[command], query, self.lines.name(kind[command], query))
        if command == "timeline":
            for name in ("person", "organization", "event", "instrument", "topic", "statistic"):
                if self.store.get(name, query) is not None:
                    return Ref(name, query, self.lines.name(name, query))
        return None

    def _year(self, request: Request) -> int | None:
        if request.year is not None:
            return request.year
        years = self.q.year_values
        return years[-1] if years else None

    def refusal(self, why: str) -> Reply:
        """No answer: why, and commands that find the nearest facts the fact base holds."""
        tries: list[str] = []
        for mention in self.q.mentions:
            match = mention.best
            command = {"person": "who", "organization": "org", "event": "event"}.get(match.kind)
            if command:
                tries.append(f"cfacts {command} {quoted(self.lines.name(match.kind, match.id))}")
            else:
                tries.append(f"cfacts search {quoted(self.lines.name(match.kind, match.id))}")
        events = [e for e in self.store.all("event") if isinstance(e, Event)]
        for place in self.q.places:
            if any(_event_at(e, place.name) for e in events):  # `event` finds it by place
                tries.append(f"cfacts event {quoted(place.name)}")
        words = [w for w in self.q.words if w not in STOP and w not in GENERIC]
        if words and not self.q.mentions:
            query = " ".join(terms(" ".join(words)))
            if search(self.lookup, query, limit=1).results:  # what `cfacts search` finds
                tries.append(f"cfacts search {quoted(query)}")
        tries = list(dict.fromkeys(tries))[:4] or ["cfacts sources"]
        return Reply((), None, None, None, (why,), tuple(tries))

    # -- cues --------------------------------------------------------------------------------

    def _statement_cue(self, *, attribution: bool = True) -> bool:
        """Whether the question asks what was said: "who spoke at X" is a roster, "who spoke
        about X" a statement (``attribution``: "according to X" and "per X" count)."""
        words = self.q.words
        speakers = {m.start for m in self.q.mentions if m.kind in ("person", "organization")}
        if self._who_did():
            return False  # "who signed the MoU mentioned at the meeting": signing is asked
        scene = set(self.q.context)  # "Jiang Bo, who spoke on blockchain, is ...": a scene
        scene = set() if self._bare_ask() else scene  # "Someone said X. Who was it?": asked
        scene |= set(self._source_said())  # "the Shanghai article mentions": which article
        people = {j for m in self.q.of_kind("person") for j in m.span} | {-1}
        bodies = {j for m in self.q.of_kind("organization") for j in m.span}
        named = {
            j for m in self.q.mentions if len(m.span) > 1 and m.best.score >= NAMED for j in m.span
        }
        for i, w in enumerate(words):
            if i in scene and w not in ("according", "per"):  # "According to X, which ..."
                continue
            if i in named:  # "Beijing View Stock Pictures": a name, not a view
                continue
            if i and words[i - 1] in ("when", "while") and i - 1 != self.q.begins:
                continue  # "what company did X represent when discussing Y": a time, not asked
            if w in ("talks", "talk") and i and words[i - 1] in TALKS_HELD:
                continue  # "China's bilateral copyright talks with X": talks held, not said
            if w in ("ask", "asks", "asked") and i and words[i - 1] in ASKERS:
                continue  # "can you ask who spoke", "I want to ask": the reader asks
            if (
                w in ("called", "named") and "what" in words[:i] and i
                and (words[i - 1] not in PRONOUNS | STOP  # "what were they called": named
                     or words[i - 2 : i - 1] in (("was",), ("were",), ("is",), ("are",)))
                and words[i + 1 : i + 2] in ((), ("again",), ("now",), ("then",), ("exactly",))
            ):  # fmt: skip
                continue  # "what's the company called?": its name, not what was said
            asked_of_us = w in {"enumerate", "describe", "explain", "outline", "summarize"}
            if asked_of_us and ((i and words[i - 1] == "you") or i == self.q.begins):
                continue  # "could you enumerate the treaties", "Describe X": asked of us
            after = words[i + 1] if i + 1 < len(words) else ""
            be = i and words[i - 1] in ("was", "were", "been", "is", "are", "got", "get", "gets")
            passive = be and (after in ("as", "to") or w in ("listed", "named", "cited"))
            # "were said to have reached": what was reached, not what was said
            passive = passive or (i and words[i - 1] == "as")  # "as cited at the training"
            passive = passive or (  # "is Gao Yunfei listed as holding": his posts, not what
                w in ("listed", "named", "cited") and after == "as"  # he said (not "which
                and bool({"is", "was", "are", "were"} & set(words[max(0, i - 6) : i]))  # works
            )  # Liu Hua cited as examples": what she said)
            passive = passive or (  # "the MoU mentioned in Shanghai": what was said of
                w.endswith("ed")
                and after in ("in", "at", "during", "for")  # "cited by X": X said it
                and i - 1 not in people | bodies  # "X of CAVCA mentioned for": X said it
                and words[i - 1] not in SUBJECT_WORDS
                and words[i - 1] not in ROLE_TITLES | PEOPLE_NOUNS  # "what difficulties the
            )  # CAVCA director mentioned for collective management": the director said them
            if w in CLAIMED and self._number_cue():  # "what added value did they claim":
                continue  # a figure they reported
            if w in STATEMENT and w not in ROSTER and not passive:  # not "were listed as"
                return True
            titled = i and words[i - 1] in ROLE_TITLES | PEOPLE_NOUNS  # "the DDG credited"
            if w in PRAISE and (i - 1 in people or titled):  # "X praised China for backing"
                return True
            if w in _NAMED_BY_SPEAKER and i - 1 in people - {-1} and (
                w in ("named", "name", "names") or self.q.asked[:1] in (("which",), ("what",))
            ):  # fmt: skip
                return True  # "the projects Liu Hua named at the training", "which
                # platforms did Liu Hua present": what she said
            the = words[i + 2 : i + 3] == ("the",)  # "according to the APRA guy"
            if (w, after) == ("according", "to") and i + 2 + the in speakers and attribution:
                return True  # "according to X"
            if (w, after) == ("according", "to") and attribution and self._post_of_body_at(
                i + 2 + the, speakers
            ):
                return True  # "according to the Director of the WIPO Office in China"
            if w in ("brought", "bring", "brings") and after == "up":  # "who brought up X"
                return True
            if w in ("list", "name") and i and i - 1 in people:  # "what projects did Liu Hua list"
                return True
            if w == "per" and i + 1 in speakers and attribution:  # "..., per Liu Hua"
                return True
            behalf = words[i + 2 : i + 3] == ("behalf",)  # "lectured on behalf of CISAC"
            said = w in STATEMENT or w in SPOKE or w in LECTURE
            if said and after in ("about", "on") and not behalf:
                return True
            if (w in STATEMENT or w in SPOKE) and after in ("at", "during") and (
                "about" in words[i + 2 : i + 7]
            ):  # "who spoke at the opening ceremony about a shared future" (not "lectured at
                return True  # Xiamen about disputes": a lecturer, by the talk's subject)
            if (said or w in _ADDRESSING) and self._event_then_topic(i):
                return True  # "did X address the Chengdu forum on China's measures": what
        return False  # she said there

    def _post_of_body_at(self, j: int, bodies: set[int]) -> bool:
        """Whether the words from ``j`` are a post and the body it is of ("Director of the
        WIPO Office in China", "deputy director general of NCAC")."""
        words = self.q.words
        k = j
        while k < len(words) and words[k] in ROLE_TITLES | MODIFIERS:
            k += 1
        if k == j or words[k : k + 1] != ("of",):
            return False
        return k + 1 in bodies or (words[k + 1 : k + 2] == ("the",) and k + 2 in bodies)

    def _event_then_topic(self, i: int) -> bool:
        """Whether the word at ``i`` (a verb of speaking) is followed by the event it was said
        at and then "on" or "about" ("address the Chengdu forum on China's measures")."""
        words = self.q.words
        for m in self.q.of_kind("event"):
            if m.start in (i + 1, i + 2) and words[i + 1 : m.start] in ((), ("the",)):
                after = words[m.end : m.end + 1]
                return after in (("on",), ("about",)) and words[m.end + 1 : m.end + 2] != (
                    "behalf",
                )
        return False

    def asks_when(self) -> bool:
        """Whether the question asks when: a word for a date, or "when" that is not a clause
        of a question asking something else ("what was her title when she spoke at X")."""
        words = self.q.words
        if any(w in WHEN - {"when"} and i not in self.q.latest for i, w in enumerate(words)):
            return True  # not "these days": now
        scene = set(self.q.context)  # "X was DG when she addressed Y, correct?": a time
        return any(
            w == "when"
            and i >= self.q.begins
            and (i == self.q.begins or (self.q.asked[:1] not in WH_FIRST and i not in scene))
            for i, w in enumerate(words)
        )

    def _all_from_one(self, statistic: Statistic) -> tuple[list[AnswerLine], Request] | None:
        """Checks that a figure of two things together came all from one of them ("CAVCA's
        2024 revenue, all from karaoke?"): "No (our reading: ...)" with the figure and the
        part's own, if on record; None unless it asks so (yes or no with "all", "only",
        "alone" and the like, or "all from") and states no figure (one stated is checked)."""
        words = self.q.words
        if any(_stated_figure([w]) for w in words):
            return None
        if not self._one_of_joined(statistic):  # the part was found ("karaoke" named): its
            statistic = self._whole_of(statistic) or statistic  # whole is what is checked
            if not self._one_of_joined(statistic):
                return None
        every = ("all", "entirely", "wholly", "solely", "only", "just", *ALONE)
        all_from = any(words[i : i + 2] in (("all", "from"), ("entirely", "from"))
                       for i in range(len(words) - 1))  # fmt: skip
        if not (all_from or (self.asks_yes_no() and self.q.has(*every))):
            return None
        years = {str(y) for y in self.q.year_values}
        part = self._part_named(statistic)
        found = [
            [self.lines.observation(o) for o in self.rel.series(figure.id)
             if not years or (o.period or "")[:4] in years]
            for figure in (statistic, part) if figure is not None
        ]  # fmt: skip
        if not found[0]:  # the whole has no value in the years asked
            return None
        lines = [line for each in found for line in each]
        sources = statistic.label.split(" from ", 1)[-1]
        verdict = f"No (our reading: the record gives it as from {sources} together)"
        lines[0] = replace(lines[0], text=f"{verdict}: {lines[0].text}")
        self.use(range(len(words)))
        self.cues += ["statistic", "checked"]
        return lines, Request("stat", statistic.id)

    def _one_part_asked(self, line: AnswerLine) -> bool:
        """Whether a figure of two things together answers a question that asks for one of
        them alone ("from broadcasting rights alone"; `_one_of_joined`)."""
        if not self.q.has(*ALONE) or line.kind != "observation":
            return False
        observed = self.store.get("observation", line.id)
        figure = self.store.get("statistic", getattr(observed, "statistic", ""))
        return isinstance(figure, Statistic) and self._one_of_joined(figure)

    def _one_of_joined(self, figure: Statistic) -> bool:
        """Whether a figure of two things together ("revenue from karaoke and broadcasting
        rights") is asked for one of them: the one named, the other not, anywhere in a question
        saying "alone" ("from broadcasting rights alone"), else after "from" in the question
        proper ("how much did CAVCA get from the broadcasting rights"); never when a total is
        asked ("CAVCA earned a lot from karaoke. What was its total revenue?")."""
        joined = re.search(r"\bfrom (.+) and (.+)$", figure.label)
        alone = self.q.has(*ALONE)
        if joined is None or (not alone and self.q.has("total", "overall", "combined")):
            return False
        words = self.q.words
        context = set(self.q.context)  # not a tag's "right?" as "rights"
        if alone:
            asked = {w for i, w in enumerate(words) if i not in context}
        else:
            froms = [i for i, w in enumerate(words) if w == "from" and i not in context]
            at = next((i for i in froms if i >= self.q.begins), None)
            if at is None:
                return False
            asked = {w for i, w in enumerate(words) if i > at and i not in context}
        named = [
            any(same_word(w, x) for w in asked for x in fold(part).split() if x not in STOP)
            for part in joined.groups()
        ]
        return named.count(True) == 1

    def _asks_one_of(self) -> bool:
        """Whether the question asks which one person: "which of the experts", "which expert",
        "who specifically" (not "which experts", "who spoke")."""
        asked = self.q.asked
        if set(asked) & ONE_ASKED or tuple(asked[:2]) == ("which", "of"):
            return True
        return asked[:1] == ("which",) and any(
            w in ASKED_PEOPLE and not w.endswith("s") for w in asked[1:3]
        )

    def _listed_jointly(self, lines: Sequence[AnswerLine]) -> bool:
        """Whether every line is a talk at one event and all give the same topics: the article
        lists their subjects together, not who spoke on which."""
        talks = [self.store.get(x.kind, x.id) for x in lines if x.kind == "appearance"]
        if len(talks) < 2 or len(talks) != len(lines):
            return False
        shared = {(a.event, a.topics) for a in talks if isinstance(a, Appearance)}
        if len(shared) != 1 or not all(isinstance(a, Appearance) for a in talks):
            return False
        plain = STOP | ROSTER | set(EVENT_KIND_WORDS) | GENERIC  # "training opening": no
        subjects = {w for t in next(iter(shared))[1] for w in fold(t).split()} - plain  # subject
        return any(_word_in(w, subjects) for w in self.q.words if w not in plain)

    def _asks_person(self, *, proper: bool = False) -> bool:
        """Whether the question asks who: "who", "whom", or "which" before a word for people
        ("which officials", "which Tencent executive"), not "which film dispute did X cite";
        with `proper`, only as the question proper opens ("who spoke on ADR", not "talks with
        which partners": partners may be countries)."""
        if proper:
            opening = self.q.asked[:1]
            return opening in (("who",), ("whom",)) or (
                opening == ("which",)
                and any(_a_person(w) and w not in NOT_ONLY_PEOPLE for w in self.q.asked[1:5])
            )
        words = self.q.words
        if self.q.has("who", "whom"):
            return True
        names = {i for m in self.q.of_kind("person", "organization") for i in m.span}
        for i, w in enumerate(words):
            if w != "which":
                continue
            after = [j for j in range(i + 1, min(i + 4, len(words))) if j not in names]
            if any(_a_person(words[j]) for j in after[:2]):
                return True
            if not after or any(j in names for j in range(i + 1, min(i + 3, len(words)))):
                return True  # "which NCAC official", "which of them"
        return False

    def _asks_instrument(self) -> bool:
        """Whether the question asks which treaty, agreement, memorandum or law ("what treaty
        resulted from ..."): only such a record answers it."""
        words = self.q.words
        return any(
            w in ("what", "which") and words[i + 1] in INSTRUMENT_WORDS
            for i, w in enumerate(words[:-1])
        )

    def _who_did(self) -> bool:
        """Whether the question asks who did something other than say, speak or take part
        ("who signed the memorandum", "who organized ..."): "who" then a past-tense verb."""
        words = self.q.asked
        person = next(
            (j for j in range(1, 4) if words[j : j + 1] and words[j] in PEOPLE_NOUNS | ROLE_TITLES),
            None,
        )
        if words[:1] == ("which",) and person and set(words[1:person]) <= _DEMONYMS_ASKED:
            words = ("who", *words[person + 1 :])  # "which official signed the memorandum",
            # "which Chinese official signed the Beijing Treaty" (not "which WIPO official
            # praised ...", whose speaker a statement names)
        if len(words) < 2 or words[0] != "who":
            return False
        if words[1] in _WHO_ADVERBS and len(words) > 2:  # "who actually signed it"
            words = (words[0], *words[2:])
        said = STATEMENT | SPOKE | LECTURE | ROSTER
        if words[1] in ("has", "have", "had") and len(words) > 2:  # "who has signed it"
            words = (words[0], *words[2:])
            done = next(  # the last: German puts the participle at the clause's end
                (w for w in reversed(words[1:_PERFECT_REACH]) if w.endswith("ed")), None
            )  # ("Who has ... a labelling system for AI generated works proposed?")
            if done is not None and not words[1].endswith("ed") and done not in said | STOP:
                words = (words[0], done)  # "Who has the 2015 Memorandum ... signed": German
        return words[1].endswith("ed") and words[1] not in said and words[1] not in STOP

    def _months_stated(self) -> dict[int, int]:
        """The months the question proper states, by position, each with its number ("in
        September", "last October"); "may" only beside a day, a year or "in", "of", "early"
        ("in May 2024", not "may I ask"); none after "not"."""
        words = self.q.words
        scene = set(self.q.context)
        found: dict[int, int] = {}
        for i, w in enumerate(words):
            if w not in MONTHS or i in scene or (i and words[i - 1] in _NOT_A_MONTH_ASKED):
                continue  # "not in June"; "the March 2025 roundtable": a name
            if set(words[i + 1 : i + 4]) & set(EVENT_KIND_WORDS):
                continue  # "at the December 2019 Chengdu forum": which event
            if w == "may":
                before = words[i - 1] if i else ""
                after = words[i + 1] if i + 1 < len(words) else ""
                dated = after.isdigit() or before.isdigit()
                if not dated and before not in ("in", "of", "early", "late", "mid", "since"):
                    continue
            found[i] = MONTH_NAMES.index(w.title()) + 1
        return found

    def _month_unconfirmed(self, line: AnswerLine, months: dict[int, int]) -> str:
        """Why a line does not confirm the month asked: its date on record is less precise."""
        said = _months_said(months)
        start, _ = self._dates_of(line)
        given = f" (only {start})" if start else ""
        return f"no date on record{given} says it was in {said}"

    def _months_of(self, line: AnswerLine) -> set[int] | None:
        """The months (by number) an event's, an appearance's event's, a step's or a
        statement's dates fall in; None when the fact has no date as precise as a month."""
        start, end = self._dates_of(line)
        if not start or len(start) < len("2023-10") or not start[5:7].isdigit():
            return None
        last = end if end and len(end) >= len("2023-10") and end[5:7].isdigit() else start
        first_month = int(start[:4]) * 12 + int(start[5:7]) - 1
        last_month = max(first_month, int(last[:4]) * 12 + int(last[5:7]) - 1)
        return {m % 12 + 1 for m in range(first_month, last_month + 1)}

    def _part_of_month(
        self, lines: list[AnswerLine], months: dict[int, int]
    ) -> list[AnswerLine] | None:
        """A check of the part of a month ("was it in early December?", "mid-July"): the
        first line's days against that part (days 1 to 10 early, 11 to 20 mid, 21 on late),
        "No (our reading: ...)" when none falls in it; None when no part is stated, the
        question checks nothing or the line has no day on record (its words are then left)."""
        words = self.q.words
        parts = [(i, words[i - 1]) for i in months if i and words[i - 1] in MONTH_PARTS]
        if len(parts) != 1 or not lines or not (self.asks_yes_no() or self._checking()):
            return None
        at, part = parts[0]
        start, end = self._dates_of(lines[0])
        if not start or len(start) != len("2023-10-16"):
            return None
        last = end if end and len(end) == len(start) and end[:7] == start[:7] else start
        low, high = MONTH_PARTS[part]
        days = range(int(start[8:]), int(last[8:]) + 1)
        self.use([at - 1])
        if any(low <= d <= high for d in days):
            return lines
        when = self._span_of(lines[0]) or start
        said = f"{part} {MONTH_NAMES[months[at] - 1]}"
        plain = _unjudged(lines[0].text)
        return [replace(lines[0], text=f"No (our reading: {when}, not {said}): {plain}")]

    def _dates_of(self, line: AnswerLine) -> tuple[str | None, str | None]:
        """The start and end of the dates a line's fact is of (an event's, an appearance's
        event's), or its one date (a step's, a statement's); (None, None) for others."""
        record = self.store.get(line.kind, line.id)
        if isinstance(record, Appearance):
            record = self.rel.event(record.event)
        if isinstance(record, Event):
            return record.start, record.end
        if isinstance(record, Role):  # "as of July 2021": the date a post is reported for
            return record.as_of, record.as_of
        if isinstance(record, (Milestone, Claim)):
            return record.date, record.date
        return None, None

    def _span_of(self, line: AnswerLine) -> str | None:
        """A line's dates as a reader writes them ("held October 16 to 18, 2023")."""
        start, end = self._dates_of(line)
        when = in_words(start, end)
        return f"held {when}" if when else None

    def _absent(self, event: Event) -> None:
        """Refuses a check that one person named took part in an event whose article does not
        name them, saying where they are on record: an article's silence is no proof of
        absence, so never "No" ("did Gao Hang address the Xiamen training?")."""
        scene = set(self.q.context)
        people = {m.best.id for m in self.mentioned("person") if m.start not in scene}
        if len(people) != 1 or not (self.asks_yes_no() or self._checking()):
            return
        person = next(iter(people))
        seen = [self.rel.event(a.event) for a in self.rel.appearances_of_person(person)]
        if not seen or any(e is not None and e.id == event.id for e in seen):
            return
        name = self.lines.name("person", person)
        where = "; the ".join(e.name for e in seen if e is not None)
        raise Refused(
            f"{name} is on record at the {where}; the article on the {event.name} does not "
            "name them"
        )

    def _held_at_body(self) -> bool:
        """Whether the question asks if an event took place at a body's premises ("held at
        the WIPO office", "hosted in NCAC's building"): a venue, not its people there."""
        words = self.q.words
        bodies = {m.start for m in self.mentioned("organization")}
        for i, w in enumerate(words[:-1]):
            if w not in _HELD_AT or words[i + 1] not in ("at", "in", "inside"):
                continue
            j = i + 2 + (words[i + 2 : i + 3] in (("the",), ("its",)))
            if j in bodies:
                return True
        return False

    def _venue_asked(self) -> bool:
        """Whether the question proper asks for a place finer than a city ("which hotel",
        "what building or hall"), not one as well ("venue city") nor a word that only looks
        like one ("building big data platforms"); a bare "venue" asks where (`where`)."""
        words = self.q.words
        if set(words) & {"city", "cities", "town", "province", "country"}:
            return False
        scene = set(self.q.context)
        for i, w in enumerate(words):
            if w not in VENUES or i in scene:
                continue
            before = words[max(0, i - 2) : i]
            if {"which", "what"} & set(before):
                return True
            if before[-1:] == ("or",) and i >= 2 and words[i - 2] in VENUES:
                return True
        return False

    def _where_cue(self) -> bool:
        """Whether the question asks where: "where", "which city", "in what country"."""
        words = self.q.words
        spans = {i for m in self.q.mentions for i in m.span}
        placed = ("location", "venue", "venues")  # "roundtable March 13 2025 location"
        if any(w in placed and i not in spans for i, w in enumerate(words)) or self._venue_asked():
            return True
        last = len(words) - 1  # "2021 copyright overseas risk training city"
        if last > 0 and words[last] in ("city", "country") and last not in spans:
            return True
        if words[:2] in (("city", "for"), ("city", "of"), ("country", "of"), ("country", "for")):
            return True  # "city for the 2021 edition of the training?"
        starts = {p.start for p in self.q.places}  # "which part of Chengdu was it in"
        if any(_a_spot_in(words[i - 3 : i]) for i in starts if i >= 3):
            return True
        scene = set(self.q.context)  # "I never understood where my royalties came from, so:
        asked = self.q.asked[:1] in (("which",), ("what",), ("who",), ("how",))  # "which
        relative = {  # treaties were mentioned in the news where WIPO and NCAC cooperated":
            i for i, w in enumerate(words)  # "where" right after a noun (no comma between),
            if w == "where" and asked and i > self.q.begins + 1  # when another word asks;
            and words[i - 1] not in STOP | _PLACE_NOUNS | {"and", "or", "exactly", "precisely"}
            and re.search(rf"(?i)\b{re.escape(words[i - 1])}\s+where\b", self.q.text[:_PATTERN_MAX])
        }  # fmt: skip  # not "the city where it was held", "which organisation, where based"
        return (  # how much did MCSC bring in": not asked
            any(w in ("where", "whereabouts") and i not in scene and i not in relative
                for i, w in enumerate(words))
            or any(  # "which city", "which Chinese city"
                w in ("city", "country", "place", "location")
                and i not in spans
                and i > 0
                and ({"which", "what"} & set(words[max(0, i - 2) : i]))
                for i, w in enumerate(words)
            )
        )

    def _number_cue(self) -> bool:
        q = self.q
        if _thresholds(q.text):  # "more than 100 people"
            return True
        if q.has("how") and q.has("much", "many", "fast", "quickly", "big", "large"):
            return True
        if q.has(*CURRENCY_WORDS):  # "what did it add to the economy in yuan"
            return True
        if re.search(r"(?i)\ban?\s+(?:million|billion|trillion)\b", q.text[:_PATTERN_MAX]):
            return True  # "topped a billion yuan in 2018?": a figure stated in words
        stated = (  # "were 200,000 works registered in Sichuan in 2018?": a large figure
            m  # stated to check
            for m in _figures_stated(q.text)
            if not _a_year(m)
        )
        if (self._checking() or self.asks_yes_no()) and any(
            m.group("scale")
            or float(m.group("number").replace(",", "")) >= 1000
            or self._counts_unit(q.text[m.end() :])
            for m in stated
        ):
            return True  # "30 countries had ratified the Beijing Treaty, right?": a count of a
        words = q.words  # statistic's own unit
        if q.has("threshold") or any(  # "what mark did it pass", "which milestone"
            w in ("mark", "milestone") and words[i - 1] in ("what", "which")
            for i, w in enumerate(words)
            if i
        ):
            return True
        passed = {"exceed", "exceeded", "exceeds", "surpass", "surpassed", "top", "topped"}
        if q.asked[:1] == ("what",) and q.has(*passed):  # "what did trading exceed in 2018"
            return True
        came_to = any(  # "what did Sichuan's trading come to in 2019": how much
            w in ("come", "came", "comes") and words[i + 1 : i + 2] == ("to",)
            for i, w in enumerate(words)
        )
        if q.asked[:1] == ("what",) and came_to:
            return True
        if q.asked[:1] == ("what",) and q.has("make", "makes") and self.mentioned("organization"):
            return True  # "what'd MCSC make last year": its takings
        if self._total_asked():  # "what was CAVCA's total in 2024": a figure asked
            return True
        if self._bare_year_asked():  # "Zhou Qing gave Sichuan's trading for 2018. What was it
            return True  # in 2019?": the scene's figure, another year
        taking_part = {i for i, w in enumerate(words) if words[i + 1 : i + 2] == ("part",)}
        taking_part |= {  # "which big international orgs": a size said of a noun, not asked
            i for i, w in enumerate(words)
            if w in ("big", "large") and i and words[i - 1] in _BEFORE_SIZE
        }  # fmt: skip
        return bool(  # "take part" is no takings
            {w for i, w in enumerate(words) if i not in taking_part}
            & (NUMBER - {"how", "much", "many", "total"})
        )

    def _bare_year_asked(self) -> bool:
        """Whether the question proper asks only "what was it in 2019?" of a figure the
        scene before it names (a statistic found by the scene's words)."""
        q = self.q
        proper = [i for i in range(q.begins, len(q.words)) if i not in q.context]
        years = {i for i, _ in q.years}
        bare = STOP | PRONOUNS | {"it", "that", "this", "figure", "number", "about", "and"}
        return (
            q.begins > 0
            and any(i in years for i in proper)
            and all(i in years or q.words[i] in bare for i in proper)
            and any(i in years for i in q.context)  # the scene dates its figure
            and self._statistic() is not None
        )

    def _counts_unit(self, after: str) -> bool:
        """Whether the words after a stated number name what a statistic counts ("30
        countries", "15,000 members"): a count to check, however small."""
        said = words_of(after[:60])[:3]  # "12 international copyright treaties"
        if not said or said[0] in ("percent", "cny"):
            return False
        return any(
            isinstance(s, Statistic) and any(same_word(s.unit, w) for w in said)
            for s in self.store.all("statistic")
        )

    def _total_asked(self) -> bool:
        """Whether "total" is asked as a noun ("what was CAVCA's total in 2024"), not as a
        figure's frame ("in total", "a total of") or a word before its noun."""
        words = self.q.words
        return any(
            w == "total"
            and (i + 1 == len(words) or words[i + 1] in _AFTER_TOTAL or _a_year_word(words[i + 1]))
            and i
            and words[i - 1] not in ("in", "a")
            for i, w in enumerate(words)
        )

    def _how_long(self) -> bool:
        words = self.q.words
        return any(
            words[i] == "how"
            and (words[i + 1] == "long" or words[i + 1 : i + 3] == ("many", "days"))
            for i in range(len(words) - 1)
        )

    def _asks_year(self) -> bool:
        """Whether the question asks a year: "what year", "which years", or a bare "year WIPO
        signed the memorandum" (a year as the first word, then a verb in the past)."""
        words = self.q.words
        bare = words[:1] in (("year",), ("date",)) and any(w.endswith("ed") for w in words[1:4])
        return bare or any(
            words[i] in ("what", "which") and words[i + 1] in ("year", "years")
            for i in range(len(words) - 1)
        )

    # -- constraints -------------------------------------------------------------------------

    def mentioned(self, kind: str) -> list[Mention]:
        """Mentions whose best candidate is of a kind."""
        return self.q.of_kind(kind)

    def events(self) -> list[Event]:
        """The events the question names, by name or by facets (city, year, kind, words of
        its name), every year and place it names holding for each; [] when it names none. A
        name that fits no event in the year or place asked stands for the words of the name
        ("the 2019 copyright forum" is the Chengdu forum, not the undated one of that name)."""
        q = self.q
        named = self.mentioned("event")
        kinds = {w: i for i, w in enumerate(q.words) if w in EVENT_KIND_WORDS}
        figures = self._figure_years()  # "who gave the Sichuan 2018 numbers at the forum":
        years = [y for y in q.year_values if y not in figures]  # 2018 dates the numbers
        every = [e for e in self.store.all("event") if isinstance(e, Event)]
        other = self._years_elsewhere()

        people_of = self._people_places()  # "an Italian academic": not where the event was
        if q.begins and len(q.words) == len(words_of(q.text)):  # "I was in Beijing for the
            people_of |= set(told_of_asker(q.text))  # conference. When was it?": the asker's
        where = [p for p in q.places if p.start not in people_of]
        where = [  # "what did Yu Cike say about Sichuan": a topic, not where he said it
            p for p in where
            if q.words[p.start - 1 : p.start] not in (("about",), ("regarding",), ("concerning",))
        ]
        where = [  # "the conference mentioned in the Shanghai article": the article's place
            p for p in where if not (q.words[p.end : p.end + 1] and q.words[p.end] in SOURCE_NOUNS)
        ]
        firms = self._body_place_words()
        where = [  # "for which association in Sydney": where the body is, not the event
            p for p in where
            if not (p.start > 1 and q.words[p.start - 2 : p.start] in _BODY_IN)
            and p.start not in firms  # "the shanghai tech company CEO"
        ]  # fmt: skip
        if not named and kinds:  # "those Sichuan figures at the forum": what the figures are
            where = [  # of; "the Xiamen training", "the training in Xiamen": where it was
                p
                for p in where
                if (p.start and q.words[p.start - 1] in ("in", "at", "from"))
                or any(0 <= k - p.end <= 2 for k in kinds.values())
                or (p.start > 1 and q.words[p.start - 1] == "of" and p.start - 2 in kinds.values())
                # "the forum of Chengdu": where it was
            ]
        if named:  # a named event is located only by "in/at PLACE" ("the Sichuan official")
            where = [  # or by a place just before its name ("the Xiamen overseas risk training")
                p
                for p in where
                if (p.start and q.words[p.start - 1] in ("in", "at"))
                or any(p.end == m.start for m in named)
            ]

        def fits(event: Event, words: Sequence[str] = (), *, kind: bool = True) -> bool:
            if years and not any(self._dated_in(event, y) for y in years):
                return False
            if where and not all(self._event_at(event, p.name) for p in where):
                return False
            if kind and kinds and not any(_of_kind(event, EVENT_KIND_WORDS[w]) for w in kinds):
                return False
            own = self._event_words(event)
            return all(any(same_word(w, x) for x in own) for w in words)

        if named and q.begins and named[0].end <= q.begins:  # "X addressed the 2021 Xiamen
            proper = [m for m in named if m.start >= q.begins]  # training - was she at the
            scene_ids = {rid for m in named for rid in m.ids("event")}  # 2023 Shanghai one?":
            asks = any(i >= q.begins for i, _ in q.years) or any(p.start >= q.begins for p in where)
            if proper or (  # the one asked, not the scene's, its name and year accounted for
                asks and not any(fits(e, kind=False) for e in every if e.id in scene_ids)
            ):  # as the scene's
                scene = {i for m in named if m.end <= q.begins for i in m.span}
                self.use(scene | {i for i, _ in q.years if i < q.begins})
                years = [y for i, y in q.years if i >= q.begins and y not in figures] or years
                named = proper
        spans = {i for m in named for i in m.span}
        if named:
            ids = [rid for m in named for rid in m.ids("event")]
            kept = [e for e in every if e.id in ids and fits(e, kind=False)]
            if not kept and other:
                years = [y for y in years if y not in other]
                kept = [e for e in every if e.id in ids and fits(e, kind=False)]
            if not kept:
                words = [q.words[i] for i in sorted(spans) if q.words[i] not in STOP]
                kept = [e for e in every if fits(e, words, kind=False)]
            own = {  # "at the Chengdu forum vs at the 2023 Shanghai training": 2023 is the
                m.start: [y for i, y in q.years if y in years and 0 < m.start - i <= 2]  # one
                for m in named  # after it's, not the forum's
            }
            if self._joined(named) and any(own.values()):
                asked, shared = years, [y for y in years if all(y not in v for v in own.values())]
                each: list[Event] = []
                for m in named:
                    years = own[m.start] or shared
                    each += [e for e in every if e.id in m.ids("event") and fits(e, kind=False)]
                years = asked
                kept = list(dict.fromkeys(each)) or kept
        elif kinds or q.places:
            kept = [e for e in every if fits(e)]
        else:
            return []
        if kept:
            self.use(spans)
            self.use(kinds.values())
            self.use(i for p in where for i in p.span)
        if len(kept) == 1:  # "the roundtable about copyright and AI in 2025": its theme, as
            self.use(self._themed(kept[0], whole=True))  # our summary of it gives it whole
        return kept

    def _joined(self, named: Sequence[Mention]) -> bool:
        """Whether several things named are asked about alike ("at the Chengdu forum vs at the
        2023 Shanghai training", "A and B"), not one of the other ("the mobilization meeting
        of the Shanghai training")."""
        return len(named) > 1 and all(
            set(self.q.words[a.end : b.start]) & {"and", "or", "versus", "than", "compared"}
            for a, b in pairwise(named)
        )

    def _dated_in(self, event: Event, year: int) -> bool:
        """Whether an event was in a year: its own dates, else, undated, those of the event it
        was part of (the mobilization meeting of the 2023 training)."""
        whole = self.store.get("event", event.during) if event.during and not event.start else None
        return _in_year(whole if isinstance(whole, Event) else event, year)

    def _measured_in(self, statistic: Statistic, place: Place) -> bool:
        """Whether a place is where what a statistic measures happened ("works registered in
        Chengdu"), not where it was reported: a verb of its measure, then "in", before it."""
        before = self.q.words[max(0, place.start - 2) : place.start]
        if len(before) < 2 or before[1] != "in" or not before[0].endswith("ed"):
            return False
        return _word_in(before[0], self._measure_words(statistic))

    def _event_place(self, place: Place) -> bool:
        """Whether a place names where an event named is ("at the time of the Chengdu Belt and
        Road forum"), not what a figure is of: inside the event's name or just before it."""
        events = self.mentioned("event")
        if any(set(place.span) & set(m.span) or place.end == m.start for m in events):
            return True
        words = self.q.words  # "at the Sichuan forum", "the forum in Sichuan": a kind of event
        after = words[place.end : place.end + 1]  # named by its place
        before = words[max(0, place.start - 2) : place.start]
        return (bool(after) and after[0] in EVENT_KIND_WORDS) or (
            len(before) == 2 and before[0] in EVENT_KIND_WORDS and before[1] in ("in", "at")
        )

    def _figure_years(self) -> list[int]:
        """Years that date figures, not an event ("the Sichuan 2018 copyright numbers", "the
        2018 trading and registration numbers"): a year followed within five words by a word
        for figures, with no kind of event between."""
        words = self.q.words
        found = []
        labels = {  # "NCAC figures at the roundtable: registrations 2024": the registrations'
            w for s in self.store.all("statistic") if isinstance(s, Statistic)  # year
            for w in fold(s.label).split() if w not in STOP
        }  # fmt: skip
        for i, y in self.q.years:
            ahead = list(takewhile(lambda w: w not in EVENT_KIND_WORDS, words[i + 1 : i + 6]))
            after_label = bool(i) and words[i - 1] in labels and bool(self.mentioned("event"))
            if set(ahead) & FIGURE_NOUNS or after_label:  # a word for figures before any
                found.append(y)  # kind of event, or a figure's word before it
        begins = self.q.begins  # "MCSC's membership went past 20,000 in 2024. Is that what
        scene_events = any(w in EVENT_KIND_WORDS for w in words[:begins])  # was said at the
        if begins and not scene_events and set(words[begins:]) & set(EVENT_KIND_WORDS):
            found += [y for i, y in self.q.years if i < begins]  # roundtable?": the year of
        return found  # what the scene says, not of the event asked

    def _years_elsewhere(self) -> list[int]:
        """Years that date another event than the one named ("the Central Conference whose
        instruction the 2023 training set out to implement"): a year just before a kind of
        event outside the named event's name."""
        named = {i for m in self.mentioned("event") for i in m.span}
        return self._years_before(set(EVENT_KIND_WORDS), skip=named) if named else []

    def _years_before(self, kinds: set[str], skip: Collection[int] = ()) -> list[int]:
        """The years named just before (within two words) one of the words, not at ``skip``:
        "the 2023 training", "the 2019 interview"."""
        words = self.q.words
        return [
            y
            for i, y in self.q.years
            if any(j < len(words) and words[j] in kinds and j not in skip for j in (i + 1, i + 2))
        ]

    def _event_at(self, event: Event, place: str) -> bool:
        """Whether an event was held in a place, or organized by the country of that name
        ("when did China co-organise the diplomatic conference")."""
        if _event_at(event, place):
            return True
        return any(
            fold(self.lines.name("organization", o)) == fold(place) for o in event.organizers
        )

    def _themed(self, event: Event, *, whole: bool = False) -> set[int]:
        """The words after an event's kind and "on", "about" or "with" that our summary of it
        holds, or that name a kind of body ("the roundtable on AI challenges was in Shanghai",
        "... with all the collecting societies"): what it was, not a claim checked. With
        ``whole``, none unless every word of a theme after "on", "about" or "themed" is held
        ("the forum about advancing cooperation along the Belt and Road": not all of it)."""
        words = self.q.words
        missed = False
        said = fold(event.summary or "").split()
        kinds = {i for p in self.q.kinds for i in p.span}  # "with all the collecting
        out: set[int] = set()  # societies": who took part, by their kind
        for k, w in enumerate(words[:-1]):
            if w in EVENT_KIND_WORDS:  # "the AI copyright roundtable": its theme before it
                for i in range(k - 1, -1, -1):
                    if words[i] in STOP or words[i] in YES_NO:
                        break
                    topics = [m for m in self.q.mentions if i in m.span and m.kind == "topic"]
                    name = fold(self.lines.name("topic", topics[0].best.id)) if topics else ""
                    if _word_in(words[i], said) or (name and name in " ".join(said)):
                        out.add(i)
            if w not in EVENT_KIND_WORDS or words[k + 1] not in ("on", "about", "themed", "with"):
                continue
            for i in range(k + 2, len(words)):
                if words[i] in YES_NO | {"in", "at", "held", "took", "happened", "hosted"}:
                    break
                topics = [m for m in self.q.mentions if i in m.span and m.kind == "topic"]
                name = fold(self.lines.name("topic", topics[0].best.id)) if topics else ""
                if _word_in(words[i], said) or (name and name in " ".join(said)) or i in kinds:
                    out.add(i)
                elif words[i] not in STOP and words[k + 1] != "with":
                    missed = True
        return set() if whole and missed else out

    def _event_words(self, event: Event) -> list[str]:
        texts = [event.name, *event.aliases, vocabulary_words(event.kind)]
        texts += [x for x in (event.city, event.region, event.country) if x]
        for org in event.organizers:
            texts += self._names_of(org)
        return fold(" ; ".join(texts)).split()

    def _named_events(self) -> list[Event]:
        """The events a question names by name, kind or place ([] when it names none); a
        year alone names no event."""
        q = self.q
        if not (self.mentioned("event") or q.places or q.has(*EVENT_KIND_WORDS)):
            return []
        events = self.events()
        if not events and (self.mentioned("event") or q.has(*EVENT_KIND_WORDS)):
            raise Refused("no event on record fits every year and place named")
        countries = all(p.country is None for p in q.places)  # "what does China say it
        if (
            countries
            and len(events) > 2
            and not (  # supports": a country most events are in
                self.mentioned("event") or q.has(*EVENT_KIND_WORDS)  # names none of them
            )
        ):
            return []
        return events

    def one_event(self, *, speakers: bool = False) -> Event | None:
        """The one event the question names (None: none); several left after the
        constraints are narrowed to those with speakers (``speakers``), else refused."""
        events = self.events()
        words = self.q.words
        asked_kinds = {  # "X cites the Central Conference. What date was that conference?"
            EVENT_KIND_WORDS[w]
            for i, w in enumerate(words)
            if i >= self.q.begins > 0 and w in EVENT_KIND_WORDS and words[i - 1] in DEMONSTRATIVE
        }
        if len(events) > 1 and asked_kinds:
            events = [e for e in events if any(_of_kind(e, k) for k in asked_kinds)] or events
        if not events:
            if self.mentioned("event") or (
                self.q.has(*EVENT_KIND_WORDS) and (self.q.years or self.q.places)
            ):
                raise Refused("no event on record fits every year and place named")
            return None
        named = self.mentioned("event")
        if (
            len(events) > 1
            and len(named) > 1
            and all(len(m.ids("event")) == 1 for m in named)
            and not self._joined(named)  # not "at the Chengdu forum vs at the Shanghai one"
        ):
            # "the mobilization meeting of the Shanghai training": the first named is asked about
            first = named[0].ids("event")[0]
            events = [e for e in events if e.id == first] or events
        if len(events) > 1 and speakers:  # (not the whole's, when its part is named first)
            events = [e for e in events if self.rel.speakers(e.id)] or events
        if len(events) > 1:  # an event and one held during it: the whole, unless the part's
            ids = {e.id for e in events}  # kind is named ("the 2023 training's meeting")
            kinds = {EVENT_KIND_WORDS[w] for w in self.q.words if w in EVENT_KIND_WORDS}
            wholes = [e for e in events if not (e.during in ids and not _kinds_name(e, kinds))]
            events = wholes or events
        apart = len(named) > 1 and not set.intersection(*(set(m.ids("event")) for m in named))
        if len(events) > 1 and named and not apart:  # "the belt and road intl forum": the
            events = self._best_named(events) or events  # best-covered name (not of two named)
        if len(events) > 1 and not named and not self.q.has(*EVENT_KIND_WORDS):
            return None  # a place alone ("China") names no one event
        parties = {m.best.id for m in self.q.mentions if m.kind in ("person", "organization")}
        if len(events) > 1 and parties and not apart:  # "who at the forum warned ... - the CEO of
            at = [  # Shanghai Firstbrave?": the one forum someone named spoke at
                e
                for e in events
                if any(
                    a.person in parties or self._speaker_org(a) in parties
                    for a in self.rel.speakers(e.id)
                )
            ]
            events = at if len(at) == 1 else events
        if len(events) > 1 and self.q.places:  # "which Shanghai official addressed the
            here = [e for e in events if any(self._event_at(e, p.name) for p in self.q.places)]
            events = here if len(here) == 1 else events  # training": the one held there
        if len(events) > 1 and (self.q.has(*FIGURE_NOUNS) or self._how_many()):  # "who gave
            told = [e for e in events if self._figures_named_at(e)]  # the Sichuan 2018 numbers
            events = told if len(told) == 1 else events  # at the forum": where they were given
        if len(events) > 1 and self.mentioned("instrument"):  # "at what conference was the
            told = [e for e in events if self._tells_of_instrument(e)]  # Beijing Treaty
            events = told if len(told) == 1 else events  # adopted": the one our summary of
        if len(events) > 1 and self._how_many() and self.q.has(*ATTENDING):  # "how many
            counted = [e for e in events if e.attendance is not None]  # guests were at the
            events = counted if len(counted) == 1 else events  # forum": the one with a count
        opening = self.q.has("first", "1st") and self.q.has(*TALK_NOUNS, *LECTURE, *SPEAKER_NOUNS)
        if len(events) > 1 and opening:  # "who gave the first lecture at the training?": the one
            told = [  # training whose record has a first lecture
                e for e in events
                if any(self.holds("appearance", a.id, "first") for a in self.rel.speakers(e.id))
            ]  # fmt: skip
            events = told if len(told) == 1 else events
        if len(events) > 1 and self._only_events_asked():  # "when were the trainings?":
            return None  # each of them (`event_list`)
        if len(events) > 1:  # it names it in
            names = "; ".join(e.name for e in events[:4])
            raise Refused(f"it names several events ({names}); name one")
        return events[0]

    def _tells_of_instrument(self, event: Event) -> bool:
        """Whether an event's name or our summary of it names an instrument the question
        names, by its name or an alias."""
        said = f" {fold(' '.join((event.name, event.summary or '')))} "
        for m in self.mentioned("instrument"):
            for rid in m.ids("instrument"):
                record = self.store.get("instrument", rid)
                if isinstance(record, Instrument) and any(
                    f" {fold(name)} " in said for name in (record.name, *record.aliases)
                ):
                    return True
        return False

    def _figures_named_at(self, event: Event) -> bool:
        """Whether a figure reported at an event is named by the question: two words of its
        label beyond the common ones ("Sichuan ... trading" of "Copyright trading in Sichuan
        Province")."""
        asked = set(self.q.words) - STOP - _COMMON_LABEL_WORDS
        for o in self.rel.reported_at(event.id):
            stat = self.store.get("statistic", o.statistic)
            if isinstance(stat, Statistic) and len(set(fold(stat.label).split()) & asked) >= 2:
                return True
        return False

    def holders_at_events(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "who was Director General of the Copyright Department at the Chengdu forum,
        versus at the 2023 Shanghai training", "who headed it at A and at B": at each event
        named, whoever was there holding the title asked (at the organization named, if
        one is); refused when an event has no one holding it."""
        q = self.q
        same = q.has("same", "identical") and (  # "was it the same person heading X", "X
            q.opens_yes_no or bool({"same", "identical"} & set(q.asked))  # named at A and at
        )  # B - same person?"
        asks = q.asked[:1] in (("who",), ("whom",), ("which",)) or same
        if not asks or self.mentioned("person"):
            return None
        every = q.has("both", "each", "all") or q.asked[:1] == ("which",)  # "which deputy DG
        titles = [i for i, w in enumerate(q.words) if w in ROLE_TITLES]  # appears at both"
        leads = self._leads()
        if not titles and not leads:
            return None
        kinds = [i for i, w in enumerate(q.words) if w in EVENT_KIND_WORDS]
        used = set(self.used)
        events = self._each_event_named(kinds)
        anchors = sorted(set(self.used) - used)
        joints = {"and", "vs", "versus", "compared", "or", "both", "each"} | (
            {"as"} if same else set()  # "the same person as at the 2023 Shanghai training"
        )
        joined = anchors and joints & set(
            q.words[anchors[0] : anchors[-1]]
        )  # "at the Chengdu forum, versus at the Shanghai training": not "a Shanghai founder
        if len(events) < 2 or not joined:  # warned in Chengdu"
            self.used = used
            return None
        wanted: set[str] = set()
        for i in titles:
            wanted.update(TITLE_SYNONYMS.get(q.words[i], (q.words[i],)))
        orgs = self.mentioned("organization")
        family = {u for m in orgs for rid in m.ids("organization") for u in self.org_family(rid)}

        def fits(role: Role) -> bool:
            title = set(fold(role.title).split())
            if wanted and not wanted <= title:
                return False
            if not wanted and fold(role.title) not in TOP_TITLES:
                return False  # "who headed it": the top post
            if family and role.organization not in family:
                return False
            return title & MODIFIERS <= wanted

        at = [[a for a in self.rel.speakers(e.id) if any(fits(r) for r in self.rel.roles_for(a))]
              for e in events]  # fmt: skip
        what = " ".join(q.words[i] for i in titles) or "head"
        common = set.intersection(*({a.person for a in there} for there in at))
        same = same and all(at)  # "was it the same person heading X at A and at B?"
        if every and not same:  # the one person there at each event
            at = [[a for a in there if a.person in common] for there in at]
        for event, there in zip(events, at, strict=True):
            if not there:
                raise Refused(f"no {what} of the organization named is on record at the "
                              f"{event.name}" + (" and the others" if every else ""))  # fmt: skip
        lines = [self.lines.appearance(a) for there in at for a in there]
        if same:
            verdict = "Yes, the same person" if common else "No, not the same person"
            lines[0] = replace(lines[0], text=f"{verdict} (our reading): {lines[0].text}")
        self.use([*titles, *leads, *kinds])
        self.use(i for m in orgs for i in m.span)
        self.use_words({"who", "whom", "was", "were", "is", "the", "at", "and", "versus", "vs"})
        self.use_words({"compared", "named", "listed", "then", "of", "in", "both", "each", "all"})
        self.use_words({"it", "same", "person", "one", "identical"})
        self.use_words(
            ATTENDANCE | ROSTER | {"appears", "appear", "appeared", "shows", "that", "up"}
        )
        self.cues.append("holders at each event")
        return lines, Request("event", events[0].id)

    def person_choice(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "was the WIPO lecturer from the Disputes Division in Xiamen Ignacio de
        Castro or Gao Hang?": the posts and appearances of each person offered, of which the
        answer's check keeps those holding every other word the question says (one, if only
        one fits). None unless two people are offered with "or" between them."""
        q = self.q
        people = [m for m in self.mentioned("person") if m.start not in set(q.context)]
        if len(people) != 2 or people[0].best.id == people[1].best.id:
            return None
        between = q.words[people[0].end : people[1].start]
        if between not in (("or",), ("or", "was"), ("or", "is")):
            return None
        self.use([*people[0].span, *people[1].span, *range(people[0].end, people[1].start)])
        self.use_words(ROLE_NOUNS | PEOPLE_NOUNS | {"the", "one", "who", "which", "was", "is"})
        self.use_words(SPOKE | {"it", "for", "at", "in"})  # "was it X or Y who spoke for CAVCA"
        lines: list[AnswerLine] = []
        for person in people:
            rid = person.best.id
            seen = self.rel.appearances_of_person(rid)
            lines += [self.lines.appearance(a, said=True) for a in seen]
            lines += [self.lines.role(r) for r in _each_post_once(self.rel.roles_of_person(rid))]
        self.cues.append("choice")
        return lines, Request("who", people[0].best.id)

    def post_since(self) -> tuple[list[AnswerLine], Request] | None:
        """Refuses "since which year has Liu Hua been Director", "how long has she headed
        the office", "when did she become director": the fact base dates posts only by when
        an article reports them (as of), never by when they began. None for other
        questions."""
        q = self.q
        words = q.words
        people = [m for m in self.mentioned("person") if m.start not in set(q.context)]
        if len({m.best.id for m in people}) != 1:
            return None
        since = any(w == "since" and set(words[i + 1 : i + 3]) & {"when", "which", "what"}
                    for i, w in enumerate(words))  # fmt: skip
        since = since or any(  # "Gao Hang from which year is Director?" (a Turkish order):
            w == "from" and (words[i + 1 : i + 2] == ("when",) or (  # since when; not "from
                words[i + 1 : i + 2] in (("which",), ("what",))  # which body is she"
                and words[i + 2 : i + 3] in (("year",), ("date",), ("month",), ("time",))
            )) and not q.has("was", "were", "did", "had")
            for i, w in enumerate(words)
        )
        long = any(words[i : i + 2] == ("how", "long") for i in range(len(words) - 1))
        long = long and q.has("been", "has", "have", "served", "headed", "held", "led", "run")
        began = q.has("when", "year") and q.has(*STARTED)
        if not (since or long or began):
            return None
        took_over = any(  # "Liu Hua took over WIPO China office what yr?": began to head it
            w in ("take", "took", "taken", "takes") and words[i + 1 : i + 2] == ("over",)
            for i, w in enumerate(words)
        )
        posted = q.has("joined", "join", "appointed", "appointment", "promoted") or took_over
        if not (q.has(*ROLE_TITLES | ROLE_NOUNS | LEAD_VERBS) or posted):
            return None
        rid = people[0].best.id
        roles = sorted(self.rel.roles_of_person(rid), key=lambda r: r.as_of)
        name = self.lines.name("person", rid)
        if not roles:
            raise Refused(f"no post of {name} is on record")
        first = roles[0]
        org = self.lines.name("organization", first.organization) if first.organization else ""
        raise Refused(
            f"the articles report {name}'s posts only as of their dates (the earliest: "
            f"{first.title}{', ' + org if org else ''}, as of {first.as_of}), not when a post "
            "began"
        )

    def at_each_event(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "did Liu Hua show up at both the 2021 Xiamen and 2023 Shanghai trainings",
        "was Gao Hang at both trainings": one person's appearance at each of the events named,
        every one of which must name the person (an article that does not name someone is no
        proof they were absent, so a missing one refuses, never answers "No")."""
        q = self.q
        scene = set(q.context)
        people = [m for m in self.mentioned("person") if m.start not in scene]
        kinds = [i for i, w in enumerate(q.words) if w in EVENT_KIND_WORDS]
        plural = any(_plural(q.words[i]) for i in kinds) or q.has("events")
        which_of = q.asked[:2] == ("which", "of")  # "which of these did X attend: A, B, C?"
        if which_of and not people:  # "which of A, B and C did X attend": the list's commas
            people = self.mentioned("person")  # set no scene
        if not people and PRONOUNS & set(q.words[q.begins :]):  # "Zhao Xiuling, was she at
            people = self.mentioned("person")  # both Xiamen and Chengdu?": she is the scene's
        stated = q.text.rstrip().endswith("?") and q.asked[:1] not in WH_ASKED  # "liu hua's
        # been at all of these, xiamen and shanghai too?": a claim asked with its mark
        if len(people) != 1 or not (self.asks_yes_no() or which_of or stated):
            return None
        also = q.has("too", "also", "all") and self._ands()  # "xiamen and shanghai too?"
        if not (q.has("both", "each") or (plural and self._ands()) or which_of or also):
            return None
        events = self._each_event_named(kinds)
        if len(events) < 2:
            return None
        person = people[0].best.id
        seen = {a.event: a for a in self.rel.appearances_of_person(person)}
        if which_of:
            self.use(people[0].span)
            self.use(kinds)
            self.use_words(ATTENDANCE | ROSTER | SPOKE | LECTURE | {"which", "of", "these", "and"})
            self.use_words({"those", "events", "at", "the", "in", "did", "was", "were", "go"})
            held = [self.lines.appearance(seen[e.id]) for e in events if e.id in seen]
            if not held:
                raise Refused(f"{self.lines.name('person', person)} is on record at none of them")
            self.cues.append("appearances")
            text = f"At {len(held)} of the {len(events)} (our reading): {held[0].text}"
            return [replace(held[0], text=text), *held[1:]], Request("who", person)
        missing = [e for e in events if e.id not in seen]
        name = self.lines.name("person", person)
        if missing:
            found = [f"the {e.name}" for e in events if e.id in seen]
            at = f"at {'; '.join(found)} only" if found else "at none of them"
            raise Refused(f"{name} is on record {at}, not at the {missing[0].name}")
        self.use(people[0].span)
        self.use(kinds)
        self.use_words(ATTENDANCE | ROSTER | SPOKE | LECTURE | YES_NO)
        self.use_words({"both", "each", "and", "at", "the", "up", "events", "in", "of"})
        self.cues.append("appearances")
        lines = [self.lines.appearance(seen[e.id]) for e in events]
        lines[0] = replace(lines[0], text=f"Yes, at each (our reading): {lines[0].text}")
        return lines, Request("who", person)

    def common_to_events(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "who attended both the Xiamen and the Shanghai trainings", "was there
        anybody from WOC at both the 2021 and the 2023 training? who?": the people named at
        every one of the events named (of the organization named, if one is), each with their
        appearance at each; refused when the articles name no one at all of them."""
        q = self.q
        described = self.mentioned("person")
        which = q.asked[:1] in (("which",), ("who",))  # "which zhao lady from ncac spoke at
        if (described and not which) or not q.has("both", "each", "every", "all"):  # both X
            return None  # and Y": one of those the name fits
        if not (self._asks_person() or q.has("anybody", "anyone", "somebody", "someone")):
            return None
        kinds = [i for i, w in enumerate(q.words) if w in EVENT_KIND_WORDS]
        events = self._each_event_named(kinds)
        if len(events) < 2:
            return None
        capacity = self._capacity()  # "who lectured at both": lectured, not addressed
        at = [
            {a.person: a for a in self.rel.speakers(e.id) if not capacity or a.capacity in capacity}
            for e in events
        ]  # fmt: skip
        common = [p for p in at[0] if all(p in seen for seen in at[1:])]
        if described:
            fits = {rid for m in described for rid in m.ids("person")}
            common = [p for p in common if p in fits]
            self.use(i for m in described for i in m.span)
        orgs = {m.best.id for m in self.mentioned("organization")}
        if len(orgs) == 1:  # "anybody from the WIPO Office in China": one of its people
            family = set(self.org_family(next(iter(orgs))))
            self.use(i for m in self.mentioned("organization") for i in m.span)
            common = [
                p for p in common
                if {r.organization for r in self.rel.roles_of_person(p)} & family
            ]  # fmt: skip
        elif orgs:
            return None
        if not common:
            named = " and the ".join(e.name for e in events)
            raise Refused(f"the articles name no one of those asked at both the {named}")
        self.use(kinds)
        self.use_words(ATTENDANCE | ROSTER | SPOKE | LECTURE | YES_NO | PEOPLE_NOUNS)
        self.use_words({"both", "each", "every", "all", "and", "at", "the", "events", "in", "of"})
        self.use_words({"anybody", "anyone", "somebody", "someone", "there", "who", "it", "from"})
        self.use_words({"if", "so", "which", "whom", "appeared", "appear", "present", "featured"})
        self.cues.append("appearances")
        lines = [self.lines.appearance(seen[p]) for p in common for seen in at]
        if self.asks_yes_no():  # "was there anybody ...?": yes, as the articles name them
            lines[0] = replace(lines[0], text=f"Yes (our reading): {lines[0].text}")
        return lines, Request("who", common[0])

    def _each_event_named(self, kinds: list[int]) -> list[Event]:
        """The events a question names one by one ("the 2021 Xiamen and 2023 Shanghai
        trainings", "the Chengdu forum and the Shanghai training"): each event named, and each
        place with the years just before it, of the kinds named; or, for "both trainings" with
        none named, the two events of that kind. Their words are then accounted for; [] when a
        place or name fits no one event."""
        q = self.q
        every = [e for e in self.store.all("event") if isinstance(e, Event)]
        wanted = {EVENT_KIND_WORDS[q.words[i]] for i in kinds}
        of_kind = [e for e in every if not wanted or any(_of_kind(e, k) for k in wanted)]
        found: list[Event] = []
        used: list[int] = []
        years = [(i, int(w)) for i, w in enumerate(q.words) if _a_year_word(w)]  # also those
        for mention in self.mentioned("event"):  # a name holds ("the 2023 Shanghai training")
            ids = mention.ids("event")
            near = [(i, y) for i, y in years if 0 < mention.start - i <= 2
                    and "and" not in q.words[i + 1 : mention.start]]  # fmt: skip
            # not "xiamen 2021 and chengdu forum": the year before "and" is Xiamen's
            fits = [e for e in every if e.id in ids and all(_in_year(e, y) for _, y in near)]
            whole = {e.id for e in fits}  # "the Chengdu forum", not the visits held during it
            fits = [e for e in fits if e.during not in whole] if len(fits) > 1 else fits
            if len(fits) != 1:
                return []
            found.append(fits[0])
            after = [i for i, y in years if i == mention.end and _in_year(fits[0], y)]
            used += [*mention.span, *(i for i, _ in near), *after]  # "trainings, Xiamen 2021
            # and Shanghai 2023": 2021 is Xiamen's, not Shanghai's
        names = {i for m in self.mentioned("event") for i in m.span}
        for place in q.places:
            if set(place.span) & names:
                continue

            def before(p: Place, used: Collection[int] = tuple(used)) -> list[tuple[int, int]]:
                return [(i, y) for i, y in years if 0 < p.start - i <= 2 and i not in used]

            owned = {p.end for p in q.places if p is not place and not before(p)}
            near = [(i, y) for i, y in before(place) if i not in owned]  # not "xiamen 2021"'s
            if not near:  # "the xiamen 2021 and shanghai 2023 trainings"
                near = [(i, y) for i, y in years if i == place.end]
            own = {EVENT_KIND_WORDS[q.words[k]] for k in kinds if 0 <= k - place.end <= 1}
            pool = [e for e in every if any(_of_kind(e, k) for k in own)] if own else of_kind
            if not own and len(kinds) == 1 and not 0 <= kinds[0] - place.end <= 2:
                pool = every  # "at Xiamen in 2021 and at the Beijing roundtable": Beijing's
            fits = [e for e in pool if self._event_at(e, place.name)
                    and all(_in_year(e, y) for _, y in near)]  # fmt: skip
            if len(fits) > 1:  # "at Chengdu": the forum with speakers, not the expo beside it
                fits = [e for e in fits if e in of_kind] or fits
            if len(fits) > 1:
                fits = [e for e in fits if self.rel.speakers(e.id)] or fits
            if len(fits) != 1:
                return []
            found.append(fits[0])
            used += [*place.span, *(i for i, _ in near)]
        if not found and wanted and self.q.has("both") and len(of_kind) == 2:
            found = of_kind  # "both trainings": the two on record
        claimed = {*used, *names} | {p.end + d for p in q.places for d in (0, 1)}
        for k in kinds:  # "the 2021 training or the 2023 training": the one of each year
            dated = [(i, y) for i, y in years if i == k - 1 and i not in claimed]
            if k in claimed or not dated:
                continue
            kind = EVENT_KIND_WORDS[q.words[k]]
            fits = [e for e in every if _of_kind(e, kind) and _in_year(e, dated[0][1])]
            if len(fits) != 1:
                return []
            found.append(fits[0])
            used += [k, dated[0][0]]
            claimed |= {k, dated[0][0]}
        lone = [  # "the roundtable and the Chengdu forum": the one roundtable on record
            (k, only[0])
            for k in kinds
            if k not in claimed and q.words[k - 1 : k] in (("the",), ("that",), ("this",))
            and len(only := [e for e in every if _of_kind(e, EVENT_KIND_WORDS[q.words[k]])]) == 1
        ]  # fmt: skip
        if lone and len({*found, *(e for _, e in lone)}) >= 2:
            found += [e for _, e in lone]
            used += [k for k, _ in lone]
        unique = list(dict.fromkeys(found))
        self.use(used)
        return sorted(unique, key=lambda e: e.start or "")

    def _best_named(self, events: Sequence[Event]) -> list[Event]:
        """Of several events, the one whose names hold the most of the question's words (none
        when two hold as many)."""
        words = [w for w in self.q.words if w not in STOP]
        scores = []
        for event in events:
            own = self._event_words(event)
            scores.append(sum(1 for w in words if any(same_word(w, x) for x in own)))
        best = max(scores)
        top = [e for e, n in zip(events, scores, strict=True) if n == best]
        return top if len(top) == 1 else []

    def org_ids(self) -> list[str]:
        """The organizations the question names (best candidates)."""
        return [m.best.id for m in self.mentioned("organization")]

    def _people_by_body(self, q: Question) -> Question:
        """The question with a name shared by several people ("Zhou") read as the one who
        holds a post at the body it names ("which challenges did CAVCA's Zhou name": Zhou
        Yaping, not Zhou Qing of Sichuan); as read when no body is named or none or several
        of them hold a post there."""
        bodies = {m.best.id for m in q.mentions if m.kind == "organization"}
        ambiguous = [m for m in q.mentions if m.kind == "person" and len(m.ids("person")) > 1]
        if not bodies or not ambiguous:
            return q
        family = {o for b in bodies for o in self.org_family(b)}
        mentions = list(q.mentions)
        for m in ambiguous:
            held = [
                x for x in m.matches
                if x.kind == "person"
                and any(r.organization in family for r in self.rel.roles_of_person(x.id))
            ]  # fmt: skip
            if len(held) == 1 and held[0] is not m.best:
                first = (held[0], *(x for x in m.matches if x is not held[0]))
                mentions[mentions.index(m)] = replace(m, matches=first)
        return replace(q, mentions=tuple(mentions))

    def _bodies_speaking(self, event: Event) -> set[str]:
        """The bodies (and the bodies above them) of the people on record at an event."""
        found: set[str] = set()
        for a in self.rel.speakers(event.id):
            for r in self.lines.roles_then(a):
                if r.organization:
                    found |= {r.organization, *self.rel_ancestors(r.organization)}
        return found

    def _appositives_read(self) -> None:
        """A person's post said just before their name ("WIPO's China office head Liu Hua",
        "NCAC official Guan Jun") as who they are, not what is asked: its words accounted for
        and its body no longer a body the question names, when every word of it is one of
        their posts' (or a plain word for a post) and the question goes on after the name."""
        q = self.q
        words = q.words
        for m in [x for x in q.mentions if x.kind == "person" and len(set(x.ids("person"))) == 1]:
            after = [w for w in words[m.end :] if w not in STOP | CHECK_WORDS | TAG_WORDS]
            if not after:
                continue  # "WIPO's China office head Liu Hua, right?": the post is the claim
            roles = self.rel.roles_of_person(m.best.id)
            own = {
                w for r in roles
                for text in (r.title, *(self._names_of(r.organization) if r.organization else []))
                for w in fold(text).split()
            }  # fmt: skip
            plain = ROLE_TITLES | set(TITLE_SYNONYMS) | PEOPLE_NOUNS | {"office"}
            k = m.start
            while k > 0 and (words[k - 1] in own or words[k - 1] in plain) and (
                words[k - 1] not in STOP or words[k - 1] in own
            ):
                k -= 1
            run = range(k, m.start)
            if len(run) < 2 or not any(words[i] in own and words[i] not in plain for i in run):
                continue
            self.used.update(run)
            self.q = q = replace(q, mentions=tuple(
                x for x in q.mentions if not (x.kind == "organization" and set(x.span) <= set(run))
            ))  # fmt: skip

    def org_family(self, rid: str) -> list[str]:
        """An organization and its units, their units and so on."""
        found = [rid]
        i = 0
        while i < len(found):
            for unit in self.rel.units(found[i]):
                if unit.id not in found:
                    found.append(unit.id)
            i += 1
        return found

    # -- readings ----------------------------------------------------------------------------

    def figure_named(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "7.35% - share of GDP or growth rate, and for what year?", "is the 11% in
        the Xiamen article a growth rate or a share?": what a figure stated is a value of
        (its statistic, period, unit and who reported it), found by the figure alone, when
        the question asks what it is rather than checks it against a statistic it names."""
        q = self.q
        stated = re.findall(_FIGURE_STATED, q.text[:_PATTERN_MAX])
        called = re.findall(_FIGURE_CALLED, q.text[:_PATTERN_MAX])  # "the 477 number"
        stated = stated or called
        asked = set(q.asked)  # "a growth rate or a share?": which kind of figure it is
        kinds = "or" in asked and "share" in asked and bool(asked & {"growth", "rate"})
        kinds = kinds or bool(called)  # "the music guy with the 477 number": whose it is
        kinds = kinds or bool(asked & _SOURCE_WORDS)  # "source for the 477 million?": who
        bodies = [m.best.id for m in self.mentioned("organization")]  # "is that WIPO's figure
        whose = len(bodies) > 1 and "or" in asked  # or NCAC's?": whose it is
        kinds = kinds or whose
        if len(stated) != 1 or (self._checking() and not kinds):  # reported it, where
            return None  # "the GDP share was 7.44% in 2023, right?": a figure checked
        dated = any(pair in (("what", "year"), ("which", "year")) for pair in pairwise(q.asked))
        if q.opens_yes_no and not kinds:
            return None  # "was the share 7.35% in 2017?": checked against the statistic named
        if not (asked & _FIGURE_ASKED or kinds or dated):
            return None  # "9.38 trillion in 2023 - what share of GDP was that?": another
        figure = stated[0].strip()
        found = [
            o for o in self.store.all("observation")
            if isinstance(o, Observation) and o.value is not None
            and choice_held([o.value.as_written], figure)
        ]  # fmt: skip
        placed = [p for p in q.places if all(i not in q.context for i in p.span)]
        where = [o for o in found if all(
            any(self.holds("observation", o.id, q.words[i]) for i in p.span) for p in placed
        )]  # "the 11% in the Xiamen article": the one of that article, not MCSC's growth
        found = where or found
        if not found or len({o.statistic for o in found}) > 2:
            return None
        periods = {(o.period or o.reported or "")[:4] for o in found}
        if any(str(y) not in periods for y in q.year_values):
            return None  # "what was it in 2020, the year before the 8.48 trillion figure?"
        self.use(i for p in placed for i in p.span)
        digits = {w for w in q.words if w[:1].isdigit() and not _a_year_word(w)}
        self.use(i for i, w in enumerate(q.words) if w in digits)
        self.use_words(_FIGURE_ASKED | NUMBER | POINT_WORDS | {"or", "and", "is", "it", "of"})
        self.use_words(_FIGURE_TOLD)  # "a growth rate or a share", "what year": its line says
        self.use_words({"refer", "refers", "represent", "represents", "stand", "stands", "for"})
        self.use_words(_SOURCE_WORDS | {"right"})
        if called:  # "the guy with the 477 number": its line names who reported it
            self.use_words(PEOPLE_NOUNS | {"with", "behind", "whose"})
        self.cues.append("figure")
        lines = [self.lines.observation(o) for o in found]
        if whose:
            lines[0] = self._whose_figure(lines[0], found, bodies)
        return lines, Request("stat", found[0].statistic)

    def _whose_figure(
        self, line: AnswerLine, found: Sequence[Observation], bodies: Sequence[str]
    ) -> AnswerLine:
        """The line of a figure asked as one of two bodies' ("WIPO's figure or NCAC's?"),
        opening with the body whose person reported it; refused when neither did."""
        reporters = {o.reported_by for o in found}
        if len(reporters) != 1 or None in reporters:
            raise Refused("the articles do not say whose figure it is")
        person = str(next(iter(reporters)))
        held = {r.organization for r in self.rel.roles_of_person(person) if r.organization}
        chosen = [b for b in bodies if held & set(self.org_family(b))]
        if len(chosen) != 1:
            raise Refused("the figure's reporter holds no post at one of the bodies named")
        self.use(i for m in self.mentioned("organization") for i in m.span)
        org = self.store.get("organization", chosen[0])
        short = org.abbreviations[0] if isinstance(org, Organization) and org.abbreviations else (
            self.lines.org_name(chosen[0])
        )
        verdict = (
            f"{short}'s (our reading: reported by {self.lines.name('person', person)}, who holds"
            f" a post at {self.lines.org_name(chosen[0])})"
        )
        return replace(line, text=f"{verdict}: {line.text}")

    def role_holder(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "Who is the director general of CAVCA", "who runs the WIPO office": the people
        holding the role at the organization named, with the date each is reported for."""
        q = self.q
        orgs = self.mentioned("organization")
        scene = set(q.context)  # "Given that X attended as Deputy, who was Director then?"
        scene = set() if self._bare_ask() else scene  # "CISAC's DG - name?": the scene asks
        asked_people = [m for m in self.mentioned("person") if m.start not in scene]
        if not orgs or asked_people or self._statement_cue():
            return None  # "who from Ali Pictures proposed a regional ...": a statement
        if self._event_title_asked():  # "the exact title of the Shanghai training NCAC ran":
            return None  # the event's own title, not a post at NCAC
        if q.asked[:1] in (("which",), ("what",)) and any(m.start == q.begins + 1 for m in orgs):
            return None  # "which African regional IP body had heads at the forum": the body
        if self._organized_by() is not None and self._event_kind_named([]):
            return None  # "the 2023 training was run by NCAC": who organized it (`organizers`)
        if q.asked[:1] == ("why",) and self._event_kind_named([]):
            return None  # "why did NCAC and WIPO run the Shanghai training": its purpose
        if self.mentioned("person") and self._checking():
            return None  # "X, who lectured, is Deputy Director of Y - right?": X's post
        if (
            q.has(*ROSTER - {"opening", "opened", "there"})
            and (self.mentioned("event") or q.has(*EVENT_KIND_WORDS))
            and q.has("which")
        ):
            return None  # "which WIPO official lectured at the training": a roster
        if self._ran_event():
            return None  # "who ran the training with WIPO": its organizers
        titles = [i for i, w in enumerate(q.words)
                  if w in ROLE_TITLES and i not in self._spans() and i not in scene]  # fmt: skip
        held = {w for o in orgs for u in self.org_family(o.best.id)
                for r in self.rel.roles_at(u) for w in fold(r.title).split()}  # fmt: skip
        generic = PEOPLE_NOUNS | {"expert", "experts", "specialist", "specialists"}
        titles = [
            i
            for i in titles  # "the MCSC executive who reported": a person, unless
            if q.words[i] not in generic or q.words[i] in held
        ]  # a title says so
        aside = self._aside_from()
        if aside is not None:  # "the Chairman, as distinct from its vice chairman": that one
            titles = [i for i in titles if i < aside]  # is set aside
            self.use(range(aside, len(q.words)))
        leads = self._leads()
        if all(q.words[i] in ("senior", "regional", "board") for i in titles):
            titles = []  # "a senior WIPO person": no title asked
        if not titles and not leads:
            return None
        bare = not set(q.words) & QUESTION_WORDS and not q.opens_yes_no  # "cisac asia pacific
        if not q.has("who", "whom", "whose") and not leads and not q.has("name") and not bare:
            return None  # director": a keyword query for the holder
        org = orgs[0]
        for other in orgs[1:]:  # "WIPO deputy director general for the ... sector", "the
            unit = other.best.id in self.org_family(org.best.id)  # WIPO director of IP
            if (unit or not self._holders(org, titles)) and self._holders(other, titles):
                # disputes": its unit
                self.use(org.span)
                org = other
        led = [m for m in orgs if any(m.start - i in (1, 2) for i in leads)]
        if led and led[0] is not org and self._holders(led[0], titles):
            self.use(org.span)  # "the WIPO person directing its Copyright Development
            org = led[0]  # Division": whoever leads the division
        self.use(org.span)
        roles = self._holders(org, titles) or self._holders_of_each(org, titles)
        what = " ".join(q.words[i] for i in titles).replace("ceo", "CEO") or "head"
        name = self.lines.name("organization", org.best.id)
        if not roles and self.q.of_kind("topic", "instrument"):  # "every partner NCAC names
            return None  # for bilateral copyright dialogues": the dialogue's partners
        if not roles:
            raise Refused(f"no {what} of {name} is on record")
        roles = self._dated(roles, lambda r: r.as_of)
        roles = self._at_event(roles)
        self.use(titles + leads)
        named = {i for m in q.mentions for i in m.span} | {i for p in q.places for i in p.span}
        self.use(i for i in scene if i in named or q.words[i] in ROSTER)  # the scene's people
        self.use_words({"person", "individual", "in", "charge", "of", "currently", "name"})
        self.use_words({"serves", "serve", "served", "holds", "hold", "both", "as", "and"})
        self.use_words({"post", "posts", "position", "positions", "title", "titles", "role"})
        # "name and post of the CAVCA DG": each line gives both
        self.use_words(PEOPLE_NOUNS)
        for place in q.places:  # the organization's place, said again; another one is not used
            if any(self._org_in(r.organization, place) for r in roles):
                self.use(place.span)
        self.cues.append("role")
        roles.sort(key=lambda r: (r.as_of, r.id), reverse=True)
        people = list(dict.fromkeys(r.person for r in roles))
        request = Request("who", people[0]) if len(people) == 1 else Request("org", org.best.id)
        return [self.lines.role(r) for r in roles], request

    def _leads(self) -> list[int]:
        """Where the question says someone leads ("who heads", "running WIPO"), outside the
        names, and not "heads" as people ("it sent its heads") nor what a person already
        named leads ("which region does he cover")."""
        words, spans = self.q.words, self._spans()
        ends = {m.end for m in self.mentioned("organization")}
        events = {m.start for m in self.mentioned("event")}
        evented = bool(events) or self.q.has(*EVENT_KIND_WORDS)

        def runs_event(i: int) -> bool:  # "ran the 2023 Shanghai training", "ran it jointly"
            after = words[i + 1 : i + 5]
            return (
                any(i < k <= i + 4 for k in events)
                or any(w in EVENT_KIND_WORDS for w in after)
                or (evented and after[:1] in (("it",), ("them",)))
            )

        present = evented and bool({"present", "attended", "attend", "there"} & set(words))
        covered = bool(self.mentioned("instrument"))
        return [
            i
            for i, w in enumerate(words)
            if w in LEAD_VERBS
            and not runs_event(i)
            and not (w == "heads" and words[i + 1 : i + 2] == ("of",) and present)  # "were
            # heads of ARIPO present at the forum?": people who came, not who leads ARIPO
            and i not in spans
            and not (i and words[i - 1] in NOUN_BEFORE)
            and not (i and words[i - 1] in PRONOUNS)
            and not (w == "heads" and i in ends and words[i + 1 : i + 2] in HEADS_DID)
            and not (i and words[i - 1] in SOURCE_NOUNS)  # "does the NCAC interview cover"
            and not (w.startswith("cover") and (covered or "it" in words[max(0, i - 4) : i]))
        ]  # not "ARIPO heads were at the forum": its heads, people; not "what areas is the
        # memorandum (it) supposed to cover": its scope, no one's region

    def _holders(self, org: Mention, titles: Sequence[int]) -> list[Role]:
        """The roles at an organization whose title holds the title words at the positions
        (the top titles when there are none), never a lesser one (a Deputy for a Director)."""
        wanted = {self.q.words[i] for i in titles}
        wanted_words: set[str] = set()
        for w in wanted:
            wanted_words.update(TITLE_SYNONYMS.get(w, (w,)))

        if not wanted and CHAIR_VERBS & {self.q.words[i] for i in self._leads()}:
            wanted, wanted_words = {"chairman"}, {"chairman"}  # "who chairs MCSC"

        def fits(role: Role) -> bool:
            title = fold(role.title)
            words = set(title.split())
            if wanted_words:  # "CEO" is a CEO's title, and a chief executive's
                if not all(w in words or set(TITLE_SYNONYMS.get(w, (w,))) <= words for w in wanted):
                    return False
            elif title not in TOP_TITLES:
                return False
            return (words & MODIFIERS) <= wanted

        roles: list[Role] = []
        top = max((m.score for m in org.matches if m.kind == "organization"), default=0.0)
        tied = [m.id for m in org.matches if m.kind == "organization" and m.score == top]
        if len(tied) > 1 and top >= EXACT:  # "the Copyright Department": each of that name
            roles = [r for rid in tied for r in self.rel.roles_at(rid) if fits(r)]
        candidates = org.ids("organization")
        if org.best.score < EXACT:  # "who heads the copyright administration": the name it
            candidates = candidates[:1]  # comes closest to, not whichever of the names that
            # hold its words has a head on record (Chengdu's)
        for candidate in [] if roles else candidates:
            # At the organization itself: the Director General of NCAC's Copyright Department
            # is not NCAC's Director General.
            roles = [r for r in self.rel.roles_at(candidate) if fits(r)]
            if roles:
                break
        if roles:
            return roles
        asked = set(self.q.words)
        member = bool(wanted_words & MEMBER_TITLES)  # "a professor from the University of X"
        before = self.q.words[max(0, org.start - 3) : org.start]
        member = member or "from" in before  # "the deputy from NCAC": of its departments too
        member = member or (  # "the NCAC deputy director general who spoke at the training":
            bool(
                asked
                & (SPOKE | LECTURE | STATEMENT | PRAISE | {"addressed", "attended", "presented"})
            )
            and (bool(self.mentioned("event")) or self.q.has(*EVENT_KIND_WORDS)
                 or bool(self.q.places))  # "... who spoke in Chengdu"
        )  # whoever of it spoke there, in a department or not
        member = member or (  # "ncac dep dg at xiamen": whoever of it was there
            any(w == "at" and j > org.start for j, w in enumerate(self.q.words))
            and (bool(self.mentioned("event")) or bool(self.q.places))
        )
        for unit in self.org_family(org.best.id)[1:]:
            record = self.store.get("organization", unit)
            named = (
                isinstance(record, Organization)
                and {  # "the Copyright Department of ..."
                    w for w in fold(record.name).split() if w not in STOP
                }
                <= asked
            )
            if member or named:
                roles += [r for r in self.rel.roles_at(unit) if fits(r)]
        return roles

    def _holders_of_each(self, org: Mention, titles: Sequence[int]) -> list[Role]:
        """Two titles joined by "and" ("the Vice Chairman and Director General of MCSC"): the
        roles of whoever holds both at the organization, one title a role."""
        words = self.q.words
        groups: list[list[int]] = [[]]
        for i in titles:
            if groups[-1] and "and" in words[groups[-1][-1] : i]:
                groups.append([])
            groups[-1].append(i)
        if len(groups) < 2:
            return []
        found = [self._holders(org, group) for group in groups]
        people = set.intersection(*({r.person for r in roles} for roles in found))
        return [r for roles in found for r in roles if r.person in people]

    def _spans(self) -> set[int]:
        return {i for m in self.q.mentions for i in m.span}

    def _dated(self, items: list[Role], date: Callable[[Role], str]) -> list[Role]:
        years = self.q.year_values
        if not years:
            return items
        kept = [r for r in items if any(date(r).startswith(str(y)) for y in years)]
        if not kept:
            known = ", ".join(sorted({date(r)[:4] for r in items}))
            raise Refused(f"no such role is reported for {years[-1]} (reported for {known})")
        return kept

    def _at_event(self, roles: list[Role]) -> list[Role]:
        """The roles held by people at the event named (a place alone describes the
        organization: "the WIPO office in Beijing")."""
        if not self.mentioned("event") and not self.q.has(*EVENT_KIND_WORDS):
            return roles
        events = self.events()
        if not events:
            return roles
        ids = {e.id for e in events}
        kept = []
        for role in roles:
            for appearance in self.rel.appearances_of_person(role.person):
                if appearance.event in ids and role in self.lines.roles_then(appearance):
                    kept.append(role)
                    break
        if not kept and self.mentioned("event"):
            raise Refused("no one with that role is reported at that event")
        if kept:  # "speaking at the forum's opening ceremony": their part in it
            self.use_words(ROSTER | SPOKE | {"ceremony", "opening", "at"})
        return kept or roles

    def _only_in_scene(self, kind: str) -> bool:
        """Whether the question proper asks which or what of something the scene alone names
        ("Liu Hua mentioned two hits. Which ones?"): its profile is no answer."""
        begins, asked = self.q.begins, self.q.asked
        named = self.mentioned(kind)
        if self._bare_ask():  # "Liu Hua cited two hits at the roundtable. Name both."
            return bool(named) and all(m.start < begins for m in named)
        profile = ROLE_NOUNS | TITLE_ASKED | ORG_KIND_WORDS | PEOPLE_NOUNS | PROFILE_NOUNS
        if kind == "person":  # "Benjamin Ng: what region was he in charge of": his post
            profile |= {"region", "regions", "area", "areas", "territory", "portfolio", "remit"}
        head = self._asked_noun()  # "which copyright events": events
        noun = self.q.words[head] if head is not None else asked[1:2] and asked[1]
        of_kind = head is not None and any(k.start <= head < k.end for k in self.q.kinds)
        of_kind = of_kind or noun in ORG_NOUNS or noun in ORG_KIND_WORDS - {"which"}
        if of_kind and {"he", "she", "they", "his", "her", "their"} & set(asked):
            return False  # "X and Y lectured. Which law firms were they with?": theirs
        if kind == "person" and noun in ("session", "sessions", "events", "event"):
            return False  # "Liu Hua - which sessions did she attend?": hers
        return (
            begins > 0
            and bool(named)
            and all(m.start < begins for m in named)
            and asked[:1] in (("which",), ("what",))
            and bool(noun)
            and (noun in LEANING or noun not in STOP | profile or _leans(asked))
            and noun not in EVENT_KIND_WORDS  # "Which ones?", "Which film was it?"
        )

    def _most_literal(self, facts: Sequence[Record], topic: Sequence[int]) -> list[Record]:
        """The statements holding the most of the topic words as written (no stem, no
        paraphrase)."""
        wanted = {self.q.words[i] for i in topic}
        counts = [
            len(wanted & set(fold(" ".join(t for _, t in record_texts(f))).split())) for f in facts
        ]
        return [f for f, n in zip(facts, counts, strict=True) if n == max(counts)]

    def _hoped_not_done(self, line: AnswerLine) -> bool:
        """Whether a yes-or-no question claims something had already come into force or
        effect and the statement answering only hoped it would ("Sylvie Forbin hoped the
        Beijing Treaty would take effect soon")."""
        record = self.store.get(line.kind, line.id)
        q = self.q
        claimed = q.has("already") or (
            q.has("entered", "taken", "took", "come", "came", "was", "had")
            and q.has("force", "effect")
        )
        said = set(fold(getattr(record, "summary", "") or "").split())
        return (
            self.asks_yes_no() and claimed and _a_hope(record) and bool(said & {"effect", "force"})
        )

    def _dated_subjects(self) -> set[str]:
        """The records some dated step (milestone) is of."""
        return {m.subject for m in self.store.all("milestone") if isinstance(m, Milestone)}

    def _passive_act_dated(self) -> bool:
        """Whether a question asks the year or date of something done to what it names
        ("year listed as WIPO case studies", "when was it chosen as a case study")."""
        words = self.q.words
        dated = self.q.has("year", "when", "date")
        return dated and any(
            (w in ("listed", "named", "chosen", "selected", "designated", "picked")
             and words[i + 1 : i + 2] == ("as",))
            or w in _FOUNDED  # "year the China Digital Copyright Industrial Alliance was
            or (w == "set" and words[i + 1 : i + 2] == ("up",))  # established": not said
            for i, w in enumerate(words)
        )  # fmt: skip

    def _credited_to_none(self, line: AnswerLine) -> bool:
        """Whether a yes-or-no question asks if words are credited to a speaker ("Is that
        wording credited to any speaker?", "is the line attributed to anyone?") and the
        statement answering is the article's own, by no speaker."""
        record = self.store.get(line.kind, line.id)
        asked = {"credited", "attributed", "credit", "attribute", "speaker", "speakers"}
        return (
            isinstance(record, Claim)
            and record.person is None
            and self.asks_yes_no()
            and bool(asked & {w for i, w in enumerate(self.q.words) if i not in self.q.context})
        )

    def _said_that(self) -> bool:
        """Whether the question proper only asks who said what the scene before it says
        ("Somebody called the treaty a milestone. Who said that?")."""
        q = self.q
        proper = [w for i, w in enumerate(q.words) if i >= q.begins and i not in q.context]
        return (
            q.begins > 0
            and bool((STATEMENT | CREDITED) & set(proper))
            and bool(SAID_THAT & set(proper))
            and all(w in STOP | STATEMENT | SAID_THAT | CREDITED for w in proper)
        )

    def asks_only_who(self) -> bool:
        """Whether the question proper is only "Who?" ("Who was it?", "Who was he?") of the
        scene before it."""
        q = self.q
        proper = [w for i, w in enumerate(q.words) if i >= q.begins and i not in q.context]
        return (
            q.begins > 0
            and tuple(proper[:1]) in (("who",), ("whom",))
            and all(w in STOP | BARE_ASK | PRONOUNS for w in proper)
        )

    def _bare_ask(self) -> bool:
        """Whether the question proper asks only for what the scene before it describes
        ("WIPO and NCAC pushed one treaty into force and another to ratification. Name
        both."): then the scene is the question, and every word of it must hold."""
        q = self.q
        proper = [w for i, w in enumerate(q.words) if i >= q.begins and i not in q.context]
        if tuple(proper[:1]) in (("who",), ("whom",)) and self._scene_asks:  # "Someone said
            scene = {q.words[i] for i in range(q.begins)}  # works. Who was it?": what the
            said = bool(scene & (STATEMENT | SPOKE | PRAISE)) and bool(scene & SOMEONE)
            named = any(m.kind == "person" and m.start < q.begins for m in q.mentions)
            leans = bool(PRONOUNS & set(proper)) and named  # "Who was he?" of a person named
            fits = all(w in STOP | BARE_ASK | PRONOUNS for w in proper)
            return q.begins > 0 and (said or bool(PRONOUNS & set(proper))) and not leans and fits
        alone = tuple(proper) in (("which",), ("what",))  # "Two places became ... Which?"
        polite = {"can", "could", "would", "will", "you", "please", "just", "so", "ok", "okay"}
        proper = list(dropwhile(lambda w: w in polite, proper))  # "Can you give ..."
        return (
            q.begins > 0
            and (
                alone
                or tuple(proper[:1]) in (("name",), ("list",), ("give",), ("tell",), ("please",))
            )
            and all(w in STOP | BARE_ASK for w in proper)
        )  # not "Which ones?": a scene's things of a kind (`_only_in_scene`)

    def _how_much_of(self) -> bool:
        """Whether a question asks "how much of" a whole, a share of it ("exports are how
        much of China's total goods exports")."""
        words = self.q.words
        return any(words[i : i + 3] == ("how", "much", "of") for i in range(len(words) - 2))

    def _asks_earlier(self) -> bool:
        """Whether a question asks what came before ("before she joined WIPO", "previously",
        "her former post")."""
        words = self.q.words
        return bool(EARLIER & set(words) - {"before"}) or any(
            w == "before" and i + 1 < len(words) and words[i + 1] in BEFORE_WHAT
            for i, w in enumerate(words)
        )

    def _asks_someone_else(self) -> bool:
        """Whether "who" asks for another person than the ones the scene alone names ("Zhao
        Xiuling was at the training. Who was Director General then?"); "Who was she?" leans
        on the scene's person."""
        begins = self.q.begins
        people = self.mentioned("person")
        return (
            begins > 0
            and bool(people)
            and all(m.start < begins for m in people)
            and not any(m.end == begins for m in people)  # "X, who spoke on AI, is ...": X
            and self.q.asked[:1] in (("who",), ("whom",))
            and not PRONOUNS & set(self.q.words[begins:])
        )

    def person(self) -> tuple[list[AnswerLine], Request] | None:
        if self._only_in_scene("person") or self._asks_someone_else():
            return None
        if self.q.asked[:2] in (("what", "did"), ("what", "does")) and self.q.has("say", "said"):
            return None  # "what did Yu Cike say about Chengdu": what he said, which no post is
        reports = any(a in ("report", "reports", "answer", "answers") and b == "to"
                      for a, b in pairwise(self.q.asked))  # fmt: skip
        if reports or self.q.has("superior", "superiors", "supervisor", "subordinate"):
            raise Refused("the articles give people's posts, not who reports to whom")
        people = {m.best.id: m for m in self.mentioned("person")}
        words = self.q.words
        aside = {"than", "besides", "beside", "apart", "except", "excluding", "from"}
        if people and set(people) <= self.excluded and all(  # "other than Ignacio de Castro,
            set(words[max(0, m.start - 2) : m.start]) & aside for m in people.values()  # was
        ):  # any lecturer from ...": someone else is asked, never the one set aside
            return None
        if len(people) == 1 and self._nationality_asked():  # "is Sylvie Forbin French?"
            name = self.lines.name("person", next(iter(people)))
            raise Refused(f"no nationality of {name} is on record (only the posts they held)")
        if len(people) == 1:  # "Forbin spoke at Chengdu as WIPO Director General - right?"
            rid, mention = next(iter(people.items()))
            checked = self._post_checked(rid, mention)
            if checked is not None:
                return checked
        if self.q.opens_yes_no and self.mentioned("organization"):
            return self.person_roles()  # "was Guan Rui the speaker from Wings Media"
        proper = set(self.q.words[self.q.begins :])  # not "X lectured there. Which firm ..."
        titled = self.q.has(*ROLE_NOUNS) and "event" in proper  # "her title at the Xiamen
        if (
            (proper & {"events", "event", "attend", "attended", "attending"} and not titled)
            or (proper & (ROSTER - {"there", "came", "come"}) and not self.q.has(*ROLE_NOUNS))
            or proper & TOPIC_ASKED  # "what was the topic of Gao Hang?": her talk's, not a post
        ):  # event": her post then
            return self.person_events()  # "which events did Liu Hua attend"
        return self.person_roles()

    def _nationality_asked(self) -> bool:
        """Whether the question asks a person's nationality ("what is the nationality of X",
        "is X French?", "X is Italian, right?"), which no record holds."""
        if {"nationality", "nationalities", "citizenship"} & set(self.q.asked):
            return True
        said = "|".join(sorted(_DEMONYMS_ASKED, key=len, reverse=True))
        words = re.findall(r"[a-z']+", fold(self.q.text))  # the last words, tags set aside
        tagged = False
        while words and words[-1] in _NATIONALITY_TAGS:
            words.pop()
            tagged = True
        if words and words[-1] in ("national", "citizen"):
            words.pop()
        if words and words[-1] in _DEMONYMS_ASKED and (self.q.opens_yes_no or tagged):
            return True  # "is X French?", "X is French, right?"
        citizen = rf"(?i)\b(?:is|was)\s+(?:an?\s+)?(?:{said})\s+(?:national|citizen)\b"
        return re.search(citizen, self.q.text) is not None  # "X is a French national"

    def person_roles(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "Who is Gao Hang", "what is Zhou Yaping's position at CAVCA": a person's roles
        (at the organization named; in the year named), latest first."""
        people = self.mentioned("person")
        if not people:
            return None
        if {"stand", "stands"} & set(self.q.asked) and "for" in self.q.asked:
            return None  # "X is with Wings Media of SMG - what does SMG stand for?": not X
        if self.q.asked[:1] == ("why",) and self.mentioned("organization"):
            return None  # "why did Zhou Yaping ask for more cooperation with WIPO": a reason,
            # not a post at WIPO
        works = self.q.asked[:2] in (("which", "works"), ("what", "works"))
        if works and self.q.asked[2:3] not in (("for",), ("at",), ("with",), ("in",)):
            return None  # "Which works did she name?": creative works, not where she works
        mention = people[0]
        if len({m.best.id for m in people}) > 1:
            return self._roles_of_several(people)
        rid = mention.best.id
        checked = self._post_checked(rid, mention)
        if checked is not None:  # "Hu Kaizhong is a professor at Wuhan University - right?"
            return checked
        self.use(mention.span)
        self.use(self._apposed(rid, mention))
        roles = self.rel.roles_of_person(rid)
        source = set(self._source_said())  # "in the NCAC interview": where it is read
        named = [m for m in self.mentioned("organization")
                 if m.best.id not in self.excluded and m.start not in source]  # fmt: skip
        family = {u for m in named for u in self.org_family(m.best.id)}
        yes_no = self.q.opens_yes_no  # "was she the one from ..."
        if not [r for r in roles if r.organization in family]:  # "is Lu Yi from the pictures
            named = [m for m in named if m.best.field != "described"]  # company?": words
            family = {u for m in named for u in self.org_family(m.best.id)}  # of a description
        if named and not yes_no and not [r for r in roles if r.organization in family]:
            # "deputy general manager of which company": part of an organization's name is
            # words, not the organization; nor is "which pictures company" (a body described)
            named = [m for m in named if m.best.score >= EXACT and m.best.field != "described"]
        other = {"other", "else", "another", "second"} & set(self.q.asked)
        if other and self.q.begins:  # "X is deputy DG of Y - what other office does X hold?":
            stated = {i for i in self.q.context if i < self.q.begins}  # a post not stated
            said = {self.q.words[i] for i in stated} - STOP
            rest = [r for r in roles if not self._post_stated(r, said)]
            if rest and len(rest) < len(roles):
                roles = rest
                named = [  # "what other office": not an office described so
                    m for m in named if m.start >= self.q.begins and m.best.field != "described"
                ]
                self.use(stated)
                self.use_words(other | {"office", "offices", "post", "posts", "hold", "holds"})
        orgs = [m.best.id for m in named]
        checking = self._checking() or self.asks_yes_no()  # "..., Is the company right?"
        unknown = self._unknown_body() if not orgs and checking and roles else None
        if unknown is not None:  # "Jiang Bo spoke for Alibaba at Chengdu, right?": a body no
            return self._not_there(rid, [], unknown)  # fact names is none of theirs
        if orgs:
            family = {u for o in orgs for u in self.org_family(o)}
            roles = [r for r in roles if r.organization in family]
            bare = not set(self.q.words) & QUESTION_WORDS and not self.mentioned("event")
            bare = bare and re.search(r"\s[-\u2013\u2014]\s", self.q.text) is not None
            # "geoff hussey firm - boss & young?": a body claimed after a dash
            if (
                not roles
                and (self.q.opens_yes_no or self._checking() or bare)
                and self.rel.roles_of_person(rid)
            ):  # "was Zhang Fan the one from Wings Media", "X is a WIPO staffer, isn't he?"
                return self._not_there(rid, named)
            if not roles:
                raise Refused(f"no role of {self.lines.name('person', rid)} at that organization")
            self.use(i for m in named for i in m.span)
            self.use_words(ANY_POST)  # "an executive at Wings Media": whatever post they hold
        for place in self.q.places:
            at = [r for r in roles if self._org_at(r.organization, place.name)]
            if at:
                roles = at
                self.use(place.span)
        at_event = self._titles_at_event(rid)
        if at_event is not None:  # "Zhao Xiuling's title at the 2021 training": then
            return at_event
        if self.q.year_values:
            try:
                roles = self._dated(roles, lambda r: r.as_of)
            except Refused:  # "xi gave that instruction in 2014, right?": an act dated, not
                acts = self.q.opens_yes_no or self._checking()  # a post; what was said and
                if acts and not self.q.has(*ROLE_NOUNS, *ROLE_TITLES):  # done may answer
                    return None
                raise
        kinds = {k for phrase in self.q.kinds for k in phrase.kinds}
        if kinds:  # "which company does Wen Huasheng run": roles at an organization of that kind
            held = roles
            roles = [r for r in roles if self._org_kind(r.organization) in kinds]
            unstated = [r for r in held if self._org_kind(r.organization) == "other"]
            if held and not roles and unstated:  # "Geoff Hussey law firm": a firm of a kind
                roles = unstated  # the article does not give; his post there, not a claim
            elif held and not roles:  # "which university does de Castro teach at": none
                if self._statement_cue() or self.q.has(*(w for (w,) in REFERRED)):
                    return None  # "X said (referred to) which kind of organizations should
                    # play a role"
                name = self.lines.name("person", rid)
                raise Refused(f"no post of {name} at that kind of organization is on record")
            self.use(i for k in self.q.kinds for i in k.span)
        self.use_words(ROLE_NOUNS | LEAD_VERBS | {"who", "do", "does"})
        self.use_words({"listed", "named", "given", "credited"})  # "is listed with two posts"
        asked = self.q.words
        self.use(  # "what office does Sylvie Forbin hold": her post, not a body's office
            i for i, w in enumerate(asked) if w in ("office", "offices")
            and asked[i - 1 : i] in (("what",), ("which",), ("other",)) and not self._mention_at(i)
        )  # fmt: skip
        if any(asked[i : i + 2] == ("in", "charge") for i in range(len(asked) - 1)):
            self.use_words({"in", "charge", "of"})  # "what region was he in charge of": a post
        if self.q.has(*ROLE_NOUNS):  # "which other title does he have": all of his posts
            self.use_words({"other", "another", "else"})
        if yes_no and orgs:  # "was Guan Rui the speaker from Wings Media": yes, her post there
            self.use_words(PEOPLE_NOUNS | {"speaker", "lecturer", "one", "the", "from"})
        asked = self.q.words  # "her official title": the title, not a post of an official
        adjective = {i for i, w in enumerate(asked) if w == "official"
                     and asked[i + 1 : i + 2] in (("title",), ("post",))}  # fmt: skip
        titles = [i for i, w in enumerate(asked) if w in ROLE_TITLES and i not in adjective]
        self.use(adjective)
        if titles:
            groups: list[set[str]] = [set()]  # "director general or deputy director general
            for k, i in enumerate(titles):  # of which bodies": a post of either title
                if k and "or" in asked[titles[k - 1] + 1 : i]:
                    groups.append(set())
                groups[-1].update(TITLE_SYNONYMS.get(asked[i], (asked[i],)))
            fitting = [r for r in roles if any(g <= set(fold(r.title).split()) for g in groups)]
            if self.q.has(*PROPER_TITLE):  # "the actual director": not an assistant director
                fitting = [r for r in fitting if not MODIFIERS & set(fold(r.title).split())]
                if not fitting:
                    raise Refused("no one on record holds that post itself")
            if fitting:
                roles = fitting
                self.use(titles)
        if self._asks_earlier():  # "what job did she have before she joined WIPO"
            posts = sorted(roles, key=lambda r: (r.as_of, r.id))
            latest = (posts[-1].title, posts[-1].organization) if posts else None
            roles = [r for r in posts if (r.title, r.organization) != latest]
            if not roles:
                raise Refused(f"no earlier post of {self.lines.name('person', rid)} is on record")
            self.use_words(EARLIER | {"she", "he", "they", "worked", "work", "joined", "became"})
        if self._asks_his_post():  # "Scot Morris talked about CMOs - which organisation is
            self._use_said_by(rid)  # he with?": what he said, on record, names him
        self.cues.append("person")
        person = self.store.get("person", rid)
        if not roles:
            if isinstance(person, Person) and person.description and not orgs:
                return [self.lines.person(person)], Request("who", rid)
            return None
        roles = sorted(roles, key=lambda r: (r.as_of, r.id), reverse=True)
        return [self.lines.role(r) for r in roles], Request("who", rid)

    def _post_stated(self, role: Role, said: set[str]) -> bool:
        """Whether a scene's words state a post: its title's words and its organization's."""
        title = set(fold(role.title).split()) - STOP
        org = self.store.get("organization", role.organization or "")
        names = [org.name, *org.abbreviations] if isinstance(org, Organization) else []
        own = set(fold(" ".join(names)).split()) - STOP
        asked = {w for x in said for w in (x, *TITLE_SYNONYMS.get(x, ()))}
        led = bool(said & LEAD_VERBS) and fold(role.title) in TOP_TITLES  # "X heads Y"
        return (title <= asked or led) and len(own & said) * 3 >= len(own) * 2

    def _apposed(self, rid: str, mention: Mention) -> list[int]:
        """The words set after a person's name that say who she is, before a pronoun takes
        the question up ("Stephanie Carre, the invited foreign expert, she is ..."), when a
        fact of hers holds each of them; [] otherwise."""
        words = self.q.words
        end = next(
            (k for k in range(mention.end, min(mention.end + 8, len(words)))
             if words[k] in PRONOUNS),
            None,
        )  # fmt: skip
        if end is None or end == mention.end:
            return []
        apposed = [k for k in range(mention.end, end) if words[k] not in STOP]
        facts = [("appearance", a.id) for a in self.rel.appearances_of_person(rid)]
        facts += [("role", r.id) for r in self.rel.roles_of_person(rid)]
        if all(any(self.holds(kind, fid, words[k]) for kind, fid in facts) for k in apposed):
            return apposed
        return []

    def _post_checked(self, rid: str, mention: Mention) -> tuple[list[AnswerLine], Request] | None:
        """A person's post as a question states it, to be checked ("Gao Hang is Deputy
        Director of WIPO's division - right?"): "Yes" with the post on record that holds
        every word stated, else "No" with the posts on record (our reading); None unless the
        question checks a statement of a named person's title or organization."""
        if not self._checking():
            return None
        words = self.q.words
        told = {i for m in self.q.mentions if m.kind == "event" for i in m.span}
        posts = {  # the words of the bodies of the person's posts
            w for r in self.rel.roles_of_person(rid)
            for w in fold(self.lines.org_name(r.organization) if r.organization else "").split()
        }  # fmt: skip
        bodies_at = {  # "director of the Beijing film bureau": a body's place, part of the post
            i for p in self.q.places  # (a body of theirs the words after it name)
            if words[p.start - 1 : p.start] in (("the",), ("of",), ("from",), ("at",))
            and p.end < len(words)
            and words[p.end] not in STOP and words[p.end] in posts
            for i in p.span
        }  # fmt: skip
        bodies_at |= {  # "director of the copyright administration of Chengdu": the body's
            i for p in self.q.places  # place, said after it
            if p.start >= 2 and words[p.start - 1] in ("of", "in")
            and words[p.start - 2] in posts and words[p.start - 2] not in STOP
            for i in p.span
        }  # fmt: skip
        owned = f" {fold(self.q.text)} "  # "from shanghai's media group": the
        bodies_at |= {  # place of the body claimed, to judge, not where the question is set
            i for p in self.q.places
            if p.end < len(words) and words[p.end] not in STOP
            and f" {fold(p.name)} s {words[p.end]} " in owned
            for i in p.span
        }  # fmt: skip
        told |= {i for p in self.q.places for i in p.span if i not in bodies_at}
        told |= {i for i, _ in self.q.years}
        told -= set(self._source_said())  # "in the Shanghai article": where it was read
        plain = STOP | ROSTER | SPOKE | LECTURE | set(EVENT_KIND_WORDS) | CHECK_WORDS
        plain |= PEOPLE_NOUNS | {"speaker", "speakers", "lecturer", "one", "checking", "as"}
        plain |= {"both", "still", "then", "also", "already", "time", "listed", "named"}
        scene = set(self.q.context)  # "X of the WIPO Office addressed A - was she at B?"
        left = self.leftover()
        generic = plain | POST_NOUNS | TITLE_ASKED | {"details", "wording", "name", "spelling"}
        if all(  # "We quote X as Y of Z. Is the company right?": what the scene states
            i in scene or words[i] in generic for i in range(self.q.begins, len(words))
        ) and self.q.begins:  # fmt: skip
            scene = set()
            left = [
                i for i in range(len(words))
                if i not in self._links and (i < self.q.begins or words[i] not in generic)
            ]  # fmt: skip
            self.use(i for i in range(self.q.begins, len(words)) if words[i] in generic)
        if all(i in scene for i in range(self.q.begins, len(words))):  # "X is Director of Y -
            scene = set()  # is that his correct title?": the statement before the tag is asked
            left = [i for i in range(self.q.begins) if i not in self._links]
        claims = [i for i in left if i not in mention.span and i not in told
                  and words[i] not in plain and i not in scene]  # fmt: skip
        named_at = {i for m in self.q.mentions for i in m.span}  # not "China Central TV"
        compass = [  # "general manager of its southern region": a post's part, though the
            i for i, w in enumerate(words)  # word is plain elsewhere ("southern China")
            if w in COMPASS_WORDS and i not in scene and i not in told and i not in named_at
            and any(COMPASS_WORDS & set(fold(r.title).split())
                    for r in self.rel.roles_of_person(rid))
        ]  # fmt: skip
        claims = sorted({*claims, *compass})
        titles = ROLE_TITLES | POST_NOUNS | set(TITLE_SYNONYMS) | LEAD_VERBS
        titles |= {words[i] for i in compass}
        countries_said = [i for i in left if words[i] in CONTINENTS and i not in scene]
        if not any(words[i] in titles for i in claims) and not countries_said:
            return None  # "X is Y of Z" or "X is from Z in Germany": a post or where it is
        came = set(words[mention.end :]) & (ATTENDANCE | SPOKE | LECTURE)
        if set(words[mention.end :]) & _SAYING_VERBS:
            return None  # "Is it correct Scot Morris from Australia say income ... is going
            # up?": what he said is checked, not where he is from
        posted = [i for i in claims if words[i] in titles]
        if came and posted and all(i < mention.start for i in posted):
            return None  # "did WIPO's China office head Liu Hua attend the opening?": who
            # she is, said before her name; whether she came is asked
        if came and posted and self._post_apposed(mention, posted):
            return None  # "Is it correct that Ms. Zhao Xiuling, deputy director general of
            # ..., spoke also at the Chengdu forum?": who she is, set between commas
        named = {i for m in self.q.mentions if m.kind in ("organization", "person") for i in m.span}
        only_years = told == {i for i, _ in self.q.years} and not self._event_kind_named([])
        dated = self.q.year_values if only_years else []  # "as of July 2021": her posts then
        at_event = told - set(countries_said) - {i for i, _ in self.q.years}
        event = None
        if at_event or self._event_kind_named([]):  # "X lectured in Shanghai
            event, used = self._try_event()  # as ...": X was there
            self.used = used
            if event is None or not any(
                a.event == event.id for a in self.rel.appearances_of_person(rid)
            ):
                return None
        self.use(i for i in self.leftover() if i in told or words[i] in plain)
        roles = self.rel.roles_of_person(rid)
        if dated:
            roles = [r for r in roles if int(r.as_of[:4]) in dated]
        if event is not None and event.start:  # "director at the 2023 training?": her post
            roles = [r for r in roles if r.as_of[:4] == event.start[:4]] or roles  # then
        latest = _each_post_once(roles)
        if len(dated) > 1:  # "both in 2021 and 2023": the post as of each year asked
            latest = [
                r for year in sorted(set(dated), reverse=True)
                for r in _each_post_once(x for x in roles if int(x.as_of[:4]) == year)
            ]  # fmt: skip
        if not latest:
            return None
        lines = [self.lines.role(r) for r in latest]
        claimed = {words[i] for i in claims}
        proper = self._proper_words()  # "at the University of Milan": a name, to judge
        unknown = [i for i in claims if i not in named and words[i] not in titles | proper]
        countries = {  # "the University of Strasbourg in Germany": where its body is
            fold(org.country)
            for r in latest
            if isinstance(org := self.store.get("organization", r.organization or ""), Organization)
            and org.country
        }
        placed_wrong = [i for i in countries_said if countries and words[i] not in countries]
        if countries_said and self._nationality_asked():
            return None  # "is Sylvie Forbin French?": a nationality, not where a body is
        unknown = [i for i in unknown if i not in countries_said]
        claims = [i for i in claims if i not in countries_said]
        if placed_wrong and len(latest) > 1:
            return None  # several posts: which body was meant is not ours to say
        rival = {  # "a prof at Peking University": another body of the kind theirs is
            i for i in unknown
            if i + 1 in claims and i + 1 not in unknown and words[i + 1] not in ROLE_TITLES
            and any(self._claim_holds(line, words[i + 1]) for line in lines)
        }  # fmt: skip
        all_placed = all(self._placed(r.organization) for r in latest)  # each body's place
        rival |= {i for i in unknown if i in bodies_at and all_placed}  # is on record
        if any(i not in rival and not any(self._claim_holds(line, words[i]) for line in lines)
               for i in unknown):  # fmt: skip
            return None  # a word stated that no post on record has: not ours to judge
        bodies = {  # "Gao Hang is director of the WIPO Office in China": that body, or one
            x.id for m in self.mentioned("organization")  # its post is a unit of, by name
            if m.best.score >= EXACT  # ("a WIPO division" names none); each body a name
            and ((m.start not in scene and m.start >= self.q.begins) or not scene)  # shared
            for x in m.matches  # by two ("the Copyright Department") names either
            if x.kind == "organization" and x.score >= m.best.score
        }  # fmt: skip
        at = {line.id: r.organization for r, line in zip(latest, lines, strict=True)}
        family = {
            o for r in latest for o in (r.organization, *self.rel_ancestors(r.organization or ""))
        }  # fmt: skip
        theirs = {  # "from Boss & Young": the name of a body of theirs, checked as a body
            i for m in self.mentioned("organization") if m.best.id in family for i in m.span
        }
        fitting = [
            line for line in lines
            if not bodies or (o := at.get(line.id)) in bodies
            or (o is not None and bodies & set(self.rel_ancestors(o)))
        ]  # fmt: skip
        fitting = [
            line for line in fitting
            if not placed_wrong
            and all(self._claim_holds(line, words[i]) for i in claims if i not in theirs)
            and (not claimed & (titles - POST_NOUNS)  # a title stated is not a lesser one
                 or (set(fold(self._title_of(line)).split()) & MODIFIERS) <= claimed)
        ]  # fmt: skip
        self.use([*mention.span, *claims, *countries_said])
        self.cues.append("checked")
        offered = self._titles_offered(claims, titles)
        if offered is not None:  # "assistant or deputy director general?": which one
            kept = [
                (side, line)
                for side in offered
                for line in lines
                if all(self._claim_holds(line, words[i]) for i in side)
                and set(fold(self._title_of(line)).split()) & MODIFIERS <= {words[i] for i in side}
            ]
            if len({tuple(side) for side, _ in kept}) != 1:
                return None  # neither, or both: not ours to choose
            said = " ".join(words[i] for i in kept[0][0] if words[i] in ROLE_TITLES | MODIFIERS)
            text = f"{said.capitalize()}, of the two (our reading): {kept[0][1].text}"
            return [replace(kept[0][1], text=text)], Request("who", rid)
        if fitting:
            return [replace(x, text=f"Yes: {x.text} (our reading)") for x in fitting], Request(
                "who", rid
            )
        shared = self._posts_shared(lines, claims, titles, theirs) if not placed_wrong else []
        if shared:  # "Liu Ping is vice chair and director general at MCSC, yeah?": two posts
            return [replace(x, text=f"Yes: {x.text} (our reading)") for x in shared], Request(
                "who", rid
            )
        first = replace(lines[0], text=f"No, not as stated (our reading): {lines[0].text}")
        placed = [  # "APRA, Melbourne office?": where its body is, when on record
            self.lines.place(org)
            for org in dict.fromkeys(
                self.store.get("organization", r.organization or "") for r in latest
            )
            if isinstance(org, Organization) and org.city
        ]
        if not any(words[i] in proper for i in claims) and not placed_wrong:
            placed = []
        return [first, *lines[1:], *placed, *self._held_by_other(rid, latest, claims)], Request(
            "who", rid
        )

    def _posts_shared(
        self,
        lines: Sequence[AnswerLine],
        claims: Sequence[int],
        titles: Collection[str],
        theirs: Collection[int],
    ) -> list[AnswerLine]:
        """The posts that together hold titles stated with "and" ("vice chair and director
        general at MCSC"): each title word held by one of them, every other word stated by
        each; [] unless two or more posts are needed and found."""
        words = self.q.words
        stated = [i for i in claims if words[i] in titles]
        joined = any(
            words[i] in ("and", "&", "plus") and stated[0] < i < stated[-1]
            for i in range(len(words))
        ) if stated else False  # fmt: skip
        if not joined:
            return []
        rest = [i for i in claims if i not in stated and i not in theirs]
        claimed = {words[i] for i in claims}
        used = [
            x for x in lines
            if any(self._claim_holds(x, words[i]) for i in stated)
            and all(self._claim_holds(x, words[i]) for i in rest)
            and set(fold(self._title_of(x)).split()) & MODIFIERS <= claimed  # not a lesser
        ]  # fmt: skip  # title than stated: "chairman" is no Vice Chairman
        if len(used) < 2 or not all(any(self._claim_holds(x, words[i]) for x in used)
                                    for i in stated):  # fmt: skip
            return []
        return used

    def _held_by_other(
        self, rid: str, latest: Sequence[Role], claims: Sequence[int]
    ) -> list[AnswerLine]:
        """The posts on record, at a body a question names that is not the person's, with
        every title word it states ("Zhou Qing heads the Chengdu municipal copyright
        administration, correct?": No, and Shi Jiang is its Director); the first few posts
        there when it states no title ("was Zeng Jin speaking for MCSC?")."""
        words = self.q.words
        theirs = {r.organization for r in latest}
        orgs = [  # named in full, or by part of its name when no other body has it
            m.best.id for m in self.mentioned("organization")  # ("Zhongnan University")
            if m.best.id not in theirs
            and (m.best.score >= EXACT or len({x.id for x in m.matches}) == 1)
        ]  # fmt: skip
        titles = ROLE_TITLES | set(TITLE_SYNONYMS) | LEAD_VERBS
        names = {i for m in self.q.mentions for i in m.span}  # not "Boss" of Boss & Young
        stated = [i for i in claims if words[i] in titles and i not in names]
        if not orgs:
            return []
        others = [r for o in dict.fromkeys(orgs) for r in self.rel.roles_at(o) if r.person != rid]
        lines = [self.lines.role(r) for r in _each_post_once(others)]
        if not stated:  # "Zeng Jin - was he speaking for MCSC?": No, and who is on record
            return lines[:_OTHERS_SHOWN]  # for MCSC
        return [x for x in lines if all(self._claim_holds(x, words[i]) for i in stated)]

    def _placed(self, rid: str | None) -> bool:
        """Whether an organization's place is on record, by its city or a place its name
        holds ("Shanghai Municipal Film Bureau")."""
        org = self.store.get("organization", rid) if rid else None
        if not isinstance(org, Organization):
            return False
        return bool(org.city or set(fold(org.name).split()) & set(self.q.known_places))

    def _claim_holds(self, line: AnswerLine, word: str) -> bool:
        """Whether a role's line holds a word a question states of the post, a plain word
        for its title included ("head" or "chief" of a Director; "heading" or "runs" of a
        top title)."""
        title = fold(self._title_of(line))
        if word in CHAIR_VERBS:  # "does she chair it": a chairman, not any head
            return "chairman" in title.split() or "chair" in title.split()
        if word in LEAD_VERBS:
            return title in TOP_TITLES
        if word in ROLE_TITLES or word in TITLE_SYNONYMS:  # the post's own title, not the
            said = TITLE_SYNONYMS.get(word, (word,))  # words of the person's other posts
            if any(same_word(word, t) for t in title.split()):  # "CEO" of a CEO
                return True
            return all(any(same_word(w, t) for t in title.split()) for w in said)
        record = self.store.get(line.kind, line.id)
        if isinstance(record, Role):  # the post's title and bodies: "the Chengdu copyright
            post = self._post_place(record) | set(title.split())  # head" is not a post in
            if word in _POST_VERBS:  # Sichuan recorded at Chengdu; "teaches at": any post
                return True
            return any(same_word(word, w) for w in post)
        return self.holds(line.kind, line.id, word)

    def _a_place_word(self, word: str) -> bool:
        """Whether a word is one of a place: one the question names, or a city or country
        of a body or event on record ("Chengdu", read as a topic's name too)."""
        if any(word in fold(p.name).split() for p in self.q.places) or word in CONTINENTS:
            return True
        if self._places_on_record is None:
            records = [*self.store.all("organization"), *self.store.all("event")]
            self._places_on_record = {
                w for r in records for field in ("city", "country")
                for w in fold(getattr(r, field, None) or "").split()
            }  # fmt: skip
        return word in self._places_on_record

    def _post_place(self, role: Role) -> set[str]:
        """The words of a post's body and of the bodies above it: names, short forms, cities,
        countries and kinds."""
        said: set[str] = set()
        for rid in (role.organization, *self.rel_ancestors(role.organization or "")):
            org = self.store.get("organization", rid or "")
            if isinstance(org, Organization):
                texts = (org.name, *org.aliases, *org.abbreviations, org.city or "",
                         org.country or "", (org.kind or "").replace("_", " "))  # fmt: skip
                said |= {w for t in texts for w in fold(t).split()}
        return said

    def _title_of(self, line: AnswerLine) -> str:
        """The title of the role a line gives ("" for a line of another kind)."""
        record = self.store.get(line.kind, line.id)
        return record.title if isinstance(record, Role) else ""

    def _roles_of_several(
        self, people: Sequence[Mention]
    ) -> tuple[list[AnswerLine], Request] | None:
        """Answers "which firms were Geoff Hussey, Ran Handong and Xu Guojian with": each
        person's roles, latest first (of the kind of organization named, or of one whose kind
        is not on record); refused when one of them has none that fits."""
        q = self.q
        kinds = {k for phrase in q.kinds for k in phrase.kinds}
        named = {i for m in people for i in m.span}
        rest = [w for i, w in enumerate(q.asked, q.begins) if i not in named and w not in STOP]
        who_are = q.asked[:1] == ("who",) and not rest  # "who are Liu Hua and Zhou Yaping"
        if self.mentioned("organization") or not (
            kinds or who_are or q.has(*ROLE_NOUNS, *TITLE_ASKED)
        ):
            return None
        ids = list(dict.fromkeys(m.best.id for m in people))
        held = {rid: self.rel.roles_of_person(rid) for rid in ids}
        if q.year_values:
            held = {rid: self._dated(roles, lambda r: r.as_of) for rid, roles in held.items()}
        posts = [  # "which law firms": the posts held at one of that kind
            set(fold(r.title).split())
            for roles in held.values()
            for r in roles
            if self._org_kind(r.organization) in kinds
        ]
        lines: list[AnswerLine] = []
        for rid, roles in held.items():
            if kinds:  # of that kind, or of a kind not on record where the post is one of them
                roles = [r for r in roles if self._fits_kind(r, kinds, posts)]
            if not roles:
                raise Refused(f"no role of {self.lines.name('person', rid)} fits that")
            lines += [self.lines.role(r) for r in _each_post_once(roles)]
        self.use(i for m in people for i in m.span)
        self.use(i for k in q.kinds for i in k.span)
        self.use_words(ROLE_NOUNS | TITLE_ASKED | LEAD_VERBS | {"who", "do", "does", "all"})
        self.use_words({"each", "both", "with", "for", "work", "works", "worked", "they"})
        self.cues.append("person")
        return lines, Request("who", ids[0])

    def _fits_kind(self, role: Role, kinds: Collection[str], posts: Sequence[set[str]]) -> bool:
        """Whether a role is at an organization of a kind asked, or of a kind not on record
        where its post is one held at such an organization (a partner, as at a law firm), or
        where none of those asked about is at one of a known kind."""
        kind = self._org_kind(role.organization)
        if kind in kinds:
            return True
        title = set(fold(role.title).split())
        return kind == "other" and (not posts or any(title <= post for post in posts))

    def _unknown_body(self) -> tuple[list[int], str] | None:
        """A body a check says a person represents that no fact names at all ("spoke for
        Alibaba", "represented Baidu", "works for Acme Records"): its words' positions and its
        name as typed (capitalized, as a name is); None when the words after the verb are any
        fact's or not a name ("spoke with passion")."""
        words = self.q.words
        known = {i for m in self.q.mentions for i in m.span} | {
            i for p in self.q.places for i in p.span
        }
        typed = re.findall(r"[\w&-]+", self.q.text)  # each word as typed, for its capital
        for i, w in enumerate(words[:-1]):
            if w not in _REPRESENTING:
                continue
            span: list[int] = []
            for j in range(i + 1, min(i + 4, len(words))):
                word = words[j]
                if j in known or word in STOP or not word.isalpha() or not self._unheld(word):
                    break
                span.append(j)
            names = [next((t for t in typed if fold(t) == words[j]), "") for j in span]
            plain = w not in ("with", "at") and self.q.text == self.q.text.lower()  # "he's from
            if span and (plain or all(n[:1].isupper() for n in names)):  # alibaba right",
                return span, " ".join(names)  # typed all lowercase; a name capitalized: not
        return None  # "spoke with passion", "spoke at length"

    def _not_there(
        self, rid: str, named: Sequence[Mention], unknown: tuple[list[int], str] | None = None
    ) -> tuple[list[AnswerLine], Request]:
        """ "Was X the one from Y" when no role of X at Y is on record (or Y is a body no
        fact names, ``unknown``): "No (our reading)", on the roles that are, latest first."""
        self.use(i for m in named for i in m.span)
        self.use(unknown[0] if unknown else ())
        self.use_words(ROLE_NOUNS | {"the", "one", "from", "at", "of", "with", "person", "guy"})
        self.use_words(ROLE_TITLES | LEAD_VERBS | TITLE_ASKED | ROSTER | PEOPLE_NOUNS)
        took_part = {a.event for a in self.rel.appearances_of_person(rid)}
        for m in self.mentioned("event"):  # "... at the Shanghai training", where they spoke
            if m.best.id in took_part:
                self.use(m.span)
        org = unknown[1] if unknown else self.lines.name("organization", named[0].best.id)
        roles = sorted(self.rel.roles_of_person(rid), key=lambda r: (r.as_of, r.id), reverse=True)
        lines = [self.lines.role(r) for r in roles]
        note = f"No (our reading: no role at {org} is on record for them)"
        target = self.store.get("organization", named[0].best.id) if named else None
        if isinstance(target, Organization) and target.kind == "country":  # "is X British?":
            found = [self.store.get("organization", r.organization or "") for r in roles]
            countries = [b.country if isinstance(b, Organization) else None for b in found]
            if not all(countries):  # where each of their bodies is, or no verdict
                name = self.lines.name("person", rid)
                raise Refused(f"no nationality of {name} is on record, nor a country for "
                              "every body of their posts")  # fmt: skip
            places = ", ".join(dict.fromkeys(c for c in countries if c))
            note = f"No (our reading: the posts on record for them are at bodies in {places})"
        lines[0] = replace(lines[0], text=f"{note}: {lines[0].text}")
        if isinstance(target, Organization) and target.kind != "country":
            family = set(self.org_family(target.id))  # "Liu Ping spoke for CAVCA at the
            lines += [  # roundtable, right?": who did speak for CAVCA there
                self.lines.appearance(a)
                for event in self._named_events()
                for a in self.rel.speakers(event.id)
                if self._speaker_org(a) in family and a.person != rid
            ]
        self.cues.append("person")
        return lines, Request("who", rid)

    def _asks_what_spoken(self) -> bool:
        """ "What exactly lectured Hu Kaizhong in Xiamen?", "what spoke Liu Hua at Chengdu":
        what a named person said or taught (a verb before its subject), not that they spoke,
        nor their post there."""
        q = self.q
        verbs = LECTURE | SPOKE
        return (
            q.asked[:1] == ("what",)
            and q.asked[1:2] in (("exactly",), ("precisely",), *((w,) for w in verbs))
            and q.has(*verbs)
            and not q.has(*ROLE_NOUNS, "title", "titles", "position", "job", "capacity")
            and bool(self.mentioned("person"))
        )

    def _titles_at_event(self, rid: str) -> tuple[list[AnswerLine], Request] | None:
        """A person's part in the one event the question names, with the titles they held
        then; None when it names no event or they took no part in it."""
        placed = bool(self.q.places) and self.q.has("event")  # "at the Xiamen event"
        if not (self.mentioned("event") or self._event_kind_named([]) or placed):
            return None
        mine = self.rel.appearances_of_person(rid)
        kinds = [i for i, w in enumerate(self.q.words) if w in EVENT_KIND_WORDS]
        used = set(self.used)
        several = self._each_event_named(kinds) if len(kinds) > 1 else []
        if len(several) > 1:  # "her post at the Xiamen training and at the Chengdu forum":
            ids = {e.id for e in several}  # her part in each, with her titles then
            appearances = [a for a in mine if a.event in ids]
            if {a.event for a in appearances} != ids:
                self.used = used
                return None
            self.use_words({"both", "each", "and"})
        else:
            event, used = self._try_event()
            appearances = [a for a in mine if event is not None and a.event == event.id]
        if not appearances or self._asks_what_spoken():  # "what exactly lectured X there":
            self.used = used  # what was said, not that they spoke
            return None
        self.use_words(ROLE_NOUNS | TITLE_ASKED | LEAD_VERBS | {"at", "during", "in"})
        self.use_words(ORG_NOUNS)  # "what body did he head at the time of X": his posts then
        self.use_words(ROSTER | SPOKE | LECTURE | {"when", "she", "he"})  # "when she spoke at X"
        if self.excluded:  # "besides his CPC post, what other body did he head then": the
            roles = [r for a in appearances for r in self.lines.roles_then(a)]  # other posts
            roles = [r for r in roles if r.organization not in self.excluded]
            if roles:
                self.cues.append("person")
                return [self.lines.role(r) for r in dict.fromkeys(roles)], Request("who", rid)
        self.cues.append("appearance")
        said = bool(self.leftover())  # "the projects Ms. Liu mentioned at Xiamen": what she said
        return [self.lines.appearance(a, said=said) for a in appearances], Request("who", rid)

    def person_events(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "which events did Liu Hua attend", "where did Zhao Xiuling speak": a
        person's appearances (at the events, in the years and places named), by date."""
        people = self.mentioned("person")
        if not people or len({m.best.id for m in people}) > 1:
            return None
        rid = people[0].best.id
        self.use(people[0].span)
        appearances = self.rel.appearances_of_person(rid)
        events = self._named_events()
        if events:
            appearances = [a for a in appearances if a.event in {e.id for e in events}]
        if self.q.years:
            appearances = [a for a in appearances if any(
                _in_year(self.rel.event(a.event), y) for y in self.q.year_values)]  # fmt: skip
        if not appearances:
            raise Refused(f"no such appearance of {self.lines.name('person', rid)} is on record")
        self.use_words(ROSTER | WHERE | {"events", "event", "where", "go", "went", "was", "were"})
        self.use_words({"appearances", "appearance", "appeared", "appear", "covered"})
        self.use_words({"attend", "attended", "attends", "attending"})  # each appearance is one
        if not self._capacity():  # "at which events is she reported as attending or
            self.use_words(SPOKE | AT_EVENT_ACTS | {"reported", "as", "or"})  # speaking": each
        topic = self.q.has(*TOPIC_ASKED) or self._asks_what_spoken()  # "what was Gao Hang's
        # lecture topic", "what exactly lectured Gao Hang there": our summary
        if topic:  # of what was said, unless the article gives one list for several speakers
            name = self.lines.name("person", rid)
            shared = [a for a in appearances if self._topics_shared(a)]
            if shared:
                raise _topics_together(name, shared[0])
            if not any(a.topics for a in appearances):
                raise Refused(f"no subject of {name}'s talk is on record")
            self.use_words(TOPIC_ASKED | {"specifically", "exactly", "lecture", "talk"})
        self.cues.append("appearances")
        return [self.lines.appearance(a, said=topic) for a in appearances], Request("who", rid)

    def _force_date_unknown(self) -> None:
        """Refuses the date an instrument named entered into force when no step of it on
        record says it did, whoever else the question names ("when did the Marrakesh Treaty,
        which Liu Hua said WIPO and NCAC promoted, enter into force?": not her talk's date)."""
        things = self.mentioned("instrument")
        if len({m.best.id for m in things}) != 1 or not self.asks_when():
            return
        if not self._asks_force() or self.asks_yes_no():
            return
        if self.q.has("need", "needed", "needs", "required", "require", "requires", "more"):
            return  # "when did it need one more ratification to enter into force": a step
        record = self.store.get("instrument", things[0].best.id)
        if not isinstance(record, Instrument):
            return
        steps = [m for m in self.rel.milestones(record.id) if _says_force(m)]
        if all(_only_hoped(m, "force") for m in steps):  # none, or each only that it would
            raise Refused(f"no date of entry into force of the {record.name} is on record")

    def lecture_subjects(self) -> tuple[list[AnswerLine], Request] | None:
        """The subjects an event's lectures covered, when the article names them for its
        lecturers together ("What were the topics lectured on at the said Xiamen training?":
        the subjects of its article, none given to any one lecturer). None unless one event
        is named, no person, and what its lectures were on is asked."""
        q = self.q
        lectured = q.has(*LECTURE) or q.has("talks", "sessions", "courses", "course")
        if not (q.has(*TOPIC_ASKED) and lectured) or self.mentioned("person"):
            return None
        events = self._named_events()
        if len(events) != 1:
            return None
        event = events[0]
        lecturers = [a for a in self.rel.speakers(event.id) if "lectur" in a.capacity]
        if not lecturers or any(a.topics for a in lecturers):
            return None  # a lecturer's own subjects are on record: those answer
        subjects = [
            t for t in self.store.all("topic")
            if isinstance(t, Topic) and t.kind == "subject" and t.source == event.source
        ]  # fmt: skip
        if not subjects:
            return None
        self.use(i for m in self.mentioned("event") for i in m.span)
        self.use(i for p in q.places for i in p.span)
        self.use_words({*TOPIC_ASKED, *LECTURE, "talks", "sessions", "courses", "course", "on",
                        "covered", "cover", "given", "gave", "delivered", "at", "in", "were",
                        "was", "what", "which", "the", "said", "main", "all", "list"})  # fmt: skip
        self.use(i for i, _ in q.years)
        self.cues.append("lecture subjects")
        return [self.lines.subject(t) for t in subjects], Request("event", event.id)

    def _lecture_topic_shared(self) -> None:
        """Refuses what one person's lecture was on ("Ng CISAC lecture title at Xiamen?",
        "what did de Castro's own lecture cover?") when the article gives the subjects of
        every lecture of theirs only as one list for several speakers."""
        q = self.q
        people = {m.best.id for m in self.mentioned("person")}
        nouns = {"lecture", "lectures", "talk", "presentation", "speech"}  # not "lectured"
        talk = {i for i, w in enumerate(q.words) if w in nouns}
        if len(people) != 1:
            return
        asked = TOPIC_ASKED | {"title", "about", "cover", "covered", "covers"}
        near = any(  # "his lecture title", "what did his lecture cover", "lecture topic":
            w in asked and any(0 < i - j <= TALK_TO_TOPIC for j in talk)  # asked of the talk,
            for i, w in enumerate(q.words)  # not "lectured ... what region does he cover"
        )
        which = (
            any(  # "about which topic lectured Guan Rui", "what topic did Cogo lecture on"
                w in ("which", "what") and q.words[i + 1] in TOPIC_ASKED
                for i, w in enumerate(q.words[:-1])
            )
            and q.has(*LECTURE, *SPOKE, "covered", "cover", "gave", "give", "given", "delivered")
        )  # "what topic he gave in Xiamen"
        if (
            not near
            and not which
            and not any(q.words[j - 1 : j] in (("topic",), ("subject",)) for j in talk)
        ):
            return
        rid = next(iter(people))
        mine = self.rel.appearances_of_person(rid)
        events = {e.id for e in self._named_events()}
        mine = [a for a in mine if not events or a.event in events]
        claims = self.store.all("claim")
        said = {c.event for c in claims if isinstance(c, Claim) and c.person == rid}
        name = self.lines.name("person", rid)
        if mine and all(self._topics_shared(a) for a in mine):
            raise _topics_together(name, mine[0])
        if mine and all(not a.topics and a.event not in said for a in mine):
            raise Refused(f"no subject of {name}'s talk is on record")

    def _topics_shared(self, appearance: Appearance) -> bool:
        """Whether an appearance's topics are one list given for several speakers at its event
        (invited experts whose subjects the article names together)."""
        if not appearance.topics:
            return False
        return any(
            a.person != appearance.person and tuple(a.topics) == tuple(appearance.topics)
            for a in self.rel.speakers(appearance.event)
        )

    def _org_kind(self, rid: str | None) -> str | None:
        org = self.store.get("organization", rid) if rid else None
        return org.kind if isinstance(org, Organization) else None

    def _org_in(self, rid: str | None, place: Place) -> bool:
        """Whether an organization is at a place: its city or country, or, when it has no city on
        record, a city of its country where it organized an event ("the WIPO office in
        Beijing" is the WIPO Office in China, which held the roundtable there)."""
        if self._org_at(rid, place.name):
            return True
        org = self.store.get("organization", rid) if rid else None
        if not isinstance(org, Organization) or org.city or place.country is None:
            return False
        if fold(place.country) != fold(org.country or ""):
            return False
        return any(_event_at(e, place.name) for e in self.rel.organized(org.id))

    def _org_at(self, rid: str | None, place: str) -> bool:
        org = self.store.get("organization", rid) if rid else None
        if not isinstance(org, Organization):
            return False
        return fold(place) in (fold(org.city or ""), fold(org.country or ""))

    def organization(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "What is CAVCA", "what does WOC stand for": what an organization is;
        "which events did NCAC organize": the events it organized."""
        orgs = self.mentioned("organization")
        expands = {"stand", "stands"} & set(self.q.asked) and "for" in self.q.asked
        if expands:  # "Benjamin Ng is with CISAC - what does CISAC stand for?": the one asked
            orgs = [m for m in orgs if m.start >= self.q.begins] or orgs
            self.use(self.q.context)  # the scene is where the reader met it
        if not orgs or (self.mentioned("person") and not expands):
            return None
        if self._only_in_scene("organization") and not expands:
            return None
        if self.q.asked[:1] == ("what",) and self._statement_cue(attribution=False):
            return None  # "what did the head of ARIPO say at Chengdu": what was said, which a
            # profile is not
        if len({m.best.id for m in orgs}) > 1 and self.q.has(*_TOGETHER) and not expands:
            return None  # "stuff wipo and ncac did together?": what they did, which neither's
            # profile says
        if orgs[0].best.id in self.excluded:  # "which body besides NCAC hosted the forum":
            return None  # another, never NCAC's own events
        org = self.store.get("organization", orgs[0].best.id)
        if not isinstance(org, Organization) or self._party_to_named(org.id):
            return None  # "does China hold copyright dialogues with the EU": the dialogues
        taking = any("revenue" in PARAPHRASES.get(w, ()) for w in self.q.words)
        if taking and self.q.asked[:1] in WH_ASKED and not expands:  # "what'd MCSC make last
            return None  # year": its takings, which its profile only mentions
        self.use(orgs[0].span)
        kinds = {EVENT_KIND_WORDS[w] for w in self.q.words if w in EVENT_KIND_WORDS}
        asked = self.q.asked[1:2] and self.q.asked[1] in EVENT_KIND_WORDS  # "which trainings"
        named = self.q.has("stand", "stands", "acronym", "abbreviation", "name")
        proper = {w for i, w in enumerate(self.q.words) if i not in self.q.context}
        if self.q.asked[:1] == ("why",) and proper & ORGANIZE:
            return None  # "why did WIPO organize the Chengdu forum": its purpose, not who
        organized = bool(proper & ORGANIZE) and not named  # not "WIPO said at the Shanghai
        if organized or proper & {"events", "event"} or asked:  # event ... - which groups"
            events = self.rel.organized(org.id)
            events = [e for e in events if not self.q.year_values or any(
                _in_year(e, y) for y in self.q.year_values)]  # fmt: skip
            if kinds:  # "which trainings did WIPO organize"
                events = [e for e in events if any(_of_kind(e, k) for k in kinds)]
                self.use_words(EVENT_KIND_WORDS)
            events = [e for e in events if all(self._event_at(e, p.name) for p in self.q.places)]
            self.use(i for p in self.q.places for i in p.span)
            if not events:
                raise Refused(f"no event organized by {org.name} is on record")
            alone = self._organized_alone(events[0]) if len(events) == 1 else None
            if alone is not None:  # "was the 2023 training organized by NCAC alone?"
                return alone, Request("event", events[0].id)
            if self.q.has(*ALONE, "sole", "solely"):  # "which trainings did NCAC organize alone"
                events = [e for e in events if set(e.organizers) == {org.id}]
                if not events:
                    raise Refused(f"no event organized by {org.name} alone is on record")
            self.use_words(ORGANIZE | {"events", "event"})
            self.cues.append("events organized")
            return [self.lines.organizer(e, org.id) for e in events], Request("org", org.id)
        if self.q.asked[:1] in (("who",), ("whom",)):
            return None  # "who from the film bureau addressed ...": a person, not its profile
        if {"his", "her"} & set(self.q.asked) and self.q.has("name", "names", "called"):
            return None  # "the lyricist who is vice chairman of X - what's his name?": a person
        after = self.q.words[orgs[0].end : orgs[0].end + 1]
        if after and after[0] in PEOPLE_NOUNS | ROLE_TITLES | SPOKESPEOPLE:
            return None  # "NCAC official who gave the interview - name?": a person
        of = self.q.words[max(0, orgs[0].start - 3) : orgs[0].start]
        if "of" in of and set(of[: of.index("of")]) & (PEOPLE_NOUNS | ROLE_TITLES | SPOKESPEOPLE):
            return None  # "the name of the functionary of NCAC": a person
        known = {w for t in (org.name, *org.aliases, *org.abbreviations) for w in words_of(t)}
        known |= {self.q.words[i] for m in orgs if m.best.id == org.id for i in m.span}
        if any(
            w in ("which", "what") and i > orgs[0].end and i + 1 < len(self.q.words)
            and self.q.words[i + 1] not in STOP and self.q.words[i + 1] not in known
            for i, w in enumerate(self.q.words)
        ):  # fmt: skip
            return None  # "FTA talks China was in - Australia, South Korea and which union?":
            # another body, not the profile of one named before
        noun = self._asked_noun()
        if noun is not None and _plural(self.q.words[noun]) and self.q.words[noun] in ORG_PLURALS:
            return None  # "which other organizations did NCAC name": not NCAC's profile
        if noun is not None and self.q.words[noun] in PEOPLE_NOUNS | ROLE_TITLES:
            return None  # "which professor from the Department of Law": a person
        self.use_words(
            {"stand", "stands", "abbreviation", "acronym", "full", "mean", "means", "short", "for"}
        )
        if self.q.has("acronym", "abbreviation", "name", "initials"):  # "the English
            self.use_words(_NAME_ASKED)  # abbreviation used for X", "what's behind it"
        expands = self.q.has("stand", "stands", "acronym", "abbreviation", "initials") or (
            self.q.has("full") and self.q.has("name")
        )
        if expands:  # "what does SMG mean", "CFCA's initials": refused when none is on record
            _expansion_on_record(org)
        self.use_words(ORG_KIND_WORDS | {"kind", "type", "sort", "about"})
        self.use(i for k in self.q.kinds for i in k.span if org.kind in k.kinds)
        for place in self.q.places:
            if self._org_at(org.id, place.name):
                self.use(place.span)
        words = self.q.words
        taking_part = {  # "taking part in": joining, not being part of
            i for i, w in enumerate(words) if w == "part" and i and words[i - 1] in TAKE_WORDS
        }
        if self.q.has("parent", "belong", "belongs") or any(
            w == "part"
            and i not in taking_part
            and words[i + 2 : i + 3] not in (("per",), ("according",), ("by",))
            for i, w in enumerate(words)
        ):  # not "the FTA talks China has been part of per NCAC": what NCAC says
            if not org.parent:
                raise Refused(f"no parent organization of {org.name} is on record")
            self.use_words({"parent", "belong", "belongs", "part"})
        if self.q.opens_yes_no:  # "was that a record for MCSC?":
            spans = {i for m in self.q.mentions for i in m.span}  # not what MCSC is; "is CAVCA
            spans |= {i for p in self.q.places for i in p.span}  # a CMO?" is (its kind's
            rest = [i for i in self.leftover() if self.q.words[i] not in STOP and i not in spans]
            if rest:  # words are accounted for), and "is WOC part of WIPO?"
                return None
        words = self.q.words
        if any(i not in self.used and w in (NUMBER | FIGURE_NOUNS) - {"how"}
               for i, w in enumerate(words)):  # fmt: skip
            return None  # "what was CAVCA's total in 2024": a figure, which a profile is not
        self.cues.append("organization")
        described = bool(self.leftover())  # "what new revenue stream did CAVCA add": our
        # description holds what is asked
        return [self.lines.organization(org, described=described)], Request("org", org.id)

    def where(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "Where was the Chengdu forum held", "where is APRA based", "where does Cogo
        teach": an event's place, an organization's city, a person's organization."""
        if self.q.has("who", "whom") and self.q.has(*_HOSTING):
            return None  # "who hosted the forum, where was it held ...": who is asked too
        self.use_words(WHERE | {"held", "take", "took", "place", "happen", "happened"})
        self.use_words({"hold", "holds", "host", "hosted", "convene", "convened", "staged"})
        self.use_words({"run", "ran", "organize", "organized", "organise", "organised"})
        self.use_words({"location"} | VENUES)
        event = None if self.mentioned("person") else self.one_event()
        words = self.q.words
        origin = (
            any(  # "where did the guests come from": not where the event was held
                w in ("come", "came", "comes", "coming", "were", "are") and "from" in words[i + 1 :]
                for i, w in enumerate(words)
            )
            and self.q.has(*ATTENDING)
        )
        if event is not None and origin:
            if not event.represented:
                raise Refused(f"where the {event.name}'s participants came from is not on record")
            self.use_words({"come", "came", "comes", "coming", "from", "were", "are"})
            self.use_words(ATTENDING | {"did", "do", "the"})
            self.cues.append("where")
            return self._represented(event)
        if event is not None:
            if not event.city and not event.country:
                raise Refused(f"the {event.name} has no place on record")
            finest = fold(event.city or event.country or "")
            finer = self.q.has("exactly", "venue", "venues")  # "Chengdu forum venue?": the
            finer = finer and set(finest.split()) <= set(self.q.words)  # city is said already
            finer = finer or self._within(finest)  # "where in Beijing was it held"
            if self._venue_asked() or finer:  # "which venue (in Shanghai) hosted the
                # training": finer than all we hold
                raise Refused(f"no place more precise than {finest.title()} is on record")
            self.use_words(WHEN | EVENT_TIMES)  # "where and on which dates": the line says both
            self.cues.append("where")
            return [self.lines.dates(event)], Request("event", event.id)
        if self.mentioned("person"):
            placed = self._orgs_placed()
            if placed is not None:  # "Scot Morris - which association, and what city?"
                return placed
            if self.q.has(*ROSTER) or self.q.years or not self.q.has(*ROLE_NOUNS):
                return self.person_events()  # "where did Zhao Xiuling speak"
            return self.person_roles()  # "where does Gao Hang work"
        orgs = self.mentioned("organization")
        if orgs:
            org = self.store.get("organization", orgs[0].best.id)
            if isinstance(org, Organization):
                self.use(orgs[0].span)
                if not org.city:
                    raise Refused(f"no city is on record for {org.name}")
                self.cues.append("where")
                return [self.lines.place(org)], Request("org", org.id)
        return None

    def _within(self, place: str) -> bool:
        """Whether the question asks for a spot inside a place it names itself ("where in
        Beijing", "whereabouts in Xiamen", "which part of Chengdu", "what district of X")."""
        words = self.q.words
        named = tuple(place.split())
        return any(
            words[i + len(lead) : i + len(lead) + len(named)] == named
            for i in range(len(words))
            for lead in (words[i : i + 2], words[i : i + 3])
            if _a_spot_in(lead)
        )

    def post_kept(self) -> tuple[list[AnswerLine], Request] | None:
        """The one person named's post at each time or event named (`_post_kept`), before the
        events' speakers are read ("X spoke at A and at B. Same title both times?")."""
        people = {m.best.id: m for m in self.mentioned("person")}
        if len(people) != 1:
            return None
        rid, mention = next(iter(people.items()))
        roles = self.rel.roles_of_person(rid)
        named = {u for m in self.mentioned("organization") for u in self.org_family(m.best.id)}
        if named and [r for r in roles if r.organization in named]:
            roles = [r for r in roles if r.organization in named]
        used = set(self.used)
        found = self._post_kept(rid, roles)
        if found is None:
            self.used = used
            return None
        self.use(mention.span)
        self.use(i for m in self.mentioned("organization") for i in m.span)
        return found

    def same_body(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "are Geoff Hussey and Ran Handong partners in the same law firm?", "do X
        and Y work for the same organization?": each one's posts as on record, "Yes" (our
        reading) with the body they share (or one above both), else "No" with each body.
        None unless two people or more are named and "same" asks of a body."""
        q = self.q
        people = list(dict.fromkeys(m.best.id for m in self.mentioned("person")))
        bodies = {*ORG_NOUNS, "company", "employer", "society", "association", "university"}
        bodies |= {"firms", "companies", "organizations", "organisations", "office"}
        if len(people) < 2 or not q.has("same") or not q.has(*bodies, "work", "works"):
            return None
        generic = bodies | {"law", "legal", "same", "the"}  # "the same law firm": no firm
        orgs = [m for m in self.mentioned("organization") if {q.words[i] for i in m.span} - generic]
        if orgs or self.mentioned("event"):
            return None
        posts = {p: _each_post_once(self.rel.roles_of_person(p)) for p in people}
        if not all(posts.values()):
            return None
        homes = [
            {a for r in held if r.organization for a in (r.organization, *self.rel.ancestors(
                r.organization))}
            for held in posts.values()
        ]  # fmt: skip
        shared = set.intersection(*homes)
        self.use(i for m in self.mentioned("person") for i in m.span)
        self.use_words(bodies | ROLE_NOUNS | ROLE_TITLES | YES_NO | {"same", "work", "works"})
        self.use_words({"both", "they", "at", "in", "for", "of", "or", "not", "which", "law"})
        self.use_words({"partner", "partners", "colleagues", "with"})
        self.cues.append("posts compared")
        lines = [self.lines.role(r) for held in posts.values() for r in held]
        if shared:  # the nearest body both are under
            nearest = max(sorted(shared), key=lambda o: len(self.rel.ancestors(o)))
            verdict = f"Yes (our reading: both hold posts at {self.lines.org_name(nearest)})"
        else:
            verdict = "No (our reading: the articles give each a post at a different body)"
        lines[0] = replace(lines[0], text=f"{verdict}: {lines[0].text}")
        return lines, Request("who", people[0])

    def _post_kept(
        self, rid: str, roles: Sequence[Role]
    ) -> tuple[list[AnswerLine], Request] | None:
        """Answers "is Liu Hua still running WIPO's China office in 2025, same as at the 2021
        Xiamen training?": the person's post (at the organization named) at each time named,
        by year or by event; "Yes" (our reading) when one title is on record at every one of
        them, and refused when one of them has none. None unless "still" or "same as" asks
        it, with two times or more."""
        q = self.q
        words = q.words
        same = any(words[i : i + 2] == ("same", "as") for i in range(len(words) - 1))
        same = same or (
            q.has("same") and q.has(*ROLE_NOUNS | ROLE_TITLES | {"title", "post", "job"})
        )  # "the same WIPO China Office director who addressed X"
        posts = ROLE_NOUNS | ROLE_TITLES | {"title", "post", "job"}
        differ = q.has("different", "differ", "differed", "differs") and q.has(*posts)
        if not (q.has("still") or same or differ):  # "was her title different at X than at Y"
            return None
        kinds = [i for i, w in enumerate(words) if w in EVENT_KIND_WORDS]
        before = set(self.used)
        events = [e for e in self._each_event_named(kinds) if e.start]
        event_years = set(self.used) - before  # the years that date an event named
        times = [str(y) for i, y in q.years if i not in event_years]
        times += [e.start or "" for e in events]
        if len(times) < 2:
            return None
        at = [[r for r in roles if r.as_of.startswith(t[:4])] for t in times]
        if not all(at):
            missing = times[[bool(x) for x in at].index(False)][:4]
            raise Refused(f"no post of {self.lines.name('person', rid)} is on record for {missing}")
        titles = set.intersection(*({(r.title, r.organization) for r in x} for x in at))
        if not titles:
            return None
        self.use(i for i, _ in q.years)
        self.use(kinds)
        self.use_words({"still", "same", "as", "at", "the", "in", "running", "runs", "run"})
        self.use_words({"both", "times", "time", "or", "did", "it", "change", "changed", "was"})
        self.use_words({"occasions", "occasion", "again", "events", "each"})
        self.use_words(ATTENDANCE | ROSTER | SPOKE | {"also", "and"})
        self.use_words(LEAD_VERBS | ROLE_NOUNS)
        self.use_words({"different", "differ", "differed", "differs", "than", "from"})
        self.use_words({"promoted", "promotion", "demoted", "she", "he"})  # "or was she promoted"
        lines = [self.lines.role(r) for x in at for r in x if (r.title, r.organization) in titles]
        lines = list(dict.fromkeys(lines))
        verdict = "No, the same post" if differ and not same else "Yes, the same post"
        lines[0] = replace(lines[0], text=f"{verdict} (our reading): {lines[0].text}")
        self.cues.append("person")
        return lines, Request("who", rid)

    def _orgs_placed(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "Scot Morris - which association, and what city?", "where is Zhang Fan's
        company based": the organizations of the one person named (of the kind asked), each
        with its post and its city; None unless the question proper names an organization or
        a kind of one, or asks where one is based."""
        q = self.q
        people = self.mentioned("person")
        proper = set(q.words[q.begins :])
        kinds = {k for phrase in q.kinds for k in phrase.kinds}
        if len({m.best.id for m in people}) != 1:
            return None
        based = {"based", "headquartered", "located", "city"}
        if proper & (SPOKE | LECTURE | AT_EVENT_ACTS) and not proper & (based - {"city"}):
            return None  # "in which city did Liu Hua speak": where her events were
        if not (kinds or proper & (ORG_KIND_WORDS - {"which"}) or proper & based):
            return None
        roles = _each_post_once(self.rel.roles_of_person(people[0].best.id))
        named = self.mentioned("organization")  # "APRA's Scot Morris - where based": his
        if named and not {m.best.id for m in named} <= {r.organization for r in roles}:
            return None  # body's city; not where another body named is
        if named:
            roles = [r for r in roles if r.organization in {m.best.id for m in named}]
            self.use(i for m in named for i in m.span)
        if kinds:
            roles = [r for r in roles if self._org_kind(r.organization) in kinds]
        found = (self.store.get("organization", r.organization or "") for r in roles)
        orgs = [o for o in found if isinstance(o, Organization)]
        placed = [o for o in dict.fromkeys(orgs) if o.city]
        if not placed and orgs and proper & based:  # "where is Zhang Fan's company based"
            names = "; ".join(o.name for o in dict.fromkeys(orgs))
            raise Refused(f"no city is on record for {names}")
        if not placed:
            return None
        self.use(people[0].span)
        self.use(i for phrase in q.kinds for i in phrase.span)
        self.use_words(
            ORG_KIND_WORDS | based | TITLE_ASKED | ROLE_NOUNS | {"and", "from", "in", "is"}
        )
        self.cues.append("where")
        posts = [r for r in roles if r.organization in {o.id for o in placed}]
        held = {w for r in posts for w in self.words_of("role", r.id)}
        self.use(i for i in q.context if q.words[i] in held)  # "Shanghai: Carre, which
        went = {a.event for a in self.rel.appearances_of_person(people[0].best.id)}
        self.use(  # university and country?", "Shanghai training. Cogo, what university?":
            i for m in self.mentioned("event") if m.best.id in went for i in m.span
        )  # the scene, where they spoke
        lines = [self.lines.role(r) for r in posts]
        return lines + [self.lines.place(o) for o in placed], Request("who", people[0].best.id)

    def _post_apposed(self, mention: Mention, posted: Sequence[int]) -> bool:
        """Whether the words of a post come between commas right after a person's name and
        before what they did ("Ms. Zhao Xiuling, deputy director general of NCAC, spoke at
        ..."): who they are, said by the way, not asked."""
        words = self.q.words
        verb = next(
            (i for i in range(mention.end, len(words)) if words[i] in ATTENDANCE | SPOKE | LECTURE),
            None,
        )
        if verb is None or not all(mention.end <= i < verb for i in posted):
            return False
        if len(self.q.text) > _PATTERN_MAX:
            return False
        name = r"\W+".join(re.escape(w) for w in words[mention.start : mention.end])
        between = r"\W+".join(re.escape(w) for w in words[mention.end : verb])
        said = rf"(?i)\b{name}\s*,\s*{between}\s*,\s*(?:\w+\s+)?{re.escape(words[verb])}\b"
        return re.search(said, self.q.text) is not None  # (as typed: `fold` drops commas)

    def _body_before_post(self) -> set[int]:
        """Where a question names a body, capitalized, before a noun for someone's post ("Jiang
        Bo's the Alibaba lawyer, right?"): a body a home check weighs."""
        words = self.q.words
        titled = {t.lower() for t in re.findall(r"\b[A-Z][A-Za-z]+\b", self.q.text[:_PATTERN_MAX])}
        return {
            i for i in range(1, len(words) - 1)
            if words[i - 1] in ("the", "a", "an") and words[i] in titled
            and words[i + 1] in _POST_HOLDERS
        }  # fmt: skip

    def direct_words(self) -> tuple[list[AnswerLine], Request] | None:
        """A person's own words asked for ("give me a direct quote from Gao Hang", "what did
        Zhou Qing say, word for word?"): the statements the article quotes whole
        (`speech = "direct"`, proven by `check --sources`), in quotation marks; refused when
        the article quotes none of theirs (what it reports of them is its words or ours,
        never theirs). None unless one person is named and their own words are asked."""
        if len(self.q.text) > _PATTERN_MAX:
            return None
        wording = re.search(_WORDING, self.q.text) is not None
        wording = wording and not self.q.has(*ROLE_NOUNS - {"title", "titles"}, "name", "names")
        wording = wording and self.q.has(
            "quote", "quotes", "quotation", "said", "say", "says", "statement", "remarks"
        )
        if not (re.search(_OWN_WORDS, self.q.text) or wording):  # "his quote about X - exact
            return None  # wording" (not "X's post - exact wording": the post as written)
        if self.q.has("title", "titles", "name", "names") and not self.q.has(*STATEMENT):
            return None  # "his two titles - what are they, word for word?": as written
        people = {m.best.id for m in self.mentioned("person")}
        if len(people) != 1:
            return None
        rid = next(iter(people))
        quoted = [
            c for c in self.store.all("claim")
            if isinstance(c, Claim) and c.person == rid and c.speech == DIRECT
        ]  # fmt: skip
        events = {m.best.id for m in self.mentioned("event")}
        if events:  # "a quote from Zhou Qing at the Chengdu forum": said there
            quoted = [c for c in quoted if c.event in events]
        name = self.lines.name("person", rid)
        if not quoted:
            raise Refused(
                f"the articles quote none of {name}'s own words, only report what was said"
            )
        self.use(i for m in self.mentioned("person") for i in m.span)
        self.use(i for m in self.mentioned("event") for i in m.span)
        self.use_words(_QUOTE_ASKED)
        left = self.leftover()  # "Yu Cike's quote about Belt and Road cooperation": that one
        if len(quoted) > 1 and left:
            missing = {c.id: len(self._missing(c, left)) for c in quoted}
            fewest = min(missing.values())
            if fewest < len(left):
                quoted = [c for c in quoted if missing[c.id] == fewest]
                self.use(left)
        left = self.leftover()  # "Yu Cike's opening ceremony quote": where he said it, as his
        settings = [  # appearance there tells it
            a for a in self.rel.appearances_of_person(rid) if a.event in {c.event for c in quoted}
        ]
        if left and settings:
            missing_all = set(left)
            for appearance in settings:
                missing_all &= set(self._missing(appearance, left))
            self.use(i for i in left if i not in missing_all)
        sources = {c.source for c in quoted}  # "his quote, and his title": the line names the
        if any(r.source in sources for r in self.rel.roles_of_person(rid)):  # posts the same
            self.use_words(ROLE_NOUNS | {"name"})  # article gives him
        self.cues.append("direct quotation")
        return [self.lines.claim(c) for c in quoted], Request("who", rid)

    def home_checked(self) -> tuple[list[AnswerLine], Request] | None:
        """Checks where a statement says a person is from ("Scot Morris is from a copyright
        group in Melbourne, right?"): "Yes" or "No (our reading: ...)" on the city and country
        of the bodies they hold posts at; a body or place no fact names ("works for Alibaba")
        is checked against those bodies, when the question names no other body. None unless
        one person is named, the place or body follows "from", "in", "for", "with" or "at",
        and no event, speech or year is spoken of (where they spoke is another check)."""
        q = self.q
        people = {m.best.id for m in self.mentioned("person")}
        if len(people) != 1 or self.mentioned("event") or self._event_kind_named([]) or q.years:
            return None
        came_from = {i for i, w in enumerate(q.words[:-1]) if w in ("came", "come", "comes")
                     and q.words[i + 1] == "from"}  # fmt: skip  ("came from Lyon": is from)
        if any(w in {*SPOKE, *LECTURE, *ATTENDANCE, *ORGANIZE, *_SAYING_VERBS}
               and i not in came_from for i, w in enumerate(q.words)):  # fmt: skip
            return None  # (nor what they said: "Is it correct Scot Morris from Australia say
            # income from radio is still going up?")
        if not self.asks_yes_no() and q.has(*FIGURE_NOUNS, *REPORTING_VERBS):  # "APRA's
            return None  # figure as reported by Scot Morris in Chengdu": a figure asked for
        words = q.words
        after = self._after_body()
        said = [
            p
            for p in q.places
            if p.start and (words[p.start - 1] in ("from", "in") or p.start in after)
        ]
        unheld = [  # a body or place no fact names, when the question names no body ("works
            i for i, w in enumerate(words[1:], 1)  # for WIPO in Geneva": the post is on record,
            if (words[i - 1] in ("from", "in", "for", "with", "at") or i in after  # Geneva
                or (words[i - 1] == "of" and i > 1  # "an executive of Alibaba", "from the
                    and words[i - 2] in ROLE_TITLES | PEOPLE_NOUNS | _BODY_NOUNS)  # university
                # of Paris"
                or i in self._body_before_post())  # "the Alibaba lawyer"
            and w.isalpha() and w not in _LANGUAGES.split("|")  # not "title in English"
            and w not in STOP and not any(i in m.span for m in q.mentions)  # is not; "in
            and words[i + 1 : i + 2] != ("of",)  # charge of" is no place)
            and w not in CHECK_WORDS | TAG_WORDS | {"no", "nah", "nope"}  # ", yes?", "ya or no"
            and w not in ROLE_TITLES | ROLE_NOUNS  # "gao yunfei film bureau chief": a post
            and (w not in PEOPLE_NOUNS or i not in after)  # "the shanghai film man": theirs
            and self._unheld(w)
        ]  # fmt: skip
        rid = next(iter(people))
        holders: list[Role] = []
        if not said and not unheld and self._works_for_another(rid):  # "Guan Rui works for
            unheld = [0]  # China Science Publishing & Media, yes?": a body on record, not his
            asked = {w for w in words if w in ROLE_TITLES}  # "was Zheng Wei the professor
            holders = [  # from ZUEL?": the post's holder there too; "does Zhang Fan work
                r for m in self.mentioned("organization") for r in self.rel.roles_at(m.best.id)
                if r.person != rid and (not asked or asked <= set(fold(r.title).split()))
            ]  # for Wings Media?": who is on record there  # fmt: skip
            if len({r.person for r in holders}) > _HOLDERS_SHOWN:
                holders = []
        if len(said) + len(unheld) != 1:
            return None
        roles = _each_post_once(self.rel.roles_of_person(rid))
        found = (self.store.get("organization", r.organization or "") for r in roles)
        bodies = [o for o in dict.fromkeys(found) if isinstance(o, Organization)]
        homes = [o for o in bodies if o.city]
        named = {m.best.id for m in self.mentioned("organization") if m.best.score >= EXACT}
        if unheld == [0]:
            named = set()  # the body named is none of theirs: their posts, below
        if unheld and named:  # "APRA's Scot Morris is based in Melbourne?": his body, placed
            bodies = [o for o in bodies if o.id in named]  # elsewhere; never a body that is
            if len(bodies) != len(named) or not all(o.city for o in bodies):  # not his own or
                return None  # has no city ("works for WIPO in Geneva": his unit's parent)
            homes = bodies
        at = unheld[0] if unheld else 0  # "based in London", "is Geoff Hussey in London"
        person_at = {i for m in self.mentioned("person") for i in m.span}
        located = (
            at > 1 and words[at - 1] == "in" and (words[at - 2] in _SITED or at - 2 in person_at)
        )
        if located and bodies and not any(o.city for o in bodies):  # "is Geoff Hussey based
            names = ", ".join(self._short_name(o.id) for o in bodies)  # in London?": no city
            raise Refused(f"no city is on record for {names}, where their posts are")
        if unheld and bodies:  # "Jiang Bo works for Alibaba, right?": no fact names it
            where = "; ".join(
                self._short_name(o.id) + (f" in {', '.join(filter(None, (o.city, o.country)))}"
                                          if o.city else "")
                for o in bodies
            )  # fmt: skip
            verdict = f"No (our reading: the posts on record for them are at {where})"
            lines = [self.lines.role(r) for r in roles] + [self.lines.place(o) for o in homes]
            lines += [self.lines.role(r) for r in _each_post_once(holders)]
        elif said and homes:  # "Scot Morris is from Melbourne, right?": his body's city
            place = fold(said[0].name)
            held = any(place in (fold(o.city or ""), fold(o.country or "")) for o in homes)
            where = "; ".join(
                f"{self._short_name(o.id)} is in {', '.join(filter(None, (o.city, o.country)))}"
                for o in homes
            )
            verdict = "Yes (our reading)" if held else f"No (our reading: {where})"
            lines = [self.lines.role(r) for r in roles if r.organization in {o.id for o in homes}]
            lines += [self.lines.place(o) for o in homes]
        else:
            return None
        self.use(range(len(words)))
        self.cues += ["where", "checked"]
        return [replace(lines[0], text=f"{verdict}: {lines[0].text}"), *lines[1:]], Request(
            "who", rid
        )

    def trade_agreements(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "which FTAs has China negotiated", "trade agreements China has been part
        of, per NCAC": every trade agreement on record with the party named (China when none
        is), whatever verb the question uses for taking part in it."""
        q = self.q
        if not q.has("trade") or not q.has(*TRADE_PACTS) or self.mentioned("person"):
            return None
        listed = q.asked[:1] in (("which",), ("what",), ("list",), ("name",), ("give",)) or (
            q.asked[1:2] in (("which",), ("what",), ("whom",))  # "in which negotiations ...",
        )  # "with whom ...", "kindly specify (give) the trade negotiations"
        if not listed and (set(q.words) & QUESTION_WORDS or q.opens_yes_no):
            return None  # "when was the FTA with Australia signed": not the list
        scene = set(q.context)  # "My son-in-law is Australian ... with which partners":
        parties = {  # not a party the question names
            m.best.id for m in q.mentions
            if m.kind in ("organization", "place") and m.start not in scene
        }  # fmt: skip
        parties |= {fold(p.name).replace(" ", "-") for p in q.places if p.start not in scene}
        pacts = [
            r
            for r in self.store.all("instrument")
            if isinstance(r, Instrument)
            and r.kind == "agreement"
            and "trade" in words_of(f"{r.name} {r.summary or ''}")
        ]
        named = [r for r in pacts if parties - {"china", "ncac"} <= set(r.parties)]
        if not named:
            return None
        self.use_words(TRADE_PACTS | TRADE_TAKING | {"trade", "free", "china", "china's"})
        self.use_words({"regional", "plus", "whom", "with", "and", "list", "all", "cite", "cites"})
        self.use_words({"say", "says", "said", "name", "names", "also", "other", "others", "give"})
        self.use_words({"mentioned"})
        self.use_words({"actively", "active", "including", "any", "partners", "partner"})
        ids = {r.id for r in pacts} | {"china", *(p for r in named for p in r.parties)}
        self.use(i for m in q.mentions for i in m.span if m.best.id in ids)  # "RCEP and?"
        self.use(i for p in q.places for i in p.span)
        self.cues.append("instrument")
        return [self.lines.subject(r) for r in named], Request("search", "trade agreement")

    def significance(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "why was the Beijing Treaty such a big deal", "what made the treaty
        significant for WIPO": the steps of the instrument named that say what was a first
        ("the first ... in nearly 20 years"); None when none does."""
        q = self.q
        checked = self.asks_yes_no() and not q.has(*NOT_AFFIRMED)  # "was the treaty a big deal?"
        if not q.has(*SIGNIFICANCE) or (
            q.asked[:1] not in (("why",), ("what",), ("how",)) and not checked
        ):
            return None
        subjects = self.mentioned("instrument")
        if len(subjects) != 1:
            return None
        steps = [
            m
            for m in self.rel.milestones(subjects[0].best.id)
            if {"first", "landmark", "milestone"} & set(words_of(m.summary))
        ]
        if not steps:
            return None
        self.use(subjects[0].span)
        self.use_words(SIGNIFICANCE | {"considered", "seen", "regarded", "viewed", "such", "so"})
        self.use_words({"made", "make", "makes", "at", "time", "terms", "history", "own"})
        self.use_words({"why", "what", "how", "in", "of", "for", "was", "is", "it"})
        self.cues.append("milestone")
        lines = [self.lines.milestone(m) for m in steps]
        if checked:  # the articles' own words for it: a first, a landmark
            said = "Yes, as the articles describe it (our reading)"
            lines[0] = replace(lines[0], text=f"{said}: {lines[0].text}")
        return lines, Request("search", subjects[0].best.id)

    def province(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "Nantong, listed as a WIPO case study, is in Fujian province, right?" and
        "which province is Dehua in?": the province a place is given in on record (its name
        as "Nantong, Jiangsu"; an event's region), "No (our reading: ...)" when the claim
        gives another."""
        q = self.q
        named = {i for m in q.mentions for i in m.span}  # not "the Copyright Administration
        if not any(w in ("province", "provinces") and i not in named  # of Sichuan Province"
                   for i, w in enumerate(q.words)):  # fmt: skip
            return None
        places = [m for m in self.mentioned("topic") if m.start not in q.context]
        found: list[tuple[list[int], Topic | Event, str]] = []
        for m in places:
            record = self.store.get("topic", m.best.id)
            if isinstance(record, Topic) and record.kind == "place":
                regions = {a.split(",", 1)[1].strip() for a in record.aliases if "," in a}
                if len(regions) == 1:
                    found.append((list(m.span), record, regions.pop()))
        if not found and (self.mentioned("event") or q.has(*EVENT_KIND_WORDS)):
            events = self.events()  # "the Belt and Road copyright forum was held in the
            if len(events) == 1 and events[0].region:  # province Yunnan, is it so?"
                found.append(([], events[0], events[0].region))
        if len(found) != 1:
            return None
        span, record, region = found[0]
        text = q.text[:_PATTERN_MAX]
        stated = re.findall(r"(?i)\b([a-z]+)\s+province\b|\bprovince\s+of\s+([a-z]+)\b", text)
        stated += [("", name) for name in re.findall(r"\b[Pp]rovince\s+([A-Z][a-z]+)\b", text)]
        said = [a or b for a, b in stated if fold(a or b) not in STOP]  # "the province Yunnan"
        topic = isinstance(record, Topic)
        line = self.lines.subject(record) if isinstance(record, Topic) else self.lines.dates(record)
        where = "is in" if topic else "was held in"
        asked = Request("search", record.id) if topic else Request("event", record.id)
        self.cues.append("province")
        if any(fold(w) == fold(region) for w in said):  # what else it claims is checked
            self.use(span)  # against the place's own fact, as any claim is
            self.use_words({"province", "provinces", "in", "of", "located", fold(region)})
            return [replace(line, text=f"Yes (our reading: {record.name} {where} {region}):"
                                       f" {line.text}")], asked  # fmt: skip
        self.use(range(len(q.words)))
        if not said:  # "which province is Dehua in?" (not "figures for his province")
            asked_province = any(
                w in ("province", "provinces")
                and {"which", "what"} & set(q.words[max(0, i - 2) : i])
                for i, w in enumerate(q.words)
            )
            if not asked_province:
                return None
            said_in = f"{record.name} {where} {region} (as its record gives it)"
            return [replace(line, text=f"{said_in}: {line.text}")], asked
        if not (self.asks_yes_no() or self._checking()):
            return None
        verdict = f"No (our reading: {record.name} {where} {region}, not {said[0].title()})"
        return [replace(line, text=f"{verdict}: {line.text}")], asked

    def acts_paired(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "Ms Liu said WIPO and NCAC cooperated to promote the entry into force of
        the Marrakesh Treaty, true?": each instrument the claim names with an act done to it
        (entry into force, ratification, accession, adoption, signing) against what a
        statement on record pairs them with. "No (our reading: ...)" when the statement gives
        that act to another instrument and this one another act; "Yes (our reading)" when it
        pairs them as the claim does; None when no statement pairs them at all."""
        if not (self.asks_yes_no() or self._checking()):
            return None
        if not (self._statement_cue() or self.q.has(*_PROMOTING)):
            return None  # "was the Beijing Treaty in force by 2019?": its steps, not a talk
        subjects = [m for m in self.mentioned("instrument") if m.start not in self.q.context]
        names = {m.best.id: self._instrument_names(m.best.id) for m in subjects}
        proper = " ".join(self.q.words[self.q.begins :])
        asked = _acts_of(proper, names)
        if not asked:
            return None
        people = {m.best.id for m in self.mentioned("person")}
        if not people and not self.q.has(*_PROMOTING):  # "the WIPO speaker said 30 countries
            return None  # had ratified it": a figure, not a pairing (but "WIPO and NCAC
            # cooperated to promote the ratification of ...": whoever said so)
        every = self._all_instrument_names()  # read once, not once per statement
        for rid in dict.fromkeys(names):
            for claim in self.rel.claims(rid):
                if people and claim.person not in people:
                    continue
                quotes = " ".join(e.quote for e in claim.evidence)
                said = _acts_of(fold(f"{claim.summary} {quotes}"), every)
                if not said or not {i for i, _ in asked} <= {i for i, _ in said}:
                    continue
                line = self.lines.claim(claim)
                if asked <= said:
                    verdict = "Yes (our reading)"
                else:
                    named = self._acts_named(said)
                    verdict = f"No (our reading: it names {named})"
                self.use(range(len(self.q.words)))
                self.cues.append("statements")
                return [replace(line, text=f"{verdict}: {line.text}")], Request(
                    "who", claim.person
                ) if claim.person else Request("search", rid)
        return None

    def _instrument_names(self, rid: str) -> tuple[str, ...]:
        """An instrument's names as a question may give them, folded, longest first."""
        record = self.store.get("instrument", rid)
        if not isinstance(record, Instrument):
            return ()
        return tuple(sorted({fold(n) for n in (record.name, *record.aliases)}, key=len,
                            reverse=True))  # fmt: skip

    def _all_instrument_names(self) -> dict[str, tuple[str, ...]]:
        """Every instrument's names (`_instrument_names`), by id."""
        return {r.id: self._instrument_names(r.id) for r in self.store.all("instrument")}

    def _acts_named(self, said: set[tuple[str, str]]) -> str:
        """The instruments a statement names with their acts ("the Beijing Treaty's entry
        into force and the Marrakesh Treaty's ratification")."""
        shown = []
        for rid, act in sorted(said):
            record = self.store.get("instrument", rid)
            if isinstance(record, Instrument):
                short = min((n for n in (record.name, *record.aliases) if " " in n),
                            key=len, default=record.name)  # fmt: skip
                shown.append(f"the {short}'s {_ACT_NOUNS[act]}")
        return " and ".join(shown)

    def in_force(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "Was the Beijing Treaty in force at the time of the Chengdu forum": the
        treaty's steps that speak of its entry into force, up to the time asked; "No" (our
        reading) when each of them says it only would or will enter into force."""
        q = self.q
        terse = not set(q.words) & (QUESTION_WORDS | DATE_ASKED)  # "beijing treaty in force
        # during chengdu"; not "exact date beijing treaty entered into force"
        why_not = q.asked[:1] == ("why",) and q.has("not", "yet")  # "why had it not yet taken
        if not self.asks_yes_no() and not terse and not why_not:  # effect": what its steps
            return None  # "... in force? y/n"                      # up to then say
        cue = self._asks_force()
        subjects = self.mentioned("instrument")
        if not cue or not subjects:
            return None
        needs = ("need", "needed", "needs", "required", "require", "requires", "more", "another")
        if q.has(*needs) and not why_not:
            return None  # "did it need one more country to come into force": the condition
        record = self.store.get("instrument", subjects[0].best.id)
        if not isinstance(record, Instrument):
            return None
        steps = [m for m in self.rel.milestones(record.id) if _says_force(m)]
        events = self._named_events()
        limit = events[0].start if len(events) == 1 and events[0].start else None
        asked_year = None
        if limit is None and q.year_values:
            limit = asked_year = str(q.year_values[-1])
        if limit is not None:  # up to the time asked: a step dated then or before
            steps = [m for m in steps if m.date[: len(limit)] <= limit]
        if not steps:
            raise Refused(f"no step of the {record.name} on record says whether it was in force")
        self.use(cue)
        self.use(subjects[0].span)
        self.use(i for e in self.mentioned("event") for i in e.span)
        self.use_words(FORCE_WORDS)
        self.cues.append("in force")
        line = self.lines.milestone(steps[-1])  # the latest step up to then
        if why_not:
            self.use_words({"why", "not", "yet", "had", "has", "was", "the", "time", "of"})
            return [line], Request("timeline", record.id)
        if all(_only_hoped(m, "force") for m in steps):
            if q.has("after", "afterwards", "later", "eventually", "finally", "subsequently"):
                raise Refused(  # "did it actually enter into force after the forum?": what
                    f"the articles report the status of the {record.name} only up to "  # came
                    f"{in_words(steps[-1].date, None)}; no later step is on record"  # next
                )
            if asked_year is not None and steps[-1].date[:4] < asked_year:  # "came into force
                raise Refused(  # in 2020 - true?": the last step on record is of 2019
                    f"the articles report the status of the {record.name} only up to "
                    f"{in_words(steps[-1].date, None)}, before {asked_year}"
                )
            said = "No (our reading: it was still to enter into force)"
            if limit is None:  # "is it in force now": not as of the latest step on record
                said = (
                    f"No, not as of {in_words(steps[-1].date, None)} (our reading: it was still "
                    "to enter into force; the articles report no later step)"
                )
            line = replace(line, text=f"{said}: {line.text}")
        return [line], Request("timeline", record.id)

    def _asks_force(self) -> list[int]:
        """Where a question asks of entry into force: "in/into force", "effective", "into
        effect", "take effect"."""
        words = self.q.words
        before = ("in", "into", "take", "takes", "took", "taken", "taking")
        return [
            i
            for i, w in enumerate(words)
            if w == "effective" or (w in ("force", "effect") and i and words[i - 1] in before)
        ]

    def when_dated(self) -> tuple[list[AnswerLine], Request] | None:
        """`when`, refused when the question asks the exact day ("what exact day in June
        2012 ...") and no date found gives one (the articles give only a month or a year)."""
        found = self.when()
        if found is not None:
            self._where_clause_used()  # "... held where Xi gave the instruction ...": which
            found = self._days_checked(*found)
        if found is None or not self._asks_day():
            return found
        if not any(len(self._date_of(line)) == len("2012-06-28") for line in found[0]):
            raise Refused("it asks for the day; the articles give only the month or the year")
        return found

    def _where_clause_used(self) -> None:
        """A clause after an event named in full that says which it was ("the Central
        Conference on Work Relating to Foreign Affairs held where Xi Jinping gave the
        instruction ..."): its words describe the event, whose date is asked."""
        words = self.q.words
        for m in self.mentioned("event"):
            if m.best.score < _NEAR_EXACT or m.end - m.start < _FULL_NAME:
                continue
            after = words[m.end : m.end + 3]
            at = next((m.end + k for k, w in enumerate(after) if w == "where"), None)
            own = fold(self.lines.name("event", m.best.id)).split()  # "... Foreign Affairs"
            if at is not None and all(w in HELD_WORDS or w in own for w in words[m.end : at]):
                self.use(range(m.end, len(words)))
                return

    def _days_checked(
        self, lines: list[AnswerLine], request: Request
    ) -> tuple[list[AnswerLine], Request]:
        """An event's dates as the answer to a yes-or-no question stating how many days it
        lasted ("was the Shanghai training 4 days?"): "Yes" or "No" by the days from its first
        day to its last (our reading)."""
        words = self.q.words
        stated: list[int] = []  # "4 days", "a whole week", "two weeks"
        spans: list[int] = []
        for i, w in enumerate(words[:-1]):
            if w not in COUNT_WORDS and w != "a":
                continue
            k = i + 1 + (words[i + 1] in ("whole", "full", "entire"))
            unit = words[k] if k < len(words) else ""
            if unit in ("days", "day") and w != "a":
                stated.append(COUNT_WORDS.index(w))
            elif unit in ("week", "weeks"):
                stated.append(7 * (1 if w == "a" else COUNT_WORDS.index(w)))
            else:
                continue
            spans += range(i, k + 1)
        if len(stated) != 1 or not self.asks_yes_no() or not lines:
            return lines, request
        record = self.store.get(lines[0].kind, lines[0].id)
        event = record if isinstance(record, Event) else self.rel.event(
            getattr(record, "event", None))  # fmt: skip
        if event is None or len(event.start or "") != 10 or len(event.end or "") != 10:
            return lines, request
        from datetime import date

        days = (date.fromisoformat(event.end or "") - date.fromisoformat(event.start or "")).days
        days += 1  # its first day to its last, both counted
        if days < 1:  # an end before its start: no length to check
            return lines, request
        verdict = "Yes" if days == stated[0] else "No"
        word = COUNT_WORDS[days] if days < len(COUNT_WORDS) else str(days)
        self.use(i for i, w in enumerate(words) if w in COUNT_WORDS)
        self.use(spans)
        self.use_words({"lasted", "last", "lasts", "ran", "run", "runs", "long"})
        first = replace(lines[0], text=f"{verdict} (our reading: {word} days): {lines[0].text}")
        return [first, *lines[1:]], request

    def _asks_day(self) -> bool:
        """Whether a question asks the exact day of something ("what exact day", "which day",
        "the precise date"), not how many days."""
        words = self.q.words
        exact = {"exact", "exactly", "precise", "precisely", "specific"}
        for i, w in enumerate(words):
            if w in ("day", "date"):  # "what date was it": the date on record, as given
                before = words[max(0, i - 2) : i]
                if exact & set(before) or (w == "day" and before[-1:] in (("what",), ("which",))):
                    return True
        return False

    def _date_of(self, line: AnswerLine) -> str:
        """The date of a line's fact (`Relations.date`), "" for none."""
        record = self.store.get(line.kind, line.id)
        return (self.rel.date(record) or "") if record is not None else ""

    def when(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "When was the Beijing Treaty concluded", "when did Liu Hua speak in Xiamen",
        "when was the roundtable": milestones, appearances and event dates."""
        if (
            self.q.has("who", "whom") and self.q.has(*ORGANIZE) and self.mentioned("event")
            and not self.q.has("where")  # "X: where, what dates, who hosted?": each part
        ):  # fmt: skip
            return None  # "China co-organise it with who, which year and month?": the
            # organizers' lines, each with the event's date (`organizers`)
        self.use_words(WHEN | {"year", "years", "held", "hold", "take", "took", "place", "happen",
                               "happened", "timeline", "history", "long", "last", "lasted",
                               "days", "day", "month", "how", "over", "which"})  # fmt: skip
        words = self.q.words
        self.use(  # "between which dates was it held"
            i for i, w in enumerate(words[:-2]) if w == "between" and words[i + 1] == "which"
        )
        subjects = self.mentioned("instrument") + self.mentioned("topic")
        people = self.mentioned("person")
        sources = [m for m in people if self._as_source(m) and subjects]  # "as mentioned by X"
        self.use(i for m in sources for i in (*m.span, *self._source_words(m)))
        wheres = [(p.start, p.end) for p in self.q.places]  # "as mentioned by Liu Hua in
        wheres += [(m.start, m.end) for m in self.mentioned("event")]  # Xiamen", "... at the
        for start, end in wheres:  # Xiamen training": where she said it
            for source in sources:
                between = self.q.words[source.end : start]
                if 0 < len(between) <= 3 and all(w in STOP | REPORTING_VERBS for w in between):
                    self.use(range(source.end, end))  # "Ms Liu mentioned it in Xiamen"
        people = [m for m in people if m not in sources]
        cited = [m for m in people if self._as_source(m)]
        nouns = self._instrument_nouns()
        if people and nouns and not subjects and len(cited) == len(people):  # "when was the
            spoken = self._spoken_of(cited[0].best.id, nouns)  # memorandum signed, according
            if spoken is None:  # to Liu Hua": the one she spoke of, not her own dates
                name = self.lines.name("person", cited[0].best.id)
                raise Refused(f"it asks the date of something {name} spoke of; no one thing fits")
            self.use(i for m in cited for i in (*m.span, *self._source_words(m)))
            return self._when_record(spoken)
        if self._how_long() and [m for m in people if m.start >= self.q.begins]:
            name = self.lines.name("person", people[-1].best.id)  # "how long did Liu Hua
            raise Refused(f"no length of time is on record for {name}")  # speak": not said
        begins = self.q.begins  # "Liu Hua mentioned the treaty. When did China ratify it?"
        if begins and any(m.start >= begins for m in [*subjects, *people]):
            subjects = [m for m in subjects if m.start >= begins]
            people = [m for m in people if m.start >= begins]
        elif begins and self._leans_on_instrument(subjects):  # "Liu Hua cited the MoU in
            self.use(i for m in people for i in m.span)  # Xiamen. What year was it signed?":
            people = []  # the instrument is what "it" is, not the event or who cited it
            subjects = [m for m in subjects if m.kind == "instrument"]
            self.use(i for p in self.q.places if p.start < begins for i in p.span)
            self.use(i for m in self.mentioned("event") if m.start < begins for i in m.span)
            self.use(i for i in self.q.context if self.q.words[i] in EVENT_KIND_WORDS)
        elif begins and self.one_event() is not None:  # "X held a roundtable with a big AI
            topics = [m for m in subjects if m.kind == "topic"]  # focus. When was it?": the
            if topics and all(m.start < begins for m in topics):  # AI the roundtable's
                self._event_on(topics)
            subjects = [m for m in subjects if m.start >= begins]
        elif begins and subjects and "it" in self.q.words[begins:]:
            self.use(i for m in people for i in m.span)  # "Liu Hua referred to a memorandum;
            people = []  # in which year was it signed?": who referred to it sets the scene
        elif (
            people
            and all(m.start in self.q.context for m in people)
            and any(
                w in INSTRUMENT_WORDS and i not in self.q.context
                for i, w in enumerate(self.q.words)
            )
        ):  # "When was the MoU signed? Liu Hua talked about it": the scene after it says
            self.use(self.q.context)  # who spoke of the memorandum; its date is asked
            people = []
        if people:
            return self._when_person(people[0])
        if subjects and self._event_kind_named(subjects):
            # "when did they run the 2023 training on overseas copyright risk prevention": an
            # event described by words that also name a topic
            found = self._when_event_described(subjects)
            if found is not None:
                return found
        if subjects and all(m.kind == "topic" for m in subjects) and self._event_on(subjects):
            subjects = []  # "when did X hold its roundtable on AI": the topic is the event's
        parties = [m for m in self.mentioned("organization") if not self._as_source(m)]
        if parties and not subjects and self.q.has(*EVENT_KIND_WORDS):
            try:  # "that NCAC and WIPO training": the organizers describe the event
                held = self.one_event()
            except Refused:
                held = None
            if held is not None and all(  # WIPO holds what its China office holds
                {u for rid in m.ids("organization") for u in self.org_family(rid)}
                & set(held.organizers)
                for m in parties
            ):
                self.use(i for m in parties for i in m.span)
                parties = []
            elif (
                held is not None
                and self.q.has(*ORGANIZE)
                and held.organizers
                and not any(  # "when did China co-organise it with WIPO": one of them did
                    {u for rid in m.ids("organization") for u in self.org_family(rid)}
                    & set(held.organizers)
                    for m in parties
                )
            ):
                holders = "; ".join(self.lines.name("organization", o) for o in held.organizers)
                raise Refused(f"the {held.name} on record was held by {holders}")  # "when did
                # NCAC hold the roundtable": not its own timeline
        events_named = [m.start for m in self.mentioned("event")]
        if subjects and events_named and all(m.start > min(events_named) for m in subjects):
            subjects = []  # "the conference which produced the Beijing Treaty": its own date
        if subjects or (parties and not self.mentioned("event")):
            mention = (subjects or parties)[0]
            return self._when_subject(mention)
        event = self.one_event()
        if event is not None:
            if not event.start:
                raise Refused(f"no date is on record for the {event.name}")
            self.use_words(EVENT_TIMES)
            self.use_words(WHERE | {"city", "place", "location", "venue", "and"})  # it says where
            self.cues.append("when")
            lines = [self.lines.dates(event)]
            hosts = {"hosted", "host", "hosts", "organized", "organised", "ran", "run", "held"}
            bodies = self.q.has(*HOST_NOUNS)  # "the organizations that hosted it"
            asked = self.q.has("who", "whom") or bodies
            if asked and self.q.has(*hosts, *HOST_NOUNS) and event.organizers:
                lines += [self.lines.organizer(event, o) for o in event.organizers]  # "when,
                self.use_words({"who", "whom", "by", "with", "that", "it", *HOST_NOUNS})
            return lines, Request("event", event.id)
        return None

    def event_year_checked(self) -> tuple[list[AnswerLine], Request] | None:
        """Checks a year a statement gives an event it names ("the instruction from the Central
        Conference on foreign affairs work in 2018, right?"): "No (our reading: ...)" with the
        event's own dates when the year is not theirs. None unless one event is named by name,
        a year follows its name within four words, and the question checks a statement."""
        q = self.q
        if not (self._checking() or self.asks_yes_no()):
            return None
        linking = {"in", "was", "were", "held", "took", "place", "happened", "back", "the", "year"}
        linking |= {"together", "jointly"}  # "held the diplomatic conference together in 2014"
        linking |= {"of", "dated"}  # "the foreign affairs work conference of November 2018"
        linking |= MONTHS | {"opened", "began", "started", "convened", "ran"}  # "the Diplomatic
        # Conference in June 2010", "the Chengdu forum opened in 2018"
        articles = set(self._source_said())  # and "cited for the Shanghai training": what
        modifiers = sorted(self._event_modifiers())  # says which the first is (not "from the
        runs = [k for k in modifiers if k - 1 not in modifiers]  # work conference in 2018":
        articles |= {  # where the instruction came from, another event)
            k for start in runs if "from" not in q.words[max(0, start - 1) : start + 1]
            for k in takewhile(lambda j: j in modifiers, range(start, len(q.words)))
        }  # fmt: skip
        source = {*self._source_said(), *self._event_modifiers()}  # "... mentioned in
        found = [  # Shanghai training news was held in 2016": where the reader read of it,
            (m, (i, y))  # not another event; nor one that only says which the first is
            for m in self.mentioned("event")
            if len(set(m.ids("event"))) == 1 and not set(m.span) <= source
            for i, y in q.years
            if not (i > m.end and any(w in EVENT_KIND_WORDS and j not in articles for j, w in
                                      enumerate(q.words[m.end : i], m.end)))  # "at the
            # shanghai training - from the foreign affairs work conference in 2018": another's
            # (not "... mentioned in Shanghai training news was held in 2016": its source)
            if self._year_leads(m, i)  # "in June 2010 China co-organised the conference"
            or (  # "Xi's instruction from the 2018 Central Conference on ...": its year
                i == m.start - 1 and i > 0 and q.words[i - 1] in ("the", "that", "this")
                and len(self.mentioned("event")) > 1
            )
            or (  # "the Central Conference ... they keep quoting - that was November 2018,
                i > m.end and len(self.mentioned("event")) == 1  # right?": the one event's
                and tuple(w for w in q.words[max(0, i - 3) : i] if w not in MONTHS)[-2:]
                in (("that", "was"), ("it", "was"), ("this", "was"))
            )
            or (
                self._year_follows(m, i, linking)  # "the Xiamen training took place in 2020"
                and not {*q.words[i + 1 : i + 3]} & set(EVENT_KIND_WORDS)  # not "... and at
                and not any(p.start in (i + 1, i + 2) for p in q.places)  # the 2025 roundtable"
            )
        ]  # the one event named just before a year
        by_subject = self._event_of_instrument() if not found and len(q.years) == 1 else None
        event: Event | None
        at = {i for i, _ in q.years} | set(q.context)
        if by_subject is not None:  # "china co-hosted the beijing treaty conference with wipo
            event, year = by_subject, q.years[0][1]  # back in 2010, right?"
            at |= {i for m in self.mentioned("instrument") for i in range(m.start, m.end + 1)}
        elif len(found) != 1:
            return None
        else:
            mention, (_, year) = found[0]
            event = self.rel.event(mention.ids("event")[0])
            at |= set(mention.span)
        if event is None or not event.start:
            return None
        if str(year) in {event.start[:4], (event.end or event.start)[:4]}:
            rest = [w for i, w in enumerate(q.words) if i not in at and w not in STOP]
            if any(w not in linking and w not in CHECK_WORDS for w in rest):
                return None  # the year is the event's own: another reading checks the rest
            self.use(range(len(q.words)))  # "the Chengdu forum was held in 2019, right?"
            self.cues += ["when", "checked"]
            line = self.lines.dates(event)
            return [replace(line, text=f"Yes (our reading): {line.text}")], Request(
                "event", event.id
            )
        self.use(range(len(q.words)))  # one part of the statement is not so, so neither is
        line = self.lines.dates(event)  # the whole, whatever else it says
        when = in_words(event.start, event.end)
        verdict = f"No (our reading: the {event.name} dates from {when}, not {year})"
        self.cues += ["when", "checked"]
        return [replace(line, text=f"{verdict}: {line.text}")], Request("event", event.id)

    def _event_of_instrument(self) -> Event | None:
        """The one event a question names by the instrument it produced and its kind ("the
        Beijing Treaty conference"): an instrument named right before a kind of event, and the
        one event of that kind whose description names that instrument; None otherwise."""
        q = self.q
        for m in self.mentioned("instrument"):
            kind = EVENT_KIND_WORDS.get(q.words[m.end]) if m.end < len(q.words) else None
            record = self.store.get("instrument", m.best.id)
            if kind is None or not isinstance(record, Instrument):
                continue
            names = [fold(n) for n in (record.name, *record.aliases) if " " in n]
            fits = [
                e for e in self.store.all("event")
                if isinstance(e, Event) and _of_kind(e, kind)
                and any(n in fold(f"{e.name} {e.summary or ''}") for n in names)
            ]  # fmt: skip
            if len(fits) == 1:
                return fits[0]
        return None

    def _year_leads(self, mention: Mention, at: int) -> bool:
        """Whether the year at ``at`` opens the statement ("in June 2010 China co-organised
        the Diplomatic Conference") whose one event, named after it, is then what it dates:
        no instrument (whose step the year may be) and no other event or year named."""
        q = self.q
        start = max([q.begins, *(i + 1 for i in q.context if i < at)])
        opening = q.words[start:at]  # "in June 2010 ...", not "2021 overseas risk training"
        between = [w for w in q.words[at + 1 : mention.start] if w not in STOP]
        return (
            "in" in opening
            and set(opening) <= {"in", "back", "early", "late", "mid"} | MONTHS
            and bool(between)  # "in 2010 China co-organised the X", not "in 2021 X"
            and at < mention.start
            and len(q.years) == 1
            and len(self.mentioned("event")) == 1
            and not self.mentioned("instrument")
        )

    def _year_follows(self, mention: Mention, at: int, linking: Collection[str]) -> bool:
        """Whether the year at ``at`` follows an event's name within a few linking words, or
        after a clause naming what came of it ("the conference that produced the Beijing
        Treaty back in 2010")."""
        words = self.q.words
        event = self.rel.event(mention.best.id) if mention.kind == "event" else None
        own = set(fold(event.name).split()) if event is not None else set()  # "the Central
        # Conference on Work Relating to Foreign | Affairs was in 2013": its name's last word
        source = {*self._source_said(), *self._event_modifiers()}  # "X mentioned in the
        between = [w for j, w in enumerate(words[mention.end : at], mention.end) if j not in source]
        # Shanghai article was held in", "X cited for the Shanghai training was held in"
        if at >= mention.end and len([w for w in between if w not in MONTHS]) <= YEAR_AFTER_EVENT:
            return set(between) <= set(linking) | own  # a month is the year's own ("held in
            # November 2016"), not a word apart
        if not 0 < at - mention.end <= YEAR_AFTER_EVENT + 6:
            return False
        made = {"organised", "organized", "organise", "organize", "hosted", "held", "convened"}
        if words[mention.end : mention.end + 1] not in (("that",), ("which",)) and not (
            words[mention.end] in made and "by" in words[mention.end : at]
        ):  # "the conference that produced the Beijing Treaty in 2010", "the conference,
            return False  # co-organised by China and WIPO in June 2013"
        named = {j for m in self.mentioned("instrument") for j in m.span}
        named |= {j for m in self.mentioned("organization") for j in m.span}
        named |= {j for p in self.q.places for j in p.span}
        relative = {"that", "which", "produced", "adopted", "concluded", "by", "and", *made}
        return all(
            words[j] in linking or words[j] in relative or j in named
            for j in range(mention.end, at)
        )

    def milestone_year_checked(self) -> tuple[list[AnswerLine], Request] | None:
        """Checks a year a statement gives a step of an instrument it names ("the WIPO-NCAC
        memorandum was signed in 2012, right?"): "No (our reading: ...)" with the step's own
        date when the one step the verb names is dated another year. None unless the year
        follows the instrument's name within a few linking words and a verb."""
        q = self.q
        if not (self._checking() or self.asks_yes_no()):
            return None
        linking = {"in", "was", "were", "back", "the", "year", "that", "it", "which", "only"}
        linking |= {"at", "a", "an"}  # "concluded at a 2014 diplomatic conference"
        found = [
            (m, i, y)
            for m in self.mentioned("instrument")
            if len(set(m.ids("instrument"))) == 1
            for i, y in q.years
            if 0 < i - m.end <= YEAR_AFTER_STEP and set(q.words[m.end : i]) <= linking | DATED_VERBS
        ]
        if len(found) != 1:
            return None
        mention, at, year = found[0]
        before = q.words[max(0, mention.start - _VERB_BEFORE) : mention.start]  # "WIPO and
        said = [*q.words[mention.end : at], *before]  # NCAC signed the memorandum in 2013"
        verbs = {stem(w) for w in said if w in DATED_VERBS}
        if not verbs:
            return None
        verbs |= {  # "concluded": a step the fact says was "adopted"
            stem(p) for w in said if w in DATED_VERBS
            for p in PARAPHRASES.get(w, ()) if p in DATED_VERBS
        }  # fmt: skip
        steps = [
            m
            for m in self.rel.milestones(mention.ids("instrument")[0])
            if m.date and verbs & {stem(w) for w in fold(m.summary).split()}
        ]
        if len(steps) != 1 or steps[0].date[:4] == str(year):
            return None  # the year is the step's own: another reading checks the rest
        self.use(range(len(q.words)))  # one part of the statement is not so, so neither is
        line = self.lines.milestone(steps[0])  # the whole
        verdict = f"No (our reading: that dates from {in_words(steps[0].date, None)}, not {year})"
        self.cues += ["when", "checked"]
        return [replace(line, text=f"{verdict}: {line.text}")], Request(
            "timeline", mention.ids("instrument")[0]
        )

    def _titles_offered(
        self, claims: Sequence[int], titles: Collection[str]
    ) -> tuple[list[int], list[int]] | None:
        """Two titles offered as a choice ("an assistant director general or deputy director
        general?"): the words of each side, the shared last words given to the first too;
        None when no "or" stands between two titles."""
        words = self.q.words
        small = ("a", "an", "the", "its", "his", "her")  # "chairman or its director general"
        near = set(claims) | {i for i, w in enumerate(words) if w in small}
        ors = [i for i, w in enumerate(words) if w == "or" and i - 1 in claims and i + 1 in near]
        if len(ors) != 1:
            return None
        first = [i for i in claims if i < ors[0]]
        second = [i for i in claims if i > ors[0]]
        if not any(words[i] in titles for i in second):
            return None
        shared = [i for i in second if words[i] in titles and words[i] not in MODIFIERS]
        firsts = {words[i] for i in first}
        first += [i for i in shared if words[i] not in firsts]  # "assistant or deputy DG"
        return first, second

    def _part_of_year(self, lines: Sequence[AnswerLine]) -> None:
        """Accounts for "early", "mid", "late" or "end" before a year when a figure's period
        falls in that part of the year ("29 countries by late 2019": December 2019)."""
        words = self.q.words
        months = {
            (line.period or "")[5:7] for line in lines if len(line.period or "") >= 7
        }
        for at, _ in self.q.years:
            part = words[at - 1] if at else ""
            if part == "of" and at >= 2 and words[at - 2] == "end":
                part = "end"
            fits = PARTS_OF_YEAR.get(part, frozenset())
            if months & fits:
                self.use(i for i in (at - 1, at - 2) if i >= 0 and words[i] in ("of", part))

    def _works_for_another(self, rid: str) -> bool:
        """Whether a check says a person works for ("for", "with", "at", "from") a body on
        record that none of their posts is at, nor under."""
        words = self.q.words
        bodies = [
            m.best.id for m in self.mentioned("organization")
            if m.best.score >= EXACT and m.start
            and words[m.start - 1] in ("for", "with", "at", "from")
        ]  # fmt: skip
        if not bodies or not self._checking():
            return False
        family = {
            o for r in self.rel.roles_of_person(rid)
            for o in (r.organization, *self.rel_ancestors(r.organization or ""))
        }  # fmt: skip
        units = {u for b in bodies for u in self.org_family(b)}
        return bool(family) and not (family & units)

    def _after_body(self) -> set[int]:
        """The place of a word right after a body's name that starts no other mention ("APRA
        melbourne"): where a terse check puts the body."""
        words = self.q.words
        starts = {m.start for m in self.q.mentions}
        return {
            m.end
            for m in self.mentioned("organization")
            if m.end < len(words) and m.end not in starts and words[m.end] not in STOP
        }

    def _unknown_place(self) -> Place | None:
        """A place a statement says an event was held in that no fact names ("the forum was
        held in Chongqing"): the word after "held in", "took place in", "was in" that is no
        small word, month or year and that the fact base holds nowhere; None for none."""
        words = self.q.words
        for i in range(2, len(words)):
            if words[i - 1] != "in" or words[i - 2] not in ("held", "place", "was", "hosted"):
                continue
            word = words[i]
            if not word.isalpha() or word in STOP or word in MONTHS or word in self.q.known_places:
                continue
            if any(i in m.span for m in self.q.mentions) or word in EVENT_KIND_WORDS:
                continue
            typed = [  # "Xi'an": one name, typed with its apostrophe
                t for t in re.findall(r"[\w&'\u2019-]+", self.q.text)
                if fold(re.sub(r"['\u2019]", "", t)) == word
            ]  # fmt: skip
            named = any(t[:1].isupper() for t in typed)  # "in Chongqing, Dec 2-4": a name
            if word in TIME_OF or (words[i + 1 : i + 2] and words[i + 1] in MONTHS and not named):
                continue  # "was in early December": when, not where
            lowered = self.q.text == self.q.text.lower()  # a place typed all lowercase
            if not lowered and not named:
                continue  # a place is a name: "in Chongqing", not "in person"
            if not self._unheld(word):
                continue  # a word some fact holds: not a place it does not know
            return Place(i, i + 1, word.title(), None)
        return None

    def _unheld(self, word: str) -> bool:
        """Whether no fact holds the word at all (a place the fact base does not know)."""
        return not FullText(self.store).hits([[word]], limit=1)

    def _place_of_body(self, place: Place) -> bool:
        """Whether a place names whose a body is, not where something was held ("a Shanghai
        city government show", "the Beijing municipal authorities")."""
        after = self.q.words[place.end : place.end + 2]
        return any(w in _BODY_AFTER_PLACE or w in ORG_NOUNS for w in after)

    def _body_place_words(self) -> set[int]:
        """The places a question names as whose a firm is ("the shanghai tech company CEO",
        not "at Shanghai - which company"), by where each starts."""
        words = self.q.words
        return {
            p.start
            for p in self.q.places
            if words[p.end : p.end + 1] and (
                words[p.end] in _FIRMS
                or (words[p.end + 1 : p.end + 2] and words[p.end + 1] in _FIRMS
                    and words[p.end].isalpha() and words[p.end] not in STOP | QUESTION_WORDS)
            )
        }  # fmt: skip

    def event_checked(self) -> tuple[list[AnswerLine], Request] | None:
        """Checks where a statement says an event was held ("the March 2025 roundtable was
        held in Shanghai - correct?"): the event found without its place, "Yes" or "No (the
        record puts it in Beijing)" on its dates and place (our reading); a place after "not"
        ("in Xiamen, not Shanghai") must not be its. None unless one event is named by more
        than its place and the statement says nothing else of it."""
        q = self.q
        if self.mentioned("person") or not (self.mentioned("event") or self._event_kind_named([])):
            return None
        people_of = self._people_places()  # "someone from Australia at the forum": who came
        came = {fold(p.name) for p in q.places if p.start in people_of}  # (named in the scene
        events_at = [  # too: "Australia shows up as an FTA partner - was there someone from
            p for p in q.places if not self._organizer_named(p) and not self._place_of_body(p)
            and p.start not in people_of and not (p.start in q.context and fold(p.name) in came)
        ]  # fmt: skip  (Australia at the forum?")
        unknown = self._unknown_place()
        told = events_at or unknown is not None or self._day_stated() or self._months_stated()
        if not told:
            return None  # the places stated are where people came from, or the scene's
        if unknown is not None:  # "held in Chongqing": a place no fact names is not its place
            events_at.append(unknown)
        inside = [p for p in q.places if self._within(fold(p.name))]
        if inside:  # "whereabouts in Xiamen was it held": a spot inside the city
            raise Refused(f"no place more precise than {inside[0].name} is on record")
        dated = self._day_stated() is not None or bool(self._months_stated())
        if not events_at and (not dated or not (self.asks_yes_no() or self._checking())):
            return None  # "was the Chengdu forum held on December 5?", "... in June?": dates
        self.q = replace(q, places=tuple(p for p in q.places if p not in events_at))
        try:
            event, used = self._try_event()
        finally:
            self.q = q
        if event is None or not (event.city or event.country):
            self.used = used
            return None
        negated = [p for p in events_at if p.start and q.words[p.start - 1] == "not"]
        wrong = [p for p in events_at if self._event_at(event, p.name) == (p in negated)]
        self.use(i for p in events_at for i in range(p.start - (p in negated), p.end))
        self.use(i for m in self.mentioned("event") for i in m.span)
        self.use_words(set(EVENT_KIND_WORDS) | WHERE | EVENT_TIMES | ORGANIZE | {"held", "by"})
        organizers = {
            w for o in event.organizers for w in fold(" ".join(self._names_of(o))).split()
        }
        own = organizers | set(self._event_words(event)) | MONTHS | {"ran", "run", "runs"}
        own |= {"which", "what", "city", "town", "place"}  # "which city hosted it, A or B?"
        themed = self._themed(event)
        self.use(themed)
        parts = {i for i in range(len(q.words) - 1)  # "in early December": checked with
                 if q.words[i] in MONTH_PARTS and q.words[i + 1] in MONTHS}  # its month
        rest = [i for i in self.leftover() if q.words[i] not in STOP | own
                and not q.words[i].isdigit() and i not in themed | parts]  # fmt: skip
        if rest:  # "the meeting said 2023 marks the 50th anniversary - right?": not its place
            self.used = used
            return None
        line = self.lines.dates(event)
        self.cues += ["when", "checked"]
        day = self._day_stated()
        if day is not None and event.start and len(event.start) == len("2023-10-16"):
            month, number, span = day
            self.use(span)
            stated = (
                f"{event.start[:4]}-{MONTH_NAMES.index(month.title()) + 1:02d}-{int(number):02d}"
            )
            if stated != event.start and not wrong:  # "on Oct 17, 2023 - correct date?"
                opened = in_words(event.start, None)
                said = f"{month.title()} {number}"
                within = event.start < stated <= (event.end or event.start)
                verdict = (
                    f"Not its opening day (our reading: it opened on {opened}; {said} falls "
                    "within its dates)"
                    if within
                    else f"No (our reading: it opened on {opened}, not {said})"
                )
                return [replace(line, text=f"{verdict}: {line.text}")], Request("event", event.id)
        ordered = sorted(events_at, key=lambda p: p.start)
        chosen = [  # "held in Shanghai or Beijing?": a choice, answered by the place
            p for p in ordered if p not in wrong and p not in negated
        ]
        offered = any("or" in q.words[a.end : b.start] for a, b in pairwise(ordered))
        if offered and wrong and len(chosen) == 1:
            where = event.city or event.country
            text = f"In {where} (our reading, of the places asked): {line.text}"
            return [replace(line, text=text)], Request("event", event.id)
        if wrong:
            where = event.city or event.country
            text = f"No (our reading: the record puts it in {where}): {line.text}"
            return [replace(line, text=text)], Request("event", event.id)
        return [replace(line, text=f"{AFFIRMED}{line.text}")], Request("event", event.id)

    def _day_stated(self) -> tuple[str, str, tuple[int, int]] | None:
        """The one day of a month a question states ("on Oct 17", "17 October"): the month,
        the day and where they are; None for none or several."""
        words = self.q.words
        found = [
            (words[i], words[j], (i, j))
            for i in range(len(words))
            if words[i] in MONTHS
            for j in (i + 1, i - 1)
            if 0 <= j < len(words) and words[j].isdigit() and 1 <= int(words[j]) <= 31
        ]
        return found[0] if len(found) == 1 else None

    def _organizer_named(self, place: Place) -> bool:
        """Whether a place names an organizer ("China co-organised"), not where it was."""
        return any(fold(place.name) == fold(self.lines.name("organization", o))
                   for e in self.store.all("event") if isinstance(e, Event)
                   for o in e.organizers)  # fmt: skip

    def _leans_on_instrument(self, subjects: Sequence[Mention]) -> bool:
        """Whether a question proper asks when "it" (or "that memorandum") was done and the
        scene before it names an instrument, done to by signing or ratifying, not held ("...
        What year was it signed?"; "... When was it held?" asks of the event)."""
        proper = self.q.words[self.q.begins :]
        that = any(  # "... - what year was that memorandum signed?", "was that signed?"
            (w in ("that", "this", "the") and b in INSTRUMENT_WORDS)
            or (w in ("that", "this") and b in ("signed", "ratified", "concluded", "adopted"))
            for w, b in pairwise(proper)
        )
        return (
            ("it" in proper or that)
            and any(m.kind == "instrument" for m in subjects)
            and not HELD_WORDS & set(proper)
        )

    def _try_event(self) -> tuple[Event | None, set[int]]:
        """The one event the question names (None where `one_event` would refuse), and the
        words used before it was looked for, to put back when it does not answer."""
        used = set(self.used)
        try:
            return self.one_event(), used
        except Refused:
            return None, used

    def _event_on(self, topics: Sequence[Mention]) -> bool:
        """Whether the one event the question names or describes is on every topic named
        ("the roundtable on AI"), its words holding theirs; those words are then used."""
        if not self._event_kind_named(topics):
            return False
        event, self.used = self._try_event()
        if event is None:
            return False
        own = f" {' '.join([*self._event_words(event), *fold(event.summary or '').split()])} "
        for topic in topics:  # by any of its names: "AI" is "artificial intelligence"
            if not any(f" {fold(name)} " in own for name in self._names_of(topic.best.id)):
                return False
        self.use(i for m in topics for i in m.span)
        return True

    def _event_kind_named(self, mentions: Sequence[Mention]) -> bool:
        """Whether the question names a kind of event ("training") outside the mentions."""
        spans = {i for m in mentions for i in m.span}
        return any(w in EVENT_KIND_WORDS and i not in spans for i, w in enumerate(self.q.words))

    def _when_event_described(
        self, mentions: Sequence[Mention]
    ) -> tuple[list[AnswerLine], Request] | None:
        """The dates and place of the one event of the kind and year named whose name holds
        every word of the mentions; None when there is not exactly one."""
        event, used = self._try_event()
        if event is None or not event.start:
            self.used = used
            return None
        own = self._event_words(event)
        for mention in mentions:
            words = [self.q.words[i] for i in mention.span if self.q.words[i] not in STOP]
            if not all(any(same_word(w, x) for x in own) for w in words):
                self.used = used
                return None
            self.use(mention.span)
        self.use_words(EVENT_TIMES | WHERE | {"and", "run", "ran", "held", "organized"})
        self.cues.append("when")
        return [self.lines.dates(event)], Request("event", event.id)

    def _instrument_nouns(self) -> list[int]:
        """The positions of the words for a kind of instrument the question proper has left
        unaccounted for ("when was the memorandum signed")."""
        words = self.q.words
        return [i for i in self.leftover() if words[i] in INSTRUMENT_WORDS
                and i not in self.q.context]  # fmt: skip

    def _spoken_of(self, person: str, nouns: Sequence[int]) -> tuple[str, list[int]] | None:
        """The one treaty or agreement a person spoke of (a topic of their appearances and
        statements) whose name holds every instrument word at ``nouns`` ("the memorandum"),
        with those words' positions; None when none or several fit."""
        topics = {fold(t) for a in self.rel.appearances_of_person(person) for t in a.topics}
        topics |= {fold(t) for c in self.store.all("claim")
                   if isinstance(c, Claim) and c.person == person for t in c.topics}  # fmt: skip
        fits = []
        for record in self.store.all("instrument"):
            if not isinstance(record, Instrument):
                continue
            names = [fold(n) for n in (record.name, *record.aliases)]
            if not topics & set(names):
                continue
            words = {stem(w) for n in names for w in n.split()}
            if all(stem(self.q.words[i]) in words for i in nouns):
                fits.append(record.id)
        return (fits[0], list(nouns)) if len(fits) == 1 else None

    def _when_record(
        self, spoken: tuple[str, list[int]]
    ) -> tuple[list[AnswerLine], Request] | None:
        """`_when_subject` of a record found by its words, not named ("the memorandum")."""
        rid, span = spoken
        match = Match("instrument", rid, EXACT, "name", self.lines.name("instrument", rid))
        return self._when_subject(Mention(span[0], span[-1] + 1, (match,)))

    def _when_subject(self, mention: Mention) -> tuple[list[AnswerLine], Request] | None:
        rid = mention.best.id
        self.use(mention.span)
        milestones = list(self.rel.milestones(rid))
        parties = [m for m in self.mentioned("organization") if m is not mention]
        sources = [m for m in parties if self._as_source(m)]  # "according to the WIPO office"
        parties = [m for m in parties if m not in sources]
        self.use(i for m in sources for i in (*m.span, *self._source_words(m)))
        heads = ROLE_TITLES | {"boss"}  # "according to the WIPO office head"
        self.use(m.end for m in sources if self.q.words[m.end : m.end + 1] in [(h,) for h in heads])
        for other in parties:  # "when did WIPO and NCAC sign": each step must name them all
            named = [self.q.words[i] for i in other.span]
            body = self.store.get("organization", other.best.id)  # "the World Intellectual
            own = [fold(n) for n in (body.name, *body.abbreviations, *body.aliases)] if (
                isinstance(body, Organization)
            ) else []  # its own names, never a word for its kind ("country")
            milestones = [  # Property Office": WIPO, as the step names it
                m for m in milestones if all(self.holds("milestone", m.id, w) for w in named)
                or any(f" {n} " in f" {' '.join(self.words_of('milestone', m.id))} " for n in own)
            ]  # fmt: skip
            self.use(other.span)
        if self.q.year_values:
            milestones = [m for m in milestones if any(
                m.date.startswith(str(y)) for y in self.q.year_values)]  # fmt: skip
        if not milestones:  # "the WIPO-China partnership": the steps that say all its words
            spans = {i for m in (mention, *parties) for i in m.span}
            words = [i for i in range(len(self.q.words)) if i not in self.used or i in spans]
            groups = [(w, *PARAPHRASES.get(w, ())) for i in words
                      if (w := self.q.words[i]) not in STOP and w not in GENERIC
                      and w not in WHEN | {"year", "years"}]  # fmt: skip
            hits = FullText(self.store).hits(groups, kinds=("milestone",)) if groups else []
            milestones = [
                m for h in hits if isinstance(m := self.store.get(h.kind, h.id), Milestone)
            ]
            self.use(words)
        if not milestones:
            raise Refused(f"no dated step of {self.lines.name(mention.kind, rid)} is on record")
        if self._asks_force():  # "when did it go into effect": only a step that says it did
            milestones = [m for m in milestones if _says_force(m) and not _only_hoped(m, "force")]
            if not milestones:
                name = self.lines.name(mention.kind, rid)
                raise Refused(f"no date of entry into force of the {name} is on record")
        self.cues.append("when")
        lines = [self.lines.milestone(m) for m in milestones]
        return lines, Request("timeline", milestones[0].subject)

    def _when_person(self, mention: Mention) -> tuple[list[AnswerLine], Request] | None:
        rid = mention.best.id
        self.use(mention.span)
        appearances = self.rel.appearances_of_person(rid)
        events = self._named_events()
        if events:
            ids = {e.id for e in events}
            appearances = [a for a in appearances if a.event in ids]
        words = self.q.words
        for org in self.mentioned("organization"):
            before = words[max(0, org.start - 4) : org.start]  # "as Director of WIPO's office":
            titles = [org.start - len(before) + k for k, w in enumerate(before) if w in ROLE_TITLES]
            if titles:  # the post the person held, not who organized the events
                self.use([*titles, *org.span])
                self.use_words({"as", "of", "at"})
                continue
            appearances = [a for a in appearances if org.best.id in self._organizers(a.event)]
            self.use(org.span)
        self.use_words(ROSTER | {"events", "event"})
        years = [y for y in self.q.year_values if y not in self._years_elsewhere()]
        if years:
            appearances = [a for a in appearances if any(
                _in_year(self.rel.event(a.event), y) for y in years)]  # fmt: skip
        if not appearances:
            raise Refused(f"no such appearance of {self.lines.name('person', rid)} is on record")
        held = [self.rel.event(a.event) for a in appearances]
        opening = any(re.search(r"\bopening\b", fold(a.summary)) for a in appearances)  # day 1
        acted = mention.start >= self.q.begins and self.q.has(*SPOKE, *LECTURE, *SPEAKING)
        days = all(e and e.start != e.end for e in held)  # an event of several days
        if acted and days and self._day_asked() and not opening:
            name = self.lines.name("person", rid)  # "on which day of the Xiamen training did
            raise Refused(f"only the dates of the whole event are on record, not the day {name}"
                          " took part")  # fmt: skip  # Benjamin Ng lecture": not on record
        self.cues.append("when")
        return [self.lines.appearance(a) for a in appearances], Request("timeline", rid)

    def _day_asked(self) -> bool:
        """Whether the question asks for one day ("on which day", "what exact date", "which
        date")."""
        words = self.q.words
        return any(
            w in ("which", "what") and words[i + 1 : i + 2] in (("day",), ("date",), ("exact",))
            for i, w in enumerate(words)
        ) or any(  # "on which of the three days"
            w == "days" and words[max(0, i - 4) : i][:2] == ("which", "of")
            for i, w in enumerate(words)
        )

    def _organizers(self, rid: str) -> set[str]:
        event = self.rel.event(rid)
        if event is None:
            return set()
        found = set(event.organizers)
        for org in event.organizers:
            found.update(self.rel_ancestors(org))
        return found

    def rel_ancestors(self, rid: str) -> list[str]:
        """An organization's parent, its parent and so on."""
        found: list[str] = []
        record = self.store.get("organization", rid)
        while isinstance(record, Organization) and record.parent and record.parent not in found:
            found.append(record.parent)
            record = self.store.get("organization", record.parent)
        return found

    def attendance(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "How many people attended the Xiamen training": an event's attendance."""
        q = self.q
        if q.asked[:1] in (("who",), ("whom",)) or {"name", "names"} & set(q.asked[:4]):
            return None  # "... What was his name?": a person, never a count
        counted = q.has("number", "count", "approx", "approximately", "roughly")  # "number of
        # guests at the forum", "participants xiamen training 2021 approx"
        asks = (q.has("how") and q.has("many", "big", "large")) or counted  # "how big ... in
        self.use_words({"big", "large"} if q.has("how") else ())  # terms of guests"
        headcount = q.has("attendance", "turnout", "headcount")
        compared = q.has("more", "over", "fewer", "less", "least", "above", "below", "under")
        compared = compared or q.has(*TURNOUT_SIZED)  # "participants A vs B - which was bigger"
        asks = asks or compared
        stated = self._checking() and any(_a_count(w) for w in q.words)  # "about 200 people
        asks = asks or stated  # attended the roundtable, right?": a count to check
        present = q.has("present") and q.has("many")  # "how many were present"
        drawn = q.has("drew", "draw", "draws", "attracted", "attract")  # "did X draw more"
        sized = q.has(*TURNOUT_SIZED)
        if sized and q.has(*EVENT_KIND_WORDS) and not (headcount or q.has(*ATTENDANCE)):
            return self._attendances()  # "which was bigger, the 2021 or the 2023 training?"
        came = any(  # "According to the NCAC representative at the roundtable, how many
            w in ATTENDANCE - {"present"}  # registrations
            and (i not in q.context or w not in _ONE_WHO_CAME)
            for i, w in enumerate(q.words)  # ...": the scene's one representative is no one
        )  # fmt: skip  # counted; "Of the nearly 200 guests, how many were foreign?" counts
        if not headcount and not (asks and (came or present or drawn)):
            return None
        if q.has("speakers", "lecturers", "experts"):
            return None
        noun = self._asked_noun()  # "which African body had heads in attendance": a body,
        which = q.asked[:1] in (("which",), ("what",))  # not a count
        if which and noun is not None and (
            q.words[noun] in ORG_NOUNS or q.words[noun] in ORG_PLURALS
        ):  # (not "which drew more people": a count compared)
            return None
        if which and any(m.start == q.begins + 1 for m in self.mentioned("organization")):
            return None  # "which African regional intellectual property body ...": ARIPO
        several = self._attendances()
        if several is not None:  # "which drew more people: the Xiamen training or the forum"
            return several
        denied = re.search(r"\bnot\W{0,3}(?:more|over|above|about|nearly)\b", q.text, re.I)
        if denied is not None:  # "the precise headcount, not 'more than 100'": the article
            raise Refused("the article gives no other count than the one the question sets aside")
        each = q.has("each", "every", "all") and q.has("events", "event")
        if each and not self.mentioned("event") and not q.places and not q.years:
            tallied = [e for e in self.store.all("event") if isinstance(e, Event) and e.attendance]
            tallied.sort(key=lambda e: e.start or "")  # "attendance at each of the events"
            self.use_words(ATTENDANCE | {"how", "many", "each", "every", "all", "events", "event",
                                         "of", "the", "at", "for", "was", "were", "number",
                                         "numbers", "table", "what"})  # fmt: skip
            if tallied:
                self.cues.append("attendance of each event on record")
                return [self.lines.attendance(e) for e in tallied], Request("search", "attendance")
        event = self.one_event()
        if event is None and self.q.places:  # "the Shanghai session": the one with a count
            counted_at = [e for e in self.events() if e.attendance is not None]
            event = counted_at[0] if len(counted_at) == 1 else None
        if event is None:
            return None
        if event.attendance is None:
            raise Refused(f"no attendance is on record for the {event.name}")
        words = q.words
        for i in range(len(words) - 2):  # "how many were heads of ...", "how many of them
            if words[i : i + 2] != ("how", "many"):  # were officials": a group among them
                continue
            tail = takewhile(lambda w: w not in ("at", "in", "during", "on"), words[i + 2 :])
            rest = [w for w in tail if w not in STOP and w not in ATTENDANCE]
            among = words[i + 2] in ("were", "was") or words[i + 2 : i + 4] in (
                ("of", "them"), ("of", "those"), ("of", "whom"))  # fmt: skip
            group = words[i + 4] if i + 4 < len(words) else ""
            if (
                words[i + 2] in ATTENDING
                and words[i + 3 : i + 4] in (("were",), ("are",))
                and group.endswith("s")
                and group not in STOP | ATTENDANCE | GENERIC
            ):  # "how many participants were foreigners": a group of them
                raise Refused(f"no count of one group among those at the {event.name} is on record")
            if among and [w for w in rest if w not in {"there", "present", "total", "in"}]:
                raise Refused(f"no count of one group among those at the {event.name} is on record")
        group = f"no count of one group's participants is on record for the {event.name}"
        lands = set(CONTINENTS) | set(DEMONYMS.values()) | {fold(p.name) for p in q.places}
        for i in range(len(words) - 2):  # "how many Vietnamese officials attended": those of
            if words[i : i + 2] == ("how", "many"):  # one country, which no count is of
                group_words = takewhile(lambda w: w not in ATTENDANCE - ATTENDING, words[i + 2 :])
                if set(group_words) & lands - {fold(x) for x in (event.city, event.country) if x}:
                    raise Refused(group)
        written = fold(event.attendance.as_written)  # the words the count is written with
        spans = [x for e in event.evidence for x in e.spans if written in fold(x)]
        told = fold(" ".join(spans or [e.quote for e in event.evidence])).split()
        of_all = list(takewhile(lambda w: w not in _PART_OF_COUNT, told))  # "More than 100
        # people ..., including heads of provincial authorities": those counted, not the part
        for i in range(len(words) - 2):  # "how many foreign participants": a group of them
            if words[i : i + 2] != ("how", "many") or i + 2 in q.context:
                continue
            head = list(takewhile(lambda w: w not in ATTENDING | _ATTENDED, words[i + 2 :]))
            if len(head) == len(words) - i - 2 or len(head) > GROUP_WORDS_MAX:
                continue  # no word for those who came follows ("how many countries joined")
            kinds = [w for w in head if w not in STOP and w not in _COUNT_FILLERS]
            if _unsaid(kinds, of_all):  # "how many provincial heads attended": a part
                raise Refused(group)
        named = {i for m in q.mentions for i in m.span} | {i for p in q.places for i in p.span}
        named |= {i for i, _ in q.years}
        for j in (j for j, w in enumerate(words) if w in ATTENDING and j not in q.context):
            before = list(reversed(words[max(0, j - GROUP_WORDS_MAX) : j]))  # "Xiamen 2021
            # training foreign participants number": a group, typed tersely
            kinds = list(  # up to a count: "top one hundred people" names no group
                takewhile(
                    lambda w: w not in STOP and w not in EVENT_KIND_WORDS and not _a_count(w)
                    and w not in COUNT_WORDS and w not in {"hundred", "hundreds", "thousand",
                                                           "thousands", "dozen", "dozens"},
                    before,
                )
            )
            kinds = [w for k, w in enumerate(kinds) if j - 1 - k not in named]
            kinds = [  # not a count's hedge ("fewer than 50 people", "some 200 guests")
                w for w in kinds if w.isalpha() and w not in NUMBER | _COUNT_HEDGES
            ]
            if _unsaid(kinds, told):
                raise Refused(group)
        sides = {w for pair in EVERY_SIDE if set(pair) <= set(told) for w in pair}
        asked_sides = {  # "Chinese and foreigners": both sides
            side for i, w in enumerate(words) if i not in q.context
            for side in sides if w.startswith(side)
        }  # fmt: skip
        if len(asked_sides) == 1:  # "how many foreign guests", "foreign guests, not Chinese":
            raise Refused(group)  # the count is of "Chinese and foreign guests" together
        after: list[str] = []  # "came from African countries", "from copyright associations"
        for i in (i for i, w in enumerate(words) if w == "from" and i not in q.context):
            after += takewhile(lambda w: w not in STOP, words[i + 1 :])  # not the scene's
        own = {fold(x) for x in (event.city, event.country) if x} | {fold(p.name) for p in q.places}
        if any(w not in own for w in after):  # "came from overseas": not the event's name
            raise Refused(group)
        self.use_words(ATTENDANCE | {"how", "many", "sent", "there", "were", "number", "count"})
        self.use_words({"headcount", "attendance", "turnout", "total", "of", "up"})  # turned up
        self.use_words({"held", "hosted", "have", "has", "had", "to"})  # "are reported to have
        # taken part in the training held in Shanghai"
        told = fold(event.summary or "").split()  # "how many attended and received
        summed = [i for i in self.leftover() if any(same_word(words[i], w) for w in told)]
        self.use(summed)  # certificates": what the event says they did, in our summary
        self.cues.append("attendance")
        line = self.lines.attendance(event)
        threshold = self._threshold(event.attendance.unit)
        if threshold is not None:  # "did more than 150 people attend": yes, no or cannot tell
            line = _compared(line, event.attendance, threshold)
        elif stated and (claim := self._claimed(event.attendance.unit)) is not None:
            exact = self.q.has(*EXACTNESS)  # "exactly 100?"
            line = _checked(line, event.attendance, claim, exact=exact)  # "about 200, right?"
        summary = [self.lines.event_summary(event)] if summed and event.summary else []
        return [line, *summary], Request("event", event.id)

    def _attendances(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "how many attended the 2021 Xiamen training and the 2023 Shanghai one",
        "which drew more people, the Xiamen training or the Chengdu forum": each event named's
        attendance, the one asked for marked (our reading) when the question compares them;
        refused when one of them has none on record; None unless two events or more are
        named."""
        q = self.q
        kinds = [i for i, w in enumerate(q.words) if w in EVENT_KIND_WORDS]
        before = set(self.used)
        events = list(dict.fromkeys(self._each_event_named(kinds)))
        if len(events) < 2:
            self.used = before
            return None
        events.sort(key=lambda e: self._named_at(e, kinds))  # in the question's order
        named_at = [self._named_at(e, kinds) for e in events]
        joins = {"and", "or", "vs", "versus", "than", "compared", "with", "to"}
        if not all(joins & set(q.words[a:b]) for a, b in pairwise(named_at)):
            self.used = before  # "the chengdu copyright forum": one event, by place and name
            return None
        missing = [e for e in events if e.attendance is None]
        if missing:
            raise Refused(f"no attendance is on record for the {missing[0].name}")
        self.use(kinds)
        self.use_words(ATTENDANCE | {"how", "many", "there", "were", "number", "count", "drew"})
        self.use_words({"draw", "draws", "attract", "attracted", "bigger", "larger", "smaller"})
        self.use_words({"headcount", "attendance", "turnout", "total", "of", "up", "which", "or"})
        self.use_words({"and", "compared", "with", "than", "versus", "vs", "one", "each", "both"})
        self.use_words({"compare", "comparison", "was", "event"})
        lines = [self.lines.attendance(e) for e in events]
        if not self._checking():  # "how does that compare to the ~100 at Xiamen": a count
            self.use(  # given to work from, which the line giving it accounts for
                i for i, w in enumerate(q.words) if _a_count(w) and any(
                    self.covers(line, [i]) for line in lines)
            )  # fmt: skip
        more = bool(set(q.words) & TURNOUT_COMPARED - TURNOUT_FEWER)
        fewer = bool(set(q.words) & TURNOUT_FEWER)
        if more != fewer:
            counts = [e.attendance for e in events]
            beats = [  # the one more (fewer) than each other, as the article's hedges allow
                k
                for k, a in enumerate(counts)
                if a is not None
                and all(_larger(a, b) == more for j, b in enumerate(counts) if j != k and b)
            ]
            if len(events) > 2:  # "Xiamen vs Shanghai vs Chengdu - which was the biggest":
                self.use_words(TURNOUT_COMPARED | {"people", "event", "one"})  # each, and the
            if not beats:  # "Xiamen (about 100) or Shanghai (more than 100)?": both, untold
                self.use_words(TURNOUT_COMPARED | {"people", "event", "one"})
                untold = "The figures cannot tell which drew " + ("more" if more else "fewer")
                lines[0] = replace(lines[0], text=f"{untold} (our reading): {lines[0].text}")
            if len(beats) == 1:  # one that drew the most marked when the figures tell
                self.use_words(TURNOUT_COMPARED | {"people", "event"})
                at = beats[0]
                if self.asks_yes_no() and len(events) == 2:  # "did Xiamen draw more than X?"
                    word = "Yes" if at == 0 else "No"
                    lines[0] = replace(lines[0], text=f"{word} (our reading): {lines[0].text}")
                else:
                    word = (
                        ("More" if more else "Fewer")
                        if len(events) == 2
                        else ("Most" if more else "Fewest")
                    )  # the one asked for, first
                    marked = replace(lines[at], text=f"{word} (our reading): {lines[at].text}")
                    lines = [marked, *(x for i, x in enumerate(lines) if i != at)]
        self.cues.append("attendance")
        return lines, Request("event", events[0].id)

    def _named_at(self, event: Event, kinds: Sequence[int]) -> int:
        """Where the question first names an event: by its name, its place or its kind."""
        q = self.q
        at = [m.start for m in self.mentioned("event") if event.id in m.ids("event")]
        at += [p.start for p in q.places if self._event_at(event, p.name)]
        years = dict(q.years)  # "the 2021 training or the 2023 training": by the year before
        at = at or [
            k
            for k in kinds
            if _of_kind(event, EVENT_KIND_WORDS[q.words[k]])
            and (k - 1 not in years or _in_year(event, years[k - 1]))
        ]
        return min(at, default=len(q.words))  # by its kind only when not by name or place

    def side_events(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "Which companies did the forum's guests visit", "what expo did the guests of
        the Chengdu forum join": the events held during the event named (``during``), the
        organizations visited for a visit."""
        q = self.q
        visit = q.has(*VISIT_WORDS)
        aside = any(  # not "Alongside the academics, ... Who ...?", nor a tag's "also"
            w in SIDE_WORDS and i not in q.context  # ("..., NCAC only or WIPO also?")
            for i, w in enumerate(q.words)
            if i >= q.begins
        )
        if not (visit or aside or q.has("expo", "expos", "exhibition", "fair")):
            return None
        guests = visit and bool(q.places) and q.has(*GUEST_WORDS)  # "guests visited in Chengdu"
        if not self.mentioned("event") and not q.has(*EVENT_KIND_WORDS) and not guests:
            return None  # "the treaties China has joined": no event named
        mains = [e for e in self.events() if self.rel.side_events(e.id)]
        if not mains and guests and not self.mentioned("event"):  # "visit" is a kind of
            mains = [  # event, but "did the guests visit in Chengdu" asks of the visits
                e  # during an event there
                for e in self.store.all("event")
                if isinstance(e, Event)
                and self.rel.side_events(e.id)
                and all(self._event_at(e, p.name) for p in q.places)
            ]
            self.use(i for p in q.places for i in p.span)
        if not mains:
            return None
        if len(mains) > 1:
            names = "; ".join(e.name for e in mains[:4])
            raise Refused(f"it names several events ({names}); name one")
        main = mains[0]
        sides = self.rel.side_events(main.id)
        expos = {"expo", "expos", "exhibition", "fair"}
        words = q.words
        asked = [words[i + 1] for i, w in enumerate(words[:-1]) if w in ("which", "what")]
        if visit and set(asked) & expos and not set(asked) - expos:  # "in the activities of
            visit = False  # which expo did the guests take part during their visit": the expo,
            # not the visits (unless the visits are asked too: "which expo, and which firms")
        both = visit and bool(set(asked) & expos) and bool(set(asked) - expos)  # "which expo
        if both:  # and which companies": the expo and the visits
            sides = [e for e in sides if e.kind in ("visit", "expo")]
        elif visit:
            sides = [e for e in sides if e.kind == "visit"]
        elif q.has(*expos):
            sides = [e for e in sides if e.kind == "expo"]
        if not sides:
            raise Refused(f"no such event is on record during the {main.name}")
        for side in sides:  # the side event named too ("the Chengdu expo")
            self.use(i for m in self.mentioned("event") if side.id in m.ids("event")
                     for i in m.span)  # fmt: skip
        self.use_words(VISIT_WORDS | SIDE_WORDS | PEOPLE_NOUNS | ORG_KIND_WORDS)
        self.use_words({"expo", "expos", "exhibition", "fair", "which", "what", "where", "did"})
        self.use_words(GUEST_WORDS | {"its"})
        self.use_words({"events", "event", "there", "were", "was", "held", "take", "took"})
        self.use_words({"part", "participate", "participated", "attend", "attended", "went"})
        own = self._event_words(main)  # "the Chengdu copyright forum": words of its name
        self.use(i for i, w in enumerate(q.words)
                 if w not in STOP and any(same_word(w, x) for x in own))  # fmt: skip
        self.use(i for k in q.kinds for i in k.span)
        self.use(i for p in q.places if self._event_at(main, p.name) for i in p.span)
        kinds = {k for phrase in q.kinds for k in phrase.kinds}
        lines: list[AnswerLine] = []
        for side in sides:
            if side.kind == "visit" and side.participants:
                for org in side.participants:
                    if not kinds or self._org_kind(org) in kinds:
                        lines.append(self.lines.visited(side, main, org))
            elif not kinds or (both and side.kind == "expo"):
                lines.append(self.lines.side_event(side, main))
        if not lines:
            raise Refused(f"no organization of that kind is on record during the {main.name}")
        self.cues.append("side events")
        visited = {o for side in sides if side.kind == "visit" for o in side.participants}
        named = [m for m in self.mentioned("organization") if m.best.id not in main.organizers]
        if visit and named and (self._checking() or self.asks_yes_no()):  # "the guests visit
            self.use(i for m in named for i in m.span)  # Tencent company, is it right?"
            self.use_words({"company", "companies", "firm", "firms"})
            held = all(m.best.id in visited for m in named)
            verdict = "Yes (our reading)" if held else "No (our reading: not on record as visited)"
            lines[0] = replace(lines[0], text=f"{verdict}: {lines[0].text}")
        return lines, Request("event", main.id)

    def _organizers_of_each(self) -> tuple[list[AnswerLine], Request] | None:
        """The organizers of each of two or more events a question names by their years ("the
        2021 and 2023 trainings"), with "Yes" or "No" (our reading) when it asks whether the
        bodies it names ran every one; None unless each year names one event."""
        q = self.q
        years = sorted(set(q.year_values))
        if len(years) < 2 or len({e for m in self.mentioned("event") for e in m.ids("event")}) > 1:
            return None
        kinds = {EVENT_KIND_WORDS[w] for w in q.words if w in EVENT_KIND_WORDS}
        every = [e for e in self.store.all("event") if isinstance(e, Event)]
        events: list[Event] = []
        for year in years:
            found = [e for e in every if _in_year(e, year)
                     and (not kinds or any(_of_kind(e, k) for k in kinds))]  # fmt: skip
            if len(found) != 1 or not found[0].organizers:
                return None
            events.append(found[0])
        self.use_words(ORGANIZE | set(EVENT_KIND_WORDS) | {"by", "both", "and", "each", "co"})
        named = self.mentioned("organization")
        self.use(i for m in named for i in m.span)
        self.use(i for m in self.mentioned("event") for i in m.span)
        self.cues.append("organizers")
        lines = [self.lines.organizer(e, o) for e in events for o in e.organizers]
        if self.asks_yes_no() and named:
            missing = [(m, e) for e in events for m in named
                       if m.best.id not in self._organizer_family(e)]  # fmt: skip
            if missing:
                m, e = missing[0]
                body = self.lines.name("organization", m.best.id)
                said = f"No (our reading: {body} is not named as an organizer of the "
                said += f"{self.lines.event_short(e.id)})"
            else:
                said = "Yes (our reading)"
            lines[0] = replace(lines[0], text=f"{said}: {lines[0].text}")
        return lines, Request("event", events[-1].id)

    def _organizer_family(self, event: Event) -> set[str]:
        """An event's organizers and their units."""
        return {u for o in event.organizers for u in self.org_family(o)}

    def organizers(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "Who organized the 2021 Xiamen training": an event's organizers."""
        q = self.q
        put_on = [  # "who put on the Xiamen training", "which bodies put it on"
            (i, j) for i, w in enumerate(q.words) for j in range(i + 1, len(q.words))
            if w in ("put", "puts", "putting") and q.words[j] == "on" and j - i < PUT_ON_REACH
        ]  # fmt: skip
        presented = q.has("presented", "presents", "present", "hold", "holds", "held") and q.has(
            "together", "jointly"
        )  # "which organisation hold it together?"
        if (  # "which two bodies have together the training presented": jointly put it on
            not put_on
            and not presented
            and not q.has(*ORGANIZE - {"held", "hold", "run", "ran"})
            and not (q.has("held", "run", "ran") and q.has("by"))
            and not self._ran_event()
            and self._organized_by() is None  # "put together by"
        ):
            return None
        if q.asked[:1] == ("why",):
            return None  # "why did NCAC and WIPO run the training": its purpose, not who
        several = self._organizers_of_each()
        if several is not None:  # "were the 2021 and 2023 trainings both co-run by WIPO and
            return several  # NCAC?": each one's organizers
        checked = self._organized_by_checked() or self._organized_with_checked()
        if checked is not None:  # "the 2023 training was run by NCAC and the WTO, right?",
            return checked  # "China co-organized the conference with WIPO in 2012, right?"
        if (
            self.mentioned("organization")
            and not self.mentioned("event")
            and not (self._asks_person() and self.events())  # "who ran the Shanghai
        ):  # training, was it just WIPO?": its organizers
            return None  # "which trainings did WIPO organize": the organization's events
        if self._asks_instrument():
            return None  # "what treaty resulted from the conference China co-organised"
        event = self.one_event()
        if event is None:
            return None
        if not event.organizers:
            raise Refused(f"no organizer of the {event.name} is on record")
        self.use_words(ORGANIZE | {"by"})
        if q.has("name", "names"):  # "the full official names of the two bodies that ran it"
            self.use_words(TITLE_BEFORE | PROPER_TITLE)
        self.use(i for span in put_on for i in span)
        self.cues.append("organizers")
        organizers = list(event.organizers)
        words = self.q.words
        sorts = [  # "co-host with which xiamen local govt department": a body of that sort
            words[j] for i, w in enumerate(words) if w in ("which", "what")
            for j in range(i + 1, min(len(words), i + 5)) if words[j] in _HOST_SORTS
        ]  # fmt: skip
        if sorts and not any(self._of_sort(o, sorts[-1]) for o in organizers):  # its head
            names = " and ".join(self.lines.name("organization", o) for o in organizers)  # noun
            raise Refused(f"the organizers on record ({names}) are not of the kind asked")
        alone = self._organized_alone(event)
        if alone is not None:  # "the 2023 training was organized by NCAC alone, right?"
            return alone, Request("event", event.id)
        beside = [  # "together with NCAC", "alongside WIPO": the other one is asked
            m for m in self.mentioned("organization")
            if m.start and words[m.start - 1] in ("with", "alongside", "besides")
            and m.best.id in organizers
        ]  # fmt: skip
        others = [o for o in organizers if o not in {m.best.id for m in beside}]
        if beside and others:
            organizers = others
            self.use(i for m in beside for i in m.span)
            self.use_words({"together", "with", "alongside", "besides", "other"})
        spans = self._spans()
        bodies = {*ORG_NOUNS, "org", "orgs", "partner", "organizations", "organisations", "bodies"}
        if any(  # "which international org", not "the International Copyright Training"
            w in ("international", "intergovernmental", "global", "foreign")
            and i not in spans
            and words[i + 1 : i + 2] != ()
            and words[i + 1] in bodies
            for i, w in enumerate(words)
        ):
            kinds = {"intergovernmental", "international"}
            abroad = [
                o for o in organizers
                if isinstance(org := self.store.get("organization", o), Organization)
                and (kinds & set(fold(org.kind or "").replace("_", " ").split())
                     or fold(org.country or "") not in ("", "china"))
            ]  # fmt: skip
            if abroad:
                organizers = abroad
                self.use_words({"international", "intergovernmental", "global", "foreign"})
        asked = [  # "which university hosted the 2021 course"; not "was it just an agency?"
            k for k in q.kinds
            if not set(k.span) & spans
            and {"which", "what"} & set(words[max(0, k.start - 2) : k.start])
        ]  # fmt: skip
        if asked:  # an organizer of that kind, or none is on record
            fitting = [o for o in organizers if any(self._org_kind(o) in k.kinds for k in asked)]
            if not fitting:
                names = " and ".join(self.lines.name("organization", o) for o in organizers)
                raise Refused(f"the organizers on record ({names}) are not of the kind asked")
            organizers = fitting
            self.use(i for k in asked for i in k.span)
        lines = [self.lines.organizer(event, o) for o in organizers]
        return lines, Request("event", event.id)

    def _of_sort(self, rid: str, sort: str) -> bool:
        """Whether a body is of a sort by its own name or kind ("a government department"),
        not by the names of its units or people."""
        org = self.store.get("organization", rid)
        if not isinstance(org, Organization):
            return False
        own = fold(f"{org.name} {vocabulary_words(org.kind)}").split()
        return _word_in(sort, own)

    def _organized_by_checked(self) -> tuple[list[AnswerLine], Request] | None:
        """Checks who a statement says organized an event ("the 2023 training was run by
        NCAC and the WTO, right?", "was the Xiamen training organized by NCAC and WIPO?"):
        "Yes (our reading)" when every body named after "by" is an organizer on record, else
        "No (our reading: ...)" with the organizers; a body the fact base does not know
        (the WTO) is none of them. None unless it checks, one event is named by its kind and
        "by" follows a word for organizing."""
        q = self.q
        words = q.words
        if not (self._checking() or self.asks_yes_no()) or q.has(*ALONE, "only", "sole"):
            return None
        by = self._organized_by()
        if by is None or not self._event_kind_named([]):
            return None
        after = [m for m in self.mentioned("organization") if m.start > by]
        spans = {i for m in after for i in m.span}
        end = next((i for i in range(by + 1, len(words)) if words[i] in CHECK_WORDS), len(words))
        when = {i for i, _ in q.years} | set(q.latest)  # "... by NCAC and WIPO last year"
        placed = {i for p in q.places for i in range(p.start, p.end)}  # "... in Xiamen"
        events = {i for m in self.mentioned("event") for i in m.span}
        strange = [  # words for a body not on record ("the WTO", "the culture ministry")
            i for i in range(by + 1, end)
            if i not in spans | when | placed | events and i not in q.context
            and words[i].isalpha() and words[i] not in STOP | MONTHS | CHECK_WORDS
            and words[i] not in {"yeah", "yea", "yep", "and", "together", "jointly", "both"}
        ]  # fmt: skip
        if not after and not strange:
            return None
        if self._claims_more(strange):
            return None  # "... co-organised by China and WIPO adopted the Marrakesh Treaty"
        before = [m for m in self.mentioned("organization") if m.start < by]
        kept = self.used
        self.use(i for m in after for i in m.span)
        event = self.one_event()
        if event is None or before:
            self.used = kept
            return None
        if not event.organizers:
            raise Refused(f"no organizer of the {event.name} is on record")
        organizers = list(event.organizers)
        named = {m.best.id for m in after}
        described = self._organizer_described(strange, [o for o in organizers if o not in named])
        if described is not None:  # "the Chinese government and WIPO": NCAC, a government
            named.add(described)  # agency of China
            strange = []
        self.use(range(len(words)))
        return self._organizers_judged(event, named <= set(organizers) and not strange)

    def _organized_with_checked(self) -> tuple[list[AnswerLine], Request] | None:
        """Checks who a statement says organized an event, said the active way ("China
        co-organized the Diplomatic Conference with WIPO in 2012, right?", "dipl conference
        co-organised China/WIPO June 2012?"): "Yes (our reading)" when every body it names
        (a country among them, "China") is an organizer on record, else "No (our reading:
        ...)" with the organizers. None unless it checks, names one event and a body, says
        "organized" once and names nothing else (a treaty only just before the event's name:
        "Beijing Treaty dipl conference")."""
        q = self.q
        words = q.words
        if not (self._checking() or self.asks_yes_no()) or q.has(*ALONE, "only", "sole"):
            return None
        verbs = [i for i, w in enumerate(words) if w in _ORGANIZED_ACTIVE]
        events = self.mentioned("event")
        if len(verbs) != 1 or len({m.best.id for m in events}) != 1:
            return None
        if self._organized_by() is not None:
            return None  # "... was organized by NCAC and WIPO, right?": the passive's check
        if set(words) & QUESTION_WORDS:
            return None  # "could you confirm when China co-organised it, with which body": asked
        event_at = events[0].start
        if any(
            m.kind not in ("organization", "event")
            and not (m.kind == "instrument" and m.end == event_at)
            for m in q.mentions
        ):
            return None  # "did the body that co-organized X adopt the treaty": more is claimed
        names = {fold(self.lines.name("organization", o)): o for o in self._event_organizers()}
        bodies = [m.best.id for m in self.mentioned("organization")]
        countries = [p for p in q.places if fold(p.name) in names or p.country is None]
        bodies += [names.get(fold(p.name), fold(p.name)) for p in countries]
        if not bodies:
            return None
        kept = self.used
        self.use(verbs)
        event = self.one_event()
        if event is None or not event.organizers:
            self.used = kept
            return None
        self.use(range(len(words)))
        return self._organizers_judged(event, set(bodies) <= set(event.organizers))

    def _organizers_judged(self, event: Event, held: bool) -> tuple[list[AnswerLine], Request]:
        """An event's organizers as the answer to a claim of who organized it: "Yes (our
        reading)" when the claim is ``held``, else "No (our reading: the record names ...)"."""
        organizers = list(event.organizers)
        self.cues += ["organizers", "checked"]
        lines = [self.lines.organizer(event, o) for o in organizers]
        if held:
            verdict = "Yes (our reading)"
        else:
            names = " and ".join(self._short_name(o) for o in organizers)
            plural = "s" if len(organizers) > 1 else ""
            verdict = f"No (our reading: the record names {names} as its organizer{plural})"
        lines[0] = replace(lines[0], text=f"{verdict}: {lines[0].text}")
        return lines, Request("event", event.id)

    def _event_organizers(self) -> list[str]:
        """Every organizer on record of the events the question names."""
        found: list[str] = []
        for m in self.mentioned("event"):
            event = self.store.get("event", m.best.id)
            if isinstance(event, Event):
                found += event.organizers
        return found

    def _organizer_described(self, strange: list[int], unnamed: list[str]) -> str | None:
        """The one organizer not named that the words for a body describe by its country and
        kind ("the Chinese government": NCAC, a government agency of China), else None (not
        "the culture ministry": no word of ours says NCAC is one)."""
        words = {self.q.words[i] for i in strange}
        if not words or not words <= _BODY_DESCRIBED.keys():
            return None
        fitting = []
        for rid in unnamed:
            org = self.store.get("organization", rid)
            if not isinstance(org, Organization):
                continue
            said = {"", fold(org.country or ""), *fold(org.kind or "").replace("_", " ").split()}
            if all(_BODY_DESCRIBED[w] in said for w in words):
                fitting.append(rid)
        return fitting[0] if len(fitting) == 1 else None

    def _claims_more(self, strange: list[int]) -> bool:
        """Whether a claim of who organized an event claims something else too, which the
        organizers cannot bear out: a treaty, person, topic or other event it names, or a verb
        among the words after "by" ("... organised by China and WIPO adopted the Marrakesh
        Treaty"; not "... run by WIPO and the culture ministry")."""
        if any(m.kind not in ("organization", "event") for m in self.q.mentions):
            return True
        if len({m.best.id for m in self.mentioned("event")}) > 1:
            return True
        return any(self.q.words[i].endswith(("ed", "ing")) for i in strange)

    def _organized_by(self) -> int | None:
        """Where "by" follows a word for organizing ("run by", "hosted by", "put together
        by", "put on by"), or None."""
        words = self.q.words
        return next(
            (
                i for i in range(1, len(words)) if words[i] == "by"
                and (words[i - 1] in ORGANIZE or words[i - 2 : i] in _PUT_ON)
            ),
            None,
        )  # fmt: skip

    def _organized_alone(self, event: Event) -> list[AnswerLine] | None:
        """Checks a statement that one body alone organized an event that had more ("... was
        organized by NCAC on its own, right?"): "No (our reading: ...)" with every organizer;
        None unless the question checks, says "alone" (or "only", "solely") and names only
        organizers, fewer than all of them."""
        q = self.q
        if not (self._checking() or self.asks_yes_no()) or not q.has(*ALONE, "only", "sole"):
            return None
        named = {m.best.id for m in self.mentioned("organization")}
        organizers = list(event.organizers)
        if not named or not named < set(organizers):
            return None
        self.use(range(len(q.words)))  # one part of the statement is not so: the whole is not
        lines = [self.lines.organizer(event, o) for o in organizers]
        names = [self._short_name(o) for o in organizers]
        verdict = f"No (our reading: {' and '.join(names)} organized it together)"
        self.cues.append("checked")
        return [replace(lines[0], text=f"{verdict}: {lines[0].text}"), *lines[1:]]

    def _short_name(self, rid: str) -> str:
        """An organization's abbreviation, or its name when it has none."""
        org = self.store.get("organization", rid)
        if not isinstance(org, Organization):
            return rid
        return next(iter(org.abbreviations), org.name)

    def _ran_event(self) -> bool:
        """Whether the question asks who ran an event ("who ran the Shanghai training together
        with WIPO"): "who ran" or "who runs", and a kind of event named."""
        asked = self.q.asked
        said = 2 if asked[1:2] in (("actually",), ("really",), ("exactly",)) else 1  # "who
        if asked[:1] != ("who",) or asked[said : said + 1] not in (("ran",), ("runs",), ("run",)):
            return False  # actually ran the Shanghai training thing"
        verb = self.q.begins + said  # "who runs the Chengdu copyright office": its head
        if any(m.start in (verb + 1, verb + 2) for m in self.mentioned("organization")):
            return False
        words = self.q.words
        placed = any(  # "who ran the xiamen thing": the event held there
            words[max(p.span) + 1 : max(p.span) + 2] in (("event",), ("thing",), ("gathering",))
            for p in self.q.places
        )
        return self._event_kind_named([]) or bool(self.mentioned("event")) or placed

    def org_figures(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "MCSC's 2024 figures?", "CAVCA numbers for 2024": every value on record of
        the statistics of the one organization named (of the year asked, if one is); None
        when the question names anything more than the body, a year and a word for figures."""
        q = self.q
        orgs = self.mentioned("organization")
        if len({m.best.id for m in orgs}) != 1 or self.mentioned("person"):
            return None
        names = {i for m in orgs for i in m.span}
        years = {i for i, _ in q.years}
        plain = STOP | FIGURE_NOUNS | {"key", "main", "headline", "all", "its", "latest", "for"}
        if any(i not in names | years and w not in plain for i, w in enumerate(q.words)):
            return None
        family = set(self.org_family(orgs[0].best.id))
        stats = [
            s
            for s in self.store.all("statistic")
            if isinstance(s, Statistic) and s.organization in family
        ]
        wanted = {str(y) for y in q.year_values}
        values = [
            o
            for s in stats
            for o in self.rel.series(s.id)
            if not wanted or (o.period or o.when)[:4] in wanted
        ]
        if not values:
            return None
        self.use([*names, *years])
        self.use_words(plain)
        self.cues.append("figures of the body")
        return [self.lines.observation(o) for o in values][:MAX_LINES], Request(
            "org", orgs[0].best.id
        )

    def figures_given(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "What figures did Guan Jun present", "what numbers did Sichuan's copyright
        chief give for 2018": every value on record reported by the person named (or by the
        head of the organization named), of the year asked if one is."""
        q = self.q
        asked = {w for w in q.asked[:6]} & FIGURE_NOUNS
        bare = not asked and q.asked[:2] == ("what", "did") and q.has("report", "present")
        if not (asked or bare) or not q.has(*GIVING):  # "what did Zhou Qing report?": his
            return None  # figures, when he gave any
        people = [m.best.id for m in self.mentioned("person")]
        orgs = [m for m in self.mentioned("organization")]
        if not people and len(orgs) == 1 and q.has(*TITLE_SYNONYMS, *ROLE_TITLES):
            heads = self._posts_at(orgs[0].best.id)  # "the copyright chief": its head
            people = [r.person for r in heads if fold(r.title) in TOP_TITLES]
        if len(set(people)) != 1:
            return None
        values = self.rel.reported_by(people[0])
        years = {str(y) for y in q.year_values}
        if years:
            values = [o for o in values if (o.period or o.when)[:4] in years]
        if not values and bare:
            return None
        if not values:
            raise Refused("no figure on record was given by them then")
        self.use(i for m in self.q.mentions if m.kind in ("person", "organization") for i in m.span)
        self.use_words(FIGURE_NOUNS | GIVING | REPORTING | TITLE_SYNONYMS.keys() | ROLE_TITLES)
        self.use_words({"what", "which", "did", "does", "for", "at", "in", "copyright"})
        self.use_words({"headline", "key", "main", "latest", "national", "exact"})
        named = {i: self.q.words[i] for i in self.leftover() if self.q.words[i] not in STOP}
        each = {
            i: [o for o in values if self.holds("observation", o.id, w)] for i, w in named.items()
        }
        if len(values) > 1 and named and all(each.values()):  # "the Sichuan trading and the
            kept = [o for o in values if any(o in held for held in each.values())]  # work
            self.use(named)  # registrations in 2018 he gave": each figure named, either side
            stats = {o.statistic for o in kept}  # with the growth of a figure kept, which he
            values = [  # gave of it ("registration and economic-contribution numbers": the
                o for o in values  # added value's growth beside the added value)
                if o in kept or self._grown_id(o.statistic) in stats
            ]  # fmt: skip
        self.cues.append("figures given")
        return [self.lines.observation(o) for o in values], Request("who", people[0])

    def _grown_id(self, rid: str) -> str | None:
        """The id of the statistic a growth statistic is the growth of; None for any other."""
        statistic = self.store.get("statistic", rid)
        grown = self._grown(statistic) if isinstance(statistic, Statistic) else None
        return grown.id if grown is not None else None

    def _data_years(self) -> tuple[set[str], set[str]]:
        """The events a question about reported figures names, and the years it asks of the
        figures: not an event's own year ("the March 2025 roundtable" reported 2024's)."""
        named = self.events()
        held_in = {(e.start or "")[:4] for e in named}
        return {e.id for e in named}, {str(y) for y in self.q.year_values} - held_in

    def reporting_bodies(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "which collective management organizations reported their 2024 revenue at
        the roundtable": the figures of bodies of the kind asked whose labels hold every word
        left (at the event and of the year named), a body's own figures together. None
        unless a kind of body is asked for with a verb of reporting and no body is named."""
        q = self.q
        bodies = [k for k in q.kinds if q.asked[:1] in (("which",), ("what",))]
        if not bodies or not q.has(*REPORTING_VERBS) or self.mentioned("organization"):
            return None
        if self.mentioned("person"):
            return None
        kinds = {kind for k in bodies for kind in k.kinds}
        events, years = self._data_years()
        self.use(i for k in bodies for i in k.span)
        self.use(i for i, _ in q.years)
        self.use_words(REPORTING | FIGURE_NOUNS | {"their", "its", "at", "the", "which", "what"})
        self.use_words({"did", "in", "for", "of", "on", "during"} | MONTHS)
        self.use_words({(e.start or "")[:4] for e in self.events()})  # "the March 2025
        # roundtable": the event's own year
        self.use(i for e in self._named_events() for m in self.mentioned("event")
                 if m.best.id == e.id for i in m.span)  # fmt: skip
        self.use(i for i, w in enumerate(q.words) if w in EVENT_KIND_WORDS)
        self.use(i for p in q.places for i in p.span)
        topic = self.leftover()
        if not topic:
            return None
        found: list[Observation] = []
        for o in self.store.all("observation"):
            if not isinstance(o, Observation) or (events and o.event not in events):
                continue
            stat = self.store.get("statistic", o.statistic)
            if not isinstance(stat, Statistic) or not stat.organization:
                continue
            org = self.store.get("organization", stat.organization)
            if not isinstance(org, Organization) or org.kind not in kinds:
                continue
            if years and (o.period or o.when)[:4] not in years:
                continue
            if all(self.holds("statistic", stat.id, q.words[i]) for i in topic):
                found.append(o)
        if not found:
            return None
        self.use(topic)
        self.cues.append("figures reported by bodies of the kind asked")
        lines = []
        named: set[str] = set()  # which bodies are asked: each named in full at its first
        for o in found:  # figure ("Music Copyright Society of China (MCSC): MCSC ...")
            line = self.lines.observation(o)
            measure = self.store.get("statistic", o.statistic)
            body = measure.organization if isinstance(measure, Statistic) else None
            if body and body not in named:
                named.add(body)
                line = replace(line, text=f"{self.lines.org_name(body)}: {line.text}")
            lines.append(line)
        return lines, Request("search", " ".join(q.words[i] for i in topic), limit=CARDS)

    def reporters(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "who is the MCSC executive that reported the 2024 results", "which NCAC
        official presented the figures": whoever reported the figures of the one organization
        named (of the year named), with their post there and the figures. None unless a
        person is asked for with a verb and a noun of reporting figures."""
        q = self.q
        results = {"results", "achievements"} | FIGURE_NOUNS
        if not (self._asks_person() and q.has(*REPORTING_VERBS) and q.has(*results)):
            return None
        orgs = self.mentioned("organization")
        if not orgs and not self.mentioned("person"):  # "who presented the registration
            return self._reporters_at_event(results)  # data at the roundtable"
        if len({m.best.id for m in orgs}) != 1 or self.mentioned("person"):
            return None
        family = set(self.org_family(orgs[0].best.id))
        events, years = self._data_years()  # "at the roundtable"
        found = []
        for o in self.store.all("observation"):
            if not isinstance(o, Observation) or not o.reported_by:
                continue
            if events and o.event not in events:
                continue
            stat = self.store.get("statistic", o.statistic)
            of_org = isinstance(stat, Statistic) and bool(self._stat_orgs(stat) & family)
            posts = {r.organization for r in self.rel.roles_of_person(o.reported_by)}
            if not of_org and not posts & family:  # its figures, or its person's ("the
                continue  # NCAC official who presented the figures")
            if not years or (o.period or o.when)[:4] in years:
                found.append(o)
        if not found:
            return None
        people = list(dict.fromkeys(o.reported_by for o in found if o.reported_by))
        held = [r for p in people for r in _each_post_once(self.rel.roles_of_person(p))]
        self.use(i for m in orgs for i in m.span)
        self.use(i for i, _ in q.years)
        self.use_words(REPORTING | results | PEOPLE_NOUNS | ROLE_TITLES | {"its", "their"})
        self.use_words({"who", "whom", "which", "is", "was", "the", "that", "did", "at", "from"})
        self.use_words(TITLE_ASKED - {"what"})  # "who presented the data, post": each role line
        self.cues.append("reported by")
        lines = [self.lines.role(r) for r in held if r.organization in family]
        lines += [self.lines.observation(o) for o in found]
        return lines, Request("who", people[0])

    def _reporters_at_event(self, results: set[str]) -> tuple[list[AnswerLine], Request] | None:
        """Answers "who presented the registration data at the roundtable": whoever reported,
        at the one event named, the figures whose labels hold the question's own words
        ("registration" of "Total copyright registrations in China"), with their post there
        and the figures. None unless one event is named and some figure's label fits."""
        try:
            event = self.one_event()
        except Refused:  # "those Sichuan figures at the forum": another reading finds them
            return None
        if event is None:
            return None
        named = {i for m in self.q.mentions for i in m.span} | {i for i, _ in self.q.years}
        plain = STOP | results | REPORTING | PEOPLE_NOUNS | ROLE_TITLES | TITLE_ASKED
        plain |= EVENT_KIND_WORDS.keys() | _COMMON_LABEL_WORDS | {"who", "whom", "which", "at"}
        own = [
            (i, w) for i, w in enumerate(self.q.words)
            if i not in named and w not in plain and i not in self.used
        ]  # fmt: skip
        if not own:
            return None
        found = []
        for o in self.rel.reported_at(event.id):
            stat = self.store.get("statistic", o.statistic)
            if not isinstance(stat, Statistic) or not o.reported_by:
                continue
            label = fold(stat.label).split()
            if any(same_word(w, x) for _, w in own for x in label):
                found.append(o)
        if not found:
            return None
        said = {x for o in found for x in fold(self.lines.observation(o).text).split()}
        fits = {i for i, w in own if any(same_word(w, x) for x in said)}
        self.use(fits)
        people = list(dict.fromkeys(o.reported_by for o in found if o.reported_by))
        self.use_words(REPORTING | results | PEOPLE_NOUNS | ROLE_TITLES | {"its", "their"})
        self.use_words({"who", "whom", "which", "is", "was", "the", "that", "did", "at", "from"})
        self.use_words(TITLE_ASKED - {"what"})
        self.cues.append("reported by")
        lines = [
            self.lines.role(r) for p in people if p
            for r in _each_post_once(self.rel.roles_of_person(p))
        ]  # fmt: skip
        lines += [self.lines.observation(o) for o in found]
        names = [self.lines.name("person", p) for p in people if p]
        for m in self.q.mentions:  # "... and the economic contribution survey results": a
            if m.kind != "topic":  # programme whose own record says they gave them
                continue
            topic = self.store.get("topic", m.best.id)
            if isinstance(topic, Topic) and any(n in (topic.summary or "") for n in names):
                self.use(m.span)
                lines.append(self.lines.subject(topic))
        return lines, Request("who", people[0] or "")

    def _members_speaking(self) -> tuple[list[AnswerLine], Request] | None:
        """With no event named, "who spoke for WIPO": each appearance, at any event, of a
        person holding a post at the one organization named (or one of its units)."""
        orgs = self.mentioned("organization")
        asks = self.q.asked[:1] in (("who",), ("whom",)) or self.q.has(*PEOPLE_NOUNS)
        if len(orgs) != 1 or self.mentioned("event") or not asks:
            return None
        if not self.q.has(*(ROSTER | SPOKE)) or self.q.places or self.q.years:
            return None
        people = {r.person for r in self._posts_at(orgs[0].best.id)}
        appearances = [a for p in sorted(people) for a in self.rel.appearances_of_person(p)]
        if not appearances:
            return None
        self.use(orgs[0].span)
        self.use_words(ROSTER | SPOKE | PEOPLE_NOUNS | {"who", "for", "on", "of", "behalf"})
        self.cues.append("speakers")
        return [self.lines.appearance(a) for a in appearances], Request("org", orgs[0].best.id)

    def body_people(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "who are the officials of NCAC", "which NCAC officials are named", "the name
        of the functionary of NCAC": the posts on record at the one body named and its units,
        each person once. None unless a word for its people stands next to it ("officials
        of X", "X officials", "people from X") and nothing else is asked of them (an event,
        a year, a place, a topic, a person)."""
        q = self.q
        orgs = self.mentioned("organization")
        if len(orgs) != 1 or q.mentions[1:] or q.years or q.places or q.kinds:
            return None
        if q.asked[:1] not in (("who",), ("which",), ("what",), ("name",), ("list",)):
            return None
        m = orgs[0]
        words = q.words
        nouns = PEOPLE_NOUNS | {w for w in ROLE_TITLES if _plural(w)} | {"staff", "functionary"}
        nouns -= {"figure", "figures", "leader", "leaders", "authorities"}  # a title, or "the
        # NCAC figures", is no word for everyone of it
        after = words[m.end : m.end + 1]
        before = words[max(0, m.start - 3) : m.start]
        of = "of" in before or "from" in before or "at" in before
        near = [  # "NCAC officials", "the officials of NCAC", "people from NCAC"
            i for i in (m.end, *range(max(0, m.start - 3), m.start))
            if i < len(words) and words[i] in nouns
        ]
        if not near or not ((after and after[0] in nouns) or of):
            return None
        if m.start < q.begins or min(near) < q.begins:
            return None  # "The lady from the film association cited a dispute. Which film
            # was it?": a scene, and something else asked of it
        if q.asked[:1] in (("which",), ("what",)) and q.asked[1:2] not in (
            *((w,) for w in nouns), ("is",), ("are",), ("was",), ("were",)
        ) and m.start != q.begins + 1:  # "which NCAC officials", "what are the ..."
            return None  # "which film was it": not the people of a body
        posts = _each_post_once(self._posts_at(m.best.id))
        titled = {stem(words[i]) for i in near if words[i] in ROLE_TITLES}  # "WIPO directors":
        posts = [  # those whose title is one
            r for r in posts
            if not titled or titled & {stem(w) for w in fold(r.title).split()}
        ]  # fmt: skip
        if not posts:
            return None
        self.use([*m.span, *near])
        self.use_words({"name", "names", "named", "of", "from", "at", "all", "who", "are", "were"})
        self.use_words({"is", "was", "the", "on", "record", "mentioned", "listed", "which", "what"})
        self.cues.append("people of the organization")
        seen: set[str] = set()
        lines = []
        for role in posts:
            if role.person not in seen:
                seen.add(role.person)
                lines.append(self.lines.role(role))
        return lines[:MAX_LINES], Request("org", m.best.id)

    def _posts_at(self, rid: str) -> list[Role]:
        """The posts at an organization and at its units, their units and so on."""
        return [role for org in self.org_family(rid) for role in self.rel.roles_at(org)]

    def _event_of_members(self) -> Event | None:
        """With no event named, "who spoke on behalf of APRA": the one event at which people
        of the one organization named appeared; None when there are none or several."""
        orgs = self.mentioned("organization")
        if len(orgs) != 1 or self.mentioned("event") or not self.q.has(*ROSTER):
            return None
        people = {r.person for r in self._posts_at(orgs[0].best.id)}
        events = {a.event for p in people for a in self.rel.appearances_of_person(p)}
        if len(events) != 1:
            return None
        event = self.rel.event(next(iter(events)))
        return event if isinstance(event, Event) else None

    def roster(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "Who spoke at the Chengdu forum", "which CMOs took part in the roundtable",
        "which countries were represented": an event's speakers, their organizations (of the
        kind asked), or who it says was represented."""
        q = self.q
        given = {"get", "got", "receive", "received", "awarded"}
        if q.asked[:1] == ("what",) and given & set(q.asked):  # "what did the Xiamen
            return None  # participants get": what they were given, not who took part
        if self._asks_what_spoken():  # "what exactly lectured the professor Hu Kaizhong in
            return None  # Xiamen?": what he spoke on, not that he spoke there
        countries = q.has("countries", "nations") or any(  # not "the country's exports"
            w in ("country", "government", "governments")  # "which Asian governments had
            and {"which", "what", "every", "each"}  # officials there": the countries
            & set(q.words[max(0, i - 2) : i])  # represented
            for i, w in enumerate(q.words)
        )
        if q.asked[:1] in (("who",), ("whom",)):
            countries = False  # "... to Belt and Road countries. Who was she?": a person
        bare = not set(q.words) & QUESTION_WORDS and not q.opens_yes_no
        people = (q.has(*PEOPLE_NOUNS) or self._trade_asked()) and (  # "NCAC officials at
            q.has("who", "which", "name", "list") or bare  # the chengdu forum": a list;
        )  # "musicians at wipo roundtable": those of that trade
        sent = q.has(*SENDING) and bool(self.mentioned("organization"))
        drawn = q.has(*GROUP_WORDS) and q.has("from", "drawn")  # "from which sorts of bodies"
        from_country = (  # "were Finnish officials at the forum?"
            self.asks_yes_no() and q.asked[:1] not in WH_ASKED and bool(self._countries_asked())
        )
        by_title = not self.mentioned("organization") and q.asked[:1] in (("who",), ("which",))
        by_title = by_title and any(  # "who was the composer at
            w in ROLE_TITLES and i not in self._spans() for i, w in enumerate(q.words)  # the
        )  # Beijing roundtable": a speaker by their title
        anyone = q.has("anyone", "anybody", "someone", "somebody") and bool(  # "was anyone
            self.mentioned("organization")  # from CISAC at Xiamen?", "CISAC had someone
        )  # at Xiamen? who"
        gated = q.has(*ROSTER) or sent or q.kinds or countries or people or drawn or by_title
        present = (  # "was CISAC at the Xiamen training?": its people there, if any
            self.asks_yes_no()
            and len(self.mentioned("organization")) == 1
            and q.has("at", "attend", "attended", "present", "there")
            and bool(self.mentioned("event") or self._event_kind_named([]))
            and not q.has("noted")  # "X was the 40th anniversary of WIPO's partnership with
        )  # China, as noted at the Shanghai meeting?": where it was said, not who was there
        if present and self._held_at_body():  # "was the roundtable held at the WIPO office?"
            event = self.one_event()  # a venue asked, not who took part
            where = fold(event.city or event.country or "") if event is not None else ""
            finest = f"than {where.title()} " if where else ""
            raise Refused(f"no place more precise {finest}is on record")
        attending = bool(self.mentioned("event")) and any(  # "which African regional IP body
            self.rel.participated(m.best.id) for m in self.mentioned("organization")  # had
        ) and q.asked[:1] in (("which",), ("what",))  # heads in attendance at the forum"
        gated = gated or anyone or present or attending
        if not (gated or from_country):
            return None  # "sent" for "which body sent people": an organization that took part
        if q.has(*VISIT_WORDS):  # who was visited is not who took part (`side_events`)
            return None
        hosting = ORGANIZE - {"held", "hold", "run", "ran", "behind", "co", "jointly"}
        if q.has(*hosting) and not q.has(*ROSTER):  # "who organized it": the organizers or
            return None  # none, never its speakers
        if self._event_title_asked():  # "the official title of the Xiamen training": its name
            return None
        if self.mentioned("person") and self._checking() and q.has(*ROLE_TITLES | POST_NOUNS):
            return None  # "X spoke there as WIPO Director General - right?": X's post
        posts = {"title", "titles", "post", "posts", "position", "positions", "job", "role"}
        if self.mentioned("person") and q.has(*posts) and not (
            self.mentioned("event") or q.has(*EVENT_KIND_WORDS, *OCCASIONS) or q.places
        ):
            return None  # "MCSC: Liu Ping's title there": his post at MCSC, no event asked
        plural_kinds = any(w in EVENT_KIND_WORDS and _plural(w) for w in q.asked) or q.has(
            "sessions", "events"
        )  # "which trainings or roundtables did Liu Hua attend": hers, not one's roster
        if len({m.best.id for m in self.mentioned("person")}) == 1 and plural_kinds and (
            q.asked[:1] in (("which",), ("what",))
        ):
            return None
        proper = set(q.words[q.begins :])
        his = proper & {"he", "she", "his", "her"} and proper & (LEAD_VERBS | ROLE_NOUNS)
        if self.mentioned("person") and q.begins and his:
            return None  # "Gao Yunfei spoke in Shanghai - which bureau does he head?": his
        event = self.one_event(speakers=True) or self._event_of_members()
        event = event or self._event_of_set_aside()
        if event is None and by_title:  # "who were the lyricist, the songwriter and the
            event = self._event_of_titles()  # composer who talked about AI?": the one event
        if event is None and countries:  # "from which countries came the officials of
            event = self._sole_event_represented()  # copyright authorities?": the one event
        if event is None:  # countries are on record as represented at
            return self._members_speaking()
        self._absent(event)  # "did Gao Hang address the Xiamen training?": not on record there
        self.use_words(ROSTER | PEOPLE_NOUNS | {"who", "which", "at", "from", "there", "senior"})
        self.use_words(PEOPLE_EPITHETS)  # "the young composer": the article's word, no title
        self.use_words(SPOKE | {"anyone", "anybody", "someone", "somebody"})  # a lecture is spoken
        self.use_words(SENDING)  # "which law firms supplied speakers": those who took part
        self.use_words({"too"})  # "some lawyers spoke at xiamen too, which firms": all there
        self.use_words({"represent", "represents", "representing", "behalf", "were", "was"})
        self.use_words(TITLE_ASKED)  # "and what is his title": each line gives it
        self.use_words({"serving", "serves", "served", "serve", "as"})  # "serving as its DDG"
        self.use_words({"hold", "holds", "held", "holding"})  # "what role did he hold"
        self.use_words(LEAD_VERBS | {"does", "do", "he", "she"})  # "what division does he lead"
        self.use(self._came_and_spoke())  # "attending and addressing the opening": everyone
        # who spoke there came to it
        if countries:
            return self._represented(event)
        asked_in = self._countries_asked() - {fold(event.country or "")}
        speaking = q.has(*LECTURE, *SPOKE, *SPEAKING)  # "an Italian academic among them"
        if from_country and asked_in and event.represented and not speaking:
            return self._represented(event, checked=asked_in)  # "was Finland represented?"
        if not gated:
            return None  # "... 2023 marked the WIPO-China anniversary - correct?": no roster
        named = [m for m in self.mentioned("organization") if m.best.id in event.participants]
        person = any(
            (m.end < len(q.words) and q.words[m.end] in PEOPLE_NOUNS)  # "the ARIPO delegate"
            or (q.words[max(0, m.start - 2) : m.start] in _PEOPLE_OF)  # "the head of ARIPO"
            or (  # "a gentleman from ARIPO", "someone from ARIPO": a person of it, where
                q.words[m.start - 1 : m.start] == ("from",)  # none of its people is on
                and m.start >= 2  # record there ("the lady from WIPO" is Gao Hang)
                and not self.asks_yes_no()  # "did someone from ARIPO attend?": it took part
                and q.words[m.start - 2] in PEOPLE_NOUNS | {"someone", "somebody", "anyone"}
                and m.best.id not in self._bodies_speaking(event)
            )
            for m in named
        ) or bool(  # "His name?", of a body none of whose people is on record there
            proper & {"his", "her"} and proper & {"name", "names"}
            and not {m.best.id for m in named} & self._bodies_speaking(event)
        )
        if named and (q.asked[:1] in (("who",), ("whom",)) or person):  # "who was the ARIPO
            name = self.lines.name("organization", named[0].best.id)  # there": a person
            raise Refused(f"no one of {name} is on record by name at the {event.name}")
        if named:  # "which African regional IP body sent representatives to the forum"
            self.use(i for m in named for i in m.span)
            self.use_words(ORG_KIND_WORDS | {"body", "bodies"})
            self.use_words({"heads", "head", "representatives", "representative", "delegates",
                            "delegation", "attendance", "in", "had", "present", "sent"})  # "had
            # heads in attendance": took part, as the article says of it
            self.cues.append("participants")
            lines = [self.lines.participant(event, m.best.id) for m in named]
            return lines, Request("event", event.id)
        names = {i for m in q.mentions for i in m.span}  # not "Creative Industries Sector"
        posted = {"title", "titles", "post", "posts", "position", "positions", "job", "role"}
        grouped = any(w in GROUP_WORDS and i not in names and i not in q.context
                      and not set(q.words[i + 1 : i + 3]) & posted  # not "that kind of title"
                      for i, w in enumerate(q.words))  # not "... is kind of my thing"
        if grouped and event.represented:  # "what types of organisations came"
            return self._represented(event, groups=True)
        speakers = self.rel.speakers(event.id)
        scene_people = {rid for m in self.mentioned("person") for rid in m.ids("person")}
        spans = [i for m in self.mentioned("person") for i in m.span]
        besides = {"with", "else", "besides", "alongside", "apart"}
        pronoun = proper & (PRONOUNS | {"else"})
        if scene_people and proper & besides and pronoun and proper & SPOKE:
            # "Zhao spoke in Chengdu - who else spoke there (with her)?": the others
            others = [a for a in speakers if a.person not in scene_people]
            if others and len(others) < len(speakers):
                speakers = others
                self.use(spans)
                self.use(i for i, w in enumerate(q.words) if w in besides | PRONOUNS)
        if not scene_people:  # "the other Chinese and foreign experts invited": no one set
            self.use(  # aside, the article's "also invited" (every speaker, the first too)
                i for i, w in enumerate(q.words)
                if w == "other" and set(q.words[i + 1 : i + 5]) & (PEOPLE_NOUNS | ROSTER)
            )  # fmt: skip
        alone = not proper & (ROSTER | SPOKE | LECTURE | {"with", "else", "other", "others"})
        if scene_people and alone and proper & {"he", "she", "his", "her"}:
            # "Chen Xuhan, who talked film copyright - which company is she from?": hers,
            mine = [a for a in speakers if a.person in scene_people]  # whatever else the
            if mine:  # scene says of her
                speakers = mine
                self.use(spans)
                self.use(q.context)
        capacity = self._capacity()
        if capacity and any(a.capacity in capacity for a in speakers):
            # "who presented at X"; "which official presented X's measures" may be one who spoke
            speakers = [a for a in speakers if a.capacity in capacity]
        speakers = self._not_set_aside(speakers)  # "(other than the WIPO division director)"
        everyone = list(speakers)
        speakers = self._from_named(event, speakers)
        speakers = self._from_places(event, speakers)
        if self._every_claimed() and len(speakers) < len(everyone):  # "were all the Shanghai
            return self._not_everyone(event, everyone, speakers), Request("event", event.id)
        if not speakers:  # lecturers from WIPO?", "was every speaker Chinese?": No, and who not
            raise Refused(f"no speaker of the {event.name} of the place or kind named is on record")
        titled = self._titled(speakers)
        people_of = self._people_places()
        homes = [p for p in q.places if p.start in people_of]
        if all(any(self._org_in(self._speaker_org(a), p) for a in titled) for p in homes):
            speakers = titled  # else "the profs from Italy and France": one from each place
        speakers = self._of_gender(event, speakers)  # "which women spoke at the roundtable"
        if self.excluded:  # "besides the WIPO lecturer, how many experts": the others
            speakers = [a for a in speakers if not self._speaker_set_aside(a)]
        if q.kinds or q.has(*ORG_KIND_WORDS - {"which"}):
            return self._organizations(event, speakers)
        if not speakers:
            raise Refused(f"no speaker of the {event.name} is on record")
        if q.has("top", "highest", "senior", "most-senior") and all(  # "the top copyright
            any(fold(r.title) in TOP_TITLES for r in self.rel.roles_for(a)) for a in speakers
        ):  # department official speaking there": its head, when every one found is a head
            self.use_words({"top", "highest", "senior", "most-senior"})
        self.cues.append("speakers")
        if self._how_many() and q.has(*TALK_NOUNS):  # "how many lectures were given"
            raise Refused(f"no count of the talks given at the {event.name} is on record")
        guests = ATTENDING - {"people", "persons", "representatives", "representative"}
        spoken = SPOKE | LECTURE | SPEAKER_NOUNS | {"addressed", "presented", "named", "listed"}
        took_part = {"participated", "participate", "participating", "attended", "attend"}
        if self._how_many() and q.has(*guests, *took_part) and not q.has(*spoken):
            return None  # "how many guests came", "how much women participated": its
            # attendance, not the speakers named
        if self._how_many():  # "how many speakers": our count of those the article names
            self.use_words({"how", "many", "number"})
            count = self.lines.count(event, speakers)
            return [count, *(self.lines.appearance(a) for a in speakers)], Request(
                "event", event.id
            )
        checked = self.mentioned("person")
        if self._checking() and len(checked) == 1:  # "Zhao Xiuling also spoke at the Chengdu
            ids = set(checked[0].ids("person"))  # forum, is it right?": yes, as on record
            mine = [a for a in speakers if a.person in ids]
            if mine:
                self.use(checked[0].span)
                self.use_words({"also", "too"})
                said = bool(self.leftover())
                lines = [self.lines.appearance(a, said=said) for a in mine]
                other = self._spoke_for_other(mine[0])
                verdict = (
                    f"No (our reading: the record has them speaking for {other}): "
                    if other else AFFIRMED
                )  # "Yu Cike spoke for WIPO at the Chengdu opening, correct?": for NCAC
                lines = [replace(x, text=f"{verdict}{x.text}") for x in lines]
                return lines, Request("event", event.id)
        left = self.leftover()
        lines = [self.lines.appearance(a) for a in speakers]
        subjects = [m for m in self.mentioned("topic") if self._names_subject(m)]
        if q.has(*TOPIC_ASKED) and subjects and self.asks_yes_no():
            return None  # "was film and TV rights one of the topics?": the subject (`subject`)
        if q.has(*TOPIC_ASKED):  # "lecture topics at the Xiamen training": what each said
            silent = [a for a in speakers if _says_nothing(a)]  # no topic is on record
            asked = {i for m in self.mentioned("person") for i in m.ids("person")}
            if asked and any(a.person in asked for a in silent):
                raise Refused("the article gives no topic for that talk")
            speakers = [a for a in speakers if a not in silent] or speakers
            self.use_words(TOPIC_ASKED)
            lines = [self.lines.appearance(a, said=True) for a in speakers]
            if event.summary:  # our summary of the event names topics no one record holds
                lines.insert(0, self.lines.event_summary(event))
        elif left:  # "who gave the first lecture": the speakers whose record says so
            lines = [self.lines.appearance(a, said=True) for a in speakers]
        came = {"participants", "attendees", "guests", "trainees", "audience", "attendance"}
        spoken = SPOKE | LECTURE | SPEAKER_NOUNS | SPEAKING
        if event.attendance is not None and q.has(*came) and not q.has(*spoken) and not left:
            lines.insert(0, self.lines.attendance(event))  # "Xiamen participants?": how
            self.use_words(came)  # many came, before the speakers the article names
        return lines, Request("event", event.id)

    def _claim_in_quote(self, line: AnswerLine) -> str:
        """The article's own words, as its quote writes them, that hold a run of two to
        `_RUN_MAX` words of a claim, one of them a word our line does not hold ("China is a
        key user of WIPO" where our line says "one of the main users"); "" when none does."""
        record = self.store.get(line.kind, line.id)
        quotes = [e.quote for e in record.evidence] if record is not None else []
        words = self.q.words
        scene = set(self.q.context)
        ours = set(fold(line.text).split())
        best = ""
        for quote in quotes:
            said = f" {fold(quote)} "
            for i in range(self.q.begins, len(words)):
                if i in scene or words[i] in STOP:
                    continue
                for j in range(min(len(words), i + _RUN_MAX), i + 1, -1):
                    run = words[i:j]
                    if f" {' '.join(run)} " not in said:
                        continue
                    if any(w not in STOP and w not in ours for w in run):
                        found = re.search(
                            r"(?i)\b" + r"\W+".join(map(re.escape, run)) + r"\b", quote
                        )
                        if found is not None and len(found[0]) > len(best):
                            best = found[0]
                    break
        return best

    def _quote_credited(self, line: AnswerLine) -> tuple[str, AnswerLine | None, bool] | None:
        """A passage of some words a question quotes and asks who said ("The quote 'Advancing
        copyright cooperation along the Belt and Road ...' - did Zhao Xiuling say that?"):
        the name of the speaker whose fact holds it, that fact's line and whether it is the
        one the line is of (no fact holding it: "" and None); None when the question quotes
        no such passage or the line's own fact holds it."""
        if not self.q.has(*_SAY_WORDS):
            return None
        found = re.search(_PASSAGE_QUOTED, self.q.text[:_PATTERN_MAX])
        passage = fold(found[1].rstrip(" .,;:!?\u2026")) if found else ""
        if found is None or len(passage.split()) <= _QUOTED_WORDS:
            return None
        before = self.q.text[: found.start()]
        rest = before + self.q.text[found.end() : _PATTERN_MAX]
        said_before = re.search(r"(?i)\b(?:say|said|utter|write|wrote)\s*[:,]?\s*$", before)
        if not said_before and not re.search(_QUOTE_ASKED_BACK, rest):  # '"Forbin said 30
            return None  # countries ..." - right number?': a claim to check, not words

        def holds(record: Record) -> bool:
            return passage in " ".join(fold(e.quote) for e in record.evidence)

        own = self.store.get(line.kind, line.id)
        if own is not None and holds(own):
            return None
        mine = _person_of(own)
        for kind in ("claim", "appearance"):
            for record in self.store.all(kind):
                who = _person_of(record)
                if who is None or not holds(record):
                    continue
                person = self.store.get("person", who)
                name = person.name if isinstance(person, Person) else who
                found_line = (
                    self.lines.claim(record) if isinstance(record, Claim)
                    else self.lines.appearance(record) if isinstance(record, Appearance)
                    else None
                )  # fmt: skip
                if found_line is not None:
                    return name, found_line, who == mine
        return "", None, False

    def _quoted_held(self, line: AnswerLine) -> list[str] | None:
        """The words a yes-or-no question quotes ('did the article say Zhou Qing "sighed"
        ...?') when the line's fact's own quotes hold every one of them; [] when one is not
        held (no "Yes" then), None when it quotes none."""
        quoted = re.findall(r'["\u201c]([^"\u201d]{2,80})["\u201d]', self.q.text[:_PATTERN_MAX])
        quoted = [q for q in quoted if len(q.split()) <= _QUOTED_WORDS]  # not a whole claim
        if not quoted:  # quoted to be checked ('"Forbin said 30 countries ..." - right?')
            return None
        record = self.store.get(line.kind, line.id)
        said = " ".join(e.quote for e in record.evidence) if record is not None else ""
        said = f" {fold(said)} {fold(line.text)} "
        held = [q for q in quoted if f" {fold(q)} " in said]
        return held if len(held) == len(quoted) else []

    def _country_asked(self) -> bool:
        """Whether a question asks which country ("which country did Forbin say ...", "what
        nations"), not whether one did."""
        asked = self.q.asked
        return not self.asks_yes_no() and any(
            a in ("which", "what") and b in ("country", "countries", "nation", "nations")
            for a, b in pairwise(asked)
        )

    def _names_country(self, text: str) -> bool:
        """Whether a line names a country: one on record as a body, one a body is in, or one
        a people's name stands for."""
        if self._countries is None:
            found = {fold(DEMONYMS[d]) for d in DEMONYMS} | {fold(c) for c in CONTINENTS}
            for o in self.store.all("organization"):
                if isinstance(o, Organization):
                    found |= {fold(o.country or "")} | ({fold(o.name)} if o.kind == "country"
                                                         else set())  # fmt: skip
            self._countries = frozenset(found - {""})
        said = f" {fold(text)} "
        return any(f" {c} " in said for c in self._countries)

    def _trade_asked(self) -> bool:
        """Whether people are asked by their trade just before "at" ("musicians at wipo
        roundtable", "lawyers at the forum"): a plural agent noun no name holds."""
        words, names, begins = self.q.words, self._spans(), self.q.begins
        return any(
            i not in names
            and begins <= i <= begins + 2  # what is asked first, not "X cited two blockbusters
            and w.endswith(_AGENT_ENDINGS)  # at that roundtable. Which ones?"
            and len(w) > 5
            and w not in _NOT_AGENTS
            and words[i + 1 : i + 2] == ("at",)
            for i, w in enumerate(words)
        )

    def _not_set_aside(self, speakers: list[Appearance]) -> list[Appearance]:
        """The speakers but those the question sets aside by what they are ("list the experts
        invited, other than the WIPO division director"): each one whose talk, title and body
        hold every word after "other than"; the speakers as they are when none does."""
        q = self.q
        aside = self._aside_from()
        if aside is None:
            return speakers
        said = [i for i in range(aside, len(q.words)) if q.words[i] not in STOP | BESIDES]
        said = [i for i in said if (q.words[i - 1], q.words[i]) not in BESIDES_PAIRS]
        if not said:
            return speakers
        out = [
            a for a in speakers if not all(self.holds("appearance", a.id, q.words[i]) for i in said)
        ]
        if len(out) == len(speakers) or not out:
            return speakers
        self.use(range(aside, len(q.words)))
        return out

    def _every_claimed(self) -> bool:
        """Whether a yes-or-no question claims something of every one ("was every lecturer
        Chinese?", "were all the speakers from WIPO?"), not "any ... at all"."""
        words = self.q.words
        every = any(
            w in ("every", "each") or (w == "all" and (not i or words[i - 1] != "at"))
            for i, w in enumerate(words)
        )
        return every and self.asks_yes_no()

    def _not_everyone(
        self, event: Event, everyone: Sequence[Appearance], fit: Sequence[Appearance]
    ) -> list[AnswerLine]:
        """ "No (our reading)" to a claim of every speaker of an event, with those on record
        it does not fit."""
        out = [a for a in everyone if a not in fit]
        homes = self.q.has(*NATIONALS) or any(
            p.start in self._people_places() for p in self.q.places
        )
        how = ""
        if homes:  # "was every lecturer Chinese?": by where their bodies are, when on record
            out = [a for a in out if self._chinese(self._speaker_org(a)) is not None]
            if not out:
                raise Refused(
                    f"the countries of some speakers of the {event.name} are not on record"
                )
            how = ", by the countries of their organizations"
        said = f"{len(out)} of the {len(everyone)} on record at the {event.name} do not fit it"
        said = f"our reading{how}: {said}"
        lines = [self.lines.appearance(a) for a in out[:MAX_LINES]]
        self.cues.append("checked")
        return [replace(lines[0], text=f"No ({said}): {lines[0].text}"), *lines[1:]]

    def _from_named(self, event: Event, speakers: list[Appearance]) -> list[Appearance]:
        """ "Which NCAC and WIPO officials addressed the training": the speakers from any of the
        organizations named (or their units). An organization none of them is from but that
        organized the event describes the event ("the NCAC training"); any other is left for
        the answer's check to refuse."""
        named = [m for m in self.mentioned("organization") if not set(m.span) & self.used]
        q = self.q
        proper = q.words[q.begins :]
        if q.begins and not set(proper) & PRONOUNS and any(  # "Considering the mix of Party
            w in ("which", "who") and set(proper[k + 1 : k + 3]) & PEOPLE_NOUNS  # and WIPO
            for k, w in enumerate(proper)  # officials at such events, which officials
        ):  # addressed the opening?": bodies listed in the scene as kinds of people set no
            listed = [  # bound on who is asked for (not "For WIPO, which officials ...")
                m for m in named
                if m.start < q.begins and q.words[m.start - 1 : m.start] in (("and",), ("or",))
                and set(q.words[m.end : m.end + 2]) & PEOPLE_NOUNS
            ]  # fmt: skip
            self.use(i for m in listed for i in m.span)
            named = [m for m in named if m not in listed]
        if not named:
            return speakers
        organizers = self._organizers(event.id)
        wanted: set[str] = set()
        words = self.q.words
        families = [
            {u for rid in m.ids("organization") for u in self.org_family(rid)} for m in named
        ]
        inner = [set(m.ids("organization")) for m in named]
        for k, mention in enumerate(named):
            ids = mention.ids("organization")
            family = families[k]
            units = [inner[j] for j in range(len(named)) if j != k and inner[j] < family]
            if units and not set(ids) & set().union(*units):  # "which WIPO official, heading its
                self.use(mention.span)  # Disputes Division": the division's, not all WIPO's
                continue
            after = words[mention.end] if mention.end < len(words) else ""
            if set(ids) & organizers and after in EVENT_KIND_WORDS:  # "the NCAC training"
                self.use(mention.span)
            elif any(self._speaker_org(a) in family for a in speakers):
                wanted |= family
                self.use(mention.span)
            elif set(ids) & organizers and not self._of_people(mention):
                self.use(mention.span)
            elif set(ids) & organizers:  # "which NCAC officials lectured": none is on record
                wanted |= family
        if not wanted:
            return speakers
        return [a for a in speakers if self._speaker_org(a) in wanted]

    def _asks_his_post(self) -> bool:
        """Whether, after a person is named, a question asks of him or her which body or post
        ("Scot Morris talked about CMOs - which organisation is he with?")."""
        words = self.q.words
        people = self.mentioned("person")
        if not people:
            return False
        first = min(people, key=lambda m: m.start)  # "What is Jiang Bo's position, who
        opening = words[self.q.begins : first.start]  # argued that ...": his post, whatever
        if opening in (("what", "is"), ("what", "was"), ("what", "s")) and first.end < len(
            words
        ) and words[first.end] in POST_ASKED and "who" in words[first.end + 1 : first.end + 3]:
            return True  # the clause after it says of him
        end = max(m.end for m in people)
        named = [i + 1 for i in range(end, len(words) - 1) if words[i] in ("his", "her")]
        before = set(words[end : named[0] - 1]) if named else {"-"}
        if before <= {"name", "of", "the", "what", "s", "is"} and any(
            w in POST_ASKED for w in words[named[0] : named[0] + 2]
        ):  # "Xu Guojian - name of his law firm?": his body
            return True
        wh = next((i for i in range(end, len(words)) if words[i] in ("which", "what")), None)
        if wh is None or not {"he", "she", "his", "her"} & set(words[end:]):  # "he is vice
            return False  # president of which group"
        his = [i + 1 for i in range(wh, len(words) - 1) if words[i] in ("his", "her")]
        return any(words[i] in POST_ASKED for i in (wh + 1, *his) if i < len(words))

    def _use_said_by(self, rid: str) -> None:
        """Accounts for the words left when one talk or statement of the person holds them all
        (the scene "X talked about CMOs" is on record); else leaves them to refuse."""
        talk = STATEMENT | SPOKE | LECTURE  # "talked about": any talk or statement is one
        left = [i for i in self.leftover() if self.q.words[i] not in STOP | talk]
        topic = [i for i in left if i in self._scene_topic()]  # "talked about 4G versus 5G
        rest = [i for i in left if i not in topic]  # piracy": most of its words will do
        records = [("appearance", a.id) for a in self.rel.appearances_of_person(rid)]
        records += [("claim", c.id) for c in self.rel.claims(rid) if c.person == rid]
        for k, r in records:
            held = [i for i in topic if self.holds(k, r, self.q.words[i])]
            if all(self.holds(k, r, self.q.words[i]) for i in rest) and 3 * len(held) >= 2 * len(
                topic
            ):
                self.use(left)
                self.use_words(talk)
                return

    def _of_people(self, mention: Mention) -> bool:
        """Whether an organization named says who people are, not whose event it was:
        "NCAC officials", "anyone from NCAC", "did NCAC lecture"."""
        words = self.q.words
        after = words[mention.end] if mention.end < len(words) else ""
        before = words[mention.start - 1] if mention.start else ""
        return after in PEOPLE_NOUNS | ROLE_TITLES | ROSTER | SPOKE or before == "from"

    def _people_places(self) -> set[int]:
        """Where the places that say where people are from start: a country's people ("an
        Italian academic", "Australian") or "from" a place; not where an event was."""
        raw = set(fold(self.q.text).split())
        starts: set[int] = set()
        before: Place | None = None
        for place in sorted(self.q.places, key=lambda p: p.start):
            said_of_people = {k for k, v in DEMONYMS.items() if v == fold(place.name)} & raw
            after_from = place.start > 0 and self.q.words[place.start - 1] == "from"
            listed = (  # "from Italy and France": both
                before is not None
                and before.start in starts
                and set(self.q.words[before.end : place.start]) <= {"and", "or"}
            )
            if said_of_people or after_from or listed:
                starts.add(place.start)
            before = place
        return starts

    def _from_places(self, event: Event, speakers: list[Appearance]) -> list[Appearance]:
        """ "Was there an Italian academic among the Shanghai lecturers": the speakers from
        each place a question says people are from (by their organization's city or
        country); none when no speaker is from there."""
        people_of = self._people_places()
        homes = [p for p in self.q.places if p.start in people_of]
        for place in homes:  # "one from Italy and one from France": from either, and
            self.use(place.span)  # someone from each
            if not any(self._org_in(self._speaker_org(a), place) for a in speakers):
                return []
        if homes:
            speakers = [
                a for a in speakers if any(self._org_in(self._speaker_org(a), p) for p in homes)
            ]
        words = self.q.words
        for i, w in enumerate(words):  # "the two Chinese executives": of China's bodies
            if (
                w in NATIONALS
                and i not in self.used
                and (
                    (i + 1 < len(words) and words[i + 1] in SPEAKER_NOUNS)
                    or self._every_claimed()  # "was every lecturer Chinese?"
                    or (i and words[i - 1] in ("were", "was", "are", "is")  # "which speakers
                        and words[:1] in (("which",), ("who",)))  # were foreign?"
                )
            ):
                self.use([i])
                home = NATIONALS[w] == "china"  # an organization of no country on record
                speakers = [a for a in speakers if self._chinese(self._speaker_org(a)) is home]
        execs = self.q.has("executive", "executives", "businesspeople", "businessman")
        if execs and not self.mentioned("organization"):  # not "the MCSC executive"
            speakers = [a for a in speakers  # "the executives who spoke": of companies
                        if self._org_kind(self._speaker_org(a)) in BUSINESS_KINDS]  # fmt: skip
        return speakers

    def _chinese(self, rid: str | None) -> bool | None:
        """Whether an organization (or the one it is part of) is on record in China; None
        when no country of it is on record."""
        while rid:
            org = self.store.get("organization", rid)
            if not isinstance(org, Organization):
                return None
            if org.country:
                return fold(org.country) == "china"
            rid = org.parent
        return None

    def _titled(self, speakers: list[Appearance]) -> list[Appearance]:
        """ "Which songwriters, lyricists and composers spoke", "which partners lectured": the
        speakers holding a title the question names (any of them), when any does."""
        if self.q.kinds or self.q.has(*ORG_KIND_WORDS - {"which"}):
            return speakers  # "which film companies took part": organizations, not titles
        held = self._title_holders(speakers)
        if not held:
            return speakers
        self.use(held)
        words = self.q.words
        broad = {"expert", "experts", "speakers", "lecturers", "guests", "people"}
        if any(  # "the foreign profs/experts", "professors or experts": everyone of the wider
            words[i + 1 : i + 2] in (("and",), ("or",)) and words[i + 2 : i + 3] and words[i + 2]
            in broad for i in held  # word, not only the title's holders
        ):
            self.use_words(broad | {"and", "or"})
            return speakers
        scholarly = {"academics", "academic", "scholars", "scholar"}
        if any(  # "professors/academics": a title's holders and everyone at a university
            words[i + 1 : i + 2] in (("and",), ("or",)) and words[i + 2 : i + 3] and words[i + 2]
            in scholarly for i in held
        ):  # fmt: skip
            self.use_words(scholarly | {"and", "or"})
            return [a for a in speakers if self._academic(a) or any(a in held[i] for i in held)]
        alone = self._titles_alone() if "-" in self.q.text else set()  # (read once)
        groups: list[list[list[int]]] = []  # "deputy director general": one title, all its
        for i in sorted(held):  # words; "lyricists, composers": two, a plural ending the first
            listed = re.search(  # "(lyricist, songwriter, composer)": three, a comma between
                rf"(?i)\b{re.escape(words[i - 1])}\s*[,/;]\s*{re.escape(words[i])}\b",
                self.q.text[:_PATTERN_MAX],
            ) if i else None  # fmt: skip
            joined = re.search(  # "the lyricist-director": one person holding both titles
                rf"(?i)\b{re.escape(words[i - 1])}-{re.escape(words[i])}\b",
                self.q.text[:_PATTERN_MAX],  # (each a title of its own: not "secretary-general")
            ) if i and {words[i - 1], words[i]} <= alone else None  # fmt: skip
            last = groups[-1][-1] if groups else []
            if last and last[-1] == i - 1 and joined:
                groups[-1].append([i])
            elif last and last[-1] == i - 1 and not _plural(words[i - 1]) and not listed:
                last.append(i)
            else:
                groups.append([[i]])
        wanted = {
            a.id for group in groups for a in speakers
            if all(self._holds_title(a, phrase) for phrase in group)
        }  # fmt: skip
        return [a for a in speakers if a.id in wanted]

    def _titles_alone(self) -> set[str]:
        """The one-word titles posts on record have ("Lyricist", "Director")."""
        return {
            t for r in self.store.all("role")
            if isinstance(r, Role) and len(t := fold(r.title)) > 0 and " " not in t
        }  # fmt: skip

    def _holds_title(self, appearance: Appearance, phrase: Sequence[int]) -> bool:
        """Whether a speaker's title then holds every word of a title the question names, and
        no lesser word it does not ("deputy director general" is not the Director General)."""
        asked = [self.q.words[i] for i in phrase]
        for role in self.rel.roles_for(appearance):
            title = fold(role.title).split()
            said = [(w, *PARAPHRASES.get(w, ())) for w in asked]
            if all(any(same_word(x, t) for x in options for t in title) for options in said) and (
                set(title) & MODIFIERS <= set(asked) or len(asked) == 1
            ):
                return True
        return False

    def _title_holders(self, speakers: Sequence[Appearance]) -> dict[int, list[Appearance]]:
        """The speakers holding each title word the question names, by its position."""
        left = [
            i
            for i in self.leftover()
            if self.q.words[i] not in ROSTER | PEOPLE_NOUNS | LECTURE  # "taught": no title
        ]
        held: dict[int, list[Appearance]] = {}
        for i in left:
            word = self.q.words[i]
            said = (word, *PARAPHRASES.get(word, ()))
            for a in speakers:
                titles = fold(" ".join(r.title for r in self.rel.roles_for(a))).split()
                if any(same_word(w, t) for w in said for t in titles):
                    held.setdefault(i, []).append(a)
        return held

    def _speaker_org(self, appearance: Appearance) -> str | None:
        role = self.rel.role_for(appearance)
        return role.organization if role else None

    def _counted_units(self) -> set[str]:
        """The units a "how many" question counts in, when the fact base has any for the noun
        after it ("how many countries": countries; "how many guests": people; "how many
        works": works or registrations); empty when it has none."""
        words = self.q.words
        for i in range(len(words) - 2):
            counted = (words[i], words[i + 1]) in (("how", "many"), ("number", "of"))
            if counted:  # "how many countries", "the total number of countries"
                noun = words[i + 2]
                if noun.endswith("ed") and i + 3 < len(words):  # "how many registered works"
                    noun = words[i + 3]
                if noun in ("members", "member"):  # counted as members, or by their kind
                    return {"members", "companies", "producers"}
                if noun in ATTENDANCE or noun in PEOPLE_NOUNS:
                    return {"people"}
                said = (noun, *PARAPHRASES.get(noun, ()))
                return {u for u in COUNT_UNITS if any(same_word(w, u) for w in said)}
        return set()

    def _after_how_many(self) -> tuple[str, ...]:
        """The few words after "how many" or "number (of)" ("belt and road countries"), or ()."""
        words = self.q.words
        at = next((i + 2 for i in range(len(words) - 2) if words[i : i + 2] == ("how", "many")),
                  None)  # fmt: skip
        if at is None and "number" in words:  # "total number of countries represented"
            at = words.index("number") + 1
            at += words[at : at + 1] == ("of",)
        return words[at : at + _COUNTED_REACH] if at is not None else ()

    def _counted_noun(self) -> str:
        """The noun after "how many" ("how many provinces"), or ""."""
        words = self.q.words
        at = next((i for i in range(len(words) - 2) if words[i : i + 2] == ("how", "many")), None)
        return words[at + 2] if at is not None else ""

    def _states_count(self, line: AnswerLine) -> bool:
        """Whether a fact's line gives in words the count a "how many" question asks ("how
        many more were needed": "one more country"; "how many works": "170,000 works"): a
        number that is not a year, then within two words the word after "how many"; and every
        year the question names."""
        words = self.q.words
        at = next((i for i in range(len(words) - 2) if words[i : i + 2] == ("how", "many")), None)
        if at is None:
            return False
        counted = words[at + 2]
        said = [w.strip(".,;:()\"'") for w in fold(line.text).split()]
        if any(str(year) not in said for year in self.q.year_values):
            return False
        return any(
            _a_count(w) and any(same_word(counted, v) for v in said[i + 1 : i + 3])
            for i, w in enumerate(said)
        )

    def _whole_stated(self, lines: Sequence[AnswerLine]) -> str:
        """The figure a line gives when the question asks how many "of (those) N" it is,
        the N being that figure: a part of the whole asked ("" when none)."""
        words = self.q.words
        stated: set[float] = set()
        for i, w in enumerate(words[:-2]):
            number = words[i + 2] if words[i + 1] in _OF_THOSE else words[i + 1]
            if w == "of" and re.fullmatch(r"\d[\d,]*", number):
                stated.add(float(number.replace(",", "")))
        for line in lines:
            if line.value is not None and line.value.value in stated:
                return line.value.as_written
        return ""

    def _how_many(self) -> bool:
        words = self.q.words
        tag = set(self.q.context)  # "... - right number?" checks, asks no count
        return any(
            words[i] == "how" and words[i + 1] in ("many", "much") for i in range(len(words) - 1)
        ) or any(
            w == "number" and i not in tag and not (i and _a_number(words[i - 1]))  # not "the
            for i, w in enumerate(words)  # 477 number": a figure named
        )

    def _came_and_spoke(self) -> list[int]:
        """The words "attended and addressed" (or "attending and speaking"): coming to an
        event and speaking there, one thing asked; [] when the question has none."""
        words = self.q.words
        came = {"attending", "attended", "attend", "attends"}
        spoken = SPOKE | {"addressing", "addressed", "address", "addresses", "lecturing"}
        return [
            j for i in range(len(words) - 2)
            if words[i] in came and words[i + 1] == "and" and words[i + 2] in spoken
            for j in (i, i + 1, i + 2)
        ]  # fmt: skip

    def _capacity(self) -> set[str]:
        q = self.q
        if q.has("lectured", "lecture", "lectures", "lecturer", "lecturers"):
            return {"lectured", "scheduled_to_lecture"}
        if q.has("opened", "opening"):
            return {"addressed"}
        said = {self.q.words[i] for i in self._came_and_spoke()}  # "attended and addressed
        if said & {"addressed", "addressing"}:  # the training": those who addressed it
            return {"addressed"}
        if q.has("presented", "presenter", "presenters"):
            return {"presented"}
        return set()

    def _organizations(
        self, event: Event, speakers: Sequence[Appearance]
    ) -> tuple[list[AnswerLine], Request]:
        kinds = {k for phrase in self.q.kinds for k in phrase.kinds}
        self.use(i for k in self.q.kinds for i in k.span)
        self.use_words(ORG_KIND_WORDS)
        titled = {
            i: found
            for i, found in (self._title_holders(speakers) if kinds else {}).items()
            if self.q.words[i] in ROLE_TITLES or self.q.words[i].removesuffix("s") in ROLE_TITLES
        }  # a title held ("which law firms had partners lecturing"), not "film" in one
        self.use(titled)
        for i in list(titled):  # "foreign professors who lectured, names and universities":
            if self.q.words[i] in ("professor", "professors") and "university" in kinds:
                titled[i] = [a for a in speakers if self._academic(a)]  # every academic, with
                # the title each holds
        if self.q.has("expert", "experts"):  # "professors or experts": every invited speaker
            self.use_words({"expert", "experts", "or"})
            titled = {}
        partners = {a.id for found in titled.values() for a in found}
        asked = _and_words([vocabulary_words(k) for k in sorted(kinds)]) if kinds else ""
        lines = []
        for appearance in speakers:
            role = self.rel.role_for(appearance)
            org = (
                self.store.get("organization", role.organization)
                if role and role.organization
                else None
            )
            if not isinstance(org, Organization):
                continue
            if kinds and org.kind not in kinds and not self._unit_of_kind(org, kinds):
                unstated = org.kind == "other" and org.parent is None  # not a department
                if unstated and (appearance.id in partners or not titled):
                    lines.append(self.lines.represented_by(org, appearance, unstated=asked))
                continue  # a kind the article does not give: said so, never claimed
            if titled and appearance.id not in partners:
                continue
            lines.append(self.lines.represented_by(org, appearance))
        foreign = bool(self._countries_asked())  # "which Finnish organization": of that land
        for rid in event.participants if not (titled or foreign) else ():  # bodies that took
            body = self.store.get("organization", rid)  # part with no speaker on record
            if isinstance(body, Organization) and (  # (ARIPO's heads at the Chengdu forum)
                not kinds or body.kind in kinds or self._unit_of_kind(body, kinds)
            ):
                lines.append(self.lines.participant(event, rid))
        if not lines:
            raise Refused(f"no organization of that kind is on record at the {event.name}")
        self.cues.append("organizations")
        return lines, Request("event", event.id)

    def _sole_event_represented(self) -> Event | None:
        """The one event countries are on record as represented at, when the question names
        no event, place or year; None otherwise."""
        if self.mentioned("event") or self.q.places or self.q.years:
            return None
        held = [e for e in self.store.all("event") if isinstance(e, Event) and _countries_of(e)]
        return held[0] if len(held) == 1 else None

    def _event_of_titles(self) -> Event | None:
        """With no event, place or year named, the one event at which speakers held every
        title the question names ("who were the lyricist, the songwriter and the composer?");
        None when none or several did."""
        if self.mentioned("event") or self.q.places or self.q.years:
            return None
        spans = self._spans()
        asked = {i for i, w in enumerate(self.q.words) if w in ROLE_TITLES and i not in spans}
        found = [
            event
            for event in self.store.all("event")
            if isinstance(event, Event)
            and asked <= set(self._title_holders(self.rel.speakers(event.id)))
        ]
        return found[0] if asked and len(found) == 1 else None

    def _event_of_set_aside(self) -> Event | None:
        """The one event the people a question sets aside spoke at, when it names none
        ("besides Gao Hang, which experts were invited to lecture?": the Shanghai training's
        others); None otherwise."""
        if self.mentioned("event") or self.q.places or self.q.years:
            return None
        people = [rid for rid in self.excluded if self.store.get("person", rid) is not None]
        events = {a.event for rid in people for a in self.rel.appearances_of_person(rid)}
        return self.rel.event(next(iter(events))) if len(events) == 1 else None

    def _body_person_asked(self) -> set[str]:
        """The people of the one body a question asks a person of ("the WIPO lady", "the
        NCAC official"), of the sex it names if it names one; none unless it asks so."""
        orgs = self.mentioned("organization")
        if len(orgs) != 1 or self.mentioned("person"):
            return set()
        m = orgs[0]
        after = self.q.words[m.end] if m.end < len(self.q.words) else ""
        if not (self._of_people(m) or after in GENDERED):
            return set()
        family = set(self.org_family(m.best.id))
        people = {
            r.person for r in self.store.all("role")
            if isinstance(r, Role) and r.organization in family
        }  # fmt: skip
        wanted = {GENDERED[w] for w in self.q.words if w in GENDERED}
        if len(wanted) == 1:
            sex = next(iter(wanted))
            people = {
                rid for rid in people
                if isinstance(person := self.store.get("person", rid), Person)
                and sex in GENDER_WORDS.get(fold(person.honorific or ""), "").split()
            }  # fmt: skip
        return people

    def topics_cited(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "which Chinese works did Ms. Liu cite?", "which platforms did X name?": the
        topics of the kind asked that the one person named cited in what they said. None
        unless the question asks "which" or "what" things of a topic kind with a verb of
        citing, of one person."""
        q = self.q
        people = {m.best.id for m in self.mentioned("person")} or self._body_person_asked()
        if not people or q.asked[:1] not in (("which",), ("what",)):
            return None
        head = self._asked_noun()
        kind = _TOPIC_KINDS_ASKED.get(q.words[head]) if head is not None else None
        if kind is None or not q.has(*_CITING):
            return None
        by_person = {
            rid: [
                topic
                for claim in self.store.related("claim", "person", rid)
                if isinstance(claim, Claim)
                for sid in claim.subjects
                if isinstance(topic := self.store.get("topic", sid), Topic) and topic.kind == kind
            ]
            for rid in people
        }
        citing = [rid for rid, topics in by_person.items() if topics]
        if len(citing) != 1:  # one person's, never a mix of several people's
            return None
        rid = citing[0]
        cited = by_person[rid]
        self.use(range(len(q.words)))  # what the question says of them is what they said
        self.cues.append("topic")
        lines = [self.lines.subject(t) for t in dict.fromkeys(cited)]
        return lines, Request("who", rid)

    def kinds_anywhere(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "which law firms are mentioned?", "which universities appear in the
        articles?": the bodies of that kind whose people spoke at any event (with a kind the
        article does not give said so, as at one event), when the question names no event,
        person, body, place or year."""
        q = self.q
        if not q.kinds or q.asked[:1] not in (("which",), ("what",), ("list",), ("name",)):
            return None
        if q.mentions or q.places or q.years or self.asks_yes_no():
            return None
        found: list[AnswerLine] = []
        used, cues = set(self.used), list(self.cues)
        for event in self.store.all("event"):
            if not isinstance(event, Event):
                continue
            self.used, self.cues = set(used), list(cues)
            try:
                lines, _ = self._organizations(event, self.rel.speakers(event.id))
            except Refused:
                continue
            found += lines
        if not found:
            self.used, self.cues = used, cues
            return None
        self.use_words({"mentioned", "named", "appear", "appears", "featured", "cited", "listed"})
        self.use_words({"articles", "article", "all", "that", "there", "on", "record"})
        return list(dict.fromkeys(found)), Request("search", " ".join(
            w for k in q.kinds for w in q.words[k.start : k.end]))  # fmt: skip

    def _academic(self, appearance: Appearance) -> bool:
        """Whether a speaker spoke for a university or one of its units."""
        rid = self._speaker_org(appearance)
        org = self.store.get("organization", rid) if rid else None
        if not isinstance(org, Organization):
            return False
        return org.kind == "university" or self._unit_of_kind(org, {"university"})

    def _unit_of_kind(self, org: Organization, kinds: set[str]) -> bool:
        """Whether an organization is a unit of one of a kind asked ("which universities":
        a university's research centre)."""
        parents = (self.store.get("organization", rid) for rid in self.rel_ancestors(org.id))
        return any(isinstance(p, Organization) and p.kind in kinds for p in parents)

    def _represented(
        self, event: Event, *, groups: bool = False, checked: Collection[str] = ()
    ) -> tuple[list[AnswerLine], Request]:
        """The countries represented at an event (a bare name: "Nepal"), or with ``groups`` the
        kinds of participants it says came ("publishing houses", "rights holders in film");
        with ``checked``, a check of those countries (folded): "Yes" (our reading) when the
        article names each, refused when it names one not."""
        self.use_words({"countries", "country", "nations", "represented"})
        countries = _countries_of(event)
        if checked:
            absent = set(checked) - {fold(c) for c in countries}
            if absent:
                who = ", ".join(sorted(a.title() for a in absent))
                raise Refused(f"the article does not name {who} as represented at the {event.name}")
            countries = [c for c in countries if fold(c) in checked]
            words = self.q.words
            self.use(
                i
                for i, w in enumerate(words)
                if w in checked or DEMONYMS.get(_demonym(w)) in checked
            )
            self.use(
                j
                for i, pair in enumerate(pairwise(words))
                if " ".join(pair) in checked
                for j in (i, i + 1)
            )
            self.use_words({"anyone", "anybody", "someone", "people", "from", "attend"})
        continents = set(self.q.words) & set(CONTINENTS.values())  # "which African countries"
        parts = self._subregions()  # "which South and Southeast Asian countries"
        if parts is not None and not groups:
            regions, spans = parts
            countries = [c for c in countries if any(fold(c) in SUBREGIONS[r] for r in regions)]
            self.use(spans)
            if not countries:
                where = " or ".join(" ".join(r).title() for r in regions)
                raise Refused(f"no country of {where} is on record as represented there")
        elif continents and not groups:
            countries = [c for c in countries if CONTINENTS.get(fold(c)) in continents]
            self.use_words(continents)
            if not countries:
                where = " or ".join(sorted(continents)).title()
                raise Refused(f"no country of {where} is on record as represented there")
        if groups:
            self.use_words(GROUP_WORDS | ORG_KIND_WORDS | {"come", "came", "from", "of"})
            self.use_words({"drawn", "draw", "hail", "hailed", "they", "were"})
            self.use_words({"creative", "fields", "field", "sectors", "sector", "domains"})
            self.use(i for k in self.q.kinds for i in k.span)  # "which creative fields"
            countries = [r for r in event.represented if r not in countries]
        if not countries:
            raise Refused(f"no country is on record as represented at the {event.name}")
        self.cues.append("represented")
        lines = [self.lines.represented(event, c) for c in countries]
        q = self.q
        groups_asked = [g for g in DELEGATES if q.has(*g)]
        if len(groups_asked) == 1 and not groups:  # "which countries' copyright authorities
            group = groups_asked[0]  # came": those the article says sent officials, not CMOs
            quoted = [
                line
                for line, country in zip(lines, countries, strict=True)
                if any(  # the part of the quote that names the country
                    group & set(fold(part).split())
                    for part in line.source.quote.split(" \u2026 ")
                    if fold(country) in fold(part).split()
                )
            ]
            if not quoted:
                raise Refused("the article names no country as represented by those")
            lines = quoted
            self.use_words(group)
        if groups and q.opens_yes_no:  # "was photography among them?"
            asked = {w for i, w in enumerate(q.words) if w not in STOP and i not in self.used}
            named = [k for k, c in enumerate(countries) if asked & set(fold(c).split())]
            if named:
                self.use(i for i, w in enumerate(q.words) if w in asked and any(
                    w in fold(countries[k]).split() for k in named))  # fmt: skip
                self.use_words({"one", "fields", "field", "among", "yes", "or", "no"})
                lines = [lines[k] for k in named]
                lines[0] = replace(lines[0], text=f"{AFFIRMED}{lines[0].text}")
        if checked:  # "were copyright associations from Finland represented": each named
            lines[0] = replace(lines[0], text=f"{AFFIRMED}{lines[0].text}")
        return lines, Request("event", event.id)

    def _subregions(self) -> tuple[list[tuple[str, str]], list[int]] | None:
        """The parts of continents a question names ("South and Southeast Asian", "South-East
        Asia", "Eastern Europe") and the positions of their words; None when it names none.
        A part the fact base does not know is refused."""
        words = self.q.words
        named: list[tuple[str, str]] = []
        spans: list[int] = []
        for i, w in enumerate(words):
            if w not in set(CONTINENTS.values()):
                continue
            j = i - 1
            found: list[str] = []
            while j >= 0 and (words[j] in SUBREGION_WORDS or words[j] in ("and", "or", "&")):
                if words[j] in SUBREGION_WORDS:
                    if words[j] == "east" and j and words[j - 1] == "south":
                        found.append("southeast")  # "South-East Asia"
                        spans += [j - 1, j]
                        j -= 2
                        continue
                    found.append(words[j])
                spans.append(j)
                j -= 1
            for part in reversed(found):
                if (part, w) not in SUBREGIONS:
                    raise Refused(f"no countries of {part.title()} {w.title()} are on record")
                named.append((part, w))
            if found:
                spans.append(i)
        return (named, spans) if named else None

    def event_list(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "which events were held in Beijing", "list the events of 2019": every event
        in the years and places named (of the kind named)."""
        q = self.q
        if not q.has("events", "trainings", "forums", "meetings", "expos", "conferences"):
            return None
        if self.mentioned("event") or self.mentioned("person") or self.mentioned("organization"):
            return None
        if not (q.years or q.places or self._only_events_asked()):
            return None
        kinds = {EVENT_KIND_WORDS[w] for w in q.words if w in EVENT_KIND_WORDS}
        events = [e for e in self.store.all("event") if isinstance(e, Event)]
        events = [
            e
            for e in events
            if all(any(_in_year(e, y) for y in q.year_values) for _ in q.years[:1])
            and all(self._event_at(e, p.name) for p in q.places)
            and (not kinds or any(_of_kind(e, k) for k in kinds))
        ]
        if not events:
            raise Refused("no event on record fits every year and place named")
        said = [  # "the three events": as many as that, or not ours to pick
            COUNT_WORDS.index(w) if w in COUNT_WORDS else int(w)
            for w in q.words if w in COUNT_WORDS[1:] or (w.isdigit() and len(w) < len("2019"))
        ]  # fmt: skip
        if said and said[0] != len(events):
            raise Refused(f"{len(events)} events on record fit what is named, not {said[0]}")
        events.sort(key=lambda e: (e.start or "", e.id))
        self.use(i for p in q.places for i in p.span)
        self.use_words({*EVENT_KIND_WORDS, "events", "held", "took", "place", "were", "all"})
        if not (q.years or q.places):
            self.use_words(WHEN | LISTING | {"by"})
        self.cues.append("events")
        return [self.lines.event(e) for e in events], Request("event", events[0].id)

    def _only_events_asked(self) -> bool:
        """Whether a question asks only for the events of a kind, by the plural ("when were
        the trainings?", "list the events"): nothing named, nothing else asked."""
        q = self.q
        plural = {"events", "trainings", "forums", "meetings", "expos", "conferences"}
        plain = STOP | WHEN | plural | LISTING | {"by", "all", "were", "held"}
        return (
            q.has(*plural)
            and not q.mentions
            and q.asked[:1] in (("list",), ("name",), ("when",), ("what",), ("which",))
            and all(q.words[i] in plain for i in self.leftover())
        )

    def event(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "Belt and Road forum on copyright": what an event was; "what was said at the
        mobilization meeting": what was said there."""
        if self.mentioned("person"):
            return None
        if any(
            a in ("his", "her", "their") and b in ("name", "names")
            for a, b in pairwise(self.q.words)
        ):
            return None  # "the official from Vietnam at the forum, his name?": a person's
        if self.q.asked[:1] in (("who",), ("whom",)) and self.mentioned("organization"):
            return None  # "who represented the WIPO Office in China at the Chengdu forum": a
            # person of that body, which what the event was does not name
        head = self._asked_noun()  # "which groups did it single out": not the event itself
        titled = self._event_title_asked()  # "the exact
        if (  # title of the Shanghai training": its name, which its line gives
            head is not None
            and head not in self._spans()
            and stem(self.q.words[head]) not in {stem(w) for w in [*EVENT_KIND_WORDS, "event"]}
            and not titled
        ):
            return None
        if self.q.asked[:1] == ("which",) and (self.q.kinds or set(self.q.asked[1:4]) & ORG_WORDS):
            return None  # "which Finnish association was represented at the forum": a body
        if not self.asks_yes_no() and self.q.asked[:1] not in (("what",), ("when",)) and any(
            k.start not in self.q.context for k in self.q.kinds
        ):
            return None  # "finnish CMO at chengdu forum, which one": a body, not the event
        if not titled and self.q.has("name", "names", "called") and any(
            k.start not in self.q.context for k in self.q.kinds
        ):
            return None  # "what was the name of the Finnish CMO at the forum": a body's name
        if self.asks_yes_no() and any(self._names_subject(m) for m in self.mentioned("topic")):
            return None  # "was film and TV rights one of its topics?": the subject (`subject`)
        if self.q.asked[:1] in (("who",), ("whom",)):
            named = {i for m in self.q.mentions for i in m.span}
            named |= {i for p in self.q.places for i in p.span} | {i for i, _ in self.q.years}
            plain = STOP | ORGANIZE | ATTENDING | ATTENDANCE | ROSTER | set(EVENT_KIND_WORDS)
            rest = [w for i, w in enumerate(self.q.words) if i not in named and w not in plain]
            if rest and not self._statement_cue():
                return None  # "who stood up for photographers at the roundtable": someone who
                # did something there, which its profile is not; "who was at it" is
        if self.asks_yes_no() and re.search(_ORDINAL, self.q.text):
            return None  # "the Shanghai meeting marked the 50th anniversary, right?": a fact
            # checked, of which a profile is no verdict
        event = self.one_event()
        if event is None:
            return None
        if titled:
            self.use_words({"title", "name", "official", "full", "exact", "called"})
        own = {fold(event.country or "")} | {  # its country, or one that organized it ("the
            fold(self.lines.name("organization", o)) for o in event.organizers  # conference
        }  # China co-organised")
        if self._countries_asked() - own:  # "who represented Finland's association at the
            return None  # forum", "Kazakhstan officials at the forum?": its profile names no
            # one of another country
        if self.q.has("said", "discussed", "say", "talked"):
            return self._said_at(event)
        self.use_words({"about", "event", "happened", "was", "held", "took", "place"})
        if event.organizers:  # "why did NCAC and WIPO run it": its line names who did
            self.use_words(ORGANIZE)
        self.cues.append("event")
        lines = [self.lines.event(event)]
        if event.summary:  # "what was the theme of X": what it was about, in our words
            lines.append(self.lines.event_summary(event))
        if event.attendance is not None:
            lines.append(self.lines.attendance(event))
        return lines, Request("event", event.id)

    def _event_title_asked(self) -> bool:
        """Whether the question asks an event's own title ("the exact title of the Shanghai
        training"), not what someone named ("which groups did it name") nor a person's title."""
        asked = self.q.asked
        people = PEOPLE_NOUNS | SPEAKER_NOUNS | ROLE_TITLES | {"speaker", "person", "one", "who"}
        return not self.mentioned("person") and any(
            w in ("title", "name")
            and i
            and (asked[i - 1] in TITLE_BEFORE or asked[i + 1 : i + 2] == ("of",))
            and bool(set(asked[i + 1 :]) & set(EVENT_KIND_WORDS))
            and not set(asked[i + 1 :]) & people  # not "the title of the speaker who ..."
            for i, w in enumerate(asked)
        )

    def _countries_asked(self) -> set[str]:
        """The countries the question names, by name or by their people ("Finnish"), folded;
        not those inside a name it mentions."""
        q = self.q
        names = {i for m in q.mentions for i in m.span}
        words = [w if i not in names else "" for i, w in enumerate(q.words)]
        pairs = [" ".join(p) for p in pairwise(words)]
        found = {w for w in [*words, *pairs] if w in CONTINENTS}
        return found | {DEMONYMS[d] for d in map(_demonym, words) if d}

    def _said_at(self, event: Event) -> tuple[list[AnswerLine], Request]:
        self.use_words(STATEMENT)
        claims = self.rel.claims(event.id)
        lines = [self.lines.claim(c) for c in claims if c.event == event.id]
        lines += [
            self.lines.appearance(a, said=True)
            for a in self.rel.speakers(event.id)
            if not _says_nothing(a)
        ]
        if not lines:
            raise Refused(f"nothing said at the {event.name} is on record")
        self.cues.append("statements")
        return lines, Request("event", event.id)

    def subject(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "What is the Beijing Treaty", "what are Nantong and Dehua": each treaty,
        programme or topic named, what it is and its dated steps."""
        subjects = self.mentioned("instrument") + self.mentioned("topic")
        if any(_of_several(m) for m in subjects):
            return None  # "which partners ... a free trade agreement", "an FTA with who": any
            # of them, as the full text finds them
        records = [
            (m, r)
            for m in subjects
            if isinstance(r := self.store.get(m.kind, m.best.id), (Instrument, Topic))
        ]
        records = [(m, r) for m, r in records if r.id not in self.excluded]  # "nantong and
        if not records:  # what else": the others, not the one named
            return None
        spans = {i for m, _ in records for i in m.span}
        if any(  # "helped the beijing treaty come into force and got some other treaty
            w in ("other", "another") and self.q.words[i + 1 : i + 2]  # ratified": not the
            and self.q.words[i + 1] in INSTRUMENT_WORDS and i + 1 not in spans  # one named
            for i, w in enumerate(self.q.words)
        ):
            return None
        for m, r in records:  # "china-india bilateral copyright dialogue": a country read
            said = fold(" ".join(text for _, text in record_texts(r)))  # into its name that
            absent = [w for w in self.q.words[m.start : m.end] if w in CONTINENTS]  # no word
            absent = [w for w in absent if not re.search(rf"\b{w}\b", said)]  # of it holds
            if absent:
                raise Refused(f"nothing on record names {absent[0].title()} with {r.name}")
        words = self.q.words  # "what projects have they run since the MoU": not the MoU
        records = [
            (m, r) for m, r in records if "since" not in words[max(0, m.start - 2) : m.start]
        ]
        if self._country_asked() and self._asks_force():  # "which country made the treaty go
            raise Refused(  # into effect": no step on record names one
                "no country on record is said to have brought it into force"
            )
        head = self._asked_noun()  # "which country ratified the treaty last": a country, not
        if head is not None and words[head] in PLACE_ASKED | PEOPLE_NOUNS:  # the treaty
            records = [(m, r) for m, r in records if self.holds(m.kind, r.id, words[head])]
        if not records:
            return None
        self.use_words({"about", "mean", "means", "stand", "stands", "known", "famous", "notable"})
        self.use_words({"held", "hold", "holds", "holding", "has", "have"})  # "dialogues held"
        purpose = [  # "what was the point of the memorandum": what our summary of it says
            i for i, w in enumerate(words)  # it does
            if w in _PURPOSE_NOUNS and words[i + 1 : i + 2] == ("of",)
            and any(m.start > i for m, _ in records)
        ]  # fmt: skip
        if purpose and all(isinstance(r, Instrument) and r.summary for _, r in records):
            self.use(purpose)
        lines = []
        who = self._who_did()  # "who signed X": only what names someone not asked about
        if who and self._sided:
            return None  # "who signed it for the NCAC side": a person, not the parties
        if who and self.q.has("names", "person", "persons", "people", "individuals", "officials"):
            return None  # "who signed it, names please": people, which no party is
        self.use_words({"cover", "covers", "covered", "covering", "include", "includes"})
        parties = {p for _, r in records if isinstance(r, Instrument) for p in r.parties}
        named = [m for m in self.mentioned("organization") if m.best.id in parties]
        if named:  # "the memorandum ... between WIPO and NCAC": its own parties
            self.use(i for m in named for i in m.span)
            self.use_words({"between", "and", "with", "by"})
        if not who:  # "the MoU mentioned at the Shanghai training" (not "who signed it")
            articles = {a for _, record in records for a in _articles(record)}
            self._use_reporting_events(articles)
        for mention, record in records:
            self.use(mention.span)
            self.cues.append(mention.kind)
            if not who or self._someone_else(record):
                lines.append(self.lines.subject(record))
            if not who:
                lines += [self.lines.milestone(m) for m in self.rel.milestones(record.id)]
        if not lines:
            return None
        mention, record = records[0]
        denied = self._party_denied(mention, record) if len(records) == 1 else None
        if len(records) == 1 and self._parties_checked(mention, record):
            lines[0] = replace(lines[0], text=f"{AFFIRMED}{lines[0].text}")
        elif denied is not None:  # "did WIPO sign its MoU with the Shanghai Film Bureau?"
            lines[0] = replace(lines[0], text=f"{denied}: {lines[0].text}")
        elif len(records) == 1 and isinstance(record, Topic) and record.kind == "place":
            verdict = self._place_within(mention, record)  # "is Dehua in Jiangsu?": no
            if verdict is not None:
                lines[0] = replace(lines[0], text=f"{verdict}: {lines[0].text}")
        name = self.lines.name(mention.kind, record.id)
        return lines, Request("search", name, limit=CARDS)

    def edition(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "which edition of the China International Copyright Expo is NCAC hosting",
        "the Expo - which number is it?": the ordinal its name on record gives ("the 10th"),
        with the event; refused when the name gives none."""
        if not re.search(_EDITION_ASKED, self.q.text[:_PATTERN_MAX]):
            return None
        events = [  # "the copyright expo": the one whose name gives its edition
            event
            for m in self.mentioned("event")
            for rid in dict.fromkeys(m.ids("event"))
            if isinstance(event := self.store.get("event", rid), Event)
            and re.match(_EDITION_NAMED, event.name)
        ]
        if not events and self.mentioned("event"):
            raise Refused("no name on record of the event asked gives its edition")
        if len(events) != 1:
            return None
        event = events[0]
        ordinal = re.match(_EDITION_NAMED, event.name)
        if ordinal is None:
            return None
        asked = re.search(_EDITION_ASKED, self.q.text[:_PATTERN_MAX])
        self.use(i for m in self.mentioned("event") for i in m.span)  # its name, who holds it
        self.use(i for m in self.mentioned("organization") if m.best.id in event.organizers
                 for i in m.span)  # fmt: skip
        self.use_words({*words_of(asked[0] if asked else ""), *ORGANIZE, "hosting", "host",
                        "hosts", "staging", "stage", "holding", "the", "it", "is", "was"})
        # "..., and what award did it mention?": another question, answered apart
        self.cues.append("edition")
        line = self.lines.event(event)
        text = f"The {ordinal[1]} (as its name on record gives it): {line.text}"
        return [replace(line, text=text)], Request("event", event.id)

    def edition_claimed(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "Is it true that NCAC is hosting the 9th China International Copyright
        Expo?": "No (our reading: the 10th, not the 9th)" when the edition typed before an
        event's name is not the one its name on record gives; None when it is, or none is
        typed."""
        if not (self.asks_yes_no() or self._checking()):
            return None
        words = self.q.words
        for m in self.mentioned("event"):
            typed = [
                (i, said)
                for i in range(max(0, m.start - 1), m.end)
                if (said := re.fullmatch(r"(\d+)(?:st|nd|rd|th)", words[i]))
            ]
            events = [
                (event, ordinal)
                for rid in dict.fromkeys(m.ids("event"))
                if isinstance(event := self.store.get("event", rid), Event)
                and (ordinal := re.match(_EDITION_NAMED, event.name))
            ]
            if len(typed) != 1 or len(events) != 1:
                continue
            (event, ordinal), (at, said) = events[0], typed[0]
            if int(said[1]) == int(re.sub(r"\D", "", ordinal[1])):
                return None  # the edition on record: the rest of the claim is checked
            self.use(range(len(words)))  # one detail not so: the claim is not so
            self.cues.append("edition")
            line = self.lines.event(event)
            text = f"No (our reading: the {ordinal[1]}, not the {words[at]}): {line.text}"
            return [replace(line, text=text)], Request("event", event.id)
        return None

    def others_alongside(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "WIPO and NCAC promoted the Beijing Treaty and which other treaty?": the
        other instruments of the kind asked that the statement naming the one named names
        with it (the statement holding most of the question's words), and that statement."""
        match = re.search(_OTHER_OF_KIND, self.q.text[:_PATTERN_MAX])
        if match is None:
            return None
        noun = fold(match[1])
        named = {
            m.best.id: record
            for m in self.mentioned("instrument") + self.mentioned("topic")
            if isinstance(record := self.store.get(m.kind, m.best.id), (Instrument, Topic))
            and _called(record.kind, noun)
        }
        if not named:
            return None
        kinds = {record.kind for record in named.values()}
        topic = [i for i in self.leftover() if self.q.words[i] not in {noun, "other", "else"}]
        best: list[tuple[int, Record, list[Instrument | Topic]]] = []
        for record in self.store.all("claim"):
            subjects = set(getattr(record, "subjects", ()))
            if not subjects & set(named):
                continue
            others = [
                other
                for rid in sorted(subjects - set(named))
                for kind in ("instrument", "topic")
                if isinstance(other := self.store.get(kind, rid), (Instrument, Topic))
                and other.kind in kinds
            ]
            if others:
                best.append((len(self._missing(record, topic)), record, others))
        if not best:
            return None
        fewest = min(missing for missing, _, _ in best)
        if fewest > len(topic) // 2:  # the statements naming both say little of the rest
            return None
        chosen = [(record, others) for missing, record, others in best if missing == fewest]
        lines: list[AnswerLine] = []
        for other in dict.fromkeys(o for _, others in chosen for o in others):
            lines.append(self.lines.subject(other))
        lines += [self.lines.claim(record) for record, _ in chosen if isinstance(record, Claim)]
        self.use(range(len(self.q.words)))
        self.cues.append("instrument" if isinstance(chosen[0][1][0], Instrument) else "topic")
        return lines, Request("search", lines[0].text.split(" (")[0], limit=CARDS)

    def _place_within(self, mention: Mention, place: Topic) -> str | None:
        """For a yes-or-no question whether a place lies in another ("Is Dehua in Jiangsu?"),
        our verdict from where the place's own description puts it: "Yes (our reading)" when
        it names the other place, "No (our reading: in Fujian province, not Jiangsu)" when it
        puts it in a different one; None for any other question."""
        q = self.q
        if not self.asks_yes_no() or place.summary is None:
            return None
        at = [i for i in range(mention.end, len(q.words)) if q.words[i] in ("in", "within")]
        if not at:  # "Dehua, the case study town, that's in Zhejiang, right?" has its "in"
            return None  # after the place; a question with none asks no place within
        tags = set(q.context)
        named: list[int] = []  # the place's name after "in", up to a word for a kind of place
        for i in range(at[-1] + 1, len(q.words)):  # ("in Zhejiang province - WIPO case
            if i in tags or len(named) == _PLACE_WORDS:  # study?"; "in the province of
                break  # Jiangsu")
            if q.words[i] in STOP | PLACE_NOUNS:
                if named:
                    break
                continue
            named.append(i)
        if not named or any(not q.words[i].isalpha() for i in named):
            return None
        said = fold(" ".join([place.summary, *place.aliases])).split()
        if all(q.words[i] in said for i in named):
            return AFFIRMED.removesuffix(": ")
        put = re.search(_PUT_IN, place.summary)
        if put is None or fold(put.group(1)).split()[0] in [q.words[i] for i in named]:
            return None
        self.use(named)
        asked = " ".join(q.words[i] for i in named).title()
        return f"No (our reading: in {put.group(1)}, not {asked})"

    def _party_to_named(self, org: str) -> bool:
        """Whether an organization is a party to an instrument the question also names."""
        return any(
            isinstance(record := self.store.get("instrument", m.best.id), Instrument)
            and org in record.parties
            for m in self.mentioned("instrument")
        )

    def _party_denied(self, mention: Mention, record: Instrument | Topic) -> str | None:
        """ "No (our reading: ...)" when a yes-or-no question names a body as a party to a
        memorandum between two parties on record that is neither of them ("did WIPO sign its
        MoU with the Shanghai Municipal Film Bureau?"); None otherwise. A memorandum's two
        parties are all of them; a list of partners "among many others" is not closed."""
        if not isinstance(record, Instrument) or record.kind != "memorandum":
            return None
        if len(record.parties) != _BILATERAL or not self.asks_yes_no():
            return None
        own = set(mention.span)
        others = [o for o in self.mentioned("organization") if not set(o.span) & own]
        if not [o for o in others if o.best.id not in record.parties]:
            return None
        self.use(i for o in others for i in o.span)
        names = " and ".join(self.lines.name("organization", p) for p in record.parties)
        return f"No (our reading: its parties on record are {names})"

    def _parties_checked(self, mention: Mention, record: Instrument | Topic) -> bool:
        """Whether a yes-or-no question asks if a country or organization is one of an
        instrument's parties ("does China hold copyright dialogues with Mexico") and every one
        it names is; their words are then accounted for. One not a party is left to refuse
        ("... with Brazil": its list says "among many other countries")."""
        if not isinstance(record, Instrument) or not record.parties:
            return False
        if not self.asks_yes_no():
            return False
        own = set(mention.span)
        spans: list[range] = []
        for place in self.q.places:
            if not set(place.span) & own:
                party = [p for p in record.parties
                         if fold(self.lines.name("organization", p)) == fold(place.name)
                         or p == fold(place.name).replace(" ", "-")]  # fmt: skip
                if not party:
                    return False
                spans.append(place.span)
        for org in self.mentioned("organization"):
            if not set(org.span) & own:
                if org.best.id not in record.parties:
                    return False
                spans.append(org.span)
        if not spans:
            return False
        self.use(i for span in spans for i in span)
        return True

    def _use_reporting_events(self, articles: set[str]) -> None:
        """Accounts for the events a question places a subject at ("the MoU mentioned at the
        Shanghai training", "at the 2023 training"): those reported in the subject's own
        articles, named or given by their kind and year."""
        events = [e for e in self.store.all("event") if isinstance(e, Event)]
        reported = [e for e in events if articles & _articles(e)]
        for told in self.mentioned("event"):
            if any(e.id == told.best.id for e in reported):
                self.use(told.span)
        words = self.q.words
        for i, w in enumerate(words):
            kind = EVENT_KIND_WORDS.get(w)
            fits = [e for e in reported if kind and _of_kind(e, kind)]
            fits = [e for e in fits if all(_in_year(e, y) for y in self.q.year_values)]
            if fits:
                self.use([i, *(j for j, _ in self.q.years)])

    def _kind_people(self) -> list[str]:
        """The organizations of a kind whose people the question names ("the heads of the
        CMOs", "CMO chiefs", "the collective management organizations' representatives"):
        every body of that kind, its words then accounted for; none when no people noun or
        title stands next to the kind's words."""
        words = self.q.words
        people = PEOPLE_NOUNS | ROLE_TITLES | {"heads", "head", "chiefs", "leaders", "bosses"}
        for phrase in self.q.kinds:
            near = [phrase.end] if phrase.end < len(words) and words[phrase.end] in people else []
            j = phrase.start - 1  # "the heads of the CMOs": back over "the", "of", the noun
            j -= 1 if j >= 0 and words[j] in ("the", "its", "their") else 0
            if j >= 1 and words[j] == "of" and words[j - 1] in people:
                near += range(j - 1, phrase.start)
            if not near:
                continue
            kinds = set(phrase.kinds)
            bodies = [
                o.id
                for o in self.store.all("organization")
                if isinstance(o, Organization) and o.kind in kinds
            ]
            if bodies:
                self.use([*phrase.span, *near])
                return bodies
        return []

    def _undated_by_closest(self, facts: Sequence[Record]) -> None:
        """Refuses a question asking when something happened that only the closest of some
        statements would answer, the first of which gives no year in its own words ("in what year
        did the treaty enter into force, since Ms. Liu mentions promoting it"): the
        statement's date is that of her speech. ("When did they sign the memorandum, per Liu
        Hua?" is answered: her words say "since signing ... in 2015".)"""
        own = [  # what the closest says, in our words and the article's
            text for f in facts[:1] for field, text in record_texts(f)
            if field in ("summary", "quote")
        ]  # fmt: skip
        if any(re.search(r"\b(?:19|20)\d\d\b", text) for text in own):
            return
        words = self.q.words
        year_asked = any(  # "in what year", "which year"
            w in ("what", "which") and words[i + 1 : i + 2] == ("year",)
            for i, w in enumerate(words)
        )
        if (self.asks_when() or year_asked) and not self._saying_asked():
            raise Refused(
                "it asks when that happened; the statements on record date only their saying"
            )

    def _saying_asked(self) -> bool:
        """Whether the question's first clause (before any comma) has a verb of saying: "when
        did Liu Hua talk about X" asks when something was said; "in what year did the
        treaty enter into force, since Ms. Liu mentions it" does not."""
        first = fold(self.q.text.split(",", 1)[0]).split()
        return any(w in STATEMENT or w in SPOKE for w in first)

    def _figure_said_asked(self) -> bool:
        """Whether a question asks what figure someone gave ("what did Scot Morris say
        APRA's total collections were", "what did he put its revenue at"): "what did X
        say" with a figure's word before the verb of being that ends the thing asked."""
        words = self.q.asked
        if words[:2] not in (("what", "did"), ("what", "does")):
            return False
        verbs = [i for i, w in enumerate(words) if w in _FIGURE_SAYING]
        if not verbs:
            return False
        rest = words[verbs[0] + 1 :]
        if rest[:1] in (("about",), ("on",), ("of",), ("regarding",), ("concerning",)):
            return False  # "what did he say about how CMO income is shifting": a topic
        ends = [i for i, w in enumerate(rest) if w in _FIGURE_BEING]
        return bool(ends) and any(w in NUMBER for w in rest[: ends[0]])

    def statements(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "Who talked about AI and photography", "what did Zhou Yaping say about AI": the
        statements (and our summaries of speeches) holding every topic word, by whoever the
        question names, at the event it names."""
        q = self.q
        if self._asks_his_post():
            return None  # "Scot Morris talked about CMOs - which organisation is he with?"
        if q.asked[:1] in (("who",), ("which",)) and re.search(
            r"(?i),?\s+and\s+(?:his|her|their)\s+(?:company|firm|employer|organi[sz]ation|"
            r"association|society)(?:\s+name)?\s*\??\s*$",
            q.text[-60:],
        ):
            return None  # "who proposed X, and his company name?": two questions, the
            # second of whoever the first finds
        if not self.mentioned("person") and any(
            w in _PURPOSE_NOUNS and q.words[i + 1 : i + 2] == ("of",) for i, w in enumerate(q.words)
        ):
            return None  # "what was the point of the memorandum WIPO signed": what it is for,
            # which no one's statement that names it gives
        self.use_words(
            STATEMENT | SPOKE | LECTURE | {"about", "on", "who", "which", "speaker", "speakers"}
            | {"participant", "participants", "panelist", "panellist", "discussant"}
        )  # "which participant at the roundtable proposed X": whoever said it
        people = [m.best.id for m in self.mentioned("person")]
        for m in self.mentioned("person"):
            self.use(m.span)
        scene_people = set(people) if self._asks_someone_else() else set()
        if scene_people:  # "Liu Hua spoke there. Who talked about AI?": someone else
            people = []
        self.use_words({"according", "per"})
        if self._said_that():  # "... Is that wording credited to any speaker?": who said it,
            self.use(  # not a statement holding "credited"
                i for i in range(q.begins, len(q.words))
                if q.words[i] in CREDITED and i not in q.context
            )
        for i, w in enumerate(q.words[:-1]):  # "who brought up the dispute"
            if w in ("brought", "bring", "brings") and q.words[i + 1] == "up":
                self.use((i, i + 1))
        posted: list[int] = []  # "songwriter Zhang Yilin": words of the speaker's own titles
        if people:
            posted = [i for i in self.leftover() if any(
                _word_in(self.q.words[i], self._titles_words(p)) for p in people)]  # fmt: skip
            self.use(posted)
        events = self._named_events()
        orgs = self.mentioned("organization")
        asks_who = self._asks_person()
        speaker_orgs: list[str] = []
        titles = [i for i, w in enumerate(q.words) if w in ROLE_TITLES and i not in self._spans()]
        leads = self._leads()
        holders = (
            self._holders(orgs[0], titles) if orgs and not people and (titles or leads) else []
        )
        if holders:  # "what did the CAVCA director general call for", "who was running WIPO
            people = list(dict.fromkeys(r.person for r in holders))  # and praised X"
            self.use([*orgs[0].span, *titles, *leads])
            orgs = orgs[1:]
        for o in orgs if not people else []:  # "which treaties did WIPO-NCAC
            posted = [i for i in titles if o.end <= i <= o.end + 1]  # work help, per the WIPO
            start = o.start  # China office head": hers; "according to the Director of the
            of = [i for i in titles if q.words[i + 1 : o.start] in (("of",), ("of", "the"))]
            if not posted and of:  # WIPO Office in China": hers too
                posted = [i for i in titles if i <= of[0] and all(
                    j in titles for j in range(i, of[0] + 1))]  # fmt: skip
                start = min(posted)
            credited_to = q.words[max(0, start - 3) : start]
            if not posted or not {"per", "according"} & set(credited_to):
                continue
            holders = self._holders(o, posted)
            if holders:
                people = list(dict.fromkeys(r.person for r in holders))
                self.use([*o.span, *posted])
                orgs = [x for x in orgs if x is not o]
                break
        credited = [  # "the US share of GDP according to NCAC": NCAC speaks; the US is asked
            o for o in orgs
            if q.words[max(0, o.start - 2) : o.start] == ("according", "to")
            or q.words[o.start - 1 : o.start] == ("per",)
        ]  # fmt: skip
        if credited and len(credited) < len(orgs):
            orgs = credited
        orgs = [  # "listed as WIPO case studies": what something was listed as, not who
            o for o in orgs if self._says_it(o) or q.words[o.start - 1 : o.start] != ("as",)
        ]  # fmt: skip
        saying = [o for o in orgs if self._says_it(o)]  # "what WIPO award did NCAC
        if len(saying) == 1 and len(orgs) > 1:  # mention": NCAC speaks; WIPO is what it
            orgs = saying  # spoke of
        theirs = [o for o in orgs if self._of_people(o)]  # "which NCAC official spoke on X":
        if asks_who and not people and theirs and len(theirs) == len(orgs):  # who, of NCAC
            asks_who = False
        if orgs and not people and not asks_who:
            speaker_orgs = [o.best.id for o in orgs]
            for o in orgs:
                self.use(o.span)
            self.use_words(PEOPLE_NOUNS | {"speaker", "speakers"})  # "the CFCA's representative"
        if not orgs and not people:
            speaker_orgs = self._kind_people()  # "what did the heads of the CMOs say"
        asked_kinds = self._kind_asked() if not people and not speaker_orgs else frozenset()
        if asked_kinds:  # "which CMOs talked about AI": the kind is who, not what, was said
            self.use(i for k in q.kinds if q.begins < k.start <= q.begins + 3 for i in k.span)
        people_of = self._people_places()
        homes = [p for p in q.places if p.start in people_of]
        if homes and not people:  # "what did the Australian guy say about income": someone
            self.use(i for p in homes for i in p.span)  # from there, not what was said of it
            self.use_words(PEOPLE_NOUNS | SPEAKER_NOUNS)
        topic = [i for i in self.leftover()]
        aside = self._aside_from()  # "which bodies should play a role, besides government
        known: list[int] = []  # and enterprises": what the reader knows is not the topic
        if aside is not None and [i for i in topic if i < aside]:
            self.use(range(aside, len(q.words)))
            known = [i for i in topic if i > aside and q.words[i] not in STOP]
            topic = [i for i in topic if i < aside]
        groups = self._groups(topic)
        facts: list[Record] = []
        said = ("claim", "appearance", "observation", "milestone") if people else (
            "claim", "appearance"
        )  # fmt: skip
        if groups and not people:  # a speaker named: every statement of theirs is read
            text = FullText(self.store)
            hits = text.hits(groups, every=False, kinds=said, limit=RECALL)
            for hit in hits:
                record = self.store.get(hit.kind, hit.id)
                if record is not None:
                    facts.append(record)
        else:
            if not people and not events and not speaker_orgs:
                return None
            facts = [r for kind in said for r in self.store.all(kind)]
        kept = [f for f in facts if self._said_by(f, people, speaker_orgs, events, asks_who)]
        the_one = len(events) == 1 and any(  # "when did the roundtable discuss X": the one
            w in EVENT_KIND_WORDS and i and q.words[i - 1] in ("the", "that", "this")  # on
            for i, w in enumerate(q.words)  # record, so what was said elsewhere is no answer
        )
        if not kept and events and not (self.mentioned("event") or q.places or q.years or the_one):
            kept = [  # "the forum for exploring AI solutions": a kind's word, not an event
                f for f in facts if self._said_by(f, people, speaker_orgs, [], asks_who)
            ]
        kept = [f for f in kept if not _says_nothing(f)]
        kept = [f for f in kept if getattr(f, "person", None) not in scene_people]
        if asked_kinds:  # "which CMOs talked about AI": what people of such bodies said
            kept = [f for f in kept if self._of_kinds(f, asked_kinds)]
        if homes and not people and kept:  # "what did the Finnish association people say":
            kept = [f for f in kept if self._said_from(f, homes)]  # theirs only
            if not kept:
                where = " or ".join(p.name for p in homes)
                raise Refused(f"no statement on record is by someone from {where}")
        kept = [f for f in kept if not isinstance(f, Observation) or f.reported_by in people]
        if self.q.year_values:  # "the 2015 memorandum": a year naming a thing it speaks of
            claimed = self.asks_yes_no() or self._checking()  # "Did Liu Hua say they
            kept = [  # signed the memorandum in 2015?": a year of what was said
                f for f in kept
                if self._in_years(f) or self._names_years(f) or (claimed and self._holds_years(f))
            ]  # fmt: skip
        self.use(topic)
        if not kept and self._by_organization(asks_who, speaker_orgs):
            return None  # "which FTAs did NCAC mention": what the fact base gives as its
        if not kept and not people and not speaker_orgs and events:
            return None  # "the Shanghai meeting noted an anniversary": what it holds, by words
        if not kept:
            raise Refused("no statement on record says that")
        if self._passive_act_dated():  # "Nantong + Dehua: year listed as WIPO case studies":
            raise Refused(  # a statement's date is when it was said, not when that was done
                "it asks when that was done; the statements on record date only their saying"
            )
        about = [f for f in kept if self._about(f, topic)]
        proper = [i for i in topic if i not in self.q.context]  # "... are declining? I believe
        after = bool(proper) and min(self.q.context, default=0) > max(proper)  # he came from
        if not about and after:  # Australia": what the question says, before the aside
            about = [f for f in kept if self._about(f, proper)]
        if about and all(isinstance(f, Observation) for f in about):  # "trading and works
            about = self._each_part_reported(kept, topic) or about  # registered": each figure
        if len(about) > 1 and self._said_that():  # "Somebody proposed X. Who said that?": the
            about = self._most_literal(about, topic)  # statement in the scene's own words
        asked = q.asked[:1] not in (("name",), ("list",), ("give",))  # not "name the two ..."
        if not about and asked:  # "who said advancing cooperation ... builds ...": at length
            about = self._closest(kept, topic)
            if not about and after:
                about = self._closest(kept, proper)
            head = self._asked_noun() if q.words[:1] == ("which",) else None
            persons = PEOPLE_NOUNS | SPEAKER_NOUNS | ROLE_TITLES | ASKED_PEOPLE | SPOKESPEOPLE
            persons |= {"participant", "participants", "attendee", "attendees", "exec", "execs"}
            named = {i for m in q.mentions for i in m.span}  # "which Tencent executive"
            if (  # a plural noun asked ("which places"), not a verb ("which exec spoke")
                head is not None and head not in named and q.words[head] not in STOP | persons
                and q.begins <= head <= 3 and _plural(q.words[head])
            ):  # fmt: skip
                about = [f for f in about if self._about(f, [head])]  # "which places listed
                # as case studies": a statement that names no place is not the closest answer
            if about:
                self._undated_by_closest(about)
            self.cues += ["closest wording"] if about else []
        speakers = {getattr(f, "person", None) for f in kept}  # "the APRA guy": its one speaker
        one = len(set(people)) == 1 or (
            any(self._of_people(m) for m in orgs)  # a body's person asked, not the body
            and len(speakers) == 1
            and None not in speakers
        )
        if not about and one:
            noun = self._listed_noun()  # "list the projects Liu Hua cited": those naming them
            holding = [f for f in kept if noun is None or self._about(f, [noun])]
            about = self._most_of(holding or kept, topic)
            if known:  # the statement naming what was set aside is not the one asked for
                about = [f for f in about if not self._about(f, known)] or about
            self._unsaid = [  # "did Lu Yi speak about AI's impact on the music business?":
                q.words[i] for i in self._missing(about[0], topic)  # he spoke of photography
                if q.words[i] in CREATIVE_FIELDS
            ] if about else []  # fmt: skip
            if about:  # "trading topped a billion, with 170,000 works registered": each
                about += [f for f in self._labelled(kept) if f not in about]  # figure the
                # claim names, beside the talk that gives them
            if about and q.has("whether") and q.words[:1] != ("whether",):  # "what does
                raise Refused(  # Gao Hang think about whether AI training should be fair
                    "no statement on record takes a side on that"  # use": a side taken, which
                )  # a statement near the topic does not give
            if about:
                self._undated_by_closest(about)
            self.cues += ["closest of the speaker's statements"] if about else []
        figure = (
            q.asked[:2]
            in (  # "what is APRA's annual revenue, as per Scot Morris": a
                ("what", "is"),
                ("what", "was"),
                ("how", "much"),
                ("how", "many"),  # figure, which
            )
            and any(w in NUMBER for w in q.asked[2:6])
        ) or self._figure_said_asked()  # a statement without one does not give;
        # not "what income did he say is going down", a kind
        if (
            figure
            and about
            and not any(
                isinstance(f, Observation) or getattr(f, "quantity", None) is not None
                for f in about
            )
        ):
            raise Refused("it asks for a figure and no statement on record gives one")
        if about and self._near_ok:  # all but a few words held: no date of anything else,
            self._undated_by_closest([])  # whatever year a statement holds
        kept = about
        claims = [f for f in kept if isinstance(f, Claim)]
        if not people and q.has("article", "articles", "piece", "story", "report"):
            claims.sort(key=lambda c: c.person is not None)  # "how does the article describe
            # online infringement": the article's own statement before its speakers'
        appearances = [f for f in kept if isinstance(f, Appearance)]
        covered = {c.person for c in claims if c.person}
        lines = [self.lines.claim(c) for c in claims]
        lines += [
            self.lines.appearance(a, said=True) for a in appearances if a.person not in covered
        ]
        lines += [self.lines.observation(o) for o in kept if isinstance(o, Observation)]
        lines += [self.lines.milestone(m) for m in kept if isinstance(m, Milestone)]
        if not lines:
            return None  # no statement says it: another reading may still answer
        lines = self._instruments_spoken_of(claims) + lines  # "which regulations did NCAC
        self.cues.append("statements")  # say it is revising": their name, then the statement
        stated = {q.words[i] for i in posted} & (ROLE_TITLES | MODIFIERS)
        if stated and len(set(people)) == 1 and len(lines) == 1 and self._checking():
            lines = [  # "Shi Wenxia, Deputy Secretary-General of the CFCA, cited X. correct?":
                replace(line, text=f"{line.text} (post on record: "
                        f"{self._post_said(people[0], stated)})")
                for line in lines  # the post stated, as on record, in the one line
            ]
        if len(set(people)) == 1:
            return lines, Request("who", people[0])
        if len(events) == 1 and not people and not speaker_orgs and not topic:
            return lines, Request("event", events[0].id)
        if not topic and speaker_orgs:  # "what did the Society say": its record's card
            return lines, Request("org", speaker_orgs[0])
        words = [q.words[i] for i in topic] or [
            *(self.lines.name("event", e.id) for e in events[:1]),
            *(self.lines.name("person", p) for p in people),
        ]
        return lines, Request("search", " ".join(words), limit=CARDS)

    def _post_said(self, rid: str, stated: set[str]) -> str:
        """A person's posts on record whose titles hold a word a question states of them
        ("Deputy Secretary-General, China Film Copyright Association"), or all of them."""
        posts = _each_post_once(self.rel.roles_of_person(rid))
        fitting = [r for r in posts if stated & set(fold(r.title).split())] or posts
        return "; ".join(
            f"{r.title}, {self.lines.org_name(r.organization)}" if r.organization else r.title
            for r in fitting
        )

    def _instruments_spoken_of(self, claims: Sequence[Claim]) -> list[AnswerLine]:
        """For "which regulations ..." (a kind of instrument asked), the instruments of that
        kind the statements speak of, by their names; [] for any other question."""
        head = self._asked_noun()
        kinds = INSTRUMENT_KINDS.get(self.q.words[head], ()) if head is not None else ()
        found: dict[str, Instrument] = {}
        for claim in claims if kinds else ():
            for rid in claim.subjects:
                record = self.store.get("instrument", rid)
                if isinstance(record, Instrument) and record.kind in kinds:
                    found.setdefault(rid, record)
        return [self.lines.subject(record) for record in found.values()]

    def _says_it(self, body: Mention) -> bool:
        """Whether a body or person named is the subject of a saying verb ("did NCAC
        mention", "NCAC said", "NCAC's remarks"), not a word of what was said."""
        words = self.q.words
        after = words[body.end : body.end + 2]
        before = words[max(0, body.start - 2) : body.start]
        return bool(
            (after[:1] and after[0] in STATEMENT)
            or (after[:1] in (("'s",), ("s",)) and after[1:] and after[1] in STATEMENT)
            or (before[-1:] in (("did",), ("does",), ("do",), ("has",), ("had",))
                and after[:1] and after[0] in STATEMENT | {"say", "mention", "cite", "list"})
        )  # fmt: skip

    def _said_from(self, fact: Record, homes: Sequence[Place]) -> bool:
        """Whether a statement's speaker holds a post at a body in one of the places."""
        person = _person_of(fact)
        return person is not None and any(
            self._org_in(r.organization, p) for r in self.rel.roles_of_person(person) for p in homes
        )

    def _labelled(self, facts: Sequence[Record]) -> list[Record]:
        """The figures among ``facts`` whose statistic's label the question gives most of
        (`_LABEL_SHARE`) of its words ("Sichuan's copyright trading": "Copyright trading in
        Sichuan Province")."""
        asked = set(self.q.words)
        found: list[Record] = []
        for f in facts:
            if not isinstance(f, Observation):
                continue
            figure = self.store.get("statistic", f.statistic)
            if not isinstance(figure, Statistic):
                continue
            label = [w for w in fold(figure.label).split() if w not in STOP]
            held = [w for w in label if _word_in(w, asked)]
            if label and len(held) >= 2 and len(held) >= _LABEL_SHARE * len(label):
                found.append(f)
        return found

    def _each_part_reported(self, facts: Sequence[Record], topic: Sequence[int]) -> list[Record]:
        """The figures a speaker reported, one for each part of a topic joined by "and"
        ("copyright trading and works registered, per Zhou Qing"), each found by its own
        label's words; [] unless every part has one."""
        words = self.q.words
        ands = [i for i, w in enumerate(words) if w == "and"]
        if not ands:
            return []
        parts: list[list[int]] = [[] for _ in range(len(ands) + 1)]
        for i in topic:
            parts[sum(1 for a in ands if a < i)].append(i)
        found: list[Record] = []
        for part in (p for p in parts if p):
            fitting = [
                f
                for f in facts
                if isinstance(f, Observation)
                and isinstance(figure := self.store.get("statistic", f.statistic), Statistic)
                and all(_word_in(words[i], fold(figure.label).split()) for i in part)
            ]
            if not fitting:
                return []
            found += [f for f in fitting if f not in found]
        return found

    def _groups(self, positions: Sequence[int]) -> list[tuple[str, ...]]:
        """The topic words as full-text groups: a named record's ways of writing it, else the
        word and our paraphrases of it."""
        groups: list[tuple[str, ...]] = []
        done: set[int] = set()
        text = FullText(self.store)
        for mention in self.q.mentions:
            if set(mention.span) & set(positions):
                words = [self.q.words[i] for i in mention.span]
                groups += text.groups(words)
                done.update(mention.span)
        for i in positions:
            if i in done:
                continue
            word = self.q.words[i]
            groups.append((word, *PARAPHRASES.get(word, ())))
        return groups

    def _said_by(
        self,
        fact: Record,
        people: Sequence[str],
        orgs: Sequence[str],
        events: Sequence[Event],
        asks_who: bool,
    ) -> bool:
        person = getattr(fact, "reported_by" if isinstance(fact, Observation) else "person", None)
        if isinstance(fact, Milestone):  # "WIPO's Sylvie Forbin reported ... that": hers
            person = next((p for p in people if self._named_in(p, fact.summary)), None)
        if people and person not in people:
            return False
        if orgs:
            org = getattr(fact, "organization", None)
            if isinstance(fact, Appearance):
                role = self.rel.role_for(fact)
                org = role.organization if role else None
            family = {u for o in orgs for u in self.org_family(o)}
            if org not in family:
                return False
        named = {e.id for e in events}  # where it was said, or what it is about
        if events and not named & {getattr(fact, "event", None), *getattr(fact, "subjects", ())}:
            return False
        return not (asks_who and isinstance(fact, Claim) and not (fact.person or fact.organization))

    def _named_in(self, person: str, text: str) -> bool:
        """Whether a text names a person on record by their full name."""
        record = self.store.get("person", person)
        return isinstance(record, Person) and f" {fold(record.name)} " in f" {fold(text)} "

    def _at_dated_event(self, fact: Record) -> bool:
        """Whether a fact was given at an event the question dates ("the data presented at the
        2025 roundtable": 2024's figures, reported there)."""
        years = {str(y) for y in self._years_before(set(EVENT_KIND_WORDS))}
        if not years or len(years) < len(self.q.years):
            return False
        event = self.rel.event(getattr(fact, "event", None) or "")
        reported = getattr(fact, "reported", None) or ""
        dates = [reported, event.start if event is not None and event.start else ""]
        return any(d[:4] in years for d in dates if d)

    def _names_years(self, fact: Record) -> bool:
        """Whether every year the question names names a thing ("the 2015 memorandum", "their
        2019 forum": after a determiner, before a word) and the fact's own text holds it."""
        words = self.q.words
        years = self.q.years
        return bool(years) and all(
            0 < i < len(words) - 1
            and words[i - 1] in _YEAR_DETERMINERS
            and words[i + 1].isalpha()
            and any(str(year) in text for _, text in record_texts(fact))
            for i, year in years
        )

    def _holds_years(self, fact: Record) -> bool:
        """Whether a fact's own texts give every year the question names."""
        said = " ".join(text for _, text in record_texts(fact))
        return all(str(year) in said for year in self.q.year_values)

    def _in_years(self, fact: Record) -> bool:
        """Whether a fact is dated in one of the years the question names (in it, or from it
        on for "since 2015" / "after 2015")."""
        date = self.rel.date(fact) or ""
        words = self.q.words
        for i, year in self.q.years:
            since = bool({"since", "after"} & set(words[max(0, i - 2) : i]))  # "since their 2015"
            later = date[:4].isdigit() and int(date[:4]) > year
            if date.startswith(str(year)) or (since and later):
                return True
        return False

    def number(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "What did MCSC earn in 2024", "how fast did the added value grow in 2023",
        "how did the GDP share change between 2017 and 2023": a statistic's value for the year
        asked, its latest, its series, or both ends of a change."""
        pair = self._compared_pair()
        if pair is not None:  # "how did Beijing, Shanghai and Shenzhen compare with the nation"
            return self._side_by_side(*pair)
        each = self._each_organization()
        if each is not None:  # "rank CAVCA, MCSC and CWWCS by their 2024 revenue"
            return each
        listed = None
        if " - " in self.q.text:  # "Sichuan trading in 2018 - value and works registered?"
            try:
                listed = self._listed_statistics(dash=True)
            except Refused:  # the head names no statistic of its own
                listed = None
        listed = listed or self._listed_statistics()
        if listed is not None:  # "NCAC's 2023 numbers: added value, growth, GDP share?"
            return listed
        versus = self._versus_statistics()
        if versus is not None:  # "CAVCA members: how many record companies vs producers"
            return versus
        try:
            found = self._statistic() or self._statistic(loose=True)
        except Refused:  # several fit: two things asked ("revenue, and how much from karaoke")
            found = self._first_of_both()
            if found is None:
                raise
        if found is None:  # "China's 2017 GDP share, and the range for Beijing": each side's
            found = self._first_of_both()
        if found is None:
            return self._membership()
        statistic, words = found
        if self._bare_year_asked():  # "MCSC's revenue was 477 million in 2024. What was it in
            self.use(self.q.context)  # 2023?": that year's value (the scene names the figure)
            self.q = replace(  # value, not a change from the scene's year
                self.q, years=tuple((i, y) for i, y in self.q.years if i not in self.q.context)
            )
        if self._growth_of_what_unsaid(statistic, words):  # "how much has MCSC grown?"
            raise Refused(f"several growth figures of {statistic.organization} are on record")
        part = self._part_named(statistic) if self._how_much_of() else None
        if part is not None:  # "how much of CAVCA's money came from karaoke": the part
            statistic = part
        all_one = self._all_from_one(statistic)  # "CAVCA's revenue, all from karaoke?": no
        if all_one is not None:
            return all_one
        if self._one_of_joined(statistic):  # "how much did CAVCA get from broadcasting
            part = self._part_named(statistic)  # rights": karaoke and broadcasting together,
            if part is None:  # unless the part asked has a figure of its own ("from karaoke")
                together = ", ".join(
                    f"{o.value.as_written} in {o.period_text}"
                    for o in self.rel.series(statistic.id)
                )
                raise Refused(f"{ONLY_TOGETHER} ({statistic.label}: {together})")
            statistic = part
        self.use(words)
        self.use(i for m in self.mentioned("organization") for i in m.span
                 if m.best.id in self._stat_orgs(statistic))  # fmt: skip
        self.use_words(NUMBER | {"how", "many", "much", "total", "was", "were", "since", "terms"})
        self.use_words({"alone", "solely"})  # "from karaoke alone": a figure of it with more
        # is set aside (`checked`); not "Chengdu city itself", a place the figure is not of
        self.use_words(CURRENCY_WORDS if statistic.unit == "CNY" else ())  # (`checked`)
        self.use_words(NUMBER_VERBS | CLAIMED)  # "what share are they claiming"
        worded = re.findall(r"(?i)\ban?\s+(million|billion|trillion)\b", self.q.text[:_PATTERN_MAX])
        self.use_words({w.lower() for w in worded})  # "topped a billion yuan": a figure
        # stated in words, judged with the figures (`_verdict_of_numbers`)
        self.use(self._figures_of_others(statistic))  # "the added value of 8.48 trillion in
        asked = self.q.words  # "how high did the share get": how much   # 2021: what share"
        self.use(i for i, w in enumerate(asked) if w in ("high", "low") and asked[i - 1] == "how")
        self.use(j for i, w in enumerate(asked[:-1]) if w in ("put", "puts", "racked", "rack")
                 and asked[i + 1] == "up" for j in (i, i + 1))  # fmt: skip
        self.use(j for i, w in enumerate(asked[:-1]) if w == "year"  # "its change compared
                 and asked[i + 1] in ("before", "earlier") for j in (i, i + 1))  # fmt: skip
        # with the year before": a figure's growth asked beside it, which its line need not say
        series = self.rel.series(statistic.id)
        if not series:
            raise Refused(f"no value of {statistic.label} is on record")
        given_at = [e for o in series if o.event and (e := self.rel.event(o.event)) is not None]
        for place in self.q.places:  # "at the Sichuan forum, how many countries had ...": the
            if self._event_place(place) and any(_event_at(e, place.name) for e in given_at):
                self.use(place.span)  # forum it was given at, by its region
                kinds = (place.end, place.start - 2)  # "the Sichuan forum", "the forum in X"
                self.use(k for k in kinds if 0 <= k < len(self.q.words)
                         and self.q.words[k] in EVENT_KIND_WORDS)  # fmt: skip
        years = self.q.year_values
        scene = set(self.q.context)  # "By way of comparison with X, what was Y in 2017?"
        against = self._against_whole()  # "how much came from karaoke compared with the total"
        asked = self.q.words  # not "was between what?": the range asked
        ranged = {  # "between what", or a range stated ("between 9% and 12%"): not a change
            i
            for i, w in enumerate(asked)
            if w == "between"
            and (asked[i + 1 : i + 2] in ((), ("what",), ("which",), ("how",))
                 or _stated_figure(asked[i + 1 : i + 2]))
        }  # fmt: skip
        self.use(ranged)
        change = any(w in CHANGE for i, w in enumerate(asked) if i not in scene | against | ranged)
        change = change or len(years) >= 2
        if change:  # "which was higher, the share in 2021 or in 2023": both ends answer it
            self.use_words(COMPARATIVES | {"or", "which"})
        if len(years) >= 2:  # "in 2021 and in 2023, how much each year": both values
            self.use_words({"each", "every", "per", "year", "years", "respectively", "it"})
        direction = self._direction_asked()  # "did its revenue drop in 2024?"
        growth = (self._asks_growth() or direction is not None) and not self._growth_of_other(
            statistic, words
        )
        self.use(self._moved())  # "did it go up or down"
        grown = self._grown(statistic)
        base_year = any(self._since(y) for y in years)
        change = change or base_year
        if change and grown is not None and (len(years) >= 2 or base_year):
            # "how much did the added value grow since 2021": the change of what grew
            statistic, series = grown, self.rel.series(grown.id)
        elif change and len(years) < 2 and "growth" in fold(statistic.label).split():
            # "grow in 2024 compared with the year before": the growth figure is that change
            change = False
            self.use_words(CHANGE | {"year", "before", "previous", "prior", "last", "the"})
        self.cues.append("statistic")
        rate = self._growth_of(statistic) if growth and not change else None
        if rate is not None:  # "did its revenue go up or down in 2024": the article's growth
            statistic, series = rate, self.rel.series(rate.id)
        if change or (growth and "growth" not in fold(statistic.label)):
            self._stated_end(statistic.unit, series)  # "was 7.41% in 2021; and in 2023?"
            adjacent = len(years) == 2 and abs(years[0] - years[1]) == 1  # "in 2023 from 2022"
            rates = self._rate_in(statistic, years) if not base_year or adjacent else []
            other = self._other_statistic(statistic) if self._asks_both() else None
            if not rates and other is not None and other[0].unit != statistic.unit:
                # "how did the added value compare, in absolute terms and as a share of GDP":
                first, request = self._change(statistic, series, years)  # each one's change
                self.use(other[1])
                self.use_words({"and", "as"})
                second, _ = self._change(other[0], self.rel.series(other[0].id), years)
                return first + second, request
            if not rates:
                ends, request = self._change(statistic, series, years)
                told = [i for i in self.q.context if i in self.leftover()]  # "I have the 2021
                self.use(  # figure from the Shanghai report - how does 2023 compare?": the
                    i  # scene says where one end was reported
                    for i in told
                    if any(self.holds(x.kind, x.id, self.q.words[i]) for x in ends)
                )
                return ends, request
            change_lines = None  # "how did the added value change in 2023": the article's
            if not self._year_before_asked():  # growth, then ours; "against the year
                try:  # before": the article's growth alone is that change
                    change_lines, request = self._change(statistic, series, years)
                except Refused:
                    change_lines = None
            if change_lines is not None:
                lines = change_lines
            else:  # no earlier value: the figure that year beside its growth
                self.use_words(CHANGE | GROWTH | {"compare", "compared", "against", "before"})
                self.use_words({"year", "previous", "prior", "preceding", "the", "with", "to"})
                year = (rates[0].period or "")[:4]
                same = [o for o in series if (o.period or "")[:4] == year]
                lines = [self.lines.observation(o) for o in same]
                request = Request("stat", statistic.id)
            return [self.lines.observation(o) for o in rates] + lines, request
        if growth:
            self.use_words(GROWTH)
        if "growth" in fold(statistic.label).split():  # "over the previous year": year on year
            self.use_words({"over", "previous", "prior", "before", "year", "than", "compared"})
        try:
            picked, request = self._picked(statistic, series)
        except Refused:  # "7.41% of GDP in 2022, right?": the figure of another year
            moved = self._other_year_stated(statistic, series)
            if moved is None:
                raise
            return moved
        lines = [self.lines.observation(o) for o in picked]
        if years and all(o.period for o in picked) and not self.q.has(*EARLIER, "after", "next"):
            self.use_words({"year"})  # "was 2024 a record year for it", not "the year before"
        self._reporter_described(picked)  # "according to the NCAC speaker in Xiamen"
        self.use_words(REPORTING | GIVING)  # "the registration data shared by NCAC", "what
        # figure did Zhao quote"
        if self._local(statistic) and (self.q.places or self._places_asked()):  # "in places like
            self.use_words(PLACE_NOUNS | PLACE_PLURALS | {"like", "such"})  # Beijing", "which
            self.use_words({"chinese", "developed"})  # cities had a share of 9 to 12%"
        if any(o.value is not None and o.value.qualifier in BOUNDS for o in picked):
            self.use_words(PASSED)  # "what threshold did it pass": "more than 10 million"
        stated = any(self.q.words[i][:1].isdigit() for i in self.leftover())
        grew = "growth" in fold(statistic.label).split() and len(picked) == 1
        if direction is not None and grew and not stated:  # "did it drop?": no, it grew 11%
            self.use(i for i, w in enumerate(self.q.words) if w in DIRECTIONS)
            lines = [_direction_checked(lines[0], picked[0].value, direction)]
            lines += self._grown_to(statistic, picked[0])  # "No, it went up 11%", then to
            # what: 477 million
        threshold = self._threshold(statistic.unit)
        wh = re.search(r"\b(?:what|which|how|who)\b", self.q.text, re.IGNORECASE)
        premise = _thresholds(self.q.text)[:1] if threshold is not None else []
        if premise and wh is not None and premise[0].start() < wh.start():
            threshold = None  # "X was over 130m - what share of the 477m total is that?": a
            # figure stated to work from before the question, not one to check
        if threshold is not None:  # "did the ratio top 50% in 2024": yes, no or cannot tell
            pairs = zip(lines, picked, strict=True)
            lines = [_compared(line, o.value, threshold) for line, o in pairs]
        lines += self._kin_offered(statistic, picked)
        checking = self._checking() and threshold is None and len(picked) == 1
        checking = checking and not self._choices  # "7.41% or 7.14%?": the figure answers
        claim = self._claimed(statistic.unit) if checking else None
        if claim is not None:  # "MCSC earned 500 million yuan in 2024?": no, 477 million
            exact = self.q.has(*EXACTNESS)
            lines = [_checked(lines[0], picked[0].value, claim, exact=exact)]
            if grew and lines[0].text.startswith("No"):  # "up 27% y/y, right?": no, 11%,
                lines += self._grown_to(statistic, picked[0])  # and to what: 477 million
        total = self._total_asked()  # "how much from karaoke, and what was the total?"
        of_whole = against or part is not None or total or self._how_much_of()  # "how much of
        whole = self._whole_of(statistic) if of_whole else None  # CAVCA's money was karaoke"
        if whole is not None:  # the part beside the whole it is part of
            self.use(against)
            more, _ = self._picked(whole, self.rel.series(whole.id))
            lines += [self.lines.observation(o) for o in more]
            lines = self._share_first(lines, picked, more)  # "what share of its total came
            # from X": worked out from the two figures, labelled as ours
        other = self._other_statistic(statistic) if self._asks_both() else None
        if other is not None and statistic.organization not in (None, other[0].organization):
            kin = self._rest_statistic(statistic, words)  # "Sichuan copyright numbers: trading
            if kin is not None and kin[0].organization == statistic.organization:  # and
                other = kin  # registered works": Sichuan's works, not China's registrations
        other = other or self._rest_statistic(statistic, words)
        if other is not None:  # "how many record companies and sound recording producers"
            more, _ = self._picked(other[0], self.rel.series(other[0].id))
            self.use(other[1])
            self.use_words({"and"})
            more_lines = [self.lines.observation(o) for o in more]
            said = self._claimed(other[0].unit) if self._checking() and len(more) == 1 else None
            if said is not None and more[0].value is not None:  # "8.48 trillion in 2021, 7.14%
                more_lines = [_checked(more_lines[0], more[0].value, said)]  # of GDP?": each
            lines += more_lines
        claimed = [i for i in self.leftover() if self.q.words[i][:1].isdigit()]
        headed = self._figure_headed()  # "MCSC revenue 2024 - up how much?": both
        base = (
            self._grown(statistic) if growth and (self._asks_both() or claimed or headed) else None
        )
        if base is not None:  # "the added value in 2023 and how much it grew": both; "477
            base_picked, _ = self._picked(base, self.rel.series(base.id))  # million, up 11%?"
            base_lines = [self.lines.observation(o) for o in base_picked]
            said = self._claimed(base.unit) if self._checking() and len(base_lines) == 1 else None
            if said is not None:  # "477 million yuan, up 11%?": each figure checked
                base_lines = [_checked(base_lines[0], base_picked[0].value, said)]
            held = any(self.covers(x, [i]) for x in base_lines for i in claimed)
            if self._asks_both() or held or said is not None or headed:
                self.use_words({"and", "it", "its", "did"})
                self.use_words({"million", "billion", "trillion", "thousand"})  # "how many
                lines = base_lines + lines  # million yuan, and how much growth": the base's
        whole = self._whole_of(statistic) if "from" in self.q.words else None
        before = {self.q.words[i] for i in self.q.context}  # "CAVCA revenue 2024, how much
        if whole is not None and before & {"revenue", "total", "income", "earnings"}:  # from
            whole_picked, _ = self._picked(whole, self.rel.series(whole.id))  # karaoke": the
            lines += [self.lines.observation(o) for o in whole_picked]  # part, then its whole
            lines = self._share_first(lines, picked, whole_picked)  # "Of MCSC's revenue, what
            # share came from X": worked out, as ours
        given = [i for i in claimed if any(self.covers(x, [i]) for x in lines)]
        if len(lines) > 1 and given:  # each figure stated is checked by the line giving it
            self.use(given)
            self.use_words({"million", "billion", "trillion", "thousand"} | CURRENCY_WORDS)
        return lines, request

    def _share_first(
        self, lines: list[AnswerLine], part: Sequence[Observation], whole: Sequence[Observation]
    ) -> list[AnswerLine]:
        """With a share asked of a part and its whole, one figure each: the share worked out
        from the two (labelled as our calculation) before the lines; else the lines as they are."""
        shares = MEASURE_KINDS["share"] - {"part"}
        if not self.q.has(*shares) or not len(part) == len(whole) == 1:
            return lines
        share = self.lines.share(part[0], whole[0])
        if share is None:
            return lines
        self.use_words(shares | {"of", "make", "made", "up", "roughly", "about"})
        self.cues.append("our calculation")
        return [share, *lines]

    def _grown_to(self, statistic: Statistic, growth: Observation) -> list[AnswerLine]:
        """The figure a growth rate grew to, in the same year (477 million beside its 11%);
        [] when the fact base holds none."""
        base = self._grown(statistic)
        period = (growth.period or "")[:4]
        if base is None or not period:
            return []
        same = [o for o in self.rel.series(base.id) if (o.period or "")[:4] == period]
        return [self.lines.observation(o) for o in same[:1]]

    def _checking(self) -> bool:
        """Whether a question checks a figure it states ("Was it 477 million yuan?", "is it
        true that ...", "... - 7.44%? Confirm.")."""
        q = self.q
        yes_no = q.opens_yes_no
        names = self._spans()  # not the "Right" of "Australasian Performing Right Association"
        said = any(w in CHECK_WORDS and i not in names for i, w in enumerate(q.words))
        return yes_no or said or self._tagged

    def _phrase_at(self, wanted: Sequence[str]) -> int | None:
        """Where the question's words hold a phrase's words in a row, or None."""
        words, phrase = self.q.words, tuple(wanted)
        size = len(phrase)
        starts = (i for i in range(len(words) - size + 1) if words[i : i + size] == phrase)
        return next(starts, None)

    def _claimed(self, unit: str) -> Threshold | None:
        """A figure the question states for a statistic in its unit ("477 million yuan",
        "7.44%"), not a year; its words are then accounted for (`_checked` weighs it)."""
        for match in _figures_stated(self.q.text):
            if _a_year(match):
                continue
            percent = (match.group("unit") or "").lower().startswith(("%", "per"))
            scale = (match.group("scale") or "").lower()
            money = bool(match.group("money"))  # "1.7 million works": a count may be scaled
            if percent != (unit == "percent") or (money and unit != "CNY"):
                continue
            number = float(match.group("number").replace(",", "")) * _SCALES.get(scale, 1)
            wanted = words_of(match.group(0))
            at = self._phrase_at(wanted)
            if at is None:
                continue
            self.use(range(at, at + len(wanted)))
            written = (
                match.group("number") + ("%" if percent else "") + (f" {scale}" if scale else "")
            )
            return Threshold(number, "equal", written + (" yuan" if unit == "CNY" else ""))
        return None

    def _figures_of_others(self, statistic: Statistic) -> list[int]:
        """The positions of a figure the question states that is another statistic's value on
        record, of a year it names ("the added value of 8.48 trillion in 2021 - what share of
        GDP was it?"): it says which figure is meant, it is not the one checked. Not in a
        check (each figure stated is checked) nor of the statistic's growth or the figure it
        grows ("grew 11% to 477 million, what was it the year before")."""
        if self._checking() or self.asks_yes_no() or len(set(self.q.year_values)) > 1:
            return []  # (with two years named, a figure stated may be one end of a change)
        kin = (self._grown(statistic), self._growth_of(statistic))  # (a whole's figure may
        # say which part is asked: "of CAVCA's 5.1 billion, how much from karaoke")
        related = {s.id for s in kin if s is not None}
        years = {str(y) for y in self.q.year_values}
        found: list[int] = []
        for match in _figures_stated(self.q.text):
            if _a_year(match) or not (match.group("scale") or match.group("unit")):
                continue
            number = float(match.group("number").replace(",", ""))
            number *= _SCALES.get((match.group("scale") or "").lower(), 1)
            held = any(
                o.statistic != statistic.id
                and o.statistic not in related
                and (not years or o.when[:4] in years)
                and any(v is not None and abs(v - number) <= abs(number) * 0.005
                        for v in (o.value.value, o.value.low, o.value.high))
                for o in self.store.all("observation")
                if isinstance(o, Observation)
            )  # fmt: skip
            wanted = words_of(match.group(0))
            at = self._phrase_at(wanted) if held else None
            if at is not None:
                found += range(at, at + len(wanted))
        return found

    def _threshold(self, unit: str) -> Threshold | None:
        """The figure a question compares a statistic with ("did it top 50%", "more than 400
        million yuan"), in the statistic's unit; its words are then accounted for."""
        found = _thresholds(self.q.text)
        if not found:
            return None
        match = found[0]
        percent = (match.group("unit") or "").startswith(("%", "per"))
        if percent != (unit == "percent"):
            return None  # "more than 50%" of a count, or "above 400" of a share: not this
        number = float(match.group("number").replace(",", ""))
        number *= _SCALES.get((match.group("scale") or "").lower(), 1)
        wanted = words_of(match.group(0))
        words = self.q.words
        start = self._phrase_at(wanted)
        if start is None:
            return None
        self.use(range(start, start + len(wanted)))
        end = start + len(wanted)
        if start and words[start - 1] in CLIMB_WORDS:  # "climb past 15,000"
            self.use([start - 1])
        if end < len(words) and words[end] in PEOPLE_NOUNS | {"members"}:
            self.use([end])  # "more than 150 people": what the figure counts
        said = match.group("word").lower().split()
        word = said[-1] if said[-1] == "least" else said[0]
        direction = "below" if word in _BELOW else "reach" if word in _REACH else "above"
        scale = (match.group("scale") or "").lower()
        written = match.group("number") + ("%" if percent else "") + (f" {scale}" if scale else "")
        written += " yuan" if unit == "CNY" else ""
        return Threshold(number, direction, written)

    def _membership(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "what is CAVCA's membership made up of" when the fact base counts the
        organization's members only by kind (record companies, producers): every such count,
        in the year asked or latest; None for no such counts, or for "how many members" (a
        total, which the counts by kind do not give)."""
        q = self.q
        orgs = [m for m in self.mentioned("organization") if not self._as_source(m)]
        if len(orgs) != 1 or not q.has("members", "membership", "member"):
            return None
        counts = [
            s for s in self.store.all("statistic")
            if isinstance(s, Statistic) and orgs[0].best.id in self._stat_orgs(s)
            and {"members", "membership"} & set(fold(s.label).split())
        ]  # fmt: skip
        total = False  # "how many members": a total, which no count by kind gives; the
        if self._how_many():  # counts by kind, said to be no total, unless kinds are named
            org_words = set(fold(" ".join(self._names_of(orgs[0].best.id))).split())
            plain = STOP | org_words | {"members", "membership", "among", "of"}
            kinds = [{stem(w) for w in fold(s.label).split() if w not in plain} for s in counts]
            asked = {stem(w) for w in q.words}  # ("how many record companies and producers")
            named = [s for s, k in zip(counts, kinds, strict=True) if k & asked]
            total = not named and not set(q.words) & set().union(*kinds, set())
            counts = counts if total else named
            self.use(i for i, w in enumerate(q.words) if stem(w) in set().union(*kinds))
            self.use_words({"how", "many", "and"})
        if len(counts) < 2:
            return None  # one count is found by its words (`_statistic`)
        self.use(orgs[0].span)
        self.use_words({"members", "member", "membership", "made", "make", "up", "of", "what"})
        self.use_words({"have", "has", "does", "do", "consist", "consists", "comprise"})
        self.use_words({"composed", "composition", "breakdown", "terms", "how", "is", "in"})
        self.cues.append("statistic")
        lines: list[AnswerLine] = []
        for statistic in counts:
            picked, _ = self._picked(statistic, self.rel.series(statistic.id))
            lines += [self.lines.observation(o) for o in picked]
        if total:  # "how many members does CAVCA have": no total is on record; its counts
            near = "; ".join(line.text for line in lines)  # by kind are near, not the answer
            raise Refused(f"no total of members is on record, only counts by kind ({near})")
        return lines, Request("org", orgs[0].best.id)

    def _other_year_stated(
        self, statistic: Statistic, series: Sequence[Observation]
    ) -> tuple[list[AnswerLine], Request] | None:
        """Checks a figure stated for a year the statistic has no value for ("the copyright
        industry was 7.41% of GDP in 2022, right?"): "Not as the article gives it" with the one
        value on record that is that figure, of its own year; None unless the question checks
        one figure for one year and exactly one value fits it."""
        years = set(self.q.year_values)
        if len(years) != 1 or not (self._checking() or self.asks_yes_no()):
            return None
        levels = [m for m in _thresholds(self.q.text) if m.group("word").lower() not in _REACH]
        if levels:  # "was it above 4 billion in 2023 too?": a level asked of that year, not
            return None  # a figure said to be of it ("reached 8.48 trillion in 2022" is one)
        claim = self._claimed(statistic.unit)
        if claim is None:
            return None
        fits = []  # the values on record that are the figure stated
        for o in series:
            line = self.lines.observation(o)
            if _checked(line, o.value, claim).text.startswith("Yes"):
                fits.append((o, line))
        if len(fits) != 1 or not fits[0][0].period:
            return None
        observation, line = fits[0]
        self.use(range(len(self.q.words)))
        self.cues += ["checked"]
        verdict = (  # not "No": what the figure was that year is not on record either
            f"Not as the article gives it (our reading: it gives {claim.written} for "
            f"{observation.period_text} and no figure for {next(iter(years))})"
        )
        return [replace(line, text=f"{verdict}: {line.text}")], Request("stat", statistic.id)

    def _picked(
        self, statistic: Statistic, series: Sequence[Observation]
    ) -> tuple[list[Observation], Request]:
        """The observations of the years asked, else the latest asked for, else all (latest
        first), with the `stat` command line that shows them."""
        years = self.q.year_values
        if years:
            picked = [o for o in series if (o.period or "")[:4] in {str(y) for y in years}]
            undated = all(not o.period for o in series)  # "stable above 11%", as of 2021
            if not picked and (self._year_of_report() or undated):  # "according to the 2021
                picked = [o for o in series if not o.period and o.when[:4] == str(years[-1])]
                if picked:  # training": a value reported then (its line says so)
                    return picked, Request("stat", statistic.id)
            if not picked and self._by_early():  # "by early 2025": the value reported then
                picked = [o for o in series if self._reported_on(o)[:4] == str(years[-1])]
                if picked:  # (its line gives the period it is of)
                    at = self.q.years[-1][0]
                    self.use(i for i in range(at - 3, at) if self.q.words[i] in EARLY_WORDS)
                    return picked, Request("stat", statistic.id)
            if not picked:
                known = ", ".join(dict.fromkeys(o.period_text for o in series))
                raise Refused(f"{statistic.id} has no value for {years[-1]}; it has {known}")
            held = {(o.period or "")[:4] for o in picked} | {o.when[:4] for o in series}
            unheld = [y for y in dict.fromkeys(years) if str(y) not in held]
            if unheld:  # "in 2016, and how did that compare with 2017": half an answer
                known = ", ".join(dict.fromkeys(o.period_text for o in series))
                raise Refused(f"{statistic.id} has no value for {unheld[0]}; it has {known}")
            return picked, Request("stat", statistic.id, year=years[-1])
        if self.q.latest:
            return list(series[-1:]), Request("stat", statistic.id, latest=True)
        self.use_words(SERIES_WORDS)  # "over time", "every year the articles report"
        return list(reversed(series)), Request("stat", statistic.id)

    def _growth_of(self, statistic: Statistic) -> Statistic | None:
        """The growth statistic of a statistic ("Year-on-year growth of MCSC total licensing
        revenue" of "MCSC total licensing revenue"); None when the fact base has none."""
        if "growth" in fold(statistic.label).split():
            return None
        for other in self.store.all("statistic"):
            if isinstance(other, Statistic) and self._grown(other) == statistic:
                return other
        return None

    def _compared_pair(
        self,
    ) -> tuple[tuple[Statistic, list[int]], tuple[Statistic, list[int]]] | None:
        """Two statistics in one unit on either side of "compare (with)", "versus" or
        "against", each named by its side's words alone; None otherwise (one statistic's
        change over time is `_change`)."""
        words = self.q.words
        begins = self.q.begins  # "For a compare-and-contrast: how did A compare with B"
        versus = [i for i, w in enumerate(words) if w in ("versus", "vs", "against")]
        proper = set(words[begins:]) - STOP - COMPARATIVES - {"much", "roughly", "about", "by"}
        orgs = [m for m in self.mentioned("organization") if m.end <= begins]
        between = (
            tuple(w for w in words[orgs[0].end : orgs[1].start] if w != "the")
            if len(orgs) == 2
            else ()
        )  # "MCSC vs the written works society, who made more"
        named = self.mentioned("organization")
        if len(orgs) != 2 and len(named) == 2:  # "MCSC and CWWCS 2024 licensing revenue,
            orgs = named  # which one is more?": the two named are the sides
        joined = (
            len(orgs) == 2
            and tuple(w for w in words[orgs[0].end : orgs[1].start] if w != "the") == ("and",)
            and self.q.has(*COMPARATIVES)
            and bool({"which", "who", "whose"} & set(words[begins:]))
        )
        pair = between in (("or",), ("vs",), ("versus",)) or joined
        if begins and (not proper or pair):  # "MCSC vs CWWCS revenue in 2024 - who's bigger?",
            begins = 0  # "MCSC or CAVCA, which brought in more?": the scene holds the sides
        at = [i for i in versus if i >= begins]
        if not at and joined:
            at = [i for i in range(orgs[0].end, orgs[1].start) if words[i] == "and"][:1]
        lead = begins > 1 and words[0] == "compared" and words[1] in ("to", "with")  # "Compared
        # to the national level in 2017, which percentage reached Beijing": the lead's figure
        at = at or [
            i
            for i, w in enumerate(words)
            if w in ("compare", "compared", "comparison") and (i >= begins or lead)
        ]
        if not at and self.q.has(*COMPARATIVES):  # "which was bigger, MCSC's revenue or CWWCS's"
            tags = (("yes", "or", "no"), ("true", "or", "false"))  # not ", true or false?"
            at = [i for i, w in enumerate(words)
                  if w == "or" and i >= begins and words[i - 1 : i + 2] not in tags]  # fmt: skip
            at = (
                at
                or [  # "did CAVCA earn more (money) than MCSC"
                    i
                    for i, w in enumerate(words)
                    if w == "than"
                    and i >= begins
                    and set(words[max(0, i - 3) : i]) & COMPARATIVES
                    and not _stated_figure(words[i + 1 : i + 2])  # "more than 7 percent"
                ]
            )
        sides: list[Sequence[int]]
        national = self._national_side(begins)
        if national is not None and not at:  # "how far above the national average were
            sides = [[i for i in range(len(words)) if i not in national], national]  # Beijing
        elif len(at) != 1 or self._asks_growth():  # ...": the places' figure, the nation's
            return None
        else:
            sides = [range(0, at[0]), range(at[0] + 1, len(words))]
        if at and lead and at[0] == 0:  # the question proper against its lead
            sides = [range(begins, len(words)), range(1, begins)]
        years = {i for i, _ in self.q.years}
        plain = STOP | CHANGE | NUMBER | COMPARATIVES | {"change", "changed"} | POINT_WORDS  # "with
        # 2021 in points", "vs 2023, which was bigger": a year, not a second figure
        if any(all(words[i] in plain or i in years for i in side) for side in sides):  # points"
            return None  # "MCSC's revenue in 2024 compared with 2023": one figure's change
        left, right = (self._quiet_statistic(side, apart=True) for side in sides)
        names = {i for m in self.mentioned("organization") for i in m.span}
        names |= {i for p in self.q.places for i in p.span}
        if left is None and right is None and at:  # "places like Beijing compare to the country
            whole = set(range(len(words))) - {at[0]}  # for share": one side's words, both
            first = self._quiet_statistic(whole, apart=True)
            if first is not None:
                left = first if min(first[1], default=at[0]) < at[0] else None
                right = first if left is None else None
        if left is None and right is None:  # "how did Beijing, Shanghai and Shenzhen compare
            left = self._of_places(sides[0])  # to the national figure": the places' figure
        if left is not None and right is None:  # "MCSC's revenue compared with the CWWCS's"
            more = {*sides[1], *(set(left[1]) - names)}
            kin = self._national_kin(left[0], sides[1])  # "above the national figure": the
            if national is not None and kin is not None and not at:  # same measure, the
                right = kin  # whole country's
            right = right or self._quiet_statistic(more, apart=True, other_than=left[0].id)
            right = right or kin  # "compare to the
            # national number": the same measure for the whole country
        elif right is not None and left is None:
            more = {*sides[0], *(set(right[1]) - names)}
            left = self._quiet_statistic(more, apart=True, other_than=right[0].id)
        if left is None or right is None or left[0].id == right[0].id:
            return None
        idle = STOP | COMPARATIVES | CHANGE | NUMBER | NUMBER_VERBS | {"one", "ones", "or"}
        idle |= {"part", "portion", "slice", "chunk", "they", "them", "it", "compare", "fee"}
        same = left[0].organization is not None and left[0].organization == right[0].organization
        for side, found in zip(sides, (left, right), strict=True):
            own = {i for i in side if words[i] not in idle and i not in years}
            if same and not own <= set(found[1]):  # "the music society or the written works
                return None  # one": not two figures of the music society
        return (left, right) if left[0].unit == right[0].unit else None

    def _national_side(self, begins: int) -> list[int] | None:
        """The words "above the national average" ("how far above the national average were
        Beijing, Shanghai and Shenzhen"): a side set against the whole country, from "above",
        "below", "ahead of" or "behind" through the words for the nation; None without one."""
        words = self.q.words
        nation = {"national", "nationally", "nationwide", "country", "country's", "nation"}
        tail = nation | {"the", "average", "level", "figure", "rate", "as", "a", "whole", "of"}
        found = [
            i for i, w in enumerate(words)
            if w in ("above", "below", "ahead", "behind") and i >= begins
            and nation & set(words[i + 1 : i + 4])
        ]  # fmt: skip
        if len(found) != 1:
            return None
        end = found[0] + 1
        while end < len(words) and words[end] in tail:
            end += 1
        return list(range(found[0], end))

    def _org_sides(self, orgs: Sequence[Mention]) -> list[list[int]]:
        """Each body's own words in a comparison ("CAVCA's 2024 revenue | than MCSC's 2024
        licensing revenue"): from the word that joins it to the body before (or the start)
        up to the one joining the next, names left out."""
        words = self.q.words
        joins = {"than", "vs", "versus", "and", "or", "against", "compared", "to", "with"}
        bounds = [0]
        for a, b in pairwise(sorted(orgs, key=lambda m: m.start)):
            between = [j for j in range(a.end, b.start) if words[j] in joins]
            bounds.append(between[-1] if between else b.start)
        bounds.append(len(words))
        names = {i for m in orgs for i in m.span}
        order = sorted(range(len(orgs)), key=lambda k: orgs[k].start)
        sides: list[list[int]] = [[] for _ in orgs]
        for rank, k in enumerate(order):
            sides[k] = [i for i in range(bounds[rank], bounds[rank + 1]) if i not in names]
        return sides

    def _national_kin(
        self, statistic: Statistic, side: Sequence[int]
    ) -> tuple[Statistic, list[int]] | None:
        """With words for the whole country on one side ("the national number"): the
        statistic of China as a whole, in the same unit, that measures what a statistic of
        some places measures (the share of GDP for China beside that of Beijing, Shanghai and
        Shenzhen); None when the side has no such word or no one statistic fits."""
        words = self.q.words
        national = [i for i in side if words[i] in NATIONAL]
        if not national or fold(statistic.subject) in ("china", "chinese"):
            return None
        measures = set(self._measure_words(statistic))
        kin = [
            s
            for s in self.store.all("statistic")
            if isinstance(s, Statistic)
            and s.id != statistic.id
            and s.unit == statistic.unit
            and fold(s.subject) in ("china", "chinese")
            and len(set(self._measure_words(s)) & measures) >= KIN_MEASURES
        ]
        return (kin[0], national) if len(kin) == 1 else None

    def _of_places(self, side: Sequence[int]) -> tuple[Statistic, list[int]] | None:
        """The one statistic whose subject is the places a side of a comparison names and
        nothing else ("how did Beijing, Shanghai and Shenzhen compare ..."); None otherwise."""
        q = self.q
        places = [p for p in q.places if p.start in side]
        if not places or any(
            q.words[i] not in STOP and not any(i in p.span for p in places) for i in side
        ):
            return None
        found = [
            s
            for s in self.store.all("statistic")
            if isinstance(s, Statistic) and all(fold(p.name) in fold(s.subject) for p in places)
        ]
        spans = [i for p in places for i in p.span]
        return (found[0], spans) if len(found) == 1 else None

    def _each_organization(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "rank CAVCA, MCSC and CWWCS by their 2024 revenue", "compare the revenue of
        MCSC and CWWCS": each organization's own statistic for what is asked (one unit), its
        value at the time asked, largest first when a ranking is asked; None unless three or
        more organizations (or "rank") are named and each has such a statistic."""
        q = self.q
        orgs = list({m.best.id: m for m in self.mentioned("organization")}.values())
        ranked = q.has(*RANKING)
        summed = q.has(*SUMMING)  # "total the 2024 revenues of MCSC, CAVCA and CWWCS"
        apart = q.has(*DIFFERING) and len(orgs) == 2  # "difference between MCSC and CWWCS"
        times = q.has("times") and len(orgs) == 2  # "how many times larger was MCSC's"
        apart = apart and not times
        worked = summed or apart or times
        if len(orgs) < 2 or (len(orgs) < 3 and not (ranked or worked)) or self.mentioned("person"):
            return None
        names = {i for m in orgs for i in m.span}
        rest = [i for i in range(len(q.words)) if i not in names]
        found: list[tuple[Statistic, list[int]]] = []
        for m, own in zip(orgs, self._org_sides(orgs), strict=True):
            one = self._quiet_statistic({*m.span, *own}, apart=True)  # "CAVCA's revenue than
            if one is None or m.best.id not in self._stat_orgs(one[0]):  # MCSC's licensing
                one = self._quiet_statistic({*m.span, *rest}, apart=True)  # revenue": each by
            if one is None or m.best.id not in self._stat_orgs(one[0]):  # its own words first
                return None
            found.append(one)
        if len({s.unit for s, _ in found}) != 1:
            return None
        picked = [self._picked(s, self.rel.series(s.id))[0] for s, _ in found]
        if not all(picked):
            return None
        self.use(names)
        self.use(i for _, covered in found for i in covered)
        self.use_words(RANKING | CHANGE | NUMBER | COMPARATIVES | {"by", "their", "its", "each"})
        self.use_words({"and", "of", "how", "did", "does", "do", "with", "to", "which", "one"})
        pairs = [(o, s) for obs, (s, _) in zip(picked, found, strict=True) for o in obs]
        if ranked:  # largest first, by the value as stored (a bound counts at its bound)
            pairs.sort(key=lambda p: -(p[0].value.value or p[0].value.high or 0))
            self.cues.append("ranked by value (our ordering)")
        self.cues += ["statistic", "compared"]
        lines = [self.lines.observation(o) for o, _ in pairs]
        if worked:  # the sum or the gap, worked out from the figures as written, and labelled
            each = [o for o, _ in pairs]
            if len(each) != len(orgs):  # one figure a body, or the arithmetic is not ours to do
                raise Refused("it asks for a sum or a difference of figures given per period")
            line = self.lines.ratio(*each) if times else self.lines.worked(each, total=summed)
            if line is None:
                raise Refused("the figures' hedges leave no single number to work out")
            self.use_words(SUMMING | DIFFERING | {"between", "up", "in", "yuan", "times", "many"})
            self.use_words({"billion", "million", "trillion", "bn", "mn", "mln", "rmb"})  # "in bn"
            self.cues.append("our calculation")
            lines = [line, *lines]
        return lines, Request("stat", found[0][0].id)

    def _side_by_side(
        self, first: tuple[Statistic, list[int]], second: tuple[Statistic, list[int]]
    ) -> tuple[list[AnswerLine], Request]:
        """Each of two statistics' values at the time asked (or their latest), the first
        named first: the reader compares them (`_change` is one statistic over time)."""
        self.use([*first[1], *second[1]])
        self.use_words(CHANGE | NUMBER | {"how", "did", "does", "do", "and", "with", "to"})
        self.use_words({"like", "such", "as", "figure", "figures"} | PLACE_PLURALS)  # "places
        # like X", "cities like X"
        self.use_words(COMPARATIVES | {"or", "which", "who", "one", "against", "comparison"})
        self.use_words({"part", "portion", "slice", "chunk", "they", "them", "it", "level"})
        self.use_words({"whole", "entire", "high", "low", "big", "large", "small"} | NUMBER_VERBS)
        picks = [self._picked(s, self.rel.series(s.id))[0] for s, _ in (first, second)]
        periods = {o.period for o in picks[0]}
        same = [o for o in picks[1] if o.period in periods]
        if not self.q.years and len(periods) == 1 and same:  # "the share in developed
            picks[1] = same  # regions against the national figure": the nation's that year
        sides = [[self.lines.observation(o) for o in picked] for picked in picks]
        self.cues += ["statistic", "compared"]
        verdict = self._than_verdict(sides[0], sides[1])
        if verdict is not None:
            self.cues.append("checked")
            sides[0] = [verdict]
        return [*sides[0], *sides[1]], Request("stat", first[0].id)

    def _than_verdict(
        self, first: Sequence[AnswerLine], second: Sequence[AnswerLine]
    ) -> AnswerLine | None:
        """For a yes-or-no question of two figures ("did CAVCA earn more than MCSC in 2024",
        "was MCSC's revenue lower than CAVCA's"), the first figure's line with our verdict
        ("Yes: ... , more than 477 million yuan (our comparison)"), or that the figures as
        written cannot tell; None for any other question, or unless each side has one
        figure."""
        q = self.q
        greater = q.has(*MORE_WORDS, *_ABOVE_WORDS)  # "was Beijing's share below the national
        lesser = q.has(*LESS_WORDS, *_BELOW_WORDS)  # average?": a level, as "lower than" is
        if not self.asks_yes_no() or greater == lesser or len(first) != 1 or len(second) != 1:
            return None
        a, b = first[0], second[0]
        if a.value is None or b.value is None or a.value.unit != b.value.unit:
            return None
        if _bounds(a.value) is None or _bounds(b.value) is None:
            return None
        larger = _larger(a.value, b.value)
        if larger is None:
            note = (  # "more than 23 million" has no upper end to compare
                "the figures as written cannot tell which is larger (the other is given as "
                f"'{b.value.as_written}')"
            )
            return replace(a, text=f"{a.text}; {note} (our comparison)")
        said = "more than" if larger else "less than"
        word = "Yes" if larger == greater else "No"
        return replace(a, text=f"{word}: {a.text}, {said} {b.value.as_written} (our comparison)")

    def _year_before_asked(self) -> bool:
        """Whether a figure is asked against the year before ("its change compared with the
        year before", "vs the previous year"): the year's own growth, not a change since an
        earlier year on record."""
        words = self.q.words
        return any(
            w == "year" and words[i + 1] in ("before", "earlier") and words[i - 1] == "the"
            for i, w in enumerate(words[:-1])
            if i
        ) or re.search(_AGAINST_YEAR_BEFORE, self.q.text[:_PATTERN_MAX]) is not None

    def _rate_in(self, statistic: Statistic, years: Sequence[int]) -> list[Observation]:
        """The article's own growth figure of a statistic for the one year asked, or with no
        year for its latest ("4.52% year on year in 2023"); [] when the fact base has none."""
        after = len(years) == 2 and abs(years[0] - years[1]) == 1  # "2024 compared with 2023"
        rate = self._growth_of(statistic) if len(years) <= 1 or after else None
        dated = [o.period[:4] for o in self.rel.series(statistic.id) if o.period]
        year = str(max(years)) if years else max(dated, default="")
        if rate is None or not year:
            return []
        return [o for o in self.rel.series(rate.id) if (o.period or "")[:4] == year]

    def _direction_asked(self) -> str | None:
        """In a yes-or-no question, the one way it asks whether a figure moved: "up" ("did
        its revenue rise in 2024?") or "down" ("... dropped in 2024, right?"); None when it
        asks both ways ("up or down") or neither."""
        words = set(self.q.words)
        if not self.asks_yes_no():
            ands = [i for i, w in enumerate(self.q.words) if w == "and"]
            tail = self.q.words[ands[-1] + 1 :] if ands else ()
            if not (tail[:1] and tail[0] in YES_NO and tail[1:2] and tail[1] in _LEANS_ON):
                return None  # "how much did MCSC bring in, and was that up?": the tail asks
            words = set(tail)
        if any(_stated_figure([w]) for w in self.q.words):
            return None  # "did membership climb past 20,000": a figure checked
        up, down = bool(words & DIRECTIONS_UP), bool(words & DIRECTIONS_DOWN)
        if up == down:
            return None
        return "up" if up else "down"

    def _asks_growth(self) -> bool:
        """Whether the question asks how a figure grew: a word for growth, or "did it go up or
        down"."""
        words = self.q.words
        scene = set(self.q.context)  # "Ms Zhao said exports keep growing. What share ...?":
        if set(self.q.asked) & {"it", "that", "this", "rate", "figure", "pace"}:  # the scene
            scene = set()  # says it grows; "MCSC's growth was strong. What was it?" asks it
        yoy = any(words[i : i + 3] == ("year", "on", "year") for i in range(len(words)))
        grows = any(w in GROWTH for i, w in enumerate(words) if i not in scene)
        return grows or bool(self._moved()) or yoy

    def _growth_of_other(self, statistic: Statistic, named: Collection[int]) -> bool:
        """Whether the growth a question asks is a second figure's own ("MCSC's live
        performance revenue, and database growth?"): every word for growth is among the words
        naming a growth figure asked beside the first."""
        if not self._asks_both():
            return False
        growing = {i for i, w in enumerate(self.q.words) if w in GROWTH}
        other = self._other_statistic(statistic) or self._rest_statistic(statistic, named)
        if not growing or other is None or not growing <= set(other[1]):
            return False
        years = {i for i, _ in self.q.years}
        own = [  # "database growth": named by a word of its own, not "growth rate" alone
            i
            for i in set(other[1]) - growing - set(named) - years
            if self.q.words[i] not in STOP | {"rate", "year", "on", "annual"}
        ]
        return bool(own) and "growth" in fold(other[0].label).split()

    def _succeeded(self) -> set[str]:
        """The people a "who" question asks about the one before or after ("who was director
        before Liu Hua took over", "who succeeded X"): the answer is never one of them."""
        q = self.q
        if not q.has("who", "whom"):
            return set()
        words = q.words
        after = {"successor", "successors", "predecessor", "predecessors"}
        return {
            rid
            for m in self.mentioned("person")
            if (m.start and words[m.start - 1] in SUCCESSION)
            or (m.start > 1 and words[m.start - 1] == "of" and words[m.start - 2] in after)
            or bool(set(words[m.end : m.end + 1]) & after)  # "the successor of X", "X's successor"
            for rid in m.ids("person")
        }

    def _said_figure(self) -> bool:
        """Whether a question asks what figure someone gave ("what did Guan Jun say the added
        value was", "what did she say its share is"): "say" then "was" or "is" after it."""
        words = self.q.words
        says = [i for i, w in enumerate(words) if w in ("say", "said", "says")]
        return bool(says) and any(w in ("was", "were", "is", "are") for w in words[says[0] + 2 :])

    def _stated_end(self, unit: str, series: Sequence[Observation]) -> None:
        """Accounts for a figure the question states for one end of a change when it is the
        value on record ("the share was 7.41% in 2021, what was it in 2023"); a figure that is
        not stays unaccounted for, and the answer is refused."""
        before = set(self.used)
        claim = self._claimed(unit)
        values = {o.value.value for o in series if o.value is not None}
        if claim is None or claim.number not in values:
            self.used = before
            for number in re.findall(r"(?<![\w.])\d+\.\d+(?![\w.])", self.q.text):  # "I have
                at = self._phrase_at(words_of(number))  # 7.35 for one of them"
                if float(number) in values and at is not None:
                    self.use(range(at, at + len(words_of(number))))

    def _moved(self) -> list[int]:
        """The positions of "go up (or down)", "went down" and the like."""
        words = self.q.words
        goes = ("go", "went", "gone", "goes", "going", "trending", "trend", "trended", "heading")
        moved = [i for i in range(len(words) - 1) if words[i] in goes and words[i + 1] in MOVES]
        by = [  # "up 11%", "how much was it up": a change by so much
            i
            for i, w in enumerate(words)
            if w in MOVES and (
                (i + 1 < len(words) and words[i + 1][:1].isdigit())
                or (i and words[i - 1] in ("it", "they") and i + 1 == len(words))
                or (w in ("up", "down") and "how" in words[:i] and not words[i - 1].endswith("ed")
                    and {"was", "were", "is", "are"} & set(words[words.index("how") : i])
                    and words[i + 1 : i + 2] in _BY_AFTER)
            )  # "how much was MCSC's revenue up on the year before", not "how many had it
            # signed up"
        ]  # fmt: skip
        found = [i for i, w in enumerate(words) if moved and (w in MOVES or w == "or" or w in goes)]
        either = [  # "did the share rise or fall", "increase or decrease"
            j
            for i in range(len(words) - 2)
            if words[i] in RISES | FALLS | MOVES
            and words[i + 1] == "or"
            and words[i + 2] in RISES | FALLS | MOVES
            for j in (i, i + 1, i + 2)
        ]  # "... in 2023 - up or down?"
        return sorted({*found, *by, *either})

    def _reported_on(self, observation: Observation) -> str:
        """The date a value was reported: its own, else that of the event it was given at."""
        event = self.rel.event(observation.event) if observation.event else None
        return observation.reported or (event.start if event else None) or ""

    def _by_early(self) -> bool:
        """Whether the last year named is the start of a year a figure stood at ("by early
        2025", "as of early 2025", "at the start of 2025")."""
        words = self.q.words
        if not self.q.years:
            return False
        at = self.q.years[-1][0]
        before = words[max(0, at - 3) : at]
        return "early" in before[-1:] or before[-2:] in (("start", "of"), ("beginning", "of"))

    def _year_of_report(self) -> bool:
        """Whether the year named is that of an event or article ("according to the 2021
        training", "the 2019 interview"), so a value reported then with no period answers."""
        reports = set(EVENT_KIND_WORDS) | {"article", "report", "interview", "meeting"}
        return bool(self._years_before(reports))

    def _other_statistic(self, first: Statistic) -> tuple[Statistic, list[int]] | None:
        """With two things asked, joined by "and": a second statistic that one side of the
        "and" names by itself while the first statistic is named by the other side."""
        for pair in self._statistic_pairs():
            if first.id in (pair[0][0].id, pair[1][0].id):
                return pair[1] if pair[0][0].id == first.id else pair[0]
        return None

    def _rest_statistic(
        self, first: Statistic, named: Collection[int] = ()
    ) -> tuple[Statistic, list[int]] | None:
        """Two figures asked one after the other ("CAVCA membership record companies sound
        recording producers"): a second statistic named by the words the first leaves
        unaccounted for (together), with the fewest words around them; else by them and the
        words that named the first (``named``: "CAVCA members - how many record companies and
        producers": CAVCA's producers)."""
        left = self.leftover()
        size = len(self.q.words)
        if not left or left != list(range(left[0], left[-1] + 1)):
            return None
        spans = sorted(
            (range(a, b) for a in range(left[0] + 1) for b in range(left[-1] + 1, size + 1)),
            key=len,
        )
        for span in spans:  # the fewest words around them that name a statistic
            other = self._quiet_statistic(span)
            if other is not None and other[0].id != first.id and set(left) <= set(other[1]):
                return other
        if named:
            other = self._quiet_statistic({*left, *named}, other_than=first.id)
            if other is not None and set(left) <= set(other[1]):
                return other
        return None

    def _first_of_both(self) -> tuple[Statistic, list[int]] | None:
        """With two things asked, joined by "and", each side naming its own statistic: the
        first side's (`_other_statistic` then finds the second's); None otherwise."""
        pairs = self._statistic_pairs()
        return pairs[0][0] if pairs else None

    def _statistic_pairs(
        self,
    ) -> list[tuple[tuple[Statistic, list[int]], tuple[Statistic, list[int]]]]:
        """For each "and" joining two things asked, the two different statistics its sides
        name, each by itself."""
        pairs = []
        places = self.q.places
        ands = self._ands()
        if len(ands) > _MOST_ANDS:  # "revenue and revenue and ...": no two things asked
            return []
        for i in ands:
            sides = (range(0, i), range(i + 1, len(self.q.words)))
            left, right = (self._quiet_statistic(side, sided=True) for side in sides)
            apart = bool(places) and any(not all(p.start in side for p in places) for side in sides)
            apart = apart or (  # "..., and what about the big cities?": places unnamed
                bool(PLACE_PLURALS & set(self.q.words[i + 1 :]))
                and not PLACE_PLURALS & set(self.q.words[:i])
            )
            if apart and not (left and right and left[0].id != right[0].id):
                # "China's share in 2017, and for places like Beijing?": each side's places
                left, right = (self._quiet_statistic(side, apart=True) for side in sides)
                if left and right is None:  # "..., and in cities like Shanghai": the same
                    right = self._placed_kin(left, sides)  # measure of the places named
            leans = {"it", "its", "they", "their", "that", "this"} & set(self.q.words[i + 1 :])
            if left and leans:  # "how big is MCSC's membership, and how fast has it grown":
                kin = self._quiet_statistic(  # what "it" is, the left's
                    {*sides[1], *left[1]}, other_than=left[0].id, sided=True
                )
                right = kin if kin is not None and set(sides[1]) & set(kin[1]) else right
            if left and right and left[0].id != right[0].id:
                pairs.append((left, right))
        return pairs

    def _placed_kin(
        self, left: tuple[Statistic, list[int]], sides: tuple[range, range]
    ) -> tuple[Statistic, list[int]] | None:
        """With "and" before words naming only places ("the share in 2017, and in cities like
        Shanghai"): the statistic that measures what the left side's does, of those places;
        None when the right side names more than places."""
        q = self.q
        placed = {i for p in q.places for i in p.span}
        plain = STOP | PLACE_NOUNS | PLACE_PLURALS | PLACE_EPITHETS | {"like", "such"}
        plain |= REPORTING | FIGURE_NOUNS | {"range", "ranges", "value", "values"}
        plain |= HOW_BIG | {"how", "high", "big", "large", "much", "what", "about"}
        # "and the range given for Beijing, Shanghai and Shenzhen", "and how high in Beijing":
        # the same measure there
        plural = {i for i in sides[1] if q.words[i] in PLACE_PLURALS}  # "and the big cities?"
        if not (placed | plural) & set(sides[1]) or not all(
            i in placed or q.words[i] in plain for i in sides[1]
        ):
            return None  # "..., and who gave the figure": no places, no figure of theirs
        if not placed & set(sides[1]):  # places unnamed: the one local figure of the measure
            local = [s for s in self._kin(left[0]) if self._local(s)]
            return (local[0], sorted(plural)) if len(local) == 1 else None
        measure = {i for i in left[1] if i not in placed}
        found = self._quiet_statistic({*sides[1], *measure}, apart=True, other_than=left[0].id)
        if found is not None:
            return found
        named = [p for p in q.places if p.start in sides[1]]  # "for Beijing and Shenzhen": the
        kin = [  # figure of the places named, of them all
            s
            for s in self._kin(left[0])
            if named and all(fold(p.name) in fold(s.subject) for p in named)
        ]
        spans = [i for p in named for i in p.span]
        return (kin[0], spans) if len(kin) == 1 else None

    def _kin(self, statistic: Statistic) -> list[Statistic]:
        """The other statistics in the same unit that measure what a statistic does (the
        regional GDP share beside China's)."""
        measures = set(self._measure_words(statistic))
        return [
            s
            for s in self.store.all("statistic")
            if isinstance(s, Statistic)
            and s.id != statistic.id
            and s.unit == statistic.unit
            and len(set(self._measure_words(s)) & measures) >= KIN_MEASURES
        ]

    def _quiet_statistic(
        self,
        within: Collection[int],
        *,
        apart: bool = False,
        other_than: str = "",
        sided: bool = False,
    ) -> tuple[Statistic, list[int]] | None:
        try:
            return self._statistic(
                within=within, apart=apart, other_than=other_than, sided=sided
            ) or self._statistic(
                within=within, loose=True, apart=apart, other_than=other_than, sided=sided
            )
        except Refused:
            return None

    def _figure_headed(self) -> bool:
        """Whether a figure is named before a dash or colon and its growth asked after it
        ("MCSC licensing revenue 2024 - up how much?"): the figure, then how it grew."""
        bare = not set(self.q.words) & QUESTION_WORDS and not self.q.opens_yes_no
        if bare and re.search(r"(?i)\s(?:yoy|y/y|y-o-y)\W*$", self.q.text):
            return True  # "added value 2023 yoy": the figure with its growth, tersely
        head = re.split(r":|\s[-\u2013\u2014]+\s", self.q.text, maxsplit=1)
        if len(head) < 2:  # no head before the question
            return False
        before, after = words_of(head[0]), set(words_of(head[1]))
        growing = GROWTH | {"up", "grow", "grew", "growth", "rise", "rose"}
        return (
            len([w for w in before if w not in STOP]) >= 2
            and not set(before) & growing
            and bool(after & growing)
        )

    def _asks_both(self) -> bool:
        """Whether the question asks two things joined by "and" (see `_ands`)."""
        return bool(self._ands())

    def _ands(self) -> list[int]:
        """The positions of the "and"s that join two things asked: not inside a name, not
        between two years ("between 2017 and 2023")."""
        q = self.q
        names = {i for m in q.mentions for i in m.span}
        years = {i for i, _ in q.years}
        return [
            i
            for i, w in enumerate(q.words)
            if w == "and" and i not in names and not (i - 1 in years and i + 1 in years)
        ]

    def _grown(self, statistic: Statistic) -> Statistic | None:
        """The statistic a growth statistic is the growth of ("Year-on-year growth of the
        added value of ..." of "Added value of ..."), by their labels; None when none is."""
        label = fold(statistic.label)
        lead = r"(?:year on year |annual |average annual )?growth (?:in |of )(?:the )?"
        match = re.match(lead, label)
        if match is None:
            return None
        rest = label[match.end() :]
        for other in self.store.all("statistic"):
            named = isinstance(other, Statistic) and fold(other.label) in (rest, "the " + rest)
            if named and isinstance(other, Statistic) and other.id != statistic.id:
                return other
        return None

    def _change(
        self, statistic: Statistic, series: Sequence[Observation], years: Sequence[int]
    ) -> tuple[list[AnswerLine], Request]:
        self.use_words(CHANGE | GROWTH | {"from", "to", "and", "over", "time", "years"})
        self.use_words(POINT_WORDS)  # "by how many points"
        if years:
            ends = [o for o in series if (o.period or "")[:4] in {str(y) for y in years}]
            if len(years) >= 2 and len({(o.period or "")[:4] for o in ends}) < len(set(years)):
                base = self._grown(statistic)  # "the added value in 2021 and 2023, how much
                if base is not None:  # it grew": the change of what the growth is of, when
                    held = self.rel.series(base.id)  # it has each year asked
                    if {str(y) for y in years} <= {(o.period or "")[:4] for o in held}:
                        return self._change(base, held, years)
                known = ", ".join(dict.fromkeys(o.period_text for o in series))
                raise Refused(f"{statistic.id} has no value for every year asked; it has {known}")
            if len(years) == 1 and self._since(years[0]):  # "since 2021": to the latest
                dated = [o for o in series if o.period and o.period[:4] >= str(years[0])]
                ends = [dated[0], dated[-1]] if dated else []
            elif len(years) == 1:
                if not any((o.period or "")[:4] == str(years[0]) for o in series):
                    known = ", ".join(dict.fromkeys(o.period_text for o in series))
                    raise Refused(f"{statistic.id} has no value for {years[0]}; it has {known}")
                ends = [o for o in series if o.period and o.period[:4] <= str(years[0])][-2:]
        shown: list[Observation] = []  # every value on record, when no year is named
        if not years:
            dated = [o for o in series if o.period]  # a value with no period has no change
            ends = [dated[0], dated[-1]] if dated else []
            shown = dated  # "how has the share moved over the years": 2021's too
        if len(ends) < 2 or ends[0].period == ends[-1].period:
            raise Refused(f"{statistic.label} has only one value, so no change can be given")
        first, last = ends[0], ends[-1]
        self._ends_described(ends)  # "the 2017 figure given by the NCAC and the 2021 one
        lines = [self.lines.comparison(first, last)]  # quoted at the Shanghai training"
        verdict = self._moved_verdict(first, last)
        if verdict is not None:  # "is the 2023 share higher than the 2021 one?": Yes
            lines[0] = replace(lines[0], text=f"{verdict}: {lines[0].text}")
            self.use_words(RISES | FALLS | COMPARATIVES | {"than", "up", "down"})
        if len(ends) > 2:  # "between 2017, 2021 and 2023": each step, and every value named
            lines += [self.lines.comparison(a, b) for a, b in pairwise(ends)]
        lines += [self.lines.observation(o) for o in reversed(shown or ends)]
        self.cues.append("change")
        return lines, Request("stat", statistic.id)

    def _ends_described(self, ends: Sequence[Observation]) -> None:
        """Accounts for the words that say where each end of a change was given ("the 2021
        figure quoted at the Shanghai training", "2023, as reported at the Beijing roundtable",
        "the 2017 figure given by the NCAC"): its reporter's body, its event's place, name or
        kind, and the words of quoting."""
        events = [e for o in ends if o.event and (e := self.rel.event(o.event)) is not None]
        events += [w for e in events if e.during and (w := self.rel.event(e.during)) is not None]
        cities = {fold(e.city) for e in events if e.city}  # (a meeting within the training)
        ids = {e.id for e in events}
        self.use(i for p in self.q.places if fold(p.name) in cities for i in p.span)
        self.use(i for m in self.mentioned("event") if set(m.ids("event")) & ids for i in m.span)
        kinds = {w for w, k in EVENT_KIND_WORDS.items() if any(_of_kind(e, k) for e in events)}
        self.use_words(kinds)
        reporters = {o.reported_by for o in ends if o.reported_by}
        bodies = {
            a
            for p in reporters
            for r in self.rel.roles_of_person(p)
            if r.organization
            for a in (r.organization, *self.rel_ancestors(r.organization))
        }
        titles = [  # "the 2017 figure given by the NCAC": an article of NCAC's own words
            fold(src.title)
            for o in ends
            if isinstance(src := self.store.get("source", o.source), Source)
        ]
        for m in self.mentioned("organization"):
            org = self.store.get("organization", m.best.id)
            if isinstance(org, Organization) and any(
                f" {fold(n)} " in f" {t} " for t in titles for n in (org.name, *org.abbreviations)
            ):
                bodies.add(org.id)
        self.use(i for m in self.mentioned("organization") if m.best.id in bodies for i in m.span)
        self.use_words({"figure", "figures", "quoted", "given", "reported", "cited", "as", "by"})
        self.use_words({"at", "one", "the", "stated", "put"})

    def _moved_verdict(self, first: Observation, last: Observation) -> str | None:
        """For a yes-or-no question of which way a figure moved ("is the 2023 share higher
        than the 2021 share", "did the share fall from 2017 to 2023"), "Yes" or "No" as the
        two values say; None for any other question or when their hedges leave both."""
        q = self.q
        up = {*MORE_WORDS, "up", *RISES, *GROWTH} - {"rate"}
        down = {*LESS_WORDS, "down", *FALLS, "declined", "dropped"}
        rises, falls = q.has(*up), q.has(*down)
        if not self.asks_yes_no() or rises == falls or first.value.unit != last.value.unit:
            return None
        rose = _larger(last.value, first.value)
        if rose is None:
            return None
        words = q.words  # "was the 2023 share higher than 2021's": the later one is asked of
        than = [  # not "rise to more than 7.4%": a level stated, checked below
            i for i, w in enumerate(words) if w == "than" and not _stated_figure(words[i + 1 :])
        ]
        before = {y for i, y in q.years if than and i < than[0]}
        later_asked = not than or str(last.period or "")[:4] in {str(y) for y in before}
        moved = (rose == rises) == later_asked
        threshold = self._threshold(last.value.unit)
        if threshold is not None:  # "did the share rise to more than 7.4% in 2023": the
            level = compare(last.value, threshold)  # later figure is above it, too
            if level is None:
                return None
            moved = moved and level
        return "Yes" if moved else "No"

    def _since(self, year: int) -> bool:
        """Whether a year is the base of a change asked: "since 2021", "compared with 2021"."""
        words = self.q.words
        compared = ("compared", "comparison", "relative")
        return any(
            words[i] == str(year)
            and (
                words[i - 1] in ("since", "from", "after", "versus", "vs", "over")
                or (words[i - 1] in ("with", "to") and i > 1 and words[i - 2] in compared)
            )
            for i in range(1, len(words))
        )

    def number_named(self) -> tuple[list[AnswerLine], Request] | None:
        """A statistic named by its own words with no cue ("CWWCS licensing revenue")."""
        if self.q.has("list", "name", "names", "which", "what"):
            return None  # "list of the eight treaties China has ratified": not their count
        found = self._statistic(strict=True)
        if found is None and not self._pair_named():
            return None
        return self.number()

    def _pair_named(self) -> bool:
        """Whether two statistics joined by "and" name every word of the question between
        them ("sichuan copyright trading 2018 and works registered")."""
        q = self.q
        skip = {i for i, _ in q.years} | set(q.latest) | set(self._ands())
        content = {i for i, w in enumerate(q.words) if w not in STOP and i not in skip}
        return any(
            content <= set(left[1]) | set(right[1]) for left, right in self._statistic_pairs()
        )

    def _against_whole(self) -> set[int]:
        """The words that set a figure against the whole it is part of ("compared with the
        total", "out of the total"); empty when none do."""
        words = self.q.words
        takings = {"revenue", "revenues", "income", "takings"}  # "what percentage of MCSC's
        for i, w in enumerate(words):  # 2024 revenue came from X": its whole revenue
            reach = max(0, i - SHARE_REACH)
            shared = w in takings and bool(SHARE_OF & set(words[reach:i]))
            if (w in WHOLE_WORDS or shared) and i >= 2:
                first = reach if shared else max(0, i - 4)
                before = words[first:i]
                setting = AGAINST | SHARE_OF  # "what share of its total revenue came from X"
                if setting & set(before):
                    start = first + next(k for k, x in enumerate(before) if x in setting)
                    start -= start > 0 and words[start - 1] in ("set", "measured", "weighed")
                    plain = setting | takings | WHOLE_WORDS | STOP | {"set", "measured", "weighed"}
                    return {  # not "what percentage management fee does MCSC deduct from
                        j for j in range(start, i + 1)  # licensing income": the fee and its
                        if words[j] in plain or any(j in m.span for m in self.q.mentions)
                    }  # deducting are asked, and must hold
        return set()

    def _part_named(self, whole: Statistic) -> Statistic | None:
        """In "how much of X came from Y", the one part of the whole X whose label holds the
        words after "from" (CAVCA's karaoke fees of its revenue); None otherwise."""
        words = self.q.words
        at = next((i for i, w in enumerate(words) if w == "from"), None)
        if at is None or whole.unit == "percent":
            return None
        after = [w for w in words[at + 1 : at + 4] if w not in STOP]
        if not after:
            return None
        parts = [
            s for s in self.store.all("statistic")
            if isinstance(s, Statistic) and s.id != whole.id
            and (self._whole_of(s) or s).id == whole.id
            and all(_word_in(w, fold(s.label).split()) for w in after[:1])
        ]  # fmt: skip
        return parts[0] if len(parts) == 1 else None

    def _whole_of(self, part: Statistic) -> Statistic | None:
        """The one other statistic of the same organization and unit that is its whole (a
        revenue or a total), or None."""
        orgs = self._stat_orgs(part)
        wholes = [
            s for s in self.store.all("statistic")
            if isinstance(s, Statistic) and s.id != part.id and s.unit == part.unit
            and orgs and self._stat_orgs(s) == orgs
            and {"revenue", "total"} & set(fold(s.label).split())
        ]  # fmt: skip
        return wholes[0] if len(wholes) == 1 else None

    def _listed_statistics(self, *, dash: bool = False) -> tuple[list[AnswerLine], Request] | None:
        """Answers "NCAC's 2023 numbers for the copyright industry: added value, growth, GDP
        share?", "MCSC in 2024: revenue, membership and database growth": three or more
        figures listed between commas (and "and"), each item naming its own statistic with
        what they share (the words before a colon, the organization and year named); None
        unless every item does, and they are different."""
        q = self.q
        marks = r"(?<!\d),|,(?!\d)|[:;]|\s[-\u2013\u2014]+\s"  # not "170,000"
        pieces = re.split(marks, q.text)
        sizes = [len(words_of(piece)) for piece in pieces]
        if len(pieces) < 2 or sum(sizes) != len(q.words):
            return None  # words read differently from the text (`Answerer` rewrites some)
        bounds: list[list[int]] = []
        start = 0
        for size in sizes:
            bounds.append(list(range(start, start + size)))
            start += size
        shared = {i for i, _ in q.years}
        shared |= {i for m in self.mentioned("organization") for i in m.span}
        headed = ":" in q.text or (dash and " - " in q.text)  # (``dash``: a head before " - ")
        if headed:  # "NCAC's 2023 numbers for the copyright industry: a, b, c"
            lead = re.split(r":|\s-\s" if dash else ":", q.text, maxsplit=1)[0]
            head = len(re.split(marks, lead))
            shared |= {i for span in bounds[:head] for i in span if q.words[i] not in NUMBER}
            bounds = bounds[head:]
        items: list[list[int]] = []
        for span in bounds:  # "membership and database growth": two items
            item: list[int] = []
            for i in span:
                if q.words[i] == "and":
                    items.append(item)
                    item = []
                elif i not in shared:
                    item.append(i)
            items.append(item)
        items = [item for item in items if any(q.words[i] not in STOP for i in item)]
        dated = {"year", "years", "date", "period", "when"}  # "added value: year, amount,
        self.use(i for item in items if {q.words[i] for i in item} <= dated for i in item)
        items = [item for item in items if not {q.words[i] for i in item} <= dated]  # growth":
        merged: list[list[int]] = []  # each line gives its year
        for item in items:  # "added value in 2023, how much yuan, ...": how it is to be given
            if merged and all(q.words[i] in STOP | AMOUNT_ASKED for i in item):
                merged[-1] = [*merged[-1], *item]
            else:
                merged.append(item)
        items = merged
        people = {i for m in self.mentioned("person") for i in m.span}
        credits = [  # "..., as Guan Jun reported": who gave them, not a figure asked
            item
            for item in items
            if all(i in people or q.words[i] in REPORTING | STOP | CREDITING for i in item)
            and any(i in people for i in item)
        ]
        items = [item for item in items if item not in credits]
        if len(items) < (2 if dash else 3):  # "Sichuan trading in 2018 - value and number
            return None  # of works registered?": two of what the head names; else two are
            # `_statistic_pairs`'s
        found: list[Statistic] = []
        used: set[int] = set()
        # An item naming only a measure measures what the first item names ("added value in
        # 2023, how much yuan, growth percent, and share of GDP"); growth alone is the growth
        # of the item before it ("MCSC 2024: revenue, growth, and members").
        subject = {i for i in items[0] if q.words[i] not in AMOUNT_ASKED}
        for at, item in enumerate(items):
            own = {
                i
                for i in item
                if q.words[i] not in STOP | NUMBER_VERBS | AMOUNT_ASKED and i not in self._links
            }  # not "make up": a link
            bare = {q.words[i] for i in own}  # "growth", "year-on-year increase": a rate alone
            rate = bare & GROWTH and bare <= GROWTH | YEAR_BEFORE | {"yoy", "annual", "y"}
            before = items[at - 1] if at and rate else []
            stat = self._quiet_statistic({*item, *shared, *before}, apart=True)
            if not _item_named(stat, own, found, q.words):
                stat = self._quiet_statistic({*item, *shared, *subject}, apart=True)
            if stat is None or not _item_named(stat, own, found, q.words):
                return None
            found.append(stat[0])
            used |= set(stat[1])
        self.use(used | shared | {i for item in credits for i in item})
        self.use_words(NUMBER | NUMBER_VERBS | {"numbers", "figures", "stats", "and"})
        if any("growth" in fold(f.label).split() for f in found):
            self.use_words(YEAR_BEFORE)
        self.cues.append("statistic")
        return self._observed(found), Request("stat", found[0].id)

    def _versus_statistics(self) -> tuple[list[AnswerLine], Request] | None:
        """Two different figures set against each other ("how many record companies vs
        recording producers"): each side's statistic, with the organization and years named
        for both; None unless each side names its own."""
        q = self.q
        at = [i for i, w in enumerate(q.words) if w in ("vs", "versus")]
        if len(at) != 1:
            return None
        orgs = [set(m.span) for m in self.mentioned("organization")]
        sides = {min(span) > at[0] for span in orgs}  # an organization named on one side only
        shared = {i for span in orgs for i in span} if len(sides) == 1 else set()  # is both's
        shared |= {i for i, _ in q.years}
        left = self._quiet_statistic({*range(at[0]), *shared}, apart=True)
        right = self._quiet_statistic({*range(at[0] + 1, len(q.words)), *shared}, apart=True)
        if left is None or right is None or left[0].id == right[0].id:
            return None
        self.use([*left[1], *right[1], *shared, at[0]])
        self.use_words(NUMBER | NUMBER_VERBS | {"how", "many", "much"})
        self.cues.append("statistic")
        return self._observed((left[0], right[0])), Request("stat", left[0].id)

    def _observed(self, statistics: Sequence[Statistic]) -> list[AnswerLine]:
        """Each statistic's values for the years asked (`_picked`), one after the other."""
        lines: list[AnswerLine] = []
        for statistic in statistics:
            picked, _ = self._picked(statistic, self.rel.series(statistic.id))
            lines += [self.lines.observation(o) for o in picked]
        return lines

    def _reporter_described(self, picked: Sequence[Observation]) -> None:
        """Accounts for the words that describe who gave the figures ("according to the NCAC
        speaker in Xiamen"): an organization the one reporter holds a post at (or in), a place
        where the figures were given, and a word for a speaker."""
        people = {o.reported_by for o in picked}
        if len(people) != 1 or None in people:
            return
        person = next(iter(people))
        assert person is not None
        posts = {r.organization for r in self.rel.roles_of_person(person) if r.organization}
        family = posts | {a for rid in posts for a in self.rel_ancestors(rid)}
        named = [m for m in self.mentioned("organization") if m.best.id in family]
        events = [self.rel.event(o.event) for o in picked if o.event]
        cities = {fold(e.city) for e in events if e is not None and e.city}
        places = [p for p in self.q.places if fold(p.name) in cities]
        if not named and not places:
            return
        self.use(i for m in named for i in m.span)
        self.use(i for p in places for i in p.span)
        self.use_words({"speaker", "speakers", "according", "per"} | PEOPLE_NOUNS)

    def _kin_offered(self, statistic: Statistic, picked: Sequence[Observation]) -> list[AnswerLine]:
        """With figures offered as choices ("MCSC's 2024 growth - was it 11% or 27%?"), the
        figures of the same organization, unit and kind (growth or not) that are one of them
        and that the picked figures are not: each choice is then shown as what it measures."""
        words = self.q.words
        offered: set[float] = set()
        for j in {j for a, b in self._choices for j in (*a, *b)}:
            try:
                offered.add(float(words[j].replace(",", "")))
            except ValueError:
                continue
        given = {o.value.value for o in picked if o.value is not None}
        if not offered or not statistic.organization or offered <= given:
            return []
        growth = "growth" in fold(statistic.label).split()
        lines: list[AnswerLine] = []
        for other in self.store.all("statistic"):
            if not isinstance(other, Statistic) or other.id == statistic.id:
                continue
            if other.unit != statistic.unit or other.organization != statistic.organization:
                continue
            if ("growth" in fold(other.label).split()) != growth:
                continue
            more, _ = self._picked(other, self.rel.series(other.id))
            lines += [self.lines.observation(o) for o in more
                      if o.value is not None and o.value.value in offered - given]  # fmt: skip
        return lines

    def _stat_orgs(self, statistic: Statistic) -> set[str]:
        if not statistic.organization:
            return set()
        return {statistic.organization, *self.rel_ancestors(statistic.organization)}

    def _other_measure(self, positions: Sequence[int], record: Statistic) -> bool:
        """Whether a question's words name what another statistic measures ("MCSC's
        membership in yuan": members, which no sum in yuan is)."""
        measures = {
            w
            for other in self.store.all("statistic")
            if isinstance(other, Statistic) and other.id != record.id
            for w in self._measure_words(other)
        } - set(self._measure_words(record))
        return any(self.q.words[i] in measures for i in positions)

    def _statistic(
        self,
        *,
        strict: bool = False,
        loose: bool = False,
        within: Collection[int] | None = None,
        apart: bool = False,
        other_than: str = "",
        sided: bool = False,
    ) -> tuple[Statistic, list[int]] | None:
        """The statistic whose words best cover the question's, with the positions it
        covers. The organizations and places named must be its own, and at least one word of
        what it measures (not only its subject) must be asked for; with ``strict``, every word
        of the question must be its; with ``apart``, only the organizations named ``within``
        count (two sides compared: "MCSC revenue compared with CWWCS revenue"); with ``apart``
        or ``sided``, only a word for growth ``within`` asks for a growth figure."""
        q = self.q
        named = [m for m in self.mentioned("organization") if not self._as_source(m)]
        if apart and within is not None:
            inside = [m for m in named if set(m.span) <= set(within)]
            # "CAVCA's revenue vs the part from karaoke": a side naming none is the other's
            named = inside if inside or not other_than else named
        if loose:  # an organization named by part of its name is words ("the copyright sector")
            named = [m for m in named if m.best.score >= EXACT]
        orgs = {m.best.id for m in named}
        org_positions = {i for m in named for i in m.span}
        others = {i for m in q.mentions if m.kind in ("person", "event") for i in m.span}
        places = [p for p in q.places if not self._event_place(p)]  # "the Chengdu forum"
        placed = bool(q.places) or any(w in q.known_places for w in q.words)  # "Sichuan's"
        if apart and within is not None:  # each side its own places ("Beijing ... the nation")
            places = [p for p in places if p.start in within]
            placed = bool(places) or any(q.words[i] in q.known_places for i in within)
        provincial = bool(places) or any(  # a place in an organization's name named
            q.words[i] in q.known_places and q.words[i] not in ("china", "chinese")
            for m in named
            for i in m.span
        )
        skip = {i for i, _ in q.years} | set(q.latest) | others | self._links | self._rates
        got = q.has("much") and not q.has("many")  # "how much did CAVCA get": its takings
        content = [
            i
            for i, w in enumerate(q.words)
            if (w not in STOP or (got and w in GOT)) and i not in skip
        ]
        if within is not None:  # one of two things asked ("record companies and producers")
            content = [i for i in content if i in within or i in org_positions]
        candidates: list[tuple[tuple[float, int, float, int, int, str], Statistic, list[int]]] = []
        side = range(len(q.words)) if within is None else within  # "in RMB and % of GDP":
        money = any(  # the yuan are one side's; not a figure stated first ("RMB 8.48
            q.words[i] in CURRENCY_WORDS  # trillion in 2021 - what % of GDP is that?")
            and not (i == 0 and q.words[1:2] and q.words[1][:1].isdigit())
            for i in side
        )
        asks_places = self._places_asked()
        for record in self.store.all("statistic"):
            if not isinstance(record, Statistic) or record.id == other_than:
                continue
            if money and record.unit != "CNY":
                continue
            own = self._stat_orgs(record)
            if orgs and not all(o in own or self._subject_org(record, o) for o in orgs):
                continue
            if not orgs and self._about_org(record):
                continue  # a society's own figure answers only when the society is named
            if places and not all(
                self._stat_place(record, p.name)
                or (fold(p.name) == "china" and self._local(record))  # "chinese cities"
                or (self._reported_in(record, p.name) and not self._measured_in(record, p))
                for p in places
            ):
                continue
            if self._local(record) and not (self._place_words_named(record) or asks_places):
                continue  # Sichuan's figure is not Chengdu's, nor China's; "which regions of
                # China had a share of 9 to 12%" asks for the places
            if asks_places and not self._local(record):
                continue  # "which cities had a share of 9 to 12%": a figure of places
            words = self._stat_words(record)
            covered = [i for i in content if _word_in(q.words[i], words)]
            measures = self._measure_words(record)
            measured = [i for i in covered if i not in org_positions
                        and _word_in(q.words[i], measures)]  # fmt: skip
            by_money = not measured and money and record.unit == "CNY"  # "the copyright
            by_money = by_money and not self._other_measure(content, record)
            if by_money:  # industry in 2021 in RMB": a sum of money is what it measures
                measured = [i for i in content if q.words[i] in CURRENCY_WORDS]
                covered = sorted({*covered, *measured})
            if not measured or len(covered) < 2:
                continue
            if strict and len(covered) < len(content):
                continue
            kind = _measure_kind(record)
            part_of = kind in ("share", "ratio") and self._how_much_of()  # "how much of it"
            part_of = part_of or (kind == "ratio" and q.asked[:2] == ("how", "much"))  # "how
            # much got paid out": the distribution ratio is all the articles give of it
            if kind and not q.has(*MEASURE_KINDS[kind]) and not part_of:  # GDP is not a
                continue  # share of GDP
            if self._measure_share(record, covered) < MEASURE_SHARE and not by_money:
                continue  # "members" alone is not "record companies among CAVCA members"
            texts = [record.label, *record.aliases]
            asked = {q.words[i] for i in covered if i not in q.context}  # the question proper's
            asked = asked or {q.words[i] for i in covered}
            share, held = max(
                (
                    len({w for w in fold(t).split() if w not in STOP and _word_in(w, asked)})
                    / max(len({w for w in fold(t).split() if w not in STOP}), 1),
                    len({w for w in fold(t).split() if w not in STOP and _word_in(w, asked)}),
                )
                for t in texts
            )  # the name that holds the most of the words asked, then the most words
            growth = "growth" in fold(record.label).split()
            grows = (
                self._asks_growth()
                if within is None or not (apart or sided)
                else any(self.q.words[i] in GROWTH for i in within)
            )  # two sides, or items listed: each side's own growth word
            bonus = 1.0 if growth == grows else 0.0
            part = kind in ("share", "ratio")  # a percentage asked for, a percentage given
            part_asked = part_of or any(  # "grew 11%": a rate, no share asked
                w in MEASURE_KINDS["share"] | MEASURE_KINDS["ratio"] and i not in self._rates
                for i, w in enumerate(q.words)
            )
            bonus += 1.0 if part == part_asked else 0.0  # "how much of it did they pay out"
            if q.year_values and any(
                (o.period or o.when)[:4] in {str(y) for y in q.year_values}
                for o in self.rel.series(record.id)
            ):
                bonus += 0.25  # "in 2017, what range did the copyright share reach": a value then
            if not placed and not self._local(record):
                bonus += 0.5  # no place named: China's figure before a province's
            elif placed and self._local(record):
                bonus += 0.5  # its place named ("Sichuan ... works registered"): the province's
            elif placed and provincial and not self._local(record):
                bonus -= 0.5  # a province named ("Sichuan copyright numbers"): not China's
            scene = sum(i in q.context for i in covered) * (1 - SCENE_WEIGHT)  # set before
            own = set(fold(" ".join(texts)).split())  # "their total revenue": "revenue" itself
            literal = sum(q.words[i] in own for i in covered if i not in q.context)
            key = (len(covered) - scene + bonus, literal, share, held,
                   -len(fold(record.label).split()), record.id)  # fmt: skip
            candidates.append((key, record, covered))
        if not candidates:
            return None
        candidates.sort(key=lambda c: (-c[0][0], -c[0][1], -c[0][2], -c[0][3], -c[0][4], c[0][5]))
        best_key, best, covered = candidates[0]
        ties = [c for c in candidates[1:] if c[0][:4] == best_key[:4]]
        like = self.store.get("statistic", other_than) if other_than else None
        if ties and isinstance(like, Statistic):  # the other side's kin: a share of GDP
            kin = set(fold(like.label).split()) - STOP
            tied = [candidates[0], *ties]
            near = [len(kin & set(fold(c[1].label).split())) for c in tied]
            if near.count(max(near)) == 1:
                best_key, best, covered = tied[near.index(max(near))]
                ties = []
        if ties:  # a whole and its part fit alike ("what CAVCA collected"): the whole
            tied = [candidates[0], *ties]
            wholes = {w.id for c in tied if (w := self._whole_of(c[1])) is not None}
            top = [c for c in tied if c[1].id in wholes]
            if len(top) == 1 and len(tied) == 2:
                best_key, best, covered = top[0]
                ties = []
        if ties:
            names = ", ".join(c[1].id for c in [candidates[0], *ties][:4])
            raise Refused(f"several statistics fit ({names}); name one")
        return best, covered

    def _growth_of_what_unsaid(self, statistic: Statistic, covered: Sequence[int]) -> bool:
        """Whether a growth figure was found only by the word for growth and its body ("how
        much has MCSC grown?"), and the body has other growth figures on record (revenue,
        membership, its database): then which one is asked is not said."""
        named = self.mentioned("organization")
        if any(_stated_figure([w]) for w in self.q.words):
            return False  # "MCSC's 2024 growth: 11% or 27%?": the figures say which
        if "growth" not in fold(statistic.label).split() or statistic.organization not in {
            m.best.id for m in named
        }:
            return False
        names = {i for m in named for i in m.span}
        years = {i for i, _ in self.q.years}
        plain = STOP | GROWTH | YEAR_BEFORE | {"annual", "annually", "each", "every", "how"}
        plain |= {"much", "many", "fast", "quickly", "by", "percent", "share"}
        if any(i not in names | years and self.q.words[i] not in plain for i in covered):
            return False
        kin = [
            s
            for s in self.store.all("statistic")
            if isinstance(s, Statistic)
            and s.organization == statistic.organization
            and s.id != statistic.id
            and re.search(r"\bgrowth\b", fold(s.label))
        ]
        return bool(kin)

    def _measure_words(self, statistic: Statistic) -> list[str]:
        """The words of what a statistic measures: its label and aliases without its subject,
        its organization's names, and the subject words every statistic shares."""
        texts = [statistic.label, statistic.id.replace("-", " "), *statistic.aliases]
        words = set(fold(" ".join(texts)).split())
        subject = set(fold(statistic.subject).split())
        for org in self._stat_orgs(statistic):
            record = self.store.get("organization", org)
            if isinstance(record, Organization):
                subject.update(fold(" ".join([record.name, *record.abbreviations])).split())
        return sorted(words - subject - STOP - {"china", "chinese", "copyright", "industry"})

    def _measure_share(self, statistic: Statistic, covered: Sequence[int]) -> float:
        """How much of what a statistic measures the question asks for: the best share, over
        its label and aliases, of their measure words the covered words hold."""
        asked = [self.q.words[i] for i in covered]
        measures = set(self._measure_words(statistic))
        best = 0.0
        for text in (statistic.label, *statistic.aliases):
            own = list(dict.fromkeys(w for w in fold(text).split() if w in measures))
            named = [w for w in own if w not in QUALIFIERS] or own  # "year-on-year", "total"
            if named:
                held = sum(1 for w in named if _word_in(w, asked) or any(
                    _word_in(a, [w]) for a in asked))  # fmt: skip
                best = max(best, held / len(named))
            if "total" in own and "total" in asked and self._total_asked():
                best = max(best, MEASURE_SHARE)  # "what was MCSC's total in 2024": its total
        return best

    def _about_org(self, statistic: Statistic) -> bool:
        """Whether a statistic is about its organization itself (MCSC's revenue), not only
        reported by it (WIPO's count of the Beijing Treaty's ratifications)."""
        org = self.store.get("organization", statistic.organization or "")
        return isinstance(org, Organization) and fold(statistic.subject) == fold(org.name)

    def _local(self, statistic: Statistic) -> bool:
        """Whether a statistic is about a place within China (a province, cities), named in
        its subject: it answers only a question that names the place."""
        parts = [fold(p) for p in re.split(r",| and ", statistic.subject) if p.strip()]
        known = self.q.known_places
        return fold(statistic.subject) != "china" and any(p in known for p in parts)

    def _subject_org(self, statistic: Statistic, org: str) -> bool:
        """Whether an organization named is the statistic's subject, or an authority of the
        country it is about ("NCAC's GDP share"); a society of that country is not (its
        own figures are)."""
        record = self.store.get("organization", org)
        if not isinstance(record, Organization):
            return False
        if fold(statistic.subject) == fold(record.name):
            return True
        authority = record.kind in AUTHORITY_KINDS
        return authority and fold(statistic.subject) == fold(record.country or "")

    def _places_asked(self) -> bool:
        """Whether the question asks which places ("which cities", "in what regions")."""
        words = self.q.words
        return any(
            w in PLACE_PLURALS and {"which", "what"} & set(words[max(0, i - 2) : i])
            for i, w in enumerate(words)
        )

    def _place_words_named(self, statistic: Statistic) -> bool:
        """Whether the question has a word of each place a local statistic is about
        ("sichuan" for "Sichuan Province"), as a place or inside a name, or names no place at
        all ("in developed regions")."""
        if not any(w in self.q.known_places for w in self.q.words):
            return True
        generic = {"province", "city", "municipality", "region", "and"}
        parts = [fold(p) for p in re.split(r",| and ", statistic.subject) if p.strip()]
        held = [
            any(w in self.q.words for w in part.split() if w not in generic) for part in parts
        ]
        return all(held) or (self._examples() and sum(held) >= 2)  # "places like
        # Beijing and Shenzhen": two of its examples

    def _reported_in(self, statistic: Statistic, place: str) -> bool:
        """Whether a value of a national statistic was reported at an event held in the place
        ("according to the NCAC official in Xiamen"), or named in the scene or beside the
        statistic's own place ("Zhao spoke in Xiamen. What share of China's exports ...");
        a local statistic is of its own place."""
        reported = REPORTING_VERBS | GIVING - {"share"} | {"according", "per", "official", "put"}
        reported |= {"officials"}  # "what share did Zhao give in Xiamen": given there
        told = self.q.has(*reported) or any(
            fold(p.name) == fold(place) and (p.start in self.q.context or p.start < self.q.begins)
            for p in self.q.places
        )
        told = told or fold(statistic.subject) in self.q.words
        reporters = {obs.reported_by for obs in self.rel.series(statistic.id)}
        told = told or any(  # "Zhao's number at Xiamen": the figure its reporter gave there
            m.best.id in reporters for m in self.mentioned("person")
        )
        if self._local(statistic) or not told:
            return False  # "the GDP share in Shanghai" asks for Shanghai's
        for obs in self.rel.series(statistic.id):
            event = self.rel.event(obs.event) if obs.event else None
            if event is not None and fold(event.city or "") == fold(place):
                return True
        return False

    def _examples(self) -> bool:
        """Whether the question names places as examples ("places like X and Y", "such as")."""
        said = fold(self.q.text).split()
        return "like" in said or "such" in said

    def _stat_place(self, statistic: Statistic, place: str) -> bool:
        """Whether a place named is the statistic's subject; a subject of several places
        ("Beijing, Shanghai and Shenzhen") is one figure for them all, so every one of them
        must be named."""
        subject = fold(statistic.subject)
        parts = [fold(p) for p in re.split(r",| and ", statistic.subject) if p.strip()]
        if len(parts) > 1:
            named = {fold(p.name) for p in self.q.places}
            like = self._examples() and len(set(parts) & named) >= 2  # "places like
            return fold(place) in parts and (set(parts) <= named or like)  # Beijing and
            # Shenzhen": examples of the places the figure is for
        return fold(place) in subject.split() or fold(place) == subject

    def _stat_words(self, statistic: Statistic) -> list[str]:
        texts = [statistic.label, statistic.subject, statistic.id.replace("-", " ")]
        texts += list(statistic.aliases)
        for org in self._stat_orgs(statistic):
            record = self.store.get("organization", org)
            if isinstance(record, Organization):
                texts += [record.name, *record.abbreviations]
        return fold(" ; ".join(texts)).split()

    def parts(self) -> tuple[list[AnswerLine], Request] | None:
        """Answers "did karaoke make up most of CAVCA's revenue": the facts holding the words
        left once "most of" is read (`checked` then weighs the part against the whole)."""
        most = set(self._most_words())
        self.use(most)
        self.use_words(NUMBER_VERBS | {"make", "makes", "made", "come", "came", "from"})
        found = self.text()
        self.used -= most  # for `checked` to read, once it sees the figures found
        return found

    def _by_organization(self, asks_who: bool, speaker_orgs: Sequence[object]) -> bool:
        """Whether a question asks what an organization (not a person) said about something
        ("which FTAs did the NCAC mention"): our facts give such things as "per NCAC"."""
        return bool(speaker_orgs) and not asks_who and not self.mentioned("person")

    def year_before_worked(self) -> tuple[list[AnswerLine], Request] | None:
        """A figure's value the year before the one on record, worked back from it and its
        growth ("MCSC licensing revenue hit 477 million yuan in 2024 up 11% - what was it in
        2023 then?", "back out the 2022 added value from 9.38 trillion and 4.52% growth"),
        labelled our calculation; only when the question states the growth or asks for a
        calculation (a year with no figure is otherwise not on record). None unless one year
        is asked, the figure has no value for it and has one, with its growth, for the next."""
        q = self.q
        years = q.year_values
        worked = q.has(*_CALCULATING) or re.search(r"(?i)\bback\s+(?:out|into)\b", q.text)
        rates = [w for w in q.words if _a_number(w)]
        if not years or not (worked or rates):  # no year asked, or no growth stated and no
            return None  # calculation asked for (before the costly search for a figure)
        named = self._quiet_statistic(range(len(q.words)))
        if named is None:
            return None
        statistic = self._grown(named[0]) or named[0]  # "from 9.38 trillion and 4.52% growth":
        growth_of = self._growth_of(statistic)  # the figure that grew
        if growth_of is None:
            return None
        series = self.rel.series(statistic.id)
        asked = [y for y in years if not any((o.period or "")[:4] == str(y) for o in series)]
        if len(asked) != 1:
            return None
        after = str(asked[0] + 1)
        level = next((o for o in series if (o.period or "")[:4] == after), None)
        growth = next(
            (o for o in self.rel.series(growth_of.id) if (o.period or "")[:4] == after), None
        )
        if level is None or growth is None:
            return None
        stated = fold(growth.value.as_written).rstrip("%") in rates
        if not (worked or stated):
            return None
        if self.asks_yes_no() and q.has(*_GIVING_ASKED):  # "does the article give the 2022
            raise Refused(  # value?": it does not; ours is a calculation, not its figure
                f"the articles give no {asked[0]} value of it, only {after}'s and its growth"
                f" (a {asked[0]} value worked back from them would be our calculation)"
            )
        line = self.lines.year_before(level, growth)
        if line is None:
            raise Refused(f"the figures on record for {after} are hedged; no single value for"
                          f" {asked[0]} can be worked out")  # fmt: skip
        self.use(range(len(q.words)))
        self.cues.append("our calculation")
        return [line, self.lines.observation(level), self.lines.observation(growth)], Request(
            "stat", statistic.id
        )

    def _year_of_figure_held(self) -> None:
        """Refuses a year the figure the question names has no value for ("what was Sichuan's
        copyright trading in 2019", of a figure reported for 2018 at a 2019 forum): the year
        is the figure's, not the date of a talk that gave another year's value."""
        if not self.q.years or self.mentioned("person"):
            return
        if self.mentioned("event") or self.q.has(*EVENT_KIND_WORDS):
            return  # "the data presented at the 2025 roundtable": the year may be the event's
        named = self._quiet_statistic(range(len(self.q.words)))
        if named is None:
            return
        series = self.rel.series(named[0].id)
        held = {(o.period or o.when)[:4] for o in series}
        unheld = [year for _, year in self.q.years if str(year) not in held]
        if series and unheld:
            known = ", ".join(dict.fromkeys(o.period_text for o in series))
            raise Refused(f"{named[0].id} has no value for {unheld[0]}; it has {known}")

    def _kind_asked(self, *, objects: bool = False) -> frozenset[str]:
        """The kinds of body a "which" or "what" question asks for ("which Chinese collective
        management organizations sent staff", "what companies spoke"): the kind's words open
        what it asks, after at most two words; empty for any other question. With
        ``objects``, also those that undergo what is asked ("which company is X partnering
        with")."""
        q = self.q
        if q.asked[:1] not in (("which",), ("what",)):
            return frozenset()
        return frozenset(  # the bodies do what is asked ("which CMOs talked"), not undergo
            kind for k in q.kinds if q.begins < k.start <= q.begins + 3  # it ("which bodies
            and (objects or q.words[k.end : k.end + 1] not in _AUXILIARIES)  # does China
            for kind in k.kinds  # support")
        )

    def _names_other_body(
        self, record: Record, kinds: frozenset[str], besides: Collection[str]
    ) -> bool:
        """Whether a fact is of, or speaks of, a body of one of the kinds other than those
        ``besides``."""
        bodies = self._fact_bodies(record) | {
            s for s in getattr(record, "subjects", ()) if self.store.get("organization", s)
        }
        return any(self._org_kind(b) in kinds for b in bodies if b not in besides)

    def _fact_bodies(self, record: Record) -> set[str]:
        """The bodies a fact is of: its own organization, and those its person held posts at."""
        person = getattr(record, "person", None)
        held = {getattr(record, "organization", None)}
        if isinstance(person, str):
            held |= {r.organization for r in self.rel.roles_of_person(person)}
        return {b for b in held if b}

    def _of_bodies(self, record: Record, bodies: set[str]) -> bool:
        """Whether a fact is of one of the bodies or a unit of one (`_fact_bodies`)."""
        return any(
            b in bodies or bodies & set(self.rel_ancestors(b)) for b in self._fact_bodies(record)
        )

    def _of_kinds(
        self, record: Record, kinds: frozenset[str], besides: Collection[str] = ()
    ) -> bool:
        """Whether a fact is of a body of one of the kinds (`_fact_bodies`), other than those
        ``besides`` ("which AI company is Kanjian Music partnering with": not Kanjian's own)."""
        return any(
            self._org_kind(b) in kinds for b in self._fact_bodies(record) if b not in besides
        )

    def text(self) -> tuple[list[AnswerLine], Request] | None:
        """Anything else: the facts holding every word the question asks about; "X said" of
        an organization X is "according to X", whose name each fact must then hold."""
        orgs = [m for m in self.mentioned("organization") if m.best.score >= EXACT]
        if self._statement_cue() and orgs and self._by_organization(self._asks_person(), orgs):
            self.use_words(STATEMENT | {"about", "on"})
        left = self.leftover()
        if all(self.q.words[i] in {"no", "not", "nor", "none", "never"} for i in left):
            return None  # "is there no?": a negation alone asks about nothing
        bare = not self.q.mentions and not self.q.years and not self.q.places
        if bare and all(self.q.words[i] in _NAMING_VERBS for i in left):
            raise Refused("it names nothing to look up")  # "what is it called?": of what?
        self._year_of_figure_held()
        hosted = {"organized", "organised", "hosted", "co", "coorganized", "convened", "staged"}
        if self.excluded and self.q.asked[:1] in (("which",), ("what",)) and self.q.has(*hosted):
            return None  # "which organisation besides NCAC hosted the forum": the body
            # besides the one named, which facts holding the other words do not give
        asked_kinds = self._kind_asked()  # "which Chinese CMOs sent staff to X": bodies of
        # that kind, never a statement that only holds the kind's words
        named_bodies = {m.best.id for m in orgs}  # "which AI company is Kanjian Music
        other_kinds = frozenset() if asked_kinds or not named_bodies else self._kind_asked(
            objects=True  # partnering with": a company besides Kanjian Music, which no fact
        )  # names
        words = self.q.words
        for_bodies = {  # "who spoke at the roundtable for WIPO": someone of WIPO's
            m.best.id for m in orgs
            if words[m.start - 1 : m.start] in (("for",), ("from",), ("representing",))
        } if self._asks_person() else set()  # fmt: skip
        theirs_none = False
        groups = self._groups(left)
        text = FullText(self.store)
        kinds: tuple[str, ...] = (
            "claim",
            "appearance",
            "milestone",
            "observation",
            "role",
            "topic",
            "instrument",
        )
        if self.q.has("list", "name", "names"):  # "list the eight treaties": not their count
            kinds = tuple(k for k in kinds if k != "observation")
        if any(self._post_of(i) for i in left):
            kinds = ("role",)  # "who is the director of Ne Zha 2": a post, not who named it
        # Any of the words, most relevant first; `checked` keeps the facts that hold them all
        # (with the names, kinds and articles of the records they name).
        hits = text.hits(groups, every=False, kinds=kinds, limit=RECALL)
        who = self._who_did()
        named_people = who and self.q.has("names", "person", "persons", "people", "individuals")
        scene_people = (  # "Zhao Xiuling was there. Who was Director General then?": not she
            {m.best.id for m in self.mentioned("person")} if self._asks_someone_else() else set()
        )
        interviews = self._interviews() if self.q.has(*INTERVIEW_WORDS) else set()
        someone_from = self.q.asked[:2] == ("who", "from")  # "who from NCAC ...": a person
        lines = []
        records: list[Record] = []
        for hit in hits:
            record = self.store.get(hit.kind, hit.id)
            if record is None or _says_nothing(record):
                continue
            if getattr(record, "person", None) in scene_people:
                continue
            if asked_kinds and not self._of_kinds(record, asked_kinds, named_bodies):
                continue
            if other_kinds and not self._names_other_body(record, other_kinds, named_bodies):
                continue
            if for_bodies and not self._of_bodies(record, for_bodies):
                theirs_none = True  # "who from NCAC was interviewed": none of NCAC's
                continue
            statistic = (
                self.store.get("statistic", record.statistic)
                if isinstance(record, Observation)
                else None
            )  # a local figure only for its place named
            if isinstance(statistic, Statistic) and not self._place_words_named(statistic):
                continue
            if self.q.years and not self._in_years(record) and not self._at_dated_event(record):
                continue  # a year named holds for every fact given
            if who and not self._someone_else(record):
                continue  # "who signed the WIPO-NCAC memorandum": not "WIPO and NCAC"
            if who and named_people and not getattr(record, "person", None):
                continue  # "who signed it, names please": a person, not the parties
            if who and isinstance(record, (Claim, Appearance)):
                continue  # nor who spoke of its signing: a speaker is not the doer
            if interviews and not {ev.source for ev in record.evidence} & interviews:
                continue  # "who gave the NCAC interview": what the interview says
            if someone_from and not getattr(record, "person", None):
                continue  # "who from NCAC gave the interview": not NCAC's own words
            line = self._line(record)
            if line is not None:
                lines.append(line)
                records.append(record)
        if not lines and theirs_none:
            raise Refused("no fact on record answers that")
        lines, records = self._unranked(lines, records)  # "who was WIPO's Director General"
        reported = [r for r in records if isinstance(r, Observation) and r.reported_by]
        verb = set(self.q.asked[1:3]) & REPORTING_VERBS  # "who presented", "which official shared"
        asked = self.q.asked  # "who is the MCSC executive that reported the 2024 results"
        verb = verb or {w for i, w in enumerate(asked) if w in REPORTING_VERBS and i
                        and asked[i - 1] in ("that", "who", "which")}  # fmt: skip
        if reported and verb and self._asks_person():
            # "who presented the registration data": whoever reported the figures
            people = {o.reported_by for o in reported}  # and what they said there
            lines = [line for line, r in zip(lines, records, strict=True)
                     if r in reported or getattr(r, "person", None) in people]  # fmt: skip
            self.use_words(REPORTING)
        if not lines:
            return None
        self.cues.append("text")
        return lines, Request("search", " ".join(self.q.words[i] for i in left), limit=CARDS)

    def _unranked(
        self, lines: list[AnswerLine], records: list[Record]
    ) -> tuple[list[AnswerLine], list[Record]]:
        """Without the facts of people who hold the title a who-question states only under a
        rank it does not state ("who was WIPO's Director General when ...": not its Deputy
        Director General), when someone holding the title itself at a body the question names
        is among them; as found otherwise ("who's the GM at Wings Media": its Deputy GM)."""
        stated = {w for w in self.q.words if w in ROLE_TITLES} - _RANKS
        if self.q.asked[:1] != ("who",) or not stated:
            return lines, records
        unstated = _RANKS - set(self.q.words)
        holding = []  # each fact's person's posts holding the title's words ("head": none)
        for record in records:
            person = getattr(record, "person", None)
            roles = self.rel.roles_of_person(person) if isinstance(person, str) else []
            holding.append([r for r in roles if stated <= set(fold(r.title).split())])

        def itself(role: Role) -> bool:
            return not set(fold(role.title).split()) & unstated

        named = {m.best.id for m in self.mentioned("organization")}
        if not any(itself(r) and r.organization in named for posts in holding for r in posts):
            return lines, records
        kept = [i for i, posts in enumerate(holding) if not posts or any(map(itself, posts))]
        return [lines[i] for i in kept], [records[i] for i in kept]

    def _interviews(self) -> set[str]:
        """The ids of the articles that are interviews, by their titles."""
        sources = [s for s in self.store.all("source") if isinstance(s, Source)]
        return {s.id for s in sources if INTERVIEW_WORDS & set(fold(s.title).split())}

    def _someone_else(self, record: Record) -> bool:
        """Whether a fact names a person or an organization the question does not (what a
        question asking who can be answered with)."""
        named = {match.id for m in self.q.mentions for match in m.matches}
        linked: list[str] = []
        for field in ("person", "organization", "reported_by"):
            rid = getattr(record, field, None)
            linked += [rid] if isinstance(rid, str) else []
        for field in ("organizers", "parties", "participants"):
            linked += list(getattr(record, field, ()))
        return any(
            rid not in named
            and (self.store.get("person", rid) or self.store.get("organization", rid))
            for rid in linked
        )

    def _line(self, record: Record | None) -> AnswerLine | None:
        if isinstance(record, Claim):
            return self.lines.claim(record)
        if isinstance(record, Appearance):
            return self.lines.appearance(record, said=True)
        if isinstance(record, Milestone):
            return self.lines.milestone(record)
        if isinstance(record, Observation):
            return self.lines.observation(record)
        if isinstance(record, Role):
            return self.lines.role(record)
        if isinstance(record, (Instrument, Topic)):
            return self.lines.subject(record)
        return None


SHARE_REACH = 12
"""How far before a word for takings a word for a share may stand ("what share did live
performance and background music make up of MCSC's 2024 licensing revenue")."""
LISTED_MAX = 1000
"""Numbers below this, asked to be listed by name, are counts of things ("the 29
countries"); a year ("2019") is not."""
YEAR_AFTER_EVENT = 4
TALK_TO_TOPIC = 4
"""How far after "lecture" or "talk" a word asking its subject ("cover", "title") may come."""
YEAR_AFTER_STEP = 6
"""How many words after an instrument's name the year a statement gives a step of it may
come ("the memorandum - that was signed back in 2012")."""
DATED_VERBS = frozenset(
    "signed concluded adopted ratified acceded entered launched established founded agreed "
    "sign conclude adopt ratify accede enter launch establish found agree".split()
)
"""Verbs naming a dated step of an instrument."""
"""How far after an event's name a year may stand to be the year a statement gives it
("the Xiamen training took place in 2020")."""
SUMMING = frozenset("total totals sum combined together altogether add added aggregate".split())
"""Words asking for figures added up ("total the 2024 revenues of X, Y and Z")."""
DIFFERING = frozenset("difference gap minus subtract less".split())
"""Words asking for one figure less another ("the difference between X and Y in 2024")."""
_UNKNOWN_WORDS = "nothing it holds says"
"""How a refusal for words no fact holds begins (the closest facts may then be offered)."""
_COMMON_LABEL_WORDS = frozenset({"copyright", "china", "chinese", "industry", "total", "in", "of"})
"""Words of so many figures' labels that they name none of them."""
LISTED_REACH = 8
"""How far after "list", "name" or "what are" a question may give how many it wants."""
SOURCE_REACH = 7
COUNT_UNITS = tuple(u for u in UNITS if u not in ("CNY", "percent"))
"""The units a "how many" question may count in (`Answerer._counted_unit`)."""
MEASURE_SHARE = 0.5
CLOSE_MIN = 5
CLOSE_SHARE = 5
"""A statement asked about in five or more words of the question's own may miss one in five
of them (`Answerer._closest`), if no other statement holds as many."""
"""A statistic answers only a question that asks for at least this share of what it measures
(by its label or an alias): "What did MCSC earn" asks for its licensing revenue, "how many
members did CAVCA have" does not ask for its record companies."""


@value(frozen=True)
class Threshold:
    """A figure a question compares with: the number (in the statistic's unit), whether it
    asks above, below or at least ("reach"), and the question's own words for it."""

    number: float
    direction: str
    written: str


NEAR_MIN = 5
NEAR_SHARE = 3
NEAR_MAX = 3
"""A question of five or more words left may have one in three of them missed by the facts
that answer it, if each is a plain word (`Answerer._near`) and at most three facts fit best."""
NEAR_HARD = (
    ROLE_TITLES
    | ROLE_NOUNS
    | MODIFIERS
    | MONTHS
    | CURRENCY_WORDS
    | PLACE_NOUNS
    | _ABOVE
    | _BELOW
    | SPOKESPEOPLE  # "the name of the NCAC spokesperson": a person, whom a body's words lack
    | frozenset(
        (
            "first second third fourth fifth last final finally only single sole never not no "
            "none nor "
            "previously formerly earlier "
            "without neither every all both "
            "each earliest latest previous next former new newest oldest largest biggest "
            "smallest highest lowest fastest slowest most least best worst record before after "
            "since until between during increase increased decrease decreased fell fall drop "
            "dropped declined decline rose rise grew grow growth shrank shrink cut lost loss "
            "european african american asian australian british french italian german "
            "japanese korean russian indian chinese foreign international domestic national "
            "regional local global private public state government official online offline "
            "digital year years month months day days week weeks percent share million "
            "billion trillion thousand hundred dozen half twice double triple ceo president "
            "minister ministry court judge lawyer lawyers firm firms company companies "
            "university universities professor student students women men children date dates "
            "when behalf side sides opening closing opened closed final initial end start "
            "beginning negotiations negotiation negotiating negotiated talks "
            "theme themes motto slogan budget cost costs price prices agenda sponsor sponsors "
            "sponsored deadline mascot logo venue"  # "the theme of the 10th Expo": no fact
        ).split()  # that mentions the Expo without one is its theme
    )
    | NEAR_FOCUS
    | INTERVIEW_WORDS
)
"""Words a fact must hold to answer a question that asks them, however it is worded (an
interview among them, and an event's kind (`EVENT_KIND_WORDS`): which occasion it was)."""
PUT_ON_REACH = 7
"""How far after "put" its "on" may come ("put the 2023 Shanghai training on")."""

_THRESHOLD_PATTERN = (
    r"\b(?P<word>top|tops|topped|exceed(?:s|ed)?|above|over|surpass(?:es|ed)?|pass(?:ed)?|past|"
    r"clear(?:s|ed)?|cross(?:es|ed)?|crack(?:s|ed)?|break(?:s)?|broke|"
    r"beyond|(?:more|greater|higher)\s+than|below|under|(?:less|fewer|lower)\s+than|"
    r"reach(?:es|ed)?|hit|at\s+least)\s+(?:rmb\s+|cny\s+)?"
    r"(?P<number>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>%|percent\b|per\s+cent\b)?\s*"
    r"(?P<scale>thousand|million|billion|trillion)?"
)


_CLAIM_PATTERN = (
    r"(?<![\w.])(?:rmb\s+|cny\s+)?(?P<number>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?![\w,])\s*"
    r"(?P<unit>%|percent\b|per\s+cent\b)?\s*(?P<scale>thousand|million|billion|trillion)?"
    r"\s*(?:(?P<money>yuan|rmb)\b)?"
)
"""A figure a question states ("477 million yuan", "7.44%", "RMB 8.48 trillion")."""


_NAMED_BY_SPEAKER = frozenset(
    "named name names present presented presents introduce introduced introduces outline "
    "outlined outlines showcase showcased showcases".split()
)
"""Verbs right after a speaker's name that say what they named ("which platforms did Liu Hua
present"), not that they took part."""
_ADDRESSING = frozenset({"address", "addressed", "addresses", "addressing"})
"""Verbs of speaking to a gathering ("did she address the forum on X")."""


_POST_HOLDERS = ROLE_NOUNS | ROLE_TITLES | frozenset(
    "lawyer attorney counsel official executive exec boss chief head man guy woman rep".split()
)
"""Nouns for someone by their post, after a body's name ("the Alibaba lawyer")."""


def _figures_stated(text: str) -> Iterator[re.Match[str]]:
    """Each figure a question states (`_CLAIM_PATTERN`); the pattern is compiled only for a
    text holding a digit."""
    if not any(c.isdigit() for c in text):
        return iter(())
    return (
        m for m in re.finditer(_CLAIM_PATTERN, text, re.IGNORECASE)
        if not (re.search(_DAY_BEFORE, text[max(0, m.start() - 24) : m.start()])
                or re.match(_DAY_AFTER, text[m.end() : m.end() + 12]))
    )  # fmt: skip


_MONTHS_WRITTEN = frozenset(m.lower() for m in MONTH_NAMES)
_MONTH_SHORT = frozenset(s for s, w in SHORT_FORMS.items() if w in _MONTHS_WRITTEN)
_MONTH_WORD = "(?:{})\\.?".format(
    "|".join(sorted(_MONTHS_WRITTEN | _MONTH_SHORT, key=lambda m: (-len(m), m)))
)
"""A month as people write it, in full or short ("Dec", "Sept."): from the months' names."""
_DAY_BEFORE = rf"(?i)\b{_MONTH_WORD}\s+(?:\d{{1,2}}\s*(?:-|\u2013|to|and)\s*)?$"
"""What comes before a day of a month ("Dec 2-4", "on March 13"): no figure stated."""
_DAY_AFTER = (
    rf"(?i)^(?:st|nd|rd|th)?\s*(?:(?:-|\u2013|to)\s*\d{{1,2}}\s*)?(?:of\s+)?{_MONTH_WORD}\b"
)
"""What comes after a day of a month ("2-4 December", "13th of March")."""


_FIGURE_CLAIMED = (
    r"(?i)\d(?:[\d,.]*\d)?\s*(?:%|percent\b|per\s+cent\b|(?:thousand|million|billion|trillion|"
    r"yuan|rmb)\b)"
)
"""A figure with its unit or scale as a question states it ("5.1 billion", "7.44%")."""


def _claims_figure(text: str) -> bool:
    """Whether a question states a figure with a unit or scale ("5.1 billion", "7.44%")."""
    return any(c.isdigit() for c in text) and re.search(_FIGURE_CLAIMED, text) is not None


def _a_count(word: str) -> bool:
    """Whether a word is a count ("170,000", "29", "one"), not a year ("2018")."""
    digits = word.replace(",", "")
    if digits.isdigit():
        return not _a_year_word(digits)
    return word in COUNT_WORDS[1:]


def _thresholds(text: str) -> list[re.Match[str]]:
    """The numbers a question compares with ("top 50%"), years left out (`_a_year`); the
    pattern is compiled (then cached by re) only for a question with a digit and a word of
    comparison, not when `ask` starts (about 1 ms)."""
    lowered = text.lower()
    if not any(c.isdigit() for c in text) or not any(w in lowered for w in _COMPARING):
        return []
    pattern = re.compile(_THRESHOLD_PATTERN, re.IGNORECASE)
    return [m for m in pattern.finditer(text) if not _a_year(m)]


def _compared(line: AnswerLine, quantity: Quantity, threshold: Threshold) -> AnswerLine:
    """A figure's line with whether it is above (below, at least) the number asked about:
    "Yes", "No", or that the article's figure cannot tell."""
    verdict = compare(quantity, threshold)
    asked = {"above": "above", "below": "below", "reach": "at least"}[threshold.direction]
    if verdict is None:  # "topped 1 billion yuan?" of "exceeded 100 million yuan": not
        note = f"{_CANNOT_TELL} it is {asked} {threshold.written}"  # what the article says,
        said = f'it gives "{quantity.as_written}"; {note}'  # though it cannot rule it out
        return replace(line, text=f"Not as the article gives it (our reading: {said}): {line.text}")
    word = "Yes" if verdict else "No"
    said = asked if verdict else f"not {asked}"
    return replace(line, text=f"{word}: {line.text}, {said} {threshold.written} {COMPARISON}")



def _each_post_once(roles: Iterable[Role]) -> list[Role]:
    """Each post (title at an organization) once, at its latest date, latest first."""
    latest: dict[tuple[str, str | None], Role] = {}
    for role in sorted(roles, key=lambda r: (r.as_of, r.id), reverse=True):
        latest.setdefault((role.title, role.organization), role)
    return list(latest.values())


def _item_named(
    stat: tuple[Statistic, list[int]] | None,
    own: set[int],
    found: Sequence[Statistic],
    words: Sequence[str],
) -> bool:
    """Whether a statistic found for one item of a list of figures asked is a new one and
    holds every word of the item's own ("how much did it grow on the previous year": a
    growth figure is year on year)."""
    if stat is None or stat[0] in found:
        return False
    said = {i for i in own if words[i] not in HOW_BIG}  # "trading - value": how much of it
    if "growth" in fold(stat[0].label).split():
        said = {i for i in said if words[i] not in YEAR_BEFORE}
    return said <= set(stat[1])


_ABOVE_WORDS = frozenset("above ahead exceed exceeds exceeded exceeding outstrip outstripped".split())
_BELOW_WORDS = frozenset("below behind beneath under".split())
"""Words that set one figure above (below) another in a claim of two figures ("the share in
Beijing was below the national average"), beside the comparatives of `MORE_WORDS`."""


def _direction_checked(line: AnswerLine, quantity: Quantity, direction: str) -> AnswerLine:
    """A growth figure's line with whether the figure moved the way the question asks: "No
    (our reading: it went up)" for "did it drop?" and a growth of 11%; the line as it was
    when the figure's hedge or range leaves the sign open."""
    bounds = _bounds(quantity)
    if bounds is None or (bounds[0] <= 0 <= bounds[1]):
        return line
    went = "up" if bounds[0] > 0 else "down"
    verdict = "Yes" if went == direction else "No"
    return replace(line, text=f"{verdict} (our reading: it went {went}): {line.text}")


def _checked(
    line: AnswerLine,
    quantity: Amount | Quantity | None,
    claim: Threshold,
    *,
    exact: bool = False,
) -> AnswerLine:
    """A figure's line with whether it is the figure the question states: "Yes" when the
    article's figure can be it, "No" with the article's figure when it cannot; a figure
    stated as exact ("exactly 100") against a hedged one ("More than 100") is not as the
    article gives it."""
    bounds = _bounds(quantity) if quantity is not None else None
    if bounds is None:
        return line
    low, high = bounds
    slack = _rounding(claim)  # "477 million" of 477,000,000; "7.41%" is not 7.44%
    open_ended = quantity is not None and quantity.qualifier in OPEN_QUALIFIERS
    anchor = quantity.value if quantity is not None and quantity.value is not None else 0.0
    if not low - slack <= claim.number <= high + slack:
        return replace(line, text=f"No, not {claim.written}: {line.text} (our comparison)")
    if exact and quantity is not None and quantity.qualifier != "exact":
        return replace(  # "exactly 100 people?" against "More than 100": no exact figure
            line,
            text=f"Not as the article gives it: {line.text} "
            f"(our comparison: the article's figure is hedged, not exactly {claim.written})",
        )
    if open_ended and abs(claim.number - anchor) > slack + abs(anchor) * OPEN_REACH:
        return replace(  # "230 million" against "more than 23 million": it says no such thing
            line,
            text=f"Not as the article gives it: {line.text} (our comparison: not {claim.written})",
        )
    return replace(line, text=f"Yes: {line.text} (our comparison with {claim.written})")


def _counts(unit: str, other: str) -> bool:
    """Whether two figures' units are both counts ("companies", "producers"), not a share or
    an amount of money: the counts an article gives together in a sentence."""
    return not {unit, other} & {"percent", "CNY", "years"}


OPEN_QUALIFIERS = frozenset({"more_than", "at_least", "less_than", "up_to"})
"""Hedges that leave one end open ("more than 23 million")."""
OPEN_REACH = 0.25
"""How far past an open-ended figure a stated one may be and still be read as it ("25
million" of "more than 23 million"; not "230 million", which the article never gives)."""


def _rounding(claim: Threshold) -> float:
    """Half a unit of the last digit a stated figure is written with, at its scale ("7.41%":
    0.005; "477 million": half a million): how far the article's figure may be from it and
    still be it."""
    written = re.search(r"\d[\d,]*(?:\.(\d+))?", claim.written)
    if written is None:
        return max(abs(claim.number) * 0.005, 1e-9)
    shown = float(written.group().replace(",", ""))
    scale = claim.number / shown if shown else 1.0
    places = len(written.group(1) or "")
    return max(0.5 * abs(scale) / 10.0**places, 1e-9)


def _a_year(match: re.Match[str]) -> bool:
    """Whether a compared number is a year ("over 2017 to 2023") or a span of years."""
    number, rest = match.group("number"), match.string[match.end() :].lstrip().lower()
    if match.group("unit") or match.group("scale"):
        return False
    before = match.string[max(0, match.start() - 12) : match.start()].lower().split()[-1:]
    month = before[0].rstrip(".") if before else ""
    if len(month) >= 3 and any(m.startswith(month) for m in MONTHS):  # "on March 13", "Oct 17"
        return True  # a day
    lead = match.string[: match.start("number")].lower().split()[-2:]
    after = re.findall(r"[a-z]+", rest[:40])[:2]  # "over 2000 record companies": a count
    if is_count([*lead, number, *after], len(lead)):  # "more than 2000 record companies"
        return False
    return (number.isdigit() and 1900 <= int(number) <= 2100) or rest.startswith("year")


def _stated_figure(words: Sequence[str]) -> bool:
    """Whether words begin with a figure that is not a year ("between 9% and 12%")."""
    return bool(words) and words[0][:1].isdigit() and not _a_year_word(words[0])


def _larger(a: Quantity | Amount, b: Quantity | Amount) -> bool | None:
    """Whether one figure is larger than another as the article gives each (True), smaller
    (False), or None when their hedges leave either possible or one has no bounds."""
    x, y = _bounds(a), _bounds(b)
    if x is None or y is None:
        return None
    if x[0] > y[1]:
        return True
    if x[1] < y[0]:
        return False
    return None


def _bounds(quantity: Quantity | Amount) -> tuple[float, float] | None:
    """The least and the most a figure as the article gives it can be ("more than 4
    billion": 4 billion to no end; "about 5.1": 5 per cent either side); None without one."""
    v, q = quantity.value, quantity.qualifier
    inf = float("inf")
    if q == "range" and quantity.low is not None and quantity.high is not None:
        return quantity.low, quantity.high
    if v is None:
        return None
    if q == "exact":
        return v, v
    if q in ("more_than", "at_least"):
        return v, inf
    if q in ("less_than", "up_to"):
        return -inf, v
    if q == "nearly":
        return v * 0.9, v
    return v * 0.95, v * 1.05  # approximately


def most_of(part: Amount, whole: Amount) -> bool | None:
    """Whether a part is most (more than half) of a whole, each as the article gives it:
    True, False, or None when their hedges leave both possible."""
    p, w = _bounds(part), _bounds(whole)
    if p is None or w is None or part.unit != whole.unit or w[0] <= 0:
        return None
    if p[0] > w[1] / 2:
        return True
    return False if p[1] <= w[0] / 2 else None


def compare(quantity: Quantity, threshold: Threshold) -> bool | None:
    """Whether a figure as the article gives it is above (below, at least) a number: True,
    False, or None when its hedge leaves both possible ("about 100" against 100)."""
    bounds = _bounds(quantity)
    if bounds is None:
        return None
    low, high = bounds
    q = quantity.qualifier
    t = threshold.number
    strict_low = q == "more_than"  # "more than 60%" is above 60%
    strict_high = q in ("less_than", "nearly")
    if threshold.direction == "above":
        if low > t or (low == t and strict_low):
            return True
        return False if high <= t else None
    if threshold.direction == "below":
        if high < t or (high == t and strict_high):
            return True
        return False if low >= t else None
    if low >= t:
        return True
    return False if high < t or (high == t and strict_high) else None


def _and_words(items: Sequence[str]) -> str:
    """'a', 'a or b', 'a, b or c'."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def _measure_kind(statistic: Statistic) -> str | None:
    words = set(fold(statistic.label).split())
    for kind in ("growth", "share", "ratio"):
        if kind in words:
            return kind
    return None


MODAL_REACH = 5
PROMOTED_REACH = 16
"""How far before what was worked for a word of working for it may come ("to promote the
entry into force of the Beijing Treaty and the ratification of the Marrakesh Treaty")."""


def _says_force(milestone: Milestone) -> bool:
    """Whether a step speaks of entry into force ("enter into force", "take effect")."""
    texts = [milestone.summary, *(ev.quote for ev in milestone.evidence)]
    return any(re.search(r"\binto force\b|\bin force\b|\beffect\b", t, re.I) for t in texts)


_HOPING = frozenset(
    "hope hopes hoped hoping wish wishes wished want wants wanted call calls called urge urges "
    "urged expect expects expected".split()
)
"""Words by which a statement says what someone hoped for or called for, not what is so."""
_HOPE_REACH = 6
"""How many words into a statement's summary its verb of hoping may stand ("Sylvie Forbin
hoped ...", "Zhou Yaping called for ...")."""


def _a_hope(record: Record | None) -> bool:
    """Whether a statement tells what its speaker hoped, wanted or called for ("Sylvie Forbin
    hoped the Beijing Treaty would take effect soon"), which bears out no claim of what is."""
    if not isinstance(record, Claim):
        return False
    return bool(set(fold(record.summary).split()[:_HOPE_REACH]) & _HOPING)


def _only_hoped(
    record: Milestone | Claim,
    word: str,
    cues: frozenset[str] = MODALS,
    reach: int = MODAL_REACH,
) -> bool:
    """Whether a fact says the word only of what would, will or may happen ("one more
    ratification would bring it into force" does not say when it entered into force), or
    (with ``cues``) only of what someone worked for ("to promote ... the ratification")."""
    texts = [record.summary, *(ev.quote for ev in record.evidence)]
    found = False
    for text in texts:
        words = fold(text or "").split()
        for i, w in enumerate(words):
            if _word_in(word, (w,)):
                found = True
                if not cues & set(words[max(0, i - reach) : i]):
                    return False
    return found


NOTHING_SAID = lazy_pattern(
    r"\b(no (topic|remarks?)|attributes no|reports no|not attributed|without saying who)\b",
    re.IGNORECASE,
)
"""How our summary of a speech says the article gives nothing of what was said in it."""


def _says_nothing(record: Record) -> bool:
    """Whether a speech's summary says the article reports nothing of what was said (such
    an appearance answers who spoke, never what they said)."""
    return isinstance(record, Appearance) and bool(NOTHING_SAID.search(record.summary))


def _number(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


_PUT_ON = (("put", "together"), ("put", "on"), ("laid", "on"), ("set", "up"))
"""Two words that, before "by", say who organized an event ("put on by NCAC")."""

_LEANS_ON = (LEANING | {"that", "this", "its"}) - {"one", "ones"}
"""Words a clause after "and" leans on the figure before it with ("..., and was that up?")."""

_NAME_ASKED = frozenset(
    "behind used use english official officially common commonly known go goes by initials".split()
)
"""Words that go with asking an organization's name or abbreviation, asking nothing more."""

_AFTER_TOTAL = frozenset("in for of was is were last this that then according from".split())
"""Words after "total" that make it a noun ("CAVCA's total in 2024"), not an adjective."""


def _a_year_word(word: str) -> bool:
    """Whether a word is a year ("2023"), not a count."""
    return len(word) == 4 and word.isdigit() and 1900 <= int(word) <= 2100


def _in_year(event: Event | None, year: int) -> bool:
    if event is None:
        return False
    dates = [d for d in (event.start, event.end) if d]
    return any(d.startswith(str(year)) for d in dates)


def _event_at(event: Event, place: str) -> bool:
    """Whether an event was held in a place: its city, its region ("the forum in Sichuan")
    or its country."""
    wanted = fold(place).removesuffix(" province")
    return wanted in (fold(event.city or ""), fold(event.region or ""), fold(event.country or ""))


_NUMBER_SAID = (
    r"(?<![\w.])(\d[\d,]*(?:\.\d+)?)(?:\s*(%|percent\b|per\s+cent\b|pct\b|(?:st|nd|rd|th)\b|"
    r"mn\b|bn\b|trn\b|tn\b|million\b|billion\b|trillion\b)|(?![A-Za-z\d]))"
    r"((?:\s+[A-Za-z]+){0,3})"
    r"|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|another|one)\b"
    r"((?:[\s-]+[A-Za-z]+){1,3})"
)
"""A number as a text writes it, with what follows it: "477 million yuan", "11%", "50th
anniversary", "eight treaties", "another country" (compiled, then cached by re, only for a
"Yes" to be borne out)."""

_MAGNITUDE = {
    "million": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12, "trn": 1e12,
    "tn": 1e12,
}  # fmt: skip
_LOOSE = (
    "more than", "less than", "fewer than", "over", "above", "under", "below", "at least",
    "at most", "up to", "nearly", "almost", "about", "around", "roughly", "approximately",
    "some", "like", "exceeded", "exceeds", "exceed", "surpassed", "passed", "top", "topped",
    "beyond", "approx", "circa", "~", ">", "<",
)  # fmt: skip
"""Words before a number that make it a bound or a guess ("more than 7.4%"), which the
comparison of figures judges, not the match of one number."""

_PASSED = frozenset(
    "more than|over|above|at least|exceeded|exceeds|exceed|surpassed|passed|top|topped|beyond|>"
    .split("|")
)
"""The bounds in `_LOOSE` a figure is said to pass ("topped a billion yuan")."""

_WITHIN = frozenset("less than|fewer than|under|below|at most|up to|<".split("|"))
"""The bounds in `_LOOSE` a figure is said to stay within ("under 7%")."""
_TRIVIAL = frozenset({"to", "of", "the", "a", "an", "and", "in", "on", "for", "by", "or"})


@value(frozen=True)
class _Said:
    """A number a text states: its value, its shape (year, percent, ordinal or count), as
    written, the words after it, its digits before any scale, and whether a bound or a
    guess ("more than", "about") goes before it."""

    value: float
    shape: str
    written: str
    after: frozenset[str]
    digits: float = 0.0
    loose: bool = False
    lead: str = ""  # the bound or guess before it ("more than", "topped")
    bound: int = 0  # +1: it is exceeded ("more than", "topped"); -1: it is not reached


def _numbers_said(text: str) -> list[_Said]:
    """Every number a text states (`_NUMBER_SAID`), a year as a year."""
    found: list[_Said] = []
    original = text  # "a billion" as written, where the text read has "1 billion"
    text = re.sub(r"(?i)\ba(?=\s+(?:million|billion|trillion)\b)", "1", text)
    if "half 1 " in text.lower():  # "half a billion": 500 million, written so
        text = original = re.sub(HALF_A, halved, text)
    for m in re.finditer(_NUMBER_SAID, text, re.IGNORECASE):
        following = fold(m.group(3) or m.group(5) or "").split()
        after = frozenset(w for w in following if w not in _TRIVIAL)
        before = text[max(0, m.start() - 14) : m.start()].lower().rstrip()
        loose = before.endswith(_LOOSE)
        lead = next((x for x in _LOOSE if before.endswith(x)), "") if loose else ""
        bound = 1 if lead in _PASSED else -1 if lead in _WITHIN else 0
        if m.group(4):  # "eight treaties", "another country", "ten million"
            word = m.group(4).lower()
            value = float(1 if word == "another" else COUNT_WORDS.index(word))
            scale = _MAGNITUDE.get(following[0], 1) if following else 1
            written = " ".join([word, *following[:1]])  # "five more", "eight treaties"
            found.append(_Said(value * scale, "count", written, after, value, loose, lead, bound))
            continue
        value = float(m.group(1).replace(",", ""))
        unit = re.sub(r"\s+", " ", (m.group(2) or "").lower())
        digits = value
        shape = _shape(unit, value)
        if shape == "count":
            value *= _MAGNITUDE.get(unit, 1)
        written = original[m.start() : m.end(2) if m.group(2) else m.end(1)]
        found.append(_Said(value, shape, written, after, digits, loose, lead, bound))
    return found


def _shape(unit: str, value: float) -> str:
    """A number's shape by the unit after it: percent, ordinal, year or count."""
    if unit in ("%", "percent", "per cent", "pct"):
        return "percent"
    if unit in ("st", "nd", "rd", "th"):
        return "ordinal"
    if not unit and value.is_integer() and 1900 <= value <= 2099:
        return "year"
    return "count"


def _numbers_borne(reply: Reply, text: str) -> Reply:
    """The reply, with its "Yes" kept only when the facts given bear out every number the
    question states, and never before a line that says "No" to part of the claim: a number
    they say otherwise of the same kind makes it "No" ("the 40th
    anniversary": the 50th; "six treaties": 8; the MoU "in 2019": signed in 2015), one they
    do not speak to leaves the facts without a verdict ("477 million yuan, up 27%" when only
    the 477 million is given)."""
    lines = reply.lines
    if not lines or not lines[0].text.startswith("Yes"):
        return reply
    denied = [x for x in lines if x.text.startswith("No")]
    if denied:  # "477 million yuan, up 27%": "No, not 27%" before "Yes" on the 477 million
        return replace(reply, lines=(*denied, *(x for x in lines if x not in denied)))
    first = lines[0]
    stated = _numbers_said(re.sub(_PAIR, " ", ordinals_as_figures(text[:_PATTERN_MAX])))
    if not stated:  # "... was the fortieth anniversary. Is that right? Fortieth?": the 40th
        return reply  # too, however the question proper reads
    held: list[_Said] = []
    for line in lines:
        held += _numbers_said(line.text)
        quantity = line.value
        if quantity is not None:
            held += _numbers_said(quantity.as_written)
            units = frozenset(fold(quantity.unit).split())
            bounds = (quantity.value, quantity.low, quantity.high)
            held += [_Said(float(x), "count", "", units) for x in bounds if x is not None]
        if line.period:
            held += _numbers_said(str(line.period))
    guesses = [n for n in stated if n.loose and n.shape != "year"]  # "topped a billion yuan"
    stated = [n for n in stated if not n.loose and not n.written.startswith("one ")]  # "more
    # than 7.4%" is a bound, judged with the figures; "one of the fields" no count
    if first.kind == "appearance":  # "X addressed the 2021 training - was she at the 2023
        proper = re.split(r"\s[-\u2014\u2013]\s|[.;:]\s", text)[-1]  # one too?": the year the
        years = {n.value for n in _numbers_said(proper) if n.shape == "year"}  # question
        stated = [n for n in stated if n.shape != "year" or n.value in years]  # proper asks
    elif first.kind not in _DATED_DEEDS:  # "director at the 2021 Xiamen training and the 2025
        stated = [n for n in stated if n.shape != "year"]  # roundtable": events by year
    elif first.kind != "event":  # "does the 2023 Shanghai training report say WIPO signed
        dating = _years_naming(text)  # a memorandum": the year says which event or article,
        stated = [n for n in stated if n.shape != "year" or n.value not in dating]  # not
        # when it was signed
    unborne = [n for n in stated if not any(_same_value(n, h) for h in held)]
    unspoken = [  # a bound or a guess no figure given speaks to, in its value or its kind
        n for n in guesses
        if not any(_same_value(n, h) or (h.shape == n.shape and _rival(n, h)) for h in held)
    ]  # fmt: skip
    passed = _bound_judged(guesses, lines) if not unborne else None
    if passed is not None:  # "trading topped a billion yuan in 2018?": more than 100 million
        return passed_reply(reply, *passed)
    if not unborne and unspoken:  # "trading topped a billion yuan, with 170,000 works": the
        plain = _unjudged(first.text)  # works alone bear out no verdict on the whole
        return replace(reply, lines=(replace(first, text=plain), *lines[1:]))
    if not unborne:
        return reply
    plain = _unjudged(first.text)
    asked = unborne[0]
    rivals = [h for h in held if h.shape == asked.shape and h.written and _rival(asked, h)]
    said_years = {h.value for h in rivals if h.shape == "year"}
    if asked.shape == "year" and (len(said_years) != 1 or first.kind not in _DATED_DEEDS):
        rivals = []  # "signed in 2019?": one year on record, or no verdict
    if rivals:
        reading = f"No (our reading: it says {rivals[0].written}, not {asked.written})"
        plain = f"{reading}: {plain}"
    return replace(reply, lines=(replace(first, text=plain), *lines[1:]))


def _bound_judged(guesses: Sequence[_Said], lines: Sequence[AnswerLine]) -> tuple[int, str] | None:
    """The line whose figure settles a bound a claim states that it does not bear out, and
    our reading of it: a figure on the other side of the bound ("topped a billion yuan":
    exactly 477 million) is "No"; a bound of its own short of the claim's ("more than 100
    million yuan") bears it not out; None when every bound is borne out or unspoken to."""
    for n in (g for g in guesses if g.bound):
        for k, line in enumerate(lines):
            for h in _numbers_said(line.text):
                if h.shape != n.shape or not _rival(n, h) or _same_value(n, h):
                    continue
                short = (h.value - n.value) * n.bound < 0  # on the near side of the bound
                claimed = f"{n.lead} {n.written}"
                said = f"{h.lead} {h.written}".strip()
                if short and not h.loose:
                    return k, f"No (our reading: it says {said}, not {claimed})"
                if short and h.bound == n.bound:
                    return k, f"Not borne out (our reading: it says {said}, not {claimed})"
    return None


def passed_reply(reply: Reply, k: int, reading: str) -> Reply:
    """The reply led by its line ``k`` under our reading of the claim, every "Yes" taken off."""
    lines = [replace(x, text=_unjudged(x.text)) for x in reply.lines]
    first = replace(lines[k], text=f"{reading}: {lines[k].text}")
    return replace(reply, lines=(first, *lines[:k], *lines[k + 1 :]))


_DESCRIBED = 4
"""The most words a person described by place and title may take ("an Italian law professor")."""

_LABEL_SHARE = 0.6
"""The share of a statistic label's words a question must give to name that figure."""

_TITLE_REACH = 10
"""How many words from a person's name a title the question gives them may stand ("Zhao
Xiuling title at the xiamen training - draft calls her director general")."""

_OTHERS_ASKED = frozenset("anyone anybody someone somebody other another else besides".split())
"""Words that ask of people beside the one a question names ("anyone else from WIPO?")."""

_RANKS = frozenset("deputy vice assistant associate acting executive senior".split())
"""Words that make a title another rank ("Deputy Director General" is no "Director General")."""

_UNIVERSITY = (r"\buniversity of (\w+)", r"\b(\w+) university\b")
"""How a university's name says where it is ("University of Turin", "Peking University")."""


def _person_borne(lookup: Lookup, reply: Reply, text: str) -> Reply:
    """The reply, with its "Yes" kept only when the person its first fact is about is the
    one person the question names, under a title and at a university the record gives them:
    "I have Liu Ping down as CAVCA's speaker, right?" answered with CAVCA's speaker, Zhou
    Yaping, is "No"; so is "Gao Hang, WIPO Deputy Director General" (she is a Director) and
    "Cogo, professor at the University of Milan" (Turin)."""
    lines = reply.lines
    if not lines or not lines[0].text.startswith("Yes"):
        return reply
    record = lookup.store.get(lines[0].kind, lines[0].id)
    if isinstance(record, Person):
        person = record.id
    elif isinstance(record, (Role, Appearance)):
        person = record.person
    else:
        return reply
    words = fold(text).split()
    named = _people_named(lookup, words)
    if len(named) != 1 or _OTHERS_ASKED & set(words):
        return reply
    (asked, (start, end)), = named.items()
    if person != asked:
        turned = _turned_no(reply, f"it names {_person_name(lookup, person)}, not "
                            f"{_person_name(lookup, asked)}")  # fmt: skip
        asker = Answerer(lookup, text)  # "was Gao Yunfei there on behalf of WIPO?": No,
        own = [asker.lines.role(r) for r in _each_post_once(asker.rel.roles_of_person(asked))]
        return replace(turned, lines=tuple(dict.fromkeys((*turned.lines, *own)))[:MAX_LINES])
    roles = [r for r in lookup.store.related("role", "person", person) if isinstance(r, Role)]
    held = {fold(r.title) for r in roles}
    titles = {fold(r.title) for r in lookup.store.all("role") if isinstance(r, Role)}
    given = sorted(titles - held, key=lambda t: -len(t.split()))
    for i, title in ((i, t) for t in given for i in _runs_at(words, t.split())):
        far = i - end > _TITLE_REACH if i >= end else start - i - len(title.split()) > 2
        near = set(words[max(0, i - 3) : i + len(title.split()) + 3])
        loose = any(  # "Asia Pacific regional director" for "Regional Director for Asia
            set(title.split()) <= set(t.split())  # Pacific"; not "director general" for
            and not (set(t.split()) - near) & _RANKS  # "Deputy Director General"
            for t in held
        )
        if roles and not far and not loose:
            shown = ", ".join(sorted({r.title for r in roles}))
            return _turned_no(reply, f'the record gives their title as {shown}, not "{title}"')
    bodies = [_body_chain(lookup, r.organization) for r in roles]
    places = {p for chain in bodies for body in chain for p in _universities(fold(body.name))}
    asked_at = _universities(fold(text)) - STOP - {"right", "correct", "same", "which"}
    if places and asked_at and not any(_like(a, p) for a in asked_at for p in places):
        at = ", ".join(chain[0].name for chain in bodies if chain)
        return _turned_no(reply, f"the record has them at {at}")
    return reply


def _people_named(lookup: Lookup, words: Sequence[str]) -> dict[str, tuple[int, int]]:
    """The people a question names in full (two words or more), with where it names them."""
    named: dict[str, tuple[int, int]] = {}
    for someone in lookup.store.all("person"):
        assert isinstance(someone, Person)
        for name in (fold(n).split() for n in (someone.name, *someone.aliases)):
            at = next(iter(_runs_at(words, name)), None)
            if at is not None and len(name) > 1:
                named.setdefault(someone.id, (at, at + len(name)))
    return named


def _person_name(lookup: Lookup, rid: str) -> str:
    who = lookup.store.get("person", rid)
    return who.name if isinstance(who, Person) else rid


def _body_chain(lookup: Lookup, rid: str | None) -> list[Organization]:
    """A body and the bodies above it (a department, then its university)."""
    chain: list[Organization] = []
    body = lookup.store.get("organization", rid or "")
    while isinstance(body, Organization) and body not in chain:
        chain.append(body)
        body = lookup.store.get("organization", body.parent or "")
    return chain


def _coded(word: str) -> bool:
    """Whether a folded word is written with digits and letters ("5g", "40th", "4k")."""
    return any(c.isdigit() for c in word) and any(c.isalpha() for c in word)


def _like(typed: str, name: str) -> bool:
    """Whether a place as a reader writes it may be the one on record ("Estrasburgo" for
    Strasbourg, "Turino" for Turin)."""
    return ratio(typed, name) >= _LIKE


_LIKE = 70
"""How alike (`matching.ratio`, rapidfuzz's, 0 to 100) a place as written and a place on
record must be to be taken as the same ("estrasburgo" and "strasbourg": 86; "milan" and
"turin": 40)."""


def _universities(text: str) -> set[str]:
    """The places a folded text's university names give ("university of turin": turin)."""
    return {m.group(1) for pattern in _UNIVERSITY for m in re.finditer(pattern, text)}


def _runs_at(words: Sequence[str], run: Sequence[str]) -> list[int]:
    """Where a run of words stands in a text's words."""
    size = len(run)
    return [i for i in range(len(words) - size + 1) if list(words[i : i + size]) == list(run)]


def _unjudged(text: str) -> str:
    """A line without the "Yes" verdict put on it ("Yes (our reading): ", "Yes: ... (our
    reading)"): the fact alone."""
    text = re.sub(r"^Yes \(our reading: [^()]*\): ", "", text)  # "(our reading: three days)"
    return text.removeprefix(AFFIRMED).removeprefix("Yes: ").removesuffix(" (our reading)")


def _turned_no(reply: Reply, reading: str) -> Reply:
    """The reply with its first line's "Yes" turned to "No (our reading: ...)"."""
    first = reply.lines[0]
    denied = replace(first, text=f"No (our reading: {reading}): {_unjudged(first.text)}")
    return replace(reply, lines=(denied, *reply.lines[1:]))


_COUNTED_REACH = 4
"""How many words after "how many" the thing counted may come ("how many Belt and Road
countries")."""

_CANNOT_TELL = "the figure cannot tell whether"
"""How a line says the figure on record cannot settle the claim checked."""

_PAIR = r"(?i)\b(?:the|these|those|both|its|their)\s+two\b"
"""How a question names the pair it compares ("comparing the two years"): no count it claims."""

_NAMED_BY_YEAR = 3
"""How many words after a year may hold the event or article noun it names ("the 2023
Shanghai training report")."""


def _years_naming(text: str) -> set[float]:
    """The years a question writes before an event's or an article's noun ("the 2023
    Shanghai training report"): which one, not a date claimed for what it reports."""
    words = words_of(text[:_PATTERN_MAX])
    nouns = set(EVENT_KIND_WORDS) | SOURCE_NOUNS
    return {
        float(w)
        for i, w in enumerate(words)
        if re.fullmatch(r"(?:19|20)\d{2}", w) and nouns & set(words[i + 1 : i + 1 + _NAMED_BY_YEAR])
    }

_DATED_DEEDS = frozenset({"instrument", "milestone", "event"})
"""Kinds of fact whose one year is when the thing was done (signed, marked, held)."""


def _same_value(asked: _Said, held: _Said) -> bool:
    """Whether two numbers are the same value ("477mn" and "477 million yuan"; "8.48" and
    "8.48 trillion": the same digits, one of them without a scale)."""
    if abs(asked.value - held.value) <= 1e-9 * max(1.0, abs(asked.value)):
        return True
    unscaled = asked.value == asked.digits or held.value == held.digits
    return unscaled and asked.digits == held.digits and bool(asked.digits)


def _rival(asked: _Said, held: _Said) -> bool:
    """Whether a number a fact states is of the same thing as one the question states: a
    year, a percent or an ordinal; a count with a word after it in common ("six treaties",
    "8 treaties"; "five more", "one more") or a sum of money."""
    if asked.shape != "count":
        return True
    if asked.after & held.after:
        return True
    money = {"yuan", "rmb", "cny"}
    return bool(asked.after & money and held.after & money)


def _on_axis(word: str, axis: str) -> bool:
    """Whether a word says which way a thing stands or moves on an axis (`WAYS`)."""
    return word in WAYS and WAYS[word][0] == axis


def _way_at(words: Sequence[str], i: int) -> str | None:
    """The word in `WAYS` a word says a thing stands or moves by where it stands: itself when
    `_a_way`, a trend after a verb's "-ing" ("spending less": "declining"), "_" for a level
    word that says none ("one more country"); None for a word that is no way."""
    word = words[i]
    if word not in WAYS:
        return None
    if _a_way(words, i):
        return word
    if i and words[i - 1].endswith("ing") and words[i - 1] not in STOP:
        return "rising" if WAYS[word][1] > 0 else "declining"
    if i and words[i - 1] in _BECOMING and word in COMPARATIVES:  # "budgets are smaller":
        return "rising" if WAYS[word][1] > 0 else "declining"  # than they were
    return "_"


_BECOMING = frozenset("is are was were be been become became becomes get got gets".split())
"""Words before a comparative with nothing to compare it to that make it a change ("budgets
are smaller": smaller than they were)."""


def _a_way(words: Sequence[str], i: int) -> bool:
    """Whether a word says which way a thing stands or moves (`WAYS`) where it stands: a
    level only before "than" or "the" ("above the global average", "less than"), not
    "under its terms" or "one more country"."""
    if words[i] not in WAYS:
        return True
    if WAYS[words[i]][0] != "level":
        return True
    return bool(set(words[i + 1 : i + 2]) & _LEVEL_AFTER) or _against_average(words, i)


def _a_number(word: str) -> bool:
    """Whether a word is a number as typed ("11", "4.52")."""
    return bool(re.fullmatch(r"\d+(?:\.\d+)?", word))


def _against_average(words: Sequence[str], i: int) -> bool:
    """Whether a comparative stands apart from the average it is set against ("contribute
    less to the economy than the global average"): a level, as "below the average" is."""
    if words[i] not in WAYS or WAYS[words[i]][0] != "level":
        return False
    than = next((j for j in range(i + 2, min(i + 6, len(words))) if words[j] == "than"), 0)
    return bool(than) and "average" in words[than + 1 : than + 5] and not any(
        c.isdigit() for w in words[i:than] for c in w
    )


_REPLY_CHECKS: tuple[Callable[[Lookup, Reply, str], Reply], ...] = (
    lambda lookup, reply, text: _choice_unjudged(_numbers_borne(reply, text), text),
    _figure_of_another_year,
    _person_borne,
    _speaker_borne,
    _first_of_its_kind,
    _name_and_post_named,
    _name_not_a_verdict,
    _them_not_listed,
    _asked_of_unknown,
    _why_not_a_figure,
    _percent_not_given,
    _own_words_added,
    lambda lookup, reply, text: _said_once(reply),
)
"""What a reply is checked against after it is found, in order: its figures borne out and a
"which of them" left unjudged, the year of its figure, its person and speaker, an opening
talk, a name asked with a post, a "why" no figure answers, a percentage asked of figures in
another unit, a speaker's own words added, and no fact given twice."""


def _said_once(reply: Reply) -> Reply:
    """A reply without a plain line that a verdict line of the same fact already gives
    whole ("Yes: MCSC ... 477 million yuan (our comparison ...)" and "MCSC ... 477 million
    yuan"); as it is otherwise."""
    judged = [x for x in reply.lines if x.text.startswith(("Yes", "No"))]
    if not judged:
        return reply
    kept = tuple(
        x for x in reply.lines
        if x in judged or not any((y.kind, y.id) == (x.kind, x.id) and x.text in y.text
                                  for y in judged)
    )  # fmt: skip
    return reply if len(kept) == len(reply.lines) else replace(reply, lines=kept)
