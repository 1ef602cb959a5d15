"""The dashboard's callbacks: thin shells that parse inputs, call the pure helpers, format answers.

Registered per app with ``app.callback`` (never the global decorator) so
tests can build many apps. The URL query string is the single source of
truth for the filters: one callback keeps the controls and the URL in step
(both directions live in one callback, as Dash forbids cycles between
callbacks) and every view is drawn from the URL. The grids hold no rows of
their own: AG Grid's infinite row model asks for the block it is about to show
and a callback answers from the filtered table (``grid``); a filter change
empties their blocks in the browser, so they ask again. Any failure is logged
and shown as a sentence; users never see a traceback.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any

import dash
import numpy as np
import pandas as pd
from dash import ALL, Input, Output, State, ctx, html, no_update
from dash.dcc.express import send_bytes

from timeline.app import ids
from timeline.app.figures import (
    FIGURE_COLUMNS,
    GROUP_PREFIX,
    date_label,
    group_days,
    overview_spec,
    timeline_spec,
    type_label,
)
from timeline.app.filters import (
    Facet,
    Filters,
    ListIndex,
    combine,
    masks,
    public,
    selection_options,
)
from timeline.app.grid import BLOCK_SIZE, GridTable
from timeline.app.layout import EMPTY_HINT, EMPTY_TEXT, NO_SELECTION, commitments_grid
from timeline.table import EVENT_COLUMN_NAMES, EVENT_COLUMNS, MENTION_COLUMN_NAMES

log = logging.getLogger(__name__)

#: remembers, per grid, the filters (URL query) its last request for rows was answered with
RECORD_GRID_SEARCH_JS = """
function (request, search) {
    (window.tlGridSearch = window.tlGridSearch || {})[GRID_ID] = search;
}
"""
#: empties the blocks of the grids named GRID_IDS and scrolls them to the top, so that they ask
#: the server again for what they show, when the filters changed since they last asked; a grid
#: that has not asked yet will ask with the filters of now, and one not on the page (its tab is
#: closed) is skipped. The URL's first value, set when the page loads, so purges nothing.
PURGE_GRIDS_JS = """
function (search) {
    const asked = window.tlGridSearch || {};
    for (const id of GRID_IDS) {
        if (asked[id] === undefined || asked[id] === search) { continue; }
        let api = null;
        try { api = window.dash_ag_grid.getApi(id); } catch (e) { continue; }
        if (!api || api.isDestroyed()) { continue; }
        if (api.getDisplayedRowCount() > 0) { api.ensureIndexVisible(0, "top"); }
        api.purgeInfiniteCache();
    }
}
"""

#: how many mentions the details panel lists before saying "and N more"
MAX_MENTIONS_SHOWN = 12
_HTTP = re.compile(r"^https?://", re.IGNORECASE)


@dataclass(frozen=True)
class AppData:
    """Everything the callbacks read: the tables given to ``create_app`` and lookups built once."""

    events: pd.DataFrame  # prepared: has the hidden search column
    mentions: pd.DataFrame
    articles: pd.DataFrame
    latest: str
    types: tuple[str, ...]  # the types the checklist offers
    statuses: tuple[str, ...]
    by_id: Mapping[str, dict[str, Any]]
    articles_by_id: dict[str, dict[str, Any]]
    events_grid: GridTable  # the events grid's rows, served a block at a time
    lists: dict[str, ListIndex]  # which events name each country and each participant
    facets: dict[str, Facet]  # each event's type and status as a code, for counting

    def facet_counts(self, column: str, mask: np.ndarray) -> dict[str, int]:
        """Events per value of ``column`` (type or status) among those ``mask`` selects."""
        codes, names = self.facets[column]
        counts = np.bincount(codes[mask], minlength=len(names))
        return {name: int(n) for name, n in zip(names, counts, strict=True)}

    @cached_property
    def commitments_grid(self) -> GridTable:
        """The commitments grid's rows, made when the commitments tab first asks for them."""
        return commitments_grid(self.events, self.latest, self.by_id)


