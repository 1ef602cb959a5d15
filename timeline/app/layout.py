"""The dashboard's page: header, filter sidebar, overview, timeline, tables and details panel.

Builds components only; what they show is filled in by ``callbacks``. Every
id comes from ``ids``. Untrusted text (titles, evidence, participants) only
ever goes into components as text children, never as HTML.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import dash_ag_grid as dag
import numpy as np
import pandas as pd
from dash import dcc, html
from dash.development.base_component import Component

from timeline.app import ids
from timeline.app.figures import FALLBACK_COLOUR, TYPE_COLOURS, date_label, format_day, parse_day, type_label
from timeline.app.filters import (
    commitments,
    is_commitment,
    selection_options,
    status_counts,
    type_counts,
    value_counts,
)
from timeline.app.grid import BLOCK_SIZE, GridTable
from timeline.table import EVENT_COLUMNS, LIST_COLUMNS

NO_SELECTION = "Click a mark on the timeline or a row of the table to see its evidence and sources."
EMPTY_TEXT = "No events match these filters."
EMPTY_HINT = "Press “Reset filters” (or remove some) to see more."

#: grid column widths by name; the rest get the default
_WIDTHS = {
    "event_id": 150,
    "date": 120,
    "title": 300,
    "evidence": 420,
    "participants": 220,
    "countries": 140,
    "sources": 200,
    "type": 130,
    "status": 105,
    "precision": 100,
    "confidence": 110,
}
_PINNED = {"date", "title"}

#: the columns the events grid shows, in ``EVENT_COLUMNS`` order: what a reader scans and sorts by.
#: The rest (day bounds, article ids and dates, links, counts) are in the details panel and the
#: downloads; leaving them out of the grid's rows halves what the browser has to parse and hold.
GRID_COLUMNS: tuple[str, ...] = (
    "event_id",
    "date",
    "precision",
    "type",
    "status",
    "title",
    "countries",
    "participants",
    "location",
    "evidence",
    "sources",
    "confidence",
)
#: evidence longer than this is cut (with "…") in the grid; the details panel and downloads hold it whole
GRID_TEXT_LIMIT = 160

COMMITMENT_COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("state", "State", 115),
    ("when", "When", 140),
    ("title", "Commitment", 320),
    ("status", "Status", 105),
    ("type", "Type", 140),
    ("fulfilled_by_text", "Fulfilled by", 300),
    ("event_id", "Event id", 150),
)


COMMITMENT_SOURCE = (
    "event_id",
    "state",
    "when",
    "title",
    "status",
    "type",
    "fulfilled_by",
    "fulfilled_by_title",
    "fulfilled_by_date",
)


@dataclass(frozen=True)
class Summary:
    """The header's numbers: events, articles, the span of their dates and the latest article."""

    events: int
    articles: int
    first: str
    last: str
    latest: str
    types: dict[str, int] = field(default_factory=dict)
    statuses: dict[str, int] = field(default_factory=dict)
    countries: list[tuple[str, int]] = field(default_factory=list)
    participants: list[tuple[str, int]] = field(default_factory=list)


def summarise(events: pd.DataFrame, articles: pd.DataFrame | None, latest: str) -> Summary:
    """Counts and spans of the whole (unfiltered) table."""
    starts = [d for d in events["date_start"].fillna("").astype(str) if d]
    ends = [d for d in events["date_end"].fillna("").astype(str) if d]
    if articles is not None and len(articles):
        n_articles = int(articles["source_id"].nunique())
    else:
        n_articles = len({s for sources in events["sources"] for s in sources} | set(events["source_id"]) - {""})
    types = {k: v for k, v in type_counts(events).items() if v}
    statuses = {k: v for k, v in status_counts(events).items() if v}
    return Summary(
        events=len(events),
        articles=n_articles,
        first=min(starts, default=""),
        last=max(ends + starts, default=""),
        latest=latest,
        types=types,
        statuses=statuses,
        countries=value_counts(events, "countries"),
        participants=value_counts(events, "participants"),
    )


def header_text(summary: Summary) -> str:
    """``12 events from 3 articles · 1 Jan 2016 – 31 Dec 2023 · latest article 26 Oct 2022``."""
    parts = [
        f"{summary.events} event{'s' if summary.events != 1 else ''} from "
        f"{summary.articles} article{'s' if summary.articles != 1 else ''}"
    ]
    first, last = parse_day(summary.first), parse_day(summary.last)
    if first and last:
        parts.append(f"{format_day(first)} – {format_day(last)}")
    latest = parse_day(summary.latest)
    if latest:
        parts.append(f"latest article {format_day(latest)}")
    return " · ".join(parts)


