"""The column registry and the one place where pandas meets the records.

``EVENT_COLUMNS`` drives the DataFrame's order and dtypes, validation, the
export order, the README column table and the dashboard grid. The first
columns are the contract of EVENTS.md; the ones after it are ours.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

import pandas as pd

from timeline.errors import UsageError
from timeline.models import EVENT_TYPES, PRECISIONS, STATUSES, Article, Event, Mention


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a table: its name, kind and a line of help for people."""

    name: str
    kind: str  # "str", "date", "list", "float", "int"
    help: str

    @property
    def dtype(self) -> str:
        return {"str": "string", "date": "string", "list": "object", "float": "float64", "int": "int64"}[self.kind]


EVENT_COLUMNS: tuple[Column, ...] = (
    Column("event_id", "str", "Stable id: the same inputs give the same id on every run and machine."),
    Column("date", "str", "ISO 8601 at the event's precision (2022-10-25, 2022-10, 2022, 2022-Q1, 2020-11-20/2020-11-21); empty when unknown."),
    Column("date_start", "date", "First calendar day the date can mean; for an open future, the day after the article's date."),
    Column("date_end", "date", "Last calendar day the date can mean; empty for an open future."),
    Column("precision", "str", "day, month, quarter, year, range or unknown."),
    Column("type", "str", "conference, meeting, visit, signing, planned_agreement, joint_activity, project or other."),
    Column("status", "str", "occurred (reported as done), planned (agreed or expected) or proposed (suggested by one side)."),
    Column("title", "str", "A short label for the timeline."),
    Column("countries", "list", "The countries taking part, as names."),
    Column("participants", "list", "People and organisations named as taking part, titles dropped."),
    Column("location", "str", "Where it took place or will, when stated."),
    Column("evidence", "str", "The sentence(s) of the article that state the event, verbatim."),
    Column("source_id", "str", "The article the evidence comes from (its file name or id)."),
    Column("source_date", "date", "That article's publication date."),
    Column("sources", "list", "Every article that reports this event, after merging duplicates."),
    Column("confidence", "float", "0-1, how sure the parser is."),
    Column("date_phrase", "str", "The words of the evidence the date was resolved from."),
    Column("fulfils", "str", "For a signing: the event_id of the planned agreement it fulfils."),
    Column("fulfilled_by", "str", "For a planned agreement: the event_id of the later event that fulfils it."),
    Column("mention_count", "int", "How many sentences, across all sources, report this event."),
)

MENTION_COLUMNS: tuple[Column, ...] = (
    Column("event_id", "str", "The event this mention was merged into."),
    Column("source_id", "str", "The article of the mention."),
    Column("source_date", "date", "That article's publication date."),
    Column("start", "int", "Character offset of the sentence in the article's text."),
    Column("end", "int", "Character offset just past the sentence."),
    Column("sentence", "str", "The sentence, verbatim."),
    Column("date_phrase", "str", "The date expression the mention's date was resolved from."),
    Column("date", "str", "The date this mention alone gives."),
    Column("precision", "str", "That date's precision."),
    Column("type", "str", "The type this mention alone gives."),
    Column("status", "str", "The status this mention alone gives."),
    Column("title", "str", "The title this mention alone gives."),
)

ARTICLE_COLUMNS: tuple[Column, ...] = (
    Column("source_id", "str", "The article's id (its file name, or the id of a dump record)."),
    Column("source_date", "date", "Its publication date, when known."),
    Column("title", "str", "Its title."),
    Column("url", "str", "Where it was published, when known."),
    Column("path", "str", "The file it was read from."),
    Column("aliases", "list", "Other names of the same text (duplicates read from several files)."),
)

EVENT_COLUMN_NAMES: tuple[str, ...] = tuple(c.name for c in EVENT_COLUMNS)
MENTION_COLUMN_NAMES: tuple[str, ...] = tuple(c.name for c in MENTION_COLUMNS)
LIST_COLUMNS: frozenset[str] = frozenset(c.name for c in EVENT_COLUMNS if c.kind == "list")


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def event_record(event: Event) -> dict[str, object]:
    """The row of one event, keyed by ``EVENT_COLUMNS`` names, lists as Python lists."""
    return {
        "event_id": event.event_id,
        "date": event.when.value,
        "date_start": _iso(event.when.start),
        "date_end": _iso(event.when.end),
        "precision": "range" if event.when.precision == "week" else event.when.precision,
        "type": event.type,
        "status": event.status,
        "title": event.title,
        "countries": list(event.countries),
        "participants": list(event.participants),
        "location": event.location,
        "evidence": event.evidence,
        "source_id": event.source_id,
        "source_date": _iso(event.source_date),
        "sources": list(event.sources),
        "confidence": round(float(event.confidence), 3),
        "date_phrase": event.date_phrase,
        "fulfils": event.fulfils,
        "fulfilled_by": event.fulfilled_by,
        "mention_count": len(event.mentions) or 1,
    }


def mention_records(events: Iterable[Event]) -> list[dict[str, object]]:
    """One row per (event, article, sentence), in event order then text order."""
    rows: list[dict[str, object]] = []
    for event in events:
        for m in sorted(event.mentions, key=_mention_order):
            rows.append(
                {
                    "event_id": event.event_id,
                    "source_id": m.article_id,
                    "source_date": _iso(m.source_date),
                    "start": m.start,
                    "end": m.end,
                    "sentence": m.sentence,
                    "date_phrase": m.date_phrase,
                    "date": m.when.value,
                    "precision": m.when.precision,
                    "type": m.type,
                    "status": m.status,
                    "title": m.title,
                }
            )
    return rows