def filtered(data: AppData, search: str | None) -> tuple[Filters, pd.DataFrame]:
    """The filters of a URL query string and the events passing them (what the downloads hold)."""
    filters, parts, mask = _selection(data, search)
    return filters, data.events[mask] if parts else data.events


def _selection(data: AppData, search: str | None) -> tuple[Filters, dict[str, np.ndarray], np.ndarray]:
    filters = Filters.from_query(search)
    parts = masks(data.events, filters, data.lists)
    return filters, parts, combine(data.events, parts)


def view_figures(data: AppData, search: str | None, lane: str | None) -> dict[str, Any]:
    """What the page shows first after a filter change: the figures and the counts beside each box."""
    filters, parts, mask = _selection(data, search)
    # only the columns the figures read: selecting every column of 100,000 rows costs ~30 ms
    shown = data.events[[c for c in FIGURE_COLUMNS if c in data.events.columns]]
    rows = shown[mask] if parts else shown
    # counts beside each box: what ticking it would show, given the other filters
    tcounts = data.facet_counts("type", combine(data.events, parts, without="type"))
    scounts = data.facet_counts("status", combine(data.events, parts, without="status"))
    return {
        "filters": filters,
        "rows": rows,
        "timeline": timeline_spec(rows, lane=lane or "type", latest=data.latest or None),
        "overview": overview_spec(rows),
        "type_options": selection_options({t: tcounts.get(t, 0) for t in data.types}),
        "status_options": selection_options({s: scounts.get(s, 0) for s in data.statuses}),
    }


def grid_block(data: AppData, grid: GridTable, search: str | None, request: Mapping[str, Any]) -> dict[str, Any]:
    """The block of a grid's rows that its ``getRowsRequest`` asks for, of the events passing the
    URL's filters, sorted and filtered by the grid's own models (``getRowsResponse``)."""
    filters = Filters.from_query(search)

    def selected() -> np.ndarray:
        return combine(data.events, masks(data.events, filters, data.lists))

    return grid.block(request, selected, key=filters)


#: what the events grid asks for first: its first block, in table order
FIRST_BLOCK: dict[str, Any] = {"startRow": 0, "endRow": BLOCK_SIZE, "sortModel": [], "filterModel": {}}


def _clicked_year(click: dict[str, Any] | None) -> int | None:
    """The year of a click on the overview's bars, or None."""
    try:
        year = int(float((click or {}).get("points", [{}])[0].get("x")))
    except (TypeError, ValueError, IndexError):
        return None
    return year if 1 <= year <= 9999 else None


def _clicked_id(click: dict[str, Any] | None) -> str:
    """The ``customdata`` (event_id, or a group's ``group:…``) of a click on the timeline, or ""."""
    points = (click or {}).get("points") or [{}]
    custom = points[0].get("customdata")
    if isinstance(custom, list):  # older figures carried [event_id, ...]
        custom = custom[0] if custom else None
    return str(custom) if custom else ""


def _controls(filters: Filters, data: AppData) -> list[Any]:
    """Control values showing ``filters`` (types/status/countries/participants/from/to/text)."""
    return [
        list(data.types) if filters.types is None else list(filters.types),
        list(data.statuses) if filters.statuses is None else list(filters.statuses),
        list(filters.countries),
        list(filters.participants),
        filters.date_from or None,
        filters.date_to or None,
        filters.text,
    ]


def _highlight(text: str, phrase: str) -> list[Any]:
    """``text`` with the first occurrence of ``phrase`` wrapped in ``html.Mark`` (all as text)."""
    if phrase:
        at = text.lower().find(phrase.lower())
        if at >= 0:
            return [text[:at], html.Mark(text[at : at + len(phrase)], className="tl-date-phrase"), text[at + len(phrase) :]]
    return [text]


