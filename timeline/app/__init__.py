"""The dashboard: ``create_app(events)`` builds a Dash app to explore an event table.

No I/O at import or in ``create_app`` beyond the frames it is given; the CLI
serves it with ``app.run(host="127.0.0.1", port=8050, debug=False)``.

>>> from timeline.table import events_frame
>>> create_app(events_frame([])).title
'timeline'
"""

from __future__ import annotations

from pathlib import Path

import dash
import pandas as pd

from timeline.app.callbacks import AppData, register
from timeline.app.filters import (
    EventLookup,
    facet,
    latest_date,
    list_index,
    prepare,
    status_counts,
    type_counts,
)
from timeline.app.layout import build_layout, events_grid, summarise
from timeline.table import ARTICLE_COLUMNS, EVENT_COLUMN_NAMES, MENTION_COLUMNS, events_frame

ASSETS = Path(__file__).parent / "assets"


def _empty(columns: tuple[object, ...]) -> pd.DataFrame:
    return pd.DataFrame({c.name: pd.Series([], dtype=c.dtype) for c in columns})  # type: ignore[attr-defined]


def create_app(
    events: pd.DataFrame,
    mentions: pd.DataFrame | None = None,
    articles: pd.DataFrame | None = None,
    *,
    title: str = "timeline",
) -> dash.Dash:
    """A Dash app showing ``events`` (an ``events_frame``), with their mentions and source articles.

    ``articles`` (ARTICLE_COLUMNS) gives each source its title, date and link
    in the details panel; ``mentions`` (MENTION_COLUMNS) lists every sentence
    reporting an event. Both are optional.
    """
    return build_app(app_data(events, mentions, articles), title=title)


def build_app(data: AppData, *, title: str = "timeline") -> dash.Dash:
    """The Dash app over tables already made into ``AppData`` (the benchmark times both halves)."""
    app = dash.Dash(
        __name__,
        title=title,
        assets_folder=str(ASSETS),
        update_title="",  # no "Updating..." flashing in the tab title
        serve_locally=True,
    )
    app.layout = build_layout(summarise(data.events, data.articles, data.latest), title)
    register(app, data)
    return app


def app_data(
    events: pd.DataFrame, mentions: pd.DataFrame | None = None, articles: pd.DataFrame | None = None
) -> AppData:
    """What the callbacks read: the tables, normalised, with lookups and search text built once."""
    if any(c not in events.columns for c in EVENT_COLUMN_NAMES):
        events = events_frame(events.to_dict("records"))  # fills missing columns with their empty values
    events = events.reset_index(drop=True)
    mentions = _empty(MENTION_COLUMNS) if mentions is None else mentions.reset_index(drop=True)
    articles = _empty(ARTICLE_COLUMNS) if articles is None else articles.reset_index(drop=True)
    prepared = prepare(events)
    return AppData(
        events=prepared,
        mentions=mentions,
        articles=articles,
        latest=latest_date(events, articles),
        types=tuple(t for t, n in type_counts(events).items() if n),
        statuses=tuple(s for s, n in status_counts(events).items() if n),
        by_id=EventLookup(prepared),
        articles_by_id=_articles_by_id(articles),
        events_grid=events_grid(prepared),
        lists={column: list_index(prepared[column]) for column in ("countries", "participants")},
        facets={column: facet(prepared[column]) for column in ("type", "status")},
    )


def _articles_by_id(articles: pd.DataFrame) -> dict[str, dict[str, object]]:
    """Articles by their id and by each alias (a duplicate read under another file name)."""
    out: dict[str, dict[str, object]] = {}
    for rec in articles.to_dict("records"):
        out[str(rec["source_id"])] = rec
        for alias in rec.get("aliases") or []:
            out.setdefault(str(alias), rec)
    return out


__all__ = ["app_data", "build_app", "create_app"]
