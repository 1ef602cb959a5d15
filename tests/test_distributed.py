"""The Dask engine gives what the local engine gives: same events, ids, order and input reports."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from timeline import ingest
from timeline.errors import TimelineError
from timeline.pipeline import Timeline, build_timeline
from timeline.table import events_frame

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ARTICLES = ROOT / "tests" / "fixtures" / "articles"
INGEST = ROOT / "tests" / "fixtures" / "ingest"

distributed = pytest.importorskip(
    "distributed", reason="dask.distributed is not installed (pip install 'timeline[dask]')"
)
from timeline.distributed import build_timeline_dask  # noqa: E402  (after the skip: needs nothing of dask)

pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """Two single-threaded worker processes, shared by every test of the module (starting one takes seconds)."""
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def clashing(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Dumps whose record ids collide across files, and one text read twice: ids and duplicates depend on order."""
    folder = tmp_path_factory.mktemp("clashing")
    text = (ARTICLES / "vn_kh_border_2023.txt").read_text(encoding="utf-8")
    body = text.split("\n", 1)[1]
    records = [
        {"id": "a1", "date": "2023-03-01", "title": "Border talks", "text": body},
        {"id": "a2", "date": "2023-03-02", "title": "Other", "text": "Vietnam and Laos signed a trade plan in Vientiane on March 1. " * 3},
    ]
    for name in ("one.jsonl", "two.jsonl"):  # the same ids in two files: the second file's get fallbacks
        (folder / name).write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    (folder / "a1").write_text(text, encoding="utf-8")  # a file whose name is a record's id
    return folder


def local(paths: list[Path], date_override: date | None = None) -> tuple[Timeline, list[ingest.InputReport]]:
    articles, reports = ingest.read_articles(paths, date_override=date_override)
    return build_timeline(articles), reports


@pytest.mark.parametrize(
    ("inputs", "partition_size"),
    [
        pytest.param([SEEDS], 1, id="seeds-one-file-per-task"),
        pytest.param([ARTICLES], 1, id="articles-one-file-per-task"),
        pytest.param([SEEDS, ARTICLES, INGEST], 20_000, id="all-fixtures-grouped"),
    ],
)
def test_same_events_as_local_engine(scheduler: str, inputs: list[Path], partition_size: int) -> None:
    expected, expected_reports = local(inputs)
    timeline, reports = build_timeline_dask(inputs, scheduler=scheduler, partition_size=partition_size)
    assert len(timeline.events) > 0
    assert events_frame(timeline.events).equals(events_frame(expected.events))
    assert timeline == expected
    assert reports == expected_reports


def test_ids_and_duplicates_follow_input_order(scheduler: str, clashing: Path) -> None:
    expected, expected_reports = local([clashing, SEEDS])
    timeline, reports = build_timeline_dask([clashing, SEEDS], scheduler=scheduler, partition_size=1)
    assert [r.status for r in reports].count(ingest.DUPLICATE) == 3
    assert {"a1", "one.jsonl#a1", "a2", "two.jsonl#a2"} <= {r.article_id for r in reports}  # fallbacks taken
    assert reports == expected_reports
    assert timeline == expected
    assert events_frame(timeline.events).equals(events_frame(expected.events))


def test_date_override(scheduler: str) -> None:
    when = date(2024, 6, 1)
    expected, expected_reports = local([ARTICLES], date_override=when)
    timeline, reports = build_timeline_dask([ARTICLES], scheduler=scheduler, date_override=when)
    assert reports == expected_reports
    assert events_frame(timeline.events).equals(events_frame(expected.events))


def test_client_reading(scheduler: str) -> None:
    expected, expected_reports = local([SEEDS, ARTICLES])
    timeline, reports = build_timeline_dask([SEEDS, ARTICLES], scheduler=scheduler, read_on="client")
    assert reports == expected_reports
    assert events_frame(timeline.events).equals(events_frame(expected.events))


def test_unreachable_scheduler_is_a_timeline_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("timeline.distributed.CONNECT_TIMEOUT", "1s")
    with pytest.raises(TimelineError, match=re.escape("cannot reach the Dask scheduler at tcp://127.0.0.1:9")):
        build_timeline_dask([SEEDS], scheduler="tcp://127.0.0.1:9")


def test_missing_dask_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed now raises ImportError
    with pytest.raises(TimelineError, match=re.escape("pip install 'timeline[dask]'")):
        build_timeline_dask([SEEDS])