def _source_item(source_id: str, data: AppData) -> html.Li:
    article = data.articles_by_id.get(source_id, {})
    title = str(article.get("title") or source_id)
    url = str(article.get("url") or "")
    day = str(article.get("source_date") or "")
    name: Any = (
        html.A(title, href=url, target="_blank", rel="noopener noreferrer nofollow") if _HTTP.match(url) else html.Span(title)
    )
    meta = " · ".join(p for p in (date_label({"date": day}) if day else "", source_id if title != source_id else "") if p)
    return html.Li([name, html.Span(f" — {meta}" if meta else "", className="tl-meta")])


def _event_link(event_id: str, data: AppData) -> Any:
    other = data.by_id.get(event_id)
    if other is None:
        return html.Span(f"{event_id} (not in this table)")
    return html.Button(
        f"{other['title']} · {date_label(other)}",
        id={"type": ids.EVENT_LINK, "event": event_id},
        className="tl-link-button",
        n_clicks=0,
    )


def details(data: AppData, event_id: str) -> list[Any]:
    """The details panel of one event: what, when, who, the evidence and every source."""
    event = data.by_id.get(event_id)
    if event is None:
        return [html.P(NO_SELECTION, className="tl-hint")]
    conf = float(event.get("confidence") or 0.0)
    facts: list[tuple[str, Any]] = [
        ("When", f"{date_label(event)} (precision: {event['precision'] or 'unknown'})"),
        ("Type", type_label(str(event["type"]))),
        ("Status", str(event["status"])),
        ("Confidence", f"{conf:.0%}"),
        ("Countries", "; ".join(event["countries"]) or "—"),
        ("Participants", "; ".join(event["participants"]) or "—"),
        ("Location", str(event["location"] or "—")),
        ("Event id", str(event["event_id"])),
    ]
    if event.get("fulfils"):
        facts.append(("Fulfils", _event_link(str(event["fulfils"]), data)))
    if event.get("fulfilled_by"):
        facts.append(("Fulfilled by", _event_link(str(event["fulfilled_by"]), data)))
    sources = list(dict.fromkeys([*event["sources"], event["source_id"]] if event["source_id"] else event["sources"]))
    children: list[Any] = [
        html.H3(str(event["title"]), className="tl-details-title"),
        html.Div(
            [
                html.Span(type_label(str(event["type"])), className=f"tl-badge tl-type-{event['type']}"),
                html.Span(str(event["status"]), className=f"tl-badge tl-status-{event['status']}"),
                html.Span(date_label(event), className="tl-badge tl-date-badge"),
            ],
            className="tl-badges",
        ),
        html.Dl([item for k, v in facts for item in (html.Dt(k), html.Dd(v))], className="tl-facts"),
        html.H4("Evidence"),
        html.Blockquote(_highlight(str(event["evidence"]), str(event.get("date_phrase") or "")), className="tl-evidence"),
        html.H4(f"Sources ({len(sources)})"),
        html.Ul([_source_item(s, data) for s in sources], className="tl-sources"),
    ]
    if len(data.mentions) and "event_id" in data.mentions.columns:
        mine = data.mentions[data.mentions["event_id"] == event_id]
        if len(mine):
            items = [
                html.Li(
                    [
                        html.Span(_highlight(str(m["sentence"]), str(m.get("date_phrase") or ""))),
                        html.Span(f" — {m['source_id']}", className="tl-meta"),
                    ]
                )
                for m in mine.head(MAX_MENTIONS_SHOWN).to_dict("records")
            ]
            if len(mine) > MAX_MENTIONS_SHOWN:
                items.append(html.Li(f"and {len(mine) - MAX_MENTIONS_SHOWN} more", className="tl-meta"))
            children += [html.H4(f"Mentions ({len(mine)})"), html.Ul(items, className="tl-mentions")]
    return children


def download_name(kind: str, latest: str, ext: str) -> str:
    """``timeline-events-2022-10-26.csv``: named after the data's latest article, never the clock."""
    return f"timeline-{kind}-{latest or 'undated'}.{ext}"


def _to_bytes(frame: pd.DataFrame, fmt: str) -> bytes:
    from timeline.export import to_bytes  # written alongside the dashboard; imported when first used

    return to_bytes(frame, fmt)


