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

from timeline.events import extract_mentions
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


def _extracted(articles: Iterable[Article], jobs: int) -> Iterator[tuple[Article, list[Mention]]]:
    """(text-less article, mentions) per article, in input order.

    With ``jobs`` > 1, chunks of articles go to worker processes while the next
    ones are read; at most ``4 × jobs`` chunks are in flight, so the texts held
    at once stay bounded however long the input.
    """
    stream = iter(articles)
    first = list(itertools.islice(stream, 2 * CHUNK_ARTICLES))
    if jobs <= 1 or len(first) < 2 * CHUNK_ARTICLES:  # one process, or too little work to share
        yield from map(_light, first)
        yield from map(_light, stream)
        return
    chunks = itertools.chain([first], iter(lambda: list(itertools.islice(stream, CHUNK_ARTICLES)), []))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[Future[list[tuple[Article, list[Mention]]]]] = deque()
        for chunk in chunks:
            pending.append(pool.submit(_light_chunk, chunk))
            while len(pending) >= 4 * jobs:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


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
