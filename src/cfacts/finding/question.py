"""Reads a plain question into what it names: words, years, places, kinds and entities.

No model and no network. The question's words are folded like every query (possessives
dropped, "%" read as "share"); years, "last year" and "latest" are read as time; places are
the cities, countries and regions the fact base itself names; phrases such as "collective
management organizations" or "CMOs" name a kind of organization; and spans of words are
matched against the names of people, organizations, events, treaties and topics with the
lookups' own matcher (`Mention`). What each word was taken for is kept by position, so the
answer can check that it accounts for every word the question asks about.
"""

from __future__ import annotations

import functools
import itertools
import re
import weakref
from collections.abc import Collection, Iterable, Mapping, Sequence
from types import MappingProxyType

from cfacts.finding.fulltext import stem
from cfacts.finding.matching import (
    AMBIGUITY_MARGIN,
    CUTOFF,
    EXACT,
    PART_BASE,
    PART_SPAN,
    TYPO_WORD_MIN,
    Match,
    ratio,
)
from cfacts.finding.sounds import heard, name_keys, sounds_alike
from cfacts.finding.spelled import spelled_numbers
from cfacts.finding.vocabulary import (
    ASKED_WITH,
    CURRENCY_WORDS,
    GENERIC,
    INSTRUMENT_WORDS,
    LEANING,
    NUMBER,
    PARAPHRASES,
    PRONOUNS,
    ROLE_TITLES,
    ROSTER,
    SPOKE,
    YES_NO,
)
from cfacts.frozen import from_rows, replace, value
from cfacts.index.names import Candidate
from cfacts.lazyre import lazy_pattern
from cfacts.textnorm import COUNT_WORDS, MONTH_NAMES, fold, name_key

TYPE_CHECKING = False  # not `typing`'s: importing it costs ~3 ms of start-up

if TYPE_CHECKING:
    from cfacts.finding.lookup import Lookup

_YEAR = lazy_pattern(r"^(19[5-9]\d|20\d\d)$")
_POSSESSIVE = r"(\w)['\u2019]s\b"
_DID = r"\b(where|when|who|what|how|why|much|many)['\u2019]d\b"
_INNER_APOSTROPHE = (
    r"(?:(?<=\b[A-Za-z])|(?<=\b[A-Za-z]{2}))['\u2019](?=(?!(?:ll|re|ve)\b)[A-Za-z]{2,}\b)"
)
"""An apostrophe inside a name ("Xi'an", "O'Brien"), not a short form ("we'll", "they're")."""
_DID_ANY = lazy_pattern(
    r"\b(?!(?:i|you|he|she|we|they|it|that|there|this)['\u2019]d\b)([A-Za-z]{2,})['\u2019]d\b"
    r"(?=\s+(?:\w))",
    re.IGNORECASE,
)
"""A word and "did" written as one ("what day'd they hold it", "which companies'd the guests
visit", "and'd they get certificates"); not "I'd", "they'd", "that'd" (would or had)."""
_LEANING_ASKED = lazy_pattern(
    r"(?i)^\W*(?P<np>[^,?;:]{6,120}?)\s*(?:,|\s[-\u2013\u2014:])\s*(?P<wh>(?:what|how\s+much|"
    r"how\s+many)\s+(?:did|does|do|was|is|were|are)\s+)(?:that|it|this|they)\b\s*(?P<rest>[^?]{0,40}?)"
    r"\s*\?\s*$"
)
"""A thing named first and then asked of ("Sichuan's copyright trading in 2019, what did that
come to?"): asked as one question ("what did Sichuan's copyright trading in 2019 come to?")."""
_ABOUT_DOING = (
    r"(?i)(\babout\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:hitting|affecting|impacting|disrupting|hurting|"
    r"threatening|changing|transforming|reshaping|upending)\s+(?=\w)"
)
"""A thing said to act on another, spoken about ("about AI hitting photography"): both."""
_TIMES_VS = lazy_pattern(
    r"(?i)^\W*(?P<a>[\w&-]+(?:\s[\w&-]+)?)\s+(?:vs\.?|versus)\s+(?P<b>[\w&-]+(?:\s[\w&-]+)?)\s+"
    r"(?P<what>[^-\u2013\u2014:?]{3,60}?)\s*[-\u2013\u2014:,]\s*how\s+many\s+times\s+"
    r"(?P<more>bigger|larger|more|higher|greater)\W*$"
)
"""Two things set side by side, then how many times one is the other ("MCSC vs CWWCS
licensing revenue 2024 - how many times bigger")."""

HALF_A = r"(?i)\bhalf\s+(?:an?|1)\s+(million|billion|trillion)\b"
"""Half of a scale ("half a billion"), read as the scale below it (`halved`)."""


def halved(match: re.Match[str]) -> str:
    """ "half a billion" as "500 million", "half a million" as "500,000"."""
    below = {"million": "500,000", "billion": "500 million", "trillion": "500 billion"}
    return below[match[1].lower()]


_WHICH_IS_THE = lazy_pattern(
    r"(?i)\bwhich\s+(is|was|are|were)\s+the\s+(?:(quantity|number|amount|total)\s+of\s+)?"
)
"""A Spanish or Portuguese speaker's "which is the ..." ("cuál es"): "what is the ...";
"which is the quantity of persons": how many persons."""


def _what_is_the(match: re.Match[str]) -> str:
    """How `_WHICH_IS_THE` reads: a quantity asked as "how many" (or "how much" of an
    amount), anything else as "what is the"."""
    if match[2] is None:
        return f"what {match[1]} the "
    return "how much " if match[2].lower() == "amount" else "how many "


_NEGATED_TAG = r"(?i)\b(?:is|was|are|were)n['\u2019]?t\s+(?:he|she|it|they)\W*$"
"""A tag that asks to be told yes ("..., isn't he?")."""
_UNDERSTOOD_LEAD = (
    r"(?i)^\W*(?:as\s+i\s+understand(?:\s+it)?|(?:it\s+is\s+)?my\s+understanding(?:\s+is)?"
    r"(?:\s+that)?|if\s+i\s+understand\s+(?:it\s+)?correctly|as\s+far\s+as\s+i\s+know|i\s+"
    r"(?:have\s+been|was|am|'ve\s+been)\s+(?:told|informed)(?:\s+that)?|i\s+(?:understand|gather)"
    r"\s+that|(?:we|i)\s+(?:write|wrote|say|said|state|stated|report|reported)(?:\s+in\s+(?:our|my|the)"
    r"\s+\w+)?(?:\s+that)?|(?:i\s*['\u2019]?m\s+|i\s+am\s+)?(?:pretty|fairly|quite|almost|very)\s+(?:sure|certain|"
    r"confident)(?:\s+that)?|my\s+(?:recollection|memory|impression|belief)\s+is\s+that|i\s+(?:recall|remember)"
    r"\s+that|i\s+have\s+a\s+note\s+(?:in\s+my\s+\w+\s+)?(?:stating|saying)\s+that|i\s+(?:had\s+|have\s+)?"
    r"(?:always\s+)?(?:understood|believed|thought)\s+that|i\s+have\s+it\s+(?:written\s+)?"
    r"(?:down|noted)\s+(?:that|as)|"
    r"i\s*(?:['\u2019]ve|\s+have)\s+(?:got\s+)?(?:(?:it|down)\s+)?(?:in|on)\s+my\s+(?:notes?|"
    r"sheet|file|draft)\s+(?:that|as)|my\s+(?:notes?|sheet|file|draft)\s+(?:says?|said|has|have)"
    r"(?:\s+that)?|(?:according\s+to|in)\s+my\s+notes\s*,|(?:a|my|one|our|some)\s+(?:\w+\s+)?"
    r"(?:student|friend|colleague|source|reader|editor|blogger|blog|post|someone|somebody)\s+"
    r"(?:wrote|writes|says|said|claims|claimed|told\s+me|reckons|thinks|believes)(?:\s+that)?|"
    r"(?:we|i)\s+(?:print|printed|run|ran|publish|published|carry|carried|went\s+with)"
    r"(?:\s+that)?|(?:in\s+)?(?:our|my)\s+(?:[\w-]+\s+)?(?:piece|copy|story|article|text|version|report|feature|"
    r"script)\s*,?\s+(?:says|said|states|stated|has|had|reports|reported|claims|notes|runs)"
    r"(?:\s+that)?|"
    r"(?:(?:verify|check|fact[\s-]*check)\s*:\s*)?(?:the\s+)?(?:[\w-]+\s+){0,3}(?:article|report|"
    r"piece|story|coverage)\s+(?:states|says|said|reports|claims|notes)(?:\s+that)?|"
    r"(?:(?:now|okay|ok|so|and)\s*,?\s+)?(?:(?:a|one|another|our|some|this)\s+(?:\w+\s+)?)?"
    r"(?:listener|caller|viewer|texter|fan|audience\s+member|somebody|someone)\s+(?:writes|wrote|"
    r"texts|texted|emails|emailed|calls|called|messages|messaged|tweets|tweeted|heard|hears|"
    r"says|said|claims|claimed)(?:\s+in)?(?:\s*,\s*and\s+i\s+quote)?(?:\s+(?:saying|that))?"
    r"(?:\s*[,:]?\s*['\"\u2018\u201c]\s*(?:i\s+(?:heard|read)(?:\s+that)?)?)?)"
    r"\s*,?\s+(?=\w)"
)
"""A lead-in saying the statement after it is the asker's understanding, notes or hearsay
("As I understand it, ...", "I've got in my notes that ...", "A student wrote that ..."):
nothing asked."""
_WHICH_ONES = lazy_pattern(r"(?i)(?<=[.;:,!?])\s*which\s+ones?\s*\??\s*$")
"""A bare "Which ones?" after a sentence that names what it asks about."""
_PLURAL_NAMED = lazy_pattern(
    r"(?i)\b(?:these|those|the|several|many|some|all|of)\s+(?:[a-z-]+\s+)?(events|meetings|"
    r"trainings|forums|conferences|gatherings|sessions|roundtables)\b"
)
"""A plural noun for events after a determiner ("several of these events"): what "which
ones" asks (other plurals are left to the reading of the whole: "a couple of Chinese
blockbusters. Which ones?" asks for works its statement names)."""


def _ones_named(text: str) -> str:
    """A question ending "Which ones?" with the plural its sentence names put in ("Liu Hua
    appears at several of these events. Which ones?": which events)."""
    ones = _WHICH_ONES.search(text)
    if ones is None:
        return text
    nouns = [m[1] for m in _PLURAL_NAMED.finditer(text[: ones.start()][-200:])]
    if not nouns:
        return text
    return f"{text[: ones.start()]} Which {nouns[-1]}?"


_LISTED_AS = (
    r"(?i)(?<!\s)\s+[-\u2013\u2014:]\s+(?:listed|named|described|identified|credited|given|shown|"
    r"billed|introduced)\s+as\s+(?=\w)"
)
"""How a claim of someone's post is said after a name ("Benjamin Ng - listed as CISAC
Regional Director for Europe"): the post is what is checked."""
_LET_ME_KNOW = (
    r"(?i)(?<=[^\s,;.])[\s,;.]*(?:(?:please|pls|kindly)\s+)?let\s+(?:me|us)\s+know\W*$"
)
"""A closing request to be told ("..., please let me know"): nothing asked of its own."""
_FOR_A_USE = (
    r"(?i)(?<=\S)\s+for\s+(?:a|an|the|my|our)\s+(?:graphic|chart|graph|slide|caption|voice-?over|"
    r"(?:on-?screen\s+)?super|lower\s+third|story|piece|report|presentation|show|podcast|"
    r"episode|segment|script)\b(?=\W*$)"
)
"""What the asker will use the answer for, at the end ("... for a graphic"): asks nothing."""
_NOT_PERCENT = r"(?i)(?<=[^\s(])\s*\(\s*not\s+(?:a\s+|in\s+)?(?:percent|percentage|%)[^)]{0,20}\)"
"""A reminder in brackets that points are asked, not percent: the change gives points."""
_YEARS_LED = (
    r"(?i)^\W*(?:of|among|between)\s+\d{4}(?:\s*,\s*\d{4})*\s*,?\s*(?:and|or)\s+\d{4}\s*,\s*"
    r"(?=(?:which|what|in\s+which)\s+year)"
)
"""The years a question chooses among, set first ("of 2017, 2021 and 2023, which year ..."):
every year on record is weighed anyway."""
_RATIO_OF = (
    r"(?i)^\W*(?:what\s+(?:is|was|'s)\s+)?(?:the\s+)?ratio\s+(?:of|between)\s+(.{3,80}?)\s+"
    r"(?:to|and)\s+(.{2,60}?)\W*$"
)
"""A ratio asked of two figures ("ratio of MCSC's 2024 licensing revenue to CWWCS's")."""
_FIGURES_LISTED = lazy_pattern(
    r"(?i)(?<![\w.,])(\d[\d.,]{0,12}\s?(?:m|bn|k|%|percent|pct|yuan|million|billion|trillion)\b"
    r"(?:\s+yuan)?)\s*,\s+(?=(?:up\s+|down\s+|over\s+|more\s+than\s+|nearly\s+|about\s+|[>+~]\s?)?"
    r"\d)"
)
"""Two figures of a claim with a comma between ("2018 >100m yuan, 170k works registered?"):
joined as "and" joins them; not years ("2017, 2021 and 2023"), which have no unit."""
_DESCRIBED_AS = lazy_pattern(
    r"(?i)^(\W*(?:is|was|are|were))\s+([^?,;]{2,60}?)\s+(?:described|identified|listed|named|"
    r"credited|presented|introduced|mentioned|referred\s+to)\s+as\s+(?:being\s+)?(?=\w)"
)
"""A claim of how an article describes someone ("Is Stéphanie Carre described as being from
the University of Strasbourg ...?"): whether they are so, which is all it records."""
_REPORT_OF = lazy_pattern(
    r"(?i)\b((?:19|20)\d\d\s+)?([A-Za-z]+\s+)?(?:training|forum|roundtable|conference|meeting|"
    r"course)\s+(?:report|story|coverage|write-?up|piece)\b"
)
"""An article named by its event ("the Xiamen training report"), read as the article."""
_YEARS_OF = lazy_pattern(
    r"(?i)\b(\d{0,2}0)\s+(?:years|yrs)\s+of\s+(?=(?:(?:the|their|its|this)\s+)?(?:partnership|"
    r"cooperation|collaboration|relations|relationship|ties|working\s+together|partnering)\b)"
)
"""Years of a partnership counted ("celebrating 40 yrs of partnership in 2023"): its 40th
anniversary, as the facts write one, so that a claim of it is checked against theirs."""
_CAPTION_VERB = r"(?:caption|describe|introduce|credit|bill|label|call|refer\s+to)"
_CAPTIONING = lazy_pattern(rf"(?i)\b{_CAPTION_VERB}\b")
"""A verb for naming someone on air, for the cheap test before the two readings below."""
_CAPTION_AS = (
    rf"(?i)^\W*(?:can|could|may|should)\s+(?:i|we)\s+{_CAPTION_VERB}\s+(.{{2,60}}?)\s+as\s+"
)
"""Whether someone may be named so on air ("can I caption Zheng Wei as Director of ..."):
whether they are."""
_CAPTION_HOW = rf"(?i)\bhow\s+(?:do|should|can|would|shall)\s+(?:i|we)\s+{_CAPTION_VERB}\s+"
"""How to name someone on air ("how do we describe Jia Ding"): their title."""
_CHECK_OR_ASK = (
    r"(?i)(?<=[^\s,;:])[\s,;:]*(?:is|was)\s+(?:this|that|it)\s+(?:so|right|correct|true|accurate)"
    r"[\s,]+or\s+(?:what|who|which|where|when|how)\b[^?]{0,80}\?\s*$"
)
"""A check followed by what to say if it fails ("; is this so, or what was his actual
affiliation?"): the check, whose answer gives what is on record."""
_LEANING_NP_MAX = 8
_SUBJECTS = frozenset("i we you they he she someone somebody people".split())
_AMOUNTED = frozenset({"", "come to", "amount to", "add up to", "total", "reach", "hit"})
"""What a thing named first is asked with ("..., what did that come to?")."""
_WITH = lazy_pattern(r"\bw/(?=\s|\w)", re.IGNORECASE)
_NOT = r"\b(was|is|did|does|do|were|are|has|have|had|could|would|should)n['\u2019]?t\b"
"""A verb and "not" written as one ("wasn't", "didnt"): read as two words (compiled only for
a question holding "nt")."""
MAX_SPAN = 7
SPAN_WEIGHT = 20.0
"""How much a longer span outweighs a better score: "WIPO office" names the office, not WIPO."""
FUZZY_OTHER = 90.0
"""A whole-name typo match for anything but a person needs this score."""
COMMON_WORD = 6
"""A word in the names of more records than this ("copyright", "china") does not, with other
such words alone, name a record by part of its name."""
MAX_PARTS = 3
"""A span that is part of more names than this, none exactly, names none of them."""
MISSPELT_MIN = 2
MAX_EDITS = 2
SHORT_TYPO = 3
"""A span of two words or more with a word this many edits from a name's may be a typo."""
PART_SHARE = 0.5
"""Words of a name that a span must hold to name anything but a person by part of its name:
"WIPO office" names the WIPO Office in China, "copyright industry" names no record."""

EVENT_WORDS = frozenset(
    "training trainings course forum roundtable conference expo exhibition meeting visit "
    "visits ceremony summit workshop seminar".split()
)
"""Words of an event's kind: part of an event's name names it only with one of them."""
MENTION_KINDS = ("person", "organization", "event", "instrument", "topic")

QUESTION_WORDS = frozenset("what whats which who whom whose how when where why".split())
FUNCTION_WORDS = frozenset(
    (
        "a an the of in at on to for from by with about into onto over as and or nor but plus is "
        "are was were be been being am do does did done doing tell me show give gave given "
        "find please there it its this that these those has have had having their his her "
        "hers him they them he she i we you your our us can could would will shall should may "
        "provide kindly advise inform respectively might must any some so than then also just "
        "very all both "
        "each either one ones "
        "anything something anyone someone anybody somebody know like want list name named "
        "names exactly actually really ever even s get got everything everybody everyone "
        "nothing "
        "against among amongst within without through throughout during after before since "
        "until via per under above below toward towards across around upon onto off out "
        "whether if while although though because"
    ).split()
)
STOP = QUESTION_WORDS | FUNCTION_WORDS
"""Words that carry no fact of their own."""

ARTICLE_WORDS = frozenset(
    (w,)
    for w in ("article", "articles", "report", "interview", "piece", "story", "news", "source")
)
LATEST_WORDS = frozenset(
    {"latest", "recent", "recently", "lately", "current", "currently", "now", "today"}
)

KIND_PHRASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("collective management organizations", ("collective_management_organization",)),
    ("collective management organization", ("collective_management_organization",)),
    ("collective management societies", ("collective_management_organization",)),
    ("cmos", ("collective_management_organization",)),
    ("cmo", ("collective_management_organization",)),
    ("government agencies", ("government_agency", "government_department")),
    ("government departments", ("government_agency", "government_department")),
    ("intergovernmental organizations", ("intergovernmental_organization",)),
    ("international organizations", ("intergovernmental_organization",)),
    ("intergovernmental organization", ("intergovernmental_organization",)),
    ("international organization", ("intergovernmental_organization",)),
    ("law firms", ("law_firm",)),
    ("law firm", ("law_firm",)),
    ("law offices", ("law_firm",)),
    ("law office", ("law_firm",)),
    ("media companies", ("media_company",)),
    ("companies", ("company", "media_company")),
    ("company", ("company", "media_company")),
    ("firms", ("company", "media_company", "law_firm")),
    ("enterprises", ("company", "media_company")),  # "which enterprises did the guests visit"
    ("universities", ("university", "academic_unit")),
    ("university", ("university", "academic_unit")),
    ("associations", ("association", "collective_management_organization")),
    ("association", ("association", "collective_management_organization")),
    ("societies", ("association", "collective_management_organization")),
    ("society", ("association", "collective_management_organization")),
    ("agencies", ("government_agency", "government_department")),
    ("agency", ("government_agency", "government_department")),
)
"""Phrases that name kinds of organization (the fact base's `kind` vocabulary)."""


@value(frozen=True)
class Mention:
    """A span of the question's words that names a record, with every close candidate
    (several when the span is ambiguous), best first."""

    start: int
    end: int
    matches: tuple[Match, ...]

    @property
    def best(self) -> Match:
        """The best candidate."""
        return self.matches[0]

    @property
    def kind(self) -> str:
        """The best candidate's kind."""
        return self.matches[0].kind

    @property
    def span(self) -> range:
        """The positions of the words it covers."""
        return range(self.start, self.end)

    def ids(self, kind: str) -> list[str]:
        """The candidates of one kind."""
        return [m.id for m in self.matches if m.kind == kind]


@value(frozen=True)
class Place:
    """A city, country or region the question names, as the fact base writes it."""

    start: int
    end: int
    name: str
    country: str | None  # the country the fact base puts it in (None: unknown or itself)

    @property
    def span(self) -> range:
        """The positions of the words it covers."""
        return range(self.start, self.end)


@value(frozen=True)
class KindPhrase:
    """Words that name kinds of organization ("CMOs")."""

    start: int
    end: int
    kinds: tuple[str, ...]

    @property
    def span(self) -> range:
        """The positions of the words it covers."""
        return range(self.start, self.end)


@value(frozen=True)
class Question:
    """A question as read: its folded words and what spans of them name."""

    text: str
    words: tuple[str, ...]
    years: tuple[tuple[int, int], ...]  # (position, year)
    latest: tuple[int, ...]  # positions of "latest", "last year" and the like
    places: tuple[Place, ...]
    kinds: tuple[KindPhrase, ...]
    mentions: tuple[Mention, ...]
    known_places: frozenset[str] = frozenset()  # every place the fact base names, folded
    context: tuple[int, ...] = ()  # words that set the scene before the question proper
    begins: int = 0  # where the question proper begins, after the scene set before it

    @property
    def asked(self) -> tuple[str, ...]:
        """The words of the question proper ("which other organizations did it name" of
        "The NCAC backs multilateral mechanisms. Which other organizations did it name?")."""
        return self.words[self.begins :]

    @property
    def opens_yes_no(self) -> bool:
        """Whether the question proper opens as a yes-or-no question ("did ...", "is ...")."""
        first = next((w for w in self.asked if w not in _LEAD_FILLERS), "")  # "ngl was the
        return first in YES_NO  # beijing treaty a big deal?": "please" read first

    def has(self, *words: str) -> bool:
        """Whether any of the words occurs."""
        return any(w in self.words for w in words)

    def at(self, *words: str) -> list[int]:
        """The positions of any of the words."""
        return [i for i, w in enumerate(self.words) if w in words]

    def of_kind(self, *kinds: str) -> list[Mention]:
        """The mentions whose best candidate is of one of the kinds."""
        return [m for m in self.mentions if m.kind in kinds]

    @property
    def year_values(self) -> list[int]:
        """The years named, in order, each once ("MCSC 2024: what did it earn in 2024?")."""
        return list(dict.fromkeys(y for _, y in self.years))


_LEAD_FILLERS = frozenset({"please", "so", "ok", "okay", "well", "and", "but"})
"""Words before a question's verb that do not change what it opens as ("so was it ...")."""

_US = (
    r"\bU\.S\.A?\.?(?![\w.])|\bUSA?\b|(?i:(?<!tell )(?<!give )(?<!show )(?<!help )(?<!send )"
    r"\bus\b(?=\s+(?:copyr\w*|gdp|share|industry|industries|market|economy|government|"
    r"figure|figures|data|ratification|treaty)\b)|(?<=\bthe )us\b(?!\s+(?:all|both)\b))"
)
"""The United States as people write it: "U.S.", "US", "USA" (in capitals; "us" is a word,
but not before "copyright", "GDP" and the like unless after "tell" or "give"); compiled (then
cached by re) only for a text holding "us"."""

SHORT_FORMS = {
    "bag": "revenue",  # slang: "mcsc bag in 2024"
    "dis": "this",  # "gao yunfei who dis"
    "mess": "dispute",  # "who brought up the hi mom copyright mess"
    "adds": "growth",  # a membership manager's "avg annual adds": growth in members
    "additions": "growth",
    "adding": "growth",  # "how many new members has MCSC been adding each year"
    "amt": "amount",
    "distro": "distribution",  # a society's jargon: "the distro ratio"
    "any1": "anyone",  # "any1 from tencent speak at these?"
    "some1": "someone",
    "collections": "revenue",  # and "MCSC collections": what it took in
    "distros": "distributions",
    "complete": "full",  # "the complete official name"
    "alongwith": "and",  # Indian English: "the value alongwith its growth rate"
    "dep": "deputy",  # "dep dir-gen"
    "dignitaries": "officials",  # "the dignitaries who addressed the opening"
    "dignitary": "official",
    "bigwigs": "officials",  # "the bigwigs who addressed the opening"
    "bigwig": "official",
    "vips": "officials",
    "vip": "official",
    "heavyweights": "officials",
    "lineup": "speakers",  # "give me the whole lineup", "who was in the lineup"
    "faculty": "lecturers",  # "was anyone from CISAC on the Xiamen faculty?"
    "panel": "speakers",  # "the Maucher Jenkins partner on the Xiamen panel"
    "progressed": "grew",  # French "progresser": "by how much it progressed on one year"
    "trad": "traditional",  # "trad photography"
    "verticals": "areas",  # "what new verticals is MCSC licensing next"
    "vertical": "area",
    "pro": "cmo",  # "APRA (Australia's PRO)": a performing rights organization
    "pros": "cmos",
    "rn": "now",  # "how big is MCSC's membership rn": right now
    "diff": "difference",  # "diff in pp": the difference in percentage points
    "pp": "points",
    "ppts": "points",
    "pts": "points",
    "chiefs": "heads",
    "headache": "challenge",
    "headaches": "challenges",
    "amts": "amounts",
    "growed": "grew",  # a learner's past tense
    "ll": "will",  # "it'll", "they'll"
    "ve": "have",  # "we've", "they've"
    "rec": "recording",  # "sound rec producers"
    "edu": "educational",
    "namecheck": "mention",  # trade-press slang: "which hits did she namecheck"
    "namechecked": "mentioned",
    "namechecks": "mentions",
    "namedropped": "mentioned",
    "namedrop": "mention",
    "namedrops": "mentions",
    "namedropping": "mentioning",
    "repped": "represented",
    "repping": "representing",
    "val": "value",
    "vals": "values",
    "rougly": "roughly",
    "roughy": "roughly",
    "intl": "international",
    "int'l": "international",
    "govt": "government",
    "dept": "department",
    "assoc": "association",
    "yr": "year",
    "yrs": "years",
    "incl": "including",
    "em": "them",
    "prev": "previous",
    "preceding": "previous",  # a formal writer's words: "an increase over the preceding year"
    "municipality": "city",  # "in which municipality was it convened"
    "executed": "signed",  # "in what year was the memorandum executed"
    "marks": "marked",  # a headline's present tense
    "climbs": "rose",
    "moves": "changed",  # "GDP share moves how from 2021 to 2023"
    "hails": "called",  # "Gurry hails Beijing Treaty as what"
    "invokes": "cites",
    "flag": "mention",  # "which speakers flag AI threat"
    "flags": "mentions",
    "addresses": "addressed",  # "who addresses the opening"
    "attends": "attended",
    "opens": "opened",
    "presents": "presented",
    "ratifies": "ratified",
    "intervened": "spoke",  # a French reader's "intervenir": spoke
    "intervene": "speak",
    "intervenes": "speaks",
    "intervention": "speech",
    "interventions": "speeches",
    "realise": "earn",  # "what revenue did CWWCS realise in 2024"
    "realize": "earn",
    "realised": "earned",
    "realized": "earned",
    "deliberated": "discussed",  # "at which the challenges of AI were deliberated"
    "characterised": "called",  # "characterised the treaty as a successful outcome"
    "characterized": "called",
    "outcome": "result",
    "newest": "latest",  # "newest value for the added value"
    "whilst": "while",
    "topline": "total",  # an analyst's "licensing topline": the total
    "counterparts": "partners",  # "FTA counterparts China negotiated with"
    "counterpart": "partner",
    "paraphrased": "quoted",  # "how many speakers are quoted or paraphrased"
    "surname": "name",
    "approximate": "approximately",  # "approximate headcount"
    "financially": "revenue",  # "how did CWWCS do financially last year": its takings
    "finances": "revenue",
    "financials": "revenue",
    "ppl": "people",
    "peoples": "people",  # a learner's plural
    "labelling": "labeling",  # British spelling
    "labelled": "labeled",
    "floated": "proposed",  # "what idea was floated": proposed
    "idea": "proposal",  # "what labelling idea was floated"
    "floating": "proposing",
    "pax": "people",  # "how many pax attend"
    "reps": "representatives",
    "rep": "representative",
    "orgs": "organizations",
    "mgmt": "management",
    "approx": "approximately",
    "gm": "general manager",
    "tv": "television",
    "bj": "beijing",
    "dg": "director general",
    "sg": "secretary general",
    "dsg": "deputy secretary general",
    "div": "division",
    "divn": "division",
    "pac": "pacific",
    "ddg": "deputy director general",
    "adg": "assistant director general",  # WIPO's "ADG": not a post anyone here holds
    "recuts": "re cut",  # "short video recuts of movies"
    "recut": "re cut",
    "track": "trend",  # "track the GDP share across 2017, 2021 and 2023"
    "yoy": "year on year",
    "telly": "television",  # "CCTV the telly people"
    "outfit": "organization",  # a columnist's "which outfits co-hosted it"
    "outfits": "organizations",
    "slice": "share",  # "what slice of national GDP"
    "ink": "sign",  # "when did WIPO and NCAC ink their memorandum"
    "inked": "signed",
    "toasting": "celebrating",  # "which anniversary was everyone toasting"
    "blockbusters": "successes",  # "which two Chinese blockbusters did Liu Hua name"
    "eif": "entry into force",  # a wire reporter's "one more needed for EIF"
    "abs": "absolute",  # "abs chg in CNY tn": the absolute change
    "org": "organization",
    "n": "and",
    "w": "with",
    "shes": "she is",
    "hes": "he is",
    "theyre": "they are",
    "thats": "that is",
    "whos": "who is",
    "acc": "according",
    "frist": "first",
    "folks": "people",
    "trng": "training",
    "trg": "training",  # a board member's note: "Shanghai trg headcount?"
    "jp": "japan",  # "gap CN vs US/JP"
    "va": "value added",  # "ind VA 2023": the industry's added value
    "trgs": "trainings",
    "ratifs": "ratifications",  # "BTAP ratifs so far?"
    "ratif": "ratification",
    "datas": "dates",  # Portuguese "datas": "in which datas was realized the training"
    "trngs": "trainings",
    "mtg": "meeting",
    "mouthpiece": "representative",  # "who was the NCAC mouthpiece at Xiamen"
    "mouthpieces": "representatives",
    "cr": "copyright",  # a busy reader's "cr industry added val 2021"
    "co": "company",  # "zhang fan co + post": his company
    "copyrt": "copyright",
    "cpyrt": "copyright",
    "cprt": "copyright",  # a clerk's shorthand: "cprt ind added val 2021"
    "quote": "statement",  # "Gurry quote on Beijing Treaty?": what he said
    "quotes": "statements",
    "cpr": "copyright",
    "intvw": "interview",
    "intv": "interview",
    "protn": "protection",
    "prot": "protection",
    "photog": "photography",
    "mkt": "market",
    "mkts": "markets",
    "rndtable": "roundtable",
    "rndtbl": "roundtable",
    "mech": "mechanism",
    "mechs": "mechanisms",
    "multilat": "multilateral",
    "bilat": "bilateral",
    "negs": "negotiations",
    "instr": "instruction",
    "lec": "lecture",
    "lecs": "lectures",
    "spkr": "speaker",
    "spkrs": "speakers",
    "attn": "attendance",
    "copyrite": "copyright",
    "wipe": "wipo",  # a phone's autocorrect of "WIPO": no one here asks about wiping
    "wipes": "wipo",
    "ompi": "wipo",
    "rly": "really",  # text-speak
    "sed": "said",
    "wer": "were",
    "2gether": "together",
    "countrys": "countries",
    "citys": "cities",  # WIPO's French and Spanish initials (OMPI), as a French reader writes it
    "revnue": "revenue",  # too short to be put right by `respelt` ("africa" is no typo)
    "revenu": "revenue",
    "fig": "figure",
    "figs": "figures",
    "frm": "from",
    "comparing": "compared",  # "grew how much comparing 2024 with the year before"
    "trainng": "training",
    "traning": "training",
    "quanto": "how much",  # Portuguese and Spanish readers' "quanto", "quantos"
    "quantos": "how many",
    "cuanto": "how much",
    "billones": "trillion",  # Spanish "billón" is a million million
    "billon": "trillion",
    "segun": "according to",  # "según Ms. Zhao"
    "donde": "where",
    "empresa": "company",
    "enterprise": "company",  # a Spanish speaker's "in which enterprise he works"
    "functionary": "official",  # "funcionario"
    "functionaries": "officials",
    "occupies": "holds",  # "which position occupies Mr. Zhang Fan"
    "occupy": "hold",
    "occupied": "held",
    "informed": "reported",  # "as Mr. Guan Jun informed"
    "informs": "reports",
    "inside": "at",  # "which post does she occupy inside WIPO"
    "exposition": "expo",  # "in the activities of which exposition"
    "persons": "people",  # "how many persons participated"
    "responsibility": "post",  # "what regional responsibility does he hold"
    "hats": "posts",  # "Gao Yunfei has two hats - what are both titles?"
    "hat": "post",
    "setups": "mechanisms",  # "which multilateral setups does China back"
    "setup": "mechanism",
    "empresas": "companies",
    "abogados": "lawyers",
    "solicitors": "lawyers",  # a Briton's lawyers
    "solicitor": "lawyer",
    "barristers": "lawyers",
    "barrister": "lawyer",
    "abogado": "lawyer",
    "estrasburgo": "strasbourg",
    "vigor": "force",  # "en vigor": in force
    "vigour": "force",
    "lic": "licensing",
    "rough": "roughly",
    "delta": "difference",
    "chg": "change",
    "cuantos": "how many",
    "arrecadated": "collected",  # "arrecadou"
    "arrecadate": "collect",
    "cargo": "post",  # "o cargo": the post held
    "amoy": "xiamen",  # the older romanizations of the articles' places
    "szechuan": "sichuan",
    "szechwan": "sichuan",
    "chengtu": "chengdu",
    "officer": "official",
    "officers": "officials",
    "designation": "post",  # Indian English: "her designation", her post
    "designations": "posts",
    "personalities": "people",  # a French reader's "personnalités"
    "personality": "person",
    "manifestation": "event",  # "manifestation": an event
    "manifestations": "events",
    "precedent": "previous",  # "l'année précédente"
    "formation": "training",  # Spanish readers' false friends: "formación", a training
    "formations": "trainings",
    "organisms": "organizations",  # "organismos"
    "exits": "hits",  # "éxitos"
    "discourse": "speech",  # "discurso"
    "interannual": "year on year",  # "interanual"
    "adhered": "acceded",  # "adherido"
    "adhere": "accede",
    "adhesion": "accession",
    "subdirector": "deputy director",  # "subdirector"
    "percents": "shares",
    "lasts": "last",
    "enumerate": "list",  # a legal register
    "commence": "start",
    "commenced": "started",
    "commences": "starts",
    "convene": "hold",
    "convened": "held",
    "actualy": "actually",
    "acutally": "actually",
    "realy": "really",
    "calld": "called",
    "rite": "right",  # "..., rite": dictated
    "thier": "their",  # small words misspelt the way people often do; respelling reads only
    "teh": "the",  # the fact base's own long words
    "wich": "which",
    "whcih": "which",
    "waht": "what",
    "adn": "and",
    "dat": "that",  # Nigerian Pidgin ("sign dat memorandum")
    "offical": "official",
    "officals": "officials",
    "recieve": "receive",
    "recieved": "received",
    "goverment": "government",
    "representant": "representative",  # Spanish and French readers' words
    "representants": "representatives",
    "responsable": "head",  # "who is the responsable of CWWCS"
    "organism": "organization",  # "in which organism works"
    "organisators": "organizers",  # "who are organisators of the training"
    "organizators": "organizers",
    "organisator": "organizer",
    "organizator": "organizer",
    "augmentation": "increase",  # "the augmentation in percent"
    "speaked": "spoke",  # a learner's regular past tense
    "teached": "taught",
    "gived": "gave",
    "telled": "told",
    "untill": "until",
    "occured": "occurred",
    "beleive": "believe",
    "chinas": "china",  # "chinas GDP": the possessive without its apostrophe
    "fta": "free trade agreement",
    "ftas": "free trade agreements",
    "1st": "first",
    "2nd": "second",
    "3rd": "third",
    "ind": "industry",
    "inds": "industries",
    "indus": "industry",
    "cn": "china",
    "prc": "china",
    "pct": "share",
    "ktv": "karaoke",
    "vc": "vice chairman",
    "dipl": "diplomatic",
    "diplo": "diplomatic",
    "bloke": "guy",  # Australian and British: "the CISAC bloke lecturing at Xiamen"
    "blokes": "guys",
    "econ": "economic",
    "contrib": "contribution",
    "pls": "please",
    "plz": "please",
    "viz": "please",  # "..., viz. all officials named": namely, a lead to what is asked
    "dear": "please",  # "I wonder, dear, whether you could tell me ..."
    "anniv": "anniversary",
    "conf": "conference",
    "univ": "university",
    "prof": "professor",
    "profs": "professors",
    "exec": "executive",
    "execs": "executives",
    "uni": "university",
    "unis": "universities",
    "univs": "universities",
    "po": "",  # Taglish: "Where was the forum held po?", "Ano po yung membership": a
    "ba": "",  # polite or questioning particle, and the Tagalog question words
    "yung": "",
    "spots": "regions",  # "the developed spots like Beijing, Shanghai and Shenzhen"
    "yaun": "yuan",  # a currency's and a word's usual slips, too short to respell
    "yuans": "yuan",
    "karoke": "karaoke",
    "kareoke": "karaoke",
    "karaoki": "karaoke",
    "iyong": "",
    "mga": "",
    "naman": "",
    "pala": "",
    "ano": "what",
    "sino": "who",
    "kailan": "when",
    "saan": "where",
    "ilan": "how many",
    "magkano": "how much",
    "bakit": "why",
    "paano": "how",
    "ginanap": "held",
    "wetin": "what",  # Nigerian Pidgin: "wetin be her position"
    "dem": "they",  # "which day dem hold am"
    "wey": "who",  # "the professor wey come lecture"
    "dey": "is",  # "which university him dey"
    "abeg": "please",
    "sef": "please",  # an emphatic filler ("Gao Yunfei na who sef?")
    "bruh": "please",  # a chat filler: "how many registrations in 2024 bruh"
    "bro": "please",  # "bro how big was chinas copyright industry"
    "lowkey": "please",  # "lowkey curious how much ..."
    "dude": "person",  # "which dude said live streaming ... is the biggest problem"
    "lol": "please",
    "yo": "please",  # a chat opener: "yo who is the wipo china boss"
    "tho": "please",
    "tf": "please",  # "who tf is sylvie forbin"
    "fr": "please",  # "for real": "wat % of gdp was it fr"
    "idk": "please",
    "biz": "industry",  # "the copyright biz"
    "frau": "ms",  # a German reader's "Frau Zhao Xiuling", "Herr ..."
    "herr": "mr",
    "stattgefunden": "held",  # German verbs left in: "has the training ... stattgefunden"
    "bekommen": "received",
    "genannt": "called",
    "besucht": "visited",
    "gewachsen": "grown",
    "teilgenommen": "attended",
    "gesagt": "said",
    "function": "role",  # "which function had Zhao at Xiamen": her post
    "functions": "roles",
    "lmao": "please",
    "ngl": "please",
    "tbh": "please",
    "smh": "please",
    "omg": "please",
    "na": "is",  # "2023 na 40 years of ..."
    "don": "has",  # "how many treaties China don ratify"
    "e": "it",  # "how much e reach"
    "wat": "what",
    "hw": "how",  # a texter's "hw many ppl"
    "wats": "whats",
    "whn": "when",
    "whr": "where",
    "tht": "that",
    "b4": "before",
    "chna": "china",
    "wht": "what",
    "r": "are",
    "u": "you",
    "gonna": "going to",
    "fwd": "forward",
    "techs": "technologies",
    "bout": "about",
    "certs": "certificates",
    "cert": "certificate",
    "copywrite": "copyright",
    "copywrites": "copyrights",
    "copywrited": "copyrighted",
    "coop": "cooperation",
    "co-op": "cooperation",
    "purely": "alone",  # "5.1 billion purely from karaoke": from karaoke alone
    "exclusively": "alone",
    "payout": "distribution",  # "its payout ratio": the share of revenue paid out to members
    "payouts": "distributions",
    "vintage": "year",  # "a quick check on vintage": which year a figure is for
    "fare": "do",  # "how did MCSC fare in 2024": its figures for the year
    "furnish": "give",  # "kindly furnish ..."
    "fared": "did",
    "faring": "doing",
    "memo": "memorandum",
    "mou": "memorandum",
    "moc": "memorandum of cooperation",
    "assn": "association",
    "assns": "associations",
    "assocs": "associations",
    "perf": "performance",
    "perfs": "performances",
    "rev": "revenue",
    "revs": "revenues",
    "natl": "national",
    "nat'l": "national",
    "cos": "companies",
    "bgm": "background music",
    "sr": "sound recording",
    "av": "audiovisual",
    "mgr": "manager",
    "pres": "president",
    "vp": "vice president",
    "dir": "director",
    "dirs": "directors",
    "secgen": "secretary general",
    "abbrev": "abbreviation",
    "honcho": "head",  # "the head honcho at CAVCA"
    "abbr": "abbreviation",
    "pronounced": "gave",  # a French speaker's "who has pronounced the speech"
    "pronounce": "give",
    "evoked": "raised",  # "who has evoked the dispute": raised it
    "evoke": "raise",
    "admin": "administration",  # "Chengdu Municipal Copyright Admin"
    "admins": "administrations",
    "info": "information",
    "stats": "statistics",
    "gov": "government",
    "regs": "regulations",
    "reg": "regulation",
    "regd": "registered",
    "regn": "registration",
    "regns": "registrations",
    "mln": "million",
    "mil": "million",
    "bn": "billion",
    "bln": "billion",
    "tn": "trillion",
    "trn": "trillion",
    "avg": "average",
    "abt": "about",
    "thru": "through",
    "sh": "shanghai",
    "sz": "shenzhen",
    "xm": "xiamen",
    "cd": "chengdu",
    "orgd": "organized",
    "org'd": "organized",
    "partic": "participants",
    "jan": "january",
    "feb": "february",
    "mar": "march",
    "apr": "april",
    "jun": "june",
    "jul": "july",
    "aug": "august",
    "sep": "september",
    "sept": "september",
    "oct": "october",
    "nov": "november",
    "dec": "december",
}
"""Short forms people type, read as the word the fact base writes."""


_NAME_LIKE_MONTHS = frozenset({"jan", "jun", "jul"})
"""Short months that are also names or parts of names ("Guan Jun"): months only beside a
date."""

ASKING = QUESTION_WORDS | frozenset(
    "did does do was were is are had has have can could will would name list give".split()
)
"""Words a question proper begins with."""
LABEL_WORDS = 5
"""At most this many words before a colon or dash that ask nothing are a label ("Quick
check:", "Lightning round -"), not part of the question."""
LABEL_VOCABULARY = frozenset(
    "quick check question questions quiz round lightning fun fact facts follow up followup "
    "ok okay important note notes for us me show intro outro next one last final bonus part "
    "q aside context background so hey hi fyi btw also another again sorry urgent deadline "
    "checking fact-check factcheck trivia headline caption draft script episode segment "
    "need a the data point points latest chart graph table slide piece story article report "
    "bar line value values lower third strap graphic graphics screen on-screen card chyron "
    "my our your this that".split()
)
"""The words a label before a colon or dash is made of ("Quick check:", "Fun fact for the
show:"): a label names nothing the question asks about."""
_ASKING_LABELS = frozenset(
    "chart graph graphic graphics table slide value values data strap third line bar pie lower "
    "map".split()
)
"""The words of a label that asks for what follows it ("line chart: X for 2017, 2021 and
2023", "lower third: X"), with or without a question mark."""
_SCENE = r"\s[-\u2013\u2014]+\s|[:;]\s"
"""What ends a scene set before a question: a dash between spaces, a colon, a semicolon
(compiled only for a question that has one of them)."""
FILLERS = (
    ("is", "it", "true", "that"),
    ("is", "it", "so", "that"),
    ("is", "it", "correct", "to", "understand", "that"),  # a careful translator's turn
    ("is", "it", "right", "to", "understand", "that"),
    ("is", "it", "correct", "that"),
    ("is", "it", "right", "that"),
    ("is", "it", "accurate", "that"),
    ("is", "it", "true"),
    ("is", "it", "correct"),
    ("is", "it", "right"),
    ("is", "it", "accurate"),
    ("can", "you", "confirm", "that"),
    ("can", "you", "confirm"),
    ("please", "confirm"),
    ("i", "think"),
    ("i", "believe"),
    ("i", "guess"),
    ("i", "suppose"),
    ("whats", "the", "deal", "with"),
    ("what", "s", "the", "deal", "with"),
    ("what", "is", "the", "deal", "with"),
    ("my", "boss", "wants"),
    ("my", "editor", "wants"),
    ("i", "want"),
    ("i", "need"),
    ("we", "need"),
    ("a", "couple", "of"),
    ("a", "bunch", "of"),
    ("a", "load", "of"),
    ("a", "handful", "of"),
    ("version", "of"),
    ("or", "not"),
    ("copy", "says"),
    ("copy", "said"),
    ("copy", "has"),
    ("draft", "says"),
    ("draft", "has"),
    ("hey",),
    ("quick",),  # "guan rui title quick", "quick list"
    ("in", "the", "first", "place"),  # "why did they run it in the first place"
    ("across", "the", "articles"),
    ("that", "person"),  # "which company is that person from"
    ("hi",),
    ("hello",),
    ("yeah",),
    ("yep",),
    ("you", "know"),
    ("i", "mean"),
    ("seems", "to"),
    ("seem", "to"),
    ("at", "the", "same", "time"),
    ("good", "day"),
    ("good", "morning"),
    ("good", "afternoon"),
    ("good", "evening"),
    ("greetings",),
    ("ok",),
    ("okay",),
    ("um",),
    ("uh",),
    ("basically",),  # spoken: "so basically who put on the shanghai training"
    ("seriously",),  # a sceptic's "are they seriously saying ..."
    ("hmm",),
    ("btw",),
    ("thanks",),
    ("thx",),
    ("excuse", "me"),
    ("may", "i", "know"),
    ("may", "i", "ask"),
    ("real", "talk"),  # "ok real talk how much did MCSC pull in"
    ("need", "a", "name", "to", "cold", "email"),
    ("may", "i", "enquire"),
    ("may", "i", "inquire"),
    ("if", "i", "may", "ask"),
    ("if", "i", "may"),
    ("had", "the", "honour", "of"),  # "which official had the honour of delivering ..."
    ("had", "the", "honor", "of"),
    ("i", "would", "be", "grateful", "to", "know"),
    ("i", "would", "like", "to", "know"),
    ("i", "wonder"),
    ("i", "was", "wondering"),  # a Briton's "I was wondering which ..."
    ("i", "am", "wondering"),
    ("i", "wondered"),
    ("kindly", "tell", "me"),
    ("kindly", "tell"),  # Indian English: "kindly tell his official post"
    ("kindly", "clarify"),
    ("please", "clarify"),
    ("kindly", "state"),
    ("do", "enlighten", "me"),
    ("as", "i", "recall"),  # "... in 2015, as I recall from her speech"
    ("as", "i", "remember"),
    ("if", "i", "remember", "correctly"),
    ("if", "i", "recall", "correctly"),
    ("following", "the", "articles"),  # "how did it evolve, following the articles?"
    ("ah",),  # Singlish particles: "how much ah", "can or not lah"
    ("lah",),
    ("leh",),
    ("lor",),
    ("also", "or", "only"),  # "with Mexico also, or only with EU, US and Japan?"
    ("that", "big"),  # "that big copyright meeting in 2025" (not "the big data platform")
    ("this", "big"),
)
"""Ways of asking that ask nothing ("is it true that"); "can you", "tell me" and the like are
small words already (`STOP`)."""


LEADING_FILLERS = frozenset(
    {"so", "well", "and", "anyway", "anyways", "okay", "ok", "alright", "now", "wait", "hang"}
)
"""A first word that only leads into the question ("So was the treaty in force ...?")."""


_WH_WORDS = frozenset({"why", "how", "what", "who", "when", "where", "which"})
"""The words that open a question asking for something, not a yes or no."""


_TAG = (
    r",\s*(?:right|rite|correct|yes|yeah|ok|okay|too|diba)\W*$|"
    r"\s(?:too|right|rite|yeah|yea|yep|diba)\W*$"
)
"""The last word of a sentence that only asks to be told yes ("..., right?") or adds
("... in Shanghai too?"); compiled (then cached by re) only for a sentence ending in one of
`_TAG_LAST`."""
_TAG_LAST = frozenset(
    {"right", "rite", "correct", "yes", "yeah", "yea", "yep", "ya", "yah", "yup", "ok", "okay",
     "too", "diba"}
)
TAG_WORDS = (_TAG_LAST - {"too"}) | {"accurate", "true", "false", "wrong", "confirm", "verify"}
"""The words of a tag that asks to be told yes or no ("..., right?"): never a scene's words."""


_CHECK_TAG = (
    r"(?:\s[-\u2013\u2014]+\s*|,\s*|\s+)(?:(?:is|was|are|were)\s+(?:that|this|it|these|those)"
    r"\s+|am\s+i\s+)?(?:(?:the\s+)?(?:correct|right|accurate|true|confirm|verify)"
    r"(?:\s+(?:year|date|figure|number|name|title|place|city|org|organi[sz]ation|body|company|"
    r"affiliation|employer|spelling))?|(?:yes|ya|yah|yeah|yea|yep|yup)\s+or\s+(?:no|nah|nope)|"
    r"yes\s*/\s*no|y\s*/\s*n|"
    r"y\s+or\s+n|true\s+or\s+(?:false|not)|(?:real|true)\s+or\s+(?:fake|made\s+up)|fact\s+or\s+"
    r"fiction|legit|rite|yes|yeah|yea|yep|ok|okay|the\s+(?:number|figure|year|date|"
    r"name|title|place|city)|(?:is|was)\s+(?:that|this|it)\s+(?:his|her|their|its)\s+(?:firm|"
    r"title|job|post|role|company|organi[sz]ation|employer|university|name)|(?:is|was)\s+(?:that|"
    r"this|it)\s+(?:his|her|their|its)\s+(?:correct|right|actual|real|exact)\s+(?:firm|title|job|"
    r"post|role|company|organi[sz]ation|employer|university|name)|(?:if|unless)\s+i(?:'m|\s+am)?"
    r"\s+(?:remember|recall|recollect|not\s+mistaken|mistaken)(?:\s+(?:correctly|rightly|right))?|"
    r"as\s+i\s+(?:recall|remember|recollect)(?:\s+it)?|if\s+memory\s+serves(?:\s+me)?(?:\s+(?:right|"
    r"correctly|well))?|"
    r"have\s+i\s+got\s+(?:that|it|this)\s+(?:the\s+)?right(?:\s+way\s+a?round)?|"
    r"that['\u2019]?s\s+(?:how|what)\s+(?:it\s+went|happened|it\s+was)(?:,?\s+(?:yeah|yes|right))?|"
    r"or\s+(?:is\s+(?:that|it|this)\s+)?(?:just\s+)?(?:spin|hype|pr|propaganda)|or\s+am\s+i\s+"
    r"(?:wrong|mistaken)|(?:does\s+(?:that|it|this)\s+)?"
    r"match(?:es)?|check|(?:is|was|isn't|wasn't)\s+(?:that|this|it)\s+so|is\s+that\s+what\s+"
    r"(?:it|the\s+(?:article|text|piece)|they|she|he)\s+(?:says|said)|(?:is|was)\s+(?=[^\s\d]{0,9}\d)"
    r"[\w.,%']+\s+(?:correct|right|accurate))\W*$|,\s*no\W*$"
)
"""The tag with which a statement asks to be checked: "- correct?", ", right?", "- is that
accurate?", "- is that his firm?", "- correct year?", ", yes or no?", ", no?", ", if I
remember correctly?", "or is that just spin?", "- is 7.41% correct?" (a figure: "the gap is
widening correct" claims the gap widens); compiled (then cached
by re) only for a sentence ending in one of `_CHECK_LAST`."""
_CHECK_LAST = frozenset(
    "correct right accurate true confirm verify yes yeah yea yep no n false ok okay number "
    "legit rite not fake up fiction correctly rightly remember recall recollect mistaken wrong "
    "spin hype pr propaganda match matches check says said serves me well it "
    "figure year date "
    "name title place city firm job post role company organisation organization employer "
    "university so run air print publish broadcast".split()
)

_FOR_BROADCAST = (
    r"(?i)(?<=\S)[,;]?\s*(?:can|could|may|should)\s+(?:i|we)\s+(?:re-?use|use|keep|run)\s+"
    r"(?:the\s+)?(?:same\s+)?(?:lower[\s-]thirds?|straps?|captions?|graphics?|supers?|chyrons?)\b",
    r"(?i)(?<=\w)[,;\-\u2013\u2014]?\s+(?:[,;\-\u2013\u2014]\s+)?for\s+"
    r"(?:(?:the|a|an|my|our|his|her|their|this)\s+)?(?:lower[\s-]thirds?|straps?|straplines?|"
    r"quote\s+cards?|title\s+cards?|bullet\s+graphics?|graphics?|on[\s-]?screen(?:\s+text)?|"
    r"chyrons?|supers?|captions?|tickers?)(?=\W*$)",
    r"(?i)(?<=\w)\s+(?:(?:the|a|his|her|their)\s+)?(?:lower[\s-]thirds?|straps?|captions?|"
    r"chyrons?|supers?|on[\s-]?screen)(?=\s*(?:[,:\-\u2013\u2014]|\?|$))",
    r"(?i)(?<=\S)\s+as\s+(?:written|printed|worded)(?:\s+in\s+the\s+(?:article|report|piece))?"
    r"(?=\W*$)",
)
"""What a broadcaster adds that asks nothing ("can I reuse the lower third?", "name and title
for the quote card", "Sylvie Forbin lower third, exact WIPO title", "full title as
written"): read off the whole question once, never off a part of it."""

_BROADCAST_WORDS = ("third", "strap", "card", "graphic", "screen", "chart", "chyron", "super",
                    "caption", "slide", "ticker", "written", "printed", "worded")
"""Words one of which a broadcaster's addition holds (`_FOR_BROADCAST`)."""

_BY_WORDS = (
    r"(?i)\bby\s+(?:the\s+)?(?!(?:his|her|their|own|my|your|its|plain|other|simple|"
    r"exact|these|those|which|what)\b)([A-Za-z][\w.-]{1,30}(?:\s[A-Za-z][\w.-]{1,30}){0,2}?)"
    r"(?:['\u2019]s?)?\s+(?:own\s+)?words\b"
)
"""Whose account a reader asks by ("by WIPO words", "by Forbin's words"): according to them
(not "in her own words", which asks for her words)."""
_WRITINGS = frozenset(
    "list article entry piece table wiki story report timeline slide deck thesis essay paper "
    "notes memo draft footnote citation bibliography glossary infobox page post".split()
)
"""What a reader writes, a closing purpose names ("for the 2021 lecturer list")."""
_FOR_WRITING = (
    r"(?i)(?<=\w)[,;\-\u2013\u2014]?\s+for\s+(?:the|a|an|my|our|this|his|her|their)\s+"
    r"(?:[\w-]{1,20}\s+){0,3}?(?:list|article|entry|piece|table|wiki|story|report|timeline|slide|"
    r"deck|thesis|essay|paper|notes|memo|draft|footnote|citation|bibliography|glossary|infobox|"
    r"page|post)(?=\W*$)"
)
"""A closing purpose that asks nothing ("..., for the 2021 lecturer list", "for my wiki
entry")."""

_TAG_ASIDE = (
    r"(,\s*(?:was|is|were|are|did|does)n['\u2019]t\s+(?:it|he|she|they|there))\s*,\s*(?:being|as|given|"
    r"since|because)\b[^?]{3,120}(?=\?)"
)
"""An aside after a check's tag ("held in Xi'an, wasn't it, being the old Silk Road terminus
and all?"): the check, without why the asker thinks so."""

_CLEARED_TO = frozenset({"run", "print", "publish", "use", "go", "air", "broadcast"})
_CLEARED = (
    r"(?i)(?<=[^\s\-\u2013\u2014,;.])\s*(?:[-\u2013\u2014,;.]+\s*)?(?:is\s+it\s+|is\s+that\s+)?"
    r"(?:ok|okay|good|fine|safe|clear)\s+to\s+(?:run|print|publish|use|go|air|broadcast)\W*$"
)
"""A claim cleared for use ("X - ok to air?", "X, safe to print?"): whether X is right."""

_CHECKED_COPY = (
    r"^\s*(?:(?:just\s+|quick(?:ly)?\s+)?(?:checking|fact[\s-]*checking|verifying|"
    r"double[\s-]*checking)\s+(?:a|this|one|the|our|my)\s+(?:line|claim|fact|figure|detail|"
    r"sentence|quote|thing|number|date|name)\s*[:\u2013\u2014-]\s*|(?:fact[\s-]*check|quick\s+check|"
    r"check)\s*[:\u2013\u2014-]\s*|(?:(?:our|the|my|an?|this)\s+)?(?:(?:old|older|earlier|previous|"
    r"first)\s+)?(?:copy|draft|story|piece|wire|text|caption|headline|script|super|chyron|graphic|"
    r"strap|deck|slide|memo|brief|notes?)\s+(?:says|said|reads|states|claims|has\s+it|shows)"
    r"\s*(?:that\s+)?[:,]?\s*[\"\u201c]?|(?:the\s+)?(?:script(?:\s+line)?|vo|v\.o\.|voice[\s-]*over|"
    r"narration|narrator)\s*(?:(?:says|said|reads|states|claims|has|mentions)\s*(?:that\s+)?:?|:)"
    r"\s*[\"\u201c'\u2018]?)"
)
"""How a fact-checker opens the line to check ("Checking a line:", "Copy says", "VO:",
"script line:"): it asks nothing; the statement after it is checked."""

_TAG_NOUN = (
    r"(?<=[-\u2013\u2014,]\s)((?:the\s+)?(?:correct|right|accurate))\s+(?:year|date|figure|"
    r"number|name|title|place|city)(\W*)$"
)
"""What a check tag names as checked ("- right number?"): the statement says which, so the
tag asks only "right?" (not a number asked for)."""

_PARTICIPLE_CHECK = (
    r"\s[-\u2013\u2014]+\s*(held|hosted|organi[sz]ed|run|signed|based|located|attended|"
    r"co-?hosted|co-?organi[sz]ed)\b(?![^?]{0,60}\b(?:what|which|when|where|who|how)\b)"
    r"([^?]{0,60})\?\s*$"
)
"""A statement followed by what it is checked for, as a bare participle ("The roundtable on
March 13 - held in Shanghai?"): read as "... was held in Shanghai - right?"."""

_LONE_TAG = (
    r"(?<=[^\s.?!])\s*[.?!]+\s+(?=(?:(?:is|was)\s+(?:that|this|it)\s+)?(?:correct|right|accurate|"
    r"true|confirm|verify|legit|yes\s*(?:/|or)\s*no|y\s*/\s*n|true\s+or\s+(?:false|not)|"
    r"(?:real|true)\s+or\s+(?:fake|made\s+up)|fact\s+or\s+fiction)"
    r"(?:\s+(?:year|date|figure|number|name|title|place|city))?\W*$)"
)
"""The end of a statement before a check said as a sentence of its own ("... on Oct 17.
Correct date?"): read as the statement's tag ("... on Oct 17 - correct date?")."""


def _last_word(sentence: str) -> str:
    """The last word of a sentence, lower-cased, without a regular expression."""
    tail = "".join(c if c.isalnum() else " " for c in sentence[-40:].lower()).split()
    return tail[-1] if tail else ""


def _check_tag(sentence: str) -> re.Match[str] | None:
    """A sentence's check tag (`_CHECK_TAG`), not the end of a question asking for it ("whats
    the figure?" asks the figure; "477 million - the figure?" checks one)."""
    if _last_word(sentence) not in _CHECK_LAST:
        return None
    match = re.search(_CHECK_TAG, sentence, re.IGNORECASE)
    if match is None:
        return None
    before = words_of(sentence[: match.start()])[-3:]
    if before[-1:] in (["what"], ["whats"]) or before[-2:] == ["what", "is"]:
        return None
    if before[-1:] in (["gave"], ["give"], ["gives"], ["reported"]) and set(before) & _WH_WORDS:
        return None  # "and who gave the figure?" asks who, not whether the figure is right
    return match


def stated(text: str) -> tuple[str, str, str] | None:
    """A one-sentence statement with a check tag, as its verb and two sides ("the Wings Media
    speaker was Zhang Fan, right?": "was", "the Wings Media speaker", "Zhang Fan"); None for a
    question that opens with a question word or has no tag."""
    sentences = sentences_of(text.strip())
    if len(sentences) != 1 or (words_of(text)[:1] and words_of(text)[0] in QUESTION_WORDS):
        return None
    sentence = sentences[0]
    tag = _check_tag(sentence)
    if tag is None and _last_word(sentence) in _TAG_LAST:
        tag = re.search(_TAG, sentence, re.IGNORECASE)
    if tag is None:
        return None
    said = sentence[: tag.start()].strip(" ,-\u2013\u2014")
    verb = re.search(r"\s(was|is|were|are)\s", said, re.IGNORECASE)
    if verb is None or not said[: verb.start()].strip() or not said[verb.end() :].strip():
        return None
    first = said[: verb.start()].strip()
    if first.split()[0].lower() in YES_NO:  # "was it ... who": already a question
        return None
    return verb[1].lower(), first, said[verb.end() :].strip()


def inverted(text: str) -> str | None:
    """A statement with a check tag as the yes-or-no question it asks ("the Wings Media
    speaker was Zhang Fan, right?": "was the Wings Media speaker Zhang Fan?"); None for a
    question that opens with a question word or has no tag (`stated`)."""
    sides = stated(text)
    return None if sides is None else f"{sides[0]} {sides[1]} {sides[2]}?"


def checks(text: str) -> bool:
    """Whether a question states something and asks to have it checked ("... - correct?",
    "..., yes?", "... - is that his firm?")."""
    return any(_check_tag(sentence) for sentence in sentences_of(text))


def _tags(text: str) -> list[int]:
    """The positions of the words of each sentence's tag (`_TAG`, `_CHECK_TAG`): "too,
    right?", "... in 2015 - correct?"."""
    found: list[int] = []
    offset = 0
    for sentence in sentences_of(text):
        whole = size = len(words_of(sentence))
        rest = sentence
        check = _check_tag(rest) if size > 3 else None
        if check is not None:  # "X was held in Xiamen - correct?": the statement is asked
            tag = len(words_of(check.group()))
            found += range(offset + size - tag, offset + size)
            rest, size = rest[: check.start()], size - tag
        while (
            size > 2
            and _last_word(rest) in _TAG_LAST
            and (match := re.search(_TAG, rest, re.IGNORECASE))
        ):
            found.append(offset + size - 1)
            rest, size = rest[: match.start()], size - 1
        offset += whole
    return found


_AND_ASKS = (
    r"(?:,\s*|\s+)and\s+(?=(?:(?:please\s+)?(?:tell|show|give)\s+(?:me|us)\s+|let\s+(?:me|us)\s+"
    r"know\s+)?(?:(?:roughly|approximately|about|exactly|also|then|together|along)\s+){0,2}"
    r"(?:(?:from|in|at|of|by|for|to|with|on|through|via|under|into|among|within|across|over|"
    r"during|throughout|since|until|after|before)\s+"
    r"(?:(?:roughly|about|approximately)\s+)?"
    r"(?=(?:what|which|whom|whose|where|how)\b)"
    r"|(?:in|at|on|from|for)\s+the\s+\w+(?:\s+\w+)?\s+of\s+(?=(?:what|which|whom)\b)"  # "and in
    # the activities of which expo did they take part"
    r"|on\s+behalf\s+of\s+(?=(?:what|which|whom)\b))?"  # "and on behalf of which association"
    r"(?:(?:what|which|who|whom|whose|how|when|where|why(?=\s+\w)|whether|did|does|do|is|was|were|"
    r"has|had)\b"
    r"|(?:whats|whos|wheres|hows|whens|wats|wat|hw|wen)\b"  # "and whats his job": no '
    r"|(?:can|could)\s+you\b"  # "and can you list them"
    r"|(?<=,\sand\s)(?:the\s+)?(?:number|count|amount|total|value)\s+of\b"  # ", and number
    # of works registered?": a second figure asked after a comma
    r"|(?:they|he|she|it)\s+[a-z]+\s+(?:what|which|who|whom|where|when|how)\b))"  # "and
)  # they get what after the course?": the question word after its verb


_LISTING = frozenset("name names list enumerate which what are were they them ones all".split())
"""Words of a question that asks only to have the things just asked about listed ("and
which are they?", "Name them.", "what are the names of all of them")."""


def lists_them(text: str) -> bool:
    """Whether a question asks only to have the things before it listed by name ("and what
    are the names of them?", "Name them."): nothing of its own but words that list."""
    words = set(words_of(text))
    return bool(words & {"they", "them", "ones"}) and not words - STOP - _LISTING


def asked_twice(text: str) -> tuple[str, str] | None:
    """Two sentences that each ask something ("What did X report? Is the share higher than
    in 2021?"; "How many treaties has China joined? Name them."), or None."""
    asked = sentences_of(text)
    counted = len(asked) == 2 and re.search(r"\bhow\s+many\b", asked[0], re.IGNORECASE)
    if counted and asked[0].endswith("?") and lists_them(asked[1]):  # not "..? all of em pls"
        return asked[0], asked[1]
    if text.count("?") != 2 or not text.rstrip().endswith("?"):
        return None
    if len(asked) == 3 and not asked[0].endswith("?") and not (asks(asked[0]) or _wh(asked[0])):
        short = all(  # "Beijing Treaty diplomatic conference. when? co-host?": a scene
            s.endswith("?") and 1 <= len(words_of(s)) <= _FRAGMENT_MAX  # named, then two
            and words_of(s)[0] not in YES_NO  # short questions of it; not "X. Is that
            and not any(c.isdigit() for c in s) and ordinals_as_figures(s) == s  # right?
            for s in asked[1:]  # Fortieth?": a claim checked, its figure said again
        )
        if short and len(words_of(asked[0])) >= 2:
            return f"{asked[0]} {asked[1]}", f"{asked[0]} {asked[2]}"
    if len(asked) == 2 and all(
        s.endswith("?") and (asks(s) or _wh(s) or (k and re.search(_CHECKED_AT_END, s)))
        and len(words_of(s)) > 2
        for k, s in enumerate(asked)
    ):  # "Who addressed it from NCAC? Also Ms. Liu Hua was present or not?"
        return asked[0], asked[1]
    return None


_FRAGMENT_MAX = 3
"""The most words of a short question asked after a scene ("when?", "who co-hosted?")."""
_CHECKED_AT_END = r"(?i)\b(?:or\s+not|right|true|correct)\W*$"
"""How a second sentence asks by its end what it states ("Also Liu Hua was present or
not?")."""


_COMMA_ASKS = (
    r"(?i)(?<=\w),\s+(?=(?:which|what)\s+(?:\w+\s+){1,2}(?:is|was|are|were|does|did|do)\s+"
    r"(?:she|he|they|it)\b)"
)
"""A comma before a question of its own within a question ("who brought up the dispute, which
association is she from, and ..."): the question's subject comes after its verb, so it
describes nothing named before."""


_WHO_THE = r"(?i)^\W*who\s+(?:was|is|were|are)\s+the\b"
"""A question opening "Who was the ...", which a question in the same words may follow."""
_COMMA_WHO = r"(?i)(?<=\w),\s+(?=who\s+(?:was|is|were|are)\s+the\b)"
"""A comma before "who was the ..." in a question opening so: a question of its own."""


_WH_BEFORE = r"(?i)^\W*(?:[^,?;:]{3,150}?[,:]\s*)?(?:who|whom|what|which|when|where|how)\b"
"""A question word opening the text ("who brought up ..."), or its question after a lead
("From the CMO perspective, who described ...")."""


_AND_TYPED = (
    r"(?i)(?<!\s)\s+(?:n|&|\+)\s+(?=(?:wat|wats|what|whats|what['\u2019]s|who|whos|who['\u2019]s|how|hw|when|"
    r"wen|where|which)\b)"
)
"""An "and" typed short before a second question ("grew by wat % n wats its share")."""
_AND_SAID_LONG = (
    r"(?i)(?<=\w)(?:,|[ \t]+[-\u2013\u2014]{1,2})?\s+(?:as\s+well\s+as|plus|along\s+with)\s+"
    r"(?=(?:what|which|who|whom|whose|how|when|where)\b)"
)
"""An "and" said at length before a further question ("..., as well as which technologies
did he say ...")."""


_TELL_ME = r"(?i)^\s*(?:please\s+)?(?:(?:tell|show|give)\s+(?:me|us)|let\s+(?:me|us)\s+know)\s+"
"""A request that opens a second question ("and tell me which ..."), not what it asks."""


def two_questions(text: str) -> tuple[str, str] | None:
    """A question that asks two things ("What did X amount to in 2018, and how many works
    did the province register that year?") as its two questions, the second with what the
    first names set before it as its scene; None for one question. Two sentences that both
    ask ("What did X report? Is the share higher than in 2021?") are two questions too."""
    asked = asked_twice(text)
    if asked is not None:
        return asked
    if len(text) <= _LISTED_MAX:  # "... n wats its share", "..., as well as which ...":
        text = re.sub(_AND_SAID_LONG, " and ", re.sub(_AND_TYPED, " and ", text))  # and what
    if " / " in text:  # "shanghai trng how many days / how many ppl": two questions
        halves = [h.strip() for h in text.split(" / ")]
        second = words_of(halves[1])[:1] if len(halves) == 2 else []
        if len(halves) == 2 and all(len(words_of(h)) >= 2 for h in halves) and (
            second and second[0] in QUESTION_WORDS
        ):  # not "which university / country, and what's her role": one question
            return halves[0], halves[1]
    trailing = re.match(_TRAILING_PART, text) if len(text) <= _LISTED_MAX else None
    if trailing is not None and asks(trailing[1]):  # "the date of the roundtable, its main
        return trailing[1], trailing[2]  # focus": a part that asks with the first's verb
    listed = re.match(_TWO_LISTED, text) if len(text) <= _LISTED_MAX else None
    if listed is not None and " and " not in text.lower():  # "how many came, how many days
        return listed[1], listed[2]  # did it last": two questions one after the other
    led = re.match(_LEAD_THEN_ASKED, text) if len(text) <= _LISTED_MAX else None
    if led is not None and not (asks(led[1]) or _wh(led[1])):  # "Given the record for X,
        rest = text[led.end() :]  # what was its revenue in 2024, how much did it grow":
        listed = re.match(_TWO_LISTED, rest)  # the two, the lead set before the first
        if listed is not None and " and " not in rest.lower():
            return f"{led[1]}, {listed[1]}", listed[2]
    listed_bare = _bare_pair(text)  # "sichuan copyright trading 2018, works registered"
    if listed_bare is not None:
        return listed_bare
    sentences = sentences_of(text) if len(text) <= _LISTED_MAX else []
    last = re.match(_TWO_LISTED, sentences[-1]) if len(sentences) > 1 else None
    if last is not None and " and " not in sentences[-1].lower():  # "X's added value for
        scene = " ".join(sentences[:-1])  # 2023. What was it, how much did it grow": the
        return f"{scene} {last[1]}", last[2]  # two, the first in the scene set before them
    if "," in text and len(text) <= _LISTED_MAX:  # "who brought up X, which association is
        text = re.sub(  # she from, and ...": three questions, when what comes before asks
            _COMMA_ASKS,  # too (not "Besides WIPO, which other bodies did it name?")
            lambda m: ", and " if re.search(_WH_BEFORE, text[: m.start()]) else m[0],
            text,
        )
    if re.match(_WHO_THE, text) and len(text) <= _LISTED_MAX:  # "Who was the expert of CCTV,
        text = re.sub(_COMMA_WHO, ", and ", text)  # who was the professor of X, and ...":
        # questions in a row, each of its own (not a clause of the one before)
    if " and " not in text.lower():
        return None
    parts = re.split(r"\?\s*and\s+", text, flags=re.IGNORECASE)  # "X, right? and Y?"
    if len(parts) != 2 or any(len(words_of(p)) < 2 for p in parts):
        joints = list(re.finditer(_AND_ASKS, text, flags=re.IGNORECASE))
        if len(joints) >= 2:  # "when and at what conference was it adopted, and how long
            last = joints[-1]  # since ...", "who X, and which Y, and what Z": the last "and"
            parts = [text[: last.start()], text[last.end() :]]  # parts the first again
        else:
            parts = re.split(_AND_ASKS, text, flags=re.IGNORECASE)
    else:
        parts[0] += "?"
    if len(parts) != 2:
        return None
    bare = re.search(_BARE_WH, parts[0])
    verb = re.search(_ASKED_VERB, parts[1])
    if bare is not None and verb is not None:  # "On the Beijing Treaty - when and at what
        parts[0] = f"{parts[0][: bare.end(1)]} {verb.group(0)}"  # conference was it adopted?":
    if any(len(words_of(p)) < 2 for p in parts):  # "when was it adopted?" and "at what
        return None  # conference ...?"
    if _rest_of_list(words_of(parts[1])):  # "FTAs with Australia, South Korea and who
        return None  # else?": the rest of a list, one question
    then = re.sub(_TELL_ME, "", parts[1])  # "..., and tell me which two works she named":
    return parts[0], then  # which two works she named


def _bare_pair(text: str) -> tuple[str, str] | None:
    """Two things asked by name alone, a comma between, with a year ("sichuan copyright
    trading 2018, works registered"): each its own question; None for anything that asks,
    checks or compares in words."""
    if len(text) > _LISTED_MAX or "?" in text.rstrip(" ?"):
        return None
    if "," not in text and text.count(". ") == 1:  # "sichuan copyright trading 2018. works
        text = text.replace(". ", ", ")  # registered?": two things asked by name
    if text.count(",") != 1:
        return None
    words = words_of(text)
    if set(words) & (QUESTION_WORDS | YES_NO | _BARE_PAIR_NOT) or not any(
        _YEAR.match(w) for w in words
    ):
        return None
    first, second = (h.strip(" ?") for h in text.split(","))
    if len(words_of(first)) < 2 or len(words_of(second)) < 2:
        return None
    return first, second


_BARE_PAIR_NOT = frozenset(
    "and or vs versus not than right correct true accurate confirm check verify yes no ok "
    "really legit sure alone only just according per".split()
)
"""Words with which a bare pair asks, checks or compares rather than lists two things."""


def _rest_of_list(words: Sequence[str]) -> bool:
    """Whether a part asks only for the rest of a list ("who else", "which other
    countries")."""
    return (
        len(words) <= _REST_MAX
        and words[:1] in (["who"], ["what"], ["which"], ["where"])
        and words[1:2] in (["else"], ["other"], ["others"])
    )


_REST_MAX = 3
"""How many words a part asking for the rest of a list has at most ("which other bodies")."""


_TWO_LISTED = (
    r"(?i)^\W*((?:how|what|which|who|when|where)\b[^?,;]*?)\s*[,;]\s*((?:how|what|which|who|when|"
    r"where)\s+(?:many|much|long|did|does|do|was|were|is|are)\b[^?,;]*\??)\s*$"
)
"""Two questions listed with a comma ("How many people took part, how many days did it
last?"), each beginning with its question word."""
_LISTED_MAX = 300
_LEAD_THEN_ASKED = r"(?i)^([^?,;]{3,150}?)\s*,\s*(?=(?:how|what|which|who|when|where)\b)"
"""A lead clause and the comma after it, before a question word ("Given the record for X,
what ..."): it sets the scene of what follows."""

_TRAILING_PART = (
    r"(?i)^(\W*\w[^?,;]{8,200}?\S)\s*,\s+((?:its|their|his|her)\s+\w[^?,;]{1,50}?|"
    r"(?:from|in|at|of|by|for|with|on|to)\s+(?:what|which|whom|where)\b[^?,;]{0,60}?)\s*\??\s*$"
)
"""A question followed by a part that asks with its verb: a thing of what it names ("Could
you confirm the date of the roundtable, its main focus") or a question word after a
preposition ("How many attended the Xiamen training, from what kinds of organizations")."""

AND_ITS = (
    r"(?i)^([^?]{0,120}?\b(?:could|would|can)\s+you\s+(?:please\s+|kindly\s+)?(?:give|provide|list|tell\s+me|"
    r"share)\b[^?]*?),\s+and\s+(its|their)\s+([^?,]{3,60}?)\s*\?\s*$"
)
"""A request for several things whose last is a noun phrase of its own ("could you give its
revenue, the amount from karaoke, and its membership composition?"): the request, the
possessive and the noun phrase."""

_BARE_WH = r"(?i)(?:^|[\s,:;\-\u2013\u2014])(when|where|who|why|how)\s*$"
"""A question word alone before "and" another ("when and where was it held"): it asks with
the other's verb."""

_ASKED_VERB = r"\b(?:was|is|were|are|did|does|do|has|have|had)\b[^?]*\??"
"""The verb of a question and what follows it ("was it adopted?")."""


_SCENE_COMMAS = 24  # a scene set before the question is read within its first commas


def context_of(text: str) -> list[int]:
    """The positions of the words that only set the scene of a question (`scene_of`)."""
    return scene_of(text)[0]


_IF_SO = r"(?i)\W*if\s+(?:so|yes|she\s+did|he\s+did|they\s+did|it\s+did)\b"
"""A question that follows up on the one before ("..., did she give a figure? If so, what
was it?"): the one before is what is asked, and its answer gives the rest."""
_TIME_CLAUSE = (
    r"(?i)^\W*(?:when|while)\s+(?!(?:was|is|were|are|did|does|do|has|had|have|will|would|can|"
    r"could|should|exactly|precisely|and|or|where|what|who|how|&)\b)\w+\s+\w+"
)
"""A clause of time opening a question ("when Gao Hang talked about new treaties, ..."):
it sets the scene, and asks nothing."""


def scene_of(text: str) -> tuple[list[int], int]:
    """The positions of the words (as `words_of` gives them) that only set the scene of a
    question: a clause before a colon or a dash, or before the first comma, when what
    follows it begins a question and the clause does not ("For my piece on the sector, how
    much ..."; "Guan Rui spoke in Shanghai - what company does she work for?") or the clause
    is a lead-in ("For contrast with X: ..."); a tag ("..., right?") and a clause of time after
    the question ("... when he lectured in Xiamen"); fillers such as "is it true that"; and
    where the question proper begins."""
    context: list[int] = []
    offset = 0
    original = text
    total = len(words_of(text))
    sentences = sentences_of(text)
    marked = [k for k, s in enumerate(sentences) if s.endswith("?")]  # not "APRA, I think?"
    asked = [k for k in marked if asks(sentences[k]) or _wh(sentences[k])] or marked
    asked = sorted({*asked, *(k for k in marked if _asks_after(sentences[k], sentences[k + 1 :]))})
    asked = asked or [k for k, s in enumerate(sentences) if asks(s) or _wh(s)]
    if len(sentences) > 1 and asked:
        k = asked[-1]  # "I'm prepping an episode on X. Which ...? I need it for the notes.":
        if k and re.match(_IF_SO, sentences[k]) and sentences[k - 1].rstrip().endswith("?"):
            k -= 1  # "did she give any figure for X? If so, what was it?": the first asks
        said = words_of(sentences[k])  # "... in her Xiamen speech. What were they?"
        leaning = _LEANS_BACK if said[:1] in (["what"], ["which"]) else _LEANS_BACK - {"that"}
        bare = all(w in STOP or w in _EXACTLY for w in said) and bool(set(said) & leaning)
        bare = bare or (  # "... at three levels. Name all three.": the three the scene says
            said[:1] in (["name"], ["list"]) and 1 < len(said) <= _NAME_ALL_MAX
            and all(w in STOP or w in COUNT_WORDS or w.isdigit() for w in said[1:])
            and any(w in COUNT_WORDS or w.isdigit() for w in said[1:])
        )
        bare = bare or _echoes(said, words_of(" ".join(sentences[:k])))
        bare = bare and not any(j in asked for j in range(k))  # "... fashion? What exactly
        # was that?": a claim with a question mark sets the scene as a statement does
        if not bare and not any(j in asked for j in range(k)):  # what the scene says is
            # asked; else the other sentences set the
            offset = len(words_of(" ".join(sentences[:k])))  # scene, unless they ask too
            context += range(offset)
            context += range(offset + len(words_of(sentences[k])), total)
            text = sentences[k]
        elif bare:  # what the scene says is asked, but not the asker's asides ("A cellist
            at = 0  # friend of mine is a member there!")
            for j, sentence in enumerate(sentences):
                size = len(words_of(sentence))
                if j != k and set(words_of(sentence)) & _ASKER_OWN:
                    context += range(at, at + size)
                at += size
    start = offset  # where the question proper's sentence begins
    scenes = any(mark in text for mark in (":", ";", " -", " \u2013", " \u2014"))
    parts = re.split(_SCENE, text) if scenes else [text]
    lead = len(parts) > 1 and words_of(parts[0])[:1] in (["for"], ["regarding"], ["re"])
    label = parts[0] if len(parts) > 1 else ""  # "Lightning round: in 2024 ...": a label
    short = len(words_of(label)) <= LABEL_WORDS and not (asks(label) or _wh(label))
    short = short and all(w in LABEL_VOCABULARY or w in STOP or w.isdigit()
                          for w in words_of(label))  # fmt: skip
    asks_alone = _says(" ".join(parts[1:]))  # not "CAVCA's DG - name?": that names what is
    if (
        label
        and short
        and asks_alone
        and (
            asks(parts[-1])
            or _wh(parts[-1])
            or parts[-1].endswith("?")
            or set(words_of(label)) <= _ASKING_LABELS  # "line chart: X for 2017, 2021"
        )
    ):
        context += range(offset, offset + len(words_of(label)))
    leans = bool(PRONOUNS & set(words_of(parts[-1])))  # "X, who spoke at Y - what are his roles?"
    went = len(parts) > 1 and re.match(r"(?i)\s*that['\u2019]?s\s+(?:how|what)\b", parts[-1])
    if (
        len(parts) > 1
        and not (went and _check_tag(f" - {parts[-1].strip()}") is not None)  # "X - that's
        and (asks(parts[-1]) or lead)  # how it went, yeah?": a check of X, no "how" asked
        and not asks(parts[0])
        and (_says(parts[-1]) or leans)
    ):
        for part in parts[:-1]:
            size = len(words_of(part))
            context += range(offset, offset + size)
            offset += size
        text = parts[-1]
    segments = text.split(",")  # "The guy who presented the figures, Guan Jun, what is ...":
    begins = offset  # the segments before the first one that asks set its scene
    for k in range(1, min(len(segments), _SCENE_COMMAS)):  # bounded: hostile runs of commas
        head, rest = ",".join(segments[:k]), ",".join(segments[k:])
        timed = k == 1 and re.match(_TIME_CLAUSE, head) is not None  # "when X talked about
        if (asks(head) or _wh(head, relative=False)) and not timed:  # Y, was it Z?": a time
            break  # "the guy who presented": not asking
        if asks(segments[k]) and _says(rest):
            context += range(offset, offset + len(words_of(head)))
            begins = offset + len(words_of(head))
            break
    context += (start + i for i in described(" ".join(parts)))
    words = words_of(" ".join(parts))
    context += _tags(original)
    for i in range(2, len(words) - 1):  # "what post did he hold when discussing X": a time
        after = words[i + 1]
        said = words[i + 2 : i + 4]  # "... when Forbin spoke in Chengdu": a time, by who spoke
        named = any(w in SPOKE | CLAUSE_SAYING for w in said) and not (
            set(words[:i]) & (SPOKE | CLAUSE_SAYING | {"say", "says", "mention", "mentioned"})
        )  # not "what did Liu Hua say when Zhao spoke": what was said then is asked
        if words[i] in ("when", "while") and (
            after.endswith("ing") or after in CLAUSE_SUBJECTS or named
        ):
            context += range(start + i, start + len(words))
            break
    led = 0  # "So was X ...?", "Okay so who was ...?": each leading filler word
    while led < min(3, len(words) - 2) and words[led] in LEADING_FILLERS:
        context.append(start + led)
        led += 1
    begins = start + led if led and begins == start else begins
    for i in range(len(words)):
        for filler in FILLERS:
            if tuple(words[i : i + len(filler)]) == filler:
                context += range(start + i, start + i + len(filler))
    return sorted(set(context)), begins


def told_of_asker(text: str) -> list[int]:
    """The positions of the words (as `words_of` gives them) of the sentences before the
    last one that tell of the one asking ("I was in Beijing for the diplomatic conference.
    When did ...?"): where they were is no place the question asks about."""
    sentences = sentences_of(text)
    found: list[int] = []
    at = 0
    for sentence in sentences[:-1]:
        said = words_of(sentence)
        if any(a in _I_SAY and b in _ASKER_WAS for a, b in itertools.pairwise(said)):
            found += range(at, at + len(said))
        at += len(said)
    return found


_ASKER_WAS = frozenset(
    "was went attended visited worked lived travelled traveled stayed sat met covered "
    "reported".split()
)
"""Verbs by which the one asking tells where they were ("I was in Beijing for ..."), not what
they believe ("I think it ran in late November": a claim about the event)."""


_ASKER_OWN = frozenset({"my", "me", "myself", "mine"})
"""Words of a remark about the asker's own life ("... is kind of my thing"), not a
clarification of what is asked ("I'm thinking record companies")."""
_I_SAY = frozenset("i i'm i've i'd i'll im ive".split())
"""Words by which the one asking speaks of themself ("I used to", "I'm thinking")."""
ASKER_WORDS = _I_SAY | _ASKER_OWN
"""Words by which a sentence tells of the one asking ("I used to travel to Sichuan")."""
def _echoes(said: Sequence[str], scene: Sequence[str]) -> bool:
    """Whether a short question asks which of what its scene said, by the scene's own noun
    ("WIPO said it would help certain groups ... . Which groups were named?")."""
    if said[:1] not in (["which"], ["what"]) or len(said) > 6:
        return False
    nouns = [w for w in said[1:] if w not in STOP and w not in _EXACTLY and w not in _NAMED_BACK]
    return len(nouns) == 1 and nouns[0] in scene and nouns[0].endswith("s")


_NAMED_BACK = frozenset("named mentioned listed cited given meant".split())
"""Verbs a short question asks of what its scene named with ("Which groups were named?")."""
_LEANS_BACK = (LEANING - {"one", "ones"}) | {"that"}
"""Words a bare question ("What were they?") leans on the scene before it with."""
_NAME_ALL_MAX = 5
"""The most words of a bare request to name things counted ("Name all three of them")."""
_EXACTLY = frozenset({"exactly", "precisely", "actually", "again"})
"""Words a bare question may add without asking anything more ("What exactly was that?")."""

_ABBREVIATIONS = frozenset("dr mr mrs ms prof st co inc ltd no vs etc jr sr mt".split())
"""Short forms whose full stop ends no sentence ("Co.", "Dr.")."""


_INITIAL = lazy_pattern(r"(?:^|\.)[A-Z]$")
"""A word that ends in a capital's initial ("U.S", "J"): its full stop ends no sentence
("AI." and "WIPO." do)."""


_SENTENCE_END = (
    r"[.!?]+(?=\s+[A-Z\"'(\u201c])|[!?]+(?=\s+\w)"
    r"|\.+(?=\s+(?:what|when|where|who|whom|which|why|how|did|does|do|is|was|were)\b)"
    r"|(?:\.{3,}|\u2026)(?=\s+\w)"
)
"""Where a sentence ends: a full stop, "?" or "!" before a capital, "?" or "!" before any
word, a full stop before a question word typed in small letters ("... speech. when did"), an
ellipsis before any word ("CAVCA I believe they call it... roughly how much")."""


def sentences_of(text: str) -> list[str]:
    """A text's sentences: split after a full stop, "?" or "!" followed by a space and a
    capital or a question word, never after a short form ("Co.", "Dr.") or a capital's
    initial ("U.S.")."""
    stops = (i for i, c in enumerate(text[:-1]) if c in ".!?" and text[i + 1].isspace())
    if next(stops, None) is None:  # one sentence: no regular expression to compile
        return [text.strip()] if text.strip() else []
    out: list[str] = []
    begin = 0
    for match in re.finditer(_SENTENCE_END, text):
        before = text[begin : match.start()].split()
        last = before[-1] if before else ""
        if match.group()[0] == "." and (last.lower() in _ABBREVIATIONS or _INITIAL.search(last)):
            continue
        out.append(text[begin : match.end()].strip())
        begin = match.end()
    out.append(text[begin:].strip())
    return [s for s in out if s]


CLAUSE_SUBJECTS = frozenset({"he", "she", "they", "it", "we"})
"""Who a clause after "when" is about ("... when he lectured in Xiamen"): a time, not asked."""
CLAUSE_SAYING = frozenset(
    "spoke said reported addressed presented lectured gave told announced visited".split()
)
"""Verbs of a clause of time after the question that names who spoke ("... when Forbin
spoke in Chengdu"): it dates what is asked, it asks nothing."""
CLAUSE_VERBS = frozenset("is was are were has have had did does do can could will would".split())
"""Verbs the question proper goes on with after a clause that describes ("X, who ..., is")."""


def described(text: str) -> list[int]:
    """The positions of the words of a clause between commas that describes what it follows
    and after which the question goes on with its verb ("Jiang Bo, who spoke on blockchain,
    is vice president of which group?"), or that ends a question by describing what it
    names ("What is Jiang Bo's role, the speaker who talked about Y?")."""
    segments = [words_of(segment) for segment in text.split(",")]
    found: list[int] = []
    offset = 0
    small = STOP | {"one", "ones", "it", "they"}
    named = sum(w not in small for w in segments[0]) >= 2  # not "Which was bigger, the X ...?"
    for k, words in enumerate(segments):
        then = segments[k + 1][:1] if 0 < k < len(segments) - 1 else []  # between commas
        clause = words[:1] in (["who"], ["whose"], ["which"]) and then and then[0] in CLAUSE_VERBS
        last = k and k == len(segments) - 1 and words[:1] in (["the"], ["a"], ["an"], ["who"])
        last = last and named
        last = last or bool(  # "Who is Shi Jiang, quoted about Chengdu as a model city?":
            k and k == len(segments) - 1 and named and words[:1]  # who the one named is
            and words[0] in _DESCRIBING and segments[0][:1] == ["who"]
            and not (asks(" ".join(words)) or _wh(" ".join(words)))
        )  # fmt: skip
        if clause or (last and segments[0][:1] and segments[0][0] in QUESTION_WORDS):
            found += range(offset, offset + len(words))  # or "What is X's role, the speaker ..."
        offset += len(words)
    return found


_DESCRIBING = frozenset(
    "quoted cited credited mentioned interviewed featured known famous speaking talking "
    "lecturing".split()
)
"""Words that open a clause describing the person a "who is" question names ("Who is Shi
Jiang, quoted about Chengdu ...?"): the clause tells which one, and asks nothing."""


def _wh(text: str, *, relative: bool = True) -> bool:
    """Whether a sentence asks with a question word among its first few ("Roughly how many
    people took part"); without ``relative``, "who", "which" and "whose" do not count ("the
    guy who presented")."""
    words = QUESTION_WORDS if relative else QUESTION_WORDS - {"who", "which", "whose", "whom"}
    return any(w in words for w in words_of(text)[:WH_REACH])


WH_REACH = 3


def _says(text: str) -> bool:
    """Whether a question proper names something by itself: two words or more that are not
    small words ("which one was it" leans on the scene before it, and keeps it)."""
    small = STOP | {"one", "ones", "it", "they"}
    return sum(w not in small for w in words_of(text)) >= 2


_OPENERS = frozenset("in at during on for from about regarding".split())
"""Words a place, time or topic set before a question's own verb begins with."""


def _asks_after(text: str, after: Sequence[str]) -> bool:
    """Whether a sentence asks with "did", "was" and the like after a short phrase of place,
    time or topic set first ("in Xiamen training did WIPO's head also speak? what his name?"),
    unless all that follows asks only how much ("... beat the national share? By how much?"),
    which leans on it."""
    words = words_of(text)
    if not words or words[0] not in _OPENERS:
        return False
    rest = words_of(" ".join(after))
    if rest and set(rest) <= {"how", "much", "many", "by", "and", "if", "so"}:
        return False
    return any(w in ASKING - QUESTION_WORDS for w in words[2 : WH_REACH + 3])


def asks(text: str) -> bool:
    """Whether a clause begins a question ("which city agency ...", "did it ...", "on what
    day ...", "by how much ...")."""
    words = words_of(text)
    while len(words) > 1 and words[0] in _PLEASE_WORDS:  # "Kindly tell his official post."
        words = words[1:]
        if words[0] in _REQUEST_VERBS:
            return True
    if not words:
        return False
    if len(words) > 3 and words[1:3] == ["i", "ask"] and words[0] in ("may", "can", "could"):
        return True  # "May I ask the position of Mr. Guan Jun, who presented ...?"
    return words[0] in ASKING or (words[0] in _REQUEST_VERBS and len(words) > 1) or (
        len(words) > 1 and words[0] in FUNCTION_WORDS and words[1] in QUESTION_WORDS
    )


_PLEASE_WORDS = frozenset({"please", "pls", "plz", "kindly"})
"""Words of courtesy before what is asked ("kindly tell ...")."""
_REQUEST_VERBS = frozenset(
    "tell state clarify specify identify mention provide explain describe confirm".split()
)
"""Verbs that begin a request as a question word begins a question ("Tell me his post.")."""


_BELT = lazy_pattern(r"\bB\s*&\s*R\b|\bBRI\b", re.IGNORECASE)
"""The Belt and Road as people shorten it: "B&R", "BRI"."""
_OFFICE_HELD = (
    r"(?i)\b((?:what|which)\s+)office(?=\s+(?:did|does|do|has|had|was|is)\s+"
    r"(?:\w+\s+){0,3}?(?:hold|held|holds|occupy|occupied|have)\b)"
)
""""Office" asked as the post someone held ("what office did he hold"), not a body."""
_NUMBER_OF = lazy_pattern(r"\b(?:no|nos|num)\.(?=\s|$|\d)|#\s*(?=of\b)", re.IGNORECASE)
"""A number asked in shorthand: "no. of treaties", "participants no.", "# of members"."""


_FORMAT_ASKED = (
    r"(?:[,;:?!.]|\s[-\u2013\u2014])\s*(?:(?:please|pls|plz)\s+)?"
    r"(?:(?:(?:i\s+|we\s+)?(?:need|want)|give(?:\s+me)?|show(?:\s+me)?|with)\s+)?"  # one
    # run of spaces, never two side by side (linear on a long run)
    r"(?:(?:the|both|all|each|exact|precise)\s+)*"
    r"(?:numbers?|figures?|units?|currency|amounts?)"
    r"(?:\s*(?:\+|and|&|,)\s*(?:the\s+)?(?:units?|currency|years?|numbers?|figures?))*"
    r"(?:\s+(?:please|pls|plz))?\W*$"
)
"""A request at the end of a question for how the answer is given ("..., exact figure +
currency pls", "? need the number", "? give both numbers"): it asks nothing of its own."""
_FORMAT_WORDS = ("number", "figure", "currency", "unit", "amount")
_FORMAT_ASKING = frozenset(
    "need want give show with both all each exact precise please pls plz currency".split()
)


_NAME_FORMAT = (
    r"(?i)[,;?.][ \t]*(?:(?:the|its|their|her|his)[ \t]+)?"
    r"(?:(?:full|exact|official|english)[ \t]+)+"
    r"(?:name|names|title|spelling)(?:[ \t]+in[ \t]+full)?[ \t]+(?:please|pls|plz)\W*$"
)
"""A closing request for names in full (", full English name please"): the answer's lines
give names in full, so it asks nothing of its own; searched in the last 60 characters."""

_HALF = r"\b(below|under|above|over|less\s+than|more\s+than)\s+(?:a\s+)?half\b"
"""A share compared with half ("below half of its revenue"): 50%."""
_RATIO_WORDS = r"\b(?:ratio|rate|share|percent|percentage|proportion)\b"

_SOURCE_ASKED = (
    r"(?:[,;:]|\s[-\u2013\u2014]|\s(?=and\b))\s*(?:and\s+)?(?:(?:please|pls|plz)\s+)?"
    r"(?:(?:with|cite|citing|give|giving|name|naming|include|including|plus)\s+)?"
    r"(?:(?:the|its|their|a|your)\s+)?sources?(?:\s+(?:please|pls|plz))?\W*$"
    r"|(?:,\s*|(?<![\s,])\s+)and\s+(?:say|tell\s+me|note|state|indicate)\s+who\s+"
    r"(?:presented|reported|gave|"
    r"cited|shared|released|announced)\s+(?:those|these|the|them|it|that)"
    r"(?:\s+(?:figures?|numbers?|data|statistics?))?\W*$"
)
"""A closing request for where an answer comes from ("..., with the source", "and say who
presented those figures"): every answer names its source and who reported a figure."""

_ALL_ASKED = (
    r"(?:[,;:]|\s[-\u2013\u2014])\s*(?:(?:please|pls|plz)\s+)?(?:all|every\s*one|each)"
    r"(?:\s+of\s+(?:them|those|these))?(?:\s+(?:please|pls|plz))?\W*$"
)
"""A closing "..., all of them please": a list asked for is given whole anyway."""

_WHY_ASKED = (
    r"(?:[,;]|\s[-\u2013\u2014]|\s(?=so\s+(?:that\s+)?(?:i|we)\s))\s*(?:just\s+)?so\s+"
    r"(?:that\s+)?(?:i|we)\s+(?:can\s+|could\s+)?(?:pronounce|say|spell|get|read|quote|"
    r"cite|credit|introduce|mention|check|reach|use|include|put|write|know|make)\b[^?]*\W*$"
)
"""A closing clause on why the one asking wants to know (", just so I can reach out to
them"): it asks nothing."""

_NEEDED_FOR = (
    r"(?:[,;]|\s[-\u2013\u2014])\s*(?:(?:i|we)\s+|i'?ll\s+|i\s+will\s+)?(?:need|want|use)\s+"
    r"(?:it|this|that|them|these|those)\s+for\s+(?:the|my|our|a|an|tonight'?s|today'?s)\s+"
    r"[\w'-]+(?:\s+[\w'-]+){0,2}\W*$"
)
"""A closing clause on what the answer is for (", need it for the intro"): it asks nothing."""

_LIST_ALL = (
    r"[,;]\s*(?:please\s+)?(?:list|name|give\s+me|tell\s+me)\s+(?:them|those|these)\s+all\b"
    r"[^?]*\W*$"
)
"""A closing request for the whole list, with the asker's guesses at it (", list them all
please, the award and the forum and whatever else"): a list asks for all of them anyway."""

_ELSE_ASKED = (
    r"(?:[,;:]|\s[-\u2013\u2014])\s*(?:so\s+)?[\w.'&-]+(?:\s+[\w.'&-]+){0,4}\s+and\s+"
    r"(?:who|what|which\s+others?)\s+else\s*\?*\s*$"
)
"""A closing guess at one of a list, asking for the rest ("- WIPO and who else?"): the list
is asked for anyway."""

_LIST_ELSE = (
    r"(?:\b(?:with|like|including|incl|as|and)|,|\s[-\u2013\u2014])\s+[A-Z][\w.'&-]*"
    r"(?:\s+[A-Z][\w.'&-]*){0,3},"
    r"\s*[^,]{1,40}\s+and\s+\w+\s+else\W*$"
)
"""Names listed before "and who else" ("FTAs with Australia, South Korea and who else?",
"which FTAs - Australia, South Korea and who else?"):
the ones the question does not need, not a guess at one of them (`_ELSE_ASKED`); not a
scene and a guess ("Who spoke at Chengdu, Liu Hua and who else?")."""

_CREDITED_IN = (
    r"\b(according\s+to|per|(?:as\s+)?(?:mentioned|said|stated|noted|cited|reported|recalled"
    r"|described)\s+by)\s+((?:[\w.-]+\s+){1,3}?)in\s+(?:19|20)\d\d\b"
)
"""In a question of when, the year its source said it ("when was X signed, according to
Liu Hua in 2021"): not the year asked about."""
_CREDITED_AS = (
    r"\b(as\s+(?:[\w.-]+\s+){1,3}?(?:said|mentioned|noted|stated|recalled))\s+in\s+(?:19|20)\d\d\b"
)
"""The same with its source first ("..., as Liu Hua said in 2021")."""

_SOMETHING = r",\s*something\s+(?:like\s+)?[\w-]+\s*\?*\s*$"
"""A closing half-remembered guess (", something brave?"): it asks nothing."""
_CALLED_SOMETHING = (
    r"(?i)\b(was|is|were|are)\s+(it|that|this|they)\s+(called|named)\s+[^?]{1,60}?\s+or\s+"
    r"(?:something|whatever)(?:\s+like\s+that)?\W*$"
)
"""A name half-remembered ("was it called the Clean Internet campaign or something?"):
what it was called is asked."""

_TENS = {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90, "hundred": 100}  # fmt: skip
_SCALED_WORD = (
    r"\b(" + "|".join([*COUNT_WORDS[1:], *_TENS]) + r")\s+(million|billion|trillion|thousand|"
    r"percent)\b"
)
"""A number in words before its scale ("ten million", "twelve percent")."""


def _scaled_digits(match: re.Match[str]) -> str:
    word = match[1].lower()
    number = _TENS.get(word) or COUNT_WORDS.index(word)
    return f"{number} {match[2]}"


_GUESSING = frozenset("think thinking believe guess suspect mean assume".split())
_UNSURE = (
    r"(?<![\s,]),?\s+or\s+(?:(?:am|did|do|have|was)\s+i\s+(?:\w+\s+){0,4}?(?:wrong|mistaken|"
    r"confused|misremembering|mixing|confusing|remembering|getting)|(?:is|was)\s+(?:that|this|"
    r"it)\s+(?:\w+\s+){0,2}?(?:wrong|incorrect|inaccurate|off|mistaken))\b[^?]*\?*\s*$"
)
"""A closing doubt of the one asking (", or am I mixing up the number?", "..., or is that
date wrong?"): it asks nothing."""

_SOURCE_DOUBTED = (
    r"(?<![\s,]),?\s+or\s+(?:was|is|did|were|are)\s+(?:he|she|they)\s+(?:\w+\s+){0,2}?(?:wrong|"
    r"mistaken|exaggerating|exaggerate|making|inflating|rounding|confused|misremembering)\b"
    r"[^?]*\?*\s*$"
)
"""A closing doubt of the asker's source ("a friend says X, or was she exaggerating?"):
whether X is so, a claim to check."""

_EXACTNESS_WORDS = (
    r"(?:exact|precise|rounded|round|approximate|approximated|approximation|estimated|estimate|"
    r"floor|ceiling|minimum|actual|official|hard)"
)
_EXACTNESS = (
    r"(?:[-,;:?.]|\s[-\u2013\u2014])\s*(?:and\s+)?(?:(?:is|was|are|were)\s+(?:that|this|it|they|"
    r"the\s+(?:figure|number|count|headcount|total|amount)s?)\s+)?(?:an?\s+)?"
    + _EXACTNESS_WORDS
    + r"(?:\s+(?:headcount|figure|number|count|total|value|amount|one))?\s+or\s+(?:an?\s+)?"
    + _EXACTNESS_WORDS
    + r"(?:\s+(?:headcount|figure|number|count|total|value|amount|one|bound))?\s*(?:\?+\s*)?$"
)
"""A closing question of whether the figure is exact ("- is that an exact headcount or a
rounded figure?", "exact or floor?"): the figure as the article writes it answers it ("more
than 100", "about 5.1 billion")."""

_GUESSED_MORE = (
    r"(?:[,;:]|\s[-\u2013\u2014])\s*(?:[\w.]+\s+){1,4}?or\s+(?:longer|more|less|shorter|fewer|"
    r"bigger|smaller|higher|lower)\s*\?*\s*$"
)
"""A guess at the answer after a question of how long or how many ("how long did it last -
one day or longer?"): the answer gives the figure, so it asks nothing more."""

_DAYS_OR_LONGER = (
    r"(?i)(\b(?:one|two|three|four|five|single|a|\d{1,2})[\s-]+days?(?:\s+(?:event|thing|affair|"
    r"session|training|meeting|forum|course))?)\s+or\s+(?:longer|more|several\s+days|multiple\s+"
    r"days|a\s+multi[\s-]*day\s+\w+)\s*(\?*)\s*$"
)
"""A length of days claimed and the longer one offered ("just a one-day event or longer?"):
the claim, which the event's days answer."""

_OTHER_WAY = (
    r"\b(up|rise|rose|grow|grew|increase|increased|higher|climb|climbed)(?:\s*,\s*|\s+)or\s+"
    r"(?:(?:is|was|has|did|had)\s+it\s+(?:(?:just|really|actually|basically|been|stayed|"
    r"stay|remained|remain|gone|go|went)\s+){0,2}(?:flat|unchanged|the\s+same|stable|steady|"
    r"flatlined|down|fall|fell|drop|dropped|decline|declined|shrink|shrank)|(?:flat|unchanged|"
    r"stable|steady|flatlined|(?:stayed|remained)\s+(?:flat|the\s+same)))\b\s*\?*\s*$"
)
"""The other way a change may have gone, offered after the way asked ("did it go up or is
it flat?"): the answer says which way, so it asks nothing more."""

_FIRST_PERSON = _I_SAY | frozenset("we we're we've my our".split())
_MILESTONE = (
    r"\b(?:some|a|any|the)\s+(?:(?:huge|big|major|massive|new|key|round)\s+)?(?:milestone|mark|"
    r"threshold|barrier)\s+(?:like|of|such\s+as)\s+(?=\d)"
)
"""A figure put as a milestone ("did it cross some huge milestone like 10 million?"): the
figure is what is stated."""
_REMARKING = frozenset("want wanna need hoping trying that's thats that it's its".split())
"""First words of a sentence after a question that remarks rather than asks ("...? want to
compare with later years", "...? that's the songwriters' group, super relevant"), unless it
ends in a question mark."""
_MY_CLAUSE = (
    r"(?:,|\s[-\u2013\u2014]+)\s*(?:i['\u2019]ve\s+got|i\s+have\s+got|i\s+(?:don['\u2019]?t|do\s+not)\s+"
    r"want|i\s+(?:think|reckon|guess)\s+(?:it|that|he|she|they)\s+(?:was|is|were)|i['\u2019]m\s+"
    r"(?:doing|writing|working|prepping|preparing)|for\s+my\s+(?:notes|piece|story|show|episode|"
    r"segment|script))\b[^?,;]{0,100}\?*\s*$"
)
"""A closing clause in which the one asking speaks of themselves (", i've got march something
2025 in my notes", ", i don't want to get it wrong on air", ", i think it was in fujian
somewhere in july"): it asks nothing; what is asked is answered from the record."""


_ONE = r"\bthe\s+((?:\d{4}\s+)?(?:[A-Z][\w-]*\s+)?)one\b(?!\s+of\b)"
"""An event named by its year (and place) and "one" ("the 2023 Shanghai one")."""


def _one_named(text: str) -> str:
    """A question with "the 2023 Shanghai one" read as the kind of event it named before
    ("addressed the 2021 Xiamen training - was she at the 2023 Shanghai one?")."""
    match = re.search(_ONE, text)
    if match is None or not re.match(r"\d{4}\s", match[1]):
        return text  # "the Xiamen one" may be of another kind than the one named before
    kinds = [w for w in fold(text[: match.start()]).split() if w in EVENT_WORDS]
    if not kinds:
        return text
    return f"{text[: match.start()]}the {match[1]}{kinds[-1]}{text[match.end() :]}"


_BELIEF_GUESS = (
    r"(?i)[,;][ \t]*(?:(?:and|but|though|although)[ \t]+)?(?:i[ \t]+(?:have[ \t]+it[ \t]+in[ \t]+"
    r"my[ \t]+head|think|believe|reckon|guess|seem[ \t]+to[ \t]+(?:recall|remember)|(?:had[ \t]+)?"
    r"always[ \t]+(?:thought|believed|understood|assumed|filed|put|had)|was[ \t]+under[ \t]+the"
    r"[ \t]+impression)|i['\u2019]m[ \t]+"
    r"(?:(?:fairly|pretty|quite)[ \t]+)?sure)[ \t]+(?:that[ \t]+)?[^.?!]{0,80}(?=[.?!][ \t])"
)
"""A guess the one asking adds to a sentence before their question (", and I have it in my
head that was 2015"): the question asks what is so."""
_WHICH_I_BELIEVE = (
    r"(?i),[ \t]*which[ \t]+i[ \t]+(?:(?:had[ \t]+)?always[ \t]+)?(?:believe|believed|think|"
    r"thought|remember(?:[ \t]+as)?|recall(?:[ \t]+as)?|understood|understand)\b[^,.?!]{0,80}"
    r"(?=[,.?!])"
)
"""A guess of the one asking put in as a clause of its own (", which I believe Zhou Yaping
heads,", ", which I remember as the summer of 2011."): the question after it asks what is so."""
_BELIEF_LEAD = (
    r"(?i)(?:^|(?<=[.?!][ \t]))(?:i[ \t]+(?:recall|remember|read|heard|gather|understand)"
    r"(?:[ \t]+somewhere)?(?:[ \t]+that)?|if[ \t]+i[ \t]+remember[ \t]+(?:right|rightly|"
    r"correctly),?|i['\u2019]?d[ \t]+(?:swear|bet)(?:[ \t]+that)?|i(?:['\u2019]m|[ \t]+am)[ \t]+"
    r"(?:almost[ \t]+)?certain(?:[ \t]+that)?|i(?:['\u2019]m|[ \t]+am)[ \t]+"
    r"(?:(?:fairly|pretty|quite)[ \t]+)?sure"
    r"(?:[ \t]+that)?|i[ \t]+have[ \t]+it[ \t]+in[ \t]+my[ \t]+head[ \t]+that)[ \t]+(?=\w)"
)
"""Words with which the one asking says where a statement of theirs comes from ("I recall
there was ...", "I read somewhere that ...")."""
_BARE_TAG = (
    r"(?i)\W{0,3}(?:(?:is|was)\s{1,3}(?:that|this|it)\s{1,3}(?:so|right|correct|true|accurate)|"
    r"am\s{1,3}i\s{1,3}(?:right|correct|wrong)|right|correct|true)\s{0,3}[?!.]{0,3}\s{0,3}"
)
"""A last sentence that only asks whether the one before it is so ("... by then. Is that so?")."""
_THINK_TAIL = r"(?i)(?<=[^ \t,])[ \t,]+i[ \t]+(?:think|believe|reckon)(?=[.!][ \t])"
"""An "I think" closing a sentence before the question ("... about film rights I think.")."""
_WH_LAST = (
    r"(?i)[.?!][ \t]+(?:and[ \t]+|so[ \t]+)?(?:[\w,]+[ \t]+){0,8}?"
    r"(?:when|what|which|who|whom|where|how)\b[^.?!]*\?\W*$"
)
"""A last sentence that asks a wh-question."""


_GUESS_CLAUSE = (
    r"(?i),[ \t]*(?:something[ \t]+like|like|about|around|maybe|roughly)[ \t]+[^,.?!]{1,40}?"
    r"(?:[ \t]+i[ \t]+(?:think|believe|guess))?\?(?=[ \t])"
)
"""A figure guessed at the end of a sentence before the question (", something like 8
trillion yuan I think?")."""
_HEARSAY_LEAD = (
    r"(?i)^\W*my[ \t]+(?:nephew|niece|friend|colleague|boss|son|daughter|wife|husband|brother|"
    r"sister|mother|father|mum|mom|dad|partner|teacher|neighbou?r|editor|students?)[ \t]+"
    r"(?:keeps[ \t]+telling[ \t]+me|told[ \t]+me|tells[ \t]+me|says|said|thinks|reckons|"
    r"insists)\b[^.?!]{0,200}[.!][ \t]+(?=\S)"
)
"""A first sentence about what someone the one asking knows says ("My nephew keeps telling me
the copyright business is huge."): the question after it asks what is so."""


def _beliefs_dropped(text: str) -> str:
    """A question of several sentences without what the one asking believes or recalls
    before it: a guess added to a statement when the question after it asks what is so
    ("... a conference on foreign affairs, and I have it in my head that was 2015. When was
    it really held?"), "I recall" or "I read that" before a statement, and an "I think"
    closing one (a question of one sentence keeps its guess: it is what is checked)."""
    if any(p in text for p in (". ", "? ", "! ")):
        if re.search(_WH_LAST, text[-200:]):
            text = re.sub(_WHICH_I_BELIEVE, "", text)
            text = re.sub(_BELIEF_GUESS, "", text)
            text = re.sub(_GUESS_CLAUSE, ".", text)
            text = re.sub(_HEARSAY_LEAD, "", text)
        text = re.sub(_THINK_TAIL, "", text)
    tagged = r"[.!][ \t]{1,3}\w{1,10}[^.!?]{0,30}\?\W{0,3}$"  # "... by then. Is that so?"
    if any(p in text for p in (". ", "! ")) and re.search(tagged, text[-60:]):
        sentences = sentences_of(text)  # "X. Is that so?": X, checked
        if len(sentences) > 1 and re.fullmatch(_BARE_TAG, sentences[-1][:40]):
            text = " ".join([*sentences[:-2], sentences[-2].rstrip(" .!") + ", right?"])
    lowered = text.lower()
    if not any(w in lowered for w in ("i ", "i'", "i\u2019", "if i")):
        return text
    sentences = sentences_of(text)
    last = sentences[-1] if sentences else ""
    checked = re.search(r"(?i)\b(?:right|correct|true|no|yes)\W*$", last[-12:])
    kept = [*(re.sub(_BELIEF_LEAD, "", x) for x in sentences[:-1]), last]  # "I read he wears two
    if checked:  # hats, something with film?": a remark, as typed; "I'm sure X, right?": X
        kept[-1] = re.sub(_BELIEF_LEAD, "", last)
    plain = " ".join(kept)
    if plain == " ".join(sentences):
        return text  # a sentence whose lead was dropped begins with a capital, as typed
    return re.sub(r"(^|[.?!][ \t]+)([a-z])", lambda m: m[1] + m[2].upper(), plain)


_SOURCE_REMARK = (
    r"(?i)(?:they|the\s+articles?|it|the\s+piece|the\s+report)\s+(?:only|just|never|"
    r"don['\u2019]?t|do\s+not|doesn['\u2019]?t|does\s+not)\s"
)
"""A sentence after the question remarking on what the articles give ("they only give a
share")."""


def _remarks_dropped(text: str) -> str:
    """A question without the sentences after it in which the one asking speaks of
    themselves ("...? I want to ask my guest about the youth angle.", "...? I heard it was a
    record."): they ask nothing the question does not."""
    if not any(w in text for w in (". ", "? ", "! ")):
        return text
    sentences = sentences_of(text)
    asking = [
        k
        for k, sentence in enumerate(sentences)
        if (asks(sentence) or _wh(sentence) or sentence.endswith("?"))
        and sentence.split()[0].lower().strip(",") not in _FIRST_PERSON
    ]
    if not asking or asking[-1] == len(sentences) - 1:
        return text
    last = asking[-1]
    rest = [fold(sentence).split() for sentence in sentences[last + 1 :]]
    if not all(
        words[0] in _FIRST_PERSON
        or (words[0] in _REMARKING and not said.endswith("?"))
        or (re.match(_SOURCE_REMARK, said) is not None and not said.endswith("?"))
        for words, said in zip(rest, sentences[last + 1 :], strict=True)
        if words
    ):
        return text
    if any(set(words[:3]) & _GUESSING for words in rest):
        return text  # "I'm thinking record companies and producers": what is asked, guessed
    return " ".join(sentences[: last + 1])


_ASIDE = (
    r"(?<!\s)\s*\((?:i|i'm|i\u2019m|im|i am|i'd|my|we|we're|our|for my|for our|for a|just|asking|"
    r"context|fyi|btw|e\.g\.?|not sure)\b[^()]*\)|(?<!\s)\s*\((?=[^()]{0,60}\b(?:figure|number|"
    r"data|value|stat|story|piece|bit|angle|segment|episode|section)\))[^()]{0,60}\)|"
    r"(?<!\s)\s*\((?=[^()]{0,60}\betc\b\.?\))[^()]{0,60}\)"
)
"""An aside in brackets about the one asking ("(I'm interested in the youth angle)", "(for
my thesis)", "(just curious)"), saying where a figure was read ("from 2021 (Shanghai
training figure) to 2023") or giving an example ("(RCEP etc)"): it sets no scene and asks
nothing."""


_CITED = (
    r"(?<=[^\s(])\s*\((?:per\s+|according\s+to\s+)?([^()?]{1,40}?(?:'s|\u2019s)\s+(?:remarks|"
    r"speech|comments|words|talk|address|presentation|lecture|report))\b([^()?]{0,30})\)"
)
"""Where the asker read it, cited in brackets after the question ("... (liu hua's remarks,
xiamen)"): read as "per Liu Hua's remarks, xiamen", the speaker of the answer."""


_RELAYED = (
    r"^\s*(?:(?:a|an|one|my|our|the|this)\s+)?(?:patron|reader|listener|viewer|caller|client|"
    r"customer|student|editor|boss|colleague|friend|user|member|someone|somebody|"
    r"(?!(?:who|what|which|when|where|how|why|whom|whose)\b)[A-Z][a-z]{1,20}\s+from\s+"
    r"[A-Z][a-z]{1,20}(?:\s+[A-Z][a-z]{1,20})?)\s+"  # "Chloe from Brighton asks"
    r"(?:here\s+)?(?:asks|asked|is\s+asking|was\s+asking|(?:wants|wanted|would\s+like)\s+to\s+"
    r"know|wonders|wondered|wants|wanted|needs|would\s+like)(?:\s+(?:me|us))?"
    r"(?:\s+for(?=\s+the\b))?\s*[:,\-\u2013\u2014]?\s*"
)
"""A question relayed for someone else ("A patron asks who ...", "My editor wants to know
whether ...", "Patron wants the list of ..."): the frame asks nothing of its own."""
_RELAYING = frozenset("asks asked asking know wonders wondered wants wanted needs like".split())
_COURTESY = (
    r"\b(?:I\s+(?:should|would|shall|will)\s+be|I'd\s+be|I\s+am|I'm|I\s+were)\s+"
    r"(?:(?:most|very|much|so|really|truly|extremely|awfully|terribly)\s+)?"
    r"(?:obliged|grateful|thankful|indebted|glad|pleased|delighted)\s+"
    r"(?:if|should|were|for|to\s+(?:know|learn|hear|be\s+told))\s+(?:you\s+)?(?:(?:could|would|might|can|will|to)\s+)?"
    r"(?:(?:kindly|please|possibly|perhaps)\s+)?(?:(?:tell|inform|let)\s+)?(?:me\s+)?(?:know\s+)?"
    r"|(?:,\s*|(?<=\S)\s+)?\b(?:pray\s+tell|if\s+you\s+(?:please|would(?:\s+be\s+so\s+kind)?)|"
    r"might\s+I\s+ask)\b,?"
)
"""A courtesy that asks nothing ("I should be most obliged if you could tell me what ...",
"Where, pray tell, was ...", "..., might I ask?"); compiled only for a question holding one
of `_COURTEOUS`."""
_POLITE = (
    r"^\W*(?:having\s+\w+|as\s+(?:one|someone|somebody)\s+who|as\s+an?\s+(?:former|retired|"
    r"longtime|long-time|onetime|one-time|old)\b)[^?]{3,160}?,\s+(?=i\b|(?:could|would|can|will|"
    r"may|might)\s+(?:you|i)\b|(?:what|which|who|whom|whose|when|where|how|why|is|was|did|does|"
    r"do|are|were|list|name|give|tell|trace|please)\b)"
    r"|(?<![^\s,;.])i\s+am\s+(?:\w+\s+)?curious(?:\s+(?:on|about)\s+this(?:\s+point)?)?\s*[:,\-]\s*"
    r"(?=(?:what|which|who|whom|whose|when|where|how|why)\b)"
    r"|(?<![^\s,;.])(?:with\s+(?:the\s+)?(?:greatest|great|all\s+due|the\s+utmost)\s+respect|"
    r"if\s+i\s+may\s+say\s+so),?\s*"
    r"|(?<![^\s,;.])i\s+(?:should|would|shall|will)\s+(?:(?:very\s+much|much|also|respectfully|"
    r"humbly)\s+)*(?:like\s+to\s+)?(?:ask|know|learn|enquire|inquire)\b\s*"
    r"(?=(?:what|which|who|whom|whose|when|where|how|why)\b)"
    r"|(?<=\b(?:list|name|give))\s+(?:for\s+)?me(?=\s+(?:the|who|what|which|how|whether)\b)"
    r"|,\s*as\s+(?:a|my|one)\s+(?:\w+\s+){0,2}(?:once\s+)?(?:told|assured|informed)\s+me\s*,"
    r"|,\s*which\s+i\s+(?:understand|gather|believe)\s+[^,?]{3,120}(?=\?\s*$)"
    r"|,\s*as\s+i\s+(?:have\s+been|had\s+been|was|am)\s+(?:given|led)\s+to\s+(?:understand|"
    r"believe)\s*,"
    r"|,\s*it\s+being\s+(?:material|important|relevant|necessary|useful|of\s+(?:some\s+)?"
    r"(?:interest|importance|moment)|my\s+(?:wish|aim|purpose|concern))\b[^?]{0,160}(?=\W*$)"
)
"""A polite frame that asks nothing ("Having followed these surveys for years, ...", "As
one who remembers ..., ", "With the greatest respect, ...", "I would respectfully ask which
...", "list for me the ...", "Is it correct, as a colleague once told me, that ...", "...,
which I understand drew ...?", "Is it correct, as I have been given to understand, that
...", "..., it being material to me which ..."); compiled only for a question holding one of
`_POLITE_WORDS`."""
_POLITE_ASK = (
    r"(?<![^\s,;.])(?:(?:would|could|will|can)\s+you\s+(?:also\s+)?(?:be\s+(?:so\s+(?:kind|good)\s+as|kind\s+"
    r"enough|good\s+enough)\s+to|kindly|also)|i\s+wonder(?:ed)?\s+(?:whether|if)\s+you\s+(?:might|"
    r"could|would|can)(?:\s+(?:kindly|please))?)\s+(?:also\s+)?(?=(?:tell|list|name|give|say|"
    r"confirm|identify|state|explain|trace|inform|advise|enumerate)\b)"
)
"""A polite way of asking, read as "could you" ("Would you be good enough to list ...", "I
wonder whether you might kindly tell me ...", "Could you also tell me ..."), which the plain
ways of asking (`_SAYINGS`) then read."""
_POLITE_WORDS = ("having", "as ", "respect", "i should", "i would", "i shall", "i will",
                 "enough", "kind as", "kindly", " me ", "told me", "informed me", "which i",
                 "wonder", "also", "say so", "curious", "good as", "it being")  # fmt: skip
_COURTEOUS = ("obliged", "grateful", "thankful", "indebted", "glad", "pleased", "delighted",
              "pray", "if you", "might i")  # fmt: skip


_NEGATIVE_TAG = lazy_pattern(
    r"[,;]?[ \t]*\b(?:(?:is|was|are|were|did|does|do|has|have|had)n['\u2019]?t[ \t]+"
    r"(?:he|she|it|they|there|that|this|we|you)|(?:is|was|are|were|did|does|do|has|have)"
    r"[ \t]+(?:it|he|she|they|that|this)[ \t]+not|abi)\W*$",
    re.IGNORECASE,
)
"""A tag that asks to be told yes in the negative ("..., isn't he?", "... in 2024, didn't
it?"), in full ("..., is it not?") or in Nigerian Pidgin ("... abi?"): read as ", right?";
searched for only in a question's last 40 characters."""
_NEGATIVE_OPENING = lazy_pattern(
    r"^(\W*(?:is|was|are|were|did|does|do|has|have|had))n['\u2019]?t\b", re.IGNORECASE
)
"""A question opening in the negative ("Wasn't the training a one-day event?"): it asks
what the positive does ("Was the training ...?")."""


def _negatives_plain(text: str) -> str:
    """A question with its negative tag or opening read as the plain check it is ("MCSC's
    revenue dropped in 2024, didn't it?" is "..., right?")."""
    tail = text[-40:]
    match = _NEGATIVE_TAG.search(tail)
    before = text[: len(text) - len(tail) + match.start()] if match is not None else ""
    said = before.lower().split()
    if len(said) >= 3 and not _WH_WORDS & set(said[-2:]):  # not "why didn't it?"
        text = f"{before}, right?"
    return _NEGATIVE_OPENING.sub(r"\1", text, count=1)


_HEARSAY = (
    r"(?:[,;]\s*|\s+[-\u2013\u2014]+\s*|\s+)(?:or\s+so\s+)?(?:i|we)\s+(?:heard|hear|believe|"
    r"gather|understand|was\s+told|were\s+told|am\s+told|['\u2019]m\s+told)\s*[?.!]*\s*$|"
    r"\s*[?.!]\s*(?:at\s+least\s+)?(?:that|this)(?:['\u2019]s|\s+is)\s+what\s+(?:i|we)\s+"
    r"(?:was\s+|were\s+|have\s+been\s+|had\s+been\s+)?(?:told|heard|read)\W*$|"
    r"(?:[,;]\s*|\s+[-\u2013\u2014]+\s*|\s*[?.!]\s*|\s+)(?:iirc|afaik|fr|if\s+i\s+(?:remember|recall)"
    r"(?:\s+(?:correctly|right|rightly))?|if\s+memory\s+serves(?:\s+me)?|(?:am|do)\s+i\s+"
    r"(?:remember|recall|remembering|recalling)\s+(?:(?:this|that|it)\s+)?(?:correctly|right|rightly))"
    r"\s*[?.!]*\s*$"
)
"""A claim ended by where its teller had it ("..., I heard?", "... - I believe?", "...?
That's what I was told.", "... iirc?", "..., am I remembering correctly?", "...? fr?"): read
as ", right?", a claim to check; searched for only in a question's last 60 characters
holding one of `_HEARSAY_WORDS`."""
_HEARSAY_WORDS = (
    "heard", "hear", "told", "believe", "gather", "understand", "read", "iirc", "afaik", "fr",
    "remember", "recall", "memory",
)  # fmt: skip


_COPY_HAS = (
    r"(?<=\S)\s+[-\u2013\u2014:]+\s*(?:(?:the|my|our|a)\s+)?(?:draft|colleague|copy|notes?|story|"
    r"editor|source|reporter|writer|piece|wire|article|script)\s+(?:has|have|had|says|say|said|"
    r"gives|give|gave|shows|show|reads|read|states|puts\s+it\s+at)\s+(?:it\s+(?:as|at)\s+)?([^?]{1,60}?)(?:\s*[,;.]?\s*"
    r"(?:pls|please|plz|kindly|can\s+you|could\s+you)?\s*(?:confirm|check|verify)(?:\s+(?:it|this|"
    r"that))?)?[\s?.!]*$"
)
"""A figure or fact the asker's copy gives, after a dash ("2017 share of GDP - draft has
7.53%", "added value in 2021 - colleague has RMB 8.48 trillion, pls confirm"): read as the
statement checked ("... - 7.53%, right?"); searched for only in a question's last 120
characters holding one of `_COPY_WORDS`."""
_COPY_WORDS = ("draft", "colleague", "copy", "note", "story", "editor", "source", "reporter",
               "writer", "piece", "wire", "article", "script")  # fmt: skip
_CONFIRM = (
    r"(?<=[^\s,;.])\s*[,;.]?\s*(?:pls|please|plz|kindly|can\s+you|could\s+you|would\s+you|"
    r"may\s+i\s+ask\s+you\s+to)\s+(?:kindly\s+|please\s+)?(?:confirm|verify)"
    r"(?:\s+(?:this|that|it)(?:\s+(?:number|figure|claim|point))?)?\W*$"
)
"""A request to confirm at the end of a statement ("..., pls confirm"): read as ", right?"."""


_OR_ONLY = r"(?<=[^\s,])\s*(?:,\s*)?\bor\s+(?:just|only|merely)\s+[^?,]{1,40}\?\s*$"
"""The other answer a yes-or-no question offers after its own ("... with South Korea too, or
only the EU and the US?"): it asks nothing the first part does not."""


_HOLDS_UP = (
    r"[.;?!]\s*(?:does|do)\s+(?:that|this|it)\s+match(?:\s+(?:the\s+)?(?:articles?|record|report))?"
    r"\W*$|"
    r"\s[-\u2013\u2014]+\s*(?:is\s+(?:that|this|it)\s+)?(?:supported|borne\s+out)\W*$|"
    r"[.;?!]\s*(?:have|did)\s+i\s+(?:got|get)\s+(?:that|this|it)\s+(?:right|correct|straight)"
    r"(?:\s*,?\s*(?:do\s+you\s+think|then))?\W*$|"
    r"[.;?!]\s*(?:is|was)\s+(?:that|this|it)\s+(?:so|right|correct)\s*,?\s*or\s+am\s+i\s+"
    r"(?:muddling|mixing|confusing)\s+(?:it|that|this|them)\s+up(?:\s+with\s+[^?]{0,60})?\W*$|"
    r"(?:[.,;?!]\s*|\s[-\u2013\u2014]+\s*|\s+)(?:does|do|did|would|will)\s+(?:that|this|it|the\s+"
    r"(?:claim|figure|number))\s+(?:hold\s+up|check\s+out|stand\s+up|hold\s+water|add\s+up)\W*$|"
    r"(?:[.,;!]\s*|\s[-\u2013\u2014]+\s*|\s+)(?:(?:can|could)\s+you\s+|please\s+)?(?:fact[\s-]*)?"
    r"check\s+(?:that|this|it|(?:them\s+)?all(?:\s+(?:three|four|of\s+them))?|both)"
    r"(?:\s+(?:for\s+me|please|out))?\W*$|"
    r"(?:[.,;?!]\s*|\s[-\u2013\u2014]+\s*|\s+)(?:does|do|did|would|will|can)\s+(?:the\s+(?:\w+\s+)?"
    r"(?:article|piece|story|report|text|coverage)|that|it)\s+(?:back|bear)\s+(?:that|this|it)\s+"
    r"(?:up|out)\W*$|"
    r"(?:[.,;!]\s*|\s[-\u2013\u2014]+\s*)(?:is|was)\s+(?:that|this|it)\s+what\s+the\s+(?:\w+\s+)?"
    r"(?:article|piece|story|report|text|coverage)\s+(?:says|said|reports|reported|states|stated)"
    r"\W*$|"
    r"[.;?!]\s*(?:would|could|can|will)\s+you\s+(?:(?:be\s+(?:so\s+kind\s+as|kind\s+enough|good\s+"
    r"enough)\s+to|kindly|please)\s+)?(?:tell\s+me|confirm|say|let\s+me\s+know)\s+(?:whether|if)\s+"
    r"(?:that|this|it)(?:\s+\w+)?\s+is\s+(?:so|accurate|correct|right|true)\W*$|"
    r"[.;?!]\s*is\s+(?:that|this)\s+how\s+(?:the\s+)?(?:[\w'\u2019]+\s+){0,3}(?:article|piece|"
    r"story|report|interview|coverage)\s+(?:describes?|puts?|presents?|gives?)\s+it\W*$"
)
"""A claim ended by a request to test it ("... 8.48 trillion in 2021. Does that hold up?",
"..., check that", "Does the NCAC article back that up?", "- is that what the Xiamen article
reports?"): read as ", right?"; searched for only in a question's last characters holding one
of `_HOLDS_UP_WORDS`."""
_SAID_SO = (
    r"(?:[.,;!?\"\u201d']\s*|\s[-\u2013\u2014]+\s*)(?:is\s+|was\s+)?(?:that|this)\s+what\s+"
    r"(?P<who>(?:the\s+)?[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+){0,3}?)\s+"
    r"(?:said|says|stated|states|claimed|claims|reported|reports|told\s+\w+)\W*$"
)
"""A claim ended by asking whether someone said it ("'X' - that what the NCAC said?"): read
as "the NCAC said that X, right?", so who said it is checked with what."""
_QUOTE_MARKS = frozenset("\"'\u201c\u201d\u2018\u2019")
"""Marks a claim pasted in quotation marks is set between."""
_NOT_SAYERS = frozenset(
    "article articles piece story stories report text coverage source sources i you we they "
    "he she it everyone people".split()
)
"""Words for who said a claim that name no one on record ("is that what the article says?")."""

_HOLDS_UP_WORDS = (
    "hold up", "check", "stand up", "water", "add up", "back", "bear", "what the", "whether",
    "how the", "how ncac", "how this", "got that", "got it", "get that", "muddling", "mixing",
    "confusing", "match", "supported", "borne out",
)  # fmt: skip
_HOLDS_UP_REACH = 90
"""How many of a question's last characters `_HOLDS_UP` is searched in."""
_KNOW_WHO = (
    r"^\W*(?:(?:do|does|did|would)\s+(?:you|u|anyone|anybody|somebody|someone)\s+"
    r"(?:happen\s+to\s+)?(?:know|recall|remember)"
    r"|(?:do|does|did)\s+(?:the|any|this|that|these|those|your)\s+(?:articles?|stor(?:y|ies)"
    r"|reports?|coverage|pieces?|sources?|texts?|news|facts?)\s+(?:say|mention|tell|state|give"
    r"|note|report|specify|reveal|indicate|show|name|list|explain|record)(?:\s+(?:us|me))?"
    r"(?:\s+anything)?(?:\s+(?:about|on))?"
    r"|is\s+there\s+anything\s+(?:in\s+(?:the|your)\s+(?:articles?|coverage|reports?|sources?"
    r"|facts?)\s+)?(?:about|on))"
    r"\s+(?=(?:who|whom|what|when|where|which|how|why)\b)"
)
"""A question asked inside "do you know ...", "do the articles say ...", "is there anything
about ..." ("do you know who spoke ...?"): it asks the question inside, not whether it is
known or written."""


_STATED_VERBS = frozenset(
    "is was are were has had works worked attended spoke lectured earned made hit reached "
    "pulled came rose grew fell took signed held organized organised hosted heads headed runs "
    "ran leads led joined ratified represented represents gave presented sent".split()
)
"""Verbs that make a sentence a statement: one ended by a question mark alone ("Guan Jun works
for WIPO?", "About 200 people attended the roundtable?") asks whether it is so."""
_TAKING_OBJECT = frozenset("reached hit earned".split())
"""Stating verbs that take an object ("reached 12%"): followed by "in" or "at" instead, they
describe a thing ("the range reached in Beijing")."""
_PARTICIPLE_AFTER = frozenset("in at by during for".split())
_INVERTED_SUBJECTS = frozenset("it he she they there that this we you i".split())
"""Who or what a verb put first asks about ("was it", "did they")."""
_NOT_STATING = frozenset(
    "who whom whose what which when where why how whats please name list tell give show can "
    "could would will should may might shall do does did is was are were has have had any".split()
)
"""First words (and, for the wh-words, any words) of a sentence that asks rather than states."""


_RELATIVE_WHO = (
    r"(?<=[A-Z][a-z])\b,?\s+who\s+(?:[\w'-]+\s+){0,5}?[\w'-]+(?=,?\s+(?:is|was|are|were)\s)"
)
"""A clause that only says more of a person named ("Jiang Bo who spoke in Chengdu is ..."):
no question of its own."""


def _stated(text: str) -> str:
    """A statement ended by a question mark alone, with its verb ("Guan Jun works for
    WIPO?") or a figure ("copyright industry at 7.53 percent of GDP in 2017?"), read as ",
    right?": it asks whether it is so; a bare topic ("MCSC revenue 2024?") states nothing and
    is left as it is."""
    if not text.rstrip().endswith("?") or text.count("?") > 1:
        return text
    body = text.rstrip().rstrip("?").rstrip()
    if re.search(r"[.!;:]\s", body):
        return text  # one sentence only
    said = words_of(body)
    main = words_of(re.sub(_RELATIVE_WHO, " ", body)) if " who " in body else said
    if len(said) < 3 or said[0] in _NOT_STATING or set(main) & (_WH_WORDS | {"whats", "whom"}):
        return text
    verbs = {
        w
        for w, after in zip(said[1:], [*said[2:], ""], strict=True)
        if w in _STATED_VERBS and (w != "works" or after in ("for", "at", "with", "as", "in"))
        and not (w in _TAKING_OBJECT and after in _PARTICIPLE_AFTER)
    }  # "trading 2018 and works registered?": the works are a noun; "the range reached in
    # Beijing?": a thing reached there, asked
    figure = any(  # "copyright industry at 7.53 percent of GDP in 2017?": a figure stated
        any(c.isdigit() for c in w) and not re.fullmatch(r"(?:19|20)\d\d", w) for w in said
    )
    if (not verbs and not figure) or "or" in said:
        return text  # no verb, or a choice asked ("it went up, or is it flat?")
    if any(a in YES_NO and b in _INVERTED_SUBJECTS for a, b in itertools.pairwise(said)):
        return text  # "..., was it?": asked the other way round
    if said[-1] in _TAG_LAST or said[-1] in _CHECK_LAST:
        return text  # already tagged
    return f"{body}, right?"


_SOURCE_SAYS = (
    r"(?i)\?\s*(?:and\s+)?(?:does|did|do|is|was)\s+(?:the\s+|that\s+|this\s+)?"
    r"(?:[\w-]+\s+){0,3}(?:interview|article|articles|piece|report|story|text|write-?up|it|they)"
    r"\s*(?:(?:say|says|mention|give|tell|state|cover|have)(?:\s+(?:so|that|it|this))?|"
    r"in\s+(?:it|there|the\s+\w+))?\W*$"
)
"""A closing question only whether the articles say what was just asked ("what year did
China join the Berne Convention? Does the NCAC interview say?"): every answer says where it
is from, so it asks nothing of its own."""


def _aside_dropped(text: str) -> str:
    """A question without the remark about its asker after it ("was anyone from CCTV at
    Xiamen? film and tv rights is kind of my thing"): a last sentence after a question mark,
    about the one asking, with no figure or year and no question of its own; nor a last
    question only whether the articles say so (`_SOURCE_SAYS`)."""
    if "?" not in text[:-1]:
        return text
    says = re.search(_SOURCE_SAYS, text)
    if says is not None and says.start() > 0:
        return text[: says.start() + 1]
    sentences = sentences_of(text)
    if len(sentences) < 2 or not sentences[-2].endswith("?"):
        return text
    last = sentences[-1]
    said = words_of(last)
    if not set(said) & _ASKER_OWN or any(c.isdigit() for c in last) or last.endswith("?"):
        return text
    if asks(last) or _wh(last):
        return text
    return text[: text.rindex(last)].rstrip()


_PARTICLE = lazy_pattern(r"(?i)[ \t]+(?:ah|lah|leh|lor|meh|hor|sia)(?=[ \t]*(?:[,?.!]|$))")
"""A particle that closes a clause in Singapore or Malaysian English and asks nothing ("what
date ah", "how much ah, % of GDP also")."""

_PARTICLE_TAG = lazy_pattern(r"(?i)[ \t,]+(?:izzit|issit|isit|or[ \t]+not)\W*$")
"""A tag that asks to be told yes in Singapore or Malaysian English ("held in Beijing izzit",
"attend both ... or not"): read as ", right?"."""


_TOLD = (["true"], ["right"], ["correct"], ["yes"], ["whether"], ["so"])
"""Words before "or not" that already ask to be told yes ("true or not"): read elsewhere."""


_ASKERS_LEAD = lazy_pattern(
    r"(?i)^(?=[^?]*\b(?:we|our|i|my|us)\b)[^?]{0,160}?,[ \t]+so[ \t]+(?=(?:roughly[ \t]+|about"
    r"[ \t]+|approximately[ \t]+|exactly[ \t]+)?(?:how|what|when|where|who|which|did|does|do|is"
    r"|was|were|has|have|can|could)\b)"
)
"""A clause about the one asking before ", so" and the question ("For our M&E framework we
track reach, so roughly how many people took part ..."): it asks nothing."""


def _particles_plain(text: str) -> str:
    """A question without the particles of Singapore or Malaysian English: "2023 training held
    in Beijing izzit" is "2023 training held in Beijing, right?"."""
    text = _PARTICLE.sub("", text)
    tag = _PARTICLE_TAG.search(text)
    before = words_of(text[: tag.start()])[-1:] if tag is not None else []
    if tag is not None and not _WH_WORDS & set(words_of(text)[:2]) and before not in _TOLD:
        text = text[: tag.start()] + ", right?"
    return text


def unasked(text: str) -> str:
    """A question without what it says that asks nothing: a frame relaying it for someone
    (`_RELAYED`), an aside about the one asking in brackets (`_ASIDE`) and a closing request
    for how the answer is given (`_FORMAT_ASKED`): "What was X in 2021 (for my thesis), exact
    figure + currency pls" is "What was X in 2021?"."""
    if " nah" in text.lower():  # "did they get certs or nah": whether they did
        text = re.sub(r"(?i)(?<=\w)[\s,]+or\s+nah\b", "", text)
    if "n't" in text or "n\u2019t" in text:  # "..., wasn't it, being ...?": the check
        text = re.sub(_TAG_ASIDE, r"\1", text, flags=re.IGNORECASE)
    if " words" in text.lower():  # "how many ratified it, by WIPO words?": WIPO's account
        text = re.sub(_BY_WORDS, r"according to \1", text)
    text = spelled_numbers(text)  # "in twenty twenty one": in 2021
    text = short_years(text)  # "MCSC rev 24?", "in '21": 2024, 2021
    if "a hundred" in text.lower() or "a thousand" in text.lower():  # "more than a hundred"
        text = re.sub(r"(?i)\ba\s+(hundred|thousand)\b",
                      lambda m: "100" if m[1].lower() == "hundred" else "1,000", text)
    if "'d " in text or "\u2019d " in text:
        text = _DID_ANY.sub(r"\1 did", text)
    if " in" in text and re.match(r"(?i)\W*who", text):  # "who's the law prof from Turin
        text = re.sub(  # they brought in?": who was invited, not what was earned
            r"(?i)\s+(?:that\s+|whom?\s+)?(?:they|NCAC|WIPO|the\s+organi[sz]ers)\s+"
            r"(?:brought|bring|invited|got)\s+in\b(?=\W*$)",
            "",
            text,
        )
    if "'s " in text or "\u2019s " in text:  # "which anniversary's the partnership hitting":
        text = re.sub(  # is; not a possessive, which no article follows
            r"(?i)\b(?!(?:it|that|what|who|where|when|how|there|here|he|she)['\u2019]s)"
            r"([a-z]{3,})['\u2019]s\s+(?=(?:the|a|an)\s)",
            r"\1 is ",
            text,
        )
        text = re.sub(  # "what new tech's NCAC focusing on": is, before a name and a verb
            r"\b([a-z]{3,})['\u2019]s\s+(?=[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?\s+\w{3,}ing\b)",
            r"\1 is ",
            text,
        )
    if "ing " in text and " about " in text:  # "who talked about AI hitting photography":
        text = re.sub(_ABOUT_DOING, r"\1 and ", text)  # about AI and photography
    if " times" in text and (" vs" in text or " versus " in text):
        times = _TIMES_VS.match(text) if len(text) <= 200 else None
        if times is not None:  # "MCSC vs CWWCS licensing revenue 2024 - how many times
            text = (  # bigger": how many times bigger was MCSC's revenue than CWWCS's
                f"how many times {times['more']} was {times['a']}'s {times['what']} than "
                f"{times['b']}'s?"
            )
    if " make up of " in text.lower():  # "what did copyright make up of GDP in 2017": what
        text = re.sub(  # share of GDP it made up
            r"(?i)^(\W*)what\s+(did|does|do)\s+([^?]{2,60}?)\s+make\s+up\s+of\s+(?:the\s+)?"
            r"([^?]{2,40}?)(?=\s+(?:in|back|for|during|at|by)\b|\W*$)",
            r"\1what share of \4 \2 \3 make up",
            text,
        )
    if re.search(r"(?i)\band\s+(?:with\s+)?(?:what|which)\s+\w+\W*$", text[-40:]):
        text = re.sub(  # "who from NCAC was at the roundtable and what post": his or her post
            r"(?i)^(\W*who\b[^?]{3,200}?)\s*,?\s+and\s+(?:with\s+)?(?:what|which)\s+"
            r"(post|title|role|position|job)s?\W*$",
            r"\1, and what was his or her \2?",
            text,
        )
    lead = re.match(_UNDERSTOOD_LEAD, text)  # "As I understand it, X; is this so"
    if lead is not None:
        quoted = re.search(r"['\"\u2018\u201c]", lead[0]) is not None  # "a listener writes
        text = text[lead.end() :]  # in, and I quote, 'X.' Is that right?": X, its quote
        if quoted:  # marks gone
            text = re.sub(r"(?<=[\w.!?])['\"\u2019\u201d](?=\s|$)", "", text, count=1)
    if "ones" in text[-12:].lower():  # "X appears at several of these events. Which ones?":
        text = _ones_named(text)  # which events
    if " as " in text:  # "Benjamin Ng - listed as CISAC Regional Director for Europe?": the
        text = re.sub(_LISTED_AS, " - ", text, count=1)  # post checked
    text = re.sub(  # "Could you confirm that X proposed Y?": whether it is true that X did
        r"(?i)^\W*(?:could|can|would|will)\s+you\s+(?:please\s+|kindly\s+)?(?:confirm|verify)\s+"
        r"(?:that|whether|if)\s+",
        "is it true that ",
        text,
        count=1,
    )
    if "know" in text[-30:] or "graphic" in text or " for " in text[-50:]:
        text = re.sub(_LET_ME_KNOW, "?", text)  # "..., please let me know"; "- number and
        text = re.sub(_FOR_A_USE, "", text)  # share of GDP for a graphic"
    if "(" in text and "not" in text:  # "by how many percentage points (not percent)?"
        text = re.sub(_NOT_PERCENT, "", text)
    just = "not just" in text.lower() or "not only" in text.lower()
    if just and len(text) <= _NOT_JUST_MAX and re.search(r"(?i)\b(?:every|all|list|name)\b", text):
        text = re.sub(_NOT_JUST, ".", text)  # "Name every official who addressed it - not just
        # the WIPO one.": every one; not "the head of CISAC overall, not just Asia Pacific"
    if re.match(r"(?i)\W*(?:of|among|between)\s+\d{4}\b", text):  # "of 2017, 2021 and 2023,
        text = re.sub(_YEARS_LED, "", text, count=1)  # which year had the lowest share": all
    if " as " in text:  # "Is X described as being from Y in the Shanghai story?": is X from Y
        text = _DESCRIBED_AS.sub(r"\1 \2 ", text, count=1)
    if any(w in text for w in ("report", "story", "coverage", "piece", "write")):
        text = _REPORT_OF.sub(  # "according to the Xiamen training report": the Xiamen
            lambda m: m[0] if m[1] else f"{m[2] or ''}article", text  # article (not "the 2023
        )  # Shanghai training report", whose year would date the article, not the figure)
    if "yrs" in text or "years" in text:  # "40 yrs of partnership": its 40th anniversary
        text = _YEARS_OF.sub(r"\1th anniversary of ", text)
    if " a " in text or " an " in text:  # "which official gave a talk at the training":
        text = re.sub(_GAVE_A_TALK, _gave_a_talk, text)  # spoke; "gave a lecture": lectured
    if "n't" in text or "n\u2019t" in text:  # "Wasn't 2023 only the 40th anniversary?",
        text = re.sub(_NEGATED_EMPHASIS, "", text)  # "didn't draw even 100 people": the
        # claim without the emphasis, which the facts need not hold
    if "n't" in text or "n\u2019t" in text:
        text = _negated_guess_dropped(text)  # "where was it held - wasn't it xiamen?": where
    if " one" in text and "anniversary" in text.lower():  # "... an anniversary of the
        text = re.sub(r"(?i)\b(\d{1,3}(?:st|nd|rd|th))\s+one\b", r"\1 anniversary", text)
        # partnership. Was it the 40th one?": the 40th anniversary
    if "affair" in text:  # "just a one-day affair": an event
        text = re.sub(r"(?i)(?<=-day\s)affair\b", "event", text)
    if "course" in text.lower():  # "at the xiamen course": the training, not "of course"
        text = re.sub(_COURSE, r"\1\2training", text)
    if "floor" in text:  # "which representative of Tencent took the floor": spoke
        text = re.sub(r"(?i)\b(?:took|take|takes|taking)\s+the\s+floor\b", "spoke", text)
    if "according to what" in text.lower():  # "according to what Ms. Liu recalled at X":
        text = re.sub(  # according to Ms. Liu at X
            r"(?i)\baccording\s+to\s+what\s+(.{2,40}?)\s+(?:recalled|said|stated|told\s+\w+|"
            r"mentioned|noted|explained|reported|indicated|remarked)\b",
            r"according to \1",
            text,
        )
    if "ratio" in text.lower():  # "ratio of MCSC's 2024 revenue to CWWCS's": how many times
        text = re.sub(_RATIO_OF, r"how many times bigger was \1 than \2?", text, count=1)
    if _CAPTIONING.search(text):  # "can I caption Zheng Wei as Director
        text = re.sub(_CAPTION_AS, r"is \1 ", text, count=1)  # of ...": is he; "how do we
        text = re.sub(_CAPTION_HOW, "what is the title of ", text, count=1)  # describe Jia
        text = re.sub(r"(?i)(?<=\S)\s+on[\s-]+(?:screen|air)\b", "", text)  # Ding on screen"
    if " or " in text:  # "X; is this so, or what was his actual affiliation?": a check,
        text = re.sub(_CHECK_OR_ASK, ", right?", text)  # answered with what is on record
    if " only " in text and (
        _check_tag(text) is not None or re.search(_NEGATED_TAG, text[-30:]) is not None
    ):
        # "Yu Cike is only deputy DG, isn't he?": a lesser post claimed (not "X is only vice
        # chairman - who is the chairman?")
        text = re.sub(
            r"(?i)\b(is|was|are|were|s)\s+only\s+(?=(?:an?\s+|the\s+)?(?:deputy|vice|assistant|"
            r"associate|acting|junior)\b)",
            r"\1 ",
            text,
        )
    if "half " in text.lower():  # "half a billion yuan": 500 million
        text = re.sub(HALF_A, halved, text)
    if re.match(r"(?i)\W*(?:in\s+[^,?]{1,30}?\s+)?which\s+(?:is|was|are|were)\s+the\b", text):
        text = _WHICH_IS_THE.sub(_what_is_the, text, count=1)  # "Which is the quantity of
        text = re.sub(  # persons that ...": how many persons ...
            r"(?i)^(\W*how\s+(?:many|much)\s+[^?]{1,60}?)\s+(?:that|who)\s+(?=\w)", r"\1 ", text
        )
    if " that the " in text or " this the " in text:  # "7.41% of GDP - that the 2023
        text = re.sub(  # number?": is that the 2023 number
            r"(?i)(?<=[-\u2013\u2014,])(\s*)(that|this)\s+(?=the\s[^?]{1,60}\?\s*$)",
            r"\1is \2 ",
            text,
        )
    if "," in text and not _wh(text):  # "2018 >100m yuan, 170k works registered?": two
        text = _FIGURES_LISTED.sub(r"\1 and ", text)  # figures claimed, as "and" joins them
    if "," in text[:40] and "province" in text.lower():  # "Dehua, Zhejiang province - WIPO
        text = re.sub(  # case study?": Dehua in Zhejiang province, claimed
            r"^(\W*[A-Z][\w'\u2019-]+),\s+(?=[A-Z][\w'\u2019-]+\s+province\b)", r"\1 in ", text
        )
    if "+" in text:  # "477m yuan, +11%?": up 11%, a growth claimed (not "200+ people")
        text = re.sub(r"(?<![\w+])\+\s?(?=\d[\d.,]*\s?(?:%|percent\b|pct\b))", "up ", text)
    if ">" in text or "<" in text:  # "karaoke fees >5bn": more than 5 billion
        text = re.sub(r"(?<![<>=-])>\s*=?\s*(?=[\d$\u00a5])", "more than ", text)
        text = re.sub(r"<\s*=?\s*(?=[\d$\u00a5])", "less than ", text)
    if "'d" in text or "\u2019d" in text:  # "works reg'd": registered
        text = re.sub(r"(?i)\breg['\u2019]d\b", "registered", text)
    if "#" in text:  # "#Xiamen", "#BeltAndRoad": a hashtag, its words
        text = re.sub(
            r"(?<![\w#&])#([A-Za-z][A-Za-z0-9]{0,40})(?![\w#])",
            lambda m: re.sub(r"(?<=[a-z])(?=[A-Z])", " ", m[1]),
            text,
        )  # then "total # countries", "# of members": the number of them
        text = re.sub(r"#[ \t]*(?:of[ \t]+)?(?=[A-Za-z])", "number of ", text)
        text = re.sub(r"(?<=[A-Za-z])[ \t]*#(?=[ \t]*(?:[?.!]|$))", " number", text)  # "chengdu
        # forum guest #": how many guests
    if "th " in text or "st " in text or "nd " in text or "rd " in text:
        text = _ORDINAL_WORD.sub(lambda m: _ORDINALS[m[1].lower()], text)  # "fortieth": 40th
    if "buy " in text.lower():  # "and buy how much", dictated: by how much
        text = re.sub(r"(?i)\bbuy\s+(?=(?:how|what)\s+(?:much|many|percent|share)\b)", "by ", text)
    if any(p in text.lower() for p in (" ah", " lah", " leh", " lor", " meh", "izzit", " not")):
        text = _particles_plain(text)  # "what date ah", "held in Beijing izzit"
    if ", so " in text:  # "For our M&E framework we track reach, so roughly how many ...":
        text = _ASKERS_LEAD.sub("", text, count=1)  # what the one asking does, no part of
    text = _aside_dropped(text)  # "...? film rights is kind of my thing"  # what is asked
    text = _beliefs_dropped(text)  # "..., and I have it in my head that was 2015. When was it?"
    if "/" in text[:8] or "true or false" in text[:16].lower():  # "T/F: X": whether X is so
        flagged = re.match(  # (and a fact-checker's third: "True/False/Unverifiable:")
            r"\W*(?:t\s*/\s*f|true\s*/\s*false|true\s+or\s+false)(?:\s*/\s*unverifiable)?\b\W*",
            text,
            re.I,
        )
        if flagged is not None and flagged.end() < len(text):
            text = text[flagged.end() :].rstrip(" ?.") + ", right?"
    relaying = any(w in text.lower() for w in _RELAYING)  # compiled only when it may apply
    relayed = re.match(_RELAYED, text, re.IGNORECASE) if relaying else None
    if relayed is not None and relayed.end() < len(text):
        rest = text[relayed.end() :]
        text = re.sub(r"^(?:whether|if)\b", "is it true that", rest, flags=re.IGNORECASE)
        text = re.sub(  # "wants the list of X": which X
            r"^(?:(?:the|a|full|complete)\s+)*(?:list|names)\s+of\s+(?:all\s+)?(?:the\s+)?",
            "which ",
            text,
            flags=re.IGNORECASE,
        )
    if "(" in text:
        text = re.sub(_ASIDE, "", text, flags=re.IGNORECASE)
        text = re.sub(_CITED, r", per \1\2", text, flags=re.IGNORECASE)
    if any(w in text.lower() for w in _COURTEOUS):
        text = re.sub(_COURTESY, "", text, flags=re.IGNORECASE)
        text = re.sub(r"\s+([,?.])", r"\1", re.sub(r"\s{2,}", " ", text)).strip()
        text = re.sub(r"^\W+", "", text)
    if any(w in text.lower() for w in _POLITE_WORDS):
        text = re.sub(_POLITE, "", text, flags=re.IGNORECASE)
        text = re.sub(_POLITE_ASK, "could you ", text, flags=re.IGNORECASE)
        text = re.sub(r"\s+([,?.])", r"\1", re.sub(r"\s{2,}", " ", text)).strip()
        text = re.sub(r"^\W+", "", text)
    ends = f"{text[:12]} {text[-40:]}".lower()
    if (
        any(n in ends for n in ("n't", "n\u2019t", "nt "))
        or re.search(  # "isn't he?",
            r"\b(?:not|abi)\W*$",
            text[-20:],
            re.IGNORECASE,  # "isnt it?", "is it not?", "abi?"
        )
    ):
        text = _negatives_plain(text)
    if re.match(r"\W*(?:do|does|did|would|is\s+there)\s", text, re.IGNORECASE):
        text = re.sub(_KNOW_WHO, "", text, count=1, flags=re.IGNORECASE)
    tail = text[-_HOLDS_UP_REACH:]
    if any(w in tail.lower() for w in _HOLDS_UP_WORDS):
        held = re.search(_HOLDS_UP, tail, re.IGNORECASE)
        head = text[: len(text) - len(tail) + held.start()] if held is not None else ""
        if len(words_of(head)) >= 3:
            text = head.rstrip(" .") + ", right?"
    tail = text[-_HOLDS_UP_REACH:]
    said_so = re.search(_SAID_SO, tail, re.IGNORECASE) if " what " in tail.lower() else None
    if said_so is not None and not set(words_of(said_so["who"])) & _NOT_SAYERS:
        head = text[: len(text) - len(tail) + said_so.start()].strip()
        marks = [i for i, c in enumerate(head) if c in _QUOTE_MARKS]
        edges = [0, len(head) - 1]  # "'X' - ...": the claim, not a quotation of it (one mark
        if marks in (edges, edges[:1], edges[1:]):  # may have been read off before)
            head = head.strip("".join(_QUOTE_MARKS))
        head = head.rstrip(" .")
        if len(words_of(head)) >= 3:  # "'X' - that what the NCAC said?": X, as said by them
            text = f"{said_so['who']} said that {head}, right?"
    tail = text[-120:]
    if any(w in tail.lower() for w in _COPY_WORDS):  # "... - draft has 7.53%"
        copied = re.search(_COPY_HAS, tail, re.IGNORECASE)
        if copied is not None and len(words_of(tail[: copied.start()])) >= 2:
            text = f"{text[: len(text) - len(tail) + copied.start()]} - {copied.group(1)}, right?"
    tail = text[-40:]
    if "confirm" in tail.lower() or "verify" in tail.lower():  # "..., pls confirm"
        confirm = re.search(_CONFIRM, tail, re.IGNORECASE)
        if confirm is not None:
            text = text[: len(text) - len(tail) + confirm.start()] + ", right?"
    tail = text[-60:]
    if any(w in tail.lower() for w in _HEARSAY_WORDS):
        found = re.search(_HEARSAY, tail, re.IGNORECASE)
        if found is not None and len(words_of(tail[: found.start()])) >= 2:
            text = text[: len(text) - len(tail) + found.start()] + ", right?"
    if text.rstrip().endswith("?"):
        text = _stated(text)
    if " other" in text[-20:]:  # "- WIPO, WTO and which other?": who else, besides them
        text = re.sub(r"(?i)\band\s+(?:which|what)\s+others?\s*(\?*)\s*$", r"and who else\1", text)
    lowered = text.lower()  # each pattern compiled only for a text that may need it
    if any(w in lowered for w in ("all", "every", "each")):
        text = re.sub(_ALL_ASKED, "?", text, flags=re.IGNORECASE).rstrip()
    if "source" in lowered or ("who" in lowered and "and " in lowered):
        text = re.sub(_SOURCE_ASKED, "?", text, flags=re.IGNORECASE)
    if " so " in lowered:
        text = re.sub(_WHY_ASKED, "?", text, flags=re.IGNORECASE)
    tail = text[-80:]  # ", need it for the intro": read in the last characters only
    if " for " in tail.lower() and any(w in tail.lower() for w in ("need", "want", "use")):
        cut = re.search(_NEEDED_FOR, tail, re.IGNORECASE)
        if cut is not None and len(words_of(tail[: cut.start()])) >= 2:
            text = text[: len(text) - len(tail) + cut.start()] + "?"
    if " all" in lowered:  # ", list them all please, the award and whatever else"
        text = re.sub(_LIST_ALL, "?", text, flags=re.IGNORECASE)
    if " only" in lowered or " just" in lowered:  # "with South Korea too, or only EU and US?"
        text = re.sub(_OR_ONLY, "?", text, flags=re.IGNORECASE)
    if " else" in lowered and not re.search(_LIST_ELSE, text):  # "..., per NCAC - WIPO and
        text = re.sub(_ELSE_ASKED, "?", text, flags=re.IGNORECASE)  # who else?": the list
    if lowered.startswith("when") or re.search(r"\b(?:what|which)\s+year\b", lowered):
        text = re.sub(_CREDITED_IN, r"\1 \2", text, flags=re.IGNORECASE)
        text = re.sub(_CREDITED_AS, r"\1", text, flags=re.IGNORECASE)
    if "something" in lowered:  # "what's his company called, something brave?": a guess
        text = re.sub(_SOMETHING, "?", text, flags=re.IGNORECASE)
        tail = text[-120:]  # "..., was it called X or something?": what it was called
        called = re.search(_CALLED_SOMETHING, tail)
        head = text[: len(text) - len(tail) + called.start()] if called is not None else ""
        if called is not None and len(words_of(head)) >= 3:  # what "it" is named before
            text = f"{head}what {called[1]} {called[2]} {called[3]}?"
    if ("-" in text or "\u2013" in text or "\u2014" in text) and not re.match(
        r"\s*(?:who|what|which|when|where|how|why|is|was|are|were|did|does|do|has|have)\b",
        text,
        re.IGNORECASE,
    ):
        text = re.sub(_PARTICIPLE_CHECK, r" was \1\2 - right?", text, flags=re.IGNORECASE)
    if any(w in text.lower() for w in _BROADCAST_WORDS):  # "X - name for the quote card"
        for pattern in _FOR_BROADCAST:
            text = re.sub(pattern, "", text)
    if _last_word(text) in _WRITINGS:  # "Benjamin Ng - which post, for the 2021 lecturer list"
        text = re.sub(_FOR_WRITING, "", text)
    if _last_word(text) in _CLEARED_TO:  # "X - ok to air?": whether X is right
        text = re.sub(_CLEARED, " - right?", text)
    if _last_word(text) in _CHECK_LAST:
        text = re.sub(_LONE_TAG, " - ", text, flags=re.IGNORECASE)
        text = re.sub(_TAG_NOUN, r"\1\2", text, flags=re.IGNORECASE)
        uncopied = re.sub(_CHECKED_COPY, "", text, flags=re.IGNORECASE)
        if uncopied != text and "?" not in uncopied:  # "check: X was up 5.42% year on year":
            uncopied = f"{uncopied.rstrip(' .!')}, right?"  # a claim to check, untagged
        text = uncopied
    if " or " in lowered and lowered.startswith("how"):
        text = re.sub(_GUESSED_MORE, "?", text, flags=re.IGNORECASE)
    if " or " in lowered and "day" in lowered:  # "was it just a one-day event or longer?":
        text = re.sub(_DAYS_OR_LONGER, r"\1\2", text)  # whether one day, as its days answer
    if " or " in lowered:
        text = re.sub(_UNSURE, "?", text, flags=re.IGNORECASE)
        doubted = re.search(_SOURCE_DOUBTED, text, re.IGNORECASE)
        if doubted is not None:  # "..., or was she exaggerating?": a check, unless tagged
            tagged = re.search(r"\b(?:right|correct|true|it|so)\W*$", text[: doubted.start()])
            text = text[: doubted.start()] + ("?" if tagged else ", right?")
        if any(w in lowered for w in ("exact", "precise", "round", "estimat", "approx", "floor")):
            text = re.sub(_EXACTNESS, "?", text, flags=re.IGNORECASE)
        text = re.sub(_OTHER_WAY, r"\1?", text, flags=re.IGNORECASE)
    text = _remarks_dropped(text)
    leaning = _LEANING_ASKED.match(text) if len(text) <= 200 else None
    if (
        leaning is not None
        and not (asks(leaning["np"]) or _wh(leaning["np"]))
        and len(words_of(leaning["np"])) <= _LEANING_NP_MAX
        and not set(words_of(leaning["np"])) & _SUBJECTS  # "I heard X - what was it?"
        and fold(leaning["rest"]) in _AMOUNTED  # not "... - what does that stand for?"
    ):
        text = f"{leaning['wh']}{leaning['np']} {leaning['rest']}".rstrip() + "?"
    if any(w in text.lower() for w in ("milestone", "mark ", "threshold", "barrier")):
        text = re.sub(_MILESTONE, "", text, flags=re.IGNORECASE)  # a figure read as stated
    if re.search(r"\b(?:i|my)\b", text[-120:], re.IGNORECASE):
        mine = re.search(_MY_CLAUSE, text[-160:], re.IGNORECASE)
        if mine is not None and len(words_of(text[: len(text) - 160 + mine.start()])) >= 3:
            text = text[: len(text) - len(text[-160:]) + mine.start()] + "?"
    if " one" in text:
        text = _one_named(text)
    if "half" in text.lower() and re.search(_RATIO_WORDS, text, re.IGNORECASE):
        text = re.sub(_HALF, r"\1 50%", text, flags=re.IGNORECASE)  # "was the ratio below
        # half": 50%; not "did more than half of its revenue come from X", a part and whole
    if any(w in text.lower() for w in ("million", "billion", "trillion", "thousand", "percent")):
        text = re.sub(_SCALED_WORD, _scaled_digits, text, flags=re.IGNORECASE)  # "over ten
        # million": 10 million
    lowered = text[-60:].lower()
    if "name" in lowered or "title" in lowered or "spelling" in lowered:
        tail = text[-60:]
        named = re.search(_NAME_FORMAT, tail)
        if named is not None:
            text = f"{text[: len(text) - len(tail) + named.start()]}?"
            lowered = text[-60:].lower()
    if not any(w in lowered for w in _FORMAT_WORDS):
        return text
    match = re.search(_FORMAT_ASKED, text, re.IGNORECASE)
    if match is None or not set(words_of(match.group())) & _FORMAT_ASKING:
        return text  # "477 million - the figure?" asks to have it checked
    return f"{text[: match.start()]}?"


AS_IN_ENGLISH = r"\bas\s+(?:rendered|given|written|translated|spelled|spelt)\s+in\s+english\b"
"""The articles' own English words asked for ("her title, as rendered in English"): the
articles are in English, so no language is asked."""

_SAYINGS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (
        ("points", "takeaways", "messages", "arguments"),
        r"(?i)^\W*(?:the\s+|what\s+(?:were|are)\s+the\s+)?(?:main|key|major|chief|central)\s+"
        r"(?:points?|takeaways?|messages?|arguments?)\s+(?:that\s+)?(?=\w)([^?]{2,60}?)\s+"
        r"(?:made|raised|gave|put\s+forward|presented)\b",
        r"what \1 said",
    ),  # "main points liu hua made about AI": what she said about it
    (
        ("gist", "summary", "essence", "thrust"),
        r"(?i)\b(?:the\s+)?(?:gist|summary|essence|thrust)\s+of\s+(?=what\b)",
        "",
    ),  # "gist of what yu cike said": what he said
    (
        ("conference",),
        r"(?i)\b(first|second|third|opening|last|final)\s+conference(?=\s+(?:\([^)]{0,40}\)\s+)?"
        r"(?:in|at|of|during)\s+the\s+(?:[\w-]+\s+){0,3}?(?:training|forum|course|seminar)\b)",
        r"\1 lecture",
    ),  # "the first conference in the Shanghai training" (a Spanish turn): its first lecture
    (
        ("charge",),
        r"(?i)\b(?:which|what)\s+(?:is|was)\s+(his|her|their)\s+charge\b",
        r"what is \1 post",
    ),  # "which is her charge in WIPO": her post
    (
        ("the others", "the rest", "so on"),
        r"(?i)(?<=\w),?\s+(?:like|such\s+as)\s+(?:the\s+)?[^,?]{2,60}?\s+and\s+(?:the\s+)?"
        r"(?:others?|rest|so\s+on)\b",
        "",
    ),  # "the projects ..., like the Gold Award and the others": all of them
    (
        ("what else", "which else", "which others", "what others", "which other", "who else"),
        r"(?i)(?<=\w),?\s+(?:like|such\s+as)\s+(?:the\s+)?[^,?]{2,60}?\s+and\s+(?:um\s+)?"
        r"(?:what|which|who)\s+(?:else|others?)\b",
        "",
    ),  # "what projects ... like the gold award and what else": all of them
    (("accessed",), r"(?i)\b(ratified\s+or\s+)accessed\b", r"\1acceded"),  # "ratified or
    # accessed" (a false friend): acceded
    (("realized", "realised"), r"(?i)\b(have|has|had)\s+reali[sz]ed\b", r"\1 carried out"),
    # "the projects they have realized together": carried out
    (
        ("anniversar",),
        r"(?i)(\banniversar(?:y|ies)\b[^?]{0,80}?\b(?:was|were|is|being)[ \t]+)(?:celebrated|"
        r"commemorated)\b",
        r"\1marked",
    ),  # "which anniversary of the partnership was celebrated": marked, not held
    (
        ("anniversar",),
        r"(?i)\b(?:celebrat|commemorat)(?:ed|es|e|ing)[ \t]+(?=(?:the|its|their|a|an)[ \t]+"
        r"(?:[\w-]+[ \t]+)?anniversar)",
        "marked ",
    ),  # "it was celebrated the 40th anniversary of the partnership": marked
    (
        ("anniversar",),
        r"(?i)\b(?:were|was)[ \t]+([\w&+-]+(?:[ \t]+[\w&+-]+){0,5}?)[ \t]+(?:celebrating|"
        r"commemorating)\b",
        r"did \1 mark",
    ),  # "what anniversary were WIPO and China celebrating": did they mark
    (
        ("celebrat",),
        r"(?i)\bcelebrat(?:ed|es|e|ing)\s+(?=(?:the|a|an|its|their|this|that)\s+(?:[\w-]+\s+){0,4}?"
        r"(?:roundtable|forum|training|meeting|expo|conference|event|course|seminar)s?\b)",
        "held ",
    ),  # "the WIPO office celebrated the roundtable" (a Spanish turn): held it
    (
        ("one from", "one is from"),
        r"(?i)(?<=\w),?\s+one\s+(?:is\s+)?from\s+(\w+(?:\s\w+)?)\s*,?\s+(?:and|the)\s+(?:the\s+)?"
        r"other\s+(?:one\s+)?(?:is\s+)?from\s+(?=\w)",
        r", from \1 and ",
    ),  # "two professors, one from Italy and other from France": from Italy and France
    (
        ("push",),
        r"(?i)\bpush(?:ed|es|ing)?\s+for\b",
        "advocate",
    ),  # "did Zhou Yaping push for a big data platform": advocate it (not "push the treaty
    # into force", a deed)
    (
        ("say me", "tell me", "list me"),
        r"(?i)\b(?:say|list)\s+me\b",
        "tell me",
    ),  # "could you say me the names": tell me
    (
        ("remember", "recall", "notion", "memory", "recollection", "heard"),
        r"(?i)^\W*(?:(?:so\s*,?\s+)?i\s+heard|i\s+seem\s+to\s+(?:remember|recall)|i\s+(?:have\s+a\s+(?:notion|feeling|"
        r"recollection|vague\s+(?:memory|recollection))|(?:do\s+)?(?:recall|remember))|my\s+memory\s+"
        r"tells\s+me|unless\s+my\s+memory\s+(?:fails|deceives)\s+me\s*,?|if\s+(?:i\s+)?(?:remember|"
        r"recall)\s+(?:correctly|rightly)\s*,?|as\s+i\s+(?:remember|recall)\s+it\s*,?)\s+"
        r"(?:(?:reading|hearing|seeing)\s+)?(?:that\s+)?(?=\w)",
        "",
    ),  # "I seem to remember that X. Is that right?": X, to check
    (
        ("seeing", "saw", "see"),
        r"(?i)^\W*(?:(?:i'?m|i\s+am|we'?re|we\s+are|i|we)\s+)?(?:keep\s+)?(?:seeing|saw|see)\s+"
        r"(?:a\s+|some\s+)?"
        r"(?:posts?|tweets?|claims?|comments?|threads?|people|reports?)\s+(?:online\s+)?"
        r"(?:saying|claiming|that|stating)\s+(?:that\s+)?(?=\S)",
        "",
    ),  # "Seeing posts that X. right?": X, to check
    (
        ("hyped", "touted", "hailed", "trumpeted", "heralded", "lauded"),
        r"(?i)\b(?:hyped|touted|hailed|trumpeted|heralded|lauded)\s+(?:up\s+)?as\b",
        "called",
    ),  # "the Beijing Treaty was hyped as WIPO's first deal in how many years": called
    (
        ("throw", "threw", "thrown", "throwing", "toss", "tossed"),
        r"(?i)\b(?:throw|threw|thrown|throwing|toss|tossed)\s+out\b",
        "give",
    ),  # "what numbers did Sichuan's copyright boss throw out": give
    (
        ("taken",),
        r"(?i)\btaken\s+to\s+(?:visit|see|tour)\b",
        "visited",
    ),  # "what companies were the forum guests taken to visit": visited
    (
        ("talking",),
        r"(?i)\s+(?:are|is)\s+we\s+talking(?:\s+about)?(?=\W*$)",
        "",
    ),  # "how much licensing revenue are we talking?": how much
    (
        ("fuss", "deal", "song"),
        r"(?i)\bmak(?:e|es|ing)\s+(?:such\s+)?(?:a\s+)?(?:big\s+|huge\s+)?(?:fuss|song\s+and\s+dance|"
        r"big\s+deal|deal)\s+(?:about|over|of)\b",
        "marking",
    ),  # "what anniversary were they making a fuss about": marking
    (
        ("air", "script", "radio", "broadcast", "podcast"),
        r"(?i)(?<=\S)\s+(?:to\s+(?:read|say|use|quote|cite|put)\s+)?(?:on\s+(?:the\s+)?(?:air|radio|tv|"
        r"camera)|in\s+(?:my|our|the)\s+(?:script|broadcast|podcast|show|segment))\b",
        "",
    ),  # "exact title to read on air?": the title, whatever it is for
    (
        ("under",),
        r"(?i)\bwhat\s+(?:goes|should\s+go|do\s+(?:i|we)\s+put|to\s+put|do\s+(?:i|we)\s+write)\s+"
        r"under\s+(his|her|their)\s+name\b",
        r"what is \1 title",
    ),  # "Benjamin Ng - what goes under his name on screen?": his title
    (
        ("thinking", "recollection", "understanding", "supposing", "believing", "assuming"),
        r"(?i)\bam\s+i\s+(?:right|correct|mistaken)\s+in\s+(?:thinking|supposing|believing|"
        r"assuming|my\s+(?:recollection|understanding|belief))\s+(?:that\s+)?",
        "is it true that ",
    ),  # "and am I right in thinking they were given a certificate?", "Am I correct in my
    # recollection that ...": whether so
    (("q",), r"(?i)^\W*q\s*:\s*", ""),  # a note's "q: mcsc database info volume growth y/y"
    (
        ("fair", "accurate", "safe"),
        r"(?i)\b(?:is|would)\s+it\s+(?:be\s+)?(?:fair|accurate|safe|right|correct)\s+to\s+say\s+"
        r"(?:that\s+)?",
        "is it true that ",
    ),  # "is it fair to say copyright was about 7.4% of China's GDP in 2021?"
    (
        ("understanding",),
        r"(?i)\bis\s+my\s+understanding\s+(?:correct|right|accurate)\s*,?\s*(?:that\s+)?",
        "is it true that ",
    ),  # Japanese English: "Is my understanding correct that MCSC membership exceeded 14,000?"
    (
        ("let",),
        r"(?i)^\W*(?:please\s+|kindly\s+|do\s+|could\s+you\s+(?:please\s+)?)?let\s+me\s+know\s+"
        r"(?:whether|if)\s+",
        "is it true that ",
    ),  # "Please let me know whether the Xiamen training was held online"
    (
        ("let",),
        r"(?i)^\W*(?:please\s+|kindly\s+|do\s+|could\s+you\s+(?:please\s+)?)?let\s+me\s+know\s+",
        "",
    ),  # "Please let me know the total number of copyright registrations in 2024": what it is
    (
        ("case",),
        r"(?i)^\W*is\s+it\s+(?:not\s+)?the\s+case\s*,\s*as\s+(?P<who>[^,?]{3,60}?)\s+(?:maintained|"
        r"maintains|stated|states|said|says|claimed|claims|asserted|asserts|contended|contends|"
        r"put\s+it|reported|reports|noted|notes)\s*,\s*that\s+",
        r"According to \g<who>, is it true that ",
    ),  # "Is it the case, as the NCAC maintained, that X?": X, to check, as the NCAC's
    (
        ("now that", "given that", "seeing as", "seeing that"),
        r"(?i)(?<=[^\s,;])[,;]?\s+(?:now\s+that|given\s+that|seeing\s+(?:as|that))\s+[^?]{3,160}?"
        r"(?=\W*$)",
        "",
    ),  # "where will the 10th expo be held, now that NCAC says it's hosting it": what is
    # asked, not why the asker asks it
    (
        ("not from", "non-chinese", "non chinese", "not chinese"),
        r"(?i)\b(?P<be>(?:were|was|are|is)\s+)?(?:not\s+from\s+(?:a\s+|any\s+)?(?:chinese|china|"
        r"domestic)\b(?:\s+(?:institutions?|bodies|organi[sz]ations?|universities|companies|"
        r"firms))?|non[\s-]chinese|not\s+chinese)",
        r"\g<be>foreign",
    ),  # "which invited experts were not from Chinese institutions": the foreign ones
    (
        ("lawyer",),
        r"(?i)\blawyers?['\u2019]?s?\s+(?:company|business|office|outfit)\b",
        "law firm",
    ),  # "what lawyer company is Xu Guojian from": his law firm
    (
        ("boss",),
        r"(?i)\bboss(?:es)?\s+of\b",
        "head of",
    ),  # "who is the boss of WIPO in China" (not "Boss & Young", a firm's name)
    (
        ("true",),
        r"(?i)^\W*(?:is\s+it\s+)?true\s+that\s+",
        "Is it true that ",
    ),  # "true that the Beijing Treaty was ...?": whether so
    (
        ("said yes", "says yes", "say yes"),
        r"(?i)\b(?:said|say|says)\s+yes\s+to\b",
        "ratified",
    ),  # "how many countries had said yes to the Beijing Treaty": ratified it
    (
        ("try", "tried", "trying"),
        r"(?i)\b(?:try|tries|tried|trying)\s+to\s+(?:make|sign|reach|strike|conclude|agree|get)\b",
        "negotiate",
    ),  # "what trade deals did China try to make": negotiated
    (
        ("according to", "going by", "based on"),
        r"(?i)(?<![\s,;])[,;]?\s*\b(?:according\s+to|going\s+by|based\s+on|per)\s+(?:these|those|the|this|your)\s+"
        r"(?:[\w/-]+\s+){0,3}?(?:reports|articles|pieces|sources|stories|write-?ups|accounts|texts)\b",
        "",
    ),  # "... change between 2017 and 2021 according to these NCAC/WIPO reports": the
    # articles are where every answer comes from
    (
        ("side",),
        r"(?i)(?:,\s*|(?<=\S)\s+)(?:the\s+)?(?:(?:officials?|people|speakers|representatives)\s+)?"
        r"from\s+(?:the\s+)?[\w-]+\s+side\s+and\s+(?:from\s+)?(?:the\s+)?[\w-]+\s+side\b",
        "",
    ),  # "who addressed the opening, the officials from the Chinese side and from the WIPO
    # side": everyone, not one side
    (
        ("side",),
        r"(?i)\b((?:opened|addressed|welcomed|greeted|spoke|lectured|attended)\b[^?]{0,60}?)\b(?:for|on|"
        r"from)\s+the\s+(?:chinese|china['\u2019]s|host)\s+side\b",
        r"\1for China",
    ),  # "who opened the forum for the Chinese side": for China (not "who signed it for the
    # Chinese side", a signatory, whom no record names)
    (
        ("with",),
        r"(?i)(?<=[^\s,;])[,;]?\s+(?:along\s+)?with\s+(?:the\s+|its\s+|their\s+)?(?:year|years|date|dates|"
        r"period|unit|units|source|sources)(?:\s+(?:and|&)\s+(?:the\s+)?(?:year|date|unit|source)s?)?"
        r"(?:\s+(?:please|pls|plz))?\W*$",
        "",
    ),  # "latest value for the added value, with year": every figure is given with them
    (
        ("continue", "continued", "continues", "remain", "remained", "remains"),
        r"(?i)\b(?:continue[ds]?|remain(?:ed|s)?)\s+to\s+(?=(?:hold|serve|head|lead|run|chair|"
        r"direct)\b)",
        "still ",
    ),  # "did she continue to hold the office of Director": whether she still held it
    (
        ("as she", "as he", "as they"),
        r"(?i),\s*as\s+(?:she|he|they)\s+(?:had|did|was|were|has)\s+(?:at|in|during|before)\s+"
        r"[^,?]{3,80}(?=\W*$)",
        "",
    ),  # "..., as she had at the earlier trainings?": the earlier time, said of her again
    (
        ("case",),
        r"(?i)^\W*is\s+it\s+(?:not\s+)?the\s+case\s+that\s+",
        "Is it true that ",
    ),  # "Is it the case that X?": whether so
    (
        ("state", "say", "write", "claim", "suggest"),
        r"(?i)^\W*is\s+it\s+(?:accurate|correct|fair|right|true)\s+to\s+(?:state|say|write|"
        r"claim|suggest)\s+that\s+",
        "Is it true that ",
    ),  # "Is it accurate to state that X?": whether X is so
    (
        ("source", "behind", "made", "claim", "claims"),
        r"(?i)^\W*(?:who\s+is|who's|whos|who\s+was)\s+(?:the\s+)?(?:source|behind)\s+(?:(?:for|of)\s+)?"
        r"(?:the\s+)?(?:claim|statement|line|remark|assertion|view|idea)\s+(?:that\s+)?|"
        r"^\W*who\s+(?:made|makes|put\s+forward)\s+(?:the\s+)?(?:claim|statement|remark|"
        r"assertion|point)\s+(?:that\s+)?",
        "Who said ",
    ),  # "who is the source for the claim that X": who said X
    (("right", "correct"), r"(?i)^\W*is\s+(?:right|correct)\s+that\s+", "Is it true that "),
    # "Is right that MCSC has more than 14.000 members?"
    (
        ("clarify",),
        r"(?i)^\W*(?:(?:could|can|would)\s+you\s+)?(?:please\s+)?clarify\s+(?:for\s+me\s+)?"
        r"(?:whether|if)\s+",
        "Is it true that ",
    ),  # "Could you clarify whether X": whether X is so
    (
        ("clarify",),
        r"(?i)^\W*(?:(?:could|can|would)\s+you\s+)?(?:please\s+)?clarify\s+(?:for\s+me\s+)?"
        r"(?=(?:who|whom|whose|what|which|when|where|how|why)\b)",
        "",
    ),  # "Could you clarify who gave the opening lecture": who gave it
    (
        ("clarify",),
        r"(?i)^\W*(?:(?:could|can|would)\s+you\s+)?(?:please\s+)?clarify\s+(?:for\s+me\s+)?"
        r"(?=the\b)",
        "what were ",
    ),  # "Could you clarify the 2024 licensing revenue ...": what it was
    (("trick",), r"(?i)^\W*trick\s+question\s*[:\-\u2013\u2014,]\s*", ""),  # a quiz's lead
    (
        ("having",),
        r"(?i)\b(?:is|are|was|were)\s+(?:recorded|listed|named|described|reported|shown|noted)\s+"
        r"as\s+having\s+",
        "",
    ),  # "which officials are recorded as having attended": who attended
    (("moment",), r"(?i)\bin\s+the\s+moment\s+of\b", "at the time of"),  # "en el momento de"
    (("mind",), r"(?i)\bwould\s+you\s+mind\s+(?:listing|naming)\s+(?:for\s+me\s+)?", "list "),
    # "Would you mind listing for me the officials who ...": list them
    (
        ("say", "state", "write", "claim"),
        r"(?i)^\W*(?:can|could|may)\s+(?:we|i)\s+(?:say|state|write|claim)\s+(?:that\s+)?(?=\w)",
        "is it true that ",
    ),  # "Can we say the Beijing Treaty was WIPO's first ...?": whether it is so
    (("time",), r"(?i)\b(?:some\s*time|sometime|at\s+some\s+point)\s+(?=in\b|during\b)", ""),
    # "took place some time in September": in September
    (("both",), r"(?i)\b(in|at|for)\s+the\s+both\b", r"\1 both"),  # "which post had she in the
    # both": in both
    (
        ("gained", "earned", "won", "collected"),
        r"(?i)\bhow\s+much\s+(?:money\s+)?(?:gained|earned|won|collected)\s+(?=[A-Z])",
        "how much revenue did ",
    ),  # "How much gained CAVCA from karaoke": what it took in ("¿cuánto ganó?")
    (("moved",), r"(?i)\bhow\s+much\s+(?:money\s+)?moved\s+", "how much was "),  # "how much
    # money moved the copyright trading": its value
    (
        ("comes", "come"),
        r"(?i)^(\W*[^?]*\bfrom\s+(?:which|what)\s+\w+(?:\s+\w+)?)\s+(?:comes|come)\s*(\?*)\s*$",
        r"\1\2",
    ),  # "Scot Morris from which association comes?": which one he is from
    (
        ("city", "place", "country", "venue"),
        r"(?i)\b(?:name|give|tell\s+me)\s+the\s+(city|place|country|venue)\s+(?:that|which)\s+",
        r"which \1 ",
    ),  # "Name the city that hosted the 2023 training": which city
    (("vice",), r"(?i)\bvice[\s-]+director\b", "deputy director"),  # "vice director general"
    (
        ("invited",),
        r"(?i)\bhow\s+many\s+invited\b(?!\s+(?:speakers?|experts?|lecturers?|guests?|people))",
        "how many guests",
    ),  # "how many invited were present": the guests ("invitados")
    (("among",), r"(?i),?\s*among\s+other\s+things\s*,?", ""),  # "described as, among other
    # things, Director General of X": as X's Director General
    (("y/n", "y / n"), r"(?i)^\W*y\s*/\s*n\s*[:\-\u2013\u2014,]?\s+", "Is it true that "),
    # "y/n: Shanghai training cites ...": whether it is so
    (("way", "one"), r"\b(?:two[\s-]+way|one[\s-]+to[\s-]+one)\b", "bilateral"),  # two sides
    (("only",), r"\b(came|come|comes)\s+only\s+from\b", r"\1 from"),  # a part, asked
    (("only",), r"\bonly\s+(needs?|needed|requires?|required)\b", r"\1"),  # "only need one more"
    (("only",), r"\bonly\s+(lasted|lasts|last|ran|runs|took|drew|attracted|registered)\b", r"\1"),
    # "the Shanghai training only lasted 2 days, correct?": the claim checked
    (("latin",), r"\blatin[\s-]+americ(?:an|ans|a)\b", "latin america"),  # not the U.S.
    (("paper",), r"\b(?:put|puts|putting)\s+(?:pen|their\s+names?)\s+to\s+paper\b", "signed"),
    (
        ("focus", "attention"),
        r"\b(?:shift|shifts|shifted|shifting|turn|turns|turned|turning|move|moves|moved|moving)\s+"
        r"(?:(?:its|their|the|his|her)\s+)?(?:focus|attention)\s+(?:to|onto|towards?)\b",
        "focus on",
    ),  # "why is NCAC shifting focus to 5G": focusing on, no change asked
    (
        ("program", "agenda", "bill"),
        r"\b(?:on|in)\s+the\s+(?:program|programme|agenda|bill)\b",
        "among the speakers",
    ),  # "a Tencent executive on the program": no training there
    (("ready", "gearing"), r"\b(?:getting|gearing)\s+(?:ready|up)\s+(?:to|for)\b", "to"),
    (("domestic",), r"\b(?:(?:national|total)\s+)?gross\s+domestic\s+product\b", "GDP"),
    # "what share of total gross domestic product": the GDP share, not the export share
    (("over",), r"\b(?:took|take|takes|taken|taking)\s+over\s+from\b", "succeeded"),
    # "who took over from Francis Gurry as WIPO DG": his successor, whom no fact names
    (("roll",), r"\broll[\s-]*call\b", "list"),  # "give me the roll call": no call was made
    (("staff",), r"\bstaff\s+members?\b", "staffer"),  # "which WIPO staff member": a person
    (("off",), r"\b(?:rattled|reeled|listed|ticked)\s+off\b", "listed"),  # "rattled off"
    (("/",), r"\by\s*/\s*n\b", ", yes or no"),  # "... at both? y/n"
    (("no",), r"(?:\b(total|the|what|whats)\s+|^)no\s+of\b", r"\1 number of"),  # "total no of"
    (("or",), r"\by\s+or\s+n\b", ", yes or no"),  # "3 days y or n"
    (("multi",), r"\b(?:a\s+)?multi[\s-]*day(?:\s+(?:thing|event|affair))?", "over several days"),
    (("up",), r"\bhow\s+much\s+up\b", "how much growth"),  # "and how much up from 2023"
    (("up",), r"\bup\s+(?:by\s+)?how\s+much\b", "how much growth"),  # "- up how much?"
    (("come", "came"), r"\b(?:come|comes|came|coming)\s+in(?:to)?\s+force\b", "enter into force"),
    (("kick",), r"\bkick(?:s|ed|ing)?\s+in\b", "enter into force"),  # "need to kick in"
    (("time",), r"\bhow\s+many\s+time\b", "how many times"),
    (("develop",), r"\bdevelop(?:ed|s)?\s+(?=(?:from|between|since)\s+\d{4}\b)", "changed "),
    # "how has the share developed from 2017 until 2023": how it changed (not "developed
    # regions")
    (("until",), r"(?<=\d{4})\s+until\s+(?=\d{4}\b)", " to "),  # "from 2017 until 2023"
    (("percent", "per cent"), r"(?<=,\s)up\s+(?:by\s+)?how\s+"
     r"many\s+(?:percent|per\s+cent)\b", "growth rate"),  # "how much ah, up how many percent?"
    (("economy",), r"\bhow\s+(?:big|large)\s+(?:a\s+)?(?:part|portion|slice|share)\s+of\s+"
     r"(?:the\s+)?(?:whole\s+|entire\s+|overall\s+|national\s+)?economy\b", "what share of GDP"),
    # "how big a part of the whole economy was that"
    (("same",), r"\b(?:(?:please\s+)?list|for)\s+the\s+same\b(?=\s*(?:[.?!,;]|$))", ""),
    # Indian English: "Please list the same.", "the growth rate for the same": it, said again
    # (not "for the same year")
    (("forecast", "forecasts"), r"\b(growth|revenue|gdp|value|market|industry)\s+forecasts?\b",
     r"\1 projection"),  # "the growth forecast for 2025": a projected figure, not a saying
    (("not", "rather", "instead"), r"\b(percentage\s+points?)\s*,?\s*(?:and\s+)?(?:not|rather\s+"
     r"than|instead\s+of)\s+(?:in\s+)?(?:percent|per\s+cent|%)", r"\1"),  # "in percentage
    # points not percent": the points asked, the relative change not
    (("getting",), r"\bgetting\s+(?:bigger|larger|higher)(?=\s+as\s+a\s+share\b)", "growing"),
    # "has copyright been getting bigger as a share of GDP": growing (not "is the gap getting
    # bigger": widening)
    (("getting",), r"(\bgap\b[^?.]{0,160}?)\bgetting\s+(?:bigger|larger|wider)\b", r"\1widening"),
    # "is the gap between China and the US getting bigger?": widening
    (("growing", "increasing", "rising", "expanding"),
     r"(\bgap\b[^?.]{0,160}?)\b(?:growing|increasing|rising|expanding)\b(?!\s+(?:industr|sector|econom|"
     r"market|countr))", r"\1widening"),  # "the gap between China and the USA ... is growing",
    # "is the gap with the US growing?": widening (not "the gap between growing economies")
    (("one",), r"(?i)(?<=\w),\s*the\s+(?!(?:same|other|latest|current|new|last|first|next|"
     r"previous|earlier|later|recent)\b)[a-z-]+(?:\s+[a-z-]+){0,3}\s+one\s*\?*\s*$", "?"),
    # "what topic did he give, the film rights one?": a guess at the answer, which the answer
    # shows (not "the 2025 one", "the latest one": which one is asked)
    (("ones",), r"\b(treaties|agreements|conventions|regulations)\b([^?]{0,80}?)\bwhich\s+ones\b",
     r"\1\2which \1"),  # "new treaties being drafted - which ones by name?": which treaties
    (("supposed",), r"\bsupposed\s+to\s+(?=cover\b)", ""),  # "what areas is
    # it supposed to cover": what it covers
    (("still",), r"\bstill\s+(?=(?:below|above|behind|ahead|lower|higher|under|less|more|"
     r"smaller|larger|bigger)\b)", ""),  # "is still below the global average": below it
    (("told",), r"\bas\s+told\s+(?=(?:at|in|during)\b)", ""),  # "the projects ... as
    # told at Xiamen": where the reader read of them
    (("year",), r"\b(?:every|each)\s+year\s+(?:add|adds|added|gain|gains|gained)\b",
     "annual growth of"),  # "MCSC member is over 14000 and every year add about 1000"
    (
        ("spoke", "speaks", "speak", "speaking"),
        r"\b(?:spoke|speaks|speak)\s+(?:for|on\s+behalf\s+of)\s+(?!\d|about\b|how\b|long\b|"
        r"(?:a|an)\s+(?:while|bit|few|hour)\b|hours?\b|minutes?\b|some\b|too\b|so\b)",
        "represented ",
    ),  # "Scot Morris spoke for which CMO?", "Zhou Yaping spoke for MCSC, yes?": represented
    (
        ("speaking",),
        r"\bspeaking\s+(?:for|on\s+behalf\s+of)\s+(?!\d|about\b|how\b|long\b)",
        "representing ",
    ),  # "who was speaking for MCSC at the roundtable": representing it
    (
        ("views", "opinions", "thoughts", "perspectives", "insights"),
        r"\b(?:gave|give|gives|shared|share|offered|expressed|aired)\s+(?:their|his|her)\s+(?:views|"
        r"opinions|thoughts|perspectives|insights)\b",
        "spoke",
    ),  # "which composers gave their views at the roundtable": who spoke there
    (("addresses", "speeches"), r"\b(?:gave|give|gives|delivered|made)\s+(?:addresses|speeches)\b",
     "addressed"),  # "which officials attended and gave addresses": who addressed it
    (
        ("credited",),
        r"\b(university|company|organi[sz]ation|body|institution|firm|school|employer)\s+(is|was|"
        r"are|were)\s+(he|she|they|it)\s+credited\s+to\b",
        r"\1 \2 \3 with",
    ),  # "which university is he credited to": the one he is with
    (
        ("clarify", "indicate", "specify"),
        r"^\W*(?:kindly[ \t]+|please[ \t]+)?(?:clarify|indicate|specify)[ \t]+"
        r"(?=(?:the|its|his|her|their)[ \t])",
        "what was ",
    ),  # "Kindly clarify the duration of the Shanghai training": what it was
    (
        ("length", "duration"),
        r"(?:^\W*|\bwhat\s+(?:was|is|were)\s+)(?:the\s+)?(?:length|duration)\s+of\s+",
        "how long was ",
    ),
    # "length of the Shanghai training in days": how long it was
    (
        ("behalf",),
        r"\b(speech|address|lecture|remarks|talk|presentation)\b([^?]{0,60}?)\s+on\s+behalf\s+of\b",
        r"\1\2 for",
    ),  # "gave the speech at the opening on behalf of NCAC" (not "signed on behalf of WIPO")
    (("share",), r"^\W*(?:(?:please|kindly|pls)\s+)?share\s+(?=(?:the|all|any)\b)", "give "),
    # "Please share the names of ...": give them, not a share of anything
    (("take",), r"(['\u2019]s|\b(?:his|her|their))\s+take\s+on\b", r"\1 view on"),  # "X's take
    # on the biggest headache": X's view, not taking something on
    (("told",), r"\bas\s+told\s+by\b", "according to"),  # "the projects as told by Liu Hua"
    (
        ("interview", "talk", "contact", "speak", "quote"),
        r"\bwho\s+(?:could|can|should|might)\s+(?:i|we)\s+(?:interview|talk\s+to|contact|"
        r"speak\s+to|speak\s+with|quote)\s+(?=(?:about|on|regarding)\b)",
        "who spoke ",
    ),  # "who could I interview about AI and photography": who spoke about it
    (
        ("between", "which"),
        r"^\W*between\s+([^,?]{1,60}?)\s+and\s+([^,?]{1,60}?)\s*,\s*(?=which\b)",
        r"\1 or \2: ",
    ),  # "Between MCSC and CWWCS, which had more ...": MCSC or CWWCS, which
    (
        ("which",),
        r"\bwhich\s+of\s+([\w.&'-]+(?:\s+[\w.&'-]+){0,5}?)\s+and\s+(?=[\w.&'-]+(?:\s+[\w.&'-]+)"
        r"{0,5}?\s+(?:had|has|have|was|were|is|are|did|does|earned|made|got|reported|collected)\b)",
        r"which of \1 or ",
    ),  # "which of MCSC and CWWCS had more": one or the other
    (
        ("behalf",),
        r"\b((?:spoke|speak|speaks|came|come|comes|went|attended|attend|attends|appeared|"
        r"participated|took\s+part|was\s+there|were\s+there)\b[^?,.;]{0,60}?)\s+(?:on|in)\s+"
        r"behalf\s+of\b(?=\s+\w)",
        r"\1 for",
    ),  # "spoke at X on behalf of MCSC", not "who signed it on behalf of WIPO"
    (
        ("name",),
        r"^\W*(?:what(?:'s|\s+is|\s+was)\s+)?(?:the\s+)?name\s+of\s+the\s+(?=(?:[\w-]+\s+){0,3}?"
        r"(?:professor|lecturer|speaker|expert|official|representative|founder|translator|"
        r"composer|partner)(?:\s+(?:at|in|from|who)\b|\W*$))",
        "who was the ",
    ),  # "name of the Italian law professor at the Shanghai training?": who was the ...
    (("only",), r"\bonly\s+(?=(?:a|an)\s+(?:one|single|1)[\s-]*day\b)", ""),  # "only a one-day
    # event?": a one-day event
    (
        ("top",),
        r"\btop\s+(?:guy|gal|person|boss|dog|man|woman|official|exec|executive|brass)\b",
        "head",
    ),  # "who's the top guy at MCSC": its head
    (
        ("top",),
        r"\btop[ \t]+((?:[A-Za-z]+[ \t]+){1,3}?)(?:guy|man|woman|boss)\b",
        r"head of \1",
    ),  # "the top NCAC copyright man at the chengdu opening": the head of NCAC copyright
    (("get-together", "get together"), r"\bget[ \t-]?togethers?\b", "event"),  # "the belt
    # and road copyright get-together": the event
    (
        ("just", "only"),
        r"(?<=\S),?\s+not\s+(?:just|only)\s+(?:in|at)\s+[^,?;.]{1,40}(?=[,?;.])",
        "",
    ),  # "she also spoke at the Chengdu forum, not just in Xiamen, right?": the one asked
    (
        ("same",),
        r",\s+(?:the\s+|in\s+the\s+)?same\s+year\s+as\s+[^,?;.]{1,40}(?=[,?;.])",
        "",
    ),  # "signed in 2012, same year as the Beijing Treaty, right?": the year is checked
    (
        ("present", "presented", "presents", "presenting"),
        r"\bpresent(?:ed|s|ing)?\s+(?=(?:the\s+|their\s+|its\s+|any\s+)?(?:figures|numbers|data|"
        r"results|statistics|stats)\b)",
        "reported ",
    ),  # "which CMOs presented figures at the roundtable": reported them
    (
        ("member",),
        r"\b(increase|increased|increases|grow|grows|grew|gain|gains|gained|rise|rises|adds|add)"
        r"\b([^?.]{0,40}?)\s+(?:every|each|per|a)\s+year\b",
        r"\1\2 annually",
    ),  # "MCSC members increase by about how many every year": its annual growth (of
    # members only: "how much did added value grow each year" asks each year's growth)
    (("roll",), r"\b(his|her|their|its)\s+roll\b", r"\1 role"),  # "what is her roll there"
    (("co ",), r"\bco\s+(?=organi[sz]|host|chair|sponsor)", "co-"),  # "co organise", dictated
    (("n ",), r"^\W*n\s+of\b", "number of"),  # "n of participants at the 2023 training?"
    (("hyping", "hyped", "hype"), r"\bhyp(?:e|ed|ing)\b", "marking"),  # "what anniversary were
    # they hyping": marking
    (("drama",), r"\bdrama\b", "dispute"),  # "who brought up the hi mom copyright drama"
    (("caption",), r"(?<=\S),?\s*for\s+the\s+caption\b", ""),  # "- when and where, for the caption"
    (
        ("made", "make", "makes"),
        r"\b(who|which(?:\s+one)?)\s+(?:made|makes|make)\s+(more|less)\b",
        r"\1 earned \2",
    ),  # "who made more in 2024, MCSC or CAVCA", "which made more": revenue
    (("business",), r"\blines?\s+of\s+business\b|\bbusiness\s+lines?\b", "areas"),  # "what
    # new line of business does MCSC plan": the new areas it moves into
    (("pain",), r"\bpain\s+points?\b", "challenges"),  # "what pain points did CAVCA name"
    (
        ("see",),
        r"\b(?:go|goes|went|going)\s+(?:and\s+|to\s+)?see\b(?!\s+(?:if|whether|what|how|why)\b)",
        "visit",
    ),  # "which firms did the guests go see": visit (not "go see what they said")
    (("admit", "admits", "admitted"), r"\badmit(?:s|ted)?\s+to\b", "mention"),  # "admit to"
    (
        ("down",),
        r"(?i)^(\W*(?:when|where)\b.*?\b)(?:go|goes|went)\s+down\b",
        r"\1take place",
    ),  # "when did the diplomatic conference go down": happen (not "did revenue go down")
    (
        ("vs", "versus"),
        r"\b(?:vs\.?|versus)\s+(?:the\s+)?(?:year\s+before|previous\s+year|prior\s+year|"
        r"preceding\s+year)\b",
        "year on year",
    ),  # "was MCSC's revenue down vs the year before?": year on year
    (
        ("vs", "versus"),
        r"(?<=\b\d{4})\s+(?:vs\.?|versus)\s+(?=\d{4}\b)",
        " compared with ",
    ),  # "MCSC revenue 2024 vs 2023, how much growth?": one year compared with the other
    (
        ("vs", "versus"),
        r"\b(?:vs\.?|versus)\s+(?=the\s+(?:global|world|international|national|average)\b)",
        "against ",
    ),  # "China's copyright industry vs the global average, above or below?"
    (("higher", "lower"), r"\b(?:higher\s+or\s+lower|lower\s+or\s+higher)\b", "above or below"),
    (("vs", "versus"), r"\b(?:vs\.?|versus)\s+(?=at\s)", "and "),  # "her title at the forum vs
    # at Xiamen 2021 - same?": at both
    (("cumulative", "overall"), r"\b(?:cumulative|overall)\s+(?=growth|increase|change|rise)\b",
     ""),  # "what's the cumulative growth": the growth from one year to the other
    (("expansion", "form"), r"\b(?:expansion|(?:long|full)\s+form)\b", "full name"),  # "CCPIT
    # expansion?": what it stands for
    (("regs",), r"\bregs\b(?=[^?.]{0,30}\b(?:total|number|count|how\s+many|\d{4})\b)",
     "registrations"),  # "copyright regs 2024 total": registrations, not regulations
    (("reg", "regs"), r"\b(?:works?|copyright)\s+regs?\b", "works registered"),  # "sichuan
    # copyright trading 2018 + works reg": the works registered, not a regulation
    (("came", "come", "comes"), r"\bc[oa]mes?\s+up\s+with\b", "adopted"),  # "the conference
    # that came up with the Beijing Treaty": adopted it
    (("headcount",), r"\bmembership\s+headcount\b", "membership"),  # "MCSC membership
    # headcount": its members, not an event's attendance
    (("covered", "covering"), r"\b(?:that|which)\s+(?:covered|covering)\b", "on"),  # "the
    # roundtable that covered AI": on AI
    (
        ("itself",),
        r"(?<=\S)\s+itself(?=\s*(?:,\s*)?(?:right|no|correct|yes|isn'?t|wasn'?t)\b)",
        "",
    ),  # "the training was in Beijing itself, right?": an emphasis (not "Chengdu city itself")
    (("decade",), r"\b(?:a|one)\s+decade\b", "10 years"),  # "first in a decade": ten years,
    # not the "two decades" a fact says
    (("decades",), r"\b(?:two|2)\s+decades\b", "20 years"),
    (("decades",), r"\b(?:three|3)\s+decades\b", "30 years"),
    (("like",), r"(?<=[\s,])like\s+(?=\d)", "about "),  # "how many went, like 50?"
    (("quoted", "cited", "reported", "recorded"), r"\b(?:is|was|were|are)\s+(?:quoted|cited|"
     r"reported|recorded)\s+as\s+(?=(?:calling|saying|describing|praising|warning|urging|"
     r"stressing|arguing|noting)\b)", ""),  # "who is quoted as calling X a success": who
    # called it (the -ing read as the past, below)
    (("calling",), r"(?<=\bwho\s)calling\b", "called"),
    (("saying",), r"(?<=\bwho\s)saying\b", "said"),
    (("describing",), r"(?<=\bwho\s)describing\b", "described"),
    (("discussion", "discussions", "session", "sessions"), r"\b(roundtable|round\s+table|"
     r"forum|panel)\s+(?:discussions?|sessions?)\b", r"\1"),  # "in the roundtable
    # discussion": at the roundtable
    (("up",), r"\bup\s+to\s+(?=\d)", ""),  # "up to 15% in Beijing": the figure claimed
    (("quantity",), r"\b(?:which|what)\s+(?:was|is|were|are)\s+the\s+quantity\s+of\s+"
     r"(?=\w+s\b)", "how many "),  # "which was the quantity of guests": how many guests
    (("back",), r"\b((?:memorandum|mou|agreement|treaty)\b[^.?!]{0,60}?)\s+(?:goes|go|went|dates|"
     r"date|dated|reaches|reached)\s+back\s+to\s+(?=(?:19|20)\d\d\b)", r"\1 was signed in "),
    # "the memorandum goes back to 2010": its signing, as the facts date it
    (("only",), r"\b(has|have|had)\s+only\s+((?:joined|acceded|signed|ratified|adopted|reached|"
     r"registered|had|got|earned|made|received)(?:\s+(?:on\s+)?to)?)\s+(?=\w)", r"\1 \2 only "),
    # "China has only signed on to five treaties": has signed on to only five
    (("gush", "gushed", "gushes", "gushing", "rave", "raved", "raving", "rhapsodize"),
     r"\b(?:gush(?:ed|es|ing)?|rav(?:e|ed|es|ing)|rhapsodi[sz](?:e|ed|es|ing))\s+"
     r"(?:about|over|on)\b", "praise"),  # "why did Gurry gush about the treaty": praise it
    (("state",), r"\bstate(?:-run|\s+run)?\s+(?:tv|television|broadcaster)\b",
     "China Central Television"),
    # "anyone from state TV among the lecturers": CCTV, the article's state broadcaster
    (("side",), r"\bside[\s-]+(?:programmes?|programs?|events?|agenda)\b", "side activities"),
    (("chief",), r"\bchief\s+executive(?:\s+officer)?\b", "CEO"),
    # "APRA's chief executive": its CEO, a title of its own, not any director ("chief")
    (("made",), r"\b(?:that|which)\s+(?:was|were)\s+made\s+(?=in\b)", "held "),
    # "the training ... that was made in Shanghai": held there (Spanish "realizado")
    (("as",), r"(?<!strictly )\bas\s+(?:the|this)\s+(?:article|report|piece|text|story)\s+"
     r"(?:is\s+)?(?:saying|says|puts\s+it|states|tells\s+it)(?:\s+it)?\b", ""),
    # "..., as the article is saying it?": what the article says, which every answer is (not
    # "strictly as the report says", a saying of its own)
    (("bragging", "brag", "brags", "bragged", "boasting", "boast", "boasts", "boasted"),
     r"\b(?:(?:are|is|were|was)\s+)?(?:bragg(?:ing|ed)|brags?|boast(?:s|ed|ing)?)\s+(?:that|about)\b",
     "say that"),  # "Organizers are bragging that 500 people took part": they say so
    (("referring", "refers", "referred"), r"\bto\s+which\s+([^,;?]{2,40}?)\s+(?:is\s+|was\s+)?"
     r"(?:referring|refers|referred)\b", r"which \1 mentions"),
    # "the memorandum to which Ms. Liu is referring in her speech": which she mentions
    # "Side programme: which expo did guests join?": what was held alongside, not a training
    (("around",), r"\b(?:were|was|sat)\s+(?:a)?round\s+the\s+table\s+(?=at\b)", "attended "),
    # "how many people were around the table at the roundtable": attended it
    (("according",), r"^\W*according\s+to\s+(?:the|this|that)\s+(?:meeting|article|report|piece|"
     r"story|text|news|write-?up)\s*,\s*", ""),  # "According to the meeting, X": the article's
    # own account, which every answer is (not one event of several to choose)
    (("this",), r"\bthis\s+year\s+(?=marks|marked|is\s+the|was\s+the)", ""),  # "this year marks
    # the 40th anniversary": the article's year, which the fact dates
    (("walking", "walk", "walked", "walks"), r"\bwalk(?:ing|ed|s)?\s+away\s+with\b", "receiving"),
    # "participants walking away with certificates": receiving them
    (("despite",), r"(?<![\s,]),?\s+despite\s+(?:all\s+)?(?:the|this|that|their)\s+"
     r"(?:talk|hype|noise|fuss|rhetoric|claims|boasting|bragging|spin)\b", ""),  # "..., despite
    # all the talk": a jibe, no part of the claim
    (("came",), r"\bcame\s+of\b", "came from"),  # "which part came of karaoke fees": a
    # learner's "from"
    (("under", "underway"), r"\b(?:get|gets|got|getting)\s+(?:under\s*way|started|going)\b",
     "open"),  # "on what date did the training get under way": open
    (
        ("responsible", "responsibles"),
        r"\b(?:organi[sz]ations?|bodies|institutions|entities)\s+responsibles?\s+for\s+(?:the\s+"
        r")?(?:present(?:ing)?|organi[sz](?:e|ing)|host(?:ing)?|hold(?:ing)?|run(?:ning)?|realiz"
        r"(?:e|ing)|promot(?:e|ing))(?:\s+jointly)?\b",
        "organizers of",
    ),  # "the organizations responsibles for present jointly this training": its organizers
    (("level",), r"\bthe\s+level\s*(?=,)", "the amount"),  # "added value: the level, the
    # growth rate and the share of GDP": how much it was
    (
        ("something", "ish", "odd"),
        r"(?<=\d)(?:\s+point)?(?:\s+something|\s*-?\s*ish|\s+odd)\b",
        "",
    ),  # "like 7.4 something?", "7 point something percent", "100-ish": the figure guessed
    (
        ("decimal", "decimals"),
        r"(?<=\S)\s*(?:,\s*)?(?:to|in)\s+(?:one|two|three|1|2|3)\s+decimals?(?:\s+places?)?",
        "",
    ),  # "GDP share in 2021, to two decimals?": the figure as written
    (
        ("approximate", "approx", "exact", "floor", "ceiling", "minimum", "rounded", "given"),
        r"(?<=\S)\s*(?:[-,;]\s*)?(?:and\s+)?(?:is\s+(?:that|it|this|the)\s+(?:(?:number|figure|count|"
        r"value)\s+)?(?:an?\s+)?(?:approximate|approx|exact|rounded|floor|ceiling|minimum|lower\s+"
        r"bound)|(?:is\s+it\s+)?given\s+as\s+['\"\u2018\u201c]?\w+['\"\u2019\u201d]?\s+or\s+"
        r"['\"\u2018\u201c]?\w+(?:\s\w+)?['\"\u2019\u201d]?)(?:\s*\?)?\s*$",
        "",
    ),  # "number, and is it a floor?", "is it given as 'nearly' or 'more than'?": each line
    # gives the figure with its hedge as written
    (("bound", "bounds"), r"\b(?:lower|upper)\s+and\s+(?:upper|lower)\s+bounds?\b", "range"),
    (
        ("series",),
        r"^\W{0,3}(?:a\s+|the\s+|my\s+)?(?:time\s+|data\s+)?series\s+(?:for|of)\s+(?:my|our|the|a)"
        r"\s+(?:chart|graph|table|story|piece)\s*[:,\u2013\u2014-]\s*",
        "",
    ),  # "Series for my chart: GDP share for 2017, 2021 and 2023?": the figures asked
    (
        ("promoted",),
        r"\b(?:had\s+been|has\s+been|was|got|been)\s+promoted\s+to\s+(?:be\s+)?",
        "was ",
    ),  # "she had been promoted to Director General by then": her post then, checked
    (("time",), r"\bby\s+the\s+time\s+of\b", "at"),  # "by the time of the Chengdu forum"
    (
        ("assisted", "assist", "assists"),
        r"\b(?:how\s+much|how\s+many)\s+(people|persons|guests|participants)\s+assist(?:ed|s)?\s+"
        r"(?:to|at|in)\b",
        r"how many \1 attended",
    ),  # "how much people assisted to the forum" (Spanish "asistir"): attended it
    (
        ("reason",),
        r"\b(?:for\s+what|for\s+which|with\s+what)\s+reasons?\b(?:\s+exactly)?",
        "why",
    ),  # "for what reason did Ms. Zhao state that ...": why she said it
    (
        ("first",),
        r"(?<=\S)\s+first\s+(?=(?:sign|signed|signing|join|joined|establish|established|set\s+up|"
        r"ratif\w{1,6}|accede|acceded|conclude|concluded)\b)",
        " ",
    ),  # "when did WIPO and NCAC first sign their memorandum": when they signed it
    (("series",), r"\b(?:time\s+|data\s+)?series\b", "by year"),  # "gdp share series": each
    # year's figure
    (
        ("wording", "phrasing", "spelling"),
        r"(?<=\S)\s*[-,;:\u2013\u2014]?\s*(?:the\s+|its\s+|their\s+)?(?:exact|precise)\s+"
        r"(?:english\s+)?(?:wording|phrasing|spelling)(?:\s+(?:please|pls))?\s*\?{0,3}\s*$",
        "?",
    ),  # "Yan Bo's title at CCTV - exact English wording?": the title as on record
    (
        ("described", "referred", "introduced", "identified", "listed", "titled"),
        r"\b(is|was)\s+([^,;?]{2,60}?)\s+(?:described|referred\s+to|introduced|identified|listed|"
        r"titled)\s+as\s+(?=(?:(?:a|an|the)\s+)?(?:[\w-]{2,20}\s+){0,3}(?:director|president|"
        r"professor|head|chair|chairman|secretary|deputy|assistant|vice|lecturer|counsel|partner|"
        r"dean|manager|chief|ceo)\b)",
        r"\1 \2 ",
    ),  # "is Benjamin Ng described as a WIPO director?": is he one (his post on record)
    (
        ("expands", "expand"),
        r"\b([a-z][\w&-]{1,11})\s+(?:expands?|is\s+short)\s+(?:to|for)\s+"
        r"['\"\u2018\u201c]?[^?'\"\u2019\u201d]{3,120}['\"\u2019\u201d]?\s*(?=\?|$)",
        r"what does \1 stand for",
    ),  # "CISAC expands to 'Confederation of ...'?": its full name, to compare
    (
        ("need",),
        r"(?<=[?.])\s*(?:i\s+)?need\s+(?:the\s+)?(?:exact|precise|full)\s+[^?.]{0,80}[.?]?\s*$",
        "",
    ),  # "..., CISAC? Need exact wording from the Xiamen article.": what the lines give
    (
        ("spell",),
        r"\b(?:(?:please|pls|kindly|can\s+you|could\s+you)\s+)?spell\s+out\s+(?:the\s+)?"
        r"([\w&.-]+)(?:\s+for\s+me)?",
        r"what does \1 stand for",
    ),  # "please spell out CISAC for me": what it stands for
    (
        ("spelled", "spelt", "written"),
        r"\bhow\s+(?:is|are|was)\s+([\w&.-]{2,12})\s+(?:spelled|spelt|written)\s+out\b",
        r"what does \1 stand for",
    ),  # "in the Shanghai piece, how is NCAC spelled out exactly?": what it stands for
    (
        ("spelled", "spelt", "written"),
        r"\b([A-Z][\w&.-]{1,11})\s+(?:(?:is|are|was)\s+)?(?:spelled|spelt|written)\s+out(?:\s+how)?\b",
        r"what does \1 stand for",
    ),  # "CISAC spelled out?", "RCEP is spelled out how in the NCAC piece?"
    (
        ("spelled", "spelt", "written"),
        r"^\W*how\s+(?:is|are|was)\s+(.+?\S)\s+(?:spelled|spelt|written)\b",
        r"what is \1",
    ),  # "how is the full name of the Turin professor spelled?": the name as on record
    (
        ("spelled", "spelt"),
        r"(?<=\S)\s*(?:[,.?]\s*)?how\s+is\s+(?:his|her|their|the)\s+name\s+(?:spelled|spelt)",
        "",
    ),
    # "who was the NCAC director general at Chengdu? how is his name spelled?": his name
    (
        ("when", "year"),
        r"^(\W*(?:when|(?:in\s+)?(?:what|which)\s+year)\b[^,]*?),\s*(?:in\s+)?(?:19|20)\d\d\W*$",
        r"\1?",
    ),  # "when did they sign the memorandum, 2019?": when, the guess aside
    (("quotable",), r"\bquotable\s+", ""),  # "share of exports - quotable number?"
    (
        ("source", "sources"),
        r"(?<=\S),?\s*(?:and|\+|&)\s+(?:the\s+)?(?:source|sources)(?:\s+articles?)?(?=[^\w\s]*\s*$)",
        "",
    ),  # "GDP share in 2017 - figure and source article?": each answer names its source
    (("text",), r"\b(?:per|according\s+to|in)\s+the\s+text\b", ""),  # "per the text"
    (
        ("only",),
        r"\bonly\s+(?=(?:(?:about|around|roughly|approximately|some|just)\s+)?(?:\d|"
        r"one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b))",
        "",
    ),  # "copyright exports are only about 5% of goods exports": about 5%, the figure checked
    (
        ("gentleman", "lady", "gent", "chap", "fellow", "guy", "woman", "man"),
        r"(?i)\bthe\s+(?:[a-z-]+\s+){0,2}?(?:gentleman|lady|gent|chap|fellow|guy|woman|man)"
        r"\s*,\s+(?=[A-Z][a-z]+\s+[A-Z][a-z]+\s*,)",
        "",
    ),  # "what did the Australian gentleman, Scott Morris, say ...": what Scott Morris said
    (
        ("called",),
        r"(?i)(?<!\s)\s+i\s+(?:think|believe|guess|reckon)\s+(?:it['\u2019]s|it\s+is|they['\u2019]re|they\s+"
        r"are|he['\u2019]s|she['\u2019]s|he\s+is|she\s+is)\s+called(?=\s*[,)])",
        "",
    ),  # "the audio-video association, CAVCA I think it's called, made ...": CAVCA, aside
    (
        ("part", "portion", "bit"),
        r"(?i)\band\s+([a-z-]+)\s+(?:part|portion|bit)\s+how\s+(much|many)\b",
        r"and how \2 from \1",
    ),  # "revenue 2024 and karaoke part how much": and how much from karaoke
    (
        ("city", "year", "date", "place", "venue", "location", "dates", "years"),
        r"(?i)(?<![\s,;])[,;]?\s*(?:with|w/|incl\.?|including|plus)\s+(?:the\s+)?(?:city|place|location|venue|"
        r"date|year|dates|years)(?:\s*(?:and|&|\+|,)\s*(?:the\s+)?(?:city|place|location|venue|date|"
        r"year|dates|years)){0,2}\s*[?.!]*\s*$",
        "",
    ),  # "every event where Liu Hua spoke, w/ city and year": each line gives both
    (
        ("bring", "invite", "fly"),
        r"(?i)\b(?:did|do|does)\s+(?:they|it|we|wipo|ncac|the\s+organi[sz]ers)\s+(?:bring|invite|fly)"
        r"(?:\s+in)?(?=\s+to\b)",
        "were invited",
    ),  # "which foreign 'experts' did they bring to the shanghai course": were invited to
    (("tag",), r"(?i)\btag(?:ged|ging|s)?\s+along\s+(?:to|with)\b", "attend"),  # "what expo
    # did the forum guests tag along to": attend
    (("colleague",), r"(?i)\bthe\s+colleague\s+(?:of|from)\s+([a-z]+)\b", r"the \1 person"),  # a
    # Frenchman's "the colleague of WIPO": the WIPO person
    (
        ("came", "come", "comes"),
        r"(?i)\b(?:came|come|comes)\s+out\s+of\s+(?=(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:conference|"
        r"meeting|summit|negotiations?|talks)\b)",
        "was concluded at ",
    ),  # "the Beijing Treaty came out of a 2014 conference in Beijing": was concluded at
    (("attorneys",), r"(?i)(?<!,\s)(?<!young\s)\battorneys\b(?!\s+at\s+law)", "lawyers"),  # "which
    # law firms and attorneys gave lectures": lawyers, not "Boss & Young, Attorneys at Law"
    (
        ("who",),
        r"(?i)^\W*(\w[^,?]{2,60}?)(?:\s*,\s*|\s+)who\s+(?:dat|dis|tht|that|this|is\s+(?:that|this|she|he))"
        r"\s*\?*\s*$",
        r"who is \1",
    ),  # "sylvie forbin who dat": who is Sylvie Forbin
    (
        ("on",),
        r"(?i)\b(lectures?|lectured|lecturing|spoke|speak|speech|talk|talked|presented|present|"
        r"lecture)\s+on\s+(?=(?:the\s+)?(?:(?:19|20)\d\d\s+)?(?:xiamen|shanghai|chengdu|beijing)\b)",
        r"\1 at ",
    ),  # a Russian's "gave lecture on Xiamen training": at the training
    (("on",), r"(?i)\bon\s+(?:the\s+)?opening\s+of\b", "at the opening of"),  # "on opening of"
    (
        ("year",),
        r"(?i)\b(?:(?:of|in|for|during)\s+)?the\s+((?:19|20)\d\d)\s+year\b(?!\s*(?:on|-|s\b))",
        r"in \1",
    ),  # Spanish "del año 2018": "the copyright trading in Sichuan the 2018 year": in 2018
    (("year",), r"(?i)\b((?:19|20)\d\d)\s+year\b(?!\s*(?:on|-|s\b))", r"\1"),  # "in 2019 year"
    (("belt",), r"(?i)\bbelt\s+n\s+road\b", "belt and road"),  # "belt n road"
    (("wen",), r"(?i)(?:^|(?<=\band\s)|(?<=\bn\s))wen\b(?!\s+hua)", "when"),  # "where n wen was"
    (
        ("2",),
        r"(?i)\b(invited|went|go|came|come|talked|talk|spoke|sent|brought|travell?ed|listen)"
        r"\s+2\s+(?=[a-z])",
        r"\1 to ",
    ),  # "the experts invited 2 the shanghai training": invited to
    (
        ("percentage",),
        r"(?i)\bpercentage[\s-]+points?\s+(change|increase|rise|difference|gain|drop|fall|"
        r"decrease|decline|growth)\b",
        r"\1",
    ),  # "percentage point change in the GDP share": the change (given in points)
    (
        ("points",),
        r"(?i)\bhow\s+many\s+(?:percentage\s+)?points?\s+(?:up|down|higher|lower|more|less|"
        r"(?:did\s+it\s+)?(?:rise|grow|gain|fall|drop|increase|decrease))\b",
        "how much change",
    ),  # "2017 versus 2023: how many percentage points up?": the change, in points
    (("gig", "gigs"), r"(?i)\b(?:live\s+)?gigs\b", "live performances"),  # "live gigs"
    (("gig",), r"(?i)\b(?:live\s+)?gig\b", "live performance"),
    (("bgm",), r"(?i)\bbgm\b", "background music"),  # the music trade's initials
    (("+",), r"(?<=[a-z])\s+\+\s+(?=[a-z])", " and "),  # "live gigs + BGM": and
    (
        ("unit", "units"),
        r"(?i)(?<!\s)\s*(?:,|\band\b|&|\+|\bwith\b)\s*(?:the\s+|its\s+|their\s+)?units?\b(?:\s+(?:of\s+"
        r"measure(?:ment)?|used))?",
        "",
    ),  # "what's the exact figure and the unit?": each figure is given with its unit
    (
        ("assume", "presume", "suppose"),
        r"(?i)(?<=[?.!])\s*[^?.!]{0,60}\bi\s+(?:assume|presume|suppose)\s*[?.!]*\s*$",
        "",
    ),  # "... - the exact figure? RMB trillion I assume": a guess after the question
    (
        ("date", "dated"),
        r"(?i)\b(did|does|do)\s+([^,?]{2,60}?)\s+date\s+(?:the\s+)?([^,?]{3,120}?)\s+to\s+"
        r"((?:19|20)\d\d)\b",
        r"\1 \2 say the \3 dates from \4",
    ),  # "did Liu Hua date the Memorandum of Cooperation to 2015?": say it dates from 2015
    (
        ("trainings", "forums", "meetings", "conferences", "roundtables"),
        r"(?i)\bwhich\s+(?:of\s+(?:these|the|those)\s+)?(?:trainings|forums|meetings|conferences|"
        r"roundtables)(?:\s*(?:,|and|or|&|/)\s*(?:trainings|forums|meetings|conferences|"
        r"roundtables|events)){1,3}\s+(?=(?:was|were|did|has|had|is)\b)",
        "which events ",
    ),  # "which of these trainings and forums was she actually at": which events
    (
        ("all",),
        r"(?i)[,;]\s*(?:or\s+)?all\s+of\s+them\s*,?\s*(?:or(?:\s+not)?|or\s+what)?\s*\??\s*$",
        "?",
    ),  # "... was she at, all of them or": a guess at the answer, which the answer gives
    (
        ("zhongguo",),
        r"(?i)\bzhongguo\s+banquan\s+xiehui\b",
        "Copyright Society of China",
    ),  # pinyin for the Copyright Society of China (中国版权协会)
    (("banquanju",), r"(?i)\b(?:guojia\s+)?banquanju\b", "NCAC"),  # 国家版权局, the NCAC
    (("banquan",), r"(?i)\bbanquan\b", "copyright"),  # 版权, "the banquan training"
    (("yinzhuxie",), r"(?i)\byinzhuxie\b", "MCSC"),  # 音著协, the music society
    (("yinjixie",), r"(?i)\byinjixie\b", "CAVCA"),  # 音集协, the audio-video association
    (("wenzhuxie",), r"(?i)\bwenzhuxie\b", "CWWCS"),  # 文著协, the written works society
    (("yidai",), r"(?i)\byidai\s+yilu\b", "Belt and Road"),  # 一带一路
    (("xiehui",), r"(?i)\bxiehui\b", "association"),  # 协会
    (("till", "until"), r"(?i)\bfrom\s+when\s+(?:till|until|to)\s+when\b", "when"),  # "from when
    # till when?": its dates
    (
        ("sometime", "summer", "winter", "spring", "autumn"),
        r"(?i)[,;]\s*it\s+was\s+(?:in\s+)?(?:the\s+)?(?:summer|winter|spring|autumn|fall)"
        r"(?:\s+(?:sometime|i\s+think|maybe|probably))?\s*\??\s*$",
        "?",
    ),  # "what were the dates on that, it was summer sometime": a guess, the dates answer it
    (("mention",), r"(?i)\bmade\s+(?:a\s+)?mention\s+of\b", "mentioned"),  # "made mention of"
    (
        ("wrote", "notes", "noted", "written"),
        r"(?i)[,;]\s*(?:(?:that['\u2019]?s|that\s+is)\s+what\s+i\s+(?:wrote|have|had|noted|heard)"
        r"(?:\s+down)?|i\s+(?:had|have|wrote|noted)\s+(?:down\s+)?[\w.,%-]+(?:\s+[\w.,%-]+)?\s+in\s+"
        r"my\s+notes)\s*[?.!]*\s*$",
        "?",
    ),  # "..., that's what I wrote down", "..., I had seven in my notes": the reader's notes
    (("wait",), r"(?i)^\W*(?:oh\s+|hang\s+on\s+)?wait\b[,.!]*\s*", ""),  # a dictated "wait is 2023
    # the 40th anniversary ...": the question after it
    (
        ("similar", "something"),
        r"(?i)[,;]\s*[a-z'\u2019-]+(?:[\s-]+[a-z'\u2019-]+){0,3}\s+or\s+(?:similar|something(?:\s+like"
        r"\s+(?:that|it))?)\s*\??\s*$",
        "?",
    ),  # "... at the chengdu opening ceremony, yoo tsuh-kuh or similar": a name guessed by ear
    (("billed", "touted"), r"(?i)\b(?:billed|touted)\s+as\s+(?=the\b)", ""),  # "was 2023 billed as
    # the 40th anniversary": was 2023 the 40th anniversary
    (("row", "rows"), r"(?i)\b(copyright|legal|court|film|music|rights)\s+rows?\b", r"\1 dispute"),
    # a Briton's "which film copyright row": dispute
    (
        ("checking",),
        r"(?i)^\W*checking\s+(?:a|this|one|the)\s+(?:line|claim|fact|sentence|figure)\b[^:?]{0,80}:\s*",
        "",
    ),  # "Checking a line for tonight's bulletin: NCAC and WIPO ran ...": the line checked
    (
        ("got",),
        r"(?i)(?<![\s\u2013\u2014,;-])(?:\s*[-\u2013\u2014,;]\s*|\s+)have\s+i\s+got\s+(?:that|it|this)\s+(?:the\s+)?right(?:\s+way"
        r"\s+a?round)?\s*\?*\s*$",
        ", right?",
    ),  # "... - have I got that the right way round?": a claim to check
    (
        ("got",),
        r"(?i)^\s*have\s+i\s+got\s+(?:that|it|this)\s+(?:the\s+)?right(?:\s+way\s+a?round)?\s*\?*\s*$",
        "",
    ),  # the same check standing alone (a clause after " - "): nothing asked
    (
        ("which", "what"),
        r"(?i)^(\W*)(?:which|what)\s+(was|is|were|are)\s+(the\s+(?:[a-z]+\s+)?(?:expert|speaker|"
        r"lecturer|official|person|man|woman|lady|gentleman|representative|delegate|professor|"
        r"lawyer|panelist|presenter)s?)\s+(?=(?:that|who|which)\s)",
        r"\1who \2 \3 ",
    ),  # "which was the expert that gave the lecture on ...": who (Spanish "cual")
    (("cent",), r"(?i)\bper\s+cent\b", "percent"),  # "what per cent": percent
    (("%",), r"(?<=\d)[ \t]+%", "%"),  # "7.14 % of the GDP": 7.14%
    (
        ("referred",),
        r"(?i)(?<=\w)\s+(?:which|that)\s+(?:(?:ms|mr|mrs|dr)\.?\s+)?[a-z][\w-]*(?:\s[a-z][\w-]*)?\s+"
        r"referred\s+to\s*(\?*)\s*$",
        r"\1",
    ),  # "the Memorandum of Cooperation which Ms Liu referred to?": the memorandum
    (
        ("tama", "diba"),
        r"(?i)(?<=\w)[,\s]+(?:diba|tama\s+(?:po|ba)(?:\s+ba)?)\s*\?*\s*$",
        ", right?",
    ),  # Taglish "... grew 27% in 2024 diba?", "..., tama po?": a claim to check
    (("ba", "po"), r"(?i)(?<=\w)\s+(?:ba|po)(?=\s*\?+\s*$)", ""),  # Taglish "... in 2021 ba?"
    (("ma'am", "sir", "maam"), r"(?i)^\W*(?:ma['\u2019]?am|sir)\b[\s,]*", ""),  # "ma'am what % ..."
    (
        ("who",),
        r"(?i)^(\W*(?:was|is|were|are)\s+[A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*){0,2}),\s*who\s+[^,?]{3,120},\s*"
        r"(?=(?:the|a|an)\s(?!same\b))",
        r"\1 ",
    ),  # "Was Jia Ding, who spoke about AI music at the roundtable, the Vice Chairman of
    # ...?": who he is, between commas, is not what is asked
    (("point", "points"), r"(?i)\bpercent\s+points?\b", "percentage points"),  # "change how
    # many percent point from 2017 to 2023": percentage points
    (
        ("wish", "know"),
        r"(?i)^\W*(?:we|i)\s+(?:wish|would\s+like|want|need)\s+to\s+(?:know|learn|find\s+out)\s+"
        r"(?!(?:who|what|which|when|where|how|whether|if|why)\b)",
        "what is ",
    ),  # East African formal English: "We wish to know total number of copyright
    # registrations in 2024": what is it
    (
        ("bet", "way", "sure"),
        r"(?i)^\W*(?:so\s+)?(?:i\s+bet|bet|no\s+way|pretty\s+sure|i['\u2019]?m\s+pretty\s+sure)\s+(?:that\s+)?"
        r"(?=\w)",
        "is it true that ",
    ),  # a sceptic's "bet MCSC made like a billion", "no way 29 countries signed that": a
    # claim to check
    (
        ("lol", "obv", "bet", "assume", "reckon", "lmao"),
        r"(?i)(?<=\w)[\s,]+(?:lol|lmao|obv|i\s+bet|i\s+assume|i\s+reckon)\b\W*$",
        "?",
    ),  # "... big corps obv", "... 100+ ppl in the room i assume": the claim asked
    (
        ("headed", "led", "chaired", "directed"),
        r"(?i)^\W*(?:is\s+it\s+(?:true|correct|right|accurate)\s+that\s+)?(the\s+[^?]{3,80}?)\s+(?:is|was)"
        r"\s+(?:headed|led|chaired|directed)\s+by\s+([^?,]{3,40}?)\s*\?+\s*$",
        r"is \2 the head of \1?",
    ),  # "Is it true that the Chengdu Municipal Copyright Administration is headed by Shi
    # Jiang?": is Shi Jiang its head
    (
        ("wish", "know"),
        r"(?i)^\W*(?:we|i)\s+(?:wish|would\s+like|want|need)\s+to\s+(?:know|learn|find\s+out)\s+"
        r"(?=(?:who|what|which|when|where|how|why)\b)",
        "",
    ),  # "We wish to know who organised the Chengdu forum": who organised it
    (("true",), r"(?i)^(\W*)is\s+true\s+(?:that\s+)?", r"\1is it true that "),  # Spanish "es
    # verdad que": "is true the Beijing treaty was ...": is it true that
    (("together",), r"(?i)\bmade\s+together\b", "did together"),  # "which projects WIPO and
    # NCAC made together": what they did together
    (("eh", "oi"), r"(?i)^\W*(?:eh|oi)\b[\s,]*", ""),  # Singlish: "eh the ... training"
    (
        ("ah", "lah", "leh", "lor", "meh"),
        r"(?i)(?<=\w)\s+(?:ah|lah|leh|lor|meh)\b(?=\s*(?:[?.!,]|$))",
        "",
    ),  # Singlish particles: "is which date ah?": is which date?
    (("tell",), r"(?i)(?:^\W*|[,.?!]\s*)can\s+tell\s+me\W*$", "?"),  # Singlish "... can tell me"
    (
        ("strictly",),
        r"(?i)(?:,\s*)?\bstrictly(?:\s+speaking|\s+as\s+(?:written|stated|reported|given|the\s+"
        r"(?:report|article|text|interview)\s+(?:says|states|gives|puts\s+it)|it\s+(?:is|was)\s+"
        r"(?:written|stated|reported))|(?=\s+from\b))\b,?",
        "",
    ),  # a compliance officer's "strictly speaking", "strictly as written": the fact as given
    (
        ("so", "which", "i.e.", "that"),
        r"(?i)(?<=\w),\s*(?:so|which\s+(?:is|was|makes|made|meant|means)|i\.e\.|that\s+is)\s+"
        r"(?=(?:about\s+|around\s+|roughly\s+|some\s+)?\d)",
        ", and ",
    ),  # "made 8.48 trillion of added value, so 7.14% of the GDP?": a second figure, checked
    (("-like",), r"(?i)\b[a-z]+-like\s+(?=[a-z])", ""),  # "the SACEM-like society MCSC": MCSC
    (("check", "checked", "checks"), r"(?i)\bname[\s-]?check(?:ed|s)?\b", "cited"),  # "the
    # two hit titles she name checked": cited
    (("occupation",), r"(?i)\b(?:gdp\s+)?occupation\s+(?:ratio|rate|share)\b", "GDP share"),
    # Korean English "the copyright industry's GDP occupation ratio": its share of GDP
    (
        ("became",),
        r"(?i)\bbecame\s+(?=(?:signed|concluded|adopted|held|founded|established|ratified|"
        r"effective|organi[sz]ed)\b)",
        "",
    ),  # "which year did the memorandum became signed": was signed
    (
        ("else",),
        r"(?i)(?<=\?)\s+[^?\s][^?]{2,80}?\s+(?:and|&|\+|n)\s+what\s+else\s*\?*\s*$",
        "",
    ),  # "what joint projects have they run? copyright gold award and what else": the one
    # the reader knows, after the question that asks for them all
    (
        ("country", "countries"),
        r"(?i)\bfrom\s+which\s+countr(?:y|ies)\s+(?:did|do|were|was)\s+((?:[\w-]+\s+){0,6}?"
        r"(?:representatives?|delegates?|delegations?|participants?|guests?|officials?|"
        r"attendees?|people))\s+(?:come|came|coming)\b",
        r"which countries sent \1",
    ),  # "from which country did CMO representatives come to the forum": not where it was
    (
        ("country", "countries"),
        r"(?i)\b((?:[\w-]+\s+){0,6}?(?:representatives?|delegates?|delegations?|participants?|"
        r"guests?|officials?|attendees?))\s+(?:from|of)\s+which\s+countr(?:y|ies)\s+"
        r"(?:came|come|were|was|attended)\b",
        r"which countries sent \1",
    ),  # "CMO representative from which country came to Chengdu forum?"
    (
        ("appreciate", "realise", "realize", "understand", "gather", "suspect", "imagine"),
        r"(?i)\s[-\u2013\u2014]+\s+(?:and\s+|though\s+|but\s+)?I\s+(?:appreciate|realise|realize|"
        r"understand|know|gather|suspect|imagine|accept)\b[^?\u2013\u2014]{0,150}?\s[-\u2013\u2014]+\s",
        " ",
    ),  # "Could you tell me - and I appreciate the article may not say - on what date ...": an
    # aside between dashes about what the reader knows
    (
        ("presume", "believe", "think", "gather", "suppose", "assume", "imagine", "reckon"),
        r"(?i)\((?:[^()]{0,80}?,\s*)?I\s+(?:presume|believe|think|gather|suppose|assume|imagine|"
        r"expect|reckon)\s*\)",
        "",
    ),  # "what added value was recorded (in renminbi, I presume)": an aside in brackets
    (
        ("realiz", "realis"),
        r"(?i)\breali[sz](?:e|ed|es|ing)\b(?=\s+(?:together\s+)?(?:with\s+\w+\s+)?(?:the|an?)\s+"
        r"(?:[\w-]+\s+){0,4}?(?:conference|forum|training|roundtable|event|meeting|seminar|expo)\b)",
        "held",
    ),  # Portuguese "realizar": "China realized together with WIPO the Diplomatic Conference"
    (("percentual",), r"(?i)\bin\s+percentual\b", "in percent"),  # Portuguese "percentual"
    (("defended",), r"(?i)\bdefended\s+that\b", "said that"),  # "defender que": argued
    (("associates",), r"(?i)\bassociates\b", "members"),  # "associados": a society's members
    (("actually",), r"(?i)(?<=\S)\s+actually(?:\s*(\?+))?\s*$", r"\1"),  # "atualmente": now
    (
        ("participation",),
        r"(?i)\bparticipation\b(?=[^?]{0,60}\bGDP\b)",
        "share",
    ),  # "participação": "the participation of copyright industry in the GDP", its share
    (
        ("evolve",),
        r"(?i)^\W*how\s+(?:has\s+)?evolved\s+(the\s+[^?]{3,80}?)\s+(?=from\s+\d{4}\b)",
        r"how did \1 change ",
    ),  # "how evolved the share of X from 2017 until 2023": how did it change
    (("until",), r"(?i)\bfrom\s+(\d{4})\s+until\s+(\d{4})\b", r"from \1 to \2"),
    (
        ("commemorated", "celebrated", "marked"),
        r"(?i)\b(was|were)\s+(?:commemorated|celebrated|marked)\s+(which|what)\s+(\w+)\b",
        r"\2 \3 \1 marked",
    ),  # "In 2023 was commemorated which anniversary": which anniversary was marked
    (
        ("approved",),
        r"(?i)\bapproved\s+(?=the\s+(?:[\w-]+\s+){0,4}?treaty\b)",
        "adopted ",
    ),  # "the Diplomatic Conference that approved the Beijing Treaty": adopted it
    (("th",), r"(?i)\bhow\s+many[\s-]?th\b", "which"),  # "year 2023 is how many-th
    # anniversary?" (Korean "myeot beonjjae", Chinese "di ji"): which anniversary
    (
        ("whole",),
        r"(?i)\b(china|the\s+country|the\s+nation)(?:\s+as\s+a)?\s+whole\b",
        r"\1",
    ),  # "china whole and developed region like Beijing": China as a whole
    (
        ("cap",),
        r"(?i)^\W*no\s+cap\b[\s,]*|(?<=[^\s,])[\s,]+no\s+cap\W*$",
        "",
    ),  # "no cap was the beijing treaty ...": slang for "honestly"
    (
        ("curious", "wondering"),
        r"(?i)^\W*(?:(?:lowkey|highkey|ngl|tbh|bro|bruh|so|just)\s+)*(?:i['\u2019]?m\s+|i\s+am\s+)?"
        r"(?:kinda\s+|really\s+)?(?:curious|wondering)\s+(?:about\s+)?(?=how|what|which|who|when|"
        r"where|whether|if)\b",
        "",
    ),  # "lowkey curious how much the written works copyright society made"
    (
        ("held", "signed", "founded", "established", "adopted", "organi", "launched", "opened"),
        r"(?i)\b(was|were)\s+((?:in|on|at)\s+[^,?]{2,30}?)\s+(held|signed|founded|established|"
        r"adopted|organi[sz]ed|launched|opened)\b",
        r"\1 \3 \2",
    ),  # German order: "This conference was in November 2018 held, correct?"
    (
        ("promoted", "signed", "ratified", "adopted", "organi", "visited", "attended", "joined"),
        r"(?i)\b(have|has|had)\s+((?:together\s+)?(?:the|a|an|their|its)\s+[^,?]{3,120}?)\s+"
        r"(promoted|signed|ratified|adopted|organi[sz]ed|held|visited|attended|joined|"
        r"established|launched|concluded)\b(?=\W*$|\s*[.?!,])",
        r"\1 \3 \2",
    ),  # German order: "WIPO and NCAC have together the entry-into-force of ... promoted."
    (("resp",), r"(?i)\bresp\.?\s+(?=[a-z])", "or "),  # German "bzw.": "ratified resp. acceded"
    (
        ("so",),
        r"(?i)\b(is|was)\s+(this|that|it)\s+so\s+(correct|right|true|accurate)\b",
        r"\1 \2 \3",
    ),  # German "stimmt das so?": "Is this so correct?"
    (
        ("till", "until"),
        r"(?i)\bfrom\s+which\s+(date|day)\s+(?:till|until|to)\s+which\s+(?:date|day)\b",
        r"on which \1s",
    ),  # "from which date till which date it was held": its dates
    (("%",), r"(?<![\d,.])(\d{1,3}),(\d{1,2})\s*%", r"\1.\2%"),  # a decimal comma: "7,41 %"
    (("-",), r"\b((?:19|20)\d\d)-(?=[a-z]{3,})", r"\1 "),  # "the national 2017-value"
    (
        ("side",),
        r"(?i)^\W*([A-Z][a-z]+)\s+side\s+(was|were)\s+(present|represented)\b",
        r"\2 \1 \3",
    ),  # "Kazakhstan side was present on Belt and Road forum or no?"
    (("whilst",), r"(?i)\bwhilst\b", "while"),  # British
    (("come",), r"(?i)\btravel(?:led)?\s+come\b", "came to"),  # Pidgin "officials travel come
    # chengdu": came to
    (
        ("up on",),
        r"(?i)\b(?:was|is)\s+(?:that|it|this)\s+up\s+on\s+the\s+(?=(?:year|previous\s+year)\s+"
        r"before\b|previous\s+year\b|prior\s+year\b)",
        "did it grow over the ",
    ),  # "by what percentage was that up on the year before": grew over it (British)
    (("occasions",), r"(?i)\bon\s+both\s+occasions\b", "at both"),  # "the same lady on both"
    (("annum",), r"(?i)\bper\s+annum\b", "a year"),  # "how many members per annum"
    (
        ("title",),
        r"(?i)\bits\s+(?:formal|official|full|proper)\s+title\b",
        "its name",
    ),  # "a diplomatic conference - could you tell me its formal title": its name
    (
        ("referred", "mentioned", "cited"),
        r"(?i)^\W*(?:(?:Ms|Mr|Mrs|Dr|Madame|Madam|Prof)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+"
        r"(?:referred\s+to|mentioned|cited)\s+(?:an?|the)\s+(?=[^?]{3,80}?\s[-\u2013\u2014]+\s+"
        r"(?:was|is|were|are|did|does|has|had)\b)",
        "the ",
    ),  # "Ms Liu referred to a Memorandum of Cooperation - was that signed in 2013?": of it
    (
        (" g ",),
        r"(?i)\b([2-6])\s+g\b(?=\s+(?:era|network|networks|age|technology|phones?)\b)",
        r"\1G",
    ),  # "the 4 g era", as speech-to-text writes 4G
    (("supposed",), r"(?i)\b(?:was|were|is|are)\s+(the\s+[\w\s]{1,40}?)\s+supposed\s+to\s+(?=run|"
     r"last|take|go)", r"did \1 "),  # "how many days was the training supposed to run"
    (("videogame", "videogames"), r"(?i)\bvideogame(s?)\b", r"video game\1"),  # Spanish
    (
        ("blocs", "bloc", "groupings", "unions", "economies", "territories"),
        r"(?i)\b(countries|nations)\s*(?:or|and|/|&)\s*(?:blocs?|groupings?|unions?|economies|"
        r"territories)\b",
        r"\1",
    ),  # "with which countries or blocs did China negotiate FTAs": the partners, whichever
    (
        ("between",),
        r"(?i)\bbetween\s+the\s+(countries|nations|members|speakers|bodies|organi[sz]ations|"
        r"partners|participants|lecturers|experts|treaties)\b(?=\s+(?:that|which|who|with|of)\b)",
        r"among the \1",
    ),  # Spanish "entre": "Mexico is between the countries that have ...": among them
    (
        ("true",),
        r"(?i)(?<=[^\s,])(?:[,\s]+is\s+|\s*[-\u2013\u2014,]\s*)true\s*\?+\s*$",
        ", right?",
    ),  # "..., is true?", "... - true?": a claim to check
    (
        ("claims", "claim"),
        r"(?i)^(?!\W*(?:did|does|do|has|have|had|is|was|were|are|can|could|will|would|didn)\b)"
        r"(\W*[\w.&-]+(?:\s[\w.&-]+)?)\s+claims\s+(?!to\b|of\b|about\b|on\b|by\b|were\b|was\b|"
        r"is\b|are\b|that\s+were\b|and\b|,)",
        r"\1 says ",
    ),  # "NCAC claims china's copyright industry is above ...": what NCAC says
    (
        ("assisted", "assist", "assists", "assisting"),
        r"(?i)\bassist(?:ed|s|ing)?\s+(?:to|at)\s+(?=(?:the|a|an|which|what|this|that|these|those|"
        r"any|all|both|some|every|\d)\b)",
        "attended ",
    ),  # Spanish "asistir a": "Zhao Xiuling assisted to which events?": attended (not "assist
    # to bring": help)
    (
        ("city",),
        r"(?i)\b(of)\s+(?!(?:which|what|that|this|the|a|an|each|every|same|host|home|"
        r"one|any|his|her|their|its)\s)([a-z]+)\s+city\b(?!\s+(?:of|government|bureau)\b)",
        r"\1 \2",
    ),  # "the copyright administration of Chengdu city": of Chengdu
    (
        ("as",),
        r"(?i)\bas\s+(?:was\s+)?(?:mentioned|stated|said|reported|announced|highlighted)\s+"
        r"(?=(?:at|in|during)\s+the\b)",
        "as noted ",
    ),  # "2023 was the 40th anniversary, as mentioned at the Shanghai meeting?": where it was
    # noted, no speaker asked for
    (
        ("same",),
        r"(?i)\b(?:out\s+(of\s+)the\s+same\b|(of\s+)?the\s+same\b(?=\s*(?:$|[?.!,;:)]|(?:with|by|"
        r"in|for|at|on|from|and|or|to|was|is|were|are|held|organi[sz]ed)\b)))",
        r"\1\2it",
    ),  # Indian English "the dates of the same", "co-organised the same with whom": it
    (("all",), r"(?i)\b(what|which)\s+all\b(?!\s+(?:of|the)\b)", "which"),  # "what all
    # bodies": which bodies
    (("till", "date"), r"(?i)\b(?:till|until|up\s+to)\s+date\b", "so far"),  # "till date"
    (
        ("person",),
        r"(?i)\bin[\s-]+person\b(?!\s+(?:of|named|called|who|whom|whose)\b)",
        "onsite",
    ),  # "was the Xiamen training in person or online?": on site, never "which person"
    (
        ("conference", "conferences"),
        r"(?i)\b(gave|give|gives|giving|given|deliver(?:ed|s|ing)?|offer(?:ed|s|ing)?|"
        r"present(?:ed|s|ing)?)\s+((?:the|a|an|his|her|their|this|that)\s+)?conference(s?)\b"
        r"(?=\s+(?:about|on|regarding|concerning|in|at)\b)",
        r"\1 \2lecture\3",
    ),  # "the expert that gave the conference about film rights" (Spanish "conferencia"): a
    # lecture
    (("possibly",), r"\b((?:could|can|would|might|will)\s+you)\s+possibly\b", r"\1"),  # "Could
    # you possibly tell me ...": could you tell me
    (
        ("time",),
        r"\b(at|by|in)\s+(?:the\s+)?time\s+of\s+(?=(?:the|that|this)\b|[a-z0-9]+(?:\s[a-z0-9]+)?\s"
        r"(?:training|forum|roundtable|meeting|course|event|conference)\b)",
        r"\1 ",
    ),  # "her post at time of the Chengdu forum": at the Chengdu forum
    (
        ("tell", "inform", "indicate", "specify", "clarify"),
        r"(?:^\W*|(?<=[,;:]\s))(?:(?:could|can|would|will|may)\s+you\s+(?:please\s+|kindly\s+)?|"
        r"(?:please|kindly|pls)\s+)(?:tell|inform|indicate|specify|clarify)(?:\s+(?:me|us))?\s+"
        r"(?=(?:what|which|who|whom|whose|when|where|why|how|on|in|at|from|for|with|by)\b)",
        "",
    ),  # "Could you kindly tell me why X said Y?": why X said Y; "As regards X, could you
    # indicate on which date ...": on which date ...
    (("located", "situated"), r"\b(?:located|situated)\s+(in|at)\b", r"\1"),  # "is situated
    # in Jiangsu": is in Jiangsu
    (
        ("big", "large"),
        r"\bhow\s+(?:big|large)(?=\s+(?:is|was|are|were)\s+(?:\S+\s+){0,5}?membership\b)",
        "how many",
    ),  # "how big is MCSC's membership": how many members
    (
        ("ask",),
        r"\b(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|(?:i|we)\s+(?:want|wanted|"
        r"would\s+like|'d\s+like|d\s+like)\s+to\s+|let\s+me\s+)ask\b(?!\s+for\b)",
        "tell me",
    ),  # "can you ask who spoke at Chengdu", "I want to ask ...": the reader asks, nobody said
    (
        ("ask",),
        r"(?<!\bi\s)(?<!\bwe\s)(?<!\byou\s)\bask(?:ed|s|ing)?\s+for\s+(?:more|closer)\b",
        "called for closer",
    ),  # "why did X ask for more cooperation": what X called for
    (("base",), r"\b(membership|member|members)\s+base\b", r"\1"),  # "its membership base"
    (("english",), r"\benglish\s+(title|titles|name|names)\b", r"\1"),  # "her English title"
    (("english",), rf",?\s*{AS_IN_ENGLISH}", ""),  # "X's title, as rendered in English?"
    (("longer",), r"\bno\s+longer\b", "not"),  # "will no longer be limited to": not
    (("late",), r"\bof\s+late\b", "recently"),  # "how much has it grown of late"
    (("moment",), r"\bat\s+the\s+moment\s+of\b", "at the time of"),  # "at the moment of X"
    (("first",), r"\b(?:biggest|largest|highest|top)\s+first\b", ""),  # "rank them, biggest first"
    (("conclusion", "close"), r"\bat\s+(?:its|the)\s+(?:conclusion|close)\b", ""),  # "awarded
    # certificates at its conclusion": when, not what is asked
    (("outside",), r"\boutside\s+(experts?|speakers?|lecturers?)\b", r"invited \1"),
    (
        ("end",),
        r"\bat\s+the\s+end\s+of\s+(?:it|that|(?:the\s+)?(?:course|training|session|programme|"
        r"program|formation))\b",
        "",
    ),  # "did they get certificates at the end of the course": when, not what was asked
    (("supposed",), r"\bsupposed\s+to\s+be\b(?=\s*(?:[?,.;:]|$|in\b|for\b|at\b))", ""),
    # "what is that supposed to be?": what it is; not "when is it supposed to be done"
    (("touch",), r"\btouch(?:ed|es|ing)?\s+(?:up)?on\b", "cover"),  # "did it touch on AI"
    (("school",), r"\bold[\s-]*school\b", "traditional"),  # "old-school income": traditional
    # Spanish readers' false friends, each only where the English word cannot mean its own:
    (("charge",), r"\b(which|what|his|her|their|its|the|same|other)\s+charge(s?)\b", r"\1 post\2"),
    (
        ("charge", "charged", "charges", "charging"),
        r"(?<!\bin\s)\bcharg(?:e|es|ed|ing)\b(?!\s+(?:of|with)\b)",
        "fee",
    ),
    # "what did the training charge participants": a fee, not "who is in charge of"
    (
        ("assist",),
        r"\bassist(s|ed|ing)?\s+(?:at\b|to\s+(?=(?:the|a|an|this|that|these|those)\b))",
        r"attend\1 ",
    ),  # "asistir a": "assisted to the forum", not "assist SMEs to bring ..."
    (
        ("assist",),
        r"\bassist(s|ed)?\s+and\s+(?=spoke|made|gave|delivered|addressed)",
        r"attend\1 and ",
    ),
    (("function",), r"\b(which|what|his|her|their|its)\s+functions?\b", r"\1 post"),  # "função"
    (
        ("function",),
        r"\bthe\s+function(s?)\s+of\s+(?=(?:madame|madam|mme|mr|mrs|ms|dr|prof|professor|"
        r"monsieur)\b|(?-i:[A-Z][a-z]))",
        r"the post\1 of ",
    ),  # "the function of Madame Sylvie Forbin" (not "the function of WIPO", its purpose)
    (
        ("amount", "figure", "sum", "number"),
        r"\b(more|less|higher|lower|bigger|larger|smaller)\b([^?]{0,200}?),?\s+and\s+(?:with\s+|by\s+)?"
        r"(?:which|what)\s+(?:amounts?|figures?|sums?|numbers?)(?=\W*$)",
        r"\1\2",
    ),  # "which earned more, X or Y, and with which amounts?": the comparison gives both
    (("data",), r"\b(in|on|at)\s+(which|what)\s+data\b", r"\1 \2 date"),  # "in which data":
    # a Portuguese reader's "data", a date
    (("force",), r"\b(enter|entered|enters|entering|entry)\s+in\s+force\b", r"\1 into force"),
    (("for",), r"(?<=\S)\s+and\s+for\s+(?=\w)", " and "),  # "for trading and for registered works"
    (("inside",), r"\b(position|posts?|titles?|roles?|job)\s+inside\b", r"\1 at"),
    (
        ("with",),
        r"((?<![\d.,])\d[\d.,]{0,20}[ \t]?(?:%|thousand|million|billion|trillion|yuan|rmb)?"
        r"[^,;?\d]{0,40}?),?"
        r"\s+with\s+(?=(?:(?:a|an|its|the|their)\s+(?:[a-z-]+\s+){0,3}?)?"
        r"(?:over|more\s+than|about|around|some|nearly|almost)?\s*\d)(?!(?:19|20)\d\d\b)",
        r"\1 and ",
    ),  # "topped 100 million yuan in 2018 with 17,000 works registered": two figures stated
    (
        ("which",),
        r"(?<=\S),\s*which\s+(?:was|is|were|made\s+up|accounted\s+for|represented|amounted\s+"
        r"to|equals?|equalled|equaled)\s+(?=(?:about\s+|around\s+|roughly\s+)?~?\d)",
        ", ",
    ),  # "8.48 trillion, which was 7.14% of GDP": a second figure stated
    (
        ("discourse", "speech"),
        r"\b(?:made|gave|give|gives|giving|delivered|deliver|delivers)\s+(?:a\s+|the\s+)?"
        r"(?:discourses?|speech(?:es)?)\b",
        "spoke",
    ),  # "who from NCAC gave a speech at Xiamen": who spoke there
    (("celebrat",), r"\b(was|were|is|are)\s+celebrated\s+(?=the\b|a\b|an\b)", r"\1 held "),
    # "when was celebrated the forum" (not "the anniversary was celebrated in 2023")
    (("celebrat",), r"\b(was|were)\s+celebrated(?=\s+and\b|\s*[,?]|\s*$)", r"\1 held"),
    # "in which city was celebrated and who hosted it" (a Spanish turn): held
    (("is true",), r"^\W*(?:and\s+)?is\s+true\s+(?:that\s+)?(?=\w)", "is it true that "),
    # "is true that the 2023 was ..." (a Spanish reader drops "it"): is it true that
    (
        ("assist",),
        r"\bassist(?:ed|s)?\s+(?:to\s+|at\s+)?(?=(?:the|a|an|this|that)\s+(?:[\w-]+\s+){0,4}?"
        r"(?:training|forum|roundtable|conference|course|meeting|expo|event|seminar)s?\b)",
        "attended ",
    ),  # "100 participants assisted the Xiamen training" (Spanish "asistir"): attended it
    (("durat",), r"\bdurat(?:ed|es)\b", "lasted"),  # "the forum durated from 2 to 4"
    (("proper",), r"\bproper\s+(name|title)(s?)\b", r"full \1\2"),  # "her proper name"
    (("shots",), r"\bcall(?:ed|ing|s)?[ \t]+the[ \t]+shots[ \t]+(?:on|at|for)\b", "organized"),
    (("shots",), r"\bcall(?:ed|ing|s)?[ \t]+the[ \t]+shots\b", "organized"),  # a columnist's
    # "who called the shots on that training": who organized it
    (("bell",), r"\b(?:rang|ring|rung|rings|ringing)[ \t]+the[ \t]+bell\b", "opened"),  # "who rang
    # the bell at the training": who opened it
    (("beef",), r"\bbeef(?:ed|ing|s)?[ \t]+up\b", "strengthen"),  # "what areas is it to beef up"
    (("supposed",), r"\b(is|are)[ \t]+(it|they)[ \t]+supposed[ \t]+to\b", r"will \2"),
    (
        ("shop",),
        r"\bwhere[ \t]+did[ \t]+([^?,;]{3,80}?)[ \t]+set[ \t]+up[ \t]+shop\b",
        r"where was \1 held",
    ),  # "where did the 2021 edition set up shop": where it was held
    (
        ("land",),
        r"\bwhere[ \t]+did[ \t]+([^?,;]{3,80}?)[ \t]+land\b(?![ \t]+(?:in|on|at)\b)",
        r"where was \1 held",
    ),  # "where did the Belt and Road copyright forum land": where it was held
    (
        ("arrived",),
        r"\bfrom[ \t]+(which|what)[ \t]+(\w+)[ \t]+arrived\b",
        r"from \1 \2 came",
    ),  # "from which countries arrived the officials" (an Italian order): came; not "which
    # percent had arrived" (reached)
    (("continued",), r"\b(it|they)[ \t]+continued[ \t]*(?=\?|$)", r"\1 lasted"),  # "from
    # which date until which date it continued?" (a Turkish order): it lasted
    (("needle",), r"\bmove[ds]?[ \t]+the[ \t]+needle\b", "change"),  # "how much did X move the
    # needle between 2017 and 2021": change
    (("drop",), r"\bname[ \t-]?drop(?:ped|ping|s)?\b", "mention"),  # "name-drop at the roundtable"
    (
        ("going by",),
        r",?[ \t]*going[ \t]+by[ \t]+(?:the[ \t]+|that[ \t]+)?[^,?;]{2,60}?[ \t-]+(?:write-?up|"
        r"piece|article|story|report|coverage)\b",
        "",
    ),  # "..., going by the Shanghai training write-up?": which article, not what is asked
    (("lion",), r"\b(?:the[ \t]+)?lion'?s[ \t]+share[ \t]+(?=from\b)", ""),  # "how much was the
    # lion's share from karaoke": how much was from karaoke
    (
        ("of wipo", "of the wipo", "of woc"),
        r"\bthe[ \t]+(roundtable|training|forum|meeting)([ \t]+(?:19|20)\d\d)?[ \t]+of[ \t]+"
        r"(?:the[ \t]+)?(WIPO(?:[ \t]+Office)?(?:[ \t]+in)?[ \t]+China|WOC)\b",
        r"the\2 \3 \1",
    ),  # "spoke in the roundtable 2025 of WIPO China" (a Spanish order): its roundtable,
    # not its people
    (("economy",), r"\b(?:whole|entire|overall|total)[ \t]+economy\b", "economy"),  # "a piece
    # of china's whole economy": of its economy (its GDP)
    (
        ("abroad", "overseas"),
        r"\bwhat[ \t]+(china|the[ \t]+country)[ \t]+sells?[ \t]+(?:abroad|overseas)\b",
        r"\1's exports",
    ),  # "some share of what china sells abroad": of its exports
    (
        ("collective management",),
        r"\b(?:societies|organi[sz]ations|entities|bodies)[ \t]+of[ \t]+collective[ \t]+"
        r"management\b",
        "collective management organizations",
    ),  # "societies of collective management" (a Spanish order): CMOs
    (
        ("that said", "who said", "that claimed", "that warned", "that argued"),
        r"^\W*who[ \t]+(?:was|is)[ \t]+the[ \t]+([a-z]+)[ \t]+(?:that|who)[ \t]+"
        r"(said|claimed|warned|argued|noted|stated)\b",
        r"which \1 \2",
    ),  # "who was the CEO that said piracy became ...": which CEO said it
    (("contrib",), r"\bgdp[ \t]+contrib(?:ution|s)?\b", "share of GDP"),  # "copyright GDP
    # contrib 2017": its share of GDP
    (("the year",), r"\b(in|of|for|during)[ \t]+the[ \t]+year[ \t]+((?:19|20)\d\d)\b", r"\1 \2"),
    # "the training of the year 2022" (a Spanish or Italian turn): of 2022, a year it names
    (
        ("itself",),
        r"\b(training|forum|roundtable|meeting|conference|event|expo|course)[ \t]+itself\b",
        r"\1",
    ),  # Indian English: "participated in the Shanghai training itself": in the training
    (("only",), r"\b((?:19|20)\d\d)[ \t]+only\b(?![ \t]+(?:one|once|two|three|year))", r"\1"),
    # Indian English: "the revenue of MCSC for 2024 only": for 2024
    (
        ("only",),
        r"\b(one|single|1)[ \t-]*day[ \t]+(program(?:me)?|event|training|course)[ \t]+only\b",
        r"a \1-day \2",
    ),  # Indian English: "was one day program only": a one-day program (what "only a
    # one-day event" is read as)
    (("na",), r"(?<=\w)[ \t]+na[ \t]*\?[ \t]*$", "?"),  # Indian English's tag: "... only na?"
    (
        ("other",),
        r"\b(by|with)[ \t]+([A-Za-z][\w.&'-]{0,30}(?:[ \t][\w.&'-]{1,30}){0,4}?)[ \t]+and[ \t]+"
        r"(which|what)[ \t]+other[ \t]+(\w+)(?:[ \t]+also)?",
        r"\1 \3 \4 besides \2",
    ),  # "conducted by NCAC and which other body also?": which body besides NCAC
    (
        ("same",),
        r"(?<![\w'])(?:and\s+)?(where|when)\s+same\s+(was|were|is)\b",
        r"and \1 \2 it",
    ),  # Indian English: "at which conference and when same was held": when it was held
    (
        ("same",),
        r"(?<=[,;]\s)same\s+(was|were|is)\s+held\s+(where|when)(?:\s+and\s+(where|when))?",
        r"\2 \3 was it held",
    ),  # "the roundtable, same was held where and when": where and when was it held
    (("realiz", "realis"), r"\b(was|were|it\s+was)\s+(?:it\s+|they\s+)?reali[sz]ed\b", r"\1 held"),
    (("realiz", "realis"), r"\breali[sz]ed\s+(the|a|its|their)\b", r"held \1"),
    (
        ("realiz", "realis"),
        r"\breali[sz]es?\s+(?=the\s+(?:[\w-]+\s+){0,4}?(?:training|forum|roundtable|"
        r"conference|course|meeting|expo|workshop)\b)",
        "hold ",
    ),  # a Spanish reader's "realizar": "was realized the training", "did the WIPO office
    # realize the roundtable": held, hold
    (
        ("lecture",),
        r"\b(?:made|make|makes|making)\s+(?=(?:the\s+|a\s+)?(?:[\w-]+\s+)?lectures?\b)",
        "gave ",
    ),  # a French reader's "faire": "who has made the first lecture": gave it
    (
        ("together", "jointly"),
        r"\b(?:reali[sz]ed|carried\s+out|conducted)\s+(?:jointly|together)\b",
        "cooperated on",
    ),  # "the projects WIPO and NCAC have realised together": cooperated on
    (
        ("following",),
        r"(?:^|(?<=[\s,]))following\s+((?:ms|mr|mrs|dr|madam|madame|monsieur)\.?\s+(?-i:[A-Z])[\w-]+|"
        r"(?-i:[A-Z])[\w-]+\s+(?-i:[A-Z])[\w-]+)(?=\s*[,?]|\s*$)",
        r"according to \1",
    ),  # French "suivant": "Following Sylvie Forbin, how many ...", "..., following Ms. Liu?"
    (
        ("cabinet",),
        r"\b(?:cabinet\s+of\s+lawyers|lawyers['\u2019]?\s+cabinet|law\s+cabinet|cabinet)\b",
        "law firm",
    ),  # French "cabinet d'avocats": a law firm
    (
        ("the other", "and one"),
        r"(?<=\w),\s+(?:the\s+)?one\s+(?:from\s+)?[^,?;]{1,60}?\s+and\s+(?:the\s+other|one)\s+"
        r"(?:from\s+)?[^,?;]{1,60}?,(?=\s)",
        "",
    ),  # "which two bodies, the one national and the other international, presented it?",
    # "which two officials, one from X and one from Y, attended": the two, described
    (
        ("the same",),
        r"\bthe\s+same\b(?=\s+(?:rise|rose|risen|grow|grew|grown|cover|covers|covered|come|came|"
        r"participate|participated|increase|increased|include|includes|included|reach|reached)\b"
        r"|\s*[?.!])",
        "it",
    ),  # Indian English "the same" for "it": "by what percentage did the same rise"
    (("uh", "um", "erm"), r"(?<=\w),?[ \t]+(?:uh+|um+|uhm|erm)\b,?(?=[ \t])", ""),  # "was,
    # uh, in Shanghai": a filler of speech mid-sentence
    (
        ("sorry", "i mean", "or rather"),
        r"\b(?P<kind>training|forum|roundtable|meeting|conference)[ \t]*[-\u2013\u2014,][ \t]*"
        r"(?:sorry|i[ \t]+mean|or[ \t]+rather),?[ \t]+the[ \t]+(?P<what>[\w-]+)[ \t]+one\b",
        r"\g<what> \g<kind>",
    ),  # "The 2021 training - sorry, the Xiamen one - what were the dates?": the 2021 Xiamen
    # training, corrected as it was said
    (
        ("stated to", "said to", "reported to", "noted to"),
        r"\b(was|were|is|are)[ \t]+(?:stated|said|reported|noted)[ \t]+to[ \t]+(?:fall|be|take"
        r"[ \t]+place)\b",
        r"\1",
    ),  # "which anniversary was stated to fall in 2023": which one was in 2023
    (
        ("that",),
        r"\b(memorandum(?:[ \t]+of[ \t]+(?:cooperation|understanding))?|treaty|agreement|mou|"
        r"convention)[ \t]+that[ \t]+[\w.' -]{2,40}?[ \t]+(?:referred[ \t]+to|mentioned|cited|"
        r"named|spoke[ \t]+of|talked[ \t]+about)(?:[ \t]+(?:at|in)[ \t]+[\w' -]{2,40}?)?"
        r"(?=[ \t]*[?,]|[ \t]*$)",
        r"\1",
    ),  # "when was the Memorandum of Cooperation that Liu Hua referred to at Xiamen in 2021
    # signed": the memorandum (the year is when she referred to it)
    (
        ("no wait", "wait no", "scratch that", "actually no"),
        r"(?:[ \t]*[-\u2013\u2014,][ \t]*|[ \t]+)(?:was|is)[ \t]+it[ \t]+[^?]{1,40}\?[ \t]*"
        r"(?:no[ \t]+wait|wait[ \t]+no|scratch[ \t]+that|actually[ \t]+no)[,.!]?[ \t]+",
        " - ",
    ),  # "... some anniversary - was it the 40th? No wait, which anniversary was it?": the guess
    # taken back, the question asked after it
    (("assisted",), r"\b(guests|people|persons|participants|delegates|attendees)[ \t]+assisted\b",
     r"\1 attended"),  # Spanish "asistir": "how many guests assisted": attended
    (("charge",), r"\b(which|what)[ \t]+charges?\b(?=[ \t]+(?:do|does|did|they|he|she)\b)",
     r"\1 post"),  # Spanish "cargo": "which charge they have there": which post
    (("coming",), r"\b(they|we|you)[ \t]+are[ \t]+coming\b(?![ \t]+(?:to|back|up)\b)", r"\1 come"),
    # "from which companies they are coming": they come from (Spanish "vienen")
    (("from which", "from what"), r"\bfrom[ \t]+(which|what)[ \t]+([\w-]+(?:[ \t]+[\w-]+)?)[ \t]+"
     r"(they|we|you)[ \t]+(?:come|are)\b", r"\1 \2 do \3 come from"),  # Spanish word order:
    # "from which companies they come": which companies do they come from
    (("from which", "from what"), r"\bfrom[ \t]+(which|what)[ \t]+([\w-]+(?:[ \t]+[\w-]+)?)[ \t]+"
     r"(he|she)[ \t]+(?:comes|is)\b", r"\1 \2 is \3 from"),
    (("in force",), r"\bentry[ \t]+in[ \t]+force\b", "entry into force"),  # Spanish "entrada
    # en vigor"
    (("missing",), r"\bwhat[ \t]+(?:is|was)[ \t]+missing[ \t]+for\b", "what is needed for"),
    # "what is missing for the entry into force": what it needs
    (("that moment",), r"\bin[ \t]+that[ \t]+moment\b", "at that time"),  # Spanish "en ese
    # momento"
    (("strength",), r"\bmembership[ \t]+strength\b", "membership"),  # "the membership
    # strength of the MCSC": its membership
    (("joint",), r"\bunder\s+the\s+joint\s+(?:hosting|organi[sz]ation|auspices|sponsorship)\s+"
     r"of\b", "co-hosted by"),  # "held under the joint hosting of the NCAC and WIPO"
    (("live",), r"\b(?:go|goes|went|gone|going)\s+live\b", "enter into force"),  # "what's
    # still needed for the Beijing Treaty to go live": to enter into force
    (("stack",), r"\b(?:stacks|stack|stacked|stacking)\s+up\b(?!\s+(?:against|to|with)\b)",
     "compare"),  # "how does China's copyright industry stack up internationally": compare
    (("arriv",), r"\b(?:arrives|arrive|arrived|arriving)\s+at\b", "reached"),
    # "the copyright industry arrives at which percentage": reaches
    (("between",), r"\bbetween\s+the\s+(lecturers|speakers|participants|experts|guests|attendees|"
     r"panelists|panellists|delegates)\b", r"among the \1"),  # French "parmi"/"entre"
    (("true",), r"^\W*it\s+is\s+true\s+that\b", "is it true that"),  # "It is true that X?"
    (
        ("since",),
        r"^\W*since\s+(which|what)\s+year\b(?=[^?]{0,80}?\b(?:signed|concluded|adopted|founded|"
        r"established|created|launched|started|began|begun|ratified|joined)\b)",
        r"in \1 year",
    ),  # French "depuis quelle année ... ont signé": when it was signed
    (
        ("gain",),
        r"\bgain(?:ed|s)?\s+(?=(?:(?:more\s+than|over|about|around|nearly|almost|roughly|some)\s+)?"
        r"(?:rmb\s+)?\d[\d.,]*\s*(?:million|billion|trillion|yuan|rmb)\b)",
        "earned ",
    ),  # "CAVCA has gained more than 4 billion yuan": earned (not "gained 11%": grew)
    (
        ("certificate",),
        r"\b(?:have|has|had)?\s*(?:obtained|received|got|gotten|earned)\s+(?:the\s+|a\s+|their\s+)?"
        r"certificates?\b",
        " were granted certificates",
    ),  # "how many participants have obtained the certificate": were granted them
    (
        ("recent", "latest", "last", "newest", "current"),
        r"\b(?:between|in|from)\s+((?:19|20)\d\d)\s+(?:and|with|to|against|versus|vs\.?)\s+(?:that\s+of\s+)?"
        r"(?:the\s+)?(?:most\s+recent|latest|last|newest|current)(?:\s+(?:year|figure|one|value))?"
        r"(?:\s+(?:reported|on\s+record|available|given))?",
        r"since \1",
    ),  # "changed between 2017 and the most recent year reported": since 2017
    (
        ("said", "says", "claimed", "reported", "stated", "noted"),
        r"(?<=\w),\s*((?:[\w.'\u2019-]+\s+){0,3}?[\w.'\u2019-]+)\s+(?:said|says|claimed|claims|"
        r"reported|reports|stated|states|noted|notes)\W*$",
        r", according to \1",
    ),  # "when did wipo and ncac sign their memo, liu hua said": what she said of it
    (
        ("00",),
        r"(?<=\S)[,;]?\s*\b(?:per|in|from|according\s+to)\s+(?:the\s+)?(?:article\s+|source\s+)?"
        r"00[0-4]\b",
        "",
    ),  # "what will NCAC's future work focus on per 002": the articles' file numbers, which
    # every answer's source names
    (
        ("hits",),
        r"\bhits\s+(?=(?:rmb\s+|about\s+|around\s+|over\s+|more\s+than\s+|nearly\s+)?\d)",
        "reached ",
    ),  # a headline's "value added hits RMB 8.48 trillion": reached (not "Chinese hits")
    (("stimmt",), r"^\W*stimmt\s+(?:it|es|that)?\s*(?:that|dass)?\b", "is it true that"),
    # a German reader's "Stimmt es, dass ...": whether so
    (
        ("much",),
        r"\bhow\s+much\s+(?=(?:participants|people|persons|members|countries|speakers|guests|"
        r"lecturers|attendees|works|registrations|treaties|organi[sz]ations)\b)",
        "how many ",
    ),  # "How much participants had the training": how many
    (("lay",), r"\bhow\s+high\s+lay\b", "how high was"),  # German "lag": was
    (("diff",), r"\ba\s+diff\b", "a different"),  # "a diff title": different
    (
        ("strong", "big", "large"),
        r"\bhow\s+(?:strong|big|large)\s+(?=(?:is|was|are|were)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?"
        r"growth\b)",
        "how much ",
    ),  # "how strong is the yearly member growth": how much it grows
    (("sub",), r"\bsub[\s-]+director\b", "deputy director"),
    (("vigo",), r"\b(enters?|entered|come|comes)\s+in(?:to)?\s+vigou?r\b", r"\1 into force"),
    (("vigo",), r"\bin\s+vigou?r\b", "in force"),
    (
        ("compl", "fulfil"),
        r"\banniversary\s+((?:it|does\s+it|did\s+it|they)\s+)?(?:complies|complied|comply|"
        r"fulfils|fulfills|fulfilled)\b",
        r"anniversary \1marks",
    ),  # "cumplir": an anniversary marked
    (
        ("conference",),
        r"\b(gave|give|gives|giving)\s+the\s+(first|last)\s+conference\b",
        r"\1 the \2 lecture",
    ),
    (("more or less",), r"(?<![\s,]),?\s*\bmore\s+or\s+less\b", " roughly"),  # not a choice
    (("econom",), r"\b(share\s+of\s+[^?]{0,80}?)\beconom(?:y|ies)\b", r"\1GDP"),
    # "share of the copyright industry in Beijing, Shanghai, Shenzhen economies": of GDP
    (("partner",), r"\bpartnering\s+up\b", "partnership"),  # "WIPO and China partnering up"
    (("partner",), r"\bpartnered\s+up\b", "cooperated"),  # "when WIPO and China partnered up"
    (("true",), r"^\W*is\s+it\s+(?:really|actually|truly)\s+true\b", "is it true"),
    # "is it really true China had over 10 million registrations in 2024?"
    (("true",), r"^\s*is\s+true\s+that\b", "is it true that"),
    (
        ("right", "correct"),
        r"(?:^\W*|(?<=[.!?])(\s+))am\s+i\s+(?:right|correct)\s+(?:that|in\s+(?:saying|thinking)"
        r"(?:\s+that)?)\b",
        r"\1is it true that",
    ),  # "Am I right that 2023 was described as the 50th anniversary ...?", after a scene too
    (
        ("caption", "draft", "script", "copy"),
        r"\b(?:the\s+)?(?:caption|draft|script|copy)\s+(?:has|have|had|says|lists|calls)\s+"
        r"(him|her|them|it)\s+as\b",
        r"\1 is",
    ),  # "gao yunfei - caption has him as DG of the film bureau, correct?": he is
    (("inter",), r"\binter\s+alia\b", ""),  # "covering inter alia legislation": among others
    (
        ("suggestion", "proposal", "remark", "comment", "point", "argument", "claim"),
        r"\bwho\s+(?:made|offered|raised|put\s+forward|came\s+up\s+with)\s+(?:that|this|the)\s+"
        r"(?:suggestion|proposal|remark|comment|point|argument|claim)\b",
        "who was it",
    ),  # "Someone proposed a labelling scheme. Who made that suggestion?": who it was
    (("part",), r"\b(what|which)\s+part\s+of\b(?=[^?]{0,80}\b(?:export|gdp|revenue|income|total))",
     r"\1 share of"),  # "what part of total goods export is copyright export": what share
    (("according",), r"\baccording\s+(?!to\b|as\b)(?=[A-Z]|ms\b|mr\b|the\b)", "according to "),
    # "according Ms Zhao": according to her
    (
        ("make", "made"),
        r"\b(?:make|made|makes|making)\s+(?=(?:(?:a|an|the|their|its)\s+)?(?:\w+\s+){0,2}?"
        r"(?:training|forum|roundtable|conference|course)\b)",
        "hold ",
    ),  # "When NCAC and WIPO make training about ...": hold it
    (("capacity",), r"\bin\s+(?:what|which)\s+capacity\b", "with what title"),  # "in what
    # capacity was he speaking": with what post
    (
        ("until", "till", "up to"),
        r"\b(?:until|till|up\s+to)\s+(?:the\s+moment|now|today)\b",
        "so far",
    ),
    (
        (",",),
        r"(\d{4}|\d%|yuan|trillion|billion|million),\s+(?:(?:around|about|roughly|approximately|"
        r"nearly|some|or)\s+)?(?=\d[\d.]*\s*(?:%|percent|per\s+cent|"
        r"trillion|billion|million)(?!\w))",
        r"\1 and ",
    ),  # "8.48 trillion in 2021, 7.14% of GDP": two figures stated
    (("i.e", "e.g"), r"(?<!\w)(?:i\.e\.|e\.g\.|ie\.|eg\.)(?:\s*,)?", ","),  # "i.e. the same"
    (("average", "avg"), r"\bnational\s+(?:average|avg)\b", "national"),  # its figure
    (("shout",), r"\bshout(?:ed|s|ing)?[\s-]*outs?\b", "mention"),  # "which hits did she shout
    # out": mention
    (("room",), r"\b(?:actually\s+)?in\s+the\s+room\b", "present"),  # "how many were in the room"
    (
        ("combined", "together", "altogether"),
        r"(?:,\s*|\b)(?:both\s+)?(?:chinese|domestic|local)\s+and\s+(?:foreign|international|overseas)"
        r"(?:\s+(?:guests|participants|people|attendees))?\s+(?:combined|together|altogether)\b",
        " in total",
    ),  # "how many guests, Chinese and foreign combined": all of them
    (
        ("listed", "named", "mentioned"),
        r"\ball\s+(?:that|which|who|those)\s+(?:are|were|get|got)\s+(?:listed|named|mentioned)\b",
        "all",
    ),  # "- all that are listed": all of them
    (
        ("not",),
        r"(?:\(\s*)?\bnot\s+(?:chinese|from\s+china|domestic)\b\s*\)?",
        " foreign ",
    ),  # "which foreign experts (not Chinese)": from abroad
    (("not",), r"(?:\(\s*)?\bnot\s+(?:foreign|from\s+abroad)\b\s*\)?", " Chinese "),
    (("non",), r"\(\s*non[\s-]*(?:chinese|domestic)\s*\)", " "),  # "foreign (non-Chinese)"
    (("non",), r"\bnon[\s-]*(?:chinese|domestic)\b", "foreign"),  # "the non-Chinese experts"
    (("non",), r"\bnon[\s-]*(?:foreign)\b", "Chinese"),
    (
        ("number",),
        r"\b(which|what)\s+number\s+(?!of\b)(?=(?:[\w-]+\s+){0,5}?"
        r"(?:expo|expos|forum|training|roundtable|conference|session)\b)",
        r"\1 edition ",
    ),  # "which number copyright expo is it": which edition
    (
        ("number",),
        r"\b(expo|forum)\b([^?.]{0,40}?)\b(which|what)\s+number\s+(?=was\b|is\b)",
        r"\1\2\3 edition ",
    ),  # "they were hosting some copyright expo, which number was it": which edition
    (
        ("engag",),
        r"\b(?:been\s+)?engag(?:e|es|ed|ing)\s+in\s+(?=(?:[\w-]+\s+){0,3}?(?:negotiations|talks|"
        r"dialogues)\b)",
        "",
    ),  # "China engaged in FTA negotiations": the negotiations it held
    (
        ("engag",),
        r"\b(negotiations|talks|dialogues)\s+((?:[\w-]+\s+){0,2}?)(?:(?:has|have|had)\s+)?"
        r"(?:been\s+)?engag(?:e|es|ed|ing)\s+in\b",
        r"\1 \2",
    ),  # "FTA negotiations China engaged in"
    (("engag",), r"\b(?:been\s+)?engag(?:e|es|ed|ing)\s+in\b", "taken part in"),  # "engaged in
    # the forum": took part (not "engaged as lecturers": invited)
    (("narrower",), r"\b(?:getting|growing|becoming|grown|got|become)\s+narrower\b", "narrowing"),
    (
        ("america",),
        r"(?<!latin\s)(?<!south\s)(?<!north\s)(?<!central\s)\bamerica\b(?!n)",
        "the United States",
    ),  # "developed nations such as America and Japan"
    (
        ("she ", "he ", "they "),
        r"(?:^|(?<=[?.!] ))(she|he|they)\s+(is|was|are|were)\s+(?=[^?.!]{1,200}\?)",
        r"\2 \1 ",
    ),  # "she is still director that time?": a second-language reader's "is she ...?"
    (
        ("article", "report", "piece", "story"),
        r"(?<![\s,]),?\s*\b(?:as|like)\s+(?:the|this)\s+(?:article|piece|report|story|text)\s+(?:puts|put|"
        r"says|said|states|stated|has|had|describes|described|calls|called)(?:\s+it)?\b",
        "",
    ),  # "..., as the article puts it?": where the answer is from, which every answer says
    (("present",), r"\b(?:co[\s-]*|jointly\s+)present(?:ed|s|ing)?\b", "co-organized"),  # an event
    (
        ("co-org", "co org", "coorg"),
        r"\bco[\s-]*org(?:'?d|s|ani[sz]ed)?\s+w(?:/|ith)\s*(?:whom?\b)?\W*$",
        "who co-organized it?",
    ),  # "when + co-org w/?": who organized it with the body named
    (("co-org", "co org", "coorg"), r"\bco[\s-]*org(?:'?d|s)?\b", "co-organized"),  # a clerk's
    # "when + co-org w/?": co-organized with whom
    ((" re ", " re:"), r"(?<=\w)\s+re:?\s+(?=\w)", " about "),  # "Wen Huasheng proposal re AI
    # music": about it
    (("=",), r"(?<!\s)\s*=\s*", " is "),  # "Gao Hang = dir of WOC?": is she
    (
        ("my notes", "my notebook"),
        r"\bi(?:['\u2019]ve|\s+have)(?:\s+got)?\s+([^,;?]{1,60}?)\s+(?:(?:scribbled|written|"
        r"jotted|noted|down)(?:\s+down)?\s+)?(?:in|on)\s+my\s+(?:notes|notebook)\s*[,;:\u2013\u2014-]*"
        r"\s*(?=is\s+(?:that|this|it)\s+(?:the\s+)?(?:right|correct)\b)",
        r"- \1, ",
    ),  # "that training, I've got October 6 scribbled in my notes, is that the right day?"
    (
        ("who",),
        r"\bwho(?=(?:\s+exactly)?\s+(?:were|are|was|is)\s+(?:those|these|the|that)\s+(?:groups?|"
        r"bodies|body|organi[sz]ations?|institutions?|companies|company|firms?|countries|country|"
        r"sectors?|industries|industry)\b)",
        "which",
    ),  # "who exactly were those groups again?": which groups, not which person
    (("peking",), r"\bpeking(?=\s+treaty\b)", "Beijing"),  # the old spelling of the treaty
    (
        ("remarks", "speech", "words", "presentation", "address"),
        r"\s(?:according\s+to|per|in)\s+(?:her|his|their)\s+(?:remarks|speech|words|"
        r"presentation|address)\b",
        "",
    ),  # "how many countries ... according to her remarks": she is named, or the fact says who
    (
        ("table", "chart", "graph", "slide"),
        r"^\W*for\s+(?:a|an|the|my|our)\s+(?:[\w-]+\s+){0,2}?(?:table|chart|graph|slide)s?\s*[,:]\s*",
        "",
    ),  # "For a trend table, could you compare ...": what the answer is for asks nothing
    (("audio",), r"\baudio[ \t]*-[ \t]*visual\b|\baudio visual\b", "audiovisual"),  # "Audio-Visual"
    (("y ",), r"^(\W*)y(?=\s+(?:did|do|does|is|was|are|were|has|have)\b)", r"\1why"),  # a texter's
    # "y did wipo china hold the roundtable"
    (
        ("compar",),
        r"\b(compar\w*\s+(?:with|to|against)\s+)the\s+(?:previous|prior|preceding)\s+year\b",
        r"\1the year before",
    ),  # "how did that compare with the prior year": with the year before
    (
        ("assist", "assisted", "assists", "assisting"),
        r"\bassist(?:ed|s|ing)?\s+(?:to|at)\s+(?=(?:the|a|an|this|that|its|their)\b)",
        "attended ",
    ),  # "who has assisted to the opening": attended it (French "assister à")
    (
        ("behalf",),
        r"\b((?:spoke|speak|speaks|speaking|addressed|address|addresses|addressing|attended|"
        r"attend|attends|lectured|lecture|lectures|talked|talk|talks|presented|present|"
        r"appeared)\b[^.?!]{0,80}?)\s+on\s+behalf\s+of\b",
        r"\1 for",
    ),  # "addressed the forum on behalf of Tencent Group": for it (not "signed it on behalf
    # of NCAC": who signed is asked, which no fact gives)
    (
        ("am i",),
        r"(?i)^(\W*)am\s+i\s+(?:correct|right)\s+(?:in\s+(?:understanding|thinking|believing|"
        r"assuming|recalling|remembering|saying|supposing)\s+|to\s+(?:think|understand|say|"
        r"assume|recall|remember)\s+)?(?:that\s+)?(?=\w)",
        r"\1Is it correct that ",
    ),  # "Am I correct in understanding that X?": is it correct that X
    (
        ("side",),
        r"\b((?:spoke|speak|speaks|speaking|addressed|address|addresses|addressing|attended|"
        r"attend|attends|lectured|lecture|lectures|talked|talk|talks|presented|present|"
        r"appeared)\b[^.?!]{0,80}?)\s+on\s+the\s+(?!other\b|same\b|one\b|right\b|left\b|"
        r"bright\b|safe\b)([A-Za-z][\w&.-]*(?:[ \t]+[A-Za-z][\w&.-]*){0,2}?)[ \t]+side\b",
        r"\1 for the \2",
    ),  # "who addressed it on the NCAC side": who spoke for NCAC
    (
        ("counting", "leaving"),
        r"\b(?:not\s+counting|leaving\s+aside|leaving\s+out)\b",
        "other than",
    ),  # "(not counting Liu Hua)": other than her
    (
        ("focused", "focussed", "focusing", "centered", "centred", "devoted", "dedicated"),
        r"\b(?:focused|focussed|focusing|centered|centred|devoted|dedicated)\s+(?:on|to)\b"
        r"(?=[ \t]+\w)",
        "on",
    ),  # "its copyright roundtable focused on AI": the roundtable on AI
    (
        ("behind",),
        r"\b(?:falling|fell|fall|falls|lagging|lags|lag|dropping|slipping)\s+(?:even\s+)?"
        r"(?:further\s+|farther\s+)?behind\b",
        "widening the gap with",
    ),  # "China is falling further behind the US and Japan": the gap with them widening
    (
        ("catching", "catch", "catches"),
        r"\b(?:catching|catch|catches)\s+up\s+(?:with|to|on)\b",
        "narrowing the gap with",
    ),  # "is China catching up with the US?": the gap with it narrowing
    (
        ("previous", "prior", "preceding"),
        r"\b(change|changes|growth|increase|rise|gain)\s+(?:on|over|from)\s+(?:the\s+)?"
        r"(?:previous|prior|preceding)\s+year\b",
        r"\1 compared with the year before",
    ),  # "the added value for 2023 and its change on the prior year": against the year before
    (
        ("went", "go ", "goes", "going"),
        r"\b(?:went|go|goes|going)\s+to\s+(?=(?:the|that|this)\s+(?:[\w-]+\s+){0,4}?(?:roundtable|"
        r"training|forum|conference|expo|event|meeting|session|course|workshop)s?\b)",
        "attended ",
    ),  # "who went to the roundtable": who attended it (not "how much went to members")
    (
        ("who",),
        r"\bwho\s+(?:was|were)\s+at\s+(?=(?:the|that|this)\s+(?:[\w-]+\s+){0,4}?(?:roundtable|"
        r"training|forum|conference|expo|event|meeting|session|course|workshop)s?\b)",
        "who attended ",
    ),  # "who was at the roundtable": who attended it
    (
        ("thing",),
        r"\b(roundtable|training|forum|conference|expo|event|meeting|session|course|workshop)"
        r"\s+thing(?:y|ie)?\b",
        r"\1",
    ),  # a student's "the roundtable thing"
    (("wen ",), r"(?i)^(\W*)wen(?=\s+(?:was|is|did|does|were|will|r|are)\b)", r"\1when"),  # a
    # texter's "wen was the xiamen training" (not Wen Huasheng)
    ((" 4 ",), r"(?<=[a-z]) 4 (?=[a-z])", " for "),  # "the gdp share 4 copyright"
    (("as well as",), r",?\s+as\s+well\s+as\s+", " and "),  # "the dates, as well as the hosts"
    (("line", "lay"), r"\b(?:line|lay)\s+up\b", "list"),  # "line up the GDP figures by year"
    (
        ("talk", "buzz", "chatter", "hype"),
        r"\bwith\s+(?:all\s+)?(?:the|that|this|its)\s+(\w+(?:\s\w+)?)\s+(?:talk|buzz|chatter|hype)\b",
        r"about \1",
    ),  # "that roundtable with all the AI talk": the roundtable about AI
    (
        ("year",),
        r"^(?![^?]*\b(?:what|which|who|whom|whose|when|where|why|how|is|was|are|were|did|does|do|"
        r"has|have|had|can|could|in)\b)([^?]{3,80}?)(?<!last)(?<!this)(?<!next)(?<!past)"
        r"\s+year\s*\?\s*$",
        r"\1 - what year?",
    ),  # an editor's "WIPO NCAC memorandum year?": what year it was
    (
        ("earliest", "oldest", "order", "latest"),
        r",?(?:^|\s)\b(?:from\s+(?:the\s+)?(?:earliest|oldest|first)\s+to\s+(?:the\s+)?"
        r"(?:latest|newest|last|most\s+recent)|in\s+(?:chronological|date|time)\s+order)\b",
        "",
    ),  # "... by year from the earliest to the latest": every one, which a list gives by date
    (
        ("down",),
        r"(?i)^\W*(?:i|we)(?:\s+have|'ve|\s+had|\s+got)\s+(\w.{1,60}?)\s+down\s+as\s+(?=\w)",
        r"\1 is ",
    ),  # "I have RAN Handong down as a partner at Boss & Young": he is one, claimed
    (("put", "sort", "arrange"), r"^\W*(?:put|sort|arrange)\s+(?=\w)", "list "),  # "put the
    # three events (in date order)": list them, which a list does by date
    (
        ("years", "time"),
        r"(?:^|\s)\b(?:over|across|through(?:out)?)\s+(?:(?:the|those|these|all\s+(?:the|those))"
        r"\s+years|time)\b",
        "",
    ),  # "Liu Hua's title over those years": each one on record, by date
    (("totoo", "tama"), r"^\W*(?:totoo|tama)\s+(?:po\s+)?ba\b", "is it true"),  # Taglish
    # "Totoo ba that X?": is it true that X
    (("mo/", "yr/"), r"\b(?:mo\s*/\s*yr|yr\s*/\s*mo|mm\s*/\s*yy(?:yy)?)\b", "month and year"),
    (
        (" vs", " versus"),
        r"\b((?-i:[A-Z][a-z]+))\s+(?:vs\.?|versus)\s+(?=(?-i:[A-Z][a-z])[^?]*\b(?:each|both)\b)",
        r"\1 and ",
    ),  # "RAN Handong vs Geoff Hussey - which firms each": two named, each asked about (not
    # "MCSC vs CAVCA revenue" or "the whole country vs Beijing", comparisons)
    # "co-presented" by two bodies: organized together
    (
        ("talks", "lectures"),
        r"\b(?:giv(?:e|es|ing)|gave|deliver(?:s|ed|ing)?)\s+(?:talks|lectures)\b",
        "lecturing",
    ),  # "lawyers giving talks": lectures, not negotiations
    (("during",), r"\bduring\s+(?:their|his|her|its|the)\s+(?:time|stay|visit)\s+(?=in\b)", ""),
    # "which companies did the guests visit during their time in Chengdu": in Chengdu
    (
        ("time",),
        r"^\s*(?:at\s+the\s+time|back\s+when|when)\s+(?:it|they|he|she)\s+(?:was|were)\s+"
        r"(?:concluded|signed|adopted|agreed|held|made)\s*,\s*",
        "",
    ),  # "At the time it was concluded, the treaty was ...": the fact as it stood
    (
        ("same",),
        r"\bthe\s+same\s+(?=(?:was|is|were|are|grew|rose|increased|changed|fell|dropped|went)\b)",
        "it ",
    ),  # Indian English: "what %
    # of GDP the same was": it
    (
        ("introduction",),
        r"\bgave\s+(?:an?\s+|the\s+)?introduction\s+(?:on|to|of|about)\b",
        "spoke about",
    ),  # "who gave introduction on China's measures"
    (("side",), r"\bfrom\s+(?:the\s+)?([\w-]+)\s+side\b", r"from \1"),  # "from NCAC side"
    (
        ("use", "quote", "cite"),
        r"(?<![\s,]),?\s*\b(?:can|could|may|should)\s+i\s+(?:use|quote|cite)\s+(?:that|this|it|the\s+"
        r"(?:number|figure|claim))(?:\s+(?:number|figure|claim))?(?:\s+in\s+my\s+[a-z]+)?\s*\?",
        ", right?",
    ),  # "X was 9.38 trillion in 2021, can I use that number in my speech?": X, checked
    (("as well",), r"\bas\s+well\b(?!\s+as\b)", "also"),  # "at the Shanghai one as well?"
    (("specifically", "particularly"), r"\b(?:specifically|particularly)\s+(?=\w)", ""),
    # "how much came specifically from karaoke fees": from karaoke fees
    (("deal",), r"\b(?:such\s+)?an?\s+(?:big|huge|major|great)\s+deal\b", "significant"),
    # "why was the treaty such a big deal": why it mattered, no deal signed
    (("single",), r"\bsingled?\s+out\b", "named"),  # "what did he single out": what he named
    (
        ("bring", "brought"),
        r"\b((?:professor|expert|lecturer|speaker|academic|scholar|guest|people|person)s?\s+"
        r"(?:(?:they|who|that|whom|we|you)\s+)?(?:(?:had|have|has|were|was|got)\s+)?)"
        r"(?:bring|brings|brought|bringing)\s+in\b",
        r"\1invited",
    ),  # "the Italian law professor they brought in for Shanghai": invited, not earned
    (
        ("kick",),
        r"\bkick(ed|s|ing)?\s+(?:things|it|proceedings|the\s+\w+)\s+off\b",
        r"opened",
    ),  # "who kicked things off with the first lecture": who opened it
    (("walk",), r"^\W*walk\s+(?:me|us)\s+through\s+", "what is "),  # "walk me through how
    # the GDP share has moved": how it has moved
    (
        ("pieces", "articles", "stories"),
        r",?(?:^|\s)\b(?:(?:as\s+)?(?:reported|given|stated|mentioned|cited|noted)\s+)?(?:across|in|"
        r"from|through(?:out)?)\s+(?:these|those|the|all\s+the|all\s+these)"
        r"\s+(?:pieces|articles|stories|reports)\b",
        "",
    ),  # "... over the years across these pieces": every article is read anyway
    (("blew", "blown", "blow"), r"\b(?:blew|blown|blow|blows)\s+(?:past|through)\b", "passed"),
    (
        ("some",),
        r"\bsome\s+(?:(?:huge|big|large|massive|round|major)\s+)?(?:number|figure|mark|milestone)"
        r"\b[^?]*\?",
        "which number?",
    ),  # "registrations blew past some huge number - what was it?": which number
    (("ahead",), r"\bcame\s+out\s+(?:way\s+|far\s+|well\s+)?ahead\b", "was bigger"),
    (
        ("bring", "brought"),
        r"(?<!was\s)(?<!were\s)(?<!been\s)\b(?:bring|brings|brought|bringing)\s+in\b"
        r"(?!\s+(?:as|to|from|more|less|most|for\s+(?:the|a|an|its|their)\b))",
        "earn",
    ),  # "what did CAVCA bring in for 2023": what it earned; not lecturers "brought in as
    # experts"
    (
        ("economy",),
        r"\b(?:add|adds|added|adding|contribute[sd]?|contributing)\s+to\s+(?:the\s+)?"
        r"(?:(?:national|chinese|china['\u2019]?s?|country['\u2019]?s)\s+)?economy\b",
        "added value",
    ),  # "what did the copyright industry add to the economy in 2021": its added value
    (
        ("point of view", "perspective", "standpoint"),
        r",?\s*from\s+an?\s+[a-z]+(?:['\u2019]s)?\s+(?:point\s+of\s+view|perspective|"
        r"standpoint)\b",
        "",
    ),  # "what worries did he voice about AI, from a composer's point of view": whose view
    # it was is no second thing asked
    (("good name",), r"\bgood\s+name\b", "name"),  # Indian English: "the good name of"
    (
        ("revert",),
        r"(?<![\s,]),?\s*(?:please\s+|pls\s+|kindly\s+)?revert(?:\s+back)?(?:\s+with\s+"
        r"(?:the\s+)?(?:names?|details?|answer|same))?\b",
        "",
    ),  # "Pls revert back with names."
    (("said",), r"\b(?:the|this|that)\s+said\s+(?=[a-z])", "the "),  # "the said share"
    (("which all",), r"\bwhich\s+all\b", "which"),  # "which all organisations"
    (("as per",), r"\bas\s+per\b", "according to"),  # "as per the Shanghai news"
    (("apart of",), r"\bapart\s+of\b", "apart from"),  # a Spanish reader's "aparte de"
    (
        ("work", "apply", "kick"),
        r"\b(?:go\s+)?(?:start|begin|come)\s+to\s+(?:work|apply|operate)\b|\bkick\s+in\b",
        "take effect",
    ),  # "when will the revised regulations start to work": take effect
    (
        ("quantity", "value"),
        r"\b(?:which|what)\s+(?:quantity|value)\s*(?=[?.!]*\s*$)",
        "what number",
    ),  # "the registrations surpassed which quantity?": what number
    (("edition",), r"\bedition\s+number\b|\bnumber\s+of\s+(?:the\s+)?edition\b", "edition"),
    # "which edition number is it": which edition (an ordinal, not a count)
    (
        ("just", "only"),
        r"\b(?:just|only)\s+from\s+([a-z]+(?:\s+[a-z]+){0,3}?)\s*(?=[?.!]*\s*$)",
        r"from \1 alone",
    ),  # "how much came just from karaoke fees?": from karaoke fees alone (a figure of them
    (("just", "only"), r"\b(?:just|only)\s+(?=from\b)", ""),  # with another is no answer)
    (("just", "only", "merely"), r"\b(?:just|only|merely)\s+(?=\d)", ""),  # "only 29 countries
    # had ratified it": 29, the figure checked
    (("part of",), r"\b([a-z]+)\s+part\s+of\s+(?:it|that|this|them)\b", r"from \1"),
    # "CAVCA revenue 2024, and karaoke part of it?": how much from karaoke
    (("wipe",), r"\bwipe\s+oh?\b", "WIPO"),  # speech-to-text's "wipe oh": WIPO
    (("vis",), r"\bvis[\s-]*(?:a|\u00e0)[\s-]*vis\b", "versus"),  # "2017 vis-a-vis 2023"
    (("top line",), r"\btop[\s-]*line\b", "revenue"),  # an accountant's "top line"
    (("share of wallet",), r"\bshare\s+of\s+wallet\b", "share"),
    (
        (
            "opponent", "notes", "read", "heard", "friend", "colleague", "someone", "somebody",
            "post", "tweet", "memo", "viral", "saw", "seen", "claim",
        ),
        r"^\s*(?:(?:(?:my|a|one|the|this|that|some)\s+)?(?:(?:viral|lobbyist['\u2019]?s?|"
        r"online|facebook|twitter|weibo|reddit|tiktok)\s+)*(?:opponent|notes?|source|teacher|"
        r"friend|colleague|boss|editor|post|tweet|thread|video|clip|meme|comment|memo|claim|"
        r"headline|caption)\s+(?:says?|said|claims?|claimed|lists?|listed|states?|stated|has|"
        r"have|told\s+me)|some(?:one|body)(?:\s+online)?\s+(?:says?|said|claims?|claimed|told\s+"
        r"me|posted|tweeted|wrote|shared)|(?:i\s+)?(?:saw|heard|seen)\s+some(?:one|body)(?:\s+"
        r"online)?\s+(?:say|claim|post|write|mention|tweet)(?:s|ing)?|i\s+(?:read|heard|saw)"
        r"(?:\s+(?:that|somewhere))?|"
        r"(?:i\s+)?(?:saw|seen|spotted|read)\s+(?:a|an|this|one|some)\s+(?:viral\s+)?(?:post|"
        r"tweet|thread|video|clip|meme|comment|claim|headline|memo)(?:\s+online)?\s+(?:saying|"
        r"claiming|that\s+(?:says|said|claims|claimed)|which\s+(?:says|claims))|(?:(?:a|the|"
        r"this)\s+)?(?:viral|lobbyist['\u2019]?s?|online)\s+(?:post|claim|tweet|memo|rumou?r)\s*"
        r"[:\u2013\u2014-]|(?:(?:a|the|this)\s+)?(?:post|tweet|memo|claim|rumou?r)\s*:)\s*"
        r"(?:that\s+)?",
        "",
    ),  # "my opponent says X. is that true?", "saw a post saying X. legit?", "viral claim: X":
    # X, to be checked
    (("responsible",), r"\bthe\s+responsible\s+(?:of|for|at|in)\b", "the official of"),
    (
        ("responsible",),
        r"\b(?:was|were|is|are)\s+responsible\s+for\s+(?:organi[sz]ing|hosting|running|holding|"
        r"putting\s+on|staging)\b",
        "organized",
    ),  # "who was responsible for organizing the Chengdu forum": its organizers
    (
        ("linked", "tied", "connected", "related"),
        r"(?i)^(\W*(?:why|how)\b.*?)\b(?:linked|tied|connected|related)\s+(?:up\s+)?(?:to|with)\b",
        r"\1about",
    ),  # "why is the Shanghai training linked to Xi's foreign affairs conference"; never
    # "is MCSC related to WIPO?", which asks a relation no single fact is
    (
        ("missing", "lacking"),
        r"(?i)^(\W*why\b[^?]*?)[,;\s-]+what\s+(?:was|is|were|are)\s+(?:still\s+)?(?:missing|"
        r"lacking)\W*$",
        r"\1?",
    ),  # "why was the treaty not yet in force, what was missing?": the why asks it already
    (("responsible",), r"\bresponsible\s+for\b", "in charge of"),  # "what region was he
    # responsible for": his post
    # "the responsible of the NCAC": a French reader's "le responsable", its official
    (("evolution",), r"\b(?:its|the|their)\s+evolution\b", "its growth"),  # "its evolution
    # year-on-year": the growth
    (("occupy",), r"\boccupy(?:ing)?\b|\boccupie[sd]\b", "holding"),  # "which post is he
    # occupying": holding
    (("frame",), r"\bin\s+the\s+frame\s+of\b", "in"),  # "dans le cadre de"
    (("counting",), r"\b(?:is|are)\s+counting\b", "has"),  # "how many members is counting X"
    (
        ("part",),
        r"\b(?:which|what)\s+(?:part|portion)\s+(?=(?:was|is|were|came|comes|coming)\b)",
        "how much ",
    ),
    # "which part was coming from karaoke": how much of it
    (("developed",), r"\bdeveloped\s+nations\b", "developed countries"),
    (("developed",), r"\b(?:more|most|better|highly|well)[\s-]+developed\b", "developed"),
    (("part",), r"(?<=\S)\s+part\s+(?=(?:is|was)\s+how\s+(?:much|many)\b)", " "),
    # "the karaoke fee part is how much": the karaoke fees, not a share
    (("y-o-y", "y/y", "y-on-y"), r"\by\s*(?:-\s*o(?:n)?\s*-|/)\s*y\b", "year on year"),  # "y-o-y"
    (("percent", "%"), r"\bhow\s+many\s+(?:percent|percentage|per\s+cent|%)", "what percent"),
    # "take how many percent of exports": a second-language reader's "what percent"
    (("gramophone",), r"\bgramophone\s+(?=record|disc)", ""),  # "gramophone record companies"
    (("labels",), r"\b(?:music|record|recording)\s+labels\b", "record companies"),  # a label
    (("label",), r"\b(?:music|record|recording)\s+label\b", "record company"),  # is no music
    (
        ("broadly", "general", "roughly", "mostly"),
        r"\bwho\s+(were|are)\s+they,?\s+(?:broadly|generally|in\s+general|roughly|mostly)"
        r"(?:\s+speaking)?\b",
        "what kinds of people came",
    ),  # "and who were they broadly": the groups who came, not each name
    (
        ("per", "according"),
        r"\b(per|according\s+to)\s+([^,;?]{1,60}?)['\u2019]s\s+(?:remarks|comments|words|"
        r"statements?|speech|account|presentation|talk)\b",
        r"\1 \2",
    ),  # "per the WIPO Office in China director's remarks": per the director
    (
        ("confirm",),
        r"^(?:(?:could|can|would)\s+you\s+)?(?:please\s+)?confirm\s+the\s+"
        r"(?=(?:[^\d]|\b(?:19|20)\d\d\b)*$)",
        "what is the ",
    ),  # "Could you confirm the share of GDP in 2017": no value stated to be checked
    (
        ("anything", "something"),
        r"\b(?:get|gets|got|receive|received|receives)\s+(?:anything|something)\b",
        "receive",
    ),  # "did they get anything for it": what they received
    (("coming", "comes"), r"\bcom(?:ing|es)\s+from\b", "from"),  # "the lecturer coming from"
    (("only",), r"(?<=[a-z])\s+only(?=\s*(?:[?.,;]|$))", ""),  # "from karaoke licensing only"
    (("ballpark",), r"(?:,\s*|\b)(?:just\s+)?(?:a\s+)?ballpark(?:\s+(?:figure|number))?\b", ""),
    (("end",), r"\bat\s+the\s+end\b(?!\s+of\b)", ""),  # "certificates at the end"
    (
        ("called",),
        r"\bwhat(?:'s|\s+is|\s+was)\s+(his|her|its|their)\s+(company|firm|organi[sz]ation|"
        r"employer|society|association)\s+called\b",
        r"what is \1 \2",
    ),  # "what's his company called": which company
    (("taken",), r"\b(?:(?:has|have|had)\s+)?taken\s+place\b", "took place"),  # "has taken
    # place", "has the training taken place"
    (("day",), r"\b(?:on\s+a\s+)?day[\s-]+to[\s-]+day(?:\s+basis)?\b", ""),  # "runs it day to day"
    (("through",), r"\bwork(?:s|ed|ing)?\s+through\b", "through"),  # "work through WIPO": via
    (("itself", "own"), r"\b(?:by\s+itself|on\s+its\s+own|single[\s-]handedly)\b", "alone"),
    (("related",), r"\b([a-z]+)-related\b", r"\1"),  # "AI-related solutions": about AI
    (("private",), r"\b(?:in|from)\s+private\s+practice\b", "from law firms"),
    (("private",), r"\bprivate\s+(?=(?:law\s+)?firms?\b)", ""),  # "private law firms"
    (("practic",), r"\bpractic(?:ing|ising)\s+(?=lawyers?\b|attorneys?\b)", ""),
    (
        ("china",),
        r"\bwipo[\s-]+china(?=\s+(?:partnership|relationship|relations|ties|cooperation|"
        r"collaboration|partners|friendship|anniversary)\b)",
        "WIPO and China",
    ),  # "the WIPO-China partnership" is of both, not the WIPO Office in China
    (
        ("cmo", "cmos", "society", "societies"),
        r"(?i)\b(cmos?|collective\s+management\s+organi[sz]ations?|(?:copyright\s+)?societ(?:y|"
        r"ies))\s*/\s*(?:(?:copyright|collecting|collective|music)\s+)?(?:societ(?:y|ies)|cmos?|"
        r"organi[sz]ations?|associations?|bodies|body)\b",
        r"\1",
    ),  # "every CMO / copyright society that spoke": the two words name one kind of body
    (
        ("precise",),
        r"(?:^\W*|(?<=[,;:]\s))(?:(?:could|can|would|will|may)\s+you\s+(?:please\s+|kindly\s+)?|"
        r"(?:please|kindly|pls)\s+)?precise\s+(?=(?:me\s+|us\s+)?(?:the|his|her|its|their|"
        r"which|who|whom|what|when|where|how|whether)\b)",
        "give ",
    ),  # French "préciser": "can you precise the name of the official": give the name
    (
        ("state", "identify", "specify", "indicate"),
        r"^(\W*)(?:(?:could|would|can|will)\s+you\s+)?(?:(?:please|kindly)\s+)?(?:state|identify|"
        r"specify|indicate)\s+(?=the\b|his\b|"
        r"her\b|its\b|their\b|which\b|who\b|whom\b|what\b|when\b|where\b|how\b|whether\b|"
        r"mr\b|ms\b|mrs\b|dr\b|prof\b|[a-z]+['\u2019]s?\s)",
        r"\1give ",
    ),  # a clerk's "Kindly state Mr. Guan Jun's position", "Identify the person who ...": asks
    (
        (
            "for the record",
            "for context",
            "for reference",
            "for clarity",
            "for comparison",
            "to be clear",
            "for my notes",
            "for background",
        ),
        r"^\W*(?:for\s+(?:the\s+record|context|reference|clarity|comparison(?:\s+purposes)?|"
        r"my\s+notes|background)|(?:just\s+)?to\s+be\s+clear)\s*[,:;\u2013\u2014-]+\s*",
        "",
    ),  # "For the record, ...", "For comparison purposes: ...": ask nothing
    (
        ("recorded", "listed", "cited", "noted", "identified", "described", "named"),
        r"\b(?:was|were|is|are)\s+(?:noted|reported|described|cited|recorded|said)\s+as\s+"
        r"falling\s+in\b",
        "fell in",
    ),  # "the anniversary noted as falling in 2023": that fell in 2023
    (
        ("recorded", "listed", "cited", "noted", "identified", "described", "named"),
        r"(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\bwe )"
        r"\b(?:as\s+)?(?:recorded|listed|cited|noted|identified|described|named|given)\s+"
        r"(?=(?:at|for|in|among|during)\b)",
        "",
    ),  # "her title as recorded for the Xiamen training", "as listed among the experts" (not
    # "the initiatives he listed at the roundtable": what he said)
    (("identified", "listed"), r"\b(was|were|is|are)\s+(?:identified|listed)\s+as\b", r"\1"),
    (
        ("identified", "listed"),
        r"\b(lecturers?|speakers?|experts?|person|people|one|officials?|"
        r"guests?|professors?|partners?)\s+(?:identified|listed)\s+as\b",
        r"\1 who was",
    ),
    # "which lecturer was identified as Senior Partner", "the lecturer listed as partner"
    (
        ("side",),
        r"(?<=[^\s,])\s*(?:,\s*)?side[\s-]+by[\s-]+side\b",
        "",
    ),  # "MCSC vs CWWCS, side by side"
    (("places like",), r"\bplaces\s+like\s+", ""),  # "nationally vs places like Beijing"
    (
        ("title",),
        r"\btitle\s+of\s+(?=(?:[\w'\u2019.-]+\s+){1,4}?(?:own\s+)?(?:lecture|talk|speech|"
        r"presentation|address)\b)",
        "topic of ",
    ),  # "the title of Zheng Wei's own lecture": its
    # topic, not his post
    (("activit",), r"\b(training|forum|meeting|roundtable|conference)\s+activit(?:y|ies)\b", r"\1"),
    # a Chinese reader's "the training activity": the training
    (
        ("than how",),
        r"\b(?:is|was|were|are)\s+(?:more|over|above|bigger|higher)\s+than\s+how\s+"
        r"(much|many)\b",
        r"was how \1",
    ),  # "trading in 2018 is more than how much": how much
    (
        ("/",),
        r"\b(?:professors?|academics?|lawyers?|scholars?)\s*/\s*"
        r"(experts?|speakers?|lecturers?)\b",
        r"\1",
    ),  # "the foreign professors/experts who
    # lectured": the experts, whatever their post
    (
        ("memory", "recall correctly", "remember correctly", "mistaken"),
        r"(?<=[^\s,])\s*(?:,\s*)?(?:if\s+(?:my\s+)?memory\s+serves(?:\s+me)?(?:\s+(?:right|well|correctly))?|"
        r"if\s+i\s+(?:recall|remember)\s+correctly|unless\s+i['\u2019]?m\s+mistaken)\s*,?",
        "",
    ),
    # "Stéphanie Carre, if memory serves, came from ...": a hedge that asks nothing
    (
        ("own count",),
        r"(?<=[^\s,])\s*(?:,\s*)?by\s+(?:their|its|his|her|our|the\s+organi[sz]ers['\u2019]?)\s+"
        r"own\s+count\s*,?",
        "",
    ),  # "how many turned up, by their own count?"
    (
        ("supposed to",),
        r"\b(was|were|is|are)\s+(?:it|that|this|they)\s+supposed\s+to\s+be\b",
        r"\1 it",
    ),  # "which anniversary was it supposed to be"
    (("along with",), r"(?<=[^\s,])\s*(?:,\s*)?along\s+with\s+", " and "),  # "names, along
    # with their companies": and
    (("quote",), r"\b(did|do|does)\s+(they|he|she|it|we|you)\s+quote\b", r"\1 \2 give"),
    # "what figure did they quote for 2021": give
    (("as well as",), r",\s*as\s+well\s+as\s+([^,?]{1,60}),\s*", r" besides \1 "),  # "which
    # bodies, as well as WIPO, organized it": besides WIPO
    (("as well as",), r"(?<=\w)\s+as\s+well\s+as\s+(?=\w)", " and "),  # "at Xiamen as well as
    # Shanghai": and
    (
        ("else",),
        r"(?<![\s,]),?\s+or\s+(?:had|has|did)\s+(?:someone|somebody|anyone)\s+else\s+"
        r"(?:taken\s+over|take\s+over|replaced\s+(?:her|him|them))\b",
        "",
    ),  # "was Liu Hua still director, or had someone else taken over?": whether she still was
    (
        ("else",),
        r"(?<![\s,]),?\s+(?:versus|vs\.?|compared\s+(?:with|to))\s+(?:everything|all)\s+else\b",
        "",
    ),  # "how much of the total was karaoke versus everything else": the part of the whole
    (("bring", "brought"), r"\bbr(?:ing|ings|inging|ought)\s+up\b", "mention"),  # "why did
    # she bring up a film case": mention
    (("up",), r"\b(head|heads|headed|heading)\s+up\b", r"\1"),  # "who heads up MCSC"
    (("number of",), r"\bwhich\s+number\s+of\b", "which edition of"),  # "host which number
    # of China International Copyright Expo": the ordinal, not a count
    (("least",), r"\b(since|from|by|in)\s+at\s+least\s+(?=(?:19|20)\d\d\b)", r"\1 "),
    # "running the office since at least 2021": since 2021, which the record can show
    (
        ("source",),
        r"^\W*(?:(?:i|we)\s+)?(?:need|want)\s+(?:a\s+|the\s+)?source\s+(?:for|of)\s+(?:the|this|that|a)\s+"
        r"(?:quote|line|claim|statement|remark)\s*(?:[-:,\u2013\u2014]+\s*)",
        "who said ",
    ),  # "need source for the quote - streaming revenue up": who said it
    (
        ("else",),
        r"(?<![\s,]),?\s+or\s+(?:somewhere|someplace|anywhere)\s+else\b",
        "",
    ),  # "held in Shanghai or somewhere else?": whether it was held there
    (
        ("gap",),
        r"\b(revenues?|income|earnings|takings|figures?|numbers?|membership)\s+gap\b",
        r"\1 difference",
    ),  # "MCSC vs CWWCS 2024 licensing revenue gap": the difference of the figures
    (
        ("gap", "difference"),
        r"(?<=\w)\s*(?:,\s*)?(?:and\s+)?how\s+(?:big|large|wide)(?:\s+is|\s+was|['\u2019]s)?\s+the\s+"
        r"(?:gap|difference)\s*\??\s*$",
        "",
    ),  # "A vs B, how big is the gap": both figures
    (("like what",), r"(?<=[^\s,])\s*(?:,\s*)?like\s+what\s+kind\s+of\s+[a-z]+\s*\??\s*$", "?"),
    # "what's the biggest challenge, like what kind of outlets": the challenge asked
    (
        ("heads", "leaders", "chiefs", "bosses"),
        r"\bthe\s+(?:heads|leaders|chiefs|bosses)\s+of\s+"
        r"(?!(?:the\s+|all\s+|those\s+|these\s+)*(?:\w+\s+)?(?:cmos|organi[sz]ations|societies|bodies|"
        r"associations|groups|companies|firms|agencies|offices|departments|ngos|delegations)\b)",
        "the head of ",
    ),  # "who are the heads of MCSC": who heads it (not its headcount); not
    # "the heads of the CMOs", each body's head
    (
        ("results",),
        r"\b(\d{4}|annual|yearly|financial|business|operating)\s+results\b",
        r"\1 figures",
    ),  # "the CMO chiefs who reported 2024 results": figures, not outcomes
    (
        ("made up", "make up", "makes up"),
        r"\b(?:made|make|makes)\s+up\s+(?=(?:about\s+|some\s+|"
        r"around\s+|roughly\s+)?\d)",
        "was ",
    ),  # "made up 7.53% of GDP": a share, not a rise
    (("only",), r"\bonly\s+(?=(?:a|one|two|three|four|five|\d+)[\s-]+days?\b)", ""),
    # "the training was only one day, right?": one day
    (("what for",), r"^\W*what\s+for\s+(?=[a-z])", "what kind of "),  # a Dutch "wat voor"
    (("haul",), r"\bhaul\b", "revenue"),  # "CAVCA's 2024 haul"
    (
        ("chunk", "slice"),
        r"\b(?:what|which|how\s+big\s+a|how\s+much\s+of\s+a)\s+(?:chunk|slice)\b",
        "what share",
    ),  # "what chunk of it got distributed": what share
    (("distributed out",), r"\bdistributed\s+out\b", "distributed"),
    (
        ("out to", "to"),
        r"\b(distribut\w*|pa(?:y|id|ys|ying)\s+out)\s+to\s+(?:its\s+|their\s+|the\s+)?(?:authors|"
        r"writers|members|creators|rights?\s*holders|rightsholders|right\s+owners|artists|composers)\b",
        r"\1",
    ),  # "how much got paid out to authors": what a society distributes, to its rightsholders
    (("kick",), r"\bkick(?:s|ed|ing)?\s+in\b", "enter into force"),  # "for it to kick in"
    (
        ("like", "as with", "same as", "as was"),
        r"(?<=[^\s,])\s*(?:,\s*)?(?:just\s+|exactly\s+)?(?:like|as\s+with|the\s+same\s+as|same\s+as|as\s+was)\s+"
        r"the\s+(?:\d{4}|other|earlier|later|previous|next)\s+(?:one|event|edition|training|"
        r"forum|roundtable)(?:\s+(?:was|did|had|is))?\b",
        "",
    ),  # "the 2021 training was in Shanghai just like the 2023 one?": the reader's premise,
    # which the other event's answer does not check
    (
        ("relative", "relation", "compared", "against", "versus"),
        r"(?<=[^\s,])(?:\s*,)?\s+(?:relative|in\s+relation|compared|as\s+against|versus)\s+(?:to\s+|with\s+)?"
        r"(?=the\s+(?:total|whole|overall|entire)\b)",
        ", out of ",
    ),  # "how much came from karaoke relative to the total": a part out of its whole
    (
        ("reported", "given", "quoted", "stated"),
        r"\b(that|those|one|figures?|values?|shares?|numbers?)\s+(?:as\s+)?(?:reported|given|"
        r"quoted|stated)\s+(?=(?:for|in)\s+\d{4}\b)",
        r"\1 ",
    ),  # "compare with that reported for 2023": with that for 2023
    # "which lecturer was identified as Senior Partner of ...": was
    (
        ("sign",),
        r"\b(?:did|do|does)[ \t]+(?:they|he|she|we|you|both)[ \t]+sign[ \t]+(?:that|it|this)\b",
        "was it signed",
    ),  # "Liu mentioned a memorandum ... What year did they sign that?": when it was signed,
    # not when the one who mentioned it spoke
    (
        ("word", "floor"),
        r"\b(?:have|has|had)[ \t]+(?:taken|took)[ \t]+the[ \t]+(?:word|floor)\b|"
        r"\b(?:took|takes|take|taking)[ \t]+the[ \t]+(?:word|floor)\b",
        "spoke",
    ),  # "which creators have taken the word at the roundtable" (French "prendre la
    # parole"): who spoke
    (
        ("together with", "along with"),
        r",?[ \t]*(?:together|along)[ \t]+with[ \t]+(?:the[ \t]+)?(?:institutions?|companies|"
        r"organi[sz]ations?|bodies|employers|affiliations?)(?:[ \t]+(?:or|and)[ \t]+(?:"
        r"institutions?|companies|organi[sz]ations?|bodies))?[ \t]+(?:they|he|she)[ \t]+(?:"
        r"represent(?:ed|s)?|work(?:ed|s)?[ \t]+for|(?:are|were|is|was)[ \t]+from|belong(?:ed|s)?"
        r"[ \t]+to)\b",
        "",
    ),  # "list the experts ..., together with the institutions or companies they represent":
    # the people, whose lines name their bodies
    (
        ("with their",),
        r",?[ \t]+with[ \t]+their[ \t]+(?:affiliations?|employers?|institutions?|organi[sz]ations?)"
        r"(?=[ \t]*[.?!]*[ \t]*$)",
        "",
    ),  # "the experts invited to lecture in Shanghai, with their affiliations": the people,
    # whose lines name their bodies
    (("line",), r"\bline[- ]up[ \t]+of\b", "list of"),  # "the full line-up of the experts"
    (
        ("own",),
        r"(?<=['\u2019]s)[ \t]+own(?=[ \t]+(?:staff|people|officials?|experts?|team)\b)",
        "",
    ),
    # "who from WIPO's own staff lectured": WIPO's staff
    (("one year",), r"\bon[ \t]+one[ \t]+year\b", "year on year"),  # French "sur un an"
    (("no.",), r"\b(which|what)[ \t]+no\.(?=[ \t]*\?|[ \t]*$)", r"\1 number"),  # "partnership
    # anniv - which no.?": which number
    (
        ("1st",),
        r"\b1st(?=[ \t]+(?:lecture|talk|speech|speaker|lecturer|session|presentation)s?\b)",
        "first",
    ),  # "who gave the 1st lecture": the first, as the article says it
    (
        ("as the",),
        r",?[ \t]+as[ \t]+the[ \t]+(?:article|piece|report|story)[ \t]+(?:lists|names|gives|puts|"
        r"describes|calls)[ \t]+(?:them|it|him|her)\b",
        "",
    ),  # "enumerate the countries ..., as the article lists them": the countries
    (
        ("once", "simultaneously", "same time"),
        r"(?:(?<=posts)|(?<=roles)|(?<=jobs)|(?<=titles)|(?<=positions))[ \t]+(?:at[ \t]+once|"
        r"simultaneously|at[ \t]+the[ \t]+same[ \t]+time)\b",
        "",
    ),  # "holding two posts at once": his two posts
    (
        ("fell in", "falls in", "fall in"),
        r"[ \t]+(?:fell|falls|fall)[ \t]+in[ \t]+(?:that|this|the[ \t]+same)[ \t]+year\b",
        "",
    ),  # "which anniversary did the meeting say fell in that year": the anniversary it noted
    (
        ("sorry", "i mean", "rather"),
        r"\b[\w'-]+[ \t]+[-\u2013\u2014][ \t]*(?:sorry|i[ \t]+mean|or[ \t]+rather|rather)[ \t]*,?"
        r"[ \t]+([\w'-]+)[ \t]*[-\u2013\u2014]",
        r"\1",
    ),  # "how many Teilnehmer - sorry, participants - had it": the word put right
    (("reali",), r"\b(was|were|is|are|be|been)[ \t]+reali[sz]ed\b", r"\1 held"),  # Portuguese
    # "realizado": "where was realized the forum": held
    (
        ("according",),
        r"\baccording[ \t]+(?=(?:the|this|that|these|those|her|his|their)\b)",
        "according to ",
    ),  # "according the meeting", "according this news": according to
    (
        ("focus", "theme", "concern"),
        r"\b(what|which)[ \t]+(?:challenge|issue|problem|topic|subject|technology|question)s?[ \t]+"
        r"(was|were|is|are)[ \t]+(?:the[ \t]+)?(main|key|primary|central|chief)[ \t]+"
        r"(focus|theme|concern)\b",
        r"\1 \2 the \3 \4",
    ),  # "what challenge was the main focus": what was the main focus
    (
        ("quoted",),
        r"\b(creators?|musicians?|artists?|composers?|songwriters?|lyricists?|people|experts?|"
        r"officials?|speakers?|lecturers?|guests?|who|whom)([ \t]+(?:was|were|had[ \t]+been|been)"
        r"|[ \t]*[\u2013\u2014-])?[ \t]*quoted"
        r"[ \t]+(?=(?:at|in|during)[ \t]+the[ \t]+(?:[\w-]+[ \t]+){0,5}?(?:roundtable|"
        r"forum|training|meeting|conference|event|session|ceremony)\b)",
        r"\1\2 speaking ",
    ),  # "the music creators quoted at the roundtable": those who spoke there
    (
        ("lecturers", "speakers", "experts", "officials", "guests", "creators", "panelists",
         "representatives", "executives"),
        r"\bthe[ \t]+(?:(?:two|three|four|both)[ \t]+)?(?:[\w-]+[ \t]+){0,4}?(?:lecturers|speakers|"
        r"experts|officials|guests|creators|panelists|representatives|executives)[ \t]*,[ \t]*"
        r"((?-i:[A-Z])[^,;?]{2,60}?)[ \t]*,[ \t]*",
        r"\1 ",
    ),  # "which companies did the two Chinese industry lecturers, Zhang Fan and Guan Rui,
    # come from?": the names, not what describes them
    (
        ("behalf",),
        r"\bon[ \t]+behalf[ \t]+of[ \t]+(which|what)[ \t]+([\w-]+)[ \t]+(?:did|does|do)[ \t]+"
        r"(he|she|they)[ \t]+(?:speak|talk|appear|attend|present|lecture)\b",
        r"\1 \2 was \3 from",
    ),  # "on behalf of which association did she speak?": which association was she from
    (
        ("associated", "affiliated", "connected", "linked"),
        r"\bwith[ \t]+(which|what)[ \t]+([\w-]+)[ \t]+(?:was|is|were|are)[ \t]+(he|she|they)[ \t]+"
        r"(?:associated|affiliated|connected|linked)\b",
        r"\1 \2 was \3 from",
    ),  # "and with which company was he associated?": which company was he from
    (
        ("associated", "affiliated", "connected", "linked"),
        r"\b(?:associated|affiliated|connected|linked)[ \t]+with[ \t]+(which|what)\b",
        r"from \1",
    ),  # "associated with which company": from which
    (
        ("specify", "enumerate", "identify", "indicate", "list"),
        r"^\W*(?:(?:kindly|please)[ \t]+)?(?:specify|enumerate|identify|indicate|list)[ \t]+"
        r"(?=(?:the|all|each|every)\b)",
        "list ",
    ),  # "Kindly specify the trade negotiations ...": list them
    (("terms",), r"\bin[ \t]+what[ \t]+terms\b", "in what words"),  # "in what terms did he
    # characterise it": in what words
    (
        ("characterise", "characterize", "characterised", "characterized"),
        r"\bcharacteri[sz](e|ed)\b",
        r"describ\1",
    ),
    (("same",), r"\bthe[ \t]+same(?=[ \t]*[?.!]*[ \t]*$)", "it"),  # "and in what terms did
    # he characterise the same?" (legal English): it
    (
        ("whether",),
        r"^\W*whether[ \t]+it[ \t]+is[ \t]+(?:correct|true|accurate|right)[ \t]+"
        r"(?:to[ \t]+(?:state|say)[ \t]+)?that[ \t]+",
        "is it true that ",
    ),  # "Whether it is correct to state that X" (legal English): is it true that X
    (("whether",), r"^\W*whether[ \t]+(?=\w)", "is it true that "),  # "Whether Mr. X appeared
    # on behalf of CISAC, or ...?": is it true that he did
    (
        ("like",),
        r"\b(from|at|in|with|on|about|is|was|were|are|did|does|do|focus|gonna)[ \t]+like[ \t]+"
        r"(?!(?:the|a|an|this|that|these|those)\b)(?=\w)",
        r"\1 ",
    ),  # spoken "like" ("was jiang bo from like alibaba"): a filler, not a comparison
    (("like",), r"(?<=\w)[ \t]+like[ \t]+(?=(?:what|which|who|how|when|where)\b)", " "),  # "whos
    # silvie forban like what is her role"
    (
        ("colleague", "representative", "delegate", "staffer", "employee"),
        r"\bas[ \t]+an?[ \t]+((?-i:[A-Z]{2,8}))[ \t]+(?:colleague|representative|delegate|staffer|"
        r"employee)\b",
        r"on behalf of \1",
    ),  # "Benjamin Ng lectured in Xiamen as a WIPO colleague": on behalf of WIPO
    (
        ("piece", "article", "story", "report"),
        r"\b(?:the|this)[ \t]+([\w-]+)[ \t]+(?:piece|article|story|report)[ \t]+(?:names|lists|"
        r"mentions|gives|has)[ \t]+(?=as\b)",
        r"at \1 ",
    ),  # "every expert the Shanghai piece names as lecturers": those at Shanghai as lecturers
    (
        ("according",),
        r"^(\W*according[ \t]+to[ \t]+(?:(?:mr|ms|mrs|dr|prof)\.?[ \t]+)?(?-i:[A-Z])[\w-]+"
        r"(?:[ \t]+(?-i:[A-Z])[\w-]+){0,3})[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?(?-i:[A-Z])[\w-]+"
        r"(?:[ \t]+(?:training|forum|roundtable|meeting))?[ \t]*,",
        r"\1,",
    ),  # "According to Liu Hua in Xiamen, X": according to Liu Hua, X (her words say where)
    (("attached",), r"\battached[ \t]+to\b", "from"),  # "was he attached to some other
    # body": from it
    (("said",), r"\b(the|this|that)[ \t]+said[ \t]+(?=\w)", r"\1 "),  # "the said training":
    # the training
    (
        ("names", "name"),
        r"\b(?:kindly[ \t]+|please[ \t]+)?(?:furnish|state|give|provide|supply)[ \t]+(?:me[ \t]+)?"
        r"(?:with[ \t]+)?the[ \t]+names?[ \t]+of[ \t]+",
        "list ",
    ),  # "Kindly furnish the names of all the experts who ...": list all the experts
    (
        ("convenient", "possible", "available"),
        r",?[ \t]*if[ \t]+(?:convenient|possible|available)\b",
        "",
    ),  # "together with their institutions if convenient"
    (
        ("identify", "list", "describe"),
        r"\b(?:we|i)[ \t]+(?:identify|list|describe)[ \t]+([^.?!;]{2,80}?)[ \t]+as[ \t]+",
        r"\1 is ",
    ),  # "We identify Cogo as a law professor at Strasbourg. Correct?": Cogo is one
    (
        ("credits", "credit"),
        r"\b(?:(?:our|my)[ \t]+(?:piece|copy|story|draft|article)|we|i)[ \t]+credits?[ \t]+"
        r"([^.?!;]{2,120}?)[ \t]+as[ \t]+(?:the[ \t]+)?(?:co-?)?(?:organi[sz]ers|hosts)"
        r"[ \t]+of[ \t]+",
        r"\1 organized ",
    ),  # "Our piece credits WIPO and X as organizers of the Xiamen training": they organized it
    (
        ("put",),
        r"\bput[ \t]+(it|this|that|them|these|those)[ \t]+on(?=[ \t]*(?:[?.!,;]|$))",
        r"organized \1",
    ),  # "and who put it on?": who organized it
    (("put",), r"\b(who|which\s+\w+)[ \t]+put[ \t]+on\b", r"\1 organized"),  # "who put on
    # the training"
    (
        ("person", "individual"),
        r"\b(?:which|what)[ \t]+(?:person|individual)(?=[ \t]+(?:spoke|talked|represented|"
        r"gave|presented|lectured|said|was|is)\b)",
        "who",
    ),  # "which person spoke as representative of CMOs": who spoke
    (
        ("came", "come", "comes"),
        r"\bfrom[ \t]+(which|what)[ \t]+([\w&'\u2019-]+(?:[ \t]+[\w&'\u2019-]+){0,3}?)[ \t]+"
        r"(they|he|she|these|those)[ \t]+(?:came|come|comes)\b",
        r"\1 \2 were \3 from",
    ),  # "from which law firms they came?" (word order kept from another tongue): which
    # law firms were they from
    (
        ("how much",),
        r"\bhow[ \t]+much[ \t]+(?=(?:people|persons|participants|attendees|days|countries|members|"
        r"works|treaties|experts|speakers|lecturers|representatives|organi[sz]ations|times)\b)",
        "how many ",
    ),  # "how much people participated", "how much days": how many
    (
        ("represent",),
        r"\bhow[ \t]+much[ \t]+(?=(?:[\w'\u2019]+[ \t]+){0,8}?represent(?:ed|s)?"
        r"(?:[ \t]+[\w'\u2019]+){0,4}?[ \t]+in[ \t]+(?:the[ \t]+)?"
        r"(?:total[ \t]+)?(?:(?:china['\u2019]?s|chinese|national)[ \t]+)?gdp\b)",
        "what share of GDP ",
    ),  # "how much represented the copyright industry in the total GDP": its share
    (("is correct",), r"^\W*is[ \t]+correct[ \t]+(?:that[ \t]+)?(?=\w)", "is it correct that "),
    # "Is correct that the CWWCS had ..." (a Portuguese reader drops "it")
    (("quality",), r"\bin[ \t]+(?:which|what)[ \t]+quality\b", "in what role"),  # French "en
    # quelle qualite": "he represents which organisation and in which quality?"
    (
        ("following",),
        r"(?<=\S),?[ \t]+following[ \t]+(?=(?:the[ \t]+)?(?:ncac|wipo|article|interview|report|"
        r"national[ \t]+copyright)\b)",
        ", according to ",
    ),  # French "suivant": "how many treaties has China joined, following the NCAC?"
    (
        ("since how",),
        r"\bsince[ \t]+how[ \t]+(many|long)\b(?=[ \t]+(?:years|decades)\b|[ \t]*[,?])",
        r"in how \1",
    ),  # "the first agreement of WIPO ... since how many years" (French "depuis", German
    # "seit"): in how many years (but not "since when", which asks a start)
    (
        ("that moment",),
        r"(?<=\w),?[ \t]*at[ \t]+that[ \t]+moment(?=[ \t]*\?*[ \t]*$)",
        "",
    ),  # "... in how many years, at that moment?" (French "a ce moment-la"): the fact's own
    # time, which it asks nothing beyond
    (
        ("spelled", "spelt"),
        r"(?<=\w),?[ \t]+(?:spelled|spelt)[ \t]+(?:exactly|precisely|in[ \t]+full)"
        r"(?=[ \t]*,|[ \t]+in[ \t]|[ \t]*\?|[ \t]*$)",
        "",
    ),  # "Scot Morris's title and organization, spelled exactly, in the Chengdu article":
    # as on record, which is the article's spelling
    (
        ("called", "named"),
        r"(?i)^\W*how[ \t]+(?:is|was|are|were)[ \t]+(?:called|named)[ \t]+(?=(?:the|that|this)"
        r"[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:professor|functionary|official|man|woman|lady|person|"
        r"expert|lecturer|speaker|director|head|chief|representative|guy)\b)",
        "who is ",
    ),  # "How is called the professor of the University of Turin?": who is he
    (
        ("called", "named"),
        r"(?i)^\W*how[ \t]+(?:is|was|are|were)[ \t]+(?:called|named)[ \t]+(?=the\b|that\b|this\b)",
        "what is the name of ",
    ),  # "How is called the professor of the University of Turin ...?" (Spanish "como se
    # llama", German "wie heisst"): what is the name of
    (
        ("economy",),
        r"(?i)\b(?:compared|relative)[ \t]+(?:to|with)[ \t]+(?:the[ \t]+)?(?:whole|entire|overall|"
        r"national|total|country's|china's)?[ \t]*economy\b",
        "as a share of GDP",
    ),  # "how big is China's copyright business compared to the whole economy": its GDP share
    (
        ("bigger", "larger", "wider"),
        r"(?i)\b(?:becomes?|became|becoming|gets?|getting|got|grows?|growing|grew)[ \t]+"
        r"(?:bigger|larger|wider)\b(?![ \t]+than\b)",
        "widening",
    ),  # "the gap with the U.S. becomes bigger" (German "wird groesser"): widening
    (
        ("smaller", "narrower"),
        r"(?i)\b(?:becomes?|became|becoming|gets?|getting|got)[ \t]+(?:smaller|narrower)\b"
        r"(?![ \t]+than\b)",
        "narrowing",
    ),  # "the gap becomes smaller": narrowing
    (
        ("'re", "\u2019re"),
        r"(?i)\b(they|we|you|who)['\u2019]re\b",
        r"\1 are",
    ),  # "the law firms they're partners at" (not "re:", regarding)
    (
        ("words",),
        r"(?i)\bby[ \t]+(h(?:is|er)|their)[ \t]+words\b",
        r"according to \1",
    ),  # "how many countries had ratified it, by her words?" (German "nach ihren Worten")
    (
        ("working", "work", "operating"),
        r"(?i)(\btreaty\b[^?]{0,60}?)\b(?:start|begin)[ \t]+(?:working|to[ \t]+work|operating)\b",
        r"\1enter into force",
    ),  # "what does the Beijing Treaty need to start working": to enter into force
    (
        ("word for word",),
        r"(?i)\b(titles?|names?)\b([^?]{0,60}?),?[ \t]+word[ \t]+for[ \t]+word\b",
        r"\1\2",
    ),  # "Gao Yunfei has two titles ... What are they, word for word?": the titles on record
    (
        ("english",),
        r"(?i),?[ \t]+(?:per|according[ \t]+to|in)[ \t]+the[ \t]+english[ \t]+(?:text|version|"
        r"article|original|piece)(?=[ \t]*\?|[ \t]*$)",
        "",
    ),  # "how many attended, per the English text?": the one text on record
    (
        ("put",),
        r"(?i)\bput[ \t]+([^?,;:]{3,80}?)[ \t]+at[ \t]+(?=(?:about|around|roughly|nearly|"
        r"over|under|almost|more[ \t]+than|less[ \t]+than)?[ \t]*(?:RMB|US)?\$?[ \t]*\d)",
        r"said \1 was ",
    ),  # "NCAC put the copyright industry at 7.41% of GDP for 2017": a figure given
)
"""Ways people say things, as the fact base's words: (words one of which the text must hold,
pattern, what it reads as). A pattern is compiled (then cached by re) only for a question
holding one of its words, not when `ask` starts."""
_SHORT_YEAR = (
    r"(?<![\w'\u2019])['\u2019](\d{2})\b(?![.,]\d|\s*(?:%|percent|per\s+cent|thousand|"
    r"million|billion|trillion|m\b|bn\b|k\b))"
)
"""A year as people shorten it: "in '21", "the '23 training" (2000 to 2049, else 19xx); not
a figure quoted ("the '10 million registrations' figure")."""


_SCALE_SHORT = r"(?<=\d)\s*(mlns?|mns?|m|blns?|bns?|b|trns?|tns?)\b"
"""A scale as people shorten it after a number: "477 mln", "5.1bn", "8.48 trn"."""
_SCALE_WORDS = {"m": "million", "b": "billion", "t": "trillion"}


def _scaled(text: str) -> str:
    """A question with shortened scales written out ("477 mln yuan" is "477 million yuan"),
    so a figure it states is read as the fact base writes it."""
    if not any(c.isdigit() for c in text):
        return text
    return re.sub(
        _SCALE_SHORT,
        lambda m: " " + _SCALE_WORDS[m[1][0].lower()],
        text,
        flags=re.IGNORECASE,
    )


_ORDINALS = {
    word: f"{n}th" if n % 10 not in (1, 2, 3) or 10 < n % 100 < 14
    else f"{n}{({1: 'st', 2: 'nd', 3: 'rd'})[n % 10]}"
    for word, n in (
        ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6),
        ("seventh", 7), ("eighth", 8), ("ninth", 9), ("tenth", 10), ("eleventh", 11),
        ("twelfth", 12), ("twentieth", 20), ("thirtieth", 30), ("fortieth", 40),
        ("fiftieth", 50), ("sixtieth", 60), ("seventieth", 70), ("eightieth", 80),
        ("ninetieth", 90),
    )
}  # fmt: skip
"""Ordinal words as figures ("fortieth": 40th)."""
def ordinals_as_figures(text: str) -> str:
    """A text with its ordinal words before what they count as figures ("the fortieth
    anniversary": the 40th anniversary)."""
    return _ORDINAL_WORD.sub(lambda m: _ORDINALS[m[1].lower()], text)


_ORDINAL_WORD = lazy_pattern(
    r"(?i)\b(" + "|".join(_ORDINALS) + r")\b(?=\s+(?:anniversary|edition|session|expo|forum|"
    r"china|meeting|training))"
)
"""An ordinal word before what it counts ("the fortieth anniversary", "the tenth expo")."""


_TAGALOG = {
    "po": "", "ba": "", "daw": "", "pala": "", "naman": "", "lang": "", "talaga": "",
    "mga": "", "na": "", "pa": "", "yung": "the", "ang": "the", "sa": "at", "ng": "of",
    "nung": "at", "noong": "at", "ni": "by", "nina": "by", "sino": "who", "ano": "what",
    "anong": "what", "ilan": "how many", "ilang": "how many", "kailan": "when",
    "magkano": "how much", "alin": "which", "saan": "where", "bakit": "why", "nya": "his",
    "niya": "his", "siya": "he", "sila": "they", "nila": "their", "mas": "more",
    "sabi": "said", "tama": "correct", "kailangan": "needed", "para": "for", "may": "there was",
    "malaki": "bigger", "maraming": "more", "nakuha": "got", "each": "each", "diba": "right",
    "ngayon": "now", "lahat": "all", "nag": "", "mag": "",
}  # fmt: skip
"""Filipino words of a Taglish question, as English ("sino po nag give ng first lecture sa
Shanghai": who gave the first lecture at Shanghai); "po", "ba" and "daw" are courtesy and
hearsay, read as nothing."""
_TAGALOG_MARKS = frozenset(
    "po ba ng sa nung noong diba sino ano anong ilan ilang kailan magkano alin yung nya niya "
    "sabi daw tama".split()
)
"""Words only a Taglish question holds: two of them make it one."""
_TAGALOG_VERB = lazy_pattern(r"(?i)^(?:nag|mag|ni|nire|na|i)-(?=[a-z])")
"""A Filipino verb prefix on an English verb ("nag-adopt", "ni-ratify", "nire-revise")."""
_SCOTS = {
    "whit": "what", "fae": "from", "frae": "from", "tae": "to", "o": "of", "mony": "many",
    "wi": "with", "aboot": "about", "thegither": "together", "dae": "do", "aw": "all",
    "ower": "over", "richt": "right", "gonnae": "going to", "ye": "you", "aye": "yes",
    "wee": "", "ken": "know", "kent": "knew", "cannae": "cannot", "didnae": "did not",
    "isnae": "is not", "wisnae": "was not", "yin": "one", "ain": "own", "aff": "off",
    "oot": "out", "hoo": "how", "whaur": "where", "wha": "who", "disnae": "does not",
}  # fmt: skip
"""Scots words of a question, as English ("whit year was that", "the lady fae Strasbourg")."""
_SCOTS_MARKS = frozenset(
    "whit fae frae tae mony wi aboot thegither dae ower richt gonnae cannae didnae isnae "
    "wisnae aye whaur wha hoo".split()
)
"""Words only a Scots question holds: two of them make it one."""
_PIDGIN = {
    "dia": "their", "wahala": "dispute", "sabi": "know", "una": "you", "oga": "head",
    "hype": "cite", "hyped": "cited", "im": "his", "wan": "want",
}  # fmt: skip
"""Nigerian Pidgin words of a question, as English ("dia GDP", "the Hi, Mom wahala"); the
words Pidgin shares with chat ("wey", "na", "dey", "wetin", "e") are `SHORT_FORMS`'."""
_PIDGIN_MARKS = frozenset("wey dia sef abeg wetin dey wahala sabi una oga".split())
"""Words only a Pidgin question holds: one of them makes it one."""
_DIALECTS = (
    (_TAGALOG_MARKS, _TAGALOG, _TAGALOG_VERB, 2),
    (_SCOTS_MARKS, _SCOTS, None, 1),
    (_PIDGIN_MARKS, _PIDGIN, None, 1),
)
"""Each way of speaking read as English: the words that mark it, its words, a prefix, and
how many marks make a question one (two for Taglish, whose "sa" and "po" English may hold;
one for Scots and Pidgin, whose marks English never writes)."""
_PIDGIN_TURNS = (
    (r"(?i)\btalk(?:ed)?\s+say\b", "said"),  # "Zhao Xiuling talk say ...": said
    (r"(?i)^\W*e\s+pass\s+(?=\d)", "were there more than "),  # "e pass 100 people wey attend"
    (r"(?i)\blecture\s+for\b", "lecture at"),  # "the CCTV guy wey lecture for xiamen"
    (r"(?i)\bna\s+(who|wetin|what|how\s+many|how\s+much)\W*$", r"\1?"),  # ", na who"
)
"""Pidgin turns of more than one word, as English, once its words are read."""


def dialect_read(text: str) -> str:
    """A Taglish, Scots or Nigerian Pidgin question with its Filipino, Scots or Pidgin words
    read as English (`_TAGALOG`, `_SCOTS`, `_PIDGIN`) when it holds enough words only that
    way of speaking uses (two for Taglish, one for the others: `_DIALECTS`); any other text
    as written."""
    tokens = text.split()
    if len(tokens) > 200:
        return text
    folded = [re.sub(r"['\u2019]s$", "", t.strip("?.,!;:'\u2019")).lower() for t in tokens]
    for marks, words, prefix, least in _DIALECTS:
        if sum(t in marks for t in folded) < least:
            continue
        out = []
        for token in tokens:
            core = token.strip("?.,!;:")
            at = token.find(core) if core else len(token)
            word = prefix.sub("", core) if prefix is not None else core
            owned = re.search(r"['\u2019]s$", word)  # "whit's": what's
            stem = word[: owned.start()] if owned else word
            said = words.get(stem.lower(), stem) + (owned[0] if owned and stem else "")
            out.append(f"{token[:at]}{said}{token[at + len(core) :]}")
        read = re.sub(r"\s+([?.,!;:])", r"\1", " ".join(t for t in out if t)).strip()
        if words is _PIDGIN:
            for pattern, said in _PIDGIN_TURNS:
                read = re.sub(pattern, said, read)
        return re.sub(  # "ilan po yung total number of ...": what is the total number
            r"(?i)\bhow many the\b(?=(?:\s+total)?\s+(?:number|count)\b)", "what is the", read
        )
    return text


_BLANKS = (
    (r"^\W*fill[ \t]+in(?:[ \t]+the[ \t]+blanks?)?[ \t]*[:\u2013\u2014-]?[ \t]*", ""),
    (r"\b(?:more[ \t]+than|over|about|around|nearly|almost|some)[ \t]+_{2,}", "how many"),
    (r"_{2,}(?=[ \t]+[a-z]+s\b)", "how many"),
    (r"_{2,}", "what"),
)
"""A quiz's blank as the question it asks: "Fill in: MCSC had more than ___ members" is "MCSC
had how many members", "___ countries have ratified" "how many countries", any other blank
"what"."""


def blanks_asked(text: str) -> str:
    """A fill-in-the-blank question as the question it asks (`_BLANKS`); any other as typed."""
    if "__" not in text:
        return text
    for pattern, said in _BLANKS:
        text = re.sub(pattern, said, text, flags=re.IGNORECASE)
    return text


_SAYING_WORDS = tuple(sorted({w for words, _, _ in _SAYINGS for w in words}))
"""Every word that lets a saying apply, each looked for once a question."""
_SAYING_SETS = tuple(frozenset(words) for words, _, _ in _SAYINGS)


def said_plainly(text: str) -> str:
    """A question with the ways people say things (`_SAYINGS`, shortened years) as the fact
    base's words."""
    text = dialect_read(text)
    lowered = text.lower()
    if "'" in text or "\u2019" in text:
        text = re.sub(_SHORT_YEAR, lambda m: ("20" if int(m[1]) < 50 else "19") + m[1], text)
    present = {w for w in _SAYING_WORDS if w in lowered}  # (as typed, before any saying)
    for found, (_, pattern, said) in zip(_SAYING_SETS, _SAYINGS, strict=True):
        if not found.isdisjoint(present):
            text = re.sub(pattern, said, text, flags=re.IGNORECASE)
    one = [len(w) == 1 for w in text.split()]  # three one-letter words in a row
    if any(all(one[i : i + 3]) for i in range(len(one) - 2)):
        text = re.sub(_SPELLED_OUT, lambda m: "".join(m.group().split()), text)
    return text


_SPACED_THOUSANDS = r"(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d.,]*\d)"
"""A number written with spaces between its thousands ("14 000", "2 000 000")."""


_RANGE_UNIT_ONCE = (
    r"(?i)\b(between|from)\s+(\d{1,3}(?:\.\d{1,3})?)\s+(and|to)\s+(\d{1,3}(?:\.\d{1,3})?)\s*"
    r"(?:%|per\s?cent\b|percent\b)"
)
"""A range of percentages with its unit said once ("between 9 and 12 per cent")."""


_TENS_OF_YEARS = r"(?i)\b(thirty|forty|fifty|sixty|seventy|eighty|ninety)\s+years\b"
"""A round number of years in words ("forty years of partnership")."""
_IS_IT_TAG = r"(?i)(?<=[^\s,])[,\s]+(?:is\s+it(?:\s+so)?|is\s+that\s+so)\s*\?*\s*$"
"""A check at the end of a claim ("..., is it?", "..., is it so?", Singlish "up 15% is it")."""
_WH_BEFORE_TAG = r"(?i)\b(?:who|what|which|where|when|how|why)\b[^,.;:?!\u2013\u2014-]{0,40}$"
"""A question word right before "is it" ("Who is it?"), which asks, and checks nothing."""
_OPENS_ASKING = (
    r"(?i)\s*(?:what|which|who|whom|whose|when|where|why|how|is|was|are|were|do|does|did|can|"
    r"could)\b"
)
"""A question that opens by asking ("what is it?"), whose "is it" is no check."""
_OR_NOT_TAG = r"(?i)\b(correct|true|right|accurate)\s+or\s+not\b(?=\W*$)"
"""A check at a claim's end with "or not" ("..., correct or not?"): "not" turns nothing round."""


def written_as_on_record(text: str) -> str:
    """A question with its figures and its check at the end written as the fact base and
    the answerer read them: thousands set apart
    by spaces ("14 000 members", as French or Russian write them) set apart by commas, and a
    range's unit said once given to both ends ("between 9 and 12 per cent": 9% and 12%); and
    a check "..., correct or not?" as "..., correct?"."""
    if re.search(r"\d \d{3}(?!\d)", text):
        text = re.sub(_SPACED_THOUSANDS, lambda m: m[0].replace(" ", ","), text)
    if "between" in text.lower() or "from" in text.lower():
        text = re.sub(_RANGE_UNIT_ONCE, r"\1 \2% \3 \4%", text)
    if "years" in text.lower():  # "forty years of partnership": 40 years
        text = re.sub(_TENS_OF_YEARS, lambda m: f"{_TENS[m[1].lower()]} years", text)
    if " or not" in text.lower():  # "..., correct or not?": a check, "not" turns nothing round
        text = re.sub(_OR_NOT_TAG, r"\1", text)
    if " it" in text.lower() and not re.match(_OPENS_ASKING, text):  # "X was organised by Y,
        tag = re.search(_IS_IT_TAG, text)  # is it?": a check, as "right?" is (not "... Who
        if tag is not None and not re.search(_WH_BEFORE_TAG, text[: tag.start()]):  # is it?")
            text = f"{text[: tag.start()]}, right?"
    return text

_SPELLED_OUT = r"(?<![\w'])[a-z](?: [a-z]){2,4}(?![\w'])"
"""An abbreviation spelled out letter by letter, as speech-to-text writes it ("n c a c":
NCAC); small letters only, three to five of them; compiled (then cached by re) only for text
with three one-letter words in a row."""


_SLASH = lazy_pattern(r"(?<=[A-Za-z])\s*/\s*(?=[A-Za-z])|(?<=\d)\s+/\s+(?=[A-Za-z])")
"""A slash between words, read as "and" ("w/" is "with", read before); after a figure or
year too when spaced ("Sichuan copyright trading 2018 / works registered")."""


def words_of(text: str) -> list[str]:
    """The question's folded words, possessives dropped, % read as "share" and short forms
    ("intl") as the word the fact base writes."""
    return list(_words_of(text))


@functools.lru_cache(maxsize=256)
def _words_of(text: str) -> tuple[str, ...]:
    """`words_of`, read once per text: a question is read several times, each reading and
    several of its parts asking for the same words."""
    text = said_plainly(text)  # "in '21", "y/n", "on the program", "roll call"
    if "us" in text.lower() or "u.s" in text.lower():  # compiled only for a text needing it
        text = re.sub(_US, "United States", text)
    if "'" in text or "\u2019" in text:
        text = re.sub(_DID, r"\1 did", re.sub(_POSSESSIVE, r"\1", text), flags=re.IGNORECASE)
        text = re.sub(_INNER_APOSTROPHE, "", text)  # "Xi'an": one word, not "Xi" and "an"
    ends = ("nt", "n't", "n\u2019t")  # "why wasn't it in force", "isnt it?"
    if any(w.rstrip("?!.,;:)\"'\u201d").endswith(ends) for w in text.lower().split()):
        text = re.sub(_NOT, r"\1 not", text, flags=re.IGNORECASE)
    if "office" in text.lower():  # "what office did he hold": his post, no office
        text = re.sub(_OFFICE_HELD, r"\1post", text)
    if "co-" in text.lower():  # "co-organized", "co-hosted": organized, hosted
        text = re.sub(r"\bco-(?=[a-z])", "", text, flags=re.IGNORECASE)
    if "gen" in text.lower():  # "deputy sec-gen", "sec. gen.": secretary general; "dir-gen"
        text = re.sub(r"\bsec(?:\.|-|\s)\s*gen\b\.?", "secretary general", text, flags=re.I)
        text = re.sub(r"\bdir(?:\.|-|\s)\s*gen\b\.?", "director general", text, flags=re.I)
    cleaned = text.replace("%", " share ")
    cleaned = _WITH.sub("with ", cleaned)  # "w/ wipo", "where'd they"
    cleaned = _NUMBER_OF.sub("number ", _BELT.sub("Belt and Road", cleaned))
    cleaned = cleaned.replace("+", " and ").replace("&", " and ")  # "vice chair & DG"
    if " x " in cleaned.lower():  # "the NCAC x WIPO training": a collaboration, both
        cleaned = re.sub(r"(?<=[A-Za-z])\s+[xX]\s+(?=[A-Za-z])", " and ", cleaned)
    cleaned = _SLASH.sub(" and ", cleaned)  # "vice chair / DG", "ratified/acceded"
    words = fold(cleaned).split()
    out: list[str] = []
    for i, w in enumerate(words):
        long = SHORT_FORMS.get(w, w)
        if len(long) > 4 and long.endswith("ys") and long[-3] not in "aeiouy":
            long = f"{long[:-2]}ies"  # "countrys", "companys": a plural misspelt
        plural = any(x.endswith("s") for x in words[i + 1 : i + 3])  # "which 2 (chinese)
        # treaties": two
        lasting = words[i + 1 : i + 2] in (["days"], ["day"])  # "3 days": as the facts say it
        if (
            len(w) == 1
            and w in "23456789"
            and ((out[-1:] and out[-1] in COUNTED_AFTER and plural) or lasting)
        ):
            long = COUNT_WORDS[int(w)]
        if w == "1" and words[i + 1 : i + 2] in (["more"], ["further"], ["additional"]):
            long = "one"  # "1 more country": as the facts say it
        if long in MONTH_WORDS and w in _NAME_LIKE_MONTHS and not _dated(words, i):
            long = w  # "Guan Jun" is a name; "Jun 2021" a month; "shanghai oct training" one
        out += DEMONYMS.get(long, long).split()
    return tuple(out)


COUNTED_AFTER = frozenset("which what the name list those these all both top".split())
"""Words after which a digit before a plural is a count written as a word ("which 2
treaties")."""


DEMONYMS = {
    "aussie": "australia",
    "italian": "italy",
    "french": "france",
    "australian": "australia",
    "american": "united states",
    "british": "united kingdom",
    "korean": "korea",
    "mexican": "mexico",
    "japanese": "japan",
    "german": "germany",
    "spanish": "spain",
    "russian": "russia",
    "indian": "india",
    "canadian": "canada",
    "brazilian": "brazil",
    "vietnamese": "vietnam",
    "thai": "thailand",
    "swiss": "switzerland",
    "dutch": "netherlands",
    "singaporean": "singapore",
    "pakistani": "pakistan",
    "egyptian": "egypt",
    "kenyan": "kenya",
    "nigerian": "nigeria",
    "finnish": "finland",
    "swedish": "sweden",
    "bangladeshi": "bangladesh",
    "nepali": "nepal",
    "nepalese": "nepal",
    "kazakh": "kazakhstan",
    "belgian": "belgium",
    "austrian": "austria",
    "malaysian": "malaysia",
    "indonesian": "indonesia",
    "european": "europe",
    "asian": "asia",
    "african": "africa",
}
"""A country's people as a question names them ("an Italian academic"), read as the country
(the place it constrains the answer to). "Chinese" stays a word: nearly every fact is of
China."""


CONTINENTS = {
    **dict.fromkeys(
        ("italy", "france", "germany", "spain", "united kingdom", "switzerland", "netherlands",
         "russia", "belgium", "austria", "sweden", "poland", "finland"),
        "europe",
    ),
    **dict.fromkeys(
        ("china", "japan", "south korea", "korea", "singapore", "thailand", "vietnam", "india",
         "pakistan", "malaysia", "indonesia", "bangladesh", "nepal", "kazakhstan"),
        "asia",
    ),
    **dict.fromkeys(("kenya", "nigeria", "egypt", "south africa", "ghana", "zimbabwe"), "africa"),
    **dict.fromkeys(("united states", "canada", "mexico", "brazil", "argentina"), "americas"),
    "australia": "oceania",
}  # fmt: skip
"""The continent of a country the fact base names, for "the European experts"."""
SUBREGIONS = {
    ("south", "asia"): frozenset({"india", "pakistan", "bangladesh", "nepal", "sri lanka"}),
    ("southeast", "asia"): frozenset(
        {"thailand", "vietnam", "singapore", "malaysia", "indonesia", "philippines"}
    ),
    ("east", "asia"): frozenset({"china", "japan", "south korea", "korea"}),
    ("central", "asia"): frozenset({"kazakhstan"}),
    ("western", "europe"): frozenset(
        {"italy", "france", "germany", "spain", "united kingdom", "switzerland", "netherlands",
         "belgium", "austria"}
    ),
    ("eastern", "europe"): frozenset({"russia", "poland"}),
    ("northern", "europe"): frozenset({"finland", "sweden"}),
    ("west", "africa"): frozenset({"nigeria", "ghana"}),
    ("east", "africa"): frozenset({"kenya"}),
    ("north", "africa"): frozenset({"egypt"}),
    ("southern", "africa"): frozenset({"south africa", "zimbabwe"}),
}  # fmt: skip
"""The countries of a part of a continent the fact base names ("South Asian": Nepal)."""
SUBREGION_WORDS = frozenset(
    {"south", "southeast", "east", "central", "western", "eastern", "northern", "west", "north",
     "southern", "northeast", "southwest"}
)  # fmt: skip
LATIN_AMERICA = frozenset({"mexico", "brazil", "argentina", "chile", "colombia", "peru"})
"""Countries of Latin America ("any Latin American country": Mexico)."""


MONTH_WORDS = frozenset(m.lower() for m in MONTH_NAMES)


def _dated(words: Sequence[str], i: int) -> bool:
    """Whether a month's short form at ``i`` has a day or a year beside it ("Jun 2021",
    "13 jun", "jun 13 2021"), not a figure ("Guan Jun's 9.38 trillion yuan")."""
    def day_or_year(w: str) -> bool:
        return w.isdigit() and (len(w) == 4 or 1 <= int(w) <= 31)

    if i and day_or_year(words[i - 1]):
        return True
    if not words[i + 1 : i + 2] or not day_or_year(words[i + 1]):
        return False
    following = words[i + 2] if i + 2 < len(words) else ""  # "Guan Jun's 9.38 trillion":
    if len(words[i + 1]) == 4 and not (following.isdigit() and len(following) <= 2):
        return True  # "oct 2023, 200+ participants": a month and year, then a figure
    if following.isdigit() and len(following) != 4:  # a figure after a name, not a day; but
        scaled = words[i + 3 : i + 4] and words[i + 3] in _SCALES  # "Dec 2-4": two days
        return not scaled and int(words[i + 1]) < int(following) <= 31
    return following not in _SCALES


_SCALES = frozenset("thousand million billion trillion bn mn tn yuan rmb share percent".split())
"""Words after a number that make it a figure, not a day of a month."""


_COUNT_LEADS = frozenset({("more", "than"), ("fewer", "than"), ("less", "than"), ("at", "least")})
"""Two words before a number that make it a count, not a year ("more than 2000 record
companies")."""


def is_count(words: Sequence[str], at: int) -> bool:
    """Whether a year-like number is a count ("more than 2000 record companies", "nearly
    2000 members"), by the hedge before it."""
    return (
        tuple(words[max(0, at - 2) : at]) in _COUNT_LEADS
        or (at > 0 and words[at - 1] in ("nearly", "almost", "approximately", "roughly", "some"))
        or _listed_count(words, at)
        or (at > 0 and words[at - 1] in _LOOSE_COUNT_LEADS and _counts_things(words, at))
        or tuple(words[at + 1 : at + 2]) in (("yr",), ("annually",), ("pa",))  # "2000/yr",
        or (tuple(words[at + 1 : at + 2]) == ("year",) and tuple(words[at + 2 : at + 3]) not in (
            ("on",), ("over",), ("to",), ("of",), ("end",)))  # "~2000/yr" (not "2023
        # year-on-year growth")
        or tuple(words[at + 1 : at + 3]) in _A_YEAR  # "2000 a year": so many each year
    )


_A_YEAR = frozenset({("a", "year"), ("per", "year"), ("each", "year"), ("every", "year"),
                     ("a", "yr"), ("per", "yr"), ("per", "annum")})  # fmt: skip
"""Words after a number that make it an amount each year ("2000 a year"), not a year."""


_LOOSE_COUNT_LEADS = frozenset({"over", "about", "around", "above", "under", "below"})
"""A word before a year-like number that makes it a count when things follow ("over 2000
record companies"), though "over 2000 to 2023" is no count."""


def _counts_things(words: Sequence[str], at: int) -> bool:
    """Whether the one or two words after a number name a plural thing ("2000 record
    companies", "2000 members"), not a year's ("2000 was", "2000 and 2001")."""
    after = words[at + 1 : at + 3]
    return bool(after) and all(w.isalpha() for w in after) and any(
        w.endswith("s") and len(w) > 3 and w not in ("was", "has", "does", "years") for w in after
    )


def _listed_count(words: Sequence[str], at: int) -> bool:
    """Whether a year-like number follows "and" after a count of something, and counts a
    plural thing itself ("800 record companies n 2000 producers")."""
    if at < 3 or words[at - 1] not in ("and", "n", "&", "plus") or at + 1 >= len(words):
        return False
    if not (words[at + 1].isalpha() and words[at + 1].endswith("s")):
        return False
    before = words[max(0, at - 5) : at - 1]
    return any(
        w.isdigit() and not _YEAR.match(w) and words[k + 1 : k + 2] != ()
        and any(x.isalpha() for x in before[k + 1 :])
        for k, w in enumerate(before)
    )


def read(lookup: Lookup, text: str, *, respell: bool = False) -> Question:
    """Read a question: its words, years, places, kinds of organization and entities; with
    ``respell``, its misspellings of the fact base's words put right first (`respelt`). A
    text is read once per lookup: answering reads the same question and its parts again."""
    readings = NameIndex.of(lookup).readings
    key = (text, respell)
    if key not in readings:
        readings[key] = _read(lookup, text, respell=respell)
    return readings[key]


def _read(lookup: Lookup, text: str, *, respell: bool) -> Question:
    """`read`, done."""
    index = NameIndex.of(lookup)
    text = _joined(_scaled(text), index)
    words = words_of(text)
    scene = scene_of(text)
    taken: set[int] = set()
    years = tuple(
        (i, int(w))
        for i, w in enumerate(words)
        if _YEAR.match(w) and tuple(words[i + 1 : i + 2]) not in ARTICLE_WORDS
        and not is_count(words, i)
    )  # "the 2023 article" dates an article, not the fact asked for
    dating = tuple((i, y) for i, y in years if set(words[i + 1 : i + 3]) & EVENT_WORDS)
    joined = {i for i, _ in years if i >= 2 and words[i - 1] in ("and", "or", "vs", "versus")
              and _YEAR.match(words[i - 2])}  # fmt: skip  ("the 2021 and 2023 trainings")
    if joined and any(i in joined for i, _ in dating):  # both date events, as the last does
        dating = tuple(sorted({*dating, *((i, y) for i, y in years if i + 2 in joined)}))
    if len(dating) < len(years):  # "data shared at the 2025 roundtable, ... in 2024": 2024
        years = tuple(y for y in years if y not in dating)
    taken.update(i for i, w in enumerate(words) if _YEAR.match(w))
    latest = [i for i, w in enumerate(words) if w in LATEST_WORDS]
    for i in range(len(words) - 1):
        if words[i] in ("last", "this", "past") and words[i + 1] == "year":
            latest += [i, i + 1]
        if (words[i], words[i + 1]) in (("these", "days"), ("at", "present"), ("so", "far")):
            latest += [i, i + 1]  # "what's its membership these days"
    known = index.places
    words = [  # "cavcas money": CAVCA's, its apostrophe dropped
        w[:-1]
        if len(w) > 3 and w.endswith("s") and w[:-1] in index.abbreviations
        and w not in index.words
        else w
        for w in words
    ]  # fmt: skip
    if respell:
        words = respelt(words, _vocabulary(lookup, index))
        words = respelt(  # "titel", "mnay", "membrs": a short word questions are asked with
            words, ASKED_WITH, shortest=ASKED_RESPELL_MIN,
            known=_vocabulary(lookup, index) | STOP | GENERIC, slips=True,
        )  # fmt: skip
        words = respelt(  # "representitives", "cerimony": a long word questions are asked
            words, ASKED_WITH, shortest=ASKED_LONG_MIN,  # with, one letter changed
            known=_vocabulary(lookup, index) | STOP | GENERIC,
        )  # fmt: skip
        words = respelt(  # "Xiamn", "Shiamen": a place's name, shorter than other words,
            words, {p for p in known if " " not in p}, shortest=PLACE_RESPELL_MIN, heard=True
        )  # misspelt or spelt as it sounds
        typed_names = {w.lower() for w in re.findall(r"\b[A-Z][a-z]{4,}\b", text)}
        words = respelt(  # "Gurrey", "Forbinn": a surname typed capitalized, one letter off,
            words, {w for w in index.person_words if len(w) >= NAME_RESPELL_MIN - 1},  # ("Scott"
            shortest=NAME_RESPELL_MIN - 1,  # for "Scot"), shorter than other words, put right
            known=(set(words) - typed_names) | _vocabulary(lookup, index) | STOP | GENERIC,
        )  # fmt: skip
        capitals = {w.lower() for w in re.findall(r"\b[A-Z]{4,6}\b", text)}  # as typed
        words = swapped_abbreviations(words, index, capitals)  # "CWWSC", "CISAK", "CAVA"
        said = _vocabulary(lookup, index) | STOP | CURRENCY_WORDS | NUMBER  # "in yuan": ours
        words = heard(words, said, index.sound_keys(known), names=index.person_words)
        # "shah men", "jow show ling": pinyin names as speech-to-text spells them
        words = index.heard_people(words, said)  # "leo hua", "jeff hussey"
    kinds = _kind_phrases(words, set(taken))
    mentions = [_titles_trimmed(m, words) for m in _mentions(index, words, taken, known)]
    exact = {i for m in mentions if m.best.score >= EXACT for i in m.span}
    by_kind = _described(lookup, words, exact, known)  # over a loose match: "chinese copyright"
    by_kind = [d for d in by_kind if not any(_astride(m, d) for m in mentions)]
    mentions = [m for m in mentions if not any(set(m.span) & set(d.span) for d in by_kind)]
    for mention in by_kind:  # read as the name it describes: "the un ip agency" as "wipo",
        end = mention.end - (words[mention.start - 1 : mention.start] in (["which"], ["what"]))
        short = name_key(mention.best.text).split()  # but "which regulator" still asks one
        if len(short) <= end - mention.start:
            words[mention.start : end] = ["the"] * (end - mention.start - len(short)) + short
    mentions = sorted([*mentions, *by_kind], key=lambda m: m.start)
    # A name holds a kind's word ("University of Turin"); a kind's words are not a name
    # ("collective management organizations" are not the Collective Management Regulations).
    mentions = [m for m in mentions if all(_within(k, m) or not _overlap(k, m) for k in kinds)]
    mentions = [  # "copyright associations": several of a kind, not the China Film Copyright
        m for m in mentions  # Association its words loosely match
        if m.best.score >= EXACT or not any(
            _within(k, m) and k.end == m.end and words[k.end - 1].endswith("s")
            and words[k.end - 1] not in fold(m.best.text).split()
            for k in kinds
        )
    ]  # fmt: skip
    kinds = [k for k in kinds if not any(_overlap(k, m) for m in mentions)]
    taken = {i for m in mentions for i in m.span} | {i for k in kinds for i in k.span}
    taken.update(i for i, _ in years)
    places = _places(known, words, taken)
    mentions = _events_placed(lookup, words, mentions, places, [y for _, y in years])
    if len(words) == len(words_of(text)):
        scene = (_leaned_on(scene[0], scene[1], words, mentions), scene[1])
    return Question(
        text,
        tuple(words),
        years,
        tuple(sorted(set(latest))),
        tuple(places),
        tuple(kinds),
        tuple(mentions),
        frozenset(known),
        *(
            (tuple(i for i in scene[0] if i < len(words)), min(scene[1], len(words)))
            if len(words) == len(words_of(text))
            else ((), 0)
        ),  # the scene's positions within the words, however its parts were split
    )


def _events_placed(
    lookup: Lookup,
    words: Sequence[str],
    mentions: list[Mention],
    places: Sequence[Place],
    years: Sequence[int],
) -> list[Mention]:
    """The mentions with an event named by the place just before its name read as the one
    of that kind held there ("the Xiamen overseas risk training": the 2021 training in
    Xiamen, though "overseas risk training" is closer to the 2023 one's name); a place named
    anywhere else is a claim to check, and a year the question gives for the event found
    first keeps it."""
    out = list(mentions)
    for n, m in enumerate(mentions):
        best = lookup.store.get("event", m.best.id) if m.kind == "event" else None
        city = str(getattr(best, "city", "") or "")
        if best is None or not city:
            continue
        before = [p for p in places if p.end == m.start or (
            p.end == m.start - 1 and words[p.end] == "the")]  # fmt: skip
        if len(before) != 1 or fold(before[0].name) == fold(city):
            continue
        if fold(city) in words[m.start : m.end]:  # "shanghai training, xiamen training":
            continue  # the name holds its own place
        kind, start = getattr(best, "kind", None), str(getattr(best, "start", "") or "")
        held = [
            e for e in lookup.store.all("event")
            if getattr(e, "kind", None) == kind
            and fold(str(getattr(e, "city", "") or "")) == fold(before[0].name)
        ]  # fmt: skip
        if len(held) != 1 or any(str(y) == start[:4] for y in years):
            continue
        name = str(getattr(held[0], "name", held[0].id))
        placed = Match("event", held[0].id, m.best.score, "placed", name)
        out[n] = Mention(m.start, m.end, (placed,))
    return out


_ONE_PERSON = frozenset("person official speaker lecturer man woman gentleman lady guy".split())
"""Nouns that, after "this" or "that", stand for a person named before ("that speaker")."""


def _leaned_on(
    scene: list[int], begins: int, words: Sequence[str], mentions: Sequence[Mention]
) -> list[int]:
    """The scene's positions less the one person the question proper stands for by a pronoun
    ("Benjamin Ng was on the Xiamen faculty. What region is he responsible for?": Benjamin Ng
    is asked, not only the scene), when the question proper names no person of its own."""
    set_aside = set(scene)
    proper = [w for i, w in enumerate(words) if i >= begins and i not in set_aside]
    leans = bool(PRONOUNS & set(proper)) or any(
        proper[i] in ("this", "that") and proper[i + 1] in _ONE_PERSON
        for i in range(len(proper) - 1)
    )
    people = [m for m in mentions if m.kind == "person"]
    if not leans or any(m.start not in set_aside for m in people):
        return scene
    if len({m.best.id for m in people}) != 1:
        return scene
    named = {i for m in people for i in m.span if words[i] in fold(m.best.text).split()}
    return [i for i in scene if i not in named]  # the name's words, not "Ms" nor "cite"


_NAME_LED = (
    r"^\s*([A-Z][\w'\u2019.-]*(?:\s[A-Z][\w'\u2019.-]*){0,2})\s*(:|\s[-\u2013\u2014]+)\s*"
    r"(.{3,300}?)\?\s*$"
)
"""A claim led by a person's name and a colon or a dash ("Forbin: 32 countries had
ratified the treaty?", "Guan Rui \u2014 deputy GM of X?")."""
NAME_LED_MIN = 85.0
"""The least score a name before a colon or a dash must match a person by ("Forbin": Sylvie
Forbin) to be read as who said or holds what follows."""
NAME_LED_MARGIN = 5.0
"""How far ahead of any other record the person must match ("Liu" is Liu Hua or Liu Ping)."""
_FINITE = frozenset("had has have was were is are will would did reached rose fell grew".split())
"""Verbs that make the words after a name and a colon a clause ("Forbin: 32 countries had
ratified it?"), not a phrase ("Zhao: exports stable above 15%?")."""
_TITLE_LEADS = frozenset(
    "deputy director vice head chief president chairman chair secretary ceo founder professor "
    "partner executive general dg gm senior regional manager".split()
)
"""First words of a post claimed after a name and a dash ("Guan Rui - deputy GM of X?")."""


def name_led(lookup: Lookup, text: str) -> str:
    """A claim led by a person's name: with a colon and a figure, what they said ("Forbin: 32
    countries had ratified it?" is "according to Forbin, 32 countries had ratified it?"); with a
    dash and a post, the post checked ("Guan Rui - deputy GM of X?" is "Guan Rui is deputy GM
    of X, right?"); any other text (a place or a label before the colon) as it came."""
    lead = text[:40]
    if not (":" in lead or "\u2014" in lead or " - " in lead or "\u2013" in lead):
        return text
    led = re.match(_NAME_LED, text)
    if led is None:
        return text
    name, mark, rest = led[1], led[2].strip(), led[3]
    matches = NameIndex.of(lookup).ranked(words_of(name))
    best = matches[0] if matches else None
    if best is None or best.kind != "person" or best.score < NAME_LED_MIN:
        return text  # "Shanghai: 500 participants?", "Verify: ...": no one's words
    if any(m.id != best.id and m.score > best.score - NAME_LED_MARGIN for m in matches):
        return text  # "Liu: ...": Liu Hua or Liu Ping
    first = rest.split()[0].lower() if rest.split() else ""
    if first in QUESTION_WORDS or first in YES_NO:
        return text  # "Forbin: did she say ...?": a question of its own
    if mark == ":" and any(c.isdigit() for c in rest):  # a clause of its own is what they
        said = words_of(rest)  # said; a phrase is what they gave
        verb = set(said) & _FINITE or any(len(w) > 4 and w.endswith("ed") for w in said)
        return f"{name} said {rest}, right?" if verb else f"according to {name}, {rest}?"
    if mark != ":" and first in _TITLE_LEADS:
        return f"{name} is {rest}, right?"
    return text


_APOSTROPHE_YEAR = r"(?<![\w.])['\u2019](1[2-9]|2[0-5])\b"
"""A year written with an apostrophe and its last two digits ("in '21")."""
_BARE_YEAR = (
    r"(?<![\w.,$%'\u2019-])(1[2-9]|2[0-5])(?![.,]\d)(?=\s*(?:\?|$|vs\b|->|\u2192|[-,/&+=()]|"
    r"and\b|dates?\b))"
)
"""Two digits that may be a year by what follows them ("rev 24?", "17 vs 21 vs 23")."""
_NOT_BEFORE_YEAR = frozenset(
    [*(m.lower() for m in MONTH_NAMES), *(m.lower()[:3] for m in MONTH_NAMES), "to", "than",
     "the", "about", "nearly", "over", "around", "top", "some", "and", "or", "of", "page",
     "para", "paragraph", "line", "no", "number", "#"]
)
"""Words after which two digits are a day, a count or a place in a list, not a year."""
SHORT_YEARS_MAX = 300
"""The longest question read for years written with two digits."""


def short_years(text: str) -> str:
    """The text with years written with two digits put in full: after an apostrophe ("in
    '21"), or alone where a year stands, at the end or before "vs", "->" or a comma ("MCSC
    rev 24?", "GDP share 17 vs 21 vs 23"), but not a day after a month ("March 13, 2025"), a
    count after "about" or "than", nor any in a longer text."""
    if len(text) > SHORT_YEARS_MAX or not any(c.isdigit() for c in text):
        return text
    text = re.sub(_APOSTROPHE_YEAR, r"20\1", text)

    def full(match: re.Match[str]) -> str:
        before = text[: match.start()].split()
        joined = len(before) > 1 and before[-1] in ("and", "or") and bool(
            re.fullmatch(r"(?:20)?(?:1[2-9]|2[0-5])", before[-2].strip(",.:;'\u2019"))
        )  # "in 23 and 25": both years
        if not before or (before[-1].lower().strip(",.:;") in _NOT_BEFORE_YEAR and not joined):
            return match[0]
        return f"20{match[1]}"

    return re.sub(_BARE_YEAR, full, text)


_NEGATED_TAIL = (
    r"(?i)\s{0,3}[-\u2013\u2014,;]\s{0,3}(?:wasn|isn|weren|aren|didn|doesn|hasn)['\u2019]t\s+"
    r"(?:it|that|there|they|he|she)\b[^?]{0,120}\?[\s?]{0,3}$"
)
"""A guess tagged on to a question as a negated question ("... - wasn't it Xiamen?")."""
_NEGATED_LEAD = r"(?i)^\s*(?:wasn|isn|weren|aren|didn|doesn|hasn|haven)['\u2019]t\b"
"""A negated question: a guess, when a question of its own follows it."""
NEGATED_MAX = 400


def _negated_guess_dropped(text: str) -> str:
    """A question without the guess the one asking adds as a negated question: after it
    ("where was the 2021 training held - wasn't it xiamen?") or before it ("Didn't it get a
    couple hundred participants? How many actually attended?"), when the rest asks with a
    question word; the facts given answer the guess too."""
    if len(text) > NEGATED_MAX:
        return text
    tail = re.search(_NEGATED_TAIL, text)
    if tail is not None and _wh(text[: tail.start()]):
        return text[: tail.start()].rstrip() + "?"
    sentences = sentences_of(text)
    if len(sentences) > 1 and _wh(sentences[-1]):  # the guess as the scene it sets: "the
        kept = [  # Xiamen training got a couple hundred participants. How many attended?"
            re.sub(_NEGATED_LEAD, "", x).strip().rstrip("?") + "." if re.match(_NEGATED_LEAD, x)
            else x
            for x in sentences[:-1]
        ]
        return " ".join([*kept, sentences[-1]])
    return text


_NEGATED_EMPHASIS = (
    r"(?i)\b(?:only|just|even|merely|really)\s+(?=(?:a|an|the|one|some|about|around|\d)\b|"
    r"\d|something\b|somebody\b|someone\b)"
)
"""A word of emphasis in a negated question ("Wasn't 2023 only the 40th anniversary?")."""
_COURSE = (
    r"(?i)\b(the|this|that|xiamen|shanghai|chengdu|beijing|risk|copyright|training|2021|2023)"
    r"(\s+)course\b(?!\s+of\b)"
)
"""A training called a course ("the Xiamen course"), not "of course" nor "the course of"."""
_GAVE_A_TALK = (
    r"(?i)\b(?:gave|give|gives|giving|delivered|deliver|delivers|delivering|made|make|makes|"
    r"making)\s+(?:a|an)\s+(?:(?:short|brief|keynote|opening|long)\s+)?(talk|speech|presentation|"
    r"address|lecture|remarks)\b"
)
"""A talk given, said as a verb ("which official gave a talk at the Xiamen training")."""


def _gave_a_talk(match: re.Match[str]) -> str:
    """The verb for a talk given: "lectured" for a lecture, "spoke" for any other."""
    return "lectured" if match[1].lower() == "lecture" else "spoke"


_NOT_JUST = (
    r"(?i)\s{0,3}[-,;\u2013\u2014]\s{0,3}not\s{1,3}(?:just|only)\s[^.?!]{1,80}?[.?!]{0,3}"
    r"\s{0,3}$"
)
"""A closing remark that the list asked is to be whole (" - not just the WIPO one.")."""
_NOT_JUST_MAX = 1000


_LETTERS = "abcdefghijklmnopqrstuvwxyz"
RESPELL_MIN = 7
"""Only a word this long or longer is taken for a misspelling of a word of the fact base's."""
PLACE_RESPELL_MIN = 5
NAME_RESPELL_MIN = 5
"""The shortest word, typed capitalized, taken for a misspelt name ("Gurrey", "Scott"); the
name it is put right to may be a letter shorter ("Scot")."""
"""A word this long or longer may be taken for a misspelling of a place's name ("Xiamn")."""


COMPOUND_PART_MIN = 5
"""How long each of two words typed joined must be to be read apart ("copyrighttrading")."""


_SPELT = lazy_pattern(r"\b(?:[A-Za-z](?:\.[ \t]*|[ \t]+)){1,5}[A-Za-z]\b\.?")
"""A run of two to six single letters ("n c a c", "m.c.s.c."): a name spelt out."""


SPELT_DOTTED_MIN = 3
"""The fewest letters a name written with full stops and no spaces ("m.c.s.c.") is read from."""


_TWO_CAPITALS = r"\b([A-Z][a-z]{1,20})[ \t]+([A-Z][a-z]{1,20})\b"
"""Two capitalized words in a row ("Daren Tang"), as a person's name is written."""


def strange_names(lookup: Lookup, text: str) -> set[tuple[str, str]]:
    """The folded word pairs of two capitalized words in a row neither of which the fact base
    names anything with ("Daren Tang"): a name typed that no record holds."""
    pairs = [(fold(m[1]), fold(m[2])) for m in re.finditer(_TWO_CAPITALS, text)]
    if not pairs:
        return set()
    known = _vocabulary(lookup, NameIndex.of(lookup)) | STOP | MONTH_WORDS | GENERIC
    known |= set(SHORT_FORMS) | set(PARAPHRASES)  # "Gen Secy Xi Jinping": a title shortened
    return {pair for pair in pairs if not set(pair) & known}


_LETTER_NAMES = {
    "ay": "a", "bee": "b", "see": "c", "cee": "c", "sea": "c", "dee": "d", "ee": "e",
    "ef": "f", "eff": "f", "gee": "g", "aitch": "h", "eye": "i", "jay": "j", "kay": "k",
    "el": "l", "ell": "l", "em": "m", "en": "n", "oh": "o", "pee": "p", "cue": "q",
    "ar": "r", "ess": "s", "es": "s", "tee": "t", "you": "u", "vee": "v", "ex": "x",
    "why": "y", "zee": "z", "zed": "z", "a": "a", "i": "i", "o": "o", "u": "u",
}  # fmt: skip
"""Letters by the names speech-to-text writes for them ("em see ess see": MCSC)."""
_PLAIN_LETTER_NAMES = frozenset({"a", "i", "o", "u", "you", "see", "sea", "why", "oh", "es"})
"""Letter names that are also everyday words: a run must hold others to be spelt letters."""
_LETTER_RUN = lazy_pattern(
    r"(?i)\b(?:(?:" + "|".join(sorted(_LETTER_NAMES, key=len, reverse=True)) + r")\s+){2,5}"
    r"(?:" + "|".join(sorted(_LETTER_NAMES, key=len, reverse=True)) + r")\b"
)
"""Three to six letter names in a row."""


def letter_names_read(text: str) -> str:
    """The text with each run of three or more letter names, one of them no everyday word
    ("en see a see", "em see ess see"), written as its letters ("n c a c"), for
    `letters_joined` to read as the abbreviation it spells; "why po", "whip oh" as WIPO."""
    lowered = text.lower()
    if "why po" in lowered or "why-po" in lowered:
        text = re.sub(r"(?i)\bwhy[\s-]?po\b", "WIPO", text)
    if "whip" in lowered:  # "whip oh", "whip ohs": WIPO, WIPO's
        text = re.sub(r"(?i)\bwhip[\s-]?o(?:h|e)?(?:(s)|['\u2019]s)?\b", r"WIPO\1", text)
        text = text.replace("WIPOs", "WIPO's")
    if not any(f" {name} " in f" {lowered} " for name in ("em", "en", "ess", "dee", "tee", "see")):
        return text
    def spelt(m: re.Match[str]) -> str:
        names = m[0].lower().split()
        if not any(n not in _PLAIN_LETTER_NAMES for n in names):  # not "I see you
            return m[0]
        return " ".join(_LETTER_NAMES[n] for n in names)
    return _LETTER_RUN.sub(spelt, text)


def letters_joined(lookup: Lookup, text: str) -> str:
    """The text with each run of single letters that spells a word of the fact base's names
    ("the n c a c", "c c t v", "a i") written as that word: how speech-to-text writes an
    abbreviation said letter by letter."""
    text = letter_names_read(text)
    if not re.search(r"\b[A-Za-z](?:\.[ \t]*|[ \t]+)[A-Za-z]\b", text):
        return text  # (the cheap test; most questions stop here)
    index = NameIndex.of(lookup)
    for m in reversed(list(_SPELT.finditer(text))):
        joined = "".join(c for c in m[0] if c.isalpha())
        if " " not in m[0] and len(joined) < SPELT_DOTTED_MIN:
            continue  # "U.S.": read as it is written elsewhere
        if joined.lower() in index.words:
            text = f"{text[: m.start()]}{joined.upper()}{text[m.end() :]}"
    return text


_TRAILED = r"\b([A-Z][A-Za-z]{1,19}|[a-z]{2,20}(?=-))(?:[ \t]*-[ \t]*|[ \t]+)something\b"
"""A name half remembered, its start typed and the rest trailed off ("Sylvia For-something",
"Wang Zhi-something", "Yu something", "CAV-something")."""


def names_trailed(lookup: Lookup, text: str) -> str:
    """The text with each name half remembered (`_TRAILED`) written as the one word of the
    fact base's names it begins, or as the word typed when that is itself a name's word ("Yu
    something": Yu); left as typed when several words begin so, or none."""
    if "something" not in text.lower():
        return text  # (the cheap test; most questions stop here)
    index = NameIndex.of(lookup)

    def whole(m: re.Match[str]) -> str:
        start = fold(m[1])
        if start in index.words and start not in STOP and "-" not in m[0]:  # "Yu something":
            return m[1]  # Yu; not "For-something" (Forbin), "De-something" (Dehua)
        found = {w for w in index.words if w.startswith(start) and w.isalpha() and w != start}
        return found.pop().title() if len(found) == 1 else m[0]

    return re.sub(_TRAILED, whole, text[:1000]) + text[1000:]  # (bounded: hostile runs)


_CAMEL_NAME = r"\b([A-Z][a-z]{1,20})([A-Z][a-z]{1,20})\b"
"""Two capitalized words typed as one ("GaoHang", "WangZhicheng"): a name written without
its space, as pinyin often is."""


def compounds_split(lookup: Lookup, text: str) -> str:
    """The text with each word typed as two joined ("copyrighttrading", "licensingrevenue")
    written as the two words of the fact base's vocabulary it is made of, and each name typed
    as one capitalized word ("GaoHang") written as two; a word it knows, or one that splits
    more than one way, is left as it is."""
    camel = list(re.finditer(_CAMEL_NAME, text))  # "GaoHang", "LiuHua": a name typed joined
    joined = list(re.finditer(r"\b[A-Za-z]{10,40}\b", text))  # two words, not a flood
    if not joined and not camel:
        return text
    index = NameIndex.of(lookup)
    for m in reversed(camel):  # from the end: earlier offsets stay put
        if m[0].lower() not in index.words:
            text = f"{text[: m.start()]}{m[1]} {m[2]}{text[m.end() :]}"
    joined = list(re.finditer(r"\b[A-Za-z]{10,40}\b", text))
    if not joined:
        return text
    words = {m[0].lower() for m in joined} - set(index.words) - set(PARAPHRASES) - set(SHORT_FORMS)
    if not words:  # "rightsholders" is read by its paraphrases
        return text
    parts = set(index.words) | index.field_words(lookup, _LABEL_FIELDS)
    splits = {word: _two_words(word, parts) for word in words}  # names, figures and posts
    splits = {word: split for word, split in splits.items() if split is not None}
    if not splits:  # (the cheap test; most questions stop here)
        return text
    known = _vocabulary(lookup, index) | index.field_words(lookup, _SAID_FIELDS)  # "frameworks"
    for m in reversed(joined):  # from the end: earlier offsets stay put
        split = splits.get(m[0].lower())
        if split is not None and m[0].lower() not in known:
            text = f"{text[: m.start()]}{' '.join(split)}{text[m.end() :]}"
    return text


def _two_words(word: str, parts: Collection[str]) -> tuple[str, str] | None:
    """The one way a word splits into two of the parts, each long enough; None otherwise."""
    shortest = COMPOUND_PART_MIN
    splits = [
        (word[:i], word[i:])
        for i in range(shortest, len(word) - shortest + 1)
        if word[:i] in parts and word[i:] in parts
    ]
    return splits[0] if len(splits) == 1 else None


_SAID_FIELDS = (
    ("claim", "summary"),
    ("appearance", "summary"),
    ("organization", "description"),
    ("person", "description"),
)
"""Our own words for what was said and who is who: a word they hold is never read as two."""


def _vocabulary(lookup: Lookup, index: NameIndex) -> frozenset[str]:
    """The words the fact base names things with: its records' names, its statistics'
    labels and the titles people hold (read once per lookup: `NameIndex.vocabulary`)."""
    return index.vocabulary(lookup)


def _field_words(lookup: Lookup, fields: Iterable[tuple[str, str]]) -> set[str]:
    """The folded words of some text fields (kind, field) of every record (read each time:
    `NameIndex.field_words` keeps them)."""
    found: set[str] = set()
    for kind, field in fields:
        for (text,) in lookup.store.field_texts(kind, (field,)):
            found.update(fold(text or "").split())
    return found


_LABEL_FIELDS = (("statistic", "label"), ("role", "title"))
"""The text fields a figure's or a post's words are read from."""
_VOCABULARY_FIELDS = (
    ("statistic", "label"),
    ("role", "title"),
    ("event", "summary"),
    ("milestone", "summary"),
    ("instrument", "summary"),
    ("topic", "summary"),
)
"""The text fields whose words, beside names, a misspelling is read as ("aniversary"): our
own words for what the fact base records (read only for a question not answered as typed)."""


SOUNDED = (("sh", "x"), ("hs", "x"), ("ch", "q"), ("ts", "c"))
"""Letters English speakers write for the sounds of pinyin's x, q and c ("Shiamen": Xiamen)."""


ASKED_RESPELL_MIN = 4
"""The shortest word read as a misspelling of a word questions are asked with ("mnay")."""
ASKED_LONG_MIN = 8
"""The shortest word read with any one letter wrong as a word questions are asked with
("representitives", "cerimony"); shorter ones only with a typist's slips ("cost" is no
"post")."""


def respelt(
    words: Sequence[str],
    vocabulary: Collection[str],
    *,
    shortest: int = RESPELL_MIN,
    heard: bool = False,
    known: Collection[str] = (),
    slips: bool = False,
) -> list[str]:
    """The words with each misspelling of one word of the vocabulary (one letter dropped,
    added, changed or two swapped: "copywright", "licencing"; with ``heard``, also pinyin
    spelt as it sounds: "Shiamen") put right. A word the vocabulary holds, a short one, or
    one that could be either of two words is left as is."""
    out = list(words)
    for i, word in enumerate(words):
        if len(word) < shortest or not word.isalpha() or word in vocabulary or word in known:
            continue
        edits = typo_edit(word) if slips else one_edit(word)  # ``slips``: only a typist's
        near = {w for w in edits if w in vocabulary and len(w) >= shortest}
        if heard and not near:
            near = {word.replace(a, b) for a, b in SOUNDED if a in word} & set(vocabulary)
        inflected = any(  # not a plural or another ending of the word ("lectures",
            stem(w) == stem(word) and not _doubled_slip(word, w)  # "founded" is no
            for w in near  # "founder"), but a letter typed twice is a slip ("trainning")
        )
        if len(near) == 1 and not inflected:
            out[i] = near.pop()
    return out


def _doubled_slip(typed: str, word: str) -> bool:
    """Whether a word is the one typed with a letter it doubled once ("trainning": training)."""
    return any(
        typed[j] == typed[j + 1] and typed[:j] + typed[j + 1 :] == word
        for j in range(len(typed) - 1)
    )


ABBREVIATION_LENGTHS = range(4, 7)
"""How long an abbreviation read with two letters swapped may be ("MSCS", "CWWSC")."""


def swapped_abbreviations(
    words: Sequence[str], index: NameIndex, capitals: Collection[str] = ()
) -> list[str]:
    """The words with each one that is a known abbreviation with two neighbouring letters
    swapped ("cwwsc" for "cwwcs", "cavac" for "cavca") read as it, and each one typed in
    capitals one letter from one ("CISAK", "NCAS", "CAVA"); a word the fact base names, or
    one that could be either of two abbreviations, is left as is."""
    known = index.abbreviations
    out = list(words)
    for i, word in enumerate(words):
        if len(word) not in ABBREVIATION_LENGTHS or word in index.words or not word.isalpha():
            continue
        near = {word[:j] + word[j + 1] + word[j] + word[j + 2 :] for j in range(len(word) - 1)}
        if word in capitals:  # typed as an abbreviation: one letter dropped, added or changed,
            near |= {w for w in one_edit(word) if w[:1] == word[:1]}  # never its first ("ICSC"
            # is no "MCSC": an abbreviation's first letter is its body's first word)
        near = (near - {word}) & known
        if len(near) == 1:
            out[i] = near.pop()
    return out


def typo_edit(word: str) -> set[str]:
    """Every string a typist's slip away from a word: two letters swapped ("titel", "mnay")
    or one left out ("membrs"); not one letter changed, which makes other words ("cost" and
    "post", "game" and "name")."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    swaps = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    inserts = [a + c + b for a, b in splits for c in _LETTERS]
    return set(swaps + inserts)


def one_edit(word: str) -> set[str]:
    """Every string one edit from a word (Norvig's edits1)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    swaps = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    changes = [a + c + b[1:] for a, b in splits if b for c in _LETTERS]
    inserts = [a + c + b for a, b in splits for c in _LETTERS]
    moved = [  # a doubled letter doubled in the wrong place: "proffesor", "comissionn"
        undoubled[:j] + undoubled[j] + undoubled[j:]
        for i in range(len(word) - 1)
        if word[i] == word[i + 1]
        for undoubled in (word[:i] + word[i + 1 :],)
        for j in range(len(undoubled))
    ]
    return set(deletes + swaps + changes + inserts + moved)


def _titles_trimmed(mention: Mention, words: Sequence[str]) -> Mention:
    """A body's mention without a title after it that its name does not hold ("the Sichuan
    provincial copyright administration chief": its chief, not part of its name)."""
    if mention.kind != "organization":
        return mention
    named = set(name_key(mention.best.text).split())
    end = mention.end
    while end - mention.start > 1 and words[end - 1] in ROLE_TITLES and words[end - 1] not in named:
        end -= 1
    return mention if end == mention.end else replace(mention, end=end)


def _overlap(kind: KindPhrase, mention: Mention) -> bool:
    return bool(set(kind.span) & set(mention.span))


def _within(kind: KindPhrase, mention: Mention) -> bool:
    return set(kind.span) < set(mention.span)


def _kind_phrases(words: Sequence[str], taken: set[int]) -> list[KindPhrase]:
    words = [w.replace("organis", "organiz") for w in words]  # "collective management
    found = []  # organisations", spelt the British way
    for phrase, kinds in KIND_PHRASES:
        parts = phrase.split()
        for i in range(len(words) - len(parts) + 1):
            span = range(i, i + len(parts))
            if words[i : i + len(parts)] == parts and not taken & set(span):
                found.append(KindPhrase(i, i + len(parts), kinds))
                taken.update(span)
    return sorted(found, key=lambda k: k.start)


def place_names(
    lookup: Lookup, names: Sequence[Candidate] | None = None
) -> dict[str, tuple[str, str | None]]:
    """Every place the fact base names, folded: its written form and its country (``names``:
    the names of organizations, instruments and topics, when already read)."""
    places: dict[str, tuple[str, str | None]] = {}

    def add(name: str | None, country: str | None) -> None:
        if name:
            key = fold(name)
            if key and (key not in places or places[key][1] is None):
                places[key] = (name, None if fold(country or "") == key else country)

    for kind in ("event", "organization"):
        for city, country in lookup.store.field_texts(kind, ("city", "country")):
            add(city, country)
            add(country, country)
    kinds = ("organization", "instrument", "topic")
    read_names = lookup.store.names(kinds) if names is None else names
    named = {fold(c.text) for c in read_names if c.kind in kinds}
    for (subject,) in lookup.store.field_texts("statistic", ("subject",)):
        if subject:
            for part in re.split(r",| and ", subject):
                name = part.strip()  # a place, not a society or a treaty the figure is about
                if name and name[0].isupper() and fold(name) not in named:
                    add(name, None)
                    if name.endswith(" Province"):
                        add(name[: -len(" Province")], None)
    return places


def _places(
    known: Mapping[str, tuple[str, str | None]], words: Sequence[str], taken: set[int]
) -> list[Place]:
    found = []
    i = 0
    while i < len(words):
        for size in (3, 2, 1):
            key = " ".join(words[i : i + size])
            span = set(range(i, i + size))
            if i + size <= len(words) and key in known and not span & taken:
                name, country = known[key]
                found.append(Place(i, i + size, name, country))
                taken.update(span)
                i += size
                break
        else:
            i += 1
    return found


KEPT_AS = "names-1"
"""The name `NameParts` are kept under (`index.kept`): its number goes up when they change."""
_NAME_INDEXES: weakref.WeakKeyDictionary[Lookup, NameIndex] = weakref.WeakKeyDictionary()
"""Each lookup's index of names (`NameIndex.of`), gone with the lookup."""


@value(frozen=True)
class NameParts:
    """What `NameIndex` derives from a fact base's names and fields, as kept between runs
    (`plain`, `parts_of`): the names, their keys, each word's names, and the word sets."""

    names: list[Candidate]
    keys: list[str]
    words: dict[str, set[int]]
    person_words: set[str]
    pairs: set[tuple[str, str]]
    common: set[str]
    places: dict[str, tuple[str, str | None]]
    labels: frozenset[str]
    abbreviations: set[str]

    def plain(self) -> dict[str, object]:
        """The parts as JSON data (`parts_of` reads them back)."""
        return {
            "names": [[c.kind, c.id, c.field, c.text, c.key] for c in self.names],
            "keys": self.keys,
            "words": {w: sorted(held) for w, held in self.words.items()},
            "person_words": sorted(self.person_words),
            "pairs": [list(pair) for pair in sorted(self.pairs)],
            "common": sorted(self.common),
            "places": {k: list(v) for k, v in self.places.items()},
            "labels": sorted(self.labels),
            "abbreviations": sorted(self.abbreviations),
        }


def name_parts(lookup: Lookup) -> NameParts:
    """The parts of a lookup's `NameIndex`, derived from its store."""
    names = list(lookup.store.names(MENTION_KINDS))
    keys = [c.key or name_key(c.text) for c in names]
    words: dict[str, set[int]] = {}
    records: dict[str, set[tuple[str, str]]] = {}
    person_words: set[str] = set()
    pairs: set[tuple[str, str]] = set()  # two words a name holds side by side ("Audio &
    # Visual"); these are all read in one pass over the names
    for n, (name, key) in enumerate(zip(names, keys, strict=True)):
        split = key.split()
        record = (name.kind, name.id)
        for word in split:
            held = words.get(word)
            if held is None:
                words[word], records[word] = {n}, {record}
            else:
                held.add(n)
                records[word].add(record)
        if name.kind == "person":
            person_words.update(split)
        pairs.update(itertools.pairwise(split))
    return NameParts(
        names=names,
        keys=keys,
        words=words,
        person_words=person_words,
        pairs=pairs,
        common={w for w, named in records.items() if len(named) > COMMON_WORD},
        places=place_names(lookup, names),
        labels=frozenset(_field_words(lookup, _LABEL_FIELDS)),
        abbreviations={  # one-word abbreviations ("cavca", "woc")
            c.key for c in names if c.field == "abbreviation" and " " not in c.key
        },
    )


def _texts(found: object) -> list[str] | None:
    """A list of texts as JSON gives it; None if it is not one."""
    if isinstance(found, list) and all(type(x) is str for x in found):
        return found
    return None


def parts_of(data: object) -> NameParts | None:
    """The parts `NameParts.plain` gave, each checked for its shape; None if any fails (data
    kept in a file is not trusted to be ours: `index.kept`)."""
    if not isinstance(data, dict):
        return None
    rows, keys = data.get("names"), _texts(data.get("keys"))
    if not isinstance(rows, list) or keys is None or len(keys) != len(rows):
        return None
    if not all(isinstance(row, list) and len(row) == 5 and _texts(row) for row in rows):
        return None
    words, places, pairs = data.get("words"), data.get("places"), data.get("pairs")
    if not isinstance(words, dict) or not all(
        isinstance(held, list) and all(type(n) is int and 0 <= n < len(rows) for n in held)
        for held in words.values()
    ):
        return None
    if not isinstance(places, dict) or not all(
        isinstance(v, list) and len(v) == 2 and type(v[0]) is str and (v[1] is None or type(
            v[1]) is str) for v in places.values()
    ):  # fmt: skip
        return None
    if not isinstance(pairs, list) or not all(
        isinstance(p, list) and len(p) == 2 and _texts(p) for p in pairs
    ):
        return None
    sets = [_texts(data.get(k)) for k in ("person_words", "common", "labels", "abbreviations")]
    person_words, common, labels, abbreviations = sets
    if person_words is None or common is None or labels is None or abbreviations is None:
        return None
    return NameParts(
        names=from_rows(Candidate, rows),
        keys=keys,
        words={w: set(held) for w, held in words.items()},
        person_words=set(person_words),
        pairs={(a, b) for a, b in pairs},
        common=set(common),
        places={k: (v[0], v[1]) for k, v in places.items()},
        labels=frozenset(labels),
        abbreviations=set(abbreviations),
    )


class NameIndex:
    """The names of the records a question can name, indexed by word: exact and part matches
    without the fuzzy matcher, which only runs for a span that may be a misspelt name."""

    def __init__(self, lookup: Lookup, parts: NameParts | None = None) -> None:
        self._lookup = weakref.ref(lookup)  # not kept alive by its own index (`of`)
        parts = parts if parts is not None else name_parts(lookup)
        self.parts = parts
        self.names = parts.names
        self.keys = parts.keys
        self.words = parts.words
        self.person_words = parts.person_words
        self.pairs = parts.pairs
        self.common = parts.common
        self.places = MappingProxyType(parts.places)  # read once per lookup
        self.place_words = {p for p in self.places if p.isalpha()}
        self._fields: dict[tuple[tuple[str, str], ...], frozenset[str]] = {
            _LABEL_FIELDS: parts.labels
        }
        self._vocabulary: frozenset[str] | None = None
        self.joinable = {  # words a name, a figure or a post is written with, long enough
            w for w in (*self.words, *parts.labels) if len(w) >= JOINED_MIN and w.isalpha()
        }  # to be told apart when typed in two ("copy right", "kara oke", "ten cent")
        self.abbreviations = parts.abbreviations
        self._sounds: dict[str, tuple[str, ...]] | None = None
        self._near_words: dict[str, bool] = {}  # `_near`, word by word
        self.readings: dict[tuple[str, bool], Question] = {}  # `read`, text by text

    def field_words(self, lookup: Lookup, fields: tuple[tuple[str, str], ...]) -> frozenset[str]:
        """The folded words of some text fields (kind, field) of every record, read once: a
        question is read several times, each reading asking again."""
        found = self._fields.get(fields)
        if found is None:
            found = self._fields[fields] = frozenset(_field_words(lookup, fields))
        return found

    def vocabulary(self, lookup: Lookup) -> frozenset[str]:
        """The words the fact base names things with: its records' names, its statistics'
        labels and the titles people hold, and how people took part ("adressed")."""
        if self._vocabulary is None:
            found = set(self.words) | ROSTER | SPOKE | self.field_words(lookup, _VOCABULARY_FIELDS)
            self._vocabulary = frozenset(found)
        return self._vocabulary

    def sound_keys(self, places: Collection[str]) -> dict[str, tuple[str, ...]]:
        """The sound keys of people's and one-word places' names (`sounds.name_keys`), made
        on first use: only a question read again for its misspellings needs them."""
        if self._sounds is None:
            people = [(c.text, c.id) for c in self.names if c.kind == "person" and c.text != c.id]
            one_word = [(p, p) for p in places if " " not in p]
            said = [  # an abbreviation said as a word ("see sack": CISAC)
                (c.text, c.id) for c in self.names
                if c.field == "abbreviation" and c.text.isalpha() and c.text.isupper()
            ]  # fmt: skip
            self._sounds = name_keys([*people, *one_word, *said])
        return self._sounds

    @classmethod
    def of(cls, lookup: Lookup) -> NameIndex:
        """The one index of a lookup's names, built on first use (a question is read several
        times, each reading needing it)."""
        index = _NAME_INDEXES.get(lookup)
        if index is None:  # kept by a past run for this index (`index.kept`), or derived
            from cfacts.index import kept  # and offered to be kept

            parts = parts_of(kept.read(lookup.store, KEPT_AS))
            index = _NAME_INDEXES[lookup] = cls(lookup, parts)
            if parts is None:
                kept.offer(lookup.store, KEPT_AS, index.parts.plain())
        return index

    def ranked(self, span: Sequence[str]) -> list[Match]:
        """Records a span names: exact names alone when there are any, else names holding
        every word of the span (scored like the matcher's part score), else typo matches."""
        key = name_key(" ".join(span))
        words = key.split()
        if not words:
            return []
        holders = set.intersection(*(self.words.get(w, set()) for w in words))
        best: dict[tuple[str, str], Match] = {}
        exact = False
        for n in sorted(holders):
            text = self.keys[n]
            if text == key or sorted(text.split()) == sorted(words):
                points, exact = EXACT, True
            else:
                letters = sum(len(w) for w in text.split())
                points = round(PART_BASE + PART_SPAN * sum(len(w) for w in words) / letters, 1)
            cand = self.names[n]
            ident = (cand.kind, cand.id)
            if ident not in best or points > best[ident].score:
                best[ident] = Match(cand.kind, cand.id, points, cand.field, cand.text)
        found = [m for m in best.values() if m.score >= EXACT] if exact else list(best.values())
        lookup = self._lookup()
        if not found and lookup is not None and self._maybe_misspelt(words):
            return lookup.ranked(MENTION_KINDS, key)
        return sorted(found, key=lambda m: (-m.score, m.kind, m.text, m.id))

    def heard_people(self, words: Sequence[str], said: Collection[str]) -> list[str]:
        """The words with each pair that is a person's two-word name, one word as typed and
        the other as heard ("leo hua": Liu Hua; "jeff hussey": Geoff Hussey), written as the
        name; the heard word must be no word the fact base or questions use (``said``)."""
        out = list(words)
        for i in range(len(out) - 1):
            pair = out[i : i + 2]
            found = {
                tuple(said_as)
                for at, word in enumerate(pair)
                if pair[1 - at] not in said and pair[1 - at] not in self.words
                for n in self.words.get(word, ())
                if self.names[n].kind == "person"
                and len(said_as := self.keys[n].split()) == HEARD_NAME_WORDS
                and said_as[at] == word
                and sounds_alike(pair[1 - at], said_as[1 - at])
            }
            if len(found) == 1:
                out[i : i + 2] = next(iter(found))
        return out

    def _maybe_misspelt(self, words: Sequence[str]) -> bool:
        """A span of two or more words, some of them words of names and some not: a name
        with a typo ("Zhao Xuiling", "Australasian Performing Rights Association"), when every
        word that is not a name's is near one."""
        unknown = [w for w in words if w not in self.words]
        if len(words) < MISSPELT_MIN or not unknown or len(unknown) == len(words):
            return False
        return all(self._near(w) for w in unknown)

    def _near(self, word: str) -> bool:
        """Whether a word is an edit or two from a word of a name: one edit from a word of
        three or four letters, two from a longer one."""
        if len(word) < SHORT_TYPO:
            return False
        if word not in self._near_words:  # a question is read several times
            most = 1 if len(word) < TYPO_WORD_MIN else MAX_EDITS
            self._near_words[word] = any(
                abs(len(known) - len(word)) <= most and _edits(word, known) <= most
                for known in self.words
                if known[:1] == word[:1] or known[-2:] == word[-2:]
            )
        return self._near_words[word]


def _edits(a: str, b: str) -> int:
    """Edit distance of two short words, a swap of two letters counting as one ("lui")
    (rapidfuzz's OSA distance is the same, but importing it costs `typing` at start-up)."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            row[j] = min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[i - 2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


HEARD_NAME_WORDS = 2
"""How many words a name has that is matched by ear one word at a time ("leo hua")."""
JOINED_MIN = 6
ABBREVIATION_JOINED_MIN = 4
"""How long an abbreviation must be to be read from two typed apart ("cav ca": CAVCA)."""
"""How long a word of the fact base must be to be read from two typed apart ("copy right")."""
SYLLABLE_MAX = 4
"""How long each of two words may be that are read together as a given name one letter off
("Gao Yum Fei": Yunfei)."""


def _joined(text: str, index: NameIndex) -> str:
    """The text with a word of the fact base written as two put together: a person's one-word
    given name ("Zhao Xiu Ling" is Zhao Xiuling; "Yum Fei", one letter off, is Yunfei), a
    one-word place ("Cheng Du"), a word of a name, a figure or a post ("copy right", "kara
    oke", "ten cent"); never two words a name holds side by side ("Audio & Visual"), nor two
    that are both words of names (for a given name or a place)."""
    words = words_of(text)
    for first, second in itertools.pairwise(words):
        joined = first + second
        if not (first.isalpha() and second.isalpha()) or (first, second) in index.pairs:
            continue
        named = joined in index.person_words or joined in index.place_words
        named = named or (len(joined) >= ABBREVIATION_JOINED_MIN and joined in index.abbreviations)
        if named and first in index.words and second in index.words:
            continue  # ("cav ca": CAVCA, as speech-to-text splits it)
        if not named and joined not in index.joinable:
            short = len(first) <= SYLLABLE_MAX and len(second) <= SYLLABLE_MAX
            short = short and len(joined) >= JOINED_MIN and not {first, second} & STOP
            if not short or first in index.person_words:
                continue
            near = {w for w in one_edit(joined) if w in index.person_words}
            near |= {w for w in one_edit(joined) if w in index.place_words and " " not in w}
            if len(near) != 1:
                continue
            joined = near.pop()  # "Gao Yum Fei": Yunfei; "shen zen": Shenzhen
        text = re.sub(rf"\b{first}[\s-]+{second}\b", joined, text, flags=re.IGNORECASE)
    return text


def _astride(mention: Mention, other: Mention) -> bool:
    """Whether a mention holds words inside another and words outside it."""
    inside = set(mention.span) & set(other.span)
    return bool(inside) and inside != set(mention.span)


def _described(
    lookup: Lookup, words: Sequence[str], taken: set[int], places: Mapping[str, object]
) -> list[Mention]:
    """Organizations the question describes instead of naming ("China's copyright
    regulator"), when the description fits one alone (`described.described`)."""
    from cfacts.factbase.model import Instrument, Organization
    from cfacts.finding import described as by_description

    heads = by_description.HEADS | by_description.INSTRUMENT_HEADS
    if not any(w in heads for i, w in enumerate(words) if i not in taken):
        return []
    orgs = [r for r in lookup.store.all("organization") if isinstance(r, Organization)]
    events = {  # "the roundtable WIPO's China office held": a kind of event ends a description
        w for e in lookup.store.all("event") for w in str(getattr(e, "kind", "")).split("_")
    }
    stop = STOP | events | {f"{w}s" for w in events}
    found = by_description.described(orgs, words, taken, stop, places)
    instruments = [r for r in lookup.store.all("instrument") if isinstance(r, Instrument)]
    held = {i for start, end, _ in found for i in range(start, end)}
    found += by_description.described_instruments(
        instruments, words, taken | held, STOP, {p for p in places if " " not in p}
    )
    return [Mention(start, end, (match,)) for start, end, match in found]


ENGLISH_NAME_WORDS = frozenset({"ran", "fan", "hang", "ping", "bo", "long", "young"})
"""Words of people's names that are English words too: alone, they name no one ("it ran
for three days"; Ran Handong is named by his whole name)."""


CUT_MIN = 3
"""How many letters of a last name, cut short after the given name, still name the person."""


def _placed_elsewhere(match: Match, span: Sequence[str], places: Mapping[str, object]) -> bool:
    """Whether a name a span matches only in part holds a place the span does not give
    ("Chengdu Copyright Administration" for "copyright administration")."""
    return any(w in places and w not in span for w in name_key(match.text).split())


def _mentions(
    index: NameIndex, words: Sequence[str], taken: set[int], places: Mapping[str, object]
) -> list[Mention]:
    """Spans naming records, the heaviest (longest, then best) first, none overlapping; a
    place's one word is a place, not the record of that name ("China")."""
    spans: list[tuple[float, int, int, list[Match]]] = []
    n = len(words)
    for size in range(min(MAX_SPAN, n), 0, -1):
        for start in range(n - size + 1):
            span = words[start : start + size]
            if span[0] in STOP or span[-1] in STOP or set(range(start, start + size)) & taken:
                continue
            if size == 1 and (len(span[0]) < 2 or span[0] in STOP or span[0] in places):
                continue
            ranked = index.ranked(span)
            matches = [m for m in ranked if _names(m, span)]
            if size == 1 and span[0] in ENGLISH_NAME_WORDS:  # "the training ran July 7 to 9"
                matches = [m for m in matches if m.kind != "person"]
            if matches and matches[0].score < EXACT and set(span) <= index.common:
                continue  # "copyright industry": words of many names name none of them
            if (
                matches
                and matches[0].score < EXACT
                and any(w in places for w in span)
                and {w for w in span if w not in places} <= index.common
                and start + size < n
                and words[start + size] in EVENT_WORDS
            ):
                continue  # "the chengdu copyright forum": where the forum was, and a word
            if not matches:
                continue
            top = matches[0].score
            close = [m for m in matches if m.score >= top - AMBIGUITY_MARGIN]
            if top < EXACT and close[0].kind == "event":  # "the training on overseas risk":
                close = _same_named(close, ranked, span)  # 2021's as much as 2023's
            if top < EXACT and len(close) > MAX_PARTS:
                continue  # "China copyright": words many names share name none of them
            if top < EXACT and len(close) > 1:  # "the copyright administration": one that
                close = sorted(close, key=lambda m: _placed_elsewhere(m, span, places))  # no
                # place the question does not give narrows (NCAC, not Chengdu's)
            spans.append((size * SPAN_WEIGHT + top, start, start + size, close))
    spans.sort(key=lambda s: (-s[0], s[1]))
    chosen: list[Mention] = []
    used: set[int] = set(taken)
    for _, start, end, matches in spans:
        if used & set(range(start, end)):
            continue
        used.update(range(start, end))
        chosen.append(Mention(start, end, tuple(matches)))
    taken.update(used)
    merged: list[Mention] = []
    for mention in sorted(chosen, key=lambda m: m.start):
        last = merged[-1] if merged else None
        if last is not None and last.end == mention.start and last.best.id == mention.best.id:
            best = max((last, mention), key=lambda m: m.best.score)  # "the music copyright
            merged[-1] = Mention(last.start, mention.end, best.matches)  # society MCSC": one
        else:
            merged.append(mention)
    for k, mention in enumerate(merged):  # "stephanie car": Carre's name cut short
        after = words[mention.end] if mention.end < n and mention.end not in taken else ""
        if after and mention.best.kind == "person" and _cut_short(after, mention.best.text):
            merged[k] = Mention(mention.start, mention.end + 1, mention.matches)
            taken.add(mention.end)
    return merged


def _cut_short(word: str, name: str) -> bool:
    """Whether a word is the start of a person's last name, cut short ("car" of "Carre"):
    three letters or more, not a word of its own the question would otherwise hold."""
    last = fold(name).split()[-1]
    return CUT_MIN <= len(word) < len(last) and last.startswith(word) and word not in STOP


def _same_named(close: list[Match], ranked: Sequence[Match], span: Sequence[str]) -> list[Match]:
    """Events a span names by part of a name, with every other event whose name holds the
    span's words as they run: a longer name is no less named by them ("the training on
    overseas risk" is the 2021 one as much as the 2023 one, whose shorter alias scores
    higher; "the Chengdu forum" is no visit of its guests, whose name has both words apart)."""
    ids = {m.id for m in close}
    phrase = f" {name_key(' '.join(span))} "
    more = {
        m.id: m for m in ranked
        if m.kind == "event" and m.id not in ids and m.field != "id"  # a name, not our id
        and phrase in f" {name_key(m.text)} "
        and not set(f" {name_key(m.text)} ".split(phrase, 1)[1].split()) & EVENT_WORDS
    }  # fmt: skip  (not "... Shanghai training mobilization meeting": a meeting during it)
    return [*close, *more.values()]


EDGE_TYPO = 75.0
"""How close a span's first or last word must come to a word of a name it names by a typo
("shanghia" of "Shanghai"); a word that comes no closer is none of the name's."""


def _edges_named(span: Sequence[str], name_words: Sequence[str], stems: set[str]) -> bool:
    """Whether a span's first and last words are words of a name, or typos of them: a whole
    name's close match may not take in a word beside it ("the CTO of Shanghai Firstbrave
    Information Technology" is the company's name and a title before it, which is asked)."""
    return all(
        w in name_words
        or stem(w) in stems
        or any(_shortened(w, x) for x in name_words)
        or (len(w) > SHORT_EDGE and any(ratio(w, x) >= EDGE_TYPO for x in name_words))
        for w in (span[0], span[-1])
    )


def _shortened(word: str, whole: str) -> bool:
    """Whether a word is a short form of a longer one: its first letter, then its other
    letters in order ("conf" and "dip" of "conference" and "diplomatic", "ofc" of "office"),
    not "cto" of "company"."""
    if not 1 < len(word) < len(whole) or word[0] != whole[0]:
        return False
    letters = iter(whole[1:])
    return all(c in letters for c in word[1:])


SHORT_EDGE = 3
"""A span's edge word this short ("cto", "ceo") names a word of a name only as written."""


def _names(match: Match, span: Sequence[str]) -> bool:
    """Whether a match is good enough for a span to name the record in a question.

    Exact names always; a person by a typo in the whole name, or by one of the name's own
    words; anything else by a close typo, or by a span of two words or more that are all
    words of its name and hold at least half of them (an event's part, with a word of an
    event's kind). One word names a record only exactly, or a
    person by a word of the name ("Cogo").
    """
    if match.score >= EXACT:
        return True
    if match.score < CUTOFF:
        return False
    name_words = name_key(match.text).split()
    stems = {stem(w) for w in name_words}  # "free trade agreements" of "... agreement"
    part = all(w in name_words or stem(w) in stems for w in span)
    if len(span) == 1:
        return match.kind == "person" and part
    if match.kind == "person":
        return True
    if match.kind == "event" and not set(span) & EVENT_WORDS:
        return (
            False  # "copyright protection" is a topic, not the Roundtable on copyright protection
        )
    kinds = {stem(w) for w in name_words if w in INSTRUMENT_WORDS}  # "... Law", "... Treaty"
    if match.kind == "instrument" and kinds and not kinds & {stem(w) for w in span}:
        return False  # "the Chinese copyright industry" is no Chinese Copyright Law
    if match.score >= FUZZY_OTHER and not part:
        return _edges_named(span, name_words, stems)
    own = {stem(w) for w in name_words if w not in STOP}
    return part and len(own & {stem(w) for w in span}) >= PART_SHARE * len(own)
