"""The dashboard's figures: date labels, the timeline's marks and the overview's counts."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go
import pytest
from app_fixtures import hostile_events, seed_events, synthetic_events

from timeline.app.figures import (
    AGGREGATE_THRESHOLD,
    GROUP_PREFIX,
    MAX_GROUPS,
    OPEN_SYMBOLS,
    POINT_SYMBOLS,
    WEBGL_THRESHOLD,
    aggregate,
    date_label,
    group_days,
    lane_of,
    overview_figure,
    overview_spec,
    timeline_figure,
    timeline_spec,
)
from timeline.app.filters import prepare
from timeline.table import events_frame

EVENTS = seed_events()


@pytest.mark.parametrize(
    ("row", "label"),
    [
        pytest.param({"date": "2022-10-25", "precision": "day"}, "25 Oct 2022", id="day"),
        pytest.param({"date": "2021-08", "precision": "month"}, "Aug 2021", id="month"),
        pytest.param({"date": "2022-Q1", "precision": "quarter"}, "Q1 2022", id="quarter"),
        pytest.param({"date": "2023", "precision": "year"}, "2023", id="year"),
        pytest.param({"date": "2020-11-20/2020-11-21", "precision": "range"}, "20–21 Nov 2020", id="days-in-a-month"),
        pytest.param({"date": "2020-11-30/2020-12-02", "precision": "range"}, "30 Nov – 2 Dec 2020", id="across-months"),
        pytest.param({"date": "2020-12-30/2021-01-02", "precision": "range"}, "30 Dec 2020 – 2 Jan 2021", id="across-years"),
        pytest.param({"date": "2021/2025", "precision": "range"}, "2021–2025", id="years"),
        pytest.param({"date": "2022-01/2022-03", "precision": "range"}, "Jan 2022 – Mar 2022", id="months"),
        pytest.param(
            {"date": "", "date_start": "2022-10-27", "date_end": "", "precision": "unknown"},
            "after 26 Oct 2022",
            id="open-future",
        ),
        pytest.param(
            {"date": "2022-W43", "date_start": "2022-10-24", "date_end": "2022-10-30", "precision": "range"},
            "24–30 Oct 2022",
            id="week-from-its-days",
        ),
        pytest.param({"date": "", "precision": "unknown"}, "date unknown", id="unknown"),
        pytest.param({"date": "soon-ish", "precision": "unknown"}, "soon-ish", id="unparsable-shown-as-is"),
    ],
)
def test_date_label(row: dict[str, str], label: str) -> None:
    assert date_label(row) == label


def _ms(day: str) -> float:
    return float(np.datetime64(day, "ms").astype(np.int64))


def _marks(fig: go.Figure) -> dict[str, go.Bar | go.Scatter]:
    """event_id → the trace holding its mark."""
    out = {}
    for trace in fig.data:
        for event_id in trace.customdata if trace.customdata is not None else []:
            assert event_id not in out, f"{event_id} drawn twice"
            out[str(event_id)] = trace
    return out


def _point(fig: go.Figure, event_id: str) -> dict[str, object]:
    for trace in fig.data:
        ids = [str(i) for i in (trace.customdata if trace.customdata is not None else [])]
        if event_id in ids:
            i = ids.index(event_id)
            marker = trace.marker

            def pick(v: object, i: int = i) -> object:
                return v[i] if hasattr(v, "__len__") and not isinstance(v, str) else v  # type: ignore[index]

            return {
                "kind": trace.type,
                "x": trace.x[i],
                "base": trace.base[i] if trace.type == "bar" else None,
                "symbol": pick(marker.symbol) if trace.type != "bar" else None,
                "color": pick(marker.color),
                "opacity": pick(marker.opacity),
                "pattern": (pick(marker.pattern.shape) or "") if trace.type == "bar" else None,
                "hover": trace.hovertext[i],
                "y": trace.y[i],
            }
    raise AssertionError(f"{event_id} not drawn")


def test_every_event_is_one_clickable_mark() -> None:
    fig = timeline_figure(EVENTS, latest="2022-10-26")
    assert set(_marks(fig)) == set(EVENTS["event_id"])


def test_the_figure_is_valid_plotly() -> None:
    fig = timeline_figure(EVENTS, latest="2022-10-26")
    go.Figure(fig.to_dict())  # validates every property the fast path skipped
    go.Figure(overview_figure(EVENTS).to_dict())
    go.Figure(timeline_figure(prepare(synthetic_events(6000))).to_dict())


@pytest.mark.parametrize(
    "frame",
    [
        pytest.param(EVENTS, id="seed"),
        pytest.param(prepare(synthetic_events(AGGREGATE_THRESHOLD + 500)), id="grouped"),
        pytest.param(events_frame([]), id="empty"),
    ],
)
def test_the_specs_the_callbacks_send_are_the_figures_as_valid_plotly(frame) -> None:  # type: ignore[no-untyped-def]
    for spec, fig in (
        (timeline_spec(frame, "type", "2022-10-26"), timeline_figure(frame, "type", "2022-10-26")),
        (overview_spec(frame), overview_figure(frame)),
    ):
        assert _plain(go.Figure(spec).to_json()) == _plain(go.Figure(fig.to_dict()).to_json())  # both validated


def _plain(figure_json: str) -> object:
    """A figure's JSON with plotly's typed arrays (``{"dtype", "bdata"}``) read back into lists."""
    import base64
    import json

    def decode(value: object) -> object:
        if isinstance(value, dict) and set(value) >= {"dtype", "bdata"}:
            return np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"]).tolist()
        if isinstance(value, dict):
            return {k: decode(v) for k, v in value.items()}
        if isinstance(value, list):
            return [decode(v) for v in value]
        return value

    return decode(json.loads(figure_json))


@pytest.mark.parametrize(
    ("event_id", "kind", "symbol", "pattern"),
    [
        pytest.param("ev-conf-2022-10-25", "scatter", POINT_SYMBOLS["occurred"], None, id="day-occurred-solid-dot"),
        pytest.param("ev-mou-drugs", "bar", None, "", id="month-bar"),
        pytest.param("ev-extradition", "bar", None, "", id="planned-year-bar"),
        pytest.param("ev-kh-q1-meeting", "bar", None, "", id="quarter-bar"),
        pytest.param("ev-kh-patrol", "bar", None, "", id="stated-span-bar"),
        pytest.param("ev-confidential-info", "scatter", OPEN_SYMBOLS["planned"], None, id="open-future-planned"),
        pytest.param("ev-antiterror", "scatter", OPEN_SYMBOLS["proposed"], None, id="unknown-proposed"),
    ],
)
def test_precision_and_status_are_drawn_honestly(event_id: str, kind: str, symbol: str | None, pattern: str | None) -> None:
    fig = timeline_figure(EVENTS, latest="2022-10-26")
    mark = _point(fig, event_id)
    assert mark["kind"] == kind
    if symbol:
        assert mark["symbol"] == symbol
    if pattern is not None:
        assert mark["pattern"] == pattern


def test_bars_span_their_days_and_planned_bars_are_hollow() -> None:
    fig = timeline_figure(EVENTS, latest="2022-10-26")
    month = _point(fig, "ev-mou-drugs")
    assert month["base"] == _ms("2021-08-01")
    assert month["x"] == 31 * 24 * 3600 * 1000  # through the end of 31 August, in ms
    assert _point(fig, "ev-extradition")["color"] == "rgba(0,0,0,0)"
    assert _point(fig, "ev-expressway")["color"] != "rgba(0,0,0,0)"


def test_proposed_bars_are_hatched_and_faint() -> None:
    rows = EVENTS.to_dict("records")
    proposed = dict(rows[5], event_id="ev-proposed-bar", status="proposed")
    fig = timeline_figure(events_frame([*rows, proposed]), latest="2022-10-26")
    mark = _point(fig, "ev-proposed-bar")
    assert mark["pattern"] == "/" and mark["opacity"] < 1


def test_open_futures_sit_right_of_the_latest_article_and_of_every_dated_mark() -> None:
    fig = timeline_figure(EVENTS, latest="2022-10-26")
    strip = _point(fig, "ev-confidential-info")["x"]
    assert strip > _ms("2024-01-01")  # after the extradition agreement's year ends
    assert "date not" in " ".join(a.text for a in fig.layout.annotations)
    assert _point(fig, "ev-confidential-info")["hover"].endswith("planned_agreement · planned · 1 source".replace("_", " "))
    assert "after 26 Oct 2022" in _point(fig, "ev-confidential-info")["hover"]


def test_overlapping_marks_in_a_lane_are_stacked() -> None:
    fig = timeline_figure(EVENTS, latest="2022-10-26")
    conference, signing = _point(fig, "ev-conf-2022-10-25"), _point(fig, "ev-sign-plan-2023")
    assert conference["y"] != signing["y"]  # different lanes
    meeting = _point(fig, "ev-drug-minister-meeting")
    q1 = _point(fig, "ev-kh-q1-meeting")
    assert meeting["y"] == q1["y"]  # far apart in time: same row


def test_same_day_events_of_one_type_do_not_overlap() -> None:
    rows = EVENTS.to_dict("records")
    twin = dict(rows[0], event_id="ev-twin")
    fig = timeline_figure(events_frame([*rows, twin]), latest="2022-10-26")
    assert _point(fig, "ev-twin")["y"] != _point(fig, rows[0]["event_id"])["y"]


def test_hover_text_shows_markup_as_text() -> None:
    fig = timeline_figure(hostile_events(), latest="2022-10-26")
    hover = _point(fig, "ev-hostile")["hover"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in hover
    assert "<script>" not in hover and "<img" not in hover


@pytest.mark.parametrize(
    ("lane", "expected"),
    [
        pytest.param("type", {"conference", "planned agreement", "joint activity"}, id="type"),
        pytest.param("pair", {"Laos – Vietnam", "Cambodia – Vietnam"}, id="pair"),
    ],
)
def test_lanes(lane: str, expected: set[str]) -> None:
    assert expected <= set(lane_of(EVENTS, lane))
    fig = timeline_figure(EVENTS, lane=lane)
    assert expected <= set(fig.layout.yaxis.ticktext)


def test_many_marks_use_webgl() -> None:
    assert WEBGL_THRESHOLD < AGGREGATE_THRESHOLD
    small = timeline_figure(EVENTS)
    big = timeline_figure(prepare(synthetic_events(2 * WEBGL_THRESHOLD)))  # about 70% are points
    assert {t.type for t in small.data} <= {"scatter", "bar"}
    assert "scattergl" in {t.type for t in big.data}


def test_more_events_than_the_threshold_are_drawn_as_groups() -> None:
    frame = prepare(synthetic_events(AGGREGATE_THRESHOLD + 1000))
    fig = timeline_figure(frame)
    ids = [str(i) for t in fig.data for i in (t.customdata if t.customdata is not None else [])]
    assert ids and all(i.startswith(GROUP_PREFIX) for i in ids)
    assert len(ids) <= MAX_GROUPS
    assert "groups by" in " ".join(a.text for a in fig.layout.annotations)
    go.Figure(fig.to_dict())  # valid plotly


@pytest.mark.parametrize("lane", [pytest.param("type", id="type"), pytest.param("pair", id="pair")])
def test_groups_count_every_event_once(lane: str) -> None:
    frame = prepare(synthetic_events(3000))
    groups, grouping = aggregate(frame, lane, max_groups=400)
    assert grouping in {"week", "month", "quarter", "year"}
    assert len(groups) <= 400 or grouping == "year"
    assert int(groups["count"].sum()) == len(frame)
    for event_id, first, last in zip(groups["event_id"], groups["date_start"], groups["date_end"], strict=True):
        assert group_days(event_id) == ((first, last) if first else None)


def test_groups_are_as_fine_as_the_budget_allows() -> None:
    frame = prepare(synthetic_events(3000))
    assert aggregate(frame, max_groups=100_000)[1] == "week"
    assert aggregate(frame, max_groups=1)[1] == "year"


def test_empty_frame_says_so() -> None:
    fig = timeline_figure(events_frame([]))
    assert fig.data == ()
    assert "No events match these filters" in fig.layout.annotations[0].text


def test_overview_counts_events_per_year_by_type() -> None:
    fig = overview_figure(EVENTS)
    total = sum(sum(t.y) for t in fig.data)
    undated = int((EVENTS["date_start"] == "").sum())
    assert total == len(EVENTS) - undated
    signing = next(t for t in fig.data if t.name == "signing")
    assert {int(x): int(y) for x, y in zip(signing.x, signing.y, strict=True) if y} == {2021: 1, 2022: 2}
    assert f"{undated} without a date" in fig.layout.title.text


def test_overview_of_nothing() -> None:
    assert "No dated events" in overview_figure(events_frame([])).layout.annotations[0].text
