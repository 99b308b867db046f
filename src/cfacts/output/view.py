"""How much of a card to show: the concise default, every section (`--full`), or chosen ones.

Kept apart from the renderer so the command line can name sections (and complete them)
without importing rich.
"""

from __future__ import annotations

from cfacts.frozen import value

SECTIONS: dict[str, tuple[str, ...]] = {
    "person": ("about", "roles", "appearances", "numbers", "statements"),
    "organization": ("about", "people", "events", "statistics", "milestones", "statements"),
    "event": ("about", "speakers", "said", "numbers", "statements"),
    "statistic": ("about", "series"),
    "subject": ("about", "milestones", "statements"),
}
"""Each card kind's sections, in the order they are shown (`--section NAME`)."""

HIDDEN: dict[str, frozenset[str]] = {
    "organization": frozenset({"statements"}),
    "event": frozenset({"said", "statements"}),
}
"""Sections the concise default leaves out (it says how to see them)."""

ALL_SECTIONS = tuple(sorted({name for names in SECTIONS.values() for name in names}))


@value(frozen=True)
class View:
    """The concise default; ``full`` for everything with every quote; or only ``sections``."""

    full: bool = False
    sections: tuple[str, ...] = ()

    @property
    def concise(self) -> bool:
        """Whether long text is cut to a line and sources are cited per article."""
        return not self.full and not self.sections

    def shows(self, kind: str, section: str) -> bool:
        """Whether a card of ``kind`` shows ``section`` in this view."""
        if self.sections:
            return section in self.sections
        return self.full or section not in HIDDEN.get(kind, frozenset())