def grid_column_defs() -> list[dict[str, object]]:
    """One grid column per ``GRID_COLUMNS`` entry, with its registry help as the header tooltip."""
    defs: list[dict[str, object]] = []
    for col in EVENT_COLUMNS:
        if col.name not in GRID_COLUMNS:
            continue
        spec: dict[str, object] = {
            "field": col.name,
            "headerName": col.name.replace("_", " "),
            "headerTooltip": col.help,
            "width": _WIDTHS.get(col.name, 130),
        }
        # explicit data types: AG Grid would otherwise infer "date" from "2022-10-25" and blank
        # out the rows whose date is "2023" or "2022-Q1"
        if col.kind in ("float", "int"):
            spec["filter"] = "agNumberColumnFilter"
            spec["cellDataType"] = "number"
            spec["type"] = "numericColumn"
        else:
            spec["filter"] = "agTextColumnFilter"
            spec["cellDataType"] = "text"
        if col.name in ("title", "evidence"):
            spec["tooltipField"] = col.name
        if col.name in _PINNED:
            spec["pinned"] = "left"
        defs.append(spec)
    return defs


def clip(text: str, limit: int = GRID_TEXT_LIMIT) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, "…" marking the cut.

    >>> clip("The two sides signed the MoU of the 12th conference.", 20)
    'The two sides…'
    """
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:") + "…"


def grid_values(frame: pd.DataFrame, name: str) -> np.ndarray:
    """One grid column's values: lists joined with "; ", long evidence clipped, numbers as numbers,
    the rest as text (never HTML)."""
    values = frame[name].to_numpy(dtype=object)
    out = np.empty(len(values), dtype=object)
    if name in LIST_COLUMNS:
        out[:] = ["; ".join(map(str, v)) for v in values]
    elif name == "confidence":
        out[:] = [round(float(v), 3) for v in values]
    elif name == "mention_count":
        out[:] = [int(v) for v in values]
    elif name == "evidence":
        out[:] = [clip("" if v is None or v is pd.NA else str(v)) for v in values]
    else:
        out[:] = ["" if v is None or v is pd.NA else str(v) for v in values]
    return out


def grid_rows(frame: pd.DataFrame) -> list[dict[str, object]]:
    """Grid rows: the ``GRID_COLUMNS`` of each event, as ``grid_values`` shows them."""
    names = [c.name for c in EVENT_COLUMNS if c.name in GRID_COLUMNS and c.name in frame.columns]
    if not names or frame.empty:
        return []
    columns = [grid_values(frame, name) for name in names]
    return [dict(zip(names, row, strict=True)) for row in zip(*columns, strict=True)]


def events_grid(events: pd.DataFrame) -> GridTable:
    """The events grid's rows, served in blocks; dates sort by their days, not their labels."""
    names = [c.name for c in EVENT_COLUMNS if c.name in GRID_COLUMNS]
    return GridTable(
        events, names, grid_values, numeric=frozenset({"confidence"}), sort_by={"date": ("date_start", "date_end")}
    )


def commitments_grid(
    events: pd.DataFrame, latest: str, lookup: Mapping[str, Mapping[str, object]] | None = None
) -> GridTable:
    """The commitments grid's rows (of the whole table; the event filters select from them)."""
    found = is_commitment(events)
    table = commitments(events, latest, lookup)
    shown = pd.DataFrame(commitment_rows(table), columns=[f for f, _, _ in COMMITMENT_COLUMNS])
    shown["date_start"] = table["date_start"].to_numpy(dtype=object)
    shown["date_end"] = table["date_end"].to_numpy(dtype=object)
    return GridTable(
        shown,
        [f for f, _, _ in COMMITMENT_COLUMNS],
        sort_by={"when": ("date_start", "date_end")},
        rows_at=np.flatnonzero(found),
    )


def commitment_rows(frame: pd.DataFrame) -> list[dict[str, object]]:
    """Rows of the commitments grid from ``filters.commitments``."""
    rows: list[dict[str, object]] = []
    cols = [frame[c].to_numpy(dtype=object) for c in COMMITMENT_SOURCE]
    for event_id, state, when, title, status, kind, by, by_title, by_date in zip(*cols, strict=True):
        fulfilled = ""
        if by:
            by_when = date_label({"date": by_date}) if by_date else ""
            fulfilled = f"{by_title or by} ({by_when})" if by_when else str(by_title or by)
        rows.append(
            {
                "event_id": event_id,
                "state": state,
                "when": when,
                "title": title,
                "status": status,
                "type": type_label(str(kind)),
                "fulfilled_by_text": fulfilled,
            }
        )
    return rows


