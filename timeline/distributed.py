"""The Dask engine: read and extract on a dask.distributed cluster, merge locally.

``build_timeline_dask(paths)`` gives the same ``Timeline`` (events, merges, ids,
order) and the same ``InputReport`` list as ``read_articles`` followed by
``pipeline.build_timeline``; only where the per-file work runs differs.

How the work is split:

1. The client lists the input files with ingest's own walker and gives every
   file its article id, exactly as ``read_articles`` does (file ids are all
   claimed before any dump record's id).
2. Files are grouped into partitions of about ``partition_size`` bytes (a file
   is never split). Each worker reads its files with ingest's own per-file
   reader and runs ``extract_mentions`` on every article it found.
3. Two things in ``read_articles`` depend on the files read before: the ids of
   dump records (an id already taken gets a fallback) and duplicate texts (the
   first reading wins). Workers therefore record each id they claim and each
   text fingerprint; the client replays the claims in file order on one id
   registry, renames articles and mentions to the final ids, and folds
   duplicates, as ``read_articles`` would have.
4. ``pipeline.build_timeline`` merges the gathered mentions on the client.

Workers must see the input paths (the same machine or a shared file system);
with ``read_on="client"`` the client reads instead and ships articles.
Dask is imported lazily: the package works without it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, Literal

from timeline import ingest
from timeline.errors import TimelineError, UsageError
from timeline.events import extract_mentions
from timeline.models import Article, Mention
from timeline.pipeline import Timeline, build_timeline, fingerprint_and_mentions

log = logging.getLogger(__name__)

#: Bytes of input per partition: large enough that task overhead (~1 ms) is noise, small
#: enough that a few thousand articles keep every worker busy.
PARTITION_BYTES = 4 * 1024 * 1024
#: Articles per task when the client reads (``read_on="client"``).
PARTITION_ARTICLES = 500

#: How long to wait for a scheduler given by address before giving up.
CONNECT_TIMEOUT = "20s"

MISSING_DASK = "the Dask engine needs dask.distributed: install the dask extra: pip install 'timeline[dask]'"


# dask.distributed is untyped: its client and cluster are ``Any`` here
def _client(scheduler: str | None, n_workers: int | None) -> tuple[Any, Any]:
    """A client of the cluster at ``scheduler``, or of a new local process cluster (returned too, to close)."""
    try:
        import distributed
    except ImportError as error:
        raise TimelineError(MISSING_DASK) from error
    dask: Any = distributed  # untyped: calls through Any keep mypy strict quiet
    if scheduler:
        try:
            return dask.Client(scheduler, timeout=CONNECT_TIMEOUT), None
        except OSError as error:
            raise TimelineError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from error
    cluster = dask.LocalCluster(
        n_workers=n_workers or os.cpu_count() or 1,
        threads_per_worker=1,  # the work is pure Python: one thread per process
        processes=True,
        dashboard_address=None,
    )
    return dask.Client(cluster), cluster


# ---------------------------------------------------------------------------
# Worker side
# ---------------------------------------------------------------------------


class _Layered(set[str]):
    """A set over a shared frozen base: the file ids every file's registry starts from, not copied per file."""

    def __init__(self, base: frozenset[str]) -> None:
        super().__init__()
        self.base = base

    def __contains__(self, item: object) -> bool:
        return item in self.base or super().__contains__(item)


class _RecordingIds(ingest._Ids):
    """An id registry that remembers every claim's arguments, so the client can replay them."""

    def __init__(self, taken: frozenset[str]) -> None:
        super().__init__()
        self.used = _Layered(taken)
        self.claims: list[tuple[tuple[str, ...], str]] = []

    def claim(self, preferred: str, *fallbacks: str) -> str:
        given = super().claim(preferred, *fallbacks)
        self.claims.append(((preferred, *fallbacks), given))
        return given


@dataclass(slots=True)
class _FileResult:
    """What a worker made of one file, before ids are final and duplicates folded."""

    outcomes: list[ingest._Outcome]
    claims: list[tuple[tuple[str, ...], str]]
    fingerprints: list[str | None]  # per outcome; None when it has no article
    mentions: list[list[Mention]] = field(default_factory=list)  # per outcome


