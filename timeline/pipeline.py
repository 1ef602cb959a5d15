"""The one orchestrator: articles → mentions → merged, linked events.

``build_timeline`` is what the CLI, the dashboard and the benchmarks call.
Per-article work (sentence splitting, dates, triggers) runs in parallel
processes when asked; merging needs every article and runs once, after.
"""

from __future__ import annotations

import itertools
import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import date
from typing import TypeVar

from timeline import ingest
from timeline.events import extract_mentions, shared_mention
from timeline.merge import merge
from timeline.models import Article, Event, Mention

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Timeline:
    """What a run produces: the events, and the articles they were read from (without their text:
    each event keeps its evidence sentences, and an archive's text need not stay in memory)."""

    events: tuple[Event, ...]
    articles: tuple[Article, ...]


def _light(article: Article) -> tuple[Article, list[Mention]]:
    """An article's mentions, and the article without its text."""
    return replace(article, text=""), extract_mentions(article)


def _light_chunk(chunk: Sequence[Article]) -> list[tuple[Article, list[Mention]]]:
    return [_light(a) for a in chunk]


#: articles sent to a worker process at a time
CHUNK_ARTICLES = 64

T = TypeVar("T")
R = TypeVar("R")


def _extracted(articles: Iterable[Article], jobs: int) -> Iterator[tuple[Article, list[Mention]]]:
    """(text-less article, mentions) per article, in input order.

    With ``jobs`` > 1, chunks of work go to worker processes while the next ones
    are read; at most ``4 × jobs`` chunks are in flight, so the texts held at once
    stay bounded however long the input. From an ``ingest.ArticleStream`` the
    workers parse the pages too (the main process only walks, decodes and
    splits the inputs); from any other iterable they only extract.
    """
    if jobs > 1 and isinstance(articles, ingest.ArticleStream):
        yield from _read_and_extracted(articles, jobs)
        return
    chunks, shared = _chunks(articles, jobs)
    if not shared:  # one process, or too little work to share
        for chunk in chunks:
            yield from map(_light, chunk)
        return
    for done in _in_pool(_light_chunk, chunks, jobs):
        for article, mentions in done:
            yield article, [shared_mention(m) for m in mentions]


def _chunks(items: Iterable[T], jobs: int) -> tuple[Iterator[list[T]], bool]:
    """``items`` in chunks of ``CHUNK_ARTICLES`` (the first twice as long), and whether they are worth
    sharing among ``jobs`` processes (more than one, and enough items)."""
    stream = iter(items)
    first = list(itertools.islice(stream, 2 * CHUNK_ARTICLES))
    rest = iter(lambda: list(itertools.islice(stream, CHUNK_ARTICLES)), [])
    return itertools.chain([first], rest), jobs > 1 and len(first) == 2 * CHUNK_ARTICLES


def _in_pool(work: Callable[[T], R], chunks: Iterable[T], jobs: int) -> Iterator[R]:
    """``map(work, chunks)`` in ``jobs`` processes, in order, with at most ``4 × jobs`` chunks in flight."""
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[Future[R]] = deque()
        for chunk in chunks:
            pending.append(pool.submit(work, chunk))
            while len(pending) >= 4 * jobs:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


#: what a worker gives back for one input: its outcome (the article without its text), the text's
#: fingerprint (None without an article) and the article's mentions
_Read = tuple["ingest._Outcome", str | None, list[Mention]]


def fingerprint_and_mentions(
    article: Article, seen: set[str], date_override: date | None
) -> tuple[str, list[Mention]]:
    """A parsed article's text fingerprint and mentions, where a worker reads: none for a text ``seen``
    already (a duplicate whatever came before); extracted with ``date_override`` when one is given."""
    key = ingest._fingerprint(article.text)
    if key in seen:
        return key, []
    seen.add(key)
    if date_override is not None:
        article = replace(article, date=date_override, date_source="override")
    return key, extract_mentions(article)


def _read_chunk(chunk: tuple[Sequence[ingest._Item], date | None]) -> list[_Read]:
    """Parse a chunk's documents and extract each article's mentions (runs in a worker)."""
    items, date_override = chunk
    done: list[_Read] = []
    seen: set[str] = set()
    for item in items:
        outcome = ingest._outcome(item)
        article = outcome.article
        if article is None:
            done.append((outcome, None, []))
            continue
        key, mentions = fingerprint_and_mentions(article, seen, date_override)
        outcome.article = replace(article, text="")
        done.append((outcome, key, mentions))
    return done


def _read_and_extracted(stream: ingest.ArticleStream, jobs: int) -> Iterator[tuple[Article, list[Mention]]]:
    """The stream's articles read and extracted in ``jobs`` processes; settled in input order here."""
    chunks, shared = _chunks(stream.items(), jobs)
    work = ((chunk, stream.date_override) for chunk in chunks)
    done: Iterable[list[_Read]] = _in_pool(_read_chunk, work, jobs) if shared else map(_read_chunk, work)
    for results in done:
        for outcome, key, mentions in results:
            article = stream.settle(outcome, key)
            if article is not None:
                # a worker's mentions come as copies: share their repeated values again (one process's already are)
                yield article, [shared_mention(m) for m in mentions] if shared else mentions


def extract_all(articles: Iterable[Article], jobs: int = 1) -> tuple[list[Article], list[Mention]]:
    """The articles without their text, sorted by id, and all their mentions in that order."""
    pairs = sorted(_extracted(articles, jobs), key=lambda pair: pair[0].id)
    return [a for a, _ in pairs], [m for _, ms in pairs for m in ms]


def build_timeline(
    articles: Iterable[Article],
    *,
    jobs: int = 1,
    mentions_of: Callable[[Sequence[Article], int], list[Mention]] | None = None,
    aliases: Mapping[str, Sequence[str]] | None = None,
) -> Timeline:
    """Articles → one event per real-world milestone, with every mention kept.

    ``articles`` may be an ``ingest.ArticleStream``: each text is let go once its
    mentions are found; pass the stream's ``aliases`` (complete once it is read).
    ``mentions_of`` replaces the extraction (it gets the articles sorted by id).

    >>> from datetime import date
    >>> a = Article(id="a.txt", path="a.txt", date=date(2023, 5, 2), title="",
    ...             text="Cambodia and Laos signed a border treaty on Monday.")
    >>> [(e.type, e.when.value) for e in build_timeline([a]).events]
    [('signing', '2023-05-01')]
    """
    if mentions_of is not None:
        items = sorted(articles, key=lambda a: a.id)
        mentions = mentions_of(items, jobs)
        light = [replace(a, text="") for a in items]
    else:
        light, mentions = extract_all(articles, jobs)
    if aliases:
        light = [replace(a, aliases=tuple(aliases[a.id])) if a.id in aliases else a for a in light]
    events = merge(mentions, {a.id: a.aliases for a in light if a.aliases})
    log.debug("%d articles, %d mentions, %d events", len(light), len(mentions), len(events))
    return Timeline(events=tuple(events), articles=tuple(light))
