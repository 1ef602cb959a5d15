"""How fast the dashboard answers: the filter callback, the grid's block callback and the first render.

Builds a synthetic table of N events (default 10,000; ``--n 100000``) with
every precision and status, serves it from the dashboard's own Flask server
(in-process test client: Dash's routing, the callback and the JSON encoding
of its answer are timed, the network is not), then prints

* the filter callback (``render``: the timeline and overview figures, the counts beside each
  box, the result line) over ``--runs`` filter changes: median and 90th percentile; target
  ≤ 300 ms (at 100,000 events as at 10,000);
* the events grid's block callback (``events_block``: AG Grid's infinite row model asks for 100
  rows at a time): the first block after a filter change (the filters applied again and the
  rows ordered), the next block while scrolling, the first block sorted by a column and through
  a column filter;
* the whole server work of one filter change: the filter callback plus the first block
  (two requests the browser makes side by side); target ≤ 300 ms;
* ``filters.apply`` alone; target ≤ 150 ms at 10,000 and ≤ 300 ms at 100,000 events;
* the size of the answers;
* the time to first render in headless Chromium: from ``driver.get()`` until the timeline has
  drawn its marks and the events grid shows its first rows; target ≤ 3 s (skipped with
  ``--no-browser`` or when Chromium is missing).

    python benchmarks/bench_dashboard.py
    python benchmarks/bench_dashboard.py --n 100000 --runs 20
"""

from __future__ import annotations

import argparse
import logging
import socket
import statistics
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the synthetic table lives with the test fixtures

from app_fixtures import synthetic_events  # noqa: E402

from timeline.app import app_data, build_app, ids  # noqa: E402
from timeline.app.callbacks import FIRST_BLOCK  # noqa: E402
from timeline.app.filters import Filters, apply  # noqa: E402
from timeline.app.headless import chrome_options, find_chromedriver, find_chromium  # noqa: E402

#: the filter changes a user makes, as URL queries (cycled over the runs)
QUERIES: tuple[str, ...] = (
    "",
    "?type=signing,meeting",
    "?status=planned,proposed",
    "?q=drug",
    "?q=border+police",
    "?from=2010-01-01&to=2015-12-31",
    "?from=2020-01-01",
    "?country=Cambodia",
    "?participant=To+Lam",
    "?type=conference&q=security&from=2005-01-01",
)
#: true once plotly has drawn the timeline's traces (marks carry customdata) and its axes
TIMELINE_JS = """
const gd = document.querySelector('#timeline-graph .js-plotly-plot');
return !!(gd && gd._fullData && gd._fullData.some(t => t.customdata && t.customdata.length)
          && gd.querySelector('.xtick') && gd.querySelector('.barlayer .point, .scatterlayer .point, canvas'));
"""
#: true once the events grid shows rows that came from the server
GRID_JS = "return !!document.querySelector('#events-table .ag-center-cols-container .ag-row[row-id]');"


T = TypeVar("T")


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def _stats(timings: Sequence[float]) -> tuple[float, float]:
    """Median and 90th percentile."""
    return statistics.median(timings), sorted(timings)[int(0.9 * (len(timings) - 1))]


def _verdict(value: float, target: float) -> str:
    return f"(target ≤ {_ms(target)}) {'PASS' if value <= target else 'FAIL'}"


class Client:
    """Posts callback requests to the app's ``/_dash-update-component``, as the browser does."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.client = app.server.test_client()

    def call(self, output: str, inputs: list[tuple[str, str, Any]], state: Sequence[tuple[str, str, Any]] = ()) -> int:
        """Time one callback (its key holds ``output``); returns the answer's size in bytes."""
        key = next(k for k in self.app.callback_map if output in k)
        outputs = [dict(zip(("id", "property"), o.split(".", 1), strict=True)) for o in key.strip(".").split("...")]
        body = {
            "output": key,
            "outputs": outputs if len(outputs) > 1 else outputs[0],
            "inputs": [{"id": i, "property": p, "value": v} for i, p, v in inputs],
            "state": [{"id": i, "property": p, "value": v} for i, p, v in state],
            "changedPropIds": [f"{inputs[0][0]}.{inputs[0][1]}"],
        }
        response = self.client.post("/_dash-update-component", json=body)
        if response.status_code != 200 or b"could not" in response.data:
            raise RuntimeError(f"{output}: HTTP {response.status_code} {response.data[:300]!r}")
        return len(response.data)

    def render(self, query: str, lane: str) -> int:
        return self.call(f"{ids.TIMELINE_GRAPH}.figure", [(ids.URL, "search", query), (ids.LANE_SWITCH, "value", lane)])

    def block(self, query: str, request: dict[str, Any]) -> int:
        return self.call(
            f"{ids.EVENTS_TABLE}.getRowsResponse",
            [(ids.EVENTS_TABLE, "getRowsRequest", request)],
            [(ids.URL, "search", query)],
        )


def _timed(work: Callable[[], T]) -> tuple[float, T]:
    start = time.perf_counter()
    out = work()
    return time.perf_counter() - start, out


