"""The dashboard's figures: the timeline of events and the events-per-year overview.

Pure functions from an event DataFrame to a ``plotly.graph_objects.Figure``.
Precision is drawn honestly: a day is a point, a month, quarter, year or
stated span is a bar across those days, and a planned event whose date is not
yet set sits in a strip to the right of the latest article. Colour says the
type (Okabe–Ito, safe for colour-blind readers); fill says the status
(occurred solid, planned hollow, proposed faint and hatched).
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from timeline.models import EVENT_TYPES

#: colour of each type: the Okabe–Ito palette (Wong, Nature Methods 2011), yellow left out for contrast
TYPE_COLOURS: dict[str, str] = {
    "conference": "#0072B2",
    "meeting": "#56B4E9",
    "visit": "#009E73",
    "signing": "#D55E00",
    "planned_agreement": "#CC79A7",
    "joint_activity": "#E69F00",
    "project": "#000000",
    "other": "#999999",
}
FALLBACK_COLOUR = "#999999"

#: marker symbol of a day-precision event, by status (an open future uses a right-pointing triangle)
POINT_SYMBOLS: dict[str, str] = {"occurred": "circle", "planned": "circle-open", "proposed": "diamond-open"}
OPEN_SYMBOLS: dict[str, str] = {
    "occurred": "triangle-right",
    "planned": "triangle-right-open",
    "proposed": "triangle-right-open",
}
STATUS_OPACITY: dict[str, float] = {"occurred": 0.9, "planned": 1.0, "proposed": 0.5}

#: more points than this and the markers are drawn with WebGL (Scattergl)
WEBGL_THRESHOLD = 2000
#: more events than this and the timeline draws groups (same lane, type and status in one week, month,
#: quarter or year) instead of single events: tens of thousands of marks overlap on a screen anyway,
#: and drawing them takes the browser seconds
AGGREGATE_THRESHOLD = 5000
#: the finest grouping whose number of groups stays under this is the one drawn
MAX_GROUPS = 1500
#: ``event_id`` of a group of events: ``group:2014-03-01/2014-03-31`` (its days; empty when undated)
GROUP_PREFIX = "group:"
#: at most this many stacked rows per lane; more events overlap rather than grow the figure
MAX_ROWS_PER_LANE = 8
#: the footprint of a point marker, as a share of the visible span, used to stack overlapping marks
MARK_SHARE = 0.012

STRIP_LABEL = "date not<br>yet set"
FONT = "Inter, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"

#: plotly's white template, resolved once (templates are looked up by name on every figure otherwise)
_TEMPLATE = pio.templates["plotly_white"]
_TEMPLATE_JSON: dict[str, Any] = _TEMPLATE.to_plotly_json()

#: a figure as plotly.js reads it: ``{"data": [trace, …], "layout": {…}}``
FigureSpec = dict[str, Any]

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def type_label(kind: str) -> str:
    """A type as people read it: ``planned_agreement`` → ``planned agreement``."""
    return str(kind).replace("_", " ")


def parse_day(text: str) -> date | None:
    """An ISO day (the first ten characters of ``text``), or None."""
    try:
        return date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


def format_day(day: date) -> str:
    """``25 Oct 2022``."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _span_label(first: date, last: date) -> str:
    """``20–21 Nov 2020``, ``30 Nov – 2 Dec 2020``, ``30 Dec 2020 – 2 Jan 2021``."""
    if first == last:
        return format_day(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {_MONTHS[last.month - 1]} {last.year}"
    if first.year == last.year:
        return f"{first.day} {_MONTHS[first.month - 1]} – {format_day(last)}"
    return f"{format_day(first)} – {format_day(last)}"


def _part_label(value: str) -> str | None:
    """One ISO value at its precision: ``2022-10-25``, ``2022-10``, ``2022-Q1``, ``2022``."""
    value = value.strip()
    day = parse_day(value) if len(value) == 10 else None
    if day:
        return format_day(day)
    if len(value) == 7 and value[4] == "-" and value[:4].isdigit():
        if value[5] == "Q" and value[6] in "1234":
            return f"Q{value[6]} {value[:4]}"
        if value[5:].isdigit() and 1 <= int(value[5:]) <= 12:
            return f"{_MONTHS[int(value[5:]) - 1]} {value[:4]}"
    if len(value) == 4 and value.isdigit():
        return value
    return None


def date_label(row: Mapping[str, object]) -> str:
    """The event's date as precisely as it is known, for people.

    >>> date_label({"date": "2020-11-20/2020-11-21", "precision": "range"})
    '20–21 Nov 2020'
    >>> date_label({"date": "", "date_start": "2022-10-27", "date_end": "", "precision": "unknown"})
    'after 26 Oct 2022'
    """
    value = str(row.get("date") or "").strip()
    start = parse_day(str(row.get("date_start") or ""))
    end = parse_day(str(row.get("date_end") or ""))
    if "/" in value:
        first, _, last = value.partition("/")
        d1, d2 = parse_day(first) if len(first) == 10 else None, parse_day(last) if len(last) == 10 else None
        if d1 and d2:
            return _span_label(d1, d2)
        l1, l2 = _part_label(first), _part_label(last)
        if l1 and l2:
            return f"{l1}–{l2}" if len(first) == len(last) == 4 else f"{l1} – {l2}"
    elif value:
        label = _part_label(value)
        if label:
            return label
    if start and end:
        return _span_label(start, end)
    if start:
        return f"after {format_day(start - timedelta(days=1))}"
    return value or "date unknown"


#: hidden helper column (added by ``filters.prepare``) caching each event's country-pair lane
PAIR_COLUMN = "_pair"
#: hidden helper columns (added by ``filters.prepare``) caching each event's first and last day
START_COLUMN = "_start"
END_COLUMN = "_end"


def pair_names(frame: pd.DataFrame) -> list[str]:
    """The country pair of each event, as its lane is named ("Laos – Vietnam")."""
    return [" – ".join(sorted(set(map(str, c)))) or "no country named" for c in frame["countries"]]


#: hidden helper columns (added by ``filters.prepare``) holding the type and the status as
#: categoricals: grouping 100,000 events then needs no hashing of their strings
CATEGORY_COLUMNS: dict[str, str] = {"type": "_type_cat", "status": "_status_cat"}


def codes_of(frame: pd.DataFrame, column: str) -> tuple[np.ndarray, np.ndarray]:
    """``column`` (type or status) as integer codes and the names they stand for."""
    hidden = CATEGORY_COLUMNS[column]
    if hidden in frame.columns:
        values = frame[hidden].array
        return np.asarray(values.codes, dtype=np.int64), np.asarray(values.categories, dtype=object)
    codes, names = pd.factorize(frame[column].fillna("").to_numpy(dtype=object))
    return codes.astype(np.int64), np.asarray(names, dtype=object)


def lane_of(frame: pd.DataFrame, lane: str) -> pd.Series:
    """The lane name of each event: its type, or its country pair ("Laos – Vietnam")."""
    if lane == "pair":
        names = frame[PAIR_COLUMN] if PAIR_COLUMN in frame.columns else pair_names(frame)
        return pd.Series(names, index=frame.index, dtype=object)
    if CATEGORY_COLUMNS["type"] in frame.columns:
        codes, kinds = codes_of(frame, "type")
    else:
        codes, kinds = pd.factorize(frame["type"].fillna("other").to_numpy(dtype=object))
    labels = np.array([type_label(str(k)) for k in kinds] or [""], dtype=object)
    return pd.Series(labels[codes] if len(codes) else [], index=frame.index, dtype=object)


def _lane_order(names: pd.Series, lane: str) -> list[str]:
    present = set(names)
    if lane == "pair":
        counts = names.value_counts()
        return sorted(present, key=lambda n: (-int(counts[n]), n))
    known = [type_label(t) for t in EVENT_TYPES]
    return [n for n in known if n in present] + sorted(present - set(known))


def _stack(x0: np.ndarray, x1: np.ndarray, order: np.ndarray) -> np.ndarray:
    """Row of each interval within its lane: the first row whose last mark ends before it starts."""
    rows = [0] * len(x0)
    starts, ends = x0.tolist(), x1.tolist()
    row_ends: list[float] = []
    for i in order.tolist():
        start = starts[i]
        for r, last in enumerate(row_ends):
            if last < start:
                row_ends[r] = ends[i]
                rows[i] = r
                break
        else:
            if len(row_ends) < MAX_ROWS_PER_LANE:
                row_ends.append(ends[i])
                rows[i] = len(row_ends) - 1
            else:  # full: overlap on the row that frees first
                r = min(range(len(row_ends)), key=row_ends.__getitem__)
                row_ends[r] = max(row_ends[r], ends[i])
                rows[i] = r
    return np.array(rows, dtype=int)


def _empty_figure(message: str, height: int = 320) -> go.Figure:
    fig = go.Figure()
    fig.update_layout(
        height=height,
        template="plotly_white",
        font={"family": FONT},
        xaxis={"visible": False},
        yaxis={"visible": False},
        margin={"l": 20, "r": 20, "t": 20, "b": 20},
        annotations=[
            {
                "text": message,
                "showarrow": False,
                "xref": "paper",
                "yref": "paper",
                "x": 0.5,
                "y": 0.5,
                "font": {"size": 15, "color": "#555"},
            }
        ],
    )
    return fig


def _empty_spec(message: str, height: int = 320) -> FigureSpec:
    spec: FigureSpec = _empty_figure(message, height).to_plotly_json()
    return spec


#: hidden helper column (added by ``filters.prepare``) caching each event's ``date_label``
WHEN_COLUMN = "_when"


def date_labels(frame: pd.DataFrame) -> list[str]:
    """``date_label`` of every row (from the cached column when the frame has it)."""
    if WHEN_COLUMN in frame.columns:
        return [str(v) for v in frame[WHEN_COLUMN].to_numpy(dtype=object)]
    cols = [frame[c].fillna("").astype(str).to_numpy(dtype=object) for c in ("date", "date_start", "date_end", "precision")]
    return [
        date_label({"date": d, "date_start": s, "date_end": e, "precision": p})
        for d, s, e, p in zip(*cols, strict=True)
    ]


#: hidden helper column (added by ``filters.prepare``) caching each event's hover text
HOVER_COLUMN = "_hover"


def hover_texts(frame: pd.DataFrame) -> np.ndarray:
    """Hover text per event: title, date as known, type, status, number of sources.

    The title is escaped because plotly reads tags (``<b>``, ``<a href>``) in hover text;
    plotly turns the entities back into the literal characters on screen.
    """
    if HOVER_COLUMN in frame.columns:
        return np.array(frame[HOVER_COLUMN].to_numpy(dtype=object).tolist() or [""])[: len(frame)]
    titles = frame["title"].fillna("").astype(str).to_numpy(dtype=object)
    types = frame["type"].fillna("").astype(str).to_numpy(dtype=object)
    statuses = frame["status"].fillna("").astype(str).to_numpy(dtype=object)
    n_sources = [max(len(s), 1) for s in frame["sources"].to_numpy(dtype=object)]
    return np.array(
        [
            f"<b>{html.escape(t, quote=False)}</b><br>{when}<br>{type_label(k)} · {st} · "
            f"{n} source{'' if n == 1 else 's'}"
            for t, when, k, st, n in zip(titles, date_labels(frame), types, statuses, n_sources, strict=True)
        ]
    )


HOVER = "%{hovertext}<extra></extra>"

#: the columns ``timeline_figure`` and ``overview_figure`` read (hidden helpers included)
FIGURE_COLUMNS: tuple[str, ...] = (
    "event_id",
    "date",
    "date_start",
    "date_end",
    "precision",
    "type",
    "status",
    "title",
    "countries",
    "sources",
    "source_date",
    WHEN_COLUMN,
    HOVER_COLUMN,
    START_COLUMN,
    END_COLUMN,
    PAIR_COLUMN,
    *CATEGORY_COLUMNS.values(),
)


#: hidden helper column (added by ``aggregate``) naming each mark's lane
LANE_COLUMN = "_lane"

#: groupings tried by ``aggregate``, finest first: (name, numpy unit of the bin, months per bin)
_GROUPINGS: tuple[tuple[str, str, int], ...] = (("week", "W", 0), ("month", "M", 1), ("quarter", "M", 3), ("year", "Y", 0))


def _days(column: pd.Series) -> np.ndarray:
    """ISO day strings as ``datetime64[D]`` (NaT for "" and anything unreadable)."""
    days: np.ndarray = pd.to_datetime(column.fillna("").replace("", None), errors="coerce", format="%Y-%m-%d").to_numpy(
        "datetime64[D]"
    )
    return days


def day_bounds(frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Each event's first and last day as ``datetime64[D]`` (NaT when unknown), from the cached
    columns when the frame has them: parsing 100,000 dates on every filter change costs ~50 ms."""
    if START_COLUMN in frame.columns and END_COLUMN in frame.columns:
        return frame[START_COLUMN].to_numpy("datetime64[D]"), frame[END_COLUMN].to_numpy("datetime64[D]")
    return _days(frame["date_start"]), _days(frame["date_end"])


def _bins(
    start: np.ndarray, unit: str, months: int, month_of: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """First and last day of the calendar bin (Monday weeks, months, quarters, years) holding each
    day; ``month_of`` is ``start`` as ``datetime64[M]`` when already known."""
    days = start.astype("datetime64[D]")
    if unit == "W":  # 1970-01-01 was a Thursday: shift so that weeks start on Monday
        first = ((days.astype(np.int64) + 3) // 7 * 7 - 3).astype("datetime64[D]")
        return first, first + np.timedelta64(6, "D")
    if unit == "Y":
        year = days.astype("datetime64[Y]")
        return year.astype("datetime64[D]"), (year + 1).astype("datetime64[D]") - np.timedelta64(1, "D")
    month = (days.astype("datetime64[M]") if month_of is None else month_of).astype(np.int64)
    month = month - month % months
    first_m = month.astype("datetime64[M]")
    return first_m.astype("datetime64[D]"), (first_m + months).astype("datetime64[D]") - np.timedelta64(1, "D")


def _text(value: object) -> str:
    return "" if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)) else str(value)


def _group_value(grouping: str, first: str, last: str) -> str:
    """The ISO value of a bin at its precision: ``2014-03``, ``2014-Q1``, ``2014``, ``2014-03-03/2014-03-09``."""
    if grouping == "month":
        return first[:7]
    if grouping == "quarter":
        return f"{first[:4]}-Q{(int(first[5:7]) - 1) // 3 + 1}"
    if grouping == "year":
        return first[:4]
    return f"{first}/{last}"


def aggregate(frame: pd.DataFrame, lane: str = "type", max_groups: int = MAX_GROUPS) -> tuple[pd.DataFrame, str]:
    """Events grouped for drawing: one row per lane, type, status and calendar bin, and the bin's name.

    An event that fits in one bin (a day, a short span) joins its bin's group; a longer span joins
    the events with the very same days; an undated event joins the others of its lane, type and
    status. The finest grouping (week, month, quarter, year) with at most ``max_groups`` groups
    wins. Each group is a row with the event columns the timeline reads, ``event_id``
    ``group:<first day>/<last day>`` and a hover text counting its events.

    >>> from timeline.table import events_frame
    >>> f = events_frame([{"event_id": str(i), "type": "meeting", "status": "occurred", "precision": "day",
    ...     "date": f"2022-03-0{i}", "date_start": f"2022-03-0{i}", "date_end": f"2022-03-0{i}"} for i in (1, 2, 8)])
    >>> groups, grouping = aggregate(f)
    >>> grouping, groups["event_id"].tolist()
    ('week', ['group:2022-02-28/2022-03-06', 'group:2022-03-07/2022-03-13'])
    """
    lanes = lane_of(frame, lane).to_numpy(dtype=object)
    start, end = day_bounds(frame)
    dated = ~np.isnat(start) & ~np.isnat(end)
    # one integer per (lane, type, status) and per day, so that grouping is np.unique over int64 codes
    # a type lane is named after its type: its code adds nothing to the type's
    lane_codes = np.zeros(len(lanes), dtype=np.int64) if lane == "type" else pd.factorize(lanes)[0]
    type_codes, type_names = codes_of(frame, "type")
    status_codes, status_names = codes_of(frame, "status")
    kind_codes = (lane_codes * len(type_names) + type_codes) * len(status_names) + status_codes
    lo = start[dated].min() if dated.any() else np.datetime64("2000-01-01", "D")
    hi = end[dated].max() if dated.any() else lo
    width = int((hi - lo) / np.timedelta64(1, "D")) + 400  # room for bins reaching past the last day

    def day_code(days: np.ndarray) -> np.ndarray:
        out: np.ndarray = np.where(dated, (days - lo).astype("timedelta64[D]").astype(np.int64) + 1, 0)
        return out

    anchor = np.where(dated, start, lo)
    month_of = anchor.astype("datetime64[M]")  # shared by months and quarters
    for grouping, unit, months in _GROUPINGS:  # noqa: B007 - the grouping that fits is used below
        bin_first, bin_last = _bins(anchor, unit, months, month_of)
        binned = dated & (end <= bin_last)
        first = np.where(binned, bin_first, start)
        last = np.where(binned, bin_last, end)
        code = (kind_codes.astype(np.int64) * width + day_code(first)) * width + day_code(last)
        # counting the groups by hashing: sorting 100,000 codes for every grouping tried costs more
        if len(pd.unique(code)) <= max_groups:
            break
    _, index, counts = np.unique(code, return_index=True, return_counts=True)
    types, statuses = type_names[type_codes[index]], status_names[status_codes[index]]
    first_s = np.datetime_as_string(first[index], unit="D")
    last_s = np.datetime_as_string(last[index], unit="D")
    rows = [
        (f, la) if dated[i] else ("", "")
        for f, la, i in zip(first_s.tolist(), last_s.tolist(), index.tolist(), strict=True)
    ]
    value_of = frame["date"].to_numpy(dtype=object)[index]
    precision_of = frame["precision"].to_numpy(dtype=object)[index]
    values, precisions, hovers = [], [], []
    for k, ((f, la), i, n) in enumerate(zip(rows, index.tolist(), counts.tolist(), strict=True)):
        if not f:
            value, precision = "", "unknown"
        elif binned[i]:
            value = _group_value(grouping, f, la)
            precision = grouping if grouping != "week" else "range"
        else:  # a span longer than a bin: its events share its days, and so its date
            value, precision = _text(value_of[k]), _text(precision_of[k])
        when = date_label({"date": value, "date_start": f, "date_end": la}) if f else "date not yet set"
        values.append(value)
        precisions.append(precision)
        hovers.append(
            f"<b>{n} event{'' if n == 1 else 's'}</b><br>{when}<br>{type_label(types[k])} · {statuses[k]}"
            + ("<br>click to show these dates" if f else "")
        )
    out = pd.DataFrame(
        {
            "event_id": [f"{GROUP_PREFIX}{f}/{la}" if f else GROUP_PREFIX for f, la in rows],
            "date": values,
            "date_start": [f for f, _ in rows],
            "date_end": [la for _, la in rows],
            "precision": precisions,
            "type": types,
            "status": statuses,
            "countries": frame["countries"].to_numpy(dtype=object)[index],
            "source_date": "",
            START_COLUMN: np.where(dated[index], first[index], np.datetime64("NaT", "D")),
            END_COLUMN: np.where(dated[index], last[index], np.datetime64("NaT", "D")),
            "count": counts.astype(int),
            LANE_COLUMN: lanes[index],
            HOVER_COLUMN: hovers,
        }
    )
    return out, grouping


def group_days(event_id: str) -> tuple[str, str] | None:
    """The first and last day of a group's ``event_id`` (``group:2014-03-01/2014-03-31``), or None.

    >>> group_days("group:2014-03-01/2014-03-31"), group_days("ev-1"), group_days("group:")
    (('2014-03-01', '2014-03-31'), None, None)
    """
    if not event_id.startswith(GROUP_PREFIX):
        return None
    first, _, last = event_id[len(GROUP_PREFIX) :].partition("/")
    return (first, last) if parse_day(first) and parse_day(last) else None


def timeline_figure(frame: pd.DataFrame, lane: str = "type", latest: str | date | None = None) -> go.Figure:
    """The timeline: one lane per type (or country pair with ``lane="pair"``), time across.

    ``latest`` is the latest article date (ISO or ``date``); the strip of
    events whose date is not yet set goes to its right. Every mark carries its
    event_id as ``customdata`` so clicks identify the event.

    >>> from timeline.table import events_frame
    >>> fig = timeline_figure(events_frame([{"event_id": "a", "date": "2022-10-25", "date_start": "2022-10-25",
    ...     "date_end": "2022-10-25", "precision": "day", "type": "signing", "status": "occurred"}]))
    >>> [str(i) for t in fig.data if t.customdata is not None for i in t.customdata]
    ['a']
    """
    return _figure(timeline_spec(frame, lane, latest))


def timeline_spec(frame: pd.DataFrame, lane: str = "type", latest: str | date | None = None) -> FigureSpec:
    """``timeline_figure`` as the plain dict (``data``, ``layout``) that Dash sends to the browser.

    The callbacks send this: a ``go.Figure`` is turned back into a dict by deep-copying every hover
    text and id, which costs as much as drawing the figure.
    """
    if frame.empty:
        return _empty_spec("No events match these filters. Press “Reset filters” to see them all.")
    latest_day = parse_day(latest.isoformat() if isinstance(latest, date) else str(latest or ""))
    if latest_day is None:
        latest_day = parse_day(max((d for d in frame["source_date"].fillna("").astype(str) if d), default=""))
    grouped = ""
    n_events = len(frame)
    if n_events > AGGREGATE_THRESHOLD:
        frame, grouped = aggregate(frame, lane)
    first_day, last_day = day_bounds(frame)
    start_ns = first_day.astype("datetime64[ns]")
    end_ns = last_day.astype("datetime64[ns]") + np.timedelta64(1, "D")  # through the end of the last day
    dated = ~np.isnat(start_ns) & ~np.isnat(end_ns)
    is_point = dated & (frame["precision"].astype(str).to_numpy() == "day")
    is_open = ~dated

    latest_ts = np.datetime64(latest_day.isoformat(), "ns") if latest_day else None

    # x extent of the dated marks, then the strip to the right of everything dated and the latest article
    if dated.any():
        lo, hi = start_ns[dated].min(), end_ns[dated].max()
    else:
        lo = hi = latest_ts if latest_ts is not None else np.datetime64("2000-01-01", "ns")
    if latest_ts is not None:
        hi = max(hi, latest_ts)
    span = max(hi - lo, np.timedelta64(60, "D"))
    gap = span * 0.03
    strip_w = max(span * 0.11, np.timedelta64(45, "D"))
    strip_lo = hi + gap
    strip_hi = strip_lo + strip_w
    total = (strip_hi - lo) + 2 * gap
    mark = total * MARK_SHARE

    # interval each mark occupies on screen, in ns since epoch, for stacking
    x0 = np.where(dated, start_ns, strip_lo).astype("datetime64[ns]").astype(np.int64).astype(float)
    x1 = np.where(dated, end_ns, strip_lo).astype("datetime64[ns]").astype(np.int64).astype(float)
    x1 = np.maximum(x1, x0 + mark.astype(np.int64))
    open_x = np.full(len(frame), np.datetime64("NaT", "ns"))

    lanes = frame[LANE_COLUMN] if LANE_COLUMN in frame.columns else lane_of(frame, lane)
    order = _lane_order(lanes, lane)
    lane_arr = lanes.to_numpy()
    y = np.zeros(len(frame), dtype=float)
    ticks: list[tuple[float, str]] = []
    bands: list[tuple[float, float]] = []
    offset = 0.0
    slots = max(int(strip_w / mark), 1)
    for name in order:
        idx = np.flatnonzero(lane_arr == name)
        rows = np.zeros(len(idx), dtype=int)
        in_dated = idx[dated[idx]]
        if len(in_dated):
            sub = _stack(x0[in_dated], x1[in_dated], np.argsort(x0[in_dated], kind="stable"))
            rows[dated[idx]] = sub
        in_open = idx[is_open[idx]]
        if len(in_open):
            k = np.arange(len(in_open))
            open_rows = (k // slots) % MAX_ROWS_PER_LANE
            open_x[in_open] = strip_lo + strip_w * ((k % slots) + 0.5) / slots
            rows[is_open[idx]] = open_rows
        n_rows = int(rows.max()) + 1 if len(rows) else 1
        y[idx] = offset + rows
        ticks.append((offset + (n_rows - 1) / 2, name))
        bands.append((offset - 0.5, offset + n_rows - 0.5))
        offset += n_rows + 0.6

    hover = hover_texts(frame)
    event_ids = np.array(frame["event_id"].fillna("").astype(str).to_numpy(dtype=object).tolist() or [""])
    types = frame["type"].fillna("").astype(str).to_numpy(dtype=object)
    statuses = frame["status"].fillna("").astype(str).to_numpy(dtype=object)
    # past a few thousand marks SVG is too slow to draw: points become WebGL markers and
    # bars become thick WebGL line segments (hollow → thin, proposed → thin and dashed)
    webgl = len(frame) > WEBGL_THRESHOLD
    scatter = "scattergl" if webgl else "scatter"

    # traces are plain dicts and the figure is built unvalidated: plotly's per-point
    # validation costs about a second for 10,000 events (test_app_figures checks validity)
    traces: list[dict[str, object]] = []
    present_types = [t for t in EVENT_TYPES if t in set(types)] + sorted(set(types) - set(EVENT_TYPES))
    for kind in present_types:
        colour = TYPE_COLOURS.get(kind, FALLBACK_COLOUR)
        of_type = types == kind
        spans = of_type & dated & ~is_point
        if spans.any() and webgl:
            traces += _span_lines(start_ns, end_ns, y, spans, statuses, colour, event_ids, hover, type_label(kind))
        elif spans.any():
            # one bar trace per status, every style a scalar: a hatch pattern given per bar (even
            # "" for the unhatched) makes plotly build a pattern for each, doubling the draw
            for status in sorted(set(statuses[spans])):
                bars = spans & (statuses == status)
                traces.append(
                    {
                        "type": "bar",
                        "orientation": "h",
                        "base": _ms(start_ns[bars]),
                        "x": (end_ns[bars] - start_ns[bars]) / np.timedelta64(1, "ms"),
                        "y": y[bars],
                        "width": 0.62,
                        "marker": {
                            "color": colour if status == "occurred" else "rgba(0,0,0,0)",
                            "opacity": 0.85 if status == "occurred" else STATUS_OPACITY.get(status, 1.0),
                            "line": {"color": colour, "width": 2},
                            **(
                                {"pattern": {"shape": "/", "fgcolor": colour, "size": 6, "solidity": 0.25}}
                                if status == "proposed"
                                else {}
                            ),
                        },
                        "customdata": event_ids[bars],
                        "hovertext": hover[bars],
                        "hovertemplate": HOVER,
                        "name": f"{type_label(kind)} · {status}",
                        "legendgroup": kind,
                        "showlegend": False,
                    }
                )
        # one trace per (status, dated or not) so that every marker style is a scalar:
        # per-point style arrays make plotly (WebGL above all) much slower to draw
        for status in sorted(set(statuses[of_type & (is_point | is_open)])):
            for undated, symbols in ((False, POINT_SYMBOLS), (True, OPEN_SYMBOLS)):
                marks = of_type & (statuses == status) & (is_open if undated else is_point)
                if not marks.any():
                    continue
                xs = open_x[marks] if undated else start_ns[marks] + np.timedelta64(12, "h")
                traces.append(
                    {
                        "type": scatter,
                        "x": _ms(xs),  # ms since the epoch: plotly reads numbers on a date axis without parsing
                        "y": y[marks],
                        "mode": "markers",
                        "marker": {
                            "color": colour,
                            "symbol": symbols.get(status, "circle"),
                            "size": 11,
                            "opacity": STATUS_OPACITY.get(status, 1.0),
                            "line": {"width": 1 if status == "occurred" else 2, "color": "white"},
                        },
                        "customdata": event_ids[marks],
                        "hovertext": hover[marks],
                        "hovertemplate": HOVER,
                        "name": f"{type_label(kind)} · {status}",
                        "legendgroup": kind,
                        "showlegend": False,
                    }
                )

    shapes: list[dict[str, object]] = []
    for i, (b0, b1) in enumerate(bands):
        if i % 2 == 0:
            shapes.append(
                {
                    "type": "rect",
                    "xref": "paper",
                    "x0": 0,
                    "x1": 1,
                    "y0": b0 - 0.05,
                    "y1": b1 + 0.05,
                    "fillcolor": "rgba(0,0,0,0.035)",
                    "line": {"width": 0},
                    "layer": "below",
                }
            )
    annotations: list[dict[str, object]] = []
    strip_lo_s, strip_hi_s = _iso_ts(strip_lo), _iso_ts(strip_hi)
    if is_open.any():
        shapes.append(
            {
                "type": "rect",
                "yref": "paper",
                "x0": strip_lo_s,
                "x1": strip_hi_s,
                "y0": 0,
                "y1": 1,
                "fillcolor": "rgba(204,121,167,0.08)",
                "line": {"width": 1, "dash": "dot", "color": "rgba(0,0,0,0.25)"},
                "layer": "below",
            }
        )
        annotations.append(
            {
                "text": STRIP_LABEL,
                "x": _iso_ts(strip_lo + strip_w / 2),
                "y": 1,
                "yref": "paper",
                "yanchor": "bottom",
                "showarrow": False,
                "font": {"size": 11, "color": "#555"},
            }
        )
    if grouped:
        annotations.append(
            {
                "text": f"{n_events:,} events in {len(frame):,} groups by {grouped}: "
                "click a group or narrow the dates to see each event",
                "x": 0,
                "xref": "paper",
                "xanchor": "left",
                "y": 1,
                "yref": "paper",
                "yanchor": "bottom",
                "yshift": 16,
                "showarrow": False,
                "font": {"size": 11, "color": "#444"},
            }
        )
    if latest_ts is not None:
        shapes.append(
            {
                "type": "line",
                "yref": "paper",
                "x0": _iso_ts(latest_ts),
                "x1": _iso_ts(latest_ts),
                "y0": 0,
                "y1": 1,
                "line": {"width": 1, "dash": "dash", "color": "#777"},
            }
        )
        annotations.append(
            {
                "text": f"latest article {format_day(latest_day)}" if latest_day else "latest article",
                "x": _iso_ts(latest_ts),
                "y": 1,
                "yref": "paper",
                "yanchor": "bottom",
                "xanchor": "right",
                "showarrow": False,
                "font": {"size": 10, "color": "#666"},
            }
        )

    height = int(min(max(80 + 26 * offset, 300), 900))
    layout = dict(
        template=_TEMPLATE_JSON,
        height=height,
        font={"family": FONT, "size": 12},
        margin={"l": 10, "r": 10, "t": 52, "b": 30},
        barmode="overlay",
        bargap=0,
        hovermode="closest",
        dragmode="zoom",
        clickmode="event",
        shapes=shapes,
        annotations=annotations,
        uirevision=lane,
        showlegend=False,  # the page's key explains the marks; the filters choose what is shown
        xaxis={
            "type": "date",
            "range": [_iso_ts(lo - gap), _iso_ts(strip_hi + gap)],
            "showgrid": True,
            "gridcolor": "#eee",
            "zeroline": False,
        },
        yaxis={
            "tickmode": "array",
            "tickvals": [t for t, _ in ticks],
            "ticktext": [n for _, n in ticks],
            "autorange": "reversed",
            "showgrid": False,
            "zeroline": False,
            "fixedrange": True,
            "automargin": True,
        },
    )
    return {"data": traces, "layout": layout}


#: WebGL span lines by status: (width in px, dash, opacity)
SPAN_LINES: dict[str, tuple[int, str, float]] = {
    "occurred": (7, "solid", 0.85),
    "planned": (3, "solid", 1.0),
    "proposed": (3, "dash", 0.6),
}


def _span_lines(
    start_ns: np.ndarray,
    end_ns: np.ndarray,
    y: np.ndarray,
    spans: np.ndarray,
    statuses: np.ndarray,
    colour: str,
    event_ids: np.ndarray,
    hover: np.ndarray,
    name: str,
) -> list[dict[str, object]]:
    """Spans as WebGL line segments, one trace per status: start→end, then a gap."""
    traces: list[dict[str, object]] = []
    for status in sorted(set(statuses[spans])):
        sel = spans & (statuses == status)
        k = int(sel.sum())
        xs = np.empty(3 * k, dtype=object)
        xs[0::3] = _ms(start_ns[sel])
        xs[1::3] = _ms(end_ns[sel] - np.timedelta64(1, "D"))
        xs[2::3] = None
        ys = np.repeat(y[sel], 3).astype(object)
        ys[2::3] = None
        ids = np.repeat(event_ids[sel], 3).astype(object)
        texts = np.repeat(hover[sel], 3).astype(object)
        width, dash, opacity = SPAN_LINES.get(status, SPAN_LINES["planned"])
        traces.append(
            {
                "type": "scattergl",
                "mode": "lines",
                "x": xs,
                "y": ys,
                "line": {"color": colour, "width": width, "dash": dash},
                "opacity": opacity,
                "customdata": ids,
                "hovertext": texts,
                "hovertemplate": HOVER,
                "name": name,
                "showlegend": False,
            }
        )
    return traces


def _ms(values: np.ndarray) -> np.ndarray:
    """Datetimes as milliseconds since the epoch (how plotly stores dates)."""
    out: np.ndarray = values.astype("datetime64[ms]").astype(np.int64).astype(float)
    return out


def _iso_ts(value: np.datetime64) -> str:
    return str(pd.Timestamp(value).strftime("%Y-%m-%dT%H:%M:%S"))


def overview_figure(frame: pd.DataFrame) -> go.Figure:
    """Events per year (of their first day), stacked by type; undated events are left out.

    >>> from timeline.table import events_frame
    >>> fig = overview_figure(events_frame([{"type": "signing", "date_start": "2022-10-25"}]))
    >>> [[int(x) for x in t.x] for t in fig.data]
    [[2022]]
    """
    return _figure(overview_spec(frame))


def overview_spec(frame: pd.DataFrame) -> FigureSpec:
    """``overview_figure`` as the plain dict that Dash sends to the browser."""
    first, _ = day_bounds(frame)
    known = ~np.isnat(first)
    if not known.any():
        return _empty_spec("No dated events to count.", height=170)
    # events per (year, type) by counting codes: a pandas groupby of 100,000 rows costs ~30 ms
    year_of = first[known].astype("datetime64[Y]").astype(np.int64) + 1970
    type_codes, kinds = pd.factorize(frame["type"].fillna("").to_numpy(dtype=object)[known])
    year_codes, years = pd.factorize(year_of, sort=True)
    counts = np.bincount(year_codes * len(kinds) + type_codes, minlength=len(years) * len(kinds)).reshape(
        len(years), len(kinds)
    )
    column = {str(k): i for i, k in enumerate(kinds)}
    present = [t for t in EVENT_TYPES if t in column] + sorted(set(column) - set(EVENT_TYPES))
    years = np.asarray(years, dtype=int)
    traces = [
        {
            "type": "bar",
            "x": years,
            "y": counts[:, column[kind]],
            "name": type_label(kind),
            "marker": {"color": TYPE_COLOURS.get(kind, FALLBACK_COLOUR)},
            "hovertemplate": "%{x}: %{y} " + type_label(kind) + "<extra></extra>",
            "showlegend": False,
        }
        for kind in present
    ]
    undated = len(frame) - int(known.sum())
    layout = {
        "template": _TEMPLATE_JSON,
        "height": 170,
        "barmode": "stack",
        "bargap": 0.15,
        "font": {"family": FONT, "size": 11},
        "margin": {"l": 10, "r": 10, "t": 28, "b": 24},
        "title": {
            "text": "Events per year"
            + (f" · {undated} without a date not counted" if undated else "")
            + " · click a year to show only it",
            "font": {"size": 12, "color": "#444"},
            "x": 0.01,
            "y": 0.97,
        },
        "xaxis": {"dtick": 1 if len(years) < 16 else None, "tickformat": "d", "showgrid": False, "fixedrange": True},
        "yaxis": {"showgrid": True, "gridcolor": "#eee", "fixedrange": True, "automargin": True},
    }
    return {"data": traces, "layout": layout}


def _figure(spec: FigureSpec) -> go.Figure:
    """A figure of a spec, unvalidated: the traces are built to plotly's schema (tests check it)."""
    return go.Figure(data=spec["data"], layout=spec["layout"], _validate=False)
