"""Same-event tests, merging mentions into events, and links from plans to the acts that fulfil them.

Two mentions are one event when their types agree (a conference and a meeting
can name the same gathering), their dates nest (the coarser contains the
finer), nothing tells them apart (different ordinals, different counterparts)
and something ties them together: the distinctive words of their names, the
people taking part, or, inside one article, a bare reference back ("the
conference", "the agreement"). The thresholds are named constants below.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from timeline.models import EVENT_TYPES, PRECISIONS, Event, Mention, When

#: share of the shorter key's words that the other key must hold for two names to be the same.
KEY_OVERLAP_SAME = 0.5
#: across articles a name match must be at least this strong when neither side names people.
KEY_OVERLAP_ACROSS = 0.5
#: how many candidate events a report is compared with at most (the most recent first).
MAX_CANDIDATES = 64
#: a date spanning more years than this is filed as "wide" rather than under each year.
WIDE_YEARS = 3
#: confidence added for each further article that reports an event.
CONFIDENCE_PER_SOURCE = 0.05

GATHERINGS = frozenset({"conference", "meeting"})
ORDINAL = re.compile(r"\b\d+(?:st|nd|rd|th)\b")
STATUS_RANK = {"occurred": 0, "planned": 1, "proposed": 2}
PRECISION_RANK = {p: i for i, p in enumerate(PRECISIONS)}
TYPE_RANK = {t: i for i, t in enumerate(EVENT_TYPES)}


class Group:
    """Mentions found to be one event so far (mutable while merging, frozen into an ``Event`` after).

    Besides its mentions it keeps, up to date as mentions join, what every comparison asks for:
    types, articles, and the distinct dates, keys and participant lists (in order of arrival),
    so that comparing with a group reported a thousand times costs what its distinct facts cost.
    """

    __slots__ = ("articles", "casts", "keys", "latest_source", "mentions", "people", "types", "whens")

    def __init__(self, mentions: Iterable[Mention] = ()) -> None:
        # lists, not sets, for the few distinct values most groups have: an archive has a million groups
        self.mentions: list[Mention] = []
        self.types: list[str] = []
        self.articles: set[str] = set()
        self.whens: list[When] = []
        self.keys: list[str] = []  # non-empty keys
        self.casts: list[tuple[str, ...]] = []  # participant lists
        self.people: list[str] = []
        self.latest_source: date | None = None
        self.add(*mentions)

    def add(self, *mentions: Mention) -> None:
        self.mentions.extend(mentions)
        for m in mentions:
            _append_new(self.types, m.type)
            self.articles.add(m.article_id)
            _append_new(self.whens, m.when)
            if m.key:
                _append_new(self.keys, m.key)
            if m.participants:
                _append_new(self.casts, m.participants)
                for p in m.participants:
                    _append_new(self.people, p)
            if m.source_date and (self.latest_source is None or m.source_date > self.latest_source):
                self.latest_source = m.source_date

    def best_when(self) -> When:
        return finest(self.whens)


def _append_new(items: list[Any], item: object) -> None:
    if item not in items:
        items.append(item)


def finest(whens: Sequence[When]) -> When:
    """The most precise of several dates (known beats unknown; ties: the first)."""
    return min(whens, key=lambda w: PRECISION_RANK.get(w.precision, len(PRECISIONS)))


def _bounds(w: When) -> tuple[date, date]:
    return (w.start or date.min, w.end or date.max)


def dates_compatible(a: When, b: When) -> bool:
    """True when one date's span contains the other's (an unknown date contains all).

    >>> from datetime import date
    >>> d = When("2022-10-25", date(2022, 10, 25), date(2022, 10, 25), "day")
    >>> y = When("2022", date(2022, 1, 1), date(2022, 12, 31), "year")
    >>> dates_compatible(d, y), dates_compatible(d, When("2022-10-26", date(2022, 10, 26), date(2022, 10, 26), "day"))
    (True, False)
    """
    a0, a1 = _bounds(a)
    b0, b1 = _bounds(b)
    return (a0 <= b0 and b1 <= a1) or (b0 <= a0 and a1 <= b1)


def types_compatible(a: str, b: str) -> bool:
    return a == b or (a in GATHERINGS and b in GATHERINGS)


def key_overlap(a: str, b: str) -> float:
    """Share of the shorter key's words found in the other (0 when either is empty)."""
    ka, kb = _word_set(a), _word_set(b)
    if not ka or not kb:
        return 0.0
    return len(ka & kb) / min(len(ka), len(kb))