def register(app: dash.Dash, data: AppData) -> None:
    """Attach every callback of the dashboard to ``app``."""

    @app.callback(
        Output(ids.URL, "search"),
        Output(ids.TYPE_FILTER, "value"),
        Output(ids.STATUS_FILTER, "value"),
        Output(ids.COUNTRY_FILTER, "value"),
        Output(ids.PARTICIPANT_FILTER, "value"),
        Output(ids.DATE_RANGE, "start_date"),
        Output(ids.DATE_RANGE, "end_date"),
        Output(ids.SEARCH_BOX, "value"),
        Input(ids.URL, "search"),
        Input(ids.TYPE_FILTER, "value"),
        Input(ids.STATUS_FILTER, "value"),
        Input(ids.COUNTRY_FILTER, "value"),
        Input(ids.PARTICIPANT_FILTER, "value"),
        Input(ids.DATE_RANGE, "start_date"),
        Input(ids.DATE_RANGE, "end_date"),
        Input(ids.SEARCH_BOX, "value"),
        Input(ids.RESET_BUTTON, "n_clicks"),
        Input(ids.OVERVIEW_GRAPH, "clickData"),
        Input(ids.TIMELINE_GRAPH, "clickData"),
    )
    def sync_filters(
        search: str | None,
        types: list[str] | None,
        statuses: list[str] | None,
        countries: list[str] | None,
        participants: list[str] | None,
        date_from: str | None,
        date_to: str | None,
        text: str | None,
        _reset: int | None,
        year_click: dict[str, Any] | None,
        mark_click: dict[str, Any] | None,
    ) -> list[Any]:
        """URL → controls on load and history moves; controls → URL on every change; reset → both;
        a click on a year of the overview, or on a group of events on the timeline, narrows the
        dates to its days."""
        keep = [no_update] * 7
        try:
            trigger = ctx.triggered_id
            if trigger == ids.RESET_BUTTON:
                return ["", *_controls(Filters(), data)]
            if trigger == ids.OVERVIEW_GRAPH:
                year = _clicked_year(year_click)
                if year is None:
                    return [no_update, *keep]
                narrowed = replace(Filters.from_query(search), date_from=f"{year}-01-01", date_to=f"{year}-12-31")
                return [narrowed.to_query(), *_controls(narrowed, data)]
            if trigger == ids.TIMELINE_GRAPH:
                days = group_days(_clicked_id(mark_click))
                if days is None:  # a single event: ``select`` shows it
                    return [no_update, *keep]
                narrowed = replace(Filters.from_query(search), date_from=days[0], date_to=days[1])
                return [narrowed.to_query(), *_controls(narrowed, data)]
            if trigger is None or trigger == ids.URL:
                return [no_update, *_controls(Filters.from_query(search), data)]
            current = Filters.from_controls(
                types=types,
                statuses=statuses,
                countries=countries,
                participants=participants,
                date_from=date_from,
                date_to=date_to,
                text=text,
                all_types=data.types,
                all_statuses=data.statuses,
            )
            query = current.to_query()
            return [no_update if query == (search or "") else query, *keep]
        except Exception:
            log.exception("could not read the filters")
            return [no_update, *keep]

    @app.callback(
        Output(ids.TIMELINE_GRAPH, "figure"),
        Output(ids.OVERVIEW_GRAPH, "figure"),
        Output(ids.RESULT_SUMMARY, "children"),
        Output(ids.EMPTY_MESSAGE, "style"),
        Output(ids.TYPE_FILTER, "options"),
        Output(ids.STATUS_FILTER, "options"),
        Output(ids.ERROR_MESSAGE, "children"),
        Input(ids.URL, "search"),
        Input(ids.LANE_SWITCH, "value"),
    )
    def render(search: str | None, lane: str | None) -> list[Any]:
        """The figures and counts of the filtered events."""
        try:
            out = view_figures(data, search, lane)
        except Exception as exc:
            log.exception("could not draw the filtered events")
            return [no_update] * 6 + [_failure("show these events", exc)]
        filters: Filters = out["filters"]
        n = len(out["rows"])
        summary: list[Any] = [html.Strong(f"{n} of {len(data.events)} events")]
        summary.append(f" match: {filters.describe()}" if filters.active else " — no filters applied")
        empty_style = {"display": "block"} if n == 0 else {"display": "none"}
        return [
            out["timeline"],
            out["overview"],
            summary,
            empty_style,
            out["type_options"],
            out["status_options"],
            "",
        ]

    # a filter change empties the grids' blocks (from the top): they ask again for what they show
    grids = [ids.EVENTS_TABLE, ids.COMMITMENTS_TABLE]
    app.clientside_callback(  # type: ignore[no-untyped-call]
        PURGE_GRIDS_JS.replace("GRID_IDS", json.dumps(grids)),
        Input(ids.URL, "search"),
        prevent_initial_call=True,
    )
    for grid in grids:
        app.clientside_callback(  # type: ignore[no-untyped-call]
            RECORD_GRID_SEARCH_JS.replace("GRID_ID", json.dumps(grid)),
            Input(grid, "getRowsRequest"),
            State(ids.URL, "search"),
            prevent_initial_call=True,
        )

    @app.callback(
        Output(ids.EVENTS_TABLE, "getRowsResponse"),
        Output(ids.GRID_COUNT, "children"),
        Output(ids.ERROR_MESSAGE, "children", allow_duplicate=True),
        Input(ids.EVENTS_TABLE, "getRowsRequest"),
        State(ids.URL, "search"),
        prevent_initial_call=True,
    )
    def events_block(request: dict[str, Any] | None, search: str | None) -> list[Any]:
        """The block of the events grid it asks for, and how many rows it holds."""
        if not request:
            return [no_update, no_update, no_update]
        try:
            out = grid_block(data, data.events_grid, search, request)
        except Exception as exc:
            log.exception("could not list the filtered events")
            return [{"rowData": [], "rowCount": 0}, "", _failure("list these events", exc)]
        return [out, grid_count(out["rowCount"], request), no_update]

    @app.callback(
        Output(ids.COMMITMENTS_TABLE, "getRowsResponse"),
        Output(ids.ERROR_MESSAGE, "children", allow_duplicate=True),
        Input(ids.COMMITMENTS_TABLE, "getRowsRequest"),
        State(ids.URL, "search"),
        prevent_initial_call=True,
    )
    def commitments_block(request: dict[str, Any] | None, search: str | None) -> list[Any]:
        """The block of the commitments grid it asks for."""
        if not request:
            return [no_update, no_update]
        try:
            return [grid_block(data, data.commitments_grid, search, request), no_update]
        except Exception as exc:
            log.exception("could not list the commitments")
            return [{"rowData": [], "rowCount": 0}, _failure("list the commitments", exc)]

    @app.callback(
        Output(ids.SELECTED_EVENT, "data"),
        Input(ids.TIMELINE_GRAPH, "clickData"),
        Input(ids.EVENTS_TABLE, "selectedRows"),
        Input(ids.COMMITMENTS_TABLE, "selectedRows"),
        Input({"type": ids.EVENT_LINK, "event": ALL}, "n_clicks"),
        prevent_initial_call=True,
    )
    def select(
        click: dict[str, Any] | None,
        rows: list[dict[str, Any]] | None,
        commitment_rows_: list[dict[str, Any]] | None,
        _links: list[int | None],
    ) -> Any:
        """The event the user last pointed at, by any of the four ways to point."""
        try:
            trigger = ctx.triggered_id
            if trigger == ids.TIMELINE_GRAPH:
                event_id = _clicked_id(click)
                if event_id and not event_id.startswith(GROUP_PREFIX):  # a group narrows the dates instead
                    return event_id
            elif trigger == ids.EVENTS_TABLE and rows:
                return str(rows[0].get("event_id", ""))
            elif trigger == ids.COMMITMENTS_TABLE and commitment_rows_:
                return str(commitment_rows_[0].get("event_id", ""))
            elif isinstance(trigger, dict) and ctx.triggered and ctx.triggered[0].get("value"):
                return str(trigger.get("event", ""))
        except Exception:
            log.exception("could not read the selection")
        return no_update

    @app.callback(Output(ids.EVENT_DETAILS, "children"), Input(ids.SELECTED_EVENT, "data"))
    def show_details(event_id: str | None) -> list[Any]:
        try:
            return details(data, event_id or "")
        except Exception as exc:
            log.exception("could not show event %s", event_id)
            return [_failure("show this event", exc)]

    def _download(kind: str, fmt: str, ext: str, search: str | None) -> Any:
        _, rows = filtered(data, search)
        if kind == "mentions":
            wanted = set(rows["event_id"])
            if len(data.mentions) and "event_id" in data.mentions.columns:
                frame = data.mentions[data.mentions["event_id"].isin(wanted)]
            else:
                frame = pd.DataFrame(columns=list(MENTION_COLUMN_NAMES))
        else:  # back to the registry's dtypes (the prepared table holds plain object strings)
            frame = public(rows)[list(EVENT_COLUMN_NAMES)].astype({c.name: c.dtype for c in EVENT_COLUMNS})
        payload = _to_bytes(frame.reset_index(drop=True), fmt)
        return send_bytes(payload, download_name(kind, data.latest, ext))  # type: ignore[no-untyped-call]

    for button, target, kind, fmt, ext in (
        (ids.DOWNLOAD_CSV, ids.DOWNLOAD_CSV_FILE, "events", "csv", "csv"),
        (ids.DOWNLOAD_XLSX, ids.DOWNLOAD_XLSX_FILE, "events", "xlsx", "xlsx"),
        (ids.DOWNLOAD_JSON, ids.DOWNLOAD_JSON_FILE, "events", "json", "json"),
        (ids.DOWNLOAD_MENTIONS, ids.DOWNLOAD_MENTIONS_FILE, "mentions", "csv", "csv"),
    ):
        _register_download(app, button, target, kind, fmt, ext, _download)