def _grid(grid_id: str, column_defs: Sequence[dict[str, object]], height: str) -> dag.AgGrid:
    """A grid on AG Grid's infinite row model: it asks the server for the block of rows it is about
    to show (``getRowsRequest``), sorted and filtered there, so that a table of 100,000 events never
    travels to the browser whole."""
    return dag.AgGrid(
        id=grid_id,
        columnDefs=list(column_defs),
        rowModelType="infinite",
        defaultColDef={"sortable": True, "resizable": True, "filter": True, "floatingFilter": True},
        dashGridOptions={
            "rowSelection": {"mode": "singleRow", "checkboxes": False, "enableClickSelection": True},
            "animateRows": False,
            "rowHeight": 32,
            "headerHeight": 34,
            "floatingFiltersHeight": 32,
            "tooltipShowDelay": 400,
            "localeText": {"noRowsToShow": EMPTY_TEXT},
            "enableCellTextSelection": True,
            "cacheBlockSize": BLOCK_SIZE,
            "maxBlocksInCache": 50,
            # dash-ag-grid answers one request at a time (a new request replaces the pending one),
            # so the grid must not ask for a second block before the first has come
            "maxConcurrentDatasourceRequests": 1,
        },
        getRowId="params.data.event_id",
        className="ag-theme-quartz tl-grid",
        style={"height": height, "width": "100%"},
    )


def _checklist(component_id: str, counts: dict[str, int]) -> dcc.Checklist:
    return dcc.Checklist(
        id=component_id,
        options=selection_options(counts),
        value=list(counts),
        className="tl-checklist",
        inputClassName="tl-check-input",
        labelClassName="tl-check-label",
    )


def _field(label: str, control: Component, hint: str = "") -> html.Div:
    children: list[Component] = [html.Label(label, className="tl-field-label"), control]
    if hint:
        children.append(html.Div(hint, className="tl-hint"))
    return html.Div(children, className="tl-field")


def _key(types: Sequence[str]) -> html.Div:
    """The key to the marks: colour says the type, fill the status, shape the precision."""
    swatches = [
        html.Span(
            [html.Span(className="tl-swatch", style={"background": TYPE_COLOURS.get(t, FALLBACK_COLOUR)}), type_label(t)],
            className="tl-key-item",
        )
        for t in types
    ]
    marks = [
        ("●", "occurred"),
        ("○", "planned"),
        ("◇", "proposed (faint; hatched bar)"),
        ("▬", "month, quarter, year or span"),
        ("▷", "date not yet set"),
    ]
    return html.Div(
        [
            html.Div(swatches, className="tl-key-row"),
            html.Div(
                [html.Span([html.Span(glyph, className="tl-glyph"), text], className="tl-key-item") for glyph, text in marks],
                className="tl-key-row tl-key-marks",
            ),
        ],
        className="tl-key",
    )