@lru_cache(maxsize=1 << 16)
def _word_set(key: str) -> frozenset[str]:
    return frozenset(key.split())


@lru_cache(maxsize=1 << 16)
def _ordinals(key: str) -> frozenset[str]:
    return frozenset(ORDINAL.findall(key))


def _people_conflict(a: Iterable[str], b: Iterable[str]) -> bool:
    pa, pb = set(a), set(b)
    return len(pa) >= 2 and len(pb) >= 2 and not (pa <= pb or pb <= pa)


def same_event(group: Group, m: Mention) -> bool:
    """Whether a mention reports the event a group of mentions already stands for."""
    if not all(types_compatible(t, m.type) for t in group.types):
        return False
    if not all(dates_compatible(w, m.when) for w in group.whens):
        return False
    keys = group.keys
    if m.key and any(_ordinals(k) and _ordinals(m.key) and _ordinals(k) != _ordinals(m.key) for k in keys):
        return False
    if m.type in GATHERINGS | {"visit"} and any(_people_conflict(cast, m.participants) for cast in group.casts):
        return False
    overlap = max((key_overlap(k, m.key) for k in keys), default=0.0)
    shared_people = any(p in group.people for p in m.participants)
    if m.article_id in group.articles:
        if overlap >= KEY_OVERLAP_SAME:
            return True
        if shared_people and m.type != "project":
            return True
        # a bare reference back ("the conference", "the agreement") with nothing to tell it apart
        return m.anaphor or not m.key or not keys
    if overlap >= KEY_OVERLAP_ACROSS and (m.key or not keys):
        return True
    if shared_people and m.when.precision == "day" and group.best_when().precision == "day":
        return m.type in GATHERINGS | {"visit", "signing"}
    return False


def group_mentions(mentions: Sequence[Mention]) -> list[Group]:
    """Mentions → groups, first inside each article (text order), then across articles (date order)."""
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_article[m.article_id].append(m)
    local: list[Group] = []
    for article_id in sorted(by_article):
        groups: list[Group] = []
        for m in sorted(by_article[article_id], key=lambda x: (x.start, x.type)):
            target = _last_match(groups, m)
            if target is None:
                groups.append(Group([m]))
            else:
                target.add(m)
        local.extend(groups)
    return _merge_across(local)


def _last_match(groups: Sequence[Group], m: Mention) -> Group | None:
    for g in reversed(groups):  # the nearest earlier mention is the likeliest antecedent
        if same_event(g, m):
            return g
    return None


def _date_buckets(w: When, ref: date | None) -> tuple[set[str], set[str]]:
    """Where a group is filed, and where to look for groups whose dates may contain or fall within its own.

    A day is filed as itself and as a day inside its month and its year; a whole month
    as itself and as a month inside its year; a whole year as itself; any other span
    under each year it touches ("o"), or as "wide"; an unknown date as "open". So a day
    looks up its day, month, year, the spans of its year, "open" and "wide", not every
    group of its year, and a year looks up the days and months inside it.
    """
    if w.start is None or w.end is None:
        near: set[str] = {"open", "wide"}
        if ref is not None:  # an undated report can only be the same as something near its article's date
            near |= {f"{tag}:{y}" for y in (ref.year - 1, ref.year, ref.year + 1) for tag in ("y", "dy", "my", "o")}
        return {"open"}, near
    s, e = w.start, w.end
    year, month = f"{s.year}", f"{s.year}-{s.month:02d}"
    if s == e:
        return {f"d:{s}", f"dm:{month}", f"dy:{year}"}, {
            f"d:{s}", f"m:{month}", f"y:{year}", f"o:{year}", "open", "wide"}
    if s.year == e.year and s.month == e.month and s.day == 1 and (e + timedelta(days=1)).day == 1:
        return {f"m:{month}", f"my:{year}"}, {f"m:{month}", f"dm:{month}", f"y:{year}", f"o:{year}", "open", "wide"}
    if (s.month, s.day, e.month, e.day) == (1, 1, 12, 31) and s.year == e.year:
        return {f"y:{year}"}, {f"y:{year}", f"dy:{year}", f"my:{year}", f"o:{year}", "open", "wide"}
    years = range(s.year, e.year + 1)
    if len(years) > WIDE_YEARS:
        return {"wide"}, {"wide", "open"}
    return {f"o:{y}" for y in years}, {f"{tag}:{y}" for y in years for tag in ("y", "dy", "my", "o")} | {"open", "wide"}