def _register_download(app: dash.Dash, button: str, target: str, kind: str, fmt: str, ext: str, make: Any) -> None:
    @app.callback(
        Output(target, "data"),
        Output(ids.ERROR_MESSAGE, "children", allow_duplicate=True),
        Input(button, "n_clicks"),
        State(ids.URL, "search"),
        prevent_initial_call=True,
    )
    def download(n_clicks: int | None, search: str | None) -> list[Any]:
        if not n_clicks:
            return [no_update, no_update]
        try:
            return [make(kind, fmt, ext, search), ""]
        except Exception as exc:
            log.exception("could not export %s as %s", kind, fmt)
            return [no_update, _failure(f"export the {kind} as {fmt.upper()}", exc)]


def grid_count(n: int, request: Mapping[str, Any]) -> str:
    """The line above the events grid: how many rows it holds, and whether its own filters narrow them.

    >>> grid_count(1234, {"filterModel": {"title": {"type": "contains", "filter": "mou"}}})
    '1,234 rows in the table, narrowed by its column filters'
    """
    narrowed = ", narrowed by its column filters" if request.get("filterModel") else ""
    return f"{n:,} row{'' if n == 1 else 's'} in the table{narrowed}"


def _failure(what: str, exc: BaseException) -> html.Div:
    """A failure in words: what could not be done and the error's kind, never a traceback."""
    reason = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
    return html.Div(
        [html.Strong(f"Sorry, the dashboard could not {what}. "), f"({reason}) Try “Reset filters” or reload the page."],
        className="tl-error-box",
    )


__all__ = [
    "EMPTY_HINT",
    "EMPTY_TEXT",
    "AppData",
    "details",
    "download_name",
    "filtered",
    "grid_block",
    "grid_count",
    "register",
    "view_figures",
]
