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


ARTICLE = " date 2022-10-26 Vietnam, Laos sign treaty\nVietnam and Laos signed a treaty on trade in Hanoi on October 25.\n"


@pytest.fixture
def bad_folder(tmp_path: Path) -> Path:
    """A folder of what scrapers really produce, good files among broken ones."""
    root = tmp_path / "scraped"
    root.mkdir()
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_text("   \n\t\n", encoding="utf-8")
    (root / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (root / "bad utf8 Hà Nội.txt").write_bytes(ARTICLE.encode("utf-8")[:-20] + b"\xff\xfe trade.\n")
    (root / "latin1.txt").write_bytes(ARTICLE.replace("trade", "trade café").encode("latin-1"))
    (root / "utf16.txt").write_bytes(ARTICLE.replace("treaty on trade", "treaty on transit").encode("utf-16"))
    (root / "crlf.txt").write_bytes(ARTICLE.replace("trade", "fisheries").replace("\n", "\r\n").encode())
    (root / "copy-a.txt").write_text(ARTICLE.replace("trade", "energy"), encoding="utf-8")
    (root / "copy-b.txt").write_text(ARTICLE.replace("trade", "energy"), encoding="utf-8")
    (root / "dump.jsonl").write_text('{"id": "j1", "date": "2022-10-26", "text": "Laos and Vietnam signed a protocol on customs on Monday."}\n{broken\n', encoding="utf-8")
    (root / "no_text.csv").write_text("id,date,title\n1,2022-10-26,x\n", encoding="utf-8")
    (root / "page.html").write_text(
        "<html><head><title>Vietnam, Laos</title><style>p{}</style><script>alert(1)</script></head><body><article>"
        "<p>Vietnam and Laos signed an agreement on tourism in Vientiane on October 20, 2022, officials said.</p>"
        "<p>The two sides will hold a conference on trade next year in Hanoi.</p></article></body></html>",
        encoding="utf-8",
    )
    (root / "loop").mkdir()
    (root / "loop" / "self").symlink_to(root / "loop", target_is_directory=True)
    return root


def test_bad_inputs_never_stop_the_run_and_every_input_is_accounted_for(bad_folder: Path, tmp_path: Path) -> None:
    code, _, err = run("extract", str(bad_folder), "-o", str(tmp_path / "e.csv"))
    lines = err.strip().splitlines()
    summary = lines[-1]
    counts = [int(n) for n in __import__("re").findall(r"(\d+) (?:inputs|parsed|duplicate|skipped)", summary)]
    assert code == 0 and counts[0] == sum(counts[1:]), summary
    for name in ("empty.txt", "blank.txt", "image.txt", "no_text.csv", "dump.jsonl#2"):
        assert any(name in line and line.startswith("skipped") for line in lines), (name, err)
    assert any(line.startswith("duplicate") and "copy-b.txt" in line for line in lines)
    events = read_table(tmp_path / "e.csv")
    assert {"copy-a.txt", "copy-b.txt"} <= {s for ss in events["sources"] for s in ss}
    assert "alert" not in " ".join(events["evidence"])


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, object]]:
    """Record what ``timeline serve`` would run, instead of blocking on a server."""
    import dash

    calls: list[dict[str, object]] = []
    monkeypatch.setattr(dash.Dash, "run", lambda self, **kw: calls.append({"app": self, **kw}))
    return calls


def test_serve_binds_loopback_without_debug_by_default(served: list[dict[str, object]]) -> None:
    code, _, err = run("serve", SEEDS)
    assert code == 0 and "--host 0.0.0.0 exposes it" in err
    assert {k: served[0][k] for k in ("host", "port", "debug")} == {"host": "127.0.0.1", "port": 8050, "debug": False}


def test_serve_a_saved_table(tmp_path: Path, served: list[dict[str, object]]) -> None:
    run("extract", SEEDS, "-o", str(tmp_path / "e.jsonl"), "--mentions", str(tmp_path / "m.csv"), "-q")
    code, _, err = run("serve", "--events", str(tmp_path / "e.jsonl"), "--mentions", str(tmp_path / "m.csv"), "--port", "8060")
    assert code == 0 and "(15 events)" in err and served[0]["port"] == 8060


def test_serve_refuses_a_file_that_is_not_an_event_table(tmp_path: Path, served: list[dict[str, object]]) -> None:
    bad = tmp_path / "other.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    code, _, err = run("serve", "--events", str(bad))
    assert code == 2 and "is not an event table" in err and not served


def test_serve_a_saved_table_with_its_articles_for_source_titles(
    tmp_path: Path, served: list[dict[str, object]], monkeypatch: pytest.MonkeyPatch
) -> None:
    import timeline.app

    given: list[object] = []
    real = timeline.app.create_app
    monkeypatch.setattr(timeline.app, "create_app", lambda e, m=None, a=None, **kw: given.append(a) or real(e, m, a, **kw))
    run("extract", SEEDS, "-o", str(tmp_path / "e.csv"), "-q")
    code, _, _ = run("serve", "--events", str(tmp_path / "e.csv"), SEEDS)
    (articles,) = given
    assert code == 0 and "Vietnam, Laos enhance security collaboration" in set(articles["title"])  # type: ignore[index]


def test_dask_engine_gives_the_same_table_as_the_local_one(tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    run("extract", SEEDS, "-o", str(tmp_path / "local.csv"), "-q")
    code, _, _ = run("extract", SEEDS, "-o", str(tmp_path / "dask.csv"), "-q", "--engine", "dask", "--jobs", "1")
    assert code == 0 and (tmp_path / "dask.csv").read_bytes() == (tmp_path / "local.csv").read_bytes()


def test_scheduler_needs_the_dask_engine() -> None:
    code, _, err = run("extract", SEEDS, "--scheduler", "tcp://127.0.0.1:8786")
    assert code == 2 and "--scheduler goes with --engine dask" in err