def _read_file(entry: ingest._Entry, file_id: str, ids: _RecordingIds) -> list[ingest._Outcome]:
    """One file's outcomes, as ``read_articles`` makes them (a parser bug is a skipped file, not a crash)."""
    try:
        return ingest._file_outcomes(entry, file_id, ids)
    except Exception as error:  # the same guard as read_articles: one odd file must not lose the rest
        log.warning("failed to read %s", entry.shown, exc_info=True)
        report = ingest.InputReport(entry.shown, ingest.SKIPPED, f"could not parse: {error!r}", file_id)
        return [ingest._Outcome(report)]


def _read_partition(
    files: Sequence[tuple[ingest._Entry, str]], file_ids: Collection[str], date_override: date | None
) -> list[_FileResult]:
    """Read a partition's files and extract each new article's mentions (runs on a worker)."""
    results: list[_FileResult] = []
    seen: set[str] = set()
    taken = file_ids if isinstance(file_ids, frozenset) else frozenset(file_ids)
    for entry, file_id in files:
        ids = _RecordingIds(taken)
        outcomes = _read_file(entry, file_id, ids)
        # claims of file ids were made by the client; only record ids are replayed
        result = _FileResult(outcomes, ids.claims, [])
        for outcome in outcomes:
            article = outcome.article
            if article is None:
                result.fingerprints.append(None)
                result.mentions.append([])
                continue
            key, mentions = fingerprint_and_mentions(article, seen, date_override)
            result.fingerprints.append(key)
            result.mentions.append(mentions)
        results.append(result)
    return results


def _extract_batch(articles: Sequence[Article]) -> list[list[Mention]]:
    """Each article's mentions (runs on a worker)."""
    return [extract_mentions(a) for a in articles]


# ---------------------------------------------------------------------------
# Client side
# ---------------------------------------------------------------------------


def _partitions(
    entries: Sequence[ingest._Entry], file_ids: Sequence[str], size: int
) -> Iterator[list[tuple[ingest._Entry, str]]]:
    """Consecutive runs of files of about ``size`` bytes each, in input order."""
    batch: list[tuple[ingest._Entry, str]] = []
    total = 0
    for entry, file_id in zip(entries, file_ids, strict=True):
        try:
            nbytes = 0 if entry.problem else entry.path.stat().st_size
        except OSError:
            nbytes = 0  # the worker will report why it cannot be read
        if batch and total + nbytes > size:
            yield batch
            batch, total = [], 0
        batch.append((entry, file_id))
        total += nbytes
    if batch:
        yield batch


class _Assembler:
    """Folds file results in input order into what ``read_articles`` returns, plus each article's mentions."""

    def __init__(self, ids: ingest._Ids, date_override: date | None) -> None:
        self.ids = ids
        self.date_override = date_override
        self.articles: list[Article] = []
        self.aliases: list[list[str]] = []
        self.by_text: dict[str, int] = {}
        self.reports: list[ingest.InputReport] = []
        self.mentions: dict[str, list[Mention]] = {}

    def add(self, result: _FileResult) -> None:
        rename = {given: self.ids.claim(*args) for args, given in result.claims}
        for outcome, key, found in zip(result.outcomes, result.fingerprints, result.mentions, strict=True):
            report = outcome.report
            if report.article_id in rename:
                report = replace(report, article_id=rename[report.article_id])
            article = outcome.article
            if article is not None and key is not None:
                final_id = rename.get(article.id, article.id)
                article = replace(article, id=final_id)
                if key in self.by_text:
                    first = self.by_text[key]
                    self.aliases[first].append(article.id)
                    report = ingest.InputReport(
                        report.path, ingest.DUPLICATE, f"same text as {self.articles[first].id}", article.id
                    )
                else:
                    if self.date_override is not None:
                        article = replace(article, date=self.date_override, date_source="override")
                        report = replace(
                            report,
                            reason="; ".join(w for w in outcome.warnings if w != ingest.NO_DATE_WARNING),
                        )
                    self.by_text[key] = len(self.articles)
                    self.articles.append(article)
                    self.aliases.append([])
                    self.mentions[final_id] = [
                        m if m.article_id == final_id else replace(m, article_id=final_id) for m in found
                    ]
            self.reports.append(report)

    def result(self) -> list[Article]:
        return [
            replace(article, aliases=tuple(extra)) if extra else article
            for article, extra in zip(self.articles, self.aliases, strict=True)
        ]