def build_layout(summary: Summary, title: str) -> html.Div:
    """The whole page for a table summarised by ``summary``."""
    country_options = [{"label": f"{c} ({n})", "value": c} for c, n in summary.countries]
    participant_options = [{"label": f"{p} ({n})", "value": p} for p, n in summary.participants]
    sidebar = html.Aside(
        [
            _field(
                "Search",
                dcc.Input(
                    id=ids.SEARCH_BOX,
                    type="search",
                    debounce=True,
                    placeholder="words in title, evidence, people, places…",
                    className="tl-input",
                    value="",
                ),
                "Enter to search; every word must appear.",
            ),
            _field(
                "Dates",
                dcc.DatePickerRange(
                    id=ids.DATE_RANGE,
                    display_format="YYYY-MM-DD",
                    clearable=True,
                    start_date_placeholder_text="from",
                    end_date_placeholder_text="to",
                    className="tl-date-range",
                ),
                "Events whose days overlap the range.",
            ),
            _field("Type", _checklist(ids.TYPE_FILTER, summary.types)),
            _field("Status", _checklist(ids.STATUS_FILTER, summary.statuses)),
            _field(
                "Countries",
                dcc.Dropdown(
                    id=ids.COUNTRY_FILTER,
                    options=country_options,
                    value=[],
                    multi=True,
                    placeholder="any country",
                ),
            ),
            _field(
                "Participants",
                dcc.Dropdown(
                    id=ids.PARTICIPANT_FILTER,
                    options=participant_options,
                    value=[],
                    multi=True,
                    searchable=True,
                    placeholder="any participant (type to search)",
                ),
            ),
            html.Button("Reset filters", id=ids.RESET_BUTTON, className="tl-button tl-reset", n_clicks=0),
        ],
        className="tl-sidebar",
    )
    timeline_card = html.Section(
        [
            html.Div(
                [
                    html.H2("Timeline", className="tl-card-title"),
                    dcc.RadioItems(
                        id=ids.LANE_SWITCH,
                        options=[
                            {"label": "lanes by type", "value": "type"},
                            {"label": "lanes by country pair", "value": "pair"},
                        ],
                        value="type",
                        inline=True,
                        className="tl-lane-switch",
                    ),
                ],
                className="tl-card-head",
            ),
            _key(list(summary.types)),
            html.Div(
                [html.Strong(EMPTY_TEXT), " ", EMPTY_HINT],
                id=ids.EMPTY_MESSAGE,
                className="tl-empty",
                style={"display": "none"},
            ),
            dcc.Graph(
                id=ids.TIMELINE_GRAPH,
                config={"displaylogo": False, "scrollZoom": True, "modeBarButtonsToRemove": ["select2d", "lasso2d"]},
                className="tl-timeline",
            ),
        ],
        className="tl-card",
    )
    tables = html.Section(
        dcc.Tabs(
            id=ids.VIEW_TABS,
            value="events",
            children=[
                dcc.Tab(
                    label="Events",
                    value="events",
                    children=[
                        html.Div(id=ids.GRID_COUNT, className="tl-hint tl-grid-count", role="status"),
                        _grid(ids.EVENTS_TABLE, grid_column_defs(), "420px"),
                    ],
                ),
                dcc.Tab(
                    label="Commitments: planned and proposed",
                    value="commitments",
                    children=[
                        html.P(
                            "Planned and proposed events: fulfilled (a later event fulfils it), "
                            "outstanding, or overdue (its last possible day is before the latest article).",
                            className="tl-hint",
                        ),
                        _grid(
                            ids.COMMITMENTS_TABLE,
                            [
                                {"field": f, "headerName": h, "width": w, "cellDataType": "text"}
                                | ({"pinned": "left"} if f == "state" else {})
                                for f, h, w in COMMITMENT_COLUMNS
                            ],
                            "380px",
                        ),
                    ],
                ),
            ],
        ),
        className="tl-card tl-tables",
    )
    details = html.Aside(
        [
            html.H2("Event details", className="tl-card-title"),
            html.Div(html.P(NO_SELECTION, className="tl-hint"), id=ids.EVENT_DETAILS),
        ],
        className="tl-card tl-details",
    )
    return html.Div(
        [
            dcc.Location(id=ids.URL, refresh="callback-nav"),
            dcc.Store(id=ids.SELECTED_EVENT, data=""),
            dcc.Download(id=ids.DOWNLOAD_CSV_FILE),
            dcc.Download(id=ids.DOWNLOAD_XLSX_FILE),
            dcc.Download(id=ids.DOWNLOAD_JSON_FILE),
            dcc.Download(id=ids.DOWNLOAD_MENTIONS_FILE),
            html.Header(
                [
                    html.Div(
                        [html.H1(title, className="tl-title"), html.Div(header_text(summary), id=ids.HEADER_COUNTS)],
                        className="tl-header-text",
                    ),
                    html.Div(
                        [
                            html.Span("Download filtered events:", className="tl-download-label"),
                            html.Button("CSV", id=ids.DOWNLOAD_CSV, className="tl-button", n_clicks=0),
                            html.Button("Excel", id=ids.DOWNLOAD_XLSX, className="tl-button", n_clicks=0),
                            html.Button("JSON", id=ids.DOWNLOAD_JSON, className="tl-button", n_clicks=0),
                            html.Button(
                                "Mentions",
                                id=ids.DOWNLOAD_MENTIONS,
                                className="tl-button",
                                n_clicks=0,
                                title="Every sentence reporting the filtered events (CSV)",
                            ),
                        ],
                        className="tl-downloads",
                    ),
                ],
                className="tl-header",
            ),
            html.Div(
                [
                    sidebar,
                    html.Main(
                        [
                            html.Div(id=ids.ERROR_MESSAGE, className="tl-error", role="alert"),
                            html.Div(id=ids.RESULT_SUMMARY, className="tl-result"),
                            html.Section(
                                dcc.Graph(
                                    id=ids.OVERVIEW_GRAPH,
                                    config={"displayModeBar": False},
                                    className="tl-overview",
                                ),
                                className="tl-card tl-overview-card",
                            ),
                            timeline_card,
                            tables,
                        ],
                        className="tl-main",
                    ),
                    details,
                ],
                className="tl-body",
            ),
        ],
        className="tl-app",
    )
