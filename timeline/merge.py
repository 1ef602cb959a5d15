"""Same-event tests, merging mentions into events, and links from plans to the acts that fulfil them.

Two mentions are one event when their types agree (a conference and a meeting
can name the same gathering), their dates nest (the coarser contains the
finer), nothing tells them apart (different ordinals, different counterparts)
and something ties them together: the distinctive words of their names, the
people taking part, or, inside one article, a bare reference back ("the
conference", "the agreement"). The thresholds are named constants below.
"""

from __future__ import annotations

import gc
import hashlib
import json
import re
from bisect import bisect_left, insort
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from timeline.data.lexicon import COUNTRIES
from timeline.models import EVENT_TYPES, PRECISIONS, UNKNOWN, Event, Mention, When

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
GATHERINGS_AND_VISITS = GATHERINGS | {"visit"}
#: what tells two events of one name apart: "12th", and the years of a plan ("for 2023" is not "for 2024"), and
#: "previous" ("the previous Bi-national Cabinet took place in February" is not the 6th one told as coming; keys are stemmed)
ORDINAL = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|(?:19|20)\d\d|previou?s?|prior)\b")
STATUS_RANK = {"occurred": 0, "planned": 1, "proposed": 2}
PRECISION_RANK = {p: i for i, p in enumerate(PRECISIONS)}
TYPE_RANK = {t: i for i, t in enumerate(EVENT_TYPES)}