def _mention_order(m: Mention) -> tuple[str, int, int]:
    return (m.article_id, m.start, m.end)


def events_frame(events: Iterable[Event] | Iterable[dict[str, object]]) -> pd.DataFrame:
    """The event table as a DataFrame with the registry's columns, order and dtypes.

    Accepts ``Event`` records or row dicts (as read back from a file).

    >>> events_frame([]).columns.tolist()[:3]
    ['event_id', 'date', 'date_start']
    """
    rows = (event_record(e) if isinstance(e, Event) else dict(e) for e in events)
    return _frame_in_chunks(rows, EVENT_COLUMNS)


def mentions_frame(events: Iterable[Event]) -> pd.DataFrame:
    """The mentions table: one row per (event, article, sentence)."""
    return _frame_in_chunks((row for e in events for row in mention_records([e])), MENTION_COLUMNS)


#: rows turned into a frame at a time: a million row dicts at once would cost gigabytes
FRAME_CHUNK_ROWS = 20_000


def _frame_in_chunks(rows: Iterable[dict[str, object]], columns: Sequence[Column]) -> pd.DataFrame:
    it = iter(rows)
    parts = []
    while chunk := list(itertools.islice(it, FRAME_CHUNK_ROWS)):
        parts.append(records_frame(chunk, columns))
    if len(parts) <= 1:
        return parts[0] if parts else records_frame([], columns)
    return pd.concat(parts, ignore_index=True)


def articles_frame(articles: Iterable[Article]) -> pd.DataFrame:
    """One row per article read: the sources table the dashboard links evidence to."""
    rows: list[dict[str, object]] = [
        {
            "source_id": a.id,
            "source_date": _iso(a.date),
            "title": a.title,
            "url": a.url,
            "path": a.path,
            "aliases": list(a.aliases),
        }
        for a in sorted(articles, key=lambda a: a.id)
    ]
    return records_frame(rows, ARTICLE_COLUMNS)


def records_frame(rows: Sequence[dict[str, object]], columns: Sequence[Column]) -> pd.DataFrame:
    """Row dicts → a frame with the given registry's columns, order and dtypes."""
    data: dict[str, object] = {}
    for col in columns:
        values = [row.get(col.name) for row in rows]
        data[col.name] = pd.Series([_coerce(v, col) for v in values], dtype=col.dtype)
    return pd.DataFrame(data, columns=[c.name for c in columns])


def _coerce(value: object, col: Column) -> object:
    if col.kind == "list":
        return parse_list(value)
    if col.kind == "float":
        try:
            return float(value) if value not in (None, "") else 0.0  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 0.0
    if col.kind == "int":
        try:
            return int(float(value)) if value not in (None, "") else 0  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 0
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def parse_list(value: object) -> list[str]:
    """A list cell from any of the forms it is written in: a list, JSON, or ``"a; b"``.

    >>> parse_list("To Lam; Vilay Lakhamphong")
    ['To Lam', 'Vilay Lakhamphong']
    """
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value if str(v) != ""]
    if hasattr(value, "tolist"):  # numpy arrays from parquet
        return [str(v) for v in value.tolist()]
    if isinstance(value, float) and value != value:
        return []
    text = str(value).strip()
    if not text:
        return []
    if text.startswith("["):
        try:
            loaded = json.loads(text)
        except json.JSONDecodeError:
            loaded = None
        if isinstance(loaded, list):
            return [str(v) for v in loaded]
    return [part.strip() for part in text.split(";") if part.strip()]


def validate(frame: pd.DataFrame) -> list[str]:
    """Problems with an event table, as sentences; an empty list means it is valid."""
    problems: list[str] = []
    missing = [c for c in EVENT_COLUMN_NAMES if c not in frame.columns]
    if missing:
        problems.append(f"missing columns: {', '.join(missing)}")
        return problems
    bad_types = sorted(set(frame["type"]) - set(EVENT_TYPES))
    if bad_types:
        problems.append(f"unknown types: {', '.join(map(str, bad_types))}")
    bad_status = sorted(set(frame["status"]) - set(STATUSES))
    if bad_status:
        problems.append(f"unknown statuses: {', '.join(map(str, bad_status))}")
    bad_prec = sorted(set(frame["precision"]) - set(PRECISIONS))
    if bad_prec:
        problems.append(f"unknown precisions: {', '.join(map(str, bad_prec))}")
    starts, ends = frame["date_start"].fillna(""), frame["date_end"].fillna("")
    inverted = frame[(starts != "") & (ends != "") & (starts > ends)]
    if len(inverted):
        problems.append(f"{len(inverted)} rows have date_start after date_end")
    if frame["event_id"].duplicated().any():
        problems.append("event_id is not unique")
    return problems


def require_valid(frame: pd.DataFrame, what: str) -> pd.DataFrame:
    """The frame itself when valid; a ``UsageError`` naming ``what`` otherwise."""
    problems = validate(frame)
    if problems:
        raise UsageError(f"{what} is not an event table: {'; '.join(problems)}")
    return frame


def columns_markdown() -> str:
    """The README's column table, generated from the registry."""
    lines = ["| column | kind | meaning |", "|---|---|---|"]
    lines += [f"| `{c.name}` | {c.kind} | {c.help} |" for c in EVENT_COLUMNS]
    return "\n".join(lines)
