"""The grids' blocks: what AG Grid's infinite row model gets for each request, sorted and filtered
on the server, and that it is exactly the filtered table the downloads hold."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pytest
from app_fixtures import seed_articles, seed_events, seed_mentions, synthetic_events

from timeline.app import app_data
from timeline.app.callbacks import FIRST_BLOCK, filtered, grid_block, grid_count
from timeline.app.grid import MAX_BLOCK, GridTable
from timeline.app.layout import GRID_COLUMNS

DATA = app_data(seed_events(), seed_mentions(), seed_articles())
EVERY = {"startRow": 0, "endRow": MAX_BLOCK}


def _ids(request: dict[str, Any], search: str = "", grid: GridTable | None = None) -> list[str]:
    out = grid_block(DATA, grid or DATA.events_grid, search, {**EVERY, **request})
    return [str(r["event_id"]) for r in out["rowData"]]


def _sorted(*items: tuple[str, str]) -> dict[str, Any]:
    return {"sortModel": [{"colId": c, "sort": s} for c, s in items]}


def _filtered(column: str, **spec: Any) -> dict[str, Any]:
    return {"filterModel": {column: spec}}


@pytest.mark.parametrize(
    "search",
    [
        pytest.param("", id="everything"),
        pytest.param("?type=signing,planned_agreement", id="types"),
        pytest.param("?q=drug", id="text"),
        pytest.param("?from=2022-01-01&country=Laos", id="dates-and-country"),
        pytest.param("?type=", id="nothing"),
    ],
)
def test_the_grid_holds_exactly_the_filtered_table_the_downloads_hold(search: str) -> None:
    _, rows = filtered(DATA, search)
    assert _ids({}, search) == list(rows["event_id"])
    assert grid_block(DATA, DATA.events_grid, search, FIRST_BLOCK)["rowCount"] == len(rows)


def test_rows_hold_the_grid_columns_as_shown() -> None:
    (row,) = grid_block(DATA, DATA.events_grid, "?type=visit", FIRST_BLOCK)["rowData"]
    assert list(row) == list(GRID_COLUMNS)
    assert row["event_id"] == "ev-vilay-visit" and row["countries"] == "Vietnam; Laos"


def test_a_block_is_a_slice_of_the_whole() -> None:
    whole = _ids(_sorted(("title", "asc")))
    block = grid_block(DATA, DATA.events_grid, "", {"startRow": 5, "endRow": 9, **_sorted(("title", "asc"))})
    assert [r["event_id"] for r in block["rowData"]] == whole[5:9]
    assert block["rowCount"] == len(whole) == 16
    past = grid_block(DATA, DATA.events_grid, "", {"startRow": 100, "endRow": 200})
    assert past == {"rowData": [], "rowCount": 16}


def test_a_huge_request_is_cut_to_the_largest_block() -> None:
    table = GridTable(pd.DataFrame({"event_id": [str(i) for i in range(MAX_BLOCK + 50)]}), ("event_id",))
    out = table.block({"startRow": 0, "endRow": 10**9}, np.ones(MAX_BLOCK + 50, bool))
    assert len(out["rowData"]) == MAX_BLOCK and out["rowCount"] == MAX_BLOCK + 50


@pytest.mark.parametrize(
    ("request_", "first", "last"),
    [
        pytest.param(_sorted(("title", "asc")), "ev-12th-conference", "ev-vilay-visit", id="text-ascending"),
        pytest.param(_sorted(("title", "desc")), "ev-vilay-visit", "ev-12th-conference", id="text-descending"),
        pytest.param(_sorted(("confidence", "desc")), "ev-conf-2022-10-25", "ev-antiterror", id="number"),
        # by the days, not the label: the undated first, then "2016" (a year), ..., "2023" last
        pytest.param(_sorted(("date", "asc")), "ev-antiterror", "ev-extradition", id="date-by-days"),
        pytest.param(_sorted(("date", "desc")), "ev-extradition", "ev-antiterror", id="date-descending"),
        pytest.param(_sorted(("type", "desc"), ("date", "asc")), "ev-vilay-visit", "ev-conf-2022-10-25", id="two-columns"),
        pytest.param(_sorted(("no_such_column", "asc")), "ev-conf-2022-10-25", "ev-kh-border-crime", id="unknown-ignored"),
    ],
)
def test_sorting_on_the_server(request_: dict[str, Any], first: str, last: str) -> None:
    ids = _ids(request_)
    assert (ids[0], ids[-1]) == (first, last)
    assert sorted(ids) == sorted(DATA.events["event_id"])


def test_sorting_keeps_table_order_among_ties() -> None:
    signings = [i for i in DATA.events["event_id"] if i in set(_ids({}, "?type=signing"))]
    assert [i for i in _ids(_sorted(("type", "desc"))) if i in signings] == signings


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        pytest.param(_filtered("title", filterType="text", type="contains", filter="MOU"), {"ev-plan-drugs", "ev-mou-drugs"}, id="contains-any-case"),
        pytest.param(_filtered("type", filterType="text", type="equals", filter="Visit"), {"ev-vilay-visit"}, id="equals"),
        pytest.param(_filtered("title", filterType="text", type="startsWith", filter="agreement"), {"ev-confidential-info", "ev-kh-border-crime"}, id="starts-with"),
        pytest.param(_filtered("title", filterType="text", type="endsWith", filter="(proposed)"), {"ev-antiterror"}, id="ends-with"),
        pytest.param(_filtered("location", filterType="text", type="notBlank"), {"ev-conf-2022-10-25", "ev-sign-plan-2023", "ev-12th-conference", "ev-mou-12th", "ev-drug-minister-meeting", "ev-kh-q1-meeting"}, id="not-blank"),
        pytest.param(_filtered("countries", filterType="text", type="notContains", filter="laos"), {"ev-kh-q1-meeting", "ev-kh-patrol", "ev-kh-border-crime"}, id="not-contains"),
        pytest.param(_filtered("confidence", filterType="number", type="greaterThan", filter=0.85), {"ev-conf-2022-10-25", "ev-sign-plan-2023"}, id="number"),
        pytest.param(_filtered("confidence", filterType="number", type="inRange", filter=0.6, filterTo=0.9), {r for r in seed_events()["event_id"] if r not in {"ev-conf-2022-10-25", "ev-sign-plan-2023", "ev-antiterror"}}, id="range-excludes-its-ends"),
        pytest.param(
            _filtered("type", filterType="text", operator="OR", conditions=[
                {"filterType": "text", "type": "equals", "filter": "visit"},
                {"filterType": "text", "type": "equals", "filter": "project"},
            ]),
            {"ev-vilay-visit", "ev-expressway"},
            id="either-condition",
        ),
        pytest.param(
            {"filterModel": {"type": {"filterType": "text", "type": "equals", "filter": "signing"},
                             "title": {"filterType": "text", "type": "contains", "filter": "mou"}}},
            {"ev-mou-drugs"},
            id="two-columns",
        ),
        pytest.param(_filtered("title", filterType="text", type="regex", filter=".*"), set(seed_events()["event_id"]), id="unknown-type-ignored"),
        pytest.param(_filtered("_search", filterType="text", type="contains", filter="zzz"), set(seed_events()["event_id"]), id="hidden-column-ignored"),
    ],
)
def test_column_filters_on_the_server(request_: dict[str, Any], expected: set[str]) -> None:
    assert set(_ids(request_)) == expected


def test_column_filters_narrow_the_sidebar_filters() -> None:
    assert set(_ids(_filtered("title", filterType="text", type="contains", filter="mou"), "?type=planned_agreement")) == {
        "ev-plan-drugs"
    }


def test_scrolling_reuses_the_sorted_selection() -> None:
    table = GridTable(pd.DataFrame({"event_id": ["b", "a", "c"]}), ("event_id",))
    request = {"startRow": 0, "endRow": 1, **_sorted(("event_id", "asc"))}
    assert table.block(request, np.ones(3, bool), key="all")["rowData"] == [{"event_id": "a"}]

    def again() -> np.ndarray:
        raise AssertionError("the selection was made again")

    later = table.block({**request, "startRow": 1, "endRow": 3}, again, key="all")
    assert later["rowData"] == [{"event_id": "b"}, {"event_id": "c"}]


def test_commitments_grid_follows_the_event_filters() -> None:
    grid = DATA.commitments_grid
    assert set(_ids({}, "", grid)) == {"ev-confidential-info", "ev-extradition", "ev-plan-drugs", "ev-antiterror", "ev-kh-border-crime"}
    assert _ids({}, "?country=Cambodia", grid) == ["ev-kh-border-crime"]
    assert _ids({}, "?type=signing", grid) == []
    assert _ids(_filtered("state", filterType="text", type="equals", filter="fulfilled"), "", grid) == ["ev-plan-drugs"]
    # "when" labels sort by their days: "after 26 Oct 2022" (from 27 Oct 2022) before "2023"
    assert _ids(_sorted(("when", "desc")), "", grid)[:2] == ["ev-extradition", "ev-confidential-info"]


def test_grid_count() -> None:
    assert grid_count(1, {}) == "1 row in the table"
    assert grid_count(100_000, {"filterModel": {}}) == "100,000 rows in the table"


@pytest.mark.slow
def test_a_block_of_twenty_thousand_events_is_fast() -> None:
    import time

    data = app_data(synthetic_events(20_000))
    request = {"startRow": 0, "endRow": 100, **_sorted(("title", "desc"))}
    grid_block(data, data.events_grid, "", request)  # ranks the titles once
    timings = []
    for search in ("?q=drug", "?type=signing,meeting", "?country=Cambodia", ""):
        start = time.perf_counter()
        grid_block(data, data.events_grid, search, request)
        timings.append(time.perf_counter() - start)
    assert sorted(timings)[len(timings) // 2] < 0.1