class Group:
    """Mentions found to be one event so far (mutable while merging, frozen into an ``Event`` after).

    Besides its mentions it keeps, up to date as mentions join, what every comparison asks for:
    types, articles, and the distinct dates, keys and participant lists (in order of arrival),
    so that comparing with a group reported a thousand times costs what its distinct facts cost,
    and, once a group is large, less: its dates as a chain of nested spans, and what it already
    found for a name or a participant list it was asked about before.
    """

    __slots__ = (
        "articles", "best", "casts", "chain", "done", "filed_as", "keys", "latest_source", "memo",
        "mentions", "ordinal_sets", "people", "span", "types", "when_set", "whens", "words",
    )

    def __init__(self, mentions: Iterable[Mention] = ()) -> None:
        # tuples, not sets, for the few distinct values most groups have (the empty tuple costs
        # nothing), and one article's id rather than a set of one: an archive has a million groups
        self.mentions: list[Mention] = []
        self.types: tuple[str, ...] = ()
        self.done: tuple[bool, ...] = ()  # whether its reports tell it as done (occurred) or to come, each answer once
        self.articles: str | set[str] = ""  # the article's id, or the ids once there are several
        self.whens: tuple[When, ...] = ()
        self.keys: tuple[str, ...] = ()  # non-empty keys
        self.casts: tuple[tuple[str, ...], ...] = ()  # participant lists
        self.people: tuple[str, ...] = ()
        self.latest_source: date | None = None
        self.best: When = UNKNOWN  # the most precise date (known beats unknown; ties: the first)
        self.span = _span(UNKNOWN)  # the days ``best`` can mean: the first test of every comparison
        self.ordinal_sets: tuple[frozenset[str], ...] = ()  # the distinct ordinals of its keys ("12th")
        # made only for a large group: a set of its dates, its dates' spans outermost first,
        # and answers found before (a key → its best overlap, a cast → whether it conflicts)
        self.when_set: set[When] | None = None
        self.chain: list[tuple[date, date]] | None = None
        self.memo: dict[object, tuple[Any, int]] | None = None
        self.filed_as: tuple[str, When] | None = None  # how _merge_across last filed it
        self.words: set[str] | None = None  # the words of its keys, once it has many keys
        self.add(*mentions)

    def add(self, *mentions: Mention) -> None:
        self.mentions.extend(mentions)
        for m in mentions:
            if m.type not in self.types:
                self.types = (*self.types, m.type)
            if (m.status == "occurred") not in self.done:
                self.done = (*self.done, m.status == "occurred")
            if not self.articles:
                self.articles = m.article_id
            elif isinstance(self.articles, str):
                if m.article_id != self.articles:
                    self.articles = {self.articles, m.article_id}
            else:
                self.articles.add(m.article_id)
            self._add_when(m.when)
            if m.key and m.key not in self.keys:
                self.keys = (*self.keys, m.key)
                if self.words is not None:
                    self.words.update(_word_set(m.key))
                ords = _ordinals(m.key)
                if ords and ords not in self.ordinal_sets:
                    self.ordinal_sets = (*self.ordinal_sets, ords)
            if m.participants and m.participants not in self.casts:
                self.casts = (*self.casts, m.participants)
                new = tuple(p for p in dict.fromkeys(m.participants) if p not in self.people)
                if new:
                    self.people = (*self.people, *new)
            if m.source_date and (self.latest_source is None or m.source_date > self.latest_source):
                self.latest_source = m.source_date

    def _add_when(self, w: When) -> None:
        if self.when_set is not None:
            if w in self.when_set:
                return
            self.when_set.add(w)
        elif w in self.whens:
            return
        self.whens = (*self.whens, w)
        if len(self.whens) == 1 or _rank(w) < _rank(self.best):
            self.best = w
            self.span = _span(w)
        if self.chain is not None:
            _insert_span(self.chain, _bounds(w))
        elif len(self.whens) > SMALL:
            self.when_set = set(self.whens)
            self.chain = []
            for v in self.whens:
                _insert_span(self.chain, _bounds(v))

    def has_article(self, article_id: str) -> bool:
        return article_id == self.articles if isinstance(self.articles, str) else article_id in self.articles

    def shares_article(self, other: Group) -> bool:
        if isinstance(other.articles, str):
            return self.has_article(other.articles)
        if isinstance(self.articles, str):
            return self.articles in other.articles
        return not self.articles.isdisjoint(other.articles)

    def word_set(self) -> set[str]:
        """The words of its keys (a copy while it has few keys; kept up to date once it has many)."""
        if self.words is not None:
            return self.words
        words = _words(self.keys)
        if len(self.keys) > SMALL:
            self.words = words
        return words

    def fits_date(self, w: When) -> bool:
        """Whether ``w`` nests with every date of the group (its dates nest with each other: a chain)."""
        w0, w1 = _bounds(w)
        if self.chain is None:
            for v in self.whens:  # dates_compatible(v, w), with w's bounds taken once
                v0, v1 = _bounds(v)
                if not ((v0 <= w0 and w1 <= v1) or (w0 <= v0 and v1 <= w1)):
                    return False
            return True
        return _fits_chain(self.chain, (w0, w1))

    def key_overlap(self, key: str) -> float:
        """The best share of words ``key`` has in common with one of the group's keys."""
        if not key:
            return 0.0  # what every key would give
        if len(self.keys) <= SMALL:
            return max((key_overlap(k, key) for k in self.keys), default=0.0)
        best, seen = self._recall(key, 0.0)
        for k in self.keys[seen:]:
            best = max(best, key_overlap(k, key))
        self._remember(key, best, len(self.keys))
        return float(best)

    def people_conflict(self, cast: tuple[str, ...]) -> bool:
        """Whether a participant list conflicts with one of the group's (two different delegations)."""
        if len(cast) < 2:
            return False  # what every cast would give (most reports name one person or none)
        if len(self.casts) <= SMALL:
            return any(_people_conflict(c, cast) for c in self.casts)
        found, seen = self._recall(cast, False)
        found = found or any(_people_conflict(c, cast) for c in self.casts[seen:])
        self._remember(cast, found, len(self.casts))
        return bool(found)

    def _recall(self, question: object, default: Any) -> tuple[Any, int]:
        return self.memo.get(question, (default, 0)) if self.memo is not None else (default, 0)

    def _remember(self, question: object, answer: Any, seen: int) -> None:
        if self.memo is None:
            self.memo = {}
        self.memo[question] = (answer, seen)


#: up to this many distinct values a group compares them one by one; beyond, it keeps an index
SMALL = 4


def _insert_span(chain: list[tuple[date, date]], span: tuple[date, date]) -> None:
    """Put a span into a chain of nested spans, outermost first (equal spans kept once)."""
    if span not in chain:
        insort(chain, span, key=_outermost_first)


def _outermost_first(span: tuple[date, date]) -> tuple[date, int]:
    return (span[0], -span[1].toordinal())


