"""The column registry: the DataFrame, validation and the README's column table."""

from __future__ import annotations

from pathlib import Path

from timeline.table import EVENT_COLUMN_NAMES, columns_markdown, events_frame, parse_list, validate

README = Path(__file__).resolve().parents[1] / "README.md"


def test_contract_columns_come_first_in_order() -> None:
    contract = ["event_id", "date", "date_start", "date_end", "precision", "type", "status", "title", "countries",
                "participants", "location", "evidence", "source_id", "source_date", "sources", "confidence"]
    assert list(EVENT_COLUMN_NAMES[: len(contract)]) == contract


def test_readme_column_table_is_the_registry() -> None:
    assert columns_markdown() in README.read_text(encoding="utf-8")


def test_empty_frame_has_every_column() -> None:
    assert list(events_frame([]).columns) == list(EVENT_COLUMN_NAMES)


def test_list_cells_are_read_from_every_form() -> None:
    assert [parse_list("a; b"), parse_list('["a", "b"]'), parse_list(["a", "b"]), parse_list(None)] == [["a", "b"]] * 3 + [[]]


def test_validation_names_the_problems() -> None:
    frame = events_frame([{"event_id": "x", "type": "party", "status": "occurred", "precision": "day",
                           "date_start": "2022-02-02", "date_end": "2022-01-01"}])
    assert validate(frame) == ["unknown types: party", "1 rows have date_start after date_end"]
