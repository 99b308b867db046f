"""Organizations a question names by what they are, not by name ("China's copyright regulator")."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from cfacts.finding.fulltext import stem
from cfacts.finding.matching import EXACT, Match
from cfacts.textnorm import fold

TYPE_CHECKING = False  # not `typing`'s: importing it costs ~3 ms of start-up

if TYPE_CHECKING:
    from cfacts.factbase.model import Organization

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
}
"""Words of a description as the fact base writes them ("UN" is "United Nations")."""

IDLE = frozenset("big main top whole same official very".split())
"""Words a description may hold that say nothing of which organization it is."""

PLACE_NOUNS = frozenset("province city municipality county district region new area".split())
"""Words of places' names that name no place alone."""

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
    bags = [(org, *_bags(org)) for org in organizations]
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
        after = words[head + 1 : head + 3]  # "a body from Africa": where it is from, too
        if len(after) == 2 and after[0] in ("from", "in") and head + 2 not in taken:
            said.append(after[1])
        if not said:
            continue
        if any(set(words[start : head + 1]) <= named and words[head] in _heads(org)
               for org, _, named, _ in bags):  # fmt: skip
            continue  # part of a name ("the images copyright society"): a name, not this
        fits = []
        for org, own, named, kind_nouns in bags:
            if words[head] not in kind_nouns | _heads(org) and words[head] not in VAGUE:
                continue  # "the copyright office" is no Operation Center of a Manager Office
            if not all(_holds(w, own | kind_nouns) for w in said):
                continue  # a vague noun needs a word of its name: "the parent organization"
            if not any(_holds(w, named if words[head] in VAGUE else own) for w in said):
                continue
            country = fold(org.country or "").split()
            local = [w for w in fold(org.name).split() if w in place_words and w not in country]
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
    """An organization's own words (name, abbreviations, aliases, country, description), the
    words of its names and country alone, and the nouns its kind is called by."""
    names = [org.name, *org.abbreviations, *org.aliases, org.country or ""]
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
