"""Frozen records shared by the parsing modules: Article, When, DateMention, Mention, Event.

Parsing works on these small typed records; pandas only meets them in
``table.py``. Every record is frozen and slotted so that it can be hashed,
compared and shipped to another process unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

#: Precisions a resolved date can have, finest first (the order is used to pick
#: the finest of several reports of one event).
PRECISIONS: tuple[str, ...] = ("day", "range", "week", "month", "quarter", "year", "unknown")

#: Event types of EVENTS.md, in the order the dashboard lists them.
EVENT_TYPES: tuple[str, ...] = (
    "conference",
    "meeting",
    "visit",
    "signing",
    "planned_agreement",
    "joint_activity",
    "project",
    "other",
)

#: Statuses of EVENTS.md.
STATUSES: tuple[str, ...] = ("occurred", "planned", "proposed")


@dataclass(frozen=True, slots=True)
class Article:
    """One news article after ingest: main text with page furniture removed.

    ``date`` is the publication date every relative phrase is resolved
    against, or None when the article gives none (never today's date).
    """

    id: str
    path: str
    date: date | None
    title: str
    text: str
    url: str = ""
    #: how the date was found: "header", "dateline", "html", "field", "override", or "" (none)
    date_source: str = ""
    #: other names of the same article (identical text read from several files)
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class When:
    """A resolved date: its ISO value at its precision and the days it can mean.

    ``value`` is ISO 8601 at the precision (``2022-10``, ``2022-Q1``, an
    interval ``2020-11-20/2020-11-21``) or empty when unknown. ``timex`` is the
    TIMEX3-style value (``2022-W43``, ``FUTURE_REF``) used by ``timeline dates``.
    An open future has ``start`` set and ``end`` None.
    """

    value: str
    start: date | None
    end: date | None
    precision: str
    timex: str = ""

    @property
    def known(self) -> bool:
        return self.precision != "unknown"


UNKNOWN = When(value="", start=None, end=None, precision="unknown", timex="")


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in a text, with its character offsets and value.

    ``role`` says what the expression is to an event: ``point`` (when something
    happens), ``period`` (a period an agreement or plan covers, "for 2024-2025",
    not the event's date), ``vague`` (``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``
    style references).
    """

    expr: str
    start: int
    end: int
    when: When
    role: str = "point"


@dataclass(frozen=True, slots=True)
class Mention:
    """One report of an event: a sentence of one article and what it states."""

    article_id: str
    source_date: date | None
    sentence: str
    start: int
    end: int
    type: str
    status: str
    title: str
    when: When
    date_phrase: str = ""
    countries: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    location: str = ""
    confidence: float = 0.5
    #: the agreement or gathering named in the sentence, normalised, for merging and plan links
    key: str = ""
    #: the sentence only refers back to an event ("the project", "the conference"): no name of its own
    anaphor: bool = False


@dataclass(frozen=True, slots=True)
class Event:
    """One real-world milestone after merging all the mentions that report it."""

    event_id: str
    when: When
    type: str
    status: str
    title: str
    countries: tuple[str, ...]
    participants: tuple[str, ...]
    location: str
    evidence: str
    source_id: str
    source_date: date | None
    sources: tuple[str, ...]
    confidence: float
    date_phrase: str = ""
    fulfils: str = ""
    fulfilled_by: str = ""
    mentions: tuple[Mention, ...] = field(default=(), compare=False, repr=False)