def _blocking_keys(g: Group, *, lookup: bool) -> set[str]:
    """The index keys of a group: its distinctive name words, and its people on its day, per date bucket."""
    family = "gathering" if GATHERINGS.issuperset(g.types) else "/".join(sorted(g.types))
    when = g.best_when()
    own, near = _date_buckets(when, g.latest_source)
    buckets = near if lookup else own
    words = {w for key in g.keys for w in _word_set(key)}
    keys = {f"{family}|{b}|k|{w}" for w in words for b in buckets}
    if when.precision == "day":  # people alone tie reports together only on the same day
        keys.update(f"{family}|{when.value}|p|{p}" for p in g.people)
    return keys


def _may_join(a: Group, b: Group) -> bool:
    """Every type and every date of one group compatible with every one of the other's (as same_event asks)."""
    return all(types_compatible(s, t) for s in a.types for t in b.types) and all(
        dates_compatible(v, w) for v in a.whens for w in b.whens
    )


def _merge_across(groups: list[Group]) -> list[Group]:
    """Join groups from different articles; candidates come from shared name words or people near in time.

    The index keeps the work near-linear: a group is compared only with groups filed under one of its
    keys and date buckets, the most recent ``MAX_CANDIDATES`` of them.
    """
    order = sorted(groups, key=_group_order)
    merged: list[Group] = []
    index: dict[str, list[int]] = defaultdict(list)
    filed: dict[str, set[int]] = defaultdict(set)
    for g in order:
        # the groups most recently filed under each key: a common word in a busy year must not make
        # every group a candidate (the cost would grow with the square of the archive)
        found = {i for k in _blocking_keys(g, lookup=True) for i in index.get(k, ())[-MAX_CANDIDATES:]}
        target = None
        for i in sorted(found, reverse=True)[:MAX_CANDIDATES]:
            other = merged[i]
            if not other.articles.isdisjoint(g.articles):
                continue
            if not _may_join(other, g):
                continue  # what same_event would find first for one of g's mentions, checked once for all
            if all(same_event(other, m) for m in g.mentions):
                target = i
                break
        if target is None:
            merged.append(g)  # a new event: the local group itself (it is not looked at again)
            target = len(merged) - 1
        else:
            merged[target].add(*g.mentions)
        for k in _blocking_keys(merged[target], lookup=False):
            if target not in filed[k]:
                filed[k].add(target)
                index[k].append(target)
    return merged


def _group_order(g: Group) -> tuple[int, str, str, int]:
    w = g.best_when()
    first = min(g.mentions, key=lambda m: (m.article_id, m.start))
    return (PRECISION_RANK.get(w.precision, 9), w.value, first.article_id, first.start)


def to_event(group: Group, aliases: Mapping[str, Sequence[str]] | None = None) -> Event:
    """Freeze a group into one event: the finest date, the fullest name, every source."""
    aliases = aliases or {}
    ms = sorted(group.mentions, key=lambda m: (m.article_id, m.start))
    when = group.best_when()
    dated = [m for m in ms if m.when == when]
    best = max(dated, key=lambda m: (bool(m.date_phrase), len(m.key), m.confidence, -m.start))
    _, named = max(enumerate(ms), key=lambda im: (not im[1].anaphor, len(im[1].key.split()), im[1].when == when, -im[0]))
    latest = max(ms, key=lambda m: (m.source_date or date.min, -STATUS_RANK[m.status]))
    types = sorted({m.type for m in ms}, key=lambda t: (-sum(m.type == t for m in ms), TYPE_RANK[t]))
    sources = list(dict.fromkeys(sid for m in ms for sid in (m.article_id, *aliases.get(m.article_id, ()))))
    participants = list(dict.fromkeys(p for m in [best, *ms] for p in m.participants))
    # a lone surname is dropped when the full name is there too
    participants = [p for p in participants if not any(p != q and q.endswith(" " + p) for q in participants)]
    countries = list(dict.fromkeys(c for m in ms for c in m.countries))
    location = best.location or next((m.location for m in ms if m.location), "")
    n_sources = len({m.article_id for m in ms})
    confidence = min(0.99, max(m.confidence for m in ms) + CONFIDENCE_PER_SOURCE * (n_sources - 1))
    title = named.title if named.type == types[0] else best.title
    status = latest.status
    if status != "occurred" and types[0] not in {"planned_agreement", "signing"}:
        title = f"{title} ({status})"
    event = Event(
        event_id="",
        when=when,
        type=types[0],
        status=status,
        title=title,
        countries=tuple(countries),
        participants=tuple(participants),
        location=location,
        evidence=best.sentence,
        source_id=best.article_id,
        source_date=best.source_date,
        sources=tuple(sources),
        confidence=round(confidence, 3),
        date_phrase=best.date_phrase,
        mentions=tuple(ms),
    )
    return replace(event, event_id=event_id(event))


