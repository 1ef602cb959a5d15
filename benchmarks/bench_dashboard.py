"""How fast the dashboard answers: the filter callback's server work and the first render.

Builds a synthetic table of N events (default 10,000; ``--n 100000``) with
every precision and status, then prints

* the median (and 90th percentile) server time of one filter change: parsing
  the URL, applying the filters, the timeline and overview figures, the grid
  and commitments rows and the facet counts (``callbacks.view``), over
  ``--runs`` changes with varied filters; target ≤ 150 ms at 10,000 events;
* the median time of ``filters.apply`` alone; target ≤ 150 ms at 10,000 and
  ≤ 300 ms at 100,000 events;
* the time to first render in headless Chromium: from ``driver.get()`` until
  the timeline graph has drawn its marks; target ≤ 3 s (skipped with
  ``--no-browser`` or when Chromium is missing).

    python benchmarks/bench_dashboard.py
    python benchmarks/bench_dashboard.py --n 100000 --runs 20
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the synthetic table lives with the test fixtures

from app_fixtures import synthetic_events  # noqa: E402
from plotly.utils import PlotlyJSONEncoder  # noqa: E402

from timeline.app import app_data, create_app  # noqa: E402
from timeline.app.callbacks import view  # noqa: E402
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
RENDERED_JS = """
const gd = document.querySelector('#timeline-graph .js-plotly-plot');
return !!(gd && gd._fullData && gd._fullData.some(t => t.customdata && t.customdata.length)
          && gd.querySelector('.xtick') && gd.querySelector('.barlayer .point, .scatterlayer .point, canvas'));
"""


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def server_times(n: int, runs: int) -> None:
    start = time.perf_counter()
    events = synthetic_events(n)
    built = time.perf_counter()
    data = app_data(events)
    prepared = time.perf_counter()
    print(f"{n:,} synthetic events: table {_ms(built - start)}, app data (search text, labels, rows) {_ms(prepared - built)}")
    view(data, "", "type")  # warm up imports and caches
    timings, apply_timings, sizes = [], [], []
    for i in range(runs):
        query = QUERIES[i % len(QUERIES)]
        lane = "pair" if i % 4 == 3 else "type"
        t0 = time.perf_counter()
        out = view(data, query, lane)
        timings.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        apply(data.events, Filters.from_query(query))
        apply_timings.append(time.perf_counter() - t0)
        if i < len(QUERIES):
            payload = json.dumps([out["timeline"], out["overview"], out["grid"]], cls=PlotlyJSONEncoder)
            sizes.append(len(payload))
    med, p90 = statistics.median(timings), sorted(timings)[int(0.9 * (len(timings) - 1))]
    target = 0.150 if n <= 10_000 else None
    verdict = "" if target is None else (" PASS" if med <= target else " FAIL")
    print(f"filter callback (apply + figures + grid rows), {runs} runs: median {_ms(med)}, p90 {_ms(p90)}"
          f"{' (target ≤ 150 ms)' + verdict if target else ''}")
    apply_target = 0.150 if n <= 10_000 else 0.300
    apply_med = statistics.median(apply_timings)
    print(f"filters.apply alone: median {_ms(apply_med)} (target ≤ {_ms(apply_target)})"
          f" {'PASS' if apply_med <= apply_target else 'FAIL'}")
    print(f"response size: median {statistics.median(sizes) / 1e6:.1f} MB (figures + grid rows, JSON)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def first_render(n: int) -> None:
    if not (find_chromium() and find_chromedriver()):
        print("first render: skipped (no chromium or chromedriver)")
        return
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from werkzeug.serving import make_server

    app = create_app(synthetic_events(n))
    port = _free_port()
    server = make_server("127.0.0.1", port, app.server, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    driver = webdriver.Chrome(options=chrome_options(), service=Service(find_chromedriver()))
    try:
        times = []
        for _ in range(4):
            t0 = time.perf_counter()
            driver.get(f"http://127.0.0.1:{port}/")
            while not driver.execute_script(RENDERED_JS):
                if time.perf_counter() - t0 > 60:
                    raise TimeoutError("the timeline did not render within 60 s")
                time.sleep(0.02)
            times.append(time.perf_counter() - t0)
        med = statistics.median(times[1:])  # the first load also fills the browser's cache
        print(f"first render in headless Chromium ({n:,} events), 3 warm loads: median {med:.2f} s, cold {times[0]:.2f} s"
              f" (warm runs {', '.join(f'{t:.2f}' for t in times[1:])}; target ≤ 3 s) {'PASS' if med <= 3 else 'FAIL'}")
    finally:
        driver.quit()
        server.shutdown()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="number of synthetic events")
    parser.add_argument("--runs", type=int, default=20, help="filter changes to time")
    parser.add_argument("--no-browser", action="store_true", help="skip the headless Chromium timing")
    args = parser.parse_args(argv)
    server_times(args.n, args.runs)
    if not args.no_browser:
        first_render(args.n)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
