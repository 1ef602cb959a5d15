"""The dashboard's filters: URL round trips, which events pass, counts and commitments."""

from __future__ import annotations

import time

import pytest
from app_fixtures import seed_events, synthetic_events

from timeline.app.filters import (
    Filters,
    apply,
    combine,
    commitment_state,
    commitments,
    latest_date,
    list_index,
    masks,
    prepare,
    public,
    status_counts,
    type_counts,
)
from timeline.table import events_frame

EVENTS = seed_events()
PREPARED = prepare(EVENTS)


@pytest.mark.parametrize(
    ("filters", "query"),
    [
        pytest.param(Filters(), "", id="nothing"),
        pytest.param(Filters(types=("signing", "meeting")), "?type=meeting,signing", id="types-in-canonical-order"),
        pytest.param(Filters(types=()), "?type=", id="no-type-ticked"),
        pytest.param(Filters(statuses=("planned",)), "?status=planned", id="status"),
        pytest.param(Filters(text=" drug  "), "?q=drug", id="text-trimmed"),
        pytest.param(Filters(date_from="2022-01-01", date_to="2022-12-31"), "?from=2022-01-01&to=2022-12-31", id="dates"),
        pytest.param(Filters(countries=("Laos",), participants=("To Lam",)), "?country=Laos&participant=To+Lam", id="lists"),
        pytest.param(Filters(participants=("Ministry of Public Security (Laos), Vientiane",)), "?participant=Ministry+of+Public+Security+%28Laos%29,+Vientiane", id="comma-in-name"),
    ],
)
def test_to_query(filters: Filters, query: str) -> None:
    assert filters.normalised().to_query() == query
    assert Filters.from_query(query) == filters.normalised()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        pytest.param("?type=signing,bogus", Filters(types=("signing",)), id="unknown-type-dropped"),
        pytest.param("?type=bogus", Filters(), id="only-garbage-means-any"),
        pytest.param("?from=2022-13-45&to=yesterday", Filters(), id="bad-dates-ignored"),
        pytest.param("?from=2023-01-01&to=2022-01-01", Filters(date_from="2022-01-01", date_to="2023-01-01"), id="reversed-range"),
        pytest.param("?utm_source=x&q=", Filters(), id="unknown-keys-and-empty-text"),
        pytest.param("type=visit", Filters(types=("visit",)), id="no-question-mark"),
        pytest.param(None, Filters(), id="none"),
    ],
)
def test_from_query_is_forgiving(query: str | None, expected: Filters) -> None:
    assert Filters.from_query(query) == expected


def test_from_controls_every_box_ticked_means_any() -> None:
    kwargs = {"countries": [], "participants": [], "date_from": None, "date_to": None, "text": ""}
    every = Filters.from_controls(
        types=["signing", "meeting"], statuses=["occurred"], all_types=["meeting", "signing"], all_statuses=["occurred"], **kwargs
    )
    assert every == Filters()
    some = Filters.from_controls(
        types=["signing"], statuses=[], all_types=["meeting", "signing"], all_statuses=["occurred"], **kwargs
    )
    assert some == Filters(types=("signing",), statuses=())