def server_times(n: int, runs: int) -> None:
    start = time.perf_counter()
    events = synthetic_events(n)
    built = time.perf_counter()
    data = app_data(events)
    prepared = time.perf_counter()
    app = build_app(data)
    laid_out = time.perf_counter()
    print(
        f"{n:,} synthetic events: table {_ms(built - start)}, app data (search text, labels, days) "
        f"{_ms(prepared - built)}, layout {_ms(laid_out - prepared)}"
    )
    client = Client(app)
    client.render("", "type")  # warm up imports and caches
    client.block("", FIRST_BLOCK)

    render_t: list[float] = []
    first_t: list[float] = []
    next_t: list[float] = []
    apply_t: list[float] = []
    render_sizes: list[int] = []
    block_sizes: list[int] = []
    for i in range(runs):
        query = QUERIES[i % len(QUERIES)]
        lane = "pair" if i % 4 == 3 else "type"
        t, size = _timed(lambda: client.render(query, lane))  # noqa: B023 - called at once
        render_t.append(t)
        render_sizes.append(size)
        data.events_grid.clear()  # a new filter: nothing of it is kept yet
        t, size = _timed(lambda: client.block(query, FIRST_BLOCK))  # noqa: B023
        first_t.append(t)
        block_sizes.append(size)
        t, _ = _timed(lambda: client.block(query, {**FIRST_BLOCK, "startRow": 100, "endRow": 200}))  # noqa: B023
        next_t.append(t)
        t, _ = _timed(lambda: apply(data.events, Filters.from_query(query)))  # noqa: B023
        apply_t.append(t)

    target = 0.300
    med, p90 = _stats(render_t)
    print(f"filter callback (figures, counts, result line), {runs} runs: median {_ms(med)}, p90 {_ms(p90)} {_verdict(med, target)}")
    med, p90 = _stats(first_t)
    print(f"grid block callback, first block after a filter change: median {_ms(med)}, p90 {_ms(p90)}")
    print(f"grid block callback, next block while scrolling: median {_ms(statistics.median(next_t))}")

    sort_by_title = {**FIRST_BLOCK, "sortModel": [{"colId": "title", "sort": "desc"}]}
    ranked, _ = _timed(lambda: client.block("", sort_by_title))
    sorted_t, filtered_t = [], []
    title_filter = {"title": {"filterType": "text", "type": "contains", "filter": "drug"}}
    for i in range(runs):
        query = QUERIES[i % len(QUERIES)]
        data.events_grid.clear()
        sorted_t.append(_timed(lambda: client.block(query, sort_by_title))[0])  # noqa: B023
        data.events_grid.clear()
        filtered_t.append(
            _timed(lambda: client.block(query, {**sort_by_title, "filterModel": title_filter}))[0]  # noqa: B023
        )
    print(
        f"grid block callback, first block sorted by title: median {_ms(statistics.median(sorted_t))} "
        f"(the first sort by a column ranks it once: {_ms(ranked)}); through a column filter as well: "
        f"median {_ms(statistics.median(filtered_t))}"
    )
    med, p90 = _stats([a + b for a, b in zip(render_t, first_t, strict=True)])
    print(f"whole server work of a filter change (filter callback + first block): median {_ms(med)}, p90 {_ms(p90)} {_verdict(med, target)}")
    apply_target = 0.150 if n <= 10_000 else 0.300
    apply_med = statistics.median(apply_t)
    print(f"filters.apply alone: median {_ms(apply_med)} {_verdict(apply_med, apply_target)}")
    print(
        f"answer sizes: filter callback median {statistics.median(render_sizes) / 1e6:.2f} MB, "
        f"block of 100 rows median {statistics.median(block_sizes) / 1e3:.0f} kB (JSON)"
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def first_render(n: int, loads: int) -> None:
    if not (find_chromium() and find_chromedriver()):
        print("first render: skipped (no chromium or chromedriver)")
        return
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from werkzeug.serving import make_server

    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no line per request
    app = build_app(app_data(synthetic_events(n)))
    port = _free_port()
    server = make_server("127.0.0.1", port, app.server, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    driver = webdriver.Chrome(options=chrome_options(), service=Service(find_chromedriver()))
    try:
        times, timeline_times, grid_times = [], [], []
        for _ in range(loads + 1):
            t0 = time.perf_counter()
            driver.get(f"http://127.0.0.1:{port}/")
            seen: dict[str, float] = {}
            while len(seen) < 2:
                for name, script in (("timeline", TIMELINE_JS), ("grid", GRID_JS)):
                    if name not in seen and driver.execute_script(script):
                        seen[name] = time.perf_counter() - t0
                if time.perf_counter() - t0 > 60:
                    raise TimeoutError(f"the page did not render within 60 s (drawn: {sorted(seen)})")
                time.sleep(0.02)
            times.append(max(seen.values()))
            timeline_times.append(seen["timeline"])
            grid_times.append(seen["grid"])
        med = statistics.median(times[1:])  # the first load also fills the browser's cache
        print(
            f"first render in headless Chromium ({n:,} events), {loads} warm loads: median {med:.2f} s, cold {times[0]:.2f} s"
            f" (warm runs {', '.join(f'{t:.2f}' for t in times[1:])}; timeline drawn at "
            f"{statistics.median(timeline_times[1:]):.2f} s, grid rows at {statistics.median(grid_times[1:]):.2f} s;"
            f" target ≤ 3 s) {'PASS' if med <= 3 else 'FAIL'}"
        )
    finally:
        driver.quit()
        server.shutdown()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="number of synthetic events")
    parser.add_argument("--runs", type=int, default=20, help="filter changes to time")
    parser.add_argument("--no-browser", action="store_true", help="skip the headless Chromium timing")
    parser.add_argument("--loads", type=int, default=5, help="warm page loads to time in Chromium")
    args = parser.parse_args(argv)
    server_times(args.n, args.runs)
    if not args.no_browser:
        first_render(args.n, max(args.loads, 1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