def _merge_locally(articles: Sequence[Article], mentions: dict[str, list[Mention]]) -> Timeline:
    """``pipeline.build_timeline`` with the mentions the workers found: same sort, aliases and merge."""

    def gathered(items: Sequence[Article], _jobs: int) -> list[Mention]:
        return [m for a in items for m in mentions[a.id]]

    return build_timeline(articles, mentions_of=gathered)


def build_timeline_dask(
    paths: Sequence[str | Path],
    *,
    scheduler: str | None = None,
    date_override: date | None = None,
    partition_size: int = PARTITION_BYTES,
    read_on: Literal["workers", "client"] = "workers",
    n_workers: int | None = None,
) -> tuple[Timeline, list[ingest.InputReport]]:
    """Read ``paths`` and build the timeline on a Dask cluster; the result equals the local engine's.

    ``scheduler`` is a scheduler address (``tcp://host:8786``); without one a
    ``LocalCluster`` of ``n_workers`` processes (default: all cores) is started
    and closed. ``partition_size`` is the bytes of input files per task (a file
    is never split). With ``read_on="client"`` the client reads and ships
    batches of ``PARTITION_ARTICLES`` articles: use it when the workers cannot
    see the input paths.

    >>> timeline, reports = build_timeline_dask(["seeds"])  # doctest: +SKIP
    >>> timeline == build_timeline(ingest.read_articles(["seeds"])[0])  # doctest: +SKIP
    True
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    if partition_size < 1:
        raise UsageError(f"partition_size must be at least 1, not {partition_size}")
    if read_on not in ("workers", "client"):
        raise UsageError(f"read_on must be 'workers' or 'client', not {read_on!r}")
    client, cluster = _client(scheduler, n_workers)
    try:
        if read_on == "client":
            return _on_client_reading(client, paths, date_override, PARTITION_ARTICLES)
        entries = ingest._entries(paths)
        ids = ingest._Ids()
        file_ids = ingest._file_ids(entries, ids)
        # one copy of the file ids per worker (a bare set would be scattered item by item)
        [taken] = client.scatter([frozenset(file_ids)], broadcast=True)
        futures = [
            client.submit(_read_partition, part, taken, date_override, pure=False)
            for part in _partitions(entries, file_ids, partition_size)
        ]
        log.debug("%d files in %d partitions", len(entries), len(futures))
        assembler = _Assembler(ids, date_override)
        for future in futures:  # in input order: ids and duplicates depend on it
            for result in future.result():
                assembler.add(result)
            future.release()
        articles = assembler.result()
        return _merge_locally(articles, assembler.mentions), assembler.reports
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _on_client_reading(
    client: Any, paths: Sequence[str | Path], date_override: date | None, batch: int
) -> tuple[Timeline, list[ingest.InputReport]]:
    """Read on the client with ``read_articles``; only extraction runs on the workers."""
    articles, reports = ingest.read_articles(paths, date_override=date_override)
    batches = [articles[i : i + batch] for i in range(0, len(articles), batch)]
    futures = client.map(_extract_batch, batches, pure=False)
    mentions: dict[str, list[Mention]] = {}
    for part, future in zip(batches, futures, strict=True):
        for article, found in zip(part, future.result(), strict=True):
            mentions[article.id] = found
        future.release()
    return _merge_locally(articles, mentions), reports


__all__ = ["MISSING_DASK", "PARTITION_BYTES", "build_timeline_dask"]