def _ids(filters: Filters, frame=PREPARED) -> set[str]:  # type: ignore[no-untyped-def]
    return set(apply(frame, filters)["event_id"])


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        pytest.param(Filters(types=("visit",)), {"ev-vilay-visit"}, id="type"),
        pytest.param(Filters(types=()), set(), id="no-type"),
        pytest.param(Filters(statuses=("proposed",)), {"ev-antiterror"}, id="status"),
        pytest.param(
            Filters(countries=("Cambodia",)), {"ev-kh-q1-meeting", "ev-kh-patrol", "ev-kh-border-crime"}, id="country"
        ),
        pytest.param(
            Filters(participants=("Sar Sokha", "Kongthong Phongvichith")),
            {"ev-kh-q1-meeting", "ev-12th-conference", "ev-mou-12th"},
            id="participants-any-of",
        ),
        pytest.param(Filters(text="PHNOM penh"), {"ev-kh-q1-meeting"}, id="text-location-case-insensitive"),
        pytest.param(Filters(text="kongthong conference"), {"ev-12th-conference", "ev-mou-12th"}, id="text-all-words"),
        pytest.param(Filters(text="cambodia patrol"), {"ev-kh-patrol"}, id="text-countries"),
        pytest.param(Filters(text="on oct 25"), {"ev-sign-plan-2023"}, id="text-evidence"),
        pytest.param(
            Filters(date_from="2021-08-15", date_to="2021-09-30"),
            {"ev-mou-drugs", "ev-plan-drugs", "ev-kh-border-crime"},
            id="range-overlaps-month-and-year",
        ),
        pytest.param(
            Filters(date_from="2024-01-01"), {"ev-confidential-info"}, id="open-future-reaches-forever"
        ),
        pytest.param(Filters(date_to="2016-06-30"), {"ev-expressway"}, id="to-only"),
        pytest.param(Filters(date_from="2022-10-26", date_to="2022-10-26"), {
            "ev-drug-minister-meeting", "ev-vilay-visit", "ev-friendship-year"
        }, id="one-day"),
        pytest.param(
            Filters(types=("signing",), date_from="2022-01-01", text="conference"),
            {"ev-mou-12th"},
            id="combined",
        ),
    ],
)
def test_apply(filters: Filters, expected: set[str]) -> None:
    assert _ids(filters) == expected


def test_unknown_dates_pass_only_without_a_range() -> None:
    assert "ev-antiterror" in _ids(Filters())
    assert "ev-antiterror" not in _ids(Filters(date_from="2000-01-01"))


def test_apply_works_without_prepare_and_keeps_order() -> None:
    filters = Filters(text="drug")
    assert list(apply(EVENTS, filters)["event_id"]) == list(apply(PREPARED, filters)["event_id"])
    assert list(public(PREPARED).columns) == list(EVENTS.columns)


@pytest.mark.parametrize(
    "filters",
    [
        pytest.param(Filters(countries=("Cambodia", "Nowhere")), id="countries"),
        pytest.param(Filters(participants=("To Lam",), countries=("Laos",)), id="participants"),
        pytest.param(Filters(date_from="2021-08-15", date_to="2021-09-30"), id="range"),
        pytest.param(Filters(date_from="2024-01-01"), id="open-future"),
        pytest.param(Filters(date_to="2016-06-30", text="hanoi vientiane"), id="to-and-words"),
    ],
)
def test_the_fast_paths_select_what_the_plain_ones_do(filters: Filters) -> None:
    """Prepared frames compare days as datetimes and look names up in an index; the plain frame
    compares ISO strings and looks through every list."""
    lists = {c: list_index(PREPARED[c]) for c in ("countries", "participants")}
    plain = masks(EVENTS, filters)
    for fast in (masks(PREPARED, filters), masks(PREPARED, filters, lists)):
        assert fast.keys() == plain.keys()
        assert all((fast[k] == plain[k]).all() for k in plain)


def test_masks_leave_one_out_for_counts() -> None:
    filters = Filters(types=("visit",), countries=("Laos",))
    parts = masks(PREPARED, filters)
    assert set(parts) == {"type", "country"}
    without_type = PREPARED[combine(PREPARED, parts, without="type")]
    assert len(without_type) == 13  # every Laos event, whatever its type


def test_type_and_status_counts() -> None:
    counts = type_counts(EVENTS)
    assert list(counts)[:3] == ["conference", "meeting", "visit"]
    assert counts["planned_agreement"] == 4 and counts["signing"] == 3
    assert sum(counts.values()) == len(EVENTS)
    assert status_counts(EVENTS) == {"occurred": 11, "planned": 4, "proposed": 1}
    assert type_counts(events_frame([]))["signing"] == 0