def event_id(event: Event) -> str:
    """A stable id from the canonical JSON of what identifies an event.

    The same inputs give the same id on every run and machine.
    """
    first = min(event.mentions, key=lambda m: (m.article_id, m.start)) if event.mentions else None
    ident = [
        event.type,
        event.when.value,
        event.title,
        sorted(event.sources),
        [first.article_id, first.start] if first else [],
    ]
    digest = hashlib.sha1(json.dumps(ident, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()
    return f"ev-{digest[:12]}"


def link_plans(events: Sequence[Event]) -> list[Event]:
    """Link each planned agreement to the later signing of the same agreement.

    The signing row gets ``fulfils`` = the plan's id; the plan gets ``fulfilled_by``.
    """
    plans = [e for e in events if e.type == "planned_agreement"]
    signings = [e for e in events if e.type == "signing"]
    key_words = {id(e): set(_event_key(e).split()) for e in (*plans, *signings)}
    by_word: dict[str, list[int]] = defaultdict(list)  # a signing can fulfil a plan only if their keys share a word
    for i, s in enumerate(signings):
        for w in key_words[id(s)]:
            by_word[w].append(i)
    fulfils: dict[str, str] = {}
    fulfilled_by: dict[str, str] = {}
    for plan in plans:
        announced = plan.source_date or date.min
        plan_words = key_words[id(plan)]
        shared: Counter[int] = Counter()  # signing → how many of the plan's words its key has
        for w in plan_words:
            shared.update(by_word.get(w, ()))
        later = [
            s
            for s in (signings[i] for i, n in sorted(shared.items()) if n >= KEY_OVERLAP_SAME * min(len(plan_words), len(key_words[id(signings[i])])))
            if s.event_id not in fulfils
            and s.when.start is not None
            and s.when.start >= announced
            and not set(s.sources) <= set(plan.sources)
        ]
        if later:
            first = min(later, key=lambda s: (s.when.start or date.max, s.event_id))
            fulfils[first.event_id] = plan.event_id
            fulfilled_by[plan.event_id] = first.event_id
    return [replace(e, fulfils=fulfils.get(e.event_id, ""), fulfilled_by=fulfilled_by.get(e.event_id, "")) for e in events]


def _event_key(e: Event) -> str:
    return " ".join(dict.fromkeys(w for m in e.mentions for w in m.key.split()))


def merge(mentions: Sequence[Mention], aliases: Mapping[str, Sequence[str]] | None = None) -> list[Event]:
    """Mentions → events, one per real-world milestone, in a fixed order, plans linked.

    Merging is idempotent: merging the mentions of the result again gives the same events.
    """
    events = [to_event(g, aliases) for g in group_mentions(mentions)]
    events.sort(key=sort_key)
    return link_plans(_unique_ids(events))


def _unique_ids(events: list[Event]) -> list[Event]:
    """Two events alike in every identifying field (twin reports in one sentence) get -2, -3… in row order."""
    seen: dict[str, int] = {}
    out = []
    for e in events:
        n = seen.get(e.event_id, 0) + 1
        seen[e.event_id] = n
        out.append(e if n == 1 else replace(e, event_id=f"{e.event_id}-{n}"))
    return out


def sort_key(e: Event) -> tuple[str, str, int, str, str]:
    start = e.when.start.isoformat() if e.when.start else ("9999-12-31" if e.when.end is None else e.when.end.isoformat())
    return (start, e.when.end.isoformat() if e.when.end else "9999-12-31", TYPE_RANK.get(e.type, 99), e.title, e.event_id)
