"""The command line, as a user types it: exact outputs and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline import __version__
from timeline.cli import cli
from timeline.export import read_table

ROOT = Path(__file__).resolve().parents[1]
SEEDS = str(ROOT / "seeds")
INGEST = ROOT / "tests" / "fixtures" / "ingest"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_version() -> None:
    assert run("--version") == (0, f"timeline, version {__version__}\n", "")


@pytest.mark.parametrize("command", ["extract", "serve", "dates"])
def test_every_command_has_help_with_an_example(command: str) -> None:
    code, out, _ = run(command, "--help")
    assert code == 0 and "Example" in out and f"timeline {command}" in out


def test_extract_writes_csv_on_stdout_and_reports_on_stderr() -> None:
    code, out, err = run("extract", SEEDS)
    assert code == 0
    assert out.splitlines()[0].startswith("event_id,date,date_start,date_end,precision,type,status,title")
    assert err.strip().endswith("read 3 inputs: 3 parsed, 0 duplicate, 0 skipped; 15 events")


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".json", ".xlsx", ".parquet"])
def test_extract_format_follows_the_extension(tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"events{suffix}"
    code, _, _ = run("extract", SEEDS, "-o", str(target), "-q")
    assert code == 0 and len(read_table(target)) == 15


def test_mentions_table_has_a_row_per_sentence(tmp_path: Path) -> None:
    run("extract", SEEDS, "-o", str(tmp_path / "e.csv"), "--mentions", str(tmp_path / "m.csv"), "-q")
    events, mentions = read_table(tmp_path / "e.csv"), read_table(tmp_path / "m.csv")
    assert set(mentions["event_id"]) == set(events["event_id"]) and len(mentions) > len(events)


def test_date_override_replaces_every_article_date(tmp_path: Path) -> None:
    run("extract", SEEDS, "-o", str(tmp_path / "e.csv"), "--date", "2030-01-01", "-q")
    assert set(read_table(tmp_path / "e.csv")["source_date"]) == {"2030-01-01"}


def test_skipped_inputs_are_listed_and_strict_fails() -> None:
    code, _, err = run("extract", str(INGEST / "vietnamese.txt"), SEEDS)
    assert code == 0 and "skipped: " in err and "vietnamese.txt: not English" in err
    assert run("extract", str(INGEST / "vietnamese.txt"), "--strict", "-q")[0] == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(("extract", SEEDS, "-o", "events.docx"), "events.docx", id="unknown-extension"),
        pytest.param(("extract", SEEDS, "--date", "26/10/2022"), "write it as YYYY-MM-DD", id="bad-date"),
        pytest.param(("dates",), "give a TEXT to read, or --jsonl FILE", id="dates-without-text"),
    ],
)
def test_usage_errors_are_one_line_with_status_2(args: tuple[str, ...], message: str) -> None:
    code, _, err = run(*args)
    assert code == 2 and message in err and "Traceback" not in err


def test_dates_prints_each_expression() -> None:
    code, out, _ = run("dates", "The plan was signed on Tuesday; they will meet next year.", "--ref", "2022-10-26")
    assert (code, out) == (0, "'Tuesday'\t2022-10-25\tday\t2022-10-25 – 2022-10-25\n'next year'\t2023\tyear\t2023-01-01 – 2023-12-31\n")


def test_dates_jsonl_gives_offsets_and_timex_values(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "Talks were held this week.", "ref": "2022-10-26"}\nnot json\n', encoding="utf-8")
    code, out, err = run("dates", "--jsonl", str(src))
    (line,) = out.splitlines()
    item = json.loads(line)
    assert code == 0 and "in.jsonl:2: skipped" in err
    assert item["id"] == "a" and [(e["expr"], e["start"], e["end"], e["value"]) for e in item["expressions"]] == [
        ("this week", 16, 25, "2022-W43")
    ]