@pytest.mark.parametrize(
    ("fulfilled_by", "date_end", "latest", "state"),
    [
        pytest.param("ev-x", "2021-12-31", "2022-10-26", "fulfilled", id="fulfilled-wins"),
        pytest.param("", "2021-12-31", "2022-10-26", "overdue", id="overdue"),
        pytest.param("", "2023-12-31", "2022-10-26", "outstanding", id="future"),
        pytest.param("", "", "2022-10-26", "outstanding", id="open-future"),
        pytest.param("", "2021-12-31", "", "outstanding", id="no-latest"),
    ],
)
def test_commitment_state(fulfilled_by: str, date_end: str, latest: str, state: str) -> None:
    assert commitment_state(fulfilled_by, date_end, latest) == state


def test_commitments_table() -> None:
    table = commitments(EVENTS, "2022-10-26").set_index("event_id")
    assert set(table.index) == {
        "ev-confidential-info", "ev-extradition", "ev-plan-drugs", "ev-antiterror", "ev-kh-border-crime"
    }
    assert table.loc["ev-plan-drugs", "state"] == "fulfilled"
    assert table.loc["ev-plan-drugs", "fulfilled_by_title"] == "MoU on drug trafficking prevention"
    assert table.loc["ev-plan-drugs", "fulfilled_by_date"] == "2021-08"
    assert table.loc["ev-kh-border-crime", "state"] == "overdue"
    assert table.loc["ev-confidential-info", "when"] == "after 26 Oct 2022"


def test_latest_date_prefers_articles_then_events() -> None:
    assert latest_date(EVENTS) == "2022-10-26"
    assert latest_date(events_frame([])) == ""


@pytest.mark.slow
def test_apply_is_fast_on_ten_thousand_events() -> None:
    frame = prepare(synthetic_events(10_000))
    cases = [Filters(types=("signing",)), Filters(text="drug border"), Filters(date_from="2010-01-01"), Filters(countries=("Laos",))]
    timings = []
    for filters in cases * 3:
        start = time.perf_counter()
        apply(frame, filters)
        timings.append(time.perf_counter() - start)
    assert sorted(timings)[len(timings) // 2] < 0.15


def test_grid_rows_hold_the_shown_columns_with_evidence_clipped() -> None:
    from timeline.app.layout import GRID_COLUMNS, GRID_TEXT_LIMIT, grid_column_defs, grid_rows

    rows = events_frame([{"event_id": "a", "evidence": "word " * 100, "countries": ["Laos", "Vietnam"]}])
    (row,) = grid_rows(prepare(rows))
    assert list(row) == [c for c in GRID_COLUMNS]
    assert [d["field"] for d in grid_column_defs()] == list(GRID_COLUMNS)
    assert len(str(row["evidence"])) <= GRID_TEXT_LIMIT and str(row["evidence"]).endswith("…")
    assert row["countries"] == "Laos; Vietnam"


def test_the_counts_beside_each_box_say_what_ticking_it_would_show() -> None:
    from timeline.app import app_data
    from timeline.app.callbacks import view_figures

    out = view_figures(app_data(EVENTS), "?type=signing&country=Cambodia", "type")
    types = {o["value"]: o["label"] for o in out["type_options"]}
    assert types["meeting"] == "meeting (1)" and types["signing"] == "signing (0)"  # the other filters hold
    statuses = {o["value"]: o["label"] for o in out["status_options"]}
    assert statuses == {"occurred": "occurred (0)", "planned": "planned (0)", "proposed": "proposed (0)"}
    assert len(out["rows"]) == 0


def test_event_lookup_holds_every_event_as_its_record() -> None:
    from timeline.app.filters import EventLookup

    lookup = EventLookup(PREPARED)
    assert list(lookup) == list(EVENTS["event_id"]) and len(lookup) == len(EVENTS)
    for record in public(PREPARED).to_dict("records"):
        assert lookup[str(record["event_id"])] == record
    assert lookup.get("no-such-event") is None