def _fits_chain(chain: Sequence[tuple[date, date]], span: tuple[date, date]) -> bool:
    """Whether ``span`` nests with every span of a chain (outermost first).

    The spans that contain it are a prefix of the chain; every span after them must lie
    within it, which the first of them (the outermost) tells.
    """
    s0, s1 = span
    lo, hi = 0, len(chain)
    while lo < hi:
        mid = (lo + hi) // 2
        c0, c1 = chain[mid]
        if c0 <= s0 and s1 <= c1:
            lo = mid + 1
        else:
            hi = mid
    if lo == len(chain):
        return True
    c0, c1 = chain[lo]
    return s0 <= c0 and c1 <= s1


def _holds(outer: When, inner: When) -> bool:
    """Whether ``outer``'s span of days holds ``inner``'s (an unknown date holds all)."""
    (a0, a1), (b0, b1) = _bounds(outer), _bounds(inner)
    return a0 <= b0 and b1 <= a1


def _rank(w: When) -> int:
    return PRECISION_RANK.get(w.precision, len(PRECISIONS))


def _bounds(w: When) -> tuple[date, date]:
    return (w.start or date.min, w.end or date.max)


#: ``_bounds`` shared by the groups of one date: an archive has a million groups and a few thousand dates
_span = lru_cache(maxsize=1 << 14)(_bounds)


def dates_compatible(a: When, b: When) -> bool:
    """True when one date's span contains the other's (an unknown date contains all).

    >>> from datetime import date
    >>> d = When("2022-10-25", date(2022, 10, 25), date(2022, 10, 25), "day")
    >>> y = When("2022", date(2022, 1, 1), date(2022, 12, 31), "year")
    >>> dates_compatible(d, y), dates_compatible(d, When("2022-10-26", date(2022, 10, 26), date(2022, 10, 26), "day"))
    (True, False)
    """
    return _holds(a, b) or _holds(b, a)


def types_compatible(a: str, b: str) -> bool:
    return a == b or (a in GATHERINGS and b in GATHERINGS)


