"""Organizations a question names by what they are, not by name ("China's copyright regulator")."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from cfacts.finding.fulltext import stem
from cfacts.finding.matching import EXACT, Match
from cfacts.textnorm import fold

TYPE_CHECKING = False  # not `typing`'s: importing it costs ~3 ms of start-up

if TYPE_CHECKING:
    from cfacts.factbase.model import Instrument, Organization

KIND_NOUNS: dict[str, frozenset[str]] = {
    "government_agency": frozenset(
        "regulator authority administration agency office bureau watchdog government".split()
    ),
    "government_department": frozenset("department division office".split()),
    "party_body": frozenset("department".split()),
    "intergovernmental_organization": frozenset("agency organization organisation".split()),
    "collective_management_organization": frozenset(
        "society association collecting royalty royalties collective cmo".split()
    ),
    "association": frozenset("association".split()),
    "university": frozenset("university uni".split()),
    "academic_unit": frozenset("department centre center".split()),
    "media_company": frozenset("company firm media".split()),
    "company": frozenset("company firm".split()),
    "law_firm": frozenset("firm law".split()),
    "alliance": frozenset("alliance".split()),
    "work": frozenset("works game games film films movie movies hit hits title titles".split()),
}
"""The nouns a question may call an organization (or a work) of each kind by ("the
regulator", "the collecting society", "which game"), besides the words of its own name."""

_PLACE_FREE = frozenset({"company", "media_company", "law_firm"})
"""Kinds whose names may start with a city without being that city's body."""

VAGUE = frozenset({"body", "group", "outfit", "organization", "organisation", "agency"})
"""Nouns any organization may be called by: a description ending in one needs a word of the
organization's names, not only of its description ("the parent organization" is no one's)."""
HEADS = (frozenset().union(*KIND_NOUNS.values()) | VAGUE | {"society"}) - frozenset(
    "collecting royalty royalties collective media law government".split()
)
"""The nouns that end a description of one organization ("the UN's IP agency")."""

MEANS: dict[str, tuple[str, ...]] = {
    "un": ("united", "nations"),
    "ip": ("intellectual", "property"),
    "chinese": ("china",),
    "aussie": ("australia",),
    "songwriters": ("music",),
    "songwriter": ("music",),
    "composers": ("music",),
    "song": ("music",),
    "songs": ("music",),
    "authors": ("written",),
    "writers": ("written",),
    "literary": ("written",),
    "text": ("written",),
    "movie": ("film",),
    "movies": ("film",),
    "audiovisual": ("audio", "visual"),
    "city": ("municipal",),
    "state": ("national",),
    "country": ("national",),
    "geneva": ("world", "intellectual", "property", "organization"),  # "the Geneva agency"
}
"""Words of a description as the fact base writes them ("UN" is "United Nations"). "Geneva"
is the readers' word for WIPO, by where it sits, which no article states: it only reads a
description ("the Geneva IP agency") as WIPO, and is never shown as a fact."""

UNIT_HEADS = frozenset("division department section sector unit".split())
"""Nouns for a unit of a body, whose description must hold the words of its name (or its
parent's): a unit is told apart from its kin by its name (not an office, which a reader
names by its city: "WIPO's Beijing office")."""
IDLE = frozenset("big main top whole same official very".split())
"""Words a description may hold that say nothing of which organization it is."""

PLACE_NOUNS = frozenset("province city municipality county district region new area".split())
"""Words of places' names that name no place alone."""

_ITS_PEOPLE = frozenset(
    "guy guys man men woman women lady person people official officials rep reps "
    "representative representatives delegate delegates staffer staff expert experts".split()
)
"""Nouns for someone of a body described, between it and where it is from ("the collecting
society guy from Sydney")."""

PREFIX_MIN = 5
"""A word this long that begins a word of an organization's is its ("Africa", "African")."""

REACH = 4
"""How many words before its noun a description reaches back."""


def described(
    organizations: Iterable[Organization],
    words: Sequence[str],
    taken: Collection[int],
    stop: Collection[str],
    places: Collection[str],
) -> list[tuple[int, int, Match]]:
    """The spans of ``words`` (not at ``taken``) that describe exactly one organization:
    one or more words before a noun its kind is called by ("China's copyright regulator",
    "the UN's IP agency"), every word of them its own (its name, abbreviations, aliases,
    country or description) and at least one of them not a noun of its kind. An organization
    of a place ("Chengdu Municipal Copyright Administration") is described only when its
    place is named. Each match's text is the organization's shortest name."""
    heads = [i for i, w in enumerate(words) if w in HEADS and i not in taken]
    if not heads:
        return []
    organizations = list(organizations)
    bags = [(org, *_bags(org)) for org in organizations]
    names_of = {org.id: bag[1] for org, *bag in bags}
    parents = {org.id: names_of.get(org.parent or "", frozenset()) for org in organizations}
    place_words = {w for place in places for w in place.split()} - PLACE_NOUNS
    found: list[tuple[int, int, Match]] = []
    for head in heads:
        start = head
        while start > 0 and head - start < REACH:
            word = words[start - 1]
            if word in stop or start - 1 in taken:
                break
            start -= 1
        said = [w for w in words[start:head] if w not in IDLE]
        gap = 1 if words[head + 1 : head + 2] and words[head + 1] in _ITS_PEOPLE else 0
        after = words[head + 1 + gap : head + 3 + gap]  # "a body from Africa", "the society
        if len(after) == 2 and after[0] in ("from", "in") and head + 2 + gap not in taken:
            said.append(after[1])  # guy from Sydney": where it is from, too
        if not said:
            continue
        part_of = {  # part of a name ("the images copyright society", "the video
            org.id for org, _, named, _ in bags  # association"): of that name's bodies alone
            if set(words[start : head + 1]) <= named and words[head] in _heads(org)
        }  # fmt: skip
        if len(part_of) > 1:
            continue  # "the copyright administration": part of several names, none of them
        fits = []
        for org, own, named, kind_nouns in bags:
            if part_of and org.id not in part_of:
                continue
            if words[head] not in kind_nouns | _heads(org) and words[head] not in VAGUE:
                continue  # "the copyright office" is no Operation Center of a Manager Office
            if not all(_holds(w, own | kind_nouns) for w in said):
                continue  # a vague noun needs a word of its name: "the parent organization"
            if not any(_holds(w, named if words[head] in VAGUE else own) for w in said):
                continue
            if words[head] in UNIT_HEADS and not all(
                _holds(w, named | parents.get(org.id, frozenset())) for w in said
            ):  # "NCAC's copyright management division": a unit is told by its name, not by
                continue  # words of our description of it (the Social Services Division's)
            country = fold(org.country or "").split()
            local = [w for w in fold(org.name).split() if w in place_words and w not in country]
            if org.kind in _PLACE_FREE:  # "Beijing View Stock Pictures": a firm's city is
                local = []  # part of its name, not whose it is
            if any(w not in words for w in local):
                continue  # "the copyright administration" is not Chengdu's, unless named
            fits.append(org)
        ids = {org.id for org in fits}
        fits = [org for org in fits if org.parent not in ids]  # NCAC, not its department
        if len(fits) == 1:
            org = fits[0]
            short = org.abbreviations[0] if org.abbreviations else org.name
            found.append(
                (start, head + 1, Match("organization", org.id, EXACT, "described", short))
            )
    found.sort(key=lambda f: f[0] - f[1])  # the longest first; none overlapping
    kept: list[tuple[int, int, Match]] = []
    for start, end, match in found:
        if all(end <= s or start >= e for s, e, _ in kept):
            kept.append((start, end, match))
    return sorted(kept, key=lambda f: f[0])


def _bags(org: Organization) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """An organization's own words (name, abbreviations, aliases, city, country,
    description), the words of its names, city and country alone ("the Geneva agency"), and
    the nouns its kind is called by."""
    names = [org.name, *org.abbreviations, *org.aliases, org.city or "", org.country or ""]
    named = frozenset(fold(" ".join(names)).split())
    own = named | frozenset(fold(org.description or "").split())
    own |= frozenset(org.kind.split("_"))  # "an intergovernmental body"
    return own, named, KIND_NOUNS.get(org.kind, frozenset())


def _heads(org: Organization) -> frozenset[str]:
    """The nouns an organization's names end with, before any "of" ("Office" of "WIPO Office
    in China", "Society" of "Music Copyright Society of China")."""
    found = set()
    for name in (org.name, *org.aliases):
        words = fold(name).split()
        cut = next((i for i, w in enumerate(words) if w in ("of", "in", "for", "on")), len(words))
        if cut:
            found.add(words[cut - 1])
    return frozenset(found)


def _holds(word: str, bag: frozenset[str]) -> bool:
    """Whether a bag holds a word, by itself, what it means, or its stem ("rights")."""
    if word in bag or all(w in bag for w in MEANS.get(word, ("\0",))):
        return True
    if len(word) >= PREFIX_MIN and any(w.startswith(word) for w in bag):
        return True  # "Africa" of "African"
    return any(stem(word) == stem(w) for w in bag if w[:2] == word[:2])


INSTRUMENT_NOUNS: dict[str, frozenset[str]] = {
    "treaty": frozenset({"treaty", "convention"}),
    "memorandum": frozenset({"memorandum", "memo", "mou", "agreement"}),
    "agreement": frozenset({"agreement", "deal", "pact", "fta"}),
    "regulation": frozenset({"regulation", "regulations", "rules"}),
    "law": frozenset({"law", "act"}),
    "initiative": frozenset({"initiative", "programme", "program", "plan"}),
}
"""The nouns a question may call an instrument of each kind by ("the performers treaty")."""
INSTRUMENT_HEADS = frozenset().union(*INSTRUMENT_NOUNS.values())
"""Every noun an instrument may be called by."""

_AFTER_HEAD = frozenset({"for", "on", "of", "about", "protecting", "covering"})
"""Words after an instrument's noun that lead what it is for ("that treaty for performers")."""


def described_instruments(
    instruments: Iterable[Instrument], words: Sequence[str], taken: Collection[int],
    stop: Collection[str], places: Collection[str] = (),
) -> list[tuple[int, int, Match]]:
    """The spans of ``words`` (not at ``taken``) that describe exactly one instrument by
    what it is and what it is for, not by its name ("the performers treaty", "that treaty
    for performers", "the treaty for the blind"): a noun its kind is called by, with the
    words before it (or the two after "for", "on" ...) each held by its names or our summary
    of it, none a year or a place (``places``), one of them at least not a noun of its
    kind. Each match's text is its shortest name of two words or more."""
    heads = [
        i for i, w in enumerate(words)
        if i not in taken and any(w in nouns for nouns in INSTRUMENT_NOUNS.values())
    ]  # fmt: skip
    if not heads:
        return []
    bags = []
    for instrument in instruments:
        names = [instrument.name, *instrument.aliases]
        named = frozenset(fold(" ".join(names)).split())
        own = named | frozenset(fold(instrument.summary or "").split())
        bags.append((instrument, own, INSTRUMENT_NOUNS.get(instrument.kind, frozenset()), named))
    found: list[tuple[int, int, Match]] = []
    for head in heads:
        start = head
        while start > 0 and head - start < REACH:
            if words[start - 1] in stop or start - 1 in taken:
                break
            start -= 1
        end = head + 1
        said = [w for w in words[start:head] if w not in IDLE]
        if words[head + 1 : head + 2] and words[head + 1] in _AFTER_HEAD:
            after = [
                k for k in range(head + 2, min(head + 4, len(words)))
                if k not in taken and words[k] not in stop
            ]  # fmt: skip
            after = after[: next((n for n, k in enumerate(after) if k != head + 2 + n),
                                 len(after))]  # fmt: skip
            if after and not said:
                said = [words[k] for k in after]
                end = after[-1] + 1
        if not said or not all(w.isalpha() for w in said):
            continue  # "the 2012 treaty": a year says no instrument by what it is for
        fits = [
            instrument
            for instrument, own, nouns, named in bags
            if words[head] in nouns
            and all(_holds(w, own) for w in said)
            and all(_holds(w, named) for w in said if w in places)  # "the Beijing performers
            and any(w not in nouns for w in said)  # treaty", not "the Chengdu programme"
        ]
        if len(fits) == 1:
            instrument = fits[0]
            called = (instrument.name, *instrument.aliases)  # "Beijing Treaty", not "BTAP":
            short = min(called, key=lambda n: (len(n.split()) < 2, len(n)))  # as facts write it
            match = Match("instrument", instrument.id, EXACT, "described", short)
            found.append((start, end, match))
    return found
