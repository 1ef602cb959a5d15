"""The one orchestrator: articles → mentions → merged, linked events.

``build_timeline`` is what the CLI, the dashboard and the benchmarks call.
Per-article work (sentence splitting, dates, triggers) runs in parallel
processes when asked; merging needs every article and runs once, after.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from timeline.events import extract_mentions
from timeline.merge import merge
from timeline.models import Article, Event, Mention

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Timeline:
    """What a run produces: the events and the articles they were read from."""

    events: tuple[Event, ...]
    articles: tuple[Article, ...]


def article_mentions(articles: Sequence[Article], jobs: int = 1, chunksize: int = 64) -> list[Mention]:
    """Every article's mentions, in article order; ``jobs`` > 1 spreads articles over processes.

    The result does not depend on ``jobs``: the order is the input order.
    """
    if jobs <= 1 or len(articles) < 2 * chunksize:
        return [m for a in articles for m in extract_mentions(a)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        per_article = list(pool.map(extract_mentions, articles, chunksize=chunksize))
    return [m for ms in per_article for m in ms]


def build_timeline(
    articles: Iterable[Article],
    *,
    jobs: int = 1,
    mentions_of: Callable[[Sequence[Article], int], list[Mention]] | None = None,
) -> Timeline:
    """Articles → one event per real-world milestone, with every mention kept.

    >>> from datetime import date
    >>> a = Article(id="a.txt", path="a.txt", date=date(2023, 5, 2), title="",
    ...             text="Cambodia and Laos signed a border treaty on Monday.")
    >>> [(e.type, e.when.value) for e in build_timeline([a]).events]
    [('signing', '2023-05-01')]
    """
    items = sorted(articles, key=lambda a: a.id)
    mentions = (mentions_of or article_mentions)(items, jobs)
    aliases = {a.id: a.aliases for a in items if a.aliases}
    events = merge(mentions, aliases)
    log.debug("%d articles, %d mentions, %d events", len(items), len(mentions), len(events))
    return Timeline(events=tuple(events), articles=tuple(items))