def _types_join(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Every type of ``a`` compatible with every one of ``b``; most often both are the same one type."""
    return (len(a) == 1 and a == b) or all(_type_fits(a, t) for t in b)


def _type_fits(types: tuple[str, ...], t: str) -> bool:
    """Every type of ``types`` compatible with ``t``: all gatherings, or all ``t`` (one C call, not a loop)."""
    if t in GATHERINGS:
        return GATHERINGS.issuperset(types)
    return types.count(t) == len(types)


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


def _people_conflict(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if len(a) < 2 or len(b) < 2:
        return False  # fewer than two names cannot be a delegation of their own
    pa, pb = _cast(a), _cast(b)
    return len(pa) >= 2 and len(pb) >= 2 and not (pa <= pb or pb <= pa)


@lru_cache(maxsize=1 << 14)  # bounded: the casts of the groups being compared, not of the archive
def _cast(participants: tuple[str, ...]) -> frozenset[str]:
    return frozenset(participants)


#: a joint body named in a gathering's title: a session of it is a conference, however often "meeting" is said
BODY_NAME = re.compile(r"\b(?:commission|committee|council)\b", re.I)
#: a meeting held on the margins of another gathering: "on the sidelines of the summit", "in the corridors of the forum"
SIDELINES = re.compile(r"\b(?:on\s+the\s+(?:side-?\s?lines|margins?)|in\s+the\s+corridors)\s+of\b", re.I)
#: a date told as before the one just told: "Earlier in September", "earlier this month"
EARLIER_LEAD = re.compile(r"(?:earlier|previously)\b", re.I)
#: kinds of gathering a bare reference names by their own word: "the forum" is a forum, not the session told before
NAMED_GATHERINGS = frozenset({"forum", "expo", "exhibition", "fair", "seminar", "workshop", "symposium", "congress", "retreat"})


def _other_kind_of_gathering(group: Group, m: Mention) -> bool:
    """A reference back by a kind of gathering ("the forum") that none of the group's reports names."""
    if m.type != "conference" or not m.anaphor:
        return False
    head = next((w for w in _word_set(m.title.lower()) if w in NAMED_GATHERINGS), "")
    return bool(head) and not any(head in x.title.lower() for x in group.mentions)


def same_event(group: Group, m: Mention, *, fits: bool = False) -> bool:
    """Whether a mention reports the event a group of mentions already stands for.

    ``fits``: the caller has already found the mention's type and date compatible with the group's.
    """
    if not fits and not (_type_fits(group.types, m.type) and group.fits_date(m.when)):
        return False
    keys = group.keys
    if m.key and group.ordinal_sets:
        ords = _ordinals(m.key)
        if ords and any(o != ords for o in group.ordinal_sets):
            return False
    if m.type in GATHERINGS_AND_VISITS and group.people_conflict(m.participants):
        return False
    overlap = group.key_overlap(m.key)
    shared_people = any(p in group.people for p in m.participants)
    if group.has_article(m.article_id):
        if EARLIER_LEAD.match(m.date_phrase) and group.best.precision == "day" and m.when.precision != "day":
            return False  # "… launched a drill on Monday. Earlier in September, they launched a drill in …": an earlier one
        if overlap >= KEY_OVERLAP_SAME:
            return True
        if (m.status == "occurred") not in group.done:
            return False  # talks held and a session to come, both told by one article, are two events
        if m.type == "signing" and m.key and any(x.start == m.start and x.key and x.key != m.key for x in group.mentions if x.article_id == m.article_id):
            return False  # "signed an Agreement on X …, and numerous accompanying documents were also signed": two papers, one sentence
        if m.type in GATHERINGS and SIDELINES.search(m.sentence) and any(
            x.start == m.start and x.type in GATHERINGS and x.type != m.type for x in group.mentions if x.article_id == m.article_id
        ):
            return False  # "a minister greeted a colleague on the margins of the joint council": the talks and the council, two gatherings
        if shared_people and m.type != "project":
            return True
        if m.type == "visit" and group.types == ("visit",) and (
            not m.location or all(x.location in ("", m.location) for x in group.mentions)
        ) and (not m.participants or not group.people or m.participants[0] in group.people):
            return True  # "concluding his two-day visit to Bangladesh" and "who is visiting Bangladesh": one visit, one day
        if m.type == "visit" and m.location in COUNTRIES and any(
            x.type == "visit" and x.location in COUNTRIES and x.location != m.location for x in group.mentions
        ):
            return False  # a visit to Tanzania and one to Rwanda, told by one article: two journeys, whoever made them
        if _other_kind_of_gathering(group, m):
            return False  # "the forum" does not refer back to "the 19th meeting of the commission"
        # a bare reference back ("the conference", "the agreement") with nothing to tell it apart
        return m.anaphor or not m.key or not keys
    if overlap >= KEY_OVERLAP_ACROSS and (m.key or not keys):
        return True
    if shared_people and m.when.precision == "day" and group.best.precision == "day":
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
        for m in sorted(by_article[article_id], key=_text_order):
            target = _last_match(groups, m)
            if target is None:
                groups.append(Group([m]))
            else:
                target.add(m)
        local.extend(groups)
    del by_article
    return _merge_across(local)


def _text_order(m: Mention) -> tuple[object, ...]:
    """A mention's place in its article, ties broken by all it says: which group a mention joins can
    depend on the mentions before it, so their order must not depend on the order they were given in
    (merging the mentions of merged events again gives the same events)."""
    w = m.when
    return (m.start, m.type, m.end, w.value, w.start or date.min, w.end or date.max, m.key, m.status, m.title, m.participants)


def _last_match(groups: Sequence[Group], m: Mention) -> Group | None:
    for g in reversed(groups):  # the nearest earlier mention is the likeliest antecedent
        if same_event(g, m):
            return g
    return None


def _date_buckets(w: When, ref: date | None) -> tuple[frozenset[str], frozenset[str]]:
    """Where a group is filed, and where to look for groups near its date (``_buckets``), made once per date.

    Only an unknown date looks near its article's date: a known one is cached without it.
    """
    return _cached_buckets(w, ref if w.start is None or w.end is None else None)


@lru_cache(maxsize=1 << 14)  # a few thousand distinct dates recur through an archive's groups
def _cached_buckets(w: When, ref: date | None) -> tuple[frozenset[str], frozenset[str]]:
    own, near = _buckets(w, ref)
    return frozenset(own), frozenset(near)


def _buckets(w: When, ref: date | None) -> tuple[set[str], set[str]]:
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


def _family(types: Sequence[str]) -> str:
    return "gathering" if GATHERINGS.issuperset(types) else "/".join(sorted(types))


def _words(keys: Iterable[str]) -> set[str]:
    return {w for key in keys for w in _word_set(key)}


def _blocking_keys(g: Group) -> set[str]:
    """The index keys a group looks up: its name words and people, in the buckets near its date."""
    _, near = _date_buckets(g.best, g.latest_source)
    return _index_keys(_family(g.types), g.best, near, _words(g.keys), g.people)


def _filing_keys(family: str, when: When, words: Iterable[str], people: Iterable[str]) -> set[str]:
    """The index keys a group is filed under: its name words and people, in its date's own buckets."""
    own, _ = _date_buckets(when, None)
    return _index_keys(family, when, own, words, people)


def _index_keys(family: str, when: When, buckets: Iterable[str], words: Iterable[str], people: Iterable[str]) -> set[str]:
    keys = {f"{family}|{b}|k|{w}" for w in words for b in buckets}
    if when.precision == "day":  # people alone tie reports together only on the same day
        keys.update(f"{family}|{when.value}|p|{p}" for p in people)
    return keys


def _may_join(a: Group, b: Group) -> bool:
    """Every type and every date of one group compatible with every one of the other's (as same_event asks).

    The caller has found their finest dates compatible (one's span contains the other's).
    """
    if not _types_join(a.types, b.types):
        return False
    small, large = (a, b) if len(a.whens) <= len(b.whens) else (b, a)
    if len(small.whens) == 1:
        return large.fits_date(small.whens[0])
    return all(large.fits_date(w) for w in small.whens)


def _merge_across(groups: list[Group]) -> list[Group]:
    """Join groups from different articles; candidates come from shared name words or people near in time.

    The index keeps the work near-linear: a group is compared only with groups filed under one of its
    keys and date buckets, the most recent ``MAX_CANDIDATES`` of them.
    """
    order = sorted(groups, key=_group_order)
    groups.clear()  # the caller's list goes: a group that joins another is then let go at once
    order.reverse()
    merged: list[Group] = []
    index: dict[str, list[int]] = defaultdict(list)
    while order:
        g = order.pop()
        # the groups most recently filed under each key: a common word in a busy year must not make
        # every group a candidate (the cost would grow with the square of the archive)
        # (set.update takes each slice in one C call: a group has a hundred candidates in a large archive)
        found: set[int] = set()
        for k in _blocking_keys(g):
            filed = index.get(k)
            if filed:
                found.update(filed[-MAX_CANDIDATES:])
        target = None
        s0, s1 = g.span
        for i in sorted(found, reverse=True)[:MAX_CANDIDATES]:
            other = merged[i]
            o0, o1 = other.span
            if not ((o0 <= s0 and s1 <= o1) or (s0 <= o0 and o1 <= s1)):
                continue  # the quickest way out: most candidates are told apart by their finest dates (inline: a million a run)
            if other.shares_article(g) or not _may_join(other, g):
                continue  # what same_event would find first for one of g's mentions, checked once for all
            if all(same_event(other, m, fits=True) for m in g.mentions):
                target = i
                break
        if target is None:
            merged.append(g)  # a new event: the local group itself (it is not looked at again)
            target = len(merged) - 1
            _file(index, target, g, None, set(), [])
            continue
        grown = merged[target]
        known = grown.word_set()
        new_words = {w for w in g.word_set() if w not in known}
        new_people = [p for p in g.people if p not in grown.people]
        before = grown.filed_as
        grown.add(*g.mentions)
        _file(index, target, grown, before, new_words, new_people)
    return merged


def _file(
    index: dict[str, list[int]], target: int, g: Group, before: tuple[str, When] | None,
    new_words: set[str], new_people: Sequence[str],
) -> None:
    """File group ``target`` under the keys it has now and had not been filed under.

    Under an unchanged family and date only its new words and people make new keys. A new family
    or a finer date means new keys throughout, except where the new date buckets overlap the old
    ones (a week refined to a range of the same year): there the index is searched first.
    """
    state = (_family(g.types), g.best)
    g.filed_as = state
    if state == before:
        keys = _filing_keys(*state, new_words, new_people)
    else:
        keys = _filing_keys(*state, g.word_set(), g.people)
        if before is not None and state[0] == before[0]:
            again = _filing_keys(*before, g.word_set(), g.people) & keys
            keys -= {k for k in again if target in index.get(k, ())}
    for k in keys:
        index[k].append(target)


def _group_order(g: Group) -> tuple[int, str, str, int]:
    w = g.best
    first = min(g.mentions, key=lambda m: (m.article_id, m.start))
    return (PRECISION_RANK.get(w.precision, 9), w.value, first.article_id, first.start)


def _told_when(finest: When, ms: Sequence[Mention]) -> When:
    """The finest date, unless it is only the article's day, given to a sentence that states no date,
    while a report states a date that holds it: "from Sunday to Tuesday" beats the day of the news."""
    if finest.precision != "day" or any(m.date_phrase or m.source_date != finest.start for m in ms if m.when == finest):
        return finest
    told = [m.when for m in ms if m.date_phrase and m.when.known and m.when != finest and _holds(m.when, finest)]
    return min(told, key=_rank) if told else finest


def to_event(group: Group, aliases: Mapping[str, Sequence[str]] | None = None) -> Event:
    """Freeze a group into one event: the finest date, the fullest name, every source."""
    aliases = aliases or {}
    ms = sorted(group.mentions, key=lambda m: (m.article_id, m.start))
    when = _told_when(group.best, ms)
    dated = [m for m in ms if m.when == when]
    best = max(dated, key=lambda m: (bool(m.date_phrase), len(m.key), m.confidence, -m.start))
    _, named = max(enumerate(ms), key=lambda im: (not im[1].anaphor, len(im[1].key.split()), im[1].when == when, -im[0]))
    latest = max(ms, key=lambda m: (m.source_date or date.min, -STATUS_RANK[m.status]))
    counts = Counter(m.type for m in ms)
    types = sorted(counts, key=lambda t: (-counts[t], TYPE_RANK[t]))
    if types[0] == "meeting" and any(m.type == "conference" and BODY_NAME.search(m.title) for m in ms):
        types = ["conference", *(t for t in types if t != "conference")]  # "the 4th meeting" and "the 4th meeting of the Commission": the body's session
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
    # the id is made before the event, not by replacing a first copy: the first mention is ``ms[0]``
    return Event(
        event_id=_event_id(types[0], when.value, title, sources, ms[0]),
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


def event_id(event: Event) -> str:
    """A stable id from the canonical JSON of what identifies an event.

    The same inputs give the same id on every run and machine.
    """
    first = min(event.mentions, key=lambda m: (m.article_id, m.start)) if event.mentions else None
    return _event_id(event.type, event.when.value, event.title, event.sources, first)


def _event_id(type_: str, value: str, title: str, sources: Iterable[str], first: Mention | None) -> str:
    ident = [type_, value, title, sorted(sources), [first.article_id, first.start] if first else []]
    digest = hashlib.sha1(_ID_JSON.encode(ident).encode("utf-8")).hexdigest()
    return f"ev-{digest[:12]}"


#: ``json.dumps(ident, ensure_ascii=False, sort_keys=True)``, without building an encoder per event
_ID_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


def link_plans(events: Sequence[Event]) -> list[Event]:
    """Link each planned agreement to the later signing of the same agreement.

    The signing row gets ``fulfils`` = the plan's id; the plan gets ``fulfilled_by``.
    A plan takes the earliest signing, dated on or after the plan was announced, whose
    name shares enough words with its own, that no earlier plan took and that is not
    reported only by the plan's own articles.
    """
    signings = _Signings(e for e in events if e.type == "signing" and e.when.start is not None)
    fulfils: dict[str, str] = {}
    fulfilled_by: dict[str, str] = {}
    for plan in events:
        if plan.type != "planned_agreement":
            continue
        first = signings.take(plan)
        if first is not None:
            fulfils[first.event_id] = plan.event_id
            fulfilled_by[plan.event_id] = first.event_id
    out = []
    for e in events:  # most events link nothing and already say so: they are kept, not copied
        links = (fulfils.get(e.event_id, ""), fulfilled_by.get(e.event_id, ""))
        out.append(e if links == (e.fulfils, e.fulfilled_by) else replace(e, fulfils=links[0], fulfilled_by=links[1]))
    return out


class _Signings:
    """Dated signings filed by the words of their names, each name's signings in date order.

    A plan counts shared words once per distinct name, not once per signing (an archive
    has thousands of signings of "the agreement"), and skips, in each name's date order,
    the signings earlier plans took.
    """

    def __init__(self, signings: Iterable[Event]) -> None:
        by_words: dict[frozenset[str], list[Event]] = defaultdict(list)
        for s in signings:
            by_words[frozenset(_event_key(s).split())].append(s)
        self.names = list(by_words)
        self.rows = [sorted(by_words[n], key=_signing_order) for n in self.names]
        self.orders = [[_signing_order(s) for s in rows] for rows in self.rows]
        self.starts = [[start for start, _ in orders] for orders in self.orders]
        self.next_free = [list(range(len(rows) + 1)) for rows in self.rows]  # union-find over taken rows
        self.by_word: dict[str, list[int]] = defaultdict(list)
        for i, name in enumerate(self.names):
            for w in name:
                self.by_word[w].append(i)
        self.matching: dict[frozenset[str], list[int]] = {}

    def names_like(self, words: frozenset[str]) -> list[int]:
        """The names sharing at least half the words of the shorter of the two with ``words``."""
        if words not in self.matching:
            shared: Counter[int] = Counter()
            for w in words:
                shared.update(self.by_word.get(w, ()))
            self.matching[words] = [
                i for i, n in shared.items() if n >= KEY_OVERLAP_SAME * min(len(words), len(self.names[i]))
            ]
        return self.matching[words]

    def take(self, plan: Event) -> Event | None:
        announced = plan.source_date or date.min
        own = set(plan.sources)
        best: tuple[tuple[date, str], int, int] | None = None  # (signing order, name, row)
        for i in self.names_like(frozenset(_event_key(plan).split())):
            rows, starts = self.rows[i], self.starts[i]
            j = bisect_left(starts, announced)
            if j == len(rows) or (best is not None and starts[j] > best[0][0]):
                continue  # no signing late enough, or none as early as the best found (free ones come later)
            j = self._free(i, j)
            while j < len(rows) and set(rows[j].sources) <= own:
                j = self._free(i, j + 1)  # reported only by the plan's own articles: not its fulfilment
            if j < len(rows) and (best is None or self.orders[i][j] < best[0]):
                best = (self.orders[i][j], i, j)
        if best is None:
            return None
        _, i, j = best
        self.next_free[i][j] = j + 1
        return self.rows[i][j]

    def _free(self, i: int, j: int) -> int:
        """The first row of name ``i`` at or after ``j`` that no plan took."""
        parent = self.next_free[i]
        root = j
        while parent[root] != root:
            root = parent[root]
        while parent[j] != root:  # path compression
            parent[j], j = root, parent[j]
        return root


def _signing_order(s: Event) -> tuple[date, str]:
    return (s.when.start or date.max, s.event_id)


def _event_key(e: Event) -> str:
    return " ".join(dict.fromkeys(w for m in e.mentions for w in m.key.split()))


def merge(mentions: Sequence[Mention], aliases: Mapping[str, Sequence[str]] | None = None) -> list[Event]:
    """Mentions → events, one per real-world milestone, in a fixed order, plans linked.

    Merging is idempotent: merging the mentions of the result again gives the same events.
    """
    with _no_cycle_collection():
        groups = group_mentions(mentions)
        groups.reverse()
        events = []
        while groups:  # each group let go once it is an event
            events.append(to_event(groups.pop(), aliases))
        events.sort(key=sort_key)
        return link_plans(_unique_ids(events))


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector: merging makes no cycles, yet makes a million objects,
    and each full collection would walk every mention of the archive again (half the time
    of grouping an archive of 100,000 articles). Reference counting still frees everything."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


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
