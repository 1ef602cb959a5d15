"""Save a screenshot of the dashboard with one event's details open (docs/screenshot.png).

Builds the app from an event table (``--events FILE``, any format
``timeline extract`` writes) or else from the sample articles in ``seeds/``
through ``timeline.pipeline.build_timeline``; serves it on 127.0.0.1 on a
free port; opens headless Chromium; clicks an event; saves the PNG.

    python scripts/screenshot.py
    python scripts/screenshot.py --events events.csv --select ev-123 --out docs/screenshot.png
"""

from __future__ import annotations

import argparse
import socket
import sys
import threading
import time
from pathlib import Path

import pandas as pd
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait
from werkzeug.serving import make_server

from timeline.app import create_app, ids
from timeline.app.headless import chrome_options, find_chromedriver

ROOT = Path(__file__).resolve().parent.parent


def load(events_path: str | None, mentions_path: str | None) -> tuple[pd.DataFrame, pd.DataFrame | None, pd.DataFrame | None]:
    """The tables to show: from files, or built from the sample articles."""
    from timeline.table import events_frame

    if events_path:
        from timeline.export import read_table

        events = events_frame(read_table(events_path).to_dict("records"))
        return events, read_table(mentions_path) if mentions_path else None, None
    from timeline.ingest import read_articles
    from timeline.pipeline import build_timeline
    from timeline.table import articles_frame, mentions_frame

    found, _ = read_articles([str(ROOT / "seeds")])
    built = build_timeline(found)
    return events_frame(built.events), mentions_frame(built.events), articles_frame(built.articles)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def chrome(width: int, height: int) -> webdriver.Chrome:
    return webdriver.Chrome(options=chrome_options(width, height), service=Service(find_chromedriver()))


def pick(events: pd.DataFrame, wanted: str | None) -> str:
    """The event to open: the one asked for, else the first signing with a fine date, else the first."""
    if wanted:
        return wanted
    signings = events[(events["type"] == "signing") & (events["precision"] == "day")]
    return str((signings if len(signings) else events)["event_id"].iloc[0])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", help="an event table (csv, xlsx, json, jsonl, parquet)")
    parser.add_argument("--mentions", help="with --events: its mentions table")
    parser.add_argument("--select", help="event_id to open (default: the first signing)")
    parser.add_argument("--query", default="", help="URL query with filters, e.g. '?type=signing'")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshot.png"))
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=1000)
    args = parser.parse_args(argv)

    events, mentions, articles = load(args.events, args.mentions)
    if events.empty:
        print("no events to show", file=sys.stderr)
        return 1
    app = create_app(events, mentions, articles)
    port = free_port()
    server = make_server("127.0.0.1", port, app.server, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    driver = chrome(args.width, args.height)
    try:
        driver.get(f"http://127.0.0.1:{port}/{args.query}")
        wait = WebDriverWait(driver, 20)
        wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, f"#{ids.TIMELINE_GRAPH} .point")))
        event_id = pick(events, args.select)
        cell = wait.until(
            ec.element_to_be_clickable(
                (By.CSS_SELECTOR, f"#{ids.EVENTS_TABLE} .ag-row[row-id='{event_id}'] [col-id='title']")
            )
        )
        cell.click()
        wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, f"#{ids.EVENT_DETAILS} h3")))
        driver.execute_script("window.scrollTo(0, 0)")
        time.sleep(0.8)  # let plotly finish its transitions
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(out))
        print(f"saved {out} ({args.width}x{args.height}, event {event_id})")
    finally:
        driver.quit()
        server.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
